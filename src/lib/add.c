/* add.c — new producers and products (see add.h). */
#include <stdlib.h>

#include "ocop/add.h"
#include "ocop/cycle.h"
#include "ocop/edit.h"
#include "ocop/rules.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/typed.h"

/*
 * A new record's tree: an id (its key first; the value comes last) and
 * the name typed, in NFC.  Returns that name (allocated), or NULL (dl)
 * with r untouched.
 */
static char *new_record(struct record *r, enum record_type type,
			const char *typed, struct diag_list *dl)
{
	char *name = text_nfc(typed);

	if (!name) {
		diag_error(dl, NULL, 0, 0, _("the name is not valid UTF-8"));
		return NULL;
	}
	record_init(r, type, NULL);
	r->doc.root = node_new_mapping(&r->doc);
	node_set_str(&r->doc, r->doc.root, "id", "", STYLE_PLAIN);
	node_set_str(&r->doc, r->doc.root, "name", name, STYLE_AUTO);
	return name;
}

/* Put a value typed on the command line, parsed per its field; none when text is NULL. */
static int put_value(struct record *r, const char *key, const char *text,
		     struct diag_list *dl)
{
	const struct field *f = schema_field(record_schema(r->type), key);
	char *value;

	if (!text)
		return 0;
	if (f->type == FT_ID_LIST) {
		struct node *ids = record_parse_ids(&r->doc, f, text, dl);

		if (ids)
			node_set(&r->doc, r->doc.root, key, ids);
		return ids ? 0 : -1;
	}
	value = field_parse_cli(f, text, dl);
	if (!value)
		return -1;
	node_set_str(&r->doc, r->doc.root, key, value, STYLE_AUTO);
	free(value);
	return 0;
}

/* The one write of both: the record takes its id and its file's path. */
static int write_new(struct store *s, struct record *r, const char *id,
		     struct diag_list *dl)
{
	node_set_str(&r->doc, r->doc.root, "id", id, STYLE_PLAIN);
	free(r->path);
	r->path = store_path(s, r->type, id);
	return edit_write(s, r, dl);
}

char *add_producer(struct store *s, const struct producer_input *in,
		   struct diag_list *dl)
{
	struct record r;
	char *name = new_record(&r, RECORD_PRODUCER, in->name, dl), *id = NULL;
	int bad = 0;

	if (!name)
		return NULL;
	id = edit_new_id(s, RECORD_PRODUCER, name, in->id, dl);
	if (!id)
		goto out;
	bad |= put_value(&r, "kind", in->kind, dl);
	bad |= put_value(&r, "tax_code", in->tax_code, dl);
	bad |= put_value(&r, "representative", in->representative, dl);
	bad |= put_value(&r, "phone", in->phone, dl);
	bad |= put_value(&r, "address", in->address, dl);
	bad |= put_value(&r, "old_address", in->old_address, dl);
	if (bad || write_new(s, &r, id, dl)) {
		free(id);
		id = NULL;
	}
out:
	record_release(&r);
	free(name);
	return id;
}

/* The cycle's first entry: the step given (the idea registered by default), on the day given. */
static int first_cycle_entry(struct record *r, const char *step_text,
			     const char *date_text, struct diag_list *dl)
{
	struct ocop_date date;
	int step = STEP_REGISTER;

	if (step_text && typed_step(step_text, "--step", &step, dl))
		return -1;
	if (typed_date(date_text, "--date", false, &date, dl))
		return -1;
	cycle_append(r, step, &date, NULL, false);
	return 0;
}

/* The producer named must exist; its errors suggest the id of one typed by name. */
static int put_producer(struct store *s, struct record *r, const char *producer,
			struct diag_list *dl)
{
	struct record owner;
	int ret = store_read(s, RECORD_PRODUCER, producer, &owner, dl);

	record_release(&owner);
	if (!ret)
		node_set_str(&r->doc, r->doc.root, "producer", producer, STYLE_AUTO);
	return ret;
}

/* A 1048 name for a product whose first step is dated before 148. */
static int keep_category_1048(struct record *r, const struct product_input *in,
			      struct diag_list *dl)
{
	struct ocop_date d;

	if (!in->category || !in->date || !rules_category_is_1048(in->category))
		return 0;
	if (typed_date(in->date, "--date", false, &d, dl))
		return -1;
	record_keep_category_1048(r, in->category, &d, dl);
	return 0;
}

char *add_product(struct store *s, const struct product_input *in,
		  struct diag_list *dl)
{
	struct record r;
	char *name = new_record(&r, RECORD_PRODUCT, in->name, dl), *id = NULL;
	int bad = 0;

	if (!name)
		return NULL;
	/* Check what was typed first: a wrong word costs no lookup. */
	bad |= put_value(&r, "category", in->category, dl);
	bad |= put_value(&r, "set", in->set, dl);
	bad |= put_value(&r, "origin", in->origin ? in->origin : "existing", dl);
	bad |= first_cycle_entry(&r, in->step, in->date, dl);
	if (!bad)
		bad |= keep_category_1048(&r, in, dl);
	if (bad || put_producer(s, &r, in->producer, dl))
		goto out;
	id = edit_new_id(s, RECORD_PRODUCT, name, in->id, dl);
	if (id && write_new(s, &r, id, dl)) {
		free(id);
		id = NULL;
	}
out:
	record_release(&r);
	free(name);
	return id;
}

char *add_event(struct store *s, const struct event_input *in,
		struct diag_list *dl)
{
	struct record r;
	char *name = new_record(&r, RECORD_EVENT, in->name, dl), *id = NULL;
	char *dated = NULL;
	int bad = 0;

	if (!name)
		return NULL;
	bad |= put_value(&r, "kind", in->kind, dl);
	bad |= put_value(&r, "date", in->date, dl);
	bad |= put_value(&r, "until", in->until, dl);
	bad |= put_value(&r, "place", in->place, dl);
	bad |= put_value(&r, "organiser", in->organiser, dl);
	bad |= put_value(&r, "producers", in->producers, dl);
	bad |= put_value(&r, "products", in->products, dl);
	bad |= put_value(&r, "hours", in->hours, dl);
	if (bad)
		goto out;
	/* Events are found by day: "2025-03-10-tap-huan-ocop". */
	dated = xasprintf("%s %s", node_get_str(r.doc.root, "date"), name);
	id = edit_new_id(s, RECORD_EVENT, dated, in->id, dl);
	if (id && write_new(s, &r, id, dl)) {
		free(id);
		id = NULL;
	}
out:
	free(dated);
	record_release(&r);
	free(name);
	return id;
}
