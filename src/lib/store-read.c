/* store-read.c — reading records, one or all of a type (see store.h). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/yamlio.h"
#include "store-int.h"
#include "record-int.h"
#include "bigmem.h"

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
		size_t room;

		strbuf_grow(out, 4096);
		room = out->alloc - out->len - 1;
		n = read(fd, out->buf + out->len, room);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		strbuf_setlen(out, out->len + (size_t)n);
		if (out->len > YAML_MAX_BYTES)
			break;
		/* A regular file's read comes short only at its end: once
		 * the size fstat gave is read, a short read is the end, with
		 * no read of 0 bytes to say so (one system call a record).
		 * A size of 0 may not be the file's (a FUSE or /proc file). */
		if ((size_t)n < room && st.st_size > 0 &&
		    out->len >= (size_t)st.st_size)
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

/*
 * Parse and check a record from the bytes of its file (buf); r->path is
 * the shown path.  events: for a command that keeps only the view, which
 * goes to pool (NULL: the record's own doc): the record is decoded from
 * libyaml's events with no tree when it can be (record-stream.c), else as
 * below.
 */
static int decode_record(struct record *r, const struct strbuf *buf,
			 bool events, struct node_pool *pool,
			 struct diag_list *dl)
{
	int ret;

	if (events && !record_decode_stream(r, buf->buf, buf->len, pool))
		return 0;
	ret = yaml_load(buf->buf, buf->len, r->path, &r->doc, dl);
	r->parsed = !ret;
	if (!ret)
		ret = record_decode(r, dl);
	return ret;
}

/* Read a record's file into buf, a buffer the caller reuses from file to
 * file, and decode it (decode_record). */
static int load_record_into(struct store *s, enum record_type type,
			    const char *id, struct record *r,
			    struct strbuf *buf, bool events,
			    struct node_pool *pool, struct diag_list *dl)
{
	char *name = store_file_name(type, id);
	int ret;

	strbuf_reset(buf);
	ret = read_file(s->dirfd[type], name, r->path, buf, dl);
	free(name);
	return ret ? ret : decode_record(r, buf, events, pool, dl);
}

static int load_record(struct store *s, enum record_type type, const char *id,
		       struct record *r, struct diag_list *dl)
{
	struct strbuf buf = STRBUF_INIT;
	int ret = load_record_into(s, type, id, r, &buf, false, NULL, dl);

	strbuf_release(&buf);
	return ret;
}

static const char *type_noun(enum record_type type)
{
	return type == RECORD_PRODUCER ? _("producer") :
	       type == RECORD_EVENT ? _("event") : _("product");
}

void store_hint_missing(struct store *s, enum record_type type,
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
				  matches, slug, store_type_slug(type));
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
	char *name = store_file_name(type, id);
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
		store_hint_missing(s, type, id, dl);
		return -1;
	}
	path = store_path(s, type, id);
	free(r->path);
	r->path = path;
	if (type != RECORD_OFFICE && !store_exists(s, type, id) &&
	    !entry_exists(s, type, id)) {
		diag_error(dl, NULL, 0, 0, _("no %s '%s'"), type_noun(type), id);
		store_hint_missing(s, type, id, dl);
		return -1;
	}
	return load_record(s, type, id, r, dl);
}

static void office_init(struct store *s)
{
	char *path = store_path(s, RECORD_OFFICE, NULL);

	record_release(&s->office);
	record_init(&s->office, RECORD_OFFICE, path);
	free(path);
}

int store_read_office(struct store *s, struct diag_list *dl)
{
	office_init(s);
	return load_record(s, RECORD_OFFICE, NULL, &s->office, dl);
}

int store_read_office_view(struct store *s, struct diag_list *dl)
{
	struct strbuf buf = STRBUF_INIT;
	int ret;

	office_init(s);
	/* a ward of a province: in its thread's pool, not a block of its own */
	ret = load_record_into(s, RECORD_OFFICE, NULL, &s->office, &buf, true,
			       s->views_pool, dl);
	strbuf_release(&buf);
	return ret;
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
	/* a descriptor of its own, at the start: no dup to rewind */
	fd = openat(s->dirfd[type], ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0 || !(d = fdopendir(fd))) {
		if (fd >= 0)
			close(fd);
		return diag_env(dl, s->root, _("cannot list %s/: %s"),
				store_subdir(type), strerror(errno));
	}
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
				store_subdir(type), strerror(e));
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

/*
 * Run check on r, valid, read from buf.  streamed: r was decoded from the
 * events, and has no tree; unless view_clean passes it, it is decoded
 * again, as a tree, for fn (load: where the decode's problems go).
 */
static void check_record(const struct record_check *check, struct record *r,
			 bool streamed, const struct strbuf *buf,
			 struct diag_list *load, struct diag_list *problems)
{
	if (streamed) {
		if (check->view_clean(r, buf->buf, buf->len, check->ctx))
			return;
		/* what the view took of the pool stays there, unused */
		memset(&r->u, 0, sizeof(r->u));
		node_doc_init(&r->doc);
		r->parsed = r->valid = false;
		if (decode_record(r, buf, false, NULL, load) || !r->valid)
			BUG("a record the events decoded does not decode as a tree");
	}
	check->fn(r, check->ctx, problems);
}

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
			/* a check needs the tree (for its messages' lines),
			 * unless view_clean says it has nothing to say */
			load_record_into(job->s, job->type, job->ids[i], r,
					 &buf, job->views && (!job->check ||
					 job->check->view_clean),
					 rd->pool, &job->diags[i]);
			if (job->check && r->valid)
				check_record(job->check, r,
					     job->views && r->doc.pool, &buf,
					     &job->diags[i], &job->problems[i]);
			if (job->views && !r->doc.pool)
				record_keep_view(r, rd->pool);
		}
	strbuf_release(&buf);
	return NULL;
}

static long cores;
static pthread_once_t cores_once = PTHREAD_ONCE_INIT;

static void count_cores(void)
{
	cores = sysconf(_SC_NPROCESSORS_ONLN);
}

size_t store_threads(void)
{
	const char *env = getenv("OCOP_THREADS");
	long n;

	/* asked once: glibc reads /sys for it, 3 system calls a set read
	 * (20,000 over a country's wards) */
	if (!env || !*env)
		pthread_once(&cores_once, count_cores);
	n = env && *env ? strtol(env, NULL, 10) : cores;

	if (n < 1)
		n = 1;
	return n > STORE_THREADS_MAX ? STORE_THREADS_MAX : (size_t)n;
}

/* Threads for files: store_threads(), within the store's bound; one
 * below two batches. */
static size_t reader_threads(const struct store *s, size_t files)
{
	size_t n = store_threads();

	if (s->read_threads && n > s->read_threads)
		n = s->read_threads;
	return files < 2 * READ_BATCH ? 1 : n;
}

static int read_set(struct store *s, enum record_type type,
		    struct record_set *set, bool views,
		    const struct record_check *check, struct diag_list *dl)
{
	struct read_job job;
	pthread_t threads[STORE_THREADS_MAX];
	struct reader readers[STORE_THREADS_MAX];
	size_t nthreads, started = 0, i;
	char **ids;
	size_t n;

	memset(set, 0, sizeof(*set));
	if (store_list(s, type, &ids, &n, dl))
		return -1;
	/* 20,000 records are 5 MB, touched at once: in huge pages */
	set->items = big_calloc(n ? n : 1, sizeof(*set->items));
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
	nthreads = reader_threads(s, n);
	if (views && s->views_pool && s->read_threads == 1) {
		readers[0].job = &job;
		readers[0].pool = s->views_pool;	/* not the set's */
		nthreads = 1;
	} else {
		set->pools = xcalloc(nthreads, sizeof(*set->pools));
		set->npools = nthreads;
		for (i = 0; i < nthreads; i++) {
			readers[i].job = &job;
			readers[i].pool = &set->pools[i];
		}
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
	store_keep_listing(s, type, ids, n);
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
