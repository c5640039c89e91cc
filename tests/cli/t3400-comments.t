# A write never loses a comment silently: libyaml cannot keep comments, so
# a file that holds one is refused, naming the line, unless --force.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "Cơ sở Chà bông" --kind facility && ocop -C d product add "Chà bông cá ngừ" --producer co-so-cha-bong --category food --date 2025-03-01
> co-so-cha-bong
> cha-bong-ca-ngu

# An officer edits the file by hand and leaves a comment on line 3.
$ sed -i '2a # Giá bán: 120.000đ/hộp, hỏi lại chủ cơ sở' d/products/cha-bong-ca-ngu.yaml && cp d/products/cha-bong-ca-ngu.yaml before.yaml && cat before.yaml
> id: cha-bong-ca-ngu
> name: Chà bông cá ngừ
> # Giá bán: 120.000đ/hộp, hỏi lại chủ cơ sở
> producer: co-so-cha-bong
> category: food
> origin: existing
> cycle:
> - {step: 2, date: 2025-03-01}

# A comment is valid YAML: check accepts it.
$ ocop -C d check

# Reading is fine.
$ ocop -C d product show cha-bong-ca-ngu --format json | grep '"name"'
>   "name": "Chà bông cá ngừ",

# A write is refused, naming the line; the file is unchanged.
$ ocop -C d product set cha-bong-ca-ngu notes="Giá bán 120.000đ/hộp"
2> ocop: d/products/cha-bong-ca-ngu.yaml:3:1: error: the file holds a comment, which rewriting it would lose; move the text into 'notes:', or pass --force to drop it
? 1

$ cmp before.yaml d/products/cha-bong-ca-ngu.yaml

# A dry run says the same.
$ ocop -C d product set cha-bong-ca-ngu notes=x -n
2> ocop: d/products/cha-bong-ca-ngu.yaml:3:1: error: the file holds a comment, which rewriting it would lose; move the text into 'notes:', or pass --force to drop it
? 1

# A comment at the end of a line counts too (the first one is named).
$ sed -i 's/^category: food$/category: food  # ngành 1/' d/products/cha-bong-ca-ngu.yaml && ocop -C d product set cha-bong-ca-ngu set=7
2> ocop: d/products/cha-bong-ca-ngu.yaml:3:1: error: the file holds a comment, which rewriting it would lose; move the text into 'notes:', or pass --force to drop it
? 1

$ sed -i '3d' d/products/cha-bong-ca-ngu.yaml && ocop -C d product set cha-bong-ca-ngu set=7
2> ocop: d/products/cha-bong-ca-ngu.yaml:4:17: error: the file holds a comment, which rewriting it would lose; move the text into 'notes:', or pass --force to drop it
? 1

# --force rewrites the file, canonical, without the comments.
$ ocop -C d product set cha-bong-ca-ngu notes="Giá bán 120.000đ/hộp" --force && cat d/products/cha-bong-ca-ngu.yaml
> id: cha-bong-ca-ngu
> name: Chà bông cá ngừ
> producer: co-so-cha-bong
> category: food
> origin: existing
> cycle:
> - {step: 2, date: 2025-03-01}
> notes: Giá bán 120.000đ/hộp

# The same for producers.
$ printf '# Hộ này đã giải thể?\n' >>d/producers/co-so-cha-bong.yaml && ocop -C d producer set co-so-cha-bong phone=0912345678
2> ocop: d/producers/co-so-cha-bong.yaml:4:1: error: the file holds a comment, which rewriting it would lose; move the text into 'notes:', or pass --force to drop it
? 1

$ ocop -C d producer set co-so-cha-bong phone=0912345678 --force && cat d/producers/co-so-cha-bong.yaml
> id: co-so-cha-bong
> name: Cơ sở Chà bông
> kind: facility
> phone: '0912345678'

$ ocop -C d check
