/*
 * dossier.c — the kinds of document of an evaluation dossier (dossier.h).
 *
 * Sources (../shared/ocop-rules.md): §4 for the dossier of 1048/QĐ-TTg
 * (biểu 01–04, the business registration, 05 samples, the evidence) and
 * of 148/QĐ-TTg (registration form and self-assessment report, evidence,
 * samples); §2 for 1489/QĐ-TTg (the ward checks the form of the dossiers
 * and sends a written request to the province); §3 for re-recognition
 * (registration form + self-assessment updated for the 3 years, the
 * quality declaration among them).
 */
#include <string.h>

#include "ocop/dossier.h"
#include "ocop/text.h"
#include "ocop/util.h"

#define EVERY (DOSSIER_WARD | DOSSIER_COUNCIL | DOSSIER_RENEWAL)

static const struct dossier_kind kinds[] = {
	{ .slug = "registration", .name_vi = "Phiếu đăng ký sản phẩm",
	  .name_en = "registration form", .basis = "148/QĐ-TTg",
	  .required = EVERY, .scope = SCOPE_ALL },
	{ .slug = "business-plan", .name_vi = "Phương án, kế hoạch kinh doanh",
	  .name_en = "business plan", .basis = "1048/QĐ-TTg",
	  .required = DOSSIER_WARD | DOSSIER_COUNCIL, .scope = SCOPE_ALL },
	{ .slug = "self-assessment",
	  .name_vi = "Báo cáo tự đánh giá về sản phẩm theo Bộ tiêu chí",
	  .name_en = "self-assessment report", .basis = "148/QĐ-TTg",
	  .required = EVERY, .scope = SCOPE_ALL },
	{ .slug = "business-licence",
	  .name_vi = "Giấy chứng nhận đăng ký kinh doanh (bản sao)",
	  .name_en = "business registration certificate", .basis = "1048/QĐ-TTg",
	  .required = DOSSIER_COUNCIL, .scope = SCOPE_ALL },
	{ .slug = "food-safety",
	  .name_vi = "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
	  .name_en = "food safety certificate", .basis = "148/QĐ-TTg",
	  .required = DOSSIER_COUNCIL | DOSSIER_RENEWAL, .scope = SCOPE_FOOD,
	  .expires = true },
	{ .slug = "quality-declaration", .name_vi = "Bản tự công bố chất lượng sản phẩm",
	  .name_en = "quality declaration", .basis = "148/QĐ-TTg",
	  .required = DOSSIER_COUNCIL | DOSSIER_RENEWAL, .scope = SCOPE_GOODS },
	{ .slug = "test-report", .name_vi = "Phiếu kết quả kiểm nghiệm",
	  .name_en = "test report", .basis = "148/QĐ-TTg",
	  .required = DOSSIER_COUNCIL, .scope = SCOPE_FOOD },
	{ .slug = "label", .name_vi = "Nhãn sản phẩm",
	  .name_en = "label", .basis = "148/QĐ-TTg",
	  .required = DOSSIER_COUNCIL, .scope = SCOPE_GOODS },
	{ .slug = "barcode", .name_vi = "Giấy chứng nhận mã số mã vạch",
	  .name_en = "barcode certificate", .basis = "148/QĐ-TTg",
	  .required = 0, .scope = SCOPE_GOODS },
	{ .slug = "trademark", .name_vi = "Giấy chứng nhận đăng ký nhãn hiệu",
	  .name_en = "trademark certificate", .basis = "148/QĐ-TTg",
	  .required = 0, .scope = SCOPE_ALL },
	{ .slug = "samples", .name_vi = "05 mẫu sản phẩm",
	  .name_en = "five samples", .basis = "1048/QĐ-TTg",
	  .required = DOSSIER_COUNCIL, .scope = SCOPE_GOODS },
	{ .slug = "photos", .name_vi = "Hình ảnh sản phẩm",
	  .name_en = "photographs", .basis = "148/QĐ-TTg",
	  .required = 0, .scope = SCOPE_ALL },
	{ .slug = "request-letter", .name_vi = "Văn bản đề nghị của UBND cấp xã",
	  .name_en = "the ward's request letter", .basis = "1489/QĐ-TTg",
	  .required = DOSSIER_COUNCIL, .scope = SCOPE_ALL },
};

const struct dossier_kind *dossier_kind_at(size_t i)
{
	return i < ARRAY_SIZE(kinds) ? &kinds[i] : NULL;
}

size_t dossier_kind_count(void)
{
	return ARRAY_SIZE(kinds);
}

const struct dossier_kind *dossier_kind_find(const char *slug,
					     const char **suggestion)
{
	const char *slugs[ARRAY_SIZE(kinds)];
	size_t i;

	for (i = 0; i < ARRAY_SIZE(kinds); i++) {
		if (!strcmp(kinds[i].slug, slug))
			return &kinds[i];
		slugs[i] = kinds[i].slug;
	}
	if (suggestion)
		*suggestion = text_suggest(slug, slugs, ARRAY_SIZE(kinds));
	return NULL;
}

bool dossier_applies(const struct dossier_kind *k, enum ocop_category cat)
{
	switch (k->scope) {
	case SCOPE_GOODS:
		return cat != CATEGORY_TOURISM;
	case SCOPE_FOOD:
		return cat == CATEGORY_FOOD || cat == CATEGORY_BEVERAGE ||
		       cat == CATEGORY_HERBAL;
	default:
		return true;
	}
}

const char *dossier_step_slug(enum dossier_step step)
{
	switch (step) {
	case DOSSIER_WARD:
		return "ward";
	case DOSSIER_COUNCIL:
		return "council";
	case DOSSIER_RENEWAL:
		return "renewal";
	}
	return NULL;
}

enum dossier_step dossier_next_step(const struct product *p,
				    const struct product_derived *st)
{
	size_t i;

	if (st->recognition && st->status != STATUS_REVOKED)
		return DOSSIER_RENEWAL;
	for (i = 0; i < p->nevals; i++)
		if (p->evals[i].level == LEVEL_WARD)
			return DOSSIER_COUNCIL;	/* the ward has assessed it */
	return DOSSIER_WARD;
}

bool document_in_force(const struct document *d, const struct ocop_date *day)
{
	return !d->has_expires || date_cmp(day, &d->expires) <= 0;
}

void dossier_state(const struct product *p, const struct product_derived *st,
		   const struct ocop_date *day, struct dossier_state *out)
{
	size_t i, j;

	memset(out, 0, sizeof(*out));
	out->next = dossier_next_step(p, st);
	for (i = 0; i < ARRAY_SIZE(kinds); i++) {
		const struct dossier_kind *k = &kinds[i];
		bool any = false, in_force = false;

		for (j = 0; j < p->ndocs; j++) {
			if (!p->docs[j].kind || strcmp(p->docs[j].kind, k->slug))
				continue;
			any = true;
			in_force |= document_in_force(&p->docs[j], day);
		}
		if (in_force)
			out->held[out->nheld++] = k;
		else if (any)
			out->expired[out->nexpired++] = k;
		else if ((k->required & out->next) && dossier_applies(k, p->category))
			out->missing[out->nmissing++] = k;
	}
}

bool dossier_holds(const struct dossier_state *ds, const char *slug)
{
	size_t i;

	for (i = 0; i < ds->nheld; i++)
		if (!strcmp(ds->held[i]->slug, slug))
			return true;
	return false;
}
