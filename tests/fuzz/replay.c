/*
 * replay.c — run saved inputs through a fuzz target without libFuzzer:
 *
 *   replay-NAME FILE-OR-DIRECTORY...
 *
 * Each file (a directory: each file in it and below, in name order) is
 * passed to LLVMFuzzerTestOneInput once.  A target reports a broken
 * property by aborting, and the sanitizers report what they find, so a
 * normal exit means every input passed.  Built with the ordinary compiler
 * against the library of a build directory (make check builds it twice:
 * plain and under ASan+UBSan), it keeps every crash make fuzz ever found
 * a regression test.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static size_t inputs;
static int verbose;

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t len = 0, alloc = 0, n;

	if (!f && errno == ENOENT)
		return 0;	/* gone since the listing: a running fuzzer's REDUCE */
	if (!f) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	for (;;) {
		if (len == alloc) {
			alloc = alloc ? alloc * 2 : 65536;
			buf = realloc(buf, alloc);
			if (!buf) {
				fprintf(stderr, "replay: out of memory\n");
				exit(3);
			}
		}
		n = fread(buf + len, 1, alloc - len, f);
		if (!n)
			break;
		len += n;
	}
	if (ferror(f)) {
		fprintf(stderr, "replay: %s: read error\n", path);
		fclose(f);
		free(buf);
		return -1;
	}
	fclose(f);
	if (verbose)
		fprintf(stderr, "replay: %s (%zu bytes)\n", path, len);
	LLVMFuzzerTestOneInput(buf, len);
	free(buf);
	inputs++;
	return 0;
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_path(const char *path)
{
	struct stat st;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, alloc = 0, i;
	int ret = 0;
	DIR *d;

	if (stat(path, &st)) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode))
		return run_file(path);
	d = opendir(path);
	if (!d) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	while ((de = readdir(d))) {
		size_t len;
		char *full;

		if (de->d_name[0] == '.')
			continue;
		len = strlen(path) + strlen(de->d_name) + 2;
		full = malloc(len);
		if (!full || (n == alloc && !(names = realloc(names,
				(alloc = alloc ? 2 * alloc : 64) * sizeof(*names))))) {
			fprintf(stderr, "replay: out of memory\n");
			exit(3);
		}
		snprintf(full, len, "%s/%s", path, de->d_name);
		names[n++] = full;
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof(*names), compare_names);
	for (i = 0; i < n; i++) {
		if (run_path(names[i]))
			ret = -1;
		free(names[i]);
	}
	free(names);
	return ret;
}

int main(int argc, char **argv)
{
	int i, ret = 0;

	if (argc > 1 && !strcmp(argv[1], "-v")) {
		verbose = 1;
		argv++;
		argc--;
	}
	if (argc < 2) {
		fprintf(stderr, "usage: replay [-v] FILE-OR-DIRECTORY...\n");
		return 2;
	}
	LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++)
		if (run_path(argv[i]))
			ret = 1;
	printf("replay: %zu inputs\n", inputs);
	return ret;
}
