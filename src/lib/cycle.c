/* cycle.c — the OCOP cycle's state machine (see cycle.h). */
#include <string.h>

#include "ocop/cycle.h"
#include "ocop/rating.h"
#include "ocop/rules.h"
#include "ocop/util.h"

/* Had the product been recognised (3 stars or more) by the date d? */
static bool recognised_by(const struct product *p, const struct ocop_date *d)
{
	size_t i;

	for (i = 0; i < p->nevals; i++) {
		const struct evaluation *e = &p->evals[i];

		if (rating_is_recognition(e) && date_cmp(&e->date, d) <= 0)
			return true;
	}
	return false;
}

/*
 * A product at step 6 (promotion) with no recognition in force on d: it
 * reached it before ocop asked for one, or its certificate has ended.  It
 * may go back to step 5, or, never recognised, be rejected.
 */
static bool promoted_without(const struct product *p,
			     const struct cycle_entry *prev,
			     const struct ocop_date *d)
{
	return prev->step == STEP_PROMOTE && !rating_product_in_force_on(p, d);
}

static const char *step_name(int n)
{
	const struct step_info *s = rules_step(n);

	return s ? s->slug : "?";
}

/* Step 6 needs a recognition in force on the day of the move. */
static bool promotion_allowed(const struct product *p,
			      const struct cycle_entry *next, struct strbuf *why)
{
	char day[DATE_ISO_MAX];

	if (next->step != STEP_PROMOTE || rating_product_in_force_on(p, &next->date))
		return true;
	date_format_iso(&next->date, day);
	strbuf_addf(why, _("step 6 (promote) is for a product with a recognition in force; '%s' holds none on %s: record the council's recognition first (ocop rate council)"),
		    p->id, day);
	return false;
}

/*
 * Is next, entry upto of p's own history, a step 6 reached without a
 * recognition that the history has since put right (back to step 5, or
 * rejected)?  Such a file, written before ocop asked for a recognition,
 * is then valid again, so that the commands can put it right.
 */
static bool corrected(const struct product *p, size_t upto,
		      const struct cycle_entry *next)
{
	const struct cycle_entry *after = upto + 1 < p->ncycle ?
					   &p->cycle[upto + 1] : NULL;

	return next == &p->cycle[upto] && after &&
	       (after->step == STEP_EVALUATE || after->rejected);
}

static bool first_move(const struct product *p, const struct cycle_entry *next,
		       struct strbuf *why)
{
	if (next->rejected) {
		strbuf_addstr(why, _("a product cannot be rejected before it is registered"));
		return false;
	}
	if (p->origin == ORIGIN_IDEA && next->step > STEP_REGISTER) {
		strbuf_addf(why, _("a new idea enters the cycle at step 1 or 2, not %d (%s)"),
			    next->step, step_name(next->step));
		return false;
	}
	if (p->origin != ORIGIN_IDEA && next->step < STEP_REGISTER) {
		strbuf_addstr(why, _("an existing product enters the cycle at step 2 or later"));
		return false;
	}
	return corrected(p, 0, next) || promotion_allowed(p, next, why);
}

bool cycle_move_allowed(const struct product *p, size_t upto,
			const struct cycle_entry *next, struct strbuf *why)
{
	const struct cycle_entry *prev;
	char a[DATE_ISO_MAX], b[DATE_ISO_MAX];

	if (!upto)
		return first_move(p, next, why);
	prev = &p->cycle[upto - 1];
	if (date_cmp(&next->date, &prev->date) < 0) {
		date_format_iso(&next->date, a);
		date_format_iso(&prev->date, b);
		strbuf_addf(why, _("dates never go back: %s is before the previous step's %s"),
			    a, b);
		return false;
	}
	if (prev->rejected && next->date.year <= prev->date.year) {
		strbuf_addf(why, _("a rejected idea registers again the next year, from %d-01-01"),
			    prev->date.year + 1);
		return false;
	}
	if (next->rejected) {
		bool stuck = promoted_without(p, prev, &next->date);

		if (recognised_by(p, &next->date) ||
		    (p->origin != ORIGIN_IDEA && !stuck)) {
			strbuf_addstr(why, _("only a new idea can be rejected; an existing or recognised product is re-evaluated instead"));
			return false;
		}
		if (next->step != STEP_REGISTER || prev->step < STEP_REGISTER ||
		    (prev->step > STEP_EVALUATE && !stuck) || prev->rejected) {
			strbuf_addf(why, _("only an idea at steps 2–5 can be rejected (it is at step %d)"),
				    prev->step);
			return false;
		}
		return true;
	}
	if (prev->rejected && next->step == STEP_REGISTER)
		return true;	/* registered again, the next year */
	if (next->step > prev->step) {
		if (p->origin == ORIGIN_IDEA && next->step != prev->step + 1) {
			strbuf_addf(why, _("a new idea passes the steps one at a time: after step %d (%s) comes %d (%s), not %d"),
				    prev->step, step_name(prev->step), prev->step + 1,
				    step_name(prev->step + 1), next->step);
			return false;
		}
		return corrected(p, upto, next) || promotion_allowed(p, next, why);
	}
	if (next->step == STEP_EVALUATE && prev->step >= STEP_EVALUATE &&
	    recognised_by(p, &next->date))
		return true;	/* renewal or upgrade */
	if (next->step == STEP_EVALUATE && promoted_without(p, prev, &next->date))
		return true;	/* evaluated, as it should have been */
	if (next->step == STEP_EVALUATE && prev->step >= STEP_EVALUATE)
		strbuf_addstr(why, _("only a recognised product returns to step 5 (renewal or upgrade)"));
	else if (next->step == prev->step)
		strbuf_addf(why, _("the product is already at step %d (%s)"),
			    prev->step, step_name(prev->step));
	else
		strbuf_addf(why, _("steps do not go back from %d (%s) to %d (%s)"),
			    prev->step, step_name(prev->step), next->step,
			    step_name(next->step));
	return false;
}

int cycle_next_step(const struct product *p)
{
	const struct cycle_entry *last;

	if (!p->ncycle)
		return p->origin == ORIGIN_IDEA ? 1 : STEP_REGISTER;
	last = &p->cycle[p->ncycle - 1];
	if (last->rejected)
		return STEP_REGISTER;	/* the idea registers again */
	if (last->step < STEP_COUNT)
		return last->step + 1;
	return STEP_EVALUATE;	/* from promotion back to evaluation: renewal or upgrade */
}

void cycle_append(struct record *r, int step, const struct ocop_date *date,
		  const char *note, bool rejected)
{
	struct node_doc *doc = &r->doc;
	struct node *cycle = node_get(doc->root, "cycle");
	struct node *entry = node_new_mapping(doc);
	char num[8], day[DATE_ISO_MAX];

	if (!cycle || cycle->kind != NODE_SEQUENCE) {
		cycle = node_new_sequence(doc);
		node_set(doc, doc->root, "cycle", cycle);
	}
	snprintf(num, sizeof(num), "%d", step);
	date_format_iso(date, day);
	node_set_str(doc, entry, "step", num, STYLE_PLAIN);
	node_set_str(doc, entry, "date", day, STYLE_PLAIN);
	if (rejected)
		node_set_str(doc, entry, "rejected", "true", STYLE_PLAIN);
	if (note && *note)
		node_set_str(doc, entry, "note", note, STYLE_AUTO);
	node_append(doc, cycle, entry);
}

int cycle_validate(const struct record *r, struct diag_list *dl)
{
	const struct product *p = &r->u.product;
	struct strbuf why = STRBUF_INIT;
	int ret = 0;
	size_t i;

	for (i = 0; i < p->ncycle; i++) {
		const struct node *n = p->cycle[i].node;

		strbuf_reset(&why);
		if (cycle_move_allowed(p, i, &p->cycle[i], &why))
			continue;
		/* a view without its tree has no nodes: no line */
		ret = diag_error(dl, n && n->line ? r->path : NULL,
				 n ? n->line : 0, n ? n->col : 0,
				 "cycle: %s", why.buf);
	}
	strbuf_release(&why);
	return ret;
}

int cycle_reject_step(void)
{
	return STEP_REGISTER;
}
