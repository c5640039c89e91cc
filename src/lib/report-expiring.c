/*
 * report-expiring.c — the expiring report: certificates that end within
 * --within days of the report's day, or have ended; soonest first.
 */
#include <stdlib.h>

#include "lib/report-int.h"
#include "ocop/dossier.h"
#include "ocop/util.h"

/*
 * A row: an OCOP certificate (doc NULL) or a dossier's document with an
 * expiry (the food-safety certificate), side by side, soonest first.
 */
struct ending {
	const struct report_item *it;
	const struct document *doc;
	struct ocop_date expires;
	long left;
};

static long days_to(const struct report_ctx *c, const struct ocop_date *d)
{
	return date_days_left(d, &c->day);
}

/*
 * The window: --within, else the days before its end by which the issuing
 * body notifies the producer, by the rules in force on the report's day.
 */
int report_expiring_window(const struct report_ctx *c)
{
	return c->o->within != REPORT_WITHIN_RULES ? c->o->within :
	       rules_renewal_notice_days(&c->day);
}

static bool is_ending(const struct report_ctx *c, const struct report_item *it)
{
	return it->st.recognition && it->st.status != STATUS_REVOKED &&
	       days_to(c, &it->st.expires) <= report_expiring_window(c);
}

static int by_expiry(const void *a, const void *b)
{
	const struct ending *x = a, *y = b;
	int ret = date_cmp(&x->expires, &y->expires);

	if (!ret)
		ret = report_compare_name(x->it, y->it);
	/* a product's certificate before its documents, documents in their order */
	if (!ret)
		ret = (x->doc != NULL) - (y->doc != NULL);
	return ret ? ret : (x->doc > y->doc) - (x->doc < y->doc);
}

/* The certificates and documents ending within the window, sorted. */
static struct ending *collect(struct report_ctx *c, size_t *nout)
{
	struct ending *rows = NULL;
	size_t n = 0, alloc = 0, i, j;

	for (i = 0; i < c->nitems; i++) {
		struct report_item *it = &c->items[i];
		size_t before = n;

		if (is_ending(c, it)) {
			ALLOC_GROW(rows, n + 1, alloc);
			rows[n++] = (struct ending){ it, NULL, it->st.expires,
						     days_to(c, &it->st.expires) };
		}
		for (j = 0; j < it->p->ndocs; j++) {
			const struct document *d = &it->p->docs[j];

			if (!d->has_expires || days_to(c, &d->expires) > report_expiring_window(c))
				continue;
			ALLOC_GROW(rows, n + 1, alloc);
			rows[n++] = (struct ending){ it, d, d->expires,
						     days_to(c, &d->expires) };
		}
		if (n > before)
			report_make_keys(it, false);
	}
	if (n)
		qsort(rows, n, sizeof(*rows), by_expiry);
	*nout = n;
	return rows;
}

enum expiring_col {
	EXP_ID, EXP_PRODUCT, EXP_PRODUCER, EXP_KIND, EXP_STARS, EXP_DECISION,
	EXP_EXPIRES, EXP_DAYS_LEFT, EXP_STATUS, EXP_COLS
};

static const struct report_column expiring_cols[EXP_COLS] = {
	[EXP_ID] = { "id", L_COL_ID, COL_STRING, CELL_CODE },
	[EXP_PRODUCT] = { "product", L_COL_PRODUCT, COL_STRING, CELL_TEXT },
	[EXP_PRODUCER] = { "producer", L_COL_PRODUCER, COL_STRING, CELL_TEXT },
	[EXP_KIND] = { "kind", L_COL_DOC_KIND, COL_STRING, CELL_TEXT },
	[EXP_STARS] = { "stars", L_COL_STARS, COL_NUMBER, CELL_TEXT },
	[EXP_DECISION] = { "decision", L_COL_DECISION, COL_STRING, CELL_CODE },
	[EXP_EXPIRES] = { "expires", L_COL_EXPIRES, COL_STRING, CELL_DATE },
	[EXP_DAYS_LEFT] = { "days_left", L_COL_DAYS_LEFT, COL_NUMBER, CELL_TEXT },
	[EXP_STATUS] = { "status", L_COL_STATUS, COL_STRING, CELL_TEXT },
};

/* "ocop" or the document's kind, named for people. */
static const char *kind_of(const struct report_ctx *c, const struct document *d)
{
	const struct dossier_kind *k;

	if (!d)
		return W(c, L_KIND_OCOP);
	k = dossier_kind_find(d->kind, NULL);
	if (!c->human || !k)
		return d->kind;
	return c->lang == REPORT_VI ? k->name_vi : k->name_en;
}

void report_build_expiring(struct report_ctx *c)
{
	struct report_table *rt = report_add_table(c, "expiring", NULL);
	struct table *t = &rt->t;
	struct ending *v;
	size_t n, i;

	v = collect(c, &n);
	report_columns(c, rt, expiring_cols, EXP_COLS);
	for (i = 0; i < n; i++) {
		const struct report_item *it = v[i].it;

		table_add_row(t);
		table_set(t, EXP_ID, it->p->id);
		table_set(t, EXP_PRODUCT, it->p->name);
		table_set(t, EXP_PRODUCER, report_owner_name(it));
		if (!v[i].doc) {
			table_setf(t, EXP_STARS, "%d", it->st.recognition->stars);
			table_set(t, EXP_DECISION, it->st.recognition->decision);
		} else {
			table_set(t, EXP_DECISION, v[i].doc->number);
		}
		report_set_date(c, t, EXP_EXPIRES, &v[i].expires);
		table_setf(t, EXP_DAYS_LEFT, "%ld", v[i].left);
		table_set(t, EXP_STATUS,
			  W(c, v[i].left >= 0 ? L_STATUS_EXPIRING : L_STATUS_EXPIRED));
		table_set(t, EXP_KIND, kind_of(c, v[i].doc));
	}
	c->r->intro = xasprintf(L(c, L_INTRO_EXPIRING), (int)n, report_expiring_window(c));
	free(v);
}
