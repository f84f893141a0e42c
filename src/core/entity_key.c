/*
 * entity_key.c — folding names into keys (see entity_key.h).  ASCII is
 * folded inline; other letters go through utf8proc (case fold, compatibility
 * decomposition, marks stripped), one code point at a time so that nothing
 * is allocated outside the caller's buffer.
 */
#include "entity_key.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "entity_chars.h"
#include "entity_words.h"
#include "gazetteer.h"
#include "text_chars.h"

#define MAX_NAME_TOKENS 64

/* Folds one code point into dst (at least 32 bytes); returns the length. */
static size_t
fold_cp(uint32_t cp, char *dst)
{
	utf8proc_int32_t parts[8];
	int			bound = 0;
	utf8proc_ssize_t n;
	size_t		len = 0;

	if (cp < 0x80)
	{
		dst[0] = (char) ((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
		return 1;
	}
	if (cp == CL_CP_INVALID || cp > 0x10FFFF)
		return 0;
	n = utf8proc_decompose_char((utf8proc_int32_t) cp, parts, 8,
								UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE |
								UTF8PROC_COMPAT | UTF8PROC_STRIPMARK, &bound);
	if (n < 0 || n > 8)
		return 0;
	for (utf8proc_ssize_t i = 0; i < n; i++)
	{
		cl_char_class cc = cl_classify((uint32_t) parts[i]);

		/* Compatibility forms can decompose to spaces (U+037A is " \u0345"). */
		if (cl_is_letter_class(cc) || cc == CL_CC_DIGIT)
			len += (size_t) utf8proc_encode_char(parts[i], (utf8proc_uint8_t *) dst + len);
	}
	return len;
}

static bool
is_mark(uint32_t cp)
{
	utf8proc_category_t cat;

	if (cp < 0x300 || cp == CL_CP_INVALID || cp > 0x10FFFF)
		return false;
	cat = utf8proc_category((utf8proc_int32_t) cp);
	return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC ||
		cat == UTF8PROC_CATEGORY_ME;
}

static bool
is_apostrophe(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}

static bool
is_word_class(cl_char_class cc)
{
	return cl_is_letter_class(cc) || cc == CL_CC_DIGIT;
}

/* The class of the code point at p, or CL_CC_OTHER at the end. */
static cl_char_class
class_at(const char *p, const char *end, int *len, uint32_t *cp)
{
	if (p >= end)
	{
		*len = 0;
		*cp = 0;
		return CL_CC_OTHER;
	}
	return cl_entity_char_at(p, end, len, cp);
}

typedef struct name_token
{
	size_t		off;			/* in the folded buffer */
	size_t		len;
	int			letters;
} name_token;

void
cl_normalize_name(const char *name, size_t len, cl_buf *out)
{
	cl_buf		scratch;

	cl_buf_init(&scratch, out->env, len * 2 + 16);
	cl_normalize_name_with(name, len, out, &scratch);
	cl_buf_free(&scratch);
}

void
cl_entity_key(const cl_gazetteer *gaz, const char *name, size_t len, cl_buf *out)
{
	cl_gaz_hit	hit;

	out->len = 0;
	cl_normalize_name(name, len, out);
	if (gaz != NULL && cl_gazetteer_find(gaz, out->data, out->len, &hit))
	{
		out->len = 0;
		cl_buf_append(out, hit.key, hit.key_len);
	}
}

void
cl_normalize_name_with(const char *name, size_t len, cl_buf *out, cl_buf *scratch)
{
	cl_buf	   *tmpp = scratch;
	name_token	tk[MAX_NAME_TOKENS];
	int			nt = 0;
	bool		in_word = false;
	int			seg = 0;		/* letters since the word began or its last initialism dot */
	const char *p = name;
	const char *end;
	int			first,
				last;
	size_t		out_start = out->len;

	if (len > CL_NAME_MAX_BYTES)
		len = CL_NAME_MAX_BYTES;
	end = name + len;
	tmpp->len = 0;
	while (p < end)
	{
		int			l;
		uint32_t	cp;
		cl_char_class cc;

		/* A run of ASCII letters and digits inside a word: lowercase copy. */
		if (in_word && (unsigned char) *p < 0x80 &&
			(cl_ascii_class[(unsigned char) *p] == CL_CC_LOWER ||
			 cl_ascii_class[(unsigned char) *p] == CL_CC_UPPER ||
			 cl_ascii_class[(unsigned char) *p] == CL_CC_DIGIT))
		{
			const char *r = p;

			while (p < end && (unsigned char) *p < 0x80 &&
				   (cl_ascii_class[(unsigned char) *p] == CL_CC_LOWER ||
					cl_ascii_class[(unsigned char) *p] == CL_CC_UPPER ||
					cl_ascii_class[(unsigned char) *p] == CL_CC_DIGIT))
				p++;
			cl_buf_reserve(tmpp, (size_t) (p - r));
			for (const char *q = r; q < p; q++)
			{
				unsigned char c = (unsigned char) *q;

				tmpp->data[tmpp->len++] = (char) (c | ((unsigned char) (c - 'A') < 26u ? 0x20 : 0));
			}
			tmpp->data[tmpp->len] = '\0';
			tk[nt - 1].len += (size_t) (p - r);
			tk[nt - 1].letters += (int) (p - r);
			seg += (int) (p - r);
			continue;
		}
		cc = cl_entity_char_at(p, end, &l, &cp);
		if (is_word_class(cc))
		{
			char		f[32];
			size_t		fl;

			if (cp < 0x80)
			{
				f[0] = (char) ((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
				fl = 1;
			}
			else
				fl = fold_cp(cp, f);
			if (!in_word)
			{
				if (nt == MAX_NAME_TOKENS)
					break;
				tk[nt].off = tmpp->len;
				tk[nt].len = 0;
				tk[nt].letters = 0;
				nt++;
				in_word = true;
				seg = 0;
			}
			if (fl == 1 && tmpp->len < tmpp->cap)
			{
				tmpp->data[tmpp->len++] = f[0];
				tmpp->data[tmpp->len] = '\0';
			}
			else
				cl_buf_append(tmpp, f, fl);
			tk[nt - 1].len += fl;
			tk[nt - 1].letters++;
			seg++;
			p += l;
			continue;
		}
		if (is_mark(cp))
		{
			p += l;
			continue;
		}
		if (in_word && is_apostrophe(cp))
		{
			int			l2,
						l3;
			uint32_t	c2,
						c3;
			cl_char_class n2 = class_at(p + l, end, &l2, &c2);

			if ((c2 == 's' || c2 == 'S') &&
				!is_word_class(class_at(p + l + l2, end, &l3, &c3)))
			{
				p += l + l2;	/* possessive: Russia's */
				in_word = false;
				continue;
			}
			if (is_word_class(n2))
			{
				p += l;			/* O'Brien = OBrien */
				continue;
			}
		}
		if (in_word && cp == '.' && seg == 1)
		{
			int			l2;
			uint32_t	c2;

			if (cl_is_letter_class(class_at(p + 1, end, &l2, &c2)))
			{
				seg = 0;		/* U.S.: the initialism stays one word */
				p++;
				continue;
			}
		}
		in_word = false;
		p += l;
	}

	first = 0;
	last = nt;
	/* Flags of a folded token; tokens longer than any vocabulary word have none. */
#define TOKEN_FLAGS(i) cl_entity_word_flags(tmpp->data + tk[i].off, tk[i].len)
	if (last - first >= 2 && tk[0].len == 3 && memcmp(tmpp->data + tk[0].off, "the", 3) == 0)
		first++;
	if (last - first >= 2 && !(TOKEN_FLAGS(last - 1) & (CL_W_ORG_TAIL | CL_W_LOC_WORD)))
	{
		int			j = first;
		bool		honorific = false;

		while (j < last - 1)
		{
			uint32_t	f = TOKEN_FLAGS(j);

			if (!(f & (CL_W_TITLE | CL_W_HONORIFIC)))
				break;
			honorific |= (f & CL_W_HONORIFIC) != 0;
			j++;
		}
		if (honorific)
			first = j;
	}
#undef TOKEN_FLAGS
	for (int i = first; i < last; i++)
	{
		if (tk[i].len == 0)
			continue;			/* letters that fold to nothing (U+037A) */
		if (tk[i].letters == 1 && i != first && i != last - 1 && last - first >= 3)
			continue;			/* middle initial */
		if (out->len > out_start)
			cl_buf_push(out, ' ');
		cl_buf_append(out, tmpp->data + tk[i].off, tk[i].len);
	}
}

size_t
cl_fold_word(const char *word, size_t len, char *dst, size_t cap)
{
	const char *p = word;
	const char *end = word + len;
	size_t		n = 0;

	while (p < end)
	{
		int			l;
		uint32_t	cp;
		cl_char_class cc;

		/* ASCII: fold_cp() is the lower case of a letter, a digit as it is. */
		if ((unsigned char) *p < 0x80)
		{
			unsigned char c = (unsigned char) *p;

			if (is_word_class((cl_char_class) cl_ascii_class[c]))
			{
				if (n + 1 > cap)
					return 0;
				dst[n++] = (char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
			}
			p++;
			continue;
		}
		cc = cl_entity_char_at(p, end, &l, &cp);
		if (is_word_class(cc))
		{
			char		f[32];
			size_t		fl = fold_cp(cp, f);

			if (n + fl > cap)
				return 0;
			memcpy(dst + n, f, fl);
			n += fl;
		}
		p += l;
	}
	return n;
}
