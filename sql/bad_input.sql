-- Bad input never crashes the backend: NULL, empty, junk, 100 MB, cancellation.
SET search_path = claimlens, public;

-- STRICT: NULL in, NULL out (no rows from the set-returning function).
SELECT clean(NULL) IS NULL AS clean_null, published_at(NULL) IS NULL AS stamp_null,
       (SELECT count(*) FROM sentences(NULL)) AS sentence_rows;

-- Empty and white-space-only texts.
SELECT clean('') = '' AS empty_clean, clean(E' \t\n\r\n  \u00a0 ') = '' AS blank_clean,
       published_at('') IS NULL AS empty_stamp;

-- Control characters become spaces; nothing else changes.
SELECT clean(E'\x01Alpha\x02beta\x7f gamma.\x0b\x0c') AS cleaned;
SELECT n, sentence FROM sentences(E'One.\x01 Two.\x1f\x7f Three.');

-- Junk: every kind of character, including symbols, CJK and emoji.
CREATE TEMP TABLE junk AS
SELECT g AS id, string_agg(chr(1 + ((g * 7919 + i * 104729) % 55000)), '') AS body
FROM generate_series(1, 50) g, generate_series(1, 400) i GROUP BY g;
SELECT count(*) AS rows,
       bool_and(length(clean(body)) <= length(body) + 2) AS clean_not_longer,
       sum((SELECT count(*) FROM sentences(body))) > 0 AS has_sentences
FROM junk;
SELECT bool_and(substr(j.body, s.start + 1, s.len) = s.sentence) AS offsets_hold
FROM junk j, LATERAL sentences(j.body) s;
SELECT count(published_at(body)) AS stamps FROM junk;

-- Malformed stamps.
SELECT published_at(' date 2024-13-45 x') IS NULL AS bad_month,
       published_at(' date 99999-01-01 x') IS NULL AS five_digit_year,
       published_at(E'x\n0000-01-01T00:00:00Z') IS NULL AS year_zero;

-- A 100 MB body (stored uncompressed), one long paragraph and many short ones.
CREATE TEMP TABLE big (body text);
ALTER TABLE big ALTER COLUMN body SET STORAGE EXTERNAL;
INSERT INTO big SELECT repeat('The quick report said prices rose. ', 3000000);
INSERT INTO big SELECT repeat(E'\n\nShare.\n', 13000000);
SELECT octet_length(body) / 1000000 AS mb FROM big ORDER BY 1;
SELECT length(clean(body)) AS clean_chars FROM big ORDER BY 1;
SELECT count(*) AS sentences FROM big, LATERAL sentences(body) WHERE body LIKE 'The%';
SELECT published_at(body) FROM big;

-- statement_timeout cancels a long scan.
SET statement_timeout = '50ms';
SELECT length(clean(body)) FROM big WHERE body LIKE 'The%';
SELECT count(*) FROM big, LATERAL sentences(body) WHERE body LIKE 'The%';
RESET statement_timeout;

-- The backend is still alive.
SELECT clean('Still here.') AS alive;
