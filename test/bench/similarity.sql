-- Similarity benchmark, run by scripts/bench_similarity.sh inside a throwaway
-- cluster.  psql variables: corpus (Reuters TSV), gen (gen_articles binary),
-- n (articles), big (1 to add the 1,000,000-article run), nq (queries for
-- the index), nseq (queries for the slow methods: seq scan and pg_trgm),
-- nknn (queries for the bare k-nearest form with the GiST index), trgm (0 to
-- leave out pg_trgm's index and searches, the slowest part).
\set ON_ERROR_STOP 1
\pset pager off
SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE EXTENSION claimlens;
CREATE EXTENSION pg_trgm;
SET search_path = public, claimlens;  -- bench tables go to public

-- best_ms(sql, runs): best wall time of a statement over runs (first run is a warm-up).
CREATE FUNCTION best_ms(q text, runs int) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; best numeric; ms numeric;
BEGIN
    EXECUTE q;
    FOR i IN 1..runs LOOP
        t0 := clock_timestamp();
        EXECUTE q;
        ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
        best := least(best, ms);
    END LOOP;
    RETURN round(best, 1);
END $$;
CREATE FUNCTION timed_ms(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN
    EXECUTE q;
    RETURN round(extract(epoch FROM clock_timestamp() - t0) * 1000, 0);
END $$;

\echo
\echo '== 1. docsig() throughput on the Reuters corpus (one backend, best of 3 after a warm-up; MB = 10^6 body bytes)'
CREATE TABLE reuters (id int PRIMARY KEY, published_at timestamptz, title text, body text);
\copy reuters FROM program 'cat "$CLAIMLENS_CORPUS"' WITH (FORMAT text, HEADER true)
VACUUM ANALYZE reuters;
CREATE TEMP TABLE tput AS
WITH q(label, sql) AS (VALUES
    ('scan', 'SELECT sum(octet_length(body)) FROM reuters'),
    ('md5', 'SELECT count(md5(body)) FROM reuters'),
    ('to_tsvector', 'SELECT count(to_tsvector(''english'', body)) FROM reuters'),
    ('clean', 'SELECT count(claimlens.clean(body)) FROM reuters'),
    ('docsig', 'SELECT count(claimlens.docsig(body)) FROM reuters'),
    ('reuse(body, body)', 'SELECT count(*) FROM reuters, claimlens.reuse(body, body)'))
SELECT label, best_ms(sql, 3) AS ms FROM q;
SELECT t.label AS function, t.ms AS best_ms,
       CASE WHEN t.label = 'scan' THEN NULL
            ELSE round((SELECT sum(octet_length(body)) FROM reuters) / ((t.ms - s.ms) / 1000) / 1e6, 1) END AS mb_per_s,
       CASE WHEN t.label = 'scan' THEN NULL
            ELSE round((ts.ms - s.ms) / (t.ms - s.ms), 1) END AS x_to_tsvector
FROM tput t, tput s, tput ts WHERE s.label = 'scan' AND ts.label = 'to_tsvector'
ORDER BY t.ms;

\echo
\echo '== 2. near-duplicate search over' :n 'generated articles (test/bench/gen_articles.c)'
CREATE TABLE arts (id int PRIMARY KEY, family int, strength float4, body text);
\copy arts FROM program '"$CLAIMLENS_GEN" "$CLAIMLENS_CORPUS" "$CLAIMLENS_N" 1' WITH (FORMAT text)
SELECT count(*) AS articles, count(DISTINCT family) AS families,
       count(*) FILTER (WHERE strength = 0.05::float4) AS light_rewrites,
       count(*) FILTER (WHERE strength = 0.15::float4) AS medium_rewrites,
       count(*) FILTER (WHERE strength = 0.30::float4) AS heavy_rewrites,
       round(avg(octet_length(body))) AS avg_bytes,
       round(sum(octet_length(body)) / 1e6, 1) AS body_mb
FROM arts;
SELECT timed_ms('ALTER TABLE arts ADD COLUMN sig claimlens.docsig') AS add_column_ms;
SELECT timed_ms('UPDATE arts SET sig = claimlens.docsig(body)') AS docsig_all_rows_ms;
VACUUM FULL arts;
ANALYZE arts;
SET maintenance_work_mem = '1GB';
CREATE TEMP TABLE builds (index text, relname text, build_ms numeric);
INSERT INTO builds SELECT 'docsig GIN (docsig_lsh_ops)', 'arts_sig',
       timed_ms('CREATE INDEX arts_sig ON arts USING gin (sig claimlens.docsig_lsh_ops)');
INSERT INTO builds SELECT 'docsig GiST (docsig_knn_ops)', 'arts_knn',
       timed_ms('CREATE INDEX arts_knn ON arts USING gist (sig claimlens.docsig_knn_ops)');
\if :trgm
INSERT INTO builds SELECT 'pg_trgm GIN (gin_trgm_ops)', 'arts_trgm',
       timed_ms('CREATE INDEX arts_trgm ON arts USING gin (body gin_trgm_ops)');
\endif
SELECT index, build_ms, pg_size_pretty(pg_relation_size(relname::regclass)) AS size,
       pg_size_pretty(pg_relation_size('arts')) AS table_size
FROM builds;
RESET maintenance_work_mem;

-- Query articles: a fixed pseudo-random sample, members of families first so
-- that near-duplicates exist.
CREATE TABLE queries AS
SELECT a.id, a.sig, a.body, a.family FROM arts a
WHERE a.family IN (SELECT family FROM arts GROUP BY family HAVING count(*) > 1)
ORDER BY hashint4(a.id) LIMIT :nq;
CREATE TABLE latency (method text, query text, id int, ms float8, found int[]);
CREATE VIEW latency_summary AS
SELECT query, method, count(*) AS queries,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 2) AS median_ms,
       round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms)::numeric, 2) AS p95_ms,
       round(avg(coalesce(cardinality(found), 0)), 1) AS avg_rows
FROM latency GROUP BY query, method;

-- run(method, query, sql, limit): time sql once per query article ($1 = sig, $2 = body).
CREATE FUNCTION run(method text, query text, q text, lim int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE r record; t0 timestamptz; ids int[];
BEGIN
    FOR r IN SELECT * FROM queries ORDER BY id LIMIT lim LOOP
        t0 := clock_timestamp();
        EXECUTE q INTO ids USING r.sig, r.body;
        INSERT INTO latency VALUES (method, query, r.id,
            extract(epoch FROM clock_timestamp() - t0) * 1000, ids);
    END LOOP;
END $$;

-- bare_knn(table, truth_queries): the bare ORDER BY sig <-> $1 LIMIT 10
-- through the index the planner picks (every query article), then by
-- sequential scan for the first truth_queries of them (the truth for
-- knn_recall).
CREATE FUNCTION bare_knn(tab regclass, ntruth int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE q text := format('SELECT array_agg(id) FROM (SELECT id FROM %s ORDER BY sig OPERATOR(claimlens.<->) $1 LIMIT 10) s', tab);
BEGIN
    PERFORM run('docsig claimlens_lsh (bare ORDER BY)', 'bare 10 nearest', q, 100000);
    PERFORM set_config('enable_indexscan', 'off', true);
    PERFORM set_config('enable_bitmapscan', 'off', true);
    PERFORM run('docsig seq scan', 'bare 10 nearest', q, ntruth);
    PERFORM set_config('enable_indexscan', 'on', true);
    PERFORM set_config('enable_bitmapscan', 'on', true);
END $$;

-- knn_recall(method, truth_method, table): of the rows the truth method
-- returned for a query (the query itself excluded), those at or above a
-- similarity floor, and how many of them the method returned too.
CREATE FUNCTION knn_recall(m text, truth text, tab regclass)
RETURNS TABLE (floor float4, queries bigint, true_rows bigint, found bigint, recall_pct numeric)
LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE format($q$
        WITH pairs AS (
            SELECT t.id AS q, claimlens.similarity(a.sig, s.sig) AS sim, r.id = ANY (l.found) AS hit
            FROM latency t JOIN latency l ON l.id = t.id AND l.method = $1 AND l.query = t.query,
                 unnest(t.found) r(id), %1$s a, %1$s s
            WHERE t.method = $2 AND a.id = r.id AND s.id = t.id AND r.id <> t.id)
        SELECT f, count(DISTINCT p.q), count(*), count(*) FILTER (WHERE p.hit),
               round(100.0 * count(*) FILTER (WHERE p.hit) / nullif(count(*), 0), 2)
        FROM unnest('{0.3,0.5,0.7}'::float4[]) f JOIN pairs p ON p.sim >= f
        GROUP BY f ORDER BY f$q$, tab) USING m, truth;
END $$;

\echo 'similarity >= 0.7 and 10 most similar: docsig with its index, docsig by sequential scan, pg_trgm with gin_trgm_ops'
\o /dev/null
SET claimlens.similarity_threshold = 0.7;
SELECT run('docsig index', '>= 0.7', 'SELECT array_agg(id) FROM arts WHERE sig OPERATOR(claimlens.%) $1', 100000);
SET claimlens.similarity_threshold = 0.5;
SELECT run('docsig index', '10 most similar', 'SELECT array_agg(id) FROM (SELECT id FROM arts WHERE sig OPERATOR(claimlens.%) $1 ORDER BY sig OPERATOR(claimlens.<->) $1 LIMIT 10) s', 100000);
-- the bare k-nearest form: no WHERE clause, the planner picks the GiST index
SELECT run('docsig GiST (bare ORDER BY)', '10 most similar', 'SELECT array_agg(id) FROM (SELECT id FROM arts ORDER BY sig OPERATOR(claimlens.<->) $1 LIMIT 10) s', :nknn);
SET enable_bitmapscan = off;
SET enable_indexscan = off;
SET claimlens.similarity_threshold = 0.7;
SELECT run('docsig seq scan', '>= 0.7', 'SELECT array_agg(id) FROM arts WHERE sig OPERATOR(claimlens.%) $1', :nseq);
SELECT run('docsig seq scan', '10 most similar', 'SELECT array_agg(id) FROM (SELECT id FROM arts ORDER BY sig OPERATOR(claimlens.<->) $1 LIMIT 10) s', :nseq);
RESET enable_bitmapscan;
RESET enable_indexscan;
\if :trgm
SET pg_trgm.similarity_threshold = 0.7;
SELECT run('pg_trgm index', '>= 0.7', 'SELECT array_agg(id) FROM arts WHERE body % $2', :nseq);
SET pg_trgm.similarity_threshold = 0.5;
SELECT run('pg_trgm index', '10 most similar', 'SELECT array_agg(id) FROM (SELECT id FROM arts WHERE body % $2 ORDER BY body <-> $2 LIMIT 10) s', :nseq);
\endif
-- the same first queries at lower docsig thresholds, for the family recall below
SET claimlens.similarity_threshold = 0.5;
SELECT run('docsig index', '>= 0.5', 'SELECT array_agg(id) FROM arts WHERE sig OPERATOR(claimlens.%) $1', :nseq);
SET claimlens.similarity_threshold = 0.3;
SELECT run('docsig index', '>= 0.3', 'SELECT array_agg(id) FROM arts WHERE sig OPERATOR(claimlens.%) $1', :nseq);
RESET claimlens.similarity_threshold;
\o
EXPLAIN (COSTS OFF) SELECT id FROM arts WHERE sig % (SELECT sig FROM queries LIMIT 1);
EXPLAIN (COSTS OFF) SELECT id FROM arts WHERE sig % (SELECT sig FROM queries LIMIT 1)
ORDER BY sig <-> (SELECT sig FROM queries LIMIT 1) LIMIT 10;
EXPLAIN (COSTS OFF) SELECT id FROM arts ORDER BY sig <-> (SELECT sig FROM queries LIMIT 1) LIMIT 10;

SELECT * FROM latency_summary ORDER BY query, median_ms;

\echo 'how each measure scores a rewrite against its root, by rewrite strength (first 2,000 rewrites):'
SELECT a.strength, count(*) AS rewrites,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY claimlens.similarity(a.sig, r.sig))::numeric, 2) AS docsig_median,
       round(percentile_cont(0.1) WITHIN GROUP (ORDER BY claimlens.similarity(a.sig, r.sig))::numeric, 2) AS docsig_p10,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY similarity(a.body, r.body))::numeric, 2) AS trgm_median,
       round(percentile_cont(0.1) WITHIN GROUP (ORDER BY similarity(a.body, r.body))::numeric, 2) AS trgm_p10
FROM (SELECT * FROM arts WHERE strength > 0 ORDER BY id LIMIT 2000) a
JOIN arts r ON r.family = a.family AND r.strength = 0
GROUP BY a.strength ORDER BY 1;
\echo 'unrelated pairs (different families, 2,000 pairs):'
SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY claimlens.similarity(a.sig, b.sig))::numeric, 3) AS docsig_median,
       round(max(claimlens.similarity(a.sig, b.sig))::numeric, 3) AS docsig_max,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY similarity(a.body, b.body))::numeric, 3) AS trgm_median,
       round(max(similarity(a.body, b.body))::numeric, 3) AS trgm_max
FROM (SELECT id, sig, body, family FROM arts ORDER BY hashint4(id) LIMIT 2000) a
JOIN arts b ON b.id = (a.id * 7919 + 13) % (SELECT count(*) FROM arts) AND b.family <> a.family;

\echo 'known rewrites found by the first' :nseq 'queries (truth: same family, light or medium rewrite, or the root):'
SELECT l.method || ' ' || l.query AS search, sum(cardinality(array(SELECT unnest(l.found) INTERSECT
                                       SELECT a.id FROM arts a WHERE a.family = q.family AND a.strength <= 0.15::float4 AND a.id <> q.id))) AS found,
       sum((SELECT count(*) FROM arts a WHERE a.family = q.family AND a.strength <= 0.15::float4 AND a.id <> q.id)) AS known
FROM latency l JOIN queries q USING (id)
WHERE l.query LIKE '>=%' AND l.id IN (SELECT id FROM queries ORDER BY id LIMIT :nseq)
GROUP BY 1 ORDER BY 1;

\echo 'index recall against a sequential scan with the same operator (all' :nq 'query articles, the query itself excluded):'
SET enable_bitmapscan = off;
SET enable_indexscan = off;
CREATE TABLE truth AS
SELECT q.id AS q, a.id, similarity(a.sig, q.sig) AS s FROM queries q, arts a
WHERE similarity(a.sig, q.sig) >= 0.5 AND a.id <> q.id;
RESET enable_bitmapscan;
RESET enable_indexscan;
CREATE TABLE via_index (t float4, q int, id int);
CREATE FUNCTION index_pass(t float4) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('claimlens.similarity_threshold', t::text, true);
    INSERT INTO via_index SELECT t, q.id, m.id FROM queries q,
        LATERAL (SELECT a.id FROM arts a WHERE a.sig OPERATOR(claimlens.%) q.sig AND a.id <> q.id) m;
END $$;
SELECT count(index_pass(t)) AS passes FROM unnest('{0.5,0.7,0.9}'::float4[]) t;
SELECT t AS threshold,
       (SELECT count(*) FROM truth WHERE s >= t) AS seq_scan_pairs,
       (SELECT count(*) FROM via_index v WHERE v.t = th.t) AS index_pairs,
       round(100.0 * (SELECT count(*) FROM via_index v WHERE v.t = th.t) / nullif((SELECT count(*) FROM truth WHERE s >= t), 0), 2) AS recall_pct
FROM unnest('{0.5,0.7,0.9}'::float4[]) th(t);

\echo
\echo 'the bare k-nearest form with the approximate index claimlens_lsh (built now, beside the GIN and GiST indexes)'
SET maintenance_work_mem = '1GB';
INSERT INTO builds SELECT 'docsig claimlens_lsh (docsig_bucket_ops)', 'arts_lsh',
       timed_ms('CREATE INDEX arts_lsh ON arts USING claimlens_lsh (sig)');
RESET maintenance_work_mem;
SELECT index, build_ms, pg_size_pretty(pg_relation_size(relname::regclass)) AS size FROM builds ORDER BY index;
EXPLAIN (COSTS OFF) SELECT id FROM arts ORDER BY sig <-> (SELECT sig FROM queries LIMIT 1) LIMIT 10;
\o /dev/null
SELECT bare_knn('arts', :ntruth);
\o
SELECT * FROM latency_summary WHERE query IN ('bare 10 nearest', '10 most similar')
    AND method NOT LIKE 'docsig index%' AND method NOT LIKE 'pg_trgm%' ORDER BY median_ms;
\echo 'recall of claimlens_lsh against the sequential scan: the true 10 nearest rows (the query itself excluded) at or above each similarity'
SELECT * FROM knn_recall('docsig claimlens_lsh (bare ORDER BY)', 'docsig seq scan', 'arts');

\if :big
\echo
\echo '== 3. 1,000,000 articles, docsig index only'
CREATE TABLE big (id int PRIMARY KEY, family int, strength float4, body text);
\copy big FROM program '"$CLAIMLENS_GEN" "$CLAIMLENS_CORPUS" 1000000 2' WITH (FORMAT text)
CREATE TABLE bigsig AS SELECT id, family, strength, NULL::claimlens.docsig AS sig FROM big LIMIT 0;
SELECT timed_ms('INSERT INTO bigsig SELECT id, family, strength, claimlens.docsig(body) FROM big') AS docsig_1m_ms;
ALTER TABLE bigsig ADD PRIMARY KEY (id);
VACUUM ANALYZE bigsig;
SET maintenance_work_mem = '2GB';
SELECT timed_ms('CREATE INDEX bigsig_lsh ON bigsig USING gin (sig claimlens.docsig_lsh_ops)') AS build_ms,
       pg_size_pretty(pg_relation_size('bigsig')) AS table_size;
SELECT pg_size_pretty(pg_relation_size('bigsig_lsh')) AS index_size;
RESET maintenance_work_mem;
DROP TABLE queries;
CREATE TABLE queries AS
SELECT a.id, a.sig, NULL::text AS body, a.family FROM bigsig a
WHERE a.family IN (SELECT family FROM bigsig WHERE id % 50 = 0 GROUP BY family)
ORDER BY hashint4(a.id) LIMIT :nq;
TRUNCATE latency;
CREATE OR REPLACE FUNCTION run(method text, query text, q text, lim int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE r record; t0 timestamptz; ids int[];
BEGIN
    FOR r IN SELECT * FROM queries ORDER BY id LIMIT lim LOOP
        t0 := clock_timestamp();
        EXECUTE q INTO ids USING r.sig;
        INSERT INTO latency VALUES (method, query, r.id,
            extract(epoch FROM clock_timestamp() - t0) * 1000, ids);
    END LOOP;
END $$;
\o /dev/null
SET claimlens.similarity_threshold = 0.7;
SELECT run('docsig index', '>= 0.7', 'SELECT array_agg(id) FROM bigsig WHERE sig OPERATOR(claimlens.%) $1', 100000);
SET claimlens.similarity_threshold = 0.5;
SELECT run('docsig index', '10 most similar', 'SELECT array_agg(id) FROM (SELECT id FROM bigsig WHERE sig OPERATOR(claimlens.%) $1 ORDER BY sig OPERATOR(claimlens.<->) $1 LIMIT 10) s', 100000);
\o
\echo 'the bare k-nearest form with claimlens_lsh (built after the GIN searches above, so that they keep using GIN)'
SET maintenance_work_mem = '2GB';
SELECT timed_ms('CREATE INDEX bigsig_bucket ON bigsig USING claimlens_lsh (sig)') AS lsh_build_ms;
SELECT pg_size_pretty(pg_relation_size('bigsig_bucket')) AS lsh_index_size;
RESET maintenance_work_mem;
EXPLAIN (COSTS OFF) SELECT id FROM bigsig ORDER BY sig <-> (SELECT sig FROM queries LIMIT 1) LIMIT 10;
\o /dev/null
SELECT bare_knn('bigsig', :nknn);
\o
SELECT * FROM latency_summary ORDER BY query, median_ms;
\echo 'recall of claimlens_lsh against the sequential scan (first' :nknn 'query articles):'
SELECT * FROM knn_recall('docsig claimlens_lsh (bare ORDER BY)', 'docsig seq scan', 'bigsig');
\endif
