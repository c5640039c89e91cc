# ocop import: a register saved as UTF-8, as Windows-1258 by an old
# Vietnamese Excel, in NFD (macOS, some web forms), and as UTF-16 (Excel's
# "Unicode Text", tab-separated) gives the same records, byte for byte.
$ mkdir utf8 cp1258 nfd utf16
$ printf 'Tên sản phẩm,Chủ thể,Địa chỉ,Hạng sao,Năm,Nhóm sản phẩm\nYến sào Cù Lao Ré,Hộ kinh doanh Lê Thanh Hường,"Tổ 10, phường Quảng Phú",3,2025,Thực phẩm\nĐường phổi Tuyết Hường,Hộ kinh doanh Lê Thanh Hường,,3,2025,Thực phẩm\n' >utf8/register.csv
$ iconv -f UTF-8 -t WINDOWS-1258 utf8/register.csv >cp1258/register.csv && od -c cp1258/register.csv | sed -n 6p
> 0000120       R 351   ,   H 364 362       k   i   n   h       d   o   a
$ printf 'Te\314\202n sa\314\211n pha\314\202\314\211m,Chu\314\211 the\314\202\314\211,\304\220i\314\243a chi\314\211,Ha\314\243ng sao,Na\314\206m,Nho\314\201m sa\314\211n pha\314\202\314\211m\nYe\314\202\314\201n sa\314\200o Cu\314\200 Lao Re\314\201,Ho\314\243\314\202 kinh doanh Le\314\202 Thanh Hu\314\233o\314\233\314\200ng,"To\314\202\314\211 10, phu\314\233o\314\233\314\200ng Qua\314\211ng Phu\314\201",3,2025,Thu\314\233\314\243c pha\314\202\314\211m\n\304\220u\314\233o\314\233\314\200ng pho\314\202\314\211i Tuye\314\202\314\201t Hu\314\233o\314\233\314\200ng,Ho\314\243\314\202 kinh doanh Le\314\202 Thanh Hu\314\233o\314\233\314\200ng,,3,2025,Thu\314\233\314\243c pha\314\202\314\211m\n' >nfd/register.csv
$ cmp -s utf8/register.csv nfd/register.csv || echo the bytes differ
> the bytes differ
$ { printf '\377\376'; iconv -f UTF-8 -t UTF-16LE utf8/register.csv; } >utf16/register.csv

$ for e in utf8 cp1258 nfd utf16; do ocop init $e/d 2>/dev/null; done
$ ocop -C utf8/d import products utf8/register.csv
> products: 2 added, 0 unchanged, 0 changed, 0 refused
> producers: 1 added, 0 unchanged, 0 changed
$ ocop -C cp1258/d import products cp1258/register.csv --encoding windows-1258
> products: 2 added, 0 unchanged, 0 changed, 0 refused
> producers: 1 added, 0 unchanged, 0 changed
$ ocop -C nfd/d import products nfd/register.csv
> products: 2 added, 0 unchanged, 0 changed, 0 refused
> producers: 1 added, 0 unchanged, 0 changed
$ ocop -C utf16/d import products utf16/register.csv
> products: 2 added, 0 unchanged, 0 changed, 0 refused
> producers: 1 added, 0 unchanged, 0 changed
$ diff -r utf8/d cp1258/d && diff -r utf8/d nfd/d && diff -r utf8/d utf16/d && echo the records are the same
> the records are the same
$ cat utf8/d/producers/ho-kinh-doanh-le-thanh-huong.yaml
> id: ho-kinh-doanh-le-thanh-huong
> name: Hộ kinh doanh Lê Thanh Hường
> kind: household
> address: Tổ 10, phường Quảng Phú

# Each is the same register to the others.
$ ocop -C utf8/d import products cp1258/register.csv --encoding cp1258
> products: 0 added, 2 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
$ ocop -C utf8/d import products nfd/register.csv
> products: 0 added, 2 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
$ ocop -C utf8/d import products utf16/register.csv
> products: 0 added, 2 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed

# Windows-1258 read as UTF-8 is refused where it is, with the way out.
$ ocop -C utf8/d import products cp1258/register.csv
2> ocop: cp1258/register.csv:1:1: error: byte 0xEA is not UTF-8; save the file as "CSV UTF-8", or pass --encoding windows-1258 for an old Vietnamese Excel export
? 1
$ ocop -C utf8/d import products utf8/register.csv --encoding klingon
2> ocop: error: --encoding: unknown encoding 'klingon'; for example windows-1258, tcvn, latin1 or utf-16; 'iconv -l' lists them
? 2

# The hostile corpus's five spellings of one table give the same rows:
# its products are warned about at the same places for the same reason
# (a producer "SP03" whose name shows no kind, kept as kind: unknown).
$ for f in vi-excel-utf8-bom-crlf vi-excel-semicolon vi-excel-sep-hint vi-nfd; do ocop -C utf8/d import products "$OCOP_TESTDATA/hostile/csv/$f.csv" --map 'Mã=producer' --map 'Giá=notes' -n 2>&1 | grep SP03 | sed "s|$OCOP_TESTDATA/hostile/csv/||; s/;.*//"; done
> ocop: vi-excel-utf8-bom-crlf.csv:4:1: warning: Mã: cannot tell what kind of producer 'SP03' is from its name: kept as kind: unknown
> ocop: vi-excel-semicolon.csv:4:1: warning: Mã: cannot tell what kind of producer 'SP03' is from its name: kept as kind: unknown
> ocop: vi-excel-sep-hint.csv:5:1: warning: Mã: cannot tell what kind of producer 'SP03' is from its name: kept as kind: unknown
> ocop: vi-nfd.csv:4:1: warning: Mã: cannot tell what kind of producer 'SP03' is from its name: kept as kind: unknown
$ ocop -C utf8/d import products "$OCOP_TESTDATA/hostile/csv/vi-cp1258.csv" --encoding windows-1258 --map 'Mã=producer' --map 'Giá=notes' -n 2>&1 | grep SP03 | sed "s|$OCOP_TESTDATA/hostile/csv/||; s/;.*//"
> ocop: vi-cp1258.csv:4:1: warning: Mã: cannot tell what kind of producer 'SP03' is from its name: kept as kind: unknown
