#!/bin/sh
# run.sh BUILD SECONDS TARGET... — make fuzz: run each libFuzzer target.
#
# BUILD/fuzzer/TARGET runs for SECONDS on its corpus BUILD/corpus/TARGET
# (kept from run to run, not committed), seeded with tests/fuzz/seeds/TARGET,
# the regression inputs of tests/fuzz/regressions/TARGET, the robustness
# corpora of ../shared/testdata and the bundled data directory, with the
# dictionary tests/fuzz/TARGET.dict.
#
# An input that crashes, leaks, hangs (FUZZ_TIMEOUT seconds, 25, for a
# busy machine) or runs out of memory (FUZZ_RSS_MB, 2048) is copied to
# tests/fuzz/regressions/TARGET/, where make check replays it from then on:
# fix the bug, keep the input (or, for a library bug not yet fixed, move
# it to tests/fuzz/known-bugs/TARGET/ and say why in the README there).
# Ends with one line a target: executions per second, coverage (libFuzzer's
# edge counters "cov" and features "ft"), corpus size, findings; the same
# lines go to BUILD/report.txt.  FUZZ_MAX_LEN bounds an input's size: for
# record 65600 bytes, just over the 64 KiB a value may hold; for csv 16384
# bytes (a big register only repeats rows, and the import is linear; the
# 100,000-row file is tests/limits.sh's); for xlsx 65536 bytes (the small
# workbooks of tests/hostile-xlsx/corpus are 1 to 10 KiB).
set -u
build=$1 secs=$2
shift 2
top=$(cd "$(dirname "$0")/../.." && pwd)
data=${OCOP_TESTDATA:-$top/../shared/testdata}
timeout=${FUZZ_TIMEOUT:-25}
rss=${FUZZ_RSS_MB:-2048}
export LC_ALL=C.UTF-8 TZ=UTC OCOP_TODAY=2025-11-20
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}
# Known library bugs (tests/fuzz/known-bugs/) are suppressed, so that the
# fuzzer goes past them; anything else stops it.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$top/tests/fuzz/ubsan.supp}
unset OCOP_DATA
status=0
: >"$build/report.txt"

for t in "$@"; do
	bin=$build/fuzzer/$t
	corpus=$build/corpus/$t
	art=$build/artifacts/$t
	keep=$top/tests/fuzz/regressions/$t
	log=$build/$t.log
	mkdir -p "$corpus" "$art" "$keep"
	rm -f "$art"/*
	case $t in
	record)	max_len=${FUZZ_MAX_LEN:-65600}
		seeds="$data/yaml-suite $data/hostile/yaml $data/hostile/any
		       $top/data/producers $top/data/products" ;;
	csv)	max_len=${FUZZ_MAX_LEN:-16384}
		seeds="$data/csv-suite $data/hostile/csv $data/hostile/any
		       $top/data/source" ;;
	xlsx)	max_len=${FUZZ_MAX_LEN:-65536}
		seeds="$top/tests/hostile-xlsx/corpus $data/hostile/xlsx $data/hostile/any" ;;
	*)	max_len=${FUZZ_MAX_LEN:-4096}
		seeds= ;;
	esac
	dirs=
	for d in "$top/tests/fuzz/seeds/$t" "$keep" $seeds; do
		[ -d "$d" ] && dirs="$dirs $d"
	done
	echo "fuzz: $t: $secs s (log: $log)"
	# shellcheck disable=SC2086
	"$bin" -max_total_time="$secs" -max_len="$max_len" -timeout="$timeout" \
		-rss_limit_mb="$rss" -dict="$top/tests/fuzz/$t.dict" \
		-artifact_prefix="$art/" -print_final_stats=1 \
		"$corpus" $dirs >"$log" 2>&1
	rc=$?
	found=0
	for a in "$art"/crash-* "$art"/leak-* "$art"/timeout-* "$art"/oom-*; do
		[ -f "$a" ] || continue
		found=$((found + 1))
		cp "$a" "$keep/"
		echo "fuzz: $t: found ${a##*/}; kept as tests/fuzz/regressions/$t/${a##*/}"
	done
	if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
		status=1
		grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz_|.*runtime error)' "$log" | head -10
		[ "$found" -gt 0 ] || tail -n 5 "$log"
	fi
	# The last status line: "#N DONE cov: C ft: F corp: K/S lim: L exec/s: E rss: R Mb"
	line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1)
	runs=$(echo "$line" | sed -n 's/^#\([0-9]*\).*/\1/p')
	cov=$(echo "$line" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$line" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	corp=$(echo "$line" | sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p')
	eps=$(grep -E '^stat::average_exec_per_sec:' "$log" | awk '{print $2}')
	[ -n "$eps" ] || eps=$(echo "$line" | sed -n 's/.* exec\/s: \([0-9]*\).*/\1/p')
	peak=$(grep -E '^stat::peak_rss_mb:' "$log" | awk '{print $2}')
	echo "fuzz: $t: ${secs} s, ${runs:-?} runs, ${eps:-?} exec/s, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}, peak RSS ${peak:-?} MB, exit $rc, $found findings" |
		tee -a "$build/report.txt"
done
exit $status
