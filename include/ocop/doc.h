/*
 * doc.h — the documents of a product's evaluation dossier: `documents:`
 * entries of the product's record (their KIND from dossier.h), each with
 * an optional copy of its file under files/PRODUCT/ in the data directory.
 *
 * A copy is made as the store writes a record: a temporary file beside
 * it, fsync'd, renamed; its name is the slug of the file's name; it is at
 * most DOC_FILE_MAX bytes; it is opened with O_NOFOLLOW under folders
 * opened with O_NOFOLLOW, so that nothing is read or written outside the
 * directory and a symbolic link (files/ itself included) is refused.  The
 * record keeps its name, size and SHA-256, which `ocop check` compares
 * with the copy (doc_check_files).  The record is written through
 * edit_record, so the validator judges it.  The caller holds the lock.
 */
#ifndef OCOP_DOC_H
#define OCOP_DOC_H

#include "ocop/diag.h"
#include "ocop/store.h"

#define DOC_FILES_DIR "files"

/* A document as typed; NULL for a value not given. */
struct doc_input {
	const char *product;	/* required: an existing product's id */
	const char *kind;	/* required: a slug of dossier.h's table */
	const char *file;	/* a path to copy into files/PRODUCT/ */
	const char *number, *date, *expires, *issuer;
};

/*
 * Add the document (and copy its file).  Returns its place in the
 * product's list (1, 2, …), or 0 with the reasons in dl and nothing
 * written (a copy already made is removed).
 */
size_t doc_add(struct store *s, const struct doc_input *in,
	       struct diag_list *dl);

/*
 * Remove a product's document named by its KIND (when it has one of that
 * kind) or its place N in the list; its copy goes too unless another
 * document names it.  Returns 0 or -1 (dl).
 */
int doc_remove(struct store *s, const char *product, const char *which,
	       struct diag_list *dl);

/*
 * Compare every copy the products name with its size and SHA-256: a
 * missing or changed one is an error naming the file.  Returns the number
 * of errors.
 */
size_t doc_check_files(struct store *s, struct diag_list *dl);

#endif
