-- Dates: the timex type (a TIMEX3 value: a span of days with its grain) and
-- the extraction of temporal expressions from article text.

CREATE TYPE claimlens.timex;

CREATE FUNCTION claimlens.timex_in(cstring) RETURNS claimlens.timex
AS 'MODULE_PATHNAME', 'claimlens_timex_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_out(claimlens.timex) RETURNS cstring
AS 'MODULE_PATHNAME', 'claimlens_timex_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_recv(internal) RETURNS claimlens.timex
AS 'MODULE_PATHNAME', 'claimlens_timex_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_send(claimlens.timex) RETURNS bytea
AS 'MODULE_PATHNAME', 'claimlens_timex_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE claimlens.timex (
    INPUT = claimlens.timex_in,
    OUTPUT = claimlens.timex_out,
    RECEIVE = claimlens.timex_recv,
    SEND = claimlens.timex_send,
    INTERNALLENGTH = 32,
    ALIGNMENT = double,
    STORAGE = plain
);

COMMENT ON TYPE claimlens.timex IS
'A normalised temporal value in TIMEX3 value syntax: 2024-03-25, 2024-03, 2024, 198X, 19XX, 2024-W13, 2024-Q1, 2024-H1, 2024-SU, a range 2024-03-25/2024-03-28, an instant 2024-03-28T01:27:19Z or a duration P3D, PT5M, PXY, with an optional fuzzy modifier (;START, ;MID, ;END, ;APPROX). Ordered by first day, then last day; durations after every span of days, shortest first.';
COMMENT ON FUNCTION claimlens.timex_in(cstring) IS 'Input function of timex: reads TIMEX3 value syntax; malformed values raise 22007, impossible dates 22008.';
COMMENT ON FUNCTION claimlens.timex_out(claimlens.timex) IS 'Output function of timex: TIMEX3 value syntax.';
COMMENT ON FUNCTION claimlens.timex_recv(internal) IS 'Binary input of timex: a format version byte, then the fields; unknown versions are rejected.';
COMMENT ON FUNCTION claimlens.timex_send(claimlens.timex) IS 'Binary output of timex: a format version byte, then the fields.';

-- Comparison: by first day, then last day, then grain and modifier.
CREATE FUNCTION claimlens.timex_cmp(claimlens.timex, claimlens.timex) RETURNS int
AS 'MODULE_PATHNAME', 'claimlens_timex_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_eq(claimlens.timex, claimlens.timex) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_timex_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_ne(claimlens.timex, claimlens.timex) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_timex_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_lt(claimlens.timex, claimlens.timex) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_timex_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_le(claimlens.timex, claimlens.timex) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_timex_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_gt(claimlens.timex, claimlens.timex) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_timex_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_ge(claimlens.timex, claimlens.timex) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_timex_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_hash(claimlens.timex) RETURNS int
AS 'MODULE_PATHNAME', 'claimlens_timex_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION claimlens.timex_cmp(claimlens.timex, claimlens.timex) IS 'Btree support: -1, 0 or 1 ordering by first day, last day, grain and modifier.';
COMMENT ON FUNCTION claimlens.timex_eq(claimlens.timex, claimlens.timex) IS 'Implements =: the same value, grain and modifier.';
COMMENT ON FUNCTION claimlens.timex_ne(claimlens.timex, claimlens.timex) IS 'Implements <>.';
COMMENT ON FUNCTION claimlens.timex_lt(claimlens.timex, claimlens.timex) IS 'Implements <.';
COMMENT ON FUNCTION claimlens.timex_le(claimlens.timex, claimlens.timex) IS 'Implements <=.';
COMMENT ON FUNCTION claimlens.timex_gt(claimlens.timex, claimlens.timex) IS 'Implements >.';
COMMENT ON FUNCTION claimlens.timex_ge(claimlens.timex, claimlens.timex) IS 'Implements >=.';
COMMENT ON FUNCTION claimlens.timex_hash(claimlens.timex) IS 'Hash support, for hash joins and hashed GROUP BY.';

CREATE OPERATOR claimlens.= (LEFTARG = claimlens.timex, RIGHTARG = claimlens.timex,
    PROCEDURE = claimlens.timex_eq, COMMUTATOR = OPERATOR(claimlens.=),
    NEGATOR = OPERATOR(claimlens.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR claimlens.<> (LEFTARG = claimlens.timex, RIGHTARG = claimlens.timex,
    PROCEDURE = claimlens.timex_ne, COMMUTATOR = OPERATOR(claimlens.<>),
    NEGATOR = OPERATOR(claimlens.=), RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR claimlens.< (LEFTARG = claimlens.timex, RIGHTARG = claimlens.timex,
    PROCEDURE = claimlens.timex_lt, COMMUTATOR = OPERATOR(claimlens.>),
    NEGATOR = OPERATOR(claimlens.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR claimlens.<= (LEFTARG = claimlens.timex, RIGHTARG = claimlens.timex,
    PROCEDURE = claimlens.timex_le, COMMUTATOR = OPERATOR(claimlens.>=),
    NEGATOR = OPERATOR(claimlens.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR claimlens.> (LEFTARG = claimlens.timex, RIGHTARG = claimlens.timex,
    PROCEDURE = claimlens.timex_gt, COMMUTATOR = OPERATOR(claimlens.<),
    NEGATOR = OPERATOR(claimlens.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
CREATE OPERATOR claimlens.>= (LEFTARG = claimlens.timex, RIGHTARG = claimlens.timex,
    PROCEDURE = claimlens.timex_ge, COMMUTATOR = OPERATOR(claimlens.<=),
    NEGATOR = OPERATOR(claimlens.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);

CREATE OPERATOR CLASS claimlens.timex_ops DEFAULT FOR TYPE claimlens.timex USING btree AS
    OPERATOR 1 claimlens.<, OPERATOR 2 claimlens.<=, OPERATOR 3 claimlens.=,
    OPERATOR 4 claimlens.>=, OPERATOR 5 claimlens.>,
    FUNCTION 1 claimlens.timex_cmp(claimlens.timex, claimlens.timex);
CREATE OPERATOR CLASS claimlens.timex_hash_ops DEFAULT FOR TYPE claimlens.timex USING hash AS
    OPERATOR 1 claimlens.=,
    FUNCTION 1 claimlens.timex_hash(claimlens.timex);

-- Overlap and containment of the spans of days.
CREATE FUNCTION claimlens.timex_overlaps(claimlens.timex, claimlens.timex) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_timex_overlaps' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_contains(claimlens.timex, claimlens.timex) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_timex_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_contained_by(claimlens.timex, claimlens.timex) RETURNS bool
AS 'MODULE_PATHNAME', 'claimlens_timex_contained_by' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION claimlens.timex_overlaps(claimlens.timex, claimlens.timex) IS 'Implements &&: the two values share at least one day.';
COMMENT ON FUNCTION claimlens.timex_contains(claimlens.timex, claimlens.timex) IS 'Implements @>: every day of the second value lies in the first (2024-03 @> 2024-03-25).';
COMMENT ON FUNCTION claimlens.timex_contained_by(claimlens.timex, claimlens.timex) IS 'Implements <@: every day of the first value lies in the second.';

CREATE OPERATOR claimlens.&& (LEFTARG = claimlens.timex, RIGHTARG = claimlens.timex,
    PROCEDURE = claimlens.timex_overlaps, COMMUTATOR = OPERATOR(claimlens.&&),
    RESTRICT = areasel, JOIN = areajoinsel);
CREATE OPERATOR claimlens.@> (LEFTARG = claimlens.timex, RIGHTARG = claimlens.timex,
    PROCEDURE = claimlens.timex_contains, COMMUTATOR = OPERATOR(claimlens.<@),
    RESTRICT = contsel, JOIN = contjoinsel);
CREATE OPERATOR claimlens.<@ (LEFTARG = claimlens.timex, RIGHTARG = claimlens.timex,
    PROCEDURE = claimlens.timex_contained_by, COMMUTATOR = OPERATOR(claimlens.@>),
    RESTRICT = contsel, JOIN = contjoinsel);

-- Bounds, grain and modifier.
CREATE FUNCTION claimlens.lower(claimlens.timex) RETURNS date
AS 'MODULE_PATHNAME', 'claimlens_timex_lower' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.upper(claimlens.timex) RETURNS date
AS 'MODULE_PATHNAME', 'claimlens_timex_upper' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.grain(claimlens.timex) RETURNS text
AS 'MODULE_PATHNAME', 'claimlens_timex_grain' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.modifier(claimlens.timex) RETURNS text
AS 'MODULE_PATHNAME', 'claimlens_timex_modifier' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION claimlens.lower(claimlens.timex) IS 'The first day of the value; NULL for a duration.';
COMMENT ON FUNCTION claimlens.upper(claimlens.timex) IS 'The last day of the value (inclusive); NULL for a duration.';
COMMENT ON FUNCTION claimlens.grain(claimlens.timex) IS 'instant, day, week, month, season, quarter, half, year, decade, century, range or duration.';
COMMENT ON FUNCTION claimlens.modifier(claimlens.timex) IS 'The fuzzy modifier (START, MID, END, APPROX), or NULL.';

-- Casts to built-in types, so SQL and BI tools can use ranges and indexes.
CREATE FUNCTION claimlens.timex_daterange(claimlens.timex) RETURNS daterange
AS 'MODULE_PATHNAME', 'claimlens_timex_to_daterange' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex_tstzrange(claimlens.timex) RETURNS tstzrange
AS 'MODULE_PATHNAME', 'claimlens_timex_to_tstzrange' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION claimlens.timex(date) RETURNS claimlens.timex
AS 'MODULE_PATHNAME', 'claimlens_date_to_timex' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION claimlens.timex_daterange(claimlens.timex) IS 'The days of the value as [first, last + 1); the cast timex::daterange; NULL for a duration. Index it with GiST for overlap queries.';
COMMENT ON FUNCTION claimlens.timex_tstzrange(claimlens.timex) IS 'The value as a tstzrange from midnight UTC; an instant as the one-point range [t, t]; NULL for a duration.';
COMMENT ON FUNCTION claimlens.timex(date) IS 'A day as a timex value; the cast date::timex.';
CREATE CAST (claimlens.timex AS daterange) WITH FUNCTION claimlens.timex_daterange(claimlens.timex);
CREATE CAST (claimlens.timex AS tstzrange) WITH FUNCTION claimlens.timex_tstzrange(claimlens.timex);
CREATE CAST (date AS claimlens.timex) WITH FUNCTION claimlens.timex(date);

-- Extraction.  Both read claimlens.date_order (how 03/04/2024 is read), so
-- they are STABLE, not IMMUTABLE.  Neither is STRICT: a NULL anchor means
-- "use the text's own publication stamp".
CREATE FUNCTION claimlens.dates(body text, anchor timestamptz DEFAULT NULL,
    OUT n int, OUT start int, OUT len int, OUT surface text,
    OUT value claimlens.timex, OUT kind text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'claimlens_dates'
LANGUAGE C STABLE PARALLEL SAFE COST 50 ROWS 10;
COMMENT ON FUNCTION claimlens.dates(text, timestamptz) IS
'Every temporal expression of the text, in order, with its 0-based character offset and length, the normalised value relative to the anchor (the publication time; by default the text''s own published_at(); its UTC date is used) and its kind: date, range, relative, duration, set or stamp. Values that need an anchor are NULL when there is none; durations are TIMEX3 durations (P3D); sets have no value.';

CREATE FUNCTION claimlens.to_timex(expression text, anchor timestamptz DEFAULT NULL)
RETURNS claimlens.timex
AS 'MODULE_PATHNAME', 'claimlens_to_timex'
LANGUAGE C STABLE PARALLEL SAFE COST 20;
COMMENT ON FUNCTION claimlens.to_timex(text, timestamptz) IS
'The value of one temporal expression ("March 25 to 27", "last year") relative to the anchor, or of a TIMEX3 literal; NULL when the text holds no expression with a value.';
