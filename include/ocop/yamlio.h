/*
 * yamlio.h — reading and writing record files with libyaml, safely.
 *
 * Reading (yaml_load) puts a safety layer on libyaml (see anchors.md §6):
 * one document a file, a mapping at the root; duplicate keys, anchors,
 * aliases, merge keys, tags and non-scalar keys refused; size, nesting and
 * scalar length bounded; NUL bytes, UTF-16 and invalid UTF-8 refused;
 * tabs used for indentation and git conflict markers explained in plain
 * words.  Every value is normalised to NFC.  Comments, which libyaml
 * drops, are found and their first place kept in the document, so that a
 * write can refuse to lose them.
 *
 * Writing (yaml_emit) is canonical: block mappings, each entry of a
 * sequence of mappings as one flow mapping on one line, unicode, no line
 * folding, LF, one trailing newline.  Strings are quoted by one rule
 * (yaml_plain_safe); the bytes are parsed again and compared with the
 * tree before they are handed back (yaml_reads_back, event by event), so
 * a quoting bug never reaches disk.
 */
#ifndef OCOP_YAMLIO_H
#define OCOP_YAMLIO_H

#include <stdbool.h>
#include <stddef.h>

#include "ocop/diag.h"
#include "ocop/node.h"
#include "ocop/strbuf.h"

#define YAML_MAX_BYTES (1024 * 1024)	/* a record file; real ones are < 4 KiB */
#define YAML_MAX_DEPTH 16		/* records nest 4 deep */
#define YAML_MAX_SCALAR (64 * 1024)	/* a value; notes included */

/*
 * Parse buf[0..len) into doc.  name is the file name used in messages.
 * Returns 0, or -1 with every problem found added to dl.
 */
int yaml_load(const char *buf, size_t len, const char *name,
	      struct node_doc *doc, struct diag_list *dl);

/*
 * Would yaml_load's checks of the bytes themselves pass buf[0..len)
 * (no UTF-16, UTF-8 with no NUL or control byte but TAB, LF and CR, no
 * git conflict marker)?  Says nothing either way.
 */
bool yaml_bytes_clean(const char *buf, size_t len);

/*
 * The same, for a caller that then gives up on any error of libyaml's
 * while reading buf to its end: only what libyaml's reader would not
 * refuse itself (UTF-16, conflict markers) is looked for, so that most
 * bytes are not looked at twice.
 */
bool yaml_bytes_clean_parsed(const char *buf, size_t len);

/*
 * Append the canonical YAML of root (a mapping) to out, checked by a
 * re-parse.  Returns 0, or -1 (with a diagnostic naming name) when the
 * tree cannot be written faithfully.
 */
int yaml_emit(const struct node *root, const char *name, struct strbuf *out,
	      struct diag_list *dl);

/*
 * Does buf[0..len) read back as root, a mapping?  True exactly when
 * yaml_load would load it without a problem into a tree node_equal to
 * root, each of whose values written in quotes still reads as text (a
 * plain value only where yaml_plain_safe allows).  It follows libyaml's
 * events through root, building no tree: yaml_emit's check of every
 * text it writes.
 */
bool yaml_reads_back(const struct node *root, const char *buf, size_t len);

/*
 * May s be written as a plain scalar, read back as the same string by
 * every YAML 1.1 and 1.2 reader?  (anchors.md §6.3: starts with a
 * letter; only letters, digits, spaces and -_.,()/ ; no space at either
 * end; not a YAML 1.1 boolean or null word.)
 */
bool yaml_plain_safe(const char *s);

#endif
