/* edit.c — changes to records (see edit.h). */
#include <stdlib.h>
#include <string.h>

#include "ocop/edit.h"
#include "ocop/rules.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

char *edit_new_id(struct store *s, enum record_type type, const char *name,
		  const char *given, struct diag_list *dl)
{
	char *slug, *id;
	int n;

	if (given) {
		if (!record_id_valid(given)) {
			diag_error(dl, NULL, 0, 0,
				   _("--id '%s' is not a valid id"), given);
			diag_hint(dl, _("use lower-case letters, digits and '-', at most 64"));
			return NULL;
		}
		if (store_exists(s, type, given)) {
			diag_error(dl, NULL, 0, 0, _("the id '%s' is taken"), given);
			return NULL;
		}
		return xstrdup(given);
	}
	slug = text_slug(name);
	if (!*slug) {
		free(slug);
		diag_error(dl, NULL, 0, 0,
			   _("cannot make an id from the name '%s'"), name);
		diag_hint(dl, _("pass one with --id"));
		return NULL;
	}
	id = xstrdup(slug);
	/* Ids are never reused: a second "Chà bông" becomes chà-bông-2. */
	for (n = 2; store_exists(s, type, id); n++) {
		char suffix[16];
		size_t keep;

		free(id);
		snprintf(suffix, sizeof(suffix), "-%d", n);
		keep = strlen(slug);
		if (keep + strlen(suffix) > 64)
			keep = 64 - strlen(suffix);
		id = xasprintf("%.*s%s", (int)keep, slug, suffix);
	}
	free(slug);
	return id;
}

int edit_record(struct store *s, enum record_type type, const char *id,
		edit_fn fn, void *data, struct diag_list *dl)
{
	struct diag_list read = DIAG_LIST_INIT;
	struct record r;
	int ret;

	ret = store_read(s, type, id, &r, &read);
	if (ret) {
		diag_move(dl, &read);
	} else {
		/* The record as written is checked again: its warnings once. */
		diag_list_release(&read);
		ret = fn(s, &r, data, dl);
	}
	if (!ret)
		ret = store_write(s, &r, dl);
	record_release(&r);
	return ret;
}

int edit_parse_date(const char *text, const char *option, bool allow_partial,
		    struct ocop_date *out, struct diag_list *dl)
{
	struct ocop_date today = date_today();
	char buf[DATE_ISO_MAX];

	if (!text) {
		*out = today;
		return 0;
	}
	if (date_parse_cli(text, out) &&
	    (!allow_partial || date_parse_iso(text, true, out))) {
		diag_error(dl, NULL, 0, 0, _("%s: '%s' is not a date"), option, text);
		diag_hint(dl, allow_partial ?
			  _("write it as YYYY-MM-DD or dd/mm/yyyy (or YYYY-MM, YYYY from an old register)") :
			  _("write it as YYYY-MM-DD or dd/mm/yyyy"));
		return -1;
	}
	if (date_cmp(out, &today) > 0) {
		date_format_iso(out, buf);
		return diag_error(dl, NULL, 0, 0, _("%s: %s is in the future"),
				  option, buf);
	}
	return 0;
}

int edit_parse_step(const char *text, const char *option, int *step,
		    struct diag_list *dl)
{
	const char *suggestion = NULL;

	if (!rules_step_parse(text, step, &suggestion))
		return 0;
	diag_error(dl, NULL, 0, 0, _("%s: unknown step '%s'"), option, text);
	if (suggestion)
		diag_hint(dl, _("did you mean '%s'?"), suggestion);
	else
		diag_hint(dl, _("a step is 1–6, or guidance, idea, plan, implement, evaluate, promote"));
	return -1;
}

struct assignments {
	const char *const *items;
	size_t n;
};

static int apply_assignments(struct store *s, struct record *r, void *data,
			     struct diag_list *dl)
{
	const struct assignments *a = data;
	struct strbuf keys = STRBUF_INIT;
	size_t i;
	int ret = 0;

	for (i = 0; i < a->n; i++) {
		const char *eq = strchr(a->items[i], '=');

		if (record_set(r, a->items[i], dl))
			ret = -1;
		else
			strbuf_addf(&keys, "%s%.*s", i ? ", " : "",
				    (int)(eq - a->items[i]), a->items[i]);
	}
	store_set_action(s, "set %s", keys.buf);
	strbuf_release(&keys);
	return ret;
}

int edit_set(struct store *s, enum record_type type, const char *id,
	     const char *const *assignments, size_t n, struct diag_list *dl)
{
	struct assignments a = { assignments, n };
	struct diag_list read = DIAG_LIST_INIT;
	struct record r;
	size_t i;
	int ret;

	/* A producer keeps its tax code unless an assignment changes it:
	 * then only is every other producer's read to compare. */
	s->keep_taxes = true;
	for (i = 0; i < n; i++)
		if (!strncmp(assignments[i], "tax_code=", 9))
			s->keep_taxes = false;

	/*
	 * set repairs: a record whose values are wrong (the tree parsed, the
	 * check failed) takes the assignments, and only the result is judged.
	 */
	ret = store_read(s, type, id, &r, &read);
	if (ret && !r.parsed) {
		diag_move(dl, &read);
		record_release(&r);
		return -1;
	}
	diag_list_release(&read);
	ret = apply_assignments(s, &r, &a, dl);
	if (!ret)
		ret = store_write(s, &r, dl);
	record_release(&r);
	return ret;
}

int edit_products_of(struct store *s, const char *producer, char ***ids,
		     size_t *n, struct diag_list *dl)
{
	struct record_set set;
	struct diag_list ignore = DIAG_LIST_INIT;
	size_t i;

	*ids = NULL;
	*n = 0;
	if (store_read_views(s, RECORD_PRODUCT, &set, &ignore)) {
		diag_move(dl, &ignore);
		return -1;
	}
	diag_list_release(&ignore);	/* a broken product is check's business */
	*ids = xcalloc(set.nr ? set.nr : 1, sizeof(**ids));
	for (i = 0; i < set.nr; i++)
		if (set.items[i].valid &&
		    !strcmp(set.items[i].u.product.producer, producer))
			(*ids)[(*n)++] = xstrdup(set.items[i].u.product.id);
	record_set_release(&set);
	return 0;
}

int edit_remove(struct store *s, enum record_type type, const char *id,
		bool force, struct diag_list *dl)
{
	struct diag_list read = DIAG_LIST_INIT;
	struct record r;
	char **products;
	size_t n, i;
	int ret;

	ret = store_read(s, type, id, &r, &read);
	record_release(&r);
	if (ret && !store_exists(s, type, id)) {
		diag_move(dl, &read);
		return -1;
	}
	diag_list_release(&read);	/* a broken file may still be removed */
	if (type == RECORD_PRODUCER && !force) {
		if (edit_products_of(s, id, &products, &n, dl))
			return -1;
		if (n) {
			struct strbuf list = STRBUF_INIT;

			for (i = 0; i < n; i++)
				strbuf_addf(&list, "%s%s", i ? ", " : "", products[i]);
			diag_error(dl, NULL, 0, 0,
				   _("producer '%s' still has products: %s"),
				   id, list.buf);
			diag_hint(dl, _("remove or move them first, or pass --force"));
			strbuf_release(&list);
		}
		store_free_list(products, n);
		if (n)
			return -1;
	}
	return store_remove(s, type, id, dl);
}
