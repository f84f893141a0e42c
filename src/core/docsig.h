/*
 * docsig.h — a fixed-size, machine-independent signature of an article's
 * word 3-shingle set, from which the resemblance (Jaccard similarity) and the
 * containment of two articles are estimated without the texts.
 *
 * Scheme (version 1, 512 bytes, all multi-byte fields little-endian):
 *   [0]        version (1)
 *   [1..3]     reserved, zero
 *   [4..7]     number of distinct shingles (exact up to 4096, estimated above)
 *   [8..135]   32 LSH band keys (uint32): each hashes 3 bins of a second,
 *              densified one-permutation MinHash; equal keys mark candidates
 *   [136..511] 752 bins of a one-permutation MinHash, 4 bits each: 0 = empty
 *              bin, 1..15 = a hash of the bin's minimum (b-bit MinHash)
 * Similarity is estimated from the 4-bit bins with the empty-bin-aware
 * estimator of one-permutation hashing and a b-bit collision correction.
 */
#ifndef CL_DOCSIG_H
#define CL_DOCSIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cl_env.h"

#define CL_DOCSIG_SIZE 512
#define CL_DOCSIG_VERSION 1
#define CL_DOCSIG_SHINGLE_WORDS 3
#define CL_DOCSIG_BANDS 32
#define CL_DOCSIG_BAND_ROWS 3
#define CL_DOCSIG_BINS 752
#define CL_DOCSIG_COUNT_OFFSET 4
#define CL_DOCSIG_BANDS_OFFSET 8
#define CL_DOCSIG_BINS_OFFSET (CL_DOCSIG_BANDS_OFFSET + 4 * CL_DOCSIG_BANDS)

/* Length of the text form: "ds1:" and base64url of the 512 bytes, no padding. */
#define CL_DOCSIG_TEXT_LEN (4 + (CL_DOCSIG_SIZE * 4 + 2) / 3)

typedef struct cl_docsig
{
	unsigned char bytes[CL_DOCSIG_SIZE];
} cl_docsig;

/* Signature of the text's words as given (no page-furniture removal). */
void		cl_docsig_of_words(const cl_env *env, const char *text, size_t len, cl_docsig *sig);

/* Signature of an article: cl_clean() first, then cl_docsig_of_words(). */
void		cl_docsig_of_article(const cl_env *env, const char *text, size_t len, cl_docsig *sig);

/*
 * cl_docsig_of_article(), and from the same word hashes the passage marks
 * of text itself, when cl_clean() keeps all its words as they stand (as it
 * does for most texts it has already cleaned): then returns true with
 * *marks, *nmarks and *nwords as cl_passage_marks(env, text, len, marks,
 * nwords) sets them.  Otherwise returns false and sets only sig.
 */
bool		cl_docsig_and_marks_of_article(const cl_env *env, const char *text, size_t len,
										   cl_docsig *sig, uint64_t **marks, size_t *nmarks,
										   size_t *nwords);

/* Estimated Jaccard similarity of the shingle sets, in [0, 1]. */
double		cl_docsig_similarity(const cl_docsig *a, const cl_docsig *b);

/* Estimated share of a's shingles that are in b, in [0, 1]. */
double		cl_docsig_containment(const cl_docsig *a, const cl_docsig *b);

uint32_t	cl_docsig_count(const cl_docsig *sig);
uint32_t	cl_docsig_band_key(const cl_docsig *sig, int band);

/* Text form: writes CL_DOCSIG_TEXT_LEN bytes and a NUL. */
void		cl_docsig_to_text(const cl_docsig *sig, char *out);

/*
 * Parse the text form (surrounding ASCII white space allowed).  Returns NULL
 * on success, else a message saying what is wrong.
 */
const char *cl_docsig_from_text(const char *text, size_t len, cl_docsig *sig);

/* Check a signature's bytes (binary input); NULL or what is wrong. */
const char *cl_docsig_validate(const cl_docsig *sig);

#endif
