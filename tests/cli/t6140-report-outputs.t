# Issue 13's rest: an empty table said as a sentence to people (text, md,
# html) while csv, tsv and json keep their shape; --excel lists headed in
# the office's words with their codes by name; --frame on any report; the
# printed page's numbers from page 2 and its rows never alone on a page.
$ ocop init d >/dev/null 2>&1 && ocop -C d producer list && ocop -C d product list
> No producers.
> No products.
$ ocop -C d product list --format csv && ocop -C d product list --format tsv && ocop -C d product list --format json
> id,name,producer,category,step,stars,status
> id	name	producer	category	step	stars	status
> []
$ ocop -C d product list --format md; ocop -C d product list --format html
> No products.
> <p class="empty">No products.</p>

# A report's empty table: its own sentence, --within's days in it.
$ ocop -C d report expiring --within 30 --table expiring
> Giấy chứng nhận OCOP sắp hết hạn, đã hết hạn
> phường (ward name)
>
> Không có sản phẩm nào sắp hết hạn trong 30 ngày tới hoặc đã hết hạn.
$ ocop -C d report expiring --lang en --format md | tail -n 1
> No certificate ends within 30 days or has ended.
$ ocop -C d report expiring --format html | grep 'class="empty"'
> <p class="empty">Không có sản phẩm nào sắp hết hạn trong 30 ngày tới hoặc đã hết hạn.</p>
$ ocop -C d report expiring --format json; ocop -C d report expiring --format csv
> []
> id,product,producer,kind,stars,decision,expires,days_left,status

# The lists for a spreadsheet: headings, kinds, categories and states in
# the office's words (ocop.yaml says vi), or in English with --lang en.
$ ocop -C d producer add "Cơ sở A" --kind facility --tax-code 0401234567 >/dev/null && ocop -C d product add "Bánh A" --producer co-so-a --category food --date 2024-01-10 >/dev/null
$ ocop -C d producer list --excel | tr -d '\r' | sed '1s/^\xef\xbb\xbf//'
> Mã,Tên,Loại hình chủ thể,Mã số thuế,Địa chỉ
> co-so-a,Cơ sở A,Cơ sở sản xuất,"=""0401234567""",
$ ocop -C d product list --excel | tr -d '\r' | sed '1s/^\xef\xbb\xbf//'
> Mã,Tên,Mã chủ thể,Ngành hàng,Bước,Đạt sao,Tình trạng
> banh-a,Bánh A,co-so-a,Thực phẩm,2,,đang thực hiện chu trình
$ ocop -C d --lang en product list -o p.csv --excel && tr -d '\r' <p.csv | sed '1s/^\xef\xbb\xbf//'
> ID,Name,Producer ID,Category,Step,Stars,Status
> banh-a,Bánh A,co-so-a,Food,2,,in the cycle
# … and the codes stay codes for scripts.
$ ocop -C d product list --format csv | sed -n 2p
> banh-a,Bánh A,co-so-a,food,2,,in-progress

# --frame: any report laid out as an administrative page, in HTML and
# XLSX, with the number it then takes; without it, as before.
$ ocop -C d report expiring --frame --number 4 --date 2025-11-15 --format html | grep -c 'class="letterhead"\|class="signature"\|Số: 4/BC-UBND'
> 3
$ ocop -C d report expiring --frame --number 4 --date 2025-11-15 -o e.xlsx && unzip -p e.xlsx xl/sharedStrings.xml | grep -o 'Số: 4/BC-UBND\|BÁO CÁO\|Nơi nhận:' | sort -u
> BÁO CÁO
> Nơi nhận:
> Số: 4/BC-UBND
$ ocop -C d report expiring --format html | grep -c 'class="letterhead"'
> 0
? 1
$ ocop -C d report expiring --number 4
2> ocop: error: --number and --draft are for the certified, quarter and targets reports, not expiring
2>*
? 2

# The page: its number at the top centre from page 2, Phụ lục I's sizes.
$ ocop -C d report summary --format html | grep '^@page'
> @page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font-family: "Times New Roman", Times, serif; font-size: 13pt; vertical-align: bottom; padding-bottom: 4mm; } }
> @page :first { @top-center { content: none; } }

# No row alone on a page: the first two rows and the last two are each a
# tbody that does not break (a short table is one); the signature does
# not break before them.
$ for i in 1 2 3 4 5 6 7; do ocop -C d product add "Sản phẩm $i" --producer co-so-a --category food --date 2024-01-10 >/dev/null; done && ocop -C d report readiness --format html | grep -c '^<tbody'
> 3
$ ocop -C d report readiness --format html | grep -A3 '^<tbody class="keep">' | grep -c '^<tr>'
> 4
$ ocop -C d report targets --format html 2>/dev/null | grep '^\.signature {'
> .signature { margin-top: 14pt; break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
