/*
 * cycle.h — the six-step OCOP cycle as a state machine (DESIGN.md §4,
 * ocop-rules.md §6, the seed plan §IV.2.2).
 *
 *   - a new idea (origin: idea) enters at step 1 or 2 and passes the
 *     steps in order, one at a time;
 *   - an existing product enters at step 2 or later and may skip ahead;
 *   - a rejected idea returns to step 2, and registers again the next year;
 *   - a product with a recognition returns to step 5 to be re-evaluated
 *     (renewal before expiry) or upgraded (nâng hạng);
 *   - dates never go back.
 *
 * One function says whether a move is allowed and why not; it judges the
 * move a command is about to make and every move already in a file.
 */
#ifndef OCOP_CYCLE_H
#define OCOP_CYCLE_H

#include <stdbool.h>

#include "ocop/diag.h"
#include "ocop/record.h"
#include "ocop/strbuf.h"

/*
 * May product p, whose history is its first `upto` cycle entries, take the
 * entry `next`?  Returns true, or false with the reason (one sentence) in
 * why.
 */
bool cycle_move_allowed(const struct product *p, size_t upto,
			const struct cycle_entry *next, struct strbuf *why);

/* The step an advance goes to by default, or 0 when there is none. */
int cycle_next_step(const struct product *p);

/* Append an entry to the record's cycle (the tree; decode again after). */
void cycle_append(struct record *r, int step, const struct ocop_date *date,
		  const char *note, bool rejected);

/* Check every move of a product's history; problems at each entry's line. */
int cycle_validate(const struct record *r, struct diag_list *dl);

/* The step a rejected idea returns to: registration (2), for the next year. */
int cycle_reject_step(void);

#endif
