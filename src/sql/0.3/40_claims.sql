-- Claims: the statements of fact of an article with their attribution
-- (sources outermost first, cue, quotation, hedge), and the key that puts
-- the versions of one claim from different outlets together.

-- Reads the gazetteer (sources are entities), so STABLE.
CREATE FUNCTION claimlens.claims(body text,
    OUT n int, OUT start int, OUT len int, OUT claim text,
    OUT sources text[], OUT cue text, OUT quote text, OUT hedged boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'claimlens_claims'
LANGUAGE C STABLE STRICT PARALLEL SAFE COST 200 ROWS 20;
COMMENT ON FUNCTION claimlens.claims(text) IS
'Every statement of fact in the article, in order: its 0-based character offset and length, the claim without its attribution clause, the sources it is attributed to outermost first (the relaying outlet before the original; {} when unattributed; anaphors such as "the report" resolve to the source named earlier), the normalised cue (according to, said, per, reported, ...; NULL when unattributed), the direct quotation it carries, and whether it is hedged (reportedly, allegedly, it is believed, may have, ...). Page furniture, headlines and questions are not claims.';

-- Reads the gazetteer (subjects are entity keys) and claimlens.date_order,
-- so STABLE.  Not STRICT: a NULL anchor means "no anchor"; NULL claim, NULL key.
CREATE FUNCTION claimlens.claim_key(claim text, anchor timestamptz DEFAULT NULL)
RETURNS text
AS 'MODULE_PATHNAME', 'claimlens_claim_key'
LANGUAGE C STABLE PARALLEL SAFE COST 50;
COMMENT ON FUNCTION claimlens.claim_key(text, timestamptz) IS
'A key shared by the versions of one claim: "SUBJECT|WHEN" when the claim holds a date (the first person''s family name, else the first organisation or place, as entity keys; the most precise date coarsened to its month, or year, relative to the anchor), else "SUBJECT|WORDS" (entity keys and stemmed content words, stop words, numbers and dates dropped, sorted). Versions that differ only in exact dates or numbers share a key; compare them with dates() and claim_numbers().';

CREATE FUNCTION claimlens.claim_numbers(claim text)
RETURNS numeric[]
AS 'MODULE_PATHNAME', 'claimlens_claim_numbers'
LANGUAGE C STABLE STRICT PARALLEL SAFE COST 20;
COMMENT ON FUNCTION claimlens.claim_numbers(text) IS
'The numbers a claim states, in order, normalised (7,000 = 7000 = seven thousand; 1.5 million = 1500000). Numbers inside dates, ordinals, names such as COVID-19, times of day (9 a.m., 10:30, 0900 GMT) and numbered labels (No. 5, #3) are left out. STABLE: date expressions depend on claimlens.date_order.';

CREATE FUNCTION claimlens.source_keys(sources text[])
RETURNS text[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN ARRAY(SELECT claimlens.entity_key(s) FROM unnest(sources) WITH ORDINALITY AS u(s, i) ORDER BY i);
COMMENT ON FUNCTION claimlens.source_keys(text[]) IS
'The entity key of each source of a claims() row, in the same order (KCNA and Korean Central News Agency share one key).';
