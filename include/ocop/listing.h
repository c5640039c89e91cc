/*
 * listing.h — a product's pages on e-commerce platforms: the `listings:`
 * entries of its record ({platform, url, since}), counted by the
 * readiness report.  Written through edit_record, so the validator judges
 * the record; the caller holds the lock.
 */
#ifndef OCOP_LISTING_H
#define OCOP_LISTING_H

#include "ocop/diag.h"
#include "ocop/store.h"

/* A listing as typed; since is NULL when not given. */
struct listing_input {
	const char *product;	/* an existing product's id */
	const char *platform;	/* e.g. Shopee, postmart.vn */
	const char *url;	/* http:// or https:// */
	const char *since;	/* the day the page opened */
};

/*
 * Add the listing.  Refused: a url that is not http(s), and a listing
 * with the same platform (letter case aside) and url as one the product
 * has.  Returns its place in the product's list (1, 2, …), or 0 with the
 * reasons in dl and nothing written.
 */
size_t listing_add(struct store *s, const struct listing_input *in,
		   struct diag_list *dl);

/*
 * Remove a product's listing named by its place N in the list or by its
 * PLATFORM (when the product has one listing there).  Returns 0 or -1 (dl).
 */
int listing_remove(struct store *s, const char *product, const char *which,
		   struct diag_list *dl);

#endif
