-- Load the extension and the sample corpus that later tests read.
CREATE EXTENSION claimlens;
\set ECHO none
\i data/sample_corpus.sql
\set ECHO all
SELECT count(*) AS articles, count(DISTINCT outlet) AS outlets FROM sample_articles;
-- Every function of the extension: honest volatility, STRICT, PARALLEL SAFE, a comment.
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS has_comment
FROM pg_proc p
JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'claimlens'
ORDER BY p.proname;
-- Everything lives in schema claimlens.
SELECT DISTINCT n.nspname
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'claimlens'
JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
JOIN pg_namespace n ON n.oid = p.pronamespace;
