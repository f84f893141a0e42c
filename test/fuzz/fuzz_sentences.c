/*
 * fuzz_sentences.c — the sentence iterator on arbitrary bytes.  Spans must
 * lie inside the input, come in order without overlapping, be non-empty and
 * start and end on non-space bytes.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "sentences.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned long polls = 0;
	cl_env		env = fuzz_env(&polls);
	cl_sentence_iter it;
	size_t		start,
				len,
				prev_end = 0;
	char	   *text = malloc(size ? size : 1);

	if (size)
		memcpy(text, data, size);
	cl_sentences_begin(&it, &env, text, size);
	while (cl_sentences_next(&it, &start, &len))
	{
		if (len == 0 || start < prev_end || start + len > size)
			abort();
		if (text[start] == ' ' || text[start] == '\n' ||
			text[start + len - 1] == ' ' || text[start + len - 1] == '\n')
			abort();
		prev_end = start + len;
	}
	free(text);
	return 0;
}
