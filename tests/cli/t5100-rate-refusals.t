# ocop rate: what is refused.  Each refusal has a plain message and exit 1,
# and the file is left as it was.

$ ocop init d --ward "Nghĩa Lộ" --province "Quảng Ngãi"
2> ocop: made an empty data directory in d

$ ocop -C d producer add "Hộ kinh doanh Lê Thị Hoa" --kind household
> ho-kinh-doanh-le-thi-hoa

$ ocop -C d product add "Mạch nha" --producer ho-kinh-doanh-le-thi-hoa --category food --step 5 --date 2025-03-01 --id mach-nha
> mach-nha

$ cp d/products/mach-nha.yaml before.yaml

# Under 1489/QĐ-TTg (from 2025-07-06) the ward assesses before the council scores.
$ ocop -C d rate council mach-nha --score 30,18,25 --date 2025-07-06 --decision 1898/QĐ-UBND
2> ocop: error: evaluations: under 1489/QĐ-TTg the council scores only a product whose ward assessment passed all four criteria (none was recorded)
? 1

$ ocop -C d rate council mach-nha --score 30,18,25 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: evaluations: under 1489/QĐ-TTg the council scores only a product whose ward assessment passed all four criteria (none was recorded)
? 1

$ cmp before.yaml d/products/mach-nha.yaml

# BUG: the day before, no assessment was needed, but this is refused the same way:
#   ocop -C d rate council mach-nha --score 30,18,25 --date 2025-07-05 --decision 1898/QĐ-UBND
# (the basis the command writes, 148/QĐ-TTg, is judged by the 1489 row).
# BUG: --basis 1048 on 2025-10-01 skips the ward's assessment (accepted).

# A misspelt criterion: did you mean.
$ ocop -C d rate ward mach-nha --date 2025-08-20 --fail local_orign
2> ocop: error: --fail: unknown criterion 'local_orign'; did you mean 'local_origin'?
? 1

$ ocop -C d rate ward mach-nha --date 2025-08-20 --fail taste
2> ocop: error: --fail: unknown criterion 'taste'; the criteria are local_origin, local_labour, idea_origin, local_identity
? 1

$ cmp before.yaml d/products/mach-nha.yaml

$ ocop -C d rate ward mach-nha --date 2025-08-20 --report 15/BC-UBND

$ cp d/products/mach-nha.yaml before.yaml

# A part over its maximum under the basis in force: C is 35 under 148/QĐ-TTg …
$ ocop -C d rate council mach-nha --score 30,18,36 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: evaluations: part C is 36, over its maximum of 35 under 148/QĐ-TTg
? 1

$ ocop -C d rate council mach-nha --score 30,18,35.01 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: evaluations: part C is 35.01, over its maximum of 35 under 148/QĐ-TTg
? 1

# … and A is 35 under 1048/QĐ-TTg, named by --basis.
$ ocop -C d rate council mach-nha --score 36,18,30 --basis 1048/QĐ-TTg --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: evaluations: 1048/QĐ-TTg was in force until 2023-02-23; from 2023-02-24 scores are under 148/QĐ-TTg; leave --basis out, or give --basis 148/QĐ-TTg
2> ocop: error: evaluations: part A is 36, over its maximum of 35 under 1048/QĐ-TTg
? 1

$ cmp before.yaml d/products/mach-nha.yaml

# Stars that disagree with the score.
$ ocop -C d rate council mach-nha --score 30,18,25 --stars 3 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: evaluations: 3 stars do not match the score 73, which gives 4
? 1

$ ocop -C d rate council mach-nha --score 29.99,20,20 --stars 4 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: evaluations: 4 stars do not match the score 69.99, which gives 3
? 1

# 1 and 2 stars are not certified.
$ ocop -C d rate council mach-nha --score 20,10,10 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: evaluations: a 2-star rating is not recognised: only 3 to 5 stars are certified
? 1

$ ocop -C d rate council mach-nha --score 10,10,9.99 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: evaluations: a 1-star rating is not recognised: only 3 to 5 stars are certified
? 1

$ ocop -C d rate council mach-nha --stars 2 --date 2025-09 --decision 12/QĐ-UBND
2> ocop: error: evaluations: a 2-star rating is not recognised: only 3 to 5 stars are certified
? 1

# 5 stars are not the province's; 3–4 are not the ministry's.
$ ocop -C d rate council mach-nha --score 36,25,30 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: evaluations: 5 stars are recognised by the ministry (level central), not the province
? 1

$ ocop -C d rate council mach-nha --score 30,18,25 --level central --date 2025-10-01 --decision 2150/QĐ-BNNMT
2> ocop: error: evaluations: the ministry recognises 5 stars; 4 stars are recognised by the province
? 1

$ cmp before.yaml d/products/mach-nha.yaml

# Dates never go back: not before the ward's assessment.
$ ocop -C d rate council mach-nha --score 30,18,25 --date 2025-08-19 --decision 1898/QĐ-UBND
2> ocop: error: evaluations: dates never go back: this evaluation is older than the one before
2> ocop: error: evaluations: under 1489/QĐ-TTg the council scores only a product whose ward assessment passed all four criteria (none was recorded)
? 1

$ ocop -C d rate ward mach-nha --date 2025-08-01
2> ocop: error: evaluations: dates never go back: this evaluation is older than the one before
? 1

$ cmp before.yaml d/products/mach-nha.yaml

# What is typed wrong.
$ ocop -C d rate council mach-nha --score 30,18 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: --score: '30,18' is not three parts A,B,C; for example --score 30,18,25
? 1

$ ocop -C d rate council mach-nha --score 30,18,25,1 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: --score: '30,18,25,1' is not three parts A,B,C; for example --score 30,18,25
? 1

# BUG: a part that is not a number is named with freed memory:
#   ocop -C d rate council mach-nha --score 30,a,1 --date 2025-10-01 --decision 1898/QĐ-UBND
#   ocop: error: --score: 'jU' is not a number; …   (expected: '--score: 'a' is not a number')

$ ocop -C d rate council mach-nha --score 30,18,25 --stars 6 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: --stars: '6' is not 1 to 5
? 1

$ ocop -C d rate council mach-nha --score 30,18,25 --level ministry --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: --level: 'ministry' is not province, central or district
? 1

$ ocop -C d rate council mach-nha --score 30,18,25 --basis 999/QĐ-TTg --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: unknown legal basis '999/QĐ-TTg'; the bases are 1048/QĐ-TTg (from 2019-08-21) and 148/QĐ-TTg (from 2023-02-24, amended by 1489/QĐ-TTg from 2025-07-06)
? 1

$ ocop -C d rate council mach-nha --score 30,18,25 --date 2019-08-20 --decision 1898/QĐ-UBND
2> ocop: error: no OCOP rules were in force on that date; the bases are 1048/QĐ-TTg (from 2019-08-21) and 148/QĐ-TTg (from 2023-02-24, amended by 1489/QĐ-TTg from 2025-07-06)
? 1

# A score has a day; only a recognition from an old register may have a year.
$ ocop -C d rate council mach-nha --score 30,18,25 --date 2025 --decision 1898/QĐ-UBND
2> ocop: error: --date: '2025' is not a date; write it as YYYY-MM-DD or dd/mm/yyyy
? 1

$ ocop -C d rate council mach-nha --score 30,18,25 --date 2025-12-01 --decision 1898/QĐ-UBND
2> ocop: error: --date: 2025-12-01 is in the future
? 1

$ ocop -C d rate council mach-nha --score 30,18,25 --decision 1898/QĐ-UBND
2>*
? 2

# Without --decision a 4-star score cannot be recorded: it would be a recognition.
$ ocop -C d rate council mach-nha --score 30,18,25 --date 2025-10-01
2> ocop: error: evaluations: a recognition of 4 stars needs the number of its decision
? 1

$ ocop -C d rate council khong-co --score 30,18,25 --date 2025-10-01 --decision 1898/QĐ-UBND
2> ocop: error: no product 'khong-co'
? 1

$ cmp before.yaml d/products/mach-nha.yaml

# The ward assesses a product ready for evaluation (step 4 or 5).
$ ocop -C d product add "Ý tưởng kẹo" --producer ho-kinh-doanh-le-thi-hoa --category food --origin idea --date 2025-04-01 --id keo
> keo

$ cp d/products/keo.yaml keo.yaml

$ ocop -C d rate ward keo --date 2025-08-01
2> ocop: error: evaluations: the ward assesses a product ready for evaluation (step 4 or 5); it was at step 2
? 1

$ cmp keo.yaml d/products/keo.yaml

# Revocation needs a recognition in force on its date.
$ ocop -C d rate revoke mach-nha --date 2025-11-01 --decision 4120/QĐ-UBND
2> ocop: error: 'mach-nha' holds no recognition in force on that date; see 'ocop product show mach-nha'
? 1

$ ocop -C d rate council mach-nha --score 30,18,25 --date 2025-10-01 --decision 1898/QĐ-UBND

$ cp d/products/mach-nha.yaml before.yaml

$ ocop -C d rate revoke mach-nha --date 2025-09-30 --decision 4120/QĐ-UBND
2> ocop: error: 'mach-nha' holds no recognition in force on that date; see 'ocop product show mach-nha'
? 1

$ ocop -C d rate revoke mach-nha --date 2025-11-01
2>*
? 2

$ cmp before.yaml d/products/mach-nha.yaml

$ ocop -C d rate revoke mach-nha --date 2025-11-01 --decision 4120/QĐ-UBND

$ cp d/products/mach-nha.yaml before.yaml

$ ocop -C d rate revoke mach-nha --date 2025-11-02 --decision 4121/QĐ-UBND
2> ocop: error: 'mach-nha' holds no recognition in force on that date; see 'ocop product show mach-nha'
? 1

$ cmp before.yaml d/products/mach-nha.yaml

$ ocop -C d check
