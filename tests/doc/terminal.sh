#!/bin/sh
# terminal.sh OCOP — what ocop does on a terminal and off it.
#
#   - colour: "error:" in red and "warning:" in yellow on standard error
#     only when it is a terminal, TERM is set and not dumb and NO_COLOR is
#     not set; --color=always and --color=never decide over all of that;
#   - ocop help COMMAND: the manual page through man(1) on a terminal (the
#     page beside the binary, in the source tree or an installed tree),
#     the usage off a terminal, or where there is no man or no page.
#
# A terminal is script(1)'s.  Ends with "terminal: N passed, N failed".
set -u
ocop=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-terminal.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 TZ=UTC OCOP_TODAY=2025-11-20 HOME="$tmp"
unset OCOP_DATA LANG LANGUAGE NO_COLOR
export TERM=xterm
passed=0 failed=0
ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }
red=$(printf '\033[1;31m') yellow=$(printf '\033[1;33m') esc=$(printf '\033')
cd "$tmp" || exit 3
"$ocop" init d >/dev/null 2>&1
printf 'id: x\nname: X\nkind: household\ncolour: red\n' >d/producers/x.yaml

have_script=no
script -qec true /dev/null >/dev/null 2>&1 && have_script=yes
# tty COMMAND: run COMMAND (a shell command line) on a terminal; its output
# (standard output and error together) in $tmp/tty.
tty() {
	script -qec "$1" /dev/null >"$tmp/tty" 2>&1 </dev/null
}
# colour WANT DESCRIPTION FILE: FILE holds a coloured label (yes) or none (no).
colour() {
	if grep -q "$esc" "$3"; then got=yes; else got=no; fi
	if [ "$got" = "$1" ]; then ok; else ko "$2: colour $got, expected $1"; fi
}

# Off a terminal: never, unless asked.
"$ocop" -C d product show nosuch 2>"$tmp/err"
colour no "stderr to a file" "$tmp/err"
"$ocop" -C d --color=always product show nosuch 2>"$tmp/err"
colour yes "--color=always, stderr to a file" "$tmp/err"
if grep -Fq "ocop: ${red}error: ${esc}[mno product 'nosuch'" "$tmp/err"; then ok; else ko "the red label: $(cat -v "$tmp/err")"; fi
NO_COLOR=1 "$ocop" -C d --color=always check 2>"$tmp/err"
if grep -Fq "ocop: d/producers/x.yaml:4:1: ${yellow}warning: ${esc}[munknown key" "$tmp/err"; then ok; else ko "--color=always over NO_COLOR, yellow warning: $(cat -v "$tmp/err")"; fi
"$ocop" -C d --color=always product list --bad 2>"$tmp/err"
if grep -Fq "ocop: ${red}error: ${esc}[munknown option '--bad'" "$tmp/err"; then ok; else ko "a usage error in red: $(head -n 1 "$tmp/err" | cat -v)"; fi
"$ocop" -C d --color=always --color=never product show nosuch 2>"$tmp/err"
colour no "--color=never" "$tmp/err"
"$ocop" --color=sometimes product list 2>"$tmp/err"
if grep -qx "ocop: error: --color takes auto, always or never, not 'sometimes'" "$tmp/err"; then ok; else ko "a bad --color: $(cat "$tmp/err")"; fi

if [ "$have_script" = yes ]; then
	tty "'$ocop' -C d product show nosuch"
	colour yes "a terminal" "$tmp/tty"
	tty "NO_COLOR=1 '$ocop' -C d product show nosuch"
	colour no "NO_COLOR=1 on a terminal" "$tmp/tty"
	tty "NO_COLOR= '$ocop' -C d product show nosuch"
	colour yes "NO_COLOR empty on a terminal" "$tmp/tty"
	tty "TERM=dumb '$ocop' -C d product show nosuch"
	colour no "TERM=dumb on a terminal" "$tmp/tty"
	tty "env -u TERM '$ocop' -C d product show nosuch"
	colour no "no TERM on a terminal" "$tmp/tty"
	tty "'$ocop' -C d --color=never product show nosuch"
	colour no "--color=never on a terminal" "$tmp/tty"
	tty "'$ocop' -C d product show nosuch 2>'$tmp/err'"
	colour no "stderr to a file, stdout on a terminal" "$tmp/err"
	# Data on standard output is never coloured.
	tty "'$ocop' -C d --color=always producer list 2>/dev/null"
	if grep -q 'household' "$tmp/tty" && ! grep -q "$esc" "$tmp/tty"; then ok; else ko "data coloured: $(cat -v "$tmp/tty")"; fi
else
	echo "terminal: script(1) is not installed; the terminal cases are not tested"
fi

# ocop help COMMAND.  Off a terminal: the usage.
"$ocop" help rate | head -n 1 >"$tmp/out"
if grep -q '^usage: ocop rate ward ' "$tmp/out"; then ok; else ko "ocop help rate | cat: $(cat "$tmp/out")"; fi

if [ "$have_script" = yes ]; then
	# An installed tree: PREFIX/bin/ocop beside PREFIX/share/man/man1.
	mkdir -p inst/bin inst/share/man/man1 fake nothing
	cp "$ocop" inst/bin/ocop
	cp "$top"/man/*.1 inst/share/man/man1/
	printf '#!/bin/sh\necho "man $*"\n' >fake/man && chmod +x fake/man
	tty "PATH='$tmp/fake':\$PATH '$tmp/inst/bin/ocop' help rate"
	if grep -q "^man -l $tmp/inst/bin/../share/man/man1/ocop-rate.1" "$tmp/tty"; then ok; else ko "ocop help rate on a terminal (installed): $(cat "$tmp/tty")"; fi
	# The source tree: bin/ocop beside man/.
	if [ -f "$(dirname "$ocop")/../man/ocop-rate.1" ]; then
		tty "PATH='$tmp/fake':\$PATH '$ocop' help product"
		if grep -q "^man -l .*/\.\./man/ocop-product.1" "$tmp/tty"; then ok; else ko "ocop help product on a terminal (source tree): $(cat "$tmp/tty")"; fi
	fi
	# No man: the usage.
	tty "PATH='$tmp/nothing' '$tmp/inst/bin/ocop' help rate"
	if grep -q '^usage: ocop rate ward ' "$tmp/tty"; then ok; else ko "ocop help rate without man: $(head -n 3 "$tmp/tty")"; fi
	# No page: the usage.
	rm inst/share/man/man1/ocop-log.1
	tty "PATH='$tmp/fake':\$PATH '$tmp/inst/bin/ocop' help log"
	if grep -q '^usage: ocop log ' "$tmp/tty"; then ok; else ko "ocop help log without its page: $(head -n 3 "$tmp/tty")"; fi
	# "ocop help" alone, and help of an unknown command, print as before.
	tty "PATH='$tmp/fake':\$PATH '$tmp/inst/bin/ocop' help"
	if grep -q '^commands:' "$tmp/tty" && ! grep -q '^man ' "$tmp/tty"; then ok; else ko "ocop help on a terminal: $(head -n 3 "$tmp/tty")"; fi
	tty "PATH='$tmp/fake':\$PATH '$tmp/inst/bin/ocop' help nosuch"
	if grep -q "'nosuch' is not an ocop command" "$tmp/tty"; then ok; else ko "ocop help nosuch on a terminal: $(cat "$tmp/tty")"; fi
	# The real man renders the page.
	if command -v man >/dev/null 2>&1; then
		tty "MANPAGER=cat PAGER=cat MANWIDTH=80 '$tmp/inst/bin/ocop' help rate"
		if grep -q 'OCOP-RATE(1)' "$tmp/tty" && grep -q 'ocop rate council' "$tmp/tty"; then ok; else ko "man shows ocop-rate(1): $(head -n 5 "$tmp/tty")"; fi
	fi
fi

echo "terminal: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
