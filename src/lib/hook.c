/* hook.c — the git pre-commit hook (see hook.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocop/git.h"
#include "ocop/hook.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"

/* The line that tells our hook from another one. */
#define HOOK_MARK "# ocop pre-commit hook"

/*
 * The script.  %s is the data directory's path from the top of the work
 * tree (git runs hooks there), quoted for sh; "." for the top itself.
 */
static const char hook_script[] =
	"#!/bin/sh\n"
	HOOK_MARK ", written by 'ocop hook install'.\n"
	"# It runs 'ocop check' on the data directory as it is staged (a copy\n"
	"# of the index, not the working tree), so that no commit holds a\n"
	"# broken record.  A hook that was here before is kept as\n"
	"# " HOOK_KEPT_NAME " and runs first.\n"
	"data=%s\n"
	"hooks=$(dirname \"$0\")\n"
	"if [ -x \"$hooks/" HOOK_KEPT_NAME "\" ]; then\n"
	"\t\"$hooks/" HOOK_KEPT_NAME "\" \"$@\" || exit $?\n"
	"fi\n"
	"if ! command -v ocop >/dev/null 2>&1; then\n"
	"\techo \"pre-commit: ocop is not on PATH; the records were not checked\" >&2\n"
	"\texit 1\n"
	"fi\n"
	"staged=$(mktemp -d \"${TMPDIR:-/tmp}/ocop-staged.XXXXXX\") || exit 1\n"
	"trap 'rm -rf \"$staged\"' EXIT\n"
	"trap 'exit 1' HUP INT TERM\n"
	"git ls-files -z -- \"$data\" | git checkout-index -z --stdin --prefix=\"$staged/\" || exit 1\n"
	"# Nothing of the data directory staged: nothing to check.\n"
	"[ -f \"$staged/$data/ocop.yaml\" ] || exit 0\n"
	"cd \"$staged/$data\" && ocop check\n";

/* s quoted for sh, in single quotes. */
static void add_sh_quoted(struct strbuf *sb, const char *s)
{
	strbuf_addch(sb, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			strbuf_addstr(sb, "'\\''");
		else
			strbuf_addch(sb, *s);
	}
	strbuf_addch(sb, '\'');
}

/* One line of git's output, without its newline; -1 when git failed. */
static int git_line(const char *dir, const char *const *args, struct strbuf *out)
{
	struct diag_list ignore = DIAG_LIST_INIT;
	int rc = git_run(dir, args, out, true, &ignore);

	diag_list_release(&ignore);
	while (out->len && out->buf[out->len - 1] == '\n')
		strbuf_setlen(out, out->len - 1);
	return rc ? -1 : 0;
}

static bool is_ours(const char *path)
{
	char buf[512];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return false;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return false;
	buf[n] = '\0';
	return strstr(buf, HOOK_MARK) != NULL;
}

/* Write text to path through a temporary file beside it, mode 0755. */
static int write_script(const char *path, const char *text, struct diag_list *dl)
{
	char *tmp = xasprintf("%s.ocop-tmp-%ld", path, (long)getpid());
	size_t len = strlen(text), done = 0;
	ssize_t n;
	int fd, ret = -1;

	fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0755);
	if (fd < 0) {
		diag_env(dl, path, _("cannot write: %s"), strerror(errno));
		goto out;
	}
	while (done < len) {
		n = write(fd, text + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		done += (size_t)n;
	}
	if (done < len || fchmod(fd, 0755) || fsync(fd)) {
		diag_env(dl, path, _("cannot write: %s"), strerror(errno));
		close(fd);
		unlink(tmp);
		goto out;
	}
	if (close(fd) || rename(tmp, path)) {
		diag_env(dl, path, _("cannot write: %s"), strerror(errno));
		unlink(tmp);
		goto out;
	}
	ret = 0;
out:
	free(tmp);
	return ret;
}

int hook_install(const char *dir, enum hook_result *res, char **hook_path,
		 struct diag_list *dl)
{
	static const char *const prefix_args[] = { "rev-parse", "--show-prefix", NULL };
	static const char *const hooks_args[] = { "rev-parse", "--git-path", "hooks", NULL };
	struct strbuf prefix = STRBUF_INIT, hooks = STRBUF_INIT, script = STRBUF_INIT;
	struct strbuf quoted = STRBUF_INIT;
	char *hooks_dir = NULL, *hook = NULL, *kept = NULL;
	struct stat st;
	bool chain;
	int ret = -1;

	*hook_path = NULL;
	if (git_line(dir, prefix_args, &prefix) || git_line(dir, hooks_args, &hooks)) {
		diag_env(dl, dir, _("not in a git repository: there is no commit to check"));
		diag_hint(dl, _("'ocop init --git' keeps a new directory in git; 'git init' an old one"));
		goto out;
	}
	hooks_dir = hooks.buf[0] == '/' ? xstrdup(hooks.buf) :
		    xasprintf("%s/%s", dir, hooks.buf);
	if (mkdir(hooks_dir, 0777) && errno != EEXIST) {
		diag_env(dl, hooks_dir, _("cannot create the directory: %s"), strerror(errno));
		goto out;
	}
	hook = xasprintf("%s/pre-commit", hooks_dir);
	kept = xasprintf("%s/%s", hooks_dir, HOOK_KEPT_NAME);
	if (!lstat(hook, &st) && is_ours(hook)) {
		*res = HOOK_PRESENT;
		ret = 0;
		goto out;
	}
	chain = !lstat(hook, &st);
	if (chain && !lstat(kept, &st)) {
		diag_env(dl, hook, _("a pre-commit hook is there, and %s too: ocop replaces neither"),
			 HOOK_KEPT_NAME);
		diag_hint(dl, _("join them into one by hand, then run 'ocop hook install' again"));
		goto out;
	}
	while (prefix.len && prefix.buf[prefix.len - 1] == '/')
		strbuf_setlen(&prefix, prefix.len - 1);
	add_sh_quoted(&quoted, prefix.len ? prefix.buf : ".");
	strbuf_addf(&script, hook_script, quoted.buf);
	/* Ours is whole before theirs moves: a failure leaves theirs in place. */
	if (chain && link(hook, kept)) {
		diag_env(dl, hook, _("cannot keep the existing hook as %s: %s"),
			 HOOK_KEPT_NAME, strerror(errno));
		goto out;
	}
	if (write_script(hook, script.buf, dl)) {
		if (chain)
			unlink(kept);
		goto out;
	}
	*res = chain ? HOOK_CHAINED : HOOK_INSTALLED;
	ret = 0;
out:
	if (!ret)
		*hook_path = hook, hook = NULL;
	free(hooks_dir);
	free(hook);
	free(kept);
	strbuf_release(&prefix);
	strbuf_release(&hooks);
	strbuf_release(&script);
	strbuf_release(&quoted);
	return ret;
}
