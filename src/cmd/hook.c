/* hook.c — ocop hook install: the git pre-commit hook that runs ocop check. */
#include <stdio.h>
#include <stdlib.h>

#include "cmd/builtin.h"
#include "ocop/hook.h"
#include "ocop/util.h"

#define USAGE_INSTALL N_("ocop hook install")

static const char *const hook_usage[] = { USAGE_INSTALL, NULL };

static int hook_install_cmd(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct option opts[] = { OPT_END() };
	enum hook_result res;
	struct store s;
	char *path;
	int status;

	argc = parse_options(argc, argv, opts, hook_usage, 0);
	if (argc)
		usage_error(hook_usage, opts, _("too many arguments"));
	if ((status = open_store(ctx, &s, 0)))
		return status;
	if (!hook_install(s.root, &res, &path, &dl) && !ocop_quiet) {
		if (res == HOOK_PRESENT)
			fprintf(stderr, _("ocop: the pre-commit hook is already in %s\n"), path);
		else if (res == HOOK_CHAINED)
			fprintf(stderr, _("ocop: installed the pre-commit hook in %s; the hook that was there is kept as %s and runs first\n"),
				path, HOOK_KEPT_NAME);
		else
			fprintf(stderr, _("ocop: installed the pre-commit hook in %s\n"), path);
	}
	free(path);
	store_close(&s);
	return finish(&dl);
}

int cmd_hook(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const struct subcommand subs[] = {
		{ "install", hook_install_cmd },
		{ NULL, NULL }
	};
	struct option opts[] = { OPT_END() };

	argc = parse_options(argc, argv, opts, hook_usage,
			     PARSE_OPT_STOP_AT_NON_OPTION);
	return run_subcommand(subs, argc, argv, ctx, hook_usage);
}
