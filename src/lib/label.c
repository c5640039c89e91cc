/*
 * label.c — a product's label (see label.h): what its QR holds, its
 * parts, and the label drawn in SVG, alone or on A4 sheets.
 *
 * Sizes are millimetres.  A label is 100 × 60 mm: the QR code at the top
 * left, the EAN-13 symbol under it (0.25 mm modules, 76 % of the nominal
 * size, as small packaging prints it), the text on the right.
 */
#include <stdlib.h>
#include <string.h>

#include "ocop/derived.h"
#include "ocop/label.h"
#include "ocop/output.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"

#define LABEL_W 100.0
#define LABEL_H 60.0
#define QR_SIZE 34.0		/* with its quiet zone of 4 modules */
#define EAN_MODULE 0.25
#define EAN_X 6.0		/* 11 modules of quiet zone from the QR's edge */
#define EAN_Y 40.0
#define EAN_BARS 12.0
#define FONT "DejaVu Sans, Arial, sans-serif"

/* --- what the QR holds ------------------------------------------------------- */

char *label_page_url(const char *tmpl, const char *id, struct diag_list *dl)
{
	const char *at = strstr(tmpl, "{id}");

	if (!at) {
		diag_error(dl, NULL, 0, 0, _("the catalogue address '%s' holds no {id}"), tmpl);
		diag_hint(dl, _("write it as https://example.gov.vn/ocop/{id}.html"));
		return NULL;
	}
	return xasprintf("%.*s%s%s", (int)(at - tmpl), tmpl, id, at + 4);
}

char *label_qr_text(const char *gtin, const char *resolver, const char *tmpl,
		    const char *id, struct diag_list *dl)
{
	char gtin14[GTIN14_LEN + 1];
	size_t n;

	if (gtin) {
		gtin_to_14(gtin, gtin14);
		if (!resolver || !*resolver)
			return xasprintf("https://id.gs1.org/01/%s", gtin14);
		n = strlen(resolver);
		while (n && resolver[n - 1] == '/')
			n--;
		if (!strncmp(resolver, "https://", 8) || !strncmp(resolver, "http://", 7))
			return xasprintf("%.*s/01/%s", (int)n, resolver, gtin14);
		return xasprintf("https://%.*s/01/%s", (int)n, resolver, gtin14);
	}
	if (!tmpl) {
		diag_error(dl, NULL, 0, 0, _("%s has no GTIN, and no catalogue address says where its QR code points"), id);
		diag_hint(dl, _("give --url https://…/ocop/{id}.html, or set catalogue_url in ocop.yaml"));
		return NULL;
	}
	return label_page_url(tmpl, id, dl);
}

/* --- the label's parts --------------------------------------------------------- */

const struct dataset_entry *label_find(const struct dataset *ds, const char *id,
				       struct diag_list *dl)
{
	size_t i;

	for (i = 0; i < ds->nproducts; i++)
		if (!strcmp(ds->products[i].r->u.product.id, id))
			return &ds->products[i];
	diag_error(dl, NULL, 0, 0, _("no product '%s'"), id);
	return NULL;
}

bool label_certified(const struct dataset_entry *product,
		     const struct ocop_date *today)
{
	struct product_derived st;

	product_derive(&product->r->u.product, today, &st);
	return st.status == STATUS_CERTIFIED || st.status == STATUS_EXPIRING;
}

int label_make(struct label *l, const struct dataset *ds,
	       const struct dataset_entry *product, const char *tmpl,
	       const struct ocop_date *today, struct diag_list *dl)
{
	const struct product *p = &product->r->u.product;
	const struct office *o = dataset_office(ds, product->dir);
	const char *path = product->r->path, *why;
	struct product_derived st;

	memset(l, 0, sizeof(*l));
	l->id = p->id;
	l->name = p->name;
	product_derive(p, today, &st);
	if (st.status != STATUS_CERTIFIED && st.status != STATUS_EXPIRING)
		return diag_error(dl, path, 0, 0, _("%s holds no OCOP certificate in force; a label is for a certified product"),
				  p->id);
	l->stars = st.stars;
	if (st.recognition) {
		l->decision = st.recognition->decision;
		l->authority = st.recognition->authority;
	}
	l->has_expires = st.has_expires;
	l->expires = st.expires;
	l->gtin = p->readiness.barcode;
	if (l->gtin && (why = gtin_problem(l->gtin)))
		return diag_error(dl, path, 0, 0, "%s: %s", l->gtin, _(why));
	if (l->gtin && !gtin_is_vietnamese(l->gtin))
		diag_warn(dl, path, 0, 0, _("the GTIN %s does not start with 893, GS1 Vietnam's prefix; it is used as it is"),
			  l->gtin);
	if (!tmpl && o)
		tmpl = o->catalogue_url;
	l->qr_text = label_qr_text(l->gtin, o ? o->gs1_resolver : NULL, tmpl, p->id, dl);
	if (!l->qr_text || qr_encode(l->qr_text, &l->qr, dl))
		return -1;
	l->has_ean = l->gtin && strlen(l->gtin) == 13 && !ean13_modules(l->gtin, l->ean);
	return 0;
}

void label_release(struct label *l)
{
	free(l->qr_text);
	qr_release(&l->qr);
	l->qr_text = NULL;
}

/* --- SVG ----------------------------------------------------------------------- */

static const char *word(const char *lang, const char *vi, const char *en)
{
	return lang && !strcmp(lang, "en") ? en : vi;
}

static void put_text(FILE *f, double x, double y, double size, const char *weight,
		     const char *anchor, const char *text)
{
	fprintf(f, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.2f\"", x, y, size);
	if (weight)
		fprintf(f, " font-weight=\"%s\"", weight);
	if (anchor)
		fprintf(f, " text-anchor=\"%s\"", anchor);
	fputs(">", f);
	html_escape(f, text);
	fputs("</text>\n", f);
}

/* Characters (code points) of s up to len bytes. */
static size_t chars(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xc0) != 0x80;
	return n;
}

/* Bytes of the first cols characters of s (len bytes), never inside a character. */
static size_t first_chars(const char *s, size_t len, size_t cols)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && n++ == cols)
			break;
	return i;
}

/* The name in at most max_lines lines of about cols characters, cut between words. */
static void put_name(FILE *f, const char *name, double x, double y, double size,
		     size_t cols, int max_lines)
{
	struct strbuf line = STRBUF_INIT;
	const char *p = name, *sp;
	int lines = 0;
	size_t n;

	while (*p && lines < max_lines) {
		strbuf_reset(&line);
		while (*p) {
			sp = strchr(p, ' ');
			n = sp ? (size_t)(sp - p) : strlen(p);
			if (line.len && chars(line.buf, line.len) + 1 + chars(p, n) > cols)
				break;
			if (chars(p, n) > cols)	/* a word wider than the label: cut it */
				n = first_chars(p, n, cols);
			if (line.len)
				strbuf_addch(&line, ' ');
			strbuf_add(&line, p, n);
			p += n;
			while (*p == ' ')
				p++;
		}
		if (*p && lines + 1 == max_lines)
			strbuf_addstr(&line, " …");
		put_text(f, x, y + lines * size * 1.2, size, "bold", NULL, line.buf);
		lines++;
	}
	strbuf_release(&line);
}

static void put_ean(FILE *f, const struct label *l, double x, double y)
{
	int i, run;
	char left[7], right[7], first[2] = { l->gtin[0], 0 };

	fputs("<path d=\"", f);
	for (i = 0; i < EAN13_MODULES; i += run ? run : 1) {
		/* the guards (start, centre, end) run 5 modules below the digits' bars */
		bool guard = i < 3 || (i >= 45 && i < 50) || i >= 92;

		for (run = 0; i + run < EAN13_MODULES && l->ean[i + run]; run++)
			;
		if (run)
			fprintf(f, "M%.3f %.3fh%.3fv%.3fh-%.3fz", x + i * EAN_MODULE, y,
				run * EAN_MODULE, EAN_BARS + (guard ? 5 * EAN_MODULE : 0),
				run * EAN_MODULE);
	}
	fputs("\"/>\n", f);
	memcpy(left, l->gtin + 1, 6);
	left[6] = '\0';
	memcpy(right, l->gtin + 7, 6);
	right[6] = '\0';
	put_text(f, x - 2.0, y + EAN_BARS + 2.6, 2.6, NULL, NULL, first);
	put_text(f, x + 24 * EAN_MODULE, y + EAN_BARS + 2.6, 2.6, NULL, "middle", left);
	put_text(f, x + 71 * EAN_MODULE, y + EAN_BARS + 2.6, 2.6, NULL, "middle", right);
}

void label_put_svg(FILE *f, const struct label *l, const char *lang,
		   double x, double y)
{
	char date[DATE_ISO_MAX], *s;
	double module = QR_SIZE / (l->qr.width + 8), tx = 40, ty = 6;
	int i;

	fprintf(f, "<g transform=\"translate(%.2f %.2f)\" font-family=\"%s\">\n", x, y, FONT);
	fprintf(f, "<rect x=\"0.5\" y=\"0.5\" width=\"%.1f\" height=\"%.1f\" rx=\"3\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.3\"/>\n",
		LABEL_W - 1, LABEL_H - 1);
	qr_write_svg_path(f, &l->qr, 2 + 4 * module, 2 + 4 * module, module);
	if (l->has_ean)
		put_ean(f, l, EAN_X, EAN_Y);
	s = xstrdup("");
	for (i = 0; i < l->stars; i++) {
		char *t = xasprintf("%s★", s);

		free(s);
		s = t;
	}
	put_text(f, tx, ty + 3, 7, NULL, NULL, s);
	free(s);
	s = xasprintf(word(lang, "SẢN PHẨM OCOP %d SAO", "OCOP PRODUCT, %d STARS"), l->stars);
	put_text(f, tx, ty + 9, 3.2, "bold", NULL, s);
	free(s);
	put_text(f, tx, ty + 13, 2.4, NULL, NULL,
		 word(lang, "Chương trình Mỗi xã một sản phẩm", "One Commune One Product programme"));
	put_name(f, l->name, tx, ty + 20, 4, 22, 3);
	ty = 40;
	if (l->decision) {
		s = xasprintf(word(lang, "Quyết định số %s", "Decision %s"), l->decision);
		put_text(f, tx, ty, 2.6, NULL, NULL, s);
		free(s);
		ty += 3.6;
	}
	if (l->authority) {
		put_text(f, tx, ty, 2.6, NULL, NULL, l->authority);
		ty += 3.6;
	}
	if (l->has_expires) {
		if (lang && !strcmp(lang, "en"))
			date_format_iso(&l->expires, date);
		else
			date_format_vi(&l->expires, date);
		s = xasprintf(word(lang, "Hiệu lực đến %s", "Valid until %s"), date);
		put_text(f, tx, ty, 2.6, "bold", NULL, s);
		free(s);
	}
	fputs("</g>\n", f);
}

static void svg_open(FILE *f, double w, double h)
{
	fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%gmm\" height=\"%gmm\" viewBox=\"0 0 %g %g\">\n",
		w, h, w, h);
}

void label_write_svg(FILE *f, const struct label *l, const char *lang)
{
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
	svg_open(f, LABEL_W, LABEL_H);
	fputs("<title>", f);
	html_escape(f, l->name);
	fputs("</title>\n", f);
	label_put_svg(f, l, lang, 0, 0);
	fputs("</svg>\n", f);
}

/* --- A4 sheets ----------------------------------------------------------------- */

#define A4_W 210.0
#define A4_H 297.0
#define PER_ROW 2
#define PER_PAGE 8

/* The labels of one page, from labels[0], at y0 mm down the document. */
static void put_page(FILE *f, const struct label *labels, size_t n,
		     const char *lang, double y0)
{
	size_t i;

	for (i = 0; i < n && i < PER_PAGE; i++)
		label_put_svg(f, &labels[i], lang, 3 + (double)(i % PER_ROW) * (LABEL_W + 4),
			      y0 + 10 + (double)(i / PER_ROW) * (LABEL_H + 8));
}

static size_t pages_of(size_t n)
{
	return n ? (n + PER_PAGE - 1) / PER_PAGE : 1;
}

void label_write_sheet_svg(FILE *f, const struct label *labels, size_t n,
			   const char *lang)
{
	size_t page;

	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", f);
	svg_open(f, A4_W, A4_H * (double)pages_of(n));
	for (page = 0; page * PER_PAGE < n; page++)
		put_page(f, labels + page * PER_PAGE, n - page * PER_PAGE, lang,
			 A4_H * (double)page);
	fputs("</svg>\n", f);
}

void label_write_sheet_html(FILE *f, const struct label *labels, size_t n,
			    const char *lang)
{
	size_t page;

	fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n",
		word(lang, "vi", "en"), word(lang, "Nhãn sản phẩm OCOP", "OCOP product labels"));
	fputs("<style>\n@page { size: A4; margin: 0 }\nbody { margin: 0 }\n"
	      "svg { display: block; page-break-after: always; break-after: page }\n</style>\n</head>\n<body>\n", f);
	for (page = 0; page * PER_PAGE < n; page++) {
		svg_open(f, A4_W, A4_H);
		put_page(f, labels + page * PER_PAGE, n - page * PER_PAGE, lang, 0);
		fputs("</svg>\n", f);
	}
	fputs("</body>\n</html>\n", f);
}

/* --- PNG: the codes ------------------------------------------------------------- */

#define PNG_QR_PX 8		/* pixels a QR module */
#define PNG_EAN_PX 3		/* pixels an EAN-13 module */
#define PNG_EAN_H 120

int label_write_png(FILE *f, const struct label *l)
{
	int qr_side = (l->qr.width + 8) * PNG_QR_PX;
	int ean_w = l->has_ean ? (11 + EAN13_MODULES + 7) * PNG_EAN_PX : 0;
	struct bitmap b;
	int x, y, ret;

	b.width = qr_side > ean_w ? qr_side : ean_w;
	b.height = qr_side + (l->has_ean ? PNG_EAN_H + 4 * PNG_QR_PX : 0);
	b.px = xcalloc((size_t)b.width * (size_t)b.height, 1);
	for (y = 0; y < l->qr.width * PNG_QR_PX; y++)
		for (x = 0; x < l->qr.width * PNG_QR_PX; x++)
			b.px[(y + 4 * PNG_QR_PX) * b.width + x + 4 * PNG_QR_PX] =
				l->qr.modules[y / PNG_QR_PX * l->qr.width + x / PNG_QR_PX];
	for (y = 0; l->has_ean && y < PNG_EAN_H; y++)
		for (x = 0; x < EAN13_MODULES * PNG_EAN_PX; x++)
			b.px[(qr_side + y) * b.width + x + 11 * PNG_EAN_PX] =
				l->ean[x / PNG_EAN_PX];
	ret = png_write(f, &b);
	free(b.px);
	return ret;
}
