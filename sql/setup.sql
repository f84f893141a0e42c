-- Load the extension and the sample corpus that later tests read.
CREATE EXTENSION claimlens;
\set ECHO none
\i data/sample_corpus.sql
\set ECHO all
SELECT count(*) AS articles, count(DISTINCT outlet) AS outlets FROM sample_articles;
