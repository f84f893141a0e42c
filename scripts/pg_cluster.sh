#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL 15 cluster with claimlens
# installed in it:  scripts/pg_cluster.sh COMMAND [ARGS...]
#
# The extension is installed under the cluster's own directory (Debian's
# extension_destdir), so nothing under /usr is touched.  The server runs as an
# unprivileged user (postgres when started by root, since the server refuses
# root) on a private Unix socket, and is stopped and removed when the command
# ends, fails or is interrupted.  The command sees PGHOST, PGPORT, PGUSER and
# PGDATABASE; its exit status is the script's.
set -euo pipefail

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
PGBIN=$("$PG_CONFIG" --bindir)
repo=$(cd "$(dirname "$0")/.." && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimlens-pg.XXXXXX")
chmod 755 "$tmp"
if [ "$(id -u)" -eq 0 ]; then
	owner=postgres
	as_owner() { (cd / && runuser -u postgres -- "$@"); }
else
	owner=$(id -un)
	as_owner() { "$@"; }
fi

cleanup() {
	if [ -f "$tmp/data/postmaster.pid" ]; then
		as_owner "$PGBIN/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

make -s -C "$repo" install DESTDIR="$tmp/inst" PG_CONFIG="$PG_CONFIG" >/dev/null
mkdir -p "$tmp/data" "$tmp/sock"
[ "$owner" = "$(id -un)" ] || chown "$owner" "$tmp/data" "$tmp/sock"

as_owner "$PGBIN/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 \
	--locale=C.UTF-8 --no-sync >"$tmp/initdb.log" 2>&1 || {
	cat "$tmp/initdb.log" >&2
	exit 1
}

port=$((20000 + RANDOM % 20000))
if ! as_owner "$PGBIN/pg_ctl" -D "$tmp/data" -l "$tmp/data/server.log" -w -t 60 \
	-o "-p $port -k $tmp/sock -c listen_addresses='' -c fsync=off \
	    -c synchronous_commit=off -c full_page_writes=off \
	    -c extension_destdir=$tmp/inst ${CLAIMLENS_PG_OPTIONS:-}" start >/dev/null; then
	cat "$tmp/data/server.log" >&2
	exit 1
fi

export PGHOST="$tmp/sock" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
export CLAIMLENS_SERVER_LOG="$tmp/data/server.log"
status=0
"$@" || status=$?
if grep -q "terminated by signal" "$tmp/data/server.log"; then
	echo "claimlens: a backend crashed during the run:" >&2
	grep -B2 -A2 "terminated by signal" "$tmp/data/server.log" >&2
	[ "$status" -ne 0 ] || status=1
fi
exit "$status"
