/*
 * store.h — the data directory: finding it, locking it, reading and
 * writing its record files.
 *
 *   ocop.yaml            the office; marks the directory
 *   producers/<id>.yaml  one producer a file
 *   products/<id>.yaml   one product a file
 *   events/<id>.yaml     one event (training, fair…) a file, the folder
 *                        made at the first
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
 *
 * The store knows files, not the programme: it reads and parses records
 * and writes bytes it is given.  Checking a record before it is written
 * is edit.h's (edit_write), the commit's message commit.h's, making a
 * directory init.h's.  It prints nothing.
 *
 *   store.c        finding, opening and locking the directory
 *   store-read.c   reading records, many at once with threads
 *   store-write.c  atomic writes, batches, removals, the changes noted
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

/* A file this command wrote or removed, for the commit (commit.h). */
enum store_change_kind { STORE_ADDED, STORE_CHANGED, STORE_REMOVED };
struct store_change {
	char *path;		/* relative to the directory */
	enum record_type type;
	char *id;		/* NULL: a file of the directory itself */
	enum store_change_kind kind;
	char *line;		/* the commit message's line, set by commit.c */
};

/* In a dry run, a write or removal skipped, for the command to show. */
struct store_preview {
	const char *path;	/* as shown in messages */
	const char *text;	/* the new content; NULL: a removal */
};

struct store {
	char *root;		/* the directory as shown in messages */
	int rootfd;
	int dirfd[RECORD_TYPE_COUNT];	/* by record_type: root, producers/, products/, events/ */
	int lockfd;		/* -1 when not locked */
	bool dry_run;		/* check and show, write nothing */
	bool force;		/* write even over a file that holds comments */
	struct record office;	/* ocop.yaml, after store_read_office() */
	/*
	 * At most this many threads for a bulk read of this directory (0:
	 * store_threads()).  A province that reads its wards in parallel
	 * reads each ward on one.
	 */
	size_t read_threads;
	/*
	 * When set (with read_threads 1), the pool store_read_views puts
	 * its views in, and store_read_office_view the office's: the
	 * caller's, which outlives the store and every set read into it
	 * (record_set_release leaves it).  A province's reading thread puts
	 * all its wards in one, where a pool a set and a block an office
	 * left 3,300 wards' worth of half-used blocks.
	 */
	struct node_pool *views_pool;
	/* What this command changed, in order, for the git commit. */
	struct store_change *changes;
	size_t nchanges, changes_alloc;
	/*
	 * In a dry run, called with each write or removal skipped, when it
	 * would have happened, so that the command layer shows it in its
	 * place among the command's output (NULL: nothing shown).
	 */
	void (*show_preview)(const struct store_preview *p);
	/* The commit's words (commit.h): the store keeps them, never reads them. */
	const char *commit_subject;	/* its first line, when not the change's */
	char *commit_action;	/* what the next write does */
	/*
	 * What a layer above keeps for as long as the store is open (the
	 * validator's index of tax codes, validate.h): the store only
	 * carries it, and calls checks_release on it when it closes.
	 */
	void *checks;
	void (*checks_release)(void *checks);
	/* Between store_begin_batch and store_end_batch: written temp files
	 * waiting for one sync and their renames. */
	bool batch;
	struct pending_file *pending;
	size_t npending, pending_alloc;
	struct smap pending_names[RECORD_TYPE_COUNT];	/* by record_type: file name → index */
	struct store_stage *stage;	/* files made ahead (store_stage), or NULL */
	/*
	 * By record_type: the ids of the folder as a bulk read listed them
	 * while this command held the lock (sorted), so that a batch's
	 * store_put of an id not among them (a new record) needs no stat to
	 * know it adds a file.  Valid only while listed[] is set: dropped by
	 * a write outside a batch and at a batch's end.
	 */
	bool listed[RECORD_TYPE_COUNT];
	char **listed_ids[RECORD_TYPE_COUNT];
	size_t nlisted[RECORD_TYPE_COUNT];
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
 * command to finish.  Then, under the lock, refuse to write while the
 * directory's git repository is in the middle of a merge, rebase,
 * cherry-pick or revert (git_refuse_unfinished): every writer passes here,
 * before it reads or writes anything.  Returns 0, or -1 (status
 * EXIT_LOCKED when another command still holds the lock after the wait).
 */
int store_lock(struct store *s, double wait_seconds, struct diag_list *dl);

/* "producers", "products" or "events"; "" for the office. */
const char *store_subdir(enum record_type type);
/* The path of a record as shown in messages (allocated). */
char *store_path(const struct store *s, enum record_type type, const char *id);
/* The same path relative to the directory, as git names it (allocated). */
char *store_relpath(enum record_type type, const char *id);

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
 * The same, for a command that only reads the office's view (reports,
 * lists, a province's wards): decoded from libyaml's events with no tree
 * when the file is clean, else the tree's way, which says what is wrong.
 * The same view and the same messages either way; s->office.doc.root is
 * then NULL, so the office cannot be edited or written back.
 */
int store_read_office_view(struct store *s, struct diag_list *dl);
/* The hint for an id with no record: the id, or the name, most likely meant. */
void store_hint_missing(struct store *s, enum record_type type,
			const char *id, struct diag_list *dl);

/*
 * Write the file of a record, type and id, with text: atomically, and
 * nothing else.  The store checks nothing but that id is an id (a BUG
 * otherwise) and that the caller holds the lock: what the text says is
 * the business of the layer that made it (edit_write in edit.h, which
 * validates every record before it gets here).  The change is noted in
 * s->changes for the commit; in a dry run nothing is written, and the
 * text goes to s->show_preview instead.  Returns 0 or -1 (dl).
 */
int store_put(struct store *s, enum record_type type, const char *id,
	      const char *text, size_t len, struct diag_list *dl);

/* Remove a record's file (in a dry run: a preview).  Returns 0 or -1 (dl). */
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

/*
 * A batch's new files made ahead, on other threads: an import's workers
 * make them while its main thread still reads the rows, so that the
 * filesystem's work runs beside the work that decides it.
 *
 * store_stage_reserve, on the batch's thread before the others start,
 * opens the records' folders and makes room for n files (0, or -1 with
 * dl: then stage nothing).  store_stage, on any thread, writes the temp
 * file of a record, type and id, with text, and gives its slot (0, or
 * -1 with dl: nothing left behind); from then on a signal removes it,
 * as any of the batch's.  Back on the batch's thread, once the others
 * are done with the slot: store_put_staged takes it into the batch as
 * store_put would have written it (the change noted), store_unstage
 * removes one that will not be (its record changed again).  The batch's
 * end removes every staged file not taken.  store_stage reads the
 * folders' listings (a new record's file needs no stat): while other
 * threads stage, the batch's thread reads no folder in bulk (which
 * would replace a listing) and writes nothing outside the batch.
 */
#define STORE_UNSTAGED ((size_t)-1)	/* no slot: the text is written at its turn */
int store_stage_reserve(struct store *s, size_t n, struct diag_list *dl);
int store_stage(struct store *s, enum record_type type, const char *id,
		const char *text, size_t len, size_t *slot,
		struct diag_list *dl);
int store_put_staged(struct store *s, enum record_type type, const char *id,
		     size_t slot, struct diag_list *dl);
void store_unstage(struct store *s, size_t slot);
/*
 * Start writing the files staged so far to disk (any thread; it waits
 * for them), so that the sync at the batch's end, which still comes
 * before any rename, has less left to wait for.  Nothing is reported:
 * that sync reports a failed write.
 */
void store_stage_flush(struct store *s);

/*
 * Write a file of the directory itself (init: .gitignore, …) atomically,
 * in the folder dirfd (s->rootfd).  Nothing is noted: see
 * store_note_file.
 */
int store_write_file(struct store *s, int dirfd, const char *name,
		     const char *data, size_t len, struct diag_list *dl);

/*
 * Note a file written by hand for the commit; returns its change, valid
 * until the next one is noted.
 */
struct store_change *store_note_file(struct store *s, const char *relpath);

/* Does dir hold the marker of a data directory? */
bool store_marked(const char *dir);

/* The ids of a type, in byte order.  Files that are not <id>.yaml are skipped. */
int store_list(struct store *s, enum record_type type, char ***ids,
	       size_t *nr, struct diag_list *dl);
void store_free_list(char **ids, size_t nr);

/* Threads to read with: $OCOP_THREADS, else one a core; at most 8. */
/* The most reading threads a process starts, whatever the cores. */
#define STORE_THREADS_MAX 8

size_t store_threads(void);

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
 *
 * view_clean, when not NULL, spares the trees of the records fn would
 * say nothing of: a record the events decode (record_decode_stream,
 * which has then found nothing record_decode would say) is given to it
 * with the file's bytes, and no tree.  It answers true only when fn
 * would say nothing of the record: the record is kept as that view and
 * fn is not run.  False (fn might say something, or the view cannot
 * tell): the record is decoded again from the same bytes as a tree and
 * given to fn, as without view_clean.  Either way, the same problems.
 */
struct record_check {
	void (*fn)(const struct record *r, void *ctx, struct diag_list *dl);
	void *ctx;
	struct diag_list *problems;
	bool (*view_clean)(const struct record *r, const char *buf,
			   size_t len, void *ctx);
};
int store_read_checked(struct store *s, enum record_type type,
		       struct record_set *set, const struct record_check *check,
		       struct diag_list *dl);
void record_set_release(struct record_set *set);
/* The record with this id, or NULL (set sorted by id). */
struct record *record_set_find(const struct record_set *set, const char *id);

#endif
