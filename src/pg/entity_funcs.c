/*
 * entity_funcs.c — SQL functions over entities: entities(), entity_key(),
 * normalize_name(), and the per-backend cache of the gazetteer tables.
 *
 * The gazetteer is read once per backend into a cl_gazetteer that lives in
 * its own memory context.  A statement trigger on the two tables sends a
 * relcache invalidation for them; the callback registered here marks the
 * cache stale, so the next call, in this backend or any other, rebuilds it.
 */
#include "pg_glue.h"

#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/tuplestore.h"

#include "cl_buf.h"
#include "entities.h"
#include "entity_key.h"
#include "gazetteer.h"

PG_FUNCTION_INFO_V1(claimlens_entities);
PG_FUNCTION_INFO_V1(claimlens_entity_key);
PG_FUNCTION_INFO_V1(claimlens_normalize_name);
PG_FUNCTION_INFO_V1(claimlens_gazetteer_changed);

/* The per-backend cache; rebuilt whenever an invalidation names a table. */
static MemoryContext gaz_context = NULL;
static cl_gazetteer *gaz_cache = NULL;
static bool gaz_valid = false;
static bool gaz_callback_registered = false;
static Oid	gaz_relids[2] = {InvalidOid, InvalidOid};

static void
gazetteer_invalidate(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == gaz_relids[0] || relid == gaz_relids[1])
		gaz_valid = false;
}

static cl_entity_kind
kind_from_text(const char *kind)
{
	if (strcmp(kind, "person") == 0)
		return CL_KIND_PERSON;
	if (strcmp(kind, "organization") == 0)
		return CL_KIND_ORG;
	if (strcmp(kind, "location") == 0)
		return CL_KIND_LOC;
	return CL_KIND_NONE;
}

static const char gazetteer_query[] =
"SELECT name, kind, canonical, demonym FROM ("
"  SELECT e.canonical AS name, e.kind, e.canonical, false AS demonym, e.builtin, e.id, 0 AS o"
"  FROM claimlens.gazetteer_entities e"
"  UNION ALL"
"  SELECT a.alias, e.kind, e.canonical, a.demonym, a.builtin, e.id, 1"
"  FROM claimlens.gazetteer_aliases a JOIN claimlens.gazetteer_entities e ON e.id = a.entity_id"
") s ORDER BY builtin, id, o";	/* users' entries first: the first name wins */

/* The gazetteer for this call: the cache, rebuilt if a table changed. */
static const cl_gazetteer *
gazetteer_get(void)
{
	Oid			nsp;
	MemoryContext fresh,
				old;
	cl_gazetteer *g;

	if (!gaz_callback_registered)
	{
		CacheRegisterRelcacheCallback(gazetteer_invalidate, (Datum) 0);
		gaz_callback_registered = true;
	}
	if (gaz_valid && gaz_cache != NULL)
		return gaz_cache;

	nsp = get_namespace_oid("claimlens", true);
	gaz_relids[0] = OidIsValid(nsp) ? get_relname_relid("gazetteer_entities", nsp) : InvalidOid;
	gaz_relids[1] = OidIsValid(nsp) ? get_relname_relid("gazetteer_aliases", nsp) : InvalidOid;

	fresh = AllocSetContextCreate(TopMemoryContext, "claimlens gazetteer",
								  ALLOCSET_DEFAULT_SIZES);

	/*
	 * Valid from before the tables are read: an invalidation that arrives
	 * while they are read (another session's commit) clears the flag again,
	 * so the next call reads them again rather than keeping a stale copy.
	 */
	gaz_valid = true;
	PG_TRY();
	{
		old = MemoryContextSwitchTo(fresh);
		g = palloc(sizeof(cl_gazetteer));
		cl_gazetteer_init(g, &claimlens_pg_env);
		MemoryContextSwitchTo(old);
		if (OidIsValid(gaz_relids[0]) && OidIsValid(gaz_relids[1]))
		{
			if (SPI_connect() != SPI_OK_CONNECT)
				elog(ERROR, "claimlens: SPI_connect failed");
			if (SPI_execute(gazetteer_query, true, 0) != SPI_OK_SELECT)
				elog(ERROR, "claimlens: reading the gazetteer failed");
			for (uint64 i = 0; i < SPI_processed; i++)
			{
				HeapTuple	tup = SPI_tuptable->vals[i];
				TupleDesc	desc = SPI_tuptable->tupdesc;
				bool		null1,
							null2,
							null3,
							null4;
				Datum		name = SPI_getbinval(tup, desc, 1, &null1);
				Datum		kind = SPI_getbinval(tup, desc, 2, &null2);
				Datum		canon = SPI_getbinval(tup, desc, 3, &null3);
				Datum		demonym = SPI_getbinval(tup, desc, 4, &null4);
				text	   *tname,
						   *tcanon;
				char	   *skind;
				cl_pg_text	cname,
							ccanon;

				if (null1 || null2 || null3)
					continue;
				tname = DatumGetTextPP(name);
				tcanon = DatumGetTextPP(canon);
				skind = TextDatumGetCString(kind);
				/* The core reads UTF-8, as for any text argument. */
				cl_pg_text_from(tname, &cname);
				cl_pg_text_from(tcanon, &ccanon);
				old = MemoryContextSwitchTo(fresh);
				/* Oversized or empty names are ignored by the core, never an error. */
				cl_gazetteer_add(g, cname.data, cname.len, kind_from_text(skind),
								 ccanon.data, ccanon.len, !null4 && DatumGetBool(demonym));
				MemoryContextSwitchTo(old);
				if (i % 1024 == 0)
					CHECK_FOR_INTERRUPTS();
			}
			SPI_finish();
		}
	}
	PG_CATCH();
	{
		/* The previous copy, if any, stays; the next call tries again. */
		gaz_valid = false;
		MemoryContextDelete(fresh);
		PG_RE_THROW();
	}
	PG_END_TRY();

	if (gaz_context != NULL)
		MemoryContextDelete(gaz_context);
	gaz_context = fresh;
	gaz_cache = g;
	return gaz_cache;
}

/* The gazetteer for other SQL functions (claims); see gazetteer_get(). */
const cl_gazetteer *
claimlens_gazetteer(void)
{
	return gazetteer_get();
}

Datum
claimlens_normalize_name(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	cl_pg_text	in;
	cl_buf		out;
	text	   *result;

	cl_pg_text_from(name, &in);
	cl_buf_init(&out, &claimlens_pg_env, 64);
	cl_normalize_name(in.data, in.len, &out);
	result = cl_pg_text_result(&in, out.data, out.len);
	cl_buf_free(&out);
	PG_RETURN_TEXT_P(result);
}

Datum
claimlens_entity_key(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	const cl_gazetteer *gaz = gazetteer_get();
	cl_pg_text	in;
	cl_buf		out;
	text	   *result;

	cl_pg_text_from(name, &in);
	cl_buf_init(&out, &claimlens_pg_env, 64);
	cl_entity_key(gaz, in.data, in.len, &out);
	result = cl_pg_text_result(&in, out.data, out.len);
	cl_buf_free(&out);
	PG_RETURN_TEXT_P(result);
}

/*
 * The text datums of one result row, written back to back into one buffer
 * that is reused from row to row (tuplestore_putvalues copies the values):
 * no allocation per row.  Text converted from another encoding goes through
 * cl_pg_text_result() instead, and is freed after the row is stored.
 */
typedef struct row_texts
{
	char	   *buf;
	Size		cap;
	Size		used;
} row_texts;

static Datum
row_text(row_texts *rt, const cl_pg_text *in, const char *data, size_t len)
{
	struct varlena *v;

	if (in->converted)
		return PointerGetDatum(cl_pg_text_result(in, data, len));
	Assert(rt->used + INTALIGN(VARHDRSZ + len) <= rt->cap);
	v = (struct varlena *) (rt->buf + rt->used);
	SET_VARSIZE(v, VARHDRSZ + len);
	memcpy(VARDATA(v), data, len);
	rt->used += INTALIGN(VARHDRSZ + len);
	return PointerGetDatum(v);
}

Datum
claimlens_entities(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body = PG_GETARG_TEXT_PP(0);
	bool		demonyms = PG_NARGS() > 1 && !PG_ARGISNULL(1) && PG_GETARG_BOOL(1);
	const cl_gazetteer *gaz;
	cl_pg_text	in;
	cl_pg_char_cursor cursor;
	cl_entity_list list;
	Datum		kinds[CL_KIND_LOC + 1];
	row_texts	rt = {NULL, 0, 0};

	/* The gazetteer first: building it runs SPI, which must not see our tuplestore. */
	gaz = gazetteer_get();
	/* The executor's row type, when it passes one, saves a catalog lookup per call. */
	InitMaterializedSRF(fcinfo, rsinfo != NULL && IsA(rsinfo, ReturnSetInfo) &&
						rsinfo->expectedDesc != NULL ? MAT_SRF_USE_EXPECTED_DESC : 0);
	cl_pg_text_from(body, &in);
	cl_pg_char_cursor_init(&cursor, &in);
	cl_entities(&claimlens_pg_env, gaz, in.data, in.len, demonyms, &list);
	for (int k = CL_KIND_PERSON; k <= CL_KIND_LOC; k++)
		kinds[k] = CStringGetTextDatum(cl_entity_kind_name((cl_entity_kind) k));
	for (size_t i = 0; i < list.count; i++)
	{
		const cl_entity *e = &list.items[i];
		Datum		values[7];
		bool		nulls[7] = {false, false, false, false, false, false, false};
		int32		char_start = cl_pg_char_offset(&cursor, e->start);
		int32		char_end = cl_pg_char_offset(&cursor, e->start + e->len);
		Size		need = INTALIGN(VARHDRSZ + e->len) + INTALIGN(VARHDRSZ + e->canonical_len) +
			INTALIGN(VARHDRSZ + e->key_len);

		if (need > rt.cap)
		{
			if (rt.buf != NULL)
				pfree(rt.buf);
			rt.cap = Max(need, (Size) 1024);
			rt.buf = palloc_extended(rt.cap, MCXT_ALLOC_HUGE);
		}
		rt.used = 0;
		values[0] = Int32GetDatum((int32) i + 1);
		values[1] = Int32GetDatum(char_start);
		values[2] = Int32GetDatum(char_end - char_start);
		values[3] = row_text(&rt, &in, in.data + e->start, e->len);
		values[4] = kinds[e->kind];
		values[5] = row_text(&rt, &in, list.arena.data + e->canonical_off, e->canonical_len);
		values[6] = row_text(&rt, &in, list.arena.data + e->key_off, e->key_len);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		if (in.converted)
		{
			pfree(DatumGetPointer(values[3]));
			pfree(DatumGetPointer(values[5]));
			pfree(DatumGetPointer(values[6]));
		}
	}
	if (rt.buf != NULL)
		pfree(rt.buf);
	cl_entity_list_free(&claimlens_pg_env, &list);
	return (Datum) 0;
}

/* Statement trigger on the gazetteer tables: every backend's cache goes stale. */
Datum
claimlens_gazetteer_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("claimlens: gazetteer_changed() must be called as a trigger")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}
