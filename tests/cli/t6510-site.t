# ocop site -o DIR: the public catalogue.  The index lists the products
# certified today; every product that held a recognition has a page; the
# pages hold no script, no private field whatever ocop.yaml asks, every
# value escaped; the same data gives the same bytes.
$ sh "$OCOP_FIXTURES/label-data.sh"

# site_fields chooses what is published; keys that name private fields are
# unknown to it (warned), and never published.
$ printf 'site_fields: {tax_code: true, phone: true, notes: true, trademark: true, promotion: true, traceability: true, food_safety: true}\n' >>d/ocop.yaml
$ ocop -C d site -o site
2> ocop: d/ocop.yaml:4:15: warning: unknown key 'tax_code' in site_fields (kept as it is)
2> ocop: d/ocop.yaml:4:31: warning: unknown key 'phone' in site_fields (kept as it is)
2> ocop: d/ocop.yaml:4:44: warning: unknown key 'notes' in site_fields (kept as it is)
2> ocop: warning: catalogue_url is not set in ocop.yaml: the pages of products without a GTIN carry no QR code
2> ocop: 3 products listed, 4 product pages in site (Vietnamese, and English in site/en)
$ cd site && find . -type f | LC_ALL=C sort
> ./.ocop-site
> ./banh-duc.html
> ./category/beverage.html
> ./category/food.html
> ./category/handicraft.html
> ./category/herbal.html
> ./category/ornamental.html
> ./category/tourism.html
> ./en/banh-duc.html
> ./en/category/beverage.html
> ./en/category/food.html
> ./en/category/handicraft.html
> ./en/category/herbal.html
> ./en/category/ornamental.html
> ./en/category/tourism.html
> ./en/index.html
> ./en/mat-ong.html
> ./en/nuoc-mam.html
> ./en/stars/3.html
> ./en/stars/4.html
> ./en/stars/5.html
> ./en/tra-xanh.html
> ./index.html
> ./mat-ong.html
> ./nuoc-mam.html
> ./stars/3.html
> ./stars/4.html
> ./stars/5.html
> ./tra-xanh.html

# No private field, no script, anywhere.
$ grep -rl -e 4300123456 -e 0905123456 -e 'Nguyễn Văn Riêng' -e GHI-CHU -e 'Khóa học riêng' -e '<script' site
? 1
$ grep -c 'Mật ong &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;rừng&quot;' site/mat-ong.html site/index.html
> site/mat-ong.html:2
> site/index.html:1

# The index: the certified products, filters as links; a filtered page.
$ grep -o '<td><a href="[^"]*">' site/index.html
> <td><a href="banh-duc.html">
> <td><a href="mat-ong.html">
> <td><a href="tra-xanh.html">
$ grep -o -e '<strong>[^<]*</strong>' -e '<a href="[a-z]*/[^"]*">[^<]*</a>' site/index.html
> <strong>Tất cả (3)</strong>
> <a href="category/food.html">Thực phẩm (2)</a>
> <a href="category/beverage.html">Đồ uống (1)</a>
> <a href="category/herbal.html">Dược liệu và sản phẩm từ dược liệu (0)</a>
> <a href="category/handicraft.html">Hàng thủ công mỹ nghệ (0)</a>
> <a href="category/ornamental.html">Sinh vật cảnh (0)</a>
> <a href="category/tourism.html">Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch (0)</a>
> <a href="stars/3.html">3 sao (2)</a>
> <a href="stars/4.html">4 sao (1)</a>
> <a href="stars/5.html">5 sao (0)</a>
$ grep -o -e '<td><a href="[^"]*">' -e '<strong>[^<]*</strong>' -e 'lang="[a-z]*"' -e 'href="[^"]*" hreflang' site/stars/4.html
> lang="vi"
> href="../en/stars/4.html" hreflang
> <strong>4 sao (1)</strong>
> <td><a href="../tra-xanh.html">
$ grep -o -e 'lang="[a-z]*"' -e 'href="[^"]*" hreflang' -e '<a href="[^"]*">[^<]*' site/en/category/beverage.html | head -n 4
> lang="en"
> href="../../category/beverage.html" hreflang
> <a href="../index.html">All (3)
> <a href="../category/food.html">Food (2)

# A product's page: the recognition, and what site_fields chose.
$ sed -n 's/^<tr><th scope="row">\(.*\)<\/th><td>\(.*\)<\/td><\/tr>$/\1: \2/p' site/tra-xanh.html
> Chủ thể: Hợp tác xã Trà Nghĩa Lộ
> Địa chỉ: 12 Lê Lợi, phường Nghĩa Lộ
> Ngành hàng: Đồ uống
> Quyết định công nhận: 123/QĐ-UBND
> Cơ quan công nhận: UBND tỉnh Quảng Ngãi
> Ngày công nhận: 02/06/2025
> Hiệu lực đến: 02/06/2028
> Tình trạng: còn hiệu lực
> Nhãn hiệu: Trà Nghĩa Lộ
> Tem truy xuất nguồn gốc: có
> Chứng nhận an toàn thực phẩm: không
> Xúc tiến thương mại: 10/09/2025 — hội chợ: Hội chợ OCOP Quảng Ngãi
$ grep -c -e '<svg' -e '<p>https://id.gs1.org/01/08934567890120</p>' site/tra-xanh.html
> 2
$ grep -c '<svg' site/mat-ong.html
> 0
? 1
$ sed -n 's/^<tr><th scope="row">\(Status\)<\/th><td>\(.*\)<\/td><\/tr>$/\1: \2/p' site/en/nuoc-mam.html
> Status: revoked

# Without the choice, no readiness fact; the same data, the same bytes.
$ sed -i '/^site_fields:/d' d/ocop.yaml && printf 'catalogue_url: https://nghialo.gov.vn/ocop/{id}.html\n' >>d/ocop.yaml
$ ocop -q -C d site -o site && cp -r site again && ocop -q -C d site -o site && diff -r site again && echo same
> same
$ grep -c -e 'Nhãn hiệu' -e 'Tem truy' -e 'Xúc tiến' site/tra-xanh.html
> 0
? 1
$ grep -o '<p>https://nghialo.gov.vn/ocop/mat-ong.html</p>' site/mat-ong.html
> <p>https://nghialo.gov.vn/ocop/mat-ong.html</p>
$ test -e site.tmp || test -e site.old || echo "nothing left beside it"
> nothing left beside it

# A directory that is not a catalogue is never replaced; an empty one is.
$ mkdir notes && echo keep >notes/keep.txt && ocop -C d site -o notes
2> ocop: notes: error: not a catalogue that ocop made (it has no .ocop-site): not replaced; name a new directory, or an empty one
? 1
$ cat notes/keep.txt && test ! -e notes.tmp && echo "notes.tmp not left"
> keep
> notes.tmp not left
$ echo x >file && ocop -C d site -o file
2> ocop: file: error: not a catalogue that ocop made (it has no .ocop-site): not replaced; name a new directory, or an empty one
? 1
$ mkdir empty && ocop -q -C d site -o empty && ls empty/index.html
> empty/index.html
$ ocop -C d site
2> ocop: error: give the catalogue's directory with -o DIR
2>*
? 2

# The bundled data: 25 products listed, 25 pages in each language, no
# phone number, no tax code, no script.
$ ocop -C "$OCOP_FIXTURES/../../../data" site -o bundled
2> ocop: warning: catalogue_url is not set in ocop.yaml: the pages of products without a GTIN carry no QR code
2> ocop: 25 products listed, 25 product pages in bundled (Vietnamese, and English in bundled/en)
$ grep -c '<td><a href="[a-z0-9-]*.html">' bundled/index.html bundled/en/index.html
> bundled/index.html:25
> bundled/en/index.html:25
$ ls bundled/*.html | grep -vc '/index.html$'
> 25
$ ls bundled/en/*.html | grep -vc '/index.html$'
> 25
$ grep -rlE -e '<script' -e '[0-9]{10}' -e 'tax|thuế|phone|điện thoại' bundled
? 1

# The title names the place the catalogue speaks for: one ward and its
# province; wards of one province read together, the province alone.
$ grep -o '<h1>[^<]*' site/index.html
> <h1>Sản phẩm OCOP — phường Nghĩa Lộ, Quảng Ngãi
$ cp -r d d2 && sed -i 's/^ward: .*/ward: xã Đức Phổ/' d2/ocop.yaml && ocop -q -C d -C d2 site -o two && grep -o '<h1>[^<]*' two/index.html
> <h1>Sản phẩm OCOP — Quảng Ngãi
