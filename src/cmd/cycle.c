/* cycle.c — ocop cycle show|advance|reject: a product's way through the six steps. */
#include <stdlib.h>
#include <string.h>

#include "cmd/builtin.h"
#include "ocop/move.h"
#include "ocop/rules.h"
#include "ocop/util.h"

/* Each usage line once: the noun's --help and the sub-command's agree. */
#define USAGE_SHOW N_("ocop cycle show ID [--format F] [-o FILE]")
#define USAGE_ADVANCE N_("ocop cycle advance ID [--to STEP] [--date D] [--note TEXT] [-n]")
#define USAGE_REJECT N_("ocop cycle reject ID [--date D] [--note TEXT] [-n]")

static const char *const cycle_usage[] = {
	USAGE_SHOW,
	USAGE_ADVANCE,
	USAGE_REJECT,
	NULL
};

/* --- show --------------------------------------------------------------------------- */

static const char *const show_usage[] = { USAGE_SHOW, NULL };

static int cycle_show(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *format = NULL, *out = NULL;
	struct option opts[] = {
		OPT_STRING(0, "format", &format, N_("F"), N_("text, csv, tsv, json, md or html")),
		OPT_STRING('o', "output", &out, N_("FILE"), N_("write to FILE; its extension picks the format")),
		OPT_END()
	};
	const struct product *p;
	struct table t;
	struct record r;
	struct store s;
	size_t i;
	int status;
	const char *id;

	argc = parse_options(argc, argv, opts, show_usage, 0);
	if (argc != 1)
		usage_error(show_usage, opts, _("give one ID"));
	id = argv[0];
	if ((status = open_store_for(ctx, &s, RECORD_PRODUCT, &id)))
		return status;
	if (store_read(&s, RECORD_PRODUCT, id, &r, &dl))
		goto out;
	p = &r.u.product;
	table_init(&t);
	table_add_column(&t, "step", _("Step"), ALIGN_RIGHT, COL_NUMBER);
	table_add_column(&t, "name", _("Name"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "date", _("Date"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "rejected", _("Rejected"), ALIGN_LEFT, COL_BOOL);
	table_add_column(&t, "note", _("Note"), ALIGN_LEFT, COL_STRING);
	for (i = 0; i < p->ncycle; i++) {
		const struct cycle_entry *c = &p->cycle[i];
		const struct step_info *info = rules_step(c->step);
		char day[DATE_ISO_MAX];

		date_format_iso(&c->date, day);
		table_add_row(&t);
		table_setf(&t, 0, "%d", c->step);
		table_setf(&t, 1, "%s (%s)", info->slug, info->name_vi);
		table_set(&t, 2, day);
		table_set(&t, 3, c->rejected ? "true" : "false");
		table_set(&t, 4, c->note);
	}
	status = print_table(&t, format, out, 0);
	table_release(&t);
out:
	record_release(&r);
	store_close(&s);
	return finish_printed(status, &dl);
}

/* --- advance, reject ------------------------------------------------------------------- */

static int move_command(int argc, const char **argv, struct ocop_ctx *ctx,
			bool reject)
{
	static const char *const advance_usage[] = { USAGE_ADVANCE, NULL };
	static const char *const reject_usage[] = { USAGE_REJECT, NULL };
	struct diag_list dl = DIAG_LIST_INIT;
	struct move_input m = { .reject = reject };
	int dry = 0, status;
	struct option advance_opts[] = {
		OPT_STRING(0, "to", &m.to, N_("STEP"), N_("the step to move to (1–6 or its name); default the next")),
		OPT_STRING(0, "date", &m.date, N_("D"), N_("the day of the move (default today)")),
		OPT_STRING(0, "note", &m.note, N_("TEXT"), N_("a note kept with the step")),
		OPT_BOOL('n', "dry-run", &dry, N_("check and show, write nothing")),
		OPT_END()
	};
	struct option *opts = reject ? advance_opts + 1 : advance_opts;
	const char *const *usage = reject ? reject_usage : advance_usage;
	struct store s;

	argc = parse_options(argc, argv, opts, usage, 0);
	if (argc != 1)
		usage_error(usage, opts, _("give one ID"));
	if ((status = open_store(ctx, &s, OPEN_WRITE)))
		return status;
	s.dry_run = dry;
	move_product(&s, argv[0], &m, &dl);
	return finish_write(&s, &dl);
}

static int cycle_advance(int argc, const char **argv, struct ocop_ctx *ctx)
{
	return move_command(argc, argv, ctx, false);
}

static int cycle_reject(int argc, const char **argv, struct ocop_ctx *ctx)
{
	return move_command(argc, argv, ctx, true);
}

int cmd_cycle(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const struct subcommand subs[] = {
		{ "show", cycle_show },
		{ "advance", cycle_advance },
		{ "reject", cycle_reject },
		{ NULL, NULL }
	};
	struct option opts[] = { OPT_END() };

	argc = parse_options(argc, argv, opts, cycle_usage,
			     PARSE_OPT_STOP_AT_NON_OPTION);
	return run_subcommand(subs, argc, argv, ctx, cycle_usage);
}
