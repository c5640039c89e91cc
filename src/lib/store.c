/* store.c — finding, opening and locking the data directory (see store.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "ocop/git.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"
#include "store-int.h"

static const char *const subdirs[] = { "", "producers", "products", "events" };

const char *store_subdir(enum record_type type)
{
	return subdirs[type];
}

const char *store_type_slug(enum record_type type)
{
	static const char *const slugs[] = { "office", "producer", "product", "event" };

	return slugs[type];
}

/* --- finding and opening ----------------------------------------------------- */

bool store_marked(const char *dir)
{
	struct stat st;
	char *p = xasprintf("%s/%s", dir, STORE_MARKER);
	bool ok = !stat(p, &st) && S_ISREG(st.st_mode);

	free(p);
	return ok;
}

/*
 * Walk up from the working directory, as git looks for .git.  The walk
 * stops at a directory another user owns, as git's safe.directory does:
 * a data directory there is someone else's to offer, and ocop does not
 * take it unless named (-C DIR, $OCOP_DATA).  *foreign is then that
 * directory when it holds a marker (allocated), else NULL.
 */
static char *find_upwards(char **foreign)
{
	struct strbuf dir = STRBUF_INIT;
	struct stat here, up;
	uid_t me = geteuid();
	bool mine;
	int level;

	*foreign = NULL;
	strbuf_addstr(&dir, ".");
	for (level = 0; level < 256; level++) {
		if (stat(dir.buf, &here))
			break;
		mine = here.st_uid == me;
		if (store_marked(dir.buf)) {
			if (level > 0)	/* "./.." → ".." */
				memmove(dir.buf, dir.buf + 2, dir.len - 1);
			if (mine)
				return strbuf_detach(&dir, NULL);
			*foreign = strbuf_detach(&dir, NULL);
			return NULL;
		}
		if (!mine)
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
int store_open_subdir(struct store *s, enum record_type type, bool create,
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
	char *found = NULL, *foreign = NULL;
	int i;

	memset(s, 0, sizeof(*s));
	s->rootfd = s->lockfd = -1;
	for (i = 0; i < RECORD_TYPE_COUNT; i++)
		s->dirfd[i] = -1;
	record_init(&s->office, RECORD_OFFICE, STORE_MARKER);

	if (!dir && env && *env)
		dir = env;
	if (!dir) {
		found = find_upwards(&foreign);
		if (!found && foreign) {
			diag_env(dl, foreign, _("this data directory belongs to another user; ocop does not use it unless named"));
			diag_hint(dl, _("if you trust it, name it with -C DIR or $OCOP_DATA"));
			free(foreign);
			return -1;
		}
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
	if (!store_marked(s->root)) {
		diag_env(dl, s->root, _("not an ocop data directory (no %s)"),
			 STORE_MARKER);
		diag_hint(dl, _("run 'ocop init %s' to make one"), s->root);
		return -1;
	}
	s->dirfd[RECORD_OFFICE] = dup(s->rootfd);
	if (s->dirfd[RECORD_OFFICE] < 0)
		return diag_env(dl, s->root, "dup: %s", strerror(errno));
	if (store_open_subdir(s, RECORD_PRODUCER, false, dl) ||
	    store_open_subdir(s, RECORD_PRODUCT, false, dl) ||
	    store_open_subdir(s, RECORD_EVENT, false, dl))
		return -1;
	return 0;
}

static void drop_listing(struct store *s, enum record_type type)
{
	store_free_list(s->listed_ids[type], s->nlisted[type]);
	s->listed_ids[type] = NULL;
	s->nlisted[type] = 0;
	s->listed[type] = false;
}

void store_keep_listing(struct store *s, enum record_type type, char **ids,
			size_t n)
{
	drop_listing(s, type);
	/* Without the lock another command may add a file at any time. */
	if (s->lockfd < 0 || s->dirfd[type] < 0) {
		store_free_list(ids, n);
		return;
	}
	s->listed_ids[type] = ids;
	s->nlisted[type] = n;
	s->listed[type] = true;
}

void store_drop_listings(struct store *s)
{
	int k;

	for (k = 0; k < RECORD_TYPE_COUNT; k++)
		drop_listing(s, (enum record_type)k);
}

void store_close(struct store *s)
{
	int i;

	/* A batch left open: its temp files go, while the folders and the lock are held. */
	if (s->batch || s->npending || s->stage)
		store_end_batch(s, true, &(struct diag_list)DIAG_LIST_INIT);
	for (i = 0; i < RECORD_TYPE_COUNT; i++)
		if (s->dirfd[i] >= 0)
			close(s->dirfd[i]);
	if (s->lockfd >= 0)
		close(s->lockfd);	/* releases the flock */
	if (s->rootfd >= 0)
		close(s->rootfd);
	record_release(&s->office);
	store_drop_listings(s);
	store_release_changes(s);
	free(s->commit_action);
	if (s->checks)
		s->checks_release(s->checks);
	free(s->root);
	memset(s, 0, sizeof(*s));
	s->rootfd = s->lockfd = -1;
	for (i = 0; i < RECORD_TYPE_COUNT; i++)
		s->dirfd[i] = -1;
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
	/* Under the lock: no other ocop command is committing now. */
	if (git_refuse_unfinished(s->root, dl)) {
		close(fd);
		return -1;
	}
	s->lockfd = fd;
	if ((s->dirfd[RECORD_PRODUCER] < 0 &&
	     store_open_subdir(s, RECORD_PRODUCER, true, dl)) ||
	    (s->dirfd[RECORD_PRODUCT] < 0 &&
	     store_open_subdir(s, RECORD_PRODUCT, true, dl)))
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

char *store_relpath(enum record_type type, const char *id)
{
	if (type == RECORD_OFFICE)
		return xstrdup(STORE_MARKER);
	return xstrconcat(subdirs[type], "/", id, ".yaml", (char *)NULL);
}

char *store_file_name(enum record_type type, const char *id)
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
	name = store_file_name(type, id);
	ok = !fstatat(s->dirfd[type], name, &st, AT_SYMLINK_NOFOLLOW) &&
	     S_ISREG(st.st_mode);
	/* A record written in this batch exists, though not yet renamed. */
	if (!ok)
		ok = smap_get(&s->pending_names[type], name, &i);
	free(name);
	return ok;
}
