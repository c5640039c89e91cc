/* log.c — ocop log: the history of a record, or of the directory, from git. */
#include <stdlib.h>
#include <string.h>

#include "cmd/builtin.h"
#include "ocop/git.h"
#include "ocop/util.h"

static const char *const log_usage[] = {
	N_("ocop log [ID] [--max N]"),
	NULL
};

int cmd_log(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *max = NULL;
	struct option opts[] = {
		OPT_STRING(0, "max", &max, N_("N"), N_("show at most N changes")),
		OPT_END()
	};
	const char *args[12];
	char *path = NULL, *limit = NULL;
	struct store s;
	size_t n = 0;
	int status, rc;

	argc = parse_options(argc, argv, opts, log_usage, 0);
	if (argc > 1)
		usage_error(log_usage, opts, _("give at most one ID"));
	if (max && strspn(max, "0123456789") != strlen(max))
		usage_error(log_usage, opts, _("--max takes a whole number"));
	if ((status = open_store(ctx, &s, 0)))
		return status;
	if (!git_in_work_tree(s.root)) {
		diag_env(&dl, s.root, _("not in a git repository, so there is no history"));
		diag_hint(&dl, _("'ocop init --git' keeps a new directory in git; 'git init' an old one"));
		store_close(&s);
		return finish(&dl);
	}
	if (argc == 1) {
		if (!record_id_valid(argv[0])) {
			diag_error(&dl, NULL, 0, 0, _("'%s' is not a valid id"), argv[0]);
			store_close(&s);
			return finish(&dl);
		}
		/* A removed record keeps its history: products first, as ids are. */
		path = store_exists(&s, RECORD_PRODUCER, argv[0]) &&
		       !store_exists(&s, RECORD_PRODUCT, argv[0]) ?
		       xasprintf("producers/%s.yaml", argv[0]) :
		       xasprintf("products/%s.yaml", argv[0]);
	}
	args[n++] = "--no-pager";
	args[n++] = "log";
	args[n++] = "--date=short";
	args[n++] = "--format=%h %ad %an: %s";
	if (max) {
		limit = xasprintf("--max-count=%s", max);
		args[n++] = limit;
	}
	if (path)
		args[n++] = "--follow";
	args[n++] = "--";
	args[n++] = path ? path : ".";
	args[n] = NULL;
	fflush(stdout);
	rc = git_run(s.root, args, NULL, false, &dl);
	if (rc > 0)
		diag_env(&dl, s.root, _("git log failed (exit %d)"), rc);
	free(path);
	free(limit);
	store_close(&s);
	return finish(&dl);
}
