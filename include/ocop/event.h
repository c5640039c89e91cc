/*
 * event.h — the programme's activities (events/ID.yaml): trainings,
 * fairs, workshops, promotions, and the producers and products that took
 * part.  The record's schema is record.c's; this is what the validator
 * and the reports ask of events.
 */
#ifndef OCOP_EVENT_H
#define OCOP_EVENT_H

#include <stdbool.h>

#include "ocop/diag.h"
#include "ocop/record.h"
#include "ocop/store.h"

/*
 * Every producer and product an event names exists (a record of the
 * directory, or one read already in producers/products when not NULL,
 * as check reads them all); an unknown one is an error at its line, with
 * the nearest id.  Returns 0 or -1 (dl).
 */
int event_check_refs(struct store *s, const struct record_set *producers,
		     const struct record_set *products, const struct record *r,
		     struct diag_list *dl);

/* Is the event of kind ("training", "fair", …)? */
bool event_is(const struct event *e, const char *kind);

#endif
