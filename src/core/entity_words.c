/*
 * entity_words.c — lookup in the recogniser's vocabulary (entity_words.h).
 * The rows and their hash table are generated from data/entity_words.txt by
 * scripts/gen_entity_words.sh, which computes the same hash as below.
 */
#include "entity_words.h"


typedef struct word_row
{
	const char *word;
	uint8_t		len;
	uint32_t	flags;
} word_row;

static const word_row words[] = {
#include "entity_words_table.h"
};

#define SLOTS (1u << CL_EW_SLOT_BITS)

/*
 * Per slot, 0 when empty, else the row number + 1 of a word whose probe
 * sequence reaches it, with the low 16 bits of the word's hash above it.
 */
static const uint32_t slots[SLOTS] = {
	CL_EW_SLOTS_INIT
};

/* One step of the table's hash (see scripts/gen_entity_words.sh). */
#define STEP(h, c) (((h) + (unsigned char) (c)) * 16777619u)

static inline uint32_t
lookup(uint32_t h, const char *word, size_t len)
{
	for (uint32_t s = h >> (32 - CL_EW_SLOT_BITS);; s = (s + 1) & (SLOTS - 1))
	{
		uint32_t	e = slots[s];
		unsigned	r = e & 0xffff;

		if (e == 0)
			return 0;
		if ((e >> 16) == (h & 0xffff) && words[r - 1].len == len)
		{
			const char *w = words[r - 1].word;
			size_t		i = 0;

			/* Words are short: compare inline rather than call memcmp. */
			while (i < len && w[i] == word[i])
				i++;
			if (i == len)
				return words[r - 1].flags;
		}
	}
}

uint32_t
cl_entity_word_flags(const char *word, size_t len)
{
	uint32_t	h = 0;

	if (len == 0 || len > CL_ENTITY_WORD_MAX)
		return 0;
	for (size_t i = 0; i < len; i++)
		h = STEP(h, word[i]);
	return lookup(h, word, len);
}

uint32_t
cl_entity_word_flags_ascii(const char *word, size_t len)
{
	char		low[CL_ENTITY_WORD_MAX];
	uint32_t	h = 0;

	if (len == 0 || len > CL_ENTITY_WORD_MAX)
		return 0;
	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) word[i];

		c |= (unsigned char) (((unsigned) (c - 'A') < 26u) << 5);
		low[i] = (char) c;
		h = STEP(h, c);
	}
	return lookup(h, low, len);
}
