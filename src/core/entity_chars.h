/*
 * entity_chars.h — character classes for the entity scanners (entities.c,
 * entity_key.c) with ASCII answered from cl_ascii_class (text_chars.h),
 * inline: these scanners classify every byte of a text, and a call per byte
 * dominated their cost.  Other characters are decoded and classified by
 * text_chars.h.
 */
#ifndef CL_ENTITY_CHARS_H
#define CL_ENTITY_CHARS_H

#include <stdint.h>

#include "text_chars.h"

/* cl_char_at() with ASCII from the table. */
static inline cl_char_class
cl_entity_char_at(const char *p, const char *end, int *len, uint32_t *cp)
{
	unsigned char c = (unsigned char) *p;

	if (c < 0x80)
	{
		*len = 1;
		*cp = c;
		return (cl_char_class) cl_ascii_class[c];
	}
	return cl_char_at(p, end, len, cp);
}

#endif
