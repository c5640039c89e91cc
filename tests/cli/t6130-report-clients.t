# What the office's clients get: a tax code 0401234567 and a GTIN
# 8934567890120 stay text in an --excel CSV (="…", which Excel and
# LibreOffice both keep as the text it is), and a name of 130 letters
# without a space wraps inside its cell of the HTML page rather than
# pushing the other columns off an A4 page.
$ ocop init d >/dev/null 2>&1 && ocop -C d producer add "Cơ sở A" --kind facility --tax-code 0401234567
> co-so-a
$ ocop -C d product add "$(printf 'Bánhtráng%.0s' 1 2 3 4 5 6 7 8 9 10 11 12 13)XXXXXXXXXXXXX" --producer co-so-a --category food --date 2024-01-10 >/dev/null && f=$(ls d/products/*.yaml) && printf -- "- {step: 4, date: 2024-03-01}\n- {step: 5, date: 2024-06-01}\nevaluations:\n- {level: ward, date: 2024-06-10, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}\n- {level: province, date: 2024-07-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: 0012/QĐ-UBND, expires: 2027-07-01}\nreadiness:\n  barcode: '8934567890120'\n" >>"$f" && ocop -C d check

# The producer list: the tax code as ="…" for a spreadsheet, bare for scripts.
$ ocop -C d producer list --excel | tr -d '\r' | sed -n 2p
> co-so-a,Cơ sở A,Cơ sở sản xuất,"=""0401234567""",
$ ocop -C d producer list --format csv | sed -n 2p
> co-so-a,Cơ sở A,facility,0401234567,

# Readiness: the GTIN kept, headings and values in the office's words.
$ ocop -C d report readiness --excel | tr -d '\r' | sed '1s/^\xef\xbb\xbf//' | cut -d, -f1,4,5
> Mã,Mã vạch,Truy xuất nguồn gốc
> banhtrangbanhtrangbanhtrangbanhtrangbanhtrangbanhtrangbanhtrangb,"=""8934567890120""",chưa
$ ocop -C d report readiness --format csv | cut -d, -f4,5 | sed -n 2p
> 8934567890120,false

# A decision number is no number: left alone.
$ ocop -C d report certified --excel | tr -d '\r' | sed -n 2p | cut -d, -f5-
> 4,0012/QĐ-UBND,2024-07-01,2027-07-01

# HTML: the long name's cell may break anywhere; the other cells keep
# their words and dates whole.
$ ocop -C d report certified --format html | grep -o '<td[^>]*>[^<]*</td>' | grep -v 'number\|dateline' | sed 's/Bánhtráng.*</…</'
> <td class="num">1</td>
> <td class="long">…</td>
> <td>Cơ sở A</td>
> <td></td>
> <td class="num">4</td>
> <td>0012/QĐ-UBND</td>
> <td>01/07/2024</td>
> <td>01/07/2027</td>
$ ocop -C d report certified --format html | grep -c 'td.long { overflow-wrap: anywhere; }'
> 1

# Readiness, ten columns, prints in landscape.
$ ocop -C d report readiness --format html | grep -c '@page { size: A4 landscape; }'
> 1
