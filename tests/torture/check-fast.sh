#!/bin/sh
# check-fast.sh OCOP BUILD [ASAN-BUILD] — the hardening tests of make check.
#
# The fast part of README.md's "Hardening": each suite in a short form,
# about half a minute in all.
#
#   fault       tests/fault/run.sh, FAULT_MODE=quick (each call meets each
#               errno once), on a tmpfs when /dev/shm is one;
#   limits      tests/limits.sh, with a register of 20,000 rows;
#   replay      the fuzz targets run over their seeds and every regression
#               input (tests/fuzz/seeds/, tests/fuzz/regressions/, and for
#               xlsx tests/hostile-xlsx/corpus/), with the
#               plain build and with ASan+UBSan (BUILD/hardening/replay-*,
#               made by make check); the inputs of tests/fuzz/known-bugs/
#               must still fail under ASan+UBSan (XFAIL) — one that passes
#               is a bug fixed: move it to regressions/;
#   crash       tests/torture/crash.sh with 10 kills;
#   concurrent  tests/torture/concurrent.sh, 4 processes × 24 writes.
#
# make torture runs the last two at full size, make fuzz the fuzzers.
# Ends with "hardening: N passed, N failed", the sum of the suites.
set -u
ocop=$1 build=$2 asan=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
total_p=0 total_f=0
log=$(mktemp) || exit 3
trap 'rm -f "$log"' EXIT

# sub NAME COMMAND...: run a suite, show its output, add up its last
# "NAME: N passed, N failed" line (a suite that dies counts as a failure).
sub() {
	name=$1
	shift
	"$@" >"$log" 2>&1
	rc=$?
	cat "$log"
	counts=$(grep -E "^$name: [0-9]+ passed, [0-9]+ failed\$" "$log" | tail -n 1)
	p=$(echo "$counts" | sed -n 's/.* \([0-9]*\) passed.*/\1/p')
	f=$(echo "$counts" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
	[ -n "$p" ] || p=0
	[ -n "$f" ] || f=0
	[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
	total_p=$((total_p + p)) total_f=$((total_f + f))
}

shm=
[ -d /dev/shm ] && [ -w /dev/shm ] && shm=/dev/shm
TMPDIR=${shm:-${TMPDIR:-/tmp}} FAULT_MODE=quick sub fault sh "$top/tests/fault/run.sh" "$ocop"
LIMIT_ROWS=20000 sub limits sh "$top/tests/limits.sh" "$ocop"

# corpus_of TARGET: more inputs a target replays (the hostile workbooks).
corpus_of() {
	[ "$1" = xlsx ] && echo "$top/tests/hostile-xlsx/corpus"
}

# replay: one line a program, then the count.
replay() {
	rp=0 rf=0
	for t in record csv xlsx; do
		for b in "$build" ${asan:+"$asan"}; do
			prog=$b/hardening/replay-$t
			if ! [ -x "$prog" ]; then
				echo "FAIL replay: no $prog (make check builds it: make check-hardening-build)"
				rf=$((rf + 1))
				continue
			fi
			start=$(date +%s)
			# shellcheck disable=SC2046
			if out=$(ASAN_OPTIONS=exitcode=99:detect_leaks=1 \
			    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=99 \
			    timeout 120 "$prog" "$top/tests/fuzz/seeds/$t" \
			    "$top/tests/fuzz/regressions/$t" $(corpus_of "$t") 2>&1); then
				rp=$((rp + 1))
				echo "replay: $prog: $(echo "$out" | tail -n 1), $(( $(date +%s) - start )) s"
			else
				rf=$((rf + 1))
				echo "FAIL replay: $prog:"
				echo "$out" | tail -n 20 | sed 's/^/    /'
			fi
		done
		# Known bugs: each input must still fail under the sanitizers.
		[ -n "$asan" ] && [ -x "$asan/hardening/replay-$t" ] || continue
		for k in "$top/tests/fuzz/known-bugs/$t"/*; do
			[ -f "$k" ] || continue
			if ASAN_OPTIONS=exitcode=99:detect_leaks=1 \
			   UBSAN_OPTIONS=halt_on_error=1:exitcode=99 \
			   timeout 60 "$asan/hardening/replay-$t" "$k" >/dev/null 2>&1; then
				echo "XPASS replay: ${k#"$top"/} passes now: is the bug fixed? move it to tests/fuzz/regressions/$t/"
			else
				echo "XFAIL replay: ${k#"$top"/} (a known library bug; see tests/fuzz/known-bugs/README)"
			fi
		done
	done
	echo "replay: $rp passed, $rf failed"
	[ "$rf" -eq 0 ]
}
sub replay replay

TMPDIR=${shm:-${TMPDIR:-/tmp}} sub crash sh "$here/crash.sh" "$ocop" 10 "${TORTURE_SEED:-1}"
TMPDIR=${shm:-${TMPDIR:-/tmp}} sub concurrent sh "$here/concurrent.sh" "$ocop" 4 24

echo "hardening: $total_p passed, $total_f failed"
[ "$total_f" -eq 0 ]
