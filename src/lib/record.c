/* record.c — schemas, checking, typed views and canonical form of records. */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ocop/barcode.h"
#include "ocop/derived.h"
#include "ocop/record.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/yamlio.h"
#include "ocop/dossier.h"
#include "record-int.h"
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

/* The bytes of an id: lower-case letters, digits and '-' (1: may start
 * one too).  A table, since every id of every record is checked. */
static const unsigned char id_byte[256] = {
	['-'] = 2,
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
	['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
};

bool record_id_valid(const char *id)
{
	const unsigned char *u = (const unsigned char *)id;
	size_t n;

	if (!id || id_byte[u[0]] != 1)
		return false;
	for (n = 1; u[n]; n++)
		if (!id_byte[u[n]])
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
	const struct node *past_max;	/* the first past UNKNOWN_KEYS_MAX */
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

/*
 * Hint with the nearest of the field's words, or the whole list: in the
 * words officers type when the value was typed (field_word_label), as
 * the slugs files hold when it was read from one.
 */
static void hint_words(struct diag_list *dl, const struct field *f,
		       const char *value, const char *suggestion, bool typed)
{
	const char **words;
	struct strbuf all = STRBUF_INIT;
	char *label;
	size_t n, i;

	enum_words(f, &words, &n);
	if (!suggestion)
		suggestion = text_suggest(value, words, n);
	if (suggestion) {
		label = typed ? field_word_label(f, enum_index(f, suggestion)) : NULL;
		diag_hint(dl, _("did you mean '%s'?"), label ? label : suggestion);
		free(label);
	} else {
		for (i = 0; i < n; i++) {
			label = typed ? field_word_label(f, (int)i) : NULL;
			strbuf_addf(&all, "%s%s", i ? ", " : "", label ? label : words[i]);
			free(label);
		}
		diag_hint(dl, _("expected one of: %s"), all.buf);
	}
	strbuf_release(&all);
	free(words);
}

static bool has_break(const char *s)
{
	return strpbrk(s, "\n\r") != NULL;
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
		if (!v[strspn(v, " \t")])
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
		       const struct node *map, const struct field *owner);

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
		       const struct field *f)
{
	size_t len = n->u.scalar.len;
	char shown[32];

	if (len <= YAML_MAX_SCALAR)
		return false;
	group_thousands(len, shown);
	diag_error(ck->dl, n->line ? ck->r->path : NULL, n->line, n->col,
		   _("%s is %s bytes; the limit is %d KiB"), field_label(f), shown,
		   YAML_MAX_SCALAR >> 10);
	ck->errors++;
	return true;
}

/*
 * Can v hold a character value_control_refused refuses?  Only a byte
 * below 0x20 but TAB and LF, DEL, or 0xC2 (which leads U+0080–U+009F in
 * UTF-8) can start one: most values are settled by this loop alone.
 */
#define BYTES8(b) (0x0101010101010101ULL * (b))

/* Has the word a byte equal to b?  (x - 1 borrows into the top bit of a
 * byte only from a zero byte at or below it, and the lowest one is
 * exact, so the answer is.) */
static inline bool word_has(uint64_t w, unsigned char b)
{
	uint64_t x = w ^ BYTES8(b);

	return ((x - BYTES8(1)) & ~x & BYTES8(0x80)) != 0;
}

/* Has the word a byte below 0x20?  Exact as word_has is. */
static inline bool word_has_below_space(uint64_t w)
{
	return ((w - BYTES8(0x20)) & ~w & BYTES8(0x80)) != 0;
}

/* Has the word a byte below 0x20, DEL or 0xC2? */
static inline bool word_may_hold_control(uint64_t w)
{
	return word_has_below_space(w) || word_has(w, 0x7f) ||
	       word_has(w, 0xc2);
}

static bool may_hold_control(const char *v, size_t len)
{
	const unsigned char *u = (const unsigned char *)v;
	size_t i = 0;
	uint64_t w;

	/* eight bytes at a time while none of them can start one; the
	 * last eight of eight or more settle the tail */
	for (; len - i >= 8; i += 8) {
		memcpy(&w, u + i, sizeof(w));
		if (word_may_hold_control(w))
			break;
	}
	if (i < len && len >= 8 && len - i < 8) {
		memcpy(&w, u + len - 8, sizeof(w));
		if (!word_may_hold_control(w))
			return false;
	}
	for (; i < len; i++)
		if ((u[i] < 0x20 && u[i] != '\t' && u[i] != '\n') ||
		    u[i] == 0x7f || u[i] == 0xc2)
			return true;
	return false;
}

/* What is wrong with a scalar value, before anything is said about it. */
enum scalar_fault { SCALAR_OK, SCALAR_TOO_LONG, SCALAR_CONTROL, SCALAR_WRONG };

/*
 * The one check of a scalar value of field f, for check_scalar (which
 * says what is wrong) and record_value_clean (which says nothing): *why
 * and *detail as value_problem gives them.
 */
static enum scalar_fault scalar_fault(const struct field *f, const char *v,
				      size_t len, const char **why,
				      const char **detail)
{
	size_t pos;

	*why = *detail = NULL;
	if (len > YAML_MAX_SCALAR)
		return SCALAR_TOO_LONG;
	if (may_hold_control(v, len) && text_control_char(v, &pos))
		return SCALAR_CONTROL;
	*why = value_problem(f, v, detail);
	return *why ? SCALAR_WRONG : SCALAR_OK;
}

/*
 * The field's label is looked up (field_label asks gettext) only for a
 * message: a record of fifty values that are all right asks nothing.
 */
static void check_scalar(struct checker *ck, const struct field *f,
			 const struct node *n)
{
	const char *why, *detail, *label;

	if (n->kind != NODE_SCALAR) {
		field_error(ck, n, field_label(f), _("expected a single value%s"), "");
		return;
	}
	switch (scalar_fault(f, n->u.scalar.value, n->u.scalar.len, &why,
			     &detail)) {
	case SCALAR_OK:
		return;
	case SCALAR_TOO_LONG:
		over_bound(ck, n, f);
		return;
	case SCALAR_CONTROL:
		value_control_refused(ck->dl, n->line ? ck->r->path : NULL,
				      n->line, n->col, field_label(f),
				      n->u.scalar.value);
		ck->errors++;
		return;
	case SCALAR_WRONG:
		break;
	}
	label = field_label(f);
	if (f->type == FT_ENUM) {
		diag_error(ck->dl, n->line ? ck->r->path : NULL, n->line, n->col,
			   _("unknown %s '%s'"), label, n->u.scalar.value);
		ck->errors++;
	} else {
		field_error(ck, n, label, _(why), n->u.scalar.value);
	}
	if (f->type == FT_ENUM)
		hint_words(ck->dl, f, n->u.scalar.value, NULL, false);
	else if (detail)
		diag_hint(ck->dl, "%s", _(detail));
	else if (f->type == FT_INT || f->type == FT_DECIMAL)
		diag_hint(ck->dl, _("expected %d to %d"), f->min, f->max);
}

bool record_value_clean(const struct field *f, const char *v, size_t len)
{
	const char *why, *detail;

	return scalar_fault(f, v, len, &why, &detail) == SCALAR_OK;
}

int record_enum_index(const struct field *f, const char *v)
{
	return enum_index(f, v);
}

/* "key:" with nothing: an empty list. */
static bool is_empty_list(const struct node *n)
{
	return n->kind == NODE_SCALAR && n->style == STYLE_PLAIN &&
	       !n->u.scalar.len;
}

/* What each item of an FT_ID_LIST is. */
static const struct field id_field = { .key = "id", .vi = "mã", .type = FT_ID };

static void check_value(struct checker *ck, const struct field *f,
			const struct node *n)
{
	size_t i;

	switch (f->type) {
	case FT_MAP:
		if (n->kind != NODE_MAPPING)
			field_error(ck, n, field_label(f), _("expected a mapping of keys to values%s"), "");
		else
			check_node(ck, f->sub, n, f);
		return;
	case FT_LIST:
		if (is_empty_list(n))
			return;
		if (n->kind != NODE_SEQUENCE) {
			field_error(ck, n, field_label(f), _("expected a list%s"), "");
			return;
		}
		for (i = 0; i < n->u.seq.nr; i++) {
			const struct node *item = n->u.seq.items[i];

			if (item->kind != NODE_MAPPING)
				field_error(ck, item, field_label(f),
					    _("each entry must be a mapping {key: value, …}%s"), "");
			else
				check_node(ck, f->sub, item, f);
		}
		return;
	case FT_ID_LIST:
		if (is_empty_list(n))
			return;
		if (n->kind != NODE_SEQUENCE) {
			field_error(ck, n, field_label(f), _("expected a list%s"), "");
			return;
		}
		for (i = 0; i < n->u.seq.nr; i++)
			check_scalar(ck, &id_field, n->u.seq.items[i]);
		return;
	default:
		check_scalar(ck, f, n);
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
 *
 * What is kept unread is bounded as the fields are, and refused past
 * its bound, named (ocop-data(5)): UNKNOWN_KEYS_MAX keys a record, a key
 * of UNKNOWN_KEY_BYTES, a value of YAML_MAX_SCALAR in all (a mapping or
 * list under the key counts its keys and scalars), and no control
 * character in it, as in any value.  Extra notes are welcome; a second
 * data set hidden in a record is not.
 */
#define UNKNOWN_KEYS_LISTED 100
#define UNKNOWN_KEYS_MAX 1000
#define UNKNOWN_KEY_BYTES 64

/*
 * The bytes of the scalars and keys under n (a file's 1 MiB bounds the
 * walk); *ctl is the first scalar holding a control character, if any.
 */
static size_t kept_bytes(const struct node *n, const struct node **ctl)
{
	size_t i, sum = 0, pos;

	switch (n->kind) {
	case NODE_SCALAR:
		if (!*ctl && text_control_char(n->u.scalar.value, &pos))
			*ctl = n;
		return n->u.scalar.len;
	case NODE_SEQUENCE:
		for (i = 0; i < n->u.seq.nr; i++)
			sum += kept_bytes(n->u.seq.items[i], ctl);
		return sum;
	case NODE_MAPPING:
		for (i = 0; i < n->u.map.nr; i++)
			sum += kept_bytes(n->u.map.pairs[i].key, ctl) +
			       kept_bytes(n->u.map.pairs[i].value, ctl);
		return sum;
	default:
		return 0;
	}
}

/* Is the unknown key k, with its value v, within the bounds?  Else say so. */
static bool kept_in_bounds(struct checker *ck, const struct node *k,
			   const struct node *v)
{
	const char *path = k->line ? ck->r->path : NULL;
	const struct node *ctl = NULL;
	size_t len = strlen(k->u.scalar.value), size;
	char shown[32];

	if (len > UNKNOWN_KEY_BYTES) {
		group_thousands(len, shown);
		diag_error(ck->dl, path, k->line, k->col,
			   _("an unknown key of %s bytes; the limit is %d bytes"),
			   shown, UNKNOWN_KEY_BYTES);
		ck->errors++;
		return false;
	}
	size = kept_bytes(v, &ctl);
	if (size > YAML_MAX_SCALAR) {
		group_thousands(size, shown);
		diag_error(ck->dl, path, k->line, k->col,
			   _("unknown key '%s' holds %s bytes; the limit is %d KiB"),
			   k->u.scalar.value, shown, YAML_MAX_SCALAR >> 10);
		ck->errors++;
		return false;
	}
	if (ctl && value_control_refused(ck->dl, ctl->line ? ck->r->path : NULL,
				   ctl->line, ctl->col, k->u.scalar.value,
				   ctl->u.scalar.value)) {
		ck->errors++;
		return false;
	}
	return true;
}

/* owner: the map's or list's field, NULL at the record's root. */
static void unknown_key(struct checker *ck, const struct schema *s,
			const struct node *k, const struct node *v,
			const struct field *owner)
{
	const char *key = k->u.scalar.value, *near, *where;

	if (!kept_in_bounds(ck, k, v))
		return;
	if (ck->unknown++ >= UNKNOWN_KEYS_LISTED) {
		if (!ck->unlisted)
			ck->unlisted = k;
		if (ck->unknown > UNKNOWN_KEYS_MAX && !ck->past_max)
			ck->past_max = k;
		return;
	}
	near = nearest_key(s, key);
	where = owner ? field_label(owner) : schema_label(s);
	diag_warn(ck->dl, k->line ? ck->r->path : NULL, k->line, k->col,
		  _("unknown key '%s' in %s (kept as it is)"), key, where);
	if (near)
		diag_hint(ck->dl, _("did you mean '%s'?"), near);
}

/*
 * The unknown keys past the listed ones, at the first of them; past
 * UNKNOWN_KEYS_MAX, the record is refused, at the first key too many.
 */
static void unknown_keys_summary(struct checker *ck, const struct schema *s)
{
	const struct node *k = ck->unlisted;
	char count[32], limit[32];

	if (!k)
		return;
	if (ck->past_max) {
		k = ck->past_max;
		group_thousands(ck->unknown, count);
		group_thousands(UNKNOWN_KEYS_MAX, limit);
		diag_error(ck->dl, k->line ? ck->r->path : NULL, k->line, k->col,
			   _("%s has %s unknown keys; the limit is %s"),
			   schema_label(s), count, limit);
		ck->errors++;
		return;
	}
	diag_warn(ck->dl, k->line ? ck->r->path : NULL, k->line, k->col,
		  _("unknown keys from here on, not listed: %zu more (kept as they are)"),
		  ck->unknown - UNKNOWN_KEYS_LISTED);
}

static void check_node(struct checker *ck, const struct schema *s,
		       const struct node *map, const struct field *owner)
{
	size_t i;

	for (i = 0; i < map->u.map.nr; i++) {
		const struct node_pair *p = &map->u.map.pairs[i];
		const char *key = p->key->u.scalar.value;
		const struct field *f = schema_field(s, key);

		if (!f) {
			unknown_key(ck, s, p->key, p->value, owner);
			continue;
		}
		if (is_empty_scalar(p->value) && !(f->flags & F_REQUIRED))
			continue;	/* "phone:" with nothing is unset */
		check_value(ck, f, p->value);
	}
	for (i = 0; i < s->nr; i++) {
		const struct node *v = node_get(map, s->fields[i].key);

		if ((s->fields[i].flags & F_REQUIRED) && (!v || is_empty_scalar(v)))
			field_error(ck, v ? v : map, field_label(&s->fields[i]),
				    _("missing (required in every %s)"),
				    schema_label(s));
	}
	if (map == ck->r->doc.root)	/* the record's check ends here */
		unknown_keys_summary(ck, s);
}

/* --- typed views (after checking, so values are known to be well formed) -- */

static const char *str_or_null(const struct node *map, const char *key)
{
	const char *v = node_get_str(map, key);

	return v && *v ? v : NULL;
}

static bool date_of(const struct node *map, const char *key,
		    struct ocop_date *d)
{
	const char *v = str_or_null(map, key);

	return v && !date_parse_iso(v, true, d);
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


/* For record-event.c (record-int.h). */
const char *record_str(const struct node *map, const char *key)
{
	return str_or_null(map, key);
}

bool record_date(const struct node *map, const char *key, struct ocop_date *d)
{
	return date_of(map, key, d);
}

size_t record_list(const struct node *map, const char *key,
		   const struct node *const **items)
{
	return list_of(map, key, items);
}

static void decode_product(struct record *r)
{
	record_view_decode(r);
	record_decode_documents(r, &r->u.product);
}

/* Every office names its ward but a province, which names its wards. */
static void check_office_ward(struct checker *ck)
{
	const struct node *root = ck->r->doc.root;
	const struct node *v = node_get(root, "ward");
	const char *unit = node_get_str(root, "unit");

	if ((!v || is_empty_scalar(v)) &&
	    !(unit && office_unit_parse(unit) == UNIT_PROVINCE - 1))
		field_error(ck, v ? v : root, "ward",
			    _("missing (required in every %s)"), "office");
}

int record_decode(struct record *r, struct diag_list *dl)
{
	struct checker ck = { .r = r, .dl = dl };

	r->valid = false;
	if (!r->doc.root || r->doc.root->kind != NODE_MAPPING)
		BUG("record_decode without a loaded mapping");
	check_node(&ck, record_schema(r->type), r->doc.root, NULL);
	if (r->type == RECORD_OFFICE)
		check_office_ward(&ck);
	if (ck.errors)
		return -1;
	switch (r->type) {
	case RECORD_OFFICE:
	case RECORD_PRODUCER:
		record_view_decode(r);	/* record-view.c's list */
		break;
	case RECORD_PRODUCT:
		decode_product(r);
		break;
	case RECORD_EVENT:
		record_decode_event(r);
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

const char *record_keep_str(struct node_doc *to, const char *s)
{
	return keep_str(to, s);
}

void *record_keep_array(struct node_doc *to, const void *items, size_t size)
{
	return keep_array(to, items, size);
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
	p->category_1048 = keep_str(to, p->category_1048);
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
	record_keep_documents(to, p);
}


static void keep_office(struct node_doc *to, struct office *o)
{
	size_t i;

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
	o->catalogue_url = keep_str(to, o->catalogue_url);
	o->gs1_resolver = keep_str(to, o->gs1_resolver);
	o->targets = keep_array(to, o->targets, o->ntargets * sizeof(*o->targets));
	o->unit_code = keep_str(to, o->unit_code);
	o->formerly = keep_array(to, o->formerly, o->nformerly * sizeof(*o->formerly));
	for (i = 0; i < o->nformerly; i++) {
		o->formerly[i].name = keep_str(to, o->formerly[i].name);
		o->formerly[i].unit_code = keep_str(to, o->formerly[i].unit_code);
	}
	o->wards = keep_array(to, o->wards, o->nwards * sizeof(*o->wards));
	for (i = 0; i < o->nwards; i++) {
		o->wards[i].name = keep_str(to, o->wards[i].name);
		o->wards[i].path = keep_str(to, o->wards[i].path);
	}
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
		case RECORD_EVENT:
			record_keep_event(&to, &r->u.event);
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
	else if (f->type == FT_ID_LIST && v->kind == NODE_SEQUENCE)
		for (i = 0; i < v->u.seq.nr; i++)
			v->u.seq.items[i]->style = STYLE_PLAIN;
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
	const char *suggestion = NULL, *why, *detail, *label = field_label(f);
	struct ocop_date d;
	char buf[DATE_ISO_MAX];
	char *nfc = text_nfc(text);
	int i;

	if (!nfc) {
		diag_error(dl, NULL, 0, 0, _("%s: the value is not valid UTF-8"), label);
		return NULL;
	}
	if (value_control_refused(dl, NULL, 0, 0, label, nfc)) {
		free(nfc);
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
		diag_error(dl, NULL, 0, 0, _("unknown %s '%s'"), label, nfc);
	} else {
		struct strbuf msg = STRBUF_INIT;

		strbuf_addf(&msg, _(why), nfc);
		diag_error(dl, NULL, 0, 0, "%s: %s", label, msg.buf);
		strbuf_release(&msg);
	}
	if (f->type == FT_ENUM)
		hint_words(dl, f, nfc, suggestion, true);
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
		if ((f->flags & F_REQUIRED) ||
		    (r->type == RECORD_OFFICE && map == r->doc.root &&
		     !strcmp(key, "ward") && r->u.office.unit != UNIT_PROVINCE)) {
			diag_error(dl, NULL, 0, 0, _("%s is required; it cannot be removed"),
				   field_label(f));
			free(key);
			return -1;
		}
		node_remove(map, key);
		free(key);
		return 0;
	}
	if (f->type == FT_ID_LIST) {
		struct node *ids = record_parse_ids(&r->doc, f, eq + 1, dl);

		if (ids)
			node_set(&r->doc, map, key, ids);
		free(key);
		return ids ? 0 : -1;
	}
	value = field_parse_cli(f, eq + 1, dl);
	if (value)
		node_set_str(&r->doc, map, key, value, style_of(f->type));
	if (value && r->type == RECORD_PRODUCT && map == r->doc.root &&
	    !strcmp(key, "category")) {
		struct ocop_date d;
		bool dated = r->valid && product_category_date(&r->u.product, &d);

		record_keep_category_1048(r, eq + 1, dated ? &d : NULL, dl);
	}
	free(value);
	free(key);
	return value ? 0 : -1;
}

bool record_keep_category_1048(struct record *r, const char *typed,
			       const struct ocop_date *d, struct diag_list *dl)
{
	const char *kept = node_get_str(r->doc.root, "category_1048");
	const char *now = node_get_str(r->doc.root, "category");
	enum ocop_category old, cat;

	if (!typed || !d || !rules_category_is_1048(typed) ||
	    !rules_category_1048_dated(d)) {
		/* today's name for the category the 1048 name gives keeps it */
		if (kept && (rules_category_parse(kept, &old, NULL) ||
			     rules_category_parse(now, &cat, NULL) || old != cat))
			node_remove(r->doc.root, "category_1048");
		return false;
	}
	if (!kept || strcmp(kept, typed))
		node_set_str(&r->doc, r->doc.root, "category_1048", typed, STYLE_AUTO);
	if (dl)
		diag_warn(dl, NULL, 0, 0,
			  _("category: '%s' is a name of 1048/QĐ-TTg, kept as category_1048 beside category %s"),
			  typed, node_get_str(r->doc.root, "category"));
	return true;
}
