#!/bin/sh
# reports.sh OCOP — every report kind is known wherever a user meets it.
#
# The kinds are the rows of the library's table (src/lib/report.c); ocop
# offers them to completion (ocop --ocop-completion-helper report).  For
# each one:
#   - ocop-report(1) names it in DESCRIPTION (.It Cm KIND) and gives it a
#     section of REPORTS (.Ss KIND), and names no kind ocop lacks;
#   - the usage line of `ocop report --help` lists it;
#   - the completion test (tests/doc/completion.sh) expects it after
#     `ocop report`, so that bash and zsh are tested on it;
#   - it runs in Vietnamese and in English, with a title in each (a label
#     missing in one language makes ocop stop with a bug report).
# Ends with "reports: N passed, N failed".
set -u
ocop=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-reports.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 TERM=dumb OCOP_TODAY=2025-11-20 HOME="$tmp"
unset OCOP_DATA LANG LANGUAGE OCOP_LANG
man=$top/man/ocop-report.1
passed=0 failed=0
ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }
words() { tr -s ' |' '\n' | grep -v '^$' | sort -u; }

kinds=$("$ocop" --ocop-completion-helper report | sort -u)
if [ -n "$kinds" ]; then ok; else ko "ocop --ocop-completion-helper report offers no report"; fi

# The manual: the list of DESCRIPTION, the sections of REPORTS.
listed=$(sed -n '/^\.Sh DESCRIPTION/,/^\.El/s/^\.It Cm \([a-z-]*\)$/\1/p' "$man" | sort -u)
sections=$(sed -n '/^\.Sh REPORTS/,/^\.Sh /s/^\.Ss \([a-z-]*\)$/\1/p' "$man" | sort -u)
# The completion test's case for `ocop report `.
expected=$(sed -n 's/^ocop report ~|d|//p' "$top/tests/doc/completion.sh" | words)
# The usage line: "ocop report a|b|c [OPTIONS]".
usage=$("$ocop" report --help 2>&1 | sed -n 's/^usage: ocop report \([a-z|-]*\) .*/\1/p' | words)

for k in $kinds; do
	if echo "$listed" | grep -qx "$k"; then ok; else
		ko "ocop-report(1) does not list '$k' in DESCRIPTION (.It Cm $k)"; fi
	if echo "$sections" | grep -qx "$k"; then ok; else
		ko "ocop-report(1) has no section '$k' in REPORTS (.Ss $k)"; fi
	if echo "$usage" | grep -qx "$k"; then ok; else
		ko "ocop report --help: the usage line does not list '$k'"; fi
	if echo "$expected" | grep -qx "$k"; then ok; else
		ko "tests/doc/completion.sh: 'ocop report ~' does not expect '$k'"; fi
done
for k in $listed $sections $expected; do
	if echo "$kinds" | grep -qx "$k"; then ok; else
		ko "'$k' is documented or expected, but ocop has no such report"; fi
done

# Each kind in each language, in a data directory with nothing in it.
if (cd "$tmp" && "$ocop" init d --province "Quảng Ngãi") >/dev/null 2>"$tmp/err"; then
	for k in $kinds; do
		vi=$(cd "$tmp/d" && "$ocop" report "$k" --lang vi 2>"$tmp/err.vi" | head -n 1)
		en=$(cd "$tmp/d" && "$ocop" report "$k" --lang en 2>"$tmp/err.en" | head -n 1)
		if grep -q 'BUG' "$tmp/err.vi" "$tmp/err.en" || [ -z "$vi" ] || [ -z "$en" ]; then
			ko "ocop report $k: no title in Vietnamese or English: $(cat "$tmp/err.vi" "$tmp/err.en")"
		elif [ "$vi" = "$en" ]; then
			ko "ocop report $k: the same title in both languages: '$vi'"
		else ok; fi
	done
else
	ko "ocop init: $(cat "$tmp/err")"
fi

echo "reports: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
