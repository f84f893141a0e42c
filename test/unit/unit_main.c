/*
 * unit_main.c — entry point of build/unit_tests: runs every cmocka group of
 * the core and exits with the total number of failed tests.
 */
#include <stdio.h>

#include "unit_tests.h"

int
main(void)
{
	int			failed = 0;

	failed += run_text_lines_tests();
	failed += run_pub_stamp_tests();
	failed += run_normalised_span_tests();
	failed += run_clean_tests();
	failed += run_sentences_tests();
	failed += run_env_tests();
	failed += run_entities_tests();
	failed += run_timex_tests();
	failed += run_dates_tests();
	failed += run_docsig_tests();
	failed += run_docsig_golden_tests();
	failed += run_docsig_lsh_tests();
	failed += run_reuse_tests();
	failed += run_passage_marks_tests();
	failed += run_claims_tests();
	printf("\nclaimlens core unit tests: %d failed\n", failed);
	return failed;
}
