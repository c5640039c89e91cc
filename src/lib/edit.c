/* edit.c — changes to records (see edit.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ocop/commit.h"
#include "ocop/edit.h"
#include "ocop/rules.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/validate.h"
#include "ocop/yamlio.h"

/* --- the one way to the disk ------------------------------------------------------ */

/*
 * The store changed files from s->changes[first] on (none in a dry run):
 * the commit gets their words, the validator's index of tax codes the
 * record's new code (NULL: none, or removed).
 */
static void note_written(struct store *s, size_t first, enum record_type type,
			 const char *id, const char *name, const char *tax_code)
{
	if (s->nchanges == first)
		return;
	commit_describe(s, first, name);
	validate_note_write(s, type, id, tax_code);
}

/* Every write of a record ends here, after its checks: text, or the file staged in slot. */
static int put_checked(struct store *s, enum record_type type, const char *id,
		       const char *name, const char *tax_code,
		       const char *text, size_t len, size_t staged,
		       struct diag_list *dl)
{
	size_t first = s->nchanges;

	if (staged != STORE_UNSTAGED ?
	    store_put_staged(s, type, id, staged, dl) :
	    store_put(s, type, id, text, len, dl))
		return -1;
	note_written(s, first, type, id, name, tax_code);
	return 0;
}

/* A producer's tax code as read, to tell whether a change changes it. */
static char *tax_code_of(const struct record *r)
{
	return r->valid && r->type == RECORD_PRODUCER && r->u.producer.tax_code ?
	       xstrdup(r->u.producer.tax_code) : NULL;
}

static int write_tree(struct store *s, struct record *r,
		      const char *old_tax_code, struct diag_list *dl)
{
	struct strbuf out = STRBUF_INIT;
	const char *id = NULL;
	int ret;

	if (r->doc.comment_line && !s->force) {
		diag_error(dl, r->path, r->doc.comment_line, r->doc.comment_col,
			   _("the file holds a comment, which rewriting it would lose"));
		diag_hint(dl, _("move the text into 'notes:', or pass --force to drop it"));
		return -1;
	}
	record_canonicalize(r);
	if (validate_rewrite(s, r, old_tax_code, dl))
		return -1;
	if (yaml_emit(r->doc.root, r->path, &out, dl)) {
		strbuf_release(&out);
		return -1;
	}
	if (r->type != RECORD_OFFICE) {
		id = node_get_str(r->doc.root, "id");
		if (!record_id_valid(id))
			BUG("writing a record without a valid id");
	}
	ret = put_checked(s, r->type, id, node_get_str(r->doc.root, "name"),
			  r->type == RECORD_PRODUCER ? r->u.producer.tax_code : NULL,
			  out.buf, out.len, STORE_UNSTAGED, dl);
	strbuf_release(&out);
	return ret;
}

int edit_write(struct store *s, struct record *r, struct diag_list *dl)
{
	return write_tree(s, r, NULL, dl);
}

int edit_write_text(struct store *s, enum record_type type, const char *id,
		    const char *name, const char *tax_code, const char *text,
		    size_t len, size_t staged, struct diag_list *dl)
{
	char *path;
	int ret = -1;

	if (type == RECORD_OFFICE || !record_id_valid(id))
		BUG("writing a record without a valid id");
	path = store_path(s, type, id);
	if (type != RECORD_PRODUCER ||
	    !validate_tax_code_unique(s, id, tax_code, path, 0, 0, dl))
		ret = put_checked(s, type, id, name,
				  type == RECORD_PRODUCER ? tax_code : NULL,
				  text, len, staged, dl);
	free(path);
	return ret;
}

/* --- changes --------------------------------------------------------------------- */

char *edit_new_id(struct store *s, enum record_type type, const char *name,
		  const char *given, struct diag_list *dl)
{
	char *slug, *id;
	int n;

	if (given) {
		if (!record_id_valid(given)) {
			diag_error(dl, NULL, 0, 0,
				   _("--id '%s' is not a valid id"), given);
			diag_hint(dl, _("use lower-case letters, digits and '-', at most 64"));
			return NULL;
		}
		if (store_exists(s, type, given)) {
			diag_error(dl, NULL, 0, 0, _("the id '%s' is taken"), given);
			return NULL;
		}
		return xstrdup(given);
	}
	slug = text_slug(name);
	if (!*slug) {
		free(slug);
		diag_error(dl, NULL, 0, 0,
			   _("cannot make an id from the name '%s'"), name);
		diag_hint(dl, _("pass one with --id"));
		return NULL;
	}
	id = xstrdup(slug);
	/* Ids are never reused: a second "Chà bông" becomes chà-bông-2. */
	for (n = 2; store_exists(s, type, id); n++) {
		char suffix[16];
		size_t keep;

		free(id);
		snprintf(suffix, sizeof(suffix), "-%d", n);
		keep = strlen(slug);
		if (keep + strlen(suffix) > 64)
			keep = 64 - strlen(suffix);
		id = xasprintf("%.*s%s", (int)keep, slug, suffix);
	}
	free(slug);
	return id;
}

int edit_record(struct store *s, enum record_type type, const char *id,
		edit_fn fn, void *data, struct diag_list *dl)
{
	struct diag_list read = DIAG_LIST_INIT;
	struct record r;
	char *old_tax_code = NULL;
	int ret;

	ret = store_read(s, type, id, &r, &read);
	if (ret) {
		diag_move(dl, &read);
	} else {
		/* The record as written is checked again: its warnings once. */
		diag_list_release(&read);
		old_tax_code = tax_code_of(&r);
		ret = fn(s, &r, data, dl);
	}
	if (!ret)
		ret = write_tree(s, &r, old_tax_code, dl);
	free(old_tax_code);
	record_release(&r);
	return ret;
}

struct assignments {
	const char *const *items;
	size_t n;
};

static int apply_assignments(struct store *s, struct record *r, void *data,
			     struct diag_list *dl)
{
	const struct assignments *a = data;
	struct strbuf keys = STRBUF_INIT;
	size_t i;
	int ret = 0;

	for (i = 0; i < a->n; i++) {
		const char *eq = strchr(a->items[i], '=');

		if (record_set(r, a->items[i], dl))
			ret = -1;
		else
			strbuf_addf(&keys, "%s%.*s", i ? ", " : "",
				    (int)(eq - a->items[i]), a->items[i]);
	}
	commit_set_action(s, "set %s", keys.buf);
	strbuf_release(&keys);
	return ret;
}

int edit_set(struct store *s, enum record_type type, const char *id,
	     const char *const *assignments, size_t n, struct diag_list *dl)
{
	struct assignments a = { assignments, n };
	struct diag_list read = DIAG_LIST_INIT;
	struct record r;
	char *old_tax_code;
	int ret;

	/*
	 * set repairs: a record whose values are wrong (the tree parsed, the
	 * check failed) takes the assignments, and only the result is judged.
	 */
	ret = store_read(s, type, id, &r, &read);
	if (ret && !r.parsed) {
		diag_move(dl, &read);
		record_release(&r);
		return -1;
	}
	diag_list_release(&read);
	/* A producer keeps its tax code unless an assignment changes it:
	 * then only is every other producer's read to compare. */
	old_tax_code = tax_code_of(&r);
	ret = apply_assignments(s, &r, &a, dl);
	if (!ret)
		ret = write_tree(s, &r, old_tax_code, dl);
	free(old_tax_code);
	record_release(&r);
	return ret;
}

int edit_products_of(struct store *s, const char *producer, char ***ids,
		     size_t *n, struct diag_list *dl)
{
	struct record_set set;
	struct diag_list ignore = DIAG_LIST_INIT;
	size_t i;

	*ids = NULL;
	*n = 0;
	if (store_read_views(s, RECORD_PRODUCT, &set, &ignore)) {
		diag_move(dl, &ignore);
		return -1;
	}
	diag_list_release(&ignore);	/* a broken product is check's business */
	*ids = xcalloc(set.nr ? set.nr : 1, sizeof(**ids));
	for (i = 0; i < set.nr; i++)
		if (set.items[i].valid &&
		    !strcmp(set.items[i].u.product.producer, producer))
			(*ids)[(*n)++] = xstrdup(set.items[i].u.product.id);
	record_set_release(&set);
	return 0;
}

/*
 * The events that name id, a producer or a product, in *ids (allocated,
 * store_free_list): removing it would leave them naming nothing.
 */
static int events_naming(struct store *s, enum record_type type,
			 const char *id, char ***ids, size_t *n,
			 struct diag_list *dl)
{
	struct diag_list ignore = DIAG_LIST_INIT;
	struct record_set set;
	size_t i, j;

	*ids = NULL;
	*n = 0;
	if (store_read_views(s, RECORD_EVENT, &set, &ignore)) {
		diag_move(dl, &ignore);
		return -1;
	}
	diag_list_release(&ignore);	/* a broken event is check's business */
	*ids = xcalloc(set.nr ? set.nr : 1, sizeof(**ids));
	for (i = 0; i < set.nr; i++) {
		const struct event *e = &set.items[i].u.event;
		const char **named = type == RECORD_PRODUCER ? e->producers : e->products;
		size_t nnamed = type == RECORD_PRODUCER ? e->nproducers : e->nproducts;

		if (!set.items[i].valid)
			continue;
		for (j = 0; j < nnamed; j++)
			if (!strcmp(named[j], id)) {
				(*ids)[(*n)++] = xstrdup(e->id);
				break;
			}
	}
	record_set_release(&set);
	return 0;
}

/* Refuse to remove what other records name: a producer's products, events. */
static int refuse_named(struct store *s, enum record_type type, const char *id,
			struct diag_list *dl)
{
	struct strbuf list = STRBUF_INIT;
	char **ids;
	size_t n, i;
	int refused = 0;

	if (type == RECORD_PRODUCER) {
		if (edit_products_of(s, id, &ids, &n, dl))
			return -1;
		for (i = 0; i < n; i++)
			strbuf_addf(&list, "%s%s", i ? ", " : "", ids[i]);
		if (n) {
			diag_error(dl, NULL, 0, 0,
				   _("producer '%s' still has products: %s"),
				   id, list.buf);
			diag_hint(dl, _("remove or move them first, or pass --force"));
			refused = -1;
		}
		store_free_list(ids, n);
		if (refused)
			goto out;
	}
	if (type != RECORD_PRODUCER && type != RECORD_PRODUCT)
		goto out;
	if (events_naming(s, type, id, &ids, &n, dl)) {
		refused = -1;
		goto out;
	}
	for (i = 0; i < n; i++)
		strbuf_addf(&list, "%s%s", i ? ", " : "", ids[i]);
	if (n) {
		diag_error(dl, NULL, 0, 0, _("'%s' is named by events: %s"), id, list.buf);
		diag_hint(dl, _("take it out of them with 'ocop event set', or pass --force"));
		refused = -1;
	}
	store_free_list(ids, n);
out:
	strbuf_release(&list);
	return refused;
}

int edit_remove(struct store *s, enum record_type type, const char *id,
		bool force, struct diag_list *dl)
{
	struct diag_list read = DIAG_LIST_INIT;
	struct record r;
	size_t first;
	int ret;

	ret = store_read(s, type, id, &r, &read);
	record_release(&r);
	if (ret && !store_exists(s, type, id)) {
		diag_move(dl, &read);
		return -1;
	}
	diag_list_release(&read);	/* a broken file may still be removed */
	if (!force && refuse_named(s, type, id, dl))
		return -1;
	first = s->nchanges;
	if (store_remove(s, type, id, dl))
		return -1;
	note_written(s, first, type, id, NULL, NULL);
	return 0;
}

enum edit_pick edit_pick(const struct node *list, const char *which,
			 const char *key, bool fold, size_t *at)
{
	size_t i, found = 0;
	char *end;
	long n = strtol(which, &end, 10);

	if (*which && !*end) {
		if (n < 1 || (size_t)n > list->u.seq.nr)
			return PICK_OUT_OF_RANGE;
		*at = (size_t)n - 1;
		return PICK_FOUND;
	}
	for (i = 0; i < list->u.seq.nr; i++) {
		const char *v = node_get_str(list->u.seq.items[i], key);

		if (v && !(fold ? strcasecmp(v, which) : strcmp(v, which))) {
			if (!found++)
				*at = i;
		}
	}
	if (found > 1) {
		*at = found;
		return PICK_SEVERAL;
	}
	return found ? PICK_FOUND : PICK_NONE;
}

void edit_list_remove(struct node *list, size_t at)
{
	memmove(&list->u.seq.items[at], &list->u.seq.items[at + 1],
		(list->u.seq.nr - at - 1) * sizeof(*list->u.seq.items));
	list->u.seq.nr--;
}
