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

/* A recognition: the province's or the ministry's decision with stars. */
static bool is_recognition(const struct evaluation *e)
{
	return rating_is_recognition(e);
}

void product_derive(const struct product *p, const struct ocop_date *today,
		   struct product_derived *st)
{
	const struct evaluation *rec = NULL;
	size_t i;

	memset(st, 0, sizeof(*st));
	if (p->ncycle)
		st->step = p->cycle[p->ncycle - 1].step;
	for (i = 0; i < p->nevals; i++)
		if (is_recognition(&p->evals[i]))
			rec = &p->evals[i];
	st->recognition = rec;
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
	} else if (date_cmp(&st->expires, today) <= 0) {
		st->status = STATUS_EXPIRED;
	} else {
		st->stars = rec->stars;
		st->status = date_to_days(&st->expires) - date_to_days(today) <=
			     EXPIRING_DAYS ? STATUS_EXPIRING : STATUS_CERTIFIED;
	}
}
