#!/bin/sh
# corpus.sh OCOP — feed the external robustness corpora to `ocop check`.
#
# Each YAML case of ../shared/testdata (the YAML test suite, the hostile
# inputs) becomes one product record of a fresh data directory.  Every case
# must end in exit 0, or exit 1 with a message naming the file; never a
# crash, a hang, or a sanitizer report (which exits 99).
set -u
ocop=$1
root=$(cd "$(dirname "$0")/.." && pwd)
data=${OCOP_TESTDATA:-$root/../shared/testdata}
[ -d "$data" ] || { echo "corpus: no test data at $data" >&2; echo "corpus: 0 passed, 1 failed"; exit 1; }
export LC_ALL=C.UTF-8 TZ=UTC OCOP_TODAY=2025-11-20
export ASAN_OPTIONS=exitcode=99:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=99
unset OCOP_DATA
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-corpus.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

"$ocop" -q init "$tmp/d" || exit 3

one() {	# one CASE-NAME FILE
	id=$(printf '%s' "$1" | tr 'A-Z_.' 'a-z--' | tr -cd 'a-z0-9-')
	rm -f "$tmp/d/products/"*.yaml
	cp "$2" "$tmp/d/products/c-$id.yaml"
	timeout 20 "$ocop" -C "$tmp/d" check >/dev/null 2>"$tmp/err"
	rc=$?
	case $rc in
	0) passed=$((passed + 1)) ;;
	1)	if grep -q "c-$id.yaml" "$tmp/err"; then
			passed=$((passed + 1))
		else
			failed=$((failed + 1))
			echo "FAIL $1: exit 1 without a message naming the file"
			sed 's/^/    /' "$tmp/err" | head -5
		fi ;;
	*)	failed=$((failed + 1))
		echo "FAIL $1: exit $rc"
		sed 's/^/    /' "$tmp/err" | head -20 ;;
	esac
}

for f in "$data"/yaml-suite/*/in.yaml; do
	c=${f%/in.yaml}
	one "suite-${c##*/}" "$f"
done
for f in "$data"/hostile/yaml/* "$data"/hostile/any/*; do
	one "hostile-${f##*/}" "$f"
done
echo "corpus: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
