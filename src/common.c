/*
 * common.c — what the commands share (see builtin.h): opening the data
 * directory, ending a command, printing a table, the sub-command table,
 * and the set and rm that producers and products have alike.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd/builtin.h"
#include "ocop/commit.h"
#include "ocop/edit.h"
#include "ocop/report.h"
#include "ocop/show.h"
#include "ocop/province.h"
#include "ocop/text.h"
#include "ocop/util.h"

int finish(struct diag_list *dl)
{
	int status = diag_status(dl);

	diag_print(dl, stderr);
	diag_list_release(dl);
	return status;
}

int finish_printed(int status, struct diag_list *dl)
{
	if (status) {
		diag_list_release(dl);
		return status;
	}
	return finish(dl);
}

int finish_write(struct store *s, struct diag_list *dl)
{
	if (!diag_error_count(dl))
		commit_changes(s, dl);
	store_close(s);
	return finish(dl);
}

/* What a dry run would have written or removed, when it would have. */
static void print_preview(const struct store_preview *p)
{
	if (p->text)
		fprintf(stderr, _("%s: dry run: would write %s:\n%s"),
			ocop_progname, p->path, p->text);
	else
		fprintf(stderr, _("%s: dry run: would remove %s\n"),
			ocop_progname, p->path);
}

/*
 * The province directory holds no records: say so, and where they are
 * (its first ward's path, as an example).
 */
static int refuse_province(const struct store *s, unsigned flags,
			   struct diag_list *dl)
{
	struct diag_list ignore = DIAG_LIST_INIT;
	struct ward_list wards;
	const char *example;

	if (s->office.u.office.unit != UNIT_PROVINCE)
		return 0;
	province_wards(s->root, &wards, &ignore);
	example = wards.nr ? wards.items[0].path : PROVINCE_WARDS_DIR "/NAME";
	diag_error(dl, s->root, 0, 0, (flags & OPEN_WRITE) ?
		   _("a province directory: records are written in its wards, not here") :
		   _("a province directory: this command reads one ward"));
	diag_hint(dl, _("run it in a ward: 'cd %s', or 'ocop -C %s …'; 'ocop ward list' names them"),
		  example, example);
	ward_list_release(&wards);
	diag_list_release(&ignore);
	return -1;
}

int open_store(struct ocop_ctx *ctx, struct store *s, unsigned flags)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *dir = ctx->dirs.nr ? ctx->dirs.items[0] : NULL;

	if (ctx->dirs.nr > 1 && !(flags & OPEN_ANY_DIRS)) {
		diag_add(&dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
			 _("this command works on one data directory; -C was given %zu times"),
			 ctx->dirs.nr);
		return finish(&dl);
	}
	if (store_open(s, dir, &dl) ||
	    ((flags & OPEN_WRITE) && store_lock(s, ctx->wait, &dl)) ||
	    store_read_office(s, &dl) ||
	    (!(flags & OPEN_PROVINCE) && refuse_province(s, flags, &dl))) {
		store_close(s);
		return finish(&dl);
	}
	s->show_preview = print_preview;
	return finish(&dl);
}

int open_store_for(struct ocop_ctx *ctx, struct store *s, enum record_type type,
		   const char **id)
{
	struct diag_list dl = DIAG_LIST_INIT;
	char *dir = NULL;
	int status;

	if ((status = open_store(ctx, s, OPEN_PROVINCE)))
		return status;
	if (s->office.u.office.unit != UNIT_PROVINCE)
		return 0;
	if (province_locate(s->root, type, *id, &dir, id, &dl)) {
		store_close(s);
		return finish(&dl);
	}
	store_close(s);
	if (store_open(s, dir, &dl) || store_read_office(s, &dl)) {
		store_close(s);
		free(dir);
		return finish(&dl);
	}
	s->show_preview = print_preview;
	free(dir);
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

int pick_show_format(const char *format, const char *out, enum out_format *fmt)
{
	if (pick_format(format, out, fmt))
		return -1;
	if (*fmt != FMT_TEXT && *fmt != FMT_JSON)
		return error(_("show prints text or json, not %s"), out_format_name(*fmt));
	return 0;
}

/*
 * -o FILE is written as the store writes a record: into a temporary file
 * beside it, renamed over it once whole, so that a full disk or an
 * interruption leaves the old file.  A command has one -o at a time.
 */
static struct {
	FILE *f;
	char *path;	/* what is renamed over: out, or where its link points */
	char *tmp;
} pending_output;

/* Set while pending_output.tmp names a file on disk that a signal must remove. */
static volatile sig_atomic_t output_tmp_armed;

/* Killed half-way (^C, SIGTERM, the file size limit): no temporary file left. */
static void drop_output_on_signal(int sig)
{
	if (output_tmp_armed)
		unlink(pending_output.tmp);	/* async-signal-safe */
	signal(sig, SIG_DFL);
	raise(sig);
}

static void arm_output_signals(void)
{
	static const int sigs[] = { SIGHUP, SIGINT, SIGTERM, SIGXFSZ };
	struct sigaction sa = { .sa_handler = drop_output_on_signal }, old;
	size_t i;

	sigemptyset(&sa.sa_mask);
	for (i = 0; i < ARRAY_SIZE(sigs); i++) {
		/* A signal the caller ignores (nohup, trap '') stays ignored. */
		if (!sigaction(sigs[i], NULL, &old) && old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
	output_tmp_armed = 1;
}

static void drop_pending_output(void)
{
	output_tmp_armed = 0;
	if (pending_output.tmp)
		unlink(pending_output.tmp);
	free(pending_output.tmp);
	free(pending_output.path);
	pending_output.f = NULL;
	pending_output.tmp = pending_output.path = NULL;
}

/* An exit before close_output (a usage error, die) leaves no temp file. */
static void drop_pending_output_at_exit(void)
{
	drop_pending_output();
}

/*
 * The regular file -o names (or where its symbolic link points); NULL
 * when it is something else (a device such as /dev/full, a pipe), which
 * is written in place, as it cannot be replaced.
 */
static char *output_target(const char *out, mode_t *mode)
{
	struct stat st;
	mode_t mask = umask(0);

	umask(mask);
	*mode = 0666 & ~mask;
	/* /dev/stdout, /proc/self/fd/N: the descriptor, not a file to replace. */
	if (!strncmp(out, "/dev/", 5) || !strncmp(out, "/proc/", 6))
		return NULL;
	if (lstat(out, &st))
		return errno == ENOENT ? xstrdup(out) : NULL;
	if (S_ISLNK(st.st_mode)) {
		char *target = realpath(out, NULL);

		if (!target || stat(target, &st) || !S_ISREG(st.st_mode)) {
			free(target);
			return NULL;
		}
		*mode = st.st_mode & 07777;
		return target;
	}
	if (!S_ISREG(st.st_mode))
		return NULL;
	*mode = st.st_mode & 07777;
	return xstrdup(out);
}

FILE *open_output(const char *out)
{
	static bool registered;
	char *target, *slash;
	mode_t mode;
	FILE *f;
	int fd;

	if (!out || !strcmp(out, "-"))
		return stdout;
	if (pending_output.f)
		BUG("two -o files open at once");
	target = output_target(out, &mode);
	if (!target) {
		f = fopen(out, "w");
		if (!f)
			error(_("cannot write '%s': %s"), out, strerror(errno));
		return f;
	}
	slash = strrchr(target, '/');
	pending_output.tmp = slash ?
		xasprintf("%.*s/.%s.tmp-XXXXXX", (int)(slash - target), target, slash + 1) :
		xasprintf(".%s.tmp-XXXXXX", target);
	pending_output.path = target;
	if (!registered && !atexit(drop_pending_output_at_exit))
		registered = true;
	fd = mkstemp(pending_output.tmp);
	if (fd < 0) {
		error(_("cannot write '%s': %s"), out, strerror(errno));
		free(pending_output.tmp);
		pending_output.tmp = NULL;
		drop_pending_output();
		return NULL;
	}
	arm_output_signals();
	if (fchmod(fd, mode) || !(f = fdopen(fd, "w"))) {
		error(_("cannot write '%s': %s"), out, strerror(errno));
		close(fd);
		drop_pending_output();
		return NULL;
	}
	pending_output.f = f;
	return f;
}

int close_output(FILE *f, const char *out)
{
	bool atomic = f == pending_output.f && f;
	int failed;

	if (f == stdout)
		return 0;
	failed = fflush(f) || ferror(f) || (atomic && fsync(fileno(f)));
	if (fclose(f))
		failed = 1;
	if (!failed && atomic && rename(pending_output.tmp, pending_output.path))
		failed = 1;
	if (!failed && atomic)
		output_tmp_armed = 0;	/* renamed: the name is the user's file now */
	if (failed) {
		error(_("writing '%s' failed: %s"), out, strerror(errno));
		if (atomic)
			drop_pending_output();
		return -1;
	}
	if (atomic) {
		free(pending_output.tmp);
		pending_output.tmp = NULL;	/* renamed: nothing to remove */
		drop_pending_output();
	}
	return 0;
}

void discard_output(FILE *f)
{
	if (f == stdout || !f)
		return;
	fclose(f);
	if (f == pending_output.f)
		drop_pending_output();
}

int pick_data_format(const char *format, const char *out, int excel,
		     enum out_format *fmt)
{
	if (pick_format(format, out, fmt))
		return -1;
	if (excel && !format && !out)
		*fmt = FMT_CSV;	/* --excel alone means CSV for Excel */
	if (excel && *fmt != FMT_CSV) {
		error(_("--excel is for CSV output, not %s"), out_format_name(*fmt));
		return -1;
	}
	if (*fmt == FMT_XLSX && (!out || !strcmp(out, "-")) && isatty(STDOUT_FILENO)) {
		error(_("an XLSX workbook is not for a terminal; write it with -o FILE.xlsx or redirect the output"));
		return -1;
	}
	return 0;
}

unsigned output_flags(FILE *f, enum out_format fmt, int excel)
{
	unsigned flags = excel ? TABLE_EXCEL : 0;

	/* a spreadsheet's CSV is for people: headed in their words */
	if (excel)
		flags |= TABLE_TITLES;
	if ((fmt == FMT_CSV || fmt == FMT_TSV) && f == stdout &&
	    isatty(STDOUT_FILENO))
		flags |= TABLE_TERMINAL;
	return flags;
}

const char *list_lang(const struct ocop_ctx *ctx, const struct store *s)
{
	return ctx->lang ? ctx->lang : s->office.u.office.lang;
}

int print_list(const struct table *t, const char *format, const char *out,
	       int excel, const char *lang)
{
	struct table people;
	int status;

	if (!excel)
		return print_table(t, format, out, 0);
	report_list_for_people(&people, t, lang);
	status = print_table(&people, format, out, excel);
	table_release(&people);
	return status;
}

int print_table(const struct table *t, const char *format, const char *out,
		int excel)
{
	enum out_format fmt;
	FILE *f;
	int ret;

	if (pick_data_format(format, out, excel, &fmt))
		return EXIT_USAGE;
	f = open_output(out);
	if (!f)
		return EXIT_ENV;
	ret = table_print(t, fmt, output_flags(f, fmt, excel), f);
	if (ret && fmt == FMT_XLSX && !ferror(f))	/* the workbook was not made */
		error(_("cannot write the workbook: %s"), strerror(errno));
	if (ret && !ferror(f)) {	/* said: keep the old file */
		discard_output(f);
		return EXIT_ENV;
	}
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
		OPT_BOOL(0, "force", &force, N_("remove even while products or events name it")),
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

int finish_add(struct store *s, char *id, struct diag_list *dl)
{
	if (id)
		printf("%s\n", id);
	free(id);
	return finish_write(s, dl);
}

/* Print the record r as fmt asks, with what more adds. */
static void print_shown(FILE *f, enum out_format fmt, const struct record *r,
			const struct show_more *more, void *data)
{
	struct json_writer w;

	if (fmt != FMT_JSON) {
		if (more && more->text)
			more->text(f, r, data);
		else
			show_record_text(f, r, NULL, 0);
		return;
	}
	json_init(&w, f);
	json_begin_object(&w);
	show_record_json(&w, r);
	if (more && more->json)
		more->json(&w, r, data);
	json_end_object(&w);
	json_finish(&w);
}

int run_show(int argc, const char **argv, struct ocop_ctx *ctx,
	     enum record_type type, const char *const *usage,
	     const struct show_more *more)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *format = NULL, *out = NULL, *id;
	struct option opts[] = {
		OPT_STRING(0, "format", &format, N_("F"), N_("text or json")),
		OPT_STRING('o', "output", &out, N_("FILE"), N_("write to FILE")),
		OPT_END()
	};
	enum out_format fmt;
	void *data = NULL;
	struct store s;
	struct record r;
	int status;
	FILE *f;

	argc = parse_options(argc, argv, opts, usage, 0);
	if (argc != 1)
		usage_error(usage, opts, _("give one ID"));
	if (pick_show_format(format, out, &fmt))
		return EXIT_USAGE;
	id = argv[0];
	status = more && more->by_ward ? open_store_for(ctx, &s, type, &id) :
		 open_store(ctx, &s, 0);
	if (status)
		return status;
	if (store_read(&s, type, id, &r, &dl) ||
	    (more && more->load && more->load(&s, id, &r, &data, &dl)) ||
	    !(f = open_output(out))) {
		status = diag_status(&dl) ? EXIT_OK : EXIT_ENV;
		goto out;
	}
	print_shown(f, fmt, &r, more, data);
	if (close_output(f, out))
		status = EXIT_ENV;
out:
	if (more && more->release)
		more->release(data);
	record_release(&r);
	store_close(&s);
	return finish_printed(status, &dl);
}

/* The noun's usage lines, after a wrong or missing sub-command. */
static void print_usage(const char *const *usage)
{
	size_t n;

	for (n = 0; usage[n]; n++)
		fprintf(stderr, "%s%s\n", n ? _("   or: ") : _("usage: "), _(usage[n]));
}

int run_subcommand(const struct subcommand *subs, int argc, const char **argv,
		   struct ocop_ctx *ctx, const char *const *usage)
{
	const char *names[16];
	const char *near;
	size_t n;

	if (argc < 1) {
		error(_("a sub-command is needed"));
		print_usage(usage);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[0], "--ocop-completion-helper")) {	/* the sub-commands */
		for (n = 0; subs[n].name; n++)
			printf("%s\n", subs[n].name);
		printf("--help\n");
		return EXIT_OK;
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
	print_usage(usage);
	return EXIT_USAGE;
}

#define NOUN_SUBS_MAX 16		/* a noun's sub-commands, at most */
#define NOUN_USAGE_MAX 24	/* and their usage lines */

int run_noun(const struct noun_subcommand *subs, int argc, const char **argv,
	     struct ocop_ctx *ctx)
{
	struct subcommand table[NOUN_SUBS_MAX + 1] = { { NULL, NULL } };
	const char *usage[NOUN_USAGE_MAX + 1] = { NULL };
	struct option opts[] = { OPT_END() };
	size_t n = 0, i, j;

	for (i = 0; subs[i].name && i < NOUN_SUBS_MAX; i++) {
		table[i].name = subs[i].name;
		table[i].fn = subs[i].fn;
		for (j = 0; subs[i].usage[j] && n < NOUN_USAGE_MAX; j++)
			usage[n++] = subs[i].usage[j];
	}
	argc = parse_options(argc, argv, opts, usage, PARSE_OPT_STOP_AT_NON_OPTION);
	return run_subcommand(table, argc, argv, ctx, usage);
}
