/*
 * test_docsig_lsh.c — keys, buckets and sizing of the claimlens_lsh index:
 * a text without words has no keys, keys are the signature's band keys,
 * buckets stay in range and follow key order, the bucket count follows the
 * row count within its limits, and pairs of texts of known similarity share
 * a key about as often as the banding formula says.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docsig.h"
#include "docsig_lsh.h"
#include "unit_tests.h"

static uint64_t
next_random(uint64_t *state)
{
	uint64_t	z = (*state += UINT64_C(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	return z ^ (z >> 31);
}

static void
test_keys(void **state)
{
	cl_docsig	empty,
				a,
				b;
	uint32_t	ka[CL_DOCSIG_BANDS],
				kb[CL_DOCSIG_BANDS];

	const char *none = "  ...  ";
	const char *ta = "The port of Lindhaven will close on Friday for repairs.";
	const char *tb = "THE PORT of Lindhaven will close on friday, for repairs!";

	cl_docsig_of_words(&cl_stdlib_env, none, strlen(none), &empty);
	assert_int_equal(cl_lsh_keys(&empty, ka), 0);
	cl_docsig_of_words(&cl_stdlib_env, ta, strlen(ta), &a);
	cl_docsig_of_words(&cl_stdlib_env, tb, strlen(tb), &b);
	assert_int_equal(cl_lsh_keys(&a, ka), CL_DOCSIG_BANDS);
	assert_int_equal(cl_lsh_keys(&b, kb), CL_DOCSIG_BANDS);
	for (int i = 0; i < CL_DOCSIG_BANDS; i++)
	{
		assert_int_equal(ka[i], cl_docsig_band_key(&a, i));
		assert_int_equal(ka[i], kb[i]);
	}
}

static void
test_buckets(void **state)
{
	uint64_t	rnd = 7;
	uint32_t	counts[100] = {0};

	assert_int_equal(cl_lsh_bucket(0, 1000), 0);
	assert_int_equal(cl_lsh_bucket(UINT32_MAX, 1000), 999);
	assert_int_equal(cl_lsh_bucket(UINT32_MAX, 1), 0);
	for (int i = 0; i < 100000; i++)
	{
		uint32_t	k1 = (uint32_t) next_random(&rnd),
					k2 = (uint32_t) next_random(&rnd);
		uint32_t	n = 1 + (uint32_t) (next_random(&rnd) % CL_LSH_MAX_BUCKETS);

		assert_true(cl_lsh_bucket(k1, n) < n);
		/* sorted keys give sorted buckets */
		if (k1 <= k2)
			assert_true(cl_lsh_bucket(k1, n) <= cl_lsh_bucket(k2, n));
		else
			assert_true(cl_lsh_bucket(k1, n) >= cl_lsh_bucket(k2, n));
		counts[cl_lsh_bucket(k1, 100)]++;
	}
	/* uniform keys fill 100 buckets evenly: 1,000 each, within 15 % */
	for (int i = 0; i < 100; i++)
		assert_true(counts[i] > 850 && counts[i] < 1150);
}

static void
test_sort_keys(void **state)
{
	uint64_t	rnd = 3;
	uint32_t	keys[CL_DOCSIG_BANDS];
	uint64_t	sum = 0,
				sorted_sum = 0;

	for (int i = 0; i < CL_DOCSIG_BANDS; i++)
	{
		keys[i] = (uint32_t) next_random(&rnd);
		if (i == 5)
			keys[i] = keys[2];	/* a repeated key stays */
		sum += keys[i];
	}
	cl_lsh_sort_keys(keys, CL_DOCSIG_BANDS);
	for (int i = 0; i < CL_DOCSIG_BANDS; i++)
	{
		sorted_sum += keys[i];
		if (i > 0)
			assert_true(keys[i - 1] <= keys[i]);
	}
	assert_true(sum == sorted_sum);
	cl_lsh_sort_keys(keys, 0);
}

static void
test_bucket_count(void **state)
{
	assert_int_equal(cl_lsh_buckets_for_rows(0), CL_LSH_MIN_BUCKETS);
	assert_int_equal(cl_lsh_buckets_for_rows(-1), CL_LSH_MIN_BUCKETS);
	assert_int_equal(cl_lsh_buckets_for_rows(100), CL_LSH_MIN_BUCKETS);
	/* 32 keys a row, 640 entries a bucket: 20 rows a bucket, rounded up */
	assert_int_equal(cl_lsh_buckets_for_rows(100000), 5000);
	assert_int_equal(cl_lsh_buckets_for_rows(100001), 5001);
	assert_int_equal(cl_lsh_buckets_for_rows(1e6), 50000);
	assert_int_equal(cl_lsh_buckets_for_rows(1e12), CL_LSH_MAX_BUCKETS);
}

static void
test_find_probability(void **state)
{
	double		last = -1;

	assert_true(cl_lsh_find_probability(0) == 0);
	assert_true(cl_lsh_find_probability(1) == 1);
	assert_true(cl_lsh_find_probability(0.3) > 0.58 && cl_lsh_find_probability(0.3) < 0.59);
	assert_true(cl_lsh_find_probability(0.5) > 0.985 && cl_lsh_find_probability(0.5) < 0.987);
	assert_true(cl_lsh_find_probability(0.7) > 0.99999);
	assert_true(cl_lsh_find_probability(0.03) < 0.001);
	for (int i = 0; i <= 100; i++)
	{
		double		p = cl_lsh_find_probability(i / 100.0);

		assert_true(p >= last);
		last = p;
	}
}

/*
 * A text of n random words, and a rewrite of it with each word replaced by
 * another with probability p (in 1/1000).
 */
static void
random_text(uint64_t *rnd, uint64_t base, int n, int p, char *out, size_t cap)
{
	uint64_t	words = base;
	size_t		len = 0;

	out[0] = '\0';
	for (int i = 0; i < n; i++)
	{
		uint64_t	w = next_random(&words) % 50000;

		if ((int) (next_random(rnd) % 1000) < p)
			w = 50000 + next_random(rnd) % 50000;
		len += (size_t) snprintf(out + len, cap - len, "w%llu ", (unsigned long long) w);
	}
}

static void
test_pairs_meet_as_predicted(void **state)
{
	enum
	{
		TEXT_CAP = 200 * 8
	};
	char	   *ta = malloc(TEXT_CAP),
			   *tb = malloc(TEXT_CAP);
	uint64_t	rnd = 11;
	int			similar = 0,
				similar_met = 0,
				unrelated_met = 0;
	double		expected = 0;

	for (int i = 0; i < 600; i++)
	{
		cl_docsig	a,
					b,
					u;
		uint32_t	ka[CL_DOCSIG_BANDS],
					kb[CL_DOCSIG_BANDS],
					ku[CL_DOCSIG_BANDS];
		bool		met_b = false,
					met_u = false;
		double		s;

		random_text(&rnd, 1000 + i, 200, 0, ta, TEXT_CAP);
		random_text(&rnd, 1000 + i, 200, 60 + i % 120, tb, TEXT_CAP);
		cl_docsig_of_words(&cl_stdlib_env, ta, strlen(ta), &a);
		cl_docsig_of_words(&cl_stdlib_env, tb, strlen(tb), &b);
		random_text(&rnd, 900000 + i, 200, 0, tb, TEXT_CAP);
		cl_docsig_of_words(&cl_stdlib_env, tb, strlen(tb), &u);
		cl_lsh_keys(&a, ka);
		cl_lsh_keys(&b, kb);
		cl_lsh_keys(&u, ku);
		for (int k = 0; k < CL_DOCSIG_BANDS; k++)
		{
			met_b |= ka[k] == kb[k];
			met_u |= ka[k] == ku[k];
		}
		unrelated_met += met_u;
		s = cl_docsig_similarity(&a, &b);
		if (s >= 0.3)
		{
			similar++;
			similar_met += met_b;
			expected += cl_lsh_find_probability(s);
		}
	}
	/* the rewrites span similarities of about 0.3 to 0.7 */
	assert_true(similar > 300);
	/* as often as the formula predicts, within 5 % of the pairs */
	assert_true(similar_met > expected - 0.05 * similar && similar_met < expected + 0.05 * similar);
	/* unrelated texts almost never meet */
	assert_true(unrelated_met <= 3);
	free(ta);
	free(tb);
}

int
run_docsig_lsh_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_buckets),
		cmocka_unit_test(test_sort_keys),
		cmocka_unit_test(test_bucket_count),
		cmocka_unit_test(test_find_probability),
		cmocka_unit_test(test_pairs_meet_as_predicted),
	};

	return cmocka_run_group_tests_name("docsig_lsh", tests, NULL, NULL);
}
