# Vietnamese messages name fields and the words officers type in
# Vietnamese (issue 17): the field as the office calls it, and for a
# value typed on the command line, the did-you-mean and the list of
# choices in the words the command takes.  A file holds the slugs, so a
# message about a file suggests the slug.  English messages keep the
# machine names.
$ ocop init d 2>/dev/null && ocop -C d producer add "Cơ sở A" --kind facility
> co-so-a

$ ocop -C d --lang vi product add "Chà bông" --producer co-so-a --category fod --date 2025-03-01
2> ocop: lỗi: ngành hàng 'fod' không hợp lệ; có phải là 'thực phẩm'?
? 1

$ ocop -C d --lang en product add "Chà bông" --producer co-so-a --category fod --date 2025-03-01
2> ocop: error: unknown category 'fod'; did you mean 'food'?
? 1

# The Vietnamese word is taken, as the slug is.
$ ocop -C d --lang vi product add "Chà bông" --producer co-so-a --category "thực phẩm" --date 2025-03-01 && grep category d/products/cha-bong.yaml
> cha-bong
> category: food

$ ocop -C d --lang vi producer set co-so-a kind=xyzxyzxyz
2> ocop: lỗi: loại hình 'xyzxyzxyz' không hợp lệ; phải là một trong: doanh nghiệp, hợp tác xã, tổ hợp tác, hộ sản xuất, kinh doanh, cơ sở sản xuất, cá nhân, chưa rõ
? 1

$ ocop -C d --lang vi producer set co-so-a kind="cơ sở sản xuất" && grep kind d/producers/co-so-a.yaml
> kind: facility

$ ocop -C d --lang vi producer set co-so-a phone=12ab
2> ocop: lỗi: điện thoại: '12ab' không hợp lệ; số điện thoại có từ 8 đến 15 chữ số
? 1

$ ocop -C d --lang vi producer set co-so-a name=
2> ocop: lỗi: tên là bắt buộc; không xóa được
? 1

$ ocop -C d --lang vi product set cha-bong readiness.trademark="$(head -c 65537 /dev/zero | tr '\0' x)"
2> ocop: lỗi: nhãn hiệu dài 65,537 byte; giới hạn là 64 KiB
? 1

# A record file: the field in Vietnamese, the value and the hint as the
# file holds them.
$ printf 'id: cha-bong\nname: Chà bông\nproducer: co-so-a\ncategory: fod\norigin: existing\nset: 9\n' >d/products/cha-bong.yaml && ocop -C d --lang vi check
2> ocop: d/products/cha-bong.yaml:4:11: lỗi: ngành hàng 'fod' không hợp lệ; có phải là 'food'?
2> ocop: d: 1 lỗi, 0 cảnh báo
? 1

$ printf 'id: cha-bong\nname: Chà bông\nproducer: co-so-b\ncategory: beverage\norigin: existing\nset: 1\n' >d/products/cha-bong.yaml && ocop -C d --lang vi check
2> ocop: d/products/cha-bong.yaml:6:6: lỗi: bộ sản phẩm: bộ 1 (Rau, củ, quả, hạt tươi) thuộc ngành hàng 'food', không phải 'beverage'; hãy sửa ngành hàng hoặc bộ sản phẩm
2> ocop: d/products/cha-bong.yaml:3:11: lỗi: chủ thể: không có chủ thể nào mang mã 'co-so-b'; hãy thêm chủ thể bằng 'ocop producer add', hoặc sửa lại mã
2> ocop: d: 2 lỗi, 0 cảnh báo
? 1

$ printf 'id: cha-bong\nproducer: co-so-a\ncategory: food\norigin: existing\n' >d/products/cha-bong.yaml && ocop -C d --lang vi check
2> ocop: d/products/cha-bong.yaml:1:1: lỗi: tên: thiếu (bắt buộc với mọi bản ghi sản phẩm)
2> ocop: d: 1 lỗi, 0 cảnh báo
? 1

$ ocop -C d --lang en check
2> ocop: d/products/cha-bong.yaml:1:1: error: name: missing (required in every product)
2> ocop: d: errors: 1, warnings: 0
? 1

# An import's refusal is placed in the column of the field it names,
# whichever language names it.
$ rm d/products/cha-bong.yaml && printf 'Tên,Loại hình,Điện thoại\nCơ sở Z,facility,12ab\n' >ph.csv && ocop -C d --lang vi import producers ph.csv
> chủ thể: thêm 0, giữ nguyên 0, sửa 0, từ chối 1
2> ocop: ph.csv:2:3: lỗi: điện thoại: '12ab' không hợp lệ; số điện thoại có từ 8 đến 15 chữ số
2> ocop: ph.csv: lỗi: không nhập gì: 1 trên 1 dòng bị từ chối; hãy sửa các dòng đó rồi nhập lại, hoặc dùng --partial để nhập các dòng còn lại
? 1
