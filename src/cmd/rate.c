/* rate.c — ocop rate ward|council|revoke: assessments, scores, recognitions. */
#include <stdlib.h>
#include <string.h>

#include "cmd/builtin.h"
#include "ocop/commit.h"
#include "ocop/edit.h"
#include "ocop/rating.h"
#include "ocop/readfile.h"
#include "ocop/rules.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"
#include "ocop/typed.h"

/* Each usage line once: the noun's --help and the sub-command's agree. */
#define USAGE_WARD N_("ocop rate ward ID [--date D] [--report NO] [--fail CRITERION]... [--note TEXT] [-n]")
#define USAGE_COUNCIL N_("ocop rate council ID --score A,B,C...|--member-scores FILE|--member A,B,C... --date D [--decision NO] [--level province|central|district] [--authority TEXT] [--stars N] [--basis DECISION] [--note TEXT] [-n]")
#define USAGE_REVOKE N_("ocop rate revoke ID --date D --decision NO [-n]")

static const char *const rate_usage[] = {
	USAGE_WARD,
	USAGE_COUNCIL,
	USAGE_REVOKE,
	NULL
};

/* Run fn on product id under the lock; the shared shape of the three. */
static int write_product(struct ocop_ctx *ctx, const char *id, int dry,
			 edit_fn fn, void *data)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct store s;
	int status;

	if ((status = open_store(ctx, &s, OPEN_WRITE)))
		return status;
	s.dry_run = dry;
	edit_record(&s, RECORD_PRODUCT, id, fn, data, &dl);
	return finish_write(&s, &dl);
}

/* --- ward --------------------------------------------------------------------------- */

struct ward_args {
	const char *date;
	struct ward_input in;
	struct opt_list fails;
};

static int apply_ward(struct store *s, struct record *r, void *data,
		      struct diag_list *dl)
{
	struct ward_args *a = data;
	const char *suggestion = NULL;
	size_t i;
	int c;

	if (typed_date(a->date, "--date", false, &a->in.date, dl))
		return -1;
	for (i = 0; i < a->fails.nr; i++) {
		c = criterion_parse(a->fails.items[i], &suggestion);
		if (c < 0) {
			diag_error(dl, NULL, 0, 0, _("--fail: unknown criterion '%s'"),
				   a->fails.items[i]);
			if (suggestion)
				diag_hint(dl, _("did you mean '%s'?"), suggestion);
			else
				diag_hint(dl, _("the criteria are local_origin, local_labour, idea_origin, local_identity"));
			return -1;
		}
		a->in.fails[c] = true;
	}
	commit_set_action(s, "ward assessment%s%s", a->in.report ? " " : "",
			  a->in.report ? a->in.report : "");
	return rating_add_ward(r, &a->in, dl);
}

static int rate_ward(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const char *const usage[] = { USAGE_WARD, NULL };
	struct ward_args a;
	int dry = 0, status;
	struct option opts[] = {
		OPT_STRING(0, "date", &a.date, N_("D"), N_("day of the ward's report (default today)")),
		OPT_STRING(0, "report", &a.in.report, N_("NO"), N_("number of the ward's report, e.g. 12/BC-UBND")),
		OPT_LIST(0, "fail", &a.fails, N_("CRITERION"), N_("a failed criterion: local_origin, local_labour, idea_origin, local_identity")),
		OPT_STRING(0, "note", &a.in.note, N_("TEXT"), N_("a note kept with the assessment")),
		OPT_BOOL('n', "dry-run", &dry, N_("check and show, write nothing")),
		OPT_END()
	};

	memset(&a, 0, sizeof(a));
	argc = parse_options(argc, argv, opts, usage, 0);
	if (argc != 1)
		usage_error(usage, opts, _("give one ID"));
	status = write_product(ctx, argv[0], dry, apply_ward, &a);
	opt_list_release(&a.fails);
	return status;
}

/* --- council ---------------------------------------------------------------------- */

struct council_args {
	const char *score, *date, *level, *stars, *member_file;
	struct opt_list member_opts, scores;
	struct council_input in;
	const char *province;
	struct member_score *members;
	size_t nmembers;
};

/* A council's scores sheet is a few lines a member: a bound far above it. */
#define MEMBER_FILE_MAX (64 * 1024)

/* The members' scores of --member-scores FILE and of each --member. */
static int read_members(struct council_args *a, struct diag_list *dl)
{
	struct strbuf text = STRBUF_INIT;
	size_t i;
	int ret = 0;

	if (a->member_file) {
		ret = read_file_bounded(a->member_file, a->member_file,
					MEMBER_FILE_MAX, &text, dl);
		if (!ret)
			ret = rating_parse_members(text.buf, a->member_file,
						   &a->members, &a->nmembers, dl);
		if (!ret && !a->nmembers)
			ret = diag_error(dl, a->member_file, 0, 0,
					 _("no member's score in the file"));
	}
	for (i = 0; !ret && i < a->member_opts.nr; i++)
		ret = rating_parse_members(a->member_opts.items[i], "--member",
					   &a->members, &a->nmembers, dl);
	/* --score repeated: one member's score each, as the issue has it. */
	for (i = 0; !ret && a->scores.nr > 1 && i < a->scores.nr; i++)
		ret = rating_parse_members(a->scores.items[i], "--score",
					   &a->members, &a->nmembers, dl);
	strbuf_release(&text);
	a->in.members = a->members;
	a->in.nmembers = a->nmembers;
	return ret;
}

/* "30,18,25" or "30;18.5;25": the parts A, B, C as exact decimals. */
static int parse_score(const char *text, long score[SCORE_PARTS],
		       struct diag_list *dl)
{
	char *copy = xstrdup(text), *p = copy, *part;
	int n = 0;

	while ((part = strsep(&p, ",;")) && n <= SCORE_PARTS) {
		if (n < SCORE_PARTS && decimal_parse(part, &score[n])) {
			diag_error(dl, NULL, 0, 0, _("--score: '%s' is not a number"), part);
			diag_hint(dl, _("write the three parts as A,B,C with a dot for decimals: 30,18.5,25"));
			free(copy);
			return -1;
		}
		n++;
	}
	free(copy);
	if (n != SCORE_PARTS) {
		diag_error(dl, NULL, 0, 0, _("--score: '%s' is not three parts A,B,C"), text);
		diag_hint(dl, _("for example --score 30,18,25"));
		return -1;
	}
	return 0;
}

static int apply_council(struct store *s, struct record *r, void *data,
			 struct diag_list *dl)
{
	struct council_args *a = data;
	char *end;

	if (a->level && !strcmp(a->level, "central"))
		a->in.level = LEVEL_CENTRAL;
	else if (a->level && !strcmp(a->level, "district"))
		a->in.level = LEVEL_DISTRICT;
	else if (a->level && strcmp(a->level, "province"))
		return diag_error(dl, NULL, 0, 0,
				  _("--level: '%s' is not province, central or district"), a->level);
	if (a->score) {
		if (parse_score(a->score, a->in.score, dl))
			return -1;
		a->in.has_score = true;
	}
	/* A recognition copied from an old register may be dated by year. */
	if (typed_date(a->date, "--date", !a->score && !a->nmembers, &a->in.date, dl))
		return -1;
	if (a->stars) {
		a->in.stars = (int)strtol(a->stars, &end, 10);
		if (*end || a->in.stars < STARS_MIN || a->in.stars > STARS_MAX)
			return diag_error(dl, NULL, 0, 0,
					  _("--stars: '%s' is not %d to %d"), a->stars,
					  STARS_MIN, STARS_MAX);
	}
	if (a->score)
		commit_set_action(s, "council %s%s%s", a->score,
				  a->in.decision ? ", decision " : "",
				  a->in.decision ? a->in.decision : "");
	else if (a->nmembers)
		commit_set_action(s, "council, %zu members' scores%s%s", a->nmembers,
				  a->in.decision ? ", decision " : "",
				  a->in.decision ? a->in.decision : "");
	else	/* a recognition copied from an old register */
		commit_set_action(s, "recognition of %s stars%s%s", a->stars,
				  a->in.decision ? ", decision " : "",
				  a->in.decision ? a->in.decision : "");
	return rating_add_council(r, &a->in, a->province, dl);
}

static int rate_council(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const char *const usage[] = { USAGE_COUNCIL, NULL };
	struct diag_list dl = DIAG_LIST_INIT;
	struct council_args a;
	int dry = 0, status;
	struct option opts[] = {
		OPT_LIST(0, "score", &a.scores, N_("A,B,C"), N_("the council's score of parts A, B and C (decimals with a dot); repeated, each member's score, averaged")),
		OPT_STRING(0, "member-scores", &a.member_file, N_("FILE"), N_("each member's score, a line each: A,B,C or NAME,A,B,C; the council's score is their average")),
		OPT_LIST(0, "member", &a.member_opts, N_("A,B,C"), N_("one member's score (repeat it for each); the council's score is their average")),
		OPT_STRING(0, "date", &a.date, N_("D"), N_("day of the decision")),
		OPT_STRING(0, "decision", &a.in.decision, N_("NO"), N_("number of the decision, e.g. 1898/QĐ-UBND (required for 3 stars or more)")),
		OPT_STRING(0, "level", &a.level, N_("province|central|district"), N_("who recognises: the province (3–4 stars), the ministry (5), or the district (3, from 2023-02-24 to 2025-07-05)")),
		OPT_STRING(0, "authority", &a.in.authority, N_("TEXT"), N_("who signed (default UBND tỉnh of ocop.yaml's province)")),
		OPT_STRING(0, "stars", &a.stars, N_("N"), N_("the stars, when they must be stated: checked against the score")),
		OPT_STRING(0, "basis", &a.in.basis, N_("DECISION"), N_("the legal basis (default: the one in force on the date)")),
		OPT_STRING(0, "note", &a.in.note, N_("TEXT"), N_("a note kept with the evaluation")),
		OPT_BOOL('n', "dry-run", &dry, N_("check and show, write nothing")),
		OPT_END()
	};
	struct store s;

	memset(&a, 0, sizeof(a));
	a.in.level = LEVEL_PROVINCE;
	argc = parse_options(argc, argv, opts, usage, 0);
	if (argc != 1)
		usage_error(usage, opts, _("give one ID"));
	if (!a.date)
		usage_error(usage, opts, _("--date is required"));
	if (a.scores.nr == 1)
		a.score = a.scores.items[0];
	/* --decision may be left out only for a score under 3 stars, which
	 * is recorded but not recognised; the validator says so. */
	if (a.scores.nr && (a.member_file || a.member_opts.nr))
		usage_error(usage, opts, _("give the council's --score or its members' scores, not both"));
	if (!a.scores.nr && !a.stars && !a.member_file && !a.member_opts.nr)
		usage_error(usage, opts, _("--score is required (or --stars for a recognition from an old register)"));
	if (read_members(&a, &dl)) {
		status = finish(&dl);
		goto out;
	}
	/* The province of ocop.yaml names the default authority. */
	if ((status = open_store(ctx, &s, 0)))
		goto out;
	if (s.office.valid && s.office.u.office.province)
		a.province = xstrdup(s.office.u.office.province);
	store_close(&s);
	status = write_product(ctx, argv[0], dry, apply_council, &a);
out:
	free((char *)a.province);
	member_scores_release(a.members, a.nmembers);
	opt_list_release(&a.member_opts);
	opt_list_release(&a.scores);
	return status;
}

/* --- revoke ---------------------------------------------------------------------- */

struct revoke_args {
	const char *date, *decision;
};

static int apply_revoke(struct store *s, struct record *r, void *data,
			struct diag_list *dl)
{
	struct revoke_args *a = data;
	struct ocop_date date;

	if (typed_date(a->date, "--date", false, &date, dl))
		return -1;
	commit_set_action(s, "recognition revoked, decision %s", a->decision);
	return rating_revoke(r, &date, a->decision, dl);
}

static int rate_revoke(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const char *const usage[] = { USAGE_REVOKE, NULL };
	struct revoke_args a = { NULL, NULL };
	int dry = 0;
	struct option opts[] = {
		OPT_STRING(0, "date", &a.date, N_("D"), N_("day of the revoking decision")),
		OPT_STRING(0, "decision", &a.decision, N_("NO"), N_("number of the revoking decision")),
		OPT_BOOL('n', "dry-run", &dry, N_("check and show, write nothing")),
		OPT_END()
	};

	argc = parse_options(argc, argv, opts, usage, 0);
	if (argc != 1)
		usage_error(usage, opts, _("give one ID"));
	if (!a.date || !a.decision)
		usage_error(usage, opts, _("--date and --decision are required"));
	return write_product(ctx, argv[0], dry, apply_revoke, &a);
}

int cmd_rate(int argc, const char **argv, struct ocop_ctx *ctx)
{
	static const struct subcommand subs[] = {
		{ "ward", rate_ward },
		{ "council", rate_council },
		{ "revoke", rate_revoke },
		{ NULL, NULL }
	};
	struct option opts[] = { OPT_END() };

	argc = parse_options(argc, argv, opts, rate_usage,
			     PARSE_OPT_STOP_AT_NON_OPTION);
	return run_subcommand(subs, argc, argv, ctx, rate_usage);
}
