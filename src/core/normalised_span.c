/*
 * normalised_span.c — a span of text appended to a buffer with its white
 * space normalised, shared by clean() (each kept line) and claims() (each
 * claim, source name and quotation).
 *
 * Runs of printable ASCII with single spaces inside them need no change and
 * are copied whole, sixteen or eight bytes at a time; only the other bytes
 * are decoded one character at a time.
 */
#include "normalised_span.h"

#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text_chars.h"

/* Printable ASCII other than the space: copied as it is. */
static inline bool
plain_byte(unsigned char c)
{
	return c > 0x20 && c < 0x7F;
}

/* The characters that fold into a single space (or nothing, at either end). */
static inline bool
folds_to_space(cl_char_class cc)
{
	return cc == CL_CC_SPACE || cc == CL_CC_CONTROL || cc == CL_CC_NEWLINE;
}

/*
 * How many of the eight bytes at p need no change: all eight when they are
 * printable ASCII with single spaces between, and the last is not a space
 * (whatever follows it could be), seven when only the last is a space, else 0.
 */
static inline size_t
plain_word(const unsigned char *p)
{
	const uint64_t ones = 0x0101010101010101u;
	const uint64_t highs = 0x8080808080808080u;
	const uint64_t lows = 0x7F7F7F7F7F7F7F7Fu;
	uint64_t	w;
	uint64_t	z;
	uint64_t	spaces;

	memcpy(&w, p, 8);
	/* A byte below 0x20, or at 0x7F and above. */
	if ((((w - ones * 0x20) & ~w) | (w + ones) | w) & highs)
		return 0;
	/* The high bit of every byte that is a space, exactly. */
	z = w ^ (ones * 0x20);
	spaces = ~(((z & lows) + lows) | z | lows);
	/* Two spaces side by side (in memory order, whatever the byte order). */
	if (spaces & (spaces >> 8))
		return 0;
	return p[7] == ' ' ? 7 : 8;
}

#if defined(__SSE2__)
/*
 * How many of the 16 bytes at p, which follow a printable byte, carry on a
 * run of printable ASCII with single spaces between: a byte counts when it
 * is printable, or a space before a printable byte among the 16.  (A byte
 * x is in [0x21, 0x7E] when x - 0x21 + 0x80, read as a signed byte, is
 * below 0x5E - 128.)
 */
static inline size_t
plain_run16(const unsigned char *p)
{
	__m128i		v = _mm_loadu_si128((const __m128i *) p);
	__m128i		printable = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8((char) (0x80 - 0x21))),
										   _mm_set1_epi8((char) (0x5E - 128)));
	unsigned	plain = (unsigned) _mm_movemask_epi8(printable);
	unsigned	space = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
	unsigned	ok = plain | (space & (plain >> 1));

	return (size_t) __builtin_ctz(~ok);	/* bit 16 of ~ok is set */
}
#endif

size_t
cl_append_normalised(cl_buf *out, const char *sep, size_t sep_len, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *) s;
	bool		pending_space = false;
	size_t		i = 0;
	size_t		next_poll = CL_INTERRUPT_STRIDE;
	char	   *first;
	char	   *d;

	/* Spaces only shrink: the line never needs more than n bytes. */
	cl_buf_reserve(out, sep_len + n);
	d = out->data + out->len;
	for (size_t k = 0; k < sep_len; k++)
		*d++ = sep[k];
	first = d;
	while (i < n)
	{
		int			len;
		cl_char_class cc;

		if (i >= next_poll)
		{
			out->len = (size_t) (d - out->data);
			*d = '\0';
			cl_poll(out->env);
			next_poll = i + CL_INTERRUPT_STRIDE;
		}
		if (plain_byte(u[i]))
		{
			size_t		limit = n < next_poll ? n : next_poll;
			size_t		j = i + 1;

			for (;;)
			{
				size_t		step;

#if defined(__SSE2__)
				while (limit - j >= 16 && (step = plain_run16(u + j)) == 16)
					j += 16;
				if (limit - j >= 16)
					j += step;
#endif
				while (limit - j >= 8 && (step = plain_word(u + j)) != 0)
					j += step;
				while (j < limit && plain_byte(u[j]))
					j++;
				if (j + 1 < limit && u[j] == ' ' && plain_byte(u[j + 1]))
					j += 2;
				else
					break;
			}
			if (pending_space)
			{
				*d++ = ' ';
				pending_space = false;
			}
			memcpy(d, s + i, j - i);
			d += j - i;
			i = j;
			continue;
		}
		cc = cl_char_at(s + i, s + n, &len, NULL);
		if (folds_to_space(cc))
		{
			pending_space = d > first;
			i += (size_t) len;
			continue;
		}
		if (pending_space)
		{
			*d++ = ' ';
			pending_space = false;
		}
		memcpy(d, s + i, (size_t) len);
		d += len;
		i += (size_t) len;
	}
	out->len = (size_t) (d - out->data);
	*d = '\0';
	return (size_t) (d - first);
}

bool
cl_normalised_empty(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		unsigned char c = (unsigned char) s[i];
		int			len;

		if (plain_byte(c))
			return false;
		if (c < 0x80)
		{
			i++;				/* an ASCII space or control character */
			continue;
		}
		if (!folds_to_space(cl_char_at(s + i, s + n, &len, NULL)))
			return false;
		i += (size_t) len;
	}
	return true;
}
