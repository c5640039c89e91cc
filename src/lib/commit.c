/* commit.c — a command's changes in words, and their git commit (see commit.h). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/commit.h"
#include "ocop/git.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"
#include "store-int.h"

void commit_set_action(struct store *s, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	free(s->commit_action);
	s->commit_action = strbuf_detach(&sb, NULL);
}

void commit_set_subject(struct store *s, const char *subject)
{
	s->commit_subject = subject;
}

/*
 * One change's line: what the command said it does, else added (with
 * the record's name when known), changed, removed.
 */
static char *change_line(const struct store_change *c, const char *title,
			 const char *action)
{
	const char *slug = store_type_slug(c->type);
	const char *what = c->id ? c->id : c->path;

	if (c->kind == STORE_REMOVED)
		return xasprintf("%s: remove %s", slug, what);
	if (action)
		return xasprintf("%s %s: %s", slug, what, action);
	if (c->kind == STORE_CHANGED || !title)
		return xasprintf("%s: %s %s", slug,
				 c->kind == STORE_CHANGED ? "change" : "add", what);
	return xasprintf("%s: add %s \"%s\"", slug, c->id, title);
}

static void describe(struct store *s, size_t first, const char *title,
		     const char *action)
{
	size_t i;

	for (i = first; i < s->nchanges; i++)
		if (!s->changes[i].line)
			s->changes[i].line = change_line(&s->changes[i], title,
							 action);
}

void commit_describe(struct store *s, size_t first, const char *title)
{
	describe(s, first, title, s->commit_action);
}

void commit_note_file(struct store *s, const char *relpath, const char *line)
{
	struct store_change *c = store_note_file(s, relpath);

	c->line = xstrdup(line);
}

/*
 * Run git with args[0..n), then "--" and the changed paths (args has room
 * for them).  Returns 0, or -1 with failed (a message taking git's exit
 * status) in dl.
 */
static int git_on_changes(struct store *s, const char **args, size_t n,
			  const char *failed, struct diag_list *dl)
{
	size_t i;
	int rc;

	args[n++] = "--";
	for (i = 0; i < s->nchanges; i++)
		args[n++] = s->changes[i].path;
	args[n] = NULL;
	rc = git_run(s->root, args, NULL, false, dl);
	if (rc > 0)
		return diag_env(dl, s->root, failed, rc);
	return rc < 0 ? -1 : 0;
}

/* The subject is the one change, or the command's summary; the body lists them. */
static void compose(struct store *s, struct strbuf *subject, struct strbuf *body)
{
	size_t i;

	describe(s, 0, NULL, NULL);
	for (i = 0; i < s->nchanges; i++)
		strbuf_addf(body, "%s\n", s->changes[i].line);
	if (s->commit_subject)
		strbuf_addstr(subject, s->commit_subject);
	else if (s->nchanges == 1)
		strbuf_addstr(subject, s->changes[0].line);
	else
		strbuf_addf(subject, _("ocop: %zu changes"), s->nchanges);
}

int commit_changes(struct store *s, struct diag_list *dl)
{
	static const char *const add[] = { "add", "-A" };
	const char **args;
	struct strbuf subject = STRBUF_INIT, body = STRBUF_INIT;
	size_t n = 0;
	int ret;

	if (!s->nchanges || s->dry_run || !s->office.valid ||
	    !s->office.u.office.git_commit)
		return 0;
	if (!git_in_work_tree(s->root)) {
		diag_warn(dl, s->office.path, 0, 0,
			  _("'git: commit' is set, but the directory is not in a git repository; nothing committed"));
		diag_hint(dl, _("run 'git init' in it"));
		return 0;
	}
	args = xcalloc(s->nchanges + 16, sizeof(*args));	/* the paths and a dozen words */
	memcpy(args, add, sizeof(add));
	ret = git_on_changes(s, args, ARRAY_SIZE(add),
			     _("git add failed (exit %d); the files are written, not committed"),
			     dl);
	if (!ret) {
		compose(s, &subject, &body);
		args[n++] = "commit";
		args[n++] = "-q";
		/* The records were checked before they were written; a
		 * pre-commit hook running ocop check would read them all again. */
		args[n++] = "--no-verify";
		args[n++] = "-m";
		args[n++] = subject.buf;
		if (s->nchanges > 1 || s->commit_subject) {
			args[n++] = "-m";
			args[n++] = body.buf;
		}
		ret = git_on_changes(s, args, n,
				     _("git commit failed (exit %d); the files are written, not committed"),
				     dl);
	}
	strbuf_release(&subject);
	strbuf_release(&body);
	free(args);
	return ret;
}
