/*
 * sync-changes.c — what a sync brought, in the records: the new products,
 * recognitions, expiries and revocations between the previous HEAD and
 * the new one (see sync.h).
 *
 * The products at the new commit are the working tree's after the
 * fast-forward, read by the store; those a commit changed are read as
 * they were at the old one with one "git cat-file --batch".  Both are
 * decoded by record.c and judged by derived.c, as everywhere else: the
 * old records on the day of the old commit, the new ones today.  An
 * expiry needs no change in a file: it is a recognition of the new
 * records whose end falls after the old commit's day and by today.
 */
#include <stdlib.h>
#include <string.h>

#include "ocop/derived.h"
#include "ocop/util.h"
#include "ocop/yamlio.h"
#include "sync-int.h"

/* A product file a commit in old..new added or changed. */
struct changed_product {
	char status;		/* 'A' or 'M' */
	char *id;
	struct record old;	/* at the old commit ('M'); valid when decoded */
	bool loaded;		/* old was initialised */
};

struct changed_list {
	struct changed_product *items;
	size_t nr, alloc;
};

static void changed_release(struct changed_list *l)
{
	size_t i;

	for (i = 0; i < l->nr; i++) {
		free(l->items[i].id);
		if (l->items[i].loaded)
			record_release(&l->items[i].old);
	}
	free(l->items);
}

static struct changed_product *changed_find(const struct changed_list *l,
					    const char *id)
{
	size_t i;

	for (i = 0; i < l->nr; i++)
		if (!strcmp(l->items[i].id, id))
			return &l->items[i];
	return NULL;
}

/* The id of "products/<id>.yaml", or NULL for any other path. */
static char *product_id_of(const char *path)
{
	const char *dir = "products/", *name;
	size_t len;
	char *id;

	if (strncmp(path, dir, strlen(dir)))
		return NULL;
	name = path + strlen(dir);
	len = strlen(name);
	if (len <= 5 || strcmp(name + len - 5, ".yaml"))
		return NULL;
	id = xstrndup(name, len - 5);
	if (!record_id_valid(id)) {
		free(id);
		return NULL;
	}
	return id;
}

/* The product files added or changed in old..new ("git diff -z --name-status"). */
static int list_changed(struct sync_session *w, const char *new,
			struct changed_list *l, struct diag_list *dl)
{
	const char *args[] = {
		"diff", "--name-status", "-z", "--no-renames", "--relative",
		w->old, new, "--", "products", NULL
	};
	struct strbuf out = STRBUF_INIT;
	const char *p, *end;
	char status, *id;
	int rc = sync_git(w->dir, args, &out, NULL, dl);

	if (rc > 0)
		diag_env(dl, w->dir, _("git diff failed (exit %d)"), rc);
	for (p = out.buf, end = out.buf + out.len; !rc && p < end;) {
		status = *p;
		p += strlen(p) + 1;	/* the status, then the path */
		if (p >= end)
			break;
		id = (status == 'A' || status == 'M') ? product_id_of(p) : NULL;
		p += strlen(p) + 1;
		if (!id)
			continue;
		ALLOC_GROW(l->items, l->nr + 1, l->alloc);
		memset(&l->items[l->nr], 0, sizeof(l->items[l->nr]));
		l->items[l->nr].status = status;
		l->items[l->nr].id = id;
		l->nr++;
	}
	strbuf_release(&out);
	return rc ? -1 : 0;
}

/* Decode one old record from the bytes git gave; problems are the check's. */
static void decode_old(struct changed_product *c, const char *buf, size_t len)
{
	struct diag_list ignore = DIAG_LIST_INIT;
	char *path = xasprintf("products/%s.yaml", c->id);

	record_init(&c->old, RECORD_PRODUCT, path);
	if (!yaml_load(buf, len, path, &c->old.doc, &ignore)) {
		c->old.parsed = true;
		record_decode(&c->old, &ignore);
	}
	diag_list_release(&ignore);
	free(path);
}

/*
 * Read the changed products as they were at w->old, with one "git
 * cat-file --batch": its output is, a request, "OID blob SIZE\n" then the
 * bytes and "\n", or "NAME missing\n".
 */
static int read_old(struct sync_session *w, struct changed_list *l,
		    struct diag_list *dl)
{
	static const char *const prefix_args[] = { "rev-parse", "--show-prefix", NULL };
	static const char *const args[] = { "cat-file", "--batch", NULL };
	struct strbuf in = STRBUF_INIT, out = STRBUF_INIT;
	char *prefix = sync_git_line(w->dir, prefix_args);
	const char *p, *end, *nl, *sp;
	size_t i, size;
	int rc = 0;

	for (i = 0; i < l->nr; i++)
		if (l->items[i].status == 'M')
			strbuf_addf(&in, "%s:%sproducts/%s.yaml\n", w->old,
				    prefix ? prefix : "", l->items[i].id);
	free(prefix);
	if (!in.len)
		goto out;
	rc = sync_git_input(w->dir, args, &in, &out, dl);
	if (rc > 0)
		diag_env(dl, w->dir, _("git cat-file failed (exit %d)"), rc);
	p = out.buf;
	end = out.buf + out.len;
	for (i = 0; !rc && i < l->nr; i++) {
		if (l->items[i].status != 'M')
			continue;
		nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			break;
		sp = memchr(p, ' ', (size_t)(nl - p));
		size = sp && !strncmp(sp, " blob ", 6) ?
		       strtoul(sp + 6, NULL, 10) : 0;
		if (sp && !strncmp(sp, " blob ", 6) && size < (size_t)(end - nl - 1)) {
			decode_old(&l->items[i], nl + 1, size);
			p = nl + 1 + size + 1;
		} else {
			/* missing: as if the product were new to the ward */
			record_init(&l->items[i].old, RECORD_PRODUCT, NULL);
			p = nl + 1;
		}
		l->items[i].loaded = true;
	}
out:
	strbuf_release(&in);
	strbuf_release(&out);
	return rc ? -1 : 0;
}

static void add_change(struct sync_result *r, enum sync_change_kind kind,
		       const struct product *p, const struct evaluation *e,
		       const struct ocop_date *date, const char *decision)
{
	struct sync_change *c;

	r->changes = xrealloc(r->changes, (r->nchanges + 1) * sizeof(*r->changes));
	c = &r->changes[r->nchanges++];
	memset(c, 0, sizeof(*c));
	c->kind = kind;
	c->id = xstrdup(p->id);
	c->name = xstrdup(p->name ? p->name : "");
	c->stars = e ? e->stars : 0;
	if (date)
		c->date = *date;
	c->decision = decision ? xstrdup(decision) : NULL;
}

static bool same_text(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* Is the recognition now in force another than the one before? */
static bool recognition_new(const struct evaluation *now,
			    const struct evaluation *before)
{
	if (!now || now->revoked)
		return false;
	return !before || date_cmp(&now->date, &before->date) ||
	       !same_text(now->decision, before->decision);
}

/* The changes of one product of the new commit. */
static void judge(struct sync_result *r, const struct product *p,
		  const struct changed_product *c,
		  const struct ocop_date *old_day, const struct ocop_date *today)
{
	const struct product *before = c && c->status == 'M' && c->old.valid ?
				       &c->old.u.product : NULL;
	struct product_derived now, then;
	const struct evaluation *rec;

	product_derive(p, today, &now);
	if (before)
		product_derive(before, old_day, &then);
	rec = now.recognition;
	if (c && c->status == 'A')
		add_change(r, SYNC_NEW_PRODUCT, p, NULL, NULL, NULL);
	if (c && recognition_new(rec, before ? then.recognition : NULL))
		add_change(r, SYNC_RECOGNITION, p, rec, &rec->date, rec->decision);
	if (now.status == STATUS_EXPIRED && date_cmp(&now.expires, old_day) > 0)
		add_change(r, SYNC_EXPIRY, p, rec, &now.expires, NULL);
	if (c && now.status == STATUS_REVOKED &&
	    (!before || then.status != STATUS_REVOKED))
		add_change(r, SYNC_REVOCATION, p, rec, &rec->revoked_date,
			   rec->revoke_decision);
}

static int change_cmp(const void *a, const void *b)
{
	const struct sync_change *x = a, *y = b;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* The day of the old commit: the sync before brought the ward to it. */
static struct ocop_date old_commit_day(struct sync_session *w)
{
	const char *args[] = { "log", "-1", "--format=%cs", w->old, NULL };
	char *line = sync_git_line(w->dir, args);
	struct ocop_date d = date_today();

	if (line && date_parse_iso(line, false, &d))
		d = date_today();
	free(line);
	return d;
}

int sync_changes(struct sync_session *w, const char *new,
		 struct sync_result *r, struct diag_list *dl)
{
	struct diag_list ignore = DIAG_LIST_INIT;
	struct changed_list changed = { 0 };
	struct record_set set = { 0 };
	struct ocop_date today = date_today(), old_day = old_commit_day(w);
	size_t i;
	int ret = -1;

	if (list_changed(w, new, &changed, dl) || read_old(w, &changed, dl))
		goto out;
	/* what does not load is the check's to say, after this */
	store_read_all(&w->store, RECORD_PRODUCT, &set, &ignore);
	for (i = 0; i < set.nr; i++)
		if (set.items[i].valid)
			judge(r, &set.items[i].u.product,
			      changed_find(&changed, set.items[i].u.product.id),
			      &old_day, &today);
	if (r->nchanges)
		qsort(r->changes, r->nchanges, sizeof(*r->changes), change_cmp);
	ret = 0;
out:
	record_set_release(&set);
	changed_release(&changed);
	diag_list_release(&ignore);
	return ret;
}
