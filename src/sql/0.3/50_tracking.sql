-- Tracking a user's articles table: track() installs a trigger that keeps
-- the side tables below current on every INSERT, UPDATE and DELETE, in the
-- user's own transaction; analyze() back-fills rows that were there before;
-- untrack() removes the trigger and the table's side rows.
--
-- Side rows name their table by regclass (kept by pg_dump and pg_upgrade)
-- and the article by its id as text.  Who may see and write them follows the
-- privileges on the tracked table itself (row-level security below): a user
-- reads the side rows of the tables they may read and writes those of the
-- tables they may write, so no SECURITY DEFINER function is needed.

CREATE TABLE claimlens.tracked_tables (
    source regclass PRIMARY KEY,
    id_column name NOT NULL,
    body_column name NOT NULL,
    published_column name NOT NULL,
    outlet_column name NOT NULL,
    tracked_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE claimlens.tracked_tables IS
'Tables tracked by claimlens.track(), with the columns that hold each article''s id, body, publication time and outlet.';

CREATE TABLE claimlens.tracked_articles (
    source regclass NOT NULL,
    article text NOT NULL,
    published timestamptz,
    outlet text,
    clean_text text NOT NULL,
    chars int NOT NULL,
    words int NOT NULL,
    sig claimlens.docsig NOT NULL,
    marks bigint[] NOT NULL,
    PRIMARY KEY (source, article)
);
CREATE INDEX tracked_articles_sig ON claimlens.tracked_articles USING gin (sig claimlens.docsig_lsh_ops);
CREATE INDEX tracked_articles_marks ON claimlens.tracked_articles USING gin (marks);
-- No index on published: with one, the planner answers the derivations
-- join (a.sig % b.sig AND a.published < b.published) by scanning the
-- earlier articles in time order, which is quadratic (39 s instead of 1 s
-- for 2,900 articles).
COMMENT ON TABLE claimlens.tracked_articles IS
'One row per article of a tracked table: its id as text, publication time (the published column, else the stamp in the body), outlet, clean() text with its length in characters and words, its docsig (GIN-indexed for % searches) and passage_marks() (GIN-indexed for &&). Offsets in the mention tables refer to clean_text.';

-- The mentions of an article (entities, dates, claims) are stored in one row
-- per article, as arrays of one composite per mention, and read through
-- the views entity_mentions, date_mentions and claim_mentions below, one
-- row per mention.  One row and one index entry per article instead of one
-- per mention: writing an article's analysis costs a fraction of the time.
CREATE TYPE claimlens.entity_mention AS (
    n int,
    sentence int,
    start int,
    len int,
    surface text,
    kind text,
    canonical text,
    key text
);
COMMENT ON TYPE claimlens.entity_mention IS
'One mention of an entity in a tracked article (a row of claimlens.entity_mentions without source and article).';

CREATE TYPE claimlens.date_mention AS (
    n int,
    sentence int,
    start int,
    len int,
    surface text,
    value claimlens.timex,
    kind text
);
COMMENT ON TYPE claimlens.date_mention IS
'One temporal expression of a tracked article (a row of claimlens.date_mentions without source and article).';

CREATE TYPE claimlens.claim_mention AS (
    n int,
    sentence int,
    start int,
    len int,
    claim text,
    claim_key text,
    sources text[],
    source_keys text[],
    origin text,
    cue text,
    quote text,
    hedged boolean,
    dates text[],
    numbers numeric[]
);
COMMENT ON TYPE claimlens.claim_mention IS
'One claim of a tracked article (a row of claimlens.claim_mentions without source and article). claim is NULL when the claim is exactly its span (start, len) of the article''s clean_text, which the view reads instead.';

CREATE TABLE claimlens.article_mentions (
    source regclass NOT NULL,
    article text NOT NULL,
    entities claimlens.entity_mention[] NOT NULL,
    dates claimlens.date_mention[] NOT NULL,
    claims claimlens.claim_mention[] NOT NULL,
    PRIMARY KEY (source, article)
);
COMMENT ON TABLE claimlens.article_mentions IS
'The mentions of each tracked article, in order: its entities, dates and claims, one array element per mention. Read them through the views entity_mentions, date_mentions and claim_mentions.';

-- The long values (the clean text, the arrays of mentions) are stored
-- compressed in the row itself (STORAGE MAIN, and the passage marks with
-- them, so that they are not moved out first): a row then moves to the TOAST
-- table only when it is still larger than a page after compression, so
-- writing an article costs no TOAST rows and no TOAST index entries.  lz4,
-- where the server has it, compresses them several times faster than pglz.
ALTER TABLE claimlens.tracked_articles ALTER COLUMN clean_text SET STORAGE MAIN,
    ALTER COLUMN marks SET STORAGE MAIN;
ALTER TABLE claimlens.article_mentions ALTER COLUMN entities SET STORAGE MAIN,
    ALTER COLUMN dates SET STORAGE MAIN, ALTER COLUMN claims SET STORAGE MAIN;

-- No planner statistics for the columns no estimate reads: the passage
-- marks are hashes (all but unique, and && between two tables' marks is
-- estimated without statistics), and the mention arrays are read by
-- unnest() in the views, never compared whole.  Their element statistics
-- were three quarters of the time of each ANALYZE of the two tables
-- (2.7 s of a core for 48,000 articles, now 1.0 s), which autovacuum runs
-- again at every tenth of growth.
ALTER TABLE claimlens.tracked_articles ALTER COLUMN marks SET STATISTICS 0;
ALTER TABLE claimlens.article_mentions ALTER COLUMN entities SET STATISTICS 0,
    ALTER COLUMN dates SET STATISTICS 0, ALTER COLUMN claims SET STATISTICS 0;
DO $lz4$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_settings
               WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
        ALTER TABLE claimlens.tracked_articles ALTER COLUMN clean_text SET COMPRESSION lz4;
        ALTER TABLE claimlens.article_mentions ALTER COLUMN entities SET COMPRESSION lz4,
            ALTER COLUMN dates SET COMPRESSION lz4, ALTER COLUMN claims SET COMPRESSION lz4;
    END IF;
END
$lz4$;

-- Compression is only worth its time where it changes how many rows share a
-- page.  A row of tracked_articles is compressed only when it is larger than
-- half a page (toast_tuple_target, 4,080 bytes with 8 kB pages), and then
-- only until it fits in half a page, so that two articles still share a
-- page.  With 3 kB articles a row is about 4 kB uncompressed, and lz4 would
-- take its clean text from 2.9 to 2.1 kB: two rows per page either way, so
-- most rows are not compressed at all.  (The mentions' rows are about 8 kB
-- uncompressed: they need all their arrays compressed to share a page, as
-- the default target does.)
DO $half_page$
DECLARE
    -- two line pointers and two MAXALIGNed tuples after the page header
    half_page int := (current_setting('block_size')::int - 24 - 2 * 4) / 2 / 8 * 8;
BEGIN
    EXECUTE format('ALTER TABLE claimlens.tracked_articles SET (toast_tuple_target = %s)', half_page);
END
$half_page$;

CREATE VIEW claimlens.entity_mentions WITH (security_invoker = true) AS
SELECT m.source, m.article, e.n, e.sentence, e.start, e.len, e.surface, e.kind, e.canonical, e.key
FROM claimlens.article_mentions m CROSS JOIN LATERAL unnest(m.entities) e;
COMMENT ON VIEW claimlens.entity_mentions IS
'entities() of each tracked article''s clean text, with the number of the sentence (as sentences() counts them) each mention is in.';

CREATE VIEW claimlens.date_mentions WITH (security_invoker = true) AS
SELECT m.source, m.article, d.n, d.sentence, d.start, d.len, d.surface, d.value, d.kind
FROM claimlens.article_mentions m CROSS JOIN LATERAL unnest(m.dates) d;
COMMENT ON VIEW claimlens.date_mentions IS
'dates() of each tracked article''s clean text, anchored at its publication time, with the number of the sentence each expression is in.';

-- A claim that is exactly its span of the clean text (most are) is stored
-- as NULL and read from tracked_articles; the others (white space
-- normalised, or an attribution cut out of the middle) are stored.  A query
-- that does not read claim does not join tracked_articles at all.
CREATE VIEW claimlens.claim_mentions WITH (security_invoker = true) AS
SELECT m.source, m.article, c.n, c.sentence, c.start, c.len,
       coalesce(c.claim, substr(t.clean_text, c.start + 1, c.len)) AS claim, c.claim_key, c.sources,
       c.source_keys, c.origin, c.cue, c.quote, c.hedged, c.dates, c.numbers
FROM claimlens.article_mentions m
     LEFT JOIN claimlens.tracked_articles t ON t.source = m.source AND t.article = m.article
     CROSS JOIN LATERAL unnest(m.claims) c;
COMMENT ON VIEW claimlens.claim_mentions IS
'claims() of each tracked article''s clean text: the claim with its sentence number, claim_key(claim, publication time) with the claim''s dates and entities as the article''s dates() and entities() read them, sources outermost first and their entity keys, origin (the innermost source as written, NULL when unattributed), cue, quotation, hedge, and the exact values that claim_key() coarsens: dates (the timex values, as text, of the article''s date mentions inside the claim''s span) and numbers (claim_numbers(), outside the article''s dates).';

GRANT SELECT ON claimlens.entity_mentions, claimlens.date_mentions, claimlens.claim_mentions TO PUBLIC;

SELECT pg_catalog.pg_extension_config_dump('claimlens.tracked_tables', '');
SELECT pg_catalog.pg_extension_config_dump('claimlens.tracked_articles', '');
SELECT pg_catalog.pg_extension_config_dump('claimlens.article_mentions', '');

-- Row-level security: side rows follow the privileges on their table.
-- Superusers and the extension's owner are not subject to it.
ALTER TABLE claimlens.tracked_tables ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON claimlens.tracked_tables FOR SELECT USING (true);
CREATE POLICY owners ON claimlens.tracked_tables FOR ALL
    USING (pg_has_role((SELECT relowner FROM pg_class WHERE oid = source), 'USAGE'));
GRANT SELECT, INSERT, DELETE ON claimlens.tracked_tables TO PUBLIC;

-- The two tables of side rows share one rule: read with SELECT on the
-- tracked table, write with its write privileges.
DO $rls$
DECLARE
    side text;
BEGIN
    FOREACH side IN ARRAY ARRAY['tracked_articles', 'article_mentions'] LOOP
        EXECUTE format('ALTER TABLE claimlens.%I ENABLE ROW LEVEL SECURITY', side);
        EXECUTE format('CREATE POLICY readers ON claimlens.%I FOR SELECT'
                       ' USING (has_table_privilege(source, ''SELECT''))', side);
        EXECUTE format('CREATE POLICY writers ON claimlens.%I FOR ALL'
                       ' USING (has_table_privilege(source, ''INSERT, UPDATE, DELETE, TRUNCATE''))', side);
        EXECUTE format('GRANT SELECT, INSERT, DELETE ON claimlens.%I TO PUBLIC', side);
    END LOOP;
END
$rls$;

CREATE FUNCTION claimlens.word_count(body text) RETURNS int
AS 'MODULE_PATHNAME', 'claimlens_word_count'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5;
COMMENT ON FUNCTION claimlens.word_count(text) IS
'The number of words of a text as docsig and reuse() count them: maximal runs of letters and digits.';

-- The analysis of one article, stored in the side tables.  Writes tables,
-- so VOLATILE and PARALLEL UNSAFE.  Deletes and inserts touch the side
-- tables in one fixed order (tracked_articles, article_mentions), so that
-- concurrent writers never wait on each other in opposite orders.
CREATE FUNCTION claimlens.store_analysis(source regclass, article text, body text,
    published timestamptz, outlet text, if_absent boolean DEFAULT false)
RETURNS boolean
AS 'MODULE_PATHNAME', 'claimlens_store_analysis'
LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION claimlens.store_analysis(regclass, text, text, timestamptz, text, boolean) IS
'Analyses one article (clean text, docsig, word count, entities, dates and claims by sentence, anchored at the publication time or the body''s own stamp) into the side tables; called by the tracking trigger and by analyze(). With if_absent, an article already stored is left alone and false is returned.';

CREATE FUNCTION claimlens.forget_article(source regclass, article text) RETURNS void
LANGUAGE sql VOLATILE STRICT PARALLEL UNSAFE
BEGIN ATOMIC
    DELETE FROM claimlens.tracked_articles a WHERE a.source = forget_article.source AND a.article = forget_article.article;
    DELETE FROM claimlens.article_mentions m WHERE m.source = forget_article.source AND m.article = forget_article.article;
END;
COMMENT ON FUNCTION claimlens.forget_article(regclass, text) IS
'Deletes the side rows of one article; called by the tracking trigger on DELETE and before re-analysing an UPDATE.';

CREATE FUNCTION claimlens.forget_table(source regclass) RETURNS void
LANGUAGE sql VOLATILE STRICT PARALLEL UNSAFE
BEGIN ATOMIC
    DELETE FROM claimlens.tracked_articles a WHERE a.source = forget_table.source;
    DELETE FROM claimlens.article_mentions m WHERE m.source = forget_table.source;
END;
COMMENT ON FUNCTION claimlens.forget_table(regclass) IS
'Deletes the side rows of every article of a table; called on TRUNCATE of a tracked table and by untrack().';

CREATE FUNCTION claimlens.track_trigger() RETURNS trigger
AS 'MODULE_PATHNAME', 'claimlens_track_trigger'
LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION claimlens.track_trigger() IS
'Trigger installed by track(): AFTER INSERT, UPDATE of the tracked columns and DELETE (FOR EACH ROW) and TRUNCATE; keeps the side tables current in the user''s transaction. Arguments: the id, body, published and outlet column names.';

-- Validation errors: 42P01 (no such table, from regclass), 42809 (not a
-- table), 0A000 (partitioned or temporary), 42501 (not the owner), 42703 (no such column), 42804 (wrong type), 42P10 (id not
-- unique), 42710 (tracked already).
CREATE FUNCTION claimlens.track(articles regclass, id_column name, body_column name,
    published_column name, outlet_column name)
RETURNS void
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
AS $fn$
DECLARE
    kind "char";
    persistence "char";
    col name;
    typ oid;
    id_attnum int2;
BEGIN
    SELECT c.relkind, c.relpersistence INTO kind, persistence FROM pg_class c WHERE c.oid = articles;
    IF kind = 'p' THEN
        RAISE EXCEPTION 'claimlens: % is partitioned; track its partitions one by one', articles
            USING ERRCODE = 'feature_not_supported';
    END IF;
    IF kind <> 'r' THEN
        RAISE EXCEPTION 'claimlens: % is not a table', articles
            USING ERRCODE = 'wrong_object_type';
    END IF;
    IF persistence = 't' THEN
        RAISE EXCEPTION 'claimlens: % is a temporary table, which cannot be tracked', articles
            USING ERRCODE = 'feature_not_supported';
    END IF;
    IF NOT pg_has_role((SELECT c.relowner FROM pg_class c WHERE c.oid = articles), 'USAGE') THEN
        RAISE EXCEPTION 'claimlens: must be owner of table % to track it', articles
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM claimlens.tracked_tables t WHERE t.source = articles) THEN
        RAISE EXCEPTION 'claimlens: table % is already tracked', articles
            USING ERRCODE = 'duplicate_object',
                  HINT = 'Run claimlens.untrack() first to track it with other columns.';
    END IF;
    FOREACH col IN ARRAY ARRAY[id_column, body_column, published_column, outlet_column] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_attribute a
                       WHERE a.attrelid = articles AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped) THEN
            RAISE EXCEPTION 'claimlens: column "%" of table % does not exist', col, articles
                USING ERRCODE = 'undefined_column';
        END IF;
    END LOOP;
    SELECT coalesce(nullif(t.typbasetype, 0), t.oid) INTO typ
    FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
    WHERE a.attrelid = articles AND a.attname = body_column;
    IF typ NOT IN ('text'::regtype, 'varchar'::regtype) THEN
        RAISE EXCEPTION 'claimlens: body column "%" of table % is %, not text or varchar',
            body_column, articles, format_type(typ, NULL)
            USING ERRCODE = 'datatype_mismatch';
    END IF;
    SELECT coalesce(nullif(t.typbasetype, 0), t.oid) INTO typ
    FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
    WHERE a.attrelid = articles AND a.attname = published_column;
    IF typ NOT IN ('timestamptz'::regtype, 'timestamp'::regtype, 'date'::regtype) THEN
        RAISE EXCEPTION 'claimlens: published column "%" of table % is %, not timestamptz, timestamp or date',
            published_column, articles, format_type(typ, NULL)
            USING ERRCODE = 'datatype_mismatch';
    END IF;
    SELECT a.attnum INTO id_attnum FROM pg_attribute a
    WHERE a.attrelid = articles AND a.attname = id_column;
    IF NOT EXISTS (SELECT 1 FROM pg_index i
                   WHERE i.indrelid = articles AND i.indisunique AND i.indpred IS NULL
                     AND i.indnkeyatts = 1 AND i.indkey[0] = id_attnum) THEN
        RAISE EXCEPTION 'claimlens: id column "%" of table % has no unique index', id_column, articles
            USING ERRCODE = 'invalid_column_reference',
                  HINT = 'Side rows are keyed by the id: make it the primary key or add a unique constraint.';
    END IF;

    INSERT INTO claimlens.tracked_tables (source, id_column, body_column, published_column, outlet_column)
    VALUES (articles, id_column, body_column, published_column, outlet_column);
    EXECUTE format('CREATE TRIGGER claimlens_track AFTER INSERT OR DELETE OR UPDATE OF %I, %I, %I, %I ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION claimlens.track_trigger(%L, %L, %L, %L)',
                   id_column, body_column, published_column, outlet_column, articles,
                   id_column, body_column, published_column, outlet_column);
    EXECUTE format('CREATE TRIGGER claimlens_track_truncate AFTER TRUNCATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION claimlens.track_trigger()', articles);
END
$fn$;
COMMENT ON FUNCTION claimlens.track(regclass, name, name, name, name) IS
'Tracks an articles table: installs the claimlens_track trigger, which analyses every inserted or updated row into the side tables (tracked_articles, and article_mentions read through the views entity_mentions, date_mentions and claim_mentions) in the same transaction and deletes the side rows of deleted rows. The id column needs a unique index; body is text or varchar; published is timestamptz, timestamp (read as UTC) or date. Rows already there are analysed by CALL claimlens.analyze().';

CREATE FUNCTION claimlens.untrack(articles regclass) RETURNS void
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
AS $fn$
BEGIN
    IF NOT pg_has_role((SELECT c.relowner FROM pg_class c WHERE c.oid = articles), 'USAGE') THEN
        RAISE EXCEPTION 'claimlens: must be owner of table % to untrack it', articles
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM claimlens.tracked_tables t WHERE t.source = articles;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'claimlens: table % is not tracked', articles
            USING ERRCODE = 'undefined_object';
    END IF;
    EXECUTE format('DROP TRIGGER IF EXISTS claimlens_track ON %s', articles);
    EXECUTE format('DROP TRIGGER IF EXISTS claimlens_track_truncate ON %s', articles);
    PERFORM claimlens.forget_table(articles);
END
$fn$;
COMMENT ON FUNCTION claimlens.untrack(regclass) IS
'Stops tracking a table: drops its trigger and deletes its side rows. An error (42704) if the table is not tracked.';

-- Back-fill: a procedure, so that it can COMMIT after every batch.  Rows
-- are taken in id order and only those without side rows are analysed, so
-- a cancelled run loses at most one batch and the next run resumes where
-- it stopped.  Rows inserted meanwhile go through the trigger; a row the
-- trigger stored first is skipped.  The rows of a batch are locked FOR
-- SHARE until it commits, so that an UPDATE or DELETE of one of them waits
-- and then replaces or deletes the batch's analysis instead of racing it.
CREATE PROCEDURE claimlens.analyze(articles regclass, batch_size int DEFAULT 2000)
LANGUAGE plpgsql
AS $fn$
DECLARE
    t claimlens.tracked_tables;
    id_type text;
    pub_type regtype;
    pub_expr text;
    q text;
    last_id text := NULL;
    seen bigint;
    stored bigint;
    batch_last text;
    total_seen bigint := 0;
    total_stored bigint := 0;
BEGIN
    IF articles IS NULL THEN
        RAISE EXCEPTION 'claimlens: analyze() needs a table' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF batch_size IS NULL OR batch_size < 1 THEN
        RAISE EXCEPTION 'claimlens: batch_size must be at least 1' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO t FROM claimlens.tracked_tables tt WHERE tt.source = articles;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'claimlens: table % is not tracked', articles
            USING ERRCODE = 'undefined_object', HINT = 'Run claimlens.track() first.';
    END IF;
    SELECT format_type(a.atttypid, a.atttypmod) INTO id_type
    FROM pg_attribute a WHERE a.attrelid = articles AND a.attname = t.id_column;
    SELECT coalesce(nullif(ty.typbasetype, 0), ty.oid)::regtype INTO pub_type
    FROM pg_attribute a JOIN pg_type ty ON ty.oid = a.atttypid
    WHERE a.attrelid = articles AND a.attname = t.published_column;
    -- the conversions of the trigger: a timestamp or date is read as UTC
    pub_expr := CASE pub_type
        WHEN 'timestamptz'::regtype THEN format('r.%I', t.published_column)
        ELSE format('(r.%I::timestamp AT TIME ZONE ''UTC'')', t.published_column) END;
    q := format($q$
        SELECT count(*), count(*) FILTER (WHERE s.stored), (array_agg(s.id ORDER BY s.id DESC))[1]::text
        FROM (SELECT r.%1$I AS id,
                     claimlens.store_analysis($3, r.%1$I::text, r.%2$I::text, %3$s, r.%4$I::text, true) AS stored
              FROM (SELECT x.* FROM %5$s x
                    WHERE ($1::text IS NULL OR x.%1$I > $1::%6$s)
                      AND NOT EXISTS (SELECT 1 FROM claimlens.tracked_articles a
                                      WHERE a.source = $3 AND a.article = x.%1$I::text)
                    ORDER BY x.%1$I LIMIT $2 FOR SHARE OF x) r) s$q$,
        t.id_column, t.body_column, pub_expr, t.outlet_column, articles, id_type);
    LOOP
        EXECUTE q INTO seen, stored, batch_last USING last_id, batch_size, articles;
        EXIT WHEN seen = 0;
        COMMIT;
        total_seen := total_seen + seen;
        total_stored := total_stored + stored;
        last_id := batch_last;
        RAISE NOTICE 'claimlens.analyze(%): rows analysed: %', articles, total_stored;
    END LOOP;
    RAISE NOTICE 'claimlens.analyze(%): done; rows analysed in this run: %', articles, total_stored;
END
$fn$;
COMMENT ON PROCEDURE claimlens.analyze(regclass, int) IS
'Back-fills the side tables of a tracked table: CALL claimlens.analyze(''articles''). Commits every batch_size rows (NOTICE with the progress), in id order, skipping rows already analysed, so it resumes after a cancel; not inside a transaction block.';

-- A dropped tracked table takes its side rows with it.  SECURITY DEFINER so
-- that a table's owner need not hold rights on others' side rows; it only
-- deletes rows of tables that no longer exist.
CREATE FUNCTION claimlens.forget_dropped_tables() RETURNS event_trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    dropped oid;
BEGIN
    FOR dropped IN
        SELECT d.objid FROM pg_event_trigger_dropped_objects() d
        WHERE d.classid = 'pg_class'::regclass AND d.objsubid = 0 AND d.object_type = 'table'
          AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = d.objid)
    LOOP
        IF to_regclass('claimlens.tracked_tables') IS NULL THEN
            RETURN;    -- the extension itself is being dropped
        END IF;
        DELETE FROM claimlens.tracked_tables t WHERE t.source = dropped;
        IF FOUND THEN
            PERFORM claimlens.forget_table(dropped);
        END IF;
    END LOOP;
END
$fn$;
COMMENT ON FUNCTION claimlens.forget_dropped_tables() IS
'Event trigger on sql_drop: deletes the side rows of tracked tables that were dropped.';
CREATE EVENT TRIGGER claimlens_forget_dropped_tables ON sql_drop
    EXECUTE FUNCTION claimlens.forget_dropped_tables();
