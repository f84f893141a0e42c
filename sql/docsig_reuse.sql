-- reuse(): passages of a found in b, with 0-based character offsets into
-- both texts, tolerant of case, punctuation and a word or two of edits.
SET search_path = claimlens, public;

SELECT * FROM reuse('Intro words. The ferry operators agreed to raise wages by four percent from June. Other things.',
                    'In Oslo, THE FERRY OPERATORS agreed to raise wages by four percent, from June; the union said.');

-- Offsets are characters, as for sentences(): substr(x, start + 1, len).
WITH t(a, b) AS (VALUES (
    E'Caf\u00e9 news: the mayor of Z\u00fcrich said the new tram line would open before the end of the year.',
    E'\u00abThe mayor of Z\u00fcrich said the new tram line will open before the end of the year\u00bb, per reports.'))
SELECT r.*, substr(a, a_start + 1, a_len) AS in_a, substr(b, b_start + 1, b_len) AS in_b
FROM t, LATERAL reuse(a, b) r;

-- A changed, a dropped and an inserted word do not split a passage.
SELECT a_start, a_len, words FROM reuse(
    'the committee voted on Tuesday to approve the new budget for the regional hospital network after a long debate',
    'the committee voted on Wednesday to approve the budget for the big regional hospital network after a long debate');

-- min_words: the default 8, smaller and larger; below 1 is an error.
SELECT count(*) AS default_8 FROM reuse('prices rose sharply in March while exports fell',
                                        'Analysts said prices rose sharply in March, and little else.');
SELECT words FROM reuse('prices rose sharply in March while exports fell',
                        'Analysts said prices rose sharply in March, and little else.', 5);
SELECT count(*) FROM reuse('a b c', 'a b c', 0);
SELECT count(*) AS null_rows FROM reuse(NULL, 'a b c');
SELECT count(*) AS empty_rows FROM reuse('', '');

-- The sample corpus: a wire story shares long passages with its rewrites,
-- and stories about different events share none.
SELECT p.id AS a, q.id AS b, count(r.*) AS passages, sum(r.words) AS words
FROM sample_articles p JOIN sample_articles q ON p.id <> q.id
LEFT JOIN LATERAL reuse(p.body, q.body) r ON true
WHERE p.id IN (1, 9) AND q.id IN (1, 2, 3, 9, 10, 24)
GROUP BY 1, 2 ORDER BY 1, 2;
SELECT bool_and(substr(p.body, r.a_start + 1, r.a_len) ~ '^\w' AND substr(p.body, r.a_start + r.a_len, 1) ~ '\w') AS spans_on_words,
       bool_and(r.a_start + r.a_len <= length(p.body) AND r.b_start + r.b_len <= length(q.body)) AS spans_inside
FROM sample_articles p JOIN sample_articles q ON p.id < q.id, LATERAL reuse(p.body, q.body) r;

-- The seed articles, read at run time from ../shared/seeds beside the clone:
-- 002 shares its quotation and copied sentences with 004.  Without the seeds
-- both texts are empty and the checks hold trivially.
\set s002 `cat ../shared/seeds/002_d62285dfec955f1d.txt 2>/dev/null || true`
\set s004 `cat ../shared/seeds/004_dcec4db59fe00a43.txt 2>/dev/null || true`
SELECT :'s002' = '' OR count(*) >= 6 AS found_passages,
       :'s002' = '' OR bool_or(substr(:'s002', a_start + 1, a_len) LIKE 'The two sides reached a complete consensus%amicable atmosphere') AS found_quotation,
       :'s002' = '' OR bool_or(substr(:'s002', a_start + 1, a_len) LIKE '%breakaway states of Donetsk and Luhansk%') AS found_donetsk,
       :'s002' = '' OR bool_or(substr(:'s004', b_start + 1, b_len) LIKE '%ever-growing spying and plotting moves by the hostile forces%') AS found_in_b
FROM reuse(:'s002', :'s004');
SELECT count(*) AS unrelated FROM reuse(:'s002', (SELECT body FROM sample_articles WHERE id = 9));
