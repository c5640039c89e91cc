/* listing.c — a product's pages on e-commerce platforms (listing.h). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ocop/commit.h"
#include "ocop/edit.h"
#include "ocop/listing.h"
#include "ocop/util.h"

struct listing_entry {
	const struct listing_input *in;
	size_t place;
};

/* An address a browser opens: http:// or https:// and a host after it. */
static bool web_address(const char *url)
{
	size_t n;

	if (!strncasecmp(url, "https://", 8))
		n = 8;
	else if (!strncasecmp(url, "http://", 7))
		n = 7;
	else
		return false;
	return url[n] && url[n] != '/' && !strpbrk(url, " \t\r\n");
}

static const struct field *listing_field(const char *key)
{
	return schema_field(schema_field(record_schema(RECORD_PRODUCT),
					 "listings")->sub, key);
}

static int put_typed(struct record *r, struct node *item, const char *key,
		     const char *text, enum node_style style, struct diag_list *dl)
{
	char *value;

	if (!text)
		return 0;
	value = field_parse_cli(listing_field(key), text, dl);
	if (!value)
		return -1;
	node_set_str(&r->doc, item, key, value, style);
	free(value);
	return 0;
}

static bool same_listing(const struct node *item, const struct listing_input *in)
{
	const char *platform = node_get_str(item, "platform");
	const char *url = node_get_str(item, "url");

	return platform && url && !strcasecmp(platform, in->platform) &&
	       !strcmp(url, in->url);
}

static int append_listing(struct store *s, struct record *r, void *data,
			  struct diag_list *dl)
{
	struct listing_entry *e = data;
	struct node *list = node_get(r->doc.root, "listings");
	struct node *item;
	size_t i;
	int bad = 0;

	if (list && list->kind == NODE_SEQUENCE)
		for (i = 0; i < list->u.seq.nr; i++)
			if (same_listing(list->u.seq.items[i], e->in)) {
				diag_error(dl, NULL, 0, 0,
					   _("the product already has this listing on %s (number %zu)"),
					   e->in->platform, i + 1);
				return -1;
			}
	item = node_new_mapping(&r->doc);
	bad |= put_typed(r, item, "platform", e->in->platform, STYLE_AUTO, dl);
	bad |= put_typed(r, item, "url", e->in->url, STYLE_AUTO, dl);
	bad |= put_typed(r, item, "since", e->in->since, STYLE_PLAIN, dl);
	if (bad)
		return -1;
	if (!list || list->kind != NODE_SEQUENCE) {
		list = node_new_sequence(&r->doc);
		node_set(&r->doc, r->doc.root, "listings", list);
	}
	node_append(&r->doc, list, item);
	e->place = list->u.seq.nr;
	commit_set_action(s, "add listing %s", e->in->platform);
	return 0;
}

size_t listing_add(struct store *s, const struct listing_input *in,
		   struct diag_list *dl)
{
	struct listing_entry e = { .in = in };

	if (!web_address(in->url)) {
		diag_error(dl, NULL, 0, 0, _("'%s' is not a web address"), in->url);
		diag_hint(dl, _("give the page's address from http:// or https://"));
		return 0;
	}
	if (edit_record(s, RECORD_PRODUCT, in->product, append_listing, &e, dl))
		return 0;
	return e.place;
}

/* --- removing --------------------------------------------------------------- */

/* The index of the listing which names, or -1 (dl). */
static int pick(const struct node *list, const char *which, struct diag_list *dl)
{
	size_t at = 0;

	switch (edit_pick(list, which, "platform", true, &at)) {
	case PICK_FOUND:
		return (int)at;
	case PICK_OUT_OF_RANGE:
		return diag_error(dl, NULL, 0, 0, _("no listing %s; the product has %zu"),
				  which, list->u.seq.nr);
	case PICK_SEVERAL:
		diag_error(dl, NULL, 0, 0, _("the product has %zu listings on %s"),
			   at, which);
		diag_hint(dl, _("name one by its number in 'ocop product show'"));
		return -1;
	case PICK_NONE:
		break;
	}
	return diag_error(dl, NULL, 0, 0, _("the product has no listing on %s"), which);
}

static int remove_listing(struct store *s, struct record *r, void *data,
			  struct diag_list *dl)
{
	const char *which = data;
	struct node *list = node_get(r->doc.root, "listings");
	int at;

	if (!list || list->kind != NODE_SEQUENCE || !list->u.seq.nr)
		return diag_error(dl, NULL, 0, 0, _("the product has no listings"));
	at = pick(list, which, dl);
	if (at < 0)
		return -1;
	commit_set_action(s, "remove listing %s",
			  node_get_str(list->u.seq.items[at], "platform"));
	edit_list_remove(list, (size_t)at);
	return 0;
}

int listing_remove(struct store *s, const char *product, const char *which,
		   struct diag_list *dl)
{
	return edit_record(s, RECORD_PRODUCT, product, remove_listing,
			   (void *)which, dl);
}
