-- The timex type: literals, I/O round trips, ordering, overlap, containment, casts.
SET search_path = claimlens, public;
SET TimeZone = 'UTC';

-- Every grain reads and prints back unchanged.
SELECT v::timex AS value, grain(v::timex), lower(v::timex), upper(v::timex), modifier(v::timex)
FROM (VALUES ('2024-03-25'), ('2024-03'), ('2024'), ('198X'), ('19XX'), ('2024-W13'),
             ('2024-W01'), ('2020-W53'), ('2024-Q1'), ('2024-H2'), ('2024-SP'), ('2023-WI'),
             ('2024-03-25/2024-03-28'), ('2024-03/2024-05'), ('2022/2024'),
             ('2024-03-28T01:27:19Z'), ('2024-03-28T10:15:00+02:00'), ('2024-03-28T10:15:00.5'),
             ('2024;START'), ('2023;MID'), ('2024-03;END'), ('201X;APPROX'), ('0001-01-01'),
             ('9999-12-31')) t(v);

-- Malformed literals: 22007 for syntax, 22008 for impossible dates.
\set VERBOSITY default
SELECT 'March 25'::timex;
SELECT '2024-13'::timex;
SELECT '2023-02-29'::timex;
SELECT '99999'::timex;
SELECT '0000'::timex;
SELECT '2024-W54'::timex;
SELECT '2024-Q5'::timex;
SELECT '2024-03-28/2024-03-01'::timex;
SELECT '2024-03-28T25:00:00Z'::timex;
SELECT '2024-03-28T10:00/2024-03-29'::timex;
SELECT '2024;SOON'::timex;
SELECT ''::timex;
SELECT '2024-03-25 junk'::timex;
DO $$
BEGIN
  PERFORM '2024-02-30'::claimlens.timex;
EXCEPTION WHEN datetime_field_overflow THEN RAISE NOTICE 'SQLSTATE 22008 as expected';
END $$;
DO $$
BEGIN
  PERFORM '24-03-01'::claimlens.timex;
EXCEPTION WHEN invalid_datetime_format THEN RAISE NOTICE 'SQLSTATE 22007 as expected';
END $$;

-- Containment and overlap across grains.
SELECT '2024-03'::timex @> '2024-03-25'::timex AS month_has_day,
       '2024-03-25'::timex <@ '2024-Q1'::timex AS day_in_quarter,
       '2024-W13'::timex && '2024-03-31/2024-04-02'::timex AS week_meets_range,
       '2024-03-25/2024-03-27'::timex && '2024-03-28'::timex AS disjoint,
       '198X'::timex @> '1985;MID'::timex AS decade_has_year,
       '2024'::timex = '2024-01-01/2024-12-31'::timex AS same_days_other_grain;

-- Ordering: first day, then last day.
SELECT v FROM (VALUES ('2024-03'::timex), ('2024-03-25'), ('2024'), ('2024-03-01'),
                      ('2023-12-31'), ('2024-03-25/2024-03-28'), ('2024-Q1')) t(v)
ORDER BY v;
SELECT count(DISTINCT v) AS distinct_values
FROM (VALUES ('2024-03'::timex), ('2024-03'), ('2024-03;END'), ('2024-03-01/2024-03-31')) t(v);

-- Casts to built-in types.
SELECT '2024-03'::timex::daterange AS month_days,
       '2024-03-25/2024-03-28'::timex::daterange AS range_days,
       '2024-03-28T01:27:19Z'::timex::tstzrange AS instant,
       '2024-03-28'::timex::tstzrange AS day_span,
       '2024-03-25'::date::timex AS from_date,
       '2024-03'::timex::text AS as_text;

-- Binary I/O round trip through COPY, and the wire form (version byte first).
CREATE TEMP TABLE tx (v claimlens.timex);
INSERT INTO tx VALUES ('2024-03-25'), ('2024-W13'), ('198X;START'), ('2024-03-28T10:15:00+02:00'),
                      ('2022/2024'), ('2023-WI');
SELECT current_setting('data_directory') || '/claimlens_regress_timex.bin' AS binfile \gset
COPY tx TO :'binfile' WITH (FORMAT binary);
CREATE TEMP TABLE tx2 (v claimlens.timex);
COPY tx2 FROM :'binfile' WITH (FORMAT binary);
SELECT (SELECT array_agg(v ORDER BY v) FROM tx) = (SELECT array_agg(v ORDER BY v) FROM tx2) AS binary_round_trip;
SELECT v, encode(timex_send(v), 'hex') AS wire FROM tx ORDER BY v;

-- A btree index serves ordering and equality; a GiST index on the
-- daterange cast serves overlap queries.
CREATE TEMP TABLE mentions AS
SELECT g AS id, (date '2000-01-01' + g)::timex AS value FROM generate_series(0, 9999) g;
CREATE INDEX mentions_value ON mentions (value);
CREATE INDEX mentions_days ON mentions USING gist ((value::daterange));
ANALYZE mentions;
EXPLAIN (COSTS OFF) SELECT id FROM mentions WHERE value = '2010-05-01';
EXPLAIN (COSTS OFF) SELECT id FROM mentions WHERE value::daterange && '2024-03'::timex::daterange;
SELECT count(*) FROM mentions WHERE value::daterange && '2024-03'::timex::daterange;
SELECT count(*) FROM mentions WHERE value <@ '2024-03'::timex;

-- Durations: a length of time, not a span of days.
SELECT v::timex AS value, grain(v::timex), lower(v::timex), v::timex::daterange AS days,
       v::timex && '2024'::timex AS overlaps_2024
FROM (VALUES ('P3D'), ('PT5M'), ('PXY'), ('P1DE'), ('P2W')) t(v);
SELECT v FROM (VALUES ('P3D'::timex), ('2024'), ('PT5M'), ('P1Y'), ('1999-12-31')) t(v) ORDER BY v;
SELECT 'P3X'::timex;
