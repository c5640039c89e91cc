/*
 * sync.h — bringing a ward's new commits, from its remote or from a git
 * bundle carried by hand, and writing such a bundle.
 *
 * Git is the transport; ocop only ever fast-forwards.  A ward is synced
 * under its lock, from a clean working tree (refused before anything is
 * fetched); what arrives is fetched, then the branch is moved forward
 * with "git merge --ff-only" — never a merge commit, never a rewrite.
 * A history that diverged (commits on both sides) or is unrelated is
 * reported with the commits of each side and left exactly as it was:
 * HEAD, the index and the working tree untouched (git's FETCH_HEAD and
 * the fetched objects aside).  After a fast-forward the ward is checked
 * (validate_store) and what changed is put in words: the new products,
 * recognitions, expiries and revocations since the previous HEAD.
 *
 * Every git runs plain (git.h: C locale, no hook, pager or editor), with
 * its arguments as argv; revisions are passed as object ids or after
 * "--end-of-options", so nothing a remote or a file name holds is read
 * as an option.
 *
 *   sync.c          one ward: its remote, the fast-forward, the check
 *   sync-changes.c  what changed between two commits, in the records
 *   sync-bundle.c   bundles: writing one, reading its header, finding
 *                   the ward whose history it continues; the province loop
 */
#ifndef OCOP_SYNC_H
#define OCOP_SYNC_H

#include <stdbool.h>
#include <stddef.h>

#include "ocop/date.h"
#include "ocop/diag.h"
#include "ocop/store.h"

enum sync_state {
	SYNC_UP_TO_DATE,	/* nothing new */
	SYNC_FORWARDED,		/* moved forward from old to new */
	SYNC_AHEAD,		/* the ward has commits the source lacks; nothing to bring */
	SYNC_DIVERGED,		/* commits on both sides: left as it was */
	SYNC_UNRELATED,		/* the source's history is not this ward's */
	SYNC_NO_REMOTE,		/* no remote to fetch from: skipped */
	SYNC_FAILED		/* refused or failed: the reason is in dl */
};

enum sync_change_kind {
	SYNC_NEW_PRODUCT,
	SYNC_RECOGNITION,	/* a new recognition (stars) in force */
	SYNC_EXPIRY,		/* a recognition ended between the two HEADs' days */
	SYNC_REVOCATION
};

struct sync_change {
	enum sync_change_kind kind;
	char *id, *name;
	int stars;		/* of the recognition given, ended or revoked */
	struct ocop_date date;	/* the recognition's, the expiry's, the revocation's */
	char *decision;		/* the recognition's or revocation's; NULL if none */
};

struct sync_result {
	char *name;		/* as shown: the ward's name, or its directory */
	char *dir;
	enum sync_state state;
	char *source;		/* "origin/main", or the bundle's file */
	char *old, *new;	/* object ids (NULL when not known) */
	size_t ncommits;	/* brought (forwarded), or the ward's own (ahead) */
	/* diverged: "abbrev subject" of the commits on each side (at most 10) */
	char **here, **there;
	size_t nhere, nthere;	/* listed */
	size_t here_total, there_total;
	struct sync_change *changes;	/* forwarded: in id order, by kind */
	size_t nchanges;
	size_t check_errors;	/* of the ward after the fast-forward */
};

void sync_result_release(struct sync_result *r);

/*
 * Fetch the remote of ward_dir's branch (its upstream, else "origin" and
 * the branch of the same name) and fast-forward to it, as described
 * above; name is how the ward is shown.  wait is how long to wait for the
 * ward's lock.  Fills out; returns 0 when the ward is up to date,
 * forwarded, ahead or has no remote (out->state says which), -1 when it
 * failed, diverged or is unrelated (dl says why).  The ward's check
 * problems go to dl too.
 */
int sync_ward(const char *ward_dir, const char *name, double wait,
	      struct sync_result *out, struct diag_list *dl);

/*
 * The same from a bundle file (git bundle verify first): the bundle's
 * head of the ward's branch (or its only head) is the source.
 */
int sync_ward_bundle(const char *ward_dir, const char *name,
		     const char *bundle, double wait, struct sync_result *out,
		     struct diag_list *dl);

/*
 * Write a git bundle of ward_dir's current branch to fd: its whole
 * history, or only what came after since (a revision) when given.
 * Returns 0, or -1 (dl): not a git repository, no branch, nothing since.
 */
int sync_bundle(const char *ward_dir, const char *since, int fd,
		struct diag_list *dl);

/*
 * Is dir a province directory (its ocop.yaml lists "wards:")?  1 yes, 0
 * no, -1 when ocop.yaml cannot be read (dl).
 */
int sync_is_province(const char *dir, struct diag_list *dl);

/*
 * In the province directory dir: with no bundles, sync_ward for each ward
 * (a ward without a remote is skipped); with bundles, each is verified,
 * matched to the ward whose history it continues, and synced into it.
 * One ward failing does not stop the others.  *results gets one result a
 * ward (or a bundle); returns 0 when none failed, else -1.
 */
int sync_province(const char *dir, const char *const *bundles,
		  size_t nbundles, double wait, struct sync_result **results,
		  size_t *nresults, struct diag_list *dl);

/*
 * In a province kept in git, note for its commit (commit.h) each ward the
 * results moved forward: the ward's submodule pointer, so the province's
 * history says what it received ("ward nghia-lo: 5c1f2a3..9e8d7b6 from
 * origin/main").  Returns the number of wards noted.
 */
size_t sync_note_forwarded(struct store *s, const struct sync_result *results,
			   size_t n);


void sync_results_release(struct sync_result *results, size_t n);

#endif
