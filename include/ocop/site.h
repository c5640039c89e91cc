/*
 * site.h — the public catalogue: static HTML pages of the certified
 * products, what their labels' QR codes point to (ocop-site(1)).
 *
 * DIR/index.html lists the products certified today; DIR/category/SLUG.html
 * and DIR/stars/N.html are the same list filtered, pre-made, so that the
 * filters are plain links and the pages hold no script.  DIR/ID.html is a
 * product's page, for every product that has held a recognition (a QR on
 * old packaging then says the certificate ended).  DIR/en/ is the same in
 * English.  Every value from the records is HTML-escaped; what a page
 * shows beyond the recognition is what ocop.yaml's site_fields chooses,
 * and a producer's tax code, phone, representative, notes and training,
 * and a product's notes, are never read.  No clock or build time is
 * written: the same data on the same day gives the same bytes.
 */
#ifndef OCOP_SITE_H
#define OCOP_SITE_H

#include <stddef.h>

#include "ocop/dataset.h"
#include "ocop/date.h"
#include "ocop/diag.h"

struct site_stats {
	size_t listed;		/* products on the index */
	size_t pages;		/* product pages, in each language */
};

/*
 * Write the catalogue of ds into dir, atomically enough: built whole in
 * DIR.tmp, then put in dir's place (an exchange of names where the system
 * has one), the old catalogue removed.  dir must be absent, empty, or a
 * catalogue ocop made (it holds .ocop-site); anything else is refused.
 * tmpl is --url's page address with {id}, else NULL for catalogue_url.
 * Returns 0, or -1 with dl (dir then as it was).
 */
int site_write(const struct dataset *ds, const char *dir, const char *tmpl,
	       const struct ocop_date *today, struct site_stats *stats,
	       struct diag_list *dl);

#endif
