#!/bin/sh
# coverage.sh COV-BUILD FUZZ-BUILD TARGET... — make fuzz-coverage.
#
# Runs each target's replay program, built with clang's source-based
# coverage (COV-BUILD/hardening/replay-TARGET), over the corpus make fuzz
# grew (FUZZ-BUILD/corpus/TARGET), the seeds and the regression inputs, and
# prints llvm-cov's line, region and branch coverage of the library files
# the target aims at (record: yamlio.c, record.c, node.c; csv: import.c),
# then of the whole library.  The report is also in COV-BUILD/TARGET.txt.
set -u
cov=$1 fuzz=$2
shift 2
top=$(cd "$(dirname "$0")/../.." && pwd)
export LC_ALL=C.UTF-8 TZ=UTC OCOP_TODAY=2025-11-20
tool() {	# the versioned LLVM tool that goes with clang 14, else any
	for t in "$1-14" "$1"; do
		command -v "$t" >/dev/null 2>&1 && { echo "$t"; return; }
	done
	echo "coverage: no $1 (install llvm)" >&2
	exit 1
}
profdata=$(tool llvm-profdata) || exit 1
llvmcov=$(tool llvm-cov) || exit 1
status=0
for t in "$@"; do
	prog=$cov/hardening/replay-$t
	prof=$cov/profiles/$t
	rm -rf "$prof" && mkdir -p "$prof"
	dirs=
	for d in "$fuzz/corpus/$t" "$top/tests/fuzz/seeds/$t" "$top/tests/fuzz/regressions/$t"; do
		[ -d "$d" ] && dirs="$dirs $d"
	done
	# shellcheck disable=SC2086
	LLVM_PROFILE_FILE="$prof/%p.profraw" "$prog" $dirs >/dev/null 2>&1 || {
		echo "coverage: $t: the replay failed (run make fuzz, which keeps the input)"
		status=1
	}
	"$profdata" merge -sparse "$prof"/*.profraw -o "$prof.profdata" || { status=1; continue; }
	case $t in
	record) files="src/lib/yamlio.c src/lib/record.c src/lib/node.c" ;;
	csv) files="src/lib/import.c" ;;
	*) files= ;;
	esac
	{
		echo "== $t: $(ls "$fuzz/corpus/$t" 2>/dev/null | wc -l) corpus inputs"
		# shellcheck disable=SC2086
		"$llvmcov" report "$prog" -instr-profile="$prof.profdata" $files
		echo "== $t: the whole library"
		"$llvmcov" report "$prog" -instr-profile="$prof.profdata" \
			-ignore-filename-regex='tests/' | tail -n 1
	} | tee "$cov/$t.txt"
done
exit $status
