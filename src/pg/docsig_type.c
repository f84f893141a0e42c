/*
 * docsig_type.c — the SQL type claimlens.docsig: text and binary I/O, the
 * docsig(body) constructor, similarity(), containment(), and the % and <->
 * operators.  The signature itself is built and compared in src/core/docsig.c.
 */
#include "pg_glue.h"

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "docsig.h"
#include "settings.h"

#define DatumGetDocsigP(d) ((cl_docsig *) DatumGetPointer(d))
#define PG_GETARG_DOCSIG_P(n) DatumGetDocsigP(PG_GETARG_DATUM(n))

PG_FUNCTION_INFO_V1(claimlens_docsig_in);
PG_FUNCTION_INFO_V1(claimlens_docsig_out);
PG_FUNCTION_INFO_V1(claimlens_docsig_recv);
PG_FUNCTION_INFO_V1(claimlens_docsig_send);
PG_FUNCTION_INFO_V1(claimlens_docsig);
PG_FUNCTION_INFO_V1(claimlens_docsig_shingles);
PG_FUNCTION_INFO_V1(claimlens_docsig_similarity);
PG_FUNCTION_INFO_V1(claimlens_docsig_containment);
PG_FUNCTION_INFO_V1(claimlens_docsig_similar);
PG_FUNCTION_INFO_V1(claimlens_docsig_distance);

Datum
claimlens_docsig_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	cl_docsig  *sig = palloc(sizeof(cl_docsig));
	const char *problem = cl_docsig_from_text(str, strlen(str), sig);

	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type docsig: %s", problem),
				 errdetail("A docsig is written \"ds1:\" followed by 683 base64url characters, as docsig_out prints it.")));
	PG_RETURN_POINTER(sig);
}

Datum
claimlens_docsig_out(PG_FUNCTION_ARGS)
{
	cl_docsig  *sig = PG_GETARG_DOCSIG_P(0);
	char	   *out = palloc(CL_DOCSIG_TEXT_LEN + 1);

	cl_docsig_to_text(sig, out);
	PG_RETURN_CSTRING(out);
}

/* Binary form: the 512 stored bytes, whose first byte is the version. */
Datum
claimlens_docsig_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	cl_docsig  *sig = palloc(sizeof(cl_docsig));
	const char *problem;

	if (buf->len - buf->cursor != CL_DOCSIG_SIZE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary docsig: %d bytes, expected %d",
						buf->len - buf->cursor, CL_DOCSIG_SIZE)));
	pq_copymsgbytes(buf, (char *) sig->bytes, CL_DOCSIG_SIZE);
	problem = cl_docsig_validate(sig);
	if (problem != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary docsig: %s", problem)));
	PG_RETURN_POINTER(sig);
}

Datum
claimlens_docsig_send(PG_FUNCTION_ARGS)
{
	cl_docsig  *sig = PG_GETARG_DOCSIG_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) sig->bytes, CL_DOCSIG_SIZE);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

Datum
claimlens_docsig(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	cl_pg_text	in;
	cl_docsig  *sig = palloc(sizeof(cl_docsig));

	cl_pg_text_from(body, &in);
	cl_docsig_of_article(&claimlens_pg_env, in.data, in.len, sig);
	PG_RETURN_POINTER(sig);
}

Datum
claimlens_docsig_shingles(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) cl_docsig_count(PG_GETARG_DOCSIG_P(0)));
}

Datum
claimlens_docsig_similarity(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT4((float4) cl_docsig_similarity(PG_GETARG_DOCSIG_P(0), PG_GETARG_DOCSIG_P(1)));
}

Datum
claimlens_docsig_containment(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT4((float4) cl_docsig_containment(PG_GETARG_DOCSIG_P(0), PG_GETARG_DOCSIG_P(1)));
}

/* a % b: reads claimlens.similarity_threshold, hence STABLE in SQL. */
Datum
claimlens_docsig_similar(PG_FUNCTION_ARGS)
{
	float4		sim = (float4) cl_docsig_similarity(PG_GETARG_DOCSIG_P(0), PG_GETARG_DOCSIG_P(1));

	PG_RETURN_BOOL(sim >= (float4) claimlens_similarity_threshold);
}

Datum
claimlens_docsig_distance(PG_FUNCTION_ARGS)
{
	float4		sim = (float4) cl_docsig_similarity(PG_GETARG_DOCSIG_P(0), PG_GETARG_DOCSIG_P(1));

	PG_RETURN_FLOAT4(1.0f - sim);
}
