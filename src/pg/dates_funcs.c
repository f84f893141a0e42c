/*
 * dates_funcs.c — SQL functions that find and normalise temporal
 * expressions: dates() and to_timex().  Both read claimlens.date_order, so
 * they are STABLE.
 */
#include "pg_glue.h"

#include "datatype/timestamp.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "dates.h"
#include "dates_funcs.h"
#include "pub_stamp.h"
#include "settings.h"
#include "timex_datum.h"

PG_FUNCTION_INFO_V1(claimlens_dates);
PG_FUNCTION_INFO_V1(claimlens_to_timex);

#define CORE_TO_PG_DAYS (UNIX_EPOCH_JDATE - POSTGRES_EPOCH_JDATE)

/*
 * The anchor day: the UTC date of the anchor when one is given (none when it
 * is infinite), else of the text's own stamp.
 */
void
claimlens_date_options(bool has_anchor, TimestampTz anchor, const cl_pg_text *in,
					   cl_date_options *opt)
{
	memset(opt, 0, sizeof(*opt));
	opt->day_first = claimlens_date_order_setting == CLAIMLENS_DATE_ORDER_DMY;
	if (has_anchor)
	{
		int64		days;

		if (TIMESTAMP_NOT_FINITE(anchor))
			return;
		days = anchor / USECS_PER_DAY;
		if (anchor < 0 && anchor % USECS_PER_DAY != 0)
			days--;
		opt->has_anchor = true;
		opt->anchor = (int32) (days - CORE_TO_PG_DAYS);
	}
	else
	{
		cl_stamp	st;

		if (cl_published_at(&claimlens_pg_env, in->data, in->len, &st))
		{
			opt->has_anchor = true;
			opt->anchor = cl_stamp_utc_day(&st);
		}
	}
}

void
claimlens_anchor_options(FunctionCallInfo fcinfo, const cl_pg_text *in, cl_date_options *opt)
{
	bool		has_anchor = PG_NARGS() > 1 && !PG_ARGISNULL(1);

	claimlens_date_options(has_anchor, has_anchor ? PG_GETARG_TIMESTAMPTZ(1) : 0, in, opt);
}

typedef struct dates_sink
{
	ReturnSetInfo *rsinfo;
	cl_pg_text *in;
	cl_pg_char_cursor cursor;
	int32		n;
} dates_sink;

static void
emit_mention(void *arg, const cl_date_mention *m)
{
	dates_sink *s = arg;
	Datum		values[6];
	bool		nulls[6] = {false, false, false, false, false, false};
	int32		start = cl_pg_char_offset(&s->cursor, m->start);
	int32		end = cl_pg_char_offset(&s->cursor, m->start + m->len);
	text	   *surface = cl_pg_text_result(s->in, s->in->data + m->start, m->len);
	TimexDatum *value = NULL;

	values[0] = Int32GetDatum(++s->n);
	values[1] = Int32GetDatum(start);
	values[2] = Int32GetDatum(end - start);
	values[3] = PointerGetDatum(surface);
	if (m->has_value)
	{
		value = timex_datum_from_core(&m->value);
		values[4] = PointerGetDatum(value);
	}
	else
		nulls[4] = true;
	values[5] = CStringGetTextDatum(cl_date_kind_name(m->kind));
	tuplestore_putvalues(s->rsinfo->setResult, s->rsinfo->setDesc, values, nulls);
	pfree(surface);
	if (value)
		pfree(value);
	pfree(DatumGetPointer(values[5]));
}

Datum
claimlens_dates(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	cl_pg_text	in;
	cl_date_options opt;
	dates_sink	sink;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	cl_pg_text_from(PG_GETARG_TEXT_PP(0), &in);
	claimlens_anchor_options(fcinfo, &in, &opt);
	sink.rsinfo = rsinfo;
	sink.in = &in;
	sink.n = 0;
	cl_pg_char_cursor_init(&sink.cursor, &in);
	cl_dates_scan(&claimlens_pg_env, in.data, in.len, &opt, emit_mention, &sink);
	return (Datum) 0;
}

typedef struct best_sink
{
	cl_date_mention best;
	bool		found;
} best_sink;

/* Keep the longest expression that has a value. */
static void
keep_longest(void *arg, const cl_date_mention *m)
{
	best_sink  *s = arg;

	if (m->has_value && (!s->found || m->len > s->best.len))
	{
		s->best = *m;
		s->found = true;
	}
}

Datum
claimlens_to_timex(PG_FUNCTION_ARGS)
{
	cl_pg_text	in;
	cl_date_options opt;
	best_sink	sink;
	cl_timex	literal;
	char		message[8];

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	cl_pg_text_from(PG_GETARG_TEXT_PP(0), &in);
	/* A TIMEX3 value is its own normal form. */
	if (cl_timex_parse(in.data, in.len, &literal, message, sizeof(message)) == CL_TIMEX_OK)
		PG_RETURN_POINTER(timex_datum_from_core(&literal));
	claimlens_anchor_options(fcinfo, &in, &opt);
	sink.found = false;
	cl_dates_scan(&claimlens_pg_env, in.data, in.len, &opt, keep_longest, &sink);
	if (!sink.found)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(timex_datum_from_core(&sink.best.value));
}
