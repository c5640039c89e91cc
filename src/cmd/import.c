/* import.c — ocop import producers|products FILE: a CSV or XLSX register into the data directory. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cmd/builtin.h"
#include "ocop/commit.h"
#include "ocop/import.h"
#include "ocop/text.h"
#include "ocop/util.h"

static const char *const import_usage[] = {
	N_("ocop import producers|products FILE [--sep C] [--encoding NAME] [--map COLUMN=FIELD]... [--sheet NAME|N] [--kind KIND] [--category CATEGORY] [--match ROW=ID]... [--new ROW]... [--only-area] [--partial] [-n] [-v]"),
	NULL
};

/* "," ";" "tab" "\t" "semicolon" …: the separator --sep names, or 0. */
static int parse_sep(const char *text)
{
	static const struct { const char *name; int c; } names[] = {
		{ "tab", '\t' }, { "\\t", '\t' }, { "comma", ',' },
		{ "semicolon", ';' }, { "pipe", '|' },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcasecmp(text, names[i].name))
			return names[i].c;
	return strlen(text) == 1 ? (unsigned char)text[0] : 0;
}

static const char *type_word(enum record_type type)
{
	return type == RECORD_PRODUCER ? _("producer") : _("product");
}

static void print_changes(const struct import_result *res)
{
	size_t i;

	if (res->title) {
		char *title = text_printable(res->title);

		printf(_("register: %s\n"), title);
		free(title);
	}
	for (i = 0; i < res->nchanges; i++) {
		const struct import_change *c = &res->changes[i];
		char *name = text_printable(c->name ? c->name : "");

		if (c->action == IMPORT_ADD)
			printf(_("add %s %s \"%s\" (line %u)\n"), type_word(c->type),
			       c->id, name, c->line);
		else
			printf(_("change %s %s \"%s\": %s (line %u)\n"),
			       type_word(c->type), c->id, name, c->keys, c->line);
		free(name);
	}
}

static void print_counts(const char *what, const struct import_counts *c,
			 bool refused)
{
	printf(_("%s: %zu added, %zu unchanged, %zu changed"), what, c->added,
	       c->unchanged, c->changed);
	if (refused)
		printf(_(", %zu refused"), c->refused);
	putchar('\n');
}

int cmd_import(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *sep = NULL;
	struct opt_list maps = { NULL, 0, 0 }, matches = { NULL, 0, 0 },
			news = { NULL, 0, 0 };
	struct import_options o;
	struct import_result res;
	int dry = 0, verbose = 0, partial = 0, only_area = 0, status;
	bool done;
	struct option opts[] = {
		OPT_STRING(0, "sep", &sep, N_("C"), N_("the separator: ',' ';' 'tab' (default: found in the file)")),
		OPT_STRING(0, "encoding", &o.csv.encoding, N_("NAME"), N_("the file's encoding, e.g. windows-1258 (default UTF-8)")),
		OPT_LIST(0, "map", &maps, N_("COLUMN=FIELD"), N_("what a column holds (repeatable; 'COLUMN=' skips it)")),
		OPT_STRING(0, "sheet", &o.sheet, N_("NAME|N"), N_("the sheet of a workbook (default: the first with a header)")),
		OPT_STRING(0, "kind", &o.default_kind, N_("KIND"), N_("the kind of a new producer whose row and name give none")),
		OPT_STRING(0, "category", &o.default_category, N_("CATEGORY"), N_("the category of a new product whose row gives none")),
		OPT_LIST(0, "match", &matches, N_("ROW=ID"), N_("the row on line ROW is product ID (repeatable)")),
		OPT_LIST(0, "new", &news, N_("ROW"), N_("the row on line ROW is a new product (repeatable)")),
		OPT_BOOL(0, "only-area", &only_area, N_("skip the rows whose address names another province than ocop.yaml's")),
		OPT_BOOL(0, "partial", &partial, N_("import the rows that pass even when others are refused")),
		OPT_BOOL('n', "dry-run", &dry, N_("say what would change, write nothing")),
		OPT_BOOL('v', "verbose", &verbose, N_("list every record added or changed")),
		OPT_END()
	};
	struct store s;

	memset(&o, 0, sizeof(o));
	argc = parse_options(argc, argv, opts, import_usage, 0);
	if (argc != 2)
		usage_error(import_usage, opts, argc < 2 ?
			    _("say what to import (producers or products) and the FILE") :
			    _("give one FILE"));
	if (!strcmp(argv[0], "products") || !strcmp(argv[0], "product"))
		o.kind = IMPORT_PRODUCTS;
	else if (!strcmp(argv[0], "producers") || !strcmp(argv[0], "producer"))
		o.kind = IMPORT_PRODUCERS;
	else
		usage_error(import_usage, opts, _("'%s': import producers or products"),
			    argv[0]);
	if (sep && !(o.csv.sep = parse_sep(sep)))
		usage_error(import_usage, opts, _("--sep: '%s' is not one character"), sep);
	o.maps = maps.items;
	o.nmaps = maps.nr;
	o.matches = matches.items;
	o.nmatches = matches.nr;
	o.news = news.items;
	o.nnews = news.nr;
	o.partial = partial;
	o.only_area = only_area;
	if ((status = open_store(ctx, &s, OPEN_WRITE))) {
		opt_list_release(&maps);
		opt_list_release(&matches);
		opt_list_release(&news);
		return status;
	}
	s.dry_run = dry;
	done = !import_file(&s, argv[1], &o, &res, &dl);
	if (dry || verbose)
		print_changes(&res);
	/* After a failed write the counts would say what did not happen. */
	if (diag_status(&dl) != EXIT_ENV &&
	    (done || res.rows.added + res.rows.unchanged + res.rows.changed + res.rows.refused)) {
		print_counts(o.kind == IMPORT_PRODUCTS ? _("products") : _("producers"),
			     &res.rows, true);
		if (o.kind == IMPORT_PRODUCTS)
			print_counts(_("producers"), &res.producers, false);
		if (res.outside)
			printf(_("skipped: %zu row(s) of another province (--only-area)\n"),
			       res.outside);
	}
	import_result_release(&res);
	opt_list_release(&maps);
	opt_list_release(&matches);
	opt_list_release(&news);
	commit_set_subject(&s, _("ocop: import"));	/* the body lists every record */
	status = finish_write(&s, &dl);
	if (dry && !ocop_quiet)
		fprintf(stderr, _("%s: dry run: nothing was written\n"), ocop_progname);
	return status;
}
