# ocop product list: its filters, and the derived step, stars and status.
# Today is 2025-11-20.  The evaluations are written by hand here, so that
# this file tests list and not the commands that record them.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "Cơ sở Mắm Sa Huỳnh" --kind facility && ocop -C d producer add "HTX Nông nghiệp Ba Tơ" --kind cooperative
> co-so-mam-sa-huynh
> htx-nong-nghiep-ba-to

# Certified, 4 stars, until 2027-07-01.
$ ocop -C d product add "Mắm ruốc Sa Huỳnh" --producer co-so-mam-sa-huynh --category food --date 2024-01-10 && printf -- '- {step: 4, date: 2024-03-01}\n- {step: 5, date: 2024-06-01}\nevaluations:\n- {level: ward, date: 2024-06-10, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}\n- {level: province, date: 2024-07-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: 1898/QĐ-UBND, expires: 2027-07-01}\n' >>d/products/mam-ruoc-sa-huynh.yaml
> mam-ruoc-sa-huynh

# 3 stars, ending in 30 days, within the rules' notice: expiring.
$ ocop -C d product add "Cá cơm khô" --producer co-so-mam-sa-huynh --category food --date 2022-01-10 && printf -- '- {step: 4, date: 2022-03-01}\n- {step: 5, date: 2022-06-01}\nevaluations:\n- {level: ward, date: 2022-06-10, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}\n- {level: province, date: 2022-12-20, score: {a: 25, b: 15, c: 20}, stars: 3, decision: 2000/QĐ-UBND, expires: 2025-12-20}\n' >>d/products/ca-com-kho.yaml
> ca-com-kho

# 3 stars that ended on 2025-06-01: expired, no stars in force.
$ ocop -C d product add "Nước mắm cốt" --producer co-so-mam-sa-huynh --category food --date 2022-01-05 && printf -- '- {step: 4, date: 2022-02-01}\n- {step: 5, date: 2022-03-01}\nevaluations:\n- {level: ward, date: 2022-03-10, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}\n- {level: province, date: 2022-06-01, score: {a: 25, b: 15, c: 20}, stars: 3, decision: 1000/QĐ-UBND, expires: 2025-06-01}\n' >>d/products/nuoc-mam-cot.yaml
> nuoc-mam-cot

# A new idea at step 1, and an existing product at step 3.
$ ocop -C d product add "Trà dây Ba Tơ" --producer htx-nong-nghiep-ba-to --category "thảo dược" --origin idea --step 1 --date 2025-10-01 && ocop -C d product add "Mật ong rừng Ba Tơ" --producer htx-nong-nghiep-ba-to --category food --set 4 --step plan --date 2025-09-01
> tra-day-ba-to
> mat-ong-rung-ba-to

$ ocop -C d check

# Everything, in Vietnamese order of the names.
$ ocop -C d product list
> ID                  Name                Producer               Category  Step  Stars  Status
> ca-com-kho          Cá cơm khô          co-so-mam-sa-huynh     food         5      3  expiring
> mam-ruoc-sa-huynh   Mắm ruốc Sa Huỳnh   co-so-mam-sa-huynh     food         5      4  certified
> mat-ong-rung-ba-to  Mật ong rừng Ba Tơ  htx-nong-nghiep-ba-to  food         3         in-progress
> nuoc-mam-cot        Nước mắm cốt        co-so-mam-sa-huynh     food         5         expired
> tra-day-ba-to       Trà dây Ba Tơ       htx-nong-nghiep-ba-to  herbal       1         idea

$ ocop -C d product list --format csv
> id,name,producer,category,step,stars,status
> ca-com-kho,Cá cơm khô,co-so-mam-sa-huynh,food,5,3,expiring
> mam-ruoc-sa-huynh,Mắm ruốc Sa Huỳnh,co-so-mam-sa-huynh,food,5,4,certified
> mat-ong-rung-ba-to,Mật ong rừng Ba Tơ,htx-nong-nghiep-ba-to,food,3,,in-progress
> nuoc-mam-cot,Nước mắm cốt,co-so-mam-sa-huynh,food,5,,expired
> tra-day-ba-to,Trà dây Ba Tơ,htx-nong-nghiep-ba-to,herbal,1,,idea

# --category: slug, number or Vietnamese name.
$ ocop -C d product list --category herbal --format csv
> id,name,producer,category,step,stars,status
> tra-day-ba-to,Trà dây Ba Tơ,htx-nong-nghiep-ba-to,herbal,1,,idea

$ ocop -C d product list --category 3 --format csv | cut -d, -f1
> id
> tra-day-ba-to

$ ocop -C d product list --category "Đồ uống" --format csv
> id,name,producer,category,step,stars,status

$ ocop -C d product list --category "thuc pham" --format csv | cut -d, -f1
> id
> ca-com-kho
> mam-ruoc-sa-huynh
> mat-ong-rung-ba-to
> nuoc-mam-cot

$ ocop -C d product list --category fod
2> ocop: error: --category: unknown category 'fod'; did you mean 'food'?
? 1

# --step: the current step, by number or name.
$ ocop -C d product list --step 5 --format csv | cut -d, -f1
> id
> ca-com-kho
> mam-ruoc-sa-huynh
> nuoc-mam-cot

$ ocop -C d product list --step plan --format csv | cut -d, -f1
> id
> mat-ong-rung-ba-to

$ ocop -C d product list --step 9
2> ocop: error: --step: unknown step '9'; a step is 1–6, or guidance, idea, plan, implement, evaluate, promote
? 1

# --producer.
$ ocop -C d product list --producer htx-nong-nghiep-ba-to --format csv | cut -d, -f1
> id
> mat-ong-rung-ba-to
> tra-day-ba-to

# --status.
$ ocop -C d product list --status certified --format csv | cut -d, -f1
> id
> mam-ruoc-sa-huynh

$ ocop -C d product list --status expiring --format csv | cut -d, -f1
> id
> ca-com-kho

$ ocop -C d product list --status expired --format csv | cut -d, -f1
> id
> nuoc-mam-cot

$ ocop -C d product list --status idea --format csv | cut -d, -f1
> id
> tra-day-ba-to

$ ocop -C d product list --status in-progress --format csv | cut -d, -f1
> id
> mat-ong-rung-ba-to

$ ocop -C d product list --status revoked --format csv
> id,name,producer,category,step,stars,status

$ ocop -C d product list --status certifed
2> ocop: error: --status: unknown status 'certifed'; did you mean 'certified'?
? 1

# --stars: the stars in force; an expired certificate counts as none.
$ ocop -C d product list --stars 4 --format csv | cut -d, -f1
> id
> mam-ruoc-sa-huynh

$ ocop -C d product list --stars 3 --format csv | cut -d, -f1
> id
> ca-com-kho

$ ocop -C d product list --stars 0 --format csv | cut -d, -f1
> id
> mat-ong-rung-ba-to
> nuoc-mam-cot
> tra-day-ba-to

$ ocop -C d product list --stars 6
2> ocop: error: --stars: '6' is not 0 to 5
? 1

# --search: without accents or case, in names and ids.
$ ocop -C d product list --search "MAM" --format csv | cut -d, -f1
> id
> mam-ruoc-sa-huynh
> nuoc-mam-cot

$ ocop -C d product list --search "ba to" --format csv | cut -d, -f1
> id
> mat-ong-rung-ba-to
> tra-day-ba-to

$ ocop -C d product list --search "Cá cơm" --format csv | cut -d, -f1
> id
> ca-com-kho

# Filters combine (and).
$ ocop -C d product list --producer co-so-mam-sa-huynh --step 5 --stars 0 --format csv | cut -d, -f1
> id
> nuoc-mam-cot

$ ocop -C d product list --category food --search "ba to" --status in-progress --format json
> [
>   {
>     "id": "mat-ong-rung-ba-to",
>     "name": "Mật ong rừng Ba Tơ",
>     "producer": "htx-nong-nghiep-ba-to",
>     "category": "food",
>     "step": 3,
>     "stars": null,
>     "status": "in-progress"
>   }
> ]

$ ocop -C d product list --stars 4 --format md
> | ID | Name | Producer | Category | Step | Stars | Status |
> | --- | --- | --- | --- | ---: | ---: | --- |
> | mam-ruoc-sa-huynh | Mắm ruốc Sa Huỳnh | co-so-mam-sa-huynh | food | 5 | 4 | certified |

$ ocop -C d product list --stars 4 -o certified.tsv && cat certified.tsv
> id	name	producer	category	step	stars	status
> mam-ruoc-sa-huynh	Mắm ruốc Sa Huỳnh	co-so-mam-sa-huynh	food	5	4	certified
