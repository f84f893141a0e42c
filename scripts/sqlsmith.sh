#!/usr/bin/env bash
# Random SQL over claimlens's surface: sqlsmith against a throwaway cluster
# with the sample corpus loaded and tracked, plus a table of every claimlens
# type.  Any backend crash fails the run (scripts/pg_cluster.sh reads the
# server log).  Usage: scripts/sqlsmith.sh [QUERIES (default 2000)] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
queries=${1:-2000}
seed=${2:-$$}
command -v sqlsmith >/dev/null || { echo "sqlsmith is not installed (apt-get install sqlsmith)" >&2; exit 1; }
make -s PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config >/dev/null
# shellcheck disable=SC2016
exec bash scripts/pg_cluster.sh bash -c '
	set -euo pipefail
	psql -X -q -v ON_ERROR_STOP=1 <<SQL >/dev/null
CREATE EXTENSION claimlens;
\i data/sample_corpus.sql
SELECT claimlens.track('"'"'sample_articles'"'"', '"'"'id'"'"', '"'"'body'"'"', '"'"'published_at'"'"', '"'"'outlet'"'"');
CALL claimlens.analyze('"'"'sample_articles'"'"');
CREATE TABLE typed AS
SELECT a.id, claimlens.docsig(a.body) AS sig, d.value AS value, a.body
FROM sample_articles a, LATERAL claimlens.dates(a.body, a.published_at) d;
ANALYZE;
SQL
	sqlsmith --target="host=$PGHOST port=$PGPORT dbname=$PGDATABASE user=$PGUSER options='"'"'-c statement_timeout=2000 -c search_path=public,claimlens'"'"'" \
		--max-queries='"$queries"' --seed='"$seed"' --exclude-catalog --verbose >"${TMPDIR:-/tmp}/sqlsmith.log" 2>&1 || true
	tail -n 12 "${TMPDIR:-/tmp}/sqlsmith.log"
	if grep -q "terminated by signal" "$CLAIMLENS_SERVER_LOG"; then
		grep -B2 -A8 "terminated by signal" "$CLAIMLENS_SERVER_LOG" | head -40
		exit 1
	fi
	echo "sqlsmith: '"$queries"' queries (seed '"$seed"'), no backend crash"
'
