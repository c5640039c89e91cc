#!/bin/sh
# demo.sh OCOP — what `make demo` shows: the bundled data directory.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
echo "\$ ocop -C data product list"
"$1" -C "$top/data" product list
