#!/bin/sh
# run.sh OCOP [TEST.t...] — golden command-line tests.
#
# A test file holds blocks; each block is one command and what it must do:
#
#   $ ocop -C d producer add "Hợp tác xã A" --kind cooperative
#   > hop-tac-xa-a            a line of standard output (exact, in order)
#   2> ocop: error: …         a line of standard error (exact, in order)
#   >*                        standard output: anything
#   2>*                       standard error: anything
#   ? 1                       the exit status (0 when not given)
#
# A command that exits 77 (automake's convention) when 77 was not expected
# is skipped, not failed: a tool the test needs is missing, and its first
# line of standard error says which.
#
# Lines starting with '#' are comments.  The commands of one file run in
# order, in one fresh temporary directory, under sh, with `ocop` the binary
# under test.  The environment is pinned (locale, time zone, today).
# A fixture several files share is a script in fixtures/, run as one
# block: $ sh "$OCOP_FIXTURES/report-data.sh" (it calls "$OCOP_BIN").
# The runner ends with the line "N passed, N failed".
set -u
ocop_bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
here=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] || set -- "$here"/t*.t

export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 TERM=dumb OCOP_TODAY=2025-11-20
unset OCOP_DATA LANG LANGUAGE
export GIT_AUTHOR_NAME=T GIT_AUTHOR_EMAIL=t@example.org \
       GIT_COMMITTER_NAME=T GIT_COMMITTER_EMAIL=t@example.org
export OCOP_BIN="$ocop_bin" OCOP_TESTDATA="$here/../../../shared/testdata" \
       OCOP_FIXTURES="$here/fixtures"

passed=0 failed=0 skipped=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-cli.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT

# run_block FILE LINE: run the block held in $tmp/block.*
run_block() {
	file=$1 line=$2
	cmd=$(cat "$tmp/cmd")
	(cd "$tmp/work" && HOME="$tmp/work" PATH="$here/bin:$PATH" \
		sh -c "ocop() { \"\$OCOP_BIN\" \"\$@\"; }; $cmd" \
		>"$tmp/out" 2>"$tmp/err" </dev/null)
	rc=$?
	if [ "$rc" = 77 ] && [ "$(cat "$tmp/want_rc")" != 77 ]; then
		skipped=$((skipped + 1))
		echo "SKIP ${file#"$here"/}:$line: $(head -n 1 "$tmp/err")"
		return
	fi
	ok=1
	if [ "$rc" != "$(cat "$tmp/want_rc")" ]; then
		ok=0
		echo "    exit status $rc, expected $(cat "$tmp/want_rc")"
	fi
	if ! [ -e "$tmp/any_out" ] && ! cmp -s "$tmp/out" "$tmp/want_out"; then
		ok=0
		echo "    stdout differs:"
		diff -u "$tmp/want_out" "$tmp/out" | sed -n '3,$s/^/      /p'
	fi
	if ! [ -e "$tmp/any_err" ] && ! cmp -s "$tmp/err" "$tmp/want_err"; then
		ok=0
		echo "    stderr differs:"
		diff -u "$tmp/want_err" "$tmp/err" | sed -n '3,$s/^/      /p'
	fi
	if [ $ok = 1 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL ${file#"$here"/}:$line: $cmd"
	fi
}

new_block() {
	: >"$tmp/want_out"; : >"$tmp/want_err"; echo 0 >"$tmp/want_rc"
	rm -f "$tmp/any_out" "$tmp/any_err"
}

for t in "$@"; do
	rm -rf "$tmp/work"; mkdir "$tmp/work"
	have=0 n=0 start=0
	new_block
	while IFS= read -r l || [ -n "$l" ]; do
		n=$((n + 1))
		case $l in
		'$ '*)
			[ $have = 1 ] && run_block "$t" "$start"
			new_block
			printf '%s\n' "${l#\$ }" >"$tmp/cmd"
			have=1 start=$n ;;
		'>*') : >"$tmp/any_out" ;;
		'2>*') : >"$tmp/any_err" ;;
		'> '*|'>') printf '%s\n' "${l#> }" | sed 's/^>$//' >>"$tmp/want_out" ;;
		'2> '*|'2>') printf '%s\n' "${l#2> }" | sed 's/^2>$//' >>"$tmp/want_err" ;;
		'? '*) echo "${l#? }" >"$tmp/want_rc" ;;
		'#'*|'') ;;
		*) echo "${t#"$here"/}:$n: cannot read line: $l"; failed=$((failed + 1)) ;;
		esac
	done <"$t"
	[ $have = 1 ] && run_block "$t" "$start"
done
[ "$skipped" -eq 0 ] || echo "cli: $skipped skipped"
echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
