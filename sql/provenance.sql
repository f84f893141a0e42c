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

-- Who copied whom, at the default threshold (0.5): each wire story, its
-- close rewrites, and (1 -> 7) a heavy rewrite found through shared passages.
SELECT earlier_article AS a, earlier_outlet, later_article AS b, later_outlet, similarity, containment,
       shared_marks, reused_words, later_words, gap_hours, nearest
FROM claimlens.derivations ORDER BY later_published, earlier_published;
SELECT article, outlet, published, derived FROM claimlens.origins ORDER BY published LIMIT 6;
-- every tracked article is an origin or derives from one, never both
SELECT count(*) AS articles,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM claimlens.origins o WHERE o.article = a.article)) AS origins,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM claimlens.derivations d WHERE d.later_article = a.article AND d.nearest)) AS derived
FROM claimlens.tracked_articles a;

-- What dates an entity is mentioned with.
SELECT entity, kind, value, grain, first_day, last_day, mentions, articles, first_published
FROM claimlens.entity_timeline WHERE entity_key IN ('united dockworkers federation', 'arkady voronin')
ORDER BY entity_key, first_day, value;
-- plain column types, for BI tools (the views of the side rows, one row per
-- mention, keep the types of the analysis: regclass, timex)
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'claimlens'::regnamespace AND c.relkind = 'v' AND a.attnum > 0
  AND c.relname NOT IN ('entity_mentions', 'date_mentions', 'claim_mentions')
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
SELECT source_table, article, outlet, derived FROM claimlens.origins WHERE source_table IN ('feed', 'copies') ORDER BY published;
SELECT claimlens.provenance_dot('copies');
SELECT claimlens.provenance_dot(NULL, 0.7, false) LIKE '%"feed/1" -> "copies/10" [label="0.%"];%' AS cross_table_edge;
-- updates and deletes reach the views
DELETE FROM feed WHERE id = 1;
SELECT earlier_table, earlier_article AS a, later_article AS b, nearest FROM claimlens.derivations WHERE later_table IN ('feed', 'copies');
-- an empty graph is still a graph
SELECT claimlens.provenance_dot('feed');

SELECT claimlens.untrack('feed');
SELECT claimlens.untrack('copies');
DROP TABLE feed, copies;

-- Claims: where each claim came from, and where its versions disagree.
CREATE TABLE reports (id int PRIMARY KEY, body text, at timestamptz, outlet text);
SELECT claimlens.track('reports', 'id', 'body', 'at', 'outlet');
INSERT INTO reports VALUES
 (1, 'President Arkady Voronin visited Castlebay from March 25 to March 28, the Northgate Press Agency reported. '
     'About 7,000 containers of grain were shipped to the port, the agency said.', '2024-03-29 06:00+00', 'Northgate Press Agency'),
 (2, 'President Arkady Voronin visited Castlebay from March 25 to March 28, according to the Northgate Press Agency. '
     'Some 7,000 containers of grain were shipped to the port.', '2024-03-29 09:00+00', 'Harbour Daily'),
 (3, 'During his March 25 to 27 visit to Castlebay, Voronin met dock workers, Meridian Wire reported. '
     'About 6,700 containers of grain were shipped to the port, officials said.', '2024-03-29 12:00+00', 'Meridian Wire'),
 (4, 'Voronin visited Castlebay from March 25 to March 28. '
     'The ferry strike in Castlebay ended on Friday after three days.', '2024-03-30 08:00+00', 'Lantern Post');
SELECT article, n, sentence, claim, sources, origin, cue, dates, numbers
FROM claimlens.claim_mentions WHERE source = 'reports'::regclass ORDER BY article, n;
-- one row per cluster: the first reporter, the source it named, the outlets
-- that dropped the attribution
SELECT claim, first_article, first_outlet, first_published, original_source, named_sources,
       articles, outlets, unattributed_outlets
FROM claimlens.claim_origins WHERE source_table = 'reports' ORDER BY first_published, claim;
-- versions that disagree: the visit's last day, the number of containers
SELECT disagree_on, claim_a, dates_a, numbers_a, article_a, outlet_a, articles_a,
       claim_b, dates_b, numbers_b, article_b, outlet_b, articles_b
FROM claimlens.claim_conflicts WHERE source_table = 'reports' ORDER BY disagree_on;
-- the rules behind it
SELECT claimlens.dates_disagree('{2024-03-25/2024-03-27}', '{2024-03-25/2024-03-28}') AS other_last_day,
       claimlens.dates_disagree('{2024-03-28}', '{2024-03-26/2024-03-28}') AS less_precise,
       claimlens.dates_disagree('{2024-03-26}', '{2024-03-27}') AS other_day,
       claimlens.numbers_disagree('{7000}', '{6700}') AS close_numbers,
       claimlens.numbers_disagree('{9}', '{3}') AS far_numbers,
       claimlens.numbers_disagree('{7000, 12}', '{7000}') AS other_count;
-- an UPDATE that changes the story changes the clusters
UPDATE reports SET body = 'Voronin visited Castlebay from March 25 to March 27.' WHERE id = 4;
SELECT article_b, dates_b, articles_a, articles_b FROM claimlens.claim_conflicts WHERE source_table = 'reports' AND disagree_on = 'dates' ORDER BY article_b;
-- the sample corpus: every tracked article has claims, and each cluster's
-- first article is its earliest
SELECT count(DISTINCT article) AS articles_with_claims, count(*) > 300 AS many FROM claimlens.claim_mentions
WHERE source = 'sample_articles'::regclass;
-- claim_mentions gives every claim as claims() of the clean text gives it,
-- whether the claim was stored (white space normalised, an attribution cut
-- out of its middle) or read back from the clean text (stored as NULL)
SELECT count(*) AS claims,
       count(*) FILTER (WHERE c.claim IS NOT DISTINCT FROM k.claim) AS same_as_claims,
       count(*) FILTER (WHERE (SELECT (x).claim IS NULL FROM claimlens.article_mentions m, unnest(m.claims) x
                               WHERE m.source = c.source AND m.article = c.article AND (x).n = c.n)) > 100 AS many_read_back,
       count(*) FILTER (WHERE (SELECT (x).claim IS NOT NULL FROM claimlens.article_mentions m, unnest(m.claims) x
                               WHERE m.source = c.source AND m.article = c.article AND (x).n = c.n)) > 10 AS some_stored
FROM claimlens.claim_mentions c
JOIN claimlens.tracked_articles t USING (source, article)
LEFT JOIN LATERAL claimlens.claims(t.clean_text) k ON k.n = c.n
WHERE c.source = 'sample_articles'::regclass;
-- a query that does not read claim does not join tracked_articles
EXPLAIN (COSTS OFF) SELECT count(claim_key) FROM claimlens.claim_mentions;
SELECT bool_and(o.first_published = (SELECT min(a.published) FROM claimlens.claim_mentions c
                                     JOIN claimlens.tracked_articles a USING (source, article)
                                     WHERE c.source::text = o.source_table AND c.claim_key = o.claim_key)) AS first_is_earliest
FROM claimlens.claim_origins o;

-- The seed articles, read at run time from ../shared/seeds beside the clone
-- (every check holds trivially without them).
\set s002 `cat ../shared/seeds/002_d62285dfec955f1d.txt 2>/dev/null || true`
\set s003 `cat ../shared/seeds/003_f734ce024505e02f.txt 2>/dev/null || true`
\set s004 `cat ../shared/seeds/004_dcec4db59fe00a43.txt 2>/dev/null || true`
CREATE TABLE seeds (name text PRIMARY KEY, body text, published timestamptz, outlet text);
SELECT claimlens.track('seeds', 'name', 'body', 'published', 'outlet');
INSERT INTO seeds SELECT * FROM (VALUES ('002', :'s002', timestamptz '2024-03-28 06:00+00', 'outlet 002'),
                                        ('003', :'s003', timestamptz '2024-03-29 08:00+00', 'outlet 003'),
                                        ('004', :'s004', timestamptz '2024-03-28 09:00+00', 'outlet 004')) v
WHERE v.column2 <> '';
SELECT :'s004' = '' OR EXISTS (SELECT 1 FROM claimlens.derivations WHERE earlier_article = '002' AND later_article = '004' AND nearest)
       AS near_copies_002_004,
       :'s004' = '' OR EXISTS (SELECT 1 FROM claimlens.claim_origins WHERE source_table = 'seeds' AND claim ILIKE '%visit%'
                               AND original_source = 'KCNA' AND first_article = '002') AS visit_from_kcna,
       :'s004' = '' OR (SELECT bool_and(sources = '{AFP,KCNA}') AND count(*) = 2 FROM claimlens.claim_mentions
                        WHERE source = 'seeds'::regclass AND quote LIKE '%complete consensus%') AS consensus_via_afp,
       :'s003' = '' OR EXISTS (SELECT 1 FROM claimlens.claim_conflicts WHERE source_table = 'seeds'
                               AND '2024-03-25/2024-03-28' = ANY (dates_a) AND '2024-03-25/2024-03-27' = ANY (dates_b))
       AS march_27_against_28;
SELECT claimlens.untrack('reports');
SELECT claimlens.untrack('seeds');
SELECT claimlens.untrack('sample_articles');
DROP TABLE reports, seeds;
RESET TimeZone;
RESET DateStyle;
