/*
 * xlsx.h — the rows of an Excel workbook (.xlsx), as text.
 *
 * A workbook is a zip of XML parts: xl/workbook.xml names the sheets,
 * xl/_rels/workbook.xml.rels says where each one is, xl/sharedStrings.xml
 * holds the text cells point to, xl/styles.xml says which numbers are
 * shown as dates.  xlsx_open() reads all but the sheets; xlsx_read_sheet()
 * then hands one sheet's rows to a callback, each as an array of UTF-8
 * strings in NFC, one a column from A, "" where a cell is empty or absent:
 *
 *   - text, shared or inline (rich-text runs joined, phonetic runs left
 *     out, Excel's _xHHHH_ escapes decoded), and a formula's cached
 *     value, as they are;
 *   - a number as Excel's "General" format shows it, without the locale:
 *     integers exactly (a tax code stored as a number stays 401234567,
 *     no ".0"), others to 15 significant digits;
 *   - a number whose format is a date as YYYY-MM-DD: serial 1 is
 *     1900-01-01, 60 the 1900-02-29 Lotus and Excel pretend existed, 61
 *     1900-03-01; with the 1904 date system, 0 is 1904-01-01.  A serial
 *     that is no day (below those, past 9999-12-31) stays a number, with
 *     a warning naming its cell;
 *   - TRUE or FALSE for a boolean, the error's text (#N/A) for an error.
 *
 * Rows are delivered in order, only those the sheet holds (the number says
 * which).  Each cell also says which merged range covers it, if any, and
 * that range's text (its top-left cell's), so that a caller sees the
 * producer cell merged over its products.  A row is as long as its last
 * cell, or the last column of a merged range over it, but never longer
 * than the sheet's widest row (a range over the whole sheet fills no
 * 17 G cells).
 *
 * Hostile workbooks are refused, never followed: an .xls (OLE2) file is
 * named as such; entry names with ".." or a leading "/" refuse the file;
 * each part is inflated by a counting loop against XLSX_MAX_PART, the
 * compression ratio and the workbook's total, whatever its header says;
 * any DOCTYPE refuses the part (so no entity is ever declared, expanded or
 * fetched); nesting, shared strings, styles, merges, cells and text are
 * bounded below.  Every refusal is an error of the diag list naming the
 * file, the part and line, or the sheet and cell ("Sheet1!B7").
 */
#ifndef OCOP_XLSX_H
#define OCOP_XLSX_H

#include <stdbool.h>
#include <stddef.h>

#include "ocop/date.h"
#include "ocop/diag.h"

/* Excel's own sheet size: A1 to XFD1048576. */
#define XLSX_MAX_ROW 1048576u
#define XLSX_MAX_COLUMN 16384u

#define XLSX_MAX_FILE (64u << 20)	/* the .xlsx itself, as IMPORT_MAX_BYTES */
#define XLSX_MAX_ENTRIES 10000u		/* entries of the zip */
#define XLSX_MAX_PART (128u << 20)	/* one part, inflated: a sheet of ~400,000 rows */
#define XLSX_MAX_INFLATED (512u << 20)	/* all parts read from one workbook (a sheet is read twice) */
#define XLSX_MAX_RATIO 200u		/* inflated : compressed, for a part past XLSX_RATIO_FROM */
#define XLSX_RATIO_FROM (1u << 20)	/* real sheets deflate 10-100:1; a bomb ~1000:1 */
#define XLSX_MAX_DEPTH 64u		/* XML nesting; a sheet needs 6 */
#define XLSX_MAX_SHEETS 1024u
#define XLSX_MAX_STRINGS 2000000u	/* shared strings */
#define XLSX_MAX_STRING_BYTES (64u << 20)	/* their text, all together */
#define XLSX_MAX_CELL (64u << 10)	/* one cell's text, as IMPORT_MAX_CELL */
#define XLSX_MAX_STYLES 65536u		/* cell formats (Excel's limit is 64,000) */
#define XLSX_MAX_MERGES 100000u		/* merged ranges of a sheet */
#define XLSX_MAX_CELLS (32u << 20)	/* cells handed out for a sheet, empty ones included */
#define XLSX_MAX_WARNINGS 100u		/* of a sheet; past that, silence */

struct xlsx_book;

/* A merged range, 1-based and inclusive; text is its top-left cell's. */
struct xlsx_merge {
	unsigned first_row, first_col, last_row, last_col;
	const char *text;	/* "" when that cell is empty or absent */
};

struct xlsx_row {
	unsigned number;	/* 1-based, as Excel shows it */
	size_t ncells;
	const char *const *cells;	/* ncells strings; cells[0] is column A */
	/* merge[i]: the range covering cells[i], or NULL; never NULL itself. */
	const struct xlsx_merge *const *merge;
};

/* Is cell i covered by a merged range without being its top-left cell? */
static inline bool xlsx_cell_covered(const struct xlsx_row *row, size_t i)
{
	const struct xlsx_merge *m = row->merge[i];

	return m && (m->first_row != row->number || m->first_col != i + 1);
}

/*
 * Return 0 to go on; anything else stops the sheet and is what
 * xlsx_read_sheet() returns.  The row and its strings live until the
 * callback returns.
 */
typedef int xlsx_row_fn(const struct xlsx_row *row, void *ctx);

/*
 * Open the workbook at path (read whole, bounded by XLSX_MAX_FILE) and
 * read its sheet list, shared strings and styles.  NULL, after adding
 * errors to dl, when it cannot be read or is refused.
 */
struct xlsx_book *xlsx_open(const char *path, struct diag_list *dl);
/* The same from bytes in memory, which must outlive the book; file names
 * them in messages. */
struct xlsx_book *xlsx_open_buffer(const void *data, size_t size,
				   const char *file, struct diag_list *dl);
void xlsx_close(struct xlsx_book *book);

size_t xlsx_sheet_count(const struct xlsx_book *book);
/* The name of sheet index (0-based, in the workbook's order). */
const char *xlsx_sheet_name(const struct xlsx_book *book, size_t index);
/*
 * The 0-based index of the sheet that which names: its name exactly, else
 * its 1-based number, else its name ignoring ASCII case.  -1, with an
 * error naming the sheets there are, when there is none.
 */
int xlsx_find_sheet(const struct xlsx_book *book, const char *which,
		    struct diag_list *dl);

/*
 * Hand each row of sheet index to fn.  0 when the whole sheet was read;
 * -1 with errors in dl when it was refused (rows already handed out
 * stand); fn's non-zero value when fn stopped it.
 */
int xlsx_read_sheet(struct xlsx_book *book, size_t index, xlsx_row_fn *fn,
		    void *ctx, struct diag_list *dl);

/*
 * The date a number stands for as a serial in the book's date system, for
 * a column the caller knows holds dates while its cells have no date
 * format (they come out as numbers): true and iso set when number is a
 * numeral and a day (see above), false otherwise.
 */
bool xlsx_serial_date(const struct xlsx_book *book, const char *number,
		      char iso[DATE_ISO_MAX]);

/* Is this (the first bytes of a file) an OLE2 compound file, as .xls are? */
bool xlsx_is_ole2(const void *data, size_t size);

#endif
