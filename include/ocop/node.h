/*
 * node.h — a YAML document as an ordered tree of scalars, mappings and
 * sequences, with the line and column each node came from.
 *
 * A record file is loaded into this tree (yamlio.h), typed and checked
 * through the schema (record.h), changed in place by commands, and
 * written back from it.  Keeping the tree, not only typed structs, is what
 * lets a rewrite keep keys this version of ocop does not know.
 *
 * Every node and string of a document lives in the document's arena and
 * is freed with it by node_doc_release(); nothing is freed singly.  The
 * documents of a bulk read may share a pool instead (node_pool): then the
 * pool's owner frees them all at once with node_pool_release().
 */
#ifndef OCOP_NODE_H
#define OCOP_NODE_H

#include <stdbool.h>
#include <stddef.h>

enum node_kind { NODE_SCALAR, NODE_MAPPING, NODE_SEQUENCE };

/* How a scalar is written: as it was read, or as the schema says. */
enum node_style {
	STYLE_PLAIN,	/* plain: a number, a boolean, a date, or a plain value kept as read */
	STYLE_AUTO,	/* a string: plain only when every YAML reader reads it as that string */
	STYLE_QUOTED	/* always quoted: codes (tax code, phone, barcode) */
};

struct node;

struct node_pair {
	struct node *key;	/* always a scalar */
	struct node *value;
};

struct node {
	enum node_kind kind;
	enum node_style style;
	unsigned line, col;		/* 1-based; 0 for nodes made by a command */
	union {
		struct {
			char *value;	/* NUL-terminated, NFC */
			size_t len;
		} scalar;
		struct {
			struct node_pair *pairs;
			size_t nr, alloc;
		} map;
		struct {
			struct node **items;
			size_t nr, alloc;
		} seq;
	} u;
};

struct arena_block;

/*
 * Blocks shared by many documents, for reading thousands of records that
 * live as long as each other: a record of 600 bytes then costs what it
 * holds, not a block of its own.  One pool a thread: it has no lock.
 */
struct node_pool {
	struct arena_block *blocks;
};

void node_pool_release(struct node_pool *pool);

struct node_doc {
	struct node *root;		/* a mapping, once loaded */
	struct arena_block *arena;	/* the document's own blocks */
	struct node_pool *pool;		/* or, when set, the shared ones */
	unsigned comment_line;		/* first line holding a comment, or 0 */
	unsigned comment_col;
};

void node_doc_init(struct node_doc *doc);
/* Free the document's blocks; a pooled document's stay in its pool. */
void node_doc_release(struct node_doc *doc);

/*
 * Arena allocation, freed with the document; aligned for pointers, which
 * is what records hold (not long double).
 */
void *node_alloc(struct node_doc *doc, size_t size);
char *node_strndup(struct node_doc *doc, const char *s, size_t len);

struct node *node_new_scalar(struct node_doc *doc, const char *value,
			     enum node_style style);
/* The same for value[0..len), which holds no NUL. */
struct node *node_new_scalar_len(struct node_doc *doc, const char *value,
				 size_t len, enum node_style style);
struct node *node_new_mapping(struct node_doc *doc);
struct node *node_new_sequence(struct node_doc *doc);

/* The value under key in a mapping, or NULL. */
struct node *node_get(const struct node *map, const char *key);
/* The pair for key, or NULL. */
struct node_pair *node_get_pair(const struct node *map, const char *key);
/* The scalar string under key, or NULL when absent or not a scalar. */
const char *node_get_str(const struct node *map, const char *key);

/*
 * Set key to value in a mapping: replaces the value of an existing key
 * (keeping its place), else appends the pair.
 */
void node_set(struct node_doc *doc, struct node *map, const char *key,
	      struct node *value);
void node_set_str(struct node_doc *doc, struct node *map, const char *key,
		  const char *value, enum node_style style);
/* Remove key; returns whether it was there. */
bool node_remove(struct node *map, const char *key);

void node_append(struct node_doc *doc, struct node *seq, struct node *item);

/*
 * Structural equality: same kinds, same scalar bytes, same keys in the
 * same order.  Styles and positions are not compared.
 */
bool node_equal(const struct node *a, const struct node *b);

/* A deep copy of n into doc. */
struct node *node_copy(struct node_doc *doc, const struct node *n);

#endif
