-- docsig() and reuse() on a 100 MB body: they finish, and statement_timeout
-- cancels them part way.
SET search_path = claimlens, public;
CREATE TEMP TABLE big_sig (body text);
ALTER TABLE big_sig ALTER COLUMN body SET STORAGE EXTERNAL;
INSERT INTO big_sig SELECT repeat('The quick report said prices rose. ', 3000000);
SELECT octet_length(body) / 1000000 AS mb, shingles(docsig(body)) AS shingles FROM big_sig;
SELECT count(*) AS passages, sum(words) AS words
FROM big_sig, LATERAL reuse('Markets were calm. The quick report said prices rose. Then it rained.', body, 5);
SET statement_timeout = '50ms';
SELECT shingles(docsig(body)) FROM big_sig;
SELECT count(*) FROM big_sig, LATERAL reuse(body, body);
RESET statement_timeout;
SELECT similarity(docsig(text 'Still here.'), docsig(text 'still HERE')) AS alive;
