# ocop report as one self-contained HTML page: inline style with the A4
# page, SVG charts, no script, nothing fetched.  certified, quarter and
# targets are laid out as a Vietnamese administrative report.
# The fixture, fixtures/report-data.sh: the ward of the seed plan, Nghĩa
# Lộ, with products of all 6 categories, 3 to 5 stars, a certificate
# ending in 36 days (in --within 90, not in the rules' 30-day notice),
# one ended, one revoked, a rejected idea and an
# idea at step 3.  Today is 2025-11-20 (the runner's OCOP_TODAY).
$ sh "$OCOP_FIXTURES/report-data.sh"

# Numbered and dated: "Số: 15/BC-UBND", "Nghĩa Lộ, ngày 30 tháng 9 năm 2025";
# the report is made as of that day (the 01/10 decisions are not yet in).
$ ocop -C d report certified --format html --number 15 --date 30/09/2025
> <!DOCTYPE html>
> <html lang="vi">
> <head>
> <meta charset="utf-8"/>
> <meta name="viewport" content="width=device-width, initial-scale=1"/>
> <title>Danh sách sản phẩm đạt OCOP 3 sao trở lên — phường Nghĩa Lộ, tỉnh Quảng Ngãi, tính đến ngày 30/09/2025</title>
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
> <table class="letterhead">
> <tr>
> <td class="issuer"><div>ỦY BAN NHÂN DÂN</div><div class="strong">PHƯỜNG NGHĨA LỘ</div><div class="rule"></div></td>
> <td class="nation"><div class="strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="motto"><span>Độc lập - Tự do - Hạnh phúc</span></div></td>
> </tr>
> <tr>
> <td class="number">Số: 15/BC-UBND</td>
> <td class="dateline">Nghĩa Lộ, ngày 30 tháng 9 năm 2025</td>
> </tr>
> </table>
> <h1>BÁO CÁO</h1>
> <p class="subject">Danh sách sản phẩm đạt OCOP 3 sao trở lên</p>
> <p class="where">phường Nghĩa Lộ, tỉnh Quảng Ngãi, tính đến ngày 30/09/2025</p>
> <p class="intro">Tính đến ngày 30/09/2025, trên địa bàn có 5 sản phẩm được công nhận đạt OCOP 3 sao trở lên còn hiệu lực, trong đó: 1 sản phẩm 5 sao, 0 sản phẩm 4 sao, 4 sản phẩm 3 sao.</p>
> <table class="data">
> <thead>
> <tr><th class="num">TT</th><th>Sản phẩm</th><th>Đơn vị</th><th>Địa chỉ</th><th class="num">Đạt sao</th><th>Quyết định</th><th>Ngày quyết định</th><th>Hết hạn</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td class="num">1</td><td>Yến thô cao cấp Culaore</td><td>Công ty TNHH XNK Yến sào Cù Lao Ré</td><td>Số 38 đường Chu Văn An, phường Nghĩa Lộ</td><td class="num">3</td><td>3981/QĐ-UBND</td><td>26/12/2022</td><td>26/12/2025</td></tr>
> <tr><td class="num">2</td><td>Đường phèn Tuyết Hường</td><td>Hộ kinh doanh Lê Thanh Hường</td><td>Tổ 10, phường Nghĩa Lộ</td><td class="num">3</td><td>1425/QĐ-UBND</td><td>15/06/2023</td><td>15/06/2026</td></tr>
> <tr><td class="num">3</td><td>Mạch nha Quảng Ngãi đường Mantoza</td><td>Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi</td><td>02 Nguyễn Chí Thanh, phường Nghĩa Lộ</td><td class="num">5</td><td>1234/QĐ-BNNMT</td><td>20/05/2024</td><td>20/05/2027</td></tr>
> <tr><td class="num">4</td><td>Giỏ mây tre đan Ân Phú</td><td>Tổ hợp tác Mây tre đan Ân Phú</td><td>Thôn Ân Phú</td><td class="num">3</td><td>512/QĐ-UBND</td><td>20/03/2024</td><td>20/03/2027</td></tr>
> <tr><td class="num">5</td><td>Điểm du lịch cộng đồng Thiên Ấn</td><td>Trần Văn Ấn</td><td>Thôn Thiên Ấn</td><td class="num">3</td><td>2001/QĐ-UBND</td><td>12/09/2023</td><td>12/09/2026</td></tr>
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
> <rect x="170" y="35" width="266" height="16" fill="#9ecae1"><title>Thực phẩm, 3 sao: 2</title></rect>
> <rect x="436" y="35" width="134" height="16" fill="#08306b"><title>Thực phẩm, 5 sao: 1</title></rect>
> <text x="576" y="47" font-size="12">3</text>
> <text x="164" y="73" font-size="12" text-anchor="end">Đồ uống</text>
> <text x="176" y="73" font-size="12">0</text>
> <text x="164" y="99" font-size="12" text-anchor="end">Dược liệu</text>
> <text x="176" y="99" font-size="12">0</text>
> <text x="164" y="125" font-size="12" text-anchor="end">Thủ công mỹ nghệ</text>
> <rect x="170" y="113" width="133" height="16" fill="#9ecae1"><title>Thủ công mỹ nghệ, 3 sao: 1</title></rect>
> <text x="309" y="125" font-size="12">1</text>
> <text x="164" y="151" font-size="12" text-anchor="end">Sinh vật cảnh</text>
> <text x="176" y="151" font-size="12">0</text>
> <text x="164" y="177" font-size="12" text-anchor="end">Du lịch</text>
> <rect x="170" y="165" width="133" height="16" fill="#9ecae1"><title>Du lịch, 3 sao: 1</title></rect>
> <text x="309" y="177" font-size="12">1</text>
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
> <rect x="170" y="87" width="36" height="16" fill="#4292c6"><title>3. Phương án SXKD, Sản phẩm: 1</title></rect>
> <text x="212" y="99" font-size="12">1</text>
> <text x="164" y="125" font-size="12" text-anchor="end">4. Triển khai</text>
> <text x="176" y="125" font-size="12">0</text>
> <text x="164" y="151" font-size="12" text-anchor="end">5. Đánh giá, phân hạng</text>
> <rect x="170" y="139" width="400" height="16" fill="#4292c6"><title>5. Đánh giá, phân hạng, Sản phẩm: 11</title></rect>
> <text x="576" y="151" font-size="12">11</text>
> <text x="164" y="177" font-size="12" text-anchor="end">6. Xúc tiến thương mại</text>
> <text x="176" y="177" font-size="12">0</text>
> <text x="164" y="203" font-size="12" text-anchor="end">Ý tưởng không đạt</text>
> <rect x="170" y="191" width="36" height="16" fill="#bdbdbd"><title>Ý tưởng không đạt, Ý tưởng không đạt: 1</title></rect>
> <text x="212" y="203" font-size="12">1</text>
> </svg>
> </figure>
> <table class="signature">
> <tr>
> <td class="recipients">
> <p class="label">Nơi nhận:</p>
> <p>- Sở NN&amp;MT;</p>
> <p>- TT HĐND phường;</p>
> <p>- Lưu: VT.</p>
> </td>
> <td class="signer">
> <p>KT. CHỦ TỊCH</p>
> <p>PHÓ CHỦ TỊCH</p>
> <p class="space"></p>
> <p>Mai Thị Cẩm Hồng</p>
> </td>
> </tr>
> </table>
> </div>
> </body>
> </html>

$ ocop -C d report summary --format html
> <!DOCTYPE html>
> <html lang="vi">
> <head>
> <meta charset="utf-8"/>
> <meta name="viewport" content="width=device-width, initial-scale=1"/>
> <title>Tổng hợp sản phẩm OCOP — phường Nghĩa Lộ, tỉnh Quảng Ngãi</title>
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
> <h1>Tổng hợp sản phẩm OCOP</h1>
> <p class="where">phường Nghĩa Lộ, tỉnh Quảng Ngãi</p>
> <h2>Sản phẩm theo ngành hàng và hạng sao</h2>
> <table class="data">
> <thead>
> <tr><th>Ngành hàng</th><th class="num">3 sao</th><th class="num">4 sao</th><th class="num">5 sao</th><th class="num">Cộng OCOP</th><th class="num">Chưa công nhận</th><th class="num">Tổng số</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td>Thực phẩm</td><td class="num">2</td><td class="num">1</td><td class="num">1</td><td class="num">4</td><td class="num">4</td><td class="num">8</td></tr>
> <tr><td>Đồ uống</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">1</td></tr>
> </tbody>
> <tbody>
> <tr><td>Dược liệu và sản phẩm từ dược liệu</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">1</td></tr>
> <tr><td>Hàng thủ công mỹ nghệ</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">1</td></tr>
> <tr><td>Sinh vật cảnh</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">1</td></tr>
> </tbody>
> <tbody class="keep">
> <tr><td>Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">1</td></tr>
> <tr><td>Tổng cộng</td><td class="num">6</td><td class="num">2</td><td class="num">1</td><td class="num">9</td><td class="num">4</td><td class="num">13</td></tr>
> </tbody>
> </table>
> <h2>Chủ thể theo loại hình</h2>
> <table class="data">
> <thead>
> <tr><th>Loại hình chủ thể</th><th class="num">Số chủ thể</th><th class="num">Có sản phẩm OCOP</th><th class="num">Sản phẩm</th><th class="num">Sản phẩm OCOP</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td>Doanh nghiệp</td><td class="num">3</td><td class="num">3</td><td class="num">4</td><td class="num">4</td></tr>
> <tr><td>Hợp tác xã</td><td class="num">1</td><td class="num">1</td><td class="num">1</td><td class="num">1</td></tr>
> </tbody>
> <tbody>
> <tr><td>Tổ hợp tác</td><td class="num">1</td><td class="num">1</td><td class="num">1</td><td class="num">1</td></tr>
> <tr><td>Hộ sản xuất, kinh doanh</td><td class="num">2</td><td class="num">1</td><td class="num">4</td><td class="num">1</td></tr>
> <tr><td>Cơ sở sản xuất</td><td class="num">2</td><td class="num">1</td><td class="num">2</td><td class="num">1</td></tr>
> </tbody>
> <tbody class="keep">
> <tr><td>Cá nhân</td><td class="num">1</td><td class="num">1</td><td class="num">1</td><td class="num">1</td></tr>
> <tr><td>Tổng cộng</td><td class="num">10</td><td class="num">8</td><td class="num">13</td><td class="num">9</td></tr>
> </tbody>
> </table>
> <h2>Tổng hợp</h2>
> <table class="data">
> <thead>
> <tr><th>Nội dung</th><th class="num">Số lượng</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td>Phường, xã</td><td class="num">1</td></tr>
> <tr><td>Chủ thể</td><td class="num">10</td></tr>
> </tbody>
> <tbody>
> <tr><td>Chủ thể có sản phẩm OCOP</td><td class="num">8</td></tr>
> <tr><td>Sản phẩm</td><td class="num">13</td></tr>
> <tr><td>Sản phẩm OCOP còn hiệu lực</td><td class="num">9</td></tr>
> <tr><td>Trong đó sắp hết hạn (30 ngày)</td><td class="num">0</td></tr>
> <tr><td>Đã hết hạn</td><td class="num">1</td></tr>
> <tr><td>Bị thu hồi</td><td class="num">1</td></tr>
> </tbody>
> <tbody class="keep">
> <tr><td>Đang thực hiện chu trình</td><td class="num">1</td></tr>
> <tr><td>Ý tưởng không đạt</td><td class="num">1</td></tr>
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
> <rect x="170" y="35" width="200" height="16" fill="#9ecae1"><title>Thực phẩm, 3 sao: 2</title></rect>
> <rect x="370" y="35" width="100" height="16" fill="#4292c6"><title>Thực phẩm, 4 sao: 1</title></rect>
> <rect x="470" y="35" width="100" height="16" fill="#08306b"><title>Thực phẩm, 5 sao: 1</title></rect>
> <text x="576" y="47" font-size="12">4</text>
> <text x="164" y="73" font-size="12" text-anchor="end">Đồ uống</text>
> <rect x="170" y="61" width="100" height="16" fill="#9ecae1"><title>Đồ uống, 3 sao: 1</title></rect>
> <text x="276" y="73" font-size="12">1</text>
> <text x="164" y="99" font-size="12" text-anchor="end">Dược liệu</text>
> <rect x="170" y="87" width="100" height="16" fill="#9ecae1"><title>Dược liệu, 3 sao: 1</title></rect>
> <text x="276" y="99" font-size="12">1</text>
> <text x="164" y="125" font-size="12" text-anchor="end">Thủ công mỹ nghệ</text>
> <rect x="170" y="113" width="100" height="16" fill="#9ecae1"><title>Thủ công mỹ nghệ, 3 sao: 1</title></rect>
> <text x="276" y="125" font-size="12">1</text>
> <text x="164" y="151" font-size="12" text-anchor="end">Sinh vật cảnh</text>
> <rect x="170" y="139" width="100" height="16" fill="#4292c6"><title>Sinh vật cảnh, 4 sao: 1</title></rect>
> <text x="276" y="151" font-size="12">1</text>
> <text x="164" y="177" font-size="12" text-anchor="end">Du lịch</text>
> <rect x="170" y="165" width="100" height="16" fill="#9ecae1"><title>Du lịch, 3 sao: 1</title></rect>
> <text x="276" y="177" font-size="12">1</text>
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
> <rect x="170" y="87" width="40" height="16" fill="#4292c6"><title>3. Phương án SXKD, Sản phẩm: 1</title></rect>
> <text x="216" y="99" font-size="12">1</text>
> <text x="164" y="125" font-size="12" text-anchor="end">4. Triển khai</text>
> <text x="176" y="125" font-size="12">0</text>
> <text x="164" y="151" font-size="12" text-anchor="end">5. Đánh giá, phân hạng</text>
> <rect x="170" y="139" width="400" height="16" fill="#4292c6"><title>5. Đánh giá, phân hạng, Sản phẩm: 10</title></rect>
> <text x="576" y="151" font-size="12">10</text>
> <text x="164" y="177" font-size="12" text-anchor="end">6. Xúc tiến thương mại</text>
> <rect x="170" y="165" width="40" height="16" fill="#4292c6"><title>6. Xúc tiến thương mại, Sản phẩm: 1</title></rect>
> <text x="216" y="177" font-size="12">1</text>
> <text x="164" y="203" font-size="12" text-anchor="end">Ý tưởng không đạt</text>
> <rect x="170" y="191" width="40" height="16" fill="#bdbdbd"><title>Ý tưởng không đạt, Ý tưởng không đạt: 1</title></rect>
> <text x="216" y="203" font-size="12">1</text>
> </svg>
> </figure>
> </div>
> </body>
> </html>

$ ocop -C d report pipeline --format html
> <!DOCTYPE html>
> <html lang="vi">
> <head>
> <meta charset="utf-8"/>
> <meta name="viewport" content="width=device-width, initial-scale=1"/>
> <title>Sản phẩm theo chu trình OCOP — phường Nghĩa Lộ, tỉnh Quảng Ngãi</title>
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
> <h1>Sản phẩm theo chu trình OCOP</h1>
> <p class="where">phường Nghĩa Lộ, tỉnh Quảng Ngãi</p>
> <h2>Sản phẩm theo bước hiện tại của chu trình</h2>
> <table class="data">
> <thead>
> <tr><th class="num">Bước</th><th>Nội dung</th><th class="num">Ý tưởng mới</th><th class="num">Sản phẩm hiện có</th><th class="num">Tổng</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td class="num">1</td><td>Tuyên truyền, hướng dẫn</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>
> <tr><td class="num">2</td><td>Nhận đăng ký ý tưởng sản phẩm</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>
> </tbody>
> <tbody>
> <tr><td class="num">3</td><td>Nhận phương án/dự án sản xuất kinh doanh</td><td class="num">1</td><td class="num">0</td><td class="num">1</td></tr>
> <tr><td class="num">4</td><td>Triển khai phương án/dự án sản xuất kinh doanh</td><td class="num">0</td><td class="num">0</td><td class="num">0</td></tr>
> <tr><td class="num">5</td><td>Đánh giá và phân hạng sản phẩm</td><td class="num">0</td><td class="num">10</td><td class="num">10</td></tr>
> <tr><td class="num">6</td><td>Xúc tiến thương mại</td><td class="num">0</td><td class="num">1</td><td class="num">1</td></tr>
> </tbody>
> <tbody class="keep">
> <tr><td class="num"></td><td>Ý tưởng không đạt (trả về bước 2)</td><td class="num">1</td><td class="num">0</td><td class="num">1</td></tr>
> <tr><td class="num"></td><td>Tổng cộng</td><td class="num">2</td><td class="num">11</td><td class="num">13</td></tr>
> </tbody>
> </table>
> <h2>Sản phẩm đạt từng bước, theo năm</h2>
> <table class="data">
> <thead>
> <tr><th class="num">Năm</th><th class="num">Bước 1</th><th class="num">Bước 2</th><th class="num">Bước 3</th><th class="num">Bước 4</th><th class="num">Bước 5</th><th class="num">Bước 6</th><th class="num">Không đạt</th><th class="num">Được công nhận</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td class="num">2021</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td></tr>
> <tr><td class="num">2022</td><td class="num">0</td><td class="num">2</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">1</td></tr>
> <tr><td class="num">2023</td><td class="num">0</td><td class="num">4</td><td class="num">0</td><td class="num">0</td><td class="num">4</td><td class="num">0</td><td class="num">0</td><td class="num">3</td></tr>
> <tr><td class="num">2024</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">1</td><td class="num">0</td><td class="num">0</td><td class="num">2</td></tr>
> <tr><td class="num">2025</td><td class="num">1</td><td class="num">6</td><td class="num">2</td><td class="num">1</td><td class="num">4</td><td class="num">1</td><td class="num">1</td><td class="num">4</td></tr>
> </tbody>
> </table>
> <h2>Biểu đồ</h2>
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
> <rect x="170" y="87" width="40" height="16" fill="#4292c6"><title>3. Phương án SXKD, Sản phẩm: 1</title></rect>
> <text x="216" y="99" font-size="12">1</text>
> <text x="164" y="125" font-size="12" text-anchor="end">4. Triển khai</text>
> <text x="176" y="125" font-size="12">0</text>
> <text x="164" y="151" font-size="12" text-anchor="end">5. Đánh giá, phân hạng</text>
> <rect x="170" y="139" width="400" height="16" fill="#4292c6"><title>5. Đánh giá, phân hạng, Sản phẩm: 10</title></rect>
> <text x="576" y="151" font-size="12">10</text>
> <text x="164" y="177" font-size="12" text-anchor="end">6. Xúc tiến thương mại</text>
> <rect x="170" y="165" width="40" height="16" fill="#4292c6"><title>6. Xúc tiến thương mại, Sản phẩm: 1</title></rect>
> <text x="216" y="177" font-size="12">1</text>
> <text x="164" y="203" font-size="12" text-anchor="end">Ý tưởng không đạt</text>
> <rect x="170" y="191" width="40" height="16" fill="#bdbdbd"><title>Ý tưởng không đạt, Ý tưởng không đạt: 1</title></rect>
> <text x="216" y="203" font-size="12">1</text>
> </svg>
> </figure>
> </div>
> </body>
> </html>

$ ocop -C d report expiring --format html
> <!DOCTYPE html>
> <html lang="vi">
> <head>
> <meta charset="utf-8"/>
> <meta name="viewport" content="width=device-width, initial-scale=1"/>
> <title>Giấy chứng nhận OCOP sắp hết hạn, đã hết hạn — phường Nghĩa Lộ, tỉnh Quảng Ngãi</title>
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
> <h1>Giấy chứng nhận OCOP sắp hết hạn, đã hết hạn</h1>
> <p class="where">phường Nghĩa Lộ, tỉnh Quảng Ngãi</p>
> <p class="intro">1 giấy chứng nhận hết hạn trong 30 ngày tới hoặc đã hết hạn.</p>
> <table class="data">
> <thead>
> <tr><th>Mã</th><th>Sản phẩm</th><th>Đơn vị</th><th>Loại</th><th class="num">Đạt sao</th><th>Quyết định</th><th>Hết hạn</th><th class="num">Còn (ngày)</th><th>Tình trạng</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td>duong-phoi</td><td>Đường phổi Tuyết Hường</td><td>Hộ kinh doanh Lê Thanh Hường</td><td>Giấy chứng nhận OCOP</td><td class="num">3</td><td>2210/QĐ-UBND</td><td>10/12/2024</td><td class="num">-345</td><td>đã hết hạn</td></tr>
> </tbody>
> </table>
> </div>
> </body>
> </html>

$ ocop -C d report readiness --format html
> <!DOCTYPE html>
> <html lang="vi">
> <head>
> <meta charset="utf-8"/>
> <meta name="viewport" content="width=device-width, initial-scale=1"/>
> <title>Nội dung sản phẩm còn thiếu (mục VI kế hoạch) — phường Nghĩa Lộ, tỉnh Quảng Ngãi</title>
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
> @page { size: A4 landscape; }
> </style>
> </head>
> <body>
> <div class="page">
> <h1>Nội dung sản phẩm còn thiếu (mục VI kế hoạch)</h1>
> <p class="where">phường Nghĩa Lộ, tỉnh Quảng Ngãi</p>
> <p class="intro">12 trong 12 sản phẩm còn thiếu ít nhất một nội dung.</p>
> <table class="data">
> <thead>
> <tr><th>Mã</th><th>Sản phẩm</th><th>Đơn vị</th><th>Mã vạch</th><th>Truy xuất nguồn gốc</th><th>Công bố chất lượng</th><th>An toàn thực phẩm</th><th>Nhãn hiệu</th><th>Còn thiếu</th><th class="num">Gian hàng TMĐT</th><th>Bước tiếp theo</th><th>Hồ sơ đã có</th><th>Hồ sơ còn thiếu</th><th>Hồ sơ hết hạn</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td>banh-trang-me-den</td><td>Bánh tráng mè đen</td><td>Hộ kinh doanh Đoàn Thị Út</td><td></td><td>chưa</td><td>chưa</td><td>chưa</td><td></td><td>mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu</td><td class="num">0</td><td>UBND phường đánh giá</td><td></td><td>Phiếu đăng ký sản phẩm, Phương án, kế hoạch kinh doanh, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí</td><td></td></tr>
> <tr><td>com-rang</td><td>Cốm rang Hoàng Huy</td><td>Cơ sở sản xuất cốm rang Hoàng Huy</td><td></td><td>chưa</td><td>chưa</td><td>chưa</td><td></td><td>mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu</td><td class="num">0</td><td>UBND phường đánh giá</td><td></td><td>Phiếu đăng ký sản phẩm, Phương án, kế hoạch kinh doanh, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí</td><td></td></tr>
> </tbody>
> <tbody>
> <tr><td>thien-an</td><td>Điểm du lịch cộng đồng Thiên Ấn</td><td>Trần Văn Ấn</td><td>—</td><td>—</td><td>—</td><td>—</td><td>Thiên Ấn</td><td></td><td class="num">0</td><td>Đánh giá lại</td><td></td><td>Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí</td><td></td></tr>
> <tr><td>dong-trung</td><td>Đông trùng hạ thảo ngâm mật ong</td><td>Hợp tác xã Dược liệu Ngọc Bảo</td><td></td><td>chưa</td><td>chưa</td><td>chưa</td><td></td><td>mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu</td><td class="num">0</td><td>Đánh giá lại</td><td></td><td>Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm</td><td></td></tr>
> <tr><td>duong-phen</td><td>Đường phèn Tuyết Hường</td><td>Hộ kinh doanh Lê Thanh Hường</td><td>8936123456795</td><td>có</td><td>chưa</td><td>chưa</td><td></td><td>công bố chất lượng, an toàn thực phẩm, nhãn hiệu</td><td class="num">0</td><td>Đánh giá lại</td><td></td><td>Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm</td><td></td></tr>
> <tr><td>duong-phoi</td><td>Đường phổi Tuyết Hường</td><td>Hộ kinh doanh Lê Thanh Hường</td><td></td><td>chưa</td><td>chưa</td><td>chưa</td><td></td><td>mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu</td><td class="num">0</td><td>Đánh giá lại</td><td></td><td>Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm</td><td></td></tr>
> <tr><td>gio-may-tre</td><td>Giỏ mây tre đan Ân Phú</td><td>Tổ hợp tác Mây tre đan Ân Phú</td><td></td><td>chưa</td><td>chưa</td><td>—</td><td></td><td>mã vạch, tem truy xuất, công bố chất lượng, nhãn hiệu</td><td class="num">0</td><td>Đánh giá lại</td><td></td><td>Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Bản tự công bố chất lượng sản phẩm</td><td></td></tr>
> <tr><td>mach-nha</td><td>Mạch nha Quảng Ngãi đường Mantoza</td><td>Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi</td><td></td><td>chưa</td><td>chưa</td><td>chưa</td><td></td><td>mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu</td><td class="num">0</td><td>Đánh giá lại</td><td></td><td>Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm</td><td></td></tr>
> <tr><td>mai-vang</td><td>Mai vàng Nghĩa Lộ</td><td>Cơ sở Hoa kiểng Đức Thắng</td><td></td><td>chưa</td><td>chưa</td><td>—</td><td></td><td>mã vạch, tem truy xuất, công bố chất lượng, nhãn hiệu</td><td class="num">0</td><td>Đánh giá lại</td><td></td><td>Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Bản tự công bố chất lượng sản phẩm</td><td></td></tr>
> <tr><td>ruou-lut</td><td>Rượu lứt Ấn Trà</td><td>Công ty TNHH Nông Lâm Nghiệp TBT</td><td></td><td>chưa</td><td>chưa</td><td>chưa</td><td></td><td>mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu</td><td class="num">0</td><td>Đánh giá lại</td><td></td><td>Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm</td><td></td></tr>
> </tbody>
> <tbody class="keep">
> <tr><td>yen-rut-long</td><td>Yến rút lông nguyên tổ Culaore</td><td>Công ty TNHH XNK Yến sào Cù Lao Ré</td><td>8936123456788</td><td>có</td><td>có</td><td>có</td><td>Culaore</td><td></td><td class="num">0</td><td>Đánh giá lại</td><td></td><td>Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm</td><td></td></tr>
> <tr><td>yen-tho</td><td>Yến thô cao cấp Culaore</td><td>Công ty TNHH XNK Yến sào Cù Lao Ré</td><td></td><td>chưa</td><td>chưa</td><td>chưa</td><td></td><td>mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu</td><td class="num">0</td><td>Đánh giá lại</td><td></td><td>Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm</td><td></td></tr>
> </tbody>
> </table>
> </div>
> </body>
> </html>

# A draft: the number and the day left blank, marked DỰ THẢO.
$ ocop -C d report quarter --format html --year 2025 --quarter 4 --draft
> <!DOCTYPE html>
> <html lang="vi">
> <head>
> <meta charset="utf-8"/>
> <meta name="viewport" content="width=device-width, initial-scale=1"/>
> <title>Kết quả thực hiện Chương trình OCOP quý IV năm 2025 — phường Nghĩa Lộ, tỉnh Quảng Ngãi</title>
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
> <td class="issuer"><div>ỦY BAN NHÂN DÂN</div><div class="strong">PHƯỜNG NGHĨA LỘ</div><div class="rule"></div></td>
> <td class="nation"><div class="strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="motto"><span>Độc lập - Tự do - Hạnh phúc</span></div></td>
> </tr>
> <tr>
> <td class="number">Số:         /BC-UBND</td>
> <td class="dateline">Nghĩa Lộ, ngày          tháng          năm 2025</td>
> </tr>
> </table>
> <h1>BÁO CÁO</h1>
> <p class="subject">Kết quả thực hiện Chương trình OCOP quý IV năm 2025</p>
> <p class="where">phường Nghĩa Lộ, tỉnh Quảng Ngãi</p>
> <p class="intro">Từ ngày 01/10/2025 đến ngày 20/11/2025.</p>
> <h2>Kết quả trong quý</h2>
> <table class="data">
> <thead>
> <tr><th>Nội dung</th><th class="num">Số lượng</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td>Sản phẩm đăng ký mới</td><td class="num">0</td></tr>
> <tr><td>Lượt chuyển bước chu trình</td><td class="num">1</td></tr>
> </tbody>
> <tbody>
> <tr><td>Ý tưởng không đạt</td><td class="num">0</td></tr>
> <tr><td>Đánh giá cấp phường</td><td class="num">0</td></tr>
> <tr><td>Chấm điểm, phân hạng</td><td class="num">4</td></tr>
> <tr><td>Giấy chứng nhận cấp mới</td><td class="num">4</td></tr>
> <tr><td>Giấy chứng nhận hết hạn</td><td class="num">0</td></tr>
> <tr><td>Giấy chứng nhận bị thu hồi</td><td class="num">0</td></tr>
> </tbody>
> <tbody class="keep">
> <tr><td>Hội chợ</td><td class="num">1</td></tr>
> <tr><td>Chủ thể được đào tạo</td><td class="num">2</td></tr>
> </tbody>
> </table>
> <h2>Chi tiết</h2>
> <table class="data">
> <thead>
> <tr><th>Ngày</th><th>Sự kiện</th><th>Tên</th><th>Chi tiết</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td>01/10/2025</td><td>Công nhận 3 sao</td><td>Đông trùng hạ thảo ngâm mật ong</td><td>Quyết định 1898/QĐ-UBND</td></tr>
> <tr><td>01/10/2025</td><td>Công nhận 4 sao</td><td>Mai vàng Nghĩa Lộ</td><td>Quyết định 1898/QĐ-UBND</td></tr>
> </tbody>
> <tbody>
> <tr><td>01/10/2025</td><td>Công nhận 3 sao</td><td>Rượu lứt Ấn Trà</td><td>Quyết định 1898/QĐ-UBND</td></tr>
> <tr><td>01/10/2025</td><td>Công nhận 4 sao</td><td>Yến rút lông nguyên tổ Culaore</td><td>Quyết định 1898/QĐ-UBND</td></tr>
> <tr><td>15/10/2025</td><td>Đào tạo</td><td>Công ty TNHH XNK Yến sào Cù Lao Ré</td><td>Tập huấn kiến thức OCOP năm 2025</td></tr>
> <tr><td>15/10/2025</td><td>Đào tạo</td><td>Hộ kinh doanh Lê Thanh Hường</td><td>Tập huấn kiến thức OCOP năm 2025</td></tr>
> </tbody>
> <tbody class="keep">
> <tr><td>05/11/2025</td><td>Bước 6</td><td>Yến rút lông nguyên tổ Culaore</td><td>Xúc tiến thương mại</td></tr>
> <tr><td>05/11/2025</td><td>Hội chợ</td><td>Hội chợ OCOP Quảng Ngãi 2025</td><td>Đường phèn Tuyết Hường, Yến rút lông nguyên tổ Culaore</td></tr>
> </tbody>
> </table>
> <table class="signature">
> <tr>
> <td class="recipients">
> <p class="label">Nơi nhận:</p>
> <p>- Sở NN&amp;MT;</p>
> <p>- TT HĐND phường;</p>
> <p>- Lưu: VT.</p>
> </td>
> <td class="signer">
> <p>KT. CHỦ TỊCH</p>
> <p>PHÓ CHỦ TỊCH</p>
> <p class="space"></p>
> <p>Mai Thị Cẩm Hồng</p>
> </td>
> </tr>
> </table>
> </div>
> </body>
> </html>

$ ocop -C d report targets --year 2025 -o muc-tieu.html && cat muc-tieu.html
> <!DOCTYPE html>
> <html lang="vi">
> <head>
> <meta charset="utf-8"/>
> <meta name="viewport" content="width=device-width, initial-scale=1"/>
> <title>Kết quả thực hiện mục tiêu Chương trình OCOP năm 2025 — phường Nghĩa Lộ, tỉnh Quảng Ngãi</title>
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
> <table class="letterhead">
> <tr>
> <td class="issuer"><div>ỦY BAN NHÂN DÂN</div><div class="strong">PHƯỜNG NGHĨA LỘ</div><div class="rule"></div></td>
> <td class="nation"><div class="strong">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="motto"><span>Độc lập - Tự do - Hạnh phúc</span></div></td>
> </tr>
> <tr>
> <td class="number">Số:         /BC-UBND</td>
> <td class="dateline">Nghĩa Lộ, ngày          tháng          năm 2025</td>
> </tr>
> </table>
> <h1>BÁO CÁO</h1>
> <p class="subject">Kết quả thực hiện mục tiêu Chương trình OCOP năm 2025</p>
> <p class="where">phường Nghĩa Lộ, tỉnh Quảng Ngãi</p>
> <p class="intro">Năm 2025 có 4 sản phẩm mới đạt OCOP 3 sao trở lên (kế hoạch: 3–5).</p>
> <h2>Kết quả so với mục tiêu năm</h2>
> <table class="data">
> <thead>
> <tr><th>Chỉ tiêu</th><th>Kế hoạch</th><th class="num">Thực hiện</th><th>Đánh giá</th><th>Chi tiết</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td>Sản phẩm mới đạt 3 sao trở lên</td><td>3–5</td><td class="num">4</td><td>đạt</td><td></td></tr>
> <tr><td>Chủ thể được đào tạo, bồi dưỡng</td><td>100%</td><td class="num">20%</td><td>chưa đạt</td><td>2/10 chủ thể</td></tr>
> <tr><td>Hội chợ xúc tiến thương mại</td><td>1–2</td><td class="num">2</td><td>đạt</td><td></td></tr>
> </tbody>
> </table>
> <h2>Sản phẩm mới đạt OCOP 3 sao trở lên</h2>
> <table class="data">
> <thead>
> <tr><th class="num">TT</th><th>Sản phẩm</th><th>Đơn vị</th><th>Ngành hàng</th><th class="num">Đạt sao</th><th>Quyết định</th><th>Ngày quyết định</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td class="num">1</td><td>Rượu lứt Ấn Trà</td><td>Công ty TNHH Nông Lâm Nghiệp TBT</td><td>Đồ uống</td><td class="num">3</td><td>1898/QĐ-UBND</td><td>01/10/2025</td></tr>
> <tr><td class="num">2</td><td>Yến rút lông nguyên tổ Culaore</td><td>Công ty TNHH XNK Yến sào Cù Lao Ré</td><td>Thực phẩm</td><td class="num">4</td><td>1898/QĐ-UBND</td><td>01/10/2025</td></tr>
> <tr><td class="num">3</td><td>Mai vàng Nghĩa Lộ</td><td>Cơ sở Hoa kiểng Đức Thắng</td><td>Sinh vật cảnh</td><td class="num">4</td><td>1898/QĐ-UBND</td><td>01/10/2025</td></tr>
> <tr><td class="num">4</td><td>Đông trùng hạ thảo ngâm mật ong</td><td>Hợp tác xã Dược liệu Ngọc Bảo</td><td>Dược liệu và sản phẩm từ dược liệu</td><td class="num">3</td><td>1898/QĐ-UBND</td><td>01/10/2025</td></tr>
> </tbody>
> </table>
> <h2>Hội chợ, xúc tiến thương mại</h2>
> <table class="data">
> <thead>
> <tr><th>Ngày</th><th>Hội chợ</th><th>Sản phẩm</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td>15/08/2025</td><td>Hội chợ Xúc tiến thương mại miền Trung</td><td>Mạch nha Quảng Ngãi đường Mantoza</td></tr>
> <tr><td>05/11/2025</td><td>Hội chợ OCOP Quảng Ngãi 2025</td><td>Đường phèn Tuyết Hường, Yến rút lông nguyên tổ Culaore</td></tr>
> </tbody>
> </table>
> <table class="signature">
> <tr>
> <td class="recipients">
> <p class="label">Nơi nhận:</p>
> <p>- Sở NN&amp;MT;</p>
> <p>- TT HĐND phường;</p>
> <p>- Lưu: VT.</p>
> </td>
> <td class="signer">
> <p>KT. CHỦ TỊCH</p>
> <p>PHÓ CHỦ TỊCH</p>
> <p class="space"></p>
> <p>Mai Thị Cẩm Hồng</p>
> </td>
> </tr>
> </table>
> </div>
> </body>
> </html>

# In English, and with the office's defaults (no signer, no recipients).
$ ocop init e --ward "Trương Quang Trọng" --province "Quảng Ngãi" 2>/dev/null && ocop -C e report targets --lang en --format html --number 7/BC-UBND --date 2025-02-05
> <!DOCTYPE html>
> <html lang="en">
> <head>
> <meta charset="utf-8"/>
> <meta name="viewport" content="width=device-width, initial-scale=1"/>
> <title>The OCOP programme&#39;s targets for 2025 — Trương Quang Trọng ward, Quảng Ngãi province</title>
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
> <table class="letterhead">
> <tr>
> <td class="issuer"><div>PEOPLE&#39;S COMMITTEE</div><div class="strong">TRƯƠNG QUANG TRỌNG WARD</div><div class="rule"></div></td>
> <td class="nation"><div class="strong">SOCIALIST REPUBLIC OF VIETNAM</div><div class="motto"><span>Independence - Freedom - Happiness</span></div></td>
> </tr>
> <tr>
> <td class="number">No.: 7/BC-UBND</td>
> <td class="dateline">Trương Quang Trọng, 5 February 2025</td>
> </tr>
> </table>
> <h1>REPORT</h1>
> <p class="subject">The OCOP programme&#39;s targets for 2025</p>
> <p class="where">Trương Quang Trọng ward, Quảng Ngãi province</p>
> <p class="intro">In 2025, 0 new products reached 3 stars or more.</p>
> <h2>The year against its targets</h2>
> <table class="data">
> <thead>
> <tr><th>Target</th><th>Planned</th><th class="num">Actual</th><th>Met</th><th>Detail</th></tr>
> </thead>
> <tbody class="keep">
> <tr><td>New products with 3 stars or more</td><td></td><td class="num">0</td><td></td><td></td></tr>
> <tr><td>Producers trained</td><td></td><td class="num">0%</td><td></td><td>0 of 0 producers</td></tr>
> <tr><td>Trade fairs</td><td></td><td class="num">0</td><td></td><td></td></tr>
> </tbody>
> </table>
> <h2>New products with 3 stars or more</h2>
> <p class="empty">No new product reached 3 stars or more.</p>
> <h2>Trade fairs</h2>
> <p class="empty">No trade fairs.</p>
> <table class="signature">
> <tr>
> <td class="recipients">
> <p class="label">Recipients:</p>
> <p>- Archive: VT.</p>
> </td>
> <td class="signer">
> <p>ON BEHALF OF THE PEOPLE&#39;S COMMITTEE</p>
> <p>CHAIRPERSON</p>
> <p class="space"></p>
> </td>
> </tr>
> </table>
> </div>
> </body>
> </html>
2>*
