/*
 * shingle.h — the words of a text as the similarity code sees them: maximal
 * runs of letters and digits, case-folded (utf8proc simple lowercase), each
 * reduced to a 64-bit XXH3 hash with a fixed seed.  Punctuation, white space
 * and case never change a word's hash, so "Russia's" and "RUSSIA’S" give the
 * same two words on every machine.  Shared by docsig (word 3-shingles) and
 * reuse (word alignment).
 */
#ifndef CL_SHINGLE_H
#define CL_SHINGLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "cl_env.h"

typedef struct cl_word
{
	size_t		start;			/* byte span of the word in the text */
	size_t		end;
	uint64_t	hash;			/* XXH3 of the case-folded UTF-8 bytes */
} cl_word;

typedef struct cl_word_iter
{
	const cl_env *env;
	const char *text;
	size_t		len;
	size_t		pos;
	size_t		next_poll;		/* byte offset of the next interrupt check */
} cl_word_iter;

void		cl_words_begin(cl_word_iter *it, const cl_env *env, const char *text, size_t len);

/* The next word, or false at the end of the text. */
bool		cl_words_next(cl_word_iter *it, cl_word *word);

/* Portable 64-bit mixer (splitmix64 finaliser): same result on every machine. */
static inline uint64_t
cl_mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= UINT64_C(0xbf58476d1ce4e5b9);
	x ^= x >> 27;
	x *= UINT64_C(0x94d049bb133111eb);
	x ^= x >> 31;
	return x;
}

/* Little-endian store, so that hashed byte strings do not depend on the CPU. */
static inline void
cl_store_le64(unsigned char *p, uint64_t v)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(p, &v, 8);
#else
	for (int i = 0; i < 8; i++)
		p[i] = (unsigned char) (v >> (8 * i));
#endif
}

#endif
