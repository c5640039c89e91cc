/*
 * site-dir.c — the catalogue's directory (see site-int.h).
 *
 * A web server may be serving DIR while it is remade: the new pages are
 * written whole in DIR.tmp, then the two names are exchanged in one step
 * (renameat2's RENAME_EXCHANGE, Linux 3.15) or, where the system cannot,
 * DIR goes to DIR.old and DIR.tmp to DIR, a moment without DIR.  Only a
 * directory that holds .ocop-site is ever removed, so that a mistyped -o
 * (-o ~, -o data) loses nothing.
 */
#define _GNU_SOURCE	/* renameat2 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/site-int.h"
#include "ocop/util.h"

static bool is_marked(const char *dir)
{
	char *marker = xasprintf("%s/%s", dir, SITE_MARKER);
	bool marked = !access(marker, F_OK);

	free(marker);
	return marked;
}

static bool is_empty_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	bool empty = true;

	if (!d)
		return false;
	while (empty && (e = readdir(d)))
		empty = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..");
	closedir(d);
	return empty;
}

static int remove_one(const char *path, const struct stat *st, int flag,
		      struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	return flag == FTW_DP ? rmdir(path) : unlink(path);
}

/* Remove a catalogue ocop made, and nothing else. */
static int remove_site(const char *dir)
{
	if (!is_marked(dir) && !is_empty_dir(dir))
		return -1;
	return nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

char *site_dir_begin(const char *dir, struct diag_list *dl)
{
	char *tmp = xasprintf("%s.tmp", dir);
	struct stat st;
	FILE *f;

	if (!lstat(dir, &st) && (!S_ISDIR(st.st_mode) ||
				 (!is_marked(dir) && !is_empty_dir(dir)))) {
		diag_error(dl, dir, 0, 0, _("not a catalogue that ocop made (it has no %s): not replaced"),
			   SITE_MARKER);
		diag_hint(dl, _("name a new directory, or an empty one"));
		goto fail;
	}
	if (!lstat(tmp, &st) && (!S_ISDIR(st.st_mode) || remove_site(tmp))) {
		diag_error(dl, tmp, 0, 0, _("in the way of the new catalogue, and not one that ocop made"));
		goto fail;
	}
	if (mkdir(tmp, 0777)) {
		diag_env(dl, tmp, _("cannot make the directory: %s"), strerror(errno));
		goto fail;
	}
	if (!(f = site_dir_open(tmp, SITE_MARKER, dl)))
		goto fail_made;
	fputs("This directory is made by `ocop site`, which replaces it whole.\n", f);
	if (site_dir_close(f, tmp, SITE_MARKER, dl))
		goto fail_made;
	return tmp;
fail_made:
	site_dir_abort(tmp);
fail:
	free(tmp);
	return NULL;
}

FILE *site_dir_open(const char *tmp, const char *rel, struct diag_list *dl)
{
	char *path = xasprintf("%s/%s", tmp, rel), *slash = strrchr(path, '/');
	FILE *f;

	*slash = '\0';
	if (mkdir(path, 0777) && errno != EEXIST) {
		diag_env(dl, path, _("cannot make the directory: %s"), strerror(errno));
		free(path);
		return NULL;
	}
	*slash = '/';
	if (!(f = fopen(path, "w")))
		diag_env(dl, path, _("cannot write: %s"), strerror(errno));
	free(path);
	return f;
}

int site_dir_close(FILE *f, const char *tmp, const char *rel, struct diag_list *dl)
{
	int failed = fflush(f) || ferror(f);

	if (fclose(f))
		failed = 1;
	if (failed) {
		char *path = xasprintf("%s/%s", tmp, rel);

		diag_env(dl, path, _("cannot write: %s"), strerror(errno ? errno : EIO));
		free(path);
		return -1;
	}
	return 0;
}

int site_dir_commit(const char *tmp, const char *dir, struct diag_list *dl)
{
	char *old;
	int ret = 0;

	if (!rename(tmp, dir))	/* there was none, or an empty one */
		return 0;
	if (errno != EEXIST && errno != ENOTEMPTY) {
		diag_env(dl, dir, _("cannot put the new catalogue in place: %s"), strerror(errno));
		return -1;
	}
#ifdef RENAME_EXCHANGE
	if (!renameat2(AT_FDCWD, tmp, AT_FDCWD, dir, RENAME_EXCHANGE)) {
		remove_site(tmp);	/* the old catalogue, now */
		return 0;
	}
#endif
	old = xasprintf("%s.old", dir);
	if ((!access(old, F_OK) && remove_site(old)) || rename(dir, old) ||
	    rename(tmp, dir)) {
		diag_env(dl, dir, _("cannot put the new catalogue in place: %s"), strerror(errno));
		ret = -1;
	} else {
		remove_site(old);
	}
	free(old);
	return ret;
}

void site_dir_abort(const char *tmp)
{
	remove_site(tmp);
}
