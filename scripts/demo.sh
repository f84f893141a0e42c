#!/usr/bin/env bash
# The claimlens demo: install what is missing, build, start a throwaway
# PostgreSQL 15 cluster with the extension, load the sample corpus and print
# what claimlens finds in it.  Nothing is left running afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
make -s PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config >/dev/null
mkdir -p build/demo
bash scripts/pg_cluster.sh psql -X -q -v ON_ERROR_STOP=1 -f scripts/demo_report.sql
# The derivation graph: DOT always, SVG where Graphviz is installed.
if command -v dot >/dev/null 2>&1; then
	dot -Tsvg build/demo/provenance.dot -o build/demo/provenance.svg
	echo "Derivation graph drawn: build/demo/provenance.svg"
else
	echo "Graphviz is not installed: build/demo/provenance.dot is left for 'dot -Tsvg'."
fi
