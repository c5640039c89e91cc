/*
 * ocop.c — the ocop command: global options, the command table, dispatch.
 *
 * Built-in commands are run from the table; an unknown "ocop foo" runs
 * "ocop-foo" from PATH, as git does, so that an office can add its own
 * (never a name with a '/', which execvp would take as a path).
 */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/builtin.h"
#include "ocop/text.h"
#include "ocop/util.h"

struct cmd_struct {
	const char *name;
	int (*fn)(int argc, const char **argv, struct ocop_ctx *ctx);
	const char *summary;
};

/* Here rather than in src/cmd/: it reads the command table and the global options. */
static int cmd_help(int argc, const char **argv, struct ocop_ctx *ctx);

static const struct cmd_struct commands[] = {
	{ "init", cmd_init, N_("make a new data directory") },
	{ "producer", cmd_producer, N_("add, list, show, change or remove producers") },
	{ "product", cmd_product, N_("add, list, show, change or remove products") },
	{ "event", cmd_event, N_("record trainings, fairs, workshops and promotions") },
	{ "doc", cmd_doc, N_("add, list or remove the documents of a product's dossier") },
	{ "cycle", cmd_cycle, N_("show or move a product through the six-step OCOP cycle") },
	{ "rate", cmd_rate, N_("record the ward's assessment, the council's score, a revocation") },
	{ "log", cmd_log, N_("show the history of a record, from git") },
	{ "hook", cmd_hook, N_("install the git pre-commit hook that runs ocop check") },
	{ "check", cmd_check, N_("check every record of the data directory") },
	{ "import", cmd_import, N_("import producers or products from a CSV register") },
	{ "report", cmd_report, N_("print the office's reports") },
	{ "label", cmd_label, N_("make a certified product's label: QR code, EAN-13, stars") },
	{ "site", cmd_site, N_("make the public catalogue of certified products, as static pages") },
	{ "ward", cmd_ward, N_("add, list or remove the wards of a province directory") },
	{ "sync", cmd_sync, N_("bring the wards' new commits, from their remotes or bundles") },
	{ "bundle", cmd_bundle, N_("write the ward's history to a file, for a USB stick or an e-mail") },
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
static const char *wait_arg;
static const struct option global_options[] = {
	OPT_LIST('C', NULL, &global_ctx.dirs, N_("DIR"), N_("the data directory (repeatable for reports)")),
	OPT_BOOL('q', "quiet", &quiet, N_("print no warnings, notes or summaries")),
	OPT_STRING(0, "lang", &global_ctx.lang, N_("vi|en"), N_("language of messages, headings and names")),
	OPT_STRING(0, "color", &global_ctx.color, N_("WHEN"), N_("auto, always or never")),
	OPT_STRING(0, "wait", &wait_arg, N_("SECONDS"), N_("wait up to SECONDS for another command's lock (default 10)")),
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

/* --- language of messages, colour, manual pages ------------------------------------ */

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

/*
 * The first directory exe_dir/rel[i] holding leaf, where exe_dir holds
 * this binary: an installed tree (bin/ beside share/) under any prefix, or
 * the source tree (bin/ beside build/ and man/).  NULL when none does.
 */
static char *dir_beside_exe(const char *const *rel, const char *leaf)
{
	char exe[4096], *slash, *dir, *path;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	size_t i;

	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	if (!(slash = strrchr(exe, '/')))
		return NULL;
	*slash = '\0';
	for (i = 0; rel[i]; i++) {
		dir = xasprintf("%s/%s", exe, rel[i]);
		path = xasprintf("%s/%s", dir, leaf);
		if (!access(path, R_OK)) {
			free(path);
			return dir;
		}
		free(path);
		free(dir);
	}
	return NULL;
}

static bool is_c_locale(const char *v)
{
	return !strcmp(v, "C") || !strcmp(v, "POSIX") || !strncmp(v, "C.", 2);
}

/*
 * The language the environment asks messages in: "vi", "en", … from
 * LANGUAGE, else from the first of LC_ALL, LC_MESSAGES and LANG that is
 * set.  "" when LC_ALL or LC_MESSAGES ask for the C locale, as scripts and
 * tests do; NULL when the environment does not say (nothing set, or only
 * LANG=C, as on a fresh machine), and ocop.yaml's lang decides.
 */
static const char *env_language(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	static char lang[16];
	const char *v = NULL, *language = getenv("LANGUAGE");
	size_t i, n;

	for (i = 0; i < ARRAY_SIZE(vars); i++) {
		v = getenv(vars[i]);
		if (v && *v)
			break;
	}
	if (i == ARRAY_SIZE(vars))
		v = NULL;
	else if (is_c_locale(v) && i < 2)
		return "";
	else if (is_c_locale(v))
		v = NULL;
	if (language && *language)
		v = language;
	if (!v)
		return NULL;
	n = strcspn(v, "_.@:");
	if (!n || n >= sizeof(lang))
		return NULL;
	memcpy(lang, v, n);
	lang[n] = '\0';
	return is_c_locale(lang) ? "" : lang;
}

/*
 * Messages in lang from now on: "vi" through the catalogue, "en" and ""
 * untranslated.  glibc's gettext follows LANGUAGE unless LC_MESSAGES is
 * "C", so C.UTF-8 with LANGUAGE=vi speaks Vietnamese even where the
 * vi_VN locale is not generated, as on a fresh Debian.  The catalogue is
 * $OCOP_LOCALEDIR's, else the one beside the binary, else LOCALEDIR's.
 */
static void messages_in(const char *lang)
{
#ifdef ENABLE_NLS
	static const char *const rel[] = { "../share/locale", "../build/locale",
					    "../locale", NULL };
	static const char *const utf8[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8" };
	static bool bound;
	const char *dir = getenv("OCOP_LOCALEDIR"), *cur;
	char *found = NULL, *leaf;
	size_t i;

	if (!*lang || !strcmp(lang, "en")) {
		setlocale(LC_MESSAGES, "C");
		return;
	}
	if (!bound) {
		if (!dir || !*dir) {
			leaf = xasprintf("%s/LC_MESSAGES/ocop.mo", lang);
			dir = found = dir_beside_exe(rel, leaf);
			free(leaf);
		}
		bindtextdomain("ocop", dir ? dir : LOCALEDIR);
		bind_textdomain_codeset("ocop", "UTF-8");
		textdomain("ocop");
		free(found);
		bound = true;
	}
	if (setenv("LANGUAGE", lang, 1))
		return;
	cur = setlocale(LC_MESSAGES, "");
	for (i = 0; i < ARRAY_SIZE(utf8) &&
		    (!cur || !strcmp(cur, "C") || !strcmp(cur, "POSIX")); i++)
		cur = setlocale(LC_MESSAGES, utf8[i]);
#else
	(void)lang;
#endif
}

/*
 * ocop.yaml's lang, when the data directory the command will use says
 * one: only the view is read (a province's file lists 3,300 wards).
 */
static void office_language(struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct store s;

	if (!store_open(&s, ctx->dirs.nr ? ctx->dirs.items[0] : NULL, &dl) &&
	    !store_read_office_view(&s, &dl) && s.office.u.office.lang)
		messages_in(s.office.u.office.lang);
	store_close(&s);
	diag_list_release(&dl);	/* the command itself says what is wrong */
}

/* Colour the labels of messages: --color, else a terminal, NO_COLOR and TERM decide. */
static bool want_color(const char *when)
{
	const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");

	if (when && !strcmp(when, "always"))
		return true;
	if (when && !strcmp(when, "never"))
		return false;
	return isatty(STDERR_FILENO) && !(no_color && *no_color) && term &&
	       strcmp(term, "dumb");
}

/*
 * On a terminal "ocop help COMMAND" shows the command's manual page
 * through man(1), as git does: the page beside the binary (the source
 * tree's man/, an installed share/man/man1/) or in MANDIR.  Returns only
 * when there is no terminal, no page or no man; the usage is printed then.
 */
static void exec_man_page(const char *name)
{
	static const char *const rel[] = { "../man", "../share/man/man1",
#ifdef MANDIR
					    MANDIR "/man1",
#endif
					    NULL };
	const char *args[] = { "man", "-l", NULL, NULL };
	char *leaf, *dir, *page;

	if (!isatty(STDOUT_FILENO))
		return;
	leaf = xasprintf("ocop-%s.1", name);
	dir = dir_beside_exe(rel, leaf);
	if (dir) {
		page = xasprintf("%s/%s", dir, leaf);
		args[2] = page;
		fflush(stdout);
		execvp("man", (char *const *)args);
		free(page);	/* no man: the usage */
	}
	free(dir);
	free(leaf);
}

/*
 * "ocop --ocop-completion-helper": the commands and the global options,
 * for completion/ocop.bash and completion/_ocop; with COMMAND [WORD...]
 * [--OPTION] after it, the values the next word takes (complete.c).
 */
static int completion_helper(int argc, const char **argv)
{
	const struct option *o;
	size_t i;

	if (argc > 1 && strcmp(argv[1], "help"))
		return complete_values(argc - 1, argv + 1, &global_ctx);
	if (argc > 2)
		return EXIT_OK;	/* ocop help takes one command */
	for (i = 0; i < ARRAY_SIZE(commands); i++)
		printf("%s\n", commands[i].name);
	if (argc > 1)
		return EXIT_OK;
	for (o = global_options; o->type != OPTION_END; o++)
		if (o->long_name)
			printf("--%s%s\n", o->long_name, o->argh ? "=" : "");
	printf("--help\n");
	return EXIT_OK;
}

/* --- the lock's wait ---------------------------------------------------------------- */

/* As a database waits on a busy lock: two officers at once is ordinary. */
#define DEFAULT_WAIT_SECONDS 10.0
#define MAX_WAIT_SECONDS 1e9

/*
 * A number of seconds written in decimal: digits, then a point and digits
 * ("2.5"), nothing else.  strtod would also take " 5", "1e3", "0x10",
 * "inf" and "nan", none of which a user means as a wait.
 */
static int parse_seconds(const char *arg, double *seconds)
{
	const char *p = arg;
	size_t int_digits, frac_digits = 0;
	char *end;

	int_digits = strspn(p, "0123456789");
	p += int_digits;
	if (*p == '.') {
		frac_digits = strspn(p + 1, "0123456789");
		p += 1 + frac_digits;
	}
	if (*p || !int_digits || (p[-1] == '.' && !frac_digits))
		return -1;
	errno = 0;
	*seconds = strtod(arg, &end);
	if (errno || *end || *seconds > MAX_WAIT_SECONDS)
		return -1;
	return 0;
}

/* --wait, else $OCOP_WAIT, else the default.  Returns an exit status. */
static int pick_wait(struct ocop_ctx *ctx)
{
	const char *env = getenv("OCOP_WAIT");

	ctx->wait = DEFAULT_WAIT_SECONDS;
	if (wait_arg) {
		if (parse_seconds(wait_arg, &ctx->wait))
			usage_error(ocop_usage, global_options,
				    _("option '--%s' expects a number, not '%s'"),
				    "wait", wait_arg);
	} else if (env && *env && parse_seconds(env, &ctx->wait)) {
		error(_("OCOP_WAIT takes a number of seconds such as 2.5, not '%s'"), env);
		return EXIT_USAGE;
	}
	return EXIT_OK;
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
	const char **args;
	const char *near;
	char *prog;
	size_t i;

	/*
	 * Only a name searched on PATH: execvp would run "ocop-a/b" from
	 * the working directory, a file anyone who can write there made.
	 */
	if (strchr(argv[0], '/') || !*argv[0]) {
		error(_("'%s' is not an ocop command; see 'ocop --help'"), argv[0]);
		return EXIT_USAGE;
	}
	/* An office's own ocop-foo sees the directory -C named, as git
	 * passes GIT_DIR to its external commands. */
	if (ctx->dirs.nr && setenv("OCOP_DATA", ctx->dirs.items[0], 1))
		return error(_("cannot set OCOP_DATA: %s"), strerror(errno)), EXIT_ENV;
	if (ctx->lang && setenv("OCOP_LANG", ctx->lang, 1))
		return error(_("cannot set OCOP_LANG: %s"), strerror(errno)), EXIT_ENV;
	if (ocop_quiet && setenv("OCOP_QUIET", "1", 1))
		return error(_("cannot set OCOP_QUIET: %s"), strerror(errno)), EXIT_ENV;
	prog = xasprintf("ocop-%s", argv[0]);
	args = xcalloc((size_t)argc + 1, sizeof(*args));
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

static int cmd_help(int argc, const char **argv, struct ocop_ctx *ctx)
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
	exec_man_page(cmd->name);
	return cmd->fn(2, help_argv, ctx);
}

/*
 * A closed stdin, stdout or stderr would be reused by the first file we
 * open, and what we print would go into it: as git does, open /dev/null
 * in its place first.
 */
static void sanitize_std_fds(void)
{
	int fd;

	do {
		fd = open("/dev/null", O_RDWR);
	} while (fd >= 0 && fd <= 2);
	if (fd > 2)
		close(fd);
}

int main(int argc, const char **argv)
{
	const struct option *opts = global_options;
	const struct cmd_struct *cmd;
	const char *env_lang;
	int status;

	sanitize_std_fds();
	/* Text follows the user's locale; numbers and dates never do. */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	env_lang = env_language();
	if (env_lang && *env_lang && strcmp(env_lang, "en"))
		messages_in(env_lang);
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
	ocop_color = want_color(global_ctx.color);
	if ((status = pick_wait(&global_ctx))) {
		opt_list_release(&global_ctx.dirs);
		return status;
	}
	if (global_ctx.lang)
		messages_in(global_ctx.lang);
	if (argc >= 1 && !strncmp(argv[0], "--ocop-completion-helper", 24)) {
		status = completion_helper(argc, argv);
		opt_list_release(&global_ctx.dirs);
		return check_stdout(status);
	}
	if (!global_ctx.lang && !env_lang)
		office_language(&global_ctx);
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
