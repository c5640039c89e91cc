#!/bin/sh
# install.sh BUILD OCOP — make install and make uninstall into a temporary
# DESTDIR: every file in its place and equal to its source; the installed
# binary finds its catalogue and its manual pages beside itself, man finds
# the pages, bash-completion's loader finds the completion; uninstall
# leaves nothing.  Ends with "install: N passed, N failed".
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd)
bindir=$(cd "$(dirname "$2")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-install.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 TERM=dumb OCOP_TODAY=2025-11-20 HOME="$tmp"
unset OCOP_DATA LANG LANGUAGE OCOP_LOCALEDIR MANPATH
passed=0 failed=0
ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }
check() {	# check DESCRIPTION COMMAND...: passes when the command does
	d=$1
	shift
	if "$@" >"$tmp/out" 2>&1; then ok; else ko "$d"; sed 's/^/    /' "$tmp/out" | head -n 20; fi
}
mk() {	# mk TARGET VAR=VALUE...: make in the source tree, on this build
	make -s --no-print-directory -C "$top" B="$build" BIN="$bindir" "$@"
}

# The files a staged install must hold (paths under PREFIX): source → dest.
expected() {	# expected MANDIR BINDIR LOCALEDIR BASHDIR ZSHDIR
	echo "$bindir/ocop $2/ocop"
	for m in "$top"/man/*.[1-8]; do
		echo "$m $1/man${m##*.}/${m##*/}"
	done
	echo "$top/completion/ocop.bash $4/ocop"
	echo "$top/completion/_ocop $5/_ocop"
	for p in "$top"/po/*.po; do
		l=$(basename "$p" .po)
		echo "$build/locale/$l/LC_MESSAGES/ocop.mo $3/$l/LC_MESSAGES/ocop.mo"
	done
}

# staged DIR PREFIX [VAR=VALUE...]: install into DIR, check every file.
staged() {
	dest=$1 prefix=$2
	shift 2
	if ! mk install DESTDIR="$dest" PREFIX="$prefix" "$@" >"$tmp/log" 2>&1; then
		ko "make install DESTDIR=$dest PREFIX=$prefix $*"
		sed 's/^/    /' "$tmp/log"
		return 1
	fi
	ok
	mandir=$prefix/share/man bin=$prefix/bin
	for v in "$@"; do
		case $v in
		MANDIR=*) mandir=${v#MANDIR=} ;;
		BINDIR=*) bin=${v#BINDIR=} ;;
		esac
	done
	expected "$mandir" "$bin" "$prefix/share/locale" \
		"$prefix/share/bash-completion/completions" \
		"$prefix/share/zsh/site-functions" >"$tmp/want"
	n=0
	while read -r src dst; do
		n=$((n + 1))
		if [ -f "$dest$dst" ] && cmp -s "$src" "$dest$dst"; then ok; else ko "$dest$dst missing or not $src"; fi
		echo "$dest$dst" >>"$tmp/listed"
	done <"$tmp/want"
	# Nothing else was installed.
	find "$dest" -type f | sort >"$tmp/found"
	sort "$tmp/listed" >"$tmp/listed.s"
	if cmp -s "$tmp/found" "$tmp/listed.s"; then ok; else
		ko "install put files that are not expected:"
		comm -23 "$tmp/found" "$tmp/listed.s" | sed 's/^/    /'
	fi
	rm -f "$tmp/listed"
	if [ -x "$dest$bin/ocop" ]; then ok; else ko "$dest$bin/ocop is not executable"; fi
}

# 1. The default layout under /usr/local.
d1=$tmp/stage
staged "$d1" /usr/local
ocop1=$d1/usr/local/bin/ocop

# The installed binary speaks Vietnamese from its installed catalogue,
# on this machine where vi_VN is not a generated locale.
mkdir "$tmp/w" && (cd "$tmp/w" && "$ocop1" init d >/dev/null 2>&1)
check "installed ocop answers in Vietnamese (LANG=vi_VN.UTF-8)" sh -c '
	cd "$1" && env -u LC_ALL LANG=vi_VN.UTF-8 "$2" -C d product add x --category fod 2>&1 >/dev/null |
	grep -q "^ocop: lỗi: "' sh "$tmp/w" "$ocop1"

# man finds the installed pages.
if command -v man >/dev/null 2>&1; then
	for m in "$top"/man/*.[1-8]; do
		page=$(basename "$m"); page=${page%.*}
		check "man finds $page" sh -c 'MANPATH="$1" man -w "$2" | grep -q "/$2\."' sh "$d1/usr/local/share/man" "$page"
	done
	check "man renders ocop-rate" sh -c 'MANPATH="$1" MANPAGER=cat PAGER=cat MANWIDTH=80 man ocop-rate 2>/dev/null | grep -q "ocop rate council"' sh "$d1/usr/local/share/man"
fi

# bash-completion's loader finds the installed completion, as in a new
# interactive shell: "ocop produc" then "t", "sh", and the ids.
if [ -r /usr/share/bash-completion/bash_completion ]; then
	cat >"$tmp/loader.bash" <<'LOADER'
# Where a PREFIX=/usr/local install puts it, XDG_DATA_DIRS's default.
XDG_DATA_DIRS=$1/../share:/usr/share
. /usr/share/bash-completion/bash_completion
PATH=$1:$PATH
cd "$2" || exit 1
complete -r ocop 2>/dev/null
__load_completion ocop || { echo "the loader finds no completion for ocop"; exit 1; }
c() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _ocop; echo "${COMPREPLY[*]}"; }
got=$(c ocop pro)
[ "$got" = "producer product" ] || { echo "ocop pro: $got"; exit 1; }
got=$(c ocop product sh)
[ "$got" = "show" ] || { echo "ocop product sh: $got"; exit 1; }
got=$(c ocop product show '')
[ "$got" = "bot-mi" ] || { echo "ocop product show: $got"; exit 1; }
LOADER
	(cd "$tmp/w/d" && "$ocop1" producer add "Cơ sở A" --kind facility --id co-so-a &&
	 "$ocop1" product add "Bột mì" --producer co-so-a --category food --id bot-mi) >/dev/null 2>&1
	check "bash-completion loads the installed completion" \
		bash "$tmp/loader.bash" "$d1/usr/local/bin" "$tmp/w/d"
else
	echo "install: bash-completion is not installed; its loader is not tested"
fi

# make uninstall removes every file it installed.
check "make uninstall" mk uninstall DESTDIR="$d1" PREFIX=/usr/local
left=$(find "$d1" -type f)
if [ -z "$left" ]; then ok; else ko "files left after uninstall: $left"; fi

# 2. Another PREFIX than the build's, and BINDIR, MANDIR of their own: the
# binary still finds its catalogue beside itself.
d2=$tmp/stage2
staged "$d2" /opt/ocop
check "ocop under /opt/ocop answers in Vietnamese" sh -c '
	cd "$1" && env -u LC_ALL LANG=vi_VN.UTF-8 "$2" -C d product add x --category fod 2>&1 >/dev/null |
	grep -q "^ocop: lỗi: "' sh "$tmp/w" "$d2/opt/ocop/bin/ocop"
d3=$tmp/stage3
staged "$d3" /usr BINDIR=/usr/games MANDIR=/usr/share/man
check "make uninstall (BINDIR, MANDIR)" mk uninstall DESTDIR="$d3" PREFIX=/usr BINDIR=/usr/games MANDIR=/usr/share/man
left=$(find "$d3" -type f)
if [ -z "$left" ]; then ok; else ko "files left after uninstall: $left"; fi

echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
