#!/bin/sh
# layers.sh BUILD — the architecture of CONTRIBUTING.md, checked on the objects.
#
# Who may call whom is read from the symbols each object defines and uses
# (nm), so a call that crosses a layer fails here rather than in review:
#   - no object of src/cmd/ uses a symbol that src/ocop.c defines;
#   - no object of src/cmd/ calls the node tree or libyaml (node_*, yaml_*);
#   - no object of the store (store*.o) calls the validator (validate_*);
#   - only edit.o hands the store a record to write or remove (store_put,
#     store_remove), after the validator passed it;
#   - no file of src/lib/ is over 1,500 lines (generated tables aside).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
passed=0 failed=0

if ! command -v nm >/dev/null 2>&1; then
	echo "layers: nm not found"
	echo "layers: 0 passed, 1 failed"
	exit 1
fi
if [ ! -f "$build/ocop.o" ] || [ ! -f "$build/lib/store.o" ]; then
	echo "layers: no objects in $build (make all first)"
	echo "layers: 0 passed, 1 failed"
	exit 1
fi

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

# defined SYMBOLS of an object; undefined ones
defined() { nm --defined-only -g "$1" | awk '{ print $3 }'; }
used() { nm -u "$1" | awk '{ print $2 }'; }

main_syms=$(defined "$build/ocop.o" | grep -v '^main$')
for o in "$build"/cmd/*.o "$build"/common.o; do
	name=${o#"$build"/}
	hit=""
	for sym in $(used "$o"); do
		case " $(echo $main_syms) " in
		*" $sym "*) hit="$hit $sym" ;;
		esac
	done
	if [ -n "$hit" ]; then bad "$name uses src/ocop.c's$hit"; else ok; fi
	hit=$(used "$o" | grep -E '^(node_|yaml_)' | tr '\n' ' ')
	if [ -n "$hit" ]; then bad "$name calls the tree or YAML: $hit"; else ok; fi
done

for o in "$build"/lib/store*.o; do
	hit=$(used "$o" | grep -E '^validate_' | tr '\n' ' ')
	if [ -n "$hit" ]; then bad "${o#"$build"/} calls the validator: $hit"; else ok; fi
done

for o in "$build"/lib/*.o "$build"/cmd/*.o "$build"/common.o; do
	case $o in */lib/edit.o|*/lib/store*.o) continue ;; esac
	hit=$(used "$o" | grep -E '^store_(put|remove)$' | tr '\n' ' ')
	if [ -n "$hit" ]; then bad "${o#"$build"/} writes past edit.c: $hit"; else ok; fi
done

for f in "$top"/src/lib/*.c "$top"/src/lib/*.h; do
	case $(basename "$f") in latin.h) continue ;; esac
	n=$(wc -l <"$f")
	if [ "$n" -gt 1500 ]; then bad "${f#"$top"/} has $n lines (limit 1,500)"; else ok; fi
done

echo "layers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
