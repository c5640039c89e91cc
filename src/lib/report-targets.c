/*
 * report-targets.c — the targets report: a year against ocop.yaml's
 * targets, with the year's new products and trade fairs.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/report-int.h"
#include "ocop/rating.h"
#include "ocop/rules.h"
#include "ocop/util.h"

/* The year's targets of every directory: counts add up, the share is the highest asked. */
static bool year_target(struct report_ctx *c, struct target *sum)
{
	bool found = false;
	size_t i, j;

	memset(sum, 0, sizeof(*sum));
	sum->year = c->year;
	for (i = 0; i < c->ds->ndirs; i++) {
		const struct office *o = dataset_office(c->ds, i);

		for (j = 0; o && j < o->ntargets; j++) {
			const struct target *t = &o->targets[j];

			if (t->year != c->year)
				continue;
			found = true;
			sum->new_products_min += t->new_products_min;
			sum->new_products_max += t->new_products_max;
			sum->fairs_min += t->fairs_min;
			sum->fairs_max += t->fairs_max;
			if (t->trained_percent > sum->trained_percent)
				sum->trained_percent = t->trained_percent;
			break;
		}
	}
	return found;
}

/* "3–5", "≥ 3", "≤ 5", or NULL */
static char *planned(int min, int max)
{
	if (min && max && min != max)
		return xasprintf("%d–%d", min, max);
	if (min && max)
		return xasprintf("%d", min);
	if (min)
		return xasprintf("≥ %d", min);
	if (max)
		return xasprintf("≤ %d", max);
	return NULL;
}

/* The targets against what was done. */
enum target_col {
	TARGET_NAME, TARGET_PLANNED, TARGET_ACTUAL, TARGET_MET, TARGET_DETAIL,
	TARGET_COLS
};

static const struct report_column target_cols[TARGET_COLS] = {
	[TARGET_NAME] = { "target", L_COL_TARGET, COL_STRING, CELL_TEXT },
	[TARGET_PLANNED] = { "planned", L_COL_PLANNED, COL_STRING, CELL_TEXT },
	[TARGET_ACTUAL] = { "actual", L_COL_ACTUAL, COL_NUMBER, CELL_TEXT },
	[TARGET_MET] = { "met", L_COL_MET, COL_BOOL, CELL_TEXT },
	[TARGET_DETAIL] = { "detail", L_COL_DETAIL, COL_STRING, CELL_TEXT },
};

/* The products certified for the first time in the year. */
enum new_col {
	NEW_NO, NEW_PRODUCT, NEW_PRODUCER, NEW_CATEGORY, NEW_STARS,
	NEW_DECISION, NEW_DECISION_DATE, NEW_COLS
};

static const struct report_column new_cols[NEW_COLS] = {
	[NEW_NO] = { "no", L_COL_NO, COL_NUMBER, CELL_TEXT },
	[NEW_PRODUCT] = { "product", L_COL_PRODUCT, COL_STRING, CELL_TEXT },
	[NEW_PRODUCER] = { "producer", L_COL_PRODUCER, COL_STRING, CELL_TEXT },
	[NEW_CATEGORY] = { "category", L_COL_CATEGORY, COL_STRING, CELL_TEXT },
	[NEW_STARS] = { "stars", L_COL_STARS, COL_NUMBER, CELL_TEXT },
	[NEW_DECISION] = { "decision", L_COL_DECISION, COL_STRING, CELL_CODE },
	[NEW_DECISION_DATE] = { "decision_date", L_COL_DECISION_DATE, COL_STRING, CELL_DATE },
};

/* The year's trade fairs. */
enum fair_col { FAIR_DATE, FAIR_NAME, FAIR_PRODUCTS, FAIR_COLS };

static const struct report_column fair_cols[FAIR_COLS] = {
	[FAIR_DATE] = { "date", L_COL_DATE, COL_STRING, CELL_DATE },
	[FAIR_NAME] = { "fair", L_COL_FAIR, COL_STRING, CELL_TEXT },
	[FAIR_PRODUCTS] = { "products", L_PRODUCTS, COL_STRING, CELL_TEXT },
};

static void target_row(struct report_ctx *c, struct table *t, enum label l,
		       char *plan, int actual, bool percent, bool has_goal,
		       bool met, const char *detail)
{
	table_add_row(t);
	table_set(t, TARGET_NAME, W(c, l));
	table_set(t, TARGET_PLANNED, plan);
	if (percent && c->human)
		table_setf(t, TARGET_ACTUAL, "%d%%", actual);
	else
		table_setf(t, TARGET_ACTUAL, "%d", actual);
	if (has_goal) {
		if (c->human)
			table_set(t, TARGET_MET, L(c, met ? L_MET : L_NOT_MET));
		else
			table_set(t, TARGET_MET, met ? "true" : "false");
	}
	table_set(t, TARGET_DETAIL, detail);
	free(plan);
}

void report_build_targets(struct report_ctx *c)
{
	struct ocop_date from = report_make_date(c->year, 1, 1);
	struct ocop_date to = report_make_date(c->year, 12, 31);
	struct report_table *rt, *np, *fr;
	struct target goal;
	struct report_fair *fairs;
	struct report_item **v, **kept;
	size_t nv, nfairs, i, k = 0, nnew;
	char *trained_of, *plan_new;
	int trained, nproducers = (int)c->ds->nproducers, share;
	bool has = year_target(c, &goal);

	c->r->title = xasprintf(L(c, c->kind->title), c->year);
	if (!has)
		diag_warn(c->dl, NULL, 0, 0,
			  _("ocop.yaml has no targets for %d; the report shows the year alone"),
			  c->year);
	v = report_select_items(c, NULL, report_by_producer, &nv);

	np = report_add_table(c, "new_products", L(c, L_TAB_NEW_PRODUCTS));
	report_columns(c, np, new_cols, NEW_COLS);
	np->group_cols = 1UL << NEW_PRODUCER;
	np->group_start = xcalloc(nv ? nv : 1, sizeof(*np->group_start));
	kept = xcalloc(nv ? nv : 1, sizeof(*kept));
	for (i = 0; i < nv; i++) {
		const struct evaluation *e = product_first_certified(v[i]->p);
		const struct category_info *ci = rules_category(v[i]->p->category);

		if (!e || !report_in_period(c, &e->date, &from, &to))
			continue;
		table_add_row(&np->t);
		np->group_start[k] = !k || !report_same_owner(kept[k - 1], v[i]);
		kept[k++] = v[i];
		table_setf(&np->t, NEW_NO, "%zu", k);
		table_set(&np->t, NEW_PRODUCT, v[i]->p->name);
		table_set(&np->t, NEW_PRODUCER, report_owner_name(v[i]));
		table_set(&np->t, NEW_CATEGORY, ci ? REPORT_NAME(c, ci) : NULL);
		table_setf(&np->t, NEW_STARS, "%d", e->stars);
		table_set(&np->t, NEW_DECISION, e->decision);
		report_set_date(c, &np->t, NEW_DECISION_DATE, &e->date);
	}
	free(kept);
	nnew = np->t.nrows;

	fairs = report_collect_fairs(c, &from, &to, &nfairs);
	fr = report_add_table(c, "fairs", L(c, L_TAB_FAIRS));
	report_columns(c, fr, fair_cols, FAIR_COLS);
	for (i = 0; i < nfairs; i++) {
		table_add_row(&fr->t);
		report_set_date(c, &fr->t, FAIR_DATE, &fairs[i].date);
		table_set(&fr->t, FAIR_NAME, fairs[i].name);
		table_set(&fr->t, FAIR_PRODUCTS, fairs[i].products.buf);
	}

	trained = report_trained(c, &from, &to);
	share = nproducers ? trained * 100 / nproducers : 0;
	trained_of = xasprintf(W(c, L_TRAINED_OF), trained, nproducers);

	/* the targets come first: put the table before the two lists */
	rt = report_add_table(c, "targets", L(c, L_TAB_TARGETS));
	report_columns(c, rt, target_cols, TARGET_COLS);
	target_row(c, &rt->t, L_TARGET_NEW,
		   planned(goal.new_products_min, goal.new_products_max),
		   (int)nnew, false,
		   goal.new_products_min || goal.new_products_max,
		   (int)nnew >= goal.new_products_min, NULL);
	target_row(c, &rt->t, L_TARGET_TRAINED,
		   goal.trained_percent ? xasprintf("%d%%", goal.trained_percent) : NULL,
		   share, true, goal.trained_percent > 0,
		   share >= goal.trained_percent, trained_of);
	target_row(c, &rt->t, L_TARGET_FAIRS,
		   planned(goal.fairs_min, goal.fairs_max), (int)nfairs, false,
		   goal.fairs_min || goal.fairs_max,
		   (int)nfairs >= goal.fairs_min, NULL);
	{
		struct report_table last = c->r->tables[2];

		memmove(&c->r->tables[1], &c->r->tables[0],
			2 * sizeof(*c->r->tables));
		c->r->tables[0] = last;
		np = fr = rt = NULL;	/* they moved */
	}

	plan_new = planned(goal.new_products_min, goal.new_products_max);
	{
		char *head = xasprintf(L(c, L_INTRO_TARGETS), c->year,
				       (int)nnew);
		char *tail = plan_new ? xasprintf(L(c, L_INTRO_TARGETS_PLAN), plan_new) :
			     xstrdup(".");

		c->r->intro = xasprintf("%s%s", head, tail);
		free(head);
		free(tail);
	}
	free(plan_new);
	free(trained_of);
	report_free_fairs(fairs, nfairs);
	free(v);
}
