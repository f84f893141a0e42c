/*
 * dates.c — temporal expressions in news text (see dates.h).
 *
 * The text is cut into tokens and matched at each token against the forms
 * newswire uses: ISO stamps, month-name dates, ranges, numeric dates,
 * years and decades in context, quarters and seasons, anchor-relative words,
 * fuzzy modifiers, durations and sets.  A date written without its year takes
 * the nearest year in the direction the tense points: the past unless a
 * future cue ("will", "is scheduled", "next") governs it.
 */
#include "dates.h"

#include <string.h>

#include "date_words.h"
#include "pub_stamp.h"
#include "text_chars.h"
#include "text_match.h"

/* A long sentence is matched in windows of this many tokens ... */
#define WINDOW_TOKENS 2048
/* ... overlapping by this many, longer than any expression. */
#define WINDOW_MARGIN 32

enum
{
	T_WORD = 1,
	T_NUM,
	T_PUNCT
};

/* Token flags. */
#define F_SPACE		0x01		/* white space before the token */
#define F_CAP		0x02		/* word starts with an uppercase letter */
#define F_ED		0x04		/* word ends in -ed */
#define F_GROUPED	0x08		/* number with thousands separators: 7,000 */
#define F_DECIMAL	0x10		/* number with a fraction: 4.5 */
#define F_PLURAL	0x20		/* number followed by s or 's: 1980s */
#define F_ORDINAL	0x40		/* 25th, 1st */
#define F_ALNUM		0x80		/* digits glued to other letters: 5pm, 737MAX */

/* Token kinds that end the search for a verb's tense. */
#define BREAK_FLAG	0x01		/* in token.brk: a blank line before the token */

typedef struct token
{
	uint32_t	start;
	uint32_t	end;
	uint8_t		type;
	uint8_t		flags;
	uint8_t		ndigits;
	uint8_t		word;			/* cl_date_word, for words */
	int32_t		value;			/* number, word value, or punctuation char */
	uint8_t		brk;			/* BREAK_FLAG */
} token;

typedef struct scan
{
	const cl_env *env;
	const char *text;
	const cl_date_options *opt;
	token	   *t;
	size_t		n;
	cl_date_sink sink;
	void	   *arg;
} scan;

typedef struct hit
{
	size_t		first;			/* tokens [first, end) */
	size_t		end;
	cl_date_kind kind;
	bool		has_value;
	cl_timex	value;
} hit;

/* A calendar expression before resolution: missing parts are 0. */
typedef struct cal
{
	int			year;
	int			month;
	int			day;
	size_t		first;
	size_t		end;
} cal;

const char *
cl_date_kind_name(cl_date_kind kind)
{
	static const char *const names[] = {"date", "range", "relative", "duration", "set", "stamp"};

	return (unsigned) kind < 6 ? names[kind] : "date";
}

/* ---- tokens ---------------------------------------------------------------- */

/*
 * ASCII letters and digits, folded to lowercase; 0 for every other byte.
 * The tokenizer asks for every byte, so this is a table.
 */
static const unsigned char fold_alnum[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 0, 0, 0, 0, 0, 0,
	0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
	0, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static inline bool
ascii_alnum(char c)
{
	return fold_alnum[(unsigned char) c] != 0;
}

/* Tokenise text[s, e) into sc->t; returns where it stopped (e unless full). */
static size_t
tokenize(scan *sc, size_t s, size_t e)
{
	const char *x = sc->text;
	size_t		i = s;
	uint8_t		space = 0;
	int			newlines = 0;

	sc->n = 0;
	while (i < e && sc->n < WINDOW_TOKENS)
	{
		unsigned char c = (unsigned char) x[i];
		token	   *t;
		int			clen;
		uint32_t	cp;
		cl_char_class cc;

		if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
		{
			space = F_SPACE;
			newlines += (c == '\n');
			i++;
			continue;
		}
		if (c < 0x80)
		{
			clen = 1;
			cp = c;
			cc = fold_alnum[c] == 0 ? cl_classify(c) :
				(c <= '9' ? CL_CC_DIGIT : c <= 'Z' ? CL_CC_UPPER : CL_CC_LOWER);
		}
		else
			cc = cl_char_at(x + i, x + e, &clen, &cp);
		if (cc == CL_CC_SPACE || cc == CL_CC_NEWLINE || cc == CL_CC_CONTROL)
		{
			space = F_SPACE;
			i += (size_t) clen;
			continue;
		}
		t = &sc->t[sc->n++];
		t->start = (uint32_t) i;
		t->flags = space;
		t->brk = newlines >= 2 ? BREAK_FLAG : 0;
		t->ndigits = 0;
		t->word = W_NONE;
		t->value = 0;
		space = 0;
		newlines = 0;
		if (cc == CL_CC_DIGIT && c < 0x80)
		{
			int64_t		v = 0;
			size_t		j = i;

			t->type = T_NUM;
			while (j < e && cl_is_ascii_digit(x[j]))
			{
				if (v < 1000000000)
					v = v * 10 + (x[j] - '0');
				j++;
			}
			t->ndigits = (uint8_t) ((j - i) > 255 ? 255 : (j - i));
			/* 7,000 and 1,250,000: thousands groups. */
			while (j + 3 < e + 0 && x[j] == ',' && cl_is_ascii_digit(x[j + 1]) &&
				   cl_is_ascii_digit(x[j + 2]) && cl_is_ascii_digit(x[j + 3]) &&
				   (j + 4 >= e || !cl_is_ascii_digit(x[j + 4])))
			{
				t->flags |= F_GROUPED;
				j += 4;
			}
			if (j + 1 < e && x[j] == '.' && cl_is_ascii_digit(x[j + 1]))
			{
				t->flags |= F_DECIMAL;
				j++;
				while (j < e && cl_is_ascii_digit(x[j]))
					j++;
			}
			if (j < e && (x[j] == 's' || x[j] == 'S') && (j + 1 >= e || !ascii_alnum(x[j + 1])))
			{
				t->flags |= F_PLURAL;
				j++;
			}
			else if (j + 1 < e && x[j] == '\'' && x[j + 1] == 's' &&
					 (j + 2 >= e || !ascii_alnum(x[j + 2])))
			{
				t->flags |= F_PLURAL;
				j += 2;
			}
			else if (j + 1 < e && ascii_alnum(x[j]))
			{
				char		a = cl_ascii_lower(x[j]),
							b = cl_ascii_lower(x[j + 1]);
				bool		ord = (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
					(a == 'r' && b == 'd') || (a == 't' && b == 'h');

				if (ord && (j + 2 >= e || !ascii_alnum(x[j + 2])))
				{
					t->flags |= F_ORDINAL;
					j += 2;
				}
			}
			if (j < e && ascii_alnum(x[j]))
			{
				t->flags |= F_ALNUM;
				while (j < e && ascii_alnum(x[j]))
					j++;
			}
			t->value = (int32_t) v;
			t->end = (uint32_t) j;
			i = j;
		}
		else if (cl_is_letter_class(cc))
		{
			size_t		j = i;
			const cl_date_word_entry *w;

			uint32_t	hash = CL_DATE_WORD_HASH_BASIS;
			bool		ascii = true;

			t->type = T_WORD;
			if (cc == CL_CC_UPPER)
				t->flags |= F_CAP;
			while (j < e)
			{
				int			l2;
				cl_char_class c2;
				unsigned char b = (unsigned char) x[j];
				unsigned char folded = fold_alnum[b];

				if (folded != 0)
				{
					hash = (hash ^ folded) * 16777619u;
					j++;
					continue;
				}
				if (b < 0x80)
					break;
				c2 = cl_char_at(x + j, x + e, &l2, NULL);
				if (!cl_is_letter_class(c2) && c2 != CL_CC_DIGIT)
					break;
				ascii = false;
				j += (size_t) l2;
			}
			t->end = (uint32_t) j;
			w = (ascii && j - i <= CL_DATE_WORD_MAX) ?
				cl_date_word_lookup_hashed(x + i, j - i, hash) : NULL;
			if (w != NULL)
			{
				t->word = (uint8_t) w->id;
				t->value = w->value;
			}
			if (j - i >= 4 && cl_ascii_lower(x[j - 2]) == 'e' && cl_ascii_lower(x[j - 1]) == 'd')
				t->flags |= F_ED;
			i = j;
		}
		else
		{
			t->type = T_PUNCT;
			/* Dashes and curly apostrophes read as their ASCII forms. */
			if (cp == 0x2013 || cp == 0x2014 || cp == 0x2212)
				cp = '-';
			else if (cp == 0x2019 || cp == 0x2018)
				cp = '\'';
			t->value = (int32_t) (cp < 0x80 ? cp : 0x80);
			t->end = (uint32_t) (i + (size_t) clen);
			i += (size_t) clen;
		}
	}
	return i;
}

/* ---- token predicates ----------------------------------------------------- */

static int
word_at(const scan *sc, size_t i)
{
	return i < sc->n && sc->t[i].type == T_WORD ? sc->t[i].word : W_NONE;
}

static bool
is_word(const scan *sc, size_t i, int id)
{
	return word_at(sc, i) == id;
}

static bool
is_punct(const scan *sc, size_t i, char c)
{
	return i < sc->n && sc->t[i].type == T_PUNCT && sc->t[i].value == c;
}

/* Token i follows token i-1 with no space between. */
static bool
glued(const scan *sc, size_t i)
{
	return i < sc->n && !(sc->t[i].flags & F_SPACE);
}

static bool
plain_number(const token *t)
{
	return t->type == T_NUM && !(t->flags & (F_GROUPED | F_DECIMAL | F_PLURAL | F_ALNUM));
}

/* A month name (capitalised) or abbreviation with its optional full stop. */
static int
month_at(const scan *sc, size_t i, size_t *end)
{
	int			w = word_at(sc, i);

	if ((w != W_MONTH && w != W_MONTH_ABBR) || !(sc->t[i].flags & F_CAP))
		return 0;
	*end = i + 1;
	if (w == W_MONTH_ABBR && is_punct(sc, i + 1, '.') && glued(sc, i + 1))
		*end = i + 2;
	return sc->t[i].value;
}

static int
day_at(const scan *sc, size_t i)
{
	const token *t;

	if (i >= sc->n)
		return 0;
	t = &sc->t[i];
	if (t->type != T_NUM || t->ndigits > 2 || (t->flags & (F_GROUPED | F_DECIMAL | F_PLURAL | F_ALNUM)))
		return 0;
	return t->value >= 1 && t->value <= 31 ? t->value : 0;
}

static int
year_at(const scan *sc, size_t i)
{
	const token *t;

	if (i >= sc->n)
		return 0;
	t = &sc->t[i];
	if (!plain_number(t) || (t->flags & F_ORDINAL) || t->ndigits != 4)
		return 0;
	/* A year is not followed by a percent sign or a decimal unit. */
	if (is_punct(sc, i + 1, '%'))
		return 0;
	return t->value >= 1000 && t->value <= 2199 ? t->value : 0;
}

/* Words before a bare month or year that make it a date. */
static bool
date_context(const scan *sc, size_t i)
{
	if (i == 0)
		return false;
	switch (word_at(sc, i - 1))
	{
		case W_IN:
		case W_SINCE:
		case W_BY:
		case W_UNTIL:
		case W_TILL:
		case W_DURING:
		case W_FROM:
		case W_OF:
		case W_LAST:
		case W_NEXT:
		case W_THIS:
		case W_EARLY:
		case W_LATE:
		case W_MID:
		case W_BETWEEN:
		case W_BEFORE:
		case W_AFTER:
		case W_THROUGH:
		case W_TO:
		case W_AROUND:
		case W_FISCAL:
		case W_END:
		case W_FOR:
			return true;
		default:
			break;
	}
	return is_punct(sc, i - 1, '-') && i >= 2 && is_word(sc, i - 2, W_MID);
}

/* A bare month after "the" or a possessive, or opening a month range. */
static bool
month_context(const scan *sc, size_t i, size_t after)
{
	size_t		k;

	if (i > 0 && is_word(sc, i - 1, W_THE))
		return true;
	if (i > 1 && sc->t[i - 1].type == T_WORD && sc->t[i - 1].end - sc->t[i - 1].start == 1 &&
		cl_ascii_lower(sc->text[sc->t[i - 1].start]) == 's' && is_punct(sc, i - 2, '\''))
		return true;
	return after + 1 < sc->n &&
		(is_word(sc, after, W_TO) || is_word(sc, after, W_THROUGH) || is_punct(sc, after, '-')) &&
		month_at(sc, after + 1, &k) != 0;
}

/* ---- tense ------------------------------------------------------------------ */

/* Which way a date without its year points, from the verb nearest to it. */
typedef enum tense
{
	TENSE_PAST = -1,			/* the default for news: the latest occurrence */
	TENSE_PRESENT = 0,			/* "is bracing", "are": the nearest occurrence */
	TENSE_FUTURE = 1			/* "will", "is scheduled", "next": the next one */
} tense;

static bool
is_be(const scan *sc, size_t i)
{
	return is_word(sc, i, W_BE) || is_word(sc, i, W_BE_PRESENT);
}

/* The tense a word signals, or 2 when it signals none. */
static int
cue_at(const scan *sc, size_t i)
{
	const token *t = &sc->t[i];

	if (t->type != T_WORD)
		return 2;
	if (t->word == W_CUE_FUTURE || t->word == W_NEXT || t->word == W_COMING)
		return TENSE_FUTURE;
	if (t->word == W_BE_PRESENT)
		return TENSE_PRESENT;
	if (t->word == W_CUE_PAST || t->word == W_AGO || (t->flags & F_ED))
	{
		/* A participle after "be" ("will be held") leaves the tense to the auxiliary. */
		if (i > 0 && (is_be(sc, i - 1) ||
					  (t->word != W_CUE_PAST && is_word(sc, i - 1, W_CUE_PAST))))
			return 2;
		return TENSE_PAST;
	}
	return 2;
}

/* The tense of the verb nearest to tokens [first, end): before them, else after. */
/* Token i ends a sentence: . ! ? followed by space, or a blank line follows it. */
static bool
sentence_end(const scan *sc, size_t i)
{
	const token *t = &sc->t[i];

	const token *next = i + 1 < sc->n ? &sc->t[i + 1] : NULL;

	if (next != NULL && (next->brk & BREAK_FLAG))
		return true;
	if (t->type != T_PUNCT || (t->value != '.' && t->value != '!' && t->value != '?'))
		return false;
	if (next == NULL)
		return true;
	if (!(next->flags & F_SPACE) || (next->type == T_WORD && !(next->flags & F_CAP)) ||
		next->type == T_NUM)
		return false;
	/* "No. 5", "Gen. Moss", "Mr. Lee": a short capitalised word before the stop. */
	if (t->value == '.' && i > 0 && sc->t[i - 1].type == T_WORD &&
		(sc->t[i - 1].flags & F_CAP) && sc->t[i - 1].end - sc->t[i - 1].start <= 3)
		return false;
	return true;
}

static tense
tense_of(const scan *sc, size_t first, size_t end)
{
	for (size_t i = first; i > 0 && !sentence_end(sc, i - 1); i--)
	{
		int			c = cue_at(sc, i - 1);

		if (c != 2)
			return (tense) c;
	}
	for (size_t i = end; i < sc->n; i++)
	{
		int			c = cue_at(sc, i);

		if (c != 2)
			return (tense) c;
		if (sentence_end(sc, i))
			break;
	}
	return TENSE_PAST;
}

/* ---- resolution against the anchor ------------------------------------------ */

static void
anchor_civil(const scan *sc, int *y, int *m, int *d)
{
	cl_civil_from_days(sc->opt->anchor, y, m, d);
}

/* Days from the anchor to a day, or to the middle of a month. */
static int32_t
distance_to(const scan *sc, int year, int month, int day)
{
	int32_t		at = day != 0 && cl_valid_date(year, month, day) ?
		cl_days_from_civil(year, month, day) :
		cl_days_from_civil(year, month, 15);
	int32_t		delta = at - sc->opt->anchor;

	return delta < 0 ? -delta : delta;
}

/* The year of a month (and day) written without one. */
static int
resolve_year(const scan *sc, int month, int day, tense t)
{
	int			ay,
				am,
				ad;
	int			later,
				earlier;
	int			past,
				next;

	anchor_civil(sc, &ay, &am, &ad);
	later = month > am || (month == am && day > ad);
	earlier = month < am || (month == am && day != 0 && day < ad);
	past = later ? ay - 1 : ay;
	next = earlier ? ay + 1 : ay;
	if (t == TENSE_FUTURE)
		return next;
	/* Present tense: the nearer one, though news leans to the past two to one. */
	if (t == TENSE_PRESENT && past != next &&
		2 * distance_to(sc, next, month, day) < distance_to(sc, past, month, day))
		return next;
	return past;
}

static bool
month_offset(const scan *sc, int delta, cl_timex *out)
{
	int			y,
				m,
				d;
	int			total;

	anchor_civil(sc, &y, &m, &d);
	total = y * 12 + (m - 1) + delta;
	return cl_timex_month(total / 12, total % 12 + 1, out);
}

static bool
unit_offset(const scan *sc, int unit, int delta, cl_timex *out)
{
	int			y,
				m,
				d,
				wy,
				w;
	int32_t		a = sc->opt->anchor;

	/*
	 * No offset of more than 4,000,000 units lands in the years 0-9999 a
	 * timex can hold; the bound keeps every product below from overflowing.
	 */
	if (delta > 4000000 || delta < -4000000)
		return false;
	anchor_civil(sc, &y, &m, &d);
	switch (unit)
	{
		case U_DAY:
			cl_civil_from_days(a + delta, &y, &m, &d);
			return cl_timex_day(y, m, d, out);
		case U_WEEK:
			cl_iso_week(a + 7 * delta, &wy, &w);
			return cl_timex_week(wy, w, out);
		case U_MONTH:
			return month_offset(sc, delta, out);
		case U_QUARTER:
			{
				int			q = y * 4 + (m - 1) / 3 + delta;

				return cl_timex_quarter(q / 4, q % 4 + 1, out);
			}
		case U_YEAR:
			return cl_timex_year(y + delta, out);
		case U_DECADE:
			return cl_timex_year(y + 10 * delta, out);
		case U_CENTURY:
			return cl_timex_year(y + 100 * delta, out);
		default:
			return false;
	}
}

/* Resolve a calendar item to a value; false when it needs an anchor and has none. */
static bool
cal_value(const scan *sc, cal *c, tense future, cl_timex *out)
{
	if (c->year == 0)
	{
		if (!sc->opt->has_anchor)
			return false;
		c->year = resolve_year(sc, c->month, c->day, future);
	}
	if (c->day != 0)
		return cl_timex_day(c->year, c->month, c->day, out);
	if (c->month != 0)
		return cl_timex_month(c->year, c->month, out);
	return cl_timex_year(c->year, out);
}

/* ---- calendar expressions --------------------------------------------------- */

/* Optional ", 2024" or " 2024" after a month and day; returns tokens used. */
static size_t
trailing_year(const scan *sc, size_t i, int *year)
{
	if (is_punct(sc, i, ',') && year_at(sc, i + 1))
	{
		*year = year_at(sc, i + 1);
		return 2;
	}
	if (year_at(sc, i))
	{
		*year = year_at(sc, i);
		return 1;
	}
	return 0;
}

/*
 * A calendar expression at token i: "March 25", "Mar. 25, 2024", "25 March
 * 2024", "25th of March", "January 2024", an ISO date, a bare month or year
 * in context.  A weekday before a date belongs to it.
 */
static bool
calendar_at(const scan *sc, size_t i, cal *c)
{
	size_t		j = i,
				k;
	int			m,
				d,
				y;

	memset(c, 0, sizeof(*c));
	c->first = i;
	if (word_at(sc, j) == W_WEEKDAY && (sc->t[j].flags & F_CAP))
	{
		size_t		after = j + 1 + (is_punct(sc, j + 1, ',') ? 1 : 0);

		if (month_at(sc, after, &k) || (day_at(sc, after) && month_at(sc, after + 1, &k)))
			j = after;
	}
	/* ISO date without time. */
	if (year_at(sc, j) && is_punct(sc, j + 1, '-') && glued(sc, j + 1))
	{
		cl_stamp	st;
		size_t		start = sc->t[j].start;
		size_t		used = cl_iso_stamp_parse(sc->text + start,
											  sc->t[sc->n - 1].end - start, &st);

		if (used == 10 && (start == 0 || !(cl_is_word_byte(sc->text[start - 1]) ||
										   sc->text[start - 1] == '-' || sc->text[start - 1] == '/')))
		{
			c->year = st.year;
			c->month = st.month;
			c->day = st.day;
			c->end = j + 5;
			return true;
		}
	}
	if ((m = month_at(sc, j, &k)) != 0)
	{
		if ((d = day_at(sc, k)) != 0 && !is_punct(sc, k + 1, ':') &&
			!(is_punct(sc, k + 1, '.') && glued(sc, k + 1) && k + 2 < sc->n && sc->t[k + 2].type == T_NUM))
		{
			c->month = m;
			c->day = d;
			c->end = k + 1 + trailing_year(sc, k + 1, &c->year);
			return cl_valid_date(c->year ? c->year : 2000, m, d);
		}
		if (day_at(sc, k) == 0 && (y = year_at(sc, k + (is_punct(sc, k, ',') ? 1 : 0))) != 0)
		{
			c->month = m;
			c->year = y;
			c->end = k + 1 + (is_punct(sc, k, ',') ? 1 : 0);
			return true;
		}
		/* A bare month: "in September", "the September summit", "its May report". */
		if (j == i && (date_context(sc, i) || month_context(sc, i, k)))
		{
			c->month = m;
			c->end = k;
			return true;
		}
		return false;
	}
	if ((d = day_at(sc, j)) != 0)
	{
		size_t		at = j + 1 + (is_word(sc, j + 1, W_OF) ? 1 : 0);

		if ((m = month_at(sc, at, &k)) != 0 && cl_valid_date(2000, m, d))
		{
			c->day = d;
			c->month = m;
			c->end = k + trailing_year(sc, k, &c->year);
			return true;
		}
		return false;
	}
	if (j == i && (y = year_at(sc, i)) != 0)
	{
		bool		adjectival = i > 0 && is_word(sc, i - 1, W_THE) && y >= 1900 && y <= 2100 &&
			i + 1 < sc->n && sc->t[i + 1].type == T_WORD;

		if (date_context(sc, i) || adjectival)
		{
			c->year = y;
			c->end = i + 1;
			return true;
		}
	}
	return false;
}

/* Connector between the ends of a range; "and" only after "between". */
static bool
range_connector(const scan *sc, size_t i, bool between)
{
	switch (word_at(sc, i))
	{
		case W_TO:
		case W_THROUGH:
		case W_THRU:
		case W_UNTIL:
		case W_TILL:
			return !between;
		case W_AND:
			return between;
		default:
			return is_punct(sc, i, '-') && !between;
	}
}

/* The end of a range after calendar item a, at token i; fills b. */
static bool
range_end_at(const scan *sc, const cal *a, size_t i, cal *b)
{
	size_t		k;
	int			m,
				d,
				y;

	memset(b, 0, sizeof(*b));
	b->first = i;
	if (a->day != 0)
	{
		if (calendar_at(sc, i, b) && b->day != 0)
			return true;
		memset(b, 0, sizeof(*b));
		b->first = i;
		if ((d = day_at(sc, i)) != 0 && !month_at(sc, i + 1, &k))
		{
			b->month = a->month;
			b->day = d;
			b->end = i + 1 + trailing_year(sc, i + 1, &b->year);
			return true;
		}
		return false;
	}
	if (a->month != 0)
	{
		if ((m = month_at(sc, i, &k)) != 0 && day_at(sc, k) == 0)
		{
			b->month = m;
			b->end = k + trailing_year(sc, k, &b->year);
			return true;
		}
		return false;
	}
	if ((y = year_at(sc, i)) != 0)
	{
		b->year = y;
		b->end = i + 1;
		return true;
	}
	/* 2022-23 */
	if (is_punct(sc, i - 1, '-') && glued(sc, i) && i < sc->n && sc->t[i].type == T_NUM &&
		sc->t[i].ndigits == 2 && plain_number(&sc->t[i]))
	{
		b->year = a->year / 100 * 100 + sc->t[i].value;
		b->end = i + 1;
		return b->year > a->year;
	}
	return false;
}

/* Fill a range's missing years from each other and the anchor. */
static bool
range_value(const scan *sc, cal *a, cal *b, tense future, cl_timex *out)
{
	cl_timex	lo,
				hi;

	if (a->year == 0 && b->year != 0)
	{
		a->year = b->year;
		if (a->month > b->month || (a->month == b->month && a->day > b->day))
			a->year--;
	}
	if (a->year == 0)
	{
		if (!sc->opt->has_anchor)
			return false;
		a->year = resolve_year(sc, a->month, a->day, future);
		/* A future range that has already begun is still this one. */
		if (future == TENSE_FUTURE && b->year == 0 && a->day != 0 && b->day != 0)
		{
			int			end_year = a->year - 1 +
				(b->month < a->month || (b->month == a->month && b->day < a->day));

			if (cl_valid_date(end_year, b->month, b->day) &&
				cl_days_from_civil(end_year, b->month, b->day) >= sc->opt->anchor)
				a->year--;
		}
	}
	if (b->year == 0)
	{
		b->year = a->year;
		if (b->month < a->month || (b->month == a->month && b->day < a->day))
			b->year++;
	}
	if (!cal_value(sc, a, future, &lo) || !cal_value(sc, b, future, &hi))
		return false;
	return cl_timex_range(&lo, &hi, out);
}

/* Ranges written as one unit: "20-24 March [2024]", "2022-2024", "1914–1918". */
static bool
glued_range_at(const scan *sc, size_t i, cal *a, cal *b)
{
	size_t		k;
	int			d1,
				d2,
				m,
				y1,
				y2;

	memset(a, 0, sizeof(*a));
	memset(b, 0, sizeof(*b));
	if (!is_punct(sc, i + 1, '-') || i + 2 >= sc->n)
		return false;
	if ((d1 = day_at(sc, i)) != 0 && (d2 = day_at(sc, i + 2)) != 0 && d2 > d1 &&
		(m = month_at(sc, i + 3, &k)) != 0 && cl_valid_date(2000, m, d2))
	{
		a->first = i;
		a->month = b->month = m;
		a->day = d1;
		b->day = d2;
		b->end = k + trailing_year(sc, k, &b->year);
		return true;
	}
	if ((y1 = year_at(sc, i)) != 0 && (y2 = year_at(sc, i + 2)) != 0 && y2 > y1 &&
		glued(sc, i + 1) && glued(sc, i + 2))
	{
		a->first = i;
		a->year = y1;
		b->year = y2;
		b->end = i + 3;
		return true;
	}
	return false;
}

/* A calendar item at i, possibly the start of a range. */
static bool
match_calendar(const scan *sc, size_t i, hit *h)
{
	cal			a,
				b;
	bool		between = false;
	size_t		at = i;
	tense		future;

	if (is_word(sc, i, W_FROM) || is_word(sc, i, W_BETWEEN))
	{
		between = is_word(sc, i, W_BETWEEN);
		at = i + 1;
	}
	if (glued_range_at(sc, at, &a, &b))
	{
		h->first = i;
		h->end = b.end;
		h->kind = CL_DATE_RANGE;
		future = tense_of(sc, h->first, h->end);
		h->has_value = range_value(sc, &a, &b, future, &h->value);
		return true;
	}
	if (!calendar_at(sc, at, &a))
		return false;
	/* "from December 23, 2024, to January 6, 2025": a comma may close the start. */
	if (a.year != 0 && is_punct(sc, a.end, ',') && range_connector(sc, a.end + 1, between) &&
		!is_punct(sc, a.end + 1, '-'))
		a.end++;
	if (a.end < sc->n && range_connector(sc, a.end, between) &&
		range_end_at(sc, &a, a.end + 1, &b))
	{
		h->first = i;
		h->end = b.end;
		/* "March 25 to 27, 2024": a trailing year closes the whole range. */
		if (a.year == 0 && b.year == 0 && a.day != 0)
			h->end += trailing_year(sc, b.end, &b.year);
		h->kind = CL_DATE_RANGE;
		future = tense_of(sc, h->first, h->end);
		h->has_value = range_value(sc, &a, &b, future, &h->value);
		return true;
	}
	if (at != i)
		return false;			/* "from" without a range: the date alone matches later */
	h->first = a.first;
	h->end = a.end;
	h->kind = CL_DATE_DATE;
	future = tense_of(sc, h->first, h->end);
	h->has_value = cal_value(sc, &a, future, &h->value);
	return true;
}

/* ---- other forms --------------------------------------------------------------- */

/* ISO date-time: 2024-03-28T01:27:19Z. */
static bool
match_stamp(const scan *sc, size_t i, hit *h)
{
	cl_stamp	st;
	size_t		start,
				used,
				k;
	int64_t		micros;

	if (!year_at(sc, i) || !is_punct(sc, i + 1, '-') || !glued(sc, i + 1))
		return false;
	start = sc->t[i].start;
	if (start > 0 && (cl_is_word_byte(sc->text[start - 1]) || sc->text[start - 1] == '-'))
		return false;
	used = cl_iso_stamp_parse(sc->text + start, sc->t[sc->n - 1].end - start, &st);
	if (used == 0 || !st.has_time)
		return false;
	for (k = i; k < sc->n && sc->t[k].start < start + used; k++)
		;
	micros = ((int64_t) st.hour * 3600 + st.minute * 60 + st.second) * 1000000 + st.microsecond;
	h->first = i;
	h->end = k;
	h->kind = CL_DATE_STAMP;
	h->has_value = cl_timex_instant(st.year, st.month, st.day, micros, st.has_zone,
									st.utc_offset, &h->value);
	return true;
}

/* Numeric dates: 03/25/2024 (order from the options), 2024/03/25. */
static bool
match_numeric(const scan *sc, size_t i, hit *h)
{
	const token *t = sc->t;
	int			a,
				b,
				y,
				m,
				d;

	if (i + 4 >= sc->n || !plain_number(&t[i]) || !is_punct(sc, i + 1, '/') ||
		!plain_number(&t[i + 2]) || !is_punct(sc, i + 3, '/') || !plain_number(&t[i + 4]) ||
		!glued(sc, i + 1) || !glued(sc, i + 2) || !glued(sc, i + 3) || !glued(sc, i + 4))
		return false;
	if (i + 5 < sc->n && glued(sc, i + 5) && (is_punct(sc, i + 5, '/') || t[i + 5].type == T_NUM))
		return false;
	if (t[i].ndigits == 4 && t[i + 2].ndigits <= 2 && t[i + 4].ndigits <= 2)
	{
		y = t[i].value;
		m = t[i + 2].value;
		d = t[i + 4].value;
	}
	else if (t[i].ndigits <= 2 && t[i + 2].ndigits <= 2 && t[i + 4].ndigits == 4)
	{
		a = t[i].value;
		b = t[i + 2].value;
		y = t[i + 4].value;
		m = sc->opt->day_first ? b : a;
		d = sc->opt->day_first ? a : b;
	}
	else
		return false;
	if (!cl_valid_date(y, m, d))
		return false;
	h->first = i;
	h->end = i + 5;
	h->kind = CL_DATE_DATE;
	h->has_value = cl_timex_day(y, m, d, &h->value);
	return true;
}

/* Decades and centuries: the 1980s, the '80s, the 19th century. */
static bool
match_era(const scan *sc, size_t i, hit *h)
{
	size_t		j = i;
	const token *t;

	if (is_word(sc, j, W_THE))
		j++;
	if (j >= sc->n)
		return false;
	t = &sc->t[j];
	if (is_punct(sc, j, '\'') && j + 1 < sc->n && sc->t[j + 1].type == T_NUM &&
		sc->t[j + 1].ndigits == 2 && (sc->t[j + 1].flags & F_PLURAL) && glued(sc, j + 1) &&
		sc->t[j + 1].value % 10 == 0)
	{
		h->first = i;
		h->end = j + 2;
		h->kind = CL_DATE_DATE;
		h->has_value = cl_timex_decade(1900 + sc->t[j + 1].value, &h->value);
		return true;
	}
	if (t->type == T_NUM && (t->flags & F_PLURAL) && t->ndigits == 4 && t->value % 10 == 0 &&
		!(t->flags & (F_GROUPED | F_DECIMAL)))
	{
		h->first = i;
		h->end = j + 1;
		h->kind = CL_DATE_DATE;
		if (t->value % 100 == 0 && t->value < 2000)
			h->has_value = cl_timex_century(t->value, &h->value);
		else
			h->has_value = cl_timex_decade(t->value, &h->value);
		return true;
	}
	if (t->type == T_NUM && (t->flags & F_ORDINAL) && t->ndigits <= 2 && t->value >= 1 &&
		word_at(sc, j + 1) == W_UNIT && sc->t[j + 1].value == U_CENTURY)
	{
		h->first = i;
		h->end = j + 2;
		h->kind = CL_DATE_DATE;
		h->has_value = cl_timex_century((t->value - 1) * 100, &h->value);
		return true;
	}
	return false;
}

/* "of 2024", "2024", "of last year", "of this year": the year a part belongs to. */
static size_t
year_of(const scan *sc, size_t i, int *year, bool *relative)
{
	size_t		j = i + (is_word(sc, i, W_OF) ? 1 : 0);
	int			y;
	int			ay,
				am,
				ad;

	*relative = false;
	if ((y = year_at(sc, j)) != 0)
	{
		*year = y;
		return j + 1 - i;
	}
	if (j > i && is_word(sc, j, W_THE) && word_at(sc, j + 1) == W_UNIT &&
		sc->t[j + 1].value == U_YEAR)
	{
		*relative = true;
		anchor_civil(sc, &ay, &am, &ad);
		*year = sc->opt->has_anchor ? ay : 0;
		return j + 2 - i;
	}
	if (j + 1 < sc->n && word_at(sc, j + 1) == W_UNIT && sc->t[j + 1].value == U_YEAR &&
		(is_word(sc, j, W_LAST) || is_word(sc, j, W_THIS) || is_word(sc, j, W_NEXT) ||
		 is_word(sc, j, W_PREVIOUS) || is_word(sc, j, W_CURRENT)))
	{
		*relative = true;
		if (!sc->opt->has_anchor)
		{
			*year = 0;
			return j + 2 - i;
		}
		anchor_civil(sc, &ay, &am, &ad);
		*year = ay + (is_word(sc, j, W_LAST) || is_word(sc, j, W_PREVIOUS) ? -1 :
					  is_word(sc, j, W_NEXT) ? 1 : 0);
		return j + 2 - i;
	}
	return 0;
}

/* Quarters and halves: Q1 2024, the first quarter of 2024, the second half. */
static bool
match_part(const scan *sc, size_t i, hit *h)
{
	size_t		j = i,
				end;
	int			part = 0,
				unit = 0,
				year = 0;
	bool		relative = false;
	int			ay,
				am,
				ad;

	if (is_word(sc, j, W_THE))
		j++;
	if (j < sc->n && sc->t[j].type == T_WORD && sc->t[j].end - sc->t[j].start == 2 &&
		(sc->text[sc->t[j].start] == 'Q' || sc->text[sc->t[j].start] == 'H') &&
		cl_is_ascii_digit(sc->text[sc->t[j].start + 1]))
	{
		unit = sc->text[sc->t[j].start] == 'Q' ? U_QUARTER : U_HALF;
		part = sc->text[sc->t[j].start + 1] - '0';
		end = j + 1;
	}
	else if (word_at(sc, j) == W_ORDINAL || word_at(sc, j) == W_SECOND)
	{
		size_t		u = j + 1 + (is_punct(sc, j + 1, '-') ? 1 : 0);

		if (word_at(sc, u) != W_UNIT ||
			(sc->t[u].value != U_QUARTER && sc->t[u].value != U_HALF))
			return false;
		unit = sc->t[u].value;
		part = word_at(sc, j) == W_SECOND ? 2 : sc->t[j].value;
		end = u + 1;
	}
	else
		return false;
	if ((unit == U_QUARTER && (part < 1 || part > 4)) || (unit == U_HALF && (part < 1 || part > 2)))
		return false;
	end += year_of(sc, end, &year, &relative);
	h->first = i;
	h->end = end;
	h->kind = relative ? CL_DATE_RELATIVE : CL_DATE_DATE;
	if (year == 0)
	{
		if (!sc->opt->has_anchor)
		{
			h->has_value = false;
			return true;
		}
		anchor_civil(sc, &ay, &am, &ad);
		year = ay;
		/* The nearest such part in the tense's direction. */
		{
			int			current = unit == U_QUARTER ? (am - 1) / 3 + 1 : (am - 1) / 6 + 1;
			tense		t = tense_of(sc, h->first, h->end);

			if (t == TENSE_FUTURE && part < current)
				year++;
			else if (t != TENSE_FUTURE && part > current)
				year--;
		}
	}
	h->has_value = unit == U_QUARTER ? cl_timex_quarter(year, part, &h->value) :
		cl_timex_half(year, part, &h->value);
	return true;
}

/* The season of code s (0 SP .. 3 WI) that holds day, if any; else its year's. */
static int
season_year_of(int32_t day, int s)
{
	int			y,
				m,
				d;

	cl_civil_from_days(day, &y, &m, &d);
	if (s == 3 && m <= 2)
		return y - 1;
	return y;
}

/* Seasons: spring 2024, the summer of 2023, this winter, last summer, in the spring. */
static bool
match_season(const scan *sc, size_t i, hit *h)
{
	size_t		j = i,
				end;
	int			s,
				year = 0,
				rel = 0;
	bool		relative = false;
	bool		has_rel = false;

	if (is_word(sc, j, W_THIS) || is_word(sc, j, W_LAST) || is_word(sc, j, W_NEXT))
	{
		rel = is_word(sc, j, W_LAST) ? -1 : is_word(sc, j, W_NEXT) ? 1 : 0;
		has_rel = true;
		j++;
	}
	else if (is_word(sc, j, W_THE))
		j++;
	if (word_at(sc, j) != W_SEASON)
		return false;
	s = sc->t[j].value;
	end = j + 1;
	end += year_of(sc, end, &year, &relative);
	/* "fall" is a verb unless a year or a determiner makes it the season. */
	if (cl_ascii_lower(sc->text[sc->t[j].start]) == 'f' && year == 0 && !has_rel &&
		!(j > 0 && (is_word(sc, j - 1, W_THE) && j >= 2 &&
					(is_word(sc, j - 2, W_IN) || is_word(sc, j - 2, W_DURING)))))
		return false;
	if (year == 0 && !has_rel && j == i && !date_context(sc, i))
		return false;
	h->first = i;
	h->end = end;
	h->kind = (has_rel || relative || year == 0) ? CL_DATE_RELATIVE : CL_DATE_DATE;
	if (year == 0)
	{
		int32_t		a;
		int			y;
		cl_timex	cur;

		if (!sc->opt->has_anchor)
		{
			h->has_value = false;
			return true;
		}
		a = sc->opt->anchor;
		y = season_year_of(a, s);
		if (!cl_timex_season(y, s, &cur))
			return h->has_value = false, true;
		if (has_rel && rel < 0)
			y = cur.upper < a ? y : y - 1;
		else if (has_rel && rel > 0)
			y = cur.lower > a ? y : y + 1;
		else if (!has_rel)
		{
			tense		t = tense_of(sc, h->first, h->end);

			if (t == TENSE_FUTURE && cur.upper < a)
				y++;
			else if (t != TENSE_FUTURE && cur.lower > a)
				y--;
		}
		year = y;
	}
	h->has_value = cl_timex_season(year, s, &h->value);
	return true;
}

/* today, yesterday, this week, last year, next Monday, two days ago, ... */
static bool
match_relative(const scan *sc, size_t i, hit *h)
{
	int			w = word_at(sc, i);
	bool		anchored = sc->opt->has_anchor;
	int32_t		a = sc->opt->anchor;
	int			y,
				m,
				d;

	h->first = i;
	h->kind = CL_DATE_RELATIVE;
	h->has_value = false;
	switch (w)
	{
		case W_TODAY:
		case W_TONIGHT:
		case W_YESTERDAY:
		case W_TOMORROW:
			h->end = i + 1;
			if (anchored)
			{
				int			delta = w == W_YESTERDAY ? -1 : w == W_TOMORROW ? 1 : 0;

				cl_civil_from_days(a + delta, &y, &m, &d);
				h->has_value = cl_timex_day(y, m, d, &h->value);
			}
			return true;
		case W_THIS:
		case W_LAST:
		case W_NEXT:
		case W_PREVIOUS:
		case W_COMING:
		case W_CURRENT:
			{
				int			delta = (w == W_LAST || w == W_PREVIOUS) ? -1 :
					(w == W_NEXT || w == W_COMING) ? 1 : 0;
				int			w2 = word_at(sc, i + 1);

				if (w2 == W_UNIT)
				{
					int			unit = sc->t[i + 1].value;

					if (unit != U_WEEK && unit != U_MONTH && unit != U_YEAR && unit != U_QUARTER)
						return false;
					h->end = i + 2;
					if (anchored)
						h->has_value = unit_offset(sc, unit, delta, &h->value);
					return true;
				}
				if (w2 == W_WEEKDAY && (w == W_THIS || w == W_LAST || w == W_NEXT))
				{
					int			wd = sc->t[i + 1].value;
					int			wa;
					int32_t		day;

					h->end = i + 2;
					if (!anchored)
						return true;
					wa = cl_weekday(a);
					if (w == W_LAST)
						day = a - ((wa - wd + 6) % 7 + 1);
					else if (w == W_NEXT)
						day = a + ((wd - wa + 6) % 7 + 1);
					else
						day = a - wa + wd;
					cl_civil_from_days(day, &y, &m, &d);
					h->has_value = cl_timex_day(y, m, d, &h->value);
					return true;
				}
				/* this morning, last night */
				if ((w == W_THIS && (w2 == W_MORNING || w2 == W_AFTERNOON || w2 == W_EVENING)) ||
					(w == W_LAST && w2 == W_NIGHT))
				{
					h->end = i + 2;
					if (anchored)
					{
						cl_civil_from_days(a - (w == W_LAST ? 1 : 0), &y, &m, &d);
						h->has_value = cl_timex_day(y, m, d, &h->value);
					}
					return true;
				}
				return false;
			}
		case W_EARLIER:
		case W_LATER:
			/* earlier this month, later this year */
			if (is_word(sc, i + 1, W_THIS) && word_at(sc, i + 2) == W_UNIT)
			{
				int			unit = sc->t[i + 2].value;

				if (unit != U_WEEK && unit != U_MONTH && unit != U_YEAR)
					return false;
				h->end = i + 3;
				if (anchored)
					h->has_value = unit_offset(sc, unit, 0, &h->value);
				return true;
			}
			return false;
		case W_WEEKDAY:
			/* "Chief Sunday Okon", "the Sunday Times": a name, not a day. */
			if (!(sc->t[i].flags & F_CAP) ||
				(i + 1 < sc->n && sc->t[i + 1].type == T_WORD && (sc->t[i + 1].flags & F_CAP) &&
				 sc->t[i + 1].word != W_MONTH && sc->t[i + 1].word != W_MONTH_ABBR))
				return false;
			h->end = i + 1;
			if (anchored)
			{
				int			wd = sc->t[i].value;
				int			wa = cl_weekday(a);
				int32_t		day;

				tense		t = tense_of(sc, h->first, h->end);
				int			back = (wa - wd + 7) % 7,
							ahead = (wd - wa + 7) % 7;

				if (t == TENSE_FUTURE || (t == TENSE_PRESENT && ahead < back))
					day = a + ahead;
				else
					day = a - back;
				cl_civil_from_days(day, &y, &m, &d);
				h->has_value = cl_timex_day(y, m, d, &h->value);
			}
			return true;
		default:
			break;
	}
	return false;
}

/* A count: 3, three, a.  *n receives it (0 when vague: "several"). */
static bool
count_at(const scan *sc, size_t i, int *n)
{
	if (i >= sc->n)
		return false;
	if (sc->t[i].type == T_NUM && !(sc->t[i].flags & (F_DECIMAL | F_PLURAL | F_ALNUM | F_ORDINAL)))
	{
		*n = sc->t[i].value;
		return true;
	}
	if (word_at(sc, i) == W_NUMBER)
	{
		*n = sc->t[i].value;
		/* twenty-five */
		return true;
	}
	return false;
}

/* The word at token i, compared without case with a lowercase ASCII word. */
static bool
token_is(const scan *sc, size_t i, const char *word)
{
	size_t		len = strlen(word);

	if (i >= sc->n || sc->t[i].type != T_WORD || sc->t[i].end - sc->t[i].start != len)
		return false;
	for (size_t k = 0; k < len; k++)
		if (cl_ascii_lower(sc->text[sc->t[i].start + k]) != word[k])
			return false;
	return true;
}

/*
 * "the first visit in four decades", "the lowest level in 10 years": a
 * superlative shortly before "in" (token in_pos) makes "in N years" a span
 * looking back, not a date N years ahead.  A future cue in between ("the
 * first meeting will be held in two years") keeps the date.
 */
static bool
after_superlative(const scan *sc, size_t in_pos)
{
	static const char *const superlatives[] = {
		"first", "last", "only", "highest", "lowest", "biggest", "largest", "smallest",
		"best", "worst", "most", "least", "longest", "shortest", "strongest", "weakest",
		"deadliest", "fastest", "slowest", "fewest", "greatest", "hottest", "coldest",
		"warmest", "wettest", "driest", "heaviest", "deepest", "steepest", "sharpest"};
	static const char *const future[] = {
		"will", "would", "shall", "could", "may", "might", "due", "expected",
		"scheduled", "planned", "set", "going"};

	for (size_t back = 1; back <= 8 && back <= in_pos; back++)
	{
		size_t		k = in_pos - back;

		if (sc->t[k].type == T_PUNCT && (sc->t[k].value == '.' || sc->t[k].value == '!' ||
										 sc->t[k].value == '?' || sc->t[k].value == ';'))
			return false;
		for (size_t f = 0; f < sizeof(future) / sizeof(future[0]); f++)
			if (token_is(sc, k, future[f]))
				return false;
		for (size_t w = 0; w < sizeof(superlatives) / sizeof(superlatives[0]); w++)
			if (token_is(sc, k, superlatives[w]))
				return true;
	}
	return false;
}

/* "two days ago", "three days", "a three-day visit", "5 Mins Read", "in two weeks". */
static bool
match_amount(const scan *sc, size_t i, hit *h)
{
	int			n,
				unit;
	size_t		u = i + 1;
	bool		is_article = is_word(sc, i, W_NUMBER) && sc->t[i].value == 1 &&
		cl_ascii_lower(sc->text[sc->t[i].start]) == 'a';

	if (!count_at(sc, i, &n))
		return false;
	if (is_punct(sc, u, '-') && glued(sc, u) && glued(sc, u + 1))
		u++;
	if (word_at(sc, u) != W_UNIT && word_at(sc, u) != W_SECOND)
		return false;
	unit = word_at(sc, u) == W_SECOND ? U_SECOND : sc->t[u].value;
	if (unit == U_HALF || unit == U_WEEKEND || (unit == U_QUARTER && (is_article || n < 2)))
		return false;
	h->first = i;
	h->end = u + 1;
	h->has_value = false;
	if (is_word(sc, u + 1, W_AGO))
	{
		h->end = u + 2;
		h->kind = CL_DATE_RELATIVE;
		if (sc->opt->has_anchor && n > 0 && unit >= U_DAY)
			h->has_value = unit_offset(sc, unit, -n, &h->value);
		return true;
	}
	if (is_word(sc, u + 1, W_EARLIER) || is_word(sc, u + 1, W_LATER))
	{
		h->end = u + 2;
		h->kind = CL_DATE_RELATIVE;	/* relative to an event we do not resolve */
		return true;
	}
	/*
	 * "in two weeks": a date that far after the anchor, unless a superlative
	 * makes it a span ("the first visit in four decades", months and longer).
	 */
	if (i > 0 && is_word(sc, i - 1, W_IN) && !is_article && n > 0 && unit >= U_DAY &&
		!(unit >= U_MONTH && unit <= U_CENTURY && after_superlative(sc, i - 1)))
	{
		h->kind = CL_DATE_RELATIVE;
		if (sc->opt->has_anchor)
			h->has_value = unit_offset(sc, unit, n, &h->value);
		return true;
	}
	/* "a year" is only a duration after for, over, within, past, about... */
	if (is_article && !is_word(sc, u + 1, W_OF) &&
		!(i > 0 && (is_word(sc, i - 1, W_FOR) || is_word(sc, i - 1, W_OVER) ||
					is_word(sc, i - 1, W_WITHIN) || is_word(sc, i - 1, W_PAST) ||
					is_word(sc, i - 1, W_ABOUT) || is_word(sc, i - 1, W_NEARLY) ||
					is_word(sc, i - 1, W_ALMOST) || is_word(sc, i - 1, W_IN) ||
					is_word(sc, i - 1, W_AFTER))))
		return false;
	if (unit == U_MINUTE && is_word(sc, u + 1, W_READ))
		h->end = u + 2;
	h->kind = CL_DATE_DURATION;
	/* Unit codes of the vocabulary are those of cl_duration_unit; quarters are months. */
	if (unit == U_QUARTER)
		h->has_value = cl_timex_duration((int64_t) n * 3, CL_DUR_MONTH, &h->value);
	else
		h->has_value = cl_timex_duration(n > 0 ? n : -1, (cl_duration_unit) unit, &h->value);
	return true;
}

/* every Monday, each year, daily, once a week, annually. */
static bool
match_set(const scan *sc, size_t i, hit *h)
{
	int			w = word_at(sc, i);
	int			n;

	h->first = i;
	h->kind = CL_DATE_SET;
	h->has_value = false;
	switch (w)
	{
		case W_DAILY:
		case W_WEEKLY:
		case W_MONTHLY:
		case W_ANNUALLY:
		case W_YEARLY:
		case W_QUARTERLY:
		case W_NIGHTLY:
		case W_BIWEEKLY:
			h->end = i + 1;
			return true;
		case W_EVERY:
		case W_EACH:
			if (word_at(sc, i + 1) == W_UNIT || word_at(sc, i + 1) == W_WEEKDAY ||
				word_at(sc, i + 1) == W_MONTH || word_at(sc, i + 1) == W_SEASON ||
				is_word(sc, i + 1, W_MORNING) || is_word(sc, i + 1, W_NIGHT) ||
				is_word(sc, i + 1, W_EVENING))
			{
				h->end = i + 2;
				return true;
			}
			if (count_at(sc, i + 1, &n) && word_at(sc, i + 2) == W_UNIT)
			{
				h->end = i + 3;
				return true;
			}
			return false;
		case W_ONCE:
		case W_TWICE:
			if ((is_word(sc, i + 1, W_NUMBER) || is_word(sc, i + 1, W_PER)) &&
				word_at(sc, i + 2) == W_UNIT)
			{
				h->end = i + 3;
				return true;
			}
			return false;
		default:
			return false;
	}
}

static bool match_at(const scan *sc, size_t i, hit *h);

/*
 * Fuzzy modifiers: early 2024, mid-2023, late last year, the end of March,
 * the beginning of next year: the value of the whole span, modifier kept.
 */
static bool
match_modified(const scan *sc, size_t i, hit *h)
{
	size_t		j = i;
	int			mod = CL_MOD_NONE;

	if (is_word(sc, j, W_THE) && (is_word(sc, j + 1, W_END) || is_word(sc, j + 1, W_BEGINNING) ||
								   is_word(sc, j + 1, W_START) || is_word(sc, j + 1, W_MIDDLE) ||
								   is_word(sc, j + 1, W_EARLY) || is_word(sc, j + 1, W_MID) ||
								   is_word(sc, j + 1, W_LATE)))
		j++;
	switch (word_at(sc, j))
	{
		case W_EARLY:
		case W_BEGINNING:
		case W_START:
			mod = CL_MOD_START;
			break;
		case W_MID:
		case W_MIDDLE:
			mod = CL_MOD_MID;
			break;
		case W_LATE:
		case W_END:
			mod = CL_MOD_END;
			break;
		default:
			return false;
	}
	j++;
	if (word_at(sc, j - 1) == W_END || word_at(sc, j - 1) == W_BEGINNING ||
		word_at(sc, j - 1) == W_START || word_at(sc, j - 1) == W_MIDDLE)
	{
		if (!is_word(sc, j, W_OF))
			return false;
		j++;
	}
	else if (is_punct(sc, j, '-') && glued(sc, j) && glued(sc, j + 1))
		j++;
	if (j >= sc->n || is_word(sc, j, W_EARLY) || is_word(sc, j, W_LATE) || is_word(sc, j, W_MID))
		return false;
	if (is_word(sc, j, W_THE) && word_at(sc, j + 1) == W_UNIT &&
		(sc->t[j + 1].value == U_YEAR || sc->t[j + 1].value == U_MONTH ||
		 sc->t[j + 1].value == U_WEEK))
	{
		/* "the end of the year": the anchor's own year, month or week. */
		h->first = j;
		h->end = j + 2;
		h->kind = CL_DATE_RELATIVE;
		h->has_value = sc->opt->has_anchor &&
			unit_offset(sc, sc->t[j + 1].value, 0, &h->value);
	}
	else if (!match_at(sc, j, h) || h->first != j ||
			 (h->kind != CL_DATE_DATE && h->kind != CL_DATE_RELATIVE))
		return false;
	if (h->has_value && (h->value.grain == CL_GRAIN_DAY || h->value.grain == CL_GRAIN_INSTANT))
		return false;
	h->first = i;
	if (h->has_value)
		h->value.mod = (uint8_t) mod;
	return true;
}

/* Cheap test before match_at: most tokens are words that start nothing. */
static inline bool
can_start(const scan *sc, size_t i)
{
	const token *t = &sc->t[i];
	const token *next = i + 1 < sc->n ? &sc->t[i + 1] : NULL;

	if (t->type == T_WORD && (t->word == W_THE || t->word == W_NUMBER))
	{
		/* "the" and "a" open an expression only before a few words. */
		if (next == NULL)
			return false;
		if (next->type == T_NUM)
			return t->word == W_THE ? (next->flags & (F_PLURAL | F_ORDINAL)) != 0 : true;
		if (next->type == T_PUNCT)
			return next->value == '\'' || next->value == '-';
		if (t->word == W_NUMBER)
			return next->word == W_UNIT || next->word == W_SECOND;
		switch (next->word)
		{
			case W_END:
			case W_BEGINNING:
			case W_START:
			case W_MIDDLE:
			case W_EARLY:
			case W_MID:
			case W_LATE:
			case W_ORDINAL:
			case W_SECOND:
			case W_SEASON:
			case W_LAST:
			case W_NEXT:
			case W_PREVIOUS:
			case W_COMING:
			case W_CURRENT:
				return true;
			case W_NONE:
				return next->end - next->start == 2;	/* the Q1 results */
			default:
				return false;
		}
	}
	if (t->type == T_PUNCT)
		return t->value == '\'';
	if (t->type == T_NUM)
	{
		/* Most numbers are amounts: only these shapes can open a date. */
		if (t->ndigits == 4 || (t->flags & (F_PLURAL | F_ORDINAL)))
			return true;
		if (next == NULL || (t->flags & (F_GROUPED | F_DECIMAL | F_ALNUM)))
			return false;
		if (next->type == T_PUNCT)
			return next->value == '-' || next->value == '/';
		return next->word == W_UNIT || next->word == W_SECOND || next->word == W_MONTH ||
			next->word == W_MONTH_ABBR || next->word == W_OF;
	}
	if (t->type != T_WORD)
		return true;
	switch (t->word)
	{
		case W_NONE:
			return t->end - t->start == 2;	/* Q1, H2 */
		case W_IN:
		case W_ON:
		case W_AT:
		case W_OF:
		case W_TO:
		case W_AND:
		case W_FOR:
		case W_BY:
		case W_SINCE:
		case W_DURING:
		case W_BEFORE:
		case W_AFTER:
		case W_UNTIL:
		case W_TILL:
		case W_THROUGH:
		case W_THRU:
		case W_WITHIN:
		case W_OVER:
		case W_AROUND:
		case W_ABOUT:
		case W_NEARLY:
		case W_ALMOST:
		case W_PER:
		case W_FISCAL:
		case W_OLD:
		case W_READ:
		case W_AGO:
		case W_END:
		case W_BEGINNING:
		case W_START:
		case W_MIDDLE:
		case W_MORNING:
		case W_AFTERNOON:
		case W_EVENING:
		case W_NIGHT:
		case W_UNIT:
		case W_CUE_FUTURE:
		case W_CUE_PAST:
		case W_BE:
		case W_BE_PRESENT:
			return false;		/* these only continue an expression */
		default:
			return true;
	}
}

/* Try every form at token i, most specific first. */
static bool
match_at(const scan *sc, size_t i, hit *h)
{
	const token *t = &sc->t[i];

	memset(h, 0, sizeof(*h));
	if (t->type == T_NUM)
		return match_stamp(sc, i, h) || match_numeric(sc, i, h) || match_era(sc, i, h) ||
			match_calendar(sc, i, h) || match_amount(sc, i, h);
	if (t->type == T_PUNCT)
		return is_punct(sc, i, '\'') && match_era(sc, i, h);
	switch (t->word)
	{
		case W_NONE:
			/* Q1, H2 */
			return t->end - t->start == 2 && match_part(sc, i, h);
		case W_THE:
			if (match_modified(sc, i, h) || match_era(sc, i, h) || match_part(sc, i, h) ||
				match_season(sc, i, h))
				return true;
			if (i + 1 < sc->n && (is_word(sc, i + 1, W_LAST) || is_word(sc, i + 1, W_NEXT) ||
								  is_word(sc, i + 1, W_PREVIOUS) || is_word(sc, i + 1, W_COMING) ||
								  is_word(sc, i + 1, W_CURRENT)) &&
				match_relative(sc, i + 1, h))
			{
				h->first = i;
				return true;
			}
			return false;
		case W_EARLY:
		case W_MID:
		case W_LATE:
			return match_modified(sc, i, h);
		case W_FROM:
		case W_BETWEEN:
		case W_MONTH:
		case W_MONTH_ABBR:
			return match_calendar(sc, i, h);
		case W_WEEKDAY:
			return match_calendar(sc, i, h) || match_relative(sc, i, h);
		case W_THIS:
		case W_LAST:
		case W_NEXT:
			return match_season(sc, i, h) || match_relative(sc, i, h);
		case W_SEASON:
			return match_season(sc, i, h);
		case W_ORDINAL:
		case W_SECOND:
			return match_part(sc, i, h);
		case W_NUMBER:
			return match_amount(sc, i, h);
		case W_EVERY:
		case W_EACH:
		case W_DAILY:
		case W_WEEKLY:
		case W_MONTHLY:
		case W_ANNUALLY:
		case W_YEARLY:
		case W_QUARTERLY:
		case W_NIGHTLY:
		case W_BIWEEKLY:
		case W_ONCE:
		case W_TWICE:
			return match_set(sc, i, h);
		default:
			return match_relative(sc, i, h);
	}
}

/* ---- driver ------------------------------------------------------------------ */

static void
emit(scan *sc, const hit *h)
{
	cl_date_mention m;

	m.start = sc->t[h->first].start;
	m.len = sc->t[h->end - 1].end - m.start;
	m.kind = h->kind;
	m.has_value = h->has_value;
	if (h->has_value)
		m.value = h->value;
	else
		memset(&m.value, 0, sizeof(m.value));
	sc->sink(sc->arg, &m);
}

void
cl_dates_scan(const cl_env *env, const char *text, size_t len,
			  const cl_date_options *options, cl_date_sink sink, void *arg)
{
	scan		sc;
	size_t		pos = 0;

	if (len > UINT32_MAX)
		cl_fail(env, CL_ERR_TOO_LARGE, "text too large for date extraction");
	sc.env = env;
	sc.text = text;
	sc.opt = options;
	sc.sink = sink;
	sc.arg = arg;
	/* Every token starts at a byte of its own: a short text needs fewer than a window. */
	sc.t = cl_alloc(env, sizeof(token) * (len < WINDOW_TOKENS ? (len > 0 ? len : 1) : WINDOW_TOKENS));

	/*
	 * The text is matched in windows of tokens; consecutive windows overlap
	 * so that an expression (and the verb deciding its tense) near the end
	 * of one is seen whole in the next.
	 */
	while (pos < len)
	{
		size_t		stop = tokenize(&sc, pos, len);
		bool		last = stop >= len;
		size_t		limit = last ? sc.n : sc.n - WINDOW_MARGIN;
		size_t		i = 0;

		while (i < limit)
		{
			hit			h;

			if (can_start(&sc, i) && match_at(&sc, i, &h) && h.end > h.first)
			{
				emit(&sc, &h);
				i = h.end;
			}
			else
				i++;
		}
		if (last)
			break;
		pos = i < sc.n ? sc.t[i].start : stop;
		cl_poll(env);
	}
	cl_release(env, sc.t);
}
