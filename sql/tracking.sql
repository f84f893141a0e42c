-- Tracking an articles table: track(), the trigger, analyze(), untrack(),
-- and their errors.
-- An error as "SQLSTATE: message", so that the codes are checked too.
CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE q;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- A fixture of our own: text ids, a varchar body, a timestamp without zone
-- (read as UTC, whatever the session's zone), an extra column.
SET TimeZone = 'America/New_York';
CREATE TABLE wire (
    code text PRIMARY KEY,
    story varchar NOT NULL,
    filed timestamp,
    agency text,
    note text
);
INSERT INTO wire VALUES
 ('w1', 'Ferry operators in Castlebay said on Monday that the strike would end on Friday. '
        'Helena Marchetti, the union''s chairwoman, said the deal was fair.', '2024-03-18 09:00', 'Meridian Wire', NULL),
 ('w2', 'Officials confirmed that the summit will be held in Esterburg from April 2 to 4. The Baltic Maritime Authority '
        'will attend, a spokesman said.', '2024-03-19 12:30', 'Northgate Press Agency', NULL);

-- Bad input: every error names the problem and has its own SQLSTATE.
SELECT pg_temp.err($$SELECT claimlens.track('no_such_table', 'id', 'body', 'published', 'outlet')$$);
SELECT pg_temp.err($$SELECT claimlens.track('wire', 'id', 'story', 'filed', 'agency')$$);
SELECT pg_temp.err($$SELECT claimlens.track('wire', 'code', 'story', 'filed', 'source')$$);
CREATE TABLE bad_types (id int PRIMARY KEY, body int, published text, pubdate date, outlet text);
SELECT pg_temp.err($$SELECT claimlens.track('bad_types', 'id', 'body', 'pubdate', 'outlet')$$);
SELECT pg_temp.err($$SELECT claimlens.track('bad_types', 'id', 'outlet', 'published', 'outlet')$$);
CREATE TABLE no_key (id int, body text, published timestamptz, outlet text);
SELECT pg_temp.err($$SELECT claimlens.track('no_key', 'id', 'body', 'published', 'outlet')$$);
CREATE VIEW wire_view AS SELECT * FROM wire;
SELECT pg_temp.err($$SELECT claimlens.track('wire_view', 'code', 'story', 'filed', 'agency')$$);
CREATE TABLE parted (id int PRIMARY KEY, body text, published date, outlet text) PARTITION BY RANGE (id);
SELECT pg_temp.err($$SELECT claimlens.track('parted', 'id', 'body', 'published', 'outlet')$$);
CREATE TEMP TABLE scratch (id int PRIMARY KEY, body text, published date, outlet text);
SELECT pg_temp.err($$SELECT claimlens.track('scratch', 'id', 'body', 'published', 'outlet')$$);
DROP TABLE parted, scratch;
SELECT pg_temp.err($$SELECT claimlens.untrack('wire')$$);
SELECT pg_temp.err($$CALL claimlens.analyze('wire')$$);
SELECT pg_temp.err($$SELECT claimlens.track_trigger()$$);
SELECT claimlens.track(NULL, 'code', 'story', 'filed', 'agency') IS NULL AS strict_null;
-- none of that left anything behind
SELECT count(*) AS tracked FROM claimlens.tracked_tables;

-- Tracking; a second track() of the same table is refused.
SELECT claimlens.track('wire', 'code', 'story', 'filed', 'agency');
SELECT pg_temp.err($$SELECT claimlens.track('wire', 'code', 'story', 'filed', 'agency')$$);
SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = 'wire'::regclass ORDER BY tgname;

-- Rows already there wait for analyze(); new rows are analysed at once.
SELECT count(*) AS before_analyze FROM claimlens.tracked_articles WHERE source = 'wire'::regclass;
CALL claimlens.analyze('wire');
INSERT INTO wire VALUES ('w3', 'Dockworkers in Lindhaven will walk out from March 25 to 27, the federation said on Wednesday.',
                         '2024-03-20 08:40', 'Meridian Wire', 'from the wire');
SELECT article, published, outlet, chars, words, claimlens.shingles(sig) AS shingles
FROM claimlens.tracked_articles WHERE source = 'wire'::regclass ORDER BY article;
SELECT article, n, sentence, surface, kind, key FROM claimlens.entity_mentions
WHERE source = 'wire'::regclass ORDER BY article, n;
-- dates are anchored at the row's time: "Monday" before 2024-03-18 is that day,
-- "Friday" (future cue "would") the 22nd, "Wednesday" of w3 is 2024-03-20.
SELECT article, n, sentence, surface, value, kind FROM claimlens.date_mentions
WHERE source = 'wire'::regclass ORDER BY article, n;
-- offsets refer to the clean text
SELECT bool_and(substr(a.clean_text, m.start + 1, m.len) = m.surface) AS entity_spans_ok
FROM claimlens.entity_mentions m JOIN claimlens.tracked_articles a USING (source, article);
SELECT bool_and(substr(a.clean_text, m.start + 1, m.len) = m.surface) AS date_spans_ok
FROM claimlens.date_mentions m JOIN claimlens.tracked_articles a USING (source, article);
-- a second analyze() finds nothing to do
CALL claimlens.analyze('wire');

-- UPDATE of the body replaces the analysis; of another column, nothing.
UPDATE wire SET story = 'Ferry operators in Castlebay said the strike ended on Thursday.' WHERE code = 'w1';
SELECT article, words, (SELECT string_agg(surface || '=' || value::text, ', ' ORDER BY n)
                        FROM claimlens.date_mentions d WHERE d.source = a.source AND d.article = a.article) AS dates
FROM claimlens.tracked_articles a WHERE source = 'wire'::regclass AND article = 'w1';
SELECT count(*) AS entity_rows_of_w1 FROM claimlens.entity_mentions WHERE source = 'wire'::regclass AND article = 'w1';
UPDATE wire SET note = 'checked' WHERE code = 'w1';
-- a new time moves the anchor: Thursday before 2024-04-05 is April 4
UPDATE wire SET filed = '2024-04-05 10:00' WHERE code = 'w1';
SELECT article, published, surface, value FROM claimlens.date_mentions JOIN claimlens.tracked_articles USING (source, article)
WHERE source = 'wire'::regclass AND article = 'w1';
-- a new id moves every side row
UPDATE wire SET code = 'w1b' WHERE code = 'w1';
SELECT article FROM claimlens.tracked_articles WHERE source = 'wire'::regclass ORDER BY article;
SELECT DISTINCT article FROM claimlens.date_mentions WHERE source = 'wire'::regclass ORDER BY article;

-- DELETE removes the side rows.
DELETE FROM wire WHERE code = 'w2';
SELECT (SELECT count(*) FROM claimlens.tracked_articles WHERE article = 'w2') AS articles,
       (SELECT count(*) FROM claimlens.entity_mentions WHERE article = 'w2') AS entities,
       (SELECT count(*) FROM claimlens.date_mentions WHERE article = 'w2') AS dates;

-- A failing analysis fails the user's statement: no row without its
-- analysis, no analysis without its row.
-- (where the cancel falls varies, so only the message and our context line are shown)
CREATE FUNCTION pg_temp.err_context(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    ctx text;
BEGIN
    EXECUTE q;
    RETURN 'ok';
EXCEPTION WHEN query_canceled OR others THEN
    GET STACKED DIAGNOSTICS ctx = PG_EXCEPTION_CONTEXT;
    RETURN SQLSTATE || ': ' || SQLERRM || ' / ' || coalesce(substring(ctx FROM 'claimlens analysing article [^\n]*'), 'outside the trigger');
END $$;
-- (a 4 MB body: stored in milliseconds, analysed in seconds)
SET statement_timeout = '1s';
SELECT pg_temp.err_context($$INSERT INTO wire VALUES ('huge', repeat('The delegation visited Esterburg from March 25 to March 28, KCNA reported. ', 55000),
                         '2024-03-28', 'Lantern Post', NULL)$$);
RESET statement_timeout;
SELECT (SELECT count(*) FROM wire WHERE code = 'huge') AS rows,
       (SELECT count(*) FROM claimlens.tracked_articles WHERE article = 'huge') AS analyses;
-- a NULL id cannot be tracked
ALTER TABLE wire DROP CONSTRAINT wire_pkey;
CREATE UNIQUE INDEX wire_code ON wire (code);
INSERT INTO wire VALUES (NULL, 'No id.', '2024-03-28', 'Lantern Post', NULL);
-- a renamed tracked column: a clear error until the table is tracked again
ALTER TABLE wire RENAME COLUMN agency TO outlet;
INSERT INTO wire VALUES ('w4', 'Renamed.', '2024-03-28', 'Lantern Post', NULL);
ALTER TABLE wire RENAME COLUMN outlet TO agency;

-- Several tables at once: the sample corpus too.
SELECT pg_relation_size(a.reltoastrelid) AS toast_a, pg_relation_size(m.reltoastrelid) AS toast_m
FROM pg_class a, pg_class m
WHERE a.oid = 'claimlens.tracked_articles'::regclass AND m.oid = 'claimlens.article_mentions'::regclass \gset
SELECT claimlens.track('sample_articles', 'id', 'body', 'published_at', 'outlet');
CALL claimlens.analyze('sample_articles', 7);
SELECT source, count(*) AS articles, sum(words) AS words FROM claimlens.tracked_articles GROUP BY source ORDER BY source::text;
SELECT source, count(*) AS entity_mentions FROM claimlens.entity_mentions GROUP BY source ORDER BY source::text;
SELECT tt.source, tt.id_column, tt.body_column, tt.published_column, tt.outlet_column FROM claimlens.tracked_tables tt ORDER BY source::text;

-- The long values of the side rows are kept in the row, compressed
-- (STORAGE MAIN): the sample corpus left nothing in the TOAST tables.
SELECT attrelid::regclass AS side_table, attname, attstorage FROM pg_attribute
WHERE attrelid IN ('claimlens.tracked_articles'::regclass, 'claimlens.article_mentions'::regclass)
  AND attnum > 0 AND NOT attisdropped AND attstorage <> 'p'
ORDER BY attrelid::regclass::text, attnum;
SELECT pg_relation_size(a.reltoastrelid) - :toast_a AS toast_bytes_articles,
       pg_relation_size(m.reltoastrelid) - :toast_m AS toast_bytes_mentions
FROM pg_class a, pg_class m
WHERE a.oid = 'claimlens.tracked_articles'::regclass AND m.oid = 'claimlens.article_mentions'::regclass;
-- A row of tracked_articles is compressed only when it is larger than half
-- a page, and then to no more than half a page, so that two share a page
-- (toast_tuple_target): a short article is stored as it is, a long one
-- compressed.
SELECT reloptions FROM pg_class WHERE oid = 'claimlens.tracked_articles'::regclass;
-- w9 is larger than the default target (about 2 kB) and smaller than half
-- a page; w10 is larger than half a page.
INSERT INTO wire VALUES ('w9', (SELECT string_agg(format('The ferry to Castlebay sails at %s, the harbour office said.', i), ' ')
                                FROM generate_series(1, 45) i), '2024-03-28', 'Lantern Post', NULL),
    ('w10', (SELECT string_agg(format('The harbour office said berth %s opens on day %s of the refit.', i, i % 27 + 1), ' ')
             FROM generate_series(1, 90) i), '2024-03-28', 'Lantern Post', NULL);
SELECT article, octet_length(clean_text) AS clean_bytes,
       pg_column_size(clean_text) < octet_length(clean_text) AS compressed,
       pg_column_size(t.*) <= 4080 AS fits_half_page
FROM claimlens.tracked_articles t WHERE source = 'wire'::regclass AND article IN ('w9', 'w10') ORDER BY article;
SELECT count(*) AS sample_rows,
       count(*) FILTER (WHERE pg_column_size(clean_text) < octet_length(clean_text)) AS compressed,
       count(*) FILTER (WHERE pg_column_size(t.*) > 4080) AS over_half_page
FROM claimlens.tracked_articles t WHERE source = 'sample_articles'::regclass;
DELETE FROM wire WHERE code IN ('w9', 'w10');
-- ANALYZE keeps no statistics for the passage marks and the mention
-- arrays, which no estimate reads, and keeps them for every other column.
ANALYZE claimlens.tracked_articles, claimlens.article_mentions;
SELECT tablename, string_agg(attname::text, ', ' ORDER BY attname) AS columns_with_statistics
FROM pg_stats WHERE schemaname = 'claimlens' AND tablename IN ('tracked_articles', 'article_mentions')
GROUP BY tablename ORDER BY tablename;

-- analyze() resumes after a cancel: rows analysed before the cancel are
-- committed and skipped by the next run.
CREATE TABLE backlog (id int PRIMARY KEY, body text, day date, outlet text);
INSERT INTO backlog SELECT i, 'Report ' || i || ': talks in Esterburg resumed on Monday, officials said.', '2024-04-01', 'Lantern Post'
FROM generate_series(1, 60) i WHERE i <> 41;
-- row 41 takes seconds to analyse: the cancel falls there
INSERT INTO backlog VALUES (41, repeat('Officials in Esterburg met on Monday and Tuesday, the ministry said. ', 500000), '2024-04-01', 'Lantern Post');
SELECT claimlens.track('backlog', 'id', 'body', 'day', 'outlet');
SET statement_timeout = '2s';
\set SHOW_CONTEXT never
CALL claimlens.analyze('backlog', 10);
\set SHOW_CONTEXT errors
RESET statement_timeout;
SELECT count(*) AS analysed, max(article::int) AS last FROM claimlens.tracked_articles WHERE source = 'backlog'::regclass;
DELETE FROM backlog WHERE id = 41;
CALL claimlens.analyze('backlog', 10);
SELECT count(*) AS analysed FROM claimlens.tracked_articles WHERE source = 'backlog'::regclass;
-- a date column is read as midnight UTC, whatever the session's zone
SELECT DISTINCT published FROM claimlens.tracked_articles WHERE source = 'backlog'::regclass;
SELECT DISTINCT value FROM claimlens.date_mentions WHERE source = 'backlog'::regclass;
-- rows written while the trigger was disabled are found by analyze();
-- it commits, so it cannot run inside a transaction block
ALTER TABLE backlog DISABLE TRIGGER claimlens_track;
INSERT INTO backlog VALUES (61, 'Added while the trigger was off.', '2024-04-02', 'Lantern Post');
ALTER TABLE backlog ENABLE TRIGGER claimlens_track;
BEGIN;
CALL claimlens.analyze('backlog');
ROLLBACK;
CALL claimlens.analyze('backlog');
SELECT count(*) AS analysed FROM claimlens.tracked_articles WHERE source = 'backlog'::regclass;

-- TRUNCATE empties the side rows of that table only.
TRUNCATE backlog;
SELECT count(*) AS backlog_rows FROM claimlens.tracked_articles WHERE source = 'backlog'::regclass;
-- DROP TABLE forgets the table (an event trigger).
DROP TABLE backlog;
SELECT count(*) AS tracked, count(*) FILTER (WHERE source::text = 'backlog') AS backlog FROM claimlens.tracked_tables;

-- Side rows follow the privileges on the tracked table.
CREATE ROLE regress_claimlens_reader;
GRANT SELECT ON wire TO regress_claimlens_reader;
GRANT USAGE ON SCHEMA claimlens TO regress_claimlens_reader;
SET ROLE regress_claimlens_reader;
SELECT source, count(*) FROM claimlens.tracked_articles GROUP BY source ORDER BY source::text;
SELECT pg_temp.err($$DELETE FROM claimlens.tracked_articles WHERE source = 'wire'::regclass$$);
SELECT count(*) AS still_there FROM claimlens.tracked_articles WHERE source = 'wire'::regclass;
SELECT pg_temp.err($$SELECT claimlens.untrack('wire')$$);
RESET ROLE;
REVOKE ALL ON wire FROM regress_claimlens_reader;
REVOKE ALL ON SCHEMA claimlens FROM regress_claimlens_reader;
DROP ROLE regress_claimlens_reader;

-- A writer who does not own the table: row-level security applies to it, so
-- the trigger's rows go through the executor, which checks the policies.
-- They are the same rows as the owner's, and the writer may not write the
-- side rows of a table it cannot write.
CREATE ROLE regress_claimlens_writer;
GRANT SELECT, INSERT, DELETE ON wire TO regress_claimlens_writer;
GRANT USAGE ON SCHEMA claimlens TO regress_claimlens_writer;
SET ROLE regress_claimlens_writer;
INSERT INTO wire VALUES ('w6', 'The ferry to Castlebay will resume on April 2, Meridian Wire reported on Thursday.',
                         '2024-03-28 10:00', 'Meridian Wire', NULL);
SELECT article, published, outlet, words FROM claimlens.tracked_articles WHERE article = 'w6';
SELECT n, sentence, surface, kind, key FROM claimlens.entity_mentions WHERE article = 'w6' ORDER BY n;
SELECT n, surface, value, kind FROM claimlens.date_mentions WHERE article = 'w6' ORDER BY n;
SELECT n, claim, claim_key, sources, cue, dates FROM claimlens.claim_mentions WHERE article = 'w6' ORDER BY n;
SELECT pg_temp.err($$INSERT INTO claimlens.article_mentions VALUES ('sample_articles', 'x', '{}', '{}', '{}')$$);
-- A stored claim's key and numbers take its dates from the article's own:
-- the article reads "April 30" after "said" as past, so the key's month is
-- the one in the claim's dates column, where claim_key() of the claim alone
-- reads it under "will".  A number inside a date is not one of its numbers.
INSERT INTO wire VALUES ('w7', 'Harbor Trust said its coupon payable April 30 will be sent to 2,400 holders of record on April 12.',
                         '2024-04-20 09:00', 'Meridian Wire', NULL);
SELECT c.claim, c.claim_key, claimlens.claim_key(c.claim, a.published) AS key_of_claim_alone, c.dates, c.numbers
FROM claimlens.claim_mentions c JOIN claimlens.tracked_articles a USING (source, article)
WHERE article = 'w7';
SELECT surface, value FROM claimlens.date_mentions WHERE article = 'w7' ORDER BY n;
-- ... and its entities too: "Varga" is the port director the article named
-- in full, so the second claim's key holds her whole key, as that of an
-- outlet naming her in full would; the claim alone knows only "Varga".
INSERT INTO wire VALUES ('w8', 'Port director Ilse Varga opened the new terminal on Monday. Varga told staff the terminal would handle 300 ships a year.',
                         '2024-04-23 09:00', 'Meridian Wire', NULL);
SELECT c.n, c.claim_key, claimlens.claim_key(c.claim, a.published) AS key_of_claim_alone
FROM claimlens.claim_mentions c JOIN claimlens.tracked_articles a USING (source, article)
WHERE article = 'w8' ORDER BY c.n;
SELECT surface, kind, key FROM claimlens.entity_mentions WHERE article = 'w8' ORDER BY n;
DELETE FROM wire WHERE code IN ('w6', 'w7', 'w8');
SELECT count(*) AS w6_side_rows FROM claimlens.entity_mentions WHERE article = 'w6';
RESET ROLE;
REVOKE ALL ON wire FROM regress_claimlens_writer;
REVOKE ALL ON SCHEMA claimlens FROM regress_claimlens_writer;
DROP ROLE regress_claimlens_writer;

-- untrack() removes the trigger and the side rows, and only those.
SELECT claimlens.untrack('wire');
SELECT count(*) AS triggers FROM pg_trigger WHERE tgrelid = 'wire'::regclass;
SELECT source, count(*) FROM claimlens.tracked_articles GROUP BY source ORDER BY source::text;
INSERT INTO wire VALUES ('w5', 'Not tracked any more.', '2024-03-29', 'Lantern Post', NULL);
SELECT count(*) AS wire_rows FROM claimlens.tracked_articles WHERE source = 'wire'::regclass;
SELECT pg_temp.err($$SELECT claimlens.untrack('wire')$$);
DROP TABLE wire CASCADE;
DROP TABLE bad_types, no_key;
SELECT claimlens.untrack('sample_articles');
SELECT count(*) AS side_rows FROM claimlens.tracked_articles;
RESET TimeZone;
