/*
 * text_chars.c — UTF-8 decoding and character classes (see text_chars.h).
 */
#include "text_chars.h"

#include <utf8proc.h>

uint32_t
cl_utf8_decode(const unsigned char *p, const unsigned char *end, int *len)
{
	unsigned char c = p[0];
	uint32_t	cp;
	int			need;
	uint32_t	min;

	if (c < 0x80)
	{
		*len = 1;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		need = 1;
		cp = c & 0x1F;
		min = 0x80;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		need = 2;
		cp = c & 0x0F;
		min = 0x800;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		need = 3;
		cp = c & 0x07;
		min = 0x10000;
	}
	else
	{
		*len = 1;
		return CL_CP_INVALID;
	}
	if (end - p <= need)
	{
		*len = 1;
		return CL_CP_INVALID;
	}
	for (int i = 1; i <= need; i++)
	{
		if ((p[i] & 0xC0) != 0x80)
		{
			*len = 1;
			return CL_CP_INVALID;
		}
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
	{
		*len = 1;
		return CL_CP_INVALID;
	}
	*len = need + 1;
	return cp;
}

cl_char_class
cl_classify(uint32_t cp)
{
	if (cp < 0x80)
	{
		if (cp >= 'a' && cp <= 'z')
			return CL_CC_LOWER;
		if (cp >= 'A' && cp <= 'Z')
			return CL_CC_UPPER;
		if (cp >= '0' && cp <= '9')
			return CL_CC_DIGIT;
		if (cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v')
			return CL_CC_SPACE;
		if (cp == '\n' || cp == '\r')
			return CL_CC_NEWLINE;
		if (cp < 0x20 || cp == 0x7F)
			return CL_CC_CONTROL;
		return CL_CC_PUNCT;
	}
	if (cp == CL_CP_INVALID)
		return CL_CC_OTHER;
	if (cp == 0xFEFF || cp == 0x200B)
		return CL_CC_SPACE;		/* BOM and zero-width space act as space */
	switch (utf8proc_category((utf8proc_int32_t) cp))
	{
		case UTF8PROC_CATEGORY_LU:
		case UTF8PROC_CATEGORY_LT:
			return CL_CC_UPPER;
		case UTF8PROC_CATEGORY_LL:
			return CL_CC_LOWER;
		case UTF8PROC_CATEGORY_LM:
		case UTF8PROC_CATEGORY_LO:
			return CL_CC_LETTER;
		case UTF8PROC_CATEGORY_ND:
			return CL_CC_DIGIT;
		case UTF8PROC_CATEGORY_ZS:
			return CL_CC_SPACE;
		case UTF8PROC_CATEGORY_ZL:
		case UTF8PROC_CATEGORY_ZP:
			return CL_CC_NEWLINE;
		case UTF8PROC_CATEGORY_CC:
		case UTF8PROC_CATEGORY_CF:
			return CL_CC_CONTROL;
		case UTF8PROC_CATEGORY_PC:
		case UTF8PROC_CATEGORY_PD:
		case UTF8PROC_CATEGORY_PS:
		case UTF8PROC_CATEGORY_PE:
		case UTF8PROC_CATEGORY_PI:
		case UTF8PROC_CATEGORY_PF:
		case UTF8PROC_CATEGORY_PO:
			return CL_CC_PUNCT;
		default:
			return CL_CC_OTHER;
	}
}

size_t
cl_space_len(const char *p, const char *end)
{
	int			len;
	cl_char_class cc;

	if ((unsigned char) *p < 0x80)
		return (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\v') ? 1 : 0;
	cc = cl_char_at(p, end, &len, NULL);
	return cc == CL_CC_SPACE ? (size_t) len : 0;
}

bool
cl_cp_is_opening(uint32_t cp)
{
	switch (cp)
	{
		case '"':
		case '\'':
		case '(':
		case '[':
		case 0x2018:			/* left single quotation mark */
		case 0x201C:			/* left double quotation mark */
		case 0x00AB:			/* left guillemet */
		case 0x201E:			/* low double quotation mark */
			return true;
		default:
			return false;
	}
}

bool
cl_cp_is_closing(uint32_t cp)
{
	switch (cp)
	{
		case '"':
		case '\'':
		case ')':
		case ']':
		case 0x2019:			/* right single quotation mark */
		case 0x201D:			/* right double quotation mark */
		case 0x00BB:			/* right guillemet */
			return true;
		default:
			return false;
	}
}
