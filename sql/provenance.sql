-- Provenance: the aggregates, then the views and provenance_dot() over the
-- tracked sample corpus and over a fixture of two tables.
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';

-- first_report(): the earliest (published, value); ties by the value in
-- byte order, NULLs ignored.  text_set(): distinct values in byte order.
SELECT claimlens.first_report(p, v) AS first, claimlens.text_set(v) AS vs
FROM (VALUES (timestamptz '2024-03-02 10:00+00', 'b'), ('2024-03-01 10:00+00', 'z'),
             ('2024-03-01 10:00+00', 'Z'), ('2024-03-01 10:00+00', 'ä'), (NULL, 'a'), ('2024-02-01', NULL)) t(p, v);
SELECT (claimlens.first_report(p, v)).value IS NULL AS none, claimlens.text_set(v) AS nulls_only
FROM (VALUES (NULL::timestamptz, NULL::text)) t(p, v);
SELECT claimlens.first_report(p, v) IS NULL AS no_rows, claimlens.text_set(v) IS NULL AS no_rows_set
FROM (VALUES (NULL::timestamptz, NULL::text)) t(p, v) WHERE false;
SELECT claimlens.text_set(a) FROM (VALUES (ARRAY['KCNA', 'AFP']), (ARRAY['AFP', NULL]), (NULL), ('{}')) t(a);
-- many duplicates: memory follows the distinct values
SELECT cardinality(claimlens.text_set((i % 7)::text)) AS distinct_values FROM generate_series(1, 100000) i;

-- Parallel plans: Partial Aggregate in the workers, Finalize Aggregate in
-- the leader, with the same results as a serial plan.
CREATE TABLE agg_rows AS
SELECT i, timestamptz '2024-01-01 00:00+00' + (i % 997) * interval '1 hour' AS published,
       'a' || (i % 5003) AS article, 'outlet ' || (i % 37) AS outlet, i % 10 AS g,
       ARRAY['src ' || (i % 3), 'src ' || (i % 11)] AS sources
FROM generate_series(1, 100000) i;
ANALYZE agg_rows;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF)
SELECT claimlens.first_report(published, article), claimlens.text_set(outlet), claimlens.text_set(sources) FROM agg_rows;
EXPLAIN (COSTS OFF)
SELECT g, claimlens.first_report(published, article), claimlens.text_set(outlet) FROM agg_rows GROUP BY g;
CREATE TEMP TABLE par AS
SELECT g, claimlens.first_report(published, article) AS f, claimlens.text_set(outlet) AS o, claimlens.text_set(sources) AS s
FROM agg_rows GROUP BY g;
CREATE TEMP TABLE par_all AS
SELECT claimlens.first_report(published, article) AS f, claimlens.text_set(outlet) AS o FROM agg_rows;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE ser AS
SELECT g, claimlens.first_report(published, article) AS f, claimlens.text_set(outlet) AS o, claimlens.text_set(sources) AS s
FROM agg_rows GROUP BY g;
SELECT count(*) AS groups, bool_and(p.f = s.f AND p.o = s.o AND p.s = s.s) AS parallel_equals_serial
FROM par p JOIN ser s USING (g);
-- and both equal an independent computation
SELECT (SELECT f FROM par_all) = (SELECT ROW(min(published), min(article COLLATE "C"))::claimlens.report
                                  FROM agg_rows WHERE published = (SELECT min(published) FROM agg_rows)) AS first_ok,
       (SELECT o FROM par_all) = (SELECT array_agg(o ORDER BY o COLLATE "C") FROM (SELECT DISTINCT outlet FROM agg_rows) d(o)) AS set_ok;
SELECT f, cardinality(o) AS outlets, s FROM ser WHERE g = 3;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
DROP TABLE agg_rows;

-- The sample corpus, tracked.
SET client_min_messages = warning;
SELECT claimlens.track('sample_articles', 'id', 'body', 'published_at', 'outlet');
CALL claimlens.analyze('sample_articles');
RESET client_min_messages;

-- Who copied whom, at the default threshold (0.5): each wire story and its
-- close rewrites.
SELECT earlier_article AS a, earlier_outlet, later_article AS b, later_outlet, similarity, containment,
       reused_words, later_words, gap_hours, nearest
FROM claimlens.derivations ORDER BY later_published, earlier_published;
-- the rule follows claimlens.similarity_threshold
SET claimlens.similarity_threshold = 0.85;
SELECT earlier_article AS a, later_article AS b, similarity, nearest
FROM claimlens.derivations ORDER BY later_published, earlier_published;
RESET claimlens.similarity_threshold;
SELECT article, outlet, published, later_similar FROM claimlens.origins ORDER BY published LIMIT 6;
-- every tracked article is an origin or derives from one, never both
SELECT count(*) AS articles,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM claimlens.origins o WHERE o.article = a.article)) AS origins,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM claimlens.derivations d WHERE d.later_article = a.article AND d.nearest)) AS derived
FROM claimlens.tracked_articles a;

-- What dates an entity is mentioned with.
SELECT entity, kind, value, grain, first_day, last_day, mentions, articles, first_published
FROM claimlens.entity_timeline WHERE entity_key IN ('united dockworkers federation', 'arkady voronin')
ORDER BY entity_key, first_day, value;
-- plain column types, for BI tools
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'claimlens'::regnamespace AND c.relkind = 'v' AND a.attnum > 0
ORDER BY c.relname, a.attnum;

-- The graph in DOT.
SELECT claimlens.provenance_dot('sample_articles');
SELECT claimlens.provenance_dot('sample_articles', 0.88, false);

-- A fixture of two tables: a wire feed and an outlet's copies, with an
-- outlet name DOT must escape.
CREATE TABLE feed (id int PRIMARY KEY, body text, at timestamptz, outlet text);
CREATE TABLE copies (id bigint PRIMARY KEY, body text, at timestamptz, outlet text);
SELECT claimlens.track('feed', 'id', 'body', 'at', 'outlet');
SELECT claimlens.track('copies', 'id', 'body', 'at', 'outlet');
INSERT INTO feed VALUES (1, 'Ferry crews in Castlebay ended their three-day strike on Thursday after the operators agreed to raise wages by four percent from June, the union said in a statement issued late in the evening.',
                         '2024-05-02 18:00+00', 'Meridian Wire');
INSERT INTO copies VALUES (10, 'Ferry crews in Castlebay ended their three-day strike on Thursday after the operators agreed to raise wages by four percent from June, the union said in a statement.',
                           '2024-05-02 21:30+00', 'The "Quay" Times\Online');
INSERT INTO copies VALUES (11, 'Ferry crews in Castlebay ended their three-day strike on Thursday after the operators agreed to raise wages by four percent from June, the union said.',
                           '2024-05-03 06:00+00', 'Harbour Daily');
INSERT INTO copies VALUES (12, 'The central bank left its main interest rate unchanged, citing slowing inflation.', '2024-05-03 07:00+00', 'Harbour Daily');
SELECT earlier_table, earlier_article AS a, later_table, later_article AS b, similarity, containment, reused_words, gap_hours, nearest
FROM claimlens.derivations WHERE later_table IN ('feed', 'copies') ORDER BY later_published, earlier_published;
SELECT source_table, article, outlet, later_similar FROM claimlens.origins WHERE source_table IN ('feed', 'copies') ORDER BY published;
SELECT claimlens.provenance_dot('copies');
SELECT claimlens.provenance_dot(NULL, 0.7, false) LIKE '%"feed/1" -> "copies/10" [label="0.%"];%' AS cross_table_edge;
-- updates and deletes reach the views
DELETE FROM feed WHERE id = 1;
SELECT earlier_table, earlier_article AS a, later_article AS b, nearest FROM claimlens.derivations WHERE later_table IN ('feed', 'copies');
-- an empty graph is still a graph
SELECT claimlens.provenance_dot('feed');

SELECT claimlens.untrack('feed');
SELECT claimlens.untrack('copies');
SELECT claimlens.untrack('sample_articles');
DROP TABLE feed, copies;
RESET TimeZone;
RESET DateStyle;
