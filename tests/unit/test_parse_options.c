/* test_parse_options.c — command-line options from a table (parse-options.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ocop/parse-options.h"
#include "ocop/util.h"

static const char *const usage[] = { "ocop test [options] ARG...", NULL };

/* The options every test parses with, reset before each parse. */
static int dry, quiet, force;
static const char *dir, *format;
static double wait_s;
static struct opt_list sets;

static const struct option opts[] = {
	OPT_BOOL('n', "dry-run", &dry, "write nothing"),
	OPT_BOOL('q', "quiet", &quiet, "no warnings"),
	OPT_BOOL(0, "force", &force, "even so"),
	OPT_STRING('C', "dir", &dir, "DIR", "the data directory"),
	OPT_STRING(0, "format", &format, "FMT", "table, csv or json"),
	OPT_NUMBER('w', "wait", &wait_s, "SECONDS", "wait for the lock"),
	OPT_LIST('s', "set", &sets, "KEY=VALUE", "change a key"),
	OPT_END(),
};

static void reset(void)
{
	dry = quiet = force = 0;
	dir = format = NULL;
	wait_s = -1;
	opt_list_release(&sets);
}

#define MAXARGS 16

/* Parse a NULL-terminated list of arguments (after argv[0]). */
static int parse(const char **argv, unsigned flags, ...)
{
	va_list ap;
	const char *a;
	int argc = 0;

	reset();
	argv[argc++] = "test";
	va_start(ap, flags);
	while ((a = va_arg(ap, const char *)) && argc < MAXARGS - 1)
		argv[argc++] = a;
	va_end(ap);
	argv[argc] = NULL;
	return parse_options(argc, argv, opts, usage, flags);
}

static void test_bools(void **state)
{
	const char *argv[MAXARGS];

	(void)state;
	assert_int_equal(parse(argv, 0, NULL), 0);
	assert_int_equal(dry, 0);
	assert_int_equal(quiet, 0);
	assert_null(argv[0]);

	assert_int_equal(parse(argv, 0, "--dry-run", NULL), 0);
	assert_int_equal(dry, 1);
	assert_int_equal(quiet, 0);

	assert_int_equal(parse(argv, 0, "-q", "--force", NULL), 0);
	assert_int_equal(quiet, 1);
	assert_int_equal(force, 1);
	assert_int_equal(dry, 0);

	/* a cluster */
	assert_int_equal(parse(argv, 0, "-nq", NULL), 0);
	assert_int_equal(dry, 1);
	assert_int_equal(quiet, 1);

	/* repeated is harmless */
	assert_int_equal(parse(argv, 0, "-n", "-n", "--dry-run", NULL), 0);
	assert_int_equal(dry, 1);
	reset();
}

static void test_strings(void **state)
{
	const char *argv[MAXARGS];

	(void)state;
	assert_int_equal(parse(argv, 0, "--dir=/data/x", NULL), 0);
	assert_string_equal(dir, "/data/x");

	assert_int_equal(parse(argv, 0, "--dir", "/data/y", NULL), 0);
	assert_string_equal(dir, "/data/y");

	assert_int_equal(parse(argv, 0, "-C/data/z", NULL), 0);
	assert_string_equal(dir, "/data/z");

	assert_int_equal(parse(argv, 0, "-C", "/data/w", NULL), 0);
	assert_string_equal(dir, "/data/w");

	/* an empty value, a value with '=' in it, one that looks like an option */
	assert_int_equal(parse(argv, 0, "--dir=", NULL), 0);
	assert_string_equal(dir, "");
	assert_int_equal(parse(argv, 0, "--format=a=b", NULL), 0);
	assert_string_equal(format, "a=b");
	assert_int_equal(parse(argv, 0, "--dir", "--force", NULL), 0);
	assert_string_equal(dir, "--force");
	assert_int_equal(force, 0);
	assert_int_equal(parse(argv, 0, "-C", "-n", NULL), 0);
	assert_string_equal(dir, "-n");
	assert_int_equal(dry, 0);

	/* the last one wins */
	assert_int_equal(parse(argv, 0, "-Ca", "--dir=b", NULL), 0);
	assert_string_equal(dir, "b");

	/* a cluster ending in an option that takes a value */
	assert_int_equal(parse(argv, 0, "-nqCdir", NULL), 0);
	assert_int_equal(dry, 1);
	assert_int_equal(quiet, 1);
	assert_string_equal(dir, "dir");
	assert_int_equal(parse(argv, 0, "-nC", "dir2", "rest", NULL), 1);
	assert_int_equal(dry, 1);
	assert_string_equal(dir, "dir2");
	assert_string_equal(argv[0], "rest");
	/* the value of -C swallows the rest of the cluster */
	assert_int_equal(parse(argv, 0, "-Cnq", NULL), 0);
	assert_string_equal(dir, "nq");
	assert_int_equal(dry, 0);
	assert_int_equal(quiet, 0);

	/* UTF-8 values pass through */
	assert_int_equal(parse(argv, 0, "--format", "Thực phẩm", NULL), 0);
	assert_string_equal(format, "Thực phẩm");
	reset();
}

static void test_lists(void **state)
{
	const char *argv[MAXARGS];

	(void)state;
	assert_int_equal(parse(argv, 0, NULL), 0);
	assert_int_equal(sets.nr, 0);

	assert_int_equal(parse(argv, 0, "--set", "a=1", "-sb=2", "--set=c=3",
			       "-s", "d=4", "x", NULL), 1);
	assert_int_equal(sets.nr, 4);
	assert_string_equal(sets.items[0], "a=1");
	assert_string_equal(sets.items[1], "b=2");
	assert_string_equal(sets.items[2], "c=3");
	assert_string_equal(sets.items[3], "d=4");
	assert_string_equal(argv[0], "x");

	/* many: the list grows */
	{
		const char *many[40];
		int i, argc = 0;

		reset();
		many[argc++] = "test";
		for (i = 0; i < 19; i++) {
			many[argc++] = "-s";
			many[argc++] = i % 2 ? "odd" : "even";
		}
		many[argc] = NULL;
		assert_int_equal(parse_options(argc, many, opts, usage, 0), 0);
		assert_int_equal(sets.nr, 19);
		for (i = 0; i < 19; i++)
			assert_string_equal(sets.items[i], i % 2 ? "odd" : "even");
	}
	opt_list_release(&sets);
	assert_null(sets.items);
	assert_int_equal(sets.nr, 0);
	assert_int_equal(sets.alloc, 0);
	reset();
}

static void test_numbers(void **state)
{
	const char *argv[MAXARGS];

	(void)state;
	assert_int_equal(parse(argv, 0, "--wait=2.5", NULL), 0);
	assert_true(wait_s == 2.5);
	assert_int_equal(parse(argv, 0, "--wait", "10", NULL), 0);
	assert_true(wait_s == 10);
	assert_int_equal(parse(argv, 0, "-w0", NULL), 0);
	assert_true(wait_s == 0);
	assert_int_equal(parse(argv, 0, "-w", "0.25", NULL), 0);
	assert_true(wait_s == 0.25);
	assert_int_equal(parse(argv, 0, NULL), 0);
	assert_true(wait_s == -1);	/* untouched when not given */
	reset();
}

/* Non-options keep their order; "--" ends the options; "-" is an argument. */
static void test_arguments(void **state)
{
	const char *argv[MAXARGS];

	(void)state;
	assert_int_equal(parse(argv, 0, "a", "-n", "b", "--dir", "d", "c",
			       NULL), 3);
	assert_string_equal(argv[0], "a");
	assert_string_equal(argv[1], "b");
	assert_string_equal(argv[2], "c");
	assert_null(argv[3]);
	assert_int_equal(dry, 1);
	assert_string_equal(dir, "d");

	assert_int_equal(parse(argv, 0, "-n", "--", "-q", "--dir=x", "--", "y",
			       NULL), 4);
	assert_int_equal(dry, 1);
	assert_int_equal(quiet, 0);
	assert_null(dir);
	assert_string_equal(argv[0], "-q");
	assert_string_equal(argv[1], "--dir=x");
	assert_string_equal(argv[2], "--");
	assert_string_equal(argv[3], "y");
	assert_null(argv[4]);

	assert_int_equal(parse(argv, 0, "-", "-n", NULL), 1);
	assert_string_equal(argv[0], "-");
	assert_int_equal(dry, 1);

	assert_int_equal(parse(argv, 0, "--", NULL), 0);
	assert_null(argv[0]);

	/* an empty argument is an argument */
	assert_int_equal(parse(argv, 0, "", "-q", NULL), 1);
	assert_string_equal(argv[0], "");
	assert_int_equal(quiet, 1);
	reset();
}

static void test_stop_at_non_option(void **state)
{
	const char *argv[MAXARGS];

	(void)state;
	assert_int_equal(parse(argv, PARSE_OPT_STOP_AT_NON_OPTION, "-C", "dir",
			       "product", "add", "-n", "--dir=other", NULL), 4);
	assert_string_equal(dir, "dir");
	assert_int_equal(dry, 0);
	assert_string_equal(argv[0], "product");
	assert_string_equal(argv[1], "add");
	assert_string_equal(argv[2], "-n");
	assert_string_equal(argv[3], "--dir=other");
	assert_null(argv[4]);

	assert_int_equal(parse(argv, PARSE_OPT_STOP_AT_NON_OPTION, "-q", "--",
			       "-n", NULL), 1);
	assert_int_equal(quiet, 1);
	assert_int_equal(dry, 0);
	assert_string_equal(argv[0], "-n");

	assert_int_equal(parse(argv, PARSE_OPT_STOP_AT_NON_OPTION, "-nq", NULL),
			 0);
	assert_int_equal(dry, 1);
	assert_int_equal(quiet, 1);
	reset();
}

/*
 * Run a parse that must end the process (bad option, --help) in a child;
 * return its exit status, and what it wrote to stdout and stderr.
 */
static int run_child(char *out, size_t outsz, char *err, size_t errsz, ...)
{
	char outpath[] = "/tmp/ocop-test-po-out-XXXXXX";
	char errpath[] = "/tmp/ocop-test-po-err-XXXXXX";
	int ofd = mkstemp(outpath), efd = mkstemp(errpath), status;
	const char *argv[MAXARGS];
	const char *a;
	int argc = 0;
	ssize_t n;
	va_list ap;
	pid_t pid;

	assert_true(ofd >= 0 && efd >= 0);
	argv[argc++] = "test";
	va_start(ap, errsz);
	while ((a = va_arg(ap, const char *)) && argc < MAXARGS - 1)
		argv[argc++] = a;
	va_end(ap);
	argv[argc] = NULL;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		dup2(ofd, 1);
		dup2(efd, 2);
		parse_options(argc, argv, opts, usage, 0);
		_exit(99);	/* it returned: not what the test wants */
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	n = pread(ofd, out, outsz - 1, 0);
	out[n > 0 ? n : 0] = '\0';
	n = pread(efd, err, errsz - 1, 0);
	err[n > 0 ? n : 0] = '\0';
	close(ofd);
	close(efd);
	unlink(outpath);
	unlink(errpath);
	assert_true(WIFEXITED(status));
	return WEXITSTATUS(status);
}

static void test_errors_exit_2(void **state)
{
	static const struct {
		const char *args[3];
		const char *msg;
	} t[] = {
		{ { "--nope" }, "unknown option '--nope'" },
		{ { "--dri-run" }, "did you mean '--dry-run'?" },
		{ { "-x" }, "unknown option '-x'" },
		{ { "-nx" }, "unknown option '-x'" },
		{ { "--dir" }, "option '--dir' requires a value" },
		{ { "-C" }, "option '-C' requires a value" },
		{ { "--force=yes" }, "option '--force' takes no value" },
		{ { "--wait=soon" }, "expects a number, not 'soon'" },
		{ { "--wait", "" }, "expects a number" },
		{ { "-w", "-1" }, "expects a number" },
		{ { "--wait=1x" }, "expects a number" },
	};
	char out[4096], err[4096];
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		int rc = run_child(out, sizeof(out), err, sizeof(err),
				   t[i].args[0], t[i].args[1], t[i].args[2],
				   NULL);

		if (rc != EXIT_USAGE)
			fail_msg("%s: exit %d, want 2", t[i].args[0], rc);
		if (!strstr(err, t[i].msg))
			fail_msg("%s: stderr lacks \"%s\":\n%s", t[i].args[0],
				 t[i].msg, err);
		/* the usage follows, on stderr; nothing on stdout */
		if (!strstr(err, "usage: ocop test [options] ARG..."))
			fail_msg("%s: no usage on stderr", t[i].args[0]);
		assert_string_equal(out, "");
	}
}

static void test_help_exit_0(void **state)
{
	static const char *const helps[] = { "-h", "--help", "-nh" };
	char out[4096], err[4096];
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(helps); i++) {
		assert_int_equal(run_child(out, sizeof(out), err, sizeof(err),
					   helps[i], NULL), EXIT_OK);
		assert_string_equal(err, "");
		assert_non_null(strstr(out, "usage: ocop test [options] ARG...\n"));
		assert_non_null(strstr(out, "-C, --dir DIR"));
		assert_non_null(strstr(out, "--format FMT"));
		assert_non_null(strstr(out, "-n, --dry-run"));
		assert_non_null(strstr(out, "-h, --help"));
	}
}

static void test_usage_text(void **state)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	static const char *const two[] = { "ocop a", "ocop b", NULL };

	(void)state;
	assert_non_null(f);
	usage_with_options(two, opts, f);
	fclose(f);
	assert_true(strncmp(buf, "usage: ocop a\n   or: ocop b\n\n", 29) == 0);
	{
		static const char *const lines[][2] = {
			{ "    -n, --dry-run", "write nothing" },
			{ "    --force", "even so" },
			{ "    -C, --dir DIR", "the data directory" },
			{ "    -s, --set KEY=VALUE", "change a key" },
			{ "    -h, --help", "show this help" },
		};
		char want[128];
		size_t i;

		for (i = 0; i < ARRAY_SIZE(lines); i++) {
			/* the help text starts in column 29 */
			snprintf(want, sizeof(want), "\n%-28s%s\n", lines[i][0],
				 lines[i][1]);
			if (!strstr(buf, want))
				fail_msg("usage lacks \"%s\":\n%s", want + 1, buf);
		}
	}
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bools),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_arguments),
		cmocka_unit_test(test_stop_at_non_option),
		cmocka_unit_test(test_errors_exit_2),
		cmocka_unit_test(test_help_exit_0),
		cmocka_unit_test(test_usage_text),
	};
	int ret = cmocka_run_group_tests(tests, NULL, NULL);

	opt_list_release(&sets);
	return ret;
}
