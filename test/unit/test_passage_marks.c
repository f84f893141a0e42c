/*
 * test_passage_marks.c — winnowed passage marks: the guarantee (texts that
 * share a passage of CL_MARK_GUARANTEE words share a mark, whatever
 * surrounds it and however it is cased and punctuated), sorted distinct
 * output, short texts, unrelated texts, and fixed values on every machine.
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
#include "passage_marks.h"
#include "shingle.h"
#include "unit_tests.h"

typedef struct marks
{
	uint64_t   *v;
	size_t		n;
} marks;

static marks
marks_of(const char *text)
{
	marks		m;

	m.n = cl_passage_marks(&cl_stdlib_env, text, strlen(text), &m.v, NULL);
	for (size_t i = 1; i < m.n; i++)
		assert_true(m.v[i - 1] < m.v[i]);	/* sorted and distinct */
	return m;
}

static size_t
shared(marks a, marks b)
{
	size_t		i = 0,
				j = 0,
				k = 0;

	while (i < a.n && j < b.n)
	{
		if (a.v[i] < b.v[j])
			i++;
		else if (a.v[i] > b.v[j])
			j++;
		else
			k++, i++, j++;
	}
	return k;
}

/* A deterministic generator of made-up words (xorshift state on the stack). */
static uint64_t
next_random(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static void
append_words(char *buf, size_t cap, uint64_t *state, int count, bool shout)
{
	for (int i = 0; i < count; i++)
	{
		char		w[16];
		int			len = 2 + (int) (next_random(state) % 8);

		for (int c = 0; c < len; c++)
			w[c] = (char) ((shout ? 'A' : 'a') + next_random(state) % 26);
		w[len] = '\0';
		strncat(buf, w, cap - strlen(buf) - 1);
		strncat(buf, (i % 7 == 6) ? ", " : " ", cap - strlen(buf) - 1);
	}
}

static void
test_shared_passage_always_found(void **state)
{
	int			misses = 0;

	for (uint64_t trial = 1; trial <= 300; trial++)
	{
		char		a[8192] = "",
					b[8192] = "",
					passage[2048] = "",
					loud[2048];
		uint64_t	s1 = trial * 7919,
					s2 = trial * 104729 + 1,
					sp = trial * 1299709 + 3;
		marks		ma,
					mb;

		append_words(passage, sizeof passage, &sp, CL_MARK_GUARANTEE, false);
		/* the copy in b is upper-cased and re-punctuated */
		for (size_t i = 0; passage[i]; i++)
			loud[i] = passage[i] == ',' ? ';' : (char) (passage[i] >= 'a' && passage[i] <= 'z' ? passage[i] - 32 : passage[i]);
		loud[strlen(passage)] = '\0';

		append_words(a, sizeof a, &s1, (int) (trial % 150), false);
		strcat(a, passage);
		append_words(a, sizeof a, &s1, 40, false);
		append_words(b, sizeof b, &s2, (int) ((trial * 13) % 170), false);
		strcat(b, " -- ");
		strcat(b, loud);
		strcat(b, "!\n");
		append_words(b, sizeof b, &s2, 25, true);

		ma = marks_of(a);
		mb = marks_of(b);
		if (shared(ma, mb) == 0)
			misses++;
		free(ma.v);
		free(mb.v);
	}
	assert_int_equal(misses, 0);
}

static void
test_unrelated_texts_share_nothing(void **state)
{
	size_t		total = 0;

	for (uint64_t trial = 1; trial <= 100; trial++)
	{
		char		a[8192] = "",
					b[8192] = "";
		uint64_t	s1 = trial * 31337,
					s2 = trial * 65537 + 11;
		marks		ma,
					mb;

		append_words(a, sizeof a, &s1, 400, false);
		append_words(b, sizeof b, &s2, 400, false);
		ma = marks_of(a);
		mb = marks_of(b);
		/* about 2/(W+1) of the 396 k-grams are marks */
		assert_true(ma.n > 20 && ma.n < 90);
		total += shared(ma, mb);
		free(ma.v);
		free(mb.v);
	}
	assert_int_equal(total, 0);
}

static void
test_short_and_empty_texts(void **state)
{
	marks		m = marks_of("");

	assert_int_equal(m.n, 0);
	m = marks_of("only four words here");
	assert_int_equal(m.n, 0);
	m = marks_of(" ,;. \n\t");
	assert_int_equal(m.n, 0);
	/* five words: one k-gram, which stands for the text */
	m = marks_of("exactly five words right here");
	assert_int_equal(m.n, 1);
	free(m.v);
	/* the same words however written */
	{
		marks		x = marks_of("Exactly FIVE words -- right, here!");
		marks		y = marks_of("exactly five words right here");

		assert_int_equal(x.n, 1);
		assert_true(x.v[0] == y.v[0]);
		free(x.v);
		free(y.v);
	}
}

static void
test_repetitive_text(void **state)
{
	/* one word repeated: every k-gram is equal, one distinct mark */
	size_t		n = 200000;
	char	   *text = malloc(n * 4 + 1);
	marks		m;

	for (size_t i = 0; i < n; i++)
		memcpy(text + 4 * i, "abc ", 4);
	text[4 * n] = '\0';
	m = marks_of(text);
	assert_int_equal(m.n, 1);
	free(m.v);
	free(text);
}

/* Values computed once; they must never change on any machine or version. */
static void
test_fixed_values(void **state)
{
	marks		m = marks_of("The quick brown fox jumps over the lazy dog near the bank of the river.");

	assert_int_equal(m.n, 1);
	printf("# mark of the fixed text: %016llx\n", (unsigned long long) m.v[0]);
	assert_true(m.v[0] == UINT64_C(0x1d1c0856cf17cd07));
	free(m.v);
}

/* The word count passed back is that of shingle.h's iterator, text of any length. */
static void
test_word_count(void **state)
{
	const char *texts[] = {"", "   ", "One", "Two words", "Four words, here now!",
		"Russia\u2019s envoy met Kim Jong Un in Pyongyang on March 25, 2024, "
		"state media said; the talks lasted until 27 March.  ÉTÉ été 2024-03-25 x1 y_2"};

	(void) state;
	for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++)
	{
		cl_word_iter it;
		cl_word		w;
		size_t		expect = 0,
					got = SIZE_MAX;
		uint64_t   *m = NULL;

		cl_words_begin(&it, &cl_stdlib_env, texts[t], strlen(texts[t]));
		while (cl_words_next(&it, &w))
			expect++;
		(void) cl_passage_marks(&cl_stdlib_env, texts[t], strlen(texts[t]), &m, &got);
		assert_int_equal(got, expect);
		free(m);
	}
}

/*
 * The marks taken from the signature's word hashes are those of the text,
 * when clean() keeps all its words; when it drops some, none are given.
 */
static void
test_marks_with_signature(void **state)
{
	static const char *const kept[] = {
		"Port workers walked out on Monday after talks on pay and hours broke down late on Sunday night, "
		"the union said.\n\nThe strike closed three terminals and left forty ships waiting offshore.",
		"  one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
		"sixteen seventeen eighteen nineteen twenty twentyone twentytwo  \n",
		"short text",
		"",
	};
	uint64_t   *a,
			   *b;
	size_t		na,
				nb,
				wa,
				wb;
	cl_docsig	sig,
				alone;
	const char *dropped = "The strike closed three terminals and left forty ships waiting offshore.\n\nShare.\n";

	(void) state;
	for (size_t t = 0; t < sizeof(kept) / sizeof(kept[0]); t++)
	{
		size_t		len = strlen(kept[t]);
		bool		given = cl_docsig_and_marks_of_article(&cl_stdlib_env, kept[t], len, &sig, &a, &na, &wa);

		/* an empty text has no run of kept words to read them from */
		assert_true(given == (len > 0));
		cl_docsig_of_article(&cl_stdlib_env, kept[t], len, &alone);
		assert_memory_equal(sig.bytes, alone.bytes, CL_DOCSIG_SIZE);
		if (!given)
			continue;
		nb = cl_passage_marks(&cl_stdlib_env, kept[t], len, &b, &wb);
		assert_int_equal(na, nb);
		assert_int_equal(wa, wb);
		if (na > 0)
			assert_memory_equal(a, b, na * sizeof(uint64_t));
		free(a);
		free(b);
	}
	/* "Share." is page furniture: the signature does not read it, the marks must. */
	assert_false(cl_docsig_and_marks_of_article(&cl_stdlib_env, dropped, strlen(dropped), &sig, &a, &na, &wa));
	cl_docsig_of_article(&cl_stdlib_env, dropped, strlen(dropped), &alone);
	assert_memory_equal(sig.bytes, alone.bytes, CL_DOCSIG_SIZE);
}

int
run_passage_marks_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shared_passage_always_found),
		cmocka_unit_test(test_unrelated_texts_share_nothing),
		cmocka_unit_test(test_short_and_empty_texts),
		cmocka_unit_test(test_repetitive_text),
		cmocka_unit_test(test_fixed_values),
		cmocka_unit_test(test_word_count),
		cmocka_unit_test(test_marks_with_signature),
	};

	return cmocka_run_group_tests_name("passage_marks", tests, NULL, NULL);
}
