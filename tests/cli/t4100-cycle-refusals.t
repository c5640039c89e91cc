# ocop cycle: the moves the state machine refuses.  Each is refused with a
# plain message and exit 1, and the file is left as it was.

$ ocop init d --ward "Nghĩa Lộ" --province "Quảng Ngãi"
2> ocop: made an empty data directory in d

$ ocop -C d producer add "Hộ kinh doanh Trần Văn An" --kind household
> ho-kinh-doanh-tran-van-an

$ ocop -C d product add "Mật ong rừng" --producer ho-kinh-doanh-tran-van-an --category food --origin idea --date 2025-03-01 --id mat-ong
> mat-ong

$ cp d/products/mat-ong.yaml before.yaml

# A new idea passes the steps one at a time: 2 → 5 is refused.
$ ocop -C d cycle advance mat-ong --to 5 --date 2025-04-01
2> ocop: error: cycle: a new idea passes the steps one at a time: after step 2 (idea) comes 3 (plan), not 5
? 1

$ ocop -C d cycle advance mat-ong --to implement --date 2025-04-01
2> ocop: error: cycle: a new idea passes the steps one at a time: after step 2 (idea) comes 3 (plan), not 4
? 1

$ cmp before.yaml d/products/mat-ong.yaml

# A dry run is refused the same way.
$ ocop -C d cycle advance mat-ong --to 5 --date 2025-04-01 -n
2> ocop: error: cycle: a new idea passes the steps one at a time: after step 2 (idea) comes 3 (plan), not 5
? 1

# Dates never go back.
$ ocop -C d cycle advance mat-ong --date 2025-02-28
2> ocop: error: cycle: dates never go back: 2025-02-28 is before the previous step's 2025-03-01
? 1

$ ocop -C d cycle advance mat-ong --date 28/02/2025
2> ocop: error: cycle: dates never go back: 2025-02-28 is before the previous step's 2025-03-01
? 1

$ cmp before.yaml d/products/mat-ong.yaml

# The same day is not going back.
$ ocop -C d cycle advance mat-ong --date 2025-03-01

$ cp d/products/mat-ong.yaml before.yaml

# Steps do not go back, nor stay.
$ ocop -C d cycle advance mat-ong --to 2 --date 2025-04-01
2> ocop: error: cycle: steps do not go back from 3 (plan) to 2 (idea)
? 1

$ ocop -C d cycle advance mat-ong --to plan --date 2025-04-01
2> ocop: error: cycle: the product is already at step 3 (plan)
? 1

$ cmp before.yaml d/products/mat-ong.yaml

# Step 6 (promote) is for a product with a recognition in force: an idea
# scored at step 5 but not recognised stays there.
$ ocop -C d cycle advance mat-ong --date 2025-04-01

$ ocop -C d cycle advance mat-ong --date 2025-05-01

$ cp d/products/mat-ong.yaml before.yaml

$ ocop -C d cycle advance mat-ong --date 2025-06-01
2> ocop: error: cycle: step 6 (promote) is for a product with a recognition in force; 'mat-ong' holds none on 2025-06-01: record the council's recognition first (ocop rate council)
? 1

$ ocop -C d cycle advance mat-ong --to promote --date 2025-07-01
2> ocop: error: cycle: step 6 (promote) is for a product with a recognition in force; 'mat-ong' holds none on 2025-07-01: record the council's recognition first (ocop rate council)
? 1

$ ocop -C d cycle advance mat-ong --to 4 --date 2025-07-01
2> ocop: error: cycle: steps do not go back from 5 (evaluate) to 4 (implement)
? 1

$ cmp before.yaml d/products/mat-ong.yaml

# A product that reached step 6 without a recognition (written before
# ocop asked for one) is not stuck: it returns to step 5, or, an idea
# never recognised, is rejected.
$ printf '%s\n' 'id: keo' 'name: Kẹo' 'producer: ho-kinh-doanh-tran-van-an' 'category: food' 'origin: idea' 'cycle:' '- {step: 2, date: 2025-02-01}' '- {step: 3, date: 2025-03-01}' '- {step: 4, date: 2025-04-01}' '- {step: 5, date: 2025-05-01}' '- {step: 6, date: 2025-06-01}' > d/products/keo.yaml

$ ocop -C d check
2> ocop: d/products/keo.yaml:11:3: error: cycle: step 6 (promote) is for a product with a recognition in force; 'keo' holds none on 2025-06-01: record the council's recognition first (ocop rate council)
2> ocop: d: errors: 1, warnings: 0
? 1

$ ocop -C d cycle advance keo --date 2025-07-01 -n 2>&1 | tail -n 1
> - {step: 5, date: 2025-07-01}

$ ocop -C d cycle reject keo --date 2025-07-01 -n 2>&1 | tail -n 1
> - {step: 2, date: 2025-07-01, rejected: true}

$ rm d/products/keo.yaml

# Where a product enters: an idea at step 1 or 2, an existing product at 2 or later.
$ ocop -C d product add "Ý tưởng trà" --producer ho-kinh-doanh-tran-van-an --category beverage --origin idea --step 3 --date 2025-03-01
2> ocop: error: cycle: a new idea enters the cycle at step 1 or 2, not 3 (plan)
? 1

$ ocop -C d product add "Rượu" --producer ho-kinh-doanh-tran-van-an --category beverage --step 1 --date 2025-03-01
2> ocop: error: cycle: an existing product enters the cycle at step 2 or later
? 1

$ ls d/products
> mat-ong.yaml

# A rejected idea registers again the next year, not in the same one.
$ ocop -C d product add "Trà hoa vàng" --producer ho-kinh-doanh-tran-van-an --category beverage --origin idea --step guidance --date 2025-02-01 --id tra
> tra

$ ocop -C d cycle reject tra --date 2025-03-01
2> ocop: error: cycle: only an idea at steps 2–5 can be rejected (it is at step 1)
? 1

$ ocop -C d cycle advance tra --date 2025-03-01

$ ocop -C d cycle reject tra --date 2025-04-01

$ cp d/products/tra.yaml before.yaml

$ ocop -C d cycle advance tra --date 2025-10-01
2> ocop: error: cycle: a rejected idea registers again the next year, from 2026-01-01
? 1

$ ocop -C d cycle reject tra --date 2025-10-01
2> ocop: error: cycle: a rejected idea registers again the next year, from 2026-01-01
? 1

$ ocop -C d cycle advance tra --date 2025-03-15
2> ocop: error: cycle: dates never go back: 2025-03-15 is before the previous step's 2025-04-01
? 1

$ cmp before.yaml d/products/tra.yaml

# What is typed wrong is refused before anything is judged.
$ ocop -C d cycle advance mat-ong --to evaluat --date 2025-07-01
2> ocop: error: --to: unknown step 'evaluat'; did you mean 'evaluate'?
? 1

$ ocop -C d cycle advance mat-ong --to 7 --date 2025-07-01
2> ocop: error: --to: unknown step '7'; a step is 1–6, or guidance, idea, plan, implement, evaluate, promote
? 1

$ ocop -C d cycle advance mat-ong --date 31/02/2025
2> ocop: error: --date: '31/02/2025' is not a date; write it as YYYY-MM-DD or dd/mm/yyyy
? 1

$ ocop -C d cycle advance mat-ong --date 2025-11-21
2> ocop: error: --date: 2025-11-21 is in the future
? 1

$ ocop -C d cycle advance khong-co --date 2025-07-01
2> ocop: error: no product 'khong-co'
? 1

$ ocop -C d cycle reject tra --to 3
2>*
? 2

$ cmp before.yaml d/products/tra.yaml

# None of the refusals above left anything behind.
$ ls -A d/products
> mat-ong.yaml
> tra.yaml

$ ocop -C d check
