# The rules' gaps of issue 15: a certificate in force through its expiry
# day; each decision only between its dates; the district level of
# 148/QĐ-TTg; a ward assessment a round; step 6 only with a recognition;
# stock known only as in force as of a year.

$ ocop init d --ward "Nghĩa Lộ" --province "Quảng Ngãi"
2>*

$ ocop -C d producer add "Hợp tác xã Nông nghiệp Nghĩa Lộ" --kind cooperative
> hop-tac-xa-nong-nghiep-nghia-lo

$ ocop -C d product add "Mật ong" --producer hop-tac-xa-nong-nghiep-nghia-lo --category food --step 4 --date 2024-01-02 --id mat-ong
> mat-ong

# An existing product cannot go from step 4 to step 6 without a recognition.
$ ocop -C d cycle advance mat-ong --to promote --date 2024-03-01
2> ocop: error: cycle: step 6 (promote) is for a product with a recognition in force; 'mat-ong' holds none on 2024-03-01: record the council's recognition first (ocop rate council)
? 1

$ ocop -C d cycle advance mat-ong --date 2024-03-01

# 1048/QĐ-TTg ended on 2023-02-23: a 2024 score under it is refused.
$ ocop -C d rate council mat-ong --score 30,18,25 --basis 1048 --date 2024-06-01 --decision 12/QĐ-UBND
2> ocop: error: evaluations: 1048/QĐ-TTg was in force until 2023-02-23; from 2023-02-24 scores are under 148/QĐ-TTg; leave --basis out, or give --basis 148/QĐ-TTg
? 1

# The district recognised 3 stars from 2023-02-24 to 2025-07-05.
$ ocop -C d rate council mat-ong --score 25,15,15 --level district --date 2024-06-01 --decision 12/QĐ-UBND --authority "UBND thành phố Quảng Ngãi"

$ tail -n 1 d/products/mat-ong.yaml
> - {level: district, date: 2024-06-01, basis: '148/QĐ-TTg', score: {a: 25, b: 15, c: 15}, stars: 3, decision: '12/QĐ-UBND', authority: UBND thành phố Quảng Ngãi, expires: 2027-06-01}

# In force through its expiry day, ended from the next.
$ OCOP_TODAY=2027-06-01 ocop -C d product list --format csv | cut -d, -f1,7
> id,status
> mat-ong,expiring

$ OCOP_TODAY=2027-06-02 ocop -C d product list --format csv | cut -d, -f1,7
> id,status
> mat-ong,expired

# Now step 6 is open to it.
$ ocop -C d cycle advance mat-ong --date 2024-07-01

# Outside its span the district is refused.
$ ocop -C d product add "Nước mắm" --producer hop-tac-xa-nong-nghiep-nghia-lo --category food --step 5 --date 2025-07-01 --id nuoc-mam
> nuoc-mam

$ ocop -C d rate ward nuoc-mam --date 2025-07-20

$ ocop -C d rate council nuoc-mam --score 25,15,15 --level district --date 2025-08-01 --decision 13/QĐ-UBND
2> ocop: error: evaluations: the district level evaluated and recognised OCOP products only from 2023-02-24 to 2025-07-05; on 2025-08-01 it no longer did (1489/QĐ-TTg); give --level province (3–4 stars) or central (5 stars)
? 1

# A ward assessment counts for the evaluation it precedes.
$ ocop -C d rate council nuoc-mam --score 25,15,15 --date 2025-08-01 --decision 13/QĐ-UBND

$ ocop -C d product show nuoc-mam --format json | jq -r .recognition_outcome
> new

$ ocop -C d cycle advance nuoc-mam --date 2025-08-02

$ ocop -C d cycle advance nuoc-mam --to evaluate --date 2025-09-01

$ ocop -C d rate council nuoc-mam --score 30,18,25 --date 2025-10-01 --decision 20/QĐ-UBND
2> ocop: error: evaluations: under 1489/QĐ-TTg the council scores only a product whose ward assessment passed all four criteria (none was recorded for this evaluation); an assessment counts for the evaluation it precedes: the last one counted for the evaluation of 2025-08-01; a renewal or an upgrade needs a new 'ocop rate ward'
? 1

$ ocop -C d rate ward nuoc-mam --date 2025-10-02

$ ocop -C d rate council nuoc-mam --score 30,18,25 --date 2025-10-03 --decision 20/QĐ-UBND

$ ocop -C d product show nuoc-mam --format json | jq -r .recognition_outcome
> upgraded

# A year-only recognition ends after the last day of its year.
$ printf '%s\n' 'id: yen' 'name: Yến' 'producer: hop-tac-xa-nong-nghiep-nghia-lo' 'category: food' 'origin: existing' 'cycle:' '- {step: 5, date: 2025}' 'evaluations:' '- {level: province, date: 2025, stars: 3, decision: 1/QĐ-UBND, expires: 2028}' > d/products/yen.yaml

$ OCOP_TODAY=2028-01-01 ocop -C d product list --format csv | grep '^yen,' | cut -d, -f1,7
> yen,certified

$ OCOP_TODAY=2029-01-01 ocop -C d product list --format csv | grep '^yen,' | cut -d, -f1,7
> yen,expired

# Stock known only as in force as of 2025: counted in force, never new,
# its decision and expiry listed as data to find.
$ printf '%s\n' 'id: keo' 'name: Kẹo' 'producer: hop-tac-xa-nong-nghiep-nghia-lo' 'category: food' 'origin: existing' 'cycle:' '- {step: 5, date: 2025}' 'evaluations:' '- {level: province, as_of: 2025, stars: 3}' > d/products/keo.yaml

$ ocop -C d check
2> ocop: d/products/keo.yaml:9:3: warning: evaluations: in force as of 2025; its decision and expiry are still to find
2> ocop: d: errors: 0, warnings: 1

$ ocop -C d product show keo --format json | jq -r '.status + " " + .recognition_outcome'
> certified stock

$ ocop -C d report targets --year 2025 --format json | jq -r '.new_products[].product'
> Nước mắm
> Yến
2> ocop: warning: ocop.yaml has no targets for 2025; the report shows the year alone

$ printf '%s\n' 'id: keo2' 'name: Kẹo 2' 'producer: hop-tac-xa-nong-nghiep-nghia-lo' 'category: food' 'origin: existing' 'evaluations:' '- {level: province, as_of: 2025, date: 2025, stars: 3}' > d/products/keo2.yaml

$ ocop -C d check
2> ocop: d/products/keo.yaml:9:3: warning: evaluations: in force as of 2025; its decision and expiry are still to find
2> ocop: d/products/keo2.yaml:7:3: error: evaluations: as_of stands in place of a date: give one or the other
2> ocop: d/products/keo2.yaml:7:3: warning: evaluations: in force as of 2025; its decision and expiry are still to find
2> ocop: d: errors: 1, warnings: 2
? 1

$ rm d/products/keo2.yaml

# report expiring: the window is the rules' notice, 30 days, unless --within.
$ OCOP_TODAY=2027-05-10 ocop -C d report expiring --format csv | cut -d, -f1,8
> id,days_left
> mat-ong,22

$ OCOP_TODAY=2027-05-10 ocop -C d report expiring --within 30 --format csv | cut -d, -f1,8
> id,days_left
> mat-ong,22

$ OCOP_TODAY=2027-05-01 ocop -C d report expiring --format csv | cut -d, -f1,8
> id,days_left

$ OCOP_TODAY=2027-05-01 ocop -C d report expiring --within 40 --format csv | cut -d, -f1,8
> id,days_left
> mat-ong,31
