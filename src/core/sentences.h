/*
 * sentences.h — sentence boundaries in news prose.
 *
 * Holds up on initials ("Sergei E. Naryshkin"), abbreviations ("U.S.",
 * "Mr.", "Oct. 14"), decimals, quotations that close after the full stop, and
 * headlines without final punctuation (a paragraph always ends a sentence).
 * Spans are byte offsets into the input; the glue turns them into characters.
 * The iterator holds no allocation, so a 100 MB text costs no extra memory.
 */
#ifndef CL_SENTENCES_H
#define CL_SENTENCES_H

#include <stdbool.h>
#include <stddef.h>

#include "cl_env.h"

typedef struct cl_sentence_iter
{
	const cl_env *env;
	const char *text;
	size_t		len;
	bool		hard_wrapped;
	size_t		pos;			/* where the next sentence may start */
	size_t		para_end;		/* end of the current paragraph (trimmed) */
	size_t		scanned;		/* bytes since the last interrupt check */
} cl_sentence_iter;

void		cl_sentences_begin(cl_sentence_iter *it, const cl_env *env,
							   const char *text, size_t len);

/* Next sentence as [*start, *start + *len); false at the end of the text. */
bool		cl_sentences_next(cl_sentence_iter *it, size_t *start, size_t *len);

#endif
