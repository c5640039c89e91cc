# ocop import FILE.xlsx: a workbook is read as its CSV export would be
# (import-xlsx.c); --sheet says which sheet; an .xls is refused with what
# to do; hostile workbooks are refused cleanly, never a crash.
$ ocop init d --ward "Tịnh Kỳ" --province "Quảng Ngãi" 2>/dev/null
$ printf 'Tên,Loại hình,Mã số thuế,Địa chỉ\nHTX Nông nghiệp Tịnh Kỳ,cooperative,0401234567,Thôn An Kỳ\nCơ sở Bánh tráng Ba Tơ,facility,,Thị trấn Ba Tơ\n' >producers.csv && ocop -C d import producers producers.csv
> producers: 2 added, 0 unchanged, 0 changed, 0 refused

# A workbook ocop wrote (shared strings, a tax code as text) reads back unchanged.
$ ocop -C d producer list -o producers.xlsx && ocop -C d import producers producers.xlsx
> producers: 0 added, 2 unchanged, 0 changed, 0 refused

# …and into another directory it makes the same records.
$ ocop init e --ward "Tịnh Kỳ" --province "Quảng Ngãi" 2>/dev/null && ocop -C e import producers producers.xlsx && diff -r d/producers e/producers
> producers: 2 added, 0 unchanged, 0 changed, 0 refused

# --sheet by number or name; a sheet that is not there names those that are.
$ ocop -C d import producers producers.xlsx --sheet 1
> producers: 0 added, 2 unchanged, 0 changed, 0 refused
$ ocop -C d import producers producers.xlsx --sheet Lists
2> ocop: producers.xlsx: error: no sheet named 'Lists'
2>*
? 1

# --sheet is for workbooks.
$ ocop -C d import producers producers.csv --sheet 1
2> ocop: error: --sheet: 'producers.csv' is not a workbook (.xlsx)
? 2

# An .xls (OLE2) file, whatever its name: what to do.
$ printf '\320\317\021\340\241\261\032\341 an old workbook' >old.xls && ocop -C d import products old.xls
2> ocop: old.xls: error: an Excel 97-2003 workbook (.xls), which ocop cannot read; save it as an Excel Workbook (.xlsx) or as CSV UTF-8
? 1

# A file named .xlsx that is not one is refused as a workbook, not read as CSV.
$ printf 'Tên sản phẩm\nMật ong\n' >list.xlsx && ocop -C d import products list.xlsx
2>*
? 1
$ ocop -C d product list --format csv
> id,name,producer,category,step,stars,status

# A province's register (tests/fuzz/seeds/xlsx/register.xlsx): a title
# merged across, a group row, a producer merged over its products, a total
# row.  Read through, each row at its sheet row; the title said once
# (not once a column it is merged over).
$ ocop -C d import products -n "$OCOP_FIXTURES/../../fuzz/seeds/xlsx/register.xlsx" 2>&1 | sed 's|^ocop: .*/register.xlsx|register.xlsx|'
> register: DANH SÁCH SẢN PHẨM OCOP TỈNH QUẢNG NGÃI
> products: 0 added, 0 unchanged, 0 changed, 2 refused
> producers: 0 added, 0 unchanged, 0 changed
> register.xlsx:1: warning: 1 row(s) above the header skipped (a title?)
> register.xlsx:4: warning: 'I. THỰC PHẨM': a group row; the new products under it without a category are food
> register.xlsx:5: error: a recognition needs its stars
> register.xlsx:6: error: a recognition needs its stars
> register.xlsx:7:1: warning: TT: 'Tổng cộng' is not a row number: a heading or a total, skipped
> register.xlsx: error: nothing was imported: 2 of 2 rows refused; fix them and import again, or pass --partial to import the others
> ocop: dry run: nothing was written

# Every hostile workbook of the shared corpus and of tests/hostile-xlsx:
# read, or refused with an error naming the file; never a crash, and
# nothing written.
$ for f in "$OCOP_TESTDATA"/hostile/xlsx/*.xlsx "$OCOP_FIXTURES"/../../hostile-xlsx/corpus/*.xlsx; do ocop -C d import products -n "$f" >/dev/null 2>err; rc=$?; if [ $rc -gt 1 ]; then echo "$f: exit $rc"; elif [ $rc = 1 ] && ! grep -q "^ocop: $f.*error: " err; then echo "$f: no error named"; fi; done; ls d/products | wc -l
> 0
