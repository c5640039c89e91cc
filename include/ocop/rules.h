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

#include <stdbool.h>
#include <stddef.h>

#include "ocop/date.h"

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
/*
 * Set n of the product sets in use, those of the newest decision (a
 * product's set is not dated); NULL when n is not one of them (1–26).
 */
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
/*
 * Step 6, xúc tiến thương mại, promotes OCOP products: a product enters
 * it with a recognition in force (ocop-rules.md §6).
 */
#define STEP_PROMOTE 6
/* Accepts the number or the slug (or the Vietnamese name). */
int rules_step_parse(const char *text, int *out, const char **suggestion);

/*
 * A product's status calls a certificate "expiring" within the notice the
 * issuing body owes the producer before its end (struct rule_set,
 * renewal_notice_days: 30 days), the window `report expiring` shows by
 * default: one window, from the rule row.  How long a certificate runs
 * is its decision's (struct rule_set, certificate_months).
 */
/*
 * A score earns 1 to 5 stars, by the bands of the decision it is judged
 * by (struct rule_set, star_floor).  A product with none in force has 0.
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
 * The levels that evaluate a product: the ward, the province, the
 * ministry, and the district, which recognised 3 stars under 148/QĐ-TTg
 * until 1489/QĐ-TTg abolished it (last, so that files' words keep their
 * numbers).
 */
enum eval_level { LEVEL_WARD, LEVEL_PROVINCE, LEVEL_CENTRAL, LEVEL_DISTRICT };
#define LEVEL_COUNT 4

/* What one level does under a decision. */
struct rule_level {
	/*
	 * It evaluates: the ward assesses the four criteria before the
	 * council may score (1489/QĐ-TTg); the province's and the
	 * ministry's councils score parts A, B and C.
	 */
	bool evaluates;
	int min_stars, max_stars;	/* the stars it recognises; 0, 0: none */
	/*
	 * The name it signs its decisions with, or NULL; followed by the
	 * office's province when of_province ("UBND tỉnh" Quảng Ngãi).
	 */
	const char *authority;
	bool of_province;
};

/*
 * The rules in force for a span of days, one row a decision (ocop-rules.md
 * §0, §2): the council's parts and their maxima, the star bands, how long
 * a certificate runs, what each level evaluates and recognises and under
 * what name, and the product sets a product is classed in.  An evaluation
 * is scored by the row of the basis it names, else by the row in force on
 * its date; who evaluates and recognises is always the row in force on
 * its date.  The next decision is one new row.
 */
struct rule_set {
	const char *basis;		/* the scoring decision: "148/QĐ-TTg" */
	const char *process;		/* the decision on who evaluates */
	struct ocop_date from;		/* in force from this day */
	struct ocop_date until;		/* to this day; year 0: still in force */
	int part_max[SCORE_PARTS];	/* parts A, B, C, whole points */
	long star_floor[STARS_MAX];	/* lowest total of 1–5 stars, hundredths */
	int certificate_months;		/* a certificate runs from its decision */
	/* the issuing body tells the producer this many days before its end */
	int renewal_notice_days;
	struct rule_level level[LEVEL_COUNT];	/* by enum eval_level */
	const struct product_set_info *product_sets;	/* numbered 1.. */
	int product_set_count;
};

/* The row in force on d, or NULL when none is (before 2019-08-21). */
const struct rule_set *rules_in_force(const struct ocop_date *d);
/*
 * The row in force on the last day a partial date may mean (a recognition
 * dated "2019" by an old register may be from after 21 August 2019, when
 * 1048 took effect); rules_in_force() for a whole day.
 */
const struct rule_set *rules_in_force_by_end(const struct ocop_date *d);
/* Had rs come into force by the last day d may mean? */
bool rules_began_by(const struct rule_set *rs, const struct ocop_date *d);
/*
 * The last row of rs's scoring basis: its until is the last day a score
 * may be made under that basis (year 0: still in force).  The row after
 * it, if any, is the decision that replaced it.
 */
const struct rule_set *rules_basis_last(const struct rule_set *rs);
/* The row after rs in the table, or NULL. */
const struct rule_set *rules_next(const struct rule_set *rs);
/*
 * The first and last day a level recognised stars (the district: from
 * 2023-02-24 to 2025-07-05); until.year is 0 when it still does.  Returns
 * false when it never did under any row.
 */
bool rules_level_span(enum eval_level level, struct ocop_date *from,
		      struct ocop_date *until);
/*
 * The days before a certificate's end by which the issuing body notifies
 * the producer, by the rules in force on d (the first row's before any):
 * the default window of `report expiring`, and the days in which a
 * product's status on d is "expiring" (derived.h).
 */
int rules_renewal_notice_days(const struct ocop_date *d);

/*
 * The first row of the decision named (its scoring basis, or a decision
 * that changed only the process, as 1489 did): when it took effect.
 * Accents, case and "/QĐ-TTg" may be left out.  NULL when unknown.
 */
const struct rule_set *rules_by_basis(const char *basis);

/*
 * Stars for a total score in hundredths of a point by rs's bands; under
 * 1048 and 148: < 30 → 1, 30–<50 → 2, 50–<70 → 3, 70–<90 → 4, ≥ 90 → 5
 * (lower bound inclusive: 70.00 → 4, 69.99 → 3).  A NULL rs (a score under
 * no known decision) is banded by the first decision.
 */
int rules_stars_for(const struct rule_set *rs, long total_hundredths);
/* The lowest total (hundredths) that earns n stars (1–5) under rs. */
long rules_stars_floor(const struct rule_set *rs, int n);

/*
 * The last day of a certificate recognised by a decision of that date:
 * certificate_months after it (date_add_months(), at the date's own
 * precision), by the row in force on the date (rules_in_force_by_end(),
 * the first row before any).  When months is not NULL, it is set to
 * that number, for messages.
 */
struct ocop_date rules_certificate_expiry(const struct ocop_date *decided,
					  int *months);
/* The decision that sets how long that certificate runs ("148/QĐ-TTg"). */
const char *rules_certificate_basis(const struct ocop_date *decided);

/*
 * The level whose decisions recognise n stars under rs, or -1 when none
 * does (fewer than CERTIFIED_MIN_STARS).
 */
int rules_recognised_by(const struct rule_set *rs, int stars);
/*
 * The name level signs with under rs ("Bộ Nông nghiệp và Môi trường",
 * "UBND tỉnh Quảng Ngãi"), newly allocated; NULL when rs names none or
 * it needs the province and province is NULL.
 */
char *rules_authority_name(const struct rule_set *rs, enum eval_level level,
			   const char *province);

/*
 * The decisions the table knows, for a hint: "1048/QĐ-TTg (from
 * 2019-08-21) and 148/QĐ-TTg (from 2023-02-24, amended by 1489/QĐ-TTg
 * from 2025-07-06)", translated.  Newly allocated.
 */
char *rules_bases_list(void);

/*
 * The table itself: every row, in order of their days.  Tests may put
 * another in its place, before any other thread reads it (rows must
 * outlive its use; NULL, 0 puts the decisions back); ocop's code reads it
 * only through these functions.
 */
const struct rule_set *rules_table(size_t *n);
void rules_set_table(const struct rule_set *rows, size_t n);

/* Every accepted word of a table, for completion and for suggestions. */
const char *const *rules_category_words(size_t *n);

/*
 * Is text one of the ngành names of 1048/QĐ-TTg that 148 renamed or merged
 * (Thảo dược; Vải, may mặc; Lưu niệm–nội thất–trang trí; Dịch vụ du lịch
 * nông thôn và bán hàng)?  rules_category_parse() maps them to today's
 * category; a product dated before 148 also keeps the name as typed.
 */
bool rules_category_is_1048(const char *text);
/* Were 1048's names the categories of a recognition dated d (to its end)? */
bool rules_category_1048_dated(const struct ocop_date *d);
const char *const *rules_kind_words(size_t *n);

#endif
