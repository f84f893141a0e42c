-- Entities: entity_key(), normalize_name(), entities() and the gazetteer.
SET search_path = claimlens, public;

-- Variants of one name share a key.
SELECT name, entity_key(name) AS key
FROM (VALUES ('Ri Chang-dae'), ('Ri Chang Dae'), ('Kim Jong-un'), ('Kim Jong Un'),
             ('Sergei E. Naryshkin'), ('Sergei Naryshkin'), ('President Vladimir Putin'),
             ('Mr. Putin'), ('Russia''s'), ('DPRK'), ('Democratic People''s Republic of Korea'),
             ('North Korea'), ('USSR'), ('Soviet Union'), ('KCNA'),
             ('Korean Central News Agency'), ('José Álvarez'), ('U.S.'), ('State Department')) v(name);

-- normalize_name() does not read the gazetteer; entity_key() does.
SELECT normalize_name('DPRK') AS normalized, entity_key('DPRK') AS key,
       normalize_name('  ... ') = '' AS punctuation_only_is_empty;

-- Kinds in context; titles stay out of the surface; acronyms and surnames resolve.
SELECT n, start, len, surface, kind, canonical, key
FROM entities('PYONGYANG, Oct 3 (Reuters) - North Korea''s Minister of State Security Ri Chang-dae '
              'met Russian President Vladimir Putin in Moscow on Tuesday, KCNA said. Pyongyang said '
              'talks with Sergei E. Naryshkin, director of the Baltic Maritime Authority (BMA), '
              'went well. Mr. Naryshkin told the BMA board that Ri Chang Dae would return.');
-- substr() with the offsets gives the surface.
SELECT bool_and(substr(b, start + 1, len) = surface) AS offsets_exact
FROM (SELECT 'Élodie Durand of Société Générale met Ri Chang-dae in Pyongyang.'::text AS b) t,
     LATERAL entities(b);

-- Demonyms are not mentions unless asked for.
SELECT surface, kind, canonical FROM entities('Russian President Vladimir Putin met North Korean officials.');
SELECT surface, kind, canonical FROM entities('Russian President Vladimir Putin met North Korean officials.', true);

-- The sample corpus: the same people and bodies under every spelling.
SELECT e.key, e.kind, min(e.canonical) AS canonical, count(DISTINCT a.id) AS articles, count(*) AS mentions
FROM sample_articles a, LATERAL entities(a.body) e
GROUP BY e.key, e.kind
HAVING count(DISTINCT a.id) >= 4
ORDER BY articles DESC, mentions DESC, e.key;
SELECT n, surface, kind, canonical, key FROM sample_articles, LATERAL entities(body) WHERE id = 4;

-- Users add aliases with INSERT and the next call sees them; deleting undoes it.
SELECT entity_key('External Intelligence Bureau') AS before;
INSERT INTO gazetteer_aliases (alias, entity_id)
SELECT 'External Intelligence Bureau', id FROM gazetteer_entities
WHERE canonical = 'Foreign Intelligence Service (Russia)';
SELECT entity_key('External Intelligence Bureau') AS after;
SELECT surface, kind, canonical FROM entities('The External Intelligence Bureau declined to comment.');
DELETE FROM gazetteer_aliases WHERE alias = 'External Intelligence Bureau';
SELECT entity_key('External Intelligence Bureau') AS deleted;
-- A new entity with its own alias, inside a transaction that rolls back.
BEGIN;
WITH e AS (INSERT INTO gazetteer_entities (kind, canonical, country)
           VALUES ('organization', 'Lindhaven Port Police', NULL) RETURNING id)
INSERT INTO gazetteer_aliases (alias, entity_id) SELECT 'LPP', id FROM e;
SELECT surface, kind, canonical FROM entities('The LPP closed the gates.');
ROLLBACK;
SELECT surface, kind, canonical FROM entities('The LPP closed the gates.');

-- Empty, letterless and 10 kB aliases are rejected.
\set VERBOSITY terse
INSERT INTO gazetteer_aliases (alias, entity_id) VALUES ('', 1);
INSERT INTO gazetteer_aliases (alias, entity_id) VALUES ('--', 1);
INSERT INTO gazetteer_aliases (alias, entity_id) VALUES (repeat('x', 10000), 1);
INSERT INTO gazetteer_entities (kind, canonical) VALUES ('planet', 'Mars');
\set VERBOSITY default
SELECT count(*) AS user_aliases FROM gazetteer_aliases WHERE NOT builtin;

-- The built-in gazetteer: every ISO country, former ones, demonyms.
SELECT count(*) FILTER (WHERE country ~ '^[A-Z]{2}$' AND kind = 'location'
                        AND canonical IN (SELECT canonical FROM gazetteer_entities)) > 240 AS countries,
       count(*) FILTER (WHERE kind = 'organization') > 50 AS organizations
FROM gazetteer_entities;
SELECT a.alias, e.canonical, a.demonym FROM gazetteer_aliases a JOIN gazetteer_entities e ON e.id = a.entity_id
WHERE a.alias IN ('Soviet', 'USSR', 'Burma', 'French', 'Kazakh', 'Pyongyang', 'KCNA', 'Xinhua')
ORDER BY a.alias, e.canonical;

-- Bad input: NULL, empty, white space, control characters, junk, a long body.
SELECT count(*) FROM entities(NULL);
SELECT count(*) FROM entities('');
SELECT count(*) FROM entities(E' \n\t\n ');
SELECT count(*) FROM entities(E'\x01\x02 Ri \x7f Chang (((( )))) ""');
-- Keys keep at most 64 words of at most 4096 bytes.
SELECT entity_key(''), entity_key(repeat('Kim ', 5000)) = repeat('kim ', 63) || 'kim' AS long_key_cut;
SELECT count(*) > 0 AS found, max(n) = count(*) AS numbered
FROM entities(repeat('Helena Marchetti met officials in Lindhaven. ', 20000));
