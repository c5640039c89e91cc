/* yamlio.c — safe loading and canonical writing of record files (see yamlio.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <yaml.h>

#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/yamlio.h"
#include "yaml-events.h"

/* A scalar's place in the source, in libyaml's 0-based lines and columns. */
struct span {
	size_t sline, scol, eline, ecol;
};

struct loader {
	const char *name;
	struct node_doc *doc;
	struct diag_list *dl;
	struct node *stack[YAML_MAX_DEPTH + 1];
	struct node *key[YAML_MAX_DEPTH + 1];	/* a mapping's key awaiting its value */
	/*
	 * The children of the open mappings and sequences, the innermost
	 * last (a sequence's item in .value): each becomes one array of the
	 * exact size when its parent ends, where growing arrays in the arena
	 * would leave their old copies behind.
	 */
	struct node_pair *kids;
	size_t nkids, kids_alloc;
	size_t first_kid[YAML_MAX_DEPTH + 1];
	int depth;
	int documents;
	bool has_hash;		/* a '#' somewhere: comments are looked for */
	struct span *spans;
	size_t nspans, spans_alloc;
};

/* --- positions ------------------------------------------------------------ */

/* Length of the line break at p, or 0 (libyaml's breaks: LF, CR, CRLF, NEL, LS, PS). */
static size_t break_len(const char *p, const char *end)
{
	const unsigned char *u = (const unsigned char *)p;

	if (*u == '\n')
		return 1;
	if (*u == '\r')
		return p + 1 < end && p[1] == '\n' ? 2 : 1;
	if (end - p >= 2 && u[0] == 0xC2 && u[1] == 0x85)
		return 2;
	if (end - p >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
	    (u[2] == 0xA8 || u[2] == 0xA9))
		return 3;
	return 0;
}

static bool is_utf8_lead(unsigned char c)
{
	return (c & 0xC0) != 0x80;
}

static size_t bom_len(const char *buf, size_t len)
{
	return len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3) ? 3 : 0;
}

/* The 1-based line and column (in characters) of byte offset off. */
static void locate(const char *buf, size_t len, size_t off, unsigned *line,
		   unsigned *col)
{
	const char *p = buf + bom_len(buf, len), *end = buf + off;
	unsigned l = 1, c = 1;

	while (p < end) {
		size_t b = break_len(p, buf + len);

		if (b) {
			l++;
			c = 1;
			p += b;
			continue;
		}
		if (is_utf8_lead((unsigned char)*p))
			c++;
		p++;
	}
	*line = l;
	*col = c;
}

/* --- checks before libyaml sees the bytes ---------------------------------- */

static bool starts_marker(const char *p, const char *end, const char *marker)
{
	size_t n = strlen(marker);

	if ((size_t)(end - p) < n || memcmp(p, marker, n))
		return false;
	return p + n == end || p[n] == ' ' || p[n] == '\n' || p[n] == '\r';
}

static const char *const conflict_markers[] = {
	"<<<<<<<", "=======", ">>>>>>>", "|||||||"
};

/* The conflict marker that starts at p, or NULL. */
static const char *marker_at(const char *p, const char *end)
{
	size_t m;

	if (p == end || (*p != '<' && *p != '=' && *p != '>' && *p != '|'))
		return NULL;
	for (m = 0; m < ARRAY_SIZE(conflict_markers); m++)
		if (starts_marker(p, end, conflict_markers[m]))
			return conflict_markers[m];
	return NULL;
}

/* Are the eight bytes at p all printable ASCII (0x20..0x7F)?  A byte
 * below 0x20 borrows in the subtraction, one above 0x7F has its top bit:
 * either sets a top bit that the mask keeps. */
static bool printable8(const unsigned char *p)
{
	uint64_t w;

	memcpy(&w, p, sizeof(w));
	return !((w | (w - 0x2020202020202020ULL)) & 0x8080808080808080ULL);
}

/*
 * One pass over every byte before libyaml sees them, since every file is
 * read whole: is it UTF-8 with no NUL or control byte but TAB, LF and CR
 * (else *bad is the offset of the first offending byte), and does a line
 * start with a git conflict marker (*marker its offset, or SIZE_MAX)?
 * Printable ASCII, most of a record, goes eight bytes at a time; a line
 * starts only after a break, which is never printable.
 */
static bool scan_bytes(const char *buf, size_t len, size_t *bad,
		       size_t *marker)
{
	const unsigned char *u = (const unsigned char *)buf;
	size_t i = bom_len(buf, len), n;
	uint32_t c;

	*marker = marker_at(buf, buf + len) ? 0 : SIZE_MAX;
	while (i < len) {
		if (len - i >= 8 && printable8(u + i)) {
			i += 8;
			continue;
		}
		c = u[i];
		if (c >= 0x20 && c < 0x80) {
			i++;
			continue;
		}
		/* Vietnamese letters: 2 bytes (C3–C6) or 3 (E1 BA/BB), none a
		 * line break (NEL is C2 85, LS and PS E2 80 A8/A9) nor an
		 * overlong or surrogate form (E0, ED): settled here. */
		if (c >= 0xC3 && c <= 0xDF && len - i >= 2 &&
		    (u[i + 1] & 0xC0) == 0x80) {
			i += 2;
			continue;
		}
		if (((c >= 0xE3 && c <= 0xEC) || c == 0xE1 || c == 0xEE ||
		     c == 0xEF) && len - i >= 3 && (u[i + 1] & 0xC0) == 0x80 &&
		    (u[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		if (c >= 0x80) {
			n = text_utf8_decode(buf + i, len - i, &c);
			if (!n)
				break;
			i += n;
			/* libyaml's other line breaks: NEL, LS, PS */
			if (c != 0x85 && c != 0x2028 && c != 0x2029)
				continue;
		} else if (c == '\n' || c == '\r') {
			i++;
		} else if (c == '\t') {
			i++;
			continue;
		} else {
			break;	/* NUL or another control byte */
		}
		if (*marker == SIZE_MAX && marker_at(buf + i, buf + len))
			*marker = i;
	}
	*bad = i;
	return i >= len;
}

/*
 * Bytes libyaml would refuse with an unclear message, or misread: UTF-16,
 * invalid UTF-8, control bytes, and git's conflict markers (which make
 * libyaml report an unrelated syntax error).
 */
static int check_bytes(const char *buf, size_t len, const char *name,
		       struct diag_list *dl)
{
	const unsigned char *u = (const unsigned char *)buf;
	size_t bad, marker;
	unsigned line, col;

	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
			 (u[0] == 0xFE && u[1] == 0xFF))) {
		diag_error(dl, name, 1, 1, _("the file is in UTF-16"));
		diag_hint(dl, _("save it as UTF-8"));
		return -1;
	}
	if (scan_bytes(buf, len, &bad, &marker)) {
		if (marker == SIZE_MAX)
			return 0;
		locate(buf, len, marker, &line, &col);
		diag_error(dl, name, line, 1,
			   _("git merge conflict marker '%s'"),
			   marker_at(buf + marker, buf + len));
		diag_hint(dl, _("resolve the conflict (keep one side, or merge both by hand), "
				"remove the marker lines, then run 'ocop check'"));
		return -1;
	}
	locate(buf, len, bad, &line, &col);
	if (u[bad] == 0)
		diag_error(dl, name, line, col, _("NUL byte in the file"));
	else if (u[bad] < 0x20 || u[bad] == 0x7F)
		diag_error(dl, name, line, col,
			   _("control character 0x%02X in the file"), u[bad]);
	else {
		diag_error(dl, name, line, col,
			   _("invalid UTF-8 (byte 0x%02X)"), u[bad]);
		diag_hint(dl, _("save the file as UTF-8 (it may be in Windows-1258)"));
		return -1;
	}
	diag_hint(dl, _("remove it; write control characters as \\uXXXX in a double-quoted value"));
	return -1;
}

bool yaml_bytes_clean(const char *buf, size_t len)
{
	const unsigned char *u = (const unsigned char *)buf;
	size_t bad, marker;

	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
			 (u[0] == 0xFE && u[1] == 0xFF)))
		return false;
	return scan_bytes(buf, len, &bad, &marker) && marker == SIZE_MAX;
}

/* A conflict marker at the start of a line after each break byte c found
 * in buf[0..len), the line starting skip bytes after it? */
static bool marker_after(const char *buf, size_t len, int c, size_t skip,
			 const char *then)
{
	const char *end = buf + len, *p = buf;

	while ((p = memchr(p, c, (size_t)(end - p)))) {
		if ((size_t)(end - p) > skip &&
		    (!then || !memcmp(p + 1, then, skip - 1)) &&
		    marker_at(p + skip, end))
			return true;
		p++;
	}
	return false;
}

/*
 * The part of yaml_bytes_clean that libyaml's reader does not do itself.
 * The reader refuses ill-formed UTF-8 and every character scan_bytes
 * refuses (NUL, the control bytes but TAB, LF and CR; and more: DEL, C1
 * but NEL, U+FFFE, U+FFFF), but it would decode UTF-16 and knows nothing
 * of conflict markers.  Those are found here, a marker after each line
 * break libyaml knows (LF, CR, NEL, LS, PS), with memchr's speed: C2 and
 * E2 lead NEL, LS and PS and are rare in Vietnamese.
 */
bool yaml_bytes_clean_parsed(const char *buf, size_t len)
{
	const unsigned char *u = (const unsigned char *)buf;

	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
			 (u[0] == 0xFE && u[1] == 0xFF)))
		return false;
	return !marker_at(buf, buf + len) &&
	       !marker_after(buf, len, '\n', 1, NULL) &&
	       !marker_after(buf, len, '\r', 1, NULL) &&
	       !marker_after(buf, len, 0xC2, 2, "\x85") &&
	       !marker_after(buf, len, 0xE2, 3, "\x80\xA8") &&
	       !marker_after(buf, len, 0xE2, 3, "\x80\xA9");
}

/* After a syntax error: was a tab used to indent a line up to there? */
static bool report_tab_indent(const char *buf, size_t len, size_t upto_line,
			      const char *name, struct diag_list *dl)
{
	const char *p = buf, *end = buf + len;
	unsigned line = 1;

	while (p < end && line <= upto_line) {
		const char *q = p;
		size_t b = 0;

		while (q < end && (*q == ' ' || *q == '\t')) {
			if (*q == '\t') {
				const char *r = q;

				while (r < end && (*r == ' ' || *r == '\t'))
					r++;
				if (r < end && !break_len(r, end)) {
					diag_error(dl, name, line,
						   (unsigned)(q - p) + 1,
						   _("tab used for indentation"));
					diag_hint(dl, _("YAML indents with spaces; replace the tab with spaces"));
					return true;
				}
				break;
			}
			q++;
		}
		while (q < end && !(b = break_len(q, end)))
			q++;
		p = q + b;
		line++;
	}
	return false;
}

/* --- building the tree ---------------------------------------------------- */

static int load_error(struct loader *ld, const yaml_mark_t *mark,
		      const char *msg, const char *hint)
{
	diag_error(ld->dl, ld->name, (unsigned)mark->line + 1,
		   (unsigned)mark->column + 1, "%s", msg);
	if (hint)
		diag_hint(ld->dl, "%s", hint);
	return -1;
}

static void add_span(struct loader *ld, const yaml_event_t *ev)
{
	struct span *s;

	ALLOC_GROW(ld->spans, ld->nspans + 1, ld->spans_alloc);
	s = &ld->spans[ld->nspans++];
	s->sline = ev->start_mark.line;
	s->scol = ev->start_mark.column;
	/* A block scalar's header line ("| # why") may hold a comment: its
	 * text starts on the next line. */
	if (ev->data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
	    ev->data.scalar.style == YAML_FOLDED_SCALAR_STYLE) {
		s->sline++;
		s->scol = 0;
	}
	s->eline = ev->end_mark.line;
	s->ecol = ev->end_mark.column;
}

static int compare_keys(const void *a, const void *b)
{
	const struct node_pair *pa = *(const struct node_pair *const *)a;
	const struct node_pair *pb = *(const struct node_pair *const *)b;
	int c = strcmp(pa->key->u.scalar.value, pb->key->u.scalar.value);

	if (c)
		return c;
	return pa->key->line < pb->key->line ? -1 : pa->key->line > pb->key->line;
}

static int report_duplicate(struct loader *ld, const struct node *first,
			    const struct node *second)
{
	diag_error(ld->dl, ld->name, second->line, second->col,
		   _("duplicate key '%s' (first at line %u)"),
		   second->u.scalar.value, first->line);
	diag_hint(ld->dl, _("keep one of the two"));
	return -1;
}

/* Lengths and first bytes settle nearly every pair of keys without a call. */
static bool same_key(const struct node *a, const struct node *b)
{
	return a->u.scalar.len == b->u.scalar.len &&
	       a->u.scalar.value[0] == b->u.scalar.value[0] &&
	       !memcmp(a->u.scalar.value, b->u.scalar.value, a->u.scalar.len);
}

/* Keys are unique (YAML says so; libyaml does not check).  Sort when many. */
static int check_duplicates(struct loader *ld, const struct node *map)
{
	size_t n = map->u.map.nr, i, j;
	const struct node_pair **sorted;
	int ret = 0;

	if (n <= 16) {
		for (i = 0; i < n; i++)
			for (j = 0; j < i; j++)
				if (same_key(map->u.map.pairs[i].key,
					     map->u.map.pairs[j].key))
					return report_duplicate(ld,
						map->u.map.pairs[j].key,
						map->u.map.pairs[i].key);
		return 0;
	}
	sorted = xmalloc(n * sizeof(*sorted));
	for (i = 0; i < n; i++)
		sorted[i] = &map->u.map.pairs[i];
	qsort(sorted, n, sizeof(*sorted), compare_keys);
	for (i = 1; i < n && !ret; i++)
		if (!strcmp(sorted[i]->key->u.scalar.value,
			    sorted[i - 1]->key->u.scalar.value))
			ret = report_duplicate(ld, sorted[i - 1]->key,
					       sorted[i]->key);
	free(sorted);
	return ret;
}

/* Anchors, aliases and tags make a record non-local (and billion laughs). */
static int check_node_props(struct loader *ld, const yaml_event_t *ev,
			    const yaml_char_t *anchor, const yaml_char_t *tag)
{
	if (anchor)
		return load_error(ld, &ev->start_mark,
				  _("anchors ('&') are not allowed in records"),
				  _("write the value out in full"));
	if (tag)
		return load_error(ld, &ev->start_mark,
				  _("tags ('!') are not allowed in records"),
				  _("remove the tag; quote the value if it is text"));
	return 0;
}

static void add_kid(struct loader *ld, struct node *key, struct node *value)
{
	ALLOC_GROW(ld->kids, ld->nkids + 1, ld->kids_alloc);
	ld->kids[ld->nkids].key = key;
	ld->kids[ld->nkids].value = value;
	ld->nkids++;
}

static int attach(struct loader *ld, const yaml_event_t *ev, struct node *n)
{
	struct node *parent;
	int d = ld->depth;

	n->line = (unsigned)ev->start_mark.line + 1;
	n->col = (unsigned)ev->start_mark.column + 1;
	if (d == 0) {
		if (ld->doc->root)
			BUG("second root node");
		if (n->kind != NODE_MAPPING)
			return load_error(ld, &ev->start_mark,
					  _("a record must be a mapping of keys to values"),
					  _("write 'key: value' lines"));
		ld->doc->root = n;
	} else {
		parent = ld->stack[d - 1];
		if (parent->kind == NODE_SEQUENCE) {
			add_kid(ld, NULL, n);
		} else if (!ld->key[d - 1]) {
			if (n->kind != NODE_SCALAR)
				return load_error(ld, &ev->start_mark,
						  _("a key must be plain text, not a list or mapping"),
						  NULL);
			if (n->style == STYLE_PLAIN &&
			    !strcmp(n->u.scalar.value, "<<"))
				return load_error(ld, &ev->start_mark,
						  _("merge keys ('<<') are not allowed in records"),
						  _("write the keys out in full"));
			ld->key[d - 1] = n;
		} else {
			add_kid(ld, ld->key[d - 1], n);
			ld->key[d - 1] = NULL;
		}
	}
	if (n->kind != NODE_SCALAR) {
		if (d >= YAML_MAX_DEPTH)
			return load_error(ld, &ev->start_mark,
					  _("nesting deeper than the limit of 16 levels"),
					  NULL);
		ld->stack[d] = n;
		ld->key[d] = NULL;
		ld->first_kid[d] = ld->nkids;
		ld->depth++;
	}
	return 0;
}

/* The innermost open mapping or sequence ends: give it its children. */
static struct node *close_node(struct loader *ld)
{
	struct node *n = ld->stack[--ld->depth];
	size_t first = ld->first_kid[ld->depth], nr = ld->nkids - first, i;

	if (n->kind == NODE_MAPPING) {
		n->u.map.pairs = node_alloc(ld->doc, nr * sizeof(*n->u.map.pairs));
		if (nr)	/* kids is NULL until the first child */
			memcpy(n->u.map.pairs, ld->kids + first,
			       nr * sizeof(*n->u.map.pairs));
		n->u.map.nr = n->u.map.alloc = nr;
	} else {
		n->u.seq.items = node_alloc(ld->doc, nr * sizeof(*n->u.seq.items));
		for (i = 0; i < nr; i++)
			n->u.seq.items[i] = ld->kids[first + i].value;
		n->u.seq.nr = n->u.seq.alloc = nr;
	}
	ld->nkids = first;
	return n;
}

static int on_scalar(struct loader *ld, const yaml_event_t *ev)
{
	const char *v = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length, i;
	struct node *n;
	char *nfc = NULL;

	if (check_node_props(ld, ev, ev->data.scalar.anchor, ev->data.scalar.tag))
		return -1;
	if (len > YAML_MAX_SCALAR)
		return load_error(ld, &ev->start_mark,
				  _("value longer than the limit of 64 KiB"), NULL);
	if (memchr(v, '\0', len))
		return load_error(ld, &ev->start_mark,
				  _("NUL character in a value"),
				  _("remove the \\0 escape"));
	for (i = 0; i < len && !((unsigned char)v[i] & 0x80); i++)
		;
	if (i < len && !text_nfc_quick(v + i, len - i)) {
		nfc = text_nfc(v);
		if (!nfc)
			return load_error(ld, &ev->start_mark,
					  _("invalid UTF-8 in a value"), NULL);
		v = nfc;
	}
	n = node_new_scalar_len(ld->doc, v, nfc ? strlen(nfc) : len,
				ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE ?
				STYLE_PLAIN : STYLE_QUOTED);
	free(nfc);
	if (ld->has_hash)
		add_span(ld, ev);
	return attach(ld, ev, n);
}

static int on_event(struct loader *ld, const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++ld->documents > 1)
			return load_error(ld, &ev->start_mark,
					  _("more than one document in the file"),
					  _("a record file holds one record; remove the second '---'"));
		return 0;
	case YAML_ALIAS_EVENT:
		return load_error(ld, &ev->start_mark,
				  _("aliases ('*') are not allowed in records"),
				  _("write the value out in full"));
	case YAML_SCALAR_EVENT:
		return on_scalar(ld, ev);
	case YAML_SEQUENCE_START_EVENT:
		if (check_node_props(ld, ev, ev->data.sequence_start.anchor,
				     ev->data.sequence_start.tag))
			return -1;
		return attach(ld, ev, node_new_sequence(ld->doc));
	case YAML_MAPPING_START_EVENT:
		if (check_node_props(ld, ev, ev->data.mapping_start.anchor,
				     ev->data.mapping_start.tag))
			return -1;
		return attach(ld, ev, node_new_mapping(ld->doc));
	case YAML_MAPPING_END_EVENT:
		return check_duplicates(ld, close_node(ld));
	case YAML_SEQUENCE_END_EVENT:
		close_node(ld);
		return 0;
	default:
		return 0;
	}
}

static int parse_error(struct loader *ld, yaml_parser_t *p, const char *buf,
		       size_t len)
{
	yaml_mark_t m = p->problem_mark;

	if (p->error == YAML_MEMORY_ERROR)
		die(EXIT_ENV, _("out of memory parsing %s"), ld->name);
	if (report_tab_indent(buf, len, m.line + 1, ld->name, ld->dl))
		return -1;
	diag_error(ld->dl, ld->name, (unsigned)m.line + 1,
		   (unsigned)m.column + 1, _("YAML syntax: %s%s%s"),
		   p->problem ? p->problem : "error",
		   p->context ? " " : "", p->context ? p->context : "");
	diag_hint(ld->dl, _("check the indentation and quoting near here"));
	return -1;
}

/* libyaml drops comments; find them to refuse a rewrite that would lose them. */
static void find_comment(struct loader *ld, const char *buf, size_t len)
{
	const char *p = buf + bom_len(buf, len), *end = buf + len;
	size_t line = 0, col = 0, s = 0;

	if (!ld->has_hash)
		return;		/* most records: no '#' anywhere */
	while (p < end) {
		size_t b = break_len(p, end);

		if (b) {
			line++;
			col = 0;
			p += b;
			continue;
		}
		while (s < ld->nspans && (ld->spans[s].eline < line ||
		       (ld->spans[s].eline == line && ld->spans[s].ecol <= col)))
			s++;
		if (*p == '#' && !(s < ld->nspans &&
		    (ld->spans[s].sline < line ||
		     (ld->spans[s].sline == line && ld->spans[s].scol <= col)))) {
			ld->doc->comment_line = (unsigned)line + 1;
			ld->doc->comment_col = (unsigned)col + 1;
			return;
		}
		if (is_utf8_lead((unsigned char)*p))
			col++;
		p++;
	}
}

int yaml_load(const char *buf, size_t len, const char *name,
	      struct node_doc *doc, struct diag_list *dl)
{
	struct loader ld;
	yaml_parser_t parser;
	yaml_event_t ev;
	int ret = 0, done = 0;

	if (len > YAML_MAX_BYTES)
		return diag_error(dl, name, 0, 0,
				  _("file larger than the limit of 1 MiB"));
	if (check_bytes(buf, len, name, dl))
		return -1;

	memset(&ld, 0, sizeof(ld));
	ld.name = name;
	ld.doc = doc;
	ld.dl = dl;
	ld.has_hash = memchr(buf, '#', len) != NULL;
	if (!yaml_parser_initialize(&parser))
		die(EXIT_ENV, "out of memory");
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	while (!done && !ret) {
		if (!yaml_parser_parse(&parser, &ev)) {
			ret = parse_error(&ld, &parser, buf, len);
			break;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		ret = on_event(&ld, &ev);
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	free(ld.kids);
	if (!ret && !doc->root)
		ret = diag_error(dl, name, 1, 1, _("empty record"));
	if (!ret)
		find_comment(&ld, buf, len);
	free(ld.spans);
	return ret;
}

/* --- writing -------------------------------------------------------------- */

/* May the ASCII character c stand in a plain scalar after its first
 * letter?  (yaml_plain_safe's rule, without a call for a letter.) */
static bool plain_ascii(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || (c && strchr(" -_.,()/", c));
}

bool yaml_plain_safe(const char *s)
{
	static const char *const words[] = {
		"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"
	};
	int32_t i = 0, len = (int32_t)strlen(s);
	size_t k;
	UChar32 c;

	if (!len || s[len - 1] == ' ')
		return false;
	U8_NEXT(s, i, len, c);
	if (c < 0 || !text_is_alpha((uint32_t)c))
		return false;
	while (i < len) {
		if (!((unsigned char)s[i] & 0x80)) {	/* most of a value */
			if (!plain_ascii(s[i++]))
				return false;
			continue;
		}
		U8_NEXT(s, i, len, c);
		if (c < 0)
			return false;
		if (text_is_alnum((uint32_t)c) || (c < 0x80 && strchr(" -_.,()/", (int)c)) ||
		    text_is_mark((uint32_t)c))
			continue;
		return false;
	}
	for (k = 0; len <= 5 && k < ARRAY_SIZE(words); k++)	/* "false" */
		if (!strcasecmp(s, words[k]))
			return false;
	return true;
}

struct emitter {
	yaml_emitter_t e;
	const char *name;
	struct diag_list *dl;
};

static int write_handler(void *data, unsigned char *buffer, size_t size)
{
	strbuf_add(data, buffer, size);
	return 1;
}

static int emit(struct emitter *em, yaml_event_t *ev)
{
	if (!yaml_emitter_emit(&em->e, ev))
		return diag_error(em->dl, em->name, 0, 0,
				  _("cannot write YAML: %s"),
				  em->e.problem ? em->e.problem : "error");
	return 0;
}

static int emit_scalar(struct emitter *em, const struct node *n, bool flow)
{
	const char *v = n->u.scalar.value;
	bool multiline = strchr(v, '\n') != NULL;
	yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;
	int plain = 0;
	yaml_event_t ev;

	switch (n->style) {
	case STYLE_PLAIN:
		/*
		 * A plain value with a line break (a blank line in it) cannot
		 * be written plain: libyaml would quote it over several lines,
		 * and its next write, of a quoted value, differ.  It takes the
		 * quoted value's style now, so the writer is a fixed point.
		 */
		plain = !multiline;
		break;
	case STYLE_AUTO:
		plain = yaml_plain_safe(v);
		break;
	case STYLE_QUOTED:
		break;
	}
	if (plain)
		style = YAML_PLAIN_SCALAR_STYLE;
	else if (!flow && multiline)
		style = YAML_LITERAL_SCALAR_STYLE;	/* notes: diff line by line */
	else if (flow && multiline)
		style = YAML_DOUBLE_QUOTED_SCALAR_STYLE; /* an entry stays one line */
	/*
	 * quoted_implicit is always 1: when libyaml must quote a value we
	 * asked to be plain (a comma inside a flow mapping), it then quotes
	 * it without writing a tag.
	 */
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL,
					  (yaml_char_t *)(uintptr_t)v,
					  (int)n->u.scalar.len, plain, 1,
					  style))
		die(EXIT_ENV, "out of memory");
	return emit(em, &ev);
}

static int emit_node(struct emitter *em, const struct node *n, bool flow)
{
	yaml_event_t ev;
	size_t i;

	switch (n->kind) {
	case NODE_SCALAR:
		return emit_scalar(em, n, flow);
	case NODE_MAPPING:
		yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
			flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE);
		if (emit(em, &ev))
			return -1;
		for (i = 0; i < n->u.map.nr; i++)
			if (emit_scalar(em, n->u.map.pairs[i].key, flow) ||
			    emit_node(em, n->u.map.pairs[i].value, flow))
				return -1;
		yaml_mapping_end_event_initialize(&ev);
		return emit(em, &ev);
	case NODE_SEQUENCE:
		yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
			flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE);
		if (emit(em, &ev))
			return -1;
		/* One entry of a history (cycle, evaluations, …) is one line. */
		for (i = 0; i < n->u.seq.nr; i++)
			if (emit_node(em, n->u.seq.items[i],
				      flow || n->u.seq.items[i]->kind == NODE_MAPPING))
				return -1;
		yaml_sequence_end_event_initialize(&ev);
		return emit(em, &ev);
	}
	return -1;
}

static int emit_document(struct emitter *em, const struct node *root)
{
	yaml_event_t ev;

	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	if (emit(em, &ev))
		return -1;
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	if (emit(em, &ev) || emit_node(em, root, false))
		return -1;
	yaml_document_end_event_initialize(&ev, 1);
	if (emit(em, &ev))
		return -1;
	yaml_stream_end_event_initialize(&ev);
	return emit(em, &ev);
}

/* --- reading back what was written --------------------------------------------- */

/*
 * yaml_reads_back follows the events of the text through the tree they
 * must give: each frame an open mapping or sequence of the tree, and the
 * place in it of the node the next event stands for.
 */
struct readback {
	const struct node *root;
	struct {
		const struct node *n;
		size_t i;
		bool value;	/* a mapping's: its i-th value comes next */
	} stack[YAML_MAX_DEPTH];
	int depth;
	int documents;
	bool root_seen;
};

/* The node the next event stands for (NULL: none may come), and whether
 * it is a mapping's key. */
static const struct node *expected(const struct readback *rb, bool *is_key)
{
	const struct node *n;
	size_t i;

	*is_key = false;
	if (!rb->depth)
		return rb->root_seen ? NULL : rb->root;
	n = rb->stack[rb->depth - 1].n;
	i = rb->stack[rb->depth - 1].i;
	if (n->kind == NODE_SEQUENCE)
		return i < n->u.seq.nr ? n->u.seq.items[i] : NULL;
	if (i >= n->u.map.nr)
		return NULL;
	if (rb->stack[rb->depth - 1].value)
		return n->u.map.pairs[i].value;
	*is_key = true;
	return n->u.map.pairs[i].key;
}

/* The expected node came whole: on to the next. */
static void advance(struct readback *rb)
{
	if (!rb->depth) {
		rb->root_seen = true;
	} else if (rb->stack[rb->depth - 1].n->kind == NODE_SEQUENCE) {
		rb->stack[rb->depth - 1].i++;
	} else if (rb->stack[rb->depth - 1].value) {
		rb->stack[rb->depth - 1].value = false;
		rb->stack[rb->depth - 1].i++;
	} else {
		rb->stack[rb->depth - 1].value = true;
	}
}

/* yaml_load refuses a mapping with a key twice (check_duplicates). */
static bool keys_unique(const struct node *map)
{
	size_t i, j;

	for (i = 0; i < map->u.map.nr; i++)
		for (j = 0; j < i; j++)
			if (same_key(map->u.map.pairs[i].key,
				     map->u.map.pairs[j].key))
				return false;
	return true;
}

/* A scalar event: yaml_load's on_scalar and attach, and node_equal on
 * it; and a string written unquoted must be one that every reader reads
 * as a string. */
static bool scalar_back(struct readback *rb, const yaml_event_t *ev)
{
	const char *v = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length, i;
	bool plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE, is_key;
	const struct node *n = expected(rb, &is_key);
	char *nfc = NULL;
	bool same;

	if (!n || n->kind != NODE_SCALAR || ev->data.scalar.anchor ||
	    ev->data.scalar.tag || len > YAML_MAX_SCALAR || memchr(v, '\0', len))
		return false;
	if (is_key && plain && !strcmp(v, "<<"))
		return false;
	for (i = 0; i < len && !((unsigned char)v[i] & 0x80); i++)
		;
	if (i < len && !text_nfc_quick(v + i, len - i)) {
		if (!(nfc = text_nfc(v)))
			return false;
		v = nfc;
		len = strlen(nfc);
	}
	same = n->u.scalar.len == len && !memcmp(n->u.scalar.value, v, len) &&
	       (is_key || n->style == STYLE_PLAIN || !plain || yaml_plain_safe(v));
	free(nfc);
	if (same)
		advance(rb);
	return same;
}

/* A mapping or a sequence starts: yaml_load's attach. */
static bool open_back(struct readback *rb, enum node_kind kind,
		      const yaml_char_t *anchor, const yaml_char_t *tag)
{
	bool is_key;
	const struct node *n = expected(rb, &is_key);

	if (!n || is_key || n->kind != kind || anchor || tag ||
	    rb->depth >= YAML_MAX_DEPTH)
		return false;
	rb->stack[rb->depth].n = n;
	rb->stack[rb->depth].i = 0;
	rb->stack[rb->depth].value = false;
	rb->depth++;
	return true;
}

/* It ends: it must have given every child the tree's node has. */
static bool close_back(struct readback *rb)
{
	const struct node *n;
	size_t i;

	if (!rb->depth)
		return false;
	n = rb->stack[rb->depth - 1].n;
	i = rb->stack[rb->depth - 1].i;
	if (i != (n->kind == NODE_SEQUENCE ? n->u.seq.nr : n->u.map.nr) ||
	    (n->kind == NODE_MAPPING && !keys_unique(n)))
		return false;
	rb->depth--;
	advance(rb);
	return true;
}

static bool event_back(struct readback *rb, const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		return ++rb->documents == 1;
	case YAML_ALIAS_EVENT:
		return false;
	case YAML_SCALAR_EVENT:
		return scalar_back(rb, ev);
	case YAML_SEQUENCE_START_EVENT:
		return open_back(rb, NODE_SEQUENCE,
				 ev->data.sequence_start.anchor,
				 ev->data.sequence_start.tag);
	case YAML_MAPPING_START_EVENT:
		return open_back(rb, NODE_MAPPING,
				 ev->data.mapping_start.anchor,
				 ev->data.mapping_start.tag);
	case YAML_MAPPING_END_EVENT:
	case YAML_SEQUENCE_END_EVENT:
		return close_back(rb);
	default:
		return true;
	}
}

int yaml_each_event(const char *buf, size_t len,
		    int (*fn)(const yaml_event_t *ev, void *ctx), void *ctx)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	bool done = false;
	int ret = 0;

	if (!yaml_parser_initialize(&parser))
		die(EXIT_ENV, "out of memory");
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	while (!ret && !done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			if (parser.error == YAML_MEMORY_ERROR)
				die(EXIT_ENV, "out of memory");
			ret = -1;
			break;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		ret = fn(&ev, ctx);
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	return ret;
}

static int on_event_back(const yaml_event_t *ev, void *rb)
{
	return event_back(rb, ev) ? 0 : 1;
}

bool yaml_reads_back(const struct node *root, const char *buf, size_t len)
{
	struct readback rb;

	if (!root || root->kind != NODE_MAPPING || len > YAML_MAX_BYTES ||
	    !yaml_bytes_clean(buf, len))
		return false;
	memset(&rb, 0, sizeof(rb));
	rb.root = root;
	return !yaml_each_event(buf, len, on_event_back, &rb) &&
	       rb.root_seen && !rb.depth;
}

int yaml_emit(const struct node *root, const char *name, struct strbuf *out,
	      struct diag_list *dl)
{
	struct emitter em;
	size_t start = out->len;
	int ret;

	if (root->kind != NODE_MAPPING)
		BUG("yaml_emit of a non-mapping");
	em.name = name;
	em.dl = dl;
	if (!yaml_emitter_initialize(&em.e))
		die(EXIT_ENV, "out of memory");
	yaml_emitter_set_output(&em.e, write_handler, out);
	yaml_emitter_set_unicode(&em.e, 1);
	yaml_emitter_set_width(&em.e, -1);
	yaml_emitter_set_indent(&em.e, 2);
	yaml_emitter_set_break(&em.e, YAML_LN_BREAK);
	ret = emit_document(&em, root);
	if (!ret && !yaml_emitter_flush(&em.e))
		ret = diag_error(dl, name, 0, 0, _("cannot write YAML"));
	yaml_emitter_delete(&em.e);
	if (ret)
		return -1;

	if (!yaml_reads_back(root, out->buf + start, out->len - start)) {
		diag_error(dl, name, 0, 0,
			   "internal error: the YAML written does not read back the same; nothing written");
		diag_hint(dl, _("please report this with the record"));
		ret = -1;
	}
	return ret;
}
