/*
 * report-quarter.c — the quarter report: what happened in a quarter,
 * counted and listed by date.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/report-int.h"
#include "ocop/event.h"
#include "ocop/rating.h"
#include "ocop/rules.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

/* "Quyết định 1898/QĐ-UBND", or NULL when the number is not known. */
static char *decision_detail(const struct report_ctx *c, const char *decision)
{
	return decision ? xasprintf(W(c, L_EV_CERTIFIED_DETAIL), decision) : NULL;
}


enum event_kind {
	EV_REGISTERED, EV_STEP, EV_REJECTED, EV_WARD, EV_RATED, EV_CERTIFIED,
	EV_EXPIRED, EV_REVOKED, EV_FAIR, EV_TRAINING, EV_COURSE, EV_WORKSHOP,
	EV_PROMOTION, EV_COUNT_
};

struct quarter_event {
	struct ocop_date date;
	enum event_kind kind;
	char *label, *name, *detail;
	const char *key;	/* collation key of the name */
	char *own_key;		/* when not borrowed from the product */
	const char *id;
};

struct events {
	struct quarter_event *v;
	size_t n, alloc;
	int count[EV_COUNT_];
};

static struct quarter_event *add_event(struct events *ev, const struct ocop_date *d,
			       enum event_kind kind, const char *key,
			       const char *id, const char *name)
{
	struct quarter_event *e;

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
	const struct quarter_event *x = a, *y = b;
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

		if (later != e && rating_is_recognition(later) &&
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

static void product_events(struct report_ctx *c, const struct report_item *it,
			   const struct ocop_date *from,
			   const struct ocop_date *to, struct events *ev)
{
	const struct product *p = it->p;
	struct quarter_event *e;
	size_t i;

	for (i = 0; i < p->ncycle; i++) {
		const struct cycle_entry *ce = &p->cycle[i];
		const struct step_info *si = rules_step(ce->step);

		if (!report_in_period(c, &ce->date, from, to))
			continue;
		if (!i) {
			e = add_event(ev, &ce->date, EV_REGISTERED, it->key, p->id, p->name);
			e->label = xstrdup(W(c, L_EV_REGISTERED));
			if (si)
				e->detail = c->human ?
					    xasprintf("%s %d: %s", L(c, L_COL_STEP), ce->step,
						      REPORT_NAME(c, si)) :
					    xstrdup(si->slug);
		} else if (ce->rejected) {
			e = add_event(ev, &ce->date, EV_REJECTED, it->key, p->id, p->name);
			e->label = xstrdup(W(c, L_EV_REJECTED));
			e->detail = ce->note ? xstrdup(ce->note) : NULL;
		} else {
			e = add_event(ev, &ce->date, EV_STEP, it->key, p->id, p->name);
			e->label = xasprintf(W(c, L_EV_STEP), ce->step);
			if (si)
				e->detail = xstrdup(REPORT_NAME(c, si));
		}
	}
	for (i = 0; i < p->nevals; i++) {
		const struct evaluation *x = &p->evals[i];
		struct ocop_date end;

		if (x->as_of)
			continue;	/* stock in force as of a year: no event */
		if (report_in_period(c, &x->date, from, to)) {
			if (x->level == LEVEL_WARD) {
				char *failed = failed_criteria(x);

				e = add_event(ev, &x->date, EV_WARD, it->key, p->id, p->name);
				e->label = xstrdup(W(c, L_EV_WARD));
				e->detail = *failed ? xasprintf(W(c, L_EV_WARD_FAIL), failed) :
					    xstrdup(W(c, L_EV_WARD_PASS));
				free(failed);
			} else if (rating_is_recognition(x)) {
				e = add_event(ev, &x->date, EV_CERTIFIED, it->key, p->id, p->name);
				e->label = xasprintf(W(c, L_EV_CERTIFIED), x->stars);
				e->detail = decision_detail(c, x->decision);
				ev->count[EV_RATED]++;	/* a recognition is a rating too */
			} else {
				char total[32];

				decimal_format(x->score[0] + x->score[1] + x->score[2], total);
				e = add_event(ev, &x->date, EV_RATED, it->key, p->id, p->name);
				e->label = xstrdup(W(c, L_EV_RATED));
				if (x->has_score)
					e->detail = xasprintf(W(c, L_EV_RATED_DETAIL), total,
							      x->stars ? x->stars :
							      rating_score_stars(x));
			}
		}
		if (!rating_is_recognition(x))
			continue;
		end = rating_expires(x);
		if (report_in_period(c, &end, from, to) && lapsed(p, x, &end)) {
			e = add_event(ev, &end, EV_EXPIRED, it->key, p->id, p->name);
			e->label = xstrdup(W(c, L_EV_EXPIRED));
			e->detail = decision_detail(c, x->decision);
		}
		if (x->revoked && report_in_period(c, &x->revoked_date, from, to)) {
			e = add_event(ev, &x->revoked_date, EV_REVOKED, it->key, p->id, p->name);
			e->label = xstrdup(W(c, L_EV_REVOKED));
			e->detail = decision_detail(c, x->revoke_decision);
		}
	}
}

/* The training courses of the period, one event each. */
/*
 * Recognitions of year y dated by the year alone: they belong to no
 * quarter, and are counted on a line of their own rather than dropped.
 */
static int year_only(const struct report_ctx *c, int y)
{
	size_t i, j;
	int n = 0;

	for (i = 0; i < c->nitems; i++) {
		const struct product *p = c->items[i].p;

		for (j = 0; j < p->nevals; j++)
			if (rating_is_recognition(&p->evals[j]) &&
			    !p->evals[j].as_of &&
			    p->evals[j].date.prec == DATE_YEAR &&
			    p->evals[j].date.year == y && y <= c->day.year)
				n++;
	}
	return n;
}

static void training_events(struct report_ctx *c, const struct ocop_date *from,
			    const struct ocop_date *to, struct events *ev)
{
	const struct dataset *ds = c->ds;
	size_t i, j;

	for (i = 0; i < ds->nproducers; i++) {
		const struct producer *pr = &ds->producers[i].r->u.producer;

		for (j = 0; j < pr->ntraining; j++) {
			struct quarter_event *e;

			if (!report_in_period(c, &pr->training[j].date, from, to))
				continue;
			e = add_event(ev, &pr->training[j].date, EV_TRAINING,
				      NULL, pr->id, pr->name);
			e->label = xstrdup(W(c, L_EV_TRAINING));
			e->detail = pr->training[j].course ?
				    xstrdup(pr->training[j].course) : NULL;
		}
	}
}

/* The names of an event's producers and products, for its detail. */
static char *event_names(const struct dataset_dir *d, const struct event *e)
{
	struct strbuf sb = STRBUF_INIT;
	size_t k;

	for (k = 0; k < e->nproducers + e->nproducts; k++) {
		bool producer = k < e->nproducers;
		const char *id = producer ? e->producers[k] : e->products[k - e->nproducers];
		const struct record *r = record_set_find(producer ? &d->producers :
							 &d->products, id);
		const char *name = !r || !r->valid ? id : producer ?
				   r->u.producer.name : r->u.product.name;

		strbuf_addf(&sb, "%s%s", sb.len ? ", " : "", name);
	}
	return sb.len ? strbuf_detach(&sb, NULL) : (strbuf_release(&sb), NULL);
}

/*
 * The events of events/ in the period but the fairs, which come with the
 * fairs written on products (report_collect_fairs): a course, a workshop,
 * a promotion is one row each.
 */
static void recorded_events(struct report_ctx *c, const struct ocop_date *from,
			    const struct ocop_date *to, struct events *ev)
{
	static const struct {
		const char *kind;
		enum event_kind ev;
		enum label label;
	} kinds[] = {
		{ "training", EV_COURSE, L_EV_TRAINING },
		{ "workshop", EV_WORKSHOP, L_EV_WORKSHOP },
		{ "promotion", EV_PROMOTION, L_EV_PROMOTION },
	};
	size_t i, j, k;

	for (i = 0; i < c->ds->ndirs; i++) {
		const struct dataset_dir *d = &c->ds->dirs[i];

		for (j = 0; j < d->events.nr; j++) {
			const struct event *e = &d->events.items[j].u.event;
			struct quarter_event *q;

			if (!d->events.items[j].valid ||
			    !report_in_period(c, &e->date, from, to))
				continue;
			for (k = 0; k < ARRAY_SIZE(kinds) && !event_is(e, kinds[k].kind); k++)
				;
			if (k == ARRAY_SIZE(kinds))
				continue;
			q = add_event(ev, &e->date, kinds[k].ev, NULL, e->id, e->name);
			q->label = xstrdup(W(c, kinds[k].label));
			q->detail = event_names(d, e);
		}
	}
}

/* The quarter's events, in date order. */
enum event_col { EVENT_DATE, EVENT_LABEL, EVENT_NAME, EVENT_DETAIL, EVENT_COLS };

static const struct report_column event_cols[EVENT_COLS] = {
	[EVENT_DATE] = { "date", L_COL_DATE, COL_STRING, CELL_DATE },
	[EVENT_LABEL] = { "event", L_COL_EVENT, COL_STRING, CELL_TEXT },
	[EVENT_NAME] = { "name", L_COL_NAME, COL_STRING, CELL_TEXT },
	[EVENT_DETAIL] = { "detail", L_COL_DETAIL, COL_STRING, CELL_TEXT },
};

void report_build_quarter(struct report_ctx *c)
{
	int q = c->quarter, y = c->year;
	struct ocop_date from = report_make_date(y, 3 * q - 2, 1);
	struct ocop_date end = report_make_date(y, 3 * q, date_days_in_month(y, 3 * q));
	struct ocop_date to = end;
	struct events ev = { NULL, 0, 0, { 0 } };
	struct report_table *rt;
	struct report_fair *fairs;
	size_t nfairs, i;
	char a[DATE_ISO_MAX], b[DATE_ISO_MAX];
	int trained;

	c->r->title = xasprintf(L(c, c->kind->title), report_roman[q - 1], y);
	for (i = 0; i < c->nitems; i++) {
		report_make_keys(&c->items[i], false);
		product_events(c, &c->items[i], &from, &to, &ev);
	}
	training_events(c, &from, &to, &ev);
	recorded_events(c, &from, &to, &ev);
	trained = report_trained(c, &from, &to);
	fairs = report_collect_fairs(c, &from, &to, &nfairs);
	for (i = 0; i < nfairs; i++) {
		struct quarter_event *e = add_event(&ev, &fairs[i].date, EV_FAIR,
					    NULL, "", fairs[i].name);

		e->label = xstrdup(W(c, L_EV_FAIR));
		e->detail = xstrdup(fairs[i].products.buf);
	}
	if (ev.n)
		qsort(ev.v, ev.n, sizeof(*ev.v), by_event);

	{
		const struct report_count rows[] = {
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
			/* from here on, only when some */
			{ L_COURSES, ev.count[EV_COURSE] },
			{ L_WORKSHOPS, ev.count[EV_WORKSHOP] },
			{ L_PROMOTIONS, ev.count[EV_PROMOTION] },
			{ L_YEAR_ONLY, year_only(c, y) },
		};
		struct report_count shown[ARRAY_SIZE(rows)];
		size_t n = 0, always = 10;

		for (i = 0; i < ARRAY_SIZE(rows); i++)
			if (i < always || rows[i].n)
				shown[n++] = rows[i];
		report_count_table(c, "counts", L_TAB_COUNTS, shown, n);
	}

	rt = report_add_table(c, "events", L(c, L_TAB_EVENTS));
	report_columns(c, rt, event_cols, EVENT_COLS);
	for (i = 0; i < ev.n; i++) {
		table_add_row(&rt->t);
		report_set_date(c, &rt->t, EVENT_DATE, &ev.v[i].date);
		table_set(&rt->t, EVENT_LABEL, ev.v[i].label);
		table_set(&rt->t, EVENT_NAME, ev.v[i].name);
		table_set(&rt->t, EVENT_DETAIL, ev.v[i].detail);
		free(ev.v[i].label);
		free(ev.v[i].name);
		free(ev.v[i].detail);
		free(ev.v[i].own_key);
	}
	free(ev.v);
	report_free_fairs(fairs, nfairs);
	report_put_day(c, &from, a);
	/* a quarter still running ends, so far, on the report's day */
	report_put_day(c, date_cmp(&c->day, &from) >= 0 &&
		       date_cmp(&c->day, &end) < 0 ? &c->day : &end, b);
	c->r->intro = xasprintf(L(c, L_PERIOD), a, b);
}
