/*
 * derived.h — what a product's record says about it today, derived and
 * never stored: its current step, its current stars, its status.
 *
 * Computed in this one place for show, list, reports and checks.
 */
#ifndef OCOP_DERIVED_H
#define OCOP_DERIVED_H

#include <stdbool.h>

#include "ocop/date.h"
#include "ocop/record.h"

enum product_status {
	STATUS_IDEA,		/* an idea not yet past registration */
	STATUS_IN_PROGRESS,	/* in the cycle, not certified */
	STATUS_CERTIFIED,	/* a recognition of 3–5 stars in force */
	STATUS_EXPIRING,	/* in force, ending within the rules' notice */
	STATUS_EXPIRED,		/* the last recognition has ended */
	STATUS_REVOKED,		/* the last recognition was revoked */
	STATUS_REJECTED		/* the idea was not accepted */
};
#define STATUS_COUNT 7

/*
 * What a recognition did, judged against the product's recognition before
 * it (ocop-rules.md §3: "công nhận mới", "công nhận lại", "nâng hạng"):
 * derived when read, never stored, so that it follows the record when an
 * earlier recognition is added or corrected.  A recognition known only to
 * be in force as of a year is stock: what it did is not known.
 */
enum recognition_outcome {
	OUTCOME_NONE,		/* not a recognition */
	OUTCOME_NEW,		/* the product's first: công nhận mới */
	OUTCOME_RENEWED,	/* the same stars again: công nhận lại */
	OUTCOME_UPGRADED,	/* more stars: nâng hạng */
	OUTCOME_DOWNGRADED,	/* fewer stars: công nhận lại, hạng thấp hơn */
	OUTCOME_STOCK		/* in force as of a year (as_of) */
};
#define OUTCOME_COUNT 6

struct product_derived {
	int step;				/* 0 when the cycle is empty */
	int stars;				/* 0 when none is in force */
	enum product_status status;
	const struct evaluation *recognition;	/* the latest, in force or not */
	bool has_expires;
	struct ocop_date expires;		/* of that recognition */
	enum recognition_outcome outcome;	/* of that recognition */
};

void product_derive(const struct product *p, const struct ocop_date *today,
		   struct product_derived *st);

/* The outcome of p's evaluation i. */
enum recognition_outcome product_outcome(const struct product *p, size_t i);
/* "new", "renewed", "upgraded", "downgraded", "stock"; NULL for none. */
const char *outcome_slug(enum recognition_outcome o);
/*
 * The recognition that made p an OCOP product, which reports count as new
 * in its year: p's first recognition, or NULL when it has none or when the
 * first known is stock (in force as of a year: not new then, nor when it
 * is renewed).
 */
const struct evaluation *product_first_certified(const struct product *p);

/*
 * The day whose decision names p's category (1048's names before
 * 2023-02-24, 148's from then): its first recognition's, the year of
 * stock known only as in force then, else its first step's.  false: p
 * holds no date.
 */
bool product_category_date(const struct product *p, struct ocop_date *d);

const char *status_slug(enum product_status s);
int status_parse(const char *text, enum product_status *out,
		 const char **suggestion);

#endif
