# A province's summary by old commune says which ward each old commune
# belongs to: a first column in CSV and JSON, the ward named once in text.
# Each ward's producers are matched against its own former units only; a
# ward that lists none has its "not known" row, so the total is every
# product's.
$ mkdir -p p/wards && printf 'province: Quảng Ngãi\nunit: province\nwards:\n- {name: nghia-lo, path: wards/nghia-lo}\n- {name: tra-cau, path: wards/tra-cau}\n- {name: duc-pho, path: wards/duc-pho}\n' >p/ocop.yaml
$ ocop -q init p/wards/nghia-lo --ward "Nghĩa Lộ" --unit phường && ocop -q init p/wards/tra-cau --ward "Trà Câu" --unit phường && ocop -q init p/wards/duc-pho --ward "Đức Phổ" --unit phường
$ printf 'formerly:\n- {name: xã Nghĩa Dõng}\n- {name: phường Nghĩa Chánh}\n' >>p/wards/nghia-lo/ocop.yaml && printf 'formerly:\n- {name: xã Phổ Văn}\n' >>p/wards/tra-cau/ocop.yaml

# Nghĩa Lộ: one producer of each old commune, one with no old address.
$ cd p/wards/nghia-lo && ocop producer add "Hộ A" --kind household --id a --old-address "Thôn 2, xã Nghĩa Dõng" >/dev/null && ocop producer add "Hộ B" --kind household --id b --old-address "Tổ 5, Nghĩa Chánh" >/dev/null && ocop producer add "Hộ C" --kind household --id c >/dev/null && for p in a b c; do ocop product add "Bánh $p" --producer $p --category food --date 2024-01-10 >/dev/null || exit 1; done; ocop cycle advance banh-a --to 5 --date 2024-05-02 && ocop rate council banh-a --score 30,10,20 --date 2024-06-01 --decision 700/QĐ-UBND --level district

# Trà Câu: one of Phổ Văn, and one whose old address names a commune of
# another ward (Nghĩa Dõng): not one of Trà Câu's, so not known here.
$ cd p/wards/tra-cau && ocop producer add "Hộ D" --kind household --id d --old-address "xã Phổ Văn" >/dev/null && ocop producer add "Hộ E" --kind household --id e --old-address "xã Nghĩa Dõng" >/dev/null && ocop product add "Muối D" --producer d --category food --date 2024-01-10 >/dev/null && ocop product add "Muối E" --producer e --category food --date 2024-01-10 >/dev/null

# Đức Phổ lists no former unit.
$ cd p/wards/duc-pho && ocop producer add "Hộ F" --kind household --id f --old-address "xã Phổ Văn" >/dev/null && ocop product add "Mắm F" --producer f --category food --date 2024-01-10 >/dev/null

$ cd p && ocop report summary --table by_old_commune --format csv
> ward,old_commune,stars_3,stars_4,stars_5,certified,not_certified,products
> nghia-lo,xã Nghĩa Dõng,1,0,0,1,0,1
> nghia-lo,phường Nghĩa Chánh,0,0,0,0,1,1
> nghia-lo,unknown,0,0,0,0,1,1
> tra-cau,xã Phổ Văn,0,0,0,0,1,1
> tra-cau,unknown,0,0,0,0,1,1
> duc-pho,unknown,0,0,0,0,1,1
> total,,1,0,0,1,5,6

$ cd p && ocop report summary --table by_old_commune
> Tổng hợp sản phẩm OCOP
> tỉnh Quảng Ngãi
>
> Sản phẩm theo xã, phường cũ (trước sắp xếp năm 2025)
> Phường, xã       Xã, phường cũ           3 sao  4 sao  5 sao  Cộng OCOP  Chưa công nhận  Tổng số
> phường Nghĩa Lộ  xã Nghĩa Dõng               1      0      0          1               0        1
>                  phường Nghĩa Chánh          0      0      0          0               1        1
>                  Không rõ xã, phường cũ      0      0      0          0               1        1
> phường Trà Câu   xã Phổ Văn                  0      0      0          0               1        1
>                  Không rõ xã, phường cũ      0      0      0          0               1        1
> phường Đức Phổ   Không rõ xã, phường cũ      0      0      0          0               1        1
> Tổng cộng                                    1      0      0          1               5        6

# JSON: each row names its ward; the total's old commune is null.
$ cd p && ocop report summary --table by_old_commune --format json >out.json && head -4 out.json && grep -c '"ward": "nghia-lo"' out.json && grep -A1 '"ward": "total"' out.json
> [
>   {
>     "ward": "nghia-lo",
>     "old_commune": "xã Nghĩa Dõng",
> 3
>     "ward": "total",
>     "old_commune": null,

# Two wards named with -C, not a province: the same table.
$ ocop -C p/wards/nghia-lo -C p/wards/tra-cau report summary --table by_old_commune --format csv
> ward,old_commune,stars_3,stars_4,stars_5,certified,not_certified,products
> nghia-lo,xã Nghĩa Dõng,1,0,0,1,0,1
> nghia-lo,phường Nghĩa Chánh,0,0,0,0,1,1
> nghia-lo,unknown,0,0,0,0,1,1
> tra-cau,xã Phổ Văn,0,0,0,0,1,1
> tra-cau,unknown,0,0,0,0,1,1
> total,,1,0,0,1,4,5
