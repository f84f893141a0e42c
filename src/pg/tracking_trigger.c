/*
 * tracking_trigger.c — the trigger that claimlens.track() installs on a
 * user's articles table.  It reads the four tracked columns (named in the
 * trigger's arguments) and hands them to the analysis of article_analysis.c
 * or to claimlens.forget_article(), which keep the side tables current, in the
 * same transaction as the user's statement: a failing analysis fails the
 * statement, never half of it.  Also word_count(), used for the side table.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "datatype/timestamp.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/timestamp.h"

#include "article_analysis.h"
#include "pg_glue.h"
#include "shingle.h"

PG_FUNCTION_INFO_V1(claimlens_track_trigger);
PG_FUNCTION_INFO_V1(claimlens_word_count);

enum
{
	COL_ID, COL_BODY, COL_PUBLISHED, COL_OUTLET, NCOLS
};

/* Plans kept for the backend's life; the plan cache revalidates them. */
static SPIPlanPtr forget_plan = NULL;
static SPIPlanPtr forget_all_plan = NULL;

typedef struct track_context
{
	Relation	rel;
	const char *article;
} track_context;

static void
track_error_context(void *arg)
{
	track_context *tc = (track_context *) arg;

	if (tc->article != NULL)
		errcontext("claimlens analysing article %s of table %s",
				   tc->article, RelationGetRelationName(tc->rel));
	else
		errcontext("claimlens tracking table %s", RelationGetRelationName(tc->rel));
}

static SPIPlanPtr
keep_plan(SPIPlanPtr *slot, const char *query, int nargs, Oid *types)
{
	if (*slot == NULL)
	{
		SPIPlanPtr	plan = SPI_prepare(query, nargs, types);

		if (plan == NULL)
			elog(ERROR, "claimlens: SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
		SPI_keepplan(plan);
		*slot = plan;
	}
	return *slot;
}

/* Attribute numbers of the tracked columns, by the names given to track(). */
static void
tracked_columns(TriggerData *td, int *attnum)
{
	Trigger    *trig = td->tg_trigger;
	TupleDesc	desc = RelationGetDescr(td->tg_relation);

	if (trig->tgnargs != NCOLS)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("claimlens: track_trigger() needs the id, body, published and outlet column names as arguments"),
				 errhint("Install it with claimlens.track().")));
	for (int i = 0; i < NCOLS; i++)
	{
		attnum[i] = SPI_fnumber(desc, trig->tgargs[i]);
		if (attnum[i] <= 0)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("claimlens: column \"%s\" of table %s, tracked by claimlens, no longer exists",
							trig->tgargs[i], RelationGetRelationName(td->tg_relation)),
					 errhint("Run claimlens.untrack() and claimlens.track() with the new column names.")));
	}
}

/* A column as text through its type's output function; NULL stays NULL. */
static Datum
column_as_text(HeapTuple tuple, TupleDesc desc, int attnum, bool *isnull)
{
	Datum		d = heap_getattr(tuple, attnum, desc, isnull);
	Oid			type = TupleDescAttr(desc, attnum - 1)->atttypid;
	Oid			out;
	bool		varlena;

	if (*isnull)
		return (Datum) 0;
	if (getBaseType(type) == TEXTOID || getBaseType(type) == VARCHAROID)
		return d;
	getTypeOutputInfo(type, &out, &varlena);
	return CStringGetTextDatum(OidOutputFunctionCall(out, d));
}

/*
 * The published column as timestamptz: a timestamp without zone is read as
 * UTC (as claimlens reads stamps that name no zone), a date as its midnight
 * UTC; results never depend on the session's time zone.
 */
static Datum
column_as_timestamptz(HeapTuple tuple, TupleDesc desc, int attnum, bool *isnull)
{
	Datum		d = heap_getattr(tuple, attnum, desc, isnull);
	Oid			type = getBaseType(TupleDescAttr(desc, attnum - 1)->atttypid);

	if (*isnull)
		return (Datum) 0;
	switch (type)
	{
		case TIMESTAMPTZOID:
		case TIMESTAMPOID:
			return d;
		case DATEOID:
			{
				DateADT		day = DatumGetDateADT(d);

				if (DATE_IS_NOBEGIN(day))
					return TimestampTzGetDatum(DT_NOBEGIN);
				if (DATE_IS_NOEND(day))
					return TimestampTzGetDatum(DT_NOEND);
				return TimestampTzGetDatum((TimestampTz) day * USECS_PER_DAY);
			}
		default:
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("claimlens: the published column of a tracked table must be timestamptz, timestamp or date, not %s",
							format_type_be(type))));
	}
	return (Datum) 0;
}

static void
forget(Relation rel, const char *article)
{
	Oid			types[2] = {OIDOID, TEXTOID};
	Datum		values[2];
	SPIPlanPtr	plan;
	int			rc;

	if (article == NULL)
	{
		plan = keep_plan(&forget_all_plan, "SELECT claimlens.forget_table($1)", 1, types);
		values[0] = ObjectIdGetDatum(RelationGetRelid(rel));
		rc = SPI_execute_plan(plan, values, NULL, false, 0);
	}
	else
	{
		plan = keep_plan(&forget_plan, "SELECT claimlens.forget_article($1, $2)", 2, types);
		values[0] = ObjectIdGetDatum(RelationGetRelid(rel));
		values[1] = CStringGetTextDatum(article);
		rc = SPI_execute_plan(plan, values, NULL, false, 0);
	}
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "claimlens: forgetting side rows failed: %s", SPI_result_code_string(rc));
}

static void
store(Relation rel, HeapTuple tuple, const int *attnum, const char *article)
{
	TupleDesc	desc = RelationGetDescr(rel);
	bool		body_null,
				published_null,
				outlet_null;
	Datum		body = column_as_text(tuple, desc, attnum[COL_BODY], &body_null);
	Datum		published = column_as_timestamptz(tuple, desc, attnum[COL_PUBLISHED], &published_null);
	Datum		outlet = column_as_text(tuple, desc, attnum[COL_OUTLET], &outlet_null);

	(void) claimlens_store_article(RelationGetRelid(rel), cstring_to_text(article),
								   body_null ? NULL : DatumGetTextPP(body),
								   !published_null, published_null ? 0 : DatumGetTimestampTz(published),
								   outlet_null ? NULL : DatumGetTextPP(outlet), false);
}

static char *
article_id(HeapTuple tuple, TupleDesc desc, int attnum, Relation rel)
{
	bool		isnull;
	Datum		d = column_as_text(tuple, desc, attnum, &isnull);

	if (isnull)
		ereport(ERROR,
				(errcode(ERRCODE_NOT_NULL_VIOLATION),
				 errmsg("claimlens: the id column of tracked table %s is NULL",
						RelationGetRelationName(rel)),
				 errhint("Every tracked article needs an id; make the column NOT NULL.")));
	return TextDatumGetCString(d);
}

/* Whether an UPDATE changed none of the tracked columns. */
static bool
tracked_columns_unchanged(TriggerData *td, const int *attnum)
{
	TupleDesc	desc = RelationGetDescr(td->tg_relation);

	for (int i = 0; i < NCOLS; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, attnum[i] - 1);
		bool		null_old,
					null_new;
		Datum		old = heap_getattr(td->tg_trigtuple, attnum[i], desc, &null_old);
		Datum		new = heap_getattr(td->tg_newtuple, attnum[i], desc, &null_new);

		if (null_old != null_new)
			return false;
		if (!null_old && !datum_image_eq(old, new, att->attbyval, att->attlen))
			return false;
	}
	return true;
}

Datum
claimlens_track_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	TupleDesc	desc;
	int			attnum[NCOLS];
	track_context tc;
	ErrorContextCallback callback;
	HeapTuple	result = NULL;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("claimlens: track_trigger() must be called as a trigger")));
	if (!TRIGGER_FIRED_AFTER(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("claimlens: track_trigger() must fire AFTER the statement")));

	tc.rel = td->tg_relation;
	tc.article = NULL;
	callback.callback = track_error_context;
	callback.arg = &tc;
	callback.previous = error_context_stack;
	error_context_stack = &callback;

	SPI_connect();
	desc = RelationGetDescr(td->tg_relation);
	if (TRIGGER_FIRED_BY_TRUNCATE(td->tg_event))
		forget(td->tg_relation, NULL);
	else
	{
		if (!TRIGGER_FIRED_FOR_ROW(td->tg_event))
			ereport(ERROR,
					(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
					 errmsg("claimlens: track_trigger() must fire FOR EACH ROW on INSERT, UPDATE and DELETE")));
		tracked_columns(td, attnum);
		result = td->tg_trigtuple;
		if (TRIGGER_FIRED_BY_INSERT(td->tg_event))
		{
			tc.article = article_id(td->tg_trigtuple, desc, attnum[COL_ID], td->tg_relation);
			store(td->tg_relation, td->tg_trigtuple, attnum, tc.article);
		}
		else if (TRIGGER_FIRED_BY_DELETE(td->tg_event))
		{
			tc.article = article_id(td->tg_trigtuple, desc, attnum[COL_ID], td->tg_relation);
			forget(td->tg_relation, tc.article);
		}
		else if (TRIGGER_FIRED_BY_UPDATE(td->tg_event))
		{
			result = td->tg_newtuple;
			if (!tracked_columns_unchanged(td, attnum))
			{
				tc.article = article_id(td->tg_trigtuple, desc, attnum[COL_ID], td->tg_relation);
				forget(td->tg_relation, tc.article);
				tc.article = article_id(td->tg_newtuple, desc, attnum[COL_ID], td->tg_relation);
				store(td->tg_relation, td->tg_newtuple, attnum, tc.article);
			}
		}
	}
	SPI_finish();
	error_context_stack = callback.previous;
	return PointerGetDatum(result);
}

/* The number of words of a text, as docsig and reuse() count them. */
Datum
claimlens_word_count(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	cl_pg_text	in;
	cl_word_iter it;
	cl_word		w;
	int64		n = 0;

	cl_pg_text_from(body, &in);
	cl_words_begin(&it, &claimlens_pg_env, in.data, in.len);
	while (cl_words_next(&it, &w))
		n++;
	PG_RETURN_INT32((int32) Min(n, PG_INT32_MAX));
}
