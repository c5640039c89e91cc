/* dataset.c — several data directories read together (see dataset.h). */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ocop/dataset.h"
#include "ocop/util.h"

static const char *record_id(const struct record *r)
{
	return r->type == RECORD_PRODUCT ? r->u.product.id : r->u.producer.id;
}

static int compare_entries(const void *a, const void *b)
{
	const struct dataset_entry *x = a, *y = b;
	int c = strcmp(record_id(x->r), record_id(y->r));

	/* equal ids are errors; the directory order keeps the message stable */
	if (c)
		return c;
	return x->dir < y->dir ? -1 : x->dir > y->dir;
}

static bool is_sorted(const struct dataset_entry *e, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (compare_entries(&e[i - 1], &e[i]) > 0)
			return false;
	return true;
}

/*
 * The valid records of one type from every directory, sorted by id; an id
 * that two files hold is reported with both.
 */
static int merge(struct dataset *ds, enum record_type type,
		 struct dataset_entry **out, size_t *nout, struct diag_list *dl)
{
	struct dataset_entry *e;
	size_t total = 0, n = 0, i, j;
	int ret = 0;

	for (i = 0; i < ds->ndirs; i++)
		total += type == RECORD_PRODUCT ? ds->dirs[i].products.nr :
			 ds->dirs[i].producers.nr;
	e = xcalloc(total ? total : 1, sizeof(*e));
	for (i = 0; i < ds->ndirs; i++) {
		const struct record_set *set = type == RECORD_PRODUCT ?
			&ds->dirs[i].products : &ds->dirs[i].producers;

		for (j = 0; j < set->nr; j++) {
			if (!set->items[j].valid)
				continue;
			e[n].r = &set->items[j];
			e[n++].dir = i;
		}
	}
	/* One directory's records come in id order already (store_list). */
	if (!is_sorted(e, n))
		qsort(e, n, sizeof(*e), compare_entries);
	for (i = 1; i < n; i++) {
		if (strcmp(record_id(e[i - 1].r), record_id(e[i].r)))
			continue;
		diag_error(dl, e[i].r->path, 0, 0,
			   _("id '%s' is also used by %s"), record_id(e[i].r),
			   e[i - 1].r->path);
		diag_hint(dl, _("directories read together must not share an id; rename one of them"));
		ret = -1;
	}
	*out = e;
	*nout = n;
	return ret;
}

/* The same directory named twice would make every id a duplicate. */
static int same_directory(const struct dataset *ds, size_t i,
			  struct diag_list *dl)
{
	struct stat a, b;
	size_t j;

	if (fstat(ds->dirs[i].store.rootfd, &a))
		return 0;
	for (j = 0; j < i; j++) {
		if (fstat(ds->dirs[j].store.rootfd, &b))
			continue;
		if (a.st_dev == b.st_dev && a.st_ino == b.st_ino) {
			diag_add(dl, DIAG_ERROR, EXIT_USAGE,
				 ds->dirs[i].store.root, 0, 0,
				 _("the same data directory as %s"),
				 ds->dirs[j].store.root);
			diag_hint(dl, _("name each directory once"));
			return -1;
		}
	}
	return 0;
}

int dataset_open(struct dataset *ds, const char *const *dirs, size_t n,
		 struct diag_list *dl)
{
	size_t i, errors = diag_error_count(dl);

	memset(ds, 0, sizeof(*ds));
	ds->ndirs = n ? n : 1;
	ds->dirs = xcalloc(ds->ndirs, sizeof(*ds->dirs));
	for (i = 0; i < ds->ndirs; i++) {
		struct dataset_dir *d = &ds->dirs[i];

		if (store_open(&d->store, n ? dirs[i] : NULL, dl) ||
		    same_directory(ds, i, dl)) {
			/* no point reading the others: the report cannot be made */
			ds->ndirs = i + 1;
			return -1;
		}
		store_read_office(&d->store, dl);
		store_read_views(&d->store, RECORD_PRODUCER, &d->producers, dl);
		store_read_views(&d->store, RECORD_PRODUCT, &d->products, dl);
		store_read_views(&d->store, RECORD_EVENT, &d->events, dl);
	}
	merge(ds, RECORD_PRODUCER, &ds->producers, &ds->nproducers, dl);
	merge(ds, RECORD_PRODUCT, &ds->products, &ds->nproducts, dl);
	return diag_error_count(dl) > errors ? -1 : 0;
}

void dataset_release(struct dataset *ds)
{
	size_t i;

	for (i = 0; i < ds->ndirs; i++) {
		record_set_release(&ds->dirs[i].producers);
		record_set_release(&ds->dirs[i].products);
		record_set_release(&ds->dirs[i].events);
		store_close(&ds->dirs[i].store);
	}
	free(ds->dirs);
	free(ds->producers);
	free(ds->products);
	memset(ds, 0, sizeof(*ds));
}

const struct office *dataset_office(const struct dataset *ds, size_t i)
{
	if (i >= ds->ndirs || !ds->dirs[i].store.office.valid)
		return NULL;
	return &ds->dirs[i].store.office.u.office;
}

const struct producer *dataset_producer_of(const struct dataset *ds,
					   const struct dataset_entry *product)
{
	const struct record *r;

	if (product->dir >= ds->ndirs)
		return NULL;
	r = record_set_find(&ds->dirs[product->dir].producers,
			    product->r->u.product.producer);
	return r && r->valid ? &r->u.producer : NULL;
}
