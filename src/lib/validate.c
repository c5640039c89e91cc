/* validate.c — the one validator (see validate.h). */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ocop/cycle.h"
#include "ocop/derived.h"
#include "ocop/event.h"
#include "ocop/rating.h"
#include "ocop/rules.h"
#include "ocop/smap.h"
#include "ocop/store.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/validate.h"

const struct check_name check_names[] = {
	{ "files", CHECK_FILES, N_("stray, temporary and misnamed files") },
	{ "records", CHECK_RECORDS, N_("syntax and keys of every record") },
	{ "refs", CHECK_REFS, N_("references between records, duplicates") },
	{ "rules", CHECK_RULES, N_("the OCOP programme's rules") },
	{ NULL, 0, NULL }
};

/* Where a message about key goes: its node, else the record's root; a
 * record with no tree (a view) has none, and its messages no line. */
static const struct node *key_node(const struct record *r, const char *key)
{
	static const struct node none = { .kind = NODE_MAPPING };
	const struct node *n = node_get(r->doc.root, key);

	return n ? n : r->doc.root ? r->doc.root : &none;
}

/* Is id the name of the file at path, less its ".yaml"?  (A path with
 * no such name is anyone's.) */
static bool id_names_file(const char *id, const char *path)
{
	const char *base = strrchr(path, '/');
	size_t len;

	base = base ? base + 1 : path;
	len = strlen(base);
	return len <= 5 || !id ||
	       (strlen(id) == len - 5 && !strncmp(base, id, len - 5));
}

/* The file is named by the id inside it: a copied file keeps the old id. */
static int check_id_matches(const struct record *r, struct diag_list *dl)
{
	const char *id = node_get_str(r->doc.root, "id");
	const char *base = strrchr(r->path, '/');
	size_t len;

	base = base ? base + 1 : r->path;
	len = strlen(base);
	if (!id_names_file(id, r->path)) {
		const struct node *n = key_node(r, "id");

		diag_error(dl, n->line ? r->path : NULL, n->line, n->col,
			   _("id: '%s' is not the file's name"), id);
		diag_hint(dl, _("rename the file to %s.yaml, or set the id to '%.*s'"),
			  id, (int)(len - 5), base);
		return -1;
	}
	return 0;
}

/*
 * category_1048 is the name a certificate of 1048's days gives the
 * category: one of 1048's names, for the category the file holds, on a
 * product dated before 148.  Warnings: what reports count, category,
 * is right either way.
 */
static void check_category_1048(const struct record *r, struct diag_list *dl)
{
	const struct product *p = &r->u.product;
	const struct node *n = key_node(r, "category_1048");
	const char *file = n->line ? r->path : NULL;
	enum ocop_category c;
	struct ocop_date d;
	char day[DATE_ISO_MAX];

	if (!p->category_1048)
		return;
	if (!rules_category_is_1048(p->category_1048) ||
	    rules_category_parse(p->category_1048, &c, NULL)) {
		diag_warn(dl, file, n->line, n->col,
			  _("category_1048: '%s' is not a category name of 1048/QĐ-TTg"),
			  p->category_1048);
		diag_hint(dl, _("write Thảo dược; Vải, may mặc; Lưu niệm, nội thất, trang trí; or Dịch vụ du lịch nông thôn và bán hàng, or remove the key"));
	} else if (c != p->category) {
		diag_warn(dl, file, n->line, n->col,
			  _("category_1048: '%s' is 1048/QĐ-TTg's name of category '%s', not '%s'"),
			  p->category_1048, rules_category(c)->slug,
			  rules_category(p->category)->slug);
		diag_hint(dl, _("write category: %s, or correct category_1048"),
			  rules_category(c)->slug);
	}
	if (product_category_date(p, &d) && !rules_category_1048_dated(&d)) {
		date_format_iso(&d, day);
		diag_warn(dl, file, n->line, n->col,
			  _("category_1048: the product is dated %s, when 148/QĐ-TTg named the categories"),
			  day);
		diag_hint(dl, _("remove category_1048, or correct the date of its first recognition"));
	}
}

static int check_product_rules(const struct record *r, struct diag_list *dl)
{
	const struct product *p = &r->u.product;
	const struct product_set_info *set = p->set ? rules_product_set(p->set) : NULL;
	int ret = 0;

	if (set && set->category != p->category) {
		const struct node *n = key_node(r, "set");

		ret = diag_error(dl, n->line ? r->path : NULL, n->line, n->col,
				 _("set: product set %d (%s) belongs to category '%s', not '%s'"),
				 p->set, set->name_vi,
				 rules_category(set->category)->slug,
				 rules_category(p->category)->slug);
		diag_hint(dl, _("change the category or the set"));
	}
	check_category_1048(r, dl);
	if (cycle_validate(r, dl))
		ret = -1;
	if (rating_validate(r, dl))
		ret = -1;
	return ret;
}

/*
 * Is there a producer file for id?  check has read every producer and
 * answers from them, not with a system call a product; a write, which
 * has not, asks the store.
 */
static bool producer_exists(struct store *s, const struct record_set *producers,
			    const char *id)
{
	const struct record *r = producers ? record_set_find(producers, id) : NULL;

	return (r && r->parsed) || store_exists(s, RECORD_PRODUCER, id);
}

static int check_product_refs(struct store *s, const struct record_set *producers,
			      const struct record *r, struct diag_list *dl)
{
	const struct product *p = &r->u.product;

	if (s && p->producer && !producer_exists(s, producers, p->producer)) {
		const struct node *n = key_node(r, "producer");

		diag_error(dl, n->line ? r->path : NULL, n->line, n->col,
			   _("producer: no producer '%s'"), p->producer);
		diag_hint(dl, _("add it with 'ocop producer add', or correct the id"));
		return -1;
	}
	return 0;
}

static int rules_of(const struct record *r, struct diag_list *dl)
{
	return r->type == RECORD_PRODUCT ? check_product_rules(r, dl) : 0;
}

/* --- the producers' tax codes ------------------------------------------------- */

/*
 * The producers' tax codes, read once when a write first asks and kept
 * current by the command's writes (validate_note_write): an import of
 * thousands of producers does not read them thousands of times.  Entries
 * are appended, a producer's old one marked dead; by_code gives the
 * newest entry of a code (entries of one code are chained), by_id a
 * producer's entry.  The store carries it (s->checks).
 */
struct tax_entry {
	char *code, *id;
	size_t next;		/* the older entry of the same code, or NO_TAX */
	bool live;		/* false once its producer was written again */
};

#define NO_TAX ((size_t)-1)

struct tax_index {
	struct tax_entry *taxes;
	size_t ntaxes, taxes_alloc;
	struct smap by_code, by_id;
};

static void tax_index_free(void *p)
{
	struct tax_index *ix = p;
	size_t i;

	for (i = 0; i < ix->ntaxes; i++) {
		free(ix->taxes[i].code);
		free(ix->taxes[i].id);
	}
	free(ix->taxes);
	smap_release(&ix->by_code);
	smap_release(&ix->by_id);
	free(ix);
}

/*
 * A producer is written again: its entry is dead (kept in its chain,
 * skipped).  A hash look-up, not a scan: an import writes thousands of
 * producers, each forgotten and added once.
 */
static void taxes_forget(struct tax_index *ix, const char *id)
{
	size_t i;

	if (smap_get(&ix->by_id, id, &i) && i != NO_TAX) {
		ix->taxes[i].live = false;
		smap_put(&ix->by_id, id, NO_TAX);
	}
}

static void taxes_add(struct tax_index *ix, const char *code, const char *id)
{
	struct tax_entry *e;
	size_t head;

	taxes_forget(ix, id);
	if (!smap_get(&ix->by_code, code, &head))
		head = NO_TAX;
	ALLOC_GROW(ix->taxes, ix->ntaxes + 1, ix->taxes_alloc);
	e = &ix->taxes[ix->ntaxes];
	e->code = xstrdup(code);
	e->id = xstrdup(id);
	e->next = head;
	e->live = true;
	smap_put(&ix->by_code, code, ix->ntaxes);
	smap_put(&ix->by_id, id, ix->ntaxes);
	ix->ntaxes++;
}

/* The index of s, read through the store the first time; NULL on error. */
static struct tax_index *tax_index(struct store *s, struct diag_list *dl)
{
	struct diag_list ignore = DIAG_LIST_INIT;
	struct record_set set;
	struct tax_index *ix;
	size_t i;

	if (s->checks)
		return s->checks;
	/* Broken producers are check's to report, not a write's. */
	if (store_read_all(s, RECORD_PRODUCER, &set, &ignore)) {
		diag_move(dl, &ignore);
		return NULL;
	}
	ix = xcalloc(1, sizeof(*ix));
	for (i = 0; i < set.nr; i++)
		if (set.items[i].valid && set.items[i].u.producer.tax_code)
			taxes_add(ix, set.items[i].u.producer.tax_code,
				  set.items[i].u.producer.id);
	record_set_release(&set);
	diag_list_release(&ignore);
	s->checks = ix;
	s->checks_release = tax_index_free;
	return ix;
}

const char *validate_tax_owner(struct store *s, const char *code,
			       const char *except, struct diag_list *dl)
{
	struct tax_index *ix = tax_index(s, dl);
	const char *owner = NULL;
	size_t i;

	if (!ix || !smap_get(&ix->by_code, code, &i))
		return NULL;
	/* The least id of the others, whatever order they were added in. */
	for (; i != NO_TAX; i = ix->taxes[i].next) {
		const struct tax_entry *e = &ix->taxes[i];

		if (e->live && (!except || strcmp(e->id, except)) &&
		    (!owner || strcmp(e->id, owner) < 0))
			owner = e->id;
	}
	return owner;
}

void validate_note_write(struct store *s, enum record_type type,
			 const char *id, const char *tax_code)
{
	struct tax_index *ix = s->checks;

	/* Not read yet: it will be read as the disk is, with this write. */
	if (type != RECORD_PRODUCER || !ix)
		return;
	taxes_forget(ix, id);
	if (tax_code && *tax_code)
		taxes_add(ix, tax_code, id);
}

/*
 * Two producers with one tax code are one producer entered twice: a write
 * is refused as check would refuse the directory after it.
 */
int validate_tax_code_unique(struct store *s, const char *id,
			     const char *tax_code, const char *path,
			     unsigned line, unsigned col, struct diag_list *dl)
{
	const char *owner;

	if (!s || !tax_code)
		return 0;
	owner = validate_tax_owner(s, tax_code, id, dl);
	if (!owner)
		return 0;
	diag_error(dl, line ? path : NULL, line, col,
		   _("tax code %s is also the tax code of '%s'"), tax_code,
		   owner);
	diag_hint(dl, _("one producer entered twice? see 'ocop producer show %s'"),
		  owner);
	return -1;
}

static int check_tax_code_unique(struct store *s, const struct record *r,
				 struct diag_list *dl)
{
	const struct producer *p = &r->u.producer;
	const struct node *n = key_node(r, "tax_code");

	return validate_tax_code_unique(s, p->id, p->tax_code, r->path,
					n->line, n->col, dl);
}

/* Everything but the tax code's uniqueness (the caller's to ask). */
static int check_alone_and_refs(struct store *s, struct record *r,
				struct diag_list *dl)
{
	int ret = 0;

	if (record_decode(r, dl))
		return -1;
	if (r->type != RECORD_OFFICE && check_id_matches(r, dl))
		ret = -1;
	if (rules_of(r, dl))
		ret = -1;
	if (r->type == RECORD_PRODUCT && check_product_refs(s, NULL, r, dl))
		ret = -1;
	if (r->type == RECORD_EVENT && event_check_refs(s, NULL, NULL, r, dl))
		ret = -1;
	return ret;
}

int validate_record(struct store *s, struct record *r, struct diag_list *dl)
{
	int ret = check_alone_and_refs(s, r, dl);

	if (r->valid && r->type == RECORD_PRODUCER &&
	    check_tax_code_unique(s, r, dl))
		ret = -1;
	return ret;
}

/*
 * Might the YAML text buf (len bytes) name word, a key?  Its bytes hold
 * it, or a backslash: a double-quoted escape may spell any key.  (A plain
 * or quoted scalar folded over lines puts a space in it.)
 */
static bool bytes_name(const char *buf, size_t len, const char *word)
{
	const char *end = buf + len, *at = buf;
	size_t n = strlen(word);

	if (memchr(buf, '\\', len))
		return true;
	while ((at = memchr(at, word[0], (size_t)(end - at)))) {
		if ((size_t)(end - at) >= n && !memcmp(at, word, n))
			return true;
		at++;
	}
	return false;
}

bool validate_view_clean(const struct record *r, const char *buf, size_t len)
{
	const struct product *p = &r->u.product;
	struct diag_list said = DIAG_LIST_INIT;
	bool clean;
	size_t i;

	if (r->type != RECORD_PRODUCT || !r->valid || r->doc.root)
		return false;
	/* What the view does not hold: an as_of may stand beside a date
	 * (rating_validate asks the tree), and an evaluation's members,
	 * which its score must average, are in the tree alone: a file that
	 * might name them is read as a tree. */
	for (i = 0; i < p->nevals; i++)
		if (p->evals[i].as_of)
			return false;
	if (bytes_name(buf, len, "members"))
		return false;
	if (!id_names_file(p->id, r->path))
		return false;
	rules_of(r, &said);
	clean = !said.nr;
	diag_list_release(&said);
	return clean;
}

int validate_rewrite(struct store *s, struct record *r,
		     const char *old_tax_code, struct diag_list *dl)
{
	int ret = check_alone_and_refs(s, r, dl);
	const char *tax_code;

	if (!r->valid || r->type != RECORD_PRODUCER)
		return ret;
	/* The code on disk was judged when it was written: a producer
	 * whose phone number changes need not read every other producer. */
	tax_code = r->u.producer.tax_code;
	if (old_tax_code && tax_code && !strcmp(old_tax_code, tax_code))
		return ret;
	if (check_tax_code_unique(s, r, dl))
		ret = -1;
	return ret;
}

/* --- the whole directory ------------------------------------------------------ */

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void check_file_name(struct store *s, enum record_type type,
			    const char *n, struct diag_list *dl)
{
	size_t len = strlen(n);
	char *id, *shown = xasprintf("%s/%s/%s", s->root, store_subdir(type), n);

	if (n[0] == '.' && strstr(n, ".tmp-")) {
		diag_warn(dl, shown, 0, 0,
			  _("temporary file left by an interrupted command"));
		diag_hint(dl, _("the record itself is intact; remove this file"));
	} else if (len > 5 && !strcmp(n + len - 5, ".yaml")) {
		id = xstrndup(n, len - 5);
		if (!record_id_valid(id)) {
			diag_error(dl, shown, 0, 0,
				   _("'%s' is not a valid id, so this file is not read"),
				   id);
			diag_hint(dl, _("rename it: lower-case letters, digits and '-'"));
		}
		free(id);
	} else if (n[0] != '.') {
		diag_warn(dl, shown, 0, 0, _("not a record (records end in .yaml)"));
	}
	free(shown);
}

/* Files in a record folder that are not records: a typo, or a dead write. */
static void check_files(struct store *s, enum record_type type,
			struct diag_list *dl)
{
	struct dirent *de;
	int fd = s->dirfd[type] >= 0 ? dup(s->dirfd[type]) : -1;
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	char **names = NULL;
	size_t n = 0, alloc = 0, i;

	if (s->dirfd[type] < 0)
		return;
	if (!d) {
		if (fd >= 0)
			close(fd);
		diag_env(dl, s->root, _("cannot list %s/: %s"),
			 store_subdir(type), strerror(errno));
		return;
	}
	rewinddir(d);
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		ALLOC_GROW(names, n + 1, alloc);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	/* Directory order is the file system's: report in a stable one. */
	if (n)
		qsort(names, n, sizeof(*names), compare_names);
	for (i = 0; i < n; i++) {
		check_file_name(s, type, names[i], dl);
		free(names[i]);
	}
	free(names);
}

/* What check looks at in each record besides its schema (record_decode). */
struct record_checks {
	struct store *s;
	const struct record_set *producers;	/* read already */
	const struct record_set *products;	/* read already, for events */
	unsigned checks;
};

/* kind: unknown is data to find, not an error (an import kept it so). */
static void check_kind_known(const struct record *r, struct diag_list *dl)
{
	const struct node *n;

	if (r->type != RECORD_PRODUCER || r->u.producer.kind != KIND_UNKNOWN)
		return;
	n = key_node(r, "kind");
	diag_warn(dl, n->line ? r->path : NULL, n->line, n->col,
		  _("kind: unknown: what kind of producer '%s' is has not been found yet"),
		  r->u.producer.name);
	diag_hint(dl, _("ocop producer set %s kind=… (enterprise, cooperative, household, …)"),
		  r->u.producer.id);
}

static void check_record(const struct record *r, void *ctx,
			 struct diag_list *dl)
{
	const struct record_checks *c = ctx;

	if (c->checks & CHECK_RECORDS) {
		check_id_matches(r, dl);
		check_kind_known(r, dl);
	}
	if (c->checks & CHECK_RULES)
		rules_of(r, dl);
	/* `ocop check` alone lists the data to find, not every write. */
	if ((c->checks & CHECK_RULES) && r->valid && r->type == RECORD_PRODUCT)
		rating_notices(r, dl);
	if ((c->checks & CHECK_REFS) && r->type == RECORD_PRODUCT)
		check_product_refs(c->s, c->producers, r, dl);
	if ((c->checks & CHECK_REFS) && r->type == RECORD_EVENT)
		event_check_refs(c->s, c->producers, c->products, r, dl);
}

static void check_set(struct record_set *set, struct record_checks *c,
		      struct diag_list *dl)
{
	size_t i;

	for (i = 0; i < set->nr; i++)
		if (set->items[i].valid)
			check_record(&set->items[i], c, dl);
}

static int compare_by_tax_code(const void *a, const void *b)
{
	const struct record *ra = *(const struct record *const *)a;
	const struct record *rb = *(const struct record *const *)b;
	int c = strcmp(ra->u.producer.tax_code, rb->u.producer.tax_code);

	return c ? c : strcmp(ra->path, rb->path);
}

/* Two producers with one tax code are one producer entered twice. */
static void check_duplicate_producers(struct record_set *producers,
				      struct diag_list *dl)
{
	const struct record **by_code = xcalloc(producers->nr ? producers->nr : 1,
						sizeof(*by_code));
	const struct node *n;
	size_t i, nr = 0;

	for (i = 0; i < producers->nr; i++)
		if (producers->items[i].valid && producers->items[i].u.producer.tax_code)
			by_code[nr++] = &producers->items[i];
	qsort(by_code, nr, sizeof(*by_code), compare_by_tax_code);
	for (i = 1; i < nr; i++) {
		const struct producer *p = &by_code[i]->u.producer;
		const struct producer *q = &by_code[i - 1]->u.producer;

		if (strcmp(p->tax_code, q->tax_code))
			continue;
		n = key_node(by_code[i], "tax_code");
		diag_error(dl, by_code[i]->path, n->line, n->col,
			   _("tax code %s is also the tax code of '%s'"),
			   p->tax_code, q->id);
		diag_hint(dl, _("one producer entered twice? keep one and move its products"));
	}
	free(by_code);
}

size_t validate_store(struct store *s, unsigned checks, struct diag_list *dl)
{
	struct record_set producers, products, events;
	struct diag_list load = DIAG_LIST_INIT, product_problems = DIAG_LIST_INIT;
	struct diag_list event_problems = DIAG_LIST_INIT;
	struct record_checks c;
	struct record_check check;
	size_t before = diag_error_count(dl);

	store_read_office(s, dl);
	if (checks & CHECK_FILES) {
		check_files(s, RECORD_PRODUCER, dl);
		check_files(s, RECORD_PRODUCT, dl);
		check_files(s, RECORD_EVENT, dl);
	}
	if (!(checks & (CHECK_RECORDS | CHECK_REFS | CHECK_RULES)))
		return diag_error_count(dl) - before;
	/*
	 * Producers keep their trees, for the lines of duplicate tax codes;
	 * products, the most and the largest records, are checked by the
	 * reading threads and kept as views.  The problems come out in the
	 * same order: the reading's, then the producers', the products'.
	 */
	store_read_all(s, RECORD_PRODUCER, &producers, &load);
	c.s = s;
	c.producers = &producers;
	c.products = NULL;
	c.checks = checks;
	check.fn = check_record;
	check.ctx = &c;
	check.problems = &product_problems;
	check.view_clean = NULL;	/* its messages need the trees */
	store_read_checked(s, RECORD_PRODUCT, &products, &check, &load);
	c.products = &products;
	check.problems = &event_problems;
	store_read_checked(s, RECORD_EVENT, &events, &check, &load);
	diag_move(dl, &load);
	check_set(&producers, &c, dl);
	diag_move(dl, &product_problems);
	diag_move(dl, &event_problems);
	if (checks & CHECK_REFS)
		check_duplicate_producers(&producers, dl);
	record_set_release(&producers);
	record_set_release(&products);
	record_set_release(&events);
	return diag_error_count(dl) - before;
}
