# ocop producer show and ocop producer set.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "Cơ sở Chà bông Mỹ Á" --kind facility --tax-code 4300123456 --phone 0912345678 --address "Thôn Mỹ Á, phường Nghĩa Lộ"
> co-so-cha-bong-my-a

$ ocop -C d product add "Chà bông cá ngừ" --producer co-so-cha-bong-my-a --category food --date 2025-03-01
> cha-bong-ca-ngu

# show: the stored keys, then the products that name the producer.
$ ocop -C d producer show co-so-cha-bong-my-a
> id:       co-so-cha-bong-my-a
> name:     Cơ sở Chà bông Mỹ Á
> kind:     facility
> tax_code: 4300123456
> phone:    0912345678
> address:  Thôn Mỹ Á, phường Nghĩa Lộ
> products: cha-bong-ca-ngu

# JSON keeps the tax code and the phone as strings.
$ ocop -C d producer show co-so-cha-bong-my-a --format json
> {
>   "id": "co-so-cha-bong-my-a",
>   "name": "Cơ sở Chà bông Mỹ Á",
>   "kind": "facility",
>   "tax_code": "4300123456",
>   "phone": "0912345678",
>   "address": "Thôn Mỹ Á, phường Nghĩa Lộ",
>   "products": [
>     "cha-bong-ca-ngu"
>   ]
> }

$ ocop -C d producer show co-so-cha-bong-my-a -o p.json && head -n 2 p.json
> {
>   "id": "co-so-cha-bong-my-a",

# show prints text or JSON only.
$ ocop -C d producer show co-so-cha-bong-my-a --format csv
2> ocop: error: show prints text or json, not csv
? 2

# An unknown id: the nearest one.
$ ocop -C d producer show co-so-cha-bong
2> ocop: error: no producer 'co-so-cha-bong'; did you mean 'co-so-cha-bong-my-a'?
? 1

$ ocop -C d producer show zzz
2> ocop: error: no producer 'zzz'
? 1

# set: several keys at once; a Vietnamese kind is stored as its slug.
$ ocop -C d producer set co-so-cha-bong-my-a kind="hộ kinh doanh" representative="Trần Thị Bé" notes="Đã tập huấn 2025"
$ cat d/producers/co-so-cha-bong-my-a.yaml
> id: co-so-cha-bong-my-a
> name: Cơ sở Chà bông Mỹ Á
> kind: household
> tax_code: '4300123456'
> representative: Trần Thị Bé
> phone: '0912345678'
> address: Thôn Mỹ Á, phường Nghĩa Lộ
> notes: Đã tập huấn 2025

# KEY= removes an optional key.
$ ocop -C d producer set co-so-cha-bong-my-a phone= representative=
$ cat d/producers/co-so-cha-bong-my-a.yaml
> id: co-so-cha-bong-my-a
> name: Cơ sở Chà bông Mỹ Á
> kind: household
> tax_code: '4300123456'
> address: Thôn Mỹ Á, phường Nghĩa Lộ
> notes: Đã tập huấn 2025

# A renamed producer keeps its id (and so its file and its products).
$ ocop -C d producer set co-so-cha-bong-my-a name="Hộ kinh doanh Chà bông Mỹ Á"
$ ls d/producers && grep '^name' d/producers/co-so-cha-bong-my-a.yaml
> co-so-cha-bong-my-a.yaml
> name: Hộ kinh doanh Chà bông Mỹ Á

# Several lines of notes are written as a block.
$ ocop -C d producer set co-so-cha-bong-my-a notes="$(printf 'dòng 1\ndòng 2')" && tail -n 3 d/producers/co-so-cha-bong-my-a.yaml
> notes: |-
>   dòng 1
>   dòng 2

# What is refused leaves the file as it was.
$ cp d/producers/co-so-cha-bong-my-a.yaml before.yaml

# A required key cannot be removed.
$ ocop -C d producer set co-so-cha-bong-my-a name=
2> ocop: error: name is required; it cannot be removed
? 1

$ ocop -C d producer set co-so-cha-bong-my-a kind=
2> ocop: error: kind is required; it cannot be removed
? 1

# An unknown key: the nearest key.
$ ocop -C d producer set co-so-cha-bong-my-a adress="Thôn 2"
2> ocop: error: 'adress' is not a key that set can change; did you mean 'address'?
? 1

# Nothing near: the keys set can change.
$ ocop -C d producer set co-so-cha-bong-my-a color=red
2> ocop: error: 'color' is not a key that set can change; keys: name, kind, tax_code, representative, phone, address, old_address, notes
? 1

# The id is the file name; set does not change it.
$ ocop -C d producer set co-so-cha-bong-my-a id=other
2> ocop: error: 'id' is not a key that set can change; keys: name, kind, tax_code, representative, phone, address, old_address, notes
? 1

# Bad values.
$ ocop -C d producer set co-so-cha-bong-my-a tax_code=123
2> ocop: error: tax_code: '123' is not valid; a tax code has 10 or 13 digits (branches: 0101234567-001)
? 1

$ ocop -C d producer set co-so-cha-bong-my-a kind=enterprize
2> ocop: error: unknown kind 'enterprize'; did you mean 'enterprise'?
? 1

$ ocop -C d producer set co-so-cha-bong-my-a kind=xyz
2> ocop: error: unknown kind 'xyz'; expected one of: enterprise, cooperative, cooperative-group, household, facility, individual, unknown
? 1

# All or nothing: a good assignment beside a bad one is not written either.
$ ocop -C d producer set co-so-cha-bong-my-a phone=0912000111 tax_code=12
2> ocop: error: tax_code: '12' is not valid; a tax code has 10 or 13 digits (branches: 0101234567-001)
? 1

$ ocop -C d producer set co-so-cha-bong-my-a novalue
2> ocop: error: 'novalue' is not KEY=VALUE
? 2

$ ocop -C d producer set co-so-cha-bong-my-a 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: give an ID and at least one KEY=VALUE

$ ocop -C d producer set co-so-cha-bong phone=0912000111
2> ocop: error: no producer 'co-so-cha-bong'; did you mean 'co-so-cha-bong-my-a'?
? 1

# -n shows the record as it would be written, and writes nothing.
$ ocop -C d producer set co-so-cha-bong-my-a phone=0912000111 -n
2> ocop: dry run: would write d/producers/co-so-cha-bong-my-a.yaml:
2> id: co-so-cha-bong-my-a
2> name: Hộ kinh doanh Chà bông Mỹ Á
2> kind: household
2> tax_code: '4300123456'
2> phone: '0912000111'
2> address: Thôn Mỹ Á, phường Nghĩa Lộ
2> notes: |-
2>   dòng 1
2>   dòng 2

$ cmp before.yaml d/producers/co-so-cha-bong-my-a.yaml && ls -A d/producers
> co-so-cha-bong-my-a.yaml

$ ocop -C d check
