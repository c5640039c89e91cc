/*
 * test_decision.c — a new government decision is one row of the rule
 * table (rules.h): a fictitious decision, in force from 2030, with other
 * parts, other star bands, 24-month certificates and another ministry,
 * is added to the table, and ratings, expiry, status, the hint that lists
 * the decisions and a report follow it with no other change.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocop/dataset.h"
#include "ocop/date.h"
#include "ocop/diag.h"
#include "ocop/rating.h"
#include "ocop/record.h"
#include "ocop/report.h"
#include "ocop/rules.h"
#include "ocop/derived.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"
#include "ocop/yamlio.h"

#include "unit-product.h"

#define FICTITIOUS_MINISTRY "Bộ Kinh tế Nông thôn"

/*
 * The decisions of today, the last one ending on 2029-12-31, then "77/QĐ-TTg":
 * parts A 50, B 20, C 30; 2 stars from 20 points, 3 from 40, 4 from 60, 5
 * from 80; certificates of 24 months; the province recognises 3 stars
 * only and FICTITIOUS_MINISTRY 4 and 5; the ward assesses nothing first.
 */
static struct rule_set table[8];
static size_t table_nr;

static int use_fictitious_table(void **state)
{
	const struct rule_set *real;
	size_t n, i;

	(void)state;
	real = rules_table(&n);
	if (n + 1 > sizeof(table) / sizeof(table[0]))
		return -1;
	for (i = 0; i < n; i++)
		table[i] = real[i];
	table[n - 1].until = (struct ocop_date){ 2029, 12, 31, DATE_DAY };
	table[n] = (struct rule_set){
		.basis = "77/QĐ-TTg",
		.process = "77/QĐ-TTg",
		.from = { 2030, 1, 1, DATE_DAY },
		.until = { 0, 0, 0, DATE_DAY },
		.part_max = { 50, 20, 30 },
		.star_floor = { 0, 2000, 4000, 6000, 8000 },
		.certificate_months = 24,
		.renewal_notice_days = 80,	/* report expiring's window */
		.level = {
			[LEVEL_WARD] = { .evaluates = false },
			[LEVEL_PROVINCE] = { .evaluates = true, .min_stars = 3, .max_stars = 3,
					     .authority = "Ủy ban nhân dân tỉnh",
					     .of_province = true },
			[LEVEL_CENTRAL] = { .evaluates = true, .min_stars = 4, .max_stars = 5,
					    .authority = FICTITIOUS_MINISTRY },
		},
		.product_sets = real[n - 1].product_sets,
		.product_set_count = real[n - 1].product_set_count,
	};
	table_nr = n + 1;
	rules_set_table(table, table_nr);
	return 0;
}

static int use_real_table(void **state)
{
	(void)state;
	rules_set_table(NULL, 0);
	return 0;
}

#define AT_STEP_5 "id: x\nname: X\nproducer: h\ncategory: food\norigin: existing\n" \
		  "cycle:\n- {step: 5, date: 2029-10-01}\n"

/* The council of 2030-03-01 scores 45 + 10 + 10 = 65.00 points. */
static void council_2030(struct council_input *in)
{
	memset(in, 0, sizeof(*in));
	in->level = LEVEL_CENTRAL;
	in->date = day("2030-03-01");
	in->has_score = true;
	in->score[0] = 4500;
	in->score[1] = 1000;
	in->score[2] = 1000;
	in->decision = "12/QĐ-BKTNT";
}

/* --- the table itself ------------------------------------------------------ */

static void test_table_reads_the_new_row(void **state)
{
	struct ocop_date d = day("2030-01-01"), before = day("2029-12-31");
	const struct rule_set *rs = rules_in_force(&d);

	(void)state;
	assert_non_null(rs);
	assert_string_equal(rs->basis, "77/QĐ-TTg");
	assert_ptr_equal(rules_by_basis("77"), rs);
	assert_string_equal(rules_in_force(&before)->process, "1489/QĐ-TTg");
	/* a register's "2030" is the new decision's, by its last day */
	d = day("2030");
	assert_ptr_equal(rules_in_force_by_end(&d), rs);
	/* its bands, not today's: 65 points are 4 stars, 39.99 are 2 */
	assert_int_equal(rules_stars_for(rs, 6500), 4);
	assert_int_equal(rules_stars_for(rs, 3999), 2);
	assert_int_equal(rules_stars_for(rules_in_force(&before), 6500), 3);
	assert_int_equal(rules_recognised_by(rs, 4), LEVEL_CENTRAL);
	assert_int_equal(rules_recognised_by(rs, 3), LEVEL_PROVINCE);
}

static void test_bases_list_follows(void **state)
{
	char *list = rules_bases_list();

	(void)state;
	assert_string_equal(list, "1048/QĐ-TTg (from 2019-08-21), 148/QĐ-TTg "
			    "(from 2023-02-24, amended by 1489/QĐ-TTg from 2025-07-06) "
			    "and 77/QĐ-TTg (from 2030-01-01)");
	free(list);
}

/* --- ratings and expiry ---------------------------------------------------- */

static void test_rating_follows(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct council_input in;
	struct record r;
	const struct evaluation *e;
	char buf[DATE_ISO_MAX];

	(void)state;
	load_product(&r, AT_STEP_5);
	council_2030(&in);
	assert_int_equal(rating_add_council(&r, &in, "Quảng Ngãi", &dl), 0);
	assert_int_equal(record_decode(&r, &dl), 0);
	e = &r.u.product.evals[0];
	assert_string_equal(e->basis, "77/QĐ-TTg");
	assert_int_equal(e->stars, 4);		/* 3 under 148's bands */
	assert_string_equal(e->authority, FICTITIOUS_MINISTRY);
	assert_true(e->has_expires);
	date_format_iso(&e->expires, buf);
	assert_string_equal(buf, "2032-03-01");	/* 24 months */
	assert_int_equal(rating_score_stars(e), 4);
	/* part A of 45 is within the new 50; the ministry recognises 4 stars */
	assert_int_equal(rating_validate(&r, &dl), 0);
	assert_int_equal(dl.nr, 0);
	record_release(&r);
	diag_list_release(&dl);

	/* The province now recognises 3 stars only, under its new name. */
	load_product(&r, AT_STEP_5);
	council_2030(&in);
	in.level = LEVEL_PROVINCE;
	in.score[0] = 2000;			/* 40.00: 3 stars */
	assert_int_equal(rating_add_council(&r, &in, "Quảng Ngãi", &dl), 0);
	assert_int_equal(record_decode(&r, &dl), 0);
	e = &r.u.product.evals[0];
	assert_int_equal(e->stars, 3);
	assert_string_equal(e->authority, "Ủy ban nhân dân tỉnh Quảng Ngãi");
	assert_int_equal(rating_validate(&r, &dl), 0);
	record_release(&r);
	diag_list_release(&dl);
}

/* What the checks say of files written under the new decision. */
static void test_validate_follows(void **state)
{
	static const struct { const char *evals, *message; } t[] = {
		{ "- {level: province, date: 2030-03-01, score: {a: 45, b: 10, c: 10}, "
		  "stars: 4, decision: '1/QĐ-UBND', expires: 2032-03-01}\n",
		  "evaluations: 4 stars are recognised by the ministry (level central), not the province" },
		{ "- {level: central, date: 2030-03-01, score: {a: 45, b: 10, c: 10}, "
		  "stars: 4, decision: '1/QĐ-BKTNT', expires: 2033-03-01}\n",
		  "evaluations: expires 2033-03-01, but a certificate runs 24 months from its decision of 2030-03-01, to 2032-03-01" },
		{ "- {level: central, date: 2030-03-01, score: {a: 45, b: 21, c: 10}, "
		  "stars: 4, decision: '1/QĐ-BKTNT', expires: 2032-03-01}\n",
		  "evaluations: part B is 21, over its maximum of 20 under 77/QĐ-TTg" },
		{ "- {level: central, date: 2030-03-01, score: {a: 45, b: 10, c: 10}, "
		  "stars: 3, decision: '1/QĐ-BKTNT', expires: 2032-03-01}\n",
		  "evaluations: 3 stars do not match the score 65, which gives 4" },
	};
	struct strbuf y = STRBUF_INIT;
	struct diag_list dl = DIAG_LIST_INIT;
	struct record r;
	size_t i, k;
	bool found;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		strbuf_reset(&y);
		strbuf_addstr(&y, AT_STEP_5 "evaluations:\n");
		strbuf_addstr(&y, t[i].evals);
		load_product(&r, y.buf);
		assert_int_equal(rating_validate(&r, &dl), -1);
		for (found = false, k = 0; k < dl.nr; k++)
			found |= !strcmp(dl.items[k].message, t[i].message);
		if (!found)
			fail_msg("case %zu: no '%s' (first: '%s')", i, t[i].message,
				 dl.nr ? dl.items[0].message : "");
		record_release(&r);
		diag_list_release(&dl);
	}
	strbuf_release(&y);
}

static void test_expiry_follows(void **state)
{
	struct ocop_date d = day("2030-03-01"), old = day("2029-03-01"), e;
	char buf[DATE_ISO_MAX];
	int months = 0;

	(void)state;
	e = rules_certificate_expiry(&d, &months);
	date_format_iso(&e, buf);
	assert_string_equal(buf, "2032-03-01");
	assert_int_equal(months, 24);
	/* a certificate of the old decision keeps its 36 months */
	e = rules_certificate_expiry(&old, &months);
	date_format_iso(&e, buf);
	assert_string_equal(buf, "2032-03-01");
	assert_int_equal(months, 36);
}

/* --- status ---------------------------------------------------------------- */

static void test_status_follows(void **state)
{
	static const struct { const char *today; enum product_status status; int stars; } t[] = {
		{ "2031-06-01", STATUS_CERTIFIED, 4 },
		{ "2031-12-15", STATUS_EXPIRING, 4 },	/* 77 days left */
		{ "2032-03-01", STATUS_EXPIRING, 4 },	/* in force through its last day */
		{ "2032-03-02", STATUS_EXPIRED, 0 },	/* 36 months would run to 2033 */
	};
	struct product_derived st;
	struct record r;
	char buf[DATE_ISO_MAX];
	size_t i;

	(void)state;
	/* No expires in the file: the rule table says when it ends. */
	load_product(&r, AT_STEP_5 "evaluations:\n"
		     "- {level: central, date: 2030-03-01, score: {a: 45, b: 10, c: 10}, "
		     "stars: 4, decision: '1/QĐ-BKTNT'}\n");
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		struct ocop_date today = day(t[i].today);

		product_derive(&r.u.product, &today, &st);
		assert_int_equal(st.status, t[i].status);
		assert_int_equal(st.stars, t[i].stars);
		date_format_iso(&st.expires, buf);
		assert_string_equal(buf, "2032-03-01");
	}
	record_release(&r);
}

/* --- a report -------------------------------------------------------------- */

static char root[64];

static void write_file(const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", root, name);
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	free(path);
}

static void make_dir(const char *name)
{
	char *path = xasprintf("%s/%s", root, name);

	assert_int_equal(mkdir(path, 0777), 0);
	free(path);
}

static void remove_file(const char *name)
{
	char *path = xasprintf("%s/%s", root, name);

	assert_int_equal(unlink(path), 0);
	free(path);
}

static void remove_dir(const char *name)
{
	char *path = xasprintf("%s/%s", root, name);

	assert_int_equal(rmdir(path), 0);
	free(path);
}

/* Value of column key in the row whose first column is first, or NULL. */
static const char *cell_of(const struct report_table *rt, const char *first,
			   const char *key)
{
	size_t r, c;

	for (c = 0; c < rt->t.ncols && strcmp(rt->t.cols[c].key, key); c++)
		;
	assert_true(c < rt->t.ncols);
	for (r = 0; r < rt->t.nrows; r++)
		if (!strcmp(table_get(&rt->t, r, 0), first))
			return table_get(&rt->t, r, c);
	return NULL;
}

static void test_report_follows(void **state)
{
	struct dataset ds;
	struct diag_list dl = DIAG_LIST_INIT;
	struct report_options o;
	struct report r;
	const struct report_table *rt;
	const char *dirs[1];
	int i;

	(void)state;
	snprintf(root, sizeof(root), "/tmp/ocop-decision-XXXXXX");
	assert_non_null(mkdtemp(root));
	make_dir("producers");
	make_dir("products");
	write_file("ocop.yaml", "ward: Nghĩa Lộ\nprovince: Quảng Ngãi\n");
	write_file("producers/h.yaml", "id: h\nname: Hộ H\nkind: household\n");
	/* 65 points: 4 stars under 77's bands (3 under 148's, which check refuses) */
	write_file(PATH, AT_STEP_5 "evaluations:\n"
		   "- {level: central, date: 2030-03-01, score: {a: 45, b: 10, c: 10}, "
		   "stars: 4, decision: '12/QĐ-BKTNT'}\n");
	dirs[0] = root;
	memset(&ds, 0, sizeof(ds));
	assert_int_equal(dataset_open(&ds, dirs, 1, &dl), 0);
	assert_int_equal(ds.nproducts, 1);

	report_options_init(&o, REPORT_EXPIRING);
	o.format = FMT_CSV;
	o.has_date = true;
	o.date = day("2031-12-15");
	assert_int_equal(report_build(&r, &ds, &o, &dl), 0);
	i = report_find_table(&r, "expiring", NULL);
	assert_true(i >= 0);
	rt = &r.tables[i];
	assert_non_null(cell_of(rt, "x", "expires"));
	assert_string_equal(cell_of(rt, "x", "expires"), "2032-03-01");
	assert_string_equal(cell_of(rt, "x", "days_left"), "77");
	assert_string_equal(cell_of(rt, "x", "stars"), "4");
	report_release(&r);

	dataset_release(&ds);
	diag_list_release(&dl);
	remove_file(PATH);
	remove_file("producers/h.yaml");
	remove_file("ocop.yaml");
	remove_dir("products");
	remove_dir("producers");
	assert_int_equal(rmdir(root), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table_reads_the_new_row),
		cmocka_unit_test(test_bases_list_follows),
		cmocka_unit_test(test_rating_follows),
		cmocka_unit_test(test_validate_follows),
		cmocka_unit_test(test_expiry_follows),
		cmocka_unit_test(test_status_follows),
		cmocka_unit_test(test_report_follows),
	};

	return cmocka_run_group_tests(tests, use_fictitious_table, use_real_table);
}
