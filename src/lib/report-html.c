/*
 * report-html.c — a report as one self-contained HTML page (see report.h).
 *
 * The page holds everything it shows: an inline style sheet with the A4
 * page and print rules, the tables, and bar charts drawn here as SVG
 * (rect, line and text elements, integer coordinates).  No script, no
 * font, image or style sheet fetched from anywhere.  Every text that
 * comes from the records goes through html_escape().
 *
 * The certified, quarter and targets reports are laid out as a Vietnamese
 * administrative report (Nghị định 30/2020/NĐ-CP, as the seed plan is):
 * the issuing body and the national motto side by side, the number and
 * the place-and-date line, the title, the body, the recipients and the
 * signature block.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/report-int.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

struct report_document {
	char *committee;	/* "ỦY BAN NHÂN DÂN", or NULL */
	char *issuer;		/* "PHƯỜNG NGHĨA LỘ" */
	char *number;		/* "12/BC-UBND"; NULL: left blank */
	char *date_line;	/* "Nghĩa Lộ, ngày 20 tháng 11 năm 2025" */
	bool draft;
	char *sign_for;		/* "KT. CHỦ TỊCH", or NULL */
	char *signer_title;	/* "PHÓ CHỦ TỊCH" */
	char *signer;		/* "Mai Thị Cẩm Hồng", or NULL */
	char **recipients;	/* "- Lưu: VT." */
	size_t nrecipients;
};

/* The report's number suffix: a report (BC) of the People's Committee. */
#define DOC_NUMBER_SUFFIX "/BC-UBND"
/* Room left for a hand-written day, month or number: no-break spaces. */
#define BLANK "\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0\xc2\xa0"

static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

/*
 * "Nghĩa Lộ, ngày 05 tháng 3 năm 2025": Nghị định 30/2020/NĐ-CP writes a
 * day below 10 and the months 1 and 2 with a leading zero.  Without a
 * date the day and month are left blank, to be written by hand.
 */
static char *date_line(const char *place, const struct report_options *o,
		       enum report_lang lang, int year)
{
	const struct ocop_date *d = &o->date;

	if (lang == REPORT_EN) {
		if (!o->has_date)
			return xasprintf("%s, %s %d", place, BLANK BLANK, year);
		return xasprintf("%s, %d %s %d", place, d->day,
				 month_names[d->month - 1], d->year);
	}
	if (!o->has_date)
		return xasprintf("%s, ngày %s tháng %s năm %d", place, BLANK,
				 BLANK, year);
	return xasprintf("%s, ngày %02d tháng %s%d năm %d", place, d->day,
			 d->month <= 2 ? "0" : "", d->month, d->year);
}

static void add_recipient(struct report_document *doc, const char *line,
			  size_t len)
{
	while (len && (*line == ' ' || *line == '\t')) {
		line++;
		len--;
	}
	while (len && (line[len - 1] == ' ' || line[len - 1] == '\t' ||
		       line[len - 1] == '\r'))
		len--;
	if (!len)
		return;
	doc->recipients = xrealloc(doc->recipients,
				   (doc->nrecipients + 1) * sizeof(char *));
	if (*line == '-')
		doc->recipients[doc->nrecipients++] = xstrndup(line, len);
	else
		doc->recipients[doc->nrecipients++] =
			xasprintf("- %.*s", (int)len, line);
}

struct report_document *report_document_new(const struct dataset *ds,
					    const struct report_options *o,
					    enum report_lang lang, int year)
{
	const struct office *office = dataset_issuer(ds);
	const struct office none = { 0 };
	struct report_document *doc = xcalloc(1, sizeof(*doc));
	const char *rest, *p;
	char *unit, *place;

	if (!office)
		office = &none;
	unit = report_unit_name(office, lang);
	if (office->authority &&
	    !report_has_prefix(office->authority, "ubnd", &rest) &&
	    !report_has_prefix(office->authority, "uy ban nhan dan", &rest)) {
		/* a body named otherwise is written as it is named */
		doc->issuer = text_upper(office->authority);
	} else {
		doc->committee = xstrdup(report_label(L_DOC_COMMITTEE, lang));
		doc->issuer = text_upper(unit);
	}
	free(unit);
	doc->draft = o->draft;
	if (o->number && *o->number && !o->draft)
		doc->number = strchr(o->number, '/') ? xstrdup(o->number) :
			      xasprintf("%s%s", o->number, DOC_NUMBER_SUFFIX);
	place = report_place_name(office);
	doc->date_line = date_line(place, o, lang, o->has_date ? o->date.year : year);
	free(place);
	if (office->sign_for)
		doc->sign_for = text_upper(office->sign_for);
	else if (!office->signer_title)
		doc->sign_for = xstrdup(report_label(L_DOC_SIGN_FOR, lang));
	doc->signer_title = office->signer_title ? text_upper(office->signer_title) :
			    xstrdup(report_label(L_DOC_SIGNER_TITLE, lang));
	doc->signer = office->signer ? xstrdup(office->signer) : NULL;
	for (p = office->recipients; p && *p;) {
		size_t len = strcspn(p, "\n");

		add_recipient(doc, p, len);
		p += len + (p[len] == '\n');
	}
	if (!doc->nrecipients) {
		char *archive = xasprintf("- %s", report_label(L_DOC_ARCHIVE, lang));

		add_recipient(doc, archive, strlen(archive));
		free(archive);
	}
	return doc;
}

void report_document_free(struct report_document *doc)
{
	size_t i;

	if (!doc)
		return;
	free(doc->committee);
	free(doc->issuer);
	free(doc->number);
	free(doc->date_line);
	free(doc->sign_for);
	free(doc->signer_title);
	free(doc->signer);
	for (i = 0; i < doc->nrecipients; i++)
		free(doc->recipients[i]);
	free(doc->recipients);
	free(doc);
}

/* --- the page ------------------------------------------------------------- */

/*
 * The sizes are Nghị định 30/2020/NĐ-CP, Phụ lục I's: the issuing body
 * 12–13 pt upright capitals (its own name bold), the national name
 * 12–13 pt bold capitals, the motto 13–14 pt bold, number 13 pt, place
 * and date 13–14 pt italic, the kind of document 13–14 pt bold capitals,
 * its subject 13–14 pt bold, the body 13–14 pt, "Nơi nhận" 12 pt bold
 * italic and its entries 11 pt, the signer's title and name 13–14 pt
 * bold; page numbers 13–14 pt at the top centre from the second page.
 * Chromium's print honours the @page margin boxes (Chromium 131 and
 * later); a browser that does not simply prints no number.
 */
static const char style[] =
	"@page { size: A4; margin: 20mm 15mm 20mm 30mm;"
	" @top-center { content: counter(page); font-family: \"Times New Roman\", Times, serif; font-size: 13pt; vertical-align: bottom; padding-bottom: 4mm; } }\n"
	"@page :first { @top-center { content: none; } }\n"
	"html { background: #fff; color: #000; }\n"
	"body { margin: 0; font-family: \"Times New Roman\", Times, serif; font-size: 13pt; line-height: 1.3; }\n"
	".page { max-width: 165mm; margin: 0 auto; padding: 12mm 0; }\n"
	"@media screen { body { background: #eee; } .page { background: #fff; padding: 15mm 15mm 15mm 20mm; margin: 8mm auto; box-shadow: 0 0 3mm #999; } }\n"
	"@media print { .page { max-width: none; margin: 0; padding: 0; box-shadow: none; } }\n"
	"h1 { font-size: 14pt; text-align: center; text-transform: uppercase; margin: 14pt 0 2pt; }\n"
	"h2 { font-size: 13pt; margin: 12pt 0 4pt; break-after: avoid; page-break-after: avoid; }\n"
	"p { margin: 4pt 0; }\n"
	".subject { text-align: center; font-weight: bold; font-size: 14pt; margin: 0; }\n"
	".where { text-align: center; margin: 0 0 10pt; }\n"
	".intro { text-indent: 10mm; text-align: justify; }\n"
	".empty { font-style: italic; }\n"
	"table.data { width: 100%; border-collapse: collapse; font-size: 12pt; margin: 4pt 0 10pt; }\n"
	"table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }\n"
	/* a word longer than a column (a name without a space, a URL) wraps in it */
	"table.data td.long { overflow-wrap: anywhere; }\n"
	"table.data th { text-align: center; font-weight: bold; }\n"
	"table.data .num { text-align: right; }\n"
	"table.data thead { display: table-header-group; }\n"
	"table.data tr { break-inside: avoid; page-break-inside: avoid; }\n"
	/* the first and the last rows held together: no row alone on a page */
	"table.data tbody.keep { break-inside: avoid; page-break-inside: avoid; }\n"
	".letterhead, .signature { width: 100%; border-collapse: collapse; }\n"
	".letterhead td, .signature td { vertical-align: top; padding: 0; text-align: center; font-size: 13pt; }\n"
	".letterhead .issuer { width: 40%; }\n"
	".letterhead .nation { width: 60%; }\n"
	".strong { font-weight: bold; }\n"
	".motto { font-weight: bold; }\n"
	".motto span { border-bottom: 1px solid #000; padding-bottom: 1pt; }\n"
	".rule { width: 35%; margin: 2pt auto 0; border-top: 1px solid #000; }\n"
	".number { padding-top: 6pt; }\n"
	".letterhead .dateline { font-style: italic; font-size: 14pt; padding-top: 6pt; }\n"
	".draft { display: inline-block; border: 1px solid #000; padding: 1pt 6pt; font-weight: bold; margin: 0 0 6pt; }\n"
	/* the signature never alone on a page: it goes with the last rows */
	".signature { margin-top: 14pt; break-inside: avoid; page-break-inside: avoid; break-before: avoid; page-break-before: avoid; }\n"
	".signature .recipients { width: 45%; text-align: left; font-size: 11pt; }\n"
	".recipients p, .signer p { margin: 0; }\n"
	".recipients .label { font-weight: bold; font-style: italic; font-size: 12pt; }\n"
	".signature .signer { width: 55%; font-weight: bold; font-size: 14pt; }\n"
	".signer .space { height: 25mm; }\n"
	"figure { margin: 6pt 0 12pt; break-inside: avoid; page-break-inside: avoid; }\n"
	"figcaption { font-weight: bold; font-style: italic; text-align: center; margin-bottom: 4pt; font-size: 12pt; }\n"
	"svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }\n"
	"svg text { font-family: \"Times New Roman\", Times, serif; }\n";

/* Escaped text, its line breaks kept. */
static void put_lines(FILE *f, const char *s)
{
	size_t n;

	for (;;) {
		char *part;

		n = strcspn(s, "\r\n");
		part = xstrndup(s, n);
		html_escape(f, part);
		free(part);
		s += n;
		if (!*s)
			break;
		fputs("<br/>", f);
		s += (s[0] == '\r' && s[1] == '\n') ? 2 : 1;
	}
}

static void put_element(FILE *f, const char *open, const char *text,
			const char *close)
{
	fputs(open, f);
	put_lines(f, text);
	fputs(close, f);
}

/*
 * Does s hold a word too long for a column of a portrait page?  Such a
 * cell may break anywhere; the others keep their words (and dates) whole,
 * so that their columns keep their width.
 */
#define LONG_WORD 25	/* characters */

static bool has_long_word(const char *s)
{
	while (*s) {
		size_t n = strcspn(s, " \t\r\n"), chars = 0, i;

		for (i = 0; i < n; i++)
			chars += ((unsigned char)s[i] & 0xc0) != 0x80;
		if (chars > LONG_WORD)
			return true;
		s += n;
		s += strspn(s, " \t\r\n");
	}
	return false;
}

/* Row r of rt starts a group (every row does when rt has none). */
static bool starts_group(const struct report_table *rt, size_t r)
{
	return !rt->group_start || rt->group_start[r];
}

/*
 * No row alone on a page: the first KEEP_ROWS rows and the last are each
 * a tbody that does not break, so that a page holds at least two rows of
 * the table at its start and at its end (the signature, which does not
 * break before, stays with the last).  A group's merged cells cannot
 * cross a tbody: the cuts move out to its edges.  *head is where the
 * middle starts, *tail where the last rows start; both 0 when the table
 * is too short to cut (it is kept whole).
 */
#define KEEP_ROWS 2

static void keep_cuts(const struct report_table *rt, size_t *head,
		      size_t *tail)
{
	size_t n = rt->t.nrows, h = KEEP_ROWS, l = n - KEEP_ROWS;

	*head = *tail = 0;
	if (n < 3 * KEEP_ROWS)
		return;
	while (h < n && !starts_group(rt, h))
		h++;
	while (l > 0 && !starts_group(rt, l))
		l--;
	if (h < l) {
		*head = h;
		*tail = l;
	} else if (l > 0) {
		*tail = l;	/* one long group at the start */
	}
}

/* A report table; the grouped columns merged over their group's rows. */
static void put_table(FILE *f, const struct report_table *rt)
{
	const struct table *t = &rt->t;
	size_t r, i, span, head, tail;

	if (!t->nrows && t->empty) {
		put_element(f, "<p class=\"empty\">", t->empty, "</p>\n");
		return;
	}
	keep_cuts(rt, &head, &tail);
	fputs("<table class=\"data\">\n<thead>\n<tr>", f);
	for (i = 0; i < t->ncols; i++)
		put_element(f, t->cols[i].align == ALIGN_RIGHT ?
			    "<th class=\"num\">" : "<th>",
			    t->cols[i].title, "</th>");
	/* a short table is kept whole */
	fputs(head || t->nrows < 3 * KEEP_ROWS ?
	      "</tr>\n</thead>\n<tbody class=\"keep\">\n" :
	      "</tr>\n</thead>\n<tbody>\n", f);
	for (r = 0; r < t->nrows; r++) {
		if (r && r == head)
			fputs("</tbody>\n<tbody>\n", f);
		if (r && r == tail)
			fputs("</tbody>\n<tbody class=\"keep\">\n", f);
		fputs("<tr>", f);
		for (i = 0; i < t->ncols; i++) {
			const char *v = table_get(t, r, i);
			bool grouped = rt->group_start &&
				       (rt->group_cols & 1UL << i);

			if (grouped && !rt->group_start[r])
				continue;
			span = 1;
			while (grouped && r + span < t->nrows &&
			       !rt->group_start[r + span])
				span++;
			fputs("<td", f);
			if (span > 1)
				fprintf(f, " rowspan=\"%zu\"", span);
			if (t->cols[i].align == ALIGN_RIGHT)
				fputs(" class=\"num\"", f);
			else if (v && has_long_word(v))
				fputs(" class=\"long\"", f);
			fputc('>', f);
			put_lines(f, v ? v : "");
			fputs("</td>", f);
		}
		fputs("</tr>\n", f);
	}
	fputs("</tbody>\n</table>\n", f);
}

/* --- charts --------------------------------------------------------------- */

#define CHART_WIDTH 640
#define CHART_LABELS 170	/* the labels' column */
#define CHART_BARS 400		/* the longest bar */
#define CHART_ROW 26
#define CHART_BAR 16
#define CHART_SERIES 3

struct chart_row {
	const char *label;
	int value[CHART_SERIES];
};

static const char *const chart_fills[2][CHART_SERIES] = {
	{ "#9ecae1", "#4292c6", "#08306b" },	/* 3, 4, 5 stars */
	{ "#4292c6", "#bdbdbd", "#000000" },	/* in the cycle, rejected */
};

/*
 * A horizontal bar chart: one row a label, each bar made of up to three
 * series stacked left to right, the row's total after it, a legend above.
 */
static void put_chart(FILE *f, const char *id, const char *caption,
		      const struct chart_row *rows, size_t n, int nseries,
		      const char *const *series, const char *const *fills,
		      enum report_lang lang)
{
	int legend = 26, top = legend + 4, height, max = 0, total;
	size_t i;
	int s, x, cum;

	for (i = 0; i < n; i++) {
		for (total = 0, s = 0; s < nseries; s++)
			total += rows[i].value[s];
		if (total > max)
			max = total;
	}
	height = top + (int)n * CHART_ROW + 8;
	fputs("<figure>\n<figcaption>", f);
	html_escape(f, caption);
	fputs("</figcaption>\n", f);
	fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"%s\" "
		"width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"",
		id, CHART_WIDTH, height, CHART_WIDTH, height);
	html_escape(f, caption);
	fputs("\">\n<title>", f);
	html_escape(f, caption);
	fputs("</title>\n", f);
	for (s = 0; s < nseries; s++) {
		x = CHART_LABELS + s * 130;
		fprintf(f, "<rect x=\"%d\" y=\"6\" width=\"12\" height=\"12\" fill=\"%s\"/>",
			x, fills[s]);
		fprintf(f, "<text x=\"%d\" y=\"16\" font-size=\"12\">", x + 16);
		html_escape(f, series[s]);
		fputs("</text>\n", f);
	}
	fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\" stroke-width=\"1\"/>\n",
		CHART_LABELS, top - 2, CHART_LABELS, top + (int)n * CHART_ROW + 2);
	for (i = 0; i < n; i++) {
		int y = top + (int)i * CHART_ROW;
		int bar_y = y + (CHART_ROW - CHART_BAR) / 2;

		fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">",
			CHART_LABELS - 6, y + CHART_ROW / 2 + 4);
		html_escape(f, rows[i].label);
		fputs("</text>\n", f);
		x = CHART_LABELS;
		for (cum = 0, s = 0; s < nseries; s++) {
			int end;

			if (!rows[i].value[s])
				continue;
			cum += rows[i].value[s];
			/* from the running total, so that rounding never adds up */
			end = CHART_LABELS + cum * CHART_BARS / max;
			fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">",
				x, bar_y, end - x > 0 ? end - x : 1, CHART_BAR,
				fills[s]);
			fputs("<title>", f);
			html_escape(f, rows[i].label);
			fputs(", ", f);
			html_escape(f, series[s]);
			fprintf(f, ": %d</title></rect>\n", rows[i].value[s]);
			x = end;
		}
		fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%d</text>\n",
			x + 6, y + CHART_ROW / 2 + 4, cum);
	}
	if (!max) {
		fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"12\" font-style=\"italic\">",
			CHART_LABELS + 40, top + (int)n * CHART_ROW / 2 + 4);
		html_escape(f, report_label(L_CHART_NO_DATA, lang));
		fputs("</text>\n", f);
	}
	fputs("</svg>\n</figure>\n", f);
}

static void chart_stars(const struct report *r, FILE *f)
{
	static const enum label names[CATEGORY_COUNT] = {
		L_CHART_CAT_FOOD, L_CHART_CAT_BEVERAGE, L_CHART_CAT_HERBAL,
		L_CHART_CAT_HANDICRAFT, L_CHART_CAT_ORNAMENTAL,
		L_CHART_CAT_TOURISM
	};
	struct chart_row rows[CATEGORY_COUNT];
	char *series[CHART_SERIES];
	int i, s;

	for (s = 0; s < CHART_SERIES; s++)
		series[s] = xasprintf(report_label(L_CHART_STAR_N, r->lang),
				      s + CERTIFIED_MIN_STARS);
	for (i = 0; i < CATEGORY_COUNT; i++) {
		rows[i].label = report_label(names[i], r->lang);
		for (s = 0; s < CHART_SERIES; s++)
			rows[i].value[s] = r->stars[i][s];
	}
	put_chart(f, "chart-stars", report_label(L_CHART_STARS, r->lang), rows,
		  CATEGORY_COUNT, CHART_SERIES, (const char *const *)series,
		  chart_fills[0], r->lang);
	for (s = 0; s < CHART_SERIES; s++)
		free(series[s]);
}

static void chart_pipeline(const struct report *r, FILE *f)
{
	static const enum label names[STEP_COUNT + 1] = {
		L_CHART_STEP_1, L_CHART_STEP_2, L_CHART_STEP_3, L_CHART_STEP_4,
		L_CHART_STEP_5, L_CHART_STEP_6, L_CHART_REJECTED
	};
	struct chart_row rows[STEP_COUNT + 1];
	const char *series[2] = {
		report_label(L_PRODUCTS, r->lang),
		report_label(L_CHART_REJECTED, r->lang)
	};
	int i;

	memset(rows, 0, sizeof(rows));
	for (i = 0; i <= STEP_COUNT; i++) {
		rows[i].label = report_label(names[i], r->lang);
		rows[i].value[i == STEP_COUNT] = r->steps[i];
	}
	put_chart(f, "chart-pipeline", report_label(L_CHART_PIPELINE, r->lang),
		  rows, STEP_COUNT + 1, 2, series, chart_fills[1], r->lang);
}

/* --- the administrative parts ---------------------------------------------- */

static void letterhead(const struct report *r, FILE *f)
{
	const struct report_document *doc = r->doc;

	if (doc->draft)
		put_element(f, "<p class=\"draft\">",
			    report_label(L_DOC_DRAFT, r->lang), "</p>\n");
	fputs("<table class=\"letterhead\">\n<tr>\n<td class=\"issuer\">", f);
	if (doc->committee)
		put_element(f, "<div>", doc->committee, "</div>");
	put_element(f, "<div class=\"strong\">", doc->issuer, "</div>");
	fputs("<div class=\"rule\"></div></td>\n<td class=\"nation\">", f);
	put_element(f, "<div class=\"strong\">",
		    report_label(L_DOC_NATION, r->lang), "</div>");
	put_element(f, "<div class=\"motto\"><span>",
		    report_label(L_DOC_MOTTO, r->lang), "</span></div>");
	fputs("</td>\n</tr>\n<tr>\n<td class=\"number\">", f);
	html_escape(f, report_label(L_DOC_NUMBER, r->lang));
	fputc(' ', f);
	if (doc->number)
		html_escape(f, doc->number);
	else
		html_escape(f, BLANK DOC_NUMBER_SUFFIX);
	fputs("</td>\n", f);
	put_element(f, "<td class=\"dateline\">", doc->date_line, "</td>\n");
	fputs("</tr>\n</table>\n", f);
	put_element(f, "<h1>", report_label(L_DOC_KIND, r->lang), "</h1>\n");
	put_element(f, "<p class=\"subject\">", r->title, "</p>\n");
}

static void signature(const struct report *r, FILE *f)
{
	const struct report_document *doc = r->doc;
	size_t i;

	fputs("<table class=\"signature\">\n<tr>\n<td class=\"recipients\">\n", f);
	put_element(f, "<p class=\"label\">",
		    report_label(L_DOC_RECIPIENTS, r->lang), "</p>\n");
	for (i = 0; i < doc->nrecipients; i++)
		put_element(f, "<p>", doc->recipients[i], "</p>\n");
	fputs("</td>\n<td class=\"signer\">\n", f);
	if (doc->sign_for)
		put_element(f, "<p>", doc->sign_for, "</p>\n");
	put_element(f, "<p>", doc->signer_title, "</p>\n");
	fputs("<p class=\"space\"></p>\n", f);
	if (doc->signer)
		put_element(f, "<p>", doc->signer, "</p>\n");
	fputs("</td>\n</tr>\n</table>\n", f);
}

/* --- the page -------------------------------------------------------------- */

void report_write_html(const struct report *r, int only, FILE *f)
{
	size_t i, first = only < 0 ? 0 : (size_t)only;
	size_t last = only < 0 ? r->ntables : first + 1;

	fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
		"<meta charset=\"utf-8\"/>\n"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n",
		r->lang == REPORT_EN ? "en" : "vi");
	fputs("<title>", f);
	html_escape(f, r->title);
	if (r->subtitle && *r->subtitle) {
		fputs(" \xe2\x80\x94 ", f);
		html_escape(f, r->subtitle);
	}
	fputs("</title>\n<style>\n", f);
	fputs(style, f);
	/* ten columns do not fit across a portrait page */
	if (r->kind == REPORT_READINESS)
		fputs("@page { size: A4 landscape; }\n", f);
	fputs("</style>\n</head>\n<body>\n<div class=\"page\">\n", f);
	if (r->doc)
		letterhead(r, f);
	else
		put_element(f, "<h1>", r->title, "</h1>\n");
	if (r->subtitle && *r->subtitle)
		put_element(f, "<p class=\"where\">", r->subtitle, "</p>\n");
	if (r->intro && only < 0)
		put_element(f, "<p class=\"intro\">", r->intro, "</p>\n");
	for (i = first; i < last; i++) {
		if (r->tables[i].title)
			put_element(f, "<h2>", r->tables[i].title, "</h2>\n");
		put_table(f, &r->tables[i]);
	}
	if (r->charts && only < 0) {
		put_element(f, "<h2>", report_label(L_DOC_CHARTS, r->lang),
			    "</h2>\n");
		if (r->charts & CHART_STARS)
			chart_stars(r, f);
		if (r->charts & CHART_PIPELINE)
			chart_pipeline(r, f);
	}
	if (r->doc)
		signature(r, f);
	fputs("</div>\n</body>\n</html>\n", f);
}

/* --- the same frame as cells of a workbook --------------------------------- */

/* Lines joined by '\n', the empty ones (NULL) left out. */
static void add_line(struct strbuf *sb, const char *line)
{
	if (!line)
		return;
	if (sb->len)
		strbuf_addch(sb, '\n');
	strbuf_addstr(sb, line);
}

void report_frame_init(struct report_frame *fr, const struct report *r)
{
	const struct report_document *doc = r->doc;
	size_t i;

	strbuf_init(&fr->issuer, 0);
	strbuf_init(&fr->motto, 0);
	strbuf_init(&fr->number, 0);
	strbuf_init(&fr->title, 0);
	strbuf_init(&fr->recipients, 0);
	strbuf_init(&fr->signature, 0);
	add_line(&fr->issuer, doc->committee);
	add_line(&fr->issuer, doc->issuer);
	add_line(&fr->motto, report_label(L_DOC_NATION, r->lang));
	add_line(&fr->motto, report_label(L_DOC_MOTTO, r->lang));
	strbuf_addf(&fr->number, "%s %s", report_label(L_DOC_NUMBER, r->lang),
		    doc->number ? doc->number : BLANK DOC_NUMBER_SUFFIX);
	if (doc->draft)
		add_line(&fr->title, report_label(L_DOC_DRAFT, r->lang));
	add_line(&fr->title, report_label(L_DOC_KIND, r->lang));
	add_line(&fr->title, r->title);
	add_line(&fr->recipients, report_label(L_DOC_RECIPIENTS, r->lang));
	for (i = 0; i < doc->nrecipients; i++)
		add_line(&fr->recipients, doc->recipients[i]);
	add_line(&fr->signature, doc->sign_for);
	add_line(&fr->signature, doc->signer_title);
	/* room for the signature and the seal, as on the page */
	strbuf_addstr(&fr->signature, "\n\n\n");
	add_line(&fr->signature, doc->signer);
	memset(&fr->x, 0, sizeof(fr->x));
	fr->x.issuer = fr->issuer.buf;
	fr->x.motto = fr->motto.buf;
	fr->x.number = fr->number.buf;
	fr->x.place_date = doc->date_line;
	fr->x.title = fr->title.buf;
	fr->x.recipients = fr->recipients.buf;
	fr->x.signature = fr->signature.buf;
}

void report_frame_release(struct report_frame *fr)
{
	strbuf_release(&fr->issuer);
	strbuf_release(&fr->motto);
	strbuf_release(&fr->number);
	strbuf_release(&fr->title);
	strbuf_release(&fr->recipients);
	strbuf_release(&fr->signature);
}
