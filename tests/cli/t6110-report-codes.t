# Script output does not change with the language: csv, tsv and json
# carry codes (food, expiring, food-safety), the same with --lang vi and
# --lang en, and a state is the word product list uses; labels only in
# the formats for people.  The quarter still running ends on the
# report's day; recognitions dated by the year alone are counted on a
# line of their own.
$ sh "$OCOP_FIXTURES/report-data.sh"

# Every report, every machine format: the same bytes in both languages.
$ for k in certified summary pipeline expiring readiness targets; do for f in csv tsv json; do ocop -C d report $k --format $f --lang vi >vi.out 2>/dev/null; ocop -C d report $k --format $f --lang en >en.out 2>/dev/null; cmp -s vi.out en.out || echo "$k $f differs"; done; done
$ for f in csv tsv json; do ocop -C d report quarter --year 2025 --quarter 3 --format $f --lang vi >vi.out; ocop -C d report quarter --year 2025 --quarter 3 --format $f --lang en >en.out; cmp -s vi.out en.out || echo "quarter $f differs"; done

# The states of expiring are the words of product list.
$ ocop -C d report expiring --within 90 --format json --lang en | jq -r '.[] | .id + " " + .status'
> duong-phoi expired
> yen-tho expiring
# A product's status says "expiring" within the rules' 30-day notice,
# the default window of report expiring: yen-tho, 36 days from its end on
# 2025-11-20, is so on 2025-12-01.
$ OCOP_TODAY=2025-12-01 ocop -C d product list --format json | jq -r '.[] | select(.id == "duong-phoi" or .id == "yen-tho") | .id + " " + .status'
> duong-phoi expired
> yen-tho expiring

# The targets' rows are keyed by code.
$ ocop -C d report targets --year 2025 --format json --lang en | jq -r '.targets[].target'
> new_products
> trained
> fairs

# What is missing, as codes.
$ ocop -C d report readiness --format json --lang en | jq -r '.[] | select(.id == "duong-phen") | .lacks'
> quality-declaration, food-safety, trademark

# For people the labels stay, in the report's language.
$ ocop -C d report expiring --within 90 --lang en | tail -n 2 | awk '{ print $NF }'
> ended
> ending
$ ocop -C d report readiness --format md | grep -c 'an toàn thực phẩm'
> 9

# --excel is for people: labels, in the office's language, dates in ISO
# so that any spreadsheet reads them as dates.
$ ocop -C d report expiring --within 90 --excel | tr -d '\r' | sed 1d
> duong-phoi,Đường phổi Tuyết Hường,Hộ kinh doanh Lê Thanh Hường,Giấy chứng nhận OCOP,3,2210/QĐ-UBND,2024-12-10,-345,đã hết hạn
> yen-tho,Yến thô cao cấp Culaore,Công ty TNHH XNK Yến sào Cù Lao Ré,Giấy chứng nhận OCOP,3,3981/QĐ-UBND,2025-12-26,36,sắp hết hạn

# The quarter still running ends on the report's day, not on 31/12.
$ ocop -C d report quarter --date 2025-11-15 | grep 'Từ ngày'
> Từ ngày 01/10/2025 đến ngày 15/11/2025.
$ ocop -C d report quarter --date 2025-11-15 --lang en | grep '^From'
> From 2025-10-01 to 2025-11-15.
# A quarter past ends on its last day.
$ ocop -C d report quarter --date 2025-11-15 --quarter 3 | grep 'Từ ngày'
> Từ ngày 01/07/2025 đến ngày 30/09/2025.

# A recognition dated by the year alone is in no quarter, but counted.
$ printf 'id: nuoc-mam\nname: Nước mắm Sa Huỳnh\nproducer: tran-van-an\ncategory: food\norigin: existing\nevaluations:\n- {level: province, date: 2025, stars: 3, decision: 77/QĐ-UBND}\n' >d/products/nuoc-mam.yaml && ocop -C d report quarter --year 2025 --quarter 3 --table counts --format csv | tail -n 2
> trained,0
> year_only,1
$ ocop -C d report quarter --year 2025 --quarter 3 --table counts | tail -n 1
> Công nhận chỉ ghi năm, không xếp được vào quý         1
