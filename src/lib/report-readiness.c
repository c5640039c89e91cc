/*
 * report-readiness.c — the readiness report: what each product still
 * lacks of section VI of the plan, its e-commerce listings, and its
 * dossier: what its next step needs (dossier.h), what is missing and what
 * has expired.
 */
#include <stdlib.h>

#include "lib/report-int.h"
#include "ocop/dossier.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"

/* GTIN-13 (EAN-13): 13 digits, the last a mod-10 check digit (GS1). */
static bool gtin_valid(const char *v)
{
	int sum = 0, i;

	for (i = 0; i < 13; i++)
		if (v[i] < '0' || v[i] > '9')
			return false;
	if (v[13])
		return false;
	for (i = 0; i < 12; i++)
		sum += (v[i] - '0') * (i % 2 ? 3 : 1);
	return (10 - sum % 10) % 10 == v[12] - '0';
}

/*
 * Section VI of the plan: the office helps producers to a barcode and a
 * traceability stamp, a quality declaration, food safety and a trademark.
 * A service (tourism, ngành VI) has no barcode, stamp or declared quality;
 * food safety concerns what is eaten or drunk (ngành I–III).
 */
static bool needs_goods_papers(enum ocop_category cat)
{
	return cat != CATEGORY_TOURISM;
}

static bool needs_food_safety(enum ocop_category cat)
{
	return cat == CATEGORY_FOOD || cat == CATEGORY_BEVERAGE ||
	       cat == CATEGORY_HERBAL;
}

static bool not_rejected(const struct report_ctx *c, const struct report_item *it)
{
	(void)c;
	return it->st.status != STATUS_REJECTED;
}

/* One of the five: "có"/"chưa" (true/false), or "—" (empty) when not asked. */
static void set_need(const struct report_ctx *c, struct table *t, size_t col,
		     bool applies, bool has, enum label lack,
		     struct strbuf *lacks)
{
	if (!applies) {
		table_set(t, col, c->human ? L(c, L_NOT_APPLICABLE) : NULL);
		return;
	}
	report_set_bool(c, t, col, has);
	if (!has) {
		if (lacks->len)
			strbuf_addstr(lacks, ", ");
		strbuf_addstr(lacks, W(c, lack));
	}
}

enum readiness_col {
	READY_ID, READY_PRODUCT, READY_PRODUCER, READY_BARCODE,
	READY_TRACEABILITY, READY_QUALITY, READY_FOOD_SAFETY, READY_TRADEMARK,
	READY_LACKS, READY_LISTINGS, READY_NEXT, READY_HELD, READY_MISSING,
	READY_EXPIRED, READY_COLS
};

static const struct report_column readiness_cols[READY_COLS] = {
	[READY_ID] = { "id", L_COL_ID, COL_STRING, CELL_CODE },
	[READY_PRODUCT] = { "product", L_COL_PRODUCT, COL_STRING, CELL_TEXT },
	[READY_PRODUCER] = { "producer", L_COL_PRODUCER, COL_STRING, CELL_TEXT },
	[READY_BARCODE] = { "barcode", L_COL_BARCODE, COL_STRING, CELL_CODE },
	[READY_TRACEABILITY] = { "traceability", L_COL_TRACEABILITY, COL_BOOL, CELL_TEXT },
	[READY_QUALITY] = { "quality_declaration", L_COL_QUALITY, COL_BOOL, CELL_TEXT },
	[READY_FOOD_SAFETY] = { "food_safety", L_COL_FOOD_SAFETY, COL_BOOL, CELL_TEXT },
	[READY_TRADEMARK] = { "trademark", L_COL_TRADEMARK, COL_STRING, CELL_CODE },
	[READY_LACKS] = { "lacks", L_COL_LACKS, COL_STRING, CELL_TEXT },
	[READY_LISTINGS] = { "listings", L_COL_LISTINGS, COL_NUMBER, CELL_TEXT },
	[READY_NEXT] = { "next_step", L_COL_NEXT_STEP, COL_STRING, CELL_TEXT },
	[READY_HELD] = { "documents", L_COL_DOCUMENTS, COL_STRING, CELL_TEXT },
	[READY_MISSING] = { "missing", L_COL_MISSING, COL_STRING, CELL_TEXT },
	[READY_EXPIRED] = { "expired", L_COL_EXPIRED_DOCS, COL_STRING, CELL_TEXT },
};

/* A list of kinds: their names for people, their slugs for scripts. */
static void set_kinds(const struct report_ctx *c, struct table *t, size_t col,
		      const struct dossier_kind *const *kinds, size_t n,
		      struct strbuf *sb)
{
	size_t i;

	strbuf_reset(sb);
	for (i = 0; i < n; i++)
		strbuf_addf(sb, "%s%s", i ? ", " : "", !c->human ? kinds[i]->slug :
			    c->lang == REPORT_VI ? kinds[i]->name_vi : kinds[i]->name_en);
	if (n)
		table_set(t, col, sb->buf);
}

static enum label step_label(enum dossier_step s)
{
	return s == DOSSIER_RENEWAL ? L_NEXT_RENEWAL :
	       s == DOSSIER_COUNCIL ? L_NEXT_COUNCIL : L_NEXT_WARD;
}

/* The dossier's columns; whether it lacks anything. */
static bool set_dossier(const struct report_ctx *c, struct table *t,
			const struct report_item *it, struct dossier_state *ds)
{
	struct strbuf sb = STRBUF_INIT;

	dossier_state(it->p, &it->st, &c->day, ds);
	table_setf(t, READY_LISTINGS, "%zu", it->p->nlistings);
	table_set(t, READY_NEXT, W(c, step_label(ds->next)));
	set_kinds(c, t, READY_HELD, ds->held, ds->nheld, &sb);
	set_kinds(c, t, READY_MISSING, ds->missing, ds->nmissing, &sb);
	set_kinds(c, t, READY_EXPIRED, ds->expired, ds->nexpired, &sb);
	strbuf_release(&sb);
	return ds->nmissing || ds->nexpired;
}

void report_build_readiness(struct report_ctx *c)
{
	struct report_table *rt = report_add_table(c, "readiness", NULL);
	struct table *t = &rt->t;
	struct strbuf lacks = STRBUF_INIT;
	struct report_item **v;
	size_t n, i;
	int lacking = 0;

	v = report_select_items(c, not_rejected, report_by_name, &n);
	report_columns(c, rt, readiness_cols, READY_COLS);
	for (i = 0; i < n; i++) {
		const struct product *p = v[i]->p;
		const struct readiness *rd = &p->readiness;
		bool goods = needs_goods_papers(p->category);
		struct dossier_state ds;
		bool dossier_lacks;

		strbuf_reset(&lacks);
		table_add_row(t);
		dossier_lacks = set_dossier(c, t, v[i], &ds);
		table_set(t, READY_ID, p->id);
		table_set(t, READY_PRODUCT, p->name);
		table_set(t, READY_PRODUCER, report_owner_name(v[i]));
		if (goods) {
			bool ok = rd->barcode && gtin_valid(rd->barcode);

			table_set(t, READY_BARCODE, rd->barcode);
			if (!ok)
				strbuf_addstr(&lacks, W(c, L_LACK_BARCODE));
		} else if (c->human) {
			table_set(t, READY_BARCODE, L(c, L_NOT_APPLICABLE));
		}
		set_need(c, t, READY_TRACEABILITY, goods, rd->traceability == 1,
			 L_LACK_TRACEABILITY, &lacks);
		/* a document in force in the dossier says it as well as the flag */
		set_need(c, t, READY_QUALITY, goods, rd->quality_declaration == 1 ||
			 dossier_holds(&ds, "quality-declaration"),
			 L_LACK_QUALITY, &lacks);
		set_need(c, t, READY_FOOD_SAFETY, needs_food_safety(p->category),
			 rd->food_safety == 1 || dossier_holds(&ds, "food-safety"),
			 L_LACK_FOOD_SAFETY, &lacks);
		table_set(t, READY_TRADEMARK, rd->trademark);
		if (!rd->trademark) {
			if (lacks.len)
				strbuf_addstr(&lacks, ", ");
			strbuf_addstr(&lacks, W(c, L_LACK_TRADEMARK));
		}
		if (v[i]->owner && v[i]->owner->kind == KIND_UNKNOWN)	/* an import kept it so */
			strbuf_addf(&lacks, "%s%s", lacks.len ? ", " : "", W(c, L_LACK_KIND));
		if (lacks.len)
			table_set(t, READY_LACKS, lacks.buf);
		if (lacks.len || dossier_lacks)
			lacking++;
	}
	c->r->intro = xasprintf(L(c, L_INTRO_READINESS), lacking, (int)n);
	strbuf_release(&lacks);
	free(v);
}
