/*
 * report-summary.c — the summary report: products by category and
 * stars, producers by kind, and the totals.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/report-int.h"
#include "ocop/rules.h"
#include "ocop/util.h"

/* The index of a product's producer in ds->producers, or -1. */
static long producer_index(const struct report_ctx *c, const struct report_item *it)
{
	size_t lo = 0, hi = c->ds->nproducers;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct dataset_entry *e = &c->ds->producers[mid];
		int ret = strcmp(e->r->u.producer.id, it->p->producer);

		if (!ret)
			return e->dir == it->e->dir ? (long)mid : -1;
		if (ret < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

void report_build_summary(struct report_ctx *c)
{
	const struct dataset *ds = c->ds;
	int bycat[CATEGORY_COUNT + 1][5];	/* 3, 4, 5 stars, not certified, all */
	int bykind[KIND_COUNT + 1][4];		/* producers, with certified, products, certified */
	int status[STATUS_COUNT] = { 0 };
	int *products_of = xcalloc(ds->nproducers + 1, sizeof(int));
	int *certified_of = xcalloc(ds->nproducers + 1, sizeof(int));
	struct report_table *rt;
	struct table *t;
	size_t i, j;
	int with_certified = 0, certified = 0;

	memset(bycat, 0, sizeof(bycat));
	memset(bykind, 0, sizeof(bykind));
	for (i = 0; i < c->nitems; i++) {
		const struct report_item *it = &c->items[i];
		int cat = (int)it->p->category;
		long k = producer_index(c, it);
		bool cert = it->st.stars >= CERTIFIED_MIN_STARS;

		if (cat < 1 || cat > CATEGORY_COUNT)
			continue;
		if (cert) {
			bycat[cat - 1][it->st.stars - CERTIFIED_MIN_STARS]++;
			certified++;
		} else {
			bycat[cat - 1][3]++;
		}
		bycat[cat - 1][4]++;
		status[it->st.status]++;
		if (k >= 0) {
			products_of[k]++;
			certified_of[k] += cert;
		}
	}
	for (i = 0; i < ds->nproducers; i++) {
		int kind = (int)ds->producers[i].r->u.producer.kind;

		if (kind < 1 || kind > KIND_COUNT)
			continue;
		bykind[kind - 1][0]++;
		bykind[kind - 1][1] += certified_of[i] > 0;
		bykind[kind - 1][2] += products_of[i];
		bykind[kind - 1][3] += certified_of[i];
		with_certified += certified_of[i] > 0;
	}
	for (j = 0; j < 5; j++)
		for (i = 0; i < CATEGORY_COUNT; i++)
			bycat[CATEGORY_COUNT][j] += bycat[i][j];
	for (j = 0; j < 4; j++)
		for (i = 0; i < KIND_COUNT; i++)
			bykind[KIND_COUNT][j] += bykind[i][j];

	rt = report_add_table(c, "by_category", L(c, L_TAB_BY_CATEGORY));
	t = &rt->t;
	report_col(rt, "category", L(c, L_COL_CATEGORY), COL_STRING);
	report_col(rt, "stars_3", L(c, L_COL_STARS_3), COL_NUMBER);
	report_col(rt, "stars_4", L(c, L_COL_STARS_4), COL_NUMBER);
	report_col(rt, "stars_5", L(c, L_COL_STARS_5), COL_NUMBER);
	report_col(rt, "certified", L(c, L_COL_CERTIFIED), COL_NUMBER);
	report_col(rt, "not_certified", L(c, L_COL_NOT_CERTIFIED), COL_NUMBER);
	report_col(rt, "products", L(c, L_COL_PRODUCTS), COL_NUMBER);
	for (i = 0; i <= CATEGORY_COUNT; i++) {
		const struct category_info *ci =
			rules_category((enum ocop_category)(i + 1));

		table_add_row(t);
		if (i < CATEGORY_COUNT)
			table_set(t, 0, c->lang == REPORT_VI ? ci->name_vi : ci->name_en);
		else
			table_set(t, 0, L(c, L_TOTAL));
		table_setf(t, 1, "%d", bycat[i][0]);
		table_setf(t, 2, "%d", bycat[i][1]);
		table_setf(t, 3, "%d", bycat[i][2]);
		table_setf(t, 4, "%d", bycat[i][0] + bycat[i][1] + bycat[i][2]);
		table_setf(t, 5, "%d", bycat[i][3]);
		table_setf(t, 6, "%d", bycat[i][4]);
	}

	rt = report_add_table(c, "by_kind", L(c, L_TAB_BY_KIND));
	t = &rt->t;
	report_col(rt, "kind", L(c, L_COL_KIND), COL_STRING);
	report_col(rt, "producers", L(c, L_COL_PRODUCERS), COL_NUMBER);
	report_col(rt, "with_certified", L(c, L_COL_WITH_CERTIFIED), COL_NUMBER);
	report_col(rt, "products", L(c, L_PRODUCTS), COL_NUMBER);
	report_col(rt, "certified", L(c, L_COL_CERTIFIED_PRODUCTS), COL_NUMBER);
	for (i = 0; i <= KIND_COUNT; i++) {
		const struct kind_info *ki =
			rules_kind((enum producer_kind)(i + 1));

		table_add_row(t);
		if (i < KIND_COUNT)
			table_set(t, 0, c->lang == REPORT_VI ? ki->name_vi : ki->name_en);
		else
			table_set(t, 0, L(c, L_TOTAL));
		for (j = 0; j < 4; j++)
			table_setf(t, j + 1, "%d", bykind[i][j]);
	}

	rt = report_add_table(c, "totals", L(c, L_TAB_TOTALS));
	t = &rt->t;
	report_col(rt, "item", L(c, L_COL_ITEM), COL_STRING);
	report_col(rt, "count", L(c, L_COL_COUNT), COL_NUMBER);
	{
		const struct { enum label l; size_t n; } rows[] = {
			{ L_WARDS, ds->ndirs },
			{ L_PRODUCERS, ds->nproducers },
			{ L_PRODUCERS_CERTIFIED, (size_t)with_certified },
			{ L_PRODUCTS, c->nitems },
			{ L_CERTIFIED, (size_t)certified },
			{ L_EXPIRING_90, (size_t)status[STATUS_EXPIRING] },
			{ L_EXPIRED, (size_t)status[STATUS_EXPIRED] },
			{ L_REVOKED, (size_t)status[STATUS_REVOKED] },
			{ L_IN_CYCLE, (size_t)(status[STATUS_IDEA] +
					       status[STATUS_IN_PROGRESS]) },
			{ L_REJECTED, (size_t)status[STATUS_REJECTED] },
		};

		for (i = 0; i < ARRAY_SIZE(rows); i++) {
			table_add_row(t);
			table_set(t, 0, L(c, rows[i].l));
			table_setf(t, 1, "%zu", rows[i].n);
		}
	}
	free(products_of);
	free(certified_of);
}
