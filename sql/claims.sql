-- Claims: statements of fact with their attribution chain, cue, quotation
-- and hedge; claim_key() and claim_numbers() for comparing versions.
SET search_path = claimlens, public;

-- Attribution before, after and inside the statement; chains; both quote styles.
SELECT n, start, len, claim, sources, cue, quote, hedged
FROM claims(E'FERRY STRIKE ENDS AFTER THREE DAYS\n\n'
  'The ferry strike in Dunmore ended on Friday after three days, according to the Baltic Maritime Authority (BMA). '
  'Workers accepted a raise of 4.5 percent, the BMA report said. '
  '\u201cWe reached a fair agreement,\u201d the report said, per Reuters. '
  'Per AFP, the agency stated, "Ferries will sail again on Monday." '
  'Meridian Wire reported that about 7,000 passengers were stranded. '
  'Union leader Helena Marchetti told Reuters that the talks had been hard. '
  'The strike reportedly cost the port two million euros. '
  'It is believed that the owners may have lost more. '
  'Will the fares rise?\n\n'
  'Share.\nAlso read: Ten Ports To Visit This Summer\n');

-- Unattributed statements keep an empty array, never NULL; no cue.
SELECT n, claim, sources, cue IS NULL AS no_cue, quote IS NULL AS no_quote, hedged
FROM claims('The bridge opened in 1998. It carries 40,000 cars a day.');

-- Offsets: the claim's words lie at start/len (character offsets, as in sentences()).
SELECT n, substr(b, start + 1, len) AS span
FROM (VALUES (E'Caf\u00e9 owners in S\u00e3o Paulo said prices rose.  Officials said that the caf\u00e9 tax will fall.')) v(b),
     claims(b);

-- Furniture, headlines, questions and fragments are not claims; NULL in, no rows.
SELECT count(*) AS claims FROM claims(E'Home News Sport Weather\n\nBREAKING: PORT CLOSED\n\nIs it over?\nShare.\n');
SELECT count(*) AS claims FROM claims(NULL);
SELECT count(*) AS claims FROM claims('');

-- Keys: versions that differ in wording, exact dates and numbers share one;
-- different claims do not.
SELECT claim_key('Sergei Naryshkin visited Pyongyang from March 25 to March 28.', '2024-03-28') AS a,
       claim_key('During his March 25 to 27 visit, Naryshkin held talks.', '2024-03-29') AS b,
       claim_key('The Soviet Union recognised North Korea on October 14, 1948.', '2024-03-28') AS c;
SELECT claim_key('The two sides reached a complete consensus of views.') =
       claim_key('the two sides reached a complete consensus of views') AS same_quote,
       claim_key('Pyongyang sent about 7,000 containers of arms to Russia.') =
       claim_key('Pyongyang sent around 6,700 containers of arms to Russia.') AS numbers_tolerated,
       claim_key('Pyongyang sent containers of arms to Russia.') <>
       claim_key('Pyongyang sent satellites to China.') AS different_claims;
SELECT claim_key(NULL) IS NULL AS null_key, claim_key('') AS empty_key;

-- Numbers, normalised; days and years stay in dates().
SELECT claim_numbers('About 7,000 containers, seven thousand shells, 1.5 million rounds and 12 tanks were sent on March 25, 2024.') AS numbers,
       claim_numbers('COVID-19 hit the 3rd fleet of F-16 jets.') AS none;
-- Times of day and numbered labels are not quantities either.
SELECT claim_numbers('Checkpoint No. 5 opened at 9 a.m. and gate #2 at 10:30; 40 trucks crossed by 1400 GMT.') AS counted;

-- Source keys through the gazetteer.
SELECT source_keys('{AFP,KCNA}') AS keys, source_keys('{}') AS empty;

-- The sample corpus: every article yields claims, spans lie inside the body.
SELECT count(DISTINCT a.id) AS articles, count(*) > 100 AS many_claims,
       bool_and(c.start >= 0 AND c.start + c.len <= length(a.body)) AS spans_inside,
       bool_and(c.sources IS NOT NULL) AS sources_never_null,
       bool_and(cardinality(c.sources) = 0 OR c.cue IS NOT NULL) AS cue_when_sourced
FROM sample_articles a, LATERAL claims(a.body) c;

-- The seed articles, read at run time from ../shared/seeds beside the clone;
-- without them every check below holds trivially.
\set s002 `cat ../shared/seeds/002_d62285dfec955f1d.txt 2>/dev/null || true`
\set s003 `cat ../shared/seeds/003_f734ce024505e02f.txt 2>/dev/null || true`
\set s004 `cat ../shared/seeds/004_dcec4db59fe00a43.txt 2>/dev/null || true`
CREATE TEMP TABLE seed_claims AS
SELECT s.id, c.*, claim_key(c.claim, s.published) AS key
FROM (VALUES ('002', :'s002', timestamptz '2024-03-28 06:00+00'),
             ('003', :'s003', timestamptz '2024-03-29 08:00+00'),
             ('004', :'s004', timestamptz '2024-03-28 01:27+00')) s(id, body, published),
     LATERAL claims(s.body) c;
-- 1. The visit claim attributed to KCNA, in 004 and in 002.
SELECT :'s004' = '' OR bool_or(id = '004' AND claim LIKE '%visited Pyongyang%' AND sources = '{KCNA}') AS visit_004,
       :'s002' = '' OR bool_or(id = '002' AND claim LIKE '%visit%' AND sources = '{KCNA}') AS visit_002
FROM seed_claims;
-- 2. The AFP-relayed quotation: sources {AFP, KCNA} in both, one key.
SELECT :'s004' = '' OR count(*) = 2 AND bool_and(sources = '{AFP,KCNA}') AND count(DISTINCT key) = 1
       AS consensus_quotation
FROM seed_claims WHERE quote LIKE '%complete consensus%';
-- 3. The March 25 to 27 visit (003) and March 25 to 28 (002, 004) share a key.
SELECT :'s003' = '' OR count(DISTINCT key) = 1 AND count(DISTINCT id) = 3 AS visit_versions_related,
       :'s003' = '' OR count(DISTINCT (SELECT string_agg(value::text, ',') FROM dates(claim, '2024-03-28') WHERE kind = 'range')) = 2 AS dates_conflict
FROM seed_claims
WHERE key = (SELECT key FROM seed_claims WHERE id = '003' AND claim LIKE '%March 25 to 27%');
-- 4. Unrelated claims: the 1948 recognition and the 2022 one differ.
SELECT :'s004' = '' OR (SELECT key FROM seed_claims WHERE id = '004' AND claim LIKE '%October 14, 1948%') <>
                       (SELECT key FROM seed_claims WHERE id = '004' AND claim LIKE '%Donetsk%') AS unrelated_differ;

-- Bad input: unbalanced quotes, junk, a 100 MB body under statement_timeout.
SELECT count(*) AS claims FROM claims(repeat(E'\u201c', 10000) || repeat('the report said, ', 10000));
SELECT count(*) AS claims FROM claims(E'\x01\x02 said \x7f, per \u00ff. According to , . Per, per per.');
SELECT claim_key(repeat('seven thousand and ', 20000)) AS key, cardinality(claim_numbers(repeat('1,000 ', 10000))) AS numbers;
SET statement_timeout = '300ms';
SELECT count(*) FROM claims(repeat('The delegation visited Esterburg from March 25 to March 28, KCNA reported. ', 1400000));
RESET statement_timeout;
