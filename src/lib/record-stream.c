/*
 * record-stream.c — a producer's, a product's or an office's typed view
 * straight from libyaml's events, with no tree: the read of commands that
 * only read and print (store_read_views, store_read_office_view).
 *
 * The tree path (yaml_load, record_decode, record_keep_view) builds every
 * node of a record to check it and copy its view out, then frees them.
 * Here each key is looked up once in the same schema rows, each value
 * checked by the same checker (record_value_clean: check_scalar's
 * messages, its ranges, words, codes and control characters), put in the
 * view by the same list as the tree's (record-view.c), and the view's
 * strings and arrays go straight to the reading thread's pool.
 *
 * It handles only what is clean.  Whatever the tree path would say
 * anything about (an error, a warning: an unknown key, a duplicate key, an
 * anchor, an alias, a tag, a value that is wrong, missing or not NFC, a
 * file libyaml refuses, bytes that are not UTF-8) and the few forms it
 * does not decode (listings, documents) make it give up, having said
 * nothing: the caller then reads the file the tree's way, which says
 * what is wrong.  Its correctness never depends on this path.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "ocop/record.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/yamlio.h"
#include "record-int.h"
#include "yaml-events.h"

struct frame {
	const struct schema *s;
	const struct field *f;		/* the field it is the value of; NULL: the root */
	bool seq;			/* a list of mappings, not a mapping */
	enum view_kind kind;		/* a mapping's, or a list's items' */
	void *obj;			/* what a mapping fills */
	uint64_t seen;			/* a mapping's keys met, by schema row */
	size_t next;			/* the row after the last key met */
	const struct field *pending;	/* a key whose value comes next */
	/* a list's items, in scratch until the list ends */
	char *items;
	size_t nitems, alloc, size;
};

struct stream {
	struct record *r;
	struct node_doc doc;		/* the pool's */
	struct frame stack[YAML_MAX_DEPTH + 1];
	int depth;
	int documents;
};

#define GIVE_UP 1

/* --- the events -------------------------------------------------------------- */

static struct frame *push(struct stream *st)
{
	struct frame *fr;

	if (st->depth >= YAML_MAX_DEPTH)
		return NULL;
	fr = &st->stack[st->depth++];
	memset(fr, 0, sizeof(*fr));
	return fr;
}

static struct frame *top(struct stream *st)
{
	return st->depth ? &st->stack[st->depth - 1] : NULL;
}

/* The length of v's ASCII start, eight bytes at a time (the last eight
 * of eight or more settle the tail). */
static size_t ascii_prefix(const char *v, size_t len)
{
	size_t i = 0;
	uint64_t w;

	for (; len - i >= 8; i += 8) {
		memcpy(&w, v + i, sizeof(w));
		if (w & 0x8080808080808080ULL)
			break;
	}
	if (i < len && len >= 8 && len - i < 8) {
		memcpy(&w, v + len - 8, sizeof(w));
		if (!(w & 0x8080808080808080ULL))
			return len;
	}
	while (i < len && !((unsigned char)v[i] & 0x80))
		i++;
	return i;
}

/*
 * Is a value as the tree path keeps it: within its bound, NFC already,
 * and with no NUL (which only a double-quoted escape can make: the file's
 * bytes were checked)?  A character the quick check does not settle (an
 * en dash, a curly quote) is settled as the tree's loader settles it, by
 * normalising (text_nfc): the same text is NFC.
 */
static bool value_as_kept(const yaml_event_t *ev)
{
	const char *v = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length, i;
	char *nfc;
	bool same;

	if (len > YAML_MAX_SCALAR ||
	    (ev->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE &&
	     memchr(v, '\0', len)))
		return false;
	i = ascii_prefix(v, len);
	if (i == len || text_nfc_quick(v + i, len - i))
		return true;
	nfc = text_nfc(v);
	same = nfc && strlen(nfc) == len && !memcmp(nfc, v, len);
	free(nfc);
	return same;
}

/* Is row f's key the len bytes at v, which hold no NUL? */
static bool key_is(const struct field *f, const char *v, size_t len)
{
	size_t i;

	/* f->key matches v up to i, and v has no NUL there: f->key[i] is
	 * within f->key */
	for (i = 0; i < len; i++)
		if (f->key[i] != v[i] || !v[i])
			return false;
	return !f->key[len];
}

/*
 * schema_field's answer for a key of len bytes (none, when it holds a
 * NUL), looked for from the row after the last key met: files keep the
 * schema's order, as the writer writes it, so the first row tried is
 * mostly the one.
 */
static const struct field *find_key(struct frame *fr, const char *v,
				    size_t len)
{
	const struct schema *s = fr->s;
	size_t i, r;

	for (i = 0; i < s->nr; i++) {
		r = fr->next + i;
		if (r >= s->nr)
			r -= s->nr;
		if (key_is(&s->fields[r], v, len)) {
			fr->next = r + 1;
			return &s->fields[r];
		}
	}
	return NULL;
}

static int on_key(struct frame *fr, const char *v, size_t len)
{
	const struct field *f = find_key(fr, v, len);
	uint64_t bit;

	if (!f)
		return GIVE_UP;		/* an unknown key: a warning */
	bit = (uint64_t)1 << (f - fr->s->fields);
	if (fr->seen & bit)
		return GIVE_UP;		/* a duplicate key: an error */
	fr->seen |= bit;
	fr->pending = f;
	return 0;
}

static int on_scalar(struct stream *st, const yaml_event_t *ev)
{
	const char *v = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length;
	struct frame *fr = top(st);
	const struct field *f;

	if (ev->data.scalar.anchor || ev->data.scalar.tag || !fr || fr->seq)
		return GIVE_UP;
	/* a key is taken only as a schema row's: ASCII, short, no NUL */
	if (!fr->pending)
		return on_key(fr, v, len);
	if (!value_as_kept(ev))
		return GIVE_UP;
	f = fr->pending;
	fr->pending = NULL;
	if (!len && ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE)
		/* "phone:" with nothing is unset; a required key, missing */
		return f->flags & F_REQUIRED ? GIVE_UP : 0;
	if (f->type == FT_MAP || f->type == FT_LIST || f->type == FT_ID_LIST ||
	    !record_value_clean(f, v, len))
		return GIVE_UP;
	return record_view_put(&st->doc, fr->kind, fr->obj, f, v, len) ? 0 : GIVE_UP;
}

static void *new_item(struct frame *list)
{
	void *item;

	if (list->nitems == list->alloc) {
		list->alloc = list->alloc ? list->alloc * 2 : 4;
		list->items = xrealloc(list->items, list->alloc * list->size);
	}
	item = list->items + list->nitems++ * list->size;
	memset(item, 0, list->size);
	return item;
}

static int on_mapping(struct stream *st, const yaml_event_t *ev)
{
	struct frame *parent = top(st), *fr;
	enum view_kind kind;
	const struct schema *s;
	const struct field *f = NULL;
	void *obj;
	int k;

	if (ev->data.mapping_start.anchor || ev->data.mapping_start.tag)
		return GIVE_UP;
	if (!parent) {
		if (st->r->type == RECORD_PRODUCER) {
			kind = VIEW_PRODUCER;
			obj = &st->r->u.producer;
		} else if (st->r->type == RECORD_OFFICE) {
			kind = VIEW_OFFICE;
			obj = &st->r->u.office;
		} else {
			kind = VIEW_PRODUCT;
			obj = &st->r->u.product;
		}
		s = record_schema(st->r->type);
	} else if (parent->seq) {
		kind = parent->kind;
		obj = kind == VIEW_NONE ? NULL : new_item(parent);
		s = parent->s;
		f = parent->f;
	} else {
		f = parent->pending;
		parent->pending = NULL;
		if (!f || f->type != FT_MAP)
			return GIVE_UP;	/* a mapping as a key, or where none goes */
		k = record_view_map(parent->kind, parent->obj, f, &obj);
		if (k < 0)
			return GIVE_UP;
		kind = (enum view_kind)k;
		s = f->sub;
	}
	if (s->nr > 64 || !(fr = push(st)))
		return GIVE_UP;
	fr->s = s;
	fr->f = f;
	fr->kind = kind;
	fr->obj = obj;
	record_view_start(kind, obj);
	return 0;
}

static int on_sequence(struct stream *st, const yaml_event_t *ev)
{
	struct frame *parent = top(st), *fr;
	const struct field *f;
	size_t size;
	int k;

	if (ev->data.sequence_start.anchor || ev->data.sequence_start.tag ||
	    !parent || parent->seq)
		return GIVE_UP;
	f = parent->pending;
	parent->pending = NULL;
	if (!f || f->type != FT_LIST)
		return GIVE_UP;
	k = record_view_list(parent->kind, f, &size);
	if (k < 0 || !(fr = push(st)))
		return GIVE_UP;
	fr->s = f->sub;
	fr->f = f;
	fr->seq = true;
	fr->kind = (enum view_kind)k;
	fr->size = size;
	return 0;
}

static int on_mapping_end(struct stream *st)
{
	struct frame *fr = top(st);
	size_t i;

	for (i = 0; i < fr->s->nr; i++)
		if ((fr->s->fields[i].flags & F_REQUIRED) &&
		    !(fr->seen & ((uint64_t)1 << i)))
			return GIVE_UP;		/* missing: an error */
	record_view_finish(fr->kind, fr->obj);
	st->depth--;
	return 0;
}

static int on_sequence_end(struct stream *st)
{
	struct frame *fr = top(st), *parent;
	void *items;

	st->depth--;
	parent = top(st);
	if (fr->kind != VIEW_NONE) {
		items = node_alloc(&st->doc, fr->nitems * fr->size);
		if (fr->nitems)
			memcpy(items, fr->items, fr->nitems * fr->size);
		record_view_put_list(parent->kind, parent->obj, fr->f, items, fr->nitems);
	}
	free(fr->items);
	return 0;
}

static int on_event(const yaml_event_t *ev, void *ctx)
{
	struct stream *st = ctx;

	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		return ++st->documents > 1 ? GIVE_UP : 0;
	case YAML_ALIAS_EVENT:
		return GIVE_UP;
	case YAML_SCALAR_EVENT:
		return on_scalar(st, ev);
	case YAML_MAPPING_START_EVENT:
		return on_mapping(st, ev);
	case YAML_SEQUENCE_START_EVENT:
		return on_sequence(st, ev);
	case YAML_MAPPING_END_EVENT:
		return on_mapping_end(st);
	case YAML_SEQUENCE_END_EVENT:
		return on_sequence_end(st);
	default:
		return 0;
	}
}

/*
 * What record_decode checks across an office's keys (check_office_ward):
 * every office names its ward but a province's.  A ward missing or empty
 * is left unset in the view, and the tree path would say so.
 */
static bool whole(const struct record *r)
{
	const struct office *o = &r->u.office;

	return r->type != RECORD_OFFICE || o->ward || o->unit == UNIT_PROVINCE;
}

int record_decode_stream(struct record *r, const char *buf, size_t len,
			 struct node_pool *pool)
{
	struct stream st;
	int ret, i;

	if ((r->type != RECORD_PRODUCER && r->type != RECORD_PRODUCT &&
	     r->type != RECORD_OFFICE) ||
	    len > YAML_MAX_BYTES || !yaml_bytes_clean_parsed(buf, len))
		return GIVE_UP;
	/* the frames are cleared as they are pushed */
	st.depth = st.documents = 0;
	st.r = r;
	node_doc_init(&st.doc);
	st.doc.pool = pool;
	memset(&r->u, 0, sizeof(r->u));
	/* what libyaml refuses, the tree's way says */
	ret = yaml_each_event(buf, len, on_event, &st) ? GIVE_UP : 0;
	for (i = 0; i < st.depth; i++)
		free(st.stack[i].items);
	if (!ret && !st.documents)
		ret = GIVE_UP;		/* an empty file: an error */
	if (!ret && !whole(r))
		ret = GIVE_UP;
	if (ret) {
		/* what went to a pool stays there, unused, till the set goes */
		node_doc_release(&st.doc);
		memset(&r->u, 0, sizeof(r->u));
		return GIVE_UP;
	}
	node_doc_release(&r->doc);
	r->doc = st.doc;
	r->parsed = r->valid = true;
	return 0;
}
