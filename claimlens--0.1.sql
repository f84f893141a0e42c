-- claimlens 0.1: article text (cleaning, sentences, publication stamps).
-- Every function here reads only its arguments: IMMUTABLE, STRICT and
-- PARALLEL SAFE.  Offsets are 0-based character offsets into the argument,
-- so substr(body, start + 1, len) is the span they describe.

\echo Use "CREATE EXTENSION claimlens" to load this file. \quit

CREATE FUNCTION claimlens.clean(body text) RETURNS text
AS 'MODULE_PATHNAME', 'claimlens_clean'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 10;

COMMENT ON FUNCTION claimlens.clean(text) IS
'The article prose without page furniture (share widgets, "Also read" and related-link blocks, menus, bylines and read times, photo captions and credits, machine stamps); white space normalised, paragraphs separated by a blank line.';

CREATE FUNCTION claimlens.sentences(body text,
    OUT n int, OUT start int, OUT len int, OUT sentence text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'claimlens_sentences'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 10 ROWS 20;

COMMENT ON FUNCTION claimlens.sentences(text) IS
'The sentences of a text in order: n counts from 1, start is the 0-based character offset and len the length in characters, so substr(body, start + 1, len) = sentence.';

CREATE FUNCTION claimlens.published_at(body text) RETURNS timestamptz
AS 'MODULE_PATHNAME', 'claimlens_published_at'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 5;

COMMENT ON FUNCTION claimlens.published_at(text) IS
'The publication stamp embedded in an article (a leading "date 2024-03-27" or "Published:" label, or a trailing ISO 8601 machine stamp), read as UTC when it names no zone; NULL when there is none.';
