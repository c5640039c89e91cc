/* event.c — what the validator and the reports ask of events (event.h). */
#include <string.h>

#include "ocop/event.h"
#include "ocop/util.h"

static bool known(struct store *s, const struct record_set *set,
		  enum record_type type, const char *id)
{
	const struct record *r = set ? record_set_find(set, id) : NULL;

	return (r && r->parsed) || store_exists(s, type, id);
}

static int check_ids(struct store *s, const struct record_set *set,
		     enum record_type type, const struct record *r,
		     const char *key, struct diag_list *dl)
{
	const struct node *list = node_get(r->doc.root, key);
	size_t i;
	int ret = 0;

	if (!list || list->kind != NODE_SEQUENCE)
		return 0;
	for (i = 0; i < list->u.seq.nr; i++) {
		const struct node *n = list->u.seq.items[i];
		const char *id = n->u.scalar.value;

		if (known(s, set, type, id))
			continue;
		diag_error(dl, n->line ? r->path : NULL, n->line, n->col,
			   type == RECORD_PRODUCER ? _("producers: no producer '%s'") :
			   _("products: no product '%s'"), id);
		store_hint_missing(s, type, id, dl);
		ret = -1;
	}
	return ret;
}

int event_check_refs(struct store *s, const struct record_set *producers,
		     const struct record_set *products, const struct record *r,
		     struct diag_list *dl)
{
	int ret = 0;

	if (!s || !r->doc.root)
		return 0;
	if (check_ids(s, producers, RECORD_PRODUCER, r, "producers", dl))
		ret = -1;
	if (check_ids(s, products, RECORD_PRODUCT, r, "products", dl))
		ret = -1;
	return ret;
}

bool event_is(const struct event *e, const char *kind)
{
	return e->kind && !strcmp(e->kind, kind);
}
