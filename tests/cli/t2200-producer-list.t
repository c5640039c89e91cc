# ocop producer list: Vietnamese order, filters, formats.

$ ocop init d 2>/dev/null

# Added in no particular order.
$ for n in "Đặng Thị Em" "Cơ sở Đường phèn Mỹ Hòa" "Ếch đồng Sông Vệ" "Em Xinh" "Doanh nghiệp Đào Tiến" "dê núi Ba Tơ" "Ăn Ngon" "An Phú" "Âu Cơ" "Bánh Xèo" "Cơ sở Dầu phộng Tư Nghĩa"; do ocop -C d producer add "$n" --kind household || exit 1; done >/dev/null
$ ocop -C d producer set ech-dong-song-ve kind=enterprise tax_code=4300111222 address="Đức Phổ"
$ ocop -C d producer set an-phu kind=cooperative address="Số 2, Nghĩa Lộ"

# Vietnamese order, not byte order: a < ă < â, d < đ < e < ê, and case
# does not count ("dê" before "Doanh", since e < o).
$ ocop -C d producer list
> ID                        Name                      Kind         Tax code    Address
> an-phu                    An Phú                    cooperative              Số 2, Nghĩa Lộ
> an-ngon                   Ăn Ngon                   household
> au-co                     Âu Cơ                     household
> banh-xeo                  Bánh Xèo                  household
> co-so-dau-phong-tu-nghia  Cơ sở Dầu phộng Tư Nghĩa  household
> co-so-duong-phen-my-hoa   Cơ sở Đường phèn Mỹ Hòa   household
> de-nui-ba-to              dê núi Ba Tơ              household
> doanh-nghiep-dao-tien     Doanh nghiệp Đào Tiến     household
> dang-thi-em               Đặng Thị Em               household
> em-xinh                   Em Xinh                   household
> ech-dong-song-ve          Ếch đồng Sông Vệ          enterprise   4300111222  Đức Phổ

# --kind, by slug or Vietnamese word.
$ ocop -C d producer list --kind enterprise --format csv
> id,name,kind,tax_code,address
> ech-dong-song-ve,Ếch đồng Sông Vệ,enterprise,4300111222,Đức Phổ

$ ocop -C d producer list --kind "hợp tác xã" --format csv
> id,name,kind,tax_code,address
> an-phu,An Phú,cooperative,,"Số 2, Nghĩa Lộ"

$ ocop -C d producer list --kind cooperative-group --format csv
> id,name,kind,tax_code,address

$ ocop -C d producer list --kind enterprize
2> ocop: error: unknown kind 'enterprize'; did you mean 'enterprise'?
? 1

# --search ignores accents and case: "duong" finds "Đường" (and not "Dầu").
$ ocop -C d producer list --search duong --format tsv
> id	name	kind	tax_code	address
> co-so-duong-phen-my-hoa	Cơ sở Đường phèn Mỹ Hòa	household		

$ ocop -C d producer list --search "ĐƯỜNG PHÈN" --format tsv
> id	name	kind	tax_code	address
> co-so-duong-phen-my-hoa	Cơ sở Đường phèn Mỹ Hòa	household		

# It looks in the id too, and keeps Vietnamese order.
$ ocop -C d producer list --search em --format csv
> id,name,kind,tax_code,address
> dang-thi-em,Đặng Thị Em,household,,
> em-xinh,Em Xinh,household,,

$ ocop -C d producer list --search "dang-thi" --format csv
> id,name,kind,tax_code,address
> dang-thi-em,Đặng Thị Em,household,,

# Nothing found is not an error.
$ ocop -C d producer list --search zzz --format csv
> id,name,kind,tax_code,address

# Filters combine.
$ ocop -C d producer list --search "co so" --kind household --format csv
> id,name,kind,tax_code,address
> co-so-dau-phong-tu-nghia,Cơ sở Dầu phộng Tư Nghĩa,household,,
> co-so-duong-phen-my-hoa,Cơ sở Đường phèn Mỹ Hòa,household,,

# JSON: empty values are null.
$ ocop -C d producer list --search ech --format json
> [
>   {
>     "id": "ech-dong-song-ve",
>     "name": "Ếch đồng Sông Vệ",
>     "kind": "enterprise",
>     "tax_code": "4300111222",
>     "address": "Đức Phổ"
>   }
> ]

$ ocop -C d producer list --search zzz --format json
> []

$ ocop -C d producer list --search an- --format md
> | ID | Name | Kind | Tax code | Address |
> | --- | --- | --- | --- | --- |
> | an-phu | An Phú | cooperative |  | Số 2, Nghĩa Lộ |
> | an-ngon | Ăn Ngon | household |  |  |

# -o FILE: the extension picks the format; nothing on stdout.
$ ocop -C d producer list --search an- -o out.csv && cat out.csv
> id,name,kind,tax_code,address
> an-phu,An Phú,cooperative,,"Số 2, Nghĩa Lộ"
> an-ngon,Ăn Ngon,household,,

$ ocop -C d producer list --search an- -o out.json && head -n 3 out.json
> [
>   {
>     "id": "an-phu",

# --format wins over the extension.
$ ocop -C d producer list --search an- -o out.csv --format tsv && cat out.csv
> id	name	kind	tax_code	address
> an-phu	An Phú	cooperative		Số 2, Nghĩa Lộ
> an-ngon	Ăn Ngon	household		

# An unknown extension gives text.
$ ocop -C d producer list --search an- -o out.txt && cat out.txt
> ID       Name     Kind         Tax code  Address
> an-phu   An Phú   cooperative            Số 2, Nghĩa Lộ
> an-ngon  Ăn Ngon  household

$ ocop -C d producer list --format xml
2> ocop: error: unknown format 'xml'; expected text, csv, tsv, json, md or html
? 2

# CSV quotes what needs quoting; --excel adds a BOM and CRLF and disarms
# cells that Excel would run as formulas.
$ ocop -C d producer add "=1+1" --kind household --address '-3 Lê Lợi' && ocop -C d producer add 'Hộ "Ba", Tư' --kind household
> 1-1
> ho-ba-tu

$ ocop -C d producer list --search "1+1" --format csv; ocop -C d producer list --search ba-tu --format csv
> id,name,kind,tax_code,address
> 1-1,=1+1,household,,-3 Lê Lợi
> id,name,kind,tax_code,address
> ho-ba-tu,"Hộ ""Ba"", Tư",household,,

$ ocop -C d producer list --search "1+1" --excel --format csv | od -An -c
>  357 273 277   M 303 243   ,   T 303 252   n   ,   L   o 341 272
>  241   i       h 303 254   n   h       c   h 341 273 247       t
>    h 341 273 203   ,   M 303 243       s 341 273 221       t   h
>    u 341 272 277   , 304 220 341 273 213   a       c   h 341 273
>  211  \r  \n   1   -   1   ,   '   =   1   +   1   ,   "   H 341
>  273 231       s 341 272 243   n       x   u 341 272 245   t   ,
>        k   i   n   h       d   o   a   n   h   "   ,   ,   '   -
>    3       L 303 252       L 341 273 243   i  \r  \n

$ ocop -C d producer list extra 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: unexpected argument 'extra'
