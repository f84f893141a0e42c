/*
 * fuzz_timex_in.c — the timex literal parser on arbitrary bytes.  Whatever
 * it accepts must print as text that parses back to the same value, and its
 * error messages must fit their buffer.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "timex.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cl_timex	t,
				back;
	char		message[96];
	char		buf[CL_TIMEX_TEXT_MAX];
	size_t		n;

	memset(message, 'x', sizeof(message));
	if (cl_timex_parse((const char *) data, size, &t, message, sizeof(message)) != CL_TIMEX_OK)
	{
		if (memchr(message, '\0', sizeof(message)) == NULL)
			abort();
		return 0;
	}
	n = cl_timex_format(&t, buf);
	if (n >= CL_TIMEX_TEXT_MAX || strlen(buf) != n)
		abort();
	if (cl_timex_parse(buf, n, &back, message, sizeof(message)) != CL_TIMEX_OK ||
		cl_timex_cmp(&t, &back) != 0 || t.lower > t.upper)
		abort();
	return 0;
}
