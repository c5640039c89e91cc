/*
 * move.h — a product's move through the cycle as a command asks it
 * (ocop cycle advance, ocop cycle reject).
 *
 * The values are as typed.  The move is appended to the product's cycle
 * and the product written through edit_record(), so whether the move is
 * allowed is the validator's to say (cycle_move_allowed), on the record
 * as it would be written: one judge for commands and files.  The caller
 * holds the store's lock and commits.
 */
#ifndef OCOP_MOVE_H
#define OCOP_MOVE_H

#include <stdbool.h>

#include "ocop/diag.h"
#include "ocop/store.h"

struct move_input {
	const char *to;		/* the step, 1–6 or its slug (NULL: the next) */
	const char *date;	/* the day (NULL: today) */
	const char *note;	/* kept with the step; NULL or "" for none */
	bool reject;		/* a rejected idea: back to cycle_reject_step() */
};

/* Move product id.  Returns 0, or -1 with the reasons in dl and nothing written. */
int move_product(struct store *s, const char *id, const struct move_input *in,
		 struct diag_list *dl);

#endif
