/*
 * word_slots.h — lookup of a word in a list through a generated table of
 * slots (scripts/gen_claim_words.py): one hash and, nearly always, one
 * comparison, instead of comparisons along a binary search.
 */
#ifndef CL_WORD_SLOTS_H
#define CL_WORD_SLOTS_H

#include <stddef.h>
#include <stdint.h>

/* One step of the tables' hash, byte by byte from 0 (as the generator computes it). */
#define CL_WORD_SLOTS_STEP(h, c) (((h) + (unsigned char) (c)) * 16777619u)

static inline uint32_t
cl_word_slots_hash(const char *word, size_t len)
{
	uint32_t	h = 0;

	for (size_t i = 0; i < len; i++)
		h = CL_WORD_SLOTS_STEP(h, word[i]);
	return h;
}

/*
 * The row (from 0) of word[0..len), whose hash is h, in a list of rows of
 * stride bytes whose first member is the word (a NUL-terminated string), or
 * -1.  slots has 2^bits entries: 0 when empty, else the row + 1 of a word
 * whose probe sequence passes there, with the low 16 bits of its hash above.
 */
static inline int
cl_word_slots_find(const uint32_t *slots, int bits, const void *rows, size_t stride,
				   const char *word, size_t len, uint32_t h)
{
	uint32_t	mask = (1u << bits) - 1;

	for (uint32_t s = h >> (32 - bits);; s = (s + 1) & mask)
	{
		uint32_t	e = slots[s];
		unsigned	r = e & 0xffff;

		if (e == 0)
			return -1;
		if ((e >> 16) == (h & 0xffff))
		{
			const char *w = *(const char *const *) ((const char *) rows + (size_t) (r - 1) * stride);
			size_t		i = 0;

			/* Words are short: compare inline rather than call memcmp. */
			while (i < len && w[i] == word[i] && w[i] != '\0')
				i++;
			if (i == len && w[len] == '\0')
				return (int) r - 1;
		}
	}
}

#endif
