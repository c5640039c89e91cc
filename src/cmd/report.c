/*
 * report.c — ocop report KIND: the kinds, and the options each takes,
 * are the rows of the library's table (report.h); so are the lists of
 * them that the usage and the errors print.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd/builtin.h"
#include "ocop/dataset.h"
#include "ocop/report.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"

/*
 * Made from the table on each run; static, so that what an error prints
 * before exiting is still held.
 */
static struct strbuf usage_line = STRBUF_INIT, kind_list = STRBUF_INIT;
static const char *report_usage[] = {
	NULL,	/* "ocop report certified|summary|… [OPTIONS]" */
	N_("ocop [-C DIR]... report REPORT [--year Y] [--quarter Q] [--within DAYS] [--date D] [--frame] [--number NO] [--draft] [--lang vi|en] [--table NAME] [--format F] [-o FILE] [--excel]"),
	NULL
};

static void make_usage(void)
{
	int i;

	strbuf_reset(&usage_line);
	strbuf_addstr(&usage_line, "ocop report ");
	for (i = 0; i < REPORT_KIND_COUNT; i++)
		strbuf_addf(&usage_line, "%s%s", i ? "|" : "",
			    report_kind_name((enum report_kind)i));
	strbuf_addstr(&usage_line, " [OPTIONS]");
	report_usage[0] = usage_line.buf;
}

/*
 * The kinds that take every option of mask (all kinds when 0), as a
 * sentence lists them: "a, b or c" with last "%s or %s".
 */
static const char *kinds_taking(unsigned mask, const char *last)
{
	const char *names[REPORT_KIND_COUNT];
	struct strbuf head = STRBUF_INIT;
	size_t n = 0, i;

	for (i = 0; i < REPORT_KIND_COUNT; i++)
		if ((report_options_taken((enum report_kind)i) & mask) == mask)
			names[n++] = report_kind_name((enum report_kind)i);
	for (i = 0; i + 1 < n; i++)
		strbuf_addf(&head, "%s%s", i ? ", " : "", names[i]);
	strbuf_reset(&kind_list);
	if (n > 1)
		strbuf_addf(&kind_list, last, head.buf, names[n - 1]);
	else if (n)
		strbuf_addstr(&kind_list, names[0]);
	strbuf_release(&head);
	return kind_list.buf;
}

/* A whole number in [min, max] given for option, or -1 after the error. */
static int parse_int(const char *text, const char *option, long min, long max,
		     const struct option *opts)
{
	char *end;
	long v;

	v = strtol(text, &end, 10);
	if (!*text || *end || v < min || v > max)
		usage_error(report_usage, opts, _("%s: '%s' is not a number from %ld to %ld"),
			    option, text, min, max);
	return (int)v;
}

static int run_report(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	const char *year = NULL, *quarter = NULL, *within = NULL, *date = NULL;
	const char *number = NULL, *table = NULL, *format = NULL, *out = NULL;
	const char *lang = ctx->lang;
	const char *suggestion;
	int draft = 0, excel = 0, frame = 0, status, only = -1;
	struct option opts[] = {
		OPT_STRING(0, "year", &year, N_("Y"), N_("the year (default: the report day's)")),
		OPT_STRING(0, "quarter", &quarter, N_("Q"), N_("quarter: 1–4 or I–IV (default: the report day's)")),
		OPT_STRING(0, "within", &within, N_("DAYS"), N_("expiring: certificates ending within DAYS (default: the rules' notice, 30)")),
		OPT_STRING(0, "date", &date, N_("D"), N_("the report's day, printed on it (default today, not printed)")),
		OPT_STRING(0, "number", &number, N_("NO"), N_("the document's number: 12 gives Số: 12/BC-UBND")),
		OPT_BOOL(0, "draft", &draft, N_("a draft: the number left blank, marked DỰ THẢO")),
		OPT_BOOL(0, "frame", &frame, N_("the administrative frame (letterhead, number, signature) on any report")),
		OPT_STRING(0, "lang", &lang, N_("vi|en"), N_("language of headings and names (as the global --lang)")),
		OPT_STRING(0, "table", &table, N_("NAME"), N_("only this table of the report")),
		OPT_STRING(0, "format", &format, N_("F"), N_("text, csv, tsv, json, md, html or xlsx")),
		OPT_STRING('o', "output", &out, N_("FILE"), N_("write to FILE; its extension picks the format")),
		OPT_BOOL(0, "excel", &excel, N_("CSV for Excel (implies --format csv): BOM, CRLF, formula guard")),
		OPT_END()
	};
	struct report_options ro;
	enum report_kind kind;
	enum out_format fmt;
	struct dataset ds;
	struct report r;
	unsigned taken;
	FILE *f;

	argc = parse_options(argc, argv, opts, report_usage, 0);
	if (argc < 1)
		usage_error(report_usage, opts, _("which report? %s"),
			    kinds_taking(0, _("%s or %s")));
	if (argc > 1)
		usage_error(report_usage, opts, _("unexpected argument '%s'"), argv[1]);
	if (report_kind_parse(argv[0], &kind, &suggestion)) {
		if (suggestion)
			usage_error(report_usage, opts, _("unknown report '%s'; did you mean '%s'?"),
				    argv[0], suggestion);
		usage_error(report_usage, opts, _("unknown report '%s'"), argv[0]);
	}
	report_options_init(&ro, kind);
	taken = report_options_taken(kind);
	if (year && !(taken & REPORT_OPT_YEAR))
		usage_error(report_usage, opts, _("the %s report takes no --year"), argv[0]);
	if (quarter && !(taken & REPORT_OPT_QUARTER))
		usage_error(report_usage, opts, _("the %s report takes no --quarter"), argv[0]);
	if (within && !(taken & REPORT_OPT_WITHIN))
		usage_error(report_usage, opts, _("the %s report takes no --within"), argv[0]);
	if ((number || draft) && !frame && !(taken & REPORT_OPT_DOCUMENT))
		usage_error(report_usage, opts, _("--number and --draft are for the %s reports, not %s"),
			    kinds_taking(REPORT_OPT_DOCUMENT, _("%s and %s")), argv[0]);
	if (year)
		ro.year = parse_int(year, "--year", 2000, 2999, opts);
	if (quarter && (ro.quarter = report_quarter_parse(quarter)) < 0)
		usage_error(report_usage, opts, _("--quarter: '%s' is not 1 to 4 (or I to IV)"), quarter);
	if (within)
		ro.within = parse_int(within, "--within", 0, 36500, opts);
	if (date) {
		if (date_parse_cli(date, &ro.date))
			usage_error(report_usage, opts, _("--date: '%s' is not a date (dd/mm/yyyy or yyyy-mm-dd)"), date);
		ro.has_date = true;
	}
	ro.number = number;
	ro.draft = draft;
	ro.frame = frame;
	if (lang && strcmp(lang, "vi") && strcmp(lang, "en"))
		usage_error(report_usage, opts, _("--lang takes vi or en, not '%s'"), lang);
	ro.lang = lang;
	if (pick_data_format(format, out, excel, &fmt))
		return EXIT_USAGE;
	ro.format = fmt;
	ro.excel = excel;

	if (dataset_open(&ds, ctx->dirs.items, ctx->dirs.nr, &dl)) {
		dataset_release(&ds);
		return finish(&dl);
	}
	if (report_build(&r, &ds, &ro, &dl)) {
		dataset_release(&ds);
		return finish(&dl);
	}
	if (table && (only = report_find_table(&r, table, &suggestion)) < 0) {
		report_release(&r);
		dataset_release(&ds);
		diag_list_release(&dl);
		if (suggestion)
			usage_error(report_usage, opts, _("the %s report has no table '%s'; did you mean '%s'?"),
				    argv[0], table, suggestion);
		usage_error(report_usage, opts, _("the %s report has no table '%s'"), argv[0], table);
	}
	status = EXIT_OK;
	f = open_output(out);
	if (!f) {
		status = EXIT_ENV;
	} else {
		if (report_write(&r, fmt, output_flags(f, fmt, excel), only, f)) {
			if (fmt == FMT_XLSX && !ferror(f))	/* the workbook was not made */
				error(_("cannot write the workbook: %s"), strerror(errno));
			status = EXIT_ENV;
		}
		if (status && !ferror(f))	/* said: keep the old file */
			discard_output(f);
		else if (close_output(f, out))	/* says a failed write */
			status = EXIT_ENV;
	}
	report_release(&r);
	dataset_release(&ds);
	if (status)
		diag_list_release(&dl);
	return status ? status : finish(&dl);
}

int cmd_report(int argc, const char **argv, struct ocop_ctx *ctx)
{
	int status;

	make_usage();
	status = run_report(argc, argv, ctx);
	strbuf_release(&usage_line);
	strbuf_release(&kind_list);
	return status;
}
