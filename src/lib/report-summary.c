/*
 * report-summary.c — the summary report: products by category and
 * stars, producers by kind, and the totals.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/report-int.h"
#include "ocop/rules.h"
#include "ocop/util.h"

/*
 * The index of a product's producer in ds->producers, or -1.  They are
 * sorted by id, then directory: two wards may each have the id.
 */
static long producer_index(const struct report_ctx *c, const struct report_item *it)
{
	size_t lo = 0, hi = c->ds->nproducers;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct dataset_entry *e = &c->ds->producers[mid];
		int ret = strcmp(e->r->u.producer.id, it->p->producer);

		if (!ret)
			ret = e->dir < it->e->dir ? -1 : e->dir > it->e->dir;
		if (!ret)
			return (long)mid;
		if (ret < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/*
 * The columns of the table by category, in order.  A row's counts are
 * indexed by them too (BYCAT_NAME's slot unused), so that a table by
 * ward or by old commune can count and print the same columns.
 */
enum bycat_col {
	BYCAT_NAME, BYCAT_STARS_3, BYCAT_STARS_4, BYCAT_STARS_5,
	BYCAT_CERTIFIED, BYCAT_NOT_CERTIFIED, BYCAT_PRODUCTS, BYCAT_COLS
};

static const struct report_column bycat_cols[BYCAT_COLS] = {
	[BYCAT_NAME] = { "category", L_COL_CATEGORY, COL_STRING, CELL_TEXT },
	[BYCAT_STARS_3] = { "stars_3", L_COL_STARS_3, COL_NUMBER, CELL_TEXT },
	[BYCAT_STARS_4] = { "stars_4", L_COL_STARS_4, COL_NUMBER, CELL_TEXT },
	[BYCAT_STARS_5] = { "stars_5", L_COL_STARS_5, COL_NUMBER, CELL_TEXT },
	[BYCAT_CERTIFIED] = { "certified", L_COL_CERTIFIED, COL_NUMBER, CELL_TEXT },
	[BYCAT_NOT_CERTIFIED] = { "not_certified", L_COL_NOT_CERTIFIED, COL_NUMBER, CELL_TEXT },
	[BYCAT_PRODUCTS] = { "products", L_COL_PRODUCTS, COL_NUMBER, CELL_TEXT },
};

/* The columns of the table of producers by kind, and their counts. */
enum bykind_col {
	BYKIND_NAME, BYKIND_PRODUCERS, BYKIND_WITH_CERTIFIED,
	BYKIND_PRODUCTS, BYKIND_CERTIFIED, BYKIND_COLS
};

static const struct report_column bykind_cols[BYKIND_COLS] = {
	[BYKIND_NAME] = { "kind", L_COL_KIND, COL_STRING, CELL_TEXT },
	[BYKIND_PRODUCERS] = { "producers", L_COL_PRODUCERS, COL_NUMBER, CELL_TEXT },
	[BYKIND_WITH_CERTIFIED] = { "with_certified", L_COL_WITH_CERTIFIED, COL_NUMBER, CELL_TEXT },
	[BYKIND_PRODUCTS] = { "products", L_PRODUCTS, COL_NUMBER, CELL_TEXT },
	[BYKIND_CERTIFIED] = { "certified", L_COL_CERTIFIED_PRODUCTS, COL_NUMBER, CELL_TEXT },
};

/* One product in a row of the table by category's columns. */
static void count_product(int *row, const struct report_item *it)
{
	if (it->st.stars >= CERTIFIED_MIN_STARS) {
		row[BYCAT_STARS_3 + it->st.stars - CERTIFIED_MIN_STARS]++;
		row[BYCAT_CERTIFIED]++;
	} else {
		row[BYCAT_NOT_CERTIFIED]++;
	}
	row[BYCAT_PRODUCTS]++;
}

/* rows[n] = the sum of rows[0..n - 1], column by column. */
static void sum_rows(int (*rows)[BYCAT_COLS], size_t n)
{
	size_t i, j;

	for (j = 1; j < BYCAT_COLS; j++)
		for (i = 0; i < n; i++)
			rows[n][j] += rows[i][j];
}

/* A row of counts: its name, then counts[1..ncols - 1]. */
static void count_row(struct table *t, const char *name, const int *counts,
		      size_t ncols)
{
	size_t j;

	table_add_row(t);
	table_set(t, 0, name);
	for (j = 1; j < ncols; j++)
		table_setf(t, j, "%d", counts[j]);
}

/* The columns of the table by category, the first one named by name. */
static void columns_by(const struct report_ctx *c, struct report_table *rt,
		       const char *key, enum label name)
{
	struct report_column cols[BYCAT_COLS];

	memcpy(cols, bycat_cols, sizeof(cols));
	cols[BYCAT_NAME].key = key;
	cols[BYCAT_NAME].title = name;
	report_columns(c, rt, cols, BYCAT_COLS);
}

/*
 * Several wards: the products of each ward by stars, and its certified
 * products by category (the province's table of its wards).
 */
static void add_by_ward(struct report_ctx *c)
{
	size_t nd = c->ds->ndirs, i, j;
	int (*byward)[BYCAT_COLS] = xcalloc(nd + 1, sizeof(*byward));
	int (*bywcat)[CATEGORY_COUNT + 2] = xcalloc(nd + 1, sizeof(*bywcat));
	struct report_table *rt;
	char *name;

	for (i = 0; i < c->nitems; i++) {
		const struct report_item *it = &c->items[i];
		int cat = (int)it->p->category;

		if (cat < 1 || cat > CATEGORY_COUNT)
			continue;
		count_product(byward[it->e->dir], it);
		if (it->st.stars >= CERTIFIED_MIN_STARS) {
			bywcat[it->e->dir][cat]++;
			bywcat[it->e->dir][CATEGORY_COUNT + 1]++;
		}
	}
	sum_rows(byward, nd);
	for (j = 1; j < CATEGORY_COUNT + 2; j++)
		for (i = 0; i < nd; i++)
			bywcat[nd][j] += bywcat[i][j];

	rt = report_add_table(c, "by_ward", L(c, L_TAB_BY_WARD));
	columns_by(c, rt, "ward", L_COL_WARD);
	for (i = 0; i <= nd; i++) {
		name = i < nd ? report_ward_name(c, i) : xstrdup(W(c, L_TOTAL));
		count_row(&rt->t, name, byward[i], BYCAT_COLS);
		free(name);
	}

	rt = report_add_table(c, "by_ward_category", L(c, L_TAB_BY_WARD_CATEGORY));
	report_col(rt, "ward", L(c, L_COL_WARD), COL_STRING);
	for (j = 1; j <= CATEGORY_COUNT; j++) {
		const struct category_info *ci = rules_category((enum ocop_category)j);

		report_col(rt, ci->slug, L(c, (enum label)(L_CHART_CAT_FOOD + j - 1)),
			   COL_NUMBER);
	}
	report_col(rt, "certified", L(c, L_COL_CERTIFIED), COL_NUMBER);
	for (i = 0; i <= nd; i++) {
		name = i < nd ? report_ward_name(c, i) : xstrdup(W(c, L_TOTAL));
		count_row(&rt->t, name, bywcat[i], CATEGORY_COUNT + 2);
		free(name);
	}
	free(byward);
	free(bywcat);
}

/*
 * Several wards: a row of by_old_commune with its ward first, the ward
 * grouped (named on its first row only in text and Markdown).
 */
static void ward_count_row(struct report_ctx *c, struct report_table *rt,
			   size_t dir, const char *name, const int *counts,
			   bool first)
{
	size_t r = rt->t.nrows, j;
	char *ward = report_ward_name(c, dir);

	table_add_row(&rt->t);
	table_set(&rt->t, 0, ward);
	table_set(&rt->t, 1, name);
	for (j = 1; j < BYCAT_COLS; j++)
		table_setf(&rt->t, j + 1, "%d", counts[j]);
	rt->group_start[r] = first;
	free(ward);
}

/*
 * The table's rows: each ward's former units, then its producers whose
 * old address names none of them ("not known"), then the total.  One
 * ward: as it always was, with no ward column.
 */
static void old_commune_rows(struct report_ctx *c, struct report_table *rt,
			     const struct former_key *keys, size_t nkeys,
			     int (*rows)[BYCAT_COLS])
{
	size_t nd = c->ds->ndirs, d, j, k = 0, first;
	bool wards = report_many_wards(c);
	const char *unknown = W(c, L_OLD_COMMUNE_UNKNOWN);

	if (!wards) {
		for (k = 0; k < nkeys; k++)
			count_row(&rt->t, keys[k].name, rows[k], BYCAT_COLS);
		count_row(&rt->t, unknown, rows[nkeys], BYCAT_COLS);
		count_row(&rt->t, W(c, L_TOTAL), rows[nkeys + nd], BYCAT_COLS);
		return;
	}
	rt->group_cols = 1UL;
	rt->group_start = xcalloc(nkeys + nd + 1, sizeof(*rt->group_start));
	for (d = 0; d < nd; d++) {
		for (first = k; k < nkeys && keys[k].dir == d; k++)
			ward_count_row(c, rt, d, keys[k].name, rows[k], k == first);
		ward_count_row(c, rt, d, unknown, rows[nkeys + d], k == first);
	}
	table_add_row(&rt->t);
	table_set(&rt->t, 0, W(c, L_TOTAL));
	for (j = 1; j < BYCAT_COLS; j++)
		table_setf(&rt->t, j + 1, "%d", rows[nkeys + nd][j]);
	rt->group_start[rt->t.nrows - 1] = true;
}

/*
 * Producers by the commune they were in before the 2025 merger: a
 * ward's ocop.yaml lists them (formerly:), a producer's old_address
 * names one.  The products count under their producer's old commune;
 * a producer whose old address names none of its ward's counts under
 * its ward's "not known".  Several wards: a first column names the
 * ward of each old commune.  Only when some ward lists its former units.
 */
static void add_by_old_commune(struct report_ctx *c)
{
	size_t nkeys, nd = c->ds->ndirs, i, k;
	struct former_key *keys;
	int (*rows)[BYCAT_COLS];
	struct report_table *rt;

	keys = report_former_keys(c, &nkeys);
	if (!nkeys) {
		free(keys);
		return;
	}
	/* the former units, each ward's not known, the total */
	rows = xcalloc(nkeys + nd + 1, sizeof(*rows));
	for (i = 0; i < c->nitems; i++) {
		const struct report_item *it = &c->items[i];

		k = report_former_of(keys, nkeys, it);
		count_product(rows[k < nkeys ? k : nkeys + it->e->dir], it);
	}
	sum_rows(rows, nkeys + nd);
	rt = report_add_table(c, "by_old_commune", L(c, L_TAB_BY_OLD_COMMUNE));
	if (report_many_wards(c))
		report_col(rt, "ward", L(c, L_COL_WARD), COL_STRING);
	columns_by(c, rt, "old_commune", L_COL_OLD_COMMUNE);
	old_commune_rows(c, rt, keys, nkeys, rows);
	report_free_former_keys(keys, nkeys);
	free(rows);
}

void report_build_summary(struct report_ctx *c)
{
	const struct dataset *ds = c->ds;
	int bycat[CATEGORY_COUNT + 1][BYCAT_COLS];	/* the last: the total */
	int bykind[KIND_COUNT + 1][BYKIND_COLS];
	int status[STATUS_COUNT] = { 0 };
	int *products_of = xcalloc(ds->nproducers + 1, sizeof(int));
	int *certified_of = xcalloc(ds->nproducers + 1, sizeof(int));
	struct report_table *rt;
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
		count_product(bycat[cat - 1], it);
		certified += cert;
		status[it->st.status]++;
		if (k >= 0) {
			products_of[k]++;
			certified_of[k] += cert;
		}
	}
	for (i = 0; i < ds->nproducers; i++) {
		int kind = (int)ds->producers[i].r->u.producer.kind;

		with_certified += certified_of[i] > 0;
		if (kind < 1 || kind > KIND_COUNT)
			continue;	/* kind: unknown (record.h): in no row */
		bykind[kind - 1][BYKIND_PRODUCERS]++;
		bykind[kind - 1][BYKIND_WITH_CERTIFIED] += certified_of[i] > 0;
		bykind[kind - 1][BYKIND_PRODUCTS] += products_of[i];
		bykind[kind - 1][BYKIND_CERTIFIED] += certified_of[i];
	}
	sum_rows(bycat, CATEGORY_COUNT);
	for (j = 1; j < BYKIND_COLS; j++)
		for (i = 0; i < KIND_COUNT; i++)
			bykind[KIND_COUNT][j] += bykind[i][j];

	rt = report_add_table(c, "by_category", L(c, L_TAB_BY_CATEGORY));
	report_columns(c, rt, bycat_cols, BYCAT_COLS);
	for (i = 0; i <= CATEGORY_COUNT; i++) {
		const struct category_info *ci =
			rules_category((enum ocop_category)(i + 1));

		count_row(&rt->t, i < CATEGORY_COUNT ?
			  REPORT_NAME(c, ci) : W(c, L_TOTAL), bycat[i], BYCAT_COLS);
	}

	if (report_many_wards(c))
		add_by_ward(c);
	add_by_old_commune(c);

	rt = report_add_table(c, "by_kind", L(c, L_TAB_BY_KIND));
	report_columns(c, rt, bykind_cols, BYKIND_COLS);
	for (i = 0; i <= KIND_COUNT; i++) {
		const struct kind_info *ki =
			rules_kind((enum producer_kind)(i + 1));

		count_row(&rt->t, i < KIND_COUNT ?
			  REPORT_NAME(c, ki) : W(c, L_TOTAL), bykind[i], BYKIND_COLS);
	}

	{
		const struct report_count rows[] = {
			{ L_WARDS, (long)ds->ndirs },
			{ L_PRODUCERS, (long)ds->nproducers },
			{ L_PRODUCERS_CERTIFIED, with_certified },
			{ L_PRODUCTS, (long)c->nitems },
			{ L_CERTIFIED, certified },
			{ L_EXPIRING_WINDOW, status[STATUS_EXPIRING] },
			{ L_EXPIRED, status[STATUS_EXPIRED] },
			{ L_REVOKED, status[STATUS_REVOKED] },
			{ L_IN_CYCLE, status[STATUS_IDEA] + status[STATUS_IN_PROGRESS] },
			{ L_REJECTED, status[STATUS_REJECTED] },
		};

		report_count_table(c, "totals", L_TAB_TOTALS, rows,
				   ARRAY_SIZE(rows));
	}
	free(products_of);
	free(certified_of);
}
