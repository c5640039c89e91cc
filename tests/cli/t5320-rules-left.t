# The rules issue 15 left: a stored members list checked against its
# score; ...

$ ocop init d --ward "Nghĩa Lộ" --province "Quảng Ngãi"
2>*
$ ocop -C d producer add "Hợp tác xã Chè Suối Giàng" --kind cooperative
> hop-tac-xa-che-suoi-giang

# ocop check holds a hand-edited members list to its score: the score is
# the members' average, each part rounded half up to two decimals, as
# rate council computes it; no member's part passes its maximum.
$ ocop -C d product add "Chè xanh" --producer hop-tac-xa-che-suoi-giang --category food --step evaluate --date 2025-05-01 --id che
> che
$ ocop -C d rate ward che --date 2025-06-01
$ ocop -C d rate council che --member 30,20,20 --member 30,19.99,20 --date 2025-06-10 --decision 13/QĐ-UBND
$ ocop -C d check
$ sed -i 's/score: {a: 30, b: 20, c: 20}/score: {a: 30, b: 19.99, c: 20}/; s/stars: 4/stars: 3/' d/products/che.yaml
$ ocop -C d check
2> ocop: d/products/che.yaml:10:67: error: evaluations: score {a: 30, b: 19.99, c: 20} is not the average of its 2 members, {a: 30, b: 20, c: 20} (each part rounded half up to two decimals); write score: {a: 30, b: 20, c: 20}, or correct the members' scores
2> ocop: d: errors: 1, warnings: 0
? 1
$ sed -i 's/{a: 30, b: 19.99, c: 20}, members/{a: 30, b: 23, c: 20}, members/; s/{a: 30, b: 19.99, c: 20}]/{a: 30, b: 26, c: 20}]/; s/stars: 3/stars: 4/' d/products/che.yaml
$ tail -n 1 d/products/che.yaml
> - {level: province, date: 2025-06-10, basis: '148/QĐ-TTg', score: {a: 30, b: 23, c: 20}, members: [{a: 30, b: 20, c: 20}, {a: 30, b: 26, c: 20}], stars: 4, decision: '13/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2028-06-10}
$ ocop -C d check
2> ocop: d/products/che.yaml:10:123: error: evaluations: member 2: part B is 26, over its maximum of 25 under 148/QĐ-TTg
2> ocop: d: errors: 1, warnings: 0
? 1
$ sed -i 's/score: {a: 30, b: 23, c: 20}, //' d/products/che.yaml
$ ocop -C d check
2> ocop: d/products/che.yaml:10:93: error: evaluations: member 2: part B is 26, over its maximum of 25 under 148/QĐ-TTg
2> ocop: d/products/che.yaml:10:69: error: evaluations: members without the score they average to, {a: 30, b: 23, c: 20}; add score: {a: 30, b: 23, c: 20}
2> ocop: d: errors: 2, warnings: 0
? 1

# One window: a product's status is "expiring" within the rules' 30-day
# notice, the default window of report expiring, and the summary says so.
# Decided 2022-12-20 and 2022-12-21, the certificates end on 2025-12-20
# (30 days from today) and 2025-12-21 (31 days).
$ ocop -C d product add "Mắm ruốc" --producer hop-tac-xa-che-suoi-giang --category food --step evaluate --date 2022-06-01 --id mam
> mam
$ ocop -C d rate council mam --score 25,15,15 --date 2022-12-20 --decision 20/QĐ-UBND
$ ocop -C d product add "Cá cơm" --producer hop-tac-xa-che-suoi-giang --category food --step evaluate --date 2022-06-01 --id ca
> ca
$ ocop -C d rate council ca --score 25,15,15 --date 2022-12-21 --decision 21/QĐ-UBND
$ ocop -C d product list --format csv | cut -d, -f1,7 | grep -e '^mam,' -e '^ca,'
> ca,certified
> mam,expiring
$ ocop -C d report expiring --format csv | cut -d, -f1,8,9
> id,days_left,status
> mam,30,expiring
$ ocop -C d report summary --table totals --format csv | grep expiring
> expiring,1
$ ocop -C d report summary --table totals --lang en | grep 'ending within'
> of which ending within 30 days         1
$ ocop -C d report summary --table totals --lang vi | grep 'sắp hết hạn'
> Trong đó sắp hết hạn (30 ngày)         1
