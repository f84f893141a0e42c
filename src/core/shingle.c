/*
 * shingle.c — word iterator with case folding and hashing (see shingle.h).
 * ASCII is classified and folded inline; other code points go through
 * text_chars (classes) and utf8proc (lowercase).
 */
#include "shingle.h"

#include <string.h>
#include <utf8proc.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "text_chars.h"

/* Fixed seed: changing it changes every stored docsig (bump the version). */
#define CL_WORD_SEED UINT64_C(0x636c776f72643031)	/* "clword01" */

/* Folded bytes are hashed in chunks of this size; longer words chain seeds. */
#define FOLD_CHUNK 128

/* 1 for ASCII letters and digits. */
static const unsigned char ascii_word[128] = {
	['0'] = 1,['1'] = 1,['2'] = 1,['3'] = 1,['4'] = 1,['5'] = 1,['6'] = 1,['7'] = 1,['8'] = 1,['9'] = 1,
	['A'] = 1,['B'] = 1,['C'] = 1,['D'] = 1,['E'] = 1,['F'] = 1,['G'] = 1,['H'] = 1,['I'] = 1,
	['J'] = 1,['K'] = 1,['L'] = 1,['M'] = 1,['N'] = 1,['O'] = 1,['P'] = 1,['Q'] = 1,['R'] = 1,
	['S'] = 1,['T'] = 1,['U'] = 1,['V'] = 1,['W'] = 1,['X'] = 1,['Y'] = 1,['Z'] = 1,
	['a'] = 1,['b'] = 1,['c'] = 1,['d'] = 1,['e'] = 1,['f'] = 1,['g'] = 1,['h'] = 1,['i'] = 1,
	['j'] = 1,['k'] = 1,['l'] = 1,['m'] = 1,['n'] = 1,['o'] = 1,['p'] = 1,['q'] = 1,['r'] = 1,
	['s'] = 1,['t'] = 1,['u'] = 1,['v'] = 1,['w'] = 1,['x'] = 1,['y'] = 1,['z'] = 1,
};

void
cl_words_begin(cl_word_iter *it, const cl_env *env, const char *text, size_t len)
{
	it->env = env;
	it->text = text;
	it->len = len;
	it->pos = 0;
	it->next_poll = CL_INTERRUPT_STRIDE;
}

/* Is the character at p part of a word?  *cp and *n receive it. */
static inline bool
word_char_at(const char *p, const char *end, uint32_t *cp, int *n)
{
	unsigned char c = (unsigned char) *p;
	cl_char_class cc;

	if (c < 0x80)
	{
		*n = 1;
		*cp = c;
		return ascii_word[c];
	}
	cc = cl_char_at(p, end, n, cp);
	return cl_is_letter_class(cc) || cc == CL_CC_DIGIT;
}

bool
cl_words_next(cl_word_iter *it, cl_word *word)
{
	const char *text = it->text;
	const char *end = text + it->len;
	size_t		pos = it->pos;
	unsigned char fold[FOLD_CHUNK + 4];
	size_t		nfold = 0;
	uint64_t	seed = CL_WORD_SEED;
	uint32_t	cp;
	int			n;

	/* Skip to the start of a word. */
	for (;;)
	{
		if (pos >= it->len)
		{
			it->pos = pos;
			return false;
		}
		if (pos >= it->next_poll)
		{
			cl_poll(it->env);
			it->next_poll = pos + CL_INTERRUPT_STRIDE;
		}
		if (word_char_at(text + pos, end, &cp, &n))
			break;
		pos += (size_t) n;
	}
	word->start = pos;

	/* Fold and hash to the end of the word. */
	while (pos < it->len)
	{
		unsigned char c = (unsigned char) text[pos];

		/* ASCII letters and digits: the common case, no decoding */
		if (c < 0x80)
		{
			if (!ascii_word[c])
				break;
			if (nfold >= FOLD_CHUNK)
			{
				seed = XXH3_64bits_withSeed(fold, nfold, seed);
				nfold = 0;
			}
			fold[nfold++] = (unsigned char) ((c >= 'A' && c <= 'Z') ? c + 32 : c);
			pos++;
			if (pos >= it->next_poll)
			{
				cl_poll(it->env);
				it->next_poll = pos + CL_INTERRUPT_STRIDE;
			}
			continue;
		}
		if (!word_char_at(text + pos, end, &cp, &n))
			break;
		if (nfold >= FOLD_CHUNK)
		{
			seed = XXH3_64bits_withSeed(fold, nfold, seed);
			nfold = 0;
		}
		if (cp < 0x80)
			fold[nfold++] = (unsigned char) ((cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
		else
		{
			utf8proc_int32_t lower = utf8proc_tolower((utf8proc_int32_t) cp);

			nfold += (size_t) utf8proc_encode_char(lower, fold + nfold);
		}
		pos += (size_t) n;
		/* A long word is still a scan: keep it cancellable. */
		if (pos >= it->next_poll)
		{
			cl_poll(it->env);
			it->next_poll = pos + CL_INTERRUPT_STRIDE;
		}
	}
	word->end = pos;
	word->hash = XXH3_64bits_withSeed(fold, nfold, seed);
	it->pos = pos;
	return true;
}
