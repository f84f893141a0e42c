-- The per-backend gazetteer cache across savepoints, failed subtransactions,
-- calls from PL/pgSQL, set-returning calls in the select list and parallel
-- workers (each a fresh backend whose first call builds its own cache).
SET search_path = claimlens, public;

-- A change seen inside a savepoint and gone after ROLLBACK TO.
BEGIN;
SELECT entity_key('Harbour Watch') AS before;
SAVEPOINT s;
WITH e AS (INSERT INTO gazetteer_entities (kind, canonical)
           VALUES ('organization', 'Harbour Watch Service') RETURNING id)
INSERT INTO gazetteer_aliases (alias, entity_id) SELECT 'Harbour Watch', id FROM e;
SELECT entity_key('Harbour Watch') AS inside;
SELECT surface, kind, canonical FROM entities('Harbour Watch said the port was closed.');
ROLLBACK TO SAVEPOINT s;
SELECT entity_key('Harbour Watch') AS after_rollback_to;
SELECT surface, kind, canonical FROM entities('Harbour Watch said the port was closed.');
COMMIT;

-- The cache rebuilt inside a subtransaction that then fails.
DO $$
BEGIN
    BEGIN
        INSERT INTO claimlens.gazetteer_aliases (alias, entity_id)
        SELECT 'Coastal Watch', id FROM claimlens.gazetteer_entities WHERE canonical = 'Reuters';
        IF claimlens.entity_key('Coastal Watch') <> 'reuters' THEN
            RAISE EXCEPTION 'alias not seen inside the subtransaction';
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'undo';
    EXCEPTION WHEN raise_exception THEN
        IF SQLERRM <> 'undo' THEN
            RAISE;
        END IF;
    END;
END $$;
SELECT entity_key('Coastal Watch') AS after_failed_subtransaction;

-- Calls from PL/pgSQL, in a loop over the rows of a set-returning call.
CREATE FUNCTION pg_temp.mention_count(body text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
    r record;
    n int := 0;
BEGIN
    FOR r IN SELECT * FROM claimlens.entities(body) LOOP
        n := n + (claimlens.entity_key(r.surface) IS NOT NULL)::int;
    END LOOP;
    RETURN n;
END $$;
SELECT sum(pg_temp.mention_count(body)) = (SELECT count(*) FROM sample_articles, LATERAL entities(body))
       AS plpgsql_agrees
FROM sample_articles;

-- entities() in the select list.
SELECT count(*) = (SELECT count(*) FROM sample_articles, LATERAL entities(body)) AS select_list_agrees
FROM (SELECT entities(body) FROM sample_articles) s;

-- Parallel workers: fresh backends whose first call reads the gazetteer.
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET force_parallel_mode = on;
SELECT count(*) AS mentions, count(DISTINCT key) AS keys
FROM sample_articles, LATERAL entities(body);
SELECT count(*) FILTER (WHERE entity_key(canonical) = key) AS keys_agree, count(*) AS mentions
FROM sample_articles, LATERAL entities(body);
RESET force_parallel_mode;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;
RESET max_parallel_workers_per_gather;
SELECT count(*) AS mentions, count(DISTINCT key) AS keys
FROM sample_articles, LATERAL entities(body);
