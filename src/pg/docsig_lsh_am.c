/*
 * docsig_lsh_am.c — the claimlens_lsh index access method: handler, options,
 * build, insert, vacuum, cost estimate and validation.  Scans are in
 * docsig_lsh_scan.c, the page layout and locking rules in docsig_lsh_pages.h.
 *
 * The index files each docsig under its 32 LSH band keys in a hash table of
 * buckets chained over pages.  A scan reads the buckets of the query's keys
 * and returns the rows found there; ORDER BY sig <-> $1 is served by
 * returning them with a lower bound (0) of the distance, which the executor
 * rechecks and sorts.  Rows that share no key with the query are never
 * returned: the index is approximate, as README.md explains.
 */
#include "pg_glue.h"

#include <float.h>

#include "access/amapi.h"
#include "access/amvalidate.h"
#include "access/generic_xlog.h"
#include "access/htup_details.h"
#include "access/reloptions.h"
#include "access/tableam.h"
#include "access/xloginsert.h"
#include "catalog/index.h"
#include "catalog/pg_amop.h"
#include "catalog/pg_amproc.h"
#include "catalog/pg_opclass.h"
#include "catalog/pg_type.h"
#include "commands/vacuum.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/pathnodes.h"
#include "optimizer/plancat.h"
#include "storage/bufmgr.h"
#include "storage/indexfsm.h"
#include "storage/lmgr.h"
#include "storage/smgr.h"
#include "utils/catcache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/selfuncs.h"
#include "utils/syscache.h"

#include "docsig_lsh.h"
#include "docsig_lsh_pages.h"

PG_FUNCTION_INFO_V1(claimlens_docsig_lsh_handler);

/* ---- pages, metapage cache, column check -------------------------------- */

void
lsh_init_page(Page page, uint16 flags)
{
	lsh_page_opaque *opaque;

	PageInit(page, BLCKSZ, sizeof(lsh_page_opaque));
	opaque = LSH_OPAQUE(page);
	opaque->next = InvalidBlockNumber;
	opaque->flags = flags;
	opaque->page_id = LSH_PAGE_ID;
}

static void
lsh_corrupted(Relation index, BlockNumber blkno, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INDEX_CORRUPTED),
			 errmsg("claimlens_lsh index \"%s\": block %u is not %s",
					RelationGetRelationName(index), blkno, what),
			 errhint("REINDEX the index.")));
}

/* Check that a page read from the index is of the expected kind. */
static void
lsh_check_page(Relation index, Buffer buf, uint16 flags, const char *what)
{
	Page		page = BufferGetPage(buf);

	if (PageIsNew(page) || PageGetSpecialSize(page) != MAXALIGN(sizeof(lsh_page_opaque)) ||
		LSH_OPAQUE(page)->page_id != LSH_PAGE_ID || (LSH_OPAQUE(page)->flags & flags) == 0)
		lsh_corrupted(index, BufferGetBlockNumber(buf), what);
}

const lsh_meta *
lsh_get_meta(Relation index)
{
	if (index->rd_amcache == NULL)
	{
		Buffer		buf = ReadBuffer(index, LSH_METAPAGE_BLKNO);
		lsh_meta   *meta;
		lsh_meta   *copy;

		LockBuffer(buf, BUFFER_LOCK_SHARE);
		lsh_check_page(index, buf, LSH_META, "a claimlens_lsh metapage");
		meta = lsh_page_meta(BufferGetPage(buf));
		if (meta->magic != LSH_MAGIC || meta->version != LSH_VERSION || meta->nbuckets == 0 ||
			meta->ndirpages != (meta->nbuckets + LSH_DIR_PER_PAGE - 1) / LSH_DIR_PER_PAGE)
			lsh_corrupted(index, LSH_METAPAGE_BLKNO, "a claimlens_lsh metapage of version 1");
		copy = MemoryContextAlloc(index->rd_indexcxt, sizeof(lsh_meta));
		memcpy(copy, meta, sizeof(lsh_meta));
		UnlockReleaseBuffer(buf);
		index->rd_amcache = copy;
	}
	return (const lsh_meta *) index->rd_amcache;
}

/* The access method reads the signature's bytes itself: only docsig will do. */
static bool
is_docsig_type(Oid typid)
{
	HeapTuple	tp = SearchSysCache1(TYPEOID, ObjectIdGetDatum(typid));
	bool		ok = false;

	if (HeapTupleIsValid(tp))
	{
		Form_pg_type t = (Form_pg_type) GETSTRUCT(tp);

		ok = t->typlen == CL_DOCSIG_SIZE && !t->typbyval && strcmp(NameStr(t->typname), "docsig") == 0;
		ReleaseSysCache(tp);
	}
	return ok;
}

void
lsh_check_column(Relation index)
{
	if (RelationGetDescr(index)->natts != 1 ||
		!is_docsig_type(TupleDescAttr(RelationGetDescr(index), 0)->atttypid))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("claimlens_lsh indexes a single claimlens.docsig column")));
}

/* ---- options ------------------------------------------------------------- */

typedef struct lsh_options
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	int			buckets;		/* 0: from the row count at build */
} lsh_options;

static relopt_kind lsh_relopt_kind;

void
claimlens_lsh_define_reloptions(void)
{
	lsh_relopt_kind = add_reloption_kind();
	/* unset means "from the row count"; set values are checked against 1 .. max */
	add_int_reloption(lsh_relopt_kind, "buckets",
					  "Number of hash buckets of a claimlens_lsh index (default: one per 20 rows at build)",
					  0, 1, CL_LSH_MAX_BUCKETS, AccessExclusiveLock);
}

static bytea *
lsh_options_parse(Datum reloptions, bool validate)
{
	static const relopt_parse_elt table[] = {
		{"buckets", RELOPT_TYPE_INT, offsetof(lsh_options, buckets)},
	};

	return (bytea *) build_reloptions(reloptions, validate, lsh_relopt_kind,
									  sizeof(lsh_options), table, lengthof(table));
}

/* ---- build ----------------------------------------------------------------- */

/* An entry in memory during a build: sorted by key, which sorts by bucket. */
typedef struct lsh_build_entry
{
	uint32		key;
	ItemPointerData tid;
} lsh_build_entry;

typedef struct lsh_build_state
{
	uint32		nbuckets;
	uint32		lo,
				hi;				/* buckets of this pass: lo <= bucket < hi */
	lsh_build_entry *entries;
	Size		n,
				cap,
				max_cap;		/* max_cap: what maintenance_work_mem allows */
	bool		first_pass;
	double		heap_rows;		/* first pass: rows seen */
	double		indexed_rows;	/* first pass: rows with keys */
} lsh_build_state;

/* Memory is full: keep only the lower half of the pass's buckets. */
static void
lsh_build_shrink(lsh_build_state *st)
{
	uint32		mid;
	Size		kept = 0;

	if (st->hi - st->lo < 2)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("claimlens_lsh: one bucket holds more entries than maintenance_work_mem allows"),
				 errhint("Raise maintenance_work_mem, or set a larger \"buckets\" storage parameter.")));
	mid = st->lo + (st->hi - st->lo) / 2;
	for (Size i = 0; i < st->n; i++)
		if (cl_lsh_bucket(st->entries[i].key, st->nbuckets) < mid)
			st->entries[kept++] = st->entries[i];
	st->n = kept;
	st->hi = mid;
}

static void
lsh_build_add(lsh_build_state *st, uint32 key, ItemPointer tid)
{
	uint32		bucket = cl_lsh_bucket(key, st->nbuckets);

	if (bucket < st->lo || bucket >= st->hi)
		return;
	if (st->n == st->cap)
	{
		if (st->cap < st->max_cap)
		{
			st->cap = Min(st->cap * 2, st->max_cap);
			st->entries = repalloc_huge(st->entries, st->cap * sizeof(lsh_build_entry));
		}
		else
		{
			while (st->n == st->cap)
				lsh_build_shrink(st);
			if (bucket >= st->hi)
				return;
		}
	}
	st->entries[st->n].key = key;
	st->entries[st->n].tid = *tid;
	st->n++;
}

static void
lsh_build_callback(Relation index, ItemPointer tid, Datum *values, bool *isnull,
				   bool tupleIsAlive, void *state)
{
	lsh_build_state *st = (lsh_build_state *) state;
	uint32		keys[CL_DOCSIG_BANDS];
	int			nkeys;

	if (st->first_pass)
		st->heap_rows += 1;
	if (isnull[0])
		return;
	nkeys = cl_lsh_keys((const cl_docsig *) DatumGetPointer(values[0]), keys);
	if (st->first_pass && nkeys > 0)
		st->indexed_rows += 1;
	for (int i = 0; i < nkeys; i++)
		lsh_build_add(st, keys[i], tid);
}

static int
build_entry_cmp(const void *a, const void *b)
{
	const lsh_build_entry *x = a;
	const lsh_build_entry *y = b;

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return ItemPointerCompare((ItemPointer) &x->tid, (ItemPointer) &y->tid);
}

/* Write a whole new page (build only: nobody else sees the index yet). */
static void
lsh_build_write(Relation index, Buffer buf)
{
	START_CRIT_SECTION();
	MarkBufferDirty(buf);
	if (RelationNeedsWAL(index))
		log_newpage_buffer(buf, true);
	END_CRIT_SECTION();
	UnlockReleaseBuffer(buf);
}

static Buffer
lsh_build_new_buffer(Relation index)
{
	Buffer		buf = ReadBuffer(index, P_NEW);

	LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
	return buf;
}

/* Write the chain pages of the sorted entries of one pass; fill dir. */
static void
lsh_build_write_chains(Relation index, lsh_build_state *st, lsh_dir_entry *dir)
{
	Size		i = 0;

	while (i < st->n)
	{
		uint32		bucket = cl_lsh_bucket(st->entries[i].key, st->nbuckets);
		Size		end = i;

		CHECK_FOR_INTERRUPTS();
		while (end < st->n && cl_lsh_bucket(st->entries[end].key, st->nbuckets) == bucket)
			end++;
		while (i < end)
		{
			Buffer		buf = lsh_build_new_buffer(index);
			Page		page = BufferGetPage(buf);
			BlockNumber blkno = BufferGetBlockNumber(buf);
			int			n = (int) Min(end - i, (Size) LSH_ENTRIES_PER_PAGE);
			lsh_entry  *out;

			lsh_init_page(page, LSH_CHAIN);
			out = lsh_page_entries(page);
			for (int k = 0; k < n; k++)
				lsh_entry_set(&out[k], st->entries[i + k].key, &st->entries[i + k].tid);
			lsh_page_set_count(page, n);
			i += n;
			/* pages of a build are allocated one after the other */
			if (i < end)
				LSH_OPAQUE(page)->next = blkno + 1;
			if (dir[bucket].head == InvalidBlockNumber)
				dir[bucket].head = blkno;
			dir[bucket].tail = blkno;
			lsh_build_write(index, buf);
		}
	}
}

/* Fill the metapage and directory pages, in memory. */
static void
lsh_fill_meta_page(Page page, uint32 nbuckets)
{
	lsh_meta   *meta;

	lsh_init_page(page, LSH_META);
	meta = lsh_page_meta(page);
	meta->magic = LSH_MAGIC;
	meta->version = LSH_VERSION;
	meta->nbuckets = nbuckets;
	meta->ndirpages = (nbuckets + LSH_DIR_PER_PAGE - 1) / LSH_DIR_PER_PAGE;
	((PageHeader) page)->pd_lower += sizeof(lsh_meta);
}

static void
lsh_fill_dir_page(Page page, const lsh_dir_entry *dir, uint32 nbuckets, uint32 dirpage)
{
	uint32		first = dirpage * LSH_DIR_PER_PAGE;
	uint32		n = Min(LSH_DIR_PER_PAGE, nbuckets - first);

	lsh_init_page(page, LSH_DIR);
	if (dir)
		memcpy(lsh_page_dir(page), dir + first, n * sizeof(lsh_dir_entry));
	else
		for (uint32 i = 0; i < n; i++)
			lsh_page_dir(page)[i].head = lsh_page_dir(page)[i].tail = InvalidBlockNumber;
	((PageHeader) page)->pd_lower += n * sizeof(lsh_dir_entry);
}

static uint32
lsh_build_bucket_count(Relation heap, Relation index)
{
	lsh_options *opts = (lsh_options *) index->rd_options;
	BlockNumber pages;
	double		tuples,
				allvisfrac;

	if (opts && opts->buckets > 0)
		return (uint32) opts->buckets;
	estimate_rel_size(heap, NULL, &pages, &tuples, &allvisfrac);
	return cl_lsh_buckets_for_rows(tuples);
}

static IndexBuildResult *
lsh_build(Relation heap, Relation index, IndexInfo *indexInfo)
{
	IndexBuildResult *result;
	lsh_build_state st;
	lsh_dir_entry *dir;
	uint32		ndir;

	lsh_check_column(index);
	if (RelationGetNumberOfBlocks(index) != 0)
		elog(ERROR, "index \"%s\" already contains data", RelationGetRelationName(index));

	memset(&st, 0, sizeof(st));
	st.nbuckets = lsh_build_bucket_count(heap, index);
	ndir = (st.nbuckets + LSH_DIR_PER_PAGE - 1) / LSH_DIR_PER_PAGE;
	dir = palloc_extended(sizeof(lsh_dir_entry) * st.nbuckets, MCXT_ALLOC_HUGE);
	for (uint32 b = 0; b < st.nbuckets; b++)
		dir[b].head = dir[b].tail = InvalidBlockNumber;

	/* blocks 0 .. ndir: the metapage and directory, written last */
	for (uint32 i = 0; i <= ndir; i++)
	{
		Buffer		buf = lsh_build_new_buffer(index);

		if (BufferGetBlockNumber(buf) != i)
			elog(ERROR, "claimlens_lsh: unexpected block %u in a new index", BufferGetBlockNumber(buf));
		UnlockReleaseBuffer(buf);
	}

	st.max_cap = Max((Size) maintenance_work_mem * 1024 / sizeof(lsh_build_entry), (Size) 1024);
	st.max_cap = Min(st.max_cap, MaxAllocHugeSize / sizeof(lsh_build_entry));
	st.cap = Min((Size) 1024, st.max_cap);
	st.entries = palloc_extended(st.cap * sizeof(lsh_build_entry), MCXT_ALLOC_HUGE);
	st.first_pass = true;

	/*
	 * One pass over the table when the entries fit in maintenance_work_mem;
	 * otherwise each pass keeps a range of buckets (halved whenever memory
	 * fills), and the next pass starts where the last one stopped.
	 */
	st.lo = 0;
	while (st.lo < st.nbuckets)
	{
		st.hi = st.nbuckets;
		st.n = 0;
		table_index_build_scan(heap, index, indexInfo, true, st.first_pass,
							   lsh_build_callback, (void *) &st, NULL);
		qsort(st.entries, st.n, sizeof(lsh_build_entry), build_entry_cmp);
		lsh_build_write_chains(index, &st, dir);
		st.first_pass = false;
		st.lo = st.hi;
	}
	pfree(st.entries);

	for (uint32 i = 0; i <= ndir; i++)
	{
		Buffer		buf = ReadBuffer(index, i);

		LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
		if (i == LSH_METAPAGE_BLKNO)
			lsh_fill_meta_page(BufferGetPage(buf), st.nbuckets);
		else
			lsh_fill_dir_page(BufferGetPage(buf), dir, st.nbuckets, i - 1);
		lsh_build_write(index, buf);
	}
	pfree(dir);

	result = palloc(sizeof(IndexBuildResult));
	result->heap_tuples = st.heap_rows;
	result->index_tuples = st.indexed_rows;
	return result;
}

/*
 * The init fork of an unlogged index: an empty index with the bucket count
 * of the main fork (just built), so that the index keeps its shape after a
 * crash empties it.
 */
static void
lsh_buildempty(Relation index)
{
	uint32		nbuckets = CL_LSH_MIN_BUCKETS;
	uint32		ndir;
	Page		page = (Page) palloc(BLCKSZ);

	if (smgrexists(RelationGetSmgr(index), MAIN_FORKNUM) && RelationGetNumberOfBlocks(index) > 0)
		nbuckets = lsh_get_meta(index)->nbuckets;
	ndir = (nbuckets + LSH_DIR_PER_PAGE - 1) / LSH_DIR_PER_PAGE;
	for (uint32 i = 0; i <= ndir; i++)
	{
		if (i == LSH_METAPAGE_BLKNO)
			lsh_fill_meta_page(page, nbuckets);
		else
			lsh_fill_dir_page(page, NULL, nbuckets, i - 1);
		PageSetChecksumInplace(page, i);
		smgrextend(RelationGetSmgr(index), INIT_FORKNUM, i, (char *) page, true);
		log_newpage(&RelationGetSmgr(index)->smgr_rnode.node, INIT_FORKNUM, i, page, true);
	}
	smgrimmedsync(RelationGetSmgr(index), INIT_FORKNUM);
	pfree(page);
}

/* ---- insert ---------------------------------------------------------------- */

/*
 * A page for a chain: a page vacuum freed, or a new one.  Called with the
 * directory page and the tail locked; takes free pages only when their lock
 * comes at once, so it never waits on a page lock while holding those.
 */
static Buffer
lsh_new_page(Relation index)
{
	bool		need_lock;
	Buffer		buf;

	for (;;)
	{
		BlockNumber blkno = GetFreeIndexPage(index);

		if (blkno == InvalidBlockNumber)
			break;
		buf = ReadBuffer(index, blkno);
		if (ConditionalLockBuffer(buf))
		{
			Page		page = BufferGetPage(buf);

			if (!PageIsNew(page) && PageGetSpecialSize(page) == MAXALIGN(sizeof(lsh_page_opaque)) &&
				(LSH_OPAQUE(page)->flags & LSH_DELETED))
				return buf;
			LockBuffer(buf, BUFFER_LOCK_UNLOCK);
		}
		ReleaseBuffer(buf);
	}
	need_lock = !RELATION_IS_LOCAL(index);
	if (need_lock)
		LockRelationForExtension(index, ExclusiveLock);
	buf = ReadBuffer(index, P_NEW);
	LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
	if (need_lock)
		UnlockRelationForExtension(index, ExclusiveLock);
	return buf;
}

static void
lsh_page_append(Page page, const uint32 *keys, int nkeys, ItemPointer tid)
{
	int			n = lsh_page_count(page);

	for (int i = 0; i < nkeys; i++)
		lsh_entry_set(&lsh_page_entries(page)[n + i], keys[i], tid);
	lsh_page_set_count(page, n + nkeys);
}

/* Room for nkeys more entries on the (locked) tail page? */
static bool
lsh_tail_has_room(Relation index, Buffer tbuf, int nkeys)
{
	lsh_check_page(index, tbuf, LSH_CHAIN, "a chain page");
	return lsh_page_count(BufferGetPage(tbuf)) + nkeys <= LSH_ENTRIES_PER_PAGE;
}

static void
lsh_append_to_tail(Relation index, Buffer tbuf, const uint32 *keys, int nkeys, ItemPointer tid)
{
	GenericXLogState *state = GenericXLogStart(index);

	lsh_page_append(GenericXLogRegisterBuffer(state, tbuf, 0), keys, nkeys, tid);
	GenericXLogFinish(state);
}

/*
 * With the bucket's directory page locked (in either mode), append to the
 * bucket's tail if it has room: true.  Otherwise false, and *tbuf is the
 * tail, still locked, if keep_tail (else InvalidBuffer).
 */
static bool
lsh_try_tail(Relation index, Buffer dirbuf, uint32 bucket, const uint32 *keys, int nkeys,
			 ItemPointer tid, bool keep_tail, Buffer *tbuf)
{
	BlockNumber tail = lsh_page_dir(BufferGetPage(dirbuf))[LSH_DIR_SLOT(bucket)].tail;
	Buffer		buf;

	*tbuf = InvalidBuffer;
	if (tail == InvalidBlockNumber)
		return false;
	buf = ReadBuffer(index, tail);
	LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
	if (lsh_tail_has_room(index, buf, nkeys))
	{
		lsh_append_to_tail(index, buf, keys, nkeys, tid);
		UnlockReleaseBuffer(buf);
		return true;
	}
	if (keep_tail)
		*tbuf = buf;
	else
		UnlockReleaseBuffer(buf);
	return false;
}

/* Add the entries of one bucket (nkeys <= 32 fit on an empty page). */
static void
lsh_insert_bucket(Relation index, uint32 bucket, const uint32 *keys, int nkeys, ItemPointer tid)
{
	Buffer		dirbuf = ReadBuffer(index, LSH_DIR_BLOCK(bucket));
	Buffer		tbuf;
	Buffer		nbuf;
	GenericXLogState *state;
	Page		npage;
	lsh_dir_entry *nslot;

	/* Most of the time the tail has room: a share lock on the directory will do. */
	LockBuffer(dirbuf, BUFFER_LOCK_SHARE);
	lsh_check_page(index, dirbuf, LSH_DIR, "a directory page");
	if (lsh_try_tail(index, dirbuf, bucket, keys, nkeys, tid, false, &tbuf))
	{
		UnlockReleaseBuffer(dirbuf);
		return;
	}
	/* A new tail: the directory changes, so lock it exclusively and look again. */
	LockBuffer(dirbuf, BUFFER_LOCK_UNLOCK);
	LockBuffer(dirbuf, BUFFER_LOCK_EXCLUSIVE);
	if (lsh_try_tail(index, dirbuf, bucket, keys, nkeys, tid, true, &tbuf))
	{
		UnlockReleaseBuffer(dirbuf);
		return;
	}
	nbuf = lsh_new_page(index);
	state = GenericXLogStart(index);
	nslot = &lsh_page_dir(GenericXLogRegisterBuffer(state, dirbuf, 0))[LSH_DIR_SLOT(bucket)];
	npage = GenericXLogRegisterBuffer(state, nbuf, GENERIC_XLOG_FULL_IMAGE);
	lsh_init_page(npage, LSH_CHAIN);
	lsh_page_append(npage, keys, nkeys, tid);
	if (BufferIsValid(tbuf))
		LSH_OPAQUE(GenericXLogRegisterBuffer(state, tbuf, 0))->next = BufferGetBlockNumber(nbuf);
	else
		nslot->head = BufferGetBlockNumber(nbuf);
	nslot->tail = BufferGetBlockNumber(nbuf);
	GenericXLogFinish(state);
	UnlockReleaseBuffer(nbuf);
	if (BufferIsValid(tbuf))
		UnlockReleaseBuffer(tbuf);
	UnlockReleaseBuffer(dirbuf);
}

static bool
lsh_insert(Relation index, Datum *values, bool *isnull, ItemPointer tid,
		   Relation heap, IndexUniqueCheck checkUnique, bool indexUnchanged,
		   IndexInfo *indexInfo)
{
	uint32		keys[CL_DOCSIG_BANDS];
	int			nkeys;
	uint32		nbuckets;

	if (isnull[0])
		return false;
	nkeys = cl_lsh_keys((const cl_docsig *) DatumGetPointer(values[0]), keys);
	if (nkeys == 0)
		return false;
	nbuckets = lsh_get_meta(index)->nbuckets;
	/* sorted keys come in bucket order: one visit per bucket */
	cl_lsh_sort_keys(keys, nkeys);
	for (int i = 0, j; i < nkeys; i = j)
	{
		uint32		bucket = cl_lsh_bucket(keys[i], nbuckets);

		for (j = i + 1; j < nkeys && cl_lsh_bucket(keys[j], nbuckets) == bucket; j++)
			;
		lsh_insert_bucket(index, bucket, keys + i, j - i, tid);
	}
	return false;
}

/* ---- vacuum ---------------------------------------------------------------- */

typedef struct lsh_vacuum_state
{
	IndexBulkDeleteCallback callback;
	void	   *callback_state;
	double		live,
				removed;		/* entries */
	BlockNumber freed;			/* pages unlinked */
	/* the squeeze: live entries and pages of one chain */
	lsh_entry  *entries;
	Size		entries_cap;
	BlockNumber *blocks;
	Size		blocks_cap;
} lsh_vacuum_state;

/* Remove the dead entries of a locked page; returns the live ones left. */
static int
lsh_vacuum_page(Relation index, Buffer buf, lsh_vacuum_state *vs)
{
	Page		page = BufferGetPage(buf);
	lsh_entry  *e = lsh_page_entries(page);
	int			n = lsh_page_count(page);
	int			dead = 0;
	GenericXLogState *state;
	int			kept = 0;

	for (int i = 0; i < n; i++)
		dead += vs->callback(&e[i].tid, vs->callback_state) ? 1 : 0;
	vs->removed += dead;
	vs->live += n - dead;
	if (dead == 0)
		return n;
	state = GenericXLogStart(index);
	page = GenericXLogRegisterBuffer(state, buf, 0);
	e = lsh_page_entries(page);
	for (int i = 0; i < n; i++)
		if (!vs->callback(&e[i].tid, vs->callback_state))
			e[kept++] = e[i];
	lsh_page_set_count(page, kept);
	GenericXLogFinish(state);
	return kept;
}

/*
 * Move the live entries of a chain toward its head and free the pages left
 * empty.  The caller holds the directory page exclusively and a cleanup lock
 * on the head (released by the caller), so no inserter or scan is on the
 * chain.  Each page is rewritten in its own WAL record, first to last; every
 * live entry stays on some page of the chain throughout (at worst twice,
 * which scans and vacuum tolerate), and the record that ends the chain also
 * moves the directory's tail.
 */
static void
lsh_squeeze(Relation index, Buffer dirbuf, uint32 slotno, Buffer hbuf,
			lsh_vacuum_state *vs, Size nentries, Size nblocks)
{
	Size		keep = Max((Size) 1, (nentries + LSH_ENTRIES_PER_PAGE - 1) / LSH_ENTRIES_PER_PAGE);
	GenericXLogState *state;

	for (Size i = 0; i < nblocks; i++)
	{
		Buffer		buf = i == 0 ? hbuf : ReadBuffer(index, vs->blocks[i]);
		Page		page;

		if (i > 0)
			LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
		state = GenericXLogStart(index);
		page = GenericXLogRegisterBuffer(state, buf, 0);
		if (i < keep)
		{
			Size		from = i * LSH_ENTRIES_PER_PAGE;
			int			n = (int) Min(nentries - from, (Size) LSH_ENTRIES_PER_PAGE);

			memcpy(lsh_page_entries(page), vs->entries + from, n * sizeof(lsh_entry));
			lsh_page_set_count(page, n);
			if (i == keep - 1)
			{
				LSH_OPAQUE(page)->next = InvalidBlockNumber;
				lsh_page_dir(GenericXLogRegisterBuffer(state, dirbuf, 0))[slotno].tail = vs->blocks[i];
			}
		}
		else
		{
			lsh_init_page(page, LSH_DELETED);
			vs->freed++;
		}
		GenericXLogFinish(state);
		if (i > 0)
			UnlockReleaseBuffer(buf);
		if (i >= keep)
			RecordFreeIndexPage(index, vs->blocks[i]);
	}
}

static void
lsh_vacuum_bucket(Relation index, uint32 bucket, lsh_vacuum_state *vs)
{
	Buffer		dirbuf = ReadBuffer(index, LSH_DIR_BLOCK(bucket));
	lsh_dir_entry slot;
	Buffer		hbuf;
	Buffer		buf;
	bool		squeeze;
	Size		nentries = 0,
				nblocks = 0;

	LockBuffer(dirbuf, BUFFER_LOCK_EXCLUSIVE);
	lsh_check_page(index, dirbuf, LSH_DIR, "a directory page");
	slot = lsh_page_dir(BufferGetPage(dirbuf))[LSH_DIR_SLOT(bucket)];
	if (slot.head == InvalidBlockNumber)
	{
		UnlockReleaseBuffer(dirbuf);
		return;
	}
	hbuf = ReadBuffer(index, slot.head);
	/* a scan on the chain holds a pin on the head: then remove in place only */
	squeeze = ConditionalLockBufferForCleanup(hbuf);
	if (!squeeze)
		LockBuffer(hbuf, BUFFER_LOCK_EXCLUSIVE);

	buf = hbuf;
	for (;;)
	{
		Page		page;
		int			live;
		BlockNumber next;

		lsh_check_page(index, buf, LSH_CHAIN, "a chain page");
		live = lsh_vacuum_page(index, buf, vs);
		page = BufferGetPage(buf);
		next = LSH_OPAQUE(page)->next;
		if (squeeze)
		{
			if (nentries + live > vs->entries_cap)
			{
				vs->entries_cap = Max(vs->entries_cap * 2, nentries + live);
				vs->entries = repalloc_huge(vs->entries, vs->entries_cap * sizeof(lsh_entry));
			}
			memcpy(vs->entries + nentries, lsh_page_entries(page), live * sizeof(lsh_entry));
			nentries += live;
			if (nblocks == vs->blocks_cap)
			{
				vs->blocks_cap *= 2;
				vs->blocks = repalloc_huge(vs->blocks, vs->blocks_cap * sizeof(BlockNumber));
			}
			vs->blocks[nblocks++] = BufferGetBlockNumber(buf);
		}
		if (buf != hbuf)
			UnlockReleaseBuffer(buf);
		if (next == InvalidBlockNumber)
			break;
		buf = ReadBuffer(index, next);
		LockBuffer(buf, BUFFER_LOCK_EXCLUSIVE);
	}
	if (squeeze && (nentries + LSH_ENTRIES_PER_PAGE - 1) / LSH_ENTRIES_PER_PAGE < nblocks)
		lsh_squeeze(index, dirbuf, LSH_DIR_SLOT(bucket), hbuf, vs, nentries, nblocks);
	UnlockReleaseBuffer(hbuf);
	UnlockReleaseBuffer(dirbuf);
}

static IndexBulkDeleteResult *
lsh_bulkdelete(IndexVacuumInfo *info, IndexBulkDeleteResult *stats,
			   IndexBulkDeleteCallback callback, void *callback_state)
{
	Relation	index = info->index;
	uint32		nbuckets = lsh_get_meta(index)->nbuckets;
	lsh_vacuum_state vs;

	if (stats == NULL)
		stats = palloc0(sizeof(IndexBulkDeleteResult));
	memset(&vs, 0, sizeof(vs));
	vs.callback = callback;
	vs.callback_state = callback_state;
	vs.entries_cap = 4 * LSH_ENTRIES_PER_PAGE;
	vs.entries = palloc(vs.entries_cap * sizeof(lsh_entry));
	vs.blocks_cap = 16;
	vs.blocks = palloc(vs.blocks_cap * sizeof(BlockNumber));
	for (uint32 b = 0; b < nbuckets; b++)
	{
		vacuum_delay_point();
		lsh_vacuum_bucket(index, b, &vs);
	}
	pfree(vs.entries);
	pfree(vs.blocks);
	/* each indexed row has CL_DOCSIG_BANDS entries */
	stats->num_index_tuples = vs.live / CL_DOCSIG_BANDS;
	stats->tuples_removed += vs.removed / CL_DOCSIG_BANDS;
	stats->pages_newly_deleted += vs.freed;
	stats->num_pages = RelationGetNumberOfBlocks(index);
	return stats;
}

/*
 * After vacuum: count the pages, the entries (when no bulk delete ran) and
 * the free pages, which go to the free space map again in case a crash lost
 * them.
 */
static IndexBulkDeleteResult *
lsh_vacuumcleanup(IndexVacuumInfo *info, IndexBulkDeleteResult *stats)
{
	Relation	index = info->index;
	BlockNumber npages;
	bool		count = stats == NULL;
	double		entries = 0;

	if (info->analyze_only)
		return stats;
	if (stats == NULL)
		stats = palloc0(sizeof(IndexBulkDeleteResult));
	npages = RelationGetNumberOfBlocks(index);
	stats->pages_free = 0;
	stats->pages_deleted = 0;
	for (BlockNumber blkno = 1; blkno < npages; blkno++)
	{
		Buffer		buf;
		Page		page;

		vacuum_delay_point();
		buf = ReadBufferExtended(index, MAIN_FORKNUM, blkno, RBM_NORMAL, info->strategy);
		LockBuffer(buf, BUFFER_LOCK_SHARE);
		page = BufferGetPage(buf);
		if (!PageIsNew(page) && PageGetSpecialSize(page) == MAXALIGN(sizeof(lsh_page_opaque)))
		{
			if (LSH_OPAQUE(page)->flags & LSH_DELETED)
			{
				RecordFreeIndexPage(index, blkno);
				stats->pages_free++;
				stats->pages_deleted++;
			}
			else if (LSH_OPAQUE(page)->flags & LSH_CHAIN)
				entries += lsh_page_count(page);
		}
		UnlockReleaseBuffer(buf);
	}
	IndexFreeSpaceMapVacuum(index);
	if (count)
		stats->num_index_tuples = entries / CL_DOCSIG_BANDS;
	stats->num_pages = npages;
	return stats;
}

/* ---- planning ------------------------------------------------------------ */

/*
 * A scan reads about one bucket per query key, CL_LSH_BUCKET_TARGET entries
 * each: the entries of CL_LSH_BUCKET_TARGET rows in all.  It returns the
 * rows that share a key with the query, which are few (near-duplicates and
 * rare collisions): the selectivity of % (0.1 %) at most.  The planner
 * charges an ordered scan like any other, by the share of rows a LIMIT
 * takes, so ORDER BY sig <-> $1 LIMIT k comes out far below a sort of the
 * table.
 */
static void
lsh_costestimate(PlannerInfo *root, IndexPath *path, double loop_count,
				 Cost *indexStartupCost, Cost *indexTotalCost,
				 Selectivity *indexSelectivity, double *indexCorrelation,
				 double *indexPages)
{
	GenericCosts costs;
	double		tuples = path->indexinfo->tuples;

	/*
	 * Without a % condition or an ORDER BY the index has nothing to look up
	 * (a count(*) would otherwise be offered an index-only scan): never.
	 */
	if (path->indexclauses == NIL && path->indexorderbys == NIL)
	{
		*indexStartupCost = *indexTotalCost = DBL_MAX;
		*indexSelectivity = 1;
		*indexCorrelation = 0;
		*indexPages = path->indexinfo->pages;
		return;
	}
	MemSet(&costs, 0, sizeof(costs));
	costs.numIndexTuples = Max(1.0, Min(tuples, (double) CL_LSH_BUCKET_TARGET));
	genericcostestimate(root, path, loop_count, &costs);
	*indexStartupCost = costs.indexStartupCost;
	*indexTotalCost = costs.indexTotalCost;
	*indexSelectivity = Min(costs.indexSelectivity, 0.001);
	*indexCorrelation = 0;
	*indexPages = costs.numIndexPages;
}

/* ---- validation ------------------------------------------------------------ */

static bool
lsh_validate(Oid opclassoid)
{
	HeapTuple	classtup = SearchSysCache1(CLAOID, ObjectIdGetDatum(opclassoid));
	Form_pg_opclass classform;
	Oid			opfamily,
				opcintype;
	char	   *name;
	CatCList   *oprlist,
			   *proclist;
	bool		result = true;

	if (!HeapTupleIsValid(classtup))
		elog(ERROR, "cache lookup failed for operator class %u", opclassoid);
	classform = (Form_pg_opclass) GETSTRUCT(classtup);
	opfamily = classform->opcfamily;
	opcintype = classform->opcintype;
	name = pstrdup(NameStr(classform->opcname));
	ReleaseSysCache(classtup);

	if (!is_docsig_type(opcintype))
	{
		ereport(INFO,
				(errcode(ERRCODE_INVALID_OBJECT_DEFINITION),
				 errmsg("claimlens_lsh operator class \"%s\" is not for type claimlens.docsig", name)));
		result = false;
	}
	oprlist = SearchSysCacheList1(AMOPSTRATEGY, ObjectIdGetDatum(opfamily));
	for (int i = 0; i < oprlist->n_members; i++)
	{
		Form_pg_amop op = (Form_pg_amop) GETSTRUCT(&oprlist->members[i]->tuple);
		bool		ok;

		if (op->amopstrategy == LSH_SIMILAR_STRATEGY)
			ok = op->amoppurpose == AMOP_SEARCH &&
				check_amop_signature(op->amopopr, BOOLOID, opcintype, opcintype);
		else if (op->amopstrategy == LSH_DISTANCE_STRATEGY)
			ok = op->amoppurpose == AMOP_ORDER && OidIsValid(op->amopsortfamily) &&
				check_amop_signature(op->amopopr, FLOAT4OID, opcintype, opcintype);
		else
			ok = false;
		if (!ok)
		{
			ereport(INFO,
					(errcode(ERRCODE_INVALID_OBJECT_DEFINITION),
					 errmsg("claimlens_lsh operator class \"%s\": operator %u with strategy %d is not %% (search) or <-> (order by, float4)",
							name, op->amopopr, op->amopstrategy)));
			result = false;
		}
	}
	ReleaseCatCacheList(oprlist);
	proclist = SearchSysCacheList1(AMPROCNUM, ObjectIdGetDatum(opfamily));
	if (proclist->n_members > 0)
	{
		ereport(INFO,
				(errcode(ERRCODE_INVALID_OBJECT_DEFINITION),
				 errmsg("claimlens_lsh operator class \"%s\" has support functions; the access method uses none", name)));
		result = false;
	}
	ReleaseCatCacheList(proclist);
	return result;
}

/* ---- handler ---------------------------------------------------------------- */

Datum
claimlens_docsig_lsh_handler(PG_FUNCTION_ARGS)
{
	IndexAmRoutine *am = makeNode(IndexAmRoutine);

	am->amstrategies = 2;
	am->amsupport = 0;
	am->amoptsprocnum = 0;
	am->amcanorder = false;
	am->amcanorderbyop = true;
	am->amcanbackward = false;
	am->amcanunique = false;
	am->amcanmulticol = false;
	am->amoptionalkey = true;	/* ORDER BY alone, without a WHERE clause */
	am->amsearcharray = false;
	am->amsearchnulls = false;
	am->amstorage = false;
	am->amclusterable = false;
	am->ampredlocks = false;
	am->amcanparallel = false;
	am->amcaninclude = false;
	am->amusemaintenanceworkmem = false;
	am->amparallelvacuumoptions = VACUUM_OPTION_NO_PARALLEL;
	am->amkeytype = InvalidOid;

	am->ambuild = lsh_build;
	am->ambuildempty = lsh_buildempty;
	am->aminsert = lsh_insert;
	am->ambulkdelete = lsh_bulkdelete;
	am->amvacuumcleanup = lsh_vacuumcleanup;
	am->amcanreturn = NULL;
	am->amcostestimate = lsh_costestimate;
	am->amoptions = lsh_options_parse;
	am->amproperty = NULL;
	am->ambuildphasename = NULL;
	am->amvalidate = lsh_validate;
	am->amadjustmembers = NULL;
	am->ambeginscan = lsh_beginscan;
	am->amrescan = lsh_rescan;
	am->amgettuple = lsh_gettuple;
	am->amgetbitmap = lsh_getbitmap;
	am->amendscan = lsh_endscan;
	am->ammarkpos = NULL;
	am->amrestrpos = NULL;
	am->amestimateparallelscan = NULL;
	am->aminitparallelscan = NULL;
	am->amparallelrescan = NULL;

	PG_RETURN_POINTER(am);
}
