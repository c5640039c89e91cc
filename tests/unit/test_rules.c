/* test_rules.c — the OCOP rules tables and their parsers (rules.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "ocop/rules.h"
#include "ocop/text.h"
#include "ocop/util.h"

struct spelling {
	const char *text;
	int want;
};

/* Every spelling the brief and ocop-rules.md list, and some officers' ones. */
static const struct spelling category_spellings[] = {
	{ "food", CATEGORY_FOOD },
	{ "beverage", CATEGORY_BEVERAGE },
	{ "herbal", CATEGORY_HERBAL },
	{ "handicraft", CATEGORY_HANDICRAFT },
	{ "ornamental", CATEGORY_ORNAMENTAL },
	{ "tourism", CATEGORY_TOURISM },
	{ "FOOD", CATEGORY_FOOD },
	{ "  Tourism\t", CATEGORY_TOURISM },
	{ "1", CATEGORY_FOOD },
	{ "2", CATEGORY_BEVERAGE },
	{ "3", CATEGORY_HERBAL },
	{ "4", CATEGORY_HANDICRAFT },
	{ "5", CATEGORY_ORNAMENTAL },
	{ "6", CATEGORY_TOURISM },
	{ " 3 ", CATEGORY_HERBAL },
	{ "I", CATEGORY_FOOD },
	{ "II", CATEGORY_BEVERAGE },
	{ "III", CATEGORY_HERBAL },
	{ "IV", CATEGORY_HANDICRAFT },
	{ "V", CATEGORY_ORNAMENTAL },
	{ "VI", CATEGORY_TOURISM },
	{ "vi", CATEGORY_TOURISM },
	/* 919/148 names, with and without diacritics, any case */
	{ "Thực phẩm", CATEGORY_FOOD },
	{ "thuc pham", CATEGORY_FOOD },
	{ "THỰC PHẨM", CATEGORY_FOOD },
	{ "Thuc  Pham", CATEGORY_FOOD },
	/* NFD input: u + horn + dot below, a + circumflex + hook above */
	{ "Thu\xcc\x9b\xcc\xa3" "c pha\xcc\x82\xcc\x89m", CATEGORY_FOOD },
	{ "Đồ uống", CATEGORY_BEVERAGE },
	{ "do uong", CATEGORY_BEVERAGE },
	{ "ĐỒ UỐNG", CATEGORY_BEVERAGE },
	{ "Dược liệu và sản phẩm từ dược liệu", CATEGORY_HERBAL },
	{ "Dược liệu", CATEGORY_HERBAL },
	{ "duoc lieu", CATEGORY_HERBAL },
	{ "Hàng thủ công mỹ nghệ", CATEGORY_HANDICRAFT },
	{ "Thủ công mỹ nghệ", CATEGORY_HANDICRAFT },
	{ "thu cong my nghe", CATEGORY_HANDICRAFT },
	{ "Sinh vật cảnh", CATEGORY_ORNAMENTAL },
	{ "sinh vat canh", CATEGORY_ORNAMENTAL },
	{ "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
	  CATEGORY_TOURISM },
	{ "dich vu du lich cong dong, du lich sinh thai va diem du lich",
	  CATEGORY_TOURISM },
	{ "Du lịch", CATEGORY_TOURISM },
	{ "Dịch vụ du lịch", CATEGORY_TOURISM },
	/* 1048/QĐ-TTg names */
	{ "Thảo dược", CATEGORY_HERBAL },
	{ "thao duoc", CATEGORY_HERBAL },
	{ "Vải và may mặc", CATEGORY_HANDICRAFT },
	{ "Vải, may mặc", CATEGORY_HANDICRAFT },
	{ "vai may mac", CATEGORY_HANDICRAFT },
	{ "Lưu niệm – nội thất – trang trí", CATEGORY_HANDICRAFT },
	{ "Lưu niệm–nội thất–trang trí", CATEGORY_HANDICRAFT },
	{ "Luu niem - noi that - trang tri", CATEGORY_HANDICRAFT },
	{ "Thủ công mỹ nghệ, trang trí", CATEGORY_HANDICRAFT },
	{ "Dịch vụ du lịch nông thôn và bán hàng", CATEGORY_TOURISM },
	{ "Dịch vụ du lịch nông thôn, bán hàng", CATEGORY_TOURISM },
	/* English */
	{ "Food", CATEGORY_FOOD },
	{ "Beverages", CATEGORY_BEVERAGE },
	{ "Herbal", CATEGORY_HERBAL },
	{ "Handicrafts", CATEGORY_HANDICRAFT },
	{ "Ornamental", CATEGORY_ORNAMENTAL },
	{ "Tourism", CATEGORY_TOURISM },
};

static const struct spelling kind_spellings[] = {
	{ "enterprise", KIND_ENTERPRISE },
	{ "cooperative", KIND_COOPERATIVE },
	{ "cooperative-group", KIND_COOPERATIVE_GROUP },
	{ "household", KIND_HOUSEHOLD },
	{ "facility", KIND_FACILITY },
	{ "individual", KIND_INDIVIDUAL },
	{ "Enterprise", KIND_ENTERPRISE },
	{ "Cooperative group", KIND_COOPERATIVE_GROUP },
	{ "COOPERATIVE_GROUP", KIND_COOPERATIVE_GROUP },
	{ "Doanh nghiệp", KIND_ENTERPRISE },
	{ "doanh nghiep", KIND_ENTERPRISE },
	{ "Hợp tác xã", KIND_COOPERATIVE },
	{ "hop tac xa", KIND_COOPERATIVE },
	{ "HTX", KIND_COOPERATIVE },
	{ "Tổ hợp tác", KIND_COOPERATIVE_GROUP },
	{ "to hop tac", KIND_COOPERATIVE_GROUP },
	{ "Hộ kinh doanh", KIND_HOUSEHOLD },
	{ "Hộ sản xuất", KIND_HOUSEHOLD },
	{ "Hộ gia đình", KIND_HOUSEHOLD },
	{ "ho gia dinh", KIND_HOUSEHOLD },
	{ "Hộ sản xuất, kinh doanh", KIND_HOUSEHOLD },
	{ "Household business", KIND_HOUSEHOLD },
	{ "Cơ sở sản xuất", KIND_FACILITY },
	{ "Cơ sở", KIND_FACILITY },
	{ "co so", KIND_FACILITY },
	{ "Production facility", KIND_FACILITY },
	{ "Cá nhân", KIND_INDIVIDUAL },
	{ "ca nhan", KIND_INDIVIDUAL },
};

static const struct spelling origin_spellings[] = {
	{ "idea", ORIGIN_IDEA },
	{ "IDEA", ORIGIN_IDEA },
	{ "ý tưởng", ORIGIN_IDEA },
	{ "Ý TƯỞNG", ORIGIN_IDEA },
	{ "y tuong", ORIGIN_IDEA },
	{ "new", ORIGIN_IDEA },
	{ "mới", ORIGIN_IDEA },
	{ "existing", ORIGIN_EXISTING },
	{ "Existing", ORIGIN_EXISTING },
	{ "hiện có", ORIGIN_EXISTING },
	{ "hien co", ORIGIN_EXISTING },
};

static const struct spelling step_spellings[] = {
	{ "1", 1 }, { "2", 2 }, { "3", 3 }, { "4", 4 }, { "5", 5 }, { "6", 6 },
	{ "guidance", 1 },
	{ "idea", 2 },
	{ "plan", 3 },
	{ "implement", 4 },
	{ "evaluate", 5 },
	{ "promote", 6 },
	{ "Evaluate", 5 },
	{ "Tuyên truyền, hướng dẫn", 1 },
	{ "tuyen truyen huong dan", 1 },
	{ "Nhận đăng ký ý tưởng sản phẩm", 2 },
	{ "nhan dang ky y tuong san pham", 2 },
	{ "Nhận phương án/dự án sản xuất kinh doanh", 3 },
	{ "nhan phuong an / du an san xuat kinh doanh", 3 },
	{ "Triển khai phương án/dự án sản xuất kinh doanh", 4 },
	{ "Triển khai phương án", 4 },
	{ "Đánh giá và phân hạng sản phẩm", 5 },
	{ "Đánh giá, phân hạng sản phẩm", 5 },
	{ "danh gia", 5 },
	{ "Xúc tiến thương mại", 6 },
	{ "xuc tien thuong mai", 6 },
	{ "Guidance", 1 },
	{ "Idea registration", 2 },
	{ "Business plan", 3 },
	{ "Implementation", 4 },
	{ "Evaluation and rating", 5 },
	{ "Trade promotion", 6 },
};

/* Inputs every parser refuses, with no suggestion to offer. */
static const char *const rejects[] = {
	"", "   ", "7", "0", "-1", "xyz", "\xff\xfe", "12",
};

static void check_accepts(int (*parse)(const char *, int *, const char **),
			  const struct spelling *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		int got = -99;
		const char *hint = "unset";

		if (parse(s[i].text, &got, &hint)) {
			print_error("refused \"%s\"\n", s[i].text);
			fail();
		}
		if (got != s[i].want)
			print_error("\"%s\" gave %d, want %d\n", s[i].text,
				    got, s[i].want);
		assert_int_equal(got, s[i].want);
		assert_null(hint);
	}
}

static void check_rejects(int (*parse)(const char *, int *, const char **))
{
	size_t i;
	int got = -99;
	const char *hint = "unset";

	assert_int_equal(parse(NULL, &got, &hint), -1);
	assert_null(hint);
	assert_int_equal(got, -99);
	for (i = 0; i < ARRAY_SIZE(rejects); i++) {
		hint = "unset";
		if (parse(rejects[i], &got, &hint) != -1)
			print_error("accepted \"%s\"\n", rejects[i]);
		assert_int_equal(parse(rejects[i], &got, &hint), -1);
		assert_int_equal(got, -99);
		assert_null(hint);
	}
}

/* The parsers through one signature, so one checker serves them all. */
static int category_parse(const char *t, int *out, const char **hint)
{
	enum ocop_category c;

	if (rules_category_parse(t, &c, hint))
		return -1;
	*out = (int)c;
	return 0;
}

static int kind_parse(const char *t, int *out, const char **hint)
{
	enum producer_kind k;

	if (rules_kind_parse(t, &k, hint))
		return -1;
	*out = (int)k;
	return 0;
}

static int origin_parse(const char *t, int *out, const char **hint)
{
	enum product_origin o;

	if (rules_origin_parse(t, &o, hint))
		return -1;
	*out = (int)o;
	return 0;
}

static void test_category_table(void **state)
{
	static const char *const slug[] = {
		"food", "beverage", "herbal", "handicraft", "ornamental",
		"tourism"
	};
	int c;

	(void)state;
	for (c = CATEGORY_FOOD; c <= CATEGORY_COUNT; c++) {
		const struct category_info *ci = rules_category(c);

		assert_non_null(ci);
		assert_int_equal(ci->id, c);
		assert_string_equal(ci->slug, slug[c - 1]);
		assert_true(ci->name_vi[0] && ci->name_en[0]);
	}
	assert_string_equal(rules_category(CATEGORY_HERBAL)->name_vi,
			    "Dược liệu và sản phẩm từ dược liệu");
	assert_null(rules_category(CATEGORY_NONE));
	assert_null(rules_category((enum ocop_category)7));
	assert_null(rules_category((enum ocop_category)-1));
}

static void test_category_parse(void **state)
{
	(void)state;
	check_accepts(category_parse, category_spellings,
		      ARRAY_SIZE(category_spellings));
	check_rejects(category_parse);
	/* Roman numerals stop at VI; digits are single. */
	assert_int_equal(rules_category_parse("VII", NULL, NULL), -1);
	assert_int_equal(rules_category_parse("01", NULL, NULL), -1);
	/* out and suggestion may both be NULL. */
	assert_int_equal(rules_category_parse("food", NULL, NULL), 0);
}

static void test_category_suggest(void **state)
{
	static const struct {
		const char *typo, *want;
	} cases[] = {
		{ "fod", "food" },
		{ "beverag", "beverage" },
		{ "handcraft", "handicraft" },
		{ "turism", "tourism" },
		{ "thao duco", "herbal" },	/* the slug files hold */
		{ "Thực phẩmm", "food" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *hint = NULL;
		enum ocop_category c = CATEGORY_NONE;

		assert_int_equal(rules_category_parse(cases[i].typo, &c,
						      &hint), -1);
		assert_int_equal(c, CATEGORY_NONE);
		assert_non_null(hint);
		assert_string_equal(hint, cases[i].want);
	}
}

/*
 * A word list: the slugs first in enum order, each word in folded form and
 * accepted by its parser as the id of the name it folds, no duplicates.
 */
static void check_words(const char *const *w, size_t n,
			const char *(*slug)(int), size_t nslugs,
			int (*parse)(const char *, int *, const char **))
{
	size_t i, j;

	assert_true(n > nslugs);
	for (i = 0; i < nslugs; i++)
		assert_string_equal(w[i], slug((int)i + 1));
	for (i = 0; i < n; i++) {
		char *folded = text_fold(w[i]);
		int id;

		assert_non_null(folded);
		if (i >= nslugs)
			assert_string_equal(folded, w[i]);
		free(folded);
		assert_int_equal(parse(w[i], &id, NULL), 0);
		for (j = 0; j < i; j++)
			assert_string_not_equal(w[i], w[j]);
	}
}

static const char *category_slug(int c)
{
	return rules_category((enum ocop_category)c)->slug;
}

static const char *kind_slug(int k)
{
	return rules_kind((enum producer_kind)k)->slug;
}

static void test_category_words(void **state)
{
	size_t n = 0;
	const char *const *w = rules_category_words(&n);
	size_t i;

	(void)state;
	check_words(w, n, category_slug, CATEGORY_COUNT, category_parse);
	/* Each Vietnamese name of the table is among the words, folded. */
	for (i = 1; i <= CATEGORY_COUNT; i++) {
		char *folded = text_fold(rules_category(i)->name_vi);
		enum ocop_category c;

		assert_int_equal(rules_category_parse(folded, &c, NULL), 0);
		assert_int_equal(c, i);
		free(folded);
	}
	assert_ptr_equal(rules_category_words(NULL), w);
}

/*
 * The 1048 names are flagged as such, as typed with accents and
 * punctuation; today's names, slugs and numbers are not.  They name
 * the categories of recognitions up to 2023-02-23 (a year-only 2023
 * reaches into 148's days).
 */
static void test_category_1048(void **state)
{
	static const char *const old[] = {
		"Thảo dược", "Vải, may mặc", "vai va may mac",
		"Lưu niệm – nội thất – trang trí", "Thủ công mỹ nghệ, trang trí",
		"Dịch vụ du lịch nông thôn và bán hàng",
	};
	static const char *const today[] = {
		"herbal", "handicraft", "Dược liệu", "Hàng thủ công mỹ nghệ",
		"Thủ công mỹ nghệ", "Dịch vụ du lịch", "4", "IV", "", "vai",
	};
	const struct ocop_date before = { 2023, 2, 23, DATE_DAY };
	const struct ocop_date on = { 2023, 2, 24, DATE_DAY };
	const struct ocop_date y2021 = { 2021, 1, 1, DATE_YEAR };
	const struct ocop_date y2023 = { 2023, 1, 1, DATE_YEAR };
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(old); i++)
		assert_true(rules_category_is_1048(old[i]));
	for (i = 0; i < ARRAY_SIZE(today); i++)
		assert_false(rules_category_is_1048(today[i]));
	assert_false(rules_category_is_1048(NULL));
	assert_true(rules_category_1048_dated(&before));
	assert_true(rules_category_1048_dated(&y2021));
	assert_false(rules_category_1048_dated(&on));
	assert_false(rules_category_1048_dated(&y2023));
}

/* Phụ lục I of 148/QĐ-TTg: bộ 1–26, their ngành, 17 nhóm in all. */
static void test_product_sets(void **state)
{
	static const enum ocop_category want[PRODUCT_SET_COUNT] = {
		CATEGORY_FOOD, CATEGORY_FOOD, CATEGORY_FOOD, CATEGORY_FOOD,
		CATEGORY_FOOD, CATEGORY_FOOD, CATEGORY_FOOD, CATEGORY_FOOD,
		CATEGORY_FOOD, CATEGORY_FOOD, CATEGORY_FOOD, CATEGORY_FOOD,
		CATEGORY_FOOD,
		CATEGORY_BEVERAGE, CATEGORY_BEVERAGE, CATEGORY_BEVERAGE,
		CATEGORY_BEVERAGE,
		CATEGORY_HERBAL, CATEGORY_HERBAL, CATEGORY_HERBAL,
		CATEGORY_HANDICRAFT, CATEGORY_HANDICRAFT,
		CATEGORY_ORNAMENTAL, CATEGORY_ORNAMENTAL, CATEGORY_ORNAMENTAL,
		CATEGORY_TOURISM,
	};
	const char *groups[PRODUCT_SET_COUNT];
	size_t ngroups = 0, j;
	int n;

	(void)state;
	for (n = 1; n <= PRODUCT_SET_COUNT; n++) {
		const struct product_set_info *ps = rules_product_set(n);

		assert_non_null(ps);
		assert_int_equal(ps->number, n);
		if (ps->category != want[n - 1])
			print_error("bộ %d has category %d\n", n, ps->category);
		assert_int_equal(ps->category, want[n - 1]);
		assert_true(ps->group_vi[0] && ps->name_vi[0] &&
			    ps->name_en[0]);
		assert_true(text_utf8_valid(ps->name_vi, strlen(ps->name_vi),
					    NULL));
		for (j = 0; j < ngroups; j++)
			if (!strcmp(groups[j], ps->group_vi))
				break;
		if (j == ngroups)
			groups[ngroups++] = ps->group_vi;
		else	/* a nhóm's sets are consecutive */
			assert_string_equal(groups[ngroups - 1], ps->group_vi);
	}
	assert_int_equal(ngroups, 17);
	assert_string_equal(rules_product_set(1)->name_vi,
			    "Rau, củ, quả, hạt tươi");
	assert_string_equal(rules_product_set(14)->name_vi, "Rượu trắng");
	assert_string_equal(rules_product_set(23)->name_vi, "Hoa");
	assert_string_equal(rules_product_set(26)->group_vi,
			    rules_category(CATEGORY_TOURISM)->name_vi);
	assert_null(rules_product_set(0));
	assert_null(rules_product_set(27));
	assert_null(rules_product_set(-1));
}

static void test_kind_table(void **state)
{
	static const char *const slug[] = {
		"enterprise", "cooperative", "cooperative-group", "household",
		"facility", "individual"
	};
	int k;

	(void)state;
	for (k = KIND_ENTERPRISE; k <= KIND_COUNT; k++) {
		const struct kind_info *ki = rules_kind(k);

		assert_non_null(ki);
		assert_int_equal(ki->id, k);
		assert_string_equal(ki->slug, slug[k - 1]);
		assert_true(ki->name_vi[0] && ki->name_en[0]);
	}
	assert_string_equal(rules_kind(KIND_COOPERATIVE)->name_vi,
			    "Hợp tác xã");
	assert_null(rules_kind(KIND_NONE));
	assert_null(rules_kind((enum producer_kind)7));
}

static void test_kind_parse(void **state)
{
	size_t n = 0;
	const char *const *w = rules_kind_words(&n);
	const char *hint = NULL;
	enum producer_kind k = KIND_NONE;

	(void)state;
	check_accepts(kind_parse, kind_spellings, ARRAY_SIZE(kind_spellings));
	check_rejects(kind_parse);
	check_words(w, n, kind_slug, KIND_COUNT, kind_parse);

	assert_int_equal(rules_kind_parse("enterprize", &k, &hint), -1);
	assert_int_equal(k, KIND_NONE);
	assert_non_null(hint);
	assert_string_equal(hint, "enterprise");
	assert_int_equal(rules_kind_parse("cooperativ", &k, &hint), -1);
	assert_string_equal(hint, "cooperative");
	assert_int_equal(rules_kind_parse("Công ty TNHH", &k, &hint), -1);
}

static void test_origin(void **state)
{
	const char *hint = NULL;

	(void)state;
	assert_string_equal(rules_origin_slug(ORIGIN_IDEA), "idea");
	assert_string_equal(rules_origin_slug(ORIGIN_EXISTING), "existing");
	assert_null(rules_origin_slug(ORIGIN_NONE));
	assert_null(rules_origin_slug((enum product_origin)3));
	check_accepts(origin_parse, origin_spellings,
		      ARRAY_SIZE(origin_spellings));
	check_rejects(origin_parse);
	/* Numbers are not origins. */
	assert_int_equal(rules_origin_parse("1", NULL, NULL), -1);
	assert_int_equal(rules_origin_parse("existng", NULL, &hint), -1);
	assert_non_null(hint);
	assert_string_equal(hint, "existing");
}

static void test_step_table(void **state)
{
	static const char *const slug[] = {
		"guidance", "idea", "plan", "implement", "evaluate", "promote"
	};
	static const char *const name_vi[] = {
		"Tuyên truyền, hướng dẫn",
		"Nhận đăng ký ý tưởng sản phẩm",
		"Nhận phương án/dự án sản xuất kinh doanh",
		"Triển khai phương án/dự án sản xuất kinh doanh",
		"Đánh giá và phân hạng sản phẩm",
		"Xúc tiến thương mại",
	};
	static const char *const name_en[] = {
		"Guidance", "Idea registration", "Business plan",
		"Implementation", "Evaluation and rating", "Trade promotion",
	};
	int n;

	(void)state;
	for (n = 1; n <= STEP_COUNT; n++) {
		const struct step_info *si = rules_step(n);

		assert_non_null(si);
		assert_int_equal(si->number, n);
		assert_string_equal(si->slug, slug[n - 1]);
		assert_string_equal(si->name_vi, name_vi[n - 1]);
		assert_string_equal(si->name_en, name_en[n - 1]);
	}
	assert_null(rules_step(0));
	assert_null(rules_step(7));
	assert_null(rules_step(-1));
}

static void test_step_parse(void **state)
{
	const char *hint = NULL;
	int step = 0;

	(void)state;
	check_accepts(rules_step_parse, step_spellings,
		      ARRAY_SIZE(step_spellings));
	check_rejects(rules_step_parse);
	/* Steps have no Roman numerals. */
	assert_int_equal(rules_step_parse("II", NULL, NULL), -1);
	assert_int_equal(rules_step_parse("evalute", &step, &hint), -1);
	assert_int_equal(step, 0);
	assert_non_null(hint);
	assert_string_equal(hint, "evaluate");
	assert_int_equal(rules_step_parse("promot", &step, &hint), -1);
	assert_string_equal(hint, "promote");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_category_table),
		cmocka_unit_test(test_category_parse),
		cmocka_unit_test(test_category_suggest),
		cmocka_unit_test(test_category_words),
		cmocka_unit_test(test_category_1048),
		cmocka_unit_test(test_product_sets),
		cmocka_unit_test(test_kind_table),
		cmocka_unit_test(test_kind_parse),
		cmocka_unit_test(test_origin),
		cmocka_unit_test(test_step_table),
		cmocka_unit_test(test_step_parse),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
