/*
 * article_analysis.c — the analysis of one tracked article, stored in the
 * side tables: claimlens.store_analysis(), which the tracking trigger and
 * analyze() call.
 *
 * One pass over the article: clean() once, then the signature, passage
 * marks, word count, sentences, entities, dates (anchored at the
 * publication time), claims (reading the article's entity list instead of
 * finding the entities again) and, per claim, its key, numbers, source keys
 * and dates, all with direct calls into the core.  The values are those the
 * SQL functions give (clean(), docsig(), entities(), dates(), claims(),
 * claim_key(), ...), so the side rows are the same as the SQL functions'
 * results.
 *
 * An article is stored as two rows: tracked_articles, and article_mentions
 * with its entities, dates and claims as arrays of composites (read through
 * the views entity_mentions, date_mentions and claim_mentions).  The rows go
 * in directly with their index entries, as COPY writes them, when row-level
 * security does not apply to the user (the tables' owner, a superuser) and
 * the user holds INSERT on the table.  Otherwise they go through a prepared
 * INSERT, so that the executor checks the policies.  The tables are written
 * in one fixed order (tracked_articles, article_mentions), as everywhere
 * else, so that concurrent writers never wait on each other in opposite
 * orders.
 */
#include "pg_glue.h"

#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "utils/typcache.h"

#include "article_analysis.h"
#include "claim_funcs.h"
#include "claim_key.h"
#include "claims.h"
#include "clean.h"
#include "dates.h"
#include "dates_funcs.h"
#include "docsig.h"
#include "entities.h"
#include "entity_key.h"
#include "passage_marks.h"
#include "pub_stamp.h"
#include "sentences.h"
#include "shingle.h"
#include "timex_datum.h"

PG_FUNCTION_INFO_V1(claimlens_store_analysis);

/* ---- the side tables -------------------------------------------------------- */

/*
 * The rows built: the article's, and one per mention of each kind.  Each
 * row starts with source and article; a mention without them is one
 * element of its array in article_mentions.
 */
typedef enum side_table
{
	SIDE_ARTICLES, SIDE_ENTITIES, SIDE_DATES, SIDE_CLAIMS, SIDE_MENTIONS, NSIDES
} side_table;

static const char *const side_names[NSIDES] = {
	"tracked_articles", "entity_mention", "date_mention", "claim_mention", "article_mentions"
};

/* The columns of each table or type, in its order: the rows are built in it. */
static const char *const side_columns[NSIDES][16] = {
	{"source", "article", "published", "outlet", "clean_text", "chars", "words", "sig", "marks"},
	{"source", "article", "n", "sentence", "start", "len", "surface", "kind", "canonical", "key"},
	{"source", "article", "n", "sentence", "start", "len", "surface", "value", "kind"},
	{"source", "article", "n", "sentence", "start", "len", "claim", "claim_key", "sources",
	"source_keys", "origin", "cue", "quote", "hedged", "dates", "numbers"},
	{"source", "article", "entities", "dates", "claims"}
};

static const int side_ncolumns[NSIDES] = {9, 10, 9, 16, 5};

/* Rows of one table: ncols values and nulls per row, row after row. */
typedef struct side_rows
{
	side_table	table;
	int			count;
	int			cap;
	Datum	   *values;
	bool	   *nulls;
} side_rows;

static void
rows_init(side_rows *r, side_table table, int cap)
{
	int			ncols = side_ncolumns[table];

	r->table = table;
	r->count = 0;
	r->cap = Max(cap, 1);
	r->values = palloc(sizeof(Datum) * ncols * r->cap);
	r->nulls = palloc0(sizeof(bool) * ncols * r->cap);
}

/* A new row with source and article filled in; returns its values and nulls. */
static Datum *
rows_add(side_rows *r, Oid source, Datum article, bool **nulls)
{
	int			ncols = side_ncolumns[r->table];
	Datum	   *v;

	if (r->count == r->cap)
	{
		r->cap *= 2;
		r->values = repalloc(r->values, sizeof(Datum) * ncols * r->cap);
		r->nulls = repalloc(r->nulls, sizeof(bool) * ncols * r->cap);
	}
	v = r->values + (Size) r->count * ncols;
	*nulls = r->nulls + (Size) r->count * ncols;
	memset(*nulls, 0, sizeof(bool) * ncols);
	r->count++;
	v[0] = ObjectIdGetDatum(source);
	v[1] = article;
	return v;
}

static Oid
side_relid(side_table table)
{
	Oid			nsp = get_namespace_oid("claimlens", false);
	Oid			relid = get_relname_relid(side_names[table], nsp);

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("claimlens: table claimlens.%s does not exist", side_names[table])));
	return relid;
}

/* The columns of desc must be those the rows are built in, from column skip on. */
static void
check_columns(TupleDesc desc, side_table table, int skip)
{
	if (desc->natts != side_ncolumns[table] - skip)
		elog(ERROR, "claimlens: claimlens.%s has %d columns, not %d",
			 side_names[table], desc->natts, side_ncolumns[table] - skip);
	for (int i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (att->attisdropped || strcmp(NameStr(att->attname), side_columns[table][i + skip]) != 0)
			elog(ERROR, "claimlens: column %d of claimlens.%s is not \"%s\"",
				 i + 1, side_names[table], side_columns[table][i + skip]);
	}
}

/* Whether the rows may go in without the executor: no policies apply, INSERT held. */
static bool
direct_insert_allowed(Relation rel)
{
	Oid			relid = RelationGetRelid(rel);
	TupleDesc	desc = RelationGetDescr(rel);

	if (check_enable_rls(relid, InvalidOid, true) == RLS_ENABLED)
		return false;
	if (pg_class_aclcheck(relid, GetUserId(), ACL_INSERT) != ACLCHECK_OK)
		return false;
	/* CHECK constraints, triggers or generated columns: leave them to the executor. */
	if (desc->constr != NULL && (desc->constr->num_check > 0 || desc->constr->has_generated_stored))
		return false;
	if (rel->trigdesc != NULL)
		return false;
	return true;
}

static void
check_not_null(Relation rel, const bool *nulls)
{
	TupleDesc	desc = RelationGetDescr(rel);

	for (int i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (nulls[i] && att->attnotnull)
			ereport(ERROR,
					(errcode(ERRCODE_NOT_NULL_VIOLATION),
					 errmsg("null value in column \"%s\" of relation \"%s\" violates not-null constraint",
							NameStr(att->attname), RelationGetRelationName(rel)),
					 errtablecol(rel, i + 1)));
	}
}

/* All rows in one multi-row insert, then their index entries. */
static void
insert_direct(Relation rel, const side_rows *r)
{
	int			ncols = side_ncolumns[r->table];
	EState	   *estate = CreateExecutorState();
	ResultRelInfo *rri = makeNode(ResultRelInfo);
	TupleTableSlot **slots = palloc(sizeof(TupleTableSlot *) * r->count);
	CommandId	cid = GetCurrentCommandId(true);

	InitResultRelInfo(rri, rel, 1, NULL, 0);
	ExecOpenIndices(rri, false);
	for (int i = 0; i < r->count; i++)
	{
		TupleTableSlot *slot = MakeSingleTupleTableSlot(RelationGetDescr(rel), &TTSOpsVirtual);

		check_not_null(rel, r->nulls + (Size) i * ncols);
		ExecClearTuple(slot);
		memcpy(slot->tts_values, r->values + (Size) i * ncols, sizeof(Datum) * ncols);
		memcpy(slot->tts_isnull, r->nulls + (Size) i * ncols, sizeof(bool) * ncols);
		ExecStoreVirtualTuple(slot);
		slots[i] = slot;
	}
	table_multi_insert(rel, slots, r->count, cid, 0, NULL);
	for (int i = 0; i < r->count; i++)
	{
		if (rri->ri_NumIndices > 0)
		{
			ResetPerTupleExprContext(estate);
			ExecInsertIndexTuples(rri, slots[i], estate, false, false, NULL, NIL);
		}
		ExecDropSingleTupleTableSlot(slots[i]);
	}
	ExecCloseIndices(rri);
	FreeExecutorState(estate);
	pfree(slots);
}

/* Prepared INSERTs, one per table (and one with ON CONFLICT DO NOTHING for articles). */
static SPIPlanPtr insert_plans[NSIDES];
static SPIPlanPtr insert_absent_plan = NULL;

static SPIPlanPtr
insert_plan(Relation rel, side_table table, bool if_absent)
{
	SPIPlanPtr *slot = if_absent ? &insert_absent_plan : &insert_plans[table];

	if (*slot == NULL)
	{
		TupleDesc	desc = RelationGetDescr(rel);
		int			ncols = side_ncolumns[table];
		Oid		   *types = palloc(sizeof(Oid) * ncols);
		StringInfoData q;
		SPIPlanPtr	plan;

		initStringInfo(&q);
		appendStringInfo(&q, "INSERT INTO claimlens.%s (", side_names[table]);
		for (int i = 0; i < ncols; i++)
		{
			appendStringInfo(&q, "%s%s", i ? ", " : "", quote_identifier(side_columns[table][i]));
			types[i] = TupleDescAttr(desc, i)->atttypid;
		}
		appendStringInfoString(&q, ") VALUES (");
		for (int i = 0; i < ncols; i++)
			appendStringInfo(&q, "%s$%d", i ? ", " : "", i + 1);
		appendStringInfoChar(&q, ')');
		if (if_absent)
			appendStringInfoString(&q, " ON CONFLICT ON CONSTRAINT tracked_articles_pkey DO NOTHING");
		plan = SPI_prepare(q.data, ncols, types);
		if (plan == NULL)
			elog(ERROR, "claimlens: SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
		SPI_keepplan(plan);
		*slot = plan;
	}
	return *slot;
}

/* One row at a time through the executor; returns the rows inserted. */
static uint64
insert_by_executor(Relation rel, const side_rows *r, bool if_absent)
{
	int			ncols = side_ncolumns[r->table];
	SPIPlanPtr	plan = insert_plan(rel, r->table, if_absent);
	char	   *nulls = palloc(ncols);
	uint64		done = 0;

	for (int i = 0; i < r->count; i++)
	{
		int			rc;

		for (int c = 0; c < ncols; c++)
			nulls[c] = r->nulls[(Size) i * ncols + c] ? 'n' : ' ';
		rc = SPI_execute_plan(plan, r->values + (Size) i * ncols, nulls, false, 0);
		if (rc != SPI_OK_INSERT)
			elog(ERROR, "claimlens: inserting into claimlens.%s failed: %s",
				 side_names[r->table], SPI_result_code_string(rc));
		done += SPI_processed;
	}
	pfree(nulls);
	return done;
}

/*
 * Writes the rows of one side table.  With if_absent (the article row of
 * analyze()), the row is skipped when the article is there already; returns
 * whether the rows went in.
 */
static bool
write_rows(const side_rows *r, bool if_absent)
{
	Relation	rel;
	bool		stored = true;

	rel = table_open(side_relid(r->table), RowExclusiveLock);
	check_columns(RelationGetDescr(rel), r->table, 0);
	if (r->count > 0)
	{
		if (!if_absent && direct_insert_allowed(rel))
		{
			/* Rows deleted earlier in this statement (an UPDATE) are gone for the unique checks. */
			CommandCounterIncrement();
			insert_direct(rel, r);
		}
		else
			stored = insert_by_executor(rel, r, if_absent) == (uint64) r->count;
	}
	table_close(rel, NoLock);
	return stored;
}

/*
 * The mention rows of one kind as an array of the composite type of column
 * col of article_mentions, each element the row without source and article.
 */
static Datum
mention_array(Relation rel, int col, const side_rows *r)
{
	Oid			array_type = TupleDescAttr(RelationGetDescr(rel), col)->atttypid;
	Oid			elem_type = get_element_type(array_type);
	int			ncols = side_ncolumns[r->table];
	TupleDesc	desc;
	Datum	   *elems;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	ArrayType  *arr;

	if (!OidIsValid(elem_type))
		elog(ERROR, "claimlens: column %d of claimlens.article_mentions is not an array", col + 1);
	desc = lookup_rowtype_tupdesc(elem_type, -1);
	check_columns(desc, r->table, 2);
	elems = palloc(sizeof(Datum) * (r->count ? r->count : 1));
	for (int i = 0; i < r->count; i++)
	{
		HeapTuple	tuple = heap_form_tuple(desc, r->values + (Size) i * ncols + 2,
										   r->nulls + (Size) i * ncols + 2);

		/* heap_form_tuple() labels the tuple as a composite datum already; no copy */
		elems[i] = HeapTupleGetDatum(tuple);
	}
	ReleaseTupleDesc(desc);
	get_typlenbyvalalign(elem_type, &typlen, &typbyval, &typalign);
	arr = construct_array(elems, r->count, elem_type, typlen, typbyval, typalign);
	return PointerGetDatum(arr);
}

/* The article_mentions row of an article: its entities, dates and claims. */
static void
write_mentions(Oid source, Datum article, const side_rows *ents, const side_rows *dates,
			   const side_rows *claims)
{
	Relation	rel = table_open(side_relid(SIDE_MENTIONS), RowExclusiveLock);
	side_rows	row;
	bool	   *nulls;
	Datum	   *v;

	check_columns(RelationGetDescr(rel), SIDE_MENTIONS, 0);
	rows_init(&row, SIDE_MENTIONS, 1);
	v = rows_add(&row, source, article, &nulls);
	v[2] = mention_array(rel, 2, ents);
	v[3] = mention_array(rel, 3, dates);
	v[4] = mention_array(rel, 4, claims);
	table_close(rel, NoLock);
	write_rows(&row, false);
}

/* ---- the analysis ----------------------------------------------------------- */

/* A text datum of core output, in the database encoding. */
static Datum
result_text(const cl_pg_text *in, const char *data, size_t len)
{
	return PointerGetDatum(cl_pg_text_result(in, data, len));
}

/* Sentence number of a character offset, as width_bucket(start, starts) counts. */
static int32
sentence_of(const int32 *starts, int n, int32 pos)
{
	int			lo = 0,
				hi = n;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (pos < starts[mid])
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/*
 * The columns every mention row starts with after source and article: its
 * number, its sentence (width_bucket(start, starts)), start and length.
 */
static void
set_position(Datum *v, int32 n, const int32 *starts, int nstarts, int32 start, int32 end)
{
	/* Every mention lies in a sentence; without any, there is no number to give. */
	if (nstarts == 0)
		ereport(ERROR,
				(errcode(ERRCODE_NOT_NULL_VIOLATION),
				 errmsg("claimlens: a mention at character %d lies in no sentence", start)));
	v[2] = Int32GetDatum(n);
	v[3] = Int32GetDatum(sentence_of(starts, nstarts, start));
	v[4] = Int32GetDatum(start);
	v[5] = Int32GetDatum(end - start);
}

/*
 * A new mention row numbered n for the bytes [off, off + len) of the clean
 * text: its position columns set, its character span in *start and *end.
 */
static Datum *
add_mention_row(side_rows *rows, Oid source, Datum article, bool **nulls, int32 n,
				cl_pg_char_cursor *cursor, const int32 *starts, int nstarts,
				size_t off, size_t len, int32 *start, int32 *end)
{
	Datum	   *v = rows_add(rows, source, article, nulls);

	*start = cl_pg_char_offset(cursor, off);
	*end = cl_pg_char_offset(cursor, off + len);
	set_position(v, n, starts, nstarts, *start, *end);
	return v;
}

/*
 * The article's date mentions, in text order (as cl_dates_scan() reports
 * them), for its claims: in bytes, for their keys and numbers; in characters
 * with the value's text form (0 when none), for their dates column.
 */
typedef struct dated
{
	int32		start;			/* characters */
	int32		end;
	Datum		value;			/* its text form, or 0 */
} dated;

typedef struct dates_sink
{
	const cl_pg_text *in;
	cl_pg_char_cursor cursor;
	side_rows  *rows;
	Oid			source;
	Datum		article;
	const int32 *starts;
	int			nstarts;
	cl_date_mention *found;		/* found[i] and dated[i]: the same mention */
	dated	   *dated;
	int			count;
	int			cap;
} dates_sink;

static void
date_row(void *arg, const cl_date_mention *m)
{
	dates_sink *s = arg;
	bool	   *nulls;
	dated	   *d;
	Datum	   *v;

	if (s->count == s->cap)
	{
		s->cap = Max(16, s->cap * 2);
		s->found = s->found ? repalloc(s->found, sizeof(cl_date_mention) * s->cap)
			: palloc(sizeof(cl_date_mention) * s->cap);
		s->dated = s->dated ? repalloc(s->dated, sizeof(dated) * s->cap)
			: palloc(sizeof(dated) * s->cap);
	}
	s->found[s->count] = *m;
	d = &s->dated[s->count++];
	v = add_mention_row(s->rows, s->source, s->article, &nulls, s->rows->count + 1,
						&s->cursor, s->starts, s->nstarts, m->start, m->len,
						&d->start, &d->end);
	v[6] = result_text(s->in, s->in->data + m->start, m->len);
	d->value = (Datum) 0;
	if (m->has_value)
	{
		TimexDatum *td = timex_datum_from_core(&m->value);
		cl_timex	t;
		char		buf[CL_TIMEX_TEXT_MAX];

		v[7] = PointerGetDatum(td);
		/* The value as timex_out() prints the stored datum. */
		timex_datum_to_core(td, &t);
		cl_timex_format(&t, buf);
		d->value = CStringGetTextDatum(buf);
	}
	else
		nulls[7] = true;
	v[8] = CStringGetTextDatum(cl_date_kind_name(m->kind));
}

static Datum
text_array(Datum *items, int n)
{
	return PointerGetDatum(construct_array(items, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/* A claim's own text as the SQL functions would receive it. */
static void
claim_as_input(const cl_pg_text *article, const char *data, size_t len, cl_pg_text *claim)
{
	claim->data = data;
	claim->len = len;
	claim->converted = article->converted;
	claim->bytes_are_chars = article->bytes_are_chars;
}

typedef struct article_input
{
	Oid			source;
	Datum		article;		/* text */
	text	   *body;			/* never NULL: '' for a NULL body */
	bool		has_published;
	TimestampTz published;
	Datum		outlet;
	bool		outlet_null;
} article_input;

/*
 * The tracked_articles row: returns the clean text, and in *ascii whether
 * its bytes are its characters (no multibyte character in it).
 */
static text *
article_row(const article_input *a, side_rows *rows, bool *has_anchor, TimestampTz *anchor,
			bool *ascii)
{
	cl_pg_text	in,
				tin;
	cl_pg_char_cursor chars;
	cl_buf		out;
	text	   *t;
	bool	   *nulls;
	Datum	   *v;
	cl_docsig  *sig;
	size_t		words;
	uint64_t   *marks;
	size_t		nmarks;
	Datum	   *elems;

	cl_pg_text_from(a->body, &in);
	cl_buf_init(&out, &claimlens_pg_env, in.len);
	cl_clean(&claimlens_pg_env, in.data, in.len, &out);
	t = cl_pg_text_result(&in, out.data, out.len);
	cl_buf_free(&out);

	/* The publication time, else the stamp of the body (published_at()). */
	*has_anchor = a->has_published;
	*anchor = a->published;
	if (!*has_anchor && VARSIZE_ANY_EXHDR(a->body) > 0)
	{
		cl_stamp	st;

		if (cl_published_at(&claimlens_pg_env, in.data, in.len, &st))
		{
			int64		days = date2j(st.year, st.month, st.day) - POSTGRES_EPOCH_JDATE;
			TimestampTz ts = days * USECS_PER_DAY +
				((int64) st.hour * SECS_PER_HOUR + st.minute * SECS_PER_MINUTE +
				 st.second - st.utc_offset) * USECS_PER_SEC + st.microsecond;

			if (IS_VALID_TIMESTAMP(ts))
			{
				*has_anchor = true;
				*anchor = ts;
			}
		}
	}

	cl_pg_text_from(t, &tin);
	v = rows_add(rows, a->source, a->article, &nulls);
	if (*has_anchor)
		v[2] = TimestampTzGetDatum(*anchor);
	else
		nulls[2] = true;
	v[3] = a->outlet;
	nulls[3] = a->outlet_null;
	v[4] = PointerGetDatum(t);
	/* length(clean_text): every character counted once, as the offsets are */
	cl_pg_char_cursor_init(&chars, &tin);
	v[5] = Int32GetDatum(cl_pg_char_offset(&chars, tin.len));
	*ascii = (size_t) DatumGetInt32(v[5]) == tin.len;
	sig = palloc(sizeof(cl_docsig));
	/*
	 * The marks, and the words they count (word_count()), from the
	 * signature's own word hashes when its clean() keeps the clean text's
	 * words as they are (nearly always), else from a pass of their own.
	 */
	if (!cl_docsig_and_marks_of_article(&claimlens_pg_env, tin.data, tin.len, sig,
										&marks, &nmarks, &words))
		nmarks = cl_passage_marks(&claimlens_pg_env, tin.data, tin.len, &marks, &words);
	v[7] = PointerGetDatum(sig);
	v[6] = Int32GetDatum((int32) Min(words, PG_INT32_MAX));
	elems = palloc(sizeof(Datum) * (nmarks ? nmarks : 1));
	for (size_t i = 0; i < nmarks; i++)
		elems[i] = Int64GetDatum((int64) marks[i]);
	v[8] = PointerGetDatum(construct_array(elems, (int) nmarks, INT8OID, 8, FLOAT8PASSBYVAL,
										   TYPALIGN_DOUBLE));
	return t;
}

/* The rows of entities, dates and claims of the clean text t. */
static void
mention_rows(const article_input *a, text *t, bool ascii, bool has_anchor, TimestampTz anchor,
			 side_rows *ent_rows, side_rows *date_rows, side_rows *claim_rows)
{
	const cl_gazetteer *gaz = claimlens_gazetteer();
	cl_pg_text	tin,
				tchars;
	cl_pg_char_cursor cursor;
	cl_sentence_iter sit;
	size_t		s,
				n;
	int32	   *starts;
	cl_text_span *sentences;
	int			nstarts = 0,
				starts_cap = 64;
	cl_entity_list ents;
	cl_claim_list claims;
	cl_date_options opt;
	dates_sink	ds;
	Datum		kinds[CL_KIND_LOC + 1];
	cl_buf		scratch;

	cl_pg_text_from(t, &tin);
	/*
	 * The mentions' character offsets are read through tchars: the clean
	 * text itself, whose bytes count as characters when it is all ASCII
	 * (as it nearly always is), so that the cursors do not count them again.
	 */
	tchars = tin;
	if (ascii)
		tchars.bytes_are_chars = true;

	/* The sentences: their spans for claims(), their starts in characters. */
	starts = palloc(sizeof(int32) * starts_cap);
	sentences = palloc(sizeof(cl_text_span) * starts_cap);
	cl_pg_char_cursor_init(&cursor, &tchars);
	cl_sentences_begin(&sit, &claimlens_pg_env, tin.data, tin.len);
	while (cl_sentences_next(&sit, &s, &n))
	{
		if (nstarts == starts_cap)
		{
			starts_cap *= 2;
			starts = repalloc(starts, sizeof(int32) * starts_cap);
			sentences = repalloc(sentences, sizeof(cl_text_span) * starts_cap);
		}
		sentences[nstarts].start = s;
		sentences[nstarts].len = n;
		starts[nstarts++] = cl_pg_char_offset(&cursor, s);
		(void) cl_pg_char_offset(&cursor, s + n);
	}

	/* Entities. */
	cl_entities(&claimlens_pg_env, gaz, tin.data, tin.len, false, &ents);
	for (int k = CL_KIND_PERSON; k <= CL_KIND_LOC; k++)
		kinds[k] = CStringGetTextDatum(cl_entity_kind_name((cl_entity_kind) k));
	cl_pg_char_cursor_init(&cursor, &tchars);
	for (size_t i = 0; i < ents.count; i++)
	{
		const cl_entity *e = &ents.items[i];
		bool	   *nulls;
		int32		start;
		int32		end;
		Datum	   *v = add_mention_row(ent_rows, a->source, a->article, &nulls, (int32) i + 1,
										&cursor, starts, nstarts, e->start, e->len, &start, &end);

		v[6] = result_text(&tin, tin.data + e->start, e->len);
		v[7] = kinds[e->kind];
		v[8] = result_text(&tin, ents.arena.data + e->canonical_off, e->canonical_len);
		v[9] = result_text(&tin, ents.arena.data + e->key_off, e->key_len);
	}

	/* Dates, anchored at the publication time (else the clean text's stamp). */
	claimlens_date_options(has_anchor, anchor, &tin, &opt);
	memset(&ds, 0, sizeof(ds));
	ds.in = &tin;
	cl_pg_char_cursor_init(&ds.cursor, &tchars);
	ds.rows = date_rows;
	ds.source = a->source;
	ds.article = a->article;
	ds.starts = starts;
	ds.nstarts = nstarts;
	cl_dates_scan(&claimlens_pg_env, tin.data, tin.len, &opt, date_row, &ds);

	/* Claims, with the article's entities. */
	cl_claims_in_sentences(&claimlens_pg_env, tin.data, tin.len, &ents, sentences, (size_t) nstarts,
						   &claims);
	cl_buf_init(&scratch, &claimlens_pg_env, 128);
	cl_pg_char_cursor_init(&cursor, &tchars);
	for (size_t i = 0; i < claims.count; i++)
	{
		const cl_claim *c = &claims.items[i];
		bool	   *nulls;
		int32		start;
		int32		end;
		Datum	   *v = add_mention_row(claim_rows, a->source, a->article, &nulls, (int32) i + 1,
										&cursor, starts, nstarts, c->start, c->len, &start, &end);
		cl_pg_text	claim;
		bool		in_place;
		cl_date_options copt;
		Datum	   *items;
		Datum	   *keys;
		int			nitems;
		size_t		count;

		claim_as_input(&tin, claims.arena.data + c->text_off, c->text_len, &claim);
		/*
		 * Most claims are their span of the clean text exactly: those are
		 * stored as NULL, and the view claim_mentions reads them from
		 * tracked_articles.clean_text.  An article's mentions then fit in
		 * about half a page, so two articles share one.  Their key and
		 * numbers take their dates from the article's own (found above).
		 */
		in_place = claim.len == c->len && memcmp(claim.data, tin.data + c->start, c->len) == 0;
		if (in_place)
			nulls[6] = true;
		else
			v[6] = result_text(&tin, claim.data, claim.len);

		/* the key: with the article's dates, else claim_key(claim, anchor) */
		scratch.len = 0;
		if (in_place)
			cl_claim_key_in_context(&claimlens_pg_env, tin.data, c->start, c->len,
									ds.found, (size_t) ds.count, &ents, &scratch);
		else
		{
			claimlens_date_options(has_anchor, anchor, &claim, &copt);
			cl_claim_key(&claimlens_pg_env, gaz, claim.data, claim.len, &copt, &scratch);
		}
		v[7] = result_text(&tin, scratch.data, scratch.len);

		/* sources, source_keys() and the origin (the innermost source) */
		items = palloc(sizeof(Datum) * (c->source_count ? c->source_count : 1));
		keys = palloc(sizeof(Datum) * (c->source_count ? c->source_count : 1));
		for (size_t k = 0; k < c->source_count; k++)
		{
			const cl_claim_source *src = &claims.sources[c->source_first + k];

			items[k] = result_text(&tin, claims.arena.data + src->off, src->len);
			cl_entity_key(gaz, claims.arena.data + src->off, src->len, &scratch);
			keys[k] = result_text(&tin, scratch.data, scratch.len);
		}
		v[8] = text_array(items, (int) c->source_count);
		v[9] = text_array(keys, (int) c->source_count);
		if (c->source_count > 0)
			v[10] = items[c->source_count - 1];
		else
			nulls[10] = true;

		if (c->cue)
			v[11] = CStringGetTextDatum(c->cue);
		else
			nulls[11] = true;
		if (c->has_quote)
			v[12] = result_text(&tin, claims.arena.data + c->quote_off, c->quote_len);
		else
			nulls[12] = true;
		v[13] = BoolGetDatum(c->hedged);

		/* the values of the article's dates inside the claim's span */
		items = palloc(sizeof(Datum) * (ds.count ? ds.count : 1));
		nitems = 0;
		for (int k = 0; k < ds.count; k++)
			if (ds.dated[k].value != (Datum) 0 && ds.dated[k].start >= start && ds.dated[k].end <= end)
				items[nitems++] = ds.dated[k].value;
		v[14] = text_array(items, nitems);

		/* the numbers: outside the article's dates, else claim_numbers(claim) */
		scratch.len = 0;
		if (in_place)
			count = cl_claim_numbers_in_context(&claimlens_pg_env, tin.data, c->start, c->len,
												ds.found, (size_t) ds.count, &scratch);
		else
		{
			claimlens_date_options(false, 0, &claim, &copt);
			count = cl_claim_numbers(&claimlens_pg_env, claim.data, claim.len, &copt, &scratch);
		}
		v[15] = PointerGetDatum(claimlens_numeric_array(scratch.data, count));
	}
	cl_buf_free(&scratch);
	cl_claim_list_free(&claimlens_pg_env, &claims);
	cl_entity_list_free(&claimlens_pg_env, &ents);
}

bool
claimlens_store_article(Oid source, text *article, text *body, bool has_published,
						TimestampTz published, text *outlet, bool if_absent)
{
	MemoryContext work,
				old;
	article_input a;
	side_rows	rows[NSIDES];
	text	   *t;
	bool		has_anchor;
	bool		ascii;
	TimestampTz anchor;
	bool		stored;

	if (!OidIsValid(source) || article == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("claimlens: store_analysis() needs a table and an article id")));
	/* The gazetteer may read its tables: before anything else. */
	(void) claimlens_gazetteer();
	work = AllocSetContextCreate(CurrentMemoryContext, "claimlens article analysis",
								 ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(work);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "claimlens: SPI_connect failed");
	MemoryContextSwitchTo(work);

	a.source = source;
	a.article = PointerGetDatum(article);
	a.body = body != NULL ? body : cstring_to_text("");
	a.has_published = has_published;
	a.published = published;
	a.outlet = PointerGetDatum(outlet);
	a.outlet_null = outlet == NULL;

	rows_init(&rows[SIDE_ARTICLES], SIDE_ARTICLES, 1);
	t = article_row(&a, &rows[SIDE_ARTICLES], &has_anchor, &anchor, &ascii);
	stored = write_rows(&rows[SIDE_ARTICLES], if_absent);
	if (stored)
	{
		rows_init(&rows[SIDE_ENTITIES], SIDE_ENTITIES, 64);
		rows_init(&rows[SIDE_DATES], SIDE_DATES, 32);
		rows_init(&rows[SIDE_CLAIMS], SIDE_CLAIMS, 32);
		mention_rows(&a, t, ascii, has_anchor, anchor,
					 &rows[SIDE_ENTITIES], &rows[SIDE_DATES], &rows[SIDE_CLAIMS]);
		write_mentions(source, a.article, &rows[SIDE_ENTITIES], &rows[SIDE_DATES],
					   &rows[SIDE_CLAIMS]);
	}
	SPI_finish();
	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return stored;
}

/*
 * claimlens.store_analysis(source regclass, article text, body text,
 * published timestamptz, outlet text, if_absent boolean DEFAULT false)
 */
Datum
claimlens_store_analysis(PG_FUNCTION_ARGS)
{
	bool		stored;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NOT_NULL_VIOLATION),
				 errmsg("claimlens: store_analysis() needs a table and an article id")));
	stored = claimlens_store_article(PG_GETARG_OID(0), PG_GETARG_TEXT_PP(1),
									 PG_ARGISNULL(2) ? NULL : PG_GETARG_TEXT_PP(2),
									 !PG_ARGISNULL(3), PG_ARGISNULL(3) ? 0 : PG_GETARG_TIMESTAMPTZ(3),
									 PG_ARGISNULL(4) ? NULL : PG_GETARG_TEXT_PP(4),
									 !PG_ARGISNULL(5) && PG_GETARG_BOOL(5));
	PG_RETURN_BOOL(stored);
}
