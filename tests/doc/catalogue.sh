#!/bin/sh
# catalogue.sh OCOP [BUILD] — the Vietnamese messages.
#
#   - po/vi.po translates every message of the sources (xgettext with the
#     keywords _ and N_, as `make pot`), none fuzzy, none left over, with
#     the same printf arguments (msgfmt --check); po/ocop.pot is current;
#   - the translations use the terms of the ward's OCOP plan (glossary
#     below) wherever the English names the thing;
#   - ocop speaks Vietnamese when LANGUAGE, LC_ALL, LC_MESSAGES or LANG ask
#     for it, also where the vi_VN locale is not generated, or when
#     ocop.yaml says lang: vi and the environment names no language; and
#     English when LC_ALL=C or --lang en say so.
#
# Ends with "catalogue: N passed, N failed".
set -u
ocop=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${2:-$top/build}" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-catalogue.XXXXXX") || exit 3
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 TERM=dumb OCOP_TODAY=2025-11-20 HOME="$tmp"
unset OCOP_DATA LANG LANGUAGE LC_MESSAGES OCOP_LANG
[ -f "$build/locale/vi/LC_MESSAGES/ocop.mo" ] && export OCOP_LOCALEDIR="$build/locale"
po=$top/po/vi.po
passed=0 failed=0
ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }

# 1. The catalogue against the sources.
cd "$top" || exit 3
xgettext --keyword=_ --keyword=N_ --language=C --from-code=UTF-8 \
	--add-location=file --sort-by-file -o "$tmp/src.pot" \
	src/ocop.c src/common.c src/cmd/*.c src/lib/*.c 2>"$tmp/err" || { ko "xgettext: $(cat "$tmp/err")"; }
if msgfmt --check --statistics -o /dev/null "$po" 2>"$tmp/stats"; then
	if grep -q 'fuzzy\|untranslated' "$tmp/stats"; then
		ko "po/vi.po: $(cat "$tmp/stats")"
	else ok; fi
else
	ko "msgfmt --check po/vi.po:"; sed 's/^/    /' "$tmp/stats"
fi
if msgcmp "$po" "$tmp/src.pot" >"$tmp/cmp" 2>&1; then ok; else
	ko "messages of the sources that po/vi.po does not translate (make po-update, then translate):"
	grep -v '^msgcmp: found' "$tmp/cmp" | sed 's/^/    /' | head -n 40
fi
msgmerge --quiet --no-wrap -o "$tmp/merged.po" "$po" "$tmp/src.pot" 2>/dev/null
if grep -q '^#~ msgid' "$tmp/merged.po"; then
	ko "po/vi.po translates messages the sources no longer have (make po-update):"
	grep '^#~ msgid' "$tmp/merged.po" | sed 's/^#~ /    /' | head -n 20
else ok; fi
msgcat --no-wrap --no-location "$tmp/src.pot" 2>/dev/null | grep '^msgid' | sort >"$tmp/a"
msgcat --no-wrap --no-location po/ocop.pot 2>/dev/null | grep '^msgid' | sort >"$tmp/b"
if cmp -s "$tmp/a" "$tmp/b"; then ok; else ko "po/ocop.pot is not current: make pot"; fi

# 2. The terms of the plan.  Each rule: an English word (a whole word, in
# prose: not in quotes, options, file keys, command lines or placeholders)
# and what its translation must hold.
cat >"$tmp/glossary" <<'EOF'
producers?	Chủ thể|chủ thể
products?	Sản phẩm|sản phẩm
cycle	chu trình|bước
stars?	sao
certificates?	Giấy chứng nhận|giấy chứng nhận
council('s)?	Hội đồng
criteri(a|on)	Tiêu chí|tiêu chí
recogni[sz](es|ed|e|ing)|recognitions?	Công nhận|công nhận
revo(ke|ked|king|cation)	Thu hồi|thu hồi
categor(y|ies)	Ngành hàng|ngành hàng
tax code	Mã số thuế|mã số thuế
evaluat(e|ion|ions|ed)	Đánh giá|đánh giá
ward('s)?	xã|phường
EOF
msgcat --no-wrap --no-location "$po" | awk '
	/^msgid "/ { id = substr($0, 8, length($0) - 8); next }
	/^msgstr "/ { if (id != "") print id "\t" substr($0, 9, length($0) - 9); id = "" }' >"$tmp/pairs"
awk -F'\t' '
	FNR == NR { word[++n] = $1; term[n] = $2; next }
	$1 ~ /^[A-Z0-9_|,=.]+$/ || $1 ~ /^ocop / { next }
	{
		p = tolower($1)
		gsub(/\047[^\047]*\047/, "", p)		# quoted
		gsub(/--[a-z-]+/, "", p)		# options
		gsub(/[a-z_]+: /, "", p)		# file keys
		gsub(/[a-z_-]+\|[a-z_|-]+/, "", p)	# alternatives
		gsub(/[a-z_]+\.[0-9a-z_]+/, "", p)	# stars.2
		for (i = 1; i <= n; i++)
			if (p ~ ("(^|[^a-z])(" word[i] ")([^a-z]|$)") && $2 !~ term[i])
				printf "    \"%s\" → \"%s\": wants %s\n", $1, $2, term[i]
	}' "$tmp/glossary" "$tmp/pairs" >"$tmp/terms"
if [ -s "$tmp/terms" ]; then
	ko "translations that do not use the plan's term:"
	cat "$tmp/terms"
else ok; fi

# 3. At run time.  A directory with one producer; "lang: vi" as init writes.
cd "$tmp" || exit 3
"$ocop" init d >/dev/null 2>&1
"$ocop" -C d producer add "Hộ kinh doanh Lê Thanh Hường" --kind household --id le-thanh-huong >/dev/null
"$ocop" init en >/dev/null 2>&1 && sed -i 's/^lang: vi$/lang: en/' en/ocop.yaml
vi_locale=no
locale -a 2>/dev/null | grep -qi '^vi_VN' && vi_locale=yes
echo "catalogue: vi_VN locale generated on this machine: $vi_locale"

# speaks WANT ENV... -- ARGS...: run ocop with ENV (after unsetting the
# locale variables), in d; its first message must be Vietnamese (vi) or
# English (en).
speaks() {
	want=$1
	shift
	set -- env -u LC_ALL -u LANG -u LANGUAGE -u LC_MESSAGES "$@"
	"$@" >"$tmp/out" 2>"$tmp/err"
	first=$(head -n 1 "$tmp/err")
	case $want:$first in
	vi:"ocop: lỗi: "*|en:"ocop: error: "*) ok ;;
	*) ko "$(echo "$*" | sed "s|$ocop|ocop|; s/^env -u LC_ALL -u LANG -u LANGUAGE -u LC_MESSAGES //"): expected $want, got: $first" ;;
	esac
}
add="product add x --producer le-thanh-huong --category fod"
# shellcheck disable=SC2086
{
speaks vi LANG=vi_VN.UTF-8 "$ocop" -C d $add
speaks vi LC_ALL=vi_VN.UTF-8 "$ocop" -C d $add
speaks vi LC_MESSAGES=vi_VN.UTF-8 "$ocop" -C d $add
speaks vi LANG=vi_VN "$ocop" -C d $add
speaks vi LANGUAGE=vi LANG=C.UTF-8 "$ocop" -C d $add
speaks vi LANGUAGE=vi:en LANG=en_US.UTF-8 "$ocop" -C d $add
speaks en LC_ALL=C.UTF-8 LANGUAGE=vi "$ocop" -C d $add
speaks en LC_ALL=C "$ocop" -C d $add
speaks en LANG=vi_VN.UTF-8 LC_MESSAGES=C "$ocop" -C d $add
speaks en LANG=en_US.UTF-8 "$ocop" -C d $add
# ocop.yaml decides when the environment names no language.
speaks vi "$ocop" -C d $add
speaks vi LANG=C.UTF-8 "$ocop" -C d $add
speaks vi LANG=C "$ocop" -C d $add
speaks en LANG=C.UTF-8 "$ocop" -C en $add
speaks en LANG=en_US.UTF-8 "$ocop" -C d $add
# --lang decides over all.
speaks vi LC_ALL=C.UTF-8 "$ocop" -C d --lang vi $add
speaks en LANG=vi_VN.UTF-8 "$ocop" -C d --lang en $add
}
# The acceptance line of the issue, in the data directory.
(cd d && env -u LC_ALL LANG=vi_VN.UTF-8 "$ocop" product add x --category fod) >/dev/null 2>"$tmp/err"
if grep -q '^ocop: lỗi: ' "$tmp/err"; then ok; else ko "LANG=vi_VN.UTF-8 ocop product add x --category fod: $(head -n 1 "$tmp/err")"; fi
(cd d && env -u LC_ALL LANG=vi_VN.UTF-8 "$ocop" product add x --producer le-thanh-huong --category fod) >/dev/null 2>"$tmp/err"
if grep -qx "ocop: lỗi: ngành hàng 'fod' không hợp lệ; có phải là 'thực phẩm'?" "$tmp/err"; then ok; else ko "unknown category in Vietnamese: $(cat "$tmp/err")"; fi

# Every layer speaks: help, usage errors (parse-options), the library's
# diagnostics (check), tables.
env -u LC_ALL LANG=vi_VN.UTF-8 "$ocop" --help >"$tmp/out"
if grep -q '^cách dùng: ocop ' "$tmp/out" && grep -q '^các lệnh:' "$tmp/out" &&
   grep -q 'thêm, liệt kê, xem, sửa hoặc xóa chủ thể' "$tmp/out"; then ok; else ko "ocop --help in Vietnamese:"; sed 's/^/    /' "$tmp/out"; fi
env -u LC_ALL LANG=vi_VN.UTF-8 "$ocop" -C d product list --stats >/dev/null 2>"$tmp/err"
if grep -q "^ocop: lỗi: không có tùy chọn '--stats'; có phải là '--stars'?" "$tmp/err" &&
   grep -q '^     hoặc: ocop product list\|^cách dùng: ocop product list' "$tmp/err"; then ok; else ko "usage error in Vietnamese:"; sed 's/^/    /' "$tmp/err"; fi
printf 'id: le-thanh-huong\nkind: household\n' >d/producers/le-thanh-huong.yaml
env -u LC_ALL LANG=vi_VN.UTF-8 "$ocop" -C d check >/dev/null 2>"$tmp/err"
if grep -q '^ocop: ./producers/le-thanh-huong.yaml:1:1: lỗi: tên: thiếu' "$tmp/err" &&
   grep -q '^ocop: d: 1 lỗi, 0 cảnh báo$' "$tmp/err"; then ok; else ko "ocop check in Vietnamese:"; sed 's/^/    /' "$tmp/err"; fi
env -u LC_ALL LANG=vi_VN.UTF-8 "$ocop" -C en product list >"$tmp/out" 2>&1
if [ "$(cat "$tmp/out")" = "Không có sản phẩm nào." ]; then ok; else ko "an empty product list in Vietnamese: $(head -n 1 "$tmp/out")"; fi
"$ocop" -C en producer add "Cơ sở A" --kind facility >/dev/null 2>&1 &&
	"$ocop" -C en product add "Bánh A" --producer co-so-a --category food >/dev/null 2>&1 ||
	ko "en: cannot add a product"
env -u LC_ALL LANG=vi_VN.UTF-8 "$ocop" -C en product list >"$tmp/out" 2>&1
if head -n 1 "$tmp/out" | grep -q '^Mã  *Tên  *Chủ thể  *Ngành hàng  *Bước  *Hạng sao  *Tình trạng$'; then ok; else ko "product list headings in Vietnamese: $(head -n 1 "$tmp/out")"; fi
# Not mojibake where LC_CTYPE is C: the catalogue is read as UTF-8.
env -u LC_ALL LANG=C LANGUAGE=vi "$ocop" -C d $add >/dev/null 2>"$tmp/err"
if grep -q 'không hợp lệ' "$tmp/err"; then ok; else ko "LANG=C LANGUAGE=vi: $(cat "$tmp/err")"; fi

echo "catalogue: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
