/*
 * output.h — writing data: tables as text, CSV, TSV, JSON; a JSON writer.
 *
 * A command builds a struct table (column keys, titles, rows of strings)
 * and hands it to table_print() with the format the user asked for.
 * Text tables align by display width (text_width), never by bytes.
 * CSV goes through libcsv's writer (RFC 4180); with the excel flag it
 * starts with a UTF-8 BOM and neutralises cells that a spreadsheet would
 * run as a formula (= + - @ TAB CR at the start get a leading ').
 * Output never depends on the locale: same data, same bytes.
 */
#ifndef OCOP_OUTPUT_H
#define OCOP_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

enum out_format { FMT_TEXT, FMT_CSV, FMT_TSV, FMT_JSON, FMT_MD, FMT_HTML };

/* "text", "csv", "tsv", "json", "md", "html"; returns -1 if unknown. */
int out_format_parse(const char *name, enum out_format *out);
const char *out_format_name(enum out_format f);
/* The format an output file name asks for by its extension, or -1. */
int out_format_from_path(const char *path, enum out_format *out);

enum column_align { ALIGN_LEFT, ALIGN_RIGHT };
/* How a cell's value is typed in JSON (text output ignores it). */
enum column_type { COL_STRING, COL_NUMBER, COL_BOOL };

struct column {
	char *key;		/* machine name: CSV/TSV header, JSON key */
	char *title;		/* human heading: text and Markdown */
	enum column_align align;
	enum column_type type;
};

struct table {
	struct column *cols;
	size_t ncols;
	char **cells;		/* row-major, nrows * ncols; NULL = empty */
	size_t nrows, alloc;
};

void table_init(struct table *t);
/* Add a column; key and title are copied. */
void table_add_column(struct table *t, const char *key, const char *title,
		      enum column_align align, enum column_type type);
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
	TABLE_NO_HEADER = 1 << 1
};

/*
 * Write t to f in format fmt.  Returns 0, or -1 when a write failed
 * (errno set).  FMT_HTML prints a bare <table>.
 */
int table_print(const struct table *t, enum out_format fmt, unsigned flags,
		FILE *f);

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
