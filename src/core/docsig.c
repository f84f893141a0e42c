/*
 * docsig.c — building, comparing and printing document signatures (see
 * docsig.h for the layout and the Similarity section of README.md for why this scheme).
 * Every hash has a fixed seed and every stored integer is little-endian, so
 * a text gives the same 512 bytes on every machine.
 */
#include "docsig.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "cl_buf.h"
#include "clean.h"
#include "docsig_dense.h"
#include "passage_marks.h"
#include "shingle.h"
#include "xxh3_small.h"

/* Fixed seeds; changing any of them requires a new signature version. */
#define SEED_SHINGLE UINT64_C(0x636c736831000001)
#define SEED_BAND UINT64_C(0x636c626e64000002)
#define SEED_DENSE CL_DOCSIG_DENSE_SEED
#define SEED_BANDKEY UINT64_C(0x636c626b79000004)
#define SEED_NIBBLE UINT64_C(0x636c6e6962000005)

#define BAND_BINS (CL_DOCSIG_BANDS * CL_DOCSIG_BAND_ROWS)
_Static_assert(BAND_BINS == CL_DOCSIG_DENSE_BINS, "docsig_dense.h has a row per band bin");

/* Shingles and band keys are hashed as 24-byte strings by cl_xxh3_24(). */
_Static_assert(CL_DOCSIG_SHINGLE_WORDS == 3 && CL_DOCSIG_BAND_ROWS == 3,
			   "cl_xxh3_24() hashes exactly three 64-bit values");
#define EMPTY UINT64_MAX
_Static_assert(EMPTY == ~UINT64_C(0), "empty bins are set with memset(0xFF)");

/* Word hashes are taken from the text this many at a time. */
#define WORD_BATCH 64

/* Distinct shingles are counted exactly up to COUNT_K, estimated above. */
#define COUNT_K 4096

typedef struct builder
{
	const cl_env *env;
	uint64_t	bins[CL_DOCSIG_BINS];
	uint64_t	band_bins[BAND_BINS];
	/*
	 * bins that are not empty, one bit each (a bitmap rather than a list
	 * keeps the builder under the 8 kB above which PostgreSQL's allocator
	 * goes to malloc() for every chunk)
	 */
	uint64_t	filled[(CL_DOCSIG_BINS + 63) / 64];
	/* distinct shingle hashes while there are at most COUNT_K (0 = free slot) */
	uint64_t   *set;
	size_t		nset;
	size_t		set_slots;		/* power of two, at most half full */
	/* beyond COUNT_K: the smallest distinct hashes seen (a bottom-k sketch) */
	uint64_t   *low;
	size_t		nlow;
	size_t		caplow;
	uint64_t	cut;			/* only hashes below cut can be among the k smallest */
	/* the last two words added, and how many words there were */
	uint64_t	w0,
				w1;
	size_t		nwords;
} builder;

_Static_assert(sizeof(builder) <= 8192, "a builder is one small chunk for PostgreSQL's allocator");

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a;
	uint64_t	y = *(const uint64_t *) b;

	return x < y ? -1 : x > y;
}

/* Sort and deduplicate the bottom-k buffer; keep at most COUNT_K. */
static void
compact_low(builder *b)
{
	size_t		n = 0;

	if (b->nlow == 0)
		return;
	qsort(b->low, b->nlow, sizeof(uint64_t), cmp_u64);
	for (size_t i = 0; i < b->nlow; i++)
		if (n == 0 || b->low[i] != b->low[n - 1])
			b->low[n++] = b->low[i];
	if (n > COUNT_K)
	{
		n = COUNT_K;
		b->cut = b->low[COUNT_K - 1];
	}
	b->nlow = n;
}

static inline uint32_t
reduce32(uint32_t x, uint32_t n)
{
	return (uint32_t) (((uint64_t) x * n) >> 32);
}

static void low_push(builder *b, uint64_t h);

/*
 * Exact distinct count while there are at most COUNT_K shingles: a linear
 * probing set (cheaper than sorting for the short texts that dominate).  The
 * COUNT_K + 1st distinct shingle switches to the bottom-k sketch.
 */
/*
 * The set grew past half full (grow it), or past COUNT_K distinct shingles
 * (switch to the bottom-k sketch).  Rare, so out of the inline path.
 */
static void
#if defined(__GNUC__)
__attribute__((noinline))
#endif
count_exact_grow(builder *b)
{
	size_t		mask,
				i;

	if (b->nset > COUNT_K)
	{
		uint64_t   *set = b->set;
		size_t		slots = b->set_slots;

		b->set = NULL;
		/* every distinct hash seen so far, the newest included, moves to the sketch */
		for (size_t j = 0; j < slots; j++)
			if (set[j] != 0)
				low_push(b, set[j] - 1);
		cl_release(b->env, set);
		compact_low(b);
		return;
	}
	{
		uint64_t   *old = b->set;
		size_t		old_slots = b->set_slots;

		b->set_slots *= 2;
		b->set = cl_alloc(b->env, b->set_slots * sizeof(uint64_t));
		memset(b->set, 0, b->set_slots * sizeof(uint64_t));
		mask = b->set_slots - 1;
		for (size_t j = 0; j < old_slots; j++)
		{
			if (old[j] == 0)
				continue;
			i = (size_t) old[j] & mask;
			while (b->set[i] != 0)
				i = (i + 1) & mask;
			b->set[i] = old[j];
		}
		cl_release(b->env, old);
	}
}

#if defined(__GNUC__)
#define RARELY(c) __builtin_expect(!!(c), 0)
#else
#define RARELY(c) (c)
#endif

/*
 * The shingle hash h (below EMPTY) lowers the minimum of its bin and of its
 * band bin.  Minimum updates without branches: whether a shingle lowers a
 * bin is close to a coin toss early in a text, so a branch would often be
 * mispredicted.  The bin's bit in filled is set every time.  A hash equal to
 * EMPTY, which the bins reserve, is taken one lower: a branch that is never
 * taken costs less than the arithmetic.
 */
static inline void
lower_bins(uint64_t *bins, uint64_t *band_bins, uint64_t *filled, uint64_t h)
{
	uint64_t	h2,
				old;
	uint32_t	bin;

	bin = reduce32((uint32_t) (h >> 32), CL_DOCSIG_BINS);
	old = bins[bin];
	bins[bin] = h < old ? h : old;
	filled[bin / 64] |= UINT64_C(1) << (bin % 64);

	h2 = cl_mix64(h ^ SEED_BAND);
	if (RARELY(h2 == EMPTY))
		h2--;
	bin = reduce32((uint32_t) (h2 >> 32), BAND_BINS);
	old = band_bins[bin];
	band_bins[bin] = h2 < old ? h2 : old;
}

/*
 * Add n shingles: each lowers the minimum of its bin and of its band bin
 * (lower_bins()), and is counted, exactly in a linear probing set while
 * there are at most COUNT_K distinct shingles (cheaper than sorting for the
 * short texts that dominate), then in the bottom-k sketch.  The fields that
 * change for every shingle live in locals for the loop: stores into the bins
 * could otherwise alias them, and they would be reloaded for every shingle.
 *
 * With words false, in[0..n) are the shingle hashes.  With words true, they
 * are word hashes, each of which ends a shingle with the two words before
 * it, *w0 and *w1 for the first (which move on with the words): the
 * shingles are hashed in the same loop, so they are never stored.
 */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void
add_shingles_of(builder *b, const uint64_t *in, size_t n, bool words, uint64_t *w0, uint64_t *w1)
{
	uint64_t   *bins = b->bins;
	uint64_t   *band_bins = b->band_bins;
	uint64_t   *filled = b->filled;
	uint64_t	a0 = words ? *w0 : 0,
				a1 = words ? *w1 : 0;
	size_t		k = 0;

#define NEXT_SHINGLE(h) \
	do { \
		if (words) \
		{ \
			(h) = cl_xxh3_24(a0, a1, in[k], SEED_SHINGLE); \
			a0 = a1; \
			a1 = in[k]; \
		} \
		else \
			(h) = in[k]; \
		if (RARELY((h) == EMPTY)) \
			(h)--; \
	} while (0)

	while (b->set != NULL && k < n)
	{
		uint64_t   *set = b->set;
		size_t		mask = b->set_slots - 1;
		/* the set grows when more than half full, and gives way above COUNT_K */
		size_t		most = b->set_slots / 2 < COUNT_K ? b->set_slots / 2 : COUNT_K;
		size_t		room = most - b->nset;	/* new shingles before that */

		for (; k < n; k++)
		{
			uint64_t	h;
			uint64_t	key;
			size_t		i;

			NEXT_SHINGLE(h);
			lower_bins(bins, band_bins, filled, h);
			key = h + 1;		/* h < UINT64_MAX, so 0 stays free */
			i = (size_t) key & mask;	/* a hash already: its low bits index */

			/*
			 * Most shingles are new and find a free slot in the first two
			 * of their probes: that case is decided without a branch on
			 * which of the two it is (free or not is a coin toss while the
			 * set fills up).
			 */
			{
				uint64_t	s0 = set[i],
							s1 = set[(i + 1) & mask];
				uint64_t	taken = (uint64_t) (s0 != 0);
				/* the first of the two slots when it is free, else the second (arithmetic, not a branch) */
				size_t		at = (i + (size_t) taken) & mask;
				uint64_t	second = s1 & (0 - taken);	/* 0: the slot at at is free */

				if (RARELY(s0 == key))
					continue;	/* seen before */
				if (second == 0 && room != 0)
				{
					set[at] = key;
					room--;
					continue;
				}
			}
			for (;;)
			{
				uint64_t	slot = set[i];

				if (slot == key)
					break;
				if (slot == 0)
				{
					set[i] = key;
					if (RARELY(room == 0))
					{
						/* rare: grow the set, or switch to the sketch */
						b->nset = most + 1;
						count_exact_grow(b);
						k++;
						goto resized;
					}
					room--;
					break;
				}
				i = (i + 1) & mask;
			}
		}
		b->nset = most - room;
		break;
resized:
		continue;
	}
	for (; k < n; k++)
	{
		uint64_t	h;

		NEXT_SHINGLE(h);
		lower_bins(bins, band_bins, filled, h);
		low_push(b, h);
	}
#undef NEXT_SHINGLE
	if (words)
	{
		*w0 = a0;
		*w1 = a1;
	}
}

/* Add the n shingle hashes. */
static void
add_shingles(builder *b, const uint64_t *hashes, size_t n)
{
	add_shingles_of(b, hashes, n, false, NULL, NULL);
}

/* Add the shingles that the n word hashes end, after the words *w0 and *w1. */
static void
add_word_shingles(builder *b, const uint64_t *hashes, size_t n, uint64_t *w0, uint64_t *w1)
{
	add_shingles_of(b, hashes, n, true, w0, w1);
}

static void
low_push(builder *b, uint64_t h)
{
	if (h < b->cut)
	{
		if (b->nlow == b->caplow)
		{
			if (b->caplow >= 2 * COUNT_K)
				compact_low(b);
			else
			{
				/* hosts' resize (repalloc) needs an existing block */
				if (b->low == NULL)
				{
					b->caplow = 256;
					b->low = cl_alloc(b->env, b->caplow * sizeof(uint64_t));
				}
				else
				{
					b->caplow *= 2;
					b->low = cl_resize(b->env, b->low, b->caplow * sizeof(uint64_t));
				}
			}
		}
		if (h < b->cut)
			b->low[b->nlow++] = h;
	}
}

static uint64_t
shingle_hash(const uint64_t *words, int n)
{
	unsigned char buf[8 * CL_DOCSIG_SHINGLE_WORDS];

	for (int i = 0; i < n; i++)
		cl_store_le64(buf + 8 * i, words[i]);
	return XXH3_64bits_withSeed(buf, (size_t) (8 * n), SEED_SHINGLE);
}

/* Written out byte by byte: compilers turn it into one store where they can. */
static void
store_le32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char) v;
	p[1] = (unsigned char) (v >> 8);
	p[2] = (unsigned char) (v >> 16);
	p[3] = (unsigned char) (v >> 24);
}

static uint32_t
load_le32(const unsigned char *p)
{
	return (uint32_t) p[0] | (uint32_t) p[1] << 8 | (uint32_t) p[2] << 16 | (uint32_t) p[3] << 24;
}

/*
 * Optimal densification (Shrivastava 2017): an empty band bin borrows the
 * minimum of the first non-empty bin along its own fixed probe sequence, so
 * that similar documents still tend to agree on it.
 */
static uint64_t
densified(const uint64_t *bins, int i)
{
	/* the first attempts from the table of their bins (docsig_dense.h) */
	for (int a = 0; a < CL_DOCSIG_DENSE_TABLE; a++)
		if (bins[cl_docsig_dense_probe[i][a]] != EMPTY)
			return bins[cl_docsig_dense_probe[i][a]];
	for (uint64_t attempt = CL_DOCSIG_DENSE_TABLE + 1; attempt <= 4 * BAND_BINS; attempt++)
	{
		uint64_t	r = cl_mix64(SEED_DENSE ^ ((uint64_t) i << 32) ^ attempt);
		uint32_t	j = reduce32((uint32_t) (r >> 32), BAND_BINS);

		if (bins[j] != EMPTY)
			return bins[j];
	}
	/* Vanishingly rare: fall back to the next non-empty bin in order. */
	for (int k = 1; k <= BAND_BINS; k++)
		if (bins[(i + k) % BAND_BINS] != EMPTY)
			return bins[(i + k) % BAND_BINS];
	return EMPTY;
}

_Static_assert(CL_DOCSIG_BINS % 16 == 0, "the bins' nibbles are stored 16 at a time");

/*
 * Bit i of empty[i / 64] set when band bin i is EMPTY (empty is zeroed by
 * the caller), without a branch per bin: a quarter of them are empty in a
 * short article, in no order a branch predictor could learn.
 */
static inline void
empty_bins(const uint64_t *band_bins, uint64_t *empty)
{
#if defined(__SSE2__)
	_Static_assert(BAND_BINS % 2 == 0, "band bins are tested two at a time");
	const __m128i ones = _mm_set1_epi32(-1);

	for (int i = 0; i < BAND_BINS; i += 2)
	{
		__m128i		eq = _mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *) (band_bins + i)), ones);

		/* both halves of a bin all ones: the high half's sign bit, for each bin */
		eq = _mm_and_si128(eq, _mm_shuffle_epi32(eq, _MM_SHUFFLE(2, 3, 0, 1)));
		empty[i / 64] |= (uint64_t) _mm_movemask_pd(_mm_castsi128_pd(eq)) << (i % 64);
	}
#else
	for (int i = 0; i < BAND_BINS; i++)
		empty[i / 64] |= (uint64_t) (band_bins[i] == EMPTY) << (i % 64);
#endif
}

/*
 * densified(), with the first four probes chosen among without a branch:
 * whether a probe finds a filled bin is a coin toss in a short article, and
 * most empty band bins find one within four.
 */
static inline uint64_t
densified_first(const uint64_t *bins, int i)
{
	_Static_assert(CL_DOCSIG_DENSE_TABLE >= 4, "the first four probes come from the table");
	const unsigned char *probe = cl_docsig_dense_probe[i];
	uint64_t	p0 = bins[probe[0]],
				p1 = bins[probe[1]],
				p2 = bins[probe[2]],
				p3 = bins[probe[3]];
	uint64_t	v = p3;

	/* v = p unless p is EMPTY, written with a mask (compilers turn the ?: form into branches) */
	v = p2 ^ ((p2 ^ v) & (0 - (uint64_t) (p2 == EMPTY)));
	v = p1 ^ ((p1 ^ v) & (0 - (uint64_t) (p1 == EMPTY)));
	v = p0 ^ ((p0 ^ v) & (0 - (uint64_t) (p0 == EMPTY)));
	if (RARELY(v == EMPTY))
		return densified(bins, i);
	return v;
}

static void
finish(builder *b, cl_docsig *sig)
{
	uint64_t	count;

	/* (the bins' bytes are all written below, or zeroed when there are no words) */
	memset(sig, 0, CL_DOCSIG_BINS_OFFSET);
	sig->bytes[0] = CL_DOCSIG_VERSION;

	if (b->set != NULL)
		count = b->nset;
	else
	{
		/* more than COUNT_K distinct shingles: the sketch holds the k smallest */
		compact_low(b);
		/* k-th smallest of n uniform hashes sits near k / n of the range */
		double		frac = ((double) b->low[COUNT_K - 1] + 1.0) / 18446744073709551616.0;
		double		est = (COUNT_K - 1) / frac;

		count = est > 4294967295.0 ? UINT32_MAX : (uint64_t) (est + 0.5);
		if (count < COUNT_K)
			count = COUNT_K;
	}
	store_le32(sig->bytes + CL_DOCSIG_COUNT_OFFSET, (uint32_t) count);
	if (count == 0)
	{
		/* no words: all bins and band keys are zero */
		memset(sig->bytes + CL_DOCSIG_BINS_OFFSET, 0, CL_DOCSIG_SIZE - CL_DOCSIG_BINS_OFFSET);
		return;
	}

	{
		uint64_t	v[BAND_BINS];
		uint64_t	empty[(BAND_BINS + 63) / 64] = {0};

		/* the empty band bins as a bitmap, densified one by one from the bins as they were filled */
		memcpy(v, b->band_bins, sizeof(v));
		empty_bins(b->band_bins, empty);
		for (int w = 0; w < (BAND_BINS + 63) / 64; w++)
			for (uint64_t bits = empty[w]; bits != 0; bits &= bits - 1)
			{
				int			i = 64 * w + __builtin_ctzll(bits);

				v[i] = densified_first(b->band_bins, i);
			}
		/* XXH3 of each band's three minima written little-endian, with the band's seed */
		for (int band = 0; band < CL_DOCSIG_BANDS; band++)
		{
			const uint64_t *r = v + band * CL_DOCSIG_BAND_ROWS;

			store_le32(sig->bytes + CL_DOCSIG_BANDS_OFFSET + 4 * band,
					   (uint32_t) cl_xxh3_24(r[0], r[1], r[2], SEED_BANDKEY + (uint64_t) band));
		}
	}

	/*
	 * Only the filled bins: a short article fills a fraction of the 752.
	 * The nibbles of 16 bins are gathered in one 64-bit value (bin k of them
	 * in bits 4k to 4k + 3, which are its byte and half-byte when stored
	 * little-endian), and each value is stored once.  One loop per 64 bins
	 * (a loop per 16 would leave it three times as often, each time at a
	 * count no branch predictor can tell).
	 */
	for (int w = 0; w < (CL_DOCSIG_BINS + 63) / 64; w++)
	{
		const uint64_t *bins = b->bins + 64 * w;
		uint64_t	quads[4] = {0};
		int			nbins = CL_DOCSIG_BINS - 64 * w < 64 ? CL_DOCSIG_BINS - 64 * w : 64;

		for (uint64_t bits = b->filled[w]; bits != 0; bits &= bits - 1)
		{
			unsigned	k = (unsigned) __builtin_ctzll(bits);
			uint64_t	nibble = 1 + reduce32((uint32_t) (cl_mix64(bins[k] ^ SEED_NIBBLE) >> 32), 15);

			quads[k / 16] |= nibble << (4 * (k % 16));
		}
		for (int q = 0; q < nbins / 16; q++)
			cl_store_le64(sig->bytes + CL_DOCSIG_BINS_OFFSET + 32 * w + 8 * q, quads[q]);
	}
}

/* A builder for a text of about len bytes, with no words yet. */
static builder *
builder_begin(const cl_env *env, size_t len)
{
	builder    *b = cl_alloc(env, sizeof(builder));

	b->env = env;
	memset(b->filled, 0, sizeof(b->filled));
	/* EMPTY is all one bits */
	memset(b->bins, 0xFF, sizeof(b->bins));
	memset(b->band_bins, 0xFF, sizeof(b->band_bins));
	/*
	 * About one shingle per 6 bytes of text: start the set at that size.
	 * (Its size never changes the signature, only how often it grows.)
	 */
	b->set_slots = 64;
	while (b->set_slots < 2 * COUNT_K && b->set_slots < len / 3)
		b->set_slots *= 2;
	b->set = cl_alloc(env, b->set_slots * sizeof(uint64_t));
	memset(b->set, 0, b->set_slots * sizeof(uint64_t));
	b->nset = 0;
	b->low = NULL;
	b->nlow = b->caplow = 0;
	b->cut = EMPTY;
	b->w0 = b->w1 = 0;
	b->nwords = 0;
	return b;
}

/* Add the words of the iterator, each with the two words before it. */
static void
builder_add_words(builder *b, cl_word_iter *it, cl_marks_builder *marks)
{
	uint64_t	hashes[WORD_BATCH];
	size_t		got;
	uint64_t	w0 = b->w0,
				w1 = b->w1;
	size_t		nwords = b->nwords;

	while ((got = cl_words_hashes(it, hashes, WORD_BATCH)) > 0)
	{
		size_t		k = 0;

		if (marks != NULL)
			cl_marks_add(marks, hashes, got);

		/* the first two words of the text end no shingle */
		for (; k < got && nwords < CL_DOCSIG_SHINGLE_WORDS - 1; k++, nwords++)
		{
			w0 = w1;
			w1 = hashes[k];
		}
		/* shingle_hash() of each three words, without the byte buffer */
		add_word_shingles(b, hashes + k, got - k, &w0, &w1);
		nwords += got - k;
	}
	b->w0 = w0;
	b->w1 = w1;
	b->nwords = nwords;
}

/* The signature of the words added, and the builder freed. */
static void
builder_finish(builder *b, cl_docsig *sig)
{
	const cl_env *env = b->env;

	/* Texts shorter than a shingle are one shingle of all their words. */
	if (b->nwords == 1)
	{
		uint64_t	h = shingle_hash(&b->w1, 1);

		add_shingles(b, &h, 1);
	}
	else if (b->nwords == 2)
	{
		uint64_t	both[2] = {b->w0, b->w1};
		uint64_t	h = shingle_hash(both, 2);

		add_shingles(b, &h, 1);
	}

	finish(b, sig);
	cl_release(env, b->set);
	cl_release(env, b->low);
	cl_release(env, b);
}

void
cl_docsig_of_words(const cl_env *env, const char *text, size_t len, cl_docsig *sig)
{
	builder    *b = builder_begin(env, len);
	cl_word_iter it;

	cl_words_begin(&it, env, text, len);
	builder_add_words(b, &it, NULL);
	builder_finish(b, sig);
}

static bool
is_ascii_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

typedef struct article_words
{
	builder    *b;
	const char *text;
	size_t		len;
	/* kept text not yet added: text[start..end), empty when start == end */
	size_t		start;
	size_t		end;
	/* the word hashes go to marks too, when not NULL */
	cl_marks_builder *marks;
	/* how many runs of kept text were added, and the last one */
	size_t		runs;
	size_t		run_start;
	size_t		run_end;
} article_words;

static void
add_pending_words(article_words *a)
{
	cl_word_iter it;

	if (a->start == a->end)
		return;
	a->runs++;
	a->run_start = a->start;
	a->run_end = a->end;
	cl_words_begin_span(&it, a->b->env, a->text, a->start, a->end, a->len);
	builder_add_words(a->b, &it, a->marks);
}

/*
 * A line that clean() keeps: its words, as they stand in the cleaned text.
 * A line that follows the previous kept line with nothing but ASCII white
 * space between them (the next line of the same paragraph, or after blank
 * lines) joins it, so that a paragraph is read in one go: white space
 * separates words wherever it stands.
 */
static void
add_span_words(void *arg, size_t start, size_t end, bool new_paragraph)
{
	article_words *a = arg;
	size_t		i = a->end;

	(void) new_paragraph;		/* a paragraph break separates words like any white space */
	if (a->start != a->end)
	{
		while (i < start && is_ascii_space(a->text[i]))
			i++;
		if (i == start)
		{
			a->end = end;
			return;
		}
		add_pending_words(a);
	}
	a->start = start;
	a->end = end;
}

/* The signature of the lines of text that clean() keeps, read in place (see below). */
static void
article_signature(const cl_env *env, const char *text, size_t len, cl_docsig *sig,
				  article_words *a)
{
	a->b = builder_begin(env, len);
	a->text = text;
	a->len = len;
	a->start = a->end = 0;
	a->runs = 0;
	a->run_start = a->run_end = 0;
	cl_clean_spans(env, text, len, add_span_words, a);
	add_pending_words(a);
	builder_finish(a->b, sig);
}

/*
 * The words of clean()'s output are the words of the lines it keeps, in
 * order: it only collapses white space and control characters (which
 * separate words as they stood) and puts a space or a blank line between
 * lines.  So the signature is built from those lines in place, without the
 * cleaned copy; it equals cl_docsig_of_words() of cl_clean()'s output
 * (checked by the docsig fuzz harness and the golden Reuters digest).
 */
void
cl_docsig_of_article(const cl_env *env, const char *text, size_t len, cl_docsig *sig)
{
	article_words a;

	a.marks = NULL;
	article_signature(env, text, len, sig, &a);
}

bool
cl_docsig_and_marks_of_article(const cl_env *env, const char *text, size_t len, cl_docsig *sig,
							   uint64_t **marks, size_t *nmarks, size_t *nwords)
{
	article_words a;
	cl_marks_builder m;

	cl_marks_begin(&m, env);
	a.marks = &m;
	article_signature(env, text, len, sig, &a);
	/*
	 * The signature read the words of one run of kept text with nothing
	 * but ASCII white space around it: those are all the words of the text.
	 */
	if (a.runs == 1)
	{
		size_t		i = 0,
					j = len;

		while (i < a.run_start && is_ascii_space(text[i]))
			i++;
		while (j > a.run_end && is_ascii_space(text[j - 1]))
			j--;
		if (i == a.run_start && j == a.run_end)
		{
			*nmarks = cl_marks_end(&m, marks, nwords);
			return true;
		}
	}
	cl_marks_discard(&m);
	return false;
}

uint32_t
cl_docsig_count(const cl_docsig *sig)
{
	return load_le32(sig->bytes + CL_DOCSIG_COUNT_OFFSET);
}

uint32_t
cl_docsig_band_key(const cl_docsig *sig, int band)
{
	return load_le32(sig->bytes + CL_DOCSIG_BANDS_OFFSET + 4 * band);
}

/* Per nibble of x: 1 in the nibble's low bit when the nibble is non-zero. */
static inline uint64_t
nonzero_nibbles(uint64_t x)
{
	x |= x >> 1;
	x |= x >> 2;
	return x & UINT64_C(0x1111111111111111);
}

double
cl_docsig_similarity(const cl_docsig *a, const cl_docsig *b)
{
	const unsigned char *pa = a->bytes + CL_DOCSIG_BINS_OFFSET;
	const unsigned char *pb = b->bytes + CL_DOCSIG_BINS_OFFSET;
	int			either = 0,
				both = 0,
				equal = 0;
	double		matches;

	if (cl_docsig_count(a) == 0 || cl_docsig_count(b) == 0)
		return 0.0;

	/* 16 bins per 64-bit word; nibble positions match whatever the byte order. */
	for (int off = 0; off < CL_DOCSIG_BINS / 2; off += 8)
	{
		uint64_t	x,
					y,
					nx,
					ny;

		memcpy(&x, pa + off, 8);
		memcpy(&y, pb + off, 8);
		nx = nonzero_nibbles(x);
		ny = nonzero_nibbles(y);
		either += __builtin_popcountll(nx | ny);
		both += __builtin_popcountll(nx & ny);
		equal += __builtin_popcountll(nx & ny & ~nonzero_nibbles(x ^ y));
	}
	if (either == 0)
		return 0.0;

	/*
	 * Where both bins are filled, different minima still agree on the 4-bit
	 * value 1 time in 15: remove that share (b-bit MinHash correction).
	 */
	matches = (15.0 * equal - both) / 14.0;	/* (equal - both/15) / (1 - 1/15), exact when equal == both */
	if (matches <= 0)
		return 0.0;
	if (matches >= either)
		return 1.0;
	return matches / either;
}

double
cl_docsig_containment(const cl_docsig *a, const cl_docsig *b)
{
	double		na = cl_docsig_count(a);
	double		nb = cl_docsig_count(b);
	double		j,
				shared;

	if (na == 0 || nb == 0)
		return 0.0;
	j = cl_docsig_similarity(a, b);
	/* |A n B| = J (|A| + |B|) / (1 + J) */
	shared = j * (na + nb) / (1.0 + j);
	if (shared >= na)
		return 1.0;
	return shared / na;
}

/* ---- text form -------------------------------------------------------- */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

void
cl_docsig_to_text(const cl_docsig *sig, char *out)
{
	const unsigned char *p = sig->bytes;
	size_t		o = 0;
	size_t		i;

	memcpy(out, "ds1:", 4);
	o = 4;
	for (i = 0; i + 3 <= CL_DOCSIG_SIZE; i += 3)
	{
		uint32_t	v = (uint32_t) p[i] << 16 | (uint32_t) p[i + 1] << 8 | p[i + 2];

		out[o++] = b64[v >> 18];
		out[o++] = b64[(v >> 12) & 63];
		out[o++] = b64[(v >> 6) & 63];
		out[o++] = b64[v & 63];
	}
	/* 512 = 3 * 170 + 2: two bytes left, three characters */
	{
		uint32_t	v = (uint32_t) p[i] << 16 | (uint32_t) p[i + 1] << 8;

		out[o++] = b64[v >> 18];
		out[o++] = b64[(v >> 12) & 63];
		out[o++] = b64[(v >> 6) & 63];
	}
	out[o] = '\0';
}

static int
b64_value(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '-')
		return 62;
	if (c == '_')
		return 63;
	return -1;
}

const char *
cl_docsig_from_text(const char *text, size_t len, cl_docsig *sig)
{
	const size_t body = CL_DOCSIG_TEXT_LEN - 4;
	size_t		o = 0;
	uint32_t	acc = 0;
	int			bits = 0;

	while (len > 0 && is_ascii_space(text[0]))
		text++, len--;
	while (len > 0 && is_ascii_space(text[len - 1]))
		len--;

	if (len < 4 || text[0] != 'd' || text[1] != 's' || text[2] < '0' || text[2] > '9')
		return "a docsig starts with \"ds\", a version number and \":\"";
	if (text[2] != '0' + CL_DOCSIG_VERSION || text[3] != ':')
		return "unsupported docsig version (this build reads version 1, \"ds1:\")";
	text += 4;
	len -= 4;
	if (len != body)
		return "wrong length: a version 1 docsig has 683 base64url characters after \"ds1:\"";

	memset(sig, 0, sizeof(*sig));
	for (size_t i = 0; i < len; i++)
	{
		int			v = b64_value((unsigned char) text[i]);

		if (v < 0)
			return "invalid character: a docsig uses the base64url alphabet A-Z a-z 0-9 - _";
		acc = (acc << 6) | (uint32_t) v;
		bits += 6;
		if (bits >= 8)
		{
			bits -= 8;
			sig->bytes[o++] = (unsigned char) (acc >> bits);
			acc &= (1u << bits) - 1;
		}
	}
	/* The two bits left over after the last byte must be zero (one spelling per value). */
	if (o != CL_DOCSIG_SIZE || acc != 0)
		return "non-canonical base64url ending";
	return cl_docsig_validate(sig);
}

const char *
cl_docsig_validate(const cl_docsig *sig)
{
	bool		any_bin = false;
	bool		any_key = false;

	if (sig->bytes[0] != CL_DOCSIG_VERSION)
		return "unsupported docsig version (this build reads version 1)";
	if (sig->bytes[1] != 0 || sig->bytes[2] != 0 || sig->bytes[3] != 0)
		return "reserved bytes of a docsig must be zero";
	for (int i = CL_DOCSIG_BINS_OFFSET; i < CL_DOCSIG_SIZE; i++)
		any_bin |= sig->bytes[i] != 0;
	for (int i = CL_DOCSIG_BANDS_OFFSET; i < CL_DOCSIG_BINS_OFFSET; i++)
		any_key |= sig->bytes[i] != 0;
	/* A text without words has no shingles, no filled bins and no band keys. */
	if ((cl_docsig_count(sig) == 0) != !any_bin || (cl_docsig_count(sig) == 0 && any_key))
		return "inconsistent docsig: shingle count and filled bins disagree";
	if (cl_docsig_count(sig) > 0 && cl_docsig_count(sig) < COUNT_K)
	{
		int			filled = 0;

		/* Exact counts: there cannot be more filled bins than shingles. */
		for (int i = 0; i < CL_DOCSIG_BINS; i++)
			filled += (sig->bytes[CL_DOCSIG_BINS_OFFSET + i / 2] >> (4 * (i & 1))) & 15 ? 1 : 0;
		if ((uint32_t) filled > cl_docsig_count(sig))
			return "inconsistent docsig: more filled bins than shingles";
	}
	return NULL;
}
