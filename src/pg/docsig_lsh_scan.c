/*
 * docsig_lsh_scan.c — scans of claimlens_lsh indexes.
 *
 * The first call reads the buckets of the query's band keys and gathers the
 * heap TIDs filed under those keys, sorted and without duplicates.  They are
 * all returned for recheck: WHERE sig % $1 is rechecked on the heap row, and
 * for ORDER BY sig <-> $1 each row comes with 0, a lower bound of its
 * distance, so that the executor computes the exact distance and returns
 * the rows in its order (nodeIndexscan.c, reorder queue).  Rows that share
 * no key with the query are not returned.
 *
 * The query is the signature of the first % condition, or, without one, of
 * the ORDER BY; a NULL or a text without words gives no rows.
 */
#include "pg_glue.h"

#include "access/relscan.h"
#include "miscadmin.h"
#include "nodes/tidbitmap.h"
#include "storage/bufmgr.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "docsig_lsh.h"
#include "docsig_lsh_pages.h"

typedef struct lsh_scan_state
{
	MemoryContext cxt;			/* the candidates; reset by rescan */
	bool		collected;
	ItemPointerData *tids;
	int			ntids;
	int			next;
} lsh_scan_state;

IndexScanDesc
lsh_beginscan(Relation index, int nkeys, int norderbys)
{
	IndexScanDesc scan = RelationGetIndexScan(index, nkeys, norderbys);
	lsh_scan_state *so = palloc0(sizeof(lsh_scan_state));

	lsh_check_column(index);
	so->cxt = AllocSetContextCreate(CurrentMemoryContext, "claimlens_lsh scan",
									ALLOCSET_DEFAULT_SIZES);
	scan->opaque = so;
	if (norderbys > 0)
	{
		scan->xs_orderbyvals = palloc0(sizeof(Datum) * norderbys);
		scan->xs_orderbynulls = palloc(sizeof(bool) * norderbys);
		memset(scan->xs_orderbynulls, true, sizeof(bool) * norderbys);
	}
	return scan;
}

void
lsh_rescan(IndexScanDesc scan, ScanKey keys, int nkeys, ScanKey orderbys, int norderbys)
{
	lsh_scan_state *so = (lsh_scan_state *) scan->opaque;

	if (keys && scan->numberOfKeys > 0)
		memmove(scan->keyData, keys, scan->numberOfKeys * sizeof(ScanKeyData));
	if (orderbys && scan->numberOfOrderBys > 0)
		memmove(scan->orderByData, orderbys, scan->numberOfOrderBys * sizeof(ScanKeyData));
	MemoryContextReset(so->cxt);
	so->collected = false;
	so->tids = NULL;
	so->ntids = so->next = 0;
}

/* The query signature, or NULL when the scan can return no row. */
static const cl_docsig *
lsh_query(IndexScanDesc scan)
{
	ScanKey		query = NULL;

	/* NULL % x is never true: any NULL condition means no rows */
	for (int i = 0; i < scan->numberOfKeys; i++)
	{
		if (scan->keyData[i].sk_flags & SK_ISNULL)
			return NULL;
		if (query == NULL)
			query = &scan->keyData[i];
	}
	if (query == NULL && scan->numberOfOrderBys > 0)
		query = &scan->orderByData[0];
	if (query == NULL || (query->sk_flags & SK_ISNULL))
		return NULL;
	return (const cl_docsig *) DatumGetPointer(query->sk_argument);
}

static int
tid_cmp(const void *a, const void *b)
{
	return ItemPointerCompare((ItemPointer) a, (ItemPointer) b);
}

typedef struct lsh_candidates
{
	ItemPointerData *tids;
	int			n,
				cap;
} lsh_candidates;

/* Add the TIDs of the entries of a locked chain page whose key is one of keys[]. */
static void
lsh_scan_page(Page page, const uint32 *keys, int nkeys, lsh_candidates *c)
{
	const lsh_entry *e = lsh_page_entries(page);
	int			n = lsh_page_count(page);

	for (int i = 0; i < n; i++)
	{
		uint32		key = lsh_entry_key(&e[i]);

		for (int k = 0; k < nkeys; k++)
			if (key == keys[k])
			{
				if (c->n == c->cap)
				{
					c->cap *= 2;
					c->tids = repalloc_huge(c->tids, sizeof(ItemPointerData) * c->cap);
				}
				c->tids[c->n++] = e[i].tid;
				break;
			}
	}
}

/*
 * Walk one bucket's chain.  The directory page is share-locked while the
 * head is pinned; the pin stays until the walk ends, so vacuum cannot move
 * entries between the chain's pages meanwhile (see docsig_lsh_pages.h).
 */
static void
lsh_scan_bucket(Relation index, uint32 bucket, const uint32 *keys, int nkeys, lsh_candidates *c)
{
	Buffer		dirbuf = ReadBuffer(index, LSH_DIR_BLOCK(bucket));
	BlockNumber blkno;
	Buffer		hbuf;
	Buffer		buf;

	LockBuffer(dirbuf, BUFFER_LOCK_SHARE);
	blkno = lsh_page_dir(BufferGetPage(dirbuf))[LSH_DIR_SLOT(bucket)].head;
	if (blkno == InvalidBlockNumber)
	{
		UnlockReleaseBuffer(dirbuf);
		return;
	}
	hbuf = ReadBuffer(index, blkno);
	UnlockReleaseBuffer(dirbuf);
	buf = hbuf;
	for (;;)
	{
		Page		page;

		CHECK_FOR_INTERRUPTS();
		LockBuffer(buf, BUFFER_LOCK_SHARE);
		page = BufferGetPage(buf);

		/*
		 * A page that is no longer a chain page ends the walk.  On the
		 * primary that cannot happen (the pin on the head keeps vacuum
		 * away); on a hot standby, replay of vacuum's compaction takes no
		 * cleanup lock, and a scan at that moment may miss rows of the chain.
		 */
		if (PageIsNew(page) || PageGetSpecialSize(page) != MAXALIGN(sizeof(lsh_page_opaque)) ||
			(LSH_OPAQUE(page)->flags & LSH_CHAIN) == 0)
			blkno = InvalidBlockNumber;
		else
		{
			lsh_scan_page(page, keys, nkeys, c);
			blkno = LSH_OPAQUE(page)->next;
		}
		LockBuffer(buf, BUFFER_LOCK_UNLOCK);
		if (buf != hbuf)
			ReleaseBuffer(buf);
		if (blkno == InvalidBlockNumber)
			break;
		buf = ReadBuffer(index, blkno);
	}
	ReleaseBuffer(hbuf);
}

static void
lsh_collect(IndexScanDesc scan)
{
	lsh_scan_state *so = (lsh_scan_state *) scan->opaque;
	const cl_docsig *query = lsh_query(scan);
	uint32		keys[CL_DOCSIG_BANDS];
	int			nkeys;
	uint32		nbuckets;
	lsh_candidates c;
	MemoryContext old;
	int			need,
				kept = 0;

	so->collected = true;
	if (scan->numberOfKeys == 0 && scan->numberOfOrderBys == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("claimlens_lsh index \"%s\" can only be scanned for sig %% query or ORDER BY sig <-> query",
						RelationGetRelationName(scan->indexRelation))));
	if (query == NULL || (nkeys = cl_lsh_keys(query, keys)) == 0)
		return;
	nbuckets = lsh_get_meta(scan->indexRelation)->nbuckets;
	old = MemoryContextSwitchTo(so->cxt);
	c.cap = 256;
	c.n = 0;
	c.tids = palloc(sizeof(ItemPointerData) * c.cap);
	cl_lsh_sort_keys(keys, nkeys);
	for (int i = 0, j; i < nkeys; i = j)
	{
		uint32		bucket = cl_lsh_bucket(keys[i], nbuckets);

		for (j = i + 1; j < nkeys && cl_lsh_bucket(keys[j], nbuckets) == bucket; j++)
			;
		lsh_scan_bucket(scan->indexRelation, bucket, keys + i, j - i, &c);
	}
	/*
	 * A row found under several keys is returned once.  With a % condition,
	 * only rows sharing as many keys as the GIN class asks for at the
	 * current threshold (1 at 0.5, 2 at 0.7, 12 at 0.9) are worth a recheck.
	 */
	need = scan->numberOfKeys > 0 ? claimlens_docsig_keys_needed(nkeys) : 1;
	qsort(c.tids, c.n, sizeof(ItemPointerData), tid_cmp);
	for (int i = 0, j; i < c.n; i = j)
	{
		for (j = i + 1; j < c.n && ItemPointerEquals(&c.tids[j], &c.tids[i]); j++)
			;
		if (j - i >= need)
			c.tids[kept++] = c.tids[i];
	}
	c.n = kept;
	so->tids = c.tids;
	so->ntids = c.n;
	MemoryContextSwitchTo(old);
}

bool
lsh_gettuple(IndexScanDesc scan, ScanDirection dir)
{
	lsh_scan_state *so = (lsh_scan_state *) scan->opaque;

	if (!so->collected)
		lsh_collect(scan);
	if (so->next >= so->ntids)
		return false;
	scan->xs_heaptid = so->tids[so->next++];
	scan->xs_recheck = true;
	if (scan->numberOfOrderBys > 0)
	{
		/* a lower bound of every distance: the executor computes and sorts */
		for (int i = 0; i < scan->numberOfOrderBys; i++)
		{
			scan->xs_orderbyvals[i] = Float4GetDatum(0.0f);
			scan->xs_orderbynulls[i] = false;
		}
		scan->xs_recheckorderby = true;
	}
	return true;
}

int64
lsh_getbitmap(IndexScanDesc scan, TIDBitmap *tbm)
{
	lsh_scan_state *so = (lsh_scan_state *) scan->opaque;

	if (!so->collected)
		lsh_collect(scan);
	if (so->ntids > 0)
		tbm_add_tuples(tbm, so->tids, so->ntids, true);
	return so->ntids;
}

void
lsh_endscan(IndexScanDesc scan)
{
	lsh_scan_state *so = (lsh_scan_state *) scan->opaque;

	MemoryContextDelete(so->cxt);
	pfree(so);
}
