/*
 * docsig_bound.h — summaries of sets of signatures, for a search tree
 * (the GiST operator class docsig_knn_ops): which 4-bit value each of the
 * 752 bins takes in some signature of the set, and from that an upper bound
 * on cl_docsig_similarity() between a query and any signature of the set.
 *
 * The bound follows the estimator exactly.  For a query q with nq filled
 * bins and a signature s, similarity = clamp((15 E - B) / 14 / U) where E
 * counts bins filled in both with equal values, B bins filled in both, and
 * U bins filled in either.  Over a set summarised per bin:
 *   E     <= Emax, the query's filled bins whose value occurs in the set;
 *   B - E >= Dmin, the query's filled bins where every signature of the set
 *            is filled with another value;
 *   U     >= nq + Fmin, Fmin the bins empty in q but filled in every
 *            signature of the set;
 * so 15 E - B = 14 E - (B - E) <= 14 Emax - Dmin, and the similarity is at
 * most clamp((14 Emax - Dmin) / 14 / (nq + Fmin)), computed with the same
 * floating-point steps, so that rounding keeps the order.
 */
#ifndef CL_DOCSIG_BOUND_H
#define CL_DOCSIG_BOUND_H

#include <stdint.h>

#include "docsig.h"

typedef struct cl_docsig_mask
{
	/* bit v of values[i]: some signature of the set has value v in bin i (0 = empty) */
	uint16_t	values[CL_DOCSIG_BINS];
} cl_docsig_mask;

/* The empty set. */
void		cl_docsig_mask_clear(cl_docsig_mask *m);

/* Add one signature, or all signatures of another set. */
void		cl_docsig_mask_add_sig(cl_docsig_mask *m, const cl_docsig *sig);
void		cl_docsig_mask_add_mask(cl_docsig_mask *m, const cl_docsig_mask *other);

/* How many (bin, value) pairs adding sig, or other, would add to m. */
int			cl_docsig_mask_growth_sig(const cl_docsig_mask *m, const cl_docsig *sig);
int			cl_docsig_mask_growth_mask(const cl_docsig_mask *m, const cl_docsig_mask *other);

/* Upper bound on cl_docsig_similarity(q, s) for every s in the set, in [0, 1]. */
double		cl_docsig_similarity_bound(const cl_docsig *q, const cl_docsig_mask *m);

#endif
