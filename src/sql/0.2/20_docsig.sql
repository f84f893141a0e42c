-- Similarity: the docsig type (a 512-byte signature of an article's word
-- 3-shingles), its estimates and operators, a GIN operator class over
-- locality-sensitive band keys, and reuse() for copied passages.
-- See the Similarity section of README.md for the scheme.

CREATE TYPE claimlens.docsig;

CREATE FUNCTION claimlens.docsig_in(cstring) RETURNS claimlens.docsig
AS 'MODULE_PATHNAME', 'claimlens_docsig_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_out(claimlens.docsig) RETURNS cstring
AS 'MODULE_PATHNAME', 'claimlens_docsig_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_recv(internal) RETURNS claimlens.docsig
AS 'MODULE_PATHNAME', 'claimlens_docsig_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_send(claimlens.docsig) RETURNS bytea
AS 'MODULE_PATHNAME', 'claimlens_docsig_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE claimlens.docsig (
    INPUT = claimlens.docsig_in,
    OUTPUT = claimlens.docsig_out,
    RECEIVE = claimlens.docsig_recv,
    SEND = claimlens.docsig_send,
    INTERNALLENGTH = 512,
    ALIGNMENT = char,
    STORAGE = plain
);

COMMENT ON TYPE claimlens.docsig IS
'Fixed-size (512-byte) signature of an article''s word 3-shingles: one-permutation MinHash (752 four-bit bins), 32 LSH band keys and the shingle count; text form "ds1:" + base64url.';
COMMENT ON FUNCTION claimlens.docsig_in(cstring) IS 'Input function of docsig: reads "ds1:" and 683 base64url characters; other versions are rejected.';
COMMENT ON FUNCTION claimlens.docsig_out(claimlens.docsig) IS 'Output function of docsig: "ds1:" and the 512 bytes in base64url.';
COMMENT ON FUNCTION claimlens.docsig_recv(internal) IS 'Binary input of docsig: the 512 bytes, whose first byte is the format version; unknown versions are rejected.';
COMMENT ON FUNCTION claimlens.docsig_send(claimlens.docsig) IS 'Binary output of docsig: the 512 bytes, version byte first.';

-- Reads only its argument: the same text gives the same signature on every
-- machine (fixed seeds, little-endian fields).
CREATE FUNCTION claimlens.docsig(body text) RETURNS claimlens.docsig
AS 'MODULE_PATHNAME', 'claimlens_docsig'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 20;

COMMENT ON FUNCTION claimlens.docsig(text) IS
'Signature of an article: clean() removes page furniture, words are case-folded runs of letters and digits, and their 3-word shingles are MinHashed with fixed seeds.';

CREATE FUNCTION claimlens.shingles(sig claimlens.docsig) RETURNS bigint
AS 'MODULE_PATHNAME', 'claimlens_docsig_shingles'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION claimlens.shingles(claimlens.docsig) IS
'Number of distinct word 3-shingles behind a signature: exact up to 4096, estimated (about 1.6% error) above; 0 for a text without words.';

CREATE FUNCTION claimlens.similarity(a claimlens.docsig, b claimlens.docsig) RETURNS float4
AS 'MODULE_PATHNAME', 'claimlens_docsig_similarity'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION claimlens.similarity(claimlens.docsig, claimlens.docsig) IS
'Estimated resemblance (Jaccard similarity of the word 3-shingle sets) of two articles, from 0 to 1; 0 when either text has no words.';

CREATE FUNCTION claimlens.containment(a claimlens.docsig, b claimlens.docsig) RETURNS float4
AS 'MODULE_PATHNAME', 'claimlens_docsig_containment'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION claimlens.containment(claimlens.docsig, claimlens.docsig) IS
'Estimated share of a''s word 3-shingles that are also in b, from 0 to 1; 0 when either text has no words.';

-- STABLE, not IMMUTABLE: the result depends on the setting
-- claimlens.similarity_threshold, which can change between statements.
CREATE FUNCTION claimlens.docsig_similar(claimlens.docsig, claimlens.docsig) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_docsig_similar'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION claimlens.docsig_similar(claimlens.docsig, claimlens.docsig) IS
'Implements %: true when similarity(a, b) >= claimlens.similarity_threshold (STABLE because it reads that setting).';

CREATE FUNCTION claimlens.docsig_distance(claimlens.docsig, claimlens.docsig) RETURNS float4
AS 'MODULE_PATHNAME', 'claimlens_docsig_distance'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION claimlens.docsig_distance(claimlens.docsig, claimlens.docsig) IS
'Implements <->: 1 - similarity(a, b).';

CREATE OPERATOR claimlens.% (
    LEFTARG = claimlens.docsig,
    RIGHTARG = claimlens.docsig,
    PROCEDURE = claimlens.docsig_similar,
    COMMUTATOR = OPERATOR(claimlens.%),
    RESTRICT = contsel,
    JOIN = contjoinsel
);

COMMENT ON OPERATOR claimlens.% (claimlens.docsig, claimlens.docsig) IS
'True when the estimated similarity is at least claimlens.similarity_threshold (default 0.5).';

CREATE OPERATOR claimlens.<-> (
    LEFTARG = claimlens.docsig,
    RIGHTARG = claimlens.docsig,
    PROCEDURE = claimlens.docsig_distance,
    COMMUTATOR = OPERATOR(claimlens.<->)
);

COMMENT ON OPERATOR claimlens.<-> (claimlens.docsig, claimlens.docsig) IS
'Distance 1 - similarity, for ORDER BY sig <-> $1.';

-- GIN support.  The consistent functions read claimlens.similarity_threshold
-- (a higher threshold asks for more shared band keys); they are called only
-- by the index machinery.
CREATE FUNCTION claimlens.docsig_gin_extract_value(claimlens.docsig, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_docsig_gin_extract_value'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_gin_extract_query(claimlens.docsig, internal, int2, internal, internal, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_docsig_gin_extract_query'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_gin_consistent(internal, int2, claimlens.docsig, int4, internal, internal, internal, internal) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_docsig_gin_consistent'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION claimlens.docsig_gin_triconsistent(internal, int2, claimlens.docsig, int4, internal, internal, internal) RETURNS "char"
AS 'MODULE_PATHNAME', 'claimlens_docsig_gin_triconsistent'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION claimlens.docsig_gin_extract_value(claimlens.docsig, internal) IS 'GIN support (docsig_lsh_ops): the 32 band keys of a stored signature.';
COMMENT ON FUNCTION claimlens.docsig_gin_extract_query(claimlens.docsig, internal, int2, internal, internal, internal, internal) IS 'GIN support (docsig_lsh_ops): the 32 band keys of the query signature.';
COMMENT ON FUNCTION claimlens.docsig_gin_consistent(internal, int2, claimlens.docsig, int4, internal, internal, internal, internal) IS 'GIN support (docsig_lsh_ops): enough shared band keys for the current threshold (STABLE: reads claimlens.similarity_threshold); always rechecked.';
COMMENT ON FUNCTION claimlens.docsig_gin_triconsistent(internal, int2, claimlens.docsig, int4, internal, internal, internal) IS 'GIN support (docsig_lsh_ops): ternary form of docsig_gin_consistent (STABLE: reads claimlens.similarity_threshold).';

CREATE OPERATOR CLASS claimlens.docsig_lsh_ops
FOR TYPE claimlens.docsig USING gin AS
    OPERATOR 1 claimlens.% (claimlens.docsig, claimlens.docsig),
    FUNCTION 1 btint4cmp(int4, int4),
    FUNCTION 2 claimlens.docsig_gin_extract_value(claimlens.docsig, internal),
    FUNCTION 3 claimlens.docsig_gin_extract_query(claimlens.docsig, internal, int2, internal, internal, internal, internal),
    FUNCTION 4 claimlens.docsig_gin_consistent(internal, int2, claimlens.docsig, int4, internal, internal, internal, internal),
    FUNCTION 6 claimlens.docsig_gin_triconsistent(internal, int2, claimlens.docsig, int4, internal, internal, internal),
    STORAGE int4;

COMMENT ON OPERATOR CLASS claimlens.docsig_lsh_ops USING gin IS
'GIN over the 32 LSH band keys of a docsig: indexes WHERE sig % $1 (and WHERE sig % $1 ORDER BY sig <-> $1 LIMIT k).';

-- reuse(): reads only its arguments.
CREATE FUNCTION claimlens.reuse(a text, b text, min_words int DEFAULT 8,
    OUT a_start int, OUT a_len int, OUT b_start int, OUT b_len int, OUT words int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'claimlens_reuse'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 100 ROWS 5;

COMMENT ON FUNCTION claimlens.reuse(text, text, int) IS
'Passages of a that also appear in b (case, punctuation and a changed, inserted or dropped word or two ignored), in order: 0-based character offsets and lengths into a and b, and the number of words matched; at least min_words each.';
