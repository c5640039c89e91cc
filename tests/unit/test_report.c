/* test_report.c — the reports (report.h) and reading several directories (dataset.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csv.h>

#include "lib/report-int.h"
#include "ocop/dataset.h"
#include "ocop/derived.h"
#include "ocop/report.h"
#include "ocop/util.h"

/* --- a fixture: two wards' data directories ------------------------------- */

static char root[64];

static void write_file(const char *dir, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s/%s", root, dir, name);
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	free(path);
}

static void make_dir(const char *dir)
{
	char *path = xasprintf("%s/%s", root, dir);

	assert_int_equal(mkdir(path, 0777), 0);
	free(path);
}

static void make_store(const char *dir)
{
	char *sub;

	make_dir(dir);
	sub = xasprintf("%s/producers", dir);
	make_dir(sub);
	free(sub);
	sub = xasprintf("%s/products", dir);
	make_dir(sub);
	free(sub);
}

/* A product with one recognition. */
static void recognised(const char *dir, const char *id, const char *name,
		       const char *producer, const char *category,
		       const char *date, int stars, const char *level,
		       const char *extra)
{
	char *file = xasprintf("products/%s.yaml", id);
	char *text = xasprintf(
		"id: %s\nname: \"%s\"\nproducer: %s\ncategory: %s\norigin: existing\n"
		"cycle:\n- {step: 2, date: 2020-01-10}\n- {step: 5, date: 2020-02-10}\n"
		"evaluations:\n- {level: %s, date: %s, stars: %d, decision: \"%s/QĐ-UBND\"}\n%s",
		id, name, producer, category, level, date, stars, id,
		extra ? extra : "");

	write_file(dir, file, text);
	free(file);
	free(text);
}

/* rm -r path */
static int remove_tree(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *de;
	int ret = 0;

	if (!d)
		return remove(path);
	while ((de = readdir(d))) {
		char *sub;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		sub = xasprintf("%s/%s", path, de->d_name);
		ret |= remove_tree(sub);
		free(sub);
	}
	closedir(d);
	return ret | rmdir(path);
}

/*
 * Ward a: every category, 3 to 5 stars, an expired and a revoked
 * certificate, a rejected idea, an idea at step 3, hostile names.
 * Ward b: one producer and one product, a producer id that ward a also
 * uses for another producer (ids of producers are per directory).
 */
static int setup(void **state)
{
	(void)state;
	snprintf(root, sizeof(root), "/tmp/ocop-report-XXXXXX");
	if (!mkdtemp(root))
		return -1;
	make_store("a");
	write_file("a", "ocop.yaml",
		   "ward: phường Nghĩa Lộ\nprovince: Quảng Ngãi\n"
		   "authority: UBND phường Nghĩa Lộ\nplace: Nghĩa Lộ\n"
		   "signer: Mai Thị Cẩm Hồng\nsigner_title: Phó Chủ tịch\n"
		   "sign_for: KT. Chủ tịch\nlang: vi\n"
		   "targets:\n- {year: 2025, new_products_min: 3, new_products_max: 5, "
		   "trained_percent: 100, fairs_min: 1, fairs_max: 2}\n");
	write_file("a", "producers/yen-sao.yaml",
		   "id: yen-sao\nname: Công ty TNHH XNK Yến sào Cù Lao Ré\nkind: enterprise\n"
		   "address: Số 38 đường Chu Văn An\n"
		   "training:\n- {date: 2025-10-15, course: Tập huấn OCOP}\n");
	write_file("a", "producers/huong.yaml",
		   "id: huong\nname: Hộ kinh doanh Lê Thanh Hường\nkind: household\n"
		   "address: Tổ 10, phường Nghĩa Lộ\n"
		   "training:\n- {date: 2024-10-15, course: Tập huấn OCOP 2024}\n");
	write_file("a", "producers/htx.yaml",
		   "id: htx\nname: Hợp tác xã Dược liệu Ngọc Bảo\nkind: cooperative\n");
	write_file("a", "producers/evil.yaml",
		   "id: evil\nname: \"<script>alert(1)</script>\"\nkind: individual\n"
		   "address: \"=HYPERLINK(\\\"http://x\\\")\"\n");
	write_file("a", "producers/shared.yaml",
		   "id: shared\nname: Tổ hợp tác Mây tre Ân Phú\nkind: cooperative-group\n");
	/* 2025: three new products of 3 stars or more */
	recognised("a", "yen-rut-long", "Yến rút lông Culaore", "yen-sao", "food",
		   "2025-10-01", 4, "province",
		   "promotion:\n- {date: 2025-11-05, kind: fair, name: Hội chợ OCOP 2025}\n"
		   "readiness:\n  barcode: '8936123456788'\n  traceability: true\n"
		   "  quality_declaration: true\n  food_safety: true\n  trademark: Culaore\n");
	recognised("a", "ruou", "Rượu lứt Ấn Trà", "huong", "beverage",
		   "2025-10-01", 3, "province",
		   "promotion:\n- {date: 2025-11-05, kind: fair, name: Hội chợ OCOP 2025}\n"
		   "- {date: 2025-09-01, kind: ecommerce, name: Shopee}\n");
	recognised("a", "dong-trung", "Đông trùng hạ thảo", "htx", "herbal",
		   "2025-08-01", 3, "province", NULL);
	/* older ones */
	recognised("a", "mach-nha", "Mạch nha Mantoza", "yen-sao", "handicraft",
		   "2024-05-20", 5, "central", NULL);
	recognised("a", "mai-vang", "Mai vàng", "shared", "ornamental",
		   "2023-12-26", 3, "province", NULL);	/* ends 2026-12-26 */
	recognised("a", "du-lich", "Điểm du lịch Thiên Ấn", "huong", "tourism",
		   "2023-01-05", 3, "province", NULL);	/* ends 2026-01-05: in 46 days */
	recognised("a", "duong-phoi", "Đường phổi Tuyết Hường", "huong", "food",
		   "2021-12-10", 3, "province", NULL);	/* ended 2024-12-10 */
	write_file("a", "products/com-rang.yaml",
		   "id: com-rang\nname: Cốm rang Hoàng Huy\nproducer: huong\ncategory: food\n"
		   "origin: existing\ncycle:\n- {step: 5, date: 2023-01-10}\n"
		   "evaluations:\n- {level: province, date: 2023-05-10, stars: 3, decision: 900/QĐ-UBND, "
		   "revoked: 2025-09-15, revoke_decision: 1500/QĐ-UBND}\n");
	write_file("a", "products/banh-trang.yaml",
		   "id: banh-trang\nname: Bánh tráng nước dừa\nproducer: huong\ncategory: food\n"
		   "origin: idea\ncycle:\n- {step: 2, date: 2025-04-20}\n"
		   "- {step: 2, date: 2025-06-30, rejected: true}\n");
	write_file("a", "products/evil-product.yaml",
		   "id: evil-product\nname: \"<img src=x onerror=alert(1)> & \\\"q\\\"\"\nproducer: evil\n"
		   "category: food\norigin: idea\ncycle:\n- {step: 2, date: 2025-04-20}\n"
		   "- {step: 3, date: 2025-07-01}\n"
		   "evaluations:\n- {level: ward, date: 2025-08-20, criteria: {local_origin: pass, "
		   "local_labour: fail, idea_origin: pass, local_identity: pass}}\n");
	/* a later recognition than the report's day must not count before it */
	make_store("b");
	write_file("b", "ocop.yaml", "ward: Trương Quang Trọng\nprovince: Quảng Ngãi\n"
		   "targets:\n- {year: 2025, new_products_min: 1, new_products_max: 2, "
		   "trained_percent: 80, fairs_min: 1}\n");
	write_file("b", "producers/shared-b.yaml",
		   "id: shared-b\nname: Hợp tác xã Tịnh Ấn\nkind: cooperative\n");
	recognised("b", "nuoc-mam", "Nước mắm Tịnh Ấn", "shared-b", "food",
		   "2025-03-01", 4, "province", NULL);
	/* r: copied from an old register, known only to the year */
	make_store("r");
	write_file("r", "ocop.yaml", "ward: Nghĩa Lộ\n");
	write_file("r", "producers/q.yaml", "id: q\nname: Hộ Q\nkind: household\n");
	write_file("r", "products/mam.yaml",
		   "id: mam\nname: Mắm nêm\nproducer: q\ncategory: food\norigin: existing\n"
		   "cycle:\n- {step: 5, date: 2025-01-10}\n"
		   "evaluations:\n- {level: province, date: 2025, stars: 3, expires: 2028}\n");
	/* c: a duplicate of a's product id */
	make_store("c");
	write_file("c", "ocop.yaml", "ward: Nghĩa Hành\n");
	write_file("c", "producers/p.yaml", "id: p\nname: Hộ A\nkind: household\n");
	recognised("c", "ruou", "Rượu khác", "p", "beverage", "2024-01-01", 3,
		   "province", NULL);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	return remove_tree(root);
}

/* --- building reports ------------------------------------------------------ */

struct fixture {
	struct dataset ds;
	struct diag_list dl;
};

static void open_dirs(struct fixture *fx, const char *a, const char *b)
{
	char *dirs[2] = { NULL, NULL };
	size_t n = 0;

	memset(fx, 0, sizeof(*fx));
	if (a)
		dirs[n++] = xasprintf("%s/%s", root, a);
	if (b)
		dirs[n++] = xasprintf("%s/%s", root, b);
	assert_int_equal(dataset_open(&fx->ds, (const char *const *)dirs, n,
				      &fx->dl), 0);
	free(dirs[0]);
	free(dirs[1]);
}

static void close_dirs(struct fixture *fx)
{
	dataset_release(&fx->ds);
	diag_list_release(&fx->dl);
}

static void build(struct fixture *fx, struct report *r, enum report_kind kind,
		  enum out_format fmt, void (*tweak)(struct report_options *))
{
	struct report_options o;

	report_options_init(&o, kind);
	o.format = fmt;
	if (tweak)
		tweak(&o);
	assert_int_equal(report_build(r, &fx->ds, &o, &fx->dl), 0);
}

/* Everything report_write() prints, as one string. */
static char *render(const struct report *r, enum out_format fmt,
		    unsigned flags, int only, size_t *len)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	assert_non_null(f);
	assert_int_equal(report_write(r, fmt, flags, only, f), 0);
	assert_int_equal(fclose(f), 0);
	if (len)
		*len = n;
	return buf;
}

static const struct report_table *table_named(const struct report *r,
					      const char *name)
{
	int i = report_find_table(r, name, NULL);

	assert_true(i >= 0);
	return &r->tables[i];
}

/* The cell of the row whose first column is `first`. */
static const char *cell_of(const struct report_table *rt, const char *first,
			   const char *key)
{
	size_t r, c;

	for (c = 0; c < rt->t.ncols; c++)
		if (!strcmp(rt->t.cols[c].key, key))
			break;
	assert_true(c < rt->t.ncols);
	for (r = 0; r < rt->t.nrows; r++) {
		const char *v = table_get(&rt->t, r, 0);

		if (v && !strcmp(v, first))
			return table_get(&rt->t, r, c);
	}
	fail_msg("no row '%s'", first);
	return NULL;
}

/* --- names and options ----------------------------------------------------- */

static void test_kinds(void **state)
{
	const char *near;
	enum report_kind k;
	int i;

	(void)state;
	for (i = 0; i < REPORT_KIND_COUNT; i++) {
		assert_int_equal(report_kind_parse(report_kind_name((enum report_kind)i),
						   &k, NULL), 0);
		assert_int_equal(k, i);
	}
	assert_int_equal(report_kind_parse("sumary", &k, &near), -1);
	assert_string_equal(near, "summary");
	assert_int_equal(report_kind_parse("nothing", &k, &near), -1);
	assert_null(near);
	assert_true(report_options_taken(REPORT_QUARTER) & REPORT_OPT_QUARTER);
	assert_false(report_options_taken(REPORT_SUMMARY) & REPORT_OPT_YEAR);
	assert_true(report_options_taken(REPORT_CERTIFIED) & REPORT_OPT_DOCUMENT);
}

/*
 * Every row of the table of kinds is whole: a name no other kind has, a
 * title in each language, a builder; and report_build() follows the row
 * (its charts, its frame, the options the frame brings) in both
 * languages.  tests/doc/reports.sh checks the manual and completion.
 */
static void set_lang_en(struct report_options *o)
{
	o->lang = "en";
}

static void test_kind_rows(void **state)
{
	static const enum report_lang langs[] = { REPORT_VI, REPORT_EN };
	struct fixture fx;
	int i, j;
	size_t l, t, col;

	(void)state;
	open_dirs(&fx, "a", NULL);
	for (i = 0; i < REPORT_KIND_COUNT; i++) {
		const struct report_kind_row *row = report_kind_row((enum report_kind)i);
		char *title[2];

		assert_non_null(row->name);
		assert_true(*row->name);
		assert_non_null(row->build);
		for (j = 0; j < i; j++)
			assert_string_not_equal(row->name,
						report_kind_name((enum report_kind)j));
		for (l = 0; l < ARRAY_SIZE(langs); l++)
			if (!report_label_exists(row->title, langs[l]))
				fail_msg("report %s has no title in language %zu", row->name, l);
		assert_int_equal(!!(report_options_taken((enum report_kind)i) &
				    REPORT_OPT_DOCUMENT), row->frame);
		for (l = 0; l < ARRAY_SIZE(langs); l++) {
			struct report r;

			build(&fx, &r, (enum report_kind)i, FMT_TEXT,
			      langs[l] == REPORT_EN ? set_lang_en : NULL);
			assert_int_equal(r.kind, i);
			assert_int_equal(r.lang, langs[l]);
			assert_true(r.title && *r.title);
			assert_int_equal(r.charts, row->charts);
			assert_int_equal(r.doc != NULL, row->frame);
			assert_true(r.ntables > 0);
			for (t = 0; t < r.ntables; t++)
				for (col = 0; col < r.tables[t].t.ncols; col++)
					assert_true(r.tables[t].t.cols[col].title &&
						    *r.tables[t].t.cols[col].title);
			title[l] = xstrdup(r.title);
			report_release(&r);
		}
		/* a title left in the other language is a missing label */
		assert_string_not_equal(title[0], title[1]);
		free(title[0]);
		free(title[1]);
	}
	close_dirs(&fx);
}

static void test_quarter_parse(void **state)
{
	(void)state;
	assert_int_equal(report_quarter_parse("1"), 1);
	assert_int_equal(report_quarter_parse("4"), 4);
	assert_int_equal(report_quarter_parse("IV"), 4);
	assert_int_equal(report_quarter_parse("ii"), 2);
	assert_int_equal(report_quarter_parse("quý III"), 3);
	assert_int_equal(report_quarter_parse("Q2"), 2);
	assert_int_equal(report_quarter_parse("5"), -1);
	assert_int_equal(report_quarter_parse("0"), -1);
	assert_int_equal(report_quarter_parse(""), -1);
	assert_int_equal(report_quarter_parse("V"), -1);
}

/* --- what the reports count ------------------------------------------------ */

static void test_certified(void **state)
{
	const struct report_table *rt;
	struct fixture fx;
	struct report r;
	size_t i;

	(void)state;
	open_dirs(&fx, "a", NULL);
	build(&fx, &r, REPORT_CERTIFIED, FMT_CSV, NULL);
	rt = table_named(&r, "certified");
	/* 6 in force; ended, revoked and the ideas are not */
	assert_int_equal(rt->t.nrows, 6);
	assert_string_equal(r.intro, "Trên địa bàn có 6 sản phẩm được công nhận đạt OCOP 3 sao trở lên "
			    "còn hiệu lực, trong đó: 1 sản phẩm 5 sao, 1 sản phẩm 4 sao, 4 sản phẩm 3 sao.");
	/* by producer in Vietnamese order: Công ty < Hộ < Hợp tác xã < Tổ hợp tác */
	assert_string_equal(table_get(&rt->t, 0, 2), "Công ty TNHH XNK Yến sào Cù Lao Ré");
	assert_string_equal(table_get(&rt->t, 0, 1), "Mạch nha Mantoza");
	assert_string_equal(table_get(&rt->t, 1, 1), "Yến rút lông Culaore");
	assert_string_equal(table_get(&rt->t, 2, 2), "Hộ kinh doanh Lê Thanh Hường");
	assert_string_equal(table_get(&rt->t, 5, 2), "Tổ hợp tác Mây tre Ân Phú");
	assert_true(rt->group_start[0] && !rt->group_start[1] && rt->group_start[2]);
	/* csv repeats the producer; ISO dates */
	assert_string_equal(table_get(&rt->t, 1, 2), "Công ty TNHH XNK Yến sào Cù Lao Ré");
	assert_string_equal(table_get(&rt->t, 1, 6), "2025-10-01");
	assert_string_equal(table_get(&rt->t, 1, 7), "2028-10-01");
	for (i = 0; i < rt->t.nrows; i++) {
		char no[24];

		snprintf(no, sizeof(no), "%zu", i + 1);
		assert_string_equal(table_get(&rt->t, i, 0), no);
	}
	assert_int_equal(r.stars[0][1], 1);	/* food, 4 stars */
	assert_int_equal(r.stars[3][2], 1);	/* handicraft, 5 stars */
	assert_non_null(r.doc);
	report_release(&r);

	/* people's formats: dd/mm/yyyy in Vietnamese, the group written once */
	build(&fx, &r, REPORT_CERTIFIED, FMT_TEXT, NULL);
	rt = table_named(&r, "certified");
	assert_string_equal(table_get(&rt->t, 1, 6), "01/10/2025");
	{
		char *text = render(&r, FMT_TEXT, 0, -1, NULL);

		assert_non_null(strstr(text, "\n 2  Yến rút lông Culaore   "));
		assert_null(strstr(text, "Ré  Số 38 đường Chu Văn An  4"));
		free(text);
	}
	report_release(&r);
	close_dirs(&fx);
}

static void test_summary(void **state)
{
	const struct report_table *rt;
	struct fixture fx;
	struct report r;

	(void)state;
	open_dirs(&fx, "a", NULL);
	build(&fx, &r, REPORT_SUMMARY, FMT_CSV, NULL);
	assert_int_equal(r.ntables, 3);
	rt = table_named(&r, "by_category");
	assert_int_equal(rt->t.nrows, 7);	/* 6 categories and the total */
	assert_string_equal(cell_of(rt, "food", "stars_4"), "1");
	assert_string_equal(cell_of(rt, "food", "certified"), "1");
	/* ended, revoked, rejected, the idea at step 3 */
	assert_string_equal(cell_of(rt, "food", "not_certified"), "4");
	assert_string_equal(cell_of(rt, "handicraft", "stars_5"), "1");
	assert_string_equal(cell_of(rt, "total", "certified"), "6");
	assert_string_equal(cell_of(rt, "total", "products"), "10");
	rt = table_named(&r, "by_kind");
	assert_string_equal(cell_of(rt, "enterprise", "producers"), "1");
	assert_string_equal(cell_of(rt, "enterprise", "certified"), "2");
	assert_string_equal(cell_of(rt, "household", "products"), "5");
	assert_string_equal(cell_of(rt, "household", "with_certified"), "1");
	assert_string_equal(cell_of(rt, "individual", "with_certified"), "0");
	assert_string_equal(cell_of(rt, "total", "producers"), "5");
	rt = table_named(&r, "totals");
	/* du-lich, 46 days off, is past the rules' 30-day notice (test_expiring). */
	assert_string_equal(cell_of(rt, "expiring", "count"), "0");
	assert_string_equal(cell_of(rt, "expired", "count"), "1");
	assert_string_equal(cell_of(rt, "revoked", "count"), "1");
	assert_string_equal(cell_of(rt, "rejected", "count"), "1");
	report_release(&r);
	close_dirs(&fx);
}

static void test_pipeline(void **state)
{
	const struct report_table *rt;
	struct fixture fx;
	struct report r;

	(void)state;
	open_dirs(&fx, "a", NULL);
	build(&fx, &r, REPORT_PIPELINE, FMT_JSON, NULL);
	rt = table_named(&r, "steps");
	assert_string_equal(cell_of(rt, "3", "ideas"), "1");
	assert_string_equal(cell_of(rt, "5", "existing"), "8");
	assert_int_equal(r.steps[4], 8);
	assert_int_equal(r.steps[STEP_COUNT], 1);	/* the rejected idea */
	rt = table_named(&r, "by_year");
	assert_string_equal(cell_of(rt, "2025", "step_2"), "2");
	assert_string_equal(cell_of(rt, "2025", "step_3"), "1");
	assert_string_equal(cell_of(rt, "2025", "rejected"), "1");
	assert_string_equal(cell_of(rt, "2025", "recognised"), "3");
	assert_string_equal(cell_of(rt, "2020", "step_5"), "7");
	report_release(&r);
	close_dirs(&fx);
}

static void within_90(struct report_options *o)
{
	o->within = 90;
}

static void within_401(struct report_options *o)
{
	o->within = 401;	/* mai-vang ends on 2026-12-26 */
}

static void test_expiring(void **state)
{
	const struct report_table *rt;
	struct fixture fx;
	struct report r;

	(void)state;
	open_dirs(&fx, "a", NULL);
	/* By default the rules' notice, 30 days: du-lich, 46 days off, waits. */
	build(&fx, &r, REPORT_EXPIRING, FMT_CSV, NULL);
	assert_int_equal(table_named(&r, "expiring")->t.nrows, 1);
	report_release(&r);
	build(&fx, &r, REPORT_EXPIRING, FMT_CSV, within_90);
	rt = table_named(&r, "expiring");
	assert_int_equal(rt->t.nrows, 2);
	assert_string_equal(table_get(&rt->t, 0, 0), "duong-phoi");
	assert_string_equal(table_get(&rt->t, 0, 3), "ocop");	/* the kind */
	assert_string_equal(table_get(&rt->t, 0, 7), "-345");
	assert_string_equal(table_get(&rt->t, 1, 0), "du-lich");
	assert_string_equal(table_get(&rt->t, 1, 7), "46");
	report_release(&r);
	build(&fx, &r, REPORT_EXPIRING, FMT_CSV, within_401);
	assert_int_equal(table_named(&r, "expiring")->t.nrows, 3);
	report_release(&r);
	close_dirs(&fx);
}

static void test_readiness(void **state)
{
	const struct report_table *rt;
	struct fixture fx;
	struct report r;

	(void)state;
	open_dirs(&fx, "a", NULL);
	build(&fx, &r, REPORT_READINESS, FMT_CSV, NULL);
	rt = table_named(&r, "readiness");
	assert_int_equal(rt->t.nrows, 9);	/* not the rejected idea */
	assert_null(cell_of(rt, "yen-rut-long", "lacks"));
	assert_string_equal(cell_of(rt, "yen-rut-long", "food_safety"), "true");
	assert_string_equal(cell_of(rt, "ruou", "lacks"),
			    "barcode, traceability, quality-declaration, food-safety, trademark");
	/* a tourism service needs only its trademark; handicraft no food safety */
	assert_string_equal(cell_of(rt, "du-lich", "lacks"), "trademark");
	assert_null(cell_of(rt, "du-lich", "barcode"));
	assert_null(cell_of(rt, "mach-nha", "food_safety"));
	/* recognised: its next dossier is the re-recognition's, which none has */
	assert_string_equal(cell_of(rt, "yen-rut-long", "next_step"), "renewal");
	assert_string_equal(cell_of(rt, "yen-rut-long", "missing"),
			    "registration, self-assessment, food-safety, quality-declaration");
	assert_string_equal(cell_of(rt, "yen-rut-long", "listings"), "0");
	/* so every product lacks something of its dossier */
	assert_string_equal(r.intro, "9 trong 9 sản phẩm còn thiếu ít nhất một nội dung.");
	report_release(&r);
	close_dirs(&fx);
}

static void q4(struct report_options *o)
{
	o->year = 2025;
	o->quarter = 4;
}

static void q3(struct report_options *o)
{
	o->year = 2025;
	o->quarter = 3;
}

static void test_quarter(void **state)
{
	const struct report_table *rt;
	struct fixture fx;
	struct report r;

	(void)state;
	open_dirs(&fx, "a", NULL);
	build(&fx, &r, REPORT_QUARTER, FMT_CSV, q4);
	assert_string_equal(r.title, "Kết quả thực hiện Chương trình OCOP quý IV năm 2025");
	rt = table_named(&r, "counts");
	assert_string_equal(cell_of(rt, "issued", "count"), "2");
	assert_string_equal(cell_of(rt, "rated", "count"), "2");
	assert_string_equal(cell_of(rt, "fairs", "count"), "1");	/* one fair, two products */
	assert_string_equal(cell_of(rt, "trained", "count"), "1");
	assert_string_equal(cell_of(rt, "revoked", "count"), "0");
	rt = table_named(&r, "events");
	assert_string_equal(table_get(&rt->t, 0, 0), "2025-10-01");
	assert_string_equal(table_get(&rt->t, rt->t.nrows - 1, 1), "fair");
	report_release(&r);

	build(&fx, &r, REPORT_QUARTER, FMT_CSV, q3);
	rt = table_named(&r, "counts");
	assert_string_equal(cell_of(rt, "revoked", "count"), "1");
	assert_string_equal(cell_of(rt, "issued", "count"), "1");
	assert_string_equal(cell_of(rt, "steps_passed", "count"), "1");
	assert_string_equal(cell_of(rt, "ward_assessed", "count"), "1");
	rt = table_named(&r, "events");
	assert_non_null(strstr(cell_of(rt, "2025-08-20", "detail"), "local_labour"));
	report_release(&r);
	close_dirs(&fx);
}

static void year_2025(struct report_options *o)
{
	o->year = 2025;
}

static void test_targets(void **state)
{
	const struct report_table *rt;
	struct fixture fx;
	struct report r;

	(void)state;
	open_dirs(&fx, "a", NULL);
	build(&fx, &r, REPORT_TARGETS, FMT_CSV, year_2025);
	assert_string_equal(r.tables[0].name, "targets");
	rt = table_named(&r, "targets");
	assert_string_equal(table_get(&rt->t, 0, 1), "3–5");
	assert_string_equal(table_get(&rt->t, 0, 2), "3");
	assert_string_equal(table_get(&rt->t, 0, 3), "true");
	assert_string_equal(table_get(&rt->t, 1, 1), "100%");
	assert_string_equal(table_get(&rt->t, 1, 2), "20");	/* 1 of 5 */
	assert_string_equal(table_get(&rt->t, 1, 3), "false");
	assert_string_equal(table_get(&rt->t, 2, 2), "1");
	assert_int_equal(table_named(&r, "new_products")->t.nrows, 3);
	assert_string_equal(r.intro, "Năm 2025 có 3 sản phẩm mới đạt OCOP 3 sao trở lên (kế hoạch: 3–5).");
	report_release(&r);
	close_dirs(&fx);

	/* two wards: the targets add up, the trained share is the higher */
	open_dirs(&fx, "a", "b");
	build(&fx, &r, REPORT_TARGETS, FMT_TEXT, year_2025);
	rt = table_named(&r, "targets");
	assert_string_equal(table_get(&rt->t, 0, 1), "4–7");
	assert_string_equal(table_get(&rt->t, 0, 2), "4");
	assert_string_equal(table_get(&rt->t, 0, 3), "đạt");
	assert_string_equal(table_get(&rt->t, 1, 1), "100%");
	assert_string_equal(table_get(&rt->t, 1, 2), "16%");	/* 1 of 6 */
	assert_string_equal(table_get(&rt->t, 2, 1), "2");	/* 1–2 and ≥ 1 */
	report_release(&r);
	close_dirs(&fx);
}

static void as_of_2025_09_01(struct report_options *o)
{
	o->has_date = true;
	o->date = (struct ocop_date){ 2025, 9, 1, DATE_DAY };
}

static void test_as_of(void **state)
{
	struct fixture fx;
	struct report r;

	(void)state;
	open_dirs(&fx, "a", NULL);
	build(&fx, &r, REPORT_CERTIFIED, FMT_CSV, as_of_2025_09_01);
	/* before the 2025-10-01 decisions; the revocation of 15/9 not yet made */
	assert_int_equal(table_named(&r, "certified")->t.nrows, 5);
	assert_non_null(strstr(r.intro, "Tính đến ngày 01/09/2025"));
	assert_string_equal(r.subtitle, "phường Nghĩa Lộ, tỉnh Quảng Ngãi, tính đến ngày 01/09/2025");
	report_release(&r);
	close_dirs(&fx);
}

static void q1(struct report_options *o)
{
	o->year = 2025;
	o->quarter = 1;
}

/* A date known only to the year counts in the year, in no quarter. */
static void test_partial_dates(void **state)
{
	struct fixture fx;
	struct report r;

	(void)state;
	open_dirs(&fx, "r", NULL);
	build(&fx, &r, REPORT_CERTIFIED, FMT_CSV, NULL);
	assert_int_equal(table_named(&r, "certified")->t.nrows, 1);
	assert_null(table_get(&table_named(&r, "certified")->t, 0, 5));
	assert_string_equal(table_get(&table_named(&r, "certified")->t, 0, 6), "2025");
	assert_string_equal(table_get(&table_named(&r, "certified")->t, 0, 7), "2028");
	report_release(&r);
	build(&fx, &r, REPORT_TARGETS, FMT_CSV, year_2025);
	assert_string_equal(table_get(&table_named(&r, "targets")->t, 0, 2), "1");
	report_release(&r);
	build(&fx, &r, REPORT_QUARTER, FMT_CSV, q1);
	assert_string_equal(cell_of(table_named(&r, "counts"), "issued", "count"), "0");
	assert_string_equal(cell_of(table_named(&r, "counts"), "registered", "count"), "1");
	report_release(&r);
	build(&fx, &r, REPORT_PIPELINE, FMT_CSV, NULL);
	assert_string_equal(cell_of(table_named(&r, "by_year"), "2025", "recognised"), "1");
	report_release(&r);
	close_dirs(&fx);
}

static void english(struct report_options *o)
{
	o->lang = "en";
}

static void test_english(void **state)
{
	struct fixture fx;
	struct report r;
	char *text;

	(void)state;
	open_dirs(&fx, "a", NULL);
	build(&fx, &r, REPORT_SUMMARY, FMT_TEXT, english);
	assert_string_equal(r.title, "OCOP summary");
	assert_string_equal(r.subtitle, "phường Nghĩa Lộ, Quảng Ngãi province");
	text = render(&r, FMT_TEXT, 0, 0, NULL);
	assert_non_null(strstr(text, "\nFood "));
	assert_non_null(strstr(text, "Category "));
	free(text);
	report_release(&r);
	close_dirs(&fx);
}

/* --- several directories ---------------------------------------------------- */

static void test_two_wards(void **state)
{
	struct fixture fx;
	struct report r;

	(void)state;
	open_dirs(&fx, "a", "b");
	assert_int_equal(fx.ds.ndirs, 2);
	build(&fx, &r, REPORT_SUMMARY, FMT_CSV, NULL);
	assert_string_equal(cell_of(table_named(&r, "totals"), "wards", "count"), "2");
	assert_string_equal(cell_of(table_named(&r, "by_kind"), "cooperative", "producers"), "2");
	assert_string_equal(r.subtitle, "phường Nghĩa Lộ, phường Trương Quang Trọng, tỉnh Quảng Ngãi");
	report_release(&r);
	build(&fx, &r, REPORT_CERTIFIED, FMT_CSV, NULL);
	/* nuoc-mam's producer is found in b, not in a; over two wards the
	 * first column names the ward */
	{
		const struct report_table *rt = table_named(&r, "certified");
		size_t i;

		for (i = 0; i < rt->t.nrows; i++)
			if (!strcmp(table_get(&rt->t, i, 2), "Nước mắm Tịnh Ấn"))
				break;
		assert_true(i < rt->t.nrows);
		assert_string_equal(table_get(&rt->t, i, 3), "Hợp tác xã Tịnh Ấn");
		assert_string_equal(table_get(&rt->t, i, 0), fx.ds.dirs[1].ward);
	}
	report_release(&r);
	/* no producer is missing: no warning */
	assert_int_equal(fx.dl.nr, 0);
	close_dirs(&fx);
}

/*
 * An id in two wards is no error: both records are read, each marked
 * shared, named WARD:ID; dataset_find takes either form and refuses the
 * bare id that two wards have.
 */
static void test_duplicate_id(void **state)
{
	struct dataset ds;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct dataset_entry *e;
	char *dirs[2];
	char *ref, *want;
	size_t i, shared = 0;

	(void)state;
	dirs[0] = xasprintf("%s/a", root);
	dirs[1] = xasprintf("%s/c", root);
	assert_int_equal(dataset_open(&ds, (const char *const *)dirs, 2, &dl), 0);
	assert_int_equal(diag_error_count(&dl), 0);
	for (i = 0; i < ds.nproducts; i++) {
		if (strcmp(ds.products[i].r->u.product.id, "ruou"))
			continue;
		assert_true(ds.products[i].shared);
		ref = dataset_entry_ref(&ds, &ds.products[i], false);
		want = xasprintf("%s:ruou", ds.dirs[ds.products[i].dir].ward);
		assert_string_equal(ref, want);
		free(ref);
		free(want);
		shared++;
	}
	assert_int_equal(shared, 2);
	/* an id one ward has is named alone */
	for (i = 0; i < ds.nproducts && ds.products[i].shared; i++)
		;
	assert_true(i < ds.nproducts);
	ref = dataset_entry_ref(&ds, &ds.products[i], false);
	assert_null(strchr(ref, ':'));
	free(ref);

	assert_null(dataset_find(&ds, RECORD_PRODUCT, "ruou", &dl));
	assert_int_equal(diag_error_count(&dl), 1);
	assert_non_null(strstr(dl.items[0].message, "several wards"));
	diag_list_release(&dl);
	ref = xasprintf("%s:ruou", ds.dirs[1].ward);
	e = dataset_find(&ds, RECORD_PRODUCT, ref, &dl);
	assert_non_null(e);
	assert_int_equal(e->dir, 1);
	free(ref);
	assert_null(dataset_find(&ds, RECORD_PRODUCT, "nowhere:ruou", &dl));
	assert_int_equal(diag_error_count(&dl), 1);
	dataset_release(&ds);
	diag_list_release(&dl);

	/* the same directory twice */
	free(dirs[1]);
	dirs[1] = xstrdup(dirs[0]);
	assert_int_equal(dataset_open(&ds, (const char *const *)dirs, 2, &dl), -1);
	assert_non_null(strstr(dl.items[0].message, "same data directory"));
	dataset_release(&ds);
	diag_list_release(&dl);
	free(dirs[0]);
	free(dirs[1]);
}

/* --- CSV read back with libcsv --------------------------------------------- */

struct csv_read {
	char **cells;
	size_t n, alloc;
	size_t rows;
};

static void read_field(void *s, size_t len, void *data)
{
	struct csv_read *rd = data;

	ALLOC_GROW(rd->cells, rd->n + 1, rd->alloc);
	rd->cells[rd->n++] = xstrndup(s ? s : "", len);
}

static void read_row(int c, void *data)
{
	(void)c;
	((struct csv_read *)data)->rows++;
}

/* The cells of every table of r as the CSV should read back, header first. */
static void assert_csv_equals(const struct report *r, const char *text,
			      size_t len, bool excel)
{
	struct csv_read rd = { NULL, 0, 0, 0 };
	struct csv_parser p;
	size_t i, k = 0, row, col;

	if (excel) {
		assert_memory_equal(text, "\xef\xbb\xbf", 3);
		text += 3;
		len -= 3;
	}
	assert_int_equal(csv_init(&p, CSV_STRICT | CSV_STRICT_FINI), 0);
	assert_int_equal(csv_parse(&p, text, len, read_field, read_row, &rd), len);
	assert_int_equal(csv_fini(&p, read_field, read_row, &rd), 0);
	csv_free(&p);
	for (i = 0; i < r->ntables; i++) {
		const struct table *t = &r->tables[i].t;

		for (row = 0; row <= t->nrows; row++)
			for (col = 0; col < t->ncols; col++) {
				const char *want = row ? table_get(t, row - 1, col) :
						   excel ? t->cols[col].title :
						   t->cols[col].key;
				size_t digits;

				if (!want)
					want = "";
				assert_true(k < rd.n);
				digits = strspn(want, "0123456789");
				/* a code of digits a spreadsheet would make a number of */
				if (excel && row && t->cols[col].type != COL_NUMBER &&
				    digits >= 2 && !want[digits] &&
				    (want[0] == '0' || digits >= 12))
					assert_true(rd.cells[k][0] == '=' &&
						    rd.cells[k][1] == '"' &&
						    !strncmp(rd.cells[k] + 2, want, digits) &&
						    !strcmp(rd.cells[k] + 2 + digits, "\""));
				/* the formula guard: a leading ' */
				else if (excel && *want && strchr("=+-@", *want) &&
				    !(t->cols[col].type == COL_NUMBER &&
				      want[strspn(want, "-0123456789")] == '\0'))
					assert_true(rd.cells[k][0] == '\'' &&
						    !strcmp(rd.cells[k] + 1, want));
				else
					assert_string_equal(rd.cells[k], want);
				k++;
			}
	}
	assert_int_equal(k, rd.n);
	for (i = 0; i < rd.n; i++)
		free(rd.cells[i]);
	free(rd.cells);
}

static void test_csv_round_trip(void **state)
{
	struct fixture fx;
	int kind;

	(void)state;
	open_dirs(&fx, "a", "b");
	for (kind = 0; kind < REPORT_KIND_COUNT; kind++) {
		struct report r;
		size_t len;
		char *text;

		build(&fx, &r, (enum report_kind)kind, FMT_CSV, year_2025);
		text = render(&r, FMT_CSV, 0, -1, &len);
		assert_csv_equals(&r, text, len, false);
		free(text);
		text = render(&r, FMT_CSV, TABLE_EXCEL, -1, &len);
		assert_csv_equals(&r, text, len, true);
		assert_null(strstr(text + 3, "\xef\xbb\xbf"));	/* one BOM */
		free(text);
		report_release(&r);
	}
	close_dirs(&fx);
}

/* --- JSON: a strict RFC 8259 reader ------------------------------------------ */

struct json_in {
	const char *p;
	int objects;	/* objects read at depth 2: the rows */
};

static void ws(struct json_in *in)
{
	while (*in->p == ' ' || *in->p == '\n' || *in->p == '\t' || *in->p == '\r')
		in->p++;
}

static bool json_value(struct json_in *in, int depth);

static bool json_str(struct json_in *in)
{
	if (*in->p++ != '"')
		return false;
	while (*in->p != '"') {
		unsigned char ch = (unsigned char)*in->p;

		if (ch < 0x20)
			return false;
		if (ch == '\\') {
			in->p++;
			if (*in->p == 'u') {
				int i;

				for (i = 1; i <= 4; i++)
					if (!strchr("0123456789abcdefABCDEF", in->p[i]) || !in->p[i])
						return false;
				in->p += 4;
			} else if (!*in->p || !strchr("\"\\/bfnrt", *in->p)) {
				return false;
			}
		}
		in->p++;
	}
	in->p++;
	return true;
}

static bool json_number(struct json_in *in)
{
	const char *s = in->p;

	if (*in->p == '-')
		in->p++;
	if (*in->p == '0')
		in->p++;
	else if (*in->p >= '1' && *in->p <= '9')
		while (*in->p >= '0' && *in->p <= '9')
			in->p++;
	else
		return false;
	if (*in->p == '.') {
		in->p++;
		if (*in->p < '0' || *in->p > '9')
			return false;
		while (*in->p >= '0' && *in->p <= '9')
			in->p++;
	}
	return in->p > s;
}

static bool json_value(struct json_in *in, int depth)
{
	ws(in);
	if (*in->p == '{' || *in->p == '[') {
		char close = *in->p == '{' ? '}' : ']';
		bool object = close == '}';

		if (object && depth == 2)
			in->objects++;
		in->p++;
		ws(in);
		if (*in->p == close) {
			in->p++;
			return true;
		}
		for (;;) {
			ws(in);
			if (object) {
				if (!json_str(in))
					return false;
				ws(in);
				if (*in->p++ != ':')
					return false;
			}
			if (!json_value(in, depth + 1))
				return false;
			ws(in);
			if (*in->p == close) {
				in->p++;
				return true;
			}
			if (*in->p++ != ',')
				return false;
		}
	}
	if (*in->p == '"')
		return json_str(in);
	if (!strncmp(in->p, "true", 4) || !strncmp(in->p, "null", 4)) {
		in->p += 4;
		return true;
	}
	if (!strncmp(in->p, "false", 5)) {
		in->p += 5;
		return true;
	}
	return json_number(in);
}

static void test_json_well_formed(void **state)
{
	struct fixture fx;
	int kind;

	(void)state;
	open_dirs(&fx, "a", NULL);
	for (kind = 0; kind < REPORT_KIND_COUNT; kind++) {
		struct report r;
		struct json_in in;
		size_t i, rows = 0;
		char *text;

		build(&fx, &r, (enum report_kind)kind, FMT_JSON, year_2025);
		text = render(&r, FMT_JSON, 0, -1, NULL);
		in.p = text;
		in.objects = 0;
		/* one table: an array of rows; several: an object of arrays */
		assert_true(json_value(&in, r.ntables == 1 ? 1 : 0));
		ws(&in);
		assert_int_equal(*in.p, '\0');
		for (i = 0; i < r.ntables; i++)
			rows += r.tables[i].t.nrows;
		assert_int_equal((size_t)in.objects, rows);
		assert_int_equal(text[0], r.ntables == 1 ? '[' : '{');
		free(text);
		report_release(&r);
	}
	close_dirs(&fx);
}

/* --- HTML: a strict well-formedness check ------------------------------------ */

struct html_check {
	const char *p;
	char stack[64][32];	/* the open elements */
	int depth;
	int svgs, rects, tables;
};

static bool name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
	       (c >= 'A' && c <= 'Z');
}

/* &amp; &lt; &gt; &quot; &#39; &#160; — nothing else */
static void check_entity(struct html_check *h)
{
	static const char *const known[] = { "&amp;", "&lt;", "&gt;", "&quot;" };
	size_t i;

	if (h->p[1] == '#') {
		const char *q = h->p + 2;

		while (*q >= '0' && *q <= '9')
			q++;
		assert_true(q > h->p + 2 && *q == ';');
		h->p = q + 1;
		return;
	}
	for (i = 0; i < ARRAY_SIZE(known); i++)
		if (!strncmp(h->p, known[i], strlen(known[i]))) {
			h->p += strlen(known[i]);
			return;
		}
	fail_msg("bad entity at '%.20s'", h->p);
}

/* Text up to the next tag: no stray < or &. */
static void check_text(struct html_check *h, const char *until)
{
	while (*h->p && (until ? strncmp(h->p, until, strlen(until)) : *h->p != '<')) {
		if (!until && *h->p == '&')
			check_entity(h);
		else
			h->p++;
	}
	assert_true(*h->p != '\0' || h->depth == 0);
}

static void check_tag(struct html_check *h)
{
	char name[32];
	size_t n = 0;
	bool closing = false;

	h->p++;
	if (*h->p == '/') {
		closing = true;
		h->p++;
	}
	while (name_char(*h->p) && n < sizeof(name) - 1)
		name[n++] = *h->p++;
	name[n] = '\0';
	assert_true(n > 0);
	/* nothing that runs or fetches */
	assert_true(strcmp(name, "script") && strcmp(name, "iframe") &&
		    strcmp(name, "object") && strcmp(name, "embed") &&
		    strcmp(name, "img") && strcmp(name, "link"));
	if (closing) {
		assert_int_equal(*h->p, '>');
		h->p++;
		assert_true(h->depth > 0);
		assert_string_equal(h->stack[--h->depth], name);
		return;
	}
	for (;;) {
		char attr[32];
		size_t m = 0;

		while (*h->p == ' ' || *h->p == '\n')
			h->p++;
		if (*h->p == '>' || !strncmp(h->p, "/>", 2))
			break;
		while (name_char(*h->p) && m < sizeof(attr) - 1)
			attr[m++] = *h->p++;
		attr[m] = '\0';
		assert_true(m > 0);
		assert_true(strncmp(attr, "on", 2) && strcmp(attr, "href") &&
			    strcmp(attr, "src"));
		assert_int_equal(*h->p++, '=');
		assert_int_equal(*h->p++, '"');
		while (*h->p != '"') {
			assert_true(*h->p && *h->p != '<');
			if (*h->p == '&')
				check_entity(h);
			else
				h->p++;
		}
		h->p++;
	}
	if (!strcmp(name, "svg"))
		h->svgs++;
	if (!strcmp(name, "rect"))
		h->rects++;
	if (!strcmp(name, "table"))
		h->tables++;
	if (*h->p == '/') {	/* <meta .../>, <br/>, <rect .../> */
		h->p += 2;
		return;
	}
	h->p++;
	assert_true(h->depth < 64);
	strcpy(h->stack[h->depth++], name);
	if (!strcmp(name, "style") || !strcmp(name, "title")) {
		const char *start = h->p;

		check_text(h, !strcmp(name, "style") ? "</style>" : NULL);
		if (!strcmp(name, "style")) {
			char *css = xstrndup(start, (size_t)(h->p - start));

			assert_null(strstr(css, "url("));
			assert_null(strstr(css, "@import"));
			assert_non_null(strstr(css, "@page { size: A4"));
			free(css);
		}
	}
}

static void check_html(const char *page, int want_svgs)
{
	struct html_check h;

	memset(&h, 0, sizeof(h));
	assert_true(!strncmp(page, "<!DOCTYPE html>\n<html lang=\"", 28));
	h.p = page + strlen("<!DOCTYPE html>\n");
	while (*h.p) {
		check_text(&h, NULL);
		if (*h.p == '<')
			check_tag(&h);
		if (!h.depth)
			break;
	}
	assert_int_equal(h.depth, 0);
	while (*h.p == '\n')
		h.p++;
	assert_int_equal(*h.p, '\0');
	assert_int_equal(h.svgs, want_svgs);
	assert_true(h.tables > 0);
	if (want_svgs)
		assert_true(h.rects > 0);
}

static void test_html_well_formed(void **state)
{
	static const int svgs[REPORT_KIND_COUNT] = {
		[REPORT_CERTIFIED] = 2, [REPORT_SUMMARY] = 2, [REPORT_PIPELINE] = 1,
	};
	struct fixture fx;
	int kind;

	(void)state;
	open_dirs(&fx, "a", NULL);
	for (kind = 0; kind < REPORT_KIND_COUNT; kind++) {
		struct report r;
		char *page;

		build(&fx, &r, (enum report_kind)kind, FMT_HTML, year_2025);
		page = render(&r, FMT_HTML, 0, -1, NULL);
		check_html(page, svgs[kind]);
		/* the hostile names are inert */
		assert_null(strstr(page, "<script"));
		assert_null(strstr(page, "<img"));
		if (kind == REPORT_READINESS)
			assert_non_null(strstr(page, "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;"));
		if (kind == REPORT_QUARTER || kind == REPORT_TARGETS ||
		    kind == REPORT_CERTIFIED) {
			assert_non_null(strstr(page, "<div>ỦY BAN NHÂN DÂN</div><div class=\"strong\">PHƯỜNG NGHĨA LỘ</div>"));
			assert_non_null(strstr(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
			assert_non_null(strstr(page, "Độc lập - Tự do - Hạnh phúc"));
			assert_non_null(strstr(page, "<p>KT. CHỦ TỊCH</p>\n<p>PHÓ CHỦ TỊCH</p>"));
			assert_non_null(strstr(page, "Mai Thị Cẩm Hồng"));
		} else {
			assert_null(strstr(page, "Độc lập - Tự do - Hạnh phúc"));
		}
		free(page);
		report_release(&r);
	}
	close_dirs(&fx);
}

static void numbered(struct report_options *o)
{
	o->number = "15";
	o->has_date = true;
	o->date = (struct ocop_date){ 2025, 2, 5, DATE_DAY };
}

static void drafted(struct report_options *o)
{
	o->number = "15";
	o->draft = true;
}

static void test_document(void **state)
{
	struct fixture fx;
	struct report r;
	char *page;

	(void)state;
	open_dirs(&fx, "a", NULL);
	build(&fx, &r, REPORT_CERTIFIED, FMT_HTML, numbered);
	page = render(&r, FMT_HTML, 0, -1, NULL);
	assert_non_null(strstr(page, "Số: 15/BC-UBND"));
	/* Nghị định 30/2020: a day below 10 and months 1 and 2 with a zero */
	assert_non_null(strstr(page, "Nghĩa Lộ, ngày 05 tháng 02 năm 2025"));
	assert_null(strstr(page, "DỰ THẢO"));
	free(page);
	report_release(&r);

	build(&fx, &r, REPORT_TARGETS, FMT_HTML, drafted);
	page = render(&r, FMT_HTML, 0, -1, NULL);
	assert_null(strstr(page, "15/BC-UBND"));
	assert_non_null(strstr(page, "DỰ THẢO"));
	/* no date given: day and month left blank, no date of the run */
	assert_non_null(strstr(page, "Nghĩa Lộ, ngày \xc2\xa0"));
	assert_null(strstr(page, "20/11/2025"));
	free(page);
	report_release(&r);
	close_dirs(&fx);
}

/* --- determinism and the other formats ---------------------------------------- */

static void test_same_bytes(void **state)
{
	static const enum out_format fmts[] = {
		FMT_TEXT, FMT_CSV, FMT_TSV, FMT_JSON, FMT_MD, FMT_HTML
	};
	struct fixture fx;
	size_t i;
	int kind;

	(void)state;
	open_dirs(&fx, "a", "b");
	for (kind = 0; kind < REPORT_KIND_COUNT; kind++)
		for (i = 0; i < ARRAY_SIZE(fmts); i++) {
			struct report r1, r2;
			char *a, *b;

			build(&fx, &r1, (enum report_kind)kind, fmts[i], year_2025);
			build(&fx, &r2, (enum report_kind)kind, fmts[i], year_2025);
			a = render(&r1, fmts[i], 0, -1, NULL);
			b = render(&r2, fmts[i], 0, -1, NULL);
			assert_string_equal(a, b);
			assert_true(strlen(a) > 0);
			free(a);
			free(b);
			report_release(&r1);
			report_release(&r2);
		}
	close_dirs(&fx);
}

static void test_one_table(void **state)
{
	struct fixture fx;
	struct report r;
	const char *near;
	char *text;

	(void)state;
	open_dirs(&fx, "a", NULL);
	build(&fx, &r, REPORT_SUMMARY, FMT_CSV, NULL);
	assert_int_equal(report_find_table(&r, "by_kind", NULL), 1);
	assert_int_equal(report_find_table(&r, "by_knd", &near), -1);
	assert_string_equal(near, "by_kind");
	text = render(&r, FMT_CSV, 0, 1, NULL);
	assert_true(!strncmp(text, "kind,producers,with_certified,products,certified\n", 49));
	assert_null(strstr(text, "\n\n"));
	free(text);
	text = render(&r, FMT_JSON, 0, 2, NULL);
	assert_int_equal(text[0], '[');
	free(text);
	report_release(&r);
	close_dirs(&fx);
}

static void test_tsv_md(void **state)
{
	struct fixture fx;
	struct report r;
	char *text;

	(void)state;
	open_dirs(&fx, "a", NULL);
	build(&fx, &r, REPORT_CERTIFIED, FMT_MD, NULL);
	text = render(&r, FMT_MD, 0, -1, NULL);
	assert_true(!strncmp(text, "# Danh sách sản phẩm đạt OCOP 3 sao trở lên\n\n", 46));
	assert_non_null(strstr(text, "| TT | Sản phẩm | Đơn vị |"));
	assert_null(strstr(text, "<script>"));
	free(text);
	report_release(&r);
	build(&fx, &r, REPORT_READINESS, FMT_TSV, NULL);
	text = render(&r, FMT_TSV, 0, -1, NULL);
	assert_true(!strncmp(text, "id\tproduct\tproducer\tbarcode\t", 28));
	free(text);
	report_release(&r);
	close_dirs(&fx);
}

static void test_write_error(void **state)
{
	struct fixture fx;
	struct report r;
	FILE *f;
	int fmt;

	(void)state;
	open_dirs(&fx, "a", NULL);
	build(&fx, &r, REPORT_SUMMARY, FMT_TEXT, NULL);
	for (fmt = FMT_TEXT; fmt <= FMT_HTML; fmt++) {
		f = fopen("/dev/full", "w");
		if (!f)
			skip();
		assert_int_equal(report_write(&r, (enum out_format)fmt, 0, -1, f), -1);
		fclose(f);
	}
	report_release(&r);
	close_dirs(&fx);
}

/*
 * One word a state everywhere: what csv and json write for a certificate
 * ending or ended is what product list writes; every report in both
 * languages gives the same cells to scripts.
 */
static void test_codes(void **state)
{
	const char *fmts_lang[2] = { "vi", "en" };
	struct fixture fx;
	struct report r[2];
	int kind, i;
	size_t t, row, col;

	(void)state;
	assert_string_equal(report_code(L_STATUS_EXPIRING), status_slug(STATUS_EXPIRING));
	assert_string_equal(report_code(L_STATUS_EXPIRED), status_slug(STATUS_EXPIRED));
	assert_string_equal(report_code(L_EXPIRING_WINDOW), status_slug(STATUS_EXPIRING));
	assert_string_equal(report_code(L_REVOKED), status_slug(STATUS_REVOKED));
	assert_false(report_code_exists(L_TITLE_CERTIFIED));
	open_dirs(&fx, "a", NULL);
	for (kind = 0; kind < REPORT_KIND_COUNT; kind++) {
		for (i = 0; i < 2; i++) {
			struct report_options o;

			report_options_init(&o, (enum report_kind)kind);
			o.format = FMT_JSON;
			o.lang = fmts_lang[i];
			o.year = 2025;
			o.quarter = kind == REPORT_QUARTER ? 4 : 0;
			assert_int_equal(report_build(&r[i], &fx.ds, &o, &fx.dl), 0);
		}
		assert_int_equal(r[0].ntables, r[1].ntables);
		for (t = 0; t < r[0].ntables; t++) {
			const struct table *a = &r[0].tables[t].t, *b = &r[1].tables[t].t;

			assert_int_equal(a->nrows, b->nrows);
			for (row = 0; row < a->nrows; row++)
				for (col = 0; col < a->ncols; col++) {
					const char *x = table_get(a, row, col);
					const char *y = table_get(b, row, col);

					assert_true((!x && !y) || (x && y && !strcmp(x, y)));
				}
		}
		report_release(&r[0]);
		report_release(&r[1]);
	}
	close_dirs(&fx);
}

/* A workbook's tab: a table without a title is named by its kind's row. */
static void test_sheet_names(void **state)
{
	struct fixture fx;
	struct report r;
	int kind;
	size_t t;

	(void)state;
	open_dirs(&fx, "a", NULL);
	for (kind = 0; kind < REPORT_KIND_COUNT; kind++) {
		build(&fx, &r, (enum report_kind)kind, FMT_XLSX, year_2025);
		for (t = 0; t < r.ntables; t++)
			if (!r.tables[t].title)
				assert_true(report_kind_row((enum report_kind)kind)->sheet != L_TITLE_CERTIFIED &&
					    report_label_exists(report_kind_row((enum report_kind)kind)->sheet, REPORT_EN));
		report_release(&r);
	}
	close_dirs(&fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_codes),
		cmocka_unit_test(test_sheet_names),
		cmocka_unit_test(test_kind_rows),
		cmocka_unit_test(test_quarter_parse),
		cmocka_unit_test(test_certified),
		cmocka_unit_test(test_summary),
		cmocka_unit_test(test_pipeline),
		cmocka_unit_test(test_expiring),
		cmocka_unit_test(test_readiness),
		cmocka_unit_test(test_quarter),
		cmocka_unit_test(test_targets),
		cmocka_unit_test(test_as_of),
		cmocka_unit_test(test_partial_dates),
		cmocka_unit_test(test_english),
		cmocka_unit_test(test_two_wards),
		cmocka_unit_test(test_duplicate_id),
		cmocka_unit_test(test_csv_round_trip),
		cmocka_unit_test(test_json_well_formed),
		cmocka_unit_test(test_html_well_formed),
		cmocka_unit_test(test_document),
		cmocka_unit_test(test_same_bytes),
		cmocka_unit_test(test_one_table),
		cmocka_unit_test(test_tsv_md),
		cmocka_unit_test(test_write_error),
	};

	setenv("OCOP_TODAY", "2025-11-20", 1);
	unsetenv("OCOP_DATA");
	return cmocka_run_group_tests(tests, setup, teardown);
}
