/*
 * fuzz_published_at.c — publication-stamp discovery and the ISO stamp parser
 * on arbitrary bytes.  Every stamp found must be a valid calendar date-time.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "pub_stamp.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(const cl_stamp *s)
{
	static const int days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (s->year < 1000 || s->year > 9999 || s->month < 1 || s->month > 12 ||
		s->day < 1 || s->day > days[s->month - 1] || s->hour < 0 || s->hour > 23 ||
		s->minute < 0 || s->minute > 59 || s->second < 0 || s->second > 59 ||
		s->microsecond < 0 || s->microsecond > 999999 ||
		s->utc_offset < -16 * 3600 || s->utc_offset > 16 * 3600)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned long polls = 0;
	cl_env		env = fuzz_env(&polls);
	cl_stamp	stamp;
	char	   *text = malloc(size ? size : 1);
	size_t		used;

	if (size)
		memcpy(text, data, size);
	if (cl_published_at(&env, text, size, &stamp))
		check(&stamp);
	used = cl_iso_stamp_parse(text, size, &stamp);
	if (used > size)
		abort();
	if (used > 0)
		check(&stamp);
	free(text);
	return 0;
}
