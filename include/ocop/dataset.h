/*
 * dataset.h — the records of one or more data directories, read together.
 *
 * A ward reads its own directory; a province reads the directories of its
 * wards (`ocop -C ward-a -C ward-b report summary`).  The producers and
 * products of every directory are merged into one list each.  A product's
 * producer is looked up in the product's own directory, so two wards may
 * each have a producer of the same name; an id found in two directories
 * is an error that names both files.
 *
 * Reading only: no lock is taken and nothing is written.
 */
#ifndef OCOP_DATASET_H
#define OCOP_DATASET_H

#include <stddef.h>

#include "ocop/diag.h"
#include "ocop/record.h"
#include "ocop/store.h"

struct dataset_dir {
	struct store store;		/* its office is store.office */
	struct record_set producers;
	struct record_set products;
	/* its events, not merged: two wards may each hold a "2025-03-10-tap-huan" */
	struct record_set events;
};

/* A record of the merged lists, and the directory it came from. */
struct dataset_entry {
	const struct record *r;
	size_t dir;
};

struct dataset {
	struct dataset_dir *dirs;
	size_t ndirs;
	struct dataset_entry *producers;	/* valid records, by id */
	size_t nproducers;
	struct dataset_entry *products;		/* valid records, by id */
	size_t nproducts;
};

/*
 * Open and read the n directories named (n == 0: the one store_open()
 * finds by itself).  Every problem goes to dl: a directory that cannot be
 * opened (exit 3), a record that does not load or check, an id found in
 * two directories (exit 1).  Returns 0 when dl holds no error, else -1;
 * ds must be released either way.
 */
int dataset_open(struct dataset *ds, const char *const *dirs, size_t n,
		 struct diag_list *dl);
void dataset_release(struct dataset *ds);

/* The office of directory i (its ocop.yaml), or NULL if it did not load. */
const struct office *dataset_office(const struct dataset *ds, size_t i);

/* The producer a product names, in the product's own directory, or NULL. */
const struct producer *dataset_producer_of(const struct dataset *ds,
					   const struct dataset_entry *product);

#endif
