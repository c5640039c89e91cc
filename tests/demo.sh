#!/bin/sh
# demo.sh OCOP — what `make demo` shows: the bundled data of Nghĩa Lộ ward,
# 2025 (data/, imported from data/source/ by tests/build-data.sh).
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
# The certificates of 2025 run to 2028: the demo reads them as of the end of
# 2025, so that it shows the plan's table whatever today is.
export OCOP_TODAY=${OCOP_TODAY:-2025-12-31}
echo "\$ ocop -C data report certified"
"$1" -C "$top/data" report certified || exit
echo
echo "\$ ocop -C data report summary --table by_category"
"$1" -C "$top/data" report summary --table by_category
