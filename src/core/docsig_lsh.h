/*
 * docsig_lsh.h — the pure part of the claimlens_lsh index access method:
 * which keys a signature is filed under, which bucket a key goes to, how
 * many buckets an index of a given size gets, and the probability that a
 * pair of a given similarity meets in some bucket.
 *
 * A signature is filed under its 32 LSH band keys (cl_docsig_band_key());
 * a text without words has none.  Keys are uniform 32-bit hashes, and a
 * key's bucket is taken from its top bits (multiply-shift), so entries
 * sorted by key are sorted by bucket.
 */
#ifndef CL_DOCSIG_LSH_H
#define CL_DOCSIG_LSH_H

#include <stdint.h>

#include "docsig.h"

/* Entries a bucket holds on average right after a build (a page holds 816). */
#define CL_LSH_BUCKET_TARGET 640
#define CL_LSH_MIN_BUCKETS 16
#define CL_LSH_MAX_BUCKETS (1 << 24)

/* The keys of sig, written to keys[CL_DOCSIG_BANDS]; returns how many (0 or 32). */
int			cl_lsh_keys(const cl_docsig *sig, uint32_t *keys);

/* Sort keys in place, ascending: then they come in bucket order. */
void		cl_lsh_sort_keys(uint32_t *keys, int n);

/* The bucket of a key among nbuckets (>= 1). */
static inline uint32_t
cl_lsh_bucket(uint32_t key, uint32_t nbuckets)
{
	return (uint32_t) (((uint64_t) key * nbuckets) >> 32);
}

/* Bucket count for an index over about rows signatures. */
uint32_t	cl_lsh_buckets_for_rows(double rows);

/*
 * Probability that two signatures of Jaccard similarity s share at least
 * one band key: 1 - (1 - s^r)^b with r = 3 rows per band and b = 32 bands.
 */
double		cl_lsh_find_probability(double s);

#endif
