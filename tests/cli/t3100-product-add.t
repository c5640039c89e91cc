# ocop product add: categories in every spelling, sets, origin, step, date,
# the producer, and the canonical YAML written.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "Cơ sở Đường phèn Mỹ Hòa" --kind facility
> co-so-duong-phen-my-hoa

# The file: keys in schema order, the cycle entry as one flow mapping on
# one line; no --step means step 2, no --date means today.
$ ocop -C d product add "Đường phèn Mỹ Hòa" --producer co-so-duong-phen-my-hoa --category food
> duong-phen-my-hoa

$ cat d/products/duong-phen-my-hoa.yaml
> id: duong-phen-my-hoa
> name: Đường phèn Mỹ Hòa
> producer: co-so-duong-phen-my-hoa
> category: food
> origin: existing
> cycle:
> - {step: 2, date: 2025-11-20}

# Every option; --date in dd/mm/yyyy is stored as ISO.
$ ocop -C d product add "Mạch nha" --producer co-so-duong-phen-my-hoa --category "Thực phẩm" --set 4 --origin idea --step 1 --date 15/03/2025 --id mach-nha-2025
> mach-nha-2025

$ cat d/products/mach-nha-2025.yaml
> id: mach-nha-2025
> name: Mạch nha
> producer: co-so-duong-phen-my-hoa
> category: food
> set: 4
> origin: idea
> cycle:
> - {step: 1, date: 2025-03-15}

# The category: its number (ngành 1–6), the Vietnamese name with or without
# diacritics, in any case, and the legacy names of 1048/QĐ-TTg.
$ ocop -C d product add "Rượu Bàu Đá" --producer co-so-duong-phen-my-hoa --category 2 --set 14 && grep -E '^(category|set)' d/products/ruou-bau-da.yaml
> ruou-bau-da
> category: beverage
> set: 14

$ ocop -C d product add "Bánh tráng" --producer co-so-duong-phen-my-hoa --category 1 && grep category d/products/banh-trang.yaml
> banh-trang
> category: food

$ ocop -C d product add "Mè xửng" --producer co-so-duong-phen-my-hoa --category "thuc pham" && grep category d/products/me-xung.yaml
> me-xung
> category: food

$ ocop -C d product add "Kẹo gương" --producer co-so-duong-phen-my-hoa --category "THỰC PHẨM" && grep category d/products/keo-guong.yaml
> keo-guong
> category: food

$ ocop -C d product add "Trà xạ đen" --producer co-so-duong-phen-my-hoa --category "Thảo dược" && grep category d/products/tra-xa-den.yaml
> tra-xa-den
> category: herbal

$ ocop -C d product add "Tinh dầu quế" --producer co-so-duong-phen-my-hoa --category "duoc lieu" && grep category d/products/tinh-dau-que.yaml
> tinh-dau-que
> category: herbal

$ ocop -C d product add "Chiếu cói" --producer co-so-duong-phen-my-hoa --category "Thủ công mỹ nghệ" && grep category d/products/chieu-coi.yaml
> chieu-coi
> category: handicraft

$ ocop -C d product add "Lan rừng" --producer co-so-duong-phen-my-hoa --category "sinh vật cảnh" && grep category d/products/lan-rung.yaml
> lan-rung
> category: ornamental

$ ocop -C d product add "Homestay Lý Sơn" --producer co-so-duong-phen-my-hoa --category 6 && grep category d/products/homestay-ly-son.yaml
> homestay-ly-son
> category: tourism

# Wrong categories: the nearest word, or the list.
$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category fod
2> ocop: error: unknown category 'fod'; did you mean 'food'?
? 1

$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category 7
2> ocop: error: unknown category '7'; expected one of: food, beverage, herbal, handicraft, ornamental, tourism
? 1

# A product set must belong to the category (set 14 is white spirit, a
# beverage); a set is 1–26.  Nothing is written.
$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food --set 14 2>&1 | grep -c "product set 14 (Rượu trắng) belongs to category 'beverage', not 'food'"
> 1

$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food --set 14 2>/dev/null
? 1

$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food --set 27
2> ocop: error: set: 27 is out of range; expected 1 to 26
? 1

$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food --set abc
2> ocop: error: set: 'abc' is not a whole number; expected 1 to 26
? 1

# --origin and --step: a new idea enters at step 1 or 2, an existing
# product at step 2 or later; steps by number, English or Vietnamese name.
$ ocop -C d product add "Ý tưởng mới" --producer co-so-duong-phen-my-hoa --category food --origin idea && grep -E '^origin|step' d/products/y-tuong-moi.yaml
> y-tuong-moi
> origin: idea
> - {step: 2, date: 2025-11-20}

$ ocop -C d product add "Nước mắm" --producer co-so-duong-phen-my-hoa --category food --step promote && grep step d/products/nuoc-mam.yaml
2> ocop: error: cycle: step 6 (promote) is for a product with a recognition in force; 'nuoc-mam' holds none on 2025-11-20: record the council's recognition first (ocop rate council)
? 1

$ ocop -C d product add "Nước mắm" --producer co-so-duong-phen-my-hoa --category food --step "xúc tiến" && grep step d/products/nuoc-mam-2.yaml
2> ocop: error: cycle: step 6 (promote) is for a product with a recognition in force; 'nuoc-mam' holds none on 2025-11-20: record the council's recognition first (ocop rate council)
? 1

$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food --origin idea --step 3
2> ocop: error: cycle: a new idea enters the cycle at step 1 or 2, not 3 (plan)
? 1

$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food --origin existing --step 1
2> ocop: error: cycle: an existing product enters the cycle at step 2 or later
? 1

$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food --step 9
2> ocop: error: --step: unknown step '9'; a step is 1–6, or guidance, idea, plan, implement, evaluate, promote
? 1

$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food --origin ide
2> ocop: error: unknown origin 'ide'; did you mean 'idea'?
? 1

# --date: ISO or dd/mm/yyyy, a real day, not in the future (today is 2025-11-20).
$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food --date 21/11/2025
2> ocop: error: --date: 2025-11-21 is in the future
? 1

$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food --date 2026-01-01
2> ocop: error: --date: 2026-01-01 is in the future
? 1

$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food --date 31/02/2025
2> ocop: error: --date: '31/02/2025' is not a date; write it as YYYY-MM-DD or dd/mm/yyyy
? 1

$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food --date 2025/02/01
2> ocop: error: --date: '2025/02/01' is not a date; write it as YYYY-MM-DD or dd/mm/yyyy
? 1

# Today itself, and a leap day, are fine.
$ ocop -C d product add "Bánh in" --producer co-so-duong-phen-my-hoa --category food --date 20/11/2025 && grep date d/products/banh-in.yaml
> banh-in
> - {step: 2, date: 2025-11-20}

$ ocop -C d product add "Bánh ít" --producer co-so-duong-phen-my-hoa --category food --date 29/02/2024 && grep date d/products/banh-it.yaml
> banh-it
> - {step: 2, date: 2024-02-29}

# The producer must exist: the nearest id is suggested.
$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-ho --category food
2> ocop: error: no producer 'co-so-duong-phen-my-ho'; did you mean 'co-so-duong-phen-my-hoa'?
? 1

$ ocop -C d product add "Bánh" --producer ../producers/x --category food
2> ocop: error: '../producers/x' is not a valid producer id (lower-case letters, digits and '-')
? 1

# Required options are usage errors.
$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: --category is required

$ ocop -C d product add "Bánh" --category food 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: --producer is required

# None of the refused commands wrote a file; -n writes none either.
$ ocop -C d product add "Bánh" --producer co-so-duong-phen-my-hoa --category food -n
> banh
2> ocop: dry run: would write d/products/banh.yaml:
2> id: banh
2> name: Bánh
2> producer: co-so-duong-phen-my-hoa
2> category: food
2> origin: existing
2> cycle:
2> - {step: 2, date: 2025-11-20}

$ ls d/products
> banh-in.yaml
> banh-it.yaml
> banh-trang.yaml
> chieu-coi.yaml
> duong-phen-my-hoa.yaml
> homestay-ly-son.yaml
> keo-guong.yaml
> lan-rung.yaml
> mach-nha-2025.yaml
> me-xung.yaml
> ruou-bau-da.yaml
> tinh-dau-que.yaml
> tra-xa-den.yaml
> y-tuong-moi.yaml

$ ocop -C d check
