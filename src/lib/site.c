/*
 * site.c — the public catalogue's pages (see site.h); site-dir.c makes
 * the directory they go in.
 *
 * A page is named by its language and its path in that language's tree
 * ("index.html", "category/food.html", "ID.html"); links between pages
 * are relative, so the catalogue works from any address or from a disk.
 */
#include <stdlib.h>
#include <string.h>

#include "lib/site-int.h"
#include "ocop/derived.h"
#include "ocop/label.h"
#include "ocop/output.h"
#include "ocop/rules.h"
#include "ocop/site.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

enum lang { VI, EN, LANGS };

/* The words of the pages, in Vietnamese and English. */
enum word {
	W_TITLE, W_ALL, W_CATEGORY, W_STARS, W_N_STARS, W_PRODUCT, W_PRODUCER,
	W_ADDRESS, W_SET, W_DECISION, W_AUTHORITY, W_DATE, W_EXPIRES, W_STATUS,
	W_NONE_LISTED, W_QR, W_BACK, W_SWITCH, W_BARCODE, W_TRADEMARK,
	W_TRACEABILITY, W_QUALITY, W_FOOD_SAFETY, W_PROMOTION, W_YES, W_NO,
	W_CERTIFIED, W_EXPIRING, W_EXPIRED, W_REVOKED, W_FAIR, W_ECOMMERCE,
	W_SHOP, W_MEDIA, W_OTHER, W_COUNT_LISTED, W_WORDS
};

static const char *const words[W_WORDS][LANGS] = {
	[W_TITLE] = { "Sản phẩm OCOP", "OCOP products" },
	[W_ALL] = { "Tất cả", "All" },
	[W_CATEGORY] = { "Ngành hàng", "Category" },
	[W_STARS] = { "Hạng sao", "Stars" },
	[W_N_STARS] = { "%d sao", "%d stars" },
	[W_PRODUCT] = { "Sản phẩm", "Product" },
	[W_PRODUCER] = { "Chủ thể", "Producer" },
	[W_ADDRESS] = { "Địa chỉ", "Address" },
	[W_SET] = { "Bộ sản phẩm", "Product set" },
	[W_DECISION] = { "Quyết định công nhận", "Decision" },
	[W_AUTHORITY] = { "Cơ quan công nhận", "Recognised by" },
	[W_DATE] = { "Ngày công nhận", "Recognised on" },
	[W_EXPIRES] = { "Hiệu lực đến", "Valid until" },
	[W_STATUS] = { "Tình trạng", "Status" },
	[W_NONE_LISTED] = { "Không có sản phẩm nào.", "No product." },
	[W_QR] = { "Mã QR của sản phẩm", "The product's QR code" },
	[W_BACK] = { "Danh sách sản phẩm", "All products" },
	[W_SWITCH] = { "English", "Tiếng Việt" },
	[W_BARCODE] = { "Mã vạch (GTIN)", "Barcode (GTIN)" },
	[W_TRADEMARK] = { "Nhãn hiệu", "Trademark" },
	[W_TRACEABILITY] = { "Tem truy xuất nguồn gốc", "Traceability stamp" },
	[W_QUALITY] = { "Công bố chất lượng", "Quality declared" },
	[W_FOOD_SAFETY] = { "Chứng nhận an toàn thực phẩm", "Food safety certificate" },
	[W_PROMOTION] = { "Xúc tiến thương mại", "Promotion" },
	[W_YES] = { "có", "yes" },
	[W_NO] = { "không", "no" },
	[W_CERTIFIED] = { "còn hiệu lực", "in force" },
	[W_EXPIRING] = { "còn hiệu lực, sắp hết hạn", "in force, ending soon" },
	[W_EXPIRED] = { "đã hết hạn", "ended" },
	[W_REVOKED] = { "đã bị thu hồi", "revoked" },
	[W_FAIR] = { "hội chợ", "fair" },
	[W_ECOMMERCE] = { "thương mại điện tử", "e-commerce" },
	[W_SHOP] = { "cửa hàng", "shop" },
	[W_MEDIA] = { "truyền thông", "media" },
	[W_OTHER] = { "khác", "other" },
	[W_COUNT_LISTED] = { "%zu sản phẩm", "%zu products" },
};

#define W(l, w) (words[w][l])

static const char *const lang_code[LANGS] = { "vi", "en" };

/* A product the catalogue shows, with what the pages need of it. */
struct site_item {
	const struct dataset_entry *e;
	const struct product *p;
	const struct producer *producer;
	const struct office *office;
	struct product_derived st;
	bool listed;		/* certified today: on the index */
	char *key;		/* Vietnamese collation key of the name */
	char *qr_text;		/* NULL: no QR (no GTIN, no address) */
};

struct site {
	const struct dataset *ds;
	const char *tmp;	/* DIR.tmp */
	struct site_item *items;
	size_t n;
	struct diag_list *dl;
};

static int cmp_item(const void *a, const void *b)
{
	const struct site_item *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c ? c : strcmp(x->p->id, y->p->id);
}

/* --- page frame ---------------------------------------------------------------- */

static const char style[] =
	"body{font-family:\"DejaVu Sans\",Arial,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#111;line-height:1.4}\n"
	"a{color:#0b4f8a}nav{margin:.5rem 0}nav a,nav strong{margin-right:.8rem;white-space:nowrap}\n"
	"table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #bbb;text-align:left;padding:.3rem .4rem;vertical-align:top}\n"
	".stars{color:#9a6b00;letter-spacing:.1em}.lang{float:right}.qr svg{width:40mm;height:40mm}.qr p{font-size:.8rem;word-break:break-all}\n"
	"@media print{nav,.lang{display:none}body{max-width:none;margin:0}a{color:inherit;text-decoration:none}}\n";

/* "../" for each directory of rel. */
static void up_of(const char *rel, struct strbuf *up)
{
	strbuf_reset(up);
	for (; *rel; rel++)
		if (*rel == '/')
			strbuf_addstr(up, "../");
}

static void page_open(FILE *f, enum lang l, const char *rel, const char *title)
{
	struct strbuf up = STRBUF_INIT;

	up_of(rel, &up);
	fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
		lang_code[l]);
	html_escape(f, title);
	fprintf(f, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", style);
	fprintf(f, "<p class=\"lang\"><a href=\"%s%s%s\" hreflang=\"%s\">%s</a></p>\n",
		up.buf, l == VI ? "en/" : "../", rel, lang_code[!l], W(l, W_SWITCH));
	strbuf_release(&up);
}

static void page_close(FILE *f)
{
	fputs("</body>\n</html>\n", f);
}

static void put_stars(FILE *f, enum lang l, int stars)
{
	int i;

	fputs("<span class=\"stars\">", f);
	for (i = 0; i < stars; i++)
		fputs("★", f);
	fputs("</span> ", f);
	fprintf(f, W(l, W_N_STARS), stars);
}

static void put_date(FILE *f, enum lang l, const struct ocop_date *d)
{
	char buf[DATE_ISO_MAX];

	if (l == EN)
		date_format_iso(d, buf);
	else
		date_format_vi(d, buf);
	fputs(buf, f);
}

static const char *category_name(enum lang l, enum ocop_category c)
{
	const struct category_info *ci = rules_category(c);

	return ci ? (l == EN ? ci->name_en : ci->name_vi) : "";
}

/* --- the index and its filtered copies ------------------------------------------------ */

/* The filter a list page shows: every certified product, a category's, a star's. */
struct filter {
	const char *rel;		/* "index.html", "category/food.html", "stars/3.html" */
	enum ocop_category category;	/* CATEGORY_NONE: any */
	int stars;			/* 0: any */
};

static bool passes(const struct site_item *it, const struct filter *fl)
{
	return it->listed && (!fl->category || it->p->category == fl->category) &&
	       (!fl->stars || it->st.stars == fl->stars);
}

static void put_filter_link(FILE *f, const char *up, const char *target,
			    const char *here, const char *text, size_t count)
{
	if (!strcmp(target, here)) {
		fputs("<strong>", f);
		html_escape(f, text);
		fprintf(f, " (%zu)</strong>\n", count);
		return;
	}
	fprintf(f, "<a href=\"%s%s\">", up, target);
	html_escape(f, text);
	fprintf(f, " (%zu)</a>\n", count);
}

static size_t count_passing(const struct site *s, const struct filter *fl)
{
	size_t i, n = 0;

	for (i = 0; i < s->n; i++)
		n += passes(&s->items[i], fl);
	return n;
}

static void put_filters(FILE *f, const struct site *s, enum lang l, const char *here,
			const char *up)
{
	struct filter fl = { 0 };
	char target[64], label[64];
	int c;

	fputs("<nav>\n", f);
	put_filter_link(f, up, "index.html", here, W(l, W_ALL), count_passing(s, &fl));
	fputs("</nav>\n<nav>", f);
	html_escape(f, W(l, W_CATEGORY));
	fputs(":\n", f);
	for (c = 1; c <= CATEGORY_COUNT; c++) {
		fl.category = (enum ocop_category)c;
		snprintf(target, sizeof(target), "category/%s.html", rules_category(fl.category)->slug);
		put_filter_link(f, up, target, here, category_name(l, fl.category), count_passing(s, &fl));
	}
	fl.category = CATEGORY_NONE;
	fputs("</nav>\n<nav>", f);
	html_escape(f, W(l, W_STARS));
	fputs(":\n", f);
	for (c = 3; c <= 5; c++) {
		fl.stars = c;
		snprintf(target, sizeof(target), "stars/%d.html", c);
		snprintf(label, sizeof(label), W(l, W_N_STARS), c);
		put_filter_link(f, up, target, here, label, count_passing(s, &fl));
	}
	fputs("</nav>\n", f);
}

/*
 * The place a catalogue speaks for, after its title: the ward and its
 * province for one ward; the province for a province directory or for
 * wards of one province; nothing for wards of several provinces.
 */
static void add_place(struct strbuf *title, const struct dataset *ds)
{
	const struct office *o = dataset_issuer(ds), *other;
	const char *province = o ? o->province : NULL;
	size_t i;

	if (!o)
		return;
	if (ds->ndirs == 1 && !ds->in_province && o->ward) {
		strbuf_addf(title, " — %s%s%s", o->ward, province ? ", " : "",
			    province ? province : "");
		return;
	}
	for (i = 0; !ds->in_province && province && i < ds->ndirs; i++) {
		other = dataset_office(ds, i);
		if (!other || !other->province || strcmp(other->province, province))
			province = NULL;
	}
	if (province)
		strbuf_addf(title, " — %s", province);
}

static void put_list_page(FILE *f, const struct site *s, enum lang l,
			  const struct filter *fl)
{
	struct strbuf title = STRBUF_INIT, up = STRBUF_INIT;
	size_t i, n = count_passing(s, fl);

	strbuf_addstr(&title, W(l, W_TITLE));
	add_place(&title, s->ds);
	up_of(fl->rel, &up);
	page_open(f, l, fl->rel, title.buf);
	fputs("<h1>", f);
	html_escape(f, title.buf);
	fputs("</h1>\n", f);
	put_filters(f, s, l, fl->rel, up.buf);
	fputs("<p>", f);
	fprintf(f, W(l, W_COUNT_LISTED), n);
	fputs("</p>\n", f);
	if (!n) {
		fprintf(f, "<p>%s</p>\n", W(l, W_NONE_LISTED));
	} else {
		fprintf(f, "<table>\n<thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead>\n<tbody>\n",
			W(l, W_PRODUCT), W(l, W_PRODUCER), W(l, W_CATEGORY), W(l, W_STARS), W(l, W_EXPIRES));
		for (i = 0; i < s->n; i++) {
			const struct site_item *it = &s->items[i];

			if (!passes(it, fl))
				continue;
			fprintf(f, "<tr><td><a href=\"%s%s.html\">", up.buf, it->p->id);
			html_escape(f, it->p->name);
			fputs("</a></td><td>", f);
			html_escape(f, it->producer ? it->producer->name : "");
			fputs("</td><td>", f);
			html_escape(f, category_name(l, it->p->category));
			fputs("</td><td>", f);
			put_stars(f, l, it->st.stars);
			fputs("</td><td>", f);
			if (it->st.has_expires)
				put_date(f, l, &it->st.expires);
			fputs("</td></tr>\n", f);
		}
		fputs("</tbody>\n</table>\n", f);
	}
	page_close(f);
	strbuf_release(&title);
	strbuf_release(&up);
}

/* --- a product's page ------------------------------------------------------------------- */

static void row_open(FILE *f, enum lang l, enum word w)
{
	fprintf(f, "<tr><th scope=\"row\">%s</th><td>", W(l, w));
}

static void text_row(FILE *f, enum lang l, enum word w, const char *value)
{
	if (!value)
		return;
	row_open(f, l, w);
	html_escape(f, value);
	fputs("</td></tr>\n", f);
}

static void bool_row(FILE *f, enum lang l, enum word w, int value)
{
	if (value < 0)
		return;
	row_open(f, l, w);
	fputs(W(l, value ? W_YES : W_NO), f);
	fputs("</td></tr>\n", f);
}

static enum word status_word(enum product_status st)
{
	switch (st) {
	case STATUS_CERTIFIED:
		return W_CERTIFIED;
	case STATUS_EXPIRING:
		return W_EXPIRING;
	case STATUS_REVOKED:
		return W_REVOKED;
	default:
		return W_EXPIRED;
	}
}

static enum word promotion_word(const char *kind)
{
	static const char *const kinds[] = { "fair", "ecommerce", "shop", "media" };
	size_t i;

	for (i = 0; kind && i < ARRAY_SIZE(kinds); i++)
		if (!strcmp(kind, kinds[i]))
			return (enum word)(W_FAIR + i);
	return W_OTHER;
}

/* What ocop.yaml's site_fields chooses to publish, and only that. */
static void published_rows(FILE *f, enum lang l, const struct site_item *it)
{
	unsigned chosen = it->office ? it->office->site_fields : 0;
	const struct readiness *r = &it->p->readiness;
	size_t i;

	if (chosen & SITE_BARCODE)
		text_row(f, l, W_BARCODE, r->barcode);
	if (chosen & SITE_TRADEMARK)
		text_row(f, l, W_TRADEMARK, r->trademark);
	if (chosen & SITE_TRACEABILITY)
		bool_row(f, l, W_TRACEABILITY, r->traceability);
	if (chosen & SITE_QUALITY_DECLARATION)
		bool_row(f, l, W_QUALITY, r->quality_declaration);
	if (chosen & SITE_FOOD_SAFETY)
		bool_row(f, l, W_FOOD_SAFETY, r->food_safety);
	if (!(chosen & SITE_PROMOTION) || !it->p->npromos)
		return;
	row_open(f, l, W_PROMOTION);
	for (i = 0; i < it->p->npromos; i++) {
		const struct promotion *pr = &it->p->promos[i];

		if (i)
			fputs("<br>", f);
		put_date(f, l, &pr->date);
		fprintf(f, " — %s", W(l, promotion_word(pr->kind)));
		if (pr->name) {
			fputs(": ", f);
			html_escape(f, pr->name);
		}
	}
	fputs("</td></tr>\n", f);
}

static int put_qr(FILE *f, enum lang l, const struct site_item *it, struct diag_list *dl)
{
	struct qr_code qr;
	double side;

	if (!it->qr_text)
		return 0;
	if (qr_encode(it->qr_text, &qr, dl))
		return -1;
	side = qr.width + 8;
	fprintf(f, "<figure class=\"qr\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %g %g\" role=\"img\" aria-label=\"%s\">\n"
		"<rect width=\"%g\" height=\"%g\" fill=\"#fff\"/>\n", side, side, W(l, W_QR), side, side);
	qr_write_svg_path(f, &qr, 4, 4, 1);
	fputs("</svg>\n<p>", f);
	html_escape(f, it->qr_text);
	fputs("</p>\n</figure>\n", f);
	qr_release(&qr);
	return 0;
}

static int put_product_page(FILE *f, const struct site *s, enum lang l,
			    const struct site_item *it)
{
	const struct evaluation *rec = it->st.recognition;
	char *rel = xasprintf("%s.html", it->p->id);
	const struct product_set_info *set = rules_product_set(it->p->set);
	int ret;

	page_open(f, l, rel, it->p->name);
	fprintf(f, "<nav><a href=\"index.html\">%s</a></nav>\n<h1>", W(l, W_BACK));
	html_escape(f, it->p->name);
	fputs("</h1>\n<p>", f);
	put_stars(f, l, rec ? rec->stars : 0);
	fputs(" — OCOP</p>\n<table>\n", f);
	text_row(f, l, W_PRODUCER, it->producer ? it->producer->name : NULL);
	text_row(f, l, W_ADDRESS, it->producer ? it->producer->address : NULL);
	text_row(f, l, W_CATEGORY, category_name(l, it->p->category));
	if (set)
		text_row(f, l, W_SET, l == EN ? set->name_en : set->name_vi);
	text_row(f, l, W_DECISION, rec ? rec->decision : NULL);
	text_row(f, l, W_AUTHORITY, rec ? rec->authority : NULL);
	if (rec) {
		row_open(f, l, W_DATE);
		put_date(f, l, &rec->date);
		fputs("</td></tr>\n", f);
	}
	if (it->st.has_expires) {
		row_open(f, l, W_EXPIRES);
		put_date(f, l, &it->st.expires);
		fputs("</td></tr>\n", f);
	}
	row_open(f, l, W_STATUS);
	fputs(W(l, status_word(it->st.status)), f);
	fputs("</td></tr>\n", f);
	published_rows(f, l, it);
	fputs("</table>\n", f);
	ret = put_qr(f, l, it, s->dl);
	page_close(f);
	free(rel);
	return ret;
}

/* --- the whole ---------------------------------------------------------------------------- */

/* Write one page into tmp/[en/]rel: product it's, else the list fl filters. */
static int write_page(struct site *s, enum lang l, const char *rel,
		      const struct filter *fl, const struct site_item *it)
{
	char *path = xasprintf("%s%s", l == EN ? "en/" : "", rel);
	FILE *f = site_dir_open(s->tmp, path, s->dl);
	int ret = 0;

	if (!f) {
		free(path);
		return -1;
	}
	if (it)
		ret = put_product_page(f, s, l, it);
	else
		put_list_page(f, s, l, fl);
	if (site_dir_close(f, s->tmp, path, s->dl))
		ret = -1;
	free(path);
	return ret;
}

static int write_pages(struct site *s)
{
	struct filter fl = { .rel = "index.html" };
	char rel[64];
	size_t i;
	int l, c;

	for (l = 0; l < LANGS; l++) {
		fl.category = CATEGORY_NONE;
		fl.stars = 0;
		fl.rel = "index.html";
		if (write_page(s, (enum lang)l, fl.rel, &fl, NULL))
			return -1;
		for (c = 1; c <= CATEGORY_COUNT; c++) {
			fl.category = (enum ocop_category)c;
			snprintf(rel, sizeof(rel), "category/%s.html", rules_category(fl.category)->slug);
			fl.rel = rel;
			if (write_page(s, (enum lang)l, rel, &fl, NULL))
				return -1;
		}
		fl.category = CATEGORY_NONE;
		for (c = 3; c <= 5; c++) {
			fl.stars = c;
			snprintf(rel, sizeof(rel), "stars/%d.html", c);
			fl.rel = rel;
			if (write_page(s, (enum lang)l, rel, &fl, NULL))
				return -1;
		}
		for (i = 0; i < s->n; i++) {
			char *page = xasprintf("%s.html", s->items[i].p->id);
			int failed = write_page(s, (enum lang)l, page, NULL, &s->items[i]);

			free(page);
			if (failed)
				return -1;
		}
	}
	return 0;
}

/* The products with a page, their facts, in Vietnamese order; -1 with dl. */
static int gather(struct site *s, const char *tmpl, const struct ocop_date *today)
{
	const struct dataset *ds = s->ds;
	bool told = false;
	size_t i;

	s->items = xcalloc(ds->nproducts ? ds->nproducts : 1, sizeof(*s->items));
	for (i = 0; i < ds->nproducts; i++) {
		struct site_item *it = &s->items[s->n];
		const char *page_tmpl;

		it->e = &ds->products[i];
		it->p = &it->e->r->u.product;
		product_derive(it->p, today, &it->st);
		if (!it->st.recognition)
			continue;
		if (!strcmp(it->p->id, "index"))
			return diag_error(s->dl, it->e->r->path, 0, 0,
					  _("a product whose id is 'index' would take the catalogue's index page"));
		s->n++;
		it->producer = dataset_producer_of(ds, it->e);
		it->office = dataset_office(ds, it->e->dir);
		it->listed = it->st.status == STATUS_CERTIFIED || it->st.status == STATUS_EXPIRING;
		it->key = text_collate_key(it->p->name);
		page_tmpl = tmpl ? tmpl : it->office ? it->office->catalogue_url : NULL;
		if (!it->p->readiness.barcode && !page_tmpl) {
			if (!told)
				diag_warn(s->dl, NULL, 0, 0, _("catalogue_url is not set in ocop.yaml: the pages of products without a GTIN carry no QR code"));
			told = true;
			continue;
		}
		it->qr_text = label_qr_text(it->p->readiness.barcode,
					    it->office ? it->office->gs1_resolver : NULL,
					    page_tmpl, it->p->id, s->dl);
		if (!it->qr_text)
			return -1;
	}
	qsort(s->items, s->n, sizeof(*s->items), cmp_item);
	return 0;
}

int site_write(const struct dataset *ds, const char *dir, const char *tmpl,
	       const struct ocop_date *today, struct site_stats *stats,
	       struct diag_list *dl)
{
	struct site s = { .ds = ds, .dl = dl };
	char *tmp = NULL, *name;
	int ret = -1;
	size_t i, len;

	memset(stats, 0, sizeof(*stats));
	/* "site/" names site: its DIR.tmp is site.tmp, not site/.tmp */
	name = xstrdup(dir);
	for (len = strlen(name); len > 1 && name[len - 1] == '/'; len--)
		name[len - 1] = '\0';
	if (!(tmp = site_dir_begin(name, dl)))
		goto out;
	s.tmp = tmp;
	if (gather(&s, tmpl, today) || write_pages(&s) ||
	    site_dir_commit(tmp, name, dl)) {
		site_dir_abort(tmp);
		goto out;
	}
	stats->pages = s.n;
	for (i = 0; i < s.n; i++)
		stats->listed += s.items[i].listed;
	ret = 0;
out:
	for (i = 0; i < s.n; i++) {
		free(s.items[i].key);
		free(s.items[i].qr_text);
	}
	free(s.items);
	free(tmp);
	free(name);
	return ret;
}
