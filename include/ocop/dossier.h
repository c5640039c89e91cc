/*
 * dossier.h — the evaluation dossier (hồ sơ) as data: the kinds of
 * document a product's dossier holds, what each is called, which decision
 * asks for it and at which step (../shared/ocop-rules.md §3, §4).
 *
 * One table, in src/lib/dossier.c: the documents' KIND on records
 * (`documents: - kind: food-safety`), `ocop doc add`, the readiness
 * report and completion all read it.
 */
#ifndef OCOP_DOSSIER_H
#define OCOP_DOSSIER_H

#include <stdbool.h>
#include <stddef.h>

#include "ocop/derived.h"
#include "ocop/record.h"
#include "ocop/rules.h"

/*
 * The largest file `ocop doc add` copies: 50 MiB.  A dossier of 300–500
 * scanned pages runs to tens of megabytes in all; one document past this
 * is a scan to compress, not to keep in a git repository.
 */
#define DOC_FILE_MAX (50 * 1024 * 1024)
#define DOC_FILE_MAX_TEXT "50 MiB"

/* The steps a dossier is sent to, as a mask. */
enum dossier_step {
	DOSSIER_WARD = 1 << 0,		/* the ward's check (step 4, 1489) */
	DOSSIER_COUNCIL = 1 << 1,	/* the council's evaluation (step 5) */
	DOSSIER_RENEWAL = 1 << 2	/* re-recognition before expiry */
};

/* Which products a kind concerns. */
enum dossier_scope {
	SCOPE_ALL,	/* every product */
	SCOPE_GOODS,	/* goods, not a tourism service (samples, label…) */
	SCOPE_FOOD	/* eaten or drunk: categories food, beverage, herbal */
};

struct dossier_kind {
	const char *slug;	/* "food-safety": what records hold */
	const char *name_vi;	/* "Giấy chứng nhận cơ sở đủ điều kiện ATTP" */
	const char *name_en;
	const char *basis;	/* the decision that asks for it */
	unsigned required;	/* enum dossier_step: where it must be */
	enum dossier_scope scope;
	bool expires;		/* a certificate with an end date */
};

/* The i-th kind (from 0), NULL past the end. */
const struct dossier_kind *dossier_kind_at(size_t i);
size_t dossier_kind_count(void);
/* The kind of slug, or NULL; *suggestion the nearest slug when not found. */
const struct dossier_kind *dossier_kind_find(const char *slug,
					     const char **suggestion);
/* Does kind k concern a product of category cat? */
bool dossier_applies(const struct dossier_kind *k, enum ocop_category cat);
/* "ward", "council" or "renewal" for one step of the mask. */
const char *dossier_step_slug(enum dossier_step step);

/*
 * The dossier a product must send next: the re-recognition's once it has
 * been recognised (in force or ended, not revoked), the council's once
 * the ward has assessed it, else the one the ward checks (1489).
 */
enum dossier_step dossier_next_step(const struct product *p,
				    const struct product_derived *st);

#define DOSSIER_KINDS_MAX 16

/* A product's dossier on a day, against what its next step needs. */
struct dossier_state {
	enum dossier_step next;
	/* kinds with a document in force (no expiry, or not past it) */
	const struct dossier_kind *held[DOSSIER_KINDS_MAX];
	/* kinds whose every document has expired */
	const struct dossier_kind *expired[DOSSIER_KINDS_MAX];
	/* kinds the next step needs (for its category) with no document */
	const struct dossier_kind *missing[DOSSIER_KINDS_MAX];
	size_t nheld, nexpired, nmissing;
};

void dossier_state(const struct product *p, const struct product_derived *st,
		   const struct ocop_date *day, struct dossier_state *out);
/* Does the state hold a document of kind slug in force? */
bool dossier_holds(const struct dossier_state *ds, const char *slug);
/* Is a document in force on day (through its expiry day, Civil Code art. 148)? */
bool document_in_force(const struct document *d, const struct ocop_date *day);

#endif
