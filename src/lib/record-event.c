/*
 * record-event.c — the typed views of events (events/ID.yaml) and of a
 * product's listings and documents, and the lists of ids typed on the
 * command line: record.c's, in a file of their own (record-int.h).
 */
#include <stdlib.h>
#include <string.h>

#include "ocop/dossier.h"
#include "ocop/record.h"
#include "ocop/sha256.h"
#include "ocop/util.h"
#include "record-int.h"

/* A document's kind: a slug of dossier.h's table. */
const char *record_doc_word(int i)
{
	const struct dossier_kind *k = i >= 0 ? dossier_kind_at((size_t)i) : NULL;

	return k ? k->slug : NULL;
}

int record_doc_parse(const char *text, const char **suggestion)
{
	const struct dossier_kind *k = dossier_kind_find(text, suggestion);

	return k ? (int)(k - dossier_kind_at(0)) : -1;
}

/* A file's SHA-256, as `ocop doc add` writes it. */
const char *record_check_sha256(const char *v)
{
	if (strlen(v) != SHA256_HEX_LEN || strspn(v, "0123456789abcdef") != SHA256_HEX_LEN)
		return N_("a SHA-256 is 64 lower-case hexadecimal digits");
	return NULL;
}

/* An FT_ID_LIST's ids, in the record's arena. */
static const char **ids_of(struct node_doc *doc, const struct node *map,
			   const char *key, size_t *n)
{
	const struct node *const *items;
	const char **ids;
	size_t i;

	*n = record_list(map, key, &items);
	ids = node_alloc(doc, *n * sizeof(*ids));
	for (i = 0; i < *n; i++)
		ids[i] = items[i]->u.scalar.value;
	return ids;
}

static long decimal_of(const struct node *map, const char *key)
{
	const char *v = record_str(map, key);
	long h;

	return v && !decimal_parse(v, &h) ? h : -1;
}

void record_decode_event(struct record *r)
{
	struct event *e = &r->u.event;
	const struct node *root = r->doc.root;

	e->id = record_str(root, "id");
	e->kind = record_str(root, "kind");
	e->name = record_str(root, "name");
	record_date(root, "date", &e->date);
	e->has_until = record_date(root, "until", &e->until);
	e->place = record_str(root, "place");
	e->organiser = record_str(root, "organiser");
	e->producers = ids_of(&r->doc, root, "producers", &e->nproducers);
	e->products = ids_of(&r->doc, root, "products", &e->nproducts);
	e->hours = decimal_of(root, "hours");
	e->notes = record_str(root, "notes");
}

void record_decode_documents(struct record *r, struct product *p)
{
	const struct node *const *items;
	size_t i;

	p->nlistings = record_list(r->doc.root, "listings", &items);
	p->listings = node_alloc(&r->doc, p->nlistings * sizeof(*p->listings));
	for (i = 0; i < p->nlistings; i++) {
		p->listings[i].platform = record_str(items[i], "platform");
		p->listings[i].url = record_str(items[i], "url");
		p->listings[i].has_since = record_date(items[i], "since",
						   &p->listings[i].since);
	}
	p->ndocs = record_list(r->doc.root, "documents", &items);
	p->docs = node_alloc(&r->doc, p->ndocs * sizeof(*p->docs));
	for (i = 0; i < p->ndocs; i++) {
		struct document *d = &p->docs[i];
		const char *size = record_str(items[i], "size");

		d->kind = record_str(items[i], "kind");
		d->number = record_str(items[i], "number");
		d->has_date = record_date(items[i], "date", &d->date);
		d->has_expires = record_date(items[i], "expires", &d->expires);
		d->issuer = record_str(items[i], "issuer");
		d->file = record_str(items[i], "file");
		d->size = size ? strtol(size, NULL, 10) : -1;
		d->sha256 = record_str(items[i], "sha256");
	}
}

void record_keep_documents(struct node_doc *to, struct product *p)
{
	size_t i;

	p->listings = record_keep_array(to, p->listings, p->nlistings * sizeof(*p->listings));
	for (i = 0; i < p->nlistings; i++) {
		p->listings[i].platform = record_keep_str(to, p->listings[i].platform);
		p->listings[i].url = record_keep_str(to, p->listings[i].url);
	}
	p->docs = record_keep_array(to, p->docs, p->ndocs * sizeof(*p->docs));
	for (i = 0; i < p->ndocs; i++) {
		struct document *d = &p->docs[i];

		d->kind = record_keep_str(to, d->kind);
		d->number = record_keep_str(to, d->number);
		d->issuer = record_keep_str(to, d->issuer);
		d->file = record_keep_str(to, d->file);
		d->sha256 = record_keep_str(to, d->sha256);
	}
}

static const char **keep_ids(struct node_doc *to, const char **ids, size_t n)
{
	const char **kept = record_keep_array(to, ids, n * sizeof(*ids));
	size_t i;

	for (i = 0; i < n; i++)
		kept[i] = record_keep_str(to, ids[i]);
	return kept;
}

void record_keep_event(struct node_doc *to, struct event *e)
{
	e->id = record_keep_str(to, e->id);
	e->kind = record_keep_str(to, e->kind);
	e->name = record_keep_str(to, e->name);
	e->place = record_keep_str(to, e->place);
	e->organiser = record_keep_str(to, e->organiser);
	e->notes = record_keep_str(to, e->notes);
	e->producers = keep_ids(to, e->producers, e->nproducers);
	e->products = keep_ids(to, e->products, e->nproducts);
}

struct node *record_parse_ids(struct node_doc *doc, const struct field *f,
			      const char *text, struct diag_list *dl)
{
	struct node *seq = node_new_sequence(doc);
	const char *p = text;
	int bad = 0;

	while (*p) {
		size_t len = strcspn(p, ","), lead = strspn(p, " \t");
		char *id;

		if (lead > len)
			lead = len;
		id = xstrndup(p + lead, len - lead);
		while (*id && (id[strlen(id) - 1] == ' ' || id[strlen(id) - 1] == '\t'))
			id[strlen(id) - 1] = '\0';
		if (!record_id_valid(id)) {
			diag_error(dl, NULL, 0, 0, _("%s: '%s' is not a valid id"), f->key, id);
			bad = 1;
		} else {
			node_append(doc, seq, node_new_scalar(doc, id, STYLE_PLAIN));
		}
		free(id);
		p += len;
		if (*p == ',')
			p++;
	}
	return bad ? NULL : seq;
}
