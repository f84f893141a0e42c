/*
 * unit_tests.h — the cmocka groups that make up build/unit_tests.  Each test
 * file exports one runner that returns its number of failed tests.
 */
#ifndef CL_UNIT_TESTS_H
#define CL_UNIT_TESTS_H

int			run_clean_tests(void);
int			run_sentences_tests(void);
int			run_pub_stamp_tests(void);
int			run_text_lines_tests(void);
int			run_env_tests(void);
int			run_entities_tests(void);
int			run_timex_tests(void);
int			run_dates_tests(void);
int			run_docsig_tests(void);
int			run_reuse_tests(void);
int			run_docsig_golden_tests(void);
int			run_docsig_lsh_tests(void);
int			run_passage_marks_tests(void);
int			run_claims_tests(void);
int			run_normalised_span_tests(void);

#endif
