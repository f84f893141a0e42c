/*
 * clean.h — strip page furniture from a scraped article and normalise its
 * white space, keeping every sentence of prose and the paragraph breaks.
 */
#ifndef CL_CLEAN_H
#define CL_CLEAN_H

#include <stddef.h>

#include "cl_buf.h"
#include "cl_env.h"

/*
 * Append the cleaned article to out (initialised by the caller).
 * Paragraphs are separated by one blank line; inside a paragraph every run of
 * white space or control characters becomes one space.
 */
void		cl_clean(const cl_env *env, const char *text, size_t len, cl_buf *out);

#endif
