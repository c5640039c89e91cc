/* test_node.c — the document tree and its arena (node.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/node.h"
#include "ocop/util.h"

/* Many small and a few big allocations: aligned, distinct, intact. */
static void test_arena_many(void **state)
{
	enum { N = 20000 };
	struct node_doc doc;
	struct node **nodes = xcalloc(N, sizeof(*nodes));
	char buf[32];
	size_t i;

	(void)state;
	node_doc_init(&doc);
	assert_null(doc.root);
	assert_null(doc.arena);
	assert_int_equal(doc.comment_line, 0);
	for (i = 0; i < N; i++) {
		snprintf(buf, sizeof(buf), "value-%zu", i);
		nodes[i] = node_new_scalar(&doc, buf, STYLE_AUTO);
		assert_int_equal((uintptr_t)nodes[i] % sizeof(void *), 0);
		if (i % 1000 == 0) {
			/* a block bigger than the arena's blocks in between */
			char *big = node_alloc(&doc, 10000);

			assert_int_equal((uintptr_t)big % sizeof(void *), 0);
			memset(big, 0xAB, 10000);
		}
	}
	for (i = 0; i < N; i++) {
		snprintf(buf, sizeof(buf), "value-%zu", i);
		assert_int_equal(nodes[i]->kind, NODE_SCALAR);
		assert_int_equal(nodes[i]->style, STYLE_AUTO);
		assert_int_equal(nodes[i]->line, 0);
		assert_string_equal(nodes[i]->u.scalar.value, buf);
		assert_int_equal(nodes[i]->u.scalar.len, strlen(buf));
	}
	/* odd sizes stay aligned */
	for (i = 1; i < 100; i++)
		assert_int_equal((uintptr_t)node_alloc(&doc, i) %
				 sizeof(void *), 0);
	node_doc_release(&doc);
	assert_null(doc.arena);
	assert_null(doc.root);
	free(nodes);
}

/*
 * Documents sharing a pool: their nodes outlive a document's release (the
 * pool owns them), a pooled document has no blocks of its own, and the
 * pool is freed whole (ASan and valgrind see a leak or a use after free).
 */
static void test_pool(void **state)
{
	struct node_pool pool = { NULL };
	struct node_doc a, b;
	struct node *na, *nb;
	int i;

	(void)state;
	node_doc_init(&a);
	node_doc_init(&b);
	a.pool = b.pool = &pool;
	na = node_new_mapping(&a);
	nb = node_new_mapping(&b);
	for (i = 0; i < 500; i++) {
		char key[16];

		snprintf(key, sizeof(key), "k%d", i);
		node_set_str(&a, na, key, "Yến sào", STYLE_AUTO);
		node_set_str(&b, nb, key, "Chè", STYLE_AUTO);
	}
	assert_null(a.arena);
	assert_null(b.arena);
	assert_non_null(pool.blocks);
	node_doc_release(&a);
	assert_null(a.pool);
	/* b's nodes, and a's, are still there until the pool goes */
	assert_int_equal(nb->u.map.nr, 500);
	assert_string_equal(node_get_str(nb, "k499"), "Chè");
	assert_string_equal(node_get_str(na, "k0"), "Yến sào");
	node_doc_release(&b);
	node_pool_release(&pool);
	assert_null(pool.blocks);
}

static void test_strndup(void **state)
{
	struct node_doc doc;
	char *s;

	(void)state;
	node_doc_init(&doc);
	s = node_strndup(&doc, "abcdef", 3);
	assert_string_equal(s, "abc");
	s = node_strndup(&doc, "", 0);
	assert_string_equal(s, "");
	node_doc_release(&doc);
}

static void test_new_and_get(void **state)
{
	struct node_doc doc;
	struct node *map, *seq, *v;

	(void)state;
	node_doc_init(&doc);
	map = node_new_mapping(&doc);
	seq = node_new_sequence(&doc);
	assert_int_equal(map->kind, NODE_MAPPING);
	assert_int_equal(map->u.map.nr, 0);
	assert_int_equal(seq->kind, NODE_SEQUENCE);
	assert_int_equal(seq->u.seq.nr, 0);

	node_set_str(&doc, map, "name", "Yến sào", STYLE_AUTO);
	node_set_str(&doc, map, "phone", "0255", STYLE_QUOTED);
	node_set(&doc, map, "list", seq);
	assert_string_equal(node_get_str(map, "name"), "Yến sào");
	assert_int_equal(node_get(map, "phone")->style, STYLE_QUOTED);
	assert_ptr_equal(node_get(map, "list"), seq);
	assert_null(node_get_str(map, "list"));	/* not a scalar */
	assert_null(node_get(map, "missing"));
	assert_null(node_get_str(map, "missing"));
	assert_null(node_get_pair(map, "missing"));
	/* lookups on a non-mapping or NULL find nothing */
	v = node_new_scalar(&doc, "x", STYLE_PLAIN);
	assert_null(node_get(v, "x"));
	assert_null(node_get(seq, "x"));
	assert_null(node_get(NULL, "x"));
	assert_null(node_get_str(NULL, "x"));
	/* keys made by node_set are plain scalars */
	assert_int_equal(node_get_pair(map, "name")->key->style, STYLE_PLAIN);
	assert_int_equal(node_get_pair(map, "name")->key->kind, NODE_SCALAR);
	node_doc_release(&doc);
}

/* node_set replaces in place; a new key goes to the end. */
static void test_set_in_place(void **state)
{
	struct node_doc doc;
	struct node *map;
	static const char *const order[] = { "a", "b", "c", "d" };
	size_t i;

	(void)state;
	node_doc_init(&doc);
	map = node_new_mapping(&doc);
	for (i = 0; i < 3; i++)
		node_set_str(&doc, map, order[i], "old", STYLE_AUTO);
	node_set_str(&doc, map, "b", "new", STYLE_QUOTED);
	assert_int_equal(map->u.map.nr, 3);
	assert_string_equal(map->u.map.pairs[1].key->u.scalar.value, "b");
	assert_string_equal(map->u.map.pairs[1].value->u.scalar.value, "new");
	assert_int_equal(map->u.map.pairs[1].value->style, STYLE_QUOTED);
	node_set(&doc, map, "a", node_new_mapping(&doc));
	assert_int_equal(map->u.map.pairs[0].value->kind, NODE_MAPPING);
	node_set_str(&doc, map, "d", "4", STYLE_PLAIN);
	assert_int_equal(map->u.map.nr, 4);
	for (i = 0; i < 4; i++)
		assert_string_equal(map->u.map.pairs[i].key->u.scalar.value,
				    order[i]);
	node_doc_release(&doc);
}

/* Growing a mapping and a sequence past their first allocations. */
static void test_grow(void **state)
{
	enum { N = 1000 };
	struct node_doc doc;
	struct node *map, *seq;
	char key[16];
	size_t i;

	(void)state;
	node_doc_init(&doc);
	map = node_new_mapping(&doc);
	seq = node_new_sequence(&doc);
	for (i = 0; i < N; i++) {
		snprintf(key, sizeof(key), "k%zu", i);
		node_set_str(&doc, map, key, key, STYLE_AUTO);
		node_append(&doc, seq, node_new_scalar(&doc, key, STYLE_PLAIN));
	}
	assert_int_equal(map->u.map.nr, N);
	assert_int_equal(seq->u.seq.nr, N);
	assert_true(map->u.map.alloc >= N);
	for (i = 0; i < N; i++) {
		snprintf(key, sizeof(key), "k%zu", i);
		assert_string_equal(map->u.map.pairs[i].key->u.scalar.value, key);
		assert_string_equal(node_get_str(map, key), key);
		assert_string_equal(seq->u.seq.items[i]->u.scalar.value, key);
	}
	node_doc_release(&doc);
}

static void test_remove(void **state)
{
	struct node_doc doc;
	struct node *map;
	static const char *const keys[] = { "a", "b", "c", "d" };
	size_t i;

	(void)state;
	node_doc_init(&doc);
	map = node_new_mapping(&doc);
	for (i = 0; i < ARRAY_SIZE(keys); i++)
		node_set_str(&doc, map, keys[i], keys[i], STYLE_AUTO);
	assert_true(node_remove(map, "b"));
	assert_int_equal(map->u.map.nr, 3);
	assert_string_equal(map->u.map.pairs[0].key->u.scalar.value, "a");
	assert_string_equal(map->u.map.pairs[1].key->u.scalar.value, "c");
	assert_string_equal(map->u.map.pairs[2].key->u.scalar.value, "d");
	assert_string_equal(node_get_str(map, "c"), "c");
	assert_false(node_remove(map, "b"));
	assert_false(node_remove(map, "zz"));
	assert_true(node_remove(map, "d"));	/* the last */
	assert_true(node_remove(map, "a"));	/* the first */
	assert_int_equal(map->u.map.nr, 1);
	assert_string_equal(map->u.map.pairs[0].key->u.scalar.value, "c");
	assert_true(node_remove(map, "c"));
	assert_int_equal(map->u.map.nr, 0);
	assert_false(node_remove(map, "c"));
	/* usable again after emptying */
	node_set_str(&doc, map, "e", "e", STYLE_AUTO);
	assert_string_equal(node_get_str(map, "e"), "e");
	node_doc_release(&doc);
}

/* A product-like tree, built in doc. */
static struct node *sample(struct node_doc *doc)
{
	struct node *root = node_new_mapping(doc), *seq, *e, *score;

	node_set_str(doc, root, "id", "mat-ong", STYLE_PLAIN);
	node_set_str(doc, root, "name", "Mật ong", STYLE_AUTO);
	seq = node_new_sequence(doc);
	e = node_new_mapping(doc);
	node_set_str(doc, e, "step", "2", STYLE_PLAIN);
	node_set_str(doc, e, "date", "2025-04-10", STYLE_PLAIN);
	node_append(doc, seq, e);
	e = node_new_mapping(doc);
	node_set_str(doc, e, "level", "province", STYLE_PLAIN);
	score = node_new_mapping(doc);
	node_set_str(doc, score, "a", "30", STYLE_PLAIN);
	node_set(doc, e, "score", score);
	node_append(doc, seq, e);
	node_append(doc, seq, node_new_scalar(doc, "tail", STYLE_AUTO));
	node_set(doc, root, "cycle", seq);
	return root;
}

static void test_equal(void **state)
{
	struct node_doc d1, d2;
	struct node *a, *b, *seq, *e;

	(void)state;
	node_doc_init(&d1);
	node_doc_init(&d2);
	a = sample(&d1);
	b = sample(&d2);
	assert_true(node_equal(a, b));
	assert_true(node_equal(a, a));

	/* styles and positions are not compared */
	node_get(b, "name")->style = STYLE_QUOTED;
	node_get(b, "name")->line = 7;
	assert_true(node_equal(a, b));

	/* a scalar's bytes */
	node_set_str(&d2, b, "name", "Mật ông", STYLE_AUTO);
	assert_false(node_equal(a, b));
	node_set_str(&d2, b, "name", "Mật ong", STYLE_AUTO);
	assert_true(node_equal(a, b));
	/* a prefix is not equal */
	node_set_str(&d2, b, "name", "Mật", STYLE_AUTO);
	assert_false(node_equal(a, b));
	node_set_str(&d2, b, "name", "Mật ong", STYLE_AUTO);

	/* deep inside: a sequence's mapping's mapping */
	seq = node_get(b, "cycle");
	e = seq->u.seq.items[1];
	node_set_str(&d2, node_get(e, "score"), "a", "31", STYLE_PLAIN);
	assert_false(node_equal(a, b));
	node_set_str(&d2, node_get(e, "score"), "a", "30", STYLE_PLAIN);
	assert_true(node_equal(a, b));

	/* an extra item, an extra key */
	node_append(&d2, seq, node_new_scalar(&d2, "more", STYLE_AUTO));
	assert_false(node_equal(a, b));
	seq->u.seq.nr--;
	assert_true(node_equal(a, b));
	node_set_str(&d2, b, "notes", "x", STYLE_AUTO);
	assert_false(node_equal(a, b));
	assert_false(node_equal(b, a));
	node_remove(b, "notes");
	assert_true(node_equal(a, b));

	/* the same keys in another order are not equal */
	node_remove(b, "id");
	node_set_str(&d2, b, "id", "mat-ong", STYLE_PLAIN);
	assert_false(node_equal(a, b));

	/* kinds */
	assert_false(node_equal(node_new_mapping(&d1), node_new_sequence(&d1)));
	assert_false(node_equal(node_new_scalar(&d1, "", STYLE_PLAIN),
				node_new_mapping(&d1)));
	assert_true(node_equal(node_new_mapping(&d1), node_new_mapping(&d2)));
	assert_true(node_equal(node_new_sequence(&d1), node_new_sequence(&d2)));
	node_doc_release(&d1);
	node_doc_release(&d2);
}

/* A deep copy: equal, with its own nodes and strings, in the other arena. */
static void test_copy(void **state)
{
	struct node_doc d1, d2;
	struct node *a, *c;

	(void)state;
	node_doc_init(&d1);
	node_doc_init(&d2);
	a = sample(&d1);
	node_get(a, "name")->line = 3;
	node_get(a, "name")->col = 7;
	c = node_copy(&d2, a);
	assert_true(node_equal(a, c));
	assert_ptr_not_equal(c, a);
	assert_ptr_not_equal(node_get(c, "name"), node_get(a, "name"));
	assert_ptr_not_equal(node_get_str(c, "name"), node_get_str(a, "name"));
	assert_ptr_not_equal(node_get(c, "cycle"), node_get(a, "cycle"));
	/* styles and places are copied */
	assert_int_equal(node_get(c, "name")->style, STYLE_AUTO);
	assert_int_equal(node_get(c, "id")->style, STYLE_PLAIN);
	assert_int_equal(node_get(c, "name")->line, 3);
	assert_int_equal(node_get(c, "name")->col, 7);
	/* the copy outlives the original's arena */
	node_doc_release(&d1);
	assert_string_equal(node_get_str(c, "name"), "Mật ong");
	assert_string_equal(node_get_str(node_get(node_get(c, "cycle")->u.seq.items[1],
						  "score"), "a"), "30");
	assert_string_equal(node_get(c, "cycle")->u.seq.items[2]->u.scalar.value,
			    "tail");
	/* changing the copy leaves a fresh original alone */
	node_doc_init(&d1);
	a = sample(&d1);
	c = node_copy(&d2, a);
	node_set_str(&d2, c, "name", "khác", STYLE_AUTO);
	assert_string_equal(node_get_str(a, "name"), "Mật ong");
	assert_false(node_equal(a, c));
	node_doc_release(&d1);
	node_doc_release(&d2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arena_many),
		cmocka_unit_test(test_pool),
		cmocka_unit_test(test_strndup),
		cmocka_unit_test(test_new_and_get),
		cmocka_unit_test(test_set_in_place),
		cmocka_unit_test(test_grow),
		cmocka_unit_test(test_remove),
		cmocka_unit_test(test_equal),
		cmocka_unit_test(test_copy),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
