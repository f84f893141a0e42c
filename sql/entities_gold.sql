-- The entities regression set: 252 news sentences written for this project,
-- each annotated with its mentions (surface, kind, key) in
-- data/entities_gold.tsv; sentences without mentions have NULLs.  Each
-- sentence is one document.  Reports precision, recall and F1 per kind (a
-- mention counts when its surface and kind both match), the share of found
-- mentions with the right key, and lists every mismatch.
SET search_path = claimlens, public;
CREATE TEMP TABLE gold (id int, sentence text, surface text, kind text, key text);
\copy gold FROM 'data/entities_gold.tsv' WITH (FORMAT text, HEADER true)
SELECT count(DISTINCT id) AS sentences, count(surface) AS mentions,
       count(DISTINCT id) FILTER (WHERE surface IS NULL) AS without_mentions
FROM gold;

CREATE TEMP TABLE got AS
SELECT s.id, e.surface, e.kind, e.key
FROM (SELECT DISTINCT id, sentence FROM gold) s, LATERAL entities(s.sentence) e;

CREATE TEMP VIEW g AS SELECT id, surface, kind, count(*) AS n FROM gold WHERE surface IS NOT NULL GROUP BY 1, 2, 3;
CREATE TEMP VIEW x AS SELECT id, surface, kind, count(*) AS n FROM got GROUP BY 1, 2, 3;

SELECT kind, tp, expected, found,
       round(tp::numeric / nullif(found, 0), 3) AS precision,
       round(tp::numeric / nullif(expected, 0), 3) AS recall,
       round(2.0 * tp / nullif(expected + found, 0), 3) AS f1
FROM (SELECT k.kind, k.o,
             (SELECT coalesce(sum(least(g.n, x.n)), 0) FROM g JOIN x USING (id, surface, kind)
              WHERE k.kind IN (g.kind, 'all')) AS tp,
             (SELECT coalesce(sum(n), 0) FROM g WHERE k.kind IN (g.kind, 'all')) AS expected,
             (SELECT coalesce(sum(n), 0) FROM x WHERE k.kind IN (x.kind, 'all')) AS found
      FROM (VALUES (1, 'person'), (2, 'organization'), (3, 'location'), (4, 'all')) k(o, kind)) s
ORDER BY o;

-- Keys of the mentions found with the right surface and kind.
SELECT count(*) FILTER (WHERE gd.key = gt.key) AS right_key, count(*) AS matched,
       round(100.0 * count(*) FILTER (WHERE gd.key = gt.key) / count(*), 1) AS percent
FROM gold gd JOIN got gt USING (id, surface, kind);
SELECT id, surface, kind, gd.key AS expected_key, gt.key AS got_key
FROM gold gd JOIN got gt USING (id, surface, kind)
WHERE gd.key <> gt.key
ORDER BY id, surface;

-- Missed: annotated but not found with that surface and kind.
SELECT g.id, g.surface, g.kind, (SELECT string_agg(x.surface || '/' || x.kind, ', ' ORDER BY x.surface)
                                 FROM got x WHERE x.id = g.id AND strpos(x.surface, g.surface) + strpos(g.surface, x.surface) > 0) AS found_instead
FROM g LEFT JOIN x USING (id, surface, kind)
WHERE x.n IS NULL OR x.n < g.n
ORDER BY g.id, g.surface;
-- Spurious: found but not annotated.
SELECT x.id, x.surface, x.kind
FROM x LEFT JOIN g USING (id, surface, kind)
WHERE g.n IS NULL OR g.n < x.n
ORDER BY x.id, x.surface;
