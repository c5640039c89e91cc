/* move.c — a product's move through the cycle (see move.h). */
#include "ocop/commit.h"
#include "ocop/cycle.h"
#include "ocop/edit.h"
#include "ocop/move.h"
#include "ocop/rules.h"
#include "ocop/typed.h"

static int apply_move(struct store *s, struct record *r, void *data,
		      struct diag_list *dl)
{
	const struct move_input *m = data;
	struct ocop_date date;
	int step;

	if (typed_date(m->date, "--date", false, &date, dl))
		return -1;
	if (m->reject) {
		step = cycle_reject_step();
	} else if (m->to) {
		if (typed_step(m->to, "--to", &step, dl))
			return -1;
	} else {
		step = cycle_next_step(&r->u.product);
	}
	cycle_append(r, step, &date, m->note, m->reject);
	if (m->reject)
		commit_set_action(s, "rejected, back to step %d (%s)", step,
				  rules_step(step)->slug);
	else
		commit_set_action(s, "to step %d (%s)", step,
				  rules_step(step) ? rules_step(step)->slug : "?");
	return 0;
}

int move_product(struct store *s, const char *id, const struct move_input *in,
		 struct diag_list *dl)
{
	return edit_record(s, RECORD_PRODUCT, id, apply_move, (void *)in, dl);
}
