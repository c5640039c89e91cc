/* git.c — git for a data directory (see git.h). */
#define _GNU_SOURCE	/* pipe2, posix_spawn_file_actions_addchdir_np (glibc 2.29) */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
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

/* Variables a plain run sets (entry "NAME=VALUE") or clears (entry NULL). */
static const struct {
	const char *name, *entry;
} plain_env[] = {
	{ "LC_ALL", "LC_ALL=C" }, { "LANGUAGE", NULL },
	{ "GIT_PAGER", "GIT_PAGER=cat" }, { "PAGER", "PAGER=cat" },
	{ "GIT_EDITOR", "GIT_EDITOR=:" }, { "GIT_SEQUENCE_EDITOR", "GIT_SEQUENCE_EDITOR=:" },
	{ "GIT_MERGE_AUTOEDIT", "GIT_MERGE_AUTOEDIT=no" }, { "GIT_ASKPASS", NULL },
	{ "SSH_ASKPASS", NULL },
};

/* Does the entry "NAME=VALUE" set name? */
static bool env_names(const char *entry, const char *name)
{
	size_t len = strlen(name);

	return !strncmp(entry, name, len) && entry[len] == '=';
}

/* Is the entry one git_call sets or clears? */
static bool env_replaced(const char *entry, bool plain)
{
	size_t i;

	if (env_names(entry, "GIT_TERMINAL_PROMPT"))
		return true;
	for (i = 0; i < ARRAY_SIZE(foreign_git_vars); i++)
		if (env_names(entry, foreign_git_vars[i]))
			return true;
	for (i = 0; plain && i < ARRAY_SIZE(plain_env); i++)
		if (env_names(entry, plain_env[i].name))
			return true;
	return false;
}

/*
 * git's environment, made before it starts (posix_spawn runs nothing of
 * ours in the child, so that threads may run git at once): ours without
 * the variables that point git elsewhere, never a prompt, and for a plain
 * run the C locale and nothing interactive.  Allocated: the array only.
 */
static char **child_environment(bool plain)
{
	extern char **environ;
	size_t n = 0, k = 0, i;
	char **env;

	while (environ[n])
		n++;
	env = xcalloc(n + ARRAY_SIZE(plain_env) + 2, sizeof(*env));
	for (i = 0; i < n; i++)
		if (!env_replaced(environ[i], plain))
			env[k++] = environ[i];
	env[k++] = (char *)"GIT_TERMINAL_PROMPT=0";
	for (i = 0; plain && i < ARRAY_SIZE(plain_env); i++)
		if (plain_env[i].entry)
			env[k++] = (char *)plain_env[i].entry;
	return env;
}

/* The pipe ends the child uses (-1: none) for its standard streams. */
struct child_fds {
	int in, out, err;
};

/* "git", the plain options, then the caller's arguments.  Allocated: the array. */
static char **child_argv(const struct git_call *c)
{
	size_t n, i, k = 0, extra = c->plain ? ARRAY_SIZE(plain_options) : 0;
	char **argv;

	for (n = 0; c->args[n]; n++)
		;
	argv = xcalloc(n + extra + 2, sizeof(*argv));
	argv[k++] = (char *)"git";
	for (i = 0; i < extra; i++)
		argv[k++] = (char *)plain_options[i];
	for (i = 0; i < n; i++)
		argv[k++] = (char *)c->args[i];
	return argv;
}

/* Start git in c->dir with its streams on fds.  0 or an errno. */
static int spawn(const struct git_call *c, const struct child_fds *fds,
		 pid_t *pid)
{
	posix_spawn_file_actions_t fa;
	char **argv = child_argv(c), **envp = child_environment(c->plain);
	int err;

	posix_spawn_file_actions_init(&fa);
	err = posix_spawn_file_actions_addchdir_np(&fa, c->dir);
	if (!err)
		err = fds->in >= 0 ?
		      posix_spawn_file_actions_adddup2(&fa, fds->in, 0) :
		      posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	if (!err && fds->out >= 0)
		err = posix_spawn_file_actions_adddup2(&fa, fds->out, 1);
	if (!err && fds->err >= 0)
		err = posix_spawn_file_actions_adddup2(&fa, fds->err, 2);
	else if (!err && c->quiet)
		err = posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	if (!err)
		err = posix_spawnp(pid, "git", &fa, NULL, argv, envp);
	posix_spawn_file_actions_destroy(&fa);
	free(argv);
	free(envp);
	return err;
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
		if (pipe2(p, O_CLOEXEC))
			return -1;
		/* stdin: we write p[1], git reads p[0]; out and err the other way */
		mine[i] = i == 0 ? p[1] : p[0];
		if (i == 0)
			fds->in = p[0];
		else if (i == 1)
			fds->out = p[1];
		else
			fds->err = p[1];
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
	struct timespec zero = { 0, 0 };
	sigset_t pipe_set, old_mask;
	int mine[3], status, i, err;
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
	err = spawn(c, &fds, &pid);
	close_child_ends(c, &fds);
	if (err) {
		for (i = 0; i < 3; i++)
			if (mine[i] >= 0)
				close(mine[i]);
		if (err == ENOENT && access(c->dir, F_OK) == 0)
			return diag_env(dl, c->dir, _("cannot run git: is it installed?"));
		return diag_env(dl, c->dir, "git: %s", strerror(err));
	}
	/*
	 * git may exit before reading all its input: a write error, not a
	 * signal.  SIGPIPE is blocked in this thread and any pending one
	 * taken, as the handler is the process's and other threads run git.
	 */
	sigemptyset(&pipe_set);
	sigaddset(&pipe_set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &pipe_set, &old_mask);
	pump(c, mine[0], mine[1], mine[2]);
	while (sigtimedwait(&pipe_set, NULL, &zero) > 0)
		;
	pthread_sigmask(SIG_SETMASK, &old_mask, NULL);
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

/* Where the .git file at marker ("D/.git") points, or NULL. */
static char *git_file_target_of(const char *marker)
{
	char *dir = xstrndup(marker, strlen(marker) - strlen("/.git"));
	char *target = git_file_target(dir, marker);

	free(dir);
	return target;
}

int git_refuse_unfinished(const char *dir, struct diag_list *dl)
{
	static const char *const args[] = { "rev-parse", "--absolute-git-dir", NULL };
	struct diag_list ignore = DIAG_LIST_INIT;
	struct strbuf git_dir = STRBUF_INIT;
	const struct unfinished_op *op = NULL;
	char *marker = git_marker_above(dir), *path, *target;
	struct stat st;
	size_t i;

	/* Not in a repository: nothing git could be in the middle of. */
	if (!marker)
		goto out;
	if (!stat(marker, &st) && S_ISDIR(st.st_mode)) {
		/* the usual .git folder: read it, no git to run (a write's 7 ms) */
		strbuf_addstr(&git_dir, marker);
	} else if ((target = git_file_target_of(marker))) {
		/* a worktree's or submodule's .git file, read (a sync's ward each) */
		strbuf_addstr(&git_dir, target);
		free(target);
	} else {
		/* a .git file this reader does not know: git says where it points */
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
