# A province reads each ward's ocop.yaml as a view (store_read_office_view:
# from libyaml's events when the file is clean, the tree's way when it is
# not) and its own ocop.yaml once: each problem is said once, in the file
# it is in, whichever way the file was read (issue 16).
$ mkdir -p p/wards && printf 'province: Quảng Ngãi\nunit: province\nwards:\n- {name: nghia-lo, path: wards/nghia-lo}\n- {name: tra-cau, path: wards/tra-cau}\ncolour: red\n' >p/ocop.yaml
$ ocop -q init p/wards/nghia-lo --ward "Nghĩa Lộ" --unit phường && ocop -q init p/wards/tra-cau --ward "Trà Câu" --unit phường
# Nghĩa Lộ's office is clean, an en dash in a value; Trà Câu's has a key
# no office has.
$ printf 'recipients: "Sở NN & MT – Lưu: VT."\n' >>p/wards/nghia-lo/ocop.yaml && printf 'place: Trà Câu – Đức Phổ\nshelf: 3\n' >>p/wards/tra-cau/ocop.yaml
$ for w in nghia-lo tra-cau; do ocop -q -C p/wards/$w producer add "Hộ A" --kind household --id a >/dev/null && ocop -q -C p/wards/$w product add "Bánh A" --producer a --category food --date 2024-01-10 >/dev/null || exit 1; done
2>*

# The province's unknown key, once (it was read twice before), and the
# ward's, once.
$ cd p && ocop report summary --table by_ward --format csv
> ward,stars_3,stars_4,stars_5,certified,not_certified,products
> nghia-lo,0,0,0,0,1,1
> tra-cau,0,0,0,0,1,1
> total,0,0,0,0,2,2
2> ocop: ./ocop.yaml:6:1: warning: unknown key 'colour' in office (kept as it is)
2> ocop: wards/tra-cau/ocop.yaml:5:1: warning: unknown key 'shelf' in office (kept as it is)
$ cd p && ocop report summary --table by_ward | head -2
> Tổng hợp sản phẩm OCOP
> tỉnh Quảng Ngãi
2>*

# A ward's office that names no ward: an error in that file, exit 1.
$ sed -i '/^ward:/d' p/wards/nghia-lo/ocop.yaml
$ cd p && ocop report summary --table by_ward --format csv
2> ocop: ./ocop.yaml:6:1: warning: unknown key 'colour' in office (kept as it is)
2> ocop: wards/nghia-lo/ocop.yaml:1:1: error: ward: missing (required in every office)
2> ocop: wards/tra-cau/ocop.yaml:5:1: warning: unknown key 'shelf' in office (kept as it is)
? 1
