/* store-write.c — atomic writes, batches, removals (see store.h). */
#ifdef __linux__
#define _GNU_SOURCE	/* syncfs() */
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "ocop/util.h"
#include "store-int.h"


/*
 * The temporary file being written, so that a signal handler can remove
 * it: an interrupted command leaves the old file and nothing else.
 */
static volatile sig_atomic_t tmp_active;
static int tmp_dirfd = -1;
static char tmp_name[128];

/*
 * A batch's temporary files written so far (an import's, waiting for
 * store_end_batch): a signal removes them too, and the directory is as
 * if the command had not run.  An entry is whole before the count
 * takes it in; the array moves only with the signals held.
 */
static const struct pending_file *_Atomic sig_pending;
static atomic_size_t sig_npending;

/*
 * The files made ahead (store_stage) by threads other than the one the
 * handler runs on.  Slots are reserved before those threads start and
 * never move; a thread claims one, fills it and marks it MADE before it
 * makes the file.  A thread counts itself in stage_busy before it looks
 * at stage_stop, and the handler sets stage_stop before it waits for
 * stage_busy to fall (both sequentially consistent): either the thread
 * sees the stop and makes nothing, or the handler sees it busy and
 * waits for its slot to be marked.
 */
enum stage_state { STAGE_EMPTY, STAGE_MADE, STAGE_TAKEN, STAGE_DROPPED };

struct staged_file {
	char *tmp;
	int dirfd;
	bool existed;		/* a file had the record's name: a change */
	atomic_int state;	/* enum stage_state */
};

struct store_stage {
	struct staged_file *files;
	size_t cap;
	atomic_size_t claimed;
};

static struct store_stage *_Atomic sig_stage;
static atomic_int stage_busy;
static atomic_bool stage_stop;

static const int guarded[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };

/* The handler: let no thread make another staged file, then remove them. */
static void remove_staged(void)
{
	const struct store_stage *st;
	size_t i, n;

	atomic_store(&stage_stop, true);
	while (atomic_load(&stage_busy))
		nanosleep(&(struct timespec){ .tv_nsec = 100000 }, NULL);
	st = atomic_load(&sig_stage);
	if (!st)
		return;
	n = atomic_load(&st->claimed);
	for (i = 0; i < n && i < st->cap; i++)
		if (atomic_load(&st->files[i].state) == STAGE_MADE)
			unlinkat(st->files[i].dirfd, st->files[i].tmp, 0);
}

static void remove_tmp_on_signal(int sig)
{
	const struct pending_file *pending = atomic_load(&sig_pending);
	size_t i, n = atomic_load(&sig_npending);

	remove_staged();
	if (tmp_active)
		unlinkat(tmp_dirfd, tmp_name, 0);
	for (i = 0; i < n; i++)
		unlinkat(pending[i].dirfd, pending[i].tmp, 0);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Hold the guarded signals while the handler's lists change (or the renames run). */
static void hold_signals(sigset_t *old)
{
	sigset_t set;
	size_t i;

	sigemptyset(&set);
	for (i = 0; i < ARRAY_SIZE(guarded); i++)
		sigaddset(&set, guarded[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void release_signals(const sigset_t *old)
{
	sigprocmask(SIG_SETMASK, old, NULL);
}

static void guard_signals(void)
{
	static bool installed;
	size_t i;

	if (installed)
		return;
	installed = true;
	for (i = 0; i < ARRAY_SIZE(guarded); i++) {
		struct sigaction sa;

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = remove_tmp_on_signal;
		sigemptyset(&sa.sa_mask);
		if (sigaction(guarded[i], NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
			continue;
		sa.sa_handler = remove_tmp_on_signal;
		sigaction(guarded[i], &sa, NULL);
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

	for (k = 0; k < RECORD_TYPE_COUNT; k++)
		if (s->dirfd[k] == dirfd)
			return k;
	return -1;
}

/* A store writes in its root and in each folder of dirfd[]. */
#define STORE_FOLDERS (RECORD_TYPE_COUNT + 1)

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
			char *shown = store_shown_path(s, s->pending[i].dirfd,
						       s->pending[i].name);

			ret = write_failed(shown, "fsync", errno, dl);
			free(shown);
		}
		if (fd >= 0)
			close(fd);
	}
	return ret;
}
#endif

/* With the signals held: the staged files not taken removed, the slots freed. */
static void drop_stage(struct store *s)
{
	struct store_stage *st = s->stage;
	size_t i, n;

	if (!st)
		return;
	atomic_store(&sig_stage, NULL);
	n = atomic_load(&st->claimed);
	for (i = 0; i < n && i < st->cap; i++) {
		struct staged_file *f = &st->files[i];
		int state = atomic_load(&f->state);

		if (state == STAGE_MADE)
			unlinkat(f->dirfd, f->tmp, 0);
		if (state != STAGE_TAKEN)	/* a taken one's is the pending file's */
			free(f->tmp);
	}
	free(st->files);
	free(st);
	s->stage = NULL;
}

int store_end_batch(struct store *s, bool fail, struct diag_list *dl)
{
	int folders[STORE_FOLDERS], k, ret = 0;
	size_t i, nfolders = pending_folders(s, folders);
	bool renaming;
	sigset_t old;

	s->batch = false;
	if (!fail && s->npending)
		ret = sync_pending(s, dl);
	renaming = !fail && !ret;
	/*
	 * A signal now would leave some records renamed and the others not:
	 * it waits for the end of the renames (a second or two for a
	 * national register), then does what it does.
	 */
	hold_signals(&old);
	atomic_store(&sig_npending, 0);
	atomic_store(&sig_pending, NULL);
	for (i = 0; i < s->npending; i++) {
		struct pending_file *p = &s->pending[i];

		if (fail || ret) {	/* after a failed rename too: no more */
			unlinkat(p->dirfd, p->tmp, 0);
		} else if (renameat(p->dirfd, p->tmp, p->dirfd, p->name)) {
			char *shown = store_shown_path(s, p->dirfd, p->name);

			ret = write_failed(shown, "rename", errno, dl);
			unlinkat(p->dirfd, p->tmp, 0);
			free(shown);
		}
		free(p->tmp);
		free(p->name);
	}
	drop_stage(s);
	/* The renames on disk (a folder left as it was costs a needless fsync). */
	for (i = 0; renaming && i < nfolders; i++)
		if (fsync(folders[i]) && !ret)
			ret = diag_env(dl, s->root, _("fsync of a folder failed: %s"),
				       strerror(errno));
	free(s->pending);
	s->pending = NULL;
	s->npending = s->pending_alloc = 0;
	release_signals(&old);
	for (k = 0; k < RECORD_TYPE_COUNT; k++)
		smap_release(&s->pending_names[k]);
	/* The renamed files are not in the listings. */
	store_drop_listings(s);
	return ret;
}

char *store_shown_path(const struct store *s, int dirfd, const char *name)
{
	int k;

	for (k = RECORD_PRODUCER; k < RECORD_TYPE_COUNT; k++)
		if (dirfd == s->dirfd[k])
			return xasprintf("%s/%s/%s", s->root,
					 store_subdir((enum record_type)k), name);
	return xasprintf("%s/%s", s->root, name);
}

/* The process's id, in the names of its temp files: asked once (it never forks). */
static long own_pid(void)
{
	static long pid;

	if (!pid)
		pid = (long)getpid();
	return pid;
}

/* The temp file of name: ".NAME.tmp-PID", which check names if a crash leaves it. */
static void make_tmp_name(char tmp[sizeof(tmp_name)], const char *name)
{
	if (strlen(name) + 32 > sizeof(tmp_name))
		BUG("file name too long: %s", name);
	snprintf(tmp, sizeof(tmp_name), ".%s.tmp-%ld", name, own_pid());
}

/*
 * Make a temp file.  One that is there already can only be a dead
 * command's of the same pid (we hold the lock): it is replaced.
 */
static int open_tmp(int dirfd, const char *tmp)
{
	int flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC;
	int fd = openat(dirfd, tmp, flags, 0666);

	if (fd < 0 && errno == EEXIST && !unlinkat(dirfd, tmp, 0))
		fd = openat(dirfd, tmp, flags, 0666);
	return fd;
}

/*
 * Fill a temp file: the mode of the file it replaces (recutils NEWS 1.2),
 * old's when old is given, then data.  Closes fd.  0, or the errno with
 * *step the call that failed.
 */
static int fill_tmp(int fd, const struct stat *old, const char *data,
		    size_t len, bool sync, const char **step)
{
	int err = 0;

	if (old && S_ISREG(old->st_mode) && fchmod(fd, old->st_mode & 07777))
		err = errno, *step = "chmod";
	else if (write_all(fd, data, len))
		err = errno, *step = "write";
	else if (sync && fsync(fd))
		err = errno, *step = "fsync";
	if (close(fd) && !err)
		err = errno, *step = "close";
	return err;
}

/*
 * A temp file into the batch's list, whole before the handler's count
 * takes it in (tmp and name are the list's from now on); the list grows
 * with the signals held, so that the handler never reads an array being
 * moved.  No signal mask a file: an import writes 32,000 of them.
 */
static struct pending_file *pending_push(struct store *s, int dirfd,
					 char *tmp, char *name)
{
	struct pending_file *p;

	if (s->npending == s->pending_alloc) {
		sigset_t held;

		hold_signals(&held);
		ALLOC_GROW(s->pending, s->npending + 1, s->pending_alloc);
		atomic_store(&sig_pending, s->pending);
		release_signals(&held);
	}
	p = &s->pending[s->npending];
	p->dirfd = dirfd;
	p->tmp = tmp;
	p->name = name;
	atomic_store(&sig_npending, s->npending + 1);
	return p;
}

/* ...kept there once its file is made: store_exists asks for it, once for every product written. */
static void pending_keep(struct store *s)
{
	const struct pending_file *p = &s->pending[s->npending];
	int k = type_of_dirfd(s, p->dirfd);

	if (k >= 0)
		smap_put(&s->pending_names[k], p->name, s->npending);
	s->npending++;
}

/*
 * A file of a batch: its temp file is in the handler's list before it
 * is made, so that a signal at any moment removes it (or finds nothing
 * yet).  0, or the errno with *step.
 */
static int write_batched(struct store *s, int dirfd, const char *name,
			 const char *tmp, const struct stat *old,
			 const char *data, size_t len, const char **step)
{
	struct pending_file *p = pending_push(s, dirfd, xstrdup(tmp), xstrdup(name));
	int fd, err;

	*step = "open";
	fd = open_tmp(dirfd, tmp);
	err = fd < 0 ? errno : fill_tmp(fd, old, data, len, false, step);
	if (err) {
		if (fd >= 0)
			unlinkat(dirfd, tmp, 0);
		atomic_store(&sig_npending, s->npending);
		free(p->tmp);
		free(p->name);
		return err;
	}
	pending_keep(s);
	return 0;
}

/*
 * Write a file atomically: a temp file, renamed over name (at the end of
 * the batch in a batch).  old is name's stat when the caller has it
 * (NULL: no file), else stat_known is false and it is asked here.
 */
static int write_file(struct store *s, int dirfd, const char *name,
		      const char *data, size_t len, const struct stat *old,
		      bool stat_known, struct diag_list *dl)
{
	char tmp[sizeof(tmp_name)], *shown;
	const char *step = "open";
	sigset_t held;
	struct stat st;
	int fd, err;

	guard_signals();
	make_tmp_name(tmp, name);
	if (!stat_known)
		old = fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) ? NULL : &st;
	if (s->batch) {
		/* In a batch every temp file waits for the batch's end; an
		 * interrupted batch leaves temp files that check names. */
		err = write_batched(s, dirfd, name, tmp, old, data, len, &step);
		if (!err)
			return 0;
		goto fail;
	}
	/* A file the listings may not hold (store_put asks them in a batch). */
	store_drop_listings(s);
	memcpy(tmp_name, tmp, sizeof(tmp));
	tmp_dirfd = dirfd;
	/* Made and known to the handler at once: a signal between the two would leave it. */
	hold_signals(&held);
	fd = open_tmp(dirfd, tmp_name);
	err = fd < 0 ? errno : 0;
	tmp_active = fd >= 0;
	release_signals(&held);
	if (!err)
		err = fill_tmp(fd, old, data, len, true, &step);
	if (!err && renameat(dirfd, tmp_name, dirfd, name))
		err = errno, step = "rename";
	if (tmp_active && err)
		unlinkat(dirfd, tmp_name, 0);
	tmp_active = 0;
	if (err)
		goto fail;
	/* The rename is durable only once the directory is on disk. */
	if (fsync(dirfd)) {
		shown = store_shown_path(s, dirfd, name);
		diag_env(dl, shown, _("written, but syncing the folder failed (%s): the change may not survive a power cut"),
			 strerror(errno));
		free(shown);
		return -1;
	}
	return 0;
fail:
	shown = store_shown_path(s, dirfd, name);
	write_failed(shown, step, err, dl);
	free(shown);
	return -1;
}

int store_write_file(struct store *s, int dirfd, const char *name,
		     const char *data, size_t len, struct diag_list *dl)
{
	return write_file(s, dirfd, name, data, len, NULL, false, dl);
}


/* --- the changes of a command --------------------------------------------------- */

static struct store_change *note_change(struct store *s, const char *relpath,
					 enum record_type type, const char *id,
					 enum store_change_kind kind)
{
	struct store_change *c;

	ALLOC_GROW(s->changes, s->nchanges + 1, s->changes_alloc);
	c = &s->changes[s->nchanges++];
	c->path = xstrdup(relpath);
	c->type = type;
	c->id = id ? xstrdup(id) : NULL;
	c->kind = kind;
	c->line = NULL;
	return c;
}

struct store_change *store_note_file(struct store *s, const char *relpath)
{
	return note_change(s, relpath, RECORD_OFFICE, NULL, STORE_CHANGED);
}

static void show_preview(struct store *s, const char *path, const char *text,
			 size_t len)
{
	char *copy;

	if (!s->show_preview)
		return;
	copy = text ? xstrndup(text, len) : NULL;	/* text is len bytes */
	s->show_preview(&(struct store_preview){ .path = path, .text = copy });
	free(copy);
}

void store_release_changes(struct store *s)
{
	size_t i;

	for (i = 0; i < s->nchanges; i++) {
		free(s->changes[i].path);
		free(s->changes[i].id);
		free(s->changes[i].line);
	}
	free(s->changes);
}

/* The path of a record relative to the directory, as git names it. */
static char *relative_path(enum record_type type, const char *name)
{
	return type == RECORD_OFFICE ? xstrdup(name) :
	       xasprintf("%s/%s", store_subdir(type), name);
}

/* --- records ---------------------------------------------------------------------- */

static int compare_id(const void *key, const void *elem)
{
	return strcmp(key, *(char *const *)elem);
}

/*
 * Is the record's file known to be absent, with no stat?  In a batch,
 * when the folder was listed under the lock (nothing else writes it
 * then), no write outside the batch has been made since, and the id is
 * neither listed nor pending: the write adds a file, with the default
 * mode, as fstatat's ENOENT would have said.
 */
static bool known_absent(const struct store *s, enum record_type type,
			 const char *id, const char *name)
{
	size_t i;

	return s->batch && s->listed[type] &&
	       (!s->nlisted[type] ||	/* an empty folder: no array */
		!bsearch(id, s->listed_ids[type], s->nlisted[type],
			 sizeof(*s->listed_ids[type]), compare_id)) &&
	       !smap_get(&s->pending_names[type], name, &i);
}

/* Is there a file by the record's name (its stat in *st)? */
static bool file_exists(const struct store *s, enum record_type type,
			const char *id, const char *name, struct stat *st)
{
	return !known_absent(s, type, id, name) &&
	       !fstatat(s->dirfd[type], name, st, AT_SYMLINK_NOFOLLOW);
}

int store_put(struct store *s, enum record_type type, const char *id,
	      const char *text, size_t len, struct diag_list *dl)
{
	struct stat st;
	bool existed;
	char *name, *rel;
	int ret;

	if (type != RECORD_OFFICE && !record_id_valid(id))
		BUG("writing a record without a valid id");
	if (s->dry_run) {
		char *shown = store_path(s, type, id);

		show_preview(s, shown, text, len);
		free(shown);
		return 0;
	}
	if (s->lockfd < 0)
		BUG("store_put without the lock");
	/* events/ is made at the first event, not in every directory */
	if (s->dirfd[type] < 0 && store_open_subdir(s, type, true, dl))
		return -1;
	name = store_file_name(type, id);
	existed = file_exists(s, type, id, name, &st);
	ret = write_file(s, s->dirfd[type], name, text, len,
			 existed ? &st : NULL, true, dl);
	if (!ret) {
		rel = relative_path(type, name);
		note_change(s, rel, type, type == RECORD_OFFICE ? NULL : id,
			    existed ? STORE_CHANGED : STORE_ADDED);
		free(rel);
	}
	free(name);
	return ret;
}

/* --- files made ahead (store.h) ------------------------------------------------ */

int store_stage_reserve(struct store *s, size_t n, struct diag_list *dl)
{
	struct store_stage *st;

	if (!s->batch || s->dry_run || s->stage)
		BUG("store_stage_reserve outside a batch, or twice");
	if ((s->dirfd[RECORD_PRODUCER] < 0 &&
	     store_open_subdir(s, RECORD_PRODUCER, true, dl)) ||
	    (s->dirfd[RECORD_PRODUCT] < 0 &&
	     store_open_subdir(s, RECORD_PRODUCT, true, dl)))
		return -1;
	/* Asked here, once, rather than first on two threads at a time. */
	guard_signals();
	own_pid();
	st = xcalloc(1, sizeof(*st));
	st->files = xcalloc(n ? n : 1, sizeof(*st->files));
	st->cap = n;
	s->stage = st;
	atomic_store(&stage_stop, false);
	atomic_store(&sig_stage, st);
	return 0;
}

int store_stage(struct store *s, enum record_type type, const char *id,
		const char *text, size_t len, size_t *slot,
		struct diag_list *dl)
{
	struct store_stage *st = s->stage;
	struct staged_file *f;
	char tmp[sizeof(tmp_name)], *name, *shown;
	const char *step = "open";
	struct stat old;
	bool existed;
	size_t i;
	int fd, err;

	if (!st || (type != RECORD_PRODUCER && type != RECORD_PRODUCT))
		BUG("store_stage without store_stage_reserve");
	name = store_file_name(type, id);
	existed = file_exists(s, type, id, name, &old);
	make_tmp_name(tmp, name);
	atomic_fetch_add(&stage_busy, 1);
	if (atomic_load(&stage_stop)) {	/* the handler is removing them */
		atomic_fetch_sub(&stage_busy, 1);
		free(name);
		return diag_env(dl, s->root, _("interrupted: no more files are made"));
	}
	i = atomic_fetch_add(&st->claimed, 1);
	if (i >= st->cap)
		BUG("more files staged than reserved");
	f = &st->files[i];
	f->tmp = xstrdup(tmp);
	f->dirfd = s->dirfd[type];
	f->existed = existed;
	atomic_store(&f->state, STAGE_MADE);
	fd = open_tmp(f->dirfd, tmp);
	err = fd < 0 ? errno : fill_tmp(fd, existed ? &old : NULL, text, len,
					 false, &step);
	if (err && fd >= 0)
		unlinkat(f->dirfd, tmp, 0);
	if (err)
		atomic_store(&f->state, STAGE_DROPPED);
	atomic_fetch_sub(&stage_busy, 1);
	if (err) {
		shown = store_shown_path(s, f->dirfd, name);
		write_failed(shown, step, err, dl);
		free(shown);
		free(name);
		return -1;
	}
	free(name);
	*slot = i;
	return 0;
}

/* The slot of a file staged and not yet taken or removed. */
static struct staged_file *staged_slot(struct store *s, size_t slot)
{
	if (!s->stage || slot >= s->stage->cap ||
	    atomic_load(&s->stage->files[slot].state) != STAGE_MADE)
		BUG("slot %zu is not a staged file", slot);
	return &s->stage->files[slot];
}

int store_put_staged(struct store *s, enum record_type type, const char *id,
		     size_t slot, struct diag_list *dl)
{
	struct staged_file *f = staged_slot(s, slot);
	struct pending_file *p;
	char *rel;

	(void)dl;	/* the file is made: nothing is left to fail */
	if (!record_id_valid(id) || f->dirfd != s->dirfd[type])
		BUG("store_put_staged of another record's file");
	p = pending_push(s, f->dirfd, f->tmp, store_file_name(type, id));
	pending_keep(s);
	atomic_store(&f->state, STAGE_TAKEN);
	rel = relative_path(type, p->name);
	note_change(s, rel, type, id, f->existed ? STORE_CHANGED : STORE_ADDED);
	free(rel);
	return 0;
}

void store_unstage(struct store *s, size_t slot)
{
	struct staged_file *f = staged_slot(s, slot);

	unlinkat(f->dirfd, f->tmp, 0);
	atomic_store(&f->state, STAGE_DROPPED);
}

void store_stage_flush(struct store *s)
{
#ifdef __linux__
	/* A failure here is the batch's end's to report (sync_pending). */
	if (syncfs(s->dirfd[RECORD_PRODUCT]))
		return;
#else
	(void)s;
#endif
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
		show_preview(s, shown, NULL, 0);
		free(shown);
		return 0;
	}
	if (s->lockfd < 0)
		BUG("store_remove without the lock");
	name = store_file_name(type, id);
	if (unlinkat(s->dirfd[type], name, 0)) {
		ret = diag_env(dl, shown, _("cannot remove: %s"), strerror(errno));
	} else {
		char *rel = relative_path(type, name);

		note_change(s, rel, type, id, STORE_REMOVED);
		free(rel);
		if (fsync(s->dirfd[type]))
			ret = diag_env(dl, shown, _("fsync of the directory failed: %s"),
				       strerror(errno));
	}
	free(name);
	free(shown);
	return ret;
}
