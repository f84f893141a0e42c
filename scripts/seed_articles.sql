-- Loads the five seed articles (one event told by five outlets) from
-- ../shared/seeds beside the clone into table seed_articles, with the
-- publication times the demo and the provenance tests assume.  The texts are
-- read at run time and never stored in the project; a missing file leaves its
-- row out.  Run from the repository root (psql's backticks run there).
--
-- Publication times: 000 carries "date 2024-03-27" in its first line and is
-- placed that day; 004 ends with its own stamp 2024-03-28T01:27:19Z; 002 is
-- the later near-copy of 004; 001 and 003 follow during the day.
CREATE TABLE seed_articles (
	id           text PRIMARY KEY,
	outlet       text NOT NULL,
	published_at timestamptz NOT NULL,
	body         text NOT NULL
);
\set s000 `cat ../shared/seeds/000_5477ddfa82d333b0.txt 2>/dev/null || true`
\set s001 `cat ../shared/seeds/001_748d3fe9804604d3.txt 2>/dev/null || true`
\set s002 `cat ../shared/seeds/002_d62285dfec955f1d.txt 2>/dev/null || true`
\set s003 `cat ../shared/seeds/003_f734ce024505e02f.txt 2>/dev/null || true`
\set s004 `cat ../shared/seeds/004_dcec4db59fe00a43.txt 2>/dev/null || true`
INSERT INTO seed_articles (id, outlet, published_at, body)
SELECT id, outlet, published_at::timestamptz, body
FROM (VALUES
	('000_5477ddfa82d333b0', 'outlet-000', '2024-03-27 16:00:00+00', :'s000'),
	('001_748d3fe9804604d3', 'outlet-001', '2024-03-28 06:40:00+00', :'s001'),
	('002_d62285dfec955f1d', 'outlet-002', '2024-03-28 04:15:00+00', :'s002'),
	('003_f734ce024505e02f', 'outlet-003', '2024-03-28 09:05:00+00', :'s003'),
	('004_dcec4db59fe00a43', 'outlet-004', '2024-03-28 01:27:19+00', :'s004')
) AS s(id, outlet, published_at, body)
WHERE length(body) > 0;
