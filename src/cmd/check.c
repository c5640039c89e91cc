/* check.c — ocop check: every problem of the data directory. */
#include <string.h>

#include "cmd/builtin.h"
#include "ocop/province.h"
#include "ocop/doc.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/validate.h"

static const char *const check_usage[] = {
	N_("ocop check [files|records|refs|rules]..."),
	NULL
};

static int parse_checks(int argc, const char **argv, unsigned *checks,
			struct diag_list *dl)
{
	const char *names[8];
	size_t n = 0, i;
	int a;

	for (i = 0; check_names[i].name; i++)
		names[n++] = check_names[i].name;
	*checks = argc ? 0 : CHECK_ALL;
	for (a = 0; a < argc; a++) {
		for (i = 0; check_names[i].name; i++)
			if (!strcmp(argv[a], check_names[i].name))
				break;
		if (!check_names[i].name) {
			const char *near = text_suggest(argv[a], names, n);

			if (near)
				return diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
						_("unknown check '%s'; did you mean '%s'?"),
						argv[a], near);
			return diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
					_("unknown check '%s'; the checks are files, records, refs and rules"),
					argv[a]);
		}
		*checks |= check_names[i].flag;
	}
	/* A record must be read before its rules or references can be. */
	if (*checks & (CHECK_RULES | CHECK_REFS))
		*checks |= CHECK_RECORDS;
	return 0;
}

/*
 * A province: its ocop.yaml, then every ward, each problem under the
 * ward's path (wards/nghia-lo/products/…), and a line a ward that has
 * any.  The exit status is the worst ward's.
 */
static int check_province(struct store *s, unsigned checks, struct diag_list *dl)
{
	struct ward_list wards;
	size_t i, errors, warnings, total = 0;
	int status, worst;

	validate_store(s, checks, dl);
	if (province_wards(s->root, &wards, dl)) {
		ward_list_release(&wards);
		return finish(dl);
	}
	worst = finish(dl);
	for (i = 0; i < wards.nr; i++) {
		struct diag_list ward_dl = DIAG_LIST_INIT;
		struct store w;

		if (store_open(&w, wards.items[i].dir, &ward_dl)) {
			diag_hint(&ward_dl, _("ward '%s' is listed in %s"),
				  wards.items[i].name, s->office.path);
			errors = 1;
			warnings = 0;
		} else {
			errors = validate_store(&w, checks, &ward_dl);
			warnings = ward_dl.nr - diag_error_count(&ward_dl);
		}
		store_close(&w);
		status = finish(&ward_dl);
		if (status > worst)
			worst = status;
		total += errors;
		if (!ocop_quiet && (errors || warnings))
			fprintf(stderr, _("ocop: ward %s (%s): errors: %zu, warnings: %zu\n"),
				wards.items[i].name, wards.items[i].dir, errors, warnings);
	}
	if (!ocop_quiet && total)
		fprintf(stderr, _("ocop: %s: %zu wards checked, errors: %zu\n"),
			s->root, wards.nr, total);
	ward_list_release(&wards);
	return worst;
}

int cmd_check(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct store s;
	struct option opts[] = { OPT_END() };
	unsigned checks;
	size_t errors, warnings;
	int status;

	argc = parse_options(argc, argv, opts, check_usage, 0);
	if (parse_checks(argc, argv, &checks, &dl))
		return finish(&dl);
	if (ctx->dirs.nr > 1) {
		diag_add(&dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
			 _("check works on one data directory at a time"));
		return finish(&dl);
	}
	if (store_open(&s, ctx->dirs.nr ? ctx->dirs.items[0] : NULL, &dl)) {
		store_close(&s);
		return finish(&dl);
	}
	if (province_is(s.root)) {
		status = check_province(&s, checks, &dl);
		store_close(&s);
		return status;
	}
	errors = validate_store(&s, checks, &dl);
	/* the copies of the dossiers' documents against their hashes */
	if (checks & CHECK_FILES)
		errors += doc_check_files(&s, &dl);
	warnings = dl.nr - diag_error_count(&dl);
	status = finish(&dl);
	if (!ocop_quiet && (errors || warnings))
		fprintf(stderr, _("ocop: %s: errors: %zu, warnings: %zu\n"),
			s.root, errors, warnings);
	store_close(&s);
	return status;
}
