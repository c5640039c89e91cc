/* show.c — records as text and JSON (see show.h). */
#include <stdlib.h>
#include <string.h>

#include "ocop/show.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

/* "k: v, k: v" for an entry of a list, nested mappings in braces. */
static void inline_node(struct strbuf *sb, const struct node *n)
{
	size_t i;

	switch (n->kind) {
	case NODE_SCALAR:
		strbuf_addstr(sb, n->u.scalar.value);
		return;
	case NODE_MAPPING:
		for (i = 0; i < n->u.map.nr; i++) {
			const struct node *v = n->u.map.pairs[i].value;

			strbuf_addf(sb, "%s%s: ", i ? ", " : "",
				    n->u.map.pairs[i].key->u.scalar.value);
			if (v->kind == NODE_MAPPING)
				strbuf_addch(sb, '{');
			inline_node(sb, v);
			if (v->kind == NODE_MAPPING)
				strbuf_addch(sb, '}');
		}
		return;
	case NODE_SEQUENCE:
		for (i = 0; i < n->u.seq.nr; i++) {
			strbuf_addstr(sb, i ? ", " : "");
			inline_node(sb, n->u.seq.items[i]);
		}
		return;
	}
}

static void print_line(FILE *f, const char *key, size_t width, const char *value)
{
	char *safe = text_printable(value);

	fprintf(f, "%s:%*s%s\n", key, (int)(width - strlen(key) + 1), "", safe);
	free(safe);
}

static void print_value(FILE *f, const char *key, size_t width,
			const struct node *v)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	if (v->kind == NODE_SCALAR && !strchr(v->u.scalar.value, '\n')) {
		print_line(f, key, width, v->u.scalar.value);
		return;
	}
	fprintf(f, "%s:\n", key);
	if (v->kind == NODE_SCALAR) {
		const char *p = v->u.scalar.value, *nl;

		/* Multi-line notes: indented, one line at a time. */
		for (; *p; p = nl ? nl + 1 : p + strlen(p)) {
			char *line, *safe;

			nl = strchr(p, '\n');
			line = nl ? xstrndup(p, (size_t)(nl - p)) : xstrdup(p);
			safe = text_printable(line);
			fprintf(f, "  %s\n", safe);
			free(safe);
			free(line);
		}
		return;
	}
	for (i = 0; i < (v->kind == NODE_SEQUENCE ? v->u.seq.nr : v->u.map.nr); i++) {
		char *safe;

		strbuf_reset(&sb);
		if (v->kind == NODE_SEQUENCE) {
			inline_node(&sb, v->u.seq.items[i]);
			safe = text_printable(sb.buf);
			fprintf(f, "  - %s\n", safe);
		} else {
			inline_node(&sb, v->u.map.pairs[i].value);
			safe = text_printable(sb.buf);
			fprintf(f, "  %s: %s\n",
				v->u.map.pairs[i].key->u.scalar.value, safe);
		}
		free(safe);
	}
	strbuf_release(&sb);
}

void show_record_text(FILE *f, const struct record *r,
		      const struct show_extra *extra, size_t nextra)
{
	const struct node *root = r->doc.root;
	size_t width = 0, i;

	for (i = 0; i < root->u.map.nr; i++)
		if (strlen(root->u.map.pairs[i].key->u.scalar.value) > width)
			width = strlen(root->u.map.pairs[i].key->u.scalar.value);
	for (i = 0; i < nextra; i++)
		if (extra[i].value && strlen(extra[i].key) > width)
			width = strlen(extra[i].key);
	for (i = 0; i < root->u.map.nr; i++)
		print_value(f, root->u.map.pairs[i].key->u.scalar.value, width,
			    root->u.map.pairs[i].value);
	for (i = 0; i < nextra; i++)
		if (extra[i].value)
			print_line(f, extra[i].key, width, extra[i].value);
}

static void json_node(struct json_writer *w, const struct schema *s,
		      const struct node *n);

static void json_scalar(struct json_writer *w, const struct field *f,
			const struct node *v)
{
	const char *s = v->u.scalar.value;

	if (!f) {
		json_string(w, s);
		return;
	}
	switch (f->type) {
	case FT_INT:
	case FT_DECIMAL:
		json_raw_number(w, s);	/* falls back to a string if not a number */
		break;
	case FT_BOOL:
		if (!strcmp(s, "true") || !strcmp(s, "false"))
			json_bool(w, !strcmp(s, "true"));
		else
			json_string(w, s);
		break;
	default:
		json_string(w, s);
	}
}

static void json_value(struct json_writer *w, const struct field *f,
		       const struct node *v)
{
	size_t i;

	switch (v->kind) {
	case NODE_SCALAR:
		json_scalar(w, f, v);
		return;
	case NODE_MAPPING:
		json_begin_object(w);
		json_node(w, f ? f->sub : NULL, v);
		json_end_object(w);
		return;
	case NODE_SEQUENCE:
		json_begin_array(w);
		for (i = 0; i < v->u.seq.nr; i++)
			json_value(w, f && f->sub ? &(struct field){ .type = FT_MAP, .sub = f->sub } : NULL,
				   v->u.seq.items[i]);
		json_end_array(w);
		return;
	}
}

static void json_node(struct json_writer *w, const struct schema *s,
		      const struct node *n)
{
	size_t i;

	for (i = 0; i < n->u.map.nr; i++) {
		const char *key = n->u.map.pairs[i].key->u.scalar.value;

		json_key(w, key);
		json_value(w, s ? schema_field(s, key) : NULL,
			   n->u.map.pairs[i].value);
	}
}

void show_record_json(struct json_writer *w, const struct record *r)
{
	json_node(w, record_schema(r->type), r->doc.root);
}
