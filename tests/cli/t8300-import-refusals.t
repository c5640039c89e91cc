# ocop import: refusals.  Every refused row is named by its line and
# column; a file with any refused row changes nothing unless --partial.
$ ocop init d 2>/dev/null

$ printf 'Tên sản phẩm;Chủ thể;Mã số thuế;Hạng sao;Ngày công nhận;Số QĐ;Nhóm sản phẩm;Ngày hết hạn\nA;Công ty TNHH A;0101234567;3;01/10/2025;1/QĐ-UBND;Thực phẩm;01/10/2028\nB;Công ty TNHH A;0101234567;7;01/10/2025;2/QĐ-UBND;Thực phẩm;\nC;Công ty TNHH A;0101234567;3;31/02/2025;3/QĐ-UBND;Thực phẩm;\nD;Công ty TNHH A;0101234567;3;01/10/2025;;Thực phẩm;\nE;Công ty TNHH A;0101234567;3;01/10/2025;5/QĐ-UBND;Fod;\nF;Công ty TNHH A;0101234567;3;01/10/2025;6/QĐ-UBND;;\nA;Công ty TNHH A;0101234567;3;01/10/2025;1/QĐ-UBND;Thực phẩm;\nG;Bà Tư;;3;01/10/2025;7/QĐ-UBND;Thực phẩm;\nH;Công ty B;123;3;01/10/2025;8/QĐ-UBND;Thực phẩm;\nI;Công ty TNHH A;0101234567;3;01/12/2025;9/QĐ-UBND;Thực phẩm;\nJ;Công ty TNHH A;0101234567;2;2025;;Thực phẩm;\n;Công ty TNHH A;;;;;;\nK;Công ty TNHH A;0101234567;3;01/10/2025;10/QĐ-UBND;Thực phẩm;;extra\n' >bad.csv
$ ocop -C d import products bad.csv
> products: 2 added, 0 unchanged, 0 changed, 11 refused
> producers: 2 added, 0 unchanged, 0 changed
2> ocop: bad.csv:3:4: error: Hạng sao: '7' is not a number of stars
2> ocop: bad.csv:4:5: error: Ngày công nhận: '31/02/2025' is not a date; write it as dd/mm/yyyy, yyyy-mm-dd, or the year alone
2> ocop: bad.csv:5:4: error: evaluations: a recognition of 3 stars needs the number of its decision
2> ocop: bad.csv:6:7: error: Nhóm sản phẩm: unknown category 'Fod'; did you mean 'food'?
2> ocop: bad.csv:7:7: error: Nhóm sản phẩm: a new product needs its category; add a column 'Nhóm sản phẩm' (Thực phẩm, Đồ uống, Dược liệu, …)
2> ocop: bad.csv:8:1: error: Tên sản phẩm: the same product as on line 2
2> ocop: bad.csv:10:3: error: producer: tax_code: '123' is not valid; a tax code has 10 or 13 digits (branches: 0101234567-001)
2> ocop: bad.csv:11:5: error: Ngày công nhận: 2025-12-01 is in the future
2> ocop: bad.csv:12:4: error: Hạng sao: 2 stars are not a recognition: OCOP certifies 3 to 5 stars; a product rated 1 or 2 stars gets no decision; leave it out of the register
2> ocop: bad.csv:13:1: error: Tên sản phẩm: the product's name is empty
2> ocop: bad.csv:14:9: error: a cell past the last column of the header ('extra'): the row has 9 cells, the header 8
2> ocop: bad.csv: error: nothing was imported: 11 of 13 rows refused; fix them and import again, or pass --partial to import the others
? 1
$ find d -name '*.yaml' | sort
> d/ocop.yaml

# A dry run says the same, and says it writes nothing.
$ ocop -C d import products bad.csv -n 2>&1 >/dev/null | tail -2
> ocop: bad.csv: error: nothing was imported: 11 of 13 rows refused; fix them and import again, or pass --partial to import the others
> ocop: dry run: nothing was written

# --partial writes the row that passed; the others are still refused.
$ ocop -C d import products bad.csv --partial 2>/dev/null
> products: 2 added, 0 unchanged, 0 changed, 11 refused
> producers: 2 added, 0 unchanged, 0 changed
? 1
$ find d -name '*.yaml' | sort
> d/ocop.yaml
> d/producers/ba-tu.yaml
> d/producers/cong-ty-tnhh-a.yaml
> d/products/a.yaml
> d/products/g.yaml
$ ocop -C d check

# Columns a register names its own way: a warning, then --map.
$ printf 'Số TT,Tên hàng,Cơ sở,Loại,Sao,Năm đạt,Ngành,Giá bán\n1,Bánh tráng Tư Nghĩa,Cơ sở Bánh tráng Bà Hai,facility,3,2024,Thực phẩm,20.000\n' >own.csv
$ ocop -C d import products own.csv
2> ocop: own.csv:1: error: no column holds the product's name; columns not understood: 'Tên hàng', 'Cơ sở', 'Loại', 'Giá bán'; say what they hold with --map 'COLUMN=FIELD'
? 1
$ ocop -C d import products own.csv --map 'Tên hàng=name' --map 'Cơ sở=producer' --map 'Loại=producer.kind' --map 'Sao=stars'
> products: 1 added, 0 unchanged, 0 changed, 0 refused
> producers: 1 added, 0 unchanged, 0 changed
2> ocop: own.csv:1:8: warning: column 'Giá bán' is not imported; --map 'Giá bán=FIELD' imports it; --map 'Giá bán=' says to skip it
$ ocop -C d import products own.csv --map 'ten hang=name' --map 'CO SO=producer' --map 'Loại=producer.kind' --map 'Sao=stars' --map 'Giá bán='
> products: 0 added, 1 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed

# What --map refuses.
$ ocop -C d import products own.csv --map 'Tên hàng=ten'
2> ocop: error: --map: unknown field 'ten'; the fields are name, category, set, origin, notes, barcode, trademark, producer, producer.kind, producer.tax_code, producer.representative, producer.phone, producer.address, producer.old_address, producer.commune, producer.notes, current_stars, current_expires, stars, date, year, decision, authority, expires, level, as_of, seq (recognitions after the first: stars.2, date.2, …; nothing after '=' skips the column)
? 2
$ ocop -C d import products own.csv --map 'Tên hàng'
2> ocop: error: --map: 'Tên hàng' is not COLUMN=FIELD
? 2
$ ocop -C d import products own.csv --map 'Nowhere=name'
2> ocop: own.csv:1: error: --map: no column 'Nowhere' in the header; the column's name as the header writes it (case and accents do not matter)
? 2

# Two columns that say the same.
$ printf 'Tên sản phẩm,Sản phẩm,Chủ thể\nA,B,C\n' >twice.csv && ocop -C d import products twice.csv
2> ocop: twice.csv:1:2: error: columns 'Sản phẩm' and 'Tên sản phẩm' (1) hold the same field; say what each holds with --map, or skip one with --map 'COLUMN='
? 1
$ printf 'Tên sản phẩm,Chủ thể,Chủ thể\nA,B,C\n' >twice.csv && ocop -C d import products twice.csv
2> ocop: twice.csv:1:3: error: two columns are named 'Chủ thể' (columns 2 and 3); rename one, or skip one with --map
? 1

# No rows; a header and no rows; no file.
$ : >empty.csv && ocop -C d import products empty.csv
2> ocop: empty.csv: error: the file holds no rows; a register has a header row, then one row per product
? 1
$ printf 'Tên sản phẩm,Chủ thể\n' >header.csv && ocop -C d import products header.csv
> products: 0 added, 0 unchanged, 0 changed, 0 refused
> producers: 0 added, 0 unchanged, 0 changed
2> ocop: header.csv:1: warning: the file holds a header and no rows: nothing to import
$ ocop -C d import products missing.csv
2> ocop: missing.csv: error: cannot open: No such file or directory
? 3

# Usage.
$ ocop -C d import
2> ocop: error: say what to import (producers or products) and the FILE
2>
2> usage: ocop import producers|products FILE [--sep C] [--encoding NAME] [--map COLUMN=FIELD]... [--sheet NAME|N] [--kind KIND] [--category CATEGORY] [--match ROW=ID]... [--new ROW]... [--only-area] [--partial] [-n] [-v]
2>
2>     --sep C                 the separator: ',' ';' 'tab' (default: found in the file)
2>     --encoding NAME         the file's encoding, e.g. windows-1258 (default UTF-8)
2>     --map COLUMN=FIELD      what a column holds (repeatable; 'COLUMN=' skips it)
2>     --sheet NAME|N          the sheet of a workbook (default: the first with a header)
2>     --kind KIND             the kind of a new producer whose row and name give none
2>     --category CATEGORY     the category of a new product whose row gives none
2>     --match ROW=ID          the row on line ROW is product ID (repeatable)
2>     --new ROW               the row on line ROW is a new product (repeatable)
2>     --only-area             skip the rows whose address names another province than ocop.yaml's
2>     --partial               import the rows that pass even when others are refused
2>     -n, --dry-run           say what would change, write nothing
2>     -v, --verbose           list every record added or changed
2>     -h, --help              show this help
? 2
$ ocop -C d import products
2> ocop: error: say what to import (producers or products) and the FILE
2>
2> usage: ocop import producers|products FILE [--sep C] [--encoding NAME] [--map COLUMN=FIELD]... [--sheet NAME|N] [--kind KIND] [--category CATEGORY] [--match ROW=ID]... [--new ROW]... [--only-area] [--partial] [-n] [-v]
2>
2>     --sep C                 the separator: ',' ';' 'tab' (default: found in the file)
2>     --encoding NAME         the file's encoding, e.g. windows-1258 (default UTF-8)
2>     --map COLUMN=FIELD      what a column holds (repeatable; 'COLUMN=' skips it)
2>     --sheet NAME|N          the sheet of a workbook (default: the first with a header)
2>     --kind KIND             the kind of a new producer whose row and name give none
2>     --category CATEGORY     the category of a new product whose row gives none
2>     --match ROW=ID          the row on line ROW is product ID (repeatable)
2>     --new ROW               the row on line ROW is a new product (repeatable)
2>     --only-area             skip the rows whose address names another province than ocop.yaml's
2>     --partial               import the rows that pass even when others are refused
2>     -n, --dry-run           say what would change, write nothing
2>     -v, --verbose           list every record added or changed
2>     -h, --help              show this help
? 2
$ ocop -C d import goods bad.csv
2> ocop: error: 'goods': import producers or products
2>
2> usage: ocop import producers|products FILE [--sep C] [--encoding NAME] [--map COLUMN=FIELD]... [--sheet NAME|N] [--kind KIND] [--category CATEGORY] [--match ROW=ID]... [--new ROW]... [--only-area] [--partial] [-n] [-v]
2>
2>     --sep C                 the separator: ',' ';' 'tab' (default: found in the file)
2>     --encoding NAME         the file's encoding, e.g. windows-1258 (default UTF-8)
2>     --map COLUMN=FIELD      what a column holds (repeatable; 'COLUMN=' skips it)
2>     --sheet NAME|N          the sheet of a workbook (default: the first with a header)
2>     --kind KIND             the kind of a new producer whose row and name give none
2>     --category CATEGORY     the category of a new product whose row gives none
2>     --match ROW=ID          the row on line ROW is product ID (repeatable)
2>     --new ROW               the row on line ROW is a new product (repeatable)
2>     --only-area             skip the rows whose address names another province than ocop.yaml's
2>     --partial               import the rows that pass even when others are refused
2>     -n, --dry-run           say what would change, write nothing
2>     -v, --verbose           list every record added or changed
2>     -h, --help              show this help
? 2
$ ocop -C d import products bad.csv --sep ab
2> ocop: error: --sep: 'ab' is not one character
2>
2> usage: ocop import producers|products FILE [--sep C] [--encoding NAME] [--map COLUMN=FIELD]... [--sheet NAME|N] [--kind KIND] [--category CATEGORY] [--match ROW=ID]... [--new ROW]... [--only-area] [--partial] [-n] [-v]
2>
2>     --sep C                 the separator: ',' ';' 'tab' (default: found in the file)
2>     --encoding NAME         the file's encoding, e.g. windows-1258 (default UTF-8)
2>     --map COLUMN=FIELD      what a column holds (repeatable; 'COLUMN=' skips it)
2>     --sheet NAME|N          the sheet of a workbook (default: the first with a header)
2>     --kind KIND             the kind of a new producer whose row and name give none
2>     --category CATEGORY     the category of a new product whose row gives none
2>     --match ROW=ID          the row on line ROW is product ID (repeatable)
2>     --new ROW               the row on line ROW is a new product (repeatable)
2>     --only-area             skip the rows whose address names another province than ocop.yaml's
2>     --partial               import the rows that pass even when others are refused
2>     -n, --dry-run           say what would change, write nothing
2>     -v, --verbose           list every record added or changed
2>     -h, --help              show this help
? 2
$ ocop import products bad.csv
2> ocop: error: not in an ocop data directory (no ocop.yaml here or in any parent); run 'ocop init DIR', or name one with -C DIR or $OCOP_DATA
? 3
