/*
 * aggregates.c — the aggregates of the provenance views: first_report() (the
 * earliest (published, value) pair) and text_set() (the distinct values, in
 * byte order).  Both keep an internal state and have combine, serial and
 * deserial functions, so parallel query runs them in workers (Partial and
 * Finalize Aggregate) and Citus can push them to its workers.
 *
 * Order is byte order (memcmp, then length), never the collation: results do
 * not depend on the database's locale.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/timestamp.h"

PG_FUNCTION_INFO_V1(claimlens_first_report_trans);
PG_FUNCTION_INFO_V1(claimlens_first_report_combine);
PG_FUNCTION_INFO_V1(claimlens_first_report_serial);
PG_FUNCTION_INFO_V1(claimlens_first_report_deserial);
PG_FUNCTION_INFO_V1(claimlens_first_report_final);
PG_FUNCTION_INFO_V1(claimlens_text_set_trans);
PG_FUNCTION_INFO_V1(claimlens_text_set_trans_array);
PG_FUNCTION_INFO_V1(claimlens_text_set_combine);
PG_FUNCTION_INFO_V1(claimlens_text_set_serial);
PG_FUNCTION_INFO_V1(claimlens_text_set_deserial);
PG_FUNCTION_INFO_V1(claimlens_text_set_final);

static MemoryContext
aggregate_context(FunctionCallInfo fcinfo, const char *name)
{
	MemoryContext cxt;

	if (!AggCheckCallContext(fcinfo, &cxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("claimlens: %s called outside an aggregate", name)));
	return cxt;
}

/* Byte order of two strings: memcmp over the common prefix, then length. */
static int
bytes_cmp(const char *a, int alen, const char *b, int blen)
{
	int			c = memcmp(a, b, Min(alen, blen));

	if (c != 0)
		return c;
	return (alen > blen) - (alen < blen);
}

/* ---- first_report(published timestamptz, value text) ------------------ */

typedef struct first_report_state
{
	TimestampTz published;
	int			len;
	char	   *value;			/* in the aggregate context */
} first_report_state;

/* Keep (published, value) if it comes before the state's pair. */
static first_report_state *
first_report_offer(MemoryContext cxt, first_report_state *st, TimestampTz published,
				   const char *value, int len)
{
	if (st != NULL &&
		(st->published < published ||
		 (st->published == published && bytes_cmp(st->value, st->len, value, len) <= 0)))
		return st;
	if (st == NULL)
		st = MemoryContextAllocZero(cxt, sizeof(first_report_state));
	else
		pfree(st->value);
	st->published = published;
	st->len = len;
	st->value = MemoryContextAlloc(cxt, len + 1);
	memcpy(st->value, value, len);
	st->value[len] = '\0';
	return st;
}

Datum
claimlens_first_report_trans(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = aggregate_context(fcinfo, "first_report_trans");
	first_report_state *st = PG_ARGISNULL(0) ? NULL : (first_report_state *) PG_GETARG_POINTER(0);
	text	   *value;

	/* rows without a time or a value never report first */
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
	{
		if (st == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(st);
	}
	value = PG_GETARG_TEXT_PP(2);
	st = first_report_offer(cxt, st, PG_GETARG_TIMESTAMPTZ(1),
							VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value));
	PG_RETURN_POINTER(st);
}

Datum
claimlens_first_report_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = aggregate_context(fcinfo, "first_report_combine");
	first_report_state *a = PG_ARGISNULL(0) ? NULL : (first_report_state *) PG_GETARG_POINTER(0);
	first_report_state *b = PG_ARGISNULL(1) ? NULL : (first_report_state *) PG_GETARG_POINTER(1);

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	PG_RETURN_POINTER(first_report_offer(cxt, a, b->published, b->value, b->len));
}

/* Serial form: int64 published, then the value's bytes. */
Datum
claimlens_first_report_serial(PG_FUNCTION_ARGS)
{
	first_report_state *st = (first_report_state *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, st->published);
	pq_sendbytes(&buf, st->value, st->len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
claimlens_first_report_deserial(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = aggregate_context(fcinfo, "first_report_deserial");
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	TimestampTz published;

	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	published = pq_getmsgint64(&buf);
	PG_RETURN_POINTER(first_report_offer(cxt, NULL, published, buf.data + buf.cursor,
										 buf.len - buf.cursor));
}

/* The pair as the composite claimlens.report (published, value). */
Datum
claimlens_first_report_final(PG_FUNCTION_ARGS)
{
	first_report_state *st;
	TupleDesc	desc;
	Datum		values[2];
	bool		nulls[2] = {false, false};

	aggregate_context(fcinfo, "first_report_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (first_report_state *) PG_GETARG_POINTER(0);
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("claimlens: first_report must return a composite type")));
	desc = BlessTupleDesc(desc);
	values[0] = TimestampTzGetDatum(st->published);
	values[1] = PointerGetDatum(cstring_to_text_with_len(st->value, st->len));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/* ---- text_set(value text) and text_set(values text[]) ----------------- */

/*
 * The values seen so far, duplicates included until the array fills up; it
 * is then sorted and deduplicated before it grows, so memory follows the
 * number of distinct values, not of rows.
 */
typedef struct text_set_state
{
	MemoryContext cxt;
	int			n;
	int			cap;
	int			sorted;			/* items[0 .. sorted) are sorted and distinct */
	text	  **items;
} text_set_state;

static int
text_ptr_cmp(const void *x, const void *y)
{
	const text *a = *(text *const *) x;
	const text *b = *(text *const *) y;

	return bytes_cmp(VARDATA_ANY(a), VARSIZE_ANY_EXHDR(a), VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
}

static void
text_set_compact(text_set_state *st)
{
	int			out = 0;

	if (st->sorted == st->n)
		return;
	qsort(st->items, st->n, sizeof(text *), text_ptr_cmp);
	for (int i = 0; i < st->n; i++)
	{
		if (out > 0 && text_ptr_cmp(&st->items[out - 1], &st->items[i]) == 0)
			pfree(st->items[i]);
		else
			st->items[out++] = st->items[i];
	}
	st->n = out;
	st->sorted = out;
}

static text_set_state *
text_set_new(MemoryContext cxt)
{
	text_set_state *st = MemoryContextAllocZero(cxt, sizeof(text_set_state));

	st->cxt = cxt;
	st->cap = 16;
	st->items = MemoryContextAlloc(cxt, sizeof(text *) * st->cap);
	return st;
}

static void
text_set_add(text_set_state *st, const char *data, int len)
{
	text	   *t;

	if (st->n == st->cap)
	{
		text_set_compact(st);
		if (st->n * 2 > st->cap)
		{
			if ((Size) st->cap * 2 * sizeof(text *) > MaxAllocSize)
				ereport(ERROR,
						(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
						 errmsg("claimlens: text_set holds too many distinct values")));
			st->cap *= 2;
			st->items = repalloc(st->items, sizeof(text *) * st->cap);
		}
	}
	t = MemoryContextAlloc(st->cxt, VARHDRSZ + len);
	SET_VARSIZE(t, VARHDRSZ + len);
	memcpy(VARDATA(t), data, len);
	st->items[st->n++] = t;
}

static text_set_state *
text_set_state_arg(FunctionCallInfo fcinfo, const char *name)
{
	MemoryContext cxt = aggregate_context(fcinfo, name);

	if (PG_ARGISNULL(0))
		return text_set_new(cxt);
	return (text_set_state *) PG_GETARG_POINTER(0);
}

Datum
claimlens_text_set_trans(PG_FUNCTION_ARGS)
{
	text_set_state *st = text_set_state_arg(fcinfo, "text_set_trans");

	if (!PG_ARGISNULL(1))
	{
		text	   *v = PG_GETARG_TEXT_PP(1);

		text_set_add(st, VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v));
	}
	PG_RETURN_POINTER(st);
}

Datum
claimlens_text_set_trans_array(PG_FUNCTION_ARGS)
{
	text_set_state *st = text_set_state_arg(fcinfo, "text_set_trans");

	if (!PG_ARGISNULL(1))
	{
		ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(1);
		Datum	   *elems;
		bool	   *nulls;
		int			n;

		deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
		for (int i = 0; i < n; i++)
		{
			text	   *v;

			if (nulls[i])
				continue;
			v = DatumGetTextPP(elems[i]);
			text_set_add(st, VARDATA_ANY(v), VARSIZE_ANY_EXHDR(v));
		}
	}
	PG_RETURN_POINTER(st);
}

Datum
claimlens_text_set_combine(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = aggregate_context(fcinfo, "text_set_combine");
	text_set_state *a = PG_ARGISNULL(0) ? NULL : (text_set_state *) PG_GETARG_POINTER(0);
	text_set_state *b = PG_ARGISNULL(1) ? NULL : (text_set_state *) PG_GETARG_POINTER(1);

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = text_set_new(cxt);
	for (int i = 0; i < b->n; i++)
		text_set_add(a, VARDATA_ANY(b->items[i]), VARSIZE_ANY_EXHDR(b->items[i]));
	PG_RETURN_POINTER(a);
}

/* Serial form: the count of distinct values, then each as length + bytes. */
Datum
claimlens_text_set_serial(PG_FUNCTION_ARGS)
{
	text_set_state *st = (text_set_state *) PG_GETARG_POINTER(0);
	StringInfoData buf;

	text_set_compact(st);
	pq_begintypsend(&buf);
	pq_sendint32(&buf, st->n);
	for (int i = 0; i < st->n; i++)
	{
		int			len = VARSIZE_ANY_EXHDR(st->items[i]);

		pq_sendint32(&buf, len);
		pq_sendbytes(&buf, VARDATA_ANY(st->items[i]), len);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
claimlens_text_set_deserial(PG_FUNCTION_ARGS)
{
	MemoryContext cxt = aggregate_context(fcinfo, "text_set_deserial");
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	text_set_state *st = text_set_new(cxt);
	int			n;

	buf.data = VARDATA_ANY(b);
	buf.len = VARSIZE_ANY_EXHDR(b);
	buf.maxlen = buf.len;
	buf.cursor = 0;
	n = pq_getmsgint(&buf, 4);
	for (int i = 0; i < n; i++)
	{
		int			len = pq_getmsgint(&buf, 4);

		text_set_add(st, pq_getmsgbytes(&buf, len), len);
	}
	PG_RETURN_POINTER(st);
}

Datum
claimlens_text_set_final(PG_FUNCTION_ARGS)
{
	text_set_state *st;
	Datum	   *elems;

	aggregate_context(fcinfo, "text_set_final");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = (text_set_state *) PG_GETARG_POINTER(0);
	text_set_compact(st);
	elems = palloc(sizeof(Datum) * Max(st->n, 1));
	for (int i = 0; i < st->n; i++)
		elems[i] = PointerGetDatum(st->items[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, st->n, TEXTOID, -1, false, TYPALIGN_INT));
}
