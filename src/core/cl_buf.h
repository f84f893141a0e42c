/*
 * cl_buf.h — a growable byte buffer whose memory comes from a cl_env.
 */
#ifndef CL_BUF_H
#define CL_BUF_H

#include <stddef.h>

#include "cl_env.h"

typedef struct cl_buf
{
	char	   *data;			/* always NUL-terminated once allocated */
	size_t		len;
	size_t		cap;
	const cl_env *env;
} cl_buf;

void		cl_buf_init(cl_buf *buf, const cl_env *env, size_t reserve);
void		cl_buf_reserve(cl_buf *buf, size_t extra);
void		cl_buf_append(cl_buf *buf, const char *bytes, size_t n);
void		cl_buf_push(cl_buf *buf, char byte);
void		cl_buf_free(cl_buf *buf);

#endif
