/*
 * validate.h — the one validator, used by `ocop check`, by every command
 * that writes (on the record as it would be written) and by `ocop import`.
 *
 * validate_record() checks one record: its schema (record_decode), that
 * its id is its file name, and the domain rules of rules.h that concern
 * it alone or its references (a product's producer exists, its product
 * set belongs to its category, a producer's tax code is no other's).
 * It reads the directory through the store; the store never calls it
 * (edit.h's edit_write does, before every write).  validate_store() checks the whole
 * directory and lists every problem, not only the first.
 */
#ifndef OCOP_VALIDATE_H
#define OCOP_VALIDATE_H

#include "ocop/diag.h"
#include "ocop/record.h"

struct store;

int validate_record(struct store *s, struct record *r, struct diag_list *dl);

/*
 * Would validate_record(NULL, r) say nothing of r, a product decoded
 * from buf (len bytes) by record_decode_stream, which keeps its view and
 * no tree?  The decoder has found nothing record_decode would say; the
 * rest is judged on the view: its id against its file's name, and the
 * rules (validate_record's own functions, their messages without lines).
 * True only when sure.  False when they would say something, and when
 * the view cannot tell: an evaluation with an as_of (whether a date
 * stands beside it is the tree's to say), a file whose bytes hold
 * "members" or a backslash anywhere (an evaluation's members, which its
 * score must average, are in the tree alone), any record but a
 * product's view.
 */
bool validate_view_clean(const struct record *r, const char *buf, size_t len);

/*
 * validate_record for a record about to replace the one read from its
 * file, whose tax code was then old_tax_code (NULL: it had none, or it
 * could not be read, or the record is new): the tax code is compared
 * with the other producers' only when it is not that one.
 */
int validate_rewrite(struct store *s, struct record *r,
		     const char *old_tax_code, struct diag_list *dl);

/*
 * A producer's tax code must be no other producer's: validate_record's
 * check, for a producer written from its text (edit_write_text).  path,
 * line and col place the error (line 0: the record as a whole).
 */
int validate_tax_code_unique(struct store *s, const char *id,
			     const char *tax_code, const char *path,
			     unsigned line, unsigned col, struct diag_list *dl);

/*
 * The id of a producer other than except whose tax code is code, or NULL.
 * The first call reads every producer once, through the store, into an
 * index the store carries (s->checks) until it closes; the writes keep
 * it current (validate_note_write).
 */
const char *validate_tax_owner(struct store *s, const char *code,
			       const char *except, struct diag_list *dl);

/*
 * A record was written (tax_code: a producer's, or NULL) or removed
 * (tax_code NULL): the index of tax codes follows.
 */
void validate_note_write(struct store *s, enum record_type type,
			 const char *id, const char *tax_code);

/* The named checks of `ocop check`. */
enum check_flags {
	CHECK_FILES = 1 << 0,	/* stray and temporary files, file names */
	CHECK_RECORDS = 1 << 1,	/* syntax and schema of every record */
	CHECK_REFS = 1 << 2,	/* references between records, duplicates */
	CHECK_RULES = 1 << 3,	/* the programme's rules */
	CHECK_ALL = 0xF
};

struct check_name {
	const char *name;
	enum check_flags flag;
	const char *help;
};
/* The checks, NULL-terminated by name. */
extern const struct check_name check_names[];

/* Check everything selected; returns the number of errors found. */
size_t validate_store(struct store *s, unsigned checks, struct diag_list *dl);

#endif
