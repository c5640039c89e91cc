#!/bin/sh
# concurrent.sh OCOP [PROCS [WRITES]] — concurrency torture.
#
# PROCS processes (4, at most 5) make WRITES writes each (200) on one data
# directory at once, a mix of:
#
#   - `product set` of the process's own product (notes=P-I);
#   - `producer set` of one producer they all share, each process its own
#     key (representative, address, old_address, notes, tax_code);
#   - `product add` of a new product (t-P-I), and `product rm` of it in the
#     next write.
#
# Odd processes pass --wait 0 (writers wait 10 s by default): a write
# refused with exit 4 ("locked") is tried again after a short pause, and
# counted.  Even processes pass
# --wait 60 and must never be refused.  Any other failure is an error.
# At the end, from the files:
#
#   - no lost update: each process's last value of its product and of its
#     key of the shared producer is there;
#   - every product added and not removed is there, and no other;
#   - ocop check passes, and no temporary file is left.
#
# Ends with "concurrent: N passed, N failed" (one a check).
set -u
ocop=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
procs=${2:-4}
writes=${3:-200}
[ "$procs" -ge 1 ] && [ "$procs" -le 5 ] || { echo "concurrent: PROCS must be 1 to 5"; exit 2; }
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 OCOP_TODAY=2025-11-20
unset OCOP_DATA LANG LANGUAGE
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-concurrent.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
cp "$ocop" "$tmp/ocop" || exit 3
ocop=$tmp/ocop
cd "$tmp" || exit 3
passed=0 failed=0
check() {	# check WHAT CONDITION-STATUS
	if [ "$2" = 0 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL $1"
	fi
}

"$ocop" -q init d &&
"$ocop" -C d producer add "Cơ sở chung" --kind facility --id chung >/dev/null || exit 3
p=1
while [ $p -le "$procs" ]; do
	"$ocop" -C d product add "Sản phẩm $p" --producer chung --category food --id sp-$p >/dev/null || exit 3
	p=$((p + 1))
done

# key P: the shared producer's key of process P, and a value of it.
key() {
	case $1 in
	1) echo representative ;; 2) echo address ;; 3) echo old_address ;;
	4) echo notes ;; 5) echo tax_code ;;
	esac
}
value() {	# value P I
	case $1 in
	5) printf '43%08d' "$2" ;;
	*) echo "p$1-$2" ;;
	esac
}

# worker P: WRITES writes; the log says each success, retry and error.
worker() {
	p=$1 i=1
	wait_opt="--wait 0"
	[ $((p % 2)) = 0 ] && wait_opt="--wait 60"
	while [ $i -le "$writes" ]; do
		case $((i % 4)) in
		1) set -- product set sp-$p notes=p$p-$i ;;
		2) set -- producer set chung "$(key $p)=$(value $p $i)" ;;
		3) set -- product add "Thử $p $i" --producer chung --category food --id t-$p-$i ;;
		0) set -- product rm t-$p-$((i - 1)) ;;
		esac
		tries=0
		while :; do
			# shellcheck disable=SC2086
			"$ocop" -C d $wait_opt "$@" >/dev/null 2>"err-$p"
			rc=$?
			[ $rc = 4 ] && [ "$wait_opt" = "--wait 0" ] || break
			tries=$((tries + 1))
			echo "retry $i" >>"log-$p"
			sleep 0.0$(( (p * 7 + i * 3 + tries) % 9 + 1 ))
		done
		if [ $rc = 0 ]; then
			echo "ok $i $*" >>"log-$p"
		else
			echo "error $i exit $rc: $* — $(head -n 1 "err-$p")" >>"log-$p"
		fi
		i=$((i + 1))
	done
}

start=$(date +%s)
p=1 pids=
while [ $p -le "$procs" ]; do
	: >"log-$p"
	worker $p &
	pids="$pids $!"
	p=$((p + 1))
done
for pid in $pids; do
	wait "$pid"
done
secs=$(( $(date +%s) - start ))

# No error but "locked", and only for the processes with --wait 0.
errors=$(cat log-* | grep -c '^error')
check "writes that failed: $errors" "$( [ "$errors" = 0 ] && echo 0 || echo 1)"
cat log-* | grep '^error' | head -5 | sed 's/^/    /'
retries=0 p=1
while [ $p -le "$procs" ]; do
	r=$(grep -c '^retry' "log-$p")
	retries=$((retries + r))
	if [ $((p % 2)) = 0 ]; then
		check "process $p (--wait 60) was refused $r times" "$( [ "$r" = 0 ] && echo 0 || echo 1)"
	fi
	p=$((p + 1))
done

# No lost update.
p=1
while [ $p -le "$procs" ]; do
	last=$(sed -n 's/^ok \([0-9]*\) product set .*/\1/p' "log-$p" | tail -n 1)
	got=$(sed -n 's/^notes: //p' d/products/sp-$p.yaml)
	check "process $p: its product holds '$got', its last write was 'p$p-$last'" \
		"$( [ "$got" = "p$p-$last" ] && echo 0 || echo 1)"
	last=$(sed -n 's/^ok \([0-9]*\) producer set .*/\1/p' "log-$p" | tail -n 1)
	k=$(key $p)
	got=$(sed -n "s/^$k: //p" d/producers/chung.yaml | tr -d "'")
	check "process $p: the shared producer's $k is '$got', its last write was '$(value $p "$last")'" \
		"$( [ "$got" = "$(value $p "$last")" ] && echo 0 || echo 1)"
	p=$((p + 1))
done

# The products added and not removed, and no others.
p=1
: >want
while [ $p -le "$procs" ]; do
	sed -n 's/^ok [0-9]* product add .* --id \(t-[0-9]*-[0-9]*\)$/\1/p' "log-$p" >>want
	sed -n 's/^ok [0-9]* product rm \(t-[0-9]*-[0-9]*\)$/\1/p' "log-$p" >>removed
	p=$((p + 1))
done
touch removed
grep -v -x -F -f removed want | sort >want.left
ls d/products | sed -n 's/^\(t-.*\)\.yaml$/\1/p' | sort >got.left
cmp -s want.left got.left
check "the products added and not removed are there, and no other" $?
cmp -s want.left got.left || diff want.left got.left | head -5 | sed 's/^/    /'

"$ocop" -C d check >check.out 2>&1
check "ocop check passes: $(head -n 1 check.out)" $?
left=$(find d -name '.*.tmp-*' | wc -l)
check "no temporary file is left ($left found)" "$( [ "$left" = 0 ] && echo 0 || echo 1)"

echo "concurrent: $procs processes × $writes writes in $secs s; $retries retries after 'locked' (processes with --wait 0)"
echo "concurrent: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
