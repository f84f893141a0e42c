/*
 * reuse.c — reused-passage alignment (see reuse.h).  Words are compared by a
 * 32-bit slice of their hash, so a 100 MB text costs 4 bytes per word; the
 * byte spans of the few words that bound a passage are found again by a
 * second pass of the word iterator.
 */
#include "reuse.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "shingle.h"

#define SEED_WORDS 3			/* words of exact match that start a passage */
#define RESYNC_WORDS 3			/* exact words needed after an edit */
#define MAX_CANDIDATES 16		/* places in b tried per seed */
#define COVER_SLOTS 1024		/* recently extended diagonals */

typedef struct words
{
	uint32_t   *hash;
	size_t		n;
} words;

static void
read_words(const cl_env *env, const char *text, size_t len, words *w)
{
	cl_word_iter it;
	cl_word		word;
	size_t		cap = 64;

	w->hash = cl_alloc(env, cap * sizeof(uint32_t));
	w->n = 0;
	cl_words_begin(&it, env, text, len);
	while (cl_words_next(&it, &word))
	{
		if (w->n == cap)
		{
			cap *= 2;
			w->hash = cl_resize(env, w->hash, cap * sizeof(uint32_t));
		}
		w->hash[w->n++] = (uint32_t) (word.hash >> 32);
	}
}

static inline uint64_t
seed_key(const uint32_t *h, int k)
{
	uint64_t	x = 0;

	for (int i = 0; i < k; i++)
		x = cl_mix64(x ^ h[i]);
	return x;
}

static inline bool
same_run(const words *a, size_t i, const words *b, size_t j, size_t k)
{
	if (i + k > a->n || j + k > b->n)
		return false;
	for (size_t t = 0; t < k; t++)
		if (a->hash[i + t] != b->hash[j + t])
			return false;
	return true;
}

typedef struct extension
{
	size_t		a_end;			/* word index, exclusive */
	size_t		b_end;
	size_t		matched;
} extension;

/* Skips tried after a mismatch, smallest edit first: (words of a, words of b). */
static const int edits[][2] = {{1, 1}, {1, 0}, {0, 1}, {2, 2}, {2, 1}, {1, 2}, {2, 0}, {0, 2}};

static extension
extend(const cl_env *env, const words *a, size_t i, const words *b, size_t j, size_t *work)
{
	extension	e = {i, j, 0};
	size_t		p = i,
				q = j;

	for (;;)
	{
		bool		resynced = false;

		while (p < a->n && q < b->n && a->hash[p] == b->hash[q])
		{
			p++, q++, e.matched++;
			if ((++*work & 0xFFFF) == 0)
				cl_poll(env);
		}
		e.a_end = p;
		e.b_end = q;
		for (size_t k = 0; k < sizeof(edits) / sizeof(edits[0]); k++)
		{
			if (same_run(a, p + edits[k][0], b, q + edits[k][1], RESYNC_WORDS))
			{
				p += edits[k][0];
				q += edits[k][1];
				resynced = true;
				break;
			}
		}
		*work += 8;
		if (!resynced)
			return e;
	}
}

/* Byte spans of the words at the given indices (sorted ascending). */
typedef struct word_ref
{
	size_t		index;
	size_t	   *start;			/* where to write the word's start, or NULL */
	size_t	   *end;			/* where to write its end, or NULL */
} word_ref;

static int
cmp_ref(const void *x, const void *y)
{
	size_t		a = ((const word_ref *) x)->index;
	size_t		b = ((const word_ref *) y)->index;

	return a < b ? -1 : a > b;
}

static void
resolve_spans(const cl_env *env, const char *text, size_t len, word_ref *refs, size_t n)
{
	cl_word_iter it;
	cl_word		w;
	size_t		index = 0;
	size_t		r = 0;

	qsort(refs, n, sizeof(word_ref), cmp_ref);
	cl_words_begin(&it, env, text, len);
	while (r < n && cl_words_next(&it, &w))
	{
		while (r < n && refs[r].index == index)
		{
			if (refs[r].start)
				*refs[r].start = w.start;
			if (refs[r].end)
				*refs[r].end = w.end;
			r++;
		}
		index++;
	}
}

void
cl_reuse(const cl_env *env, const char *a_text, size_t alen, const char *b_text, size_t blen,
		 uint32_t min_words, cl_reuse_span **spans_out, size_t *nspans_out)
{
	words		a,
				b;
	size_t		k = min_words < SEED_WORDS ? min_words : SEED_WORDS;
	size_t		nbuckets = 1;
	uint32_t   *head,
			   *next;
	cl_reuse_span *spans = NULL;
	size_t		nspans = 0,
				capspans = 0;
	/* Word-index form of each span: [a_first, a_last, b_first, b_last, matched]. */
	size_t	   *idx = NULL;
	size_t		work = 0,
				budget;
	struct
	{
		int64_t		diag;
		size_t		a_end;
	}		   *cover;

	*spans_out = NULL;
	*nspans_out = 0;
	if (min_words < 1)
		cl_fail(env, CL_ERR_INVALID_INPUT, "min_words must be at least 1");

	read_words(env, a_text, alen, &a);
	read_words(env, b_text, blen, &b);
	if (a.n < min_words || b.n < min_words || a.n < k || b.n < k)
	{
		cl_release(env, a.hash);
		cl_release(env, b.hash);
		return;
	}

	/* Chained hash table of b's k-word seeds; head/next hold index + 1. */
	while (nbuckets < b.n)
		nbuckets <<= 1;
	head = cl_alloc(env, nbuckets * sizeof(uint32_t));
	memset(head, 0, nbuckets * sizeof(uint32_t));
	next = cl_alloc(env, b.n * sizeof(uint32_t));
	for (size_t j = b.n - k + 1; j-- > 0;)
	{
		size_t		bucket = seed_key(b.hash + j, (int) k) & (nbuckets - 1);

		next[j] = head[bucket];
		head[bucket] = (uint32_t) (j + 1);
		if ((j & 0xFFFF) == 0)
			cl_poll(env);
	}

	cover = cl_alloc(env, COVER_SLOTS * sizeof(*cover));
	for (int s = 0; s < COVER_SLOTS; s++)
		cover[s].diag = INT64_MIN;

	/*
	 * Safety valve for repetitive texts (the same phrase thousands of times):
	 * extension work is capped at a multiple of the input size, so the cost
	 * stays linear; beyond it no new passages are searched for.
	 */
	budget = 64 * (a.n + b.n) + ((size_t) 1 << 22);

	for (size_t i = 0; i + k <= a.n && work < budget;)
	{
		size_t		bucket = seed_key(a.hash + i, (int) k) & (nbuckets - 1);
		extension	best = {0, 0, 0};
		size_t		best_j = 0;
		int			tried = 0;

		for (uint32_t c = head[bucket]; c != 0 && tried < MAX_CANDIDATES; c = next[c - 1])
		{
			size_t		j = c - 1;
			int64_t		diag = (int64_t) j - (int64_t) i;
			size_t		slot = (size_t) cl_mix64((uint64_t) diag) & (COVER_SLOTS - 1);
			extension	e;

			if (!same_run(&a, i, &b, j, k))
				continue;
			tried++;
			/* A later start on an already extended diagonal finds a subset. */
			if (cover[slot].diag == diag && cover[slot].a_end > i)
				continue;
			e = extend(env, &a, i, &b, j, &work);
			cover[slot].diag = diag;
			cover[slot].a_end = e.a_end;
			if (e.matched > best.matched)
			{
				best = e;
				best_j = j;
			}
		}
		work += 4;
		if ((i & 0x3FFF) == 0)
			cl_poll(env);

		if (best.matched >= min_words)
		{
			if (nspans == capspans)
			{
				capspans = capspans ? 2 * capspans : 16;
				idx = idx ? cl_resize(env, idx, capspans * 5 * sizeof(size_t))
					: cl_alloc(env, capspans * 5 * sizeof(size_t));
			}
			idx[5 * nspans + 0] = i;
			idx[5 * nspans + 1] = best.a_end - 1;
			idx[5 * nspans + 2] = best_j;
			idx[5 * nspans + 3] = best.b_end - 1;
			idx[5 * nspans + 4] = best.matched;
			nspans++;
			i = best.a_end;
		}
		else
			i++;
	}

	if (nspans > 0)
	{
		word_ref   *refs = cl_alloc(env, 2 * nspans * sizeof(word_ref));

		spans = cl_alloc(env, nspans * sizeof(cl_reuse_span));
		for (size_t s = 0; s < nspans; s++)
		{
			spans[s].words = (uint32_t) idx[5 * s + 4];
			refs[2 * s] = (word_ref) {idx[5 * s], &spans[s].a_start, NULL};
			refs[2 * s + 1] = (word_ref) {idx[5 * s + 1], NULL, &spans[s].a_end};
		}
		resolve_spans(env, a_text, alen, refs, 2 * nspans);
		for (size_t s = 0; s < nspans; s++)
		{
			refs[2 * s] = (word_ref) {idx[5 * s + 2], &spans[s].b_start, NULL};
			refs[2 * s + 1] = (word_ref) {idx[5 * s + 3], NULL, &spans[s].b_end};
		}
		resolve_spans(env, b_text, blen, refs, 2 * nspans);
		cl_release(env, refs);
	}
	cl_release(env, idx);
	cl_release(env, cover);
	cl_release(env, next);
	cl_release(env, head);
	cl_release(env, a.hash);
	cl_release(env, b.hash);
	*spans_out = spans;
	*nspans_out = nspans;
}
