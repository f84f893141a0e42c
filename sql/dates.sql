-- dates() and to_timex(): temporal expressions normalised against the anchor.
SET search_path = claimlens, public;
SET TimeZone = 'UTC';

-- The forms newswire uses, anchored on Wednesday 2024-03-27.
SELECT n, start, len, surface, value, kind
FROM dates('The delegation visited Pyongyang from March 25 to March 28, KCNA reported on 2024-03-28T01:27:19Z. '
           'Another outlet said the visit ran March 25 to 27. The envoy first came on Oct. 14, 1948, and again in 2011. '
           'Last year the leaders met in September; this week two days ago officials met again. '
           'Earlier this month, a three-day visit and a 5 Mins Read piece followed, as they do every Monday. '
           'Talks will resume on Monday and run between April 8 and 10, with a report in the first quarter of 2025, '
           'as in the 1980s and in early 2024, late last year and mid-2023.', '2024-03-27 09:00+00');

-- Tense decides the year of a date written without one.
SELECT surface, value FROM dates('The summit held in September ended.', '2024-03-27');
SELECT surface, value FROM dates('The summit will be held in September.', '2024-03-27');
SELECT surface, value FROM dates('He arrived on March 25.', '2024-03-27');
SELECT surface, value FROM dates('He will arrive on March 25.', '2024-03-27');
-- A future range that has already begun is the current one.
SELECT surface, value FROM dates('The visit will run from March 26 to March 28.', '2024-03-27');
-- Present tense: the nearer occurrence.
SELECT surface, value FROM dates('The port is bracing for a stoppage from March 25 to March 28.', '2024-03-21');

-- No false dates.
SELECT count(*) AS false_dates
FROM dates('After COVID-19, 7,000 containers, F-16 jets, version 2.4.1, a 3-1 win, $4.5 billion, '
           'call 1-800-555-0142 at 3 p.m. on the Boeing 737. Officials may march on.', '2024-03-27');

-- Without an anchor: the text's own stamp, else relative values are NULL.
SELECT surface, value, kind FROM dates(E' date 2024-03-27 Talks ended yesterday and resume next week.');
SELECT surface, value, kind FROM dates('Talks ended yesterday; the 2011 visit came on October 14, 1948.');
SELECT count(*) FROM dates(NULL);

-- Numeric dates follow claimlens.date_order.
SELECT surface, value FROM dates('Filed on 03/04/2024.', '2024-05-01');
SET claimlens.date_order = 'DMY';
SELECT surface, value FROM dates('Filed on 03/04/2024.', '2024-05-01');
RESET claimlens.date_order;

-- Values never depend on the server's time zone: the anchor's UTC date counts.
SET TimeZone = 'Pacific/Auckland';
SELECT value FROM dates('It happened yesterday.', '2024-03-27 23:30:00+00');
RESET TimeZone;

-- to_timex() for one expression, and for a TIMEX3 literal.
SELECT to_timex('March 25 to 27', '2024-03-27') AS range,
       to_timex('from March 25 to March 28', '2024-03-27') AS from_to,
       to_timex('last year', '2024-03-27') AS last_year,
       to_timex('in September', '2024-03-27') AS september,
       to_timex('two days ago', '2024-03-27') AS two_days_ago,
       to_timex('2024-W13') AS literal,
       to_timex('no date here') AS nothing,
       to_timex('yesterday') AS unanchored;

-- The sample corpus: the conflicting ranges of one claim, and the offsets.
SELECT a.id, d.surface, d.value
FROM sample_articles a, LATERAL dates(a.body, a.published_at) d
WHERE d.kind = 'range' AND lower(d.value) BETWEEN '2024-03-20' AND '2024-04-05'
ORDER BY a.id, d.n;
SELECT bool_and(substr(a.body, d.start + 1, d.len) = d.surface) AS offsets_hold,
       count(*) AS mentions, count(d.value) AS with_value,
       count(*) FILTER (WHERE d.kind = 'relative') AS relative
FROM sample_articles a, LATERAL dates(a.body, a.published_at) d;

-- A claim's dates as ranges, indexed by GiST.
SELECT a.id, d.value::daterange AS days
FROM sample_articles a, LATERAL dates(a.body, a.published_at) d
WHERE d.value::daterange && daterange('2024-03-25', '2024-03-26') AND d.kind = 'range'
ORDER BY 1, 2 LIMIT 5;

-- Bad input: empty, junk, huge, cancellation.
SELECT count(*) FROM dates('');
SELECT count(*) FROM dates(repeat(E'\x01 March 25 \u00e9\u4e2d ', 1000), '2024-03-27');
CREATE TEMP TABLE bigdates AS SELECT repeat('Talks ran from March 25 to 27 in 2024. ', 2600000) AS body;
SELECT count(*) FROM bigdates, LATERAL dates(body, '2024-03-27');
SET statement_timeout = '50ms';
SELECT count(*) FROM bigdates, LATERAL dates(body, '2024-03-27');
RESET statement_timeout;
