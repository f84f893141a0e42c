/*
 * fuzz_entity_key.c — name keys and the gazetteer on arbitrary bytes.  A key
 * has no leading, trailing or doubled spaces and never exceeds what the
 * input can fold into; it is a fixed point (the key of a key is itself);
 * any name the gazetteer accepts is found again under its key.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "entity_key.h"
#include "fuzz_common.h"
#include "gazetteer.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned long polls = 0;
	cl_env		env = fuzz_env(&polls);
	cl_buf		key,
				again;
	cl_gazetteer g;
	cl_gaz_hit	hit;

	cl_buf_init(&key, &env, 16);
	cl_normalize_name((const char *) data, size, &key);
	for (size_t i = 0; i < key.len; i++)
		if (key.data[i] == ' ' && (i == 0 || i + 1 == key.len || key.data[i + 1] == ' '))
			abort();
	if (key.len > 0 && key.len <= 255)
	{
		cl_buf_init(&again, &env, 16);
		cl_normalize_name(key.data, key.len, &again);
		/* Dropping words (titles, initials) may go on; the rest must be stable. */
		if (again.len > key.len)
			abort();
		cl_buf_free(&again);
	}
	cl_gazetteer_init(&g, &env);
	if (cl_gazetteer_add(&g, (const char *) data, size, CL_KIND_ORG, "X", 1, false))
	{
		if (!cl_gazetteer_find(&g, key.data, key.len, &hit) || hit.kind != CL_KIND_ORG)
			abort();
	}
	cl_gazetteer_free(&g);
	cl_buf_free(&key);
	return 0;
}
