#!/usr/bin/env bash
# scripts/fuzz.sh run SECONDS HARNESS...   fuzz each harness for SECONDS
# scripts/fuzz.sh replay 0 HARNESS...      run the kept inputs once (CI)
#
# Kept inputs live in test/fuzz/corpus/NAME (committed: seeds and former
# crashes); new inputs found while fuzzing go to build/fuzz-work/NAME.
# Any finding makes the script fail and leaves the crash-* file in build/.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=$1
seconds=$2
shift 2
status=0
for h in "$@"; do
	name=$(basename "$h")
	name=${name#fuzz_}
	kept=test/fuzz/corpus/$name
	mkdir -p "$kept"
	case "$mode" in
	replay)
		files=("$kept"/*)
		if [ -e "${files[0]}" ]; then
			"$h" -rss_limit_mb=4096 "${files[@]}" >/dev/null 2>build/fuzz-replay-$name.log || {
				cat build/fuzz-replay-$name.log >&2
				status=1
			}
		fi
		;;
	run)
		work=build/fuzz-work/$name
		mkdir -p "$work"
		log=build/fuzz-$name.log
		echo "fuzzing $name for ${seconds}s"
		if "$h" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
			-print_final_stats=1 -artifact_prefix=build/ "$work" "$kept" >"$log" 2>&1; then
			execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
			echo "  $name: ${execs:-?} executions, no finding"
		else
			echo "  $name: FINDING (see $log)" >&2
			tail -n 40 "$log" >&2
			status=1
		fi
		;;
	*)
		echo "usage: $0 run|replay SECONDS HARNESS..." >&2
		exit 2
		;;
	esac
done
exit $status
