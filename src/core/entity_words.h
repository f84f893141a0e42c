/*
 * entity_words.h — the small vocabularies the entity recogniser reads from
 * context: titles, organisation and place words, reporting verbs, given
 * names, sentence starters.  One generated table, looked up by hash.
 */
#ifndef CL_ENTITY_WORDS_H
#define CL_ENTITY_WORDS_H

#include <stddef.h>
#include <stdint.h>

enum
{
	CL_W_TITLE = 1 << 0,		/* President, Minister, Dr, Gen: a person follows */
	CL_W_HONORIFIC = 1 << 1,	/* dropped from keys: Mr, President, Minister */
	CL_W_ORG_TAIL = 1 << 2,		/* Agency, Service, Inc: ends an organisation */
	CL_W_ORG_HEAD = 1 << 3,		/* Ministry, University, Bank: "X of Y" */
	CL_W_LOC_WORD = 1 << 4,		/* River, Island, City: a place name */
	CL_W_CONNECTOR = 1 << 5,	/* of, de, van, al: lowercase inside names */
	CL_W_STARTER = 1 << 6,		/* The, According, However: not a name */
	CL_W_CALENDAR = 1 << 7,		/* months and weekdays */
	CL_W_REPORT = 1 << 8,		/* said, told, reported */
	CL_W_ROLE = 1 << 9,			/* lowercase role nouns: spokesman, leader */
	CL_W_GIVEN = 1 << 10,		/* common given names */
	CL_W_SURNAME_FIRST = 1 << 11,	/* East Asian surnames written first */
	CL_W_LOC_PREP = 1 << 12,	/* in, near, from: a place may follow */
	CL_W_DOMAIN = 1 << 13,		/* Security, Foreign, Affairs: after "Minister of" */
	CL_W_ORG_PREP = 1 << 14,	/* for, of after a role: an organisation may follow */
	CL_W_PLACE_NOUN = 1 << 15,	/* port, city, capital: "port of X" is a place */
	CL_W_EVENT = 1 << 16		/* War, Crisis, Summit: "Cold War" names no one */
};

/* Longer words are in no class. */
#define CL_ENTITY_WORD_MAX 24

/* Flags of a folded (lowercase ASCII, no final period) word; 0 if unknown. */
uint32_t	cl_entity_word_flags(const char *word, size_t len);

/*
 * The same for a word of ASCII letters and digits in any case: its flags are
 * those of its lowercase form, folded on the way.
 */
uint32_t	cl_entity_word_flags_ascii(const char *word, size_t len);

#endif
