/* derived.c — a product's derived state (see derived.h). */
#include <stdlib.h>
#include <string.h>

#include "ocop/rating.h"
#include "ocop/rules.h"
#include "ocop/derived.h"
#include "ocop/text.h"
#include "ocop/util.h"

static const char *const status_slugs[STATUS_COUNT] = {
	"idea", "in-progress", "certified", "expiring", "expired", "revoked",
	"rejected"
};

const char *status_slug(enum product_status s)
{
	return (unsigned)s < STATUS_COUNT ? status_slugs[s] : NULL;
}

int status_parse(const char *text, enum product_status *out,
		 const char **suggestion)
{
	char *folded = text ? text_fold(text) : NULL;
	size_t i;

	if (suggestion)
		*suggestion = NULL;
	for (i = 0; folded && i < STATUS_COUNT; i++)
		if (!strcmp(folded, status_slugs[i])) {
			*out = (enum product_status)i;
			free(folded);
			return 0;
		}
	if (suggestion && folded)
		*suggestion = text_suggest(folded, status_slugs, STATUS_COUNT);
	free(folded);
	return -1;
}

static const char *const outcome_slugs[OUTCOME_COUNT] = {
	NULL, "new", "renewed", "upgraded", "downgraded", "stock"
};

const char *outcome_slug(enum recognition_outcome o)
{
	return (unsigned)o < OUTCOME_COUNT ? outcome_slugs[o] : NULL;
}

enum recognition_outcome product_outcome(const struct product *p, size_t i)
{
	const struct evaluation *e = &p->evals[i], *before = NULL;
	size_t k;

	if (!rating_is_recognition(e))
		return OUTCOME_NONE;
	if (e->as_of)
		return OUTCOME_STOCK;
	for (k = 0; k < i; k++)
		if (rating_is_recognition(&p->evals[k]))
			before = &p->evals[k];
	if (!before)
		return OUTCOME_NEW;
	if (e->stars > before->stars)
		return OUTCOME_UPGRADED;
	return e->stars < before->stars ? OUTCOME_DOWNGRADED : OUTCOME_RENEWED;
}

const struct evaluation *product_first_certified(const struct product *p)
{
	size_t i;

	for (i = 0; i < p->nevals; i++)
		if (rating_is_recognition(&p->evals[i]))
			return p->evals[i].as_of ? NULL : &p->evals[i];
	return NULL;
}

bool product_category_date(const struct product *p, struct ocop_date *d)
{
	size_t i;

	for (i = 0; i < p->nevals; i++) {
		const struct evaluation *e = &p->evals[i];

		if (!rating_is_recognition(e))
			continue;
		if (e->date.year) {
			*d = e->date;
			return true;
		}
		if (e->as_of) {
			*d = (struct ocop_date){ e->as_of, 1, 1, DATE_YEAR };
			return true;
		}
	}
	if (p->ncycle && p->cycle[0].date.year) {
		*d = p->cycle[0].date;
		return true;
	}
	return false;
}

/* A recognition: the province's or the ministry's decision with stars. */
static bool is_recognition(const struct evaluation *e)
{
	return rating_is_recognition(e);
}

void product_derive(const struct product *p, const struct ocop_date *today,
		   struct product_derived *st)
{
	const struct evaluation *rec = NULL;
	size_t i, at = 0;

	memset(st, 0, sizeof(*st));
	if (p->ncycle)
		st->step = p->cycle[p->ncycle - 1].step;
	for (i = 0; i < p->nevals; i++)
		if (is_recognition(&p->evals[i]))
			rec = &p->evals[at = i];
	st->recognition = rec;
	if (rec)
		st->outcome = product_outcome(p, at);
	if (!rec) {
		if (p->ncycle && p->cycle[p->ncycle - 1].rejected)
			st->status = STATUS_REJECTED;
		else if (p->origin == ORIGIN_IDEA && st->step <= 2)
			st->status = STATUS_IDEA;
		else
			st->status = STATUS_IN_PROGRESS;
		return;
	}
	st->has_expires = true;
	st->expires = rating_expires(rec);
	if (rec->revoked) {
		st->status = STATUS_REVOKED;
	} else if (date_ended(&st->expires, today)) {
		st->status = STATUS_EXPIRED;
	} else {
		st->stars = rec->stars;
		/* The notice the issuing body owes: report expiring's window. */
		st->status = date_days_left(&st->expires, today) <=
			     rules_renewal_notice_days(today) ?
			     STATUS_EXPIRING : STATUS_CERTIFIED;
	}
}
