# A 1048 name of a category (Thảo dược; Vải, may mặc; …) on a product
# recognised before 148/QĐ-TTg (2023-02-24) is kept as typed, as
# category_1048, beside today's category, which reports count.

$ ocop init d --ward "Nghĩa Lộ" --province "Quảng Ngãi"
2>*

# The import: a register row "Vải, may mặc" recognised in 2021 keeps the
# name; the same row recognised in 2024 only gives today's category
# (148 has a nhóm "Vải, may mặc" under Hàng thủ công mỹ nghệ).
$ printf 'TT;Sản phẩm;Đơn vị;Đạt sao;Năm công nhận;Nhóm sản phẩm\n1;Khăn thổ cẩm;Hợp tác xã Dệt Nghĩa Lộ;3 sao;2021;Vải, may mặc\n2;Áo dài lụa;Hợp tác xã Dệt Nghĩa Lộ;3 sao;2024;Vải, may mặc\n' >reg.csv
$ ocop -C d import products reg.csv --sep ';'
> products: 2 added, 0 unchanged, 0 changed, 0 refused
> producers: 1 added, 0 unchanged, 0 changed
$ grep category d/products/khan-tho-cam.yaml
> category: handicraft
> category_1048: Vải, may mặc
$ grep category d/products/ao-dai-lua.yaml
> category: handicraft

# Imported again, nothing changes.
$ ocop -C d import products reg.csv --sep ';'
> products: 0 added, 2 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed

# product show prints it beside the category.
$ ocop -C d product show khan-tho-cam | sed -n 4,5p
> category:            handicraft
> category_1048:       Vải, may mặc
$ ocop -C d product show khan-tho-cam --format json | grep category
>   "category": "handicraft",
>   "category_1048": "Vải, may mặc",

# Reports count by category: both under Handicrafts.
$ ocop -C d report summary --format csv | sed -n 1p
> category,stars_3,stars_4,stars_5,certified,not_certified,products
$ ocop -C d report summary --format csv | grep '^handicraft,'
> handicraft,1,0,0,1,1,2

# product add dated before 148 keeps the name, and says so; undated (today)
# it only maps it.
$ ocop -C d product add "Trà dây" --producer hop-tac-xa-det-nghia-lo --category "Thảo dược" --step evaluate --date 2022-05-01 --id tra
2> ocop: warning: category: 'Thảo dược' is a name of 1048/QĐ-TTg, kept as category_1048 beside category herbal
> tra
$ grep category d/products/tra.yaml
> category: herbal
> category_1048: Thảo dược
$ ocop -C d product add "Trà gừng" --producer hop-tac-xa-det-nghia-lo --category "Thảo dược" --id gung
> gung
$ grep category d/products/gung.yaml
> category: herbal

# product set dates by the first recognition: 2021 keeps the name, 2024
# maps it.  Today's name of the same category leaves the 1048 name; one of
# another category removes it.
$ ocop -C d product set khan-tho-cam "category=Lưu niệm – nội thất – trang trí"
2> ocop: warning: category: 'Lưu niệm – nội thất – trang trí' is a name of 1048/QĐ-TTg, kept as category_1048 beside category handicraft
$ grep category d/products/khan-tho-cam.yaml
> category: handicraft
> category_1048: 'Lưu niệm – nội thất – trang trí'
$ ocop -C d product set khan-tho-cam category=handicraft
$ grep category d/products/khan-tho-cam.yaml
> category: handicraft
> category_1048: 'Lưu niệm – nội thất – trang trí'
$ ocop -C d product set ao-dai-lua "category=Vải, may mặc"
$ grep category d/products/ao-dai-lua.yaml
> category: handicraft
$ ocop -C d product set tra category=food
$ grep category d/products/tra.yaml
> category: food
$ ocop -C d check

# ocop check warns (exit 0) on a hand-edited name: of another category, not
# one of 1048's, or on a product recognised under 148.
$ sed -i 's/^category: handicraft/category: food/' d/products/khan-tho-cam.yaml
$ printf 'category_1048: Dược liệu\n' >>d/products/ao-dai-lua.yaml
$ ocop -C d check
2> ocop: d/products/ao-dai-lua.yaml:10:16: warning: category_1048: 'Dược liệu' is not a category name of 1048/QĐ-TTg; write Thảo dược; Vải, may mặc; Lưu niệm, nội thất, trang trí; or Dịch vụ du lịch nông thôn và bán hàng, or remove the key
2> ocop: d/products/ao-dai-lua.yaml:10:16: warning: category_1048: the product is dated 2024, when 148/QĐ-TTg named the categories; remove category_1048, or correct the date of its first recognition
2> ocop: d/products/khan-tho-cam.yaml:5:16: warning: category_1048: 'Lưu niệm – nội thất – trang trí' is 1048/QĐ-TTg's name of category 'handicraft', not 'food'; write category: handicraft, or correct category_1048
2> ocop: d: errors: 0, warnings: 3
