/*
 * report-expiring.c — the expiring report: certificates that end within
 * --within days of the report's day, or have ended; soonest first.
 */
#include <stdlib.h>

#include "lib/report-int.h"
#include "ocop/util.h"

static long days_left(const struct report_ctx *c, const struct report_item *it)
{
	return date_to_days(&it->st.expires) - date_to_days(&c->day);
}

static bool is_ending(const struct report_ctx *c, const struct report_item *it)
{
	return it->st.recognition && it->st.status != STATUS_REVOKED &&
	       days_left(c, it) <= c->o->within;
}

static int by_expiry(const void *a, const void *b)
{
	const struct report_item *x = *(struct report_item *const *)a;
	const struct report_item *y = *(struct report_item *const *)b;
	int ret = date_cmp(&x->st.expires, &y->st.expires);

	return ret ? ret : report_compare_name(x, y);
}

void report_build_expiring(struct report_ctx *c)
{
	struct report_table *rt = report_add_table(c, "expiring", NULL);
	struct table *t = &rt->t;
	struct report_item **v;
	size_t n, i;

	v = report_select_items(c, is_ending, by_expiry, &n);
	report_col(rt, "id", L(c, L_COL_ID), COL_STRING);
	report_col(rt, "product", L(c, L_COL_PRODUCT), COL_STRING);
	report_col(rt, "producer", L(c, L_COL_PRODUCER), COL_STRING);
	report_col(rt, "stars", L(c, L_COL_STARS), COL_NUMBER);
	report_col(rt, "decision", L(c, L_COL_DECISION), COL_STRING);
	report_col(rt, "expires", L(c, L_COL_EXPIRES), COL_STRING);
	report_col(rt, "days_left", L(c, L_COL_DAYS_LEFT), COL_NUMBER);
	report_col(rt, "status", L(c, L_COL_STATUS), COL_STRING);
	for (i = 0; i < n; i++) {
		const struct report_item *it = v[i];
		long left = days_left(c, it);

		table_add_row(t);
		table_set(t, 0, it->p->id);
		table_set(t, 1, it->p->name);
		table_set(t, 2, report_owner_name(it));
		table_setf(t, 3, "%d", it->st.recognition->stars);
		table_set(t, 4, it->st.recognition->decision);
		report_set_date(c, t, 5, &it->st.expires);
		table_setf(t, 6, "%ld", left);
		table_set(t, 7, L(c, left > 0 ? L_STATUS_EXPIRING : L_STATUS_EXPIRED));
	}
	c->r->intro = xasprintf(L(c, L_INTRO_EXPIRING), (int)n, c->o->within);
	free(v);
}
