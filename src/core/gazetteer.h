/*
 * gazetteer.h — known names for the entity recogniser: an in-memory hash
 * from the key of each alias (entity_key.h) to its entity's kind and
 * preferred name.  The host builds it once (the server from the gazetteer
 * tables, per backend) and passes it to cl_entities(); the core never reads
 * anything else.
 */
#ifndef CL_GAZETTEER_H
#define CL_GAZETTEER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cl_buf.h"
#include "cl_env.h"

typedef enum cl_entity_kind
{
	CL_KIND_NONE = 0,
	CL_KIND_PERSON,
	CL_KIND_ORG,
	CL_KIND_LOC
} cl_entity_kind;

/* Longest alias accepted, in bytes and in words; longer ones are ignored. */
#define CL_GAZ_MAX_ALIAS_BYTES 512
#define CL_GAZ_MAX_WORDS 8

typedef struct cl_gaz_hit
{
	cl_entity_kind kind;
	bool		demonym;		/* "Russian": refers to the entity, is not a mention */
	const char *canonical;		/* the entity's preferred name */
	size_t		canonical_len;
	const char *key;			/* entity_key of the preferred name */
	size_t		key_len;
} cl_gaz_hit;

struct cl_gaz_slot;

#define CL_GAZ_FILTER_WORDS 1024	/* 65536 bits */

/*
 * Could a name whose key starts with this word (folded, no spaces) be in the
 * gazetteer?  False means certainly not: the recogniser skips the lookups.
 */
#define cl_gazetteer_may_start(g, h) \
	(((g)->first_words[((h) >> 6) & (CL_GAZ_FILTER_WORDS - 1)] >> ((h) & 63)) & 1)

typedef struct cl_gazetteer
{
	const cl_env *env;
	cl_buf		arena;			/* keys and names, back to back */
	cl_buf		scratch;
	struct cl_gaz_slot *slots;
	size_t		nslots;			/* a power of two */
	size_t		count;
	int			max_words;		/* most words in any alias key */
	uint64_t	first_words[CL_GAZ_FILTER_WORDS];	/* bit set per hash of an alias's first word */
} cl_gazetteer;

void		cl_gazetteer_init(cl_gazetteer *g, const cl_env *env);

/*
 * Adds an alias of an entity.  Returns false (and adds nothing) when the
 * alias has no letters, is too long, or its key is already taken (the first
 * entry wins, except that a name wins over a demonym).
 */
bool		cl_gazetteer_add(cl_gazetteer *g, const char *alias, size_t alias_len,
							 cl_entity_kind kind, const char *canonical,
							 size_t canonical_len, bool demonym);

/* Looks up a key (already normalised).  The hit is valid until the next add. */
bool		cl_gazetteer_find(const cl_gazetteer *g, const char *key, size_t key_len,
							  cl_gaz_hit *hit);

void		cl_gazetteer_free(cl_gazetteer *g);

/* Stable 64-bit FNV-1a, also used for the recogniser's own tables. */
uint64_t	cl_name_hash(const char *s, size_t len);

#endif
