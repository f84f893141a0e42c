/*
 * pg_glue.h — what every fmgr wrapper of claimlens shares: the cl_env that
 * plugs palloc, ereport and CHECK_FOR_INTERRUPTS into the core, and the
 * conversion of text arguments to the UTF-8 the core reads.
 */
#ifndef CLAIMLENS_PG_GLUE_H
#define CLAIMLENS_PG_GLUE_H

#include "postgres.h"

#include "cl_env.h"

/* The core's services in the server; memory comes from CurrentMemoryContext. */
extern const cl_env claimlens_pg_env;

/*
 * A text argument as the core sees it.  In UTF8 and SQL_ASCII databases the
 * bytes are used in place; other encodings are converted to UTF-8 and back.
 */
typedef struct cl_pg_text
{
	const char *data;
	size_t		len;
	bool		converted;		/* data is UTF-8 converted from the database encoding */
	bool		bytes_are_chars;	/* SQL_ASCII: offsets count bytes */
} cl_pg_text;

void		cl_pg_text_from(text *t, cl_pg_text *out);

/* Make a text datum from core output (UTF-8 if the input was converted). */
text	   *cl_pg_text_result(const cl_pg_text *in, const char *data, size_t len);

/*
 * Character offsets: the glue walks the input once, left to right, turning
 * the core's byte offsets into the character offsets SQL's substr() uses.
 */
typedef struct cl_pg_char_cursor
{
	const cl_pg_text *text;
	size_t		byte_pos;
	int64		char_pos;
} cl_pg_char_cursor;

void		cl_pg_char_cursor_init(cl_pg_char_cursor *cur, const cl_pg_text *text);
/* Character offset of byte offset pos (pos must not go backwards). */
int32		cl_pg_char_offset(cl_pg_char_cursor *cur, size_t pos);

/*
 * The gazetteer cached by this backend (entity_funcs.c), rebuilt when its
 * tables changed.  Call it before InitMaterializedSRF(): it may run SPI.
 */
struct cl_gazetteer;
const struct cl_gazetteer *claimlens_gazetteer(void);

#endif
