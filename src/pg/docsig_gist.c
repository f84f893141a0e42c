/*
 * docsig_gist.c — GiST support for docsig (operator class docsig_knn_ops):
 * ordered scans for ORDER BY sig <-> $1 LIMIT k.
 *
 * Leaf entries hold the signature itself, so their distance is exact.
 * Inner entries hold, for each of the 752 bins, the set of 4-bit values
 * seen in the signatures below (src/core/docsig_bound.c), from which a true
 * lower bound on the distance 1 - similarity follows; the index therefore
 * returns rows in exactly the order of the <-> operator.  Keys have their
 * own varlena type, docsig_gist_key (STORAGE plain, so that index tuples
 * are never compressed): a kind byte, then the signature or the value sets.
 */
#include "pg_glue.h"

#include "access/gist.h"
#include "access/stratnum.h"
#include "fmgr.h"

#include "docsig.h"
#include "docsig_bound.h"

#define DOCSIG_DISTANCE_STRATEGY 2

typedef struct docsig_gist_key
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	uint8		inner;			/* 0: one signature (leaf), 1: value sets (inner) */
	uint8		pad[3];
	union
	{
		cl_docsig	sig;
		cl_docsig_mask mask;
	}			u;
} docsig_gist_key;

#define LEAF_KEY_SIZE (offsetof(docsig_gist_key, u) + sizeof(cl_docsig))
#define INNER_KEY_SIZE (offsetof(docsig_gist_key, u) + sizeof(cl_docsig_mask))
#define DatumGetDocsigKey(d) ((docsig_gist_key *) DatumGetPointer(d))

PG_FUNCTION_INFO_V1(claimlens_docsig_gist_key_in);
PG_FUNCTION_INFO_V1(claimlens_docsig_gist_key_out);
PG_FUNCTION_INFO_V1(claimlens_docsig_gist_consistent);
PG_FUNCTION_INFO_V1(claimlens_docsig_gist_compress);
PG_FUNCTION_INFO_V1(claimlens_docsig_gist_union);
PG_FUNCTION_INFO_V1(claimlens_docsig_gist_penalty);
PG_FUNCTION_INFO_V1(claimlens_docsig_gist_picksplit);
PG_FUNCTION_INFO_V1(claimlens_docsig_gist_same);
PG_FUNCTION_INFO_V1(claimlens_docsig_gist_distance);

static docsig_gist_key *
new_inner_key(void)
{
	docsig_gist_key *key = palloc0(INNER_KEY_SIZE);

	SET_VARSIZE(key, INNER_KEY_SIZE);
	key->inner = 1;
	return key;
}

/* Add a key (one signature or a set) to a set. */
static void
mask_add_key(cl_docsig_mask *m, const docsig_gist_key *key)
{
	if (key->inner)
		cl_docsig_mask_add_mask(m, &key->u.mask);
	else
		cl_docsig_mask_add_sig(m, &key->u.sig);
}

/* How many (bin, value) pairs adding key would add to m. */
static int
mask_growth_key(const cl_docsig_mask *m, const docsig_gist_key *key)
{
	if (key->inner)
		return cl_docsig_mask_growth_mask(m, &key->u.mask);
	return cl_docsig_mask_growth_sig(m, &key->u.sig);
}

/* The operator's distance (leaf) or a lower bound of it (inner), as <-> rounds it. */
static float4
key_distance(const docsig_gist_key *key, const cl_docsig *query)
{
	double		sim;

	if (key->inner)
		sim = cl_docsig_similarity_bound(query, &key->u.mask);
	else
		sim = cl_docsig_similarity(&key->u.sig, query);
	return 1.0f - (float4) sim;
}

/* The key type exists only inside indexes: no input, a summary as output. */
Datum
claimlens_docsig_gist_key_in(PG_FUNCTION_ARGS)
{
	ereport(ERROR,
			(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
			 errmsg("docsig_gist_key has no text input: it exists only inside docsig_knn_ops indexes")));
	PG_RETURN_NULL();
}

Datum
claimlens_docsig_gist_key_out(PG_FUNCTION_ARGS)
{
	docsig_gist_key *key = DatumGetDocsigKey(PG_GETARG_DATUM(0));

	if (!key->inner)
		PG_RETURN_CSTRING(psprintf("leaf: %u shingles", cl_docsig_count(&key->u.sig)));
	{
		cl_docsig_mask none;

		cl_docsig_mask_clear(&none);
		PG_RETURN_CSTRING(psprintf("inner: %d (bin, value) pairs",
								   cl_docsig_mask_growth_mask(&none, &key->u.mask)));
	}
}

/*
 * The class has no search operator (WHERE sig % $1 belongs to the GIN class
 * docsig_lsh_ops), so GiST never asks; a call would be a catalog error.
 */
Datum
claimlens_docsig_gist_consistent(PG_FUNCTION_ARGS)
{
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);

	elog(ERROR, "docsig_knn_ops: unexpected search strategy %d", strategy);
	PG_RETURN_BOOL(false);
}

Datum
claimlens_docsig_gist_compress(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *retval;
	docsig_gist_key *key;

	if (!entry->leafkey)
		PG_RETURN_POINTER(entry);
	key = palloc0(LEAF_KEY_SIZE);
	SET_VARSIZE(key, LEAF_KEY_SIZE);
	key->inner = 0;
	memcpy(&key->u.sig, DatumGetPointer(entry->key), sizeof(cl_docsig));
	retval = palloc(sizeof(GISTENTRY));
	gistentryinit(*retval, PointerGetDatum(key), entry->rel, entry->page, entry->offset, false);
	PG_RETURN_POINTER(retval);
}

Datum
claimlens_docsig_gist_union(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	int		   *size = (int *) PG_GETARG_POINTER(1);
	docsig_gist_key *result = new_inner_key();

	for (int i = 0; i < entryvec->n; i++)
		mask_add_key(&result->u.mask, DatumGetDocsigKey(entryvec->vector[i].key));
	*size = (int) INNER_KEY_SIZE;
	PG_RETURN_POINTER(result);
}

Datum
claimlens_docsig_gist_penalty(PG_FUNCTION_ARGS)
{
	GISTENTRY  *orig = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *add = (GISTENTRY *) PG_GETARG_POINTER(1);
	float	   *penalty = (float *) PG_GETARG_POINTER(2);
	docsig_gist_key *okey = DatumGetDocsigKey(orig->key);
	docsig_gist_key *nkey = DatumGetDocsigKey(add->key);

	if (okey->inner)
		*penalty = (float) mask_growth_key(&okey->u.mask, nkey);
	else
	{
		cl_docsig_mask m;

		cl_docsig_mask_clear(&m);
		cl_docsig_mask_add_sig(&m, &okey->u.sig);
		*penalty = (float) mask_growth_key(&m, nkey);
	}
	PG_RETURN_POINTER(penalty);
}

/*
 * Split: the two entries that differ most (in (bin, value) pairs) seed the
 * two sides; every other entry joins the side whose value sets it enlarges
 * less, ties going to the smaller side, as long as neither side takes
 * more than two thirds.  Similar signatures thus share pages, and their
 * pages' sets stay narrow enough to bound distances.
 */
Datum
claimlens_docsig_gist_picksplit(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	OffsetNumber maxoff = (OffsetNumber) (entryvec->n - 1);
	int			n = maxoff - FirstOffsetNumber + 1;
	cl_docsig_mask *masks = palloc(sizeof(cl_docsig_mask) * n);
	docsig_gist_key *left = new_inner_key();
	docsig_gist_key *right = new_inner_key();
	int			seed_l = 0,
				seed_r = n > 1 ? 1 : 0,
				worst = -1;
	int			step = n > 64 ? n / 64 : 1;	/* large pages: seeds from a sample */
	int			max_side = n - (n + 1) / 3;

	v->spl_left = palloc(sizeof(OffsetNumber) * (n + 1));
	v->spl_right = palloc(sizeof(OffsetNumber) * (n + 1));
	v->spl_nleft = v->spl_nright = 0;

	for (int i = 0; i < n; i++)
	{
		cl_docsig_mask_clear(&masks[i]);
		mask_add_key(&masks[i], DatumGetDocsigKey(entryvec->vector[i + FirstOffsetNumber].key));
	}
	for (int i = 0; i < n; i += step)
		for (int j = i + 1; j < n; j += step)
		{
			int			d = cl_docsig_mask_growth_mask(&masks[i], &masks[j]) +
				cl_docsig_mask_growth_mask(&masks[j], &masks[i]);

			if (d > worst)
			{
				worst = d;
				seed_l = i;
				seed_r = j;
			}
		}

	cl_docsig_mask_add_mask(&left->u.mask, &masks[seed_l]);
	cl_docsig_mask_add_mask(&right->u.mask, &masks[seed_r]);
	v->spl_left[v->spl_nleft++] = (OffsetNumber) (seed_l + FirstOffsetNumber);
	v->spl_right[v->spl_nright++] = (OffsetNumber) (seed_r + FirstOffsetNumber);
	for (int i = 0; i < n; i++)
	{
		int			gl,
					gr;
		bool		to_left;

		if (i == seed_l || i == seed_r)
			continue;
		gl = cl_docsig_mask_growth_mask(&left->u.mask, &masks[i]);
		gr = cl_docsig_mask_growth_mask(&right->u.mask, &masks[i]);
		to_left = gl < gr || (gl == gr && v->spl_nleft <= v->spl_nright);
		/* each side takes at least a third, or the tree degenerates into chains */
		if (v->spl_nleft >= max_side)
			to_left = false;
		else if (v->spl_nright >= max_side)
			to_left = true;
		if (to_left)
		{
			cl_docsig_mask_add_mask(&left->u.mask, &masks[i]);
			v->spl_left[v->spl_nleft++] = (OffsetNumber) (i + FirstOffsetNumber);
		}
		else
		{
			cl_docsig_mask_add_mask(&right->u.mask, &masks[i]);
			v->spl_right[v->spl_nright++] = (OffsetNumber) (i + FirstOffsetNumber);
		}
	}
	v->spl_ldatum = PointerGetDatum(left);
	v->spl_rdatum = PointerGetDatum(right);
	pfree(masks);
	PG_RETURN_POINTER(v);
}

Datum
claimlens_docsig_gist_same(PG_FUNCTION_ARGS)
{
	docsig_gist_key *a = DatumGetDocsigKey(PG_GETARG_DATUM(0));
	docsig_gist_key *b = DatumGetDocsigKey(PG_GETARG_DATUM(1));
	bool	   *result = (bool *) PG_GETARG_POINTER(2);

	*result = VARSIZE(a) == VARSIZE(b) && memcmp(a, b, VARSIZE(a)) == 0;
	PG_RETURN_POINTER(result);
}

Datum
claimlens_docsig_gist_distance(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	cl_docsig  *query = (cl_docsig *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);

	if (strategy != DOCSIG_DISTANCE_STRATEGY)
		elog(ERROR, "docsig_knn_ops: unexpected ordering strategy %d", strategy);
	/* leaves: the exact distance; inner entries: a true lower bound */
	*recheck = false;
	PG_RETURN_FLOAT8((float8) key_distance(DatumGetDocsigKey(entry->key), query));
}
