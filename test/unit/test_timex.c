/*
 * test_timex.c — calendar arithmetic, construction, text form and parsing
 * of TIMEX3 values (src/core/timex.c).  Expected values are calendar facts
 * (2024-03-25 was a Monday in ISO week 13) checked independently.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "timex.h"
#include "unit_tests.h"

static void
test_civil_round_trip_all_days(void **state)
{
	int32_t		first = cl_days_from_civil(1, 1, 1);
	int32_t		last = cl_days_from_civil(9999, 12, 31);
	int			y = 1,
				m = 1,
				d = 1;

	(void) state;
	/* Every day of years 1..9999 maps back to the next calendar day in order. */
	for (int32_t day = first; day <= last; day++)
	{
		int			yy,
					mm,
					dd;

		cl_civil_from_days(day, &yy, &mm, &dd);
		if (yy != y || mm != m || dd != d)
			fail_msg("day %d gave %04d-%02d-%02d, expected %04d-%02d-%02d",
					 (int) day, yy, mm, dd, y, m, d);
		if (++d > cl_days_in_month(y, m))
		{
			d = 1;
			if (++m > 12)
			{
				m = 1;
				y++;
			}
		}
	}
	assert_int_equal(cl_days_from_civil(1970, 1, 1), 0);
	assert_int_equal(cl_days_from_civil(2000, 1, 1), 10957);
}

static void
test_weekdays_and_iso_weeks(void **state)
{
	int			wy,
				w;

	(void) state;
	assert_int_equal(cl_weekday(cl_days_from_civil(2024, 3, 25)), 0);	/* Monday */
	assert_int_equal(cl_weekday(cl_days_from_civil(1970, 1, 1)), 3);	/* Thursday */
	assert_int_equal(cl_weekday(cl_days_from_civil(2000, 1, 1)), 5);	/* Saturday */
	cl_iso_week(cl_days_from_civil(2024, 3, 27), &wy, &w);
	assert_int_equal(wy, 2024);
	assert_int_equal(w, 13);
	cl_iso_week(cl_days_from_civil(2021, 1, 3), &wy, &w);	/* belongs to 2020-W53 */
	assert_int_equal(wy, 2020);
	assert_int_equal(w, 53);
	cl_iso_week(cl_days_from_civil(2024, 12, 30), &wy, &w);	/* belongs to 2025-W01 */
	assert_int_equal(wy, 2025);
	assert_int_equal(w, 1);
	assert_int_equal(cl_iso_weeks_in_year(2020), 53);
	assert_int_equal(cl_iso_weeks_in_year(2024), 52);
}

/* Parse text, check its span and that it prints back identically. */
static void
check_value(const char *text, const char *first, const char *last, const char *grain)
{
	cl_timex	t;
	char		message[128];
	char		buf[CL_TIMEX_TEXT_MAX];
	char		day[16];
	int			y,
				m,
				d;

	if (cl_timex_parse(text, strlen(text), &t, message, sizeof(message)) != CL_TIMEX_OK)
		fail_msg("%s: %s", text, message);
	cl_timex_format(&t, buf);
	assert_string_equal(buf, text);
	cl_civil_from_days(t.lower, &y, &m, &d);
	snprintf(day, sizeof(day), "%04d-%02d-%02d", y, m, d);
	assert_string_equal(day, first);
	cl_civil_from_days(t.upper, &y, &m, &d);
	snprintf(day, sizeof(day), "%04d-%02d-%02d", y, m, d);
	assert_string_equal(day, last);
	assert_string_equal(cl_grain_name(&t), grain);
}

static void
test_every_grain(void **state)
{
	(void) state;
	check_value("2024-03-25", "2024-03-25", "2024-03-25", "day");
	check_value("2024-02", "2024-02-01", "2024-02-29", "month");
	check_value("2023-02", "2023-02-01", "2023-02-28", "month");
	check_value("2024", "2024-01-01", "2024-12-31", "year");
	check_value("198X", "1980-01-01", "1989-12-31", "decade");
	check_value("19XX", "1900-01-01", "1999-12-31", "century");
	check_value("2024-W13", "2024-03-25", "2024-03-31", "week");
	check_value("2020-W53", "2020-12-28", "2021-01-03", "week");
	check_value("2024-Q4", "2024-10-01", "2024-12-31", "quarter");
	check_value("2024-H1", "2024-01-01", "2024-06-30", "half");
	check_value("2024-SU", "2024-06-01", "2024-08-31", "season");
	check_value("2023-WI", "2023-12-01", "2024-02-29", "season");
	check_value("2024-03-25/2024-03-28", "2024-03-25", "2024-03-28", "range");
	check_value("2023-WI/2024-SP", "2023-12-01", "2024-05-31", "range");
	check_value("2024-03-28T01:27:19Z", "2024-03-28", "2024-03-28", "instant");
	check_value("2024-03-28T01:27:19.25-04:30", "2024-03-28", "2024-03-28", "instant");
	check_value("2024;START", "2024-01-01", "2024-12-31", "year");
	check_value("000X", "0001-01-01", "0009-12-31", "decade");
}

static void
test_durations(void **state)
{
	cl_timex	t,
				year;
	char		buf[CL_TIMEX_TEXT_MAX];
	char		msg[64];
	static const char *const forms[] = {"P3D", "P2W", "P6M", "P1Y", "P1DE", "P8CE", "PT5M", "PT48H",
	"PT30S", "PXY", "PXD"};

	(void) state;
	for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++)
	{
		assert_int_equal(cl_timex_parse(forms[i], strlen(forms[i]), &t, msg, sizeof(msg)), CL_TIMEX_OK);
		cl_timex_format(&t, buf);
		assert_string_equal(buf, forms[i]);
		assert_string_equal(cl_grain_name(&t), "duration");
	}
	/* Durations sort after spans of days, by length, and overlap nothing. */
	cl_timex_parse("9999", 4, &year, msg, sizeof(msg));
	cl_timex_parse("PT48H", 5, &t, msg, sizeof(msg));
	assert_true(cl_timex_cmp(&year, &t) < 0);
	assert_false(cl_timex_overlaps(&year, &t));
	{
		cl_timex	three_days;

		cl_timex_parse("P3D", 3, &three_days, msg, sizeof(msg));
		assert_true(cl_timex_cmp(&t, &three_days) < 0);
	}
	assert_int_equal(cl_timex_parse("P3", 2, &t, msg, sizeof(msg)), CL_TIMEX_SYNTAX);
	assert_int_equal(cl_timex_parse("PD", 2, &t, msg, sizeof(msg)), CL_TIMEX_SYNTAX);
	assert_int_equal(cl_timex_parse("P3D/P4D", 7, &t, msg, sizeof(msg)), CL_TIMEX_SYNTAX);
	assert_int_equal(cl_timex_parse("P99999999D", 10, &t, msg, sizeof(msg)), CL_TIMEX_RANGE);
}

static void
expect_error(const char *text, cl_timex_parse_status want)
{
	cl_timex	t;
	char		message[128];

	assert_int_equal(cl_timex_parse(text, strlen(text), &t, message, sizeof(message)), want);
	assert_true(strlen(message) > 0);
}

static void
test_malformed(void **state)
{
	(void) state;
	expect_error("", CL_TIMEX_SYNTAX);
	expect_error("March", CL_TIMEX_SYNTAX);
	expect_error("2024-3", CL_TIMEX_SYNTAX);
	expect_error("2024-03-1", CL_TIMEX_SYNTAX);
	expect_error("2024-03-251", CL_TIMEX_SYNTAX);
	expect_error("2024;later", CL_TIMEX_SYNTAX);
	expect_error("2024-03-25T10", CL_TIMEX_SYNTAX);
	expect_error("2024-03-25T10:00/2024-03-26", CL_TIMEX_SYNTAX);
	expect_error("99999", CL_TIMEX_RANGE);
	expect_error("0000", CL_TIMEX_RANGE);
	expect_error("2024-00", CL_TIMEX_RANGE);
	expect_error("2023-02-29", CL_TIMEX_RANGE);
	expect_error("2024-W53", CL_TIMEX_RANGE);
	expect_error("2024-Q0", CL_TIMEX_RANGE);
	expect_error("2024-03-25T24:00:00", CL_TIMEX_RANGE);
	expect_error("2024-03-25T10:00+16:00", CL_TIMEX_RANGE);
	expect_error("2024-04/2024-03", CL_TIMEX_RANGE);
}

static void
test_order_overlap_containment(void **state)
{
	cl_timex	month,
				day,
				year,
				range;
	char		msg[64];

	(void) state;
	cl_timex_parse("2024-03", 7, &month, msg, sizeof(msg));
	cl_timex_parse("2024-03-25", 10, &day, msg, sizeof(msg));
	cl_timex_parse("2024", 4, &year, msg, sizeof(msg));
	cl_timex_parse("2024-03-30/2024-04-02", 21, &range, msg, sizeof(msg));
	assert_true(cl_timex_contains(&month, &day));
	assert_false(cl_timex_contains(&day, &month));
	assert_true(cl_timex_contains(&year, &range));
	assert_true(cl_timex_overlaps(&month, &range));
	assert_false(cl_timex_overlaps(&day, &range));
	/* Same first day: the shorter span sorts first. */
	assert_true(cl_timex_cmp(&year, &month) < 0);
	assert_true(cl_timex_cmp(&month, &day) < 0);
	assert_int_equal(cl_timex_cmp(&day, &day), 0);
}

int
run_timex_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_civil_round_trip_all_days),
		cmocka_unit_test(test_weekdays_and_iso_weeks),
		cmocka_unit_test(test_every_grain),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_durations),
		cmocka_unit_test(test_order_overlap_containment),
	};

	return cmocka_run_group_tests_name("timex", tests, NULL, NULL);
}
