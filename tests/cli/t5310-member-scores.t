# The council members' scores: each part averaged over the members,
# rounded half up to two decimals; the average is what the bands judge,
# and the members' scores are kept on the evaluation.
$ ocop init d
2>*
$ ocop -C d producer add "Hợp tác xã Chè Suối Giàng" --kind cooperative
> hop-tac-xa-che-suoi-giang
$ ocop -C d product add "Chè Shan tuyết" --producer hop-tac-xa-che-suoi-giang --category beverage --step evaluate --date 2025-05-01 --id che
> che
$ ocop -C d rate ward che --date 2025-06-01

# A file: a comment, a blank line, names or none, ';' or ','.
$ printf '# Hội đồng ngày 10/6/2025\nNguyễn Văn An, 30, 18, 25\n\n31,19.5,26\n  Lê Thị Bình;29;18.25;24  \n' >scores.csv
$ ocop -C d rate council che --member-scores scores.csv --date 2025-06-10 --decision 12/QĐ-UBND
$ tail -n 1 d/products/che.yaml
> - {level: province, date: 2025-06-10, basis: '148/QĐ-TTg', score: {a: 30, b: 18.58, c: 25}, members: [{name: Nguyễn Văn An, a: 30, b: 18, c: 25}, {a: 31, b: 19.5, c: 26}, {name: Lê Thị Bình, a: 29, b: 18.25, c: 24}], stars: 4, decision: '12/QĐ-UBND', expires: 2028-06-10}
$ ocop -C d check

# Repeated --member: 69.995 rounds half up to 70.00, the 4-star band's
# floor, so the average earns 4 stars (54.99 + 15.01 would be 3 without
# the rounding of each part).  One member is allowed.
$ ocop -C d product add "Chè xanh" --producer hop-tac-xa-che-suoi-giang --category beverage --step evaluate --date 2025-05-01 --id che-xanh
> che-xanh
$ ocop -C d rate ward che-xanh --date 2025-06-01
$ ocop -C d rate council che-xanh --member 30,20,20 --member 30,19.99,20 --date 2025-06-10 --decision 13/QĐ-UBND
$ tail -n 1 d/products/che-xanh.yaml
> - {level: province, date: 2025-06-10, basis: '148/QĐ-TTg', score: {a: 30, b: 20, c: 20}, members: [{a: 30, b: 20, c: 20}, {a: 30, b: 19.99, c: 20}], stars: 4, decision: '13/QĐ-UBND', expires: 2028-06-10}
$ ocop -C d rate council che-xanh --member "Trần Văn Cường,20,15,10" --date 2025-06-11 -n 2>&1 | tail -n 1
> - {level: province, date: 2025-06-11, basis: '148/QĐ-TTg', score: {a: 20, b: 15, c: 10}, members: [{name: Trần Văn Cường, a: 20, b: 15, c: 10}], stars: 2}

# Refusals: --score with members' scores; a part over its maximum for one
# member (though the average is under it); a line that is not A,B,C; a
# file without a score; a missing file.  Nothing is written.
$ ocop -C d rate council che-xanh --score 30,20,20 --member-scores scores.csv --date 2025-06-12
2>*
? 2
$ ocop -C d rate council che-xanh --score 30,20,20 --member 30,20,20 --date 2025-06-12
2>*
? 2
$ ocop -C d rate council che-xanh --member 30,20,20 --member 30,41,20 --date 2025-06-12 --decision 14/QĐ-UBND
2> ocop: error: member 2: part B is 41, over its maximum of 25 under 148/QĐ-TTg
? 1
$ printf 'An,30,20,20\n30,20\n' >bad.csv
$ ocop -C d rate council che-xanh --member-scores bad.csv --date 2025-06-12
2> ocop: bad.csv:2: error: '30,20' is not A,B,C or NAME,A,B,C
? 1
$ printf 'An,30,20,x\n' >bad.csv
$ ocop -C d rate council che-xanh --member-scores bad.csv --date 2025-06-12
2> ocop: bad.csv:1: error: part C: 'x' is not a number with at most two decimals
? 1
$ printf '# none yet\n\n' >empty.csv
$ ocop -C d rate council che-xanh --member-scores empty.csv --date 2025-06-12
2> ocop: empty.csv: error: no member's score in the file
? 1
$ ocop -C d rate council che-xanh --member-scores none.csv --date 2025-06-12
2>*
? 3
$ grep -c 'level: province' d/products/che-xanh.yaml
> 1
