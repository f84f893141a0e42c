/*
 * pub_stamp.h — ISO 8601 stamps and the publication stamp of an article.
 *
 * Scraped articles often carry their publication time as machine text: a
 * leading "date 2024-03-27" glued to the first paragraph or a trailing line
 * "2024-03-28T01:27:19Z <token>".  A stamp without a zone is read as UTC so
 * that the answer never depends on the server's time zone.
 */
#ifndef CL_PUB_STAMP_H
#define CL_PUB_STAMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cl_env.h"

typedef struct cl_stamp
{
	int			year;
	int			month;			/* 1..12 */
	int			day;			/* 1..31, valid for the month */
	int			hour;
	int			minute;
	int			second;
	int			microsecond;
	int			utc_offset;		/* seconds east of UTC */
	bool		has_time;
	bool		has_zone;
} cl_stamp;

/*
 * Parse an ISO 8601 date or date-time at text[0..len).  Returns the number of
 * bytes consumed, or 0 when no valid stamp starts there (including impossible
 * dates such as 2023-02-29).  The stamp must end at a word boundary.
 */
size_t		cl_iso_stamp_parse(const char *text, size_t len, cl_stamp *out);

/* A labelled stamp counts only at the start of one of the first lines. */
#define CL_STAMP_HEAD_LINES 10

/*
 * Find the article's publication stamp: a labelled stamp ("date",
 * "published", "posted", "updated") opening one of the first
 * CL_STAMP_HEAD_LINES non-blank lines, else a machine stamp on the last
 * non-blank line.  Returns false when there is none.
 */
bool		cl_published_at(const cl_env *env, const char *text, size_t len, cl_stamp *out);

/*
 * Length of a leading publication label plus stamp at text (e.g. "date
 * 2024-03-27 "), including the white space after it; 0 if there is none.
 */
size_t		cl_leading_stamp_len(const char *text, size_t len, cl_stamp *out);

/* The UTC calendar day of a stamp, in days since 1970-01-01. */
int32_t		cl_stamp_utc_day(const cl_stamp *stamp);

/* True when the whole line is a machine stamp, optionally followed by one token. */
bool		cl_line_is_machine_stamp(const char *text, size_t len, cl_stamp *out);

#endif
