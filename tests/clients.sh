#!/bin/sh
# clients.sh OCOP — the outputs in the clients an office opens them with.
#
#   - every report's HTML page printed to PDF by headless Chromium, as the
#     README tells an officer to print it: pdftotext finds every column's
#     heading and every cell of the last row on the pages (nothing pushed
#     off an A4 page), the page number at the top of page 2 and none on
#     page 1, and the signature on the page of the last row;
#   - the --excel CSV and the XLSX of the producer list and of the
#     readiness and certified reports opened by LibreOffice (soffice
#     --convert-to csv): tax code 0401234567 and GTIN 0893456789014 come
#     back as the same text, with their diacritics and dates (and the
#     certified report's --excel CSV and workbook as well).
#
# Skipped, with one line, when chromium, pdftotext or soffice is missing
# (make deps-clients installs them).  Ends with "clients: N passed,
# N failed".
set -u
for tool in chromium pdftotext soffice; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "clients: skipped: $tool not found (make deps-clients installs chromium, poppler-utils and libreoffice-calc-nogui)"
		exit 0
	fi
done
ocop_bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ocop-clients.XXXXXX") || exit 3
[ -n "${OCOP_KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1 TERM=dumb OCOP_TODAY=2025-11-20 HOME="$tmp"
export OCOP_BIN="$ocop_bin"
unset OCOP_DATA LANG LANGUAGE LC_MESSAGES OCOP_LANG
passed=0 failed=0
ok() { passed=$((passed + 1)); }
ko() { failed=$((failed + 1)); echo "FAIL: $*"; }
ocop() { "$ocop_bin" "$@"; }
cd "$tmp" || exit 3

# The reports' data, and the office's hard cases: a tax code and a GTIN
# with a leading zero, a name of 130 letters without a space, and enough
# certified products for the certified report to take two pages.
t0=$(date +%s)
sh "$here/cli/fixtures/report-data.sh" || { echo "clients: the fixture failed"; exit 1; }
ocop -C d producer add "Cơ sở Bánh tráng A" --kind facility --tax-code 0401234567 --id co-so-a >/dev/null
long=$(printf 'Bánhtráng%.0s' 1 2 3 4 5 6 7 8 9 10 11 12 13)XXXXXXXXXXXXX
i=0
while [ $i -lt 40 ]; do
	i=$((i + 1))
	name="Sản phẩm thử $i"
	[ $i = 40 ] && name=$long
	id=$(ocop -C d product add "$name" --producer co-so-a --category food --date 2024-01-10) || exit 1
	{
		printf -- "- {step: 4, date: 2024-03-01}\n- {step: 5, date: 2024-06-01}\nevaluations:\n"
		printf -- "- {level: ward, date: 2024-06-10, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}\n"
		printf -- "- {level: province, date: 2024-07-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: 0012/QĐ-UBND, expires: 2027-07-01}\n"
		[ $i = 40 ] && printf "readiness:\n  barcode: '0893456789014'\n"
	} >>"d/products/$id.yaml"
done
ocop -C d check >/dev/null 2>&1 || { ko "the data is not clean:"; ocop -C d check; }

[ -n "${OCOP_KEEP:-}" ] && echo "data: $(( $(date +%s) - t0 )) s"
# --- Chromium ------------------------------------------------------------

# The column headings and the cells of the last row of the page's last
# table, one a line, as the page's text has them.
expected() {
	{
		grep -o '<th[^>]*>[^<]*</th>' "$1"
		grep '^<tr><td' "$1" | tail -1 | sed 's/<\/td>/&\n/g'
	} | sed 's/<[^>]*>//g; /^$/d' |
		sed 's/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&#39;/'"'"'/g'
}
# The lines of standard input that are not on the pages of text file $1:
# a line is there when each of its words is, as a page may break them: at
# spaces, at a hyphen or a slash (dropped: pdftotext joins "yen-rut-" and
# "long" as "yen-rutlong"), and a word of more than 24 bytes anywhere
# (its first and last 8 bytes stand for it).
missing() {
	LC_ALL=C awk -v txt="$1" '
		BEGIN { while ((getline l < txt) > 0) pages = pages "\n" l }
		{
			n = split($0, w, /[ \/-]+/)
			for (i = 1; i <= n; i++) {
				if (w[i] == "") continue
				if (length(w[i]) > 24) {
					if (!index(pages, substr(w[i], 1, 8)) ||
					    !index(pages, substr(w[i], length(w[i]) - 7)))
						break
				} else if (!index(pages, w[i]))
					break
			}
			if (i <= n) print
		}'
}

kinds="certified summary pipeline expiring readiness quarter targets"
for kind in $kinds; do
	opts=
	# every report may carry the frame; expiring's long table shows it
	[ $kind = expiring ] && opts="--within 3000 --frame"
	# shellcheck disable=SC2086
	ocop -C d report $kind --date 2025-11-15 $opts -o $kind.html 2>/dev/null ||
		ko "$kind: no HTML"
done
# One Chromium a page, all at once: each spends most of its time waiting.
for kind in $kinds; do
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
		--user-data-dir="$tmp/chromium-$kind" \
		--print-to-pdf="$tmp/$kind.pdf" "file://$tmp/$kind.html" >/dev/null 2>&1 &
done
wait
for kind in $kinds; do
	if ! [ -s $kind.pdf ]; then ko "$kind: chromium made no PDF"; continue; fi
	pdftotext $kind.pdf $kind.txt || { ko "$kind: pdftotext failed"; continue; }
	expected $kind.html | missing $kind.txt >$kind.missing
	if [ -s $kind.missing ]; then
		ko "$kind: not on the PDF's pages: $(tr '\n' '|' <$kind.missing)"
	else ok; fi
done

# Page numbers: none on the first page, "2" at the top of the second.
pages=$(pdfinfo certified.pdf 2>/dev/null | sed -n 's/^Pages: *//p')
if [ "${pages:-0}" -ge 2 ]; then ok; else ko "certified: ${pages:-no} pages; the test wants two or more"; fi
first=$(pdftotext -f 1 -l 1 certified.pdf - | sed -n '/./{p;q}')
second=$(pdftotext -f 2 -l 2 certified.pdf - | sed -n '/./{p;q}')
if [ "$first" != 1 ] && [ "$second" = 2 ]; then ok; else
	ko "page numbers: page 1 starts with '$first', page 2 with '$second'"; fi
# The signature on the page of the last row of the table above it.
pages=$(pdfinfo expiring.pdf 2>/dev/null | sed -n 's/^Pages: *//p')
lastid=$(grep '^<tr><td' expiring.html | tail -1 | sed 's/^<tr><td>\([^<]*\)<.*/\1/')
if pdftotext -f "${pages:-1}" -l "${pages:-1}" expiring.pdf - | tr -d '-' >expiring.last &&
   grep -q "Nơi nhận" expiring.last && grep -qF "$(printf '%s' "$lastid" | tr -d '-')" expiring.last; then ok; else
	ko "expiring: the signature is not on the page of the last row ($lastid)"; fi

[ -n "${OCOP_KEEP:-}" ] && echo "chromium: $(( $(date +%s) - t0 )) s"
# --- LibreOffice ----------------------------------------------------------

# The codes as a spreadsheet must keep them, in what LibreOffice saves.
has() {	# has FILE TEXT...: each TEXT a whole field of FILE
	f=$1
	shift
	for want; do
		if grep -qE "(^|,)\"?$want\"?(,|\$)" "$f"; then ok; else
			ko "$f: no field '$want'"; sed 's/^/    /' "$f" | head -n 5; fi
	done
}
mkdir in out
ocop -C d producer list --excel -o in/producers-excel.csv
ocop -C d report readiness --excel -o in/readiness-excel.csv 2>/dev/null
ocop -C d report certified --date 2025-11-15 --excel -o in/certified-excel.csv 2>/dev/null
ocop -C d producer list -o in/producers.xlsx
ocop -C d report readiness -o in/readiness.xlsx 2>/dev/null
ocop -C d report certified --date 2025-11-15 -o in/certified.xlsx 2>/dev/null
profile="-env:UserInstallation=file://$tmp/lo-profile"
# One LibreOffice for all: CSV read as UTF-8 (comma, quote, UTF-8; the
# filter leaves the workbooks to their own), everything saved as CSV.
soffice "$profile" --headless --infilter=CSV:44,34,76 \
	--convert-to csv:"Text - txt - csv (StarCalc)":44,34,76 --outdir out \
	in/producers-excel.csv in/readiness-excel.csv in/certified-excel.csv \
	in/producers.xlsx in/readiness.xlsx in/certified.xlsx >/dev/null 2>&1
for f in producers-excel readiness-excel certified-excel producers readiness certified; do
	[ -s out/$f.csv ] || ko "LibreOffice did not convert $f"
done
has out/producers-excel.csv 0401234567 "Cơ sở Bánh tráng A" "Cơ sở sản xuất"
has out/producers.csv 0401234567 "Cơ sở Bánh tráng A"
has out/readiness-excel.csv 0893456789014 "$long"
has out/readiness.csv 0893456789014 "$long"
# a date: ISO in the CSV, a date cell dd/mm/yyyy in the workbook; either
# comes back as it went
has out/certified-excel.csv "$long" "0012/QĐ-UBND" "2027-07-01" "Rượu lứt Ấn Trà"
has out/certified.csv "$long" "0012/QĐ-UBND" "01/07/2027"

[ -n "${OCOP_KEEP:-}" ] && echo "soffice: $(( $(date +%s) - t0 )) s"
echo "clients: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
