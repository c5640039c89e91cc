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

void report_build_certified(struct report_ctx *c)
{
	struct report_table *rt = report_add_table(c, "certified", NULL);
	struct table *t = &rt->t;
	int count[3] = { 0, 0, 0 };
	struct report_item **v;
	size_t n, i;
	char *where;

	v = report_select_items(c, is_certified, report_by_producer, &n);
	report_col(rt, "no", L(c, L_COL_NO), COL_NUMBER);
	report_col(rt, "product", L(c, L_COL_PRODUCT), COL_STRING);
	report_col(rt, "producer", L(c, L_COL_PRODUCER), COL_STRING);
	report_col(rt, "address", L(c, L_COL_ADDRESS), COL_STRING);
	report_col(rt, "stars", L(c, L_COL_STARS), COL_NUMBER);
	report_col(rt, "decision", L(c, L_COL_DECISION), COL_STRING);
	report_col(rt, "decision_date", L(c, L_COL_DECISION_DATE), COL_STRING);
	report_col(rt, "expires", L(c, L_COL_EXPIRES), COL_STRING);
	rt->group_cols = 1UL << 2 | 1UL << 3;
	rt->group_start = xcalloc(n ? n : 1, sizeof(*rt->group_start));
	for (i = 0; i < n; i++) {
		const struct report_item *it = v[i];
		const struct evaluation *e = it->st.recognition;

		table_add_row(t);
		rt->group_start[i] = !i || !report_same_owner(v[i - 1], it);
		table_setf(t, 0, "%zu", i + 1);
		table_set(t, 1, it->p->name);
		table_set(t, 2, report_owner_name(it));
		table_set(t, 3, report_owner_address(it));
		table_setf(t, 4, "%d", it->st.stars);
		table_set(t, 5, e->decision);
		report_set_date(c, t, 6, &e->date);
		report_set_date(c, t, 7, &it->st.expires);
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
