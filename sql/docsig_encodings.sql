-- docsig() and reuse() in SQL_ASCII (bytes, invalid UTF-8 allowed, offsets
-- in bytes) and LATIN1 (converted to UTF-8 for the core, offsets in
-- characters) databases: same signatures as in UTF8 for the same text.
SELECT current_database() AS home \gset
SELECT claimlens.docsig(E'Caf\u00e9 owners in Z\u00fcrich met on Monday.'::text)::text AS utf8_sig \gset
CREATE DATABASE claimlens_sig_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE claimlens_sig_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;

\c claimlens_sig_ascii
SET client_encoding = 'SQL_ASCII';
CREATE EXTENSION claimlens;
SET search_path = claimlens, public;
SELECT shingles(docsig(E'Bad \xff\xfe bytes here and \xc3\x28 there.'::text)) AS shingles_with_junk;
SELECT a_start, a_len, b_start, b_len, words
FROM reuse(E'\xff\xff the mayor said the tram line opens in May', E'\xe2\x82 The mayor said the tram line opens in May.');

\c claimlens_sig_latin1
SET client_encoding = 'UTF8';
CREATE EXTENSION claimlens;
SET search_path = claimlens, public;
SELECT docsig(E'Caf\u00e9 owners in Z\u00fcrich met on Monday.'::text)::text = :'utf8_sig' AS same_as_utf8;
SELECT r.*, substr(a, a_start + 1, a_len) AS in_a
FROM (VALUES (E'\u00c9t\u00e9: the mayor of Z\u00fcrich said the tram line opens in May',
              E'\u00abThe mayor of Z\u00fcrich said the tram line opens in May\u00bb')) t(a, b),
     LATERAL reuse(a, b) r;

\c :home
DROP DATABASE claimlens_sig_ascii;
DROP DATABASE claimlens_sig_latin1;
