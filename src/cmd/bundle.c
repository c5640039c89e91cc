/* bundle.c — ocop bundle: a ward's history as one file, for a USB stick or an e-mail. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cmd/builtin.h"
#include "ocop/sync.h"
#include "ocop/util.h"

static const char *const bundle_usage[] = {
	N_("ocop bundle [--since REF] -o FILE"),
	NULL
};

int cmd_bundle(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *since = NULL, *out = NULL;
	struct option opts[] = {
		OPT_STRING(0, "since", &since, N_("REF"),
			   N_("only the commits after REF (the last bundle sent)")),
		OPT_STRING('o', "output", &out, N_("FILE"),
			   N_("write the bundle to FILE ('-': standard output)")),
		OPT_END()
	};
	struct store s;
	FILE *f = NULL;
	int status;

	argc = parse_options(argc, argv, opts, bundle_usage, 0);
	if (argc)
		usage_error(bundle_usage, opts, _("too many arguments"));
	if (!out)
		usage_error(bundle_usage, opts, _("say where the bundle goes: -o FILE"));
	if (!strcmp(out, "-") && isatty(STDOUT_FILENO)) {
		error(_("a bundle is not for a terminal: write it to a file with -o FILE"));
		return EXIT_USAGE;
	}
	if (ctx->dirs.nr > 1)
		usage_error(bundle_usage, opts, _("bundle works on one data directory at a time"));
	if (store_open(&s, ctx->dirs.nr ? ctx->dirs.items[0] : NULL, &dl))
		goto out;
	if (sync_is_province(s.root, &dl) > 0) {
		diag_error(&dl, s.root, 0, 0, _("this is a province directory; a bundle is made in a ward"));
		diag_hint(&dl, _("run it in the ward's own directory"));
		goto out;
	}
	if (diag_error_count(&dl))
		goto out;
	f = open_output(out);
	if (!f) {
		status = EXIT_ENV;
		store_close(&s);
		diag_list_release(&dl);
		return status;
	}
	if (sync_bundle(s.root, since, fileno(f), &dl)) {
		discard_output(f);
		goto out;
	}
	if (close_output(f, out)) {
		store_close(&s);
		diag_list_release(&dl);
		return EXIT_ENV;
	}
out:
	store_close(&s);
	return finish(&dl);
}
