/*
 * fuzz_claims.c — the claims of arbitrary bytes, with a small gazetteer
 * (or none).  Claims must lie inside the input and come in
 * order; texts, sources and quotations must lie inside the arena, sources
 * be non-empty and at most CL_CLAIM_MAX_SOURCES; a source implies a cue.
 * Each claim that is its span of the input is then keyed with the input's
 * own date expressions, as tracking does: the key holds its '|'.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "claim_key.h"
#include "claims.h"
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct found_dates
{
	const cl_env *env;
	cl_date_mention *items;
	size_t		count;
	size_t		cap;
} found_dates;

static void
keep_date(void *arg, const cl_date_mention *m)
{
	found_dates *f = arg;

	if (f->count == f->cap)
	{
		f->cap = f->cap ? f->cap * 2 : 8;
		f->items = f->items ? cl_resize(f->env, f->items, f->cap * sizeof(cl_date_mention))
			: cl_alloc(f->env, f->cap * sizeof(cl_date_mention));
	}
	f->items[f->count++] = *m;
}

/* The key and numbers of each claim that is its span of text, with text's dates and entities. */
static void
key_in_context(const cl_env *env, const cl_gazetteer *g, const char *text, size_t size,
			   const cl_claim_list *list)
{
	cl_date_options opt = {.has_anchor = true, .anchor = 19800};
	found_dates found = {.env = env};
	cl_entity_list ents;
	cl_buf		out;

	cl_entities(env, g, text, size, false, &ents);
	cl_dates_scan(env, text, size, &opt, keep_date, &found);
	cl_buf_init(&out, env, 64);
	for (size_t i = 0; i < list->count; i++)
	{
		const cl_claim *c = &list->items[i];

		if (c->text_len != c->len || memcmp(list->arena.data + c->text_off, text + c->start, c->len) != 0)
			continue;
		out.len = 0;
		cl_claim_key_in_context(env, text, c->start, c->len, found.items, found.count, &ents, &out);
		if (memchr(out.data, '|', out.len) == NULL || strlen(out.data) != out.len)
			abort();
		out.len = 0;
		(void) cl_claim_numbers_in_context(env, text, c->start, c->len, found.items, found.count, &out);
	}
	cl_buf_free(&out);
	cl_entity_list_free(env, &ents);
	if (found.items)
		cl_release(env, found.items);
}

static void
check(const cl_claim_list *list, size_t size)
{
	size_t		prev = 0;

	for (size_t i = 0; i < list->count; i++)
	{
		const cl_claim *c = &list->items[i];

		if (c->len == 0 || c->start < prev || c->start + c->len > size)
			abort();
		if (c->text_len == 0 || c->text_off + c->text_len > list->arena.len)
			abort();
		if (c->has_quote && (c->quote_len == 0 || c->quote_off + c->quote_len > list->arena.len))
			abort();
		if (c->source_count > CL_CLAIM_MAX_SOURCES ||
			c->source_first + c->source_count > list->nsources)
			abort();
		if (c->source_count > 0 && c->cue == NULL)
			abort();
		for (size_t k = 0; k < c->source_count; k++)
		{
			const cl_claim_source *s = &list->sources[c->source_first + k];

			if (s->len == 0 || s->off + s->len > list->arena.len)
				abort();
		}
		prev = c->start;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[][3] = {
		{"KCNA", "Korean Central News Agency", "o"}, {"AFP", "Agence France-Presse", "o"},
		{"Reuters", "Reuters", "o"}, {"North Korea", "North Korea", "l"},
		{"North Korean", "North Korea", "d"}, {"Russia", "Russia", "l"},
		{"Pyongyang", "Pyongyang", "l"}, {"Naryshkin", "Sergei Naryshkin", "p"},
	};
	unsigned long polls = 0;
	cl_env		env = fuzz_env(&polls);
	cl_gazetteer g;
	cl_claim_list list;
	char	   *text = malloc(size ? size : 1);

	if (size)
		memcpy(text, data, size);
	cl_gazetteer_init(&g, &env);
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		cl_gazetteer_add(&g, names[i][0], strlen(names[i][0]),
						 names[i][2][0] == 'o' ? CL_KIND_ORG : names[i][2][0] == 'p' ? CL_KIND_PERSON : CL_KIND_LOC,
						 names[i][1], strlen(names[i][1]), names[i][2][0] == 'd');
	cl_claims(&env, size % 2 ? &g : NULL, text, size, &list);
	check(&list, size);
	key_in_context(&env, size % 2 ? &g : NULL, text, size, &list);
	cl_claim_list_free(&env, &list);

	cl_gazetteer_free(&g);
	free(text);
	return 0;
}
