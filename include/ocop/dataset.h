/*
 * dataset.h — the records of one or more data directories, read together.
 *
 * A ward reads its own directory; a province reads the directories of its
 * wards: those its ocop.yaml lists (province.h), or those named
 * (`ocop -C ward-a -C ward-b report summary`).  The producers and
 * products of every directory are merged into one list each.  A product's
 * producer is looked up in the product's own directory.  Each directory
 * is a ward with a name ("nghia-lo"), and a record is identified by its
 * ward and id: two wards may each have a product "tinh-bot-nghe", which
 * the province tells apart as nghia-lo:tinh-bot-nghe and
 * tra-cau:tinh-bot-nghe (dataset_entry_ref).
 *
 * Reading only: no lock is taken and nothing is written.
 */
#ifndef OCOP_DATASET_H
#define OCOP_DATASET_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "ocop/diag.h"
#include "ocop/record.h"
#include "ocop/smap.h"
#include "ocop/store.h"

/* "WARD:ID": the separator of a record's reference in a province. */
#define DATASET_REF_SEP ':'

struct dataset_dir {
	struct store store;		/* its office is store.office */
	/*
	 * The ward's name: the province's for it (ocop.yaml's wards), else
	 * its office's ward made an id ("Nghĩa Lộ" → nghia-lo), else the
	 * directory's last component.
	 */
	char *ward;
	struct record_set producers;
	struct record_set products;
	/* its events, not merged: two wards may each hold a "2025-03-10-tap-huan" */
	struct record_set events;
	/* the directory itself, to find one named twice */
	bool identified;
	dev_t dev;
	ino_t ino;
};

/* A record of the merged lists, and the directory it came from. */
struct dataset_entry {
	const struct record *r;
	size_t dir;
	bool shared;	/* another ward has a record of this type and id */
};

struct dataset {
	struct dataset_dir *dirs;
	size_t ndirs;
	struct dataset_entry *producers;	/* valid records, by id */
	size_t nproducers;
	struct dataset_entry *products;		/* valid records, by id */
	size_t nproducts;
	/* When a province directory was read: its ocop.yaml (else unset). */
	struct store province;
	bool in_province;
	/* "dev:ino" of each directory read → its index, to find one named twice */
	struct smap seen;
	/* a province's views, a pool a reading thread (store.views_pool) */
	struct node_pool **pools;
	size_t npools, pools_alloc;
};

/*
 * Open and read the n directories named (n == 0: the one store_open()
 * finds by itself); a province directory stands for its wards.  Every
 * problem goes to dl: a directory that cannot be opened (exit 3), a
 * record that does not load or check (exit 1).  An id in two wards is no
 * error: both records are read, each marked shared.  Returns 0 when dl
 * holds no error, else -1; ds must be released either way.
 */
int dataset_open(struct dataset *ds, const char *const *dirs, size_t n,
		 struct diag_list *dl);
void dataset_release(struct dataset *ds);

/* The office of directory i (its ocop.yaml), or NULL if it did not load. */
const struct office *dataset_office(const struct dataset *ds, size_t i);

/*
 * Who issues a report of ds: the province's office when a province
 * directory was read, else the first ward's; NULL if it did not load.
 */
const struct office *dataset_issuer(const struct dataset *ds);

/*
 * How a record is named where several wards are read: "WARD:ID" when its
 * id is shared (or always, with qualify), else "ID".  Allocated.
 */
char *dataset_entry_ref(const struct dataset *ds,
			const struct dataset_entry *e, bool qualify);

/*
 * Split ref, "WARD:ID" or "ID", into its parts: *ward the ward's name
 * (allocated) or NULL, *id the id after the separator (in ref).
 */
void dataset_split_ref(const char *ref, char **ward, const char **id);

/*
 * The records of type whose reference is ref ("WARD:ID", or an ID that
 * must then be in one ward only).  Returns the entry, or NULL with the
 * error in dl (no such record; an id several wards have, each named).
 */
const struct dataset_entry *dataset_find(const struct dataset *ds,
					 enum record_type type, const char *ref,
					 struct diag_list *dl);

/* The producer a product names, in the product's own directory, or NULL. */
const struct producer *dataset_producer_of(const struct dataset *ds,
					   const struct dataset_entry *product);

#endif
