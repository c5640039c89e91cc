# The communes merged into a ward in 2025 (ocop.yaml's formerly:), and the
# summary's table of products by their producer's old commune.
$ ocop -q init d --ward "Nghĩa Lộ" --unit phường --unit-code 21025
$ printf 'formerly:\n- {name: xã Nghĩa Dõng, unit_code: "21040"}\n- {name: phường Nghĩa Chánh}\n' >> d/ocop.yaml && ocop -C d check
$ ocop -C d producer add "Hộ kinh doanh A" --kind household --id a --old-address "Thôn 2, xã Nghĩa Dõng" >/dev/null && ocop -C d producer add "Hộ kinh doanh B" --kind household --id b --old-address "Tổ 5, Nghĩa Chánh" >/dev/null && ocop -C d producer add "Hộ kinh doanh C" --kind household --id c >/dev/null
$ for p in a b c; do ocop -C d product add "Bánh $p" --producer $p --category food --date 2024-01-10 >/dev/null || exit 1; done; ocop -C d cycle advance banh-a --to 5 --date 2024-05-02 && ocop -C d rate council banh-a --score 30,10,20 --date 2024-06-01 --decision 700/QĐ-UBND --level district
$ ocop -C d report summary --table by_old_commune --format csv
> old_commune,stars_3,stars_4,stars_5,certified,not_certified,products
> xã Nghĩa Dõng,1,0,0,1,0,1
> phường Nghĩa Chánh,0,0,0,0,1,1
> unknown,0,0,0,0,1,1
> total,1,0,0,1,2,3
$ ocop -C d report summary --table by_old_commune
> Tổng hợp sản phẩm OCOP
> phường Nghĩa Lộ
>
> Sản phẩm theo xã, phường cũ (trước sắp xếp năm 2025)
> Xã, phường cũ           3 sao  4 sao  5 sao  Cộng OCOP  Chưa công nhận  Tổng số
> xã Nghĩa Dõng               1      0      0          1               0        1
> phường Nghĩa Chánh          0      0      0          0               1        1
> Không rõ xã, phường cũ      0      0      0          0               1        1
> Tổng cộng                   1      0      0          1               2        3
# A ward that lists none has no such table.
$ ocop -q init e --ward "Trà Câu"
$ ocop -C e report summary --table by_old_commune
2> ocop: error: the summary report has no table 'by_old_commune'
2>
2> usage: ocop report certified|summary|pipeline|expiring|readiness|quarter|targets|ptnt-ocop [OPTIONS]
2>    or: ocop [-C DIR]... report REPORT [--year Y] [--quarter Q] [--within DAYS] [--date D] [--frame] [--number NO] [--draft] [--lang vi|en] [--table NAME] [--format F] [-o FILE] [--excel]
2>
2>     --year Y                the year (default: the report day's)
2>     --quarter Q             quarter: 1–4 or I–IV (default: the report day's)
2>     --within DAYS           expiring: certificates ending within DAYS (default: the rules' notice, 30)
2>     --date D                the report's day, printed on it (default today, not printed)
2>     --number NO             the document's number: 12 gives Số: 12/BC-UBND
2>     --draft                 a draft: the number left blank, marked DỰ THẢO
2>     --frame                 the administrative frame (letterhead, number, signature) on any report
2>     --lang vi|en            language of headings and names (as the global --lang)
2>     --table NAME            only this table of the report
2>     --format F              text, csv, tsv, json, md, html or xlsx
2>     -o, --output FILE       write to FILE; its extension picks the format
2>     --excel                 CSV for Excel (implies --format csv): BOM, CRLF, formula guard
2>     -h, --help              show this help
? 2
# A former unit's code must be digits.
$ printf 'formerly:\n- {name: xã X, unit_code: "21A"}\n' >> e/ocop.yaml && ocop -C e check
2> ocop: e/ocop.yaml:4:27: error: unit_code: '21A' is not valid; an administrative unit code has 2 to 5 digits
2> ocop: e: errors: 1, warnings: 0
? 1
