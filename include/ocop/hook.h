/*
 * hook.h — the git pre-commit hook that runs `ocop check` on what is
 * staged, so that no commit of a data directory holds a broken record.
 */
#ifndef OCOP_HOOK_H
#define OCOP_HOOK_H

#include "ocop/diag.h"

/* What hook_install did. */
enum hook_result {
	HOOK_INSTALLED,		/* there was no pre-commit hook: ours is */
	HOOK_CHAINED,		/* another one was: kept, and ours runs it first */
	HOOK_PRESENT		/* ours was there already: nothing written */
};

/* The name an existing hook is kept under, beside ours. */
#define HOOK_KEPT_NAME "pre-commit.before-ocop"

/*
 * Install the pre-commit hook in the git repository that holds the data
 * directory dir (its hooks directory, as git names it: core.hooksPath
 * and worktrees followed).  The hook copies the staged files of the data
 * directory out of the index and runs `ocop check` on them there, so it
 * checks what the commit will hold, not the working tree.  An existing
 * hook that is not ours is never overwritten: it is renamed
 * HOOK_KEPT_NAME and ours runs it first, failing when it fails.  The
 * hook is written atomically.  Returns 0 with *res, or -1 (dl): not in a
 * git repository, or a file that cannot be written.
 */
int hook_install(const char *dir, enum hook_result *res, char **hook_path,
		 struct diag_list *dl);

#endif
