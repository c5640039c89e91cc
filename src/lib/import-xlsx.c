/*
 * import-xlsx.c — the XLSX row source (see import.h and xlsx.h).
 *
 * The reader hands a sheet's rows as text; this keeps them as the CSV
 * source does, so that the import reads a workbook and its CSV export
 * alike.  Two things only a workbook has are made what the CSV export of
 * the same register would hold: the cells a merged range covers, and
 * dates kept as bare serial numbers.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "import-int.h"
#include "ocop/util.h"
#include "ocop/xlsx.h"

struct sheet_reader {
	struct import_table *t;
	const char *name;
	struct diag_list *dl;
};

/*
 * The text a cell stands for: its own, or, when a merged range covers it
 * below its top-left cell in the same column, that cell's (the producer
 * and address merged over the producer's products).  A cell covered to
 * the right of the top-left one stays empty: a title or a total merged
 * across the columns is one cell, not one a column.
 */
static const char *cell_text(const struct xlsx_row *row, size_t i)
{
	const struct xlsx_merge *m = row->merge[i];

	if (xlsx_cell_covered(row, i) && m->first_col == i + 1)
		return m->text;
	return row->cells[i];
}

static int take_row(const struct xlsx_row *row, void *ctx)
{
	struct sheet_reader *rd = ctx;
	struct import_table *t = rd->t;
	struct import_row r = { .line = row->number };
	size_t n = row->ncells, i;

	while (n && !*cell_text(row, n - 1))
		n--;
	if (!n)
		return 0;
	if (n > IMPORT_MAX_COLUMNS) {
		diag_error(rd->dl, rd->name, row->number, 0, _("more than %d columns"),
			   IMPORT_MAX_COLUMNS);
		return -1;
	}
	if (t->nrows >= IMPORT_MAX_ROWS) {
		diag_error(rd->dl, rd->name, row->number, 0, _("more than %d rows"),
			   IMPORT_MAX_ROWS);
		return -1;
	}
	r.ncells = n;
	r.cells = xcalloc(n, sizeof(*r.cells));
	for (i = 0; i < n; i++)
		r.cells[i] = xstrdup(cell_text(row, i));
	ALLOC_GROW(t->rows, t->nrows + 1, t->alloc);
	t->rows[t->nrows++] = r;
	return 0;
}

static int read_sheet(struct xlsx_book *book, size_t index, const char *name,
		      struct import_table *t, struct diag_list *dl)
{
	struct sheet_reader rd = { .t = t, .name = name, .dl = dl };

	memset(t, 0, sizeof(*t));
	return xlsx_read_sheet(book, index, take_row, &rd, dl) ? -1 : 0;
}

/*
 * A year is written as a number too ("2024" under "Năm"): a number in a
 * date column is a serial date only past the years a register holds.
 */
static bool serial_not_year(const char *v)
{
	size_t n = strspn(v, "0123456789");

	return n && (n > 4 || v[n] == '.') && (!v[n] || v[n] == '.');
}

/* Numbers under a date column with no date format: serial dates, as ISO. */
static void serials_to_dates(struct xlsx_book *book, enum import_kind kind,
			     struct import_table *t)
{
	long h = import_find_header(kind, t);
	const struct import_row *hr;
	char iso[DATE_ISO_MAX];
	size_t i, j;

	if (h < 0)
		return;
	hr = &t->rows[h];
	for (j = 0; j < hr->ncells; j++) {
		if (!import_header_is_date(kind, hr->cells[j]))
			continue;
		for (i = (size_t)h + 1; i < t->nrows; i++) {
			char **c = j < t->rows[i].ncells ? &t->rows[i].cells[j] : NULL;

			if (c && serial_not_year(*c) && xlsx_serial_date(book, *c, iso)) {
				free(*c);
				*c = xstrdup(iso);
			}
		}
	}
}

/* The sheet --sheet names, else the first with a header, else the first. */
static int read_xlsx(const char *buf, size_t len, const char *name,
		     const struct import_options *o, struct import_table *t,
		     struct diag_list *dl)
{
	struct xlsx_book *book = xlsx_open_buffer(buf, len, name, dl);
	struct import_table other;
	size_t i, n;
	int idx, ret = -1;

	memset(t, 0, sizeof(*t));
	if (!book)
		return -1;
	n = xlsx_sheet_count(book);
	if (o->sheet) {
		idx = xlsx_find_sheet(book, o->sheet, dl);
		if (idx < 0 || read_sheet(book, (size_t)idx, name, t, dl))
			goto out;
	} else {
		if (!n) {
			diag_error(dl, name, 0, 0, _("the workbook holds no sheet"));
			goto out;
		}
		if (read_sheet(book, 0, name, t, dl))
			goto out;
		for (i = 1; import_find_header(o->kind, t) < 0 && i < n; i++) {
			if (read_sheet(book, i, name, &other, dl)) {
				import_table_release(&other);
				goto out;
			}
			if (import_find_header(o->kind, &other) < 0) {
				import_table_release(&other);
				continue;
			}
			import_table_release(t);
			*t = other;
		}
	}
	serials_to_dates(book, o->kind, t);
	ret = 0;
out:
	xlsx_close(book);
	return ret;
}

const struct import_source import_source_xlsx = {
	.name = "xlsx",
	.read = read_xlsx,
};

static bool ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), m = strlen(tail);

	return n >= m && !strcasecmp(s + n - m, tail);
}

const struct import_source *import_source_for(const char *name,
					      const char *buf, size_t len)
{
	if ((len >= 4 && !memcmp(buf, "PK\3\4", 4)) || xlsx_is_ole2(buf, len) ||
	    ends_with(name, ".xlsx") || ends_with(name, ".xlsm") ||
	    ends_with(name, ".xls"))
		return &import_source_xlsx;
	return &import_source_csv;
}
