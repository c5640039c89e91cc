/*
 * import.c — producers and products from a register (see import.h).
 *
 * A row source has cut the file into rows (import-csv.c).  Each row is
 * read as the officer meant it: the header says what each column holds
 * (import-columns.c); a row's cells are trimmed and checked where they
 * are, so that every refusal names its line and column; the records the
 * row makes or changes are built on copies of their trees
 * (import-producer.c, import-product.c) and checked by the one validator;
 * only a row whose records all pass is kept.  The store is written at the
 * end (import-txn.c), and only when no row was refused (or the caller
 * allowed a partial import).
 */
#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "import-int.h"
#include "ocop/rules-cells.h"
#include "ocop/readfile.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/validate.h"

/* Rows whose problems are printed; the rest are counted. */
#define ROWS_REPORTED 100

/* A value quoted in a message: printable, and cut when it is long. */
char *import_excerpt(const char *s)
{
	char *p = text_printable(s);
	size_t cut = text_fit(p, 60);

	if (p[cut]) {
		char *q = xasprintf("%.*s…", (int)cut, p);

		free(p);
		return q;
	}
	return p;
}

/* The row's producer name as a match key: folded once for the row. */
const char *import_row_pkey(struct row *rw)
{
	if (!rw->pkey && V(rw, C_PRODUCER))
		rw->pkey = cell_producer_key(V(rw, C_PRODUCER));
	return rw->pkey;
}

static void row_msg(struct row *rw, enum diag_severity sev, enum col_field f,
		    int g, const char *fmt, va_list ap)
{
	struct importer *im = rw->im;
	int col = f < C_COUNT && g < GROUPS ? im->where[f][g] : 0;
	struct strbuf msg = STRBUF_INIT;

	if (rw->muted) {	/* only that it said something counts */
		diag_add(im->dl, sev, EXIT_REFUSED, im->name, rw->src->line,
			 (unsigned)col, "%s", "");
		if (sev == DIAG_ERROR)
			rw->refused = true;
		return;
	}
	if (col)
		strbuf_addf(&msg, "%s: ", im->cols[col - 1].title);
	strbuf_vaddf(&msg, fmt, ap);
	diag_add(im->dl, sev, EXIT_REFUSED, im->name, rw->src->line,
		 (unsigned)col, "%s", msg.buf);
	strbuf_release(&msg);
	if (sev == DIAG_ERROR)
		rw->refused = true;
}

int import_row_error(struct row *rw, enum col_field f, int g, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	row_msg(rw, DIAG_ERROR, f, g, fmt, ap);
	va_end(ap);
	return -1;
}

void import_row_warn(struct row *rw, enum col_field f, int g, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	row_msg(rw, DIAG_WARNING, f, g, fmt, ap);
	va_end(ap);
}

/*
 * Report the validator's findings on a record a row built at the row, in
 * the column the key came from (the name's when none did).  Returns -1
 * when there was an error.
 */
int import_relocate(struct row *rw, struct record *r, struct diag_list *found,
		    int group)
{
	struct importer *im = rw->im;
	enum col_field fallback = r->type == RECORD_PRODUCT ? C_NAME : C_PRODUCER;
	int ret = 0;
	size_t i;

	for (i = 0; i < found->nr; i++) {
		const struct diag *d = &found->items[i];
		const char *key = record_message_key(r->type, d->message);
		enum col_field f = col_of_key(r->type, key);
		int g = per_group(f) ? group : 0;
		int col;

		if (f == C_ADDRESS && !im->where[C_ADDRESS][0])
			f = C_COMMUNE;
		if (f == C_NONE || !im->where[f][g]) {
			f = fallback;
			g = 0;
		}
		col = im->where[f][g];
		diag_add(im->dl, d->severity, d->status, im->name, rw->src->line,
			 (unsigned)col, "%s%s", r->type == RECORD_PRODUCER &&
			 im->kind == IMPORT_PRODUCTS ? _("producer: ") : "", d->message);
		if (d->hint)
			diag_hint(im->dl, "%s", d->hint);
		if (d->severity == DIAG_ERROR)
			ret = -1;
	}
	diag_list_release(found);
	if (ret)
		rw->refused = true;
	return ret;
}

/* Check a record a row built, as `ocop check` would; report at the row. */
int import_check_record(struct row *rw, struct record *r, int group)
{
	struct diag_list found = DIAG_LIST_INIT;

	record_canonicalize(r);
	validate_record(NULL, r, &found);
	return import_relocate(rw, r, &found, group);
}

/* The length of the run at p of bytes clean_value keeps as they are: up
 * to a space, a tab, a line break, a no-break space or the end. */
static size_t word_len(const char *p)
{
	size_t n;

	for (n = 0;; n++)
		switch (p[n]) {
		case '\0': case ' ': case '\t': case '\r': case '\n':
			return n;
		case '\xc2':
			if (p[n + 1] == '\xa0')
				return n;
			break;
		default:
			break;
		}
}

/*
 * A cell's value: trimmed, NULL when empty.  One-line fields take a cell
 * that Excel wrapped (Alt+Enter) as one line, runs of white space made one
 * space; notes keep their lines, with LF line ends.
 */
static char *clean_value(const char *raw, bool lines)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p;
	bool space = false;
	size_t n;

	strbuf_grow(&sb, strlen(raw));
	for (p = raw; *p; p++) {
		bool nbsp = (unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0;
		char c = *p;

		if (lines && (c == '\r' || c == '\n')) {
			if (c == '\r' && p[1] == '\n')
				p++;
			while (sb.len && sb.buf[sb.len - 1] == ' ')
				strbuf_setlen(&sb, sb.len - 1);
			strbuf_addch(&sb, '\n');
			space = false;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || nbsp) {
			p += nbsp;
			space = true;
			continue;
		}
		if (space && sb.len && sb.buf[sb.len - 1] != '\n')
			strbuf_addch(&sb, ' ');
		space = false;
		n = word_len(p);
		strbuf_add(&sb, p, n);
		p += n - 1;
	}
	while (sb.len && (sb.buf[sb.len - 1] == '\n' || sb.buf[sb.len - 1] == ' '))
		strbuf_setlen(&sb, sb.len - 1);
	p = sb.buf;
	while (*p == '\n')
		p++;
	if (!*p) {
		strbuf_release(&sb);
		return NULL;
	}
	if (p != sb.buf) {
		char *v = xstrdup(p);

		strbuf_release(&sb);
		return v;
	}
	return strbuf_detach(&sb, NULL);
}

static bool is_number(const char *s)
{
	size_t n = strspn(s, "0123456789");

	return n && (!s[n] || (s[n] == '.' && !s[n + 1]));
}

/* Does the row repeat the header (two exports joined)? */
static bool repeats_header(const struct importer *im, const struct import_row *r)
{
	const struct import_row *h = &im->table->rows[im->header];
	size_t j;
	bool same = true;

	if (r->ncells != h->ncells)
		return false;
	for (j = 0; same && j < r->ncells; j++) {
		char *key = cell_key(r->cells[j]);

		same = !strcmp(key, im->hkeys[j]);
		free(key);
	}
	return same;
}

static void free_values(struct row *rw)
{
	int f, g;

	for (f = 0; f < C_COUNT; f++)
		for (g = 0; g < GROUPS; g++)
			free(rw->v[f][g]);
	free(rw->pkey);
}

/*
 * A numbered group row ("I. THỰC PHẨM", the row's only cell): its words,
 * when they name a category, give the category of the new products under
 * it that have none.  true when it is one.
 */
static bool group_row(struct row *rw, const char *cell)
{
	struct importer *im = rw->im;
	char *text = clean_value(cell, false);
	const char *words = text ? cell_group_words(text) : NULL;
	enum ocop_category cat;
	int set;
	bool yes = words && !cell_category(words, &cat, &set, NULL);

	if (yes) {
		free(im->group_category);
		im->group_category = xstrdup(words);
		import_row_warn(rw, C_NONE, 0, _("'%s': a group row; the new products under it without a category are %s"),
				text, rules_category(cat)->slug);
	}
	free(text);
	return yes;
}

/*
 * The row's cells as values, by column.  Returns 1 for a row to skip
 * (empty, a heading, a total, the header again), 0, or -1 (refused).
 */
static int row_values(struct row *rw)
{
	struct importer *im = rw->im;
	const struct import_row *r = rw->src;
	bool any = false;
	size_t j, nonempty = 0, only = 0;
	char *v;

	for (j = 0; j < r->ncells; j++) {
		const struct column *c = j < im->ncols ? &im->cols[j] : NULL;
		char *val = clean_value(r->cells[j], c && col_is_text(c->f));

		if (!val)
			continue;
		any = true;
		nonempty++;
		only = j;
		if (!c) {
			free(val);
			v = import_excerpt(r->cells[j]);
			diag_error(im->dl, im->name, r->line, (unsigned)j + 1,
				   _("a cell past the last column of the header ('%s'): the row has %zu cells, the header %zu"),
				   v, r->ncells, im->ncols);
			free(v);
			rw->refused = true;
			return -1;
		}
		if (c->unnamed) {
			free(val);
			diag_error(im->dl, im->name, r->line, (unsigned)j + 1,
				   _("a value under a column with no name"));
			diag_hint(im->dl, _("name the column in the header, or empty it"));
			rw->refused = true;
			return -1;
		}
		if (c->f == C_SKIP || c->f == C_NONE || rw->v[c->f][c->group]) {
			free(val);
			continue;
		}
		rw->v[c->f][c->group] = val;
	}
	if (!any)
		return 1;
	if (nonempty == 1 && group_row(rw, r->cells[only]))
		return 1;
	if (repeats_header(im, r)) {
		import_row_warn(rw, C_NONE, 0, _("the header again: the row is skipped"));
		return 1;
	}
	if (V(rw, C_SEQ) && !is_number(V(rw, C_SEQ))) {
		v = import_excerpt(V(rw, C_SEQ));
		import_row_warn(rw, C_SEQ, 0, _("'%s' is not a row number: a heading or a total, skipped"), v);
		free(v);
		return 1;
	}
	return 0;
}

static int usage_problem(struct importer *im, const char *fmt, const char *v)
{
	diag_add(im->dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0, fmt, v);
	return -1;
}

/* "ROW" of --new, "ROW=ID" of --match: the row's line; 0 when not one. */
static unsigned row_number(const char *text, const char **rest)
{
	char *end;
	unsigned long n = strtoul(text, &end, 10);

	if (end == text || n == 0 || n > UINT32_MAX || (*end && *end != '=') ||
	    (*end == '=') != (rest != NULL))
		return 0;
	if (rest)
		*rest = end + 1;
	return (unsigned)n;
}

/* --kind, --category, --match and --new, read once: 0, or -1 (usage). */
static int read_defaults(struct importer *im)
{
	const struct import_options *o = im->o;
	const char *suggestion = NULL, *id;
	enum producer_kind kind;
	enum ocop_category cat;
	int set, ret = 0;
	size_t i;

	if (o->default_kind) {
		if (cell_kind(o->default_kind, &kind, &suggestion))
			ret = usage_problem(im, _("--kind: unknown kind of producer '%s'"),
					    o->default_kind);
		else
			im->default_kind = rules_kind(kind)->slug;
	}
	if (o->default_category &&
	    cell_category(o->default_category, &cat, &set, &suggestion))
		ret = usage_problem(im, _("--category: unknown category '%s'"),
				    o->default_category);
	for (i = 0; i < o->nmatches; i++)
		if (!row_number(o->matches[i], &id) || !*id)
			ret = usage_problem(im, _("--match: '%s' is not ROW=ID"),
					    o->matches[i]);
	for (i = 0; i < o->nnews; i++)
		if (!row_number(o->news[i], NULL))
			ret = usage_problem(im, _("--new: '%s' is not a row's line number"),
					    o->news[i]);
	return ret;
}

/*
 * What --match and --new say of the row: the product it is (whose
 * producer it then names, its own producer cells left aside), or that it
 * is a new one.  -1 when --match names no product.
 */
static int row_choices(struct row *rw)
{
	struct importer *im = rw->im;
	const struct import_options *o = im->o;
	const char *id;
	size_t i, k;
	int f;

	rw->match = NONE;
	for (i = 0; i < o->nnews; i++)
		if (row_number(o->news[i], NULL) == rw->src->line)
			rw->is_new = true;
	for (i = 0; i < o->nmatches; i++) {
		if (row_number(o->matches[i], &id) != rw->src->line)
			continue;
		if (!smap_get(&im->tx.by_iid, id, &k) || k == AMBIGUOUS)
			return import_row_error(rw, C_NAME, 0, _("--match: no product '%s'"), id);
		rw->match = k;
		for (f = C_PRODUCER_FIRST; f <= C_PRODUCER_LAST; f++) {
			free(rw->v[f][0]);
			rw->v[f][0] = NULL;
		}
		V(rw, C_PRODUCER) = xstrdup(txn_entry_str(&im->tx.item[k], "producer"));
		free(rw->pkey);
		rw->pkey = NULL;
	}
	return 0;
}

/*
 * Does the row's address name another province than ocop.yaml's?  It is
 * said either way; true when --only-area skips it.
 */
static bool outside_area(struct row *rw)
{
	struct importer *im = rw->im;
	const char *addr = V(rw, C_ADDRESS), *there;
	char *v;

	if (!im->home || !addr || !(there = import_address_province(addr)) ||
	    !strcmp(there, im->home))
		return false;
	/* Most rows of a national register are of other provinces. */
	v = rw->muted ? xstrdup("") : import_excerpt(addr);
	if (im->o->only_area) {
		import_row_warn(rw, C_ADDRESS, 0, _("'%s' is in %s, not in %s (ocop.yaml's province): skipped (--only-area)"),
				v, there, im->home);
	} else {
		import_row_warn(rw, C_ADDRESS, 0, _("'%s' is in %s, not in %s (ocop.yaml's province): imported"),
				v, there, im->home);
		diag_hint(im->dl, _("check the address; --only-area imports only the rows of %s"),
			  im->home);
	}
	free(v);
	return im->o->only_area;
}

static void import_one_row(struct importer *im, const struct import_row *src)
{
	struct row rw;
	struct pending pp = PENDING_INIT, ip = PENDING_INIT;
	struct entry *pe;
	size_t i;
	int skip;

	memset(&rw, 0, sizeof(rw));
	rw.im = im;
	rw.src = src;
	rw.muted = im->noisy >= ROWS_REPORTED;
	skip = row_values(&rw);
	if (skip > 0) {
		im->res->skipped++;
		free_values(&rw);
		return;
	}
	if (!skip && im->kind == IMPORT_PRODUCTS && !V(&rw, C_NAME))
		import_row_error(&rw, C_NAME, 0, _("the product's name is empty"));
	if (!rw.refused && im->kind == IMPORT_PRODUCTS)
		row_choices(&rw);
	if (!rw.refused && im->kind == IMPORT_PRODUCERS && !V(&rw, C_PRODUCER) &&
	    !V(&rw, C_TAX_CODE))
		import_row_error(&rw, C_PRODUCER, 0, _("the producer's name is empty"));
	if (!rw.refused && !import_producer_values(&rw) && outside_area(&rw)) {
		im->res->outside++;
		free_values(&rw);
		return;
	}
	if (!rw.refused && !import_row_producer(&rw, &pp) &&
	    im->kind == IMPORT_PRODUCERS && pp.idx != NONE && im->tx.prod[pp.idx].claimed)
		import_row_error(&rw, C_PRODUCER, 0, _("the same producer as on line %u"),
			  im->tx.prod[pp.idx].claimed);
	if (!rw.refused && im->kind == IMPORT_PRODUCTS) {
		const char *pid = pp.fresh ? node_get_str(pp.fresh->doc.root, "id") :
				  txn_entry_str(&im->tx.prod[pp.idx], "id");

		import_row_product(&rw, pid, &ip);
	}
	if (rw.refused) {
		txn_undo(im->tx.item, &ip);
		txn_undo(im->tx.prod, &pp);
		im->res->rows.refused++;
		im->refused++;
		free_values(&rw);
		return;
	}
	i = import_commit_producer(&rw, &pp);	/* may move im->tx.prod */
	pe = &im->tx.prod[i];
	if (im->kind == IMPORT_PRODUCTS) {
		import_commit_product(&rw, &ip);
	} else {
		pe->claimed = src->line;
		if (pe->is_new) {
			im->res->rows.added++;
			txn_note_change(im->res, pe, src->line);
		} else if (txn_entry_changed(pe)) {
			im->res->rows.changed++;
			txn_note_change(im->res, pe, src->line);
		} else {
			im->res->rows.unchanged++;
		}
	}
	free_values(&rw);
}

/* One row; its messages are kept for the first ROWS_REPORTED rows that have any. */
static void import_row(struct importer *im, const struct import_row *src)
{
	struct diag_list *all = im->dl, mine = DIAG_LIST_INIT;

	im->dl = &mine;
	import_one_row(im, src);
	im->dl = all;
	if (!mine.nr)
		return;
	if (++im->noisy <= ROWS_REPORTED)
		diag_move(all, &mine);
	else
		diag_list_release(&mine);
}

static int compare_changes(const void *a, const void *b)
{
	const struct import_change *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	/* the producer a row makes comes before its product */
	return (x->type == RECORD_PRODUCT) - (y->type == RECORD_PRODUCT);
}

static void importer_release(struct importer *im)
{
	size_t i;

	txn_release(&im->tx);
	for (i = 0; i < im->ncols; i++)
		free(im->cols[i].title);
	free(im->cols);
	for (i = 0; i <= C_PRODUCER_LAST; i++)
		free(im->prev[i]);
	free(im->prev_pkey);
	for (i = 0; im->hkeys && i < im->table->rows[im->header].ncells; i++)
		free(im->hkeys[i]);
	free(im->hkeys);
	free(im->base);
	free(im->group_category);
}

/* Is the row's cell under column f (of the first group) empty? */
static bool blank_under(const struct importer *im, const struct import_row *r,
			enum col_field f)
{
	int col = im->where[f][0];
	const char *p;

	if (!col || (size_t)col > r->ncells)
		return true;
	for (p = r->cells[col - 1]; *p; p++)
		if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
			return false;
	return true;
}

/*
 * Where the rows at the end that name no record and have no TT begin: a
 * total, a signature, a summary ("Tổng cộng: 25 sản phẩm" in a column of
 * its own).  A row like them between two records is still refused.
 */
static size_t summary_rows(const struct importer *im)
{
	const struct import_table *t = im->table;
	enum col_field name = im->kind == IMPORT_PRODUCTS ? C_NAME : C_PRODUCER;
	size_t i = t->nrows;

	while (i > im->header + 1 && blank_under(im, &t->rows[i - 1], name) &&
	       blank_under(im, &t->rows[i - 1], C_SEQ))
		i--;
	return i;
}

static void skip_summary(struct importer *im, const struct import_row *r)
{
	size_t j;

	im->res->skipped++;
	for (j = 0; j < r->ncells; j++) {
		char *v = clean_value(r->cells[j], false);
		bool any = v != NULL;

		free(v);
		if (any) {
			diag_warn(im->dl, im->name, r->line, 0,
				  _("a row at the end that names no %s and has no TT: a total or a summary, skipped"),
				  im->kind == IMPORT_PRODUCTS ? _("product") : _("producer"));
			return;
		}
	}
}

/*
 * The register's title: the text of the rows above its header, each cell
 * once (a title merged across the columns), joined by " — ".  NULL when
 * they are empty.
 */
static char *register_title(const struct import_table *t, size_t header)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i, j;

	for (i = 0; i < header; i++)
		for (j = 0; j < t->rows[i].ncells; j++) {
			char *v = clean_value(t->rows[i].cells[j], false);

			if (v && (!j || strcmp(t->rows[i].cells[j], t->rows[i].cells[j - 1])))
				strbuf_addf(&sb, "%s%s", sb.len ? " — " : "", v);
			free(v);
		}
	if (!sb.len) {
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb, NULL);
}

int import_rows(struct store *s, const struct import_table *t,
		const char *name, const struct import_options *o,
		struct import_result *res, struct diag_list *dl)
{
	struct importer im;
	const char *slash = strrchr(name, '/');
	size_t i, rows, tail;
	int ret = -1;

	memset(res, 0, sizeof(*res));
	memset(&im, 0, sizeof(im));
	im.s = s;
	im.o = o;
	im.kind = o->kind;
	im.name = name;
	im.base = xstrdup(slash ? slash + 1 : name);
	im.dl = dl;
	im.res = res;
	im.table = t;
	im.tx.s = s;
	im.today = date_today();
	im.province = s->office.valid ? s->office.u.office.province : NULL;
	im.home = im.province ? import_province_now(im.province) : NULL;
	if (!t->nrows) {
		diag_error(dl, name, 0, 0, _("the file holds no rows"));
		diag_hint(dl, _("a register has a header row, then one row per %s"),
			  o->kind == IMPORT_PRODUCTS ? _("product") : _("producer"));
		goto out;
	}
	if (read_defaults(&im) || import_map_columns(&im) || txn_load(&im.tx, dl))
		goto out;
	/* A row adds a product at most: its entries, at their size. */
	ALLOC_GROW(im.tx.item, im.tx.nitem + t->nrows, im.tx.aitem);
	if (im.header) {
		diag_warn(dl, name, t->rows[0].line, 0,
			  _("%zu row(s) above the header skipped (a title?)"), im.header);
		res->title = register_title(t, im.header);
	}
	rows = t->nrows - im.header - 1;
	if (!rows) {
		diag_warn(dl, name, t->rows[im.header].line, 0,
			  _("the file holds a header and no rows: nothing to import"));
		ret = 0;
		goto out;
	}
	/* Every row is compared with the header (two exports joined). */
	im.hkeys = xcalloc(t->rows[im.header].ncells, sizeof(*im.hkeys));
	for (i = 0; i < t->rows[im.header].ncells; i++)
		im.hkeys[i] = cell_key(t->rows[im.header].cells[i]);
	tail = summary_rows(&im);
	txn_begin(&im.tx, tail - im.header - 1);
	for (i = im.header + 1; i < tail; i++)
		import_row(&im, &t->rows[i]);
	/* Every new record's text in its entry before anything reads one. */
	txn_emit_drain(&im.tx);
	for (; i < t->nrows; i++)
		skip_summary(&im, &t->rows[i]);
	if (im.noisy > ROWS_REPORTED)
		diag_warn(dl, name, 0, 0, _("%zu more rows had problems, not shown"),
			  im.noisy - ROWS_REPORTED);
	if (o->kind == IMPORT_PRODUCTS)
		txn_tally_producers(&im.tx, res);
	if (res->nchanges)
		qsort(res->changes, res->nchanges, sizeof(*res->changes),
		      compare_changes);
	if (im.refused && !o->partial) {
		diag_error(dl, name, 0, 0, _("nothing was imported: %zu of %zu rows refused"),
			   im.refused, rows - res->skipped - res->outside);
		diag_hint(dl, _("fix them and import again, or pass --partial to import the others"));
		goto out;
	}
	if (im.tx.failed) {
		diag_move(dl, &im.tx.failures);
		goto out;
	}
	ret = 0;
	if (!s->dry_run && txn_write(&im.tx, res, dl))
		ret = -1;
	if (im.refused)
		ret = -1;
out:
	importer_release(&im);
	return ret;
}

/* The register's rows, read from buf by the source its name or bytes
 * say (o->source when given); the rows own copies of their cells. */
static int read_register(const char *buf, size_t len, const char *name,
			 const struct import_options *o,
			 struct import_table *t, struct diag_list *dl)
{
	const struct import_source *src = o->source ? o->source :
					  import_source_for(name, buf, len);

	memset(t, 0, sizeof(*t));
	if (o->sheet && src != &import_source_xlsx) {
		diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
			 _("--sheet: '%s' is not a workbook (.xlsx)"), name);
		return -1;
	}
	return src->read(buf, len, name, o, t, dl);
}

int import_buffer(struct store *s, const char *buf, size_t len,
		  const char *name, const struct import_options *o,
		  struct import_result *res, struct diag_list *dl)
{
	struct import_table t;
	int ret;

	memset(res, 0, sizeof(*res));
	ret = read_register(buf, len, name, o, &t, dl);
	if (!ret)
		ret = import_rows(s, &t, name, o, res, dl);
	import_table_release(&t);
	return ret;
}

int import_file(struct store *s, const char *path,
		const struct import_options *o, struct import_result *res,
		struct diag_list *dl)
{
	struct strbuf buf = STRBUF_INIT;
	const char *shown = !strcmp(path, "-") ? "<stdin>" : path;
	struct import_table t;
	int ret;

	memset(res, 0, sizeof(*res));
	memset(&t, 0, sizeof(t));
	ret = read_file_bounded(path, shown, IMPORT_MAX_BYTES, &buf, dl);
	if (!ret)
		ret = read_register(buf.buf, buf.len, shown, o, &t, dl);
	/* The file's bytes go before the records come (the memory bound). */
	strbuf_release(&buf);
	if (!ret)
		ret = import_rows(s, &t, shown, o, res, dl);
	import_table_release(&t);
	return ret;
}

void import_result_release(struct import_result *res)
{
	size_t i;

	for (i = 0; i < res->nchanges; i++) {
		free(res->changes[i].id);
		free(res->changes[i].name);
		free(res->changes[i].keys);
	}
	free(res->changes);
	free(res->title);
	memset(res, 0, sizeof(*res));
}
