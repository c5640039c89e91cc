#!/bin/sh
# make.sh — write again the hostile workbooks of tests/hostile-xlsx/corpus/
# and the xlsx fuzz seeds of tests/fuzz/seeds/xlsx/, with gen.c (libzip).
# The files are committed; run this after changing gen.c or book.h.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-gen-xlsx.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2046
${CC:-cc} -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror -O1 \
	-o "$tmp/gen" "$here/gen.c" $(pkg-config --cflags --libs libzip)
mkdir -p "$here/corpus" "$top/tests/fuzz/seeds/xlsx"
rm -f "$here/corpus"/*.xlsx "$top/tests/fuzz/seeds/xlsx"/*.xlsx
"$tmp/gen" "$here/corpus" "$top/tests/fuzz/seeds/xlsx"
echo "make.sh: $(ls "$here/corpus" | wc -l) hostile workbooks, $(ls "$top/tests/fuzz/seeds/xlsx" | wc -l) seeds"
