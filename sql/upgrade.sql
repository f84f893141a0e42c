-- Upgrade path: a database that installed 0.1 and stored results keeps them
-- through ALTER EXTENSION UPDATE to 0.2 and to the current version.
CREATE DATABASE claimlens_upgrade;
\c claimlens_upgrade
CREATE EXTENSION claimlens VERSION '0.1';
SELECT extversion FROM pg_extension WHERE extname = 'claimlens';
CREATE TABLE kept AS
SELECT claimlens.clean(E'Byline: A. Writer\nThe council met on Monday.\nShare.') AS cleaned;
-- Objects of later versions are absent before the update.
SELECT to_regtype('claimlens.timex') IS NULL AS no_timex_yet;
ALTER EXTENSION claimlens UPDATE TO '0.2';
SELECT extversion FROM pg_extension WHERE extname = 'claimlens';
SELECT to_regtype('claimlens.timex') AS timex, to_regtype('claimlens.docsig') AS docsig;
ALTER EXTENSION claimlens UPDATE;
-- The version is named, not read from pg_available_extensions, which reads
-- the control files again and can see another installation's.
SELECT extversion FROM pg_extension WHERE extname = 'claimlens';
-- What 0.1 computed is what the current version computes.
SELECT cleaned = claimlens.clean(E'Byline: A. Writer\nThe council met on Monday.\nShare.') AS same_result
FROM kept;
-- Every object of the extension is in schema claimlens after the updates.
SELECT DISTINCT n.nspname
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'claimlens'
JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
JOIN pg_namespace n ON n.oid = p.pronamespace;
\c contrib_regression
DROP DATABASE claimlens_upgrade;
