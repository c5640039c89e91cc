/*
 * report.h — the office's reports: each a function of the records (and of
 * ocop.yaml's targets) with a fixed set of tables and columns.  A kind is
 * one row of src/lib/report.c's table (its name, title, options, charts,
 * frame and builder), built in its own file, src/lib/report-KIND.c:
 *
 *   certified  the seed plan's table of products in force, by producer
 *   summary    products by category and stars, producers by kind, totals
 *   pipeline   products at each step of the cycle; steps reached by year
 *   expiring   certificates ending within N days, or ended
 *   readiness  what each product lacks of section VI of the plan
 *   quarter    what happened in a quarter
 *   targets    a year against ocop.yaml's targets
 *   ptnt-ocop  table PTNT_OCOP of QĐ 5277, for the national system
 *
 * report_build() reads a dataset and fills a struct report: its tables
 * (struct table, output.h) and, for HTML, what the page around them says.
 * report_write() prints it in any format: text, csv, tsv, json and md go
 * through table_print(); html is one self-contained page (inline style,
 * SVG charts, no script, nothing fetched) that prints on A4, laid out as
 * a Vietnamese administrative report for certified, quarter and targets
 * (for any report with --frame), page numbers at the top from page 2, no
 * row alone on a page; xlsx is a workbook of a sheet a table, the frame
 * as cells around it.  A table of no rows is a sentence in text, md and
 * html ("Không có sản phẩm nào …"), and keeps its shape elsewhere.  Formats for scripts (csv, tsv, json) carry codes
 * ("food", "expiring"), whatever the language; formats for people (text,
 * md, html, xlsx, and csv with --excel) carry labels.
 *
 * Reports only read.  The same records, options and day give the same
 * bytes: nothing depends on the clock but "today" (date_today(), which
 * $OCOP_TODAY fixes), and no date of the run is printed unless --date
 * names one.
 */
#ifndef OCOP_REPORT_H
#define OCOP_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "ocop/dataset.h"
#include "ocop/date.h"
#include "ocop/diag.h"
#include "ocop/output.h"
#include "ocop/rules.h"

enum report_kind {
	REPORT_CERTIFIED,
	REPORT_SUMMARY,
	REPORT_PIPELINE,
	REPORT_EXPIRING,
	REPORT_READINESS,
	REPORT_QUARTER,
	REPORT_TARGETS,
	REPORT_PTNT,
	REPORT_KIND_COUNT	/* not a kind: how many there are */
};

/* "certified", "summary", …; -1 (and a suggestion) for an unknown name. */
int report_kind_parse(const char *name, enum report_kind *out,
		      const char **suggestion);
const char *report_kind_name(enum report_kind kind);

/*
 * The options each report takes besides the format and --lang (its row
 * says which); --number and --draft come with the administrative frame.
 */
enum report_option {
	REPORT_OPT_YEAR = 1 << 0,	/* --year */
	REPORT_OPT_QUARTER = 1 << 1,	/* --quarter */
	REPORT_OPT_WITHIN = 1 << 2,	/* --within */
	REPORT_OPT_DOCUMENT = 1 << 3	/* --number, --draft: an administrative page */
};
unsigned report_options_taken(enum report_kind kind);

enum report_lang { REPORT_VI, REPORT_EN };

struct report_options {
	enum report_kind kind;
	const char *lang;		/* "vi", "en"; NULL: ocop.yaml's, else vi */
	enum out_format format;		/* how dates and yes/no are written */
	bool excel;			/* CSV for a spreadsheet: labels, as for people */
	bool has_date;			/* --date given: */
	struct ocop_date date;		/*   the report's day, printed on it */
	int year;			/* 0: the year of the report's day */
	int quarter;			/* 1–4; 0: the quarter of the report's day */
	int within;			/* expiring: days ahead */
/* within's default: the notice the rules in force on the report's day give */
#define REPORT_WITHIN_RULES (-1)
	const char *number;		/* the document's number, or NULL */
	bool draft;			/* leave the number blank, mark DỰ THẢO */
	bool frame;			/* --frame: the administrative frame
					   (html, xlsx) whatever the kind */
};

void report_options_init(struct report_options *o, enum report_kind kind);

/* "2", "IV", "quý 4": 1–4, or -1. */
int report_quarter_parse(const char *text);

struct report_table {
	const char *name;	/* JSON key and --table NAME: "by_kind" */
	char *title;		/* its heading, in the report's language */
	struct table t;
	/*
	 * Rows that belong together (the products of one producer): the
	 * columns of group_cols (bit i = column i) are the same on each row
	 * of a group.  Text and Markdown write them on the group's first row
	 * only, HTML merges them (rowspan), as the seed's table does; csv,
	 * tsv and json repeat them so that each row stands alone.
	 */
	unsigned long group_cols;
	bool *group_start;	/* per row; NULL when there are no groups */
};

/* Data of the charts, for HTML. */
enum report_chart { CHART_STARS = 1 << 0, CHART_PIPELINE = 1 << 1 };

struct report_document;		/* the administrative page: report-html.c */

struct report {
	enum report_kind kind;
	enum report_lang lang;
	char *title;		/* "Danh sách sản phẩm đạt OCOP 3 sao trở lên" */
	char *subtitle;		/* "phường Nghĩa Lộ, tỉnh Quảng Ngãi" */
	char *intro;		/* a sentence of totals, or NULL */
	struct report_table *tables;
	size_t ntables;
	unsigned charts;	/* enum report_chart */
	int stars[CATEGORY_COUNT][3];	/* in force: 3, 4, 5 stars */
	int steps[STEP_COUNT + 1];	/* at steps 1–6, then rejected ideas */
	struct report_document *doc;	/* NULL unless administrative */
};

/*
 * Build report o->kind over ds.  Warnings (a target missing for the
 * year, a producer not found) go to dl.  Returns 0, or -1 with an error
 * in dl (nothing to report on, a bad option value).
 */
int report_build(struct report *r, const struct dataset *ds,
		 const struct report_options *o, struct diag_list *dl);
void report_release(struct report *r);

/* The index of the table named name, or -1 (and a suggestion). */
int report_find_table(const struct report *r, const char *name,
		      const char **suggestion);

/*
 * Write the report (only table `only`, or all when only < 0) to f in
 * format fmt; flags as table_print() takes them (TABLE_EXCEL).  FMT_XLSX
 * writes a workbook, one sheet a table named by its title.  Returns 0,
 * or -1 when a write failed (errno set).
 */
int report_write(const struct report *r, enum out_format fmt, unsigned flags,
		 int only, FILE *f);

/*
 * A list (producer list, product list) for people, as a report's --excel
 * CSV is (report-list.c): out, a copy of t (release it), headed in lang's
 * words ("vi" or "en"; NULL: vi) by its columns' keys, its kinds,
 * categories and states by their names.
 */
void report_list_for_people(struct table *out, const struct table *t,
			    const char *lang);

/* The HTML page (report-html.c); report_write() calls it for FMT_HTML. */
void report_write_html(const struct report *r, int only, FILE *f);

#endif
