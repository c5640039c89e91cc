# ocop import again, its products read as views (no tree): a product
# whose file validate_record would say anything of still says it at its
# row, the view judged by the validator's own checks, and where only the
# tree can tell (an as_of beside a date, an evaluation's members) the
# file read again as a tree.  A file that only mentions members says
# nothing.
$ ocop init d --ward "Tịnh Kỳ" --province "Quảng Ngãi" 2>/dev/null
$ printf 'Tên sản phẩm;Chủ thể;Loại hình;Địa chỉ;Nhóm sản phẩm;Hạng sao;Năm công nhận\nChè xanh;HTX Đồng Tiến;HTX;Thôn 1, xã Tịnh Kỳ;Đồ uống;3 sao;2023\nMắm nhum;HTX Đồng Tiến;HTX;Thôn 1, xã Tịnh Kỳ;Thực phẩm;4 sao;2024\n' >r.csv
$ ocop -C d import products r.csv
> products: 2 added, 0 unchanged, 0 changed, 0 refused
> producers: 1 added, 0 unchanged, 0 changed

# An as_of beside the date: the view cannot tell, the tree can.
$ cp -r d a && sed -i 's/date: 2023, stars/date: 2023, as_of: 2023, stars/' a/products/che-xanh.yaml
$ ocop -C a import products r.csv
> products: 0 added, 1 unchanged, 0 changed, 1 refused
> producers: 0 added, 1 unchanged, 0 changed
2> ocop: r.csv:2:6: error: evaluations: as_of stands in place of a date: give one or the other
2> ocop: r.csv: error: nothing was imported: 1 of 2 rows refused; fix them and import again, or pass --partial to import the others
? 1

# A step back in the cycle: the rules, judged on the view.
$ cp -r d b && sed -i 's/^- {step: 5, date: 2024}$/- {step: 5, date: 2024}\n- {step: 2, date: 2025}/' b/products/mam-nhum.yaml
$ ocop -C b import products r.csv
> products: 0 added, 1 unchanged, 0 changed, 1 refused
> producers: 0 added, 1 unchanged, 0 changed
2> ocop: r.csv:3:6: error: cycle: steps do not go back from 5 (evaluate) to 2 (idea)
2> ocop: r.csv: error: nothing was imported: 1 of 2 rows refused; fix them and import again, or pass --partial to import the others
? 1

# Members without the score they average to: in the tree alone.
$ cp -r d c && sed -i "s/basis: '148\/QĐ-TTg', stars: 4/basis: '148\/QĐ-TTg', members: [{a: 30, b: 20, c: 20}], stars: 4/" c/products/mam-nhum.yaml
$ ocop -C c import products r.csv
> products: 0 added, 1 unchanged, 0 changed, 1 refused
> producers: 0 added, 1 unchanged, 0 changed
2> ocop: r.csv:3:6: error: evaluations: members without the score they average to, {a: 30, b: 20, c: 20}; add score: {a: 30, b: 20, c: 20}
2> ocop: r.csv: error: nothing was imported: 1 of 2 rows refused; fix them and import again, or pass --partial to import the others
? 1

# Notes that mention members: read as a tree, which says nothing.
$ cp -r d e && sed -i 's/^origin: existing$/origin: existing\nnotes: made by the members of the group/' e/products/mam-nhum.yaml
$ ocop -C e import products r.csv
> products: 0 added, 2 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
