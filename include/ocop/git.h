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
 * One run of git: the directory and the arguments, and what to do with
 * its standard streams.  A plain run is one whose output is parsed or
 * which works in a repository ocop does not own (sync): C locale, and
 * no hook, pager, editor, askpass or fsmonitor program runs
 * ("-c core.hooksPath=/dev/null" and the like before the command).
 */
struct git_call {
	const char *dir;
	const char *const *args;	/* after "git", NULL-terminated */
	const struct strbuf *in;	/* standard input; NULL: /dev/null */
	struct strbuf *out;		/* standard output appended; NULL: out_fd */
	int out_fd;			/* when out is NULL: 0 ours, else this descriptor */
	struct strbuf *err;		/* standard error appended; NULL: ours */
	bool quiet;			/* standard error to /dev/null (err NULL) */
	bool plain;
};

/* Run it.  Returns git's exit status, or -1 when git could not be run (dl). */
int git_call(const struct git_call *c, struct diag_list *dl);

/*
 * Run "git ARGS…" in dir with stdin from /dev/null.  When out is not NULL
 * git's standard output is appended to it, else it goes to ours.  Returns
 * git's exit status, or -1 when git could not be run (dl says why).
 */
int git_run(const char *dir, const char *const *args, struct strbuf *out,
	    bool quiet_stderr, struct diag_list *dl);

/* Is dir inside a git work tree? */
bool git_in_work_tree(const char *dir);

/*
 * When dir is in a git repository where a merge, rebase, git am,
 * cherry-pick or revert waits for the user, return -1 with an error that
 * names the git commands that end it; else 0 (also with no repository or
 * no git).  Every write checks it first (store_lock), so that nothing is
 * written or staged in the middle of a conflict.
 */
int git_refuse_unfinished(const char *dir, struct diag_list *dl);

/*
 * Reading a repository's files without running git (git-files.c): each
 * answers the plain cases exactly as git would and leaves the others to
 * git (NULL or -1), so that a caller falls back to running it.
 */

/*
 * The folder a ".git" file in dir ("gitdir: PATH", a submodule's or a
 * linked worktree's) points to, or NULL when it says anything else.
 * Allocated.
 */
char *git_file_target(const char *dir, const char *dot_git);

/*
 * The git directory of dir when dir is the top of a work tree whose .git
 * is a folder or a "gitdir:" file (a submodule's), or, with bare_too, dir
 * itself when it is a bare repository; NULL for anything else (a linked
 * worktree, reftable, dir inside a work tree, no repository).  Allocated.
 */
char *git_dir_of(const char *dir, bool bare_too);

/*
 * The object id the ref ("refs/heads/main") holds in git_dir, from its
 * loose file, else packed-refs; NULL when it is not there or not plain
 * (a symbolic ref, an odd name).  Allocated.
 */
char *git_ref_read(const char *git_dir, const char *ref);

/*
 * git_dir's own configuration file appended to out as "git config -z
 * --list" shows it ("section.sub.key\nvalue\0", names in lower case but
 * the subsection).  -1 (out partly filled) when the file has what this
 * reader leaves to git: an include, an escape or quote, an old-style
 * section, a worktree's own file, or -c entries in the environment.
 */
int git_config_local(const char *git_dir, struct strbuf *out);

#endif
