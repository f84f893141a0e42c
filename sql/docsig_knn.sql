-- The GiST operator class docsig_knn_ops: it validates, the planner uses it
-- for ORDER BY sig <-> $1 LIMIT k without any WHERE clause, and the index
-- returns exactly the rows and the order of a sequential scan (ties broken
-- by id), for near-duplicates, unrelated texts and a text without words.
SET search_path = claimlens, public;

SELECT opc.opcname, am.amname, amvalidate(opc.oid) AS valid
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcname = 'docsig_knn_ops';

-- Each sample article and 39 rewrites of it (sentences dropped and
-- reordered, words replaced), 1,000 unrelated texts, an empty text and a
-- one-word text: enough rows for inner pages.
CREATE TABLE knn (id int PRIMARY KEY, sig docsig);
INSERT INTO knn
SELECT a.id * 100 + k, docsig(CASE WHEN k % 3 = 1 THEN regexp_replace(t, '\m(the|said)\M', 'a', 'g') ELSE t END)
FROM sample_articles a, generate_series(0, 39) k,
     LATERAL (SELECT CASE WHEN k = 0 THEN a.body ELSE
         (SELECT string_agg(s, ' ' ORDER BY (n * 7 + k) % (3 + k % 4), n)
          FROM unnest(regexp_split_to_array(a.body, '(?<=[.!?])\s+')) WITH ORDINALITY u(s, n)
          WHERE (n + k) % (2 + k % 5) <> 0) END AS t) r;
INSERT INTO knn
SELECT 100000 + g, docsig(string_agg(substr(md5((g * 1000 + i)::text), 1, 2 + i % 7), ' '))
FROM generate_series(1, 1000) g, generate_series(1, 60) i GROUP BY g;
INSERT INTO knn VALUES (99998, docsig(text '')), (99999, docsig(text 'Breaking!'));
CREATE INDEX knn_gist ON knn USING gist (sig docsig_knn_ops);
ANALYZE knn;
SELECT count(*) AS rows, count(*) FILTER (WHERE shingles(sig) = 0) AS without_words FROM knn;

-- The planner picks the index by itself for the bare k-nearest query.
EXPLAIN (COSTS OFF)
SELECT id FROM knn ORDER BY sig <-> (SELECT sig FROM knn WHERE id = 105) LIMIT 10;
-- PostgreSQL 15 uses an ordered index scan only when the index provides
-- the whole ORDER BY: a tie-breaker (ORDER BY sig <-> $1, id) means a sort.
EXPLAIN (COSTS OFF)
SELECT id FROM knn ORDER BY sig <-> (SELECT sig FROM knn WHERE id = 105), id LIMIT 10;

-- The same answers with and without the index, for article queries, an
-- unrelated text, the empty text and the one-word text: the 25 nearest
-- (ids and distances; rows tied at the 25th distance may differ) and the
-- complete order, each re-sorted by distance and id so that ties compare.
CREATE TEMP TABLE knn_queries AS
SELECT id, sig FROM knn WHERE id IN (100, 105, 731, 1539, 3010, 100007, 99998, 99999);
CREATE FUNCTION knn_answers() RETURNS TABLE (q int, top25 int[], top25_dist float4[], all_ids int[])
LANGUAGE sql STABLE AS $$
    SELECT q.id,
           ARRAY(SELECT id FROM (SELECT k.id, k.sig <-> q.sig AS d FROM knn k
                                 ORDER BY k.sig <-> q.sig LIMIT 25) n ORDER BY d, id),
           ARRAY(SELECT d FROM (SELECT k.id, k.sig <-> q.sig AS d FROM knn k
                                ORDER BY k.sig <-> q.sig LIMIT 25) n ORDER BY d, id),
           ARRAY(SELECT id FROM (SELECT k.id, k.sig <-> q.sig AS d FROM knn k
                                 ORDER BY k.sig <-> q.sig LIMIT 5000) n ORDER BY d, id)
    FROM knn_queries q
$$;
SET enable_seqscan = off;
CREATE TEMP TABLE via_index AS SELECT * FROM knn_answers();
-- the plan of the inner queries
EXPLAIN (COSTS OFF)
SELECT k.id FROM knn k ORDER BY k.sig <-> (SELECT sig FROM knn_queries LIMIT 1) LIMIT 25;
RESET enable_seqscan;
SET enable_indexscan = off;
SET enable_bitmapscan = off;
CREATE TEMP TABLE via_seqscan AS SELECT * FROM knn_answers();
RESET enable_indexscan;
RESET enable_bitmapscan;
SELECT s.q, i.top25_dist = s.top25_dist AS same_distances,
       (SELECT bool_and(a = b OR d = s.top25_dist[25]) FROM unnest(i.top25, s.top25, s.top25_dist) u(a, b, d)) AS same_top25,
       i.all_ids = s.all_ids AS same_order, cardinality(s.all_ids) AS rows,
       round(s.top25_dist[2]::numeric, 2) AS second_distance
FROM via_seqscan s JOIN via_index i USING (q) ORDER BY s.q;

-- Rows inserted after the build are found in order too.
INSERT INTO knn SELECT id + 1000000, sig FROM knn WHERE id % 100 IN (5, 35) AND id < 100000;
SET enable_seqscan = off;
SELECT array_agg(id ORDER BY d, id) AS nearest_after_insert FROM (
    SELECT id, sig <-> (SELECT sig FROM knn WHERE id = 105) AS d FROM knn
    ORDER BY sig <-> (SELECT sig FROM knn WHERE id = 105) LIMIT 6) s;
RESET enable_seqscan;
DROP FUNCTION knn_answers();
DROP TABLE knn;
