/*
 * report.c — the office's reports: which records count, the aggregates
 * and the tables (see report.h).  Their headings in two languages are in
 * report-labels.c; report-write.c prints them as text, CSV, TSV, JSON and
 * Markdown, report-html.c as a page.
 *
 * Every report is computed as of one day: --date when given, else today
 * (date_today(), which $OCOP_TODAY fixes).  Nothing dated after that day
 * counts: a product's state is derived from the entries of its record up
 * to the day, and a period (a quarter, a year) ends at the day at the
 * latest.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/report-int.h"
#include "ocop/rating.h"
#include "ocop/record.h"
#include "ocop/rules.h"
#include "ocop/status.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

/* --- names ---------------------------------------------------------------- */

static const char *const kind_names[REPORT_KIND_COUNT] = {
	[REPORT_CERTIFIED] = "certified",
	[REPORT_SUMMARY] = "summary",
	[REPORT_PIPELINE] = "pipeline",
	[REPORT_EXPIRING] = "expiring",
	[REPORT_READINESS] = "readiness",
	[REPORT_QUARTER] = "quarter",
	[REPORT_TARGETS] = "targets",
};

int report_kind_parse(const char *name, enum report_kind *out,
		      const char **suggestion)
{
	size_t i;

	if (suggestion)
		*suggestion = NULL;
	for (i = 0; i < REPORT_KIND_COUNT; i++)
		if (!strcmp(name, kind_names[i])) {
			*out = (enum report_kind)i;
			return 0;
		}
	if (suggestion)
		*suggestion = text_suggest(name, kind_names, REPORT_KIND_COUNT);
	return -1;
}

const char *report_kind_name(enum report_kind kind)
{
	if ((unsigned)kind >= REPORT_KIND_COUNT)
		BUG("unknown report %d", (int)kind);
	return kind_names[kind];
}

unsigned report_options_taken(enum report_kind kind)
{
	switch (kind) {
	case REPORT_CERTIFIED:
		return REPORT_OPT_DOCUMENT;
	case REPORT_PIPELINE:
		return REPORT_OPT_YEAR;
	case REPORT_EXPIRING:
		return REPORT_OPT_WITHIN;
	case REPORT_QUARTER:
		return REPORT_OPT_YEAR | REPORT_OPT_QUARTER | REPORT_OPT_DOCUMENT;
	case REPORT_TARGETS:
		return REPORT_OPT_YEAR | REPORT_OPT_DOCUMENT;
	default:
		return 0;
	}
}

void report_options_init(struct report_options *o, enum report_kind kind)
{
	memset(o, 0, sizeof(*o));
	o->kind = kind;
	o->format = FMT_TEXT;
	o->within = EXPIRING_DAYS;
}

static const char *const roman[] = { "I", "II", "III", "IV" };

int report_quarter_parse(const char *text)
{
	char *folded = text_fold(text);
	const char *p = folded;
	int q = -1, i;

	if (!folded)
		return -1;
	if (!strncmp(p, "quy ", 4))
		p += 4;
	else if (p[0] == 'q' && p[1])
		p++;
	if (p[0] >= '1' && p[0] <= '4' && !p[1])
		q = p[0] - '0';
	for (i = 0; i < 4 && q < 0; i++) {
		char *lower = text_fold(roman[i]);

		if (!strcmp(p, lower))
			q = i + 1;
		free(lower);
	}
	free(folded);
	return q;
}

bool report_has_prefix(const char *s, const char *folded_prefix,
		       const char **rest)
{
	char *folded = s ? text_fold(s) : NULL;
	size_t n = strlen(folded_prefix), words = 1, i;
	bool ok;

	ok = folded && !strncmp(folded, folded_prefix, n) &&
	     (folded[n] == ' ' || !folded[n]);
	free(folded);
	if (!ok)
		return false;
	/* folding keeps the words: skip as many in the original */
	for (i = 0; i < n; i++)
		words += folded_prefix[i] == ' ';
	while (words--) {
		while (*s == ' ' || *s == '\t')
			s++;
		while (*s && *s != ' ' && *s != '\t')
			s++;
	}
	while (*s == ' ' || *s == '\t')
		s++;
	if (rest)
		*rest = s;
	return true;
}

/* The words an administrative unit's name starts with, folded. */
static const char *const unit_words[] = {
	"phuong", "xa", "thi tran", "dac khu", "ward", "commune"
};

static bool has_unit_word(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(unit_words); i++)
		if (report_has_prefix(name, unit_words[i], NULL))
			return true;
	return false;
}

char *report_unit_name(const struct office *o, enum report_lang lang)
{
	const char *rest;

	/* "UBND phường Nghĩa Lộ" says what the unit is */
	if ((report_has_prefix(o->authority, "ubnd", &rest) ||
	     report_has_prefix(o->authority, "uy ban nhan dan", &rest)) &&
	    *rest)
		return xstrdup(rest);
	if (!o->ward)
		return xstrdup("");
	if (has_unit_word(o->ward))
		return xstrdup(o->ward);
	return xasprintf(report_label(L_WARD, lang), o->ward);
}

char *report_place_name(const struct office *o)
{
	const char *rest;
	size_t i;

	if (o->place)
		return xstrdup(o->place);
	if (!o->ward)
		return xstrdup("");
	for (i = 0; i < ARRAY_SIZE(unit_words); i++)
		if (report_has_prefix(o->ward, unit_words[i], &rest) && *rest)
			return xstrdup(rest);
	return xstrdup(o->ward);
}

static char *province_name(const char *province, enum report_lang lang)
{
	if (report_has_prefix(province, "tinh", NULL) ||
	    report_has_prefix(province, "thanh pho", NULL) ||
	    report_has_prefix(province, "tp", NULL))
		return xstrdup(province);
	return xasprintf(report_label(L_PROVINCE, lang), province);
}

/* --- the context of one report -------------------------------------------- */

struct item {
	const struct dataset_entry *e;
	const struct product *p;
	const struct producer *owner;	/* NULL: not in its directory */
	struct product_state st;	/* as of the report's day */
	struct evaluation *evals;	/* the entries up to the day, or NULL */
	char *key, *owner_key;		/* collation keys, once sorted */
};

struct ctx {
	const struct dataset *ds;
	const struct report_options *o;
	struct report *r;
	struct diag_list *dl;
	enum report_lang lang;
	bool human;			/* text, md, html */
	struct ocop_date day;		/* the report's day */
	int year, quarter;
	struct item *items;
	size_t nitems;
};

static const char *L(const struct ctx *c, enum label l)
{
	return report_label(l, c->lang);
}

/* A date as the format writes it: dd/mm/yyyy in Vietnamese for people. */
static void put_date(const struct ctx *c, const struct ocop_date *d,
		     char buf[DATE_ISO_MAX])
{
	if (c->human && c->lang == REPORT_VI)
		date_format_vi(d, buf);
	else
		date_format_iso(d, buf);
}

/* A date in a sentence: as people write it, whatever the format. */
static void put_day(const struct ctx *c, const struct ocop_date *d,
		    char buf[DATE_ISO_MAX])
{
	if (c->lang == REPORT_VI)
		date_format_vi(d, buf);
	else
		date_format_iso(d, buf);
}

static void set_date(const struct ctx *c, struct table *t, size_t col,
		     const struct ocop_date *d)
{
	char buf[DATE_ISO_MAX];

	put_date(c, d, buf);
	table_set(t, col, buf);
}

/* A yes/no cell: words for people, true/false for machines. */
static void set_bool(const struct ctx *c, struct table *t, size_t col, bool v)
{
	if (c->human)
		table_set(t, col, L(c, v ? L_YES : L_NO));
	else
		table_set(t, col, v ? "true" : "false");
}

static struct ocop_date make_date(int y, int m, int d)
{
	struct ocop_date date = { y, m, d, DATE_DAY };

	return date;
}

/*
 * Did d fall in [from, to], and not after the report's day?  A date known
 * only to the month or the year must lie wholly in the period: a
 * recognition of "2025" counts in the year 2025, in none of its quarters.
 */
static bool in_period(const struct ctx *c, const struct ocop_date *d,
		      const struct ocop_date *from, const struct ocop_date *to)
{
	struct ocop_date last = *d;

	if (d->prec == DATE_YEAR)
		last = make_date(d->year, 12, 31);
	else if (d->prec == DATE_MONTH)
		last = make_date(d->year, d->month,
				 date_days_in_month(d->year, d->month));
	return date_cmp(d, from) >= 0 && date_cmp(&last, to) <= 0 &&
	       date_cmp(d, &c->day) <= 0;
}

/*
 * A recognition: 3 to 5 stars from the province or the ministry, as the
 * products' states judge it (a copy from an old register may lack the
 * decision's number).
 */
static bool is_recognition(const struct evaluation *e)
{
	return rating_is_recognition(e);
}

/* "Quyết định 1898/QĐ-UBND", or NULL when the number is not known. */
static char *decision_detail(const struct ctx *c, const char *decision)
{
	return decision ? xasprintf(L(c, L_EV_CERTIFIED_DETAIL), decision) : NULL;
}

static struct ocop_date expiry_of(const struct evaluation *e)
{
	return rating_expires(e);
}

/* The most tables a report has; their places never move once added. */
#define REPORT_MAX_TABLES 4

static struct report_table *add_table(struct ctx *c, const char *name,
				      const char *title)
{
	struct report *r = c->r;
	struct report_table *rt;

	if (!r->tables)
		r->tables = xcalloc(REPORT_MAX_TABLES, sizeof(*r->tables));
	if (r->ntables == REPORT_MAX_TABLES)
		BUG("a report of more than %d tables", REPORT_MAX_TABLES);
	rt = &r->tables[r->ntables++];
	memset(rt, 0, sizeof(*rt));
	rt->name = name;
	rt->title = title ? xstrdup(title) : NULL;
	table_init(&rt->t);
	return rt;
}

static void col(struct report_table *rt, const char *key, const char *title,
		enum column_type type)
{
	table_add_column(&rt->t, key, title,
			 type == COL_NUMBER ? ALIGN_RIGHT : ALIGN_LEFT, type);
}

/* --- the products as of the day ------------------------------------------- */

/*
 * The state of a product on the report's day: entries dated later are
 * left out, and a revocation dated later has not happened yet.
 */
static void item_state(const struct ctx *c, struct item *it)
{
	const struct product *p = it->p;
	struct product view = *p;
	bool later = false;
	size_t i, n = 0;

	for (i = 0; i < p->nevals; i++)
		if (date_cmp(&p->evals[i].date, &c->day) > 0 ||
		    (p->evals[i].revoked &&
		     date_cmp(&p->evals[i].revoked_date, &c->day) > 0))
			later = true;
	if (later) {
		it->evals = xcalloc(p->nevals, sizeof(*it->evals));
		for (i = 0; i < p->nevals; i++) {
			if (date_cmp(&p->evals[i].date, &c->day) > 0)
				continue;
			it->evals[n] = p->evals[i];
			if (it->evals[n].revoked &&
			    date_cmp(&it->evals[n].revoked_date, &c->day) > 0)
				it->evals[n].revoked = false;
			n++;
		}
		view.evals = it->evals;
		view.nevals = n;
	}
	/* the cycle is in date order: dates never go back */
	while (view.ncycle &&
	       date_cmp(&view.cycle[view.ncycle - 1].date, &c->day) > 0)
		view.ncycle--;
	product_state(&view, &c->day, &it->st);
}

static void load_items(struct ctx *c)
{
	const struct dataset *ds = c->ds;
	size_t i;

	c->items = xcalloc(ds->nproducts ? ds->nproducts : 1,
			   sizeof(*c->items));
	for (i = 0; i < ds->nproducts; i++) {
		struct item *it = &c->items[c->nitems++];

		it->e = &ds->products[i];
		it->p = &it->e->r->u.product;
		it->owner = dataset_producer_of(ds, it->e);
		if (!it->owner)
			diag_warn(c->dl, it->e->r->path, 0, 0,
				  _("producer '%s' is not in this data directory; the report shows its id"),
				  it->p->producer);
		item_state(c, it);
	}
}

static void free_items(struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->nitems; i++) {
		free(c->items[i].evals);
		free(c->items[i].key);
		free(c->items[i].owner_key);
	}
	free(c->items);
}

static const char *owner_name(const struct item *it)
{
	return it->owner && it->owner->name ? it->owner->name : it->p->producer;
}

static const char *owner_address(const struct item *it)
{
	if (!it->owner)
		return NULL;
	return it->owner->address ? it->owner->address : it->owner->old_address;
}

/* Collation keys, made only for the reports that sort. */
/*
 * The collation keys an item is sorted by, made once, and only for the
 * items a report sorts: a key is most of the cost of sorting by name.
 */
static void make_keys(struct item *it, bool owner)
{
	if (!it->key)
		it->key = text_collate_key(it->p->name);
	if (owner && !it->owner_key)
		it->owner_key = text_collate_key(owner_name(it));
}

static int compare_name(const struct item *x, const struct item *y)
{
	int ret = strcmp(x->key, y->key);

	return ret ? ret : strcmp(x->p->id, y->p->id);
}

static int by_name(const void *a, const void *b)
{
	return compare_name(*(struct item *const *)a, *(struct item *const *)b);
}

/* Producer (by name, then id and directory), then product. */
static int by_producer(const void *a, const void *b)
{
	const struct item *x = *(struct item *const *)a;
	const struct item *y = *(struct item *const *)b;
	int ret = strcmp(x->owner_key, y->owner_key);

	if (!ret)
		ret = strcmp(x->p->producer, y->p->producer);
	if (!ret && x->e->dir != y->e->dir)
		ret = x->e->dir < y->e->dir ? -1 : 1;
	return ret ? ret : compare_name(x, y);
}

static bool same_owner(const struct item *x, const struct item *y)
{
	return x->e->dir == y->e->dir && !strcmp(x->p->producer, y->p->producer);
}

/* The items that pass keep(), sorted by cmp. */
static struct item **select_items(struct ctx *c,
				  bool (*keep)(const struct ctx *, const struct item *),
				  int (*cmp)(const void *, const void *),
				  size_t *n)
{
	struct item **v = xcalloc(c->nitems ? c->nitems : 1, sizeof(*v));
	size_t i;

	*n = 0;
	for (i = 0; i < c->nitems; i++)
		if (!keep || keep(c, &c->items[i])) {
			make_keys(&c->items[i], cmp == by_producer);
			v[(*n)++] = &c->items[i];
		}
	qsort(v, *n, sizeof(*v), cmp);
	return v;
}

/* The charts' figures: certified products, and products at each step. */
static void count_charts(struct ctx *c)
{
	size_t i;

	for (i = 0; i < c->nitems; i++) {
		const struct item *it = &c->items[i];
		int cat = (int)it->p->category;

		if (it->st.stars >= CERTIFIED_MIN_STARS && it->st.stars <= STARS_MAX &&
		    cat >= 1 && cat <= CATEGORY_COUNT)
			c->r->stars[cat - 1][it->st.stars - CERTIFIED_MIN_STARS]++;
		if (it->st.status == STATUS_REJECTED)
			c->r->steps[STEP_COUNT]++;
		else if (it->st.step >= 1 && it->st.step <= STEP_COUNT)
			c->r->steps[it->st.step - 1]++;
	}
}

/* --- certified ------------------------------------------------------------ */

static bool is_certified(const struct ctx *c, const struct item *it)
{
	(void)c;
	return it->st.stars >= CERTIFIED_MIN_STARS;
}

static void build_certified(struct ctx *c)
{
	struct report_table *rt = add_table(c, "certified", NULL);
	struct table *t = &rt->t;
	int count[3] = { 0, 0, 0 };
	struct item **v;
	size_t n, i;
	char *where;

	v = select_items(c, is_certified, by_producer, &n);
	col(rt, "no", L(c, L_COL_NO), COL_NUMBER);
	col(rt, "product", L(c, L_COL_PRODUCT), COL_STRING);
	col(rt, "producer", L(c, L_COL_PRODUCER), COL_STRING);
	col(rt, "address", L(c, L_COL_ADDRESS), COL_STRING);
	col(rt, "stars", L(c, L_COL_STARS), COL_NUMBER);
	col(rt, "decision", L(c, L_COL_DECISION), COL_STRING);
	col(rt, "decision_date", L(c, L_COL_DECISION_DATE), COL_STRING);
	col(rt, "expires", L(c, L_COL_EXPIRES), COL_STRING);
	rt->group_cols = 1UL << 2 | 1UL << 3;
	rt->group_start = xcalloc(n ? n : 1, sizeof(*rt->group_start));
	for (i = 0; i < n; i++) {
		const struct item *it = v[i];
		const struct evaluation *e = it->st.recognition;

		table_add_row(t);
		rt->group_start[i] = !i || !same_owner(v[i - 1], it);
		table_setf(t, 0, "%zu", i + 1);
		table_set(t, 1, it->p->name);
		table_set(t, 2, owner_name(it));
		table_set(t, 3, owner_address(it));
		table_setf(t, 4, "%d", it->st.stars);
		table_set(t, 5, e->decision);
		set_date(c, t, 6, &e->date);
		set_date(c, t, 7, &it->st.expires);
		count[it->st.stars - CERTIFIED_MIN_STARS]++;
	}
	if (c->o->has_date) {
		char day[DATE_ISO_MAX];

		put_day(c, &c->day, day);
		where = xasprintf(L(c, L_INTRO_WHERE_AS_OF), day);
	} else {
		where = xstrdup(L(c, L_INTRO_WHERE));
	}
	c->r->intro = xasprintf(L(c, L_INTRO_CERTIFIED), where, (int)n,
				count[2], count[1], count[0]);
	free(where);
	free(v);
}

/* --- summary -------------------------------------------------------------- */

/* The index of a product's producer in ds->producers, or -1. */
static long producer_index(const struct ctx *c, const struct item *it)
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

static void build_summary(struct ctx *c)
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
		const struct item *it = &c->items[i];
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

	rt = add_table(c, "by_category", L(c, L_TAB_BY_CATEGORY));
	t = &rt->t;
	col(rt, "category", L(c, L_COL_CATEGORY), COL_STRING);
	col(rt, "stars_3", L(c, L_COL_STARS_3), COL_NUMBER);
	col(rt, "stars_4", L(c, L_COL_STARS_4), COL_NUMBER);
	col(rt, "stars_5", L(c, L_COL_STARS_5), COL_NUMBER);
	col(rt, "certified", L(c, L_COL_CERTIFIED), COL_NUMBER);
	col(rt, "not_certified", L(c, L_COL_NOT_CERTIFIED), COL_NUMBER);
	col(rt, "products", L(c, L_COL_PRODUCTS), COL_NUMBER);
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

	rt = add_table(c, "by_kind", L(c, L_TAB_BY_KIND));
	t = &rt->t;
	col(rt, "kind", L(c, L_COL_KIND), COL_STRING);
	col(rt, "producers", L(c, L_COL_PRODUCERS), COL_NUMBER);
	col(rt, "with_certified", L(c, L_COL_WITH_CERTIFIED), COL_NUMBER);
	col(rt, "products", L(c, L_PRODUCTS), COL_NUMBER);
	col(rt, "certified", L(c, L_COL_CERTIFIED_PRODUCTS), COL_NUMBER);
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

	rt = add_table(c, "totals", L(c, L_TAB_TOTALS));
	t = &rt->t;
	col(rt, "item", L(c, L_COL_ITEM), COL_STRING);
	col(rt, "count", L(c, L_COL_COUNT), COL_NUMBER);
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

/* --- pipeline ------------------------------------------------------------- */

static void build_steps(struct ctx *c)
{
	struct report_table *rt = add_table(c, "steps", L(c, L_TAB_STEPS));
	struct table *t = &rt->t;
	int count[STEP_COUNT + 2][2];	/* steps, rejected, total; by origin */
	size_t i;
	int s;

	memset(count, 0, sizeof(count));
	for (i = 0; i < c->nitems; i++) {
		const struct item *it = &c->items[i];
		int o = it->p->origin == ORIGIN_IDEA ? 0 : 1;

		if (it->st.status == STATUS_REJECTED)
			count[STEP_COUNT][o]++;
		else if (it->st.step >= 1 && it->st.step <= STEP_COUNT)
			count[it->st.step - 1][o]++;
		count[STEP_COUNT + 1][o]++;
	}
	col(rt, "step", L(c, L_COL_STEP), COL_NUMBER);
	col(rt, "name", L(c, L_COL_STEP_NAME), COL_STRING);
	col(rt, "ideas", L(c, L_COL_IDEAS), COL_NUMBER);
	col(rt, "existing", L(c, L_COL_EXISTING), COL_NUMBER);
	col(rt, "products", L(c, L_COL_TOTAL), COL_NUMBER);
	for (s = 0; s < STEP_COUNT + 2; s++) {
		table_add_row(t);
		if (s < STEP_COUNT) {
			const struct step_info *si = rules_step(s + 1);

			table_setf(t, 0, "%d", s + 1);
			table_set(t, 1, c->lang == REPORT_VI ? si->name_vi : si->name_en);
		} else {
			table_set(t, 1, L(c, s == STEP_COUNT ? L_REJECTED_ROW : L_TOTAL));
		}
		table_setf(t, 2, "%d", count[s][0]);
		table_setf(t, 3, "%d", count[s][1]);
		table_setf(t, 4, "%d", count[s][0] + count[s][1]);
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

static void build_by_year(struct ctx *c)
{
	struct report_table *rt = add_table(c, "by_year", L(c, L_TAB_BY_YEAR));
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

			if (!is_recognition(e) || date_cmp(&e->date, &c->day) > 0 ||
			    (c->o->year && e->date.year != c->o->year) ||
			    seen_year[STEP_COUNT + 1] == e->date.year)
				continue;
			seen_year[STEP_COUNT + 1] = e->date.year;
			year_row(&rows, &n, &alloc, e->date.year)->recognised++;
		}
	}
	if (n)
		qsort(rows, n, sizeof(*rows), by_year);
	col(rt, "year", L(c, L_COL_YEAR), COL_NUMBER);
	for (s = 1; s <= STEP_COUNT; s++) {
		char key[32], *title = xasprintf(L(c, L_COL_STEP_N), s);

		snprintf(key, sizeof(key), "step_%d", s);
		col(rt, key, title, COL_NUMBER);
		free(title);
	}
	col(rt, "rejected", L(c, L_COL_REJECTED), COL_NUMBER);
	col(rt, "recognised", L(c, L_COL_RECOGNISED), COL_NUMBER);
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

/* --- expiring ------------------------------------------------------------- */

static long days_left(const struct ctx *c, const struct item *it)
{
	return date_to_days(&it->st.expires) - date_to_days(&c->day);
}

static bool is_ending(const struct ctx *c, const struct item *it)
{
	return it->st.recognition && it->st.status != STATUS_REVOKED &&
	       days_left(c, it) <= c->o->within;
}

static int by_expiry(const void *a, const void *b)
{
	const struct item *x = *(struct item *const *)a;
	const struct item *y = *(struct item *const *)b;
	int ret = date_cmp(&x->st.expires, &y->st.expires);

	return ret ? ret : compare_name(x, y);
}

static void build_expiring(struct ctx *c)
{
	struct report_table *rt = add_table(c, "expiring", NULL);
	struct table *t = &rt->t;
	struct item **v;
	size_t n, i;

	v = select_items(c, is_ending, by_expiry, &n);
	col(rt, "id", L(c, L_COL_ID), COL_STRING);
	col(rt, "product", L(c, L_COL_PRODUCT), COL_STRING);
	col(rt, "producer", L(c, L_COL_PRODUCER), COL_STRING);
	col(rt, "stars", L(c, L_COL_STARS), COL_NUMBER);
	col(rt, "decision", L(c, L_COL_DECISION), COL_STRING);
	col(rt, "expires", L(c, L_COL_EXPIRES), COL_STRING);
	col(rt, "days_left", L(c, L_COL_DAYS_LEFT), COL_NUMBER);
	col(rt, "status", L(c, L_COL_STATUS), COL_STRING);
	for (i = 0; i < n; i++) {
		const struct item *it = v[i];
		long left = days_left(c, it);

		table_add_row(t);
		table_set(t, 0, it->p->id);
		table_set(t, 1, it->p->name);
		table_set(t, 2, owner_name(it));
		table_setf(t, 3, "%d", it->st.recognition->stars);
		table_set(t, 4, it->st.recognition->decision);
		set_date(c, t, 5, &it->st.expires);
		table_setf(t, 6, "%ld", left);
		table_set(t, 7, L(c, left > 0 ? L_STATUS_EXPIRING : L_STATUS_EXPIRED));
	}
	c->r->intro = xasprintf(L(c, L_INTRO_EXPIRING), (int)n, c->o->within);
	free(v);
}

/* --- readiness ------------------------------------------------------------ */

/* GTIN-13 (EAN-13): 13 digits, the last a mod-10 check digit (GS1). */
static bool gtin_valid(const char *v)
{
	int sum = 0, i;

	for (i = 0; i < 13; i++)
		if (v[i] < '0' || v[i] > '9')
			return false;
	if (v[13])
		return false;
	for (i = 0; i < 12; i++)
		sum += (v[i] - '0') * (i % 2 ? 3 : 1);
	return (10 - sum % 10) % 10 == v[12] - '0';
}

/*
 * Section VI of the plan: the office helps producers to a barcode and a
 * traceability stamp, a quality declaration, food safety and a trademark.
 * A service (tourism, ngành VI) has no barcode, stamp or declared quality;
 * food safety concerns what is eaten or drunk (ngành I–III).
 */
static bool needs_goods_papers(enum ocop_category cat)
{
	return cat != CATEGORY_TOURISM;
}

static bool needs_food_safety(enum ocop_category cat)
{
	return cat == CATEGORY_FOOD || cat == CATEGORY_BEVERAGE ||
	       cat == CATEGORY_HERBAL;
}

static bool not_rejected(const struct ctx *c, const struct item *it)
{
	(void)c;
	return it->st.status != STATUS_REJECTED;
}

/* One of the five: "có"/"chưa" (true/false), or "—" (empty) when not asked. */
static void set_need(const struct ctx *c, struct table *t, size_t col,
		     bool applies, bool has, enum label lack,
		     struct strbuf *lacks)
{
	if (!applies) {
		table_set(t, col, c->human ? L(c, L_NOT_APPLICABLE) : NULL);
		return;
	}
	set_bool(c, t, col, has);
	if (!has) {
		if (lacks->len)
			strbuf_addstr(lacks, ", ");
		strbuf_addstr(lacks, L(c, lack));
	}
}

static void build_readiness(struct ctx *c)
{
	struct report_table *rt = add_table(c, "readiness", NULL);
	struct table *t = &rt->t;
	struct strbuf lacks = STRBUF_INIT;
	struct item **v;
	size_t n, i;
	int lacking = 0;

	v = select_items(c, not_rejected, by_name, &n);
	col(rt, "id", L(c, L_COL_ID), COL_STRING);
	col(rt, "product", L(c, L_COL_PRODUCT), COL_STRING);
	col(rt, "producer", L(c, L_COL_PRODUCER), COL_STRING);
	col(rt, "barcode", L(c, L_COL_BARCODE), COL_STRING);
	col(rt, "traceability", L(c, L_COL_TRACEABILITY), COL_BOOL);
	col(rt, "quality_declaration", L(c, L_COL_QUALITY), COL_BOOL);
	col(rt, "food_safety", L(c, L_COL_FOOD_SAFETY), COL_BOOL);
	col(rt, "trademark", L(c, L_COL_TRADEMARK), COL_STRING);
	col(rt, "lacks", L(c, L_COL_LACKS), COL_STRING);
	for (i = 0; i < n; i++) {
		const struct product *p = v[i]->p;
		const struct readiness *rd = &p->readiness;
		bool goods = needs_goods_papers(p->category);

		strbuf_reset(&lacks);
		table_add_row(t);
		table_set(t, 0, p->id);
		table_set(t, 1, p->name);
		table_set(t, 2, owner_name(v[i]));
		if (goods) {
			bool ok = rd->barcode && gtin_valid(rd->barcode);

			table_set(t, 3, rd->barcode);
			if (!ok)
				strbuf_addstr(&lacks, L(c, L_LACK_BARCODE));
		} else if (c->human) {
			table_set(t, 3, L(c, L_NOT_APPLICABLE));
		}
		set_need(c, t, 4, goods, rd->traceability == 1,
			 L_LACK_TRACEABILITY, &lacks);
		set_need(c, t, 5, goods, rd->quality_declaration == 1,
			 L_LACK_QUALITY, &lacks);
		set_need(c, t, 6, needs_food_safety(p->category),
			 rd->food_safety == 1, L_LACK_FOOD_SAFETY, &lacks);
		table_set(t, 7, rd->trademark);
		if (!rd->trademark) {
			if (lacks.len)
				strbuf_addstr(&lacks, ", ");
			strbuf_addstr(&lacks, L(c, L_LACK_TRADEMARK));
		}
		if (lacks.len) {
			table_set(t, 8, lacks.buf);
			lacking++;
		}
	}
	c->r->intro = xasprintf(L(c, L_INTRO_READINESS), lacking, (int)n);
	strbuf_release(&lacks);
	free(v);
}

/* --- what happened in a period: quarter and targets ----------------------- */

struct fair {
	struct ocop_date date;
	const char *name;
	struct strbuf products;
};

static int by_fair(const void *a, const void *b)
{
	const struct fair *x = a, *y = b;
	int ret = date_cmp(&x->date, &y->date);

	return ret ? ret : strcmp(x->name, y->name);
}

/*
 * The trade fairs of a period: promotion entries of kind fair, one event
 * for each distinct day and name whatever the number of products shown.
 */
static struct fair *collect_fairs(struct ctx *c, const struct ocop_date *from,
				  const struct ocop_date *to, size_t *nout)
{
	struct fair *fairs = NULL;
	struct item **v;
	size_t n = 0, alloc = 0, nv, i, j, k;

	v = select_items(c, NULL, by_name, &nv);
	for (i = 0; i < nv; i++) {
		const struct product *p = v[i]->p;

		for (j = 0; j < p->npromos; j++) {
			const struct promotion *pr = &p->promos[j];
			const char *name = pr->name ? pr->name : "";

			if (!pr->kind || strcmp(pr->kind, "fair") ||
			    !in_period(c, &pr->date, from, to))
				continue;
			for (k = 0; k < n; k++)
				if (!date_cmp(&fairs[k].date, &pr->date) &&
				    !strcmp(fairs[k].name, name))
					break;
			if (k == n) {
				ALLOC_GROW(fairs, n + 1, alloc);
				fairs[n].date = pr->date;
				fairs[n].name = name;
				strbuf_init(&fairs[n].products, 0);
				n++;
			}
			if (fairs[k].products.len)
				strbuf_addstr(&fairs[k].products, ", ");
			strbuf_addstr(&fairs[k].products, p->name);
		}
	}
	free(v);
	if (n)
		qsort(fairs, n, sizeof(*fairs), by_fair);
	*nout = n;
	return fairs;
}

static void free_fairs(struct fair *fairs, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		strbuf_release(&fairs[i].products);
	free(fairs);
}

enum event_kind {
	EV_REGISTERED, EV_STEP, EV_REJECTED, EV_WARD, EV_RATED, EV_CERTIFIED,
	EV_EXPIRED, EV_REVOKED, EV_FAIR, EV_TRAINING, EV_COUNT_
};

struct event {
	struct ocop_date date;
	enum event_kind kind;
	char *label, *name, *detail;
	const char *key;	/* collation key of the name */
	char *own_key;		/* when not borrowed from the product */
	const char *id;
};

struct events {
	struct event *v;
	size_t n, alloc;
	int count[EV_COUNT_];
};

static struct event *add_event(struct events *ev, const struct ocop_date *d,
			       enum event_kind kind, const char *key,
			       const char *id, const char *name)
{
	struct event *e;

	ALLOC_GROW(ev->v, ev->n + 1, ev->alloc);
	e = &ev->v[ev->n++];
	memset(e, 0, sizeof(*e));
	e->date = *d;
	e->kind = kind;
	e->id = id ? id : "";
	e->name = xstrdup(name ? name : "");
	if (!key)
		key = e->own_key = text_collate_key(e->name);
	e->key = key;
	ev->count[kind]++;
	return e;
}

static int by_event(const void *a, const void *b)
{
	const struct event *x = a, *y = b;
	int ret = date_cmp(&x->date, &y->date);

	if (!ret)
		ret = (x->kind > y->kind) - (x->kind < y->kind);
	if (!ret)
		ret = strcmp(x->key, y->key);
	return ret ? ret : strcmp(x->id, y->id);
}

/* A certificate that ended: not revoked first, not renewed before it ended. */
static bool lapsed(const struct product *p, const struct evaluation *e,
		   const struct ocop_date *end)
{
	size_t i;

	if (e->revoked && date_cmp(&e->revoked_date, end) <= 0)
		return false;
	for (i = 0; i < p->nevals; i++) {
		const struct evaluation *later = &p->evals[i];

		if (later != e && is_recognition(later) &&
		    date_cmp(&later->date, &e->date) > 0 &&
		    date_cmp(&later->date, end) < 0)
			return false;
	}
	return true;
}

static char *failed_criteria(const struct evaluation *e)
{
	struct strbuf sb = STRBUF_INIT;
	int i;

	for (i = 0; i < CRITERIA_COUNT; i++)
		if (e->criteria[i] != CRIT_PASS) {
			if (sb.len)
				strbuf_addstr(&sb, ", ");
			strbuf_addstr(&sb, criterion_slug(i));
		}
	return strbuf_detach(&sb, NULL);
}

static void product_events(struct ctx *c, const struct item *it,
			   const struct ocop_date *from,
			   const struct ocop_date *to, struct events *ev)
{
	const struct product *p = it->p;
	struct event *e;
	size_t i;

	for (i = 0; i < p->ncycle; i++) {
		const struct cycle_entry *ce = &p->cycle[i];
		const struct step_info *si = rules_step(ce->step);

		if (!in_period(c, &ce->date, from, to))
			continue;
		if (!i) {
			e = add_event(ev, &ce->date, EV_REGISTERED, it->key, p->id, p->name);
			e->label = xstrdup(L(c, L_EV_REGISTERED));
			if (si)
				e->detail = xasprintf("%s %d: %s", L(c, L_COL_STEP), ce->step,
						      c->lang == REPORT_VI ? si->name_vi : si->name_en);
		} else if (ce->rejected) {
			e = add_event(ev, &ce->date, EV_REJECTED, it->key, p->id, p->name);
			e->label = xstrdup(L(c, L_EV_REJECTED));
			e->detail = ce->note ? xstrdup(ce->note) : NULL;
		} else {
			e = add_event(ev, &ce->date, EV_STEP, it->key, p->id, p->name);
			e->label = xasprintf(L(c, L_EV_STEP), ce->step);
			if (si)
				e->detail = xstrdup(c->lang == REPORT_VI ? si->name_vi : si->name_en);
		}
	}
	for (i = 0; i < p->nevals; i++) {
		const struct evaluation *x = &p->evals[i];
		struct ocop_date end;

		if (in_period(c, &x->date, from, to)) {
			if (x->level == LEVEL_WARD) {
				char *failed = failed_criteria(x);

				e = add_event(ev, &x->date, EV_WARD, it->key, p->id, p->name);
				e->label = xstrdup(L(c, L_EV_WARD));
				e->detail = *failed ? xasprintf(L(c, L_EV_WARD_FAIL), failed) :
					    xstrdup(L(c, L_EV_WARD_PASS));
				free(failed);
			} else if (is_recognition(x)) {
				e = add_event(ev, &x->date, EV_CERTIFIED, it->key, p->id, p->name);
				e->label = xasprintf(L(c, L_EV_CERTIFIED), x->stars);
				e->detail = decision_detail(c, x->decision);
				ev->count[EV_RATED]++;	/* a recognition is a rating too */
			} else {
				char total[32];

				decimal_format(x->score[0] + x->score[1] + x->score[2], total);
				e = add_event(ev, &x->date, EV_RATED, it->key, p->id, p->name);
				e->label = xstrdup(L(c, L_EV_RATED));
				if (x->has_score)
					e->detail = xasprintf(L(c, L_EV_RATED_DETAIL), total,
							      x->stars ? x->stars :
							      rating_score_stars(x));
			}
		}
		if (!is_recognition(x))
			continue;
		end = expiry_of(x);
		if (in_period(c, &end, from, to) && lapsed(p, x, &end)) {
			e = add_event(ev, &end, EV_EXPIRED, it->key, p->id, p->name);
			e->label = xstrdup(L(c, L_EV_EXPIRED));
			e->detail = decision_detail(c, x->decision);
		}
		if (x->revoked && in_period(c, &x->revoked_date, from, to)) {
			e = add_event(ev, &x->revoked_date, EV_REVOKED, it->key, p->id, p->name);
			e->label = xstrdup(L(c, L_EV_REVOKED));
			e->detail = decision_detail(c, x->revoke_decision);
		}
	}
}

/* Producers trained in the period: events, and how many producers. */
static int training_events(struct ctx *c, const struct ocop_date *from,
			   const struct ocop_date *to, struct events *ev)
{
	const struct dataset *ds = c->ds;
	size_t i, j;
	int trained = 0;

	for (i = 0; i < ds->nproducers; i++) {
		const struct producer *pr = &ds->producers[i].r->u.producer;
		bool any = false;

		for (j = 0; j < pr->ntraining; j++) {
			struct event *e;

			if (!in_period(c, &pr->training[j].date, from, to))
				continue;
			any = true;
			if (!ev)
				continue;
			e = add_event(ev, &pr->training[j].date, EV_TRAINING,
				      NULL, pr->id, pr->name);
			e->label = xstrdup(L(c, L_EV_TRAINING));
			e->detail = pr->training[j].course ?
				    xstrdup(pr->training[j].course) : NULL;
		}
		trained += any;
	}
	return trained;
}

static void build_quarter(struct ctx *c)
{
	int q = c->quarter, y = c->year;
	struct ocop_date from = make_date(y, 3 * q - 2, 1);
	struct ocop_date end = make_date(y, 3 * q, date_days_in_month(y, 3 * q));
	struct ocop_date to = end;
	struct events ev = { NULL, 0, 0, { 0 } };
	struct report_table *rt;
	struct fair *fairs;
	size_t nfairs, i;
	char a[DATE_ISO_MAX], b[DATE_ISO_MAX];
	int trained;

	for (i = 0; i < c->nitems; i++) {
		make_keys(&c->items[i], false);
		product_events(c, &c->items[i], &from, &to, &ev);
	}
	trained = training_events(c, &from, &to, &ev);
	fairs = collect_fairs(c, &from, &to, &nfairs);
	for (i = 0; i < nfairs; i++) {
		struct event *e = add_event(&ev, &fairs[i].date, EV_FAIR,
					    NULL, "", fairs[i].name);

		e->label = xstrdup(L(c, L_EV_FAIR));
		e->detail = xstrdup(fairs[i].products.buf);
	}
	if (ev.n)
		qsort(ev.v, ev.n, sizeof(*ev.v), by_event);

	rt = add_table(c, "counts", L(c, L_TAB_COUNTS));
	col(rt, "item", L(c, L_COL_ITEM), COL_STRING);
	col(rt, "count", L(c, L_COL_COUNT), COL_NUMBER);
	{
		const struct { enum label l; int n; } rows[] = {
			{ L_REGISTERED, ev.count[EV_REGISTERED] },
			{ L_STEPS_PASSED, ev.count[EV_STEP] },
			{ L_REJECTED, ev.count[EV_REJECTED] },
			{ L_WARD_ASSESSED, ev.count[EV_WARD] },
			{ L_RATED, ev.count[EV_RATED] },
			{ L_ISSUED, ev.count[EV_CERTIFIED] },
			{ L_CERT_EXPIRED, ev.count[EV_EXPIRED] },
			{ L_CERT_REVOKED, ev.count[EV_REVOKED] },
			{ L_FAIRS, ev.count[EV_FAIR] },
			{ L_TRAINED, trained },
		};

		for (i = 0; i < ARRAY_SIZE(rows); i++) {
			table_add_row(&rt->t);
			table_set(&rt->t, 0, L(c, rows[i].l));
			table_setf(&rt->t, 1, "%d", rows[i].n);
		}
	}

	rt = add_table(c, "events", L(c, L_TAB_EVENTS));
	col(rt, "date", L(c, L_COL_DATE), COL_STRING);
	col(rt, "event", L(c, L_COL_EVENT), COL_STRING);
	col(rt, "name", L(c, L_COL_NAME), COL_STRING);
	col(rt, "detail", L(c, L_COL_DETAIL), COL_STRING);
	for (i = 0; i < ev.n; i++) {
		table_add_row(&rt->t);
		set_date(c, &rt->t, 0, &ev.v[i].date);
		table_set(&rt->t, 1, ev.v[i].label);
		table_set(&rt->t, 2, ev.v[i].name);
		table_set(&rt->t, 3, ev.v[i].detail);
		free(ev.v[i].label);
		free(ev.v[i].name);
		free(ev.v[i].detail);
		free(ev.v[i].own_key);
	}
	free(ev.v);
	free_fairs(fairs, nfairs);
	put_day(c, &from, a);
	put_day(c, &end, b);
	c->r->intro = xasprintf(L(c, L_PERIOD), a, b);
}

/* The year's targets of every directory: counts add up, the share is the highest asked. */
static bool year_target(struct ctx *c, struct target *sum)
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

/* The first recognition of 3 stars or more, or NULL. */
static const struct evaluation *first_recognition(const struct product *p)
{
	const struct evaluation *first = NULL;
	size_t i;

	for (i = 0; i < p->nevals; i++)
		if (is_recognition(&p->evals[i]) &&
		    (!first || date_cmp(&p->evals[i].date, &first->date) < 0))
			first = &p->evals[i];
	return first;
}

static void target_row(struct ctx *c, struct table *t, enum label l,
		       char *plan, int actual, bool percent, bool has_goal,
		       bool met, const char *detail)
{
	table_add_row(t);
	table_set(t, 0, L(c, l));
	table_set(t, 1, plan);
	if (percent && c->human)
		table_setf(t, 2, "%d%%", actual);
	else
		table_setf(t, 2, "%d", actual);
	if (has_goal) {
		if (c->human)
			table_set(t, 3, L(c, met ? L_MET : L_NOT_MET));
		else
			table_set(t, 3, met ? "true" : "false");
	}
	table_set(t, 4, detail);
	free(plan);
}

static void build_targets(struct ctx *c)
{
	struct ocop_date from = make_date(c->year, 1, 1);
	struct ocop_date to = make_date(c->year, 12, 31);
	struct report_table *rt, *np, *fr;
	struct target goal;
	struct fair *fairs;
	struct item **v, **kept;
	size_t nv, nfairs, i, k = 0, nnew;
	char *trained_of, *plan_new;
	int trained, nproducers = (int)c->ds->nproducers, share;
	bool has = year_target(c, &goal);

	if (!has)
		diag_warn(c->dl, NULL, 0, 0,
			  _("ocop.yaml has no targets for %d; the report shows the year alone"),
			  c->year);
	v = select_items(c, NULL, by_producer, &nv);

	np = add_table(c, "new_products", L(c, L_TAB_NEW_PRODUCTS));
	col(np, "no", L(c, L_COL_NO), COL_NUMBER);
	col(np, "product", L(c, L_COL_PRODUCT), COL_STRING);
	col(np, "producer", L(c, L_COL_PRODUCER), COL_STRING);
	col(np, "category", L(c, L_COL_CATEGORY), COL_STRING);
	col(np, "stars", L(c, L_COL_STARS), COL_NUMBER);
	col(np, "decision", L(c, L_COL_DECISION), COL_STRING);
	col(np, "decision_date", L(c, L_COL_DECISION_DATE), COL_STRING);
	np->group_cols = 1UL << 2;
	np->group_start = xcalloc(nv ? nv : 1, sizeof(*np->group_start));
	kept = xcalloc(nv ? nv : 1, sizeof(*kept));
	for (i = 0; i < nv; i++) {
		const struct evaluation *e = first_recognition(v[i]->p);
		const struct category_info *ci = rules_category(v[i]->p->category);

		if (!e || !in_period(c, &e->date, &from, &to))
			continue;
		table_add_row(&np->t);
		np->group_start[k] = !k || !same_owner(kept[k - 1], v[i]);
		kept[k++] = v[i];
		table_setf(&np->t, 0, "%zu", k);
		table_set(&np->t, 1, v[i]->p->name);
		table_set(&np->t, 2, owner_name(v[i]));
		table_set(&np->t, 3, ci ? (c->lang == REPORT_VI ? ci->name_vi : ci->name_en) : NULL);
		table_setf(&np->t, 4, "%d", e->stars);
		table_set(&np->t, 5, e->decision);
		set_date(c, &np->t, 6, &e->date);
	}
	free(kept);
	nnew = np->t.nrows;

	fairs = collect_fairs(c, &from, &to, &nfairs);
	fr = add_table(c, "fairs", L(c, L_TAB_FAIRS));
	col(fr, "date", L(c, L_COL_DATE), COL_STRING);
	col(fr, "fair", L(c, L_COL_FAIR), COL_STRING);
	col(fr, "products", L(c, L_PRODUCTS), COL_STRING);
	for (i = 0; i < nfairs; i++) {
		table_add_row(&fr->t);
		set_date(c, &fr->t, 0, &fairs[i].date);
		table_set(&fr->t, 1, fairs[i].name);
		table_set(&fr->t, 2, fairs[i].products.buf);
	}

	trained = training_events(c, &from, &to, NULL);
	share = nproducers ? trained * 100 / nproducers : 0;
	trained_of = xasprintf(L(c, L_TRAINED_OF), trained, nproducers);

	/* the targets come first: put the table before the two lists */
	rt = add_table(c, "targets", L(c, L_TAB_TARGETS));
	col(rt, "target", L(c, L_COL_TARGET), COL_STRING);
	col(rt, "planned", L(c, L_COL_PLANNED), COL_STRING);
	col(rt, "actual", L(c, L_COL_ACTUAL), COL_NUMBER);
	col(rt, "met", L(c, L_COL_MET), COL_BOOL);
	col(rt, "detail", L(c, L_COL_DETAIL), COL_STRING);
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
	free_fairs(fairs, nfairs);
	free(v);
}

/* --- the report ----------------------------------------------------------- */

static char *where(const struct ctx *c)
{
	struct strbuf sb = STRBUF_INIT;
	const char *province = NULL;
	bool one_province = true;
	size_t i;

	for (i = 0; i < c->ds->ndirs; i++) {
		const struct office *o = dataset_office(c->ds, i);
		char *unit;

		if (!o)
			continue;
		unit = report_unit_name(o, c->lang);
		if (sb.len)
			strbuf_addstr(&sb, ", ");
		strbuf_addstr(&sb, unit);
		free(unit);
		if (!o->province || (province && strcmp(province, o->province)))
			one_province = false;
		else
			province = o->province;
	}
	if (one_province && province) {
		char *p = province_name(province, c->lang);

		strbuf_addf(&sb, "%s%s", sb.len ? ", " : "", p);
		free(p);
	}
	return strbuf_detach(&sb, NULL);
}

static enum report_lang pick_lang(const struct dataset *ds,
				  const struct report_options *o)
{
	const struct office *office = dataset_office(ds, 0);
	const char *lang = o->lang;

	if (!lang && office)
		lang = office->lang;
	return lang && !strcmp(lang, "en") ? REPORT_EN : REPORT_VI;
}

int report_build(struct report *r, const struct dataset *ds,
		 const struct report_options *o, struct diag_list *dl)
{
	struct ctx c;
	char *place;

	memset(r, 0, sizeof(*r));
	memset(&c, 0, sizeof(c));
	r->kind = o->kind;
	c.ds = ds;
	c.o = o;
	c.r = r;
	c.dl = dl;
	c.lang = r->lang = pick_lang(ds, o);
	c.human = o->format == FMT_TEXT || o->format == FMT_MD ||
		  o->format == FMT_HTML;
	c.day = o->has_date ? o->date : date_today();
	c.year = o->year ? o->year : c.day.year;
	c.quarter = o->quarter ? o->quarter : (c.day.month + 2) / 3;
	if (o->kind == REPORT_QUARTER && !o->quarter && c.year != c.day.year)
		return diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				_("--quarter is needed with a --year other than the report's"));
	if (o->quarter < 0 || o->quarter > 4)
		return diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				_("--quarter takes 1 to 4"));
	if (o->within < 0)
		return diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				_("--within takes a number of days, 0 or more"));

	load_items(&c);
	count_charts(&c);
	switch (o->kind) {
	case REPORT_CERTIFIED:
		r->title = xstrdup(L(&c, L_TITLE_CERTIFIED));
		build_certified(&c);
		r->charts = CHART_STARS | CHART_PIPELINE;
		break;
	case REPORT_SUMMARY:
		r->title = xstrdup(L(&c, L_TITLE_SUMMARY));
		build_summary(&c);
		r->charts = CHART_STARS | CHART_PIPELINE;
		break;
	case REPORT_PIPELINE:
		r->title = xstrdup(L(&c, L_TITLE_PIPELINE));
		build_steps(&c);
		build_by_year(&c);
		r->charts = CHART_PIPELINE;
		break;
	case REPORT_EXPIRING:
		r->title = xstrdup(L(&c, L_TITLE_EXPIRING));
		build_expiring(&c);
		break;
	case REPORT_READINESS:
		r->title = xstrdup(L(&c, L_TITLE_READINESS));
		build_readiness(&c);
		break;
	case REPORT_QUARTER:
		r->title = xasprintf(L(&c, L_TITLE_QUARTER),
				     roman[c.quarter - 1], c.year);
		build_quarter(&c);
		break;
	case REPORT_TARGETS:
		r->title = xasprintf(L(&c, L_TITLE_TARGETS), c.year);
		build_targets(&c);
		break;
	default:
		BUG("unknown report %d", (int)o->kind);
	}
	place = where(&c);
	if (o->has_date && !(report_options_taken(o->kind) & REPORT_OPT_YEAR)) {
		char day[DATE_ISO_MAX], *as_of;

		put_day(&c, &c.day, day);
		as_of = xasprintf(L(&c, L_AS_OF), day);
		r->subtitle = xasprintf("%s%s%s", place, *place ? ", " : "", as_of);
		free(as_of);
		free(place);
	} else {
		r->subtitle = place;
	}
	if (report_options_taken(o->kind) & REPORT_OPT_DOCUMENT)
		r->doc = report_document_new(ds, o, r->lang, c.year);
	free_items(&c);
	return 0;
}

void report_release(struct report *r)
{
	size_t i;

	for (i = 0; i < r->ntables; i++) {
		free(r->tables[i].title);
		free(r->tables[i].group_start);
		table_release(&r->tables[i].t);
	}
	free(r->tables);
	free(r->title);
	free(r->subtitle);
	free(r->intro);
	report_document_free(r->doc);
	memset(r, 0, sizeof(*r));
}

int report_find_table(const struct report *r, const char *name,
		      const char **suggestion)
{
	const char *names[8];
	size_t i;

	if (suggestion)
		*suggestion = NULL;
	for (i = 0; i < r->ntables && i < ARRAY_SIZE(names); i++) {
		if (!strcmp(r->tables[i].name, name))
			return (int)i;
		names[i] = r->tables[i].name;
	}
	if (suggestion)
		*suggestion = text_suggest(name, names, i);
	return -1;
}
