# ocop check lists every problem of the directory, not only the first:
# several files, several problems in one file, errors and warnings.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "Cơ sở A" --kind facility && ocop -C d product add "Chà bông" --producer co-so-a --category food --date 2025-03-01
> co-so-a
> cha-bong

$ printf 'id: co-so-x\nname: X\nkind: household\ntax_code: 12\nphone: 0912\n' >d/producers/co-so-x.yaml
$ printf 'id: a1\nname: A\nname: B\nproducer: co-so-a\ncategory: food\norigin: existing\n' >d/products/a1.yaml
$ printf 'id: b2\nname: B\norigin: existing\nnotess: x\n' >d/products/b2.yaml
$ printf 'id: c3\nname: C\nproducer: co-so-a\ncategory: fod\norigin: existing\ncycle:\n- {step: 9, date: 2025-01-01}\n' >d/products/c3.yaml
$ printf 'id: d4\nname: D\nproducer: co-so-z\ncategory: food\norigin: existing\n' >d/products/d4.yaml

# Producers, then products, each in id order; the good record says nothing.
$ ocop -C d check
2> ocop: d/producers/co-so-x.yaml:4:11: error: tax_code: '12' is not valid; a tax code has 10 or 13 digits (branches: 0101234567-001)
2> ocop: d/producers/co-so-x.yaml:5:8: error: phone: '0912' is not valid; a phone number has 8 to 15 digits
2> ocop: d/products/a1.yaml:3:1: error: duplicate key 'name' (first at line 2); keep one of the two
2> ocop: d/products/b2.yaml:4:1: warning: unknown key 'notess' in product (kept as it is); did you mean 'notes'?
2> ocop: d/products/b2.yaml:1:1: error: producer: missing (required in every product)
2> ocop: d/products/b2.yaml:1:1: error: category: missing (required in every product)
2> ocop: d/products/c3.yaml:4:11: error: unknown category 'fod'; did you mean 'food'?
2> ocop: d/products/c3.yaml:7:10: error: step: 9 is out of range; expected 1 to 6
2> ocop: d/products/d4.yaml:3:11: error: producer: no producer 'co-so-z'; add it with 'ocop producer add', or correct the id
2> ocop: d: errors: 8, warnings: 1
? 1

# The same run twice prints the same bytes.
$ ocop -C d check 2>a.txt; ocop -C d check 2>b.txt; cmp a.txt b.txt

# -q keeps the problems, drops the summary.
$ ocop -C d -q check 2>&1 | tail -n 1
> ocop: d/products/d4.yaml:3:11: error: producer: no producer 'co-so-z'; add it with 'ocop producer add', or correct the id

# list prints the records it can read, names the ones it cannot, and
# exits 1 so that a script notices.
$ ocop -C d product list --format csv
> id,name,producer,category,step,stars,status
> cha-bong,Chà bông,co-so-a,food,2,,in-progress
> d4,D,co-so-z,food,,,in-progress
2> ocop: d/products/a1.yaml:3:1: error: duplicate key 'name' (first at line 2); keep one of the two
2> ocop: d/products/b2.yaml:4:1: warning: unknown key 'notess' in product (kept as it is); did you mean 'notes'?
2> ocop: d/products/b2.yaml:1:1: error: producer: missing (required in every product)
2> ocop: d/products/b2.yaml:1:1: error: category: missing (required in every product)
2> ocop: d/products/c3.yaml:4:11: error: unknown category 'fod'; did you mean 'food'?
2> ocop: d/products/c3.yaml:7:10: error: step: 9 is out of range; expected 1 to 6
? 1

# A good record can still be shown and changed.
$ ocop -C d product set cha-bong notes=x && ocop -C d product show cha-bong --format json | grep notes
>   "notes": "x",
