# ocop report --format xlsx: every report a workbook, a sheet a table
# named in the report's language; codes (decision numbers, ids, GTINs)
# text cells, dates date cells, stars and counts numbers; certified,
# quarter and targets carry the administrative frame as cells above and
# below the table.  Read back with unzip -p.
$ sh "$OCOP_FIXTURES/report-data.sh"

# Every kind writes a workbook.
$ for k in certified summary pipeline expiring readiness quarter targets; do ocop -C d report $k --year 2025 -o $k.xlsx 2>/dev/null || ocop -C d report $k -o $k.xlsx || echo "$k failed"; unzip -p $k.xlsx xl/workbook.xml | grep -o '<sheet name="[^"]*"' | tr '\n' ' '; echo; done
> <sheet name="Sản phẩm OCOP" 
> <sheet name="Sản phẩm theo ngành hàng và" <sheet name="Chủ thể theo loại hình" <sheet name="Tổng hợp" 
> <sheet name="Sản phẩm theo bước hiện tại của" <sheet name="Sản phẩm đạt từng bước, theo" 
> <sheet name="Giấy chứng nhận hết hạn" 
> <sheet name="Nội dung còn thiếu" 
> <sheet name="Kết quả trong quý" <sheet name="Chi tiết" 
> <sheet name="Kết quả so với mục tiêu năm" <sheet name="Sản phẩm mới đạt OCOP 3 sao trở" <sheet name="Hội chợ, xúc tiến thương mại" 

# In English, the tabs are English.
$ ocop -C d report quarter --lang en -o q.xlsx && unzip -p q.xlsx xl/workbook.xml | grep -o '<sheet name="[^"]*"'
> <sheet name="The quarter in figures"
> <sheet name="Details"

# --table: one sheet.
$ ocop -C d report summary --table totals -o t.xlsx && unzip -p t.xlsx xl/workbook.xml | grep -o '<sheet name="[^"]*"'
> <sheet name="Tổng hợp"

# The certified report's first row: the number and stars are numbers,
# the decision number a text cell (style 1: the "@" format), the
# decision's date and the expiry date serial days in a date style.
$ ocop -C d report certified --date 2025-11-20 --number 12 -o c.xlsx && unzip -p c.xlsx xl/worksheets/sheet1.xml | grep -o '<c r="[A-H]9"[^>]*>\(<v>[^<]*</v>\)\?'
> <c r="A9" s="7"><v>1</v>
> <c r="B9" s="8" t="s"><v>16</v>
> <c r="C9" s="8" t="s"><v>17</v>
> <c r="D9" s="8" t="s"><v>18</v>
> <c r="E9" s="7"><v>3</v>
> <c r="F9" s="1" t="s"><v>19</v>
> <c r="G9" s="9"><v>45931</v>
> <c r="H9" s="9"><v>47027</v>
$ unzip -p c.xlsx xl/styles.xml | grep -o '<xf numFmtId="49"[^>]*>' | head -n 1 | grep -o 'numFmtId="49"'
> numFmtId="49"
$ unzip -p c.xlsx xl/styles.xml | grep -o '<numFmt [^>]*>'
> <numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>

# The frame: the letterhead above the table, the recipients and the
# signature below, as the HTML page has them.
$ unzip -p c.xlsx xl/sharedStrings.xml | grep -o '<t[^>]*>[^<]*</t>' | sed -n '1,8p;48,$p'
> <t>ỦY BAN NHÂN DÂN</t>
> <t>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</t>
> <t>PHƯỜNG NGHĨA LỘ</t>
> <t>Độc lập - Tự do - Hạnh phúc</t>
> <t>Số: 12/BC-UBND</t>
> <t>Nghĩa Lộ, ngày 20 tháng 11 năm 2025</t>
> <t>BÁO CÁO</t>
> <t>Danh sách sản phẩm đạt OCOP 3 sao trở lên</t>
> <t>Nơi nhận:</t>
> <t>KT. CHỦ TỊCH</t>
> <t>- Sở NN&amp;MT;</t>
> <t>PHÓ CHỦ TỊCH</t>
> <t>- TT HĐND phường;</t>
> <t>- Lưu: VT.</t>
> <t>Mai Thị Cẩm Hồng</t>

# A report without a frame has its title above the table.
$ unzip -p expiring.xlsx xl/sharedStrings.xml | grep -o '<t[^>]*>[^<]*</t>' | head -n 2
> <t>Giấy chứng nhận OCOP sắp hết hạn, đã hết hạn</t>
> <t>phường Nghĩa Lộ, tỉnh Quảng Ngãi</t>

# GTINs stay text: never a number cell.
$ unzip -p readiness.xlsx xl/sharedStrings.xml | grep -o '<t>8936123456795</t>'
> <t>8936123456795</t>
$ unzip -p readiness.xlsx xl/worksheets/sheet1.xml | grep -c '<v>8936123456795</v>'
> 0
? 1

# The same data and --date, the same bytes.
$ sleep 1 && ocop -C d report certified --date 2025-11-20 --number 12 --format xlsx >c2.xlsx && cmp c.xlsx c2.xlsx

# A workbook is not for a terminal.
$ script -qec '"$OCOP_BIN" -C d report summary --format xlsx' /dev/null | tr -d '\r'
> ocop: error: an XLSX workbook is not for a terminal; write it with -o FILE.xlsx or redirect the output

# A file that cannot be written.
$ ocop -C d report summary -o /dev/full --format xlsx
2> ocop: error: writing '/dev/full' failed: No space left on device
? 3
