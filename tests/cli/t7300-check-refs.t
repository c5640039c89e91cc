# ocop check: references between records, duplicates, and named checks.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "Cơ sở A" --kind facility --tax-code 4300123456 && ocop -C d product add "Chà bông" --producer co-so-a --category food --date 2025-03-01
> co-so-a
> cha-bong

# A product naming a producer that does not exist.
$ sed 's/^producer: co-so-a$/producer: co-so-z/' d/products/cha-bong.yaml >d/products/banh-xeo.yaml && sed -i 's/^id: cha-bong$/id: banh-xeo/' d/products/banh-xeo.yaml && ocop -C d check
2> ocop: d/products/banh-xeo.yaml:3:11: error: producer: no producer 'co-so-z'; add it with 'ocop producer add', or correct the id
2> ocop: d: errors: 1, warnings: 0
? 1

# Named checks: refs finds it, files does not look at references.
$ ocop -C d check refs
2> ocop: d/products/banh-xeo.yaml:3:11: error: producer: no producer 'co-so-z'; add it with 'ocop producer add', or correct the id
2> ocop: d: errors: 1, warnings: 0
? 1

$ ocop -C d check records rules

$ ocop -C d check files

$ ocop -C d check recrods
2> ocop: error: unknown check 'recrods'; did you mean 'records'?
? 2

$ ocop -C d check bogus
2> ocop: error: unknown check 'bogus'; the checks are files, records, refs and rules
? 2

$ rm d/products/banh-xeo.yaml && ocop -C d check

# Two producers with one tax code: one producer entered twice.  (Copied by
# hand here.)  The second one, in id order, is named.
$ sed 's/co-so-a/co-so-b/; s/Cơ sở A/Cơ sở B/' d/producers/co-so-a.yaml >d/producers/co-so-b.yaml && ocop -C d check 2>&1 | grep -c "^ocop: d/producers/co-so-b.yaml.*error: tax code 4300123456 is also the tax code of 'co-so-a'; one producer entered twice? keep one and move its products$"
> 1

$ ocop -C d check 2>/dev/null
? 1

$ ocop -C d check records 2>/dev/null

$ ocop -C d check refs 2>/dev/null
? 1

# Different tax codes, or none, are fine.
$ ocop -C d producer set co-so-b tax_code= && ocop -C d check
