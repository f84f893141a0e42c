/*
 * claim_key.h — a key that puts the versions of one claim from different
 * outlets together, and the numbers a claim states.
 *
 * The key is "SUBJECT|WHEN" when the claim holds a date, else
 * "SUBJECT|WORDS":
 *
 *   SUBJECT  the claim's first person (the family name of its entity key:
 *            "naryshkin"), else its first organisation, else its first place,
 *            as entity keys (gazetteer aliases applied); empty if none.
 *   WHEN     the most precise date of the claim, coarsened: a day, week or
 *            month (or a range starting with one) gives its month ("2024-03"),
 *            a season, quarter, half or year gives the year ("2024"), a decade
 *            or century keeps its TIMEX3 value ("198X").  So "March 25 to 27"
 *            and "from March 25 to March 28" share "2024-03", and the versions
 *            can then be compared on their exact dates.
 *   WORDS    the claim's other content, order-free: entity keys (spaces as
 *            '_') and the stems of the remaining words, stop words, numbers,
 *            number words and date expressions dropped, sorted, unique, at
 *            most CL_KEY_MAX_WORDS.  When the claim has no subject but a date,
 *            WORDS follows WHEN: "|2024-03|...".
 */
#ifndef CL_CLAIM_KEY_H
#define CL_CLAIM_KEY_H

#include <stdbool.h>
#include <stddef.h>

#include "cl_buf.h"
#include "cl_env.h"
#include "dates.h"
#include "entities.h"
#include "gazetteer.h"

#define CL_KEY_MAX_WORDS 24

/* Appends the key of claim[0..len) to out.  gaz may be NULL. */
void		cl_claim_key(const cl_env *env, const cl_gazetteer *gaz, const char *claim,
						 size_t len, const cl_date_options *options, cl_buf *out);

/*
 * Appends the numbers that claim[0..len) states, in order, to out, each as a
 * NUL-terminated decimal ("7,000", "7000" and "seven thousand" are all
 * "7000"; "1.5 million" is "1500000"), and returns how many.  Numbers inside
 * date expressions (days, years), ordinals, numbers glued to letters
 * ("COVID-19", "F-16"), times of day ("9 a.m.", "10:30", "0900 GMT") and
 * numbered labels ("No. 5", "#4") are not counted.
 */
size_t		cl_claim_numbers(const cl_env *env, const char *claim, size_t len,
							 const cl_date_options *options, cl_buf *out);

/*
 * The key and the numbers of the claim text[base..base + len), with what the
 * caller found in its whole article text[0..): dates are the article's date
 * expressions and article_ents its entity mentions (cl_entities() of text),
 * in order, offsets in text, those wholly inside the claim counting.  A date
 * is then resolved as the article's own dates are (a "March 31" after the
 * article named 1986 is in 1986) and a name read as the article reads it (a
 * family name the article introduced earlier is that person), and the
 * claim's text is not scanned again.  Otherwise as cl_claim_key() and
 * cl_claim_numbers() of the claim alone.
 */
void		cl_claim_key_in_context(const cl_env *env, const char *text, size_t base, size_t len,
									const cl_date_mention *dates, size_t ndates,
									const cl_entity_list *article_ents, cl_buf *out);
size_t		cl_claim_numbers_in_context(const cl_env *env, const char *text, size_t base,
										size_t len, const cl_date_mention *dates, size_t ndates,
										cl_buf *out);

/* Whether every number word, and no other word, is found through its table (tests). */
bool		cl_claim_number_words_found(void);

/* Whether every stop word, and no other word, is found through its table (tests). */
bool		cl_claim_stop_words_found(void);

#endif
