/*
 * ward.c — ocop ward add|list|rm: the wards a province directory reads
 * (province.h).  Run in the province directory.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cmd/builtin.h"
#include "ocop/commit.h"
#include "ocop/province.h"
#include "ocop/util.h"

#define USAGE_ADD N_("ocop ward add SOURCE [--name NAME]")
#define USAGE_LIST N_("ocop ward list [--format F] [-o FILE]")
#define USAGE_RM N_("ocop ward rm NAME")

static const char *const ward_usage[] = { USAGE_ADD, USAGE_LIST, USAGE_RM, NULL };
static const char *const add_usage[] = { USAGE_ADD, NULL };
static const char *const list_usage[] = { USAGE_LIST, NULL };
static const char *const rm_usage[] = { USAGE_RM, NULL };

static int ward_add(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *name = NULL;
	struct option opts[] = {
		OPT_STRING(0, "name", &name, N_("NAME"), N_("the ward's name in the province (default: the source's last part)")),
		OPT_END()
	};
	struct store s;
	char *made = NULL, *subject = NULL;
	int status;

	argc = parse_options(argc, argv, opts, add_usage, 0);
	if (argc != 1)
		usage_error(add_usage, opts, _("give one SOURCE: a ward's data directory or git URL"));
	if ((status = open_store(ctx, &s, OPEN_WRITE | OPEN_PROVINCE)))
		return status;
	if (!province_add_ward(&s, argv[0], name, &made, &dl)) {
		printf("%s\n", made);
		subject = xasprintf("ocop: ward add %s", made);
		commit_set_subject(&s, subject);	/* read by the commit */
	}
	status = finish_write(&s, &dl);
	free(subject);
	free(made);
	return status;
}

static int ward_rm(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct option opts[] = { OPT_END() };
	struct store s;
	bool kept;
	int status;

	argc = parse_options(argc, argv, opts, rm_usage, 0);
	if (argc != 1)
		usage_error(rm_usage, opts, _("give one ward's NAME"));
	if ((status = open_store(ctx, &s, OPEN_WRITE | OPEN_PROVINCE)))
		return status;
	commit_set_subject(&s, "ocop: ward rm");	/* the body names it */
	if (!province_remove_ward(&s, argv[0], &kept, &dl) && kept && !ocop_quiet)
		fprintf(stderr, _("ocop: ward '%s' is no longer read; its directory is left on disk\n"),
			argv[0]);
	return finish_write(&s, &dl);
}

static int ward_list(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *format = NULL, *out = NULL;
	struct option opts[] = {
		OPT_STRING(0, "format", &format, N_("F"), N_("text, csv, tsv, json, md, html or xlsx")),
		OPT_STRING('o', "output", &out, N_("FILE"), N_("write to FILE; its extension picks the format")),
		OPT_END()
	};
	struct ward_list wards;
	struct table t;
	struct store s;
	size_t i;
	int status;

	argc = parse_options(argc, argv, opts, list_usage, 0);
	if (argc)
		usage_error(list_usage, opts, _("unexpected argument '%s'"), argv[0]);
	if ((status = open_store(ctx, &s, OPEN_PROVINCE)))
		return status;
	if (province_wards(s.root, &wards, &dl)) {
		ward_list_release(&wards);
		store_close(&s);
		return finish(&dl);
	}
	table_init(&t);
	table_add_column(&t, "name", _("Name"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "path", _("Path"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "ward", _("Ward"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "unit_code", _("Unit code"), ALIGN_LEFT, COL_STRING);
	table_set_kind(&t, 3, CELL_CODE);
	for (i = 0; i < wards.nr; i++) {
		struct diag_list ward_dl = DIAG_LIST_INIT;
		struct store w;

		table_add_row(&t);
		table_set(&t, 0, wards.items[i].name);
		table_set(&t, 1, wards.items[i].path);
		/* a ward whose office does not load is listed; check says why */
		if (!store_open(&w, wards.items[i].dir, &ward_dl) &&
		    !store_read_office(&w, &ward_dl)) {
			table_set(&t, 2, w.office.u.office.ward);
			table_set(&t, 3, w.office.u.office.unit_code);
		}
		store_close(&w);
		diag_list_release(&ward_dl);
	}
	status = print_table(&t, format, out, 0);
	table_release(&t);
	ward_list_release(&wards);
	store_close(&s);
	return finish_printed(status, &dl);
}

int cmd_ward(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const struct subcommand subs[] = {
		{ "add", ward_add },
		{ "list", ward_list },
		{ "rm", ward_rm },
		{ NULL, NULL }
	};
	struct option opts[] = { OPT_END() };

	argc = parse_options(argc, argv, opts, ward_usage,
			     PARSE_OPT_STOP_AT_NON_OPTION);
	return run_subcommand(subs, argc, argv, ctx, ward_usage);
}
