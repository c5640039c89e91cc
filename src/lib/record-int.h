/*
 * record-int.h — what record.c shares with record-event.c, and nothing
 * else uses: the readers of a checked tree's values and the copies of a
 * view's strings (record_keep_view).
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
 * A producer's or product's view straight from the file's bytes, with
 * no tree, its strings and arrays in pool (record-stream.c): 0, r valid
 * and its doc the pool's; or 1, having said nothing and left r as it
 * was (its union zeroed), when the file holds anything the tree path
 * would say something about, or a form this path does not decode.
 */
int record_decode_stream(struct record *r, const char *buf, size_t len,
			 struct node_pool *pool);

/* The schemas record.c decodes by (record-schema.c). */
extern const struct schema record_producer_schema, record_product_schema,
	record_evaluation_schema, record_criteria_schema, record_score_schema,
	record_site_fields_schema;

#endif
