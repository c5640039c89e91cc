# ocop report as CSV, TSV, JSON and Markdown: machine names in the
# header, dates in ISO, yes/no as true/false; every Vietnamese name intact.
# The fixture, fixtures/report-data.sh: the ward of the seed plan, Nghĩa
# Lộ, with products of all 6 categories, 3 to 5 stars, a certificate
# ending in 36 days (in --within 90, not in the rules' 30-day notice),
# one ended, one revoked, a rejected idea and an
# idea at step 3.  Today is 2025-11-20 (the runner's OCOP_TODAY).
$ sh "$OCOP_FIXTURES/report-data.sh"

# CSV: several tables one after the other, a blank line between.
$ ocop -C d report certified --format csv
> no,product,producer,address,stars,decision,decision_date,expires
> 1,Rượu lứt Ấn Trà,Công ty TNHH Nông Lâm Nghiệp TBT,Số 135 đường Chu Văn An,3,1898/QĐ-UBND,2025-10-01,2028-10-01
> 2,Yến rút lông nguyên tổ Culaore,Công ty TNHH XNK Yến sào Cù Lao Ré,"Số 38 đường Chu Văn An, phường Nghĩa Lộ",4,1898/QĐ-UBND,2025-10-01,2028-10-01
> 3,Yến thô cao cấp Culaore,Công ty TNHH XNK Yến sào Cù Lao Ré,"Số 38 đường Chu Văn An, phường Nghĩa Lộ",3,3981/QĐ-UBND,2022-12-26,2025-12-26
> 4,Mai vàng Nghĩa Lộ,Cơ sở Hoa kiểng Đức Thắng,"Tổ 5, phường Nghĩa Lộ",4,1898/QĐ-UBND,2025-10-01,2028-10-01
> 5,Đường phèn Tuyết Hường,Hộ kinh doanh Lê Thanh Hường,"Tổ 10, phường Nghĩa Lộ",3,1425/QĐ-UBND,2023-06-15,2026-06-15
> 6,Đông trùng hạ thảo ngâm mật ong,Hợp tác xã Dược liệu Ngọc Bảo,"Tổ 8, phường Nghĩa Lộ",3,1898/QĐ-UBND,2025-10-01,2028-10-01
> 7,Mạch nha Quảng Ngãi đường Mantoza,Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi,"02 Nguyễn Chí Thanh, phường Nghĩa Lộ",5,1234/QĐ-BNNMT,2024-05-20,2027-05-20
> 8,Giỏ mây tre đan Ân Phú,Tổ hợp tác Mây tre đan Ân Phú,Thôn Ân Phú,3,512/QĐ-UBND,2024-03-20,2027-03-20
> 9,Điểm du lịch cộng đồng Thiên Ấn,Trần Văn Ấn,Thôn Thiên Ấn,3,2001/QĐ-UBND,2023-09-12,2026-09-12

$ ocop -C d report summary --format csv
> category,stars_3,stars_4,stars_5,certified,not_certified,products
> food,2,1,1,4,4,8
> beverage,1,0,0,1,0,1
> herbal,1,0,0,1,0,1
> handicraft,1,0,0,1,0,1
> ornamental,0,1,0,1,0,1
> tourism,1,0,0,1,0,1
> total,6,2,1,9,4,13
>
> kind,producers,with_certified,products,certified
> enterprise,3,3,4,4
> cooperative,1,1,1,1
> cooperative-group,1,1,1,1
> household,2,1,4,1
> facility,2,1,2,1
> individual,1,1,1,1
> total,10,8,13,9
>
> item,count
> wards,1
> producers,10
> producers_certified,8
> products,13
> certified,9
> expiring,0
> expired,1
> revoked,1
> in_cycle,1
> rejected,1

$ ocop -C d report pipeline --format csv
> step,name,ideas,existing,products
> 1,guidance,0,0,0
> 2,idea,0,0,0
> 3,plan,1,0,1
> 4,implement,0,0,0
> 5,evaluate,0,10,10
> 6,promote,0,1,1
> ,rejected,1,0,1
> ,total,2,11,13
>
> year,step_1,step_2,step_3,step_4,step_5,step_6,rejected,recognised
> 2021,0,1,0,0,1,0,0,1
> 2022,0,2,0,0,1,0,0,1
> 2023,0,4,0,0,4,0,0,3
> 2024,0,0,0,0,1,0,0,2
> 2025,1,6,2,1,4,1,1,4

$ ocop -C d report expiring --format csv
> id,product,producer,kind,stars,decision,expires,days_left,status
> duong-phoi,Đường phổi Tuyết Hường,Hộ kinh doanh Lê Thanh Hường,ocop,3,2210/QĐ-UBND,2024-12-10,-345,expired

$ ocop -C d report readiness --format csv
> id,product,producer,barcode,traceability,quality_declaration,food_safety,trademark,lacks,listings,next_step,documents,missing,expired
> banh-trang-me-den,Bánh tráng mè đen,Hộ kinh doanh Đoàn Thị Út,,false,false,false,,"barcode, traceability, quality-declaration, food-safety, trademark",0,ward,,"registration, business-plan, self-assessment",
> com-rang,Cốm rang Hoàng Huy,Cơ sở sản xuất cốm rang Hoàng Huy,,false,false,false,,"barcode, traceability, quality-declaration, food-safety, trademark",0,ward,,"registration, business-plan, self-assessment",
> thien-an,Điểm du lịch cộng đồng Thiên Ấn,Trần Văn Ấn,,,,,Thiên Ấn,,0,renewal,,"registration, self-assessment",
> dong-trung,Đông trùng hạ thảo ngâm mật ong,Hợp tác xã Dược liệu Ngọc Bảo,,false,false,false,,"barcode, traceability, quality-declaration, food-safety, trademark",0,renewal,,"registration, self-assessment, food-safety, quality-declaration",
> duong-phen,Đường phèn Tuyết Hường,Hộ kinh doanh Lê Thanh Hường,8936123456795,true,false,false,,"quality-declaration, food-safety, trademark",0,renewal,,"registration, self-assessment, food-safety, quality-declaration",
> duong-phoi,Đường phổi Tuyết Hường,Hộ kinh doanh Lê Thanh Hường,,false,false,false,,"barcode, traceability, quality-declaration, food-safety, trademark",0,renewal,,"registration, self-assessment, food-safety, quality-declaration",
> gio-may-tre,Giỏ mây tre đan Ân Phú,Tổ hợp tác Mây tre đan Ân Phú,,false,false,,,"barcode, traceability, quality-declaration, trademark",0,renewal,,"registration, self-assessment, quality-declaration",
> mach-nha,Mạch nha Quảng Ngãi đường Mantoza,Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi,,false,false,false,,"barcode, traceability, quality-declaration, food-safety, trademark",0,renewal,,"registration, self-assessment, food-safety, quality-declaration",
> mai-vang,Mai vàng Nghĩa Lộ,Cơ sở Hoa kiểng Đức Thắng,,false,false,,,"barcode, traceability, quality-declaration, trademark",0,renewal,,"registration, self-assessment, quality-declaration",
> ruou-lut,Rượu lứt Ấn Trà,Công ty TNHH Nông Lâm Nghiệp TBT,,false,false,false,,"barcode, traceability, quality-declaration, food-safety, trademark",0,renewal,,"registration, self-assessment, food-safety, quality-declaration",
> yen-rut-long,Yến rút lông nguyên tổ Culaore,Công ty TNHH XNK Yến sào Cù Lao Ré,8936123456788,true,true,true,Culaore,,0,renewal,,"registration, self-assessment, food-safety, quality-declaration",
> yen-tho,Yến thô cao cấp Culaore,Công ty TNHH XNK Yến sào Cù Lao Ré,,false,false,false,,"barcode, traceability, quality-declaration, food-safety, trademark",0,renewal,,"registration, self-assessment, food-safety, quality-declaration",

$ ocop -C d report quarter --format csv --year 2025 --quarter 3
> item,count
> registered,0
> steps_passed,6
> rejected,0
> ward_assessed,4
> rated,0
> issued,0
> expired,0
> revoked,1
> fairs,1
> trained,0
>
> date,event,name,detail
> 2025-07-01,step-3,Bánh tráng mè đen,plan
> 2025-07-15,step-4,Yến rút lông nguyên tổ Culaore,implement
> 2025-07-20,step-5,Rượu lứt Ấn Trà,evaluate
> 2025-08-01,step-5,Đông trùng hạ thảo ngâm mật ong,evaluate
> 2025-08-01,step-5,Yến rút lông nguyên tổ Culaore,evaluate
> 2025-08-05,step-5,Mai vàng Nghĩa Lộ,evaluate
> 2025-08-15,fair,Hội chợ Xúc tiến thương mại miền Trung,Mạch nha Quảng Ngãi đường Mantoza
> 2025-08-20,ward-assessment,Đông trùng hạ thảo ngâm mật ong,passed
> 2025-08-20,ward-assessment,Mai vàng Nghĩa Lộ,passed
> 2025-08-20,ward-assessment,Rượu lứt Ấn Trà,passed
> 2025-08-20,ward-assessment,Yến rút lông nguyên tổ Culaore,passed
> 2025-09-15,revoked,Cốm rang Hoàng Huy,1500/QĐ-UBND

$ ocop -C d report targets --format csv --year 2025
> target,planned,actual,met,detail
> new_products,3–5,4,true,
> trained,100%,20,false,2/10
> fairs,1–2,2,true,
>
> no,product,producer,category,stars,decision,decision_date
> 1,Rượu lứt Ấn Trà,Công ty TNHH Nông Lâm Nghiệp TBT,beverage,3,1898/QĐ-UBND,2025-10-01
> 2,Yến rút lông nguyên tổ Culaore,Công ty TNHH XNK Yến sào Cù Lao Ré,food,4,1898/QĐ-UBND,2025-10-01
> 3,Mai vàng Nghĩa Lộ,Cơ sở Hoa kiểng Đức Thắng,ornamental,4,1898/QĐ-UBND,2025-10-01
> 4,Đông trùng hạ thảo ngâm mật ong,Hợp tác xã Dược liệu Ngọc Bảo,herbal,3,1898/QĐ-UBND,2025-10-01
>
> date,fair,products
> 2025-08-15,Hội chợ Xúc tiến thương mại miền Trung,Mạch nha Quảng Ngãi đường Mantoza
> 2025-11-05,Hội chợ OCOP Quảng Ngãi 2025,"Đường phèn Tuyết Hường, Yến rút lông nguyên tổ Culaore"

# For a spreadsheet: one byte-order mark, CRLF, the formula guard.
$ ocop -C d report summary --format csv --excel | sed '1s/^\xef\xbb\xbf/<BOM>/; s/\r$/<CR>/'
> <BOM>Ngành hàng,3 sao,4 sao,5 sao,Cộng OCOP,Chưa công nhận,Tổng số<CR>
> Thực phẩm,2,1,1,4,4,8<CR>
> Đồ uống,1,0,0,1,0,1<CR>
> Dược liệu và sản phẩm từ dược liệu,1,0,0,1,0,1<CR>
> Hàng thủ công mỹ nghệ,1,0,0,1,0,1<CR>
> Sinh vật cảnh,0,1,0,1,0,1<CR>
> "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",1,0,0,1,0,1<CR>
> Tổng cộng,6,2,1,9,4,13<CR>
> <CR>
> Loại hình chủ thể,Số chủ thể,Có sản phẩm OCOP,Sản phẩm,Sản phẩm OCOP<CR>
> Doanh nghiệp,3,3,4,4<CR>
> Hợp tác xã,1,1,1,1<CR>
> Tổ hợp tác,1,1,1,1<CR>
> "Hộ sản xuất, kinh doanh",2,1,4,1<CR>
> Cơ sở sản xuất,2,1,2,1<CR>
> Cá nhân,1,1,1,1<CR>
> Tổng cộng,10,8,13,9<CR>
> <CR>
> Nội dung,Số lượng<CR>
> "Phường, xã",1<CR>
> Chủ thể,10<CR>
> Chủ thể có sản phẩm OCOP,8<CR>
> Sản phẩm,13<CR>
> Sản phẩm OCOP còn hiệu lực,9<CR>
> Trong đó sắp hết hạn (30 ngày),0<CR>
> Đã hết hạn,1<CR>
> Bị thu hồi,1<CR>
> Đang thực hiện chu trình,1<CR>
> Ý tưởng không đạt,1<CR>

# TSV
$ ocop -C d report certified --format tsv
> no	product	producer	address	stars	decision	decision_date	expires
> 1	Rượu lứt Ấn Trà	Công ty TNHH Nông Lâm Nghiệp TBT	Số 135 đường Chu Văn An	3	1898/QĐ-UBND	2025-10-01	2028-10-01
> 2	Yến rút lông nguyên tổ Culaore	Công ty TNHH XNK Yến sào Cù Lao Ré	Số 38 đường Chu Văn An, phường Nghĩa Lộ	4	1898/QĐ-UBND	2025-10-01	2028-10-01
> 3	Yến thô cao cấp Culaore	Công ty TNHH XNK Yến sào Cù Lao Ré	Số 38 đường Chu Văn An, phường Nghĩa Lộ	3	3981/QĐ-UBND	2022-12-26	2025-12-26
> 4	Mai vàng Nghĩa Lộ	Cơ sở Hoa kiểng Đức Thắng	Tổ 5, phường Nghĩa Lộ	4	1898/QĐ-UBND	2025-10-01	2028-10-01
> 5	Đường phèn Tuyết Hường	Hộ kinh doanh Lê Thanh Hường	Tổ 10, phường Nghĩa Lộ	3	1425/QĐ-UBND	2023-06-15	2026-06-15
> 6	Đông trùng hạ thảo ngâm mật ong	Hợp tác xã Dược liệu Ngọc Bảo	Tổ 8, phường Nghĩa Lộ	3	1898/QĐ-UBND	2025-10-01	2028-10-01
> 7	Mạch nha Quảng Ngãi đường Mantoza	Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi	02 Nguyễn Chí Thanh, phường Nghĩa Lộ	5	1234/QĐ-BNNMT	2024-05-20	2027-05-20
> 8	Giỏ mây tre đan Ân Phú	Tổ hợp tác Mây tre đan Ân Phú	Thôn Ân Phú	3	512/QĐ-UBND	2024-03-20	2027-03-20
> 9	Điểm du lịch cộng đồng Thiên Ấn	Trần Văn Ấn	Thôn Thiên Ấn	3	2001/QĐ-UBND	2023-09-12	2026-09-12

$ ocop -C d report summary --format tsv
> category	stars_3	stars_4	stars_5	certified	not_certified	products
> food	2	1	1	4	4	8
> beverage	1	0	0	1	0	1
> herbal	1	0	0	1	0	1
> handicraft	1	0	0	1	0	1
> ornamental	0	1	0	1	0	1
> tourism	1	0	0	1	0	1
> total	6	2	1	9	4	13
>
> kind	producers	with_certified	products	certified
> enterprise	3	3	4	4
> cooperative	1	1	1	1
> cooperative-group	1	1	1	1
> household	2	1	4	1
> facility	2	1	2	1
> individual	1	1	1	1
> total	10	8	13	9
>
> item	count
> wards	1
> producers	10
> producers_certified	8
> products	13
> certified	9
> expiring	0
> expired	1
> revoked	1
> in_cycle	1
> rejected	1

$ ocop -C d report pipeline --format tsv
> step	name	ideas	existing	products
> 1	guidance	0	0	0
> 2	idea	0	0	0
> 3	plan	1	0	1
> 4	implement	0	0	0
> 5	evaluate	0	10	10
> 6	promote	0	1	1
> 	rejected	1	0	1
> 	total	2	11	13
>
> year	step_1	step_2	step_3	step_4	step_5	step_6	rejected	recognised
> 2021	0	1	0	0	1	0	0	1
> 2022	0	2	0	0	1	0	0	1
> 2023	0	4	0	0	4	0	0	3
> 2024	0	0	0	0	1	0	0	2
> 2025	1	6	2	1	4	1	1	4

$ ocop -C d report expiring --format tsv
> id	product	producer	kind	stars	decision	expires	days_left	status
> duong-phoi	Đường phổi Tuyết Hường	Hộ kinh doanh Lê Thanh Hường	ocop	3	2210/QĐ-UBND	2024-12-10	-345	expired

$ ocop -C d report readiness --format tsv
> id	product	producer	barcode	traceability	quality_declaration	food_safety	trademark	lacks	listings	next_step	documents	missing	expired
> banh-trang-me-den	Bánh tráng mè đen	Hộ kinh doanh Đoàn Thị Út		false	false	false		barcode, traceability, quality-declaration, food-safety, trademark	0	ward		registration, business-plan, self-assessment	
> com-rang	Cốm rang Hoàng Huy	Cơ sở sản xuất cốm rang Hoàng Huy		false	false	false		barcode, traceability, quality-declaration, food-safety, trademark	0	ward		registration, business-plan, self-assessment	
> thien-an	Điểm du lịch cộng đồng Thiên Ấn	Trần Văn Ấn					Thiên Ấn		0	renewal		registration, self-assessment	
> dong-trung	Đông trùng hạ thảo ngâm mật ong	Hợp tác xã Dược liệu Ngọc Bảo		false	false	false		barcode, traceability, quality-declaration, food-safety, trademark	0	renewal		registration, self-assessment, food-safety, quality-declaration	
> duong-phen	Đường phèn Tuyết Hường	Hộ kinh doanh Lê Thanh Hường	8936123456795	true	false	false		quality-declaration, food-safety, trademark	0	renewal		registration, self-assessment, food-safety, quality-declaration	
> duong-phoi	Đường phổi Tuyết Hường	Hộ kinh doanh Lê Thanh Hường		false	false	false		barcode, traceability, quality-declaration, food-safety, trademark	0	renewal		registration, self-assessment, food-safety, quality-declaration	
> gio-may-tre	Giỏ mây tre đan Ân Phú	Tổ hợp tác Mây tre đan Ân Phú		false	false			barcode, traceability, quality-declaration, trademark	0	renewal		registration, self-assessment, quality-declaration	
> mach-nha	Mạch nha Quảng Ngãi đường Mantoza	Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi		false	false	false		barcode, traceability, quality-declaration, food-safety, trademark	0	renewal		registration, self-assessment, food-safety, quality-declaration	
> mai-vang	Mai vàng Nghĩa Lộ	Cơ sở Hoa kiểng Đức Thắng		false	false			barcode, traceability, quality-declaration, trademark	0	renewal		registration, self-assessment, quality-declaration	
> ruou-lut	Rượu lứt Ấn Trà	Công ty TNHH Nông Lâm Nghiệp TBT		false	false	false		barcode, traceability, quality-declaration, food-safety, trademark	0	renewal		registration, self-assessment, food-safety, quality-declaration	
> yen-rut-long	Yến rút lông nguyên tổ Culaore	Công ty TNHH XNK Yến sào Cù Lao Ré	8936123456788	true	true	true	Culaore		0	renewal		registration, self-assessment, food-safety, quality-declaration	
> yen-tho	Yến thô cao cấp Culaore	Công ty TNHH XNK Yến sào Cù Lao Ré		false	false	false		barcode, traceability, quality-declaration, food-safety, trademark	0	renewal		registration, self-assessment, food-safety, quality-declaration	

$ ocop -C d report quarter --format tsv --year 2025 --quarter 3
> item	count
> registered	0
> steps_passed	6
> rejected	0
> ward_assessed	4
> rated	0
> issued	0
> expired	0
> revoked	1
> fairs	1
> trained	0
>
> date	event	name	detail
> 2025-07-01	step-3	Bánh tráng mè đen	plan
> 2025-07-15	step-4	Yến rút lông nguyên tổ Culaore	implement
> 2025-07-20	step-5	Rượu lứt Ấn Trà	evaluate
> 2025-08-01	step-5	Đông trùng hạ thảo ngâm mật ong	evaluate
> 2025-08-01	step-5	Yến rút lông nguyên tổ Culaore	evaluate
> 2025-08-05	step-5	Mai vàng Nghĩa Lộ	evaluate
> 2025-08-15	fair	Hội chợ Xúc tiến thương mại miền Trung	Mạch nha Quảng Ngãi đường Mantoza
> 2025-08-20	ward-assessment	Đông trùng hạ thảo ngâm mật ong	passed
> 2025-08-20	ward-assessment	Mai vàng Nghĩa Lộ	passed
> 2025-08-20	ward-assessment	Rượu lứt Ấn Trà	passed
> 2025-08-20	ward-assessment	Yến rút lông nguyên tổ Culaore	passed
> 2025-09-15	revoked	Cốm rang Hoàng Huy	1500/QĐ-UBND

$ ocop -C d report targets --format tsv --year 2025
> target	planned	actual	met	detail
> new_products	3–5	4	true	
> trained	100%	20	false	2/10
> fairs	1–2	2	true	
>
> no	product	producer	category	stars	decision	decision_date
> 1	Rượu lứt Ấn Trà	Công ty TNHH Nông Lâm Nghiệp TBT	beverage	3	1898/QĐ-UBND	2025-10-01
> 2	Yến rút lông nguyên tổ Culaore	Công ty TNHH XNK Yến sào Cù Lao Ré	food	4	1898/QĐ-UBND	2025-10-01
> 3	Mai vàng Nghĩa Lộ	Cơ sở Hoa kiểng Đức Thắng	ornamental	4	1898/QĐ-UBND	2025-10-01
> 4	Đông trùng hạ thảo ngâm mật ong	Hợp tác xã Dược liệu Ngọc Bảo	herbal	3	1898/QĐ-UBND	2025-10-01
>
> date	fair	products
> 2025-08-15	Hội chợ Xúc tiến thương mại miền Trung	Mạch nha Quảng Ngãi đường Mantoza
> 2025-11-05	Hội chợ OCOP Quảng Ngãi 2025	Đường phèn Tuyết Hường, Yến rút lông nguyên tổ Culaore

# JSON: one table is an array, several an object of arrays.
$ ocop -C d report certified --format json
> [
>   {
>     "no": 1,
>     "product": "Rượu lứt Ấn Trà",
>     "producer": "Công ty TNHH Nông Lâm Nghiệp TBT",
>     "address": "Số 135 đường Chu Văn An",
>     "stars": 3,
>     "decision": "1898/QĐ-UBND",
>     "decision_date": "2025-10-01",
>     "expires": "2028-10-01"
>   },
>   {
>     "no": 2,
>     "product": "Yến rút lông nguyên tổ Culaore",
>     "producer": "Công ty TNHH XNK Yến sào Cù Lao Ré",
>     "address": "Số 38 đường Chu Văn An, phường Nghĩa Lộ",
>     "stars": 4,
>     "decision": "1898/QĐ-UBND",
>     "decision_date": "2025-10-01",
>     "expires": "2028-10-01"
>   },
>   {
>     "no": 3,
>     "product": "Yến thô cao cấp Culaore",
>     "producer": "Công ty TNHH XNK Yến sào Cù Lao Ré",
>     "address": "Số 38 đường Chu Văn An, phường Nghĩa Lộ",
>     "stars": 3,
>     "decision": "3981/QĐ-UBND",
>     "decision_date": "2022-12-26",
>     "expires": "2025-12-26"
>   },
>   {
>     "no": 4,
>     "product": "Mai vàng Nghĩa Lộ",
>     "producer": "Cơ sở Hoa kiểng Đức Thắng",
>     "address": "Tổ 5, phường Nghĩa Lộ",
>     "stars": 4,
>     "decision": "1898/QĐ-UBND",
>     "decision_date": "2025-10-01",
>     "expires": "2028-10-01"
>   },
>   {
>     "no": 5,
>     "product": "Đường phèn Tuyết Hường",
>     "producer": "Hộ kinh doanh Lê Thanh Hường",
>     "address": "Tổ 10, phường Nghĩa Lộ",
>     "stars": 3,
>     "decision": "1425/QĐ-UBND",
>     "decision_date": "2023-06-15",
>     "expires": "2026-06-15"
>   },
>   {
>     "no": 6,
>     "product": "Đông trùng hạ thảo ngâm mật ong",
>     "producer": "Hợp tác xã Dược liệu Ngọc Bảo",
>     "address": "Tổ 8, phường Nghĩa Lộ",
>     "stars": 3,
>     "decision": "1898/QĐ-UBND",
>     "decision_date": "2025-10-01",
>     "expires": "2028-10-01"
>   },
>   {
>     "no": 7,
>     "product": "Mạch nha Quảng Ngãi đường Mantoza",
>     "producer": "Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi",
>     "address": "02 Nguyễn Chí Thanh, phường Nghĩa Lộ",
>     "stars": 5,
>     "decision": "1234/QĐ-BNNMT",
>     "decision_date": "2024-05-20",
>     "expires": "2027-05-20"
>   },
>   {
>     "no": 8,
>     "product": "Giỏ mây tre đan Ân Phú",
>     "producer": "Tổ hợp tác Mây tre đan Ân Phú",
>     "address": "Thôn Ân Phú",
>     "stars": 3,
>     "decision": "512/QĐ-UBND",
>     "decision_date": "2024-03-20",
>     "expires": "2027-03-20"
>   },
>   {
>     "no": 9,
>     "product": "Điểm du lịch cộng đồng Thiên Ấn",
>     "producer": "Trần Văn Ấn",
>     "address": "Thôn Thiên Ấn",
>     "stars": 3,
>     "decision": "2001/QĐ-UBND",
>     "decision_date": "2023-09-12",
>     "expires": "2026-09-12"
>   }
> ]

$ ocop -C d report summary --format json
> {
>   "by_category": [
>     {
>       "category": "food",
>       "stars_3": 2,
>       "stars_4": 1,
>       "stars_5": 1,
>       "certified": 4,
>       "not_certified": 4,
>       "products": 8
>     },
>     {
>       "category": "beverage",
>       "stars_3": 1,
>       "stars_4": 0,
>       "stars_5": 0,
>       "certified": 1,
>       "not_certified": 0,
>       "products": 1
>     },
>     {
>       "category": "herbal",
>       "stars_3": 1,
>       "stars_4": 0,
>       "stars_5": 0,
>       "certified": 1,
>       "not_certified": 0,
>       "products": 1
>     },
>     {
>       "category": "handicraft",
>       "stars_3": 1,
>       "stars_4": 0,
>       "stars_5": 0,
>       "certified": 1,
>       "not_certified": 0,
>       "products": 1
>     },
>     {
>       "category": "ornamental",
>       "stars_3": 0,
>       "stars_4": 1,
>       "stars_5": 0,
>       "certified": 1,
>       "not_certified": 0,
>       "products": 1
>     },
>     {
>       "category": "tourism",
>       "stars_3": 1,
>       "stars_4": 0,
>       "stars_5": 0,
>       "certified": 1,
>       "not_certified": 0,
>       "products": 1
>     },
>     {
>       "category": "total",
>       "stars_3": 6,
>       "stars_4": 2,
>       "stars_5": 1,
>       "certified": 9,
>       "not_certified": 4,
>       "products": 13
>     }
>   ],
>   "by_kind": [
>     {
>       "kind": "enterprise",
>       "producers": 3,
>       "with_certified": 3,
>       "products": 4,
>       "certified": 4
>     },
>     {
>       "kind": "cooperative",
>       "producers": 1,
>       "with_certified": 1,
>       "products": 1,
>       "certified": 1
>     },
>     {
>       "kind": "cooperative-group",
>       "producers": 1,
>       "with_certified": 1,
>       "products": 1,
>       "certified": 1
>     },
>     {
>       "kind": "household",
>       "producers": 2,
>       "with_certified": 1,
>       "products": 4,
>       "certified": 1
>     },
>     {
>       "kind": "facility",
>       "producers": 2,
>       "with_certified": 1,
>       "products": 2,
>       "certified": 1
>     },
>     {
>       "kind": "individual",
>       "producers": 1,
>       "with_certified": 1,
>       "products": 1,
>       "certified": 1
>     },
>     {
>       "kind": "total",
>       "producers": 10,
>       "with_certified": 8,
>       "products": 13,
>       "certified": 9
>     }
>   ],
>   "totals": [
>     {
>       "item": "wards",
>       "count": 1
>     },
>     {
>       "item": "producers",
>       "count": 10
>     },
>     {
>       "item": "producers_certified",
>       "count": 8
>     },
>     {
>       "item": "products",
>       "count": 13
>     },
>     {
>       "item": "certified",
>       "count": 9
>     },
>     {
>       "item": "expiring",
>       "count": 0
>     },
>     {
>       "item": "expired",
>       "count": 1
>     },
>     {
>       "item": "revoked",
>       "count": 1
>     },
>     {
>       "item": "in_cycle",
>       "count": 1
>     },
>     {
>       "item": "rejected",
>       "count": 1
>     }
>   ]
> }

$ ocop -C d report pipeline --format json
> {
>   "steps": [
>     {
>       "step": 1,
>       "name": "guidance",
>       "ideas": 0,
>       "existing": 0,
>       "products": 0
>     },
>     {
>       "step": 2,
>       "name": "idea",
>       "ideas": 0,
>       "existing": 0,
>       "products": 0
>     },
>     {
>       "step": 3,
>       "name": "plan",
>       "ideas": 1,
>       "existing": 0,
>       "products": 1
>     },
>     {
>       "step": 4,
>       "name": "implement",
>       "ideas": 0,
>       "existing": 0,
>       "products": 0
>     },
>     {
>       "step": 5,
>       "name": "evaluate",
>       "ideas": 0,
>       "existing": 10,
>       "products": 10
>     },
>     {
>       "step": 6,
>       "name": "promote",
>       "ideas": 0,
>       "existing": 1,
>       "products": 1
>     },
>     {
>       "step": null,
>       "name": "rejected",
>       "ideas": 1,
>       "existing": 0,
>       "products": 1
>     },
>     {
>       "step": null,
>       "name": "total",
>       "ideas": 2,
>       "existing": 11,
>       "products": 13
>     }
>   ],
>   "by_year": [
>     {
>       "year": 2021,
>       "step_1": 0,
>       "step_2": 1,
>       "step_3": 0,
>       "step_4": 0,
>       "step_5": 1,
>       "step_6": 0,
>       "rejected": 0,
>       "recognised": 1
>     },
>     {
>       "year": 2022,
>       "step_1": 0,
>       "step_2": 2,
>       "step_3": 0,
>       "step_4": 0,
>       "step_5": 1,
>       "step_6": 0,
>       "rejected": 0,
>       "recognised": 1
>     },
>     {
>       "year": 2023,
>       "step_1": 0,
>       "step_2": 4,
>       "step_3": 0,
>       "step_4": 0,
>       "step_5": 4,
>       "step_6": 0,
>       "rejected": 0,
>       "recognised": 3
>     },
>     {
>       "year": 2024,
>       "step_1": 0,
>       "step_2": 0,
>       "step_3": 0,
>       "step_4": 0,
>       "step_5": 1,
>       "step_6": 0,
>       "rejected": 0,
>       "recognised": 2
>     },
>     {
>       "year": 2025,
>       "step_1": 1,
>       "step_2": 6,
>       "step_3": 2,
>       "step_4": 1,
>       "step_5": 4,
>       "step_6": 1,
>       "rejected": 1,
>       "recognised": 4
>     }
>   ]
> }

$ ocop -C d report expiring --format json
> [
>   {
>     "id": "duong-phoi",
>     "product": "Đường phổi Tuyết Hường",
>     "producer": "Hộ kinh doanh Lê Thanh Hường",
>     "kind": "ocop",
>     "stars": 3,
>     "decision": "2210/QĐ-UBND",
>     "expires": "2024-12-10",
>     "days_left": -345,
>     "status": "expired"
>   }
> ]

$ ocop -C d report readiness --format json
> [
>   {
>     "id": "banh-trang-me-den",
>     "product": "Bánh tráng mè đen",
>     "producer": "Hộ kinh doanh Đoàn Thị Út",
>     "barcode": null,
>     "traceability": false,
>     "quality_declaration": false,
>     "food_safety": false,
>     "trademark": null,
>     "lacks": "barcode, traceability, quality-declaration, food-safety, trademark",
>     "listings": 0,
>     "next_step": "ward",
>     "documents": null,
>     "missing": "registration, business-plan, self-assessment",
>     "expired": null
>   },
>   {
>     "id": "com-rang",
>     "product": "Cốm rang Hoàng Huy",
>     "producer": "Cơ sở sản xuất cốm rang Hoàng Huy",
>     "barcode": null,
>     "traceability": false,
>     "quality_declaration": false,
>     "food_safety": false,
>     "trademark": null,
>     "lacks": "barcode, traceability, quality-declaration, food-safety, trademark",
>     "listings": 0,
>     "next_step": "ward",
>     "documents": null,
>     "missing": "registration, business-plan, self-assessment",
>     "expired": null
>   },
>   {
>     "id": "thien-an",
>     "product": "Điểm du lịch cộng đồng Thiên Ấn",
>     "producer": "Trần Văn Ấn",
>     "barcode": null,
>     "traceability": null,
>     "quality_declaration": null,
>     "food_safety": null,
>     "trademark": "Thiên Ấn",
>     "lacks": null,
>     "listings": 0,
>     "next_step": "renewal",
>     "documents": null,
>     "missing": "registration, self-assessment",
>     "expired": null
>   },
>   {
>     "id": "dong-trung",
>     "product": "Đông trùng hạ thảo ngâm mật ong",
>     "producer": "Hợp tác xã Dược liệu Ngọc Bảo",
>     "barcode": null,
>     "traceability": false,
>     "quality_declaration": false,
>     "food_safety": false,
>     "trademark": null,
>     "lacks": "barcode, traceability, quality-declaration, food-safety, trademark",
>     "listings": 0,
>     "next_step": "renewal",
>     "documents": null,
>     "missing": "registration, self-assessment, food-safety, quality-declaration",
>     "expired": null
>   },
>   {
>     "id": "duong-phen",
>     "product": "Đường phèn Tuyết Hường",
>     "producer": "Hộ kinh doanh Lê Thanh Hường",
>     "barcode": "8936123456795",
>     "traceability": true,
>     "quality_declaration": false,
>     "food_safety": false,
>     "trademark": null,
>     "lacks": "quality-declaration, food-safety, trademark",
>     "listings": 0,
>     "next_step": "renewal",
>     "documents": null,
>     "missing": "registration, self-assessment, food-safety, quality-declaration",
>     "expired": null
>   },
>   {
>     "id": "duong-phoi",
>     "product": "Đường phổi Tuyết Hường",
>     "producer": "Hộ kinh doanh Lê Thanh Hường",
>     "barcode": null,
>     "traceability": false,
>     "quality_declaration": false,
>     "food_safety": false,
>     "trademark": null,
>     "lacks": "barcode, traceability, quality-declaration, food-safety, trademark",
>     "listings": 0,
>     "next_step": "renewal",
>     "documents": null,
>     "missing": "registration, self-assessment, food-safety, quality-declaration",
>     "expired": null
>   },
>   {
>     "id": "gio-may-tre",
>     "product": "Giỏ mây tre đan Ân Phú",
>     "producer": "Tổ hợp tác Mây tre đan Ân Phú",
>     "barcode": null,
>     "traceability": false,
>     "quality_declaration": false,
>     "food_safety": null,
>     "trademark": null,
>     "lacks": "barcode, traceability, quality-declaration, trademark",
>     "listings": 0,
>     "next_step": "renewal",
>     "documents": null,
>     "missing": "registration, self-assessment, quality-declaration",
>     "expired": null
>   },
>   {
>     "id": "mach-nha",
>     "product": "Mạch nha Quảng Ngãi đường Mantoza",
>     "producer": "Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi",
>     "barcode": null,
>     "traceability": false,
>     "quality_declaration": false,
>     "food_safety": false,
>     "trademark": null,
>     "lacks": "barcode, traceability, quality-declaration, food-safety, trademark",
>     "listings": 0,
>     "next_step": "renewal",
>     "documents": null,
>     "missing": "registration, self-assessment, food-safety, quality-declaration",
>     "expired": null
>   },
>   {
>     "id": "mai-vang",
>     "product": "Mai vàng Nghĩa Lộ",
>     "producer": "Cơ sở Hoa kiểng Đức Thắng",
>     "barcode": null,
>     "traceability": false,
>     "quality_declaration": false,
>     "food_safety": null,
>     "trademark": null,
>     "lacks": "barcode, traceability, quality-declaration, trademark",
>     "listings": 0,
>     "next_step": "renewal",
>     "documents": null,
>     "missing": "registration, self-assessment, quality-declaration",
>     "expired": null
>   },
>   {
>     "id": "ruou-lut",
>     "product": "Rượu lứt Ấn Trà",
>     "producer": "Công ty TNHH Nông Lâm Nghiệp TBT",
>     "barcode": null,
>     "traceability": false,
>     "quality_declaration": false,
>     "food_safety": false,
>     "trademark": null,
>     "lacks": "barcode, traceability, quality-declaration, food-safety, trademark",
>     "listings": 0,
>     "next_step": "renewal",
>     "documents": null,
>     "missing": "registration, self-assessment, food-safety, quality-declaration",
>     "expired": null
>   },
>   {
>     "id": "yen-rut-long",
>     "product": "Yến rút lông nguyên tổ Culaore",
>     "producer": "Công ty TNHH XNK Yến sào Cù Lao Ré",
>     "barcode": "8936123456788",
>     "traceability": true,
>     "quality_declaration": true,
>     "food_safety": true,
>     "trademark": "Culaore",
>     "lacks": null,
>     "listings": 0,
>     "next_step": "renewal",
>     "documents": null,
>     "missing": "registration, self-assessment, food-safety, quality-declaration",
>     "expired": null
>   },
>   {
>     "id": "yen-tho",
>     "product": "Yến thô cao cấp Culaore",
>     "producer": "Công ty TNHH XNK Yến sào Cù Lao Ré",
>     "barcode": null,
>     "traceability": false,
>     "quality_declaration": false,
>     "food_safety": false,
>     "trademark": null,
>     "lacks": "barcode, traceability, quality-declaration, food-safety, trademark",
>     "listings": 0,
>     "next_step": "renewal",
>     "documents": null,
>     "missing": "registration, self-assessment, food-safety, quality-declaration",
>     "expired": null
>   }
> ]

$ ocop -C d report quarter --format json --year 2025 --quarter 4
> {
>   "counts": [
>     {
>       "item": "registered",
>       "count": 0
>     },
>     {
>       "item": "steps_passed",
>       "count": 1
>     },
>     {
>       "item": "rejected",
>       "count": 0
>     },
>     {
>       "item": "ward_assessed",
>       "count": 0
>     },
>     {
>       "item": "rated",
>       "count": 4
>     },
>     {
>       "item": "issued",
>       "count": 4
>     },
>     {
>       "item": "expired",
>       "count": 0
>     },
>     {
>       "item": "revoked",
>       "count": 0
>     },
>     {
>       "item": "fairs",
>       "count": 1
>     },
>     {
>       "item": "trained",
>       "count": 2
>     }
>   ],
>   "events": [
>     {
>       "date": "2025-10-01",
>       "event": "certified-3",
>       "name": "Đông trùng hạ thảo ngâm mật ong",
>       "detail": "1898/QĐ-UBND"
>     },
>     {
>       "date": "2025-10-01",
>       "event": "certified-4",
>       "name": "Mai vàng Nghĩa Lộ",
>       "detail": "1898/QĐ-UBND"
>     },
>     {
>       "date": "2025-10-01",
>       "event": "certified-3",
>       "name": "Rượu lứt Ấn Trà",
>       "detail": "1898/QĐ-UBND"
>     },
>     {
>       "date": "2025-10-01",
>       "event": "certified-4",
>       "name": "Yến rút lông nguyên tổ Culaore",
>       "detail": "1898/QĐ-UBND"
>     },
>     {
>       "date": "2025-10-15",
>       "event": "training",
>       "name": "Công ty TNHH XNK Yến sào Cù Lao Ré",
>       "detail": "Tập huấn kiến thức OCOP năm 2025"
>     },
>     {
>       "date": "2025-10-15",
>       "event": "training",
>       "name": "Hộ kinh doanh Lê Thanh Hường",
>       "detail": "Tập huấn kiến thức OCOP năm 2025"
>     },
>     {
>       "date": "2025-11-05",
>       "event": "step-6",
>       "name": "Yến rút lông nguyên tổ Culaore",
>       "detail": "promote"
>     },
>     {
>       "date": "2025-11-05",
>       "event": "fair",
>       "name": "Hội chợ OCOP Quảng Ngãi 2025",
>       "detail": "Đường phèn Tuyết Hường, Yến rút lông nguyên tổ Culaore"
>     }
>   ]
> }

$ ocop -C d report targets --format json --year 2025
> {
>   "targets": [
>     {
>       "target": "new_products",
>       "planned": "3–5",
>       "actual": 4,
>       "met": true,
>       "detail": null
>     },
>     {
>       "target": "trained",
>       "planned": "100%",
>       "actual": 20,
>       "met": false,
>       "detail": "2/10"
>     },
>     {
>       "target": "fairs",
>       "planned": "1–2",
>       "actual": 2,
>       "met": true,
>       "detail": null
>     }
>   ],
>   "new_products": [
>     {
>       "no": 1,
>       "product": "Rượu lứt Ấn Trà",
>       "producer": "Công ty TNHH Nông Lâm Nghiệp TBT",
>       "category": "beverage",
>       "stars": 3,
>       "decision": "1898/QĐ-UBND",
>       "decision_date": "2025-10-01"
>     },
>     {
>       "no": 2,
>       "product": "Yến rút lông nguyên tổ Culaore",
>       "producer": "Công ty TNHH XNK Yến sào Cù Lao Ré",
>       "category": "food",
>       "stars": 4,
>       "decision": "1898/QĐ-UBND",
>       "decision_date": "2025-10-01"
>     },
>     {
>       "no": 3,
>       "product": "Mai vàng Nghĩa Lộ",
>       "producer": "Cơ sở Hoa kiểng Đức Thắng",
>       "category": "ornamental",
>       "stars": 4,
>       "decision": "1898/QĐ-UBND",
>       "decision_date": "2025-10-01"
>     },
>     {
>       "no": 4,
>       "product": "Đông trùng hạ thảo ngâm mật ong",
>       "producer": "Hợp tác xã Dược liệu Ngọc Bảo",
>       "category": "herbal",
>       "stars": 3,
>       "decision": "1898/QĐ-UBND",
>       "decision_date": "2025-10-01"
>     }
>   ],
>   "fairs": [
>     {
>       "date": "2025-08-15",
>       "fair": "Hội chợ Xúc tiến thương mại miền Trung",
>       "products": "Mạch nha Quảng Ngãi đường Mantoza"
>     },
>     {
>       "date": "2025-11-05",
>       "fair": "Hội chợ OCOP Quảng Ngãi 2025",
>       "products": "Đường phèn Tuyết Hường, Yến rút lông nguyên tổ Culaore"
>     }
>   ]
> }

# Markdown
$ ocop -C d report certified --format md
> # Danh sách sản phẩm đạt OCOP 3 sao trở lên
>
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> Trên địa bàn có 9 sản phẩm được công nhận đạt OCOP 3 sao trở lên còn hiệu lực, trong đó: 1 sản phẩm 5 sao, 2 sản phẩm 4 sao, 6 sản phẩm 3 sao.
>
> | TT | Sản phẩm | Đơn vị | Địa chỉ | Đạt sao | Quyết định | Ngày quyết định | Hết hạn |
> | ---: | --- | --- | --- | ---: | --- | --- | --- |
> | 1 | Rượu lứt Ấn Trà | Công ty TNHH Nông Lâm Nghiệp TBT | Số 135 đường Chu Văn An | 3 | 1898/QĐ-UBND | 01/10/2025 | 01/10/2028 |
> | 2 | Yến rút lông nguyên tổ Culaore | Công ty TNHH XNK Yến sào Cù Lao Ré | Số 38 đường Chu Văn An, phường Nghĩa Lộ | 4 | 1898/QĐ-UBND | 01/10/2025 | 01/10/2028 |
> | 3 | Yến thô cao cấp Culaore |  |  | 3 | 3981/QĐ-UBND | 26/12/2022 | 26/12/2025 |
> | 4 | Mai vàng Nghĩa Lộ | Cơ sở Hoa kiểng Đức Thắng | Tổ 5, phường Nghĩa Lộ | 4 | 1898/QĐ-UBND | 01/10/2025 | 01/10/2028 |
> | 5 | Đường phèn Tuyết Hường | Hộ kinh doanh Lê Thanh Hường | Tổ 10, phường Nghĩa Lộ | 3 | 1425/QĐ-UBND | 15/06/2023 | 15/06/2026 |
> | 6 | Đông trùng hạ thảo ngâm mật ong | Hợp tác xã Dược liệu Ngọc Bảo | Tổ 8, phường Nghĩa Lộ | 3 | 1898/QĐ-UBND | 01/10/2025 | 01/10/2028 |
> | 7 | Mạch nha Quảng Ngãi đường Mantoza | Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi | 02 Nguyễn Chí Thanh, phường Nghĩa Lộ | 5 | 1234/QĐ-BNNMT | 20/05/2024 | 20/05/2027 |
> | 8 | Giỏ mây tre đan Ân Phú | Tổ hợp tác Mây tre đan Ân Phú | Thôn Ân Phú | 3 | 512/QĐ-UBND | 20/03/2024 | 20/03/2027 |
> | 9 | Điểm du lịch cộng đồng Thiên Ấn | Trần Văn Ấn | Thôn Thiên Ấn | 3 | 2001/QĐ-UBND | 12/09/2023 | 12/09/2026 |

$ ocop -C d report summary --format md
> # Tổng hợp sản phẩm OCOP
>
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> ## Sản phẩm theo ngành hàng và hạng sao
>
> | Ngành hàng | 3 sao | 4 sao | 5 sao | Cộng OCOP | Chưa công nhận | Tổng số |
> | --- | ---: | ---: | ---: | ---: | ---: | ---: |
> | Thực phẩm | 2 | 1 | 1 | 4 | 4 | 8 |
> | Đồ uống | 1 | 0 | 0 | 1 | 0 | 1 |
> | Dược liệu và sản phẩm từ dược liệu | 1 | 0 | 0 | 1 | 0 | 1 |
> | Hàng thủ công mỹ nghệ | 1 | 0 | 0 | 1 | 0 | 1 |
> | Sinh vật cảnh | 0 | 1 | 0 | 1 | 0 | 1 |
> | Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch | 1 | 0 | 0 | 1 | 0 | 1 |
> | Tổng cộng | 6 | 2 | 1 | 9 | 4 | 13 |
>
> ## Chủ thể theo loại hình
>
> | Loại hình chủ thể | Số chủ thể | Có sản phẩm OCOP | Sản phẩm | Sản phẩm OCOP |
> | --- | ---: | ---: | ---: | ---: |
> | Doanh nghiệp | 3 | 3 | 4 | 4 |
> | Hợp tác xã | 1 | 1 | 1 | 1 |
> | Tổ hợp tác | 1 | 1 | 1 | 1 |
> | Hộ sản xuất, kinh doanh | 2 | 1 | 4 | 1 |
> | Cơ sở sản xuất | 2 | 1 | 2 | 1 |
> | Cá nhân | 1 | 1 | 1 | 1 |
> | Tổng cộng | 10 | 8 | 13 | 9 |
>
> ## Tổng hợp
>
> | Nội dung | Số lượng |
> | --- | ---: |
> | Phường, xã | 1 |
> | Chủ thể | 10 |
> | Chủ thể có sản phẩm OCOP | 8 |
> | Sản phẩm | 13 |
> | Sản phẩm OCOP còn hiệu lực | 9 |
> | Trong đó sắp hết hạn (30 ngày) | 0 |
> | Đã hết hạn | 1 |
> | Bị thu hồi | 1 |
> | Đang thực hiện chu trình | 1 |
> | Ý tưởng không đạt | 1 |

$ ocop -C d report pipeline --format md
> # Sản phẩm theo chu trình OCOP
>
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> ## Sản phẩm theo bước hiện tại của chu trình
>
> | Bước | Nội dung | Ý tưởng mới | Sản phẩm hiện có | Tổng |
> | ---: | --- | ---: | ---: | ---: |
> | 1 | Tuyên truyền, hướng dẫn | 0 | 0 | 0 |
> | 2 | Nhận đăng ký ý tưởng sản phẩm | 0 | 0 | 0 |
> | 3 | Nhận phương án/dự án sản xuất kinh doanh | 1 | 0 | 1 |
> | 4 | Triển khai phương án/dự án sản xuất kinh doanh | 0 | 0 | 0 |
> | 5 | Đánh giá và phân hạng sản phẩm | 0 | 10 | 10 |
> | 6 | Xúc tiến thương mại | 0 | 1 | 1 |
> |  | Ý tưởng không đạt (trả về bước 2) | 1 | 0 | 1 |
> |  | Tổng cộng | 2 | 11 | 13 |
>
> ## Sản phẩm đạt từng bước, theo năm
>
> | Năm | Bước 1 | Bước 2 | Bước 3 | Bước 4 | Bước 5 | Bước 6 | Không đạt | Được công nhận |
> | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
> | 2021 | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 1 |
> | 2022 | 0 | 2 | 0 | 0 | 1 | 0 | 0 | 1 |
> | 2023 | 0 | 4 | 0 | 0 | 4 | 0 | 0 | 3 |
> | 2024 | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 2 |
> | 2025 | 1 | 6 | 2 | 1 | 4 | 1 | 1 | 4 |

$ ocop -C d report expiring --format md
> # Giấy chứng nhận OCOP sắp hết hạn, đã hết hạn
>
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> 1 giấy chứng nhận hết hạn trong 30 ngày tới hoặc đã hết hạn.
>
> | Mã | Sản phẩm | Đơn vị | Loại | Đạt sao | Quyết định | Hết hạn | Còn (ngày) | Tình trạng |
> | --- | --- | --- | --- | ---: | --- | --- | ---: | --- |
> | duong-phoi | Đường phổi Tuyết Hường | Hộ kinh doanh Lê Thanh Hường | Giấy chứng nhận OCOP | 3 | 2210/QĐ-UBND | 10/12/2024 | -345 | đã hết hạn |

$ ocop -C d report readiness --format md
> # Nội dung sản phẩm còn thiếu (mục VI kế hoạch)
>
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> 12 trong 12 sản phẩm còn thiếu ít nhất một nội dung.
>
> | Mã | Sản phẩm | Đơn vị | Mã vạch | Truy xuất nguồn gốc | Công bố chất lượng | An toàn thực phẩm | Nhãn hiệu | Còn thiếu | Gian hàng TMĐT | Bước tiếp theo | Hồ sơ đã có | Hồ sơ còn thiếu | Hồ sơ hết hạn |
> | --- | --- | --- | --- | --- | --- | --- | --- | --- | ---: | --- | --- | --- | --- |
> | banh-trang-me-den | Bánh tráng mè đen | Hộ kinh doanh Đoàn Thị Út |  | chưa | chưa | chưa |  | mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu | 0 | UBND phường đánh giá |  | Phiếu đăng ký sản phẩm, Phương án, kế hoạch kinh doanh, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí |  |
> | com-rang | Cốm rang Hoàng Huy | Cơ sở sản xuất cốm rang Hoàng Huy |  | chưa | chưa | chưa |  | mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu | 0 | UBND phường đánh giá |  | Phiếu đăng ký sản phẩm, Phương án, kế hoạch kinh doanh, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí |  |
> | thien-an | Điểm du lịch cộng đồng Thiên Ấn | Trần Văn Ấn | — | — | — | — | Thiên Ấn |  | 0 | Đánh giá lại |  | Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí |  |
> | dong-trung | Đông trùng hạ thảo ngâm mật ong | Hợp tác xã Dược liệu Ngọc Bảo |  | chưa | chưa | chưa |  | mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu | 0 | Đánh giá lại |  | Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm |  |
> | duong-phen | Đường phèn Tuyết Hường | Hộ kinh doanh Lê Thanh Hường | 8936123456795 | có | chưa | chưa |  | công bố chất lượng, an toàn thực phẩm, nhãn hiệu | 0 | Đánh giá lại |  | Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm |  |
> | duong-phoi | Đường phổi Tuyết Hường | Hộ kinh doanh Lê Thanh Hường |  | chưa | chưa | chưa |  | mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu | 0 | Đánh giá lại |  | Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm |  |
> | gio-may-tre | Giỏ mây tre đan Ân Phú | Tổ hợp tác Mây tre đan Ân Phú |  | chưa | chưa | — |  | mã vạch, tem truy xuất, công bố chất lượng, nhãn hiệu | 0 | Đánh giá lại |  | Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Bản tự công bố chất lượng sản phẩm |  |
> | mach-nha | Mạch nha Quảng Ngãi đường Mantoza | Nhà máy Nha Quảng Ngãi – Chi nhánh Công ty Cổ phần Đường Quảng Ngãi |  | chưa | chưa | chưa |  | mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu | 0 | Đánh giá lại |  | Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm |  |
> | mai-vang | Mai vàng Nghĩa Lộ | Cơ sở Hoa kiểng Đức Thắng |  | chưa | chưa | — |  | mã vạch, tem truy xuất, công bố chất lượng, nhãn hiệu | 0 | Đánh giá lại |  | Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Bản tự công bố chất lượng sản phẩm |  |
> | ruou-lut | Rượu lứt Ấn Trà | Công ty TNHH Nông Lâm Nghiệp TBT |  | chưa | chưa | chưa |  | mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu | 0 | Đánh giá lại |  | Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm |  |
> | yen-rut-long | Yến rút lông nguyên tổ Culaore | Công ty TNHH XNK Yến sào Cù Lao Ré | 8936123456788 | có | có | có | Culaore |  | 0 | Đánh giá lại |  | Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm |  |
> | yen-tho | Yến thô cao cấp Culaore | Công ty TNHH XNK Yến sào Cù Lao Ré |  | chưa | chưa | chưa |  | mã vạch, tem truy xuất, công bố chất lượng, an toàn thực phẩm, nhãn hiệu | 0 | Đánh giá lại |  | Phiếu đăng ký sản phẩm, Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí, Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, Bản tự công bố chất lượng sản phẩm |  |

$ ocop -C d report quarter --format md --year 2025 --quarter 4
> # Kết quả thực hiện Chương trình OCOP quý IV năm 2025
>
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> Từ ngày 01/10/2025 đến ngày 20/11/2025.
>
> ## Kết quả trong quý
>
> | Nội dung | Số lượng |
> | --- | ---: |
> | Sản phẩm đăng ký mới | 0 |
> | Lượt chuyển bước chu trình | 1 |
> | Ý tưởng không đạt | 0 |
> | Đánh giá cấp phường | 0 |
> | Chấm điểm, phân hạng | 4 |
> | Giấy chứng nhận cấp mới | 4 |
> | Giấy chứng nhận hết hạn | 0 |
> | Giấy chứng nhận bị thu hồi | 0 |
> | Hội chợ | 1 |
> | Chủ thể được đào tạo | 2 |
>
> ## Chi tiết
>
> | Ngày | Sự kiện | Tên | Chi tiết |
> | --- | --- | --- | --- |
> | 01/10/2025 | Công nhận 3 sao | Đông trùng hạ thảo ngâm mật ong | Quyết định 1898/QĐ-UBND |
> | 01/10/2025 | Công nhận 4 sao | Mai vàng Nghĩa Lộ | Quyết định 1898/QĐ-UBND |
> | 01/10/2025 | Công nhận 3 sao | Rượu lứt Ấn Trà | Quyết định 1898/QĐ-UBND |
> | 01/10/2025 | Công nhận 4 sao | Yến rút lông nguyên tổ Culaore | Quyết định 1898/QĐ-UBND |
> | 15/10/2025 | Đào tạo | Công ty TNHH XNK Yến sào Cù Lao Ré | Tập huấn kiến thức OCOP năm 2025 |
> | 15/10/2025 | Đào tạo | Hộ kinh doanh Lê Thanh Hường | Tập huấn kiến thức OCOP năm 2025 |
> | 05/11/2025 | Bước 6 | Yến rút lông nguyên tổ Culaore | Xúc tiến thương mại |
> | 05/11/2025 | Hội chợ | Hội chợ OCOP Quảng Ngãi 2025 | Đường phèn Tuyết Hường, Yến rút lông nguyên tổ Culaore |

$ ocop -C d report targets --format md --year 2025
> # Kết quả thực hiện mục tiêu Chương trình OCOP năm 2025
>
> phường Nghĩa Lộ, tỉnh Quảng Ngãi
>
> Năm 2025 có 4 sản phẩm mới đạt OCOP 3 sao trở lên (kế hoạch: 3–5).
>
> ## Kết quả so với mục tiêu năm
>
> | Chỉ tiêu | Kế hoạch | Thực hiện | Đánh giá | Chi tiết |
> | --- | --- | ---: | --- | --- |
> | Sản phẩm mới đạt 3 sao trở lên | 3–5 | 4 | đạt |  |
> | Chủ thể được đào tạo, bồi dưỡng | 100% | 20% | chưa đạt | 2/10 chủ thể |
> | Hội chợ xúc tiến thương mại | 1–2 | 2 | đạt |  |
>
> ## Sản phẩm mới đạt OCOP 3 sao trở lên
>
> | TT | Sản phẩm | Đơn vị | Ngành hàng | Đạt sao | Quyết định | Ngày quyết định |
> | ---: | --- | --- | --- | ---: | --- | --- |
> | 1 | Rượu lứt Ấn Trà | Công ty TNHH Nông Lâm Nghiệp TBT | Đồ uống | 3 | 1898/QĐ-UBND | 01/10/2025 |
> | 2 | Yến rút lông nguyên tổ Culaore | Công ty TNHH XNK Yến sào Cù Lao Ré | Thực phẩm | 4 | 1898/QĐ-UBND | 01/10/2025 |
> | 3 | Mai vàng Nghĩa Lộ | Cơ sở Hoa kiểng Đức Thắng | Sinh vật cảnh | 4 | 1898/QĐ-UBND | 01/10/2025 |
> | 4 | Đông trùng hạ thảo ngâm mật ong | Hợp tác xã Dược liệu Ngọc Bảo | Dược liệu và sản phẩm từ dược liệu | 3 | 1898/QĐ-UBND | 01/10/2025 |
>
> ## Hội chợ, xúc tiến thương mại
>
> | Ngày | Hội chợ | Sản phẩm |
> | --- | --- | --- |
> | 15/08/2025 | Hội chợ Xúc tiến thương mại miền Trung | Mạch nha Quảng Ngãi đường Mantoza |
> | 05/11/2025 | Hội chợ OCOP Quảng Ngãi 2025 | Đường phèn Tuyết Hường, Yến rút lông nguyên tổ Culaore |
