/*
 * import-producer.c — a row's producer: its cells made values, the record
 * it names found (tax code, id, name), made or changed; the change waits
 * in a struct pending until the whole row passed (import-txn.c).
 */
#include <stdlib.h>
#include <string.h>

#include "import-int.h"
#include "ocop/rules-cells.h"
#include "ocop/util.h"
#include "ocop/validate.h"

/*
 * A row's producer cells, made values: a row that names no producer
 * belongs to the one above (the merged cells of a spreadsheet export), and
 * takes the cells it leaves empty from it; the kind becomes its word, the
 * tax code loses its spaces and dots, the commune joins the address.
 */
int import_producer_values(struct row *rw)
{
	struct importer *im = rw->im;
	const char *suggestion = NULL;
	enum producer_kind kind;
	int f;

	if (im->kind == IMPORT_PRODUCTS && !V(rw, C_PRODUCER) && !V(rw, C_TAX_CODE)) {
		if (!im->have_prev || (!im->prev[C_PRODUCER] && !im->prev[C_TAX_CODE]))
			return import_row_error(rw, C_PRODUCER, 0,
					 _("no producer: the cell is empty, and no row above names one"));
		rw->inherited = true;
	}
	if (rw->inherited || (im->have_prev && V(rw, C_PRODUCER) && im->prev_pkey &&
			      !strcmp(import_row_pkey(rw), im->prev_pkey)))
		for (f = C_PRODUCER_FIRST; f <= C_PRODUCER_LAST; f++)
			if (col_fills_down(f) && !rw->v[f][0] && im->prev[f])
				rw->v[f][0] = xstrdup(im->prev[f]);
	for (f = C_PRODUCER_FIRST; f <= C_PRODUCER_LAST; f++) {
		free(im->prev[f]);
		im->prev[f] = col_fills_down(f) && rw->v[f][0] ?
			      xstrdup(rw->v[f][0]) : NULL;
	}
	free(im->prev_pkey);
	im->prev_pkey = import_row_pkey(rw) ? xstrdup(import_row_pkey(rw)) : NULL;
	im->have_prev = true;
	if (V(rw, C_TAX_CODE)) {
		char *code = cell_tax_code(V(rw, C_TAX_CODE));

		free(V(rw, C_TAX_CODE));
		V(rw, C_TAX_CODE) = code;
	}
	if (V(rw, C_KIND)) {
		if (cell_kind(V(rw, C_KIND), &kind, &suggestion)) {
			char *v = import_excerpt(V(rw, C_KIND));

			import_row_error(rw, C_KIND, 0, _("unknown kind of producer '%s'"), v);
			if (suggestion)
				diag_hint(im->dl, _("did you mean '%s'?"), suggestion);
			else
				diag_hint(im->dl, _("doanh nghiệp, hợp tác xã, tổ hợp tác, hộ kinh doanh, cơ sở sản xuất, cá nhân (or enterprise, cooperative, …)"));
			free(v);
			return -1;
		}
		free(V(rw, C_KIND));
		V(rw, C_KIND) = xstrdup(rules_kind(kind)->slug);
	}
	if (V(rw, C_COMMUNE)) {
		const char *addr = V(rw, C_ADDRESS);
		char *a = addr ? cell_key(addr) : NULL, *c = cell_key(V(rw, C_COMMUNE));

		if (!addr) {
			V(rw, C_ADDRESS) = xstrdup(V(rw, C_COMMUNE));
		} else if (!strstr(a, c)) {
			char *joined = xasprintf("%s, %s", addr, V(rw, C_COMMUNE));

			free(V(rw, C_ADDRESS));
			V(rw, C_ADDRESS) = joined;
		}
		free(a);
		free(c);
	}
	return 0;
}

/*
 * The producer a row names: by tax code, else by id, else by name (folded
 * for case, diacritics and punctuation).  *idx is NONE for a new one.
 */
static int find_producer(struct row *rw, size_t *idx, bool *by_tax)
{
	struct importer *im = rw->im;
	const char *name = V(rw, C_PRODUCER), *tax = V(rw, C_TAX_CODE);
	size_t i = NONE;

	*by_tax = false;
	*idx = NONE;
	if (tax && smap_get(&im->tx.by_tax, tax, &i)) {
		if (i == AMBIGUOUS)
			return import_row_error(rw, C_TAX_CODE, 0,
					 _("two producers have the tax code %s; run 'ocop check'"), tax);
		*by_tax = true;
		*idx = i;
		return 0;
	}
	if (name && record_id_valid(name) && smap_get(&im->tx.by_pid, name, &i)) {
		*idx = i;
	} else if (name) {
		if (!smap_get(&im->tx.by_pname, import_row_pkey(rw), &i))
			i = NONE;
		if (i == AMBIGUOUS) {
			char *v = import_excerpt(name);

			import_row_error(rw, C_PRODUCER, 0, _("two producers are named '%s'"), v);
			diag_hint(im->dl, _("give the tax code, or the producer's id, in this cell"));
			free(v);
			return -1;
		}
		*idx = i;
	}
	if (*idx != NONE && tax) {
		const char *has = txn_producer_tax(&im->tx.prod[*idx]);

		if (has) {
			char *code = cell_tax_code(has);
			int differs = strcmp(code, tax);

			free(code);
			if (differs)
				return import_row_error(rw, C_TAX_CODE, 0,
						 _("'%s' has the tax code %s, not %s"),
						 txn_entry_str(&im->tx.prod[*idx], "id"), has, tax);
		}
	}
	return 0;
}

/* The producer's values a row gives that differ from the record's. */
static int producer_conflicts(struct row *rw, struct entry *e, bool rename,
			      bool *changes)
{
	int f, ret = 0;

	*changes = rename;
	for (f = C_KIND; f <= C_PRODUCER_LAST; f++) {
		const char *v = rw->v[f][0], *cur;

		if (!col_producer_key(f))
			continue;
		cur = txn_producer_value(e, f);
		if (!v || (cur && !strcmp(cur, v)))
			continue;
		if (e->pv && e->pv->given_by[f] && e->pv->given_by[f] != rw->src->line) {
			char *a = import_excerpt(v), *b = import_excerpt(cur ? cur : "");

			if (f == C_ADDRESS || f == C_OLD_ADDRESS) {
				/* One producer spelled two ways: the first is kept. */
				import_row_warn(rw, f, 0, _("'%s' differs from '%s', given for this producer on line %u, which is kept"),
						a, b, e->pv->given_by[f]);
				diag_hint(rw->im->dl, _("check which is right; 'ocop producer set %s %s=…' changes it"),
					  txn_entry_str(e, "id"), col_producer_key(f));
				free(rw->v[f][0]);
				rw->v[f][0] = NULL;
			} else {
				ret = import_row_error(rw, f, 0, _("'%s' differs from '%s', given for this producer on line %u"),
						a, b, e->pv->given_by[f]);
			}
			free(a);
			free(b);
			continue;
		}
		*changes = true;
	}
	return ret;
}

static void put_producer_values(struct row *rw, struct record *r)
{
	const char *key;
	int f;

	for (f = C_KIND; f <= C_PRODUCER_LAST; f++)
		if (rw->v[f][0] && (key = col_producer_key(f)))
			node_set_str(&r->doc, r->doc.root, key, rw->v[f][0],
				     STYLE_AUTO);
}

/*
 * Does the row give an existing producer, read as its view, only the
 * values it holds?  Then nothing changes and no message is due (see
 * producer_conflicts), and its file is not read again for its tree.
 * false when unsure: a value the view does not hold.
 */
static bool row_agrees_with_view(struct row *rw, const struct entry *e)
{
	bool known;
	int f;

	for (f = C_KIND; f <= C_PRODUCER_LAST; f++) {
		const char *v = rw->v[f][0], *cur;

		if (!v || !col_producer_key(f))
			continue;
		cur = txn_view_producer_value(e, f, &known);
		if (!known || !cur || strcmp(cur, v))
			return false;
	}
	return true;
}

/* Make or change the producer a row names; the change waits in *p. */
int import_row_producer(struct row *rw, struct pending *p)
{
	struct importer *im = rw->im;
	const char *name = V(rw, C_PRODUCER);
	enum producer_kind kind;
	bool by_tax, changes, rename;
	struct entry *e;
	char *id;

	if (find_producer(rw, &p->idx, &by_tax))
		return -1;
	if (p->idx != NONE) {
		e = &im->tx.prod[p->idx];
		rename = by_tax && name && strcmp(import_row_pkey(rw), e->nkey);
		if (!rename && txn_is_view(e) && row_agrees_with_view(rw, e))
			return 0;
		if (txn_tree(&im->tx, e, im->dl))
			return import_row_error(rw, C_PRODUCER, 0, _("the producer's file cannot be read again"));
		if (producer_conflicts(rw, e, rename, &changes))
			return -1;
		if (!changes)
			return 0;
		if (e->is_new)
			txn_thaw(&im->tx, e);
		p->saved = e->is_new ? e->r->doc.root : txn_begin_change(e);
		if (e->is_new)
			e->r->doc.root = node_copy(&e->r->doc, p->saved);
		if (rename)
			node_set_str(&e->r->doc, e->r->doc.root, "name", name, STYLE_AUTO);
		p->renamed = rename;
		put_producer_values(rw, e->r);
		return import_check_record(rw, e->r, 0);
	}
	if (!name)
		return import_row_error(rw, C_TAX_CODE, 0,
				 _("no producer has the tax code %s, and the row gives no name for a new one"),
				 V(rw, C_TAX_CODE));
	if (!V(rw, C_KIND) && im->default_kind &&
	    cell_kind_from_name(name, &kind)) {
		V(rw, C_KIND) = xstrdup(im->default_kind);	/* --kind */
	} else if (!V(rw, C_KIND)) {
		/* Never invented: kept unknown, for the officer to find. */
		if (cell_kind_from_name(name, &kind)) {
			char *v = import_excerpt(name);

			import_row_warn(rw, C_PRODUCER, 0, _("cannot tell what kind of producer '%s' is from its name: kept as kind: unknown"), v);
			diag_hint(im->dl, _("set it once known (ocop producer set ID kind=…), or give a column 'Loại hình' or --kind"));
			free(v);
			kind = KIND_UNKNOWN;
		}
		V(rw, C_KIND) = xstrdup(record_kind_slug(kind));
	}
	id = txn_new_id(&im->tx, RECORD_PRODUCER, name);
	if (!id)
		return import_row_error(rw, C_PRODUCER, 0, _("cannot make an id from the name"));
	p->fresh = txn_new_record(&im->tx, RECORD_PRODUCER, id);
	free(id);
	node_set_str(&p->fresh->doc, p->fresh->doc.root, "name", name, STYLE_AUTO);
	put_producer_values(rw, p->fresh);
	return import_check_record(rw, p->fresh, 0);
}

/* The row passed: its producer is kept. Returns the entry's index. */
size_t import_commit_producer(struct row *rw, struct pending *p)
{
	struct importer *im = rw->im;
	struct entry *e;
	size_t i = p->idx;
	int f;

	if (p->fresh) {
		i = txn_add(&im->tx.prod, &im->tx.nprod, &im->tx.aprod, p->fresh, true);
		txn_index_producer(&im->tx, i, import_row_pkey(rw));
		p->fresh = NULL;
	}
	e = &im->tx.prod[i];
	if (p->renamed) {	/* not indexed by it: as it was */
		free(e->nkey);
		e->nkey = xstrdup(import_row_pkey(rw));
	}
	/* A tax code a row gives a known producer finds it from now on, or a
	 * later row with that code would make a second producer. */
	txn_index_put(&im->tx.by_tax, V(rw, C_TAX_CODE), i);
	e->used = true;
	if (!e->line)
		e->line = rw->src->line;
	for (f = C_KIND; f <= C_PRODUCER_LAST; f++)
		if (col_producer_key(f) && rw->v[f][0] &&
		    !txn_producer_values(e)->given_by[f])
			e->pv->given_by[f] = rw->src->line;
	p->saved = NULL;
	if (e->is_new && e->r)
		txn_freeze(&im->tx, e);
	else
		txn_untouch(e);
	return i;
}
