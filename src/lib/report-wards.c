/*
 * report-wards.c — what the reports of several wards share: a ward's
 * name in a table, and the order of products by ward.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/report-int.h"
#include "ocop/province.h"
#include "ocop/text.h"
#include "ocop/util.h"

bool report_many_wards(const struct report_ctx *c)
{
	return c->ds->ndirs > 1 || c->ds->in_province;
}

char *report_ward_name(const struct report_ctx *c, size_t dir)
{
	const struct office *o = dataset_office(c->ds, dir);

	/* scripts: the ward's name in the province, as WARD:ID uses it */
	if (!c->human || !o)
		return xstrdup(c->ds->dirs[dir].ward);
	return report_unit_name(o, c->lang);
}

int report_by_ward_producer(const void *a, const void *b)
{
	const struct report_item *x = *(struct report_item *const *)a;
	const struct report_item *y = *(struct report_item *const *)b;

	if (x->e->dir != y->e->dir)
		return x->e->dir < y->e->dir ? -1 : 1;
	return report_by_producer(a, b);
}

struct former_key *report_former_keys(const struct report_ctx *c, size_t *n)
{
	struct former_key *keys = NULL;
	size_t alloc = 0, d, i;

	*n = 0;
	for (d = 0; d < c->ds->ndirs; d++) {
		const struct office *o = dataset_office(c->ds, d);

		for (i = 0; o && i < o->nformerly; i++) {
			ALLOC_GROW(keys, *n + 1, alloc);
			keys[*n].dir = d;
			keys[*n].name = o->formerly[i].name;
			keys[(*n)++].key = province_unit_slug(o->formerly[i].name);
		}
	}
	return keys;
}

/* Does the folded address hold key as whole words? */
static bool holds_words(const char *address, const char *key)
{
	size_t n = strlen(key);
	const char *p = address;

	while (n && (p = strstr(p, key))) {
		if ((p == address || p[-1] == '-') && (!p[n] || p[n] == '-'))
			return true;
		p++;
	}
	return false;
}

size_t report_former_of(const struct former_key *keys, size_t n,
			const struct report_item *it)
{
	char *address;
	size_t i;

	if (!it->owner || !it->owner->old_address)
		return n;
	address = text_slug(it->owner->old_address);
	for (i = 0; i < n; i++)
		if (keys[i].dir == it->e->dir && holds_words(address, keys[i].key))
			break;
	free(address);
	return i;
}

void report_free_former_keys(struct former_key *keys, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(keys[i].key);
	free(keys);
}
