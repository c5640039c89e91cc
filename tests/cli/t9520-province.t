# A province: two wards' repositories, each with a certified product
# "Tinh bột nghệ" under the same id, read together (issue 16).
$ for w in nghia-lo:"Nghĩa Lộ":21025 tra-cau:"Trà Câu":21031; do d=${w%%:*}; r=${w#*:}; n=${r%%:*}; code=${r#*:}; ocop -q init $d --ward "$n" --province "Quảng Ngãi" --unit phường --unit-code $code --git && ocop -C $d producer add "Hộ kinh doanh Nghệ $n" --kind household --id hkd-nghe && ocop -C $d product add "Tinh bột nghệ" --producer hkd-nghe --category herbal --date 2024-01-10 && ocop -C $d cycle advance tinh-bot-nghe --to 5 --date 2024-05-02 && ocop -C $d rate council tinh-bot-nghe --score 30,10,20 --date 2024-06-01 --decision 700/QĐ-UBND --level district || exit 1; done
>*

# The province directory: unit province, no ward of its own.
$ ocop init p --province "Quảng Ngãi" --wards --git --unit-code 51
2> ocop: made an empty province directory in p; add wards with 'ocop ward add'
$ cat p/ocop.yaml
> province: Quảng Ngãi
> unit: province
> unit_code: '51'
> lang: vi
> git: commit

$ cd p && ocop ward add ../nghia-lo && ocop ward add ../tra-cau
> nghia-lo
> tra-cau
$ cd p && ocop ward list --format csv
> name,path,ward,unit_code
> nghia-lo,wards/nghia-lo,Nghĩa Lộ,21025
> tra-cau,wards/tra-cau,Trà Câu,21031
# Each ward a git submodule, one commit a ward, nothing left uncommitted.
$ cd p && git log --format=%s && git status --short && git ls-files -s wards .gitmodules | awk '{print $1, $4}'
> ocop: ward add tra-cau
> ocop: ward add nghia-lo
> ocop: init
> 100644 .gitmodules
> 160000 wards/nghia-lo
> 160000 wards/tra-cau

# Every read command reads both wards: no -C, no clash of ids.
$ cd p && ocop report summary
>*
$ cd p && ocop report summary --table by_ward
> Tổng hợp sản phẩm OCOP
> tỉnh Quảng Ngãi
>
> Sản phẩm theo phường, xã và hạng sao
> Phường, xã       3 sao  4 sao  5 sao  Cộng OCOP  Chưa công nhận  Tổng số
> phường Nghĩa Lộ      1      0      0          1               0        1
> phường Trà Câu       1      0      0          1               0        1
> Tổng cộng            2      0      0          2               0        2
$ cd p && ocop report summary | head -2
> Tổng hợp sản phẩm OCOP
> tỉnh Quảng Ngãi
$ cd p && ocop report certified --format json
> [
>   {
>     "ward": "nghia-lo",
>     "no": 1,
>     "product": "Tinh bột nghệ",
>     "producer": "Hộ kinh doanh Nghệ Nghĩa Lộ",
>     "address": null,
>     "stars": 3,
>     "decision": "700/QĐ-UBND",
>     "decision_date": "2024-06-01",
>     "expires": "2027-06-01"
>   },
>   {
>     "ward": "tra-cau",
>     "no": 2,
>     "product": "Tinh bột nghệ",
>     "producer": "Hộ kinh doanh Nghệ Trà Câu",
>     "address": null,
>     "stars": 3,
>     "decision": "700/QĐ-UBND",
>     "decision_date": "2024-06-01",
>     "expires": "2027-06-01"
>   }
> ]

# Lists name each record's ward; one record is named WARD:ID.
$ cd p && ocop product list --format csv && ocop producer list --format csv
> ward,id,name,producer,category,step,stars,status
> nghia-lo,tinh-bot-nghe,Tinh bột nghệ,hkd-nghe,herbal,5,3,certified
> tra-cau,tinh-bot-nghe,Tinh bột nghệ,hkd-nghe,herbal,5,3,certified
> ward,id,name,kind,tax_code,address
> nghia-lo,hkd-nghe,Hộ kinh doanh Nghệ Nghĩa Lộ,household,,
> tra-cau,hkd-nghe,Hộ kinh doanh Nghệ Trà Câu,household,,
$ cd p && ocop product show tinh-bot-nghe
2> ocop: error: 'tinh-bot-nghe' is in several wards: nghia-lo:tinh-bot-nghe, tra-cau:tinh-bot-nghe; name one as WARD:ID
? 1
$ cd p && ocop producer show tra-cau:hkd-nghe --format json | jq -r .name
> Hộ kinh doanh Nghệ Trà Câu
$ cd p && ocop cycle show nghia-lo:tinh-bot-nghe --format csv
> step,name,date,rejected,note
> 2,idea (Nhận đăng ký ý tưởng sản phẩm),2024-01-10,false,
> 5,evaluate (Đánh giá và phân hạng sản phẩm),2024-05-02,false,
$ cd p && ocop product show tra-cau:nothing
2> ocop: error: no record 'nothing' in ward 'tra-cau'
? 1
$ cd p && ocop product show hue:tinh-bot-nghe
2> ocop: error: no ward 'hue' in this province
? 1

# The province issues the page: its letterhead and date line.
$ cd p && ocop report certified --format html --date 2025-11-20 | grep -o 'TỈNH QUẢNG NGÃI\|Quảng Ngãi, ngày 20 tháng 11 năm 2025'
> TỈNH QUẢNG NGÃI
> Quảng Ngãi, ngày 20 tháng 11 năm 2025

# Both products in the national table, each with its ward's unit code.
$ cd p && ocop report ptnt-ocop --format csv
> Ma_DonViHanhChinh,Ma_ThoiGian,Ma_SanPham,TenSanPham,XepHang,ChuTheSXKD,DoanhThuNam,TrangThai
> 21025,2024,tinh-bot-nghe,Tinh bột nghệ,3*,Hộ kinh doanh Nghệ Nghĩa Lộ,,HIEULUC
> 21031,2024,tinh-bot-nghe,Tinh bột nghệ,3*,Hộ kinh doanh Nghệ Trà Câu,,HIEULUC

# ... and read back by the import, with no map (the table has no category).
$ cd p && ocop report ptnt-ocop -o ../ptnt.csv && ocop -q init ../back --ward "Tỉnh" && ocop -C ../back import products ../ptnt.csv --category herbal && ocop -C ../back product list --format csv
> products: 2 added, 0 unchanged, 0 changed, 0 refused
> producers: 2 added, 0 unchanged, 0 changed
> id,name,producer,category,step,stars,status
> tinh-bot-nghe,Tinh bột nghệ,ho-kinh-doanh-nghe-nghia-lo,herbal,5,3,certified
> tinh-bot-nghe-2,Tinh bột nghệ,ho-kinh-doanh-nghe-tra-cau,herbal,5,3,certified
2>*

# A ward is checked as the province is: each problem under its ward's path.
$ cd p && ocop check
$ printf 'id: hong\nname: Hỏng\nproducer: hkd-nghe\ncategory: fod\norigin: existing\n' > p/wards/tra-cau/products/hong.yaml
$ cd p && ocop check
2>*
? 1
$ cd p && ocop check 2>&1 | grep -c 'wards/tra-cau/products/hong.yaml'
> 1
$ cd p && ocop check 2>&1 | tail -2
> ocop: ward tra-cau (wards/tra-cau): errors: 1, warnings: 0
> ocop: .: 2 wards checked, errors: 1
$ rm p/wards/tra-cau/products/hong.yaml

# Writes are refused in the province itself, pointing to a ward.
$ cd p && ocop product add "Mật ong" --producer hkd-nghe --category food
2> ocop: .: error: a province directory: records are written in its wards, not here; run it in a ward: 'cd wards/nghia-lo', or 'ocop -C wards/nghia-lo …'; 'ocop ward list' names them
? 1
$ cd p/wards/nghia-lo && ocop product add "Mật ong" --producer hkd-nghe --category food
> mat-ong

# A ward named twice, a source that is no data directory.
$ cd p && ocop ward add ../nghia-lo
2> ocop: ./ocop.yaml: error: ward 'nghia-lo' is already listed
? 1
$ mkdir empty && cd p && ocop ward add ../empty
2> ocop: ../empty: error: not an ocop data directory (no ocop.yaml)
? 1

# ward rm: the submodule goes, in one commit; the wards left are read.
$ cd p && ocop ward rm tra-cau && git log -1 --format=%s && git status --short && ls wards
> ocop: ward rm
>  M wards/nghia-lo
> nghia-lo
$ cd p && ocop report ptnt-ocop --format csv
> Ma_DonViHanhChinh,Ma_ThoiGian,Ma_SanPham,TenSanPham,XepHang,ChuTheSXKD,DoanhThuNam,TrangThai
> 21025,2024,tinh-bot-nghe,Tinh bột nghệ,3*,Hộ kinh doanh Nghệ Nghĩa Lộ,,HIEULUC
$ cd p && ocop ward rm tra-cau
2> ocop: ./ocop.yaml: error: no ward 'tra-cau' in this province
? 1

# Not a province: ward commands say so.
$ cd nghia-lo && ocop ward list
2> ocop: ./ocop.yaml: error: not a province directory (ocop.yaml has no 'unit: province')
? 1

# init: a province needs its name, takes no ward; a unit must be one.
$ ocop init q --wards
2> ocop: error: a province directory needs --province NAME
? 2
$ ocop init q --ward A --unit làng
2> ocop: error: --unit: 'làng' is not xã, phường, đặc khu or tỉnh; in ocop.yaml: commune, ward, special-zone or province
? 2
$ ocop init q --ward A --unit-code 12a
2>*
? 1
$ ocop init q --ward "Đặc khu Lý Sơn" --unit "đặc khu" --unit-code 21100 && cat q/ocop.yaml
> ward: Đặc khu Lý Sơn
> unit: special-zone
> unit_code: '21100'
> lang: vi
2> ocop: made an empty data directory in q
