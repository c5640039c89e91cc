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
	STATUS_EXPIRING,	/* in force, ending within EXPIRING_DAYS */
	STATUS_EXPIRED,		/* the last recognition has ended */
	STATUS_REVOKED,		/* the last recognition was revoked */
	STATUS_REJECTED		/* the idea was not accepted */
};
#define STATUS_COUNT 7

struct product_derived {
	int step;				/* 0 when the cycle is empty */
	int stars;				/* 0 when none is in force */
	enum product_status status;
	const struct evaluation *recognition;	/* the latest, in force or not */
	bool has_expires;
	struct ocop_date expires;		/* of that recognition */
};

void product_derive(const struct product *p, const struct ocop_date *today,
		   struct product_derived *st);

const char *status_slug(enum product_status s);
int status_parse(const char *text, enum product_status *out,
		 const char **suggestion);

#endif
