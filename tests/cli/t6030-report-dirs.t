# Several data directories read together, as a province sees its wards.
# The fixture: the ward of the seed plan, Nghĩa Lộ, with products of all
# 6 categories, 3 to 5 stars, a certificate ending within 90 days, one
# ended, one revoked, a rejected idea and an idea at step 3.  Today is
# 2025-11-20 (the runner's OCOP_TODAY).
$ ocop init d --ward "phường Nghĩa Lộ" --province "Quảng Ngãi"
2> ocop: made an empty data directory in d
$ printf '%s\n' 'authority: UBND phường Nghĩa Lộ' 'department: Phòng Kinh tế, Hạ tầng và Đô thị' 'place: Nghĩa Lộ' 'signer: Mai Thị Cẩm Hồng' 'signer_title: Phó Chủ tịch' 'sign_for: KT. Chủ tịch' 'recipients: |-' '  Sở NN&MT;' '  TT HĐND phường;' '  Lưu: VT.' 'targets:' '- {year: 2025, new_products_min: 3, new_products_max: 5, trained_percent: 100, fairs_min: 1, fairs_max: 2}' >> d/ocop.yaml
$ ocop -C d producer add "Công ty TNHH XNK Yến sào Cù Lao Ré" --kind enterprise --address "Số 38 đường Chu Văn An, phường Nghĩa Lộ" --id yen-sao
> yen-sao
$ ocop -C d producer add "Hộ kinh doanh Lê Thanh Hường" --kind household --address "Tổ 10, phường Nghĩa Lộ" --id le-thanh-huong
> le-thanh-huong
$ ocop -C d producer add "Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi" --kind enterprise --address "02 Nguyễn Chí Thanh, phường Nghĩa Lộ" --id nha-quang-ngai
> nha-quang-ngai
$ ocop -C d producer add "Công ty TNHH Nông Lâm Nghiệp TBT" --kind enterprise --address "Số 135 đường Chu Văn An" --id tbt
> tbt
$ ocop -C d producer add "Hợp tác xã Dược liệu Ngọc Bảo" --kind cooperative --address "Tổ 8, phường Nghĩa Lộ" --id ngoc-bao
> ngoc-bao
$ ocop -C d producer add "Tổ hợp tác Mây tre đan Ân Phú" --kind cooperative-group --address "Thôn Ân Phú" --id an-phu
> an-phu
$ ocop -C d producer add "Cơ sở Hoa kiểng Đức Thắng" --kind facility --address "Tổ 5, phường Nghĩa Lộ" --id duc-thang
> duc-thang
$ ocop -C d producer add "Trần Văn Ấn" --kind individual --address "Thôn Thiên Ấn" --id tran-van-an
> tran-van-an
$ ocop -C d producer add "Cơ sở sản xuất cốm rang Hoàng Huy" --kind facility --address "Số 253/8 đường Trần Hưng Đạo" --id hoang-huy
> hoang-huy
$ ocop -C d producer add "Hộ kinh doanh Đoàn Thị Út" --kind household --id doan-thi-ut
> doan-thi-ut
$ printf '%s\n' 'training:' '- {date: 2025-10-15, course: Tập huấn kiến thức OCOP năm 2025}' >> d/producers/yen-sao.yaml
$ printf '%s\n' 'training:' '- {date: 2025-10-15, course: Tập huấn kiến thức OCOP năm 2025}' '- {date: 2024-09-10, course: Tập huấn năm 2024}' >> d/producers/le-thanh-huong.yaml
$ ocop -C d product add "Yến thô cao cấp Culaore" --producer yen-sao --category food --set 8 --date 2022-03-01 --id yen-tho && ocop -C d cycle advance yen-tho --to 5 --date 2022-09-01 && ocop -C d rate council yen-tho --score 30,10,20 --date 2022-12-26 --decision 3981/QĐ-UBND
> yen-tho
$ ocop -C d product add "Yến rút lông nguyên tổ Culaore" --producer yen-sao --category food --set 8 --date 2025-04-10 --id yen-rut-long && ocop -C d cycle advance yen-rut-long --date 2025-06-02 && ocop -C d cycle advance yen-rut-long --date 2025-07-15 && ocop -C d cycle advance yen-rut-long --date 2025-08-01
> yen-rut-long
$ ocop -C d rate ward yen-rut-long --date 2025-08-20 --report 12/BC-UBND && ocop -C d rate council yen-rut-long --score 30,18,25 --date 2025-10-01 --decision 1898/QĐ-UBND && ocop -C d cycle advance yen-rut-long --date 2025-11-05
$ ocop -C d product set yen-rut-long readiness.barcode=8936123456788 readiness.traceability=true readiness.quality_declaration=true readiness.food_safety=true readiness.trademark=Culaore
$ printf '%s\n' 'promotion:' '- {date: 2025-11-05, kind: fair, name: Hội chợ OCOP Quảng Ngãi 2025}' >> d/products/yen-rut-long.yaml
$ ocop -C d product add "Đường phèn Tuyết Hường" --producer le-thanh-huong --category food --date 2023-01-05 --id duong-phen && ocop -C d cycle advance duong-phen --to 5 --date 2023-04-01 && ocop -C d rate council duong-phen --score 25,15,15 --date 2023-06-15 --decision 1425/QĐ-UBND
> duong-phen
$ ocop -C d product set duong-phen readiness.barcode=8936123456795 readiness.traceability=true
$ printf '%s\n' 'promotion:' '- {date: 2025-11-05, kind: fair, name: Hội chợ OCOP Quảng Ngãi 2025}' '- {date: 2025-09-01, kind: ecommerce, name: Shopee}' >> d/products/duong-phen.yaml
$ ocop -C d product add "Đường phổi Tuyết Hường" --producer le-thanh-huong --category food --date 2021-03-01 --id duong-phoi && ocop -C d cycle advance duong-phoi --to 5 --date 2021-08-01 && ocop -C d rate council duong-phoi --score 25,15,12 --date 2021-12-10 --decision 2210/QĐ-UBND
> duong-phoi
$ ocop -C d product add "Mạch nha Quảng Ngãi đường Mantoza" --producer nha-quang-ngai --category food --date 2023-10-01 --id mach-nha && ocop -C d cycle advance mach-nha --to 5 --date 2024-01-15 && ocop -C d rate council mach-nha --score 38,24,30 --date 2024-05-20 --decision 1234/QĐ-BNNMT --level central
> mach-nha
$ printf '%s\n' 'promotion:' '- {date: 2025-08-15, kind: fair, name: Hội chợ Xúc tiến thương mại miền Trung}' >> d/products/mach-nha.yaml
$ ocop -C d product add "Rượu lứt Ấn Trà" --producer tbt --category beverage --date 2025-03-01 --id ruou-lut && ocop -C d cycle advance ruou-lut --to 5 --date 2025-07-20 && ocop -C d rate ward ruou-lut --date 2025-08-20 --report 12/BC-UBND && ocop -C d rate council ruou-lut --score 22,15,20 --date 2025-10-01 --decision 1898/QĐ-UBND
> ruou-lut
$ ocop -C d product add "Đông trùng hạ thảo ngâm mật ong" --producer ngoc-bao --category herbal --date 2025-05-05 --id dong-trung && ocop -C d cycle advance dong-trung --to 5 --date 2025-08-01 && ocop -C d rate ward dong-trung --date 2025-08-20 --report 12/BC-UBND && ocop -C d rate council dong-trung --score 25,15,15 --date 2025-10-01 --decision 1898/QĐ-UBND
> dong-trung
$ ocop -C d product add "Giỏ mây tre đan Ân Phú" --producer an-phu --category handicraft --date 2023-09-01 --id gio-may-tre && ocop -C d cycle advance gio-may-tre --to 5 --date 2023-12-01 && ocop -C d rate council gio-may-tre --score 20,15,20 --date 2024-03-20 --decision 512/QĐ-UBND
> gio-may-tre
$ ocop -C d product add "Mai vàng Nghĩa Lộ" --producer duc-thang --category ornamental --date 2025-02-15 --id mai-vang && ocop -C d cycle advance mai-vang --to 5 --date 2025-08-05 && ocop -C d rate ward mai-vang --date 2025-08-20 --report 12/BC-UBND && ocop -C d rate council mai-vang --score 32,20,20 --date 2025-10-01 --decision 1898/QĐ-UBND
> mai-vang
$ ocop -C d product add "Điểm du lịch cộng đồng Thiên Ấn" --producer tran-van-an --category tourism --date 2023-02-01 --id thien-an && ocop -C d cycle advance thien-an --to 5 --date 2023-06-01 && ocop -C d rate council thien-an --score 22,15,15 --date 2023-09-12 --decision 2001/QĐ-UBND && ocop -C d product set thien-an "readiness.trademark=Thiên Ấn"
> thien-an
$ ocop -C d product add "Cốm rang Hoàng Huy" --producer hoang-huy --category food --date 2022-11-01 --id com-rang && ocop -C d cycle advance com-rang --to 5 --date 2023-03-01 && ocop -C d rate council com-rang --score 22,15,15 --date 2023-05-10 --decision 900/QĐ-UBND && ocop -C d rate revoke com-rang --date 2025-09-15 --decision 1500/QĐ-UBND
> com-rang
$ ocop -C d product add "Bánh tráng nước dừa" --producer doan-thi-ut --category food --origin idea --date 2025-04-20 --id banh-trang-nuoc-dua && ocop -C d cycle reject banh-trang-nuoc-dua --date 2025-06-30 --note "Chưa đủ vùng nguyên liệu"
> banh-trang-nuoc-dua
$ ocop -C d product add "Bánh tráng mè đen" --producer doan-thi-ut --category food --origin idea --step 1 --date 2025-02-10 --id banh-trang-me-den && ocop -C d cycle advance banh-trang-me-den --date 2025-04-20 && ocop -C d cycle advance banh-trang-me-den --date 2025-07-01
> banh-trang-me-den
$ ocop -C d check

# A second ward: its products count with the first ward's, each product's
# producer looked up in its own directory.
$ ocop init e --ward "Trương Quang Trọng" --province "Quảng Ngãi"
2> ocop: made an empty data directory in e
$ ocop -C e producer add "Hợp tác xã Nông nghiệp Tịnh Ấn Tây" --kind cooperative --id htx-tinh-an
> htx-tinh-an
$ ocop -C e product add "Nước mắm Tịnh Ấn" --producer htx-tinh-an --category food --date 2023-01-01 --id nuoc-mam && ocop -C e cycle advance nuoc-mam --to 5 --date 2023-03-01 && ocop -C e rate council nuoc-mam --score 30,10,20 --date 2023-06-01 --decision 700/QĐ-UBND
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
> Trong đó sắp hết hạn (90 ngày)         1
> Đã hết hạn                             1
> Bị thu hồi                             1
> Đang thực hiện chu trình               1
> Ý tưởng không đạt                      1

$ ocop -C d -C e report certified --format csv
> no,product,producer,address,stars,decision,decision_date,expires
> 1,Rượu lứt Ấn Trà,Công ty TNHH Nông Lâm Nghiệp TBT,Số 135 đường Chu Văn An,3,1898/QĐ-UBND,2025-10-01,2028-10-01
> 2,Yến rút lông nguyên tổ Culaore,Công ty TNHH XNK Yến sào Cù Lao Ré,"Số 38 đường Chu Văn An, phường Nghĩa Lộ",4,1898/QĐ-UBND,2025-10-01,2028-10-01
> 3,Yến thô cao cấp Culaore,Công ty TNHH XNK Yến sào Cù Lao Ré,"Số 38 đường Chu Văn An, phường Nghĩa Lộ",3,3981/QĐ-UBND,2022-12-26,2025-12-26
> 4,Mai vàng Nghĩa Lộ,Cơ sở Hoa kiểng Đức Thắng,"Tổ 5, phường Nghĩa Lộ",4,1898/QĐ-UBND,2025-10-01,2028-10-01
> 5,Đường phèn Tuyết Hường,Hộ kinh doanh Lê Thanh Hường,"Tổ 10, phường Nghĩa Lộ",3,1425/QĐ-UBND,2023-06-15,2026-06-15
> 6,Đông trùng hạ thảo ngâm mật ong,Hợp tác xã Dược liệu Ngọc Bảo,"Tổ 8, phường Nghĩa Lộ",3,1898/QĐ-UBND,2025-10-01,2028-10-01
> 7,Nước mắm Tịnh Ấn,Hợp tác xã Nông nghiệp Tịnh Ấn Tây,,3,700/QĐ-UBND,2023-06-01,2026-06-01
> 8,Mạch nha Quảng Ngãi đường Mantoza,Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi,"02 Nguyễn Chí Thanh, phường Nghĩa Lộ",5,1234/QĐ-BNNMT,2024-05-20,2027-05-20
> 9,Giỏ mây tre đan Ân Phú,Tổ hợp tác Mây tre đan Ân Phú,Thôn Ân Phú,3,512/QĐ-UBND,2024-03-20,2027-03-20
> 10,Điểm du lịch cộng đồng Thiên Ấn,Trần Văn Ấn,Thôn Thiên Ấn,3,2001/QĐ-UBND,2023-09-12,2026-09-12

$ ocop -C d -C e report summary --table totals --format csv
> item,count
> "Phường, xã",2
> Chủ thể,11
> Chủ thể có sản phẩm OCOP,9
> Sản phẩm,14
> Sản phẩm OCOP còn hiệu lực,10
> Trong đó sắp hết hạn (90 ngày),1
> Đã hết hạn,1
> Bị thu hồi,1
> Đang thực hiện chu trình,1
> Ý tưởng không đạt,1

# An id in both directories: refused, naming both files.
$ ocop -C e product add "Yến thô" --producer htx-tinh-an --category food --id yen-tho
> yen-tho
$ ocop -C d -C e report summary
2> ocop: e/products/yen-tho.yaml: error: id 'yen-tho' is also used by d/products/yen-tho.yaml; directories read together must not share an id; rename one of them
? 1

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
