/*
 * report-labels.c — every heading, label and sentence of the reports, in
 * Vietnamese and in English, in one table (see report-int.h).
 */
#include "lib/report-int.h"
#include "ocop/util.h"

/*
 * Vietnamese first, as the ward's own documents word it (the seed plan's
 * table heads "TT / Sản phẩm / Đơn vị / Địa chỉ / Đạt sao"); English
 * second.  Entries with % are printf formats: both languages take the
 * same arguments in the same order.
 */
static const char *const labels[L_COUNT_][2] = {
	[L_TITLE_CERTIFIED] = { "Danh sách sản phẩm đạt OCOP 3 sao trở lên", "Products certified OCOP 3 stars or more" },
	[L_TITLE_SUMMARY] = { "Tổng hợp sản phẩm OCOP", "OCOP summary" },
	[L_TITLE_PIPELINE] = { "Sản phẩm theo chu trình OCOP", "Products in the OCOP cycle" },
	[L_TITLE_EXPIRING] = { "Giấy chứng nhận OCOP sắp hết hạn, đã hết hạn", "OCOP certificates ending or ended" },
	[L_TITLE_READINESS] = { "Nội dung sản phẩm còn thiếu (mục VI kế hoạch)", "What products still lack (section VI of the plan)" },
	[L_TITLE_QUARTER] = { "Kết quả thực hiện Chương trình OCOP quý %s năm %d", "The OCOP programme in quarter %s of %d" },
	[L_TITLE_TARGETS] = { "Kết quả thực hiện mục tiêu Chương trình OCOP năm %d", "The OCOP programme's targets for %d" },

	[L_SHEET_CERTIFIED] = { "Sản phẩm OCOP", "OCOP products" },
	[L_SHEET_EXPIRING] = { "Giấy chứng nhận hết hạn", "Certificates ending" },
	[L_SHEET_READINESS] = { "Nội dung còn thiếu", "What products lack" },

	[L_WARD] = { "phường %s", "%s ward" },
	[L_PROVINCE] = { "tỉnh %s", "%s province" },
	[L_AS_OF] = { "tính đến ngày %s", "as of %s" },
	[L_PERIOD] = { "Từ ngày %s đến ngày %s.", "From %s to %s." },

	[L_INTRO_WHERE] = { "Trên địa bàn", "In the area" },
	[L_INTRO_WHERE_AS_OF] = { "Tính đến ngày %s, trên địa bàn", "As of %s, in the area" },
	[L_INTRO_CERTIFIED] = { "%s có %d sản phẩm được công nhận đạt OCOP 3 sao trở lên còn hiệu lực, trong đó: %d sản phẩm 5 sao, %d sản phẩm 4 sao, %d sản phẩm 3 sao.",
				"%s, %d products hold an OCOP certificate of 3 stars or more: %d with 5 stars, %d with 4 stars, %d with 3 stars." },
	[L_INTRO_EXPIRING] = { "%d giấy chứng nhận hết hạn trong %d ngày tới hoặc đã hết hạn.", "%d certificates end within %d days or have ended." },
	[L_INTRO_READINESS] = { "%d trong %d sản phẩm còn thiếu ít nhất một nội dung.", "%d of %d products still lack at least one item." },
	[L_INTRO_TARGETS] = { "Năm %d có %d sản phẩm mới đạt OCOP 3 sao trở lên", "In %d, %d new products reached 3 stars or more" },
	[L_INTRO_TARGETS_PLAN] = { " (kế hoạch: %s).", " (target: %s)." },

	[L_COL_NO] = { "TT", "No." },
	[L_COL_ID] = { "Mã", "ID" },
	[L_COL_PRODUCT] = { "Sản phẩm", "Product" },
	[L_COL_PRODUCER] = { "Đơn vị", "Producer" },
	[L_COL_ADDRESS] = { "Địa chỉ", "Address" },
	[L_COL_STARS] = { "Đạt sao", "Stars" },
	[L_COL_DECISION] = { "Quyết định", "Decision" },
	[L_COL_DECISION_DATE] = { "Ngày quyết định", "Decided" },
	[L_COL_EXPIRES] = { "Hết hạn", "Expires" },
	[L_COL_CATEGORY] = { "Ngành hàng", "Category" },
	[L_COL_STARS_3] = { "3 sao", "3 stars" },
	[L_COL_STARS_4] = { "4 sao", "4 stars" },
	[L_COL_STARS_5] = { "5 sao", "5 stars" },
	[L_COL_CERTIFIED] = { "Cộng OCOP", "Certified" },
	[L_COL_NOT_CERTIFIED] = { "Chưa công nhận", "Not certified" },
	[L_COL_PRODUCTS] = { "Tổng số", "All products" },
	[L_COL_KIND] = { "Loại hình chủ thể", "Kind of producer" },
	[L_COL_PRODUCERS] = { "Số chủ thể", "Producers" },
	[L_COL_WITH_CERTIFIED] = { "Có sản phẩm OCOP", "With certified products" },
	[L_COL_CERTIFIED_PRODUCTS] = { "Sản phẩm OCOP", "Certified products" },
	[L_COL_ITEM] = { "Nội dung", "Item" },
	[L_COL_COUNT] = { "Số lượng", "Count" },
	[L_COL_STEP] = { "Bước", "Step" },
	[L_COL_STEP_NAME] = { "Nội dung", "Name" },
	[L_COL_IDEAS] = { "Ý tưởng mới", "New ideas" },
	[L_COL_EXISTING] = { "Sản phẩm hiện có", "Existing products" },
	[L_COL_TOTAL] = { "Tổng", "Total" },
	[L_COL_YEAR] = { "Năm", "Year" },
	[L_COL_STEP_N] = { "Bước %d", "Step %d" },
	[L_COL_REJECTED] = { "Không đạt", "Rejected" },
	[L_COL_RECOGNISED] = { "Được công nhận", "Certified" },
	[L_COL_DAYS_LEFT] = { "Còn (ngày)", "Days left" },
	[L_COL_STATUS] = { "Tình trạng", "Status" },
	[L_COL_BARCODE] = { "Mã vạch", "Barcode" },
	[L_COL_TRACEABILITY] = { "Truy xuất nguồn gốc", "Traceability" },
	[L_COL_QUALITY] = { "Công bố chất lượng", "Quality declared" },
	[L_COL_FOOD_SAFETY] = { "An toàn thực phẩm", "Food safety" },
	[L_COL_TRADEMARK] = { "Nhãn hiệu", "Trademark" },
	[L_COL_LACKS] = { "Còn thiếu", "Lacks" },
	[L_COL_DATE] = { "Ngày", "Date" },
	[L_COL_EVENT] = { "Sự kiện", "Event" },
	[L_COL_NAME] = { "Tên", "Name" },
	[L_COL_DETAIL] = { "Chi tiết", "Detail" },
	[L_COL_TARGET] = { "Chỉ tiêu", "Target" },
	[L_COL_PLANNED] = { "Kế hoạch", "Planned" },
	[L_COL_ACTUAL] = { "Thực hiện", "Actual" },
	[L_COL_MET] = { "Đánh giá", "Met" },
	[L_COL_FAIR] = { "Hội chợ", "Fair" },

	[L_TAB_BY_CATEGORY] = { "Sản phẩm theo ngành hàng và hạng sao", "Products by category and stars" },
	[L_TAB_BY_KIND] = { "Chủ thể theo loại hình", "Producers by kind" },
	[L_TAB_TOTALS] = { "Tổng hợp", "Totals" },
	[L_TAB_STEPS] = { "Sản phẩm theo bước hiện tại của chu trình", "Products at each step of the cycle" },
	[L_TAB_BY_YEAR] = { "Sản phẩm đạt từng bước, theo năm", "Products reaching each step, by year" },
	[L_TAB_COUNTS] = { "Kết quả trong quý", "The quarter in figures" },
	[L_TAB_EVENTS] = { "Chi tiết", "Details" },
	[L_TAB_TARGETS] = { "Kết quả so với mục tiêu năm", "The year against its targets" },
	[L_TAB_NEW_PRODUCTS] = { "Sản phẩm mới đạt OCOP 3 sao trở lên", "New products with 3 stars or more" },
	[L_TAB_FAIRS] = { "Hội chợ, xúc tiến thương mại", "Trade fairs" },

	[L_TOTAL] = { "Tổng cộng", "Total" },
	[L_REJECTED_ROW] = { "Ý tưởng không đạt (trả về bước 2)", "Ideas rejected (back to step 2)" },
	[L_WARDS] = { "Phường, xã", "Wards and communes" },
	[L_PRODUCERS] = { "Chủ thể", "Producers" },
	[L_PRODUCERS_CERTIFIED] = { "Chủ thể có sản phẩm OCOP", "Producers with certified products" },
	[L_PRODUCTS] = { "Sản phẩm", "Products" },
	[L_CERTIFIED] = { "Sản phẩm OCOP còn hiệu lực", "Certified products in force" },
	[L_EXPIRING_90] = { "Trong đó sắp hết hạn (90 ngày)", "of which ending within 90 days" },
	[L_EXPIRED] = { "Đã hết hạn", "Certificate ended" },
	[L_REVOKED] = { "Bị thu hồi", "Certificate revoked" },
	[L_IN_CYCLE] = { "Đang thực hiện chu trình", "In the cycle" },
	[L_REJECTED] = { "Ý tưởng không đạt", "Ideas rejected" },
	[L_REGISTERED] = { "Sản phẩm đăng ký mới", "Products registered" },
	[L_STEPS_PASSED] = { "Lượt chuyển bước chu trình", "Steps of the cycle passed" },
	[L_WARD_ASSESSED] = { "Đánh giá cấp phường", "Ward assessments" },
	[L_RATED] = { "Chấm điểm, phân hạng", "Council ratings" },
	[L_ISSUED] = { "Giấy chứng nhận cấp mới", "Certificates issued" },
	[L_CERT_EXPIRED] = { "Giấy chứng nhận hết hạn", "Certificates ended" },
	[L_CERT_REVOKED] = { "Giấy chứng nhận bị thu hồi", "Certificates revoked" },
	[L_FAIRS] = { "Hội chợ", "Trade fairs" },
	[L_TRAINED] = { "Chủ thể được đào tạo", "Producers trained" },
	[L_YEAR_ONLY] = { "Công nhận chỉ ghi năm, không xếp được vào quý", "Recognitions dated by the year alone, in no quarter" },
	[L_TARGET_NEW] = { "Sản phẩm mới đạt 3 sao trở lên", "New products with 3 stars or more" },
	[L_TARGET_TRAINED] = { "Chủ thể được đào tạo, bồi dưỡng", "Producers trained" },
	[L_TARGET_FAIRS] = { "Hội chợ xúc tiến thương mại", "Trade fairs" },

	[L_YES] = { "có", "yes" },
	[L_NO] = { "chưa", "no" },
	[L_NOT_APPLICABLE] = { "—", "—" },
	[L_MET] = { "đạt", "met" },
	[L_NOT_MET] = { "chưa đạt", "not met" },
	[L_STATUS_EXPIRING] = { "sắp hết hạn", "ending" },
	[L_STATUS_EXPIRED] = { "đã hết hạn", "ended" },
	[L_LACK_BARCODE] = { "mã vạch", "barcode" },
	[L_LACK_TRACEABILITY] = { "tem truy xuất", "traceability stamp" },
	[L_LACK_QUALITY] = { "công bố chất lượng", "quality declaration" },
	[L_LACK_FOOD_SAFETY] = { "an toàn thực phẩm", "food safety" },
	[L_LACK_TRADEMARK] = { "nhãn hiệu", "trademark" },
	[L_LACK_KIND] = { "loại hình chủ thể", "the producer's kind" },
	[L_TRAINED_OF] = { "%d/%d chủ thể", "%d of %d producers" },

	[L_EV_REGISTERED] = { "Đăng ký", "Registered" },
	[L_EV_STEP] = { "Bước %d", "Step %d" },
	[L_EV_REJECTED] = { "Ý tưởng không đạt", "Idea rejected" },
	[L_EV_WARD] = { "Đánh giá cấp phường", "Ward assessment" },
	[L_EV_WARD_PASS] = { "đạt 4 tiêu chí", "all 4 criteria passed" },
	[L_EV_WARD_FAIL] = { "không đạt: %s", "failed: %s" },
	[L_EV_RATED] = { "Chấm điểm", "Rated" },
	[L_EV_RATED_DETAIL] = { "%s điểm, %d sao", "%s points, %d stars" },
	[L_EV_CERTIFIED] = { "Công nhận %d sao", "Certified %d stars" },
	[L_EV_CERTIFIED_DETAIL] = { "Quyết định %s", "Decision %s" },
	[L_EV_EXPIRED] = { "Hết hạn", "Certificate ended" },
	[L_EV_REVOKED] = { "Thu hồi", "Revoked" },
	[L_EV_FAIR] = { "Hội chợ", "Trade fair" },
	[L_EV_TRAINING] = { "Đào tạo", "Training" },

	[L_DOC_COMMITTEE] = { "ỦY BAN NHÂN DÂN", "PEOPLE'S COMMITTEE" },
	[L_DOC_NATION] = { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM" },
	[L_DOC_MOTTO] = { "Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness" },
	[L_DOC_NUMBER] = { "Số:", "No.:" },
	[L_DOC_KIND] = { "BÁO CÁO", "REPORT" },
	[L_DOC_DATE_LINE] = { "%s, ngày %s tháng %s năm %d", "%s, %s/%s/%d" },
	[L_DOC_DATE_BLANK] = { "%s, ngày%stháng%snăm %d", "%s, %s/%s/%d" },
	[L_DOC_RECIPIENTS] = { "Nơi nhận:", "Recipients:" },
	[L_DOC_ARCHIVE] = { "Lưu: VT.", "Archive: VT." },
	[L_DOC_SIGN_FOR] = { "TM. ỦY BAN NHÂN DÂN", "ON BEHALF OF THE PEOPLE'S COMMITTEE" },
	[L_DOC_SIGNER_TITLE] = { "CHỦ TỊCH", "CHAIRPERSON" },
	[L_DOC_DRAFT] = { "DỰ THẢO", "DRAFT" },
	[L_DOC_CHARTS] = { "Biểu đồ", "Charts" },

	[L_CHART_STARS] = { "Sản phẩm OCOP còn hiệu lực theo ngành hàng và hạng sao", "Certified products by category and stars" },
	[L_CHART_PIPELINE] = { "Sản phẩm theo bước của chu trình OCOP", "Products at each step of the OCOP cycle" },
	[L_CHART_NO_DATA] = { "Chưa có dữ liệu", "No data" },
	[L_CHART_STAR_N] = { "%d sao", "%d stars" },
	[L_CHART_CAT_FOOD] = { "Thực phẩm", "Food" },
	[L_CHART_CAT_BEVERAGE] = { "Đồ uống", "Beverages" },
	[L_CHART_CAT_HERBAL] = { "Dược liệu", "Herbal" },
	[L_CHART_CAT_HANDICRAFT] = { "Thủ công mỹ nghệ", "Handicrafts" },
	[L_CHART_CAT_ORNAMENTAL] = { "Sinh vật cảnh", "Ornamental" },
	[L_CHART_CAT_TOURISM] = { "Du lịch", "Tourism" },
	[L_CHART_STEP_1] = { "1. Tuyên truyền", "1. Guidance" },
	[L_CHART_STEP_2] = { "2. Ý tưởng", "2. Idea" },
	[L_CHART_STEP_3] = { "3. Phương án SXKD", "3. Business plan" },
	[L_CHART_STEP_4] = { "4. Triển khai", "4. Implementation" },
	[L_CHART_STEP_5] = { "5. Đánh giá, phân hạng", "5. Evaluation" },
	[L_CHART_STEP_6] = { "6. Xúc tiến thương mại", "6. Promotion" },
	[L_CHART_REJECTED] = { "Ý tưởng không đạt", "Ideas rejected" },
};

/*
 * What csv, tsv and json write for a row or a value, whatever the
 * language: a state as product list names it (derived.c's status slugs),
 * a missing paper as readiness names it, a row of counts as a key.
 * Entries with % take the arguments of their label.
 */
static const char *const codes[L_COUNT_] = {
	[L_TOTAL] = "total",
	[L_REJECTED_ROW] = "rejected",
	[L_WARDS] = "wards",
	[L_PRODUCERS] = "producers",
	[L_PRODUCERS_CERTIFIED] = "producers_certified",
	[L_PRODUCTS] = "products",
	[L_CERTIFIED] = "certified",
	[L_EXPIRING_90] = "expiring",
	[L_EXPIRED] = "expired",
	[L_REVOKED] = "revoked",
	[L_IN_CYCLE] = "in_cycle",
	[L_REJECTED] = "rejected",
	[L_REGISTERED] = "registered",
	[L_STEPS_PASSED] = "steps_passed",
	[L_WARD_ASSESSED] = "ward_assessed",
	[L_RATED] = "rated",
	[L_ISSUED] = "issued",
	[L_CERT_EXPIRED] = "expired",
	[L_CERT_REVOKED] = "revoked",
	[L_FAIRS] = "fairs",
	[L_TRAINED] = "trained",
	[L_YEAR_ONLY] = "year_only",
	[L_TARGET_NEW] = "new_products",
	[L_TRAINED_OF] = "%d/%d",
	[L_TARGET_TRAINED] = "trained",
	[L_TARGET_FAIRS] = "fairs",
	[L_STATUS_EXPIRING] = "expiring",
	[L_STATUS_EXPIRED] = "expired",
	[L_LACK_BARCODE] = "barcode",
	[L_LACK_TRACEABILITY] = "traceability",
	[L_LACK_QUALITY] = "quality-declaration",
	[L_LACK_FOOD_SAFETY] = "food-safety",
	[L_LACK_TRADEMARK] = "trademark",
	[L_LACK_KIND] = "producer-kind",
	[L_EV_REGISTERED] = "registered",
	[L_EV_STEP] = "step-%d",
	[L_EV_REJECTED] = "rejected",
	[L_EV_WARD] = "ward-assessment",
	[L_EV_RATED] = "rated",
	[L_EV_RATED_DETAIL] = "%s points, %d stars",
	[L_EV_WARD_PASS] = "passed",
	[L_EV_WARD_FAIL] = "failed: %s",
	[L_EV_CERTIFIED_DETAIL] = "%s",
	[L_EV_CERTIFIED] = "certified-%d",
	[L_EV_EXPIRED] = "expired",
	[L_EV_REVOKED] = "revoked",
	[L_EV_FAIR] = "fair",
	[L_EV_TRAINING] = "training",
};

const char *report_code(enum label l)
{
	if ((unsigned)l >= L_COUNT_ || !codes[l])
		BUG("report label %d has no code", (int)l);
	return codes[l];
}

bool report_code_exists(enum label l)
{
	return (unsigned)l < L_COUNT_ && codes[l];
}

const char *report_label(enum label l, enum report_lang lang)
{
	if ((unsigned)l >= L_COUNT_ || !labels[l][lang])
		BUG("report label %d has no text", (int)l);
	return labels[l][lang];
}


bool report_label_exists(enum label l, enum report_lang lang)
{
	return (unsigned)l < L_COUNT_ && (unsigned)lang <= REPORT_EN &&
	       labels[l][lang] && *labels[l][lang];
}
