# ocop import: a product the directory holds under another spelling of its
# producer is not added in silence.  The bundled data (data/) holds the
# malt of Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng
# Ngãi, 5 stars; a register writes its producer another way.
$ cp -r "$OCOP_FIXTURES/../../../data" d && ocop -C d product list --stars 5 --format csv | cut -d, -f1
> id
> mach-nha-quang-ngai-duong-mantoza
$ printf 'TT,Tên sản phẩm,Chủ thể,Địa chỉ,Hạng sao,Năm công nhận,Nhóm sản phẩm\n1,Mạch nha Quảng Ngãi đường Mantoza,Nhà máy Nha Quảng Ngãi - Công ty Cổ phần Đường Quảng Ngãi,02 Nguyễn Chí Thanh,5,2025,Thực phẩm\n' >malt.csv

# The row is held, naming the product it may be, and what to say.
$ ocop -C d import products malt.csv
> products: 0 added, 0 unchanged, 0 changed, 1 refused
> producers: 0 added, 0 unchanged, 0 changed
2> ocop: malt.csv:2:2: error: Tên sản phẩm: 'Mạch nha Quảng Ngãi đường Mantoza' may be mach-nha-quang-ngai-duong-mantoza, a product of nha-may-nha-quang-ngai-chi-nhanh-cong-ty-co-phan-duong-quang: the same product?; --match 2=mach-nha-quang-ngai-duong-mantoza imports the row into it; --new 2 adds it as another product
2> ocop: malt.csv: error: nothing was imported: 1 of 1 rows refused; fix them and import again, or pass --partial to import the others
? 1
$ ocop -C d product list --stars 5 --format csv | cut -d, -f1
> id
> mach-nha-quang-ngai-duong-mantoza

# --match ROW=ID: the row is that product, of its producer: nothing new.
$ ocop -C d import products malt.csv --match 2=mach-nha-quang-ngai-duong-mantoza
> products: 0 added, 1 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
$ ocop -C d product list --stars 5 --format csv | cut -d, -f1
> id
> mach-nha-quang-ngai-duong-mantoza

# --new ROW: another product, and another producer, as asked.
$ ocop -C d import products malt.csv --new 2 -n -v
> add producer nha-may-nha-quang-ngai-cong-ty-co-phan-duong-quang-ngai "Nhà máy Nha Quảng Ngãi - Công ty Cổ phần Đường Quảng Ngãi" (line 2)
> add product mach-nha-quang-ngai-duong-mantoza-2 "Mạch nha Quảng Ngãi đường Mantoza" (line 2)
> products: 1 added, 0 unchanged, 0 changed, 0 refused
> producers: 1 added, 0 unchanged, 0 changed
2> ocop: dry run: nothing was written

# The same name under the same producer is that product, as always.
$ printf 'Tên sản phẩm,Chủ thể,Hạng sao,Năm công nhận\nMạch nha Quảng Ngãi đường Mantoza,nha-may-nha-quang-ngai-chi-nhanh-cong-ty-co-phan-duong-quang,5,2025\n' >same.csv && ocop -C d import products same.csv
> products: 0 added, 1 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed

# Refusals of the options themselves.
$ ocop -C d import products malt.csv --match 2
2> ocop: error: --match: '2' is not ROW=ID
? 2
$ ocop -C d import products malt.csv --new two
2> ocop: error: --new: 'two' is not a row's line number
? 2
$ ocop -C d import products malt.csv --match 2=no-such-product
>*
2> ocop: malt.csv:2:2: error: Tên sản phẩm: --match: no product 'no-such-product'
2>*
? 1

# A name a typing apart from a product of the same producer is held too;
# a name that differs in its numbers, or by more, is another product.
$ printf 'Tên sản phẩm,Chủ thể,Hạng sao,Năm công nhận,Nhóm sản phẩm\nMạch nha Quảng Ngãi đường Mantosa,nha-may-nha-quang-ngai-chi-nhanh-cong-ty-co-phan-duong-quang,5,2025,Thực phẩm\n' >typo.csv && ocop -C d import products typo.csv
> products: 0 added, 0 unchanged, 0 changed, 1 refused
> producers: 0 added, 0 unchanged, 0 changed
2> ocop: typo.csv:2:1: error: Tên sản phẩm: 'Mạch nha Quảng Ngãi đường Mantosa' may be mach-nha-quang-ngai-duong-mantoza, 'Mạch nha Quảng Ngãi đường Mantoza' of the same producer written another way: the same product?; --match 2=mach-nha-quang-ngai-duong-mantoza imports the row into it; --new 2 adds it as another product
2> ocop: typo.csv: error: nothing was imported: 1 of 1 rows refused; fix them and import again, or pass --partial to import the others
? 1
$ printf 'Tên sản phẩm,Chủ thể,Nhóm sản phẩm\nMạch nha Quảng Ngãi đường Mantoza 2,nha-may-nha-quang-ngai-chi-nhanh-cong-ty-co-phan-duong-quang,Thực phẩm\nKẹo mạch nha Quảng Ngãi,nha-may-nha-quang-ngai-chi-nhanh-cong-ty-co-phan-duong-quang,Thực phẩm\n' >others.csv && ocop -C d import products others.csv -n
> add product mach-nha-quang-ngai-duong-mantoza-2 "Mạch nha Quảng Ngãi đường Mantoza 2" (line 2)
> add product keo-mach-nha-quang-ngai "Kẹo mạch nha Quảng Ngãi" (line 3)
> products: 2 added, 0 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
2> ocop: dry run: nothing was written
$ ocop -C d import products typo.csv --match 2=mach-nha-quang-ngai-duong-mantoza
> products: 0 added, 1 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
