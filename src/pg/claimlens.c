/*
 * claimlens.c — module entry point and the core's services in the server.
 */
#include "pg_glue.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "miscadmin.h"
#include "utils/memutils.h"

#include "docsig_lsh_pages.h"
#include "settings.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	claimlens_define_settings();
	claimlens_lsh_define_reloptions();
}

static void *
pg_alloc(void *host, size_t size)
{
	(void) host;
	return palloc_extended(size, MCXT_ALLOC_HUGE);
}

static void *
pg_resize(void *host, void *ptr, size_t size)
{
	(void) host;
	return repalloc_huge(ptr, size);
}

static void
pg_release(void *host, void *ptr)
{
	(void) host;
	pfree(ptr);
}

static void
pg_error(void *host, cl_error code, const char *message)
{
	int			sqlstate;

	(void) host;
	switch (code)
	{
		case CL_ERR_OUT_OF_MEMORY:
			sqlstate = ERRCODE_OUT_OF_MEMORY;
			break;
		case CL_ERR_TOO_LARGE:
			sqlstate = ERRCODE_PROGRAM_LIMIT_EXCEEDED;
			break;
		default:
			sqlstate = ERRCODE_INVALID_PARAMETER_VALUE;
			break;
	}
	ereport(ERROR, (errcode(sqlstate), errmsg("claimlens: %s", message)));
}

static void
pg_check_interrupts(void *host)
{
	(void) host;
	CHECK_FOR_INTERRUPTS();
}

const cl_env claimlens_pg_env = {
	pg_alloc, pg_resize, pg_release, pg_error, pg_check_interrupts, NULL
};

void
cl_pg_text_from(text *t, cl_pg_text *out)
{
	int			encoding = GetDatabaseEncoding();
	const char *data = VARDATA_ANY(t);
	size_t		len = VARSIZE_ANY_EXHDR(t);

	out->converted = false;
	out->bytes_are_chars = (encoding == PG_SQL_ASCII);
	if (encoding != PG_UTF8 && encoding != PG_SQL_ASCII && len > 0)
	{
		char	   *utf8 = (char *) pg_do_encoding_conversion((unsigned char *) data,
															  (int) len, encoding, PG_UTF8);

		if (utf8 != data)
		{
			data = utf8;
			len = strlen(utf8);
			out->converted = true;
		}
	}
	out->data = data;
	out->len = len;
}

text *
cl_pg_text_result(const cl_pg_text *in, const char *data, size_t len)
{
	if (len > MaxAllocSize - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("claimlens: result of %zu bytes exceeds the maximum text size", len)));
	if (in->converted && len > 0)
	{
		char	   *local = (char *) pg_do_encoding_conversion((unsigned char *) data,
															   (int) len, PG_UTF8,
															   GetDatabaseEncoding());

		if (local != data)
			return cstring_to_text(local);
	}
	return cstring_to_text_with_len(data, (int) len);
}

void
cl_pg_char_cursor_init(cl_pg_char_cursor *cur, const cl_pg_text *text)
{
	cur->text = text;
	cur->byte_pos = 0;
	cur->char_pos = 0;
}

int32
cl_pg_char_offset(cl_pg_char_cursor *cur, size_t pos)
{
	Assert(pos >= cur->byte_pos && pos <= cur->text->len);
	if (cur->text->bytes_are_chars)
		cur->char_pos = (int64) pos;
	else
	{
		const unsigned char *p = (const unsigned char *) cur->text->data;
		size_t		i = cur->byte_pos;
		int64		chars = 0;

		/*
		 * Every byte but a UTF-8 continuation byte (10xxxxxx) starts a
		 * character.  Thirty-two bytes at a time: all ASCII is the common
		 * case; otherwise flag the continuation bytes (bit 7 set, bit 6
		 * clear) in each word and add up the flags with one multiply.
		 */
		for (; pos - i >= 32; i += 32)
		{
			uint64		w[4];

			memcpy(w, p + i, 32);
			chars += 32;
			if (((w[0] | w[1] | w[2] | w[3]) & UINT64CONST(0x8080808080808080)) == 0)
				continue;
			for (int k = 0; k < 4; k++)
			{
				uint64		cont = w[k] & ~(w[k] << 1) & UINT64CONST(0x8080808080808080);

				chars -= (int64) (((cont >> 7) * UINT64CONST(0x0101010101010101)) >> 56);
			}
		}
		for (; pos - i >= 8; i += 8)
		{
			uint64		w;
			uint64		cont;

			memcpy(&w, p + i, 8);
			cont = w & ~(w << 1) & UINT64CONST(0x8080808080808080);
			chars += 8 - (int64) (((cont >> 7) * UINT64CONST(0x0101010101010101)) >> 56);
		}
		for (; i < pos; i++)
			chars += ((p[i] & 0xC0) != 0x80);
		cur->char_pos += chars;
	}
	cur->byte_pos = pos;
	return (int32) cur->char_pos;
}
