/* init.c — ocop init: make a new data directory, a ward's or a province's. */
#include "cmd/builtin.h"
#include "ocop/init.h"
#include "ocop/util.h"

static const char *const init_usage[] = {
	N_("ocop init [DIR] [--ward NAME] [--province NAME] [--unit UNIT] [--unit-code CODE] [--git]"),
	N_("ocop init DIR --province NAME --wards [--unit-code CODE] [--git]"),
	NULL
};

int cmd_init(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct init_options o = { 0 };
	const char *dir;
	int git = 0, wards = 0;
	struct option opts[] = {
		OPT_STRING(0, "ward", &o.ward, N_("NAME"), N_("the ward or commune")),
		OPT_STRING(0, "province", &o.province, N_("NAME"), N_("the province")),
		OPT_STRING(0, "unit", &o.unit, N_("UNIT"), N_("xã, phường or đặc khu (commune, ward, special-zone)")),
		OPT_STRING(0, "unit-code", &o.unit_code, N_("CODE"), N_("the administrative unit code (mã đơn vị hành chính)")),
		OPT_BOOL(0, "wards", &wards, N_("a province directory, reading the wards 'ocop ward add' brings")),
		OPT_BOOL(0, "git", &git, N_("keep it in git: one commit per command that writes")),
		OPT_END()
	};

	argc = parse_options(argc, argv, opts, init_usage, 0);
	if (argc > 1)
		usage_error(init_usage, opts, _("too many arguments"));
	dir = argc ? argv[0] : ctx->dirs.nr ? ctx->dirs.items[0] : ".";
	o.git = git;
	o.wards = wards;
	if (init_data_dir_with(dir, &o, &dl))
		return finish(&dl);
	if (!ocop_quiet && wards)
		fprintf(stderr, _("ocop: made an empty province directory in %s; add wards with 'ocop ward add'\n"), dir);
	else if (!ocop_quiet)
		fprintf(stderr, _("ocop: made an empty data directory in %s\n"), dir);
	return finish(&dl);
}
