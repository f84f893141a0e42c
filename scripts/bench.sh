#!/usr/bin/env bash
# make bench: throughput of claimlens on the shared Reuters-21578 corpus, in
# the core outside the server (build/core_bench) and through SQL on a
# throwaway PostgreSQL 15 cluster (scripts/pg_cluster.sh), side by side.
#
# Corpus: $CLAIMLENS_CORPUS, else <repo>/../shared/corpus/reuters21578.tsv
# (COPY text format with a header; it is read in place, never copied).
#
# Method (all figures use MB = 10^6 bytes of body text, sum(octet_length(body))):
#  - core: build/core_bench, best of CLAIMLENS_BENCH_PASSES (10) passes over
#    all bodies (round robin) after one untimed warm-up pass; clean() gets a
#    fresh buffer per body as the server glue does; entities() runs with the
#    built-in gazetteer read from the generated src/sql/0.2/30_entities_data.sql,
#    and so do claims() and claim_key().  The claim_key row times claims() plus
#    claim_key() of every claim (anchored at the story's date): its MB/s is of
#    body bytes, so claim_key alone costs the difference to the claims row.
#  - server: one psql session, max_parallel_workers_per_gather = 0 (one core),
#    jit = off.  Every query aggregates over all rows so that each function is
#    evaluated once per article and only one row is sent back; scalar
#    functions are wrapped in count(f(body)), which evaluates f without any
#    further work (no ::text casts, no length() of the result).  The queries
#    run in CLAIMLENS_BENCH_RUNS (7) rounds, round robin; the first round is a
#    warm-up (shared buffers, catalog caches, loading claimlens.so) and the
#    best time of the other rounds counts; the median is shown beside it.
#    Times are psql's \timing (client round trip; planning and the single
#    result row are negligible here).
#  - net time = query time - time of the scan baseline
#    SELECT sum(octet_length(body)), which reads every row but does not
#    detoast (octet_length only reads the varlena header).  So net times
#    include detoasting/decompressing the body, which every real function
#    (md5, to_tsvector, claimlens.*) must do; the "length" row shows what
#    detoasting plus a trivial pass over the text costs.
#  - server MB/s = body bytes / net time; us/article = net time / articles;
#    "x to_tsvector" = net time of to_tsvector / net time of the function
#    (how many times faster than to_tsvector('english', body));
#    core/server = core MB/s / server MB/s.
#
# The outputs of both sides are cross-checked (body bytes, characters of
# clean(), sentence count, stamps found, shingles of docsig()); a mismatch is
# reported as a warning.
set -euo pipefail
export LC_ALL=C PGCLIENTENCODING=UTF8

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
repo=$(cd "$(dirname "$0")/.." && pwd)
self="$repo/scripts/bench.sh"
runs=${CLAIMLENS_BENCH_RUNS:-7}
passes=${CLAIMLENS_BENCH_PASSES:-10}

fail() {
	echo "claimlens bench: $*" >&2
	exit 1
}

# label|query — the scan baseline must stay first.
queries=(
	"scan|SELECT sum(octet_length(body)) FROM articles"
	"length|SELECT sum(length(body)) FROM articles"
	"md5|SELECT count(md5(body)) FROM articles"
	"to_tsvector|SELECT count(to_tsvector('english', body)) FROM articles"
	"clean|SELECT count(claimlens.clean(body)) FROM articles"
	"sentences|SELECT count(*) FROM articles, LATERAL claimlens.sentences(body)"
	"published_at|SELECT count(claimlens.published_at(body)) FROM articles"
	"dates|SELECT count(*) FROM articles, LATERAL claimlens.dates(body, published_at)"
	"docsig|SELECT count(claimlens.docsig(body)) FROM articles"
	"entities|SELECT count(*) FROM articles, LATERAL claimlens.entities(body)"
	"claims|SELECT count(*) FROM articles, LATERAL claimlens.claims(body)"
	"claim_key|SELECT count(claimlens.claim_key(c.claim, a.published_at)) FROM articles a, LATERAL claimlens.claims(a.body) c"
)

# ---- inside the throwaway cluster: load the corpus, run the timed queries --
if [ "${1:-}" = "--server" ]; then
	corpus=$2
	psql=("$("$PG_CONFIG" --bindir)/psql" -X -q -A -t -v ON_ERROR_STOP=1)

	"${psql[@]}" <<-'SQL'
		CREATE EXTENSION claimlens;
		CREATE TABLE articles (id int PRIMARY KEY, published_at timestamptz, title text, body text);
	SQL
	# Fed on stdin so that any path works (\copy cannot take psql variables).
	"${psql[@]}" -c "\\copy articles FROM pstdin WITH (FORMAT text, HEADER true)" <"$corpus"
	"${psql[@]}" -c "VACUUM ANALYZE articles"

	{
		echo "SET max_parallel_workers_per_gather = 0;"
		echo "SET jit = off;"
		echo "\\pset pager off"
		echo "\\echo @@ info rows"
		echo "SELECT count(*) FROM articles;"
		echo "\\echo @@ info bytes"
		echo "SELECT sum(octet_length(body)) FROM articles;"
		echo "\\echo @@ info chars"
		echo "SELECT sum(length(body)) FROM articles;"
		echo "\\echo @@ info null_bodies"
		echo "SELECT count(*) FROM articles WHERE body IS NULL;"
		echo "\\echo @@ info compressed"
		echo "SELECT count(*) FROM articles WHERE pg_column_compression(body) IS NOT NULL;"
		echo "\\echo @@ info table_mb"
		echo "SELECT round(pg_table_size('articles') / 1e6, 1);"
		echo "\\echo @@ info clean_out_chars"
		echo "SELECT sum(length(claimlens.clean(body))) FROM articles;"
		echo "\\echo @@ info docsig_shingles"
		echo "SELECT sum(claimlens.shingles(claimlens.docsig(body))) FROM articles;"
		echo "\\timing on"
		# Round robin, so that a burst of noise from other processes on the
		# machine hits one run of several queries, not every run of one.
		for ((r = 1; r <= runs; r++)); do
			for q in "${queries[@]}"; do
				echo "\\echo @@ ${q%%|*} $r"
				echo "${q#*|};"
			done
		done
	} | "${psql[@]}"
	exit 0
fi

# ---- outside: checks, the core benchmark, the cluster, the report ---------
[ "$#" -eq 0 ] || fail "usage: scripts/bench.sh   (no arguments; see the comment at its top)"
[[ "$runs" =~ ^[0-9]+$ ]] && [ "$runs" -ge 2 ] || fail "CLAIMLENS_BENCH_RUNS must be an integer >= 2 (got '$runs')"
[[ "$passes" =~ ^[0-9]+$ ]] && [ "$passes" -ge 1 ] || fail "CLAIMLENS_BENCH_PASSES must be an integer >= 1 (got '$passes')"

corpus=${CLAIMLENS_CORPUS:-$repo/../shared/corpus/reuters21578.tsv}
if [ ! -f "$corpus" ] || [ ! -r "$corpus" ]; then
	fail "corpus not found or not readable: $corpus
(expected the shared Reuters-21578 TSV there; set CLAIMLENS_CORPUS to its path)"
fi
corpus=$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")
# the core benchmark built from the sources as they are now, not a stale binary
make -s -C "$repo" build/core_bench >/dev/null || fail "could not build build/core_bench (see make's output above)"
[ -x "$PG_CONFIG" ] || fail "pg_config not found at $PG_CONFIG (set PG_CONFIG)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimlens-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

cd "$repo"
echo "== corpus: $corpus ($(wc -c <"$corpus") bytes)"
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown), $(nproc) CPUs"
echo "== core, outside the server: build/core_bench (best of $passes passes)"
gazetteer_sql=src/sql/0.2/30_entities_data.sql
[ -f "$gazetteer_sql" ] || fail "$gazetteer_sql is missing; run 'make bench' rather than this script"
if ! ./build/core_bench "$corpus" "$passes" "$gazetteer_sql" >"$tmp/core.out"; then
	cat "$tmp/core.out"
	fail "build/core_bench failed"
fi
cat "$tmp/core.out"

echo "== server: PostgreSQL 15 throwaway cluster, one backend, $runs rounds of queries (first = warm-up)"
if ! bash scripts/pg_cluster.sh bash "$self" --server "$corpus" >"$tmp/server.out"; then
	cat "$tmp/server.out"
	fail "the server side failed (see the messages above)"
fi

# Turn psql's output into "server LABEL RUN VALUE MS" / "info KEY VALUE" lines.
awk '
	/^@@ / { label = $2; run = $3; value = ""; next }
	/^Time: / { printf "server %s %s %s %s\n", label, run, value, $2; next }
	/^@@/ { next }
	label == "info" { printf "info %s %s\n", run, $0; label = ""; next }
	label != "" && value == "" { value = $0; next }
' "$tmp/server.out" >"$tmp/server.parsed"

for q in "${queries[@]}"; do
	l=${q%%|*}
	n=$(awk -v l="$l" '$1 == "server" && $2 == l' "$tmp/server.parsed" | wc -l)
	[ "$n" -eq "$runs" ] || {
		cat "$tmp/server.out"
		fail "expected $runs timings for '$l', parsed $n (psql output above)"
	}
done

awk '
	function get(key, src) { return (src SUBSEP key) in kv ? kv[src, key] : "" }
	function warn(msg) { printf "WARNING: %s\n", msg; warnings++ }
	function check(what, core, server) {
		if (core == "" || server == "") return
		if (core + 0 == server + 0) printf "  %-24s %12s  (core and server agree)\n", what, server
		else warn(sprintf("%s: core %s, server %s", what, core, server))
	}
	# Median of the timed runs of label l (the warm-up run excluded).
	function median(l,    m, k, j, t, v) {
		m = split(timed[l], v, " ")
		for (k = 2; k <= m; k++)
			for (j = k; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
		return m % 2 ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
	}
	function note_spread(what, best, med) {
		if (best > 0 && med / best > spread) { spread = med / best; spread_what = what }
	}
	FNR == 1 { file++ }
	file == 1 && $1 == "core" { kv["core", $2] = $3; next }
	file == 2 && $1 == "info" { kv["info", $2] = $3; next }
	file == 2 && $1 == "server" {
		l = $2; r = $3
		result[l] = $4
		times[l] = times[l] sprintf(" %.1f", $5)
		if (r > 1) {
			timed[l] = timed[l] " " $5
			if (!(l in best) || $5 < best[l]) best[l] = $5
		}
		next
	}
	END {
		spread = 1
		rows = get("rows", "info"); bytes = get("bytes", "info")
		printf "\nserver corpus: %s articles, %s body bytes, %s characters, %s bodies compressed by TOAST, table %s MB\n",
			rows, bytes, get("chars", "info"), get("compressed", "info"), get("table_mb", "info")
		printf "\n%-14s %10s %10s %10s  %s\n", "query", "result", "best ms", "median ms", "every run in ms (the first is the warm-up)"
		n = split("scan length md5 to_tsvector clean sentences published_at dates docsig entities claims claim_key", order, " ")
		for (i = 1; i <= n; i++) {
			l = order[i]
			med[l] = median(l)
			if (l != "scan") note_spread("server " l, best[l], med[l])
			printf "%-14s %10s %10.1f %10.1f %s\n", l, result[l], best[l], med[l], times[l]
		}
		n = split("clean clean_reuse sentences published_at dates docsig entities claims claim_key", order, " ")
		for (i = 1; i <= n; i++)
			note_spread("core " order[i], get(order[i] "_ms", "core"), get(order[i] "_median_ms", "core"))

		print "\nchecks:"
		check("body bytes", get("bytes", "core"), bytes)
		check("articles", get("articles", "core"), rows)
		check("characters of clean()", get("clean_out_chars", "core"), get("clean_out_chars", "info"))
		check("sentences", get("sentences_count", "core"), result["sentences"])
		check("published_at found", get("published_at_found", "core"), result["published_at"])
		check("dates found", get("dates_found", "core"), result["dates"])
		check("shingles of docsig()", get("docsig_shingles", "core"), get("docsig_shingles", "info"))
		check("entities found", get("entities_found", "core"), result["entities"])
		check("claims found", get("claims_found", "core"), result["claims"])

		scan = best["scan"]
		tsv = best["to_tsvector"] - scan
		printf "\nThroughput on one core, best runs (MB = 10^6 body bytes; server times net of the %.1f ms scan baseline):\n\n", scan
		printf "%-14s | %15s | %10s | %13s | %14s | %17s\n", "function", "MB/s in server", "us/article", "x to_tsvector", "core MB/s", "core/server ratio"
		printf "%-14s-+-%15s-+-%10s-+-%13s-+-%14s-+-%17s\n", "--------------", "---------------", "----------", "-------------", "--------------", "-----------------"
		n = split("length md5 to_tsvector clean sentences published_at dates docsig entities claims claim_key", order, " ")
		for (i = 1; i <= n; i++) {
			l = order[i]
			net = best[l] - scan
			core = get(l, "core")
			if (net <= 0) {
				printf("%-14s | %15s | %10s | %13s | %14s | %17s\n", l, "n/a (< scan)", "n/a", "n/a", (core == "" ? "-" : core), "-")
				continue
			}
			mbs = bytes / (net / 1000) / 1e6
			printf("%-14s | %15.1f | %10.2f | %12.1fx | %14s | %17s\n", l, mbs,
				net * 1000 / rows, (tsv > 0 ? tsv / net : 0),
				(core == "" ? "-" : sprintf("%.1f", core)),
				(core == "" ? "-" : sprintf("%.2fx", core / mbs)))
		}
		print ""
		print "length = detoast + count characters (what any function pays to read the body);"
		print "x to_tsvector = how many times faster than to_tsvector(\047english\047, body)."
		printf "core clean() with one reused buffer instead of a fresh one per body: %s MB/s\n", get("clean_reuse", "core")
		if (result["sentences"] > 0)
			printf "sentences: %.2f us per sentence in the server, %.2f in the core\n",
				(best["sentences"] - scan) * 1000 / result["sentences"],
				get("sentences_ms", "core") * 1000 / result["sentences"]
		if (spread > 1.25)
			printf "NOTE: noisy machine: the median run was up to %.0f%% slower than the best (%s); compare figures across runs with care\n",
				(spread - 1) * 100, spread_what
		if (warnings) printf "\n%d check(s) failed: core and server disagree (see WARNING lines above)\n", warnings
	}
' "$tmp/core.out" "$tmp/server.parsed"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
