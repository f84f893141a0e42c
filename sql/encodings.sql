-- Databases in other encodings: SQL_ASCII (arbitrary bytes, offsets in bytes)
-- and LATIN1 (converted to UTF-8 for the core and back).
SET TimeZone = 'UTC';
SELECT current_database() AS home \gset
CREATE DATABASE claimlens_sql_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
CREATE DATABASE claimlens_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;

\c claimlens_sql_ascii
SET client_encoding = 'SQL_ASCII';
SET TimeZone = 'UTC';
CREATE EXTENSION claimlens;
SET search_path = claimlens, public;
-- Invalid UTF-8 is just bytes here: no error, no crash.
SELECT octet_length(clean(E'Bad \xff\xfe bytes.\n\nShare.\n')) AS clean_bytes;
SELECT n, start, len, octet_length(sentence) AS bytes
FROM sentences(E'\xc3\x28 One. \xe2\x82 Two. \xf0\x9f\x98 Three.');
SELECT bool_and(substr(b, start + 1, len) = sentence) AS offsets_are_bytes
FROM (SELECT E'\xff\xff Alpha. \x80 Beta. Gamma.'::text AS b) t, LATERAL sentences(b);
SELECT published_at(E'\xff\xfe\n2024-03-28T01:27:19Z tok');

\c claimlens_latin1
SET client_encoding = 'UTF8';
CREATE EXTENSION claimlens;
SET search_path = claimlens, public;
SELECT clean(E'Caf\u00e9 owners in Z\u00fcrich met.\n\nShare.\nExit mobile version') AS cleaned;
SELECT n, start, len, sentence FROM sentences(E'Caf\u00e9 owners met. Z\u00fcrich agreed. \u00abOui,\u00bb they said.');
SELECT bool_and(substr(b, start + 1, len) = sentence) AS offsets_are_chars
FROM (SELECT E'\u00c9t\u00e9 arriv\u00e9. Gar\u00e7on parti.'::text AS b) t, LATERAL sentences(b);

\c :home
DROP DATABASE claimlens_sql_ascii;
DROP DATABASE claimlens_latin1;
