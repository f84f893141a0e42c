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

void
cl_marks_begin(cl_marks_builder *m, const cl_env *env)
{
	m->env = env;
	m->nwords = 0;
	m->ngrams = 0;
	m->picked = SIZE_MAX;
	m->out = NULL;
	m->n = 0;
	m->cap = 0;
}

void
cl_marks_add(cl_marks_builder *m, const uint64_t *hashes, size_t count)
{
	for (size_t k = 0; k < count; k++)
	{
		size_t		first,
					newest,
					best;

		m->words[m->nwords % CL_MARK_WORDS] = hashes[k];
		m->nwords++;
		if (m->nwords < CL_MARK_WORDS)
			continue;
		m->window[m->ngrams % CL_MARK_WINDOW] = kgram_hash(m->words, (m->nwords - 1) % CL_MARK_WORDS);
		m->ngrams++;
		if (m->ngrams < CL_MARK_WINDOW)
			continue;

		/*
		 * The window holds k-grams ngrams-W .. ngrams-1.  If the last pick
		 * is still inside and is not beaten by the newest k-gram, it stays;
		 * otherwise scan the window for its (rightmost) minimum.
		 */
		first = m->ngrams - CL_MARK_WINDOW;
		newest = m->ngrams - 1;
		if (m->picked != SIZE_MAX && m->picked >= first)
		{
			if (m->window[newest % CL_MARK_WINDOW] <= m->window[m->picked % CL_MARK_WINDOW])
			{
				m->picked = newest;
				push_mark(m->env, &m->out, &m->n, &m->cap, m->window[newest % CL_MARK_WINDOW]);
			}
			continue;
		}
		best = first;
		for (size_t i = first + 1; i <= newest; i++)
			if (m->window[i % CL_MARK_WINDOW] <= m->window[best % CL_MARK_WINDOW])
				best = i;
		m->picked = best;
		push_mark(m->env, &m->out, &m->n, &m->cap, m->window[best % CL_MARK_WINDOW]);
	}
}

size_t
cl_marks_end(cl_marks_builder *m, uint64_t **marks, size_t *nwords_out)
{
	size_t		n;

	/* A text shorter than one window: its smallest k-gram stands for it. */
	if (m->ngrams > 0 && m->ngrams < CL_MARK_WINDOW)
	{
		uint64_t	best = m->window[0];

		for (size_t i = 1; i < m->ngrams; i++)
			if (m->window[i] < best)
				best = m->window[i];
		push_mark(m->env, &m->out, &m->n, &m->cap, best);
	}
	n = cl_marks_sort_unique(m->out, m->n);
	*marks = m->out;
	if (nwords_out != NULL)
		*nwords_out = m->nwords;
	m->out = NULL;
	return n;
}

void
cl_marks_discard(cl_marks_builder *m)
{
	if (m->out != NULL)
		cl_release(m->env, m->out);
	m->out = NULL;
}

size_t
cl_passage_marks(const cl_env *env, const char *text, size_t len, uint64_t **marks,
				 size_t *nwords_out)
{
	cl_word_iter it;
	uint64_t	batch[64];
	size_t		nbatch;
	cl_marks_builder m;

	cl_marks_begin(&m, env);
	cl_words_begin(&it, env, text, len);
	/* Word hashes come in batches, as docsig reads them. */
	while ((nbatch = cl_words_hashes(&it, batch, sizeof(batch) / sizeof(batch[0]))) > 0)
		cl_marks_add(&m, batch, nbatch);
	return cl_marks_end(&m, marks, nwords_out);
}
