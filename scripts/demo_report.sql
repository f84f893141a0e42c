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
