/*
 * fuzz_csv.c — libFuzzer target: the CSV import.
 *
 * bytes → import_csv_read → rows.  For every input read without error:
 *   - row lines start at 1 and never go down;
 *   - no row has more cells than IMPORT_MAX_COLUMNS, no cell is longer
 *     than IMPORT_MAX_CELL;
 *   - every cell is valid UTF-8 in NFC (what the YAML store must hold);
 *   - the canonical writer is a fixed point for the first cells, written
 *     as a record would hold them (fuzz_cell_fixed_point).
 * An input refused must carry an error.  Then the same bytes go through
 * import_buffer into a data directory made once in a temporary folder, in
 * dry-run mode (nothing is written; the rows are matched, built and
 * checked as `ocop import --dry-run` does): as a register of products when
 * its first row names one ("sản phẩm", "product", "tên hàng"), else as a
 * register of producers.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ocop/diag.h"
#include "ocop/import.h"
#include "ocop/init.h"
#include "ocop/store.h"
#include "ocop/text.h"

#include "fuzz.h"

static struct store store;
static bool have_store;
static char root[64];

static _Noreturn void fail(const char *what, size_t row, size_t cell)
{
	fprintf(stderr, "fuzz_csv: %s (row %zu, cell %zu)\n", what, row, cell);
	abort();
}

static void remove_store(void)
{
	static const char *const files[] = {
		"d/ocop.yaml", "d/.gitattributes", "d/.gitignore", "d/.ocop.lock"
	};
	char path[128];
	size_t i;

	if (have_store)
		store_close(&store);
	have_store = false;
	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", root, files[i]);
		unlink(path);
	}
	snprintf(path, sizeof(path), "%s/d/producers", root);
	rmdir(path);
	snprintf(path, sizeof(path), "%s/d/products", root);
	rmdir(path);
	snprintf(path, sizeof(path), "%s/d", root);
	rmdir(path);
	rmdir(root);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *tmp = getenv("TMPDIR");
	char dir[128];

	(void)argc;
	(void)argv;
	snprintf(root, sizeof(root), "%s/ocop-fuzz-csv.XXXXXX",
		 tmp && *tmp && strlen(tmp) < 32 ? tmp : "/tmp");
	if (!mkdtemp(root)) {
		perror("fuzz_csv: mkdtemp");
		exit(1);
	}
	snprintf(dir, sizeof(dir), "%s/d", root);
	if (init_data_dir(dir, "Nghĩa Lộ", "Quảng Ngãi", false, &dl) ||
	    store_open(&store, dir, &dl) || store_read_office(&store, &dl) ||
	    store_lock(&store, 0, &dl)) {
		diag_print(&dl, stderr);
		exit(1);
	}
	diag_list_release(&dl);
	store.dry_run = true;
	have_store = true;
	atexit(remove_store);
	return 0;
}

static void check_table(const struct import_table *t)
{
	unsigned last = 1;
	size_t r, c, written = 0;

	for (r = 0; r < t->nrows; r++) {
		const struct import_row *row = &t->rows[r];

		if (row->line < last)
			fail("row lines go down", r, 0);
		last = row->line;
		if (row->ncells > IMPORT_MAX_COLUMNS)
			fail("more cells than IMPORT_MAX_COLUMNS", r, row->ncells);
		for (c = 0; c < row->ncells; c++) {
			const char *cell = row->cells[c];
			size_t len = strlen(cell), bad;
			char *nfc;

			if (len > IMPORT_MAX_CELL)
				fail("a cell longer than IMPORT_MAX_CELL", r, c);
			if (!text_utf8_valid(cell, len, &bad))
				fail("a cell is not valid UTF-8", r, c);
			nfc = text_nfc(cell);
			if (!nfc || strcmp(nfc, cell))
				fail("a cell is not in NFC", r, c);
			free(nfc);
			if (written++ < FUZZ_CELLS_WRITTEN)
				fuzz_cell_fixed_point(cell, "fuzz_csv");
		}
	}
}

static void import_as(const uint8_t *data, size_t size, enum import_kind kind)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct import_options o;
	struct import_result res;

	memset(&o, 0, sizeof(o));
	memset(&res, 0, sizeof(res));
	o.kind = kind;
	if (import_buffer(&store, (const char *)data, size, "fuzz.csv", &o,
			  &res, &dl) && !diag_error_count(&dl))
		fail("import_buffer failed without an error", 0, 0);
	if (res.written)
		fail("a dry run wrote to the store", 0, 0);
	import_result_release(&res);
	diag_list_release(&dl);
}

/* Does the first row hold word (ASCII, or UTF-8 in NFC as typed)? */
static bool first_row_has(const struct import_table *t, const char *word)
{
	size_t c;

	if (!t->nrows)
		return false;
	for (c = 0; c < t->rows[0].ncells; c++) {
		char *folded = text_fold(t->rows[0].cells[c]);
		bool hit = folded && strstr(folded, word);

		free(folded);
		if (hit)
			return true;
	}
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct import_table t;
	enum import_kind kind = IMPORT_PRODUCERS;

	if (import_csv_read((const char *)data, size, "fuzz.csv", NULL, &t, &dl)) {
		if (!diag_error_count(&dl))
			fail("import_csv_read failed without an error", 0, 0);
	} else {
		check_table(&t);
		if (first_row_has(&t, "san pham") || first_row_has(&t, "product") ||
		    first_row_has(&t, "ten hang"))
			kind = IMPORT_PRODUCTS;
	}
	import_table_release(&t);
	diag_list_release(&dl);
	if (have_store)
		import_as(data, size, kind);
	return 0;
}
