/*
 * text_funcs.c — SQL functions over article text: clean(), sentences(),
 * published_at().  They only convert arguments and results; the work is in
 * src/core.
 */
#include "pg_glue.h"

#include "fmgr.h"
#include "funcapi.h"
#include "datatype/timestamp.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "cl_buf.h"
#include "clean.h"
#include "pub_stamp.h"
#include "sentences.h"

PG_FUNCTION_INFO_V1(claimlens_clean);
PG_FUNCTION_INFO_V1(claimlens_sentences);
PG_FUNCTION_INFO_V1(claimlens_published_at);

Datum
claimlens_clean(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	cl_pg_text in;
	cl_buf		out;
	text	   *result;

	cl_pg_text_from(body, &in);
	cl_buf_init(&out, &claimlens_pg_env, in.len);
	cl_clean(&claimlens_pg_env, in.data, in.len, &out);
	result = cl_pg_text_result(&in, out.data, out.len);
	cl_buf_free(&out);
	PG_RETURN_TEXT_P(result);
}

/*
 * A text datum holding data[0..len), built in *scratch (grown as needed and
 * reused from row to row: tuplestore_putvalues copies the value).  Input
 * converted from another encoding goes through cl_pg_text_result.
 */
static text *
sentence_text(const cl_pg_text *in, const char *data, size_t len,
			  text **scratch, size_t *scratch_cap)
{
	if (in->converted)
		return cl_pg_text_result(in, data, len);
	if (len > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("claimlens: result of %zu bytes exceeds the maximum text size", len)));
	if (*scratch == NULL || *scratch_cap < len + VARHDRSZ)
	{
		size_t		cap = Max(len + VARHDRSZ, (size_t) 1024);

		if (*scratch != NULL)
			pfree(*scratch);
		*scratch = (text *) palloc(cap);
		*scratch_cap = cap;
	}
	SET_VARSIZE(*scratch, len + VARHDRSZ);
	memcpy(VARDATA(*scratch), data, len);
	return *scratch;
}

Datum
claimlens_sentences(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body = PG_GETARG_TEXT_PP(0);
	cl_pg_text	in;
	cl_sentence_iter it;
	cl_pg_char_cursor cursor;
	size_t		start,
				len;
	int32		n = 0;
	text	   *scratch = NULL;
	size_t		scratch_cap = 0;

	/*
	 * The executor already knows the row type (it is the function's); taking
	 * it from there spares a catalog lookup per article.
	 */
	InitMaterializedSRF(fcinfo,
						rsinfo != NULL && IsA(rsinfo, ReturnSetInfo) &&
						rsinfo->expectedDesc != NULL ? MAT_SRF_USE_EXPECTED_DESC : 0);
	cl_pg_text_from(body, &in);
	cl_pg_char_cursor_init(&cursor, &in);
	cl_sentences_begin(&it, &claimlens_pg_env, in.data, in.len);
	while (cl_sentences_next(&it, &start, &len))
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		int32		char_start = cl_pg_char_offset(&cursor, start);
		int32		char_end;
		text	   *sentence;

		/* The end is passed before the next start, so the cursor never goes back. */
		char_end = cl_pg_char_offset(&cursor, start + len);
		sentence = sentence_text(&in, in.data + start, len, &scratch, &scratch_cap);
		values[0] = Int32GetDatum(++n);
		values[1] = Int32GetDatum(char_start);
		values[2] = Int32GetDatum(char_end - char_start);
		values[3] = PointerGetDatum(sentence);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		if (sentence != scratch)
			pfree(sentence);
	}
	if (scratch != NULL)
		pfree(scratch);
	return (Datum) 0;
}

Datum
claimlens_published_at(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	cl_pg_text	in;
	cl_stamp	stamp;
	int64		days;
	TimestampTz result;

	cl_pg_text_from(body, &in);
	if (!cl_published_at(&claimlens_pg_env, in.data, in.len, &stamp))
		PG_RETURN_NULL();
	days = date2j(stamp.year, stamp.month, stamp.day) - POSTGRES_EPOCH_JDATE;
	result = days * USECS_PER_DAY +
		((int64) stamp.hour * SECS_PER_HOUR + stamp.minute * SECS_PER_MINUTE +
		 stamp.second - stamp.utc_offset) * USECS_PER_SEC + stamp.microsecond;
	if (!IS_VALID_TIMESTAMP(result))
		PG_RETURN_NULL();
	PG_RETURN_TIMESTAMPTZ(result);
}
