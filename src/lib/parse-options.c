/* parse-options.c — command-line options from a table (see parse-options.h). */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/parse-options.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

void usage_with_options(const char *const *usage, const struct option *opts,
			FILE *f)
{
	const struct option *o;
	size_t i;

	for (i = 0; usage[i]; i++)
		fprintf(f, "%s%s\n", i ? _("   or: ") : _("usage: "), _(usage[i]));
	fputc('\n', f);
	for (o = opts; o->type != OPTION_END; o++) {
		struct strbuf left = STRBUF_INIT;

		strbuf_addstr(&left, "    ");
		if (o->short_name)
			strbuf_addf(&left, "-%c", o->short_name);
		if (o->short_name && o->long_name)
			strbuf_addstr(&left, ", ");
		if (o->long_name)
			strbuf_addf(&left, "--%s", o->long_name);
		if (o->argh)
			strbuf_addf(&left, " %s", o->argh);
		if (left.len < 28)
			fprintf(f, "%-28s%s\n", left.buf, _(o->help));
		else
			fprintf(f, "%s\n%28s%s\n", left.buf, "", _(o->help));
		strbuf_release(&left);
	}
	fprintf(f, "    %-24s%s\n", "-h, --help", _("show this help"));
}

void usage_error(const char *const *usage, const struct option *opts,
		 const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "%s: ", ocop_progname);
	fput_label(stderr, _("error: "), COLOR_ERROR);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\n\n", stderr);
	usage_with_options(usage, opts, stderr);
	exit(EXIT_USAGE);
}

/* Help went to stdout: a full disk or a closed pipe is still a failure. */
static _Noreturn void exit_after_help(void)
{
	if (fflush(stdout) || ferror(stdout)) {
		fprintf(stderr, "%s: %s%s\n", ocop_progname, _("error: "),
			_("write failure on standard output"));
		exit(EXIT_ENV);
	}
	exit(EXIT_OK);
}

void opt_list_release(struct opt_list *l)
{
	free(l->items);
	l->items = NULL;
	l->nr = l->alloc = 0;
}

/* Every long option, one a line: what shell completion offers. */
static _Noreturn void completion_helper(const struct option *opts)
{
	const struct option *o;

	for (o = opts; o->type != OPTION_END; o++)
		if (o->long_name)
			printf("--%s%s\n", o->long_name, o->argh ? "=" : "");
	printf("--help\n");
	exit_after_help();
}

static int take_value(const struct option *o, const char *arg,
		      const char *const *usage, const struct option *opts)
{
	struct opt_list *l;
	char *end;
	double d;

	switch (o->type) {
	case OPTION_BOOL:
		*(int *)o->value = 1;
		return 0;
	case OPTION_STRING:
		*(const char **)o->value = arg;
		return 0;
	case OPTION_NUMBER:
		errno = 0;
		d = strtod(arg, &end);
		if (!*arg || *end || errno || !(d >= 0 && d <= 1e9))	/* NaN too */
			usage_error(usage, opts, _("option '--%s' expects a number, not '%s'"),
				    o->long_name ? o->long_name : "", arg);
		*(double *)o->value = d;
		return 0;
	case OPTION_LIST:
		l = o->value;
		ALLOC_GROW(l->items, l->nr + 1, l->alloc);
		l->items[l->nr++] = arg;
		return 0;
	default:
		BUG("bad option type");
	}
}

static const struct option *find_long(const struct option *opts,
				      const char *name, size_t len)
{
	const struct option *o;

	for (o = opts; o->type != OPTION_END; o++)
		if (o->long_name && strlen(o->long_name) == len &&
		    !strncmp(o->long_name, name, len))
			return o;
	return NULL;
}

static const struct option *find_short(const struct option *opts, int c)
{
	const struct option *o;

	for (o = opts; o->type != OPTION_END; o++)
		if (o->short_name == c)
			return o;
	return NULL;
}

static _Noreturn void unknown_long(const char *name, size_t len,
				   const char *const *usage,
				   const struct option *opts)
{
	const char *longs[64];
	const char *near;
	char *want = xstrndup(name, len);
	size_t n = 0;
	const struct option *o;

	for (o = opts; o->type != OPTION_END && n < ARRAY_SIZE(longs); o++)
		if (o->long_name)
			longs[n++] = o->long_name;
	near = text_suggest(want, longs, n);
	if (near)
		usage_error(usage, opts, _("unknown option '--%s'; did you mean '--%s'?"),
			    want, near);
	usage_error(usage, opts, _("unknown option '--%s'"), want);
}

/* Parse one "--name[=value]"; returns how many argv entries it used. */
static int parse_long(const char **argv, int left, const struct option *opts,
		      const char *const *usage)
{
	const char *name = argv[0] + 2, *eq = strchr(name, '=');
	size_t len = eq ? (size_t)(eq - name) : strlen(name);
	const struct option *o = find_long(opts, name, len);

	if (!o) {
		if (len == 4 && !strncmp(name, "help", 4)) {
			usage_with_options(usage, opts, stdout);
			exit_after_help();
		}
		if (!strcmp(name, "ocop-completion-helper"))
			completion_helper(opts);
		unknown_long(name, len, usage, opts);
	}
	if (o->type == OPTION_BOOL) {
		if (eq)
			usage_error(usage, opts, _("option '--%s' takes no value"),
				    o->long_name);
		return take_value(o, NULL, usage, opts), 1;
	}
	if (eq)
		return take_value(o, eq + 1, usage, opts), 1;
	if (left < 2)
		usage_error(usage, opts, _("option '--%s' requires a value"),
			    o->long_name);
	take_value(o, argv[1], usage, opts);
	return 2;
}

/* Parse a cluster of short options "-abc" or "-Cdir"; returns argv used. */
static int parse_short(const char **argv, int left, const struct option *opts,
		       const char *const *usage)
{
	const char *p = argv[0] + 1;

	for (; *p; p++) {
		const struct option *o = find_short(opts, *p);

		if (!o) {
			if (*p == 'h') {
				usage_with_options(usage, opts, stdout);
				exit_after_help();
			}
			usage_error(usage, opts, _("unknown option '-%c'"), *p);
		}
		if (o->type == OPTION_BOOL) {
			take_value(o, NULL, usage, opts);
			continue;
		}
		if (p[1]) {
			take_value(o, p + 1, usage, opts);
			return 1;
		}
		if (left < 2)
			usage_error(usage, opts, _("option '-%c' requires a value"),
				    o->short_name);
		take_value(o, argv[1], usage, opts);
		return 2;
	}
	return 1;
}

int parse_options(int argc, const char **argv, const struct option *opts,
		  const char *const *usage, unsigned flags)
{
	int i = 1, out = 0;

	while (i < argc) {
		const char *a = argv[i];

		if (!strcmp(a, "--")) {
			for (i++; i < argc; i++)
				argv[out++] = argv[i];
			break;
		}
		/* A noun (and main) leaves the completion helper to the
		 * caller, which knows its sub-commands (run_subcommand). */
		if ((flags & PARSE_OPT_STOP_AT_NON_OPTION) &&
		    !strncmp(a, "--ocop-completion-helper", 24)) {
			while (i < argc)
				argv[out++] = argv[i++];
			break;
		}
		if (a[0] != '-' || !a[1]) {
			if (flags & PARSE_OPT_STOP_AT_NON_OPTION) {
				while (i < argc)
					argv[out++] = argv[i++];
				break;
			}
			argv[out++] = a;
			i++;
			continue;
		}
		if (a[1] == '-')
			i += parse_long(argv + i, argc - i, opts, usage);
		else
			i += parse_short(argv + i, argc - i, opts, usage);
	}
	argv[out] = NULL;
	return out;
}
