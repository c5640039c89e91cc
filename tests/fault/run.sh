#!/bin/sh
# run.sh OCOP — fault injection: every I/O call of a write, made to fail.
#
# shim.c (built here with $CC, preloaded with LD_PRELOAD) makes the Nth
# write, fsync, close, rename, open or unlink in the data directory fail
# with ENOSPC, EIO or EXDEV (FAULT_ERRNOS), or makes a write short.  Each
# command below runs once without a fault (the "new" state of the
# directory), then once for every N until the fault no longer fires: with
# every errno (FAULT_MODE=full, the default), or with one errno a run, in
# turn, so that each call still meets each errno (FAULT_MODE=quick, three
# times faster, and without the cycle and init commands: make check).
# After each run, without the shim:
#
#   - the command failed with exit 3 and a message, and the directory is
#     byte for byte as before (names, types, modes, contents; no temporary
#     file left); for a command that writes several files (import), each
#     file is either as before or as the run without a fault left it;
#   - or the fault hit a call whose failure changes nothing (closing a file
#     that was only read, removing a stale temporary file), the command
#     succeeded, and the directory is the new one;
#   - and `ocop check` passes on it.
#
# A failed write, fsync or rename of a record must never end in exit 0; the
# message names the record's file; after the rename, a failed fsync of the
# folder must not claim "the file is unchanged".  Cases the library is
# known to get wrong are counted as XFAIL, with the bug (see
# tests/fuzz/known-bugs/README; none at present); FAULT_STRICT=1 counts
# them as failures.  Standard output on /dev/full, and closed standard
# output and error, come last.  FAULT_ONLY="set import …" runs only those commands;
# FAULT_VERBOSE=1 prints every case.  Ends with "fault: N passed, N failed".
set -u
ocop=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
errnos=${FAULT_ERRNOS:-ENOSPC EIO EXDEV}
mode=${FAULT_MODE:-full}
strict=${FAULT_STRICT:-0}
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 OCOP_TODAY=2025-11-20
unset OCOP_DATA LANG LANGUAGE OCOP_FAULT OCOP_FAULT_DIR OCOP_FAULT_LOG LD_PRELOAD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-fault.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0 xfailed=0
outcomes=

finish() {
	echo "fault: outcomes:$outcomes"
	[ "$xfailed" -gt 0 ] && echo "fault: $xfailed known library bugs (XFAIL)"
	echo "fault: $passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit
}

if ldd "$ocop" 2>/dev/null | grep -q 'lib[at]san'; then
	echo "fault: $ocop is a sanitizer build, which LD_PRELOAD cannot wrap; skipped"
	finish
fi
if ! ${CC:-cc} -std=c11 -shared -fPIC -O2 -Wall -Wextra -Werror \
	-o "$tmp/shim.so" "$here/shim.c" -ldl 2>"$tmp/cc.err"; then
	cat "$tmp/cc.err"
	echo "FAIL: cannot build the fault shim"
	failed=1
	finish
fi
shim=$tmp/shim.so

oc() { "$ocop" "$@"; }
add_outcome() {	# count an outcome by name, for the summary line
	_o=$1
	if echo "$outcomes" | grep -q " $_o="; then
		_n=$(echo "$outcomes" | sed "s/.* $_o=\([0-9]*\).*/\1/")
		outcomes=$(echo "$outcomes" | sed "s/ $_o=[0-9]*/ $_o=$((_n + 1))/")
	else
		outcomes="$outcomes $_o=1"
	fi
}
pass() {
	passed=$((passed + 1))
	add_outcome "$1"
	[ "${FAULT_VERBOSE:-0}" = 1 ] && echo "ok $case: $1 (exit $rc)"
	return 0
}
fail() {
	failed=$((failed + 1))
	echo "FAIL $case: $1"
	[ -s "$tmp/log" ] && sed 's/^/    fault: /' "$tmp/log"
	sed 's/^/    stderr: /' "$tmp/err" | head -5
}
seen_xfail=
xfail() {	# xfail BUG-ID TEXT: a known library bug, reported once an id
	if [ "$strict" = 1 ]; then
		fail "$2 (known bug $1)"
		return
	fi
	xfailed=$((xfailed + 1))
	add_outcome "xfail-$1"
	case " $seen_xfail " in
	*" $1 "*) ;;
	*)	seen_xfail="$seen_xfail $1"
		echo "XFAIL $case: $2 (known library bug $1; counted once as XFAIL each time)" ;;
	esac
}

# snap DIR: one line a path — "PATH TYPE MODE [SHA256]" — of everything
# under DIR, sorted; nothing when DIR does not exist.
snap() {
	[ -e "$1" ] || return 0
	(cd "$1" && find . -printf '%p %y %m\n' | LC_ALL=C sort >"$tmp/snap.meta" &&
	 find . -type f -exec sha256sum {} + | awk '{print $2, $1}' |
		LC_ALL=C sort >"$tmp/snap.hash" &&
	 LC_ALL=C join -a1 "$tmp/snap.meta" "$tmp/snap.hash")
}

# old_or_new BEFORE AFTER GOT: every path of GOT (or missing from it) is
# as in BEFORE or as in AFTER; prints the paths that are neither.
old_or_new() {
	awk 'FNR == 1 { f++ }
	     { all[$1] = 1 }
	     f == 1 { b[$1] = $0; next }
	     f == 2 { a[$1] = $0; next }
	     { g[$1] = $0 }
	     END { for (p in all) if (g[p] != b[p] && g[p] != a[p]) { print p; bad = 1 }
		   exit bad }' "$1" "$2" "$3"
}

# The data directory every case starts from.
mkdir "$tmp/base" && cd "$tmp/base" || exit 3
oc -q init d --ward "Nghĩa Lộ" --province "Quảng Ngãi" &&
oc -C d producer add "Cơ sở A" --kind facility >/dev/null &&
oc -C d product add "Chà bông" --producer co-so-a --category food --date 2025-03-01 >/dev/null || {
	echo "FAIL: cannot make the data directory"
	failed=1
	finish
}
printf 'Tên sản phẩm,Chủ thể,Hạng sao,Năm,Nhóm sản phẩm\nMật ong rừng,Hộ kinh doanh Lê Văn B,3,2025,Thực phẩm\nNước mắm,Hộ kinh doanh Lê Văn B,3,2025,Thực phẩm\nTrà xanh,Cơ sở A,3,2025,Đồ uống\n' >"$tmp/register.csv"

# nth I WORD...: the word I modulo their number (from 0).
nth() {
	_i=$1
	shift
	_i=$((_i % $#))
	shift $_i
	echo "$1"
}

# scenario NAME KIND DIR COMMAND...: KIND is one (one file written), many
# (several) or init (the directory is made).
scenario() {
	name=$1 kind=$2 dir=$3
	shift 3
	case " ${FAULT_ONLY:-$name} " in *" $name "*) ;; *) return ;; esac
	# The new state: the command without a fault.
	rm -rf "$tmp/run" && cp -a "$tmp/base" "$tmp/run" && snap "$tmp/run/$dir" >"$tmp/before"
	(cd "$tmp/run" && "$@") >/dev/null 2>"$tmp/err"
	rc=$?
	snap "$tmp/run/$dir" >"$tmp/after"
	case=$name
	if [ $rc != 0 ]; then
		fail "exit $rc without a fault"
		return
	fi
	k=0
	for call in write fsync close rename openat unlinkat; do
		for e in $errnos; do
			n=1
			while [ $n -le 200 ]; do
				# quick: the Nth call fails with the (N + k)th errno only.
				[ "$mode" = quick ] && e=$(nth $((n + k)) $errnos)
				one "$name" "$kind" "$dir" "$call:$e:$n" "$@" || break
				n=$((n + 1))
			done
			[ "$mode" = quick ] && break
		done
		k=$((k + 1))
	done
	# Short writes: alone, the write loop finishes the job; followed by a
	# full disk, the command fails.
	one "$name" "$kind" "$dir" "write:short:1" "$@"
	one "$name" "$kind" "$dir" "write:short:1,write:ENOSPC:2" "$@"
}

# one NAME KIND DIR FAULT COMMAND...: returns 1 when the fault did not fire.
one() {
	name=$1 kind=$2 dir=$3 fault=$4
	shift 4
	case="$name $fault"
	rm -rf "$tmp/run" "$tmp/log" && cp -a "$tmp/base" "$tmp/run"
	(cd "$tmp/run" && OCOP_FAULT=$fault OCOP_FAULT_DIR=$tmp/run/$dir \
		OCOP_FAULT_LOG=$tmp/log LD_PRELOAD=$shim "$@") >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ -s "$tmp/log" ] || return 1
	snap "$tmp/run/$dir" >"$tmp/got"
	# The last fault fired decides what must have happened.
	# shellcheck disable=SC2046
	set -- $(tail -n 1 "$tmp/log")
	call=$1 wr=${4#wr=} path=$5
	crit=0
	case $call in
	write|fsync|rename) crit=1 ;;
	close|openat) [ "$wr" = 1 ] && case $path in */.ocop.lock) ;; *) crit=1 ;; esac ;;
	unlinkat) case $path in *.tmp-*) ;; *) crit=1 ;; esac ;;
	esac
	if [ "$fault" = write:short:1 ]; then
		# A short write alone: the write loop writes the rest.
		if [ $rc = 0 ] && cmp -s "$tmp/got" "$tmp/after"; then
			pass short-write-completed
		else
			fail "exit $rc after a short write; the directory is not the new one"
		fi
		return 0
	fi
	case $kind in
	init)
		if [ $rc = 0 ] && cmp -s "$tmp/got" "$tmp/after"; then
			pass ignored
		elif [ $rc = 3 ] && [ -s "$tmp/err" ] && [ ! -e "$tmp/run/$dir/ocop.yaml" ]; then
			# Nothing that looks like a data directory; init can be run again.
			if (cd "$tmp/run" && oc -q init "$dir" && oc -C "$dir" check) >/dev/null 2>&1; then
				pass refused
			else
				fail "after exit 3, ocop init $dir fails or leaves a bad directory"
			fi
		else
			fail "exit $rc; the directory is neither unmade nor whole"
		fi
		return 0 ;;
	esac
	if ! (cd "$tmp/run" && oc -C "$dir" check) >"$tmp/check" 2>&1; then
		fail "ocop check fails after the fault (exit $rc):"
		sed 's/^/    check: /' "$tmp/check" | head -5
		return 0
	fi
	if [ $rc = 0 ]; then
		if [ $crit = 1 ]; then
			fail "exit 0 after a failed $call of $path"
		elif cmp -s "$tmp/got" "$tmp/after"; then
			pass ignored
		else
			fail "exit 0, but the directory is not the new one"
		fi
		return 0
	fi
	if [ $rc != 3 ]; then
		fail "exit $rc, not 3"
		return 0
	fi
	if ! [ -s "$tmp/err" ]; then
		fail "exit 3 without a message"
		return 0
	fi
	# An import that failed must not print its counts as if done.
	if grep -q -E '^(products|producers): [0-9]+ added' "$tmp/out"; then
		fail "exit 3, yet the counts say: $(head -n 1 "$tmp/out")"
		return 0
	fi
	# A temporary file .NAME.tmp-PID of SUB/: the message names SUB/NAME.
	case $path in
	*/.*.tmp-*)
		f=${path##*/}; f=${f#.}; f=${f%.tmp-*}
		sub=${path%/*}; sub=${sub#"$tmp/run/"}
		if ! grep -q -F "$sub/$f" "$tmp/err"; then
			fail "the message does not name the file $sub/$f"
			return 0
		fi ;;
	esac
	if cmp -s "$tmp/got" "$tmp/before"; then
		pass refused
	elif [ "$call" = fsync ] && [ "$wr" = 0 ] && cmp -s "$tmp/got" "$tmp/after"; then
		# The fsync of the directory comes after the rename: the new
		# file is in place, not yet durable.  Exit 3 is right; saying
		# "the file is unchanged" is not.
		if grep -q unchanged "$tmp/err"; then
			fail "the file is new, but the message says: $(head -n 1 "$tmp/err")"
		else
			pass written-not-synced
		fi
	elif [ "$kind" = many ] && old_or_new "$tmp/before" "$tmp/after" "$tmp/got" >"$tmp/bad"; then
		pass refused-partly-written
	else
		fail "exit 3, but the directory changed:"
		[ "$kind" = many ] && sed 's/^/    neither old nor new: /' "$tmp/bad"
		[ "$kind" = many ] || diff "$tmp/before" "$tmp/got" | sed 's/^/    /' | head -8
	fi
	return 0
}

# The shim must work, or every case would pass for nothing.
rm -rf "$tmp/run" && cp -a "$tmp/base" "$tmp/run"
case="the shim"
if (cd "$tmp/run" && OCOP_FAULT=openat:EIO:1 OCOP_FAULT_DIR=$tmp/run/d \
	LD_PRELOAD=$shim "$ocop" -C d check) >/dev/null 2>"$tmp/err"; then
	: >"$tmp/log"
	fail "OCOP_FAULT=openat:EIO:1 did not make ocop check fail"
	finish
fi

scenario set one d oc -C d producer set co-so-a phone=0912345678
scenario add one d oc -C d product add "Bánh mới" --producer co-so-a --category food
scenario rm one d oc -C d product rm cha-bong
scenario import many d oc -C d import products "$tmp/register.csv"
if [ "$mode" = full ]; then
	scenario cycle one d oc -C d cycle advance cha-bong --date 2025-04-01
	scenario init init n oc -q init n --ward "Nghĩa Lộ"
fi

# Standard output that cannot be written: exit non-zero, with a message.
rm -rf "$tmp/run" && cp -a "$tmp/base" "$tmp/run" && cd "$tmp/run" || exit 3
for c in "producer list" "product list --format csv" "product show cha-bong --format json" \
	 "report certified --format html" "producer add X --kind household --id x"; do
	case="stdout on /dev/full: ocop $c"
	# shellcheck disable=SC2086
	oc -C d $c >/dev/full 2>"$tmp/err"
	rc=$?
	: >"$tmp/log"
	if [ $rc = 0 ]; then
		fail "exit 0"
	elif ! [ -s "$tmp/err" ]; then
		fail "exit $rc without a message"
	else
		pass stdout-full
	fi
done
# Standard output (or error) closed: what is printed must not land in a
# file the command opens (the data directory, a record, the lock).  The
# command may succeed, its output lost, as git's commands do.
for c in "1>&-" "2>&-" "1>&- 2>&-"; do
	case="stdio closed ($c): ocop product add"
	rm -rf "$tmp/run" && cp -a "$tmp/base" "$tmp/run"
	(cd "$tmp/run" && eval "\"\$ocop\" -C d product add 'Bánh khác' --producer co-so-a --category food --date 2025-03-01 >/dev/null $c")
	rc=$?
	: >"$tmp/log" && : >"$tmp/err"
	if [ $rc != 0 ] && [ $rc != 3 ]; then
		fail "exit $rc"
	elif ! (cd "$tmp/run" && oc -C d check) >"$tmp/err" 2>&1; then
		fail "ocop check fails afterwards"
	elif grep -r -l -e '^banh-khac$' "$tmp/run/d" >/dev/null 2>&1; then
		fail "the printed id is in a file of the data directory: $(grep -r -l -e '^banh-khac$' "$tmp/run/d")"
	elif [ $rc = 0 ] && ! [ -f "$tmp/run/d/products/banh-khac.yaml" ]; then
		fail "exit 0 but no product"
	else
		pass stdio-closed
	fi
done
finish
