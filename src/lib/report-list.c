/*
 * report-list.c — the lists (producer list, product list) as people read
 * them in a spreadsheet (see report.h): headed in the office's words, a
 * kind, a category or a state by its name, as the reports' --excel CSV
 * is.  The lists' machine formats keep their keys and codes.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/report-int.h"
#include "ocop/derived.h"
#include "ocop/rules.h"
#include "ocop/util.h"

/* A list's column, by its key: its heading for people. */
static const struct {
	const char *key;
	enum label title;
} list_headings[] = {
	{ "id", L_COL_ID },
	{ "name", L_COL_NAME },
	{ "kind", L_COL_KIND },
	{ "tax_code", L_COL_TAX_CODE },
	{ "address", L_COL_ADDRESS },
	{ "producer", L_COL_PRODUCER_ID },
	{ "category", L_COL_CATEGORY },
	{ "step", L_COL_STEP },
	{ "stars", L_COL_STARS },
	{ "status", L_COL_STATUS },
};

/* A state's name, by enum product_status (derived.h's slugs' order). */
static const enum label status_labels[STATUS_COUNT] = {
	[STATUS_IDEA] = L_ST_IDEA,
	[STATUS_IN_PROGRESS] = L_ST_IN_PROGRESS,
	[STATUS_CERTIFIED] = L_ST_CERTIFIED,
	[STATUS_EXPIRING] = L_STATUS_EXPIRING,
	[STATUS_EXPIRED] = L_STATUS_EXPIRED,
	[STATUS_REVOKED] = L_ST_REVOKED,
	[STATUS_REJECTED] = L_ST_REJECTED,
};

static const char *heading(const struct column *col, enum report_lang lang)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(list_headings); i++)
		if (!strcmp(col->key, list_headings[i].key))
			return report_label(list_headings[i].title, lang);
	return col->title;
}

/* A code of column key as people name it; the code itself when unknown. */
static const char *name_of(const char *key, const char *code,
			   enum report_lang lang)
{
	enum ocop_category cat;
	enum producer_kind kind;
	enum product_status st;
	const struct category_info *ci;
	const struct kind_info *ki;

	if (!strcmp(key, "category") && !rules_category_parse(code, &cat, NULL) &&
	    (ci = rules_category(cat)))
		return lang == REPORT_EN ? ci->name_en : ci->name_vi;
	if (!strcmp(key, "kind") && !rules_kind_parse(code, &kind, NULL) &&
	    (ki = rules_kind(kind)))
		return lang == REPORT_EN ? ki->name_en : ki->name_vi;
	if (!strcmp(key, "status") && !status_parse(code, &st, NULL))
		return report_label(status_labels[st], lang);
	return code;
}

void report_list_for_people(struct table *out, const struct table *t,
			    const char *lang)
{
	enum report_lang l = lang && !strcmp(lang, "en") ? REPORT_EN : REPORT_VI;
	size_t r, i;

	table_init(out);
	table_set_empty(out, t->empty);
	for (i = 0; i < t->ncols; i++) {
		table_add_column(out, t->cols[i].key, heading(&t->cols[i], l),
				 t->cols[i].align, t->cols[i].type);
		table_set_kind(out, i, t->cols[i].kind);
	}
	for (r = 0; r < t->nrows; r++) {
		table_add_row(out);
		for (i = 0; i < t->ncols; i++) {
			const char *v = table_get(t, r, i);

			table_set(out, i, v ? name_of(t->cols[i].key, v, l) : NULL);
		}
	}
}
