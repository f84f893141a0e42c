/*
 * clean.h — strip page furniture from a scraped article and normalise its
 * white space, keeping every sentence of prose and the paragraph breaks.
 */
#ifndef CL_CLEAN_H
#define CL_CLEAN_H

#include <stdbool.h>
#include <stddef.h>

#include "cl_buf.h"
#include "cl_env.h"

/*
 * Append the cleaned article to out (initialised by the caller).
 * Paragraphs are separated by one blank line; inside a paragraph every run of
 * white space or control characters becomes one space.
 */
void		cl_clean(const cl_env *env, const char *text, size_t len, cl_buf *out);

/*
 * The same walk without copying: each line of prose that cl_clean() keeps is
 * reported as text[start..end) of the input (trimmed; a leading publication
 * label already skipped), with new_paragraph true when it opens a paragraph.
 * Lines that hold only white space and control characters are not reported.
 */
typedef void (*cl_clean_line_sink) (void *arg, size_t start, size_t end, bool new_paragraph);

void		cl_clean_lines(const cl_env *env, const char *text, size_t len,
						   cl_clean_line_sink sink, void *arg);

/*
 * Like cl_clean_lines(), but exactly the lines whose text cl_clean()
 * appends, with its rule for blank lines (no character other than white
 * space and control characters, Unicode ones included): nothing else of the
 * input reaches cl_clean()'s output but white space and paragraph breaks.
 * (cl_clean_lines() reports a line of Unicode white space only, which
 * cl_clean() drops, and its paragraph state follows from that.)
 */
void		cl_clean_spans(const cl_env *env, const char *text, size_t len,
						   cl_clean_line_sink sink, void *arg);

#endif
