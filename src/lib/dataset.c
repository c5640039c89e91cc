/* dataset.c — several data directories read together (see dataset.h). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ocop/dataset.h"
#include "ocop/province.h"
#include "ocop/smap.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
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
 * The valid records of one type from every directory, sorted by id, then
 * by directory; an id two wards hold marks both records shared.
 */
static void merge(struct dataset *ds, enum record_type type,
		  struct dataset_entry **out, size_t *nout)
{
	struct dataset_entry *e;
	size_t total = 0, n = 0, i, j;

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
	for (i = 1; i < n; i++)
		if (!strcmp(record_id(e[i - 1].r), record_id(e[i].r)))
			e[i - 1].shared = e[i].shared = true;
	*out = e;
	*nout = n;
}

/*
 * The same directory named twice would make every id a duplicate.  Each
 * directory's device and inode are taken once, when it is opened, and
 * looked up in a map of those met before: a province of 3,300 wards made
 * 5.5 million fstat calls when each one asked the kernel again for every
 * earlier one, then 5.4 million comparisons (54 M instructions) when each
 * was compared in memory with every earlier one.
 */
static int same_directory(struct dataset *ds, size_t i, struct diag_list *dl)
{
	struct dataset_dir *d = &ds->dirs[i];
	struct stat st;
	char key[64];
	size_t j;

	if (fstat(d->store.rootfd, &st))
		return 0;
	d->dev = st.st_dev;
	d->ino = st.st_ino;
	d->identified = true;
	snprintf(key, sizeof(key), "%ju:%ju", (uintmax_t)d->dev,
		 (uintmax_t)d->ino);
	if (smap_get(&ds->seen, key, &j)) {
		diag_add(dl, DIAG_ERROR, EXIT_USAGE, d->store.root, 0, 0,
			 _("the same data directory as %s"), ds->dirs[j].store.root);
		diag_hint(dl, _("name each directory once"));
		return -1;
	}
	smap_put(&ds->seen, key, i);
	return 0;
}

/* The directory's last component: "wards/nghia-lo/" → "nghia-lo". */
static char *last_component(const char *dir)
{
	size_t len = strlen(dir);
	const char *start;

	while (len > 1 && dir[len - 1] == '/')
		len--;
	start = dir + len;
	while (start > dir && start[-1] != '/')
		start--;
	return xstrndup(start, (size_t)(dir + len - start));
}

/* A ward's name when no province names it (see struct dataset_dir). */
static char *ward_name(const struct store *s)
{
	const struct office *o = s->office.valid ? &s->office.u.office : NULL;
	char *slug;

	if (o && o->ward) {
		slug = province_unit_slug(o->ward);
		if (record_id_valid(slug))
			return slug;
		free(slug);
	}
	return last_component(s->root);
}

/* A ward's records, its directory open in d->store. */
static void read_records(struct dataset_dir *d, const char *ward,
			 struct diag_list *dl)
{
	store_read_office_view(&d->store, dl);
	d->ward = ward ? xstrdup(ward) : ward_name(&d->store);
	store_read_views(&d->store, RECORD_PRODUCER, &d->producers, dl);
	store_read_views(&d->store, RECORD_PRODUCT, &d->products, dl);
	store_read_views(&d->store, RECORD_EVENT, &d->events, dl);
}

/* Open and read one ward's directory as ds->dirs[ds->ndirs]. */
static int read_dir(struct dataset *ds, const char *dir, const char *ward,
		    struct diag_list *dl)
{
	struct dataset_dir *d = &ds->dirs[ds->ndirs++];

	if (store_open(&d->store, dir, dl) ||
	    same_directory(ds, ds->ndirs - 1, dl))
		return -1;
	read_records(d, ward, dl);
	return 0;
}

/*
 * A province's wards are read in parallel, one ward at a time a thread:
 * most wards hold a few dozen files, too few for store_read_views to
 * share among threads, so reading them one after the other would leave
 * every core but one idle.  Each ward keeps its problems, merged in the
 * province's order after, as read_dir would have given them.
 */
struct ward_job {
	struct dataset *ds;
	const struct ward_list *wards;
	size_t first;			/* ds->dirs[first] is the first ward */
	struct diag_list *opened;	/* store_open's problems, one a ward */
	struct diag_list *read;		/* its records', one a ward */
	bool *failed;			/* store_open failed */
	size_t threads_each;
	atomic_size_t next;
};

struct ward_reader {
	struct ward_job *job;
	struct node_pool *pool;		/* this thread's, for all its wards */
};

static void *ward_worker(void *arg)
{
	struct ward_reader *rd = arg;
	struct ward_job *job = rd->job;
	size_t i;

	while ((i = atomic_fetch_add(&job->next, 1)) < job->wards->nr) {
		struct dataset_dir *d = &job->ds->dirs[job->first + i];

		job->failed[i] = store_open(&d->store, job->wards->items[i].dir,
					    &job->opened[i]) != 0;
		if (job->failed[i])
			continue;
		d->store.read_threads = job->threads_each;
		if (job->threads_each == 1)
			d->store.views_pool = rd->pool;
		read_records(d, job->wards->items[i].name, &job->read[i]);
	}
	return NULL;
}

/* A pool for the views of a province's reading thread, freed with ds. */
static struct node_pool *new_pool(struct dataset *ds)
{
	ALLOC_GROW(ds->pools, ds->npools + 1, ds->pools_alloc);
	return ds->pools[ds->npools++] = xcalloc(1, sizeof(struct node_pool));
}

/*
 * What read_dir gives ward by ward, in order: a ward that does not open,
 * or that is a directory named before, ends the reading there (its
 * records unread, the wards after it dropped).
 */
static int merge_wards(struct dataset *ds, struct ward_job *job,
		       struct diag_list *dl)
{
	size_t i, n = job->wards->nr, end = n;
	int ret = 0;

	for (i = 0; i < n; i++) {
		size_t at = job->first + i;

		diag_move(dl, &job->opened[i]);
		if (job->failed[i] || same_directory(ds, at, dl)) {
			end = i + 1;
			ret = -1;
			break;
		}
		diag_move(dl, &job->read[i]);
	}
	for (i = 0; i < n; i++) {
		diag_list_release(&job->opened[i]);
		diag_list_release(&job->read[i]);
	}
	/* what a failed ward read, and the wards after it: not in ds */
	for (i = ret ? end - 1 : n; i < n; i++) {
		struct dataset_dir *d = &ds->dirs[job->first + i];

		record_set_release(&d->producers);
		record_set_release(&d->products);
		record_set_release(&d->events);
		free(d->ward);
		d->ward = NULL;
		if (i >= end) {
			store_close(&d->store);
			memset(d, 0, sizeof(*d));
		}
	}
	ds->ndirs = job->first + end;
	return ret;
}

static int read_wards(struct dataset *ds, const struct ward_list *wards,
		      size_t *alloc, struct diag_list *dl)
{
	struct ward_job job;
	pthread_t threads[STORE_THREADS_MAX];
	struct ward_reader readers[STORE_THREADS_MAX];
	size_t nthreads = store_threads(), started = 0, i;
	int ret;

	if (nthreads > wards->nr)
		nthreads = wards->nr ? wards->nr : 1;
	ALLOC_GROW(ds->dirs, ds->ndirs + wards->nr, *alloc);
	/* every ward's store_open is called, and sets its fds, failing or not */
	memset(&ds->dirs[ds->ndirs], 0, wards->nr * sizeof(*ds->dirs));
	job.ds = ds;
	job.wards = wards;
	job.first = ds->ndirs;
	job.opened = xcalloc(wards->nr ? wards->nr : 1, sizeof(*job.opened));
	job.read = xcalloc(wards->nr ? wards->nr : 1, sizeof(*job.read));
	job.failed = xcalloc(wards->nr ? wards->nr : 1, sizeof(*job.failed));
	/* many wards: each on one thread; a lone one: on them all */
	job.threads_each = wards->nr > 1 ? 1 : 0;
	atomic_init(&job.next, 0);
	for (i = 0; i < nthreads; i++) {
		readers[i].job = &job;
		readers[i].pool = new_pool(ds);
	}
	/* The calling thread is one of the readers. */
	for (i = 1; i < nthreads; i++)
		if (!pthread_create(&threads[started], NULL, ward_worker,
				    &readers[started + 1]))
			started++;
	ward_worker(&readers[0]);
	for (i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
	ds->ndirs += wards->nr;
	ret = merge_wards(ds, &job, dl);
	free(job.opened);
	free(job.read);
	free(job.failed);
	return ret;
}

/*
 * A directory named (NULL: the one found): a ward read as it is, or a
 * province read as its wards.  The first province's ocop.yaml stays open
 * in ds->province, for the reports' letterhead.
 */
static int read_named(struct dataset *ds, const char *dir, size_t *alloc,
		      struct diag_list *dl)
{
	struct diag_list probe = DIAG_LIST_INIT;
	struct ward_list wards;
	struct store s;
	int ret = 0;

	if (store_open(&s, dir, dl)) {
		store_close(&s);
		return -1;
	}
	/*
	 * A ward's ocop.yaml is read again by read_dir, which says what is
	 * wrong with it: the probe keeps its diagnostics only for a province.
	 */
	if (store_read_office_view(&s, &probe) ||
	    s.office.u.office.unit != UNIT_PROVINCE) {
		diag_list_release(&probe);
		store_close(&s);
		ALLOC_GROW(ds->dirs, ds->ndirs + 1, *alloc);
		memset(&ds->dirs[ds->ndirs], 0, sizeof(*ds->dirs));
		return read_dir(ds, dir, NULL, dl);
	}
	diag_move(dl, &probe);
	diag_list_release(&probe);
	if (province_wards_of(&s, &wards, dl)) {
		store_close(&s);
		ward_list_release(&wards);
		return -1;
	}
	ret = read_wards(ds, &wards, alloc, dl);
	ward_list_release(&wards);
	if (ds->in_province) {
		store_close(&s);
	} else {
		ds->province = s;
		ds->in_province = true;
	}
	return ret;
}

int dataset_open(struct dataset *ds, const char *const *dirs, size_t n,
		 struct diag_list *dl)
{
	size_t i, alloc = 0, errors = diag_error_count(dl);

	memset(ds, 0, sizeof(*ds));
	for (i = 0; i < (n ? n : 1); i++)
		/* no point reading the others: the report cannot be made */
		if (read_named(ds, n ? dirs[i] : NULL, &alloc, dl))
			return -1;
	merge(ds, RECORD_PRODUCER, &ds->producers, &ds->nproducers);
	merge(ds, RECORD_PRODUCT, &ds->products, &ds->nproducts);
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
		free(ds->dirs[i].ward);
	}
	if (ds->in_province)
		store_close(&ds->province);
	/* after the sets whose views they hold */
	for (i = 0; i < ds->npools; i++) {
		node_pool_release(ds->pools[i]);
		free(ds->pools[i]);
	}
	free(ds->pools);
	free(ds->dirs);
	free(ds->producers);
	free(ds->products);
	smap_release(&ds->seen);
	memset(ds, 0, sizeof(*ds));
}

char *dataset_entry_ref(const struct dataset *ds,
			const struct dataset_entry *e, bool qualify)
{
	if ((qualify || e->shared) && e->dir < ds->ndirs)
		return xasprintf("%s%c%s", ds->dirs[e->dir].ward,
				 DATASET_REF_SEP, record_id(e->r));
	return xstrdup(record_id(e->r));
}

void dataset_split_ref(const char *ref, char **ward, const char **id)
{
	const char *sep = strchr(ref, DATASET_REF_SEP);

	*ward = sep ? xstrndup(ref, (size_t)(sep - ref)) : NULL;
	*id = sep ? sep + 1 : ref;
}

/* The first entry of the sorted list e[n] whose id is id (n when none). */
static size_t first_with_id(const struct dataset_entry *e, size_t n,
			    const char *id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (strcmp(record_id(e[mid].r), id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && !strcmp(record_id(e[lo].r), id) ? lo : n;
}

const struct dataset_entry *dataset_find(const struct dataset *ds,
					 enum record_type type, const char *ref,
					 struct diag_list *dl)
{
	const struct dataset_entry *e = type == RECORD_PRODUCT ?
		ds->products : ds->producers;
	size_t n = type == RECORD_PRODUCT ? ds->nproducts : ds->nproducers;
	const struct dataset_entry *found = NULL;
	struct strbuf names = STRBUF_INIT;
	const char *id;
	char *ward;
	size_t i, matches = 0;

	dataset_split_ref(ref, &ward, &id);
	for (i = first_with_id(e, n, id); i < n && !strcmp(record_id(e[i].r), id); i++) {
		if (ward && strcmp(ds->dirs[e[i].dir].ward, ward))
			continue;
		if (!matches++)
			found = &e[i];
		strbuf_addf(&names, "%s%s%c%s", names.len ? ", " : "",
			    ds->dirs[e[i].dir].ward, DATASET_REF_SEP, id);
	}
	if (!matches && ward)
		diag_error(dl, NULL, 0, 0, _("no record '%s' in ward '%s'"), id, ward);
	else if (!matches)
		diag_error(dl, NULL, 0, 0, _("no record '%s' in any ward"), id);
	if (matches > 1) {
		diag_error(dl, NULL, 0, 0, _("'%s' is in several wards: %s"),
			   id, names.buf);
		diag_hint(dl, _("name one as WARD:ID"));
		found = NULL;
	}
	strbuf_release(&names);
	free(ward);
	return found;
}

const struct office *dataset_office(const struct dataset *ds, size_t i)
{
	if (i >= ds->ndirs || !ds->dirs[i].store.office.valid)
		return NULL;
	return &ds->dirs[i].store.office.u.office;
}

const struct office *dataset_issuer(const struct dataset *ds)
{
	if (ds->in_province && ds->province.office.valid)
		return &ds->province.office.u.office;
	return dataset_office(ds, 0);
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
