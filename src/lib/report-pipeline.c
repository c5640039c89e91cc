/*
 * report-pipeline.c — the pipeline report: products at each step of
 * the cycle on the report's day, and the steps reached in each year.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/report-int.h"
#include "ocop/rating.h"
#include "ocop/rules.h"
#include "ocop/util.h"

/* Products at each step, by origin. */
enum step_col {
	STEP_NO, STEP_NAME, STEP_IDEAS, STEP_EXISTING, STEP_PRODUCTS,
	STEP_COLS
};

static const struct report_column step_cols[STEP_COLS] = {
	[STEP_NO] = { "step", L_COL_STEP, COL_NUMBER, CELL_TEXT },
	[STEP_NAME] = { "name", L_COL_STEP_NAME, COL_STRING, CELL_TEXT },
	[STEP_IDEAS] = { "ideas", L_COL_IDEAS, COL_NUMBER, CELL_TEXT },
	[STEP_EXISTING] = { "existing", L_COL_EXISTING, COL_NUMBER, CELL_TEXT },
	[STEP_PRODUCTS] = { "products", L_COL_TOTAL, COL_NUMBER, CELL_TEXT },
};

static void build_steps(struct report_ctx *c)
{
	struct report_table *rt = report_add_table(c, "steps", L(c, L_TAB_STEPS));
	struct table *t = &rt->t;
	int count[STEP_COUNT + 2][2];	/* steps, rejected, total; by origin */
	size_t i;
	int s;

	memset(count, 0, sizeof(count));
	for (i = 0; i < c->nitems; i++) {
		const struct report_item *it = &c->items[i];
		int o = it->p->origin == ORIGIN_IDEA ? 0 : 1;

		if (it->st.status == STATUS_REJECTED)
			count[STEP_COUNT][o]++;
		else if (it->st.step >= 1 && it->st.step <= STEP_COUNT)
			count[it->st.step - 1][o]++;
		count[STEP_COUNT + 1][o]++;
	}
	report_columns(c, rt, step_cols, STEP_COLS);
	for (s = 0; s < STEP_COUNT + 2; s++) {
		table_add_row(t);
		if (s < STEP_COUNT) {
			const struct step_info *si = rules_step(s + 1);

			table_setf(t, STEP_NO, "%d", s + 1);
			table_set(t, STEP_NAME, REPORT_NAME(c, si));
		} else {
			table_set(t, STEP_NAME, W(c, s == STEP_COUNT ? L_REJECTED_ROW : L_TOTAL));
		}
		table_setf(t, STEP_IDEAS, "%d", count[s][0]);
		table_setf(t, STEP_EXISTING, "%d", count[s][1]);
		table_setf(t, STEP_PRODUCTS, "%d", count[s][0] + count[s][1]);
	}
}

struct year_row {
	int year;
	int step[STEP_COUNT], rejected, recognised;
};

static struct year_row *year_row(struct year_row **rows, size_t *n,
				 size_t *alloc, int year)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if ((*rows)[i].year == year)
			return &(*rows)[i];
	ALLOC_GROW(*rows, *n + 1, *alloc);
	memset(&(*rows)[*n], 0, sizeof(**rows));
	(*rows)[*n].year = year;
	return &(*rows)[(*n)++];
}

static int by_year(const void *a, const void *b)
{
	const struct year_row *x = a, *y = b;

	return (x->year > y->year) - (x->year < y->year);
}

static void build_by_year(struct report_ctx *c)
{
	struct report_table *rt = report_add_table(c, "by_year", L(c, L_TAB_BY_YEAR));
	struct table *t = &rt->t;
	struct year_row *rows = NULL, *row;
	size_t n = 0, alloc = 0, i, j;
	int s;

	if (c->o->year)
		year_row(&rows, &n, &alloc, c->o->year);
	for (i = 0; i < c->nitems; i++) {
		const struct product *p = c->items[i].p;
		/* a product counts once a year for each step it reached */
		int seen_year[STEP_COUNT + 2] = { 0 };

		for (j = 0; j < p->ncycle; j++) {
			const struct cycle_entry *ce = &p->cycle[j];
			int slot = ce->rejected ? STEP_COUNT :
				   ce->step - 1;

			if (date_cmp(&ce->date, &c->day) > 0 ||
			    (c->o->year && ce->date.year != c->o->year))
				continue;
			if (slot < 0 || slot > STEP_COUNT ||
			    seen_year[slot] == ce->date.year)
				continue;
			seen_year[slot] = ce->date.year;
			row = year_row(&rows, &n, &alloc, ce->date.year);
			if (ce->rejected)
				row->rejected++;
			else
				row->step[slot]++;
		}
		for (j = 0; j < p->nevals; j++) {
			const struct evaluation *e = &p->evals[j];

			if (!rating_is_recognition(e) || date_cmp(&e->date, &c->day) > 0 ||
			    (c->o->year && e->date.year != c->o->year) ||
			    seen_year[STEP_COUNT + 1] == e->date.year)
				continue;
			seen_year[STEP_COUNT + 1] = e->date.year;
			year_row(&rows, &n, &alloc, e->date.year)->recognised++;
		}
	}
	if (n)
		qsort(rows, n, sizeof(*rows), by_year);
	report_col(rt, "year", L(c, L_COL_YEAR), COL_NUMBER);
	for (s = 1; s <= STEP_COUNT; s++) {
		char key[32], *title = xasprintf(L(c, L_COL_STEP_N), s);

		snprintf(key, sizeof(key), "step_%d", s);
		report_col(rt, key, title, COL_NUMBER);
		free(title);
	}
	report_col(rt, "rejected", L(c, L_COL_REJECTED), COL_NUMBER);
	report_col(rt, "recognised", L(c, L_COL_RECOGNISED), COL_NUMBER);
	for (i = 0; i < n; i++) {
		table_add_row(t);
		table_setf(t, 0, "%d", rows[i].year);
		for (s = 0; s < STEP_COUNT; s++)
			table_setf(t, (size_t)s + 1, "%d", rows[i].step[s]);
		table_setf(t, STEP_COUNT + 1, "%d", rows[i].rejected);
		table_setf(t, STEP_COUNT + 2, "%d", rows[i].recognised);
	}
	free(rows);
}

void report_build_pipeline(struct report_ctx *c)
{
	build_steps(c);
	build_by_year(c);
}
