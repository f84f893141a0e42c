/*
 * docsig_compare.c — equality, hashing and a fixed total order of docsig
 * values, so that DISTINCT, GROUP BY, UNION, hash joins and ORDER BY work on
 * signature columns.  Two signatures are equal when their bytes are; the
 * order is the order of their bytes, which is stable across machines but
 * says nothing about similarity (that is what <-> is for).
 */
#include "pg_glue.h"

#include "common/hashfn.h"
#include "fmgr.h"

#include "docsig.h"

PG_FUNCTION_INFO_V1(claimlens_docsig_cmp);
PG_FUNCTION_INFO_V1(claimlens_docsig_eq);
PG_FUNCTION_INFO_V1(claimlens_docsig_ne);
PG_FUNCTION_INFO_V1(claimlens_docsig_lt);
PG_FUNCTION_INFO_V1(claimlens_docsig_le);
PG_FUNCTION_INFO_V1(claimlens_docsig_gt);
PG_FUNCTION_INFO_V1(claimlens_docsig_ge);
PG_FUNCTION_INFO_V1(claimlens_docsig_hash);

static int
compare_args(FunctionCallInfo fcinfo)
{
	const cl_docsig *a = (const cl_docsig *) PG_GETARG_POINTER(0);
	const cl_docsig *b = (const cl_docsig *) PG_GETARG_POINTER(1);
	int			c = memcmp(a->bytes, b->bytes, CL_DOCSIG_SIZE);

	return (c > 0) - (c < 0);
}

Datum
claimlens_docsig_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(compare_args(fcinfo));
}

Datum
claimlens_docsig_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) == 0);
}

Datum
claimlens_docsig_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) != 0);
}

Datum
claimlens_docsig_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) < 0);
}

Datum
claimlens_docsig_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) <= 0);
}

Datum
claimlens_docsig_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) > 0);
}

Datum
claimlens_docsig_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(compare_args(fcinfo) >= 0);
}

Datum
claimlens_docsig_hash(PG_FUNCTION_ARGS)
{
	const cl_docsig *a = (const cl_docsig *) PG_GETARG_POINTER(0);

	return hash_any(a->bytes, CL_DOCSIG_SIZE);
}
