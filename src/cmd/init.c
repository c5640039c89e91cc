/* init.c — ocop init: make a new data directory. */
#include "cmd/builtin.h"
#include "ocop/init.h"
#include "ocop/util.h"

static const char *const init_usage[] = {
	N_("ocop init [DIR] [--ward NAME] [--province NAME] [--git]"),
	NULL
};

int cmd_init(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *ward = NULL, *province = NULL, *dir;
	int git = 0;
	struct option opts[] = {
		OPT_STRING(0, "ward", &ward, N_("NAME"), N_("the ward or commune")),
		OPT_STRING(0, "province", &province, N_("NAME"), N_("the province")),
		OPT_BOOL(0, "git", &git, N_("keep it in git: one commit per command that writes")),
		OPT_END()
	};

	argc = parse_options(argc, argv, opts, init_usage, 0);
	if (argc > 1)
		usage_error(init_usage, opts, _("too many arguments"));
	dir = argc ? argv[0] : ctx->dirs.nr ? ctx->dirs.items[0] : ".";
	if (init_data_dir(dir, ward, province, git, &dl))
		return finish(&dl);
	if (!ocop_quiet)
		fprintf(stderr, _("ocop: made an empty data directory in %s\n"), dir);
	return finish(&dl);
}
