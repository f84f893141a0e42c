/*
 * reuse_funcs.c — reuse(a, b, min_words): the passages of a found in b, as
 * 0-based character offsets into both arguments (the convention of
 * sentences(), so substr(a, a_start + 1, a_len) is the passage).
 */
#include "pg_glue.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/tuplestore.h"

#include "reuse.h"

PG_FUNCTION_INFO_V1(claimlens_reuse);

typedef struct offset_ref
{
	size_t		byte;
	int32	   *chars;
} offset_ref;

static int
cmp_offset_ref(const void *x, const void *y)
{
	size_t		a = ((const offset_ref *) x)->byte;
	size_t		b = ((const offset_ref *) y)->byte;

	return a < b ? -1 : a > b;
}

/* Character offsets of byte offsets given in any order, in one forward walk. */
static void
to_char_offsets(const cl_pg_text *text, offset_ref *refs, size_t n)
{
	cl_pg_char_cursor cursor;

	qsort(refs, n, sizeof(offset_ref), cmp_offset_ref);
	cl_pg_char_cursor_init(&cursor, text);
	for (size_t i = 0; i < n; i++)
		*refs[i].chars = cl_pg_char_offset(&cursor, refs[i].byte);
}

Datum
claimlens_reuse(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *a = PG_GETARG_TEXT_PP(0);
	text	   *b = PG_GETARG_TEXT_PP(1);
	int32		min_words = PG_GETARG_INT32(2);
	cl_pg_text	ta,
				tb;
	cl_reuse_span *spans;
	size_t		nspans;
	int32	   *chars;
	offset_ref *refs;

	if (min_words < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("min_words must be at least 1, not %d", min_words)));

	InitMaterializedSRF(fcinfo, 0);
	cl_pg_text_from(a, &ta);
	cl_pg_text_from(b, &tb);
	cl_reuse(&claimlens_pg_env, ta.data, ta.len, tb.data, tb.len, (uint32) min_words,
			 &spans, &nspans);
	if (nspans == 0)
		return (Datum) 0;

	/* chars[4 s + k]: a_start, a_end, b_start, b_end of span s, in characters */
	chars = palloc(sizeof(int32) * 4 * nspans);
	refs = palloc(sizeof(offset_ref) * 2 * nspans);
	for (int side = 0; side < 2; side++)
	{
		for (size_t s = 0; s < nspans; s++)
		{
			refs[2 * s].byte = side == 0 ? spans[s].a_start : spans[s].b_start;
			refs[2 * s].chars = &chars[4 * s + 2 * side];
			refs[2 * s + 1].byte = side == 0 ? spans[s].a_end : spans[s].b_end;
			refs[2 * s + 1].chars = &chars[4 * s + 2 * side + 1];
		}
		to_char_offsets(side == 0 ? &ta : &tb, refs, 2 * nspans);
	}

	for (size_t s = 0; s < nspans; s++)
	{
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		values[0] = Int32GetDatum(chars[4 * s]);
		values[1] = Int32GetDatum(chars[4 * s + 1] - chars[4 * s]);
		values[2] = Int32GetDatum(chars[4 * s + 2]);
		values[3] = Int32GetDatum(chars[4 * s + 3] - chars[4 * s + 2]);
		values[4] = Int32GetDatum((int32) spans[s].words);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
