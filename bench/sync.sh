#!/bin/sh
# sync.sh OCOP [WARDS] — time "ocop sync" in a province of WARDS (default
# 100) unchanged wards whose remotes are local repositories; the target is
# under 5 s for 100 (issue 16).  Not part of "make bench" (its table is
# by data size): run it by hand, "sh bench/sync.sh bin/ocop".
#
# Each ward is made with "ocop init --git" and a few records; the province
# holds a clone of each, listed in its ocop.yaml.  Prints the median of 3
# runs, and the same with one ward moved forward by one commit.
set -eu
ocop=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
wards=${2:-100}
root=${BENCH_DIR:-${TMPDIR:-/tmp}/ocop-bench}/sync-$wards
export LC_ALL=C.UTF-8 OCOP_TODAY=2025-12-01 GIT_AUTHOR_NAME=bench \
       GIT_AUTHOR_EMAIL=bench@example.org GIT_COMMITTER_NAME=bench \
       GIT_COMMITTER_EMAIL=bench@example.org
unset OCOP_DATA

if [ ! -f "$root/DONE" ]; then
	echo "bench: making $wards wards and their province in $root" >&2
	rm -rf "$root"
	mkdir -p "$root/remotes" "$root/province/wards"
	printf 'province: Bench\nunit: province\nwards:\n' >"$root/province/ocop.yaml"
	i=1
	while [ "$i" -le "$wards" ]; do
		w=ward-$i
		"$ocop" init --git "$root/remotes/$w" --ward "$w" >/dev/null 2>&1
		"$ocop" -C "$root/remotes/$w" producer add "HTX $i" --kind cooperative --id htx >/dev/null
		"$ocop" -C "$root/remotes/$w" product add "Sản phẩm $i" --producer htx --category food --date 2025-03-01 >/dev/null
		git clone -q "$root/remotes/$w" "$root/province/wards/$w"
		printf -- '- {name: %s, path: wards/%s}\n' "$w" "$w" >>"$root/province/ocop.yaml"
		i=$((i + 1))
	done
	touch "$root/DONE"
fi

# run LABEL: the median of 3 timed runs of "ocop sync" in the province.
run() {
	times=
	for k in 1 2 3; do
		[ -n "${prep:-}" ] && sh -c "$prep"
		t0=$(date +%s%N)
		(cd "$root/province" && "$ocop" sync >/dev/null) || { echo "bench: ocop sync failed" >&2; exit 1; }
		t1=$(date +%s%N)
		times="$times $(( (t1 - t0) / 1000000 ))"
	done
	median=$(echo $times | tr ' ' '\n' | sort -n | sed -n 2p)
	printf 'bench: %-52s %6d ms  (runs:%s ms)\n' "$1" "$median" "$times"
}

(cd "$root/province" && "$ocop" sync >/dev/null)	# warm
prep=
run "ocop sync, $wards unchanged wards (local remotes)"
prep="'$ocop' -C '$root/remotes/ward-1' producer add 'HTX \$\$' --kind cooperative >/dev/null"
run "ocop sync, $wards wards, one moved forward"
