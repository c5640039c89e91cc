/* node.c — the document tree and its arena (see node.h). */
#include <stdlib.h>
#include <string.h>

#include "ocop/node.h"
#include "ocop/util.h"
#include "bigmem.h"

/*
 * Records are small and many: one arena per document turns thousands of
 * tiny mallocs per file into a handful, and frees them in one go.
 */
struct arena_block {
	struct arena_block *next;
	size_t used, size;
	_Alignas(max_align_t) unsigned char data[];
};

#define ARENA_BLOCK 4096
/* a pool's biggest block: one huge page, its header included */
#define POOL_BLOCK (BIGMEM_PAGE - sizeof(struct arena_block))

static void free_blocks(struct arena_block *b)
{
	while (b) {
		struct arena_block *next = b->next;

		free(b);
		b = next;
	}
}

void node_doc_init(struct node_doc *doc)
{
	memset(doc, 0, sizeof(*doc));
}

void node_doc_release(struct node_doc *doc)
{
	free_blocks(doc->arena);
	node_doc_init(doc);
}

void node_pool_release(struct node_pool *pool)
{
	free_blocks(pool->blocks);
	pool->blocks = NULL;
}

/* size bytes from the list of blocks at *head, new blocks block bytes. */
static void *blocks_alloc(struct arena_block **head, size_t size, size_t block)
{
	struct arena_block *b = *head;
	void *p;

	if (!b || b->size - b->used < size) {
		size_t want = size > block ? size : block;

		b = big_malloc(sizeof(*b) + want);
		b->size = want;
		b->used = 0;
		/* A big one-off block goes behind the current one, so the
		 * current block's free space is not abandoned. */
		if (*head && want > block) {
			b->next = (*head)->next;
			(*head)->next = b;
		} else {
			b->next = *head;
			*head = b;
		}
	}
	p = b->data + b->used;
	b->used += size;
	return p;
}

void *node_alloc(struct node_doc *doc, size_t size)
{
	/* Nodes hold pointers and sizes: pointer alignment is enough. */
	const size_t align = sizeof(void *);

	struct arena_block *head;
	size_t block;

	size = (size + align - 1) & ~(align - 1);
	if (!doc->pool)
		return blocks_alloc(&doc->arena, size, ARENA_BLOCK);
	/*
	 * A pool's blocks double from ARENA_BLOCK to POOL_BLOCK: a ward of
	 * a province holds a few records, and 3,300 wards each starting
	 * two blocks of 64 KiB were 50 MB of memory touched for 20 MB of
	 * records.  A big directory's pool goes on to huge pages
	 * (bigmem.c): 4 KiB pages cost 20,000 records thousands of faults.
	 */
	head = doc->pool->blocks;
	block = head ? head->size * 2 : ARENA_BLOCK;
	if (block > POOL_BLOCK)
		block = POOL_BLOCK;
	return blocks_alloc(&doc->pool->blocks, size, block);
}

char *node_strndup(struct node_doc *doc, const char *s, size_t len)
{
	char *p = node_alloc(doc, len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

static struct node *node_new(struct node_doc *doc, enum node_kind kind)
{
	struct node *n = node_alloc(doc, sizeof(*n));

	memset(n, 0, sizeof(*n));
	n->kind = kind;
	n->style = STYLE_AUTO;
	return n;
}

struct node *node_new_scalar_len(struct node_doc *doc, const char *value,
				 size_t len, enum node_style style)
{
	struct node *n = node_new(doc, NODE_SCALAR);

	n->u.scalar.len = len;
	n->u.scalar.value = node_strndup(doc, value, len);
	n->style = style;
	return n;
}

struct node *node_new_scalar(struct node_doc *doc, const char *value,
			     enum node_style style)
{
	return node_new_scalar_len(doc, value, strlen(value), style);
}

struct node *node_new_mapping(struct node_doc *doc)
{
	return node_new(doc, NODE_MAPPING);
}

struct node *node_new_sequence(struct node_doc *doc)
{
	return node_new(doc, NODE_SEQUENCE);
}

struct node_pair *node_get_pair(const struct node *map, const char *key)
{
	size_t i;

	if (!map || map->kind != NODE_MAPPING)
		return NULL;
	for (i = 0; i < map->u.map.nr; i++) {
		struct node_pair *p = &map->u.map.pairs[i];
		const char *k = p->key->u.scalar.value;

		/* The first byte settles most misses without a call. */
		if (k[0] == key[0] && !strcmp(k, key))
			return p;
	}
	return NULL;
}

struct node *node_get(const struct node *map, const char *key)
{
	struct node_pair *p = node_get_pair(map, key);

	return p ? p->value : NULL;
}

const char *node_get_str(const struct node *map, const char *key)
{
	struct node *v = node_get(map, key);

	return v && v->kind == NODE_SCALAR ? v->u.scalar.value : NULL;
}

/* Arrays in the arena grow by copying: old copies are freed with the arena. */
static void *arena_grow(struct node_doc *doc, void *old, size_t nr,
			size_t *alloc, size_t elem)
{
	size_t want = *alloc ? *alloc * 2 : 8;
	void *p = node_alloc(doc, want * elem);

	if (nr)
		memcpy(p, old, nr * elem);
	*alloc = want;
	return p;
}

/* Append a pair without looking for the key (the loader checks duplicates). */
static void node_append_pair(struct node_doc *doc, struct node *map,
			     struct node *key, struct node *value)
{
	struct node_pair *p;

	if (map->kind != NODE_MAPPING || key->kind != NODE_SCALAR)
		BUG("node_append_pair on a non-mapping or with a non-scalar key");
	if (map->u.map.nr == map->u.map.alloc)
		map->u.map.pairs = arena_grow(doc, map->u.map.pairs,
					      map->u.map.nr, &map->u.map.alloc,
					      sizeof(struct node_pair));
	p = &map->u.map.pairs[map->u.map.nr++];
	p->key = key;
	p->value = value;
}

void node_set(struct node_doc *doc, struct node *map, const char *key,
	      struct node *value)
{
	struct node_pair *p = node_get_pair(map, key);

	if (p) {
		p->value = value;
		return;
	}
	node_append_pair(doc, map, node_new_scalar(doc, key, STYLE_PLAIN),
			 value);
}

void node_set_str(struct node_doc *doc, struct node *map, const char *key,
		  const char *value, enum node_style style)
{
	node_set(doc, map, key, node_new_scalar(doc, value, style));
}

bool node_remove(struct node *map, const char *key)
{
	struct node_pair *p = node_get_pair(map, key);
	size_t i;

	if (!p)
		return false;
	i = (size_t)(p - map->u.map.pairs);
	memmove(p, p + 1, (map->u.map.nr - i - 1) * sizeof(*p));
	map->u.map.nr--;
	return true;
}

void node_append(struct node_doc *doc, struct node *seq, struct node *item)
{
	if (seq->kind != NODE_SEQUENCE)
		BUG("node_append on a non-sequence");
	if (seq->u.seq.nr == seq->u.seq.alloc)
		seq->u.seq.items = arena_grow(doc, seq->u.seq.items,
					      seq->u.seq.nr, &seq->u.seq.alloc,
					      sizeof(struct node *));
	seq->u.seq.items[seq->u.seq.nr++] = item;
}

bool node_equal(const struct node *a, const struct node *b)
{
	size_t i;

	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case NODE_SCALAR:
		return a->u.scalar.len == b->u.scalar.len &&
		       !memcmp(a->u.scalar.value, b->u.scalar.value,
			       a->u.scalar.len);
	case NODE_MAPPING:
		if (a->u.map.nr != b->u.map.nr)
			return false;
		for (i = 0; i < a->u.map.nr; i++)
			if (!node_equal(a->u.map.pairs[i].key,
					b->u.map.pairs[i].key) ||
			    !node_equal(a->u.map.pairs[i].value,
					b->u.map.pairs[i].value))
				return false;
		return true;
	case NODE_SEQUENCE:
		if (a->u.seq.nr != b->u.seq.nr)
			return false;
		for (i = 0; i < a->u.seq.nr; i++)
			if (!node_equal(a->u.seq.items[i], b->u.seq.items[i]))
				return false;
		return true;
	}
	return false;
}

struct node *node_copy(struct node_doc *doc, const struct node *n)
{
	struct node *c;
	size_t i;

	switch (n->kind) {
	case NODE_SCALAR:
		c = node_new_scalar(doc, n->u.scalar.value, n->style);
		break;
	case NODE_MAPPING:
		c = node_new_mapping(doc);
		for (i = 0; i < n->u.map.nr; i++)
			node_append_pair(doc, c,
					 node_copy(doc, n->u.map.pairs[i].key),
					 node_copy(doc, n->u.map.pairs[i].value));
		break;
	default:
		c = node_new_sequence(doc);
		for (i = 0; i < n->u.seq.nr; i++)
			node_append(doc, c, node_copy(doc, n->u.seq.items[i]));
		break;
	}
	c->style = n->style;
	c->line = n->line;
	c->col = n->col;
	return c;
}
