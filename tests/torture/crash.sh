#!/bin/sh
# crash.sh OCOP [KILLS [SEED]] — crash torture: kill -9 at random moments.
#
# A loop of writes runs in its own process group: each round it rewrites
# a product (notes and trademark set to the same number, so that a torn
# record would show two numbers), then adds a product, removes it,
# rewrites the producer, or imports a register of two products (one batch:
# both written, then both renamed).  After a random time (SEED drives awk's rand();
# 0.02 to 0.32 s) the whole group gets SIGKILL, with the ocop it is running,
# KILLS times (200).  After each kill:
#
#   - ocop check passes, and says nothing but a warning for each temporary
#     file a killed write left; every such file is named by it, and none
#     other is left (they are then removed, as an officer would);
#   - the product holds the value of the last write that finished or of
#     the one that was killed, never older, never torn;
#   - the lock died with its holder: the next round writes at once.
#
# Most of an ocop run is starting, reading and checking; the write itself,
# between the open of the temporary file and the rename, is short.  So
# that kills land there too, every other round preloads the fault shim of
# tests/fault/ with OCOP_FAULT_DELAY_MS=30, which slows each fsync and
# rename by 30 ms and fails nothing (skipped when the shim cannot be built
# or the binary is a sanitizer build).
#
# Ends with "crash: N passed, N failed" (one a kill), after lines that say
# how many kills left a temporary file (killed inside a write), and where
# the kills fell.
set -u
ocop=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
kills=${2:-200}
seed=${3:-1}
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 OCOP_TODAY=2025-11-20 OCOP_BIN="$ocop"
unset OCOP_DATA LANG LANGUAGE
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-crash.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
# A copy of the binary: a rebuild while the torture runs changes nothing.
cp "$ocop" "$tmp/ocop" || exit 3
ocop=$tmp/ocop OCOP_BIN=$tmp/ocop
cd "$tmp" || exit 3
passed=0 failed=0 with_tmp=0 killed_new=0 killed_old=0 in_second=0

"$ocop" -q init d &&
"$ocop" -C d producer add "Cơ sở A" --kind facility >/dev/null &&
"$ocop" -C d product add "Chà bông" --producer co-so-a --category food --date 2025-03-01 >/dev/null &&
"$ocop" -C d product set cha-bong notes=n0 readiness.trademark=t0 || {
	echo "crash: cannot make the data directory"
	echo "crash: 0 passed, 1 failed"
	exit 1
}
: >progress
shim=
if ! ldd "$ocop" 2>/dev/null | grep -q 'lib[at]san' &&
   ${CC:-cc} -std=c11 -shared -fPIC -O2 -o "$tmp/shim.so" "$here/../fault/shim.c" -ldl 2>/dev/null; then
	shim=$tmp/shim.so
fi

# The writer, from round I: appends "s I" before round I's writes, "m I"
# after the product's, "d I" after the second.
cat >writer.sh <<'EOF'
i=$1
while :; do
	echo "s $i" >>progress
	"$OCOP_BIN" -C d product set cha-bong notes=n$i readiness.trademark=t$i 2>>writer.err
	echo "m $i" >>progress
	case $((i % 4)) in
	0) "$OCOP_BIN" -C d product add "Bánh $i" --producer co-so-a --category food --id b-$i >/dev/null 2>>writer.err ;;
	1) "$OCOP_BIN" -C d product rm b-$((i - 1)) 2>>writer.err ;;
	2) "$OCOP_BIN" -C d producer set co-so-a phone=09$(printf %08d $i) 2>>writer.err ;;
	3) printf 'Tên sản phẩm,Chủ thể,Hạng sao,Năm,Số quyết định,Nhóm sản phẩm,Ghi chú\nMật ong,Cơ sở A,3,2025,1/QĐ-UBND,Thực phẩm,r%d\nNước mắm,Cơ sở A,3,2025,2/QĐ-UBND,Thực phẩm,r%d\n' $i $i >reg.csv
	   "$OCOP_BIN" -C d import products reg.csv >/dev/null 2>>writer.err ;;
	esac
	echo "d $i" >>progress
	i=$((i + 1))
done
EOF

awk -v seed="$seed" -v n="$kills" \
	'BEGIN { srand(seed); for (i = 0; i < n; i++) printf "%.3f\n", 0.02 + rand() * 0.3 }' >delays
k=0 next=1 prev=0
while read -r delay; do
	k=$((k + 1))
	if [ -n "$shim" ] && [ $((k % 2)) = 0 ]; then
		LD_PRELOAD=$shim OCOP_FAULT_DELAY_MS=30 OCOP_FAULT_DIR=$tmp/d setsid sh writer.sh $next &
		pid=$!
	else
		setsid sh writer.sh $next &
		pid=$!
	fi
	sleep "$delay"
	# dash's kill takes no "--": the group is -PID right after the signal.
	kill -KILL "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	# What the writer had started and finished.
	s=$(sed -n 's/^s \([0-9]*\)$/\1/p' progress | tail -n 1)
	d=$(sed -n 's/^d \([0-9]*\)$/\1/p' progress | tail -n 1)
	m=$(sed -n 's/^m \([0-9]*\)$/\1/p' progress | tail -n 1)
	[ -n "$s" ] || s=0
	[ -n "$d" ] || d=0
	[ -n "$m" ] || m=0
	start=$next next=$((s + 1))
	bad=
	# Every file parses and checks; the only warnings are temporary files.
	"$ocop" -C d check >check.out 2>&1
	rc=$?
	[ $rc = 0 ] || bad="$bad; ocop check exits $rc"
	grep -v -e ': warning: temporary file left by an interrupted command' \
		-e '^ocop: d: errors: 0, warnings: [0-9]*$' check.out >check.other
	[ -s check.other ] && bad="$bad; ocop check says: $(head -n 2 check.other | tr '\n' ' ')"
	found=$(find d -name '.*.tmp-*' | sort)
	for t in $found; do
		grep -q -F "$t" check.out || bad="$bad; $t is not named by ocop check"
	done
	[ -n "$found" ] && with_tmp=$((with_tmp + 1))
	[ -n "${CRASH_DEBUG:-}" ] && echo "kill $k ($delay): $(tail -n 3 progress | tr "\n" " ") s=$s m=$m d=$d n=$(sed -n "s/^notes: n//p" d/products/cha-bong.yaml) tmp=$found"
	# The product: old or new, never torn.
	n=$(sed -n 's/^notes: n//p' d/products/cha-bong.yaml)
	t=$(sed -n 's/^  trademark: t//p' d/products/cha-bong.yaml)
	# The value before this run's first write is what the last check saw.
	if [ -z "$n" ] || [ "$n" != "$t" ]; then
		bad="$bad; the product is torn or empty (notes n$n, trademark t$t)"
	elif [ "$s" -lt "$start" ]; then
		[ "$n" = "$prev" ] || bad="$bad; the product changed (n$prev to n$n) with no write started"
	elif [ "$m" = "$s" ]; then
		# Killed after the product's write: it is new.
		[ "$n" = "$s" ] || bad="$bad; the product holds n$n, its write $s had finished"
		in_second=$((in_second + 1))
	else
		# Killed in the product's write: old or new.
		old=$((s - 1))
		[ "$s" = "$start" ] && old=$prev
		if [ "$n" = "$s" ]; then
			killed_new=$((killed_new + 1))
		elif [ "$n" = "$old" ]; then
			killed_old=$((killed_old + 1))
		else
			bad="$bad; the product holds n$n, neither the old n$old nor the new n$s"
		fi
	fi
	prev=$n
	if [ -n "$bad" ]; then
		failed=$((failed + 1))
		echo "FAIL kill $k (after ${delay}s, writer at round $s):${bad#;}"
	else
		passed=$((passed + 1))
	fi
	rm -f $found
done <delays
# The lock is free and the directory whole: one more write goes through.
if ! "$ocop" -C d product set cha-bong notes=final 2>writer.final ||
   ! "$ocop" -C d check 2>>writer.final; then
	failed=$((failed + 1))
	echo "FAIL: after the last kill, a write or check fails:"
	sed 's/^/    /' writer.final | head -5
fi
rounds=$(grep -c '^d ' progress)
slowed="fsync and rename at full speed"
[ -n "$shim" ] && slowed="half of them with fsync and rename slowed by 30 ms"
echo "crash: $kills kills (seed $seed; $slowed), $rounds rounds finished; $with_tmp kills left a temporary file"
echo "crash: killed in the product's write: $((killed_new + killed_old)) (the write was done in $killed_new, not in $killed_old); in the second write: $in_second"
echo "crash: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
