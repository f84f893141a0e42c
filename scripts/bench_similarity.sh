#!/usr/bin/env bash
# Similarity benchmark (issue 5): docsig() throughput beside md5 and
# to_tsvector on the Reuters corpus, then near-duplicate search over
# generated articles (test/bench/gen_articles.c: Reuters stories in families
# of rewrites of known strength) with the docsig GIN index, the docsig GiST
# index and the approximate claimlens_lsh index (bare k-nearest form, with
# its recall), a sequential scan of docsig, and pg_trgm's GIN
# index on the bodies: latency (median, p95),
# index build time and size, and index recall against a sequential scan.
#
#   CLAIMLENS_CORPUS     Reuters TSV (default ../shared/corpus/reuters21578.tsv)
#   CLAIMLENS_BENCH_N    generated articles (default 100000)
#   CLAIMLENS_BENCH_Q    query articles for the index (default 200)
#   CLAIMLENS_BENCH_QSLOW query articles for seq scan and pg_trgm (default 10)
#   CLAIMLENS_BENCH_QKNN query articles for the bare k-nearest form, GiST (default 20)
#   CLAIMLENS_BENCH_QTRUTH query articles for the sequential-scan truth of the
#                        bare k-nearest form, and recall of claimlens_lsh (default 200)
#   CLAIMLENS_BENCH_TRGM 0 to leave out pg_trgm's index and searches (the slowest part)
#   CLAIMLENS_BENCH_1M   1 to add the 1,000,000-article run (several minutes)
#
# Latencies are measured inside the server (clock_timestamp around EXECUTE in
# PL/pgSQL, planning included, no client round trip), one backend, no JIT,
# no parallel workers.  Run it alone: `make bench-similarity`.
set -euo pipefail
export LC_ALL=C PGCLIENTENCODING=UTF8

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
repo=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CLAIMLENS_CORPUS:-$repo/../shared/corpus/reuters21578.tsv}
if [ ! -r "$corpus" ]; then
	echo "bench_similarity: corpus not found: $corpus (set CLAIMLENS_CORPUS)" >&2
	exit 1
fi
[ -x "$repo/build/gen_articles" ] || make -s -C "$repo" build/gen_articles
export CLAIMLENS_CORPUS=$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")
export CLAIMLENS_GEN=$repo/build/gen_articles
export CLAIMLENS_N=${CLAIMLENS_BENCH_N:-100000}
nq=${CLAIMLENS_BENCH_Q:-200}
nseq=${CLAIMLENS_BENCH_QSLOW:-10}
nknn=${CLAIMLENS_BENCH_QKNN:-20}
ntruth=${CLAIMLENS_BENCH_QTRUTH:-200}
trgm=$([ "${CLAIMLENS_BENCH_TRGM:-1}" = 0 ] && echo false || echo true)
big=$([ "${CLAIMLENS_BENCH_1M:-0}" = 1 ] && echo true || echo false)

cd "$repo"
CLAIMLENS_PG_OPTIONS="${CLAIMLENS_PG_OPTIONS:-} -c shared_buffers=2GB -c work_mem=64MB -c max_wal_size=8GB" \
	bash scripts/pg_cluster.sh \
	"$("$PG_CONFIG" --bindir)/psql" -X -q -v n="$CLAIMLENS_N" -v nq="$nq" -v nseq="$nseq" -v nknn="$nknn" -v ntruth="$ntruth" -v trgm="$trgm" -v big="$big" \
	-f "$repo/test/bench/similarity.sql"
