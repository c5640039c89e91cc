/*
 * report-int.h — what report.c (the tables) and report-html.c (the page)
 * share; not part of libocop's interface.
 */
#ifndef OCOP_REPORT_INT_H
#define OCOP_REPORT_INT_H

#include "ocop/dataset.h"
#include "ocop/report.h"

/*
 * Every heading, label and sentence of the reports, in Vietnamese and in
 * English: one row each in report.c's labels[], in this order.
 */
enum label {
	/* report titles */
	L_TITLE_CERTIFIED, L_TITLE_SUMMARY, L_TITLE_PIPELINE, L_TITLE_EXPIRING,
	L_TITLE_READINESS, L_TITLE_QUARTER, L_TITLE_TARGETS,
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
	/* table titles */
	L_TAB_BY_CATEGORY, L_TAB_BY_KIND, L_TAB_TOTALS, L_TAB_STEPS,
	L_TAB_BY_YEAR, L_TAB_COUNTS, L_TAB_EVENTS, L_TAB_TARGETS,
	L_TAB_NEW_PRODUCTS, L_TAB_FAIRS,
	/* row labels */
	L_TOTAL, L_REJECTED_ROW, L_WARDS, L_PRODUCERS, L_PRODUCERS_CERTIFIED,
	L_PRODUCTS, L_CERTIFIED, L_EXPIRING_90, L_EXPIRED, L_REVOKED,
	L_IN_CYCLE, L_REJECTED, L_REGISTERED, L_STEPS_PASSED, L_WARD_ASSESSED,
	L_RATED, L_ISSUED, L_CERT_EXPIRED, L_CERT_REVOKED, L_FAIRS,
	L_TRAINED, L_TARGET_NEW, L_TARGET_TRAINED, L_TARGET_FAIRS,
	/* values */
	L_YES, L_NO, L_NOT_APPLICABLE, L_MET, L_NOT_MET, L_STATUS_EXPIRING,
	L_STATUS_EXPIRED, L_LACK_BARCODE, L_LACK_TRACEABILITY, L_LACK_QUALITY,
	L_LACK_FOOD_SAFETY, L_LACK_TRADEMARK, L_TRAINED_OF,
	/* events of a quarter */
	L_EV_REGISTERED, L_EV_STEP, L_EV_REJECTED, L_EV_WARD, L_EV_WARD_PASS,
	L_EV_WARD_FAIL, L_EV_RATED, L_EV_RATED_DETAIL, L_EV_CERTIFIED,
	L_EV_CERTIFIED_DETAIL, L_EV_EXPIRED, L_EV_REVOKED, L_EV_FAIR,
	L_EV_TRAINING,
	/* the administrative page */
	L_DOC_COMMITTEE, L_DOC_NATION, L_DOC_MOTTO, L_DOC_NUMBER,
	L_DOC_KIND, L_DOC_DATE_LINE, L_DOC_DATE_BLANK, L_DOC_RECIPIENTS,
	L_DOC_ARCHIVE, L_DOC_SIGN_FOR, L_DOC_SIGNER_TITLE, L_DOC_DRAFT,
	L_DOC_CHARTS,
	/* charts */
	L_CHART_STARS, L_CHART_PIPELINE, L_CHART_NO_DATA, L_CHART_STAR_N,
	L_CHART_CAT_FOOD, L_CHART_CAT_BEVERAGE, L_CHART_CAT_HERBAL,
	L_CHART_CAT_HANDICRAFT, L_CHART_CAT_ORNAMENTAL, L_CHART_CAT_TOURISM,
	L_CHART_STEP_1, L_CHART_STEP_2, L_CHART_STEP_3, L_CHART_STEP_4,
	L_CHART_STEP_5, L_CHART_STEP_6, L_CHART_REJECTED,
	L_COUNT_
};

const char *report_label(enum label l, enum report_lang lang);

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

#endif
