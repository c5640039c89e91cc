/* doc.c — ocop doc add|list|rm: the documents of a product's evaluation dossier. */
#include <stdlib.h>
#include <string.h>

#include "cmd/builtin.h"
#include "ocop/doc.h"
#include "ocop/dossier.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"

#define USAGE_ADD N_("ocop doc add PRODUCT KIND [FILE] [--number N] [--date D] [--expires D] [--issuer I] [-n]")
#define USAGE_LIST N_("ocop doc list [PRODUCT] [--format F] [-o FILE] [--excel]")
#define USAGE_RM N_("ocop doc rm PRODUCT KIND|N [-n]")
#define USAGE_KINDS N_("ocop doc kinds [--format F] [-o FILE]")

/* --- add --------------------------------------------------------------------------- */

static const char *const add_usage[] = { USAGE_ADD, NULL };

static int doc_add_cmd(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct doc_input in = { .product = NULL };
	int dry = 0, status;
	struct option opts[] = {
		OPT_STRING(0, "number", &in.number, N_("N"), N_("the document's number")),
		OPT_STRING(0, "date", &in.date, N_("D"), N_("the day it was issued")),
		OPT_STRING(0, "expires", &in.expires, N_("D"), N_("the last day it is valid")),
		OPT_STRING(0, "issuer", &in.issuer, N_("I"), N_("who issued it")),
		OPT_BOOL('n', "dry-run", &dry, N_("check and show, write nothing")),
		OPT_END()
	};
	struct store s;
	size_t place;

	argc = parse_options(argc, argv, opts, add_usage, 0);
	if (argc < 2 || argc > 3)
		usage_error(add_usage, opts, argc < 2 ? _("give a PRODUCT and a KIND") :
			    _("give at most one FILE"));
	in.product = argv[0];
	in.kind = argv[1];
	in.file = argc == 3 ? argv[2] : NULL;
	if ((status = open_store(ctx, &s, OPEN_WRITE)))
		return status;
	s.dry_run = dry;
	place = doc_add(&s, &in, &dl);
	if (place)
		printf("%s %zu\n", in.product, place);
	return finish_write(&s, &dl);
}

/* --- list ---------------------------------------------------------------------------- */

static const char *const list_usage[] = { USAGE_LIST, NULL };

enum { DL_PRODUCT, DL_NO, DL_KIND, DL_NUMBER, DL_DATE, DL_EXPIRES, DL_ISSUER,
       DL_FILE, DL_SIZE };

static void put_date(struct table *t, size_t col, bool has, const struct ocop_date *d)
{
	char buf[DATE_ISO_MAX];

	if (!has)
		return;
	date_format_iso(d, buf);
	table_set(t, col, buf);
}

static void list_columns(struct table *t)
{
	table_add_column(t, "product", _("Product"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "no", _("No."), ALIGN_RIGHT, COL_NUMBER);
	table_add_column(t, "kind", _("Kind"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "number", _("Number"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "date", _("Date"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "expires", _("Expires"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "issuer", _("Issuer"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "file", _("File"), ALIGN_LEFT, COL_STRING);
	table_add_column(t, "size", _("Size"), ALIGN_RIGHT, COL_NUMBER);
	table_set_kind(t, DL_PRODUCT, CELL_CODE);
	table_set_kind(t, DL_NUMBER, CELL_CODE);
	table_set_kind(t, DL_DATE, CELL_DATE);
	table_set_kind(t, DL_EXPIRES, CELL_DATE);
}

static void list_product(struct table *t, const struct product *p)
{
	size_t j;

	for (j = 0; j < p->ndocs; j++) {
		const struct document *d = &p->docs[j];

		table_add_row(t);
		table_set(t, DL_PRODUCT, p->id);
		table_setf(t, DL_NO, "%zu", j + 1);
		table_set(t, DL_KIND, d->kind);
		table_set(t, DL_NUMBER, d->number);
		put_date(t, DL_DATE, d->has_date, &d->date);
		put_date(t, DL_EXPIRES, d->has_expires, &d->expires);
		table_set(t, DL_ISSUER, d->issuer);
		table_set(t, DL_FILE, d->file);
		if (d->size >= 0)
			table_setf(t, DL_SIZE, "%ld", d->size);
	}
}

static int doc_list(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *format = NULL, *out = NULL;
	int excel = 0, status;
	struct option opts[] = {
		OPT_STRING(0, "format", &format, N_("F"), N_("text, csv, tsv, json, md or html")),
		OPT_STRING('o', "output", &out, N_("FILE"), N_("write to FILE; its extension picks the format")),
		OPT_BOOL(0, "excel", &excel, N_("CSV for Excel (implies --format csv): BOM, CRLF, formula guard")),
		OPT_END()
	};
	struct record_set set = { NULL, 0, NULL, 0 };
	struct record one;
	struct table t;
	struct store s;
	size_t i;

	argc = parse_options(argc, argv, opts, list_usage, 0);
	if (argc > 1)
		usage_error(list_usage, opts, _("unexpected argument '%s'"), argv[1]);
	if ((status = open_store(ctx, &s, 0)))
		return status;
	table_init(&t);
	list_columns(&t);
	if (argc) {
		if (store_read(&s, RECORD_PRODUCT, argv[0], &one, &dl)) {
			record_release(&one);
			status = EXIT_OK;
			goto out;
		}
		list_product(&t, &one.u.product);
		record_release(&one);
	} else {
		store_read_views(&s, RECORD_PRODUCT, &set, &dl);
		for (i = 0; i < set.nr; i++)	/* in id order */
			if (set.items[i].valid)
				list_product(&t, &set.items[i].u.product);
	}
	status = print_table(&t, format, out, excel);
out:
	table_release(&t);
	record_set_release(&set);
	store_close(&s);
	return finish_printed(status, &dl);
}

/* --- rm, kinds ------------------------------------------------------------------------ */

static const char *const rm_usage[] = { USAGE_RM, NULL };

static int doc_rm(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	int dry = 0, status;
	struct option opts[] = {
		OPT_BOOL('n', "dry-run", &dry, N_("say what would be removed")),
		OPT_END()
	};
	struct store s;

	argc = parse_options(argc, argv, opts, rm_usage, 0);
	if (argc != 2)
		usage_error(rm_usage, opts, _("give a PRODUCT and a KIND or a number"));
	if ((status = open_store(ctx, &s, OPEN_WRITE)))
		return status;
	s.dry_run = dry;
	doc_remove(&s, argv[0], argv[1], &dl);
	return finish_write(&s, &dl);
}

static const char *const kinds_usage[] = { USAGE_KINDS, NULL };

static void step_names(unsigned mask, struct strbuf *sb)
{
	unsigned bit;

	for (bit = DOSSIER_WARD; bit <= DOSSIER_RENEWAL; bit <<= 1)
		if (mask & bit)
			strbuf_addf(sb, "%s%s", sb->len ? ", " : "",
				    dossier_step_slug((enum dossier_step)bit));
}

static int doc_kinds(int argc, const char **argv, struct ocop_ctx *ctx)
{
	const char *format = NULL, *out = NULL;
	struct option opts[] = {
		OPT_STRING(0, "format", &format, N_("F"), N_("text, csv, tsv, json, md or html")),
		OPT_STRING('o', "output", &out, N_("FILE"), N_("write to FILE; its extension picks the format")),
		OPT_END()
	};
	struct strbuf steps = STRBUF_INIT;
	const struct dossier_kind *k;
	struct table t;
	size_t i;
	int status;

	(void)ctx;
	argc = parse_options(argc, argv, opts, kinds_usage, 0);
	if (argc)
		usage_error(kinds_usage, opts, _("unexpected argument '%s'"), argv[0]);
	table_init(&t);
	table_add_column(&t, "kind", _("Kind"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "name", _("Name"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "basis", _("Decision"), ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "required", _("Required at"), ALIGN_LEFT, COL_STRING);
	for (i = 0; (k = dossier_kind_at(i)); i++) {
		strbuf_reset(&steps);
		step_names(k->required, &steps);
		table_add_row(&t);
		table_set(&t, 0, k->slug);
		table_set(&t, 1, k->name_vi);
		table_set(&t, 2, k->basis);
		table_set(&t, 3, steps.buf);
	}
	status = print_table(&t, format, out, 0);
	table_release(&t);
	strbuf_release(&steps);
	return status;
}

int cmd_doc(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const struct noun_subcommand subs[] = {
		{ "add", doc_add_cmd, add_usage },
		{ "list", doc_list, list_usage },
		{ "rm", doc_rm, rm_usage },
		{ "kinds", doc_kinds, kinds_usage },
		{ NULL, NULL, NULL }
	};

	return run_noun(subs, argc, argv, ctx);
}
