/*
 * docsig_lsh_pages.h — on-disk layout of claimlens_lsh indexes, and what the
 * access method's files (docsig_lsh_am.c: handler, build, insert, vacuum;
 * docsig_lsh_scan.c: scans) share.
 *
 * Block 0 is the metapage.  Blocks 1 .. ndirpages are the directory: for
 * each bucket, the first (head) and last (tail) page of its chain, or
 * InvalidBlockNumber for an empty bucket.  Every other page is a chain page:
 * entries (band key, heap TID) packed after the page header, pd_lower
 * marking their end, and in the special space the next page of the chain.
 *
 * Locking: directory page before chain pages, always.  Inserters append to
 * the tail under a share lock on the directory page (exclusive when the tail
 * changes); vacuum holds the directory page exclusively while it works on a
 * bucket.  A bucket's head page never changes once set.  Scans keep a pin on
 * the head while they walk the chain, and vacuum moves entries between pages
 * and frees pages only under a cleanup lock on the head, so a scan never sees
 * a chain half rewritten.  All changes go through the Generic WAL API
 * (builds write whole pages with log_newpage).
 */
#ifndef CLAIMLENS_DOCSIG_LSH_PAGES_H
#define CLAIMLENS_DOCSIG_LSH_PAGES_H

#include "postgres.h"

#include "access/genam.h"
#include "storage/block.h"
#include "storage/bufpage.h"
#include "storage/itemptr.h"

#include "docsig.h"

#define LSH_MAGIC 0x4C534831	/* "LSH1" */
#define LSH_VERSION 1
#define LSH_METAPAGE_BLKNO 0

/* page kinds (lsh_page_opaque.flags) */
#define LSH_META 1
#define LSH_DIR 2
#define LSH_CHAIN 4
#define LSH_DELETED 8			/* unlinked from its chain, in the free space map */

/* operator strategies of the operator class */
#define LSH_SIMILAR_STRATEGY 1	/* sig % query */
#define LSH_DISTANCE_STRATEGY 2 /* ORDER BY sig <-> query */

typedef struct lsh_page_opaque
{
	BlockNumber next;			/* chain pages: next page of the chain */
	uint16		flags;
	uint16		page_id;		/* LSH_PAGE_ID, for tools that identify pages */
} lsh_page_opaque;

#define LSH_PAGE_ID 0xFF85

typedef struct lsh_meta
{
	uint32		magic;
	uint32		version;
	uint32		nbuckets;
	uint32		ndirpages;		/* directory: blocks 1 .. ndirpages */
} lsh_meta;

typedef struct lsh_dir_entry
{
	BlockNumber head;
	BlockNumber tail;
} lsh_dir_entry;

/* An entry of a chain page: 10 bytes, 2-byte aligned. */
typedef struct lsh_entry
{
	uint16		key_hi;
	uint16		key_lo;
	ItemPointerData tid;
} lsh_entry;

#define LSH_OPAQUE(page) ((lsh_page_opaque *) PageGetSpecialPointer(page))
#define LSH_CONTENTS_SIZE (BLCKSZ - MAXALIGN(SizeOfPageHeaderData) - MAXALIGN(sizeof(lsh_page_opaque)))
#define LSH_DIR_PER_PAGE ((uint32) (LSH_CONTENTS_SIZE / sizeof(lsh_dir_entry)))
#define LSH_ENTRIES_PER_PAGE ((int) (LSH_CONTENTS_SIZE / sizeof(lsh_entry)))

#define LSH_DIR_BLOCK(bucket) ((BlockNumber) (1 + (bucket) / LSH_DIR_PER_PAGE))
#define LSH_DIR_SLOT(bucket) ((bucket) % LSH_DIR_PER_PAGE)

static inline lsh_meta *
lsh_page_meta(Page page)
{
	return (lsh_meta *) PageGetContents(page);
}

static inline lsh_dir_entry *
lsh_page_dir(Page page)
{
	return (lsh_dir_entry *) PageGetContents(page);
}

static inline lsh_entry *
lsh_page_entries(Page page)
{
	return (lsh_entry *) PageGetContents(page);
}

static inline int
lsh_page_count(Page page)
{
	return (int) ((((PageHeader) page)->pd_lower - MAXALIGN(SizeOfPageHeaderData)) / sizeof(lsh_entry));
}

static inline void
lsh_page_set_count(Page page, int n)
{
	((PageHeader) page)->pd_lower = (LocationIndex) (MAXALIGN(SizeOfPageHeaderData) + n * sizeof(lsh_entry));
}

static inline uint32
lsh_entry_key(const lsh_entry *e)
{
	return ((uint32) e->key_hi << 16) | e->key_lo;
}

static inline void
lsh_entry_set(lsh_entry *e, uint32 key, ItemPointer tid)
{
	e->key_hi = (uint16) (key >> 16);
	e->key_lo = (uint16) key;
	e->tid = *tid;
}

/* Initialise a page of the given kind (pd_lower at the start of the contents). */
void		lsh_init_page(Page page, uint16 flags);

/* The index's bucket count and directory size, read once per relcache entry. */
const lsh_meta *lsh_get_meta(Relation index);

/* Check that the indexed column is claimlens.docsig (errors otherwise). */
void		lsh_check_column(Relation index);

/*
 * How many of a query's nkeys band keys a row must share to be worth a
 * recheck of % at the current claimlens.similarity_threshold (docsig_gin.c;
 * the GIN class and claimlens_lsh apply the same rule).
 */
int			claimlens_docsig_keys_needed(int nkeys);

/* The "buckets" storage parameter; called once, from _PG_init. */
void		claimlens_lsh_define_reloptions(void);

/* Scans (docsig_lsh_scan.c). */
IndexScanDesc lsh_beginscan(Relation index, int nkeys, int norderbys);
void		lsh_rescan(IndexScanDesc scan, ScanKey keys, int nkeys, ScanKey orderbys, int norderbys);
bool		lsh_gettuple(IndexScanDesc scan, ScanDirection dir);
int64		lsh_getbitmap(IndexScanDesc scan, TIDBitmap *tbm);
void		lsh_endscan(IndexScanDesc scan);

#endif
