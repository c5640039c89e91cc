/*
 * label.c — ocop label: a certified product's label (SVG, or its codes
 * as PNG), or an A4 sheet of every certified product's label.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cmd/builtin.h"
#include "ocop/dataset.h"
#include "ocop/label.h"
#include "ocop/util.h"

static const char *const label_usage[] = {
	N_("ocop label PRODUCT [-o FILE.svg|FILE.png] [--url TEMPLATE] [--lang vi|en]"),
	N_("ocop label --all [-o FILE.svg|FILE.html] [--url TEMPLATE] [--lang vi|en]"),
	NULL
};

enum label_format { LABEL_SVG, LABEL_PNG, LABEL_HTML };

/* The format -o FILE's extension asks for (SVG without one); -1 when unknown. */
static int label_format(const char *out, const char **ext)
{
	static const char *const names[] = { "svg", "png", "html" };
	const char *dot, *slash;
	size_t i;

	*ext = NULL;
	if (!out || !(dot = strrchr(out, '.')) || ((slash = strrchr(out, '/')) && slash > dot))
		return LABEL_SVG;
	*ext = dot + 1;
	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcasecmp(*ext, names[i]))
			return (int)i;
	return -1;
}

/* Write the labels (one, or a sheet) in fmt to out; an exit status. */
static int write_labels(const struct label *labels, size_t n, int all,
			enum label_format fmt, const char *out, const char *lang)
{
	FILE *f = open_output(out);
	int failed = 0;

	if (!f)
		return EXIT_ENV;
	if (fmt == LABEL_PNG)
		failed = label_write_png(f, &labels[0]);
	else if (fmt == LABEL_HTML)
		label_write_sheet_html(f, labels, n, lang);
	else if (all)
		label_write_sheet_svg(f, labels, n, lang);
	else
		label_write_svg(f, &labels[0], lang);
	if (failed && !ferror(f)) {
		discard_output(f);
		return EXIT_ENV;
	}
	return close_output(f, out) ? EXIT_ENV : EXIT_OK;
}

int cmd_label(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *out = NULL, *url = NULL, *ext, *lang = ctx->lang;
	int all = 0, fmt, status = EXIT_OK;
	struct option opts[] = {
		OPT_BOOL(0, "all", &all, N_("an A4 sheet of every certified product's label")),
		OPT_STRING(0, "url", &url, N_("TEMPLATE"), N_("the product page's address, with {id} (default: ocop.yaml's catalogue_url)")),
		OPT_STRING(0, "lang", &lang, N_("vi|en"), N_("language of the label (as the global --lang)")),
		OPT_STRING('o', "output", &out, N_("FILE"), N_("write to FILE: .svg, .png (one label's codes) or .html (--all); else SVG")),
		OPT_END()
	};
	const struct dataset_entry *one;
	struct label *labels = NULL;
	struct ocop_date today = date_today();
	struct dataset ds;
	size_t n = 0, alloc = 0, i;

	argc = parse_options(argc, argv, opts, label_usage, 0);
	if (all ? argc != 0 : argc != 1)
		usage_error(label_usage, opts, all ? _("--all takes no PRODUCT") : _("give one PRODUCT"));
	if ((fmt = label_format(out, &ext)) < 0)
		usage_error(label_usage, opts, _("unknown format '%s'; expected svg, png or html"), ext);
	if (fmt == LABEL_PNG && all)
		usage_error(label_usage, opts, _("a sheet of labels is SVG or HTML, not PNG"));
	if (fmt == LABEL_HTML && !all)
		usage_error(label_usage, opts, _("one label is SVG or PNG; HTML is for --all"));
	if (lang && strcmp(lang, "vi") && strcmp(lang, "en"))
		usage_error(label_usage, opts, _("--lang takes vi or en, not '%s'"), lang);

	if (dataset_open(&ds, ctx->dirs.items, ctx->dirs.nr, &dl))
		goto out;
	if (!lang)
		lang = dataset_office(&ds, 0) && dataset_office(&ds, 0)->lang ?
			dataset_office(&ds, 0)->lang : "vi";
	if (!all) {
		labels = xcalloc(1, sizeof(*labels));
		alloc = 1;
		if (!(one = label_find(&ds, argv[0], &dl)) ||
		    label_make(&labels[n++], &ds, one, url, &today, &dl))
			goto out;
	}
	for (i = 0; all && i < ds.nproducts; i++) {
		if (!label_certified(&ds.products[i], &today))
			continue;
		ALLOC_GROW(labels, n + 1, alloc);
		if (label_make(&labels[n++], &ds, &ds.products[i], url, &today, &dl))
			goto out;
	}
	if (all && !n)
		diag_warn(&dl, NULL, 0, 0, _("no product holds an OCOP certificate in force: the sheet is empty"));
	status = write_labels(labels, n, all, (enum label_format)fmt, out, lang);
out:
	for (i = 0; i < n; i++)
		label_release(&labels[i]);
	free(labels);
	dataset_release(&ds);
	if (status)
		diag_list_release(&dl);
	return status ? status : finish(&dl);
}
