# ocop check: the keys and values of a record.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "Cơ sở A" --kind facility && ocop -C d product add "Chà bông" --producer co-so-a --category food --date 2025-03-01
> co-so-a
> cha-bong

$ cp d/products/cha-bong.yaml good.yaml

# An unknown key is a warning only (exit 0), with the nearest key.
$ printf 'id: cha-bong\nname: A\nproducer: co-so-a\ncategory: food\norigin: existing\nnotess: x\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:6:1: warning: unknown key 'notess' in product (kept as it is); did you mean 'notes'?
2> ocop: d: errors: 0, warnings: 1

# Nested keys too.
$ printf 'id: cha-bong\nname: A\nproducer: co-so-a\ncategory: food\norigin: existing\ncycle:\n- {step: 2, date: 2025-01-01, nte: x}\nreadiness:\n  barcod: 1\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:7:31: warning: unknown key 'nte' in cycle (kept as it is); did you mean 'note'?
2> ocop: d/products/cha-bong.yaml:9:3: warning: unknown key 'barcod' in readiness (kept as it is); did you mean 'barcode'?
2> ocop: d: errors: 0, warnings: 2

# Past a record's first 100 unknown keys, one line counts the rest, at
# the first of them.
$ awk 'BEGIN { printf "id: cha-bong\nname: A\nproducer: co-so-a\ncategory: food\norigin: existing\n"; for (i = 0; i < 102; i++) printf "k%03d: %d\n", i, i }' >d/products/cha-bong.yaml && ocop -C d check 2>&1 | tail -3
> ocop: d/products/cha-bong.yaml:105:1: warning: unknown key 'k099' in product (kept as it is)
> ocop: d/products/cha-bong.yaml:106:1: warning: unknown keys from here on, not listed: 2 more (kept as they are)
> ocop: d: errors: 0, warnings: 101

# -q: no warnings and no summary.
$ ocop -C d -q check

# Unknown keys are kept, in place, when the file is rewritten.
$ printf 'id: cha-bong\nname: A\ncolour: red\nproducer: co-so-a\ncategory: food\norigin: existing\nreadiness:\n  shelf_life: 12\n  trademark: T\n' >d/products/cha-bong.yaml && ocop -C d product set cha-bong notes=x 2>/dev/null && cat d/products/cha-bong.yaml
> id: cha-bong
> name: A
> colour: red
> producer: co-so-a
> category: food
> origin: existing
> readiness:
>   shelf_life: 12
>   trademark: T
> notes: x

# Missing required keys: every one is named.
$ printf 'id: cha-bong\nname: A\norigin: existing\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:1:1: error: producer: missing (required in every product)
2> ocop: d/products/cha-bong.yaml:1:1: error: category: missing (required in every product)
2> ocop: d: errors: 2, warnings: 0
? 1

$ printf 'id: co-so-a\nname: Cơ sở A\n' >d/producers/co-so-a.yaml && ocop -C d check records
2> ocop: d/producers/co-so-a.yaml:1:1: error: kind: missing (required in every producer)
2> ocop: d/products/cha-bong.yaml:1:1: error: producer: missing (required in every product)
2> ocop: d/products/cha-bong.yaml:1:1: error: category: missing (required in every product)
2> ocop: d: errors: 3, warnings: 0
? 1

$ printf 'id: co-so-a\nname: Cơ sở A\nkind: facility\n' >d/producers/co-so-a.yaml

# The id inside is not the file's name (a copied file keeps its old id).
$ sed 's/^id: cha-bong$/id: cha-bong-2/' good.yaml >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:1:5: error: id: 'cha-bong-2' is not the file's name; rename the file to cha-bong-2.yaml, or set the id to 'cha-bong'
2> ocop: d: errors: 1, warnings: 0
? 1

# Values: a misspelt category, a step out of range, an impossible date.
$ printf 'id: cha-bong\nname: C\nproducer: co-so-a\ncategory: fod\norigin: existing\ncycle:\n- {step: 9, date: 2025-13-01}\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:4:11: error: unknown category 'fod'; did you mean 'food'?
2> ocop: d/products/cha-bong.yaml:7:10: error: step: 9 is out of range; expected 1 to 6
2> ocop: d/products/cha-bong.yaml:7:19: error: date: '2025-13-01' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)
2> ocop: d: errors: 3, warnings: 0
? 1

$ printf 'id: cha-bong\nname: [A, B]\nproducer: co-so-a\ncategory: food\norigin: existing\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:2:7: error: name: expected a single value
2> ocop: d: errors: 1, warnings: 0
? 1

# Dates in the cycle never go back.
$ printf 'id: cha-bong\nname: A\nproducer: co-so-a\ncategory: food\norigin: existing\ncycle:\n- {step: 2, date: 2025-01-01}\n- {step: 3, date: 2024-01-01}\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:8:3: error: cycle: dates never go back: 2024-01-01 is before the previous step's 2025-01-01
2> ocop: d: errors: 1, warnings: 0
? 1

# A set that belongs to another category.
$ printf 'id: cha-bong\nname: A\nproducer: co-so-a\ncategory: food\nset: 14\norigin: existing\n' >d/products/cha-bong.yaml && ocop -C d check
2> ocop: d/products/cha-bong.yaml:5:6: error: set: product set 14 (Rượu trắng) belongs to category 'beverage', not 'food'; change the category or the set
2> ocop: d: errors: 1, warnings: 0
? 1

# A producer's tax code written as a number, and a short phone number.
$ cp good.yaml d/products/cha-bong.yaml && printf 'id: co-so-a\nname: Cơ sở A\nkind: facility\ntax_code: 12\nphone: 0912\n' >d/producers/co-so-a.yaml && ocop -C d check
2> ocop: d/producers/co-so-a.yaml:4:11: error: tax_code: '12' is not valid; a tax code has 10 or 13 digits (branches: 0101234567-001)
2> ocop: d/producers/co-so-a.yaml:5:8: error: phone: '0912' is not valid; a phone number has 8 to 15 digits
2> ocop: d: errors: 2, warnings: 0
? 1

# A broken record cannot be changed by set until it is put right.
$ ocop -C d producer set co-so-a notes=x 2>&1 | head -n 1
> ocop: d/producers/co-so-a.yaml:4:11: error: tax_code: '12' is not valid; a tax code has 10 or 13 digits (branches: 0101234567-001)
