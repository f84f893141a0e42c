/*
 * fuzz_clean.c — cl_clean on arbitrary bytes.  Checks that the output never
 * grows past what paragraph separators can add, holds no control characters
 * but the paragraph breaks, and has no doubled spaces.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clean.h"
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned long polls = 0;
	cl_env		env = fuzz_env(&polls);
	cl_buf		out;
	char	   *text = malloc(size ? size : 1);

	if (size)
		memcpy(text, data, size);
	cl_buf_init(&out, &env, size);
	cl_clean(&env, text, size, &out);
	if (out.len > size * 2 + 2)
		abort();
	for (size_t i = 0; i < out.len; i++)
	{
		unsigned char c = (unsigned char) out.data[i];

		if ((c < 0x20 && c != '\n') || c == 0x7F)
			abort();
		if (c == ' ' && i + 1 < out.len && out.data[i + 1] == ' ')
			abort();
	}
	if (out.len > 0 && (out.data[0] == ' ' || out.data[0] == '\n'))
		abort();
	cl_buf_free(&out);
	free(text);
	return 0;
}
