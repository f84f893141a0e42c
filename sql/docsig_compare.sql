-- Equality, hashing and ordering of docsig values: DISTINCT, GROUP BY,
-- UNION, joins and ORDER BY on signature columns.
SET search_path = claimlens, public;
CREATE TEMP TABLE sigs AS
SELECT id, docsig(body) AS sig FROM sample_articles
UNION ALL
SELECT 100 + id, docsig(body) FROM sample_articles WHERE id <= 3;
-- the same text gives an equal signature; different texts do not
SELECT docsig(text 'A quiet day at the harbour.') = docsig(text 'a QUIET day -- at the harbour!') AS same_words,
       docsig(text 'A quiet day at the harbour.') <> docsig(text 'A busy day at the harbour.') AS different_words,
       docsig(text '') = docsig(text '   ') AS both_empty;
-- DISTINCT and GROUP BY, hashed and sorted
SET enable_hashagg = off;
SELECT count(DISTINCT sig) AS distinct_sorted FROM sigs;
RESET enable_hashagg;
SET enable_sort = off;
SELECT count(*) AS groups_hashed FROM (SELECT sig FROM sigs GROUP BY sig) g;
RESET enable_sort;
SELECT count(*) AS union_rows FROM (SELECT sig FROM sigs UNION SELECT sig FROM sigs) u;
-- a join on equal signatures finds the three copies
SELECT a.id, b.id AS copy FROM sigs a JOIN sigs b ON a.sig = b.sig AND a.id < b.id ORDER BY a.id;
-- ORDER BY is a fixed order (bytes), consistent with the comparison function
SELECT bool_and(docsig_cmp(a.sig, b.sig) = sign((a.sig > b.sig)::int - (a.sig < b.sig)::int)) AS consistent
FROM sigs a, sigs b;
SELECT count(*) = (SELECT count(*) FROM sigs) AS sorted_all FROM (SELECT sig FROM sigs ORDER BY sig) s;
CREATE INDEX ON sigs (sig);
CREATE INDEX ON sigs USING hash (sig);
SET enable_seqscan = off;
SELECT id FROM sigs WHERE sig = (SELECT sig FROM sigs WHERE id = 2) ORDER BY id;
RESET enable_seqscan;
