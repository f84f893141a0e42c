/*
 * cl_buf.c — growable byte buffer; doubling growth keeps appends amortised O(1).
 */
#include "cl_buf.h"

#include <string.h>

void
cl_buf_init(cl_buf *buf, const cl_env *env, size_t reserve)
{
	buf->env = env;
	buf->len = 0;
	buf->cap = reserve < 16 ? 16 : reserve;
	buf->data = cl_alloc(env, buf->cap + 1);
	buf->data[0] = '\0';
}

void
cl_buf_reserve(cl_buf *buf, size_t extra)
{
	size_t		need;

	if (extra > ((size_t) -1) / 2 - buf->len)
		cl_fail(buf->env, CL_ERR_TOO_LARGE, "buffer size overflow");
	need = buf->len + extra;
	if (need <= buf->cap)
		return;
	while (buf->cap < need)
		buf->cap *= 2;
	buf->data = cl_resize(buf->env, buf->data, buf->cap + 1);
}

void
cl_buf_append(cl_buf *buf, const char *bytes, size_t n)
{
	if (n == 0)
		return;
	cl_buf_reserve(buf, n);
	memcpy(buf->data + buf->len, bytes, n);
	buf->len += n;
	buf->data[buf->len] = '\0';
}

void
cl_buf_push(cl_buf *buf, char byte)
{
	if (buf->len == buf->cap)
		cl_buf_reserve(buf, 1);
	buf->data[buf->len++] = byte;
	buf->data[buf->len] = '\0';
}

void
cl_buf_free(cl_buf *buf)
{
	cl_release(buf->env, buf->data);
	buf->data = NULL;
	buf->len = buf->cap = 0;
}
