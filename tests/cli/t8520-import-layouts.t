# ocop import products: a register laid out as a province's — title rows,
# numbered group rows, a producer's cells left empty under its first row,
# a total row, no kind column, rows without a category — imports with
# --category and --kind for what nothing says, and says what it read.
$ ocop init d --ward "Tịnh Kỳ" --province "Quảng Ngãi" 2>/dev/null
$ printf 'DANH SÁCH SẢN PHẨM OCOP NĂM 2025,,,,,\nTỉnh Quảng Ngãi,,,,,\nTT,Tên sản phẩm,Chủ thể,Địa chỉ,Hạng sao,Năm công nhận\n1,Chà bông cá ngừ,HTX Nông nghiệp Tịnh Kỳ,Thôn An Kỳ,3,2024\n2,Cá ngừ một nắng,,,3,2024\nI. THỰC PHẨM,,,,,\n3,Tỏi Lý Sơn,Công ty TNHH Tỏi Lý Sơn,Lý Sơn,4,2025\nII. Đồ uống,,,,,\n4,Trà xanh Minh Long,Đồng Tiến,Minh Long,3,2025\nTổng cộng,,,,,\n' >register.csv

# Without --kind, a name that says no kind is kept as kind: unknown, with
# a warning (a dry run here: the next run gives --kind).
$ ocop -C d import products register.csv --category handicraft -n 2>&1 | grep -c "cannot tell what kind of producer 'Đồng Tiến' is from its name: kept as kind: unknown"
> 1

# The title is said (with -v or -n), each group row gives the category of
# the rows under it, --category the category of those above any group,
# --kind the kind of the producer whose name says none.
$ ocop -C d import products register.csv --category handicraft --kind household -v
> register: DANH SÁCH SẢN PHẨM OCOP NĂM 2025 — Tỉnh Quảng Ngãi
> add producer htx-nong-nghiep-tinh-ky "HTX Nông nghiệp Tịnh Kỳ" (line 4)
> add product cha-bong-ca-ngu "Chà bông cá ngừ" (line 4)
> add product ca-ngu-mot-nang "Cá ngừ một nắng" (line 5)
> add producer cong-ty-tnhh-toi-ly-son "Công ty TNHH Tỏi Lý Sơn" (line 7)
> add product toi-ly-son "Tỏi Lý Sơn" (line 7)
> add producer dong-tien "Đồng Tiến" (line 9)
> add product tra-xanh-minh-long "Trà xanh Minh Long" (line 9)
> products: 4 added, 0 unchanged, 0 changed, 0 refused
> producers: 3 added, 0 unchanged, 0 changed
2> ocop: register.csv:1: warning: 2 row(s) above the header skipped (a title?)
2> ocop: register.csv:6: warning: 'I. THỰC PHẨM': a group row; the new products under it without a category are food
2> ocop: register.csv:8: warning: 'II. Đồ uống': a group row; the new products under it without a category are beverage
2> ocop: register.csv:10:1: warning: TT: 'Tổng cộng' is not a row number: a heading or a total, skipped
$ ocop -C d product list --format csv
> id,name,producer,category,step,stars,status
> ca-ngu-mot-nang,Cá ngừ một nắng,htx-nong-nghiep-tinh-ky,handicraft,5,3,certified
> cha-bong-ca-ngu,Chà bông cá ngừ,htx-nong-nghiep-tinh-ky,handicraft,5,3,certified
> toi-ly-son,Tỏi Lý Sơn,cong-ty-tnhh-toi-ly-son,food,5,4,certified
> tra-xanh-minh-long,Trà xanh Minh Long,dong-tien,beverage,5,3,certified
$ ocop -C d producer list --format csv | cut -d, -f1,3
> id,kind
> cong-ty-tnhh-toi-ly-son,enterprise
> dong-tien,household
> htx-nong-nghiep-tinh-ky,cooperative
$ ocop -C d check

# A second run changes nothing.
$ ocop -C d import products register.csv --category handicraft --kind household
> products: 0 added, 4 unchanged, 0 changed, 0 refused
> producers: 0 added, 3 unchanged, 0 changed
2>*

# A product set without a category gives its category (set 9: food).
$ printf 'Tên sản phẩm,Chủ thể,Bộ sản phẩm\nNước mắm Sa Huỳnh,HTX Nông nghiệp Tịnh Kỳ,9\n' >set.csv && ocop -C d import products set.csv && ocop -C d product list --format csv | grep nuoc-mam
> products: 1 added, 0 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
> nuoc-mam-sa-huynh,Nước mắm Sa Huỳnh,htx-nong-nghiep-tinh-ky,food,2,,in-progress

# Options that name nothing known are usage errors.
$ ocop -C d import products register.csv --kind bogus
2> ocop: error: --kind: unknown kind of producer 'bogus'
? 2
$ ocop -C d import products register.csv --category bogus
2> ocop: error: --category: unknown category 'bogus'
? 2

# A producer's kind read from its name in English, as registers translated
# for investors write it; its legal form written short is the same producer.
$ printf 'Tên,Địa chỉ\nĐồng Tiến Agricultural Cooperative,Thôn Đồng Tiến\nhousehold business Nguyễn Huy Thuyên,Thôn An Kỳ\nSao Mai Co. Ltd,Tịnh Kỳ\nCty TNHH Tỏi Lý Sơn,\n' >english.csv && ocop -C d import producers english.csv -v
> add producer dong-tien-agricultural-cooperative "Đồng Tiến Agricultural Cooperative" (line 2)
> add producer household-business-nguyen-huy-thuyen "household business Nguyễn Huy Thuyên" (line 3)
> add producer sao-mai-co-ltd "Sao Mai Co. Ltd" (line 4)
> producers: 3 added, 1 unchanged, 0 changed, 0 refused
$ ocop -C d producer list --format csv | cut -d, -f1,3
> id,kind
> cong-ty-tnhh-toi-ly-son,enterprise
> dong-tien,household
> dong-tien-agricultural-cooperative,cooperative
> household-business-nguyen-huy-thuyen,household
> htx-nong-nghiep-tinh-ky,cooperative
> sao-mai-co-ltd,enterprise

# Rows at the end with no TT and no product — a count, a place and date,
# a signature — are skipped, each said to be; a row like them between two
# products is refused (tests/cli/t8300).
$ printf 'TT,Tên sản phẩm,Chủ thể,Hạng sao,Năm công nhận\n1,Chà bông cá ngừ,HTX Nông nghiệp Tịnh Kỳ,3,2024\n,,Cộng: 1 sản phẩm,,\n,,,,\n,,Người lập biểu,,\n' >summary.csv && ocop -C d import products summary.csv
> products: 0 added, 1 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
2> ocop: summary.csv:3: warning: a row at the end that names no product and has no TT: a total or a summary, skipped
2> ocop: summary.csv:5: warning: a row at the end that names no product and has no TT: a total or a summary, skipped
