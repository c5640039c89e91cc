/*
 * label.h — a certified product's label: its name, stars and the OCOP
 * mark's text, the decision and expiry, a QR code and, with a GTIN, an
 * EAN-13 symbol; as SVG (the whole label), PNG (the codes, for a label
 * printer or a designer's layout) or an A4 sheet of labels (SVG, HTML).
 *
 * What the QR holds (label_qr_text): with a GTIN, its GS1 Digital Link
 * URI, https://id.gs1.org/01/{GTIN-14} or the office's gs1_resolver in
 * place of id.gs1.org; without one, the product's page in the public
 * catalogue (ocop-site(1)), from a template holding {id}.
 */
#ifndef OCOP_LABEL_H
#define OCOP_LABEL_H

#include <stdbool.h>
#include <stdio.h>

#include "ocop/barcode.h"
#include "ocop/dataset.h"
#include "ocop/date.h"
#include "ocop/diag.h"

struct label {
	const char *id, *name;			/* the product's */
	int stars;				/* in force, 0 when none */
	const char *decision, *authority;	/* of its recognition, or NULL */
	bool has_expires;
	struct ocop_date expires;
	const char *gtin;			/* readiness.barcode, or NULL */
	char *qr_text;				/* what the QR holds */
	struct qr_code qr;
	bool has_ean;
	unsigned char ean[EAN13_MODULES];
};

/*
 * The page address of product id from tmpl ({id} replaced), allocated;
 * NULL with an error in dl when tmpl holds no {id}.
 */
char *label_page_url(const char *tmpl, const char *id, struct diag_list *dl);
/*
 * What the QR of a product holds (allocated): the GS1 Digital Link URI of
 * gtin when there is one (resolver: a domain or https://domain, NULL for
 * id.gs1.org), else the page tmpl makes; NULL with an error in dl when
 * there is neither a GTIN nor a template, or the template is wrong.
 */
char *label_qr_text(const char *gtin, const char *resolver, const char *tmpl,
		    const char *id, struct diag_list *dl);

/* The product id names in ds, or NULL with an error in dl. */
const struct dataset_entry *label_find(const struct dataset *ds, const char *id,
				       struct diag_list *dl);
/* Is the product certified today (stars in force, expiring or not)? */
bool label_certified(const struct dataset_entry *product,
		     const struct ocop_date *today);

/*
 * Make the label of a product of ds; tmpl is --url's template, else NULL
 * for the office's catalogue_url.  Its GTIN is checked (an error when
 * wrong; a warning when a GTIN-13 lacks Vietnam's 893 prefix).  Returns
 * 0, or -1 with dl; label_release() either way.
 */
int label_make(struct label *l, const struct dataset *ds,
	       const struct dataset_entry *product, const char *tmpl,
	       const struct ocop_date *today, struct diag_list *dl);
void label_release(struct label *l);

/* The label as one SVG document; lang "vi" or "en". */
void label_write_svg(FILE *f, const struct label *l, const char *lang);
/* Its QR (and EAN-13) as a 1-bit PNG; -1 when writing failed. */
int label_write_png(FILE *f, const struct label *l);
/*
 * Labels on A4 pages, 2 across and 4 down: SVG pages one under the
 * other, or an HTML page that prints one A4 sheet a page.
 */
void label_write_sheet_svg(FILE *f, const struct label *labels, size_t n,
			   const char *lang);
void label_write_sheet_html(FILE *f, const struct label *labels, size_t n,
			    const char *lang);

/* The label's parts, drawn at (x, y) mm in an SVG the caller opened. */
void label_put_svg(FILE *f, const struct label *l, const char *lang,
		   double x, double y);

/* A 1-bit image: width × height pixels, row-major, 1 black. */
struct bitmap {
	int width, height;
	unsigned char *px;
};
/* A PNG of it (grey, 1 bit, stored deflate blocks); -1 on a write error. */
int png_write(FILE *f, const struct bitmap *b);

#endif
