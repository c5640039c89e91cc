/*
 * record-labels.c — what messages call the fields of a record and the
 * words of its enumerations, in the messages' language, and the one
 * check of control characters every way in calls (see record.h).
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/record.h"
#include "ocop/rules.h"
#include "ocop/text.h"
#include "ocop/util.h"

/*
 * Do messages speak Vietnamese?  gettext hands back its own argument when
 * no catalogue translates it, so a message the catalogue holds tells.
 */
static bool messages_vietnamese(void)
{
	static const char probe[] = "unknown %s '%s'";

	return _(probe) != probe;
}

const char *field_label(const struct field *f)
{
	return f->vi && messages_vietnamese() ? f->vi : f->key;
}

const char *schema_label(const struct schema *s)
{
	return s->vi && messages_vietnamese() ? s->vi : s->name;
}

/*
 * "Thực phẩm" → "thực phẩm": a name as a word in a sentence.  The names
 * of rules.h start with an ASCII capital or Đ.  Allocated.
 */
static char *lowered(const char *name)
{
	char *w = xstrdup(name);

	if (w[0] >= 'A' && w[0] <= 'Z')
		w[0] = (char)(w[0] - 'A' + 'a');
	else if (!strncmp(w, "\xc4\x90", 2))	/* Đ → đ */
		w[1] = (char)0x91;
	return w;
}

/* The Vietnamese words of the enumerations that officers type, or NULL. */
static char *word_vi(const struct field *f, int i)
{
	static const char *const origins[] = { "ý tưởng", "hiện có" };
	const struct category_info *c;
	const struct kind_info *k;

	if (!f->parse)		/* only in files, which hold the slugs */
		return NULL;
	if (!strcmp(f->key, "category") &&
	    (c = rules_category((enum ocop_category)(i + 1))))
		return lowered(c->name_vi);
	if (!strcmp(f->key, "kind") && (k = rules_kind((enum producer_kind)(i + 1))))
		return lowered(k->name_vi);
	if (!strcmp(f->key, "kind") && i + 1 == (int)KIND_UNKNOWN)
		return xstrdup("chưa rõ");
	if (!strcmp(f->key, "origin") && i >= 0 && i < 2)
		return xstrdup(origins[i]);
	return NULL;
}

char *field_word_label(const struct field *f, int i)
{
	const char *slug = f->word ? f->word(i) : NULL;
	char *vi;

	if (!slug)
		return NULL;
	if (messages_vietnamese() && (vi = word_vi(f, i)))
		return vi;
	return xstrdup(slug);
}

/* Does msg start with name, as a whole word? */
static bool names_first(const char *msg, const char *name)
{
	size_t n = strlen(name);

	return !strncmp(msg, name, n) && (!msg[n] || strchr(": '", msg[n]));
}

/* The longest of the keys and labels of s (and its maps' and lists') msg starts with. */
static const struct field *named_field(const struct schema *s, const char *msg,
				       size_t *best)
{
	const struct field *found = NULL, *sub;
	size_t i, len;

	for (i = 0; i < s->nr; i++) {
		const struct field *f = &s->fields[i];

		if (names_first(msg, f->key) && (len = strlen(f->key)) > *best) {
			found = f;
			*best = len;
		}
		if (f->vi && names_first(msg, f->vi) && (len = strlen(f->vi)) > *best) {
			found = f;
			*best = len;
		}
		if (f->sub && (sub = named_field(f->sub, msg, best)))
			found = sub;
	}
	return found;
}

const char *record_message_key(enum record_type type, const char *msg)
{
	const struct field *f;
	size_t best = 0;

	if (!strncmp(msg, "unknown ", 8))
		msg += 8;
	f = named_field(record_schema(type), msg, &best);
	return f ? f->key : NULL;
}

/*
 * A value holding a control character is refused by its field, whatever
 * way it came in (ocop-data(5)); the position finds it in a long note.
 */
bool value_control_refused(struct diag_list *dl, const char *path,
			   unsigned line, unsigned col, const char *label,
			   const char *value)
{
	size_t pos;
	uint32_t c = text_control_char(value, &pos);

	if (!c)
		return false;
	diag_error(dl, path, line, col,
		   _("%s contains control character U+%04X at position %zu"),
		   label, (unsigned)c, pos);
	diag_hint(dl, _("remove it; records hold text only"));
	return true;
}
