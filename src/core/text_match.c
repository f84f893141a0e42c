/*
 * text_match.c — ASCII case-insensitive word and phrase matching.
 */
#include "text_match.h"

bool
cl_equals_ci(const char *text, size_t len, const char *word)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		if (word[i] == '\0' || cl_ascii_lower(text[i]) != word[i])
			return false;
	}
	return word[i] == '\0';
}

bool
cl_starts_with_ci(const char *text, size_t len, const char *phrase)
{
	size_t		n;

	/* Compared as we go: most calls fail on the first byte, so no strlen. */
	for (n = 0; phrase[n] != '\0'; n++)
	{
		if (n >= len || cl_ascii_lower(text[n]) != phrase[n])
			return false;
	}
	return n == len || !cl_is_word_byte(text[n]) || !cl_is_word_byte(phrase[n - 1]);
}

int
cl_word_index_ci(const char *text, size_t len, const char *const *words)
{
	char		first;

	if (len == 0)
	{
		for (int i = 0; words[i] != NULL; i++)
		{
			if (words[i][0] == '\0')
				return i;
		}
		return -1;
	}
	/* The first letter rules out most of the list without a call. */
	first = cl_ascii_lower(text[0]);
	if (first == '\0')
		return -1;				/* no word starts with NUL */
	for (int i = 0; words[i] != NULL; i++)
	{
		if (words[i][0] == first && cl_equals_ci(text + 1, len - 1, words[i] + 1))
			return i;
	}
	return -1;
}
