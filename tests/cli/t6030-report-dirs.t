# Several data directories read together, as a province sees its wards.
# The fixture, fixtures/report-data.sh: the ward of the seed plan, Nghĩa
# Lộ, with products of all 6 categories, 3 to 5 stars, a certificate
# ending in 36 days (in --within 90, not in the rules' 30-day notice),
# one ended, one revoked, a rejected idea and an
# idea at step 3.  Today is 2025-11-20 (the runner's OCOP_TODAY).
$ sh "$OCOP_FIXTURES/report-data.sh"

# A second ward: its products count with the first ward's, each product's
# producer looked up in its own directory.
$ ocop init e --ward "Trương Quang Trọng" --province "Quảng Ngãi"
2> ocop: made an empty data directory in e
$ ocop -C e producer add "Hợp tác xã Nông nghiệp Tịnh Ấn Tây" --kind cooperative --id htx-tinh-an
> htx-tinh-an
$ ocop -C e product add "Nước mắm Tịnh Ấn" --producer htx-tinh-an --category food --date 2023-01-01 --id nuoc-mam && ocop -C e cycle advance nuoc-mam --to 5 --date 2023-03-01 && ocop -C e rate council nuoc-mam --score 30,10,20 --date 2023-06-01 --decision 700/QĐ-UBND --level district
> nuoc-mam

$ ocop -C d -C e report summary
> Tổng hợp sản phẩm OCOP
> phường Nghĩa Lộ, phường Trương Quang Trọng, tỉnh Quảng Ngãi
>
> Sản phẩm theo ngành hàng và hạng sao
> Ngành hàng                                                    3 sao  4 sao  5 sao  Cộng OCOP  Chưa công nhận  Tổng số
> Thực phẩm                                                         3      1      1          5               4        9
> Đồ uống                                                           1      0      0          1               0        1
> Dược liệu và sản phẩm từ dược liệu                                1      0      0          1               0        1
> Hàng thủ công mỹ nghệ                                             1      0      0          1               0        1
> Sinh vật cảnh                                                     0      1      0          1               0        1
> Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch      1      0      0          1               0        1
> Tổng cộng                                                         7      2      1         10               4       14
>
> Sản phẩm theo phường, xã và hạng sao
> Phường, xã                 3 sao  4 sao  5 sao  Cộng OCOP  Chưa công nhận  Tổng số
> phường Nghĩa Lộ                6      2      1          9               4       13
> phường Trương Quang Trọng      1      0      0          1               0        1
> Tổng cộng                      7      2      1         10               4       14
>
> Sản phẩm OCOP theo phường, xã và ngành hàng
> Phường, xã                 Thực phẩm  Đồ uống  Dược liệu  Thủ công mỹ nghệ  Sinh vật cảnh  Du lịch  Cộng OCOP
> phường Nghĩa Lộ                    4        1          1                 1              1        1          9
> phường Trương Quang Trọng          1        0          0                 0              0        0          1
> Tổng cộng                          5        1          1                 1              1        1         10
>
> Chủ thể theo loại hình
> Loại hình chủ thể        Số chủ thể  Có sản phẩm OCOP  Sản phẩm  Sản phẩm OCOP
> Doanh nghiệp                      3                 3         4              4
> Hợp tác xã                        2                 2         2              2
> Tổ hợp tác                        1                 1         1              1
> Hộ sản xuất, kinh doanh           2                 1         4              1
> Cơ sở sản xuất                    2                 1         2              1
> Cá nhân                           1                 1         1              1
> Tổng cộng                        11                 9        14             10
>
> Tổng hợp
> Nội dung                        Số lượng
> Phường, xã                             2
> Chủ thể                               11
> Chủ thể có sản phẩm OCOP               9
> Sản phẩm                              14
> Sản phẩm OCOP còn hiệu lực            10
> Trong đó sắp hết hạn (30 ngày)         0
> Đã hết hạn                             1
> Bị thu hồi                             1
> Đang thực hiện chu trình               1
> Ý tưởng không đạt                      1

$ ocop -C d -C e report certified --format csv
> ward,no,product,producer,address,stars,decision,decision_date,expires
> nghia-lo,1,Rượu lứt Ấn Trà,Công ty TNHH Nông Lâm Nghiệp TBT,Số 135 đường Chu Văn An,3,1898/QĐ-UBND,2025-10-01,2028-10-01
> nghia-lo,2,Yến rút lông nguyên tổ Culaore,Công ty TNHH XNK Yến sào Cù Lao Ré,"Số 38 đường Chu Văn An, phường Nghĩa Lộ",4,1898/QĐ-UBND,2025-10-01,2028-10-01
> nghia-lo,3,Yến thô cao cấp Culaore,Công ty TNHH XNK Yến sào Cù Lao Ré,"Số 38 đường Chu Văn An, phường Nghĩa Lộ",3,3981/QĐ-UBND,2022-12-26,2025-12-26
> nghia-lo,4,Mai vàng Nghĩa Lộ,Cơ sở Hoa kiểng Đức Thắng,"Tổ 5, phường Nghĩa Lộ",4,1898/QĐ-UBND,2025-10-01,2028-10-01
> nghia-lo,5,Đường phèn Tuyết Hường,Hộ kinh doanh Lê Thanh Hường,"Tổ 10, phường Nghĩa Lộ",3,1425/QĐ-UBND,2023-06-15,2026-06-15
> nghia-lo,6,Đông trùng hạ thảo ngâm mật ong,Hợp tác xã Dược liệu Ngọc Bảo,"Tổ 8, phường Nghĩa Lộ",3,1898/QĐ-UBND,2025-10-01,2028-10-01
> nghia-lo,7,Mạch nha Quảng Ngãi đường Mantoza,Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi,"02 Nguyễn Chí Thanh, phường Nghĩa Lộ",5,1234/QĐ-BNNMT,2024-05-20,2027-05-20
> nghia-lo,8,Giỏ mây tre đan Ân Phú,Tổ hợp tác Mây tre đan Ân Phú,Thôn Ân Phú,3,512/QĐ-UBND,2024-03-20,2027-03-20
> nghia-lo,9,Điểm du lịch cộng đồng Thiên Ấn,Trần Văn Ấn,Thôn Thiên Ấn,3,2001/QĐ-UBND,2023-09-12,2026-09-12
> truong-quang-trong,10,Nước mắm Tịnh Ấn,Hợp tác xã Nông nghiệp Tịnh Ấn Tây,,3,700/QĐ-UBND,2023-06-01,2026-06-01

$ ocop -C d -C e report summary --table totals --format csv
> item,count
> wards,2
> producers,11
> producers_certified,9
> products,14
> certified,10
> expiring,0
> expired,1
> revoked,1
> in_cycle,1
> rejected,1

# An id in both directories: no longer an error (issue 16); each ward's
# product counts in its own row.
$ ocop -C e product add "Yến thô" --producer htx-tinh-an --category food --id yen-tho
> yen-tho
$ ocop -C d -C e report summary --table by_ward --format csv
> ward,stars_3,stars_4,stars_5,certified,not_certified,products
> nghia-lo,6,2,1,9,4,13
> truong-quang-trong,1,0,0,1,1,2
> total,7,2,1,10,5,15

$ ocop -C e product rm yen-tho

# The same directory twice, by two names.
$ ocop -C d -C ./d report summary
2> ocop: ./d: error: the same data directory as d; name each directory once
? 2

# A directory that is not there.
$ ocop -C d -C nowhere report summary
2> ocop: nowhere: error: cannot open the data directory: No such file or directory
? 3

# Other commands still take one directory.
$ ocop -C d -C e product list
2> ocop: error: this command works on one data directory; -C was given 2 times
? 2

# A record that does not load stops the report: no count leaves it out.
$ printf '%s\n' 'id: hong' 'name: Hỏng' 'producer: yen-sao' 'category: fod' 'origin: existing' > e/products/hong.yaml
$ ocop -C d -C e report summary --format csv
2> ocop: e/products/hong.yaml:4:11: error: unknown category 'fod'; did you mean 'food'?
? 1
