/*
 * store.h — the data directory: finding it, locking it, reading and
 * writing its record files.
 *
 *   ocop.yaml            the office; marks the directory
 *   producers/<id>.yaml  one producer a file
 *   products/<id>.yaml   one product a file
 *
 * Every write is atomic: a temporary file in the same directory, written
 * in full, fsync'd, renamed over the record, and the directory fsync'd;
 * any failure leaves the old file and removes the temporary one.  A
 * command that writes takes the directory's lock (flock on .ocop.lock)
 * before it reads and keeps it until it exits, so two commands run at
 * once lose no update.  Readers take no lock: rename gives them the old
 * file or the new one.
 *
 * Files are opened relative to the directory with O_NOFOLLOW, from ids
 * checked by record_id_valid(), so nothing outside it is read or written.
 */
#ifndef OCOP_STORE_H
#define OCOP_STORE_H

#include <stdbool.h>
#include <stddef.h>

#include "ocop/diag.h"
#include "ocop/record.h"
#include "ocop/smap.h"
#include "ocop/strbuf.h"

#define STORE_MARKER "ocop.yaml"
#define STORE_LOCK ".ocop.lock"

struct store {
	char *root;		/* the directory as shown in messages */
	int rootfd;
	int dirfd[3];		/* by record_type: root, producers/, products/ */
	int lockfd;		/* -1 when not locked */
	bool dry_run;		/* check and print, write nothing */
	bool force;		/* write even over a file that holds comments */
	struct record office;	/* ocop.yaml, after store_read_office() */
	/* What this command changed, for the git commit (git: commit). */
	char **changed;		/* paths relative to the directory */
	size_t nchanged, changed_alloc;
	struct strbuf changes;	/* one line a change: "product: add ID \"NAME\"" */
	const char *subject;	/* the commit's first line, when not the change's */
	char *action;		/* what the next store_write does, for the message */
	/* The producers' tax codes, read once when first asked, kept up to
	 * date by this command's writes (store_tax_owner): entries are
	 * appended, a producer's old one marked dead; by_code gives the
	 * newest entry of a code (entries of one code are chained), by_id a
	 * producer's entry. */
	struct tax_entry *taxes;
	size_t ntaxes, taxes_alloc;
	struct smap taxes_by_code, taxes_by_id;
	bool taxes_read;
	bool keep_taxes;	/* set: the tax code is not being changed */
	/* Between store_begin_batch and store_end_batch: written temp files
	 * waiting for one sync and their renames. */
	bool batch;
	struct pending_file *pending;
	size_t npending, pending_alloc;
	struct smap pending_names[3];	/* by record_type: file name → index */
};

/*
 * Open the data directory dir, or when dir is NULL the one named by
 * $OCOP_DATA, else the nearest parent of the working directory holding
 * ocop.yaml.  Returns 0, or -1 with an environment error in dl.
 */
int store_open(struct store *s, const char *dir, struct diag_list *dl);
void store_close(struct store *s);

/*
 * Take the directory's lock, waiting up to wait_seconds for another
 * command to finish.  Returns 0, or -1 (status EXIT_LOCKED when another
 * command holds it).
 */
int store_lock(struct store *s, double wait_seconds, struct diag_list *dl);

/* "producers" or "products"; "" for the office. */
const char *store_subdir(enum record_type type);
/* The path of a record as shown in messages (allocated). */
char *store_path(const struct store *s, enum record_type type, const char *id);

bool store_exists(const struct store *s, enum record_type type, const char *id);

/*
 * Read, parse and check one record.  A missing record is an error that
 * suggests the nearest id or name.  Returns 0 or -1; on -1 r may still
 * hold what could be read.
 */
int store_read(struct store *s, enum record_type type, const char *id,
	       struct record *r, struct diag_list *dl);
int store_read_office(struct store *s, struct diag_list *dl);

/*
 * Check r (validate_record) and write it atomically.  Refused when the
 * file on disk holds comments that the rewrite would lose, unless force.
 * In dry-run mode the new content is printed to stderr instead.
 */
int store_write(struct store *s, struct record *r, struct diag_list *dl);

/*
 * Write a producer or product from its text, made by yaml_emit from a
 * canonical tree that validate_record(NULL, ...) passed: what store_write
 * does after its own checks, but for the checks that need the directory.
 * A producer's tax_code (as record_decode gives it) is checked unique
 * among the producers; a product's producer must exist or be written
 * before it in the same batch, which the caller sees to.  An import keeps
 * the text of each new record rather than its tree, so that a register
 * of 100,000 rows does not hold 100,000 trees.
 */
int store_write_text(struct store *s, enum record_type type, const char *id,
		     const char *name, const char *tax_code, const char *text,
		     size_t len, struct diag_list *dl);

int store_remove(struct store *s, enum record_type type, const char *id,
		 struct diag_list *dl);

/*
 * Many writes at once (an import): each record is still replaced
 * atomically, old or new, but the data reaches the disk with one sync for
 * the batch (syncfs on Linux) rather than two a file.  store_end_batch
 * syncs, renames every file into place, and syncs the folders; with fail
 * set it removes the temporary files instead.  Returns 0 or -1 (dl).
 */
void store_begin_batch(struct store *s);
int store_end_batch(struct store *s, bool fail, struct diag_list *dl);

/* Write a file of the directory itself (init: .gitignore, …) atomically. */
int store_write_file(struct store *s, int dirfd, const char *name,
		     const char *data, size_t len, struct diag_list *dl);

/* The ids of a type, in byte order.  Files that are not <id>.yaml are skipped. */
int store_list(struct store *s, enum record_type type, char ***ids,
	       size_t *nr, struct diag_list *dl);
void store_free_list(char **ids, size_t nr);

/*
 * The id of a producer other than except whose tax code is code, or NULL.
 * The first call reads every producer once; later writes keep it current,
 * so an import of thousands of producers does not read them thousands of
 * times.
 */
const char *store_tax_owner(struct store *s, const char *code,
			    const char *except, struct diag_list *dl);

struct record_set {
	struct record *items;
	size_t nr;
	struct node_pool *pools;	/* where the records live, one a reader */
	size_t npools;
};

/*
 * Read every record of a type.  Records that fail to parse or check are
 * kept with valid == false, their problems in dl.  The records live in
 * the set's pools: they are valid (and may be changed) until
 * record_set_release(), which frees them all.
 */
int store_read_all(struct store *s, enum record_type type,
		   struct record_set *set, struct diag_list *dl);
/*
 * The same for commands that only read and print (reports, lists): each
 * record keeps its typed view, not its tree (record_keep_view), in a
 * fifth of the memory.
 */
int store_read_views(struct store *s, enum record_type type,
		     struct record_set *set, struct diag_list *dl);

/*
 * A check the reading threads run on each record they decode, while its
 * tree is still there (for the lines of its messages): so check can keep
 * views too.  fn runs in several threads at once: it may only read what
 * they share.  Its problems go to *problems, in id order, after it.
 */
struct record_check {
	void (*fn)(const struct record *r, void *ctx, struct diag_list *dl);
	void *ctx;
	struct diag_list *problems;
};
int store_read_checked(struct store *s, enum record_type type,
		       struct record_set *set, const struct record_check *check,
		       struct diag_list *dl);
void record_set_release(struct record_set *set);
/* The record with this id, or NULL (set sorted by id). */
struct record *record_set_find(const struct record_set *set, const char *id);

/*
 * Say what the next write does ("advance to step 3 (plan)"), so that the
 * commit message says it rather than "change".
 */
void store_set_action(struct store *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Note a change made by hand (init's files) for the commit.  store_write
 * and store_remove note theirs.
 */
void store_note_change(struct store *s, const char *relpath, const char *line);

/*
 * With "git: commit" in ocop.yaml, make one git commit of what this
 * command changed, with a message that says what it did (pass(1) does
 * the same); never a push.  Without changes, or without "git: commit",
 * does nothing.  Returns 0 or -1 (dl).
 */
int store_commit(struct store *s, struct diag_list *dl);

/* Initialise dir as a data directory (ocop init); with git, as a git
 * repository too, committing each write. */
int store_init(const char *dir, const char *ward, const char *province,
	       bool git, struct diag_list *dl);

#endif
