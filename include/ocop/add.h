/*
 * add.h — a new producer, product or event from the values a command was given
 * (ocop producer add, ocop product add).
 *
 * The values are as typed: each is parsed by its schema field (a kind or
 * category by its slug, number or Vietnamese name; a date ISO or
 * dd/mm/yyyy), the record is built, and it is written through
 * edit_write(), so the validator judges it as it judges any record.  The
 * caller holds the store's lock (open it for writing) and commits.
 */
#ifndef OCOP_ADD_H
#define OCOP_ADD_H

#include "ocop/diag.h"
#include "ocop/store.h"

/* A producer as typed; NULL for a value not given. */
struct producer_input {
	const char *name;		/* required; kept in NFC */
	const char *kind;		/* required */
	const char *tax_code;
	const char *address;
	const char *old_address;	/* before the 2025 merger */
	const char *phone;
	const char *representative;
	const char *id;			/* NULL: made from the name */
};

/* A product as typed; NULL for a value not given. */
struct product_input {
	const char *name;		/* required; kept in NFC */
	const char *producer;		/* required: an existing producer's id */
	const char *category;		/* required */
	const char *set;		/* product set of 148/QĐ-TTg */
	const char *origin;		/* idea or existing (NULL: existing) */
	const char *step;		/* the step it enters at (NULL: 2) */
	const char *date;		/* the day it entered (NULL: today) */
	const char *id;			/* NULL: made from the name */
};

/* An event (training, fair, workshop, promotion) as typed. */
struct event_input {
	const char *kind;		/* required */
	const char *name;		/* required; kept in NFC */
	const char *date;		/* required */
	const char *until, *place, *organiser, *hours;
	const char *producers;		/* "id,id,…": each an existing producer */
	const char *products;		/* "id,id,…": each an existing product */
	const char *id;			/* NULL: the date and the name's slug */
};

/*
 * Add the record and return its id (allocated), or NULL with the
 * reasons in dl and nothing written.  In dry-run mode nothing is written
 * and the id is still returned.
 */
char *add_producer(struct store *s, const struct producer_input *in,
		   struct diag_list *dl);
char *add_product(struct store *s, const struct product_input *in,
		  struct diag_list *dl);
char *add_event(struct store *s, const struct event_input *in,
		struct diag_list *dl);

#endif
