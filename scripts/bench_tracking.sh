#!/usr/bin/env bash
# Tracking benchmark (issue 6): CLIENTS pgbench clients (8) insert articles of
# about 3 kB into a table tracked by claimlens.track() for DURATION seconds
# (30), each INSERT analysed by the trigger in its own transaction, once
# with the simple query protocol and once with prepared statements.  Then:
# articles/s, articles/s per core (nproc) and the server's CPU time per
# article of each run, a check that nothing was lost
# (every inserted row has its side rows, and pgbench's transaction count
# equals both), deadlocks and errors in the server log, the same INSERTs into
# an untracked copy of the table for comparison, and what each part of the
# analysis costs per article in one backend.
#
# Articles are Reuters-21578 stories ($CLAIMLENS_CORPUS, else
# ../shared/corpus/reuters21578.tsv, read in place) joined in corpus order
# into articles of at least 3,000 characters, each cut to exactly 3,000.
#
# The server runs with shared_buffers = 512MB in huge pages, as PostgreSQL
# advises for a buffer pool of that size on Linux (scripts/pg_cluster.sh
# reserves them for the run when it runs as root; see README.md, "Huge
# pages").  In 4 kB pages every backend faults the pool into its own page
# tables 4 kB at a time, and on a virtual machine each fault is dear: in
# alternating pairs of runs, 4 kB pages gave 0.69 to 0.88 x the articles/s.
# The first line of output says which the server got.
#
#   CLAIMLENS_BENCH_CLIENTS   clients (default 8)
#   CLAIMLENS_BENCH_SECONDS   duration of each pgbench run (default 30)
#   CLAIMLENS_HUGE_PAGES      0 to run the server in 4 kB pages (default 1)
set -euo pipefail
export LC_ALL=C PGCLIENTENCODING=UTF8

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
PGBIN=$("$PG_CONFIG" --bindir)
repo=$(cd "$(dirname "$0")/.." && pwd)
clients=${CLAIMLENS_BENCH_CLIENTS:-8}
seconds=${CLAIMLENS_BENCH_SECONDS:-30}

if [ "${1:-}" != inside ]; then
	corpus=${CLAIMLENS_CORPUS:-$repo/../shared/corpus/reuters21578.tsv}
	if [ ! -r "$corpus" ]; then
		echo "bench_tracking: corpus not found: $corpus (set CLAIMLENS_CORPUS)" >&2
		exit 1
	fi
	export CLAIMLENS_CORPUS=$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")
	CLAIMLENS_HUGE_PAGES=${CLAIMLENS_HUGE_PAGES:-1} \
	CLAIMLENS_PG_OPTIONS="${CLAIMLENS_PG_OPTIONS:-} -c shared_buffers=512MB -c max_wal_size=4GB -c log_lock_waits=on -c deadlock_timeout=1s -c log_line_prefix='%m [%p] %b: '" \
		exec bash "$repo/scripts/pg_cluster.sh" bash "$0" inside
fi

# ---- inside the throwaway cluster ------------------------------------------
psql() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
work=$(mktemp -d "${TMPDIR:-/tmp}/claimlens-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cores=$(nproc)
echo "server: shared_buffers 512MB, shared memory in pages of $CLAIMLENS_SHARED_MEMORY_PAGES$([ "$CLAIMLENS_SHARED_MEMORY_PAGES" = "4 kB" ] && echo " (no huge pages: see README.md, \"Huge pages\")")"

psql <<SQL
CREATE EXTENSION claimlens;
CREATE TABLE reuters (id int, published_at text, title text, body text);
\copy reuters FROM '$CLAIMLENS_CORPUS' WITH (FORMAT text, HEADER true)
-- stories joined in corpus order into articles of at least 3,000
-- characters, each cut to exactly 3,000
CREATE TABLE pool AS
SELECT row_number() OVER (ORDER BY grp)::int AS n, left(body, 3000) AS body
FROM (SELECT grp, string_agg(body, E'\n\n' ORDER BY id) AS body
      FROM (SELECT id, body, sum(length(body) + 2) OVER (ORDER BY id) / 3000 AS grp
            FROM reuters WHERE length(body) > 0) s
      GROUP BY grp) g
WHERE length(body) >= 3000;
ALTER TABLE pool ADD PRIMARY KEY (n);
CREATE TABLE bench_articles (id bigserial PRIMARY KEY, body text NOT NULL, published timestamptz, outlet text);
CREATE TABLE plain_articles (LIKE bench_articles INCLUDING ALL);
SELECT claimlens.track('bench_articles', 'id', 'body', 'published', 'outlet');
ANALYZE;
-- Touch every page of shared memory once, as on a server that has been up
-- a while: otherwise the first run pays for the kernel's first allocation
-- and zeroing of the buffer pool's pages and the second does not.  (Each
-- new backend still maps the pages it touches into its own page tables.)
CREATE EXTENSION pg_prewarm;
CREATE UNLOGGED TABLE filler (pad text);
ALTER TABLE filler ALTER COLUMN pad SET STORAGE PLAIN;
INSERT INTO filler SELECT repeat('x', 7000)
FROM generate_series(1, (SELECT setting::int + 1000 FROM pg_settings WHERE name = 'shared_buffers'));
SELECT pg_prewarm('filler') > 0 AS prewarmed \gset
DROP TABLE filler;
SQL
read -r pool avg_chars <<<"$(psql -At -F' ' -c "SELECT count(*), round(avg(length(body))) FROM pool")"
echo "articles: $pool distinct bodies of $avg_chars characters (Reuters stories joined in corpus order, cut to 3,000)"

# The outlet is text || text: text || integer is a SQL-language function,
# which the planner inlines by parsing its body again at every plan (2 % of
# a run's CPU time with the simple protocol, spent on the harness, not on
# the trigger).  A client sends the outlet as a value.
cat >"$work/insert.sql" <<'EOF'
\set n random(1, :pool)
INSERT INTO bench_articles (body, published, outlet)
SELECT body, timestamptz '2024-03-01 00:00+00' + (:n % 720) * interval '1 hour', 'outlet ' || (:n % 40)::text
FROM pool WHERE n = :n;
EOF
sed 's/bench_articles/plain_articles/' "$work/insert.sql" >"$work/plain.sql"

run() {	# run SCRIPT PROTOCOL → pgbench output in $work/out
	"$PGBIN/pgbench" -n -c "$clients" -j "$(( clients < cores ? clients : cores ))" -T "$seconds" \
		-M "$2" -D pool="$pool" -f "$1" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }
}
# CPU clock ticks used so far by the server: the postmaster, its live
# children, and the children it has reaped (pgbench's backends, once they exit).
server_ticks() {
	local pm total c
	pm=$(head -1 "$(dirname "$CLAIMLENS_SERVER_LOG")/postmaster.pid")
	total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat")
	for c in $(cat /proc/"$pm"/task/*/children 2>/dev/null); do
		total=$((total + $(awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null || echo 0)))
	done
	echo "$total"
}
tps_of_run() { sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$work/out"; }
committed_of_run() { sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$work/out"; }
failed_of_run() { sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$work/out"; }

# Simple protocol (each INSERT parsed and planned again), then prepared
# statements, as drivers use for an INSERT repeated many times.  Besides
# articles/s per core of the machine (pgbench runs on it too), the server's
# own CPU time per article, which depends less on other load.
# Each run starts from an empty table and empty side tables, so that the
# second does not pay for a larger index.
declare -A tps
for protocol in simple prepared; do
	echo "== $clients clients, ${seconds} s, INSERT through the claimlens trigger, $protocol protocol"
	psql -c "TRUNCATE bench_articles, claimlens.tracked_articles, claimlens.article_mentions" -c "CHECKPOINT"
	log_lines_before=$(wc -l <"$CLAIMLENS_SERVER_LOG")
	t0=$(server_ticks)
	run "$work/insert.sql" "$protocol"
	sleep 1	# the backends exit and are reaped
	t1=$(server_ticks)
	done_tx=$(committed_of_run)
	failed_tx=$(failed_of_run)
	tps[$protocol]=$(tps_of_run)
	read -r rows side missing entities dates claims <<<"$(psql -At -F' ' <<'SQL'
SELECT (SELECT count(*) FROM bench_articles),
       (SELECT count(*) FROM claimlens.tracked_articles WHERE source = 'bench_articles'::regclass),
       (SELECT count(*) FROM bench_articles b WHERE NOT EXISTS
           (SELECT 1 FROM claimlens.tracked_articles a WHERE a.source = 'bench_articles'::regclass AND a.article = b.id::text)),
       (SELECT count(*) FROM claimlens.entity_mentions WHERE source = 'bench_articles'::regclass),
       (SELECT count(*) FROM claimlens.date_mentions WHERE source = 'bench_articles'::regclass),
       (SELECT count(*) FROM claimlens.claim_mentions WHERE source = 'bench_articles'::regclass)
SQL
)"
	deadlocks=$(tail -n +"$((log_lines_before + 1))" "$CLAIMLENS_SERVER_LOG" | grep -c "deadlock detected" || true)
	errors=$(tail -n +"$((log_lines_before + 1))" "$CLAIMLENS_SERVER_LOG" | grep -c "ERROR:" || true)
	# lock waits of the clients' backends, and of the server's own workers
	# (an autovacuum worker's ANALYZE waits for a GIN index's pending list
	# while a backend cleans it up; inserting backends never wait for that)
	waits=$(tail -n +"$((log_lines_before + 1))" "$CLAIMLENS_SERVER_LOG" | grep "still waiting for" | grep -c "client backend:" || true)
	waits_workers=$(tail -n +"$((log_lines_before + 1))" "$CLAIMLENS_SERVER_LOG" | grep "still waiting for" | grep -vc "client backend:" || true)
	echo "transactions committed (pgbench): $done_tx; failed: ${failed_tx:-0}"
	echo "rows in the table: $rows; analysed articles: $side; rows without side rows: $missing; lost: $((done_tx - side))"
	echo "entity mentions: $entities; date mentions: $dates; claims: $claims"
	echo "server log: deadlocks $deadlocks, errors $errors, lock waits over 1 s $waits (and $waits_workers of the server's own workers)"
	# what waited, and on what (the log's own lines, a few at most)
	tail -n +"$((log_lines_before + 1))" "$CLAIMLENS_SERVER_LOG" |
		grep -E "still waiting for|deadlock detected|ERROR:" | head -n 5 | sed 's/^/  log: /' || true
	printf 'tracked, %s protocol: %.0f articles/s, %.0f articles/s per core (%d cores); server CPU %.0f us per article (%.0f articles per server CPU second)\n' \
		"$protocol" "${tps[$protocol]}" "$(echo "${tps[$protocol]} / $cores" | bc -l)" "$cores" \
		"$(echo "($t1 - $t0) * 1000000 / $(getconf CLK_TCK) / $done_tx" | bc -l)" \
		"$(echo "$done_tx * $(getconf CLK_TCK) / ($t1 - $t0)" | bc -l)"
	[ "$missing" -eq 0 ] && [ "$done_tx" -eq "$side" ] && [ "$rows" -eq "$side" ] && [ "$deadlocks" -eq 0 ] \
		&& [ "${failed_tx:-0}" -eq 0 ] || { echo "bench_tracking: FAILED: rows lost, failed transactions or deadlocks"; status=1; }
done

echo "== the same INSERTs into an untracked table"
for protocol in simple prepared; do
	psql -c "TRUNCATE plain_articles" -c "CHECKPOINT"
	run "$work/plain.sql" "$protocol"
	plain_tps=$(tps_of_run)
	printf 'untracked, %s protocol: %.0f articles/s (the trigger keeps %.1f%% of it)\n' "$protocol" "$plain_tps" \
		"$(echo "100 * ${tps[$protocol]} / $plain_tps" | bc -l)"
done

echo "== cost of each part of the analysis, one backend, 1,000 articles (µs per article; per-claim functions summed over the article's claims)"
psql <<'SQL'
SET jit = off;
SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE sample AS SELECT n, body, claimlens.clean(body) AS t FROM pool ORDER BY n LIMIT 1000;
CREATE TEMP TABLE sample_claims AS SELECT c.* FROM sample, claimlens.claims(t) c;
CREATE FUNCTION pg_temp.us(q text, reset text DEFAULT NULL) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; best numeric := NULL; el numeric;
BEGIN
    FOR i IN 1..3 LOOP
        IF reset IS NOT NULL THEN
            EXECUTE reset;
        END IF;
        t0 := clock_timestamp();
        EXECUTE q;
        el := extract(epoch FROM clock_timestamp() - t0) * 1e6 / 1000;
        best := least(coalesce(best, el), el);
    END LOOP;
    RETURN round(best, 1);
END $$;
SELECT part, pg_temp.us(q, r) AS us_per_article FROM (VALUES
    ('clean(body)', 'SELECT count(claimlens.clean(body)) FROM sample', NULL),
    ('docsig(clean text)', 'SELECT count(claimlens.docsig(t)) FROM sample', NULL),
    ('word_count(clean text)', 'SELECT sum(claimlens.word_count(t)) FROM sample', NULL),
    ('sentences(clean text)', 'SELECT count(*) FROM sample, claimlens.sentences(t)', NULL),
    ('entities(clean text)', 'SELECT count(*) FROM sample, claimlens.entities(t)', NULL),
    ('dates(clean text, anchor)', 'SELECT count(*) FROM sample, claimlens.dates(t, timestamptz ''2024-03-01'')', NULL),
    ('claims(clean text)', 'SELECT count(*) FROM sample, claimlens.claims(t)', NULL),
    ('passage_marks(clean text)', 'SELECT count(claimlens.passage_marks(t)) FROM sample', NULL),
    ('claim_key() of each claim', 'SELECT count(claimlens.claim_key(claim, timestamptz ''2024-03-01'')) FROM sample_claims', NULL),
    ('claim_numbers() of each claim', 'SELECT count(claimlens.claim_numbers(claim)) FROM sample_claims', NULL),
    ('source_keys() of each attributed claim', 'SELECT count(claimlens.source_keys(sources)) FROM sample_claims WHERE sources <> ''{}''', NULL),
    ('store_analysis(): all of it, with the side-table inserts',
     'SELECT count(claimlens.store_analysis(''pool''::regclass, n::text, body, timestamptz ''2024-03-01'', ''x'', false)) FROM sample',
     'SELECT claimlens.forget_table(''pool''::regclass)')
) v(part, q, r);
SQL
exit "${status:-0}"
