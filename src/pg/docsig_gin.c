/*
 * docsig_gin.c — GIN support for docsig (operator class docsig_lsh_ops).
 *
 * Each signature is indexed under its 32 locality-sensitive band keys (int4).
 * Two articles share a band key with probability about 1 - (1 - J^3)^32 for
 * Jaccard similarity J, so near-duplicates almost always meet in some
 * posting list while unrelated articles rarely do.  Matches are always
 * rechecked with the exact operator on the heap row.
 */
#include "pg_glue.h"

#include <math.h>

#include "access/gin.h"
#include "access/stratnum.h"
#include "fmgr.h"

#include "docsig.h"
#include "docsig_lsh_pages.h"
#include "settings.h"

#define DOCSIG_SIMILAR_STRATEGY 1

PG_FUNCTION_INFO_V1(claimlens_docsig_gin_extract_value);
PG_FUNCTION_INFO_V1(claimlens_docsig_gin_extract_query);
PG_FUNCTION_INFO_V1(claimlens_docsig_gin_consistent);
PG_FUNCTION_INFO_V1(claimlens_docsig_gin_triconsistent);

static Datum *
band_keys(const cl_docsig *sig, int32 *nkeys)
{
	Datum	   *keys;

	/* A text without words is similar to nothing: no keys, never a match. */
	if (cl_docsig_count(sig) == 0)
	{
		*nkeys = 0;
		return NULL;
	}
	keys = palloc(sizeof(Datum) * CL_DOCSIG_BANDS);
	for (int band = 0; band < CL_DOCSIG_BANDS; band++)
		keys[band] = Int32GetDatum((int32) cl_docsig_band_key(sig, band));
	*nkeys = CL_DOCSIG_BANDS;
	return keys;
}

/*
 * How many of the query's band keys a row must share to be worth a recheck
 * at the current threshold t.  A pair at similarity s shares each band with
 * probability s^3; we ask for the count that such a pair, taken 0.05 below
 * the threshold, reaches with probability above 99% (mean - 2.5 sd of the
 * binomial).  At t = 0.5 that is one key, at 0.7 two, at 0.9 twelve.
 */
int
claimlens_docsig_keys_needed(int nkeys)
{
	double		s = claimlens_similarity_threshold - 0.05;
	double		p,
				mean,
				sd;
	int			need;

	if (s <= 0)
		return 1;
	p = s * s * s;
	mean = nkeys * p;
	sd = sqrt(nkeys * p * (1 - p));
	need = (int) floor(mean - 2.5 * sd);
	return need < 1 ? 1 : (need > nkeys ? nkeys : need);
}

Datum
claimlens_docsig_gin_extract_value(PG_FUNCTION_ARGS)
{
	cl_docsig  *sig = (cl_docsig *) PG_GETARG_POINTER(0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);

	PG_RETURN_POINTER(band_keys(sig, nkeys));
}

Datum
claimlens_docsig_gin_extract_query(PG_FUNCTION_ARGS)
{
	cl_docsig  *sig = (cl_docsig *) PG_GETARG_POINTER(0);
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	int32	   *search_mode = (int32 *) PG_GETARG_POINTER(6);

	/* No keys and the default mode: GIN returns nothing, as the operator would. */
	*search_mode = GIN_SEARCH_MODE_DEFAULT;
	PG_RETURN_POINTER(band_keys(sig, nkeys));
}

Datum
claimlens_docsig_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	int32		nkeys = PG_GETARG_INT32(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	int			shared = 0;

	for (int i = 0; i < nkeys; i++)
		shared += check[i] ? 1 : 0;
	*recheck = true;
	PG_RETURN_BOOL(shared >= claimlens_docsig_keys_needed(nkeys));
}

Datum
claimlens_docsig_gin_triconsistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	int32		nkeys = PG_GETARG_INT32(3);
	int			possible = 0;

	for (int i = 0; i < nkeys; i++)
		possible += check[i] != GIN_FALSE ? 1 : 0;
	PG_RETURN_GIN_TERNARY_VALUE(possible >= claimlens_docsig_keys_needed(nkeys) ? GIN_MAYBE : GIN_FALSE);
}
