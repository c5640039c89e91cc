# ocop import again: a row that changes nothing is compared with the
# record as read (its file is not read a second time), and says what it
# said before: a product file's warning is said at the file and at the
# row.  A row that changes something still changes it: a decision number
# the register adds, a producer's new address.
$ ocop init d --ward "Tịnh Kỳ" --province "Quảng Ngãi" 2>/dev/null
$ printf 'Tên sản phẩm;Chủ thể;Loại hình;Địa chỉ;Nhóm sản phẩm;Hạng sao;Năm công nhận\nChè xanh;HTX Đồng Tiến;HTX;Thôn 1, xã Tịnh Kỳ;Đồ uống;3 sao;2023\nMắm nhum;HTX Đồng Tiến;HTX;Thôn 1, xã Tịnh Kỳ;Thực phẩm;4 sao;2024\n' >r.csv
$ ocop -C d import products r.csv
> products: 2 added, 0 unchanged, 0 changed, 0 refused
> producers: 1 added, 0 unchanged, 0 changed
$ ocop -C d import products r.csv
> products: 0 added, 2 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed

# A key the schema does not know: kept, and a warning at the row too.
$ echo "colour: green" >>d/products/mam-nhum.yaml
$ ocop -C d import products r.csv
> products: 0 added, 2 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
2> ocop: d/products/mam-nhum.yaml:10:1: warning: unknown key 'colour' in product (kept as it is)
2> ocop: d/products/mam-nhum.yaml:10:1: warning: unknown key 'colour' in product (kept as it is)
2> ocop: r.csv:3:1: warning: unknown key 'colour' in product (kept as it is)

# The register gives a decision number: the recognition takes it.
$ printf 'Tên sản phẩm;Chủ thể;Loại hình;Địa chỉ;Nhóm sản phẩm;Hạng sao;Năm công nhận;Số quyết định\nChè xanh;HTX Đồng Tiến;HTX;Thôn 1, xã Tịnh Kỳ;Đồ uống;3 sao;2023;123/QĐ-UBND\n' >r2.csv
$ ocop -C d import products r2.csv
> products: 0 added, 0 unchanged, 1 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
2> ocop: d/products/mam-nhum.yaml:10:1: warning: unknown key 'colour' in product (kept as it is)
$ grep evaluations -A1 d/products/che-xanh.yaml
> evaluations:
> - {level: province, date: 2023, stars: 3, decision: '123/QĐ-UBND', expires: 2026, note: 'imported from r2.csv, line 2'}

# The producer has moved: its address changes, its products do not.
$ printf 'Tên sản phẩm;Chủ thể;Loại hình;Địa chỉ;Nhóm sản phẩm;Hạng sao;Năm công nhận\nChè xanh;HTX Đồng Tiến;HTX;Thôn 3, xã Tịnh Kỳ;Đồ uống;3 sao;2023\n' >r3.csv
$ ocop -C d import products r3.csv 2>/dev/null
> products: 0 added, 1 unchanged, 0 changed, 0 refused
> producers: 0 added, 0 unchanged, 1 changed
$ grep address d/producers/htx-dong-tien.yaml
> address: Thôn 3, xã Tịnh Kỳ
