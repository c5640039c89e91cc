/*
 * edit.h — the changes commands make to records, shared by producers and
 * products.  Each works under the store's lock and writes through
 * edit_write() or edit_write_text(), which end in one function that
 * hands the store the bytes only after the validator passed the record
 * as it would be written: no write reaches the disk unchecked.  The
 * store itself checks nothing (store.h).
 */
#ifndef OCOP_EDIT_H
#define OCOP_EDIT_H

#include <stdbool.h>

#include "ocop/diag.h"
#include "ocop/record.h"
#include "ocop/store.h"

/*
 * Write r, a record made or changed by this command: checked as check
 * would (validate_record: schema, id and file name, the rules, a
 * product's producer, a producer's tax code no other's), then emitted
 * as canonical YAML and written atomically (store_put), the change
 * noted for the commit.  Refused when the file on disk holds comments
 * that the rewrite would lose, unless s->force.  In a dry run nothing
 * is written: the text goes to s->show_preview.  r is canonicalised and
 * decoded.  Returns 0, or -1 with the reasons in dl (nothing written).
 */
int edit_write(struct store *s, struct record *r, struct diag_list *dl);

/*
 * Write a producer or product from its text, made by yaml_emit from a
 * canonical tree that validate_record(NULL, ...) passed (an import keeps
 * the text of each new record rather than its tree, so that a register
 * of 100,000 rows does not hold 100,000 trees): the checks that need the
 * directory are made here.  A producer's tax_code (as record_decode gives
 * it) must be no other producer's; a product's producer must exist or be
 * written before it in the same batch, which the caller sees to.  When
 * staged is a slot (not STORE_UNSTAGED), the file is there already
 * (store_stage, in a batch), made from that text, which is not needed.
 * Returns 0 or -1 (dl), as edit_write.
 */
int edit_write_text(struct store *s, enum record_type type, const char *id,
		    const char *name, const char *tax_code, const char *text,
		    size_t len, size_t staged, struct diag_list *dl);

/*
 * The id of a new record: given (checked, and free), or the slug of the
 * name, made unique with -2, -3, ….  Returns an allocated id or NULL.
 */
char *edit_new_id(struct store *s, enum record_type type, const char *name,
		  const char *given, struct diag_list *dl);

/*
 * Read one record, let fn change its tree, write it (as edit_write; the
 * tax code compared with the others' only when fn changed it).  fn
 * returns 0, or -1 with the reason in dl to write nothing.
 */
typedef int (*edit_fn)(struct store *s, struct record *r, void *data,
		       struct diag_list *dl);
int edit_record(struct store *s, enum record_type type, const char *id,
		edit_fn fn, void *data, struct diag_list *dl);

/* How edit_pick named an item of a list. */
enum edit_pick {
	PICK_FOUND,		/* *at is its index */
	PICK_OUT_OF_RANGE,	/* a number, not 1 to the list's length */
	PICK_NONE,		/* no item has that value */
	PICK_SEVERAL		/* *at items have it */
};

/*
 * The item of list (a sequence) that which names: its place N (1, 2, …),
 * else the only item whose key holds which (letter case aside when fold).
 */
enum edit_pick edit_pick(const struct node *list, const char *which,
			 const char *key, bool fold, size_t *at);
/* Take item at out of list (a sequence). */
void edit_list_remove(struct node *list, size_t at);

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
