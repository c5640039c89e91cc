/*
 * record-view.c — the one list from a producer's, a product's or an
 * office's schema keys to their typed view's fields, for both ways a
 * record is read: the tree's (record_decode, after its checks:
 * record_view_decode below walks the checked mapping) and the events'
 * (record-stream.c, with no tree).
 * A field added to the view is added here once, and both read it alike
 * (test_stream.c compares them).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/record.h"
#include "ocop/util.h"
#include "record-int.h"

/* --- from a key to the view -------------------------------------------------- */

/* A string of the view: copied into to, or v itself when to is NULL. */
static const char *keep(struct node_doc *to, const char *v, size_t len)
{
	if (!len)
		return NULL;
	return to ? node_strndup(to, v, len) : v;
}

static int int_value(const char *v)
{
	return (int)strtol(v, NULL, 10);
}

static int enum_value(const struct field *f, const char *v)
{
	return record_enum_index(f, v);
}

/* A date as the tree path's views read one: partial dates too. */
static bool date_value(const char *v, struct ocop_date *d)
{
	return !date_parse_iso(v, true, d);
}

/*
 * Is f the row of key?  The same literal is one string once linked (the
 * schema's "name" is this file's "name": ld merges equal strings), so a
 * pointer that matches mostly settles it, with no strcmp; when it does
 * not, the first two bytes first: most keys tried are not it.  (key[1]
 * is there: key is never empty, and f->key[1] is there when the first
 * bytes match.)
 */
static bool is(const struct field *f, const char *key)
{
	return f->key == key ||
	       (f->key[0] == key[0] && f->key[1] == key[1] &&
		!strcmp(f->key, key));
}

static bool put_office(struct node_doc *to, struct office *o,
		       const struct field *f, const char *v, size_t len)
{
	if (is(f, "ward"))
		o->ward = keep(to, v, len);
	else if (is(f, "province"))
		o->province = keep(to, v, len);
	else if (is(f, "unit"))
		o->unit = (enum office_unit)(office_unit_parse(v) + 1);
	else if (is(f, "unit_code"))
		o->unit_code = keep(to, v, len);
	else if (is(f, "authority"))
		o->authority = keep(to, v, len);
	else if (is(f, "department"))
		o->department = keep(to, v, len);
	else if (is(f, "place"))
		o->place = keep(to, v, len);
	else if (is(f, "signer"))
		o->signer = keep(to, v, len);
	else if (is(f, "signer_title"))
		o->signer_title = keep(to, v, len);
	else if (is(f, "sign_for"))
		o->sign_for = keep(to, v, len);
	else if (is(f, "recipients"))
		o->recipients = keep(to, v, len);
	else if (is(f, "lang"))
		o->lang = keep(to, v, len);
	else if (is(f, "git"))
		o->git_commit = !strcmp(v, "commit");
	else if (is(f, "catalogue_url"))
		o->catalogue_url = keep(to, v, len);
	else if (is(f, "gs1_resolver"))
		o->gs1_resolver = keep(to, v, len);
	else if (!is(f, "notes"))	/* not in the view */
		return false;
	return true;
}

static bool put_target(struct target *t, const struct field *f, const char *v)
{
	if (is(f, "year"))
		t->year = int_value(v);
	else if (is(f, "new_products_min"))
		t->new_products_min = int_value(v);
	else if (is(f, "new_products_max"))
		t->new_products_max = int_value(v);
	else if (is(f, "trained_percent"))
		t->trained_percent = int_value(v);
	else if (is(f, "fairs_min"))
		t->fairs_min = int_value(v);
	else if (is(f, "fairs_max"))
		t->fairs_max = int_value(v);
	else
		return false;
	return true;
}

bool record_view_put(struct node_doc *to, enum view_kind kind, void *obj,
		const struct field *f, const char *v, size_t len)
{
	switch (kind) {
	case VIEW_PRODUCER: {
		struct producer *p = obj;

		if (is(f, "id"))
			p->id = keep(to, v, len);
		else if (is(f, "name"))
			p->name = keep(to, v, len);
		else if (is(f, "kind"))
			p->kind = (enum producer_kind)(enum_value(f, v) + 1);
		else if (is(f, "tax_code"))
			p->tax_code = keep(to, v, len);
		else if (is(f, "representative"))
			p->representative = keep(to, v, len);
		else if (is(f, "phone"))
			p->phone = keep(to, v, len);
		else if (is(f, "address"))
			p->address = keep(to, v, len);
		else if (is(f, "old_address"))
			p->old_address = keep(to, v, len);
		else if (is(f, "notes"))
			p->notes = keep(to, v, len);
		else
			return false;
		return true;
	}
	case VIEW_TRAINING: {
		struct training *t = obj;

		if (is(f, "date"))
			date_value(v, &t->date);
		else if (is(f, "course"))
			t->course = keep(to, v, len);
		else
			return false;
		return true;
	}
	case VIEW_PRODUCT: {
		struct product *p = obj;

		if (is(f, "id"))
			p->id = keep(to, v, len);
		else if (is(f, "name"))
			p->name = keep(to, v, len);
		else if (is(f, "producer"))
			p->producer = keep(to, v, len);
		else if (is(f, "category"))
			p->category = (enum ocop_category)(enum_value(f, v) + 1);
		else if (is(f, "category_1048"))
			p->category_1048 = keep(to, v, len);
		else if (is(f, "set"))
			p->set = int_value(v);
		else if (is(f, "origin"))
			p->origin = (enum product_origin)(enum_value(f, v) + 1);
		else if (is(f, "notes"))
			p->notes = keep(to, v, len);
		else
			return false;
		return true;
	}
	case VIEW_CYCLE: {
		struct cycle_entry *c = obj;

		if (is(f, "step"))
			c->step = int_value(v);
		else if (is(f, "date"))
			date_value(v, &c->date);
		else if (is(f, "note"))
			c->note = keep(to, v, len);
		else if (is(f, "rejected"))
			c->rejected = !strcmp(v, "true");
		else
			return false;
		return true;
	}
	case VIEW_EVALUATION: {
		struct evaluation *e = obj;

		if (is(f, "level"))
			e->level = (enum eval_level)enum_value(f, v);
		else if (is(f, "date"))
			date_value(v, &e->date);
		else if (is(f, "as_of"))
			e->as_of = int_value(v);
		else if (is(f, "report"))
			e->report = keep(to, v, len);
		else if (is(f, "basis"))
			e->basis = keep(to, v, len);
		else if (is(f, "stars"))
			e->stars = int_value(v);
		else if (is(f, "decision"))
			e->decision = keep(to, v, len);
		else if (is(f, "authority"))
			e->authority = keep(to, v, len);
		else if (is(f, "expires"))
			e->has_expires = date_value(v, &e->expires);
		else if (is(f, "revoked"))
			e->revoked = date_value(v, &e->revoked_date);
		else if (is(f, "revoke_decision"))
			e->revoke_decision = keep(to, v, len);
		else if (is(f, "note"))
			e->note = keep(to, v, len);
		else
			return false;
		return true;
	}
	case VIEW_CRITERIA: {
		struct evaluation *e = obj;
		int i;

		for (i = 0; i < CRITERIA_COUNT; i++)
			if (!strcmp(f->key, criterion_slug(i))) {
				e->criteria[i] = (enum criterion_result)
					(enum_value(f, v) + 1);
				return true;
			}
		return false;
	}
	case VIEW_SCORE: {
		struct evaluation *e = obj;
		size_t i;

		for (i = 0; i < 3; i++)
			if (&record_score_schema.fields[i] == f)
				return !decimal_parse(v, &e->score[i]);
		return false;
	}
	case VIEW_PROMOTION: {
		struct promotion *p = obj;

		if (is(f, "date"))
			date_value(v, &p->date);
		else if (is(f, "kind"))
			p->kind = keep(to, v, len);
		else if (is(f, "name"))
			p->name = keep(to, v, len);
		else if (!is(f, "note"))	/* not in the view */
			return false;
		return true;
	}
	case VIEW_READINESS: {
		struct readiness *rd = obj;

		if (is(f, "barcode"))
			rd->barcode = keep(to, v, len);
		else if (is(f, "trademark"))
			rd->trademark = keep(to, v, len);
		else if (is(f, "traceability"))
			rd->traceability = !strcmp(v, "true");
		else if (is(f, "quality_declaration"))
			rd->quality_declaration = !strcmp(v, "true");
		else if (is(f, "food_safety"))
			rd->food_safety = !strcmp(v, "true");
		else
			return false;
		return true;
	}
	case VIEW_OFFICE:
		return put_office(to, obj, f, v, len);
	case VIEW_FORMER: {
		struct former_unit *u = obj;

		if (is(f, "name"))
			u->name = keep(to, v, len);
		else if (is(f, "unit_code"))
			u->unit_code = keep(to, v, len);
		else
			return false;
		return true;
	}
	case VIEW_TARGET:
		return put_target(obj, f, v);
	case VIEW_SITE_FIELDS: {
		struct office *o = obj;
		size_t i;

		for (i = 0; i < record_site_fields_schema.nr; i++)
			if (&record_site_fields_schema.fields[i] == f) {
				if (!strcmp(v, "true"))
					o->site_fields |= 1u << i;
				return true;
			}
		return false;
	}
	case VIEW_WARD_REF: {
		struct ward_ref *w = obj;

		if (is(f, "name"))
			w->name = keep(to, v, len);
		else if (is(f, "path"))
			w->path = keep(to, v, len);
		else
			return false;
		return true;
	}
	case VIEW_NONE:
		return true;	/* checked, not kept */
	}
	return false;
}

int record_view_list(enum view_kind parent, const struct field *f,
		     size_t *size)
{
	*size = 1;
	if (parent == VIEW_PRODUCER && is(f, "training")) {
		*size = sizeof(struct training);
		return VIEW_TRAINING;
	}
	if (parent == VIEW_PRODUCT && is(f, "cycle")) {
		*size = sizeof(struct cycle_entry);
		return VIEW_CYCLE;
	}
	if (parent == VIEW_PRODUCT && is(f, "evaluations")) {
		*size = sizeof(struct evaluation);
		return VIEW_EVALUATION;
	}
	if (parent == VIEW_PRODUCT && is(f, "promotion")) {
		*size = sizeof(struct promotion);
		return VIEW_PROMOTION;
	}
	if (parent == VIEW_EVALUATION && is(f, "members"))
		return VIEW_NONE;	/* the view keeps the average, score */
	if (parent == VIEW_OFFICE && is(f, "formerly")) {
		*size = sizeof(struct former_unit);
		return VIEW_FORMER;
	}
	if (parent == VIEW_OFFICE && is(f, "targets")) {
		*size = sizeof(struct target);
		return VIEW_TARGET;
	}
	if (parent == VIEW_OFFICE && is(f, "wards")) {
		*size = sizeof(struct ward_ref);
		return VIEW_WARD_REF;
	}
	return -1;
}

static void put_office_list(struct office *o, const struct field *f,
			    void *items, size_t n)
{
	if (is(f, "formerly")) {
		o->formerly = items;
		o->nformerly = n;
	} else if (is(f, "targets")) {
		o->targets = items;
		o->ntargets = n;
	} else if (is(f, "wards")) {
		o->wards = items;
		o->nwards = n;
	}
}

void record_view_put_list(enum view_kind parent, void *obj,
			  const struct field *f, void *items, size_t n)
{
	if (parent == VIEW_PRODUCER) {
		struct producer *p = obj;

		p->training = items;
		p->ntraining = n;
	} else if (parent == VIEW_PRODUCT && is(f, "cycle")) {
		((struct product *)obj)->cycle = items;
		((struct product *)obj)->ncycle = n;
	} else if (parent == VIEW_PRODUCT && is(f, "evaluations")) {
		((struct product *)obj)->evals = items;
		((struct product *)obj)->nevals = n;
	} else if (parent == VIEW_PRODUCT && is(f, "promotion")) {
		((struct product *)obj)->promos = items;
		((struct product *)obj)->npromos = n;
	} else if (parent == VIEW_OFFICE) {
		put_office_list(obj, f, items, n);
	}
}

int record_view_map(enum view_kind parent, void *obj, const struct field *f,
		    void **sub)
{
	*sub = obj;
	if (parent == VIEW_PRODUCT && is(f, "readiness")) {
		*sub = &((struct product *)obj)->readiness;
		return VIEW_READINESS;
	}
	if (parent == VIEW_EVALUATION && is(f, "criteria"))
		return VIEW_CRITERIA;
	if (parent == VIEW_OFFICE && is(f, "site_fields"))
		return VIEW_SITE_FIELDS;	/* bits of the office's site_fields */
	if (parent == VIEW_EVALUATION && is(f, "score")) {
		((struct evaluation *)obj)->has_score = true;
		return VIEW_SCORE;
	}
	return -1;
}

void record_view_start(enum view_kind kind, void *obj)
{
	struct readiness *rd;

	if (kind == VIEW_PRODUCT) {
		rd = &((struct product *)obj)->readiness;
		rd->traceability = rd->quality_declaration = rd->food_safety = -1;
	} else if (kind == VIEW_EVALUATION) {
		/* no level: not a word of the schema's (read after errors) */
		((struct evaluation *)obj)->level = (enum eval_level)-1;
	}
}

void record_view_finish(enum view_kind kind, void *obj)
{
	struct evaluation *e = obj;

	/* A recognition in force as of a year stands at that year. */
	if (kind == VIEW_EVALUATION && !e->date.year && e->as_of)
		e->date = (struct ocop_date){ e->as_of, 1, 1, DATE_YEAR };
}

/* --- the tree's way ---------------------------------------------------------- */

static void walk_map(struct node_doc *doc, const struct schema *s,
		     enum view_kind kind, void *obj, const struct node *map);

/* The tree node an item's view points at, for diagnostics. */
static void item_node(enum view_kind kind, void *item, const struct node *n)
{
	if (kind == VIEW_EVALUATION)
		((struct evaluation *)item)->node = n;
	else if (kind == VIEW_CYCLE)
		((struct cycle_entry *)item)->node = n;
}

/* Every item counts, a mapping or not, as list_of counted them. */
static void walk_list(struct node_doc *doc, enum view_kind parent, void *obj,
		      const struct field *f, const struct node *seq)
{
	size_t size, i, n = seq->u.seq.nr;
	char *items;
	int k = record_view_list(parent, f, &size);

	if (k <= VIEW_NONE)	/* not in the view, or not a list of it */
		return;
	items = node_alloc(doc, n * size);
	if (n)
		memset(items, 0, n * size);
	for (i = 0; i < n; i++) {
		item_node((enum view_kind)k, items + i * size, seq->u.seq.items[i]);
		walk_map(doc, f->sub, (enum view_kind)k, items + i * size,
			 seq->u.seq.items[i]);
	}
	record_view_put_list(parent, obj, f, items, n);
}

/*
 * A value of the kind its field wants into the view; one of another kind
 * (a record decoded after errors) is passed over, as the tree's readers
 * (str_or_null, list_of) passed it over.  An empty scalar is unset.
 */
static void walk_value(struct node_doc *doc, enum view_kind kind, void *obj,
		       const struct field *f, const struct node *v)
{
	void *sub;
	int k;

	switch (v->kind) {
	case NODE_SCALAR:
		if (f->type == FT_MAP || f->type == FT_LIST ||
		    f->type == FT_ID_LIST || !*v->u.scalar.value)
			return;
		/* the tree's strings outlive its view: no copy */
		record_view_put(NULL, kind, obj, f, v->u.scalar.value,
				v->u.scalar.len);
		return;
	case NODE_MAPPING:
		if (f->type != FT_MAP)
			return;
		k = record_view_map(kind, obj, f, &sub);
		if (k >= 0)
			walk_map(doc, f->sub, (enum view_kind)k, sub, v);
		return;
	case NODE_SEQUENCE:
		if (f->type == FT_LIST)
			walk_list(doc, kind, obj, f, v);
		return;
	}
}

/*
 * A mapping's pairs in the file's order, each key by its schema row; the
 * first of a duplicate key wins, as node_get found it.  Unknown keys are
 * passed over: the checker warned about them.
 */
static void walk_map(struct node_doc *doc, const struct schema *s,
		     enum view_kind kind, void *obj, const struct node *map)
{
	uint64_t seen = 0, bit;
	const struct field *f;
	size_t i, row;

	record_view_start(kind, obj);
	for (i = 0; map && map->kind == NODE_MAPPING && i < map->u.map.nr; i++) {
		const struct node_pair *p = &map->u.map.pairs[i];

		f = schema_field(s, p->key->u.scalar.value);
		if (!f)
			continue;
		row = (size_t)(f - s->fields);
		bit = row < 64 ? (uint64_t)1 << row : 0;
		if (seen & bit)
			continue;
		seen |= bit;
		walk_value(doc, kind, obj, f, p->value);
	}
	record_view_finish(kind, obj);
}

void record_view_decode(struct record *r)
{
	memset(&r->u, 0, sizeof(r->u));
	if (r->type == RECORD_PRODUCER)
		walk_map(&r->doc, &record_producer_schema, VIEW_PRODUCER,
			 &r->u.producer, r->doc.root);
	else if (r->type == RECORD_PRODUCT)
		walk_map(&r->doc, &record_product_schema, VIEW_PRODUCT,
			 &r->u.product, r->doc.root);
	else if (r->type == RECORD_OFFICE)
		walk_map(&r->doc, record_schema(RECORD_OFFICE), VIEW_OFFICE,
			 &r->u.office, r->doc.root);
	else
		BUG("record_view_decode of a record with no such view");
}
