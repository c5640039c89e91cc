#!/bin/sh
# csv-corpus.sh OCOP — feed the CSV robustness corpora to `ocop import`.
#
# Every input of ../shared/testdata/csv-suite (csv-spectrum, the Go reader
# and writer cases) and every file of hostile/csv and hostile/any goes
# through `ocop import products FILE --dry-run` (and `import producers`)
# into a fresh data directory.  Each must end in exit 0, or exit 1 with an
# error that names the file with its line (FILE:LINE: or FILE:LINE:COL:);
# never a crash, a hang, or a sanitizer report (which exits 99); and the
# dry run must leave the directory untouched.
set -u
ocop=$1
root=$(cd "$(dirname "$0")/.." && pwd)
data=${OCOP_TESTDATA:-$root/../shared/testdata}
[ -d "$data" ] || { echo "csv: no test data at $data" >&2; echo "csv: 0 passed, 1 failed"; exit 1; }
export LC_ALL=C.UTF-8 TZ=UTC OCOP_TODAY=2025-11-20
export ASAN_OPTIONS=${ASAN_OPTIONS:-exitcode=99:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:exitcode=99}
unset OCOP_DATA
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-csv.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

"$ocop" -q init "$tmp/d" >/dev/null 2>&1 || exit 3

one() {	# one NAME FILE KIND
	name=$1 file=$2 kind=$3
	cp "$file" "$tmp/in.csv"
	timeout 30 "$ocop" -C "$tmp/d" import "$kind" "$tmp/in.csv" --dry-run \
		>"$tmp/out" 2>"$tmp/err"
	rc=$?
	ok=1
	case $rc in
	0) ;;
	1)	grep -Eq "(^|: )$tmp/in\.csv(:[0-9]+)+: error: |$tmp/in\.csv: error: the file holds no rows" "$tmp/err" || {
			ok=0
			echo "FAIL $name ($kind): exit 1 without an error located in the file"
		} ;;
	*)	ok=0
		echo "FAIL $name ($kind): exit $rc" ;;
	esac
	if [ -n "$(find "$tmp/d/producers" "$tmp/d/products" -type f 2>/dev/null)" ]; then
		ok=0
		echo "FAIL $name ($kind): the dry run wrote a record"
		rm -f "$tmp"/d/producers/* "$tmp"/d/products/*
	fi
	if [ $ok = 1 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		sed 's/^/    /' "$tmp/err" | head -5
	fi
}

for f in "$data"/csv-suite/csv-spectrum/*/in.csv \
	 "$data"/csv-suite/go-encoding-csv-read/*/in.csv \
	 "$data"/csv-suite/go-encoding-csv-write/*/expected.csv \
	 "$data"/hostile/csv/* "$data"/hostile/any/*; do
	[ -f "$f" ] || continue
	n=${f#"$data"/}
	one "$n" "$f" products
	one "$n" "$f" producers
done
echo "csv: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
