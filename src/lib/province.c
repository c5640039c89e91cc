/* province.c — a province directory and its wards (see province.h). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocop/commit.h"
#include "ocop/dataset.h"
#include "ocop/edit.h"
#include "ocop/git.h"
#include "ocop/province.h"
#include "ocop/record.h"
#include "ocop/smap.h"
#include "ocop/store.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

/* The words of a unit's kind that may start its name, folded. */
static const char *const unit_prefixes[] = {
	"xa-", "phuong-", "thi-tran-", "dac-khu-"
};

char *province_unit_slug(const char *name)
{
	char *slug = text_slug(name);
	size_t i, n;

	for (i = 0; i < ARRAY_SIZE(unit_prefixes); i++) {
		n = strlen(unit_prefixes[i]);
		if (!strncmp(slug, unit_prefixes[i], n) && slug[n]) {
			memmove(slug, slug + n, strlen(slug + n) + 1);
			break;
		}
	}
	return slug;
}

bool province_path_valid(const char *path)
{
	const char *p = path;
	size_t n;

	if (!*path || *path == '/')
		return false;
	for (;;) {
		n = strcspn(p, "/");
		if (!n || (n == 1 && p[0] == '.') ||
		    (n == 2 && p[0] == '.' && p[1] == '.'))
			return false;
		if (!p[n])
			return true;
		p += n + 1;
	}
}

/* The office of root, read into s; -1 (dl) when it cannot be. */
static int open_office(struct store *s, const char *root, struct diag_list *dl)
{
	if (store_open(s, root, dl) || store_read_office(s, dl)) {
		store_close(s);
		return -1;
	}
	return 0;
}

bool province_is(const char *root)
{
	struct diag_list ignore = DIAG_LIST_INIT;
	struct store s;
	bool is;

	if (open_office(&s, root, &ignore)) {
		diag_list_release(&ignore);
		return false;
	}
	is = s.office.u.office.unit == UNIT_PROVINCE;
	store_close(&s);
	diag_list_release(&ignore);
	return is;
}

/*
 * The wards listed so far, by name and by path (their index in the list):
 * a country's 3,300 wards were 11 million string comparisons when each
 * was compared with every one before it.
 */
struct ward_index {
	struct smap names, paths;
};

static int add_ward(struct ward_list *out, struct ward_index *seen,
		    const char *root, const struct ward_ref *w,
		    const char *where, struct diag_list *dl)
{
	struct ward_entry *e;
	size_t by_name, by_path;
	bool named, pathed;

	if (!province_path_valid(w->path))
		return diag_error(dl, where, 0, 0,
				  _("ward '%s': path '%s' must be relative and stay inside the province directory"),
				  w->name, w->path);
	named = smap_get(&seen->names, w->name, &by_name);
	pathed = smap_get(&seen->paths, w->path, &by_path);
	/* named as the first ward it repeats is */
	if (named || pathed)
		return diag_error(dl, where, 0, 0,
				  _("ward '%s' is listed twice"),
				  named && (!pathed || by_name <= by_path) ?
				  w->name : w->path);
	smap_put(&seen->names, w->name, out->nr);
	smap_put(&seen->paths, w->path, out->nr);
	ALLOC_GROW(out->items, out->nr + 1, out->alloc);
	e = &out->items[out->nr++];
	e->name = xstrdup(w->name);
	e->path = xstrdup(w->path);
	/* found from within (root "."): "wards/nghia-lo" reads better */
	e->dir = strcmp(root, ".") ? xasprintf("%s/%s", root, w->path) :
		 xstrdup(w->path);
	return 0;
}

int province_wards_of(const struct store *s, struct ward_list *out,
		      struct diag_list *dl)
{
	const struct office *o = &s->office.u.office;
	struct ward_index seen = { 0 };
	size_t i;
	int ret = 0;

	memset(out, 0, sizeof(*out));
	if (!s->office.valid || o->unit != UNIT_PROVINCE)
		return diag_error(dl, s->office.path, 0, 0,
				  _("not a province directory (ocop.yaml has no 'unit: province')"));
	for (i = 0; i < o->nwards; i++)
		if (add_ward(out, &seen, s->root, &o->wards[i], s->office.path, dl))
			ret = -1;
	smap_release(&seen.names);
	smap_release(&seen.paths);
	return ret;
}

int province_wards(const char *root, struct ward_list *out,
		   struct diag_list *dl)
{
	struct store s;
	int ret;

	memset(out, 0, sizeof(*out));
	if (open_office(&s, root, dl))
		return -1;
	ret = province_wards_of(&s, out, dl);
	store_close(&s);
	return ret;
}

void ward_list_release(struct ward_list *l)
{
	size_t i;

	for (i = 0; i < l->nr; i++) {
		free(l->items[i].name);
		free(l->items[i].path);
		free(l->items[i].dir);
	}
	free(l->items);
	memset(l, 0, sizeof(*l));
}

const struct ward_entry *ward_list_find(const struct ward_list *l,
					const char *name)
{
	size_t i;

	for (i = 0; i < l->nr; i++)
		if (!strcmp(l->items[i].name, name))
			return &l->items[i];
	return NULL;
}

int province_locate(const char *root, int type, const char *ref, char **dir,
		    const char **id, struct diag_list *dl)
{
	struct ward_list wards;
	struct strbuf names = STRBUF_INIT;
	const char *sep = strchr(ref, DATASET_REF_SEP);
	char *ward = sep ? xstrndup(ref, (size_t)(sep - ref)) : NULL;
	size_t i, found = 0;
	int ret = -1;

	*dir = NULL;
	*id = sep ? sep + 1 : ref;
	if (province_wards(root, &wards, dl))
		goto out;
	if (ward && !ward_list_find(&wards, ward)) {
		diag_error(dl, NULL, 0, 0, _("no ward '%s' in this province"), ward);
		goto out;
	}
	for (i = 0; i < wards.nr; i++) {
		struct diag_list ignore = DIAG_LIST_INIT;
		struct store w;
		bool has;

		if (ward && strcmp(wards.items[i].name, ward))
			continue;
		has = !store_open(&w, wards.items[i].dir, &ignore) &&
		      store_exists(&w, (enum record_type)type, *id);
		store_close(&w);
		diag_list_release(&ignore);
		if (!has)
			continue;
		if (!found++)
			*dir = xstrdup(wards.items[i].dir);
		strbuf_addf(&names, "%s%s%c%s", names.len ? ", " : "",
			    wards.items[i].name, DATASET_REF_SEP, *id);
	}
	if (!found && ward)
		diag_error(dl, NULL, 0, 0, _("no record '%s' in ward '%s'"), *id, ward);
	else if (!found)
		diag_error(dl, NULL, 0, 0, _("no record '%s' in any ward"), *id);
	else if (found > 1)
		diag_error(dl, NULL, 0, 0, _("'%s' is in several wards: %s"), *id, names.buf);
	if (found > 1)
		diag_hint(dl, _("name one as WARD:ID"));
	ret = found == 1 ? 0 : -1;
	if (ret) {
		free(*dir);
		*dir = NULL;
	}
out:
	ward_list_release(&wards);
	strbuf_release(&names);
	free(ward);
	return ret;
}

int province_read_views(const char *root, int type, struct ward_records **out,
			size_t *n, struct diag_list *dl)
{
	struct ward_list wards;
	size_t i;
	int ret = 0;

	*out = NULL;
	*n = 0;
	if (province_wards(root, &wards, dl)) {
		ward_list_release(&wards);
		return -1;
	}
	*out = xcalloc(wards.nr ? wards.nr : 1, sizeof(**out));
	for (i = 0; i < wards.nr; i++) {
		struct ward_records *w = &(*out)[(*n)++];
		struct store s;

		w->ward = xstrdup(wards.items[i].name);
		w->set = xcalloc(1, sizeof(*w->set));
		if (store_open(&s, wards.items[i].dir, dl) ||
		    store_read_views(&s, (enum record_type)type, w->set, dl))
			ret = -1;
		store_close(&s);
	}
	ward_list_release(&wards);
	return ret;
}

int province_list_views(struct store *s, int type, struct ward_records **out,
			size_t *n, size_t *total, struct diag_list *dl)
{
	size_t i;
	int ret;

	if (s->office.valid && s->office.u.office.unit == UNIT_PROVINCE) {
		ret = province_read_views(s->root, type, out, n, dl);
	} else {
		*out = xcalloc(1, sizeof(**out));
		(*out)->set = xcalloc(1, sizeof(*(*out)->set));
		*n = 1;
		ret = store_read_views(s, (enum record_type)type, (*out)->set, dl);
	}
	*total = 0;
	for (i = 0; i < *n; i++)
		*total += (*out)[i].set->nr;
	return ret;
}

void ward_records_release(struct ward_records *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(w[i].ward);
		if (w[i].set)
			record_set_release(w[i].set);
		free(w[i].set);
	}
	free(w);
}

/* --- adding and removing wards ------------------------------------------------ */

static int refuse_unless_province(const struct store *s, struct diag_list *dl)
{
	if (s->office.valid && s->office.u.office.unit == UNIT_PROVINCE)
		return 0;
	diag_error(dl, s->office.path, 0, 0,
		   _("not a province directory (ocop.yaml has no 'unit: province')"));
	diag_hint(dl, _("make one with 'ocop init DIR --province NAME --wards'"));
	return -1;
}

/* The ward's name from its source: ".../nghia-lo.git/" → "nghia-lo". */
static char *name_from_source(const char *source)
{
	size_t len = strlen(source);
	const char *start;
	char *base, *slug;

	while (len > 1 && source[len - 1] == '/')
		len--;
	if (len > 4 && !strncmp(source + len - 4, ".git", 4))
		len -= 4;
	start = source + len;
	while (start > source && start[-1] != '/' && start[-1] != ':')
		start--;
	base = xstrndup(start, (size_t)(source + len - start));
	slug = province_unit_slug(base);
	free(base);
	return slug;
}

/*
 * A source on this machine, as git should be given it: an absolute path
 * (a relative one would be read against the province's remote by `git
 * submodule add`).  NULL for a URL.  A directory that is no data
 * directory is refused (*bad).
 */
static char *local_source(const char *source, bool *bad, struct diag_list *dl)
{
	struct stat st;
	char *abs;

	*bad = false;
	if (strstr(source, "://") || stat(source, &st) || !S_ISDIR(st.st_mode))
		return NULL;
	abs = realpath(source, NULL);
	if (!abs) {
		*bad = true;
		diag_env(dl, source, "%s", strerror(errno));
		return NULL;
	}
	if (!store_marked(abs)) {
		*bad = true;
		diag_error(dl, source, 0, 0, _("not an ocop data directory (no %s)"),
			   STORE_MARKER);
		free(abs);
		return NULL;
	}
	return abs;
}

/* Clone source into path (relative to s->root): a submodule in git. */
static int clone_ward(struct store *s, const char *source, const char *path,
		      bool submodule, struct diag_list *dl)
{
	/* git 2.38 refuses file:// submodules unless allowed: a ward on a
	 * USB stick or a shared folder is the ordinary case here. */
	const char *sub[] = { "-c", "protocol.file.allow=always", "submodule",
			      "add", "-q", "--", source, path, NULL };
	const char *clone[] = { "clone", "-q", "--", source, path, NULL };
	int rc = git_run(s->root, submodule ? sub : clone, NULL, false, dl);

	if (rc > 0)
		return diag_env(dl, s->root, _("git could not clone '%s' (exit %d)"),
				source, rc);
	return rc;
}

static void append_ward(struct record *office, const char *name,
			const char *path)
{
	struct node_doc *doc = &office->doc;
	struct node *wards = node_get(doc->root, "wards");
	struct node *item = node_new_mapping(doc);

	if (!wards || wards->kind != NODE_SEQUENCE) {
		wards = node_new_sequence(doc);
		node_set(doc, doc->root, "wards", wards);
	}
	node_set_str(doc, item, "name", name, STYLE_AUTO);
	node_set_str(doc, item, "path", path, STYLE_AUTO);
	node_append(doc, wards, item);
}

int province_add_ward(struct store *s, const char *source, const char *name,
		      char **made, struct diag_list *dl)
{
	struct ward_list wards;
	char *ward = NULL, *path = NULL, *local = NULL, *dir = NULL, *line;
	bool submodule, bad;
	struct stat st;
	int ret = -1;

	*made = NULL;
	if (refuse_unless_province(s, dl) || province_wards(s->root, &wards, dl))
		return -1;
	ward = name ? xstrdup(name) : name_from_source(source);
	if (!record_id_valid(ward)) {
		diag_error(dl, NULL, 0, 0,
			   _("'%s' is not a valid ward name (lower-case letters, digits and '-')"),
			   ward);
		diag_hint(dl, _("give one with --name NAME"));
		goto out;
	}
	if (ward_list_find(&wards, ward)) {
		diag_error(dl, s->office.path, 0, 0, _("ward '%s' is already listed"), ward);
		goto out;
	}
	path = xasprintf("%s/%s", PROVINCE_WARDS_DIR, ward);
	dir = xasprintf("%s/%s", s->root, path);
	if (!lstat(dir, &st)) {
		diag_error(dl, dir, 0, 0, _("already exists; give the ward another name with --name"));
		goto out;
	}
	local = local_source(source, &bad, dl);
	if (bad)
		goto out;
	if (mkdirat(s->rootfd, PROVINCE_WARDS_DIR, 0777) && errno != EEXIST) {
		diag_env(dl, s->root, _("cannot create %s/: %s"), PROVINCE_WARDS_DIR,
			 strerror(errno));
		goto out;
	}
	submodule = git_in_work_tree(s->root);
	if (clone_ward(s, local ? local : source, path, submodule, dl))
		goto out;
	if (!store_marked(dir)) {
		diag_error(dl, dir, 0, 0, _("cloned, but not an ocop data directory (no %s)"),
			   STORE_MARKER);
		diag_hint(dl, submodule ? _("remove it with 'git rm -f %s'") :
			  _("remove the directory %s"), path);
		goto out;
	}
	append_ward(&s->office, ward, path);
	if (edit_write(s, &s->office, dl))
		goto out;
	if (submodule)
		commit_note_file(s, ".gitmodules", "ocop: .gitmodules");
	line = xasprintf("ward: add %s from %s", ward, source);
	commit_note_file(s, path, line);
	free(line);
	*made = ward;
	ward = NULL;
	ret = 0;
out:
	ward_list_release(&wards);
	free(ward);
	free(path);
	free(dir);
	free(local);
	return ret;
}

/* Take item i out of a sequence. */
static void seq_remove(struct node *seq, size_t i)
{
	memmove(&seq->u.seq.items[i], &seq->u.seq.items[i + 1],
		(seq->u.seq.nr - i - 1) * sizeof(*seq->u.seq.items));
	seq->u.seq.nr--;
}

/*
 * Take a submodule out of the work tree and .gitmodules, leaving its
 * removal for the commit's `git add -A` to stage: `git rm` would stage
 * it already, and a path gone from the index is no pathspec for add.
 * Returns 0, or -1 when path is no submodule of the province.
 */
static int remove_submodule(struct store *s, const char *path,
			    struct diag_list *dl)
{
	const char *deinit[] = { "submodule", "deinit", "-q", "-f", "--", path, NULL };
	const char *section[] = { "config", "-f", ".gitmodules", "--remove-section",
				  NULL, NULL };
	char *name = xasprintf("submodule.%s", path);
	int rc;

	rc = git_run(s->root, deinit, NULL, true, dl);
	if (!rc) {
		section[4] = name;
		/* a section already gone is no matter */
		git_run(s->root, section, NULL, true, dl);
		if (unlinkat(s->rootfd, path, AT_REMOVEDIR) && errno != ENOENT)
			rc = -1;
	}
	free(name);
	return rc ? -1 : 0;
}

int province_remove_ward(struct store *s, const char *name, bool *kept,
			 struct diag_list *dl)
{
	struct node *wards = node_get(s->office.doc.root, "wards");
	char *path = NULL, *line;
	size_t i;

	*kept = false;
	if (refuse_unless_province(s, dl))
		return -1;
	for (i = 0; wards && wards->kind == NODE_SEQUENCE && i < wards->u.seq.nr; i++) {
		const char *n = node_get_str(wards->u.seq.items[i], "name");

		if (n && !strcmp(n, name))
			break;
	}
	if (!wards || wards->kind != NODE_SEQUENCE || i == wards->u.seq.nr) {
		diag_error(dl, s->office.path, 0, 0, _("no ward '%s' in this province"), name);
		return -1;
	}
	path = xstrdup(node_get_str(wards->u.seq.items[i], "path"));
	seq_remove(wards, i);
	if (!wards->u.seq.nr)
		node_remove(s->office.doc.root, "wards");
	if (edit_write(s, &s->office, dl)) {
		free(path);
		return -1;
	}
	line = xasprintf("ward: rm %s", name);
	if (git_in_work_tree(s->root) && province_path_valid(path) &&
	    !remove_submodule(s, path, dl)) {
		commit_note_file(s, path, line);
		if (!faccessat(s->rootfd, ".gitmodules", F_OK, 0))
			commit_note_file(s, ".gitmodules", "ocop: .gitmodules");
	} else {
		*kept = true;
	}
	free(line);
	free(path);
	return 0;
}
