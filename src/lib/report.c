/*
 * report.c — the office's reports (see report.h): the table of report
 * kinds, one row a kind, and what every kind's builder shares: the
 * products as of the report's day, their order, the tables, dates and
 * periods.  Each kind's tables are built in its own file, report-KIND.c;
 * their headings in two languages are in report-labels.c; report-write.c
 * prints them as text, CSV, TSV, JSON and Markdown, report-html.c as a
 * page.
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
#include "ocop/event.h"
#include "ocop/smap.h"
#include "ocop/record.h"
#include "ocop/rules.h"
#include "ocop/text.h"
#include "ocop/util.h"

/* --- the kinds ------------------------------------------------------------ */

/*
 * One row a report kind.  A new kind is its enum report_kind value
 * (report.h), its row here, its builder in report-KIND.c, its title in
 * report-labels.c; test_report.c and tests/doc/reports.sh check that the
 * row is whole and that ocop-report(1) and completion know the kind.
 */
static const struct report_kind_row report_kinds[REPORT_KIND_COUNT] = {
	[REPORT_CERTIFIED] = {
		.name = "certified",
		.title = L_TITLE_CERTIFIED,
		.sheet = L_SHEET_CERTIFIED,
		.charts = CHART_STARS | CHART_PIPELINE,
		.frame = true,
		.build = report_build_certified,
	},
	[REPORT_SUMMARY] = {
		.name = "summary",
		.title = L_TITLE_SUMMARY,
		.charts = CHART_STARS | CHART_PIPELINE,
		.build = report_build_summary,
	},
	[REPORT_PIPELINE] = {
		.name = "pipeline",
		.title = L_TITLE_PIPELINE,
		.options = REPORT_OPT_YEAR,
		.charts = CHART_PIPELINE,
		.build = report_build_pipeline,
	},
	[REPORT_EXPIRING] = {
		.name = "expiring",
		.title = L_TITLE_EXPIRING,
		.sheet = L_SHEET_EXPIRING,
		.options = REPORT_OPT_WITHIN,
		.build = report_build_expiring,
	},
	[REPORT_READINESS] = {
		.name = "readiness",
		.title = L_TITLE_READINESS,
		.sheet = L_SHEET_READINESS,
		.build = report_build_readiness,
	},
	[REPORT_QUARTER] = {
		.name = "quarter",
		.title = L_TITLE_QUARTER,
		.options = REPORT_OPT_YEAR | REPORT_OPT_QUARTER,
		.frame = true,
		.build = report_build_quarter,
	},
	[REPORT_TARGETS] = {
		.name = "targets",
		.title = L_TITLE_TARGETS,
		.options = REPORT_OPT_YEAR,
		.frame = true,
		.build = report_build_targets,
	},
	[REPORT_PTNT] = {
		.name = "ptnt-ocop",
		.title = L_TITLE_PTNT,
		.sheet = L_SHEET_PTNT,
		.build = report_build_ptnt,
	},
};

const struct report_kind_row *report_kind_row(enum report_kind kind)
{
	if ((unsigned)kind >= REPORT_KIND_COUNT || !report_kinds[kind].build)
		BUG("unknown report %d", (int)kind);
	return &report_kinds[kind];
}

int report_kind_parse(const char *name, enum report_kind *out,
		      const char **suggestion)
{
	const char *names[REPORT_KIND_COUNT];
	size_t i;

	if (suggestion)
		*suggestion = NULL;
	for (i = 0; i < REPORT_KIND_COUNT; i++) {
		names[i] = report_kinds[i].name;
		if (!strcmp(name, names[i])) {
			*out = (enum report_kind)i;
			return 0;
		}
	}
	if (suggestion)
		*suggestion = text_suggest(name, names, REPORT_KIND_COUNT);
	return -1;
}

const char *report_kind_name(enum report_kind kind)
{
	return report_kind_row(kind)->name;
}

unsigned report_options_taken(enum report_kind kind)
{
	const struct report_kind_row *row = report_kind_row(kind);

	/* the number and the draft mark are the frame's */
	return row->options | (row->frame ? REPORT_OPT_DOCUMENT : 0);
}

void report_options_init(struct report_options *o, enum report_kind kind)
{
	memset(o, 0, sizeof(*o));
	o->kind = kind;
	o->format = FMT_TEXT;
	o->within = REPORT_WITHIN_RULES;
}

const char *const report_roman[4] = { "I", "II", "III", "IV" };

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
		char *lower = text_fold(report_roman[i]);

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

static char *province_name(const char *province, enum report_lang lang);

char *report_unit_name(const struct office *o, enum report_lang lang)
{
	const char *rest;

	/* "UBND phường Nghĩa Lộ" says what the unit is */
	if ((report_has_prefix(o->authority, "ubnd", &rest) ||
	     report_has_prefix(o->authority, "uy ban nhan dan", &rest)) &&
	    *rest)
		return xstrdup(rest);
	if (!o->ward)	/* a province's office names no ward */
		return o->province ? province_name(o->province, lang) : xstrdup("");
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
	if (!o->ward)	/* a province's office: the province */
		return xstrdup(o->province ? o->province : "");
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

/*
 * A date as the format writes it: dd/mm/yyyy in Vietnamese for people;
 * ISO in a file for a spreadsheet, which reads it as a date whatever its
 * locale (a workbook's date cells show it as dd/mm/yyyy).
 */
void report_put_date(const struct report_ctx *c, const struct ocop_date *d,
		     char buf[DATE_ISO_MAX])
{
	if (c->human && c->lang == REPORT_VI && c->o->format != FMT_XLSX &&
	    !c->o->excel)
		date_format_vi(d, buf);
	else
		date_format_iso(d, buf);
}

/* A date in a sentence: as people write it, whatever the format. */
void report_put_day(const struct report_ctx *c, const struct ocop_date *d,
		    char buf[DATE_ISO_MAX])
{
	if (c->lang == REPORT_VI)
		date_format_vi(d, buf);
	else
		date_format_iso(d, buf);
}

void report_set_date(const struct report_ctx *c, struct table *t, size_t col,
		     const struct ocop_date *d)
{
	char buf[DATE_ISO_MAX];

	report_put_date(c, d, buf);
	table_set(t, col, buf);
}

/* A yes/no cell: words for people, true/false for machines. */
void report_set_bool(const struct report_ctx *c, struct table *t, size_t col,
		     bool v)
{
	if (c->human)
		table_set(t, col, L(c, v ? L_YES : L_NO));
	else
		table_set(t, col, v ? "true" : "false");
}

struct ocop_date report_make_date(int y, int m, int d)
{
	struct ocop_date date = { y, m, d, DATE_DAY };

	return date;
}

/*
 * Did d fall in [from, to], and not after the report's day?  A date known
 * only to the month or the year must lie wholly in the period: a
 * recognition of "2025" counts in the year 2025, in none of its quarters.
 */
bool report_in_period(const struct report_ctx *c, const struct ocop_date *d,
		      const struct ocop_date *from, const struct ocop_date *to)
{
	struct ocop_date last = *d;

	if (d->prec == DATE_YEAR)
		last = report_make_date(d->year, 12, 31);
	else if (d->prec == DATE_MONTH)
		last = report_make_date(d->year, d->month,
				 date_days_in_month(d->year, d->month));
	return date_cmp(d, from) >= 0 && date_cmp(&last, to) <= 0 &&
	       date_cmp(d, &c->day) <= 0;
}

/* The most tables a report has; their places never move once added. */
#define REPORT_MAX_TABLES 8

struct report_table *report_add_table(struct report_ctx *c, const char *name,
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

void report_col(struct report_table *rt, const char *key, const char *title,
		enum column_type type)
{
	table_add_column(&rt->t, key, title,
			 type == COL_NUMBER ? ALIGN_RIGHT : ALIGN_LEFT, type);
}

void report_columns(const struct report_ctx *c, struct report_table *rt,
		    const struct report_column *cols, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		report_col(rt, cols[i].key, L(c, cols[i].title), cols[i].type);
		if (cols[i].kind != CELL_TEXT)
			table_set_kind(&rt->t, rt->t.ncols - 1, cols[i].kind);
	}
}

enum count_col { COUNT_ITEM, COUNT_N, COUNT_COLS };

static const struct report_column count_cols[COUNT_COLS] = {
	[COUNT_ITEM] = { "item", L_COL_ITEM, COL_STRING, CELL_TEXT },
	[COUNT_N] = { "count", L_COL_COUNT, COL_NUMBER, CELL_TEXT },
};

void report_count_table(struct report_ctx *c, const char *name,
			enum label title, const struct report_count *rows,
			size_t n)
{
	struct report_table *rt = report_add_table(c, name, L(c, title));
	size_t i;

	report_columns(c, rt, count_cols, COUNT_COLS);
	for (i = 0; i < n; i++) {
		table_add_row(&rt->t);
		/* The days of "expiring": the status's, the rules' notice. */
		if (c->human && rows[i].item == L_EXPIRING_WINDOW)
			table_setf(&rt->t, COUNT_ITEM, L(c, rows[i].item),
				   rules_renewal_notice_days(&c->day));
		else
			table_set(&rt->t, COUNT_ITEM, W(c, rows[i].item));
		table_setf(&rt->t, COUNT_N, "%ld", rows[i].n);
	}
}

/* --- the products as of the day ------------------------------------------- */

/*
 * The state of a product on the report's day: entries dated later are
 * left out, and a revocation dated later has not happened yet.
 */
static void item_state(const struct report_ctx *c, struct report_item *it)
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
	product_derive(&view, &c->day, &it->st);
}

static void load_items(struct report_ctx *c)
{
	const struct dataset *ds = c->ds;
	size_t i;

	c->items = xcalloc(ds->nproducts ? ds->nproducts : 1,
			   sizeof(*c->items));
	for (i = 0; i < ds->nproducts; i++) {
		struct report_item *it = &c->items[c->nitems++];

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

static void free_items(struct report_ctx *c)
{
	size_t i;

	for (i = 0; i < c->nitems; i++) {
		free(c->items[i].evals);
		free(c->items[i].key);
		free(c->items[i].owner_key);
	}
	free(c->items);
}

const char *report_owner_name(const struct report_item *it)
{
	return it->owner && it->owner->name ? it->owner->name : it->p->producer;
}

const char *report_owner_address(const struct report_item *it)
{
	if (!it->owner)
		return NULL;
	return it->owner->address ? it->owner->address : it->owner->old_address;
}

/*
 * The collation keys an item is sorted by, made once, and only for the
 * items a report sorts: a key is most of the cost of sorting by name.
 */
void report_make_keys(struct report_item *it, bool owner)
{
	if (!it->key)
		it->key = text_collate_key(it->p->name);
	if (owner && !it->owner_key)
		it->owner_key = text_collate_key(report_owner_name(it));
}

int report_compare_name(const struct report_item *x,
			const struct report_item *y)
{
	int ret = strcmp(x->key, y->key);

	return ret ? ret : strcmp(x->p->id, y->p->id);
}

int report_by_name(const void *a, const void *b)
{
	return report_compare_name(*(struct report_item *const *)a, *(struct report_item *const *)b);
}

/* Producer (by name, then id and directory), then product. */
int report_by_producer(const void *a, const void *b)
{
	const struct report_item *x = *(struct report_item *const *)a;
	const struct report_item *y = *(struct report_item *const *)b;
	int ret = strcmp(x->owner_key, y->owner_key);

	if (!ret)
		ret = strcmp(x->p->producer, y->p->producer);
	if (!ret && x->e->dir != y->e->dir)
		ret = x->e->dir < y->e->dir ? -1 : 1;
	return ret ? ret : report_compare_name(x, y);
}

bool report_same_owner(const struct report_item *x,
		       const struct report_item *y)
{
	return x->e->dir == y->e->dir && !strcmp(x->p->producer, y->p->producer);
}

/* The items that pass keep(), sorted by cmp. */
struct report_item **report_select_items(struct report_ctx *c,
		bool (*keep)(const struct report_ctx *, const struct report_item *),
		int (*cmp)(const void *, const void *), size_t *n)
{
	struct report_item **v = xcalloc(c->nitems ? c->nitems : 1, sizeof(*v));
	size_t i;

	*n = 0;
	for (i = 0; i < c->nitems; i++)
		if (!keep || keep(c, &c->items[i])) {
			report_make_keys(&c->items[i], cmp == report_by_producer ||
					 cmp == report_by_ward_producer);
			v[(*n)++] = &c->items[i];
		}
	qsort(v, *n, sizeof(*v), cmp);
	return v;
}

/* The charts' figures: certified products, and products at each step. */
static void count_charts(struct report_ctx *c)
{
	size_t i;

	for (i = 0; i < c->nitems; i++) {
		const struct report_item *it = &c->items[i];
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
/* --- what happened in a period: quarter and targets ----------------------- */

static int by_fair(const void *a, const void *b)
{
	const struct report_fair *x = a, *y = b;
	int ret = date_cmp(&x->date, &y->date);

	return ret ? ret : strcmp(x->name, y->name);
}

/* The fair of that day and name, added when not there yet. */
static size_t fair_of(struct report_fair **fairs, size_t *n, size_t *alloc,
		      const struct ocop_date *date, const char *name)
{
	size_t k;

	for (k = 0; k < *n; k++)
		if (!date_cmp(&(*fairs)[k].date, date) && !strcmp((*fairs)[k].name, name))
			return k;
	ALLOC_GROW(*fairs, *n + 1, *alloc);
	(*fairs)[k].date = *date;
	(*fairs)[k].name = name;
	strbuf_init(&(*fairs)[k].products, 0);
	(*n)++;
	return k;
}

/*
 * The trade fairs of a period: events of kind fair (events/), and the
 * promotion entries of kind fair written on products before events were
 * recorded: one for each distinct day and name whatever the number of
 * products shown.
 */
struct report_fair *report_collect_fairs(struct report_ctx *c,
					 const struct ocop_date *from,
					 const struct ocop_date *to, size_t *nout)
{
	struct report_fair *fairs = NULL;
	struct report_item **v;
	size_t n = 0, alloc = 0, nv, i, j, k, m;

	for (i = 0; i < c->ds->ndirs; i++) {
		const struct dataset_dir *d = &c->ds->dirs[i];

		for (j = 0; j < d->events.nr; j++) {
			const struct event *e = &d->events.items[j].u.event;

			if (!d->events.items[j].valid || !event_is(e, "fair") ||
			    !report_in_period(c, &e->date, from, to))
				continue;
			k = fair_of(&fairs, &n, &alloc, &e->date, e->name);
			for (m = 0; m < e->nproducts; m++) {
				const struct record *p = record_set_find(&d->products,
									 e->products[m]);

				if (fairs[k].products.len)
					strbuf_addstr(&fairs[k].products, ", ");
				strbuf_addstr(&fairs[k].products, p && p->valid ?
					      p->u.product.name : e->products[m]);
			}
		}
	}

	v = report_select_items(c, NULL, report_by_name, &nv);
	for (i = 0; i < nv; i++) {
		const struct product *p = v[i]->p;

		for (j = 0; j < p->npromos; j++) {
			const struct promotion *pr = &p->promos[j];
			const char *name = pr->name ? pr->name : "";

			if (!pr->kind || strcmp(pr->kind, "fair") ||
			    !report_in_period(c, &pr->date, from, to))
				continue;
			k = fair_of(&fairs, &n, &alloc, &pr->date, name);
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

void report_free_fairs(struct report_fair *fairs, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		strbuf_release(&fairs[i].products);
	free(fairs);
}
/* The producers named by the training events of [from, to], as keys of m. */
static void trained_by_events(const struct report_ctx *c,
			      const struct ocop_date *from,
			      const struct ocop_date *to, struct smap *m)
{
	size_t i, j, k;

	for (i = 0; i < c->ds->ndirs; i++) {
		const struct record_set *set = &c->ds->dirs[i].events;

		for (j = 0; j < set->nr; j++) {
			const struct event *e = &set->items[j].u.event;

			if (!set->items[j].valid || !event_is(e, "training") ||
			    !report_in_period(c, &e->date, from, to))
				continue;
			for (k = 0; k < e->nproducers; k++)
				smap_put(m, e->producers[k], 1);
		}
	}
}

int report_trained(const struct report_ctx *c, const struct ocop_date *from,
		   const struct ocop_date *to)
{
	const struct dataset *ds = c->ds;
	struct smap by_events = { NULL, NULL, 0, 0 };
	size_t i, j, ignore;
	int trained = 0;

	trained_by_events(c, from, to, &by_events);
	for (i = 0; i < ds->nproducers; i++) {
		const struct producer *pr = &ds->producers[i].r->u.producer;

		if (smap_get(&by_events, pr->id, &ignore)) {
			trained++;
			continue;
		}
		for (j = 0; j < pr->ntraining; j++)
			if (report_in_period(c, &pr->training[j].date, from, to)) {
				trained++;
				break;
			}
	}
	smap_release(&by_events);
	return trained;
}

/* --- the report ----------------------------------------------------------- */

/*
 * What a table of no rows says to people, by the table's name; any
 * other says L_EMPTY.  (The builders name their tables; the sentences
 * are the reports', so that a new table has one without a word.)
 */
static const struct {
	const char *table;
	enum label sentence;
} empty_sentences[] = {
	{ "certified", L_EMPTY_CERTIFIED },
	{ "expiring", L_EMPTY_EXPIRING },	/* takes --within */
	{ "readiness", L_EMPTY_PRODUCTS },
	{ "events", L_EMPTY_EVENTS },
	{ "new_products", L_EMPTY_NEW_PRODUCTS },
	{ "fairs", L_EMPTY_FAIRS },
};

static void say_empty_tables(const struct report_ctx *c)
{
	size_t i, j;

	for (i = 0; i < c->r->ntables; i++) {
		struct report_table *rt = &c->r->tables[i];
		enum label l = L_EMPTY;
		char *sentence;

		if (rt->t.nrows)
			continue;
		for (j = 0; j < ARRAY_SIZE(empty_sentences); j++)
			if (!strcmp(rt->name, empty_sentences[j].table))
				l = empty_sentences[j].sentence;
		sentence = l == L_EMPTY_EXPIRING ?
			   xasprintf(L(c, l), report_expiring_window(c)) : xstrdup(L(c, l));
		table_set_empty(&rt->t, sentence);
		free(sentence);
	}
}

static char *where(const struct report_ctx *c)
{
	struct strbuf sb = STRBUF_INIT;
	const char *province = NULL;
	bool one_province = true;
	size_t i;

	/* a province's report is the province's, whatever its wards */
	if (c->ds->in_province && c->ds->province.office.valid &&
	    c->ds->province.office.u.office.province)
		return province_name(c->ds->province.office.u.office.province,
				     c->lang);
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
	const struct office *office = dataset_issuer(ds);
	const char *lang = o->lang;

	if (!lang && office)
		lang = office->lang;
	return lang && !strcmp(lang, "en") ? REPORT_EN : REPORT_VI;
}

int report_build(struct report *r, const struct dataset *ds,
		 const struct report_options *o, struct diag_list *dl)
{
	struct report_ctx c;
	char *place;

	memset(r, 0, sizeof(*r));
	memset(&c, 0, sizeof(c));
	r->kind = o->kind;
	c.kind = report_kind_row(o->kind);
	c.ds = ds;
	c.o = o;
	c.r = r;
	c.dl = dl;
	c.lang = r->lang = pick_lang(ds, o);
	c.human = o->format == FMT_TEXT || o->format == FMT_MD ||
		  o->format == FMT_HTML || o->format == FMT_XLSX || o->excel;
	c.day = o->has_date ? o->date : date_today();
	c.year = o->year ? o->year : c.day.year;
	c.quarter = o->quarter ? o->quarter : (c.day.month + 2) / 3;
	if ((c.kind->options & REPORT_OPT_QUARTER) && !o->quarter &&
	    c.year != c.day.year)
		return diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				_("--quarter is needed with a --year other than the report's"));
	if (o->quarter < 0 || o->quarter > 4)
		return diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				_("--quarter takes 1 to 4"));
	if (o->within < 0 && o->within != REPORT_WITHIN_RULES)
		return diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				_("--within takes a number of days, 0 or more"));

	load_items(&c);
	count_charts(&c);
	c.kind->build(&c);
	say_empty_tables(&c);
	if (!r->title)
		r->title = xstrdup(L(&c, c.kind->title));
	r->charts = c.kind->charts;
	place = where(&c);
	/* a report of a period says its period; any other, its day */
	if (o->has_date && !(c.kind->options & REPORT_OPT_YEAR)) {
		char day[DATE_ISO_MAX], *as_of;

		report_put_day(&c, &c.day, day);
		as_of = xasprintf(L(&c, L_AS_OF), day);
		r->subtitle = xasprintf("%s%s%s", place, *place ? ", " : "", as_of);
		free(as_of);
		free(place);
	} else {
		r->subtitle = place;
	}
	if (c.kind->frame || o->frame)
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

