/* store.c — the data directory on disk (see store.h). */
#ifdef __linux__
#define _GNU_SOURCE	/* syncfs() */
#endif
#include <dirent.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdarg.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "ocop/git.h"
#include "ocop/store.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/validate.h"
#include "ocop/yamlio.h"

static const char *const subdirs[] = { "", "producers", "products" };

static void taxes_release(struct store *s);
static const char *type_slug(enum record_type type);
static char *shown_path(const struct store *s, int dirfd, const char *name);

/* A file of a batch, written, waiting for the sync and its rename. */
struct pending_file {
	int dirfd;
	char *tmp, *name;
};

const char *store_subdir(enum record_type type)
{
	return subdirs[type];
}

/* --- finding and opening ----------------------------------------------------- */

static bool has_marker(const char *dir)
{
	struct stat st;
	char *p = xasprintf("%s/%s", dir, STORE_MARKER);
	bool ok = !stat(p, &st) && S_ISREG(st.st_mode);

	free(p);
	return ok;
}

/* Walk up from the working directory, as git looks for .git. */
static char *find_upwards(void)
{
	struct strbuf dir = STRBUF_INIT;
	struct stat here, up;
	int level;

	strbuf_addstr(&dir, ".");
	for (level = 0; level < 256; level++) {
		if (has_marker(dir.buf)) {
			if (level > 0)	/* "./.." → ".." */
				memmove(dir.buf, dir.buf + 2, dir.len - 1);
			return strbuf_detach(&dir, NULL);
		}
		if (stat(dir.buf, &here))
			break;
		strbuf_addstr(&dir, "/..");
		if (stat(dir.buf, &up) ||
		    (up.st_dev == here.st_dev && up.st_ino == here.st_ino))
			break;	/* the root of the file system */
	}
	strbuf_release(&dir);
	return NULL;
}

/*
 * A record folder may be missing (a hand-made directory): readers see it
 * empty, and a writer makes it (create).
 */
static int open_subdir(struct store *s, enum record_type type, bool create,
		       struct diag_list *dl)
{
	int fd = openat(s->rootfd, subdirs[type],
			O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

	if (fd < 0 && errno == ENOENT && !create)
		return 0;
	if (fd < 0 && errno == ENOENT) {
		if (mkdirat(s->rootfd, subdirs[type], 0777) && errno != EEXIST)
			return diag_env(dl, s->root, _("cannot create %s/: %s"),
					subdirs[type], strerror(errno));
		fd = openat(s->rootfd, subdirs[type],
			    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	}
	if (fd < 0)
		return diag_env(dl, s->root, _("cannot open %s/: %s"),
				subdirs[type],
				errno == ELOOP || errno == ENOTDIR ?
				_("not a directory (a symbolic link is refused)") :
				strerror(errno));
	s->dirfd[type] = fd;
	return 0;
}

int store_open(struct store *s, const char *dir, struct diag_list *dl)
{
	const char *env = getenv("OCOP_DATA");
	char *found = NULL;

	memset(s, 0, sizeof(*s));
	s->rootfd = s->lockfd = -1;
	s->dirfd[0] = s->dirfd[1] = s->dirfd[2] = -1;
	strbuf_init(&s->changes, 0);
	record_init(&s->office, RECORD_OFFICE, STORE_MARKER);

	if (!dir && env && *env)
		dir = env;
	if (!dir) {
		found = find_upwards();
		if (!found) {
			diag_env(dl, NULL, _("not in an ocop data directory (no %s here or in any parent)"),
				 STORE_MARKER);
			diag_hint(dl, _("run 'ocop init DIR', or name one with -C DIR or $OCOP_DATA"));
			return -1;
		}
		dir = found;
	}
	s->root = xstrdup(dir);
	free(found);
	free(s->office.path);
	s->office.path = store_path(s, RECORD_OFFICE, NULL);
	s->rootfd = open(s->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (s->rootfd < 0)
		return diag_env(dl, s->root, _("cannot open the data directory: %s"),
				strerror(errno));
	if (!has_marker(s->root)) {
		diag_env(dl, s->root, _("not an ocop data directory (no %s)"),
			 STORE_MARKER);
		diag_hint(dl, _("run 'ocop init %s' to make one"), s->root);
		return -1;
	}
	s->dirfd[RECORD_OFFICE] = dup(s->rootfd);
	if (s->dirfd[RECORD_OFFICE] < 0)
		return diag_env(dl, s->root, "dup: %s", strerror(errno));
	if (open_subdir(s, RECORD_PRODUCER, false, dl) ||
	    open_subdir(s, RECORD_PRODUCT, false, dl))
		return -1;
	return 0;
}

void store_close(struct store *s)
{
	int i;

	for (i = 0; i < 3; i++)
		if (s->dirfd[i] >= 0)
			close(s->dirfd[i]);
	if (s->lockfd >= 0)
		close(s->lockfd);	/* releases the flock */
	if (s->rootfd >= 0)
		close(s->rootfd);
	record_release(&s->office);
	if (s->npending)
		store_end_batch(s, true, &(struct diag_list)DIAG_LIST_INIT);
	store_free_list(s->changed, s->nchanged);
	strbuf_release(&s->changes);
	free(s->action);
	taxes_release(s);
	free(s->root);
	memset(s, 0, sizeof(*s));
	s->rootfd = s->lockfd = -1;
	s->dirfd[0] = s->dirfd[1] = s->dirfd[2] = -1;
}

void store_set_action(struct store *s, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	free(s->action);
	s->action = strbuf_detach(&sb, NULL);
}

void store_note_change(struct store *s, const char *relpath, const char *line)
{
	ALLOC_GROW(s->changed, s->nchanged + 1, s->changed_alloc);
	s->changed[s->nchanged++] = xstrdup(relpath);
	strbuf_addf(&s->changes, "%s\n", line);
}

struct tax_entry {
	char *code, *id;
	size_t next;		/* the older entry of the same code, or NO_TAX */
	bool live;		/* false once its producer was written again */
};

#define NO_TAX ((size_t)-1)

static void taxes_release(struct store *s)
{
	size_t i;

	for (i = 0; i < s->ntaxes; i++) {
		free(s->taxes[i].code);
		free(s->taxes[i].id);
	}
	free(s->taxes);
	s->taxes = NULL;
	s->ntaxes = s->taxes_alloc = 0;
	smap_release(&s->taxes_by_code);
	smap_release(&s->taxes_by_id);
	s->taxes_read = false;
}

/*
 * A producer is written again: its entry is dead (kept in its chain,
 * skipped).  A hash look-up, not a scan: an import writes thousands of
 * producers, each forgotten and added once.
 */
static void taxes_forget(struct store *s, const char *id)
{
	size_t i;

	if (smap_get(&s->taxes_by_id, id, &i) && i != NO_TAX) {
		s->taxes[i].live = false;
		smap_put(&s->taxes_by_id, id, NO_TAX);
	}
}

static void taxes_add(struct store *s, const char *code, const char *id)
{
	struct tax_entry *e;
	size_t head;

	taxes_forget(s, id);
	if (!smap_get(&s->taxes_by_code, code, &head))
		head = NO_TAX;
	ALLOC_GROW(s->taxes, s->ntaxes + 1, s->taxes_alloc);
	e = &s->taxes[s->ntaxes];
	e->code = xstrdup(code);
	e->id = xstrdup(id);
	e->next = head;
	e->live = true;
	smap_put(&s->taxes_by_code, code, s->ntaxes);
	smap_put(&s->taxes_by_id, id, s->ntaxes);
	s->ntaxes++;
}

const char *store_tax_owner(struct store *s, const char *code,
			    const char *except, struct diag_list *dl)
{
	const char *owner = NULL;
	size_t i;

	if (!s->taxes_read) {
		struct diag_list ignore = DIAG_LIST_INIT;
		struct record_set set;

		/* Broken producers are check's to report, not a write's. */
		if (store_read_all(s, RECORD_PRODUCER, &set, &ignore)) {
			diag_move(dl, &ignore);
			return NULL;
		}
		for (i = 0; i < set.nr; i++)
			if (set.items[i].valid && set.items[i].u.producer.tax_code)
				taxes_add(s, set.items[i].u.producer.tax_code,
					  set.items[i].u.producer.id);
		record_set_release(&set);
		diag_list_release(&ignore);
		s->taxes_read = true;
	}
	if (!smap_get(&s->taxes_by_code, code, &i))
		return NULL;
	/* The least id of the others, whatever order they were added in. */
	for (; i != NO_TAX; i = s->taxes[i].next) {
		const struct tax_entry *e = &s->taxes[i];

		if (e->live && (!except || strcmp(e->id, except)) &&
		    (!owner || strcmp(e->id, owner) < 0))
			owner = e->id;
	}
	return owner;
}

static const char *type_slug(enum record_type type)
{
	return type == RECORD_OFFICE ? "office" :
	       type == RECORD_PRODUCER ? "producer" : "product";
}

int store_commit(struct store *s, struct diag_list *dl)
{
	const char **args;
	struct strbuf subject = STRBUF_INIT;
	const char *body;
	size_t i, n = 0;
	int ret = 0, rc;

	if (!s->nchanged || s->dry_run || !s->office.valid ||
	    !s->office.u.office.git_commit)
		return 0;
	if (!git_in_work_tree(s->root)) {
		diag_warn(dl, s->office.path, 0, 0,
			  _("'git: commit' is set, but the directory is not in a git repository; nothing committed"));
		diag_hint(dl, _("run 'git init' in it"));
		return 0;
	}
	args = xcalloc(s->nchanged + 16, sizeof(*args));	/* the paths and a dozen words */
	args[n++] = "add";
	args[n++] = "-A";
	args[n++] = "--";
	for (i = 0; i < s->nchanged; i++)
		args[n++] = s->changed[i];
	args[n] = NULL;
	rc = git_run(s->root, args, NULL, false, dl);
	if (rc > 0)
		ret = diag_env(dl, s->root, _("git add failed (exit %d); the files are written, not committed"), rc);
	else if (rc < 0)
		ret = -1;
	if (!ret) {
		/* The subject is the one change, or the command's summary. */
		body = strchr(s->changes.buf, '\n');
		if (s->subject)
			strbuf_addstr(&subject, s->subject);
		else if (s->nchanged == 1)
			strbuf_add(&subject, s->changes.buf, (size_t)(body - s->changes.buf));
		else
			strbuf_addf(&subject, _("ocop: %zu changes"), s->nchanged);
		n = 0;
		args[n++] = "commit";
		args[n++] = "-q";
		/* The records were checked before they were written; a
		 * pre-commit hook running ocop check would read them all again. */
		args[n++] = "--no-verify";
		args[n++] = "-m";
		args[n++] = subject.buf;
		if (s->nchanged > 1 || s->subject) {
			args[n++] = "-m";
			args[n++] = s->changes.buf;
		}
		args[n++] = "--";
		for (i = 0; i < s->nchanged; i++)
			args[n++] = s->changed[i];
		args[n] = NULL;
		rc = git_run(s->root, args, NULL, false, dl);
		if (rc > 0)
			ret = diag_env(dl, s->root, _("git commit failed (exit %d); the files are written, not committed"), rc);
		else if (rc < 0)
			ret = -1;
	}
	strbuf_release(&subject);
	free(args);
	return ret;
}

int store_lock(struct store *s, double wait_seconds, struct diag_list *dl)
{
	struct timespec pause = { 0, 20 * 1000 * 1000 };
	double waited = 0;
	int fd;

	if (s->lockfd >= 0)
		return 0;
	fd = openat(s->rootfd, STORE_LOCK,
		    O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (fd < 0)
		return diag_env(dl, s->root, _("cannot open the lock file %s: %s"),
				STORE_LOCK, strerror(errno));
	while (flock(fd, LOCK_EX | LOCK_NB)) {
		if (errno == EINTR)
			continue;
		if (errno != EWOULDBLOCK) {
			close(fd);
			return diag_env(dl, s->root, _("cannot lock: %s"),
					strerror(errno));
		}
		if (waited >= wait_seconds) {
			close(fd);
			diag_add(dl, DIAG_ERROR, EXIT_LOCKED, s->root, 0, 0,
				 _("the data directory is locked by another ocop command"));
			diag_hint(dl, _("try again, or pass --wait SECONDS"));
			return -1;
		}
		nanosleep(&pause, NULL);
		waited += 0.02;
	}
	s->lockfd = fd;
	if ((s->dirfd[RECORD_PRODUCER] < 0 &&
	     open_subdir(s, RECORD_PRODUCER, true, dl)) ||
	    (s->dirfd[RECORD_PRODUCT] < 0 &&
	     open_subdir(s, RECORD_PRODUCT, true, dl)))
		return -1;
	return 0;
}

char *store_path(const struct store *s, enum record_type type, const char *id)
{
	if (type == RECORD_OFFICE)
		return xasprintf("%s/%s", s->root, STORE_MARKER);
	return xstrconcat(s->root, "/", subdirs[type], "/", id, ".yaml",
			  (char *)NULL);
}

static char *file_name(enum record_type type, const char *id)
{
	return type == RECORD_OFFICE ? xstrdup(STORE_MARKER) :
	       xstrconcat(id, ".yaml", (char *)NULL);
}

bool store_exists(const struct store *s, enum record_type type, const char *id)
{
	size_t i;
	struct stat st;
	char *name;
	bool ok;

	if (!record_id_valid(id))
		return false;
	name = file_name(type, id);
	ok = !fstatat(s->dirfd[type], name, &st, AT_SYMLINK_NOFOLLOW) &&
	     S_ISREG(st.st_mode);
	/* A record written in this batch exists, though not yet renamed. */
	if (!ok)
		ok = smap_get(&s->pending_names[type], name, &i);
	free(name);
	return ok;
}

/* --- reading ------------------------------------------------------------------- */

/* Read a whole regular file, bounded by YAML_MAX_BYTES. */
static int read_file(int dirfd, const char *name, const char *shown,
		     struct strbuf *out, struct diag_list *dl)
{
	struct stat st;
	ssize_t n;
	int fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);

	if (fd < 0 && errno == ELOOP)
		return diag_error(dl, shown, 0, 0,
				  _("is a symbolic link; records must be plain files"));
	if (fd < 0)
		return diag_env(dl, shown, "%s", strerror(errno));
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		close(fd);
		return diag_error(dl, shown, 0, 0, _("not a regular file"));
	}
	if (st.st_size > YAML_MAX_BYTES) {
		close(fd);
		return diag_error(dl, shown, 0, 0,
				  _("file larger than the limit of 1 MiB"));
	}
	strbuf_grow(out, (size_t)st.st_size);
	for (;;) {
		strbuf_grow(out, 4096);
		n = read(fd, out->buf + out->len, out->alloc - out->len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		strbuf_setlen(out, out->len + (size_t)n);
		if (out->len > YAML_MAX_BYTES)
			break;
	}
	close(fd);
	if (n < 0)
		return diag_env(dl, shown, _("cannot read: %s"), strerror(errno));
	if (out->len > YAML_MAX_BYTES)
		return diag_error(dl, shown, 0, 0,
				  _("file larger than the limit of 1 MiB"));
	return 0;
}

/* Parse and check a record from its file; r->path is the shown path. */
/* buf: a buffer the caller reuses from file to file. */
static int load_record_into(struct store *s, enum record_type type,
			    const char *id, struct record *r,
			    struct strbuf *buf, struct diag_list *dl)
{
	char *name = file_name(type, id);
	int ret;

	strbuf_reset(buf);
	ret = read_file(s->dirfd[type], name, r->path, buf, dl);
	if (!ret)
		ret = yaml_load(buf->buf, buf->len, r->path, &r->doc, dl);
	r->parsed = !ret;
	if (!ret)
		ret = record_decode(r, dl);
	free(name);
	return ret;
}

static int load_record(struct store *s, enum record_type type, const char *id,
		       struct record *r, struct diag_list *dl)
{
	struct strbuf buf = STRBUF_INIT;
	int ret = load_record_into(s, type, id, r, &buf, dl);

	strbuf_release(&buf);
	return ret;
}

static const char *type_noun(enum record_type type)
{
	return type == RECORD_PRODUCER ? _("producer") : _("product");
}

/* The id a mistyped id or a name most likely meant, for the hint. */
static void hint_missing(struct store *s, enum record_type type,
			 const char *id, struct diag_list *dl)
{
	struct diag_list ignore = DIAG_LIST_INIT;
	char **ids;
	size_t n, i, matches = 0;
	const char *near, *match = NULL;

	if (store_list(s, type, &ids, &n, &ignore))
		goto out;
	near = text_suggest(id, (const char *const *)ids, n);
	if (near) {
		diag_hint(dl, _("did you mean '%s'?"), near);
	} else {
		/* Officers type names: look for the text in the ids. */
		char *slug = text_slug(id);

		for (i = 0; *slug && i < n; i++)
			if (strstr(ids[i], slug)) {
				match = ids[i];
				matches++;
			}
		if (matches == 1)
			diag_hint(dl, _("did you mean '%s'?"), match);
		else if (matches > 1)
			diag_hint(dl, _("%zu ids contain '%s'; see 'ocop %s list --search'"),
				  matches, slug, type_slug(type));
		free(slug);
	}
	store_free_list(ids, n);
out:
	diag_list_release(&ignore);
}

/* Is there anything under the record's name (a symbolic link, a folder)?
 * Then reading it says what is wrong rather than "no such record". */
static bool entry_exists(const struct store *s, enum record_type type,
			 const char *id)
{
	struct stat st;
	char *name = file_name(type, id);
	bool ok = !fstatat(s->dirfd[type], name, &st, AT_SYMLINK_NOFOLLOW);

	free(name);
	return ok;
}

int store_read(struct store *s, enum record_type type, const char *id,
	       struct record *r, struct diag_list *dl)
{
	char *path;

	/* The caller releases r whatever happens: initialise it first. */
	record_init(r, type, NULL);
	if (type != RECORD_OFFICE && !record_id_valid(id)) {
		diag_error(dl, NULL, 0, 0,
			   _("'%s' is not a valid %s id (lower-case letters, digits and '-')"),
			   id, type_noun(type));
		hint_missing(s, type, id, dl);
		return -1;
	}
	path = store_path(s, type, id);
	free(r->path);
	r->path = path;
	if (type != RECORD_OFFICE && !store_exists(s, type, id) &&
	    !entry_exists(s, type, id)) {
		diag_error(dl, NULL, 0, 0, _("no %s '%s'"), type_noun(type), id);
		hint_missing(s, type, id, dl);
		return -1;
	}
	return load_record(s, type, id, r, dl);
}

int store_read_office(struct store *s, struct diag_list *dl)
{
	record_release(&s->office);
	{
		char *path = store_path(s, RECORD_OFFICE, NULL);

		record_init(&s->office, RECORD_OFFICE, path);
		free(path);
	}
	return load_record(s, RECORD_OFFICE, NULL, &s->office, dl);
}

static int compare_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int store_list(struct store *s, enum record_type type, char ***ids,
	       size_t *nr, struct diag_list *dl)
{
	size_t alloc = 0;
	struct dirent *de;
	DIR *d;
	int fd;

	*ids = NULL;
	*nr = 0;
	if (s->dirfd[type] < 0)
		return 0;	/* no folder yet: no records */
	fd = dup(s->dirfd[type]);
	if (fd < 0 || !(d = fdopendir(fd))) {
		if (fd >= 0)
			close(fd);
		return diag_env(dl, s->root, _("cannot list %s/: %s"),
				subdirs[type], strerror(errno));
	}
	rewinddir(d);
	while ((errno = 0, de = readdir(d))) {
		size_t len = strlen(de->d_name);
		char *id;

		if (len <= 5 || strcmp(de->d_name + len - 5, ".yaml"))
			continue;
		id = xstrndup(de->d_name, len - 5);
		if (!record_id_valid(id)) {
			free(id);
			continue;
		}
		ALLOC_GROW(*ids, *nr + 1, alloc);
		(*ids)[(*nr)++] = id;
	}
	if (errno) {
		int e = errno;

		closedir(d);
		store_free_list(*ids, *nr);
		*ids = NULL;
		*nr = 0;
		return diag_env(dl, s->root, _("cannot list %s/: %s"),
				subdirs[type], strerror(e));
	}
	closedir(d);
	if (*nr)
		qsort(*ids, *nr, sizeof(**ids), compare_str);
	return 0;
}

void store_free_list(char **ids, size_t nr)
{
	size_t i;

	for (i = 0; i < nr; i++)
		free(ids[i]);
	free(ids);
}

/*
 * Reading a directory of records is parsing many small files: the work
 * is split among threads (one a core), each taking the next batch of
 * files.  Each record keeps its own problems, merged in id order after,
 * so the messages do not depend on the threads.
 */
struct read_job {
	struct store *s;
	enum record_type type;
	char **ids;
	struct record *items;
	struct diag_list *diags;	/* one list a record */
	size_t n;
	bool views;		/* keep the typed views only */
	const struct record_check *check;	/* or NULL */
	struct diag_list *problems;	/* check's, one list a record */
	atomic_size_t next;
};

#define READ_BATCH 32

struct reader {
	struct read_job *job;
	struct node_pool *pool;		/* this thread's, for its records */
};

static void *read_worker(void *arg)
{
	struct reader *rd = arg;
	struct read_job *job = rd->job;
	struct strbuf buf = STRBUF_INIT;
	size_t first, i;

	while ((first = atomic_fetch_add(&job->next, READ_BATCH)) < job->n)
		for (i = first; i < first + READ_BATCH && i < job->n; i++) {
			struct record *r = &job->items[i];
			char *path = store_path(job->s, job->type, job->ids[i]);

			record_init(r, job->type, path);
			free(path);
			/* A view is copied out of a tree of the record's own,
			 * freed at once; a tree to keep goes in the pool. */
			if (!job->views)
				r->doc.pool = rd->pool;
			load_record_into(job->s, job->type, job->ids[i], r,
					 &buf, &job->diags[i]);
			if (job->check && r->valid)
				job->check->fn(r, job->check->ctx,
					       &job->problems[i]);
			if (job->views)
				record_keep_view(r, rd->pool);
		}
	strbuf_release(&buf);
	return NULL;
}

/* Threads to read with: $OCOP_THREADS, else one a core, at most 8. */
static size_t reader_threads(size_t files)
{
	const char *env = getenv("OCOP_THREADS");
	long n = env && *env ? strtol(env, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 1 || files < 2 * READ_BATCH)
		n = 1;
	return n > 8 ? 8 : (size_t)n;
}

static int read_set(struct store *s, enum record_type type,
		    struct record_set *set, bool views,
		    const struct record_check *check, struct diag_list *dl)
{
	struct read_job job;
	pthread_t threads[8];
	struct reader readers[8];
	size_t nthreads, started = 0, i;
	char **ids;
	size_t n;

	memset(set, 0, sizeof(*set));
	if (store_list(s, type, &ids, &n, dl))
		return -1;
	set->items = xcalloc(n ? n : 1, sizeof(*set->items));
	job.s = s;
	job.type = type;
	job.ids = ids;
	job.items = set->items;
	job.diags = xcalloc(n ? n : 1, sizeof(*job.diags));
	job.n = n;
	job.views = views;
	job.check = check;
	job.problems = check ? xcalloc(n ? n : 1, sizeof(*job.problems)) : NULL;
	atomic_init(&job.next, 0);
	nthreads = reader_threads(n);
	set->pools = xcalloc(nthreads, sizeof(*set->pools));
	set->npools = nthreads;
	for (i = 0; i < nthreads; i++) {
		readers[i].job = &job;
		readers[i].pool = &set->pools[i];
	}
	/* The calling thread is one of the readers. */
	for (i = 1; i < nthreads; i++)
		if (!pthread_create(&threads[started], NULL, read_worker,
				    &readers[started + 1]))
			started++;
	read_worker(&readers[0]);
	for (i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
	for (i = 0; i < n; i++) {
		diag_move(dl, &job.diags[i]);
		if (check)
			diag_move(check->problems, &job.problems[i]);
	}
	free(job.diags);
	free(job.problems);
	set->nr = n;
	store_free_list(ids, n);
	return 0;
}

int store_read_all(struct store *s, enum record_type type,
		   struct record_set *set, struct diag_list *dl)
{
	return read_set(s, type, set, false, NULL, dl);
}

int store_read_views(struct store *s, enum record_type type,
		     struct record_set *set, struct diag_list *dl)
{
	return read_set(s, type, set, true, NULL, dl);
}

int store_read_checked(struct store *s, enum record_type type,
		       struct record_set *set, const struct record_check *check,
		       struct diag_list *dl)
{
	return read_set(s, type, set, true, check, dl);
}

void record_set_release(struct record_set *set)
{
	size_t i;

	for (i = 0; i < set->nr; i++)
		record_release(&set->items[i]);
	for (i = 0; i < set->npools; i++)
		node_pool_release(&set->pools[i]);
	free(set->pools);
	free(set->items);
	memset(set, 0, sizeof(*set));
}

struct record *record_set_find(const struct record_set *set, const char *id)
{
	size_t lo = 0, hi = set->nr;

	/* Sets come from store_list in id order; a record that failed to
	 * parse has no id, so search by the file name in its path. */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *path = set->items[mid].path;
		const char *base = strrchr(path, '/');
		size_t len;
		int c;

		base = base ? base + 1 : path;
		len = strlen(base) - 5;	/* ".yaml" */
		c = strncmp(base, id, len);
		if (!c)
			c = id[len] ? -1 : 0;
		if (!c)
			return &set->items[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* --- writing ------------------------------------------------------------------- */

/*
 * The temporary file being written, so that a signal handler can remove
 * it: an interrupted command leaves the old file and nothing else.
 */
static volatile sig_atomic_t tmp_active;
static int tmp_dirfd = -1;
static char tmp_name[128];

static void remove_tmp_on_signal(int sig)
{
	if (tmp_active)
		unlinkat(tmp_dirfd, tmp_name, 0);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void guard_signals(void)
{
	static bool installed;
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
	size_t i;

	if (installed)
		return;
	installed = true;
	for (i = 0; i < ARRAY_SIZE(sigs); i++) {
		struct sigaction sa;

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = remove_tmp_on_signal;
		sigemptyset(&sa.sa_mask);
		if (sigaction(sigs[i], NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
			continue;
		sa.sa_handler = remove_tmp_on_signal;
		sigaction(sigs[i], &sa, NULL);
	}
}

static int write_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		if (n == 0) {
			errno = ENOSPC;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

static int write_failed(const char *shown, const char *what, int err,
			struct diag_list *dl)
{
	diag_env(dl, shown, _("%s failed: %s; the file is unchanged"), what,
		 strerror(err));
	return -1;
}

void store_begin_batch(struct store *s)
{
	s->batch = true;
}

/* The record type whose folder dirfd is, or -1. */
static int type_of_dirfd(const struct store *s, int dirfd)
{
	int k;

	for (k = 0; k < 3; k++)
		if (s->dirfd[k] == dirfd)
			return k;
	return -1;
}

/* A store writes in four folders: its root, and dirfd[]'s three. */
#define STORE_FOLDERS 4

/* The folders of the pending files, each once. */
static size_t pending_folders(const struct store *s, int folders[STORE_FOLDERS])
{
	size_t i, k, n = 0;

	for (i = 0; i < s->npending; i++) {
		int fd = s->pending[i].dirfd;

		for (k = 0; k < n && folders[k] != fd; k++)
			;
		if (k < n)
			continue;
		if (n == STORE_FOLDERS)
			BUG("a pending file outside the store's folders");
		folders[n++] = fd;
	}
	return n;
}

#ifdef __linux__
/*
 * Every temp file's data is on disk before any rename, so that a crash
 * leaves each record old or new, never empty.  One syncfs() a folder
 * (they are on one file system, mostly) writes them all at once; an
 * fsync() a file would make each file's data and inode a synchronous
 * write of its own (32,000 of them for a national register, most of the
 * import's time).  Linux 5.8 and later report a failed writeback of any
 * of the files here.
 */
static int sync_pending(struct store *s, struct diag_list *dl)
{
	int folders[STORE_FOLDERS];
	size_t k, n = pending_folders(s, folders);

	for (k = 0; k < n; k++)
		if (syncfs(folders[k]))
			return diag_env(dl, s->root, _("syncing the written files failed: %s; no file was changed"),
					strerror(errno));
	return 0;
}
#else
/* Without syncfs(): the files one by one (see above). */
static int sync_pending(struct store *s, struct diag_list *dl)
{
	size_t i;
	int ret = 0;

	for (i = 0; !ret && i < s->npending; i++) {
		int fd = openat(s->pending[i].dirfd, s->pending[i].tmp,
				O_RDONLY | O_NOFOLLOW | O_CLOEXEC);

		if (fd < 0 || fsync(fd)) {
			char *shown = shown_path(s, s->pending[i].dirfd, s->pending[i].name);

			ret = write_failed(shown, "fsync", errno, dl);
			free(shown);
		}
		if (fd >= 0)
			close(fd);
	}
	return ret;
}
#endif

int store_end_batch(struct store *s, bool fail, struct diag_list *dl)
{
	int folders[STORE_FOLDERS], k, ret = 0;
	size_t i, nfolders = pending_folders(s, folders);
	bool renaming;

	s->batch = false;
	if (!fail && s->npending)
		ret = sync_pending(s, dl);
	renaming = !fail && !ret;
	for (i = 0; i < s->npending; i++) {
		struct pending_file *p = &s->pending[i];

		if (fail || ret) {	/* after a failed rename too: no more */
			unlinkat(p->dirfd, p->tmp, 0);
		} else if (renameat(p->dirfd, p->tmp, p->dirfd, p->name)) {
			char *shown = shown_path(s, p->dirfd, p->name);

			ret = write_failed(shown, "rename", errno, dl);
			unlinkat(p->dirfd, p->tmp, 0);
			free(shown);
		}
		free(p->tmp);
		free(p->name);
	}
	/* The renames on disk (a folder left as it was costs a needless fsync). */
	for (i = 0; renaming && i < nfolders; i++)
		if (fsync(folders[i]) && !ret)
			ret = diag_env(dl, s->root, _("fsync of a folder failed: %s"),
				       strerror(errno));
	free(s->pending);
	s->pending = NULL;
	s->npending = s->pending_alloc = 0;
	for (k = 0; k < 3; k++)
		smap_release(&s->pending_names[k]);
	return ret;
}

/* The path of a file of one of the store's folders, as messages show it. */
static char *shown_path(const struct store *s, int dirfd, const char *name)
{
	if (dirfd == s->dirfd[RECORD_PRODUCER] || dirfd == s->dirfd[RECORD_PRODUCT])
		return xasprintf("%s/%s/%s", s->root,
				 subdirs[dirfd == s->dirfd[RECORD_PRODUCER] ?
					 RECORD_PRODUCER : RECORD_PRODUCT], name);
	return xasprintf("%s/%s", s->root, name);
}

int store_write_file(struct store *s, int dirfd, const char *name,
		     const char *data, size_t len, struct diag_list *dl)
{
	char *shown = shown_path(s, dirfd, name);
	const char *step = "open";
	struct stat st;
	int fd = -1, err = 0, ret = -1;

	if (strlen(name) + 32 > sizeof(tmp_name))
		BUG("file name too long: %s", name);
	guard_signals();
	snprintf(tmp_name, sizeof(tmp_name), ".%s.tmp-%ld", name, (long)getpid());
	/* In a batch every temp file waits for the batch's end; an
	 * interrupted batch leaves temp files that check names. */
	tmp_dirfd = dirfd;
	/* Under the lock, a temp file of ours can only be a dead command's. */
	unlinkat(dirfd, tmp_name, 0);
	fd = openat(dirfd, tmp_name,
		    O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (fd < 0) {
		err = errno;
		goto out;
	}
	tmp_active = 1;
	/* Keep the mode of the file we replace (recutils NEWS 1.2). */
	if (!fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) &&
	    S_ISREG(st.st_mode) && fchmod(fd, st.st_mode & 07777)) {
		err = errno, step = "chmod";
		goto out;
	}
	if (write_all(fd, data, len)) {
		err = errno, step = "write";
		goto out;
	}
	if (!s->batch && fsync(fd)) {
		err = errno, step = "fsync";
		goto out;
	}
	step = "close";
	ret = close(fd);
	fd = -1;
	if (ret) {
		err = errno;
		ret = -1;
		goto out;
	}
	if (s->batch) {
		struct pending_file *p;

		ALLOC_GROW(s->pending, s->npending + 1, s->pending_alloc);
		p = &s->pending[s->npending];
		p->dirfd = dirfd;
		p->tmp = xstrdup(tmp_name);
		p->name = xstrdup(name);
		/* store_exists asks for it, once for every product written. */
		if (type_of_dirfd(s, dirfd) >= 0)
			smap_put(&s->pending_names[type_of_dirfd(s, dirfd)],
				 name, s->npending);
		s->npending++;
		tmp_active = 0;
		ret = 0;
		goto out;
	}
	if (renameat(dirfd, tmp_name, dirfd, name)) {
		err = errno, step = "rename";
		ret = -1;
		goto out;
	}
	tmp_active = 0;
	/* The rename is durable only once the directory is on disk. */
	if (fsync(dirfd)) {
		diag_env(dl, shown, _("written, but syncing the folder failed (%s): the change may not survive a power cut"),
			 strerror(errno));
		free(shown);
		return -1;
	}
	ret = 0;
out:
	if (fd >= 0)
		close(fd);
	if (tmp_active) {
		unlinkat(dirfd, tmp_name, 0);
		tmp_active = 0;
	}
	if (err)
		write_failed(shown, step, err, dl);
	free(shown);
	return err ? -1 : ret;
}

/*
 * The second half of a write: the file in place (or, in a dry run,
 * printed), the change noted for the commit.  For a producer, the cache
 * of tax codes follows its tax_code.
 */
static int put_text(struct store *s, enum record_type type, const char *id,
		    const char *title, const char *path, const char *text,
		    size_t len, bool producer, const char *tax_code,
		    struct diag_list *dl)
{
	struct stat st;
	bool existed;
	char *name;
	int ret;

	if (s->dry_run) {
		fprintf(stderr, _("%s: dry run: would write %s:\n%s"),
			ocop_progname, path, text);
		return 0;
	}
	if (s->lockfd < 0)
		BUG("store_write without the lock");
	name = file_name(type, id);
	existed = !fstatat(s->dirfd[type], name, &st, AT_SYMLINK_NOFOLLOW);
	ret = store_write_file(s, s->dirfd[type], name, text, len, dl);
	if (!ret) {
		char *rel = type == RECORD_OFFICE ? xstrdup(name) :
			    xasprintf("%s/%s", subdirs[type], name);
		char *line = s->action ?
			xasprintf("%s %s: %s", type_slug(type),
				  id ? id : rel, s->action) :
			existed || !title ?
			xasprintf("%s: %s %s", type_slug(type),
				  existed ? "change" : "add", id ? id : rel) :
			xasprintf("%s: add %s \"%s\"", type_slug(type), id, title);

		store_note_change(s, rel, line);
		free(line);
		free(rel);
		if (producer && s->taxes_read) {
			taxes_forget(s, id);
			if (tax_code && *tax_code)
				taxes_add(s, tax_code, id);
		}
	}
	free(name);
	return ret;
}

int store_write(struct store *s, struct record *r, struct diag_list *dl)
{
	struct strbuf out = STRBUF_INIT;
	const char *id = NULL;
	int ret;

	if (r->doc.comment_line && !s->force) {
		diag_error(dl, r->path, r->doc.comment_line, r->doc.comment_col,
			   _("the file holds a comment, which rewriting it would lose"));
		diag_hint(dl, _("move the text into 'notes:', or pass --force to drop it"));
		return -1;
	}
	record_canonicalize(r);
	if (validate_record(s, r, dl))
		return -1;
	if (yaml_emit(r->doc.root, r->path, &out, dl)) {
		strbuf_release(&out);
		return -1;
	}
	if (r->type != RECORD_OFFICE) {
		id = node_get_str(r->doc.root, "id");
		if (!record_id_valid(id))
			BUG("writing a record without a valid id");
	}
	ret = put_text(s, r->type, id, node_get_str(r->doc.root, "name"),
		       r->path, out.buf, out.len, r->type == RECORD_PRODUCER,
		       node_get_str(r->doc.root, "tax_code"), dl);
	strbuf_release(&out);
	return ret;
}

int store_write_text(struct store *s, enum record_type type, const char *id,
		     const char *name, const char *tax_code, const char *text,
		     size_t len, struct diag_list *dl)
{
	char *path;
	int ret = -1;

	if (type == RECORD_OFFICE || !record_id_valid(id))
		BUG("writing a record without a valid id");
	path = store_path(s, type, id);
	if (type != RECORD_PRODUCER ||
	    !validate_tax_code_unique(s, id, tax_code, path, 0, 0, dl))
		ret = put_text(s, type, id, name, path, text, len,
			       type == RECORD_PRODUCER, tax_code, dl);
	free(path);
	return ret;
}

int store_remove(struct store *s, enum record_type type, const char *id,
		 struct diag_list *dl)
{
	char *name, *shown;
	int ret = 0;

	if (!record_id_valid(id))
		BUG("removing an invalid id");
	shown = store_path(s, type, id);
	if (s->dry_run) {
		fprintf(stderr, _("%s: dry run: would remove %s\n"),
			ocop_progname, shown);
		free(shown);
		return 0;
	}
	if (s->lockfd < 0)
		BUG("store_remove without the lock");
	name = file_name(type, id);
	if (unlinkat(s->dirfd[type], name, 0)) {
		ret = diag_env(dl, shown, _("cannot remove: %s"), strerror(errno));
	} else {
		char *rel = xasprintf("%s/%s", subdirs[type], name);
		char *line = xasprintf("%s: remove %s", type_slug(type), id);

		if (type == RECORD_PRODUCER && s->taxes_read)
			taxes_forget(s, id);

		store_note_change(s, rel, line);
		free(line);
		free(rel);
		if (fsync(s->dirfd[type]))
			ret = diag_env(dl, shown, _("fsync of the directory failed: %s"),
				       strerror(errno));
	}
	free(name);
	free(shown);
	return ret;
}

/* --- init ------------------------------------------------------------------------ */

static const char gitattributes[] =
	"# Written by ocop init: records are UTF-8 text with LF line ends.\n"
	"*.yaml text eol=lf\n";
static const char gitignore[] =
	"# Written by ocop init: the lock file of running ocop commands.\n"
	"/" STORE_LOCK "\n"
	".*.tmp-*\n";

/* ocop init --git: a repository (unless already in one) and a first commit. */
static int init_git(struct store *s, const char *dir, struct diag_list *dl)
{
	static const char *const init_args[] = { "init", "-q", NULL };
	int rc;

	if (!git_in_work_tree(dir)) {
		rc = git_run(dir, init_args, NULL, false, dl);
		if (rc)
			return rc > 0 ? diag_env(dl, dir, _("git init failed (exit %d)"), rc) : -1;
	}
	store_note_change(s, ".gitattributes", "ocop: .gitattributes");
	store_note_change(s, ".gitignore", "ocop: .gitignore");
	if (store_read_office(s, dl))
		return -1;
	s->subject = _("ocop: init");
	return store_commit(s, dl);
}

int store_init(const char *dir, const char *ward, const char *province,
	       bool git, struct diag_list *dl)
{
	struct store s;
	struct record office;
	struct diag_list ignore = DIAG_LIST_INIT;
	int ret = -1;

	if (mkdir(dir, 0777) && errno != EEXIST)
		return diag_env(dl, dir, _("cannot create the directory: %s"),
				strerror(errno));
	if (has_marker(dir)) {
		diag_error(dl, dir, 0, 0, _("already an ocop data directory (%s exists)"),
			   STORE_MARKER);
		return -1;
	}
	/* Create the marker first so that store_open accepts the directory;
	 * it is rewritten in full, atomically, below. */
	{
		char *marker = xasprintf("%s/%s", dir, STORE_MARKER);
		int fd = open(marker, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);

		if (fd < 0) {
			diag_env(dl, marker, _("cannot create: %s"), strerror(errno));
			free(marker);
			return -1;
		}
		close(fd);
		free(marker);
	}
	if (store_open(&s, dir, dl) || store_lock(&s, 0, dl))
		goto out;
	record_init(&office, RECORD_OFFICE, s.office.path);
	office.doc.root = node_new_mapping(&office.doc);
	node_set_str(&office.doc, office.doc.root, "ward",
		     ward ? ward : _("(ward name)"), STYLE_AUTO);
	if (province)
		node_set_str(&office.doc, office.doc.root, "province", province,
			     STYLE_AUTO);
	node_set_str(&office.doc, office.doc.root, "lang", "vi", STYLE_PLAIN);
	if (git)
		node_set_str(&office.doc, office.doc.root, "git", "commit", STYLE_PLAIN);
	if (record_decode(&office, dl) == 0 &&
	    store_write(&s, &office, dl) == 0 &&
	    store_write_file(&s, s.rootfd, ".gitattributes", gitattributes,
			     sizeof(gitattributes) - 1, dl) == 0 &&
	    store_write_file(&s, s.rootfd, ".gitignore", gitignore,
			     sizeof(gitignore) - 1, dl) == 0)
		ret = 0;
	record_release(&office);
	if (!ret && git) {
		/* The directory is whole without git: a git failure (no
		 * user.name, say) is told, not undone. */
		struct diag_list gitdl = DIAG_LIST_INIT;
		size_t i;

		init_git(&s, dir, &gitdl);
		for (i = 0; i < gitdl.nr; i++)
			gitdl.items[i].severity = DIAG_WARNING;
		diag_move(dl, &gitdl);
	}
out:
	store_close(&s);
	if (ret) {
		/* Leave no half-made directory that looks like a real one. */
		char *marker = xasprintf("%s/%s", dir, STORE_MARKER);

		unlink(marker);
		free(marker);
	}
	diag_list_release(&ignore);
	return ret;
}
