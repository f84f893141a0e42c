/*
 * dates.h — find temporal expressions in news text and normalise them to
 * TIMEX3 values relative to the article's publication date (the anchor).
 *
 * The result depends only on the text, the anchor and the options: never on
 * a clock, a locale or a time zone.
 */
#ifndef CL_DATES_H
#define CL_DATES_H

#include <stdbool.h>
#include <stddef.h>

#include "cl_env.h"
#include "timex.h"

typedef enum cl_date_kind
{
	CL_DATE_DATE = 0,			/* calendar date, month, year, decade, partial date */
	CL_DATE_RANGE,				/* from ... to ..., X-Y */
	CL_DATE_RELATIVE,			/* today, last year, two days ago, on Monday */
	CL_DATE_DURATION,			/* three days, 5 Mins Read */
	CL_DATE_SET,				/* every Monday, annually */
	CL_DATE_STAMP				/* ISO date-time */
} cl_date_kind;

typedef struct cl_date_mention
{
	size_t		start;			/* byte offset of the expression */
	size_t		len;			/* byte length */
	cl_date_kind kind;
	bool		has_value;		/* false: no anchor to resolve it, or no value kind */
	cl_timex	value;
} cl_date_mention;

typedef struct cl_date_options
{
	bool		has_anchor;
	int32_t		anchor;			/* publication day, days since 1970-01-01 */
	bool		day_first;		/* numeric dates read as DMY instead of MDY */
} cl_date_options;

typedef void (*cl_date_sink) (void *arg, const cl_date_mention *mention);

/* Report every temporal expression of text, in order, to sink. */
void		cl_dates_scan(const cl_env *env, const char *text, size_t len,
						  const cl_date_options *options, cl_date_sink sink, void *arg);

const char *cl_date_kind_name(cl_date_kind kind);

#endif
