/* province.c — a province directory and its wards (see province.h). */
#include <stdlib.h>
#include <string.h>

#include "ocop/province.h"
#include "ocop/record.h"
#include "ocop/store.h"
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

static int add_ward(struct ward_list *out, const char *root,
		    const struct ward_ref *w, const char *where,
		    struct diag_list *dl)
{
	struct ward_entry *e;
	size_t i;

	if (!province_path_valid(w->path))
		return diag_error(dl, where, 0, 0,
				  _("ward '%s': path '%s' must be relative and stay inside the province directory"),
				  w->name, w->path);
	for (i = 0; i < out->nr; i++)
		if (!strcmp(out->items[i].name, w->name) ||
		    !strcmp(out->items[i].path, w->path))
			return diag_error(dl, where, 0, 0,
					  _("ward '%s' is listed twice"),
					  !strcmp(out->items[i].name, w->name) ?
					  w->name : w->path);
	ALLOC_GROW(out->items, out->nr + 1, out->alloc);
	e = &out->items[out->nr++];
	e->name = xstrdup(w->name);
	e->path = xstrdup(w->path);
	e->dir = xasprintf("%s/%s", root, w->path);
	return 0;
}

int province_wards(const char *root, struct ward_list *out,
		   struct diag_list *dl)
{
	const struct office *o;
	struct store s;
	size_t i;
	int ret = 0;

	memset(out, 0, sizeof(*out));
	if (open_office(&s, root, dl))
		return -1;
	o = &s.office.u.office;
	if (o->unit != UNIT_PROVINCE) {
		diag_error(dl, s.office.path, 0, 0,
			   _("not a province directory (ocop.yaml has no 'unit: province')"));
		store_close(&s);
		return -1;
	}
	for (i = 0; i < o->nwards; i++)
		if (add_ward(out, root, &o->wards[i], s.office.path, dl))
			ret = -1;
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
