/*
 * text_match.c — ASCII case-insensitive word and phrase matching.
 */
#include "text_match.h"

#include <string.h>

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
	size_t		n = strlen(phrase);

	if (len < n)
		return false;
	for (size_t i = 0; i < n; i++)
	{
		if (cl_ascii_lower(text[i]) != phrase[i])
			return false;
	}
	return n == len || !cl_is_word_byte(text[n]) || !cl_is_word_byte(phrase[n - 1]);
}

int
cl_word_index_ci(const char *text, size_t len, const char *const *words)
{
	for (int i = 0; words[i] != NULL; i++)
	{
		if (cl_equals_ci(text, len, words[i]))
			return i;
	}
	return -1;
}
