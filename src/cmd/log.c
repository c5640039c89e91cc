/* log.c — ocop log: the history of a record, or of the directory, from git. */
#include <stdlib.h>
#include <string.h>

#include "cmd/builtin.h"
#include "ocop/git.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

static const char *const log_usage[] = {
	N_("ocop log [ID] [--max N]"),
	NULL
};

/*
 * Print git's lines with their control bytes escaped: an author name or a
 * subject typed by hand could hold ESC, and set the terminal's title.
 */
static void print_inert(const struct strbuf *out)
{
	const char *line = out->buf, *end = out->buf + out->len, *nl;
	char *copy, *safe;

	while (line < end) {
		nl = memchr(line, '\n', (size_t)(end - line));
		copy = xstrndup(line, nl ? (size_t)(nl - line) : (size_t)(end - line));
		safe = text_printable(copy);
		printf("%s\n", safe ? safe : copy);
		free(safe);
		free(copy);
		line = nl ? nl + 1 : end;
	}
}

int cmd_log(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *max = NULL;
	struct option opts[] = {
		OPT_STRING(0, "max", &max, N_("N"), N_("show at most N changes")),
		OPT_END()
	};
	const char *args[16];
	char *path = NULL, *path2 = NULL, *limit = NULL;
	struct strbuf out = STRBUF_INIT;
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
		goto out;
	}
	if (argc == 1 && !record_id_valid(argv[0])) {
		diag_error(&dl, NULL, 0, 0, _("'%s' is not a valid id"), argv[0]);
		goto out;
	}
	args[n++] = "--no-pager";
	args[n++] = "log";
	args[n++] = "--date=short";
	args[n++] = "--format=%h %ad %an: %s";
	if (max) {
		limit = xasprintf("--max-count=%s", max);
		args[n++] = limit;
	}
	args[n++] = "--";
	if (argc == 1) {
		/* A removed record keeps its history; ids are never renamed,
		 * so both folders are asked and --follow is not needed. */
		path = store_relpath(RECORD_PRODUCER, argv[0]);
		path2 = store_relpath(RECORD_PRODUCT, argv[0]);
		args[n++] = path;
		args[n++] = path2;
	} else {
		args[n++] = ".";
	}
	args[n] = NULL;
	rc = git_run(s.root, args, &out, false, &dl);
	if (rc > 0)
		diag_env(&dl, s.root, _("git log failed (exit %d)"), rc);
	print_inert(&out);
	if (!rc && !out.len && argc == 1) {
		diag_error(&dl, NULL, 0, 0, _("no history for '%s'"), argv[0]);
		diag_hint(&dl, _("is the id right? 'ocop product list --search' finds it by name"));
	}
out:
	strbuf_release(&out);
	free(path2);
	free(path);
	free(limit);
	store_close(&s);
	return finish(&dl);
}
