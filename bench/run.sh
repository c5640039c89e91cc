#!/bin/sh
# run.sh OCOP TOOLS — make bench: time ocop against the libyaml floor and
# its peers on generated data of 1,000, 20,000 and 200,000 products, and
# print one table of medians, ratios and peak memory.  See BENCHMARKS.md.
#
# TOOLS is the folder of the bench's own programs (gen, floor, measure),
# built by mk/bench.mk.  The data goes to $BENCH_DIR (default
# ${TMPDIR:-/tmp}/ocop-bench), one folder a size, and is reused while its
# stamp (the generator's checksum, the seed, the size) matches.
#
# Settings (environment):
#   BENCH_SIZES     sizes to run (default "1000 20000 200000"; 200000 is the
#                   stress size: one run of each read, and the writes)
#   BENCH_RUNS      timed runs of each read at 1,000 and 20,000 (default 5)
#   BENCH_WRITES    timed runs of each single-record write (default 21)
#   BENCH_PY_RUNS   runs of PyYAML over the files at 20,000 (default 3)
#   BENCH_PY_ONE_FILE=1  also PyYAML on the one-file YAML at 20,000 (1 run)
#   BENCH_IMPORT_LIMIT  seconds after which the 20,000-row import is
#                   stopped (default 60)
#   BENCH_SEED      the generator's seed (default 20251201)
#   BENCH_DIR       where the data goes
#   BENCH_COUNTRY=0 skip the country (with 20,000 in BENCH_SIZES: the same
#                   number of products in 3,300 ward directories of 34
#                   provinces, read as one province directory)
set -eu

tools=$(cd "$2" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
gen=$tools/gen floor=$tools/floor measure=$tools/measure
root=${BENCH_DIR:-${TMPDIR:-/tmp}/ocop-bench}
sizes=${BENCH_SIZES:-1000 20000 200000}
runs=${BENCH_RUNS:-5}
writes=${BENCH_WRITES:-21}
py_runs=${BENCH_PY_RUNS:-3}
import_limit=${BENCH_IMPORT_LIMIT:-60}
seed=${BENCH_SEED:-20251201}
today=2025-12-01	# the generator's "today"; every run sees the same data

export LC_ALL=C.UTF-8
unset OCOP_DATA OCOP_THREADS OCOP_TODAY
E="-e OCOP_TODAY=$today"

# The peers: Debian's python3 with python3-yaml, else the python3 on PATH.
python=
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import yaml, sys; sys.exit(not yaml.__with_libyaml__)' 2>/dev/null; then
		python=$p
		break
	fi
done
command -v recsel >/dev/null 2>&1 || { echo "bench: recsel not found (Debian: recutils)" >&2; exit 3; }
[ -n "$python" ] || { echo "bench: no python3 with PyYAML's C loader (Debian: python3-yaml)" >&2; exit 3; }

mkdir -p "$root/bin"
# A copy of the program: a build running beside the bench (make check in
# another shell) may rewrite bin/ocop while it is timed.
ocop=$root/bin/ocop
for try in 1 2 3; do
	cp "$1" "$ocop" && "$ocop" --version >/dev/null 2>&1 && break
	sleep 2
done
"$ocop" --version >/dev/null || { echo "bench: $1 does not run" >&2; exit 3; }
results=$root/results.txt
: >"$results"
started=$(date +%s)

say() { printf '%s\n' "$*" >&2; }

# m SIZE KEY LABEL MEASURE-ARGS... — time one row, keep it in $results.
m() {
	size=$1 key=$2 label=$3
	shift 3
	printf 'bench: %7s  %s ... ' "$size" "$label" >&2
	rm -f "$root/err"
	r=$("$measure" "$@") || r="nan nan nan 0 1 0 -2 nan nan nan"
	set -- $r
	printf '%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s\n' "$size" "$key" "$label" \
		"$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8" "$9" "${10}" >>"$results"
	if [ "$5" != 0 ]; then
		printf 'failed (exit %s)\n' "$7" >&2
		if [ -s "$root/err" ]; then
			tail -n 3 "$root/err" | sed 's/^/bench:     /' >&2
		fi
	else
		printf '%s s\n' "$1" >&2
	fi
}

# info SIZE KEY VALUE — a fact about a size for the table's headings.
info() { printf '%s|%s|%s\n' "$1" "$2" "$3" >>"$root/info.txt"; }
: >"$root/info.txt"

# --- the data ---------------------------------------------------------------

# prepare N: generate $root/nN, or reuse it when its stamp matches.
prepare() {
	n=$1 d=$root/n$1
	stamp="gen $(cksum <"$top/bench/gen.c" | cut -d' ' -f1) seed $seed products $n"
	if [ -f "$d/STAMP" ] && [ "$(cat "$d/STAMP")" = "$stamp" ] && [ ! -e "$d/DIRTY" ]; then
		info "$n" gen "reused"
		return
	fi
	say "bench: generating $n products in $d"
	rm -rf "$d"
	mkdir -p "$d"
	t0=$(date +%s)
	if [ "$n" -le 20000 ]; then
		"$gen" -n "$n" -s "$seed" -o "$d/data" -r "$d/products.rec" \
			-y "$d/all.yaml" -c "$d/register.csv" -i "$d/ids"
		# The register as Excel saves it, for the XLSX import's line:
		# LibreOffice reads the CSV (';', '"', UTF-8), its 9 columns as
		# text (a tax code keeps its leading 0), when installed.
		text=1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2/9/2
		if command -v soffice >/dev/null 2>&1; then
			soffice --headless --infilter="CSV:59,34,76,1,$text" --convert-to xlsx \
				--outdir "$d" "$d/register.csv" >/dev/null 2>&1 || rm -f "$d/register.xlsx"
		fi
		# Every generated directory is one that ocop accepts.
		if ! OCOP_TODAY=$today "$ocop" -q -C "$d/data" check; then
			say "bench: the generated data of $n products does not pass ocop check"
			exit 1
		fi
	else
		"$gen" -n "$n" -s "$seed" -o "$d/data" -i "$d/ids"
	fi
	info "$n" gen "generated in $(($(date +%s) - t0)) s"
	echo "$stamp" >"$d/STAMP"
}

# The country: 20,000 products in 3,300 ward directories (bench/gen -W),
# a province directory listing them all, the form `ocop init --province
# --wards` makes and every read command reads whole.
country_wards=3300
prepare_country() {
	d=$root/country
	stamp="gen $(cksum <"$top/bench/gen.c" | cut -d' ' -f1) seed $seed products 20000 wards $country_wards"
	if [ -f "$d/STAMP" ] && [ "$(cat "$d/STAMP")" = "$stamp" ]; then
		info 20000 country_gen "reused"
		return
	fi
	say "bench: generating the country: 20000 products in $country_wards wards, in $d"
	rm -rf "$d"
	mkdir -p "$d"
	"$gen" -n 20000 -s "$seed" -o "$d/data" -W "$country_wards"
	if ! OCOP_TODAY=$today "$ocop" -q -C "$d/data" check; then
		say "bench: the generated country does not pass ocop check"
		exit 1
	fi
	echo "$stamp" >"$d/STAMP"
	info 20000 country_gen "generated"
}

# country: report summary over the country's province directory, against
# the floor of the same files (the province's ocop.yaml and every ward's
# ocop.yaml, producers and products).
country() {
	k=$1 d=$root/country/data
	find "$d" -type f -name '*.yaml' -print0 | xargs -0 cat >/dev/null
	info 20000 country_files "$(find "$d" -name '*.yaml' -type f | wc -l)"
	m 20000 cfloor1 "country: floor of its $country_wards wards' files" \
		-n "$k" -w 0 -- sh -c 'cd "$1" && exec "$2" . wards/*/*' sh "$d" "$floor"
	m 20000 cfloor2 "country: floor, both cores (2 threads)" \
		-n "$k" -w 0 -- sh -c 'cd "$1" && exec "$2" -j 2 . wards/*/*' sh "$d" "$floor"
	m 20000 country "country: ocop report summary, $country_wards wards" \
		-n "$k" -w 0 $E -E "$root/err" -- "$ocop" -C "$d" report summary
	m 20000 country1 "country: ocop report summary, OCOP_THREADS=1" \
		-n "$k" -w 0 $E -e OCOP_THREADS=1 -E "$root/err" -- "$ocop" -C "$d" report summary
}

# warm N: read every file once, so that every run finds them in the page cache.
warm() {
	d=$root/n$1
	find "$d" -type f ! -name '*.txt' -print0 | xargs -0 cat >/dev/null
}

describe() {
	d=$root/n$1/data
	files=$(find "$d" -name '*.yaml' -type f | wc -l)
	bytes=$(find "$d" -name '*.yaml' -type f -print0 | xargs -0 cat | wc -c)
	producers=$(ls "$d/producers" | wc -l)
	info "$1" files "$files"
	info "$1" bytes "$bytes"
	info "$1" producers "$producers"
}

# --- the measurements ---------------------------------------------------------

reads() {	# reads N RUNS
	n=$1 k=$2 d=$root/n$1
	w="-w 1"
	[ "$n" -ge 20000 ] && w="-w 0"	# the warm pass was the warm-up
	m "$n" floor "floor: libyaml event parse of every file" \
		-n "$k" $w -- "$floor" "$d/data"
	m "$n" floor2 "floor, both cores (2 threads)" \
		-n "$k" $w -- "$floor" -j 2 "$d/data"
	m "$n" cat "cat of the same files" \
		-n "$k" $w -- sh -c 'find "$1" -name "*.yaml" -type f -print0 | xargs -0 cat' sh "$d/data"
	m "$n" summary "ocop report summary" \
		-n "$k" $w $E -E "$root/err" -- "$ocop" -C "$d/data" report summary
	m "$n" summary1 "ocop report summary, OCOP_THREADS=1" \
		-n "$k" $w $E -e OCOP_THREADS=1 -E "$root/err" -- "$ocop" -C "$d/data" report summary
	m "$n" check "ocop check" \
		-n "$k" $w $E -E "$root/err" -- "$ocop" -C "$d/data" check
	m "$n" check1 "ocop check, OCOP_THREADS=1" \
		-n "$k" $w $E -e OCOP_THREADS=1 -E "$root/err" -- "$ocop" -C "$d/data" check
	m "$n" search "ocop product list --search 'nuoc mam'" \
		-n "$k" $w $E -E "$root/err" -- "$ocop" -C "$d/data" product list --search "nuoc mam"
	m "$n" certified "ocop report certified --format csv" \
		-n "$k" $w $E -E "$root/err" -- "$ocop" -C "$d/data" report certified --format csv
	# the workbook against the CSV of the same list (issue 13: ≤ 2×)
	m "$n" listcsv "ocop product list --format csv" \
		-n "$k" $w $E -E "$root/err" -- "$ocop" -C "$d/data" product list --format csv
	m "$n" listxlsx "ocop product list --format xlsx" \
		-n "$k" $w $E -E "$root/err" -- "$ocop" -C "$d/data" product list --format xlsx
	m "$n" recsel "recsel: count by category and stars (.rec)" \
		-n "$k" $w -- recsel -t Product -G Category,Stars -p 'Category,Stars,Count(Id)' "$d/products.rec"
	if [ "$n" -le 1000 ]; then
		m "$n" pyfiles "PyYAML CSafeLoader: the same count, every file" \
			-n "$k" $w $E -- "$python" "$top/bench/peer_pyyaml.py" "$d/data"
		m "$n" pyone "PyYAML CSafeLoader: the same count, one file" \
			-n "$k" $w $E -- "$python" "$top/bench/peer_pyyaml.py" "$d/all.yaml"
	else
		m "$n" pyfiles "PyYAML CSafeLoader: the same count, every file" \
			-n "$py_runs" $E -- "$python" "$top/bench/peer_pyyaml.py" "$d/data"
		# One 17 MB document: PyYAML takes several times as long as
		# over the files (Python's collector over millions of live
		# objects); 1 run, and only when asked.
		if [ "${BENCH_PY_ONE_FILE:-0}" = 1 ]; then
			m "$n" pyone "PyYAML CSafeLoader: the same count, one file (1 run)" \
				-n 1 $E -- "$python" "$top/bench/peer_pyyaml.py" "$d/all.yaml"
		fi
	fi
	if [ "$n" -le 1000 ]; then
		m "$n" startup "ocop --version (start-up alone)" \
			-n "$k" $w -- "$ocop" --version
	fi
}

# import_rows N: the N-row register into an empty directory, made afresh each run.
import_rows() {
	n=$1 d=$root/n$1 imp=$root/import
	limit=600
	[ "$n" -gt 1000 ] && limit=$import_limit
	# Each run writes into a directory never used before, behind the link
	# $imp, and all are removed after the import's lines: removing a
	# run's 32,000 files just before the next run slowed that run's file
	# creations by 1 to 4 s on this machine's ext4 (mounted with discard),
	# whichever of the floor or ocop came next.
	fresh="rm -f '$imp' && f=\$(mktemp -d '$imp.XXXXXX') && ln -s \"\$f\" '$imp'"
	rm -rf "$imp" "$imp".??????	# a real directory, from an older bench
	# the floor of its writes: as many new files, temp + rename, one sync
	files=$(( n + $(ls "$d/data/producers" | wc -l) ))
	m "$n" cfloor "floor: create $files files (temp + rename, one sync)" \
		-n 3 -p "$fresh && sync" \
		-- "$floor" -c "$files" "$imp"
	m "$n" import "ocop import products ($n-row register, 3 runs)" \
		-n 3 -t "$limit" $E -E "$root/err" -o "$root/import.out" \
		-p "$fresh && '$ocop' init '$imp' --province 'Quảng Ngãi' >/dev/null 2>&1 && sync" \
		-- "$ocop" -C "$imp" import products "$d/register.csv"
	info "$n" import_producers "$(ls "$imp/producers" 2>/dev/null | wc -l)"
	info "$n" import_products "$(ls "$imp/products" 2>/dev/null | wc -l)"
	# the same register again: every row matched, nothing written; its
	# floor is the libyaml parse of the files it reads, those the import
	# wrote (smaller than the generator's, which carry more history)
	if [ "$(ls "$imp/products" 2>/dev/null | wc -l)" = "$n" ]; then
		m "$n" rfloor "floor: libyaml event parse of the imported files" \
			-n 3 -w 1 -- "$floor" "$imp"
		m "$n" rematch "ocop import products again: every row matched (1 run)" \
			-n 1 -t "$limit" $E -E "$root/err" -o "$root/import.out" \
			-- "$ocop" -C "$imp" import products "$d/register.csv"
	fi
	# the same register as a workbook (made by LibreOffice, when there)
	if [ -f "$d/register.xlsx" ]; then
		m "$n" importx "ocop import products, the register as .xlsx (3 runs)" \
			-n 3 -t "$limit" $E -E "$root/err" -o "$root/import.out" \
			-p "$fresh && '$ocop' init '$imp' --province 'Quảng Ngãi' >/dev/null 2>&1 && sync" \
			-- "$ocop" -C "$imp" import products "$d/register.xlsx"
	fi
	rm -rf "$imp" "$imp".??????
}

stress() {	# one run of each read at 200,000
	n=$1 d=$root/n$1
	m "$n" floor "floor: libyaml event parse of every file (1 run)" \
		-n 1 -- "$floor" "$d/data"
	m "$n" floor2 "floor, both cores (1 run)" \
		-n 1 -- "$floor" -j 2 "$d/data"
	m "$n" check "ocop check (1 run)" \
		-n 1 $E -E "$root/err" -- "$ocop" -C "$d/data" check
	m "$n" summary "ocop report summary (1 run)" \
		-n 1 $E -E "$root/err" -- "$ocop" -C "$d/data" report summary
}

# Undo the writes: the data stays what its stamp says.
restore() {
	d=$root/n$1
	[ -d "$d/saved" ] || return 0
	for f in "$d"/saved/products/*.yaml "$d"/saved/producers/*.yaml; do
		[ -f "$f" ] || continue
		sub=$(basename "$(dirname "$f")")
		cp -p "$f" "$d/data/$sub/"
	done
	rm -rf "$d/saved" "$d/DIRTY"
}

# write_rows N: single-record writes, each on a record of the directory.
write_rows() {
	n=$1 d=$root/n$1
	mkdir -p "$d/saved/products" "$d/saved/producers"
	touch "$d/DIRTY"
	for id in $(cat "$d/ids-product.txt" "$d/ids-advance.txt"); do
		cp -p "$d/data/products/$id.yaml" "$d/saved/products/"
	done
	for id in $(cat "$d/ids-producer.txt"); do
		cp -p "$d/data/producers/$id.yaml" "$d/saved/producers/"
	done
	trap 'restore '"$n" EXIT INT TERM
	pk=5 pw=1
	[ "$n" -gt 20000 ] && pk=3 pw=0
	m "$n" wfloor "floor: a durable rewrite of one file (fsync ×2)" \
		-n "$writes" -w 1 -l "$d/ids-product.txt" -- "$floor" -w "$d/data/products/{}.yaml"
	m "$n" pset "ocop product set ID readiness.trademark=…" \
		-n "$writes" -w 1 -l "$d/ids-product.txt" $E -E "$root/err" \
		-- "$ocop" -C "$d/data" product set "{}" "readiness.trademark=Bench {n}"
	m "$n" advance "ocop cycle advance ID --date 2025-11-30" \
		-n "$writes" -w 1 -l "$d/ids-advance.txt" $E -E "$root/err" \
		-- "$ocop" -C "$d/data" cycle advance "{}" --date 2025-11-30
	m "$n" prset "ocop producer set ID phone=… (has a tax code)" \
		-n "$pk" -w "$pw" -l "$d/ids-producer.txt" $E -E "$root/err" \
		-- "$ocop" -C "$d/data" producer set "{}" "phone=0255 3000 1{n}"
	restore "$n"
	trap - EXIT INT TERM
}

# --- the run ----------------------------------------------------------------------

load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
for n in $sizes; do
	prepare "$n"
	say "bench: warming the page cache: every file of $n products read once"
	warm "$n"
	describe "$n"
	if [ "$n" -le 20000 ]; then
		reads "$n" "$runs"
		if [ "$n" = 20000 ] && [ "${BENCH_COUNTRY:-1}" != 0 ]; then
			prepare_country
			country "$runs"
		fi
		import_rows "$n"
	else
		stress "$n"
	fi
	write_rows "$n"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
elapsed=$(($(date +%s) - started))

# --- the table ---------------------------------------------------------------------

cpu=$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
cat <<EOF

ocop bench — $(date -u +%Y-%m-%d) — $("$ocop" --version 2>/dev/null | head -1), $(git -C "$top" describe --always --dirty 2>/dev/null || echo '?')
$(uname -sm), $(getconf _NPROCESSORS_ONLN) cores ($cpu); libyaml $(pkg-config --modversion yaml-0.1 2>/dev/null || echo '?'); $(recsel --version | head -1); $("$python" -c 'import sys, yaml; print("Python %d.%d.%d" % sys.version_info[:3], "PyYAML", yaml.__version__)')
load average: $load_before before, $load_after after; the whole bench took $elapsed s
Every file was read once (cat) before timing: the page cache is warm.  OCOP_TODAY=$today, seed $seed.
Times are medians of $runs runs (1,000 and 20,000; PyYAML over the files at 20,000: $py_runs) and of $writes single-record writes; CPU is user + system time.
EOF
awk -F'|' '
function t(x) {
	if (x == "nan" || x == "") return "—"
	if (x < 0.1) return sprintf("%.1f ms", x * 1000)
	if (x < 10) return sprintf("%.3f s", x)
	return sprintf("%.1f s", x)
}
function mem(k) {
	if (k <= 0) return "—"
	if (k >= 1048576) return sprintf("%.2f GiB", k / 1048576)
	return sprintf("%.1f MiB", k / 1024)
}
function group(n,   s, r) {
	s = sprintf("%d", n); r = ""
	while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) }
	return s r
}
# Widths in characters, not bytes: labels hold "×", "…", "—".
function width(s,   c) { c = s; return length(s) - gsub(/[\200-\277]/, "", c) }
function sp(k,   r) { r = ""; while (k-- > 0) r = r " "; return r }
function l(s, n) { return s sp(n - width(s)) }
function r(s, n) { return sp(n - width(s)) s }
FILENAME ~ /info/ { info[$1, $2] = $3; next }
{
	n = $1; key = $2
	order[++rows] = n SUBSEP key
	label[n, key] = $3
	if (!(key in name)) { name[key] = $3; sub(/ \(1 run\)$/, "", name[key]) } med[n, key] = $4; rss[n, key] = $7
	failed[n, key] = $8; nruns[n, key] = $9; rc[n, key] = $10; cpu[n, key] = $11
	user[n, key] = $12; sys[n, key] = $13
	if (!(n in seen)) { seen[n] = 1; sizes[++nsizes] = n }
}
function ratio(a, b) { return (a == "nan" || b == "nan" || b <= 0) ? "—" : sprintf("%.2f×", a / b) }
function ok(n, key) { return ((n, key) in med) && failed[n, key] == 0 && med[n, key] != "nan" }
function shown(n, key) {
	if (!((n, key) in med)) return "not run"
	if (rc[n, key] == -1) return "stopped"
	if (failed[n, key] != 0 && (rc[n, key] == 2 || rc[n, key] == 127)) return "not available"
	if (failed[n, key] != 0) return "failed (exit " rc[n, key] ")"
	return t(med[n, key])
}
END {
	print ""
	print l("measurement", 56) r("median", 10) r("CPU", 10) r("× floor", 9) r("CPU ×", 8) r("max RSS", 11)
	for (s = 1; s <= nsizes; s++) {
		n = sizes[s]
		printf "\n%s products, %s producers: %s files, %.1f MB (%s)\n", group(n),
			group(info[n, "producers"]), group(info[n, "files"]),
			info[n, "bytes"] / 1e6, info[n, "gen"]
		for (i = 1; i <= rows; i++) {
			split(order[i], a, SUBSEP)
			if (a[1] != n) continue
			key = a[2]
			base = key ~ /^(wfloor|pset|advance|prset)$/ ? "wfloor" : \
			       key ~ /^(cfloor[12]|country1?)$/ ? "cfloor1" : \
			       key ~ /^(rfloor|rematch)$/ ? "rfloor" : "floor"
			x = y = ""
			if (key == base) x = y = "1.00×"
			else if (key != "startup" && ok(n, key) && ok(n, base)) {
				x = ratio(med[n, key], med[n, base])
				y = ratio(cpu[n, key], cpu[n, base])
			}
			if (key == "wfloor")
				print "  single-record writes (× floor: against the durable rewrite)"
			extra = ""
			if (key == "import" && rc[n, key] == -1)
				extra = sprintf("  (stopped: %s producers, %s products written)",
					group(info[n, "import_producers"]), group(info[n, "import_products"]))
			print "  " l(label[n, key], 54) r(shown(n, key), 10) \
				r(failed[n, key] == 0 ? t(cpu[n, key]) : "—", 10) r(x, 9) r(y, 8) \
				r(mem(rss[n, key]), 11) extra
		}
	}

	n = 20000
	if ((n, "floor") in med) {
		print ""
		print "Against the peers at 20,000 products: the peer'"'"'s time ÷ ocop'"'"'s (targets: recsel ≥ 4×, PyYAML ≥ 10×)"
		print "  " l("", 44) r("recsel", 10) r("PyYAML, files", 16) r("PyYAML, 1 file", 16)
		split("summary check search certified", ks, " ")
		for (j = 1; j <= 4; j++) {
			k = ks[j]
			if (!ok(n, k)) continue
			print "  " l(label[n, k], 44) \
				r(ok(n, "recsel") ? ratio(med[n, "recsel"], med[n, k]) : "—", 10) \
				r(ok(n, "pyfiles") ? ratio(med[n, "pyfiles"], med[n, k]) : "—", 16) \
				r(ok(n, "pyone") ? ratio(med[n, "pyone"], med[n, k]) : "—", 16)
		}
	}

	print ""
	print "Single-record writes: medians (target < 5 ms, the same at every size)"
	line = "  " l("", 50)
	for (s = 1; s <= nsizes; s++) line = line r(group(sizes[s]), 11)
	print line r("last ÷ first", 14)
	split("wfloor pset advance prset", ws, " ")
	for (j = 1; j <= 4; j++) {
		k = ws[j]
		line = "  " l(name[k], 50)
		for (s = 1; s <= nsizes; s++) line = line r(shown(sizes[s], k), 11)
		print line r(ok(sizes[1], k) && ok(sizes[nsizes], k) ? ratio(med[sizes[nsizes], k], med[sizes[1], k]) : "—", 14)
	}

	print ""
	print "Peak memory (max RSS) a product"
	split("floor summary check search", ms, " ")
	for (j = 1; j <= 4; j++) {
		k = ms[j]
		if (!(k in name)) continue
		line = "  " l(name[k], 50)
		for (s = 1; s <= nsizes; s++) {
			n = sizes[s]
			line = line r(ok(n, k) && rss[n, k] > 0 ? sprintf("%.2f KiB", rss[n, k] / n) : "—", 11)
		}
		print line
	}

	n = 20000
	if (!((n, "floor") in med)) exit
	f = med[n, "floor"]
	print ""
	print "Targets at 20,000 products (the floor: " t(f) ")"
	split("summary check search", ts, " ")
	for (j = 1; j <= 3; j++) {
		k = ts[j]
		if (!ok(n, k)) { print "  " l(label[n, k], 40) " " shown(n, k); continue }
		x = med[n, k] / f
		print "  " l(label[n, k], 40) sprintf(" %5.2f× the floor: ≤ 1.2× %s; < 1.0× %s  (CPU: %.2f×)", x,
			x <= 1.2 ? "met" : sprintf("missed by %.2f× (%s)", x - 1.2, t(med[n, k] - 1.2 * f)),
			x < 1.0 ? "met" : sprintf("missed by %.2f×", x - 1.0), cpu[n, k] / cpu[n, "floor"])
	}
	# Issue 16: the summary at or under 0.75× the floor on two cores and
	# within 1.2× on one; the country within 1.3× the floor of its files.
	if (ok(n, "summary"))
		print "  " l(label[n, "summary"], 40) sprintf(" %5.2f× the floor: ≤ 0.75× %s", med[n, "summary"] / f,
			med[n, "summary"] <= 0.75 * f ? "met" : "missed")
	if (ok(n, "summary1"))
		print "  " l(label[n, "summary1"], 40) sprintf(" %5.2f× the floor: ≤ 1.2× %s", med[n, "summary1"] / f,
			med[n, "summary1"] <= 1.2 * f ? "met" : "missed")
	split("country country1", cs, " ")
	for (j = 1; j <= 2; j++)
		if (ok(n, cs[j]) && ok(n, "cfloor1"))
			print "  " l(label[n, cs[j]], 40) sprintf(" %5.2f× the floor of its files (%s): ≤ 1.3× %s",
				med[n, cs[j]] / med[n, "cfloor1"], t(med[n, "cfloor1"]),
				med[n, cs[j]] <= 1.3 * med[n, "cfloor1"] ? "met" : "missed")
	for (j = 1; j <= 3; j++) {
		k = ts[j]
		if (!ok(n, k)) continue
		if (ok(n, "recsel")) {
			x = med[n, "recsel"] / med[n, k]
			print "  " l(label[n, k], 40) sprintf(" %5.2f× faster than recsel: ≥ 4× %s", x, x >= 4 ? "met" : "missed")
		}
		if (ok(n, "pyfiles")) {
			x = med[n, "pyfiles"] / med[n, k]
			print "  " l(label[n, k], 40) sprintf(" %5.2f× faster than PyYAML: ≥ 10× %s", x, x >= 10 ? "met" : "missed")
		}
	}
	if (ok(n, "listxlsx") && ok(n, "listcsv")) {
		x = med[n, "listxlsx"] / med[n, "listcsv"]
		print "  " l(label[n, "listxlsx"], 40) sprintf(" %5.2f× its CSV (%s): ≤ 2× %s", x,
			t(med[n, "listcsv"]), x <= 2 ? "met" : "missed")
	}
	if ((n, "import") in med) {
		if (ok(n, "import")) {
			x = med[n, "import"] / f
			print "  " l(label[n, "import"], 40) sprintf(" %5.2f× the floor: ≤ 5× %s", x, x <= 5 ? "met" : "missed")
			if (ok(n, "cfloor"))
				print "  " l("", 40) sprintf(" %5.2f× creating its files alone (%s; CPU %s in user space, %s in the kernel)",
					med[n, "import"] / med[n, "cfloor"], t(med[n, "cfloor"]), t(user[n, "import"]), t(sys[n, "import"]))
		} else {
			print "  " l(label[n, "import"], 40) " " shown(n, "import") ": ≤ 5× the floor (" t(5 * f) ") missed"
		}
		# Issue 14: the import within 1.5× creating its files; again
		# (matched) within 1.5× the floor; the .xlsx within 1.5× the
		# .csv; the memory of each within 32 MiB + 2 KiB a row.
		bound = 32768 + 2 * n
		if (ok(n, "import") && ok(n, "cfloor")) {
			x = med[n, "import"] / med[n, "cfloor"]
			print "  " l(name["import"], 40) sprintf(" %5.2f× creating its files: ≤ 1.5× %s", x, x <= 1.5 ? "met" : "missed")
		}
		if (ok(n, "rematch") && ok(n, "rfloor")) {
			x = med[n, "rematch"] / med[n, "rfloor"]
			print "  " l(name["rematch"], 40) sprintf(" %5.2f× the floor of its files: ≤ 1.5× %s", x, x <= 1.5 ? "met" : "missed")
		}
		if (ok(n, "importx") && ok(n, "import")) {
			x = med[n, "importx"] / med[n, "import"]
			print "  " l(name["importx"], 40) sprintf(" %5.2f× the .csv: ≤ 1.5× %s", x, x <= 1.5 ? "met" : "missed")
		}
		split("import rematch importx", ks, " ")
		for (j = 1; j <= 3; j++)
			if (ok(n, ks[j]) && rss[n, ks[j]] > 0)
				print "  " l(name[ks[j]], 40) sprintf(" %s of memory: ≤ 32 MiB + 2 KiB a row (%s) %s",
					mem(rss[n, ks[j]]), mem(bound), rss[n, ks[j]] <= bound ? "met" : "missed")
	}
	split("pset advance", ws, " ")
	first = sizes[1]; last = sizes[nsizes]
	for (j = 1; j <= 2; j++) {
		k = ws[j]
		if (!ok(first, k) || !ok(last, k)) continue
		print "  " l(name[k], 40) sprintf(" %s at %s, %s at %s: < 5 ms %s; the same (within 1.5×) %s",
			t(med[first, k]), group(first), t(med[last, k]), group(last),
			med[first, k] < 0.005 && med[last, k] < 0.005 ? "met" : "missed",
			med[last, k] <= 1.5 * med[first, k] ? "met" : "missed")
	}
}' "$root/info.txt" "$results"
