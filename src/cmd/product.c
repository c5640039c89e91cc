/* product.c — ocop product add|list|show|set|rm. */
#include <stdlib.h>
#include <string.h>

#include "cmd/builtin.h"
#include "ocop/province.h"
#include "ocop/add.h"
#include "ocop/cycle.h"
#include "ocop/edit.h"
#include "ocop/listing.h"
#include "ocop/rules.h"
#include "ocop/show.h"
#include "ocop/derived.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/typed.h"

/* Each usage line once, in its sub-command's usage: run_noun's --help lists them. */
#define USAGE_ADD N_("ocop product add NAME --producer ID --category CAT [--set N] [--origin idea|existing] [--step S] [--date D] [--id ID] [-n]")
#define USAGE_LIST N_("ocop product list [--category C] [--stars N] [--step S] [--producer ID] [--status S] [--search TEXT] [--format F] [-o FILE] [--excel]")
#define USAGE_SHOW N_("ocop product show ID [--format F] [-o FILE]")
#define USAGE_SET N_("ocop product set ID KEY=VALUE... [-n] [--force]")
#define USAGE_RM N_("ocop product rm ID [-n] [--force]")
#define USAGE_LISTING_ADD N_("ocop product listing add PRODUCT PLATFORM URL [--since D] [-n]")
#define USAGE_LISTING_RM N_("ocop product listing rm PRODUCT N|PLATFORM [-n]")

/* --- add --------------------------------------------------------------------------- */

static const char *const add_usage[] = { USAGE_ADD, NULL };

static int product_add(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct product_input in = { .name = NULL };
	int dry = 0, status;
	struct option opts[] = {
		OPT_STRING(0, "producer", &in.producer, N_("ID"), N_("id of the producer")),
		OPT_STRING(0, "category", &in.category, N_("CAT"), N_("food, beverage, herbal, handicraft, ornamental, tourism (or 1–6, or the Vietnamese name)")),
		OPT_STRING(0, "set", &in.set, N_("N"), N_("product set 1–26 of 148/QĐ-TTg")),
		OPT_STRING(0, "origin", &in.origin, N_("idea|existing"), N_("a new idea or a product already on sale (default existing)")),
		OPT_STRING(0, "step", &in.step, N_("S"), N_("step it enters at: an idea 1 or 2, an existing product 2 to 6 (default 2)")),
		OPT_STRING(0, "date", &in.date, N_("D"), N_("day it entered: YYYY-MM-DD or dd/mm/yyyy (default today)")),
		OPT_STRING(0, "id", &in.id, N_("ID"), N_("the id, instead of one made from the name")),
		OPT_BOOL('n', "dry-run", &dry, N_("check and show, write nothing")),
		OPT_END()
	};
	struct store s;

	argc = parse_options(argc, argv, opts, add_usage, 0);
	if (argc != 1)
		usage_error(add_usage, opts, argc ? _("give one NAME (quote it)") : _("NAME is missing"));
	if (!in.producer)
		usage_error(add_usage, opts, _("--producer is required"));
	if (!in.category)
		usage_error(add_usage, opts, _("--category is required"));
	in.name = argv[0];
	if ((status = open_store(ctx, &s, OPEN_WRITE)))
		return status;
	s.dry_run = dry;
	return finish_add(&s, add_product(&s, &in, &dl), &dl);
}

/* --- list ---------------------------------------------------------------------------- */

static const char *const list_usage[] = { USAGE_LIST, NULL };

struct filter {
	enum ocop_category category;	/* CATEGORY_NONE: any */
	int stars;			/* -1: any */
	int step;			/* 0: any */
	const char *producer;
	int status;			/* -1: any */
	const char *search;
};

static int parse_filter(struct filter *flt, const char *category,
			const char *stars, const char *step, const char *status,
			struct diag_list *dl)
{
	const char *suggestion = NULL;
	enum product_status st;
	char *end;

	if (category && rules_category_parse(category, &flt->category, &suggestion)) {
		diag_error(dl, NULL, 0, 0, _("--category: unknown category '%s'"), category);
		if (suggestion)
			diag_hint(dl, _("did you mean '%s'?"), suggestion);
		return -1;
	}
	if (stars) {
		flt->stars = (int)strtol(stars, &end, 10);
		if (!*stars || *end || flt->stars < 0 || flt->stars > STARS_MAX)
			return diag_error(dl, NULL, 0, 0,
					  _("--stars: '%s' is not %d to %d"), stars,
					  0, STARS_MAX);
	}
	if (step && typed_step(step, "--step", &flt->step, dl))
		return -1;
	if (status) {
		if (status_parse(status, &st, &suggestion)) {
			diag_error(dl, NULL, 0, 0, _("--status: unknown status '%s'"), status);
			if (suggestion)
				diag_hint(dl, _("did you mean '%s'?"), suggestion);
			else
				diag_hint(dl, _("idea, in-progress, certified, expiring, expired, revoked or rejected"));
			return -1;
		}
		flt->status = (int)st;
	}
	return 0;
}

static bool matches(const struct filter *flt, const struct product *p,
		    const struct product_derived *st)
{
	if (flt->category && p->category != flt->category)
		return false;
	if (flt->stars >= 0 && st->stars != flt->stars)
		return false;
	if (flt->step && st->step != flt->step)
		return false;
	if (flt->producer && strcmp(p->producer, flt->producer))
		return false;
	if (flt->status >= 0 && (int)st->status != flt->status)
		return false;
	if (flt->search && !text_search(p->name, flt->search) &&
	    !text_search(p->id, flt->search))
		return false;
	return true;
}

struct row {
	char *key;
	const struct record *r;
	const char *ward;	/* in a province, the product's ward */
	struct product_derived st;
};

static int compare_rows(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	if (!c)
		c = strcmp(x->r->u.product.id, y->r->u.product.id);
	return c || !x->ward ? c : strcmp(x->ward, y->ward);
}

/* In a province (wards), a first column names each product's ward. */
static void fill_table(struct table *t, const struct row *rows, size_t n,
		       bool wards)
{
	size_t i, o = wards;

	if (wards)
		table_add_column(t, "ward", _("Ward"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "id", _("ID"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "name", _("Name"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "producer", _("Producer"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "category", _("Category"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "step", _("Step"), ALIGN_RIGHT, COL_NUMBER);
	table_add_column(t, "stars", _("Stars"), ALIGN_RIGHT, COL_NUMBER);
	table_add_column(t, "status", _("Status"), ALIGN_LEFT, COL_STRING);
	table_set_kind(t, o + 0, CELL_CODE);
	table_set_kind(t, o + 2, CELL_CODE);
	for (i = 0; i < n; i++) {
		const struct product *p = &rows[i].r->u.product;

		table_add_row(t);
		if (wards)
			table_set(t, 0, rows[i].ward);
		table_set(t, o + 0, p->id);
		table_set(t, o + 1, p->name);
		table_set(t, o + 2, p->producer);
		table_set(t, o + 3, rules_category(p->category)->slug);
		if (rows[i].st.step)
			table_setf(t, o + 4, "%d", rows[i].st.step);
		if (rows[i].st.stars)
			table_setf(t, o + 5, "%d", rows[i].st.stars);
		table_set(t, o + 6, status_slug(rows[i].st.status));
	}
}

static int product_list(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *category = NULL, *stars = NULL, *step = NULL, *status_text = NULL;
	const char *format = NULL, *out = NULL;
	struct filter flt = { CATEGORY_NONE, -1, 0, NULL, -1, NULL };
	int excel = 0, status;
	struct option opts[] = {
		OPT_STRING(0, "category", &category, N_("C"), N_("only this category")),
		OPT_STRING(0, "stars", &stars, N_("N"), N_("only products with N stars in force (0: none)")),
		OPT_STRING(0, "step", &step, N_("S"), N_("only products at step S of the cycle")),
		OPT_STRING(0, "producer", &flt.producer, N_("ID"), N_("only products of this producer")),
		OPT_STRING(0, "status", &status_text, N_("S"), N_("idea, in-progress, certified, expiring, expired, revoked, rejected")),
		OPT_STRING(0, "search", &flt.search, N_("TEXT"), N_("only names or ids containing TEXT (accents and case ignored)")),
		OPT_STRING(0, "format", &format, N_("F"), N_("text, csv, tsv, json, md or html")),
		OPT_STRING('o', "output", &out, N_("FILE"), N_("write to FILE; its extension picks the format")),
		OPT_BOOL(0, "excel", &excel, N_("CSV for Excel (implies --format csv): BOM, CRLF, formula guard")),
		OPT_END()
	};
	struct ocop_date today = date_today();
	struct ward_records *wr = NULL;
	struct row *rows;
	struct table t;
	struct store s;
	size_t i, j, n = 0, nw = 0, total;
	bool province;

	argc = parse_options(argc, argv, opts, list_usage, 0);
	if (argc)
		usage_error(list_usage, opts, _("unexpected argument '%s'"), argv[0]);
	if (parse_filter(&flt, category, stars, step, status_text, &dl))
		return finish(&dl);
	if ((status = open_store(ctx, &s, OPEN_PROVINCE)))
		return status;
	province = s.office.u.office.unit == UNIT_PROVINCE;
	if (!province && flt.producer &&
	    !store_exists(&s, RECORD_PRODUCER, flt.producer)) {
		struct record owner;

		/* Its errors suggest the id of a producer typed by name. */
		store_read(&s, RECORD_PRODUCER, flt.producer, &owner, &dl);
		record_release(&owner);
		goto out;
	}
	province_list_views(&s, RECORD_PRODUCT, &wr, &nw, &total, &dl);
	rows = xcalloc(total ? total : 1, sizeof(*rows));
	for (j = 0; j < nw; j++)
		for (i = 0; i < wr[j].set->nr; i++) {
			const struct record *r = &wr[j].set->items[i];
			const struct product *p = &r->u.product;

			if (!r->valid)
				continue;
			product_derive(p, &today, &rows[n].st);
			if (!matches(&flt, p, &rows[n].st))
				continue;
			rows[n].key = text_collate_key(p->name);
			rows[n].ward = wr[j].ward;
			rows[n++].r = r;
		}
	qsort(rows, n, sizeof(*rows), compare_rows);
	table_init(&t);
	fill_table(&t, rows, n, province);
	table_set_empty(&t, _("No products."));
	status = print_list(&t, format, out, excel, list_lang(ctx, &s));
	for (i = 0; i < n; i++)
		free(rows[i].key);
	table_release(&t);
	free(rows);
	ward_records_release(wr, nw);
out:
	store_close(&s);
	return finish_printed(status, &dl);
}

/* --- show ---------------------------------------------------------------------------- */

static const char *const show_usage[] = { USAGE_SHOW, NULL };

/* What a product's show adds: its state today, derived from its record. */
static int load_derived(struct store *s, const char *id, const struct record *r,
			void **data, struct diag_list *dl)
{
	struct ocop_date today = date_today();
	struct product_derived *st = xcalloc(1, sizeof(*st));

	(void)s;
	(void)id;
	(void)dl;
	product_derive(&r->u.product, &today, st);
	*data = st;
	return 0;
}

static void derived_json(struct json_writer *w, const struct record *r, void *data)
{
	const struct product_derived *st = data;
	char buf[DATE_ISO_MAX];

	(void)r;
	json_key(w, "current_step");
	if (st->step)
		json_int(w, st->step);
	else
		json_null(w);
	json_key(w, "current_stars");
	if (st->stars)
		json_int(w, st->stars);
	else
		json_null(w);
	json_key(w, "status");
	json_string(w, status_slug(st->status));
	json_key(w, "certificate_expires");
	if (st->has_expires) {
		date_format_iso(&st->expires, buf);
		json_string(w, buf);
	} else {
		json_null(w);
	}
	json_key(w, "recognition_outcome");
	if (outcome_slug(st->outcome))
		json_string(w, outcome_slug(st->outcome));
	else
		json_null(w);
}

static void derived_text(FILE *f, const struct record *r, void *data)
{
	const struct product_derived *st = data;
	const struct step_info *step = rules_step(st->step);
	char *step_text = step ? xasprintf("%d %s (%s)", step->number, step->slug,
					   step->name_vi) : NULL;
	char *stars = st->stars ? xasprintf("%d", st->stars) : NULL;
	char expires[DATE_ISO_MAX];
	struct show_extra extra[] = {
		{ "current_step", step_text },
		{ "current_stars", stars },
		{ "status", status_slug(st->status) },
		{ "certificate_expires", st->has_expires ? expires : NULL },
		{ "recognition_outcome", outcome_slug(st->outcome) },
	};

	if (st->has_expires)
		date_format_iso(&st->expires, expires);
	show_record_text(f, r, extra, ARRAY_SIZE(extra));
	free(step_text);
	free(stars);
}

static int product_show(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const struct show_more more = {
		.by_ward = true, .load = load_derived, .json = derived_json,
		.text = derived_text, .release = free
	};

	return run_show(argc, argv, ctx, RECORD_PRODUCT, show_usage, &more);
}

/* --- set, rm -------------------------------------------------------------------------- */

static const char *const set_usage[] = { USAGE_SET, NULL };
static const char *const rm_usage[] = { USAGE_RM, NULL };

static int product_set(int argc, const char **argv, struct ocop_ctx *ctx)
{
	return run_set(argc, argv, ctx, RECORD_PRODUCT, set_usage);
}

static int product_rm(int argc, const char **argv, struct ocop_ctx *ctx)
{
	return run_rm(argc, argv, ctx, RECORD_PRODUCT, rm_usage);
}

/* --- listing add|rm ------------------------------------------------------------------- */

static const char *const listing_usage[] = { USAGE_LISTING_ADD, USAGE_LISTING_RM, NULL };
static const char *const listing_add_usage[] = { USAGE_LISTING_ADD, NULL };
static const char *const listing_rm_usage[] = { USAGE_LISTING_RM, NULL };

static int product_listing_add(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct listing_input in = { .product = NULL };
	int dry = 0, status;
	struct option opts[] = {
		OPT_STRING(0, "since", &in.since, N_("D"), N_("the day the page opened")),
		OPT_BOOL('n', "dry-run", &dry, N_("check and show, write nothing")),
		OPT_END()
	};
	struct store s;
	size_t place;

	argc = parse_options(argc, argv, opts, listing_add_usage, 0);
	if (argc != 3)
		usage_error(listing_add_usage, opts, _("give a PRODUCT, a PLATFORM and a URL"));
	in.product = argv[0];
	in.platform = argv[1];
	in.url = argv[2];
	if ((status = open_store(ctx, &s, OPEN_WRITE)))
		return status;
	s.dry_run = dry;
	place = listing_add(&s, &in, &dl);
	if (place)
		printf("%s %zu\n", in.product, place);
	return finish_write(&s, &dl);
}

static int product_listing_rm(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	int dry = 0, status;
	struct option opts[] = {
		OPT_BOOL('n', "dry-run", &dry, N_("say what would be removed")),
		OPT_END()
	};
	struct store s;

	argc = parse_options(argc, argv, opts, listing_rm_usage, 0);
	if (argc != 2)
		usage_error(listing_rm_usage, opts, _("give a PRODUCT and a number or a PLATFORM"));
	if ((status = open_store(ctx, &s, OPEN_WRITE)))
		return status;
	s.dry_run = dry;
	listing_remove(&s, argv[0], argv[1], &dl);
	return finish_write(&s, &dl);
}

static int product_listing(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const struct noun_subcommand subs[] = {
		{ "add", product_listing_add, listing_add_usage },
		{ "rm", product_listing_rm, listing_rm_usage },
		{ NULL, NULL, NULL }
	};

	return run_noun(subs, argc, argv, ctx);
}

int cmd_product(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const struct noun_subcommand subs[] = {
		{ "add", product_add, add_usage },
		{ "list", product_list, list_usage },
		{ "show", product_show, show_usage },
		{ "set", product_set, set_usage },
		{ "rm", product_rm, rm_usage },
		{ "listing", product_listing, listing_usage },
		{ NULL, NULL, NULL }
	};

	return run_noun(subs, argc, argv, ctx);
}
