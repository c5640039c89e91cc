/*
 * measure.c — time a command for make bench: wall time and peak memory.
 *
 *   measure [-n RUNS] [-w WARMUPS] [-p PREP] [-l LIST] [-e NAME=VALUE]...
 *           [-o OUT] [-E ERR] [-t SECONDS] -- COMMAND [ARG]...
 *
 * Runs COMMAND WARMUPS times untimed, then RUNS times timed, each run
 * directly by fork and exec (no shell, unless COMMAND is one), stdin from
 * /dev/null, stdout to OUT (default /dev/null), stderr to ERR (default
 * /dev/null).  PREP, when given, runs through /bin/sh before each run,
 * untimed (to make a fresh directory for an import).  In the arguments,
 * "{}" is replaced by the run's line of LIST (one a run, in turn: a
 * different record for each write) and "{n}" by the run's number.
 *
 * The time is the wall clock (CLOCK_MONOTONIC) from fork to the end of
 * wait4; the memory is ru_maxrss from wait4, the peak resident set of the
 * process or of the largest of the processes it waited for (a pipeline in
 * sh -c), in KiB.  A run that exceeds SECONDS is killed, with its process
 * group, and counted as failed.
 *
 * Prints one line:  median_s min_s max_s maxrss_kib failed runs first_rc
 * cpu_s user_s sys_s (cpu_s: the median of user + system time, of the
 * process and those it waited for: less disturbed than the wall clock by
 * other work on the machine; user_s and sys_s, the medians of each) and,
 * with -v, each run's time on stderr.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE	/* wait4, setpgid */
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_ENV 16

static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
	(void)sig;
	timed_out = 1;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double median(const double *v, int n)
{
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* s with every "{}" replaced by line and "{n}" by n (allocated). */
static char *expand(const char *s, const char *line, int n)
{
	size_t cap = strlen(s) + (line ? strlen(line) : 0) * 4 + 64, len = 0;
	char *out = malloc(cap), num[24];

	if (!out)
		exit(3);
	snprintf(num, sizeof(num), "%d", n);
	while (*s) {
		const char *put = NULL;
		size_t skip = 1;

		if (!strncmp(s, "{}", 2) && line)
			put = line, skip = 2;
		else if (!strncmp(s, "{n}", 3))
			put = num, skip = 3;
		if (put) {
			size_t k = strlen(put);

			if (len + k + 1 > cap) {
				cap = (len + k + 1) * 2;
				if (!(out = realloc(out, cap)))
					exit(3);
			}
			memcpy(out + len, put, k);
			len += k;
			s += skip;
			continue;
		}
		if (len + 2 > cap) {
			cap *= 2;
			if (!(out = realloc(out, cap)))
				exit(3);
		}
		out[len++] = *s++;
	}
	out[len] = 0;
	return out;
}

static void redirect(int fd, const char *path, int flags)
{
	int f = open(path, flags, 0644);

	if (f < 0) {
		perror(path);
		_exit(127);
	}
	dup2(f, fd);
	close(f);
}

/*
 * Run argv; returns its exit status (128+signal when killed, -1 timed
 * out) and fills *rss (KiB) and *secs.
 */
static int run(char **argv, char **env, int nenv, const char *out,
	       const char *err, double limit, long *rss, double *secs,
	       double *user, double *sys)
{
	struct rusage ru;
	struct itimerval it = { { 0, 0 }, { 0, 0 } };
	int status = 0, i;
	double t0 = now();
	pid_t pid = fork(), w;

	if (pid < 0) {
		perror("fork");
		exit(3);
	}
	if (!pid) {
		setpgid(0, 0);
		for (i = 0; i < nenv; i++)
			putenv(env[i]);
		redirect(0, "/dev/null", O_RDONLY);
		redirect(1, out ? out : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC);
		redirect(2, err ? err : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC);
		execvp(argv[0], argv);
		perror(argv[0]);
		_exit(127);
	}
	timed_out = 0;
	if (limit > 0) {
		it.it_value.tv_sec = (time_t)limit;
		it.it_value.tv_usec = (suseconds_t)((limit - (double)(time_t)limit) * 1e6);
		setitimer(ITIMER_REAL, &it, NULL);
	}
	while ((w = wait4(pid, &status, 0, &ru)) < 0 && errno == EINTR)
		if (timed_out)
			kill(-pid, SIGKILL);
	*secs = now() - t0;
	if (limit > 0) {
		it.it_value.tv_sec = 0;
		it.it_value.tv_usec = 0;
		setitimer(ITIMER_REAL, &it, NULL);
	}
	if (w < 0) {
		perror("wait4");
		exit(3);
	}
	*rss = ru.ru_maxrss;
	*user = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6;
	*sys = (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
	if (timed_out)
		return -1;
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}

static int sh(const char *cmd)
{
	pid_t pid = fork();
	int status;

	if (pid < 0)
		return -1;
	if (!pid) {
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static char **read_lines(const char *path, int *n)
{
	FILE *f = fopen(path, "r");
	char **lines = NULL, *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int alloc = 0;

	*n = 0;
	if (!f) {
		perror(path);
		exit(2);
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		if (line[len - 1] == '\n')
			line[--len] = 0;
		if (!len)
			continue;
		if (*n == alloc) {
			alloc = alloc ? alloc * 2 : 64;
			if (!(lines = realloc(lines, (size_t)alloc * sizeof(*lines))))
				exit(3);
		}
		lines[(*n)++] = strdup(line);
	}
	free(line);
	fclose(f);
	return lines;
}

int main(int argc, char **argv)
{
	const char *prep = NULL, *list = NULL, *out = NULL, *err = NULL;
	char *env[MAX_ENV], **lines = NULL, **args;
	int runs = 5, warmups = 0, nenv = 0, nlines = 0, verbose = 0;
	int opt, i, k, failed = 0, first_rc = 0, nargs;
	double limit = 0, *times, *cpus, *users, *syss;
	long maxrss = 0;
	struct sigaction sa;

	while ((opt = getopt(argc, argv, "n:w:p:l:e:o:E:t:v")) != -1) {
		switch (opt) {
		case 'n': runs = atoi(optarg); break;
		case 'w': warmups = atoi(optarg); break;
		case 'p': prep = optarg; break;
		case 'l': list = optarg; break;
		case 'e':
			if (nenv == MAX_ENV)
				goto usage;
			env[nenv++] = optarg;
			break;
		case 'o': out = optarg; break;
		case 'E': err = optarg; break;
		case 't': limit = atof(optarg); break;
		case 'v': verbose = 1; break;
		default: goto usage;
		}
	}
	if (optind >= argc || runs < 1 || warmups < 0)
		goto usage;
	if (list && !(lines = read_lines(list, &nlines), nlines)) {
		fprintf(stderr, "measure: %s: no lines\n", list);
		return 2;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);	/* no SA_RESTART: wait4 returns */

	nargs = argc - optind;
	args = calloc((size_t)nargs + 1, sizeof(*args));
	times = calloc((size_t)runs, sizeof(*times));
	cpus = calloc((size_t)runs, sizeof(*cpus));
	users = calloc((size_t)runs, sizeof(*users));
	syss = calloc((size_t)runs, sizeof(*syss));
	if (!args || !times || !cpus || !users || !syss)
		return 3;
	for (i = 0; i < warmups + runs; i++) {
		const char *line = lines ? lines[i % nlines] : NULL;
		double secs, cpu, user, sys;
		long rss;
		int rc;

		if (prep && sh(prep)) {
			fprintf(stderr, "measure: preparation failed: %s\n", prep);
			return 3;
		}
		for (k = 0; k < nargs; k++)
			args[k] = expand(argv[optind + k], line, i);
		rc = run(args, env, nenv, out, err, limit, &rss, &secs, &user, &sys);
		cpu = user + sys;
		for (k = 0; k < nargs; k++)
			free(args[k]);
		if (verbose)
			fprintf(stderr, "measure: run %d%s: %.6f s, cpu %.6f s, %ld KiB, rc %d\n",
				i, i < warmups ? " (warm-up)" : "", secs, cpu, rss, rc);
		if (rc && !first_rc)
			first_rc = rc;
		if (rc)
			failed++;
		if (rc < 0)
			break;	/* timed out: another run would too */
		if (i < warmups)
			continue;
		times[i - warmups] = secs;
		cpus[i - warmups] = cpu;
		users[i - warmups] = user;
		syss[i - warmups] = sys;
		if (rss > maxrss)
			maxrss = rss;
	}
	if (i < warmups + runs) {
		printf("nan nan nan %ld %d %d %d nan nan nan\n", maxrss, failed, 0, first_rc);
		return 0;
	}
	qsort(times, (size_t)runs, sizeof(*times), cmp_double);
	qsort(cpus, (size_t)runs, sizeof(*cpus), cmp_double);
	qsort(users, (size_t)runs, sizeof(*users), cmp_double);
	qsort(syss, (size_t)runs, sizeof(*syss), cmp_double);
	printf("%.6f %.6f %.6f %ld %d %d %d %.6f %.6f %.6f\n", median(times, runs),
	       times[0], times[runs - 1], maxrss, failed, runs, first_rc,
	       median(cpus, runs), median(users, runs), median(syss, runs));
	return 0;

usage:
	fputs("usage: measure [-n RUNS] [-w WARMUPS] [-p PREP] [-l LIST] [-e NAME=VALUE]... "
	      "[-o OUT] [-E ERR] [-t SECONDS] [-v] -- COMMAND [ARG]...\n", stderr);
	return 2;
}
