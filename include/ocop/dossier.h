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

#endif
