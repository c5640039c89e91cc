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
$ ocop -C d rate ward che --date 2025-08-01
$ ocop -C d rate council che --member 30,20,20 --member 30,19.99,20 --date 2025-08-10 --decision 13/QĐ-UBND
$ ocop -C d check
$ sed -i 's/score: {a: 30, b: 20, c: 20}/score: {a: 30, b: 19.99, c: 20}/; s/stars: 4/stars: 3/' d/products/che.yaml
$ ocop -C d check
2> ocop: d/products/che.yaml:10:67: error: evaluations: score {a: 30, b: 19.99, c: 20} is not the average of its 2 members, {a: 30, b: 20, c: 20} (each part rounded half up to two decimals); write score: {a: 30, b: 20, c: 20}, or correct the members' scores
2> ocop: d: errors: 1, warnings: 0
? 1
$ sed -i 's/{a: 30, b: 19.99, c: 20}, members/{a: 30, b: 23, c: 20}, members/; s/{a: 30, b: 19.99, c: 20}]/{a: 30, b: 26, c: 20}]/; s/stars: 3/stars: 4/' d/products/che.yaml
$ tail -n 1 d/products/che.yaml
> - {level: province, date: 2025-08-10, basis: '148/QĐ-TTg', score: {a: 30, b: 23, c: 20}, members: [{a: 30, b: 20, c: 20}, {a: 30, b: 26, c: 20}], stars: 4, decision: '13/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2028-08-10}
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

# From 2023-02-24 to 2025-07-05 the district recognised 3 stars and the
# province 4 (148/QĐ-TTg): a province's 3 stars of those days are refused,
# naming the district; on the day before, under 1048, they are not.
$ ocop -C d product add "Bánh tráng" --producer hop-tac-xa-che-suoi-giang --category food --step evaluate --date 2022-06-01 --id banh
> banh
$ ocop -C d rate council banh --score 25,15,15 --date 2024-06-01 --decision 30/QĐ-UBND
2> ocop: error: evaluations: under 148/QĐ-TTg, 3 stars are recognised by the district level, not the province; give --level district
? 1
$ ocop -C d rate council banh --score 25,15,15 --date 2023-02-24 --decision 30/QĐ-UBND
2> ocop: error: evaluations: under 148/QĐ-TTg, 3 stars are recognised by the district level, not the province; give --level district
? 1
$ ocop -C d rate council banh --score 25,15,15 --date 2023-02-23 --decision 30/QĐ-UBND -n 2>&1 | tail -n 1
> - {level: province, date: 2023-02-23, basis: '1048/QĐ-TTg', score: {a: 25, b: 15, c: 15}, stars: 3, decision: '30/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2026-02-23}
$ ocop -C d rate council banh --score 25,15,15 --date 2024-06-01 --decision 30/QĐ-UBND --level district --authority "UBND thành phố Quảng Ngãi"
$ ocop -C d rate council banh --score 30,18,25 --date 2024-09-01 --decision 31/QĐ-UBND
$ tail -n 2 d/products/banh.yaml
> - {level: district, date: 2024-06-01, basis: '148/QĐ-TTg', score: {a: 25, b: 15, c: 15}, stars: 3, decision: '30/QĐ-UBND', authority: UBND thành phố Quảng Ngãi, expires: 2027-06-01}
> - {level: province, date: 2024-09-01, basis: '148/QĐ-TTg', score: {a: 30, b: 18, c: 25}, stars: 4, decision: '31/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2027-09-01}

# A register of those years that lists a 3-star product under "tỉnh":
# kept as the district's, with a warning; without a level column, the
# district's with none.  A year that spans two processes keeps the
# province ("2023" may be January, under 1048).
$ printf 'TT,Tên sản phẩm,Chủ thể,Hạng sao,Ngày công nhận,Số quyết định,Cấp\n1,Nem chua,Hộ kinh doanh Nem Sa,3,10/05/2024,40/QĐ-UBND,tỉnh\n2,Chả cá,Hộ kinh doanh Chả Sa,3,2023,,tỉnh\n' >reg.csv
$ ocop -C d import products reg.csv --kind household --category food
2> ocop: reg.csv:2:7: warning: Cấp: 3 stars recognised under 148/QĐ-TTg were the district's, not the province's: kept as level district
>*
$ grep -h 'level:' d/products/nem-chua.yaml d/products/cha-ca.yaml | cut -d, -f1-3
> - {level: district, date: 2024-05-10, basis: '148/QĐ-TTg'
> - {level: province, date: 2023, stars: 3
$ rm d/products/che.yaml && ocop -C d check

# A repeated --score is the members' scores, as --member is; one --score
# is the council's, as before; repeated, it is refused beside --member.
$ ocop -C d product add "Chè búp" --producer hop-tac-xa-che-suoi-giang --category food --step evaluate --date 2025-08-01 --id che-bup
> che-bup
$ ocop -C d rate ward che-bup --date 2025-08-02
$ ocop -C d rate council che-bup --score 30,20,20 --date 2025-08-10 --decision 50/QĐ-UBND -n 2>&1 | tail -n 1
> - {level: province, date: 2025-08-10, basis: '148/QĐ-TTg', score: {a: 30, b: 20, c: 20}, stars: 4, decision: '50/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2028-08-10}
$ ocop -C d rate council che-bup --score 30,20,20 --score 30,19.99,20 --date 2025-08-10 --decision 50/QĐ-UBND
$ tail -n 1 d/products/che-bup.yaml
> - {level: province, date: 2025-08-10, basis: '148/QĐ-TTg', score: {a: 30, b: 20, c: 20}, members: [{a: 30, b: 20, c: 20}, {a: 30, b: 19.99, c: 20}], stars: 4, decision: '50/QĐ-UBND', authority: UBND tỉnh Quảng Ngãi, expires: 2028-08-10}
$ ocop -C d rate council che-bup --score 30,20,20 --score 30,20,x --date 2025-08-11
2> ocop: --score:1: error: part C: 'x' is not a number with at most two decimals
? 1
$ ocop -C d rate council che-bup --score 30,20,20 --score 30,20,20 --member 30,20,20 --date 2025-08-11
2>*
? 2
