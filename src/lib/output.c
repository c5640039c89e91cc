/*
 * output.c — tables as text, CSV, TSV, JSON, Markdown and HTML; a JSON
 * writer (see output.h).
 *
 * Nothing here consults the locale: no strcasecmp, no ctype, no %f.
 * The same table gives the same bytes on every machine.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "ocop/output.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

#define JSON_MAX_DEPTH 63	/* first[] has 64 slots: depths 0 to 63 */

/* --- format names -------------------------------------------------- */

static const char *const format_names[] = {
	[FMT_TEXT] = "text",
	[FMT_CSV] = "csv",
	[FMT_TSV] = "tsv",
	[FMT_JSON] = "json",
	[FMT_MD] = "md",
	[FMT_HTML] = "html",
	[FMT_XLSX] = "xlsx",
};

static const struct {
	const char *ext;
	enum out_format fmt;
} format_exts[] = {
	{ "txt", FMT_TEXT },
	{ "csv", FMT_CSV },
	{ "tsv", FMT_TSV },
	{ "json", FMT_JSON },
	{ "md", FMT_MD },
	{ "html", FMT_HTML },
	{ "htm", FMT_HTML },
	{ "xlsx", FMT_XLSX },
};

int out_format_parse(const char *name, enum out_format *out)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(format_names); i++)
		if (!strcmp(name, format_names[i])) {
			*out = (enum out_format)i;
			return 0;
		}
	return -1;
}

const char *out_format_name(enum out_format f)
{
	if ((unsigned)f >= ARRAY_SIZE(format_names))
		BUG("unknown output format %d", (int)f);
	return format_names[f];
}

static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* strcasecmp folds by the locale ("I" is not "i" in tr_TR); this does not. */
static int ascii_casecmp(const char *a, const char *b)
{
	while (*a && ascii_lower((unsigned char)*a) ==
			     ascii_lower((unsigned char)*b)) {
		a++;
		b++;
	}
	return ascii_lower((unsigned char)*a) - ascii_lower((unsigned char)*b);
}

int out_format_from_path(const char *path, enum out_format *out)
{
	const char *base = strrchr(path, '/');
	const char *dot;
	size_t i;

	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	/* ".csv" alone is a hidden file with no extension */
	if (!dot || dot == base)
		return -1;
	for (i = 0; i < ARRAY_SIZE(format_exts); i++)
		if (!ascii_casecmp(dot + 1, format_exts[i].ext)) {
			*out = format_exts[i].fmt;
			return 0;
		}
	return -1;
}

/* --- the table ----------------------------------------------------- */

void table_init(struct table *t)
{
	t->cols = NULL;
	t->ncols = 0;
	t->cells = NULL;
	t->nrows = t->alloc = 0;
	t->empty = NULL;
}

void table_set_empty(struct table *t, const char *sentence)
{
	free(t->empty);
	t->empty = sentence ? xstrdup(sentence) : NULL;
}

void table_add_column(struct table *t, const char *key, const char *title,
		      enum column_align align, enum column_type type)
{
	struct column *c;

	/* cells are row-major: a new column would shift every row */
	if (t->nrows)
		BUG("table_add_column after the first row");
	t->cols = xrealloc(t->cols, (t->ncols + 1) * sizeof(*t->cols));
	c = &t->cols[t->ncols++];
	c->key = xstrdup(key);
	c->title = xstrdup(title ? title : key);
	c->align = align;
	c->type = type;
	c->kind = type == COL_NUMBER ? CELL_NUMBER : CELL_TEXT;
}

void table_set_kind(struct table *t, size_t col, enum cell_kind kind)
{
	if (col >= t->ncols)
		BUG("table_set_kind: column %zu of %zu", col, t->ncols);
	t->cols[col].kind = kind;
}

size_t table_add_row(struct table *t)
{
	size_t first = t->nrows * t->ncols, i;

	if (t->ncols && t->nrows + 1 > SIZE_MAX / sizeof(char *) / t->ncols)
		die(EXIT_ENV, _("table too large"));
	ALLOC_GROW(t->cells, first + t->ncols, t->alloc);
	for (i = 0; i < t->ncols; i++)
		t->cells[first + i] = NULL;
	return t->nrows++;
}

static char **last_row_cell(struct table *t, size_t col)
{
	if (!t->nrows)
		BUG("table_set before table_add_row");
	if (col >= t->ncols)
		BUG("table_set: column %zu of %zu", col, t->ncols);
	return &t->cells[(t->nrows - 1) * t->ncols + col];
}

void table_set(struct table *t, size_t col, const char *value)
{
	char **cell = last_row_cell(t, col);

	free(*cell);
	*cell = value ? xstrdup(value) : NULL;
}

void table_setf(struct table *t, size_t col, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	char **cell = last_row_cell(t, col);
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	free(*cell);
	*cell = strbuf_detach(&sb, NULL);
}

const char *table_get(const struct table *t, size_t row, size_t col)
{
	if (row >= t->nrows || col >= t->ncols)
		BUG("table_get(%zu, %zu) outside %zu x %zu", row, col,
		    t->nrows, t->ncols);
	return t->cells[row * t->ncols + col];
}

void table_release(struct table *t)
{
	size_t i;

	for (i = 0; i < t->ncols; i++) {
		free(t->cols[i].key);
		free(t->cols[i].title);
	}
	for (i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cols);
	free(t->cells);
	free(t->empty);
	table_init(t);
}

/* A cell, with "" for an empty one. */
static const char *cell(const struct table *t, size_t row, size_t col)
{
	const char *s = t->cells[row * t->ncols + col];

	return s ? s : "";
}

/* --- text ---------------------------------------------------------- */

/*
 * Hostile data must not drive the terminal: text_printable() escapes
 * controls, C1 controls and stray bytes.  It keeps TAB, which would break
 * the alignment of a table, so that is escaped here too.
 */
static char *term_safe(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	char *p, *safe = text_printable(s);

	for (p = safe; *p; p++)
		if (*p == '\t')
			strbuf_addstr(&sb, "\\x09");
		else
			strbuf_addch(&sb, *p);
	free(safe);
	return strbuf_detach(&sb, NULL);
}

/* One line: cells padded to their column's width, two spaces apart. */
static void text_line(FILE *f, const struct table *t, char *const *field,
		      const size_t *width, struct strbuf *line)
{
	size_t i, w;

	strbuf_reset(line);
	for (i = 0; i < t->ncols; i++) {
		if (i)
			strbuf_addstr(line, "  ");
		w = text_width(field[i]);
		if (t->cols[i].align == ALIGN_RIGHT && w < width[i])
			strbuf_addchars(line, ' ', width[i] - w);
		strbuf_addstr(line, field[i]);
		if (t->cols[i].align == ALIGN_LEFT && w < width[i])
			strbuf_addchars(line, ' ', width[i] - w);
	}
	/* padding of empty or left-aligned last cells is not wanted */
	while (line->len && line->buf[line->len - 1] == ' ')
		strbuf_setlen(line, line->len - 1);
	strbuf_addch(line, '\n');
	fwrite(line->buf, 1, line->len, f);
}

/* Does t say a sentence rather than print an empty grid? */
static int says_empty(const struct table *t)
{
	return !t->nrows && t->empty;
}

static void print_text(const struct table *t, unsigned flags, FILE *f)
{
	size_t n = (t->nrows + 1) * t->ncols, r, i, w;
	char **field, *safe;
	size_t *width;
	struct strbuf line = STRBUF_INIT;

	if (says_empty(t)) {
		safe = term_safe(t->empty);
		fprintf(f, "%s\n", safe);
		free(safe);
		return;
	}
	field = xcalloc(n ? n : 1, sizeof(*field));
	width = xcalloc(t->ncols ? t->ncols : 1, sizeof(*width));

	/* row 0 of field[] is the header; widths count it only if shown */
	for (i = 0; i < t->ncols; i++) {
		field[i] = term_safe(t->cols[i].title);
		if (!(flags & TABLE_NO_HEADER))
			width[i] = text_width(field[i]);
	}
	for (r = 0; r < t->nrows; r++)
		for (i = 0; i < t->ncols; i++) {
			field[(r + 1) * t->ncols + i] = term_safe(cell(t, r, i));
			w = text_width(field[(r + 1) * t->ncols + i]);
			if (w > width[i])
				width[i] = w;
		}
	if (t->ncols) {
		if (!(flags & TABLE_NO_HEADER))
			text_line(f, t, field, width, &line);
		for (r = 0; r < t->nrows; r++)
			text_line(f, t, field + (r + 1) * t->ncols, width,
				  &line);
	}
	for (i = 0; i < n; i++)
		free(field[i]);
	free(field);
	free(width);
	strbuf_release(&line);
}

/* --- CSV ----------------------------------------------------------- */

static void skip_digits(const char **p)
{
	while (**p >= '0' && **p <= '9')
		(*p)++;
}

/* -?[0-9]+(.[0-9]+)?: a value a spreadsheet should read as a number. */
static int is_plain_number(const char *s)
{
	const char *p = s;

	if (*p == '-')
		p++;
	if (*p < '0' || *p > '9')
		return 0;
	skip_digits(&p);
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return 0;
		skip_digits(&p);
	}
	return !*p;
}

/*
 * OWASP "CSV injection": a spreadsheet runs a cell that starts with one of
 * these as a formula; a leading apostrophe makes it text.  A negative
 * number in a number column is left alone so that it stays a number.
 */
static int needs_formula_guard(const char *s, enum column_type type)
{
	if (!*s || !strchr("=+-@\t\r", *s))
		return 0;
	return !(type == COL_NUMBER && is_plain_number(s));
}

/* Excel's General format shows 11 digits; 12 and more become 8.93E+12. */
#define EXCEL_GENERAL_DIGITS 12

/*
 * A spreadsheet opening a CSV makes a number of a cell of digits: the
 * leading zero of a tax code or a phone number goes (0401234567 becomes
 * 401234567), a GTIN of 13 digits shows as 8.93E+12, and past 15 digits
 * the last ones turn to zeros.  Written as the formula ="0401234567",
 * Excel and LibreOffice both keep the text as it is.
 */
static int needs_text_guard(const char *s, enum column_type type)
{
	size_t n = strspn(s, "0123456789");

	if (type == COL_NUMBER || n < 2 || s[n])
		return 0;
	return s[0] == '0' || n >= EXCEL_GENERAL_DIGITS;
}

/*
 * RFC 4180 asks for quotes around a field with a comma, a quote or a line
 * break.  libcsv's parser also strips blanks at either end of an unquoted
 * field, so those are quoted too, to read back what was written.
 */
static int csv_needs_quotes(const char *s)
{
	size_t len = strlen(s);

	if (strpbrk(s, ",\"\r\n"))
		return 1;
	return len && (s[0] == ' ' || s[0] == '\t' || s[len - 1] == ' ' ||
		       s[len - 1] == '\t');
}

static void csv_field(FILE *f, const char *s, enum column_type type,
		      unsigned flags, struct strbuf *tmp)
{
	char *safe = NULL;

	/* on a terminal, an ESC in the data must not reach it */
	if (flags & TABLE_TERMINAL)
		s = safe = text_printable(s);
	if ((flags & TABLE_EXCEL) && needs_formula_guard(s, type)) {
		strbuf_reset(tmp);
		strbuf_addch(tmp, '\'');
		strbuf_addstr(tmp, s);
		s = tmp->buf;
	} else if ((flags & TABLE_EXCEL) && needs_text_guard(s, type)) {
		strbuf_reset(tmp);
		strbuf_addf(tmp, "=\"%s\"", s);
		s = tmp->buf;
	}
	/*
	 * csv_fwrite always quotes; plain fields are written bare so that
	 * codes and numbers look the same as in every other CSV tool.
	 */
	if (csv_needs_quotes(s))
		csv_fwrite(f, s, strlen(s));
	else
		fputs(s, f);
	free(safe);
}

static void print_csv(const struct table *t, unsigned flags, FILE *f)
{
	const char *eol = (flags & TABLE_EXCEL) ? "\r\n" : "\n";
	struct strbuf tmp = STRBUF_INIT;
	size_t r, i;

	/* Excel reads a CSV without a BOM in the ANSI code page, not UTF-8 */
	if (flags & TABLE_EXCEL)
		fputs("\xef\xbb\xbf", f);
	if (!(flags & TABLE_NO_HEADER) && t->ncols) {
		for (i = 0; i < t->ncols; i++) {
			if (i)
				fputc(',', f);
			csv_field(f, (flags & TABLE_TITLES) ? t->cols[i].title :
				  t->cols[i].key, COL_STRING, flags, &tmp);
		}
		fputs(eol, f);
	}
	for (r = 0; r < t->nrows && t->ncols; r++) {
		for (i = 0; i < t->ncols; i++) {
			if (i)
				fputc(',', f);
			csv_field(f, cell(t, r, i), t->cols[i].type, flags,
				  &tmp);
		}
		/* a blank line is no record to most readers: write "" */
		if (t->ncols == 1 && !*cell(t, r, 0))
			csv_fwrite(f, "", 0);
		fputs(eol, f);
	}
	strbuf_release(&tmp);
}

/* --- TSV ----------------------------------------------------------- */

/*
 * The IANA text/tab-separated-values form with "linear TSV" escapes; on
 * a terminal, the other control characters escaped after them, as text
 * output escapes them.
 */
static void tsv_field(FILE *f, const char *s, unsigned flags,
		      struct strbuf *tmp)
{
	char *safe;

	strbuf_reset(tmp);
	for (; *s; s++)
		switch (*s) {
		case '\t':
			strbuf_addstr(tmp, "\\t");
			break;
		case '\n':
			strbuf_addstr(tmp, "\\n");
			break;
		case '\r':
			strbuf_addstr(tmp, "\\r");
			break;
		case '\\':
			strbuf_addstr(tmp, "\\\\");
			break;
		default:
			strbuf_addch(tmp, *s);
		}
	if (!(flags & TABLE_TERMINAL)) {
		fwrite(tmp->buf, 1, tmp->len, f);
		return;
	}
	safe = text_printable(tmp->buf);
	fputs(safe, f);
	free(safe);
}

static void print_tsv(const struct table *t, unsigned flags, FILE *f)
{
	struct strbuf tmp = STRBUF_INIT;
	size_t r, i;

	if (!(flags & TABLE_NO_HEADER) && t->ncols) {
		for (i = 0; i < t->ncols; i++) {
			if (i)
				fputc('\t', f);
			tsv_field(f, t->cols[i].key, flags, &tmp);
		}
		fputc('\n', f);
	}
	for (r = 0; r < t->nrows && t->ncols; r++) {
		for (i = 0; i < t->ncols; i++) {
			if (i)
				fputc('\t', f);
			tsv_field(f, cell(t, r, i), flags, &tmp);
		}
		fputc('\n', f);
	}
	strbuf_release(&tmp);
}

/* --- JSON ---------------------------------------------------------- */

/* The number grammar of RFC 8259 §6; "007", "1." and "NaN" are not. */
static int is_json_number(const char *s)
{
	const char *p = s;

	if (*p == '-')
		p++;
	if (*p == '0')
		p++;
	else if (*p >= '1' && *p <= '9')
		skip_digits(&p);
	else
		return 0;
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return 0;
		skip_digits(&p);
	}
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (*p < '0' || *p > '9')
			return 0;
		skip_digits(&p);
	}
	return !*p;
}

static void json_cell(struct json_writer *w, const char *s,
		      enum column_type type)
{
	if (!s || !*s)
		json_null(w);
	else if (type == COL_NUMBER && is_json_number(s))
		json_raw_number(w, s);
	else if (type == COL_BOOL && !strcmp(s, "true"))
		json_bool(w, true);
	else if (type == COL_BOOL && !strcmp(s, "false"))
		json_bool(w, false);
	else
		json_string(w, s);
}

static void print_json(const struct table *t, FILE *f)
{
	struct json_writer w;
	size_t r, i;

	json_init(&w, f);
	json_begin_array(&w);
	for (r = 0; r < t->nrows; r++) {
		json_begin_object(&w);
		for (i = 0; i < t->ncols; i++) {
			json_key(&w, t->cols[i].key);
			json_cell(&w, t->cells[r * t->ncols + i],
				  t->cols[i].type);
		}
		json_end_object(&w);
	}
	json_end_array(&w);
	json_finish(&w);
}

/* --- Markdown ------------------------------------------------------ */

/*
 * A GitHub pipe table cell: | and \ escaped, line breaks as <br>, and the
 * characters of HTML as entities, since Markdown passes raw HTML through.
 * Other controls are shown as in text output.
 */
static void md_field(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	for (; *p; p++)
		switch (*p) {
		case '|':
			fputs("\\|", f);
			break;
		case '\\':
			fputs("\\\\", f);
			break;
		case '&':
			fputs("&amp;", f);
			break;
		case '<':
			fputs("&lt;", f);
			break;
		case '>':
			fputs("&gt;", f);
			break;
		case '\r':
			if (p[1] == '\n')
				p++;
			/* fall through */
		case '\n':
			fputs("<br>", f);
			break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				fprintf(f, "\\x%02x", *p);
			else
				fputc(*p, f);
		}
}

static void print_md(const struct table *t, FILE *f)
{
	size_t r, i;

	if (says_empty(t)) {
		md_field(f, t->empty);
		fputc('\n', f);
		return;
	}
	if (!t->ncols)
		return;
	/* a pipe table cannot go without its header: TABLE_NO_HEADER is moot */
	fputc('|', f);
	for (i = 0; i < t->ncols; i++) {
		fputc(' ', f);
		md_field(f, t->cols[i].title);
		fputs(" |", f);
	}
	fputs("\n|", f);
	for (i = 0; i < t->ncols; i++)
		fputs(t->cols[i].align == ALIGN_RIGHT ? " ---: |" : " --- |",
		      f);
	fputc('\n', f);
	for (r = 0; r < t->nrows; r++) {
		fputc('|', f);
		for (i = 0; i < t->ncols; i++) {
			fputc(' ', f);
			md_field(f, cell(t, r, i));
			fputs(" |", f);
		}
		fputc('\n', f);
	}
}

/* --- HTML ---------------------------------------------------------- */

static void html_escape_n(FILE *f, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	const unsigned char *end = p + len;

	for (; p < end; p++)
		switch (*p) {
		case '&':
			fputs("&amp;", f);
			break;
		case '<':
			fputs("&lt;", f);
			break;
		case '>':
			fputs("&gt;", f);
			break;
		case '"':
			fputs("&quot;", f);
			break;
		case '\'':
			fputs("&#39;", f);
			break;
		default:
			/* controls are parse errors in HTML; show U+FFFD */
			if ((*p < 0x20 && !strchr("\t\n\f\r", *p)) ||
			    *p == 0x7f)
				fputs("\xef\xbf\xbd", f);
			else
				fputc(*p, f);
		}
}

void html_escape(FILE *f, const char *s)
{
	html_escape_n(f, s, strlen(s));
}

/* Cell text, its line breaks kept as <br>. */
static void html_cell_text(FILE *f, const char *s)
{
	size_t n;

	for (;;) {
		n = strcspn(s, "\r\n");
		html_escape_n(f, s, n);
		s += n;
		if (!*s)
			break;
		fputs("<br>", f);
		s += (s[0] == '\r' && s[1] == '\n') ? 2 : 1;
	}
}

static void html_cell(FILE *f, const char *tag, enum column_align align,
		      const char *text)
{
	/* the page's style sheet right-aligns .num */
	if (align == ALIGN_RIGHT)
		fprintf(f, "<%s class=\"num\">", tag);
	else
		fprintf(f, "<%s>", tag);
	html_cell_text(f, text);
	fprintf(f, "</%s>", tag);
}

static void print_html(const struct table *t, unsigned flags, FILE *f)
{
	size_t r, i;

	if (says_empty(t)) {
		fputs("<p class=\"empty\">", f);
		html_cell_text(f, t->empty);
		fputs("</p>\n", f);
		return;
	}
	fputs("<table>\n", f);
	if (!(flags & TABLE_NO_HEADER)) {
		fputs("<thead>\n<tr>", f);
		for (i = 0; i < t->ncols; i++)
			html_cell(f, "th", t->cols[i].align, t->cols[i].title);
		fputs("</tr>\n</thead>\n", f);
	}
	fputs("<tbody>\n", f);
	for (r = 0; r < t->nrows; r++) {
		fputs("<tr>", f);
		for (i = 0; i < t->ncols; i++)
			html_cell(f, "td", t->cols[i].align, cell(t, r, i));
		fputs("</tr>\n", f);
	}
	fputs("</tbody>\n</table>\n", f);
}

/* --- table_print --------------------------------------------------- */

int table_print(const struct table *t, enum out_format fmt, unsigned flags,
		FILE *f)
{
	switch (fmt) {
	case FMT_TEXT:
		print_text(t, flags, f);
		break;
	case FMT_CSV:
		print_csv(t, flags, f);
		break;
	case FMT_TSV:
		print_tsv(t, flags, f);
		break;
	case FMT_JSON:
		print_json(t, f);
		break;
	case FMT_MD:
		print_md(t, f);
		break;
	case FMT_HTML:
		print_html(t, flags, f);
		break;
	case FMT_XLSX:
		if (xlsx_print_tables(f, &(struct xlsx_sheet){ .table = t }, 1,
				      NULL, NULL))
			return -1;
		break;
	default:
		BUG("unknown output format %d", (int)fmt);
	}
	/*
	 * Individual writes are unchecked: the stream's error flag sticks.
	 * The flush makes a full disk show here rather than at exit.
	 */
	if (fflush(f) || ferror(f)) {
		if (!errno)
			errno = EIO;
		return -1;
	}
	return 0;
}

/* --- the JSON writer ----------------------------------------------- */

void json_init(struct json_writer *w, FILE *f)
{
	w->f = f;
	w->depth = 0;
	w->first[0] = true;
	w->after_key = false;
}

static void indent(struct json_writer *w)
{
	int i;

	fputc('\n', w->f);
	for (i = 0; i < w->depth; i++)
		fputs("  ", w->f);
}

/* What goes before a value or a key: a comma and a new line, or nothing. */
static void json_sep(struct json_writer *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (!w->depth)
		return;
	if (!w->first[w->depth])
		fputc(',', w->f);
	w->first[w->depth] = false;
	indent(w);
}

static void json_put_string(struct json_writer *w, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	fputc('"', w->f);
	for (; *p; p++)
		switch (*p) {
		case '"':
			fputs("\\\"", w->f);
			break;
		case '\\':
			fputs("\\\\", w->f);
			break;
		case '\n':
			fputs("\\n", w->f);
			break;
		case '\r':
			fputs("\\r", w->f);
			break;
		case '\t':
			fputs("\\t", w->f);
			break;
		case '\b':
			fputs("\\b", w->f);
			break;
		case '\f':
			fputs("\\f", w->f);
			break;
		default:
			/* DEL is legal JSON, but not welcome on a terminal */
			if (*p < 0x20 || *p == 0x7f)
				fprintf(w->f, "\\u%04x", *p);
			else
				fputc(*p, w->f);
		}
	fputc('"', w->f);
}

static void json_open(struct json_writer *w, int c)
{
	json_sep(w);
	if (w->depth >= JSON_MAX_DEPTH)
		BUG("JSON nested deeper than %d", JSON_MAX_DEPTH);
	fputc(c, w->f);
	w->first[++w->depth] = true;
}

static void json_close(struct json_writer *w, int c)
{
	if (w->depth <= 0)
		BUG("JSON container closed that was never opened");
	if (w->after_key)
		BUG("JSON object closed after a key with no value");
	w->depth--;
	if (!w->first[w->depth + 1])
		indent(w);
	fputc(c, w->f);
}

void json_begin_object(struct json_writer *w)
{
	json_open(w, '{');
}

void json_end_object(struct json_writer *w)
{
	json_close(w, '}');
}

void json_begin_array(struct json_writer *w)
{
	json_open(w, '[');
}

void json_end_array(struct json_writer *w)
{
	json_close(w, ']');
}

void json_key(struct json_writer *w, const char *key)
{
	if (w->after_key)
		BUG("JSON key '%s' after a key", key);
	json_sep(w);
	json_put_string(w, key);
	fputs(": ", w->f);
	w->after_key = true;
}

void json_string(struct json_writer *w, const char *s)
{
	if (!s) {
		json_null(w);
		return;
	}
	json_sep(w);
	json_put_string(w, s);
}

/*
 * The digits are written as they are (no binary float on the way, so
 * "12.50" stays "12.50").  Anything that is not a JSON number goes out as
 * a string rather than break the document.
 */
void json_raw_number(struct json_writer *w, const char *digits)
{
	if (!is_json_number(digits)) {
		json_string(w, digits);
		return;
	}
	json_sep(w);
	fputs(digits, w->f);
}

void json_int(struct json_writer *w, long v)
{
	json_sep(w);
	fprintf(w->f, "%ld", v);
}

void json_bool(struct json_writer *w, bool v)
{
	json_sep(w);
	fputs(v ? "true" : "false", w->f);
}

void json_null(struct json_writer *w)
{
	json_sep(w);
	fputs("null", w->f);
}

void json_finish(struct json_writer *w)
{
	if (w->depth)
		BUG("JSON document finished with %d containers open",
		    w->depth);
	fputc('\n', w->f);
}
