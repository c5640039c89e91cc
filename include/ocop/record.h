/*
 * record.h — the records of a data directory: the office (ocop.yaml),
 * producers and products; their schema; typed views of their trees.
 *
 * One schema table per record type says each key's type, whether it is
 * required, whether `set` may change it, and its place in the canonical
 * key order.  It drives checking (record_decode), writing
 * (record_canonicalize), `set KEY=VALUE` (record_set) and the field lists
 * of the manual.
 *
 * A record owns its document tree; the typed view's strings point into
 * that tree and live as long as the record.
 */
#ifndef OCOP_RECORD_H
#define OCOP_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "ocop/date.h"
#include "ocop/diag.h"
#include "ocop/node.h"
#include "ocop/rules.h"

enum record_type { RECORD_OFFICE, RECORD_PRODUCER, RECORD_PRODUCT, RECORD_EVENT };
#define RECORD_TYPE_COUNT 4

enum field_type {
	FT_ID,		/* an id: [a-z0-9][a-z0-9-]{0,63} */
	FT_STRING,	/* one line of text */
	FT_TEXT,	/* text that may span lines (notes) */
	FT_CODE,	/* a code of digits (tax code, phone, barcode): always quoted */
	FT_DATE,	/* YYYY-MM-DD */
	FT_DATE_PARTIAL,/* YYYY-MM-DD, YYYY-MM or YYYY (old registers) */
	FT_INT,		/* a whole number in [min, max] */
	FT_DECIMAL,	/* a number with at most two decimals in [min, max] */
	FT_BOOL,	/* true or false */
	FT_ENUM,	/* one word of a fixed list */
	FT_MAP,		/* a mapping with its own schema */
	FT_LIST,	/* a list of mappings with their own schema */
	FT_ID_LIST	/* a list of ids of other records ([a, b]) */
};

enum field_flags {
	F_REQUIRED = 1 << 0,
	F_SETTABLE = 1 << 1,	/* `ocop producer|product set` may change it */
	F_NO_COLUMN = 1 << 2	/* settable, but no register column holds it */
};

struct schema;

struct field {
	const char *key;
	enum field_type type;
	unsigned flags;
	const struct schema *sub;	/* FT_MAP, FT_LIST */
	int min, max;			/* FT_INT, FT_DECIMAL (whole units) */
	/* FT_ENUM: the i-th word (i from 0), NULL past the end */
	const char *(*word)(int i);
	/* FT_ENUM on the command line: what officers type → index, or -1 */
	int (*parse)(const char *text, const char **suggestion);
	/* FT_CODE: extra check; returns NULL or why the code is wrong */
	const char *(*check)(const char *value);
	const char *help;
	/*
	 * The headers of a register's column that holds it, as match keys
	 * (rules-cells.h's cell_key: "ten san pham" for "Tên sản phẩm"),
	 * Vietnamese then English; NULL-terminated, or NULL.  They make the
	 * import's column dictionary (import-columns.c).
	 */
	const char *const *columns;
	/*
	 * What the office calls it ("tên", "ngành hàng"): Vietnamese
	 * messages name the field so (field_label()); English ones, and
	 * files, keep the key.
	 */
	const char *vi;
};

struct schema {
	const char *name;
	const struct field *fields;
	size_t nr;
	const char *vi;		/* "chủ thể": schema_label() */
};

const struct schema *record_schema(enum record_type type);
const struct field *schema_field(const struct schema *s, const char *key);

/*
 * The field's name in messages: f->vi when messages speak Vietnamese
 * (the catalogue is in use), else its key.
 */
const char *field_label(const struct field *f);
/* The same for a schema: "producer", or "chủ thể" in Vietnamese. */
const char *schema_label(const struct schema *s);

/*
 * Does value hold a control character a record may not (text.h's
 * text_control_char: C0 but TAB and LF, DEL, C1)?  Then an error at
 * path:line:col names the field (label), the character and its position,
 * and it returns true.  Every way in calls it: the checker (files, the
 * import's records, every write) and field_parse_cli (typed values).
 */
bool value_control_refused(struct diag_list *dl, const char *path,
			   unsigned line, unsigned col, const char *label,
			   const char *value);

/*
 * The key a checker's message about a record of type is about, from the
 * field's name it starts with, in either language: "category: …",
 * "unknown category '…'", "ngành hàng 'fod' không hợp lệ", "tên chứa …"
 * (the longest name that matches; a key inside a map or list by its own
 * name, "barcode").  NULL when it names none.
 */
const char *record_message_key(enum record_type type, const char *msg);

/*
 * The word officers type for the i-th value of an enumerated field, in
 * the messages' language: "thực phẩm" for category's food in Vietnamese,
 * the slug in English or where the field has no Vietnamese words (files
 * hold slugs).  f->parse() takes it.  Allocated; NULL past the end.
 */
char *field_word_label(const struct field *f, int i);

/*
 * A producer whose kind no one has found yet (`kind: unknown`): an import
 * whose register did not say keeps it so, `ocop check` warns about it and
 * the readiness report lists it, and nothing else treats it as a kind.
 * Past the programme's kinds (rules.h), so rules_kind() gives NULL for it.
 */
#define KIND_UNKNOWN ((enum producer_kind)(KIND_COUNT + 1))
/* A kind's slug, "unknown" included; NULL for no kind. */
const char *record_kind_slug(enum producer_kind k);

/* Typed views. */
struct training {
	struct ocop_date date;
	const char *course;
};

struct producer {
	const char *id, *name;
	enum producer_kind kind;
	const char *tax_code, *representative, *phone, *address, *old_address;
	const char *notes;
	struct training *training;
	size_t ntraining;
};

struct cycle_entry {
	int step;
	struct ocop_date date;
	const char *note;
	bool rejected;			/* an idea sent back to step 2 */
	const struct node *node;	/* for messages: its line and column */
};

enum criterion_result { CRIT_UNSET = 0, CRIT_PASS, CRIT_FAIL };
#define CRITERIA_COUNT 4

struct evaluation {
	enum eval_level level;
	struct ocop_date date;		/* the year of as_of when only that is known */
	int as_of;			/* in force as of this year; 0: dated */
	const char *report, *basis, *decision, *authority, *note;
	enum criterion_result criteria[CRITERIA_COUNT];
	bool has_score;
	long score[3];			/* parts A, B, C in hundredths */
	int stars;			/* 0 when not given */
	bool has_expires;
	struct ocop_date expires;
	bool revoked;
	struct ocop_date revoked_date;
	const char *revoke_decision;
	const struct node *node;
};

struct listing {
	const char *platform, *url;
	bool has_since;
	struct ocop_date since;
};

struct document {
	const char *kind;		/* a slug of dossier.h's table */
	const char *number, *issuer, *file, *sha256;
	bool has_date, has_expires;
	struct ocop_date date, expires;
	long size;			/* -1 when not given */
};

struct promotion {
	struct ocop_date date;
	const char *kind, *name;
};

/* -1 unset, 0 false, 1 true */
struct readiness {
	const char *barcode, *trademark;
	int traceability, quality_declaration, food_safety;
};

struct product {
	const char *id, *name, *producer;
	enum ocop_category category;
	const char *category_1048;	/* its 1048 name as typed, or NULL */
	int set;			/* 0 when not given */
	enum product_origin origin;
	struct cycle_entry *cycle;
	size_t ncycle;
	struct evaluation *evals;
	size_t nevals;
	struct promotion *promos;
	size_t npromos;
	struct listing *listings;
	size_t nlistings;
	struct readiness readiness;
	struct document *docs;
	size_t ndocs;
	const char *notes;
};

/* An activity of the programme (events/ID.yaml). */
struct event {
	const char *id, *kind, *name, *place, *organiser, *notes;
	struct ocop_date date;
	bool has_until;
	struct ocop_date until;
	const char **producers;		/* ids */
	size_t nproducers;
	const char **products;		/* ids */
	size_t nproducts;
	long hours;			/* in hundredths; -1 when not given */
};

struct target {
	int year;
	int new_products_min, new_products_max;	/* products reaching 3+ stars */
	int trained_percent;			/* share of producers trained */
	int fairs_min, fairs_max;
};

/*
 * ocop.yaml's site_fields: the facts `ocop site` publishes beside those
 * every page shows, one bit a key in the schema's order.
 */
enum site_field {
	SITE_BARCODE = 1 << 0,
	SITE_TRADEMARK = 1 << 1,
	SITE_TRACEABILITY = 1 << 2,
	SITE_QUALITY_DECLARATION = 1 << 3,
	SITE_FOOD_SAFETY = 1 << 4,
	SITE_PROMOTION = 1 << 5
};

/* The administrative unit an office serves (ocop.yaml's unit). */
enum office_unit {
	UNIT_UNSET, UNIT_COMMUNE, UNIT_WARD, UNIT_SPECIAL_ZONE, UNIT_PROVINCE
};

/* A ward a province reads: its name and directory (province.h). */
struct ward_ref {
	const char *name, *path;
};

/* A commune or ward merged into the office's unit in 2025. */
struct former_unit {
	const char *name, *unit_code;
};

struct office {
	const char *ward, *province, *authority, *department, *lang;
	enum office_unit unit;
	const char *unit_code;		/* digits, or NULL */
	struct former_unit *formerly;
	size_t nformerly;
	struct ward_ref *wards;		/* a province's */
	size_t nwards;
	/* reports: the date line's place, the signature block, "Nơi nhận" */
	const char *place, *signer, *signer_title, *sign_for, *recipients;
	bool git_commit;
	/* labels and the catalogue: a page's address with {id}, the GS1 resolver */
	const char *catalogue_url, *gs1_resolver;
	unsigned site_fields;		/* enum site_field */
	struct target *targets;
	size_t ntargets;
};

struct record {
	enum record_type type;
	char *path;		/* as shown in messages */
	struct node_doc doc;
	bool parsed;		/* the file was read and parsed whole */
	bool valid;		/* decoded without error */
	union {
		struct office office;
		struct producer producer;
		struct product product;
		struct event event;
	} u;
};

/*
 * A unit as typed: the word ocop.yaml holds (commune, ward, special-zone,
 * province) or the Vietnamese (xã, phường, đặc khu, tỉnh).  Returns the
 * index of the word, office_unit - 1, or -1.
 */
int office_unit_parse(const char *text);
/* The word ocop.yaml holds for u (not UNIT_UNSET). */
const char *office_unit_slug(enum office_unit u);

void record_init(struct record *r, enum record_type type, const char *path);
void record_release(struct record *r);

/* Is id a valid record id (and so a safe file name)? */
bool record_id_valid(const char *id);

/*
 * Check the tree against the schema (types, required keys, words,
 * ranges) and fill the typed view.  Unknown keys are kept and warned
 * about, with the nearest known key.  Returns 0, or -1 with every problem
 * of the record in dl.
 */
int record_decode(struct record *r, struct diag_list *dl);

/*
 * Keep only the typed view of a record: copy its strings and arrays into
 * pool and free its tree, which must be in the record's own arena.  A
 * record of 600 bytes then takes about 1 KiB, where its tree took 5.
 * After it doc.root is NULL (and the views' node pointers): the record
 * can be read and printed, not written back or placed in messages by line.
 */
void record_keep_view(struct record *r, struct node_pool *pool);

/* Put keys in schema order (unknown keys stay after the key before them),
 * set each scalar's write style from its type, drop empty optional keys. */
void record_canonicalize(struct record *r);

/*
 * Apply KEY=VALUE from the command line: KEY may be dotted
 * (readiness.barcode); VALUE is parsed as officers type it (a category in
 * Vietnamese, a date as dd/mm/yyyy) and stored canonically; an empty
 * VALUE removes an optional key.  Returns 0 or -1 (with dl).
 */
int record_set(struct record *r, const char *assignment, struct diag_list *dl);

/*
 * The category of product r was given as typed, r being dated d (NULL:
 * undated): a name of 1048/QĐ-TTg on a product dated before 148 replaced
 * it is kept as typed in category_1048, and a warning in dl (when not
 * NULL) says so (true).  Any other name leaves a category_1048 that names
 * the same category, and removes one that does not (false).  A product's
 * category is always today's (what reports count).
 */
bool record_keep_category_1048(struct record *r, const char *typed,
			       const struct ocop_date *d, struct diag_list *dl);

/* Parse a value for field f as typed on the command line into its
 * canonical text (an allocated string).  Returns NULL with dl on error. */
char *field_parse_cli(const struct field *f, const char *text,
		      struct diag_list *dl);

/*
 * "a, b,c" as typed for an FT_ID_LIST field: a sequence of the ids (each
 * checked to be an id, not that its record exists), or NULL (dl).
 */
struct node *record_parse_ids(struct node_doc *doc, const struct field *f,
			      const char *text, struct diag_list *dl);

/* Fixed point: "69.9" → 6990.  Returns -1 on a malformed number. */
int decimal_parse(const char *s, long *hundredths);
/* 6990 → "69.9", 7000 → "70" */
void decimal_format(long hundredths, char buf[32]);

const char *eval_level_slug(enum eval_level l);
/* "local_origin", "local_labour", "idea_origin", "local_identity" for 0–3. */
const char *criterion_slug(int i);
int criterion_parse(const char *text, const char **suggestion);

#endif
