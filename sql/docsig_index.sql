-- The GIN operator class docsig_lsh_ops: it validates, the planner uses it
-- for WHERE sig % $1 on a table of realistic size, and the same queries give
-- the same rows with and without the index at thresholds 0.5, 0.7 and 0.9.
SET search_path = claimlens, public;

SELECT opc.opcname, am.amname, amvalidate(opc.oid) AS valid
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcname = 'docsig_lsh_ops';

-- Each sample article and three rewrites of it (stop words dropped, a few
-- words replaced, the first half only), among 3,000 unrelated texts.
CREATE TABLE sigs (id int PRIMARY KEY, sig docsig);
INSERT INTO sigs
SELECT id * 10 + v, docsig(CASE v
    WHEN 0 THEN body
    WHEN 1 THEN regexp_replace(body, '\m(the|a|of|and|to|in)\M ', '', 'gi')
    WHEN 2 THEN regexp_replace(regexp_replace(body, '\msaid\M', 'stated', 'g'), '\mport\M', 'harbour', 'g')
    ELSE left(body, length(body) / 2) END)
FROM sample_articles, generate_series(0, 3) v;
INSERT INTO sigs
SELECT 100000 + g, docsig(string_agg(substr(md5((g * 1000 + i)::text), 1, 2 + i % 7), ' '))
FROM generate_series(1, 3000) g, generate_series(1, 60) i GROUP BY g;
INSERT INTO sigs VALUES (99999, docsig(text ''));
CREATE INDEX sigs_lsh ON sigs USING gin (sig docsig_lsh_ops);
ANALYZE sigs;

-- The planner picks the index by itself.
EXPLAIN (COSTS OFF)
SELECT id FROM sigs WHERE sig % (SELECT sig FROM sigs WHERE id = 10);
EXPLAIN (COSTS OFF)
SELECT id FROM sigs WHERE sig % (SELECT sig FROM sigs WHERE id = 10)
ORDER BY sig <-> (SELECT sig FROM sigs WHERE id = 10) LIMIT 5;

-- The same searches for all 120 sample-based signatures, first by
-- sequential scan, then through the index, at three thresholds.
CREATE TABLE seq_found (threshold float4, q int, id int);
CREATE TABLE idx_found (threshold float4, q int, id int);
CREATE FUNCTION pg_temp.search(tab text, t float4, use_index bool) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    query text := 'SELECT $1, q.id, m.id FROM sigs q,
                   LATERAL (SELECT s.id FROM sigs s WHERE s.sig OPERATOR(claimlens.%) q.sig) m
                   WHERE q.id < 99999';
    plan text := '';
    line text;
BEGIN
    PERFORM set_config('claimlens.similarity_threshold', t::text, true);
    PERFORM set_config('enable_seqscan', (NOT use_index)::text, true);
    PERFORM set_config('enable_indexscan', use_index::text, true);
    PERFORM set_config('enable_bitmapscan', use_index::text, true);
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query USING t LOOP
        plan := plan || line;
    END LOOP;
    EXECUTE format('INSERT INTO %I ', tab) || query USING t;
    RETURN CASE WHEN plan LIKE '%Bitmap Index Scan on sigs_lsh%' THEN 'index' ELSE 'sequential scan' END;
END $$;
BEGIN;
SELECT t AS threshold, pg_temp.search('seq_found', t, false) AS plan FROM unnest('{0.5,0.7,0.9}'::float4[]) t;
SELECT t AS threshold, pg_temp.search('idx_found', t, true) AS plan FROM unnest('{0.5,0.7,0.9}'::float4[]) t;
COMMIT;
SELECT threshold, count(*) AS pairs,
       (SELECT count(*) FROM idx_found i WHERE i.threshold = s.threshold) AS by_index,
       (SELECT count(*) FROM (SELECT q, id FROM seq_found x WHERE x.threshold = s.threshold
                              EXCEPT SELECT q, id FROM idx_found y WHERE y.threshold = s.threshold) d) AS missed_by_index,
       (SELECT count(*) FROM (SELECT q, id FROM idx_found y WHERE y.threshold = s.threshold
                              EXCEPT SELECT q, id FROM seq_found x WHERE x.threshold = s.threshold) d) AS extra_in_index
FROM seq_found s GROUP BY threshold ORDER BY threshold;

-- Top 3 by distance among the similar ones, with and without the index.
SET enable_seqscan = off;
SELECT id, round((sig <-> (SELECT sig FROM sigs WHERE id = 90))::numeric, 2) AS distance
FROM sigs WHERE sig % (SELECT sig FROM sigs WHERE id = 90)
ORDER BY sig <-> (SELECT sig FROM sigs WHERE id = 90), id LIMIT 3;
RESET enable_seqscan;
SET enable_bitmapscan = off;
SET enable_indexscan = off;
SELECT id, round((sig <-> (SELECT sig FROM sigs WHERE id = 90))::numeric, 2) AS distance
FROM sigs WHERE sig % (SELECT sig FROM sigs WHERE id = 90)
ORDER BY sig <-> (SELECT sig FROM sigs WHERE id = 90), id LIMIT 3;
RESET enable_bitmapscan;
RESET enable_indexscan;

-- A text without words matches nothing, by either path; inserts after the
-- build are found.
SET enable_seqscan = off;
SELECT count(*) AS empty_matches FROM sigs WHERE sig % docsig(text '');
INSERT INTO sigs SELECT 99998, docsig(body || ' One more closing line.') FROM sample_articles WHERE id = 17;
SELECT id FROM sigs WHERE sig % (SELECT sig FROM sigs WHERE id = 170) ORDER BY id;
RESET enable_seqscan;
DROP TABLE sigs, seq_found, idx_found;
