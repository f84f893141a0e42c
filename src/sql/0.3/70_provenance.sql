-- Provenance views over the side tables of tracked tables.  Columns are of
-- plain types (text, int, float8, timestamptz, date, text[]) so that BI
-- tools read them.  The views run with the privileges of the user who
-- queries them (security_invoker), so row-level security on the side
-- tables applies: a user sees the articles of the tables they may read.

-- Which article reuses which: every pair of tracked articles, the earlier
-- one first, whose docsigs are similar (a % b: similarity at least
-- claimlens.similarity_threshold, 0.5 by default; the GIN index on the
-- signatures finds the candidates).  "Earlier" orders by publication time,
-- then table and id, so that each pair appears once; articles without a
-- publication time take no part.  nearest marks, for each later article,
-- its most similar earlier article (ties: the earliest), which is the
-- edge drawn by provenance_dot().
CREATE VIEW claimlens.derivations WITH (security_invoker = true) AS
SELECT p.earlier_table, p.earlier_article, p.earlier_outlet, p.earlier_published,
       p.later_table, p.later_article, p.later_outlet, p.later_published,
       p.similarity, p.containment,
       (SELECT coalesce(sum(r.words), 0)::int
        FROM claimlens.tracked_articles ea, claimlens.tracked_articles la,
             claimlens.reuse(la.clean_text, ea.clean_text) r
        WHERE ea.source = p.earlier_table::regclass AND ea.article = p.earlier_article
          AND la.source = p.later_table::regclass AND la.article = p.later_article) AS reused_words,
       p.later_words, p.gap_hours, p.nearest
FROM (
    SELECT a.source::text AS earlier_table, a.article AS earlier_article,
           a.outlet AS earlier_outlet, a.published AS earlier_published,
           b.source::text AS later_table, b.article AS later_article,
           b.outlet AS later_outlet, b.published AS later_published,
           round(claimlens.similarity(a.sig, b.sig)::numeric, 3)::float8 AS similarity,
           round(claimlens.containment(b.sig, a.sig)::numeric, 3)::float8 AS containment,
           b.words AS later_words,
           round((extract(epoch FROM b.published - a.published) / 3600)::numeric, 2)::float8 AS gap_hours,
           row_number() OVER (PARTITION BY b.source, b.article
                              ORDER BY claimlens.similarity(a.sig, b.sig) DESC, a.published,
                                       a.source::oid, a.article) = 1 AS nearest
    FROM claimlens.tracked_articles b
    JOIN claimlens.tracked_articles a
      ON a.sig OPERATOR(claimlens.%) b.sig
     AND (a.published, a.source::oid, a.article) < (b.published, b.source::oid, b.article)
) p;
COMMENT ON VIEW claimlens.derivations IS
'Pairs (earlier article, later article) of tracked articles whose docsigs are similar (similarity >= claimlens.similarity_threshold, by the GIN index): similarity, containment (share of the later article''s word 3-shingles found in the earlier), reused_words (words of the later article in passages reuse() finds in the earlier; computed only when selected), the later article''s word count, the gap in hours, and nearest (the earlier article the later one is most similar to).';

-- Articles that derive from no earlier article.
CREATE VIEW claimlens.origins WITH (security_invoker = true) AS
SELECT b.source::text AS source_table, b.article, b.outlet, b.published, b.words,
       (SELECT count(*)::int FROM claimlens.tracked_articles c
        WHERE c.sig OPERATOR(claimlens.%) b.sig
          AND (b.published, b.source::oid, b.article) < (c.published, c.source::oid, c.article)) AS later_similar
FROM claimlens.tracked_articles b
WHERE b.published IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM claimlens.tracked_articles a
                  WHERE a.sig OPERATOR(claimlens.%) b.sig
                    AND (a.published, a.source::oid, a.article) < (b.published, b.source::oid, b.article));
COMMENT ON VIEW claimlens.origins IS
'Tracked articles (with a publication time) similar to no earlier article: where a story first appeared. later_similar counts the later articles similar to it (the derivations rule).';

-- What dates each entity is mentioned with: an entity and a date in the same
-- sentence of an article.  Durations and sets (no days) are left out.
CREATE VIEW claimlens.entity_timeline WITH (security_invoker = true) AS
SELECT e.source::text AS source_table, e.key AS entity_key,
       (claimlens.first_report(a.published, e.canonical)).value AS entity,
       e.kind, d.value::text AS value, claimlens.grain(d.value) AS grain,
       claimlens.lower(d.value) AS first_day, claimlens.upper(d.value) AS last_day,
       count(*)::int AS mentions,
       claimlens.text_set(e.article) AS articles,
       claimlens.text_set(a.outlet) AS outlets,
       min(a.published) AS first_published
FROM claimlens.entity_mentions e
JOIN claimlens.date_mentions d
  ON d.source = e.source AND d.article = e.article AND d.sentence = e.sentence
JOIN claimlens.tracked_articles a ON a.source = e.source AND a.article = e.article
WHERE d.value IS NOT NULL AND claimlens.lower(d.value) IS NOT NULL
GROUP BY e.source, e.key, e.kind, d.value;
COMMENT ON VIEW claimlens.entity_timeline IS
'Per entity key and normalised date: how often the entity is mentioned in the same sentence as the date, in which articles and outlets, and since when. value is the timex as text, first_day and last_day its span.';

CREATE FUNCTION claimlens.dot_quote(s text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN '"' || replace(replace(replace(replace(s, E'\\', E'\\\\'), '"', E'\\"'), E'\n', ' '), E'\r', ' ') || '"';
COMMENT ON FUNCTION claimlens.dot_quote(text) IS
'A string as a Graphviz DOT quoted ID: backslashes and double quotes escaped, line breaks made spaces.';

-- The derivation graph in Graphviz DOT.  Nodes are the articles that take
-- part in an edge, labelled with outlet and time (UTC); origins (no edge
-- in) have a double border.  Edges go from the earlier to the later article
-- and carry the similarity.
CREATE FUNCTION claimlens.provenance_dot(articles regclass DEFAULT NULL,
    min_similarity float8 DEFAULT 0, nearest_only boolean DEFAULT true)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $fn$
WITH edges AS (
    SELECT d.*, d.earlier_table || '/' || d.earlier_article AS from_id,
           d.later_table || '/' || d.later_article AS to_id
    FROM claimlens.derivations d
    WHERE (articles IS NULL OR (d.earlier_table = articles::text AND d.later_table = articles::text))
      AND d.similarity >= coalesce(min_similarity, 0)
      AND (d.nearest OR NOT coalesce(nearest_only, true))
), nodes AS (
    SELECT e.from_id AS id, e.earlier_article AS article, e.earlier_outlet AS outlet,
           e.earlier_published AS published
    FROM edges e
    UNION
    SELECT e.to_id, e.later_article, e.later_outlet, e.later_published
    FROM edges e
)
SELECT 'digraph provenance {' || E'\n'
    || E'  rankdir=LR;\n  node [shape=box, fontname="Helvetica"];\n  edge [fontname="Helvetica"];\n'
    || coalesce((SELECT string_agg(format(E'  %s [label=%s%s];\n', claimlens.dot_quote(n.id),
                        left(claimlens.dot_quote(coalesce(n.outlet, '?')), -1) || E'\\n'
                            || left(substr(claimlens.dot_quote(n.article || ', '
                                    || to_char(n.published AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC'), 2), -1)
                            || '"',
                        CASE WHEN EXISTS (SELECT 1 FROM edges e WHERE e.to_id = n.id) THEN ''
                             ELSE ', peripheries=2' END),
                       '' ORDER BY n.published, n.id)
                 FROM nodes n), '')
    || coalesce((SELECT string_agg(format(E'  %s -> %s [label=%s];\n', claimlens.dot_quote(e.from_id),
                        claimlens.dot_quote(e.to_id), claimlens.dot_quote(to_char(e.similarity, 'FM0.00'))),
                       '' ORDER BY e.earlier_published, e.from_id, e.later_published, e.to_id)
                 FROM edges e), '')
    || '}' || E'\n'
$fn$;
COMMENT ON FUNCTION claimlens.provenance_dot(regclass, float8, boolean) IS
'The derivation graph in Graphviz DOT (render with dot -Tsvg): articles of one tracked table (all tables when NULL) that take part in a derivation, labelled with outlet, then id and time (UTC), origins with a double border; an edge from each article to the later articles derived from it, labelled with the similarity; only the nearest source of each article unless nearest_only is false, and only pairs with similarity >= min_similarity.';
