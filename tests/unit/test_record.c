/* test_record.c — schemas, checking, canonical form and set (record.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/diag.h"
#include "ocop/record.h"
#include "ocop/rules.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"
#include "ocop/yamlio.h"

#define PATH "products/p.yaml"

/* --- helpers ------------------------------------------------------------------- */

/* Load text into a new record (the YAML must be accepted) and decode it. */
static int decode(struct record *r, enum record_type type, const char *text,
		  struct diag_list *dl)
{
	struct diag_list load = DIAG_LIST_INIT;

	record_init(r, type, PATH);
	if (yaml_load(text, strlen(text), r->path, &r->doc, &load))
		fail_msg("YAML refused: %s\n%s",
			 load.nr ? load.items[0].message : "?", text);
	diag_list_release(&load);
	return record_decode(r, dl);
}

/* The first diagnostic whose message holds msg, or NULL. */
static const struct diag *find_diag(const struct diag_list *dl, const char *msg)
{
	size_t i;

	for (i = 0; i < dl->nr; i++)
		if (strstr(dl->items[i].message, msg))
			return &dl->items[i];
	return NULL;
}

static void print_diags(const struct diag_list *dl)
{
	size_t i;

	for (i = 0; i < dl->nr; i++)
		print_message("  %u:%u: %s%s%s; hint: %s\n", dl->items[i].line,
			      dl->items[i].col,
			      dl->items[i].severity == DIAG_WARNING ? "warning: " : "",
			      dl->items[i].message, "",
			      dl->items[i].hint ? dl->items[i].hint : "-");
}

struct bad_case {
	const char *text;
	const char *msg;	/* in the error's message */
	unsigned line, col;	/* 0: not checked */
	const char *hint;	/* in the error's hint; NULL: not checked */
};

/* Each text must be refused with an error like the case says. */
static void check_bad(enum record_type type, const struct bad_case *t,
		      size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct record r;
		struct diag_list dl = DIAG_LIST_INIT;
		const struct diag *d;

		if (decode(&r, type, t[i].text, &dl) != -1)
			fail_msg("case %zu accepted:\n%s", i, t[i].text);
		assert_false(r.valid);
		d = find_diag(&dl, t[i].msg);
		if (!d) {
			print_diags(&dl);
			fail_msg("case %zu: no error \"%s\" for:\n%s", i,
				 t[i].msg, t[i].text);
		}
		if (d->severity != DIAG_ERROR || d->status != EXIT_REFUSED)
			fail_msg("case %zu: \"%s\" is not an error", i, t[i].msg);
		assert_string_equal(d->file, PATH);
		if (t[i].line && (d->line != t[i].line || d->col != t[i].col))
			fail_msg("case %zu: \"%s\" at %u:%u, want %u:%u", i,
				 d->message, d->line, d->col, t[i].line,
				 t[i].col);
		if (t[i].hint && (!d->hint || !strstr(d->hint, t[i].hint)))
			fail_msg("case %zu: \"%s\" has hint \"%s\", want \"%s\"",
				 i, d->message, d->hint ? d->hint : "(none)",
				 t[i].hint);
		diag_list_release(&dl);
		record_release(&r);
	}
}

/* A GTIN-13 from its first 12 digits, with the GS1 mod-10 check digit. */
static void gtin13(const char *twelve, char out[14])
{
	int sum = 0, i;

	for (i = 0; i < 12; i++)
		sum += (twelve[i] - '0') * (i % 2 ? 3 : 1);
	memcpy(out, twelve, 12);
	out[12] = (char)('0' + (10 - sum % 10) % 10);
	out[13] = '\0';
}

/* --- producers ------------------------------------------------------------------ */

static const char producer_text[] =
	"id: yen-sao-cu-lao-re\n"
	"name: Công ty TNHH XNK Yến sào Cù Lao Ré\n"
	"kind: enterprise\n"
	"tax_code: '4300123456'\n"
	"representative: Nguyễn Văn A\n"
	"phone: '0255 3822 222'\n"
	"address: Số 38 đường Chu Văn An, phường Nghĩa Lộ\n"
	"old_address: Số 38 Chu Văn An, phường Lê Hồng Phong\n"
	"training:\n"
	"- {date: 2025-10-15, course: Sơ chế yến}\n"
	"- {date: 2025-11-02, course: An toàn thực phẩm}\n"
	"notes: |\n"
	"  Dòng một\n";

static void test_producer_good(void **state)
{
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct producer *p = &r.u.producer;

	(void)state;
	assert_int_equal(decode(&r, RECORD_PRODUCER, producer_text, &dl), 0);
	assert_int_equal(dl.nr, 0);
	assert_true(r.valid);
	assert_string_equal(p->id, "yen-sao-cu-lao-re");
	assert_string_equal(p->name, "Công ty TNHH XNK Yến sào Cù Lao Ré");
	assert_int_equal(p->kind, KIND_ENTERPRISE);
	assert_string_equal(p->tax_code, "4300123456");
	assert_string_equal(p->representative, "Nguyễn Văn A");
	assert_string_equal(p->phone, "0255 3822 222");
	assert_string_equal(p->address, "Số 38 đường Chu Văn An, phường Nghĩa Lộ");
	assert_string_equal(p->old_address, "Số 38 Chu Văn An, phường Lê Hồng Phong");
	assert_string_equal(p->notes, "Dòng một\n");
	assert_int_equal(p->ntraining, 2);
	assert_int_equal(p->training[0].date.year, 2025);
	assert_int_equal(p->training[0].date.month, 10);
	assert_int_equal(p->training[0].date.day, 15);
	assert_string_equal(p->training[1].course, "An toàn thực phẩm");
	record_release(&r);

	/* the minimum; optional keys written empty are unset */
	assert_int_equal(decode(&r, RECORD_PRODUCER,
				"id: p\nname: X\nkind: household\n"
				"tax_code:\nphone:\ntraining:\nnotes:\n", &dl), 0);
	assert_int_equal(dl.nr, 0);
	assert_int_equal(p->kind, KIND_HOUSEHOLD);
	assert_null(p->tax_code);
	assert_null(p->phone);
	assert_null(p->notes);
	assert_int_equal(p->ntraining, 0);
	record_release(&r);

	/* a tax code written plain is still a code, and branch codes */
	assert_int_equal(decode(&r, RECORD_PRODUCER,
				"id: p\nname: X\nkind: individual\n"
				"tax_code: 0101234567\n", &dl), 0);
	assert_string_equal(p->tax_code, "0101234567");
	record_release(&r);
	assert_int_equal(decode(&r, RECORD_PRODUCER,
				"id: p\nname: X\nkind: facility\n"
				"tax_code: '0101234567-001'\n", &dl), 0);
	record_release(&r);
	assert_int_equal(decode(&r, RECORD_PRODUCER,
				"id: p\nname: X\nkind: cooperative-group\n"
				"tax_code: '0101234567001'\nphone: '+84 255 3822 222'\n",
				&dl), 0);
	assert_int_equal(p->kind, KIND_COOPERATIVE_GROUP);
	record_release(&r);
	assert_int_equal(dl.nr, 0);
	diag_list_release(&dl);
}

#define PMIN "id: p\nname: X\n"

static const struct bad_case producer_bad[] = {
	{ "id: p\nkind: household\n", "name: missing (required in every producer)",
	  1, 1, NULL },
	{ "name: X\nkind: household\n", "id: missing", 1, 1, NULL },
	{ PMIN "kind:\n", "kind: missing", 0, 0, NULL },
	{ PMIN "kind: enterprize\n", "unknown kind 'enterprize'", 3, 7,
	  "did you mean 'enterprise'?" },
	{ PMIN "kind: houshold\n", "unknown kind 'houshold'", 3, 7,
	  "did you mean 'household'?" },
	{ PMIN "kind: xyz\n", "unknown kind 'xyz'", 3, 7,
	  "expected one of: enterprise, cooperative, cooperative-group, household, facility, individual" },
	{ PMIN "kind: [enterprise]\n", "kind: expected a single value", 3, 7,
	  NULL },
	{ PMIN "kind: household\ntax_code: '123456789'\n",
	  "tax_code: '123456789' is not valid", 4, 11,
	  "a tax code has 10 or 13 digits" },
	{ PMIN "kind: household\ntax_code: '01012345678'\n",
	  "tax_code: '01012345678' is not valid", 4, 11, "10 or 13 digits" },
	{ PMIN "kind: household\ntax_code: '01012345AB'\n",
	  "is not valid", 4, 11, "10 or 13 digits" },
	{ PMIN "kind: household\nphone: '123'\n", "phone: '123' is not valid",
	  4, 8, "8 to 15 digits" },
	{ PMIN "kind: household\nphone: 'call 0912345678'\n", "phone:", 4, 8,
	  "8 to 15 digits" },
	{ "id: Bad_Id\nname: X\nkind: household\n",
	  "id: 'Bad_Id' is not a valid id", 1, 5, NULL },
	{ "id: p\nname: ''\nkind: household\n", "name: empty value", 2, 7, NULL },
	{ "id: p\nname: \"a\\nb\"\nkind: household\n",
	  "spans several lines", 2, 7, NULL },
	{ PMIN "kind: household\ntraining: x\n", "training: expected a list",
	  4, 11, NULL },
	{ PMIN "kind: household\ntraining:\n- x\n",
	  "training: each entry must be a mapping", 5, 3, NULL },
	{ PMIN "kind: household\ntraining:\n- {date: 2025-10-15}\n",
	  "course: missing (required in every training)", 5, 3, NULL },
	{ PMIN "kind: household\ntraining:\n- {date: 2025-02-30, course: x}\n",
	  "date: '2025-02-30' is not a date", 5, 10, NULL },
	{ PMIN "kind: household\ntraining:\n- {date: 15/10/2025, course: x}\n",
	  "is not a date", 5, 10, NULL },
};

static void test_producer_bad(void **state)
{
	(void)state;
	check_bad(RECORD_PRODUCER, producer_bad, ARRAY_SIZE(producer_bad));
}

/* Every problem of a record is listed, not only the first. */
static void test_all_problems(void **state)
{
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;

	(void)state;
	assert_int_equal(decode(&r, RECORD_PRODUCER,
				"name: ''\nkind: nope\nphone: '1'\n", &dl), -1);
	assert_int_equal(diag_error_count(&dl), 4);	/* id, name, kind, phone */
	assert_non_null(find_diag(&dl, "id: missing"));
	assert_non_null(find_diag(&dl, "name: empty"));
	assert_non_null(find_diag(&dl, "unknown kind"));
	assert_non_null(find_diag(&dl, "phone:"));
	diag_list_release(&dl);
	record_release(&r);
}

/* Unknown keys are warnings with the nearest known key; the record is valid. */
static void test_unknown_keys(void **state)
{
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct diag *d;

	(void)state;
	assert_int_equal(decode(&r, RECORD_PRODUCER,
				PMIN "kind: household\nadress: Số 1\n"
				"colour: red\n", &dl), 0);
	assert_true(r.valid);
	assert_int_equal(diag_error_count(&dl), 0);
	assert_int_equal(dl.nr, 2);
	d = find_diag(&dl, "unknown key 'adress' in producer (kept as it is)");
	assert_non_null(d);
	assert_int_equal(d->severity, DIAG_WARNING);
	assert_int_equal(d->line, 4);
	assert_int_equal(d->col, 1);
	assert_non_null(d->hint);
	assert_string_equal(d->hint, "did you mean 'address'?");
	d = find_diag(&dl, "unknown key 'colour'");
	assert_non_null(d);
	assert_int_equal(d->severity, DIAG_WARNING);
	assert_null(d->hint);
	/* the unknown key stays in the tree */
	assert_string_equal(node_get_str(r.doc.root, "colour"), "red");
	diag_list_release(&dl);
	record_release(&r);

	/* a misspelt required key: the warning's hint, and the error */
	assert_int_equal(decode(&r, RECORD_PRODUCER,
				"id: p\nnam: X\nkind: household\n", &dl), -1);
	d = find_diag(&dl, "unknown key 'nam'");
	assert_non_null(d);
	assert_int_equal(d->severity, DIAG_WARNING);
	assert_non_null(d->hint);
	assert_string_equal(d->hint, "did you mean 'name'?");
	assert_non_null(find_diag(&dl, "name: missing"));
	diag_list_release(&dl);
	record_release(&r);

	/* inside a list entry */
	assert_int_equal(decode(&r, RECORD_PRODUCT,
				"id: p\nname: X\nproducer: q\ncategory: food\n"
				"origin: idea\nevaluations:\n"
				"- {level: ward, date: 2025-01-02, star: 4}\n",
				&dl), 0);
	d = find_diag(&dl, "unknown key 'star'");
	assert_non_null(d);
	assert_int_equal(d->severity, DIAG_WARNING);
	assert_int_equal(d->line, 7);
	assert_int_equal(d->col, 35);
	assert_non_null(d->hint);
	assert_string_equal(d->hint, "did you mean 'stars'?");
	diag_list_release(&dl);
	record_release(&r);
}

/* A record of n unknown keys k000, k001, … at lines 6 on, then tail. */
static char *many_unknown_keys(int n, const char *tail)
{
	struct strbuf sb = STRBUF_INIT;
	int i;

	strbuf_addstr(&sb, "id: p\nname: X\nproducer: q\ncategory: food\n"
		      "origin: existing\n");
	for (i = 0; i < n; i++)
		strbuf_addf(&sb, "k%03d: %d\n", i, i);
	strbuf_addstr(&sb, tail);
	return strbuf_detach(&sb, NULL);
}

/*
 * A record's first 100 unknown keys are listed, nested ones included; the
 * rest are one warning, at the first of them, that counts them (known-bugs
 * P1: each listed key costs a suggestion).
 */
static void test_unknown_keys_many(void **state)
{
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct diag *d;
	char *text;

	(void)state;
	/* 100: all listed, no summary */
	text = many_unknown_keys(100, "");
	assert_int_equal(decode(&r, RECORD_PRODUCT, text, &dl), 0);
	assert_int_equal(dl.nr, 100);
	assert_int_equal(diag_error_count(&dl), 0);
	assert_non_null(find_diag(&dl, "unknown key 'k099' in product"));
	assert_null(find_diag(&dl, "not listed"));
	diag_list_release(&dl);
	record_release(&r);
	free(text);

	/* 101 at the top and 2 in readiness: 100 listed, 3 counted */
	text = many_unknown_keys(101, "readiness:\n  x1: 1\n  barcod: 2\n");
	assert_int_equal(decode(&r, RECORD_PRODUCT, text, &dl), 0);
	assert_true(r.valid);
	assert_int_equal(dl.nr, 101);
	assert_int_equal(diag_error_count(&dl), 0);
	d = find_diag(&dl, "unknown key 'k000' in product (kept as it is)");
	assert_non_null(d);
	assert_int_equal(d->line, 6);
	assert_non_null(find_diag(&dl, "unknown key 'k099' in product"));
	assert_null(find_diag(&dl, "'k100'"));
	assert_null(find_diag(&dl, "'barcod'"));
	d = &dl.items[dl.nr - 1];
	assert_int_equal(d->severity, DIAG_WARNING);
	assert_string_equal(d->message,
			    "unknown keys from here on, not listed: 3 more (kept as they are)");
	assert_string_equal(d->file, PATH);
	assert_int_equal(d->line, 106);
	assert_int_equal(d->col, 1);
	assert_null(d->hint);
	/* kept, like the listed ones */
	assert_string_equal(node_get_str(r.doc.root, "k100"), "100");
	assert_string_equal(node_get_str(node_get(r.doc.root, "readiness"),
					 "barcod"), "2");
	diag_list_release(&dl);
	record_release(&r);
	free(text);
}

/*
 * Past UNKNOWN_KEYS_MAX (1,000), the record is refused at the first key
 * too many, the bound named; a key over 64 bytes and a value over 64 KiB
 * under one key are refused by their own bound; a control character in
 * a kept value too.  Within the bounds, kept and warned about.
 */
static void test_unknown_keys_bounded(void **state)
{
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	struct strbuf sb = STRBUF_INIT;
	const struct diag *d;
	char *text;

	(void)state;
	text = many_unknown_keys(1000, "");
	assert_int_equal(decode(&r, RECORD_PRODUCT, text, &dl), 0);
	assert_int_equal(diag_error_count(&dl), 0);
	diag_list_release(&dl);
	record_release(&r);
	free(text);

	text = many_unknown_keys(1000, "k9999: 1\n");
	assert_int_equal(decode(&r, RECORD_PRODUCT, text, &dl), -1);
	assert_int_equal(diag_error_count(&dl), 1);
	d = find_diag(&dl, "product has 1,001 unknown keys; the limit is 1,000");
	assert_non_null(d);
	assert_int_equal(d->line, 1006);
	diag_list_release(&dl);
	record_release(&r);
	free(text);

	strbuf_addstr(&sb, "id: p\nname: X\nproducer: q\ncategory: food\n"
		      "origin: existing\n");
	strbuf_addf(&sb, "%065d: 1\n%064d: 1\nbig: [", 0, 1);
	for (int i = 0; i < 3; i++) {
		strbuf_addch(&sb, '"');
		for (int k = 0; k < 30000; k++)
			strbuf_addch(&sb, 'x');
		strbuf_addstr(&sb, "\", ");
	}
	strbuf_addstr(&sb, "1]\nbell: {a: [\"x\\ay\"]}\nsmall: [1, 2]\n");
	assert_int_equal(decode(&r, RECORD_PRODUCT, sb.buf, &dl), -1);
	assert_int_equal(diag_error_count(&dl), 3);
	d = find_diag(&dl, "an unknown key of 65 bytes; the limit is 64 bytes");
	assert_non_null(d);
	assert_int_equal(d->line, 6);
	assert_non_null(find_diag(&dl, "unknown key 'big' holds 90,001 bytes; the limit is 64 KiB"));
	d = find_diag(&dl, "bell contains control character U+0007 at position 2");
	assert_non_null(d);
	assert_int_equal(d->line, 9);
	assert_non_null(find_diag(&dl, "unknown key 'small' in product (kept as it is)"));
	diag_list_release(&dl);
	record_release(&r);
	strbuf_release(&sb);
}

/*
 * The check goes eight bytes at a time: a control character is found at
 * every position, whole words and the tail alike, and NBSP (C2 A0, which
 * shares its lead byte with C1) is not one.
 */
static void test_control_positions(void **state)
{
	static const char *const refused[] = {
		"\\e", "\\x7f", "\\u0085", "\\u009f", "\\x01", "\\r",
	};
	struct strbuf t = STRBUF_INIT;
	struct diag_list dl = DIAG_LIST_INIT;
	struct record r;
	size_t i, pos;

	(void)state;
	for (pos = 0; pos < 20; pos++) {
		for (i = 0; i <= ARRAY_SIZE(refused); i++) {
			strbuf_reset(&t);
			strbuf_addf(&t, "id: p\nkind: facility\nname: \"%.*s%s%s\"\n",
				    (int)pos, "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
				    i < ARRAY_SIZE(refused) ? refused[i] : "\\u00a0",
				    "abcdefghijk");
			if (decode(&r, RECORD_PRODUCER, t.buf, &dl) !=
			    (i < ARRAY_SIZE(refused) ? -1 : 0))
				fail_msg("wrongly judged: %s", t.buf);
			diag_list_release(&dl);
			record_release(&r);
		}
	}
	strbuf_release(&t);
}

/* A control character in a field, as a YAML escape: refused there. */
static void test_control_characters(void **state)
{
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct diag *d;
	const struct field *f;
	char *v;

	(void)state;
	assert_int_equal(decode(&r, RECORD_PRODUCER,
		"id: p\nname: \"Cơ sở\\eA\"\nkind: facility\n"
		"notes: \"dòng 1\\n\\tdòng 2\"\nphone: \"0255\\x7f\"\n", &dl), -1);
	assert_int_equal(diag_error_count(&dl), 2);
	d = find_diag(&dl, "name contains control character U+001B at position 6");
	assert_non_null(d);
	assert_int_equal(d->line, 2);
	assert_int_equal(d->col, 7);
	assert_string_equal(d->hint, "remove it; records hold text only");
	assert_non_null(find_diag(&dl, "phone contains control character U+007F at position 5"));
	assert_null(find_diag(&dl, "notes"));	/* LF and TAB are a note's */
	diag_list_release(&dl);
	record_release(&r);

	/* typed: the same refusal, before the field's own parsing */
	f = schema_field(record_schema(RECORD_PRODUCT), "category");
	assert_null(field_parse_cli(f, "food\x1b", &dl));
	assert_non_null(find_diag(&dl, "category contains control character U+001B at position 5"));
	diag_list_release(&dl);
	v = field_parse_cli(f, "thực phẩm", &dl);
	assert_string_equal(v, "food");
	free(v);
	f = schema_field(record_schema(RECORD_PRODUCER), "name");
	assert_null(field_parse_cli(f, "A\nB", &dl));
	assert_non_null(find_diag(&dl, "name: 'A\nB' spans several lines; use one line"));
	diag_list_release(&dl);
}

/*
 * Every schema row has its Vietnamese name; the Vietnamese words offered
 * for an enumeration (rules.h's names) are read back by its parser.
 */
static void test_vietnamese_labels(void **state)
{
	static const enum record_type types[] = {
		RECORD_OFFICE, RECORD_PRODUCER, RECORD_PRODUCT
	};
	const struct field *f;
	const char *suggestion;
	size_t t, i;
	int k;

	(void)state;
	for (t = 0; t < ARRAY_SIZE(types); t++) {
		const struct schema *s = record_schema(types[t]);

		assert_non_null(s->vi);
		assert_string_equal(schema_label(s), s->name);	/* no catalogue */
		for (i = 0; i < s->nr; i++) {
			f = &s->fields[i];
			assert_non_null(f->vi);
			assert_string_equal(field_label(f), f->key);
		}
	}
	f = schema_field(record_schema(RECORD_PRODUCT), "category");
	for (k = 0; k < CATEGORY_COUNT; k++)
		assert_int_equal(f->parse(rules_category((enum ocop_category)(k + 1))->name_vi,
					  &suggestion), k);
	f = schema_field(record_schema(RECORD_PRODUCER), "kind");
	for (k = 0; k < KIND_COUNT; k++)
		assert_int_equal(f->parse(rules_kind((enum producer_kind)(k + 1))->name_vi,
					  &suggestion), k);
	f = schema_field(record_schema(RECORD_PRODUCT), "origin");
	assert_int_equal(f->parse("ý tưởng", &suggestion), 0);
	assert_int_equal(f->parse("hiện có", &suggestion), 1);
}

/* The field a checker's message is about, in either language. */
static void test_message_key(void **state)
{
	static const struct {
		enum record_type type;
		const char *msg, *key;
	} cases[] = {
		{ RECORD_PRODUCT, "category: x", "category" },
		{ RECORD_PRODUCT, "unknown category 'fod'", "category" },
		{ RECORD_PRODUCT, "ngành hàng 'fod' không hợp lệ", "category" },
		{ RECORD_PRODUCT, "bộ sản phẩm: bộ 1 (Rau) thuộc ngành hàng 'food'", "set" },
		{ RECORD_PRODUCT, "nhãn hiệu dài 65,537 byte", "trademark" },
		{ RECORD_PRODUCT, "barcode: the barcode's check digit is wrong", "barcode" },
		{ RECORD_PRODUCER, "tên chứa ký tự điều khiển U+001B ở vị trí 5", "name" },
		{ RECORD_PRODUCER, "name contains control character U+001B", "name" },
		{ RECORD_PRODUCER, "điện thoại: '12ab' không hợp lệ", "phone" },
		{ RECORD_PRODUCER, "địa chỉ cũ: x", "old_address" },
		{ RECORD_PRODUCER, "unknown kind of producer 'x'", "kind" },
		{ RECORD_PRODUCER, "tax code 1 is also the tax code of 'x'", NULL },
		{ RECORD_PRODUCER, "tênx: y", NULL },
	};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *key = record_message_key(cases[i].type, cases[i].msg);

		if (!cases[i].key)
			assert_null(key);
		else
			assert_string_equal(key, cases[i].key);
	}
}

/* --- products -------------------------------------------------------------------- */

static const char product_text[] =
		"id: yen-rut-long\n"
		"name: Yến rút lông nguyên tổ\n"
		"producer: yen-sao-cu-lao-re\n"
		"category: food\n"
		"set: 8\n"
		"origin: existing\n"
		"cycle:\n"
		"- {step: 2, date: 2025-04-10, note: bắt đầu}\n"
		"- {step: 3, date: 2025-06-02}\n"
		"evaluations:\n"
		"- {level: ward, date: 2025-08-20, report: 12/BC-UBND, criteria: "
		"{local_origin: pass, local_labour: pass, idea_origin: fail, "
		"local_identity: pass}}\n"
		"- {level: province, date: 2025-10-01, basis: 148/QĐ-TTg, score: "
		"{a: 30, b: 18.5, c: 25.25}, stars: 4, decision: 1898/QĐ-UBND, "
		"authority: UBND tỉnh Quảng Ngãi, expires: 2028-10-01}\n"
		"- {level: central, date: 2025-12, revoked: 2026-01-05, "
		"revoke_decision: 9/QĐ}\n"
		"promotion:\n"
		"- {date: 2025-11-05, kind: fair, name: Hội chợ OCOP}\n"
		"readiness:\n"
		"  barcode: '4006381333931'\n"
		"  traceability: true\n"
		"  quality_declaration: false\n"
		"  trademark: Culaore\n"
		"notes: ghi chú\n";

static void test_product_good(void **state)
{
	static const char *const text = product_text;
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct product *p = &r.u.product;

	(void)state;
	if (decode(&r, RECORD_PRODUCT, text, &dl)) {
		print_diags(&dl);
		fail();
	}
	assert_int_equal(dl.nr, 0);
	assert_string_equal(p->id, "yen-rut-long");
	assert_string_equal(p->producer, "yen-sao-cu-lao-re");
	assert_int_equal(p->category, CATEGORY_FOOD);
	assert_int_equal(p->set, 8);
	assert_int_equal(p->origin, ORIGIN_EXISTING);
	assert_int_equal(p->ncycle, 2);
	assert_int_equal(p->cycle[0].step, 2);
	assert_string_equal(p->cycle[0].note, "bắt đầu");
	assert_int_equal(p->cycle[1].step, 3);
	assert_int_equal(p->cycle[1].date.month, 6);
	assert_null(p->cycle[1].note);
	assert_int_equal(p->cycle[1].node->line, 9);
	assert_int_equal(p->nevals, 3);
	assert_int_equal(p->evals[0].level, LEVEL_WARD);
	assert_string_equal(p->evals[0].report, "12/BC-UBND");
	assert_int_equal(p->evals[0].criteria[0], CRIT_PASS);
	assert_int_equal(p->evals[0].criteria[2], CRIT_FAIL);
	assert_false(p->evals[0].has_score);
	assert_int_equal(p->evals[0].stars, 0);
	assert_int_equal(p->evals[1].level, LEVEL_PROVINCE);
	assert_true(p->evals[1].has_score);
	assert_int_equal(p->evals[1].score[0], 3000);
	assert_int_equal(p->evals[1].score[1], 1850);
	assert_int_equal(p->evals[1].score[2], 2525);
	assert_int_equal(p->evals[1].stars, 4);
	assert_true(p->evals[1].has_expires);
	assert_int_equal(p->evals[1].expires.year, 2028);
	assert_false(p->evals[1].revoked);
	assert_string_equal(p->evals[1].authority, "UBND tỉnh Quảng Ngãi");
	assert_int_equal(p->evals[2].level, LEVEL_CENTRAL);
	assert_int_equal(p->evals[2].date.prec, DATE_MONTH);
	assert_true(p->evals[2].revoked);
	assert_int_equal(p->evals[2].revoked_date.day, 5);
	assert_string_equal(p->evals[2].revoke_decision, "9/QĐ");
	assert_int_equal(p->npromos, 1);
	assert_string_equal(p->promos[0].kind, "fair");
	assert_string_equal(p->promos[0].name, "Hội chợ OCOP");
	assert_string_equal(p->readiness.barcode, "4006381333931");
	assert_string_equal(p->readiness.trademark, "Culaore");
	assert_int_equal(p->readiness.traceability, 1);
	assert_int_equal(p->readiness.quality_declaration, 0);
	assert_int_equal(p->readiness.food_safety, -1);
	assert_string_equal(p->notes, "ghi chú");
	record_release(&r);
	diag_list_release(&dl);
}

#define MIN "id: p\nname: X\nproducer: q\ncategory: food\norigin: idea\n"
#define EVAL(x) MIN "evaluations:\n- {level: province, date: 2025-10-01, " x "}\n"
#define SCORE(a, b, c) EVAL("score: {a: " a ", b: " b ", c: " c "}")

static const struct bad_case product_bad[] = {
	{ "id: p\nname: X\nproducer: q\ncategory: foods\norigin: idea\n",
	  "unknown category 'foods'", 4, 11, "did you mean 'food'?" },
	{ "id: p\nname: X\nproducer: q\ncategory: Thực phẩm\norigin: idea\n",
	  "unknown category 'Thực phẩm'", 4, 11, NULL },
	{ "id: p\nname: X\nproducer: q\ncategory: food\norigin: idee\n",
	  "unknown origin 'idee'", 5, 9, "did you mean 'idea'?" },
	{ "id: p\nname: X\nproducer: Q!\ncategory: food\norigin: idea\n",
	  "producer: 'Q!' is not a valid id", 3, 11, NULL },
	{ "id: p\nname: X\ncategory: food\norigin: idea\n",
	  "producer: missing (required in every product)", 1, 1, NULL },
	{ MIN "set: 27\n", "set: 27 is out of range", 6, 6, "expected 1 to 26" },
	{ MIN "set: 0\n", "set: 0 is out of range", 6, 6, "expected 1 to 26" },
	{ MIN "set: -1\n", "set: -1 is out of range", 6, 6, NULL },
	{ MIN "set: 3.0\n", "set: '3.0' is not a whole number", 6, 6, NULL },
	{ MIN "set: +3\n", "is not a whole number", 6, 6, NULL },
	{ MIN "set: '99999999999999999999'\n", "is not a whole number", 6, 6,
	  NULL },
	{ MIN "set: tám\n", "is not a whole number", 6, 6, NULL },
	{ MIN "cycle:\n- {step: 0, date: 2025-01-01}\n",
	  "step: 0 is out of range", 7, 10, "expected 1 to 6" },
	{ MIN "cycle:\n- {step: 7, date: 2025-01-01}\n",
	  "step: 7 is out of range", 7, 10, "expected 1 to 6" },
	{ MIN "cycle:\n- {step: 2, date: 2025-02-30}\n",
	  "date: '2025-02-30' is not a date", 7, 19, NULL },
	{ MIN "cycle:\n- {step: 2, date: 2025-13-01}\n", "is not a date", 7, 19,
	  NULL },
	{ MIN "promotion:\n- {date: 2025-10, kind: fair}\n",
	  "date: '2025-10' is not a date (YYYY-MM-DD)", 7, 10, NULL },
	{ MIN "cycle:\n- {step: 2, date: 2023-02-29}\n", "is not a date", 7, 19,
	  NULL },
	{ MIN "cycle:\n- {step: 2}\n", "date: missing (required in every cycle entry)",
	  7, 3, NULL },
	{ EVAL("expires: 2025-13"),
	  "expires: '2025-13' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", 7, 48,
	  NULL },
	{ EVAL("revoked: 2025"), "revoked: '2025' is not a date", 7, 48, NULL },
	{ MIN "evaluations:\n- {level: county, date: 2025-10-01}\n",
	  "unknown level 'county'", 7, 11,
	  "expected one of: ward, province, central, district" },
	{ MIN "evaluations:\n- {level: provnce, date: 2025-10-01}\n",
	  "unknown level 'provnce'", 7, 11, "did you mean 'province'?" },
	{ EVAL("criteria: {local_origin: yes}"),
	  "unknown local_origin 'yes'", 7, 64, "expected one of: pass, fail" },
	{ EVAL("stars: 6"), "stars: 6 is out of range", 7, 46, "expected 1 to 5" },
	{ EVAL("stars: 0"), "stars: 0 is out of range", 7, 46, NULL },
	/* The schema bounds a part loosely; its maximum under each legal
	 * basis is the rating rules' (test_rating.c). */
	{ SCORE("100.5", "10", "10"), "a: 100.5 is out of range", 0, 0,
	  "expected 0 to 100" },
	{ SCORE("170", "10", "10"), "a: 170 is out of range", 0, 0,
	  "expected 0 to 100" },
	{ SCORE("1.234", "10", "10"),
	  "a: '1.234' is not a number with at most two decimals", 0, 0, NULL },
	{ SCORE("100.01", "10", "10"), "a: 100.01 is out of range", 0, 0, NULL },
	{ SCORE("10", "125.5", "10"), "b: 125.5 is out of range", 0, 0,
	  "expected 0 to 100" },
	{ SCORE("10", "10", "-1"), "c: -1 is out of range", 0, 0, NULL },
	{ SCORE("10", "10", "1."), "is not a number", 0, 0, NULL },
	{ SCORE("10", "10", ".5"), "is not a number", 0, 0, NULL },
	{ SCORE("10", "10", "1e1"), "is not a number", 0, 0, NULL },
	{ SCORE("10", "10", "'1,5'"), "is not a number", 0, 0, NULL },
	{ EVAL("score: {a: 10, b: 10}"),
	  "c: missing (required in every score)", 0, 0, NULL },
	{ EVAL("score: 30"), "score: expected a mapping", 0, 0, NULL },
	{ MIN "promotion:\n- {date: 2025-11-05, kind: tv}\n",
	  "unknown kind 'tv'", 7, 28,
	  "expected one of: fair, ecommerce, shop, media, other" },
	{ MIN "readiness:\n  barcode: '8934567890128'\n",
	  "barcode: '8934567890128' is not valid", 7, 12,
	  "the barcode's check digit is wrong" },
	{ MIN "readiness:\n  barcode: '893456789012'\n", "is not valid", 7, 12,
	  "a barcode (GTIN-13) has 13 digits" },
	{ MIN "readiness:\n  barcode: '89345678901200'\n", "is not valid", 7,
	  12, "13 digits" },
	{ MIN "readiness:\n  barcode: '893456789012X'\n", "is not valid", 7,
	  12, "13 digits" },
	{ MIN "readiness:\n  traceability: yes\n",
	  "traceability: 'yes' is not true or false", 7, 17, NULL },
	{ MIN "readiness: yes\n", "readiness: expected a mapping", 6, 12, NULL },
};

static void assert_same_str(const char *a, const char *b)
{
	if (!a || !b)
		assert_ptr_equal(a, b);
	else
		assert_string_equal(a, b);
}

/*
 * A record kept as its view only has the same typed fields as the record
 * with its tree, in memory of the pool (the tree is gone: ASan and
 * valgrind would see a read of it), and no tree.
 */
static void test_keep_view(void **state)
{
	struct node_pool pool = { NULL };
	struct record full, view;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct product *a = &full.u.product, *b = &view.u.product;
	const struct producer *pa, *pb;
	size_t i;

	(void)state;
	assert_int_equal(decode(&full, RECORD_PRODUCT, product_text, &dl), 0);
	assert_int_equal(decode(&view, RECORD_PRODUCT, product_text, &dl), 0);
	record_keep_view(&view, &pool);
	assert_null(view.doc.root);
	assert_null(view.doc.arena);
	assert_true(view.valid);
	assert_same_str(a->id, b->id);
	assert_same_str(a->name, b->name);
	assert_same_str(a->producer, b->producer);
	assert_same_str(a->notes, b->notes);
	assert_int_equal(a->category, b->category);
	assert_int_equal(a->set, b->set);
	assert_int_equal(a->origin, b->origin);
	assert_int_equal(a->ncycle, b->ncycle);
	for (i = 0; i < a->ncycle; i++) {
		assert_int_equal(a->cycle[i].step, b->cycle[i].step);
		assert_int_equal(date_cmp(&a->cycle[i].date, &b->cycle[i].date), 0);
		assert_same_str(a->cycle[i].note, b->cycle[i].note);
		assert_null(b->cycle[i].node);
	}
	assert_int_equal(a->nevals, 3);
	assert_int_equal(b->nevals, 3);
	for (i = 0; i < a->nevals; i++) {
		const struct evaluation *x = &a->evals[i], *y = &b->evals[i];

		assert_int_equal(x->level, y->level);
		assert_same_str(x->report, y->report);
		assert_same_str(x->basis, y->basis);
		assert_same_str(x->decision, y->decision);
		assert_same_str(x->authority, y->authority);
		assert_same_str(x->revoke_decision, y->revoke_decision);
		assert_memory_equal(x->criteria, y->criteria, sizeof(x->criteria));
		assert_memory_equal(x->score, y->score, sizeof(x->score));
		assert_int_equal(x->stars, y->stars);
		assert_int_equal(x->revoked, y->revoked);
		assert_null(y->node);
	}
	assert_int_equal(a->npromos, b->npromos);
	assert_same_str(a->promos[0].name, b->promos[0].name);
	assert_same_str(a->readiness.barcode, b->readiness.barcode);
	assert_same_str(a->readiness.trademark, b->readiness.trademark);
	assert_int_equal(a->readiness.traceability, b->readiness.traceability);
	record_release(&full);
	record_release(&view);

	assert_int_equal(decode(&full, RECORD_PRODUCER, producer_text, &dl), 0);
	assert_int_equal(decode(&view, RECORD_PRODUCER, producer_text, &dl), 0);
	record_keep_view(&view, &pool);
	pa = &full.u.producer;
	pb = &view.u.producer;
	assert_same_str(pa->name, pb->name);
	assert_same_str(pa->tax_code, pb->tax_code);
	assert_same_str(pa->old_address, pb->old_address);
	assert_int_equal(pa->ntraining, pb->ntraining);
	assert_same_str(pa->training[1].course, pb->training[1].course);
	record_release(&full);
	record_release(&view);
	node_pool_release(&pool);
	diag_list_release(&dl);
}

static void test_product_bad(void **state)
{
	(void)state;
	check_bad(RECORD_PRODUCT, product_bad, ARRAY_SIZE(product_bad));
}

static void test_gtin(void **state)
{
	static const char *const twelves[] = {
		"893456789012", "893600000001", "400638133393", "000000000000",
		"999999999999", "893123456789",
	};
	char good[14], bad[14], text[256];
	size_t i;

	(void)state;
	gtin13("400638133393", good);
	assert_string_equal(good, "4006381333931");	/* GS1's example */
	for (i = 0; i < ARRAY_SIZE(twelves); i++) {
		struct record r;
		struct diag_list dl = DIAG_LIST_INIT;
		int d;

		gtin13(twelves[i], good);
		snprintf(text, sizeof(text), MIN "readiness:\n  barcode: '%s'\n",
			 good);
		if (decode(&r, RECORD_PRODUCT, text, &dl))
			fail_msg("valid GTIN %s refused", good);
		record_release(&r);
		/* every other check digit is wrong */
		for (d = 0; d < 10; d++) {
			memcpy(bad, good, 14);
			bad[12] = (char)('0' + d);
			if (bad[12] == good[12])
				continue;
			snprintf(text, sizeof(text),
				 MIN "readiness:\n  barcode: '%s'\n", bad);
			if (!decode(&r, RECORD_PRODUCT, text, &dl))
				fail_msg("wrong GTIN %s accepted", bad);
			record_release(&r);
		}
		diag_list_release(&dl);
	}
}

/* --- the office -------------------------------------------------------------------- */

static void test_office(void **state)
{
	static const struct bad_case bad[] = {
		{ "province: Quảng Ngãi\n", "ward: missing (required in every office)",
		  1, 1, NULL },
		{ "ward: X\nlang: fr\n", "unknown lang 'fr'", 2, 7,
		  "expected one of: vi, en" },
		{ "ward: X\ngit: yes\n", "unknown git 'yes'", 2, 6, NULL },
		{ "ward: X\ntargets:\n- {year: 1999}\n", "year: 1999 is out of range",
		  3, 10, "expected 2000 to 2999" },
		{ "ward: X\ntargets:\n- {year: 2025, trained_percent: 101}\n",
		  "trained_percent: 101 is out of range", 0, 0, "expected 0 to 100" },
		{ "ward: X\ntargets:\n- {new_products_min: 3}\n",
		  "year: missing (required in every target)", 3, 3, NULL },
	};
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct office *o = &r.u.office;

	(void)state;
	assert_int_equal(decode(&r, RECORD_OFFICE,
				"ward: Phường Nghĩa Lộ\nprovince: Quảng Ngãi\n"
				"lang: vi\ngit: commit\ntargets:\n"
				"- {year: 2025, new_products_min: 3, new_products_max: 5, "
				"trained_percent: 100, fairs_min: 2, fairs_max: 4}\n",
				&dl), 0);
	assert_int_equal(dl.nr, 0);
	assert_string_equal(o->ward, "Phường Nghĩa Lộ");
	assert_string_equal(o->province, "Quảng Ngãi");
	assert_string_equal(o->lang, "vi");
	assert_true(o->git_commit);
	assert_int_equal(o->ntargets, 1);
	assert_int_equal(o->targets[0].year, 2025);
	assert_int_equal(o->targets[0].new_products_min, 3);
	assert_int_equal(o->targets[0].new_products_max, 5);
	assert_int_equal(o->targets[0].trained_percent, 100);
	assert_int_equal(o->targets[0].fairs_min, 2);
	assert_int_equal(o->targets[0].fairs_max, 4);
	record_release(&r);
	assert_int_equal(decode(&r, RECORD_OFFICE, "ward: X\ngit: off\n", &dl), 0);
	assert_false(o->git_commit);
	record_release(&r);
	diag_list_release(&dl);
	check_bad(RECORD_OFFICE, bad, ARRAY_SIZE(bad));
}

/* --- canonical form ------------------------------------------------------------------ */

static void assert_keys(const struct node *map, const char *const *keys,
			size_t n)
{
	size_t i;

	for (i = 0; i < map->u.map.nr && i < n; i++)
		if (strcmp(map->u.map.pairs[i].key->u.scalar.value, keys[i]))
			break;
	if (i != n || map->u.map.nr != n) {
		struct strbuf sb = STRBUF_INIT;

		for (i = 0; i < map->u.map.nr; i++)
			strbuf_addf(&sb, " %s", map->u.map.pairs[i].key->u.scalar.value);
		fail_msg("keys:%s", sb.buf);
	}
}

static void test_canonicalize(void **state)
{
	static const char text[] =
		"zfirst: 0\n"
		"notes: n\n"
		"zz: 1\n"
		"name: X\n"
		"training:\n"
		"- {course: c, date: 2025-01-02, extra: e}\n"
		"id: p\n"
		"kind: household\n"
		"phone: 0912345678\n"
		"xp: k\n"
		"tax_code:\n"
		"address:\n"
		"old_address: 'Số 1'\n";
	static const char *const want[] = {
		"zfirst", "id", "name", "kind", "phone", "xp", "old_address",
		"training", "notes", "zz"
	};
	/* "extra" followed "date" in the file: it stays after it */
	static const char *const want_entry[] = { "date", "extra", "course" };
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct node *entry;

	(void)state;
	assert_int_equal(decode(&r, RECORD_PRODUCER, text, &dl), 0);
	record_canonicalize(&r);
	assert_keys(r.doc.root, want, ARRAY_SIZE(want));
	entry = node_get(r.doc.root, "training")->u.seq.items[0];
	assert_keys(entry, want_entry, ARRAY_SIZE(want_entry));
	/* styles from the types */
	/* ids and words: never forced into quotes ("p", "household" are
	 * written plain; a word like "off" must be quoted, so AUTO or PLAIN) */
	assert_int_not_equal(node_get(r.doc.root, "id")->style, STYLE_QUOTED);
	assert_int_not_equal(node_get(r.doc.root, "kind")->style, STYLE_QUOTED);
	assert_int_equal(node_get(r.doc.root, "name")->style, STYLE_AUTO);
	assert_int_equal(node_get(r.doc.root, "phone")->style, STYLE_QUOTED);
	assert_int_equal(node_get(r.doc.root, "old_address")->style, STYLE_AUTO);
	assert_int_equal(node_get(r.doc.root, "notes")->style, STYLE_AUTO);
	assert_int_equal(node_get(entry, "date")->style, STYLE_PLAIN);
	assert_int_equal(node_get(entry, "course")->style, STYLE_AUTO);
	/* an unknown key's value keeps its style */
	assert_int_equal(node_get(r.doc.root, "zz")->style, STYLE_PLAIN);
	/* still decodes, and again gives the same */
	assert_int_equal(record_decode(&r, &dl), 0);
	record_canonicalize(&r);
	assert_keys(r.doc.root, want, ARRAY_SIZE(want));
	diag_list_release(&dl);
	record_release(&r);
}

/* Canonicalised and written: the file DESIGN.md §3 describes. */
static void test_canonical_file(void **state)
{
	static const char text[] =
		"notes: ghi chú\n"
		"readiness:\n"
		"  traceability: true\n"
		"  barcode: 8934567890120\n"
		"  trademark:\n"
		"evaluations:\n"
		"- {stars: 4, score: {c: 25, a: 30, b: 18.5}, date: 2025-10-01, "
		"level: province, authority: UBND tỉnh Quảng Ngãi}\n"
		"cycle:\n"
		"- {date: 2025-04-10, step: 2}\n"
		"- {date: '2025-06-02', step: '3', note: 'no'}\n"
		"promotion: []\n"
		"origin: existing\n"
		"set: 8\n"
		"category: food\n"
		"producer: q\n"
		"name: 'Yến rút lông'\n"
		"id: p\n";
	static const char want[] =
		"id: p\n"
		"name: Yến rút lông\n"
		"producer: q\n"
		"category: food\n"
		"set: 8\n"
		"origin: existing\n"
		"cycle:\n"
		"- {step: 2, date: 2025-04-10}\n"
		"- {step: 3, date: 2025-06-02, note: 'no'}\n"
		"evaluations:\n"
		"- {level: province, date: 2025-10-01, score: {a: 30, b: 18.5, c: 25}, "
		"stars: 4, authority: UBND tỉnh Quảng Ngãi}\n"
		"readiness:\n"
		"  barcode: '8934567890120'\n"
		"  traceability: true\n"
		"notes: ghi chú\n";
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	struct strbuf out = STRBUF_INIT;

	(void)state;
	assert_int_equal(decode(&r, RECORD_PRODUCT, text, &dl), 0);
	record_canonicalize(&r);
	assert_int_equal(yaml_emit(r.doc.root, r.path, &out, &dl), 0);
	if (strcmp(out.buf, want))
		fail_msg("wrote:\n%s\nwant:\n%s", out.buf, want);
	strbuf_release(&out);
	diag_list_release(&dl);
	record_release(&r);
}

/* An enum word that YAML 1.1 reads as a boolean ("git: off") is quoted. */
static void test_canonical_office(void **state)
{
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	struct strbuf out = STRBUF_INIT;

	(void)state;
	assert_int_equal(decode(&r, RECORD_OFFICE,
				"git: commit\nlang: vi\nward: Phường Nghĩa Lộ\n", &dl), 0);
	assert_int_equal(record_set(&r, "git=off", &dl), 0);
	assert_int_equal(record_decode(&r, &dl), 0);
	record_canonicalize(&r);
	assert_int_equal(yaml_emit(r.doc.root, r.path, &out, &dl), 0);
	assert_string_equal(out.buf,
			    "ward: Phường Nghĩa Lộ\nlang: vi\ngit: 'off'\n");
	strbuf_release(&out);
	diag_list_release(&dl);
	record_release(&r);
}

/* --- set KEY=VALUE --------------------------------------------------------------------- */

static void set_ok(struct record *r, const char *assignment)
{
	struct diag_list dl = DIAG_LIST_INIT;

	if (record_set(r, assignment, &dl)) {
		print_diags(&dl);
		fail_msg("set %s refused", assignment);
	}
	assert_int_equal(dl.nr, 0);
	diag_list_release(&dl);
}

/* set must refuse with an error holding msg and a hint holding hint. */
static void set_bad(struct record *r, const char *assignment, const char *msg,
		    const char *hint)
{
	struct diag_list dl = DIAG_LIST_INIT;

	if (!record_set(r, assignment, &dl))
		fail_msg("set %s accepted", assignment);
	if (!dl.nr || !strstr(dl.items[0].message, msg)) {
		print_diags(&dl);
		fail_msg("set %s: no error \"%s\"", assignment, msg);
	}
	assert_int_equal(dl.items[0].severity, DIAG_ERROR);
	if (hint && (!dl.items[0].hint || !strstr(dl.items[0].hint, hint)))
		fail_msg("set %s: hint \"%s\", want \"%s\"", assignment,
			 dl.items[0].hint ? dl.items[0].hint : "(none)", hint);
	diag_list_release(&dl);
}

static void test_set_product(void **state)
{
	static const struct {
		const char *typed, *stored;
	} categories[] = {
		{ "Thực phẩm", "food" }, { "thuc pham", "food" },
		{ "THỰC PHẨM", "food" }, { "Đồ uống", "beverage" },
		{ "2", "beverage" }, { "Dược liệu", "herbal" },
		{ "Sinh vật cảnh", "ornamental" }, { "tourism", "tourism" },
		{ "Thu\xcc\x9b\xcc\xa3" "c pha\xcc\x82\xcc\x89m", "food" },
	};
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	const struct node *v;
	char barcode[14];
	size_t i;

	(void)state;
	assert_int_equal(decode(&r, RECORD_PRODUCT, MIN "notes: n\n", &dl), 0);
	for (i = 0; i < ARRAY_SIZE(categories); i++) {
		char a[128];

		snprintf(a, sizeof(a), "category=%s", categories[i].typed);
		set_ok(&r, a);
		v = node_get(r.doc.root, "category");
		assert_string_equal(v->u.scalar.value, categories[i].stored);
		assert_int_not_equal(v->style, STYLE_QUOTED);
		/* it keeps its place */
		assert_string_equal(r.doc.root->u.map.pairs[3].key->u.scalar.value,
				    "category");
	}
	set_ok(&r, "category=food");
	set_bad(&r, "category=foood", "unknown category 'foood'",
		"did you mean 'food'?");
	assert_string_equal(node_get_str(r.doc.root, "category"), "food");
	set_ok(&r, "origin=existing");
	assert_string_equal(node_get_str(r.doc.root, "origin"), "existing");
	set_bad(&r, "origin=idee", "unknown origin 'idee'", "did you mean");

	set_ok(&r, "set=8");
	v = node_get(r.doc.root, "set");
	assert_string_equal(v->u.scalar.value, "8");
	assert_int_equal(v->style, STYLE_PLAIN);
	set_bad(&r, "set=27", "set: 27 is out of range", "expected 1 to 26");
	set_bad(&r, "set=tám", "is not a whole number", "expected 1 to 26");

	/* a dotted key makes the mapping; a code is quoted */
	gtin13("893456789012", barcode);
	{
		char a[64];

		snprintf(a, sizeof(a), "readiness.barcode=%s", barcode);
		set_ok(&r, a);
	}
	v = node_get(node_get(r.doc.root, "readiness"), "barcode");
	assert_non_null(v);
	assert_string_equal(v->u.scalar.value, barcode);
	assert_int_equal(v->style, STYLE_QUOTED);
	set_bad(&r, "readiness.barcode=8934567890128", "is not valid",
		"the barcode's check digit is wrong");
	assert_string_equal(node_get_str(node_get(r.doc.root, "readiness"),
					 "barcode"), barcode);
	set_ok(&r, "readiness.traceability=có");
	set_ok(&r, "readiness.food_safety=Không");
	set_ok(&r, "readiness.quality_declaration=yes");
	v = node_get(r.doc.root, "readiness");
	assert_string_equal(node_get_str(v, "traceability"), "true");
	assert_string_equal(node_get_str(v, "food_safety"), "false");
	assert_string_equal(node_get_str(v, "quality_declaration"), "true");
	assert_int_equal(node_get(v, "traceability")->style, STYLE_PLAIN);
	set_bad(&r, "readiness.traceability=maybe", "is not true or false", NULL);
	set_ok(&r, "readiness.trademark=Culaore");

	/* the typed view follows */
	assert_int_equal(record_decode(&r, &dl), 0);
	assert_int_equal(r.u.product.set, 8);
	assert_int_equal(r.u.product.category, CATEGORY_FOOD);
	assert_string_equal(r.u.product.readiness.barcode, barcode);
	assert_int_equal(r.u.product.readiness.traceability, 1);
	assert_int_equal(r.u.product.readiness.food_safety, 0);

	/* an empty value removes an optional key */
	set_ok(&r, "readiness.barcode=");
	assert_null(node_get(node_get(r.doc.root, "readiness"), "barcode"));
	set_ok(&r, "readiness.barcode=");	/* already gone: fine */
	set_ok(&r, "set=");
	assert_null(node_get(r.doc.root, "set"));
	set_ok(&r, "notes=");
	assert_null(node_get(r.doc.root, "notes"));
	set_bad(&r, "name=", "name is required; it cannot be removed", NULL);
	set_bad(&r, "category=", "category is required", NULL);
	assert_string_equal(node_get_str(r.doc.root, "name"), "X");

	/* keys set cannot change */
	set_bad(&r, "categroy=food", "'categroy' is not a key that set can change",
		"did you mean 'category'?");
	set_bad(&r, "id=q", "'id' is not a key that set can change", NULL);
	set_bad(&r, "cycle=x", "'cycle' is not a key that set can change", NULL);
	set_bad(&r, "readiness.nope=1", "is not a key that set can change",
		NULL);
	set_bad(&r, "notes.x=1", "'notes.x' is not a key that set can change",
		NULL);
	set_bad(&r, "noequals", "'noequals' is not KEY=VALUE", NULL);
	set_bad(&r, "=x", "is not KEY=VALUE", NULL);

	/* text */
	set_ok(&r, "notes=dòng một\ndòng hai");
	assert_string_equal(node_get_str(r.doc.root, "notes"), "dòng một\ndòng hai");
	set_bad(&r, "name=a\nb", "spans several lines", NULL);
	set_ok(&r, "name=Ye\xcc\x82\xcc\x81n sa\xcc\x80o");	/* NFD in */
	assert_string_equal(node_get_str(r.doc.root, "name"), "Yến sào");
	assert_int_equal(node_get(r.doc.root, "name")->style, STYLE_AUTO);
	set_ok(&r, "name=a=b");
	assert_string_equal(node_get_str(r.doc.root, "name"), "a=b");

	assert_int_equal(record_decode(&r, &dl), 0);
	assert_int_equal(dl.nr, 0);
	diag_list_release(&dl);
	record_release(&r);
}

static void test_set_producer_and_office(void **state)
{
	static const struct {
		const char *typed, *stored;
	} kinds[] = {
		{ "Doanh nghiệp", "enterprise" }, { "HTX", "cooperative" },
		{ "Hợp tác xã", "cooperative" }, { "Tổ hợp tác", "cooperative-group" },
		{ "Hộ kinh doanh", "household" }, { "individual", "individual" },
	};
	struct record r;
	struct diag_list dl = DIAG_LIST_INIT;
	size_t i;

	(void)state;
	assert_int_equal(decode(&r, RECORD_PRODUCER,
				"id: p\nname: X\nkind: household\ntax_code: '0101234567'\n",
				&dl), 0);
	for (i = 0; i < ARRAY_SIZE(kinds); i++) {
		char a[128];

		snprintf(a, sizeof(a), "kind=%s", kinds[i].typed);
		set_ok(&r, a);
		assert_string_equal(node_get_str(r.doc.root, "kind"),
				    kinds[i].stored);
	}
	set_bad(&r, "kind=entreprise", "unknown kind 'entreprise'",
		"did you mean");
	set_ok(&r, "tax_code=");
	assert_null(node_get(r.doc.root, "tax_code"));
	set_bad(&r, "tax_code=12345", "is not valid", "10 or 13 digits");
	assert_null(node_get(r.doc.root, "tax_code"));
	set_ok(&r, "tax_code=0101234567-001");
	assert_int_equal(node_get(r.doc.root, "tax_code")->style, STYLE_QUOTED);
	set_ok(&r, "phone=0912 345 678");
	assert_string_equal(node_get_str(r.doc.root, "phone"), "0912 345 678");
	assert_int_equal(node_get(r.doc.root, "phone")->style, STYLE_QUOTED);
	set_ok(&r, "address=Số 38 đường Chu Văn An, phường Nghĩa Lộ");
	set_bad(&r, "adress=x", "'adress' is not a key that set can change",
		"did you mean 'address'?");
	set_bad(&r, "training=x", "is not a key that set can change", NULL);
	set_bad(&r, "kind=", "kind is required", NULL);
	assert_int_equal(record_decode(&r, &dl), 0);
	assert_int_equal(r.u.producer.kind, KIND_INDIVIDUAL);
	assert_string_equal(r.u.producer.tax_code, "0101234567-001");
	record_release(&r);

	assert_int_equal(decode(&r, RECORD_OFFICE, "ward: X\n", &dl), 0);
	set_ok(&r, "lang=en");
	set_ok(&r, "git=commit");
	set_ok(&r, "province=Quảng Ngãi");
	set_bad(&r, "lang=fr", "unknown lang 'fr'", "expected one of: vi, en");
	set_bad(&r, "targets=x", "is not a key that set can change", NULL);
	set_bad(&r, "ward=", "ward is required", NULL);
	assert_int_equal(record_decode(&r, &dl), 0);
	assert_string_equal(r.u.office.lang, "en");
	assert_true(r.u.office.git_commit);
	assert_int_equal(dl.nr, 0);
	record_release(&r);
	diag_list_release(&dl);
}

/* Dates as officers type them, through the schema's date fields. */
static void test_field_parse_dates(void **state)
{
	static const struct {
		const char *typed, *stored;	/* stored NULL: refused */
		bool partial;
	} t[] = {
		{ "05/01/2024", "2024-01-05", false },
		{ "5/1/2024", "2024-01-05", false },
		{ "05.01.2024", "2024-01-05", false },
		{ "05-01-2024", "2024-01-05", false },
		{ "2024-01-05", "2024-01-05", false },
		{ "29/02/2024", "2024-02-29", false },
		{ "29/02/2025", NULL, false },
		{ "30/02/2025", NULL, false },
		{ "2025-02-30", NULL, false },
		{ "01/13/2025", NULL, false },
		{ "2024-01", NULL, false },
		{ "hôm qua", NULL, false },
		{ "05/01/2024", "2024-01-05", true },
		{ "2024-01", "2024-01", true },
		{ "2024", "2024", true },
		{ "2024-13", NULL, true },
	};
	const struct schema *product = record_schema(RECORD_PRODUCT);
	const struct field *day = schema_field(
		schema_field(product, "promotion")->sub, "date");
	const struct field *partial = schema_field(
		schema_field(product, "evaluations")->sub, "date");
	size_t i;

	(void)state;
	assert_non_null(day);
	assert_int_equal(day->type, FT_DATE);
	assert_non_null(partial);
	assert_int_equal(partial->type, FT_DATE_PARTIAL);
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		struct diag_list dl = DIAG_LIST_INIT;
		char *v = field_parse_cli(t[i].partial ? partial : day,
					  t[i].typed, &dl);

		if (!t[i].stored) {
			if (v)
				fail_msg("'%s' accepted as %s", t[i].typed, v);
			assert_int_equal(dl.nr, 1);
			assert_non_null(strstr(dl.items[0].message, "is not a date"));
		} else {
			if (!v || strcmp(v, t[i].stored))
				fail_msg("'%s' gave %s, want %s", t[i].typed,
					 v ? v : "(refused)", t[i].stored);
			assert_int_equal(dl.nr, 0);
		}
		free(v);
		diag_list_release(&dl);
	}
	/* the hint says how to write a date */
	{
		struct diag_list dl = DIAG_LIST_INIT;

		assert_null(field_parse_cli(day, "31/04/2025", &dl));
		assert_non_null(dl.items[0].hint);
		assert_non_null(strstr(dl.items[0].hint, "dd/mm/yyyy"));
		diag_list_release(&dl);
	}
}

/*
 * BUG: a whole number typed with leading zeros is stored as typed and
 * written plain: "set=010" gives "set: 010", which ocop reads as 10 and a
 * YAML 1.1 reader (PyYAML) as octal 8 — the leading-zero pitfall of
 * anchors.md §6.2.  field_parse_cli should store the canonical "10" (and
 * the file "set: 010" be refused or rewritten).  Disabled until fixed.
 */
#ifdef OCOP_TEST_KNOWN_BUGS
static void test_int_leading_zero(void **state)
{
	const struct field *f = schema_field(record_schema(RECORD_PRODUCT), "set");
	struct diag_list dl = DIAG_LIST_INIT;
	char *v;

	(void)state;
	v = field_parse_cli(f, "010", &dl);
	assert_non_null(v);
	assert_string_equal(v, "10");
	free(v);
	diag_list_release(&dl);
}
#endif

/* --- numbers and ids --------------------------------------------------------------------- */

static void test_decimal(void **state)
{
	static const struct {
		const char *text;
		int ret;
		long h;
	} parse[] = {
		{ "0", 0, 0 }, { "70", 0, 7000 }, { "69.9", 0, 6990 },
		{ "1.23", 0, 123 }, { "1.05", 0, 105 }, { "0.5", 0, 50 },
		{ "40", 0, 4000 }, { "40.00", 0, 4000 }, { "007", 0, 700 },
		{ "-1.5", 0, -150 }, { "-0.05", 0, -5 },
		{ "1.234", -1, 0 }, { "1.", -1, 0 }, { ".5", -1, 0 },
		{ "", -1, 0 }, { "-", -1, 0 }, { "1e3", -1, 0 }, { "+1", -1, 0 },
		{ "1,5", -1, 0 }, { " 1", -1, 0 }, { "1 ", -1, 0 },
		{ "1.2.3", -1, 0 }, { "abc", -1, 0 }, { "--1", -1, 0 },
		{ "99999999999999999999999", -1, 0 },
	};
	static const struct {
		long h;
		const char *text;
	} format[] = {
		{ 0, "0" }, { 6990, "69.9" }, { 7000, "70" }, { 123, "1.23" },
		{ 105, "1.05" }, { 50, "0.5" }, { 5, "0.05" }, { -150, "-1.5" },
		{ -5, "-0.05" }, { -7000, "-70" }, { 123456789, "1234567.89" },
	};
	char buf[32];
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(parse); i++) {
		long h = 12345;
		int ret = decimal_parse(parse[i].text, &h);

		if (ret != parse[i].ret)
			fail_msg("decimal_parse(\"%s\") returned %d", parse[i].text,
				 ret);
		if (!ret && h != parse[i].h)
			fail_msg("decimal_parse(\"%s\") = %ld, want %ld",
				 parse[i].text, h, parse[i].h);
	}
	for (i = 0; i < ARRAY_SIZE(format); i++) {
		decimal_format(format[i].h, buf);
		assert_string_equal(buf, format[i].text);
	}
	/* format then parse gives the number back */
	for (i = 0; i < 10000; i += 7) {
		long h;

		decimal_format((long)i, buf);
		assert_int_equal(decimal_parse(buf, &h), 0);
		assert_int_equal(h, (long)i);
	}
}

/*
 * BUG: decimal_parse overflows a signed long (undefined behaviour) and
 * accepts the wrapped result: the guard "whole > LONG_MAX / 1000" lets
 * whole reach LONG_MAX / 100 + 9, and whole * 100 + frac then exceeds
 * LONG_MAX.  decimal_parse("92233720368547759") returns 0 with
 * -9223372036854775716 (UBSan: signed integer overflow).  Disabled until
 * fixed.
 */
#ifdef OCOP_TEST_KNOWN_BUGS
static void test_decimal_overflow(void **state)
{
	static const char *const big[] = {
		"92233720368547759", "92233720368547758.99",
		"92233720368547758", "9223372036854775807",
	};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(big); i++) {
		long h = 0;
		int ret = decimal_parse(big[i], &h);

		if (ret == 0 && h < 0)
			fail_msg("decimal_parse(\"%s\") = %ld", big[i], h);
	}
}
#endif

static void test_id_valid(void **state)
{
	static const struct {
		const char *id;
		bool valid;
	} t[] = {
		{ "a", true }, { "a-b", true }, { "0x", true }, { "0", true },
		{ "yen-sao-cu-lao-re", true }, { "a-", true }, { "a--b", true },
		{ "", false }, { "-a", false }, { "A", false }, { "aB", false },
		{ "a/b", false }, { "..", false }, { ".", false }, { "a.b", false },
		{ "é", false }, { "a b", false }, { "a_b", false },
		{ "../x", false }, { "a\n", false }, { "ocop.yaml", false },
	};
	char id[80];
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++)
		if (record_id_valid(t[i].id) != t[i].valid)
			fail_msg("record_id_valid(\"%s\") should be %s", t[i].id,
				 t[i].valid ? "true" : "false");
	assert_false(record_id_valid(NULL));
	memset(id, 'a', 64);
	id[64] = '\0';
	assert_true(record_id_valid(id));
	id[63] = '-';
	assert_true(record_id_valid(id));
	id[64] = 'b';
	id[65] = '\0';
	assert_false(record_id_valid(id));	/* 65 characters */
	/* every byte, first and after: a-z and 0-9, and '-' after */
	for (i = 1; i < 256; i++) {
		bool alnum = (i >= 'a' && i <= 'z') || (i >= '0' && i <= '9');

		id[0] = (char)i;
		id[1] = '\0';
		if (record_id_valid(id) != alnum)
			fail_msg("record_id_valid of byte 0x%02zx first", i);
		id[0] = 'a';
		id[1] = (char)i;
		id[2] = '\0';
		if (record_id_valid(id) != (alnum || i == '-'))
			fail_msg("record_id_valid of byte 0x%02zx after", i);
	}
}

static void test_schema(void **state)
{
	const struct schema *s = record_schema(RECORD_PRODUCT);
	const struct field *f;

	(void)state;
	assert_string_equal(s->name, "product");
	assert_string_equal(s->fields[0].key, "id");
	f = schema_field(s, "category");
	assert_non_null(f);
	assert_int_equal(f->type, FT_ENUM);
	assert_true(f->flags & F_REQUIRED);
	assert_true(f->flags & F_SETTABLE);
	assert_string_equal(f->word(0), "food");
	assert_string_equal(f->word(5), "tourism");
	assert_null(f->word(6));
	assert_null(schema_field(s, "nope"));
	assert_int_equal(schema_field(s, "set")->max, PRODUCT_SET_COUNT);
	assert_string_equal(record_schema(RECORD_PRODUCER)->name, "producer");
	assert_string_equal(record_schema(RECORD_OFFICE)->fields[0].key, "ward");
	assert_string_equal(eval_level_slug(LEVEL_WARD), "ward");
	assert_string_equal(eval_level_slug(LEVEL_CENTRAL), "central");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_producer_good),
		cmocka_unit_test(test_producer_bad),
		cmocka_unit_test(test_all_problems),
		cmocka_unit_test(test_unknown_keys),
		cmocka_unit_test(test_unknown_keys_many),
		cmocka_unit_test(test_unknown_keys_bounded),
		cmocka_unit_test(test_control_characters),
		cmocka_unit_test(test_control_positions),
		cmocka_unit_test(test_vietnamese_labels),
		cmocka_unit_test(test_message_key),
		cmocka_unit_test(test_product_good),
		cmocka_unit_test(test_product_bad),
		cmocka_unit_test(test_keep_view),
		cmocka_unit_test(test_gtin),
		cmocka_unit_test(test_office),
		cmocka_unit_test(test_canonicalize),
		cmocka_unit_test(test_canonical_file),
		cmocka_unit_test(test_canonical_office),
		cmocka_unit_test(test_set_product),
		cmocka_unit_test(test_set_producer_and_office),
		cmocka_unit_test(test_field_parse_dates),
#ifdef OCOP_TEST_KNOWN_BUGS
		cmocka_unit_test(test_int_leading_zero),
		cmocka_unit_test(test_decimal_overflow),
#endif
		cmocka_unit_test(test_decimal),
		cmocka_unit_test(test_id_valid),
		cmocka_unit_test(test_schema),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
