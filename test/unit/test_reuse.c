/*
 * test_reuse.c — reused-passage alignment: exact byte spans, tolerance of
 * case, punctuation and small edits, min_words, order, linear behaviour on
 * repetitive text, and the seed articles (read at run time from
 * ../shared/seeds when present): 002 shares its quoted and copied passages
 * with 004, and nothing with an unrelated story.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reuse.h"
#include "unit_tests.h"

#define SEEDS "../shared/seeds/"

typedef struct found
{
	cl_reuse_span *spans;
	size_t		n;
} found;

static found
run(const char *a, const char *b, uint32_t min_words)
{
	found		f;

	cl_reuse(&cl_stdlib_env, a, strlen(a), b, strlen(b), min_words, &f.spans, &f.n);
	for (size_t i = 0; i < f.n; i++)
	{
		/* spans inside the texts, in order, not overlapping in a */
		assert_true(f.spans[i].a_start < f.spans[i].a_end && f.spans[i].a_end <= strlen(a));
		assert_true(f.spans[i].b_start < f.spans[i].b_end && f.spans[i].b_end <= strlen(b));
		assert_true(f.spans[i].words >= min_words);
		if (i > 0)
			assert_true(f.spans[i].a_start >= f.spans[i - 1].a_end);
	}
	return f;
}

static bool
span_is(const char *text, size_t start, size_t end, const char *want)
{
	return end - start == strlen(want) && memcmp(text + start, want, end - start) == 0;
}

static void
test_exact_copy(void **state)
{
	const char *a = "Intro words here. The ferry operators agreed to raise wages by four percent from June. Other things.";
	const char *b = "In Oslo, THE FERRY OPERATORS agreed to raise wages by four percent, from June; the union said.";
	found		f = run(a, b, 8);

	(void) state;
	assert_int_equal(f.n, 1);
	assert_true(span_is(a, f.spans[0].a_start, f.spans[0].a_end,
						"The ferry operators agreed to raise wages by four percent from June"));
	assert_true(span_is(b, f.spans[0].b_start, f.spans[0].b_end,
						"THE FERRY OPERATORS agreed to raise wages by four percent, from June"));
	assert_int_equal(f.spans[0].words, 12);
	free(f.spans);
}

static void
test_small_edits_do_not_split(void **state)
{
	/* a changed word, a dropped word and an inserted word */
	const char *a = "the committee voted on Tuesday to approve the new budget for the regional hospital network after a long debate";
	const char *b = "the committee voted on Wednesday to approve the budget for the big regional hospital network after a long debate";
	found		f = run(a, b, 8);

	(void) state;
	assert_int_equal(f.n, 1);
	assert_true(span_is(a, f.spans[0].a_start, f.spans[0].a_end, a));
	assert_int_equal(f.spans[0].words, 17);	/* 19 words, less "Tuesday" and "new" */
	free(f.spans);
}

static void
test_min_words(void **state)
{
	const char *a = "prices rose sharply in March while exports fell";
	const char *b = "Analysts said prices rose sharply in March, and little else.";
	found		f = run(a, b, 8);

	(void) state;
	assert_int_equal(f.n, 0);
	f = run(a, b, 5);
	assert_int_equal(f.n, 1);
	assert_int_equal(f.spans[0].words, 5);
	free(f.spans);
	/* below the seed length: single shared words count */
	f = run("alpha beta", "beta gamma", 1);
	assert_int_equal(f.n, 1);
	assert_true(span_is("alpha beta", f.spans[0].a_start, f.spans[0].a_end, "beta"));
	free(f.spans);
}

static void
test_nothing_shared(void **state)
{
	found		f = run("", "", 8);

	(void) state;
	assert_int_equal(f.n, 0);
	f = run("one two three four five six seven eight nine", "", 1);
	assert_int_equal(f.n, 0);
	f = run("one two three four five six seven eight nine", "ten eleven twelve thirteen", 1);
	assert_int_equal(f.n, 0);
}

static void
test_two_passages_in_order(void **state)
{
	const char *a = "first the minister said the harbour would reopen next week for all cargo ships. "
		"Unrelated middle text goes here and there. "
		"finally the port authority confirmed that twelve cranes had been repaired overnight";
	const char *b = "The port authority confirmed that twelve cranes had been repaired overnight. "
		"Earlier the minister said the harbour would reopen next week for all cargo ships.";
	found		f = run(a, b, 8);

	(void) state;
	assert_int_equal(f.n, 2);
	assert_true(f.spans[0].a_start < f.spans[1].a_start);
	assert_true(f.spans[0].b_start > f.spans[1].b_start);	/* reordered in b */
	free(f.spans);
}

/* The same phrase many times over must stay fast (work is capped linearly). */
static void
test_repetitive_text(void **state)
{
	size_t		n = 200000;
	char	   *a = malloc(4 * n + 1);
	found		f;

	(void) state;
	for (size_t i = 0; i < n; i++)
		memcpy(a + 4 * i, "the ", 4);
	a[4 * n] = '\0';
	f = run(a, a, 8);
	assert_int_equal(f.n, 1);
	assert_int_equal(f.spans[0].words, n);
	free(f.spans);
	f = run(a, a + 4, (uint32_t) n);	/* a longer than b: nothing can reach min_words */
	assert_int_equal(f.n, 0);
	f = run(a, a + 4, (uint32_t) (n - 1));
	assert_int_equal(f.n, 1);
	free(f.spans);
	free(a);
}

static char *
slurp(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t) n + 1);
	if (fread(buf, 1, (size_t) n, f) != (size_t) n)
		n = 0;
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static bool
has_passage(const char *a, const found *f, const char *needle)
{
	for (size_t i = 0; i < f->n; i++)
	{
		size_t		len = f->spans[i].a_end - f->spans[i].a_start;
		char	   *p = strndup(a + f->spans[i].a_start, len);
		bool		hit = strstr(p, needle) != NULL;

		free(p);
		if (hit)
			return true;
	}
	return false;
}

static void
test_seed_articles(void **state)
{
	char	   *a = slurp(SEEDS "002_d62285dfec955f1d.txt");
	char	   *b = slurp(SEEDS "004_dcec4db59fe00a43.txt");
	/* an unrelated story, written for this test */
	const char *other = "Ferry crews in the northern islands ended a three-day strike on Friday after "
		"operators agreed to raise wages by four percent. Services to the outer harbours "
		"resumed in the afternoon, and the transport ministry said timetables would be back "
		"to normal by Monday. The union had asked for six percent.";
	found		f;

	(void) state;
	if (a == NULL || b == NULL)
	{
		free(a);
		free(b);
		print_message("reuse: %s not found, seed check skipped\n", SEEDS);
		skip();
	}
	f = run(a, b, 8);
	assert_true(f.n >= 6);
	assert_true(has_passage(a, &f, "The two sides reached a complete consensus of views on the issues on the table "
							"at the two talks that proceeded in a comradely and amicable atmosphere"));
	assert_true(has_passage(a, &f, "ever-growing spying and plotting moves by the hostile forces"));
	assert_true(has_passage(a, &f, "the independence of the breakaway states of Donetsk and Luhansk People"));
	assert_true(has_passage(a, &f, "1948 when the former USSR became the first nation to"));
	assert_true(has_passage(a, &f, "new class of tactical guided missiles to Russia"));
	assert_true(has_passage(a, &f, "External Intelligence Bureau"));
	free(f.spans);

	f = run(a, other, 8);
	assert_int_equal(f.n, 0);
	f = run(other, b, 8);
	assert_int_equal(f.n, 0);
	free(a);
	free(b);
}

int
run_reuse_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact_copy),
		cmocka_unit_test(test_small_edits_do_not_split),
		cmocka_unit_test(test_min_words),
		cmocka_unit_test(test_nothing_shared),
		cmocka_unit_test(test_two_passages_in_order),
		cmocka_unit_test(test_repetitive_text),
		cmocka_unit_test(test_seed_articles),
	};

	return cmocka_run_group_tests_name("reuse", tests, NULL, NULL);
}
