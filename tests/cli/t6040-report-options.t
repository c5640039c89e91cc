# ocop report: options, defaults and usage errors.
# The fixture, fixtures/report-data.sh: the ward of the seed plan, Nghĩa
# Lộ, with products of all 6 categories, 3 to 5 stars, a certificate
# ending in 36 days (in --within 90, not in the rules' 30-day notice),
# one ended, one revoked, a rejected idea and an
# idea at step 3.  Today is 2025-11-20 (the runner's OCOP_TODAY).
$ sh "$OCOP_FIXTURES/report-data.sh"

# The report's day: what was in force on 30/09/2025 (before the decisions
# of 01/10), and the day printed.
$ ocop -C d report certified --date 30/09/2025
> Danh sách sản phẩm đạt OCOP 3 sao trở lên
> phường Nghĩa Lộ, tỉnh Quảng Ngãi, tính đến ngày 30/09/2025
>
> Tính đến ngày 30/09/2025, trên địa bàn có 5 sản phẩm được công nhận đạt OCOP 3 sao trở lên còn hiệu lực, trong đó: 1 sản phẩm 5 sao, 0 sản phẩm 4 sao, 4 sản phẩm 3 sao.
>
> TT  Sản phẩm                           Đơn vị                                                               Địa chỉ                                  Đạt sao  Quyết định     Ngày quyết định  Hết hạn
>  1  Yến thô cao cấp Culaore            Công ty TNHH XNK Yến sào Cù Lao Ré                                   Số 38 đường Chu Văn An, phường Nghĩa Lộ        3  3981/QĐ-UBND   26/12/2022       26/12/2025
>  2  Đường phèn Tuyết Hường             Hộ kinh doanh Lê Thanh Hường                                         Tổ 10, phường Nghĩa Lộ                         3  1425/QĐ-UBND   15/06/2023       15/06/2026
>  3  Mạch nha Quảng Ngãi đường Mantoza  Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi  02 Nguyễn Chí Thanh, phường Nghĩa Lộ           5  1234/QĐ-BNNMT  20/05/2024       20/05/2027
>  4  Giỏ mây tre đan Ân Phú             Tổ hợp tác Mây tre đan Ân Phú                                        Thôn Ân Phú                                    3  512/QĐ-UBND    20/03/2024       20/03/2027
>  5  Điểm du lịch cộng đồng Thiên Ấn    Trần Văn Ấn                                                          Thôn Thiên Ấn                                  3  2001/QĐ-UBND   12/09/2023       12/09/2026

$ ocop -C d report expiring --within 400
> Giấy chứng nhận OCOP sắp hết hạn, đã hết hạn
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> 4 giấy chứng nhận hết hạn trong 400 ngày tới hoặc đã hết hạn.
>
> Mã          Sản phẩm                         Đơn vị                              Loại                  Đạt sao  Quyết định    Hết hạn     Còn (ngày)  Tình trạng
> duong-phoi  Đường phổi Tuyết Hường           Hộ kinh doanh Lê Thanh Hường        Giấy chứng nhận OCOP        3  2210/QĐ-UBND  10/12/2024        -345  đã hết hạn
> yen-tho     Yến thô cao cấp Culaore          Công ty TNHH XNK Yến sào Cù Lao Ré  Giấy chứng nhận OCOP        3  3981/QĐ-UBND  26/12/2025          36  sắp hết hạn
> duong-phen  Đường phèn Tuyết Hường           Hộ kinh doanh Lê Thanh Hường        Giấy chứng nhận OCOP        3  1425/QĐ-UBND  15/06/2026         207  sắp hết hạn
> thien-an    Điểm du lịch cộng đồng Thiên Ấn  Trần Văn Ấn                         Giấy chứng nhận OCOP        3  2001/QĐ-UBND  12/09/2026         296  sắp hết hạn

$ ocop -C d report expiring --within 0 --format csv
> id,product,producer,kind,stars,decision,expires,days_left,status
> duong-phoi,Đường phổi Tuyết Hường,Hộ kinh doanh Lê Thanh Hường,ocop,3,2210/QĐ-UBND,2024-12-10,-345,expired

# The quarter and the year default to the report's day's.
$ ocop -C d report quarter --table counts --format csv
> item,count
> registered,0
> steps_passed,1
> rejected,0
> ward_assessed,0
> rated,4
> issued,4
> expired,0
> revoked,0
> fairs,1
> trained,2

$ ocop -C d report quarter --quarter "quý II" --table events
> Kết quả thực hiện Chương trình OCOP quý II năm 2025
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> Chi tiết
> Ngày        Sự kiện            Tên                              Chi tiết
> 10/04/2025  Đăng ký            Yến rút lông nguyên tổ Culaore   Bước 2: Nhận đăng ký ý tưởng sản phẩm
> 20/04/2025  Đăng ký            Bánh tráng nước dừa              Bước 2: Nhận đăng ký ý tưởng sản phẩm
> 20/04/2025  Bước 2             Bánh tráng mè đen                Nhận đăng ký ý tưởng sản phẩm
> 05/05/2025  Đăng ký            Đông trùng hạ thảo ngâm mật ong  Bước 2: Nhận đăng ký ý tưởng sản phẩm
> 02/06/2025  Bước 3             Yến rút lông nguyên tổ Culaore   Nhận phương án/dự án sản xuất kinh doanh
> 30/06/2025  Ý tưởng không đạt  Bánh tráng nước dừa              Chưa đủ vùng nguyên liệu

$ ocop -C d report pipeline --year 2023 --table by_year
> Sản phẩm theo chu trình OCOP
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> Sản phẩm đạt từng bước, theo năm
>  Năm  Bước 1  Bước 2  Bước 3  Bước 4  Bước 5  Bước 6  Không đạt  Được công nhận
> 2023       0       4       0       0       4       0          0               3

# A year without targets: a warning, the year alone.
$ ocop -C d report targets --year 2024 --table targets
> Kết quả thực hiện mục tiêu Chương trình OCOP năm 2024
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> Kết quả so với mục tiêu năm
> Chỉ tiêu                         Kế hoạch  Thực hiện  Đánh giá  Chi tiết
> Sản phẩm mới đạt 3 sao trở lên                     2
> Chủ thể được đào tạo, bồi dưỡng                  10%            1/10 chủ thể
> Hội chợ xúc tiến thương mại                        0
2> ocop: warning: ocop.yaml has no targets for 2024; the report shows the year alone

# -o picks the format from the extension.
$ ocop -C d report summary -o tong-hop.csv && head -2 tong-hop.csv
> category,stars_3,stars_4,stars_5,certified,not_certified,products
> food,2,1,1,4,4,8

$ ocop -C d report summary -o tong-hop.json --table by_kind && head -3 tong-hop.json
> [
>   {
>     "kind": "enterprise",

# --excel alone means CSV for a spreadsheet.
$ ocop -C d report summary --excel --table by_kind | head -n 2 | sed '1s/^\xef\xbb\xbf/<BOM>/; s/\r$/<CR>/'
> <BOM>Loại hình chủ thể,Số chủ thể,Có sản phẩm OCOP,Sản phẩm,Sản phẩm OCOP<CR>
> Doanh nghiệp,3,3,4,4<CR>

$ ocop -C d report summary -o nowhere/x.csv
2> ocop: error: cannot write 'nowhere/x.csv': No such file or directory
? 3

# ocop.yaml's lang: en, unless --lang says otherwise.
$ sed 's/^lang: vi$/lang: en/' d/ocop.yaml > o.yaml && mv o.yaml d/ocop.yaml && ocop -C d report summary --table by_category
> OCOP summary
> phường Nghĩa Lộ, Quảng Ngãi province
>
> Products by category and stars
> Category     3 stars  4 stars  5 stars  Certified  Not certified  All products
> Food               2        1        1          4              4             8
> Beverages          1        0        0          1              0             1
> Herbal             1        0        0          1              0             1
> Handicrafts        1        0        0          1              0             1
> Ornamental         0        1        0          1              0             1
> Tourism            1        0        0          1              0             1
> Total              6        2        1          9              4            13

$ ocop -C d --lang vi report summary --table by_category
> Tổng hợp sản phẩm OCOP
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> Sản phẩm theo ngành hàng và hạng sao
> Ngành hàng                                                    3 sao  4 sao  5 sao  Cộng OCOP  Chưa công nhận  Tổng số
> Thực phẩm                                                         2      1      1          4               4        8
> Đồ uống                                                           1      0      0          1               0        1
> Dược liệu và sản phẩm từ dược liệu                                1      0      0          1               0        1
> Hàng thủ công mỹ nghệ                                             1      0      0          1               0        1
> Sinh vật cảnh                                                     0      1      0          1               0        1
> Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch      1      0      0          1               0        1
> Tổng cộng                                                         6      2      1          9               4       13

# Usage errors: exit 2, the first line of the message (the usage follows).
$ ocop -C d report 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: which report? certified, summary, pipeline, expiring, readiness, quarter, targets or ptnt-ocop

$ ocop -C d report sumary 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: unknown report 'sumary'; did you mean 'summary'?

$ ocop -C d report summary extra 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: unexpected argument 'extra'

$ ocop -C d report summary --year 2025 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: the summary report takes no --year

$ ocop -C d report certified --quarter 2 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: the certified report takes no --quarter

$ ocop -C d report summary --within 30 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: the summary report takes no --within

$ ocop -C d report expiring --number 15 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: --number and --draft are for the certified, quarter and targets reports, not expiring

$ ocop -C d report quarter --quarter 5 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: --quarter: '5' is not 1 to 4 (or I to IV)

$ ocop -C d report quarter --year 2024 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: --quarter is needed with a --year other than the report's

$ ocop -C d report targets --year 20x5 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: --year: '20x5' is not a number from 2000 to 2999

$ ocop -C d report expiring --within -1 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: --within: '-1' is not a number from 0 to 36500

$ ocop -C d report certified --date 31/02/2025 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: --date: '31/02/2025' is not a date (dd/mm/yyyy or yyyy-mm-dd)

$ ocop -C d report summary --table by_knd 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: the summary report has no table 'by_knd'; did you mean 'by_kind'?

$ ocop -C d report summary --format xls 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: unknown format 'xls'; expected text, csv, tsv, json, md or html

$ ocop -C d report summary --excel --format md 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: --excel is for CSV output, not md

$ ocop -C d report summary --lang fr 2>err; echo "exit $?"; head -n 1 err
> exit 2
> ocop: error: --lang takes vi or en, not 'fr'

$ ocop report summary
2> ocop: error: not in an ocop data directory (no ocop.yaml here or in any parent); run 'ocop init DIR', or name one with -C DIR or $OCOP_DATA
? 3

$ ocop help report
> usage: ocop report certified|summary|pipeline|expiring|readiness|quarter|targets|ptnt-ocop [OPTIONS]
>    or: ocop [-C DIR]... report REPORT [--year Y] [--quarter Q] [--within DAYS] [--date D] [--frame] [--number NO] [--draft] [--lang vi|en] [--table NAME] [--format F] [-o FILE] [--excel]
>
>     --year Y                the year (default: the report day's)
>     --quarter Q             quarter: 1–4 or I–IV (default: the report day's)
>     --within DAYS           expiring: certificates ending within DAYS (default: the rules' notice, 30)
>     --date D                the report's day, printed on it (default today, not printed)
>     --number NO             the document's number: 12 gives Số: 12/BC-UBND
>     --draft                 a draft: the number left blank, marked DỰ THẢO
>     --frame                 the administrative frame (letterhead, number, signature) on any report
>     --lang vi|en            language of headings and names (as the global --lang)
>     --table NAME            only this table of the report
>     --format F              text, csv, tsv, json, md, html or xlsx
>     -o, --output FILE       write to FILE; its extension picks the format
>     --excel                 CSV for Excel (implies --format csv): BOM, CRLF, formula guard
>     -h, --help              show this help
