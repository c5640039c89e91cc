# --format xlsx and -o FILE.xlsx for the lists: a workbook an office keeps.
# Codes stay text cells (inlineStr), never numbers that lose a leading
# zero or turn into 8.93E+12; stars and steps are numbers; the header row
# is bold, frozen, filtered and repeated on every printed page; the same
# data gives the same bytes.  The workbook is read back with unzip -p.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "Cơ sở A" --kind facility --tax-code 0401234567 && ocop -C d producer add "HTX Ba Tơ" --kind cooperative --tax-code 0000000001
> co-so-a
> htx-ba-to

# A product whose name is a barcode: its id is all digits.
$ ocop -C d product add "Mắm ruốc Sa Huỳnh" --producer co-so-a --category food --date 2024-01-10 && printf -- '- {step: 4, date: 2024-03-01}\n- {step: 5, date: 2024-06-01}\nevaluations:\n- {level: ward, date: 2024-06-10, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}\n- {level: province, date: 2024-07-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: 1898/QĐ-UBND, expires: 2027-07-01}\n' >>d/products/mam-ruoc-sa-huynh.yaml && ocop -C d product add 8934567890120 --producer htx-ba-to --category food
> mam-ruoc-sa-huynh
> 8934567890120

# The extension picks the format.
$ ocop -C d producer list -o p.xlsx && unzip -p p.xlsx xl/worksheets/sheet1.xml | grep -o '<c r="D[0-9]"[^>]*><is><t>[^<]*</t>'
> <c r="D1" s="1" t="inlineStr"><is><t>Tax code</t>
> <c r="D2" s="2" t="inlineStr"><is><t>0401234567</t>
> <c r="D3" s="2" t="inlineStr"><is><t>0000000001</t>

# No tax code came out as a number.
$ unzip -p p.xlsx xl/worksheets/sheet1.xml | grep -c '<v>401234567</v>\|<v>1</v>'
> 0
? 1

# Header frozen, filtered, printed on every page; A4 portrait.
$ unzip -p p.xlsx xl/worksheets/sheet1.xml | grep -o '<pane [^>]*>\|<autoFilter [^>]*>\|<pageSetup [^>]*>'
> <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>
> <autoFilter ref="A1:E3"/>
> <pageSetup paperSize="9" orientation="portrait"/>
$ unzip -p p.xlsx xl/workbook.xml | grep -o '<definedName name="_xlnm.Print_Titles"[^<]*'
> <definedName name="_xlnm.Print_Titles" localSheetId="0">Sheet1!$1:$1

# The product list: the all-digit id is text, steps and stars numbers.
$ ocop -C d product list --format xlsx -o x.xlsx && unzip -p x.xlsx xl/worksheets/sheet1.xml | grep -o '<c r="[A-G]2"[^>]*>\(<is><t>[^<]*</t>\|<v>[^<]*</v>\)'
> <c r="A2" s="2" t="inlineStr"><is><t>8934567890120</t>
> <c r="B2" s="3" t="inlineStr"><is><t>8934567890120</t>
> <c r="C2" s="2" t="inlineStr"><is><t>htx-ba-to</t>
> <c r="D2" s="3" t="inlineStr"><is><t>food</t>
> <c r="E2" s="4"><v>2</v>
> <c r="G2" s="3" t="inlineStr"><is><t>in-progress</t>
$ unzip -p x.xlsx xl/worksheets/sheet1.xml | grep -o '<c r="[EF]3"[^>]*><v>[^<]*</v>'
> <c r="E3" s="4"><v>5</v>
> <c r="F3" s="4"><v>4</v>

# The same data, the same bytes: no clock in the file.
$ sleep 1 && ocop -C d product list --format xlsx >y.xlsx && cmp x.xlsx y.xlsx && unzip -p y.xlsx docProps/core.xml | grep -o '<dcterms:created [^<]*'
> <dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z

# A workbook is not for a terminal.
$ script -qec '"$OCOP_BIN" -C d producer list --format xlsx' /dev/null | tr -d '\r'
> ocop: error: an XLSX workbook is not for a terminal; write it with -o FILE.xlsx or redirect the output
$ script -qec '"$OCOP_BIN" -C d producer list -o - --format xlsx' /dev/null >/dev/null; echo $?
> 2

# A file that cannot be written.
$ ocop -C d producer list -o /dev/full --format xlsx
2> ocop: error: writing '/dev/full' failed: No space left on device
? 3

# Reports write XLSX too (t6100-report-xlsx.t says how).
$ ocop -C d report certified --format xlsx -o r.xlsx && unzip -p r.xlsx xl/workbook.xml | grep -o '<sheet name="[^"]*"'
> <sheet name="Sản phẩm OCOP"
