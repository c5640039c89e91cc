/* record.c — schemas, checking, typed views and canonical form of records. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ocop/record.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/yamlio.h"

/* --- words of enumerated fields (from rules.h, so each list lives once) --- */

static const char *category_word(int i)
{
	const struct category_info *c = rules_category((enum ocop_category)(i + 1));

	return c ? c->slug : NULL;
}

static int category_parse(const char *text, const char **suggestion)
{
	enum ocop_category c;

	return rules_category_parse(text, &c, suggestion) ? -1 : (int)c - 1;
}

/*
 * A producer's kind: the programme's kinds (rules.h), then "unknown", a
 * record's "not found yet" (an import whose register did not say), not
 * a kind of the rules.
 */
const char *record_kind_slug(enum producer_kind k)
{
	const struct kind_info *ki = rules_kind(k);

	if (ki)
		return ki->slug;
	return k == KIND_UNKNOWN ? "unknown" : NULL;
}

static const char *kind_word(int i)
{
	return record_kind_slug((enum producer_kind)(i + 1));
}

static int kind_parse(const char *text, const char **suggestion)
{
	enum producer_kind k;

	if (!strcmp(text, "unknown"))
		return KIND_UNKNOWN - 1;
	return rules_kind_parse(text, &k, suggestion) ? -1 : (int)k - 1;
}

static const char *origin_word(int i)
{
	return i >= 0 && i < 2 ? rules_origin_slug((enum product_origin)(i + 1)) : NULL;
}

static int origin_parse(const char *text, const char **suggestion)
{
	enum product_origin o;

	return rules_origin_parse(text, &o, suggestion) ? -1 : (int)o - 1;
}

static const char *word_from(const char *const *words, size_t n, int i)
{
	return i >= 0 && (size_t)i < n ? words[i] : NULL;
}

static const char *const level_words[] = { "ward", "province", "central" };
static const char *level_word(int i)
{
	return word_from(level_words, ARRAY_SIZE(level_words), i);
}

const char *eval_level_slug(enum eval_level l)
{
	return level_word((int)l);
}

static const char *const result_words[] = { "pass", "fail" };
static const char *result_word(int i)
{
	return word_from(result_words, ARRAY_SIZE(result_words), i);
}

/* Step 6 of the cycle: where products are promoted (seed plan §IV.4). */
static const char *const promo_words[] = { "fair", "ecommerce", "shop", "media", "other" };
static const char *promo_word(int i)
{
	return word_from(promo_words, ARRAY_SIZE(promo_words), i);
}

static const char *const lang_words[] = { "vi", "en" };
static const char *lang_word(int i)
{
	return word_from(lang_words, ARRAY_SIZE(lang_words), i);
}

static const char *const git_words[] = { "commit", "off" };
static const char *git_word(int i)
{
	return word_from(git_words, ARRAY_SIZE(git_words), i);
}

/* --- code checks ----------------------------------------------------------- */

static bool all_of(const char *s, const char *allowed)
{
	for (; *s; s++)
		if (!isdigit((unsigned char)*s) && !strchr(allowed, *s))
			return false;
	return true;
}

static size_t count_digits(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += isdigit((unsigned char)*s) != 0;
	return n;
}

/* Enterprise codes are 10 digits, branches 13 ("0101234567-001"). */
static const char *check_tax_code(const char *v)
{
	size_t n = count_digits(v);

	if (!all_of(v, "-") || (n != 10 && n != 13))
		return N_("a tax code has 10 or 13 digits (branches: 0101234567-001)");
	return NULL;
}

static const char *check_phone(const char *v)
{
	size_t n = count_digits(v);

	if (!all_of(v, "+-. ()") || n < 8 || n > 15)
		return N_("a phone number has 8 to 15 digits");
	return NULL;
}

/* GTIN-13 (EAN-13): 13 digits, the last a mod-10 check digit (GS1). */
static const char *check_gtin(const char *v)
{
	int sum = 0, i;

	if (strlen(v) != 13 || count_digits(v) != 13)
		return N_("a barcode (GTIN-13) has 13 digits");
	for (i = 0; i < 12; i++)
		sum += (v[i] - '0') * (i % 2 ? 3 : 1);
	if ((10 - sum % 10) % 10 != v[12] - '0')
		return N_("the barcode's check digit is wrong");
	return NULL;
}

/* --- the schemas ----------------------------------------------------------- */

#define SCHEMA(name, fields) { name, fields, ARRAY_SIZE(fields) }

/*
 * The headers officers write for each key, as match keys (see struct
 * field): Vietnamese first, as the provincial register and the ward's
 * plan write them (ocop-rules.md §6), then English and ocop's own CSV.
 * A name two records share ("Tên", "Ghi chú") is the product's in a
 * products import and the producer's in a producers import.
 */
#define COLUMNS(...) ((const char *const[]){ __VA_ARGS__, NULL })

static const char *const notes_columns[] = { "ghi chu", "notes", "note", NULL };

static const struct field training_fields[] = {
	{ .key = "date", .type = FT_DATE, .flags = F_REQUIRED, .help = N_("day of the course") },
	{ .key = "course", .type = FT_STRING, .flags = F_REQUIRED, .help = N_("name of the course") },
};
static const struct schema training_schema = SCHEMA("training", training_fields);

static const struct field producer_fields[] = {
	{ .key = "id", .type = FT_ID, .flags = F_REQUIRED, .help = N_("the file name, without .yaml") },
	{ .key = "name", .type = FT_STRING, .flags = F_REQUIRED | F_SETTABLE, .help = N_("full name of the producer (chủ thể)"),
	  .columns = COLUMNS("ten", "name", "chu the", "ten chu the",
		"chu the san xuat", "chu the san xuat kinh doanh",
		"chu the sxkd", "chu the ocop", "don vi", "ten don vi",
		"don vi san xuat", "co so san xuat", "ten co so",
		"ten doanh nghiep", "nha san xuat", "producer",
		"producer name") },
	{ .key = "kind", .type = FT_ENUM, .flags = F_REQUIRED | F_SETTABLE, .word = kind_word, .parse = kind_parse, .help = N_("enterprise, cooperative, cooperative-group, household, facility or individual; unknown until it is found"),
	  .columns = COLUMNS("loai hinh", "loai hinh kinh doanh",
		"loai hinh chu the", "loai hinh doanh nghiep",
		"loai hinh to chuc", "loai chu the", "kind", "producer kind",
		"business type") },
	{ .key = "tax_code", .type = FT_CODE, .flags = F_SETTABLE, .check = check_tax_code, .help = N_("tax code (mã số thuế)"),
	  .columns = COLUMNS("ma so thue", "mst", "ma so doanh nghiep",
		"tax code") },
	{ .key = "representative", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("legal representative"),
	  .columns = COLUMNS("nguoi dai dien", "dai dien",
		"nguoi dai dien phap luat", "chu co so", "representative") },
	{ .key = "phone", .type = FT_CODE, .flags = F_SETTABLE, .check = check_phone, .help = N_("phone number"),
	  .columns = COLUMNS("dien thoai", "so dien thoai",
		"dien thoai lien he", "sdt", "dt", "phone", "phone number",
		"telephone") },
	{ .key = "address", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("address"),
	  .columns = COLUMNS("dia chi", "dia chi moi", "dia chi hien nay",
		"dia chi chu the", "address") },
	{ .key = "old_address", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("address before the 2025 merger of wards"),
	  .columns = COLUMNS("dia chi cu", "dia chi truoc sap nhap",
		"old address") },
	{ .key = "training", .type = FT_LIST, .sub = &training_schema, .help = N_("courses attended") },
	{ .key = "notes", .type = FT_TEXT, .flags = F_SETTABLE, .help = N_("free text"), .columns = notes_columns },
};
static const struct schema producer_schema = SCHEMA("producer", producer_fields);

static const struct field cycle_fields[] = {
	{ .key = "step", .type = FT_INT, .flags = F_REQUIRED, .min = 1, .max = 6, .help = N_("step of the OCOP cycle, 1–6") },
	{ .key = "date", .type = FT_DATE_PARTIAL, .flags = F_REQUIRED, .help = N_("day the step was reached (YYYY-MM or YYYY when copied from an old register)") },
	{ .key = "rejected", .type = FT_BOOL, .help = N_("true: the idea was not accepted and returns to step 2") },
	{ .key = "note", .type = FT_TEXT, .help = N_("free text") },
};
static const struct schema cycle_schema = SCHEMA("cycle entry", cycle_fields);

static const struct field criteria_fields[] = {
	{ .key = "local_origin", .type = FT_ENUM, .word = result_word, .help = N_("local origin of the product or raw materials") },
	{ .key = "local_labour", .type = FT_ENUM, .word = result_word, .help = N_("use of local labour") },
	{ .key = "idea_origin", .type = FT_ENUM, .word = result_word, .help = N_("origin of the product idea") },
	{ .key = "local_identity", .type = FT_ENUM, .word = result_word, .help = N_("local identity and know-how") },
};
static const struct schema criteria_schema = SCHEMA("criteria", criteria_fields);

const char *criterion_slug(int i)
{
	return i >= 0 && i < CRITERIA_COUNT ? criteria_fields[i].key : NULL;
}

int criterion_parse(const char *text, const char **suggestion)
{
	const char *keys[CRITERIA_COUNT];
	int i;

	for (i = 0; i < CRITERIA_COUNT; i++) {
		keys[i] = criteria_fields[i].key;
		if (!strcmp(text, keys[i]))
			return i;
	}
	if (suggestion)
		*suggestion = text_suggest(text, keys, CRITERIA_COUNT);
	return -1;
}

static const struct field score_fields[] = {
	/* Each part's maximum depends on the legal basis (rating.c). */
	{ .key = "a", .type = FT_DECIMAL, .flags = F_REQUIRED, .min = 0, .max = 100, .help = N_("part A: product and community strength") },
	{ .key = "b", .type = FT_DECIMAL, .flags = F_REQUIRED, .min = 0, .max = 100, .help = N_("part B: marketing capacity") },
	{ .key = "c", .type = FT_DECIMAL, .flags = F_REQUIRED, .min = 0, .max = 100, .help = N_("part C: product quality") },
};
static const struct schema score_schema = SCHEMA("score", score_fields);

static const struct field evaluation_fields[] = {
	{ .key = "level", .type = FT_ENUM, .flags = F_REQUIRED, .word = level_word, .help = N_("ward, province or central"),
	  .columns = COLUMNS("cap", "cap cong nhan", "cap danh gia", "level") },
	{ .key = "date", .type = FT_DATE_PARTIAL, .flags = F_REQUIRED, .help = N_("day of the report or decision"),
	  .columns = COLUMNS("ngay cong nhan", "ngay quyet dinh", "ngay qd",
		"ngay ky", "ngay ky quyet dinh", "ngay ban hanh", "ngay cap",
		"ngay cap chung nhan", "date", "decision date",
		"recognition date") },
	{ .key = "report", .type = FT_STRING, .help = N_("number of the ward's report") },
	{ .key = "basis", .type = FT_STRING, .help = N_("legal basis, e.g. 148/QĐ-TTg") },
	{ .key = "criteria", .type = FT_MAP, .sub = &criteria_schema, .help = N_("the ward's four criteria") },
	{ .key = "score", .type = FT_MAP, .sub = &score_schema, .help = N_("the council's score by part") },
	{ .key = "stars", .type = FT_INT, .min = 1, .max = 5, .help = N_("stars recognised"),
	  .columns = COLUMNS("hang sao", "dat sao", "so sao", "sao", "hang",
		"xep hang", "xep hang sao", "hang sao ocop", "danh gia",
		"ket qua danh gia", "ket qua xep hang", "stars",
		"star rating", "rating") },
	{ .key = "decision", .type = FT_STRING, .help = N_("number of the decision"),
	  .columns = COLUMNS("so quyet dinh", "so qd", "quyet dinh",
		"quyet dinh cong nhan", "so quyet dinh cong nhan",
		"so qd cong nhan", "decision", "decision number",
		"decision no") },
	{ .key = "authority", .type = FT_STRING, .help = N_("who decided"),
	  .columns = COLUMNS("co quan ban hanh", "co quan cong nhan",
		"don vi cong nhan", "co quan cap", "noi cap", "authority",
		"issued by") },
	{ .key = "expires", .type = FT_DATE_PARTIAL, .help = N_("end of the certificate"),
	  .columns = COLUMNS("ngay het han", "het han", "han", "thoi han",
		"han chung nhan", "thoi han chung nhan", "hieu luc den",
		"expires", "expiry", "expiry date", "valid until") },
	{ .key = "revoked", .type = FT_DATE, .help = N_("day the certificate was revoked") },
	{ .key = "revoke_decision", .type = FT_STRING, .help = N_("number of the revoking decision") },
	{ .key = "note", .type = FT_TEXT, .help = N_("free text") },
};
static const struct schema evaluation_schema = SCHEMA("evaluation", evaluation_fields);

static const struct field promotion_fields[] = {
	{ .key = "date", .type = FT_DATE, .flags = F_REQUIRED, .help = N_("day of the event") },
	{ .key = "kind", .type = FT_ENUM, .flags = F_REQUIRED, .word = promo_word, .help = N_("fair, ecommerce, shop, media or other") },
	{ .key = "name", .type = FT_STRING, .help = N_("name of the fair, shop or platform") },
	{ .key = "note", .type = FT_TEXT, .help = N_("free text") },
};
static const struct schema promotion_schema = SCHEMA("promotion", promotion_fields);

static const struct field readiness_fields[] = {
	{ .key = "barcode", .type = FT_CODE, .flags = F_SETTABLE, .check = check_gtin, .help = N_("GTIN-13 barcode"),
	  .columns = COLUMNS("ma vach", "ma so ma vach", "barcode", "gtin") },
	{ .key = "traceability", .type = FT_BOOL, .flags = F_SETTABLE | F_NO_COLUMN, .help = N_("traceability stamp") },
	{ .key = "quality_declaration", .type = FT_BOOL, .flags = F_SETTABLE | F_NO_COLUMN, .help = N_("quality declared") },
	{ .key = "food_safety", .type = FT_BOOL, .flags = F_SETTABLE | F_NO_COLUMN, .help = N_("food safety certificate") },
	{ .key = "trademark", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("registered trademark"),
	  .columns = COLUMNS("nhan hieu", "thuong hieu", "trademark") },
};
static const struct schema readiness_schema = SCHEMA("readiness", readiness_fields);

static const struct field product_fields[] = {
	{ .key = "id", .type = FT_ID, .flags = F_REQUIRED, .help = N_("the file name, without .yaml") },
	{ .key = "name", .type = FT_STRING, .flags = F_REQUIRED | F_SETTABLE, .help = N_("name of the product"),
	  .columns = COLUMNS("ten san pham", "san pham", "ten sp", "sp",
		"san pham ocop", "ten san pham ocop", "ten", "name",
		"product", "product name") },
	/* Its column is the producer's name (or id): producer_fields' "name". */
	{ .key = "producer", .type = FT_ID, .flags = F_REQUIRED | F_SETTABLE, .help = N_("id of its producer") },
	{ .key = "category", .type = FT_ENUM, .flags = F_REQUIRED | F_SETTABLE, .word = category_word, .parse = category_parse, .help = N_("food, beverage, herbal, handicraft, ornamental or tourism"),
	  .columns = COLUMNS("nhom san pham", "nhom", "nganh", "nganh hang",
		"nhom nganh", "nhom nganh hang", "loai san pham", "category",
		"product category", "product group") },
	{ .key = "set", .type = FT_INT, .flags = F_SETTABLE, .min = 1, .max = PRODUCT_SET_COUNT, .help = N_("product set 1–26 of 148/QĐ-TTg"),
	  .columns = COLUMNS("bo san pham", "set", "product set") },
	{ .key = "origin", .type = FT_ENUM, .flags = F_REQUIRED | F_SETTABLE, .word = origin_word, .parse = origin_parse, .help = N_("idea or existing"),
	  .columns = COLUMNS("origin") },
	{ .key = "cycle", .type = FT_LIST, .sub = &cycle_schema, .help = N_("steps of the OCOP cycle, oldest first") },
	{ .key = "evaluations", .type = FT_LIST, .sub = &evaluation_schema, .help = N_("assessments, scores, recognitions") },
	{ .key = "promotion", .type = FT_LIST, .sub = &promotion_schema, .help = N_("fairs, e-commerce, shops") },
	{ .key = "readiness", .type = FT_MAP, .sub = &readiness_schema, .help = N_("what the market requires") },
	{ .key = "notes", .type = FT_TEXT, .flags = F_SETTABLE, .help = N_("free text"), .columns = notes_columns },
};
static const struct schema product_schema = SCHEMA("product", product_fields);

static const struct field target_fields[] = {
	{ .key = "year", .type = FT_INT, .flags = F_REQUIRED, .min = 2000, .max = 2999, .help = N_("the year") },
	{ .key = "new_products_min", .type = FT_INT, .min = 0, .max = 100000, .help = N_("new products with 3 stars or more: at least") },
	{ .key = "new_products_max", .type = FT_INT, .min = 0, .max = 100000, .help = N_("new products with 3 stars or more: at most") },
	{ .key = "trained_percent", .type = FT_INT, .min = 0, .max = 100, .help = N_("share of producers trained") },
	{ .key = "fairs_min", .type = FT_INT, .min = 0, .max = 1000, .help = N_("trade fairs: at least") },
	{ .key = "fairs_max", .type = FT_INT, .min = 0, .max = 1000, .help = N_("trade fairs: at most") },
};
static const struct schema target_schema = SCHEMA("target", target_fields);

static const struct field office_fields[] = {
	{ .key = "ward", .type = FT_STRING, .flags = F_REQUIRED | F_SETTABLE, .help = N_("ward or commune") },
	{ .key = "province", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("province") },
	{ .key = "authority", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("issuing body of reports") },
	{ .key = "department", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("the office that keeps the records") },
	{ .key = "place", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("place written in the date line of reports") },
	{ .key = "signer", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("who signs reports") },
	{ .key = "signer_title", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("the signer's title, e.g. Phó Chủ tịch") },
	{ .key = "sign_for", .type = FT_STRING, .flags = F_SETTABLE, .help = N_("on whose behalf, e.g. KT. Chủ tịch") },
	{ .key = "recipients", .type = FT_TEXT, .flags = F_SETTABLE, .help = N_("where reports are sent (Nơi nhận), one a line") },
	{ .key = "lang", .type = FT_ENUM, .flags = F_SETTABLE, .word = lang_word, .help = N_("vi or en") },
	{ .key = "git", .type = FT_ENUM, .flags = F_SETTABLE, .word = git_word, .help = N_("commit: one git commit per write") },
	{ .key = "targets", .type = FT_LIST, .sub = &target_schema, .help = N_("each year's targets") },
	{ .key = "notes", .type = FT_TEXT, .flags = F_SETTABLE, .help = N_("free text") },
};
static const struct schema office_schema = SCHEMA("office", office_fields);

const struct schema *record_schema(enum record_type type)
{
	switch (type) {
	case RECORD_OFFICE:
		return &office_schema;
	case RECORD_PRODUCER:
		return &producer_schema;
	case RECORD_PRODUCT:
		return &product_schema;
	}
	return NULL;
}

const struct field *schema_field(const struct schema *s, const char *key)
{
	size_t i;

	for (i = 0; i < s->nr; i++)
		if (s->fields[i].key[0] == key[0] &&
		    !strcmp(s->fields[i].key, key))
			return &s->fields[i];
	return NULL;
}

/* --- records --------------------------------------------------------------- */

void record_init(struct record *r, enum record_type type, const char *path)
{
	memset(r, 0, sizeof(*r));
	r->type = type;
	r->path = xstrdup(path ? path : "");
	node_doc_init(&r->doc);
}

void record_release(struct record *r)
{
	free(r->path);
	node_doc_release(&r->doc);
	memset(r, 0, sizeof(*r));
}

bool record_id_valid(const char *id)
{
	size_t n = 0;

	if (!id || !((*id >= 'a' && *id <= 'z') || (*id >= '0' && *id <= '9')))
		return false;
	for (; id[n]; n++)
		if (!((id[n] >= 'a' && id[n] <= 'z') ||
		      (id[n] >= '0' && id[n] <= '9') || id[n] == '-'))
			return false;
	return n <= 64;
}

int decimal_parse(const char *s, long *hundredths)
{
	long whole = 0, frac = 0;
	int fdigits = 0, neg = 0;
	const char *p = s;

	if (*p == '-') {
		neg = 1;
		p++;
	}
	if (!isdigit((unsigned char)*p))
		return -1;
	/* Scores and sums are small: a bound far from overflow is enough. */
	for (; isdigit((unsigned char)*p); p++) {
		if (whole > 100000000L)
			return -1;
		whole = whole * 10 + (*p - '0');
	}
	if (*p == '.') {
		p++;
		if (!isdigit((unsigned char)*p))
			return -1;
		for (; isdigit((unsigned char)*p); p++) {
			if (++fdigits > 2)
				return -1;
			frac = frac * 10 + (*p - '0');
		}
		if (fdigits == 1)
			frac *= 10;
	}
	if (*p)
		return -1;
	*hundredths = (whole * 100 + frac) * (neg ? -1 : 1);
	return 0;
}

void decimal_format(long h, char buf[32])
{
	long a = h < 0 ? -h : h;

	if (a % 100 == 0)
		snprintf(buf, 32, "%s%ld", h < 0 ? "-" : "", a / 100);
	else if (a % 10 == 0)
		snprintf(buf, 32, "%s%ld.%ld", h < 0 ? "-" : "", a / 100, (a % 100) / 10);
	else
		snprintf(buf, 32, "%s%ld.%02ld", h < 0 ? "-" : "", a / 100, a % 100);
}

/* --- checking a tree against a schema -------------------------------------- */

struct checker {
	struct record *r;
	struct diag_list *dl;
	int errors;
	size_t unknown;			/* unknown keys met so far */
	const struct node *unlisted;	/* the first one not listed */
};

static void field_error(struct checker *ck, const struct node *n,
			const char *key, const char *fmt, const char *arg)
{
	struct strbuf msg = STRBUF_INIT;

	strbuf_addf(&msg, fmt, arg);
	diag_error(ck->dl, n && n->line ? ck->r->path : NULL,
		   n ? n->line : 0, n ? n->col : 0,
		   "%s: %s", key, msg.buf);
	strbuf_release(&msg);
	ck->errors++;
}

static int enum_index(const struct field *f, const char *v)
{
	const char *w;
	int i;

	for (i = 0; (w = f->word(i)); i++)
		if (!strcmp(w, v))
			return i;
	return -1;
}

static void enum_words(const struct field *f, const char ***words, size_t *n)
{
	const char *w;
	int i;

	*n = 0;
	*words = NULL;
	for (i = 0; (w = f->word(i)); i++) {
		*words = xrealloc(*words, (size_t)(i + 1) * sizeof(**words));
		(*words)[i] = w;
		*n = (size_t)i + 1;
	}
}

/* Hint with the nearest of the field's words, or the whole list. */
static void hint_words(struct diag_list *dl, const struct field *f,
		       const char *value, const char *suggestion)
{
	const char **words;
	struct strbuf all = STRBUF_INIT;
	size_t n, i;

	enum_words(f, &words, &n);
	if (!suggestion)
		suggestion = text_suggest(value, words, n);
	if (suggestion) {
		diag_hint(dl, _("did you mean '%s'?"), suggestion);
	} else {
		for (i = 0; i < n; i++)
			strbuf_addf(&all, "%s%s", i ? ", " : "", words[i]);
		diag_hint(dl, _("expected one of: %s"), all.buf);
	}
	strbuf_release(&all);
	free(words);
}

static bool has_break(const char *s)
{
	return strchr(s, '\n') || strchr(s, '\r');
}

/* Is the scalar value v right for field f?  NULL, or why not. */
static const char *value_problem(const struct field *f, const char *v,
				 const char **detail)
{
	struct ocop_date d;
	long num;
	char *end;

	*detail = NULL;
	switch (f->type) {
	case FT_ID:
		return record_id_valid(v) ? NULL :
		       N_("'%s' is not a valid id (lower-case letters, digits and '-', at most 64)");
	case FT_STRING:
		if (strspn(v, " \t") == strlen(v))
			return N_("empty value%s");
		return has_break(v) ? N_("'%s' spans several lines; use one line") : NULL;
	case FT_TEXT:
		return NULL;
	case FT_CODE:
		*detail = f->check ? f->check(v) : NULL;
		return *detail ? N_("'%s' is not valid") : NULL;
	case FT_DATE:
	case FT_DATE_PARTIAL:
		if (date_parse_iso(v, f->type == FT_DATE_PARTIAL, &d))
			return f->type == FT_DATE ?
			       N_("'%s' is not a date (YYYY-MM-DD)") :
			       N_("'%s' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
		return NULL;
	case FT_INT:
		errno = 0;
		num = strtol(v, &end, 10);
		if (!*v || *end || errno || !(isdigit((unsigned char)*v) || *v == '-'))
			return N_("'%s' is not a whole number");
		/* "010" is 8 to a YAML 1.1 reader: write 10. */
		if ((v[0] == '0' && v[1]) || (v[0] == '-' && v[1] == '0'))
			return N_("'%s' has a leading zero, which other YAML readers take for octal");
		if (num < f->min || num > f->max)
			return N_("%s is out of range");
		return NULL;
	case FT_DECIMAL:
		if (decimal_parse(v, &num))
			return N_("'%s' is not a number with at most two decimals");
		if (num < (long)f->min * 100 || num > (long)f->max * 100)
			return N_("%s is out of range");
		return NULL;
	case FT_BOOL:
		return strcmp(v, "true") && strcmp(v, "false") ?
		       N_("'%s' is not true or false") : NULL;
	case FT_ENUM:
		return enum_index(f, v) < 0 ? N_("unknown value '%s'") : NULL;
	default:
		return NULL;
	}
}

static void check_node(struct checker *ck, const struct schema *s,
		       const struct node *map, const char *where);

/* "70,000": a size as officers read it, without the locale. */
static void group_thousands(size_t v, char out[32])
{
	char digits[24];
	int n = snprintf(digits, sizeof(digits), "%zu", v), i, o = 0;

	for (i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			out[o++] = ',';
		out[o++] = digits[i];
	}
	out[o] = '\0';
}

/*
 * A value past the loader's bound is refused here, by its field and the
 * bound, whatever way it came in: else the canonical writer's re-read
 * would be the first to see it, as an internal error.
 */
static bool over_bound(struct checker *ck, const struct node *n,
		       const char *key)
{
	size_t len = strlen(n->u.scalar.value);
	char shown[32];

	if (len <= YAML_MAX_SCALAR)
		return false;
	group_thousands(len, shown);
	diag_error(ck->dl, n->line ? ck->r->path : NULL, n->line, n->col,
		   _("%s is %s bytes; the limit is %d KiB"), key, shown,
		   YAML_MAX_SCALAR >> 10);
	ck->errors++;
	return true;
}

static void check_scalar(struct checker *ck, const struct field *f,
			 const struct node *n, const char *key)
{
	const char *why, *detail;

	if (n->kind != NODE_SCALAR) {
		field_error(ck, n, key, _("expected a single value%s"), "");
		return;
	}
	if (over_bound(ck, n, key))
		return;
	why = value_problem(f, n->u.scalar.value, &detail);
	if (!why)
		return;
	if (f->type == FT_ENUM) {
		diag_error(ck->dl, n->line ? ck->r->path : NULL, n->line, n->col,
			   _("unknown %s '%s'"), key, n->u.scalar.value);
		ck->errors++;
	} else {
		field_error(ck, n, key, _(why), n->u.scalar.value);
	}
	if (f->type == FT_ENUM)
		hint_words(ck->dl, f, n->u.scalar.value, NULL);
	else if (detail)
		diag_hint(ck->dl, "%s", _(detail));
	else if (f->type == FT_INT || f->type == FT_DECIMAL)
		diag_hint(ck->dl, _("expected %d to %d"), f->min, f->max);
}

static void check_value(struct checker *ck, const struct field *f,
			const struct node *n, const char *key)
{
	size_t i;

	switch (f->type) {
	case FT_MAP:
		if (n->kind != NODE_MAPPING)
			field_error(ck, n, key, _("expected a mapping of keys to values%s"), "");
		else
			check_node(ck, f->sub, n, key);
		return;
	case FT_LIST:
		if (n->kind == NODE_SCALAR && n->style == STYLE_PLAIN &&
		    !n->u.scalar.len)
			return;	/* "key:" with nothing: an empty list */
		if (n->kind != NODE_SEQUENCE) {
			field_error(ck, n, key, _("expected a list%s"), "");
			return;
		}
		for (i = 0; i < n->u.seq.nr; i++) {
			const struct node *item = n->u.seq.items[i];

			if (item->kind != NODE_MAPPING)
				field_error(ck, item, key,
					    _("each entry must be a mapping {key: value, …}%s"), "");
			else
				check_node(ck, f->sub, item, key);
		}
		return;
	default:
		check_scalar(ck, f, n, key);
	}
}

static bool is_empty_scalar(const struct node *n)
{
	return n->kind == NODE_SCALAR && !n->u.scalar.len &&
	       n->style == STYLE_PLAIN;
}

/* The nearest key of a schema to an unknown one, for the hint. */
static const char *nearest_key(const struct schema *s, const char *key)
{
	const char **keys = xmalloc(s->nr * sizeof(*keys));
	const char *near;
	size_t i;

	for (i = 0; i < s->nr; i++)
		keys[i] = s->fields[i].key;
	near = text_suggest(key, keys, s->nr);
	free(keys);
	return near;
}

/*
 * An unknown key is kept and warned about, with the nearest known key.
 * A record's first UNKNOWN_KEYS_LISTED are listed one by one; the rest
 * are only counted, for one line at the end (unknown_keys_summary()):
 * each hint costs a text_suggest() over the schema, and a file of 50,000
 * unknown keys is no typo (known-bugs P1).
 */
#define UNKNOWN_KEYS_LISTED 100

static void unknown_key(struct checker *ck, const struct schema *s,
			const struct node *k, const char *where)
{
	const char *key = k->u.scalar.value, *near;

	if (ck->unknown++ >= UNKNOWN_KEYS_LISTED) {
		if (!ck->unlisted)
			ck->unlisted = k;
		return;
	}
	near = nearest_key(s, key);
	diag_warn(ck->dl, k->line ? ck->r->path : NULL, k->line, k->col,
		  _("unknown key '%s' in %s (kept as it is)"), key, where);
	if (near)
		diag_hint(ck->dl, _("did you mean '%s'?"), near);
}

/* The unknown keys past the listed ones, at the first of them. */
static void unknown_keys_summary(struct checker *ck)
{
	const struct node *k = ck->unlisted;

	if (!k)
		return;
	diag_warn(ck->dl, k->line ? ck->r->path : NULL, k->line, k->col,
		  _("unknown keys from here on, not listed: %zu more (kept as they are)"),
		  ck->unknown - UNKNOWN_KEYS_LISTED);
}

static void check_node(struct checker *ck, const struct schema *s,
		       const struct node *map, const char *where)
{
	size_t i;

	for (i = 0; i < map->u.map.nr; i++) {
		const struct node_pair *p = &map->u.map.pairs[i];
		const char *key = p->key->u.scalar.value;
		const struct field *f = schema_field(s, key);

		if (!f) {
			unknown_key(ck, s, p->key, where);
			continue;
		}
		if (is_empty_scalar(p->value) && !(f->flags & F_REQUIRED))
			continue;	/* "phone:" with nothing is unset */
		check_value(ck, f, p->value, key);
	}
	for (i = 0; i < s->nr; i++) {
		const struct node *v = node_get(map, s->fields[i].key);

		if ((s->fields[i].flags & F_REQUIRED) && (!v || is_empty_scalar(v)))
			field_error(ck, v ? v : map, s->fields[i].key,
				    _("missing (required in every %s)"), s->name);
	}
	if (map == ck->r->doc.root)	/* the record's check ends here */
		unknown_keys_summary(ck);
}

/* --- typed views (after checking, so values are known to be well formed) -- */

static const char *str_or_null(const struct node *map, const char *key)
{
	const char *v = node_get_str(map, key);

	return v && *v ? v : NULL;
}

static int int_of(const struct node *map, const char *key)
{
	const char *v = str_or_null(map, key);

	return v ? (int)strtol(v, NULL, 10) : 0;
}

static int bool_of(const struct node *map, const char *key)
{
	const char *v = str_or_null(map, key);

	return v ? !strcmp(v, "true") : -1;
}

static bool date_of(const struct node *map, const char *key,
		    struct ocop_date *d)
{
	const char *v = str_or_null(map, key);

	return v && !date_parse_iso(v, true, d);
}

static int enum_of(const struct schema *s, const struct node *map,
		   const char *key)
{
	const char *v = str_or_null(map, key);

	return v ? enum_index(schema_field(s, key), v) : -1;
}

static size_t list_of(const struct node *map, const char *key,
		      const struct node *const **items)
{
	const struct node *l = node_get(map, key);

	if (!l || l->kind != NODE_SEQUENCE) {
		*items = NULL;
		return 0;
	}
	*items = (const struct node *const *)l->u.seq.items;
	return l->u.seq.nr;
}

static void decode_producer(struct record *r)
{
	struct producer *p = &r->u.producer;
	const struct node *root = r->doc.root;
	const struct node *const *items;
	size_t i;

	p->id = str_or_null(root, "id");
	p->name = str_or_null(root, "name");
	p->kind = (enum producer_kind)(enum_of(&producer_schema, root, "kind") + 1);
	p->tax_code = str_or_null(root, "tax_code");
	p->representative = str_or_null(root, "representative");
	p->phone = str_or_null(root, "phone");
	p->address = str_or_null(root, "address");
	p->old_address = str_or_null(root, "old_address");
	p->notes = str_or_null(root, "notes");
	p->ntraining = list_of(root, "training", &items);
	p->training = node_alloc(&r->doc, p->ntraining * sizeof(*p->training));
	for (i = 0; i < p->ntraining; i++) {
		date_of(items[i], "date", &p->training[i].date);
		p->training[i].course = str_or_null(items[i], "course");
	}
}

static void decode_evaluation(const struct node *n, struct evaluation *e)
{
	const struct node *crit = node_get(n, "criteria");
	const struct node *score = node_get(n, "score");
	size_t i;

	memset(e, 0, sizeof(*e));
	e->node = n;
	e->level = (enum eval_level)enum_of(&evaluation_schema, n, "level");
	date_of(n, "date", &e->date);
	e->report = str_or_null(n, "report");
	e->basis = str_or_null(n, "basis");
	e->decision = str_or_null(n, "decision");
	e->authority = str_or_null(n, "authority");
	e->note = str_or_null(n, "note");
	for (i = 0; i < CRITERIA_COUNT && crit && crit->kind == NODE_MAPPING; i++)
		e->criteria[i] = (enum criterion_result)
			(enum_of(&criteria_schema, crit, criteria_fields[i].key) + 1);
	if (score && score->kind == NODE_MAPPING) {
		e->has_score = true;
		for (i = 0; i < 3; i++)
			decimal_parse(node_get_str(score, score_fields[i].key),
				      &e->score[i]);
	}
	e->stars = int_of(n, "stars");
	e->has_expires = date_of(n, "expires", &e->expires);
	e->revoked = date_of(n, "revoked", &e->revoked_date);
	e->revoke_decision = str_or_null(n, "revoke_decision");
}

static void decode_product(struct record *r)
{
	struct product *p = &r->u.product;
	const struct node *root = r->doc.root;
	const struct node *const *items;
	const struct node *ready = node_get(root, "readiness");
	size_t i;

	p->id = str_or_null(root, "id");
	p->name = str_or_null(root, "name");
	p->producer = str_or_null(root, "producer");
	p->category = (enum ocop_category)(enum_of(&product_schema, root, "category") + 1);
	p->set = int_of(root, "set");
	p->origin = (enum product_origin)(enum_of(&product_schema, root, "origin") + 1);
	p->notes = str_or_null(root, "notes");

	p->ncycle = list_of(root, "cycle", &items);
	p->cycle = node_alloc(&r->doc, p->ncycle * sizeof(*p->cycle));
	for (i = 0; i < p->ncycle; i++) {
		p->cycle[i].step = int_of(items[i], "step");
		date_of(items[i], "date", &p->cycle[i].date);
		p->cycle[i].note = str_or_null(items[i], "note");
		p->cycle[i].rejected = bool_of(items[i], "rejected") == 1;
		p->cycle[i].node = items[i];
	}
	p->nevals = list_of(root, "evaluations", &items);
	p->evals = node_alloc(&r->doc, p->nevals * sizeof(*p->evals));
	for (i = 0; i < p->nevals; i++)
		decode_evaluation(items[i], &p->evals[i]);
	p->npromos = list_of(root, "promotion", &items);
	p->promos = node_alloc(&r->doc, p->npromos * sizeof(*p->promos));
	for (i = 0; i < p->npromos; i++) {
		date_of(items[i], "date", &p->promos[i].date);
		p->promos[i].kind = str_or_null(items[i], "kind");
		p->promos[i].name = str_or_null(items[i], "name");
	}
	p->readiness.barcode = str_or_null(ready, "barcode");
	p->readiness.trademark = str_or_null(ready, "trademark");
	p->readiness.traceability = bool_of(ready, "traceability");
	p->readiness.quality_declaration = bool_of(ready, "quality_declaration");
	p->readiness.food_safety = bool_of(ready, "food_safety");
}

static void decode_office(struct record *r)
{
	struct office *o = &r->u.office;
	const struct node *root = r->doc.root;
	const struct node *const *items;
	const char *git = str_or_null(root, "git");
	size_t i;

	o->ward = str_or_null(root, "ward");
	o->province = str_or_null(root, "province");
	o->authority = str_or_null(root, "authority");
	o->department = str_or_null(root, "department");
	o->place = str_or_null(root, "place");
	o->signer = str_or_null(root, "signer");
	o->signer_title = str_or_null(root, "signer_title");
	o->sign_for = str_or_null(root, "sign_for");
	o->recipients = str_or_null(root, "recipients");
	o->lang = str_or_null(root, "lang");
	o->git_commit = git && !strcmp(git, "commit");
	o->ntargets = list_of(root, "targets", &items);
	o->targets = node_alloc(&r->doc, o->ntargets * sizeof(*o->targets));
	for (i = 0; i < o->ntargets; i++) {
		struct target *t = &o->targets[i];

		t->year = int_of(items[i], "year");
		t->new_products_min = int_of(items[i], "new_products_min");
		t->new_products_max = int_of(items[i], "new_products_max");
		t->trained_percent = int_of(items[i], "trained_percent");
		t->fairs_min = int_of(items[i], "fairs_min");
		t->fairs_max = int_of(items[i], "fairs_max");
	}
}

int record_decode(struct record *r, struct diag_list *dl)
{
	struct checker ck = { r, dl, 0, 0, NULL };

	r->valid = false;
	if (!r->doc.root || r->doc.root->kind != NODE_MAPPING)
		BUG("record_decode without a loaded mapping");
	check_node(&ck, record_schema(r->type), r->doc.root,
		   record_schema(r->type)->name);
	if (ck.errors)
		return -1;
	switch (r->type) {
	case RECORD_OFFICE:
		decode_office(r);
		break;
	case RECORD_PRODUCER:
		decode_producer(r);
		break;
	case RECORD_PRODUCT:
		decode_product(r);
		break;
	}
	r->valid = true;
	return 0;
}

/* --- views without trees ----------------------------------------------------- */

static const char *keep_str(struct node_doc *to, const char *s)
{
	return s ? node_strndup(to, s, strlen(s)) : NULL;
}

static void *keep_array(struct node_doc *to, const void *items, size_t size)
{
	void *p = node_alloc(to, size);

	if (size)
		memcpy(p, items, size);
	return p;
}

static void keep_producer(struct node_doc *to, struct producer *p)
{
	size_t i;

	p->id = keep_str(to, p->id);
	p->name = keep_str(to, p->name);
	p->tax_code = keep_str(to, p->tax_code);
	p->representative = keep_str(to, p->representative);
	p->phone = keep_str(to, p->phone);
	p->address = keep_str(to, p->address);
	p->old_address = keep_str(to, p->old_address);
	p->notes = keep_str(to, p->notes);
	p->training = keep_array(to, p->training,
				 p->ntraining * sizeof(*p->training));
	for (i = 0; i < p->ntraining; i++)
		p->training[i].course = keep_str(to, p->training[i].course);
}

static void keep_evaluation(struct node_doc *to, struct evaluation *e)
{
	e->report = keep_str(to, e->report);
	e->basis = keep_str(to, e->basis);
	e->decision = keep_str(to, e->decision);
	e->authority = keep_str(to, e->authority);
	e->note = keep_str(to, e->note);
	e->revoke_decision = keep_str(to, e->revoke_decision);
	e->node = NULL;
}

static void keep_product(struct node_doc *to, struct product *p)
{
	size_t i;

	p->id = keep_str(to, p->id);
	p->name = keep_str(to, p->name);
	p->producer = keep_str(to, p->producer);
	p->notes = keep_str(to, p->notes);
	p->cycle = keep_array(to, p->cycle, p->ncycle * sizeof(*p->cycle));
	for (i = 0; i < p->ncycle; i++) {
		p->cycle[i].note = keep_str(to, p->cycle[i].note);
		p->cycle[i].node = NULL;
	}
	p->evals = keep_array(to, p->evals, p->nevals * sizeof(*p->evals));
	for (i = 0; i < p->nevals; i++)
		keep_evaluation(to, &p->evals[i]);
	p->promos = keep_array(to, p->promos, p->npromos * sizeof(*p->promos));
	for (i = 0; i < p->npromos; i++) {
		p->promos[i].kind = keep_str(to, p->promos[i].kind);
		p->promos[i].name = keep_str(to, p->promos[i].name);
	}
	p->readiness.barcode = keep_str(to, p->readiness.barcode);
	p->readiness.trademark = keep_str(to, p->readiness.trademark);
}

static void keep_office(struct node_doc *to, struct office *o)
{
	o->ward = keep_str(to, o->ward);
	o->province = keep_str(to, o->province);
	o->authority = keep_str(to, o->authority);
	o->department = keep_str(to, o->department);
	o->lang = keep_str(to, o->lang);
	o->place = keep_str(to, o->place);
	o->signer = keep_str(to, o->signer);
	o->signer_title = keep_str(to, o->signer_title);
	o->sign_for = keep_str(to, o->sign_for);
	o->recipients = keep_str(to, o->recipients);
	o->targets = keep_array(to, o->targets, o->ntargets * sizeof(*o->targets));
}

void record_keep_view(struct record *r, struct node_pool *pool)
{
	struct node_doc to;

	if (r->doc.pool)
		BUG("record_keep_view on a record whose tree is in a pool");
	node_doc_init(&to);
	to.pool = pool;
	if (r->valid) {
		switch (r->type) {
		case RECORD_OFFICE:
			keep_office(&to, &r->u.office);
			break;
		case RECORD_PRODUCER:
			keep_producer(&to, &r->u.producer);
			break;
		case RECORD_PRODUCT:
			keep_product(&to, &r->u.product);
			break;
		}
	}
	node_doc_release(&r->doc);
	r->doc = to;
}

/* --- canonical form --------------------------------------------------------- */

static enum node_style style_of(enum field_type t)
{
	switch (t) {
	case FT_CODE:
		return STYLE_QUOTED;
	case FT_DATE:
	case FT_DATE_PARTIAL:
	case FT_INT:
	case FT_DECIMAL:
	case FT_BOOL:
		return STYLE_PLAIN;
	default:
		return STYLE_AUTO;
	}
}

static void canonicalize(struct node_doc *doc, const struct schema *s,
			 struct node *map);

static void canonicalize_value(struct node_doc *doc, const struct field *f,
			       struct node *v)
{
	size_t i;

	if (f->type == FT_MAP && v->kind == NODE_MAPPING)
		canonicalize(doc, f->sub, v);
	else if (f->type == FT_LIST && v->kind == NODE_SEQUENCE)
		for (i = 0; i < v->u.seq.nr; i++) {
			if (v->u.seq.items[i]->kind == NODE_MAPPING)
				canonicalize(doc, f->sub, v->u.seq.items[i]);
		}
	else if (v->kind == NODE_SCALAR)
		v->style = style_of(f->type);
}

static bool is_empty_value(const struct node *v)
{
	return (v->kind == NODE_SCALAR && !v->u.scalar.len) ||
	       (v->kind == NODE_SEQUENCE && !v->u.seq.nr) ||
	       (v->kind == NODE_MAPPING && !v->u.map.nr);
}

/* Rank of a pair: known keys by schema position; an unknown key rides
 * with the known key before it, so it keeps its place. */
static void canonicalize(struct node_doc *doc, const struct schema *s,
			 struct node *map)
{
	size_t n = map->u.map.nr, i, j, out = 0;
	struct node_pair *sorted;
	size_t *rank = xmalloc((n ? n : 1) * sizeof(*rank));
	size_t cur = 0;

	for (i = 0; i < n; i++) {
		const struct field *f = schema_field(s, map->u.map.pairs[i].key->u.scalar.value);

		if (f) {
			cur = (size_t)(f - s->fields) + 1;
			canonicalize_value(doc, f, map->u.map.pairs[i].value);
		}
		rank[i] = cur * 2 + (f ? 0 : 1);
	}
	sorted = node_alloc(doc, (n ? n : 1) * sizeof(*sorted));
	/* A stable insertion by rank: records have a dozen keys. */
	for (cur = 0; cur <= (s->nr + 1) * 2; cur++)
		for (j = 0; j < n; j++)
			if (rank[j] == cur) {
				const struct field *f = schema_field(s,
					map->u.map.pairs[j].key->u.scalar.value);

				if (f && !(f->flags & F_REQUIRED) &&
				    is_empty_value(map->u.map.pairs[j].value))
					continue;
				sorted[out++] = map->u.map.pairs[j];
			}
	if (out)	/* an empty mapping may have no array at all */
		memcpy(map->u.map.pairs, sorted, out * sizeof(*sorted));
	map->u.map.nr = out;
	free(rank);
}

void record_canonicalize(struct record *r)
{
	canonicalize(&r->doc, record_schema(r->type), r->doc.root);
}

/* --- set KEY=VALUE ----------------------------------------------------------- */

char *field_parse_cli(const struct field *f, const char *text,
		      struct diag_list *dl)
{
	const char *suggestion = NULL, *why, *detail;
	struct ocop_date d;
	char buf[DATE_ISO_MAX];
	char *nfc = text_nfc(text);
	int i;

	if (!nfc) {
		diag_error(dl, NULL, 0, 0, _("%s: the value is not valid UTF-8"), f->key);
		return NULL;
	}
	if (f->type == FT_STRING || f->type == FT_ID || f->type == FT_CODE) {
		/* Spaces typed around a value are never meant. */
		size_t len = strlen(nfc), lead = strspn(nfc, " \t");

		while (len > lead && (nfc[len - 1] == ' ' || nfc[len - 1] == '\t'))
			len--;
		memmove(nfc, nfc + lead, len - lead);
		nfc[len - lead] = '\0';
	}
	if (f->type == FT_ENUM && f->parse) {
		i = f->parse(nfc, &suggestion);
		if (i >= 0) {
			free(nfc);
			return xstrdup(f->word(i));
		}
	} else if (f->type == FT_DATE || f->type == FT_DATE_PARTIAL) {
		if (!date_parse_cli(nfc, &d) ||
		    (f->type == FT_DATE_PARTIAL && !date_parse_iso(nfc, true, &d))) {
			date_format_iso(&d, buf);
			free(nfc);
			return xstrdup(buf);
		}
	} else if (f->type == FT_INT) {
		char *end;
		long v;

		errno = 0;
		v = strtol(nfc, &end, 10);
		if (*nfc && !*end && !errno && (isdigit((unsigned char)*nfc) || *nfc == '-')) {
			free(nfc);	/* typed "010": stored as 10, then checked */
			nfc = xasprintf("%ld", v);
		}
	} else if (f->type == FT_BOOL) {
		static const char *const yes[] = { "true", "yes", "y", "1", "co", "có" };
		static const char *const no[] = { "false", "no", "n", "0", "khong", "không" };
		size_t k;

		for (k = 0; k < ARRAY_SIZE(yes); k++)
			if (!strcasecmp(nfc, yes[k]) || !strcasecmp(nfc, no[k])) {
				const char *v = !strcasecmp(nfc, yes[k]) ? "true" : "false";

				free(nfc);
				return xstrdup(v);
			}
	}
	why = value_problem(f, nfc, &detail);
	if (!why)
		return nfc;
	if (f->type == FT_ENUM) {
		diag_error(dl, NULL, 0, 0, _("unknown %s '%s'"), f->key, nfc);
	} else {
		struct strbuf msg = STRBUF_INIT;

		strbuf_addf(&msg, _(why), nfc);
		diag_error(dl, NULL, 0, 0, "%s: %s", f->key, msg.buf);
		strbuf_release(&msg);
	}
	if (f->type == FT_ENUM)
		hint_words(dl, f, nfc, suggestion);
	else if (detail)
		diag_hint(dl, "%s", _(detail));
	else if (f->type == FT_DATE)
		diag_hint(dl, _("write the date as YYYY-MM-DD or dd/mm/yyyy"));
	else if (f->type == FT_INT || f->type == FT_DECIMAL)
		diag_hint(dl, _("expected %d to %d"), f->min, f->max);
	free(nfc);
	return NULL;
}

/* Every key `set` can change, "readiness.barcode" for those inside a map. */
static size_t settable_keys(const struct schema *s, char ***out)
{
	size_t i, j, n = 0, alloc = 0;

	*out = NULL;
	for (i = 0; i < s->nr; i++) {
		const struct field *f = &s->fields[i];

		if (f->flags & F_SETTABLE) {
			ALLOC_GROW(*out, n + 1, alloc);
			(*out)[n++] = xstrdup(f->key);
		}
		for (j = 0; f->type == FT_MAP && j < f->sub->nr; j++)
			if (f->sub->fields[j].flags & F_SETTABLE) {
				ALLOC_GROW(*out, n + 1, alloc);
				(*out)[n++] = xasprintf("%s.%s", f->key,
							f->sub->fields[j].key);
			}
	}
	return n;
}

static int settable_error(const struct schema *s, const char *key,
			  struct diag_list *dl)
{
	struct strbuf all = STRBUF_INIT;
	const char *near;
	char **keys;
	size_t i, n = settable_keys(s, &keys);

	near = text_suggest(key, (const char *const *)keys, n);
	diag_error(dl, NULL, 0, 0, _("'%s' is not a key that set can change"), key);
	if (near) {
		diag_hint(dl, _("did you mean '%s'?"), near);
	} else {
		for (i = 0; i < n; i++)
			strbuf_addf(&all, "%s%s", i ? ", " : "", keys[i]);
		diag_hint(dl, _("keys: %s"), all.buf);
	}
	strbuf_release(&all);
	for (i = 0; i < n; i++)
		free(keys[i]);
	free(keys);
	return -1;
}

int record_set(struct record *r, const char *assignment, struct diag_list *dl)
{
	const char *eq = strchr(assignment, '=');
	const struct schema *s = record_schema(r->type);
	struct node *map = r->doc.root;
	const struct field *f;
	char *key, *dot, *value;

	if (!eq || eq == assignment)
		return diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				_("'%s' is not KEY=VALUE"), assignment);
	key = xstrndup(assignment, (size_t)(eq - assignment));
	dot = strchr(key, '.');
	if (dot) {
		*dot = '\0';
		f = schema_field(s, key);
		if (!f || f->type != FT_MAP) {
			*dot = '.';
			settable_error(s, key, dl);
			free(key);
			return -1;
		}
		if (!node_get(map, key) || node_get(map, key)->kind != NODE_MAPPING)
			node_set(&r->doc, map, key, node_new_mapping(&r->doc));
		map = node_get(map, key);
		s = f->sub;
		memmove(key, dot + 1, strlen(dot + 1) + 1);
	}
	f = schema_field(s, key);
	if (!f || !(f->flags & F_SETTABLE)) {
		/* Suggest among every key, dotted ones included. */
		char *full = xstrndup(assignment, (size_t)(eq - assignment));

		settable_error(record_schema(r->type), full, dl);
		free(full);
		free(key);
		return -1;
	}
	if (!eq[1]) {
		if (f->flags & F_REQUIRED) {
			diag_error(dl, NULL, 0, 0, _("%s is required; it cannot be removed"), key);
			free(key);
			return -1;
		}
		node_remove(map, key);
		free(key);
		return 0;
	}
	value = field_parse_cli(f, eq + 1, dl);
	if (value)
		node_set_str(&r->doc, map, key, value, style_of(f->type));
	free(value);
	free(key);
	return value ? 0 : -1;
}
