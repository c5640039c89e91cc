/*
 * site.c — ocop site -o DIR: the public catalogue of certified products,
 * static pages in Vietnamese and English (site.h).
 */
#include "cmd/builtin.h"
#include "ocop/dataset.h"
#include "ocop/site.h"
#include "ocop/util.h"

static const char *const site_usage[] = {
	N_("ocop site -o DIR [--url TEMPLATE]"),
	NULL
};

int cmd_site(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *out = NULL, *url = NULL;
	struct option opts[] = {
		OPT_STRING('o', "output", &out, N_("DIR"), N_("the directory of the catalogue (made, or replaced whole)")),
		OPT_STRING(0, "url", &url, N_("TEMPLATE"), N_("a product page's public address, with {id} (default: ocop.yaml's catalogue_url)")),
		OPT_END()
	};
	struct ocop_date today = date_today();
	struct site_stats stats;
	struct dataset ds;
	int status;

	argc = parse_options(argc, argv, opts, site_usage, 0);
	if (argc)
		usage_error(site_usage, opts, _("unexpected argument '%s'"), argv[0]);
	if (!out || !*out)
		usage_error(site_usage, opts, _("give the catalogue's directory with -o DIR"));
	if (dataset_open(&ds, ctx->dirs.items, ctx->dirs.nr, &dl) ||
	    site_write(&ds, out, url, &today, &stats, &dl)) {
		dataset_release(&ds);
		return finish(&dl);
	}
	dataset_release(&ds);
	status = finish(&dl);	/* the warnings, before the summary */
	if (!ocop_quiet)
		fprintf(stderr, _("%s: %zu products listed, %zu product pages in %s (Vietnamese, and English in %s/en)\n"),
			ocop_progname, stats.listed, stats.pages, out, out);
	return status;
}
