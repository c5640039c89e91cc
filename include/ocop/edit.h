/*
 * edit.h — the changes commands make to records, shared by producers and
 * products.  Each works under the store's lock and writes through
 * store_write(), so the validator sees every record before it is written.
 */
#ifndef OCOP_EDIT_H
#define OCOP_EDIT_H

#include <stdbool.h>

#include "ocop/diag.h"
#include "ocop/record.h"
#include "ocop/store.h"

/*
 * The id of a new record: given (checked, and free), or the slug of the
 * name, made unique with -2, -3, ….  Returns an allocated id or NULL.
 */
char *edit_new_id(struct store *s, enum record_type type, const char *name,
		  const char *given, struct diag_list *dl);

/* Apply KEY=VALUE assignments to one record and write it. */
int edit_set(struct store *s, enum record_type type, const char *id,
	     const char *const *assignments, size_t n, struct diag_list *dl);

/*
 * Remove a record.  A producer that products still name is kept unless
 * force (the products would point nowhere).
 */
int edit_remove(struct store *s, enum record_type type, const char *id,
		bool force, struct diag_list *dl);

/* The products that name producer id (allocated array of ids). */
int edit_products_of(struct store *s, const char *producer, char ***ids,
		     size_t *n, struct diag_list *dl);

#endif
