/*
 * unit-product.h — what the unit tests of products share: a date from
 * ISO text and a product decoded from YAML, failing the test when either
 * is refused.  Include after <cmocka.h>.
 */
#ifndef OCOP_UNIT_PRODUCT_H
#define OCOP_UNIT_PRODUCT_H

#include <string.h>

#include "ocop/date.h"
#include "ocop/diag.h"
#include "ocop/record.h"
#include "ocop/yamlio.h"

/* Where the product "is": diagnostics name this file. */
#define PATH "products/x.yaml"

/* A whole or partial ISO date ("2025-10-01", "2025-10", "2025"). */
static inline struct ocop_date day(const char *iso)
{
	struct ocop_date d;

	if (date_parse_iso(iso, true, &d))
		fail_msg("bad test date %s", iso);
	return d;
}

static inline void load_product(struct record *r, const char *yaml)
{
	struct diag_list dl = DIAG_LIST_INIT;

	record_init(r, RECORD_PRODUCT, PATH);
	if (yaml_load(yaml, strlen(yaml), r->path, &r->doc, &dl) ||
	    record_decode(r, &dl))
		fail_msg("refused:\n%s\n%u:%u: %s", yaml,
			 dl.nr ? dl.items[0].line : 0,
			 dl.nr ? dl.items[0].col : 0,
			 dl.nr ? dl.items[0].message : "(no diagnostic)");
	diag_list_release(&dl);
}

#endif
