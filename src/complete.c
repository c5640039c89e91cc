/*
 * complete.c — the values shell completion offers (completion/ocop.bash,
 * completion/_ocop), asked by the hidden global option
 *
 *   ocop [-C DIR] --ocop-completion-helper COMMAND [WORD...]
 *   ocop [-C DIR] --ocop-completion-helper COMMAND [WORD...] --OPTION
 *
 * The first form answers what the next argument after COMMAND and the
 * words typed after it (its sub-command, its ids: options left out) may
 * be; the second, what OPTION takes.  One value a line; ":file" or ":dir"
 * asks the shell for file or directory names.  The options themselves come
 * from the option tables ("ocop product add --ocop-completion-helper"), so
 * neither can drift from the code.  Ids are those of the data directory
 * the command would use; without one, none are offered and nothing is said.
 */
#include <stdio.h>
#include <string.h>

#include "cmd/builtin.h"
#include "ocop/output.h"
#include "ocop/record.h"
#include "ocop/report.h"
#include "ocop/rules.h"
#include "ocop/derived.h"
#include "ocop/province.h"
#include "ocop/dossier.h"
#include "ocop/store.h"
#include "ocop/util.h"
#include "ocop/validate.h"

enum value_kind {
	V_NONE,			/* free text: nothing to offer */
	V_FILE,
	V_DIR,
	V_PRODUCERS,		/* ids of the data directory */
	V_PRODUCTS,
	V_IDS,			/* both */
	V_PRODUCER_KEYS,	/* KEY= of `set` */
	V_PRODUCT_KEYS,
	V_CATEGORIES,
	V_KINDS,
	V_STEPS,
	V_STATUSES,
	V_FORMATS,
	V_ORIGINS,
	V_LEVELS,
	V_CRITERIA,
	V_CHECKS,
	V_REPORTS,
	V_IMPORTS,
	V_WARDS,		/* the names of a province's wards */
	V_LANGS,
	V_COLORS,
	V_EVENTS,		/* event ids */
	V_EVENT_KEYS,
	V_EVENT_KINDS,
	V_DOC_KINDS,		/* dossier.h's KINDs */
	V_DOC_KIND_FILE,	/* doc add PRODUCT KIND FILE: the kind, then a file */
	V_LISTING		/* product listing add|rm PRODUCT: then free text */
};

/* What an option's value is, by its long name, whatever the command. */
static const struct {
	const char *option;
	enum value_kind kind;
} option_values[] = {
	{ "producer", V_PRODUCERS },
	{ "producers", V_PRODUCERS },
	{ "products", V_PRODUCTS },
	{ "category", V_CATEGORIES },
	{ "kind", V_KINDS },
	{ "step", V_STEPS },
	{ "to", V_STEPS },
	{ "status", V_STATUSES },
	{ "format", V_FORMATS },
	{ "output", V_FILE },
	{ "origin", V_ORIGINS },
	{ "level", V_LEVELS },
	{ "fail", V_CRITERIA },
	{ "lang", V_LANGS },
	{ "color", V_COLORS },
};

/*
 * What the positional arguments of a command are: sub is the sub-command
 * (NULL: any, or none), then the kind of the first argument after it and
 * of every later one.
 */
static const struct {
	const char *command, *sub;
	enum value_kind first, rest;
} positionals[] = {
	{ "init", NULL, V_DIR, V_NONE },
	{ "producer", "show", V_PRODUCERS, V_NONE },
	{ "producer", "set", V_PRODUCERS, V_PRODUCER_KEYS },
	{ "producer", "rm", V_PRODUCERS, V_NONE },
	{ "product", "show", V_PRODUCTS, V_NONE },
	{ "product", "set", V_PRODUCTS, V_PRODUCT_KEYS },
	{ "product", "rm", V_PRODUCTS, V_NONE },
	{ "product", "listing", V_LISTING, V_LISTING },
	{ "cycle", "*", V_PRODUCTS, V_NONE },
	{ "event", "add", V_EVENT_KINDS, V_NONE },
	{ "event", "show", V_EVENTS, V_NONE },
	{ "event", "set", V_EVENTS, V_EVENT_KEYS },
	{ "event", "rm", V_EVENTS, V_NONE },
	{ "doc", "add", V_PRODUCTS, V_DOC_KIND_FILE },
	{ "doc", "list", V_PRODUCTS, V_NONE },
	{ "doc", "rm", V_PRODUCTS, V_DOC_KINDS },
	{ "rate", "*", V_PRODUCTS, V_NONE },
	{ "log", NULL, V_IDS, V_NONE },
	{ "check", NULL, V_CHECKS, V_CHECKS },
	{ "report", NULL, V_REPORTS, V_NONE },
	{ "import", NULL, V_IMPORTS, V_FILE },
	{ "label", NULL, V_PRODUCTS, V_NONE },
	{ "ward", "add", V_DIR, V_NONE },
	{ "ward", "rm", V_WARDS, V_NONE },
	{ "sync", NULL, V_FILE, V_FILE },
};

static void print_ids(struct ocop_ctx *ctx, enum record_type type)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct store s;
	char **ids;
	size_t i, n;

	if (!store_open(&s, ctx->dirs.nr ? ctx->dirs.items[0] : NULL, &dl) &&
	    !store_list(&s, type, &ids, &n, &dl)) {
		for (i = 0; i < n; i++)
			printf("%s\n", ids[i]);
		store_free_list(ids, n);
	}
	store_close(&s);
	diag_list_release(&dl);	/* no directory: nothing to offer */
}

static void print_wards(struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct ward_list wards = { 0 };
	struct store s;
	size_t i;

	if (!store_open(&s, ctx->dirs.nr ? ctx->dirs.items[0] : NULL, &dl) &&
	    !province_wards(s.root, &wards, &dl))
		for (i = 0; i < wards.nr; i++)
			printf("%s\n", wards.items[i].name);
	ward_list_release(&wards);
	store_close(&s);
	diag_list_release(&dl);	/* no province: nothing to offer */
}

/* "name=", and "readiness.barcode=" for the keys of a map. */
static void print_keys(enum record_type type)
{
	const struct schema *sch = record_schema(type);
	size_t i, j;

	for (i = 0; i < sch->nr; i++) {
		const struct field *f = &sch->fields[i];

		if (f->flags & F_SETTABLE)
			printf("%s=\n", f->key);
		if (f->type != FT_MAP || !f->sub)
			continue;
		for (j = 0; j < f->sub->nr; j++)
			if (f->sub->fields[j].flags & F_SETTABLE)
				printf("%s.%s=\n", f->key, f->sub->fields[j].key);
	}
}

/* The words of an enumerated field. */
static void print_words(const struct field *f)
{
	const char *w;
	int i;

	for (i = 0; (w = f->word(i)); i++)
		printf("%s\n", w);
}

static void print_values(struct ocop_ctx *ctx, enum value_kind kind)
{
	int i;

	switch (kind) {
	case V_NONE:
		break;
	case V_FILE:
		printf(":file\n");
		break;
	case V_DIR:
		printf(":dir\n");
		break;
	case V_PRODUCERS:
		print_ids(ctx, RECORD_PRODUCER);
		break;
	case V_PRODUCTS:
		print_ids(ctx, RECORD_PRODUCT);
		break;
	case V_IDS:
		print_ids(ctx, RECORD_PRODUCER);
		print_ids(ctx, RECORD_PRODUCT);
		break;
	case V_PRODUCER_KEYS:
		print_keys(RECORD_PRODUCER);
		break;
	case V_PRODUCT_KEYS:
		print_keys(RECORD_PRODUCT);
		break;
	case V_CATEGORIES:
		for (i = 1; i <= CATEGORY_COUNT; i++)
			printf("%s\n", rules_category((enum ocop_category)i)->slug);
		break;
	case V_KINDS:
		for (i = 1; i <= KIND_COUNT; i++)
			printf("%s\n", rules_kind((enum producer_kind)i)->slug);
		break;
	case V_STEPS:
		for (i = 1; i <= STEP_COUNT; i++)
			printf("%s\n", rules_step(i)->slug);
		break;
	case V_STATUSES:
		for (i = 0; i < STATUS_COUNT; i++)
			printf("%s\n", status_slug((enum product_status)i));
		break;
	case V_FORMATS:
		for (i = FMT_TEXT; i <= FMT_XLSX; i++)
			printf("%s\n", out_format_name((enum out_format)i));
		break;
	case V_ORIGINS:
		printf("%s\n%s\n", rules_origin_slug(ORIGIN_IDEA),
		       rules_origin_slug(ORIGIN_EXISTING));
		break;
	case V_LEVELS:	/* the ward's level is its own sub-command */
		printf("%s\n%s\n%s\n", eval_level_slug(LEVEL_PROVINCE),
		       eval_level_slug(LEVEL_CENTRAL),
		       eval_level_slug(LEVEL_DISTRICT));
		break;
	case V_CRITERIA:
		for (i = 0; i < CRITERIA_COUNT; i++)
			printf("%s\n", criterion_slug(i));
		break;
	case V_CHECKS:
		for (i = 0; check_names[i].name; i++)
			printf("%s\n", check_names[i].name);
		break;
	case V_WARDS:
		print_wards(ctx);
		break;
	case V_REPORTS:
		for (i = 0; i < REPORT_KIND_COUNT; i++)
			printf("%s\n", report_kind_name((enum report_kind)i));
		break;
	case V_IMPORTS:
		printf("producers\nproducts\n");
		break;
	case V_LANGS:
		printf("vi\nen\n");
		break;
	case V_COLORS:
		printf("auto\nalways\nnever\n");
		break;
	case V_EVENTS:
		print_ids(ctx, RECORD_EVENT);
		break;
	case V_EVENT_KEYS:
		print_keys(RECORD_EVENT);
		break;
	case V_EVENT_KINDS:
		print_words(schema_field(record_schema(RECORD_EVENT), "kind"));
		break;
	case V_DOC_KINDS:
	case V_DOC_KIND_FILE:
		for (i = 0; dossier_kind_at((size_t)i); i++)
			printf("%s\n", dossier_kind_at((size_t)i)->slug);
		break;
	case V_LISTING:	/* complete_values picks by the place */
		break;
	}
}

/* product listing add|rm PRODUCT …: the sub-command, the product, nothing. */
static void print_listing(struct ocop_ctx *ctx, int nargs)
{
	if (nargs == 0)
		printf("add\nrm\n");
	else if (nargs == 1)
		print_values(ctx, V_PRODUCTS);
}

int complete_values(int argc, const char **argv, struct ocop_ctx *ctx)
{
	const char *command = argv[0], *last = argv[argc - 1];
	size_t i;
	int nargs;

	if (!strncmp(last, "--", 2)) {
		for (i = 0; i < ARRAY_SIZE(option_values); i++)
			if (!strcmp(last + 2, option_values[i].option))
				print_values(ctx, option_values[i].kind);
		return EXIT_OK;
	}
	for (i = 0; i < ARRAY_SIZE(positionals); i++) {
		const char *sub = positionals[i].sub;

		if (strcmp(command, positionals[i].command))
			continue;
		if (sub && (argc < 2 || (strcmp(sub, "*") && strcmp(sub, argv[1]))))
			continue;
		nargs = argc - 1 - (sub ? 1 : 0);	/* typed after it */
		if (positionals[i].first == V_LISTING)
			print_listing(ctx, nargs);
		else if (positionals[i].rest == V_DOC_KIND_FILE && nargs >= 2)
			print_values(ctx, nargs == 2 ? V_FILE : V_NONE);
		else
			print_values(ctx, nargs ? positionals[i].rest : positionals[i].first);
		break;
	}
	return EXIT_OK;
}
