/*
 * text_lines.h — line scanning and paragraph layout shared by the cleaner and
 * the sentence splitter.
 *
 * Articles reach us in two layouts: one paragraph per line (web scrapes), or
 * newswire hard-wrapped at ~70 columns with indented paragraph starts.  The
 * layout decides whether a single line break ends a paragraph.
 */
#ifndef CL_TEXT_LINES_H
#define CL_TEXT_LINES_H

#include <stdbool.h>
#include <stddef.h>

#include "cl_env.h"

typedef struct cl_line
{
	size_t		start;			/* first byte of the line */
	size_t		end;			/* byte after the line, before its break */
	size_t		next;			/* first byte of the following line */
	size_t		tstart;			/* line with surrounding white space trimmed */
	size_t		tend;
	size_t		indent;			/* bytes of leading white space */
} cl_line;

/* Scan the line starting at pos (pos < len). */
void		cl_line_at(const char *text, size_t len, size_t pos, cl_line *line);

static inline bool
cl_line_blank(const cl_line *line)
{
	return line->tstart == line->tend;
}

/*
 * True when the text is hard-wrapped: its lines are short and most of them
 * stop mid-sentence.  Polls for interrupts while scanning.
 */
bool		cl_text_hard_wrapped(const cl_env *env, const char *text, size_t len);

/*
 * Whether a paragraph ends between a non-blank line and the line after it,
 * which starts at next (next <= len).
 */
bool		cl_paragraph_breaks_before(const char *text, size_t len, size_t next,
									   bool hard_wrapped);

#endif
