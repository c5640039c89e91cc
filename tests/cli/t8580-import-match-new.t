# ocop import --match ROW=ID naming a product that an earlier row of the
# same import adds: the row is refused as that row's product, and nothing
# aborts (the product, kept as text once its row passed, used to reach a
# BUG when asked for its producer).
$ ocop init d --ward "Tịnh Kỳ" --province "Quảng Ngãi" 2>/dev/null
$ printf 'Tên sản phẩm;Chủ thể;Địa chỉ;Nhóm sản phẩm\nTinh bột nghệ;HTX Đồng Tiến;Thôn 1, xã Tịnh Kỳ;Thực phẩm\nTinh bột nghệ vàng;HTX Đồng Tiến;Thôn 1, xã Tịnh Kỳ;Thực phẩm\n' >r.csv
$ ocop -C d import products r.csv --match 3=tinh-bot-nghe
> products: 1 added, 0 unchanged, 0 changed, 1 refused
> producers: 1 added, 0 unchanged, 0 changed
2> ocop: r.csv:3:1: error: Tên sản phẩm: the same product as on line 2
2> ocop: r.csv: error: nothing was imported: 1 of 2 rows refused; fix them and import again, or pass --partial to import the others
? 1
$ ls d/products

# With --partial the first row's product is written, and the directory checks.
$ ocop -C d import products r.csv --match 3=tinh-bot-nghe --partial
> products: 1 added, 0 unchanged, 0 changed, 1 refused
> producers: 1 added, 0 unchanged, 0 changed
2> ocop: r.csv:3:1: error: Tên sản phẩm: the same product as on line 2
? 1
$ ls d/products
> tinh-bot-nghe.yaml
$ ocop -C d check
