-- Similarity: a GiST operator class for docsig with ordered (k-nearest)
-- scans, so that ORDER BY sig <-> $1 LIMIT k reads the index instead of
-- sorting every row.  Leaf entries hold the signatures; inner entries the
-- per-bin value sets below them, which bound the distance from below.
-- See "Indexing" in the Similarity section of README.md.

-- The type of the index keys: a signature at leaves, per-bin value sets
-- above.  STORAGE plain: index tuples are never compressed.
CREATE TYPE claimlens.docsig_gist_key;

CREATE FUNCTION claimlens.docsig_gist_key_in(cstring) RETURNS claimlens.docsig_gist_key
AS 'MODULE_PATHNAME', 'claimlens_docsig_gist_key_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_gist_key_out(claimlens.docsig_gist_key) RETURNS cstring
AS 'MODULE_PATHNAME', 'claimlens_docsig_gist_key_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE claimlens.docsig_gist_key (
    INPUT = claimlens.docsig_gist_key_in,
    OUTPUT = claimlens.docsig_gist_key_out,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = plain
);

COMMENT ON TYPE claimlens.docsig_gist_key IS
'Key of docsig_knn_ops GiST indexes (a signature, or per-bin value sets); not for use in tables.';
COMMENT ON FUNCTION claimlens.docsig_gist_key_in(cstring) IS 'Input function of docsig_gist_key: always an error (keys exist only inside indexes).';
COMMENT ON FUNCTION claimlens.docsig_gist_key_out(claimlens.docsig_gist_key) IS 'Output function of docsig_gist_key: a summary of the key.';

CREATE FUNCTION claimlens.docsig_gist_consistent(internal, claimlens.docsig, int2, oid, internal) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_docsig_gist_consistent'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_gist_compress(internal) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_docsig_gist_compress'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_gist_union(internal, internal) RETURNS claimlens.docsig_gist_key
AS 'MODULE_PATHNAME', 'claimlens_docsig_gist_union'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_gist_penalty(internal, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_docsig_gist_penalty'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_gist_picksplit(internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_docsig_gist_picksplit'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_gist_same(claimlens.docsig_gist_key, claimlens.docsig_gist_key, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_docsig_gist_same'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_gist_distance(internal, claimlens.docsig, int2, oid, internal) RETURNS float8
AS 'MODULE_PATHNAME', 'claimlens_docsig_gist_distance'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION claimlens.docsig_gist_consistent(internal, claimlens.docsig, int2, oid, internal) IS 'GiST support (docsig_knn_ops): the class has no search operator; never called.';
COMMENT ON FUNCTION claimlens.docsig_gist_compress(internal) IS 'GiST support (docsig_knn_ops): a leaf key holds the signature.';
COMMENT ON FUNCTION claimlens.docsig_gist_union(internal, internal) IS 'GiST support (docsig_knn_ops): per bin, the set of 4-bit values of the signatures below.';
COMMENT ON FUNCTION claimlens.docsig_gist_penalty(internal, internal, internal) IS 'GiST support (docsig_knn_ops): how many (bin, value) pairs a new entry adds to a subtree.';
COMMENT ON FUNCTION claimlens.docsig_gist_picksplit(internal, internal) IS 'GiST support (docsig_knn_ops): splits a page around its two most different entries.';
COMMENT ON FUNCTION claimlens.docsig_gist_same(claimlens.docsig_gist_key, claimlens.docsig_gist_key, internal) IS 'GiST support (docsig_knn_ops): equality of two keys.';
COMMENT ON FUNCTION claimlens.docsig_gist_distance(internal, claimlens.docsig, int2, oid, internal) IS 'GiST support (docsig_knn_ops): the exact distance <-> at leaves, a true lower bound of it at inner entries.';

CREATE OPERATOR CLASS claimlens.docsig_knn_ops
FOR TYPE claimlens.docsig USING gist AS
    OPERATOR 2 claimlens.<-> (claimlens.docsig, claimlens.docsig) FOR ORDER BY pg_catalog.float_ops,
    FUNCTION 1 claimlens.docsig_gist_consistent(internal, claimlens.docsig, int2, oid, internal),
    FUNCTION 2 claimlens.docsig_gist_union(internal, internal),
    FUNCTION 3 claimlens.docsig_gist_compress(internal),
    FUNCTION 5 claimlens.docsig_gist_penalty(internal, internal, internal),
    FUNCTION 6 claimlens.docsig_gist_picksplit(internal, internal),
    FUNCTION 7 claimlens.docsig_gist_same(claimlens.docsig_gist_key, claimlens.docsig_gist_key, internal),
    FUNCTION 8 claimlens.docsig_gist_distance(internal, claimlens.docsig, int2, oid, internal),
    STORAGE claimlens.docsig_gist_key;

COMMENT ON OPERATOR CLASS claimlens.docsig_knn_ops USING gist IS
'GiST over docsig for ordered scans: ORDER BY sig <-> $1 LIMIT k returns the k nearest signatures in exactly the order of <->.';
