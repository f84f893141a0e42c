-- The dates regression set: 456 sentences of newswire with the expression,
-- value and kind expected relative to each anchor (data/dates_gold.tsv).
-- Every row must come out right; the mismatches, if any, are listed.
SET search_path = claimlens, public;
CREATE TEMP TABLE gold (id int, anchor date, sentence text, surface text, value text, kind text);
\copy gold FROM 'data/dates_gold.tsv' WITH (FORMAT text, HEADER true, NULL '')
SELECT count(*) AS rows, count(surface) AS expressions, count(*) - count(surface) AS negatives,
       count(DISTINCT kind) AS kinds FROM gold;

CREATE TEMP TABLE got AS
SELECT g.id, d.surface, d.value::text AS value, d.kind
FROM gold g, LATERAL dates(g.sentence, g.anchor) d;

-- Expressions found with the expected extent, value and kind.
SELECT count(*) FILTER (WHERE ok) AS right, count(*) AS expressions,
       round(100.0 * count(*) FILTER (WHERE ok) / count(*), 1) AS percent
FROM (SELECT g.id, EXISTS (SELECT 1 FROM got x WHERE x.id = g.id AND x.surface = g.surface
                           AND x.value IS NOT DISTINCT FROM g.value AND x.kind = g.kind) AS ok
      FROM gold g WHERE g.surface IS NOT NULL) s;
SELECT g.id, g.surface, g.value AS expected, x.surface AS got_surface, x.value AS got_value, x.kind AS got_kind
FROM gold g LEFT JOIN got x ON x.id = g.id
WHERE g.surface IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM got y WHERE y.id = g.id AND y.surface = g.surface
                  AND y.value IS NOT DISTINCT FROM g.value AND y.kind = g.kind)
ORDER BY g.id;

-- Negative sentences (COVID-19, 7,000 containers, phone numbers...) yield nothing.
SELECT g.id, x.surface FROM gold g JOIN got x ON x.id = g.id WHERE g.surface IS NULL ORDER BY g.id;
