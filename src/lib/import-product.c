/*
 * import-product.c — a row's product: its own cells (category, set,
 * origin, notes, readiness) and the recognitions the register gives it,
 * added as `ocop rate` would, or refining one the record holds; the change
 * waits in a struct pending until the whole row passed (import-txn.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import-int.h"
#include "ocop/cycle.h"
#include "ocop/rating.h"
#include "ocop/rules-cells.h"
#include "ocop/util.h"

struct recognition {
	int group;
	int stars;
	struct ocop_date date;
	const char *decision, *authority;
	enum eval_level level;
	int as_of;		/* known only to be in force in this year */
};

static bool group_given(const struct row *rw, int g)
{
	int f;

	for (f = C_STARS; f < C_COUNT; f++)
		if (rw->v[f][g])
			return true;
	return false;
}

/* A cell's date, not in the future; -1 (refused) when it is not one. */
static int cell_date(struct row *rw, enum col_field f, int g, struct ocop_date *d)
{
	char buf[DATE_ISO_MAX], *v;

	if (date_parse_register(rw->v[f][g], d)) {
		v = import_excerpt(rw->v[f][g]);
		import_row_error(rw, f, g, _("'%s' is not a date"), v);
		diag_hint(rw->im->dl, _("write it as dd/mm/yyyy, yyyy-mm-dd, or the year alone"));
		free(v);
		return -1;
	}
	if (date_cmp(d, &rw->im->today) > 0) {
		date_format_iso(d, buf);
		return import_row_error(rw, f, g, _("%s is in the future"), buf);
	}
	return 0;
}

/* Read recognition g (0-based) of a row; latest: it takes the current columns. */
static int read_recognition(struct row *rw, int g, bool latest,
			    struct recognition *out)
{
	struct importer *im = rw->im;
	const char *stars = rw->v[C_STARS][g];
	const char *expires = rw->v[C_EXPIRES][g];
	enum col_field sf = C_STARS, ef = C_EXPIRES;
	struct ocop_date year, exp, want;
	const struct rule_set *rs;
	int eg = g, sg = g, months, by;
	char a[DATE_ISO_MAX], b[DATE_ISO_MAX], *v;

	memset(out, 0, sizeof(*out));
	out->group = g;
	if (!stars && latest && V(rw, C_CURRENT_STARS)) {
		stars = V(rw, C_CURRENT_STARS);
		sf = C_CURRENT_STARS;
		sg = 0;
	}
	if (!expires && latest && V(rw, C_CURRENT_EXPIRES)) {
		expires = V(rw, C_CURRENT_EXPIRES);
		ef = C_CURRENT_EXPIRES;
		eg = 0;
	}
	if (!stars)
		return import_row_error(rw, C_STARS, g, _("a recognition needs its stars"));
	out->stars = cell_stars(stars);
	if (out->stars < 0) {
		v = import_excerpt(stars);
		import_row_error(rw, sf, sg, _("'%s' is not a number of stars"), v);
		free(v);
		return -1;
	}
	if (out->stars < CERTIFIED_MIN_STARS) {
		import_row_error(rw, sf, sg, _("%d stars are not a recognition: OCOP certifies 3 to 5 stars"),
			  out->stars);
		diag_hint(im->dl, _("a product rated 1 or 2 stars gets no decision; leave it out of the register"));
		return -1;
	}
	if (rw->v[C_DATE][g] && cell_date(rw, C_DATE, g, &out->date))
		return -1;
	if (rw->v[C_YEAR][g]) {
		if (date_parse_iso(rw->v[C_YEAR][g], true, &year) || year.prec != DATE_YEAR) {
			v = import_excerpt(rw->v[C_YEAR][g]);
			import_row_error(rw, C_YEAR, g, _("'%s' is not a year"), v);
			free(v);
			return -1;
		}
		if (rw->v[C_DATE][g] && year.year != out->date.year)
			return import_row_error(rw, C_YEAR, g, _("the year %d is not the year of the date (%d)"),
					 year.year, out->date.year);
		if (!rw->v[C_DATE][g] && cell_date(rw, C_YEAR, g, &out->date))
			return -1;
	}
	if (!rw->v[C_DATE][g] && !rw->v[C_YEAR][g] && rw->v[C_AS_OF][g]) {
		if (date_parse_iso(rw->v[C_AS_OF][g], true, &year) || year.prec != DATE_YEAR) {
			v = import_excerpt(rw->v[C_AS_OF][g]);
			import_row_error(rw, C_AS_OF, g, _("'%s' is not a year"), v);
			free(v);
			return -1;
		}
		if (cell_date(rw, C_AS_OF, g, &out->date))
			return -1;
		out->as_of = year.year;
	} else if (!rw->v[C_DATE][g] && !rw->v[C_YEAR][g]) {
		import_row_error(rw, sf, sg, _("a recognition needs its date, or at least its year"));
		diag_hint(im->dl, _("add a column 'Ngày công nhận' or 'Năm công nhận'"));
		return -1;
	}
	out->decision = rw->v[C_DECISION][g];
	out->authority = rw->v[C_AUTHORITY][g];
	/*
	 * Without a level, the one that recognised those stars then; a date
	 * known to the year only that spans two processes ("2025") takes the
	 * later one's, as ocop check judges it.
	 */
	rs = rules_in_force(&out->date);
	by = rs ? rules_recognised_by(rs, out->stars) : -1;
	if (by == LEVEL_DISTRICT && rules_in_force_by_end(&out->date) != rs)
		by = rules_recognised_by(rules_in_force_by_end(&out->date), out->stars);
	out->level = by >= 0 ? (enum eval_level)by : LEVEL_PROVINCE;
	if (rw->v[C_LEVEL][g] && cell_level(rw->v[C_LEVEL][g], &out->level)) {
		v = import_excerpt(rw->v[C_LEVEL][g]);
		import_row_error(rw, C_LEVEL, g, _("'%s' is not a level"), v);
		diag_hint(im->dl, _("tỉnh (province), trung ương (central) or huyện (district, 2023-02-24 to 2025-07-05)"));
		free(v);
		return -1;
	}
	/*
	 * From 2023-02-24 to 2025-07-05 the district recognised 3 stars, not
	 * the province; a provincial register of those years lists the
	 * districts' products beside its own, under its own name.  The
	 * certificate was the district's, so the row is kept as the
	 * district's rather than refused, with a warning (ocop check would
	 * refuse it as the province's).  A date known to the year only
	 * ("2023") may mean a day when the province did: kept as typed.
	 */
	if (out->level == LEVEL_PROVINCE && by == LEVEL_DISTRICT) {
		out->level = LEVEL_DISTRICT;
		import_row_warn(rw, C_LEVEL, g, _("%d stars recognised under %s were the district's, not the province's: kept as level district"),
				out->stars, rs->process);
	}
	if (expires) {
		if (date_parse_register(expires, &exp)) {
			v = import_excerpt(expires);
			import_row_error(rw, ef, eg, _("'%s' is not a date"), v);
			free(v);
			return -1;
		}
		want = rules_certificate_expiry(&out->date, &months);
		if (!date_agree(&exp, &want)) {
			date_format_iso(&exp, a);
			date_format_iso(&want, b);
			import_row_error(rw, ef, eg, _("%s is not %d months after the recognition (%s)"),
				  a, months, b);
			diag_hint(im->dl, _("a certificate is valid %d months from its decision (%s); check the dates"),
				  months, rules_certificate_basis(&out->date));
			return -1;
		}
	}
	return 0;
}

/* The recognitions of a row, in order; -1 when one is refused. */
static int read_recognitions(struct row *rw, struct recognition *out, int *n)
{
	int g, latest = -1, ret = 0;

	*n = 0;
	for (g = 0; g < GROUPS; g++)
		if (group_given(rw, g))
			latest = g;
	if (latest < 0 && (V(rw, C_CURRENT_STARS) || V(rw, C_CURRENT_EXPIRES)))
		latest = 0;
	for (g = 0; g <= latest; g++) {
		if (g != latest && !group_given(rw, g))
			continue;
		if (read_recognition(rw, g, g == latest, &out[*n]))
			ret = -1;
		else
			(*n)++;
	}
	if (latest >= 0 && V(rw, C_CURRENT_STARS) && rw->v[C_STARS][latest]) {
		int cur = cell_stars(V(rw, C_CURRENT_STARS));
		int last = cell_stars(rw->v[C_STARS][latest]);

		if (cur < 0) {
			char *v = import_excerpt(V(rw, C_CURRENT_STARS));

			ret = import_row_error(rw, C_CURRENT_STARS, 0, _("'%s' is not a number of stars"), v);
			free(v);
		} else if (last > 0 && cur != last) {
			ret = import_row_error(rw, C_CURRENT_STARS, 0,
					_("%d stars, but the latest recognition gives %d"),
					cur, last);
		}
	}
	return ret;
}

/* Has p a recognition dated on or after d? */
static bool recognised_since(const struct product *p, const struct ocop_date *d)
{
	size_t i;

	for (i = 0; i < p->nevals; i++)
		if (rating_is_recognition(&p->evals[i]) && date_cmp(&p->evals[i].date, d) >= 0)
			return true;
	return false;
}

static bool same_decision_text(const char *a, const char *b)
{
	char *x = cell_key(a), *y = cell_key(b);
	bool same = !strcmp(x, y);

	free(x);
	free(y);
	return same;
}

static char *provenance(const struct importer *im, const struct row *rw,
			const struct recognition *rc)
{
	return xasprintf("imported from %s, line %u%s", im->base, rw->src->line,
			 rc->decision ? "" : "; the register gives no decision number");
}

/*
 * The register's recognition is already in the record when one of the
 * same stars has the same decision number or, lacking numbers, a date that
 * agrees.  Then only what the record lacks is added: the number, the
 * authority, a day where it knew only the year (and the certificate's end
 * and the cycle's entry with it).
 */
static void refine(struct row *rw, struct record *r, const struct evaluation *e,
		   const struct recognition *rc)
{
	struct node *n = (struct node *)e->node;
	struct node_doc *doc = &r->doc;
	char old[DATE_ISO_MAX], buf[DATE_ISO_MAX];
	const char *note = node_get_str(n, "note");
	struct node *cycle = node_get(doc->root, "cycle");
	struct ocop_date exp;
	size_t i;

	if (!e->decision && rc->decision) {
		node_set_str(doc, n, "decision", rc->decision, STYLE_AUTO);
		if (note && !strncmp(note, "imported from ", 14)) {
			char *p = provenance(rw->im, rw, rc);

			node_set_str(doc, n, "note", p, STYLE_AUTO);
			free(p);
		}
	}
	if (!e->authority && rc->authority)
		node_set_str(doc, n, "authority", rc->authority, STYLE_AUTO);
	if (e->has_score || rc->as_of || rc->date.prec >= e->date.prec)
		return;
	date_format_iso(&e->date, old);
	date_format_iso(&rc->date, buf);
	node_set_str(doc, n, "date", buf, STYLE_PLAIN);
	exp = rules_certificate_expiry(&rc->date, NULL);
	date_format_iso(&exp, buf);
	/* Stock in force as of a year, now dated: its certificate is known. */
	if (node_get(n, "expires") || node_get(n, "as_of"))
		node_set_str(doc, n, "expires", buf, STYLE_PLAIN);
	node_remove(n, "as_of");
	for (i = 0; cycle && cycle->kind == NODE_SEQUENCE && i < cycle->u.seq.nr; i++) {
		struct node *c = cycle->u.seq.items[i];
		const char *step = node_get_str(c, "step"), *day = node_get_str(c, "date");

		if (step && !strcmp(step, "5") && day && !strcmp(day, old)) {
			date_format_iso(&rc->date, buf);
			node_set_str(doc, c, "date", buf, STYLE_PLAIN);
		}
	}
}

/*
 * Do different scoring decisions apply within a partial date (2023: 1048
 * until 23 February, then 148)?  Then the register's year does not say
 * which, and none is recorded.
 */
static bool straddles_rules(const struct ocop_date *d)
{
	struct ocop_date last = *d;
	const struct rule_set *a, *b;

	if (d->prec == DATE_DAY)
		return false;
	if (d->prec == DATE_YEAR)
		last.month = 12;
	last.day = date_days_in_month(last.year, last.month);
	last.prec = DATE_DAY;
	a = rules_in_force(d);
	b = rules_in_force(&last);
	return !a || !b || strcmp(a->basis, b->basis);
}

/*
 * The recognition of p that is the register's rc: of the same stars, with
 * the same decision number or, lacking numbers, a date that agrees; NULL.
 */
static const struct evaluation *held_recognition(const struct product *p,
						 const struct recognition *rc)
{
	size_t i;

	for (i = 0; i < p->nevals; i++) {
		const struct evaluation *e = &p->evals[i];

		if (e->level == LEVEL_WARD || e->stars != rc->stars)
			continue;
		if (rc->decision && e->decision ? same_decision_text(e->decision, rc->decision) :
		    date_agree(&e->date, &rc->date))
			return e;
	}
	return NULL;
}

/* Add recognition rc to product r (decoded), unless it holds it already. */
static int add_recognition(struct row *rw, struct record *r,
			   const struct recognition *rc)
{
	struct importer *im = rw->im;
	const struct product *p = &r->u.product;
	const struct evaluation *held;
	struct diag_list found = DIAG_LIST_INIT;
	struct council_input in;
	const struct cycle_entry *last;
	struct node *list;
	char *note;
	int ret;

	if ((held = held_recognition(p, rc))) {
		refine(rw, r, held, rc);
		ret = record_decode(r, &found);
		return ret ? import_relocate(rw, r, &found, rc->group) :
		       (diag_list_release(&found), 0);
	}
	/* The cycle's step 5, unless the product already waits there. */
	last = p->ncycle ? &p->cycle[p->ncycle - 1] : NULL;
	if (!last || last->step != 5 || recognised_since(p, &last->date))
		cycle_append(r, 5, &rc->date, NULL, false);
	memset(&in, 0, sizeof(in));
	in.level = rc->level;
	in.date = rc->date;
	in.stars = rc->stars;
	in.decision = rc->decision;
	in.authority = rc->authority;
	in.as_of = rc->as_of;
	note = provenance(im, rw, rc);
	in.note = note;
	ret = rating_add_council(r, &in, im->province, &found);
	free(note);
	if (!ret) {
		struct node *e;

		list = node_get(r->doc.root, "evaluations");
		e = list->u.seq.items[list->u.seq.nr - 1];
		/* Who recognised it is the register's to say, not a default's. */
		if (!rc->authority)
			node_remove(e, "authority");
		/* A year that two rule sets share names no basis. */
		if (straddles_rules(&rc->date))
			node_remove(e, "basis");
	}
	if (!ret)
		ret = record_decode(r, &found);
	if (ret)
		return import_relocate(rw, r, &found, rc->group);
	diag_list_release(&found);
	return 0;
}

static void put_if_differs(struct record *r, const char *key, const char *v)
{
	const char *cur = node_get_str(r->doc.root, key);

	if (v && (!cur || strcmp(cur, v)))
		node_set_str(&r->doc, r->doc.root, key, v, STYLE_AUTO);
}

/* Set a product's key; "readiness.barcode" inside its map, made if need be. */
static void put_key(struct record *r, const char *key, const char *v)
{
	const char *dot = strchr(key, '.');
	struct node *map;
	char head[64];

	if (!dot) {
		put_if_differs(r, key, v);
		return;
	}
	snprintf(head, sizeof(head), "%.*s", (int)(dot - key), key);
	map = node_get(r->doc.root, head);
	if (!map || map->kind != NODE_MAPPING) {
		map = node_new_mapping(&r->doc);
		node_set(&r->doc, r->doc.root, head, map);
	}
	node_set_str(&r->doc, map, dot + 1, v, STYLE_AUTO);
}

/*
 * The category of a new product whose row gives none: its set's, else the
 * group row's above it ("I. THỰC PHẨM"), else --category's.  false: none.
 */
static bool default_category(struct row *rw, int set, enum ocop_category *cat)
{
	struct importer *im = rw->im;
	const char *text = im->group_category ? im->group_category :
			   im->o->default_category;
	int ignored;

	if (set) {
		*cat = rules_product_set(set)->category;
		return true;
	}
	return text && !cell_category(text, cat, &ignored, NULL);
}

/*
 * The day whose decision names the row's category: its earliest
 * recognition's.  NULL when the row gives none (a product registered
 * today).
 */
static const struct ocop_date *row_category_date(const struct recognition *recs,
						 int n)
{
	const struct ocop_date *d = NULL;
	int i;

	for (i = 0; i < n; i++)
		if (!d || date_cmp(&recs[i].date, d) < 0)
			d = &recs[i].date;
	return d;
}

/* The category_1048 the row's category cell gives its product, or NULL. */
static const char *row_category_1048(struct row *rw, const struct ocop_date *d)
{
	const char *cell = V(rw, C_CATEGORY);

	if (cell && d && rules_category_is_1048(cell) &&
	    rules_category_1048_dated(d))
		return cell;
	return NULL;
}

static int new_without_category(struct row *rw)
{
	import_row_error(rw, C_CATEGORY, 0, _("a new product needs its category"));
	diag_hint(rw->im->dl, _("add a column 'Nhóm sản phẩm' (Thực phẩm, Đồ uống, Dược liệu, …)"));
	return -1;
}

/*
 * The product's own cells: category (and set, and the 1048 name of a
 * product recognised from d before 148), set, origin, notes, readiness.
 */
static int product_cells(struct row *rw, struct record *r, bool is_new,
			 const struct ocop_date *d)
{
	struct importer *im = rw->im;
	const char *suggestion = NULL;
	enum ocop_category cat;
	enum product_origin origin;
	char num[8], *v;
	int set = 0, n, f;

	if (V(rw, C_CATEGORY)) {
		if (cell_category(V(rw, C_CATEGORY), &cat, &set, &suggestion)) {
			v = import_excerpt(V(rw, C_CATEGORY));
			import_row_error(rw, C_CATEGORY, 0, _("unknown category '%s'"), v);
			if (suggestion)
				diag_hint(im->dl, _("did you mean '%s'?"), suggestion);
			else
				diag_hint(im->dl, _("a ngành (Thực phẩm, Đồ uống, Dược liệu, Thủ công mỹ nghệ, Sinh vật cảnh, Dịch vụ du lịch, or 1–6), a nhóm or a bộ sản phẩm of 148/QĐ-TTg"));
			free(v);
			return -1;
		}
		put_if_differs(r, "category", rules_category(cat)->slug);
		record_keep_category_1048(r, V(rw, C_CATEGORY), d, NULL);
	}
	if (V(rw, C_SET)) {
		char *end;
		long l = strtol(V(rw, C_SET), &end, 10);

		if (*end || l < 1 || l > PRODUCT_SET_COUNT) {
			int s2 = 0;

			if (cell_category(V(rw, C_SET), &cat, &s2, NULL) || !s2) {
				v = import_excerpt(V(rw, C_SET));
				import_row_error(rw, C_SET, 0, _("'%s' is not a product set (1–26 or its name)"), v);
				free(v);
				return -1;
			}
			l = s2;
		}
		set = (int)l;
	}
	if (!V(rw, C_CATEGORY) && is_new && default_category(rw, set, &cat))
		put_if_differs(r, "category", rules_category(cat)->slug);
	else if (!V(rw, C_CATEGORY) && is_new)
		return new_without_category(rw);
	if (set) {
		n = snprintf(num, sizeof(num), "%d", set);
		(void)n;
		put_if_differs(r, "set", num);
	}
	if (V(rw, C_ORIGIN)) {
		if (rules_origin_parse(V(rw, C_ORIGIN), &origin, &suggestion)) {
			v = import_excerpt(V(rw, C_ORIGIN));
			import_row_error(rw, C_ORIGIN, 0, _("'%s' is not idea or existing"), v);
			free(v);
			return -1;
		}
		put_if_differs(r, "origin", rules_origin_slug(origin));
	}
	put_if_differs(r, "notes", V(rw, C_NOTES));
	for (f = C_PRODUCT_MORE; f < C_PRODUCT_MORE + MORE_COLUMNS; f++)
		if (V(rw, f))
			put_key(r, col_product_key(f), V(rw, f));
	return 0;
}

#define NEAR_EDITS 2	/* "Mạch nha" / "Mạch nhà" / "Mach nha QN": a typing apart */
#define NEAR_MIN 6	/* shorter names are too alike to compare */

static size_t least(size_t a, size_t b)
{
	return a < b ? a : b;
}

/* The edits (Levenshtein) between keys a and b, or NEAR_EDITS + 1 past that. */
static size_t edits(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, *row, diag, up, best;

	if ((la > lb ? la - lb : lb - la) > NEAR_EDITS || lb > 256)
		return NEAR_EDITS + 1;
	row = xcalloc(lb + 1, sizeof(*row));
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		diag = row[0];
		row[0] = i;
		best = row[0];
		for (j = 1; j <= lb; j++) {
			up = row[j];
			row[j] = least(least(row[j] + 1, row[j - 1] + 1),
				       diag + (a[i - 1] != b[j - 1]));
			diag = up;
			best = least(best, row[j]);
		}
		if (best > NEAR_EDITS)
			break;
	}
	best = i <= la ? NEAR_EDITS + 1 : row[lb];
	free(row);
	return best;
}

/* Do the keys hold the same numbers ("30 độ" is not "40 độ")? */
static bool same_digits(const char *a, const char *b)
{
	for (;;) {
		a += strcspn(a, "0123456789");
		b += strcspn(b, "0123456789");
		if (*a != *b)
			return false;
		if (!*a)
			return true;
		a++;
		b++;
	}
}

static int compare_owned(const void *x, const void *y)
{
	const struct owned *a = x, *b = y;
	int c = strcmp(a->producer, b->producer);

	return c ? c : (a->idx > b->idx) - (a->idx < b->idx);
}

/* The directory's products sorted by producer: made the first time a row asks. */
static void make_owned(struct import_txn *tx)
{
	size_t i;

	tx->owned_made = true;
	tx->owned = xcalloc(tx->nitem ? tx->nitem : 1, sizeof(*tx->owned));
	for (i = 0; i < tx->nitem; i++)
		if (!tx->item[i].is_new && tx->item[i].r) {
			tx->owned[tx->nowned].producer = xstrdup(txn_entry_str(&tx->item[i], "producer"));
			tx->owned[tx->nowned++].idx = i;
		}
	qsort(tx->owned, tx->nowned, sizeof(*tx->owned), compare_owned);
}

/*
 * A product of producer pid that the directory holds whose name is a
 * typing apart from key (and holds the same numbers): its index, or NONE.
 */
static size_t near_name(struct import_txn *tx, const char *pid, const char *key)
{
	size_t lo = 0, hi, i, found = NONE;

	if (strlen(key) < NEAR_MIN)
		return NONE;
	if (!tx->owned_made)
		make_owned(tx);
	hi = tx->nowned;
	while (lo < hi) {	/* the first of pid's */
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(tx->owned[mid].producer, pid) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; found == NONE && i < tx->nowned && !strcmp(tx->owned[i].producer, pid); i++) {
		const struct entry *e = &tx->item[tx->owned[i].idx];
		char *other = cell_key(txn_entry_str(e, "name"));

		if (!e->claimed && strlen(other) >= NEAR_MIN && same_digits(key, other) &&
		    edits(key, other) <= NEAR_EDITS)
			found = tx->owned[i].idx;
		free(other);
	}
	return found;
}

/*
 * A new product whose name, folded, is that of a product of another
 * producer that the directory holds (the same product under another
 * spelling of its producer, most often), or a typing apart from the name
 * of a product of its own producer.  Not added in silence: the row is
 * refused, naming it, until --match or --new says.  true when so.
 */
static bool likely_duplicate(struct row *rw, const char *pid)
{
	struct importer *im = rw->im;
	char *fkey = cell_key(V(rw, C_NAME)), *v;
	const struct entry *e;
	unsigned line = rw->src->line;
	size_t i;
	bool near = !smap_get(&im->tx.by_fname, fkey, &i);

	if (near)
		i = near_name(&im->tx, pid, fkey);
	free(fkey);
	if (i == NONE || (!near && i != AMBIGUOUS &&
			  !strcmp(txn_entry_str(&im->tx.item[i], "producer"), pid)))
		return false;
	v = import_excerpt(V(rw, C_NAME));
	if (i == AMBIGUOUS) {
		import_row_error(rw, C_NAME, 0, _("products of other producers are named '%s': the same product?"), v);
		diag_hint(im->dl, _("--match %u=ID imports the row into the product ID; --new %u adds it as another product"),
			  line, line);
		free(v);
		return true;
	}
	e = &im->tx.item[i];
	if (near)
		import_row_error(rw, C_NAME, 0, _("'%s' may be %s, '%s' of the same producer written another way: the same product?"),
				 v, txn_entry_str(e, "id"), txn_entry_str(e, "name"));
	else
		import_row_error(rw, C_NAME, 0, _("'%s' may be %s, a product of %s: the same product?"),
				 v, txn_entry_str(e, "id"), txn_entry_str(e, "producer"));
	diag_hint(im->dl, _("--match %u=%s imports the row into it; --new %u adds it as another product"),
		  line, txn_entry_str(e, "id"), line);
	free(v);
	return true;
}

/* Would refine() leave evaluation e as it is? */
static bool refines_nothing(const struct evaluation *e,
			    const struct recognition *rc)
{
	return !(!e->decision && rc->decision) &&
	       !(!e->authority && rc->authority) &&
	       (e->has_score || rc->as_of || rc->date.prec >= e->date.prec);
}

/* Does add_recognition() find rc in p, with nothing to refine? */
static bool holds_recognition(const struct product *p,
			      const struct recognition *rc)
{
	const struct evaluation *e = held_recognition(p, rc);

	return e && refines_nothing(e, rc);
}

/*
 * Does the row leave an existing product, read as its view, as it is?
 * Only when sure: each cell it gives (those product_cells() compares with
 * the view's values; a file holds an enumeration's slug) is the record's
 * value already, and each recognition one it holds with nothing to
 * refine.  Its file passed validate_record without a word when it was
 * read (e->clean), as it would at the row's check.  Then the row needs
 * no tree: a matched register does not read its files twice.
 */
static bool leaves_view(struct row *rw, const struct entry *e,
			const struct recognition *recs, int n)
{
	const struct product *p = &e->r->u.product;
	const char *suggestion;
	enum ocop_category cat;
	enum product_origin origin;
	const char *legacy;
	int set = 0, f, i;

	if (!e->clean || !txn_is_view(e) || V(rw, C_SET))
		return false;
	legacy = row_category_1048(rw, row_category_date(recs, n));
	if (legacy && (!p->category_1048 || strcmp(legacy, p->category_1048)))
		return false;
	for (f = C_PRODUCT_MORE; f < C_PRODUCT_MORE + MORE_COLUMNS; f++)
		if (V(rw, f))
			return false;
	if (V(rw, C_CATEGORY) &&
	    (cell_category(V(rw, C_CATEGORY), &cat, &set, &suggestion) ||
	     cat != p->category || (set && set != p->set)))
		return false;
	if (V(rw, C_ORIGIN) &&
	    (rules_origin_parse(V(rw, C_ORIGIN), &origin, &suggestion) ||
	     origin != p->origin))
		return false;
	if (V(rw, C_NOTES) && (!p->notes || strcmp(p->notes, V(rw, C_NOTES))))
		return false;
	for (i = 0; i < n; i++)
		if (!holds_recognition(p, &recs[i]))
			return false;
	return true;
}

/* Make or change the product a row names, of producer pid; waits in *p. */
int import_row_product(struct row *rw, const char *pid, struct pending *p)
{
	struct importer *im = rw->im;
	struct recognition recs[GROUPS];
	struct diag_list found = DIAG_LIST_INIT;
	struct record *r;
	char *key, *id;
	int n, i, group;

	if (read_recognitions(rw, recs, &n))
		return -1;
	key = p->key = txn_product_key(V(rw, C_NAME), pid);
	if (rw->match != NONE)
		p->idx = rw->match;
	else if (!smap_get(&im->tx.by_key, key, &p->idx))
		p->idx = NONE;
	if (p->idx == NONE && !rw->is_new && likely_duplicate(rw, pid))
		return -1;
	if (p->idx == AMBIGUOUS) {
		p->idx = NONE;
		return import_row_error(rw, C_NAME, 0, _("two products of this producer have this name; run 'ocop check'"));
	}
	if (p->idx != NONE) {
		struct entry *e = &im->tx.item[p->idx];

		if (e->claimed) {
			p->idx = NONE;
			return import_row_error(rw, C_NAME, 0, _("the same product as on line %u"),
					 e->claimed);
		}
		if (leaves_view(rw, e, recs, n))
			return 0;
		if (txn_tree(&im->tx, e, im->dl))
			return import_row_error(rw, C_NAME, 0, _("the product's file cannot be read again"));
		p->saved = txn_begin_change(e);
		r = e->r;
	} else {
		id = txn_new_id(&im->tx, RECORD_PRODUCT, V(rw, C_NAME));
		if (!id)
			return import_row_error(rw, C_NAME, 0, _("cannot make an id from the name"));
		r = p->fresh = txn_new_record(&im->tx, RECORD_PRODUCT, id);
		free(id);
		node_set_str(&r->doc, r->doc.root, "name", V(rw, C_NAME), STYLE_AUTO);
		node_set_str(&r->doc, r->doc.root, "producer", pid, STYLE_PLAIN);
		node_set_str(&r->doc, r->doc.root, "origin", "existing", STYLE_PLAIN);
	}
	if (product_cells(rw, r, p->fresh != NULL, row_category_date(recs, n)))
		return -1;
	if (p->fresh && !n)	/* registered today, as `product add` does */
		cycle_append(r, 2, &im->today, NULL, false);
	record_canonicalize(r);
	if (record_decode(r, &found))
		return import_relocate(rw, r, &found, 0);
	diag_list_release(&found);
	for (i = 0; i < n; i++)
		if (add_recognition(rw, r, &recs[i]))
			return -1;
	group = n ? recs[n - 1].group : 0;
	return import_check_record(rw, r, group);
}

void import_commit_product(struct row *rw, struct pending *p)
{
	struct importer *im = rw->im;
	struct import_counts *c = &im->res->rows;
	struct entry *e;
	size_t i = p->idx;

	if (p->fresh) {
		i = txn_add(&im->tx.item, &im->tx.nitem, &im->tx.aitem, p->fresh, true);
		txn_index_product(&im->tx, i, p->key);
		p->fresh = NULL;
	}
	free(p->key);
	p->key = NULL;
	e = &im->tx.item[i];
	e->used = true;
	e->claimed = e->line = rw->src->line;
	p->saved = NULL;
	if (e->is_new) {
		c->added++;
		txn_note_change(im->res, e, rw->src->line);
		txn_freeze(&im->tx, e);
	} else if (txn_entry_changed(e)) {
		c->changed++;
		txn_note_change(im->res, e, rw->src->line);
	} else {
		c->unchanged++;
		txn_untouch(e);
	}
}
