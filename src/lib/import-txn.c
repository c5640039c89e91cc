/*
 * import-txn.c — the import's all-or-nothing transaction (see import-int.h).
 *
 * The records of the directory are read once and indexed by the natural
 * keys rows name them by.  A row works on copies (struct pending): a new
 * record, or an entry's tree saved before the row changed it; the row's
 * handlers commit it or txn_undo() rolls it back.  New records are
 * kept as the text of their files once their row passed.  Nothing reaches
 * the store before txn_write(), and that is the only place that writes.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "import-int.h"
#include "ocop/edit.h"
#include "ocop/rules-cells.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/validate.h"
#include "ocop/yamlio.h"

/* The product key of a name already made its cell_key, k. */
static char *product_key_of(const char *k, const char *producer)
{
	size_t klen = strlen(k), plen = strlen(producer);
	char *key = xmalloc(klen + plen + 2);

	memcpy(key, k, klen);
	key[klen] = '\x1f';
	memcpy(key + klen + 1, producer, plen + 1);
	return key;
}

char *txn_product_key(const char *name, const char *producer)
{
	char *k = cell_key(name), *key = product_key_of(k, producer);

	free(k);
	return key;
}

/* Index key → i, or AMBIGUOUS when two records share it. */
void txn_index_put(struct smap *m, const char *key, size_t i)
{
	size_t old;

	if (!key || !*key)
		return;
	smap_put(m, key, smap_get(m, key, &old) && old != i ? AMBIGUOUS : i);
}

/* The id, name or producer of a record read as its typed view. */
static const char *view_str(const struct record *r, const char *key)
{
	bool producer = r->type == RECORD_PRODUCER;

	if (!strcmp(key, "id"))
		return producer ? r->u.producer.id : r->u.product.id;
	if (!strcmp(key, "name"))
		return producer ? r->u.producer.name : r->u.product.name;
	if (!producer && !strcmp(key, "producer"))
		return r->u.product.producer;
	BUG("txn_entry_str(%s) of a record read as its view", key);
}

/* A record's value of key, whether it is a tree, a view or kept as text. */
const char *txn_entry_str(const struct entry *e, const char *key)
{
	if (e->r)
		return e->r->doc.root ? node_get_str(e->r->doc.root, key) :
		       view_str(e->r, key);
	if (!strcmp(key, "id"))
		return e->id;
	if (!strcmp(key, "name"))
		return e->name;
	if (!strcmp(key, "producer") && e->type == RECORD_PRODUCT)
		return e->producer;
	BUG("txn_entry_str(%s) of a record kept as text", key);
}

struct producer_values *txn_producer_values(struct entry *e)
{
	if (!e->pv)
		e->pv = xcalloc(1, sizeof(*e->pv));
	return e->pv;
}

/*
 * An existing record's tree, for a row that reads or changes more than
 * its view holds: read again from its file (the lock is held: it is what
 * was read).  0, or -1 with the problem in dl.
 */
int txn_tree(struct import_txn *tx, struct entry *e, struct diag_list *dl)
{
	struct record *r;

	if (!e->r || e->r->doc.root)
		return 0;
	r = xmalloc(sizeof(*r));
	if (store_read(tx->s, e->type, view_str(e->r, "id"), r, dl)) {
		record_release(r);
		free(r);
		return -1;
	}
	e->view = e->r;
	e->r = r;
	return 0;
}

bool txn_is_view(const struct entry *e)
{
	return e->r && !e->r->doc.root;
}

/* The producer's text keys a column fills that its view holds as read. */
static const struct {
	const char *key;
	size_t offset;
} view_strings[] = {
	{ .key = "tax_code", .offset = offsetof(struct producer, tax_code) },
	{ .key = "representative", .offset = offsetof(struct producer, representative) },
	{ .key = "phone", .offset = offsetof(struct producer, phone) },
	{ .key = "address", .offset = offsetof(struct producer, address) },
	{ .key = "old_address", .offset = offsetof(struct producer, old_address) },
	{ .key = "notes", .offset = offsetof(struct producer, notes) },
};

const char *txn_view_producer_value(const struct entry *e, enum col_field f,
				    bool *known)
{
	const struct producer *p = &e->r->u.producer;
	const char *key = col_producer_key(f);
	size_t i;

	if (!txn_is_view(e) || e->type != RECORD_PRODUCER)
		BUG("txn_view_producer_value of a record not read as its view");
	*known = true;
	/* An enumeration's file holds its slug (the schema takes no other word). */
	if (!strcmp(key, "kind"))
		return record_kind_slug(p->kind);
	for (i = 0; i < ARRAY_SIZE(view_strings); i++)
		if (!strcmp(key, view_strings[i].key))
			return *(const char *const *)((const char *)p +
						      view_strings[i].offset);
	*known = false;
	return NULL;
}

/* A row is done with an existing record: its tree goes if the row left it as read. */
void txn_untouch(struct entry *e)
{
	if (!e->view || txn_entry_changed(e))
		return;
	record_release(e->r);
	free(e->r);
	e->r = e->view;
	e->view = NULL;
	e->orig = NULL;		/* it was in the tree's arena */
}

/* nkey: the match key of the producer's name, when the caller has it. */
void txn_index_producer(struct import_txn *tx, size_t i, const char *nkey)
{
	const struct producer *p = &tx->prod[i].r->u.producer;
	char *key;

	tx->prod[i].nkey = nkey ? xstrdup(nkey) : cell_producer_key(p->name);
	txn_index_put(&tx->by_pid, p->id, i);
	txn_index_put(&tx->by_pname, tx->prod[i].nkey, i);
	if (p->tax_code) {
		key = cell_tax_code(p->tax_code);
		txn_index_put(&tx->by_tax, key, i);
		free(key);
	}
}

/* key: the product's product_key, when the caller has it. */
void txn_index_product(struct import_txn *tx, size_t i, const char *key)
{
	const struct product *p = &tx->item[i].r->u.product;
	bool is_new = tx->item[i].is_new;
	/* the folded name, made once for both keys */
	char *k = !key || !is_new ? cell_key(p->name) : NULL;
	char *made = key ? NULL : product_key_of(k, p->producer);

	txn_index_put(&tx->by_iid, p->id, i);
	txn_index_put(&tx->by_key, key ? key : made, i);
	free(made);
	if (!is_new)	/* likely duplicates are of the directory's */
		txn_index_put(&tx->by_fname, k, i);
	free(k);
}

size_t txn_add(struct entry **v, size_t *n, size_t *alloc,
			struct record *r, bool is_new)
{
	ALLOC_GROW(*v, *n + 1, *alloc);
	memset(&(*v)[*n], 0, sizeof(**v));
	(*v)[*n].r = r;
	(*v)[*n].type = r->type;
	(*v)[*n].is_new = is_new;
	return (*n)++;
}

/* The reading threads validate each product while its tree is there. */
static void validate_read(const struct record *r, void *ctx,
			  struct diag_list *dl)
{
	(void)ctx;
	/* The thread's own record: validate_record decodes it again, the same. */
	validate_record(NULL, (struct record *)r, dl);
}

/* ...or, for most, on the view the events gave, with no tree at all. */
static bool view_clean_read(const struct record *r, const char *buf,
			    size_t len, void *ctx)
{
	(void)ctx;
	return validate_view_clean(r, buf, len);
}

/*
 * Which products validate_record passes without a word: a row that
 * leaves one as it is would hear nothing of it at its check either, so
 * it need not read its tree again (import-product.c).  found: what the
 * reading threads' validate_record said, file by file.
 */
static bool *clean_products(const struct record_set *set,
			    const struct diag_list *found)
{
	bool *clean = xmalloc((set->nr ? set->nr : 1) * sizeof(*clean));
	size_t i;

	for (i = 0; i < set->nr; i++)
		clean[i] = true;
	for (i = 0; i < found->nr; i++) {
		const char *file = found->items[i].file;
		const char *base = file ? strrchr(file, '/') : NULL;
		size_t len = base ? strlen(++base) : 0;
		const struct record *r;
		char *id;

		if (len <= 5) {		/* whose it is, unknown: none is */
			memset(clean, 0, (set->nr ? set->nr : 1) * sizeof(*clean));
			break;
		}
		id = xstrndup(base, len - 5);
		r = record_set_find(set, id);
		free(id);
		if (r)
			clean[r - set->items] = false;
	}
	return clean;
}

int txn_load(struct import_txn *tx, struct diag_list *dl)
{
	struct diag_list load = DIAG_LIST_INIT, found = DIAG_LIST_INIT;
	struct record_check check = {
		.fn = validate_read, .problems = &found,
		.view_clean = view_clean_read,
	};
	bool *clean;
	size_t i, bad = 0;

	store_read_views(tx->s, RECORD_PRODUCER, &tx->producer_set, &load);
	store_read_checked(tx->s, RECORD_PRODUCT, &tx->product_set, &check, &load);
	clean = clean_products(&tx->product_set, &found);
	diag_list_release(&found);
	for (i = 0; i < tx->producer_set.nr; i++)
		if (tx->producer_set.items[i].valid)
			txn_index_producer(tx, txn_add(&tx->prod, &tx->nprod, &tx->aprod,
						     &tx->producer_set.items[i], false),
				       NULL);
		else
			bad++;
	for (i = 0; i < tx->product_set.nr; i++)
		if (tx->product_set.items[i].valid) {
			size_t k = txn_add(&tx->item, &tx->nitem, &tx->aitem,
					   &tx->product_set.items[i], false);

			tx->item[k].clean = clean[i];
			txn_index_product(tx, k, NULL);
		} else {
			bad++;
		}
	free(clean);
	if (!bad && !diag_error_count(&load)) {
		diag_move(dl, &load);
		return 0;
	}
	diag_move(dl, &load);
	diag_error(dl, tx->s->root, 0, 0,
		   _("the data directory holds records that do not load, so rows cannot be matched to them"));
	diag_hint(dl, _("run 'ocop check' and fix them first"));
	return -1;
}

/*
 * An id for a new record: the slug of its name, made unique.  Every file
 * of the folder is in the set read (each ID.yaml of a valid id: the import
 * stops when one does not load), so the set answers, not a stat a record.
 */
char *txn_new_id(struct import_txn *tx, enum record_type type, const char *name)
{
	struct smap *ids = type == RECORD_PRODUCER ? &tx->by_pid : &tx->by_iid;
	const struct record_set *files = type == RECORD_PRODUCER ?
					 &tx->producer_set : &tx->product_set;
	char *slug = text_slug(name), *id;
	size_t dummy;
	int n;

	if (!*slug) {
		free(slug);
		return NULL;
	}
	id = xstrdup(slug);
	for (n = 2; smap_get(ids, id, &dummy) || record_set_find(files, id); n++) {
		char suffix[16];
		size_t keep = strlen(slug);

		free(id);
		snprintf(suffix, sizeof(suffix), "-%d", n);
		if (keep + strlen(suffix) > 64)
			keep = 64 - strlen(suffix);
		id = xasprintf("%.*s%s", (int)keep, slug, suffix);
	}
	free(slug);
	return id;
}

struct record *txn_new_record(struct import_txn *tx, enum record_type type,
				 const char *id)
{
	struct record *r = xmalloc(sizeof(*r));
	char *path = store_path(tx->s, type, id);

	record_init(r, type, path);
	free(path);
	r->doc.root = node_new_mapping(&r->doc);
	node_set_str(&r->doc, r->doc.root, "id", id, STYLE_PLAIN);
	return r;
}

/* Before a row changes an existing record: keep it as read, work on a copy. */
struct node *txn_begin_change(struct entry *e)
{
	struct node *saved = e->r->doc.root;

	if (!e->orig) {
		record_canonicalize(e->r);
		saved = e->r->doc.root;
		e->orig = node_copy(&e->r->doc, saved);
	}
	e->r->doc.root = node_copy(&e->r->doc, saved);
	return saved;
}

/* Undo a row's change: back to the tree it started from. */
static void undo_change(struct entry *e, struct node *saved)
{
	struct diag_list ignore = DIAG_LIST_INIT;

	e->r->doc.root = saved;
	record_decode(e->r, &ignore);
	diag_list_release(&ignore);
}

/* The top-level keys whose values differ between two record trees. */
static char *changed_keys(const struct node *a, const struct node *b)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	for (i = 0; i < b->u.map.nr; i++) {
		const char *k = b->u.map.pairs[i].key->u.scalar.value;
		const struct node *old = node_get(a, k);

		if (!old || !node_equal(old, b->u.map.pairs[i].value))
			strbuf_addf(&sb, "%s%s", sb.len ? ", " : "", k);
	}
	for (i = 0; i < a->u.map.nr; i++) {
		const char *k = a->u.map.pairs[i].key->u.scalar.value;

		if (!node_get(b, k))
			strbuf_addf(&sb, "%s%s", sb.len ? ", " : "", k);
	}
	return strbuf_detach(&sb, NULL);
}

/* Is the record now different from what was read? */
bool txn_entry_changed(struct entry *e)
{
	if (e->is_new || !e->orig)
		return e->is_new;
	record_canonicalize(e->r);
	return !node_equal(e->orig, e->r->doc.root);
}

void txn_note_change(struct import_result *res, struct entry *e, unsigned line)
{
	struct import_change *c;

	/* geometric: a register of 100,000 rows is 100,000 changes */
	ALLOC_GROW(res->changes, res->nchanges + 1, res->changes_alloc);
	c = &res->changes[res->nchanges++];
	memset(c, 0, sizeof(*c));
	c->action = e->is_new ? IMPORT_ADD : IMPORT_CHANGE;
	c->type = e->type;
	c->id = xstrdup(txn_entry_str(e, "id"));
	c->name = xstrdup(txn_entry_str(e, "name"));
	c->line = line;
	if (!e->is_new)
		c->keys = changed_keys(e->orig, e->r->doc.root);
}

void txn_drop_tree(struct entry *e)
{
	record_release(e->r);
	free(e->r);
	e->r = NULL;
}

void txn_free_frozen(struct entry *e)
{
	int f;

	free(e->text);
	free(e->id);
	free(e->name);
	free(e->producer);
	e->text = e->id = e->name = e->producer = NULL;
	if (!e->pv)
		return;
	for (f = 0; f <= C_PRODUCER_LAST; f++) {
		free(e->pv->vals[f]);
		e->pv->vals[f] = NULL;
	}
}

/* A new producer's values, kept while it is text (txn_producer_value()). */
static void freeze_values(struct entry *e)
{
	struct producer_values *pv = txn_producer_values(e);
	int f;

	for (f = C_KIND; f <= C_PRODUCER_LAST; f++) {	/* its name aside */
		const char *key = col_producer_key(f), *v;

		v = key ? node_get_str(e->r->doc.root, key) : NULL;
		pv->vals[f] = v ? xstrdup(v) : NULL;
	}
}

/* What later rows read of a new record kept as text (txn_entry_str). */
static void keep_read(struct entry *e)
{
	const struct node *root = e->r->doc.root;
	const char *producer;

	e->id = xstrdup(node_get_str(root, "id"));
	e->name = xstrdup(node_get_str(root, "name"));
	if (e->type == RECORD_PRODUCER) {
		freeze_values(e);
	} else {
		producer = node_get_str(root, "producer");
		e->producer = producer ? xstrdup(producer) : NULL;
	}
}

/*
 * The text of a new record's file, as edit_write would make it (the tree
 * made canonical, emitted and read back), inline or on the emit thread.
 * 0, or -1 with why in dl and *text untouched.
 */
int txn_make_text(struct record *r, char **text, size_t *len,
		  struct diag_list *dl)
{
	struct strbuf sb = STRBUF_INIT;

	record_canonicalize(r);
	if (yaml_emit(r->doc.root, r->path, &sb, dl)) {
		strbuf_release(&sb);
		return -1;
	}
	*text = strbuf_detach(&sb, len);
	return 0;
}

/*
 * A new record whose row passed: the text of its file, made now as
 * edit_write would make it at the end (the tree is canonical and
 * check_record passed it), and the tree freed.  A dry run needs no text
 * for a product (nothing is written, and no row can change it again).
 */
void txn_freeze(struct import_txn *tx, struct entry *e)
{
	struct record *r = e->r;

	if (e->staged) {	/* a producer a later row changed: made again */
		store_unstage(tx->s, e->staged - 1);
		e->staged = 0;
	}
	txn_free_frozen(e);
	if (tx->emit) {
		/* What is read of it, now: the thread reorders its tree. */
		keep_read(e);
		if (txn_emit_queue(tx, e))
			return;
		txn_free_frozen(e);
	}
	if (!tx->s->dry_run || e->type == RECORD_PRODUCER) {
		struct diag_list why = DIAG_LIST_INIT;

		if (txn_make_text(r, &e->text, &e->len, &why)) {
			/* Nothing will be written: keep the tree. */
			/* after the products queued before it */
			txn_emit_drain(tx);
			diag_move(&tx->failures, &why);
			tx->failed = true;
			return;
		}
		diag_list_release(&why);
	}
	keep_read(e);
	if (e->text || e->type == RECORD_PRODUCT)
		txn_drop_tree(e);
}

/* A new producer kept as text, a tree again for a row that changes it. */
void txn_thaw(struct import_txn *tx, struct entry *e)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct record *r;
	char *path;

	if (!e->r && !e->text)	/* its text is still being made */
		txn_emit_drain(tx);
	if (e->r)		/* ...or could not be: the tree was kept */
		return;
	r = xmalloc(sizeof(*r));
	path = store_path(tx->s, e->type, e->id);
	record_init(r, e->type, path);
	free(path);
	/* yaml_emit read the text back when it made it: it loads. */
	if (yaml_load(e->text, e->len, r->path, &r->doc, &dl) ||
	    record_decode(r, &dl))
		BUG("a record kept as text does not load: %s",
		    dl.nr ? dl.items[0].message : "?");
	diag_list_release(&dl);
	e->r = r;
}

void txn_undo(struct entry *v, struct pending *p)
{
	if (p->fresh) {
		record_release(p->fresh);
		free(p->fresh);
		p->fresh = NULL;
	}
	if (p->saved && p->idx != NONE) {
		undo_change(&v[p->idx], p->saved);
		/* A producer thawed for the row: its text is still right. */
		if (v[p->idx].text)
			txn_drop_tree(&v[p->idx]);
	}
	if (p->idx != NONE && p->idx != AMBIGUOUS)
		txn_untouch(&v[p->idx]);
	p->saved = NULL;
	free(p->key);
	p->key = NULL;
}

/* A producer's value of the key column f fills, tree or text. */
const char *txn_producer_value(const struct entry *e, enum col_field f)
{
	if (e->r && !e->r->doc.root)
		BUG("txn_producer_value of a record read as its view");
	if (e->r)
		return node_get_str(e->r->doc.root, col_producer_key(f));
	return e->pv ? e->pv->vals[f] : NULL;
}

/* A producer's tax code as record_decode gives it (NULL when empty). */
const char *txn_producer_tax(const struct entry *e)
{
	const char *v;

	if (e->r)
		return e->r->u.producer.tax_code;
	v = e->pv ? e->pv->vals[C_TAX_CODE] : NULL;
	return v && *v ? v : NULL;
}

/* Products import: the producers the accepted rows named. */
void txn_tally_producers(struct import_txn *tx, struct import_result *res)
{
	struct import_counts *c = &res->producers;
	size_t i;

	for (i = 0; i < tx->nprod; i++) {
		struct entry *e = &tx->prod[i];

		if (!e->used)
			continue;
		if (e->is_new) {
			c->added++;
			txn_note_change(res, e, e->line);
		} else if (txn_entry_changed(e)) {
			c->changed++;
			txn_note_change(res, e, e->line);
		} else {
			c->unchanged++;
		}
	}
}

/*
 * The one place the import writes: each record a row added or changed,
 * producers first, in one batch of the store (one sync for the whole
 * import, each record still atomic).
 */
static int write_entries(struct import_txn *tx, struct entry *v, size_t n,
			 struct import_result *res, struct diag_list *dl)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (!v[i].used || !txn_entry_changed(&v[i]))
			continue;
		if (v[i].r ? edit_write(tx->s, v[i].r, dl) :
		    edit_write_text(tx->s, v[i].type, v[i].id, v[i].name,
				    v[i].type == RECORD_PRODUCER ?
				    txn_producer_tax(&v[i]) : NULL,
				    v[i].text, v[i].len,
				    v[i].staged ? v[i].staged - 1 : STORE_UNSTAGED,
				    dl))
			return -1;
		res->written = true;
	}
	return 0;
}

void txn_begin(struct import_txn *tx, size_t rows)
{
	if (!tx->s->dry_run)
		store_begin_batch(tx->s);
	txn_emit_start(tx, rows);
}

int txn_write(struct import_txn *tx, struct import_result *res,
	      struct diag_list *dl)
{
	int ret = 0;

	if (write_entries(tx, tx->prod, tx->nprod, res, dl) ||
	    write_entries(tx, tx->item, tx->nitem, res, dl))
		ret = -1;
	if (store_end_batch(tx->s, ret != 0, dl))
		ret = -1;
	return ret;
}

/* What an entry owns: a new record's tree or text, an existing one's tree read again. */
static void release_entry(struct entry *e)
{
	if (e->is_new || e->view) {
		if (e->r)
			txn_drop_tree(e);
		txn_free_frozen(e);
	}
	free(e->pv);
}

void txn_release(struct import_txn *tx)
{
	size_t i;

	txn_emit_stop(tx);
	/* Not written (refused, or a file could not be made): the staged files go. */
	if (tx->s && tx->s->batch)
		store_end_batch(tx->s, true, &(struct diag_list)DIAG_LIST_INIT);

	for (i = 0; i < tx->nprod; i++) {
		free(tx->prod[i].nkey);
		release_entry(&tx->prod[i]);
	}
	for (i = 0; i < tx->nitem; i++)
		release_entry(&tx->item[i]);
	free(tx->prod);
	free(tx->item);
	record_set_release(&tx->producer_set);
	record_set_release(&tx->product_set);
	smap_release(&tx->by_tax);
	smap_release(&tx->by_pname);
	smap_release(&tx->by_pid);
	smap_release(&tx->by_key);
	smap_release(&tx->by_iid);
	smap_release(&tx->by_fname);
	for (i = 0; i < tx->nowned; i++)
		free(tx->owned[i].producer);
	free(tx->owned);
	diag_list_release(&tx->failures);
}
