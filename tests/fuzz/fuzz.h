/*
 * fuzz.h — the entry points of a libFuzzer target, declared for the
 * warnings the build uses.  Each tests/fuzz/fuzz_NAME.c defines both; the
 * same file links with libFuzzer (make fuzz) or with replay.c, which runs
 * saved inputs through it (the regression inputs, in make check).
 */
#ifndef OCOP_FUZZ_H
#define OCOP_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/diag.h"
#include "ocop/node.h"
#include "ocop/strbuf.h"
#include "ocop/yamlio.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/*
 * The canonical writer is a fixed point for every tree the loader
 * accepts (issue 17): written, read back and written again, it gives the
 * same bytes, emit(load(emit(x))) == emit(x).  A tree the writer refuses
 * (its re-read check) is refused with an error and nothing is asserted;
 * what it writes must load.  who names the target in the report.
 */
static inline void fuzz_fixed_point(const struct node *root, const char *who)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct strbuf out = STRBUF_INIT, again = STRBUF_INIT;
	struct node_doc back;
	const char *what = NULL;

	node_doc_init(&back);
	if (yaml_emit(root, "fuzz.yaml", &out, &dl)) {
		if (!diag_error_count(&dl))
			what = "the writer refused a tree without an error";
	} else if (yaml_load(out.buf, out.len, "fuzz.yaml", &back, &dl)) {
		what = "the written bytes do not load";
	} else if (yaml_emit(back.root, "fuzz.yaml", &again, &dl)) {
		what = "the tree read back cannot be written";
	} else if (again.len != out.len || memcmp(again.buf, out.buf, out.len)) {
		what = "emit(load(emit(x))) differs from emit(x)";
	}
	if (what) {
		fprintf(stderr, "%s: %s\n--- emit(x) ---\n%.*s--- emit(load(emit(x))) ---\n%.*s--- end ---\n",
			who, what, (int)out.len, out.buf ? out.buf : "",
			(int)again.len, again.buf ? again.buf : "");
		diag_print(&dl, stderr);
		abort();
	}
	node_doc_release(&back);
	strbuf_release(&again);
	strbuf_release(&out);
	diag_list_release(&dl);
}

/*
 * A cell of a register, as the import would put it in a record: a
 * single-line value, a note in a block and a note in a flow entry of a
 * history.  The writer must be a fixed point for each (fuzz_fixed_point).
 */
#define FUZZ_CELLS_WRITTEN 32	/* cells of an input tried so: speed */

static inline void fuzz_cell_fixed_point(const char *cell, const char *who)
{
	struct node_doc doc;
	struct node *seq, *entry;

	node_doc_init(&doc);
	doc.root = node_new_mapping(&doc);
	node_set_str(&doc, doc.root, "name", cell, STYLE_AUTO);
	node_set_str(&doc, doc.root, "notes", cell, STYLE_AUTO);
	seq = node_new_sequence(&doc);
	entry = node_new_mapping(&doc);
	node_set_str(&doc, entry, "step", "2", STYLE_PLAIN);
	node_set_str(&doc, entry, "note", cell, STYLE_AUTO);
	node_append(&doc, seq, entry);
	node_set(&doc, doc.root, "cycle", seq);
	fuzz_fixed_point(doc.root, who);
	node_doc_release(&doc);
}

#endif
