# ocop import: what a register does not say is kept for the officer to
# find, never refused: a producer whose name shows no kind (kind: unknown,
# which check and the readiness report then name), a person's name after
# ông/bà (an individual), one producer with two addresses (the first
# kept), an address in another province (--only-area skips it).
$ ocop init d --ward "Tịnh Kỳ" --province "Quảng Ngãi" 2>/dev/null
$ printf 'Tên sản phẩm;Chủ thể;Địa chỉ;Nhóm sản phẩm\nChè xanh;Đồng Tiến;Thôn 1, xã Tịnh Kỳ;Đồ uống\nMắm nhum;bà Phạm Thị Yến;Thôn 2, xã Tịnh Kỳ;Thực phẩm\nMắm ruốc;bà Phạm Thị Yến;Thôn Hai, xã Tịnh Kỳ;Thực phẩm\nCà phê;HTX Cà phê Cầu Đất;Xã Xuân Trường, Lâm Đồng;Đồ uống\nSâm;HTX Sâm Ngọc Linh;Xã Ngọc Linh, tỉnh Kon Tum;Dược liệu\n' >review.csv

# --only-area: the row of Lâm Đồng is skipped and counted; Kon Tum is in
# Quảng Ngãi since 2025.  A dry run.
$ ocop -C d import products review.csv --only-area -n 2>&1 | grep -v "^add \|^ocop: review.csv:[234]:"
> products: 4 added, 0 unchanged, 0 changed, 0 refused
> producers: 3 added, 0 unchanged, 0 changed
> skipped: 1 row(s) of another province (--only-area)
> ocop: review.csv:5:3: warning: Địa chỉ: 'Xã Xuân Trường, Lâm Đồng' is in Lâm Đồng, not in Quảng Ngãi (ocop.yaml's province): skipped (--only-area)
> ocop: dry run: nothing was written

# Without it every row is imported; each thing to review is a warning
# naming its row, and the exit status is 0.
$ ocop -C d import products review.csv
> products: 5 added, 0 unchanged, 0 changed, 0 refused
> producers: 4 added, 0 unchanged, 0 changed
2> ocop: review.csv:2:2: warning: Chủ thể: cannot tell what kind of producer 'Đồng Tiến' is from its name: kept as kind: unknown; set it once known (ocop producer set ID kind=…), or give a column 'Loại hình' or --kind
2> ocop: review.csv:4:3: warning: Địa chỉ: 'Thôn Hai, xã Tịnh Kỳ' differs from 'Thôn 2, xã Tịnh Kỳ', given for this producer on line 3, which is kept; check which is right; 'ocop producer set ba-pham-thi-yen address=…' changes it
2> ocop: review.csv:5:3: warning: Địa chỉ: 'Xã Xuân Trường, Lâm Đồng' is in Lâm Đồng, not in Quảng Ngãi (ocop.yaml's province): imported; check the address; --only-area imports only the rows of Quảng Ngãi
$ ocop -C d producer list --format csv
> id,name,kind,tax_code,address
> ba-pham-thi-yen,bà Phạm Thị Yến,individual,,"Thôn 2, xã Tịnh Kỳ"
> dong-tien,Đồng Tiến,unknown,,"Thôn 1, xã Tịnh Kỳ"
> htx-ca-phe-cau-dat,HTX Cà phê Cầu Đất,cooperative,,"Xã Xuân Trường, Lâm Đồng"
> htx-sam-ngoc-linh,HTX Sâm Ngọc Linh,cooperative,,"Xã Ngọc Linh, tỉnh Kon Tum"

# The second run changes nothing; the kind is no longer asked (the
# producer is in the directory), the two addresses and the province are
# said again.
$ ocop -C d import products review.csv 2>&1 | grep -c warning
> 2
$ ocop -C d import products review.csv 2>/dev/null
> products: 0 added, 5 unchanged, 0 changed, 0 refused
> producers: 0 added, 4 unchanged, 0 changed

# check: kind: unknown is a warning, not an error.
$ ocop -C d check
2> ocop: d/producers/dong-tien.yaml:3:7: warning: kind: unknown: what kind of producer 'Đồng Tiến' is has not been found yet; ocop producer set dong-tien kind=… (enterprise, cooperative, household, …)
2> ocop: d: errors: 0, warnings: 1
$ ocop -C d report readiness --format csv | grep che-xanh
> che-xanh,Chè xanh,Đồng Tiến,,false,false,false,,"barcode, traceability, quality-declaration, food-safety, trademark, producer-kind",0,ward,,"registration, business-plan, self-assessment",
$ ocop -C d report readiness --format csv | grep -c "producer-kind"
> 1
$ ocop -C d producer list --kind unknown --format csv
> id,name,kind,tax_code,address
> dong-tien,Đồng Tiến,unknown,,"Thôn 1, xã Tịnh Kỳ"

# Once found, it is set like any kind, and check is quiet.
$ ocop -C d producer set dong-tien kind=household
$ ocop -C d check
