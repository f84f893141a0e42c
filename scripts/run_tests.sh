#!/usr/bin/env bash
# Every test of claimlens: C unit tests of the core (cmocka, under ASan and
# UBSan), a replay of the fuzzers' kept inputs, and pg_regress on a throwaway
# cluster.  Installs missing packages first.  Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh || exit 1
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

count_cmocka() {
	local p f
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | awk '{s+=$1} END {print s+0}')
	passed=$((passed + p))
	failed=$((failed + f))
}

echo "== building"
if ! make -s PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config all build/unit_tests fuzz-build >/dev/null; then
	echo "build failed"
	echo "0 passed, 1 failed"
	exit 1
fi

echo "== unit tests (core, ASan + UBSan)"
./build/unit_tests 2>&1 | tee "$log"
unit_status=${PIPESTATUS[0]}
count_cmocka
if [ "$unit_status" -ne 0 ] && ! grep -q '^\[  FAILED  \]' "$log"; then
	failed=$((failed + 1))		# crashed before cmocka could report
fi

echo "== fuzz corpus replay"
for h in build/fuzz_*; do
	if bash scripts/fuzz.sh replay 0 "$h" >"$log" 2>&1; then
		passed=$((passed + 1))
		echo "ok   $(basename "$h")"
	else
		failed=$((failed + 1))
		echo "FAIL $(basename "$h")"
		tail -n 30 "$log"
	fi
done

echo "== pg_regress"
bash scripts/pg_cluster.sh make -s installcheck PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config 2>&1 | tee "$log"
regress_status=${PIPESTATUS[0]}
if grep -q "tests passed" "$log"; then
	n=$(sed -n 's/.*All \([0-9]*\) tests passed.*/\1/p' "$log")
	passed=$((passed + ${n:-0}))
elif grep -q "tests failed" "$log"; then
	m=$(sed -n 's/.* \([0-9]*\) of \([0-9]*\) tests failed.*/\1 \2/p' "$log")
	set -- $m
	failed=$((failed + ${1:-1}))
	passed=$((passed + ${2:-1} - ${1:-1}))
	[ -f regression.diffs ] && head -n 300 regression.diffs
else
	failed=$((failed + 1))
fi
[ "$regress_status" -eq 0 ] || [ "$failed" -gt 0 ] || failed=$((failed + 1))

echo "== claimlens_lsh: concurrent writers, vacuum and a crash"
bash scripts/pg_cluster.sh bash scripts/check_lsh_index.sh 2>&1 | tee "$log"
if [ "${PIPESTATUS[0]}" -eq 0 ]; then
	passed=$((passed + 1))
else
	failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
