/*
 * record-int.h — what record.c shares with record-event.c, record-view.c
 * and record-stream.c, and nothing else uses: the readers of a checked
 * tree's values, the copies of a view's strings (record_keep_view) and
 * the one list from a schema key to a view field (record-view.c).
 */
#ifndef OCOP_RECORD_INT_H
#define OCOP_RECORD_INT_H

#include "ocop/record.h"

/* A key's scalar, NULL when absent or empty. */
const char *record_str(const struct node *map, const char *key);
/* A key's date (YYYY-MM-DD, YYYY-MM or YYYY); false when absent. */
bool record_date(const struct node *map, const char *key, struct ocop_date *d);
/* A key's sequence: its items and their number (0 when absent). */
size_t record_list(const struct node *map, const char *key,
		   const struct node *const **items);
const char *record_keep_str(struct node_doc *to, const char *s);
void *record_keep_array(struct node_doc *to, const void *items, size_t size);

/* The schema's words and checks of record-event.c. */
const char *record_doc_word(int i);
int record_doc_parse(const char *text, const char **suggestion);
const char *record_check_sha256(const char *v);

/* The views of record-event.c, after record_decode's checks. */
void record_decode_event(struct record *r);
void record_decode_documents(struct record *r, struct product *p);
void record_keep_event(struct node_doc *to, struct event *e);
void record_keep_documents(struct node_doc *to, struct product *p);

/*
 * Would the checker say nothing about v as the value of field f (a
 * scalar field)?  The same check as a tree's (check_scalar), its
 * messages thrown away: for record-stream.c, which gives up on a value
 * the tree path would report.
 */
bool record_value_clean(const struct field *f, const char *v, size_t len);
/* The index of v among an FT_ENUM field's words, or -1. */
int record_enum_index(const struct field *f, const char *v);

/*
 * A producer's, product's or office's view straight from the file's
 * bytes, with no tree, its strings and arrays in pool (record-stream.c;
 * pool NULL: in the record's own doc, freed by record_release): 0, r
 * valid, its doc holding the view and no tree (doc.root NULL); or 1,
 * having said nothing and left r as it was (its union zeroed), when the
 * file holds anything the tree path would say something about, or a form
 * this path does not decode.
 */
int record_decode_stream(struct record *r, const char *buf, size_t len,
			 struct node_pool *pool);

/* What a mapping of a producer or a product fills (record-view.c). */
enum view_kind {
	VIEW_NONE,		/* checked, not kept (a council member's score) */
	VIEW_PRODUCER, VIEW_TRAINING,
	VIEW_PRODUCT, VIEW_CYCLE, VIEW_EVALUATION, VIEW_CRITERIA, VIEW_SCORE,
	VIEW_PROMOTION, VIEW_READINESS,
	/* ocop.yaml: the office, its former units, targets, site fields, wards */
	VIEW_OFFICE, VIEW_FORMER, VIEW_TARGET, VIEW_SITE_FIELDS, VIEW_WARD_REF
};

/*
 * The one list from a schema key to a view field, for the tree's way and
 * the events'.  A scalar value v (NUL-terminated, len bytes, not empty)
 * of field f into obj, a mapping's view of kind: its strings copied into
 * to, or v itself when to is NULL (a tree's, which outlives the view).
 * False for a field the view does not know: record-stream.c then gives
 * up, and a row added to a schema is read the tree's way until it is
 * added here (and to test_stream.c).
 */
bool record_view_put(struct node_doc *to, enum view_kind kind, void *obj,
		     const struct field *f, const char *v, size_t len);
/*
 * A list field's items: their kind and size, or VIEW_NONE for a list the
 * view does not keep; -1 for one it does not decode here (documents,
 * listings: record_decode_documents).
 */
int record_view_list(enum view_kind parent, const struct field *f,
		     size_t *size);
/* A list's n items, where the view keeps them, in the object holding it. */
void record_view_put_list(enum view_kind parent, void *obj,
			  const struct field *f, void *items, size_t n);
/* A map field's object (*sub) and kind, or -1 for one not decoded here. */
int record_view_map(enum view_kind parent, void *obj, const struct field *f,
		    void **sub);
/*
 * A mapping begins: the defaults its view has before its keys (a
 * readiness unsaid is -1, whether the mapping is there or not).
 */
void record_view_start(enum view_kind kind, void *obj);
/* The whole mapping is known: what its view derives from several keys. */
void record_view_finish(enum view_kind kind, void *obj);
/*
 * A producer's, product's or office's view from its checked tree, by the
 * same list: every string and e->node, cycle[i].node point into r's
 * tree; documents and listings are left to record_decode_documents.
 */
void record_view_decode(struct record *r);

/* The schemas record.c decodes by (record-schema.c). */
extern const struct schema record_producer_schema, record_product_schema,
	record_evaluation_schema, record_criteria_schema, record_score_schema,
	record_site_fields_schema;

#endif
