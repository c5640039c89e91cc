/*
 * sync-bundle.c — bundles and the province (see sync.h): writing a
 * ward's bundle, syncing a ward from one, finding which ward of a
 * province a bundle belongs to, and the province's loop over its wards.
 *
 * A bundle is matched to a ward by its history, not by a name: the ward
 * whose repository holds the bundle's prerequisites (a bundle made with
 * --since), or its head (already synced), or its first commit (a whole
 * history: found by fetching it into a scratch repository).  Two wards
 * started with "ocop init --git" never share a commit, so the match is
 * one ward; a name carried in the bundle (refs/ocop/NAME) would be the
 * ward's own idea of its name, which the province chose apart ("ward add
 * --name"), and could be wrong where the history cannot.  The bundle
 * holds the ward's branch under its own name, so that it is an ordinary
 * git bundle: "git clone ward.bundle" works too.
 */
#define _XOPEN_SOURCE 700	/* nftw */
#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocop/commit.h"
#include "ocop/git.h"
#include "ocop/node.h"
#include "ocop/province.h"
#include "ocop/readfile.h"
#include "ocop/util.h"
#include "ocop/yamlio.h"
#include "sync-int.h"

#define BUNDLE_HEADER_MAX (1024 * 1024)

/* --- writing ------------------------------------------------------------ */

int sync_bundle(const char *ward_dir, const char *since, int fd,
		struct diag_list *dl)
{
	static const char *const branch_args[] = {
		"symbolic-ref", "--quiet", "HEAD", NULL
	};
	const char *since_args[] = {
		"rev-parse", "--verify", "--quiet", "--end-of-options", NULL, NULL
	};
	const char *args[] = { "bundle", "create", "--quiet", "-", NULL, NULL, NULL };
	struct strbuf err = STRBUF_INIT;
	char *branch = NULL, *base = NULL, *rev = NULL, *not = NULL, *said;
	struct git_call c = {
		.dir = ward_dir, .args = args, .out_fd = fd, .err = &err,
		.plain = true
	};
	int rc, ret = -1;

	if (!git_in_work_tree(ward_dir)) {
		diag_error(dl, ward_dir, 0, 0, _("not in a git repository, so there is no history to bundle"));
		diag_hint(dl, _("'ocop init --git' keeps a new directory in git; 'git init' an old one"));
		goto out;
	}
	branch = sync_git_line(ward_dir, branch_args);
	if (!branch) {
		diag_error(dl, ward_dir, 0, 0, _("HEAD is not on a branch, so there is no branch to bundle"));
		goto out;
	}
	args[4] = branch;
	if (since) {
		rev = xasprintf("%s^{commit}", since);
		since_args[4] = rev;
		base = sync_git_line(ward_dir, since_args);
		if (!base) {
			diag_error(dl, ward_dir, 0, 0, _("--since: '%s' is not a commit of this repository"), since);
			goto out;
		}
		not = xasprintf("^%s", base);
		args[5] = not;
	}
	rc = git_call(&c, dl);
	if (rc > 0) {
		said = sync_git_said(&err);
		if (strstr(err.buf, "empty bundle"))
			diag_error(dl, ward_dir, 0, 0, _("nothing to bundle: the branch has no commit after '%s'"),
				   since ? since : branch);
		else
			diag_env(dl, ward_dir, _("git bundle failed (exit %d): %s"), rc, said);
		free(said);
	}
	ret = rc ? -1 : 0;
out:
	strbuf_release(&err);
	free(branch);
	free(base);
	free(rev);
	free(not);
	return ret;
}

/* --- reading a bundle's header ------------------------------------------ */

struct bundle_head {
	char *oid, *ref;
};

struct bundle_header {
	char **prereqs;
	size_t nprereqs;
	struct bundle_head *heads;
	size_t nheads;
};

static void header_release(struct bundle_header *h)
{
	size_t i;

	for (i = 0; i < h->nprereqs; i++)
		free(h->prereqs[i]);
	for (i = 0; i < h->nheads; i++) {
		free(h->heads[i].oid);
		free(h->heads[i].ref);
	}
	free(h->prereqs);
	free(h->heads);
	memset(h, 0, sizeof(*h));
}

static bool is_oid(const char *s, size_t len)
{
	return (len == 40 || len == 64) && strspn(s, "0123456789abcdef") >= len;
}

/* One line of the header after the signature. */
static int header_line(struct bundle_header *h, char *line)
{
	size_t len = strcspn(line, " ");

	if (*line == '@')	/* a v3 capability */
		return 0;
	if (*line == '-') {
		if (!is_oid(line + 1, strcspn(line + 1, " ")))
			return -1;
		h->prereqs = xrealloc(h->prereqs, (h->nprereqs + 1) * sizeof(*h->prereqs));
		h->prereqs[h->nprereqs++] = xstrndup(line + 1, strcspn(line + 1, " "));
		return 0;
	}
	if (!is_oid(line, len) || line[len] != ' ')
		return -1;
	h->heads = xrealloc(h->heads, (h->nheads + 1) * sizeof(*h->heads));
	h->heads[h->nheads].oid = xstrndup(line, len);
	h->heads[h->nheads].ref = xstrdup(line + len + 1);
	h->nheads++;
	return 0;
}

/*
 * Read the text header of a git bundle: "# v2 git bundle" (or v3 and its
 * capabilities), "-OID" prerequisites, "OID REF" heads, an empty line.
 */
static int read_header(const char *path, const char *shown,
		       struct bundle_header *h, struct diag_list *dl)
{
	FILE *f = fopen(path, "rb");
	char *line = NULL;
	size_t cap = 0, total = 0;
	ssize_t len;
	int ret = -1, n = 0;

	memset(h, 0, sizeof(*h));
	if (!f)
		return diag_env(dl, shown, _("cannot read the bundle: %s"), strerror(errno));
	while ((len = getline(&line, &cap, f)) > 0 && total < BUNDLE_HEADER_MAX) {
		total += (size_t)len;
		if (line[len - 1] != '\n')
			break;
		line[--len] = '\0';
		if (n++ == 0) {
			if (strcmp(line, "# v2 git bundle") && strcmp(line, "# v3 git bundle"))
				break;
			continue;
		}
		if (!len) {
			ret = h->nheads ? 0 : -1;
			break;
		}
		if (header_line(h, line))
			break;
	}
	free(line);
	fclose(f);
	if (ret)
		diag_error(dl, shown, 0, 0, _("not a git bundle, or a damaged one"));
	return ret;
}

/* The head of the bundle for branch (refs/heads/BRANCH), else its only one. */
static const struct bundle_head *pick_head(const struct bundle_header *h,
					   const char *branch)
{
	size_t i, len = strlen(branch);

	for (i = 0; i < h->nheads; i++)
		if (!strncmp(h->heads[i].ref, "refs/heads/", 11) &&
		    !strcmp(h->heads[i].ref + 11, branch) && len)
			return &h->heads[i];
	return h->nheads == 1 ? &h->heads[0] : NULL;
}

/* --- syncing a ward from a bundle --------------------------------------- */

static int verify_and_fetch(struct sync_session *w, const char *path,
			    const struct bundle_head *head, const char *shown,
			    struct diag_list *dl)
{
	const char *verify_args[] = { "bundle", "verify", "--quiet", path, NULL };
	const char *fetch_args[] = {
		"fetch", "--quiet", "--no-tags", "--no-recurse-submodules",
		"--end-of-options", path, head->ref, NULL
	};
	struct strbuf err = STRBUF_INIT;
	char *said;
	int rc = sync_git(w->dir, verify_args, NULL, &err, dl);

	if (rc > 0) {
		said = sync_git_said(&err);
		diag_error(dl, shown, 0, 0, _("the bundle does not verify in '%s': %s"),
			   w->dir, said);
		if (strstr(err.buf, "prerequisite"))
			diag_hint(dl, _("it was made with --since a commit this copy of the ward lacks: ask for a bundle since an older commit, or the whole history"));
		free(said);
	} else if (!rc) {
		strbuf_reset(&err);
		rc = sync_git(w->dir, fetch_args, NULL, &err, dl);
		if (rc > 0) {
			said = sync_git_said(&err);
			diag_env(dl, shown, _("cannot fetch from the bundle: %s"), said);
			free(said);
		}
	}
	strbuf_release(&err);
	return rc ? -1 : 0;
}

int sync_ward_bundle(const char *ward_dir, const char *name,
		     const char *bundle, double wait, struct sync_result *out,
		     struct diag_list *dl)
{
	struct bundle_header h;
	struct sync_session w;
	const struct bundle_head *head;
	char *path = realpath(bundle, NULL);
	int ret = -1;

	memset(out, 0, sizeof(*out));
	memset(&w, 0, sizeof(w));
	out->name = xstrdup(name);
	out->dir = xstrdup(ward_dir);
	out->source = xstrdup(bundle);
	out->state = SYNC_FAILED;
	if (!path) {
		diag_env(dl, bundle, _("cannot read the bundle: %s"), strerror(errno));
		return -1;
	}
	if (read_header(path, bundle, &h, dl))
		goto out;
	if (sync_begin(&w, ward_dir, wait, dl))
		goto out;
	head = pick_head(&h, w.branch);
	if (!head) {
		diag_error(dl, bundle, 0, 0, _("the bundle holds several branches and none is '%s'"),
			   w.branch);
		goto out;
	}
	if (verify_and_fetch(&w, path, head, bundle, dl))
		goto out;
	ret = sync_integrate(&w, head->oid, out, dl);
out:
	sync_end(&w);
	header_release(&h);
	free(path);
	return ret;
}

/* --- the province's wards ----------------------------------------------- */

/*
 * 1 and the wards for a province (province.h), 0 for a ward, -1 (dl) when
 * its list cannot be read.
 */
static int province_wards_read(const char *dir, struct ward_list *wards,
			       struct diag_list *dl)
{
	memset(wards, 0, sizeof(*wards));
	if (!province_is(dir))
		return 0;
	return province_wards(dir, wards, dl) ? -1 : 1;
}

int sync_is_province(const char *dir, struct diag_list *dl)
{
	struct ward_list wards;
	int ret = province_wards_read(dir, &wards, dl);

	ward_list_release(&wards);
	return ret;
}

/* --- which ward a bundle belongs to ------------------------------------- */

/* Does the repository in dir hold one (any) or all of the objects? */
static bool has_objects(const char *dir, char *const *oids, size_t n, bool all)
{
	static const char *const args[] = { "cat-file", "--batch-check", NULL };
	struct diag_list ignore = DIAG_LIST_INIT;
	struct strbuf in = STRBUF_INIT, out = STRBUF_INIT;
	size_t i, missing = 0, found = 0;
	const char *p;

	for (i = 0; i < n; i++)
		strbuf_addf(&in, "%s\n", oids[i]);
	if (n && sync_git_input(dir, args, &in, &out, &ignore) == 0)
		for (p = out.buf; (p = strstr(p, " missing\n")); p++)
			missing++;
	else
		missing = n;
	found = n - (missing > n ? n : missing);
	strbuf_release(&in);
	strbuf_release(&out);
	diag_list_release(&ignore);
	return n && (all ? found == n : found > 0);
}

static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/*
 * The first commits (roots) of a bundle's head: the bundle fetched into a
 * scratch repository that is removed after.  Allocated, one a line.
 */
static int bundle_roots(const char *path, const char *shown,
			const struct bundle_head *head,
			char ***roots, size_t *n, struct diag_list *dl)
{
	const char *tmp = getenv("TMPDIR");
	char *scratch = xasprintf("%s/ocop-bundle.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	const char *init_args[] = { "init", "--quiet", "--bare", ".", NULL };
	const char *fetch_args[] = {
		"fetch", "--quiet", "--no-tags", "--end-of-options", path,
		head->ref, NULL
	};
	const char *roots_args[] = { "rev-list", "--max-parents=0", head->oid, NULL };
	struct strbuf out = STRBUF_INIT;
	char *line, *nl;
	int ret = -1;

	*roots = NULL;
	*n = 0;
	if (!mkdtemp(scratch)) {
		diag_env(dl, scratch, "mkdtemp: %s", strerror(errno));
		free(scratch);
		return -1;
	}
	if (sync_git(scratch, init_args, NULL, NULL, dl) ||
	    sync_git(scratch, fetch_args, NULL, NULL, dl) ||
	    sync_git(scratch, roots_args, &out, NULL, dl)) {
		diag_error(dl, shown, 0, 0, _("not a git bundle, or a damaged one"));
		goto out;
	}
	for (line = out.buf; (nl = strchr(line, '\n')); line = nl + 1) {
		*roots = xrealloc(*roots, (*n + 1) * sizeof(**roots));
		(*roots)[(*n)++] = xstrndup(line, (size_t)(nl - line));
	}
	ret = 0;
out:
	nftw(scratch, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	strbuf_release(&out);
	free(scratch);
	return ret;
}

/*
 * The ward of the province whose history the bundle continues: its index
 * in wards, -1 (dl) when none or several.
 */
static long match_ward(const char *bundle, const char *path,
		       const struct bundle_header *h,
		       const struct ward_entry *wards, size_t nwards,
		       struct diag_list *dl)
{
	struct strbuf names = STRBUF_INIT;
	char **roots = NULL, *tips[1];
	size_t i, k, nroots = 0, found = 0;
	long match = -1;
	int pass;

	/* prerequisites, else a head already there; else the first commits */
	for (pass = 0; pass < 2 && !found; pass++) {
		if (pass == 1) {
			if (h->nprereqs)
				break;
			if (bundle_roots(path, bundle, &h->heads[0], &roots, &nroots, dl))
				return -1;
		}
		for (i = 0; i < nwards; i++) {
			bool hit = false;

			if (pass == 1)
				hit = has_objects(wards[i].dir, roots, nroots, false);
			else if (h->nprereqs)
				hit = has_objects(wards[i].dir, h->prereqs, h->nprereqs, true);
			else
				for (k = 0; k < h->nheads && !hit; k++) {
					tips[0] = h->heads[k].oid;
					hit = has_objects(wards[i].dir, tips, 1, true);
				}
			if (!hit)
				continue;
			strbuf_addf(&names, "%s%s", found ? ", " : "", wards[i].name);
			match = (long)i;
			found++;
		}
	}
	for (i = 0; i < nroots; i++)
		free(roots[i]);
	free(roots);
	if (!found) {
		diag_error(dl, bundle, 0, 0, _("no ward of this province has the history this bundle continues"));
		diag_hint(dl, _("a ward is added first with 'ocop ward add', from its repository or from this bundle"));
	} else if (found > 1) {
		diag_error(dl, bundle, 0, 0, _("the bundle continues the history of several wards (%s); nothing was changed"),
			   names.buf);
		diag_hint(dl, _("sync it in the ward it is for: 'ocop -C WARD-DIRECTORY sync FILE'"));
	}
	strbuf_release(&names);
	return found == 1 ? match : -1;
}

/* --- the province loop --------------------------------------------------- */

static struct sync_result *grow(struct sync_result **results, size_t *n)
{
	*results = xrealloc(*results, (*n + 1) * sizeof(**results));
	memset(&(*results)[*n], 0, sizeof(**results));
	return &(*results)[(*n)++];
}

/* A bundle that matched no ward: a result that says so, for the summary. */
static void bundle_failed(struct sync_result *r, const char *bundle)
{
	r->name = xstrdup(bundle);
	r->source = xstrdup(bundle);
	r->state = SYNC_FAILED;
}

static int sync_bundle_into_province(const char *bundle,
				     const struct ward_entry *wards,
				     size_t nwards, double wait,
				     struct sync_result *r, struct diag_list *dl)
{
	struct bundle_header h;
	char *path = realpath(bundle, NULL);
	long i = -1;
	int ret = -1;

	if (!path) {
		diag_env(dl, bundle, _("cannot read the bundle: %s"), strerror(errno));
		bundle_failed(r, bundle);
		return -1;
	}
	if (!read_header(path, bundle, &h, dl))
		i = match_ward(bundle, path, &h, wards, nwards, dl);
	if (i >= 0)
		ret = sync_ward_bundle(wards[i].dir, wards[i].name, bundle, wait, r, dl);
	else
		bundle_failed(r, bundle);
	header_release(&h);
	free(path);
	return ret;
}

/*
 * The wards' syncs, several at once: a ward's sync is mostly waiting for
 * git (its processes, the remote), so a province of a hundred wards takes
 * a few seconds, not a minute.  Each ward's problems go to its own list,
 * moved to dl in the wards' order, so that the output is the same
 * whatever the threads did first.
 */
struct ward_jobs {
	const struct ward_entry *wards;
	size_t nwards, next;
	double wait;
	struct sync_result *results;
	struct diag_list *dls;
	int *failed;
	pthread_mutex_t lock;
};

static void *ward_worker(void *arg)
{
	struct ward_jobs *j = arg;
	size_t i;

	for (;;) {
		pthread_mutex_lock(&j->lock);
		i = j->next++;
		pthread_mutex_unlock(&j->lock);
		if (i >= j->nwards)
			return NULL;
		j->failed[i] = sync_ward(j->wards[i].dir, j->wards[i].name,
					 j->wait, &j->results[i], &j->dls[i]) != 0;
	}
}

/*
 * Wards synced at once: $OCOP_THREADS, else two a core, at most 16.  An
 * unchanged ward's sync is one git status, mostly the CPU's; a ward that
 * fetches waits on its remote, so a second one a core fills the wait.
 */
static size_t ward_threads(size_t nwards)
{
	const char *env = getenv("OCOP_THREADS");
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	long n = env && *env ? strtol(env, NULL, 10) : 2 * (cores > 0 ? cores : 2);

	if (n < 1)
		n = 1;
	if (n > 16)
		n = 16;
	return (size_t)n < nwards ? (size_t)n : nwards;
}

static int sync_wards(const struct ward_entry *wards, size_t nwards,
		      double wait, struct sync_result *results,
		      struct diag_list *dl)
{
	struct ward_jobs j = {
		.wards = wards, .nwards = nwards, .wait = wait,
		.results = results
	};
	size_t nthreads = ward_threads(nwards), started = 0, i;
	pthread_t *threads = xcalloc(nthreads + 1, sizeof(*threads));
	int failed = 0;

	j.dls = xcalloc(nwards + 1, sizeof(*j.dls));
	j.failed = xcalloc(nwards + 1, sizeof(*j.failed));
	pthread_mutex_init(&j.lock, NULL);
	for (i = 0; i < nthreads; i++)
		if (!pthread_create(&threads[started], NULL, ward_worker, &j))
			started++;
	if (!started)
		ward_worker(&j);	/* no thread could start: this one does it all */
	for (i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
	pthread_mutex_destroy(&j.lock);
	for (i = 0; i < nwards; i++) {
		diag_move(dl, &j.dls[i]);
		diag_list_release(&j.dls[i]);
		failed |= j.failed[i];
	}
	free(j.dls);
	free(j.failed);
	free(threads);
	return failed;
}

int sync_province(const char *dir, const char *const *bundles,
		  size_t nbundles, double wait, struct sync_result **results,
		  size_t *nresults, struct diag_list *dl)
{
	struct ward_list list;
	const struct ward_entry *wards;
	size_t nwards, i;
	int failed = 0;

	*results = NULL;
	*nresults = 0;
	if (province_wards_read(dir, &list, dl) < 0) {
		ward_list_release(&list);
		return -1;
	}
	wards = list.items;
	nwards = list.nr;
	if (diag_error_count(dl))
		failed = 1;
	for (i = 0; i < nbundles; i++)
		if (sync_bundle_into_province(bundles[i], wards, nwards, wait,
					      grow(results, nresults), dl))
			failed = 1;
	if (!nbundles && nwards) {
		*results = xcalloc(nwards, sizeof(**results));
		*nresults = nwards;
		if (sync_wards(wards, nwards, wait, *results, dl))
			failed = 1;
	}
	ward_list_release(&list);
	return failed ? -1 : 0;
}

size_t sync_note_forwarded(struct store *s, const struct sync_result *results,
			   size_t n)
{
	struct diag_list ignore = DIAG_LIST_INIT;
	struct ward_list wards;
	const struct ward_entry *w;
	size_t i, noted = 0;
	char *line;

	/* nothing moved (the usual sync): no git to ask */
	for (i = 0; i < n && results[i].state != SYNC_FORWARDED; i++)
		;
	if (i == n)
		return 0;
	if (!git_in_work_tree(s->root) || province_wards(s->root, &wards, &ignore)) {
		diag_list_release(&ignore);
		return 0;
	}
	for (i = 0; i < n; i++) {
		if (results[i].state != SYNC_FORWARDED ||
		    !(w = ward_list_find(&wards, results[i].name)))
			continue;
		line = xasprintf("ward %s: %.7s..%.7s from %s", w->name,
				 results[i].old ? results[i].old : "",
				 results[i].new ? results[i].new : "",
				 results[i].source ? results[i].source : "?");
		commit_note_file(s, w->path, line);
		free(line);
		noted++;
	}
	ward_list_release(&wards);
	diag_list_release(&ignore);
	return noted;
}
