/*
 * report-write.c — a report as text, CSV, TSV, JSON or Markdown, through
 * table_print(), or as an XLSX workbook (see report.h); HTML is
 * report-html.c.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/report-int.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

/* A copy of t with the grouped cells left empty after a group's first row. */
static void ungroup(const struct report_table *rt, struct table *out)
{
	const struct table *t = &rt->t;
	size_t r, i;

	table_init(out);
	table_set_empty(out, t->empty);
	for (i = 0; i < t->ncols; i++)
		table_add_column(out, t->cols[i].key, t->cols[i].title,
				 t->cols[i].align, t->cols[i].type);
	for (r = 0; r < t->nrows; r++) {
		table_add_row(out);
		for (i = 0; i < t->ncols; i++)
			if (!(rt->group_cols & 1UL << i) || rt->group_start[r])
				table_set(out, i, table_get(t, r, i));
	}
}

static int print_one(const struct report_table *rt, enum out_format fmt,
		     unsigned flags, FILE *f)
{
	struct table grouped;
	int ret;

	if (!rt->group_start || (fmt != FMT_TEXT && fmt != FMT_MD))
		return table_print(&rt->t, fmt, flags, f);
	ungroup(rt, &grouped);
	ret = table_print(&grouped, fmt, flags, f);
	table_release(&grouped);
	return ret;
}

/* Text that may come from the records, safe on a terminal. */
static void put_text_line(FILE *f, const char *s)
{
	char *safe = text_printable(s);

	fputs(safe, f);
	fputc('\n', f);
	free(safe);
}

/* Markdown text: the characters that would make markup escaped. */
static void put_md(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	for (; *p; p++) {
		if (*p == '&')
			fputs("&amp;", f);
		else if (*p == '<')
			fputs("&lt;", f);
		else if (*p == '>')
			fputs("&gt;", f);
		else if (strchr("\\`*_[]#|!", *p))
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20 || *p == 0x7f)
			fputc(' ', f);
		else
			fputc(*p, f);
	}
}

/* Several JSON tables: one object, a member a table, as table_print writes each. */
static int write_json(const struct report *r, int only, FILE *f)
{
	size_t i, first = only < 0 ? 0 : (size_t)only;
	size_t last = only < 0 ? r->ntables : first + 1;

	if (last - first == 1)
		return table_print(&r->tables[first].t, FMT_JSON, 0, f);
	fputs("{", f);
	for (i = first; i < last; i++) {
		char *buf = NULL, *p;
		size_t len = 0;
		FILE *mem = open_memstream(&buf, &len);

		if (!mem)
			return -1;
		if (table_print(&r->tables[i].t, FMT_JSON, 0, mem) | fclose(mem)) {
			free(buf);
			return -1;
		}
		/* the table's own lines, indented one level more */
		fprintf(f, "%s\n  \"%s\": ", i > first ? "," : "", r->tables[i].name);
		for (p = buf; len && p < buf + len - 1; p++) {
			fputc(*p, f);
			if (*p == '\n')
				fputs("  ", f);
		}
		free(buf);
	}
	fputs("\n}\n", f);
	return 0;
}

/* CSV and TSV: the tables one after the other, a blank line between. */
static int write_delimited(const struct report *r, enum out_format fmt,
			   unsigned flags, int only, FILE *f)
{
	size_t i, first = only < 0 ? 0 : (size_t)only;
	size_t last = only < 0 ? r->ntables : first + 1;

	for (i = first; i < last; i++) {
		char *buf = NULL;
		size_t len = 0, skip = 0;
		FILE *mem;

		if (i == first) {
			if (table_print(&r->tables[i].t, fmt, flags, f))
				return -1;
			continue;
		}
		fputs((flags & TABLE_EXCEL) && fmt == FMT_CSV ? "\r\n" : "\n", f);
		/* one byte-order mark, at the start of the file */
		mem = open_memstream(&buf, &len);
		if (!mem)
			return -1;
		if (table_print(&r->tables[i].t, fmt, flags, mem) | fclose(mem)) {
			free(buf);
			return -1;
		}
		if (len >= 3 && !memcmp(buf, "\xef\xbb\xbf", 3))
			skip = 3;
		fwrite(buf + skip, 1, len - skip, f);
		free(buf);
	}
	return 0;
}

static void write_text(const struct report *r, enum out_format fmt,
		       int only, FILE *f)
{
	size_t i, first = only < 0 ? 0 : (size_t)only;
	size_t last = only < 0 ? r->ntables : first + 1;

	if (fmt == FMT_MD) {
		fputs("# ", f);
		put_md(f, r->title);
		fputs("\n\n", f);
		if (r->subtitle && *r->subtitle) {
			put_md(f, r->subtitle);
			fputs("\n\n", f);
		}
		if (r->intro && only < 0) {
			put_md(f, r->intro);
			fputs("\n\n", f);
		}
	} else {
		put_text_line(f, r->title);
		if (r->subtitle && *r->subtitle)
			put_text_line(f, r->subtitle);
		if (r->intro && only < 0) {
			fputc('\n', f);
			put_text_line(f, r->intro);
		}
	}
	for (i = first; i < last; i++) {
		const struct report_table *rt = &r->tables[i];

		/* Markdown's blocks already end in a blank line */
		if (fmt != FMT_MD || i > first)
			fputc('\n', f);
		if (rt->title && fmt == FMT_MD) {
			fputs("## ", f);
			put_md(f, rt->title);
			fputs("\n\n", f);
		} else if (rt->title) {
			put_text_line(f, rt->title);
		}
		print_one(rt, fmt, 0, f);
	}
}

/*
 * A workbook: a sheet a table, named by the table's title (the report's
 * when it has none).  The administrative reports carry their frame; the
 * others their title and subtitle above the table.
 */
static int write_xlsx(const struct report *r, int only, FILE *f)
{
	size_t i, first = only < 0 ? 0 : (size_t)only;
	size_t last = only < 0 ? r->ntables : first + 1;
	struct xlsx_sheet *sheets = xcalloc(last - first, sizeof(*sheets));
	struct report_frame fr;
	struct strbuf title = STRBUF_INIT;
	struct xlsx_frame plain = { 0 };
	int ret;

	for (i = first; i < last; i++) {
		sheets[i - first].name = r->tables[i].title ? r->tables[i].title :
			report_label(report_kind_row(r->kind)->sheet, r->lang);
		sheets[i - first].table = &r->tables[i].t;
	}
	if (r->doc) {
		report_frame_init(&fr, r);
		ret = xlsx_print_tables(f, sheets, last - first, &fr.x, NULL);
		report_frame_release(&fr);
	} else {
		strbuf_addstr(&title, r->title);
		if (r->subtitle && *r->subtitle)
			strbuf_addf(&title, "\n%s", r->subtitle);
		plain.title = title.buf;
		ret = xlsx_print_tables(f, sheets, last - first, &plain, NULL);
		strbuf_release(&title);
	}
	free(sheets);
	return ret;
}

int report_write(const struct report *r, enum out_format fmt, unsigned flags,
		 int only, FILE *f)
{
	int ret = 0;

	if (only >= (int)r->ntables)
		BUG("report table %d of %zu", only, r->ntables);
	switch (fmt) {
	case FMT_TEXT:
	case FMT_MD:
		write_text(r, fmt, only, f);
		break;
	case FMT_CSV:
	case FMT_TSV:
		/* a CSV for a spreadsheet is for people: headed in their words */
		if (flags & TABLE_EXCEL)
			flags |= TABLE_TITLES;
		ret = write_delimited(r, fmt, flags, only, f);
		break;
	case FMT_JSON:
		ret = write_json(r, only, f);
		break;
	case FMT_HTML:
		report_write_html(r, only, f);
		break;
	case FMT_XLSX:
		ret = write_xlsx(r, only, f);
		break;
	default:
		BUG("unknown output format %d", (int)fmt);
	}
	if (ret || fflush(f) || ferror(f))
		return -1;
	return 0;
}
