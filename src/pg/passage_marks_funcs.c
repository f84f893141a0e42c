/*
 * passage_marks_funcs.c — passage_marks(text) as a sorted bigint[] and
 * shared_marks(a, b), the number of marks two such arrays have in common.
 */
#include "pg_glue.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/array.h"

#include "passage_marks.h"

PG_FUNCTION_INFO_V1(claimlens_passage_marks);
PG_FUNCTION_INFO_V1(claimlens_shared_marks);

Datum
claimlens_passage_marks(PG_FUNCTION_ARGS)
{
	cl_pg_text	in;
	uint64_t   *marks;
	size_t		n;
	Datum	   *elems;

	cl_pg_text_from(PG_GETARG_TEXT_PP(0), &in);
	n = cl_passage_marks(&claimlens_pg_env, in.data, in.len, &marks, NULL);
	elems = palloc(sizeof(Datum) * (n ? n : 1));
	for (size_t i = 0; i < n; i++)
		elems[i] = Int64GetDatum((int64) marks[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, (int) n, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/*
 * The non-null elements of a one-dimensional bigint array, sorted and
 * distinct in the order of passage_marks() output (which is not re-sorted).
 */
static uint64_t *
marks_of(ArrayType *a, int *count)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	size_t		k = 0;
	uint64_t   *v;

	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("passage marks must be a one-dimensional bigint array")));
	deconstruct_array(a, INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE, &elems, &nulls, &n);
	v = palloc(sizeof(uint64_t) * (n ? n : 1));
	for (int i = 0; i < n; i++)
		if (!nulls[i])
			v[k++] = (uint64_t) DatumGetInt64(elems[i]);
	*count = (int) cl_marks_sort_unique(v, k);
	return v;
}

Datum
claimlens_shared_marks(PG_FUNCTION_ARGS)
{
	int			na,
				nb,
				i = 0,
				j = 0,
				shared = 0;
	uint64_t   *a = marks_of(PG_GETARG_ARRAYTYPE_P(0), &na);
	uint64_t   *b = marks_of(PG_GETARG_ARRAYTYPE_P(1), &nb);

	while (i < na && j < nb)
	{
		if (a[i] < b[j])
			i++;
		else if (a[i] > b[j])
			j++;
		else
		{
			shared++;
			i++;
			j++;
		}
	}
	PG_RETURN_INT32(shared);
}
