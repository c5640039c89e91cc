/*
 * ocop.c — the ocop command: global options, the command table, dispatch.
 *
 * Built-in commands are run from the table; an unknown "ocop foo" runs
 * "ocop-foo" from PATH, as git does, so that an office can add its own.
 */
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/builtin.h"
#include "ocop/edit.h"
#include "ocop/text.h"
#include "ocop/util.h"

struct cmd_struct {
	const char *name;
	int (*fn)(int argc, const char **argv, struct ocop_ctx *ctx);
	const char *summary;
};

static const struct cmd_struct commands[] = {
	{ "init", cmd_init, N_("make a new data directory") },
	{ "producer", cmd_producer, N_("add, list, show, change or remove producers") },
	{ "product", cmd_product, N_("add, list, show, change or remove products") },
	{ "cycle", cmd_cycle, N_("show or move a product through the six-step OCOP cycle") },
	{ "rate", cmd_rate, N_("record the ward's assessment, the council's score, a revocation") },
	{ "log", cmd_log, N_("show the history of a record, from git") },
	{ "check", cmd_check, N_("check every record of the data directory") },
	{ "import", cmd_import, N_("import producers or products from a CSV register") },
	{ "report", cmd_report, N_("print the office's reports") },
	{ "help", cmd_help, N_("show the help of a command") },
};

static const char *const ocop_usage[] = {
	N_("ocop [-C DIR]... [-q] [--lang vi|en] [--color WHEN] [--wait SECONDS] COMMAND [ARGS]"),
	N_("ocop --version"),
	NULL
};

/* The global options, before the command; ctx is what they set. */
static struct ocop_ctx global_ctx;
static int quiet, version;
static const struct option global_options[] = {
	OPT_LIST('C', NULL, &global_ctx.dirs, N_("DIR"), N_("the data directory (repeatable for reports)")),
	OPT_BOOL('q', "quiet", &quiet, N_("print no warnings, notes or summaries")),
	OPT_STRING(0, "lang", &global_ctx.lang, N_("vi|en"), N_("language of headings and names")),
	OPT_STRING(0, "color", &global_ctx.color, N_("WHEN"), N_("auto, always or never")),
	OPT_NUMBER(0, "wait", &global_ctx.wait, N_("SECONDS"), N_("wait up to SECONDS for another command's lock (default 0)")),
	OPT_BOOL(0, "version", &version, N_("print the version")),
	OPT_END()
};

static void list_commands(FILE *f)
{
	size_t i;

	fprintf(f, _("\ncommands:\n"));
	for (i = 0; i < ARRAY_SIZE(commands); i++)
		fprintf(f, "    %-12s%s\n", commands[i].name, _(commands[i].summary));
	fprintf(f, _("\n'ocop help COMMAND' or 'ocop COMMAND --help' tells more.\n"));
}

/* --- what the commands share ----------------------------------------------------- */

int finish(struct diag_list *dl)
{
	int status = diag_status(dl);

	diag_print(dl, stderr);
	diag_list_release(dl);
	return status;
}

int finish_write(struct store *s, struct diag_list *dl)
{
	if (!diag_error_count(dl))
		store_commit(s, dl);
	store_close(s);
	return finish(dl);
}

int open_store(struct ocop_ctx *ctx, struct store *s, unsigned flags)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *dir = ctx->dirs.nr ? ctx->dirs.items[0] : NULL;

	if (ctx->dirs.nr > 1 && !(flags & OPEN_ANY_DIRS)) {
		error(_("this command works on one data directory; -C was given %zu times"),
		      ctx->dirs.nr);
		return EXIT_USAGE;
	}
	if (store_open(s, dir, &dl) ||
	    ((flags & OPEN_WRITE) && store_lock(s, ctx->wait, &dl)) ||
	    store_read_office(s, &dl)) {
		store_close(s);
		return finish(&dl);
	}
	return finish(&dl);
}

int pick_format(const char *format, const char *out, enum out_format *fmt)
{
	*fmt = FMT_TEXT;
	if (format) {
		if (out_format_parse(format, fmt)) {
			error(_("unknown format '%s'; expected text, csv, tsv, json, md or html"),
			      format);
			return -1;
		}
	} else if (out && out_format_from_path(out, fmt)) {
		*fmt = FMT_TEXT;
	}
	return 0;
}

FILE *open_output(const char *out)
{
	FILE *f;

	if (!out || !strcmp(out, "-"))
		return stdout;
	f = fopen(out, "w");
	if (!f)
		error(_("cannot write '%s': %s"), out, strerror(errno));
	return f;
}

int close_output(FILE *f, const char *out)
{
	if (f == stdout)
		return 0;
	if (ferror(f) | fclose(f))
		return error(_("writing '%s' failed: %s"), out, strerror(errno));
	return 0;
}

int print_table(const struct table *t, const char *format, const char *out,
		int excel)
{
	enum out_format fmt;
	FILE *f;
	int ret;

	if (pick_format(format, out, &fmt))
		return EXIT_USAGE;
	if (excel && !format && !out)
		fmt = FMT_CSV;	/* --excel alone means CSV for Excel */
	if (excel && fmt != FMT_CSV) {
		error(_("--excel is for CSV output, not %s"), out_format_name(fmt));
		return EXIT_USAGE;
	}
	f = open_output(out);
	if (!f)
		return EXIT_ENV;
	ret = table_print(t, fmt, excel ? TABLE_EXCEL : 0, f);
	if (close_output(f, out) || ret)
		return EXIT_ENV;
	return EXIT_OK;
}

int run_set(int argc, const char **argv, struct ocop_ctx *ctx,
	    enum record_type type, const char *const *usage)
{
	struct diag_list dl = DIAG_LIST_INIT;
	int dry = 0, force = 0, status;
	struct option opts[] = {
		OPT_BOOL('n', "dry-run", &dry, N_("check and show, write nothing")),
		OPT_BOOL(0, "force", &force, N_("rewrite a file that holds comments (they are lost)")),
		OPT_END()
	};
	struct store s;

	argc = parse_options(argc, argv, opts, usage, 0);
	if (argc < 2)
		usage_error(usage, opts, _("give an ID and at least one KEY=VALUE"));
	if ((status = open_store(ctx, &s, OPEN_WRITE)))
		return status;
	s.dry_run = dry;
	s.force = force;
	edit_set(&s, type, argv[0], argv + 1, (size_t)argc - 1, &dl);
	return finish_write(&s, &dl);
}

int run_rm(int argc, const char **argv, struct ocop_ctx *ctx,
	   enum record_type type, const char *const *usage)
{
	struct diag_list dl = DIAG_LIST_INIT;
	int dry = 0, force = 0, status;
	struct option opts[] = {
		OPT_BOOL('n', "dry-run", &dry, N_("say what would be removed")),
		/* Only a producer can be named by other records. */
		OPT_BOOL(0, "force", &force, N_("remove even while products name it")),
		OPT_END()
	};
	struct store s;

	if (type != RECORD_PRODUCER)
		opts[1] = (struct option)OPT_END();
	argc = parse_options(argc, argv, opts, usage, 0);
	if (argc != 1)
		usage_error(usage, opts, _("give one ID"));
	if ((status = open_store(ctx, &s, OPEN_WRITE)))
		return status;
	s.dry_run = dry;
	edit_remove(&s, type, argv[0], force, &dl);
	return finish_write(&s, &dl);
}

int run_subcommand(const struct subcommand *subs, int argc, const char **argv,
		   struct ocop_ctx *ctx, const char *const *usage)
{
	const char *names[16];
	const char *near;
	size_t n;

	if (argc < 1) {
		error(_("a sub-command is needed"));
		for (n = 0; usage[n]; n++)
			fprintf(stderr, "%s%s\n", n ? "   or: " : _("usage: "), _(usage[n]));
		return EXIT_USAGE;
	}
	for (n = 0; subs[n].name; n++) {
		if (!strcmp(subs[n].name, argv[0]))
			return subs[n].fn(argc, argv, ctx);
		names[n] = subs[n].name;
	}
	near = text_suggest(argv[0], names, n);
	if (near)
		error(_("unknown sub-command '%s'; did you mean '%s'?"), argv[0], near);
	else
		error(_("unknown sub-command '%s'"), argv[0]);
	for (n = 0; usage[n]; n++)
		fprintf(stderr, "%s%s\n", n ? "   or: " : _("usage: "), _(usage[n]));
	return EXIT_USAGE;
}

/* --- dispatch ---------------------------------------------------------------------- */

static const struct cmd_struct *find_command(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(commands); i++)
		if (!strcmp(commands[i].name, name))
			return &commands[i];
	return NULL;
}

/* "ocop foo" with no built-in foo runs ocop-foo from PATH. */
static int run_external(int argc, const char **argv, struct ocop_ctx *ctx)
{
	const char *names[ARRAY_SIZE(commands)];
	char *prog = xasprintf("ocop-%s", argv[0]);
	const char **args = xcalloc((size_t)argc + 1, sizeof(*args));
	const char *near;
	size_t i;

	/* An office's own ocop-foo sees the directory -C named, as git
	 * passes GIT_DIR to its external commands. */
	if (ctx->dirs.nr && setenv("OCOP_DATA", ctx->dirs.items[0], 1))
		return error(_("cannot set OCOP_DATA: %s"), strerror(errno)), EXIT_ENV;
	if (ctx->lang && setenv("OCOP_LANG", ctx->lang, 1))
		return error(_("cannot set OCOP_LANG: %s"), strerror(errno)), EXIT_ENV;
	if (ocop_quiet && setenv("OCOP_QUIET", "1", 1))
		return error(_("cannot set OCOP_QUIET: %s"), strerror(errno)), EXIT_ENV;
	args[0] = prog;
	for (i = 1; i < (size_t)argc; i++)
		args[i] = argv[i];
	fflush(stdout);
	execvp(prog, (char *const *)args);
	free(args);
	free(prog);
	if (errno != ENOENT) {
		error(_("cannot run 'ocop-%s': %s"), argv[0], strerror(errno));
		return EXIT_ENV;
	}
	for (i = 0; i < ARRAY_SIZE(commands); i++)
		names[i] = commands[i].name;
	near = text_suggest(argv[0], names, ARRAY_SIZE(commands));
	if (near)
		error(_("'%s' is not an ocop command; did you mean '%s'?"), argv[0], near);
	else
		error(_("'%s' is not an ocop command; see 'ocop --help'"), argv[0]);
	return EXIT_USAGE;
}

/* A write error on stdout (a full disk, a closed pipe) is a failure. */
static int check_stdout(int status)
{
	struct stat st;

	if (fstat(fileno(stdout), &st))
		return status;
	if (fflush(stdout) || ferror(stdout)) {
		error(_("write failure on standard output: %s"), strerror(errno));
		return status ? status : EXIT_ENV;
	}
	if (fclose(stdout)) {
		error(_("close failed on standard output: %s"), strerror(errno));
		return status ? status : EXIT_ENV;
	}
	return status;
}

int cmd_help(int argc, const char **argv, struct ocop_ctx *ctx)
{
	const struct cmd_struct *cmd;
	const char *help_argv[] = { NULL, "--help", NULL };

	if (argc < 2) {
		usage_with_options(ocop_usage, global_options, stdout);
		list_commands(stdout);
		return EXIT_OK;
	}
	if (argv[1][0] == '-' || !strcmp(argv[1], "help")) {	/* help of help */
		usage_with_options(ocop_usage, global_options, stdout);
		list_commands(stdout);
		return EXIT_OK;
	}
	cmd = find_command(argv[1]);
	help_argv[0] = argv[1];
	if (!cmd)
		return run_external(2, help_argv, ctx);
	return cmd->fn(2, help_argv, ctx);
}

int main(int argc, const char **argv)
{
	const struct option *opts = global_options;
	const struct cmd_struct *cmd;
	int status;

	/* Text follows the user's locale; numbers and dates never do. */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	if (argc > 1 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		usage_with_options(ocop_usage, opts, stdout);
		list_commands(stdout);
		return check_stdout(EXIT_OK);
	}
	argc = parse_options(argc, argv, opts, ocop_usage,
			     PARSE_OPT_STOP_AT_NON_OPTION);
	ocop_quiet = quiet;
	if (version) {
		printf("ocop %s\n", OCOP_VERSION);
		opt_list_release(&global_ctx.dirs);
		return check_stdout(EXIT_OK);
	}
	if (global_ctx.lang && strcmp(global_ctx.lang, "vi") && strcmp(global_ctx.lang, "en")) {
		error(_("--lang takes vi or en, not '%s'"), global_ctx.lang);
		return EXIT_USAGE;
	}
	if (global_ctx.color && strcmp(global_ctx.color, "auto") && strcmp(global_ctx.color, "always") &&
	    strcmp(global_ctx.color, "never")) {
		error(_("--color takes auto, always or never, not '%s'"), global_ctx.color);
		return EXIT_USAGE;
	}
	if (argc < 1) {
		usage_with_options(ocop_usage, opts, stderr);
		list_commands(stderr);
		return EXIT_USAGE;
	}
	cmd = find_command(argv[0]);
	status = cmd ? cmd->fn(argc, argv, &global_ctx) : run_external(argc, argv, &global_ctx);
	opt_list_release(&global_ctx.dirs);
	return check_stdout(status);
}
