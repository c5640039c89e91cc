/*
 * test_rating.c — rule sets by decision and star bands (rules.h), the
 * checks of evaluations (rating.h) and a product's derived status
 * (derived.h).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/date.h"
#include "ocop/diag.h"
#include "ocop/rating.h"
#include "ocop/record.h"
#include "ocop/rules.h"
#include "ocop/derived.h"
#include "ocop/strbuf.h"
#include "ocop/yamlio.h"

#include "unit-product.h"

/* --- helpers ---------------------------------------------------------------- */

/*
 * A product at step 5 since 2019-09-01 (so that every council date of
 * these tests finds it there), with the evaluations given as the lines
 * of a block list ("- {...}\n" each).  The first evaluation is on line 9.
 */
#define HEAD "id: x\nname: X\nproducer: h\ncategory: food\norigin: existing\n" \
	     "cycle:\n- {step: 5, date: 2019-09-01}\nevaluations:\n"
#define FIRST_EVAL_LINE 9
#define BARE "id: x\nname: X\nproducer: h\ncategory: food\norigin: existing\n" \
	     "cycle:\n- {step: 5, date: 2019-09-01}\n"

static void make_product(struct record *r, const char *head, const char *evals)
{
	struct strbuf y = STRBUF_INIT;

	strbuf_addstr(&y, head);
	strbuf_addstr(&y, evals);
	load_product(r, y.buf);
	strbuf_release(&y);
}

/* Every message of dl, for a failure report. */
static const char *messages(const struct diag_list *dl, struct strbuf *sb)
{
	size_t i;

	strbuf_reset(sb);
	for (i = 0; i < dl->nr; i++)
		strbuf_addf(sb, "\n  %u:%u: %s", dl->items[i].line,
			    dl->items[i].col, dl->items[i].message);
	return dl->nr ? sb->buf : " (none)";
}

/* --- rules_stars_for, rules_stars_floor -------------------------------------- */

static void test_stars_bands(void **state)
{
	static const struct { long total; int stars; } bands[] = {
		{ 0, 1 }, { 1, 1 }, { 2999, 1 },
		{ 3000, 2 }, { 3001, 2 }, { 4999, 2 },
		{ 5000, 3 }, { 6990, 3 }, { 6999, 3 },
		{ 7000, 4 }, { 7001, 4 }, { 8999, 4 },
		{ 9000, 5 }, { 9999, 5 }, { 10000, 5 },
	};
	const struct rule_set *rows;
	size_t i, r, nrows;

	(void)state;
	/* The same bands under every decision, and for a score under none. */
	rows = rules_table(&nrows);
	for (r = 0; r <= nrows; r++) {
		const struct rule_set *rs = r < nrows ? &rows[r] : NULL;

		for (i = 0; i < sizeof(bands) / sizeof(bands[0]); i++)
			if (rules_stars_for(rs, bands[i].total) != bands[i].stars)
				fail_msg("%ld hundredths: %d stars, expected %d",
					 bands[i].total, rules_stars_for(rs, bands[i].total),
					 bands[i].stars);
	}
}

static void test_stars_floor(void **state)
{
	struct ocop_date d = day("2024-05-10");
	const struct rule_set *rs = rules_in_force(&d);
	int n;

	(void)state;
	assert_int_equal(rules_stars_floor(rs, 1), 0);
	assert_int_equal(rules_stars_floor(rs, 2), 3000);
	assert_int_equal(rules_stars_floor(rs, 3), 5000);
	assert_int_equal(rules_stars_floor(rs, 4), 7000);
	assert_int_equal(rules_stars_floor(rs, 5), 9000);
	assert_int_equal(rules_stars_floor(rs, 0), -1);
	assert_int_equal(rules_stars_floor(rs, 6), -1);
	assert_int_equal(rules_stars_floor(rs, -1), -1);
	/* The floor earns its stars; a hundredth below it earns one less. */
	for (n = 1; n <= 5; n++) {
		assert_int_equal(rules_stars_for(rs, rules_stars_floor(rs, n)), n);
		if (n > 1)
			assert_int_equal(rules_stars_for(rs, rules_stars_floor(rs, n) - 1), n - 1);
	}
}

/* --- rules_in_force, rules_by_basis ---------------------------------------- */

static void test_rules_in_force(void **state)
{
	struct ocop_date d;
	const struct rule_set *rs;

	(void)state;
	d = day("2019-08-20");
	assert_null(rules_in_force(&d));
	d = day("2000-01-01");
	assert_null(rules_in_force(&d));

	d = day("2019-08-21");
	rs = rules_in_force(&d);
	assert_non_null(rs);
	assert_string_equal(rs->basis, "1048/QĐ-TTg");
	assert_int_equal(rs->part_max[0], 35);
	assert_int_equal(rs->part_max[1], 25);
	assert_int_equal(rs->part_max[2], 40);
	assert_false(rs->level[LEVEL_WARD].evaluates);
	assert_int_equal(rs->level[LEVEL_PROVINCE].max_stars, 4);
	assert_int_equal(rs->level[LEVEL_CENTRAL].min_stars, 5);

	d = day("2023-02-23");
	assert_ptr_equal(rules_in_force(&d), rs);

	d = day("2023-02-24");
	rs = rules_in_force(&d);
	assert_non_null(rs);
	assert_string_equal(rs->basis, "148/QĐ-TTg");
	assert_string_equal(rs->process, "148/QĐ-TTg");
	assert_int_equal(rs->part_max[0], 40);
	assert_int_equal(rs->part_max[1], 25);
	assert_int_equal(rs->part_max[2], 35);
	assert_false(rs->level[LEVEL_WARD].evaluates);

	d = day("2025-07-05");
	assert_ptr_equal(rules_in_force(&d), rs);

	d = day("2025-07-06");
	rs = rules_in_force(&d);
	assert_non_null(rs);
	assert_string_equal(rs->basis, "148/QĐ-TTg");
	assert_string_equal(rs->process, "1489/QĐ-TTg");
	assert_int_equal(rs->part_max[0], 40);
	assert_int_equal(rs->part_max[2], 35);
	assert_true(rs->level[LEVEL_WARD].evaluates);
	assert_int_equal(rs->level[LEVEL_PROVINCE].max_stars, 4);
	assert_int_equal(rs->level[LEVEL_CENTRAL].min_stars, 5);

	assert_int_equal(rs->until.year, 0);	/* still in force */

	/* A date known only to the year counts from its first day. */
	d = day("2023");
	assert_string_equal(rules_in_force(&d)->basis, "1048/QĐ-TTg");
	/* … unless asked for its last (a register's "2023": 148's). */
	assert_string_equal(rules_in_force_by_end(&d)->basis, "148/QĐ-TTg");
	d = day("2019");
	assert_string_equal(rules_in_force_by_end(&d)->basis, "1048/QĐ-TTg");
	d = day("2018");
	assert_null(rules_in_force_by_end(&d));
}

/* What every decision of the table says alike today. */
static void test_rules_rows(void **state)
{
	const struct rule_set *rows = NULL;
	size_t i, n = 0;
	char *name;

	(void)state;
	rows = rules_table(&n);
	assert_int_equal(n, 3);
	for (i = 0; i < n; i++) {
		const struct rule_set *rs = &rows[i];

		assert_int_equal(rs->certificate_months, 36);
		assert_int_equal(rules_recognised_by(rs, 2), -1);
		/* 148/QĐ-TTg's own process: the district recognised 3 stars. */
		assert_int_equal(rules_recognised_by(rs, 3),
				 i == 1 ? LEVEL_DISTRICT : LEVEL_PROVINCE);
		assert_int_equal(rules_recognised_by(rs, 4), LEVEL_PROVINCE);
		assert_int_equal(rules_recognised_by(rs, 5), LEVEL_CENTRAL);
		name = rules_authority_name(rs, LEVEL_CENTRAL, "Quảng Ngãi");
		assert_string_equal(name, "Bộ Nông nghiệp và Môi trường");
		free(name);
		name = rules_authority_name(rs, LEVEL_PROVINCE, "Quảng Ngãi");
		assert_string_equal(name, "UBND tỉnh Quảng Ngãi");
		free(name);
		assert_null(rules_authority_name(rs, LEVEL_PROVINCE, NULL));
		assert_null(rules_authority_name(rs, LEVEL_WARD, "Quảng Ngãi"));
		assert_int_equal(rs->product_set_count, PRODUCT_SET_COUNT);
		assert_ptr_equal(&rs->product_sets[0], rules_product_set(1));
		/* the days follow on: each row ends the day before the next */
		if (i + 1 < n) {
			struct ocop_date next = date_from_days(date_to_days(&rs->until) + 1);

			assert_int_equal(date_cmp(&next, &rows[i + 1].from), 0);
		}
	}
	assert_int_equal(rows[0].until.year, 2023);
	assert_int_equal(rows[0].until.month, 2);
	assert_int_equal(rows[0].until.day, 23);
}

/* The hint that lists the decisions is made from the table. */
static void test_rules_bases_list(void **state)
{
	char *list = rules_bases_list();

	(void)state;
	assert_string_equal(list, "1048/QĐ-TTg (from 2019-08-21) and 148/QĐ-TTg "
			    "(from 2023-02-24, amended by 1489/QĐ-TTg from 2025-07-06)");
	free(list);
}

/* One function says when a certificate ends: 36 months, at the date's precision. */
static void test_certificate_expiry(void **state)
{
	static const struct { const char *decided, *expires; } t[] = {
		{ "2024-05-10", "2027-05-10" },
		{ "2023-02-23", "2026-02-23" },
		{ "2024-02-29", "2027-02-28" },
		{ "2022-10", "2025-10" },
		{ "2019", "2022" },
		{ "2018-05-01", "2021-05-01" },	/* before 1048: as under it */
	};
	char buf[DATE_ISO_MAX];
	size_t i;
	int months;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct ocop_date d = day(t[i].decided), e;

		months = 0;
		e = rules_certificate_expiry(&d, &months);
		date_format_iso(&e, buf);
		assert_string_equal(buf, t[i].expires);
		assert_int_equal(months, 36);
	}
}

static void test_rules_by_basis(void **state)
{
	static const char *const names_148[] = {
		"148/QĐ-TTg", "148/QD-TTg", "148/qđ-ttg", "148", " 148/QĐ-TTg ",
	};
	static const char *const names_1048[] = {
		"1048/QĐ-TTg", "1048/QD-TTg", "1048",
	};
	static const char *const unknown[] = {
		"999/QĐ-TTg", "14", "48/QĐ-TTg", "148/QĐ-UBND",
		"", "QĐ-TTg",
	};
	const struct rule_set *rs;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(names_148) / sizeof(names_148[0]); i++) {
		rs = rules_by_basis(names_148[i]);
		if (!rs)
			fail_msg("'%s' names no rule set", names_148[i]);
		assert_string_equal(rs->basis, "148/QĐ-TTg");
		assert_int_equal(rs->part_max[0], 40);
		assert_int_equal(rs->part_max[2], 35);
	}
	for (i = 0; i < sizeof(names_1048) / sizeof(names_1048[0]); i++) {
		rs = rules_by_basis(names_1048[i]);
		if (!rs)
			fail_msg("'%s' names no rule set", names_1048[i]);
		assert_string_equal(rs->basis, "1048/QĐ-TTg");
		assert_int_equal(rs->part_max[0], 35);
		assert_int_equal(rs->part_max[2], 40);
	}
	for (i = 0; i < sizeof(unknown) / sizeof(unknown[0]); i++)
		if (rules_by_basis(unknown[i]))
			fail_msg("'%s' names a rule set", unknown[i]);
	assert_null(rules_by_basis(NULL));
	/* 1489 changed who evaluates, not the parts: it names the 148 row it
	 * amended, from the day it took effect. */
	rs = rules_by_basis("1489/QĐ-TTg");
	assert_non_null(rs);
	assert_string_equal(rs->basis, "148/QĐ-TTg");
	assert_string_equal(rs->process, "1489/QĐ-TTg");
	assert_int_equal(rs->part_max[2], 35);
}

/* The parts' maxima add up to 100 under every basis. */
static void test_parts_add_to_100(void **state)
{
	static const char *const days[] = { "2019-08-21", "2023-02-24", "2025-07-06" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(days) / sizeof(days[0]); i++) {
		struct ocop_date d = day(days[i]);
		const struct rule_set *rs = rules_in_force(&d);

		assert_non_null(rs);
		assert_int_equal(rs->part_max[0] + rs->part_max[1] + rs->part_max[2], 100);
	}
}

/* --- rating_validate -------------------------------------------------------- */

#define WARD_PASS "- {level: ward, date: 2025-08-20, report: '12/BC-UBND', criteria: " \
	"{local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}\n"
#define WARD_FAIL "- {level: ward, date: 2025-08-25, report: '13/BC-UBND', criteria: " \
	"{local_origin: pass, local_labour: fail, idea_origin: pass, local_identity: pass}}\n"

struct eval_case {
	const char *what;
	const char *evals;
	const char *why;	/* NULL: valid; else a word of the first problem */
};

static const struct eval_case evals[] = {
	/* Parts against their maxima, under the basis in force on the date. */
	{ "148: C 36 over 35",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 36}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  "part C is 36, over its maximum of 35 under 148/QĐ-TTg" },
	{ "1048: C 36 within 40",
	  "- {level: province, date: 2022-05-10, score: {a: 30, b: 18, c: 36}, stars: 4, decision: '1/QĐ-UBND', expires: 2025-05-10}\n",
	  NULL },
	{ "148: A 36 within 40",
	  "- {level: province, date: 2024-05-10, score: {a: 36, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  NULL },
	{ "1048: A 36 over 35",
	  "- {level: province, date: 2022-05-10, score: {a: 36, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2025-05-10}\n",
	  "part A is 36, over its maximum of 35 under 1048/QĐ-TTg" },
	{ "148 from its first day: C 35.01",
	  "- {level: province, date: 2023-02-24, score: {a: 30, b: 18, c: 35.01}, stars: 4, decision: '1/QĐ-UBND', expires: 2026-02-24}\n",
	  "part C is 35.01, over its maximum of 35" },
	{ "1048 on its last day: C 35.01",
	  "- {level: province, date: 2023-02-23, score: {a: 30, b: 18, c: 35.01}, stars: 4, decision: '1/QĐ-UBND', expires: 2026-02-23}\n",
	  NULL },
	{ "148: the maxima exactly",
	  "- {level: central, date: 2024-05-10, score: {a: 40, b: 25, c: 35}, stars: 5, decision: '1/QĐ-BNN', expires: 2027-05-10}\n",
	  NULL },
	{ "a basis named in the file: 1048 on a 2024 date, after it ended",
	  "- {level: province, date: 2024-05-10, basis: '1048/QĐ-TTg', score: {a: 30, b: 18, c: 36}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  "1048/QĐ-TTg was in force until 2023-02-23; from 2023-02-24 scores are under 148/QĐ-TTg" },
	{ "a basis named in the file: 1048 on its last day",
	  "- {level: province, date: 2023-02-23, basis: '1048/QĐ-TTg', score: {a: 30, b: 18, c: 36}, stars: 4, decision: '1/QĐ-UBND', expires: 2026-02-23}\n",
	  NULL },
	{ "the district recognises 3 stars on 2024-06-01",
	  "- {level: district, date: 2024-06-01, score: {a: 25, b: 15, c: 15}, stars: 3, decision: '1/QĐ-UBND', expires: 2027-06-01}\n",
	  NULL },
	{ "the district recognises no 4 stars",
	  "- {level: district, date: 2024-06-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-06-01}\n",
	  "under 148/QĐ-TTg, 4 stars are recognised by the province level, not the district" },
	{ "the district before 148",
	  "- {level: district, date: 2022-06-01, score: {a: 25, b: 15, c: 15}, stars: 3, decision: '1/QĐ-UBND', expires: 2025-06-01}\n",
	  "the district level evaluated and recognised OCOP products only from 2023-02-24 to 2025-07-05" },
	{ "stock as of 2025 with a score",
	  "- {level: district, as_of: 2024, score: {a: 25, b: 15, c: 15}, stars: 3, decision: '1/QĐ-UBND'}\n",
	  "as_of is for a recognition of 3 stars or more" },
	{ "a basis named in the file: 1048, A 36",
	  "- {level: province, date: 2022-05-10, basis: '1048/QD-TTg', score: {a: 36, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2025-05-10}\n",
	  "over its maximum of 35 under 1048/QĐ-TTg" },
	{ "an unknown basis",
	  "- {level: province, date: 2024-05-10, basis: '999/QĐ-TTg', score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  "unknown legal basis '999/QĐ-TTg'" },

	/* Stars against the score, in hundredths. */
	{ "69.99 gives 3",
	  "- {level: district, date: 2024-05-10, score: {a: 30, b: 20, c: 19.99}, stars: 3, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  NULL },
	{ "69.99 does not give 4",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 20, c: 19.99}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  "4 stars do not match the score 69.99, which gives 3" },
	{ "70 gives 4",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 20, c: 20}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  NULL },
	{ "70 does not give 3",
	  "- {level: district, date: 2024-05-10, score: {a: 30, b: 20, c: 20}, stars: 3, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  "3 stars do not match the score 70, which gives 4" },
	{ "69.9 gives 3 (parts with one decimal)",
	  "- {level: district, date: 2024-05-10, score: {a: 29.9, b: 20, c: 20}, stars: 3, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  NULL },
	{ "89.99 gives 4",
	  "- {level: province, date: 2024-05-10, score: {a: 39.99, b: 25, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  NULL },
	{ "90 gives 5, by the ministry",
	  "- {level: central, date: 2024-05-10, score: {a: 40, b: 25, c: 25}, stars: 5, decision: '1/QĐ-BNN', expires: 2027-05-10}\n",
	  NULL },
	{ "stars missing with a score",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, decision: '1/QĐ-UBND'}\n",
	  "stars missing; the score 73 gives 4" },

	/* Only 3 to 5 stars are recognised. */
	{ "1 star with a decision",
	  "- {level: province, date: 2024-05-10, score: {a: 10, b: 10, c: 5}, stars: 1, decision: '1/QĐ-UBND'}\n",
	  "only 3 to 5 stars are certified" },
	{ "2 stars with a decision",
	  "- {level: province, date: 2024-05-10, score: {a: 20, b: 10, c: 10}, stars: 2, decision: '1/QĐ-UBND'}\n",
	  "only 3 to 5 stars are certified" },
	{ "2 stars from an old register with a decision",
	  "- {level: province, date: 2024, stars: 2, decision: '1/QĐ-UBND'}\n",
	  "only 3 to 5 stars are certified" },
	{ "2 stars scored, no decision",
	  "- {level: province, date: 2024-05-10, score: {a: 20, b: 10, c: 10}, stars: 2}\n",
	  NULL },
	{ "4 stars without a decision",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, stars: 4}\n",
	  "needs the number of its decision" },

	/* Who recognises: 3–4 the province, 5 the ministry. */
	{ "5 stars by the province",
	  "- {level: province, date: 2024-05-10, score: {a: 36, b: 25, c: 30}, stars: 5, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  "5 stars are recognised by the ministry (level central), not the province" },
	{ "5 stars by the ministry",
	  "- {level: central, date: 2024-05-10, score: {a: 36, b: 25, c: 30}, stars: 5, decision: '1/QĐ-BNN', expires: 2027-05-10}\n",
	  NULL },
	{ "3 stars by the ministry",
	  "- {level: central, date: 2024-05-10, score: {a: 30, b: 10, c: 15}, stars: 3, decision: '1/QĐ-BNN', expires: 2027-05-10}\n",
	  "the ministry recognises 5 stars; 3 stars are recognised by the province" },
	{ "4 stars by the ministry",
	  "- {level: central, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-BNN', expires: 2027-05-10}\n",
	  "the ministry recognises 5 stars" },
	{ "5 stars by the province under 1048",
	  "- {level: province, date: 2022-05-10, score: {a: 35, b: 25, c: 31}, stars: 5, decision: '1/QĐ-UBND', expires: 2025-05-10}\n",
	  "recognised by the ministry" },

	/* The certificate runs 36 months from the decision. */
	{ "expires a day late",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-11}\n",
	  "expires 2027-05-11, but a certificate runs 36 months from its decision of 2024-05-10, to 2027-05-10" },
	{ "expires after 24 months",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2026-05-10}\n",
	  "but a certificate runs 36 months from its decision" },
	{ "expires missing",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND'}\n",
	  "expires missing; the certificate runs to 2027-05-10" },
	{ "expires from 29 February",
	  "- {level: province, date: 2024-02-29, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-02-28}\n",
	  NULL },

	/* A recognition from an old register: stars, decision, a partial date. */
	{ "old register, year only",
	  "- {level: province, date: 2025, stars: 3, decision: '12/QĐ-UBND', expires: 2028}\n",
	  NULL },
	{ "old register, month only",
	  "- {level: province, date: 2021-06, stars: 4, decision: '12/QĐ-UBND', expires: 2024-06}\n",
	  NULL },
	{ "old register, expiry a year off",
	  "- {level: province, date: 2025, stars: 3, decision: '12/QĐ-UBND', expires: 2027}\n",
	  "but a certificate runs 36 months from its decision" },
	{ "old register, no expiry",
	  "- {level: province, date: 2021-06, stars: 3, decision: '12/QĐ-UBND'}\n",
	  "expires missing; the certificate runs to 2024-06" },
	{ "old register, 5 stars by the province",
	  "- {level: province, date: 2024, stars: 5, decision: '12/QĐ-UBND', expires: 2027}\n",
	  "recognised by the ministry" },

	/* Under 1489/QĐ-TTg (from 2025-07-06) the ward assesses first. */
	{ "2025-07-05: no ward assessment needed",
	  "- {level: province, date: 2025-07-05, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2028-07-05}\n",
	  NULL },
	{ "2025-07-06: a ward assessment needed",
	  "- {level: province, date: 2025-07-06, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2028-07-06}\n",
	  "ward assessment passed all four criteria (none was recorded)" },
	{ "after a passed ward assessment",
	  WARD_PASS
	  "- {level: province, date: 2025-10-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1898/QĐ-UBND', expires: 2028-10-01}\n",
	  NULL },
	{ "a passed ward assessment on the same day",
	  "- {level: ward, date: 2025-10-01, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}\n"
	  "- {level: province, date: 2025-10-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1898/QĐ-UBND', expires: 2028-10-01}\n",
	  NULL },
	{ "after a failed ward assessment",
	  WARD_FAIL
	  "- {level: province, date: 2025-10-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1898/QĐ-UBND', expires: 2028-10-01}\n",
	  "under 1489/QĐ-TTg the council scores only a product whose ward assessment passed all four criteria" },
	{ "the latest ward assessment failed",
	  WARD_PASS WARD_FAIL
	  "- {level: province, date: 2025-10-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1898/QĐ-UBND', expires: 2028-10-01}\n",
	  "ward assessment passed" },
	{ "failed, then passed",
	  "- {level: ward, date: 2025-08-01, criteria: {local_origin: fail, local_labour: pass, idea_origin: pass, local_identity: pass}}\n"
	  WARD_PASS
	  "- {level: province, date: 2025-10-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1898/QĐ-UBND', expires: 2028-10-01}\n",
	  NULL },
	{ "a ward assessment missing a criterion",
	  "- {level: ward, date: 2025-08-20, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass}}\n",
	  "names all four criteria; 'local_identity' is missing" },
	{ "a ward assessment alone",
	  WARD_PASS, NULL },
	{ "a ward assessment after the council's",
	  "- {level: province, date: 2025-10-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1898/QĐ-UBND', expires: 2028-10-01}\n"
	  "- {level: ward, date: 2025-10-05, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}\n",
	  "(none was recorded)" },
	{ "old register after 2025-07-06 needs no ward assessment",
	  "- {level: province, date: 2025-09, stars: 3, decision: '12/QĐ-UBND', expires: 2028-09}\n",
	  NULL },

	/*
	 * From 2023-02-24 to 2025-07-05 the district recognised 3 stars and
	 * the province 4 (148/QĐ-TTg's process); a date known to the year
	 * only may mean a day of the process before or after.
	 */
	{ "148: 3 stars by the province",
	  "- {level: province, date: 2024-05-10, score: {a: 25, b: 15, c: 15}, stars: 3, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  "under 148/QĐ-TTg, 3 stars are recognised by the district level, not the province" },
	{ "148: 3 stars by the province on its first day",
	  "- {level: province, date: 2023-02-24, score: {a: 25, b: 15, c: 15}, stars: 3, decision: '1/QĐ-UBND', expires: 2026-02-24}\n",
	  "recognised by the district level, not the province" },
	{ "1048: 3 stars by the province on its last day",
	  "- {level: province, date: 2023-02-23, score: {a: 25, b: 15, c: 15}, stars: 3, decision: '1/QĐ-UBND', expires: 2026-02-23}\n",
	  NULL },
	{ "148: 3 stars by the district",
	  "- {level: district, date: 2024-05-10, score: {a: 25, b: 15, c: 15}, stars: 3, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  NULL },
	{ "148: 4 stars by the province",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  NULL },
	{ "old register, 2024, 3 stars by the province",
	  "- {level: province, date: 2024, stars: 3, decision: '12/QĐ-UBND', expires: 2027}\n",
	  "recognised by the district level" },
	{ "old register, 2023, 3 stars by the province (maybe under 1048)",
	  "- {level: province, date: 2023, stars: 3, decision: '12/QĐ-UBND', expires: 2026}\n",
	  NULL },
	{ "old register, 2025, 3 stars by the district (maybe before 1489)",
	  "- {level: district, date: 2025, stars: 3, decision: '12/QĐ-UBND', expires: 2028}\n",
	  NULL },

	/* The members' scores kept beside the score: it is their average. */
	{ "members and their average",
	  "- {level: district, date: 2024-05-10, score: {a: 30, b: 19.5, c: 20}, members: [{a: 30, b: 20, c: 20}, {name: An, a: 30, b: 19, c: 20}], stars: 3, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  NULL },
	{ "members: 19.995 rounds half up to 20",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 20, c: 20}, members: [{a: 30, b: 20, c: 20}, {a: 30, b: 19.99, c: 20}], stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  NULL },
	{ "members: a score that is not their average",
	  "- {level: district, date: 2024-05-10, score: {a: 30, b: 19.99, c: 20}, members: [{a: 30, b: 20, c: 20}, {a: 30, b: 19.99, c: 20}], stars: 3, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  "score {a: 30, b: 19.99, c: 20} is not the average of its 2 members, {a: 30, b: 20, c: 20}" },
	{ "members: one over a part's maximum, though the average is not",
	  "- {level: province, date: 2024-05-10, score: {a: 40, b: 20, c: 20}, members: [{a: 41, b: 20, c: 20}, {a: 39, b: 20, c: 20}], stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  "member 1: part A is 41, over its maximum of 40 under 148/QĐ-TTg" },
	{ "members without a score",
	  "- {level: province, date: 2024-05-10, members: [{a: 30, b: 20, c: 20}], stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  "members without the score they average to, {a: 30, b: 20, c: 20}" },

	/* Dates never go back. */
	{ "an evaluation older than the one before",
	  WARD_PASS
	  "- {level: ward, date: 2025-08-01, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}\n",
	  "dates never go back" },

	/* Revocation. */
	{ "revoked, with its decision",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10, revoked: 2025-01-15, revoke_decision: '58/QĐ-UBND'}\n",
	  NULL },
	{ "revoked without a decision",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10, revoked: 2025-01-15}\n",
	  "revoke_decision" },
	{ "revoked before recognised",
	  "- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10, revoked: 2024-05-09, revoke_decision: '58/QĐ-UBND'}\n",
	  "revoked before it was recognised" },
};

/*
 * Naming the basis changes the parts and the bands, never who evaluates:
 * the ward's assessment is 1489/QĐ-TTg's process, in force by date.  A
 * score whose file names its basis (as `rate council` always writes it)
 * of a day before 1489 needs none; one after it needs one, whatever basis
 * it names.  (Once a bug: a basis named by hand skipped the check.)
 */
static const struct eval_case evals_named_basis[] = {
	{ "2025-07-05 with its basis: no ward assessment needed",
	  "- {level: province, date: 2025-07-05, basis: '148/QĐ-TTg', score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2028-07-05}\n",
	  NULL },
	{ "2024-05-10 with its basis: no ward assessment needed",
	  "- {level: province, date: 2024-05-10, basis: '148/QĐ-TTg', score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n",
	  NULL },
	{ "2025-10-01 with basis 148 named: a ward assessment needed",
	  "- {level: province, date: 2025-10-01, basis: '148/QĐ-TTg', score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2028-10-01}\n",
	  "ward assessment passed all four criteria (none was recorded)" },
	{ "2025-10-01 with basis 148 named, after a passed assessment",
	  WARD_PASS
	  "- {level: province, date: 2025-10-01, basis: '148/QĐ-TTg', score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2028-10-01}\n",
	  NULL },
	{ "2025-10-01 under a basis named 1048: ended, and still a ward assessment",
	  "- {level: province, date: 2025-10-01, basis: '1048/QĐ-TTg', score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2028-10-01}\n",
	  "1048/QĐ-TTg was in force until 2023-02-23" },
};

static void test_validate_table(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(evals) + ARRAY_SIZE(evals_named_basis); i++) {
		const struct eval_case *c = i < ARRAY_SIZE(evals) ? &evals[i] :
					    &evals_named_basis[i - ARRAY_SIZE(evals)];
		struct diag_list dl = DIAG_LIST_INIT;
		struct record r;
		int ret;

		make_product(&r, HEAD, c->evals);
		ret = rating_validate(&r, &dl);
		if (!c->why && (ret || dl.nr))
			fail_msg("%s: refused, expected valid:%s", c->what,
				 messages(&dl, &sb));
		if (c->why && !ret)
			fail_msg("%s: valid, expected refused (%s)", c->what, c->why);
		if (c->why && (!dl.nr || !strstr(dl.items[0].message, c->why)))
			fail_msg("%s: expected '%s', got:%s", c->what, c->why,
				 messages(&dl, &sb));
		if (c->why && diag_error_count(&dl) != dl.nr)
			fail_msg("%s: a warning among the errors", c->what);
		diag_list_release(&dl);
		record_release(&r);
	}
	strbuf_release(&sb);
}

/*
 * A score under an ended basis after 2025-07-06 is refused twice: for the
 * basis, and for the ward's assessment the process still asks for.
 */
static void test_named_basis_keeps_ward(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct record r;

	(void)state;
	make_product(&r, HEAD,
		     "- {level: province, date: 2025-10-01, basis: '1048/QĐ-TTg', score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2028-10-01}\n");
	assert_int_equal(rating_validate(&r, &dl), -1);
	assert_int_equal(diag_error_count(&dl), 2);
	assert_non_null(strstr(dl.items[0].message, "1048/QĐ-TTg was in force until"));
	assert_non_null(strstr(dl.items[1].message,
			       "under 1489/QĐ-TTg the council scores only a product whose ward assessment passed"));
	diag_list_release(&dl);
	record_release(&r);
}

/* Problems are placed at their evaluation's line, each of them. */
static void test_validate_lines(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct record r;

	(void)state;
	make_product(&r, HEAD,
		     "- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n"
		     "- {level: province, date: 2024-06-10, score: {a: 30, b: 18, c: 36}, stars: 4, decision: '2/QĐ-UBND', expires: 2027-06-10}\n"
		     "-   level: district\n"
		     "    date: 2024-07-10\n"
		     "    score: {a: 30, b: 18, c: 25}\n"
		     "    stars: 3\n"
		     "    decision: '3/QĐ-UBND'\n"
		     "    expires: 2027-07-10\n");
	assert_int_equal(rating_validate(&r, &dl), -1);
	assert_int_equal(dl.nr, 2);
	assert_string_equal(dl.items[0].file, PATH);
	assert_int_equal(dl.items[0].line, FIRST_EVAL_LINE + 1);
	assert_int_equal(dl.items[0].col, 3);
	assert_string_equal(dl.items[0].message,
			    "evaluations: part C is 36, over its maximum of 35 under 148/QĐ-TTg");
	assert_int_equal(dl.items[1].line, FIRST_EVAL_LINE + 2);
	assert_int_equal(dl.items[1].col, 5);
	assert_string_equal(dl.items[1].message,
			    "evaluations: 3 stars do not match the score 73, which gives 4");
	diag_list_release(&dl);
	record_release(&r);
}

/* The council scores a product at step 5; the ward assesses at 4 or 5. */
static void test_validate_steps(void **state)
{
	static const char head4[] =
		"id: x\nname: X\nproducer: h\ncategory: food\norigin: existing\n"
		"cycle:\n- {step: 4, date: 2024-01-10}\n- {step: 5, date: 2024-06-01}\nevaluations:\n";
	static const char head3[] =
		"id: x\nname: X\nproducer: h\ncategory: food\norigin: existing\n"
		"cycle:\n- {step: 3, date: 2025-01-10}\nevaluations:\n";
	struct diag_list dl = DIAG_LIST_INIT;
	struct record r;

	(void)state;
	/* At step 4 on the council's day, at 5 a month later. */
	make_product(&r, head4,
		     "- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n");
	assert_int_equal(rating_validate(&r, &dl), -1);
	assert_int_equal(dl.nr, 1);
	assert_string_equal(dl.items[0].message,
			    "evaluations: the council scores a product at step 5 (evaluate); it was at step 4");
	diag_list_release(&dl);
	record_release(&r);

	make_product(&r, head4,
		     "- {level: province, date: 2024-06-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-06-01}\n");
	assert_int_equal(rating_validate(&r, &dl), 0);
	assert_int_equal(dl.nr, 0);
	record_release(&r);

	/* Before the product's first step, it stood at none. */
	make_product(&r, head4,
		     "- {level: province, date: 2023-12-01, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2026-12-01}\n");
	assert_int_equal(rating_validate(&r, &dl), -1);
	assert_non_null(strstr(dl.items[0].message, "it had not entered the cycle"));
	diag_list_release(&dl);
	record_release(&r);

	make_product(&r, head4,
		     "- {level: ward, date: 2024-03-01, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}\n");
	assert_int_equal(rating_validate(&r, &dl), 0);
	record_release(&r);

	make_product(&r, head3,
		     "- {level: ward, date: 2025-03-01, criteria: {local_origin: pass, local_labour: pass, idea_origin: pass, local_identity: pass}}\n");
	assert_int_equal(rating_validate(&r, &dl), -1);
	assert_int_equal(dl.nr, 1);
	assert_string_equal(dl.items[0].message,
			    "evaluations: the ward assesses a product ready for evaluation (step 4 or 5); it was at step 3");
	diag_list_release(&dl);
	record_release(&r);
}

/*
 * A total of 100.01 cannot be reached: the parts' maxima add up to 100,
 * so one hundredth more puts some part over its maximum, refused by the
 * schema or by rating_validate, under each basis.
 */
static void test_no_total_over_100(void **state)
{
	static const struct { const char *date, *basis; int max[3]; } sets[] = {
		{ "2022-05-10", "1048/QĐ-TTg", { 35, 25, 40 } },
		{ "2024-05-10", "148/QĐ-TTg", { 40, 25, 35 } },
	};
	struct strbuf y = STRBUF_INIT;
	size_t s;
	int part, k;

	(void)state;
	for (s = 0; s < sizeof(sets) / sizeof(sets[0]); s++) {
		for (part = 0; part < 3; part++) {
			struct diag_list dl = DIAG_LIST_INIT;
			char val[3][16];
			struct record r;
			int refused;

			for (k = 0; k < 3; k++)
				snprintf(val[k], sizeof(val[k]), k == part ? "%d.01" : "%d",
					 sets[s].max[k]);
			strbuf_reset(&y);
			strbuf_addf(&y, HEAD "- {level: central, date: %s, score: {a: %s, b: %s, c: %s}, stars: 5, decision: '1/QĐ-BNN', expires: %d%s}\n",
				    sets[s].date, val[0], val[1], val[2],
				    atoi(sets[s].date) + 3, sets[s].date + 4);
			record_init(&r, RECORD_PRODUCT, PATH);
			assert_int_equal(yaml_load(y.buf, y.len, PATH, &r.doc, &dl), 0);
			refused = record_decode(&r, &dl) != 0;
			if (!refused)
				refused = rating_validate(&r, &dl) != 0;
			if (!refused)
				fail_msg("%s: %s,%s,%s (100.01) accepted", sets[s].basis,
					 val[0], val[1], val[2]);
			diag_list_release(&dl);
			record_release(&r);
		}
		/* The maxima themselves, 100, are accepted. */
		{
			struct diag_list dl = DIAG_LIST_INIT;
			struct record r;

			strbuf_reset(&y);
			strbuf_addf(&y, HEAD "- {level: central, date: %s, score: {a: %d, b: %d, c: %d}, stars: 5, decision: '1/QĐ-BNN', expires: %d%s}\n",
				    sets[s].date, sets[s].max[0], sets[s].max[1],
				    sets[s].max[2], atoi(sets[s].date) + 3,
				    sets[s].date + 4);
			load_product(&r, y.buf);
			assert_int_equal(rating_total(&r.u.product.evals[0]), 10000);
			assert_int_equal(rating_validate(&r, &dl), 0);
			record_release(&r);
		}
	}
	strbuf_release(&y);
}

/* --- rating_add_ward, rating_add_council, rating_revoke ---------------------- */

static void test_add_council(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct ward_input w;
	struct council_input in;
	struct record r;
	const struct evaluation *e;
	char buf[DATE_ISO_MAX];

	(void)state;
	make_product(&r, "id: x\nname: X\nproducer: h\ncategory: food\norigin: idea\n"
		     "cycle: [{step: 2, date: 2025-03-01}, {step: 3, date: 2025-04-01}, "
		     "{step: 4, date: 2025-05-15}, {step: 5, date: 2025-08-01}]\n", "");
	memset(&w, 0, sizeof(w));
	w.date = day("2025-08-20");
	w.report = "12/BC-UBND";
	assert_int_equal(rating_add_ward(&r, &w, &dl), 0);
	memset(&in, 0, sizeof(in));
	in.level = LEVEL_PROVINCE;
	in.date = day("2025-10-01");
	in.has_score = true;
	in.score[0] = 3000;
	in.score[1] = 1800;
	in.score[2] = 2500;
	in.decision = "1898/QĐ-UBND";
	assert_int_equal(rating_add_council(&r, &in, "Quảng Ngãi", &dl), 0);
	assert_int_equal(dl.nr, 0);
	assert_int_equal(record_decode(&r, &dl), 0);
	assert_int_equal(r.u.product.nevals, 2);
	e = &r.u.product.evals[0];
	assert_int_equal(e->level, LEVEL_WARD);
	assert_int_equal(e->criteria[0], CRIT_PASS);
	assert_int_equal(e->criteria[3], CRIT_PASS);
	e = &r.u.product.evals[1];
	assert_int_equal(e->level, LEVEL_PROVINCE);
	assert_int_equal(e->stars, 4);
	assert_int_equal(rating_total(e), 7300);
	assert_string_equal(e->decision, "1898/QĐ-UBND");
	assert_string_equal(e->authority, "UBND tỉnh Quảng Ngãi");
	assert_non_null(e->basis);
	assert_true(e->has_expires);
	date_format_iso(&e->expires, buf);
	assert_string_equal(buf, "2028-10-01");
	record_release(&r);
}

/* Stars given by hand are checked against the score, not trusted. */
static void test_add_council_stars_disagree(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct council_input in;
	struct record r;
	int ret;

	(void)state;
	make_product(&r, BARE, "");
	memset(&in, 0, sizeof(in));
	in.level = LEVEL_PROVINCE;
	in.date = day("2024-05-10");
	in.has_score = true;
	in.score[0] = 3000;
	in.score[1] = 1800;
	in.score[2] = 2500;
	in.stars = 3;
	in.decision = "1/QĐ-UBND";
	ret = rating_add_council(&r, &in, NULL, &dl);
	if (!ret) {
		ret = record_decode(&r, &dl);
		if (!ret)
			ret = rating_validate(&r, &dl);
	}
	assert_int_equal(ret, -1);
	assert_true(dl.nr >= 1);
	assert_non_null(strstr(dl.items[0].message, "3 stars do not match the score 73, which gives 4"));
	diag_list_release(&dl);
	record_release(&r);
}

/* From an old register: stars, a decision, a date known to the year. */
static void test_add_council_old_register(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct council_input in;
	struct record r;
	const struct evaluation *e;
	char buf[DATE_ISO_MAX];

	(void)state;
	make_product(&r, BARE, "");
	memset(&in, 0, sizeof(in));
	in.level = LEVEL_PROVINCE;
	in.date = day("2025");
	in.stars = 3;
	in.decision = "12/QĐ-UBND";
	assert_int_equal(rating_add_council(&r, &in, "Quảng Ngãi", &dl), 0);
	assert_int_equal(record_decode(&r, &dl), 0);
	assert_int_equal(rating_validate(&r, &dl), 0);
	e = &r.u.product.evals[0];
	assert_false(e->has_score);
	assert_int_equal(e->stars, 3);
	date_format_iso(&e->date, buf);
	assert_string_equal(buf, "2025");
	assert_true(e->has_expires);
	date_format_iso(&e->expires, buf);
	assert_string_equal(buf, "2028");
	record_release(&r);
}

static void test_add_council_refused(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct council_input in;
	struct record r;

	(void)state;
	make_product(&r, BARE, "");
	memset(&in, 0, sizeof(in));
	in.level = LEVEL_PROVINCE;
	in.date = day("2024-05-10");
	in.decision = "1/QĐ-UBND";
	/* Neither a score nor stars. */
	assert_int_equal(rating_add_council(&r, &in, NULL, &dl), -1);
	assert_string_equal(dl.items[0].message, "no score and no stars");
	diag_list_release(&dl);
	/* A basis no rule set knows. */
	in.stars = 3;
	in.basis = "999/QĐ-TTg";
	assert_int_equal(rating_add_council(&r, &in, NULL, &dl), -1);
	assert_string_equal(dl.items[0].message, "unknown legal basis '999/QĐ-TTg'");
	diag_list_release(&dl);
	/* A date before the first rule set. */
	in.basis = NULL;
	in.date = day("2019-08-20");
	assert_int_equal(rating_add_council(&r, &in, NULL, &dl), -1);
	assert_non_null(strstr(dl.items[0].message, "no OCOP rules were in force"));
	diag_list_release(&dl);
	/* Nothing was added. */
	assert_int_equal(record_decode(&r, &dl), 0);
	assert_int_equal(r.u.product.nevals, 0);
	record_release(&r);
}

static void test_add_ward_fail(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct ward_input w;
	struct record r;
	const struct evaluation *e;

	(void)state;
	make_product(&r, BARE, "");
	memset(&w, 0, sizeof(w));
	w.date = day("2025-08-20");
	w.fails[1] = true;	/* local_labour */
	assert_int_equal(rating_add_ward(&r, &w, &dl), 0);
	assert_int_equal(record_decode(&r, &dl), 0);
	e = &r.u.product.evals[0];
	assert_int_equal(e->criteria[0], CRIT_PASS);
	assert_int_equal(e->criteria[1], CRIT_FAIL);
	assert_int_equal(e->criteria[2], CRIT_PASS);
	assert_int_equal(e->criteria[3], CRIT_PASS);
	assert_null(e->report);
	assert_int_equal(rating_validate(&r, &dl), 0);
	record_release(&r);
}

static void test_revoke(void **state)
{
	static const char rec[] =
		"- {level: province, date: 2024-05-10, score: {a: 30, b: 18, c: 25}, stars: 4, decision: '1/QĐ-UBND', expires: 2027-05-10}\n";
	struct diag_list dl = DIAG_LIST_INIT;
	struct ocop_date d;
	struct record r;
	const struct evaluation *e;
	char buf[DATE_ISO_MAX];

	(void)state;
	make_product(&r, HEAD, rec);
	d = day("2025-11-10");
	assert_int_equal(rating_revoke(&r, &d, "58/QĐ-UBND", &dl), 0);
	assert_int_equal(record_decode(&r, &dl), 0);
	assert_int_equal(rating_validate(&r, &dl), 0);
	e = &r.u.product.evals[0];
	assert_true(e->revoked);
	date_format_iso(&e->revoked_date, buf);
	assert_string_equal(buf, "2025-11-10");
	assert_string_equal(e->revoke_decision, "58/QĐ-UBND");
	/* Twice: nothing is in force any more. */
	d = day("2025-11-15");
	assert_int_equal(rating_revoke(&r, &d, "59/QĐ-UBND", &dl), -1);
	assert_non_null(strstr(dl.items[0].message, "holds no recognition in force"));
	diag_list_release(&dl);
	record_release(&r);

	/* Before the decision, or after the expiry: none in force. */
	make_product(&r, HEAD, rec);
	d = day("2024-05-09");
	assert_int_equal(rating_revoke(&r, &d, "58/QĐ-UBND", &dl), -1);
	diag_list_release(&dl);
	d = day("2027-05-11");
	assert_int_equal(rating_revoke(&r, &d, "58/QĐ-UBND", &dl), -1);
	diag_list_release(&dl);
	/* On its expiry day it is still in force (Civil Code 147–148). */
	d = day("2027-05-10");
	assert_int_equal(rating_revoke(&r, &d, "58/QĐ-UBND", &dl), 0);
	diag_list_release(&dl);
	record_release(&r);
	make_product(&r, HEAD, rec);
	/* On the day of the decision it is. */
	d = day("2024-05-10");
	assert_int_equal(rating_revoke(&r, &d, "58/QĐ-UBND", &dl), 0);
	record_release(&r);

	/* A product never recognised. */
	make_product(&r, HEAD, "- {level: province, date: 2024-05-10, score: {a: 20, b: 10, c: 10}, stars: 2}\n");
	d = day("2025-01-01");
	assert_int_equal(rating_revoke(&r, &d, "58/QĐ-UBND", &dl), -1);
	assert_string_equal(dl.items[0].message, "'x' holds no recognition in force on that date");
	diag_list_release(&dl);
	record_release(&r);
}

/* --- product_derive ---------------------------------------------------------- */

struct status_case {
	const char *what;
	const char *yaml;	/* origin, cycle, evaluations */
	enum product_status status;
	int step, stars;
	const char *expires;	/* NULL: none */
};

#define P "id: x\nname: X\nproducer: h\ncategory: food\n"
#define REC(date, stars, expires) \
	"- {level: province, date: " date ", stars: " stars \
	", decision: '1/QĐ-UBND', expires: " expires "}\n"

static const struct status_case statuses[] = {
	{ "an idea, registered", P "origin: idea\ncycle: [{step: 2, date: 2025-03-01}]\n",
	  STATUS_IDEA, 2, 0, NULL },
	{ "an idea, at guidance", P "origin: idea\ncycle: [{step: 1, date: 2025-03-01}]\n",
	  STATUS_IDEA, 1, 0, NULL },
	{ "an idea, no cycle yet", P "origin: idea\n", STATUS_IDEA, 0, 0, NULL },
	{ "an idea at step 3", P "origin: idea\ncycle: [{step: 2, date: 2025-03-01}, {step: 3, date: 2025-04-01}]\n",
	  STATUS_IN_PROGRESS, 3, 0, NULL },
	{ "an existing product at step 2", P "origin: existing\ncycle: [{step: 2, date: 2025-03-01}]\n",
	  STATUS_IN_PROGRESS, 2, 0, NULL },
	{ "rejected", P "origin: idea\ncycle: [{step: 2, date: 2025-03-01}, {step: 2, date: 2025-04-01, rejected: true}]\n",
	  STATUS_REJECTED, 2, 0, NULL },
	{ "scored 2 stars: not certified", P "origin: existing\ncycle: [{step: 5, date: 2025-03-01}]\nevaluations:\n"
	  "- {level: province, date: 2025-10-01, score: {a: 20, b: 10, c: 10}, stars: 2}\n",
	  STATUS_IN_PROGRESS, 5, 0, NULL },
	{ "certified", P "origin: existing\ncycle: [{step: 5, date: 2025-03-01}]\nevaluations:\n"
	  REC("2025-10-01", "4", "2028-10-01"),
	  STATUS_CERTIFIED, 5, 4, "2028-10-01" },
	/* "Expiring" within the rules' 30-day notice, report expiring's window. */
	{ "certified, 31 days left", P "origin: existing\ncycle: [{step: 6, date: 2023-03-01}]\nevaluations:\n"
	  REC("2022-12-21", "3", "2025-12-21"),
	  STATUS_CERTIFIED, 6, 3, "2025-12-21" },
	{ "expiring, 30 days left", P "origin: existing\ncycle: [{step: 6, date: 2023-03-01}]\nevaluations:\n"
	  REC("2022-12-20", "3", "2025-12-20"),
	  STATUS_EXPIRING, 6, 3, "2025-12-20" },
	{ "expiring, a day left", P "origin: existing\ncycle: [{step: 6, date: 2023-03-01}]\nevaluations:\n"
	  REC("2022-11-21", "4", "2025-11-21"),
	  STATUS_EXPIRING, 6, 4, "2025-11-21" },
	{ "expired", P "origin: existing\ncycle: [{step: 6, date: 2022-07-01}]\nevaluations:\n"
	  REC("2022-06-01", "4", "2025-06-01"),
	  STATUS_EXPIRED, 6, 0, "2025-06-01" },
	{ "revoked", P "origin: existing\ncycle: [{step: 5, date: 2025-03-01}]\nevaluations:\n"
	  "- {level: province, date: 2025-10-01, stars: 4, decision: '1/QĐ-UBND', expires: 2028-10-01, revoked: 2025-11-10, revoke_decision: '9/QĐ-UBND'}\n",
	  STATUS_REVOKED, 5, 0, "2028-10-01" },
	{ "the latest recognition counts", P "origin: existing\ncycle: [{step: 5, date: 2022-03-01}]\nevaluations:\n"
	  REC("2022-06-01", "3", "2025-06-01") REC("2024-06-01", "4", "2027-06-01"),
	  STATUS_CERTIFIED, 5, 4, "2027-06-01" },
	{ "renewal under way, the old one in force", P "origin: existing\ncycle: [{step: 6, date: 2022-07-01}, {step: 5, date: 2025-10-01}]\nevaluations:\n"
	  REC("2023-06-01", "3", "2026-06-01"),
	  STATUS_CERTIFIED, 5, 3, "2026-06-01" },
	{ "a recognition without expires runs 36 months", P "origin: existing\ncycle: [{step: 5, date: 2022-03-01}]\nevaluations:\n"
	  "- {level: province, date: 2024-06-01, stars: 4, decision: '1/QĐ-UBND'}\n",
	  STATUS_CERTIFIED, 5, 4, "2027-06-01" },
	{ "5 stars by the ministry", P "origin: existing\ncycle: [{step: 5, date: 2022-03-01}]\nevaluations:\n"
	  "- {level: central, date: 2024-06-01, stars: 5, decision: '1/QĐ-BNN', expires: 2027-06-01}\n",
	  STATUS_CERTIFIED, 5, 5, "2027-06-01" },
	{ "old register, year only", P "origin: existing\ncycle: [{step: 6, date: 2025-03-01}]\nevaluations:\n"
	  REC("2025", "3", "2028"),
	  STATUS_CERTIFIED, 6, 3, "2028" },
	{ "old register, long expired", P "origin: existing\ncycle: [{step: 6, date: 2025-03-01}]\nevaluations:\n"
	  REC("2021", "3", "2024"),
	  STATUS_EXPIRED, 6, 0, "2024" },
	{ "an idea recognised", P "origin: idea\ncycle: [{step: 2, date: 2025-03-01}, {step: 3, date: 2025-04-01}, "
	  "{step: 4, date: 2025-05-15}, {step: 5, date: 2025-08-01}]\nevaluations:\n"
	  REC("2025-10-01", "4", "2028-10-01"),
	  STATUS_CERTIFIED, 5, 4, "2028-10-01" },
};

static void test_status(void **state)
{
	struct ocop_date today = day("2025-11-20");
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++) {
		const struct status_case *c = &statuses[i];
		struct product_derived st;
		struct record r;
		char buf[DATE_ISO_MAX];

		load_product(&r, c->yaml);
		product_derive(&r.u.product, &today, &st);
		if (st.status != c->status)
			fail_msg("%s: status %s, expected %s", c->what,
				 status_slug(st.status), status_slug(c->status));
		if (st.step != c->step)
			fail_msg("%s: step %d, expected %d", c->what, st.step, c->step);
		if (st.stars != c->stars)
			fail_msg("%s: %d stars, expected %d", c->what, st.stars, c->stars);
		if (st.has_expires != (c->expires != NULL))
			fail_msg("%s: has_expires %d", c->what, st.has_expires);
		if (c->expires) {
			date_format_iso(&st.expires, buf);
			if (strcmp(buf, c->expires))
				fail_msg("%s: expires %s, expected %s", c->what,
					 buf, c->expires);
			assert_non_null(st.recognition);
		} else {
			assert_null(st.recognition);
		}
		record_release(&r);
	}
}

/* New, renewed, upgraded, downgraded; stock is never new. */
static void test_outcomes(void **state)
{
	struct record r;
	const struct product *p;

	(void)state;
	make_product(&r, HEAD,
		     "- {level: province, date: 2019-10-01, stars: 3, decision: '1/QĐ-UBND', expires: 2022-10-01}\n"
		     "- {level: province, date: 2022-09-01, stars: 3, decision: '2/QĐ-UBND', expires: 2025-09-01}\n"
		     "- {level: province, date: 2025-08-01, stars: 4, decision: '3/QĐ-UBND', expires: 2028-08-01}\n"
		     "- {level: province, date: 2028-07-01, stars: 3, decision: '4/QĐ-UBND', expires: 2031-07-01}\n");
	p = &r.u.product;
	assert_int_equal(product_outcome(p, 0), OUTCOME_NEW);
	assert_int_equal(product_outcome(p, 1), OUTCOME_RENEWED);
	assert_int_equal(product_outcome(p, 2), OUTCOME_UPGRADED);
	assert_int_equal(product_outcome(p, 3), OUTCOME_DOWNGRADED);
	assert_ptr_equal(product_first_certified(p), &p->evals[0]);
	assert_string_equal(outcome_slug(OUTCOME_RENEWED), "renewed");
	assert_null(outcome_slug(OUTCOME_NONE));
	record_release(&r);

	make_product(&r, HEAD,
		     "- {level: province, as_of: 2025, stars: 3}\n"
		     "- {level: province, date: 2026-05-01, stars: 4, decision: '3/QĐ-UBND', expires: 2029-05-01}\n");
	p = &r.u.product;
	assert_int_equal(product_outcome(p, 0), OUTCOME_STOCK);
	assert_int_equal(product_outcome(p, 1), OUTCOME_UPGRADED);
	assert_null(product_first_certified(p));	/* never new */
	assert_int_equal(p->evals[0].date.year, 2025);
	assert_int_equal(p->evals[0].date.prec, DATE_YEAR);
	record_release(&r);
}

/* The district's span, the end of 1048, the notice before expiry. */
static void test_rules_spans(void **state)
{
	struct ocop_date from, until, d = day("2025-11-20");
	const struct rule_set *rs;
	char a[DATE_ISO_MAX], b[DATE_ISO_MAX];

	(void)state;
	assert_true(rules_level_span(LEVEL_DISTRICT, &from, &until));
	date_format_iso(&from, a);
	date_format_iso(&until, b);
	assert_string_equal(a, "2023-02-24");
	assert_string_equal(b, "2025-07-05");
	rs = rules_basis_last(rules_by_basis("1048"));
	date_format_iso(&rs->until, b);
	assert_string_equal(b, "2023-02-23");
	assert_string_equal(rules_next(rs)->basis, "148/QĐ-TTg");
	assert_int_equal(rules_basis_last(rules_by_basis("148"))->until.year, 0);
	assert_int_equal(rules_renewal_notice_days(&d), 30);
}

static void test_status_words(void **state)
{
	static const char *const words[STATUS_COUNT] = {
		"idea", "in-progress", "certified", "expiring", "expired",
		"revoked", "rejected"
	};
	enum product_status s;
	const char *suggestion;
	int i;

	(void)state;
	for (i = 0; i < STATUS_COUNT; i++) {
		assert_string_equal(status_slug((enum product_status)i), words[i]);
		assert_int_equal(status_parse(words[i], &s, NULL), 0);
		assert_int_equal(s, i);
	}
	assert_null(status_slug(STATUS_COUNT));
	assert_int_equal(status_parse("Certified", &s, NULL), 0);
	assert_int_equal(s, STATUS_CERTIFIED);
	assert_int_equal(status_parse("certifed", &s, &suggestion), -1);
	assert_non_null(suggestion);
	assert_string_equal(suggestion, "certified");
}

/* Each part averaged over the members, half up to hundredths. */
static void test_member_average(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct member_score *m = NULL;
	size_t n = 0;
	long avg[3];

	(void)state;
	assert_int_equal(rating_parse_members("# a sheet\n\nAn, 30, 20, 20\n30;19.99;20.01\n",
					      "t", &m, &n, &dl), 0);
	assert_int_equal(n, 2);
	assert_string_equal(m[0].name, "An");
	assert_null(m[1].name);
	rating_average(m, n, avg);
	assert_int_equal(avg[0], 3000);
	assert_int_equal(avg[1], 2000);	/* 19.995 up to 20 */
	assert_int_equal(avg[2], 2001);	/* 20.005 up to 20.01 */
	assert_int_equal(rating_parse_members("1,2,3\n", "t", &m, &n, &dl), 0);
	rating_average(m, n, avg);	/* (30+30+1)/3 = 20.333… */
	assert_int_equal(avg[0], 2033);
	assert_int_equal(avg[1], 1400);	/* (20+19.99+2)/3 = 13.9966… */
	member_scores_release(m, n);
	m = NULL;
	n = 0;
	assert_int_equal(rating_parse_members("30,20\n", "t", &m, &n, &dl), -1);
	assert_int_equal(rating_parse_members("30,20,2.345\n", "t", &m, &n, &dl), -1);
	assert_int_equal(rating_parse_members("30,20,-1\n", "t", &m, &n, &dl), -1);
	assert_int_equal(n, 0);
	member_scores_release(m, n);
	diag_list_release(&dl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stars_bands),
		cmocka_unit_test(test_stars_floor),
		cmocka_unit_test(test_rules_in_force),
		cmocka_unit_test(test_rules_by_basis),
		cmocka_unit_test(test_rules_rows),
		cmocka_unit_test(test_rules_bases_list),
		cmocka_unit_test(test_certificate_expiry),
		cmocka_unit_test(test_parts_add_to_100),
		cmocka_unit_test(test_validate_table),
		cmocka_unit_test(test_named_basis_keeps_ward),
		cmocka_unit_test(test_validate_lines),
		cmocka_unit_test(test_validate_steps),
		cmocka_unit_test(test_no_total_over_100),
		cmocka_unit_test(test_add_council),
		cmocka_unit_test(test_add_council_stars_disagree),
		cmocka_unit_test(test_add_council_old_register),
		cmocka_unit_test(test_add_council_refused),
		cmocka_unit_test(test_add_ward_fail),
		cmocka_unit_test(test_revoke),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_status_words),
		cmocka_unit_test(test_outcomes),
		cmocka_unit_test(test_rules_spans),
		cmocka_unit_test(test_member_average),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
