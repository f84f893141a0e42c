-- Aggregates of the provenance views.  Their state is internal (C), with
-- combine, serial and deserial functions: parallel query runs them in
-- workers (Partial Aggregate, then Finalize Aggregate), and Citus can push
-- them down to its workers.  Orders are byte orders, never collations.

-- The earliest report: a (published, value) pair.
CREATE TYPE claimlens.report AS (published timestamptz, value text);
COMMENT ON TYPE claimlens.report IS
'What first_report() returns: the earliest publication time and the value (an article id, an outlet, a source) that came with it.';

CREATE FUNCTION claimlens.first_report_trans(internal, timestamptz, text) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_first_report_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION claimlens.first_report_combine(internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_first_report_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION claimlens.first_report_serial(internal) RETURNS bytea
AS 'MODULE_PATHNAME', 'claimlens_first_report_serial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.first_report_deserial(bytea, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_first_report_deserial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.first_report_final(internal) RETURNS claimlens.report
AS 'MODULE_PATHNAME', 'claimlens_first_report_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION claimlens.first_report_trans(internal, timestamptz, text) IS 'Transition function of first_report(): keeps the earlier pair; rows with a NULL time or value are skipped.';
COMMENT ON FUNCTION claimlens.first_report_combine(internal, internal) IS 'Combine function of first_report(): the earlier of two partial results.';
COMMENT ON FUNCTION claimlens.first_report_serial(internal) IS 'Serial function of first_report(): the time as int8, then the value''s bytes.';
COMMENT ON FUNCTION claimlens.first_report_deserial(bytea, internal) IS 'Deserial function of first_report().';
COMMENT ON FUNCTION claimlens.first_report_final(internal) IS 'Final function of first_report(): the pair as claimlens.report, or NULL without rows.';

CREATE AGGREGATE claimlens.first_report(published timestamptz, value text) (
    SFUNC = claimlens.first_report_trans,
    STYPE = internal,
    SSPACE = 64,
    FINALFUNC = claimlens.first_report_final,
    COMBINEFUNC = claimlens.first_report_combine,
    SERIALFUNC = claimlens.first_report_serial,
    DESERIALFUNC = claimlens.first_report_deserial,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE claimlens.first_report(timestamptz, text) IS
'The earliest (published, value) pair as claimlens.report: the smallest time, ties broken by the value in byte order; rows with a NULL time or value are ignored. first_report(published, article) is the first article to carry something.';

-- The distinct values, sorted in byte order.
CREATE FUNCTION claimlens.text_set_trans(internal, text) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_text_set_trans' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION claimlens.text_set_trans(internal, text[]) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_text_set_trans_array' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION claimlens.text_set_combine(internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_text_set_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION claimlens.text_set_serial(internal) RETURNS bytea
AS 'MODULE_PATHNAME', 'claimlens_text_set_serial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.text_set_deserial(bytea, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'claimlens_text_set_deserial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.text_set_final(internal) RETURNS text[]
AS 'MODULE_PATHNAME', 'claimlens_text_set_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION claimlens.text_set_trans(internal, text) IS 'Transition function of text_set(text): adds a value; NULL is skipped.';
COMMENT ON FUNCTION claimlens.text_set_trans(internal, text[]) IS 'Transition function of text_set(text[]): adds the elements of an array; NULLs are skipped.';
COMMENT ON FUNCTION claimlens.text_set_combine(internal, internal) IS 'Combine function of text_set(): the union of two partial sets.';
COMMENT ON FUNCTION claimlens.text_set_serial(internal) IS 'Serial function of text_set(): the count of distinct values, then each as length and bytes.';
COMMENT ON FUNCTION claimlens.text_set_deserial(bytea, internal) IS 'Deserial function of text_set().';
COMMENT ON FUNCTION claimlens.text_set_final(internal) IS 'Final function of text_set(): the distinct values as a text[] in byte order; NULL without rows.';

CREATE AGGREGATE claimlens.text_set(value text) (
    SFUNC = claimlens.text_set_trans,
    STYPE = internal,
    FINALFUNC = claimlens.text_set_final,
    COMBINEFUNC = claimlens.text_set_combine,
    SERIALFUNC = claimlens.text_set_serial,
    DESERIALFUNC = claimlens.text_set_deserial,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE claimlens.text_set(text) IS
'The distinct non-NULL values as a text[] sorted in byte order (an empty array when every value is NULL). Unlike array_agg(DISTINCT ...), it runs in parallel workers.';

CREATE AGGREGATE claimlens.text_set(value text[]) (
    SFUNC = claimlens.text_set_trans,
    STYPE = internal,
    FINALFUNC = claimlens.text_set_final,
    COMBINEFUNC = claimlens.text_set_combine,
    SERIALFUNC = claimlens.text_set_serial,
    DESERIALFUNC = claimlens.text_set_deserial,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE claimlens.text_set(text[]) IS
'The distinct non-NULL elements of all the arrays as a text[] sorted in byte order.';
