/*
 * entities.h — rule-based recognition of people, organisations and places in
 * news text, with variants merged into one key per entity.
 *
 * Names are found from capitalisation and context (titles, organisation and
 * place words, reporting verbs, given names, "director of", "in"), and from
 * the gazetteer the host passes in.  Inside one text, a surname alone
 * resolves to the full name used elsewhere and an acronym to the expansion
 * given in brackets.  Spans are byte offsets into the input.
 */
#ifndef CL_ENTITIES_H
#define CL_ENTITIES_H

#include <stdbool.h>
#include <stddef.h>

#include "cl_buf.h"
#include "cl_env.h"
#include "gazetteer.h"

typedef struct cl_entity
{
	size_t		start;			/* byte offset of the surface */
	size_t		len;
	cl_entity_kind kind;
	size_t		canonical_off;	/* in the list's arena */
	size_t		canonical_len;
	size_t		key_off;
	size_t		key_len;
} cl_entity;

typedef struct cl_entity_list
{
	cl_entity  *items;
	size_t		count;
	size_t		cap;
	cl_buf		arena;
} cl_entity_list;

/* Text names of kinds as SQL shows them. */
const char *cl_entity_kind_name(cl_entity_kind kind);

/*
 * Finds the entity mentions of text[0..len) in order.  gaz may be NULL.
 * With demonyms, "Russian" is reported as a mention of the country.
 * out must be released with cl_entity_list_free().
 */
void		cl_entities(const cl_env *env, const cl_gazetteer *gaz, const char *text,
						size_t len, bool demonyms, cl_entity_list *out);

void		cl_entity_list_free(const cl_env *env, cl_entity_list *list);

#endif
