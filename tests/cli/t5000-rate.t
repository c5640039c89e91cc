# ocop rate ward|council|revoke: the ward's assessment, the council's
# score and the recognition, recognitions from old registers, revocation;
# and the lists that follow from them.

$ ocop init d --ward "Nghĩa Lộ" --province "Quảng Ngãi"
2> ocop: made an empty data directory in d

$ ocop -C d producer add "Công ty TNHH XNK Yến sào Cù Lao Ré" --kind enterprise
> cong-ty-tnhh-xnk-yen-sao-cu-lao-re

# Four products already on sale, at step 5 since March.
$ ocop -C d product add "Mật ong rừng" --producer cong-ty-tnhh-xnk-yen-sao-cu-lao-re --category food --step 5 --date 2025-03-01 --id mat-ong
> mat-ong

$ ocop -C d product add "Nước mắm" --producer cong-ty-tnhh-xnk-yen-sao-cu-lao-re --category food --step 5 --date 2025-03-01 --id nuoc-mam
> nuoc-mam

$ ocop -C d product add "Yến sào" --producer cong-ty-tnhh-xnk-yen-sao-cu-lao-re --category food --step 5 --date 2025-03-01 --id yen-sao
> yen-sao

$ ocop -C d product add "Trà thảo mộc" --producer cong-ty-tnhh-xnk-yen-sao-cu-lao-re --category herbal --step 5 --date 2025-03-01 --id tra
> tra

# The ward's assessment: all four criteria pass unless --fail names one.
$ ocop -C d rate ward mat-ong --date 2025-08-20 --report 12/BC-UBND --note "Họp ngày 20/8"

$ tail -n 2 d/products/mat-ong.yaml
> evaluations:
> - {level: ward, date: 2025-08-20, report: '12/BC-UBND', criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}, note: Họp ngày 20/8}

$ ocop -C d rate ward tra --date 20/08/2025 --fail local_labour --fail idea_origin

$ tail -n 1 d/products/tra.yaml
> - {level: ward, date: 2025-08-20, criteria: {local_origin: pass, local_labour: fail, idea_origin: fail, local_identity: pass}}

# A failed assessment does not count: the council cannot score it.
$ ocop -C d rate council tra --score 30,18,25 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: evaluations: under 1489/QĐ-TTg the council scores only a product whose ward assessment passed all four criteria
? 1

# A new assessment that passes them all does.
$ ocop -C d rate ward tra --date 2025-09-15

$ ocop -C d rate council tra --score 30,18,25 --date 2025-10-01 --decision 1898/QĐ-UBND

$ tail -n 1 d/products/tra.yaml
> - {level: province, date: 2025-10-01, basis: '148/QĐ-TTg', score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1898/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2028-10-01}

# Decimal scores: 69.9 is 3 stars …
$ ocop -C d rate council mat-ong --score 29.9,20,20 --date 2025-10-01 --decision 1898/QĐ-UBND

$ tail -n 1 d/products/mat-ong.yaml
> - {level: province, date: 2025-10-01, basis: '148/QĐ-TTg', score: {a: 29.9, b: 20, c: 20}, stars: 3, decision: '1898/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2028-10-01}

# … and 70.0 is 4; stars given by hand that agree are accepted.
$ ocop -C d rate ward nuoc-mam --date 2025-08-21

$ ocop -C d rate council nuoc-mam --score 30.0,20,20.00 --stars 4 --date 01/10/2025 --decision 1898/QĐ-UBND --note "Đợt 1/2025"

$ tail -n 1 d/products/nuoc-mam.yaml
> - {level: province, date: 2025-10-01, basis: '148/QĐ-TTg', score: {a: 30, b: 20, c: 20}, stars: 4, decision: '1898/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2028-10-01, note: Đợt 1/2025}

# 5 stars are the ministry's: 36 + 25 + 30 = 91 under 148/QĐ-TTg.
$ ocop -C d rate ward yen-sao --date 2025-08-22

$ ocop -C d rate council yen-sao --score 36,25,30 --level central --date 2025-11-05 --decision 2150/QĐ-BNNMT

$ tail -n 1 d/products/yen-sao.yaml
> - {level: central, date: 2025-11-05, basis: '148/QĐ-TTg', score: {a: 36, b: 25, c: 30}, stars: 5, decision: '2150/QĐ-BNNMT', authority: Bộ Nông nghiệp và Môi trường, expires: 2028-11-05}

$ ocop -C d product show yen-sao
> id:                  yen-sao
> name:                Yến sào
> producer:            cong-ty-tnhh-xnk-yen-sao-cu-lao-re
> category:            food
> origin:              existing
> cycle:
>   - step: 5, date: 2025-03-01
> evaluations:
>   - level: ward, date: 2025-08-22, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}
>   - level: central, date: 2025-11-05, basis: 148/QĐ-TTg, score: {a: 36, b: 25, c: 30}, stars: 5, decision: 2150/QĐ-BNNMT, authority: Bộ Nông nghiệp và Môi trường, expires: 2028-11-05
> current_step:        5 evaluate (Đánh giá và phân hạng sản phẩm)
> current_stars:       5
> status:              certified
> certificate_expires: 2028-11-05
> recognition_outcome: new

# A recognition copied from an old register: stars and a decision, no
# score, a date known only to the year; its expiry is as precise.
$ ocop -C d product add "Bánh tráng" --producer cong-ty-tnhh-xnk-yen-sao-cu-lao-re --category food --step evaluate --date 2025-03-01 --id banh-trang
> banh-trang

$ ocop -C d rate council banh-trang --stars 3 --date 2025 --decision 3981/QĐ-UBND --authority "UBND huyện Mộ Đức"

$ tail -n 1 d/products/banh-trang.yaml
> - {level: province, date: 2025, basis: '148/QĐ-TTg', stars: 3, decision: '3981/QĐ-UBND', authority: UBND huyện Mộ Đức, expires: 2028}

$ ocop -C d product show banh-trang --format json
> {
>   "id": "banh-trang",
>   "name": "Bánh tráng",
>   "producer": "cong-ty-tnhh-xnk-yen-sao-cu-lao-re",
>   "category": "food",
>   "origin": "existing",
>   "cycle": [
>     {
>       "step": 5,
>       "date": "2025-03-01"
>     }
>   ],
>   "evaluations": [
>     {
>       "level": "province",
>       "date": "2025",
>       "basis": "148/QĐ-TTg",
>       "stars": 3,
>       "decision": "3981/QĐ-UBND",
>       "authority": "UBND huyện Mộ Đức",
>       "expires": "2028"
>     }
>   ],
>   "current_step": 5,
>   "current_stars": 3,
>   "status": "certified",
>   "certificate_expires": "2028",
>   "recognition_outcome": "new"
> }

# … or to the month.
$ ocop -C d product add "Bánh xèo" --producer cong-ty-tnhh-xnk-yen-sao-cu-lao-re --category food --step 5 --date 2023-01-05 --id banh-xeo
> banh-xeo

$ ocop -C d rate council banh-xeo --stars 4 --date 2023-06 --decision 58/QĐ-UBND

$ tail -n 1 d/products/banh-xeo.yaml
> - {level: province, date: 2023-06, basis: '148/QĐ-TTg', stars: 4, decision: '58/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2026-06}

# A dry run shows the record and writes nothing.
$ cp d/products/nuoc-mam.yaml before.yaml

$ ocop -C d rate ward nuoc-mam --date 2025-11-01 -n
2>*

$ cmp before.yaml d/products/nuoc-mam.yaml

$ ocop -C d check

# What the lists make of them.
$ ocop -C d product list --format csv
> id,name,producer,category,step,stars,status
> banh-trang,Bánh tráng,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,3,certified
> banh-xeo,Bánh xèo,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,4,certified
> mat-ong,Mật ong rừng,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,3,certified
> nuoc-mam,Nước mắm,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,4,certified
> tra,Trà thảo mộc,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,herbal,5,4,certified
> yen-sao,Yến sào,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,5,certified

$ ocop -C d product list --stars 4 --format csv
> id,name,producer,category,step,stars,status
> banh-xeo,Bánh xèo,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,4,certified
> nuoc-mam,Nước mắm,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,4,certified
> tra,Trà thảo mộc,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,herbal,5,4,certified

$ ocop -C d product list --stars 5
> ID       Name     Producer                            Category  Step  Stars  Status
> yen-sao  Yến sào  cong-ty-tnhh-xnk-yen-sao-cu-lao-re  food         5      5  certified

$ ocop -C d product list --step 6 --format csv
> id,name,producer,category,step,stars,status

# Revocation ends the certificate; the product is listed as revoked.
$ ocop -C d rate revoke nuoc-mam --date 2025-11-15 --decision 4120/QĐ-UBND

$ tail -n 1 d/products/nuoc-mam.yaml
> - {level: province, date: 2025-10-01, basis: '148/QĐ-TTg', score: {a: 30, b: 20, c: 20}, stars: 4, decision: '1898/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2028-10-01, revoked: 2025-11-15, revoke_decision: '4120/QĐ-UBND', note: Đợt 1/2025}

$ ocop -C d product list --format csv --producer cong-ty-tnhh-xnk-yen-sao-cu-lao-re --search nuoc
> id,name,producer,category,step,stars,status
> nuoc-mam,Nước mắm,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,,revoked

$ ocop -C d product list --status revoked --format csv
> id,name,producer,category,step,stars,status
> nuoc-mam,Nước mắm,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,,revoked

$ ocop -C d product list --stars 4 --format csv
> id,name,producer,category,step,stars,status
> banh-xeo,Bánh xèo,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,4,certified
> tra,Trà thảo mộc,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,herbal,5,4,certified

$ ocop -C d product list --status certified --format csv
> id,name,producer,category,step,stars,status
> banh-trang,Bánh tráng,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,3,certified
> banh-xeo,Bánh xèo,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,4,certified
> mat-ong,Mật ong rừng,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,3,certified
> tra,Trà thảo mộc,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,herbal,5,4,certified
> yen-sao,Yến sào,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,5,certified

$ ocop -C d product list --step 5 --format csv
> id,name,producer,category,step,stars,status
> banh-trang,Bánh tráng,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,3,certified
> banh-xeo,Bánh xèo,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,4,certified
> mat-ong,Mật ong rừng,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,3,certified
> nuoc-mam,Nước mắm,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,,revoked
> tra,Trà thảo mộc,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,herbal,5,4,certified
> yen-sao,Yến sào,cong-ty-tnhh-xnk-yen-sao-cu-lao-re,food,5,5,certified

# A revoked product may return to step 5 and be evaluated again.
$ ocop -C d cycle advance nuoc-mam --date 2025-11-16
2> ocop: error: cycle: step 6 (promote) is for a product with a recognition in force; 'nuoc-mam' holds none on 2025-11-16: record the council's recognition first (ocop rate council)
? 1

$ ocop -C d cycle advance nuoc-mam --date 2025-11-17
2> ocop: error: cycle: step 6 (promote) is for a product with a recognition in force; 'nuoc-mam' holds none on 2025-11-17: record the council's recognition first (ocop rate council)
? 1

$ ocop -C d cycle show nuoc-mam --format csv
> step,name,date,rejected,note
> 5,evaluate (Đánh giá và phân hạng sản phẩm),2025-03-01,false,

$ ocop -C d check
