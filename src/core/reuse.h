/*
 * reuse.h — the passages of text a that also appear in text b, tolerant of
 * small edits: case and punctuation are ignored (words as in shingle.h), and
 * a passage runs on across a changed, inserted or dropped word or two as long
 * as at least three words match again right after.
 *
 * Seed and extend: every 3-word run of a that occurs in b seeds a candidate
 * alignment, which is extended word by word; the best one (most matched
 * words) is kept if it has at least min_words matched words, and the scan
 * resumes after it, so passages of a never overlap and come out in order.
 */
#ifndef CL_REUSE_H
#define CL_REUSE_H

#include <stddef.h>
#include <stdint.h>

#include "cl_env.h"

typedef struct cl_reuse_span
{
	size_t		a_start;		/* byte span of the passage in a */
	size_t		a_end;
	size_t		b_start;		/* byte span of its counterpart in b */
	size_t		b_end;
	uint32_t	words;			/* words of a matched exactly in b */
} cl_reuse_span;

/*
 * Find the passages; *spans (allocated through env, NULL when none) receives
 * them in order of a_start and *nspans their number.  min_words >= 1.
 */
void		cl_reuse(const cl_env *env, const char *a, size_t alen, const char *b, size_t blen,
					 uint32_t min_words, cl_reuse_span **spans, size_t *nspans);

#endif
