/*
 * normalised_span.h — a span of text appended to a buffer with every run of
 * white space or control characters as one space.
 */
#ifndef CL_NORMALISED_SPAN_H
#define CL_NORMALISED_SPAN_H

#include <stdbool.h>
#include <stddef.h>

#include "cl_buf.h"

/*
 * Append sep[0..sep_len) and then s[0..n) with every run of white space or
 * control characters as one space, none at either end.  Returns the number
 * of bytes appended after the separator.  Polls for interrupts through the
 * buffer's environment on long spans.
 */
size_t		cl_append_normalised(cl_buf *out, const char *sep, size_t sep_len,
								 const char *s, size_t n);

/*
 * Whether cl_append_normalised() would append nothing from s[0..n): the span
 * holds only white space and control characters.
 */
bool		cl_normalised_empty(const char *s, size_t n);

#endif
