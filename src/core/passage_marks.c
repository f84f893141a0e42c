/*
 * passage_marks.c — winnowing over word 5-gram hashes (see passage_marks.h).
 */
#include "passage_marks.h"

#include <stdlib.h>

#include "shingle.h"

/* Fixed seed of the k-gram combiner: changing it changes every stored mark. */
#define MARK_SEED UINT64_C(0x636c6d61726b3031)	/* "clmark01" */

/* The hash of k consecutive word hashes, oldest first. */
static uint64_t
kgram_hash(const uint64_t *ring, size_t newest)
{
	uint64_t	h = MARK_SEED;

	for (size_t i = 0; i < CL_MARK_WORDS; i++)
	{
		size_t		k = (newest + 1 + i) % CL_MARK_WORDS;

		h = cl_mix64(h ^ ring[k]) + UINT64_C(0x9e3779b97f4a7c15);
	}
	return cl_mix64(h);
}

static int
compare_u64(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a;
	uint64_t	y = *(const uint64_t *) b;

	return (x > y) - (x < y);
}

size_t
cl_marks_sort_unique(uint64_t *marks, size_t n)
{
	size_t		k = 1;

	if (n < 2)
		return n;
	for (size_t i = 1; i < n; i++)
		if (marks[i - 1] >= marks[i])
			break;
		else if (i == n - 1)
			return n;			/* already sorted and distinct */
	qsort(marks, n, sizeof(uint64_t), compare_u64);
	for (size_t i = 1; i < n; i++)
		if (marks[i] != marks[k - 1])
			marks[k++] = marks[i];
	return k;
}

/* Appends v to the growing output array. */
static void
push_mark(const cl_env *env, uint64_t **out, size_t *n, size_t *cap, uint64_t v)
{
	if (*n == *cap)
	{
		size_t		want = *cap ? *cap * 2 : 64;

		*out = *out ? cl_resize(env, *out, want * sizeof(uint64_t))
			: cl_alloc(env, want * sizeof(uint64_t));
		*cap = want;
	}
	(*out)[(*n)++] = v;
}

size_t
cl_passage_marks(const cl_env *env, const char *text, size_t len, uint64_t **marks,
				 size_t *nwords_out)
{
	cl_word_iter it;
	uint64_t	batch[64];
	size_t		nbatch = 0,
				next = 0;
	uint64_t	words[CL_MARK_WORDS];
	uint64_t	window[CL_MARK_WINDOW];
	size_t		nwords = 0;
	size_t		ngrams = 0;			/* k-grams seen so far */
	size_t		picked = SIZE_MAX;	/* k-gram index of the last selected minimum */
	uint64_t   *out = NULL;
	size_t		n = 0,
				cap = 0;

	cl_words_begin(&it, env, text, len);
	for (;;)
	{
		/* Word hashes come in batches, as docsig reads them. */
		if (next == nbatch)
		{
			nbatch = cl_words_hashes(&it, batch, sizeof(batch) / sizeof(batch[0]));
			next = 0;
			if (nbatch == 0)
				break;
		}
		words[nwords % CL_MARK_WORDS] = batch[next++];
		nwords++;
		if (nwords < CL_MARK_WORDS)
			continue;
		window[ngrams % CL_MARK_WINDOW] = kgram_hash(words, (nwords - 1) % CL_MARK_WORDS);
		ngrams++;
		if (ngrams < CL_MARK_WINDOW)
			continue;

		/*
		 * The window holds k-grams ngrams-W .. ngrams-1.  If the last pick
		 * is still inside and is not beaten by the newest k-gram, it stays;
		 * otherwise scan the window for its (rightmost) minimum.
		 */
		size_t		first = ngrams - CL_MARK_WINDOW;
		size_t		newest = ngrams - 1;

		if (picked != SIZE_MAX && picked >= first)
		{
			if (window[newest % CL_MARK_WINDOW] <= window[picked % CL_MARK_WINDOW])
			{
				picked = newest;
				push_mark(env, &out, &n, &cap, window[newest % CL_MARK_WINDOW]);
			}
			continue;
		}
		size_t		best = first;

		for (size_t i = first + 1; i <= newest; i++)
			if (window[i % CL_MARK_WINDOW] <= window[best % CL_MARK_WINDOW])
				best = i;
		picked = best;
		push_mark(env, &out, &n, &cap, window[best % CL_MARK_WINDOW]);
	}

	/* A text shorter than one window: its smallest k-gram stands for it. */
	if (ngrams > 0 && ngrams < CL_MARK_WINDOW)
	{
		uint64_t	best = window[0];

		for (size_t i = 1; i < ngrams; i++)
			if (window[i] < best)
				best = window[i];
		push_mark(env, &out, &n, &cap, best);
	}

	n = cl_marks_sort_unique(out, n);
	*marks = out;
	if (nwords_out != NULL)
		*nwords_out = nwords;
	return n;
}
