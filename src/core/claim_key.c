/*
 * claim_key.c — the key of a claim and its numbers (see claim_key.h).
 */
#include "claim_key.h"

#include <stdint.h>
#include <string.h>

#include "claim_words_table.h"
#include "entities.h"
#include "entity_key.h"
#include "entity_words.h"
#include "text_chars.h"
#include "text_match.h"
#include "timex.h"
#include "word_slots.h"

#define STEM_MAX 32

typedef struct span
{
	size_t		s;
	size_t		e;
} span;

#define DATE_SPANS_INLINE 8

typedef struct date_pick
{
	const cl_env *env;
	span	   *spans;			/* every date expression, to skip its numbers */
	size_t		count;
	size_t		cap;
	bool		found;
	cl_timex	best;
	span		inline_spans[DATE_SPANS_INLINE];	/* spans, until there are more */
} date_pick;

/* Looked up through the generated table CL_STOP_WORDS (scripts/gen_claim_words.py). */
static const char *const stop_words[] = {
	"a", "about", "according", "across", "added", "additionally", "after",
	"again", "against", "all", "alleged", "allegedly", "almost", "also",
	"although", "amid", "amidst", "among", "an", "and", "announced", "another",
	"any", "approximately", "are", "around", "as", "at", "be", "because",
	"been", "before", "being", "between", "both", "but", "by", "can", "claimed",
	"could", "deeply", "did", "do", "does", "down", "during", "each", "earlier",
	"either", "even", "few", "for", "former", "from", "further", "furthermore",
	"had", "has", "have", "having", "he", "her", "here", "highlighted", "him",
	"his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just",
	"later", "least", "less", "many", "may", "me", "meanwhile", "might", "more",
	"moreover", "most", "much", "must", "my", "nearly", "neither", "no", "nor",
	"not", "notably", "now", "of", "off", "on", "only", "onto", "or", "other",
	"our", "out", "over", "own", "per", "purportedly", "recently", "reported",
	"reportedly", "said", "same", "say", "says", "shall", "she", "should",
	"since", "so", "some", "stated", "still", "such", "than", "that", "the",
	"their", "them", "then", "there", "these", "they", "this", "those",
	"though", "through", "to", "told", "too", "under", "until", "up", "upon",
	"us", "very", "via", "was", "we", "were", "what", "when", "where",
	"whether", "which", "while", "who", "whom", "whose", "why", "widely",
	"will", "with", "within", "without", "would", "yet", "you", "your",
};

#define STOP_WORDS (sizeof(stop_words) / sizeof(stop_words[0]))

/* Number words: value, and whether it multiplies (hundred, thousand). */
typedef struct number_word
{
	const char *word;
	uint64_t	value;
	int			scale;			/* 0: a unit; 2: hundred; 3+: thousand, million... */
} number_word;

static const number_word number_words[] = {
	{"zero", 0, 0}, {"one", 1, 0}, {"two", 2, 0}, {"three", 3, 0}, {"four", 4, 0},
	{"five", 5, 0}, {"six", 6, 0}, {"seven", 7, 0}, {"eight", 8, 0}, {"nine", 9, 0},
	{"ten", 10, 0}, {"eleven", 11, 0}, {"twelve", 12, 0}, {"thirteen", 13, 0},
	{"fourteen", 14, 0}, {"fifteen", 15, 0}, {"sixteen", 16, 0},
	{"seventeen", 17, 0}, {"eighteen", 18, 0}, {"nineteen", 19, 0},
	{"twenty", 20, 0}, {"thirty", 30, 0}, {"forty", 40, 0}, {"fifty", 50, 0},
	{"sixty", 60, 0}, {"seventy", 70, 0}, {"eighty", 80, 0}, {"ninety", 90, 0},
	{"hundred", 100, 2}, {"thousand", 1000, 3}, {"million", 1000000, 6},
	{"billion", 1000000000, 9}, {"trillion", 1000000000000ULL, 12},
	{"mln", 1000000, 6}, {"bln", 1000000000, 9}, {"bn", 1000000000, 9},
	{NULL, 0, 0}
};

static const uint32_t stop_slots[] = {
	CL_STOP_WORDS_SLOTS_INIT
};

static const uint32_t number_slots[] = {
	CL_NUMBER_WORDS_SLOTS_INIT
};

/* The number word w[0..n) (folded), whose hash is h, or NULL. */
static const number_word *
number_word_hashed(const char *w, size_t n, uint32_t h)
{
	int			r;

	if (n < 2 || n > 9)
		return NULL;
	r = cl_word_slots_find(number_slots, CL_NUMBER_WORDS_SLOT_BITS, number_words,
						   sizeof(number_word), w, n, h);
	return r < 0 ? NULL : &number_words[r];
}

static const number_word *
number_word_of(const char *w, size_t n)
{
	return number_word_hashed(w, n, cl_word_slots_hash(w, n));
}

/* A number word, or a compound such as "twentyfive" (hyphen folded away); w[0..len) hashes to h. */
static const number_word *
number_compound(const char *w, size_t len, uint32_t h, uint64_t *value)
{
	const number_word *nw = number_word_hashed(w, len, h);

	if (nw)
	{
		*value = nw->value;
		return nw;
	}
	/* "twentyfive": a tens word and a unit, 8 to 12 letters. */
	if (len < 8 || len > 12 ||
		!(w[0] == 'f' || w[0] == 'e' || w[0] == 'n' || w[0] == 's' || w[0] == 't'))
		return NULL;
	for (int i = 20; number_words[i].word && number_words[i].value < 100; i++)
	{
		size_t		n;
		const number_word *unit;

		if (number_words[i].word[0] != w[0])
			continue;
		n = strlen(number_words[i].word);
		if (memcmp(w, number_words[i].word, n) == 0 && (unit = number_word_of(w + n, len - n)) != NULL &&
			unit->value >= 1 && unit->value <= 9)
		{
			*value = number_words[i].value + unit->value;
			return unit;
		}
	}
	return NULL;
}

/* Whether w[0..n) (folded), whose hash is h, is a stop word. */
static bool
is_stop_hashed(const char *w, size_t n, uint32_t h)
{
	return n > 0 && n < STEM_MAX &&
		cl_word_slots_find(stop_slots, CL_STOP_WORDS_SLOT_BITS, stop_words, sizeof(stop_words[0]),
						   w, n, h) >= 0;
}

static bool
is_stop(const char *w, size_t n)
{
	return is_stop_hashed(w, n, cl_word_slots_hash(w, n));
}

bool
cl_claim_number_words_found(void)
{
	for (int i = 0; number_words[i].word; i++)
	{
		if (number_word_of(number_words[i].word, strlen(number_words[i].word)) != &number_words[i])
			return false;
	}
	return number_word_of("tens", 4) == NULL && number_word_of("b", 1) == NULL &&
		number_word_of("", 0) == NULL && number_word_of("billions", 8) == NULL &&
		number_word_of("thousan", 7) == NULL;
}

bool
cl_claim_stop_words_found(void)
{
	for (size_t i = 0; i < STOP_WORDS; i++)
	{
		size_t		n = strlen(stop_words[i]);

		if (cl_word_slots_find(stop_slots, CL_STOP_WORDS_SLOT_BITS, stop_words, sizeof(stop_words[0]),
							   stop_words[i], n, cl_word_slots_hash(stop_words[i], n)) != (int) i)
			return false;
	}
	return !is_stop("th", 2) && !is_stop("thee", 4) && !is_stop("wills", 5) && !is_stop("", 0);
}

/* ---- words ---------------------------------------------------------------- */

typedef struct word
{
	size_t		s;
	size_t		e;
	char		f[STEM_MAX];	/* folded, "" if too long */
	size_t		fl;				/* strlen(f) */
	uint32_t	h;				/* cl_word_slots_hash(f, fl) */
	bool		digits;			/* digits with , and . only */
} word;

/* Per ASCII character, its fold when it is a letter or digit (lower case), else 0. */
#define FOLD_DIGITS ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', \
	['5'] = '5', ['6'] = '6', ['7'] = '7', ['8'] = '8', ['9'] = '9'
#define FOLD_LETTER(u, l) [u] = l, [l] = l
static const char ascii_fold[128] = {
	FOLD_DIGITS,
	FOLD_LETTER('A', 'a'), FOLD_LETTER('B', 'b'), FOLD_LETTER('C', 'c'), FOLD_LETTER('D', 'd'),
	FOLD_LETTER('E', 'e'), FOLD_LETTER('F', 'f'), FOLD_LETTER('G', 'g'), FOLD_LETTER('H', 'h'),
	FOLD_LETTER('I', 'i'), FOLD_LETTER('J', 'j'), FOLD_LETTER('K', 'k'), FOLD_LETTER('L', 'l'),
	FOLD_LETTER('M', 'm'), FOLD_LETTER('N', 'n'), FOLD_LETTER('O', 'o'), FOLD_LETTER('P', 'p'),
	FOLD_LETTER('Q', 'q'), FOLD_LETTER('R', 'r'), FOLD_LETTER('S', 's'), FOLD_LETTER('T', 't'),
	FOLD_LETTER('U', 'u'), FOLD_LETTER('V', 'v'), FOLD_LETTER('W', 'w'), FOLD_LETTER('X', 'x'),
	FOLD_LETTER('Y', 'y'), FOLD_LETTER('Z', 'z')
};
#undef FOLD_DIGITS
#undef FOLD_LETTER

/*
 * Whether the character cp (l bytes) at text[i] joins the letters and digits
 * around it into one word: an apostrophe, hyphen, full stop or comma with a
 * letter or digit after it, whose class goes to *after.
 */
static inline bool
joins_word(const char *text, size_t len, size_t i, int l, uint32_t cp, cl_char_class *after)
{
	int			l2;
	uint32_t	cp2;

	if (!(cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.' || cp == ',') || i + (size_t) l >= len)
		return false;
	*after = cl_char_at(text + i + l, text + len, &l2, &cp2);
	return cl_is_letter_class(*after) || *after == CL_CC_DIGIT;
}

/*
 * The next word at or after *pos in text[0..len): letters, digits, and ' - . , inside.
 * An ASCII word is folded as it is read; any other goes through cl_fold_word().
 */
static bool
next_word(const char *text, size_t len, size_t *pos, word *w)
{
	size_t		i = *pos;
	size_t		nf = 0;			/* letters and digits of an ASCII word */
	uint32_t	h = 0;			/* the hash of those of them in w->f */
	bool		ascii = true;
	int			l;
	uint32_t	cp;

	while (i < len)
	{
		cl_char_class cc;

		if ((unsigned char) text[i] < 0x80)
		{
			if (ascii_fold[(unsigned char) text[i]])
				break;
			i++;
			continue;
		}
		cc = cl_char_at(text + i, text + len, &l, &cp);
		if (cl_is_letter_class(cc) || cc == CL_CC_DIGIT)
			break;
		i += (size_t) l;
	}
	if (i >= len)
		return false;
	w->s = i;
	w->digits = true;
	while (i < len)
	{
		unsigned char c = (unsigned char) text[i];
		cl_char_class cc,
					c2;

		if (c < 0x80)
		{
			char		f = ascii_fold[c];

			if (f)
			{
				if (f > '9')
					w->digits = false;
				if (nf < STEM_MAX - 1)
				{
					w->f[nf] = f;
					h = CL_WORD_SLOTS_STEP(h, f);
				}
				nf++;
				i++;
				continue;
			}
			cc = (cl_char_class) cl_ascii_class[c];
			cp = c;
			l = 1;
		}
		else
		{
			cc = cl_char_at(text + i, text + len, &l, &cp);
			ascii = false;
			if (cl_is_letter_class(cc) || cc == CL_CC_DIGIT)
			{
				if (cc != CL_CC_DIGIT)
					w->digits = false;
				i += (size_t) l;
				continue;
			}
		}
		if (joins_word(text, len, i, l, cp, &c2))
		{
			/* A comma only groups digits: "7,000". */
			if (cp == ',' && !(w->digits && c2 == CL_CC_DIGIT))
				break;
			if (cp == '\'' || cp == 0x2019 || cp == '-')
				w->digits = false;
			i += (size_t) l;
			continue;
		}
		break;
	}
	w->e = i;
	*pos = i;
	{
		size_t		n = w->e - w->s;
		size_t		fl;
		bool		possessive = false;

		/* Possessives go: "Russia's" is "russia". */
		if (n > 2 && (w->e - w->s) >= 3 && text[w->e - 1] == 's' &&
			(text[w->e - 2] == '\'' || (n > 4 && (unsigned char) text[w->e - 2] == 0x99 &&
										(unsigned char) text[w->e - 4] == 0xE2)))
		{
			n -= text[w->e - 2] == '\'' ? 2 : 4;
			possessive = true;
		}
		if (ascii)
		{
			/* The fold of the word without its "'s" is the fold of the word without its "s". */
			fl = nf - (possessive ? 1 : 0);
			if (fl > STEM_MAX - 1)
				fl = 0;
			if (fl != nf)
				h = cl_word_slots_hash(w->f, fl);
		}
		else
		{
			fl = cl_fold_word(text + w->s, n, w->f, STEM_MAX - 1);
			h = cl_word_slots_hash(w->f, fl);
		}
		w->f[fl] = '\0';
		w->fl = fl;
		w->h = h;
	}
	return true;
}

static bool
ends_with(const char *w, size_t n, const char *suffix)
{
	size_t		k = strlen(suffix);

	return n >= k && memcmp(w + n - k, suffix, k) == 0;
}

/* A light suffix stripper: visits = visited = visit, recognised = recognized. */
static size_t
stem(char *w, size_t n)
{
	if (n > 4 && ends_with(w, n, "ies"))
	{
		n -= 2;
		w[n - 1] = 'y';
	}
	else if (n > 4 && ends_with(w, n, "sses"))
		n -= 2;
	else if (n > 3 && w[n - 1] == 's' && !ends_with(w, n, "ss") && !ends_with(w, n, "us") &&
			 !ends_with(w, n, "is"))
		n--;
	if (n > 5 && ends_with(w, n, "ing"))
		n -= 3;
	else if (n > 4 && ends_with(w, n, "ed"))
		n -= 2;
	else if (n > 5 && ends_with(w, n, "ly"))
		n -= 2;
	if (n > 4 && w[n - 1] == 'e')
		n--;
	if (n > 4 && ends_with(w, n, "iz"))
		w[n - 1] = 's';
	w[n] = '\0';
	return n;
}

/* ---- dates ---------------------------------------------------------------- */

static void
collect_date(void *arg, const cl_date_mention *m)
{
	date_pick  *d = arg;

	if (d->count == d->cap)
	{
		size_t		n = d->cap * 2;

		if (d->spans == d->inline_spans)
		{
			d->spans = cl_alloc(d->env, n * sizeof(span));
			memcpy(d->spans, d->inline_spans, d->count * sizeof(span));
		}
		else
			d->spans = cl_resize(d->env, d->spans, n * sizeof(span));
		d->cap = n;
	}
	d->spans[d->count].s = m->start;
	d->spans[d->count].e = m->start + m->len;
	d->count++;
	if (!m->has_value || m->kind == CL_DATE_DURATION || m->kind == CL_DATE_SET ||
		cl_timex_is_duration(&m->value))
		return;
	if (!d->found || m->value.grain < d->best.grain)
	{
		d->best = m->value;
		d->found = true;
	}
}

static void
date_pick_init(const cl_env *env, date_pick *d)
{
	d->env = env;
	d->spans = d->inline_spans;
	d->count = 0;
	d->cap = DATE_SPANS_INLINE;
	d->found = false;
	memset(&d->best, 0, sizeof(d->best));
}

static void
scan_dates(const cl_env *env, const char *text, size_t len, const cl_date_options *options,
		   date_pick *d)
{
	date_pick_init(env, d);
	cl_dates_scan(env, text, len, options, collect_date, d);
}

/* The date expressions of a larger text that lie wholly in [base, base + len), shifted to it. */
static void
pick_dates_within(const cl_env *env, const cl_date_mention *dates, size_t ndates,
				  size_t base, size_t len, date_pick *d)
{
	date_pick_init(env, d);
	for (size_t i = 0; i < ndates && dates[i].start < base + len; i++)
	{
		cl_date_mention m = dates[i];

		if (m.start < base || m.start + m.len > base + len)
			continue;
		m.start -= base;
		collect_date(d, &m);
	}
}

static void
date_pick_free(date_pick *d)
{
	if (d->spans != d->inline_spans)
		cl_release(d->env, d->spans);
}

/* Whether text[s..e) lies inside a date expression (spans come in order). */
static bool
in_date(const date_pick *d, size_t *cursor, size_t s, size_t e)
{
	while (*cursor < d->count && d->spans[*cursor].e <= s)
		(*cursor)++;
	return *cursor < d->count && d->spans[*cursor].s < e;
}

static void
append_when(const cl_timex *t, cl_buf *out)
{
	int			y,
				m,
				dd;
	char		buf[CL_TIMEX_TEXT_MAX];
	size_t		n;

	cl_civil_from_days(t->lower, &y, &m, &dd);
	if (t->grain == CL_GRAIN_DECADE || t->grain == CL_GRAIN_CENTURY)
	{
		cl_timex plain = *t;

		plain.mod = CL_MOD_NONE;
		plain.upper_grain = CL_GRAIN_NONE;
		n = cl_timex_format(&plain, buf);
		cl_buf_append(out, buf, n);
		return;
	}
	buf[0] = (char) ('0' + (y / 1000) % 10);
	buf[1] = (char) ('0' + (y / 100) % 10);
	buf[2] = (char) ('0' + (y / 10) % 10);
	buf[3] = (char) ('0' + y % 10);
	n = 4;
	if (t->grain <= CL_GRAIN_MONTH)
	{
		buf[4] = '-';
		buf[5] = (char) ('0' + m / 10);
		buf[6] = (char) ('0' + m % 10);
		n = 7;
	}
	cl_buf_append(out, buf, n);
}

/* ---- numbers -------------------------------------------------------------- */

/*
 * The number starting at word *w (digits, or number words), consuming the
 * words it spans from *pos; appends its decimal (NUL-terminated) to out unless
 * out is NULL.  False when the word does not start a number.
 */
static bool
read_number(const char *text, size_t len, word *w, size_t *pos, cl_buf *out)
{
	if (w->digits)
	{
		char		intpart[64],
					frac[64];
		size_t		ni = 0,
					nf = 0;
		bool		in_frac = false;
		size_t		save = *pos;
		word		m;
		int			scale = 0;

		/* Glued to letters or a hyphen ("COVID-19"), or an ordinal: not a number. */
		if (w->s > 0 && (text[w->s - 1] == '-' || cl_is_word_byte(text[w->s - 1])))
			return false;
		for (size_t i = w->s; i < w->e; i++)
		{
			char		c = text[i];

			if (c == '.')
			{
				if (in_frac)
					return false;
				in_frac = true;
			}
			else if (c >= '0' && c <= '9')
			{
				if (in_frac ? nf >= sizeof(frac) - 1 : ni >= sizeof(intpart) - 1)
					return false;
				if (in_frac)
					frac[nf++] = c;
				else if (ni > 0 || c != '0')
					intpart[ni++] = c;
			}
		}
		/* "1.5 million" */
		if (next_word(text, len, pos, &m))
		{
			const number_word *nw = number_word_hashed(m.f, m.fl, m.h);

			if (nw && nw->scale >= 3)
				scale = nw->scale;
			else
				*pos = save;
		}
		for (; scale > 0; scale--)
		{
			if (ni >= sizeof(intpart) - 1)
				return false;
			if (nf > 0)
			{
				intpart[ni++] = frac[0];
				memmove(frac, frac + 1, --nf);
			}
			else if (ni > 0)
				intpart[ni++] = '0';
		}
		while (nf > 0 && frac[nf - 1] == '0')
			nf--;
		/* "0.000 trillion": the digits moved in from the fraction may be zeros. */
		{
			size_t		z = 0;

			while (z < ni && intpart[z] == '0')
				z++;
			memmove(intpart, intpart + z, ni - z);
			ni -= z;
		}
		if (out)
		{
			char		num[sizeof(intpart) + sizeof(frac) + 2];
			size_t		nn = 0;

			if (ni == 0)
				num[nn++] = '0';
			memcpy(num + nn, intpart, ni);
			nn += ni;
			if (nf > 0)
			{
				num[nn++] = '.';
				memcpy(num + nn, frac, nf);
				nn += nf;
			}
			num[nn++] = '\0';
			cl_buf_append(out, num, nn);
		}
		return true;
	}
	else
	{
		uint64_t	first = 0;
		const number_word *nw = number_compound(w->f, w->fl, w->h, &first);
		uint64_t	total = 0,
					current = 0;
		char		digits[24];
		int			nd = 0;
		size_t		save;
		word		m;

		if (nw == NULL || nw->scale > 0)
			return false;
		current = first;
		for (int words = 0; words < 32; words++)
		{
			save = *pos;
			if (!next_word(text, len, pos, &m))
				break;
			if (m.fl == 3 && memcmp(m.f, "and", 3) == 0)
			{
				size_t		save2 = *pos;
				word		m2;

				(void) save2;
				uint64_t	v2;

				if (next_word(text, len, pos, &m2) && number_compound(m2.f, m2.fl, m2.h, &v2) != NULL)
					m = m2;
				else
				{
					*pos = save;
					break;
				}
			}
			{
				uint64_t	v;

				nw = number_compound(m.f, m.fl, m.h, &v);
				if (nw == NULL)
				{
					*pos = save;
					break;
				}
				if (nw->scale == 2)
					current *= 100;
				else if (nw->scale >= 3)
				{
					total += current * nw->value;
					current = 0;
				}
				else
					current += v;
			}
			if (total > 1000000000000000ULL || current > 1000000000000000ULL)
				break;
		}
		if (out == NULL)
			return true;
		total += current;
		/* The decimal, written from its end. */
		nd = (int) sizeof(digits);
		digits[--nd] = '\0';
		do
		{
			digits[--nd] = (char) ('0' + total % 10);
			total /= 10;
		} while (total > 0 && nd > 0);
		cl_buf_append(out, digits + nd, sizeof(digits) - (size_t) nd);
		return true;
	}
}

/* ---- times of day and numbered labels, which are not quantities ------------ */

/* The value of the ASCII digits text[s..e), or -1 if there are others or more than 4. */
static int
small_digits(const char *text, size_t s, size_t e)
{
	int			v = 0;

	if (e <= s || e - s > 4)
		return -1;
	for (size_t i = s; i < e; i++)
	{
		if (!cl_is_ascii_digit(text[i]))
			return -1;
		v = v * 10 + (text[i] - '0');
	}
	return v;
}

/*
 * A clock time written with a colon, at word w: "10:30", "9:05:12", "21:00".
 * If so, *pos moves past its minutes (and seconds).
 */
static bool
clock_with_colon(const char *text, size_t len, const word *w, size_t *pos)
{
	int			hours = small_digits(text, w->s, w->e);
	size_t		i = w->e;

	if (hours < 0 || hours > 24 || w->e - w->s > 2)
		return false;
	for (int part = 0; part < 2; part++)
	{
		if (i + 2 >= len || text[i] != ':' ||
			!cl_is_ascii_digit(text[i + 1]) || !cl_is_ascii_digit(text[i + 2]) ||
			(i + 3 < len && cl_is_ascii_digit(text[i + 3])) || small_digits(text, i + 1, i + 3) > 59)
			break;
		i += 3;
	}
	if (i == w->e)
		return false;
	*pos = i;
	return true;
}

/* Time zones and the like that follow a clock time written "0900 GMT". */
static const char *const clock_zones[] = {
	"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst",
	"cet", "cest", "eet", "eest", "msk", "jst", "kst", "hkt", "sgt", "aest", "aedt",
	"ist", "local", "hrs", NULL
};

/*
 * Whether the number just read (word w, ending before *pos) is a time of day
 * by the word that follows it: "9 a.m.", "nine o'clock", "0900 GMT".  If so,
 * *pos moves past that word.
 */
static bool
clock_by_next_word(const char *text, size_t len, const word *w, size_t *pos)
{
	size_t		at = *pos,
				start;
	word		m;

	/* only white space between the number and the word */
	while (at < len && (text[at] == ' ' || text[at] == '\t'))
		at++;
	start = at;
	if (!next_word(text, len, &at, &m) || m.s != start)
		return false;
	if ((m.fl == 2 && (memcmp(m.f, "am", 2) == 0 || memcmp(m.f, "pm", 2) == 0)) ||
		(m.fl == 6 && memcmp(m.f, "oclock", 6) == 0))
	{
		*pos = m.e;
		return true;
	}
	if (w->e - w->s == 4 && w->digits)
	{
		int			hhmm = small_digits(text, w->s, w->e);

		if (hhmm >= 0 && hhmm / 100 < 24 && hhmm % 100 < 60)
		{
			for (int i = 0; clock_zones[i] != NULL; i++)
			{
				if (strlen(clock_zones[i]) == m.fl && memcmp(clock_zones[i], m.f, m.fl) == 0)
				{
					*pos = m.e;
					return true;
				}
			}
		}
	}
	return false;
}

/*
 * Whether the number at word w is a label's rather than a quantity: it
 * follows "No.", "No", "Nos.", "Number" or "#" ("Checkpoint No. 5", "#3").
 */
static bool
numbered_label(const char *text, const word *w)
{
	size_t		i = w->s,
				e;
	bool		dot = false;

	if (i > 0 && text[i - 1] == '#')
		return true;
	while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t'))
		i--;
	if (i == w->s)
		return false;
	if (i > 0 && text[i - 1] == '.')
	{
		dot = true;
		i--;
	}
	e = i;
	while (i > 0 && ((text[i - 1] >= 'a' && text[i - 1] <= 'z') || (text[i - 1] >= 'A' && text[i - 1] <= 'Z')))
		i--;
	if (i > 0 && cl_is_word_byte(text[i - 1]))
		return false;
	/* "no 5 arrests" is a quantity: without a dot, only the capitalised forms */
	if (!dot && text[i] != 'N')
		return false;
	return cl_equals_ci(text + i, e - i, "no") || cl_equals_ci(text + i, e - i, "nos") ||
		(!dot && e - i == 6 && memcmp(text + i, "Number", 6) == 0);
}

/*
 * Whether a word whose first two letters (folded) are a and b may be a
 * number word or a compound of them ("twentyfive"): zero, one, two, three,
 * ... hundred, thousand, million, billion, trillion, mln, bln, bn.  Per
 * first letter, the second letters that may follow it, one bit per letter.
 */
#define LETTER_BIT(c) (UINT32_C(1) << ((c) - 'a'))
static const uint32_t number_word_seconds[26] = {
	['z' - 'a'] = LETTER_BIT('e'),
	['o' - 'a'] = LETTER_BIT('n'),
	['t' - 'a'] = LETTER_BIT('w') | LETTER_BIT('h') | LETTER_BIT('e') | LETTER_BIT('r'),
	['f' - 'a'] = LETTER_BIT('o') | LETTER_BIT('i') | LETTER_BIT('e'),
	['s' - 'a'] = LETTER_BIT('o') | LETTER_BIT('i') | LETTER_BIT('e'),
	['e' - 'a'] = LETTER_BIT('i') | LETTER_BIT('l'),
	['n' - 'a'] = LETTER_BIT('i'),
	['h' - 'a'] = LETTER_BIT('u'),
	['m' - 'a'] = LETTER_BIT('i') | LETTER_BIT('l'),
	['b' - 'a'] = LETTER_BIT('i') | LETTER_BIT('l') | LETTER_BIT('n'),
};
#undef LETTER_BIT

static inline bool
may_begin_number_word(char a, char b)
{
	if (a < 'a' || a > 'z' || b < 'a' || b > 'z')
		return false;
	return (number_word_seconds[a - 'a'] >> (b - 'a')) & 1;
}

/* Whether read_number() can take word w: digits, or a number word's first letters. */
static bool
may_be_number(const word *w)
{
	return w->digits || (w->fl >= 2 && may_begin_number_word(w->f[0], w->f[1]));
}

/*
 * Moves *pos past the separators before the next word and, if that word
 * opens with two ASCII letters that no number word begins with, past the
 * word too, ending it where next_word() would, without folding or hashing
 * it (most words of a claim); returns whether it did.  Any other word is
 * left for next_word().
 */
static bool
skip_non_number_word(const char *text, size_t len, size_t *pos)
{
	size_t		i = *pos;
	unsigned char c0,
				c1;

	while (i < len && (unsigned char) text[i] < 0x80 && !ascii_fold[(unsigned char) text[i]])
		i++;
	*pos = i;
	if (i + 1 >= len)
		return false;
	c0 = (unsigned char) text[i];
	c1 = (unsigned char) text[i + 1];
	/* two ASCII letters (ascii_fold: letters fold above '9') */
	if (c0 >= 0x80 || c1 >= 0x80 || ascii_fold[c0] <= '9' || ascii_fold[c1] <= '9' ||
		may_begin_number_word(ascii_fold[c0], ascii_fold[c1]))
		return false;
	/* The rest of the word, as next_word() reads it (it starts with a letter: a comma ends it). */
	i += 2;
	while (i < len)
	{
		unsigned char c = (unsigned char) text[i];
		int			l;
		uint32_t	cp;
		cl_char_class after;

		if (c < 0x80)
		{
			if (ascii_fold[c])
			{
				i++;
				continue;
			}
			cp = c;
			l = 1;
		}
		else
		{
			cl_char_class cc = cl_char_at(text + i, text + len, &l, &cp);

			if (cl_is_letter_class(cc) || cc == CL_CC_DIGIT)
			{
				i += (size_t) l;
				continue;
			}
		}
		if (cp != ',' && joins_word(text, len, i, l, cp, &after))
		{
			i += (size_t) l;
			continue;
		}
		break;
	}
	*pos = i;
	return true;
}

/*
 * The numbers of claim[0..len) outside the date expressions of d, and
 * other than times of day and numbered labels.
 */
static size_t
numbers_outside_dates(const cl_env *env, const char *claim, size_t len, const date_pick *d,
					  cl_buf *out)
{
	size_t		pos = 0,
				cursor = 0,
				count = 0,
				since_poll = 0;
	word		w;

	for (;;)
	{
		size_t		mark = out->len,
					before = pos;

		if (skip_non_number_word(claim, len, &pos))
		{
			if ((since_poll += pos - before) >= CL_INTERRUPT_STRIDE)
			{
				cl_poll(env);
				since_poll = 0;
			}
			continue;
		}
		if (!next_word(claim, len, &pos, &w))
			break;
		if ((since_poll += w.e - w.s + 1) >= CL_INTERRUPT_STRIDE)
		{
			cl_poll(env);
			since_poll = 0;
		}
		if (in_date(d, &cursor, w.s, w.e))
			continue;
		if (w.digits && clock_with_colon(claim, len, &w, &pos))
			continue;
		if (!may_be_number(&w) || !read_number(claim, len, &w, &pos, out))
			continue;
		if (clock_by_next_word(claim, len, &w, &pos) || (w.digits && numbered_label(claim, &w)))
		{
			out->len = mark;	/* not a quantity */
			continue;
		}
		count++;
	}
	return count;
}

size_t
cl_claim_numbers(const cl_env *env, const char *claim, size_t len,
				 const cl_date_options *options, cl_buf *out)
{
	date_pick	d;
	size_t		count;

	scan_dates(env, claim, len, options, &d);
	count = numbers_outside_dates(env, claim, len, &d, out);
	date_pick_free(&d);
	return count;
}

size_t
cl_claim_numbers_in_context(const cl_env *env, const char *text, size_t base, size_t len,
							const cl_date_mention *dates, size_t ndates, cl_buf *out)
{
	date_pick	d;
	size_t		count;

	pick_dates_within(env, dates, ndates, base, len, &d);
	count = numbers_outside_dates(env, text + base, len, &d, out);
	date_pick_free(&d);
	return count;
}

/* ---- the key -------------------------------------------------------------- */

/* The subject's key: a person's family name, else the whole entity key. */
static void
append_subject(const cl_entity_list *ents, cl_buf *out)
{
	const cl_entity *pick = NULL;

	for (int want = 0; want < 3 && pick == NULL; want++)
	{
		cl_entity_kind kind = want == 0 ? CL_KIND_PERSON : want == 1 ? CL_KIND_ORG : CL_KIND_LOC;

		for (size_t i = 0; i < ents->count; i++)
		{
			if (ents->items[i].kind == kind && ents->items[i].key_len > 0)
			{
				pick = &ents->items[i];
				break;
			}
		}
	}
	if (pick == NULL)
		return;
	{
		const char *k = ents->arena.data + pick->key_off;
		size_t		n = pick->key_len;

		if (pick->kind == CL_KIND_PERSON)
		{
			const char *sp = memchr(k, ' ', n);

			if (sp != NULL)
			{
				size_t		first = (size_t) (sp - k);

				if (cl_entity_word_flags(k, first) & CL_W_SURNAME_FIRST)
					n = first;	/* "kim jong un": kim */
				else
				{
					const char *last = k + n;

					while (last > k && last[-1] != ' ')
						last--;
					n = (size_t) (k + n - last);
					k = last;
				}
			}
		}
		cl_buf_append(out, k, n);
	}
}

typedef struct token_ref
{
	size_t		off;			/* in the output buffer */
	size_t		len;
} token_ref;

static int
token_cmp(const char *base, const token_ref *a, const token_ref *b)
{
	const unsigned char *x = (const unsigned char *) base + a->off;
	const unsigned char *y = (const unsigned char *) base + b->off;
	size_t		n = a->len < b->len ? a->len : b->len;

	/* Tokens are short: compare inline rather than call memcmp. */
	for (size_t i = 0; i < n; i++)
	{
		if (x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	}
	return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

/*
 * The content words of the claim, sorted and unique, appended to out; the
 * entity mentions are at offset + their start in text.  They are gathered
 * after out's end, kept in order as they come (a binary search
 * finds each one's place, or that it is there already), then written after
 * them in that order and moved down over them.
 */
static void
append_words(const cl_entity_list *ents, size_t offset, const date_pick *d, const char *text,
			 size_t len, cl_buf *out)
{
	token_ref	toks[CL_KEY_MAX_WORDS];
	int			ntoks = 0;
	size_t		pos = 0,
				cursor = 0,
				ent = 0;
	size_t		base = out->len,
				gathered,
				need = 0;
	word		w;

	while (ntoks < CL_KEY_MAX_WORDS && next_word(text, len, &pos, &w))
	{
		size_t		off = out->len;
		size_t		save = pos;
		token_ref	t;
		int			lo = 0,
					hi;

		/* An entity: its key, once, for all its words. */
		while (ent < ents->count && ents->items[ent].start + ents->items[ent].len <= offset + w.s)
			ent++;
		if (ent < ents->count && ents->items[ent].start <= offset + w.s)
		{
			const cl_entity *e = &ents->items[ent];
			const char *k = ents->arena.data + e->key_off;

			cl_buf_reserve(out, e->key_len);
			for (size_t i = 0; i < e->key_len; i++)
				out->data[out->len++] = k[i] == ' ' ? '_' : k[i];
			if (pos < e->start + e->len - offset)
				pos = e->start + e->len - offset;
			ent++;
		}
		else
		{
			size_t		n;

			if (in_date(d, &cursor, w.s, w.e))
				continue;
			if (may_be_number(&w) && read_number(text, len, &w, &pos, NULL))
				continue;
			pos = save;
			n = w.fl;
			/* Digits (not a number: "F-16") are neither stop words nor number words. */
			if (n == 0 || (!w.digits && (is_stop_hashed(w.f, n, w.h) ||
										 number_word_hashed(w.f, n, w.h) != NULL)))
				continue;
			n = stem(w.f, n);
			if (n == 0)
				continue;
			cl_buf_append(out, w.f, n);
		}
		if (out->len == off)
			continue;
		t.off = off;
		t.len = out->len - off;
		hi = ntoks;
		while (lo < hi)
		{
			int			mid = (lo + hi) / 2;
			int			c = token_cmp(out->data, &toks[mid], &t);

			if (c == 0)
				break;
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < hi)
		{
			out->len = off;		/* there already */
			continue;
		}
		memmove(&toks[lo + 1], &toks[lo], (size_t) (ntoks - lo) * sizeof(token_ref));
		toks[lo] = t;
		ntoks++;
		need += t.len + 1;
	}
	gathered = out->len;
	if (ntoks > 0)
	{
		cl_buf_reserve(out, need);
		for (int i = 0; i < ntoks; i++)
		{
			if (i > 0)
				out->data[out->len++] = ' ';
			memcpy(out->data + out->len, out->data + toks[i].off, toks[i].len);
			out->len += toks[i].len;
		}
	}
	memmove(out->data + base, out->data + gathered, out->len - gathered);
	out->len = base + (out->len - gathered);
	out->data[out->len] = '\0';
}

/*
 * The key of claim[0..len) from its entity mentions (at offset + their
 * start in claim) and date expressions.
 */
static void
key_of(const cl_entity_list *ents, size_t offset, const date_pick *d, const char *claim,
	   size_t len, cl_buf *out)
{
	append_subject(ents, out);
	cl_buf_push(out, '|');
	if (d->found)
	{
		append_when(&d->best, out);
		if (ents->count == 0)
		{
			cl_buf_push(out, '|');
			append_words(ents, offset, d, claim, len, out);
		}
	}
	else
		append_words(ents, offset, d, claim, len, out);
}

void
cl_claim_key(const cl_env *env, const cl_gazetteer *gaz, const char *claim, size_t len,
			 const cl_date_options *options, cl_buf *out)
{
	cl_entity_list ents;
	date_pick	d;

	cl_entities(env, gaz, claim, len, false, &ents);
	scan_dates(env, claim, len, options, &d);
	key_of(&ents, 0, &d, claim, len, out);
	date_pick_free(&d);
	cl_entity_list_free(env, &ents);
}

void
cl_claim_key_in_context(const cl_env *env, const char *text, size_t base, size_t len,
						const cl_date_mention *dates, size_t ndates,
						const cl_entity_list *article_ents, cl_buf *out)
{
	cl_entity_list ents = *article_ents;
	date_pick	d;
	size_t		lo = 0,
				hi = article_ents->count;

	/*
	 * The article's mentions wholly inside the claim: they are in text order
	 * and do not overlap, so they are a run of the article's list, which the
	 * key reads in place (their offsets are the article's).
	 */
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (article_ents->items[mid].start < base)
			lo = mid + 1;
		else
			hi = mid;
	}
	hi = lo;
	while (hi < article_ents->count &&
		   article_ents->items[hi].start + article_ents->items[hi].len <= base + len)
		hi++;
	ents.items = hi > lo ? article_ents->items + lo : NULL;	/* items is NULL when there are none */
	ents.count = hi - lo;
	pick_dates_within(env, dates, ndates, base, len, &d);
	key_of(&ents, base, &d, text + base, len, out);
	date_pick_free(&d);
}
