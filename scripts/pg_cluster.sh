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
#
# CLAIMLENS_VALGRIND=1 runs the server under valgrind's memcheck (through a
# wrapper given to pg_ctl -p), with scripts/valgrind.supp for the server's own
# harmless reports.  Each process logs to the cluster's valgrind/ directory;
# at the end every error found is printed and the script fails.  Expect it to
# be 20 to 50 times slower; tests with tight statement timeouts then differ.
#
# CLAIMLENS_HUGE_PAGES=1 puts the server's shared memory in huge pages, as
# PostgreSQL advises for a large shared_buffers on Linux: every backend then
# maps the buffer pool in 2 MB pages instead of faulting it in 4 kB at a time.
# The pages the server needs (postgres -C shared_memory_size_in_huge_pages)
# are reserved for the run when the machine has too few free ones and the
# script runs as root (vm.nr_hugepages is put back when the cluster is
# removed).  The server starts with huge_pages=try either way, so that it
# still starts, in 4 kB pages, when another process took the pages first.
# CLAIMLENS_HUGE_PAGES=0 starts it with huge_pages=off; unset, the server's
# default (try) applies.  The command sees CLAIMLENS_SHARED_MEMORY_PAGES:
# "2048 kB" when the server got huge pages, "4 kB" when it did not.
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

hugepages_before=
cleanup() {
	if [ -f "$tmp/data/postmaster.pid" ]; then
		as_owner "$PGBIN/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$tmp"
	# the huge pages reserved for this run, given back
	if [ -n "$hugepages_before" ]; then
		echo "$hugepages_before" >/proc/sys/vm/nr_hugepages 2>/dev/null || true
	fi
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

postgres_bin=()
start_wait=60
if [ "${CLAIMLENS_VALGRIND:-0}" = 1 ]; then
	command -v valgrind >/dev/null || {
		echo "claimlens: CLAIMLENS_VALGRIND=1 but valgrind is not installed" >&2
		exit 1
	}
	mkdir -p "$tmp/valgrind"
	[ "$owner" = "$(id -un)" ] || chown "$owner" "$tmp/valgrind"
	cat >"$tmp/postgres-valgrind" <<-WRAPPER
		#!/bin/sh
		exec valgrind --quiet --trace-children=yes --error-limit=no --num-callers=40 \\
			--leak-check=no --read-var-info=no --suppressions=$repo/scripts/valgrind.supp \\
			--log-file=$tmp/valgrind/%p.log "$PGBIN/postgres" "\$@"
	WRAPPER
	chmod 755 "$tmp/postgres-valgrind"
	postgres_bin=(-p "$tmp/postgres-valgrind")
	start_wait=600
fi

huge_pages=
if [ "${CLAIMLENS_HUGE_PAGES:-}" = 0 ]; then
	huge_pages="-c huge_pages=off"
elif [ "${CLAIMLENS_HUGE_PAGES:-}" = 1 ]; then
	huge_pages="-c huge_pages=try"
	# what the server will ask for, with the options it will be started with
	need=$(as_owner sh -c "\"$PGBIN/postgres\" -D \"$tmp/data\" -C shared_memory_size_in_huge_pages ${CLAIMLENS_PG_OPTIONS:-}" 2>/dev/null || echo -1)
	case "$need" in '' | *[!0-9-]*) need=-1 ;; esac
	free_pages=$(awk '/^HugePages_Free:/ {print $2}' /proc/meminfo 2>/dev/null || echo 0)
	if [ "$need" -gt 0 ] && [ "${free_pages:-0}" -lt "$need" ] && [ "$(id -u)" -eq 0 ] &&
		[ -w /proc/sys/vm/nr_hugepages ]; then
		hugepages_before=$(cat /proc/sys/vm/nr_hugepages)
		echo $((hugepages_before + need - free_pages)) >/proc/sys/vm/nr_hugepages 2>/dev/null || true
	fi
fi

port=$((20000 + RANDOM % 20000))
if ! as_owner "$PGBIN/pg_ctl" "${postgres_bin[@]}" -D "$tmp/data" -l "$tmp/data/server.log" -w -t "$start_wait" \
	-o "-p $port -k $tmp/sock -c listen_addresses='' -c fsync=off \
	    -c synchronous_commit=off -c full_page_writes=off \
	    -c extension_destdir=$tmp/inst ${CLAIMLENS_PG_OPTIONS:-} $huge_pages" start >/dev/null; then
	cat "$tmp/data/server.log" >&2
	exit 1
fi

export PGHOST="$tmp/sock" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
export CLAIMLENS_SERVER_LOG="$tmp/data/server.log"
# the page size of the server's main shared memory, from the postmaster's mappings
CLAIMLENS_SHARED_MEMORY_PAGES="4 kB"
if grep -q '^KernelPageSize: *2048 kB' "/proc/$(head -1 "$tmp/data/postmaster.pid")/smaps" 2>/dev/null; then
	CLAIMLENS_SHARED_MEMORY_PAGES="2048 kB"
fi
export CLAIMLENS_SHARED_MEMORY_PAGES
status=0
"$@" || status=$?
if grep -q "terminated by signal" "$tmp/data/server.log"; then
	echo "claimlens: a backend crashed during the run:" >&2
	grep -B2 -A2 "terminated by signal" "$tmp/data/server.log" >&2
	[ "$status" -ne 0 ] || status=1
fi
if [ "${CLAIMLENS_VALGRIND:-0}" = 1 ]; then
	# The server must exit for the last logs to be complete.
	as_owner "$PGBIN/pg_ctl" -D "$tmp/data" -m fast -w -t 600 stop >/dev/null 2>&1 || true
	errors=$(cat "$tmp"/valgrind/*.log 2>/dev/null | grep -c '^==[0-9]*== [A-Z]' || true)
	if [ "$errors" -gt 0 ]; then
		echo "claimlens: valgrind reported $errors error(s):" >&2
		for f in "$tmp"/valgrind/*.log; do
			[ -s "$f" ] && { echo "---- $(basename "$f")"; cat "$f"; } >&2
		done
		[ "$status" -ne 0 ] || status=1
	else
		echo "claimlens: valgrind reported no errors ($(ls "$tmp"/valgrind | wc -l) processes)" >&2
	fi
fi
exit "$status"
