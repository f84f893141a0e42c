/*
 * passage_marks.h — winnowed fingerprints of an article's word 5-grams: a
 * short set of 64-bit marks such that two texts sharing a passage of at
 * least CL_MARK_GUARANTEE words (same words as the similarity code sees
 * them: case, punctuation and spacing ignored) share at least one mark.
 *
 * It finds partial reuse that whole-article resemblance misses: a rewrite
 * that keeps a quotation and a few sentences of its source has a low
 * Jaccard similarity but shares marks with it.  Marks are machine- and
 * version-independent (fixed seeds, no byte-order dependence).
 *
 * Scheme: each word's hash (shingle.h); each run of CL_MARK_WORDS words
 * combined into one 64-bit k-gram hash; in every window of CL_MARK_WINDOW
 * consecutive k-gram hashes the smallest is selected (the rightmost on
 * ties), and the distinct selected hashes are the marks (winnowing).  About
 * 2 / (CL_MARK_WINDOW + 1) of the k-grams become marks.  A text of fewer
 * than CL_MARK_WORDS words has no marks.
 */
#ifndef CL_PASSAGE_MARKS_H
#define CL_PASSAGE_MARKS_H

#include <stddef.h>
#include <stdint.h>

#include "cl_env.h"

#define CL_MARK_WORDS 5
#define CL_MARK_WINDOW 16
#define CL_MARK_GUARANTEE (CL_MARK_WORDS + CL_MARK_WINDOW - 1)

/*
 * The marks of text[0..len), sorted ascending and distinct, in an array
 * allocated from env (NULL when there are none); returns how many.  When
 * nwords is not NULL it receives the number of words of the text (as
 * shingle.h reads them), which the marks are computed from anyway.
 */
size_t		cl_passage_marks(const cl_env *env, const char *text, size_t len, uint64_t **marks,
							 size_t *nwords);

/*
 * The same, from the word hashes of a text (shingle.h) given in order, in
 * one or more calls of cl_marks_add(): cl_marks_end() then returns what
 * cl_passage_marks() of the text returns.  A builder not ended is released
 * with cl_marks_discard().
 */
typedef struct cl_marks_builder
{
	const cl_env *env;
	uint64_t	words[CL_MARK_WORDS];	/* the last word hashes, a ring */
	uint64_t	window[CL_MARK_WINDOW]; /* the last k-gram hashes, a ring */
	size_t		nwords;
	size_t		ngrams;			/* k-grams seen so far */
	size_t		picked;			/* k-gram index of the last selected minimum */
	uint64_t   *out;
	size_t		n;
	size_t		cap;
} cl_marks_builder;

void		cl_marks_begin(cl_marks_builder *m, const cl_env *env);
void		cl_marks_add(cl_marks_builder *m, const uint64_t *hashes, size_t count);
size_t		cl_marks_end(cl_marks_builder *m, uint64_t **marks, size_t *nwords);
void		cl_marks_discard(cl_marks_builder *m);

/*
 * Sorts marks ascending (as unsigned numbers) and removes repeats in place;
 * returns how many remain.
 */
size_t		cl_marks_sort_unique(uint64_t *marks, size_t n);

#endif
