-- Passage marks: winnowed fingerprints of word 5-grams that find partial
-- reuse (a quotation and a few copied sentences) which whole-article
-- similarity misses.  Two texts sharing a passage of 20 words or more share
-- at least one mark; a GIN index on the array (&&) finds such pairs.
CREATE FUNCTION claimlens.passage_marks(body text) RETURNS bigint[]
AS 'MODULE_PATHNAME', 'claimlens_passage_marks'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 20;
COMMENT ON FUNCTION claimlens.passage_marks(text) IS
'Winnowed fingerprints of the text''s word 5-grams (windows of 16), sorted and distinct: texts that share a passage of at least 20 words (case, punctuation and spacing ignored) share at least one mark. Identical on every machine. Pass clean(body) for an article; fewer than 5 words give an empty array.';

CREATE FUNCTION claimlens.shared_marks(a bigint[], b bigint[]) RETURNS int
AS 'MODULE_PATHNAME', 'claimlens_shared_marks'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION claimlens.shared_marks(bigint[], bigint[]) IS
'How many distinct marks two passage_marks() arrays have in common (NULL elements ignored).';
