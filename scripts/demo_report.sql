-- The demo report over the sample corpus (run by scripts/demo.sh).
\pset footer off
SET TimeZone = 'UTC';
CREATE EXTENSION claimlens;
\i data/sample_corpus.sql
SET search_path = claimlens, public;

\echo
\echo '== claimlens demo: the sample corpus'
SELECT count(*) AS articles, count(DISTINCT outlet) AS outlets,
       min(published_at)::date AS first_day, max(published_at)::date AS last_day,
       sum(length(body)) AS body_chars
FROM sample_articles;

\echo
\echo '== Page furniture removed by claimlens.clean(body), per article'
SELECT id, outlet, length(body) AS body_chars, length(clean(body)) AS clean_chars,
       round(100.0 * (length(regexp_replace(body, '\s', '', 'g'))
                      - length(regexp_replace(clean(body), '\s', '', 'g')))
             / length(regexp_replace(body, '\s', '', 'g')), 1) AS furniture_pct
FROM sample_articles ORDER BY furniture_pct DESC, id LIMIT 16;

\echo
\echo '== What was removed from article 4 (lines of the body missing from clean(body))'
SELECT l.line AS removed_line
FROM sample_articles a, LATERAL regexp_split_to_table(a.body, E'\n') WITH ORDINALITY AS l(line, k)
WHERE a.id = 4 AND btrim(l.line) <> ''
  AND position(regexp_replace(btrim(l.line), '\s+', ' ', 'g') IN clean(a.body)) = 0
ORDER BY l.k;

\echo
\echo '== Sentences per article (claimlens.sentences(clean(body)))'
SELECT a.id, a.outlet, count(*) AS sentences,
       round(avg(s.len)) AS avg_chars, max(s.len) AS longest
FROM sample_articles a, LATERAL sentences(clean(a.body)) s
GROUP BY a.id, a.outlet ORDER BY a.id LIMIT 10;

\echo
\echo '== The first sentences of a hard-wrapped wire story (id 9), offsets into the raw body'
SELECT n, start, len, left(regexp_replace(sentence, '\s+', ' ', 'g'), 90) AS sentence
FROM sample_articles, LATERAL sentences(body) WHERE id = 9 ORDER BY n LIMIT 5;

\echo
\echo '== Publication stamps embedded in the text (claimlens.published_at(body))'
SELECT id, outlet, published_at(body) AS stamp_in_text, published_at AS column_value,
       published_at(body) - published_at AS difference
FROM sample_articles WHERE published_at(body) IS NOT NULL ORDER BY id;

\echo
\echo '== Dates: expressions per kind, normalised against each article''s publication time (claimlens.dates)'
SELECT d.kind, count(*) AS mentions, count(d.value) AS with_value,
       (array_agg(d.surface || ' = ' || coalesce(d.value::text, '-') ORDER BY a.id, d.n))[1:3] AS examples
FROM sample_articles a, LATERAL dates(a.body, a.published_at) d
GROUP BY d.kind ORDER BY mentions DESC;

\echo
\echo '== Dates: one event told with different ranges (range mentions per value)'
SELECT d.value, count(DISTINCT a.id) AS articles, string_agg(DISTINCT a.outlet, ', ') AS outlets,
       min(d.surface) AS written_as
FROM sample_articles a, LATERAL dates(a.body, a.published_at) d
WHERE d.kind = 'range'
GROUP BY d.value HAVING count(DISTINCT a.id) > 0
ORDER BY lower(d.value), d.value;

-- ---------------------------------------------------------------------------
-- Provenance: the sample corpus tracked like a newsroom's own table.
\echo
\echo '== Provenance: tracking the sample corpus (claimlens.track, then CALL claimlens.analyze for the rows already there)'
SELECT 'sample_articles' AS tracked FROM (SELECT claimlens.track('sample_articles', 'id', 'body', 'published_at', 'outlet')) t;
SET client_min_messages = warning;
CALL claimlens.analyze('sample_articles');
RESET client_min_messages;
SELECT count(*) AS articles,
       (SELECT count(*) FROM entity_mentions WHERE source = 'sample_articles'::regclass) AS entity_mentions,
       (SELECT count(*) FROM date_mentions WHERE source = 'sample_articles'::regclass) AS date_mentions,
       (SELECT count(*) FROM claim_mentions WHERE source = 'sample_articles'::regclass) AS claims
FROM tracked_articles WHERE source = 'sample_articles'::regclass;

-- Each story: its origin and the articles that derive from it, following
-- each later article's nearest earlier source.
\set story_tree 'WITH RECURSIVE tree AS (SELECT o.article AS origin, o.article, o.outlet, o.published, 0 AS depth, NULL::text AS copied_from, NULL::float8 AS similarity FROM origins o WHERE o.source_table = :''tracked'' UNION ALL SELECT t.origin, d.later_article, d.later_outlet, d.later_published, t.depth + 1, d.earlier_outlet || '' '' || d.earlier_article, d.similarity FROM tree t JOIN derivations d ON d.earlier_table = :''tracked'' AND d.later_table = :''tracked'' AND d.earlier_article = t.article AND d.nearest) SELECT origin AS story, repeat(''  '', depth) || outlet || '' '' || article AS article, to_char(published AT TIME ZONE ''UTC'', ''YYYY-MM-DD HH24:MI'') AS published_utc, copied_from, similarity FROM tree WHERE origin IN (SELECT origin FROM tree WHERE depth > 0) ORDER BY origin, published, article'
\set tracked sample_articles
\echo
\echo '== Stories: the origin article and who copied whom (claimlens.origins, claimlens.derivations)'
:story_tree;

\echo
\echo '== Claims carried by several outlets: first reporter, original source, who dropped the attribution (claimlens.claim_origins)'
SELECT left(claim, 60) AS claim, first_outlet, to_char(first_published AT TIME ZONE 'UTC', 'MM-DD HH24:MI') AS first_utc,
       original_source, outlets, unattributed_outlets
FROM claim_origins WHERE source_table = 'sample_articles' AND outlets >= 2
ORDER BY outlets DESC, first_published, claim LIMIT 12;

\echo
\echo '== Versions of a claim that disagree (claimlens.claim_conflicts)'
SELECT disagree_on, outlet_a, left(claim_a, 45) AS claim_a, coalesce(array_to_string(dates_a, ' '), '') || ' ' || coalesce(array_to_string(numbers_a, ' '), '') AS values_a,
       outlet_b, left(claim_b, 45) AS claim_b, coalesce(array_to_string(dates_b, ' '), '') || ' ' || coalesce(array_to_string(numbers_b, ' '), '') AS values_b
FROM claim_conflicts WHERE source_table = 'sample_articles'
ORDER BY published_a, published_b LIMIT 10;

-- ---------------------------------------------------------------------------
-- The five seed articles: one event, five outlets.
\echo
\echo '== The seed articles (../shared/seeds), tracked with the publication times of scripts/seed_articles.sql'
\i scripts/seed_articles.sql
SELECT 'seed_articles' AS tracked FROM (SELECT claimlens.track('seed_articles', 'id', 'body', 'published_at', 'outlet')) t;
CALL claimlens.analyze('seed_articles');
SELECT id, outlet, to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS published_utc, length(body) AS chars
FROM seed_articles ORDER BY published_at;

\set tracked seed_articles
\echo
\echo '== Seeds: who copied whom'
:story_tree;
SELECT earlier_outlet, later_outlet, similarity, containment, reused_words, later_words, gap_hours
FROM derivations WHERE earlier_table = 'seed_articles' AND later_table = 'seed_articles'
ORDER BY earlier_published, later_published;

\echo
\echo '== Seeds: attributed claims, first reporter and original source'
SELECT left(claim, 70) AS claim, first_outlet, original_source, named_sources, outlets, unattributed_outlets
FROM claim_origins WHERE source_table = 'seed_articles' AND (outlets >= 2 OR original_source IS NOT NULL)
ORDER BY outlets DESC, first_published, claim LIMIT 14;

\echo
\echo '== Seeds: the quotation relayed by AFP (claim_mentions)'
SELECT c.article, a.outlet, c.sources, c.cue, left(c.quote, 70) AS quote
FROM claim_mentions c JOIN tracked_articles a USING (source, article)
WHERE c.source = 'seed_articles'::regclass AND c.quote ILIKE '%consensus%' ORDER BY a.published;

\echo
\echo '== Seeds: versions that disagree'
SELECT disagree_on, outlet_a, dates_a, left(claim_a, 50) AS claim_a, outlet_b, dates_b, left(claim_b, 50) AS claim_b
FROM claim_conflicts WHERE source_table = 'seed_articles' ORDER BY published_a, published_b;

\echo
\echo '== Seeds: when each person was mentioned with a date (claimlens.entity_timeline)'
SELECT entity, kind, value, mentions, outlets
FROM entity_timeline WHERE source_table = 'seed_articles' AND kind = 'person'
ORDER BY entity, first_day LIMIT 12;

\pset tuples_only on
\pset format unaligned
\o build/demo/provenance.dot
SELECT provenance_dot();
\o
\pset format aligned
\pset tuples_only off
\echo
\echo '== The derivation graph of every tracked table, in Graphviz DOT: build/demo/provenance.dot'
