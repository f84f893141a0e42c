/*
 * test_dates.c — the date extractor (src/core/dates.c) outside the server:
 * resolution against the anchor, values without an anchor, long sentences
 * matched in windows, and offsets.  The 456-sentence gold set is run by
 * pg_regress (sql/dates_gold.sql).
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

#include "date_words.h"
#include "dates.h"
#include "unit_tests.h"

typedef struct collected
{
	const char *text;
	int			n;
	char		surface[8][64];
	char		value[8][CL_TIMEX_TEXT_MAX];
	cl_date_kind kind[8];
	size_t		last_start;
} collected;

static void
collect(void *arg, const cl_date_mention *m)
{
	collected  *c = arg;

	if (c->n < 8)
	{
		snprintf(c->surface[c->n], 64, "%.*s", (int) m->len, c->text + m->start);
		c->value[c->n][0] = '\0';
		if (m->has_value)
			cl_timex_format(&m->value, c->value[c->n]);
		c->kind[c->n] = m->kind;
	}
	c->last_start = m->start;
	c->n++;
}

static collected
scan(const char *text, int year, int month, int day)
{
	collected	c;
	cl_date_options opt = {0};

	memset(&c, 0, sizeof(c));
	c.text = text;
	if (year != 0)
	{
		opt.has_anchor = true;
		opt.anchor = cl_days_from_civil(year, month, day);
	}
	cl_dates_scan(&cl_stdlib_env, text, strlen(text), &opt, collect, &c);
	return c;
}

static void
test_range_forms(void **state)
{
	collected	c = scan("The visit ran March 25 to 27; another outlet said from March 25 to March 28.",
						 2024, 3, 29);

	(void) state;
	assert_int_equal(c.n, 2);
	assert_string_equal(c.surface[0], "March 25 to 27");
	assert_string_equal(c.value[0], "2024-03-25/2024-03-27");
	assert_string_equal(c.surface[1], "from March 25 to March 28");
	assert_string_equal(c.value[1], "2024-03-25/2024-03-28");
	assert_int_equal(c.kind[1], CL_DATE_RANGE);
}

static void
test_relative_needs_anchor(void **state)
{
	collected	with = scan("Officials met last year, two days ago and on Monday.", 2024, 3, 27);
	collected	without = scan("Officials met last year, two days ago and on Monday.", 0, 0, 0);

	(void) state;
	assert_int_equal(with.n, 3);
	assert_string_equal(with.value[0], "2023");
	assert_string_equal(with.value[1], "2024-03-25");
	assert_string_equal(with.value[2], "2024-03-25");	/* the Monday before */
	assert_int_equal(without.n, 3);
	for (int i = 0; i < 3; i++)
	{
		assert_string_equal(without.value[i], "");
		assert_int_equal(without.kind[i], CL_DATE_RELATIVE);
	}
}

static void
test_tense_sets_the_year(void **state)
{
	collected	past = scan("A summit held in September agreed on trade.", 2024, 3, 27);
	collected	future = scan("A summit will be held in September.", 2024, 3, 27);

	(void) state;
	assert_string_equal(past.value[0], "2023-09");
	assert_string_equal(future.value[0], "2024-09");
}

static void
test_no_false_dates(void **state)
{
	collected	c = scan("After COVID-19, 7,000 containers, F-16 jets, version 2.4.1 and a 3-1 win "
						 "cost $4.5 billion; call 1-800-555-0142 at 3 p.m.", 2024, 3, 27);

	(void) state;
	assert_int_equal(c.n, 0);
}

static void
test_long_sentence_windows(void **state)
{
	/* One sentence of ~20,000 tokens: a date near every window edge is found. */
	size_t		unit_len = strlen("word word word March 25, 2024 word ");
	size_t		count = 3000;
	char	   *text = malloc(unit_len * count + 1);
	collected	c;

	(void) state;
	for (size_t i = 0; i < count; i++)
		memcpy(text + i * unit_len, "word word word March 25, 2024 word ", unit_len);
	text[unit_len * count] = '\0';
	c = scan(text, 2024, 3, 27);
	free(text);
	assert_int_equal(c.n, (int) count);
	assert_string_equal(c.value[0], "2024-03-25");
	assert_int_equal(c.last_start, unit_len * (count - 1) + strlen("word word word "));
}

static void
test_vocabulary_table(void **state)
{
	(void) state;
	/* Every word is reachable through the generated hash table, in any case. */
	for (size_t i = 0; i < cl_date_words_count; i++)
	{
		const char *w = cl_date_words[i].word;
		char		upper[16];
		size_t		n = strlen(w);

		assert_true(n <= CL_DATE_WORD_MAX);
		assert_ptr_equal(cl_date_word_lookup(w, n), &cl_date_words[i]);
		for (size_t k = 0; k <= n; k++)
			upper[k] = (w[k] >= 'a' && w[k] <= 'z') ? (char) (w[k] - 32) : w[k];
		assert_ptr_equal(cl_date_word_lookup(upper, n), &cl_date_words[i]);
		if (i > 0)
			assert_true(strcmp(cl_date_words[i - 1].word, w) < 0);
	}
	assert_null(cl_date_word_lookup("marc", 4));
	assert_null(cl_date_word_lookup("marches", 7));
	assert_null(cl_date_word_lookup("", 0));
}

int
run_dates_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vocabulary_table),
		cmocka_unit_test(test_range_forms),
		cmocka_unit_test(test_relative_needs_anchor),
		cmocka_unit_test(test_tense_sets_the_year),
		cmocka_unit_test(test_no_false_dates),
		cmocka_unit_test(test_long_sentence_windows),
	};

	return cmocka_run_group_tests_name("dates", tests, NULL, NULL);
}
