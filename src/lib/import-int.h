/*
 * import-int.h — what the modules of the import share (see import.h).
 *
 *   import-csv.c       the CSV row source: bytes → struct import_table
 *   import-xlsx.c      the XLSX row source (xlsx.h): a sheet → the same
 *   import-columns.c   the column dictionary (derived from the record
 *                      schema's column aliases) and the header it reads
 *   rules-cells.c      the register's cells read as the rules' words
 *   import-txn.c       the all-or-nothing transaction: the records read,
 *                      the pending changes of a row, commit, roll back, the
 *                      writes at the end
 *   import-emit.c      new products' files made on a second thread
 *   import-producer.c  a row's producer: made, matched, changed
 *   import-product.c   a row's product and its recognitions
 *   import-area.c      the province an address names
 *   import.c           the rows, one after the other, and the whole import
 */
#ifndef OCOP_IMPORT_INT_H
#define OCOP_IMPORT_INT_H

#include <stdarg.h>

#include "ocop/import.h"
#include "ocop/smap.h"

/* --- the column dictionary (import-columns.c) ------------------------------ */

/*
 * What a column holds.  Producer fields come first: fill-down copies them
 * (but text).  Each has its row in import-columns.c's dictionary, which
 * names the record key it fills; the headers that name it are the schema's
 * (record.c).  A text key of the schema with aliases and no column of its
 * own here (a producer's, a product's or its readiness's) takes one of the
 * MORE_COLUMNS slots of its record: it needs nothing else.
 */
#define MORE_COLUMNS 4
enum col_field {
	C_NONE = 0,
	C_SKIP,			/* read, not imported */
	C_SEQ,			/* TT: a number; a row with another TT is a heading */
	C_PRODUCER,		/* the producer's name (or id) */
	C_KIND,
	C_TAX_CODE,
	C_REPRESENTATIVE,
	C_PHONE,
	C_ADDRESS,
	C_OLD_ADDRESS,
	C_PRODUCER_MORE,	/* the schema's other producer keys */
	C_COMMUNE = C_PRODUCER_MORE + MORE_COLUMNS,
	C_PRODUCER_NOTES,
	C_NAME,			/* the product's name */
	C_CATEGORY,
	C_SET,
	C_ORIGIN,
	C_NOTES,
	C_PRODUCT_MORE,		/* the schema's other product keys (readiness) */
	C_CURRENT_STARS = C_PRODUCT_MORE + MORE_COLUMNS,	/* the stars in force: the latest recognition's */
	C_CURRENT_EXPIRES,	/* the end of the latest recognition */
	C_STARS,		/* from here: one per recognition (lần 1, lần 2, …) */
	C_DATE,
	C_YEAR,
	C_DECISION,
	C_AUTHORITY,
	C_EXPIRES,
	C_LEVEL,
	C_AS_OF,		/* in force as of a year: stock without a date */
	C_COUNT
};
#define C_PRODUCER_FIRST C_PRODUCER
#define C_PRODUCER_LAST C_PRODUCER_NOTES
#define GROUPS 4		/* recognitions a row may hold */

static inline bool per_group(enum col_field f)
{
	return f >= C_STARS;
}

/* The producer's key a column fills, or NULL: "kind", "notes". */
const char *col_producer_key(enum col_field f);
/* The product's key a column fills, or NULL: "name", "readiness.barcode". */
const char *col_product_key(enum col_field f);
/* Does the column fill a text key (notes), whose cells keep their lines? */
bool col_is_text(enum col_field f);
/* Does a row that leaves the column empty take the producer's row above's? */
bool col_fills_down(enum col_field f);
/* The column a validator's message about key of a type record belongs to. */
enum col_field col_of_key(enum record_type type, const char *key);

struct importer;
/* The header row of t for kind (--map not read), or -1. */
long import_find_header(enum import_kind kind, const struct import_table *t);
/* Does the header name a column of dates? */
bool import_header_is_date(enum import_kind kind, const char *header);
/* Read the header: find it, say what each column holds.  0 or -1. */
int import_map_columns(struct importer *im);

/* --- the area (import-area.c) --------------------------------------------- */

/* The province a name (old or new) is part of now ("Kon Tum" → "Quảng Ngãi"), or NULL. */
const char *import_province_now(const char *name);
/* The province, as called now, an address's last part that names one names; or NULL. */
const char *import_address_province(const char *address);

/* --- the transaction (import-txn.c) ---------------------------------------- */

#define NONE ((size_t)-1)	/* no record: a new one */
#define AMBIGUOUS ((size_t)-2)	/* two records answer to the key */

/*
 * A record the import reads and may add or change.  A tree costs 4 KiB
 * or more (its arena), so a new record is kept as text once its row
 * passed: the import holds one small text a row, not one tree.  A new
 * product is final then (no later row may name it again); a new producer
 * is made a tree again when a later row changes it (txn_thaw()), and text
 * again when that row passes.
 */
struct producer_values {
	char *vals[C_PRODUCER_LAST + 1];	/* a new one's, by column, while kept as text */
	unsigned given_by[C_PRODUCER_LAST + 1];	/* the row that gave each value */
};

/*
 * An existing record is read as its typed view (record_keep_view: about
 * 1 KiB, where its tree takes 5).  A row that names it is compared with
 * the view first: one that changes nothing needs nothing more.  A row
 * that changes it (or gives a value the view does not hold) loads its
 * tree from its file (txn_tree()), and the tree is dropped again when the
 * row is done with it and left it as it was (txn_untouch()).  So
 * re-importing matched rows holds a view a record, not a tree, and reads
 * each file once.
 */
struct entry {		/* one a record: the pointers first, no padding */
	struct record *r;	/* NULL while a new record is kept as text */
	struct record *view;	/* an existing record's view while r is its tree */
	char *text;		/* a new record's file (none for a product in a dry run) */
	size_t len;
	char *id, *name;	/* while r is NULL */
	char *producer;		/* a product's, while r is NULL */
	struct producer_values *pv;	/* a producer's, once a row names it */
	char *nkey;		/* a producer's name as a match key */
	struct node *orig;	/* an existing record as read (canonical), once touched */
	enum record_type type;
	unsigned line;		/* the first accepted row that named it */
	unsigned claimed;	/* the row that imported it (duplicates) */
	unsigned staged;	/* a new record's file made ahead: 1 + its slot (store_stage), or 0 */
	bool is_new;
	bool used;		/* an accepted row names it */
	bool clean;		/* an existing product whose file, as read, validate_record passes without a word */
};

/* A product of the directory and its producer, sorted by producer (near names). */
struct owned {
	char *producer;
	size_t idx;
};

/*
 * The records an import reads, adds and changes, and their indexes.
 * Nothing reaches the store before txn_write(), which writes every
 * changed record in one batch, or none.
 */
struct import_txn {
	struct store *s;
	struct record_set producer_set, product_set;
	struct entry *prod, *item;	/* producers, products */
	size_t nprod, aprod, nitem, aitem;
	struct smap by_tax, by_pname, by_pid, by_key, by_iid;
	struct smap by_fname;		/* the directory's products by folded name */
	struct owned *owned;		/* the directory's products by producer, once asked */
	size_t nowned;
	bool owned_made;
	bool failed;			/* a new record's file could not be made */
	struct diag_list failures;	/* why, for the end */
	struct emit_queue *emit;	/* the products' files made on a thread, or NULL */
};

/* What a row does to a record: a new one, or a change to an entry. */
struct pending {
	size_t idx;		/* the entry changed, or NONE */
	struct record *fresh;	/* a new record */
	struct node *saved;	/* the entry's tree before the row, or NULL */
	char *key;		/* a product: its product_key */
	bool renamed;		/* a producer: the row gives it a new name */
};

#define PENDING_INIT { NONE, NULL, NULL, NULL, false }

int txn_load(struct import_txn *tx, struct diag_list *dl);
void txn_release(struct import_txn *tx);
char *txn_product_key(const char *name, const char *producer);
void txn_index_put(struct smap *m, const char *key, size_t i);
void txn_index_producer(struct import_txn *tx, size_t i, const char *nkey);
void txn_index_product(struct import_txn *tx, size_t i, const char *key);
size_t txn_add(struct entry **v, size_t *n, size_t *alloc, struct record *r,
	       bool is_new);
const char *txn_entry_str(const struct entry *e, const char *key);
const char *txn_producer_value(const struct entry *e, enum col_field f);
const char *txn_producer_tax(const struct entry *e);
char *txn_new_id(struct import_txn *tx, enum record_type type, const char *name);
struct record *txn_new_record(struct import_txn *tx, enum record_type type,
			      const char *id);
int txn_tree(struct import_txn *tx, struct entry *e, struct diag_list *dl);
void txn_untouch(struct entry *e);
/* Is the entry an existing record read as its view (no tree)? */
bool txn_is_view(const struct entry *e);
/* A producer's value of column f as its view holds it and its file spells it; *known false when the view does not hold the key. */
const char *txn_view_producer_value(const struct entry *e, enum col_field f,
				    bool *known);
struct producer_values *txn_producer_values(struct entry *e);
struct node *txn_begin_change(struct entry *e);
bool txn_entry_changed(struct entry *e);
void txn_freeze(struct import_txn *tx, struct entry *e);
/* Free what a record kept as text holds (its text, id, name, values). */
void txn_free_frozen(struct entry *e);
int txn_make_text(struct record *r, char **text, size_t *len,
		  struct diag_list *dl);
void txn_thaw(struct import_txn *tx, struct entry *e);
void txn_drop_tree(struct entry *e);
void txn_undo(struct entry *v, struct pending *p);
void txn_note_change(struct import_result *res, struct entry *e, unsigned line);
void txn_tally_producers(struct import_txn *tx, struct import_result *res);
/*
 * Before the rows: the store's batch begun (not in a dry run), so that
 * new records' files can be made while rows are read, and the workers
 * that make them started (txn_emit_start).  txn_write ends the batch;
 * txn_release ends it with nothing written when txn_write did not.
 */
void txn_begin(struct import_txn *tx, size_t rows);
int txn_write(struct import_txn *tx, struct import_result *res,
	      struct diag_list *dl);

/*
 * New records' files made on worker threads (import-emit.c), for an
 * import of rows rows (not a dry run, not below a few hundred rows, not
 * with OCOP_THREADS=1: then inline, the same files and messages): the
 * text, and in a batch the temp file (store_stage, e->staged), which a
 * signal removes and txn_write renames.  txn_emit_queue gives a worker
 * an entry's tree (e->r is NULL from then on; its id, name and producer
 * values are set before) and answers false when there is no thread.  Until txn_emit_drain, such an entry
 * has neither text nor tree: nothing may read them (or tx->failed,
 * tx->failures) before it; txn_thaw drains first.  txn_emit_stop drains
 * and ends the thread (txn_release).
 */
void txn_emit_start(struct import_txn *tx, size_t rows);
bool txn_emit_queue(struct import_txn *tx, struct entry *e);
void txn_emit_drain(struct import_txn *tx);
void txn_emit_stop(struct import_txn *tx);

/* --- the importer and its rows (import.c) ---------------------------------- */

struct column {
	enum col_field f;
	int group;		/* 0-based */
	char *title;		/* the header as written, printable */
	bool unnamed;
};

struct importer {
	struct store *s;
	const struct import_options *o;
	enum import_kind kind;
	const char *name;		/* the file, as shown */
	char *base;			/* its base name, for notes */
	struct diag_list *dl;
	struct import_result *res;
	const struct import_table *table;
	size_t header;			/* the header row */
	struct column *cols;
	size_t ncols;
	int where[C_COUNT][GROUPS];	/* column index + 1, 0 when none */
	struct import_txn tx;
	char *prev[C_PRODUCER_LAST + 1];	/* fill-down: the row above's producer */
	char *prev_pkey;		/* its name as a match key */
	bool have_prev;
	char **hkeys;			/* the header's cells as match keys */
	struct ocop_date today;
	const char *province;
	const char *home;		/* the province now, as import_province_now says, or NULL */
	size_t refused;
	size_t noisy;		/* rows that had something to say */
	char *group_category;	/* the last group row's ("I. THỰC PHẨM"), or NULL */
	const char *default_kind;	/* --kind's slug, or NULL */
};

struct row {
	struct importer *im;
	const struct import_row *src;
	char *v[C_COUNT][GROUPS];
	char *pkey;		/* V(C_PRODUCER) as a match key, once asked */
	bool inherited;		/* the producer is the row above's */
	bool refused;
	size_t match;		/* --match: the product entry the row is, or NONE */
	bool is_new;		/* --new: the row is a new product */
	bool muted;		/* past ROWS_REPORTED: its messages are counted, not printed */
};

#define V(rw, f) ((rw)->v[f][0])

/* A value quoted in a message: printable, and cut when it is long. */
char *import_excerpt(const char *s);
const char *import_row_pkey(struct row *rw);
int import_row_error(struct row *rw, enum col_field f, int g, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void import_row_warn(struct row *rw, enum col_field f, int g, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
int import_relocate(struct row *rw, struct record *r, struct diag_list *found,
	     int group);
int import_check_record(struct row *rw, struct record *r, int group);

/* --- the row handlers (import-producer.c, import-product.c) ---------------- */

int import_producer_values(struct row *rw);
int import_row_producer(struct row *rw, struct pending *p);
size_t import_commit_producer(struct row *rw, struct pending *p);
int import_row_product(struct row *rw, const char *pid, struct pending *p);
void import_commit_product(struct row *rw, struct pending *p);

#endif
