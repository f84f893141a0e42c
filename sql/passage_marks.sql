-- Passage marks: partial reuse that whole-article similarity misses.
SET search_path = claimlens, public;
SELECT passage_marks('') AS empty, passage_marks('four words only here') AS short,
       cardinality(passage_marks('exactly five words right here')) AS five_words;
SELECT passage_marks(NULL) IS NULL AS strict_null, shared_marks(NULL, '{1}') IS NULL AS strict_null2;
-- Case, punctuation and spacing do not change marks.
SELECT passage_marks('The council approved the budget on Monday after a long debate.')
     = passage_marks(E'THE COUNCIL approved -- the budget,\non Monday; after a "long" debate!') AS same_marks;
-- A 20-word quotation copied into a different article: shared marks, while
-- the two articles as wholes are not similar.
CREATE TEMP TABLE pm (id int, body text);
INSERT INTO pm VALUES
 (1, 'Harbour officials in the northern port said on Tuesday that the new ferry service would start in the spring. '
     || '"We expect the crossing to carry more than two thousand passengers a day once the second vessel arrives from the yard," the director told reporters. '
     || 'The route was closed for three years after a storm damaged the pier and the town council argued over the cost of repairs.'),
 (2, 'Shipbuilders at the yard have finished sea trials of a second vessel. According to the port director, '
     || '"we expect the crossing to carry more than two thousand passengers a day once the second vessel arrives from the yard". '
     || 'Unions welcomed the news but warned that wages at the yard had not kept pace with inflation, and a strike ballot is planned for May.'),
 (3, 'The regional orchestra announced its winter season, which opens with a programme of symphonies by northern composers '
     || 'and closes with a festival of chamber music in the old cathedral, where tickets sell out every year within days.');
SELECT a.id AS a, b.id AS b,
       shared_marks(passage_marks(a.body), passage_marks(b.body)) > 0 AS share_marks,
       round(similarity(docsig(a.body), docsig(b.body))::numeric, 1) AS similarity,
       (SELECT sum(words) FROM reuse(a.body, b.body)) AS reused_words
FROM pm a JOIN pm b ON a.id < b.id ORDER BY a.id, b.id;
-- Marks index with GIN (&&) to find candidates among many articles.
CREATE INDEX ON pm USING gin (passage_marks(body));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM pm WHERE passage_marks(body) && passage_marks('x');
SELECT b.id FROM pm a, pm b
WHERE a.id = 1 AND b.id <> 1 AND passage_marks(b.body) && passage_marks(a.body) ORDER BY b.id;
RESET enable_seqscan;
-- Unsorted or repeated input arrays are counted as sets; NULL elements ignored.
SELECT shared_marks('{5,3,3,1}', '{1,5,7,NULL}') AS two, shared_marks('{}', '{1}') AS none;
SELECT shared_marks('{{1,2},{3,4}}', '{1}');
-- The seed articles (read at run time; skipped when absent): 002 and 004
-- share a quotation and copied sentences; 000 shares nothing with 004.
\set s000 `cat ../shared/seeds/000_5477ddfa82d333b0.txt 2>/dev/null || true`
\set s002 `cat ../shared/seeds/002_d62285dfec955f1d.txt 2>/dev/null || true`
\set s004 `cat ../shared/seeds/004_dcec4db59fe00a43.txt 2>/dev/null || true`
SELECT length(:'s002') = 0 OR shared_marks(passage_marks(clean(:'s002')), passage_marks(clean(:'s004'))) >= 3 AS seeds_002_004_share,
       length(:'s000') = 0 OR shared_marks(passage_marks(clean(:'s000')), passage_marks(clean(:'s004'))) = 0 AS seeds_000_004_apart;
