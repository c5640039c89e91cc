/*
 * shim.c — an LD_PRELOAD library that makes chosen I/O calls fail, for
 * the fault-injection tests (tests/fault/run.sh).
 *
 *   OCOP_FAULT=CALL:WHAT:N[,CALL:WHAT:N]...
 *
 * makes the Nth call of CALL (counted from 1, per CALL, across every
 * thread) fail.  CALL is write, fsync (fsync, fdatasync, syncfs), close,
 * rename (rename, renameat, renameat2), openat (open and openat, every
 * variant) or unlinkat (unlink, unlinkat).  WHAT is an errno name (ENOSPC, EIO, EXDEV, EACCES,
 * EDQUOT, EROFS, EPERM, ENOENT, EINTR) or, for write, "short": the call
 * writes half of what it was asked (at least one byte) and returns that,
 * as a write to a nearly full disk does.
 *
 *   OCOP_FAULT_DIR=DIR   count only calls on files in DIR or below it (the
 *                        data directory), so that writes to standard
 *                        error and the dynamic loader's opens never count.
 *                        DIR need not exist yet (ocop init makes it).
 *   OCOP_FAULT_DELAY_MS=MS  sleep MS milliseconds before every fsync and
 *                        rename in DIR, failing nothing: a write then
 *                        spends most of its time between the open of its
 *                        temporary file and the rename, where the crash
 *                        torture (tests/torture/crash.sh) wants to kill it.
 *   OCOP_FAULT_LOG=FILE  append one line for every fault fired:
 *                        "CALL N ERRNO-NAME wr=0|1 PATH"
 *                        (wr=1: the descriptor was open for writing, or
 *                        the open creates a file).
 *
 * A failed close still closes the descriptor, as on Linux; a failed write,
 * fsync, rename, open or unlink does nothing.  The calls ocop makes through
 * stdio (fopen, fclose, fwrite) are glibc's internal ones, not these, and
 * are never counted.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

enum call { C_WRITE, C_FSYNC, C_CLOSE, C_RENAME, C_OPENAT, C_UNLINKAT, C_NR };
static const char *const call_names[C_NR] = {
	"write", "fsync", "close", "rename", "openat", "unlinkat"
};

#define MAX_SPECS 16
#define SHORT_WRITE (-1)
struct spec {
	enum call call;
	int err;		/* an errno, or SHORT_WRITE */
	long n;
};

static struct spec specs[MAX_SPECS];
static int nspecs = -1;		/* -1: not parsed yet */
static atomic_long counts[C_NR];
static char fault_dir[PATH_MAX];
static const char *fault_dir_env;
static long delay_ms;

static const struct {
	const char *name;
	int err;
} errnos[] = {
	{ "ENOSPC", ENOSPC }, { "EIO", EIO }, { "EXDEV", EXDEV },
	{ "EACCES", EACCES }, { "EDQUOT", EDQUOT }, { "EROFS", EROFS },
	{ "EPERM", EPERM }, { "ENOENT", ENOENT }, { "EINTR", EINTR },
	{ "short", SHORT_WRITE },
};

static void die_spec(const char *what)
{
	static const char msg[] = "fault shim: bad OCOP_FAULT: ";

	syscall(SYS_write, 2, msg, sizeof(msg) - 1);
	syscall(SYS_write, 2, what, strlen(what));
	syscall(SYS_write, 2, "\n", 1);
	_exit(125);
}

static void parse_specs(void)
{
	const char *env = getenv("OCOP_FAULT");
	char buf[1024], *save = NULL, *item;
	size_t i;

	nspecs = 0;
	fault_dir_env = getenv("OCOP_FAULT_DIR");
	if (getenv("OCOP_FAULT_DELAY_MS"))
		delay_ms = strtol(getenv("OCOP_FAULT_DELAY_MS"), NULL, 10);
	if (!env || !*env)
		return;
	if (strlen(env) >= sizeof(buf))
		die_spec(env);
	strcpy(buf, env);
	for (item = strtok_r(buf, ",", &save); item;
	     item = strtok_r(NULL, ",", &save)) {
		char *c1 = strchr(item, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
		struct spec sp;
		int found = 0;

		if (!c2 || nspecs == MAX_SPECS)
			die_spec(item);
		*c1 = *c2 = '\0';
		for (i = 0; i < C_NR; i++)
			if (!strcmp(item, call_names[i]))
				sp.call = (enum call)i, found = 1;
		if (!found)
			die_spec(item);
		found = 0;
		for (i = 0; i < sizeof(errnos) / sizeof(errnos[0]); i++)
			if (!strcmp(c1 + 1, errnos[i].name))
				sp.err = errnos[i].err, found = 1;
		if (!found || (sp.err == SHORT_WRITE && sp.call != C_WRITE))
			die_spec(c1 + 1);
		sp.n = strtol(c2 + 1, NULL, 10);
		if (sp.n < 1)
			die_spec(c2 + 1);
		specs[nspecs++] = sp;
	}
}

/* The fault directory's real path, once it exists. */
static const char *get_fault_dir(void)
{
	char tmp[PATH_MAX];

	if (!fault_dir_env)
		return NULL;
	if (!fault_dir[0] && realpath(fault_dir_env, tmp)) {
		strcpy(fault_dir, tmp);
	}
	return fault_dir;
}

static int under_dir(const char *path)
{
	const char *dir = get_fault_dir();
	size_t n;

	if (!dir)
		return 1;	/* no OCOP_FAULT_DIR: every call counts */
	if (!*dir || !path)
		return 0;
	n = strlen(dir);
	return !strncmp(path, dir, n) && (path[n] == '/' || path[n] == '\0');
}

static void fd_path(int fd, char *out, size_t size)
{
	char link[64];
	ssize_t n;

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	n = readlink(link, out, size - 1);
	out[n > 0 ? n : 0] = '\0';
}

/* snprintf into out, or "" when it does not fit. */
static void put(char *out, size_t size, const char *a, const char *b)
{
	int n = snprintf(out, size, "%s%s%s", a, b ? "/" : "", b ? b : "");

	if (n < 0 || (size_t)n >= size)
		out[0] = '\0';
}

/* The absolute path of name relative to dirfd (the directory resolved,
 * the name not: it may not exist yet). */
static void at_path(int dirfd, const char *name, char *out, size_t size)
{
	char dir[PATH_MAX];

	if (name[0] == '/') {
		put(out, size, name, NULL);
		return;
	}
	if (dirfd == AT_FDCWD) {
		if (!getcwd(dir, sizeof(dir)))
			dir[0] = '\0';
	} else {
		fd_path(dirfd, dir, sizeof(dir));
	}
	put(out, size, dir, name);
	/* "d/../x": resolve the directory part when it exists. */
	{
		char parent[PATH_MAX], real[PATH_MAX], *slash;

		put(parent, sizeof(parent), out, NULL);
		slash = strrchr(parent, '/');
		if (slash && slash != parent) {
			*slash = '\0';
			if (realpath(parent, real))
				put(out, size, real, slash + 1);
		}
	}
}

static void log_fault(enum call c, long n, int err, int wr, const char *path)
{
	const char *log = getenv("OCOP_FAULT_LOG");
	const char *name = "?";
	char line[PATH_MAX + 128];
	size_t i;
	int fd, len;

	if (!log)
		return;
	for (i = 0; i < sizeof(errnos) / sizeof(errnos[0]); i++)
		if (errnos[i].err == err)
			name = errnos[i].name;
	len = snprintf(line, sizeof(line), "%s %ld %s wr=%d %s\n",
		       call_names[c], n, name, wr, path);
	fd = (int)syscall(SYS_openat, AT_FDCWD, log,
			  O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
	if (fd < 0)
		return;
	syscall(SYS_write, fd, line, (size_t)len);
	syscall(SYS_close, fd);
}

/*
 * Count a call on path; returns the fault to inject (an errno or
 * SHORT_WRITE), or 0.
 */
static int fault_for(enum call c, const char *path, int wr)
{
	long n;
	int i;

	if (nspecs < 0)
		parse_specs();
	if ((!nspecs && delay_ms <= 0) || !under_dir(path))
		return 0;
	if (delay_ms > 0 && (c == C_FSYNC || c == C_RENAME)) {
		struct timespec ts = { delay_ms / 1000, (delay_ms % 1000) * 1000000 };

		nanosleep(&ts, NULL);
	}
	if (!nspecs)
		return 0;
	n = atomic_fetch_add(&counts[c], 1) + 1;
	for (i = 0; i < nspecs; i++)
		if (specs[i].call == c && specs[i].n == n) {
			log_fault(c, n, specs[i].err, wr, path);
			return specs[i].err;
		}
	return 0;
}

static int fd_writable(int fd)
{
	int fl = (int)syscall(SYS_fcntl, fd, F_GETFL);

	return fl >= 0 && (fl & O_ACCMODE) != O_RDONLY;
}

static int fd_fault(enum call c, int fd)
{
	char path[PATH_MAX];

	if (nspecs < 0)
		parse_specs();
	if (!nspecs && (delay_ms <= 0 || c != C_FSYNC))
		return 0;
	fd_path(fd, path, sizeof(path));
	return fault_for(c, path, fd_writable(fd));
}

#define REAL(name) \
	static __typeof__(name) *real_##name; \
	if (!real_##name) \
		real_##name = (__typeof__(name) *)dlsym(RTLD_NEXT, #name)

ssize_t write(int fd, const void *buf, size_t count)
{
	int f;

	REAL(write);
	f = fd_fault(C_WRITE, fd);
	if (f == SHORT_WRITE && count > 1)
		return real_write(fd, buf, count / 2);
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_write(fd, buf, count);
}

int fsync(int fd)
{
	int f;

	REAL(fsync);
	f = fd_fault(C_FSYNC, fd);
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_fsync(fd);
}

/* One sync for a whole batch of writes (an import): counted as an fsync. */
int syncfs(int fd)
{
	int f;

	REAL(syncfs);
	f = fd_fault(C_FSYNC, fd);
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_syncfs(fd);
}

int fdatasync(int fd)
{
	int f;

	REAL(fdatasync);
	f = fd_fault(C_FSYNC, fd);
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_fdatasync(fd);
}

int close(int fd)
{
	int f;

	REAL(close);
	f = fd_fault(C_CLOSE, fd);
	if (f > 0) {
		real_close(fd);	/* Linux closes the descriptor anyway */
		errno = f;
		return -1;
	}
	return real_close(fd);
}

static int rename_fault(int olddirfd, const char *oldpath)
{
	char path[PATH_MAX];

	if (nspecs < 0)
		parse_specs();
	if (!nspecs && delay_ms <= 0)
		return 0;
	at_path(olddirfd, oldpath, path, sizeof(path));
	return fault_for(C_RENAME, path, 1);
}

int rename(const char *oldpath, const char *newpath)
{
	int f;

	REAL(rename);
	f = rename_fault(AT_FDCWD, oldpath);
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_rename(oldpath, newpath);
}

int renameat(int olddirfd, const char *oldpath, int newdirfd,
	     const char *newpath)
{
	int f;

	REAL(renameat);
	f = rename_fault(olddirfd, oldpath);
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_renameat(olddirfd, oldpath, newdirfd, newpath);
}

int renameat2(int olddirfd, const char *oldpath, int newdirfd,
	      const char *newpath, unsigned int flags)
{
	int f;

	REAL(renameat2);
	f = rename_fault(olddirfd, oldpath);
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_renameat2(olddirfd, oldpath, newdirfd, newpath, flags);
}

static int open_fault(int dirfd, const char *path, int flags)
{
	char abs[PATH_MAX];

	if (nspecs < 0)
		parse_specs();
	if (!nspecs)
		return 0;
	at_path(dirfd, path, abs, sizeof(abs));
	return fault_for(C_OPENAT, abs,
			 (flags & O_ACCMODE) != O_RDONLY || (flags & O_CREAT));
}

#define OPEN_MODE(flags, mode) do { \
		if ((flags) & (O_CREAT | __O_TMPFILE)) { \
			va_list ap; \
			va_start(ap, flags); \
			mode = va_arg(ap, mode_t); \
			va_end(ap); \
		} \
	} while (0)


int open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	int f;

	OPEN_MODE(flags, mode);
	REAL(open);
	f = open_fault(AT_FDCWD, path, flags);
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_open(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
	mode_t mode = 0;
	int f;

	OPEN_MODE(flags, mode);
	REAL(open64);
	f = open_fault(AT_FDCWD, path, flags);
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_open64(path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...)
{
	mode_t mode = 0;
	int f;

	OPEN_MODE(flags, mode);
	REAL(openat);
	f = open_fault(dirfd, path, flags);
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_openat(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...)
{
	mode_t mode = 0;
	int f;

	OPEN_MODE(flags, mode);
	REAL(openat64);
	f = open_fault(dirfd, path, flags);
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_openat64(dirfd, path, flags, mode);
}

int unlink(const char *path)
{
	char abs[PATH_MAX];
	int f = 0;

	REAL(unlink);
	if (nspecs < 0)
		parse_specs();
	if (nspecs) {
		at_path(AT_FDCWD, path, abs, sizeof(abs));
		f = fault_for(C_UNLINKAT, abs, 1);
	}
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_unlink(path);
}

int unlinkat(int dirfd, const char *path, int flags)
{
	char abs[PATH_MAX];
	int f = 0;

	REAL(unlinkat);
	if (nspecs < 0)
		parse_specs();
	if (nspecs) {
		at_path(dirfd, path, abs, sizeof(abs));
		f = fault_for(C_UNLINKAT, abs, 1);
	}
	if (f > 0) {
		errno = f;
		return -1;
	}
	return real_unlinkat(dirfd, path, flags);
}
