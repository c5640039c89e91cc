/*
 * import.h — producers and products from a register, CSV or XLSX (`ocop import`).
 *
 * Two layers.  A row source turns a file's bytes into rows of cells (struct
 * import_table): import_source_csv and import_source_xlsx, chosen by
 * import_source_for() from the file's first bytes and name.
 * import_csv_read() turns the bytes of a spreadsheet export into rows of
 * NFC UTF-8 cells: libcsv in strict mode, a UTF-8 BOM, Excel's
 * "sep=;" line, the separator found (comma, semicolon or tab) or given,
 * CRLF, LF or CR line ends, quoted cells over several lines, a legacy
 * encoding converted with iconv (UTF-16 with a BOM is recognised);
 * invalid UTF-8, NUL and other control characters refused where they are;
 * cells, columns, rows and the file bounded.
 *
 * import_rows() reads the rows as an officer's register: the header
 * names each column in Vietnamese or English, with or without diacritics,
 * as the record schema's column aliases say (record.h), or --map
 * COLUMN=FIELD says what it holds; each row becomes a record
 * (or, for products, a product and its producer, made or matched), built
 * as a tree and checked by validate_record() as `ocop check` would.  A
 * row is matched to what the directory holds by a natural key: a producer
 * by its tax code, else its name folded for case and diacritics, its
 * legal form made short (rules-cells.h's cell_producer_key); a
 * product by its folded name and its producer.  So an import run twice
 * changes nothing the second time.  Nothing is written unless every row
 * passed (or the caller allows a partial import); the writes go through
 * edit_write() and edit_write_text() under the store's lock, which the
 * caller holds.
 *
 * Every problem names the file, the line where the row starts and the
 * column's number (1 = A), and says which column it is.
 */
#ifndef OCOP_IMPORT_H
#define OCOP_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "ocop/diag.h"
#include "ocop/record.h"
#include "ocop/store.h"

#define IMPORT_MAX_BYTES (64u << 20)	/* a file: a national register is ~10 MiB */
#define IMPORT_MAX_CELL (64u << 10)	/* a cell: the limit of a record's value */
#define IMPORT_MAX_COLUMNS 1000		/* a real register has about 22 */
#define IMPORT_MAX_ROWS 1000000

/* --- the CSV layer ------------------------------------------------------- */

struct import_row {
	unsigned line;		/* the line the row starts on, from 1 */
	size_t ncells;
	char **cells;		/* NFC UTF-8, NUL-terminated, as read (not trimmed) */
};

struct import_table {
	struct import_row *rows;
	size_t nrows, alloc;
	int sep;		/* the separator used: ',' ';' '\t' or as given */
	bool bom;		/* the file started with a UTF-8 BOM */
	bool sep_line;		/* …and Excel's "sep=X" line, which was skipped */
	const char *encoding;	/* converted from, or NULL for UTF-8 */
};

struct import_csv_options {
	int sep;		/* 0: find it in the first lines */
	const char *encoding;	/* iconv's name; NULL: UTF-8 */
};

/*
 * Read buf[0..len) as CSV into t.  name is the file name for messages.
 * Returns 0, or -1 with the problem in dl (exit 1 for the data, 2 for an
 * unknown encoding); t then holds the rows read before it.
 */
int import_csv_read(const char *buf, size_t len, const char *name,
		    const struct import_csv_options *o, struct import_table *t,
		    struct diag_list *dl);
void import_table_release(struct import_table *t);

/* --- the import ---------------------------------------------------------- */

enum import_kind { IMPORT_PRODUCERS, IMPORT_PRODUCTS };

struct import_options;

/*
 * A row source: what turns the bytes of a file into rows.  read() fills t
 * with the rows in order, each with the line (or sheet row) it starts on
 * and its cells as NFC UTF-8 text, bounded as the CSV layer bounds them,
 * and returns 0; or -1 with the problem in dl (t then holds what was read
 * before it, and is released by the caller either way).  name is the
 * file's name for messages.
 */
struct import_source {
	const char *name;	/* "csv" */
	int (*read)(const char *buf, size_t len, const char *name,
		    const struct import_options *o, struct import_table *t,
		    struct diag_list *dl);
};

/* The CSV source: import_csv_read() with o->csv. */
extern const struct import_source import_source_csv;

/*
 * The XLSX source (xlsx.h): the sheet o->sheet names (its name or number),
 * else the first whose header names the record's name column, else the
 * first.  A cell covered by a merged range, under its top-left cell in
 * the same column, takes that cell's text (a producer merged over its
 * products); a number in a date column with no date format is read as a
 * serial date.  An .xls file is refused, named as such.
 */
extern const struct import_source import_source_xlsx;

/* The source for a file: XLSX for a zip or OLE2 file, or one named .xls*; else CSV. */
const struct import_source *import_source_for(const char *name,
					      const char *buf, size_t len);

struct import_options {
	enum import_kind kind;
	const struct import_source *source;	/* NULL: CSV */
	struct import_csv_options csv;
	const char *sheet;	/* XLSX: the sheet's name or number; NULL: found */
	const char *const *maps;	/* "COLUMN=FIELD", or "COLUMN=" to skip it */
	size_t nmaps;
	bool partial;		/* write the rows that passed even if some did not */
	bool only_area;		/* skip rows whose address names another province */
	const char *default_kind;	/* --kind: a new producer's when nothing says */
	const char *default_category;	/* --category: a new product's when nothing says */
	const char *const *matches;	/* --match "ROW=ID": the row (its line) is product ID */
	size_t nmatches;
	const char *const *news;	/* --new ROW: the row is a new product */
	size_t nnews;
};

struct import_counts {
	size_t added, unchanged, changed, refused;
};

enum import_action { IMPORT_ADD, IMPORT_CHANGE };

/* A record the import adds or changes (or would, in a dry run). */
struct import_change {
	enum import_action action;
	enum record_type type;
	char *id, *name;
	unsigned line;		/* the row that made it, or first changed it */
	char *keys;		/* IMPORT_CHANGE: the keys that change, "a, b" */
};

struct import_result {
	struct import_counts rows;	/* the file's rows: products or producers */
	struct import_counts producers;	/* products: the producers they name */
	size_t skipped;			/* empty rows, headings, totals */
	size_t outside;			/* rows of another province skipped (only_area) */
	char *title;			/* the rows above the header, or NULL */
	struct import_change *changes;	/* in the order of the rows */
	size_t nchanges, changes_alloc;
	bool written;			/* the store was changed */
};

/*
 * Import the rows of t (read by a row source; the caller releases it) into
 * the store s (opened, office read, locked by the caller; s->dry_run to
 * write nothing).  name is the file's, for messages.  Returns 0 when every
 * row passed, else -1 with the problems in dl (and, with o->partial, the
 * rows that passed written).
 */
int import_rows(struct store *s, const struct import_table *t,
		const char *name, const struct import_options *o,
		struct import_result *res, struct diag_list *dl);

/* The same from the bytes in buf, read by o->source (CSV when NULL). */
int import_buffer(struct store *s, const char *buf, size_t len,
		  const char *name, const struct import_options *o,
		  struct import_result *res, struct diag_list *dl);

/* The same from a file ("-" for standard input), bounded by IMPORT_MAX_BYTES. */
int import_file(struct store *s, const char *path,
		const struct import_options *o, struct import_result *res,
		struct diag_list *dl);

void import_result_release(struct import_result *res);

/* The FIELD names --map takes for kind, NULL-terminated. */
const char *const *import_field_names(enum import_kind kind);

/*
 * The field a column header names for kind ("Tên sản phẩm" → "name",
 * "Hạng sao lần 2" → "stars.2"), "" for a column that is read but not
 * imported (TT), or NULL when the header is not known.
 */
const char *import_header_field(enum import_kind kind, const char *header);

/*
 * The FIELD of --map whose column fills key of the record kind imports
 * ("tax_code", "readiness.barcode"), or NULL when no column does.
 */
const char *import_key_field(enum import_kind kind, const char *key);

#endif
