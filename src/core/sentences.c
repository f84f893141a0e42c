/*
 * sentences.c — sentence splitting for news prose (see sentences.h).
 *
 * A candidate boundary is a run of . ! ? or an ellipsis, followed by closing
 * quotes or brackets and then white space.  It is a boundary unless the next
 * word starts in lowercase, or the full stop closes an abbreviation; an
 * abbreviation that can also end a sentence ("U.S.", "Inc.", an initial)
 * ends one only when the next word is a usual sentence opener.
 */
#include "sentences.h"

#include <stdint.h>
#include <string.h>

#include "text_chars.h"
#include "text_lines.h"
#include "text_match.h"

/* Titles that never end a sentence when capitalised ("Gen. Moss"). */
static const char *const titles[] = {
	"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col",
	"capt", "cpt", "sgt", "maj", "adm", "cmdr", "cdr", "rev", "hon", "pres",
	"supt", "insp", "messrs", "mme", "mlle", "st", "mt", "ft", "amb", "atty",
	"brig", "cpl", "pvt", "treas", "asst", "assoc", "gens", "ave", "blvd",
	"rd", NULL
};

/* Abbreviations that never end a sentence, in any case ("Hale v. Dorsey"). */
static const char *const abbreviations[] = {
	"vs", "v", "approx", "dept", "fig", "figs", "vol", "vols", "art", "pp",
	"p", "para", "ch", "sec", "cf", "viz", "al", "ex", "ca", "incl", "nr",
	NULL
};

/* Abbreviations that end a sentence only before a sentence opener. */
static const char *const enders[] = {
	"inc", "ltd", "co", "corp", "plc", "llc", "bros", "jr", "sr", "etc",
	"esq", "cos", "pty", "bhd", "ag", "sa", "nv", "bv", "gmbh", NULL
};

/* Month abbreviations: no boundary when a day number follows. */
static const char *const months[] = {
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", NULL
};

/* Number abbreviations: no boundary when a digit follows. */
static const char *const numberings[] = {"no", "nos", "nr", "tel", "ph", NULL};

/* Words that usually open a sentence. */
static const char *const openers[] = {
	"the", "a", "an", "this", "that", "these", "those", "it", "its", "he",
	"she", "they", "we", "i", "you", "his", "her", "their", "our", "in", "on",
	"at", "for", "but", "and", "or", "so", "yet", "however", "meanwhile",
	"also", "as", "after", "before", "when", "while", "if", "there", "what",
	"why", "how", "who", "one", "some", "many", "most", "all", "both",
	"such", "other", "another", "earlier", "later", "last", "next",
	"officials", "analysts", "according", "under", "since", "during",
	"despite", "although", "though", "because", "with", "without", "from",
	"still", "now", "then", "further", "separately", "moreover",
	"additionally", "critics", "experts", "shares", "net", "revenue",
	"sales", "profit", "reuters", NULL
};

void
cl_sentences_begin(cl_sentence_iter *it, const cl_env *env, const char *text, size_t len)
{
	it->env = env;
	it->text = text;
	it->len = len;
	it->hard_wrapped = cl_text_hard_wrapped(env, text, len);
	it->pos = 0;
	it->para_end = 0;
	it->scanned = 0;
}

static void
note_scanned(cl_sentence_iter *it, size_t bytes)
{
	it->scanned += bytes;
	if (it->scanned >= CL_INTERRUPT_STRIDE)
	{
		cl_poll(it->env);
		it->scanned -= CL_INTERRUPT_STRIDE;
	}
}

/* Move to the next paragraph; false when only blank lines remain. */
static bool
next_paragraph(cl_sentence_iter *it)
{
	size_t		pos = it->pos;
	cl_line		line;

	for (;;)
	{
		if (pos >= it->len)
			return false;
		cl_line_scan(it->text, it->len, pos, &line);
		note_scanned(it, line.next - pos);
		if (!cl_line_blank(&line))
			break;
		pos = line.next;
	}
	it->pos = line.tstart;
	for (;;)
	{
		size_t		next = line.next;

		it->para_end = line.tend;
		if (cl_paragraph_break_at(it->text, it->len, next, it->hard_wrapped))
			break;
		cl_line_scan(it->text, it->len, next, &line);
		note_scanned(it, line.next - next);
	}
	return true;
}

/* Skip white space, line breaks and control characters from i up to end. */
static size_t
skip_space(const char *text, size_t i, size_t end)
{
	while (i < end)
	{
		unsigned char c = (unsigned char) text[i];
		int			len;
		cl_char_class cc;

		/* ASCII: white space, breaks and controls are exactly these. */
		if (c < 0x80)
		{
			if (c > 0x20 && c != 0x7F)
				break;
			i++;
			continue;
		}
		cc = cl_char_at(text + i, text + end, &len, NULL);
		if (cc != CL_CC_SPACE && cc != CL_CC_NEWLINE && cc != CL_CC_CONTROL)
			break;
		i += (size_t) len;
	}
	return i;
}

/* Byte length of the closing quote or bracket at text[i] (i < end), or 0. */
static inline size_t
closing_len(const char *text, size_t i, size_t end)
{
	unsigned char c = (unsigned char) text[i];
	int			len;

	if (c < 0x80)
		return (c == '"' || c == '\'' || c == ')' || c == ']') ? 1 : 0;
	if (!cl_cp_is_closing(cl_utf8_decode((const unsigned char *) text + i,
										 (const unsigned char *) text + end, &len)))
		return 0;
	return (size_t) len;
}

/* Step over closing quotes and brackets from j up to end. */
static inline size_t
skip_closing(const char *text, size_t j, size_t end)
{
	size_t		n;

	while (j < end && (n = closing_len(text, j, end)) != 0)
		j += n;
	return j;
}

/* A byte that may start a terminator: . ! ? or the lead byte of … 。 ！ ？ */
static inline bool
terminator_byte(unsigned char c)
{
	return c == '.' || c == '!' || c == '?' || c == 0xE2 || c == 0xE3 || c == 0xEF;
}

/*
 * The first byte in text[i..limit) that may start a terminator, or limit.
 * Eight bytes at a time; flagged words are then read byte by byte, so the
 * test may flag more than it should, never less.
 */
static inline size_t
find_terminator_byte(const char *text, size_t i, size_t limit)
{
	const uint64_t ones = 0x0101010101010101u;
	const uint64_t highs = 0x8080808080808080u;

	for (; limit - i >= 8; i += 8)
	{
		uint64_t	w,
					a,
					b,
					c,
					flags;

		memcpy(&w, text + i, 8);
		a = w ^ (ones * '.');
		b = w ^ (ones * '!');
		c = w ^ (ones * '?');
		flags = ((a - ones) & ~a) | ((b - ones) & ~b) | ((c - ones) & ~c) |
			(w & (w << 1) & (w << 2));	/* bytes 0xE0 and above */
		if ((flags & highs) == 0)
			continue;
		for (size_t k = 0; k < 8; k++)
		{
			if (terminator_byte((unsigned char) text[i + k]))
				return i + k;
		}
	}
	for (; i < limit; i++)
	{
		if (terminator_byte((unsigned char) text[i]))
			return i;
	}
	return limit;
}

/* Ideographic full stop and full-width ! and ?: no space follows them. */
static bool
is_wide_terminator(const char *text, size_t i, size_t end)
{
	const unsigned char *u = (const unsigned char *) text + i;

	if (i + 2 >= end)
		return false;
	return (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82) ||
		(u[0] == 0xEF && u[1] == 0xBC && (u[2] == 0x81 || u[2] == 0x9F));
}

static bool
is_terminator(const char *text, size_t i, size_t end, int *len)
{
	char		c = text[i];

	if (c == '.' || c == '!' || c == '?')
	{
		*len = 1;
		return true;
	}
	if ((unsigned char) c == 0xE2 && i + 2 < end &&
		(unsigned char) text[i + 1] == 0x80 && (unsigned char) text[i + 2] == 0xA6)
	{
		*len = 3;
		return true;
	}
	*len = 3;
	return is_wide_terminator(text, i, end);
}

/* The word at text[k..end) is a sentence opener. */
static bool
next_word_opens(const char *text, size_t k, size_t end)
{
	size_t		e = k;

	while (e < end && cl_is_word_byte(text[e]))
		e++;
	return cl_word_index_ci(text + k, e - k, openers) >= 0;
}

/*
 * Whether the single full stop at dot ends a sentence, given that the next
 * word starts at k with class next_cc.
 */
static bool
full_stop_ends(const char *text, size_t floor, size_t dot, size_t k, size_t end,
			   cl_char_class next_cc)
{
	size_t		ws = dot;
	bool		inner_dot = false;
	size_t		letters;

	/* The token before the full stop: letters, with dots between them. */
	while (ws > floor && (cl_is_word_byte(text[ws - 1]) ||
						  (text[ws - 1] == '.' && ws - 1 > floor && cl_is_word_byte(text[ws - 2]))))
	{
		if (text[ws - 1] == '.')
			inner_dot = true;
		ws--;
	}
	letters = dot - ws;
	if (letters == 0)
		return true;
	if (inner_dot)
		return next_word_opens(text, k, end);	/* U.S., a.m., e.g. */
	if (letters == 1 && text[ws] >= 'A' && text[ws] <= 'Z')
		return next_word_opens(text, k, end);	/* an initial */
	if (cl_word_index_ci(text + ws, letters, titles) >= 0 &&
		text[ws] >= 'A' && text[ws] <= 'Z')
		return false;
	if (cl_word_index_ci(text + ws, letters, abbreviations) >= 0)
		return false;
	if (cl_word_index_ci(text + ws, letters, enders) >= 0)
		return next_word_opens(text, k, end);
	if (next_cc == CL_CC_DIGIT &&
		(cl_word_index_ci(text + ws, letters, months) >= 0 ||
		 cl_word_index_ci(text + ws, letters, numberings) >= 0))
		return false;
	return true;
}

bool
cl_sentences_next(cl_sentence_iter *it, size_t *start, size_t *len)
{
	const char *text = it->text;
	size_t		i;
	size_t		end;
	size_t		next_poll;

	for (;;)
	{
		if (it->pos >= it->para_end)
		{
			if (!next_paragraph(it))
				return false;
		}
		it->pos = skip_space(text, it->pos, it->para_end);
		if (it->pos < it->para_end)
			break;
	}
	end = it->para_end;
	*start = it->pos;
	i = it->pos;
	next_poll = i + CL_INTERRUPT_STRIDE;
	while (i < end)
	{
		int			tlen;
		size_t		j;
		size_t		k;
		bool		only_full_stop = true;
		int			terminators = 0;
		int			clen;
		uint32_t	cp;
		cl_char_class next_cc;

		if (i >= next_poll)
		{
			cl_poll(it->env);
			next_poll = i + CL_INTERRUPT_STRIDE;
		}
		/* No other byte starts a terminator: skip to the next candidate. */
		i = find_terminator_byte(text, i, end < next_poll ? end : next_poll);
		if (i >= end || i >= next_poll)
			continue;
		if (!is_terminator(text, i, end, &tlen))
		{
			i++;
			continue;
		}
		if (tlen == 3 && is_wide_terminator(text, i, end))
		{
			j = skip_closing(text, i + 3, end);
			k = skip_space(text, j, end);
			if (j >= end || k >= end)
				break;
			*len = j - *start;
			note_scanned(it, k - it->pos);
			it->pos = k;
			return true;
		}
		j = i;
		while (j < end && is_terminator(text, j, end, &tlen))
		{
			if (text[j] != '.')
				only_full_stop = false;
			terminators++;
			j += (size_t) tlen;
		}
		j = skip_closing(text, j, end);
		if (j >= end)
			break;
		k = skip_space(text, j, end);
		if (k == j)
		{
			i = j;				/* "5.9", "U.S.-led", "forces.”," */
			continue;
		}
		if (k >= end)
			break;
		next_cc = cl_char_at(text + k, text + end, &clen, &cp);
		if (next_cc == CL_CC_LOWER || cp == ',' || cp == ';' || cp == ':' ||
			(only_full_stop && terminators == 1 &&
			 !full_stop_ends(text, *start, i, k, end, next_cc)))
		{
			i = k;
			continue;
		}
		*len = j - *start;
		note_scanned(it, k - it->pos);
		it->pos = k;
		return true;
	}
	*len = end - *start;
	note_scanned(it, end - it->pos);
	it->pos = end;
	return true;
}
