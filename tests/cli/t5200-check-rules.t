# ocop check on product files written by hand: the cycle's and the
# ratings' rules, each problem at the line and column of its list entry.

$ ocop init d --ward "Nghĩa Lộ" --province "Quảng Ngãi"
2> ocop: made an empty data directory in d

$ printf '%s\n' 'id: ho-a' 'name: Hộ A' 'kind: household' > d/producers/ho-a.yaml

# Steps out of order: an idea skipping a step, going back, a date going back.
$ printf '%s\n' 'id: mat-ong' 'name: Mật ong' 'producer: ho-a' 'category: food' 'origin: idea' 'cycle:' '- {step: 2, date: 2025-03-01}' '- {step: 4, date: 2025-04-01}' '- {step: 3, date: 2025-05-01}' '- {step: 4, date: 2025-04-20}' > d/products/mat-ong.yaml

$ ocop -C d check
2> ocop: d/products/mat-ong.yaml:8:3: error: cycle: a new idea passes the steps one at a time: after step 2 (idea) comes 3 (plan), not 4
2> ocop: d/products/mat-ong.yaml:9:3: error: cycle: steps do not go back from 4 (implement) to 3 (plan)
2> ocop: d/products/mat-ong.yaml:10:3: error: cycle: dates never go back: 2025-04-20 is before the previous step's 2025-05-01
2> ocop: d: errors: 3, warnings: 0
? 1

# An idea entering at step 5; an existing product going back to 5 unrecognised.
$ printf '%s\n' 'id: mat-ong' 'name: Mật ong' 'producer: ho-a' 'category: food' 'origin: idea' 'cycle:' '  - {step: 5, date: 2025-03-01}' > d/products/mat-ong.yaml

$ printf '%s\n' 'id: ruou' 'name: Rượu' 'producer: ho-a' 'category: beverage' 'origin: existing' 'cycle:' '- step: 6' '  date: 2025-03-01' '- step: 5' '  date: 2025-10-01' > d/products/ruou.yaml

$ ocop -C d check
2> ocop: d/products/mat-ong.yaml:7:5: error: cycle: a new idea enters the cycle at step 1 or 2, not 5 (evaluate)
2> ocop: d: errors: 1, warnings: 0
? 1

$ rm d/products/mat-ong.yaml d/products/ruou.yaml

# The ratings: stars that disagree with the score, a part over its maximum,
# an expiry that is not the decision + 36 months, or none.
$ printf '%s\n' 'id: nuoc-mam' 'name: Nước mắm' 'producer: ho-a' 'category: food' 'origin: existing' 'cycle:' '- {step: 5, date: 2024-03-01}' 'evaluations:' '- {level: province, date: 2024-10-01, score: {a: 30, b: 18, c: 25}, stars: 3, decision: 1/QĐ-UBND, expires: 2027-10-01}' '- {level: province, date: 2024-10-02, score: {a: 30, b: 18, c: 36}, stars: 4, decision: 2/QĐ-UBND, expires: 2027-10-02}' '- {level: province, date: 2024-10-03, score: {a: 30, b: 18, c: 25}, stars: 4, decision: 3/QĐ-UBND, expires: 2027-10-01}' '- {level: province, date: 2024-10-04, score: {a: 30, b: 18, c: 25}, stars: 4, decision: 4/QĐ-UBND}' > d/products/nuoc-mam.yaml

$ ocop -C d check
2> ocop: d/products/nuoc-mam.yaml:9:3: error: evaluations: 3 stars do not match the score 73, which gives 4
2> ocop: d/products/nuoc-mam.yaml:9:3: error: evaluations: under 148/QĐ-TTg, 3 stars are recognised by the district level, not the province; give --level district
2> ocop: d/products/nuoc-mam.yaml:10:3: error: evaluations: part C is 36, over its maximum of 35 under 148/QĐ-TTg
2> ocop: d/products/nuoc-mam.yaml:11:3: error: evaluations: expires 2027-10-01, but a certificate runs 36 months from its decision of 2024-10-03, to 2027-10-03
2> ocop: d/products/nuoc-mam.yaml:12:3: error: evaluations: expires missing; the certificate runs to 2027-10-04
2> ocop: d: errors: 5, warnings: 0
? 1

# The same rules in block style: the entry's line is its first key's.
$ printf '%s\n' 'id: nuoc-mam' 'name: Nước mắm' 'producer: ho-a' 'category: food' 'origin: existing' 'cycle:' '  - step: 5' '    date: 2022-03-01' 'evaluations:' '  - level: province' '    date: 2022-10-01' '    score: {a: 36, b: 18, c: 25}' '    stars: 4' '    decision: 1/QĐ-UBND' '    expires: 2025-10-01' '  - level: province' '    date: 2024-10-01' '    score: {a: 30, b: 20, c: 19.99}' '    stars: 4' '    decision: 2/QĐ-UBND' '    expires: 2027-10-01' > d/products/nuoc-mam.yaml

$ ocop -C d check rules
2> ocop: d/products/nuoc-mam.yaml:10:5: error: evaluations: part A is 36, over its maximum of 35 under 1048/QĐ-TTg
2> ocop: d/products/nuoc-mam.yaml:16:5: error: evaluations: 4 stars do not match the score 69.99, which gives 3
2> ocop: d: errors: 2, warnings: 0
? 1

# Who recognises, and the ward first under 1489/QĐ-TTg.
$ printf '%s\n' 'id: nuoc-mam' 'name: Nước mắm' 'producer: ho-a' 'category: food' 'origin: existing' 'cycle:' '- {step: 5, date: 2024-03-01}' 'evaluations:' '- {level: province, date: 2024-10-01, score: {a: 36, b: 25, c: 30}, stars: 5, decision: 1/QĐ-UBND, expires: 2027-10-01}' '- {level: central, date: 2024-11-01, score: {a: 30, b: 18, c: 10}, stars: 3, decision: 2/QĐ-BNN, expires: 2027-11-01}' '- {level: province, date: 2025-10-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: 3/QĐ-UBND, expires: 2028-10-01}' '- {level: province, date: 2025-11-01, score: {a: 20, b: 10, c: 10}, stars: 2, decision: 4/QĐ-UBND}' > d/products/nuoc-mam.yaml

$ ocop -C d check
2> ocop: d/products/nuoc-mam.yaml:9:3: error: evaluations: 5 stars are recognised by the ministry (level central), not the province
2> ocop: d/products/nuoc-mam.yaml:10:3: error: evaluations: the ministry recognises 5 stars; 3 stars are recognised by the province
2> ocop: d/products/nuoc-mam.yaml:11:3: error: evaluations: under 1489/QĐ-TTg the council scores only a product whose ward assessment passed all four criteria (none was recorded)
2> ocop: d/products/nuoc-mam.yaml:12:3: error: evaluations: under 1489/QĐ-TTg the council scores only a product whose ward assessment passed all four criteria (none was recorded)
2> ocop: d/products/nuoc-mam.yaml:12:3: error: evaluations: a 2-star rating is not recognised: only 3 to 5 stars are certified
2> ocop: d: errors: 5, warnings: 0
? 1

# The checks of records and references alone do not judge the rules.
$ ocop -C d check records refs

# A recognition from an old register: a partial date, its expiry as precise.
$ printf '%s\n' 'id: nuoc-mam' 'name: Nước mắm' 'producer: ho-a' 'category: food' 'origin: existing' 'cycle:' '- {step: 6, date: 2025-03-01}' 'evaluations:' '- {level: province, date: 2021, stars: 3, decision: 12/QĐ-UBND, expires: 2024}' '- {level: province, date: 2025-06, stars: 4, decision: 13/QĐ-UBND, expires: 2028-07}' > d/products/nuoc-mam.yaml

$ ocop -C d check
2> ocop: d/products/nuoc-mam.yaml:7:3: error: cycle: step 6 (promote) is for a product with a recognition in force; 'nuoc-mam' holds none on 2025-03-01: record the council's recognition first (ocop rate council)
2> ocop: d/products/nuoc-mam.yaml:10:3: error: evaluations: expires 2028-07, but a certificate runs 36 months from its decision of 2025-06, to 2028-06
2> ocop: d: errors: 2, warnings: 0
? 1

# The file that passes: the done-when product as the commands write it.
$ printf '%s\n' 'id: nuoc-mam' 'name: Nước mắm' 'producer: ho-a' 'category: food' 'origin: idea' 'cycle:' '- {step: 2, date: 2025-03-01}' '- {step: 3, date: 2025-04-01}' '- {step: 4, date: 2025-05-15}' '- {step: 5, date: 2025-08-01}' '- {step: 6, date: 2025-10-15}' '- {step: 5, date: 2025-11-10}' 'evaluations:' '- {level: ward, date: 2025-08-20, report: 12/BC-UBND, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}' '- {level: province, date: 2025-10-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: 1898/QĐ-UBND, expires: 2028-10-01}' > d/products/nuoc-mam.yaml

$ ocop -C d check

$ ocop -C d product list --format csv
> id,name,producer,category,step,stars,status
> nuoc-mam,Nước mắm,ho-a,food,5,4,certified
