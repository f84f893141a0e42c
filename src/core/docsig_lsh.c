/*
 * docsig_lsh.c — keys, buckets and sizing of the claimlens_lsh index
 * (see docsig_lsh.h).
 */
#include "docsig_lsh.h"

int
cl_lsh_keys(const cl_docsig *sig, uint32_t *keys)
{
	/* A text without words is similar to nothing: it is filed nowhere. */
	if (cl_docsig_count(sig) == 0)
		return 0;
	for (int band = 0; band < CL_DOCSIG_BANDS; band++)
		keys[band] = cl_docsig_band_key(sig, band);
	return CL_DOCSIG_BANDS;
}

void
cl_lsh_sort_keys(uint32_t *keys, int n)
{
	/* at most 32 keys: insertion sort */
	for (int i = 1; i < n; i++)
	{
		uint32_t	k = keys[i];
		int			j = i;

		for (; j > 0 && keys[j - 1] > k; j--)
			keys[j] = keys[j - 1];
		keys[j] = k;
	}
}

uint32_t
cl_lsh_buckets_for_rows(double rows)
{
	double		n;

	if (!(rows > 0))
		return CL_LSH_MIN_BUCKETS;
	n = rows * CL_DOCSIG_BANDS / CL_LSH_BUCKET_TARGET;
	if (n < CL_LSH_MIN_BUCKETS)
		return CL_LSH_MIN_BUCKETS;
	if (n >= CL_LSH_MAX_BUCKETS)
		return CL_LSH_MAX_BUCKETS;
	/* rounded up */
	return (uint32_t) n + ((double) (uint32_t) n < n ? 1 : 0);
}

double
cl_lsh_find_probability(double s)
{
	double		band = 1,
				miss = 1;

	if (!(s > 0))
		return 0;
	if (s >= 1)
		return 1;
	/* integer powers: the core links without libm */
	for (int r = 0; r < CL_DOCSIG_BAND_ROWS; r++)
		band *= s;
	for (int b = 0; b < CL_DOCSIG_BANDS; b++)
		miss *= 1 - band;
	return 1 - miss;
}
