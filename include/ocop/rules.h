/*
 * rules.h — the OCOP programme's rules as data.
 *
 * Every table lives once, in src/lib/rules.c, with the decision it comes
 * from (see ../shared/ocop-rules.md).  Commands and validation ask these
 * functions; no rule is written anywhere else.
 *
 * The *_parse functions accept what officers type: the English slug, the
 * number, the Vietnamese name with or without diacritics, in any case.
 * On failure they return -1 and, when suggestion is not NULL, set it to
 * the nearest accepted word (or NULL) for a "did you mean" hint.
 */
#ifndef OCOP_RULES_H
#define OCOP_RULES_H

#include <stddef.h>

/* The 6 ngành (product categories) of 919/QĐ-TTg and 148/QĐ-TTg. */
enum ocop_category {
	CATEGORY_NONE = 0,
	CATEGORY_FOOD = 1,	/* Thực phẩm */
	CATEGORY_BEVERAGE,	/* Đồ uống */
	CATEGORY_HERBAL,	/* Dược liệu và sản phẩm từ dược liệu */
	CATEGORY_HANDICRAFT,	/* Hàng thủ công mỹ nghệ */
	CATEGORY_ORNAMENTAL,	/* Sinh vật cảnh */
	CATEGORY_TOURISM	/* Dịch vụ du lịch cộng đồng, … */
};
#define CATEGORY_COUNT 6

struct category_info {
	enum ocop_category id;
	const char *slug;	/* "food": what files hold */
	const char *name_vi;	/* "Thực phẩm" */
	const char *name_en;	/* "Food" */
};

/* NULL for CATEGORY_NONE or out of range. */
const struct category_info *rules_category(enum ocop_category c);
int rules_category_parse(const char *text, enum ocop_category *out,
			 const char **suggestion);

/* The 26 product sets (bộ sản phẩm) of Phụ lục I, 148/QĐ-TTg. */
#define PRODUCT_SET_COUNT 26
struct product_set_info {
	int number;		/* 1–26 */
	enum ocop_category category;
	const char *group_vi;	/* nhóm, e.g. "Thực phẩm tươi sống" */
	const char *name_vi;
	const char *name_en;
};
/* NULL when n is not 1–26. */
const struct product_set_info *rules_product_set(int n);

/* Kinds of producer (chủ thể OCOP). */
enum producer_kind {
	KIND_NONE = 0,
	KIND_ENTERPRISE,	/* doanh nghiệp */
	KIND_COOPERATIVE,	/* hợp tác xã */
	KIND_COOPERATIVE_GROUP,	/* tổ hợp tác */
	KIND_HOUSEHOLD,		/* hộ sản xuất, hộ kinh doanh */
	KIND_FACILITY,		/* cơ sở sản xuất */
	KIND_INDIVIDUAL		/* cá nhân */
};
#define KIND_COUNT 6
struct kind_info {
	enum producer_kind id;
	const char *slug;	/* "enterprise" */
	const char *name_vi;	/* "Doanh nghiệp" */
	const char *name_en;
};
const struct kind_info *rules_kind(enum producer_kind k);
int rules_kind_parse(const char *text, enum producer_kind *out,
		     const char **suggestion);
/*
 * The kind a producer's name shows ("Công ty TNHH …" → enterprise, "Hộ
 * kinh doanh …" → household, "Cơ sở …" → facility, "Hợp tác xã …" →
 * cooperative).  Returns 0, or -1 when the name does not say.
 */
int rules_kind_from_name(const char *name, enum producer_kind *out);

/* Where a product comes from. */
enum product_origin { ORIGIN_NONE = 0, ORIGIN_IDEA, ORIGIN_EXISTING };
const char *rules_origin_slug(enum product_origin o);
int rules_origin_parse(const char *text, enum product_origin *out,
		       const char **suggestion);

/* The six steps of the OCOP cycle (chu trình OCOP). */
#define STEP_COUNT 6
struct step_info {
	int number;		/* 1–6 */
	const char *slug;	/* "guidance", "idea", "plan", "implement", "evaluate", "promote" */
	const char *name_vi;
	const char *name_en;
};
const struct step_info *rules_step(int n);
/*
 * Step 2, nhận đăng ký ý tưởng sản phẩm, is where a product registers:
 * ideas are received and assessed there and the failing ones returned
 * (ocop-rules.md §6, step 2).  So `product add` enters it there unless
 * told otherwise, a new idea enters at step 1 or 2, an existing product
 * at 2 or later, and a rejected idea goes back to it to register again
 * the next year (DESIGN.md §4).
 */
#define STEP_REGISTER 2
/*
 * Step 5, đánh giá, phân hạng, is where a recognised product returns to
 * be re-evaluated before its certificate ends or to be upgraded (nâng
 * hạng) (ocop-rules.md §3 "Re-evaluation", §6 step 5).
 */
#define STEP_EVALUATE 5
/* Accepts the number or the slug (or the Vietnamese name). */
int rules_step_parse(const char *text, int *out, const char **suggestion);

/*
 * Certificates: valid 36 months from the decision (148/QĐ-TTg; Quảng Ngãi
 * "03 năm (36 tháng), kể từ ngày Quyết định được ký"); reports call one
 * "expiring" in its last 90 days, when the issuing body must notify the
 * producer that it may apply for re-recognition.
 */
#define CERTIFICATE_MONTHS 36
#define EXPIRING_DAYS 90
/*
 * A score earns 1 to 5 stars, by the bands of rules_stars_for() below
 * (ocop-rules.md §2, "Star bands"; the same under 1048 and 148).  A
 * product with none in force has 0.
 */
#define STARS_MIN 1
#define STARS_MAX 5
/* Only 3 to 5 stars are recognised and certified (ocop-rules.md §2). */
#define CERTIFIED_MIN_STARS 3

/*
 * A council scores three parts, A, B and C, and sums them (ocop-rules.md
 * §2, "Parts"; their maxima change with the decision, below).
 */
#define SCORE_PARTS 3

/*
 * The rules in force on a date, one row a decision (ocop-rules.md §0, §2):
 * the council's parts and their maxima, who recognises what, and whether
 * the ward must first assess the four criteria.  An evaluation is judged
 * by the row in force on its date, unless it names its basis.  The next
 * decision is one new row.
 */
#include "ocop/date.h"

struct rule_set {
	const char *basis;		/* the scoring decision: "148/QĐ-TTg" */
	const char *process;		/* the decision on who evaluates */
	struct ocop_date effective;	/* from this day */
	int part_max[SCORE_PARTS];	/* parts A, B, C, whole points */
	int province_max_stars;		/* the province recognises up to */
	int central_min_stars;		/* the ministry recognises from */
	int ward_assessment;		/* the ward's 4 criteria come first */
};

/* The row in force on d, or NULL before the first (2019-08-21). */
const struct rule_set *rules_in_force(const struct ocop_date *d);
/*
 * The first row of the decision named (its scoring basis, or a decision
 * that changed only the process, as 1489 did): when it took effect.
 * Accents, case and "/QĐ-TTg" may be left out.  NULL when unknown.
 */
const struct rule_set *rules_by_basis(const char *basis);

/*
 * Stars for a total score in hundredths of a point: < 30 → 1, 30–<50 → 2,
 * 50–<70 → 3, 70–<90 → 4, ≥ 90 → 5 (lower bound inclusive: 70.00 → 4,
 * 69.99 → 3).  The same bands under 1048 and 148.
 */
int rules_stars_for(long total_hundredths);
/* The lowest total (hundredths) that earns n stars (1–5). */
long rules_stars_floor(int n);

/* Every accepted word of a table, for completion and for suggestions. */
const char *const *rules_category_words(size_t *n);
const char *const *rules_kind_words(size_t *n);

#endif
