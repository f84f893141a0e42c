/*
 * claims.h — the statements of fact of a news article, each with its
 * attribution: who it is attributed to (the chain of sources, outermost
 * first), the reporting cue, the direct quotation it carries, and whether it
 * is hedged.
 *
 * A claim is a sentence of prose (page furniture, headlines and questions
 * are skipped) with its attribution clauses taken out: "X, according to
 * KCNA." gives the claim "X" attributed to KCNA; "“Q,” the report said, per
 * AFP." gives the claim "Q" attributed to {AFP, KCNA} when an earlier
 * sentence named "the KCNA report".  Sources are found through the entity
 * recogniser (entities.h) with the gazetteer the host passes in.  Spans are
 * byte offsets into the input.
 */
#ifndef CL_CLAIMS_H
#define CL_CLAIMS_H

#include <stdbool.h>
#include <stddef.h>

#include "cl_buf.h"
#include "cl_env.h"
#include "entities.h"
#include "gazetteer.h"

/* At most this many sources in one claim's chain. */
#define CL_CLAIM_MAX_SOURCES 4

typedef struct cl_claim
{
	size_t		start;			/* byte span of the claim's words in the text */
	size_t		len;
	size_t		text_off;		/* the claim, white space normalised, in the arena */
	size_t		text_len;
	size_t		source_first;	/* into cl_claim_list.sources */
	size_t		source_count;
	const char *cue;			/* normalised cue (static), or NULL: unattributed */
	bool		has_quote;
	size_t		quote_off;		/* the quotation without its marks, in the arena */
	size_t		quote_len;
	bool		hedged;
} cl_claim;

typedef struct cl_claim_source
{
	size_t		off;			/* name in the arena */
	size_t		len;
} cl_claim_source;

typedef struct cl_claim_list
{
	cl_claim   *items;
	size_t		count;
	size_t		cap;
	cl_claim_source *sources;
	size_t		nsources;
	size_t		sources_cap;
	cl_buf		arena;
} cl_claim_list;

/*
 * Finds the claims of text[0..len) in order.  gaz may be NULL (sources are
 * then found by the rules of the recogniser alone).  out must be released
 * with cl_claim_list_free().
 */
void		cl_claims(const cl_env *env, const cl_gazetteer *gaz, const char *text,
					  size_t len, cl_claim_list *out);

/*
 * The same, with the entities of text[0..len) already found:
 * cl_entities(env, gaz, text, len, false, ents), as cl_claims() runs it.
 * The list is only read.
 */
void		cl_claims_with_entities(const cl_env *env, const char *text, size_t len,
									const cl_entity_list *ents, cl_claim_list *out);

/* A span text[start..start + len) of a text. */
typedef struct cl_text_span
{
	size_t		start;
	size_t		len;
} cl_text_span;

/*
 * The same again, with the sentences of text[0..len) already found too:
 * sentences[0..nsentences) are the spans cl_sentences_next() gives for
 * text, in order.
 */
void		cl_claims_in_sentences(const cl_env *env, const char *text, size_t len,
								   const cl_entity_list *ents, const cl_text_span *sentences,
								   size_t nsentences, cl_claim_list *out);

void		cl_claim_list_free(const cl_env *env, cl_claim_list *list);

/* Whether every word of the vocabulary, and no other word, is found through its table (tests). */
bool		cl_claims_vocabulary_found(void);

#endif
