/*
 * test_pub_stamp.c — ISO 8601 stamp parsing (cl_iso_stamp_parse), the helpers
 * the cleaner shares (leading label, machine-stamp line) and the discovery of
 * an article's publication stamp (cl_published_at).
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "pub_stamp.h"
#include "unit_tests.h"

/* Expected fields of a stamp; has_time/has_zone as 0/1. */
typedef struct want_stamp
{
	int			year,
				month,
				day,
				hour,
				minute,
				second,
				microsecond,
				utc_offset,
				has_time,
				has_zone;
} want_stamp;

static void
assert_stamp(const cl_stamp *s, want_stamp w)
{
	assert_int_equal(s->year, w.year);
	assert_int_equal(s->month, w.month);
	assert_int_equal(s->day, w.day);
	assert_int_equal(s->hour, w.hour);
	assert_int_equal(s->minute, w.minute);
	assert_int_equal(s->second, w.second);
	assert_int_equal(s->microsecond, w.microsecond);
	assert_int_equal(s->utc_offset, w.utc_offset);
	assert_int_equal(s->has_time, w.has_time);
	assert_int_equal(s->has_zone, w.has_zone);
}

static size_t
parse(const char *s, cl_stamp *out)
{
	memset(out, 0x5A, sizeof(*out));
	return cl_iso_stamp_parse(s, strlen(s), out);
}

static bool
published(const char *s, cl_stamp *out)
{
	memset(out, 0x5A, sizeof(*out));
	return cl_published_at(&cl_stdlib_env, s, strlen(s), out);
}

/* ---- cl_iso_stamp_parse ------------------------------------------------ */

static void
test_parse_utc_datetime(void **state)
{
	cl_stamp	s;

	(void) state;
	assert_int_equal(parse("2024-03-28T01:27:19Z", &s), 20);
	assert_stamp(&s, (want_stamp) {2024, 3, 28, 1, 27, 19, 0, 0, 1, 1});
	/* Followed by a machine token: the stamp ends at the space. */
	assert_int_equal(parse("2024-03-28T01:27:19Z k3j4h5", &s), 20);
}

static void
test_parse_space_minutes(void **state)
{
	cl_stamp	s;

	(void) state;
	/* Space separator, no seconds, no zone: read as UTC, has_zone false. */
	assert_int_equal(parse("2024-03-28 01:27", &s), 16);
	assert_stamp(&s, (want_stamp) {2024, 3, 28, 1, 27, 0, 0, 0, 1, 0});
}

static void
test_parse_fraction_and_offset(void **state)
{
	cl_stamp	s;

	(void) state;
	assert_int_equal(parse("2024-03-28T01:27:19.5+05:30", &s), 27);
	assert_stamp(&s, (want_stamp) {2024, 3, 28, 1, 27, 19, 500000, 19800, 1, 1});
	/* Negative offset without a colon, microseconds spelt out. */
	assert_int_equal(parse("2024-03-28T01:27:19.000123-0400", &s), 31);
	assert_stamp(&s, (want_stamp) {2024, 3, 28, 1, 27, 19, 123, -14400, 1, 1});
}

static void
test_parse_date_only(void **state)
{
	cl_stamp	s;

	(void) state;
	assert_int_equal(parse("2024-03-28", &s), 10);
	assert_stamp(&s, (want_stamp) {2024, 3, 28, 0, 0, 0, 0, 0, 0, 0});
	/* A date ending a sentence or a clause still parses. */
	assert_int_equal(parse("2024-03-28.", &s), 10);
	assert_int_equal(parse("2024-03-28, officials said", &s), 10);
	/* 29 February exists in a leap year. */
	assert_int_equal(parse("2024-02-29", &s), 10);
	assert_stamp(&s, (want_stamp) {2024, 2, 29, 0, 0, 0, 0, 0, 0, 0});
}

static void
test_parse_invalid(void **state)
{
	cl_stamp	s;

	(void) state;
	/* Impossible dates. */
	assert_int_equal(parse("2023-02-29", &s), 0);
	assert_int_equal(parse("2024-13-01", &s), 0);
	assert_int_equal(parse("2024-04-31", &s), 0);
	assert_int_equal(parse("2024-00-10", &s), 0);
	/* Impossible time. */
	assert_int_equal(parse("2024-03-28T25:00", &s), 0);
	assert_int_equal(parse("2024-03-28T23:61", &s), 0);
	/* Not at a word boundary. */
	assert_int_equal(parse("2024-03-281", &s), 0);
	assert_int_equal(parse("2024-03-28T01:27:19Zabc", &s), 0);
	/* Not a stamp at all, or cut short. */
	assert_int_equal(parse("", &s), 0);
	assert_int_equal(parse("2024-03", &s), 0);
	assert_int_equal(parse("24-03-28", &s), 0);
	assert_int_equal(parse("March 28, 2024", &s), 0);
}

/* ---- helpers used by the cleaner ---------------------------------------- */

static void
test_leading_stamp_len(void **state)
{
	cl_stamp	s;

	(void) state;
	/* " date 2024-03-27 " is 17 bytes, the white space after it included. */
	assert_int_equal(cl_leading_stamp_len(" date 2024-03-27 Officials said", 31, &s), 17);
	assert_stamp(&s, (want_stamp) {2024, 3, 27, 0, 0, 0, 0, 0, 0, 0});
	/* No label, or a label without a stamp. */
	assert_int_equal(cl_leading_stamp_len("Officials said 2024-03-27", 25, &s), 0);
	assert_int_equal(cl_leading_stamp_len("Updated guidance was issued.", 28, &s), 0);
	/* "dated" is not "date" followed by junk. */
	assert_int_equal(cl_leading_stamp_len("dated 2024-03-27 Text", 21, &s), 17);
}

static void
test_line_is_machine_stamp(void **state)
{
	cl_stamp	s;

	(void) state;
#define MS(str) cl_line_is_machine_stamp(str, strlen(str), &s)
	assert_true(MS("2024-03-28T01:27:19Z k3j4h5"));
	assert_true(MS("2024-03-28T01:27:19Z"));
	assert_false(MS("2024-03-28T01:27:19Z two tokens"));
	assert_false(MS("2024-03-28 was a busy day for the port."));
	assert_false(MS("On 2024-03-28 the port reopened."));
#undef MS
}

/* ---- cl_published_at ---------------------------------------------------- */

static void
test_published_leading_date(void **state)
{
	cl_stamp	s;

	(void) state;
	assert_true(published(" date 2024-03-27 Officials in the northern province said on "
						  "Tuesday that the bridge would reopen.\n", &s));
	assert_stamp(&s, (want_stamp) {2024, 3, 27, 0, 0, 0, 0, 0, 0, 0});
}

static void
test_published_labelled_first_line(void **state)
{
	cl_stamp	s;

	(void) state;
	assert_true(published("Published: 2024-03-27T10:00:00Z\n"
						  "\n"
						  "The bridge will reopen in June, officials said.\n", &s));
	assert_stamp(&s, (want_stamp) {2024, 3, 27, 10, 0, 0, 0, 0, 1, 1});

	assert_true(published("Posted on 2024-03-27 09:15\nThe bridge will reopen in June.\n", &s));
	assert_stamp(&s, (want_stamp) {2024, 3, 27, 9, 15, 0, 0, 0, 1, 0});
}

static void
test_published_trailing_stamp(void **state)
{
	cl_stamp	s;

	(void) state;
	/* Machine stamp and token on the last line, then blank lines. */
	assert_true(published("The bridge will reopen in June, officials said.\n"
						  "\n"
						  "2024-03-28T01:27:19Z k3j4h5\n"
						  "\n"
						  "  \n"
						  "\n", &s));
	assert_stamp(&s, (want_stamp) {2024, 3, 28, 1, 27, 19, 0, 0, 1, 1});

	/* Same with CRLF line ends and no final break. */
	assert_true(published("The bridge will reopen in June.\r\n\r\n2024-03-28T01:27:19Z k3j4h5", &s));
	assert_stamp(&s, (want_stamp) {2024, 3, 28, 1, 27, 19, 0, 0, 1, 1});
}

static void
test_published_invalid_label_falls_back(void **state)
{
	cl_stamp	s;

	(void) state;
	/* The labelled stamp is impossible; the trailing machine stamp is used. */
	assert_true(published("Published 2023-02-29\n"
						  "The bridge will reopen in June.\n"
						  "2024-03-28T01:27:19Z k3j4h5\n", &s));
	assert_stamp(&s, (want_stamp) {2024, 3, 28, 1, 27, 19, 0, 0, 1, 1});
}

static void
test_published_none(void **state)
{
	cl_stamp	s;

	(void) state;
	assert_false(published("", &s));
	assert_false(published("\n\n  \n", &s));
	/* A machine stamp in the middle of the text is not the last line. */
	assert_false(published("The bridge will reopen in June.\n"
						   "2024-03-28T01:27:19Z k3j4h5\n"
						   "Traffic will use the old ferry until then.\n", &s));
	/* Dates inside sentences are not publication stamps. */
	assert_false(published("The report was published 2024-03-27 and runs to 40 pages.\n"
						   "The vote is set for 2024-04-02.\n", &s));
}

int
run_pub_stamp_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_utc_datetime),
		cmocka_unit_test(test_parse_space_minutes),
		cmocka_unit_test(test_parse_fraction_and_offset),
		cmocka_unit_test(test_parse_date_only),
		cmocka_unit_test(test_parse_invalid),
		cmocka_unit_test(test_leading_stamp_len),
		cmocka_unit_test(test_line_is_machine_stamp),
		cmocka_unit_test(test_published_leading_date),
		cmocka_unit_test(test_published_labelled_first_line),
		cmocka_unit_test(test_published_trailing_stamp),
		cmocka_unit_test(test_published_invalid_label_falls_back),
		cmocka_unit_test(test_published_none),
	};

	return cmocka_run_group_tests_name("pub_stamp", tests, NULL, NULL);
}
