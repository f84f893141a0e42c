/*
 * test_sentences.c — the sentence iterator: boundaries in news prose
 * (abbreviations, initials, decimals, ellipses, quotations, headlines,
 * hard-wrapped lines) and exact byte spans without surrounding white space.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "sentences.h"
#include "unit_tests.h"

#define MAX_SPANS 64

typedef struct span
{
	size_t		start;
	size_t		len;
} span;

static bool
is_space_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/*
 * Split text into at most MAX_SPANS spans, checking the invariants every span
 * must hold: non-empty, inside the text, in order, no white space at either
 * end.  Returns the count, or -1 after printing what went wrong.
 */
static int
split(const char *text, size_t len, span *spans, const char *file, int line)
{
	cl_sentence_iter it;
	size_t		start,
				n,
				prev_end = 0;
	int			count = 0;

	cl_sentences_begin(&it, &cl_stdlib_env, text, len);
	while (cl_sentences_next(&it, &start, &n))
	{
		if (count == MAX_SPANS)
		{
			print_error("%s:%d: more than %d sentences\n", file, line, MAX_SPANS);
			return -1;
		}
		if (n == 0 || start < prev_end || start + n > len ||
			is_space_byte(text[start]) || is_space_byte(text[start + n - 1]))
		{
			print_error("%s:%d: bad span %zu+%zu: \"%.*s\"\n", file, line, start, n,
						(int) (start + n <= len ? n : 0), text + start);
			return -1;
		}
		spans[count].start = start;
		spans[count].len = n;
		count++;
		prev_end = start + n;
	}
	/* The iterator stays at its end. */
	if (cl_sentences_next(&it, &start, &n))
	{
		print_error("%s:%d: a sentence after the end\n", file, line);
		return -1;
	}
	return count;
}

/* The sentences of text must be exactly the strings in want (NULL-ended). */
static void
check_sentences_at(const char *text, const char *const *want, const char *file, int line)
{
	span		spans[MAX_SPANS];
	int			got = split(text, strlen(text), spans, file, line);
	int			nwant = 0;
	bool		ok = got >= 0;

	while (want[nwant] != NULL)
		nwant++;
	if (ok && got != nwant)
		ok = false;
	for (int i = 0; ok && i < got; i++)
	{
		if (spans[i].len != strlen(want[i]) ||
			memcmp(text + spans[i].start, want[i], spans[i].len) != 0)
			ok = false;
	}
	if (!ok)
	{
		print_error("%s:%d: sentences differ\n  expected %d:\n", file, line, nwant);
		for (int i = 0; i < nwant; i++)
			print_error("    [%s]\n", want[i]);
		print_error("  actual %d:\n", got);
		for (int i = 0; i < got; i++)
			print_error("    [%.*s]\n", (int) spans[i].len, text + spans[i].start);
		_fail(file, line);
	}
}

#define check_sentences(text, ...) \
	check_sentences_at((text), (const char *const[]) {__VA_ARGS__, NULL}, __FILE__, __LINE__)

/* ---- spans --------------------------------------------------------------- */

static void
test_spans_exact(void **state)
{
	static const char text[] = "Rain fell. Roads closed.";
	span		s[MAX_SPANS];

	(void) state;
	assert_int_equal(split(text, strlen(text), s, __FILE__, __LINE__), 2);
	assert_int_equal(s[0].start, 0);
	assert_int_equal(s[0].len, 10);
	assert_int_equal(s[1].start, 11);
	assert_int_equal(s[1].len, 13);
}

static void
test_spans_exclude_white_space(void **state)
{
	/* 0-1 spaces, 2-11 "Rain fell.", 12-13 spaces, 14-26 "Roads closed.",
	 * 27-28 spaces, 29-30 breaks, 31 tab, 32-47 "Ferries stopped.", 48 break */
	static const char text[] = "  Rain fell.  Roads closed.  \n\n\tFerries stopped.\n";
	span		s[MAX_SPANS];

	(void) state;
	assert_int_equal(split(text, strlen(text), s, __FILE__, __LINE__), 3);
	assert_int_equal(s[0].start, 2);
	assert_int_equal(s[0].len, 10);
	assert_int_equal(s[1].start, 14);
	assert_int_equal(s[1].len, 13);
	assert_int_equal(s[2].start, 32);
	assert_int_equal(s[2].len, 16);
}

static void
test_no_sentences(void **state)
{
	span		s[MAX_SPANS];

	(void) state;
	assert_int_equal(split("", 0, s, __FILE__, __LINE__), 0);
	assert_int_equal(split(" \n\t\r\n  ", 7, s, __FILE__, __LINE__), 0);
}

static void
test_single_sentence_without_stop(void **state)
{
	(void) state;
	check_sentences("Ferry link wins approval", "Ferry link wins approval");
	check_sentences("Rain fell.", "Rain fell.");
}

/* ---- abbreviations ------------------------------------------------------- */

static void
test_titles(void **state)
{
	(void) state;
	check_sentences("Mr. Hallam met Dr. Okafor and Gen. Brandt in the capital. "
					"They discussed the ceasefire.",
					"Mr. Hallam met Dr. Okafor and Gen. Brandt in the capital.",
					"They discussed the ceasefire.");
}

static void
test_us_mid_sentence(void **state)
{
	(void) state;
	check_sentences("U.S. officials said the talks would continue. A deal is not expected soon.",
					"U.S. officials said the talks would continue.",
					"A deal is not expected soon.");
	check_sentences("He met the U.S. State Department envoy on Friday.",
					"He met the U.S. State Department envoy on Friday.");
}

static void
test_us_sentence_final(void **state)
{
	(void) state;
	check_sentences("Most of the troops are now stationed in the U.S. The base abroad will close in May.",
					"Most of the troops are now stationed in the U.S.",
					"The base abroad will close in May.");
}

static void
test_month_and_number(void **state)
{
	(void) state;
	check_sentences("The vote is set for Oct. 14 in the capital. Turnout is expected to be high.",
					"The vote is set for Oct. 14 in the capital.",
					"Turnout is expected to be high.");
	check_sentences("The bill, known as Resolution No. 5, passed easily. Opponents vowed to appeal.",
					"The bill, known as Resolution No. 5, passed easily.",
					"Opponents vowed to appeal.");
}

static void
test_company_suffix(void **state)
{
	(void) state;
	/* Mid-sentence: a title follows, not a new sentence. */
	check_sentences("Tarvik Inc. Chief Executive Lena Moor said the merger would close this year. "
					"Analysts agreed.",
					"Tarvik Inc. Chief Executive Lena Moor said the merger would close this year.",
					"Analysts agreed.");
	/* Sentence-final: the next sentence opens with "The". */
	check_sentences("The fund sold its stake in Tarvik Inc. The company declined to comment.",
					"The fund sold its stake in Tarvik Inc.",
					"The company declined to comment.");
}

static void
test_case_name_versus(void **state)
{
	(void) state;
	/* "v." in a case name never ends a sentence. */
	check_sentences("The court cited Hale v. Dorsey in its ruling. The appeal failed.",
					"The court cited Hale v. Dorsey in its ruling.",
					"The appeal failed.");
}

static void
test_initials(void **state)
{
	(void) state;
	check_sentences("Russian official Pavel D. Korotkov told reporters the plan was final. "
					"He did not elaborate.",
					"Russian official Pavel D. Korotkov told reporters the plan was final.",
					"He did not elaborate.");
	check_sentences("The report was written by J. K. Ostrander and Mira L. Santos.",
					"The report was written by J. K. Ostrander and Mira L. Santos.");
}

static void
test_time_and_place_abbreviations(void **state)
{
	(void) state;
	/* "p.m." ends a sentence before a usual opener, not before a weekday. */
	check_sentences("Polls closed at 8 p.m. Officials began counting at once.",
					"Polls closed at 8 p.m.",
					"Officials began counting at once.");
	check_sentences("Polls close at 8 p.m. Sunday in most districts.",
					"Polls close at 8 p.m. Sunday in most districts.");
	check_sentences("The delegation flew on to St. Petersburg on Monday.",
					"The delegation flew on to St. Petersburg on Monday.");
}

/* ---- numbers, ellipses, quotations --------------------------------------- */

static void
test_decimals(void **state)
{
	(void) state;
	check_sentences("Growth slowed to 3.5 percent in the quarter. Economists had expected 3.8 percent.",
					"Growth slowed to 3.5 percent in the quarter.",
					"Economists had expected 3.8 percent.");
}

static void
test_ellipsis(void **state)
{
	(void) state;
	/* An ellipsis before lowercase continues the sentence... */
	check_sentences("The minister paused\xE2\x80\xA6 then left the room. Reporters waited.",
					"The minister paused\xE2\x80\xA6 then left the room.",
					"Reporters waited.");
	check_sentences("The talks went on... and on. Nobody left.",
					"The talks went on... and on.",
					"Nobody left.");
	/* ...and before a capital it ends it. */
	check_sentences("We will see\xE2\x80\xA6 The vote is tomorrow.",
					"We will see\xE2\x80\xA6",
					"The vote is tomorrow.");
	check_sentences("We will see... The vote is tomorrow.",
					"We will see...",
					"The vote is tomorrow.");
}

static void
test_quote_closes_after_stop(void **state)
{
	(void) state;
	check_sentences("He said: \xE2\x80\x9CWe will not leave.\xE2\x80\x9D The crowd cheered.",
					"He said: \xE2\x80\x9CWe will not leave.\xE2\x80\x9D",
					"The crowd cheered.");
	check_sentences("She said, \"The port stays open.\" Officials agreed.",
					"She said, \"The port stays open.\"",
					"Officials agreed.");
	/* Curly single quotes close the same way. */
	check_sentences("\xE2\x80\x98We are ready.\xE2\x80\x99 The minister left.",
					"\xE2\x80\x98We are ready.\xE2\x80\x99",
					"The minister left.");
	/* A quotation that opens the next sentence. */
	check_sentences("The port reopened. \xE2\x80\x9CWe are relieved,\xE2\x80\x9D a trader said.",
					"The port reopened.",
					"\xE2\x80\x9CWe are relieved,\xE2\x80\x9D a trader said.");
}

static void
test_question_in_quote_then_lowercase(void **state)
{
	(void) state;
	check_sentences("\xE2\x80\x9CWhere did the money go?\xE2\x80\x9D she asked. Nobody answered.",
					"\xE2\x80\x9CWhere did the money go?\xE2\x80\x9D she asked.",
					"Nobody answered.");
	check_sentences("\"Who paid for it?\" he asked. \"Not us!\" they replied.",
					"\"Who paid for it?\" he asked.",
					"\"Not us!\" they replied.");
}

static void
test_question_and_exclamation(void **state)
{
	(void) state;
	check_sentences("Will the port reopen? Nobody knows. Stop the vote! The crowd shouted.",
					"Will the port reopen?", "Nobody knows.", "Stop the vote!",
					"The crowd shouted.");
}

/* ---- layout --------------------------------------------------------------- */

static void
test_headline_is_own_sentence(void **state)
{
	(void) state;
	check_sentences("Ferry Link Wins Approval\n"
					"Officials said the service would start in May. Tickets go on sale next week.\n",
					"Ferry Link Wins Approval",
					"Officials said the service would start in May.",
					"Tickets go on sale next week.");
	check_sentences("Ferry Link Wins Approval\n\nOfficials said the service would start in May.\n",
					"Ferry Link Wins Approval",
					"Officials said the service would start in May.");
}

static void
test_hard_wrapped_sentences_span_lines(void **state)
{
	(void) state;
	check_sentences("Port Hours Extended\n"
					"\n"
					"    VESSMAR, March 27 (Tidewire) - The port authority of Vessmar said\n"
					"on Wednesday it would extend the opening hours of its container\n"
					"terminal after a week of delays. Dozens of ships have waited\n"
					"offshore since Friday.\n"
					"    The longer hours apply from April, the authority said. Operators\n"
					"welcomed the decision but said Mr.\n"
					"Tanaka of the dockers' union wanted more cranes.\n",
					"Port Hours Extended",
					"VESSMAR, March 27 (Tidewire) - The port authority of Vessmar said\n"
					"on Wednesday it would extend the opening hours of its container\n"
					"terminal after a week of delays.",
					"Dozens of ships have waited\noffshore since Friday.",
					"The longer hours apply from April, the authority said.",
					"Operators\nwelcomed the decision but said Mr.\n"
					"Tanaka of the dockers' union wanted more cranes.");
}

static void
test_web_lines_are_paragraphs(void **state)
{
	(void) state;
	/* One paragraph per line: a line without a full stop still ends. */
	check_sentences("The council met on Tuesday\r\nThe vote was close.\r\n",
					"The council met on Tuesday", "The vote was close.");
}

int
run_sentences_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spans_exact),
		cmocka_unit_test(test_spans_exclude_white_space),
		cmocka_unit_test(test_no_sentences),
		cmocka_unit_test(test_single_sentence_without_stop),
		cmocka_unit_test(test_titles),
		cmocka_unit_test(test_us_mid_sentence),
		cmocka_unit_test(test_us_sentence_final),
		cmocka_unit_test(test_month_and_number),
		cmocka_unit_test(test_company_suffix),
		cmocka_unit_test(test_case_name_versus),
		cmocka_unit_test(test_initials),
		cmocka_unit_test(test_time_and_place_abbreviations),
		cmocka_unit_test(test_decimals),
		cmocka_unit_test(test_ellipsis),
		cmocka_unit_test(test_quote_closes_after_stop),
		cmocka_unit_test(test_question_in_quote_then_lowercase),
		cmocka_unit_test(test_question_and_exclamation),
		cmocka_unit_test(test_headline_is_own_sentence),
		cmocka_unit_test(test_hard_wrapped_sentences_span_lines),
		cmocka_unit_test(test_web_lines_are_paragraphs),
	};

	return cmocka_run_group_tests_name("sentences", tests, NULL, NULL);
}
