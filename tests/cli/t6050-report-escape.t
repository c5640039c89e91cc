# Hostile names: inert in HTML, escaped on a terminal, guarded in CSV for
# a spreadsheet.
$ ocop init h --ward '<b>Phường</b> "X" & Y' --province "Quảng Ngãi"
2> ocop: made an empty data directory in h
$ ocop -C h producer add '<script>alert(1)</script>' --kind household --address '=HYPERLINK("http://x")' --id evil
> evil
$ ocop -C h product add '<img src=x onerror=alert(1)>' --producer evil --category food --date 2024-01-01 --id p1 && ocop -C h cycle advance p1 --to 5 --date 2024-02-01 && ocop -C h rate council p1 --score 30,10,20 --date 2024-03-01 --decision '-1+1/QĐ' --level district
> p1
# A tab, written by hand (an escape sequence is refused on the way in since
# issue 17: t9710).
$ printf '%s\n' 'id: evil' 'name: "<script>alert(1)</script>\tTab[31m"' 'kind: household' "address: '=HYPERLINK(\"http://x\")'" > h/producers/evil.yaml && ocop -C h check

$ ocop -C h report certified
> Danh sách sản phẩm đạt OCOP 3 sao trở lên
> phường <b>Phường</b> "X" & Y, tỉnh Quảng Ngãi
>
> Trên địa bàn có 1 sản phẩm được công nhận đạt OCOP 3 sao trở lên còn hiệu lực, trong đó: 0 sản phẩm 5 sao, 0 sản phẩm 4 sao, 1 sản phẩm 3 sao.
>
> TT  Sản phẩm                      Đơn vị                                Địa chỉ                 Đạt sao  Quyết định  Ngày quyết định  Hết hạn
>  1  <img src=x onerror=alert(1)>  <script>alert(1)</script>\x09Tab[31m  =HYPERLINK("http://x")        3  -1+1/QĐ     01/03/2024       01/03/2027

$ ocop -C h report certified --format csv --excel | sed '1s/^\xef\xbb\xbf/<BOM>/; s/\r$/<CR>/; s/\x1b/<ESC>/g'
> <BOM>TT,Sản phẩm,Đơn vị,Địa chỉ,Đạt sao,Quyết định,Ngày quyết định,Hết hạn<CR>
> 1,<img src=x onerror=alert(1)>,<script>alert(1)</script>	Tab[31m,"'=HYPERLINK(""http://x"")",3,'-1+1/QĐ,2024-03-01,2027-03-01<CR>

$ ocop -C h report certified --format md
> # Danh sách sản phẩm đạt OCOP 3 sao trở lên
>
> phường &lt;b&gt;Phường&lt;/b&gt; "X" &amp; Y, tỉnh Quảng Ngãi
>
> Trên địa bàn có 1 sản phẩm được công nhận đạt OCOP 3 sao trở lên còn hiệu lực, trong đó: 0 sản phẩm 5 sao, 0 sản phẩm 4 sao, 1 sản phẩm 3 sao.
>
> | TT | Sản phẩm | Đơn vị | Địa chỉ | Đạt sao | Quyết định | Ngày quyết định | Hết hạn |
> | ---: | --- | --- | --- | ---: | --- | --- | --- |
> | 1 | &lt;img src=x onerror=alert(1)&gt; | &lt;script&gt;alert(1)&lt;/script&gt;\x09Tab[31m | =HYPERLINK("http://x") | 3 | -1+1/QĐ | 01/03/2024 | 01/03/2027 |

$ ocop -C h report certified --format html --draft
> <!DOCTYPE html>
> <html lang="vi">
> <head>
> <meta charset="utf-8"/>
> <meta name="viewport" content="width=device-width, initial-scale=1"/>
> <title>Danh sách sản phẩm đạt OCOP 3 sao trở lên — phường &lt;b&gt;Phường&lt;/b&gt; &quot;X&quot; &amp; Y, tỉnh Quảng Ngãi</title>
> <style>
> @page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font-family: "Times New Roman", Times, serif; font-size: 13pt; vertical-align: bottom; padding-bottom: 4mm; } }
> @page :first { @top-center { content: none; } }
> html { background: #fff; color: #000; }
> body { margin: 0; font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.3; }
> .page { max-width: 165mm; margin: 0 auto; padding: 12mm 0; }
> @media screen { body { background: #eee; } .page { background: #fff; padding: 15mm 15mm 15mm 20mm; margin: 8mm auto; box-shadow: 0 0 3mm #999; } }
> @media print { .page { max-width: none; margin: 0; padding: 0; box-shadow: none; } }
> h1 { font-size: 14pt; text-align: center; text-transform: uppercase; margin: 14pt 0 2pt; }
> h2 { font-size: 13pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }
> p { margin: 4pt 0; }
> .subject { text-align: center; font-weight: bold; font-size: 14pt; margin: 0; }
> .where { text-align: center; margin: 0 0 10pt; }
> .intro { text-indent: 10mm; text-align: justify; }
> .empty { font-style: italic; }
> table.data { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 4pt 0 10pt; }
> table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
> table.data td.long { overflow-wrap: anywhere; }
> table.data th { text-align: center; font-weight: bold; }
> table.data .num { text-align: right; }
> table.data thead { display: table-header-group; }
> table.data tr { break-inside: avoid; page-break-inside: avoid; }
> table.data tbody.keep { break-inside: avoid; page-break-inside: avoid; }
> .letterhead, .signature { width: 100%; border-collapse: collapse; }
> .letterhead td, .signature td { vertical-align: top; padding: 0; text-align: center; font-size: 13pt; }
> .letterhead .issuer { width: 40%; }
> .letterhead .nation { width: 60%; }
> .strong { font-weight: bold; }
> .motto { font-weight: bold; }
> .motto span { border-bottom: 1px solid #000; padding-bottom: 1pt; }
> .rule { width: 35%; margin: 2pt auto 0; border-top: 1px solid #000; }
> .number { padding-top: 6pt; }
> .letterhead .dateline { font-style: italic; font-size: 14pt; padding-top: 6pt; }
> .draft { display: inline-block; border: 1px solid #000; padding: 1pt 6pt; font-weight: bold; margin: 0 0 6pt; }
> .signature { margin-top: 14pt; break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }
> .signature .recipients { width: 45%; text-align: left; font-size: 11pt; }
> .recipients p, .signer p { margin: 0; }
> .recipients .label { font-weight: bold; font-style: italic; font-size: 12pt; }
> .signature .signer { width: 55%; font-weight: bold; font-size: 14pt; }
> .signer .space { height: 25mm; }
> figure { margin: 6pt 0 12pt; break-inside: avoid; page-break-inside: avoid; }
> figcaption { font-weight: bold; font-style: italic; text-align: center; margin-bottom: 4pt; font-size: 12pt; }
> svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
> svg text { font-family: "Times New Roman", Times, serif; }
> </style>
> </head>
> <body>
> <div class="page">
> <p class="draft">DỰ THẢO</p>
> <table class="letterhead">
> <tr>
> <td class="issuer"><div>ỦY BAN NHÂN DÂN</div><div class="strong">PHƯỜNG &lt;B&gt;PHƯỜNG&lt;/B&gt; &quot;X&quot; &amp; Y</div><div class="rule"></div></td>
> <td class="nation"><div class="strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="motto"><span>Độc lập - Tự do - Hạnh phúc</span></div></td>
> </tr>
> <tr>
> <td class="number">Số:         /BC-UBND</td>
> <td class="dateline">&lt;b&gt;Phường&lt;/b&gt; &quot;X&quot; &amp; Y, ngày          tháng          năm 2025</td>
> </tr>
> </table>
> <h1>BÁO CÁO</h1>
> <p class="subject">Danh sách sản phẩm đạt OCOP 3 sao trở lên</p>
> <p class="where">phường &lt;b&gt;Phường&lt;/b&gt; &quot;X&quot; &amp; Y, tỉnh Quảng Ngãi</p>
> <p class="intro">Trên địa bàn có 1 sản phẩm được công nhận đạt OCOP 3 sao trở lên còn hiệu lực, trong đó: 0 sản phẩm 5 sao, 0 sản phẩm 4 sao, 1 sản phẩm 3 sao.</p>
> <table class="data">
> <thead>
> <tr><th class="num">TT</th><th>Sản phẩm</th><th>Đơn vị</th><th>Địa chỉ</th><th class="num">Đạt sao</th><th>Quyết định</th><th>Ngày quyết định</th><th>Hết hạn</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td class="num">1</td><td>&lt;img src=x onerror=alert(1)&gt;</td><td>&lt;script&gt;alert(1)&lt;/script&gt;	Tab[31m</td><td>=HYPERLINK(&quot;http://x&quot;)</td><td class="num">3</td><td>-1+1/QĐ</td><td>01/03/2024</td><td>01/03/2027</td></tr>
> </tbody>
> </table>
> <h2>Biểu đồ</h2>
> <figure>
> <figcaption>Sản phẩm OCOP còn hiệu lực theo ngành hàng và hạng sao</figcaption>
> <svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-stars" width="640" height="194" viewBox="0 0 640 194" role="img" aria-label="Sản phẩm OCOP còn hiệu lực theo ngành hàng và hạng sao">
> <title>Sản phẩm OCOP còn hiệu lực theo ngành hàng và hạng sao</title>
> <rect x="170" y="6" width="12" height="12" fill="#9ecae1"/><text x="186" y="16" font-size="12">3 sao</text>
> <rect x="300" y="6" width="12" height="12" fill="#4292c6"/><text x="316" y="16" font-size="12">4 sao</text>
> <rect x="430" y="6" width="12" height="12" fill="#08306b"/><text x="446" y="16" font-size="12">5 sao</text>
> <line x1="170" y1="28" x2="170" y2="188" stroke="#000" stroke-width="1"/>
> <text x="164" y="47" font-size="12" text-anchor="end">Thực phẩm</text>
> <rect x="170" y="35" width="400" height="16" fill="#9ecae1"><title>Thực phẩm, 3 sao: 1</title></rect>
> <text x="576" y="47" font-size="12">1</text>
> <text x="164" y="73" font-size="12" text-anchor="end">Đồ uống</text>
> <text x="176" y="73" font-size="12">0</text>
> <text x="164" y="99" font-size="12" text-anchor="end">Dược liệu</text>
> <text x="176" y="99" font-size="12">0</text>
> <text x="164" y="125" font-size="12" text-anchor="end">Thủ công mỹ nghệ</text>
> <text x="176" y="125" font-size="12">0</text>
> <text x="164" y="151" font-size="12" text-anchor="end">Sinh vật cảnh</text>
> <text x="176" y="151" font-size="12">0</text>
> <text x="164" y="177" font-size="12" text-anchor="end">Du lịch</text>
> <text x="176" y="177" font-size="12">0</text>
> </svg>
> </figure>
> <figure>
> <figcaption>Sản phẩm theo bước của chu trình OCOP</figcaption>
> <svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-pipeline" width="640" height="220" viewBox="0 0 640 220" role="img" aria-label="Sản phẩm theo bước của chu trình OCOP">
> <title>Sản phẩm theo bước của chu trình OCOP</title>
> <rect x="170" y="6" width="12" height="12" fill="#4292c6"/><text x="186" y="16" font-size="12">Sản phẩm</text>
> <rect x="300" y="6" width="12" height="12" fill="#bdbdbd"/><text x="316" y="16" font-size="12">Ý tưởng không đạt</text>
> <line x1="170" y1="28" x2="170" y2="214" stroke="#000" stroke-width="1"/>
> <text x="164" y="47" font-size="12" text-anchor="end">1. Tuyên truyền</text>
> <text x="176" y="47" font-size="12">0</text>
> <text x="164" y="73" font-size="12" text-anchor="end">2. Ý tưởng</text>
> <text x="176" y="73" font-size="12">0</text>
> <text x="164" y="99" font-size="12" text-anchor="end">3. Phương án SXKD</text>
> <text x="176" y="99" font-size="12">0</text>
> <text x="164" y="125" font-size="12" text-anchor="end">4. Triển khai</text>
> <text x="176" y="125" font-size="12">0</text>
> <text x="164" y="151" font-size="12" text-anchor="end">5. Đánh giá, phân hạng</text>
> <rect x="170" y="139" width="400" height="16" fill="#4292c6"><title>5. Đánh giá, phân hạng, Sản phẩm: 1</title></rect>
> <text x="576" y="151" font-size="12">1</text>
> <text x="164" y="177" font-size="12" text-anchor="end">6. Xúc tiến thương mại</text>
> <text x="176" y="177" font-size="12">0</text>
> <text x="164" y="203" font-size="12" text-anchor="end">Ý tưởng không đạt</text>
> <text x="176" y="203" font-size="12">0</text>
> </svg>
> </figure>
> <table class="signature">
> <tr>
> <td class="recipients">
> <p class="label">Nơi nhận:</p>
> <p>- Lưu: VT.</p>
> </td>
> <td class="signer">
> <p>TM. ỦY BAN NHÂN DÂN</p>
> <p>CHỦ TỊCH</p>
> <p class="space"></p>
> </td>
> </tr>
> </table>
> </div>
> </body>
> </html>
