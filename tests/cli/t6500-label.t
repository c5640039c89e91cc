# ocop label: a certified product's label.  The PNG's codes are read back
# by zbarimg (zbar-tools; skipped when it is missing): the QR holds the
# GS1 Digital Link URI of the GTIN, padded to 14 digits, or the page the
# template makes; the EAN-13 symbol holds the GTIN.
$ sh "$OCOP_FIXTURES/label-data.sh"

# With a GTIN: GS1 Digital Link, and the EAN-13.
$ ocop -C d label tra-xanh -o tra.png
$ sh "$OCOP_FIXTURES/zbar.sh" tra.png
> 8934567890120
> https://id.gs1.org/01/08934567890120

# Without one: the product's page, from --url or ocop.yaml's catalogue_url.
$ ocop -C d label mat-ong -o mat.png
2> ocop: error: mat-ong has no GTIN, and no catalogue address says where its QR code points; give --url https://…/ocop/{id}.html, or set catalogue_url in ocop.yaml
? 1
$ test -e mat.png || echo "no file"
> no file
$ ocop -C d label mat-ong --url 'https://ocop.example.gov.vn/ocop/{id}.html' -o mat.png
$ sh "$OCOP_FIXTURES/zbar.sh" mat.png
> https://ocop.example.gov.vn/ocop/mat-ong.html
$ printf 'catalogue_url: https://nghialo.gov.vn/ocop/{id}.html\ngs1_resolver: ocop.nghialo.gov.vn\n' >>d/ocop.yaml
$ ocop -C d label mat-ong -o mat.png && sh "$OCOP_FIXTURES/zbar.sh" mat.png
> https://nghialo.gov.vn/ocop/mat-ong.html
$ ocop -C d label mat-ong --url 'https://nghialo.gov.vn/ocop/' -o mat.png
2> ocop: error: the catalogue address 'https://nghialo.gov.vn/ocop/' holds no {id}; write it as https://example.gov.vn/ocop/{id}.html
? 1

# The office's resolver in place of id.gs1.org.
$ ocop -C d label tra-xanh -o tra.png && sh "$OCOP_FIXTURES/zbar.sh" tra.png
> 8934567890120
> https://ocop.nghialo.gov.vn/01/08934567890120

# A GTIN without Vietnam's 893 prefix is noted, not refused.
$ ocop -C d label banh-duc -o banh.png
2> ocop: d/products/banh-duc.yaml: warning: the GTIN 4006381333931 does not start with 893, GS1 Vietnam's prefix; it is used as it is
$ sh "$OCOP_FIXTURES/zbar.sh" banh.png
> 4006381333931
> https://ocop.nghialo.gov.vn/01/04006381333931

# The SVG label: name (escaped), stars, the mark's text, decision, expiry.
$ ocop -C d label mat-ong >mat.svg && grep -c '<script' mat.svg
> 0
? 1
$ grep -o 'Mật ong &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;rừng&quot;' mat.svg | head -n 1
> Mật ong &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;rừng&quot;
$ ocop -C d label tra-xanh -o tra.svg && grep -o -e '>★★*</text>' -e 'SẢN PHẨM OCOP [0-9] SAO' -e 'Quyết định số [^<]*' -e 'Hiệu lực đến [^<]*' tra.svg
> >★★★★</text>
> SẢN PHẨM OCOP 4 SAO
> Quyết định số 123/QĐ-UBND
> Hiệu lực đến 02/06/2028
$ ocop -C d --lang en label tra-xanh | grep -o -e 'OCOP PRODUCT, 4 STARS' -e 'Valid until [^<]*'
> OCOP PRODUCT, 4 STARS
> Valid until 2028-06-02

# libqrencode is opened at the first QR code (src/lib/qrdl.h): a process
# that makes none does not load it.
$ LD_DEBUG=files ocop -C d producer list 2>&1 | grep -c 'file=libqrencode'
> 0
? 1
$ LD_DEBUG=files ocop -C d label tra-xanh -o x.svg 2>&1 | grep -c 'file=libqrencode.*dynamically loaded'
> 1

# Only a certified product has a label.
$ ocop -C d label nuoc-mam -o x.svg
2> ocop: d/products/nuoc-mam.yaml: error: nuoc-mam holds no OCOP certificate in force; a label is for a certified product
? 1
$ ocop -C d label y-tuong
2> ocop: d/products/y-tuong.yaml: error: y-tuong holds no OCOP certificate in force; a label is for a certified product
? 1
$ ocop -C d label nope
2> ocop: error: no product 'nope'
? 1

# An A4 sheet of every certified product: 3 here; SVG or HTML.
$ ocop -C d label --all -o sheet.html
2> ocop: d/products/banh-duc.yaml: warning: the GTIN 4006381333931 does not start with 893, GS1 Vietnam's prefix; it is used as it is
$ grep -c '<g transform' sheet.html
> 3
$ grep -c 'size: A4' sheet.html
> 1
$ ocop -q -C d label --all -o sheet.svg && grep -c '<g transform' sheet.svg
> 3

# The bundled data: 25 certified products, no GTIN, no catalogue_url.
$ ocop -C "$OCOP_FIXTURES/../../../data" label --all --url 'https://nghialo.gov.vn/ocop/{id}.html' -o all.svg
$ grep -c '<g transform' all.svg
> 25
$ grep -c '<svg' all.svg
> 1

# Usage.
$ ocop -C d label --all -o sheet.png
2> ocop: error: a sheet of labels is SVG or HTML, not PNG
2>*
? 2
$ ocop -C d label tra-xanh -o one.html
2> ocop: error: one label is SVG or PNG; HTML is for --all
2>*
? 2
$ ocop -C d label tra-xanh -o one.pdf
2> ocop: error: unknown format 'pdf'; expected svg, png or html
2>*
? 2
$ ocop -C d label
2> ocop: error: give one PRODUCT
2>*
? 2
$ ocop -C d label tra-xanh mat-ong
2> ocop: error: give one PRODUCT
2>*
? 2

# A word wider than the label is cut, so no line of the name runs past its edge.
$ ocop -C d product set tra-xanh 'name=Trà xanh Thaixanhnguyenchatsaychanhuuco1234567890abcdef'
$ ocop -C d label tra-xanh -o long.svg
$ grep -o 'font-size="4.00" font-weight="bold">[^<]*' long.svg | sed 's/.*>//'
> Trà xanh
> Thaixanhnguyenchatsayc
> hanhuuco1234567890abcd …
