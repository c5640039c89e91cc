/*
 * output.h — writing data: tables as text, CSV, TSV, JSON; a JSON writer.
 *
 * A command builds a struct table (column keys, titles, rows of strings)
 * and hands it to table_print() with the format the user asked for.
 * Text tables align by display width (text_width), never by bytes.
 * CSV goes through libcsv's writer (RFC 4180); with the excel flag it
 * starts with a UTF-8 BOM and neutralises cells that a spreadsheet would
 * run as a formula (= + - @ TAB CR at the start get a leading ') or make
 * a number of (digits with a leading zero, or 12 and more: ="0401234567").
 * XLSX (output-xlsx.c, libxlsxwriter) types each cell by its column's
 * cell_kind.
 * Output never depends on the locale: same data, same bytes.
 */
#ifndef OCOP_OUTPUT_H
#define OCOP_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum out_format { FMT_TEXT, FMT_CSV, FMT_TSV, FMT_JSON, FMT_MD, FMT_HTML,
		  FMT_XLSX };

/* "text", "csv", "tsv", "json", "md", "html", "xlsx"; -1 if unknown. */
int out_format_parse(const char *name, enum out_format *out);
const char *out_format_name(enum out_format f);
/* The format an output file name asks for by its extension, or -1. */
int out_format_from_path(const char *path, enum out_format *out);

enum column_align { ALIGN_LEFT, ALIGN_RIGHT };
/* How a cell's value is typed in JSON (text output ignores it). */
enum column_type { COL_STRING, COL_NUMBER, COL_BOOL };
/*
 * What a column's cells hold, for a format that types its cells (XLSX).
 * A code is made of digits as often as not (tax code 0401234567, GTIN,
 * phone, decision number, id) and must stay the text it is: its leading
 * zero kept, never shown as 8.93E+12.
 */
enum cell_kind {
	CELL_TEXT,	/* words */
	CELL_CODE,	/* an identifier: always text, whatever it looks like */
	CELL_NUMBER,	/* stars, scores, counts: a number when it reads as one */
	CELL_DATE	/* YYYY-MM-DD a date; YYYY-MM or YYYY stays text */
};

struct column {
	char *key;		/* machine name: CSV/TSV header, JSON key */
	char *title;		/* human heading: text and Markdown */
	enum column_align align;
	enum column_type type;
	enum cell_kind kind;	/* CELL_NUMBER for COL_NUMBER, else CELL_TEXT */
};

struct table {
	struct column *cols;
	size_t ncols;
	char **cells;		/* row-major, nrows * ncols; NULL = empty */
	size_t nrows, alloc;
	/*
	 * What a table of no rows says to people, in place of a grid of
	 * headings over nothing ("No products."), or NULL.  Text, Markdown
	 * and HTML print it; CSV, TSV, JSON and XLSX keep their shape.
	 */
	char *empty;
};

void table_init(struct table *t);
/* Add a column; key and title are copied. */
void table_add_column(struct table *t, const char *key, const char *title,
		      enum column_align align, enum column_type type);
/* The sentence t says when it has no rows (copied; NULL: none). */
void table_set_empty(struct table *t, const char *sentence);
/* Say what a column's cells hold (table_add_column guessed from its type). */
void table_set_kind(struct table *t, size_t col, enum cell_kind kind);
/* Start a new row; then set its cells with table_set(). */
size_t table_add_row(struct table *t);
/* Set a cell of the last row (value copied; NULL leaves it empty). */
void table_set(struct table *t, size_t col, const char *value);
void table_setf(struct table *t, size_t col, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
const char *table_get(const struct table *t, size_t row, size_t col);
void table_release(struct table *t);

enum table_flags {
	TABLE_EXCEL = 1 << 0,	/* CSV: BOM, CRLF and the formula guard */
	TABLE_NO_HEADER = 1 << 1,
	TABLE_TITLES = 1 << 2,	/* CSV: a header of titles, not keys */
	/*
	 * CSV and TSV bound for a terminal: control characters escaped as
	 * text output escapes them ("\x1b"), so that hostile data cannot
	 * drive the terminal.  A file or a pipe gets the bytes as they are.
	 */
	TABLE_TERMINAL = 1 << 3
};

/*
 * Write t to f in format fmt.  Returns 0, or -1 when a write failed
 * (errno set).  FMT_HTML prints a bare <table>; FMT_XLSX a workbook of
 * one sheet (xlsx_print_tables), the bytes of a zip file.
 */
int table_print(const struct table *t, enum out_format fmt, unsigned flags,
		FILE *f);

/* --- XLSX (output-xlsx.c) ------------------------------------------ */

struct diag_list;

/* One worksheet: a table under a tab name. */
struct xlsx_sheet {
	const char *name;	/* tab name; NULL: "Sheet1"...; cut to 31
				   characters, []:*?/\ replaced */
	const struct table *table;
};

/*
 * The administrative frame of a document after Nghị định 30/2020/NĐ-CP,
 * Phụ lục I, as cells around the table.  Every field may be NULL; a '\n'
 * starts a new row.  Above the table: issuer (left) beside motto
 * (right, bold), then number (left) beside place_date (right, italic),
 * then title (bold, centred across the table).  Below: recipients (left;
 * its first line bold italic 12 pt, the others 11 pt) beside signature
 * (right, bold, centred).
 */
struct xlsx_frame {
	const char *issuer;	/* "UBND PHƯỜNG NGHĨA LỘ" */
	const char *motto;	/* "CỘNG HÒA XÃ HỘI ...\nĐộc lập - Tự do - Hạnh phúc" */
	const char *number;	/* "Số: 12/BC-UBND" */
	const char *place_date;	/* "Nghĩa Lộ, ngày 15 tháng 11 năm 2025" */
	const char *title;
	const char *recipients;	/* "Nơi nhận:\n- ...;\n- Lưu: VT." */
	const char *signature;	/* "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nName" */
};

/*
 * Write a workbook of n sheets (n >= 1) to path.  Each sheet: the frame
 * (when not NULL) around a bold header row that is frozen, filtered and
 * repeated on every printed page; cells typed by their column's
 * cell_kind; widths from the display width of the text; A4, the Phụ lục
 * I margins, Times New Roman 13; landscape when the columns are too wide
 * for portrait.  No clock goes into the file: the same tables give the
 * same bytes.  Returns 0, or -1 with errno set and (when dl is not NULL)
 * a diagnostic in dl naming path.
 */
int xlsx_write_tables(const char *path, const struct xlsx_sheet *sheets,
		      size_t n, const struct xlsx_frame *frame,
		      struct diag_list *dl);
/*
 * The same workbook written to f (a pipe or a file opened by the caller):
 * made in a temporary file in $TMPDIR, then copied.  Returns 0, or -1
 * with errno set; a failed write to f leaves f's error flag set.
 */
int xlsx_print_tables(FILE *f, const struct xlsx_sheet *sheets, size_t n,
		      const struct xlsx_frame *frame, struct diag_list *dl);

/*
 * A streaming JSON writer with two-space indentation.  Strings are
 * escaped per RFC 8259 (control characters as \u00XX).
 */
struct json_writer {
	FILE *f;
	int depth;
	bool first[64];		/* no element written yet at this depth */
	bool after_key;
};

void json_init(struct json_writer *w, FILE *f);
void json_begin_object(struct json_writer *w);
void json_end_object(struct json_writer *w);
void json_begin_array(struct json_writer *w);
void json_end_array(struct json_writer *w);
void json_key(struct json_writer *w, const char *key);
void json_string(struct json_writer *w, const char *s);	/* NULL → null */
void json_raw_number(struct json_writer *w, const char *digits);
void json_int(struct json_writer *w, long v);
void json_bool(struct json_writer *w, bool v);
void json_null(struct json_writer *w);
/* Finish the document with a newline. */
void json_finish(struct json_writer *w);

/* Write s escaped for HTML text and attribute values. */
void html_escape(FILE *f, const char *s);

#endif
