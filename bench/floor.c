/*
 * floor.c — the floor of make bench: read every record file of an ocop data
 * directory and parse it into libyaml events, nothing more.
 *
 *   floor [-j THREADS] DIR...  ocop.yaml, producers/ID.yaml, products/ID.yaml
 *                              of each DIR (a province's, then its wards':
 *                              a folder a DIR does not have is skipped)
 *   floor -f FILE...           the named files (the one-file YAML of the peers)
 *   floor -w FILE...           rewrite each file durably, as ocop writes one
 *   floor -c N DIR             create N files of 600 bytes in DIR, as an
 *                              import writes them
 *
 * Each file is read whole (open, fstat, read, close) and parsed from memory
 * with yaml_parser_set_input_string, every event deleted as it comes: the
 * least any YAML reader built on libyaml can do.  No tree, no records, no
 * checks, no sorting of names.  With -j the files are shared among threads
 * as ocop's store_read_all shares them (batches of 32 taken in turn).
 * Prints the files, bytes and events seen, so the work cannot be skipped.
 *
 * -w is the floor of a single-record write: read the file, parse it, write
 * the same bytes to a temporary file beside it, fsync it, rename it over
 * the file, fsync the folder (ocop-data(5), store.h) — the I/O that any
 * durable atomic write does, without the lock, the checks or the emitter.
 *
 * -c is the floor of an import's writes: N new files, each written to a
 * temporary name and renamed (atomic a file), with one syncfs for the
 * batch and an fsync of the folder — what the filesystem costs to make
 * that many files, however little the program does for each.
 */
#define _GNU_SOURCE	/* syncfs */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#define BATCH 32
#define MAX_THREADS 64

struct job {
	char **paths;
	size_t n;
	atomic_size_t next;
};

struct tally {
	size_t files, bytes, events, errors;
};

static void die(const char *what, const char *path)
{
	fprintf(stderr, "floor: %s: %s\n", path, what);
	exit(1);
}

static void parse_file(const char *path, char **buf, size_t *cap,
		       struct tally *t)
{
	yaml_parser_t parser;
	yaml_event_t event;
	struct stat st;
	size_t len = 0;
	ssize_t got;
	int fd = open(path, O_RDONLY | O_NOFOLLOW), done = 0;

	if (fd < 0 || fstat(fd, &st))
		die(strerror(errno), path);
	if ((size_t)st.st_size + 1 > *cap) {
		*cap = (size_t)st.st_size + 4096;
		free(*buf);
		if (!(*buf = malloc(*cap)))
			die("out of memory", path);
	}
	while ((got = read(fd, *buf + len, *cap - len)) > 0)
		len += (size_t)got;
	if (got < 0)
		die(strerror(errno), path);
	close(fd);

	if (!yaml_parser_initialize(&parser))
		die("out of memory", path);
	yaml_parser_set_input_string(&parser, (const unsigned char *)*buf, len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &event)) {
			t->errors++;
			break;
		}
		done = event.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&event);
		t->events++;
	}
	yaml_parser_delete(&parser);
	t->files++;
	t->bytes += len;
}

/* Write buf over path as ocop does: temporary file, fsync, rename, fsync. */
static void rewrite(const char *path, const char *buf, size_t len)
{
	char *tmp = malloc(strlen(path) + 32), *slash;
	const char *dir = ".";
	int fd, dfd;

	if (!tmp)
		die("out of memory", path);
	sprintf(tmp, "%s.tmp-%ld", path, (long)getpid());
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0644);
	if (fd < 0 || write(fd, buf, len) != (ssize_t)len || fsync(fd) || close(fd))
		die(strerror(errno), tmp);
	if (rename(tmp, path))
		die(strerror(errno), path);
	slash = strrchr(tmp, '/');
	if (slash) {
		*slash = 0;
		dir = tmp;
	}
	dfd = open(dir, O_RDONLY | O_DIRECTORY);
	if (dfd < 0 || fsync(dfd) || close(dfd))
		die(strerror(errno), dir);
	free(tmp);
}

static int create_files(long n, const char *dir)
{
	static const char text[600] = { 'x' };
	char path[4096], tmp[4096];
	long i;
	int fd, dfd;

	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/f%ld.yaml", dir, i);
		snprintf(tmp, sizeof(tmp), "%s/.f%ld.yaml.tmp", dir, i);
		fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0644);
		if (fd < 0 || write(fd, text, sizeof(text)) != (ssize_t)sizeof(text) ||
		    close(fd))
			die(strerror(errno), tmp);
		if (rename(tmp, path))
			die(strerror(errno), path);
	}
	dfd = open(dir, O_RDONLY | O_DIRECTORY);
	if (dfd < 0 || syncfs(dfd) || fsync(dfd) || close(dfd))
		die(strerror(errno), dir);
	printf("%ld files created\n", n);
	return 0;
}

static void *worker(void *arg)
{
	struct job *job = arg;
	struct tally *t = calloc(1, sizeof(*t));
	char *buf = NULL;
	size_t cap = 0, first, i;

	if (!t)
		die("out of memory", "-");
	while ((first = atomic_fetch_add(&job->next, BATCH)) < job->n)
		for (i = first; i < first + BATCH && i < job->n; i++)
			parse_file(job->paths[i], &buf, &cap, t);
	free(buf);
	return t;
}

static void add_path(struct job *job, size_t *alloc, char *path)
{
	if (job->n == *alloc) {
		*alloc = *alloc ? *alloc * 2 : 1024;
		job->paths = realloc(job->paths, *alloc * sizeof(*job->paths));
		if (!job->paths)
			die("out of memory", path);
	}
	job->paths[job->n++] = path;
}

/* The *.yaml files of dir/sub, in the order readdir gives them. */
static void list_dir(struct job *job, size_t *alloc, const char *dir,
		     const char *sub)
{
	char *path = malloc(strlen(dir) + strlen(sub) + 2);
	struct dirent *de;
	DIR *d;

	if (!path)
		die("out of memory", dir);
	sprintf(path, "%s/%s", dir, sub);
	if (!(d = opendir(path)) && errno == ENOENT) {
		free(path);	/* a province's own directory: no records */
		return;
	}
	if (!d)
		die(strerror(errno), path);
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		char *p;

		if (de->d_name[0] == '.' || len < 6 ||
		    strcmp(de->d_name + len - 5, ".yaml"))
			continue;
		if (!(p = malloc(strlen(path) + len + 2)))
			die("out of memory", path);
		sprintf(p, "%s/%s", path, de->d_name);
		add_path(job, alloc, p);
	}
	closedir(d);
	free(path);
}

int main(int argc, char **argv)
{
	struct job job = { 0 };
	struct tally total = { 0 };
	pthread_t threads[MAX_THREADS];
	size_t alloc = 0, i;
	int opt, nthreads = 1, files = 0, started = 0, writes = 0;

	while ((opt = getopt(argc, argv, "j:fwc:")) != -1) {
		switch (opt) {
		case 'c':
			if (optind >= argc)
				goto usage;
			return create_files(atol(optarg), argv[optind]);
		case 'j':
			nthreads = atoi(optarg);
			break;
		case 'f':
			files = 1;
			break;
		case 'w':
			files = writes = 1;
			break;
		default:
			goto usage;
		}
	}
	if (optind >= argc || nthreads < 1 || nthreads > MAX_THREADS ||
	    (!files && argc - optind < 1))
		goto usage;
	if (files) {
		for (i = (size_t)optind; i < (size_t)argc; i++)
			add_path(&job, &alloc, strdup(argv[i]));
	} else {
		for (i = (size_t)optind; i < (size_t)argc; i++) {
			char *office = malloc(strlen(argv[i]) + 16);

			if (!office)
				die("out of memory", argv[i]);
			sprintf(office, "%s/ocop.yaml", argv[i]);
			add_path(&job, &alloc, office);
			list_dir(&job, &alloc, argv[i], "producers");
			list_dir(&job, &alloc, argv[i], "products");
		}
	}
	if (writes) {
		char *buf = NULL;
		size_t cap = 0;

		for (i = 0; i < job.n; i++) {
			struct tally t = { 0 };

			parse_file(job.paths[i], &buf, &cap, &t);
			rewrite(job.paths[i], buf, t.bytes);
			total.files += t.files;
			total.bytes += t.bytes;
			total.events += t.events;
			total.errors += t.errors;
		}
		free(buf);
		printf("%zu files rewritten, %zu bytes, %zu events, %zu errors\n",
		       total.files, total.bytes, total.events, total.errors);
		return total.errors != 0;
	}
	atomic_init(&job.next, 0);
	for (i = 1; i < (size_t)nthreads; i++)
		if (!pthread_create(&threads[started], NULL, worker, &job))
			started++;
	for (i = 0; i <= (size_t)started; i++) {
		struct tally *t;

		if (i == 0)
			t = worker(&job);	/* the main thread reads too */
		else
			pthread_join(threads[i - 1], (void **)&t);
		total.files += t->files;
		total.bytes += t->bytes;
		total.events += t->events;
		total.errors += t->errors;
		free(t);
	}
	printf("%zu files, %zu bytes, %zu events, %zu errors, %d threads\n",
	       total.files, total.bytes, total.events, total.errors, started + 1);
	for (i = 0; i < job.n; i++)
		free(job.paths[i]);
	free(job.paths);
	return total.errors != 0;

usage:
	fputs("usage: floor [-j THREADS] DIR... | floor -f FILE... | floor -w FILE... | floor -c N DIR\n", stderr);
	return 2;
}
