/*
 * fuzz_entities.c — the recogniser on arbitrary bytes, with a small
 * gazetteer, with and without demonyms.  Mentions must lie inside the input,
 * come in order without overlapping, be non-empty and have a kind; keys and
 * canonical names must lie inside the result arena.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "entities.h"
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(const cl_entity_list *list, size_t size)
{
	size_t		prev_end = 0;

	for (size_t i = 0; i < list->count; i++)
	{
		const cl_entity *e = &list->items[i];

		if (e->len == 0 || e->start < prev_end || e->start + e->len > size)
			abort();
		if (e->kind < CL_KIND_PERSON || e->kind > CL_KIND_LOC)
			abort();
		if (e->canonical_off + e->canonical_len > list->arena.len ||
			e->key_off + e->key_len > list->arena.len || e->canonical_len == 0)
			abort();
		prev_end = e->start + e->len;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[][3] = {
		{"North Korea", "North Korea", "f"}, {"DPRK", "North Korea", "f"},
		{"North Korean", "North Korea", "t"}, {"Russia", "Russia", "f"},
		{"Russian", "Russia", "t"}, {"Pyongyang", "Pyongyang", "f"},
		{"Reuters", "Reuters", "f"}, {"KCNA", "Korean Central News Agency", "f"},
		{"U.S.", "United States", "f"}, {"Vladimir Putin", "Vladimir Putin", "f"},
		{"Putin", "Vladimir Putin", "f"}, {"Bosnia and Herzegovina", "Bosnia and Herzegovina", "f"},
	};
	unsigned long polls = 0;
	cl_env		env = fuzz_env(&polls);
	cl_gazetteer g;
	cl_entity_list list;
	char	   *text = malloc(size ? size : 1);

	if (size)
		memcpy(text, data, size);
	cl_gazetteer_init(&g, &env);
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		cl_gazetteer_add(&g, names[i][0], strlen(names[i][0]), i % 3 == 1 ? CL_KIND_ORG : CL_KIND_LOC,
						 names[i][1], strlen(names[i][1]), names[i][2][0] == 't');
	cl_entities(&env, &g, text, size, false, &list);
	check(&list, size);
	cl_entity_list_free(&env, &list);
	cl_entities(&env, size % 2 ? &g : NULL, text, size, true, &list);
	check(&list, size);
	cl_entity_list_free(&env, &list);
	cl_gazetteer_free(&g);
	free(text);
	return 0;
}
