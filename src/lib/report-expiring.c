/*
 * report-expiring.c — the expiring report: certificates that end within
 * --within days of the report's day, or have ended; soonest first.
 */
#include <stdlib.h>

#include "lib/report-int.h"
#include "ocop/util.h"

static long days_left(const struct report_ctx *c, const struct report_item *it)
{
	return date_days_left(&it->st.expires, &c->day);
}

/*
 * The window: --within, else the days before its end by which the issuing
 * body notifies the producer, by the rules in force on the report's day.
 */
static int window(const struct report_ctx *c)
{
	return c->o->within != REPORT_WITHIN_RULES ? c->o->within :
	       rules_renewal_notice_days(&c->day);
}

static bool is_ending(const struct report_ctx *c, const struct report_item *it)
{
	return it->st.recognition && it->st.status != STATUS_REVOKED &&
	       days_left(c, it) <= window(c);
}

static int by_expiry(const void *a, const void *b)
{
	const struct report_item *x = *(struct report_item *const *)a;
	const struct report_item *y = *(struct report_item *const *)b;
	int ret = date_cmp(&x->st.expires, &y->st.expires);

	return ret ? ret : report_compare_name(x, y);
}

enum expiring_col {
	EXP_ID, EXP_PRODUCT, EXP_PRODUCER, EXP_STARS, EXP_DECISION,
	EXP_EXPIRES, EXP_DAYS_LEFT, EXP_STATUS, EXP_COLS
};

static const struct report_column expiring_cols[EXP_COLS] = {
	[EXP_ID] = { "id", L_COL_ID, COL_STRING, CELL_CODE },
	[EXP_PRODUCT] = { "product", L_COL_PRODUCT, COL_STRING },
	[EXP_PRODUCER] = { "producer", L_COL_PRODUCER, COL_STRING },
	[EXP_STARS] = { "stars", L_COL_STARS, COL_NUMBER },
	[EXP_DECISION] = { "decision", L_COL_DECISION, COL_STRING, CELL_CODE },
	[EXP_EXPIRES] = { "expires", L_COL_EXPIRES, COL_STRING, CELL_DATE },
	[EXP_DAYS_LEFT] = { "days_left", L_COL_DAYS_LEFT, COL_NUMBER },
	[EXP_STATUS] = { "status", L_COL_STATUS, COL_STRING },
};

void report_build_expiring(struct report_ctx *c)
{
	struct report_table *rt = report_add_table(c, "expiring", NULL);
	struct table *t = &rt->t;
	struct report_item **v;
	size_t n, i;

	v = report_select_items(c, is_ending, by_expiry, &n);
	report_columns(c, rt, expiring_cols, EXP_COLS);
	for (i = 0; i < n; i++) {
		const struct report_item *it = v[i];
		long left = days_left(c, it);

		table_add_row(t);
		table_set(t, EXP_ID, it->p->id);
		table_set(t, EXP_PRODUCT, it->p->name);
		table_set(t, EXP_PRODUCER, report_owner_name(it));
		table_setf(t, EXP_STARS, "%d", it->st.recognition->stars);
		table_set(t, EXP_DECISION, it->st.recognition->decision);
		report_set_date(c, t, EXP_EXPIRES, &it->st.expires);
		table_setf(t, EXP_DAYS_LEFT, "%ld", left);
		table_set(t, EXP_STATUS,
			  W(c, left >= 0 ? L_STATUS_EXPIRING : L_STATUS_EXPIRED));
	}
	c->r->intro = xasprintf(L(c, L_INTRO_EXPIRING), (int)n, window(c));
	free(v);
}
