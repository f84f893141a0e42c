/*
 * entities.c — the entity recogniser of entities.h.
 *
 * The text is cut into windows (a paragraph, or a few thousand words ending
 * a sentence) and tokenised; runs of capitalised words are matched against
 * the gazetteer, stripped of titles and demonyms, and classified from their
 * own words and their neighbours.  Mentions are kept for the whole text so
 * that surnames and acronyms can be resolved at the end; memory stays in
 * proportion to the mentions, not the text.
 */
#include "entities.h"

#include <stdint.h>
#include <string.h>

#include "entity_chars.h"
#include "entity_key.h"
#include "entity_words.h"
#include "text_chars.h"

/* Token flags. */
#define T_WORD		0x0001
#define T_CAP		0x0002		/* first letter uppercase */
#define T_ALLCAP	0x0004		/* two or more letters, all uppercase */
#define T_LOWER		0x0008		/* first letter lowercase */
#define T_LINE		0x0010		/* first token on its line */
#define T_PARA		0x0020		/* first token of its paragraph */
#define T_SENT		0x0040		/* first token of its sentence */
#define T_INITIAL	0x0080		/* one capital letter and a period */
#define T_ABBR		0x0100		/* the period belongs to the word (Mr., Inc., U.S.) */
#define T_USED		0x0200		/* already part of a mention */
#define T_SHOUT		0x0400		/* on a headline line: gazetteer names only */
#define T_POSS		0x0800		/* the 's of a possessive */
#define T_WDONE		0x1000		/* wflags computed */
#define T_PLAIN		0x2000		/* ASCII letters and digits only: folds to lowercase */
#define T_GAZ_NO	0x4000		/* no gazetteer name starts with this word */
#define T_GAZ_MAYBE	0x8000		/* one may (the first-word filter said so) */

#define WINDOW_TOKENS 4096
#define FOLD_MAX 24

typedef struct tok
{
	size_t		start;
	size_t		end;
	uint32_t	cp;				/* punctuation tokens: the character */
	uint16_t	f;
	uint32_t	w;				/* vocabulary flags, once T_WDONE */
} tok;

typedef enum msrc
{
	SRC_RULE = 0,
	SRC_GAZ,
	SRC_WEAK,					/* one unknown word: kept only if resolved */
	SRC_ACRONYM,				/* an acronym: may resolve to an expansion */
	SRC_LINKED					/* an acronym given in brackets after its name */
} msrc;

typedef struct mention
{
	size_t		start;
	size_t		end;
	uint8_t		kind;
	uint8_t		src;
	uint8_t		ntok;
	uint8_t		surname_first;	/* East Asian order: the surname is the first word */
	int32_t		link;			/* SRC_LINKED: index of the named mention */
	size_t		key_off;		/* in the scratch arena */
	size_t		key_len;
	size_t		canon_off;		/* gazetteer name in the scratch arena, or none */
	size_t		canon_len;
	size_t		first_off;		/* folded first and last words */
	size_t		first_len;
	size_t		last_off;
	size_t		last_len;
	int32_t		group;			/* the mention whose key and name it takes */
} mention;

/* A small string -> index hash over arena offsets, for the document tables. */
typedef struct strmap
{
	uint64_t   *hash;
	size_t	   *off;
	size_t	   *len;
	int32_t    *val;
	size_t		n;
	size_t		count;
} strmap;

typedef struct ner
{
	const cl_env *env;
	const cl_gazetteer *gaz;
	const char *text;
	size_t		len;
	bool		demonyms;
	tok		   *t;
	size_t		nt;
	size_t		capt;
	mention    *m;
	size_t		nm;
	size_t		capm;
	cl_buf		arena;			/* keys, names, folded words */
	cl_buf		key;			/* scratch for normalised keys */
	cl_buf		scratch;
	strmap		acronyms;		/* folded acronym -> mention it expands to */
	/* The line being tokenised, for headlines: its first token and counts. */
	size_t		line_start;
	size_t		line_words;
	size_t		line_caps;
	size_t		line_allcaps;
	bool		line_stop;
	/* The last gaz_longest() answer; valid until a token is used or the window moves. */
	bool		memo_valid;
	size_t		memo_a;
	size_t		memo_lim;
	size_t		memo_end;
	cl_gaz_hit	memo_hit;
} ner;

const char *
cl_entity_kind_name(cl_entity_kind kind)
{
	switch (kind)
	{
		case CL_KIND_PERSON:
			return "person";
		case CL_KIND_ORG:
			return "organization";
		case CL_KIND_LOC:
			return "location";
		default:
			return "unknown";
	}
}

/* ---- string map -------------------------------------------------------- */

/* The four arrays of a map live in one allocation, hash first. */
static void
strmap_init(strmap *sm, const cl_env *env, size_t n)
{
	char	   *block = cl_alloc(env, n * (sizeof(uint64_t) + 2 * sizeof(size_t) + sizeof(int32_t)));

	sm->n = n;
	sm->count = 0;
	sm->hash = (uint64_t *) block;
	sm->off = (size_t *) (block + n * sizeof(uint64_t));
	sm->len = sm->off + n;
	sm->val = (int32_t *) (sm->len + n);
	memset(sm->hash, 0, n * sizeof(uint64_t));
}

static void
strmap_free(strmap *sm, const cl_env *env)
{
	cl_release(env, sm->hash);
}

static size_t
strmap_slot(const strmap *sm, const cl_buf *arena, uint64_t h, const char *s, size_t len)
{
	size_t		i = (size_t) h & (sm->n - 1);

	while (sm->hash[i] != 0 &&
		   !(sm->hash[i] == h && sm->len[i] == len &&
			 memcmp(arena->data + sm->off[i], s, len) == 0))
		i = (i + 1) & (sm->n - 1);
	return i;
}

static int32_t
strmap_get(const strmap *sm, const cl_buf *arena, const char *s, size_t len)
{
	uint64_t	h = cl_name_hash(s, len);
	size_t		i = strmap_slot(sm, arena, h, s, len);

	return sm->hash[i] ? sm->val[i] : -1;
}

/* Adds key arena[off..off+len) -> val unless present; the key must stay in the arena. */
static void
strmap_put(strmap *sm, const cl_env *env, const cl_buf *arena, size_t off, size_t len,
		   int32_t val)
{
	uint64_t	h = cl_name_hash(arena->data + off, len);
	size_t		i = strmap_slot(sm, arena, h, arena->data + off, len);

	if (sm->hash[i])
		return;
	sm->hash[i] = h;
	sm->off[i] = off;
	sm->len[i] = len;
	sm->val[i] = val;
	if (++sm->count * 2 > sm->n)
	{
		strmap		big;

		strmap_init(&big, env, sm->n * 2);
		for (size_t k = 0; k < sm->n; k++)
			if (sm->hash[k])
			{
				size_t		j = strmap_slot(&big, arena, sm->hash[k],
											arena->data + sm->off[k], sm->len[k]);

				big.hash[j] = sm->hash[k];
				big.off[j] = sm->off[k];
				big.len[j] = sm->len[k];
				big.val[j] = sm->val[k];
			}
		big.count = sm->count;
		strmap_free(sm, env);
		*sm = big;
	}
}

/* ---- tokens ------------------------------------------------------------ */

static inline bool
is_word_cc(cl_char_class cc)
{
	return cl_is_letter_class(cc) || cc == CL_CC_DIGIT;
}

/* Folded word s[0..n) into buf (FOLD_MAX bytes); 0 if too long. */
static size_t
fold_tok_raw(const char *s, size_t n, char *buf)
{
	size_t		out = 0;

	for (size_t j = 0; j < n; j++)
	{
		unsigned char c = (unsigned char) s[j];

		if (c >= 0x80)
			return cl_fold_word(s, n, buf, FOLD_MAX);
		if (c == '.' || c == '-' || c == '\'')
			continue;
		if (out == FOLD_MAX)
			return 0;
		buf[out++] = (char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
	}
	return out;
}

static size_t
fold_tok(const ner *N, size_t i, char *buf)
{
	const tok  *k = &N->t[i];

	if (k->f & T_PLAIN)
	{
		/* ASCII letters and digits: the lowercase form. */
		const char *s = N->text + k->start;
		size_t		n = k->end - k->start;

		if (n > FOLD_MAX)
			return 0;
		for (size_t j = 0; j < n; j++)
			buf[j] = (char) (s[j] | ((unsigned char) (s[j] - 'A') < 26u ? 0x20 : 0));
		return n;
	}
	return fold_tok_raw(N->text + k->start, k->end - k->start, buf);
}

static uint32_t
wflags_slow(ner *N, size_t i)
{
	tok		   *k;
	char		buf[FOLD_MAX];
	size_t		n;

	if (i >= N->nt)
		return 0;
	k = &N->t[i];
	k->f |= T_WDONE;
	k->w = 0;
	if (!(k->f & T_WORD))
		return 0;
	if (k->f & T_PLAIN)
	{
		/* Its folded form is its lowercase form (no longer than FOLD_MAX). */
		k->w = cl_entity_word_flags_ascii(N->text + k->start, k->end - k->start);
		return k->w;
	}
	n = fold_tok(N, i, buf);
	k->w = n ? cl_entity_word_flags(buf, n) : 0;
	return k->w;
}

/* Packs up to six lowercase letters into one integer. */
#define PACK6(a, b, c, d, e, f) \
	((uint64_t) (a) | (uint64_t) (b) << 8 | (uint64_t) (c) << 16 | \
	 (uint64_t) (d) << 24 | (uint64_t) (e) << 32 | (uint64_t) (f) << 40)
#define P2(a, b) PACK6(a, b, 0, 0, 0, 0)
#define P3(a, b, c) PACK6(a, b, c, 0, 0, 0)
#define P4(a, b, c, d) PACK6(a, b, c, d, 0, 0)

/* Abbreviations whose period belongs to the word: "Mr.", "Inc.", "Gen." */
/* Vocabulary flags of token i (0 past the end), computed once per token. */
static inline uint32_t
wflags(ner *N, size_t i)
{
	if (i < N->nt && (N->t[i].f & T_WDONE))
		return N->t[i].w;
	return wflags_slow(N, i);
}

static bool
is_abbreviation(const char *w, size_t n)
{
	uint64_t	k = 0;

	if (n == 0 || n > 6)
		return false;
	for (size_t i = 0; i < n; i++)
		k |= (uint64_t) (unsigned char) w[i] << (8 * i);
	switch (k)
	{
		case P3('a', 'd', 'm'):
		case PACK6('a', 'p', 'p', 'r', 'o', 'x'):
		case P4('a', 's', 's', 'n'):
		case P4('b', 'r', 'o', 's'):
		case P4('b', 'r', 'i', 'g'):
		case P4('c', 'a', 'p', 't'):
		case P4('c', 'm', 'd', 'r'):
		case P2('c', 'o'):
		case P3('c', 'o', 'l'):
		case P4('c', 'o', 'r', 'p'):
		case P3('c', 'p', 'l'):
		case P4('d', 'e', 'p', 't'):
		case P3('d', 'e', 't'):
		case P2('d', 'r'):
		case P2('f', 't'):
		case P3('g', 'e', 'n'):
		case P3('g', 'o', 'v'):
		case P3('h', 'o', 'n'):
		case P3('i', 'n', 'c'):
		case P4('i', 'n', 's', 'p'):
		case P2('j', 'r'):
		case P2('l', 't'):
		case P3('l', 't', 'd'):
		case P3('m', 'a', 'j'):
		case PACK6('m', 'e', 's', 's', 'r', 's'):
		case P2('m', 'r'):
		case P3('m', 'r', 's'):
		case P2('m', 's'):
		case P2('m', 't'):
		case P2('n', 'o'):
		case P3('p', 'l', 'c'):
		case P4('p', 'r', 'o', 'f'):
		case P3('p', 'v', 't'):
		case P3('r', 'e', 'p'):
		case P3('r', 'e', 'v'):
		case P3('s', 'e', 'n'):
		case P3('s', 'g', 't'):
		case P2('s', 'r'):
		case P2('s', 't'):
		case P4('s', 'u', 'p', 't'):
		case P4('u', 'n', 'i', 'v'):
		case P2('v', 's'):
			return true;
		default:
			return false;
	}
}

#undef P2
#undef P3
#undef P4
#undef PACK6

/*
 * The line [line_start, nt) is complete.  Headline lines (mostly
 * capitalised, no full stop) yield gazetteer names only: their tokens are
 * marked.
 */
static void
line_done(ner *N)
{
	size_t		words = N->line_words;

	if ((words >= 2 && N->line_allcaps * 10 >= words * 7) ||
		(words >= 4 && !N->line_stop && N->line_caps * 5 >= words * 4))
		for (size_t k = N->line_start; k < N->nt; k++)
			N->t[k].f |= T_SHOUT;
	N->line_start = N->nt;
	N->line_words = N->line_caps = N->line_allcaps = 0;
	N->line_stop = false;
}

static inline void
push_tok(ner *N, size_t start, size_t end, uint32_t cp, uint16_t f)
{
	tok		   *k;

	if ((f & T_LINE) && N->nt > N->line_start)
		line_done(N);
	if (f & T_WORD)
	{
		/* Numbers neither make nor break a headline. */
		if (!(N->text[start] >= '0' && N->text[start] <= '9'))
		{
			N->line_words++;
			N->line_allcaps += (f & T_ALLCAP) != 0;
			N->line_caps += (f & (T_CAP | T_ALLCAP)) != 0;
		}
	}
	else if (cp == '.' || cp == ',')
		N->line_stop = true;
	if (N->nt == N->capt)
	{
		N->capt *= 2;
		N->t = cl_resize(N->env, N->t, N->capt * sizeof(tok));
	}
	k = &N->t[N->nt++];

	k->start = start;
	k->end = end;
	k->cp = cp;
	k->f = f;
	k->w = 0;
}

/*
 * The end of the run of ASCII lowercase letters at text[p..len), eight bytes
 * at a time where the compiler can count trailing zeros on a little-endian
 * machine.  A byte is a lowercase letter when it is below 0x80 and, plus
 * 0x1f, reaches 0x80 ('a' = 0x61) but, plus 0x05, does not ('z' = 0x7a);
 * below 0x80 none of the sums carries into the next byte, and a byte with
 * the high bit set is caught by itself before any carry from it matters.
 */
static inline size_t
lower_run_end(const char *text, size_t p, size_t len)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	while (p + 8 <= len)
	{
		uint64_t	x,
					other;

		memcpy(&x, text + p, 8);
		other = (~(x + 0x1f1f1f1f1f1f1f1fULL) | (x + 0x0505050505050505ULL) | x) &
			0x8080808080808080ULL;
		if (other)
			return p + (size_t) (__builtin_ctzll(other) >> 3);
		p += 8;
	}
#endif
	while (p < len && (unsigned char) (text[p] - 'a') < 26u)
		p++;
	return p;
}

/*
 * Tokenises from *pos up to a paragraph break or a full window; returns
 * false when the text is exhausted and no token was read.  ASCII is
 * classified by table, and runs of ASCII letters and digits inside a word
 * are consumed by a tight loop: most of the text is such runs and spaces.
 */
static bool
tokenise_lines(ner *N, size_t *pos)
{
	const char *text = N->text;
	const char *end = text + N->len;
	const size_t len = N->len;
	size_t		p = *pos;
	uint16_t	pending = T_LINE | T_PARA | T_SENT;
	size_t		polled = p;

	N->nt = 0;
	N->line_start = N->line_words = N->line_caps = N->line_allcaps = 0;
	N->line_stop = false;
	while (p < len)
	{
		int			l;
		uint32_t	cp;
		cl_char_class cc;
		unsigned char c = (unsigned char) text[p];

		if (p - polled >= CL_INTERRUPT_STRIDE / 8)
		{
			cl_poll(N->env);
			polled = p;
		}
		if (c == ' ')
		{
			p++;
			continue;
		}
		if (c < 0x80)
		{
			cp = c;
			l = 1;
			cc = (cl_char_class) cl_ascii_class[c];
			if (cc == CL_CC_SPACE)
			{
				p++;
				continue;
			}
		}
		else
			cc = cl_char_at(text + p, end, &l, &cp);

		if (cc == CL_CC_SPACE || cc == CL_CC_CONTROL || cc == CL_CC_OTHER)
		{
			p += l;
			continue;
		}
		if (cc == CL_CC_NEWLINE)
		{
			size_t		q = p + l;
			bool		para = false;

			/* A blank line ends the paragraph and the window. */
			while (q < len && (text[q] == ' ' || text[q] == '\t' || text[q] == '\r'))
				q++;
			if (q < len && text[q] == '\n')
				para = true;
			pending |= T_LINE | T_SENT;
			p += l;
			if (para && N->nt > 0)
			{
				*pos = p;
				return true;
			}
			continue;
		}
		if (N->nt >= WINDOW_TOKENS - 4)
		{
			/* Full: stop at a sentence start, or hard at the limit. */
			if ((pending & T_SENT) || N->nt >= WINDOW_TOKENS - 1)
			{
				*pos = p;
				return true;
			}
		}
		if (is_word_cc(cc))
		{
			size_t		s = p;
			int			letters,
						upper = 0,
						lower = 0,
						caseless = 0;	/* letters without case */
			bool		first_upper = (cc == CL_CC_UPPER);
			bool		first_lower = (cc == CL_CC_LOWER);
			bool		dotted = false;		/* U.S. */
			bool		plain = c < 0x80;	/* ASCII letters and digits only */
			uint16_t	f = T_WORD | pending;
			char		fold[FOLD_MAX];
			size_t		nf;

			pending = 0;
			for (;;)
			{
				if (cc == CL_CC_UPPER)
					upper++;
				else if (cc == CL_CC_LOWER)
					lower++;
				else if (cc == CL_CC_LETTER)
					caseless++;
				p += l;
				/* The rest of a run of ASCII letters and digits. */
				for (;;)
				{
					size_t		r = p;

					p = lower_run_end(text, p, len);
					lower += (int) (p - r);
					if (p >= len)
						break;
					if ((unsigned char) (text[p] - 'A') < 26u)
						upper++;
					else if ((unsigned char) (text[p] - '0') >= 10u)
						break;
					p++;
				}
				if (p >= len || text[p] == ' ')
					break;
				cc = cl_entity_char_at(text + p, end, &l, &cp);
				if (is_word_cc(cc))
				{
					plain = false;	/* a letter or digit beyond ASCII */
					continue;
				}
				if (cc == CL_CC_OTHER && cp != CL_CP_INVALID && cp >= 0x300)
				{
					plain = false;
					continue;	/* combining marks */
				}
				if ((cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == '\'' || cp == 0x2019 ||
					 cp == '.' || cp == '&') && p + l < len)
				{
					int			l2;
					uint32_t	c2;
					cl_char_class n2 = cl_entity_char_at(text + p + l, end, &l2, &c2);

					if (!is_word_cc(n2))
						break;
					if (cp == '-' && p + l + 5 <= len && memcmp(text + p + l, "based", 5) == 0)
						break;	/* Mumbai-based: the place is a word of its own */
					if (cp == '.')
					{
						/* U.S.A: single letters joined by periods. */
						size_t		seg = p;

						while (seg > s && text[seg - 1] != '.')
							seg--;
						if (p - seg != 1 || n2 != CL_CC_UPPER)
							break;
						dotted = true;
					}
					if (cp == '&' && !(upper > 0 && n2 == CL_CC_UPPER))
						break;
					if ((cp == '\'' || cp == 0x2019) && (c2 == 's' || c2 == 'S'))
					{
						int			l3;
						uint32_t	c3;

						if (p + l + l2 >= len ||
							!is_word_cc(cl_entity_char_at(text + p + l + l2, end, &l3, &c3)))
						{
							/* Possessive, except the "People's" of republics. */
							if (!(p - s == 6 && (text[s] == 'P' || text[s] == 'p') &&
								  memcmp(text + s + 1, "eople", 5) == 0))
								break;
						}
					}
					plain = false;
					p += l;
					cc = n2;
					cp = c2;
					l = l2;
					continue;
				}
				break;
			}
			letters = upper + lower + caseless;
			/* A period after an initial, an initialism or an abbreviation is the word's. */
			if (p < len && text[p] == '.')
			{
				bool		take = false;

				if (dotted || (letters == 1 && upper == 1))
					take = true;
				else if (plain ? p - s <= 6 : true)
				{
					nf = fold_tok_raw(text + s, p - s, fold);
					take = nf > 0 && is_abbreviation(fold, nf);
				}
				if (take)
				{
					p++;
					f |= (letters == 1 && upper == 1) ? T_INITIAL | T_ABBR : T_ABBR;
					plain = false;
				}
			}
			if (first_upper)
				f |= T_CAP;
			else if (first_lower)
				f |= T_LOWER;
			if (upper >= 2 && lower == 0)
				f |= T_ALLCAP;
			if (plain)
				f |= T_PLAIN;
			push_tok(N, s, p, 0, f);
			if (p < len && text[p] == ' ')
				p++;			/* the usual space after a word */
			continue;
		}
		/* Punctuation: one token per character; 's after a word is marked. */
		{
			uint16_t	f = pending & (T_LINE | T_PARA);

			if ((cp == '\'' || cp == 0x2019) && N->nt > 0 && N->t[N->nt - 1].end == p &&
				p + l < len && (text[p + l] == 's' || text[p + l] == 'S'))
			{
				push_tok(N, p, p + l + 1, cp, f | T_POSS);
				p += l + 1;
				pending &= ~(T_LINE | T_PARA);
				continue;
			}
			push_tok(N, p, p + l, cp, f);
			pending &= ~(T_LINE | T_PARA);
			if (cp == '.' || cp == '!' || cp == '?' || cp == ';')
				pending |= T_SENT;
			p += l;
		}
	}
	*pos = p;
	return N->nt > 0;
}

/* tokenise_lines(), with the last line's headline test. */
static bool
tokenise_window(ner *N, size_t *pos)
{
	bool		more = tokenise_lines(N, pos);

	if (N->nt > N->line_start)
		line_done(N);
	return more;
}

/* ---- matching ---------------------------------------------------------- */

static bool
is_capword(const ner *N, size_t i)
{
	return i < N->nt && (N->t[i].f & T_WORD) && (N->t[i].f & (T_CAP | T_ALLCAP)) &&
		!(N->t[i].f & T_USED);
}

static bool
is_lowerword(const ner *N, size_t i)
{
	return i < N->nt && (N->t[i].f & T_WORD) && (N->t[i].f & T_LOWER);
}

static bool
is_punct(const ner *N, size_t i, uint32_t cp)
{
	return i < N->nt && !(N->t[i].f & T_WORD) && N->t[i].cp == cp;
}

/* Does token i fold to word (lowercase, wlen bytes)? */
static bool
tok_equals_n(const ner *N, size_t i, const char *word, size_t wlen)
{
	char		buf[FOLD_MAX];
	size_t		n;
	const tok  *k;

	if (i >= N->nt || !(N->t[i].f & T_WORD))
		return false;
	k = &N->t[i];
	if (k->f & T_PLAIN)
	{
		const char *s = N->text + k->start;

		if (k->end - k->start != wlen)
			return false;
		for (size_t j = 0; j < wlen; j++)
			if ((char) (s[j] | ((unsigned char) (s[j] - 'A') < 26u ? 0x20 : 0)) != word[j])
				return false;
		return true;
	}
	n = fold_tok(N, i, buf);
	return n == wlen && memcmp(buf, word, n) == 0;
}

#define tok_equals(N, i, word) tok_equals_n((N), (i), (word), sizeof(word) - 1)

/*
 * The key of tokens [a, b) in N->key, as cl_normalize_name_with() gives it
 * for their text.  When every token is a plain ASCII word (nothing but
 * spaces and the like between them), the key is built here from the tokens
 * with the same rules (a leading "the", leading titles unless the name ends
 * in an organisation or place word, middle initials) and the vocabulary
 * flags the tokens already carry.
 */
static void
span_key(ner *N, size_t a, size_t b)
{
	size_t		first = a,
				last = b;
	bool		plain = b - a <= 16 &&
		N->t[b - 1].end - N->t[a].start <= CL_NAME_MAX_BYTES;

	N->key.len = 0;
	for (size_t i = a; plain && i < b; i++)
		plain = (N->t[i].f & T_PLAIN) != 0;
	if (!plain)
	{
		cl_normalize_name_with(N->text + N->t[a].start, N->t[b - 1].end - N->t[a].start,
							   &N->key, &N->scratch);
		return;
	}
	if (last - first >= 2 && tok_equals(N, first, "the"))
		first++;
	if (last - first >= 2 && !(wflags(N, last - 1) & (CL_W_ORG_TAIL | CL_W_LOC_WORD)))
	{
		size_t		j = first;
		bool		honorific = false;

		while (j < last - 1)
		{
			uint32_t	f = wflags(N, j);

			if (!(f & (CL_W_TITLE | CL_W_HONORIFIC)))
				break;
			honorific |= (f & CL_W_HONORIFIC) != 0;
			j++;
		}
		if (honorific)
			first = j;
	}
	cl_buf_reserve(&N->key, N->t[b - 1].end - N->t[a].start + 1);
	for (size_t i = first; i < last; i++)
	{
		const char *w = N->text + N->t[i].start;
		size_t		n = N->t[i].end - N->t[i].start;

		if (n == 1 && i != first && i != last - 1 && last - first >= 3)
			continue;			/* middle initial */
		if (N->key.len > 0)
			N->key.data[N->key.len++] = ' ';
		for (size_t j = 0; j < n; j++)
			N->key.data[N->key.len++] =
				(char) (w[j] | ((unsigned char) (w[j] - 'A') < 26u ? 0x20 : 0));
	}
	N->key.data[N->key.len] = '\0';
}

/*
 * The end of the longest gazetteer name starting at a and ending by lim, or
 * a.  The key is built word by word from the tokens' folded forms, as
 * normalize_name() would build it (hyphens as spaces, middle initials
 * dropped), so each length costs one hash probe, not a normalisation.
 */
static size_t
gaz_longest_scan(ner *N, size_t a, size_t lim, cl_gaz_hit *hit)
{
	size_t		maxb;
	size_t		found = a;
	cl_gaz_hit	h;

	if (N->gaz == NULL || N->gaz->count == 0 || !is_capword(N, a) || (N->t[a].f & T_GAZ_NO))
		return a;
	if ((N->t[a].f & (T_PLAIN | T_GAZ_MAYBE)) == T_PLAIN)
	{
		/* The first word's key is its lowercase form: filter without building it. */
		const unsigned char *w = (const unsigned char *) N->text + N->t[a].start;
		size_t		n = N->t[a].end - N->t[a].start;
		uint64_t	fh = 0xcbf29ce484222325ULL;

		for (size_t i = 0; i < n; i++)
		{
			fh ^= (unsigned char) (w[i] | ((unsigned char) (w[i] - 'A') < 26u ? 0x20 : 0));
			fh *= 0x100000001b3ULL;
		}
		fh = fh ? fh : 1;		/* as cl_name_hash() */
		if (!cl_gazetteer_may_start(N->gaz, fh))
		{
			N->t[a].f |= T_GAZ_NO;
			return a;
		}
		N->t[a].f |= T_GAZ_MAYBE;
	}
	maxb = a + (size_t) N->gaz->max_words;
	if (maxb > lim)
		maxb = lim;
	N->key.len = 0;
	for (size_t b = a; b < maxb; b++)
	{
		const tok  *k = &N->t[b];
		const char *s = N->text + k->start;
		size_t		n = k->end - k->start;
		bool		space = N->key.len > 0;

		if (!(k->f & T_WORD))
			break;
		if ((k->f & T_INITIAL) && b > a && b + 1 < maxb && is_capword(N, b + 1))
			continue;			/* a middle initial */
		cl_buf_reserve(&N->key, n * 4 + 2);
		for (size_t i = 0; i < n;)
		{
			unsigned char c = (unsigned char) s[i];

			if ((c == '\'' && i + 2 == n) ||
				(c == 0xE2 && i + 4 == n && memcmp(s + i, "\xE2\x80\x99", 3) == 0))
			{
				if (s[n - 1] == 's' || s[n - 1] == 'S')
					break;		/* People's: the possessive goes */
			}
			if (c >= 0x80)
			{
				/* Fold one non-ASCII character as the key does. */
				int			l;
				uint32_t	cp;
				char		f[FOLD_MAX];
				size_t		fl;

				(void) cl_char_at(s + i, s + n, &l, &cp);
				fl = cl_fold_word(s + i, (size_t) l, f, sizeof(f));
				if (fl > 0)
				{
					cl_buf_reserve(&N->key, fl + 1);
					if (space)
						N->key.data[N->key.len++] = ' ';
					space = false;
					memcpy(N->key.data + N->key.len, f, fl);
					N->key.len += fl;
				}
				i += (size_t) l;
				continue;
			}
			if (c == '-' || c == '&')
			{
				space = N->key.len > 0;
				i++;
				continue;
			}
			i++;
			if (c == '.' || c == '\'' )
				continue;
			if (space)
				N->key.data[N->key.len++] = ' ';
			space = false;
			N->key.data[N->key.len++] = (char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
		}
		if (b == a)
		{
			size_t		fl = 0;
			uint64_t	fh;

			while (fl < N->key.len && N->key.data[fl] != ' ')
				fl++;
			fh = cl_name_hash(N->key.data, fl);
			if (fl == 0 || !cl_gazetteer_may_start(N->gaz, fh))
			{
				N->t[a].f |= T_GAZ_NO;
				return a;		/* no name starts with this word */
			}
			N->t[a].f |= T_GAZ_MAYBE;
		}
		if (!(k->f & (T_CAP | T_ALLCAP)))
			continue;			/* a name does not end on "of" */
		if (cl_gazetteer_find(N->gaz, N->key.data, N->key.len, &h))
		{
			found = b + 1;
			*hit = h;
		}
	}
	return found;
}

/*
 * gaz_longest_scan() with a memory of its last answer: a run is usually
 * asked about several times in a row (the whole name, after titles, after
 * demonyms).  The answer depends on which tokens are used, so marking a token
 * used forgets it.
 */
static size_t
gaz_longest(ner *N, size_t a, size_t lim, cl_gaz_hit *hit)
{
	size_t		e;

	if (N->memo_valid && N->memo_a == a && N->memo_lim == lim)
	{
		if (N->memo_end > a)
			*hit = N->memo_hit;
		return N->memo_end;
	}
	e = gaz_longest_scan(N, a, lim, hit);
	N->memo_valid = true;
	N->memo_a = a;
	N->memo_lim = lim;
	N->memo_end = e;
	if (e > a)
		N->memo_hit = *hit;
	return e;
}

static size_t
arena_add(ner *N, const char *s, size_t n)
{
	size_t		off = N->arena.len;

	cl_buf_append(&N->arena, s, n);
	return off;
}

static int32_t
add_mention(ner *N, size_t a, size_t b, cl_entity_kind kind, msrc src, const cl_gaz_hit *hit)
{
	mention    *m;
	char		buf[FOLD_MAX];
	size_t		n;

	if (N->nm == N->capm)
	{
		N->capm *= 2;
		N->m = cl_resize(N->env, N->m, N->capm * sizeof(mention));
	}
	m = &N->m[N->nm];
	memset(m, 0, sizeof(*m));
	m->start = N->t[a].start;
	m->end = N->t[b - 1].end;
	/* "Inc." keeps its period; a sentence's full stop never reaches a word. */
	m->kind = (uint8_t) kind;
	m->src = (uint8_t) src;
	m->ntok = 0;
	for (size_t i = a; i < b; i++)
	{
		if ((N->t[i].f & T_WORD) && !(N->t[i].f & T_INITIAL) && (N->t[i].f & (T_CAP | T_ALLCAP)))
			m->ntok = m->ntok < 255 ? m->ntok + 1 : 255;
		N->t[i].f |= T_USED;
	}
	N->memo_valid = false;
	m->link = -1;
	m->group = (int32_t) N->nm;
	if (hit)
	{
		m->key_off = arena_add(N, hit->key, hit->key_len);
		m->key_len = hit->key_len;
		m->canon_off = arena_add(N, hit->canonical, hit->canonical_len);
		m->canon_len = hit->canonical_len;
	}
	else
	{
		span_key(N, a, b);
		m->key_off = arena_add(N, N->key.data, N->key.len);
		m->key_len = N->key.len;
	}
	n = fold_tok(N, a, buf);
	m->first_off = arena_add(N, buf, n);
	m->first_len = n;
	n = fold_tok(N, b - 1, buf);
	m->last_off = arena_add(N, buf, n);
	m->last_len = n;
	m->surname_first = (wflags(N, a) & CL_W_SURNAME_FIRST) && b - a >= 2 && b - a <= 3;
	return (int32_t) N->nm++;
}

/* "(BMA)" right after a name: the acronym names the same entity. */
static void
acronym_after(ner *N, size_t b, int32_t named)
{
	char		buf[FOLD_MAX];
	size_t		n;
	int32_t		idx;
	mention    *m;

	if (named < 0 || !is_punct(N, b, '(') || !is_capword(N, b + 1) ||
		!(N->t[b + 1].f & T_ALLCAP) || !is_punct(N, b + 2, ')'))
		return;
	idx = add_mention(N, b + 1, b + 2, (cl_entity_kind) N->m[named].kind, SRC_LINKED, NULL);
	m = &N->m[idx];
	m->link = named;
	n = fold_tok(N, b + 1, buf);
	if (n > 0)
	{
		size_t		off = arena_add(N, buf, n);

		strmap_put(&N->acronyms, N->env, &N->arena, off, n, named);
	}
}

static bool
is_compass(const ner *N, size_t i)
{
	static const struct
	{
		char		w[9];
		uint8_t		n;
	}			words[] = {
		{"north", 5}, {"south", 5}, {"east", 4}, {"west", 4}, {"northern", 8},
		{"southern", 8}, {"eastern", 7}, {"western", 7}, {"central", 7}, {"upper", 5},
		{"lower", 5}, {"greater", 7}
	};
	char		buf[FOLD_MAX];
	size_t		n;

	if (i >= N->nt || !(N->t[i].f & T_WORD))
		return false;
	n = fold_tok(N, i, buf);
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (words[k].n == n && memcmp(words[k].w, buf, n) == 0)
			return true;
	return false;
}

/* A word with a capital after a lowercase letter (HeatSense). */
static bool
has_camel_case(const ner *N, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		for (size_t p = N->t[i].start + 1; p < N->t[i].end; p++)
			if (N->text[p] >= 'A' && N->text[p] <= 'Z' &&
				N->text[p - 1] >= 'a' && N->text[p - 1] <= 'z')
				return true;
	return false;
}

static bool
has_allcap(const ner *N, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (N->t[i].f & T_ALLCAP)
			return true;
	return false;
}

static size_t skip_titles(ner *N, size_t s, size_t b);

/*
 * A lowercase "of", "for", "on", "the" or "upon": they join the words of a
 * heading or an institution, never the parts of a person's name (unlike "de",
 * "van" or "bin").
 */
static bool
is_plain_connector(const ner *N, size_t i)
{
	return is_lowerword(N, i) &&
		(tok_equals(N, i, "of") || tok_equals(N, i, "for") || tok_equals(N, i, "on") ||
		 tok_equals(N, i, "the") || tok_equals(N, i, "upon"));
}

/* The plain connector in [a, b) that follows a place word, else the first one, else b. */
static size_t
plain_connector(ner *N, size_t a, size_t b)
{
	size_t		first = b;

	for (size_t i = a; i < b; i++)
		if (is_plain_connector(N, i))
		{
			if (i > a && (wflags(N, i - 1) & CL_W_LOC_WORD))
				return i;		/* the place word ends a name */
			if (first == b)
				first = i;
		}
	return first;
}

/* A name nobody vouches for: classify it from its neighbours. */
static void
classify_unknown(ner *N, size_t a, size_t b, bool person_hint)
{
	cl_entity_kind kind = CL_KIND_NONE;
	msrc		src = SRC_RULE;
	size_t		ntok = 0;
	bool		initial = false;
	int32_t		idx;
	size_t		c;

	while (a < b && !(N->t[a].f & (T_CAP | T_ALLCAP)))
		a++;
	while (b > a && !(N->t[b - 1].f & (T_CAP | T_ALLCAP)))
		b--;
	if (a >= b)
		return;
	if (!person_hint)
	{
		size_t		e = skip_titles(N, a, b);

		if (e >= b)
			return;
		if (e > a)
		{
			a = e;
			person_hint = true;
		}
	}
	for (size_t i = a; i < b; i++)
	{
		if (N->t[i].f & T_INITIAL)
			initial = true;
		else if (N->t[i].f & T_WORD)
			ntok++;
	}
	if (ntok == 1 && b - a == 1 && (wflags(N, a) & (CL_W_CALENDAR | CL_W_TITLE)))
		return;

	if (person_hint)
		kind = CL_KIND_PERSON;
	else if (ntok >= 2 && (wflags(N, a) & CL_W_GIVEN))
		kind = CL_KIND_PERSON;
	else if (initial && ntok >= 2)
		kind = CL_KIND_PERSON;
	else if (ntok >= 2 && ntok <= 3 && (wflags(N, a) & CL_W_SURNAME_FIRST))
		kind = CL_KIND_PERSON;
	else if (has_camel_case(N, a, b) || (ntok >= 2 && has_allcap(N, a, b)))
		kind = CL_KIND_ORG;		/* OpenAI, IG Metall: not people */
	else if (b - a == 1 && (N->t[a].f & T_ALLCAP))
	{
		for (size_t i = N->t[a].start; i < N->t[a].end; i++)
			if (N->text[i] >= '0' && N->text[i] <= '9')
				return;			/* COVID-19, F-16: not a name by itself */
		kind = CL_KIND_ORG;
		src = SRC_ACRONYM;
	}
	if (kind == CL_KIND_NONE)
	{
		uint32_t	before = a > 0 && (N->t[a - 1].f & T_WORD) ? wflags(N, a - 1) : 0;
		uint32_t	before2 = a > 1 && (N->t[a - 2].f & T_WORD) ? wflags(N, a - 2) : 0;

		if (is_lowerword(N, b) && (wflags(N, b) & CL_W_REPORT))
			kind = CL_KIND_PERSON;
		else if (is_punct(N, b, ',') && is_lowerword(N, b + 1) &&
				 (tok_equals(N, b + 1, "who") || tok_equals(N, b + 1, "whose")))
			kind = CL_KIND_PERSON;
		else if (is_punct(N, b, ',') && is_lowerword(N, b + 1) && tok_equals(N, b + 1, "which"))
			kind = CL_KIND_ORG;
		else if (is_punct(N, b, ','))
		{
			/* Anna Berg, the union's chief negotiator, ... */
			for (size_t k = b + 1; k < N->nt && k <= b + 5; k++)
			{
				if (!(N->t[k].f & T_WORD))
				{
					if (!(N->t[k].f & T_POSS))
						break;
					continue;
				}
				if (is_lowerword(N, k) && (wflags(N, k) & CL_W_ROLE))
				{
					kind = CL_KIND_PERSON;
					break;
				}
				if (!is_lowerword(N, k))
					break;
			}
		}
		if (kind == CL_KIND_NONE && b - a == 1 && is_punct(N, b, '-') && tok_equals(N, b + 1, "based"))
			kind = CL_KIND_LOC;	/* Mumbai-based */
		/* Poland and Finland, Dunmore and Castlebay: the same kind as the first. */
		if (kind == CL_KIND_NONE && a > 1 && is_lowerword(N, a - 1) &&
			(tok_equals(N, a - 1, "and") || tok_equals(N, a - 1, "or")) && N->nm > 0 &&
			N->m[N->nm - 1].end == N->t[a - 2].end && N->m[N->nm - 1].src != SRC_WEAK)
			kind = (cl_entity_kind) N->m[N->nm - 1].kind;
		if (kind == CL_KIND_NONE && a > 0 && is_lowerword(N, a - 1))
		{
			if ((before & CL_W_ORG_PREP) && a > 1 && is_lowerword(N, a - 2) &&
				(tok_equals(N, a - 2, "mayor") || tok_equals(N, a - 2, "governor")))
				kind = CL_KIND_LOC;		/* mayor of Calais */
			else if (before & CL_W_LOC_PREP)
				kind = CL_KIND_LOC;
			else if ((before & CL_W_ORG_PREP) && a > 1 && is_lowerword(N, a - 2) &&
					 (before2 & (CL_W_ROLE | CL_W_TITLE)))
				kind = CL_KIND_ORG;
			else if (tok_equals(N, a - 1, "of") && a > 1 && is_lowerword(N, a - 2) &&
					 (before2 & CL_W_PLACE_NOUN))
				kind = CL_KIND_LOC;
			else if ((before & CL_W_REPORT) && a > 1 && !(N->t[a - 2].f & T_WORD))
				kind = CL_KIND_PERSON;	/* "...," said Anna Berg */
			else if (before & (CL_W_ROLE | CL_W_TITLE))
				kind = CL_KIND_PERSON;
		}
		if (kind == CL_KIND_NONE && a > 1 && tok_equals(N, a - 1, "the") &&
			is_lowerword(N, a - 1) && (before2 & CL_W_ORG_PREP) && a > 2 &&
			(wflags(N, a - 3) & (CL_W_ROLE | CL_W_TITLE)) && is_lowerword(N, a - 3))
			kind = CL_KIND_ORG;	/* director of the BMA */
	}
	if (kind == CL_KIND_NONE)
	{
		if (ntok >= 2 && has_camel_case(N, a, b))
			kind = CL_KIND_ORG;	/* HeatSense, PayPal: brands, not people */
		else if (b - a == 2 && is_compass(N, b - 1) &&
				 (tok_equals(N, a, "far") || tok_equals(N, a, "middle") || tok_equals(N, a, "near")))
			kind = CL_KIND_LOC;	/* the Far East */
		else if (ntok >= 2 && (wflags(N, b - 1) & CL_W_LOC_WORD))
			kind = CL_KIND_LOC;	/* the People's Republics (of ...) */
		else if (ntok >= 2 && (wflags(N, b - 1) & (CL_W_HONORIFIC | CL_W_EVENT)))
			return;				/* "Defence Minister" with no name after it; the Cold War */
		else if (ntok >= 2 && (c = plain_connector(N, a, b)) < b)
		{
			/* The Breton Republics of Arvor: two names; Eyes on the Horizon: a heading. */
			if (c > a + 1 && (wflags(N, c - 1) & CL_W_LOC_WORD))
			{
				classify_unknown(N, a, c, false);
				for (c++; c < b && !(N->t[c].f & (T_CAP | T_ALLCAP)); c++)
					;
				if (c < b)
					add_mention(N, c, b, CL_KIND_LOC, SRC_RULE, NULL);
			}
			return;
		}
		else if (ntok >= 2)
			kind = CL_KIND_PERSON;
		else
		{
			kind = CL_KIND_PERSON;
			src = SRC_WEAK;
		}
	}
	else if (kind == CL_KIND_PERSON && ntok == 1 && !person_hint && src == SRC_RULE)
		src = SRC_WEAK;			/* a lone word before "said": keep if resolved */
	if (src == SRC_WEAK && ntok == 1 && is_lowerword(N, b) && (wflags(N, b) & CL_W_REPORT) &&
		!((N->t[a].f & T_SENT) && (N->text[N->t[a].end - 1] == 's')))
		src = SRC_RULE;			/* "Marchetti said": a person, resolved or not; "Critics said": not */
	idx = add_mention(N, a, b, kind, src, NULL);
	acronym_after(N, b, idx);
}

static void
emit_gaz(ner *N, size_t a, size_t b, const cl_gaz_hit *hit)
{
	int32_t		idx;

	if (hit->demonym)
	{
		if (N->demonyms)
			add_mention(N, a, b, CL_KIND_LOC, SRC_GAZ, hit);
		else
		{
			for (size_t i = a; i < b; i++)
				N->t[i].f |= T_USED;
			N->memo_valid = false;
		}
		return;
	}
	idx = add_mention(N, a, b, hit->kind, SRC_GAZ, hit);
	acronym_after(N, b, idx);
}

/* Splits [a, b) at gazetteer names; what lies between is classified by context. */
static void
segment(ner *N, size_t a, size_t b, bool shout)
{
	size_t		u = a;
	size_t		i = a;
	cl_gaz_hit	hit;

	while (i < b)
	{
		size_t		e = gaz_longest(N, i, b, &hit);

		if (e > i)
		{
			if (!shout && u < i)
				classify_unknown(N, u, i, false);
			emit_gaz(N, i, e, &hit);
			i = u = e;
		}
		else
			i++;
	}
	if (!shout && u < b)
		classify_unknown(N, u, b, false);
}

/* Does [s, b) hold an organisation or place word (the name is not a person's)? */
static bool
has_org_or_place_word(ner *N, size_t s, size_t b)
{
	for (size_t k = s; k < b; k++)
		if ((N->t[k].f & T_WORD) &&
			(wflags(N, k) & (CL_W_ORG_TAIL | CL_W_ORG_HEAD | CL_W_LOC_WORD)))
			return true;
	return false;
}

/*
 * Great Hall of the People, Gulf of Mexico.  Not a plural ("the People's
 * Republics of Donetsk and Luhansk" names two places, each on its own).
 */
static bool
loc_word_of(ner *N, size_t s, size_t b)
{
	for (size_t k = s; k + 2 < b; k++)
		if ((wflags(N, k) & CL_W_LOC_WORD) && tok_equals(N, k + 1, "of") &&
			N->text[N->t[k].end - 1] != 's')
			return true;
	return false;
}

/* Does the organisation of [s, b) end in an organisation word or read "Bank of X"? */
static bool
is_org_name(ner *N, size_t s, size_t b)
{
	/* Volkswagen AG, Acme PLC: short legal forms count in capitals too. */
	if (b - s >= 2 && (wflags(N, b - 1) & CL_W_ORG_TAIL) &&
		(!(N->t[b - 1].f & T_ALLCAP) || N->t[b - 1].end - N->t[b - 1].start <= 4))
		return true;
	for (size_t k = s; k + 2 < b; k++)
		if ((wflags(N, k) & (CL_W_ORG_HEAD | CL_W_ORG_TAIL)) && !(N->t[k].f & T_ALLCAP) &&
			(tok_equals(N, k + 1, "of") || tok_equals(N, k + 1, "for")))
			return true;
	return false;
}

/*
 * Leading titles: "President", "Foreign Minister", "Minister of State
 * Security", "Energy Minister Prince".  Returns where the name starts, or s.
 */
static size_t
skip_titles(ner *N, size_t s, size_t b)
{
	size_t		k = s;
	bool		title = false;

	while (k < b && !(N->t[k].f & T_ALLCAP) && (N->t[k].f & T_WORD) &&
		   (wflags(N, k) & (CL_W_TITLE | CL_W_HONORIFIC | CL_W_DOMAIN)))
	{
		title |= (wflags(N, k) & (CL_W_TITLE | CL_W_HONORIFIC)) != 0;
		k++;
	}
	if (!title)
		return s;
	/* Minister of State Security Ri Chang Dae */
	if (k < b && (tok_equals(N, k, "of") || tok_equals(N, k, "for")))
	{
		size_t		m = k + 1;

		while (m < b && ((wflags(N, m) & CL_W_DOMAIN) || tok_equals(N, m, "the") ||
						 tok_equals(N, m, "and")))
			m++;
		if (m > k + 1)
			k = m;
	}
	if (k < b && (N->t[k].f & (T_CAP | T_ALLCAP)) && !(wflags(N, k) & CL_W_ORG_HEAD))
		return k;
	if (k >= b)
		return b;				/* a title alone */
	return s;
}

static void
process_run(ner *N, size_t a, size_t b)
{
	size_t		s = a;
	bool		person = false;
	bool		shout = (N->t[a].f & T_SHOUT) != 0;
	cl_gaz_hit	hit;
	int32_t		idx;

	/* Sentence starters, months and stray connectors are not names. */
	while (s < b && ((!(N->t[s].f & T_ALLCAP) && (wflags(N, s) & (CL_W_STARTER | CL_W_CALENDAR))) ||
					 !(N->t[s].f & (T_CAP | T_ALLCAP))))
		s++;
	if (s >= b)
		return;

	/* Dateline: "LINDHAVEN, March 20 (Wire) -" names a place. */
	if ((N->t[s].f & T_LINE) && (N->t[s].f & T_ALLCAP) &&
		(is_punct(N, b, ',') || is_punct(N, b, '(') || is_punct(N, b, '-') ||
		 is_punct(N, b, 0x2014) || is_punct(N, b, 0x2013)))
	{
		if (gaz_longest(N, s, b, &hit) == b)
			emit_gaz(N, s, b, &hit);
		else
			add_mention(N, s, b, CL_KIND_LOC, SRC_RULE, NULL);
		return;
	}
	if (shout)
	{
		segment(N, s, b, true);
		return;
	}

	/* The whole name is known. */
	if (gaz_longest(N, s, b, &hit) == b)
	{
		emit_gaz(N, s, b, &hit);
		return;
	}

	/* "Anna Kowalski of Seoul National University": a person, then an organisation. */
	for (size_t c = s + 1; c + 1 < b; c++)
	{
		size_t		name;

		if (!is_lowerword(N, c))
			continue;
		if (!(tok_equals(N, c, "of") || tok_equals(N, c, "at")))
			break;
		name = skip_titles(N, s, c);
		if (name < c && c - name >= 2 && c - name <= 4 && !has_org_or_place_word(N, name, c) &&
			(N->t[c - 1].f & T_CAP) && !(N->t[c - 1].f & T_ALLCAP))
		{
			process_run(N, a, c);
			process_run(N, c + 1, b);
			return;
		}
		break;
	}

	/* Organisation words decide, whatever stands in front: American Civil Liberties Union. */
	if (is_org_name(N, s, b))
	{
		idx = add_mention(N, s, b, CL_KIND_ORG, SRC_RULE, NULL);
		acronym_after(N, b, idx);
		return;
	}

	/* A lowercase role just before: "chairwoman Helena Marchetti". */
	if (a > 0 && is_lowerword(N, a - 1) && (wflags(N, a - 1) & (CL_W_ROLE | CL_W_TITLE)) &&
		!(wflags(N, a - 1) & CL_W_STARTER))
		person = true;

	/* Titles and demonyms in front: "Russian President Vladimir Putin". */
	for (;;)
	{
		size_t		e = skip_titles(N, s, b);

		if (e >= b)
			return;				/* a title alone */
		if (e > s)
		{
			s = e;
			person = true;
			continue;
		}
		e = gaz_longest(N, s, b, &hit);
		if (e > s && e < b && hit.demonym)
		{
			emit_gaz(N, s, e, &hit);
			s = e;
			continue;
		}
		break;
	}

	/* The rest of the name is known. */
	if (gaz_longest(N, s, b, &hit) == b && !(person && hit.kind != CL_KIND_PERSON))
	{
		emit_gaz(N, s, b, &hit);
		return;
	}
	/* South Australia, Northern Ontario: a compass word and a known place. */
	if (b - s >= 2 && gaz_longest(N, s + 1, b, &hit) == b && hit.kind == CL_KIND_LOC &&
		!hit.demonym && is_compass(N, s))
	{
		idx = add_mention(N, s, b, CL_KIND_LOC, SRC_RULE, NULL);
		acronym_after(N, b, idx);
		return;
	}
	if (b - s >= 2 && ((wflags(N, b - 1) & CL_W_LOC_WORD) || (wflags(N, s) & CL_W_LOC_WORD) ||
					   loc_word_of(N, s, b)) &&
		!person)
	{
		idx = add_mention(N, s, b, CL_KIND_LOC, SRC_RULE, NULL);
		acronym_after(N, b, idx);
		return;
	}
	if (person)
	{
		classify_unknown(N, s, b, true);
		return;
	}
	/* A given name or a middle initial makes one person of the whole run. */
	if (b - s >= 2 && ((wflags(N, s) & CL_W_GIVEN) || (N->t[s + 1].f & T_INITIAL)) &&
		!has_org_or_place_word(N, s, b))
	{
		classify_unknown(N, s, b, true);
		return;
	}
	segment(N, s, b, false);
}

/* A name broken over a hard-wrapped line: neither line is a headline. */
static bool
wrapped(const ner *N, size_t j)
{
	return j > 0 && !(N->t[j].f & T_PARA) && (N->t[j - 1].f & T_WORD) &&
		!((N->t[j].f | N->t[j - 1].f) & T_SHOUT);
}

static void
process_window(ner *N)
{
	size_t		i = 0;

	N->memo_valid = false;
	while (i < N->nt)
	{
		size_t		j;

		if (!is_capword(N, i))
		{
			i++;
			continue;
		}
		j = i + 1;
		for (;;)
		{
			if (is_capword(N, j) && (!(N->t[j].f & T_LINE) || wrapped(N, j)) &&
				!((wflags(N, j) & CL_W_CALENDAR) && !(N->t[j].f & T_ALLCAP)) &&
				!((wflags(N, j) & CL_W_STARTER) && !(N->t[j].f & T_ALLCAP) &&
				  ((N->t[j - 1].f & T_ABBR) || N->t[j].end - N->t[j].start <= 3)) &&
				!(N->t[j - 1].f & T_ABBR && (N->t[j].f & T_SENT)))
			{
				j++;
				continue;
			}
			/* of, the, de, van: only between capitalised words */
			if (is_lowerword(N, j) && (wflags(N, j) & CL_W_CONNECTOR) && !(N->t[j].f & T_LINE))
			{
				size_t		k = j;

				while (k < N->nt && k < j + 2 && is_lowerword(N, k) &&
					   (wflags(N, k) & CL_W_CONNECTOR) && !(N->t[k].f & T_LINE))
					k++;
				if (is_capword(N, k) && !(N->t[k].f & T_LINE) &&
					!(wflags(N, k) & (CL_W_STARTER | CL_W_CALENDAR)))
				{
					j = k + 1;
					continue;
				}
			}
			break;
		}
		process_run(N, i, j);
		i = j;
	}
}

/* ---- the whole text ---------------------------------------------------- */

static size_t
next_pow2(size_t n)
{
	size_t		p = 64;

	while (p < n * 2)
		p *= 2;
	return p;
}

static bool
is_allcaps_surface(const ner *N, const mention *m)
{
	for (size_t i = m->start; i < m->end; i++)
		if (N->text[i] >= 'a' && N->text[i] <= 'z')
			return false;
	return true;
}

/*
 * Resolves acronyms, surnames and lone words against the other mentions,
 * then gives each group its fullest name.  Dropped mentions get kind NONE.
 */
static void
resolve(ner *N)
{
	strmap		bykey,
				surname;
	size_t		n = N->nm;

	strmap_init(&bykey, N->env, next_pow2(n));
	strmap_init(&surname, N->env, next_pow2(n));

	/* Mentions with the same key are one entity; linked acronyms follow their name. */
	for (size_t i = 0; i < n; i++)
	{
		mention    *m = &N->m[i];

		if (i % 1024 == 0)
			cl_poll(N->env);
		if (m->src == SRC_LINKED && m->link >= 0)
		{
			m->group = N->m[m->link].group;
			m->kind = N->m[m->group].kind;
			continue;
		}
		if (m->src == SRC_ACRONYM)
		{
			int32_t		t = strmap_get(&N->acronyms, &N->arena,
									   N->arena.data + m->first_off, m->first_len);

			if (t >= 0 && (size_t) t != i)
			{
				m->group = N->m[t].group;
				m->kind = N->m[m->group].kind;
				continue;
			}
		}
		if (m->src == SRC_WEAK || m->key_len == 0)
			continue;
		{
			int32_t		g = strmap_get(&bykey, &N->arena, N->arena.data + m->key_off, m->key_len);

			if (g >= 0)
			{
				m->group = g;
				if (N->m[g].src != SRC_GAZ)
					m->kind = N->m[g].kind;
			}
			else
				strmap_put(&bykey, N->env, &N->arena, m->key_off, m->key_len, (int32_t) i);
		}
		if (m->kind == CL_KIND_PERSON && m->ntok >= 2 && m->group == (int32_t) i)
		{
			strmap_put(&surname, N->env, &N->arena, m->last_off, m->last_len, (int32_t) i);
			if (m->surname_first)
				strmap_put(&surname, N->env, &N->arena, m->first_off, m->first_len, (int32_t) i);
		}
	}

	/* Surnames alone and lone words. */
	for (size_t i = 0; i < n; i++)
	{
		mention    *m = &N->m[i];
		int32_t		t;

		if (m->ntok != 1 || m->src == SRC_GAZ || m->src == SRC_LINKED ||
			(m->kind != CL_KIND_PERSON && m->src != SRC_WEAK))
			continue;
		if (m->group != (int32_t) i && m->src != SRC_WEAK)
			continue;
		t = strmap_get(&surname, &N->arena, N->arena.data + m->last_off, m->last_len);
		if (t >= 0 && (size_t) t != i)
		{
			m->group = N->m[t].group;
			m->kind = CL_KIND_PERSON;
			m->src = SRC_RULE;
			continue;
		}
		if (m->src == SRC_WEAK)
		{
			t = strmap_get(&bykey, &N->arena, N->arena.data + m->key_off, m->key_len);
			if (t >= 0 && (size_t) t != i && N->m[t].src != SRC_WEAK)
			{
				m->group = N->m[t].group;
				m->kind = N->m[m->group].kind;
				m->src = SRC_RULE;
			}
			else
				m->kind = CL_KIND_NONE;
		}
	}
	/* Mentions now point at a group root directly or through one step. */
	for (size_t i = 0; i < n; i++)
	{
		int32_t		g = N->m[i].group;
		size_t		steps = 0;

		while (N->m[g].group != g && ++steps < n)
			g = N->m[g].group;
		if (N->m[g].group != g)
			g = (int32_t) i;	/* a cycle cannot arise, but never loop on one */
		N->m[i].group = g;
		if (N->m[i].kind != CL_KIND_NONE && N->m[g].kind != CL_KIND_NONE)
			N->m[i].kind = N->m[g].kind;
	}
	strmap_free(&bykey, N->env);
	strmap_free(&surname, N->env);
}

/* A name from the text with its line breaks and runs of spaces as one space. */
static void
append_spaced(cl_buf *buf, const char *s, size_t n)
{
	bool		space = false;
	char	   *d;

	/* The output is never longer than the input. */
	cl_buf_reserve(buf, n);
	d = buf->data + buf->len;
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v')
		{
			space = true;
			continue;
		}
		if (space)
			*d++ = ' ';
		space = false;
		*d++ = (char) c;
	}
	buf->len = (size_t) (d - buf->data);
	buf->data[buf->len] = '\0';
}

static void
emit_results(ner *N, cl_entity_list *out)
{
	size_t		n = N->nm;
	int32_t    *best = cl_alloc(N->env, (n ? n : 1) * sizeof(int32_t));

	/* The fullest name of each group among members with the group's own key. */
	for (size_t i = 0; i < n; i++)
		best[i] = -1;
	for (size_t i = 0; i < n; i++)
	{
		mention    *m = &N->m[i];
		mention    *r = &N->m[m->group];
		int32_t		b = best[m->group];

		if (m->kind == CL_KIND_NONE)
			continue;
		if (m->key_len != r->key_len ||
			memcmp(N->arena.data + m->key_off, N->arena.data + r->key_off, m->key_len) != 0)
			continue;
		if (b < 0 || m->end - m->start > N->m[b].end - N->m[b].start ||
			(m->end - m->start == N->m[b].end - N->m[b].start &&
			 is_allcaps_surface(N, &N->m[b]) && !is_allcaps_surface(N, m)))
			best[m->group] = (int32_t) i;
	}
	out->count = 0;
	for (size_t i = 0; i < n; i++)
	{
		mention    *m = &N->m[i];
		mention    *r = &N->m[m->group];
		cl_entity  *e;
		int32_t		b = best[m->group];

		if (m->kind == CL_KIND_NONE)
			continue;
		if (out->count == out->cap)
		{
			out->cap = out->cap ? out->cap * 2 : 16;
			out->items = out->items ? cl_resize(N->env, out->items, out->cap * sizeof(cl_entity))
				: cl_alloc(N->env, out->cap * sizeof(cl_entity));
		}
		e = &out->items[out->count++];
		e->start = m->start;
		e->len = m->end - m->start;
		e->kind = (cl_entity_kind) m->kind;
		if (m->canon_len == 0 && r->canon_len > 0)
			m = r;
		e->canonical_off = out->arena.len;
		if (m->canon_len > 0)
			cl_buf_append(&out->arena, N->arena.data + m->canon_off, m->canon_len);
		else if (b >= 0)
			append_spaced(&out->arena, N->text + N->m[b].start, N->m[b].end - N->m[b].start);
		else
			append_spaced(&out->arena, N->text + r->start, r->end - r->start);
		e->canonical_len = out->arena.len - e->canonical_off;
		e->key_off = out->arena.len;
		cl_buf_append(&out->arena, N->arena.data + r->key_off, r->key_len);
		e->key_len = r->key_len;
	}
	cl_release(N->env, best);
}

void
cl_entities(const cl_env *env, const cl_gazetteer *gaz, const char *text, size_t len,
			bool demonyms, cl_entity_list *out)
{
	ner			N;
	size_t		pos = 0;

	memset(&N, 0, sizeof(N));
	N.env = env;
	N.gaz = gaz;
	N.text = text;
	N.len = len;
	N.demonyms = demonyms;
	N.capt = 256;				/* grows up to a window */
	N.t = cl_alloc(env, N.capt * sizeof(tok));
	N.capm = 64;
	N.m = cl_alloc(env, N.capm * sizeof(mention));
	cl_buf_init(&N.arena, env, 1024);
	cl_buf_init(&N.key, env, 256);
	cl_buf_init(&N.scratch, env, 256);
	strmap_init(&N.acronyms, env, 64);

	out->items = NULL;
	out->count = out->cap = 0;
	cl_buf_init(&out->arena, env, 256);

	while (pos < len && tokenise_window(&N, &pos))
	{
		process_window(&N);
		cl_poll(env);
	}
	resolve(&N);
	emit_results(&N, out);

	cl_release(env, N.t);
	cl_release(env, N.m);
	cl_buf_free(&N.arena);
	cl_buf_free(&N.key);
	cl_buf_free(&N.scratch);
	strmap_free(&N.acronyms, env);
}

void
cl_entity_list_free(const cl_env *env, cl_entity_list *list)
{
	if (list->items)
		cl_release(env, list->items);
	list->items = NULL;
	list->count = list->cap = 0;
	cl_buf_free(&list->arena);
}
