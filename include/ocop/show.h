/*
 * show.h — a record as a person or a script reads it: aligned "key: value"
 * text, or a JSON object whose values are typed by the schema (numbers,
 * booleans, strings), for `show` and `list --format json`.
 */
#ifndef OCOP_SHOW_H
#define OCOP_SHOW_H

#include <stdio.h>

#include "ocop/output.h"
#include "ocop/record.h"

/* Extra lines after a record's own keys: derived values, related records. */
struct show_extra {
	const char *key;
	const char *value;	/* NULL: skipped */
};

/* Text: one "key: value" line a key, lists one entry a line below theirs. */
void show_record_text(FILE *f, const struct record *r,
		      const struct show_extra *extra, size_t nextra);

/* JSON: the record's keys, inside an object the caller opened. */
void show_record_json(struct json_writer *w, const struct record *r);

#endif
