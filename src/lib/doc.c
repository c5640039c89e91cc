/* doc.c — a product's dossier documents and their copies (doc.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocop/commit.h"
#include "ocop/doc.h"
#include "ocop/dossier.h"
#include "ocop/edit.h"
#include "ocop/readfile.h"
#include "ocop/sha256.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

/* --- the copies' folders --------------------------------------------------- */

/* The folder name under dirfd, refused when a symbolic link; made when create. */
static int open_folder(int dirfd, const char *name, bool create,
		       const char *shown, struct diag_list *dl)
{
	int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

	if (fd < 0 && errno == ENOENT && create) {
		if (mkdirat(dirfd, name, 0777) && errno != EEXIST) {
			diag_env(dl, shown, _("cannot create the folder: %s"), strerror(errno));
			return -1;
		}
		fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	}
	if (fd < 0 && (create || errno != ENOENT))
		diag_env(dl, shown, _("cannot open the folder: %s"),
			 errno == ELOOP || errno == ENOTDIR ?
			 _("not a directory (a symbolic link is refused)") :
			 strerror(errno));
	return fd;
}

/* files/PRODUCT/ (product an id, so a safe name), or -1. */
static int open_product_files(struct store *s, const char *product, bool create,
			      struct diag_list *dl)
{
	char *shown = xasprintf("%s/%s", s->root, DOC_FILES_DIR);
	int top = open_folder(s->rootfd, DOC_FILES_DIR, create, shown, dl), fd = -1;

	if (top >= 0) {
		free(shown);
		shown = xasprintf("%s/%s/%s", s->root, DOC_FILES_DIR, product);
		fd = open_folder(top, product, create, shown, dl);
		close(top);
	}
	free(shown);
	return fd;
}

static void hash_bytes(const char *data, size_t len, char hex[SHA256_HEX_LEN + 1])
{
	struct sha256 c;

	sha256_init(&c);
	sha256_update(&c, data, len);
	sha256_final_hex(&c, hex);
}

/* The copy's name: the slug of the file's name, its extension kept ("giay-attp.pdf"). */
static char *copy_name(const char *path)
{
	const char *base = strrchr(path, '/'), *dot;
	char *stem, *slug, *ext, *name;
	size_t i;

	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	if (!dot || dot == base || strlen(dot) > 9)
		dot = base + strlen(base);
	stem = xstrndup(base, (size_t)(dot - base));
	slug = text_slug(stem);
	ext = xstrdup(*dot ? dot + 1 : "");
	for (i = 0; ext[i]; i++) {
		unsigned char ch = (unsigned char)ext[i];

		if (ch >= 'A' && ch <= 'Z')
			ext[i] = (char)(ch - 'A' + 'a');
		else if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')))
			ext[i] = '\0';
	}
	name = xasprintf("%s%s%s", *slug ? slug : "document", *ext ? "." : "", ext);
	free(stem);
	free(slug);
	free(ext);
	return name;
}

/* The bytes of an open copy, at most DOC_FILE_MAX.  Returns 0 or -1. */
static int read_copy(int fd, struct strbuf *out)
{
	char block[65536];
	ssize_t n;

	while ((n = read(fd, block, sizeof(block))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 || out->len + (size_t)n > DOC_FILE_MAX)
			return -1;
		strbuf_add(out, block, (size_t)n);
	}
	return 0;
}

/* Does the copy name under fd hold these bytes (their hash)? */
static bool same_copy(int fd, const char *name, const char *hex, size_t len)
{
	struct strbuf buf = STRBUF_INIT;
	char got[SHA256_HEX_LEN + 1];
	bool same = false;
	int f = openat(fd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	struct stat st;

	if (f >= 0 && !fstat(f, &st) && S_ISREG(st.st_mode) &&
	    (size_t)st.st_size == len && !read_copy(f, &buf)) {
		hash_bytes(buf.buf, buf.len, got);
		same = !strcmp(got, hex);
	}
	if (f >= 0)
		close(f);
	strbuf_release(&buf);
	return same;
}

/*
 * A free name for the copy, name, name-2, …; or one that holds the same
 * bytes already (*existing then true: nothing to copy).
 */
static char *free_name(int fd, const char *name, const char *hex, size_t len,
		       bool *existing)
{
	const char *dot = strrchr(name, '.');
	size_t stem = dot ? (size_t)(dot - name) : strlen(name);
	char *try = xstrdup(name);
	struct stat st;
	int n;

	*existing = false;
	for (n = 2; !fstatat(fd, try, &st, AT_SYMLINK_NOFOLLOW); n++) {
		if (same_copy(fd, try, hex, len)) {
			*existing = true;
			break;
		}
		free(try);
		try = xasprintf("%.*s-%d%s", (int)stem, name, n, dot ? dot : "");
	}
	return try;
}

/* --- the record ------------------------------------------------------------ */

struct doc_entry {
	const struct doc_input *in;
	const char *file, *sha256;
	size_t size, place;
};

static int put_typed(struct record *r, struct node *item, const char *key,
		     const char *text, struct diag_list *dl)
{
	const struct schema *docs = schema_field(record_schema(RECORD_PRODUCT),
						 "documents")->sub;
	char *value;

	if (!text)
		return 0;
	value = field_parse_cli(schema_field(docs, key), text, dl);
	if (!value)
		return -1;
	node_set_str(&r->doc, item, key, value, STYLE_AUTO);
	free(value);
	return 0;
}

static int append_document(struct store *s, struct record *r, void *data,
			   struct diag_list *dl)
{
	struct doc_entry *d = data;
	struct node *list = node_get(r->doc.root, "documents");
	struct node *item = node_new_mapping(&r->doc);
	char size[32];
	int bad = 0;

	node_set_str(&r->doc, item, "kind", d->in->kind, STYLE_PLAIN);
	bad |= put_typed(r, item, "number", d->in->number, dl);
	bad |= put_typed(r, item, "date", d->in->date, dl);
	bad |= put_typed(r, item, "expires", d->in->expires, dl);
	bad |= put_typed(r, item, "issuer", d->in->issuer, dl);
	if (bad)
		return -1;
	if (d->file) {
		snprintf(size, sizeof(size), "%zu", d->size);
		node_set_str(&r->doc, item, "file", d->file, STYLE_AUTO);
		node_set_str(&r->doc, item, "size", size, STYLE_PLAIN);
		node_set_str(&r->doc, item, "sha256", d->sha256, STYLE_QUOTED);
	}
	if (!list || list->kind != NODE_SEQUENCE) {
		list = node_new_sequence(&r->doc);
		node_set(&r->doc, r->doc.root, "documents", list);
	}
	node_append(&r->doc, list, item);
	d->place = list->u.seq.nr;
	commit_set_action(s, "add document %s", d->in->kind);
	return 0;
}

static int product_exists(struct store *s, const char *id, struct diag_list *dl)
{
	struct record r;
	int ret;

	if (store_exists(s, RECORD_PRODUCT, id))
		return 0;
	ret = store_read(s, RECORD_PRODUCT, id, &r, dl);	/* says why, with a hint */
	record_release(&r);
	return ret ? -1 : 0;
}

static int known_kind(const char *kind, struct diag_list *dl)
{
	const char *near = NULL;

	if (dossier_kind_find(kind, &near))
		return 0;
	diag_error(dl, NULL, 0, 0, _("unknown document kind '%s'"), kind);
	if (near)
		diag_hint(dl, _("did you mean '%s'?"), near);
	else
		diag_hint(dl, _("the kinds: see 'ocop doc kinds'"));
	return -1;
}

size_t doc_add(struct store *s, const struct doc_input *in,
	       struct diag_list *dl)
{
	struct doc_entry d = { .in = in };
	struct strbuf bytes = STRBUF_INIT;
	char hex[SHA256_HEX_LEN + 1], *name = NULL, *rel = NULL;
	bool existing = false, copied = false;
	int fd = -1;

	if (known_kind(in->kind, dl) || product_exists(s, in->product, dl))
		return 0;
	if (in->file) {
		if (read_file_bounded(in->file, in->file, DOC_FILE_MAX, &bytes, dl))
			goto out;
		hash_bytes(bytes.buf, bytes.len, hex);
		name = copy_name(in->file);
		if (!s->dry_run) {
			char *fresh;

			fd = open_product_files(s, in->product, true, dl);
			if (fd < 0)
				goto out;
			fresh = free_name(fd, name, hex, bytes.len, &existing);
			free(name);
			name = fresh;
			if (!existing) {
				if (store_write_file(s, fd, name, bytes.buf, bytes.len, dl))
					goto out;
				copied = true;
			}
		}
		d.file = name;
		d.sha256 = hex;
		d.size = bytes.len;
	}
	if (edit_record(s, RECORD_PRODUCT, in->product, append_document, &d, dl)) {
		d.place = 0;
		if (copied && unlinkat(fd, name, 0))
			diag_warn(dl, NULL, 0, 0, _("cannot remove the copy %s: %s"),
				  name, strerror(errno));
	} else if (copied) {
		rel = xasprintf("%s/%s/%s", DOC_FILES_DIR, in->product, name);
		store_note_file(s, rel);
	}
out:
	if (fd >= 0)
		close(fd);
	free(rel);
	free(name);
	strbuf_release(&bytes);
	return d.place;
}

/* --- removing --------------------------------------------------------------- */

struct doc_which {
	const char *which;
	char *file;		/* the removed document's copy, or NULL */
	bool file_shared;	/* another document names it too */
};

/* The index of the document which names, or -1 (dl). */
static int pick(const struct node *list, const char *which, struct diag_list *dl)
{
	size_t at = 0;

	switch (edit_pick(list, which, "kind", false, &at)) {
	case PICK_FOUND:
		return (int)at;
	case PICK_OUT_OF_RANGE:
		return diag_error(dl, NULL, 0, 0,
				  _("no document %s; the product has %zu"),
				  which, list->u.seq.nr);
	case PICK_SEVERAL:
		diag_error(dl, NULL, 0, 0, _("the product has %zu documents of kind '%s'"),
			   at, which);
		diag_hint(dl, _("name one by its number in 'ocop doc list'"));
		return -1;
	case PICK_NONE:
		break;
	}
	return diag_error(dl, NULL, 0, 0, _("the product has no document of kind '%s'"), which);
}

static int remove_document(struct store *s, struct record *r, void *data,
			   struct diag_list *dl)
{
	struct doc_which *w = data;
	struct node *list = node_get(r->doc.root, "documents");
	const char *file;
	size_t i;
	int at;

	if (!list || list->kind != NODE_SEQUENCE || !list->u.seq.nr)
		return diag_error(dl, NULL, 0, 0, _("the product has no documents"));
	at = pick(list, w->which, dl);
	if (at < 0)
		return -1;
	file = node_get_str(list->u.seq.items[at], "file");
	for (i = 0; file && i < list->u.seq.nr; i++) {
		const char *other = node_get_str(list->u.seq.items[i], "file");

		if ((int)i != at && other && !strcmp(other, file))
			w->file_shared = true;
	}
	w->file = file ? xstrdup(file) : NULL;
	commit_set_action(s, "remove document %s",
			  node_get_str(list->u.seq.items[at], "kind"));
	edit_list_remove(list, (size_t)at);
	return 0;
}

int doc_remove(struct store *s, const char *product, const char *which,
	       struct diag_list *dl)
{
	struct doc_which w = { .which = which };
	int ret = edit_record(s, RECORD_PRODUCT, product, remove_document, &w, dl);

	if (!ret && w.file && !w.file_shared && !s->dry_run &&
	    strchr(w.file, '/') == NULL) {
		int fd = open_product_files(s, product, false, dl);

		if (fd >= 0) {
			if (!unlinkat(fd, w.file, 0)) {
				char *rel = xasprintf("%s/%s/%s", DOC_FILES_DIR,
						      product, w.file);

				fsync(fd);
				store_note_file(s, rel);
				free(rel);
			}
			close(fd);
		}
	}
	free(w.file);
	return ret;
}

/* --- check ------------------------------------------------------------------ */

static size_t check_copy(struct store *s, const struct product *p,
			 const struct document *d, size_t place,
			 struct diag_list *dl)
{
	struct diag_list quiet = DIAG_LIST_INIT;
	struct strbuf buf = STRBUF_INIT;
	char *shown = xasprintf("%s/%s/%s/%s", s->root, DOC_FILES_DIR, p->id, d->file);
	char hex[SHA256_HEX_LEN + 1];
	size_t errors = 0;
	int dirfd = -1, fd = -1;

	if (strchr(d->file, '/') || !strcmp(d->file, "..") || !strcmp(d->file, ".")) {
		diag_error(dl, shown, 0, 0, _("a document's file is a name inside files/%s/, not a path"), p->id);
		errors++;
		goto out;
	}
	dirfd = open_product_files(s, p->id, false, &quiet);
	/* O_NONBLOCK: a FIFO put in its place must not hang check */
	fd = dirfd >= 0 ? openat(dirfd, d->file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) : -1;
	if (fd < 0) {
		diag_error(dl, shown, 0, 0, _("the file of document %zu (%s) of %s is missing"),
			   place, d->kind, p->id);
		diag_hint(dl, _("put it back, or remove the document with 'ocop doc rm %s %zu'"),
			  p->id, place);
		errors++;
		goto out;
	}
	{
		struct stat st;
		int bad = fstat(fd, &st) || !S_ISREG(st.st_mode) || read_copy(fd, &buf);

		if (!bad)
			hash_bytes(buf.buf, buf.len, hex);
		if (bad || (d->size >= 0 && (size_t)d->size != buf.len) ||
		    (d->sha256 && strcmp(hex, d->sha256))) {
			diag_error(dl, shown, 0, 0,
				   _("the file of document %zu (%s) of %s has changed since it was added"),
				   place, d->kind, p->id);
			diag_hint(dl, _("restore it (git checkout), or add it again with 'ocop doc add'"));
			errors++;
		}
	}
out:
	if (fd >= 0)
		close(fd);
	if (dirfd >= 0)
		close(dirfd);
	strbuf_release(&buf);
	diag_list_release(&quiet);
	free(shown);
	return errors;
}

size_t doc_check_files(struct store *s, struct diag_list *dl)
{
	struct diag_list ignore = DIAG_LIST_INIT;	/* check reports the records */
	struct record_set set;
	size_t i, j, errors = 0;

	store_read_views(s, RECORD_PRODUCT, &set, &ignore);
	for (i = 0; i < set.nr; i++) {
		const struct product *p = &set.items[i].u.product;

		for (j = 0; set.items[i].valid && j < p->ndocs; j++)
			if (p->docs[j].file)
				errors += check_copy(s, p, &p->docs[j], j + 1, dl);
	}
	record_set_release(&set);
	diag_list_release(&ignore);
	return errors;
}
