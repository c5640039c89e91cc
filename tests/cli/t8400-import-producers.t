# ocop import producers: a list of chủ thể, tab-separated as Excel's "Text
# (Tab delimited)" saves it.  Matched by tax code, else by name without
# case or diacritics; product columns in it are not producers' and are
# read past.
$ ocop init d 2>/dev/null
$ printf 'STT\tTên chủ thể\tLoại hình\tMã số thuế\tĐiện thoại\tĐịa chỉ\tĐịa chỉ cũ\tTên sản phẩm\tGhi chú\n1\tCông ty TNHH XNK Yến sào Cù Lao Ré\t\t4300 123 456\t0255 3822 222\tSố 38 đường Chu Văn An, phường Nghĩa Lộ\t\tYến sào\t"Dòng một\nDòng hai"\n2\tThảo Uyên\tHộ kinh doanh\t\t\t\tSố 43/9 đường Nguyễn Chí Thanh\tChà bông\t\n3\tHTX Nông nghiệp Nghĩa Dũng\t\t\t\t\t\t\t\n' >producers.tsv
$ ocop -C d import producers producers.tsv -v
> add producer cong-ty-tnhh-xnk-yen-sao-cu-lao-re "Công ty TNHH XNK Yến sào Cù Lao Ré" (line 2)
> add producer thao-uyen "Thảo Uyên" (line 4)
> add producer htx-nong-nghiep-nghia-dung "HTX Nông nghiệp Nghĩa Dũng" (line 5)
> producers: 3 added, 0 unchanged, 0 changed, 0 refused
$ ocop -C d check
$ cat d/producers/cong-ty-tnhh-xnk-yen-sao-cu-lao-re.yaml
> id: cong-ty-tnhh-xnk-yen-sao-cu-lao-re
> name: Công ty TNHH XNK Yến sào Cù Lao Ré
> kind: enterprise
> tax_code: '4300123456'
> phone: '0255 3822 222'
> address: Số 38 đường Chu Văn An, phường Nghĩa Lộ
> notes: |-
>   Dòng một
>   Dòng hai
$ ocop -C d producer list --format csv
> id,name,kind,tax_code,address
> cong-ty-tnhh-xnk-yen-sao-cu-lao-re,Công ty TNHH XNK Yến sào Cù Lao Ré,enterprise,4300123456,"Số 38 đường Chu Văn An, phường Nghĩa Lộ"
> htx-nong-nghiep-nghia-dung,HTX Nông nghiệp Nghĩa Dũng,cooperative,,
> thao-uyen,Thảo Uyên,household,,
$ ocop -C d import producers producers.tsv
> producers: 0 added, 3 unchanged, 0 changed, 0 refused

# The same producers, spelled otherwise: unchanged.
$ printf 'name,tax code\ncong ty tnhh xnk yen sao cu lao re,4300123456\nTHẢO UYÊN,\n' | ocop -C d import producers -
> producers: 0 added, 2 unchanged, 0 changed, 0 refused

# A new name under a known tax code: the producer is renamed.
$ printf 'Tên chủ thể,Mã số thuế,Người đại diện\nCông ty TNHH Yến sào Cù Lao Ré,4300123456,Trần Văn B\n' >renamed.csv && ocop -C d import producers renamed.csv -v
> change producer cong-ty-tnhh-xnk-yen-sao-cu-lao-re "Công ty TNHH Yến sào Cù Lao Ré": name, representative (line 2)
> producers: 0 added, 0 unchanged, 1 changed, 0 refused

# Twice in one file; a tax code that is not one; a kind not known.
$ printf 'Tên chủ thể,Mã số thuế,Loại hình\nCơ sở A,,\ncơ sở a,,\nCông ty B,12345,\nC,,nhà nước\n' >bad.csv && ocop -C d import producers bad.csv
> producers: 1 added, 0 unchanged, 0 changed, 3 refused
2> ocop: bad.csv:3:1: error: Tên chủ thể: the same producer as on line 2
2> ocop: bad.csv:4:2: error: tax_code: '12345' is not valid; a tax code has 10 or 13 digits (branches: 0101234567-001)
2> ocop: bad.csv:5:3: error: Loại hình: unknown kind of producer 'nhà nước'; doanh nghiệp, hợp tác xã, tổ hợp tác, hộ kinh doanh, cơ sở sản xuất, cá nhân (or enterprise, cooperative, …)
2> ocop: bad.csv: error: nothing was imported: 3 of 4 rows refused; fix them and import again, or pass --partial to import the others
? 1

# A tax code a later row gives a producer finds it from then on: a row
# after it, under another name but that code, is the same producer (which
# takes the new name, as above), not a second one with the same tax code.
$ ocop init taxes 2>/dev/null
$ printf 'Tên sản phẩm,Chủ thể,Mã số thuế,Nhóm sản phẩm\nChè xanh,Hộ kinh doanh Lê Văn Tám,,Đồ uống\nChè đen,Hộ kinh doanh Lê Văn Tám,4300 111 222,Đồ uống\nChè vàng,Hộ kinh doanh Lê Tám,4300111222,Đồ uống\n' >taxes.csv && ocop -C taxes import products taxes.csv
> products: 3 added, 0 unchanged, 0 changed, 0 refused
> producers: 1 added, 0 unchanged, 0 changed
$ ls taxes/producers
> ho-kinh-doanh-le-van-tam.yaml
$ ocop -C taxes producer list --format csv
> id,name,kind,tax_code,address
> ho-kinh-doanh-le-van-tam,Hộ kinh doanh Lê Tám,household,4300111222,
$ ocop -C taxes check
