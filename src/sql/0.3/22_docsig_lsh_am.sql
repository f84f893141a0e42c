-- Similarity: claimlens_lsh, an approximate index access method for docsig
-- that serves both the bare k-nearest query ORDER BY sig <-> $1 LIMIT k and
-- WHERE sig % $1.  It files each signature under its 32 LSH band keys in
-- hash buckets, and returns the rows that share a key with the query (the
-- executor rechecks % and computes and sorts the exact distances).  Rows
-- that share no key are not returned.  See "Approximate k-nearest index" in
-- the Similarity section of README.md.

-- Volatile (the default) like the handlers of the built-in access methods.
CREATE FUNCTION claimlens.docsig_lsh_handler(internal) RETURNS index_am_handler
AS 'MODULE_PATHNAME', 'claimlens_docsig_lsh_handler'
LANGUAGE C STRICT PARALLEL SAFE;

COMMENT ON FUNCTION claimlens.docsig_lsh_handler(internal) IS
'Handler of the claimlens_lsh index access method (approximate k-nearest and % search over docsig).';

CREATE ACCESS METHOD claimlens_lsh TYPE INDEX HANDLER claimlens.docsig_lsh_handler;

COMMENT ON ACCESS METHOD claimlens_lsh IS
'Approximate index for docsig: ORDER BY sig <-> $1 LIMIT k and WHERE sig % $1 over the rows that share an LSH band key with the query.';

-- No support functions: the access method reads the signature's band keys itself.
CREATE OPERATOR CLASS claimlens.docsig_bucket_ops
DEFAULT FOR TYPE claimlens.docsig USING claimlens_lsh AS
    OPERATOR 1 claimlens.% (claimlens.docsig, claimlens.docsig),
    OPERATOR 2 claimlens.<-> (claimlens.docsig, claimlens.docsig) FOR ORDER BY pg_catalog.float_ops;

COMMENT ON OPERATOR CLASS claimlens.docsig_bucket_ops USING claimlens_lsh IS
'Default class of claimlens_lsh: the 32 LSH band keys of a docsig in hash buckets; ORDER BY sig <-> $1 and WHERE sig % $1 among the rows sharing a key with $1.';
