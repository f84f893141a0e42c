/*
 * dates_funcs.h — what other SQL functions share with dates(): the date
 * options of a call (claimlens.date_order, and the anchor).
 */
#ifndef CLAIMLENS_DATES_FUNCS_H
#define CLAIMLENS_DATES_FUNCS_H

#include "pg_glue.h"

#include "datatype/timestamp.h"
#include "fmgr.h"

#include "dates.h"

/*
 * Date options (claimlens.date_order, and the anchor): the UTC day of
 * anchor when has_anchor (none when it is infinite), else the stamp of the
 * text in, else none.
 */
void		claimlens_date_options(bool has_anchor, TimestampTz anchor, const cl_pg_text *in,
								   cl_date_options *opt);

/*
 * The same for a function whose second argument is the anchor (timestamptz,
 * may be NULL or absent).
 */
void		claimlens_anchor_options(FunctionCallInfo fcinfo, const cl_pg_text *in,
									 cl_date_options *opt);

#endif
