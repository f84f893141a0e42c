/*
 * clean.c — page-furniture removal.
 *
 * Furniture is recognised line by line from its shape (no final punctuation,
 * Title Case runs, a " | credit" tail) and from the small fixed vocabulary
 * that web templates use ("Share.", "Also read:", "5 Mins Read").  A line of
 * prose always ends in sentence punctuation or is long, so every rule that
 * could touch prose first asks for a short, unpunctuated line.
 */
#include "clean.h"

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "normalised_span.h"
#include "pub_stamp.h"
#include "text_chars.h"
#include "text_lines.h"
#include "text_match.h"

/* No furniture line is longer than this. */
#define FURNITURE_MAX_BYTES 1000

/* The first lines of a text are scanned once, for the layout and the walk. */
#define SCANNED_LINES 32

/* Headlines in a "Related News" block after which we stop trusting it. */
#define RELATED_BLOCK_MAX 8

typedef struct line_shape
{
	const char *s;				/* trimmed line */
	size_t		n;
	int			words;			/* tokens holding a letter or digit */
	int			lower_initial;	/* words starting with a lowercase letter */
	bool		terminal;		/* ends in . ! ? or an ellipsis */
	char		last;			/* that final punctuation (ASCII), or 0 */
	size_t		credit;			/* offset after the last " | ", or 0 */
} line_shape;

static const char *const social_words[] = {
	"share", "this", "article", "story", "post", "on", "via", "facebook",
	"twitter", "x", "whatsapp", "linkedin", "telegram", "email", "e", "mail",
	"print", "copy", "link", "exit", "mobile", "version", "tweet", "pinterest",
	"reddit", "messenger", "click", "to", "the", "pocket", "flipboard",
	"threads", "bluesky", "follow", "us", "subscribe", "save", "bookmark",
	"sms", "google", "news", "comments", "comment", NULL
};

/* At least one of these must appear for a line to be a social widget. */
static const char *const social_triggers[] = {
	"share", "tweet", "facebook", "twitter", "whatsapp", "linkedin",
	"telegram", "pinterest", "reddit", "exit", "print", "email", "bookmark",
	"follow", "subscribe", NULL
};

/* Whole lines that templates print (compared without final punctuation). */
static const char *const furniture_lines[] = {
	"author avatar", "author", "advertisement", "sponsored",
	"sponsored content", "skip to content", "skip to main content",
	"scroll to top", "back to top", "loading", "reuter", "continue reading",
	"read more", "leave a comment", "show comments", "listen to this article",
	"font size", "text size", "print this page", "sign up", "log in",
	"sign in", "newsletter", "subscribe now", "view comments", NULL
};

/* Headers that open a block of links to other stories. */
static const char *const related_headers[] = {
	"related news", "related stories", "related articles", "related posts",
	"related content", "related", "more stories", "more news",
	"you may also like", "you might also like", "recommended for you",
	"recommended stories", "read next", "trending now", "trending",
	"popular now", "most read", "latest news", "also read", "read also",
	"see also", "more on this story", "top stories", "editor's picks", NULL
};

/* Prefixes that, followed by a separator, introduce a link to another story. */
static const char *const link_prefixes[] = {
	"also read", "read also", "read more", "see also", "also see", "must read",
	"recommended", "suggested", "related", "watch", "listen", "trending",
	"popular", "don't miss", "do not miss", "click here", "more", "read",
	NULL
};

/* Prefixes of credit-only lines. */
static const char *const photo_prefixes[] = {
	"photo:", "photo credit", "photos:", "photograph:", "image:",
	"image credit", "image source", "picture:", "pictured:", "credit:",
	"file photo", "(photo", "[photo", "caption:", "source:", NULL
};

/* Prefixes of staff lines (bylines and sign-offs). */
static const char *const staff_prefixes[] = {
	"written by", "reported by", "reporting by", "editing by", "writing by",
	"additional reporting by", "compiled by", "story by", "words by",
	"text by", "photos by", "(reporting by", "edited by", NULL
};

/* Words that name the sections of a news site's menu. */
static const char *const section_words[] = {
	"home", "news", "world", "politics", "business", "tech", "technology",
	"sports", "sport", "entertainment", "culture", "opinion", "lifestyle",
	"health", "science", "travel", "food", "fashion", "music", "crypto",
	"featured", "video", "videos", "photos", "markets", "economy", "local",
	"national", "international", "education", "environment", "weather",
	"top", "stories", "latest", "trending", "podcasts", "podcast", "games",
	"auto", "autos", "arts", "books", "style", "tourism", "money", "finance",
	"climate", "more", "menu", "search", "subscribe", "login", "contact",
	"about", "us", "careers", "india", "asia", "europe", "africa",
	"americas", "us", "uk", "middle", "east", "pop", "movies", "tv", "life",
	"living", "property", "cars", "jobs", "events", "shop", "deals",
	"reviews", "gadgets", "startups", "ai", "analysis", "features",
	"interviews", "magazine", "live", "breaking", NULL
};

/* Words that mark the right side of "caption | credit" as a credit. */
static const char *const credit_words[] = {
	"photo", "photos", "image", "images", "getty", "shutterstock", "afp",
	"reuters", "ap", "epa", "efe", "xinhua", "file", "credit", "courtesy",
	"yt", "youtube", "twitter", "x", "instagram", "facebook", "via", "pool",
	"handout", "wikimedia", "commons", "pexels", "unsplash", "istock",
	"alamy", "dpa", "anadolu", "yonhap", "kcna", "tass", "sputnik",
	"bloomberg", "screenshot", "screengrab", "supplied", NULL
};

/* Advance *pos to the next word of s[0..n); false when there is none. */
static bool
next_word(const char *s, size_t n, size_t *pos, size_t *ws, size_t *wl)
{
	size_t		i = *pos;

	while (i < n && !cl_is_word_byte(s[i]))
		i++;
	if (i >= n)
	{
		*pos = n;
		return false;
	}
	*ws = i;
	while (i < n && (cl_is_word_byte(s[i]) ||
					 ((s[i] == '\'' || s[i] == '-') && i + 1 < n && cl_is_word_byte(s[i + 1]))))
		i++;
	*wl = i - *ws;
	*pos = i;
	return true;
}

/*
 * Whether s[0..n) ends in sentence punctuation (. ! ? or an ellipsis);
 * closing quotes and brackets do not hide it.  *last receives that final
 * character when it is ASCII, else 0.
 */
static bool
line_ending(const char *s, size_t n, char *last)
{
	size_t		e = n;

	while (e > 0)
	{
		int			len;
		uint32_t	cp;
		size_t		b = e - 1;

		while (b > 0 && ((unsigned char) s[b] & 0xC0) == 0x80 && e - b < 4)
			b--;
		cl_char_at(s + b, s + e, &len, &cp);
		if (cl_cp_is_closing(cp) || cp == ',' || cp == ' ')
			e = b;
		else
		{
			*last = cp < 0x80 ? (char) cp : 0;
			return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
		}
	}
	*last = 0;
	return false;
}

/* Whether s[0..n) holds more than limit words (counting stops there). */
static bool
more_words_than(const char *s, size_t n, int limit)
{
	size_t		pos = 0,
				ws,
				wl;
	int			words = 0;

	while (next_word(s, n, &pos, &ws, &wl))
	{
		if (++words > limit)
			return true;
	}
	return false;
}

static void
shape_line(const char *s, size_t n, line_shape *shape)
{
	size_t		pos = 0,
				ws,
				wl;

	shape->s = s;
	shape->n = n;
	shape->words = 0;
	shape->lower_initial = 0;
	shape->credit = 0;
	while (next_word(s, n, &pos, &ws, &wl))
	{
		unsigned char c = (unsigned char) s[ws];
		int			len;

		shape->words++;
		if (c < 0x80 ? (c >= 'a' && c <= 'z') :
			cl_char_at(s + ws, s + n, &len, NULL) == CL_CC_LOWER)
			shape->lower_initial++;
	}
	/* After the last " | " (or " |" at the end); bars are rare, so they are found with memchr(). */
	for (const char *bar = n >= 3 ? memchr(s + 1, '|', n - 2) : NULL; bar != NULL;
		 bar = (size_t) (bar - s) + 2 < n ? memchr(bar + 1, '|', n - 2 - (size_t) (bar - s)) : NULL)
	{
		size_t		j = (size_t) (bar - s);

		if (s[j - 1] == ' ' && (s[j + 1] == ' ' || j + 2 == n))
			shape->credit = j + 2 < n ? j + 2 : n;
	}
	shape->terminal = line_ending(s, n, &shape->last);
}

/* Every word of s[0..n) is in list; *count receives the number of words. */
static int
count_words_in(const char *s, size_t n, const char *const *list, int *count)
{
	size_t		pos = 0,
				ws,
				wl;
	int			hits = 0;

	*count = 0;
	while (next_word(s, n, &pos, &ws, &wl))
	{
		(*count)++;
		if (cl_word_index_ci(s + ws, wl, list) >= 0)
			hits++;
	}
	return hits;
}

static bool
first_letter_upper(const char *s, size_t n)
{
	for (size_t i = 0; i < n;)
	{
		int			len;
		cl_char_class cc = cl_char_at(s + i, s + n, &len, NULL);

		if (cc == CL_CC_UPPER || cc == CL_CC_DIGIT)
			return true;
		if (cl_is_letter_class(cc))
			return false;
		i += (size_t) len;
	}
	return false;
}

/* The line without trailing punctuation and separators, for whole-line lists. */
static size_t
bare_length(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == '.' || s[n - 1] == ':' || s[n - 1] == '|' ||
					 s[n - 1] == ' ' || s[n - 1] == '-' || s[n - 1] == '!'))
		n--;
	return n;
}

static bool
is_whole_line_of(const line_shape *l, const char *const *list)
{
	return cl_word_index_ci(l->s, bare_length(l->s, l->n), list) >= 0;
}

static bool
is_social_widget(const line_shape *l)
{
	size_t		pos = 0,
				ws,
				wl;
	int			triggers = 0;

	if (l->words == 0 || l->words > 8 || !first_letter_upper(l->s, l->n))
		return false;
	/* Every word a social word (triggers are social words too), one a trigger. */
	while (next_word(l->s, l->n, &pos, &ws, &wl))
	{
		if (cl_word_index_ci(l->s + ws, wl, social_words) < 0)
			return false;
		if (cl_word_index_ci(l->s + ws, wl, social_triggers) >= 0)
			triggers++;
	}
	return triggers > 0;
}

static bool
has_link_prefix(const char *s, size_t len)
{
	if (len == 0)
		return false;
	/* The first letters of link_prefixes. */
	switch (cl_ascii_lower(s[0]))
	{
		case 'a':
		case 'c':
		case 'd':
		case 'l':
		case 'm':
		case 'p':
		case 'r':
		case 's':
		case 't':
		case 'w':
			break;
		default:
			return false;
	}
	for (int k = 0; link_prefixes[k] != NULL; k++)
	{
		size_t		i;

		/* (the first letter rules out most prefixes without a call) */
		if (link_prefixes[k][0] != cl_ascii_lower(s[0]) ||
			!cl_starts_with_ci(s, len, link_prefixes[k]))
			continue;
		i = strlen(link_prefixes[k]);
		while (i < len && s[i] == ' ')
			i++;
		if (i < len && (s[i] == ':' || s[i] == '|' || s[i] == '>'))
			return true;
		/* "Read more »" and dashes. */
		if (i + 1 < len && ((unsigned char) s[i] == 0xC2 && (unsigned char) s[i + 1] == 0xBB))
			return true;
		if (i < len && s[i] == '-' && i + 1 < len && s[i + 1] == ' ')
			return true;
	}
	return false;
}

static bool
has_prefix_in(const line_shape *l, const char *const *list)
{
	char		first;

	if (l->n == 0)
		return false;
	first = cl_ascii_lower(l->s[0]);
	for (int k = 0; list[k] != NULL; k++)
	{
		if (list[k][0] == first && cl_starts_with_ci(l->s, l->n, list[k]))
			return true;
	}
	return false;
}

static bool
mentions_read_time(const line_shape *l)
{
	static const char *const needles[] = {
		"min read", "mins read", "minute read", "minutes read", "min. read", NULL
	};

	if (l->words > 16)
		return false;
	for (size_t i = 0; i < l->n; i++)
	{
		if (cl_ascii_lower(l->s[i]) != 'm')
			continue;
		for (int k = 0; needles[k] != NULL; k++)
		{
			if (cl_starts_with_ci(l->s + i, l->n - i, needles[k]))
				return true;
		}
	}
	return false;
}

static bool
is_byline(const line_shape *l)
{
	size_t		pos = 0,
				ws,
				wl;

	if (l->terminal || l->words > 10 || l->words < 2)
		return false;
	if (!next_word(l->s, l->n, &pos, &ws, &wl) || ws != 0 ||
		!(wl == 2 && (memcmp(l->s, "By", 2) == 0 || memcmp(l->s, "BY", 2) == 0)))
		return false;
	if (!next_word(l->s, l->n, &pos, &ws, &wl))
		return false;
	return first_letter_upper(l->s + ws, wl);
}

static bool
is_credit_line(const line_shape *l)
{
	const char *c;
	size_t		n;
	int			count;
	bool		all_caps = true;
	bool		any_letter = false;

	if (l->credit == 0 || l->terminal || l->words > 30)
		return false;
	c = l->s + l->credit;
	n = l->n - l->credit;
	if (n == 0)
		return false;
	if (memchr(c, '/', n) != NULL)
		return true;
	if (count_words_in(c, n, credit_words, &count) > 0)
		return count <= 8;
	for (size_t i = 0; i < n; i++)
	{
		if (c[i] >= 'a' && c[i] <= 'z')
			all_caps = false;
		if ((c[i] >= 'A' && c[i] <= 'Z'))
			any_letter = true;
	}
	return all_caps && any_letter && count <= 8;
}

static bool
is_navigation_menu(const line_shape *l)
{
	size_t		pos = 0,
				ws,
				wl;
	int			misses = 0;

	if (l->terminal || l->words < 4 || l->lower_initial > 0)
		return false;

	/*
	 * At least three words in five name sections: hits * 5 >= words * 3,
	 * that is 2 * hits >= 3 * misses.  Stop once the misses rule it out.
	 */
	while (next_word(l->s, l->n, &pos, &ws, &wl))
	{
		if (cl_word_index_ci(l->s + ws, wl, section_words) < 0 &&
			++misses * 5 > l->words * 2)
			return false;
	}
	return 2 * (l->words - misses) >= 3 * misses;
}

/* A headline may ask or exclaim, but does not end in a full stop. */
static bool
is_headline_like(const line_shape *l)
{
	return (!l->terminal || l->last == '?' || l->last == '!') &&
		l->words >= 2 && l->words <= 25 && first_letter_upper(l->s, l->n);
}

/* A photo caption printed once alone and once more with its credit. */
static bool
is_caption_before_credit(const char *text, size_t len, const line_shape *l, size_t next)
{
	cl_line		line;
	line_shape	following;

	if (l->terminal || l->words > 20)
		return false;
	while (next < len)
	{
		cl_line_scan(text, len, next, &line);
		if (!cl_line_blank(&line))
			break;
		next = line.next;
	}
	if (next >= len)
		return false;
	if (line.tend - line.tstart <= l->n ||
		memcmp(text + line.tstart, l->s, l->n) != 0)
		return false;
	shape_line(text + line.tstart, line.tend - line.tstart, &following);
	return following.credit == l->n + 3 && is_credit_line(&following);
}

typedef struct clean_state
{
	const char *text;
	size_t		len;
	bool		hard_wrapped;
	int			related_left;	/* headlines still expected in a related block */
} clean_state;

/* Decide whether a non-blank line is furniture. */
static bool
is_furniture(clean_state *st, const cl_line *line, bool standalone)
{
	line_shape	l;
	cl_stamp	stamp;
	const char *s = st->text + line->tstart;
	size_t		n = line->tend - line->tstart;

	/* A machine stamp opens with a digit (what its parser checks first). */
	if (n >= 10 && s[0] >= '0' && s[0] <= '9' && cl_line_is_machine_stamp(s, n, &stamp))
		return true;
	/* Inside a hard-wrapped paragraph only whole paragraphs can be furniture. */
	if (!standalone)
		return false;
	/* Furniture is short; a long line is prose and is not scanned twice. */
	if (n > FURNITURE_MAX_BYTES)
	{
		st->related_left = 0;
		return false;
	}
	/*
	 * Prose first, cheaply: a line that ends in a full stop and runs long is
	 * never furniture (below), unless it follows a related-links header or
	 * opens with a link prefix.  Only its end and its first words are read.
	 */
	if (st->related_left == 0)
	{
		char		last;

		if (line_ending(s, n, &last) && more_words_than(s, n, 8) &&
			!has_link_prefix(s, n))
			return false;
	}
	shape_line(s, n, &l);
	if (l.words == 0)
		return true;			/* rules, bullets, lone separators */

	if (st->related_left > 0)
	{
		if (is_headline_like(&l) || has_link_prefix(l.s, l.n))
		{
			st->related_left--;
			return true;
		}
		st->related_left = 0;
	}
	if (has_link_prefix(l.s, l.n))
		return true;
	/* Prose that ends in a full stop and runs long is never furniture. */
	if (l.terminal && l.words > 8)
		return false;

	if (!l.terminal && is_whole_line_of(&l, related_headers))
	{
		st->related_left = RELATED_BLOCK_MAX;
		return true;
	}
	if (is_social_widget(&l))
		return true;
	if (l.words <= 4 && is_whole_line_of(&l, furniture_lines))
		return true;
	if (mentions_read_time(&l))
		return true;
	if (is_byline(&l))
		return true;
	if (l.words <= 40 && (has_prefix_in(&l, photo_prefixes) || has_prefix_in(&l, staff_prefixes)))
		return true;
	if (is_credit_line(&l))
		return true;
	if (is_navigation_menu(&l))
		return true;
	if (is_caption_before_credit(st->text, st->len, &l, line->next))
		return true;
	return false;
}

/*
 * The line walk shared by cl_clean() and cl_clean_lines(): every line of
 * prose goes to keep(), with the paragraph state it opens.  keep() returns
 * false when the line holds nothing but control characters (it then counts
 * as blank).
 */
typedef bool (*keep_fn) (void *arg, const char *text, size_t start, size_t end,
						 bool para_open, bool break_before);

/* The last tab, form feed or vertical tab looked at, and whether it indents its line. */
typedef struct indent_state
{
	size_t		at;				/* SIZE_MAX before the first */
	bool		indents;
} indent_state;

/*
 * Whether text[i] (white space) is in the indentation of its line: only
 * white space between the line's start and it.  The look back stops at the
 * last such character looked at, so a run of white space is read once.
 */
static bool
in_indent(const char *text, size_t i, indent_state *st)
{
	size_t		k = i;
	bool		indents;

	for (;;)
	{
		char		p;

		if (k == 0)
		{
			indents = true;
			break;
		}
		if (k - 1 == st->at)
		{
			indents = st->indents;
			break;
		}
		p = text[k - 1];
		if (p == '\n' || p == '\r')
		{
			indents = true;
			break;
		}
		if (p != ' ' && p != '\t' && p != '\f' && p != '\v')
		{
			indents = false;
			break;
		}
		k--;
	}
	st->at = i;
	st->indents = indents;
	return indents;
}

/*
 * Whether the character at text[i] (its length to *len) comes out of
 * clean() as a space although the line tests would not take it for one: a
 * control or format character; a tab, form feed or vertical tab inside a
 * line (the line tests look for " | " and count words at spaces; in the
 * indentation they mark paragraphs and stay); a space other than ASCII's
 * (no-break, em, zero-width: the line tests take every byte from 0x80 up
 * for part of a word); or a line or paragraph separator inside a line (only
 * \n and \r break lines).
 */
static inline bool
printed_as_space_at(const char *text, size_t i, size_t len, indent_state *indent, int *l)
{
	unsigned char c = (unsigned char) text[i];
	cl_char_class cc;

	*l = 1;
	if (c == '\t' || c == '\f' || c == '\v')
		return !in_indent(text, i, indent);
	if (c < 0x80)
		return (c < 0x20 && c != '\n' && c != '\r') || c == 0x7F;
	cc = cl_char_at(text + i, text + len, l, NULL);
	return cc == CL_CC_CONTROL || cc == CL_CC_NEWLINE || cc == CL_CC_SPACE;
}

#if defined(__SSE2__)
/*
 * From i on, the index of the first byte of text[0..end) that is not ASCII
 * or is an ASCII control other than a line break (\n, \r), sixteen bytes at
 * a time; at most end.
 */
static inline size_t
skip_no_control(const char *text, size_t i, size_t end)
{
	for (; end - i >= 16; i += 16)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (text + i));
		/* signed: below 0x20 is a C0 control or, negative, a byte of 0x80 and up */
		__m128i		low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
		__m128i		breaks = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
										  _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
		unsigned	look = (unsigned) _mm_movemask_epi8(_mm_or_si128(_mm_andnot_si128(breaks, low),
																	 _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))));

		if (look != 0)
			return i + (size_t) __builtin_ctz(look);
	}
	return i;
}
#endif

/*
 * NULL when text[0..len) holds no such character; else a copy of it with
 * each replaced by as many spaces as it has bytes, so that the line tests
 * (furniture, bylines, stamps, blank lines) see the lines as clean()'s output
 * shows them, and cleaning that output again does not find furniture that
 * a control character, a Unicode space or a tab hid the first time.  Offsets
 * into the copy are offsets into text.
 */
static char *
controls_as_spaces(const cl_env *env, const char *text, size_t len)
{
	char	   *copy = NULL;
	size_t		i = 0,
				next_poll = CL_INTERRUPT_STRIDE;
	indent_state indent = {SIZE_MAX, false};

	while (i < len)
	{
		int			l;

		if (i >= next_poll)
		{
			cl_poll(env);
			next_poll = i + CL_INTERRUPT_STRIDE;
		}
#if defined(__SSE2__)
		/* the bytes that need no look, then one character that may */
		i = skip_no_control(text, i, next_poll < len ? next_poll : len);
		if (i >= len)
			break;
#endif
		if (printed_as_space_at(text, i, len, &indent, &l))
		{
			if (copy == NULL)
			{
				copy = cl_alloc(env, len);
				memcpy(copy, text, len);
			}
			memset(copy + i, ' ', (size_t) l);
		}
		i += (size_t) l;
	}
	return copy;
}

static void clean_lines_of(const cl_env *env, const char *text, size_t len, keep_fn keep,
						   void *arg);

static inline void
clean_walk(const cl_env *env, const char *text, size_t len, keep_fn keep, void *arg)
{
	char	   *spaced = controls_as_spaces(env, text, len);

	if (spaced != NULL)
		text = spaced;
	clean_lines_of(env, text, len, keep, arg);
	if (spaced != NULL)
		cl_release(env, spaced);
}

static void
clean_lines_of(const cl_env *env, const char *text, size_t len, keep_fn keep, void *arg)
{
	clean_state st;
	cl_stamp	stamp;
	size_t		pos;
	size_t		since_poll = 0;
	bool		para_open = false;	/* output holds text of an open paragraph */
	bool		break_before = true;	/* a paragraph ended before this line */
	size_t		head_lines = 0;	/* non-blank lines seen so far */
	cl_line		scanned[SCANNED_LINES];	/* the first lines, from the layout test */
	size_t		nscanned;
	size_t		nline = 0;		/* lines walked so far */

	st.text = text;
	st.len = len;
	st.hard_wrapped = cl_text_hard_wrapped_lines(env, text, len, scanned, SCANNED_LINES, &nscanned);
	st.related_left = 0;

	pos = 0;
	while (pos < len)
	{
		cl_line		line;
		bool		break_after;

		/* the first lines were scanned for the layout already */
		if (nline < nscanned)
			line = scanned[nline];
		else
			cl_line_scan(text, len, pos, &line);
		nline++;
		since_poll += line.next - pos;
		if (since_poll >= CL_INTERRUPT_STRIDE)
		{
			cl_poll(env);
			since_poll -= CL_INTERRUPT_STRIDE;
		}
		pos = line.next;
		if (cl_line_blank(&line))
		{
			break_before = true;
			continue;
		}
		if (head_lines < CL_STAMP_HEAD_LINES)
		{
			/* A publication label glued to one of the first lines. */
			head_lines++;
			line.tstart += cl_leading_stamp_len(text + line.tstart,
												line.tend - line.tstart, &stamp);
			if (cl_line_blank(&line))
				continue;
		}
		break_after = cl_paragraph_break_at(text, len, line.next, st.hard_wrapped);
		if (is_furniture(&st, &line, break_before && break_after))
		{
			break_before = true;
			continue;
		}
		if (!keep(arg, text, line.tstart, line.tend, para_open, break_before))
		{
			/* Only control characters: the line is blank after all. */
			break_before = true;
			continue;
		}
		para_open = true;
		break_before = break_after;
	}
}

static bool
keep_append(void *arg, const char *text, size_t start, size_t end, bool para_open,
			bool break_before)
{
	cl_buf	   *out = arg;
	size_t		mark = out->len;

	if (cl_append_normalised(out, para_open ? (break_before ? "\n\n" : " ") : "",
						  para_open ? (break_before ? 2 : 1) : 0,
						  text + start, end - start) == 0)
	{
		out->len = mark;
		out->data[mark] = '\0';
		return false;
	}
	return true;
}

void
cl_clean(const cl_env *env, const char *text, size_t len, cl_buf *out)
{
	clean_walk(env, text, len, keep_append, out);
}

typedef struct lines_arg
{
	cl_clean_line_sink sink;
	void	   *arg;
} lines_arg;

static bool
keep_report(void *arg, const char *text, size_t start, size_t end, bool para_open,
			bool break_before)
{
	lines_arg  *a = arg;
	size_t		i;

	/* A line of control characters only is blank, as cl_clean() finds. */
	for (i = start; i < end; i++)
	{
		unsigned char c = (unsigned char) text[i];

		if (c > 0x20 && c != 0x7F)
			break;
	}
	if (i == end)
		return false;
	a->sink(a->arg, start, end, !para_open || break_before);
	return true;
}

/* The line walk with each kept line reported to sink. */
static void
report_lines(const cl_env *env, const char *text, size_t len, keep_fn keep,
			 cl_clean_line_sink sink, void *arg)
{
	lines_arg	a = {sink, arg};

	clean_walk(env, text, len, keep, &a);
}

void
cl_clean_lines(const cl_env *env, const char *text, size_t len,
			   cl_clean_line_sink sink, void *arg)
{
	report_lines(env, text, len, keep_report, sink, arg);
}

/* keep() for cl_clean_spans(): keeps what keep_append() keeps, without copying. */
static bool
keep_span(void *arg, const char *text, size_t start, size_t end, bool para_open,
		  bool break_before)
{
	lines_arg  *a = arg;

	if (cl_normalised_empty(text + start, end - start))
		return false;
	a->sink(a->arg, start, end, !para_open || break_before);
	return true;
}

void
cl_clean_spans(const cl_env *env, const char *text, size_t len,
			   cl_clean_line_sink sink, void *arg)
{
	report_lines(env, text, len, keep_span, sink, arg);
}
