/* git.c — git for a data directory (see git.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ocop/git.h"
#include "ocop/util.h"

/* Variables that make git work on another repository than the directory's. */
static const char *const foreign_git_vars[] = {
	"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_INDEX_VERSION",
	"GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
	"GIT_COMMON_DIR", "GIT_NAMESPACE", "GIT_PREFIX", "GIT_CEILING_DIRECTORIES",
	"GIT_DISCOVERY_ACROSS_FILESYSTEM", "GIT_CONFIG_PARAMETERS"
};

static void child(const char *dir, const char *const *args, int out_fd,
		  bool quiet_stderr)
{
	const char **argv;
	size_t n, i;
	int fd;

	for (i = 0; i < ARRAY_SIZE(foreign_git_vars); i++)
		unsetenv(foreign_git_vars[i]);
	setenv("GIT_TERMINAL_PROMPT", "0", 1);
	if (chdir(dir))
		_exit(126);
	fd = open("/dev/null", O_RDWR);
	if (fd >= 0) {
		dup2(fd, 0);
		if (quiet_stderr)
			dup2(fd, 2);
	}
	if (out_fd >= 0)
		dup2(out_fd, 1);
	for (n = 0; args[n]; n++)
		;
	argv = calloc(n + 2, sizeof(*argv));
	if (!argv)
		_exit(126);
	argv[0] = "git";
	for (i = 0; i < n; i++)
		argv[i + 1] = args[i];
	execvp("git", (char *const *)argv);
	_exit(errno == ENOENT ? 127 : 126);
}

int git_run(const char *dir, const char *const *args, struct strbuf *out,
	    bool quiet_stderr, struct diag_list *dl)
{
	int pipefd[2] = { -1, -1 }, status;
	pid_t pid;

	if (out && pipe(pipefd))
		return diag_env(dl, dir, "pipe: %s", strerror(errno));
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0) {
		if (out) {
			close(pipefd[0]);
			close(pipefd[1]);
		}
		return diag_env(dl, dir, "fork: %s", strerror(errno));
	}
	if (pid == 0) {
		if (out)
			close(pipefd[0]);
		child(dir, args, out ? pipefd[1] : -1, quiet_stderr);
	}
	if (out) {
		char buf[4096];
		ssize_t n;

		close(pipefd[1]);
		while ((n = read(pipefd[0], buf, sizeof(buf))) != 0) {
			if (n < 0 && errno == EINTR)
				continue;
			if (n < 0)
				break;
			strbuf_add(out, buf, (size_t)n);
		}
		close(pipefd[0]);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return diag_env(dl, dir, "waitpid: %s", strerror(errno));
	if (!WIFEXITED(status))
		return diag_env(dl, dir, _("git was killed by signal %d"),
				WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	if (WEXITSTATUS(status) == 127)
		return diag_env(dl, dir, _("cannot run git: is it installed?"));
	return WEXITSTATUS(status);
}

bool git_in_work_tree(const char *dir)
{
	static const char *const args[] = { "rev-parse", "--is-inside-work-tree", NULL };
	struct diag_list ignore = DIAG_LIST_INIT;
	struct strbuf out = STRBUF_INIT;
	bool yes = git_run(dir, args, &out, true, &ignore) == 0 &&
		   !strncmp(out.buf, "true", 4);

	strbuf_release(&out);
	diag_list_release(&ignore);
	return yes;
}

/*
 * What git leaves in its directory while an operation waits for the user
 * (a conflict to resolve), with the commands that end it.  Checked in
 * order: rebase-apply/applying is git am's, rebase-apply alone a rebase's.
 */
static const struct unfinished_op {
	const char *path;	/* in the git directory */
	const char *message;
	const char *finish, *give_up;
} unfinished_ops[] = {
	{ .path = "MERGE_HEAD",
	  .message = N_("a git merge is unfinished in this data directory's repository; ocop writes nothing during it"),
	  .finish = "git merge --continue", .give_up = "git merge --abort" },
	{ .path = "rebase-merge",
	  .message = N_("a git rebase is unfinished in this data directory's repository; ocop writes nothing during it"),
	  .finish = "git rebase --continue", .give_up = "git rebase --abort" },
	{ .path = "rebase-apply/applying",
	  .message = N_("a git am is unfinished in this data directory's repository; ocop writes nothing during it"),
	  .finish = "git am --continue", .give_up = "git am --abort" },
	{ .path = "rebase-apply",
	  .message = N_("a git rebase is unfinished in this data directory's repository; ocop writes nothing during it"),
	  .finish = "git rebase --continue", .give_up = "git rebase --abort" },
	{ .path = "CHERRY_PICK_HEAD",
	  .message = N_("a git cherry-pick is unfinished in this data directory's repository; ocop writes nothing during it"),
	  .finish = "git cherry-pick --continue", .give_up = "git cherry-pick --abort" },
	{ .path = "REVERT_HEAD",
	  .message = N_("a git revert is unfinished in this data directory's repository; ocop writes nothing during it"),
	  .finish = "git revert --continue", .give_up = "git revert --abort" },
};

/*
 * The .git (a folder, or a worktree's or submodule's file) in dir or its
 * nearest parent, or NULL: a stat a level, so that a directory outside
 * git pays no run of git.  Allocated.
 */
static char *git_marker_above(const char *dir)
{
	struct strbuf path = STRBUF_INIT;
	struct stat here, up, st;
	char *found = NULL;
	size_t base;
	int level;

	strbuf_addstr(&path, dir);
	for (level = 0; level < 256 && !found; level++) {
		base = path.len;
		strbuf_addstr(&path, "/.git");
		if (!stat(path.buf, &st))
			found = xstrdup(path.buf);
		strbuf_setlen(&path, base);
		if (stat(path.buf, &here))
			break;
		strbuf_addstr(&path, "/..");
		if (stat(path.buf, &up) ||
		    (up.st_dev == here.st_dev && up.st_ino == here.st_ino))
			break;	/* the root of the file system */
	}
	strbuf_release(&path);
	return found;
}

int git_refuse_unfinished(const char *dir, struct diag_list *dl)
{
	static const char *const args[] = { "rev-parse", "--absolute-git-dir", NULL };
	struct diag_list ignore = DIAG_LIST_INIT;
	struct strbuf git_dir = STRBUF_INIT;
	const struct unfinished_op *op = NULL;
	char *marker = git_marker_above(dir), *path;
	struct stat st;
	size_t i;

	/* Not in a repository: nothing git could be in the middle of. */
	if (!marker)
		goto out;
	if (!stat(marker, &st) && S_ISDIR(st.st_mode)) {
		/* the usual .git folder: read it, no git to run (a write's 7 ms) */
		strbuf_addstr(&git_dir, marker);
	} else {
		/* a worktree's or submodule's .git file: git says where it points */
		if (git_run(dir, args, &git_dir, true, &ignore) != 0)
			goto out;
		while (git_dir.len && git_dir.buf[git_dir.len - 1] == '\n')
			strbuf_setlen(&git_dir, git_dir.len - 1);
	}
	for (i = 0; !op && i < ARRAY_SIZE(unfinished_ops); i++) {
		path = xasprintf("%s/%s", git_dir.buf, unfinished_ops[i].path);
		if (!lstat(path, &st))
			op = &unfinished_ops[i];
		free(path);
	}
	if (op) {
		diag_env(dl, dir, "%s", _(op->message));
		diag_hint(dl, _("finish it with '%s' or give it up with '%s', then run ocop again"),
			  op->finish, op->give_up);
	}
out:
	free(marker);
	strbuf_release(&git_dir);
	diag_list_release(&ignore);
	return op ? -1 : 0;
}
