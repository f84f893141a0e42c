/*
 * fuzz_dates.c — the date extractor on arbitrary bytes, with an anchor and
 * a date order taken from the input's first bytes.  Mentions must lie inside
 * the input, come in order without overlapping, and carry values whose text
 * form parses back to the same value.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates.h"
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct check_state
{
	size_t		size;
	size_t		prev_end;
} check_state;

static void
check(void *arg, const cl_date_mention *m)
{
	check_state *st = arg;

	if (m->len == 0 || m->start < st->prev_end || m->start + m->len > st->size)
		abort();
	st->prev_end = m->start + m->len;
	if ((unsigned) m->kind > CL_DATE_STAMP)
		abort();
	if (m->has_value)
	{
		char		buf[CL_TIMEX_TEXT_MAX];
		char		message[64];
		cl_timex	back;
		size_t		n = cl_timex_format(&m->value, buf);

		if (n >= CL_TIMEX_TEXT_MAX ||
			cl_timex_parse(buf, n, &back, message, sizeof(message)) != CL_TIMEX_OK ||
			cl_timex_cmp(&back, &m->value) != 0 || m->value.lower > m->value.upper)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned long polls = 0;
	cl_env		env = fuzz_env(&polls);
	cl_date_options opt = {0};
	check_state st = {0};
	char	   *text;

	if (size < 3)
		return 0;
	/* Anchors from year 1 to 9999, or none. */
	opt.has_anchor = data[0] != 0;
	opt.anchor = cl_days_from_civil(1, 1, 1) +
		(int32_t) (((uint32_t) data[1] << 8 | data[2]) * 55u);
	opt.day_first = data[0] & 1;
	data += 3;
	size -= 3;
	text = malloc(size ? size : 1);
	if (size)
		memcpy(text, data, size);
	st.size = size;
	cl_dates_scan(&env, text, size, &opt, check, &st);
	free(text);
	return 0;
}
