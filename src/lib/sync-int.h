/* sync-int.h — what sync.c, sync-changes.c and sync-bundle.c share. */
#ifndef OCOP_SYNC_INT_H
#define OCOP_SYNC_INT_H

#include "ocop/store.h"
#include "ocop/strbuf.h"
#include "ocop/sync.h"

/* A ward being synced: its store, locked, and where its branch was. */
struct sync_session {
	struct store store;
	const char *dir;
	char *branch;		/* "main" */
	char *old;		/* HEAD's object id when the sync began */
	bool opened;		/* store is open: sync_end closes it */
};

/*
 * Run a plain git (git.h) in dir.  out (may be NULL: dropped) gets its
 * standard output, err (may be NULL: dropped) its standard error.
 * Returns git's exit status, or -1 (dl) when git could not be run.
 */
int sync_git(const char *dir, const char *const *args, struct strbuf *out,
	     struct strbuf *err, struct diag_list *dl);
/* The same with in as its standard input. */
int sync_git_input(const char *dir, const char *const *args,
		   const struct strbuf *in, struct strbuf *out,
		   struct diag_list *dl);
/* The first line git prints, or NULL when it fails or prints nothing. */
char *sync_git_line(const char *dir, const char *const *args);
/* Does the repository in dir hold the commit oid? */
bool sync_has_commit(const char *dir, const char *oid);
/* The last line of git's error output, made printable (allocated). */
char *sync_git_said(const struct strbuf *err);

/*
 * Open and lock the ward, and refuse what sync must not start on: no git
 * repository, an unfinished merge or rebase, a detached HEAD, a branch
 * with no commit, a working tree or index with changes.  0 or -1 (dl).
 */
int sync_begin(struct sync_session *w, const char *dir, double wait,
	       struct diag_list *dl);
/* Close what sync_begin opened; a session zeroed and never begun is left alone. */
void sync_end(struct sync_session *w);

/*
 * Bring the ward from w->old to the fetched commit new (an object id
 * present in the ward): fast-forward, or report why not; then check and
 * summarise.  Sets r->state; returns 0 or -1 (dl).
 */
int sync_integrate(struct sync_session *w, const char *new,
		   struct sync_result *r, struct diag_list *dl);

/*
 * r->changes from the records at w->old and at new (the working tree
 * after the fast-forward).  Returns 0 or -1 (dl).
 */
int sync_changes(struct sync_session *w, const char *new,
		 struct sync_result *r, struct diag_list *dl);

#endif
