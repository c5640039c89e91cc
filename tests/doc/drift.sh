#!/bin/sh
# drift.sh OCOP — the manual cannot drift from the program (git's t0450).
#
#   - every page is clean under mandoc -Tlint -Wwarning (else groff -ww -z);
#   - every command has its page, named in ocop(1);
#   - the SYNOPSIS of ocop(1) and of each ocop-COMMAND(1) is, line for line,
#     the usage that "ocop [COMMAND] --help" prints;
#   - every long option a command or sub-command accepts (its option table,
#     through --ocop-completion-helper) is documented in its page, and
#     every option a page documents is one that ocop accepts.
#
# A mismatch known and not yet fixed is listed in tests/doc/known-drift
# ("synopsis PAGE", "option PAGE --NAME", "unknown PAGE --NAME"); such an
# entry that passes is a failure, so the list only shrinks.  Ends with
# "drift: N passed, N failed".
set -u
ocop=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/../.." && pwd)
known=$top/tests/doc/known-drift
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-drift.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 TERM=dumb OCOP_TODAY=2025-11-20 HOME="$tmp"
unset OCOP_DATA LANG LANGUAGE
cd "$tmp" || exit 3
passed=0 failed=0

# result KEY PASSED MESSAGE...: count one check, minding known-drift.
result() {
	key=$1 ok=$2
	shift 2
	if grep -Fxq -- "$key" "$known" 2>/dev/null; then
		if [ "$ok" = 1 ]; then
			failed=$((failed + 1))
			echo "FAIL $key: now right; remove it from tests/doc/known-drift"
		else
			passed=$((passed + 1))
		fi
	elif [ "$ok" = 1 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL $key: $*"
	fi
}

# 1. Lint.
for m in "$top"/man/*.[1-8]; do
	if command -v mandoc >/dev/null 2>&1; then
		mandoc -Tlint -Wwarning "$m" >"$tmp/lint" 2>&1
	else
		groff -ww -z -mdoc "$m" >"$tmp/lint" 2>&1
	fi
	if [ -s "$tmp/lint" ]; then
		result "lint ${m##*/}" 0 "$(cat "$tmp/lint")"
	else
		result "lint ${m##*/}" 1
	fi
done

# The commands, and for each its sub-commands (none: "").
commands=$("$ocop" --ocop-completion-helper | grep -v '^-' | grep -vx help)
subs_of() { "$ocop" "$1" --ocop-completion-helper | grep -v '^-'; }

# 2. Every command has a page, and ocop(1) names it.
for c in $commands; do
	if [ -f "$top/man/ocop-$c.1" ]; then ok=1; else ok=0; fi
	result "page ocop-$c.1" $ok "no manual page man/ocop-$c.1"
	if grep -q "^\.Xr ocop-$c 1" "$top/man/ocop.1"; then ok=1; else ok=0; fi
	result "named ocop-$c.1" $ok "ocop(1) does not refer to ocop-$c(1)"
done

# 3. SYNOPSIS against --help.  The page, rendered on one line an entry.
synopsis() {
	mandoc -Tutf8 -Owidth=1000 "$1" | sed 's/.\x08//g' |
		sed -n '/^SYNOPSIS/,/^[A-Z]/{/^     /p}' | sed 's/^ *//; s/  */ /g'
}
usage() {
	# shellcheck disable=SC2086
	"$ocop" $1 --help | sed -n 's/^usage: //p; s/^   or: //p' | sed 's/  */ /g'
}
for p in ocop $commands; do
	if [ "$p" = ocop ]; then page=$top/man/ocop.1; else page=$top/man/ocop-$p.1; fi
	[ -f "$page" ] || continue
	synopsis "$page" >"$tmp/syn"
	if [ "$p" = ocop ]; then usage "" >"$tmp/use"; else usage "$p" >"$tmp/use"; fi
	if cmp -s "$tmp/syn" "$tmp/use"; then
		result "synopsis ${page##*/}" 1
	else
		result "synopsis ${page##*/}" 0 "SYNOPSIS differs from --help:
$(diff -u "$tmp/use" "$tmp/syn" | sed -n '3,$s/^/    /p')"
	fi
done

# 4. Options: each one accepted is documented (".Fl -NAME" in its page;
# ocop(1) for the global ones); each one documented is accepted.
documented() {	# the long options a page names
	grep -o 'Fl -[a-z][a-z-]*' "$1" | sed 's/^Fl /-/' | sort -u
}
"$ocop" --ocop-completion-helper | grep '^--' | sed 's/=$//' | grep -vx -- --help >"$tmp/global"
: >"$tmp/all"
cat "$tmp/global" >>"$tmp/all"
for c in $commands; do
	page=$top/man/ocop-$c.1
	: >"$tmp/accepted"
	subs=$(subs_of "$c")
	for s in ${subs:-""}; do
		# shellcheck disable=SC2086
		"$ocop" "$c" $s --ocop-completion-helper | grep '^--' | sed 's/=$//' |
			grep -vx -- --help >>"$tmp/accepted"
	done
	sort -u "$tmp/accepted" -o "$tmp/accepted"
	cat "$tmp/accepted" >>"$tmp/all"
	[ -f "$page" ] || continue
	documented "$page" >"$tmp/doc"
	while read -r o; do
		if grep -Fxq -- "$o" "$tmp/doc"; then ok=1; else ok=0; fi
		result "option ocop-$c.1 $o" $ok "ocop $c accepts $o; ocop-$c(1) does not document it"
	done <"$tmp/accepted"
done
documented "$top/man/ocop.1" >"$tmp/doc"
while read -r o; do
	if grep -Fxq -- "$o" "$tmp/doc"; then ok=1; else ok=0; fi
	result "option ocop.1 $o" $ok "ocop accepts the global option $o; ocop(1) does not document it"
done <"$tmp/global"
sort -u "$tmp/all" -o "$tmp/all"
echo --help >>"$tmp/all"
for m in "$top"/man/*.[1-8]; do
	documented "$m" | while read -r o; do
		grep -Fxq -- "$o" "$tmp/all" || echo "$o"
	done >"$tmp/unknown"
	while read -r o; do
		result "unknown ${m##*/} $o" 0 "${m##*/} documents $o, which no ocop command accepts"
	done <"$tmp/unknown"
done
# Entries of known-drift for options that are now right (not seen above).
grep -E '^unknown ' "$known" 2>/dev/null | while read -r _ page o; do
	if ! documented "$top/man/$page" | grep -Fxq -- "$o" || grep -Fxq -- "$o" "$tmp/all"; then
		echo "FAIL unknown $page $o: now right; remove it from tests/doc/known-drift"
	fi
done >"$tmp/stale"
if [ -s "$tmp/stale" ]; then
	cat "$tmp/stale"
	failed=$((failed + $(wc -l <"$tmp/stale")))
fi

echo "drift: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
