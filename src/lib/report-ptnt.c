/*
 * report-ptnt.c — the ptnt-ocop report: one record of table PTNT_OCOP
 * (QĐ 5277/QĐ-BNNMT, the agriculture aggregate database) a recognised
 * product, for the national system.  Its columns are the table's own
 * names, in every format and language, so that `ocop import` reads the
 * file back with no map.
 *
 * What the decision leaves open, and ocop assumes (ocop-report(1)):
 * Ma_ThoiGian is the year of the recognition (a period code of
 * DM_KhoangThoiGian, "2025"); TrangThai is HIEULUC (in force), HETHAN
 * (ended) or THUHOI (revoked); XepHang is "3*", "4*" or "5*";
 * DoanhThuNam is left empty (ocop keeps no revenue).
 */
#include <stdlib.h>
#include <string.h>

#include "lib/report-int.h"
#include "ocop/util.h"

enum ptnt_col {
	PTNT_UNIT, PTNT_PERIOD, PTNT_PRODUCT, PTNT_NAME, PTNT_STARS,
	PTNT_PRODUCER, PTNT_REVENUE, PTNT_STATUS, PTNT_COLS
};

static const struct report_column ptnt_cols[PTNT_COLS] = {
	[PTNT_UNIT] = { "Ma_DonViHanhChinh", L_COL_PTNT_UNIT, COL_STRING, CELL_CODE },
	[PTNT_PERIOD] = { "Ma_ThoiGian", L_COL_PTNT_PERIOD, COL_STRING, CELL_CODE },
	[PTNT_PRODUCT] = { "Ma_SanPham", L_COL_PTNT_PRODUCT, COL_STRING, CELL_CODE },
	[PTNT_NAME] = { "TenSanPham", L_COL_PTNT_NAME, COL_STRING, CELL_TEXT },
	[PTNT_STARS] = { "XepHang", L_COL_PTNT_STARS, COL_STRING, CELL_TEXT },
	[PTNT_PRODUCER] = { "ChuTheSXKD", L_COL_PTNT_PRODUCER, COL_STRING, CELL_TEXT },
	[PTNT_REVENUE] = { "DoanhThuNam", L_COL_PTNT_REVENUE, COL_NUMBER, CELL_TEXT },
	[PTNT_STATUS] = { "TrangThai", L_COL_PTNT_STATUS, COL_STRING, CELL_CODE },
};

/* A product the national table holds: one recognised, 3 to 5 stars. */
static bool has_recognition(const struct report_ctx *c, const struct report_item *it)
{
	(void)c;
	return it->st.recognition && it->st.recognition->stars >= CERTIFIED_MIN_STARS;
}

static const char *ptnt_status(const struct report_item *it)
{
	switch (it->st.status) {
	case STATUS_REVOKED:
		return "THUHOI";
	case STATUS_EXPIRED:
		return "HETHAN";
	default:
		return "HIEULUC";
	}
}

/* Each ward without a unit code is said once: the column stays empty. */
static void warn_no_code(struct report_ctx *c, bool *warned, size_t dir)
{
	const struct office *o = dataset_office(c->ds, dir);

	if (warned[dir] || (o && o->unit_code))
		return;
	warned[dir] = true;
	diag_warn(c->dl, c->ds->dirs[dir].store.office.path, 0, 0,
		  _("no unit_code: Ma_DonViHanhChinh is left empty for ward '%s'"),
		  c->ds->dirs[dir].ward);
	diag_hint(c->dl, _("add the unit's code to its ocop.yaml: unit_code: \"21025\""));
}

void report_build_ptnt(struct report_ctx *c)
{
	struct report_table *rt = report_add_table(c, "ptnt_ocop", NULL);
	struct table *t = &rt->t;
	bool *warned = xcalloc(c->ds->ndirs + 1, sizeof(*warned));
	struct report_item **v;
	size_t n, i;

	v = report_select_items(c, has_recognition, report_by_ward_producer, &n);
	report_columns(c, rt, ptnt_cols, PTNT_COLS);
	for (i = 0; i < n; i++) {
		const struct report_item *it = v[i];
		const struct office *o = dataset_office(c->ds, it->e->dir);

		warn_no_code(c, warned, it->e->dir);
		table_add_row(t);
		table_set(t, PTNT_UNIT, o ? o->unit_code : NULL);
		table_setf(t, PTNT_PERIOD, "%04d", it->st.recognition->date.year);
		table_set(t, PTNT_PRODUCT, it->p->id);
		table_set(t, PTNT_NAME, it->p->name);
		table_setf(t, PTNT_STARS, "%d*", it->st.recognition->stars);
		table_set(t, PTNT_PRODUCER, report_owner_name(it));
		table_set(t, PTNT_STATUS, ptnt_status(it));
	}
	free(warned);
	free(v);
}
