/*
 * test_add.c — new producers and products (add.h) and a product's moves
 * (move.h) from typed values, in a temporary directory.
 */
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

#include "ocop/add.h"
#include "ocop/diag.h"
#include "ocop/init.h"
#include "ocop/move.h"
#include "ocop/store.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"

static char base[] = "/tmp/ocop-test-add-XXXXXX";

static int rm_entry(const char *path, const struct stat *st, int flag,
		    struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int setup(void **state)
{
	(void)state;
	unsetenv("OCOP_DATA");
	/* The day a product enters the cycle when --date is not given. */
	if (setenv("OCOP_TODAY", "2025-11-20", 1))
		return -1;
	return mkdtemp(base) ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	return nftw(base, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* A new data directory base/name, opened and locked as a command that writes. */
static void open_new(struct store *s, const char *name)
{
	struct diag_list dl = DIAG_LIST_INIT;
	char *dir = xasprintf("%s/%s", base, name);

	assert_int_equal(init_data_dir(dir, "Phường Nghĩa Lộ", "Quảng Ngãi", false, &dl), 0);
	assert_int_equal(store_open(s, dir, &dl), 0);
	assert_int_equal(store_lock(s, 0, &dl), 0);
	assert_int_equal(store_read_office(s, &dl), 0);
	assert_int_equal(diag_error_count(&dl), 0);
	diag_list_release(&dl);
	free(dir);
}

/* The whole content of the store's rel (allocated), or NULL when there is none. */
static char *read_text(const struct store *s, const char *rel)
{
	char *p = xasprintf("%s/%s", s->root, rel), buf[4096];
	struct strbuf sb = STRBUF_INIT;
	FILE *f = fopen(p, "r");
	size_t n;

	free(p);
	if (!f)
		return NULL;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(&sb, buf, n);
	fclose(f);
	return strbuf_detach(&sb, NULL);
}

static bool has_error(const struct diag_list *dl, const char *part)
{
	size_t i;

	for (i = 0; i < dl->nr; i++)
		if (dl->items[i].severity == DIAG_ERROR &&
		    strstr(dl->items[i].message, part))
			return true;
	return false;
}

static char *add_producer_ok(struct store *s, const struct producer_input *in)
{
	struct diag_list dl = DIAG_LIST_INIT;
	char *id = add_producer(s, in, &dl);

	if (!id)
		fail_msg("add_producer: %s", dl.nr ? dl.items[0].message : "?");
	assert_int_equal(diag_error_count(&dl), 0);
	diag_list_release(&dl);
	return id;
}

/* --- producers ------------------------------------------------------------------ */

static void test_producer(void **state)
{
	struct producer_input in = {
		.name = "Hộ Lan", .kind = "hộ kinh doanh", .tax_code = "4300123456",
		.phone = "0255 3822 222",
	};
	struct store s;
	char *id, *text;

	(void)state;
	open_new(&s, "producer");
	id = add_producer_ok(&s, &in);
	/* The id is the name's slug; the kind is parsed to its slug; the codes quoted. */
	assert_string_equal(id, "ho-lan");
	text = read_text(&s, "producers/ho-lan.yaml");
	assert_non_null(text);
	assert_string_equal(text, "id: ho-lan\nname: Hộ Lan\nkind: household\n"
			    "tax_code: '4300123456'\nphone: '0255 3822 222'\n");
	free(text);
	free(id);

	/* The same name again: a new id, never the old one reused. */
	in.tax_code = NULL;
	id = add_producer_ok(&s, &in);
	assert_string_equal(id, "ho-lan-2");
	free(id);
	store_close(&s);
}

static void test_producer_refused(void **state)
{
	struct producer_input bad_kind = { .name = "Hộ Mai", .kind = "castle" };
	struct producer_input bad_id = { .name = "Hộ Mai", .kind = "household", .id = "Not An Id" };
	struct producer_input bad_name = { .name = "a\377b", .kind = "household" };
	struct diag_list dl = DIAG_LIST_INIT;
	struct store s;

	(void)state;
	open_new(&s, "producer-refused");
	assert_null(add_producer(&s, &bad_kind, &dl));
	assert_true(diag_error_count(&dl) > 0);
	assert_false(store_exists(&s, RECORD_PRODUCER, "ho-mai"));
	diag_list_release(&dl);

	assert_null(add_producer(&s, &bad_id, &dl));
	assert_true(has_error(&dl, "not a valid id"));
	diag_list_release(&dl);

	assert_null(add_producer(&s, &bad_name, &dl));
	assert_true(has_error(&dl, "not valid UTF-8"));
	diag_list_release(&dl);
	store_close(&s);
}

/* --- products -------------------------------------------------------------------- */

static void test_product(void **state)
{
	struct producer_input owner = { .name = "Hộ Lan", .kind = "household" };
	struct product_input in = {
		.name = "Trà Lan", .producer = "ho-lan", .category = "1",
	};
	struct product_input idea = {
		.name = "Mứt Lan", .producer = "ho-lan", .category = "food",
		.origin = "idea", .step = "1", .date = "01/10/2025", .id = "mut",
	};
	struct diag_list dl = DIAG_LIST_INIT;
	struct store s;
	char *id, *text;

	(void)state;
	open_new(&s, "product");
	free(add_producer_ok(&s, &owner));

	/* The defaults: an existing product, at step 2, today. */
	id = add_product(&s, &in, &dl);
	assert_non_null(id);
	assert_string_equal(id, "tra-lan");
	text = read_text(&s, "products/tra-lan.yaml");
	assert_non_null(text);
	assert_non_null(strstr(text, "category: food\n"));
	assert_non_null(strstr(text, "origin: existing\n"));
	assert_non_null(strstr(text, "- {step: 2, date: 2025-11-20}"));
	free(text);
	free(id);

	/* What was given: the id, the origin, the step and the day. */
	id = add_product(&s, &idea, &dl);
	assert_non_null(id);
	assert_string_equal(id, "mut");
	text = read_text(&s, "products/mut.yaml");
	assert_non_null(text);
	assert_non_null(strstr(text, "origin: idea\n"));
	assert_non_null(strstr(text, "- {step: 1, date: 2025-10-01}"));
	free(text);
	free(id);
	assert_int_equal(diag_error_count(&dl), 0);
	diag_list_release(&dl);
	store_close(&s);
}

static void test_product_refused(void **state)
{
	struct product_input no_owner = {
		.name = "Trà Lan", .producer = "nobody", .category = "food",
	};
	struct product_input bad_step = {
		.name = "Trà Lan", .producer = "nobody", .category = "food", .step = "9",
	};
	struct product_input future = {
		.name = "Trà Lan", .producer = "nobody", .category = "food",
		.date = "2030-01-01",
	};
	struct diag_list dl = DIAG_LIST_INIT;
	struct store s;

	(void)state;
	open_new(&s, "product-refused");
	assert_null(add_product(&s, &no_owner, &dl));
	assert_true(has_error(&dl, "nobody"));
	assert_false(store_exists(&s, RECORD_PRODUCT, "tra-lan"));
	diag_list_release(&dl);

	/* What was typed is checked before the producer is looked up. */
	assert_null(add_product(&s, &bad_step, &dl));
	assert_true(has_error(&dl, "unknown step"));
	assert_false(has_error(&dl, "nobody"));
	diag_list_release(&dl);

	assert_null(add_product(&s, &future, &dl));
	assert_true(has_error(&dl, "in the future"));
	diag_list_release(&dl);
	store_close(&s);
}

/* A dry run writes nothing and still says the id. */
static void test_dry_run(void **state)
{
	struct producer_input in = { .name = "Hộ Cúc", .kind = "household" };
	struct diag_list dl = DIAG_LIST_INIT;
	struct store s;
	char *id;
	int saved = dup(STDERR_FILENO);
	FILE *null = fopen("/dev/null", "w");

	(void)state;
	open_new(&s, "dry");
	s.dry_run = true;
	/* The preview goes to standard error: keep it out of the test's output. */
	assert_non_null(null);
	fflush(stderr);
	assert_true(dup2(fileno(null), STDERR_FILENO) >= 0);
	id = add_producer(&s, &in, &dl);
	fflush(stderr);
	assert_true(dup2(saved, STDERR_FILENO) >= 0);
	close(saved);
	fclose(null);
	assert_non_null(id);
	assert_string_equal(id, "ho-cuc");
	assert_false(store_exists(&s, RECORD_PRODUCER, "ho-cuc"));
	assert_int_equal(diag_error_count(&dl), 0);
	diag_list_release(&dl);
	free(id);
	store_close(&s);
}

/* --- moves ------------------------------------------------------------------------- */

static void test_move(void **state)
{
	struct producer_input owner = { .name = "Hộ Lan", .kind = "household" };
	struct product_input idea = {
		.name = "Mứt Lan", .producer = "ho-lan", .category = "food",
		.origin = "idea", .date = "2025-01-10",
	};
	struct move_input next = { .date = "2025-02-01" };
	struct move_input to5 = { .to = "evaluate", .date = "2025-03-01" };
	struct move_input back = { .to = "2", .date = "2025-03-02" };
	struct move_input reject = { .date = "2025-03-03", .note = "không đạt", .reject = true };
	struct diag_list dl = DIAG_LIST_INIT;
	struct store s;
	char *text;

	(void)state;
	open_new(&s, "move");
	free(add_producer_ok(&s, &owner));
	free(add_product(&s, &idea, &dl));
	assert_int_equal(diag_error_count(&dl), 0);

	/* No --to: the next step (an idea registered at 2 goes to 3). */
	assert_int_equal(move_product(&s, "mut-lan", &next, &dl), 0);
	/* A new idea passes the steps one at a time: 3 to 5 is refused, unwritten. */
	assert_int_equal(move_product(&s, "mut-lan", &to5, &dl), -1);
	assert_true(has_error(&dl, "one at a time"));
	diag_list_release(&dl);
	text = read_text(&s, "products/mut-lan.yaml");
	assert_non_null(text);
	assert_non_null(strstr(text, "- {step: 3, date: 2025-02-01}"));
	assert_null(strstr(text, "step: 5"));
	free(text);

	/* Steps do not go back, except a rejected idea, to registration. */
	assert_int_equal(move_product(&s, "mut-lan", &back, &dl), -1);
	diag_list_release(&dl);
	assert_int_equal(move_product(&s, "mut-lan", &reject, &dl), 0);
	assert_int_equal(diag_error_count(&dl), 0);
	text = read_text(&s, "products/mut-lan.yaml");
	assert_non_null(strstr(text, "{step: 2, date: 2025-03-03, rejected: true, note: không đạt}"));
	free(text);

	/* A product that is not there. */
	assert_int_equal(move_product(&s, "nothing", &next, &dl), -1);
	assert_true(diag_error_count(&dl) > 0);
	diag_list_release(&dl);
	store_close(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_producer),
		cmocka_unit_test(test_producer_refused),
		cmocka_unit_test(test_product),
		cmocka_unit_test(test_product_refused),
		cmocka_unit_test(test_dry_run),
		cmocka_unit_test(test_move),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
