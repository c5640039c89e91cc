/* git.c — git for a data directory (see git.h). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
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

/*
 * Options put before every plain run's command: no hook, no fsmonitor
 * program, no ext:: transport, whatever the repository's configuration
 * says — a ward's repository is someone else's, and sync runs in it.
 */
static const char *const plain_options[] = {
	"-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false",
	"-c", "protocol.ext.allow=never", "-c", "submodule.recurse=false"
};

/* The environment of a plain run: C locale, nothing interactive. */
static void plain_environment(void)
{
	setenv("LC_ALL", "C", 1);
	unsetenv("LANGUAGE");
	setenv("GIT_PAGER", "cat", 1);
	setenv("PAGER", "cat", 1);
	setenv("GIT_EDITOR", ":", 1);
	setenv("GIT_SEQUENCE_EDITOR", ":", 1);
	setenv("GIT_MERGE_AUTOEDIT", "no", 1);
	unsetenv("GIT_ASKPASS");
	unsetenv("SSH_ASKPASS");
}

/* The pipe ends the child uses (-1: none) for its standard streams. */
struct child_fds {
	int in, out, err;
};

static void child(const struct git_call *c, const struct child_fds *fds)
{
	const char **argv;
	size_t n, i, k = 0, extra = c->plain ? ARRAY_SIZE(plain_options) : 0;
	int fd;

	for (i = 0; i < ARRAY_SIZE(foreign_git_vars); i++)
		unsetenv(foreign_git_vars[i]);
	setenv("GIT_TERMINAL_PROMPT", "0", 1);
	if (c->plain)
		plain_environment();
	if (chdir(c->dir))
		_exit(126);
	fd = open("/dev/null", O_RDWR);
	if (fd >= 0) {
		dup2(fd, 0);
		if (c->quiet)
			dup2(fd, 2);
	}
	if (fds->in >= 0)
		dup2(fds->in, 0);
	if (fds->out >= 0)
		dup2(fds->out, 1);
	if (fds->err >= 0)
		dup2(fds->err, 2);
	for (n = 0; c->args[n]; n++)
		;
	argv = calloc(n + extra + 2, sizeof(*argv));
	if (!argv)
		_exit(126);
	argv[k++] = "git";
	for (i = 0; i < extra; i++)
		argv[k++] = plain_options[i];
	for (i = 0; i < n; i++)
		argv[k++] = c->args[i];
	execvp("git", (char *const *)argv);
	_exit(errno == ENOENT ? 127 : 126);
}

static void close_fd(int *fd)
{
	if (*fd >= 0)
		close(*fd);
	*fd = -1;
}

/*
 * Feed c->in to the child and read its output and error, all at once
 * (poll), so that neither side waits on a full pipe.
 */
static void pump(const struct git_call *c, int in, int out, int err)
{
	size_t written = 0;
	char buf[8192];
	ssize_t n;

	if (in >= 0)
		fcntl(in, F_SETFL, fcntl(in, F_GETFL) | O_NONBLOCK);
	while (in >= 0 || out >= 0 || err >= 0) {
		struct pollfd pfd[3] = {
			{ .fd = in, .events = POLLOUT },
			{ .fd = out, .events = POLLIN },
			{ .fd = err, .events = POLLIN },
		};

		if (poll(pfd, 3, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (in >= 0 && pfd[0].revents) {
			n = write(in, c->in->buf + written, c->in->len - written);
			if (n > 0)
				written += (size_t)n;
			if ((n < 0 && errno != EAGAIN && errno != EINTR) ||
			    written == c->in->len)
				close_fd(&in);
		}
		if (out >= 0 && pfd[1].revents) {
			n = read(out, buf, sizeof(buf));
			if (n > 0)
				strbuf_add(c->out, buf, (size_t)n);
			else if (!n || (errno != EINTR && errno != EAGAIN))
				close_fd(&out);
		}
		if (err >= 0 && pfd[2].revents) {
			n = read(err, buf, sizeof(buf));
			if (n > 0)
				strbuf_add(c->err, buf, (size_t)n);
			else if (!n || (errno != EINTR && errno != EAGAIN))
				close_fd(&err);
		}
	}
	close_fd(&in);
	close_fd(&out);
	close_fd(&err);
}

/* Open a pipe for each stream c asks for; the child's ends in fds. */
static int open_pipes(const struct git_call *c, int mine[3],
		      struct child_fds *fds)
{
	int p[2], want[3] = { c->in != NULL, c->out != NULL, c->err != NULL };
	int i;

	fds->in = -1;
	fds->out = c->out_fd > 0 && !c->out ? c->out_fd : -1;
	fds->err = -1;
	for (i = 0; i < 3; i++) {
		mine[i] = -1;
		if (!want[i])
			continue;
		if (pipe(p))
			return -1;
		/* stdin: we write p[1], git reads p[0]; out and err the other way */
		mine[i] = i == 0 ? p[1] : p[0];
		if (i == 0)
			fds->in = p[0];
		else if (i == 1)
			fds->out = p[1];
		else
			fds->err = p[1];
		fcntl(mine[i], F_SETFD, FD_CLOEXEC);
	}
	return 0;
}

static void close_child_ends(const struct git_call *c, struct child_fds *fds)
{
	if (c->in)
		close_fd(&fds->in);
	if (c->out)
		close_fd(&fds->out);
	if (c->err)
		close_fd(&fds->err);
}

int git_call(const struct git_call *c, struct diag_list *dl)
{
	struct child_fds fds;
	struct sigaction ignore_pipe = { .sa_handler = SIG_IGN }, old_pipe;
	int mine[3], status, i;
	pid_t pid;

	if (open_pipes(c, mine, &fds)) {
		int e = errno;

		for (i = 0; i < 3; i++)
			if (mine[i] >= 0)
				close(mine[i]);
		close_child_ends(c, &fds);
		return diag_env(dl, c->dir, "pipe: %s", strerror(e));
	}
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0) {
		for (i = 0; i < 3; i++)
			if (mine[i] >= 0)
				close(mine[i]);
		close_child_ends(c, &fds);
		return diag_env(dl, c->dir, "fork: %s", strerror(errno));
	}
	if (pid == 0)
		child(c, &fds);
	close_child_ends(c, &fds);
	/* git may exit before reading all its input: a write error, not a signal */
	sigaction(SIGPIPE, &ignore_pipe, &old_pipe);
	pump(c, mine[0], mine[1], mine[2]);
	sigaction(SIGPIPE, &old_pipe, NULL);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return diag_env(dl, c->dir, "waitpid: %s", strerror(errno));
	if (!WIFEXITED(status))
		return diag_env(dl, c->dir, _("git was killed by signal %d"),
				WIFSIGNALED(status) ? WTERMSIG(status) : 0);
	if (WEXITSTATUS(status) == 127)
		return diag_env(dl, c->dir, _("cannot run git: is it installed?"));
	return WEXITSTATUS(status);
}

int git_run(const char *dir, const char *const *args, struct strbuf *out,
	    bool quiet_stderr, struct diag_list *dl)
{
	struct git_call c = {
		.dir = dir, .args = args, .out = out, .quiet = quiet_stderr
	};

	return git_call(&c, dl);
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
