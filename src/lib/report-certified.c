/*
 * report-certified.c — the certified report: the seed plan's table of
 * products with a certificate of 3 to 5 stars in force, grouped by
 * producer, and a sentence of totals.
 */
#include <stdlib.h>

#include "lib/report-int.h"
#include "ocop/util.h"

static bool is_certified(const struct report_ctx *c, const struct report_item *it)
{
	(void)c;
	return it->st.stars >= CERTIFIED_MIN_STARS;
}

/* The seed plan's columns, and the decision that certified. */
enum certified_col {
	CERT_NO, CERT_PRODUCT, CERT_PRODUCER, CERT_ADDRESS, CERT_STARS,
	CERT_DECISION, CERT_DECISION_DATE, CERT_EXPIRES, CERT_COLS
};

static const struct report_column certified_cols[CERT_COLS] = {
	[CERT_NO] = { "no", L_COL_NO, COL_NUMBER, CELL_TEXT },
	[CERT_PRODUCT] = { "product", L_COL_PRODUCT, COL_STRING, CELL_TEXT },
	[CERT_PRODUCER] = { "producer", L_COL_PRODUCER, COL_STRING, CELL_TEXT },
	[CERT_ADDRESS] = { "address", L_COL_ADDRESS, COL_STRING, CELL_TEXT },
	[CERT_STARS] = { "stars", L_COL_STARS, COL_NUMBER, CELL_TEXT },
	[CERT_DECISION] = { "decision", L_COL_DECISION, COL_STRING, CELL_CODE },
	[CERT_DECISION_DATE] = { "decision_date", L_COL_DECISION_DATE, COL_STRING, CELL_DATE },
	[CERT_EXPIRES] = { "expires", L_COL_EXPIRES, COL_STRING, CELL_DATE },
};

/*
 * Several wards: a first column names the ward, and the products come
 * ward by ward (in the order the province lists them), then as in one
 * ward, by producer.
 */
void report_build_certified(struct report_ctx *c)
{
	struct report_table *rt = report_add_table(c, "certified", NULL);
	struct table *t = &rt->t;
	int count[3] = { 0, 0, 0 };
	bool wards = report_many_wards(c);
	size_t o = wards;	/* the columns' offset */
	struct report_item **v;
	size_t n, i;
	char *where, *ward;

	v = report_select_items(c, is_certified, wards ?
				report_by_ward_producer : report_by_producer, &n);
	if (wards)
		report_col(rt, "ward", L(c, L_COL_WARD), COL_STRING);
	report_columns(c, rt, certified_cols, CERT_COLS);
	rt->group_cols = (1UL << CERT_PRODUCER | 1UL << CERT_ADDRESS) << o |
			 (wards ? 1UL : 0);
	rt->group_start = xcalloc(n ? n : 1, sizeof(*rt->group_start));
	for (i = 0; i < n; i++) {
		const struct report_item *it = v[i];
		const struct evaluation *e = it->st.recognition;

		table_add_row(t);
		rt->group_start[i] = !i || !report_same_owner(v[i - 1], it);
		if (wards) {
			ward = report_ward_name(c, it->e->dir);
			table_set(t, 0, ward);
			free(ward);
		}
		table_setf(t, o + CERT_NO, "%zu", i + 1);
		table_set(t, o + CERT_PRODUCT, it->p->name);
		table_set(t, o + CERT_PRODUCER, report_owner_name(it));
		table_set(t, o + CERT_ADDRESS, report_owner_address(it));
		table_setf(t, o + CERT_STARS, "%d", it->st.stars);
		table_set(t, o + CERT_DECISION, e->decision);
		report_set_date(c, t, o + CERT_DECISION_DATE, &e->date);
		report_set_date(c, t, o + CERT_EXPIRES, &it->st.expires);
		count[it->st.stars - CERTIFIED_MIN_STARS]++;
	}
	if (c->o->has_date) {
		char day[DATE_ISO_MAX];

		report_put_day(c, &c->day, day);
		where = xasprintf(L(c, L_INTRO_WHERE_AS_OF), day);
	} else {
		where = xstrdup(L(c, L_INTRO_WHERE));
	}
	c->r->intro = xasprintf(L(c, L_INTRO_CERTIFIED), where, (int)n,
				count[2], count[1], count[0]);
	free(where);
	free(v);
}
