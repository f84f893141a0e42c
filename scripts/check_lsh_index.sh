#!/usr/bin/env bash
# claimlens_lsh under concurrent writers and a crash, on a throwaway cluster:
#   bash scripts/pg_cluster.sh bash scripts/check_lsh_index.sh
#
# Three sessions insert rows at once into a table whose index has only 64
# buckets (so that they append to the same chains all the time) while a
# fourth deletes rows and runs VACUUM, which moves entries and frees pages.
# Then every live row must be found through the index with its own
# signature (it shares all 32 keys with itself), and the 20 nearest rows of
# sample queries must be those of a sequential scan down to similarity 0.7.
# The server is then stopped with -m immediate (no checkpoint) and started
# again: WAL replay must give the same index, which must also take inserts;
# an unlogged table's index comes back empty and usable.
set -euo pipefail
: "${CLAIMLENS_SERVER_LOG:?run under scripts/pg_cluster.sh}"
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
PGBIN=$("$PG_CONFIG" --bindir)
data=$(dirname "$CLAIMLENS_SERVER_LOG")
psql=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -At)

# Families of 8 near-identical texts of 60 random words (one word differs).
rows() { # first last
	echo "INSERT INTO t SELECT g, claimlens.docsig(string_agg(CASE WHEN i = g % 8 * 7 THEN 'w' || g ELSE md5(((g / 8) * 100 + i)::text) END, ' ' ORDER BY i))
	      FROM generate_series($1, $2) g, generate_series(1, 60) i GROUP BY g;"
}

check() { # label
	local missing plan differ
	plan=$("${psql[@]}" -c "SET enable_seqscan = off; SET enable_bitmapscan = off;
		EXPLAIN (COSTS OFF) SELECT 1 FROM t x WHERE x.sig OPERATOR(claimlens.%) (SELECT sig FROM t LIMIT 1);")
	grep -q 'Index Scan using t_sig' <<<"$plan" || { echo "FAIL $1: the check does not use the index:"; echo "$plan"; exit 1; }
	missing=$("${psql[@]}" -c "SET enable_seqscan = off; SET enable_bitmapscan = off;
		SELECT count(*) FROM t r WHERE NOT EXISTS (
		    SELECT 1 FROM t x WHERE x.sig OPERATOR(claimlens.%) r.sig AND x.id + 0 = r.id);")
	differ=$("${psql[@]}" -c "
		CREATE TEMP TABLE via_index AS SELECT q.id AS q, ARRAY(
		    SELECT id FROM (SELECT x.id, x.sig OPERATOR(claimlens.<->) q.sig AS d FROM t x
		                    ORDER BY x.sig OPERATOR(claimlens.<->) q.sig LIMIT 20) n WHERE d <= 0.3 ORDER BY d, id) AS ids
		FROM t q WHERE q.id % 97 = 0;
		SET enable_indexscan = off; SET enable_bitmapscan = off;
		SELECT count(*) FROM via_index v WHERE v.ids <> ARRAY(
		    SELECT id FROM (SELECT x.id, x.sig OPERATOR(claimlens.<->) q.sig AS d FROM t x, t q WHERE q.id = v.q
		                    ORDER BY x.sig OPERATOR(claimlens.<->) q.sig LIMIT 20) n WHERE d <= 0.3 ORDER BY d, id);")
	local n
	n=$("${psql[@]}" -c "SELECT count(*) FROM t")
	echo "$1: $n rows, $missing not found through the index, $differ of the sample queries differ from a sequential scan"
	[ "$missing" = 0 ] && [ "$differ" = 0 ] || { echo "FAIL $1"; exit 1; }
}

"${psql[@]}" -c "CREATE EXTENSION claimlens; CREATE TABLE t (id int, sig claimlens.docsig);"
"${psql[@]}" -c "$(rows 1 2000)"
"${psql[@]}" -c "CREATE INDEX t_sig ON t USING claimlens_lsh (sig) WITH (buckets = 64); ANALYZE t;"

pids=()
for s in 0 1 2; do
	(for k in 0 1 2 3 4 5 6 7; do
		lo=$((10000 + s * 100000 + k * 500))
		"${psql[@]}" -c "$(rows $lo $((lo + 499)))"
	done) &
	pids+=($!)
done
(for k in 1 2 3 4 5 6; do
	"${psql[@]}" -c "DELETE FROM t WHERE id % 13 = $k"
	"${psql[@]}" -c "VACUUM t"
done) &
pids+=($!)
for p in "${pids[@]}"; do wait "$p"; done
"${psql[@]}" -c "VACUUM t"
check "after concurrent inserts, deletes and vacuums"

"${psql[@]}" -c "CREATE UNLOGGED TABLE u (id int, sig claimlens.docsig);
	INSERT INTO u SELECT id, sig FROM t WHERE id < 3000;
	CREATE INDEX u_sig ON u USING claimlens_lsh (sig);"
# committed durably (the throwaway cluster runs with synchronous_commit off),
# so that recovery must replay these rows' index records
"${psql[@]}" -c "SET synchronous_commit = on" -c "$(rows 500000 501999)"
before=$("${psql[@]}" -c "SELECT pg_relation_size('t_sig')")
if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u postgres --); else as_owner=(); fi
(cd / && "${as_owner[@]}" "$PGBIN/pg_ctl" -D "$data" -m immediate -w restart -l "$data/server.log" >/dev/null)
after=$("${psql[@]}" -c "SELECT pg_relation_size('t_sig')")
echo "index size before the crash $before bytes, after recovery $after bytes"
[ "$before" = "$after" ] || { echo "FAIL: the index changed size in recovery"; exit 1; }
check "after a crash and WAL replay"
"${psql[@]}" -c "$(rows 600000 600999)"
check "after inserts following recovery"
unlogged=$("${psql[@]}" -c "SELECT count(*) FROM u;
	INSERT INTO u SELECT id, sig FROM t WHERE id < 3000;
	SET enable_seqscan = off; SET enable_bitmapscan = off;
	SELECT count(*) FROM u r WHERE EXISTS (SELECT 1 FROM u x WHERE x.sig OPERATOR(claimlens.%) r.sig AND x.id + 0 = r.id);" | tr '\n' ' ')
echo "unlogged table after the crash: rows, then rows found through the index after inserting again: $unlogged"
set -- $unlogged
[ "$1" = 0 ] && [ "$2" = "$("${psql[@]}" -c "SELECT count(*) FROM t WHERE id < 3000")" ] || { echo "FAIL unlogged"; exit 1; }
echo "claimlens_lsh check passed"
