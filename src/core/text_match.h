/*
 * text_match.h — ASCII case-insensitive matching of words and phrases, for
 * the fixed English vocabularies the scanners look for.
 */
#ifndef CL_TEXT_MATCH_H
#define CL_TEXT_MATCH_H

#include <stdbool.h>
#include <stddef.h>

/* ASCII letters, digits and any non-ASCII byte (part of a UTF-8 letter). */
static inline bool
cl_is_word_byte(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		(c >= 'A' && c <= 'Z') || (unsigned char) c >= 0x80;
}

static inline bool
cl_is_ascii_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline char
cl_ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

/* text[0..len) equals the lowercase ASCII word, ignoring case. */
bool		cl_equals_ci(const char *text, size_t len, const char *word);

/* text starts with phrase (ignoring case) and the phrase ends at a word boundary. */
bool		cl_starts_with_ci(const char *text, size_t len, const char *phrase);

/* Index of text[0..len) in a NULL-terminated list of lowercase words, or -1. */
int			cl_word_index_ci(const char *text, size_t len, const char *const *words);

#endif
