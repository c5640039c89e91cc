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

/*
 * Read one record, let fn change its tree, write it (checked).  fn returns
 * 0, or -1 with the reason in dl to write nothing.
 */
typedef int (*edit_fn)(struct store *s, struct record *r, void *data,
		       struct diag_list *dl);
int edit_record(struct store *s, enum record_type type, const char *id,
		edit_fn fn, void *data, struct diag_list *dl);

/*
 * A date typed for option (e.g. "--date"): ISO or dd/mm/yyyy, today when
 * text is NULL, never in the future; YYYY and YYYY-MM too when
 * allow_partial.  Returns 0 or -1 (dl).
 */
int edit_parse_date(const char *text, const char *option, bool allow_partial,
		    struct ocop_date *out, struct diag_list *dl);

/* A step typed for option: 1–6 or its slug.  Returns 0 or -1 (dl). */
int edit_parse_step(const char *text, const char *option, int *step,
		    struct diag_list *dl);

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
