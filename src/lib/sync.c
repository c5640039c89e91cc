/* sync.c — one ward's sync: its remote, the fast-forward, the check (see sync.h). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ocop/git.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/validate.h"
#include "sync-int.h"

#define SYNC_LIST_MAX 10	/* commits listed on each side of a divergence */

int sync_git(const char *dir, const char *const *args, struct strbuf *out,
	     struct strbuf *err, struct diag_list *dl)
{
	struct strbuf drop = STRBUF_INIT;
	struct git_call c = {
		.dir = dir, .args = args, .out = out ? out : &drop,
		.err = err, .quiet = !err, .plain = true
	};
	int rc = git_call(&c, dl);

	strbuf_release(&drop);
	return rc;
}

int sync_git_input(const char *dir, const char *const *args,
		   const struct strbuf *in, struct strbuf *out,
		   struct diag_list *dl)
{
	struct git_call c = {
		.dir = dir, .args = args, .in = in, .out = out, .quiet = true,
		.plain = true
	};

	return git_call(&c, dl);
}

char *sync_git_line(const char *dir, const char *const *args)
{
	struct diag_list ignore = DIAG_LIST_INIT;
	struct strbuf out = STRBUF_INIT;
	char *line = NULL;
	size_t len;

	if (sync_git(dir, args, &out, NULL, &ignore) == 0 && out.len) {
		len = strcspn(out.buf, "\n");
		if (len)
			line = xstrndup(out.buf, len);
	}
	strbuf_release(&out);
	diag_list_release(&ignore);
	return line;
}

char *sync_git_said(const struct strbuf *err)
{
	static const char *const prefixes[] = { "fatal: ", "error: " };
	const char *start = NULL, *p, *end;
	char *line, *safe;
	size_t i;

	/* git's first "fatal:" or "error:" says what went wrong; what follows explains */
	for (p = err->buf; !start && p < err->buf + err->len; p = strchr(p, '\n') + 1) {
		for (i = 0; i < ARRAY_SIZE(prefixes) && !start; i++)
			if (!strncmp(p, prefixes[i], strlen(prefixes[i])))
				start = p + strlen(prefixes[i]);
		if (!strchr(p, '\n'))
			break;
	}
	if (!start)
		start = err->buf;
	end = strchr(start, '\n');
	line = xstrndup(start, end ? (size_t)(end - start) : strlen(start));
	safe = text_printable(line);
	free(line);
	return safe;
}

void sync_result_release(struct sync_result *r)
{
	size_t i;

	free(r->name);
	free(r->dir);
	free(r->source);
	free(r->old);
	free(r->new);
	for (i = 0; i < r->nhere; i++)
		free(r->here[i]);
	for (i = 0; i < r->nthere; i++)
		free(r->there[i]);
	free(r->here);
	free(r->there);
	for (i = 0; i < r->nchanges; i++) {
		free(r->changes[i].id);
		free(r->changes[i].name);
		free(r->changes[i].decision);
	}
	free(r->changes);
	memset(r, 0, sizeof(*r));
}

void sync_results_release(struct sync_result *results, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		sync_result_release(&results[i]);
	free(results);
}

/*
 * The branch, HEAD and the state of the index and working tree, with one
 * git: "git status --porcelain=v2 --branch -z" says "# branch.oid OID",
 * "# branch.head BRANCH" (or "(initial)", "(detached)"), then a line a
 * changed tracked file.  --no-optional-locks: status must not refresh
 * (write) the index, which a diverged ward keeps byte for byte.
 */
static int read_status(struct sync_session *w, bool *dirty,
		       struct diag_list *dl)
{
	static const char *const args[] = {
		"--no-optional-locks", "status", "--porcelain=v2", "--branch",
		"--no-ahead-behind", "-z", "--untracked-files=no", NULL
	};
	struct strbuf out = STRBUF_INIT;
	const char *p, *end;
	int rc = sync_git(w->dir, args, &out, NULL, dl);

	*dirty = false;
	for (p = out.buf, end = out.buf + out.len; !rc && p < end; p += strlen(p) + 1) {
		if (!strncmp(p, "# branch.oid ", 13) && strcmp(p + 13, "(initial)"))
			w->old = xstrdup(p + 13);
		else if (!strncmp(p, "# branch.head ", 14) && strcmp(p + 14, "(detached)"))
			w->branch = xstrdup(p + 14);
		else if (*p != '#')
			*dirty = true;
	}
	strbuf_release(&out);
	return rc;
}

/*
 * HEAD on no branch, as `git submodule update` leaves every ward of a
 * province: when exactly one branch is at that very commit, HEAD is put
 * back on it (only HEAD moves: the same commit, the same files).  The
 * branch (allocated), or NULL.
 */
static char *reattach_head(struct sync_session *w, struct diag_list *dl)
{
	static const char *const list[] = {
		"for-each-ref", "--points-at=HEAD", "--format=%(refname)",
		"refs/heads/", NULL
	};
	struct strbuf out = STRBUF_INIT;
	char *nl, *branch = NULL;

	if (sync_git(w->dir, list, &out, NULL, dl) || !out.len ||
	    !(nl = strchr(out.buf, '\n')) || nl[1])
		goto out;		/* none, or several: the officer chooses */
	*nl = '\0';
	{
		const char *set[] = { "symbolic-ref", "HEAD", out.buf, NULL };

		if (sync_git(w->dir, set, NULL, NULL, dl))
			goto out;
	}
	branch = xstrdup(out.buf + strlen("refs/heads/"));
	diag_warn(dl, w->dir, 0, 0,
		  _("HEAD was on no branch; put back on '%s', which is at the same commit"),
		  branch);
out:
	strbuf_release(&out);
	return branch;
}

int sync_begin(struct sync_session *w, const char *dir, double wait,
	       struct diag_list *dl)
{
	bool dirty;
	int rc;

	memset(w, 0, sizeof(*w));
	w->dir = dir;
	w->opened = true;
	if (store_open(&w->store, dir, dl) || store_lock(&w->store, wait, dl))
		return -1;
	rc = read_status(w, &dirty, dl);
	if (rc < 0)
		return -1;
	if (rc > 0 && !git_in_work_tree(dir)) {
		diag_error(dl, dir, 0, 0, _("not in a git repository, so there is nothing to sync"));
		diag_hint(dl, _("'ocop init --git' keeps a new directory in git; 'git init' an old one"));
		return -1;
	}
	if (rc > 0)
		return diag_env(dl, dir, _("git status failed (exit %d)"), rc);
	if (!w->branch && w->old)
		w->branch = reattach_head(w, dl);
	if (!w->branch) {
		diag_error(dl, dir, 0, 0, _("HEAD is not on a branch, so there is no branch to move forward"));
		diag_hint(dl, _("check out the ward's branch ('git switch main'), then sync again"));
		return -1;
	}
	if (!w->old)
		return diag_error(dl, dir, 0, 0, _("the branch '%s' has no commit yet"), w->branch);
	if (dirty) {
		diag_error(dl, dir, 0, 0,
			   _("the working tree has changes that are not committed; sync changes nothing then"));
		diag_hint(dl, _("commit them ('git commit -a') or put them aside ('git stash'), then sync again"));
		return -1;
	}
	return 0;
}

void sync_end(struct sync_session *w)
{
	if (!w->opened)
		return;
	free(w->branch);
	free(w->old);
	store_close(&w->store);
	memset(w, 0, sizeof(*w));
}

bool sync_has_commit(const char *dir, const char *oid)
{
	char *rev = xasprintf("%s^{commit}", oid);
	const char *args[] = { "cat-file", "-e", rev, NULL };
	struct diag_list ignore = DIAG_LIST_INIT;
	bool yes = sync_git(dir, args, NULL, NULL, &ignore) == 0;

	diag_list_release(&ignore);
	free(rev);
	return yes;
}

/* Is a an ancestor of b (or b itself)?  1, 0, or -1 (dl) when git fails. */
static int is_ancestor(const char *dir, const char *a, const char *b,
		       struct diag_list *dl)
{
	const char *args[] = { "merge-base", "--is-ancestor", a, b, NULL };
	int rc = sync_git(dir, args, NULL, NULL, dl);

	if (rc == 0 || rc == 1)
		return !rc;
	if (rc > 0)
		diag_env(dl, dir, _("git merge-base failed (exit %d)"), rc);
	return -1;
}

static size_t count_commits(const char *dir, const char *from, const char *to)
{
	char *range = xasprintf("%s..%s", from, to);
	const char *args[] = { "rev-list", "--count", range, NULL };
	char *line = sync_git_line(dir, args);
	size_t n = line ? strtoul(line, NULL, 10) : 0;

	free(line);
	free(range);
	return n;
}

/* The commits in from..to, "abbrev subject" each, at most SYNC_LIST_MAX. */
static void list_commits(const char *dir, const char *from, const char *to,
			 char ***lines, size_t *n)
{
	char *range = xasprintf("%s..%s", from, to), *safe;
	char max[32];
	const char *args[] = { "log", max, "--format=%h %s", range, NULL };
	struct diag_list ignore = DIAG_LIST_INIT;
	struct strbuf out = STRBUF_INIT;
	char *line, *nl;

	snprintf(max, sizeof(max), "--max-count=%d", SYNC_LIST_MAX);
	*lines = xcalloc(SYNC_LIST_MAX, sizeof(**lines));
	*n = 0;
	if (sync_git(dir, args, &out, NULL, &ignore) == 0) {
		for (line = out.buf; *line && *n < SYNC_LIST_MAX; line = nl + 1) {
			nl = strchr(line, '\n');
			if (!nl)
				break;
			*nl = '\0';
			safe = text_printable(line);
			(*lines)[(*n)++] = safe ? safe : xstrdup(line);
		}
	}
	strbuf_release(&out);
	diag_list_release(&ignore);
	free(range);
}

static int report_diverged(struct sync_session *w, const char *new,
			   struct sync_result *r, struct diag_list *dl)
{
	r->state = SYNC_DIVERGED;
	r->here_total = count_commits(w->dir, new, w->old);
	r->there_total = count_commits(w->dir, w->old, new);
	list_commits(w->dir, new, w->old, &r->here, &r->nhere);
	list_commits(w->dir, w->old, new, &r->there, &r->nthere);
	diag_error(dl, w->dir, 0, 0,
		   _("the history diverged from %s (commits only here: %zu, only there: %zu); nothing was changed"),
		   r->source, r->here_total, r->there_total);
	diag_hint(dl, _("the ward's history must be made one by hand (git merge or git rebase in '%s'); ocop never merges"),
		  w->dir);
	return -1;
}

/* Check the ward as it now is; its problems go to dl. */
static void check_ward(const char *dir, struct sync_result *r,
		       struct diag_list *dl)
{
	struct store s;

	if (store_open(&s, dir, dl)) {
		r->check_errors++;
		store_close(&s);
		return;
	}
	r->check_errors = validate_store(&s, CHECK_ALL, dl);
	store_close(&s);
}

static int fast_forward(struct sync_session *w, const char *new,
			struct sync_result *r, struct diag_list *dl)
{
	const char *args[] = {
		"merge", "--ff-only", "--quiet", "--no-stat", "--no-edit",
		new, NULL
	};
	struct strbuf err = STRBUF_INIT;
	char *said;
	int rc = sync_git(w->dir, args, NULL, &err, dl);

	if (rc > 0) {
		said = sync_git_said(&err);
		diag_error(dl, w->dir, 0, 0,
			   _("git could not move the branch forward (exit %d): %s"),
			   rc, said);
		free(said);
	}
	strbuf_release(&err);
	if (rc)
		return -1;
	r->state = SYNC_FORWARDED;
	r->ncommits = count_commits(w->dir, w->old, new);
	return 0;
}

int sync_integrate(struct sync_session *w, const char *new,
		   struct sync_result *r, struct diag_list *dl)
{
	const char *base_args[] = { "merge-base", w->old, new, NULL };
	char *base;
	int forward, back;

	free(r->old);
	free(r->new);
	r->old = xstrdup(w->old);
	r->new = xstrdup(new);
	if (!strcmp(w->old, new)) {
		r->state = SYNC_UP_TO_DATE;
		return 0;
	}
	/* forward first: what a province's sync mostly finds, one git fewer */
	if ((forward = is_ancestor(w->dir, w->old, new, dl)) < 0)
		return -1;
	if (forward) {
		if (fast_forward(w, new, r, dl))
			return -1;
		sync_changes(w, new, r, dl);
		check_ward(w->dir, r, dl);
		return 0;
	}
	if ((back = is_ancestor(w->dir, new, w->old, dl)) < 0)
		return -1;
	if (back) {
		r->state = SYNC_AHEAD;
		r->ncommits = count_commits(w->dir, new, w->old);
		return 0;
	}
	base = sync_git_line(w->dir, base_args);
	if (base) {
		free(base);
		return report_diverged(w, new, r, dl);
	}
	r->state = SYNC_UNRELATED;
	diag_error(dl, w->dir, 0, 0,
		   _("%s has another history than this ward's: nothing in common, nothing was changed"),
		   r->source);
	diag_hint(dl, _("is it the right ward?"));
	return -1;
}

/* The value of key ("section.sub.key\n") in a "git config -z --list", the last. */
static const char *config_value(const struct strbuf *list, const char *key)
{
	const char *p, *end = list->buf + list->len, *value = NULL;
	size_t len = strlen(key);

	for (p = list->buf; p < end; p += strlen(p) + 1)
		if (!strncmp(p, key, len))
			value = p + len;
	return value;
}

/*
 * The branch's remote, ref and the remote's URL, from a configuration
 * list: its upstream (branch.B.remote and branch.B.merge), else "origin"
 * and the branch of the same name; all NULL when there is no remote.
 * Returns whether the upstream was named in full, with the remote's URL.
 */
static bool upstream_from(const struct strbuf *list, const char *branch,
			  char **remote, char **ref, char **url)
{
	char *remote_key = xasprintf("branch.%s.remote\n", branch);
	char *merge_key = xasprintf("branch.%s.merge\n", branch);
	const char *r = config_value(list, remote_key);
	const char *m = config_value(list, merge_key);
	const char *u;
	char *url_key;
	bool named = r && *r && m && *m;

	if (named) {
		*remote = xstrdup(r);
		*ref = xstrdup(m);
	} else if (config_value(list, "remote.origin.url\n")) {
		*remote = xstrdup("origin");
		*ref = xasprintf("refs/heads/%s", branch);
	} else {
		*remote = *ref = NULL;
	}
	url_key = *remote ? xasprintf("remote.%s.url\n", *remote) : NULL;
	u = url_key ? config_value(list, url_key) : NULL;
	*url = u ? xstrdup(u) : NULL;
	free(url_key);
	free(remote_key);
	free(merge_key);
	return named && u;
}

/*
 * Where the branch comes from (upstream_from).  The ward's own config
 * file answers when it names the upstream and its URL in full: git reads
 * it last, so nothing before it could change them, and a province's
 * hundred wards are spared a git each.  Else "git config -z --list",
 * which has the user's and the system's files too.
 */
static void find_remote(const char *dir, const char *branch, char **remote,
			char **ref, char **url)
{
	static const char *const args[] = { "config", "-z", "--list", NULL };
	struct diag_list ignore = DIAG_LIST_INIT;
	struct strbuf out = STRBUF_INIT;
	char *git_dir = git_dir_of(dir, false);
	bool known = false;

	*remote = *ref = *url = NULL;
	if (git_dir && !git_config_local(git_dir, &out))
		known = upstream_from(&out, branch, remote, ref, url);
	if (!known) {
		free(*remote);
		free(*ref);
		free(*url);
		strbuf_reset(&out);
		if (sync_git(dir, args, &out, NULL, &ignore))
			strbuf_reset(&out);
		upstream_from(&out, branch, remote, ref, url);
	}
	free(git_dir);
	strbuf_release(&out);
	diag_list_release(&ignore);
}

/*
 * The commit ref names in a remote that is a folder of this computer (a
 * path, or file://), read there: "git ls-remote" would start a shell and
 * git-upload-pack, three processes, for each of a province's hundred
 * wards.  When the ref's file holds the ward's own HEAD (old), that is
 * the answer with no git at all (a commit, since HEAD is one); else one
 * rev-parse, which also peels a tag.  NULL when the remote is not a
 * folder or says nothing: ls-remote then asks, and says what is wrong.
 */
static char *local_tip(const char *dir, const char *url, const char *ref,
		       const char *old)
{
	const char *path = !strncmp(url, "file://", 7) ? url + 7 : url;
	char *where, *rev, *tip = NULL, *git_dir;
	const char *args[] = { "rev-parse", "--verify", "--quiet", NULL, NULL };

	if (!(*path == '/' || !strncmp(path, "./", 2) || !strncmp(path, "../", 3)))
		return NULL;
	where = *path == '/' ? xstrdup(path) : xasprintf("%s/%s", dir, path);
	git_dir = git_dir_of(where, true);
	if (git_dir)
		tip = git_ref_read(git_dir, ref);
	if (tip && strcmp(tip, old)) {
		free(tip);
		tip = NULL;
	}
	if (!tip && !access(where, F_OK)) {
		rev = xasprintf("%s^{commit}", ref);
		args[3] = rev;
		tip = sync_git_line(where, args);
		free(rev);
	}
	free(git_dir);
	free(where);
	return tip;
}

/*
 * The commit ref names at remote, by "git ls-remote": no pack, no
 * FETCH_HEAD, so that an unchanged ward costs one round trip.  NULL (dl)
 * when the remote cannot be read or has no such ref.
 */
static char *remote_tip(const char *dir, const char *remote, const char *url,
			const char *ref, const char *old, const char *shown,
			struct diag_list *dl)
{
	const char *args[] = { "ls-remote", "--end-of-options", remote, ref, NULL };
	struct strbuf out = STRBUF_INIT, err = STRBUF_INIT;
	char *tip = url ? local_tip(dir, url, ref, old) : NULL, *said;
	size_t len;
	int rc;

	if (tip)
		return tip;
	rc = sync_git(dir, args, &out, &err, dl);

	if (rc > 0) {
		said = sync_git_said(&err);
		diag_env(dl, dir, _("cannot fetch from %s: %s"), shown, said);
		free(said);
	} else if (!rc) {
		/* "OID\tREF\n"; a ref given in full matches one line at most */
		len = strcspn(out.buf, "\t");
		if (len == 40 || len == 64)
			tip = xstrndup(out.buf, len);
		else
			diag_error(dl, dir, 0, 0, _("%s does not exist: the remote has no such branch"),
				   shown);
	}
	strbuf_release(&out);
	strbuf_release(&err);
	return tip;
}

/* Fetch ref from remote; the commit fetched in *new.  0 or -1 (dl). */
static int fetch(const char *dir, const char *remote, const char *ref,
		 const char *shown, char **new, struct diag_list *dl)
{
	const char *args[] = {
		"fetch", "--quiet", "--no-tags", "--no-recurse-submodules",
		"--no-auto-maintenance", "--no-show-forced-updates",
		"--end-of-options", remote, ref, NULL
	};
	static const char *const fetched_args[] = {
		"rev-parse", "--verify", "--quiet", "FETCH_HEAD^{commit}", NULL
	};
	struct strbuf err = STRBUF_INIT;
	char *said;
	int rc = sync_git(dir, args, NULL, &err, dl);

	if (rc > 0) {
		said = sync_git_said(&err);
		diag_env(dl, dir, _("cannot fetch from %s: %s"), shown, said);
		free(said);
	}
	strbuf_release(&err);
	if (rc)
		return -1;
	free(*new);
	*new = sync_git_line(dir, fetched_args);
	if (!*new)
		return diag_env(dl, dir, _("git fetch from %s brought no commit"), shown);
	return 0;
}

/* "origin/main" for refs/heads/main of origin. */
static char *remote_shown(const char *remote, const char *ref)
{
	const char *branch = !strncmp(ref, "refs/heads/", 11) ? ref + 11 : ref;

	return xasprintf("%s/%s", remote, branch);
}

int sync_ward(const char *ward_dir, const char *name, double wait,
	      struct sync_result *out, struct diag_list *dl)
{
	struct sync_session w;
	char *remote = NULL, *ref = NULL, *url = NULL, *new = NULL;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	memset(&w, 0, sizeof(w));
	out->name = xstrdup(name);
	out->dir = xstrdup(ward_dir);
	out->state = SYNC_FAILED;
	if (sync_begin(&w, ward_dir, wait, dl))
		goto out;
	find_remote(ward_dir, w.branch, &remote, &ref, &url);
	if (!remote) {
		out->state = SYNC_NO_REMOTE;
		ret = 0;
		goto out;
	}
	out->source = remote_shown(remote, ref);
	new = remote_tip(ward_dir, remote, url, ref, w.old, out->source, dl);
	if (!new)
		goto out;
	/* the remote's tip already here (up to date, or the ward is ahead): no fetch */
	if (strcmp(new, w.old) && !sync_has_commit(ward_dir, new) &&
	    fetch(ward_dir, remote, ref, out->source, &new, dl))
		goto out;
	ret = sync_integrate(&w, new, out, dl);
out:
	free(remote);
	free(ref);
	free(url);
	free(new);
	sync_end(&w);
	return ret;
}
