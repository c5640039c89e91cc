# ocop report in text, the default on a terminal: aligned by display
# width, Vietnamese order, dates as dd/mm/yyyy.
# The fixture, fixtures/report-data.sh: the ward of the seed plan, Nghĩa
# Lộ, with products of all 6 categories, 3 to 5 stars, a certificate
# ending in 36 days (in --within 90, not in the rules' 30-day notice),
# one ended, one revoked, a rejected idea and an
# idea at step 3.  Today is 2025-11-20 (the runner's OCOP_TODAY).
$ sh "$OCOP_FIXTURES/report-data.sh"

# The seed plan's table: grouped by producer, the producer and its address
# written once for the group.
$ ocop -C d report certified
> Danh sách sản phẩm đạt OCOP 3 sao trở lên
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> Trên địa bàn có 9 sản phẩm được công nhận đạt OCOP 3 sao trở lên còn hiệu lực, trong đó: 1 sản phẩm 5 sao, 2 sản phẩm 4 sao, 6 sản phẩm 3 sao.
>
> TT  Sản phẩm                           Đơn vị                                                               Địa chỉ                                  Đạt sao  Quyết định     Ngày quyết định  Hết hạn
>  1  Rượu lứt Ấn Trà                    Công ty TNHH Nông Lâm Nghiệp TBT                                     Số 135 đường Chu Văn An                        3  1898/QĐ-UBND   01/10/2025       01/10/2028
>  2  Yến rút lông nguyên tổ Culaore     Công ty TNHH XNK Yến sào Cù Lao Ré                                   Số 38 đường Chu Văn An, phường Nghĩa Lộ        4  1898/QĐ-UBND   01/10/2025       01/10/2028
>  3  Yến thô cao cấp Culaore                                                                                                                                3  3981/QĐ-UBND   26/12/2022       26/12/2025
>  4  Mai vàng Nghĩa Lộ                  Cơ sở Hoa kiểng Đức Thắng                                            Tổ 5, phường Nghĩa Lộ                          4  1898/QĐ-UBND   01/10/2025       01/10/2028
>  5  Đường phèn Tuyết Hường             Hộ kinh doanh Lê Thanh Hường                                         Tổ 10, phường Nghĩa Lộ                         3  1425/QĐ-UBND   15/06/2023       15/06/2026
>  6  Đông trùng hạ thảo ngâm mật ong    Hợp tác xã Dược liệu Ngọc Bảo                                        Tổ 8, phường Nghĩa Lộ                          3  1898/QĐ-UBND   01/10/2025       01/10/2028
>  7  Mạch nha Quảng Ngãi đường Mantoza  Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi  02 Nguyễn Chí Thanh, phường Nghĩa Lộ           5  1234/QĐ-BNNMT  20/05/2024       20/05/2027
>  8  Giỏ mây tre đan Ân Phú             Tổ hợp tác Mây tre đan Ân Phú                                        Thôn Ân Phú                                    3  512/QĐ-UBND    20/03/2024       20/03/2027
>  9  Điểm du lịch cộng đồng Thiên Ấn    Trần Văn Ấn                                                          Thôn Thiên Ấn                                  3  2001/QĐ-UBND   12/09/2023       12/09/2026

$ ocop -C d report summary
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
>
> Chủ thể theo loại hình
> Loại hình chủ thể        Số chủ thể  Có sản phẩm OCOP  Sản phẩm  Sản phẩm OCOP
> Doanh nghiệp                      3                 3         4              4
> Hợp tác xã                        1                 1         1              1
> Tổ hợp tác                        1                 1         1              1
> Hộ sản xuất, kinh doanh           2                 1         4              1
> Cơ sở sản xuất                    2                 1         2              1
> Cá nhân                           1                 1         1              1
> Tổng cộng                        10                 8        13              9
>
> Tổng hợp
> Nội dung                        Số lượng
> Phường, xã                             1
> Chủ thể                               10
> Chủ thể có sản phẩm OCOP               8
> Sản phẩm                              13
> Sản phẩm OCOP còn hiệu lực             9
> Trong đó sắp hết hạn (30 ngày)         0
> Đã hết hạn                             1
> Bị thu hồi                             1
> Đang thực hiện chu trình               1
> Ý tưởng không đạt                      1

$ ocop -C d report pipeline
> Sản phẩm theo chu trình OCOP
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> Sản phẩm theo bước hiện tại của chu trình
> Bước  Nội dung                                        Ý tưởng mới  Sản phẩm hiện có  Tổng
>    1  Tuyên truyền, hướng dẫn                                   0                 0     0
>    2  Nhận đăng ký ý tưởng sản phẩm                             0                 0     0
>    3  Nhận phương án/dự án sản xuất kinh doanh                  1                 0     1
>    4  Triển khai phương án/dự án sản xuất kinh doanh            0                 0     0
>    5  Đánh giá và phân hạng sản phẩm                            0                10    10
>    6  Xúc tiến thương mại                                       0                 1     1
>       Ý tưởng không đạt (trả về bước 2)                         1                 0     1
>       Tổng cộng                                                 2                11    13
>
> Sản phẩm đạt từng bước, theo năm
>  Năm  Bước 1  Bước 2  Bước 3  Bước 4  Bước 5  Bước 6  Không đạt  Được công nhận
> 2021       0       1       0       0       1       0          0               1
> 2022       0       2       0       0       1       0          0               1
> 2023       0       4       0       0       4       0          0               3
> 2024       0       0       0       0       1       0          0               2
> 2025       1       6       2       1       4       1          1               4

$ ocop -C d report expiring
> Giấy chứng nhận OCOP sắp hết hạn, đã hết hạn
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> 1 giấy chứng nhận hết hạn trong 30 ngày tới hoặc đã hết hạn.
>
> Mã          Sản phẩm                Đơn vị                        Loại                  Đạt sao  Quyết định    Hết hạn     Còn (ngày)  Tình trạng
> duong-phoi  Đường phổi Tuyết Hường  Hộ kinh doanh Lê Thanh Hường  Giấy chứng nhận OCOP        3  2210/QĐ-UBND  10/12/2024        -345  đã hết hạn

$ ocop -C d report readiness
> Nội dung sản phẩm còn thiếu (mục VI kế hoạch)
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> 12 trong 12 sản phẩm còn thiếu ít nhất một nội dung.
>
> Mã                 Sản phẩm                           Đơn vị                                                               Mã vạch        Truy xuất nguồn gốc  Công bố chất lượng  An toàn thực phẩm  Nhãn hiệu  Còn thiếu                                                                 Gian hàng TMĐT  Bước tiếp theo        Hồ sơ đã có  Hồ sơ còn thiếu                                                                                                                                                     Hồ sơ hết hạn
> banh-trang-me-den  Bánh tráng mè đen                  Hộ kinh doanh Đoàn Thị Út                                                           chưa                 chưa                chưa                          mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu               0  UBND phường đánh giá               Phiếu đăng ký sản phẩm, Phương án, kế hoạch kinh doanh, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí
> com-rang           Cốm rang Hoàng Huy                 Cơ sở sản xuất cốm rang Hoàng Huy                                                   chưa                 chưa                chưa                          mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu               0  UBND phường đánh giá               Phiếu đăng ký sản phẩm, Phương án, kế hoạch kinh doanh, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí
> thien-an           Điểm du lịch cộng đồng Thiên Ấn    Trần Văn Ấn                                                          —              —                    —                   —                  Thiên Ấn                                                                                          0  Đánh giá lại                       Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí
> dong-trung         Đông trùng hạ thảo ngâm mật ong    Hợp tác xã Dược liệu Ngọc Bảo                                                       chưa                 chưa                chưa                          mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu               0  Đánh giá lại                       Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm
> duong-phen         Đường phèn Tuyết Hường             Hộ kinh doanh Lê Thanh Hường                                         8936123456795  có                   chưa                chưa                          công bố chất lượng, an toàn thực phẩm, nhãn hiệu                                       0  Đánh giá lại                       Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm
> duong-phoi         Đường phổi Tuyết Hường             Hộ kinh doanh Lê Thanh Hường                                                        chưa                 chưa                chưa                          mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu               0  Đánh giá lại                       Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm
> gio-may-tre        Giỏ mây tre đan Ân Phú             Tổ hợp tác Mây tre đan Ân Phú                                                       chưa                 chưa                —                             mã vạch, tem truy xuất, công bố chất lượng, nhãn hiệu                                  0  Đánh giá lại                       Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Bản tự công bố chất lượng sản phẩm
> mach-nha           Mạch nha Quảng Ngãi đường Mantoza  Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi                 chưa                 chưa                chưa                          mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu               0  Đánh giá lại                       Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm
> mai-vang           Mai vàng Nghĩa Lộ                  Cơ sở Hoa kiểng Đức Thắng                                                           chưa                 chưa                —                             mã vạch, tem truy xuất, công bố chất lượng, nhãn hiệu                                  0  Đánh giá lại                       Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Bản tự công bố chất lượng sản phẩm
> ruou-lut           Rượu lứt Ấn Trà                    Công ty TNHH Nông Lâm Nghiệp TBT                                                    chưa                 chưa                chưa                          mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu               0  Đánh giá lại                       Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm
> yen-rut-long       Yến rút lông nguyên tổ Culaore     Công ty TNHH XNK Yến sào Cù Lao Ré                                   8936123456788  có                   có                  có                 Culaore                                                                                           0  Đánh giá lại                       Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm
> yen-tho            Yến thô cao cấp Culaore            Công ty TNHH XNK Yến sào Cù Lao Ré                                                  chưa                 chưa                chưa                          mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu               0  Đánh giá lại                       Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm

$ ocop -C d report quarter --year 2025 --quarter 4
> Kết quả thực hiện Chương trình OCOP quý IV năm 2025
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> Từ ngày 01/10/2025 đến ngày 20/11/2025.
>
> Kết quả trong quý
> Nội dung                    Số lượng
> Sản phẩm đăng ký mới               0
> Lượt chuyển bước chu trình         1
> Ý tưởng không đạt                  0
> Đánh giá cấp phường                0
> Chấm điểm, phân hạng               4
> Giấy chứng nhận cấp mới            4
> Giấy chứng nhận hết hạn            0
> Giấy chứng nhận bị thu hồi         0
> Hội chợ                            1
> Chủ thể được đào tạo               2
>
> Chi tiết
> Ngày        Sự kiện          Tên                                 Chi tiết
> 01/10/2025  Công nhận 3 sao  Đông trùng hạ thảo ngâm mật ong     Quyết định 1898/QĐ-UBND
> 01/10/2025  Công nhận 4 sao  Mai vàng Nghĩa Lộ                   Quyết định 1898/QĐ-UBND
> 01/10/2025  Công nhận 3 sao  Rượu lứt Ấn Trà                     Quyết định 1898/QĐ-UBND
> 01/10/2025  Công nhận 4 sao  Yến rút lông nguyên tổ Culaore      Quyết định 1898/QĐ-UBND
> 15/10/2025  Đào tạo          Công ty TNHH XNK Yến sào Cù Lao Ré  Tập huấn kiến thức OCOP năm 2025
> 15/10/2025  Đào tạo          Hộ kinh doanh Lê Thanh Hường        Tập huấn kiến thức OCOP năm 2025
> 05/11/2025  Bước 6           Yến rút lông nguyên tổ Culaore      Xúc tiến thương mại
> 05/11/2025  Hội chợ          Hội chợ OCOP Quảng Ngãi 2025        Đường phèn Tuyết Hường, Yến rút lông nguyên tổ Culaore

$ ocop -C d report targets --year 2025
> Kết quả thực hiện mục tiêu Chương trình OCOP năm 2025
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> Năm 2025 có 4 sản phẩm mới đạt OCOP 3 sao trở lên (kế hoạch: 3–5).
>
> Kết quả so với mục tiêu năm
> Chỉ tiêu                         Kế hoạch  Thực hiện  Đánh giá  Chi tiết
> Sản phẩm mới đạt 3 sao trở lên   3–5               4  đạt
> Chủ thể được đào tạo, bồi dưỡng  100%            20%  chưa đạt  2/10 chủ thể
> Hội chợ xúc tiến thương mại      1–2               2  đạt
>
> Sản phẩm mới đạt OCOP 3 sao trở lên
> TT  Sản phẩm                         Đơn vị                              Ngành hàng                          Đạt sao  Quyết định    Ngày quyết định
>  1  Rượu lứt Ấn Trà                  Công ty TNHH Nông Lâm Nghiệp TBT    Đồ uống                                   3  1898/QĐ-UBND  01/10/2025
>  2  Yến rút lông nguyên tổ Culaore   Công ty TNHH XNK Yến sào Cù Lao Ré  Thực phẩm                                 4  1898/QĐ-UBND  01/10/2025
>  3  Mai vàng Nghĩa Lộ                Cơ sở Hoa kiểng Đức Thắng           Sinh vật cảnh                             4  1898/QĐ-UBND  01/10/2025
>  4  Đông trùng hạ thảo ngâm mật ong  Hợp tác xã Dược liệu Ngọc Bảo       Dược liệu và sản phẩm từ dược liệu        3  1898/QĐ-UBND  01/10/2025
>
> Hội chợ, xúc tiến thương mại
> Ngày        Hội chợ                                 Sản phẩm
> 15/08/2025  Hội chợ Xúc tiến thương mại miền Trung  Mạch nha Quảng Ngãi đường Mantoza
> 05/11/2025  Hội chợ OCOP Quảng Ngãi 2025            Đường phèn Tuyết Hường, Yến rút lông nguyên tổ Culaore

# In English: the global option, or the report's own; dates in ISO.
$ ocop -C d --lang en report certified
> Products certified OCOP 3 stars or more
> phường Nghĩa Lộ, Quảng Ngãi province
>
> In the area, 9 products hold an OCOP certificate of 3 stars or more: 1 with 5 stars, 2 with 4 stars, 6 with 3 stars.
>
> No.  Product                            Producer                                                             Address                                  Stars  Decision       Decided     Expires
>   1  Rượu lứt Ấn Trà                    Công ty TNHH Nông Lâm Nghiệp TBT                                     Số 135 đường Chu Văn An                      3  1898/QĐ-UBND   2025-10-01  2028-10-01
>   2  Yến rút lông nguyên tổ Culaore     Công ty TNHH XNK Yến sào Cù Lao Ré                                   Số 38 đường Chu Văn An, phường Nghĩa Lộ      4  1898/QĐ-UBND   2025-10-01  2028-10-01
>   3  Yến thô cao cấp Culaore                                                                                                                              3  3981/QĐ-UBND   2022-12-26  2025-12-26
>   4  Mai vàng Nghĩa Lộ                  Cơ sở Hoa kiểng Đức Thắng                                            Tổ 5, phường Nghĩa Lộ                        4  1898/QĐ-UBND   2025-10-01  2028-10-01
>   5  Đường phèn Tuyết Hường             Hộ kinh doanh Lê Thanh Hường                                         Tổ 10, phường Nghĩa Lộ                       3  1425/QĐ-UBND   2023-06-15  2026-06-15
>   6  Đông trùng hạ thảo ngâm mật ong    Hợp tác xã Dược liệu Ngọc Bảo                                        Tổ 8, phường Nghĩa Lộ                        3  1898/QĐ-UBND   2025-10-01  2028-10-01
>   7  Mạch nha Quảng Ngãi đường Mantoza  Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi  02 Nguyễn Chí Thanh, phường Nghĩa Lộ         5  1234/QĐ-BNNMT  2024-05-20  2027-05-20
>   8  Giỏ mây tre đan Ân Phú             Tổ hợp tác Mây tre đan Ân Phú                                        Thôn Ân Phú                                  3  512/QĐ-UBND    2024-03-20  2027-03-20
>   9  Điểm du lịch cộng đồng Thiên Ấn    Trần Văn Ấn                                                          Thôn Thiên Ấn                                3  2001/QĐ-UBND   2023-09-12  2026-09-12

$ ocop -C d report summary --lang en
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
>
> Producers by kind
> Kind of producer     Producers  With certified products  Products  Certified products
> Enterprise                   3                        3         4                   4
> Cooperative                  1                        1         1                   1
> Cooperative group            1                        1         1                   1
> Household business           2                        1         4                   1
> Production facility          2                        1         2                   1
> Individual                   1                        1         1                   1
> Total                       10                        8        13                   9
>
> Totals
> Item                               Count
> Wards and communes                     1
> Producers                             10
> Producers with certified products      8
> Products                              13
> Certified products in force            9
> of which ending within 30 days         0
> Certificate ended                      1
> Certificate revoked                    1
> In the cycle                           1
> Ideas rejected                         1

$ ocop -C d report pipeline --lang en --year 2025
> Products in the OCOP cycle
> phường Nghĩa Lộ, Quảng Ngãi province
>
> Products at each step of the cycle
> Step  Name                             New ideas  Existing products  Total
>    1  Guidance                                 0                  0      0
>    2  Idea registration                        0                  0      0
>    3  Business plan                            1                  0      1
>    4  Implementation                           0                  0      0
>    5  Evaluation and rating                    0                 10     10
>    6  Trade promotion                          0                  1      1
>       Ideas rejected (back to step 2)          1                  0      1
>       Total                                    2                 11     13
>
> Products reaching each step, by year
> Year  Step 1  Step 2  Step 3  Step 4  Step 5  Step 6  Rejected  Certified
> 2025       1       6       2       1       4       1         1          4

$ ocop -C d report expiring --lang en
> OCOP certificates ending or ended
> phường Nghĩa Lộ, Quảng Ngãi province
>
> 1 certificates end within 30 days or have ended.
>
> ID          Product                 Producer                      Kind              Stars  Decision      Expires     Days left  Status
> duong-phoi  Đường phổi Tuyết Hường  Hộ kinh doanh Lê Thanh Hường  OCOP certificate      3  2210/QĐ-UBND  2024-12-10       -345  ended

$ ocop -C d report readiness --lang en
> What products still lack (section VI of the plan)
> phường Nghĩa Lộ, Quảng Ngãi province
>
> 12 of 12 products still lack at least one item.
>
> ID                 Product                            Producer                                                             Barcode        Traceability  Quality declared  Food safety  Trademark  Lacks                                                                     E-commerce listings  Next step       Documents held  Documents missing                                                                        Documents expired
> banh-trang-me-den  Bánh tráng mè đen                  Hộ kinh doanh Đoàn Thị Út                                                           no            no                no                      barcode, traceability stamp, quality declaration, food safety, trademark                    0  ward check                      registration form, business plan, self-assessment report
> com-rang           Cốm rang Hoàng Huy                 Cơ sở sản xuất cốm rang Hoàng Huy                                                   no            no                no                      barcode, traceability stamp, quality declaration, food safety, trademark                    0  ward check                      registration form, business plan, self-assessment report
> thien-an           Điểm du lịch cộng đồng Thiên Ấn    Trần Văn Ấn                                                          —              —             —                 —            Thiên Ấn                                                                                               0  re-recognition                  registration form, self-assessment report
> dong-trung         Đông trùng hạ thảo ngâm mật ong    Hợp tác xã Dược liệu Ngọc Bảo                                                       no            no                no                      barcode, traceability stamp, quality declaration, food safety, trademark                    0  re-recognition                  registration form, self-assessment report, food safety certificate, quality declaration
> duong-phen         Đường phèn Tuyết Hường             Hộ kinh doanh Lê Thanh Hường                                         8936123456795  yes           no                no                      quality declaration, food safety, trademark                                                 0  re-recognition                  registration form, self-assessment report, food safety certificate, quality declaration
> duong-phoi         Đường phổi Tuyết Hường             Hộ kinh doanh Lê Thanh Hường                                                        no            no                no                      barcode, traceability stamp, quality declaration, food safety, trademark                    0  re-recognition                  registration form, self-assessment report, food safety certificate, quality declaration
> gio-may-tre        Giỏ mây tre đan Ân Phú             Tổ hợp tác Mây tre đan Ân Phú                                                       no            no                —                       barcode, traceability stamp, quality declaration, trademark                                 0  re-recognition                  registration form, self-assessment report, quality declaration
> mach-nha           Mạch nha Quảng Ngãi đường Mantoza  Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi                 no            no                no                      barcode, traceability stamp, quality declaration, food safety, trademark                    0  re-recognition                  registration form, self-assessment report, food safety certificate, quality declaration
> mai-vang           Mai vàng Nghĩa Lộ                  Cơ sở Hoa kiểng Đức Thắng                                                           no            no                —                       barcode, traceability stamp, quality declaration, trademark                                 0  re-recognition                  registration form, self-assessment report, quality declaration
> ruou-lut           Rượu lứt Ấn Trà                    Công ty TNHH Nông Lâm Nghiệp TBT                                                    no            no                no                      barcode, traceability stamp, quality declaration, food safety, trademark                    0  re-recognition                  registration form, self-assessment report, food safety certificate, quality declaration
> yen-rut-long       Yến rút lông nguyên tổ Culaore     Công ty TNHH XNK Yến sào Cù Lao Ré                                   8936123456788  yes           yes               yes          Culaore                                                                                                0  re-recognition                  registration form, self-assessment report, food safety certificate, quality declaration
> yen-tho            Yến thô cao cấp Culaore            Công ty TNHH XNK Yến sào Cù Lao Ré                                                  no            no                no                      barcode, traceability stamp, quality declaration, food safety, trademark                    0  re-recognition                  registration form, self-assessment report, food safety certificate, quality declaration

$ ocop -C d report quarter --lang en --quarter III
> The OCOP programme in quarter III of 2025
> phường Nghĩa Lộ, Quảng Ngãi province
>
> From 2025-07-01 to 2025-09-30.
>
> The quarter in figures
> Item                       Count
> Products registered            0
> Steps of the cycle passed      6
> Ideas rejected                 0
> Ward assessments               4
> Council ratings                0
> Certificates issued            0
> Certificates ended             0
> Certificates revoked           1
> Trade fairs                    1
> Producers trained              0
>
> Details
> Date        Event            Name                                    Detail
> 2025-07-01  Step 3           Bánh tráng mè đen                       Business plan
> 2025-07-15  Step 4           Yến rút lông nguyên tổ Culaore          Implementation
> 2025-07-20  Step 5           Rượu lứt Ấn Trà                         Evaluation and rating
> 2025-08-01  Step 5           Đông trùng hạ thảo ngâm mật ong         Evaluation and rating
> 2025-08-01  Step 5           Yến rút lông nguyên tổ Culaore          Evaluation and rating
> 2025-08-05  Step 5           Mai vàng Nghĩa Lộ                       Evaluation and rating
> 2025-08-15  Trade fair       Hội chợ Xúc tiến thương mại miền Trung  Mạch nha Quảng Ngãi đường Mantoza
> 2025-08-20  Ward assessment  Đông trùng hạ thảo ngâm mật ong         all 4 criteria passed
> 2025-08-20  Ward assessment  Mai vàng Nghĩa Lộ                       all 4 criteria passed
> 2025-08-20  Ward assessment  Rượu lứt Ấn Trà                         all 4 criteria passed
> 2025-08-20  Ward assessment  Yến rút lông nguyên tổ Culaore          all 4 criteria passed
> 2025-09-15  Revoked          Cốm rang Hoàng Huy                      Decision 1500/QĐ-UBND

$ ocop -C d report targets --lang en
> The OCOP programme's targets for 2025
> phường Nghĩa Lộ, Quảng Ngãi province
>
> In 2025, 4 new products reached 3 stars or more (target: 3–5).
>
> The year against its targets
> Target                             Planned  Actual  Met      Detail
> New products with 3 stars or more  3–5           4  met
> Producers trained                  100%        20%  not met  2 of 10 producers
> Trade fairs                        1–2           2  met
>
> New products with 3 stars or more
> No.  Product                          Producer                            Category    Stars  Decision      Decided
>   1  Rượu lứt Ấn Trà                  Công ty TNHH Nông Lâm Nghiệp TBT    Beverages       3  1898/QĐ-UBND  2025-10-01
>   2  Yến rút lông nguyên tổ Culaore   Công ty TNHH XNK Yến sào Cù Lao Ré  Food            4  1898/QĐ-UBND  2025-10-01
>   3  Mai vàng Nghĩa Lộ                Cơ sở Hoa kiểng Đức Thắng           Ornamental      4  1898/QĐ-UBND  2025-10-01
>   4  Đông trùng hạ thảo ngâm mật ong  Hợp tác xã Dược liệu Ngọc Bảo       Herbal          3  1898/QĐ-UBND  2025-10-01
>
> Trade fairs
> Date        Fair                                    Products
> 2025-08-15  Hội chợ Xúc tiến thương mại miền Trung  Mạch nha Quảng Ngãi đường Mantoza
> 2025-11-05  Hội chợ OCOP Quảng Ngãi 2025            Đường phèn Tuyết Hường, Yến rút lông nguyên tổ Culaore
