/*
 * entity_words.c — lookup in the recogniser's vocabulary (entity_words.h).
 * The table is generated, sorted, from data/entity_words.txt.
 */
#include "entity_words.h"

#include <string.h>

typedef struct word_row
{
	const char *word;
	uint32_t	flags;
} word_row;

static const word_row words[] = {
#include "entity_words_table.h"
};

uint32_t
cl_entity_word_flags(const char *word, size_t len)
{
	size_t		lo = 0,
				hi = sizeof(words) / sizeof(words[0]);

	if (len == 0 || len > 24)
		return 0;
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		const unsigned char *w = (const unsigned char *) words[mid].word;
		const unsigned char *q = (const unsigned char *) word;
		size_t		i = 0;
		int			c;

		/* Inline comparison: this runs for most capitalised words of a text. */
		while (i < len && w[i] == q[i])
			i++;
		if (i == len)
			c = (w[len] != '\0');	/* w is longer than word */
		else
			c = (int) w[i] - (int) q[i];
		if (c == 0)
			return words[mid].flags;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}
