/*
 * text_chars.h — UTF-8 decoding and the character classes the text scanners
 * need.  Decoding never fails: a byte that does not start a valid sequence is
 * reported as CL_CP_INVALID with length 1, so SQL_ASCII junk is scanned like
 * any other symbol.  ASCII is answered inline; the rest asks utf8proc.
 */
#ifndef CL_TEXT_CHARS_H
#define CL_TEXT_CHARS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CL_CP_INVALID 0xFFFFFFFFu

typedef enum cl_char_class
{
	CL_CC_OTHER = 0,
	CL_CC_UPPER,				/* uppercase and titlecase letters */
	CL_CC_LOWER,
	CL_CC_LETTER,				/* letters without case (CJK, modifiers) */
	CL_CC_DIGIT,
	CL_CC_SPACE,				/* horizontal white space, not line breaks */
	CL_CC_NEWLINE,
	CL_CC_CONTROL,
	CL_CC_PUNCT
} cl_char_class;

/* Decode the code point at p (p < end); *len receives its byte length. */
uint32_t	cl_utf8_decode(const unsigned char *p, const unsigned char *end, int *len);

/* Class of a decoded code point. */
cl_char_class cl_classify(uint32_t cp);

/* cl_classify() of every ASCII character. */
#define CL_AC_O CL_CC_OTHER
#define CL_AC_U CL_CC_UPPER
#define CL_AC_L CL_CC_LOWER
#define CL_AC_D CL_CC_DIGIT
#define CL_AC_S CL_CC_SPACE
#define CL_AC_N CL_CC_NEWLINE
#define CL_AC_C CL_CC_CONTROL
#define CL_AC_P CL_CC_PUNCT
static const uint8_t cl_ascii_class[128] = {
	CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C,
	CL_AC_C, CL_AC_S, CL_AC_N, CL_AC_S, CL_AC_S, CL_AC_N, CL_AC_C, CL_AC_C,
	CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C,
	CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C, CL_AC_C,
	CL_AC_S, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P,
	CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P,
	CL_AC_D, CL_AC_D, CL_AC_D, CL_AC_D, CL_AC_D, CL_AC_D, CL_AC_D, CL_AC_D,
	CL_AC_D, CL_AC_D, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P,
	CL_AC_P, CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U,
	CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U,
	CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_U,
	CL_AC_U, CL_AC_U, CL_AC_U, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P,
	CL_AC_P, CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L,
	CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L,
	CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_L,
	CL_AC_L, CL_AC_L, CL_AC_L, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_P, CL_AC_C,
};
#undef CL_AC_O
#undef CL_AC_U
#undef CL_AC_L
#undef CL_AC_D
#undef CL_AC_S
#undef CL_AC_N
#undef CL_AC_C
#undef CL_AC_P

/* Decode and classify in one step; ASCII from the table, without a call. */
static inline cl_char_class
cl_char_at(const char *p, const char *end, int *len, uint32_t *cp_out)
{
	unsigned char c = (unsigned char) *p;
	uint32_t	cp;

	if (c < 0x80)
	{
		*len = 1;
		if (cp_out)
			*cp_out = c;
		return (cl_char_class) cl_ascii_class[c];
	}
	cp = cl_utf8_decode((const unsigned char *) p, (const unsigned char *) end, len);
	if (cp_out)
		*cp_out = cp;
	return cl_classify(cp);
}

/* Byte length of the horizontal white-space character at p, or 0. */
size_t		cl_space_len(const char *p, const char *end);

static inline bool
cl_is_letter_class(cl_char_class cc)
{
	return cc == CL_CC_UPPER || cc == CL_CC_LOWER || cc == CL_CC_LETTER;
}

/* Quotation marks and brackets that open or close a quoted stretch. */
bool		cl_cp_is_opening(uint32_t cp);
bool		cl_cp_is_closing(uint32_t cp);

#endif
