# ocop producer rm: refused while a product names the producer, unless --force.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "Cơ sở Mắm Sa Huỳnh" --kind facility && ocop -C d producer add "Hộ Trống" --kind household
> co-so-mam-sa-huynh
> ho-trong

$ ocop -C d product add "Mắm ruốc" --producer co-so-mam-sa-huynh --category food && ocop -C d product add "Mắm nêm" --producer co-so-mam-sa-huynh --category food
> mam-ruoc
> mam-nem

# Refused, naming the products (in id order); nothing is removed.
$ ocop -C d producer rm co-so-mam-sa-huynh
2> ocop: error: producer 'co-so-mam-sa-huynh' still has products: mam-nem, mam-ruoc; remove or move them first, or pass --force
? 1

$ ls d/producers
> co-so-mam-sa-huynh.yaml
> ho-trong.yaml

# A dry run is refused the same way.
$ ocop -C d producer rm co-so-mam-sa-huynh -n
2> ocop: error: producer 'co-so-mam-sa-huynh' still has products: mam-nem, mam-ruoc; remove or move them first, or pass --force
? 1

# An unknown id: the nearest one.
$ ocop -C d producer rm co-so-mam-sa-huyn
2> ocop: error: no producer 'co-so-mam-sa-huyn'; did you mean 'co-so-mam-sa-huynh'?
? 1

$ ocop -C d producer rm x
2> ocop: error: no producer 'x'
? 1

# A producer with no products goes silently; -n first says what would go.
$ ocop -C d producer rm ho-trong -n
2> ocop: dry run: would remove d/producers/ho-trong.yaml

$ ocop -C d producer rm ho-trong && ls d/producers
> co-so-mam-sa-huynh.yaml

$ ocop -C d producer rm ho-trong
2> ocop: error: no producer 'ho-trong'
? 1

# Once its products have moved to another producer, it can go.
$ ocop -C d producer add "HTX Sa Huỳnh" --kind cooperative && ocop -C d product set mam-nem producer=htx-sa-huynh
> htx-sa-huynh

$ ocop -C d producer rm co-so-mam-sa-huynh
2> ocop: error: producer 'co-so-mam-sa-huynh' still has products: mam-ruoc; remove or move them first, or pass --force
? 1

# --force removes it anyway; check then names the product left without one.
$ ocop -C d producer rm co-so-mam-sa-huynh --force && ls d/producers
> htx-sa-huynh.yaml

$ ocop -C d check
2> ocop: d/products/mam-ruoc.yaml:3:11: error: producer: no producer 'co-so-mam-sa-huynh'; add it with 'ocop producer add', or correct the id
2> ocop: d: errors: 1, warnings: 0
? 1
