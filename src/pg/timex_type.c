/*
 * timex_type.c — the claimlens.timex SQL type: text and binary I/O,
 * comparison (btree and hash), overlap and containment, bounds, and casts to
 * daterange and tstzrange.
 */
#include "pg_glue.h"

#include "access/hash.h"
#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/rangetypes.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

#include "timex.h"
#include "timex_datum.h"

PG_FUNCTION_INFO_V1(claimlens_timex_in);
PG_FUNCTION_INFO_V1(claimlens_timex_out);
PG_FUNCTION_INFO_V1(claimlens_timex_recv);
PG_FUNCTION_INFO_V1(claimlens_timex_send);
PG_FUNCTION_INFO_V1(claimlens_timex_cmp);
PG_FUNCTION_INFO_V1(claimlens_timex_eq);
PG_FUNCTION_INFO_V1(claimlens_timex_ne);
PG_FUNCTION_INFO_V1(claimlens_timex_lt);
PG_FUNCTION_INFO_V1(claimlens_timex_le);
PG_FUNCTION_INFO_V1(claimlens_timex_gt);
PG_FUNCTION_INFO_V1(claimlens_timex_ge);
PG_FUNCTION_INFO_V1(claimlens_timex_hash);
PG_FUNCTION_INFO_V1(claimlens_timex_overlaps);
PG_FUNCTION_INFO_V1(claimlens_timex_contains);
PG_FUNCTION_INFO_V1(claimlens_timex_contained_by);
PG_FUNCTION_INFO_V1(claimlens_timex_lower);
PG_FUNCTION_INFO_V1(claimlens_timex_upper);
PG_FUNCTION_INFO_V1(claimlens_timex_grain);
PG_FUNCTION_INFO_V1(claimlens_timex_modifier);
PG_FUNCTION_INFO_V1(claimlens_timex_to_daterange);
PG_FUNCTION_INFO_V1(claimlens_timex_to_tstzrange);
PG_FUNCTION_INFO_V1(claimlens_date_to_timex);

/* Days between 1970-01-01 (the core's epoch) and 2000-01-01 (PostgreSQL's). */
#define CORE_TO_PG_DAYS (UNIX_EPOCH_JDATE - POSTGRES_EPOCH_JDATE)

TimexDatum *
timex_datum_from_core(const cl_timex *t)
{
	TimexDatum *d = palloc0(sizeof(TimexDatum));

	d->version = TIMEX_DATUM_VERSION;
	d->grain = t->grain;
	d->upper_grain = t->upper_grain;
	d->mod = t->mod;
	d->has_zone = t->has_zone;
	d->lower = t->lower;
	d->upper = t->upper;
	d->zone = t->zone;
	d->micros = t->micros;
	return d;
}

void
timex_datum_to_core(const TimexDatum *d, cl_timex *t)
{
	if (d->version != TIMEX_DATUM_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("claimlens: timex value of unknown format version %d", d->version)));
	memset(t, 0, sizeof(*t));
	t->grain = d->grain;
	t->upper_grain = d->upper_grain;
	t->mod = d->mod;
	t->has_zone = d->has_zone;
	t->lower = d->lower;
	t->upper = d->upper;
	t->zone = d->zone;
	t->micros = d->micros;
}

static void
arg_timex(FunctionCallInfo fcinfo, int n, cl_timex *t)
{
	timex_datum_to_core((TimexDatum *) PG_GETARG_POINTER(n), t);
}

Datum
claimlens_timex_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	cl_timex	t;
	char		message[160];
	cl_timex_parse_status st;

	st = cl_timex_parse(str, strlen(str), &t, message, sizeof(message));
	if (st != CL_TIMEX_OK)
		ereport(ERROR,
				(errcode(st == CL_TIMEX_RANGE ? ERRCODE_DATETIME_FIELD_OVERFLOW
						 : ERRCODE_INVALID_DATETIME_FORMAT),
				 st == CL_TIMEX_RANGE ?
				 errmsg("timex value out of range: \"%s\"", str) :
				 errmsg("invalid input syntax for type timex: \"%s\"", str),
				 errdetail("%s.", message),
				 errhint("A timex value is written like 2024-03-25, 2024-03, 2024, 198X, 19XX, "
						 "2024-W13, 2024-Q1, 2024-H1, 2024-SU, 2024-03-25/2024-03-28, "
						 "2024-03-28T01:27:19Z or a duration such as P3D or PT5M, optionally "
						 "followed by ;START, ;MID, ;END or ;APPROX.")));
	PG_RETURN_POINTER(timex_datum_from_core(&t));
}

Datum
claimlens_timex_out(PG_FUNCTION_ARGS)
{
	cl_timex	t;
	char		buf[CL_TIMEX_TEXT_MAX];

	arg_timex(fcinfo, 0, &t);
	cl_timex_format(&t, buf);
	PG_RETURN_CSTRING(pstrdup(buf));
}

/*
 * Binary form: a version byte, then the fields in network order.  A value
 * is accepted only if it is one the text form could have produced.
 */
Datum
claimlens_timex_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	cl_timex	t,
				check;
	char		text[CL_TIMEX_TEXT_MAX];
	char		message[160];

	if (version != TIMEX_DATUM_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("claimlens: unsupported binary timex version %d", version)));
	memset(&t, 0, sizeof(t));
	t.grain = (uint8) pq_getmsgbyte(buf);
	t.upper_grain = (uint8) pq_getmsgbyte(buf);
	t.mod = (uint8) pq_getmsgbyte(buf);
	t.has_zone = (uint8) pq_getmsgbyte(buf);
	t.lower = pq_getmsgint(buf, 4);
	t.upper = pq_getmsgint(buf, 4);
	t.zone = pq_getmsgint(buf, 4);
	t.micros = pq_getmsgint64(buf);
	if (t.grain < CL_GRAIN_INSTANT || t.grain > CL_GRAIN_DURATION ||
		t.upper_grain > CL_GRAIN_CENTURY || t.mod > CL_MOD_APPROX || t.has_zone > 1 ||
		t.lower < cl_days_from_civil(CL_TIMEX_MIN_YEAR, 1, 1) ||
		t.upper > cl_days_from_civil(CL_TIMEX_MAX_YEAR, 12, 31) || t.lower > t.upper ||
		cl_timex_parse(text, cl_timex_format(&t, text), &check, message, sizeof(message)) != CL_TIMEX_OK ||
		cl_timex_cmp(&t, &check) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("claimlens: invalid binary timex value")));
	PG_RETURN_POINTER(timex_datum_from_core(&t));
}

Datum
claimlens_timex_send(PG_FUNCTION_ARGS)
{
	cl_timex	t;
	StringInfoData buf;

	arg_timex(fcinfo, 0, &t);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, TIMEX_DATUM_VERSION);
	pq_sendbyte(&buf, t.grain);
	pq_sendbyte(&buf, t.upper_grain);
	pq_sendbyte(&buf, t.mod);
	pq_sendbyte(&buf, t.has_zone);
	pq_sendint32(&buf, t.lower);
	pq_sendint32(&buf, t.upper);
	pq_sendint32(&buf, t.zone);
	pq_sendint64(&buf, t.micros);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* The two timex arguments of an operator, as core values. */
static void
arg_pair(FunctionCallInfo fcinfo, cl_timex *a, cl_timex *b)
{
	arg_timex(fcinfo, 0, a);
	arg_timex(fcinfo, 1, b);
}

static int
compare_args(FunctionCallInfo fcinfo)
{
	cl_timex	a,
				b;

	arg_pair(fcinfo, &a, &b);
	return cl_timex_cmp(&a, &b);
}

Datum
claimlens_timex_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(compare_args(fcinfo));
}

Datum
claimlens_timex_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) == 0);
}

Datum
claimlens_timex_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) != 0);
}

Datum
claimlens_timex_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) < 0);
}

Datum
claimlens_timex_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) <= 0);
}

Datum
claimlens_timex_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) > 0);
}

Datum
claimlens_timex_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) >= 0);
}

/* Hash of the text form: equal values have equal text, and the text has no padding. */
Datum
claimlens_timex_hash(PG_FUNCTION_ARGS)
{
	cl_timex	t;
	char		buf[CL_TIMEX_TEXT_MAX];
	size_t		n;

	arg_timex(fcinfo, 0, &t);
	n = cl_timex_format(&t, buf);
	return hash_any((unsigned char *) buf, (int) n);
}

Datum
claimlens_timex_overlaps(PG_FUNCTION_ARGS)
{
	cl_timex	a,
				b;

	arg_pair(fcinfo, &a, &b);
	PG_RETURN_BOOL(cl_timex_overlaps(&a, &b));
}

Datum
claimlens_timex_contains(PG_FUNCTION_ARGS)
{
	cl_timex	a,
				b;

	arg_pair(fcinfo, &a, &b);
	PG_RETURN_BOOL(cl_timex_contains(&a, &b));
}

Datum
claimlens_timex_contained_by(PG_FUNCTION_ARGS)
{
	cl_timex	a,
				b;

	arg_pair(fcinfo, &a, &b);
	PG_RETURN_BOOL(cl_timex_contains(&b, &a));
}

Datum
claimlens_timex_lower(PG_FUNCTION_ARGS)
{
	cl_timex	t;

	arg_timex(fcinfo, 0, &t);
	if (cl_timex_is_duration(&t))
		PG_RETURN_NULL();		/* a length of time has no days */
	PG_RETURN_DATEADT((DateADT) (t.lower + CORE_TO_PG_DAYS));
}

Datum
claimlens_timex_upper(PG_FUNCTION_ARGS)
{
	cl_timex	t;

	arg_timex(fcinfo, 0, &t);
	if (cl_timex_is_duration(&t))
		PG_RETURN_NULL();		/* a length of time has no days */
	PG_RETURN_DATEADT((DateADT) (t.upper + CORE_TO_PG_DAYS));
}

Datum
claimlens_timex_grain(PG_FUNCTION_ARGS)
{
	cl_timex	t;

	arg_timex(fcinfo, 0, &t);
	PG_RETURN_TEXT_P(cstring_to_text(cl_grain_name(&t)));
}

Datum
claimlens_timex_modifier(PG_FUNCTION_ARGS)
{
	cl_timex	t;
	const char *name;

	arg_timex(fcinfo, 0, &t);
	name = cl_mod_name(t.mod);
	if (name == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

static Datum
make_range_datum(FunctionCallInfo fcinfo, Oid range_type, Datum lo, Datum hi, bool hi_inclusive)
{
	TypeCacheEntry *typcache = (TypeCacheEntry *) fcinfo->flinfo->fn_extra;
	RangeBound	lower,
				upper;

	if (typcache == NULL || typcache->type_id != range_type)
	{
		typcache = lookup_type_cache(range_type, TYPECACHE_RANGE_INFO);
		fcinfo->flinfo->fn_extra = typcache;
	}
	lower.val = lo;
	lower.infinite = false;
	lower.inclusive = true;
	lower.lower = true;
	upper.val = hi;
	upper.infinite = false;
	upper.inclusive = hi_inclusive;
	upper.lower = false;
	return RangeTypePGetDatum(make_range(typcache, &lower, &upper, false));
}

Datum
claimlens_timex_to_daterange(PG_FUNCTION_ARGS)
{
	cl_timex	t;

	arg_timex(fcinfo, 0, &t);
	if (cl_timex_is_duration(&t))
		PG_RETURN_NULL();		/* a length of time has no days */
	return make_range_datum(fcinfo, DATERANGEOID,
							DateADTGetDatum((DateADT) (t.lower + CORE_TO_PG_DAYS)),
							DateADTGetDatum((DateADT) (t.upper + 1 + CORE_TO_PG_DAYS)), false);
}

/*
 * An instant becomes the one-point range [t, t]; any other value the days
 * it covers, from midnight UTC.  A local time without zone is read as UTC.
 */
Datum
claimlens_timex_to_tstzrange(PG_FUNCTION_ARGS)
{
	cl_timex	t;
	TimestampTz lo,
				hi;

	arg_timex(fcinfo, 0, &t);
	if (cl_timex_is_duration(&t))
		PG_RETURN_NULL();		/* a length of time has no days */
	lo = ((int64) t.lower + CORE_TO_PG_DAYS) * USECS_PER_DAY;
	if (t.grain == CL_GRAIN_INSTANT)
	{
		lo += t.micros - (int64) t.zone * USECS_PER_SEC;
		return make_range_datum(fcinfo, TSTZRANGEOID, TimestampTzGetDatum(lo),
								TimestampTzGetDatum(lo), true);
	}
	hi = ((int64) t.upper + 1 + CORE_TO_PG_DAYS) * USECS_PER_DAY;
	return make_range_datum(fcinfo, TSTZRANGEOID, TimestampTzGetDatum(lo),
							TimestampTzGetDatum(hi), false);
}

Datum
claimlens_date_to_timex(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	int			y,
				m,
				day;
	cl_timex	t;

	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("claimlens: an infinite date has no timex value")));
	cl_civil_from_days((int32) d - CORE_TO_PG_DAYS, &y, &m, &day);
	if (!cl_timex_day(y, m, day, &t))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("claimlens: date out of timex range (years 1 to 9999)")));
	PG_RETURN_POINTER(timex_datum_from_core(&t));
}
