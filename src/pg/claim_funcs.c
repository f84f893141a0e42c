/*
 * claim_funcs.c — SQL functions over claims: claims(), claim_key() and
 * claim_numbers().  claims() and claim_key() read the gazetteer (sources and
 * subjects are entities); claim_key() and claim_numbers() read
 * claimlens.date_order: all three are STABLE.
 */
#include "pg_glue.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "claim_funcs.h"
#include "claim_key.h"
#include "claims.h"
#include "dates_funcs.h"

PG_FUNCTION_INFO_V1(claimlens_claims);
PG_FUNCTION_INFO_V1(claimlens_claim_key);
PG_FUNCTION_INFO_V1(claimlens_claim_numbers);

/* The sources of one claim as text[] (empty, never NULL). */
static Datum
sources_array(const cl_pg_text *in, const cl_claim_list *list, const cl_claim *c)
{
	Datum	   *items = palloc(sizeof(Datum) * (c->source_count ? c->source_count : 1));
	ArrayType  *arr;

	for (size_t k = 0; k < c->source_count; k++)
	{
		const cl_claim_source *s = &list->sources[c->source_first + k];

		items[k] = PointerGetDatum(cl_pg_text_result(in, list->arena.data + s->off, s->len));
	}
	arr = construct_array(items, (int) c->source_count, TEXTOID, -1, false, TYPALIGN_INT);
	pfree(items);
	return PointerGetDatum(arr);
}

Datum
claimlens_claims(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body = PG_GETARG_TEXT_PP(0);
	const cl_gazetteer *gaz;
	cl_pg_text	in;
	cl_pg_char_cursor cursor;
	cl_claim_list list;

	/* The gazetteer first: building it runs SPI, which must not see our tuplestore. */
	gaz = claimlens_gazetteer();
	InitMaterializedSRF(fcinfo, 0);
	cl_pg_text_from(body, &in);
	cl_pg_char_cursor_init(&cursor, &in);
	cl_claims(&claimlens_pg_env, gaz, in.data, in.len, &list);
	for (size_t i = 0; i < list.count; i++)
	{
		const cl_claim *c = &list.items[i];
		Datum		values[8];
		bool		nulls[8] = {false, false, false, false, false, false, false, false};
		int32		char_start = cl_pg_char_offset(&cursor, c->start);
		int32		char_end = cl_pg_char_offset(&cursor, c->start + c->len);

		values[0] = Int32GetDatum((int32) i + 1);
		values[1] = Int32GetDatum(char_start);
		values[2] = Int32GetDatum(char_end - char_start);
		values[3] = PointerGetDatum(cl_pg_text_result(&in, list.arena.data + c->text_off,
													  c->text_len));
		values[4] = sources_array(&in, &list, c);
		if (c->cue)
			values[5] = CStringGetTextDatum(c->cue);
		else
			nulls[5] = true;
		if (c->has_quote)
			values[6] = PointerGetDatum(cl_pg_text_result(&in, list.arena.data + c->quote_off,
														  c->quote_len));
		else
			nulls[6] = true;
		values[7] = BoolGetDatum(c->hedged);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	cl_claim_list_free(&claimlens_pg_env, &list);
	return (Datum) 0;
}

Datum
claimlens_claim_key(PG_FUNCTION_ARGS)
{
	const cl_gazetteer *gaz;
	cl_pg_text	in;
	cl_date_options opt;
	cl_buf		out;
	text	   *result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	gaz = claimlens_gazetteer();
	cl_pg_text_from(PG_GETARG_TEXT_PP(0), &in);
	claimlens_anchor_options(fcinfo, &in, &opt);
	cl_buf_init(&out, &claimlens_pg_env, 64);
	cl_claim_key(&claimlens_pg_env, gaz, in.data, in.len, &opt, &out);
	result = cl_pg_text_result(&in, out.data, out.len);
	cl_buf_free(&out);
	PG_RETURN_TEXT_P(result);
}

/* The count NUL-terminated decimals at decimals as numeric[]. */
ArrayType *
claimlens_numeric_array(const char *decimals, size_t count)
{
	Datum	   *items = palloc(sizeof(Datum) * (count ? count : 1));
	const char *p = decimals;

	for (size_t k = 0; k < count; k++)
	{
		items[k] = DirectFunctionCall3(numeric_in, CStringGetDatum(p),
									   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
		p += strlen(p) + 1;
	}
	return construct_array(items, (int) count, NUMERICOID, -1, false, TYPALIGN_INT);
}

Datum
claimlens_claim_numbers(PG_FUNCTION_ARGS)
{
	cl_pg_text	in;
	cl_date_options opt;
	cl_buf		out;
	size_t		count;
	ArrayType  *arr;

	cl_pg_text_from(PG_GETARG_TEXT_PP(0), &in);
	/* Days and years are dates, not numbers: the dates need no anchor here. */
	claimlens_anchor_options(fcinfo, &in, &opt);
	cl_buf_init(&out, &claimlens_pg_env, 32);
	count = cl_claim_numbers(&claimlens_pg_env, in.data, in.len, &opt, &out);
	arr = claimlens_numeric_array(out.data, count);
	cl_buf_free(&out);
	PG_RETURN_ARRAYTYPE_P(arr);
}
