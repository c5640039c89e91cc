/*
 * report-int.h — what the report files share; not part of libocop's
 * interface.  report.c holds the table of report kinds (one row a kind)
 * and the code every builder uses; report-KIND.c builds one kind's
 * tables; report-labels.c words them; report-write.c and report-html.c
 * print them.
 */
#ifndef OCOP_REPORT_INT_H
#define OCOP_REPORT_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "ocop/dataset.h"
#include "ocop/report.h"
#include "ocop/derived.h"
#include "ocop/strbuf.h"

/*
 * Every heading, label and sentence of the reports, in Vietnamese and in
 * English: one row each in report-labels.c's labels[].
 */
enum label {
	/* report titles */
	L_TITLE_CERTIFIED, L_TITLE_SUMMARY, L_TITLE_PIPELINE, L_TITLE_EXPIRING,
	L_TITLE_READINESS, L_TITLE_QUARTER, L_TITLE_TARGETS,
	/* a workbook's tab for a table without a title */
	L_SHEET_CERTIFIED, L_SHEET_EXPIRING, L_SHEET_READINESS,
	/* places and dates */
	L_WARD, L_PROVINCE, L_AS_OF, L_PERIOD,
	/* sentences */
	L_INTRO_WHERE, L_INTRO_WHERE_AS_OF, L_INTRO_CERTIFIED, L_INTRO_EXPIRING, L_INTRO_READINESS, L_INTRO_TARGETS,
	L_INTRO_TARGETS_PLAN,
	/* columns */
	L_COL_NO, L_COL_ID, L_COL_PRODUCT, L_COL_PRODUCER, L_COL_ADDRESS,
	L_COL_STARS, L_COL_DECISION, L_COL_DECISION_DATE, L_COL_EXPIRES,
	L_COL_CATEGORY, L_COL_STARS_3, L_COL_STARS_4, L_COL_STARS_5,
	L_COL_CERTIFIED, L_COL_NOT_CERTIFIED, L_COL_PRODUCTS, L_COL_KIND,
	L_COL_PRODUCERS, L_COL_WITH_CERTIFIED, L_COL_CERTIFIED_PRODUCTS,
	L_COL_ITEM, L_COL_COUNT, L_COL_STEP, L_COL_STEP_NAME, L_COL_IDEAS,
	L_COL_EXISTING, L_COL_TOTAL, L_COL_YEAR, L_COL_STEP_N, L_COL_REJECTED,
	L_COL_RECOGNISED, L_COL_DAYS_LEFT, L_COL_STATUS, L_COL_BARCODE,
	L_COL_TRACEABILITY, L_COL_QUALITY, L_COL_FOOD_SAFETY, L_COL_TRADEMARK,
	L_COL_LACKS, L_COL_DATE, L_COL_EVENT, L_COL_NAME, L_COL_DETAIL,
	L_COL_TARGET, L_COL_PLANNED, L_COL_ACTUAL, L_COL_MET, L_COL_FAIR,
	L_COL_LISTINGS, L_COL_NEXT_STEP, L_COL_DOCUMENTS, L_COL_MISSING,
	L_COL_EXPIRED_DOCS, L_COL_DOC_KIND,
	/* table titles */
	L_TAB_BY_CATEGORY, L_TAB_BY_KIND, L_TAB_TOTALS, L_TAB_STEPS,
	L_TAB_BY_YEAR, L_TAB_COUNTS, L_TAB_EVENTS, L_TAB_TARGETS,
	L_TAB_NEW_PRODUCTS, L_TAB_FAIRS,
	/* several wards, former communes */
	L_COL_WARD, L_COL_OLD_COMMUNE, L_TAB_BY_WARD, L_TAB_BY_WARD_CATEGORY,
	L_TAB_BY_OLD_COMMUNE, L_OLD_COMMUNE_UNKNOWN,
	/* PTNT_OCOP (QĐ 5277): the table's own column names */
	L_TITLE_PTNT, L_SHEET_PTNT, L_COL_PTNT_UNIT, L_COL_PTNT_PERIOD,
	L_COL_PTNT_PRODUCT, L_COL_PTNT_NAME, L_COL_PTNT_STARS,
	L_COL_PTNT_PRODUCER, L_COL_PTNT_REVENUE, L_COL_PTNT_STATUS,
	/* row labels */
	L_TOTAL, L_REJECTED_ROW, L_WARDS, L_PRODUCERS, L_PRODUCERS_CERTIFIED,
	L_PRODUCTS, L_CERTIFIED, L_EXPIRING_WINDOW, L_EXPIRED, L_REVOKED,
	L_IN_CYCLE, L_REJECTED, L_REGISTERED, L_STEPS_PASSED, L_WARD_ASSESSED,
	L_RATED, L_ISSUED, L_CERT_EXPIRED, L_CERT_REVOKED, L_FAIRS,
	L_TRAINED, L_COURSES, L_WORKSHOPS, L_PROMOTIONS, L_YEAR_ONLY, L_TARGET_NEW, L_TARGET_TRAINED, L_TARGET_FAIRS,
	/* values */
	L_YES, L_NO, L_NOT_APPLICABLE, L_MET, L_NOT_MET, L_STATUS_EXPIRING,
	L_STATUS_EXPIRED, L_LACK_BARCODE, L_LACK_TRACEABILITY, L_LACK_QUALITY,
	L_LACK_FOOD_SAFETY, L_LACK_TRADEMARK, L_LACK_KIND, L_TRAINED_OF,
	L_NEXT_WARD, L_NEXT_COUNCIL, L_NEXT_RENEWAL, L_KIND_OCOP,
	/* events of a quarter */
	L_EV_REGISTERED, L_EV_STEP, L_EV_REJECTED, L_EV_WARD, L_EV_WARD_PASS,
	L_EV_WARD_FAIL, L_EV_RATED, L_EV_RATED_DETAIL, L_EV_CERTIFIED,
	L_EV_CERTIFIED_DETAIL, L_EV_EXPIRED, L_EV_REVOKED, L_EV_FAIR,
	L_EV_TRAINING, L_EV_WORKSHOP, L_EV_PROMOTION,
	/* the administrative page */
	L_DOC_COMMITTEE, L_DOC_NATION, L_DOC_MOTTO, L_DOC_NUMBER,
	L_DOC_KIND, L_DOC_DATE_LINE, L_DOC_DATE_BLANK, L_DOC_RECIPIENTS,
	L_DOC_ARCHIVE, L_DOC_SIGN_FOR, L_DOC_SIGNER_TITLE, L_DOC_DRAFT,
	L_DOC_CHARTS,
	/* a table of no rows, said as a sentence */
	L_EMPTY, L_EMPTY_CERTIFIED, L_EMPTY_EXPIRING, L_EMPTY_PRODUCTS,
	L_EMPTY_EVENTS, L_EMPTY_NEW_PRODUCTS, L_EMPTY_FAIRS,
	/* the lists for people (report-list.c) */
	L_COL_PRODUCER_ID, L_COL_TAX_CODE, L_ST_IDEA, L_ST_IN_PROGRESS,
	L_ST_CERTIFIED, L_ST_REVOKED, L_ST_REJECTED,
	/* charts */
	L_CHART_STARS, L_CHART_PIPELINE, L_CHART_NO_DATA, L_CHART_STAR_N,
	L_CHART_CAT_FOOD, L_CHART_CAT_BEVERAGE, L_CHART_CAT_HERBAL,
	L_CHART_CAT_HANDICRAFT, L_CHART_CAT_ORNAMENTAL, L_CHART_CAT_TOURISM,
	L_CHART_STEP_1, L_CHART_STEP_2, L_CHART_STEP_3, L_CHART_STEP_4,
	L_CHART_STEP_5, L_CHART_STEP_6, L_CHART_REJECTED,
	L_COUNT_
};

const char *report_label(enum label l, enum report_lang lang);
/* Does label l have a text in lang?  (report_label() dies when not.) */
bool report_label_exists(enum label l, enum report_lang lang);

/* The ward as its documents name it: "phường Nghĩa Lộ". */
char *report_unit_name(const struct office *o, enum report_lang lang);
/* The ward's name alone, for the date line: "Nghĩa Lộ". */
char *report_place_name(const struct office *o);
/* Is s, folded, prefix followed by a space or the end?  Sets *rest. */
bool report_has_prefix(const char *s, const char *folded_prefix,
		       const char **rest);

/* The administrative page's parts: its letterhead, dates, signature. */
struct report_document *report_document_new(const struct dataset *ds,
					    const struct report_options *o,
					    enum report_lang lang, int year);
void report_document_free(struct report_document *doc);

/* The frame of an XLSX sheet (output.h): the page's letterhead as text. */
struct report_frame {
	struct xlsx_frame x;	/* its fields point into the buffers below */
	struct strbuf issuer, motto, number, title, recipients, signature;
};
/* Fill fr from r->doc (which must not be NULL); release with the next. */
void report_frame_init(struct report_frame *fr, const struct report *r);
void report_frame_release(struct report_frame *fr);

/* --- a report kind: one row ----------------------------------------------- */

struct report_ctx;

/*
 * Everything that makes a kind, in report.c's report_kinds[] (indexed by
 * enum report_kind).  Its builder is the function of its own file,
 * report-KIND.c; report_build() does the rest from the row: the options
 * checked, the title, the charts, the subtitle and the frame.
 */
struct report_kind_row {
	const char *name;	/* "certified": what `ocop report` takes */
	enum label title;	/* its heading; a builder whose title takes
				   arguments (the quarter, the year) sets
				   r->title itself from this label */
	unsigned options;	/* enum report_option, --number and --draft
				   aside: those come with the frame */
	unsigned charts;	/* enum report_chart, drawn on the HTML page */
	enum label sheet;	/* its workbook's tab, when its table has
				   no title of its own */
	bool frame;		/* laid out as an administrative document:
				   letterhead, number, date line, signature */
	void (*build)(struct report_ctx *c);	/* fills c->r's tables */
};

/* The row of kind, or BUG() when kind is out of range. */
const struct report_kind_row *report_kind_row(enum report_kind kind);

/* --- what a builder works with -------------------------------------------- */

/* A product as of the report's day. */
struct report_item {
	const struct dataset_entry *e;
	const struct product *p;
	const struct producer *owner;	/* NULL: not in its directory */
	struct product_derived st;	/* as of the report's day */
	struct evaluation *evals;	/* the entries up to the day, or NULL */
	char *key, *owner_key;		/* collation keys, once sorted */
};

/* One report being built. */
struct report_ctx {
	const struct dataset *ds;
	const struct report_options *o;
	const struct report_kind_row *kind;
	struct report *r;
	struct diag_list *dl;
	enum report_lang lang;
	bool human;			/* text, md, html, xlsx, --excel: labels */
	struct ocop_date day;		/* the report's day */
	int year, quarter;		/* the period asked, or the day's */
	struct report_item *items;	/* every product, in the dataset's order */
	size_t nitems;
};

static inline const char *L(const struct report_ctx *c, enum label l)
{
	return report_label(l, c->lang);
}

/* Label l's code, the same in every language ("expiring"); BUG() if none. */
const char *report_code(enum label l);
bool report_code_exists(enum label l);

/*
 * A row's name or a cell's value: its label for people (text, md, html,
 * xlsx, --excel), its code for scripts (csv, tsv, json).
 */
static inline const char *W(const struct report_ctx *c, enum label l)
{
	return c->human ? report_label(l, c->lang) : report_code(l);
}

/* A category's, a kind's or a step's name for people, its slug for scripts. */
#define REPORT_NAME(c, info) \
	((c)->human ? ((c)->lang == REPORT_VI ? (info)->name_vi : (info)->name_en) : \
	 (info)->slug)

/* "I" to "IV": quarter q is report_roman[q - 1]. */
extern const char *const report_roman[4];

/* A date as the format writes it: dd/mm/yyyy in Vietnamese for people. */
void report_put_date(const struct report_ctx *c, const struct ocop_date *d,
		     char buf[DATE_ISO_MAX]);
/* A date in a sentence: as people write it, whatever the format. */
void report_put_day(const struct report_ctx *c, const struct ocop_date *d,
		    char buf[DATE_ISO_MAX]);
/* Cell col of t's last row: a date (as report_put_date), a yes/no. */
void report_set_date(const struct report_ctx *c, struct table *t, size_t col,
		     const struct ocop_date *d);
void report_set_bool(const struct report_ctx *c, struct table *t, size_t col,
		     bool v);
struct ocop_date report_make_date(int y, int m, int d);
/* Did d fall in [from, to], and not after the report's day? */
bool report_in_period(const struct report_ctx *c, const struct ocop_date *d,
		      const struct ocop_date *from, const struct ocop_date *to);

/* A new table of c->r, named name (its JSON key), titled title or NULL. */
struct report_table *report_add_table(struct report_ctx *c, const char *name,
				      const char *title);
/* A column of rt: numbers align right. */
void report_col(struct report_table *rt, const char *key, const char *title,
		enum column_type type);

/* A column as a table of columns names it: its key, heading and type. */
struct report_column {
	const char *key;	/* JSON key, CSV header for machines */
	enum label title;
	enum column_type type;
	enum cell_kind kind;	/* CELL_TEXT: as its type says */
};
/* The columns cols[0..n - 1] of rt, headed in c's language. */
void report_columns(const struct report_ctx *c, struct report_table *rt,
		    const struct report_column *cols, size_t n);

/* A row of a table of counts: "item" (its label), "count". */
struct report_count {
	enum label item;
	long n;
};
/* A table of counts named name, titled title, of rows[0..n - 1]. */
void report_count_table(struct report_ctx *c, const char *name,
			enum label title, const struct report_count *rows,
			size_t n);

/* The producer's name (its id when not found) and address, or NULL. */
const char *report_owner_name(const struct report_item *it);
const char *report_owner_address(const struct report_item *it);
/* Same producer, in the same directory? */
bool report_same_owner(const struct report_item *x, const struct report_item *y);

/* Orders of items, for report_select_items(): by name, by producer. */
void report_make_keys(struct report_item *it, bool owner);
int report_compare_name(const struct report_item *x, const struct report_item *y);
int report_by_name(const void *a, const void *b);
int report_by_producer(const void *a, const void *b);
/* The items that pass keep (all when NULL), sorted by cmp; free() it. */
struct report_item **report_select_items(struct report_ctx *c,
		bool (*keep)(const struct report_ctx *, const struct report_item *),
		int (*cmp)(const void *, const void *), size_t *n);

/* --- several wards (report-wards.c) --- */

/* Are several wards read together (a province, or -C given twice)? */
bool report_many_wards(const struct report_ctx *c);
/* Ward dir's name in a table: "phường Nghĩa Lộ" for people, its id for scripts. */
char *report_ward_name(const struct report_ctx *c, size_t dir);
/* Ward (in the order read), then as report_by_producer. */
int report_by_ward_producer(const void *a, const void *b);

/* A unit merged into a ward in 2025, as its ocop.yaml's formerly lists it. */
struct former_key {
	size_t dir;		/* the ward that lists it */
	const char *name;	/* "xã Nghĩa Dõng" */
	char *key;		/* folded, the unit's kind dropped: "nghia-dong" */
};
/* Every ward's former units, in the wards' order; free with the next. */
struct former_key *report_former_keys(const struct report_ctx *c, size_t *n);
void report_free_former_keys(struct former_key *keys, size_t n);
/*
 * The former unit an item's producer was in: the first of its ward's
 * whose name its old_address holds (as whole words, accents and case
 * aside); n when none.
 */
size_t report_former_of(const struct former_key *keys, size_t n,
			const struct report_item *it);

/* What happened in a period (quarter and targets): trade fairs. */
struct report_fair {
	struct ocop_date date;
	const char *name;
	struct strbuf products;	/* the names of the products shown */
};
/* The fairs of [from, to], one for each day and name, in date order. */
struct report_fair *report_collect_fairs(struct report_ctx *c,
					 const struct ocop_date *from,
					 const struct ocop_date *to, size_t *n);
void report_free_fairs(struct report_fair *fairs, size_t n);
/* How many producers had training in [from, to]. */
int report_trained(const struct report_ctx *c, const struct ocop_date *from,
		   const struct ocop_date *to);

/* The builders, one a file: report-certified.c, report-summary.c, … */
void report_build_certified(struct report_ctx *c);
void report_build_summary(struct report_ctx *c);
void report_build_pipeline(struct report_ctx *c);
void report_build_expiring(struct report_ctx *c);
/* The expiring report's window in days: --within, else the rules' notice. */
int report_expiring_window(const struct report_ctx *c);
void report_build_readiness(struct report_ctx *c);
void report_build_quarter(struct report_ctx *c);
void report_build_targets(struct report_ctx *c);
void report_build_ptnt(struct report_ctx *c);

#endif
