#!/bin/sh
# build-data.sh OCOP — rebuild data/, the bundled data directory, from
# data/source/nghia-lo-2025-certified.csv with ocop's own import.
#
# data/ocop.yaml is kept; data/producers/ and data/products/ are emptied
# and imported again; then `ocop check` must pass, and a second import
# must change nothing.  See data/source/README.md.
set -eu
ocop=$1
top=$(cd "$(dirname "$0")/.." && pwd)
data=$top/data
csv=$data/source/nghia-lo-2025-certified.csv
export LC_ALL=C.UTF-8
unset OCOP_DATA OCOP_TODAY

mkdir -p "$data/producers" "$data/products"
rm -f "$data"/producers/*.yaml "$data"/products/*.yaml
"$ocop" -C "$data" import products "$csv"
"$ocop" -C "$data" check
again=$("$ocop" -C "$data" import products "$csv")
want="products: 0 added, 25 unchanged, 0 changed, 0 refused
producers: 0 added, 11 unchanged, 0 changed"
if [ "$again" != "$want" ]; then
	echo "build-data: a second import changed something:" >&2
	echo "$again" >&2
	exit 1
fi
echo "build-data: data/ rebuilt; a second import changes nothing"
