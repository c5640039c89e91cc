/* test_province.c — a province directory and its wards (province.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocop/init.h"
#include "ocop/province.h"
#include "ocop/record.h"
#include "ocop/store.h"
#include "ocop/util.h"

static char root[64];

static char *in_root(const char *rel)
{
	return xasprintf("%s/%s", root, rel);
}

static void write_office(const char *text)
{
	char *path = in_root("p/ocop.yaml");
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	free(path);
}

/* A province p with one ward made by init, in wards/nghia-lo. */
static int setup(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct init_options o = { .province = "Quảng Ngãi", .wards = true };
	struct init_options w = { .ward = "phường Nghĩa Lộ", .unit = "phường",
				  .unit_code = "21025" };
	char *p, *wards, *ward;

	(void)state;
	snprintf(root, sizeof(root), "/tmp/ocop-province.XXXXXX");
	assert_non_null(mkdtemp(root));
	p = in_root("p");
	wards = in_root("p/wards");
	ward = in_root("p/wards/nghia-lo");
	assert_int_equal(init_data_dir_with(p, &o, &dl), 0);
	assert_int_equal(mkdir(wards, 0777), 0);
	assert_int_equal(init_data_dir_with(ward, &w, &dl), 0);
	assert_int_equal(dl.nr, 0);
	free(ward);
	free(wards);
	free(p);
	return 0;
}

static int teardown(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", root);

	(void)state;
	assert_int_equal(system(cmd), 0);
	free(cmd);
	return 0;
}

static void test_paths(void **state)
{
	(void)state;
	assert_true(province_path_valid("wards/nghia-lo"));
	assert_true(province_path_valid("nghia-lo"));
	assert_false(province_path_valid(""));
	assert_false(province_path_valid("/etc"));
	assert_false(province_path_valid("wards/../../x"));
	assert_false(province_path_valid("wards//x"));
	assert_false(province_path_valid("./x"));
	assert_false(province_path_valid("x/"));
}

static void test_unit_slug(void **state)
{
	char *s;

	(void)state;
	s = province_unit_slug("phường Nghĩa Lộ");
	assert_string_equal(s, "nghia-lo");
	free(s);
	s = province_unit_slug("Xã Nghĩa Dõng");
	assert_string_equal(s, "nghia-dong");
	free(s);
	s = province_unit_slug("Nghĩa Lộ");
	assert_string_equal(s, "nghia-lo");
	free(s);
	/* a name that is only a kind keeps it */
	s = province_unit_slug("xã");
	assert_string_equal(s, "xa");
	free(s);
	assert_int_equal(office_unit_parse("đặc khu"), UNIT_SPECIAL_ZONE - 1);
	assert_int_equal(office_unit_parse("ward"), UNIT_WARD - 1);
	assert_int_equal(office_unit_parse("phường"), UNIT_WARD - 1);
	assert_int_equal(office_unit_parse("làng"), -1);
	assert_string_equal(office_unit_slug(UNIT_PROVINCE), "province");
}

static void test_wards(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct ward_list wards;
	char *p = in_root("p"), *w = in_root("p/wards/nghia-lo"), *dir;
	const char *id;

	(void)state;
	assert_true(province_is(p));
	assert_false(province_is(w));
	/* made by init: a province of no ward yet */
	assert_int_equal(province_wards(p, &wards, &dl), 0);
	assert_int_equal(wards.nr, 0);
	ward_list_release(&wards);

	write_office("province: Quảng Ngãi\nunit: province\nwards:\n"
		     "- {name: nghia-lo, path: wards/nghia-lo}\n");
	assert_int_equal(province_wards(p, &wards, &dl), 0);
	assert_int_equal(wards.nr, 1);
	assert_string_equal(wards.items[0].name, "nghia-lo");
	assert_string_equal(wards.items[0].dir, w);
	assert_non_null(ward_list_find(&wards, "nghia-lo"));
	assert_null(ward_list_find(&wards, "tra-cau"));
	ward_list_release(&wards);

	/* a record found in its ward, by WARD:ID or by an ID alone */
	assert_int_equal(province_locate(p, RECORD_PRODUCT, "nghia-lo:x", &dir, &id, &dl), -1);
	assert_string_equal(id, "x");
	assert_null(dir);
	assert_int_equal(diag_error_count(&dl), 1);
	diag_list_release(&dl);

	/* a path out of the province, a ward twice: refused */
	write_office("province: Quảng Ngãi\nunit: province\nwards:\n"
		     "- {name: a, path: ../a}\n");
	assert_int_equal(province_wards(p, &wards, &dl), -1);
	assert_non_null(strstr(dl.items[0].message, "inside the province"));
	ward_list_release(&wards);
	diag_list_release(&dl);
	write_office("province: Quảng Ngãi\nunit: province\nwards:\n"
		     "- {name: a, path: wards/a}\n- {name: a, path: wards/b}\n");
	assert_int_equal(province_wards(p, &wards, &dl), -1);
	assert_non_null(strstr(dl.items[0].message, "listed twice"));
	ward_list_release(&wards);
	diag_list_release(&dl);

	/* not a province */
	assert_int_equal(province_wards(w, &wards, &dl), -1);
	ward_list_release(&wards);
	diag_list_release(&dl);
	free(p);
	free(w);
}

/* A ward's ocop.yaml must name its ward; a province's need not. */
static void test_office_ward(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	char *p = in_root("p");

	(void)state;
	write_office("province: Quảng Ngãi\n");
	assert_false(province_is(p));
	write_office("province: Quảng Ngãi\nunit: ward\n");
	{
		struct store s;

		assert_int_equal(store_open(&s, p, &dl), 0);
		assert_int_equal(store_read_office(&s, &dl), -1);
		assert_non_null(strstr(dl.items[0].message, "missing"));
		store_close(&s);
	}
	diag_list_release(&dl);
	write_office("province: Quảng Ngãi\nunit: province\n");
	assert_true(province_is(p));
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_paths),
		cmocka_unit_test(test_unit_slug),
		cmocka_unit_test(test_wards),
		cmocka_unit_test(test_office_ward),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
