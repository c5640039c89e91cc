# ocop import products: the done-when of the issue.  A register exported
# from Excel on a Vietnamese PC: a BOM, semicolons, CRLF, Vietnamese
# headers, a producer's cells merged over its products (empty below the
# first), a cell wrapped over two lines.  It imports with no options, and a
# second import changes nothing.
$ ocop init d --ward "Nghĩa Lộ" --province "Quảng Ngãi"
2> ocop: made an empty data directory in d

$ printf '\357\273\277TT;Sản phẩm;Đơn vị;Địa chỉ cũ;Đạt sao;Năm công nhận;Nhóm sản phẩm\r\n1;Yến rút lông nguyên tổ Culaore;Công ty TNHH XNK Yến sào Cù Lao Ré;Số 38 đường Chu Văn An, phường Nghĩa Lộ;3 sao;2025;Thực phẩm\r\n2;"Yến thô cao cấp\r\nCulaore";;;3 sao;2025;Thực phẩm\r\n8;Đường phèn Tuyết Hường;Hộ kinh doanh Lê Thanh Hường;Tổ 10, phường Quảng Phú;3 sao;2025;thuc pham\r\n10;Mạch nha Quảng Ngãi đường Mantoza;Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi;02 Nguyễn Chí Thanh, Phường Quảng Phú;5 sao;2025;1\r\n19;Đông trùng hạ thảo ngâm mật ong;Công ty TNHH Nấm Ngọc Bảo Thy;Tổ 8, phường Quảng Phú;3 sao;2025;Thảo dược\r\n24;Rượu lứt Ấn Trà;Công ty TNHH Nông Lâm Nghiệp TBT;Số 135 đường Chu Văn An;3 sao;2025;Đồ uống\r\n;;;;;;\r\n' >register.csv

# A dry run says what it would do and writes nothing.
$ ocop -C d import products register.csv --dry-run
> add producer cong-ty-tnhh-xnk-yen-sao-cu-lao-re "Công ty TNHH XNK Yến sào Cù Lao Ré" (line 2)
> add product yen-rut-long-nguyen-to-culaore "Yến rút lông nguyên tổ Culaore" (line 2)
> add product yen-tho-cao-cap-culaore "Yến thô cao cấp Culaore" (line 3)
> add producer ho-kinh-doanh-le-thanh-huong "Hộ kinh doanh Lê Thanh Hường" (line 5)
> add product duong-phen-tuyet-huong "Đường phèn Tuyết Hường" (line 5)
> add producer nha-may-nha-quang-ngai-chi-nhanh-cong-ty-co-phan-duong-quang "Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi" (line 6)
> add product mach-nha-quang-ngai-duong-mantoza "Mạch nha Quảng Ngãi đường Mantoza" (line 6)
> add producer cong-ty-tnhh-nam-ngoc-bao-thy "Công ty TNHH Nấm Ngọc Bảo Thy" (line 7)
> add product dong-trung-ha-thao-ngam-mat-ong "Đông trùng hạ thảo ngâm mật ong" (line 7)
> add producer cong-ty-tnhh-nong-lam-nghiep-tbt "Công ty TNHH Nông Lâm Nghiệp TBT" (line 8)
> add product ruou-lut-an-tra "Rượu lứt Ấn Trà" (line 8)
> products: 6 added, 0 unchanged, 0 changed, 0 refused
> producers: 5 added, 0 unchanged, 0 changed
2> ocop: dry run: nothing was written
$ find d -name "*.yaml" | sort
> d/ocop.yaml

$ ocop -C d import products register.csv
> products: 6 added, 0 unchanged, 0 changed, 0 refused
> producers: 5 added, 0 unchanged, 0 changed
$ ocop -C d check

# Twice: nothing changes.
$ ocop -C d import products register.csv
> products: 0 added, 6 unchanged, 0 changed, 0 refused
> producers: 0 added, 5 unchanged, 0 changed
$ ocop -C d import products register.csv -v
> products: 0 added, 6 unchanged, 0 changed, 0 refused
> producers: 0 added, 5 unchanged, 0 changed

$ ocop -C d product list --format csv
> id,name,producer,category,step,stars,status
> dong-trung-ha-thao-ngam-mat-ong,Đông trùng hạ thảo ngâm mật ong,cong-ty-tnhh-nam-ngoc-bao-thy,herbal,5,3,certified
> duong-phen-tuyet-huong,Đường phèn Tuyết Hường,ho-kinh-doanh-le-thanh-huong,food,5,3,certified
> mach-nha-quang-ngai-duong-mantoza,Mạch nha Quảng Ngãi đường Mantoza,nha-may-nha-quang-ngai-chi-nhanh-cong-ty-co-phan-duong-quang,food,5,5,certified
> ruou-lut-an-tra,Rượu lứt Ấn Trà,cong-ty-tnhh-nong-lam-nghiep-tbt,beverage,5,3,certified
> yen-rut-long-nguyen-to-culaore,Yến rút lông nguyên tổ Culaore,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,3,certified
> yen-tho-cao-cap-culaore,Yến thô cao cấp Culaore,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,3,certified
$ ocop -C d producer list --format csv
> id,name,kind,tax_code,address
> cong-ty-tnhh-nam-ngoc-bao-thy,Công ty TNHH Nấm Ngọc Bảo Thy,enterprise,,
> cong-ty-tnhh-nong-lam-nghiep-tbt,Công ty TNHH Nông Lâm Nghiệp TBT,enterprise,,
> cong-ty-tnhh-xnk-yen-sao-cu-lao-re,Công ty TNHH XNK Yến sào Cù Lao Ré,enterprise,,
> ho-kinh-doanh-le-thanh-huong,Hộ kinh doanh Lê Thanh Hường,household,,
> nha-may-nha-quang-ngai-chi-nhanh-cong-ty-co-phan-duong-quang,Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi,enterprise,,
$ cat d/products/mach-nha-quang-ngai-duong-mantoza.yaml
> id: mach-nha-quang-ngai-duong-mantoza
> name: Mạch nha Quảng Ngãi đường Mantoza
> producer: nha-may-nha-quang-ngai-chi-nhanh-cong-ty-co-phan-duong-quang
> category: food
> origin: existing
> cycle:
> - {step: 5, date: 2025}
> evaluations:
> - {level: central, date: 2025, basis: '148/QĐ-TTg', stars: 5, expires: 2028, note: 'imported from register.csv, line 6; the register gives no decision number'}
$ cat d/producers/ho-kinh-doanh-le-thanh-huong.yaml
> id: ho-kinh-doanh-le-thanh-huong
> name: Hộ kinh doanh Lê Thanh Hường
> kind: household
> old_address: Tổ 10, phường Quảng Phú
$ ocop -C d product show yen-tho-cao-cap-culaore --format json
> {
>   "id": "yen-tho-cao-cap-culaore",
>   "name": "Yến thô cao cấp Culaore",
>   "producer": "cong-ty-tnhh-xnk-yen-sao-cu-lao-re",
>   "category": "food",
>   "origin": "existing",
>   "cycle": [
>     {
>       "step": 5,
>       "date": "2025"
>     }
>   ],
>   "evaluations": [
>     {
>       "level": "province",
>       "date": "2025",
>       "basis": "148/QĐ-TTg",
>       "stars": 3,
>       "expires": "2028",
>       "note": "imported from register.csv, line 3; the register gives no decision number"
>     }
>   ],
>   "current_step": 5,
>   "current_stars": 3,
>   "status": "certified",
>   "certificate_expires": "2028",
>   "recognition_outcome": "new"
> }

# From standard input, with the separator named.
$ sed 's/Thảo dược/Dược liệu/' register.csv | ocop -C d import products - --sep ';'
> products: 0 added, 6 unchanged, 0 changed, 0 refused
> producers: 0 added, 5 unchanged, 0 changed

# The officer corrects the category: the change is said.
$ sed 's/;Đồ uống/;Thực phẩm/' register.csv >fixed.csv && ocop -C d import products fixed.csv -v
> change product ruou-lut-an-tra "Rượu lứt Ấn Trà": category (line 8)
> products: 0 added, 5 unchanged, 1 changed, 0 refused
> producers: 0 added, 5 unchanged, 0 changed
$ ocop -C d check
