#!/bin/sh
# import-warnings.sh — every warning `ocop import` can print is in
# ocop-import(1)'s DIAGNOSTICS, with what it asks the officer to do.
#
# The warnings are the format strings of import_row_warn() and diag_warn()
# in src/lib/import*.c (the call's first _("…")), and the XLSX reader's
# cell warnings (cell_diag(s, true, …)'s message in src/lib/xlsx-read.c).
# The page writes each as an `.It "…"` line, its conversions (%s, %u,
# %zu) as words (NAME, N): each literal piece must be there, in order.
# Ends with "import-warnings: N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
man=$top/man/ocop-import.1
passed=0 failed=0
ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }

# The format string of each warning call, one a line.
warnings=$(awk '
	/import_row_warn\(|diag_warn\(/ && !/^[a-z]/ { want = 1 }
	want && /_\("/ {
		s = $0
		sub(/.*_\("/, "", s)
		sub(/"\).*/, "", s)
		print s
		want = 0
	}' "$top"/src/lib/import*.c
awk '/_\(".*in a date format/ { s = $0; sub(/.*_\("/, "", s); sub(/"\).*/, "", s); print s }' \
	"$top/src/lib/xlsx-read.c")
[ -n "$warnings" ] && ok || ko "no warning found in the sources"
items=$(grep '^\.It "' "$man")
echo "$warnings" | while IFS= read -r w; do
	# each literal piece, regex-escaped, joined by "anything"
	re=$(printf '%s\n' "$w" | sed 's/[][\.*^$]/\\&/g; s/%z\{0,1\}[sud]/.*/g')
	if printf '%s\n' "$items" | grep -q -- "$re"; then
		echo ok
	else
		echo "FAIL: ocop-import(1) DIAGNOSTICS lacks the warning \"$w\""
	fi
done >"${TMPDIR:-/tmp}/ocop-import-warnings.$$"
passed=$((passed + $(grep -c '^ok$' "${TMPDIR:-/tmp}/ocop-import-warnings.$$")))
grep '^FAIL' "${TMPDIR:-/tmp}/ocop-import-warnings.$$"
failed=$((failed + $(grep -c '^FAIL' "${TMPDIR:-/tmp}/ocop-import-warnings.$$")))
rm -f "${TMPDIR:-/tmp}/ocop-import-warnings.$$"
echo "import-warnings: $passed passed, $failed failed"
[ "$failed" = 0 ]
