/*
 * test_stream.c — record-stream.c, the view decoded from libyaml's events
 * with no tree: for every record of the fixtures, and for hostile files,
 * it gives the tree path's view exactly, or gives up having said nothing
 * (the tree path then says what is wrong).  It never accepts a record the
 * tree path refuses or warns about.
 *
 * Offices (ocop.yaml) are compared the same way, with the view in the
 * record's own doc, as store_read_office_view reads one.
 *
 * OCOP_TEST_STREAM_DIRS (directories, ':' between them) adds the records
 * and the ocop.yaml of other data directories, such as bench/gen's 20,000
 * products or every ward of its country (-W 3300).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/diag.h"
#include "ocop/record.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"
#include "ocop/yamlio.h"
#include "lib/record-int.h"

/* --- comparing two views -------------------------------------------------- */

static void same_str(const char *a, const char *b, const char *what)
{
	if (!a || !b) {
		if (a != b)
			fail_msg("%s: '%s' against '%s'", what, a ? a : "(null)",
				 b ? b : "(null)");
		return;
	}
	if (strcmp(a, b))
		fail_msg("%s: '%s' against '%s'", what, a, b);
}

static void same_date(const struct ocop_date *a, const struct ocop_date *b)
{
	assert_int_equal(a->year, b->year);
	assert_int_equal(a->month, b->month);
	assert_int_equal(a->day, b->day);
	assert_int_equal(a->prec, b->prec);
}

static void same_producer(const struct producer *a, const struct producer *b)
{
	size_t i;

	same_str(a->id, b->id, "id");
	same_str(a->name, b->name, "name");
	assert_int_equal(a->kind, b->kind);
	same_str(a->tax_code, b->tax_code, "tax_code");
	same_str(a->representative, b->representative, "representative");
	same_str(a->phone, b->phone, "phone");
	same_str(a->address, b->address, "address");
	same_str(a->old_address, b->old_address, "old_address");
	same_str(a->notes, b->notes, "notes");
	assert_int_equal(a->ntraining, b->ntraining);
	for (i = 0; i < a->ntraining; i++) {
		same_date(&a->training[i].date, &b->training[i].date);
		same_str(a->training[i].course, b->training[i].course, "course");
	}
}

static void same_evaluation(const struct evaluation *a,
			    const struct evaluation *b)
{
	int i;

	assert_int_equal(a->level, b->level);
	same_date(&a->date, &b->date);
	assert_int_equal(a->as_of, b->as_of);
	same_str(a->report, b->report, "report");
	same_str(a->basis, b->basis, "basis");
	same_str(a->decision, b->decision, "decision");
	same_str(a->authority, b->authority, "authority");
	same_str(a->note, b->note, "note");
	for (i = 0; i < CRITERIA_COUNT; i++)
		assert_int_equal(a->criteria[i], b->criteria[i]);
	assert_int_equal(a->has_score, b->has_score);
	for (i = 0; i < 3; i++)
		assert_int_equal(a->score[i], b->score[i]);
	assert_int_equal(a->stars, b->stars);
	assert_int_equal(a->has_expires, b->has_expires);
	if (a->has_expires)
		same_date(&a->expires, &b->expires);
	assert_int_equal(a->revoked, b->revoked);
	if (a->revoked)
		same_date(&a->revoked_date, &b->revoked_date);
	same_str(a->revoke_decision, b->revoke_decision, "revoke_decision");
}

static void same_product(const struct product *a, const struct product *b)
{
	size_t i;

	same_str(a->id, b->id, "id");
	same_str(a->name, b->name, "name");
	same_str(a->producer, b->producer, "producer");
	assert_int_equal(a->category, b->category);
	same_str(a->category_1048, b->category_1048, "category_1048");
	assert_int_equal(a->set, b->set);
	assert_int_equal(a->origin, b->origin);
	same_str(a->notes, b->notes, "notes");
	assert_int_equal(a->ncycle, b->ncycle);
	for (i = 0; i < a->ncycle; i++) {
		assert_int_equal(a->cycle[i].step, b->cycle[i].step);
		same_date(&a->cycle[i].date, &b->cycle[i].date);
		same_str(a->cycle[i].note, b->cycle[i].note, "cycle note");
		assert_int_equal(a->cycle[i].rejected, b->cycle[i].rejected);
	}
	assert_int_equal(a->nevals, b->nevals);
	for (i = 0; i < a->nevals; i++)
		same_evaluation(&a->evals[i], &b->evals[i]);
	assert_int_equal(a->npromos, b->npromos);
	for (i = 0; i < a->npromos; i++) {
		same_date(&a->promos[i].date, &b->promos[i].date);
		same_str(a->promos[i].kind, b->promos[i].kind, "promotion kind");
		same_str(a->promos[i].name, b->promos[i].name, "promotion name");
	}
	assert_int_equal(a->nlistings, b->nlistings);
	assert_int_equal(a->ndocs, b->ndocs);
	same_str(a->readiness.barcode, b->readiness.barcode, "barcode");
	same_str(a->readiness.trademark, b->readiness.trademark, "trademark");
	assert_int_equal(a->readiness.traceability, b->readiness.traceability);
	assert_int_equal(a->readiness.quality_declaration,
			 b->readiness.quality_declaration);
	assert_int_equal(a->readiness.food_safety, b->readiness.food_safety);
}

static void same_office(const struct office *a, const struct office *b)
{
	size_t i;

	same_str(a->ward, b->ward, "ward");
	same_str(a->province, b->province, "province");
	assert_int_equal(a->unit, b->unit);
	same_str(a->unit_code, b->unit_code, "unit_code");
	assert_int_equal(a->nformerly, b->nformerly);
	for (i = 0; i < a->nformerly; i++) {
		same_str(a->formerly[i].name, b->formerly[i].name, "former name");
		same_str(a->formerly[i].unit_code, b->formerly[i].unit_code,
			 "former unit_code");
	}
	assert_int_equal(a->nwards, b->nwards);
	for (i = 0; i < a->nwards; i++) {
		same_str(a->wards[i].name, b->wards[i].name, "ward name");
		same_str(a->wards[i].path, b->wards[i].path, "ward path");
	}
	same_str(a->authority, b->authority, "authority");
	same_str(a->department, b->department, "department");
	same_str(a->lang, b->lang, "lang");
	same_str(a->place, b->place, "place");
	same_str(a->signer, b->signer, "signer");
	same_str(a->signer_title, b->signer_title, "signer_title");
	same_str(a->sign_for, b->sign_for, "sign_for");
	same_str(a->recipients, b->recipients, "recipients");
	assert_int_equal(a->git_commit, b->git_commit);
	same_str(a->catalogue_url, b->catalogue_url, "catalogue_url");
	same_str(a->gs1_resolver, b->gs1_resolver, "gs1_resolver");
	assert_int_equal(a->site_fields, b->site_fields);
	assert_int_equal(a->ntargets, b->ntargets);
	for (i = 0; i < a->ntargets; i++)
		assert_memory_equal(&a->targets[i], &b->targets[i],
				    sizeof(a->targets[i]));
}

/*
 * Both paths on text: the stream's view is the tree's when it takes the
 * record, and it takes only records the tree path accepts in silence.
 * Returns whether the stream took it.
 */
static bool compare(enum record_type type, const char *text, size_t len,
		    const char *name)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct node_pool tree_pool = { 0 }, stream_pool = { 0 };
	struct record tree, stream;
	bool took, silent;

	record_init(&tree, type, name);
	if (!yaml_load(text, len, name, &tree.doc, &dl))
		record_decode(&tree, &dl);
	silent = tree.valid && !dl.nr;
	record_keep_view(&tree, &tree_pool);

	record_init(&stream, type, name);
	/* an office's view goes to its own doc, as store_read_office_view's */
	took = !record_decode_stream(&stream, text, len, type == RECORD_OFFICE ?
				     NULL : &stream_pool);
	if (took && !silent)
		fail_msg("%s: the stream took a record the tree path %s (%s)",
			 name, tree.valid ? "warns about" : "refuses",
			 dl.nr ? dl.items[0].message : "?");
	if (took) {
		assert_true(stream.valid);
		assert_true(stream.parsed);
		assert_null(stream.doc.root);
		if (type == RECORD_PRODUCER)
			same_producer(&tree.u.producer, &stream.u.producer);
		else if (type == RECORD_OFFICE)
			same_office(&tree.u.office, &stream.u.office);
		else
			same_product(&tree.u.product, &stream.u.product);
	} else {
		/* given up: the record is left for the tree path */
		assert_false(stream.valid);
		assert_null(stream.doc.root);
	}
	record_release(&tree);
	record_release(&stream);
	node_pool_release(&tree_pool);
	node_pool_release(&stream_pool);
	diag_list_release(&dl);
	return took;
}

static bool compare_text(enum record_type type, const char *text)
{
	return compare(type, text, strlen(text), "t.yaml");
}

/* The file dir/name as a record of type: whether the stream took it. */
static bool compare_file(const char *dir, const char *name,
			 enum record_type type, size_t *seen)
{
	struct strbuf path = STRBUF_INIT, buf = STRBUF_INIT;
	size_t n;
	bool took;
	FILE *f;

	strbuf_addf(&path, "%s/%s", dir, name);
	f = fopen(path.buf, "rb");
	assert_non_null(f);
	strbuf_grow(&buf, 1 << 16);
	while ((n = fread(buf.buf + buf.len, 1, buf.alloc - buf.len - 1, f)) > 0) {
		strbuf_setlen(&buf, buf.len + n);
		strbuf_grow(&buf, 1 << 16);
	}
	fclose(f);
	took = compare(type, buf.buf, buf.len, path.buf);
	(*seen)++;
	strbuf_release(&path);
	strbuf_release(&buf);
	return took;
}

/* Every file of dir (*.yaml) as a record of type; how many the stream took. */
static size_t compare_dir(const char *dir, enum record_type type, size_t *seen)
{
	struct dirent *de;
	size_t took = 0;
	DIR *d = opendir(dir);

	if (!d)
		return 0;
	while ((de = readdir(d))) {
		size_t n = strlen(de->d_name);

		if (n < 6 || strcmp(de->d_name + n - 5, ".yaml"))
			continue;
		took += compare_file(dir, de->d_name, type, seen);
	}
	closedir(d);
	return took;
}

/* --- the tests ----------------------------------------------------------------- */

/* The bundled data and the fuzzers' seeds: clean records, all taken. */
static void test_fixtures(void **state)
{
	size_t seen = 0, took = 0;

	(void)state;
	took += compare_dir("data/producers", RECORD_PRODUCER, &seen);
	took += compare_dir("data/products", RECORD_PRODUCT, &seen);
	assert_true(seen >= 20);
	/* the sample holds no listings or documents but in a few records */
	assert_true(took * 10 >= seen * 8);
	print_message("# fixtures: the stream took %zu of %zu records\n", took, seen);
}

/* Hostile files (../shared/testdata): never taken but when the tree is silent. */
static void test_hostile_files(void **state)
{
	size_t seen = 0, took;

	(void)state;
	took = compare_dir("../shared/testdata/hostile/yaml", RECORD_PRODUCT, &seen);
	took += compare_dir("../shared/testdata/hostile/yaml", RECORD_PRODUCER, &seen);
	took += compare_dir("tests/fuzz/seeds/record", RECORD_PRODUCT, &seen);
	took += compare_dir("tests/fuzz/seeds/record", RECORD_PRODUCER, &seen);
	took += compare_dir("../shared/testdata/hostile/yaml", RECORD_OFFICE, &seen);
	took += compare_dir("tests/fuzz/seeds/record", RECORD_OFFICE, &seen);
	print_message("# hostile and seed files: the stream took %zu of %zu\n", took, seen);
}

/* OCOP_TEST_STREAM_DIRS: other data directories, every record compared. */
static void test_more_dirs(void **state)
{
	const char *env = getenv("OCOP_TEST_STREAM_DIRS");
	char *dirs, *dir, *save = NULL;
	size_t seen = 0, took = 0;

	(void)state;
	if (!env || !*env) {
		/* cmocka's skip() counts as "not ok" in tests/run-unit.sh */
		print_message("# OCOP_TEST_STREAM_DIRS unset: no more directories\n");
		return;
	}
	dirs = xstrdup(env);
	for (dir = strtok_r(dirs, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
		char *sub = xasprintf("%s/producers", dir);

		took += compare_dir(sub, RECORD_PRODUCER, &seen);
		free(sub);
		sub = xasprintf("%s/products", dir);
		took += compare_dir(sub, RECORD_PRODUCT, &seen);
		free(sub);
		took += compare_file(dir, "ocop.yaml", RECORD_OFFICE, &seen);
	}
	free(dirs);
	print_message("# %s: the stream took %zu of %zu records\n", env, took, seen);
	assert_int_equal(took, seen);
}

static const char product_head[] =
	"id: p\nname: Trà xanh\nproducer: htx\ncategory: beverage\norigin: existing\n";

/* Clean records in every form the stream decodes: taken, the same view. */
static void test_clean_forms(void **state)
{
	static const char *const products[] = {
		"cycle:\n- {step: 1, date: 2024-01-02}\n- {step: 2, date: 2024-02, note: 'ý tưởng', rejected: true}\n",
		"evaluations:\n- {level: ward, date: 2024-03-01, criteria: {local_origin: pass, local_labour: fail, idea_origin: pass, local_identity: pass}}\n",
		"evaluations:\n- {level: province, as_of: 2023, stars: 3}\n",
		"evaluations:\n- level: province\n  date: 2024\n  basis: 148/QĐ-TTg\n  score: {a: 35, b: 21.5, c: 30.25}\n  members:\n  - {name: A, a: 35, b: 21, c: 30}\n  stars: 4\n  decision: 1/QĐ-UBND\n  expires: 2027-12\n  revoked: 2025-01-01\n  revoke_decision: 2/QĐ-UBND\n  note: |\n    hai\n    dòng\n",
		"promotion:\n- {date: 2025-01-17, kind: ecommerce, name: Postmart}\n- {date: 2025-02-01, kind: fair, note: 'không trong view'}\n",
		"readiness:\n  barcode: '8934567890120'\n  trademark: Thanh Bình\n  traceability: true\n  food_safety: false\n",
		"readiness:\n",
		"set: 5\nnotes: \"một ghi chú\"\ncycle:\nevaluations: []\n",
		"phone:\n",	/* an unknown key: given up, not taken */
	};
	struct strbuf t = STRBUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(products); i++) {
		strbuf_reset(&t);
		strbuf_addf(&t, "%s%s", product_head, products[i]);
		if (i + 1 < ARRAY_SIZE(products))
			assert_true(compare_text(RECORD_PRODUCT, t.buf));
		else
			assert_false(compare_text(RECORD_PRODUCT, t.buf));
	}
	/* the whole record as one flow mapping */
	assert_true(compare_text(RECORD_PRODUCT,
		"{id: p, name: Trà, producer: h, category: food, origin: idea, cycle: [{step: 1, date: 2024}]}\n"));
	assert_true(compare_text(RECORD_PRODUCT,
		"id: p\nname: Khăn\nproducer: h\ncategory: handicraft\ncategory_1048: Vải, may mặc\n"
		"origin: existing\nevaluations:\n- {level: province, date: 2021, stars: 3}\n"));
	assert_true(compare_text(RECORD_PRODUCER,
		"id: h\nname: Hộ Ánh\nkind: household\ntax_code: '0101234567'\nphone: '0912 345 678'\n"
		"training:\n- {date: 2023-03-08, course: Tập huấn}\n"));
	strbuf_release(&t);
}

/* text, then each required key of a product that text does not give. */
static void with_required(struct strbuf *t, const char *text)
{
	static const char *const required[][2] = {
		{ "id", "p" }, { "name", "Trà xanh" }, { "producer", "htx" },
		{ "category", "beverage" }, { "origin", "existing" },
	};
	size_t i;

	strbuf_addstr(t, text);
	for (i = 0; i < ARRAY_SIZE(required); i++) {
		char *at_start = xasprintf("%s:", required[i][0]);
		char *inside = xasprintf("\n%s:", required[i][0]);

		if (strncmp(text, at_start, strlen(at_start)) && !strstr(text, inside))
			strbuf_addf(t, "%s: %s\n", required[i][0], required[i][1]);
		free(at_start);
		free(inside);
	}
}

/* One product of required keys and text (with its own NUL-free length). */
static bool compare_bytes(const char *text, size_t len)
{
	static const char required[] =
		"id: p\nproducer: htx\ncategory: beverage\norigin: existing\n";
	struct strbuf t = STRBUF_INIT;
	bool took;

	strbuf_addstr(&t, required);
	strbuf_add(&t, text, len);
	took = compare(RECORD_PRODUCT, t.buf, t.len, "t.yaml");
	strbuf_release(&t);
	return took;
}

/*
 * The stream checks only what libyaml's reader would not refuse itself
 * (yaml_bytes_clean_parsed): every byte, and every two- and three-byte
 * start of a character, in each kind of value and a comment, must be
 * given up on whenever the tree path refuses it (compare fails if not).
 * And a conflict marker after each line break libyaml knows.
 */
static void test_bytes_libyaml_refuses(void **state)
{
	static const char *const around[][2] = {
		{ "name: a", "b\n" }, { "name: x\nnotes: |\n  a", "b\n" },
		{ "name: \"a", "b\"\n" }, { "name: 'a", "b'\n" },
		{ "name: x\n# a", "b\n" },
	};
	static const unsigned char then[] = {
		0x00, 0x0a, 0x20, 0x41, 0x7f, 0x80, 0x85, 0x8f, 0x90, 0x9f,
		0xa0, 0xa8, 0xb8, 0xbf, 0xc0, 0xff,
	};
	static const char *const breaks[] = {
		"\n", "\r", "\r\n", "\xc2\x85", "\xe2\x80\xa8", "\xe2\x80\xa9",
	};
	static const char *const markers[] = {
		"<<<<<<< HEAD", "=======", ">>>>>>> b", "||||||| base",
	};
	struct strbuf t = STRBUF_INIT;
	unsigned char seq[4];
	size_t a, i, j, n, taken = 0;

	(void)state;
	for (a = 0; a < ARRAY_SIZE(around); a++) {
		for (i = 0; i < 256; i++) {
			for (j = 0; j <= ARRAY_SIZE(then); j++) {
				/* the byte alone; then a lead byte and what follows
				 * it, the rest of a character made of continuation
				 * bytes */
				seq[0] = (unsigned char)i;
				n = 1;
				if (j < ARRAY_SIZE(then)) {
					if (i < 0x80)
						break;
					seq[n++] = then[j];
					if (i >= 0xe0)
						seq[n++] = 0x80 | (i & 0x3f);
					if (i >= 0xf0)
						seq[n++] = 0xbf;
				}
				strbuf_reset(&t);
				strbuf_addstr(&t, around[a][0]);
				strbuf_add(&t, seq, n);
				strbuf_addstr(&t, around[a][1]);
				taken += compare_bytes(t.buf, t.len);
			}
		}
	}
	assert_true(taken > 1000);	/* the clean ones were taken */
	for (i = 0; i < ARRAY_SIZE(breaks); i++) {
		for (j = 0; j < ARRAY_SIZE(markers); j++) {
			for (a = 0; a < 2; a++) {
				strbuf_reset(&t);
				strbuf_addf(&t, a ? "name: \"a%s%s x\"\n" :
					    "name: x\nnotes: |\n  a%s%s\n",
					    breaks[i], markers[j]);
				if (compare_bytes(t.buf, t.len))
					fail_msg("marker taken: %s", t.buf);
			}
		}
	}
	assert_false(compare_text(RECORD_PRODUCT, "=======\nid: p\n"));
	/* a marker's characters elsewhere are text */
	assert_true(compare_bytes("name: a =======\n", 16));
	strbuf_release(&t);
}

/* Whatever the tree path refuses or warns about, the stream gives up on. */
static void test_hostile_texts(void **state)
{
	static const char *const bad[] = {
		"&a set: 1\n",				/* anchor */
		"id: &x p\nnotes: *x\n",		/* alias */
		"id: !!str p\n",			/* tag */
		"set: 1\nset: 2\n",			/* duplicate key */
		"category: fod\n",			/* a wrong word */
		"set: 27\n",				/* out of range */
		"set: 010\n",				/* a leading zero */
		"name: \"a\\x1bb\"\n",			/* a control character */
		"name: \"a\\0b\"\n",			/* NUL */
		"name: \"a\\u0085b\"\n",		/* C1 */
		/* the same past the first eight bytes, which go as a word */
		"name: \"Hợp tác xã Nông\\x1bb\"\n",
		"name: \"abcdefgh\\x7fijklmnopq\"\n",	/* DEL */
		"name: \"abcdefgh\\u0085ijklmnopq\"\n",
		"name: \"abcdefgh\\u009fijklmnopq\"\n",
		"name: \"abcdefghijklmnopqrs\\x01\"\n",	/* in the tail */
		"name: \"abcdefgh\\ri\"\n",			/* CR */
		"name: ''\n",				/* an empty string */
		"name: \"e\\u0301\"\n",			/* not NFC */
		"colour: red\n",			/* an unknown key */
		"\"set\\0\": 1\n",			/* a key with a NUL */
		"\"set\\0x\": 1\n",
		"se: 1\n",				/* a key's start */
		"sets: 1\n",				/* a key and more */
		"id: p\nset: 1\nname: x\nid: q\n",	/* met again, after others */
		"<<: {set: 1}\n",			/* a merge key */
		"? [a, b]\n: c\n",			/* a complex key */
		"cycle: {step: 1}\n",			/* a mapping for a list */
		"cycle:\n- step\n",			/* a scalar for an entry */
		"cycle:\n- [1, 2]\n",			/* a list for an entry */
		"readiness: yes\n",			/* a scalar for a mapping */
		"readiness:\n  barcode: '8934567890121'\n",	/* check digit */
		"cycle:\n- {date: 2024-01-01}\n",	/* step missing */
		"evaluations:\n- {level: ward, colour: red}\n",	/* unknown, nested */
		"listings:\n- {platform: Shopee, url: x}\n",	/* not decoded here */
		"documents:\n- {kind: registration}\n",		/* not decoded here */
		"notes: a\n...\n---\nnotes: b\n",	/* two documents */
		"name: [a, b]\n",			/* a list for a value */
		"id:\n",				/* a required key, empty */
	};
	static const char *const whole[] = {
		"",					/* empty */
		"- a\n- b\n",				/* a list at the root */
		"just text\n",				/* a scalar at the root */
		"id: p\n\tname: x\n",			/* a tab */
		"id: p\nname: \xff\n",			/* bad UTF-8 */
		"\xff\xfei\0d\0",			/* UTF-16 */
		"id: p\n<<<<<<< HEAD\nname: a\n",	/* a conflict marker */
		"id: p\nname: 'unterminated\n",		/* a syntax error */
		"id: p\nname: x\n",			/* required keys missing */
	};
	struct strbuf t = STRBUF_INIT;
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		strbuf_reset(&t);
		with_required(&t, bad[i]);
		if (compare_text(RECORD_PRODUCT, t.buf))
			fail_msg("taken: %s", t.buf);
	}
	/* the same records made right are taken: the refusal was the fault's */
	strbuf_reset(&t);
	with_required(&t, "set: 26\nname: \"a\\tb\"\n");
	assert_true(compare_text(RECORD_PRODUCT, t.buf));
	/* keys in any order, which the stream looks for from the last one */
	assert_true(compare_text(RECORD_PRODUCT,
		"set: 3\norigin: existing\ncategory: beverage\nproducer: htx\n"
		"name: Trà\nid: p\nnotes: x\n"));
	for (i = 0; i < ARRAY_SIZE(whole); i++)
		if (compare(RECORD_PRODUCT, whole[i],
			    i == 5 ? 6 : strlen(whole[i]), "t.yaml"))
			fail_msg("taken: %s", whole[i]);
	/* events always take the tree path */
	assert_false(compare_text(RECORD_EVENT,
		"id: e\nkind: fair\nname: Hội chợ\ndate: 2025-01-01\n"));
	strbuf_release(&t);
}

/* An office with every key the view keeps, and one it does not (notes). */
static const char office_all[] =
	"ward: phường Nghĩa Lộ\n"
	"province: Quảng Ngãi\n"
	"unit: ward\n"
	"unit_code: '21025'\n"
	"formerly:\n"
	"- {name: xã Nghĩa Dõng, unit_code: '21040'}\n"
	"- {name: phường Trần Phú}\n"
	"authority: UBND phường Nghĩa Lộ\n"
	"department: Phòng Kinh tế\n"
	"place: Nghĩa Lộ\n"
	"signer: Mai Thị Cẩm Hồng\n"
	"signer_title: PHÓ CHỦ TỊCH\n"
	"sign_for: KT. CHỦ TỊCH\n"
	"recipients: |-\n  Sở NN & MT;\n  Lưu: VT.\n"
	"lang: vi\n"
	"git: commit\n"
	"targets:\n"
	"- {year: 2025, new_products_min: 3, new_products_max: 5, trained_percent: 100, fairs_min: 1, fairs_max: 2}\n"
	"- {year: 2026}\n"
	"catalogue_url: https://ocop.example/{id}\n"
	"gs1_resolver: gs1.example\n"
	"site_fields: {barcode: true, trademark: false, promotion: true}\n"
	"notes: ghi chú\n";

/*
 * Offices: the stream takes the clean ones, with the tree's view, and
 * both give what the file says (the one list, record-view.c, read right).
 */
static void test_office_forms(void **state)
{
	static const char *const clean[] = {
		"ward: Nghĩa Lộ\n",
		"ward: Nghĩa Lộ\nformerly:\ntargets: []\nsite_fields: {}\n",
		"unit: province\nprovince: Cả nước\nwards:\n- {name: p01-w0001, path: wards/p01/w0001}\n- {name: b, path: b}\n",
		"{unit: province, province: P}\n",
		"ward: X\nunit: special-zone\ngit: off\nlang: en\n",
	};
	struct diag_list dl = DIAG_LIST_INIT;
	size_t i, seen = 0;
	struct record r;
	const struct office *o = &r.u.office;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(clean); i++)
		if (!compare_text(RECORD_OFFICE, clean[i]))
			fail_msg("given up: %s", clean[i]);
	assert_true(compare_text(RECORD_OFFICE, office_all));
	assert_true(compare_file("data", "ocop.yaml", RECORD_OFFICE, &seen));
	assert_true(compare_file("tests/fuzz/seeds/record", "office.yaml",
				 RECORD_OFFICE, &seen));

	/* the stream's view of office_all, field by field */
	record_init(&r, RECORD_OFFICE, "ocop.yaml");
	assert_int_equal(record_decode_stream(&r, office_all,
					      sizeof(office_all) - 1, NULL), 0);
	assert_null(r.doc.root);
	assert_string_equal(o->ward, "phường Nghĩa Lộ");
	assert_string_equal(o->province, "Quảng Ngãi");
	assert_int_equal(o->unit, UNIT_WARD);
	assert_string_equal(o->unit_code, "21025");
	assert_int_equal(o->nformerly, 2);
	assert_string_equal(o->formerly[0].name, "xã Nghĩa Dõng");
	assert_string_equal(o->formerly[0].unit_code, "21040");
	assert_string_equal(o->formerly[1].name, "phường Trần Phú");
	assert_null(o->formerly[1].unit_code);
	assert_string_equal(o->authority, "UBND phường Nghĩa Lộ");
	assert_string_equal(o->department, "Phòng Kinh tế");
	assert_string_equal(o->place, "Nghĩa Lộ");
	assert_string_equal(o->signer, "Mai Thị Cẩm Hồng");
	assert_string_equal(o->signer_title, "PHÓ CHỦ TỊCH");
	assert_string_equal(o->sign_for, "KT. CHỦ TỊCH");
	assert_string_equal(o->recipients, "Sở NN & MT;\nLưu: VT.");
	assert_string_equal(o->lang, "vi");
	assert_true(o->git_commit);
	assert_int_equal(o->ntargets, 2);
	assert_int_equal(o->targets[0].year, 2025);
	assert_int_equal(o->targets[0].new_products_min, 3);
	assert_int_equal(o->targets[0].new_products_max, 5);
	assert_int_equal(o->targets[0].trained_percent, 100);
	assert_int_equal(o->targets[0].fairs_min, 1);
	assert_int_equal(o->targets[0].fairs_max, 2);
	assert_int_equal(o->targets[1].year, 2026);
	assert_int_equal(o->targets[1].fairs_max, 0);
	assert_string_equal(o->catalogue_url, "https://ocop.example/{id}");
	assert_string_equal(o->gs1_resolver, "gs1.example");
	assert_int_equal(o->site_fields, SITE_BARCODE | SITE_PROMOTION);
	assert_int_equal(o->nwards, 0);
	record_release(&r);

	/* a province's wards, the tree's way */
	record_init(&r, RECORD_OFFICE, "ocop.yaml");
	assert_int_equal(yaml_load(clean[2], strlen(clean[2]), "ocop.yaml",
				   &r.doc, &dl), 0);
	assert_int_equal(record_decode(&r, &dl), 0);
	assert_int_equal(o->unit, UNIT_PROVINCE);
	assert_null(o->ward);
	assert_int_equal(o->nwards, 2);
	assert_string_equal(o->wards[0].name, "p01-w0001");
	assert_string_equal(o->wards[0].path, "wards/p01/w0001");
	assert_string_equal(o->wards[1].path, "b");
	record_release(&r);
	assert_int_equal(dl.nr, 0);
	diag_list_release(&dl);
}

/* Whatever the tree path refuses or warns about in an office, the stream gives up on. */
static void test_office_hostile(void **state)
{
	static const char *const bad[] = {
		"province: P\n",			/* no ward, not a province */
		"ward: ''\n",				/* an empty ward */
		"ward:\n",				/* the same, plain */
		"ward: X\nunit: hamlet\n",		/* a wrong word */
		"unit: tỉnh\nprovince: P\n",		/* typed, not the file's word */
		"ward: X\nunit_code: 2a\n",		/* not digits */
		"ward: X\nunit_code: '123456'\n",	/* too long */
		"ward: X\nward: Y\n",			/* duplicate key */
		"ward: X\ncolour: red\n",		/* an unknown key */
		"ward: X\nlang: fr\n",			/* a wrong word */
		"ward: X\ngit: yes\n",			/* a wrong word */
		"ward: X\nformerly: {name: Y}\n",	/* a mapping for a list */
		"ward: X\nformerly:\n- {unit_code: '12'}\n",	/* name missing */
		"ward: X\nformerly:\n- {name: Y, colour: red}\n",	/* unknown, nested */
		"ward: X\ntargets:\n- {year: 1999}\n",	/* out of range */
		"ward: X\ntargets:\n- {fairs_min: 1}\n",	/* year missing */
		"ward: X\nsite_fields: {barcode: maybe}\n",	/* not a boolean */
		"ward: X\nsite_fields: {phone: true}\n",	/* not publishable */
		"ward: X\nsite_fields: yes\n",		/* a scalar for a mapping */
		"unit: province\nwards:\n- {name: Bad Name, path: b}\n",	/* not an id */
		"unit: province\nwards:\n- {name: b}\n",	/* path missing */
		"unit: province\nwards:\n- b\n",	/* a scalar for an entry */
		"unit: province\nwards: [[a]]\n",	/* a list for an entry */
		"&a ward: X\n",			/* anchor */
		"ward: &x X\nplace: *x\n",		/* alias */
		"ward: !!str X\n",			/* tag */
		"ward: \"a\\x1bb\"\n",		/* a control character */
		"ward: \"e\\u0301\"\n",		/* not NFC */
		"ward: [a, b]\n",			/* a list for a value */
		"ward: X\n...\n---\nward: Y\n",	/* two documents */
		"ward: X\n<<<<<<< HEAD\nplace: a\n",	/* a conflict marker */
		"ward: X\nplace: \xff\n",		/* bad UTF-8 */
		"",					/* empty */
		"- ward\n",				/* a list at the root */
	};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(bad); i++)
		if (compare_text(RECORD_OFFICE, bad[i]))
			fail_msg("taken: %s", bad[i]);
	/* the ward a province need not name: taken */
	assert_true(compare_text(RECORD_OFFICE, "unit: province\nprovince: P\n"));
}

/*
 * The tree's walk (record_view_decode) on a tree its checks would refuse,
 * as a record decoded after errors: a value of another kind than its
 * field's is passed over, every item of a list counts, and the view's
 * nodes point into the tree.
 */
static void test_tree_wrong_kinds(void **state)
{
	static const char text[] =
		"id: p\n"
		"name: [a, b]\n"			/* a list for a value */
		"set: 3\n"
		"colour: red\n"				/* unknown: passed over */
		"readiness: yes\n"			/* a scalar for a mapping */
		"cycle:\n"
		"- step\n"				/* a scalar for an entry */
		"- {step: 2, rejected: true, note: ''}\n"
		"evaluations:\n"
		"- {as_of: 2020, criteria: x, score: 7, members: y}\n"
		"- [1, 2]\n"				/* a list for an entry */
		"promotion: {date: 2024}\n";		/* a mapping for a list */
	struct diag_list dl = DIAG_LIST_INIT;
	struct record r;
	const struct node *cycle, *evals;
	struct product *p = &r.u.product;

	(void)state;
	record_init(&r, RECORD_PRODUCT, "t.yaml");
	assert_int_equal(yaml_load(text, sizeof(text) - 1, "t.yaml", &r.doc, &dl), 0);
	record_view_decode(&r);
	assert_string_equal(p->id, "p");
	assert_ptr_equal(p->id, node_get_str(r.doc.root, "id"));	/* no copy */
	assert_null(p->name);
	assert_int_equal(p->set, 3);
	assert_int_equal(p->readiness.traceability, -1);
	assert_int_equal(p->readiness.food_safety, -1);
	cycle = node_get(r.doc.root, "cycle");
	assert_int_equal(p->ncycle, 2);
	assert_ptr_equal(p->cycle[0].node, cycle->u.seq.items[0]);
	assert_int_equal(p->cycle[0].step, 0);
	assert_ptr_equal(p->cycle[1].node, cycle->u.seq.items[1]);
	assert_int_equal(p->cycle[1].step, 2);
	assert_true(p->cycle[1].rejected);
	assert_null(p->cycle[1].note);
	evals = node_get(r.doc.root, "evaluations");
	assert_int_equal(p->nevals, 2);
	assert_ptr_equal(p->evals[0].node, evals->u.seq.items[0]);
	assert_int_equal(p->evals[0].date.year, 2020);	/* from as_of */
	assert_int_equal(p->evals[0].criteria[0], CRIT_UNSET);
	assert_false(p->evals[0].has_score);
	assert_int_equal((int)p->evals[0].level, -1);
	assert_ptr_equal(p->evals[1].node, evals->u.seq.items[1]);
	assert_int_equal(p->evals[1].date.year, 0);
	assert_int_equal(p->npromos, 0);
	record_release(&r);
	diag_list_release(&dl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixtures),
		cmocka_unit_test(test_hostile_files),
		cmocka_unit_test(test_clean_forms),
		cmocka_unit_test(test_hostile_texts),
		cmocka_unit_test(test_bytes_libyaml_refuses),
		cmocka_unit_test(test_more_dirs),
		cmocka_unit_test(test_tree_wrong_kinds),
		cmocka_unit_test(test_office_forms),
		cmocka_unit_test(test_office_hostile),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
