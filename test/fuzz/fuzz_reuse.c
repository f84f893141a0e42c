/*
 * fuzz_reuse.c — reuse() on two arbitrary texts.  The first byte picks
 * min_words (1 to 16); the rest is split at its first 0xFF byte into a and b
 * (without one, b is a copy of a).  Passages must lie inside both texts,
 * start and end on word characters, come in order without overlapping in a,
 * and have at least min_words matched words.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "reuse.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned long polls = 0;
	cl_env		env = fuzz_env(&polls);
	uint32_t	min_words;
	const uint8_t *sep;
	size_t		alen,
				blen;
	char	   *a,
			   *b;
	cl_reuse_span *spans;
	size_t		n;

	if (size < 1)
		return 0;
	min_words = 1 + data[0] % 16;
	data++, size--;
	sep = memchr(data, 0xFF, size);
	alen = sep ? (size_t) (sep - data) : size;
	blen = sep ? size - alen - 1 : size;
	a = malloc(alen ? alen : 1);
	b = malloc(blen ? blen : 1);
	if (alen)
		memcpy(a, data, alen);
	if (blen)
		memcpy(b, sep ? sep + 1 : data, blen);

	cl_reuse(&env, a, alen, b, blen, min_words, &spans, &n);
	for (size_t i = 0; i < n; i++)
	{
		if (spans[i].a_start >= spans[i].a_end || spans[i].a_end > alen ||
			spans[i].b_start >= spans[i].b_end || spans[i].b_end > blen ||
			spans[i].words < min_words ||
			(i > 0 && spans[i].a_start < spans[i - 1].a_end))
			abort();
		if ((unsigned char) a[spans[i].a_start] <= ' ' || (unsigned char) b[spans[i].b_start] <= ' ')
			abort();
	}
	free(spans);
	free(a);
	free(b);
	return 0;
}
