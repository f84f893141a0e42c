/*
 * entity_chars.h — character classes for the entity scanners (entities.c,
 * entity_key.c) with ASCII answered from a table, inline: these scanners
 * classify every byte of a text, and a call per byte dominated their cost.
 * Other characters are decoded and classified by text_chars.h.
 */
#ifndef CL_ENTITY_CHARS_H
#define CL_ENTITY_CHARS_H

#include <stdint.h>

#include "text_chars.h"

/* cl_classify() of every ASCII character. */
#define CL_EC_O CL_CC_OTHER
#define CL_EC_U CL_CC_UPPER
#define CL_EC_L CL_CC_LOWER
#define CL_EC_D CL_CC_DIGIT
#define CL_EC_S CL_CC_SPACE
#define CL_EC_N CL_CC_NEWLINE
#define CL_EC_C CL_CC_CONTROL
#define CL_EC_P CL_CC_PUNCT
static const uint8_t cl_entity_ascii_class[128] = {
	CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C,
	CL_EC_C, CL_EC_S, CL_EC_N, CL_EC_S, CL_EC_S, CL_EC_N, CL_EC_C, CL_EC_C,
	CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C,
	CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C, CL_EC_C,
	CL_EC_S, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P,
	CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P,
	CL_EC_D, CL_EC_D, CL_EC_D, CL_EC_D, CL_EC_D, CL_EC_D, CL_EC_D, CL_EC_D,
	CL_EC_D, CL_EC_D, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P,
	CL_EC_P, CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U,
	CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U,
	CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_U,
	CL_EC_U, CL_EC_U, CL_EC_U, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P,
	CL_EC_P, CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L,
	CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L,
	CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_L,
	CL_EC_L, CL_EC_L, CL_EC_L, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_P, CL_EC_C,
};
#undef CL_EC_O
#undef CL_EC_U
#undef CL_EC_L
#undef CL_EC_D
#undef CL_EC_S
#undef CL_EC_N
#undef CL_EC_C
#undef CL_EC_P

/* cl_char_at() with ASCII from the table. */
static inline cl_char_class
cl_entity_char_at(const char *p, const char *end, int *len, uint32_t *cp)
{
	unsigned char c = (unsigned char) *p;

	if (c < 0x80)
	{
		*len = 1;
		*cp = c;
		return (cl_char_class) cl_entity_ascii_class[c];
	}
	return cl_char_at(p, end, len, cp);
}

#endif
