# ocop import products: the layout of a provincial OCOP register
# (ocop-rules.md §6): TT; Tên sản phẩm; Nhóm sản phẩm; Loại hình kinh
# doanh; Chủ thể; Xã/phường; Địa chỉ; Người đại diện; Điện thoại; Hạng sao
# hiện tại; Ngày hết hạn; Lần 1: hạng sao, ngày công nhận, năm, số quyết
# định, cơ quan ban hành; Lần 2/nâng hạng: the same; Ghi chú.  It imports
# with no --map.
$ ocop init d --ward "Tịnh Kỳ" --province "Quảng Ngãi" 2>/dev/null

$ printf 'TT,Tên sản phẩm,Nhóm sản phẩm,Loại hình kinh doanh,Chủ thể,Xã/phường,Địa chỉ,Người đại diện,Điện thoại,Hạng sao hiện tại,Ngày hết hạn,Lần 1: hạng sao,Lần 1: ngày công nhận,Lần 1: năm,Lần 1: số quyết định,Lần 1: cơ quan ban hành,Lần 2/nâng hạng: hạng sao,Lần 2/nâng hạng: ngày công nhận,Lần 2/nâng hạng: năm,Lần 2/nâng hạng: số quyết định,Lần 2/nâng hạng: cơ quan ban hành,Ghi chú\n1,Chà bông cá ngừ,Gia vị,HTX,HTX Nông nghiệp Tịnh Kỳ,Xã Tịnh Kỳ,Thôn An Kỳ,Nguyễn Văn A,0255 3822 222,4,14/10/2028,3,20/10/2022,2022,3981/QĐ-UBND,UBND tỉnh Quảng Ngãi,4,14/10/2025,2025,1898/QĐ-UBND,UBND tỉnh Quảng Ngãi,nâng hạng\n2,Nước mắm Tịnh Kỳ,Tương nước mắm gia vị dạng lỏng khác,,,,,,,3,,3,,2024,,,,,,,,\nTổng cộng,2 sản phẩm,,,,,,,,,,,,,,,,,,,,\n' >register.csv

$ ocop -C d import products register.csv
> products: 2 added, 0 unchanged, 0 changed, 0 refused
> producers: 1 added, 0 unchanged, 0 changed
2> ocop: register.csv:4:1: warning: TT: 'Tổng cộng' is not a row number: a heading or a total, skipped
$ ocop -C d check
$ cat d/products/cha-bong-ca-ngu.yaml
> id: cha-bong-ca-ngu
> name: Chà bông cá ngừ
> producer: htx-nong-nghiep-tinh-ky
> category: food
> origin: existing
> cycle:
> - {step: 5, date: 2022-10-20}
> - {step: 5, date: 2025-10-14}
> evaluations:
> - {level: province, date: 2022-10-20, basis: '1048/QĐ-TTg', stars: 3, decision: '3981/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2025-10-20, note: 'imported from register.csv, line 2'}
> - {level: province, date: 2025-10-14, basis: '148/QĐ-TTg', stars: 4, decision: '1898/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2028-10-14, note: 'imported from register.csv, line 2'}
> notes: nâng hạng
$ cat d/products/nuoc-mam-tinh-ky.yaml
> id: nuoc-mam-tinh-ky
> name: Nước mắm Tịnh Kỳ
> producer: htx-nong-nghiep-tinh-ky
> category: food
> set: 9
> origin: existing
> cycle:
> - {step: 5, date: 2024}
> evaluations:
> - {level: district, date: 2024, basis: '148/QĐ-TTg', stars: 3, expires: 2027, note: 'imported from register.csv, line 3; the register gives no decision number'}
$ cat d/producers/htx-nong-nghiep-tinh-ky.yaml
> id: htx-nong-nghiep-tinh-ky
> name: HTX Nông nghiệp Tịnh Kỳ
> kind: cooperative
> representative: Nguyễn Văn A
> phone: '0255 3822 222'
> address: Thôn An Kỳ, Xã Tịnh Kỳ
$ ocop -C d product list --format csv
> id,name,producer,category,step,stars,status
> cha-bong-ca-ngu,Chà bông cá ngừ,htx-nong-nghiep-tinh-ky,food,5,4,certified
> nuoc-mam-tinh-ky,Nước mắm Tịnh Kỳ,htx-nong-nghiep-tinh-ky,food,5,3,certified
$ ocop -C d import products register.csv
> products: 0 added, 2 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
2> ocop: register.csv:4:1: warning: TT: 'Tổng cộng' is not a row number: a heading or a total, skipped

# The same two recognitions under a two-row header with a title above it,
# as the workbook exports its merged cells: unchanged.
$ printf 'DANH SÁCH SẢN PHẨM OCOP,,,,,,,,,\n,,,Lần 1,,,,Lần 2/nâng hạng,,\nTT,Tên sản phẩm,Chủ thể,Hạng sao,Ngày công nhận,Số quyết định,Cơ quan ban hành,Hạng sao,Ngày công nhận,Số quyết định\n1,Chà bông cá ngừ,HTX Nông nghiệp Tịnh Kỳ,3,20/10/2022,3981/QĐ-UBND,UBND tỉnh Quảng Ngãi,4,14/10/2025,1898/QĐ-UBND\n' >two-rows.csv
$ ocop -C d import products two-rows.csv
> products: 0 added, 1 unchanged, 0 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
2> ocop: two-rows.csv:1: warning: 2 row(s) above the header skipped (a title?)

# The current stars are the latest recognition's; the expiry is 36 months
# after it.  Each refusal names its line and column.
$ sed 's/,4,14\/10\/2028,3,/,5,14\/10\/2027,3,/' register.csv >bad.csv && ocop -C d import products bad.csv
> products: 0 added, 1 unchanged, 0 changed, 1 refused
> producers: 0 added, 1 unchanged, 0 changed
2> ocop: bad.csv:2:11: error: Ngày hết hạn: 2027-10-14 is not 36 months after the recognition (2028-10-14); a certificate is valid 36 months from its decision (148/QĐ-TTg); check the dates
2> ocop: bad.csv:2:10: error: Hạng sao hiện tại: 5 stars, but the latest recognition gives 4
2> ocop: bad.csv:4:1: warning: TT: 'Tổng cộng' is not a row number: a heading or a total, skipped
2> ocop: bad.csv: error: nothing was imported: 1 of 2 rows refused; fix them and import again, or pass --partial to import the others
? 1

# A renewal in a later register: a third recognition, the cycle back at 5.
$ printf 'Tên sản phẩm,Chủ thể,Hạng sao,Ngày công nhận,Số quyết định\nNước mắm Tịnh Kỳ,HTX Nông nghiệp Tịnh Kỳ,3,05/11/2025,2001/QĐ-UBND\n' >renew.csv && ocop -C d import products renew.csv -v
> change product nuoc-mam-tinh-ky "Nước mắm Tịnh Kỳ": cycle, evaluations (line 2)
> products: 0 added, 0 unchanged, 1 changed, 0 refused
> producers: 0 added, 1 unchanged, 0 changed
$ ocop -C d check
$ sed -n '/^cycle/,$p' d/products/nuoc-mam-tinh-ky.yaml
> cycle:
> - {step: 5, date: 2024}
> - {step: 5, date: 2025-11-05}
> evaluations:
> - {level: district, date: 2024, basis: '148/QĐ-TTg', stars: 3, expires: 2027, note: 'imported from register.csv, line 3; the register gives no decision number'}
> - {level: province, date: 2025-11-05, basis: '148/QĐ-TTg', stars: 3, decision: '2001/QĐ-UBND', expires: 2028-11-05, note: 'imported from renew.csv, line 2'}
