-- The docsig type: text and binary forms, rejected literals, defined results
-- for empty and one-word texts, the estimates against an exact computation,
-- and the % and <-> operators with claimlens.similarity_threshold.
SET search_path = claimlens, public;

-- A string literal must be typed as text: docsig('...') alone would be read
-- as a cast of a docsig literal.
SELECT left(docsig(text 'The quick brown fox jumps over the lazy dog.')::text, 15) AS head,
       length(docsig(text 'The quick brown fox jumps over the lazy dog.')::text) AS chars,
       shingles(docsig(text 'The quick brown fox jumps over the lazy dog.')) AS shingles;

-- Case, punctuation and white space do not change the signature.
SELECT docsig(text 'The Quick, brown fox -- jumps over the LAZY dog!')::text
     = docsig(E'the quick brown fox\njumps over the lazy dog'::text)::text AS same;

-- Pins the stored format: a change here changes every stored signature.
SELECT md5(docsig(text 'The quick brown fox jumps over the lazy dog.')::text) AS pinned;

-- The text form reads back to the same value, and page furniture is ignored.
SELECT bool_and(docsig(body)::text::docsig::text = docsig(body)::text) AS round_trip,
       bool_and(docsig(body)::text = docsig(clean(body))::text) AS furniture_ignored
FROM sample_articles;

-- Empty and one-word texts: no words means no shingles and similarity 0 to
-- everything, itself included; fewer than three words form one shingle.
SELECT shingles(docsig(text '')) AS empty_shingles,
       shingles(docsig(text ' -- ! ')) AS blank_shingles,
       shingles(docsig(text 'Hello')) AS one_word,
       shingles(docsig(text 'Hello world')) AS two_words,
       similarity(docsig(text ''), docsig(text '')) AS empty_empty,
       containment(docsig(text ''), docsig(text 'Hello')) AS empty_in_word,
       containment(docsig(text 'Hello'), docsig(text '')) AS word_in_empty,
       docsig(text '') <-> docsig(text '') AS empty_distance,
       similarity(docsig(text 'Hello'), docsig(text 'HELLO!')) AS same_word,
       similarity(docsig(text 'Hello'), docsig(text 'Hello world')) AS word_and_two;

-- STRICT: NULL in, NULL out.
SELECT docsig(NULL) IS NULL AS sig_null, similarity(NULL, docsig(text 'a')) IS NULL AS sim_null,
       (docsig(text 'a') % NULL) IS NULL AS op_null;

-- Malformed literals: SQLSTATE 22P02 and a message that says what is wrong.
CREATE FUNCTION pg_temp.try_docsig(literal text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    PERFORM literal::claimlens.docsig;
    RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ' ' || SQLERRM;
END $$;
WITH good AS (SELECT docsig(text 'Officials said the talks would resume.')::text AS t)
SELECT label, pg_temp.try_docsig(literal) AS outcome
FROM good, LATERAL (VALUES
    ('valid', t),
    ('padded with white space', E'  ' || t || E'\n'),
    ('empty', ''),
    ('not a docsig', 'hello world'),
    ('version 2', 'ds2:' || substr(t, 5)),
    ('version 10', 'ds10:' || substr(t, 5)),
    ('too short', left(t, 600)),
    ('too long', t || 'AA'),
    ('bad character', overlay(t placing '+' from 100 for 1)),
    ('version byte 2', 'ds1:Ag' || substr(t, 7)),
    ('reserved byte set', 'ds1:AQE' || substr(t, 8)),
    ('padding bits set', left(t, 686) || translate(right(t, 1), 'AEIMQUYcgkosw048', 'DHLPTXbfjnrvz37_')),
    ('no filled bins', left(t, 185) || repeat('A', 502))
) v(label, literal);

-- Binary form: COPY BINARY round trip, and a wrong version byte is rejected.
CREATE TEMP TABLE bin_in AS SELECT id, docsig(body) AS sig FROM sample_articles;
CREATE TEMP TABLE bin_out (id int, sig docsig);
CREATE TEMP TABLE bin_bad (sig docsig);
DO $$
DECLARE
    f text := '/tmp/claimlens_docsig_' || pg_backend_pid() || '.bin';
BEGIN
    EXECUTE format('COPY bin_in TO %L (FORMAT binary)', f);
    EXECUTE format('COPY bin_out FROM %L (FORMAT binary)', f);
    EXECUTE format('COPY (SELECT overlay(claimlens.docsig_send(sig) PLACING ''\x02''::bytea FROM 1 FOR 1) FROM bin_in LIMIT 1) TO %L (FORMAT binary)', f);
    BEGIN
        EXECUTE format('COPY bin_bad FROM %L (FORMAT binary)', f);
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE '% %', SQLSTATE, SQLERRM;
    END;
    EXECUTE format('COPY (SELECT ''\x0100''::bytea) TO %L (FORMAT binary)', f);
    BEGIN
        EXECUTE format('COPY bin_bad FROM %L (FORMAT binary)', f);
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE '% %', SQLSTATE, SQLERRM;
    END;
    EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'rm -f ' || f);
END $$;
SELECT count(*) AS copied, bool_and(i.sig::text = o.sig::text) AS identical,
       length(docsig_send(docsig(text 'a b c'))) AS send_bytes,
       get_byte(docsig_send(docsig(text 'a b c')), 0) AS version_byte
FROM bin_in i JOIN bin_out o USING (id);

-- Accuracy on the sample corpus against an exact computation in SQL: word
-- 3-shingles of the cleaned, lower-cased text, compared as sets.
CREATE TEMP TABLE exact_shingles AS
WITH w AS (
    SELECT id, ord, m[1] AS word
    FROM sample_articles, regexp_matches(lower(clean(body)), '[[:alpha:][:digit:]]+', 'g') WITH ORDINALITY AS r(m, ord)
)
SELECT DISTINCT id, word || ' ' || lead(word, 1) OVER o || ' ' || lead(word, 2) OVER o AS shingle
FROM w WINDOW o AS (PARTITION BY id ORDER BY ord);
DELETE FROM exact_shingles WHERE shingle IS NULL;
CREATE TEMP TABLE pairs AS
WITH n AS (SELECT id, count(*) AS n FROM exact_shingles GROUP BY id),
     shared AS (SELECT a.id AS a, b.id AS b, count(*) AS shared
                FROM exact_shingles a JOIN exact_shingles b ON a.shingle = b.shingle AND a.id < b.id
                GROUP BY 1, 2)
SELECT x.id AS a, y.id AS b, x.n AS na, y.n AS nb,
       coalesce(s.shared, 0)::float8 / (x.n + y.n - coalesce(s.shared, 0)) AS exact,
       coalesce(s.shared, 0)::float8 / x.n AS exact_containment,
       similarity(docsig(p.body), docsig(q.body)) AS est,
       containment(docsig(p.body), docsig(q.body)) AS est_containment
FROM n x JOIN n y ON x.id < y.id
JOIN sample_articles p ON p.id = x.id JOIN sample_articles q ON q.id = y.id
LEFT JOIN shared s ON s.a = x.id AND s.b = y.id;
SELECT count(*) AS pairs,
       bool_and(na = shingles(docsig(p.body))) AS shingle_counts_exact,
       count(*) FILTER (WHERE abs(est - exact) <= 0.05) AS within_005,
       count(*) FILTER (WHERE exact >= 0.5) AS exact_at_least_half,
       count(*) FILTER (WHERE est >= 0.5) AS est_at_least_half,
       bool_and(est >= 0 AND est <= 1 AND est_containment >= 0 AND est_containment <= 1) AS in_range,
       count(*) FILTER (WHERE abs(est_containment - exact_containment) <= 0.1) AS containment_within_01
FROM pairs JOIN sample_articles p ON p.id = pairs.a;

-- The near-duplicates of the corpus: each wire story and its rewrites.
SELECT a, b, round(exact::numeric, 2) AS exact, round(est::numeric, 2) AS est
FROM pairs WHERE exact >= 0.5 OR est >= 0.5 ORDER BY a, b;

-- Symmetry, distance, and containment never below similarity.
SELECT bool_and(similarity(x.s, y.s) = similarity(y.s, x.s)) AS symmetric,
       bool_and(abs((x.s <-> y.s) - (1 - similarity(x.s, y.s))) < 1e-6) AS distance,
       bool_and(containment(x.s, y.s) >= similarity(x.s, y.s) - 1e-6) AS containment_ge_similarity,
       bool_and(similarity(x.s, x.s) = 1) AS self_one
FROM (SELECT id, docsig(body) AS s FROM sample_articles) x,
     (SELECT id, docsig(body) AS s FROM sample_articles) y;

-- % follows the setting.
SHOW claimlens.similarity_threshold;
SELECT count(*) FILTER (WHERE docsig(p.body) % docsig(q.body)) AS similar_pairs
FROM sample_articles p JOIN sample_articles q ON p.id < q.id;
SET claimlens.similarity_threshold = 0.85;
SELECT count(*) FILTER (WHERE docsig(p.body) % docsig(q.body)) AS similar_pairs
FROM sample_articles p JOIN sample_articles q ON p.id < q.id;
SET claimlens.similarity_threshold = 1.5;
RESET claimlens.similarity_threshold;

-- Catalog: volatility and strictness of every function and operator of the type.
SELECT p.oid::regprocedure AS function, p.provolatile, p.proisstrict, p.proparallel,
       obj_description(p.oid, 'pg_proc') IS NOT NULL AS has_comment
FROM pg_proc p
WHERE p.pronamespace = 'claimlens'::regnamespace
  AND (p.proname LIKE 'docsig%' OR p.proname IN ('similarity', 'containment', 'shingles', 'reuse'))
ORDER BY 1::text;
SELECT o.oprname, o.oprcode, o.oprcom::regoperator IS NOT NULL AS has_commutator,
       obj_description(o.oid, 'pg_operator') IS NOT NULL AS has_comment
FROM pg_operator o WHERE o.oprleft = 'claimlens.docsig'::regtype ORDER BY 1;
SELECT t.typlen, t.typbyval, t.typstorage, obj_description(t.oid, 'pg_type') IS NOT NULL AS has_comment
FROM pg_type t WHERE t.oid = 'claimlens.docsig'::regtype;
