#!/bin/sh
# layers.sh BUILD — who may call whom, read from the objects (nm).
#
#   - no object of src/cmd/ uses a symbol that src/ocop.c defines: the
#     commands never call back into main's file (what they share is
#     src/cmd/common.c's);
#   - no object of src/cmd/ calls the node or YAML functions: a command
#     parses, calls the library and prints; it builds no record's tree.
#
# Ends with "layers: N passed, N failed".
set -u
build=${1:-build}
passed=0 failed=0
ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }

if ! command -v nm >/dev/null 2>&1; then
	echo "layers: nm not found"
	echo "layers: 0 passed, 1 failed"
	exit 1
fi
set -- "$build"/cmd/*.o
if [ ! -f "$build/ocop.o" ] || [ ! -f "$1" ]; then
	echo "layers: no objects in $build (make all first)"
	echo "layers: 0 passed, 1 failed"
	exit 1
fi

defined=$(nm --defined-only "$build/ocop.o" | awk '$2 ~ /^[TDBRCV]$/ { print $3 }')
for o in "$@"; do
	used=$(nm -u "$o" | awk '{ print $2 }')
	back=$(printf '%s\n' "$used" | grep -Fx "$defined" | tr '\n' ' ')
	if [ -n "$back" ]; then ko "$o uses src/ocop.c's $back"; else ok; fi
	tree=$(printf '%s\n' "$used" | grep -E '^(node_|yaml)' | tr '\n' ' ')
	if [ -n "$tree" ]; then ko "$o calls $tree"; else ok; fi
done
echo "layers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
