/*
 * entity_key.h — the variant-insensitive form of a name.
 *
 * Case and diacritics are folded (utf8proc), punctuation and hyphens become
 * word breaks (Kim Jong-un = Kim Jong Un), initialisms join (U.S. = US),
 * possessives go (Russia's = Russia), middle initials go (Sergei E.
 * Naryshkin = Sergei Naryshkin), and leading titles go (President Vladimir
 * Putin, Mr. Putin) unless the name is an organisation's (State Department).
 * Words are joined by single spaces.  Gazetteer aliases are not applied
 * here: that needs the tables, so it happens in the SQL-level entity_key().
 */
#ifndef CL_ENTITY_KEY_H
#define CL_ENTITY_KEY_H

#include <stddef.h>

#include "cl_buf.h"
#include "cl_env.h"

/* Names longer than this are cut at a word break; keys stay small. */
#define CL_NAME_MAX_BYTES 4096

/* Appends the key of name[0..len) to out (nothing for a name without letters). */
void		cl_normalize_name(const char *name, size_t len, cl_buf *out);
/* The same with a caller's scratch buffer (no allocation once it has grown). */
void		cl_normalize_name_with(const char *name, size_t len, cl_buf *out,
								   cl_buf *scratch);

/*
 * Folds one word into dst (room for cap bytes): lowercase, no diacritics,
 * apostrophes, hyphens and periods dropped.  Returns the length, or 0 if it
 * does not fit.  For vocabulary lookups.
 */
struct cl_gazetteer;

/*
 * Sets out to the entity key of a name: cl_normalize_name(), replaced by the
 * key of the gazetteer entry it names, if any (gaz may be NULL).
 */
void		cl_entity_key(const struct cl_gazetteer *gaz, const char *name, size_t len,
						  cl_buf *out);

size_t		cl_fold_word(const char *word, size_t len, char *dst, size_t cap);

#endif
