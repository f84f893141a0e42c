-- The approximate index access method claimlens_lsh and its default class
-- docsig_bucket_ops: it validates; the planner picks it for the bare
-- ORDER BY sig <-> $1 LIMIT k; it returns the same rows in the same order as
-- a sequential scan for every row similar enough to be found (here >= 0.5),
-- and fewer rows than asked when fewer similar rows exist; it serves
-- WHERE sig % $1; inserts after the build, DELETE + VACUUM, REINDEX, NULL
-- signatures, texts without words, unlogged tables and bad storage
-- parameters.
SET search_path = claimlens, public;

SELECT opc.opcname, am.amname, opc.opcdefault, amvalidate(opc.oid) AS valid
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE am.amname = 'claimlens_lsh';

-- Each sample article and 24 rewrites of it (sentences dropped and
-- reordered, some words replaced), 600 unrelated texts of random words, a
-- text without words and three NULL signatures.
CREATE TABLE lsh (id int PRIMARY KEY, sig docsig);
CREATE FUNCTION lsh_rewrite(body text, k int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN k = 0 THEN body ELSE
        (SELECT string_agg(CASE WHEN k % 4 = 3 THEN regexp_replace(s, '\m(a|an|of|in)\M', 'the', 'g') ELSE s END,
                           ' ' ORDER BY (n * 5 + k) % (2 + k % 3), n)
         FROM unnest(regexp_split_to_array(body, '(?<=[.!?])\s+')) WITH ORDINALITY u(s, n)
         WHERE (n * 3 + k) % (3 + k % 4) <> 0) END
$$;
-- half the rewrites before the index exists, half after
INSERT INTO lsh SELECT a.id * 100 + k, docsig(lsh_rewrite(a.body, k))
FROM sample_articles a, generate_series(0, 24) k WHERE k % 2 = 0;
INSERT INTO lsh SELECT 10000 + g, docsig(string_agg(substr(md5((g * 7919 + i)::text), 1 + i % 5, 3 + i % 6), ' '))
FROM generate_series(1, 300) g, generate_series(1, 80) i GROUP BY g;
INSERT INTO lsh VALUES (99990, docsig(text '   ')), (99991, NULL), (99992, NULL);
CREATE INDEX lsh_idx ON lsh USING claimlens_lsh (sig);
SELECT reltuples AS indexed_rows FROM pg_class WHERE relname = 'lsh_idx';
INSERT INTO lsh SELECT a.id * 100 + k, docsig(lsh_rewrite(a.body, k))
FROM sample_articles a, generate_series(0, 24) k WHERE k % 2 = 1;
INSERT INTO lsh SELECT 20000 + g, docsig(string_agg(substr(md5((g * 104729 + i)::text), 1 + i % 5, 3 + i % 6), ' '))
FROM generate_series(1, 300) g, generate_series(1, 80) i GROUP BY g;
INSERT INTO lsh VALUES (99993, NULL);
ANALYZE lsh;
SELECT count(*) AS rows, count(sig) AS with_signature, count(*) FILTER (WHERE shingles(sig) = 0) AS without_words
FROM lsh;

-- The planner picks the index by itself for the bare k-nearest query.
EXPLAIN (COSTS OFF)
SELECT id FROM lsh ORDER BY sig <-> (SELECT sig FROM lsh WHERE id = 105) LIMIT 10;

-- Every query article, through the index and by sequential scan: the 30
-- nearest rows.  Above the similarity floor 0.5 (where a pair shares a band
-- key with probability 0.986 and above), the index returns exactly the rows
-- and the order of the sequential scan, ties broken by id.
CREATE FUNCTION lsh_nearest() RETURNS TABLE (q int, ids int[], dists float4[])
LANGUAGE sql STABLE AS $$
    SELECT q.id,
           ARRAY(SELECT id FROM (SELECT l.id, l.sig <-> q.sig AS d FROM lsh l
                                 ORDER BY l.sig <-> q.sig LIMIT 30) n ORDER BY d, id),
           ARRAY(SELECT d FROM (SELECT l.id, l.sig <-> q.sig AS d FROM lsh l
                                ORDER BY l.sig <-> q.sig LIMIT 30) n ORDER BY d, id)
    FROM lsh q WHERE q.id % 100 IN (0, 7, 13) AND q.id < 10000
$$;
BEGIN;
SET LOCAL enable_seqscan = off;
CREATE TEMP TABLE via_index AS SELECT * FROM lsh_nearest();
COMMIT;
BEGIN;
SET LOCAL enable_indexscan = off;
SET LOCAL enable_bitmapscan = off;
CREATE TEMP TABLE via_seqscan AS SELECT * FROM lsh_nearest();
COMMIT;
-- Rows tied with the 30th distance are left out: either may come first.
-- A pair at similarity s shares a key with probability 1 - (1 - s^3)^32,
-- 0.986 at 0.5 and 0.9996 at 0.6: one pair at 0.52 is missed here.
CREATE TEMP TABLE floor_cmp AS
SELECT f.floor, s.q,
       ARRAY(SELECT i FROM unnest(s.ids, s.dists) u(i, d) WHERE d <= 1 - f.floor AND d < s.dists[30]) AS seq_ids,
       ARRAY(SELECT i FROM unnest(v.ids, v.dists) u(i, d) WHERE d <= 1 - f.floor AND d < s.dists[30]) AS index_ids,
       cardinality(v.ids) AS index_rows
FROM via_seqscan s JOIN via_index v USING (q), (VALUES (0.5::float4), (0.6)) f(floor);
SELECT floor, count(*) AS queries,
       count(*) FILTER (WHERE seq_ids = index_ids) AS same_rows_same_order,
       sum(cardinality(seq_ids)) AS seqscan_rows_above_floor,
       sum(cardinality(index_ids)) AS index_rows_above_floor,
       count(*) FILTER (WHERE seq_ids <> index_ids AND
                        index_ids <> ARRAY(SELECT i FROM unnest(seq_ids) i WHERE i = ANY (index_ids))) AS order_differs,
       min(index_rows) AS min_index_rows, max(index_rows) AS max_index_rows
FROM floor_cmp GROUP BY floor ORDER BY floor;
-- below the floor the index finds rewrites too, but not all of them: it
-- returns the rows that share a band key with the query, never unrelated ones
SELECT q, seq_ids, index_ids FROM floor_cmp WHERE seq_ids <> index_ids;
SELECT s.q, s.ids, s.dists, v.ids, v.dists FROM via_seqscan s JOIN via_index v USING (q) WHERE s.q IN (SELECT q FROM floor_cmp WHERE seq_ids <> index_ids);
SELECT count(*) FILTER (WHERE d > 0.5 AND i < 10000) > 0 AS finds_some_below_floor,
       count(*) FILTER (WHERE i >= 10000) AS unrelated_rows_returned
FROM via_index v, unnest(v.ids, v.dists) u(i, d);

-- An unrelated text, a text without words and NULL: a sequential scan
-- returns 10 rows at distance about 1; the index returns only what shares a
-- key with the query (documented: approximate, like other such indexes).
CREATE TEMP TABLE odd_queries (name text, sig docsig);
INSERT INTO odd_queries VALUES
    ('unrelated', docsig(text 'Quarterly figures for the regional orchestra''s touring season were published on Tuesday by its board.')),
    ('no words', docsig(text '...')), ('null', NULL);
SET enable_seqscan = off;
SELECT o.name, (SELECT count(*) FROM (SELECT id FROM lsh ORDER BY sig <-> o.sig LIMIT 10) s) AS index_rows
FROM odd_queries o ORDER BY o.name;
RESET enable_seqscan;
SET enable_indexscan = off;
SELECT o.name, (SELECT count(*) FROM (SELECT id FROM lsh ORDER BY sig <-> o.sig LIMIT 10) s) AS seqscan_rows
FROM odd_queries o ORDER BY o.name;
RESET enable_indexscan;

-- WHERE sig % $1 through the same index (rechecked on the heap row).
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM lsh WHERE sig % (SELECT sig FROM lsh WHERE id = 105);
-- At thresholds 0.5, 0.7 and 0.9 the index asks for as many shared keys as
-- the GIN class (1, 2 and 12), and finds what a sequential scan finds.
CREATE FUNCTION lsh_similar(t float4) RETURNS TABLE (threshold float4, q int, ids int[])
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('claimlens.similarity_threshold', t::text, true);
    RETURN QUERY SELECT t, x.id, array_agg(l.id ORDER BY l.id)
    FROM lsh x JOIN lsh l ON l.sig % x.sig WHERE x.id % 100 = 7 AND x.id < 10000 GROUP BY x.id;
END $$;
CREATE TEMP TABLE similar_index AS SELECT s.* FROM unnest('{0.5,0.7,0.9}'::float4[]) t, lsh_similar(t) s;
RESET enable_seqscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
CREATE TEMP TABLE similar_seqscan AS SELECT s.* FROM unnest('{0.5,0.7,0.9}'::float4[]) t, lsh_similar(t) s;
RESET enable_indexscan;
RESET enable_bitmapscan;
SELECT threshold, count(*) AS queries, count(*) FILTER (WHERE s.ids = i.ids) AS same_rows,
       sum(cardinality(s.ids)) AS pairs
FROM similar_seqscan s JOIN similar_index i USING (threshold, q) GROUP BY threshold ORDER BY threshold;
DROP FUNCTION lsh_similar(float4);

-- REINDEX gives the same answers: the same rows at the same distances (rows
-- tied with the 30th distance left out, as their order follows the heap).
CREATE FUNCTION lsh_same(a int[], ad float4[], b int[], bd float4[]) RETURNS bool
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY(SELECT i FROM unnest(a, ad) u(i, d) WHERE d < coalesce(ad[30], 2)) =
           ARRAY(SELECT i FROM unnest(b, bd) u(i, d) WHERE d < coalesce(ad[30], 2))
       AND cardinality(a) = cardinality(b)
$$;
REINDEX INDEX lsh_idx;
SET enable_seqscan = off;
SELECT count(*) AS queries, count(*) FILTER (WHERE lsh_same(n.ids, n.dists, v.ids, v.dists)) AS same_after_reindex
FROM lsh_nearest() n JOIN via_index v USING (q);
RESET enable_seqscan;

-- DELETE + VACUUM removes the entries: with 4 buckets, chains are long, so
-- vacuum moves entries toward the chains' heads and frees pages, and
-- inserting the rows again reuses them.  Inserts pack pages a little less
-- tightly than a build (at most a page more per bucket), and further rounds
-- of delete, vacuum and insert do not grow the index at all.  The row count
-- VACUUM records is that of the rows still indexed.
DROP INDEX lsh_idx;
CREATE INDEX lsh_small ON lsh USING claimlens_lsh (sig) WITH (buckets = 4);
CREATE TEMP TABLE sizes AS SELECT 0 AS round, pg_relation_size('lsh_small') AS bytes;
CREATE TEMP TABLE lsh_deleted (LIKE lsh);
WITH d AS (DELETE FROM lsh WHERE id % 3 <> 0 RETURNING *) INSERT INTO lsh_deleted SELECT * FROM d;
VACUUM lsh;
SELECT (SELECT reltuples FROM pg_class WHERE relname = 'lsh_small') AS indexed_after_vacuum,
       (SELECT count(*) FROM lsh WHERE shingles(sig) > 0) AS rows_with_keys;
SET enable_seqscan = off;
SELECT count(*) AS deleted_rows_returned FROM lsh_deleted d
WHERE d.id IN (SELECT id FROM lsh ORDER BY sig <-> d.sig LIMIT 5);
RESET enable_seqscan;
INSERT INTO lsh SELECT * FROM lsh_deleted;
INSERT INTO sizes SELECT 1, pg_relation_size('lsh_small');
DELETE FROM lsh WHERE id % 3 <> 0;
VACUUM lsh;
INSERT INTO lsh SELECT * FROM lsh_deleted;
INSERT INTO sizes SELECT 2, pg_relation_size('lsh_small');
DELETE FROM lsh WHERE id % 3 <> 0;
VACUUM lsh;
INSERT INTO lsh SELECT * FROM lsh_deleted;
INSERT INTO sizes SELECT 3, pg_relation_size('lsh_small');
SELECT round, (bytes - (SELECT bytes FROM sizes WHERE round = 0)) / 8192 AS pages_more_than_built
FROM sizes ORDER BY round;
SET enable_seqscan = off;
SELECT count(*) AS queries, count(*) FILTER (WHERE lsh_same(n.ids, n.dists, v.ids, v.dists)) AS same_as_before
FROM lsh_nearest() n JOIN via_index v USING (q);
RESET enable_seqscan;

-- Storage parameter: checked, with a clear error.
CREATE INDEX lsh_bad ON lsh USING claimlens_lsh (sig) WITH (buckets = 0);
CREATE INDEX lsh_bad ON lsh USING claimlens_lsh (sig) WITH (buckets = 'many');
CREATE INDEX lsh_bad ON lsh USING claimlens_lsh (sig) WITH (lists = 10);
-- Only docsig columns: PostgreSQL finds no class for other types, and a
-- class made for another type neither validates nor builds.
CREATE INDEX lsh_bad ON lsh USING claimlens_lsh (id);
CREATE OPERATOR CLASS int4_bucket_ops FOR TYPE int4 USING claimlens_lsh AS
    OPERATOR 1 = (int4, int4);
SELECT amvalidate(oid) AS valid FROM pg_opclass WHERE opcname = 'int4_bucket_ops';
CREATE INDEX lsh_bad ON lsh USING claimlens_lsh (id int4_bucket_ops);
DROP OPERATOR CLASS int4_bucket_ops USING claimlens_lsh;

-- An unlogged table, and an empty table filled after the index exists.
CREATE UNLOGGED TABLE lsh_unlogged (id int, sig docsig);
CREATE INDEX ON lsh_unlogged USING claimlens_lsh (sig);
INSERT INTO lsh_unlogged SELECT id, sig FROM lsh WHERE id < 10000;
ANALYZE lsh_unlogged;
SET enable_seqscan = off;
SELECT array_agg(id ORDER BY d, id) AS nearest_unlogged FROM (
    SELECT id, sig <-> (SELECT sig FROM lsh WHERE id = 300) AS d FROM lsh_unlogged
    ORDER BY sig <-> (SELECT sig FROM lsh WHERE id = 300) LIMIT 5) s;
RESET enable_seqscan;
SET enable_indexscan = off;
SELECT array_agg(id ORDER BY d, id) AS nearest_seqscan FROM (
    SELECT id, sig <-> (SELECT sig FROM lsh WHERE id = 300) AS d FROM lsh_unlogged
    ORDER BY sig <-> (SELECT sig FROM lsh WHERE id = 300) LIMIT 5) s;
RESET enable_indexscan;

-- Without % or ORDER BY the index has nothing to look up: a count(*) reads
-- the table, even with sequential scans disabled.
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM lsh_unlogged;
SELECT count(*) FROM lsh_unlogged;
RESET enable_seqscan;

DROP TABLE lsh_unlogged;
DROP FUNCTION lsh_nearest();
DROP FUNCTION lsh_same(int[], float4[], int[], float4[]);
DROP FUNCTION lsh_rewrite(text, int);
DROP TABLE lsh;
