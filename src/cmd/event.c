/* event.c — ocop event add|list|show|set|rm: trainings, fairs, workshops, promotions. */
#include <stdlib.h>
#include <string.h>

#include "cmd/builtin.h"
#include "ocop/add.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

#define USAGE_ADD N_("ocop event add KIND NAME --date D [--until D] [--place P] [--organiser O] [--producers ID,...] [--products ID,...] [--hours H] [--id ID] [-n]")
#define USAGE_LIST N_("ocop event list [--kind KIND] [--year Y] [--format F] [-o FILE] [--excel]")
#define USAGE_SHOW N_("ocop event show ID [--format F] [-o FILE]")
#define USAGE_SET N_("ocop event set ID KEY=VALUE... [-n] [--force]")
#define USAGE_RM N_("ocop event rm ID [-n]")

/* --- add --------------------------------------------------------------------------- */

static const char *const add_usage[] = { USAGE_ADD, NULL };

static int event_add(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct event_input in = { .kind = NULL };
	int dry = 0, status;
	struct option opts[] = {
		OPT_STRING(0, "date", &in.date, N_("D"), N_("its first day (YYYY-MM-DD or dd/mm/yyyy)")),
		OPT_STRING(0, "until", &in.until, N_("D"), N_("its last day")),
		OPT_STRING(0, "place", &in.place, N_("P"), N_("where it takes place")),
		OPT_STRING(0, "organiser", &in.organiser, N_("O"), N_("who organises it")),
		OPT_STRING(0, "producers", &in.producers, N_("ID,..."), N_("the producers who took part")),
		OPT_STRING(0, "products", &in.products, N_("ID,..."), N_("the products shown")),
		OPT_STRING(0, "hours", &in.hours, N_("H"), N_("hours of teaching")),
		OPT_STRING(0, "id", &in.id, N_("ID"), N_("the id, instead of one made from the date and name")),
		OPT_BOOL('n', "dry-run", &dry, N_("check and show, write nothing")),
		OPT_END()
	};
	struct store s;

	argc = parse_options(argc, argv, opts, add_usage, 0);
	if (argc != 2)
		usage_error(add_usage, opts, argc < 2 ? _("give a KIND and a NAME") :
			    _("give one NAME (quote it)"));
	if (!in.date)
		usage_error(add_usage, opts, _("--date is required"));
	in.kind = argv[0];
	in.name = argv[1];
	if ((status = open_store(ctx, &s, OPEN_WRITE)))
		return status;
	s.dry_run = dry;
	return finish_add(&s, add_event(&s, &in, &dl), &dl);
}

/* --- list ---------------------------------------------------------------------------- */

static const char *const list_usage[] = { USAGE_LIST, NULL };

static int by_date(const void *a, const void *b)
{
	const struct event *x = &(*(const struct record *const *)a)->u.event;
	const struct event *y = &(*(const struct record *const *)b)->u.event;
	int c = date_cmp(&x->date, &y->date);

	return c ? c : strcmp(x->id, y->id);
}

static void fill_list(struct table *t, const struct record **rows, size_t n)
{
	size_t i;

	table_add_column(t, "id", _("ID"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "date", _("Date"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "kind", _("Kind"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "name", _("Name"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "producers", _("Producers"), ALIGN_RIGHT, COL_NUMBER);
	table_add_column(t, "products", _("Products"), ALIGN_RIGHT, COL_NUMBER);
	table_set_kind(t, 0, CELL_CODE);
	table_set_kind(t, 1, CELL_DATE);
	for (i = 0; i < n; i++) {
		const struct event *e = &rows[i]->u.event;
		char day[DATE_ISO_MAX];

		date_format_iso(&e->date, day);
		table_add_row(t);
		table_set(t, 0, e->id);
		table_set(t, 1, day);
		table_set(t, 2, e->kind);
		table_set(t, 3, e->name);
		table_setf(t, 4, "%zu", e->nproducers);
		table_setf(t, 5, "%zu", e->nproducts);
	}
}

static int event_list(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *kind = NULL, *format = NULL, *out = NULL;
	int excel = 0, status;
	double year = 0;
	struct option opts[] = {
		OPT_STRING(0, "kind", &kind, N_("KIND"), N_("only events of this kind")),
		OPT_NUMBER(0, "year", &year, N_("Y"), N_("only events of this year")),
		OPT_STRING(0, "format", &format, N_("F"), N_("text, csv, tsv, json, md or html")),
		OPT_STRING('o', "output", &out, N_("FILE"), N_("write to FILE; its extension picks the format")),
		OPT_BOOL(0, "excel", &excel, N_("CSV for Excel (implies --format csv): BOM, CRLF, formula guard")),
		OPT_END()
	};
	char *kind_word = NULL;
	const struct record **rows;
	struct record_set set;
	struct table t;
	struct store s;
	size_t i, n = 0;

	argc = parse_options(argc, argv, opts, list_usage, 0);
	if (argc)
		usage_error(list_usage, opts, _("unexpected argument '%s'"), argv[0]);
	if (kind) {
		kind_word = field_parse_cli(schema_field(record_schema(RECORD_EVENT), "kind"),
					    kind, &dl);
		if (!kind_word)
			return finish(&dl);
	}
	if ((status = open_store(ctx, &s, 0)))
		goto out;
	store_read_views(&s, RECORD_EVENT, &set, &dl);
	rows = xcalloc(set.nr ? set.nr : 1, sizeof(*rows));
	for (i = 0; i < set.nr; i++) {
		const struct event *e = &set.items[i].u.event;

		if (!set.items[i].valid || (kind_word && strcmp(e->kind, kind_word)) ||
		    (year && e->date.year != (int)year))
			continue;
		rows[n++] = &set.items[i];
	}
	if (n)
		qsort(rows, n, sizeof(*rows), by_date);
	table_init(&t);
	fill_list(&t, rows, n);
	status = print_table(&t, format, out, excel);
	table_release(&t);
	free(rows);
	record_set_release(&set);
	store_close(&s);
out:
	free(kind_word);
	return finish_printed(status, &dl);
}

/* --- show, set, rm ------------------------------------------------------------------- */

static const char *const show_usage[] = { USAGE_SHOW, NULL };
static const char *const set_usage[] = { USAGE_SET, NULL };
static const char *const rm_usage[] = { USAGE_RM, NULL };

static int event_show(int argc, const char **argv, struct ocop_ctx *ctx)
{
	return run_show(argc, argv, ctx, RECORD_EVENT, show_usage, NULL);
}

static int event_set(int argc, const char **argv, struct ocop_ctx *ctx)
{
	return run_set(argc, argv, ctx, RECORD_EVENT, set_usage);
}

static int event_rm(int argc, const char **argv, struct ocop_ctx *ctx)
{
	return run_rm(argc, argv, ctx, RECORD_EVENT, rm_usage);
}

int cmd_event(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const struct noun_subcommand subs[] = {
		{ "add", event_add, add_usage },
		{ "list", event_list, list_usage },
		{ "show", event_show, show_usage },
		{ "set", event_set, set_usage },
		{ "rm", event_rm, rm_usage },
		{ NULL, NULL, NULL }
	};

	return run_noun(subs, argc, argv, ctx);
}
