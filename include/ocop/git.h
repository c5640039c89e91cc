/*
 * git.h — running git for a data directory, as pass(1) does: the data
 * directory's own repository only (the caller's GIT_DIR, GIT_WORK_TREE,
 * GIT_INDEX_FILE and the other variables that point git elsewhere are
 * cleared), never a push, never a prompt.
 */
#ifndef OCOP_GIT_H
#define OCOP_GIT_H

#include <stdbool.h>

#include "ocop/diag.h"
#include "ocop/strbuf.h"

/*
 * Run "git ARGS…" in dir with stdin from /dev/null.  When out is not NULL
 * git's standard output is appended to it, else it goes to ours.  Returns
 * git's exit status, or -1 when git could not be run (dl says why).
 */
int git_run(const char *dir, const char *const *args, struct strbuf *out,
	    bool quiet_stderr, struct diag_list *dl);

/* Is dir inside a git work tree? */
bool git_in_work_tree(const char *dir);

#endif
