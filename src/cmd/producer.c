/* producer.c — ocop producer add|list|show|set|rm. */
#include <stdlib.h>
#include <string.h>

#include "cmd/builtin.h"
#include "ocop/province.h"
#include "ocop/add.h"
#include "ocop/edit.h"
#include "ocop/show.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

/* Each usage line once, in its sub-command's usage: run_noun's --help lists them. */
#define USAGE_ADD N_("ocop producer add NAME --kind KIND [--tax-code X] [--address A] [--phone P] [--representative R] [--old-address A] [--id ID] [-n]")
#define USAGE_LIST N_("ocop producer list [--kind KIND] [--search TEXT] [--format F] [-o FILE] [--excel]")
#define USAGE_SHOW N_("ocop producer show ID [--format F] [-o FILE]")
#define USAGE_SET N_("ocop producer set ID KEY=VALUE... [-n] [--force]")
#define USAGE_RM N_("ocop producer rm ID [-n] [--force]")

/* --- add --------------------------------------------------------------------------- */

static const char *const add_usage[] = { USAGE_ADD, NULL };

static int producer_add(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct producer_input in = { .name = NULL };
	int dry = 0, status;
	struct option opts[] = {
		OPT_STRING(0, "kind", &in.kind, N_("KIND"), N_("enterprise, cooperative, cooperative-group, household, facility, individual")),
		OPT_STRING(0, "tax-code", &in.tax_code, N_("X"), N_("tax code")),
		OPT_STRING(0, "address", &in.address, N_("A"), N_("address")),
		OPT_STRING(0, "old-address", &in.old_address, N_("A"), N_("address before the 2025 merger")),
		OPT_STRING(0, "phone", &in.phone, N_("P"), N_("phone number")),
		OPT_STRING(0, "representative", &in.representative, N_("R"), N_("legal representative")),
		OPT_STRING(0, "id", &in.id, N_("ID"), N_("the id, instead of one made from the name")),
		OPT_BOOL('n', "dry-run", &dry, N_("check and show, write nothing")),
		OPT_END()
	};
	struct store s;

	argc = parse_options(argc, argv, opts, add_usage, 0);
	if (argc != 1)
		usage_error(add_usage, opts, argc ? _("give one NAME (quote it)") : _("NAME is missing"));
	if (!in.kind)
		usage_error(add_usage, opts, _("--kind is required"));
	in.name = argv[0];
	if ((status = open_store(ctx, &s, OPEN_WRITE)))
		return status;
	s.dry_run = dry;
	return finish_add(&s, add_producer(&s, &in, &dl), &dl);
}

/* --- list ---------------------------------------------------------------------------- */

static const char *const list_usage[] = { USAGE_LIST, NULL };

struct sorted {
	char *key;
	const struct record *r;
	const char *ward;	/* in a province, the producer's ward */
};

static int compare_sorted(const void *a, const void *b)
{
	const struct sorted *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	if (!c)
		c = strcmp(x->r->u.producer.id, y->r->u.producer.id);
	return c || !x->ward ? c : strcmp(x->ward, y->ward);
}

static int producer_list(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *kind = NULL, *search = NULL, *format = NULL, *out = NULL;
	int excel = 0, status;
	struct option opts[] = {
		OPT_STRING(0, "kind", &kind, N_("KIND"), N_("only producers of this kind")),
		OPT_STRING(0, "search", &search, N_("TEXT"), N_("only names or ids containing TEXT (accents and case ignored)")),
		OPT_STRING(0, "format", &format, N_("F"), N_("text, csv, tsv, json, md or html")),
		OPT_STRING('o', "output", &out, N_("FILE"), N_("write to FILE; its extension picks the format")),
		OPT_BOOL(0, "excel", &excel, N_("CSV for Excel (implies --format csv): BOM, CRLF, formula guard")),
		OPT_END()
	};
	struct sorted *rows;
	struct table t;
	char *kind_slug = NULL;
	struct ward_records *wr = NULL;
	struct store s;
	size_t i, j, n = 0, nw = 0, total, o;
	bool province;

	argc = parse_options(argc, argv, opts, list_usage, 0);
	if (argc)
		usage_error(list_usage, opts, _("unexpected argument '%s'"), argv[0]);
	if (kind) {
		kind_slug = field_parse_cli(schema_field(record_schema(RECORD_PRODUCER), "kind"),
					    kind, &dl);
		if (!kind_slug)
			return finish(&dl);
	}
	if ((status = open_store(ctx, &s, OPEN_PROVINCE)))
		goto out;
	/* a province lists every ward's, each named in a first column */
	province = s.office.u.office.unit == UNIT_PROVINCE;
	province_list_views(&s, RECORD_PRODUCER, &wr, &nw, &total, &dl);
	rows = xcalloc(total ? total : 1, sizeof(*rows));
	for (j = 0; j < nw; j++)
		for (i = 0; i < wr[j].set->nr; i++) {
			const struct record *r = &wr[j].set->items[i];
			const struct producer *p = &r->u.producer;

			if (!r->valid)
				continue;
			if (kind_slug && strcmp(record_kind_slug(p->kind), kind_slug))
				continue;
			if (search && !text_search(p->name, search) && !text_search(p->id, search))
				continue;
			rows[n].key = text_collate_key(p->name);
			rows[n].ward = wr[j].ward;
			rows[n++].r = r;
		}
	qsort(rows, n, sizeof(*rows), compare_sorted);

	table_init(&t);
	o = province;
	if (province)
		table_add_column(&t, "ward", _("Ward"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "id", _("ID"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "name", _("Name"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "kind", _("Kind"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "tax_code", _("Tax code"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "address", _("Address"), ALIGN_LEFT, COL_STRING);
	table_set_kind(&t, o + 0, CELL_CODE);
	table_set_kind(&t, o + 3, CELL_CODE);
	for (i = 0; i < n; i++) {
		const struct producer *p = &rows[i].r->u.producer;

		table_add_row(&t);
		if (province)
			table_set(&t, 0, rows[i].ward);
		table_set(&t, o + 0, p->id);
		table_set(&t, o + 1, p->name);
		table_set(&t, o + 2, record_kind_slug(p->kind));
		table_set(&t, o + 3, p->tax_code);
		table_set(&t, o + 4, p->address);
		free(rows[i].key);
	}
	table_set_empty(&t, _("No producers."));
	status = print_list(&t, format, out, excel, list_lang(ctx, &s));
	table_release(&t);
	free(rows);
	ward_records_release(wr, nw);
	store_close(&s);
out:
	free(kind_slug);
	return finish_printed(status, &dl);
}

/* --- show ------------------------------------------------------------------------------ */

static const char *const show_usage[] = { USAGE_SHOW, NULL };

/* The ids of the products a producer makes. */
struct made {
	char **products;
	size_t n;
};

static int load_products(struct store *s, const char *id, const struct record *r,
			 void **data, struct diag_list *dl)
{
	struct made *m = xcalloc(1, sizeof(*m));

	(void)r;
	*data = m;
	return edit_products_of(s, id, &m->products, &m->n, dl);
}

static void products_json(struct json_writer *w, const struct record *r, void *data)
{
	const struct made *m = data;
	size_t i;

	(void)r;
	json_key(w, "products");
	json_begin_array(w);
	for (i = 0; i < m->n; i++)
		json_string(w, m->products[i]);
	json_end_array(w);
}

static void products_text(FILE *f, const struct record *r, void *data)
{
	const struct made *m = data;
	struct strbuf list = STRBUF_INIT;
	struct show_extra extra[1];
	size_t i;

	for (i = 0; i < m->n; i++)
		strbuf_addf(&list, "%s%s", i ? ", " : "", m->products[i]);
	extra[0].key = "products";
	extra[0].value = m->n ? list.buf : NULL;
	show_record_text(f, r, extra, 1);
	strbuf_release(&list);
}

static void release_products(void *data)
{
	struct made *m = data;

	if (m)
		store_free_list(m->products, m->n);
	free(m);
}

static int producer_show(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const struct show_more more = {
		.by_ward = true, .load = load_products, .json = products_json,
		.text = products_text, .release = release_products
	};

	return run_show(argc, argv, ctx, RECORD_PRODUCER, show_usage, &more);
}

/* --- set, rm ------------------------------------------------------------------------------ */

static const char *const set_usage[] = { USAGE_SET, NULL };
static const char *const rm_usage[] = { USAGE_RM, NULL };

static int producer_set(int argc, const char **argv, struct ocop_ctx *ctx)
{
	return run_set(argc, argv, ctx, RECORD_PRODUCER, set_usage);
}

static int producer_rm(int argc, const char **argv, struct ocop_ctx *ctx)
{
	return run_rm(argc, argv, ctx, RECORD_PRODUCER, rm_usage);
}

int cmd_producer(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const struct noun_subcommand subs[] = {
		{ "add", producer_add, add_usage },
		{ "list", producer_list, list_usage },
		{ "show", producer_show, show_usage },
		{ "set", producer_set, set_usage },
		{ "rm", producer_rm, rm_usage },
		{ NULL, NULL, NULL }
	};

	return run_noun(subs, argc, argv, ctx);
}
