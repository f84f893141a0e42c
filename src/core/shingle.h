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

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "cl_env.h"
#include "xxh3_small.h"

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
	size_t		len;			/* words end here */
	size_t		readable;		/* bytes of text that may be read, at least len */
	size_t		pos;
	size_t		next_poll;		/* byte offset of the next interrupt check */
} cl_word_iter;

void		cl_words_begin(cl_word_iter *it, const cl_env *env, const char *text, size_t len);

/*
 * The words of text[start..end) only, as if the text ended at end (its
 * bytes from end to readable are read ahead but never belong to a word).
 */
void		cl_words_begin_span(cl_word_iter *it, const cl_env *env, const char *text,
								size_t start, size_t end, size_t readable);

/* Fixed seed: changing it changes every stored docsig (bump the version). */
#define CL_WORD_SEED UINT64_C(0x636c776f72643031)	/* "clword01" */

/* cl_words_next() in every case (out of line). */
bool		cl_words_next_general(cl_word_iter *it, cl_word *word);

/*
 * The hashes of the next words, at most max of them: the same words and
 * hashes as calls of cl_words_next() give, but without their spans.  Returns
 * how many were written; fewer than max only at the end of the text.
 */
size_t		cl_words_hashes(cl_word_iter *it, uint64_t *hashes, size_t max);

static inline uint64_t
cl_load64(const unsigned char *p)
{
	uint64_t	v;

	memcpy(&v, p, 8);
	return v;
}

/*
 * 0x80 in every byte of v (8 bytes of text) that is an ASCII letter or
 * digit, 0 elsewhere.  Each byte is range-tested without carries between
 * bytes: its high bit is cleared first, and bytes that had it (non-ASCII)
 * never count.  Letters are tested as lowercase (bit 0x20 set), which maps
 * exactly the two ranges A-Z and a-z onto a-z.
 */
static inline uint64_t
cl_ascii_word_bytes(uint64_t v)
{
	const uint64_t ones = UINT64_C(0x0101010101010101);
	const uint64_t highs = UINT64_C(0x8080808080808080);
	uint64_t	x = v & ~highs;
	uint64_t	y = x | UINT64_C(0x2020202020202020);
	uint64_t	digit = (x + (0x80 - '0') * ones) & ~(x + (0x7F - '9') * ones);
	uint64_t	letter = (y + (0x80 - 'a') * ones) & ~(y + (0x7F - 'z') * ones);

	return (digit | letter) & ~v & highs;
}

/* One bit per byte (bit k for byte k) from a mask of 0x80 per byte. */
static inline uint64_t
cl_pack_highs(uint64_t m)
{
	return ((m >> 7) * UINT64_C(0x0102040810204080)) >> 56;
}

/*
 * Classify the 64 bytes at p: bit k of *word is set when byte k is an ASCII
 * letter or digit, bit k of *high when byte k is not ASCII.  Portable
 * version, 8 bytes at a time (little-endian machines only).
 */
static inline void
cl_window_bits_portable(const unsigned char *p, uint64_t *word, uint64_t *high)
{
	uint64_t	w = 0,
				h = 0;

	for (int k = 0; k < 8; k++)
	{
		uint64_t	v = cl_load64(p + 8 * k);

		w |= cl_pack_highs(cl_ascii_word_bytes(v)) << (8 * k);
		h |= cl_pack_highs(v & UINT64_C(0x8080808080808080)) << (8 * k);
	}
	*word = w;
	*high = h;
}

/*
 * The same bitmaps, 16 bytes at a time with SSE2 (every x86-64 CPU has it).
 * A byte x is in [lo, lo + n) when x - lo + 0x80, read as a signed byte, is
 * below n - 128; letters are tested as lowercase, as in cl_ascii_word_bytes().
 */
static inline void
cl_window_bits(const unsigned char *p, uint64_t *word, uint64_t *high)
{
#if defined(__SSE2__)
	uint64_t	w = 0,
				h = 0;

	for (int k = 0; k < 4; k++)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (p + 16 * k));
		__m128i		lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
		__m128i		letter = _mm_cmplt_epi8(_mm_add_epi8(lower, _mm_set1_epi8((char) (0x80 - 'a'))),
											_mm_set1_epi8((char) (26 - 128)));
		__m128i		digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char) (0x80 - '0'))),
										   _mm_set1_epi8((char) (10 - 128)));

		w |= (uint64_t) (uint32_t) _mm_movemask_epi8(_mm_or_si128(letter, digit)) << (16 * k);
		h |= (uint64_t) (uint32_t) _mm_movemask_epi8(v) << (16 * k);
	}
	*word = w;
	*high = h;
#else
	cl_window_bits_portable(p, word, high);
#endif
}

static inline bool
cl_ascii_alnum(unsigned char c)
{
	return (unsigned) ((c | 0x20) - 'a') < 26 || (unsigned) (c - '0') < 10;
}

/*
 * The next word, or false at the end of the text.  Inline for the common
 * case, an ASCII word of at most 15 bytes after ASCII separators, with 16
 * bytes of text left: its end is found 8 bytes at a time, and it is folded
 * (every ASCII letter or digit lowercases by setting bit 0x20) and hashed
 * from the loaded values.  Everything else goes to cl_words_next_general(),
 * which gives the same words and hashes.
 */
static inline bool
cl_words_next(cl_word_iter *it, cl_word *word)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const unsigned char *text = (const unsigned char *) it->text;
	size_t		pos = it->pos;
	size_t		limit = it->len < it->next_poll ? it->len : it->next_poll;

	while (pos < limit && text[pos] < 0x80 && !cl_ascii_alnum(text[pos]))
		pos++;
	it->pos = pos;
	if (pos < limit && it->len - pos >= 16 && text[pos] < 0x80)
	{
		uint64_t	v = cl_load64(text + pos);
		uint64_t	stops = ~cl_ascii_word_bytes(v) & UINT64_C(0x8080808080808080);
		size_t		wlen;
		uint64_t	first,
					last = 0;

		if (stops != 0)
		{
			wlen = (size_t) __builtin_ctzll(stops) >> 3;
			first = (v | UINT64_C(0x2020202020202020)) & ((UINT64_C(1) << (8 * wlen)) - 1);
		}
		else
		{
			stops = ~cl_ascii_word_bytes(cl_load64(text + pos + 8)) & UINT64_C(0x8080808080808080);
			if (stops == 0)
				return cl_words_next_general(it, word);
			wlen = 8 + ((size_t) __builtin_ctzll(stops) >> 3);
			first = v | UINT64_C(0x2020202020202020);
			last = cl_load64(text + pos + wlen - 8) | UINT64_C(0x2020202020202020);
		}
		if (text[pos + wlen] < 0x80)
		{
			word->start = pos;
			word->end = pos + wlen;
			word->hash = cl_xxh3_upto16(first, last, wlen, CL_WORD_SEED);
			it->pos = pos + wlen;
			return true;
		}
	}
#endif
	return cl_words_next_general(it, word);
}

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
