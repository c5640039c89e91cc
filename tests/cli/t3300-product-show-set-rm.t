# ocop product show, set and rm.

$ ocop init d 2>/dev/null
$ ocop -C d producer add "HTX Nông nghiệp Ba Tơ" --kind cooperative && ocop -C d producer add "Cơ sở Mật ong" --kind facility
> htx-nong-nghiep-ba-to
> co-so-mat-ong

$ ocop -C d product add "Mật ong rừng Ba Tơ" --producer htx-nong-nghiep-ba-to --category food --set 4 --step plan --date 01/09/2025
> mat-ong-rung-ba-to

# show: the stored keys, then the derived ones.
$ ocop -C d product show mat-ong-rung-ba-to
> id:           mat-ong-rung-ba-to
> name:         Mật ong rừng Ba Tơ
> producer:     htx-nong-nghiep-ba-to
> category:     food
> set:          4
> origin:       existing
> cycle:
>   - step: 3, date: 2025-09-01
> current_step: 3 plan (Nhận phương án/dự án sản xuất kinh doanh)
> status:       in-progress

# JSON carries the derived fields beside the stored ones.
$ ocop -C d product show mat-ong-rung-ba-to --format json
> {
>   "id": "mat-ong-rung-ba-to",
>   "name": "Mật ong rừng Ba Tơ",
>   "producer": "htx-nong-nghiep-ba-to",
>   "category": "food",
>   "set": 4,
>   "origin": "existing",
>   "cycle": [
>     {
>       "step": 3,
>       "date": "2025-09-01"
>     }
>   ],
>   "current_step": 3,
>   "current_stars": null,
>   "status": "in-progress",
>   "certificate_expires": null,
>   "recognition_outcome": null
> }

# A new idea still at step 2 has the status idea.
$ ocop -C d product add "Trà dây" --producer htx-nong-nghiep-ba-to --category herbal --origin idea && ocop -C d product show tra-day --format json | grep -E '"(current_step|status)"'
> tra-day
>   "current_step": 2,
>   "status": "idea",

$ ocop -C d product show mat-ong-rung
2> ocop: error: no product 'mat-ong-rung'; did you mean 'mat-ong-rung-ba-to'?
? 1

# An officer types the name: it is found in the ids.
$ ocop -C d product show "Mật ong rừng Ba Tơ"
2> ocop: error: 'Mật ong rừng Ba Tơ' is not a valid product id (lower-case letters, digits and '-'); did you mean 'mat-ong-rung-ba-to'?
? 1

$ ocop -C d product show --format json 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: give one ID

# set: several keys; a Vietnamese category, readiness.* keys, yes/no in
# Vietnamese, a GTIN-13 barcode with its check digit.
$ ocop -C d product set mat-ong-rung-ba-to category="thực phẩm" notes="Mật ong: hoa cà phê" readiness.trademark="Mật ong Ba Tơ" readiness.barcode=8934567890120 readiness.traceability=có readiness.food_safety=không
$ cat d/products/mat-ong-rung-ba-to.yaml
> id: mat-ong-rung-ba-to
> name: Mật ong rừng Ba Tơ
> producer: htx-nong-nghiep-ba-to
> category: food
> set: 4
> origin: existing
> cycle:
> - {step: 3, date: 2025-09-01}
> readiness:
>   barcode: '8934567890120'
>   traceability: true
>   food_safety: false
>   trademark: Mật ong Ba Tơ
> notes: 'Mật ong: hoa cà phê'

# Category and set change together; KEY= removes; another producer.
$ ocop -C d product set mat-ong-rung-ba-to category=herbal set=18 producer=co-so-mat-ong readiness.food_safety= notes=
$ cat d/products/mat-ong-rung-ba-to.yaml
> id: mat-ong-rung-ba-to
> name: Mật ong rừng Ba Tơ
> producer: co-so-mat-ong
> category: herbal
> set: 18
> origin: existing
> cycle:
> - {step: 3, date: 2025-09-01}
> readiness:
>   barcode: '8934567890120'
>   traceability: true
>   trademark: Mật ong Ba Tơ

# Emptying readiness removes the key.
$ ocop -C d product set mat-ong-rung-ba-to set= readiness.barcode= readiness.traceability= readiness.trademark= && cat d/products/mat-ong-rung-ba-to.yaml
> id: mat-ong-rung-ba-to
> name: Mật ong rừng Ba Tơ
> producer: co-so-mat-ong
> category: herbal
> origin: existing
> cycle:
> - {step: 3, date: 2025-09-01}

# What is refused leaves the file as it was.
$ cp d/products/mat-ong-rung-ba-to.yaml before.yaml

# A set that does not belong to the category.  (The values come from the
# command line, so the message has no line in the file.)
$ ocop -C d product set mat-ong-rung-ba-to set=14
2> ocop: error: set: product set 14 (Rượu trắng) belongs to category 'beverage', not 'herbal'; change the category or the set
? 1

# A producer that does not exist.
$ ocop -C d product set mat-ong-rung-ba-to producer=nobody
2> ocop: error: producer: no producer 'nobody'; add it with 'ocop producer add', or correct the id
? 1

# An existing product past step 2 cannot become a new idea.
$ ocop -C d product set mat-ong-rung-ba-to origin=idea
2> ocop: d/products/mat-ong-rung-ba-to.yaml:7:3: error: cycle: a new idea enters the cycle at step 1 or 2, not 3 (plan)
? 1

$ ocop -C d product set mat-ong-rung-ba-to origin=
2> ocop: error: origin is required; it cannot be removed
? 1

$ ocop -C d product set mat-ong-rung-ba-to categry=food
2> ocop: error: 'categry' is not a key that set can change; did you mean 'category'?
? 1

$ ocop -C d product set mat-ong-rung-ba-to readiness.trademar=x
2> ocop: error: 'readiness.trademar' is not a key that set can change; did you mean 'readiness.trademark'?
? 1

# The cycle moves with 'ocop cycle', not with set.
$ ocop -C d product set mat-ong-rung-ba-to cycle=4
2> ocop: error: 'cycle' is not a key that set can change; keys: name, producer, category, set, origin, readiness.barcode, readiness.traceability, readiness.quality_declaration, readiness.food_safety, readiness.trademark, notes
? 1

$ ocop -C d product set mat-ong-rung-ba-to readiness.barcode=8934567890123
2> ocop: error: barcode: '8934567890123' is not valid; the barcode's check digit is wrong
? 1

$ ocop -C d product set mat-ong-rung-ba-to readiness.food_safety=maybe
2> ocop: error: food_safety: 'maybe' is not true or false
? 1

$ ocop -C d product set mat-ong-rung-ba-to category=fod
2> ocop: error: unknown category 'fod'; did you mean 'food'?
? 1

$ cmp before.yaml d/products/mat-ong-rung-ba-to.yaml

# -n shows and writes nothing.
$ ocop -C d product set mat-ong-rung-ba-to name="Mật ong Ba Tơ" -n
2> ocop: dry run: would write d/products/mat-ong-rung-ba-to.yaml:
2> id: mat-ong-rung-ba-to
2> name: Mật ong Ba Tơ
2> producer: co-so-mat-ong
2> category: herbal
2> origin: existing
2> cycle:
2> - {step: 3, date: 2025-09-01}

$ cmp before.yaml d/products/mat-ong-rung-ba-to.yaml

# rm: -n says what would go; then it goes, silently.
$ ocop -C d product rm tra-day -n
2> ocop: dry run: would remove d/products/tra-day.yaml

$ ocop -C d product rm tra-day && ls d/products
> mat-ong-rung-ba-to.yaml

$ ocop -C d product rm tra-day
2> ocop: error: no product 'tra-day'
? 1

$ ocop -C d product rm mat-ong
2> ocop: error: no product 'mat-ong'; did you mean 'mat-ong-rung-ba-to'?
? 1

# The producer can go once its last product has.
$ ocop -C d product rm mat-ong-rung-ba-to && ocop -C d producer rm co-so-mat-ong && ls d/products d/producers
> d/producers:
> htx-nong-nghiep-ba-to.yaml
>
> d/products:

$ ocop -C d check
