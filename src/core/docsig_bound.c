/*
 * docsig_bound.c — per-bin value sets of signatures and the similarity
 * bound derived from them (see docsig_bound.h for the reasoning).
 */
#include "docsig_bound.h"

#include <string.h>

_Static_assert(CL_DOCSIG_BINS % 4 == 0, "value sets are compared four bins at a time");

/* The 4-bit value of bin i: 0 = empty, 1..15 = filled. */
static inline unsigned
bin_value(const cl_docsig *sig, int i)
{
	return (sig->bytes[CL_DOCSIG_BINS_OFFSET + i / 2] >> (4 * (i & 1))) & 15;
}

/* Bits set in x, without a library call on CPUs lacking the instruction. */
static inline int
popcount64(uint64_t x)
{
	x = x - ((x >> 1) & UINT64_C(0x5555555555555555));
	x = (x & UINT64_C(0x3333333333333333)) + ((x >> 2) & UINT64_C(0x3333333333333333));
	x = (x + (x >> 4)) & UINT64_C(0x0f0f0f0f0f0f0f0f);
	return (int) ((x * UINT64_C(0x0101010101010101)) >> 56);
}

void
cl_docsig_mask_clear(cl_docsig_mask *m)
{
	memset(m, 0, sizeof(*m));
}

void
cl_docsig_mask_add_sig(cl_docsig_mask *m, const cl_docsig *sig)
{
	for (int i = 0; i < CL_DOCSIG_BINS; i++)
		m->values[i] |= (uint16_t) (1u << bin_value(sig, i));
}

void
cl_docsig_mask_add_mask(cl_docsig_mask *m, const cl_docsig_mask *other)
{
	for (int i = 0; i < CL_DOCSIG_BINS; i++)
		m->values[i] |= other->values[i];
}

int
cl_docsig_mask_growth_sig(const cl_docsig_mask *m, const cl_docsig *sig)
{
	int			added = 0;

	for (int i = 0; i < CL_DOCSIG_BINS; i++)
		added += !(m->values[i] & (1u << bin_value(sig, i)));
	return added;
}

int
cl_docsig_mask_growth_mask(const cl_docsig_mask *m, const cl_docsig_mask *other)
{
	int			added = 0;

	/* four bins per 64-bit word (752 bins = 188 words) */
	for (int i = 0; i < CL_DOCSIG_BINS; i += 4)
	{
		uint64_t	a,
					b;

		memcpy(&a, m->values + i, 8);
		memcpy(&b, other->values + i, 8);
		added += popcount64(b & ~a);
	}
	return added;
}

double
cl_docsig_similarity_bound(const cl_docsig *q, const cl_docsig_mask *m)
{
	int			nq = 0,
				emax = 0,
				dmin = 0,
				fmin = 0;
	double		matches;

	if (cl_docsig_count(q) == 0)
		return 0.0;				/* similarity with a text without words is 0 */
	for (int i = 0; i < CL_DOCSIG_BINS; i++)
	{
		unsigned	v = bin_value(q, i);
		unsigned	seen = m->values[i];

		if (v == 0)
			fmin += !(seen & 1);	/* filled in every signature of the set */
		else
		{
			nq++;
			if (seen & (1u << v))
				emax++;
			else if (!(seen & 1))
				dmin++;			/* filled in every signature, never with v */
		}
	}
	if (nq == 0)
		return 0.0;
	/* the estimator's steps: matches = (15 E - B) / 14, then / either */
	matches = (14.0 * emax - dmin) / 14.0;
	if (matches <= 0)
		return 0.0;
	if (matches >= nq + fmin)
		return 1.0;
	return matches / (nq + fmin);
}
