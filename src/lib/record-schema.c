/* record-schema.c — the schemas: one row a field, with its words, checks and column names. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ocop/barcode.h"
#include "ocop/record.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/yamlio.h"
#include "ocop/dossier.h"
#include "record-int.h"

/* --- words of enumerated fields (from rules.h, so each list lives once) --- */

static const char *category_word(int i)
{
	const struct category_info *c = rules_category((enum ocop_category)(i + 1));

	return c ? c->slug : NULL;
}

static int category_parse(const char *text, const char **suggestion)
{
	enum ocop_category c;

	return rules_category_parse(text, &c, suggestion) ? -1 : (int)c - 1;
}

/*
 * A producer's kind: the programme's kinds (rules.h), then "unknown", a
 * record's "not found yet" (an import whose register did not say), not
 * a kind of the rules.
 */
const char *record_kind_slug(enum producer_kind k)
{
	const struct kind_info *ki = rules_kind(k);

	if (ki)
		return ki->slug;
	return k == KIND_UNKNOWN ? "unknown" : NULL;
}

static const char *kind_word(int i)
{
	return record_kind_slug((enum producer_kind)(i + 1));
}

static int kind_parse(const char *text, const char **suggestion)
{
	enum producer_kind k;

	/* "chưa rõ": the word Vietnamese messages offer for it */
	if (!strcmp(text, "unknown") || !strcmp(text, "chưa rõ") ||
	    !strcmp(text, "chua ro"))
		return KIND_UNKNOWN - 1;
	return rules_kind_parse(text, &k, suggestion) ? -1 : (int)k - 1;
}

static const char *origin_word(int i)
{
	return i >= 0 && i < 2 ? rules_origin_slug((enum product_origin)(i + 1)) : NULL;
}

static int origin_parse(const char *text, const char **suggestion)
{
	enum product_origin o;

	return rules_origin_parse(text, &o, suggestion) ? -1 : (int)o - 1;
}

static const char *word_from(const char *const *words, size_t n, int i)
{
	return i >= 0 && (size_t)i < n ? words[i] : NULL;
}

/* By enum eval_level: the district, abolished in 2025, came last. */
static const char *const level_words[] = { "ward", "province", "central", "district" };
static const char *level_word(int i)
{
	return word_from(level_words, ARRAY_SIZE(level_words), i);
}

const char *eval_level_slug(enum eval_level l)
{
	return level_word((int)l);
}

static const char *const result_words[] = { "pass", "fail" };
static const char *result_word(int i)
{
	return word_from(result_words, ARRAY_SIZE(result_words), i);
}

/* Step 6 of the cycle: where products are promoted (seed plan §IV.4). */
static const char *const promo_words[] = { "fair", "ecommerce", "shop", "media", "other" };
static const char *promo_word(int i)
{
	return word_from(promo_words, ARRAY_SIZE(promo_words), i);
}

/* The programme's activities (events/): the plan's training and fairs. */
static const char *const event_words[] = { "training", "fair", "workshop", "promotion" };
static const char *event_word(int i)
{
	return word_from(event_words, ARRAY_SIZE(event_words), i);
}

static const char *const lang_words[] = { "vi", "en" };
static const char *lang_word(int i)
{
	return word_from(lang_words, ARRAY_SIZE(lang_words), i);
}

static const char *const git_words[] = { "commit", "off" };
static const char *git_word(int i)
{
	return word_from(git_words, ARRAY_SIZE(git_words), i);
}

/*
 * The administrative unit an office serves, since the 2025 reform two
 * levels: communes (xã), wards (phường) and special zones (đặc khu), and
 * the province (tỉnh, thành phố) that reads its wards together.
 */
static const char *const unit_words[] = { "commune", "ward", "special-zone", "province" };
static const char *unit_word(int i)
{
	return word_from(unit_words, ARRAY_SIZE(unit_words), i);
}

static const char *const unit_vi_words[] = { "xã", "phường", "đặc khu", "tỉnh" };

int office_unit_parse(const char *text)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(unit_words); i++)
		if (!strcmp(text, unit_words[i]) || !strcmp(text, unit_vi_words[i]))
			return (int)i;
	if (!strcmp(text, "đặc-khu") || !strcmp(text, "thành phố"))
		return !strcmp(text, "đặc-khu") ? UNIT_SPECIAL_ZONE : UNIT_PROVINCE;
	return -1;
}

const char *office_unit_slug(enum office_unit u)
{
	return unit_word((int)u - 1);
}

/* --- code checks ----------------------------------------------------------- */

static bool all_of(const char *s, const char *allowed)
{
	for (; *s; s++)
		if (!isdigit((unsigned char)*s) && !strchr(allowed, *s))
			return false;
	return true;
}

static size_t count_digits(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += isdigit((unsigned char)*s) != 0;
	return n;
}

/* Enterprise codes are 10 digits, branches 13 ("0101234567-001"). */
static const char *check_tax_code(const char *v)
{
	size_t n = count_digits(v);

	if (!all_of(v, "-") || (n != 10 && n != 13))
		return N_("a tax code has 10 or 13 digits (branches: 0101234567-001)");
	return NULL;
}

static const char *check_phone(const char *v)
{
	size_t n = count_digits(v);

	if (!all_of(v, "+-. ()") || n < 8 || n > 15)
		return N_("a phone number has 8 to 15 digits");
	return NULL;
}

/* A unit's code in the national list (mã đơn vị hành chính): 2 digits a
 * province, 5 a commune or ward. */
static const char *check_unit_code(const char *v)
{
	size_t n = strlen(v);

	if (count_digits(v) != n || n < 2 || n > 5)
		return N_("an administrative unit code has 2 to 5 digits");
	return NULL;
}

/* GTIN-13 (EAN-13): 13 digits, the last a mod-10 check digit (GS1). */
static const char *check_gtin(const char *v)
{
	if (strlen(v) != 13 || count_digits(v) != 13)
		return N_("a barcode (GTIN-13) has 13 digits");
	if (gtin_check_digit(v, 12) != v[12])
		return N_("the barcode's check digit is wrong");
	return NULL;
}

/* --- the schemas ----------------------------------------------------------- */

#define SCHEMA(name, vi, fields) { name, fields, ARRAY_SIZE(fields), vi }

/*
 * The headers officers write for each key, as match keys (see struct
 * field): Vietnamese first, as the provincial register and the ward's
 * plan write them (ocop-rules.md §6), then English and ocop's own CSV.
 * A name two records share ("Tên", "Ghi chú") is the product's in a
 * products import and the producer's in a producers import.
 */
#define COLUMNS(...) ((const char *const[]){ __VA_ARGS__, NULL })

static const char *const notes_columns[] = { "ghi chu", "notes", "note", NULL };

static const struct field training_fields[] = {
	{ .key = "date", .vi = "ngày", .type = FT_DATE, .flags = F_REQUIRED, .help = N_("day of the course") },
	{ .key = "course", .vi = "khoá tập huấn", .type = FT_STRING, .flags = F_REQUIRED, .help = N_("name of the course") },
};
static const struct schema training_schema = SCHEMA("training", "tập huấn", training_fields);

static const struct field producer_fields[] = {
	{ .key = "id", .vi = "mã", .type = FT_ID, .flags = F_REQUIRED, .help = N_("the file name, without .yaml") },
	{ .key = "name", .vi = "tên", .type = FT_STRING, .flags = F_REQUIRED | F_SETTABLE, .help = N_("full name of the producer (chủ thể)"),
	  .columns = COLUMNS("ten", "name", "chu the", "ten chu the",
		"chu the san xuat", "chu the san xuat kinh doanh",
		"chu the sxkd", "chu the ocop", "don vi", "ten don vi",
		"don vi san xuat", "co so san xuat", "ten co so",
		"ten doanh nghiep", "nha san xuat", "producer",
		"producer name") },
	{ .key = "kind", .vi = "loại hình", .type = FT_ENUM, .flags = F_REQUIRED | F_SETTABLE, .word = kind_word, .parse = kind_parse, .help = N_("enterprise, cooperative, cooperative-group, household, facility or individual; unknown until it is found"),
	  .columns = COLUMNS("loai hinh", "loai hinh kinh doanh",
		"loai hinh chu the", "loai hinh doanh nghiep",
		"loai hinh to chuc", "loai chu the", "kind", "producer kind",
		"business type") },
	{ .key = "tax_code", .vi = "mã số thuế", .type = FT_CODE, .flags = F_SETTABLE, .check = check_tax_code, .help = N_("tax code (mã số thuế)"),
	  .columns = COLUMNS("ma so thue", "mst", "ma so doanh nghiep",
		"tax code") },
	{ .key = "representative", .vi = "người đại diện", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("legal representative"),
	  .columns = COLUMNS("nguoi dai dien", "dai dien",
		"nguoi dai dien phap luat", "chu co so", "representative") },
	{ .key = "phone", .vi = "điện thoại", .type = FT_CODE, .flags = F_SETTABLE, .check = check_phone, .help = N_("phone number"),
	  .columns = COLUMNS("dien thoai", "so dien thoai",
		"dien thoai lien he", "sdt", "dt", "phone", "phone number",
		"telephone") },
	{ .key = "address", .vi = "địa chỉ", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("address"),
	  .columns = COLUMNS("dia chi", "dia chi moi", "dia chi hien nay",
		"dia chi chu the", "address") },
	{ .key = "old_address", .vi = "địa chỉ cũ", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("address before the 2025 merger of wards"),
	  .columns = COLUMNS("dia chi cu", "dia chi truoc sap nhap",
		"old address") },
	{ .key = "training", .vi = "tập huấn", .type = FT_LIST, .sub = &training_schema, .help = N_("courses attended") },
	{ .key = "notes", .vi = "ghi chú", .type = FT_TEXT, .flags = F_SETTABLE, .help = N_("free text"), .columns = notes_columns },
};
const struct schema record_producer_schema = SCHEMA("producer", "chủ thể", producer_fields);

static const struct field cycle_fields[] = {
	{ .key = "step", .vi = "bước", .type = FT_INT, .flags = F_REQUIRED, .min = 1, .max = 6, .help = N_("step of the OCOP cycle, 1–6") },
	{ .key = "date", .vi = "ngày", .type = FT_DATE_PARTIAL, .flags = F_REQUIRED, .help = N_("day the step was reached (YYYY-MM or YYYY when copied from an old register)") },
	{ .key = "rejected", .vi = "không đạt", .type = FT_BOOL, .help = N_("true: the idea was not accepted and returns to step 2") },
	{ .key = "note", .vi = "ghi chú", .type = FT_TEXT, .help = N_("free text") },
};
static const struct schema cycle_schema = SCHEMA("cycle entry", "bước chu trình", cycle_fields);

static const struct field criteria_fields[] = {
	{ .key = "local_origin", .vi = "nguồn gốc địa phương", .type = FT_ENUM, .word = result_word, .help = N_("local origin of the product or raw materials") },
	{ .key = "local_labour", .vi = "lao động địa phương", .type = FT_ENUM, .word = result_word, .help = N_("use of local labour") },
	{ .key = "idea_origin", .vi = "nguồn gốc ý tưởng", .type = FT_ENUM, .word = result_word, .help = N_("origin of the product idea") },
	{ .key = "local_identity", .vi = "bản sắc địa phương", .type = FT_ENUM, .word = result_word, .help = N_("local identity and know-how") },
};
const struct schema record_criteria_schema = SCHEMA("criteria", "tiêu chí", criteria_fields);

const char *criterion_slug(int i)
{
	return i >= 0 && i < CRITERIA_COUNT ? criteria_fields[i].key : NULL;
}

int criterion_parse(const char *text, const char **suggestion)
{
	const char *keys[CRITERIA_COUNT];
	int i;

	for (i = 0; i < CRITERIA_COUNT; i++) {
		keys[i] = criteria_fields[i].key;
		if (!strcmp(text, keys[i]))
			return i;
	}
	if (suggestion)
		*suggestion = text_suggest(text, keys, CRITERIA_COUNT);
	return -1;
}

static const struct field score_fields[] = {
	/* Each part's maximum depends on the legal basis (rating.c). */
	{ .key = "a", .vi = "phần A", .type = FT_DECIMAL, .flags = F_REQUIRED, .min = 0, .max = 100, .help = N_("part A: product and community strength") },
	{ .key = "b", .vi = "phần B", .type = FT_DECIMAL, .flags = F_REQUIRED, .min = 0, .max = 100, .help = N_("part B: marketing capacity") },
	{ .key = "c", .vi = "phần C", .type = FT_DECIMAL, .flags = F_REQUIRED, .min = 0, .max = 100, .help = N_("part C: product quality") },
};
const struct schema record_score_schema = SCHEMA("score", "điểm", score_fields);

/* One council member's score; the evaluation's score is their average. */
static const struct field member_fields[] = {
	{ .key = "name", .vi = "họ tên", .type = FT_STRING, .help = N_("the member's name") },
	{ .key = "a", .vi = "phần A", .type = FT_DECIMAL, .flags = F_REQUIRED, .min = 0, .max = 100, .help = N_("part A: product and community strength") },
	{ .key = "b", .vi = "phần B", .type = FT_DECIMAL, .flags = F_REQUIRED, .min = 0, .max = 100, .help = N_("part B: marketing capacity") },
	{ .key = "c", .vi = "phần C", .type = FT_DECIMAL, .flags = F_REQUIRED, .min = 0, .max = 100, .help = N_("part C: product quality") },
};
static const struct schema member_schema = SCHEMA("member", "thành viên hội đồng", member_fields);

static const struct field evaluation_fields[] = {
	{ .key = "level", .vi = "cấp", .type = FT_ENUM, .flags = F_REQUIRED, .word = level_word, .help = N_("ward, district, province or central"),
	  .columns = COLUMNS("cap", "cap cong nhan", "cap danh gia", "level") },
	/* Required unless as_of stands in its place (rating.c checks). */
	{ .key = "date", .vi = "ngày", .type = FT_DATE_PARTIAL, .help = N_("day of the report or decision"),
	  .columns = COLUMNS("ngay cong nhan", "ngay quyet dinh", "ngay qd",
		"ngay ky", "ngay ky quyet dinh", "ngay ban hanh", "ngay cap",
		"ngay cap chung nhan", "date", "decision date",
		"recognition date") },
	{ .key = "as_of", .vi = "còn hiệu lực năm", .type = FT_INT, .min = 1900, .max = 2999, .help = N_("a recognition known only to be in force in this year: its decision and date are still to find") },
	{ .key = "report", .vi = "báo cáo", .type = FT_STRING, .help = N_("number of the ward's report") },
	{ .key = "basis", .vi = "căn cứ", .type = FT_STRING, .help = N_("legal basis, e.g. 148/QĐ-TTg") },
	{ .key = "criteria", .vi = "tiêu chí", .type = FT_MAP, .sub = &record_criteria_schema, .help = N_("the ward's four criteria") },
	{ .key = "score", .vi = "điểm", .type = FT_MAP, .sub = &record_score_schema, .help = N_("the council's score by part") },
	{ .key = "members", .vi = "điểm thành viên", .type = FT_LIST, .sub = &member_schema, .help = N_("each council member's score; score is their average") },
	{ .key = "stars", .vi = "hạng sao", .type = FT_INT, .min = 1, .max = 5, .help = N_("stars recognised"),
	  .columns = COLUMNS("hang sao", "dat sao", "so sao", "sao", "hang",
		"xep hang", "xep hang sao", "hang sao ocop", "danh gia",
		"ket qua danh gia", "ket qua xep hang", "stars",
		"star rating", "rating") },
	{ .key = "decision", .vi = "quyết định", .type = FT_STRING, .help = N_("number of the decision"),
	  .columns = COLUMNS("so quyet dinh", "so qd", "quyet dinh",
		"quyet dinh cong nhan", "so quyet dinh cong nhan",
		"so qd cong nhan", "decision", "decision number",
		"decision no") },
	{ .key = "authority", .vi = "cơ quan công nhận", .type = FT_STRING, .help = N_("who decided"),
	  .columns = COLUMNS("co quan ban hanh", "co quan cong nhan",
		"don vi cong nhan", "co quan cap", "noi cap", "authority",
		"issued by") },
	{ .key = "expires", .vi = "ngày hết hạn", .type = FT_DATE_PARTIAL, .help = N_("end of the certificate"),
	  .columns = COLUMNS("ngay het han", "het han", "han", "thoi han",
		"han chung nhan", "thoi han chung nhan", "hieu luc den",
		"expires", "expiry", "expiry date", "valid until") },
	{ .key = "revoked", .vi = "ngày thu hồi", .type = FT_DATE, .help = N_("day the certificate was revoked") },
	{ .key = "revoke_decision", .vi = "quyết định thu hồi", .type = FT_STRING, .help = N_("number of the revoking decision") },
	{ .key = "note", .vi = "ghi chú", .type = FT_TEXT, .help = N_("free text") },
};
const struct schema record_evaluation_schema = SCHEMA("evaluation", "đánh giá", evaluation_fields);

static const struct field promotion_fields[] = {
	{ .key = "date", .vi = "ngày", .type = FT_DATE, .flags = F_REQUIRED, .help = N_("day of the event") },
	{ .key = "kind", .vi = "hình thức", .type = FT_ENUM, .flags = F_REQUIRED, .word = promo_word, .help = N_("fair, ecommerce, shop, media or other") },
	{ .key = "name", .vi = "tên", .type = FT_STRING, .help = N_("name of the fair, shop or platform") },
	{ .key = "note", .vi = "ghi chú", .type = FT_TEXT, .help = N_("free text") },
};
static const struct schema promotion_schema = SCHEMA("promotion", "xúc tiến thương mại", promotion_fields);

static const struct field readiness_fields[] = {
	{ .key = "barcode", .vi = "mã vạch", .type = FT_CODE, .flags = F_SETTABLE, .check = check_gtin, .help = N_("GTIN-13 barcode"),
	  .columns = COLUMNS("ma vach", "ma so ma vach", "barcode", "gtin") },
	{ .key = "traceability", .vi = "truy xuất nguồn gốc", .type = FT_BOOL, .flags = F_SETTABLE | F_NO_COLUMN, .help = N_("traceability stamp") },
	{ .key = "quality_declaration", .vi = "công bố chất lượng", .type = FT_BOOL, .flags = F_SETTABLE | F_NO_COLUMN, .help = N_("quality declared") },
	{ .key = "food_safety", .vi = "an toàn thực phẩm", .type = FT_BOOL, .flags = F_SETTABLE | F_NO_COLUMN, .help = N_("food safety certificate") },
	{ .key = "trademark", .vi = "nhãn hiệu", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("registered trademark"),
	  .columns = COLUMNS("nhan hieu", "thuong hieu", "trademark") },
};
static const struct schema readiness_schema = SCHEMA("readiness", "sẵn sàng thị trường", readiness_fields);

/* A product's page on a marketplace: counted by the readiness report. */
static const struct field listing_fields[] = {
	{ .key = "platform", .vi = "nền tảng", .type = FT_STRING, .flags = F_REQUIRED, .help = N_("the marketplace or site, e.g. Shopee, postmart.vn") },
	{ .key = "url", .vi = "địa chỉ", .type = FT_STRING, .flags = F_REQUIRED, .help = N_("the address of the product's page") },
	{ .key = "since", .vi = "từ ngày", .type = FT_DATE, .help = N_("day the page opened") },
};
static const struct schema listing_schema = SCHEMA("listing", "gian hàng trực tuyến", listing_fields);

/* A document of the evaluation dossier (dossier.h), its file under files/ID/. */
static const struct field document_fields[] = {
	{ .key = "kind", .vi = "loại", .type = FT_ENUM, .flags = F_REQUIRED, .word = record_doc_word, .parse = record_doc_parse, .help = N_("the kind of document: registration, food-safety, …") },
	{ .key = "number", .vi = "số", .type = FT_STRING, .help = N_("its number") },
	{ .key = "date", .vi = "ngày", .type = FT_DATE, .help = N_("day it was issued") },
	{ .key = "expires", .vi = "hết hạn", .type = FT_DATE, .help = N_("last day it is valid") },
	{ .key = "issuer", .vi = "nơi cấp", .type = FT_STRING, .help = N_("who issued it") },
	{ .key = "file", .vi = "tệp", .type = FT_STRING, .help = N_("its copy's name under files/PRODUCT/") },
	{ .key = "size", .vi = "dung lượng", .type = FT_INT, .min = 0, .max = DOC_FILE_MAX, .help = N_("the copy's size in bytes") },
	{ .key = "sha256", .vi = "sha256", .type = FT_CODE, .check = record_check_sha256, .help = N_("the copy's SHA-256") },
};
static const struct schema document_schema = SCHEMA("document", "tài liệu", document_fields);

static const struct field product_fields[] = {
	{ .key = "id", .vi = "mã", .type = FT_ID, .flags = F_REQUIRED, .help = N_("the file name, without .yaml") },
	{ .key = "name", .vi = "tên", .type = FT_STRING, .flags = F_REQUIRED | F_SETTABLE, .help = N_("name of the product"),
	  .columns = COLUMNS("ten san pham", "san pham", "ten sp", "sp",
		"san pham ocop", "ten san pham ocop", "ten", "name",
		"product", "product name") },
	/* Its column is the producer's name (or id): producer_fields' "name". */
	{ .key = "producer", .vi = "chủ thể", .type = FT_ID, .flags = F_REQUIRED | F_SETTABLE, .help = N_("id of its producer") },
	{ .key = "category", .vi = "ngành hàng", .type = FT_ENUM, .flags = F_REQUIRED | F_SETTABLE, .word = category_word, .parse = category_parse, .help = N_("food, beverage, herbal, handicraft, ornamental or tourism"),
	  .columns = COLUMNS("nhom san pham", "nhom", "nganh", "nganh hang",
		"nhom nganh", "nhom nganh hang", "loai san pham", "category",
		"product category", "product group") },
	/* Written with category when it was given a 1048 name (record_keep_category_1048()). */
	{ .key = "category_1048", .vi = "ngành hàng (1048)", .type = FT_STRING, .help = N_("the category's name under 1048/QĐ-TTg, as the certificate of a product recognised before 2023-02-24 gives it") },
	{ .key = "set", .vi = "bộ sản phẩm", .type = FT_INT, .flags = F_SETTABLE, .min = 1, .max = PRODUCT_SET_COUNT, .help = N_("product set 1–26 of 148/QĐ-TTg"),
	  .columns = COLUMNS("bo san pham", "set", "product set") },
	{ .key = "origin", .vi = "nguồn gốc", .type = FT_ENUM, .flags = F_REQUIRED | F_SETTABLE, .word = origin_word, .parse = origin_parse, .help = N_("idea or existing"),
	  .columns = COLUMNS("origin") },
	{ .key = "cycle", .vi = "chu trình", .type = FT_LIST, .sub = &cycle_schema, .help = N_("steps of the OCOP cycle, oldest first") },
	{ .key = "evaluations", .vi = "đánh giá", .type = FT_LIST, .sub = &record_evaluation_schema, .help = N_("assessments, scores, recognitions") },
	{ .key = "promotion", .vi = "xúc tiến thương mại", .type = FT_LIST, .sub = &promotion_schema, .help = N_("fairs, e-commerce, shops") },
	{ .key = "listings", .vi = "gian hàng trực tuyến", .type = FT_LIST, .sub = &listing_schema, .help = N_("pages on e-commerce platforms") },
	{ .key = "readiness", .vi = "sẵn sàng thị trường", .type = FT_MAP, .sub = &readiness_schema, .help = N_("what the market requires") },
	{ .key = "documents", .vi = "hồ sơ", .type = FT_LIST, .sub = &document_schema, .help = N_("the evaluation dossier's documents") },
	{ .key = "notes", .vi = "ghi chú", .type = FT_TEXT, .flags = F_SETTABLE, .help = N_("free text"), .columns = notes_columns },
};
const struct schema record_product_schema = SCHEMA("product", "sản phẩm", product_fields);

/* An activity of the programme, one file under events/. */
static const struct field event_fields[] = {
	{ .key = "id", .vi = "mã", .type = FT_ID, .flags = F_REQUIRED, .help = N_("the file name, without .yaml") },
	{ .key = "kind", .vi = "loại", .type = FT_ENUM, .flags = F_REQUIRED | F_SETTABLE, .word = event_word, .help = N_("training, fair, workshop or promotion") },
	{ .key = "name", .vi = "tên", .type = FT_STRING, .flags = F_REQUIRED | F_SETTABLE, .help = N_("name of the course, fair or event") },
	{ .key = "date", .vi = "ngày", .type = FT_DATE, .flags = F_REQUIRED | F_SETTABLE, .help = N_("its first day") },
	{ .key = "until", .vi = "đến ngày", .type = FT_DATE, .flags = F_SETTABLE, .help = N_("its last day, when it lasts several") },
	{ .key = "place", .vi = "địa điểm", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("where it takes place") },
	{ .key = "organiser", .vi = "đơn vị tổ chức", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("who organises it") },
	{ .key = "producers", .vi = "chủ thể", .type = FT_ID_LIST, .flags = F_SETTABLE, .help = N_("ids of the producers who took part") },
	{ .key = "products", .vi = "sản phẩm", .type = FT_ID_LIST, .flags = F_SETTABLE, .help = N_("ids of the products shown") },
	{ .key = "hours", .vi = "số giờ", .type = FT_DECIMAL, .flags = F_SETTABLE, .min = 0, .max = 10000, .help = N_("hours of teaching") },
	{ .key = "notes", .vi = "ghi chú", .type = FT_TEXT, .flags = F_SETTABLE, .help = N_("free text") },
};
static const struct schema event_schema = SCHEMA("event", "hoạt động", event_fields);

static const struct field target_fields[] = {
	{ .key = "year", .vi = "năm", .type = FT_INT, .flags = F_REQUIRED, .min = 2000, .max = 2999, .help = N_("the year") },
	{ .key = "new_products_min", .vi = "sản phẩm mới tối thiểu", .type = FT_INT, .min = 0, .max = 100000, .help = N_("new products with 3 stars or more: at least") },
	{ .key = "new_products_max", .vi = "sản phẩm mới tối đa", .type = FT_INT, .min = 0, .max = 100000, .help = N_("new products with 3 stars or more: at most") },
	{ .key = "trained_percent", .vi = "tỷ lệ chủ thể được tập huấn", .type = FT_INT, .min = 0, .max = 100, .help = N_("share of producers trained") },
	{ .key = "fairs_min", .vi = "hội chợ tối thiểu", .type = FT_INT, .min = 0, .max = 1000, .help = N_("trade fairs: at least") },
	{ .key = "fairs_max", .vi = "hội chợ tối đa", .type = FT_INT, .min = 0, .max = 1000, .help = N_("trade fairs: at most") },
};
static const struct schema target_schema = SCHEMA("target", "mục tiêu", target_fields);

/* What `ocop site` may publish beside what every page shows (ocop-site(1)). */
static const struct field site_fields_fields[] = {
	{ .key = "barcode", .vi = "mã vạch", .type = FT_BOOL, .help = N_("publish the product's GTIN") },
	{ .key = "trademark", .vi = "nhãn hiệu", .type = FT_BOOL, .help = N_("publish its registered trademark") },
	{ .key = "traceability", .vi = "truy xuất nguồn gốc", .type = FT_BOOL, .help = N_("publish whether it has a traceability stamp") },
	{ .key = "quality_declaration", .vi = "công bố chất lượng", .type = FT_BOOL, .help = N_("publish whether its quality is declared") },
	{ .key = "food_safety", .vi = "an toàn thực phẩm", .type = FT_BOOL, .help = N_("publish whether it holds a food safety certificate") },
	{ .key = "promotion", .vi = "xúc tiến thương mại", .type = FT_BOOL, .help = N_("publish its fairs, shops and e-commerce") },
};
const struct schema record_site_fields_schema = SCHEMA("site_fields", "nội dung công bố", site_fields_fields);

/* A ward a province reads (province.h). */
static const struct field ward_ref_fields[] = {
	{ .key = "name", .vi = "tên", .type = FT_ID, .flags = F_REQUIRED, .help = N_("the ward's name in the province") },
	{ .key = "path", .vi = "thư mục", .type = FT_STRING, .flags = F_REQUIRED, .help = N_("its directory, under the province's") },
};
static const struct schema ward_ref_schema = SCHEMA("ward", "phường, xã", ward_ref_fields);

/* A commune or ward merged into this one in 2025. */
static const struct field former_fields[] = {
	{ .key = "name", .vi = "tên", .type = FT_STRING, .flags = F_REQUIRED, .help = N_("name of the former unit") },
	{ .key = "unit_code", .vi = "mã đơn vị hành chính", .type = FT_CODE, .check = check_unit_code, .help = N_("its administrative unit code") },
};
static const struct schema former_schema = SCHEMA("former unit", "đơn vị cũ", former_fields);

static const struct field office_fields[] = {
	/* Required unless the unit is a province (check_office_ward). */
	{ .key = "ward", .vi = "xã, phường", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("ward or commune") },
	{ .key = "province", .vi = "tỉnh", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("province") },
	{ .key = "unit", .vi = "loại đơn vị hành chính", .type = FT_ENUM, .flags = F_SETTABLE, .word = unit_word, .help = N_("commune, ward, special-zone or province") },
	{ .key = "unit_code", .vi = "mã đơn vị hành chính", .type = FT_CODE, .flags = F_SETTABLE, .check = check_unit_code, .help = N_("administrative unit code (mã đơn vị hành chính)") },
	{ .key = "formerly", .vi = "đơn vị cũ", .type = FT_LIST, .sub = &former_schema, .help = N_("the units merged into this one in 2025") },
	{ .key = "authority", .vi = "cơ quan ban hành", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("issuing body of reports") },
	{ .key = "department", .vi = "phòng chuyên môn", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("the office that keeps the records") },
	{ .key = "place", .vi = "địa danh", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("place written in the date line of reports") },
	{ .key = "signer", .vi = "người ký", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("who signs reports") },
	{ .key = "signer_title", .vi = "chức vụ người ký", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("the signer's title, e.g. Phó Chủ tịch") },
	{ .key = "sign_for", .vi = "ký thay", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("on whose behalf, e.g. KT. Chủ tịch") },
	{ .key = "recipients", .vi = "nơi nhận", .type = FT_TEXT, .flags = F_SETTABLE, .help = N_("where reports are sent (Nơi nhận), one a line") },
	{ .key = "lang", .vi = "ngôn ngữ", .type = FT_ENUM, .flags = F_SETTABLE, .word = lang_word, .help = N_("vi or en") },
	{ .key = "git", .vi = "git", .type = FT_ENUM, .flags = F_SETTABLE, .word = git_word, .help = N_("commit: one git commit per write") },
	{ .key = "targets", .vi = "mục tiêu", .type = FT_LIST, .sub = &target_schema, .help = N_("each year's targets") },
	{ .key = "catalogue_url", .vi = "địa chỉ trang sản phẩm", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("address of a product's public page, with {id}") },
	{ .key = "gs1_resolver", .vi = "tên miền GS1 Digital Link", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("the domain of GS1 Digital Link QR codes, in place of id.gs1.org") },
	{ .key = "site_fields", .vi = "nội dung công bố", .type = FT_MAP, .sub = &record_site_fields_schema, .help = N_("what the public catalogue publishes") },
	{ .key = "wards", .vi = "các phường, xã", .type = FT_LIST, .sub = &ward_ref_schema, .help = N_("a province's wards") },
	{ .key = "notes", .vi = "ghi chú", .type = FT_TEXT, .flags = F_SETTABLE, .help = N_("free text") },
};
static const struct schema office_schema = SCHEMA("office", "cơ quan", office_fields);

const struct schema *record_schema(enum record_type type)
{
	switch (type) {
	case RECORD_OFFICE:
		return &office_schema;
	case RECORD_PRODUCER:
		return &record_producer_schema;
	case RECORD_PRODUCT:
		return &record_product_schema;
	case RECORD_EVENT:
		return &event_schema;
	}
	return NULL;
}

const struct field *schema_field(const struct schema *s, const char *key)
{
	size_t i;

	for (i = 0; i < s->nr; i++)
		if (s->fields[i].key[0] == key[0] &&
		    !strcmp(s->fields[i].key, key))
			return &s->fields[i];
	return NULL;
}

/* --- records --------------------------------------------------------------- */

