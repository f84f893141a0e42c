/*
 * gazetteer.c — the alias hash of gazetteer.h: open addressing with linear
 * probing over offsets into one arena, so growth never leaves a dangling
 * pointer and freeing is two releases.
 */
#include "gazetteer.h"

#include <string.h>

#include "entity_key.h"

typedef struct cl_gaz_slot
{
	uint64_t	hash;			/* 0 = empty */
	size_t		key_off;
	size_t		key_len;
	size_t		canon_off;
	size_t		canon_len;
	size_t		ckey_off;
	size_t		ckey_len;
	uint8_t		kind;
	uint8_t		demonym;
} cl_gaz_slot;

uint64_t
cl_name_hash(const char *s, size_t len)
{
	uint64_t	h = 0xcbf29ce484222325ULL;

	for (size_t i = 0; i < len; i++)
	{
		h ^= (unsigned char) s[i];
		h *= 0x100000001b3ULL;
	}
	return h ? h : 1;
}

void
cl_gazetteer_init(cl_gazetteer *g, const cl_env *env)
{
	g->env = env;
	cl_buf_init(&g->arena, env, 4096);
	cl_buf_init(&g->scratch, env, 256);
	g->nslots = 64;
	g->slots = cl_alloc(env, g->nslots * sizeof(cl_gaz_slot));
	memset(g->slots, 0, g->nslots * sizeof(cl_gaz_slot));
	g->count = 0;
	g->max_words = 1;
	memset(g->first_words, 0, sizeof(g->first_words));
}

static cl_gaz_slot *
probe(const cl_gazetteer *g, uint64_t h, const char *key, size_t len)
{
	size_t		mask = g->nslots - 1;
	size_t		i = (size_t) h & mask;

	for (;;)
	{
		cl_gaz_slot *s = &g->slots[i];

		if (s->hash == 0)
			return s;
		if (s->hash == h && s->key_len == len &&
			memcmp(g->arena.data + s->key_off, key, len) == 0)
			return s;
		i = (i + 1) & mask;
	}
}

static void
grow(cl_gazetteer *g)
{
	cl_gaz_slot *old = g->slots;
	size_t		oldn = g->nslots;

	g->nslots *= 2;
	g->slots = cl_alloc(g->env, g->nslots * sizeof(cl_gaz_slot));
	memset(g->slots, 0, g->nslots * sizeof(cl_gaz_slot));
	for (size_t i = 0; i < oldn; i++)
		if (old[i].hash != 0)
			*probe(g, old[i].hash, g->arena.data + old[i].key_off, old[i].key_len) = old[i];
	cl_release(g->env, old);
}

bool
cl_gazetteer_add(cl_gazetteer *g, const char *alias, size_t alias_len,
				 cl_entity_kind kind, const char *canonical, size_t canonical_len,
				 bool demonym)
{
	size_t		key_off,
				key_len,
				ckey_off;
	int			words = 1;
	uint64_t	h;
	cl_gaz_slot *s;

	if (alias_len == 0 || alias_len > CL_GAZ_MAX_ALIAS_BYTES ||
		canonical_len == 0 || canonical_len > CL_GAZ_MAX_ALIAS_BYTES ||
		kind < CL_KIND_PERSON || kind > CL_KIND_LOC)
		return false;
	key_off = g->arena.len;
	cl_normalize_name_with(alias, alias_len, &g->arena, &g->scratch);
	key_len = g->arena.len - key_off;
	for (size_t i = 0; i < key_len; i++)
		words += (g->arena.data[key_off + i] == ' ');
	if (key_len == 0 || words > CL_GAZ_MAX_WORDS)
	{
		g->arena.len = key_off;
		return false;
	}
	h = cl_name_hash(g->arena.data + key_off, key_len);
	s = probe(g, h, g->arena.data + key_off, key_len);
	if (s->hash != 0 && !(s->demonym && !demonym))
	{
		g->arena.len = key_off;
		return false;
	}
	if (s->hash == 0)
		g->count++;
	s->hash = h;
	s->key_off = key_off;
	s->key_len = key_len;
	s->canon_off = g->arena.len;
	s->canon_len = canonical_len;
	cl_buf_append(&g->arena, canonical, canonical_len);
	ckey_off = g->arena.len;
	cl_normalize_name_with(canonical, canonical_len, &g->arena, &g->scratch);
	s->ckey_off = ckey_off;
	s->ckey_len = g->arena.len - ckey_off;
	s->kind = (uint8_t) kind;
	s->demonym = demonym;
	if (words > g->max_words)
		g->max_words = words;
	{
		const char *k = g->arena.data + key_off;
		size_t		fl = 0;
		uint64_t	fh;

		while (fl < key_len && k[fl] != ' ')
			fl++;
		fh = cl_name_hash(k, fl);
		g->first_words[(fh >> 6) & (CL_GAZ_FILTER_WORDS - 1)] |= (uint64_t) 1 << (fh & 63);
	}
	if (g->count * 2 > g->nslots)
		grow(g);
	return true;
}

bool
cl_gazetteer_find(const cl_gazetteer *g, const char *key, size_t key_len, cl_gaz_hit *hit)
{
	cl_gaz_slot *s;

	if (g == NULL || g->count == 0 || key_len == 0)
		return false;
	s = probe(g, cl_name_hash(key, key_len), key, key_len);
	if (s->hash == 0)
		return false;
	hit->kind = (cl_entity_kind) s->kind;
	hit->demonym = s->demonym;
	hit->canonical = g->arena.data + s->canon_off;
	hit->canonical_len = s->canon_len;
	hit->key = g->arena.data + s->ckey_off;
	hit->key_len = s->ckey_len;
	return true;
}

void
cl_gazetteer_free(cl_gazetteer *g)
{
	cl_buf_free(&g->arena);
	cl_buf_free(&g->scratch);
	cl_release(g->env, g->slots);
	g->slots = NULL;
	g->nslots = g->count = 0;
}
