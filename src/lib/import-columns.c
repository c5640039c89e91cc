/*
 * import-columns.c — the columns a register may have, and its header.
 *
 * The dictionary is one table: a row a column, naming the record key it
 * fills.  The headers that name a column are the aliases of that key's
 * schema row (struct field's columns, record.c).  A settable text key of
 * the schema with aliases and no row here takes a column by itself
 * (dictionary()): a new field is its schema row and its aliases.  Rows
 * here are for columns with a parser of their own (kind, category, stars…)
 * and for columns that fill no key (TT, the commune, the year of a
 * recognition, the stars in force), whose aliases are kept here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "import-int.h"
#include "ocop/rules-cells.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"

/* --- the dictionary --------------------------------------------------------- */

struct column_def {
	enum col_field f;
	const char *map;		/* FIELD of --map in a products import */
	const char *producers_map;	/* …in a producers import; NULL: none */
	const char *product_key;	/* the product's key it fills */
	const char *producer_key;	/* the producer's key it fills */
	const char *const *aliases;	/* the headers of a column that fills no key */
	bool text;			/* its key is text (notes): lines kept */
};

static const char *const seq_aliases[] = {
	"tt", "stt", "so tt", "so thu tu", "thu tu", "no", NULL
};
static const char *const commune_aliases[] = {
	"xa phuong", "phuong xa", "xa phuong thi tran", "dia ban", "commune",
	"ward", NULL
};
static const char *const current_stars_aliases[] = {
	"hang sao hien tai", "sao hien tai", "current stars", NULL
};
static const char *const year_aliases[] = {
	"nam cong nhan", "nam", "nam dat", "nam danh gia", "year",
	"recognition year", "ma thoigian", NULL
};
/* A register that knows only that a recognition was in force in a year. */
static const char *const as_of_aliases[] = {
	"con hieu luc nam", "hieu luc nam", "nam con hieu luc",
	"dang con hieu luc nam", "in force in", "as of", NULL
};
/*
 * ocop's own CSV (ocop product list --format csv): derived, not imported;
 * and of table PTNT_OCOP (QĐ 5277, ocop report ptnt-ocop), the unit, the
 * national product code, the revenue and the status.
 */
static const char *const skip_aliases[] = {
	"id", "step", "status", "ma donvihanhchinh", "ma sanpham",
	"doanhthunam", "trangthai", NULL
};
/* PTNT_OCOP's names of the columns that fill a key (ocop-report(1)) */
static const char *const ptnt_name_aliases[] = { "tensanpham", NULL };
static const char *const ptnt_producer_aliases[] = { "chuthesxkd", NULL };
static const char *const ptnt_stars_aliases[] = { "xephang", NULL };

/*
 * In the order --map lists them.  A header both records name ("Tên",
 * "Ghi chú") is the first row's that the import's kind reads.  The rows
 * of C_PRODUCER_MORE and C_PRODUCT_MORE stand for the schema's other keys
 * that have aliases (dictionary()).
 */
static const struct column_def fixed[] = {
	{ .f = C_NAME, .map = "name", .product_key = "name",
	  .aliases = ptnt_name_aliases },
	{ .f = C_CATEGORY, .map = "category", .product_key = "category" },
	{ .f = C_SET, .map = "set", .product_key = "set" },
	{ .f = C_ORIGIN, .map = "origin", .product_key = "origin" },
	{ .f = C_NOTES, .map = "notes", .product_key = "notes" },
	{ .f = C_PRODUCT_MORE },	/* readiness: barcode, trademark */
	{ .f = C_PRODUCER, .map = "producer", .producers_map = "name",
	  .product_key = "producer", .producer_key = "name",
	  .aliases = ptnt_producer_aliases },
	{ .f = C_KIND, .map = "producer.kind", .producers_map = "kind",
	  .producer_key = "kind" },
	{ .f = C_TAX_CODE, .map = "producer.tax_code", .producers_map = "tax_code",
	  .producer_key = "tax_code" },
	{ .f = C_REPRESENTATIVE, .map = "producer.representative",
	  .producers_map = "representative", .producer_key = "representative" },
	{ .f = C_PHONE, .map = "producer.phone", .producers_map = "phone",
	  .producer_key = "phone" },
	{ .f = C_ADDRESS, .map = "producer.address", .producers_map = "address",
	  .producer_key = "address" },
	{ .f = C_OLD_ADDRESS, .map = "producer.old_address",
	  .producers_map = "old_address", .producer_key = "old_address" },
	{ .f = C_PRODUCER_MORE },
	/* joined to the address */
	{ .f = C_COMMUNE, .map = "producer.commune", .producers_map = "commune",
	  .aliases = commune_aliases },
	{ .f = C_PRODUCER_NOTES, .map = "producer.notes", .producers_map = "notes",
	  .producer_key = "notes" },
	{ .f = C_CURRENT_STARS, .map = "current_stars",
	  .aliases = current_stars_aliases },
	/* "Ngày hết hạn" of no recognition (column_field) */
	{ .f = C_CURRENT_EXPIRES, .map = "current_expires" },
	{ .f = C_STARS, .map = "stars", .product_key = "evaluations.stars",
	  .aliases = ptnt_stars_aliases },
	{ .f = C_DATE, .map = "date", .product_key = "evaluations.date" },
	{ .f = C_YEAR, .map = "year", .aliases = year_aliases },
	{ .f = C_DECISION, .map = "decision", .product_key = "evaluations.decision" },
	{ .f = C_AUTHORITY, .map = "authority", .product_key = "evaluations.authority" },
	{ .f = C_EXPIRES, .map = "expires", .product_key = "evaluations.expires" },
	{ .f = C_LEVEL, .map = "level", .product_key = "evaluations.level" },
	{ .f = C_AS_OF, .map = "as_of", .aliases = as_of_aliases },
	{ .f = C_SEQ, .map = "seq", .producers_map = "seq", .aliases = seq_aliases },
	{ .f = C_SKIP, .aliases = skip_aliases },
};

/* The schema row of key ("readiness.barcode": inside the map) of a type record. */
static const struct field *key_field(enum record_type type, const char *key,
				     const struct field **parent)
{
	const struct schema *s = record_schema(type);
	const char *dot = strchr(key, '.');
	const struct field *f;
	char head[64];

	*parent = NULL;
	if (!dot)
		return schema_field(s, key);
	snprintf(head, sizeof(head), "%.*s", (int)(dot - key), key);
	f = schema_field(s, head);
	if (!f || !f->sub)
		return NULL;
	*parent = f;
	return schema_field(f->sub, dot + 1);
}

static const char *const *schema_aliases(enum record_type type, const char *key)
{
	const struct field *parent, *f;

	if (!key)
		return NULL;
	f = key_field(type, key, &parent);
	if (!f)
		BUG("the import's column of %s has no schema row", key);
	return f->columns;
}

static bool in_list(const char *const *list, const char *key)
{
	for (; list && *list; list++)
		if (!strcmp(*list, key))
			return true;
	return false;
}

static bool names_column(const struct column_def *c, const char *key)
{
	return in_list(c->aliases, key) ||
	       in_list(schema_aliases(RECORD_PRODUCT, c->product_key), key) ||
	       in_list(schema_aliases(RECORD_PRODUCER, c->producer_key), key);
}

/* The dictionary: the fixed rows, with the schema's other keys in their place. */
struct dictionary {
	struct column_def rows[ARRAY_SIZE(fixed) + 2 * MORE_COLUMNS];
	size_t n;
	const struct column_def *of[C_COUNT];
	char names[2 * MORE_COLUMNS][96];
};

static bool fixed_key(enum record_type type, const char *key)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(fixed); i++) {
		const char *k = type == RECORD_PRODUCT ? fixed[i].product_key :
				fixed[i].producer_key;

		if (k && !strcmp(k, key))
			return true;
	}
	return false;
}

/*
 * A key that takes a column from its aliases alone: settable, text, not a
 * fixed row's.  (Other types need a parser: a fixed row and its code.)
 */
static bool more_key(enum record_type type, const struct field *f,
		     const char *key)
{
	return (f->flags & F_SETTABLE) && !(f->flags & F_NO_COLUMN) &&
	       f->columns && (f->type == FT_STRING || f->type == FT_CODE ||
			      f->type == FT_TEXT) && !fixed_key(type, key);
}

static void add_more(struct dictionary *d, enum record_type type,
		     const struct field *f, const char *parent, int *slot)
{
	struct column_def *c;
	char *name;

	if (*slot >= MORE_COLUMNS)
		BUG("more than %d %s keys take a column: raise MORE_COLUMNS",
		    MORE_COLUMNS, type == RECORD_PRODUCT ? "product" : "producer");
	c = &d->rows[d->n++];
	name = d->names[(type == RECORD_PRODUCT) * MORE_COLUMNS + *slot];
	memset(c, 0, sizeof(*c));
	c->text = f->type == FT_TEXT;
	if (type == RECORD_PRODUCT) {
		c->f = C_PRODUCT_MORE + (*slot)++;
		c->map = f->key;
		snprintf(name, sizeof(d->names[0]), "%s%s%s", parent ? parent : "",
			 parent ? "." : "", f->key);
		c->product_key = name;
	} else {
		c->f = C_PRODUCER_MORE + (*slot)++;
		snprintf(name, sizeof(d->names[0]), "producer.%s", f->key);
		c->map = name;
		c->producers_map = c->producer_key = f->key;
	}
}

static void expand_more(struct dictionary *d, enum record_type type)
{
	const struct schema *s = record_schema(type);
	char path[96];
	size_t i, j;
	int slot = 0;

	for (i = 0; i < s->nr; i++) {
		const struct field *f = &s->fields[i];

		if (more_key(type, f, f->key))
			add_more(d, type, f, NULL, &slot);
		for (j = 0; f->type == FT_MAP && j < f->sub->nr; j++) {
			snprintf(path, sizeof(path), "%s.%s", f->key, f->sub->fields[j].key);
			if (more_key(type, &f->sub->fields[j], path))
				add_more(d, type, &f->sub->fields[j], f->key, &slot);
		}
	}
}

static const struct dictionary *dictionary(void)
{
	static struct dictionary d;
	const struct field *parent, *f;
	size_t i;

	if (d.n)
		return &d;
	for (i = 0; i < ARRAY_SIZE(fixed); i++) {
		if (fixed[i].f == C_PRODUCER_MORE || fixed[i].f == C_PRODUCT_MORE) {
			expand_more(&d, fixed[i].f == C_PRODUCT_MORE ?
				    RECORD_PRODUCT : RECORD_PRODUCER);
			continue;
		}
		d.rows[d.n] = fixed[i];
		f = fixed[i].product_key ?
		    key_field(RECORD_PRODUCT, fixed[i].product_key, &parent) :
		    fixed[i].producer_key ?
		    key_field(RECORD_PRODUCER, fixed[i].producer_key, &parent) : NULL;
		d.rows[d.n++].text = f && f->type == FT_TEXT;
	}
	for (i = 0; i < d.n; i++)
		d.of[d.rows[i].f] = &d.rows[i];
	return &d;
}

/* Does a kind import read column c (or skip it as the other record's)? */
static bool reads(enum import_kind kind, const struct column_def *c)
{
	return kind == IMPORT_PRODUCTS || c->producers_map || c->f == C_SKIP;
}

/*
 * What a header (a match key) names for kind: a column it reads, else
 * C_SKIP for the other record's columns, else C_NONE.
 */
static enum col_field alias_lookup(enum import_kind kind, const char *key)
{
	const struct dictionary *d = dictionary();
	size_t i;

	for (i = 0; i < d->n; i++)
		if (reads(kind, &d->rows[i]) && names_column(&d->rows[i], key))
			return d->rows[i].f;
	for (i = 0; i < d->n; i++)
		if (!reads(kind, &d->rows[i]) && names_column(&d->rows[i], key))
			return C_SKIP;
	return C_NONE;
}

static const struct column_def *column_def(enum col_field f)
{
	return f > C_NONE && f < C_COUNT ? dictionary()->of[f] : NULL;
}

const char *col_producer_key(enum col_field f)
{
	const struct column_def *c = column_def(f);

	return c ? c->producer_key : NULL;
}

const char *col_product_key(enum col_field f)
{
	const struct column_def *c = column_def(f);

	return c ? c->product_key : NULL;
}

bool col_is_text(enum col_field f)
{
	const struct column_def *c = column_def(f);

	return c && c->text;
}

bool col_fills_down(enum col_field f)
{
	return f >= C_PRODUCER_FIRST && f <= C_PRODUCER_LAST && !col_is_text(f);
}

static const char *map_name(enum import_kind kind, const struct column_def *c)
{
	return kind == IMPORT_PRODUCTS ? c->map : c->producers_map;
}

const char *const *import_field_names(enum import_kind kind)
{
	static const char *names[2][ARRAY_SIZE(fixed) + 2 * MORE_COLUMNS + 1];
	const char **list = names[kind == IMPORT_PRODUCTS];
	const struct dictionary *d = dictionary();
	size_t i, n = 0;

	if (list[0])
		return list;
	for (i = 0; i < d->n; i++)
		if (map_name(kind, &d->rows[i]))
			list[n++] = map_name(kind, &d->rows[i]);
	list[n] = NULL;
	return list;
}

static const char *field_name_of(enum import_kind kind, enum col_field f)
{
	const struct column_def *c = column_def(f);

	if (f == C_SKIP)
		return "";
	return c ? map_name(kind, c) : NULL;
}

const char *import_key_field(enum import_kind kind, const char *key)
{
	const struct dictionary *d = dictionary();
	size_t i;

	for (i = 0; i < d->n; i++) {
		const char *k = kind == IMPORT_PRODUCTS ? d->rows[i].product_key :
				d->rows[i].producer_key;

		if (k && !strcmp(k, key))
			return map_name(kind, &d->rows[i]);
	}
	return NULL;
}

/*
 * The column a validator's message about key belongs to: the column that
 * fills it; for a map or a list, its first column; for a key inside a map
 * (the validator names "barcode" alone), the column that fills it.  The
 * cycle's steps are made from the recognitions.
 */
enum col_field col_of_key(enum record_type type, const char *key)
{
	const struct dictionary *d = dictionary();
	const struct field *parent;
	size_t i, n;

	if (!key)
		return C_NONE;
	if (type == RECORD_PRODUCT && !strcmp(key, "cycle"))
		return C_STARS;
	n = strlen(key);
	for (i = 0; i < d->n; i++) {
		const char *k = type == RECORD_PRODUCT ? d->rows[i].product_key :
				type == RECORD_PRODUCER ? d->rows[i].producer_key : NULL;
		const char *dot = k ? strchr(k, '.') : NULL;

		if (!k)
			continue;
		if (dot ? (size_t)(dot - k) == n && !strncmp(k, key, n) :
		    !strcmp(k, key))
			return d->rows[i].f;
		if (dot && !strcmp(dot + 1, key) && key_field(type, k, &parent) &&
		    parent->type == FT_MAP)
			return d->rows[i].f;
	}
	return C_NONE;
}

/* --- headers ------------------------------------------------------------------ */

#define HEADER_SEARCH 10	/* title rows an export may have above its header */

/*
 * Take the recognition a header names out of its key: "lan 2" (lần 2),
 * "lan dau" (the first), "nang hang" (an upgrade: the second), or a last
 * word 1–4 ("hang sao 2").  Returns the group (1-based) or 0; *key is left
 * with the rest.
 */
static int take_group(char *key)
{
	char *p;
	int g = 0;

	if ((p = strstr(key, "lan ")) && (p == key || p[-1] == ' ') &&
	    p[4] >= '1' && p[4] <= '9' && (!p[5] || p[5] == ' ')) {
		g = p[4] - '0';
		memmove(p, p + 5 + (p[5] == ' '), strlen(p + 5 + (p[5] == ' ')) + 1);
	} else if ((p = strstr(key, "lan dau")) && (p == key || p[-1] == ' ') &&
		   (!p[7] || p[7] == ' ')) {
		g = 1;
		memmove(p, p + 7 + (p[7] == ' '), strlen(p + 7 + (p[7] == ' ')) + 1);
	}
	if ((p = strstr(key, "nang hang")) && (p == key || p[-1] == ' ') &&
	    (!p[9] || p[9] == ' ')) {
		if (!g)
			g = 2;
		memmove(p, p + 9 + (p[9] == ' '), strlen(p + 9 + (p[9] == ' ')) + 1);
	}
	p = key + strlen(key);
	while (p > key && p[-1] == ' ')
		*--p = '\0';
	if (!g && p - key >= 2 && p[-2] == ' ' && p[-1] >= '1' && p[-1] <= '0' + GROUPS) {
		g = p[-1] - '0';
		p[-2] = '\0';
	}
	return g;
}

/* What a header holds for kind, and which recognition; C_NONE if unknown. */
static enum col_field header_lookup(enum import_kind kind, const char *header,
				    int *group)
{
	char *key = cell_key(header);
	int g = take_group(key);
	enum col_field f;

	f = alias_lookup(kind, key);
	free(key);
	if (g && f != C_NONE && !per_group(f) && f != C_SKIP) {
		/* "Hạng sao hiện tại" has no "lần"; "Ngày hết hạn lần 2" has */
		if (f == C_CURRENT_EXPIRES || f == C_CURRENT_STARS)
			f = f == C_CURRENT_STARS ? C_STARS : C_EXPIRES;
		else
			return C_NONE;
	}
	if (g > GROUPS)
		return C_NONE;
	*group = g;
	return f;
}

/*
 * The header row among t's first rows: the first that names the column
 * identifying a record (the product's name, the producer's), as the
 * register writes it; --map is not read here.  -1 when none does.
 */
long import_find_header(enum import_kind kind, const struct import_table *t)
{
	enum col_field want = kind == IMPORT_PRODUCTS ? C_NAME : C_PRODUCER;
	size_t i, j;
	int g;

	for (i = 0; i < t->nrows && i < HEADER_SEARCH; i++)
		for (j = 0; j < t->rows[i].ncells; j++)
			if (header_lookup(kind, t->rows[i].cells[j], &g) == want)
				return (long)i;
	return -1;
}

/* Does the header name a column of dates (a recognition's, an expiry)? */
bool import_header_is_date(enum import_kind kind, const char *header)
{
	int g;
	enum col_field f = header_lookup(kind, header, &g);

	return f == C_DATE || f == C_EXPIRES || f == C_CURRENT_EXPIRES;
}

const char *import_header_field(enum import_kind kind, const char *header)
{
	static char buf[64];
	int g = 0;
	enum col_field f = header_lookup(kind, header, &g);
	const char *name = f == C_NONE ? NULL : field_name_of(kind, f);

	if (!name || !per_group(f) || g <= 1)
		return name;
	snprintf(buf, sizeof(buf), "%s.%d", name, g);
	return buf;
}

/* A FIELD of --map for kind: "stars.2" → C_STARS, group 2.  C_NONE if unknown. */
static enum col_field parse_field_name(enum import_kind kind, const char *text,
				       int *group)
{
	const struct dictionary *d = dictionary();
	const char *dot = strrchr(text, '.');
	size_t len = strlen(text), i, pass;

	*group = 0;
	if (!*text)
		return C_SKIP;
	if (dot && dot[1] >= '1' && dot[1] <= '0' + GROUPS && !dot[2]) {
		*group = dot[1] - '0';
		len = (size_t)(dot - text);
	}
	/* A products import also takes a producer's FIELD without "producer.". */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < d->n; i++) {
			const char *name = pass ? d->rows[i].producers_map :
					   map_name(kind, &d->rows[i]);

			if (!name || strlen(name) != len || strncmp(name, text, len))
				continue;
			if (*group && !per_group(d->rows[i].f))
				return C_NONE;
			return d->rows[i].f;
		}
	return C_NONE;
}

/* --map COLUMN=FIELD, split and checked. */
struct map_item {
	char *column;		/* match key */
	enum col_field f;
	int group;		/* 1-based, 0 when not given */
	bool used;
};

static int parse_maps(struct importer *im, struct map_item **out, size_t *n)
{
	const struct import_options *o = im->o;
	const char *const *names = import_field_names(im->kind);
	struct map_item *maps = xcalloc(o->nmaps ? o->nmaps : 1, sizeof(*maps));
	size_t i, k;
	int bad = 0;

	for (i = 0; i < o->nmaps; i++) {
		const char *eq = strrchr(o->maps[i], '=');
		char *col;

		if (!eq || eq == o->maps[i]) {
			bad = diag_add(im->dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				       _("--map: '%s' is not COLUMN=FIELD"), o->maps[i]);
			continue;
		}
		col = xstrndup(o->maps[i], (size_t)(eq - o->maps[i]));
		maps[i].column = cell_key(col);
		free(col);
		maps[i].f = parse_field_name(im->kind, eq + 1, &maps[i].group);
		if (maps[i].f == C_NONE) {
			struct strbuf all = STRBUF_INIT;

			for (k = 0; names[k]; k++)
				strbuf_addf(&all, "%s%s", k ? ", " : "", names[k]);
			bad = diag_add(im->dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				       _("--map: unknown field '%s'"), eq + 1);
			diag_hint(im->dl, _("the fields are %s (recognitions after the first: stars.2, date.2, …; nothing after '=' skips the column)"),
				  all.buf);
			strbuf_release(&all);
		}
	}
	*out = maps;
	*n = o->nmaps;
	return bad ? -1 : 0;
}

/* What column j of a header row holds, by --map or by its name. */
static enum col_field column_field(struct importer *im, struct map_item *maps,
				   size_t nmaps, const char *cell, int upper,
				   int *group)
{
	char *key = cell_key(cell);
	enum col_field f;
	size_t i;

	*group = 0;
	for (i = 0; i < nmaps; i++)
		if (maps[i].column && !strcmp(maps[i].column, key)) {
			maps[i].used = true;
			free(key);
			*group = maps[i].group;
			f = maps[i].f;
			goto grouped;
		}
	free(key);
	f = header_lookup(im->kind, cell, group);
grouped:
	if (per_group(f) && !*group) {
		if (upper)
			*group = upper;
		else if (f == C_EXPIRES)
			f = C_CURRENT_EXPIRES;	/* "Ngày hết hạn": of the latest */
	}
	if (per_group(f) && !*group)
		*group = 1;
	return f;
}

static enum col_field name_field(const struct importer *im)
{
	return im->kind == IMPORT_PRODUCTS ? C_NAME : C_PRODUCER;
}

/* Does row r name the column that identifies a record?  Then it is the header. */
static bool holds_name_column(struct importer *im, const struct import_row *r,
			      struct map_item *maps, size_t nmaps)
{
	size_t j;
	bool found = false;
	int g;

	for (j = 0; j < r->ncells; j++)	/* every cell: it marks the maps used */
		if (column_field(im, maps, nmaps, r->cells[j], 0, &g) == name_field(im))
			found = true;
	return found;
}

/* The recognition each column of the row above the header stands under (merged cells). */
static int *upper_groups(const struct import_row *up, size_t n)
{
	int *g = xcalloc(n ? n : 1, sizeof(*g)), cur = 0;
	size_t j;

	for (j = 0; j < n; j++) {
		if (up && j < up->ncells) {
			char *key = cell_key(up->cells[j]);

			if (*key)
				cur = take_group(key);
			free(key);
		}
		g[j] = cur;
	}
	return g;
}

/* The COLUMN of "COLUMN=FIELD", in a static buffer for a message. */
static const char *o_map_column(const char *map)
{
	static char buf[256];
	const char *eq = strrchr(map, '=');
	size_t n = eq ? (size_t)(eq - map) : strlen(map);

	snprintf(buf, sizeof(buf), "%.*s", (int)(n < 255 ? n : 255), map);
	return buf;
}

static int unmatched_map(struct importer *im, const char *column, unsigned line)
{
	char *v = import_excerpt(column);

	diag_add(im->dl, DIAG_ERROR, EXIT_USAGE, im->name, line, 0,
		 _("--map: no column '%s' in the header"), v);
	diag_hint(im->dl, _("the column's name as the header writes it (case and accents do not matter)"));
	free(v);
	return -1;
}

int import_map_columns(struct importer *im)
{
	const struct import_table *t = im->table;
	struct map_item *maps;
	const struct import_row *h;
	size_t nmaps, i, j, k;
	int *upper, ret = 0;
	char **keys;

	if (parse_maps(im, &maps, &nmaps))
		goto out_maps;
	for (i = 0; i < t->nrows && i < HEADER_SEARCH; i++)
		if (holds_name_column(im, &t->rows[i], maps, nmaps))
			break;
	for (j = 0; j < nmaps; j++)
		if (!maps[j].used && maps[j].column)
			ret = unmatched_map(im, o_map_column(im->o->maps[j]),
					    t->rows[0].line);
	if (ret)
		goto out_maps;
	if (i == t->nrows || i == HEADER_SEARCH) {
		struct strbuf unknown = STRBUF_INIT;
		int g;

		for (j = 0; j < t->rows[0].ncells; j++)
			if (header_lookup(im->kind, t->rows[0].cells[j], &g) == C_NONE &&
			    *t->rows[0].cells[j]) {
				char *v = import_excerpt(t->rows[0].cells[j]);

				strbuf_addf(&unknown, "%s'%s'", unknown.len ? ", " : "", v);
				free(v);
			}
		ret = diag_error(im->dl, im->name, t->rows[0].line, 0,
				 im->kind == IMPORT_PRODUCTS ?
				 _("no column holds the product's name") :
				 _("no column holds the producer's name"));
		if (unknown.len)
			diag_hint(im->dl, _("columns not understood: %s; say what they hold with --map 'COLUMN=FIELD'"),
				  unknown.buf);
		else
			diag_hint(im->dl, im->kind == IMPORT_PRODUCTS ?
				  _("the header (the first row) needs a column 'Tên sản phẩm' (or 'Sản phẩm', 'name'), or say which with --map 'COLUMN=name'") :
				  _("the header (the first row) needs a column 'Chủ thể' (or 'Tên', 'Đơn vị', 'name'), or say which with --map 'COLUMN=name'"));
		strbuf_release(&unknown);
		goto out_maps;
	}
	for (j = 0; j < nmaps; j++)
		maps[j].used = false;
	im->header = i;
	h = &t->rows[i];
	upper = upper_groups(i ? &t->rows[i - 1] : NULL, h->ncells);
	im->ncols = h->ncells;
	im->cols = xcalloc(im->ncols, sizeof(*im->cols));
	keys = xcalloc(im->ncols, sizeof(*keys));
	for (j = 0; j < h->ncells; j++) {
		struct column *c = &im->cols[j];
		int g;

		c->title = import_excerpt(h->cells[j]);
		keys[j] = cell_key(h->cells[j]);
		c->unnamed = !*keys[j];
		c->f = c->unnamed ? C_SKIP :
		       column_field(im, maps, nmaps, h->cells[j], upper[j], &g);
		c->group = c->unnamed || !per_group(c->f) ? 0 : g - 1;
		for (k = 0; k < j && !c->unnamed; k++)
			if (!strcmp(keys[k], keys[j]) && upper[k] == upper[j]) {
				ret = diag_error(im->dl, im->name, h->line, (unsigned)j + 1,
						 _("two columns are named '%s' (columns %zu and %zu)"),
						 c->title, k + 1, j + 1);
				diag_hint(im->dl, _("rename one, or skip one with --map"));
				c->f = C_SKIP;
				break;
			}
		if (c->f == C_NONE) {
			diag_warn(im->dl, im->name, h->line, (unsigned)j + 1,
				  _("column '%s' is not imported"), c->title);
			diag_hint(im->dl, _("--map '%s=FIELD' imports it; --map '%s=' says to skip it"),
				  c->title, c->title);
			c->f = C_SKIP;
		}
		if (c->f == C_SKIP || c->f == C_NONE)
			continue;
		if (im->where[c->f][c->group]) {
			k = (size_t)im->where[c->f][c->group] - 1;
			ret = diag_error(im->dl, im->name, h->line, (unsigned)j + 1,
					 _("columns '%s' and '%s' (%zu) hold the same field"),
					 c->title, im->cols[k].title, k + 1);
			diag_hint(im->dl, _("say what each holds with --map, or skip one with --map 'COLUMN='"));
			continue;
		}
		im->where[c->f][c->group] = (int)j + 1;
	}
	for (j = 0; j < nmaps; j++)
		if (!maps[j].used && maps[j].column)
			ret = unmatched_map(im, o_map_column(im->o->maps[j]), h->line);
	for (j = 0; j < im->ncols; j++)
		free(keys[j]);
	free(keys);
	free(upper);
out_maps:
	for (j = 0; j < nmaps; j++)
		free(maps[j].column);
	free(maps);
	return ret || diag_error_count(im->dl) ? -1 : 0;
}
