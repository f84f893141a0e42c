#!/usr/bin/env bash
# Side-row comparison: tracks the same articles with this checkout and with
# another revision (default: the merge base with main) and diffs the four side tables
# (tracked_articles, entity_mentions, date_mentions, claim_mentions), dumped
# in a fixed order.  Any difference fails.  The articles: the sample corpus
# (data/sample_corpus.sql) analysed by analyze(), the seed articles
# (scripts/seed_articles.sql) inserted through the trigger, the Reuters
# stories ($CLAIMLENS_CORPUS, else ../shared/corpus/reuters21578.tsv), the
# first half through the trigger and the rest by analyze(), a tenth with no
# publication time (so the body's own stamp anchors the dates), then UPDATEs
# of some of them, and the first 500 again with claimlens.date_order = 'dmy'.
#
#   scripts/compare_tracking.sh [REVISION]   (default: where this branch left main)
#   CLAIMLENS_COMPARE_STORIES   how many Reuters stories (default all)
set -euo pipefail
export LC_ALL=C PGCLIENTENCODING=UTF8

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
PGBIN=$("$PG_CONFIG" --bindir)
repo=$(cd "$(dirname "$0")/.." && pwd)

if [ "${1:-}" = inside ]; then
	# ---- inside a throwaway cluster: load, track, dump to $2 -------------
	out=$2
	psql() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }
	export PGOPTIONS="-c client_min_messages=warning"
	cd "$repo"
	psql -c 'CREATE EXTENSION claimlens' >/dev/null
	psql -f data/sample_corpus.sql >/dev/null
	psql -c "SELECT claimlens.track('sample_articles', 'id', 'body', 'published_at', 'outlet')" >/dev/null
	psql -c "CALL claimlens.analyze('sample_articles')" 2>/dev/null
	psql -c "CREATE TABLE seed_articles_t (id text PRIMARY KEY, outlet text, published_at timestamptz, body text)" \
		-c "SELECT claimlens.track('seed_articles_t', 'id', 'body', 'published_at', 'outlet')" >/dev/null
	psql -f scripts/seed_articles.sql >/dev/null
	psql -c "INSERT INTO seed_articles_t SELECT id, outlet, published_at, body FROM seed_articles" >/dev/null
	psql <<SQL >/dev/null
CREATE TABLE reuters (id int, published_at text, title text, body text);
\copy reuters FROM '$CLAIMLENS_CORPUS' WITH (FORMAT text, HEADER true)
CREATE TABLE news (id int PRIMARY KEY, published timestamp, outlet text, body text);
SELECT claimlens.track('news', 'id', 'body', 'published', 'outlet');
CREATE TEMP VIEW stories AS
SELECT id, CASE WHEN id % 10 = 3 THEN NULL ELSE published_at::timestamptz AT TIME ZONE 'UTC' END AS published,
       'outlet ' || (id % 7) AS outlet, title || E'\n\n' || body AS body
FROM reuters WHERE length(body) > 0 ORDER BY id LIMIT ${CLAIMLENS_COMPARE_STORIES:-100000};
SELECT claimlens.untrack('news');
INSERT INTO news SELECT * FROM stories WHERE id % 2 = 0;
SELECT claimlens.track('news', 'id', 'body', 'published', 'outlet');
INSERT INTO news SELECT * FROM stories WHERE id % 2 = 1;
CALL claimlens.analyze('news', 500);
UPDATE news SET body = body || E'\n\nThe company said on Friday it expects 12 pct growth by June.' WHERE id % 13 = 0;
UPDATE news SET published = published + interval '40 days' WHERE id % 17 = 0;
DELETE FROM news WHERE id % 19 = 0;
SET claimlens.date_order = 'dmy';
CREATE TABLE news_dmy (LIKE news INCLUDING ALL);
SELECT claimlens.track('news_dmy', 'id', 'body', 'published', 'outlet');
INSERT INTO news_dmy SELECT * FROM stories LIMIT 500;
SQL
	{
		psql -At -c "SELECT source, count(*) FROM claimlens.tracked_articles GROUP BY 1 ORDER BY 1"
		for t in tracked_articles entity_mentions date_mentions claim_mentions; do
			case $t in tracked_articles) order="source::text, article" ;; *) order="source::text, article, n" ;; esac
			echo "== $t"
			psql -c "COPY (SELECT * FROM claimlens.$t ORDER BY $order) TO STDOUT"
		done
	} >"$out"
	exit 0
fi

corpus=${CLAIMLENS_CORPUS:-$repo/../shared/corpus/reuters21578.tsv}
[ -r "$corpus" ] || { echo "compare_tracking: corpus not found: $corpus (set CLAIMLENS_CORPUS)" >&2; exit 1; }
export CLAIMLENS_CORPUS=$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")
rev=${1:-$(git -C "$repo" merge-base HEAD main)}
work=$(mktemp -d "${TMPDIR:-/tmp}/claimlens-compare.XXXXXX")
chmod 755 "$work"
cleanup() {
	git -C "$repo" worktree remove --force "$work/ref" >/dev/null 2>&1 || true
	rm -rf "$work"
}
[ -n "${CLAIMLENS_COMPARE_KEEP:-}" ] || trap cleanup EXIT
git -C "$repo" worktree add --detach "$work/ref" "$rev" >/dev/null 2>&1
# The seeds are read relative to the checkout: the reference sees the same ones.
[ -d "$repo/../shared" ] && ln -s "$(cd "$repo/.." && pwd)/shared" "$work/shared"
cp "$0" "$work/ref/scripts/compare_tracking.sh"
dump() {	# dump CHECKOUT FILE
	touch "$2" && chmod 666 "$2"
	bash "$1/scripts/pg_cluster.sh" bash "$1/scripts/compare_tracking.sh" inside "$2"
}
echo "compare_tracking: $rev"
dump "$work/ref" "$work/before.txt"
echo "compare_tracking: this checkout"
dump "$repo" "$work/after.txt"
head -n 20 "$work/after.txt" | sed -n '/^[a-z_]*|[0-9]*$/p' | sed 's/^/articles per table: /'
for t in tracked_articles entity_mentions date_mentions claim_mentions; do
	printf '%-17s %8d rows\n' "$t" "$(sed -n "/^== $t\$/,/^== /p" "$work/after.txt" | grep -vc '^== ')"
done
if cmp -s "$work/before.txt" "$work/after.txt"; then
	echo "compare_tracking: identical ($(wc -c <"$work/after.txt") bytes, sha256 $(sha256sum "$work/after.txt" | cut -c1-16))"
else
	diff "$work/before.txt" "$work/after.txt" | head -n 40
	echo "compare_tracking: DIFFERENT"
	exit 1
fi
