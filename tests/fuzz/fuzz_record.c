/*
 * fuzz_record.c — libFuzzer target: the record loader and writer.
 *
 * bytes → yaml_load → record_decode → record_canonicalize → yaml_emit →
 * yaml_load → record_decode.  The record type is the one the keys point
 * to, as the file's folder would: "ward" an office, "producer" or
 * "category" a product, anything else a producer (decoding every input as
 * all three types would make each run three times slower for little).
 * For every input that decodes as a valid record:
 *   - the canonical bytes load again, with no comment found in them;
 *   - the tree read back equals the tree written (node_equal);
 *   - it decodes as a valid record of the same type;
 *   - written again it gives the same bytes: the canonical form is a
 *     fixed point, so a second `ocop set` never rewrites a file for nothing.
 * Any other input must be refused cleanly (no crash, leak or sanitizer
 * report); its tree is still canonicalized and written, as a command that
 * changed it would, and the writer is a fixed point for it too
 * (fuzz_fixed_point): for every tree the loader accepts, emitting it,
 * loading that and emitting again gives the same bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/diag.h"
#include "ocop/node.h"
#include "ocop/record.h"
#include "ocop/strbuf.h"
#include "ocop/yamlio.h"

#include "fuzz.h"

static const char *const type_names[] = { "office", "producer", "product" };

static _Noreturn void fail(const char *what, enum record_type type,
			   const struct strbuf *out, struct diag_list *dl)
{
	fprintf(stderr, "fuzz_record: %s (decoded as %s)\n", what,
		type_names[type]);
	if (out)
		fprintf(stderr, "--- the canonical bytes ---\n%.*s--- end ---\n",
			(int)out->len, out->buf);
	if (dl)
		diag_print(dl, stderr);
	abort();
}

static void round_trip(const struct node *root, enum record_type type)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct strbuf out = STRBUF_INIT, again = STRBUF_INIT;
	struct record r, back;

	record_init(&r, type, "fuzz.yaml");
	record_init(&back, type, "fuzz.yaml");
	r.doc.root = node_copy(&r.doc, root);
	if (record_decode(&r, &dl)) {
		record_canonicalize(&r);
		fuzz_fixed_point(r.doc.root, "fuzz_record");
		goto out;
	}
	record_canonicalize(&r);
	if (yaml_emit(r.doc.root, r.path, &out, &dl))
		fail("a valid record cannot be written", type, NULL, &dl);
	if (yaml_load(out.buf, out.len, back.path, &back.doc, &dl))
		fail("the canonical bytes do not load", type, &out, &dl);
	if (back.doc.comment_line)
		fail("a comment is found in the canonical bytes", type, &out, NULL);
	if (!node_equal(r.doc.root, back.doc.root))
		fail("the record read back differs from the one written", type,
		     &out, NULL);
	if (record_decode(&back, &dl))
		fail("the record read back is not valid", type, &out, &dl);
	record_canonicalize(&back);
	if (yaml_emit(back.doc.root, back.path, &again, &dl))
		fail("the record read back cannot be written", type, &out, &dl);
	if (again.len != out.len || memcmp(again.buf, out.buf, out.len)) {
		fprintf(stderr, "--- written again ---\n%.*s--- end ---\n",
			(int)again.len, again.buf);
		fail("writing the record read back gives other bytes", type,
		     &out, NULL);
	}
out:
	record_release(&back);
	record_release(&r);
	strbuf_release(&again);
	strbuf_release(&out);
	diag_list_release(&dl);
}

static enum record_type pick_type(const struct node *root)
{
	if (node_get(root, "ward"))
		return RECORD_OFFICE;
	if (node_get(root, "producer") || node_get(root, "category"))
		return RECORD_PRODUCT;
	return RECORD_PRODUCER;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct node_doc doc;

	node_doc_init(&doc);
	if (!yaml_load((const char *)data, size, "fuzz.yaml", &doc, &dl)) {
		if (!doc.root || doc.root->kind != NODE_MAPPING)
			abort();	/* yaml_load promised a mapping */
		round_trip(doc.root, pick_type(doc.root));
	} else if (!diag_error_count(&dl)) {
		fprintf(stderr, "fuzz_record: yaml_load failed without an error\n");
		abort();
	}
	node_doc_release(&doc);
	diag_list_release(&dl);
	return 0;
}
