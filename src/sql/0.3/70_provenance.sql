-- Provenance views over the side tables of tracked tables.  Columns are of
-- plain types (text, int, float8, timestamptz, date, text[]) so that BI
-- tools read them.  The views run with the privileges of the user who
-- queries them (security_invoker), so row-level security on the side
-- tables applies: a user sees the articles of the tables they may read.

-- Which article reuses which: every pair of tracked articles, the earlier
-- one first, where the later one
--   rewrites the earlier: their docsigs are similar (a % b: similarity at
--     least claimlens.similarity_threshold, 0.5 by default), or
--   copies passages of it: they share a passage mark (a passage of 20
--     words or more gives one), and at least 30 % of the later article's
--     word 3-shingles are in the earlier one (containment(b, a) >= 0.3).
--     This finds heavy rewrites and partial copies that whole-article
--     similarity misses, without linking articles that merely quote the
--     same names or a stock phrase.
-- GIN indexes on both find the candidates.  "Earlier" orders by publication
-- time, then table and id, so that each pair appears once; articles
-- without a publication time take no part.  nearest marks, for each later
-- article, its most similar earlier article (then the most shared marks,
-- then the earliest), which is the edge drawn by provenance_dot().
CREATE VIEW claimlens.derivations WITH (security_invoker = true) AS
SELECT p.earlier_table, p.earlier_article, p.earlier_outlet, p.earlier_published,
       p.later_table, p.later_article, p.later_outlet, p.later_published,
       p.similarity, p.containment,
       (SELECT coalesce(sum(r.words), 0)::int
        FROM claimlens.tracked_articles ea, claimlens.tracked_articles la,
             claimlens.reuse(la.clean_text, ea.clean_text) r
        WHERE ea.source = p.earlier_table::regclass AND ea.article = p.earlier_article
          AND la.source = p.later_table::regclass AND la.article = p.later_article) AS reused_words,
       p.shared_marks, p.later_words, p.gap_hours, p.nearest
FROM (
    SELECT a.source::text AS earlier_table, a.article AS earlier_article,
           a.outlet AS earlier_outlet, a.published AS earlier_published,
           b.source::text AS later_table, b.article AS later_article,
           b.outlet AS later_outlet, b.published AS later_published,
           round(claimlens.similarity(a.sig, b.sig)::numeric, 3)::float8 AS similarity,
           round(claimlens.containment(b.sig, a.sig)::numeric, 3)::float8 AS containment,
           claimlens.shared_marks(a.marks, b.marks) AS shared_marks,
           b.words AS later_words,
           round((extract(epoch FROM b.published - a.published) / 3600)::numeric, 2)::float8 AS gap_hours,
           row_number() OVER (PARTITION BY b.source, b.article
                              ORDER BY claimlens.similarity(a.sig, b.sig) DESC,
                                       claimlens.shared_marks(a.marks, b.marks) DESC, a.published,
                                       a.source::oid, a.article) = 1 AS nearest
    FROM claimlens.tracked_articles b
    JOIN claimlens.tracked_articles a
      ON (a.sig OPERATOR(claimlens.%) b.sig OR a.marks && b.marks)
     AND (a.published, a.source::oid, a.article) < (b.published, b.source::oid, b.article)
    WHERE a.sig OPERATOR(claimlens.%) b.sig OR claimlens.containment(b.sig, a.sig) >= 0.3
) p;
COMMENT ON VIEW claimlens.derivations IS
'Pairs (earlier article, later article) of tracked articles where the later rewrites the earlier (docsig similarity >= claimlens.similarity_threshold) or copies passages of it (a shared passage mark and containment(later, earlier) >= 0.3), found by GIN indexes: similarity, containment (share of the later article''s word 3-shingles found in the earlier), reused_words (words of the later article in passages reuse() finds in the earlier; computed only when selected), shared passage marks, the later article''s word count, the gap in hours, and nearest (the earlier article the later one is most similar to).';

-- Articles that derive from no earlier article.
CREATE VIEW claimlens.origins WITH (security_invoker = true) AS
SELECT b.source::text AS source_table, b.article, b.outlet, b.published, b.words,
       (SELECT count(*)::int FROM claimlens.tracked_articles c
        WHERE (c.sig OPERATOR(claimlens.%) b.sig OR c.marks && b.marks)
          AND (c.sig OPERATOR(claimlens.%) b.sig OR claimlens.containment(c.sig, b.sig) >= 0.3)
          AND (b.published, b.source::oid, b.article) < (c.published, c.source::oid, c.article)) AS derived
FROM claimlens.tracked_articles b
WHERE b.published IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM claimlens.tracked_articles a
                  WHERE (a.sig OPERATOR(claimlens.%) b.sig OR a.marks && b.marks)
                    AND (a.sig OPERATOR(claimlens.%) b.sig OR claimlens.containment(b.sig, a.sig) >= 0.3)
                    AND (a.published, a.source::oid, a.article) < (b.published, b.source::oid, b.article));
COMMENT ON VIEW claimlens.origins IS
'Tracked articles (with a publication time) that derive from no earlier article (the rule of derivations): where a story first appeared. derived counts the later articles that derive from it.';

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

-- One row per claim cluster (claim_key, within one tracked table): who
-- published it first, which source the attributions name, and which
-- outlets repeated it without naming any.  The first article is the
-- earliest (ties: the smallest id in byte order); its first version of the
-- claim is shown.
CREATE VIEW claimlens.claim_origins WITH (security_invoker = true) AS
SELECT g.source::text AS source_table, g.claim_key,
       (SELECT c.claim FROM claimlens.claim_mentions c
        WHERE c.source = g.source AND c.article = (g.first).value AND c.claim_key = g.claim_key
        ORDER BY c.n LIMIT 1) AS claim,
       (g.first).value AS first_article, f.outlet AS first_outlet, (g.first).published AS first_published,
       (g.first_attributed).value AS original_source,
       g.sources AS named_sources,
       cardinality(g.articles) AS articles,
       cardinality(g.outlets) AS outlets,
       g.outlets AS outlet_list,
       ARRAY(SELECT o FROM unnest(g.unattributed) o
             WHERE o <> ALL (g.attributed) AND o IS DISTINCT FROM f.outlet ORDER BY o COLLATE "C") AS unattributed_outlets
FROM (
    SELECT c.source, c.claim_key,
           claimlens.first_report(a.published, c.article) AS first,
           claimlens.first_report(a.published, c.origin) AS first_attributed,
           claimlens.text_set(c.origin) AS sources,
           claimlens.text_set(c.article) AS articles,
           claimlens.text_set(a.outlet) AS outlets,
           coalesce(claimlens.text_set(a.outlet) FILTER (WHERE c.cue IS NULL AND c.sources = '{}'), '{}') AS unattributed,
           coalesce(claimlens.text_set(a.outlet) FILTER (WHERE c.cue IS NOT NULL OR c.sources <> '{}'), '{}') AS attributed
    FROM claimlens.claim_mentions c
    JOIN claimlens.tracked_articles a ON a.source = c.source AND a.article = c.article
    GROUP BY c.source, c.claim_key
) g
LEFT JOIN claimlens.tracked_articles f ON f.source = g.source AND f.article = (g.first).value;
COMMENT ON VIEW claimlens.claim_origins IS
'One row per claim cluster (claim_key within a tracked table): the first version of the claim, the first article, its outlet and time; original_source, the innermost source named by the earliest attributed version (KCNA in "AFP, citing KCNA"); named_sources, every innermost source named; the number of articles and outlets carrying it; and unattributed_outlets, the outlets other than the first that carried it only without any attribution (no source and no cue such as "officials said").';

-- When two versions of a claim disagree.  claim_key() puts claims with the
-- same subject and month together, so not every difference is a conflict:
-- the versions must tell the same thing differently.
--   dates: a value of one and a value of the other overlap, are of the same
--     grain and are not equal ("March 25 to 27" and "March 25 to March 28",
--     both ranges); a day inside the other's range is only less precise,
--     and days that do not overlap are other events of the month;
--   numbers: both state the same count of numbers, and each pair that
--     differs is within a factor of 2 (7,000 and 6,700 containers; not
--     "9 a.m." and "3 p.m.").
CREATE FUNCTION claimlens.dates_disagree(a text[], b text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN EXISTS (
    SELECT 1 FROM unnest(a) x, unnest(b) y
    WHERE x <> y
      AND claimlens.grain(x::claimlens.timex) = claimlens.grain(y::claimlens.timex)
      AND x::claimlens.timex OPERATOR(claimlens.&&) y::claimlens.timex);
COMMENT ON FUNCTION claimlens.dates_disagree(text[], text[]) IS
'Whether two lists of timex values (as text) tell one date differently: some value of a and some value of b overlap, have the same grain and are not equal (2024-03-25/2024-03-27 against 2024-03-25/2024-03-28). Used by claim_conflicts.';

CREATE FUNCTION claimlens.numbers_disagree(a numeric[], b numeric[]) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN cardinality(a) > 0 AND cardinality(a) = cardinality(b) AND a <> b
   AND NOT EXISTS (
    SELECT 1 FROM unnest(a, b) AS p(x, y)
    WHERE x <> y AND NOT (x > 0 AND y > 0 AND greatest(x, y) <= 2 * least(x, y)));
COMMENT ON FUNCTION claimlens.numbers_disagree(numeric[], numeric[]) IS
'Whether two lists of numbers (as claim_numbers() gives them) tell the same quantities differently: as many numbers in each, not all equal, and each pair that differs within a factor of 2 (7000 against 6700). Used by claim_conflicts.';

-- Versions of one claim that disagree on a date or a number.  A version is
-- a distinct (dates, numbers) pair within a cluster.  The pairs are found
-- by joins, not by calling the two functions above on every pair of
-- versions of a cluster (clusters of a subject and a month can be large):
-- date values are joined on cluster and grain and kept when they overlap
-- and differ (dates_disagree()), numbers on cluster and count
-- (numbers_disagree()).
CREATE VIEW claimlens.claim_conflicts WITH (security_invoker = true) AS
WITH versions AS (
    SELECT c.source, c.claim_key, c.dates, c.numbers,
           claimlens.first_report(a.published, c.article) AS first,
           claimlens.text_set(c.article) AS articles,
           claimlens.text_set(a.outlet) AS outlets
    FROM claimlens.claim_mentions c
    JOIN claimlens.tracked_articles a ON a.source = c.source AND a.article = c.article
    WHERE c.dates <> '{}' OR c.numbers <> '{}'
    GROUP BY c.source, c.claim_key, c.dates, c.numbers
), date_values AS (
    SELECT v.source, v.claim_key, v.dates, v.numbers, d.value,
           claimlens.grain(d.value::claimlens.timex) AS grain,
           claimlens.lower(d.value::claimlens.timex) AS first_day,
           claimlens.upper(d.value::claimlens.timex) AS last_day
    FROM versions v, unnest(v.dates) d(value)
), pairs AS (
    SELECT source, claim_key, dates_x, numbers_x, dates_y, numbers_y,
           bool_or(on_dates) AS on_dates, bool_or(NOT on_dates) AS on_numbers
    FROM (
        SELECT x.source, x.claim_key, x.dates AS dates_x, x.numbers AS numbers_x,
               y.dates AS dates_y, y.numbers AS numbers_y, true AS on_dates
        FROM date_values x
        JOIN date_values y ON y.source = x.source AND y.claim_key = x.claim_key AND y.grain = x.grain
         AND y.value <> x.value AND y.first_day <= x.last_day AND x.first_day <= y.last_day
        UNION ALL
        SELECT x.source, x.claim_key, x.dates, x.numbers, y.dates, y.numbers, false
        FROM versions x
        JOIN versions y ON y.source = x.source AND y.claim_key = x.claim_key
         AND cardinality(y.numbers) = cardinality(x.numbers) AND y.numbers <> x.numbers
        WHERE cardinality(x.numbers) > 0 AND claimlens.numbers_disagree(x.numbers, y.numbers)
    ) found
    GROUP BY source, claim_key, dates_x, numbers_x, dates_y, numbers_y
), ordered AS (
    SELECT p.on_dates, p.on_numbers, x, y
    FROM pairs p
    JOIN versions x ON x.source = p.source AND x.claim_key = p.claim_key AND x.dates = p.dates_x AND x.numbers = p.numbers_x
    JOIN versions y ON y.source = p.source AND y.claim_key = p.claim_key AND y.dates = p.dates_y AND y.numbers = p.numbers_y
    WHERE ((x.first).published, (x.first).value, x.dates, x.numbers::text[])
        < ((y.first).published, (y.first).value, y.dates, y.numbers::text[])
)
SELECT (o.x).source::text AS source_table, (o.x).claim_key,
       concat_ws(' and ', CASE WHEN o.on_dates THEN 'dates' END,
                          CASE WHEN o.on_numbers THEN 'numbers' END) AS disagree_on,
       (SELECT c.claim FROM claimlens.claim_mentions c
        WHERE c.source = (o.x).source AND c.article = ((o.x).first).value AND c.claim_key = (o.x).claim_key
          AND c.dates = (o.x).dates AND c.numbers = (o.x).numbers
        ORDER BY c.n LIMIT 1) AS claim_a,
       (o.x).dates AS dates_a, (o.x).numbers::text[] AS numbers_a,
       ((o.x).first).value AS article_a, xa.outlet AS outlet_a, ((o.x).first).published AS published_a,
       (o.x).articles AS articles_a, (o.x).outlets AS outlets_a,
       (SELECT c.claim FROM claimlens.claim_mentions c
        WHERE c.source = (o.y).source AND c.article = ((o.y).first).value AND c.claim_key = (o.y).claim_key
          AND c.dates = (o.y).dates AND c.numbers = (o.y).numbers
        ORDER BY c.n LIMIT 1) AS claim_b,
       (o.y).dates AS dates_b, (o.y).numbers::text[] AS numbers_b,
       ((o.y).first).value AS article_b, ya.outlet AS outlet_b, ((o.y).first).published AS published_b,
       (o.y).articles AS articles_b, (o.y).outlets AS outlets_b
FROM ordered o
JOIN claimlens.tracked_articles xa ON xa.source = (o.x).source AND xa.article = ((o.x).first).value
JOIN claimlens.tracked_articles ya ON ya.source = (o.y).source AND ya.article = ((o.y).first).value;
COMMENT ON VIEW claimlens.claim_conflicts IS
'Pairs of versions of one claim (same claim_key in a tracked table) that disagree on dates (dates_disagree()) or numbers (numbers_disagree()), the earlier version first: each version''s text, dates (timex values as text) and numbers, its first article, outlet and time, and every article and outlet carrying it.';
