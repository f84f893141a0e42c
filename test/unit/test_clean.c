/*
 * test_clean.c — cl_clean(): every kind of page furniture goes, every line of
 * prose stays (including prose that looks like furniture), and the output is
 * normalised: paragraphs joined by "\n\n", one space per white-space run.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "cl_buf.h"
#include "clean.h"
#include "unit_tests.h"

/* Print s with line breaks and control bytes made visible. */
static void
print_visible(const char *label, const char *s, size_t n)
{
	print_error("%s (%zu bytes):\n  \"", label, n);
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '\n')
			print_error("\\n");
		else if (c < 0x20 || c == 0x7F || c >= 0x80)
			print_error("\\x%02X", c);
		else
			print_error("%c", c);
	}
	print_error("\"\n");
}

/* Clean in[0..len) and compare with expected; fails at the caller's line. */
static void
check_clean_at(const char *in, size_t len, const char *expected,
			   const char *file, int line)
{
	cl_buf		out;
	bool		ok;

	cl_buf_init(&out, &cl_stdlib_env, 0);
	cl_clean(&cl_stdlib_env, in, len, &out);
	ok = out.len == strlen(expected) && memcmp(out.data, expected, out.len) == 0 &&
		out.data[out.len] == '\0';
	if (!ok)
	{
		print_error("%s:%d: cl_clean output differs\n", file, line);
		print_visible("expected", expected, strlen(expected));
		print_visible("actual  ", out.data, out.len);
	}
	cl_buf_free(&out);
	if (!ok)
		_fail(file, line);
}

#define check_clean(in, expected) \
	check_clean_at((in), strlen(in), (expected), __FILE__, __LINE__)
#define check_clean_n(in, len, expected) \
	check_clean_at((in), (len), (expected), __FILE__, __LINE__)

/* A web article carrying every kind of furniture the cleaner knows. */
static const char ARTICLE[] =
	" date 2024-03-27 Officials in the coastal province of Veradia said on Wednesday that a "
	"new ferry link to the outer islands would open before the summer season.\n"
	"\n"
	"Home World Politics Business Tech Sports Culture Opinion Travel & Food\n"
	"\n"
	"FERRY LINK TO OUTER ISLANDS WINS APPROVAL\n"
	"\n"
	"Author Avatar\n"
	"\n"
	"By Mara Quill - - 5 Mins Read\n"
	"\n"
	"Share.\n"
	"\n"
	"Seoul: South Korean shipbuilders have bid for the contract to supply two vessels, "
	"according to people familiar with the tender.\n"
	"\n"
	"Crew members test a lifeboat at the Veradia harbour\n"
	"Crew members test a lifeboat at the Veradia harbour | Tomas Reyes - NEWSFOTO / Stock\n"
	"\n"
	"Talks on the Border\n"
	"\n"
	"The provincial governor said talks with the neighbouring region on a shared border "
	"crossing for freight would resume next month.\n"
	"\n"
	"Also read: Island Schools Get New Science Labs\n"
	"\n"
	"By the end of the year, the operator expects to carry about 4,000 passengers a week.\n"
	"\n"
	"Tomas Reyes | NEWSFOTO/KL\n"
	"\n"
	"Share prices rose 5 percent on Monday.\n"
	"\n"
	"Related News |\n"
	"Veradia Budget Debate Moves to Final Vote\n"
	"Fishermen Protest Over New Quota Rules\n"
	"Storm Warning Issued for Northern Coast\n"
	"\n"
	"The ferry will be operated by a private company under a ten-year concession.\n"
	"\n"
	"Exit mobile version\n"
	"\n"
	"2024-03-28T01:27:19Z k3j4h5\n";

static const char ARTICLE_CLEAN[] =
	"Officials in the coastal province of Veradia said on Wednesday that a new ferry link "
	"to the outer islands would open before the summer season.\n"
	"\n"
	"FERRY LINK TO OUTER ISLANDS WINS APPROVAL\n"
	"\n"
	"Seoul: South Korean shipbuilders have bid for the contract to supply two vessels, "
	"according to people familiar with the tender.\n"
	"\n"
	"Talks on the Border\n"
	"\n"
	"The provincial governor said talks with the neighbouring region on a shared border "
	"crossing for freight would resume next month.\n"
	"\n"
	"By the end of the year, the operator expects to carry about 4,000 passengers a week.\n"
	"\n"
	"Share prices rose 5 percent on Monday.\n"
	"\n"
	"The ferry will be operated by a private company under a ten-year concession.";

/* Newswire: ~65-column lines, paragraphs open with a 4-space indent. */
static const char NEWSWIRE[] =
	"Port Hours Extended\n"
	"\n"
	"    VESSMAR, March 27 (Tidewire) - The port authority of Vessmar said\n"
	"on Wednesday it would extend the opening hours of its container\n"
	"terminal after a week of delays. Dozens of ships have waited\n"
	"offshore since Friday.\n"
	"    The longer hours apply from April, the authority said. Operators\n"
	"welcomed the decision but said more cranes were needed.\n";

static const char NEWSWIRE_CLEAN[] =
	"Port Hours Extended\n"
	"\n"
	"VESSMAR, March 27 (Tidewire) - The port authority of Vessmar said on Wednesday it "
	"would extend the opening hours of its container terminal after a week of delays. "
	"Dozens of ships have waited offshore since Friday.\n"
	"\n"
	"The longer hours apply from April, the authority said. Operators welcomed the "
	"decision but said more cranes were needed.";

/* ---- output format ------------------------------------------------------ */

static void
test_clean_empty(void **state)
{
	(void) state;
	check_clean("", "");
}

static void
test_clean_whitespace_only(void **state)
{
	(void) state;
	check_clean("   \n\t\n\n \r\n\xC2\xA0\n  ", "");
}

static void
test_clean_collapses_whitespace(void **state)
{
	(void) state;
	/* Tabs, runs of spaces and a no-break space become one space; no ends. */
	check_clean("  The  council\tvoted \xC2\xA0 on   Tuesday.  \n",
				"The council voted on Tuesday.");
}

static void
test_clean_paragraph_separator(void **state)
{
	(void) state;
	/* Runs of blank lines, leading and trailing, collapse to one "\n\n". */
	check_clean("\n\n  First paragraph of the report.  \n\n\n\n"
				"Second paragraph of the report.\n\n\n",
				"First paragraph of the report.\n\nSecond paragraph of the report.");
	/* Web text with one line per paragraph: each line is a paragraph. */
	check_clean("The council approved the ferry budget on Tuesday evening.\n"
				"Opposition members said the cost had been underestimated.\n",
				"The council approved the ferry budget on Tuesday evening.\n\n"
				"Opposition members said the cost had been underestimated.");
	/* CRLF and bare CR line ends give the same result. */
	check_clean("First paragraph of the report.\r\n\r\nSecond paragraph of the report.\r\n",
				"First paragraph of the report.\n\nSecond paragraph of the report.");
	check_clean("First paragraph of the report.\r\rSecond paragraph of the report.\r",
				"First paragraph of the report.\n\nSecond paragraph of the report.");
}

static void
test_clean_control_characters(void **state)
{
	(void) state;
	/* Control characters act as white space: one space, none at the ends. */
	check_clean("\x01The council\x07voted on\x1B Tuesday.\x7F",
				"The council voted on Tuesday.");
	/* C1 control U+0085 too. */
	check_clean("The council\xC2\x85voted on Tuesday.", "The council voted on Tuesday.");
	/* A line of control characters only separates paragraphs like a blank. */
	check_clean("First paragraph of the report.\n\x01\x02\x03\nSecond paragraph of the report.",
				"First paragraph of the report.\n\nSecond paragraph of the report.");
}

static void
test_clean_invalid_utf8_passes_through(void **state)
{
	static const char in[] =
		"Caf\xE9 owners in the old town said rents had \xFF\xFE doubled since \x80 last year.";

	(void) state;
	check_clean_n(in, sizeof(in) - 1, in);
	/* Valid UTF-8 outside ASCII is of course kept as well. */
	check_clean("Z\xC3\xBCrich caf\xC3\xA9 owners said rents had doubled \xE2\x80\x94 again.",
				"Z\xC3\xBCrich caf\xC3\xA9 owners said rents had doubled \xE2\x80\x94 again.");
}

/* ---- furniture that goes ------------------------------------------------- */

static void
test_clean_share_and_exit_lines(void **state)
{
	(void) state;
	check_clean("The ferry resumed service on Monday after repairs to its hull were completed.\n"
				"\n"
				"Share.\n"
				"\n"
				"Passengers said the crossing was calm.\n"
				"\n"
				"Exit mobile version\n",
				"The ferry resumed service on Monday after repairs to its hull were completed.\n"
				"\n"
				"Passengers said the crossing was calm.");
}

static void
test_clean_also_read(void **state)
{
	(void) state;
	check_clean("The ferry resumed service on Monday after repairs to its hull were completed.\n"
				"\n"
				"Also read: Coastal Towns Brace for Spring Floods\n"
				"\n"
				"Passengers said the crossing was calm.\n",
				"The ferry resumed service on Monday after repairs to its hull were completed.\n"
				"\n"
				"Passengers said the crossing was calm.");
}

static void
test_clean_also_read_question_headline(void **state)
{
	(void) state;
	/* A long linked headline that ends in a question mark is still a link. */
	check_clean("The ferry resumed service on Monday after repairs to its hull were completed.\n"
				"\n"
				"Also read: What Does the New Ferry Deal Mean for Island Residents?\n"
				"\n"
				"Passengers said the crossing was calm.\n",
				"The ferry resumed service on Monday after repairs to its hull were completed.\n"
				"\n"
				"Passengers said the crossing was calm.");
}

static void
test_clean_related_block(void **state)
{
	(void) state;
	check_clean("Officials in the coastal province of Veradia said on Wednesday that a new ferry "
				"link to the outer islands would open before the summer season.\n"
				"\n"
				"Related News |\n"
				"Veradia Budget Debate Moves to Final Vote\n"
				"Fishermen Protest Over New Quota Rules\n"
				"Storm Warning Issued for Northern Coast\n"
				"\n"
				"The ferry will be operated by a private company under a ten-year concession.\n",
				"Officials in the coastal province of Veradia said on Wednesday that a new ferry "
				"link to the outer islands would open before the summer season.\n"
				"\n"
				"The ferry will be operated by a private company under a ten-year concession.");
}

static void
test_clean_related_block_short_article(void **state)
{
	(void) state;

	/*
	 * The same block in an article whose paragraphs are all one short line:
	 * still a web page, so the block goes and both paragraphs stay.
	 */
	check_clean("The council approved the ferry budget on Tuesday.\n"
				"\n"
				"Related News |\n"
				"Veradia Budget Debate Moves to Final Vote\n"
				"Fishermen Protest Over New Quota Rules\n"
				"Storm Warning Issued for Northern Coast\n"
				"\n"
				"The ferry will start running in May.\n",
				"The council approved the ferry budget on Tuesday.\n"
				"\n"
				"The ferry will start running in May.");
}

static void
test_clean_related_block_question_headline(void **state)
{
	(void) state;
	/* Related headlines may be questions; the whole block still goes. */
	check_clean("Officials in the coastal province of Veradia said on Wednesday that a new ferry "
				"link to the outer islands would open before the summer season.\n"
				"\n"
				"Related News |\n"
				"Veradia Budget Debate Moves to Final Vote\n"
				"Will the Island Ferry Survive Another Winter?\n"
				"Storm Warning Issued for Northern Coast\n"
				"\n"
				"The ferry will be operated by a private company under a ten-year concession.\n",
				"Officials in the coastal province of Veradia said on Wednesday that a new ferry "
				"link to the outer islands would open before the summer season.\n"
				"\n"
				"The ferry will be operated by a private company under a ten-year concession.");
}

static void
test_clean_navigation_menu(void **state)
{
	(void) state;
	check_clean("Home World Politics Business Tech Sports Culture Opinion Travel & Food\n"
				"\n"
				"The ferry resumed service on Monday after repairs to its hull were completed.\n",
				"The ferry resumed service on Monday after repairs to its hull were completed.");
}

static void
test_clean_author_avatar(void **state)
{
	(void) state;
	check_clean("Author Avatar\n"
				"\n"
				"The ferry resumed service on Monday after repairs to its hull were completed.\n",
				"The ferry resumed service on Monday after repairs to its hull were completed.");
}

static void
test_clean_byline_read_time(void **state)
{
	(void) state;
	check_clean("By Mara Quill - - 5 Mins Read\n"
				"\n"
				"The ferry resumed service on Monday after repairs to its hull were completed.\n",
				"The ferry resumed service on Monday after repairs to its hull were completed.");
}

static void
test_clean_plain_byline(void **state)
{
	(void) state;
	check_clean("By Mara Quill\n"
				"\n"
				"The ferry resumed service on Monday after repairs to its hull were completed.\n",
				"The ferry resumed service on Monday after repairs to its hull were completed.");
}

static void
test_clean_photo_credit(void **state)
{
	(void) state;
	check_clean("The ferry resumed service on Monday after repairs to its hull were completed.\n"
				"\n"
				"Tomas Reyes | NEWSFOTO/KL\n"
				"\n"
				"Passengers said the crossing was calm.\n",
				"The ferry resumed service on Monday after repairs to its hull were completed.\n"
				"\n"
				"Passengers said the crossing was calm.");
}

static void
test_clean_caption_repeated_with_credit(void **state)
{
	(void) state;
	check_clean("The ferry resumed service on Monday after repairs to its hull were completed.\n"
				"\n"
				"Crew members test a lifeboat at the Veradia harbour\n"
				"Crew members test a lifeboat at the Veradia harbour | Tomas Reyes - NEWSFOTO / Stock\n"
				"\n"
				"Passengers said the crossing was calm.\n",
				"The ferry resumed service on Monday after repairs to its hull were completed.\n"
				"\n"
				"Passengers said the crossing was calm.");
}

static void
test_clean_trailing_machine_stamp(void **state)
{
	(void) state;
	check_clean("The bridge will reopen in June, officials said.\n"
				"\n"
				"2024-03-28T01:27:19Z k3j4h5\n",
				"The bridge will reopen in June, officials said.");
	/* Also straight after the last paragraph, with trailing blank lines. */
	check_clean("The bridge will reopen in June, officials said.\n"
				"2024-03-28T01:27:19Z k3j4h5\n\n\n",
				"The bridge will reopen in June, officials said.");
}

static void
test_clean_leading_date_stamp(void **state)
{
	(void) state;
	check_clean(" date 2024-03-27 Officials in the northern province said on Tuesday that the "
				"bridge would reopen.\n"
				"\n"
				"Traffic will use the old ferry until then.\n",
				"Officials in the northern province said on Tuesday that the bridge would reopen.\n"
				"\n"
				"Traffic will use the old ferry until then.");
}

/* ---- prose that looks like furniture stays ------------------------------ */

static void
test_clean_keeps_all_caps_headline(void **state)
{
	(void) state;
	check_clean("STORM CUTS POWER TO COASTAL TOWNS\n"
				"\n"
				"Thousands of homes were without electricity on Sunday.\n",
				"STORM CUTS POWER TO COASTAL TOWNS\n"
				"\n"
				"Thousands of homes were without electricity on Sunday.");
}

static void
test_clean_keeps_title_case_subheading(void **state)
{
	(void) state;
	check_clean("The two ministers met for three hours on Friday.\n"
				"\n"
				"Talks on the Border\n"
				"\n"
				"Both sides said a new crossing for freight was possible.\n",
				"The two ministers met for three hours on Friday.\n"
				"\n"
				"Talks on the Border\n"
				"\n"
				"Both sides said a new crossing for freight was possible.");
}

static void
test_clean_keeps_dateline(void **state)
{
	(void) state;
	check_clean("Seoul: South Korea's weather agency issued heavy rain warnings for the capital "
				"on Thursday.\n",
				"Seoul: South Korea's weather agency issued heavy rain warnings for the capital "
				"on Thursday.");
	check_clean("Seoul: Rain is expected.\n", "Seoul: Rain is expected.");
}

static void
test_clean_keeps_by_the_end(void **state)
{
	(void) state;
	check_clean("By the end of the year, the operator expects to carry about 4,000 passengers a week.\n",
				"By the end of the year, the operator expects to carry about 4,000 passengers a week.");
	check_clean("By the end of the year, prices fell.\n",
				"By the end of the year, prices fell.");
}

static void
test_clean_keeps_share_prices(void **state)
{
	(void) state;
	check_clean("Share prices rose 5 percent on Monday.\n",
				"Share prices rose 5 percent on Monday.");
}

/* ---- whole articles ------------------------------------------------------ */

static void
test_clean_full_article(void **state)
{
	(void) state;
	check_clean(ARTICLE, ARTICLE_CLEAN);
}

static void
test_clean_is_idempotent(void **state)
{
	(void) state;
	/* Clean text holds no furniture, so cleaning it again changes nothing. */
	check_clean(ARTICLE_CLEAN, ARTICLE_CLEAN);
	check_clean(NEWSWIRE_CLEAN, NEWSWIRE_CLEAN);
}

static void
test_clean_controls_are_white_space_to_line_tests(void **state)
{
	(void) state;

	/*
	 * A control or format character before furniture hides it no more than
	 * a space would: the output shows it as white space, and cleaning the
	 * output again must not find furniture the first pass missed.
	 */
	check_clean("Intro.\n\x01" "BY Anna Lee\nThe talks ended.", "Intro.\n\nThe talks ended.");
	check_clean("Intro.\nBY Anna Lee\nThe talks ended.", "Intro.\n\nThe talks ended.");
	check_clean("Intro.\n\xE2\x80\x8EShare.\nThe talks ended.", "Intro.\n\nThe talks ended.");
	check_clean("\x01\x02Related News |\n\nMarkets rally as rates fall\n\n"
				"The talks ended on Friday after three days of meetings in the capital, officials said.",
				"The talks ended on Friday after three days of meetings in the capital, officials said.");
	check_clean("Related News |\n\nMarkets rally as rates fall\n\n"
				"The talks ended on Friday after three days of meetings in the capital, officials said.",
				"The talks ended on Friday after three days of meetings in the capital, officials said.");
	/* Inside prose they stay white space, as before. */
	check_clean("The talks\x01" "ended\xC2\xAD" "today.", "The talks ended today.");
}

static void
test_clean_spaces_are_white_space_to_line_tests(void **state)
{
	(void) state;

	/*
	 * The output shows a no-break or zero-width space, and a tab inside a
	 * line, as a space: the line tests see it so too, or cleaning the output
	 * again would find furniture that the first pass missed.
	 */
	check_clean("Intro.\n,\xE2\x80\x8B#\nThe talks ended.", "Intro.\n\nThe talks ended.");
	check_clean("Intro.\n, #\nThe talks ended.", "Intro.\n\nThe talks ended.");
	check_clean("Intro.\nBY\xC2\xA0" "Anna Lee\nThe talks ended.", "Intro.\n\nThe talks ended.");
	check_clean("Intro.\n\nA crane at the terminal\t| TIDEWIRE/Jane Roe\n\nThe talks ended.",
				"Intro.\n\nThe talks ended.");
	check_clean("Intro.\n\nA crane at the terminal | TIDEWIRE/Jane Roe\n\nThe talks ended.",
				"Intro.\n\nThe talks ended.");
	/* A tab that indents a line still opens a newswire paragraph. */
	check_clean("Port Hours Extended\n"
				"\n"
				"\tVESSMAR, March 27 (Tidewire) - The port authority of Vessmar said\n"
				"on Wednesday it would extend the opening hours of its container\n"
				"terminal after a week of delays. Dozens of ships have waited\n"
				"offshore since Friday.\n"
				"\tThe longer hours apply from April, the authority said. Operators\n"
				"welcomed the decision but said more cranes were needed.\n",
				NEWSWIRE_CLEAN);
}

static void
test_clean_newswire_rejoined(void **state)
{
	(void) state;
	check_clean(NEWSWIRE, NEWSWIRE_CLEAN);
}

static void
test_clean_newswire_share_line_kept(void **state)
{
	(void) state;
	/* "share." here is the end of a wrapped sentence, not a share button. */
	check_clean("    Vessmar Holdings said on Thursday it would pay a dividend of 12 cents a\n"
				"share.\n"
				"    The payout is the first since 2019, the company said in a\n"
				"statement. Its shares rose 2 percent in early trading.\n",
				"Vessmar Holdings said on Thursday it would pay a dividend of 12 cents a share.\n"
				"\n"
				"The payout is the first since 2019, the company said in a statement. Its shares "
				"rose 2 percent in early trading.");
}

static void
test_clean_newswire_trailing_stamp(void **state)
{
	char		in[sizeof(NEWSWIRE) + 64];

	(void) state;
	/* A machine stamp line right after the last wrapped line still goes. */
	snprintf(in, sizeof(in), "%s2024-03-28T01:27:19Z k3j4h5\n", NEWSWIRE);
	check_clean(in, NEWSWIRE_CLEAN);
}

static void
test_clean_newswire_sign_off(void **state)
{
	char		in[sizeof(NEWSWIRE) + 64];

	(void) state;
	/* The agency's sign-off paragraph is staff furniture. */
	snprintf(in, sizeof(in), "%s    (Reporting by Mara Quill; Editing by Tomas Reyes)\n",
			 NEWSWIRE);
	check_clean(in, NEWSWIRE_CLEAN);
}

int
run_clean_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clean_empty),
		cmocka_unit_test(test_clean_whitespace_only),
		cmocka_unit_test(test_clean_collapses_whitespace),
		cmocka_unit_test(test_clean_paragraph_separator),
		cmocka_unit_test(test_clean_control_characters),
		cmocka_unit_test(test_clean_invalid_utf8_passes_through),
		cmocka_unit_test(test_clean_share_and_exit_lines),
		cmocka_unit_test(test_clean_also_read),
		cmocka_unit_test(test_clean_also_read_question_headline),
		cmocka_unit_test(test_clean_related_block),
		cmocka_unit_test(test_clean_related_block_short_article),
		cmocka_unit_test(test_clean_related_block_question_headline),
		cmocka_unit_test(test_clean_navigation_menu),
		cmocka_unit_test(test_clean_author_avatar),
		cmocka_unit_test(test_clean_byline_read_time),
		cmocka_unit_test(test_clean_plain_byline),
		cmocka_unit_test(test_clean_photo_credit),
		cmocka_unit_test(test_clean_caption_repeated_with_credit),
		cmocka_unit_test(test_clean_trailing_machine_stamp),
		cmocka_unit_test(test_clean_leading_date_stamp),
		cmocka_unit_test(test_clean_keeps_all_caps_headline),
		cmocka_unit_test(test_clean_keeps_title_case_subheading),
		cmocka_unit_test(test_clean_keeps_dateline),
		cmocka_unit_test(test_clean_keeps_by_the_end),
		cmocka_unit_test(test_clean_keeps_share_prices),
		cmocka_unit_test(test_clean_full_article),
		cmocka_unit_test(test_clean_is_idempotent),
		cmocka_unit_test(test_clean_spaces_are_white_space_to_line_tests),
		cmocka_unit_test(test_clean_controls_are_white_space_to_line_tests),
		cmocka_unit_test(test_clean_newswire_rejoined),
		cmocka_unit_test(test_clean_newswire_share_line_kept),
		cmocka_unit_test(test_clean_newswire_trailing_stamp),
		cmocka_unit_test(test_clean_newswire_sign_off),
	};

	return cmocka_run_group_tests_name("clean", tests, NULL, NULL);
}
