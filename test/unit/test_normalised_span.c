/*
 * test_normalised_span.c — cl_append_normalised(): white space and control
 * characters folded to single spaces, none at either end, the separator
 * kept as it is; and its whole-run copies (sixteen and eight bytes at a
 * time) checked against a character-by-character reference on generated
 * texts, with cl_normalised_empty() agreeing on what appends nothing.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "normalised_span.h"
#include "text_chars.h"
#include "unit_tests.h"

static void
check_append(const char *buf_before, const char *sep, const char *in, const char *expected,
			 size_t expected_count)
{
	cl_buf		out;
	size_t		count;

	cl_buf_init(&out, &cl_stdlib_env, 0);
	cl_buf_append(&out, buf_before, strlen(buf_before));
	count = cl_append_normalised(&out, sep, strlen(sep), in, strlen(in));
	assert_string_equal(out.data, expected);
	assert_int_equal(out.len, strlen(expected));
	assert_int_equal(count, expected_count);
	cl_buf_free(&out);
}

static void
test_normalised_span_folds_white_space(void **state)
{
	(void) state;
	check_append("", "", "The  talks\tended\n\non Friday.", "The talks ended on Friday.", 26);
	check_append("", "", "  \t leading and trailing \r\n ", "leading and trailing", 20);
	check_append("", "", "", "", 0);
	check_append("", "", " \t\n ", "", 0);
	/* control characters count as white space */
	check_append("", "", "one\x01two\x7Fthree", "one two three", 13);
	/* no-break space (U+00A0) and em space (U+2003) too; other UTF-8 is kept */
	check_append("", "", "Caf\xC3\xA9\xC2\xA0in\xE2\x80\x83Vessmar", "Caf\xC3\xA9 in Vessmar", 16);
}

static void
test_normalised_span_keeps_separator_and_buffer(void **state)
{
	(void) state;
	/* The separator is appended as it is; the count is what follows it. */
	check_append("First.", "\n\n", "  Second  one. ", "First.\n\nSecond one.", 11);
	/* A span with nothing visible still gets its separator. */
	check_append("First.", " ", "\t\x02 ", "First. ", 0);
	/* Leading white space is dropped even after earlier text in the buffer. */
	check_append("First.", "", "  next", "First.next", 4);
}

static void
test_normalised_span_empty(void **state)
{
	(void) state;
	assert_true(cl_normalised_empty("", 0));
	assert_true(cl_normalised_empty(" \t\r\n\x01\x7F\xC2\xA0\xE2\x80\x83", 11));
	assert_false(cl_normalised_empty(" \t.", 3));
	assert_false(cl_normalised_empty("\xC2\xA0\xC3\xA9", 4));
}

/* The reference: one character at a time, as the whole-run copies must agree. */
static size_t
reference(char *out, const char *s, size_t n)
{
	size_t		o = 0;
	bool		pending = false;

	for (size_t i = 0; i < n;)
	{
		int			len;
		cl_char_class cc = cl_char_at(s + i, s + n, &len, NULL);

		if (cc == CL_CC_SPACE || cc == CL_CC_NEWLINE || cc == CL_CC_CONTROL)
			pending = o > 0;
		else
		{
			if (pending)
				out[o++] = ' ';
			pending = false;
			memcpy(out + o, s + i, (size_t) len);
			o += (size_t) len;
		}
		i += (size_t) len;
	}
	return o;
}

static void
test_normalised_span_runs_match_reference(void **state)
{
	/* Pieces that make long printable runs, single and double spaces, and the rest. */
	static const char *const pieces[] = {
		"a", "Vessmar", "harbour-office", "42,000", " ", " ", " ", "  ", "\t", "\n", "\r\n",
		"\x01", "\x7F", "\xC2\xA0", "\xE2\x80\x83", "\xC3\xA9", "\xE2\x80\x99", "\xFF", "~", "!",
		"0123456789abcdef", "The port authority said on Wednesday",
	};
	const size_t npieces = sizeof(pieces) / sizeof(pieces[0]);
	uint32_t	seed = 12345;
	char		in[512];
	char		want[512];

	(void) state;
	for (int round = 0; round < 20000; round++)
	{
		size_t		n = 0;
		size_t		want_len;
		int			count;
		cl_buf		out;

		seed = seed * 1103515245u + 12345u;
		count = (int) ((seed >> 16) % 24);
		for (int k = 0; k < count; k++)
		{
			const char *p;
			size_t		plen;

			seed = seed * 1103515245u + 12345u;
			/* mostly words and single spaces, as in prose */
			p = pieces[(seed >> 16) % 10 < 7 ? (seed >> 20) % 7 : (seed >> 20) % npieces];
			plen = strlen(p);
			if (n + plen >= sizeof(in))
				break;
			memcpy(in + n, p, plen);
			n += plen;
		}
		want_len = reference(want, in, n);
		cl_buf_init(&out, &cl_stdlib_env, 0);
		assert_int_equal(cl_append_normalised(&out, "", 0, in, n), want_len);
		assert_int_equal(out.len, want_len);
		assert_memory_equal(out.data, want, want_len);
		assert_int_equal(out.data[out.len], '\0');
		/* and the emptiness test agrees with what was appended */
		assert_int_equal(cl_normalised_empty(in, n), want_len == 0);
		cl_buf_free(&out);
	}
}

int
run_normalised_span_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_normalised_span_folds_white_space),
		cmocka_unit_test(test_normalised_span_keeps_separator_and_buffer),
		cmocka_unit_test(test_normalised_span_empty),
		cmocka_unit_test(test_normalised_span_runs_match_reference),
	};

	return cmocka_run_group_tests_name("normalised_span", tests, NULL, NULL);
}
