/*
 * test_docsig.c — the docsig signature: determinism and normalisation, the
 * defined results for empty and one-word texts, the text form and its
 * rejections, and accuracy: the estimate must stay within 0.05 of the exact
 * shingle Jaccard similarity (computed here independently, from sorted
 * shingle sets) for at least 95% of pairs with controlled edits.
 */
#define _POSIX_C_SOURCE 200809L		/* getline, strndup */

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "docsig.h"
#include "docsig_bound.h"
#include "shingle.h"
#include "unit_tests.h"

#define REUTERS_PATH "../shared/corpus/reuters21578.tsv"

/* No libm in the unit-test link. */
static double
absd(double x)
{
	return x < 0 ? -x : x;
}

/* ---- deterministic text with controlled edits -------------------------- */

typedef struct rng
{
	uint64_t	state;
} rng;

static uint64_t
rng_next(rng *r)
{
	r->state += UINT64_C(0x9e3779b97f4a7c15);
	return cl_mix64(r->state);
}

static double
rng_unit(rng *r)
{
	return (double) (rng_next(r) >> 11) / 9007199254740992.0;
}

typedef struct text
{
	char	   *data;
	size_t		len;
	size_t		cap;
} text;

static void
text_add(text *t, const char *s, size_t n)
{
	if (t->len + n + 1 > t->cap)
	{
		t->cap = (t->len + n + 1) * 2;
		t->data = realloc(t->data, t->cap);
	}
	memcpy(t->data + t->len, s, n);
	t->len += n;
	t->data[t->len] = '\0';
}

/* A pseudo-word of the vocabulary, drawn with a Zipf-like skew. */
static void
random_word(rng *r, char *out)
{
	static const char *syl[] = {"ka", "lo", "mi", "nu", "re", "sa", "to", "vi", "den", "mar",
	"pol", "rin", "ste", "tur", "ban", "cor"};
	double		u = rng_unit(r);
	uint64_t	index = (uint64_t) (4000 * u * u * u);
	int			n = 1 + (int) (index % 3);

	out[0] = '\0';
	for (int i = 0; i < n; i++)
	{
		strcat(out, syl[(index >> (4 * i)) % 16]);
		index = index * 7 + 3;
	}
}

/* Article of nwords words, sentences of 8 to 24 words. */
static char **
random_words(rng *r, size_t nwords)
{
	char	  **w = malloc(nwords * sizeof(char *));

	for (size_t i = 0; i < nwords; i++)
	{
		w[i] = malloc(16);
		random_word(r, w[i]);
	}
	return w;
}

static void
join_words(char **w, size_t n, text *t)
{
	for (size_t i = 0; i < n; i++)
	{
		text_add(t, w[i], strlen(w[i]));
		text_add(t, i % 13 == 12 ? ". " : " ", i % 13 == 12 ? 2 : 1);
	}
}

/* The same words with each word substituted, dropped or followed by an insert at rate e/3. */
static void
edited_words(rng *r, char **w, size_t n, double e, text *t)
{
	char		word[16];

	for (size_t i = 0; i < n; i++)
	{
		double		u = rng_unit(r);

		if (u < e / 3)
		{
			random_word(r, word);
			text_add(t, word, strlen(word));
			text_add(t, " ", 1);
		}
		else if (u < 2 * e / 3)
			continue;
		else
		{
			text_add(t, w[i], strlen(w[i]));
			text_add(t, " ", 1);
			if (u < e)
			{
				random_word(r, word);
				text_add(t, word, strlen(word));
				text_add(t, " ", 1);
			}
		}
	}
}

/* ---- exact shingle Jaccard, independent of the MinHash code ------------- */

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a,
				y = *(const uint64_t *) b;

	return x < y ? -1 : x > y;
}

static size_t
shingle_set(const char *s, size_t len, uint64_t **out)
{
	cl_word_iter it;
	cl_word		w;
	uint64_t   *h = NULL;
	size_t		n = 0,
				m = 0;

	cl_words_begin(&it, &cl_stdlib_env, s, len);
	while (cl_words_next(&it, &w))
	{
		h = realloc(h, (n + 1) * sizeof(uint64_t));
		h[n++] = w.hash;
	}
	*out = malloc((n + 1) * sizeof(uint64_t));
	if (n > 0 && n < 3)
		(*out)[m++] = cl_mix64(h[0] ^ cl_mix64(n == 2 ? h[1] : 0x51) ^ 0x77);
	for (size_t i = 0; i + 3 <= n; i++)
		(*out)[m++] = cl_mix64(h[i] ^ cl_mix64(h[i + 1] ^ cl_mix64(h[i + 2] + 0x1234567)));
	qsort(*out, m, sizeof(uint64_t), cmp_u64);
	n = 0;
	for (size_t i = 0; i < m; i++)
		if (n == 0 || (*out)[i] != (*out)[n - 1])
			(*out)[n++] = (*out)[i];
	free(h);
	return n;
}

static double
exact_jaccard(const char *a, size_t alen, const char *b, size_t blen, size_t *na_out, size_t *shared_out)
{
	uint64_t   *sa,
			   *sb;
	size_t		na = shingle_set(a, alen, &sa);
	size_t		nb = shingle_set(b, blen, &sb);
	size_t		i = 0,
				j = 0,
				shared = 0;

	while (i < na && j < nb)
	{
		if (sa[i] == sb[j])
			shared++, i++, j++;
		else if (sa[i] < sb[j])
			i++;
		else
			j++;
	}
	free(sa);
	free(sb);
	if (na_out)
		*na_out = na;
	if (shared_out)
		*shared_out = shared;
	return na + nb - shared == 0 ? 0.0 : (double) shared / (double) (na + nb - shared);
}

typedef struct accuracy
{
	int			pairs;
	int			within;
	double		worst;
	int			bands_hit_above_half;
	int			above_half;
} accuracy;

static void
check_pair(accuracy *acc, const char *a, size_t alen, const char *b, size_t blen)
{
	cl_docsig	sa,
				sb;
	double		exact = exact_jaccard(a, alen, b, blen, NULL, NULL);
	double		est;
	double		err;

	cl_docsig_of_words(&cl_stdlib_env, a, alen, &sa);
	cl_docsig_of_words(&cl_stdlib_env, b, blen, &sb);
	est = cl_docsig_similarity(&sa, &sb);
	assert_true(est >= 0.0 && est <= 1.0);
	assert_true(absd(est - cl_docsig_similarity(&sb, &sa)) < 1e-12);
	err = absd(est - exact);
	acc->pairs++;
	acc->within += err <= 0.05;
	if (err > acc->worst)
		acc->worst = err;
	if (est >= 0.5)
	{
		int			shared = 0;

		acc->above_half++;
		for (int band = 0; band < CL_DOCSIG_BANDS; band++)
			shared += cl_docsig_band_key(&sa, band) == cl_docsig_band_key(&sb, band);
		acc->bands_hit_above_half += shared > 0;
	}
}

static void
test_accuracy_synthetic(void **state)
{
	rng			r = {42};
	accuracy	acc = {0};

	(void) state;
	for (int p = 0; p < 400; p++)
	{
		size_t		n = 40 + (size_t) (rng_unit(&r) * 1500);
		double		e = rng_unit(&r) * 0.7;
		char	  **w = random_words(&r, n);
		text		a = {0},
					b = {0};

		join_words(w, n, &a);
		edited_words(&r, w, n, e, &b);
		check_pair(&acc, a.data, a.len, b.data, b.len);
		for (size_t i = 0; i < n; i++)
			free(w[i]);
		free(w);
		free(a.data);
		free(b.data);
	}
	print_message("docsig synthetic: %d of %d pairs within 0.05 (worst %.3f); band hit for %d of %d pairs >= 0.5\n",
				  acc.within, acc.pairs, acc.worst, acc.bands_hit_above_half, acc.above_half);
	assert_true(acc.within * 100 >= acc.pairs * 95);
}

/* Real newswire when the shared corpus is beside the clone: edited copies of real stories. */
static void
test_accuracy_reuters(void **state)
{
	FILE	   *f = fopen(REUTERS_PATH, "rb");
	char	   *line = NULL;
	size_t		cap = 0;
	ssize_t		got;
	rng			r = {7};
	accuracy	acc = {0};
	int			stories = 0;

	(void) state;
	if (f == NULL)
	{
		print_message("docsig reuters: %s not found, part skipped\n", REUTERS_PATH);
		skip();
	}
	while (stories < 500 && (got = getline(&line, &cap, f)) > 0)
	{
		char	   *body = strrchr(line, '\t');
		char	  **w = NULL;
		size_t		n = 0;
		text		a = {0},
					b = {0};
		cl_word_iter it;
		cl_word		word;

		if (body == NULL || strncmp(line, "id\t", 3) == 0)
			continue;
		body++;
		/* COPY text escapes: only \n occurs in this corpus */
		for (char *s = body, *d = body;; s++)
		{
			if (s[0] == '\\' && s[1] == 'n')
				*d++ = '\n', s++;
			else if ((*d++ = *s) == '\0')
				break;
		}
		cl_words_begin(&it, &cl_stdlib_env, body, strlen(body));
		while (cl_words_next(&it, &word))
		{
			w = realloc(w, (n + 1) * sizeof(char *));
			w[n] = strndup(body + word.start, word.end - word.start);
			n++;
		}
		if (n >= 60)
		{
			join_words(w, n, &a);
			edited_words(&r, w, n, rng_unit(&r) * 0.7, &b);
			check_pair(&acc, a.data, a.len, b.data, b.len);
			stories++;
		}
		for (size_t i = 0; i < n; i++)
			free(w[i]);
		free(w);
		free(a.data);
		free(b.data);
	}
	free(line);
	fclose(f);
	print_message("docsig reuters: %d of %d pairs within 0.05 (worst %.3f); band hit for %d of %d pairs >= 0.5\n",
				  acc.within, acc.pairs, acc.worst, acc.bands_hit_above_half, acc.above_half);
	assert_true(acc.pairs > 100);
	assert_true(acc.within * 100 >= acc.pairs * 95);
}

static void
sig_of(const char *s, cl_docsig *sig)
{
	cl_docsig_of_words(&cl_stdlib_env, s, strlen(s), sig);
}

static void
test_case_and_punctuation_do_not_matter(void **state)
{
	cl_docsig	a,
				b,
				c;

	(void) state;
	sig_of("The Quick, brown fox -- jumps over the LAZY dog.", &a);
	sig_of("the quick brown fox jumps\nover the lazy dog", &b);
	sig_of("\xC3\x89T\xC3\x89 \xC3\x80 Z\xC3\x9CRICH", &c);	/* ÉTÉ À ZÜRICH */
	assert_memory_equal(a.bytes, b.bytes, CL_DOCSIG_SIZE);
	assert_int_equal(cl_docsig_count(&a), 7);
	sig_of("\xC3\xA9t\xC3\xA9 \xC3\xA0 z\xC3\xBCrich", &b);	/* été à zürich */
	assert_memory_equal(b.bytes, c.bytes, CL_DOCSIG_SIZE);
	assert_true(cl_docsig_similarity(&a, &a) == 1.0);
}

/* Pins the stored format: if this changes, stored signatures change (new version). */
static void
test_stable_output(void **state)
{
	cl_docsig	a;
	char		txt[CL_DOCSIG_TEXT_LEN + 1];

	(void) state;
	sig_of("The quick brown fox jumps over the lazy dog.", &a);
	cl_docsig_to_text(&a, txt);
	assert_int_equal(strlen(txt), CL_DOCSIG_TEXT_LEN);
	assert_int_equal(strncmp(txt, "ds1:AQAAAAcAAAA", 15), 0);
}

static void
test_empty_and_one_word(void **state)
{
	cl_docsig	empty,
				blank,
				one,
				one_again,
				two,
				longer;

	(void) state;
	sig_of("", &empty);
	sig_of(" \n\t... -- !!", &blank);
	sig_of("Hello", &one);
	sig_of("HELLO!", &one_again);
	sig_of("Hello world", &two);
	sig_of("Hello world and everyone else", &longer);
	assert_memory_equal(empty.bytes, blank.bytes, CL_DOCSIG_SIZE);
	assert_int_equal(cl_docsig_count(&empty), 0);
	assert_null(cl_docsig_validate(&empty));
	for (int i = 1; i < CL_DOCSIG_SIZE; i++)
		assert_int_equal(empty.bytes[i], 0);
	/* nothing to compare: 0, never NaN, even for two empty texts */
	assert_true(cl_docsig_similarity(&empty, &empty) == 0.0);
	assert_true(cl_docsig_similarity(&empty, &one) == 0.0);
	assert_true(cl_docsig_containment(&empty, &one) == 0.0);
	assert_true(cl_docsig_containment(&one, &empty) == 0.0);
	/* fewer words than a shingle: one shingle of all the words */
	assert_int_equal(cl_docsig_count(&one), 1);
	assert_int_equal(cl_docsig_count(&two), 1);
	assert_true(cl_docsig_similarity(&one, &one_again) == 1.0);
	assert_true(cl_docsig_similarity(&one, &two) == 0.0);
	assert_int_equal(cl_docsig_count(&longer), 3);
}

static void
test_text_form(void **state)
{
	cl_docsig	a,
				back;
	char		txt[CL_DOCSIG_TEXT_LEN + 1];
	char		bad[CL_DOCSIG_TEXT_LEN + 8];

	(void) state;
	sig_of("Officials said the talks would resume on Monday in Geneva.", &a);
	cl_docsig_to_text(&a, txt);
	assert_null(cl_docsig_from_text(txt, strlen(txt), &back));
	assert_memory_equal(a.bytes, back.bytes, CL_DOCSIG_SIZE);
	/* surrounding white space is allowed */
	snprintf(bad, sizeof(bad), "  %s\n", txt);
	assert_null(cl_docsig_from_text(bad, strlen(bad), &back));

	assert_non_null(cl_docsig_from_text("", 0, &back));
	assert_non_null(cl_docsig_from_text("ds1:", 4, &back));
	assert_non_null(cl_docsig_from_text("xx", 2, &back));
	/* another version */
	strcpy(bad, txt);
	bad[2] = '2';
	assert_non_null(strstr(cl_docsig_from_text(bad, strlen(bad), &back), "version"));
	/* one character short, one too many */
	assert_non_null(cl_docsig_from_text(txt, strlen(txt) - 1, &back));
	snprintf(bad, sizeof(bad), "%sA", txt);
	assert_non_null(cl_docsig_from_text(bad, strlen(bad), &back));
	/* a character outside base64url */
	strcpy(bad, txt);
	bad[100] = '+';
	assert_non_null(cl_docsig_from_text(bad, strlen(bad), &back));
	/* the version byte (first base64 character encodes its top 6 bits) */
	strcpy(bad, txt);
	bad[4] = 'B';
	assert_non_null(cl_docsig_from_text(bad, strlen(bad), &back));
	/* non-zero padding bits in the last character */
	strcpy(bad, txt);
	bad[CL_DOCSIG_TEXT_LEN - 1] = bad[CL_DOCSIG_TEXT_LEN - 1] == 'B' ? 'C' : 'B';
	assert_non_null(cl_docsig_from_text(bad, strlen(bad), &back));
	/* bytes that decode but make no sense: shingles without filled bins */
	back = a;
	memset(back.bytes + CL_DOCSIG_BINS_OFFSET, 0, CL_DOCSIG_SIZE - CL_DOCSIG_BINS_OFFSET);
	assert_non_null(cl_docsig_validate(&back));
	back = a;
	back.bytes[2] = 1;
	assert_non_null(cl_docsig_validate(&back));
}

static void
test_containment(void **state)
{
	rng			r = {99};
	char	  **w = random_words(&r, 1300);
	text		part = {0},
				whole = {0};
	cl_docsig	sp,
				sw;
	size_t		np,
				shared;

	(void) state;
	join_words(w, 1000, &part);
	join_words(w, 1300, &whole);
	exact_jaccard(part.data, part.len, whole.data, whole.len, &np, &shared);
	cl_docsig_of_words(&cl_stdlib_env, part.data, part.len, &sp);
	cl_docsig_of_words(&cl_stdlib_env, whole.data, whole.len, &sw);
	assert_true(absd(cl_docsig_containment(&sp, &sw) - (double) shared / np) < 0.08);
	assert_true(cl_docsig_containment(&sw, &sp) < cl_docsig_containment(&sp, &sw));
	assert_true(cl_docsig_containment(&sw, &sp) <= 1.0);
	for (size_t i = 0; i < 1300; i++)
		free(w[i]);
	free(w);
	free(part.data);
	free(whole.data);
}

/* Above 4096 distinct shingles the count is a bottom-k estimate. */
static void
test_count_estimate(void **state)
{
	text		t = {0};
	char		word[32];
	cl_docsig	sig;
	double		count;

	(void) state;
	for (int i = 0; i < 200000; i++)
	{
		int			n = snprintf(word, sizeof(word), "w%d ", i);

		text_add(&t, word, (size_t) n);
	}
	cl_docsig_of_words(&cl_stdlib_env, t.data, t.len, &sig);
	count = cl_docsig_count(&sig);
	assert_true(absd(count - 199998) / 199998 < 0.06);
	assert_null(cl_docsig_validate(&sig));
	free(t.data);
}

static unsigned long polls;

static void
count_poll(void *host)
{
	(void) host;
	polls++;
}

static void
test_long_text_polls(void **state)
{
	size_t		len = (size_t) 4 << 20;
	char	   *s = malloc(len);
	cl_env		env = cl_stdlib_env;
	cl_docsig	sig;

	(void) state;
	for (size_t i = 0; i < len; i++)
		s[i] = "abc defgh ij"[i % 12];
	env.check_interrupts = count_poll;
	polls = 0;
	cl_docsig_of_words(&env, s, len, &sig);
	assert_true(polls >= len / CL_INTERRUPT_STRIDE - 1);
	free(s);
}

/*
 * The GiST bound: for sets of signatures of edited texts (near and far),
 * the bound from the set's value sets is never below the similarity of the
 * query with any member, and it is 0 for a query without words.
 */
static void
test_similarity_bound(void **state)
{
	rng			r = {99};
	int			tight = 0;

	(void) state;
	for (int round = 0; round < 40; round++)
	{
		size_t		n = 20 + (size_t) (rng_unit(&r) * 400);
		char	  **w = random_words(&r, n);
		cl_docsig	members[8],
					query,
					empty;
		cl_docsig_mask m;
		int			size = 1 + round % 8;

		cl_docsig_mask_clear(&m);
		for (int k = 0; k < size; k++)
		{
			text		t = {0};

			edited_words(&r, w, n, rng_unit(&r) * 0.6, &t);
			cl_docsig_of_words(&cl_stdlib_env, t.data, t.len, &members[k]);
			cl_docsig_mask_add_sig(&m, &members[k]);
			free(t.data);
		}
		for (int qk = 0; qk < 4; qk++)
		{
			text		t = {0};
			double		bound;

			edited_words(&r, w, n, qk * 0.3, &t);
			cl_docsig_of_words(&cl_stdlib_env, t.data, t.len, &query);
			free(t.data);
			bound = cl_docsig_similarity_bound(&query, &m);
			for (int k = 0; k < size; k++)
			{
				double		sim = cl_docsig_similarity(&query, &members[k]);

				assert_true(sim <= bound);
				tight += size == 1 && sim == bound;
			}
		}
		cl_docsig_of_words(&cl_stdlib_env, "", 0, &empty);
		assert_true(cl_docsig_similarity_bound(&empty, &m) == 0.0);
		for (size_t i = 0; i < n; i++)
			free(w[i]);
		free(w);
	}
	/* a set of one signature bounds nearly exactly */
	assert_true(tight > 0);
}

int
run_docsig_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_case_and_punctuation_do_not_matter),
		cmocka_unit_test(test_stable_output),
		cmocka_unit_test(test_empty_and_one_word),
		cmocka_unit_test(test_text_form),
		cmocka_unit_test(test_containment),
		cmocka_unit_test(test_count_estimate),
		cmocka_unit_test(test_long_text_polls),
		cmocka_unit_test(test_similarity_bound),
		cmocka_unit_test(test_accuracy_synthetic),
		cmocka_unit_test(test_accuracy_reuters),
	};

	return cmocka_run_group_tests_name("docsig", tests, NULL, NULL);
}
