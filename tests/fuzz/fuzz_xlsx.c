/*
 * fuzz_xlsx.c — libFuzzer target: the XLSX reader.
 *
 * bytes → xlsx_open_buffer → every sheet through xlsx_read_sheet.  For
 * every workbook opened:
 *   - a refusal carries an error, and so does a sheet refused;
 *   - row numbers go up and stay within XLSX_MAX_ROW, a row has at most
 *     XLSX_MAX_COLUMN cells, and a sheet hands out at most XLSX_MAX_CELLS;
 *   - every cell is valid UTF-8 in NFC, no longer than XLSX_MAX_CELL
 *     (a number or a date is shorter);
 *   - the canonical writer is a fixed point for the first cells, written
 *     as a record would hold them (fuzz_cell_fixed_point);
 *   - a merged range covering a cell holds it, and its top-left cell is
 *     in the range.
 * Inputs are whole .xlsx files: seeded with tests/hostile-xlsx/corpus and
 * the shared hostile workbooks, the fuzzer mostly meets libzip's checks;
 * the dictionary gives it the parts' names and the tags.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/diag.h"
#include "ocop/text.h"
#include "ocop/xlsx.h"

#include "fuzz.h"

struct seen {
	unsigned last_row;
	size_t cells;
	size_t written;		/* cells tried with fuzz_cell_fixed_point */
};

static _Noreturn void fail(const char *what, unsigned row, size_t cell)
{
	fprintf(stderr, "fuzz_xlsx: %s (row %u, cell %zu)\n", what, row, cell);
	abort();
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

static int check_row(const struct xlsx_row *row, void *ctx)
{
	struct seen *seen = ctx;
	size_t i;

	if (row->number <= seen->last_row || row->number > XLSX_MAX_ROW)
		fail("row numbers do not go up within the sheet", row->number, 0);
	seen->last_row = row->number;
	if (row->ncells > XLSX_MAX_COLUMN)
		fail("more cells than XLSX_MAX_COLUMN", row->number, row->ncells);
	seen->cells += row->ncells;
	if (seen->cells > XLSX_MAX_CELLS)
		fail("more cells than XLSX_MAX_CELLS", row->number, row->ncells);
	for (i = 0; i < row->ncells; i++) {
		const char *cell = row->cells[i];
		const struct xlsx_merge *m = row->merge[i];
		size_t len = strlen(cell), bad;

		if (len > XLSX_MAX_CELL)
			fail("a cell longer than XLSX_MAX_CELL", row->number, i);
		if (len && !text_utf8_valid(cell, len, &bad))
			fail("a cell is not valid UTF-8", row->number, i);
		if (len && !text_nfc_quick(cell, len) && !text_is_nfc(cell))
			fail("a cell is not in NFC", row->number, i);
		if (seen->written++ < FUZZ_CELLS_WRITTEN)
			fuzz_cell_fixed_point(cell, "fuzz_xlsx");
		if (m && (m->first_row > row->number || m->last_row < row->number ||
			  m->first_col > i + 1 || m->last_col < i + 1 || !m->text))
			fail("a merged range does not hold its cell", row->number, i);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct xlsx_book *b = xlsx_open_buffer(data, size, "fuzz.xlsx", &dl);
	size_t i;

	if (!b) {
		if (!diag_error_count(&dl))
			fail("xlsx_open_buffer failed without an error", 0, 0);
		diag_list_release(&dl);
		return 0;
	}
	for (i = 0; i < xlsx_sheet_count(b); i++) {
		struct seen seen = { 0, 0, 0 };
		size_t errors = diag_error_count(&dl);

		if (xlsx_find_sheet(b, xlsx_sheet_name(b, i), &dl) < 0)
			fail("a sheet is not found by its own name", 0, i);
		if (xlsx_read_sheet(b, i, check_row, &seen, &dl) &&
		    diag_error_count(&dl) == errors)
			fail("xlsx_read_sheet failed without an error", 0, i);
	}
	xlsx_close(b);
	diag_list_release(&dl);
	return 0;
}
