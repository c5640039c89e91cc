/* test_validate.c — the validator (validate.h), on a temporary data directory. */
#define _XOPEN_SOURCE 700
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocop/diag.h"
#include "ocop/init.h"
#include "ocop/record.h"
#include "ocop/rules.h"
#include "ocop/store.h"
#include "ocop/util.h"
#include "ocop/validate.h"
#include "ocop/yamlio.h"
#include "lib/record-int.h"

static char base[] = "/tmp/ocop-test-validate-XXXXXX";
static char *data;	/* a data directory with producer "good" */
static struct store st;

/* --- helpers ------------------------------------------------------------------- */

static int rm_entry(const char *path, const struct stat *sb, int flag,
		    struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void write_text(const char *dir, const char *rel, const char *text)
{
	char *p = xasprintf("%s/%s", dir, rel);
	FILE *f = fopen(p, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	free(p);
}

static int setup(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;

	(void)state;
	if (!mkdtemp(base))
		return -1;
	data = xasprintf("%s/data", base);
	if (init_data_dir(data, "Phường Nghĩa Lộ", "Quảng Ngãi", false, &dl) ||
	    store_open(&st, data, &dl))
		return -1;
	diag_list_release(&dl);
	write_text(data, "producers/good.yaml",
		   "id: good\nname: Hợp tác xã Good\nkind: cooperative\n");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	store_close(&st);
	free(data);
	return nftw(base, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* A record of the store as if read from <folder>/<file>.yaml. */
static void make_record(struct record *r, enum record_type type,
			const char *file, const char *text)
{
	struct diag_list dl = DIAG_LIST_INIT;
	char *path = store_path(&st, type, file);

	record_init(r, type, path);
	free(path);
	if (yaml_load(text, strlen(text), r->path, &r->doc, &dl))
		fail_msg("YAML refused: %s", dl.nr ? dl.items[0].message : "?");
	diag_list_release(&dl);
}

static const struct diag *find_diag(const struct diag_list *dl, const char *msg)
{
	size_t i;

	for (i = 0; i < dl->nr; i++)
		if (strstr(dl->items[i].message, msg))
			return &dl->items[i];
	return NULL;
}

static void print_diags(const struct diag_list *dl)
{
	size_t i;

	for (i = 0; i < dl->nr; i++)
		print_message("  %s:%u:%u: %s: %s%s%s\n",
			      dl->items[i].file ? dl->items[i].file : "-",
			      dl->items[i].line, dl->items[i].col,
			      dl->items[i].severity == DIAG_ERROR ? "error" : "warning",
			      dl->items[i].message, dl->items[i].hint ? "; " : "",
			      dl->items[i].hint ? dl->items[i].hint : "");
}

/* validate_record must accept r, with no diagnostic at all. */
static void expect_valid(struct record *r)
{
	struct diag_list dl = DIAG_LIST_INIT;

	if (validate_record(&st, r, &dl)) {
		print_diags(&dl);
		fail_msg("%s refused", r->path);
	}
	assert_int_equal(dl.nr, 0);
	assert_true(r->valid);
	diag_list_release(&dl);
}

/* --- validate_record --------------------------------------------------------------- */

static void test_good_records(void **state)
{
	struct record r;

	(void)state;
	make_record(&r, RECORD_PRODUCT, "mat-ong",
		    "id: mat-ong\nname: Mật ong\nproducer: good\ncategory: food\n"
		    "set: 4\norigin: existing\n"
		    "cycle:\n- {step: 2, date: 2025-04-10}\n- {step: 3, date: 2025-05-01}\n");
	expect_valid(&r);
	record_release(&r);
	make_record(&r, RECORD_PRODUCER, "good",
		    "id: good\nname: X\nkind: cooperative\n");
	expect_valid(&r);
	record_release(&r);
	make_record(&r, RECORD_OFFICE, NULL, "ward: X\n");
	expect_valid(&r);
	record_release(&r);
}

/* Every product set is accepted with its own category, refused with another. */
static void test_set_belongs_to_category(void **state)
{
	int n;

	(void)state;
	for (n = 1; n <= PRODUCT_SET_COUNT; n++) {
		const struct product_set_info *set = rules_product_set(n);
		enum ocop_category c;

		assert_non_null(set);
		for (c = CATEGORY_FOOD; c <= CATEGORY_TOURISM; c++) {
			struct record r;
			struct diag_list dl = DIAG_LIST_INIT;
			char *text = xasprintf("id: p\nname: X\nproducer: good\n"
					       "category: %s\nset: %d\norigin: idea\n",
					       rules_category(c)->slug, n);
			int ret;

			make_record(&r, RECORD_PRODUCT, "p", text);
			ret = validate_record(&st, &r, &dl);
			if (c == set->category) {
				if (ret || dl.nr) {
					print_diags(&dl);
					fail_msg("set %d refused in %s", n,
						 rules_category(c)->slug);
				}
			} else {
				const struct diag *d;
				char *want = xasprintf("set: product set %d (", n);
				char *tail = xasprintf("belongs to category '%s', not '%s'",
						       rules_category(set->category)->slug,
						       rules_category(c)->slug);

				if (!ret)
					fail_msg("set %d accepted in %s", n,
						 rules_category(c)->slug);
				d = find_diag(&dl, want);
				assert_non_null(d);
				assert_non_null(strstr(d->message, tail));
				assert_int_equal(d->line, 5);
				assert_int_equal(d->col, 6);
				assert_string_equal(d->file, r.path);
				assert_non_null(d->hint);
				assert_int_equal(diag_error_count(&dl), 1);
				free(want);
				free(tail);
			}
			free(text);
			diag_list_release(&dl);
			record_release(&r);
		}
	}
}

static void test_missing_producer(void **state)
{
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct diag *d;

	(void)state;
	make_record(&r, RECORD_PRODUCT, "p",
		    "id: p\nname: X\nproducer: ghost\ncategory: food\norigin: idea\n");
	assert_int_equal(validate_record(&st, &r, &dl), -1);
	d = find_diag(&dl, "producer: no producer 'ghost'");
	assert_non_null(d);
	assert_int_equal(d->severity, DIAG_ERROR);
	assert_int_equal(d->line, 3);
	assert_int_equal(d->col, 11);
	assert_non_null(d->hint);
	assert_non_null(strstr(d->hint, "ocop producer add"));
	assert_int_equal(diag_error_count(&dl), 1);
	diag_list_release(&dl);

	/* without a store, references are not checked */
	assert_int_equal(validate_record(NULL, &r, &dl), 0);
	assert_int_equal(dl.nr, 0);
	record_release(&r);

	/* a producer file that is a directory or a symlink is no producer */
	{
		char *p = xasprintf("%s/producers/fake.yaml", data);

		assert_int_equal(mkdir(p, 0777), 0);
		free(p);
	}
	make_record(&r, RECORD_PRODUCT, "p",
		    "id: p\nname: X\nproducer: fake\ncategory: food\norigin: idea\n");
	assert_int_equal(validate_record(&st, &r, &dl), -1);
	assert_non_null(find_diag(&dl, "no producer 'fake'"));
	diag_list_release(&dl);
	record_release(&r);
}

static void test_id_not_file_name(void **state)
{
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct diag *d;

	(void)state;
	make_record(&r, RECORD_PRODUCT, "p",
		    "name: X\nid: q\nproducer: good\ncategory: food\norigin: idea\n");
	assert_int_equal(validate_record(&st, &r, &dl), -1);
	d = find_diag(&dl, "id: 'q' is not the file's name");
	assert_non_null(d);
	assert_int_equal(d->line, 2);
	assert_int_equal(d->col, 5);
	assert_non_null(d->hint);
	assert_string_equal(d->hint, "rename the file to q.yaml, or set the id to 'p'");
	assert_int_equal(diag_error_count(&dl), 1);
	diag_list_release(&dl);
	record_release(&r);

	/* a prefix of the name is not the name, nor the name a prefix */
	make_record(&r, RECORD_PRODUCER, "good-2",
		    "id: good\nname: X\nkind: household\n");
	assert_int_equal(validate_record(&st, &r, &dl), -1);
	assert_non_null(find_diag(&dl, "id: 'good' is not the file's name"));
	diag_list_release(&dl);
	record_release(&r);
	make_record(&r, RECORD_PRODUCER, "goo",
		    "id: good\nname: X\nkind: household\n");
	assert_int_equal(validate_record(&st, &r, &dl), -1);
	diag_list_release(&dl);
	record_release(&r);
}

/* Several problems of one record are all listed. */
static void test_several_problems(void **state)
{
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;

	(void)state;
	make_record(&r, RECORD_PRODUCT, "p",
		    "id: q\nname: X\nproducer: ghost\ncategory: tourism\nset: 1\n"
		    "origin: idea\n");
	assert_int_equal(validate_record(&st, &r, &dl), -1);
	assert_non_null(find_diag(&dl, "is not the file's name"));
	assert_non_null(find_diag(&dl, "no producer 'ghost'"));
	assert_non_null(find_diag(&dl, "set: product set 1"));
	assert_int_equal(diag_error_count(&dl), 3);
	diag_list_release(&dl);
	record_release(&r);
}

/* A record that does not decode stops there, with the schema's errors. */
static void test_schema_first(void **state)
{
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;

	(void)state;
	make_record(&r, RECORD_PRODUCT, "p",
		    "id: q\nname: X\nproducer: ghost\ncategory: fod\norigin: idea\n");
	assert_int_equal(validate_record(&st, &r, &dl), -1);
	assert_false(r.valid);
	assert_non_null(find_diag(&dl, "unknown category 'fod'"));
	assert_null(find_diag(&dl, "no producer"));
	assert_int_equal(diag_error_count(&dl), 1);
	diag_list_release(&dl);
	record_release(&r);
}

/* The cycle's rules are part of a product's validation. */
static void test_cycle_rules(void **state)
{
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct diag *d;

	(void)state;
	make_record(&r, RECORD_PRODUCT, "p",
		    "id: p\nname: X\nproducer: good\ncategory: food\norigin: idea\n"
		    "cycle:\n- {step: 3, date: 2025-04-10}\n");
	assert_int_equal(validate_record(&st, &r, &dl), -1);
	d = find_diag(&dl, "cycle:");
	assert_non_null(d);
	assert_int_equal(d->line, 7);
	diag_list_release(&dl);
	record_release(&r);
}

/* --- validate_view_clean ----------------------------------------------------------- */

#define PRODUCT "id: p\nname: X\nproducer: good\ncategory: food\norigin: existing\n"

/*
 * Products as files, and whether validate_view_clean must pass their view
 * (1), must not (0: validate_record says something, or the view cannot
 * tell), the events giving a view of each.
 */
static const struct {
	const char *file, *text;
	int clean;
} view_cases[] = {
	{ "p", PRODUCT, 1 },
	{ "p", PRODUCT "cycle:\n- {step: 5, date: 2025}\n"
	  "evaluations:\n- {level: central, date: 2025, basis: '148/QĐ-TTg', stars: 5, expires: 2028}\n", 1 },
	/* what the rules say, on the view */
	{ "p", PRODUCT "cycle:\n- {step: 3, date: 2025-04-10}\n- {step: 2, date: 2025-05-01}\n", 0 },
	{ "p", "id: p\nname: X\nproducer: good\ncategory: beverage\nset: 4\norigin: existing\n", 0 },
	{ "p", PRODUCT "category_1048: Thảo dược\n", 0 },
	/* its id, against its file's name */
	{ "q", PRODUCT, 0 },
	/* what the view cannot tell */
	{ "p", PRODUCT "evaluations:\n- {level: province, date: 2024-05-10, as_of: 2024, stars: 3}\n", 0 },
	{ "p", PRODUCT "evaluations:\n- {level: province, as_of: 2024, stars: 3, decision: '1/QĐ-UBND', expires: 2027}\n", 0 },
	{ "p", PRODUCT "evaluations:\n- {level: district, date: 2024-05-10, members: [{a: 30, b: 20, c: 20}], stars: 3, decision: '1/QĐ-UBND', expires: 2027-05-10}\n", 0 },
	{ "p", PRODUCT "evaluations:\n- {level: district, date: 2024-05-10, \"\\x6dembers\": [{a: 30, b: 20, c: 20}], stars: 3, decision: '1/QĐ-UBND', expires: 2027-05-10}\n", 0 },
	{ "p", PRODUCT "evaluations:\n- {level: district, date: 2024-05-10, score: {a: 30, b: 20, c: 20}, members: [{a: 30, b: 20, c: 20}], stars: 3, decision: '1/QĐ-UBND', expires: 2027-05-10}\n", 0 },
	{ "p", PRODUCT "notes: the members of the cooperative\n", 0 },
};

/*
 * validate_view_clean passes a view only where validate_record(NULL, ...)
 * on the same file's tree says nothing at all, and passes the plain ones.
 */
static void test_view_clean(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(view_cases) / sizeof(view_cases[0]); i++) {
		const char *text = view_cases[i].text;
		struct diag_list dl = DIAG_LIST_INIT;
		struct node_pool pool = { 0 };
		struct record tree, view;
		char *path = store_path(&st, RECORD_PRODUCT, view_cases[i].file);
		bool said;

		make_record(&tree, RECORD_PRODUCT, view_cases[i].file, text);
		validate_record(NULL, &tree, &dl);
		said = dl.nr > 0;
		record_init(&view, RECORD_PRODUCT, path);
		if (record_decode_stream(&view, text, strlen(text), &pool))
			fail_msg("case %zu: the events give no view", i);
		if (said && view_cases[i].clean)
			fail_msg("case %zu: validate_record says %s", i, dl.items[0].message);
		if (validate_view_clean(&view, text, strlen(text)) != view_cases[i].clean)
			fail_msg("case %zu: validate_view_clean is not %d", i,
				 view_cases[i].clean);
		/* no tree: nothing to say of */
		assert_false(validate_view_clean(&tree, text, strlen(text)));
		record_release(&view);
		record_release(&tree);
		node_pool_release(&pool);
		diag_list_release(&dl);
		free(path);
	}
}

/* --- validate_store ---------------------------------------------------------------- */

struct expected {
	const char *file;	/* ends the diagnostic's file name */
	const char *msg;
};

static void expect_listed(const struct diag_list *dl, const struct expected *e,
			  size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < dl->nr; j++) {
			const struct diag *d = &dl->items[j];
			size_t fl = d->file ? strlen(d->file) : 0;
			size_t el = strlen(e[i].file);

			if (d->severity == DIAG_ERROR && fl >= el &&
			    !strcmp(d->file + fl - el, e[i].file) &&
			    strstr(d->message, e[i].msg))
				break;
		}
		if (j == dl->nr) {
			print_diags(dl);
			fail_msg("no error \"%s\" for %s", e[i].msg, e[i].file);
		}
	}
}

static void test_store_all(void **state)
{
	static const struct expected all[] = {
		{ "producers/broken.yaml", "unknown kind 'nope'" },
		{ "producers/broken.yaml", "tax_code: '123' is not valid" },
		{ "producers/syntax.yaml", "YAML syntax" },
		{ "products/Bad.yaml", "'Bad' is not a valid id" },
		{ "products/orphan.yaml", "producer: no producer 'ghost'" },
		{ "products/orphan.yaml", "set: product set 14" },
		{ "products/copied.yaml", "id: 'original' is not the file's name" },
		{ "producers/twin-b.yaml", "tax code 0101234567 is also the tax code of 'twin-a'" },
	};
	struct diag_list dl = DIAG_LIST_INIT;
	char *dir = xasprintf("%s/whole", base);
	struct store s;
	size_t errors;

	(void)state;
	assert_int_equal(init_data_dir(dir, "X", NULL, false, &dl), 0);
	write_text(dir, "producers/good.yaml",
		   "id: good\nname: G\nkind: household\n");
	write_text(dir, "producers/broken.yaml",
		   "id: broken\nname: B\nkind: nope\ntax_code: '123'\n");
	write_text(dir, "producers/syntax.yaml", "id: syntax\nname: [x\n");
	write_text(dir, "producers/twin-a.yaml",
		   "id: twin-a\nname: A\nkind: household\ntax_code: '0101234567'\n");
	write_text(dir, "producers/twin-b.yaml",
		   "id: twin-b\nname: B\nkind: household\ntax_code: '0101234567'\n");
	write_text(dir, "products/fine.yaml",
		   "id: fine\nname: F\nproducer: good\ncategory: food\nset: 1\n"
		   "origin: idea\n");
	write_text(dir, "products/orphan.yaml",
		   "id: orphan\nname: O\nproducer: ghost\ncategory: food\nset: 14\n"
		   "origin: idea\n");
	write_text(dir, "products/copied.yaml",
		   "id: original\nname: C\nproducer: good\ncategory: food\n"
		   "origin: idea\n");
	write_text(dir, "products/Bad.yaml", "id: bad\n");
	write_text(dir, "products/notes.txt", "not a record\n");
	write_text(dir, "products/.fine.yaml.tmp-99", "half written\n");
	assert_int_equal(store_open(&s, dir, &dl), 0);

	/* the error count is returned; warnings are not counted */
	errors = validate_store(&s, CHECK_ALL, &dl);
	if (errors != ARRAY_SIZE(all)) {
		print_diags(&dl);
		fail_msg("%zu errors, want %zu", errors, ARRAY_SIZE(all));
	}
	assert_int_equal(diag_error_count(&dl), errors);
	expect_listed(&dl, all, ARRAY_SIZE(all));
	/* the good records have no error */
	{
		size_t i;

		for (i = 0; i < dl.nr; i++)
			if (dl.items[i].file &&
			    (strstr(dl.items[i].file, "good.yaml") ||
			     strstr(dl.items[i].file, "fine.yaml") ||
			     strstr(dl.items[i].file, "twin-a.yaml")) &&
			    dl.items[i].severity == DIAG_ERROR)
				fail_msg("error for %s: %s", dl.items[i].file,
					 dl.items[i].message);
	}
	/* the stray files are warnings */
	assert_true(dl.nr > errors);
	{
		size_t i, stray = 0;

		for (i = 0; i < dl.nr; i++)
			if (dl.items[i].severity == DIAG_WARNING && dl.items[i].file &&
			    (strstr(dl.items[i].file, "notes.txt") ||
			     strstr(dl.items[i].file, ".fine.yaml.tmp-99")))
				stray++;
		assert_int_equal(stray, 2);
	}
	assert_int_equal(diag_status(&dl), EXIT_REFUSED);

	/* errors already in the list are not counted again */
	errors = validate_store(&s, CHECK_ALL, &dl);
	assert_int_equal(errors, ARRAY_SIZE(all));
	assert_int_equal(diag_error_count(&dl), 2 * ARRAY_SIZE(all));
	diag_list_release(&dl);

	/* records alone: no references, rules or files */
	errors = validate_store(&s, CHECK_RECORDS, &dl);
	assert_int_equal(errors, 4);
	assert_null(find_diag(&dl, "no producer"));
	assert_null(find_diag(&dl, "product set"));
	assert_null(find_diag(&dl, "is also the tax code"));
	assert_null(find_diag(&dl, "is not a valid id"));
	assert_non_null(find_diag(&dl, "is not the file's name"));
	diag_list_release(&dl);

	/* references add the orphan and the twins */
	errors = validate_store(&s, CHECK_RECORDS | CHECK_REFS, &dl);
	assert_int_equal(errors, 6);
	assert_non_null(find_diag(&dl, "no producer 'ghost'"));
	assert_non_null(find_diag(&dl, "is also the tax code"));
	assert_null(find_diag(&dl, "product set"));
	diag_list_release(&dl);

	/* rules add the set */
	errors = validate_store(&s, CHECK_RECORDS | CHECK_RULES, &dl);
	assert_int_equal(errors, 5);
	assert_non_null(find_diag(&dl, "set: product set 14"));
	diag_list_release(&dl);
	store_close(&s);

	/* a directory with only good records: no error */
	{
		char *clean = xasprintf("%s/clean", base);

		assert_int_equal(init_data_dir(clean, "X", NULL, false, &dl), 0);
		write_text(clean, "producers/good.yaml",
			   "id: good\nname: G\nkind: household\n");
		write_text(clean, "products/fine.yaml",
			   "id: fine\nname: F\nproducer: good\ncategory: food\n"
			   "origin: idea\n");
		assert_int_equal(store_open(&s, clean, &dl), 0);
		assert_int_equal(validate_store(&s, CHECK_ALL, &dl), 0);
		if (dl.nr) {
			print_diags(&dl);
			fail();
		}
		store_close(&s);
		free(clean);
	}
	diag_list_release(&dl);
	free(dir);
}

/*
 * BUG: validate_store() reports every record's syntax and schema errors
 * whatever checks are asked for: store_read_all()'s diagnostics are moved
 * to the list unconditionally.  `ocop check files` on a directory whose
 * only problem is a bad kind in producers/broken.yaml lists "unknown kind"
 * and exits 1, though ocop-check(1) says "Naming one or more checks runs
 * only those" and that is a `records` check.  Disabled until fixed.
 */
#ifdef OCOP_TEST_KNOWN_BUGS
static void test_store_files_only(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	char *dir = xasprintf("%s/filesonly", base);
	struct store s;

	(void)state;
	assert_int_equal(init_data_dir(dir, "X", NULL, false, &dl), 0);
	write_text(dir, "producers/broken.yaml",
		   "id: broken\nname: B\nkind: nope\n");
	assert_int_equal(store_open(&s, dir, &dl), 0);
	assert_int_equal(validate_store(&s, CHECK_FILES, &dl), 0);
	assert_null(find_diag(&dl, "unknown kind"));
	store_close(&s);
	diag_list_release(&dl);
	free(dir);
}
#endif

static void test_check_names(void **state)
{
	size_t i;
	unsigned all = 0;

	(void)state;
	for (i = 0; check_names[i].name; i++) {
		assert_non_null(check_names[i].help);
		all |= check_names[i].flag;
	}
	assert_int_equal(i, 4);
	assert_int_equal(all, CHECK_ALL);
	assert_string_equal(check_names[0].name, "files");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_records),
		cmocka_unit_test(test_set_belongs_to_category),
		cmocka_unit_test(test_missing_producer),
		cmocka_unit_test(test_id_not_file_name),
		cmocka_unit_test(test_several_problems),
		cmocka_unit_test(test_schema_first),
		cmocka_unit_test(test_cycle_rules),
		cmocka_unit_test(test_view_clean),
		cmocka_unit_test(test_store_all),
#ifdef OCOP_TEST_KNOWN_BUGS
		cmocka_unit_test(test_store_files_only),
#endif
		cmocka_unit_test(test_check_names),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
