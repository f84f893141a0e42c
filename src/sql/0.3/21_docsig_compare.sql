-- Equality, hashing and a fixed total order of docsig values, so that
-- DISTINCT, GROUP BY, UNION, hash joins and ORDER BY work on signature
-- columns.  Equal means the same bytes; the order is the order of the
-- bytes: stable on every machine, unrelated to similarity (use <-> for that).
CREATE FUNCTION claimlens.docsig_cmp(claimlens.docsig, claimlens.docsig) RETURNS int
AS 'MODULE_PATHNAME', 'claimlens_docsig_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.docsig_eq(claimlens.docsig, claimlens.docsig) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_docsig_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.docsig_ne(claimlens.docsig, claimlens.docsig) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_docsig_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.docsig_lt(claimlens.docsig, claimlens.docsig) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_docsig_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.docsig_le(claimlens.docsig, claimlens.docsig) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_docsig_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.docsig_gt(claimlens.docsig, claimlens.docsig) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_docsig_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.docsig_ge(claimlens.docsig, claimlens.docsig) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_docsig_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.docsig_hash(claimlens.docsig) RETURNS int
AS 'MODULE_PATHNAME', 'claimlens_docsig_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION claimlens.docsig_cmp(claimlens.docsig, claimlens.docsig) IS 'Btree support: -1, 0 or 1 by the bytes of the two signatures (a fixed order unrelated to similarity).';
COMMENT ON FUNCTION claimlens.docsig_eq(claimlens.docsig, claimlens.docsig) IS 'Implements =: the same signature bytes (texts with the same shingle sets).';
COMMENT ON FUNCTION claimlens.docsig_ne(claimlens.docsig, claimlens.docsig) IS 'Implements <>.';
COMMENT ON FUNCTION claimlens.docsig_lt(claimlens.docsig, claimlens.docsig) IS 'Implements < (byte order).';
COMMENT ON FUNCTION claimlens.docsig_le(claimlens.docsig, claimlens.docsig) IS 'Implements <= (byte order).';
COMMENT ON FUNCTION claimlens.docsig_gt(claimlens.docsig, claimlens.docsig) IS 'Implements > (byte order).';
COMMENT ON FUNCTION claimlens.docsig_ge(claimlens.docsig, claimlens.docsig) IS 'Implements >= (byte order).';
COMMENT ON FUNCTION claimlens.docsig_hash(claimlens.docsig) IS 'Hash support, for hash joins, hashed DISTINCT and GROUP BY.';

CREATE OPERATOR claimlens.= (LEFTARG = claimlens.docsig, RIGHTARG = claimlens.docsig,
    PROCEDURE = claimlens.docsig_eq, COMMUTATOR = OPERATOR(claimlens.=),
    NEGATOR = OPERATOR(claimlens.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR claimlens.<> (LEFTARG = claimlens.docsig, RIGHTARG = claimlens.docsig,
    PROCEDURE = claimlens.docsig_ne, COMMUTATOR = OPERATOR(claimlens.<>),
    NEGATOR = OPERATOR(claimlens.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR claimlens.< (LEFTARG = claimlens.docsig, RIGHTARG = claimlens.docsig,
    PROCEDURE = claimlens.docsig_lt, COMMUTATOR = OPERATOR(claimlens.>),
    NEGATOR = OPERATOR(claimlens.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR claimlens.<= (LEFTARG = claimlens.docsig, RIGHTARG = claimlens.docsig,
    PROCEDURE = claimlens.docsig_le, COMMUTATOR = OPERATOR(claimlens.>=),
    NEGATOR = OPERATOR(claimlens.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR claimlens.> (LEFTARG = claimlens.docsig, RIGHTARG = claimlens.docsig,
    PROCEDURE = claimlens.docsig_gt, COMMUTATOR = OPERATOR(claimlens.<),
    NEGATOR = OPERATOR(claimlens.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR claimlens.>= (LEFTARG = claimlens.docsig, RIGHTARG = claimlens.docsig,
    PROCEDURE = claimlens.docsig_ge, COMMUTATOR = OPERATOR(claimlens.<=),
    NEGATOR = OPERATOR(claimlens.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);

CREATE OPERATOR CLASS claimlens.docsig_ops DEFAULT FOR TYPE claimlens.docsig USING btree AS
    OPERATOR 1 claimlens.<, OPERATOR 2 claimlens.<=, OPERATOR 3 claimlens.=,
    OPERATOR 4 claimlens.>=, OPERATOR 5 claimlens.>,
    FUNCTION 1 claimlens.docsig_cmp(claimlens.docsig, claimlens.docsig);
CREATE OPERATOR CLASS claimlens.docsig_hash_ops DEFAULT FOR TYPE claimlens.docsig USING hash AS
    OPERATOR 1 claimlens.=,
    FUNCTION 1 claimlens.docsig_hash(claimlens.docsig);
COMMENT ON OPERATOR claimlens.= (claimlens.docsig, claimlens.docsig) IS 'Equal signatures: the same bytes.';
COMMENT ON OPERATOR claimlens.<> (claimlens.docsig, claimlens.docsig) IS 'Different signatures.';
COMMENT ON OPERATOR claimlens.< (claimlens.docsig, claimlens.docsig) IS 'Byte order of signatures (for sorting; unrelated to similarity).';
COMMENT ON OPERATOR claimlens.<= (claimlens.docsig, claimlens.docsig) IS 'Byte order of signatures (for sorting; unrelated to similarity).';
COMMENT ON OPERATOR claimlens.> (claimlens.docsig, claimlens.docsig) IS 'Byte order of signatures (for sorting; unrelated to similarity).';
COMMENT ON OPERATOR claimlens.>= (claimlens.docsig, claimlens.docsig) IS 'Byte order of signatures (for sorting; unrelated to similarity).';
