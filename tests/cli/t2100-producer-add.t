# ocop producer add: the id made from the name, every option, and what is refused.

$ ocop init d 2>/dev/null

# Every option.  The id is the name with its diacritics folded (đ → d).
$ ocop -C d producer add "Hợp tác xã Nông nghiệp Đồng Nhơn" --kind cooperative --tax-code 4300123456 --representative "Nguyễn Văn Á" --phone "0255 3822 111" --address "Số 1 Lê Lợi, phường Nghĩa Lộ" --old-address "xã Nghĩa Dõng"
> hop-tac-xa-nong-nghiep-dong-nhon

# Keys in schema order; the tax code and the phone are strings that no YAML
# reader can take for numbers.
$ cat d/producers/hop-tac-xa-nong-nghiep-dong-nhon.yaml
> id: hop-tac-xa-nong-nghiep-dong-nhon
> name: Hợp tác xã Nông nghiệp Đồng Nhơn
> kind: cooperative
> tax_code: '4300123456'
> representative: Nguyễn Văn Á
> phone: '0255 3822 111'
> address: Số 1 Lê Lợi, phường Nghĩa Lộ
> old_address: xã Nghĩa Dõng

# The same name again: the id gets a suffix; ids are never reused.
$ ocop -C d producer add "Hợp tác xã Nông nghiệp Đồng Nhơn" --kind cooperative
> hop-tac-xa-nong-nghiep-dong-nhon-2

$ ocop -C d producer add "HỢP TÁC XÃ nông nghiệp đồng nhơn" --kind cooperative
> hop-tac-xa-nong-nghiep-dong-nhon-3

# Punctuation and runs of spaces become one '-'.
$ ocop -C d producer add "Cơ sở  Bánh   Đập (Mỹ Khê) & Cá" --kind facility
> co-so-banh-dap-my-khe-ca

# A long name makes an id of at most 64 characters, suffix included.
$ ocop -C d producer add "Hợp tác xã Nông nghiệp và Dịch vụ Tổng hợp Nghĩa Lộ thuộc phường Nghĩa Lộ tỉnh Quảng Ngãi" --kind cooperative
> hop-tac-xa-nong-nghiep-va-dich-vu-tong-hop-nghia-lo-thuoc-phuong

$ ocop -C d producer add "Hợp tác xã Nông nghiệp và Dịch vụ Tổng hợp Nghĩa Lộ thuộc phường Nghĩa Lộ tỉnh Quảng Ngãi" --kind cooperative
> hop-tac-xa-nong-nghiep-va-dich-vu-tong-hop-nghia-lo-thuoc-phuo-2

# A name typed in decomposed Unicode (NFD) is stored as NFC.
$ ocop -C d producer add "$(printf 'Ho\314\243 Nguye\314\202\314\203n')" --kind household && grep -c -x 'name: Họ Nguyễn' d/producers/ho-nguyen.yaml
> ho-nguyen
> 1

# --id sets the id by hand.
$ ocop -C d producer add "Cơ sở Yến sào" --kind facility --id yen-sao
> yen-sao

$ ocop -C d producer add "Khác" --kind facility --id yen-sao
2> ocop: error: the id 'yen-sao' is taken
? 1

# An id is a file name: anything that could leave the folder, or is not a
# lower-case slug, is refused, and no file is written.
$ ls d/producers >before
$ ocop -C d producer add "X" --kind household --id ../x
2> ocop: error: --id '../x' is not a valid id; use lower-case letters, digits and '-', at most 64
? 1

$ ocop -C d producer add "X" --kind household --id A/B
2> ocop: error: --id 'A/B' is not a valid id; use lower-case letters, digits and '-', at most 64
? 1

$ ocop -C d producer add "X" --kind household --id ""
2> ocop: error: --id '' is not a valid id; use lower-case letters, digits and '-', at most 64
? 1

$ ocop -C d producer add "X" --kind household --id Yen
2> ocop: error: --id 'Yen' is not a valid id; use lower-case letters, digits and '-', at most 64
? 1

$ ocop -C d producer add "X" --kind household --id -x
2> ocop: error: --id '-x' is not a valid id; use lower-case letters, digits and '-', at most 64
? 1

$ ocop -C d producer add "X" --kind household --id x.yaml
2> ocop: error: --id 'x.yaml' is not a valid id; use lower-case letters, digits and '-', at most 64
? 1

$ ocop -C d producer add "X" --kind household --id aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
2> ocop: error: --id 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' is not a valid id; use lower-case letters, digits and '-', at most 64
? 1

$ ls d/producers | cmp - before; ls -A d; ls -A
> .gitattributes
> .gitignore
> .ocop.lock
> ocop.yaml
> producers
> products
> before
> d

# A name with nothing to make an id from.
$ ocop -C d producer add "!!!" --kind household
2> ocop: error: cannot make an id from the name '!!!'; pass one with --id
? 1

# --kind takes the slug, any case, or the Vietnamese word with or without accents.
$ ocop -C d producer add "HTX Nghĩa Lộ" --kind "hợp tác xã"
> htx-nghia-lo

$ ocop -C d producer add "Tổ hợp tác Mây tre" --kind "to hop tac"
> to-hop-tac-may-tre

$ ocop -C d producer add "Hộ Lê Văn Tám" --kind "Hộ kinh doanh"
> ho-le-van-tam

$ ocop -C d producer add "Công ty CP Đường" --kind Enterprise
> cong-ty-cp-duong

$ grep -h '^kind' d/producers/htx-nghia-lo.yaml d/producers/to-hop-tac-may-tre.yaml d/producers/ho-le-van-tam.yaml d/producers/cong-ty-cp-duong.yaml
> kind: cooperative
> kind: cooperative-group
> kind: household
> kind: enterprise

$ ocop -C d producer add "Công ty B" --kind enterprize
2> ocop: error: unknown kind 'enterprize'; did you mean 'enterprise'?
? 1

$ ocop -C d producer add "Công ty B" --kind xyz
2> ocop: error: unknown kind 'xyz'; expected one of: enterprise, cooperative, cooperative-group, household, facility, individual, unknown
? 1

# --kind is required; a missing one is a usage error.
$ ocop -C d producer add "Công ty B" 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: --kind is required

$ ocop -C d producer add --kind household 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: NAME is missing

$ ocop -C d producer add Công ty --kind household 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: give one NAME (quote it)

# A tax code has 10 digits, or 13 for a branch (written with or without '-').
$ ocop -C d producer add "Công ty B" --kind enterprise --tax-code 12345
2> ocop: error: tax_code: '12345' is not valid; a tax code has 10 or 13 digits (branches: 0101234567-001)
? 1

$ ocop -C d producer add "Công ty B" --kind enterprise --tax-code 430012345A
2> ocop: error: tax_code: '430012345A' is not valid; a tax code has 10 or 13 digits (branches: 0101234567-001)
? 1

$ ocop -C d producer add "Chi nhánh B" --kind enterprise --tax-code 0101234567-001 && grep tax_code d/producers/chi-nhanh-b.yaml
> chi-nhanh-b
> tax_code: '0101234567-001'

$ ocop -C d producer add "Công ty B" --kind enterprise --phone abc
2> ocop: error: phone: 'abc' is not valid; a phone number has 8 to 15 digits
? 1

# A refused add writes nothing.
$ ls d/producers | grep -c cong-ty-b
> 0
? 1

# -n: the record is checked and shown, the id printed, nothing written.
$ ocop -C d producer add "Cơ sở Nước mắm" --kind facility --tax-code 4300999999 -n
> co-so-nuoc-mam
2> ocop: dry run: would write d/producers/co-so-nuoc-mam.yaml:
2> id: co-so-nuoc-mam
2> name: Cơ sở Nước mắm
2> kind: facility
2> tax_code: '4300999999'

$ ls d/producers/co-so-nuoc-mam.yaml
2> ls: cannot access 'd/producers/co-so-nuoc-mam.yaml': No such file or directory
? 2

# A dry run still refuses what a real run would.
$ ocop -C d producer add "Cơ sở Nước mắm" --kind facilty -n
2> ocop: error: unknown kind 'facilty'; did you mean 'facility'?
? 1

# Names YAML 1.1 would misread are quoted.
$ ocop -C d producer add "no" --kind individual && cat d/producers/no.yaml
> no
> id: 'no'
> name: 'no'
> kind: individual

$ ocop -C d check
