/*
 * store-int.h — what the store's files (store.c, store-read.c,
 * store-write.c) and the commit module share, and nothing else uses.
 */
#ifndef OCOP_STORE_INT_H
#define OCOP_STORE_INT_H

#include "ocop/store.h"

/* A file of a batch, written, waiting for the sync and its rename. */
struct pending_file {
	int dirfd;
	char *tmp, *name;
};

/* The file name of a record ("ID.yaml", or ocop.yaml; allocated). */
char *store_file_name(enum record_type type, const char *id);

/*
 * Open the folder of a type's records into s->dirfd[type]; a missing one
 * is made when create, else left closed (-1).  Returns 0 or -1 (dl).
 */
int store_open_subdir(struct store *s, enum record_type type, bool create,
		      struct diag_list *dl);

/* "office", "producer", "product" or "event": the word of commands and commits. */
const char *store_type_slug(enum record_type type);

/* The path of a file of one of the store's folders, as messages show it. */
char *store_shown_path(const struct store *s, int dirfd, const char *name);

/*
 * Keep ids, the listing of a type's folder just taken, as the store's
 * (it frees them) when the lock is held; else free them.
 */
void store_keep_listing(struct store *s, enum record_type type, char **ids,
			size_t n);
/* Forget the listings kept (a write changed the folders, or the store closes). */
void store_drop_listings(struct store *s);

/* Forget the changes (store_close). */
void store_release_changes(struct store *s);

#endif
