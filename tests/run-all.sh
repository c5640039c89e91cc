#!/bin/sh
# run-all.sh BUILD OCOP [ASAN-BUILD] — every test of `make check`.
#
# Unit tests, golden command-line tests and the robustness corpora, on the
# normal build and again on the sanitizer build.  Ends with the line
# "N passed, N failed" that counts them all.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
build=$1 ocop=$2 asan=${3:-}
total_p=0 total_f=0 log=$(mktemp) || exit 3
trap 'rm -f "$log"' EXIT

suite() {	# suite NAME COMMAND...
	name=$1
	shift
	echo "== $name"
	"$@" >"$log" 2>&1
	rc=$?
	cat "$log"
	counts=$(grep -E '^[a-z]+: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
	p=$(echo "$counts" | sed -n 's/.* \([0-9]*\) passed.*/\1/p')
	f=$(echo "$counts" | sed -n 's/.* \([0-9]*\) failed.*/\1/p')
	[ -n "$p" ] || p=0
	[ -n "$f" ] || f=0
	[ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1	# a runner that died
	total_p=$((total_p + p)) total_f=$((total_f + f))
}

unit_bins() {	# the unit test programs of a build directory
	for t in "$top"/tests/unit/test_*.c; do
		n=$(basename "$t" .c)
		printf '%s\n' "$1/tests/$n"
	done
}

# shellcheck disable=SC2046
suite "unit tests" sh "$top/tests/run-unit.sh" $(unit_bins "$build")
suite "layers" sh "$top/tests/doc/layers.sh" "$build"
suite "command-line tests" sh "$top/tests/cli/run.sh" "$ocop"
suite "robustness corpora" sh "$top/tests/corpus.sh" "$ocop"
suite "CSV corpora" sh "$top/tests/csv-corpus.sh" "$ocop"
suite "hardening" sh "$top/tests/torture/check-fast.sh" "$ocop" "$build" "$asan"
suite "manual against --help" sh "$top/tests/doc/drift.sh" "$ocop"
suite "manual examples" sh "$top/tests/doc/examples.sh" "$ocop"
suite "shell completion" sh "$top/tests/doc/completion.sh" "$ocop"
suite "reports: manual, completion, labels" sh "$top/tests/doc/reports.sh" "$ocop"
suite "import warnings in the manual" sh "$top/tests/doc/import-warnings.sh"
suite "install" sh "$top/tests/doc/install.sh" "$build" "$ocop"
suite "Vietnamese messages" sh "$top/tests/doc/catalogue.sh" "$ocop" "$build"
suite "terminal: colour, help" sh "$top/tests/doc/terminal.sh" "$ocop"
suite "pre-commit hook" sh "$top/tests/doc/hook.sh" "$ocop"
suite "real clients: Chromium, LibreOffice" sh "$top/tests/clients.sh" "$ocop"
if [ -n "$asan" ]; then
	export ASAN_OPTIONS=exitcode=99:detect_leaks=1
	export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=99
	# shellcheck disable=SC2046
	suite "unit tests (ASan+UBSan)" sh "$top/tests/run-unit.sh" $(unit_bins "$asan")
	suite "command-line tests (ASan+UBSan)" sh "$top/tests/cli/run.sh" "$asan/bin/ocop"
	suite "robustness corpora (ASan+UBSan)" sh "$top/tests/corpus.sh" "$asan/bin/ocop"
	suite "CSV corpora (ASan+UBSan)" sh "$top/tests/csv-corpus.sh" "$asan/bin/ocop"
fi
echo "$total_p passed, $total_f failed"
[ "$total_f" -eq 0 ]
