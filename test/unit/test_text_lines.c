/*
 * test_text_lines.c — line scanning (cl_line_at), layout detection
 * (cl_text_hard_wrapped) and paragraph breaks (cl_paragraph_breaks_before);
 * and the ASCII class table that cl_char_at() reads instead of cl_classify().
 * Fixtures are fictional texts written for these tests.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "entity_key.h"
#include "text_chars.h"
#include "text_lines.h"
#include "unit_tests.h"

/* Newswire layout: lines of ~65 columns, paragraphs open with 4 spaces. */
static const char NEWSWIRE[] =
	"    VESSMAR, March 27 (Tidewire) - The port authority of Vessmar said\n"
	"on Wednesday it would extend the opening hours of its container\n"
	"terminal after a week of delays. Dozens of ships have waited\n"
	"offshore since Friday.\n"
	"    The longer hours apply from April, the authority said. Operators\n"
	"welcomed the decision but said more cranes were needed.\n";

/* Web layout: one paragraph per line, most lines far wider than a wrap. */
static const char WEB_LONG_LINES[] =
	"Officials in the coastal province of Veradia said on Wednesday that a new ferry link to the outer islands would open before the summer season.\n"
	"The provincial governor said talks with the neighbouring region on a shared crossing for freight would resume next month.\n"
	"Residents of the islands have asked for a year-round service for more than a decade, according to a local council report.\n";

/* Web layout with short paragraphs: every line is a whole sentence. */
static const char WEB_SHORT_LINES[] =
	"The council approved the ferry budget on Tuesday evening.\n"
	"Opposition members said the cost had been underestimated.\n"
	"The first crossing is planned for the middle of May.\n"
	"Tickets will go on sale at the harbour office next week.\n"
	"A second vessel could follow if demand is strong.\n";

/* The table answers as cl_classify() does, for every ASCII character. */
static void
test_ascii_class_table(void **state)
{
	(void) state;
	for (unsigned c = 0; c < 0x80; c++)
	{
		char		ch = (char) c;
		int			len = 0;
		uint32_t	cp = 0;

		assert_int_equal(cl_char_at(&ch, &ch + 1, &len, &cp), cl_classify(c));
		assert_int_equal(len, 1);
		assert_int_equal(cp, c);
	}
}

/* Folding ASCII: letters lower case, digits kept, the rest dropped. */
static void
test_fold_word_ascii(void **state)
{
	char		out[32];
	size_t		n;

	(void) state;
	n = cl_fold_word("O'Brien-2024 _X", 15, out, sizeof(out));
	assert_int_equal(n, 11);
	assert_memory_equal(out, "obrien2024x", 11);
	/* A word that does not fit gives 0. */
	assert_int_equal(cl_fold_word("Castlebay", 9, out, 8), 0);
	n = cl_fold_word("Ärzte", 6, out, sizeof(out));
	assert_int_equal(n, 5);
	assert_memory_equal(out, "arzte", 5);
}

static void
check_line(const char *text, size_t pos, size_t start, size_t end, size_t next,
		   size_t tstart, size_t tend, size_t indent)
{
	cl_line		line;

	memset(&line, 0xAB, sizeof(line));
	cl_line_at(text, strlen(text), pos, &line);
	assert_int_equal(line.start, start);
	assert_int_equal(line.end, end);
	assert_int_equal(line.next, next);
	assert_int_equal(line.tstart, tstart);
	assert_int_equal(line.tend, tend);
	assert_int_equal(line.indent, indent);
}

static bool
hard_wrapped(const char *text)
{
	return cl_text_hard_wrapped(&cl_stdlib_env, text, strlen(text));
}

static void
test_line_at_lf(void **state)
{
	(void) state;
	/* "ab\ncd": first line, then the last line without a break. */
	check_line("ab\ncd", 0, 0, 2, 3, 0, 2, 0);
	check_line("ab\ncd", 3, 3, 5, 5, 3, 5, 0);
	/* A text ending in a break: the next line starts at len. */
	check_line("ab\n", 0, 0, 2, 3, 0, 2, 0);
	/* An empty line between two breaks is blank. */
	check_line("ab\n\ncd", 3, 3, 3, 4, 3, 3, 0);
}

static void
test_line_at_crlf(void **state)
{
	(void) state;
	/* \r\n is one break: the line ends before \r, the next starts after \n. */
	check_line("ab\r\ncd", 0, 0, 2, 4, 0, 2, 0);
	check_line("ab\r\ncd", 4, 4, 6, 6, 4, 6, 0);
	check_line("ab\r\n", 0, 0, 2, 4, 0, 2, 0);
	/* An empty CRLF line. */
	check_line("ab\r\n\r\ncd", 4, 4, 4, 6, 4, 4, 0);
}

static void
test_line_at_cr(void **state)
{
	(void) state;
	/* A lone \r (old Mac files) also ends a line. */
	check_line("ab\rcd", 0, 0, 2, 3, 0, 2, 0);
	check_line("ab\rcd", 3, 3, 5, 5, 3, 5, 0);
	/* \r\r is two breaks: an empty line between them. */
	check_line("ab\r\rcd", 3, 3, 3, 4, 3, 3, 0);
}

static void
test_line_at_indent_and_trim(void **state)
{
	(void) state;
	/* Four spaces of newswire indentation. */
	check_line("    The port\n", 0, 0, 12, 13, 4, 12, 4);
	/* Tab and mixed white space count as indentation bytes. */
	check_line("\tab", 0, 0, 3, 3, 1, 3, 1);
	check_line(" \t ab  \t\n", 0, 0, 8, 9, 3, 5, 3);
	/* No-break space (2 bytes) and em space (3 bytes) indent too. */
	check_line("\xC2\xA0\xE2\x80\x83" "ab", 0, 0, 7, 7, 5, 7, 5);
	/* Trailing no-break space and ideographic space are trimmed. */
	check_line("ab \xC2\xA0\xE3\x80\x80\r\n", 0, 0, 8, 10, 0, 2, 0);
	/* A trailing letter outside ASCII is not white space. */
	check_line("caf\xC3\xA9 \n", 0, 0, 6, 7, 0, 5, 0);
	/* A line of white space only is blank. */
	check_line("   \nab", 0, 0, 3, 4, 3, 3, 3);
	/* Scanning may start in the middle of a line. */
	check_line("date 2024-03-27 Officials said\n", 16, 16, 30, 31, 16, 30, 0);
}

static void
test_line_blank(void **state)
{
	cl_line		line;

	(void) state;
	cl_line_at(" \t \n", 4, 0, &line);
	assert_true(cl_line_blank(&line));
	cl_line_at(" x \n", 4, 0, &line);
	assert_false(cl_line_blank(&line));
}

static void
test_hard_wrapped_newswire(void **state)
{
	(void) state;
	assert_true(hard_wrapped(NEWSWIRE));
}

static void
test_hard_wrapped_newswire_crlf(void **state)
{
	(void) state;
	assert_true(hard_wrapped(
		"    VESSMAR, March 27 (Tidewire) - The port authority of Vessmar said\r\n"
		"on Wednesday it would extend the opening hours of its container\r\n"
		"terminal after a week of delays. Dozens of ships have waited\r\n"
		"offshore since Friday.\r\n"
		"    The longer hours apply from April, the authority said. Operators\r\n"
		"welcomed the decision but said more cranes were needed.\r\n"));
}

static void
test_hard_wrapped_blank_line_paragraphs(void **state)
{
	(void) state;
	/* Wrapped text may separate its paragraphs by blank lines instead. */
	assert_true(hard_wrapped(
		"The port authority of Vessmar said on Wednesday it would extend\n"
		"the opening hours of its container terminal after a week of\n"
		"delays that left dozens of ships waiting offshore.\n"
		"\n"
		"The longer hours apply from April and will be reviewed after\n"
		"three months, the authority said in a statement.\n"));
}

static void
test_not_hard_wrapped_web_long_lines(void **state)
{
	(void) state;
	assert_false(hard_wrapped(WEB_LONG_LINES));
}

static void
test_not_hard_wrapped_web_short_lines(void **state)
{
	(void) state;
	/* Short lines, but every one ends its sentence: nothing was wrapped. */
	assert_false(hard_wrapped(WEB_SHORT_LINES));
}

static void
test_not_hard_wrapped_blank_separated(void **state)
{
	(void) state;
	assert_false(hard_wrapped(
		"The council approved the ferry budget on Tuesday evening\n"
		"\n"
		"Opposition members said the cost had been underestimated\n"
		"\n"
		"The first crossing is planned for the middle of May\n"));
}

static void
test_not_hard_wrapped_short_texts(void **state)
{
	(void) state;
	assert_false(hard_wrapped(""));
	assert_false(hard_wrapped("The council approved the ferry budget on Tuesday."));
	/* Two lines are too little evidence of a wrap width. */
	assert_false(hard_wrapped(
		"The council approved the ferry budget on Tuesday after\n"
		"a long debate.\n"));
}

static void
test_not_hard_wrapped_web_with_link_line(void **state)
{
	(void) state;

	/*
	 * Three web paragraphs; only the middle line (a link) lacks a full stop.
	 * One of two line pairs looks cut, which is not "most of them".
	 */
	assert_false(hard_wrapped(
		"The council approved the ferry budget on Tuesday evening.\n"
		"Also read: Island Schools Get New Science Labs This Year\n"
		"The first crossing is planned for the middle of May.\n"));
}

static void
test_paragraph_breaks(void **state)
{
	const char *t = NEWSWIRE;
	size_t		len = strlen(t);
	cl_line		first;

	(void) state;
	cl_line_at(t, len, 0, &first);
	/* Web layout: every line break ends a paragraph. */
	assert_true(cl_paragraph_breaks_before(t, len, first.next, false));
	/* Hard-wrapped: an unindented continuation line does not. */
	assert_false(cl_paragraph_breaks_before(t, len, first.next, true));
	/* The end of the text always ends a paragraph. */
	assert_true(cl_paragraph_breaks_before(t, len, len, true));
	/* An indented line (spaces or a tab) or a blank line starts a new one. */
	assert_true(cl_paragraph_breaks_before("a\n    b", 7, 2, true));
	assert_true(cl_paragraph_breaks_before("a\n\tb", 4, 2, true));
	assert_true(cl_paragraph_breaks_before("a\n\nb", 4, 2, true));
	assert_false(cl_paragraph_breaks_before("a\nb", 3, 2, true));
}

int
run_text_lines_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_line_at_lf),
		cmocka_unit_test(test_line_at_crlf),
		cmocka_unit_test(test_line_at_cr),
		cmocka_unit_test(test_line_at_indent_and_trim),
		cmocka_unit_test(test_line_blank),
		cmocka_unit_test(test_hard_wrapped_newswire),
		cmocka_unit_test(test_hard_wrapped_newswire_crlf),
		cmocka_unit_test(test_hard_wrapped_blank_line_paragraphs),
		cmocka_unit_test(test_not_hard_wrapped_web_long_lines),
		cmocka_unit_test(test_not_hard_wrapped_web_short_lines),
		cmocka_unit_test(test_not_hard_wrapped_blank_separated),
		cmocka_unit_test(test_not_hard_wrapped_short_texts),
		cmocka_unit_test(test_not_hard_wrapped_web_with_link_line),
		cmocka_unit_test(test_paragraph_breaks),
		cmocka_unit_test(test_ascii_class_table),
		cmocka_unit_test(test_fold_word_ascii),
	};

	return cmocka_run_group_tests_name("text_lines", tests, NULL, NULL);
}
