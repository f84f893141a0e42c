/*
 * timex.h — a normalised temporal value in TIMEX3 value syntax, and the
 * calendar arithmetic behind it.
 *
 * Every value is a span of whole days [lower, upper] with the grain it was
 * written at (2024-03 is a month, 2024-W13 a week, 198X a decade), so that
 * values of different grains compare, overlap and contain each other.  Days
 * count from 1970-01-01 in the proleptic Gregorian calendar.
 */
#ifndef CL_TIMEX_H
#define CL_TIMEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum cl_grain
{
	CL_GRAIN_NONE = 0,
	CL_GRAIN_INSTANT,			/* 2024-03-28T01:27:19Z */
	CL_GRAIN_DAY,				/* 2024-03-28 */
	CL_GRAIN_WEEK,				/* 2024-W13 (ISO week) */
	CL_GRAIN_MONTH,				/* 2024-03 */
	CL_GRAIN_SEASON,			/* 2024-SU */
	CL_GRAIN_QUARTER,			/* 2024-Q1 */
	CL_GRAIN_HALF,				/* 2024-H1 */
	CL_GRAIN_YEAR,				/* 2024 */
	CL_GRAIN_DECADE,			/* 198X */
	CL_GRAIN_CENTURY,			/* 19XX */
	CL_GRAIN_DURATION			/* P3D, PT5M: a length of time, not a span of days */
} cl_grain;

/* Units of a duration; the amount is in micros, -1 when unspecified (PXD). */
typedef enum cl_duration_unit
{
	CL_DUR_SECOND = 1,
	CL_DUR_MINUTE,
	CL_DUR_HOUR,
	CL_DUR_DAY,
	CL_DUR_WEEK,
	CL_DUR_MONTH,
	CL_DUR_YEAR,
	CL_DUR_DECADE,
	CL_DUR_CENTURY
} cl_duration_unit;

typedef enum cl_timex_mod
{
	CL_MOD_NONE = 0,
	CL_MOD_START,				/* early 2024 */
	CL_MOD_MID,					/* mid-2023 */
	CL_MOD_END,					/* late last year */
	CL_MOD_APPROX				/* around 2010 */
} cl_timex_mod;

#define CL_TIMEX_MIN_YEAR 1
#define CL_TIMEX_MAX_YEAR 9999

typedef struct cl_timex
{
	int32_t		lower;			/* first day, days since 1970-01-01 */
	int32_t		upper;			/* last day, inclusive */
	uint8_t		grain;			/* cl_grain of the value, or of a range's start */
	uint8_t		upper_grain;	/* a range's end grain; CL_GRAIN_NONE if no range */
	uint8_t		mod;			/* cl_timex_mod */
	uint8_t		has_zone;		/* instants: zone written */
	int32_t		zone;			/* instants: seconds east of UTC; durations: unit */
	int64_t		micros;			/* instants: microseconds since local midnight;
								 * durations: amount, -1 when unspecified */
} cl_timex;

/* Calendar arithmetic. */
bool		cl_valid_date(int year, int month, int day);
int			cl_days_in_month(int year, int month);
int32_t		cl_days_from_civil(int year, int month, int day);
void		cl_civil_from_days(int32_t days, int *year, int *month, int *day);
int			cl_weekday(int32_t days);	/* 0 = Monday ... 6 = Sunday */
void		cl_iso_week(int32_t days, int *week_year, int *week);
int			cl_iso_weeks_in_year(int year);

/*
 * Constructors: fill *out and return true, or return false when the value
 * falls outside years 1..9999 or is not a real date.
 */
bool		cl_timex_day(int year, int month, int day, cl_timex *out);
bool		cl_timex_week(int week_year, int week, cl_timex *out);
bool		cl_timex_month(int year, int month, cl_timex *out);
bool		cl_timex_season(int year, int season, cl_timex *out);	/* 0 SP .. 3 WI */
bool		cl_timex_quarter(int year, int quarter, cl_timex *out);
bool		cl_timex_half(int year, int half, cl_timex *out);
bool		cl_timex_year(int year, cl_timex *out);
bool		cl_timex_decade(int decade_start, cl_timex *out);
bool		cl_timex_century(int century_start, cl_timex *out);
bool		cl_timex_instant(int year, int month, int day, int64_t micros,
							 bool has_zone, int32_t zone, cl_timex *out);
/* A duration of amount units (amount -1: unspecified); false if out of range. */
bool		cl_timex_duration(int64_t amount, cl_duration_unit unit, cl_timex *out);

static inline bool
cl_timex_is_duration(const cl_timex *t)
{
	return t->grain == CL_GRAIN_DURATION;
}

/* A range from the start of a to the end of b; false if b ends before a starts. */
bool		cl_timex_range(const cl_timex *a, const cl_timex *b, cl_timex *out);

/* Write the TIMEX3 value (NUL-terminated) into buf; returns its length. */
#define CL_TIMEX_TEXT_MAX 96
size_t		cl_timex_format(const cl_timex *t, char *buf);

typedef enum cl_timex_parse_status
{
	CL_TIMEX_OK = 0,
	CL_TIMEX_SYNTAX,			/* malformed: SQLSTATE 22007 */
	CL_TIMEX_RANGE				/* well formed, but no such date: 22008 */
} cl_timex_parse_status;

/* Parse a TIMEX3 value; on failure *message names the bad part. */
cl_timex_parse_status cl_timex_parse(const char *text, size_t len, cl_timex *out,
									 char *message, size_t message_size);

/*
 * Total order: lower bound, upper bound, then the remaining fields; durations
 * after every span of days, shortest first.  Durations overlap and contain
 * nothing.
 */
int			cl_timex_cmp(const cl_timex *a, const cl_timex *b);
bool		cl_timex_overlaps(const cl_timex *a, const cl_timex *b);
bool		cl_timex_contains(const cl_timex *a, const cl_timex *b);
const char *cl_grain_name(const cl_timex *t);	/* "day", ..., "range" */
const char *cl_mod_name(int mod);	/* "START", ... or NULL */

#endif
