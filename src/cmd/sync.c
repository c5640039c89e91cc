/* sync.c — ocop sync: bring wards' new commits, from their remotes or bundles. */
#include <stdio.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "cmd/builtin.h"
#include "ocop/commit.h"
#include "ocop/sync.h"
#include "ocop/util.h"

static const char *const sync_usage[] = {
	N_("ocop sync [FILE.bundle ...]"),
	NULL
};

/* A commit as people read it: its first seven digits. */
static const char *abbrev(const char *oid, char buf[8])
{
	snprintf(buf, 8, "%.7s", oid ? oid : "");
	return buf;
}

static void print_change(const struct sync_change *c)
{
	char date[DATE_ISO_MAX];

	date_format_vi(&c->date, date);
	switch (c->kind) {
	case SYNC_NEW_PRODUCT:
		printf(_("  new product: %s \"%s\"\n"), c->id, c->name);
		break;
	case SYNC_RECOGNITION:
		printf(_("  recognised: %s \"%s\", %d stars, %s, decision %s\n"),
		       c->id, c->name, c->stars, date,
		       c->decision ? c->decision : "-");
		break;
	case SYNC_EXPIRY:
		printf(_("  expired: %s \"%s\", %d stars, on %s\n"),
		       c->id, c->name, c->stars, date);
		break;
	case SYNC_REVOCATION:
		printf(_("  revoked: %s \"%s\", %d stars, %s, decision %s\n"),
		       c->id, c->name, c->stars, date,
		       c->decision ? c->decision : "-");
		break;
	}
}

static void print_diverged(const struct sync_result *r)
{
	size_t i;

	printf(_("%s: diverged from %s, left as it was (commits here: %zu, there: %zu)\n"),
	       r->name, r->source, r->here_total, r->there_total);
	for (i = 0; i < r->nhere; i++)
		printf(_("  here:  %s\n"), r->here[i]);
	for (i = 0; i < r->nthere; i++)
		printf(_("  there: %s\n"), r->there[i]);
}

/* One ward's part of the summary. */
static void print_result(const struct sync_result *r)
{
	char a[8], b[8];
	size_t i;

	switch (r->state) {
	case SYNC_UP_TO_DATE:
		printf(_("%s: up to date with %s\n"), r->name, r->source);
		break;
	case SYNC_FORWARDED:
		printf(_("%s: moved forward %s..%s from %s (commits: %zu)\n"),
		       r->name, abbrev(r->old, a), abbrev(r->new, b), r->source,
		       r->ncommits);
		for (i = 0; i < r->nchanges; i++)
			print_change(&r->changes[i]);
		if (!r->nchanges)
			printf(_("  no new product, recognition, expiry or revocation\n"));
		break;
	case SYNC_AHEAD:
		printf(_("%s: ahead of %s (commits: %zu), nothing to bring\n"),
		       r->name, r->source, r->ncommits);
		break;
	case SYNC_DIVERGED:
		print_diverged(r);
		break;
	case SYNC_UNRELATED:
		printf(_("%s: %s is another history, left as it was\n"),
		       r->name, r->source);
		break;
	case SYNC_NO_REMOTE:
		printf(_("%s: no remote, skipped\n"), r->name);
		break;
	case SYNC_FAILED:
		printf(_("%s: not synced\n"), r->name);
		break;
	}
}

/* How the ward is shown: its directory, by its own name when it is ".". */
static const char *ward_shown(const char *dir, char *buf, size_t size)
{
	const char *slash;

	if (strcmp(dir, ".") || !getcwd(buf, size))
		return dir;
	slash = strrchr(buf, '/');
	return slash && slash[1] ? slash + 1 : dir;
}

/* A ward's own sync: its remote, or the bundles named. */
static int sync_one_ward(const char *dir, int argc, const char **argv,
			 double wait, struct sync_result **results,
			 size_t *n, struct diag_list *dl)
{
	char cwd[PATH_MAX];
	const char *name = ward_shown(dir, cwd, sizeof(cwd));
	int i, failed = 0;

	*n = argc ? (size_t)argc : 1;
	*results = xcalloc(*n, sizeof(**results));
	if (!argc) {
		failed = sync_ward(dir, name, wait, &(*results)[0], dl);
		if (!failed && (*results)[0].state == SYNC_NO_REMOTE) {
			diag_error(dl, dir, 0, 0, _("the branch has no upstream and there is no remote 'origin': nothing to sync from"));
			diag_hint(dl, _("add the remote with 'git remote add origin URL', or sync from a bundle: 'ocop sync FILE'"));
			failed = -1;
		}
		return failed;
	}
	for (i = 0; i < argc; i++)
		if (sync_ward_bundle(dir, name, argv[i], wait, &(*results)[i], dl))
			failed = -1;
	return failed;
}

int cmd_sync(int argc, const char **argv, struct ocop_ctx *ctx)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct option opts[] = { OPT_END() };
	struct sync_result *results = NULL;
	size_t n = 0, i;
	struct store s;
	int province;

	argc = parse_options(argc, argv, opts, sync_usage, 0);
	if (ctx->dirs.nr > 1)
		usage_error(sync_usage, opts, _("sync works on one data directory at a time"));
	if (store_open(&s, ctx->dirs.nr ? ctx->dirs.items[0] : NULL, &dl))
		goto out;
	province = sync_is_province(s.root, &dl);
	if (province > 0)
		sync_province(s.root, argv, (size_t)argc, ctx->wait, &results,
			      &n, &dl);
	else if (province == 0)
		sync_one_ward(s.root, argc, argv, ctx->wait, &results, &n, &dl);
	for (i = 0; i < n; i++)
		print_result(&results[i]);
	/* the wards that moved, as one commit of the province's pointers */
	if (province > 0 && sync_note_forwarded(&s, results, n) &&
	    !store_read_office(&s, &dl)) {
		commit_set_subject(&s, "ocop: sync");
		commit_changes(&s, &dl);
	}
out:
	sync_results_release(results, n);
	store_close(&s);
	return finish(&dl);
}
