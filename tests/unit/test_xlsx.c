/* test_xlsx.c — the XLSX reader (xlsx.h), on workbooks written here with libzip. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ocop/diag.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"
#include "ocop/xlsx.h"

#include "../hostile-xlsx/book.h"

static char dir[] = "/tmp/ocop-test-xlsx-XXXXXX";
static char path[64];

static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/book.xlsx", dir);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unlink(path);
	rmdir(dir);
	return 0;
}

static void cell_ref(unsigned row, unsigned col, struct strbuf *out)
{
	char letters[4];
	int n = 0;

	while (col) {
		letters[n++] = (char)('A' + (col - 1) % 26);
		col = (col - 1) / 26;
	}
	while (n)
		strbuf_addch(out, letters[--n]);
	strbuf_addf(out, "%u", row);
}

/*
 * Each row as "N:a|b|c\n".  A merged range's top-left cell is written
 * "text*RANGE", a covered cell "text^TOPLEFT=mergetext".
 */
static int render(const struct xlsx_row *row, void *ctx)
{
	struct strbuf *out = ctx;
	size_t i;

	strbuf_addf(out, "%u:", row->number);
	for (i = 0; i < row->ncells; i++) {
		const struct xlsx_merge *m = row->merge[i];

		strbuf_addf(out, "%s%s", i ? "|" : "", row->cells[i]);
		if (!m)
			continue;
		if (xlsx_cell_covered(row, i)) {
			strbuf_addch(out, '^');
			cell_ref(m->first_row, m->first_col, out);
			strbuf_addf(out, "=%s", m->text);
		} else {
			strbuf_addch(out, '*');
			cell_ref(m->first_row, m->first_col, out);
			strbuf_addch(out, ':');
			cell_ref(m->last_row, m->last_col, out);
		}
	}
	strbuf_addch(out, '\n');
	return 0;
}

/* Write bk, open it and read sheet index into out; the read's value. */
static int read_book(const struct book *bk, size_t index, struct strbuf *out,
		     struct diag_list *dl)
{
	struct xlsx_book *b;
	int ret;

	assert_int_equal(book_write(path, bk), 0);
	b = xlsx_open(path, dl);
	if (!b)
		return -2;
	ret = xlsx_read_sheet(b, index, render, out, dl);
	xlsx_close(b);
	return ret;
}

static void expect_rows(const struct book *bk, const char *want)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct strbuf out = STRBUF_INIT;
	int ret = read_book(bk, 0, &out, &dl);

	if (ret)
		diag_print(&dl, stderr);
	assert_int_equal(ret, 0);
	assert_int_equal(diag_error_count(&dl), 0);
	assert_string_equal(out.buf, want);
	strbuf_release(&out);
	diag_list_release(&dl);
}

/* The book is refused, with an error whose message holds want. */
static void expect_refused(const struct book *bk, const char *want)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct strbuf out = STRBUF_INIT;
	size_t i;
	bool seen = false;

	assert_int_not_equal(read_book(bk, 0, &out, &dl), 0);
	assert_true(diag_error_count(&dl) > 0);
	for (i = 0; i < dl.nr; i++)
		if (dl.items[i].severity == DIAG_ERROR && strstr(dl.items[i].message, want))
			seen = true;
	if (!seen) {
		diag_print(&dl, stderr);
		fail_msg("no error holding '%s'", want);
	}
	strbuf_release(&out);
	diag_list_release(&dl);
}

static void test_strings(void **state)
{
	/* "Tiến" written decomposed (e + combining circumflex + acute) comes out in NFC. */
	const struct book bk = {
		.strings = STRINGS(
			"<si><t>Tên sản phẩm</t></si>"
			"<si><r><rPr><b/></rPr><t>HTX </t></r><r><t xml:space=\"preserve\">Đồng Tie\xcc\x82\xcc\x81n</t></r>"
			"<rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si>"),
		.sheet = SHEET(
			"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
			"<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>Trà </t><r><t>xanh</t></r></is></c>"
			"<c r=\"C3\" t=\"str\"><f>A1&amp;\"x\"</f><v>Tên sản phẩmx</v></c>"
			"<c r=\"D3\" t=\"b\"><v>1</v></c><c r=\"E3\" t=\"b\"><v>0</v></c>"
			"<c r=\"F3\" t=\"e\"><v>#N/A</v></c><c r=\"G3\" s=\"0\"/></row>"
			/* Excel's escapes: CR, "_", a Vietnamese letter; a control character and a bad one stay. */
			"<row r=\"4\"><c t=\"inlineStr\"><is><t>a_x000D_\nb _x005F_x0041_ _x1EA1_ _x0001_ _x00G1_ _x</t></is></c></row>"),
	};

	(void)state;
	expect_rows(&bk,
		    "1:Tên sản phẩm||HTX Đồng Tiến\n"
		    "3:|Trà xanh|Tên sản phẩmx|TRUE|FALSE|#N/A|\n"
		    "4:a\r\nb _x0041_ ạ _x0001_ _x00G1_ _x\n");
}

static void test_numbers(void **state)
{
	const struct book bk = {
		.sheet = SHEET(
			"<row r=\"1\"><c r=\"A1\"><v>401234567</v></c><c r=\"B1\" t=\"n\"><v>4.01234567E8</v></c>"
			"<c r=\"C1\"><v>1.5</v></c><c r=\"D1\"><v>0.30000000000000004</v></c>"
			"<c r=\"E1\"><v>-3</v></c><c r=\"F1\"><v>2.5E-3</v></c>"
			"<c r=\"G1\"><v>1234567890123456</v></c><c r=\"H1\"><v>1E+20</v></c>"
			"<c r=\"I1\"><v>-0</v></c><c r=\"J1\"><v>0.1</v></c><c r=\"K1\"><v>NaN</v></c></row>"
			/* A row without r and cells without r follow on. */
			"<row><c><v>7</v></c><c><v>8</v></c></row>"),
	};

	(void)state;
	expect_rows(&bk,
		    "1:401234567|401234567|1.5|0.3|-3|0.0025|1234567890123456|1e+20|0|0.1|NaN\n"
		    "2:7|8\n");
}

#define STYLES "<styleSheet xmlns=\"" NS_MAIN "\"><numFmts count=\"4\">"		\
	"<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"			\
	"<numFmt numFmtId=\"165\" formatCode=\"#,##0&quot;đ&quot;\"/>"			\
	"<numFmt numFmtId=\"166\" formatCode=\"h:mm\"/>"				\
	"<numFmt numFmtId=\"167\" formatCode=\"[$-42A]d mmmm yyyy;@\"/></numFmts>"	\
	"<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"		\
	"<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"		\
	"<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/>"	\
	"<xf numFmtId=\"167\"/></cellXfs></styleSheet>"

static void test_dates(void **state)
{
	const struct book bk = {
		.styles = STYLES,
		.sheet = SHEET(
			"<row r=\"1\"><c r=\"A1\" s=\"1\"><v>59</v></c><c r=\"B1\" s=\"1\"><v>60</v></c>"
			"<c r=\"C1\" s=\"1\"><v>61</v></c><c r=\"D1\" s=\"1\"><v>1</v></c>"
			"<c r=\"E1\" s=\"2\"><v>45658.75</v></c><c r=\"F1\" s=\"5\"><v>2958465</v></c></row>"
			/* Not dates: the general, currency and time formats, a cell format the styles lack. */
			"<row r=\"2\"><c r=\"A2\" s=\"0\"><v>45658</v></c><c r=\"B2\" s=\"3\"><v>45658</v></c>"
			"<c r=\"C2\" s=\"4\"><v>45658</v></c><c r=\"D2\" s=\"99\"><v>45658</v></c></row>"
			/* No day: kept as numbers, with a warning each. */
			"<row r=\"3\"><c r=\"A3\" s=\"1\"><v>0</v></c><c r=\"B3\" s=\"1\"><v>-1</v></c>"
			"<c r=\"C3\" s=\"1\"><v>2958466</v></c><c r=\"D3\" s=\"1\"><v>1E+308</v></c></row>"),
	};
	struct diag_list dl = DIAG_LIST_INIT;
	struct strbuf out = STRBUF_INIT;

	(void)state;
	assert_int_equal(read_book(&bk, 0, &out, &dl), 0);
	assert_string_equal(out.buf,
			    "1:1900-02-28|1900-02-29|1900-03-01|1900-01-01|2025-01-01|9999-12-31\n"
			    "2:45658|45658|45658|45658\n"
			    "3:0|-1|2958466|1e+308\n");
	assert_int_equal(diag_error_count(&dl), 0);
	assert_int_equal(dl.nr, 4);
	assert_string_equal(dl.items[0].message,
			    "Sheet1!A3: 0, in a date format, is no day; kept as a number");
	assert_string_equal(dl.items[3].message,
			    "Sheet1!D3: 1e+308, in a date format, is no day; kept as a number");
	strbuf_release(&out);
	diag_list_release(&dl);
}

static void test_dates_1904(void **state)
{
	const struct book bk = {
		.workbook = "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\">"
			    "<workbookPr date1904=\"1\"/><sheets>"
			    "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
		.styles = STYLES,
		.sheet = SHEET("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>1</v></c>"
			       "<c r=\"C1\" s=\"2\"><v>44196</v></c><c r=\"D1\" s=\"1\"><v>60</v></c></row>"),
	};

	struct diag_list dl = DIAG_LIST_INIT;
	struct xlsx_book *b;
	char iso[DATE_ISO_MAX];

	(void)state;
	expect_rows(&bk, "1:1904-01-01|1904-01-02|2025-01-01|1904-03-01\n");
	/* A date column without a date format: the caller converts. */
	b = xlsx_open(path, &dl);
	assert_non_null(b);
	assert_true(xlsx_serial_date(b, "44196", iso));
	assert_string_equal(iso, "2025-01-01");
	assert_true(xlsx_serial_date(b, "0.5", iso));
	assert_string_equal(iso, "1904-01-01");
	assert_false(xlsx_serial_date(b, "-1", iso));
	assert_false(xlsx_serial_date(b, "2025-01-01", iso));
	assert_false(xlsx_serial_date(b, "", iso));
	xlsx_close(b);
	assert_int_equal(book_write(path, &(struct book){ .sheet = SHEET("") }), 0);
	b = xlsx_open(path, &dl);
	assert_non_null(b);
	assert_true(xlsx_serial_date(b, "45658.999999", iso));
	assert_string_equal(iso, "2025-01-01");
	assert_true(xlsx_serial_date(b, "60", iso));
	assert_string_equal(iso, "1900-02-29");
	assert_false(xlsx_serial_date(b, "0", iso));
	assert_false(xlsx_serial_date(b, "NaN", iso));
	assert_false(xlsx_serial_date(b, "1e308", iso));
	assert_false(xlsx_serial_date(b, "2958466", iso));
	xlsx_close(b);
	assert_int_equal(dl.nr, 0);
}

static void test_merges(void **state)
{
	/*
	 * A title merged over the table, a producer and its address merged
	 * over its products, a range past the widest row (bounded by it) and
	 * a merge of the whole sheet's width on a row with one cell.
	 */
	const struct book bk = {
		.sheet = SHEET_MERGED(
			"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>DANH SÁCH</t></is></c></row>"
			"<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>HTX Tân An</t></is></c>"
			"<c r=\"C2\" t=\"inlineStr\"><is><t>Trà</t></is></c></row>"
			"<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"B3\" s=\"1\"/><c r=\"C3\" t=\"inlineStr\"><is><t>Bánh</t></is></c></row>"
			"<row r=\"4\"><c r=\"A4\"><v>3</v></c><c r=\"C4\" t=\"inlineStr\"><is><t>Kẹo</t></is></c>"
			"<c r=\"D4\"><v>9</v></c></row>"
			"<row r=\"6\"><c r=\"A6\"><v>6</v></c></row>",
			"<mergeCell ref=\"A1:D1\"/><mergeCell ref=\"B2:B4\"/><mergeCell ref=\"A6:XFD9\"/>"),
	};

	(void)state;
	expect_rows(&bk,
		    "1:DANH SÁCH*A1:D1|^A1=DANH SÁCH|^A1=DANH SÁCH|^A1=DANH SÁCH\n"
		    "2:1|HTX Tân An*B2:B4|Trà\n"
		    "3:2|^B2=HTX Tân An|Bánh\n"
		    "4:3|^B2=HTX Tân An|Kẹo|9\n"
		    "6:6*A6:XFD9|^A6=6|^A6=6|^A6=6\n");
}

static void test_sheets(void **state)
{
	static const struct book_entry sheets[] = {
		{ "xl/worksheets/s1.xml", SHEET("<row r=\"1\"><c t=\"inlineStr\"><is><t>one</t></is></c></row>"), 0 },
		{ "xl/worksheets/s2.xml", SHEET("<row r=\"1\"><c t=\"inlineStr\"><is><t>two</t></is></c></row>"), 0 },
		{ "xl/worksheets/s3.xml", SHEET("<row r=\"1\"><c t=\"inlineStr\"><is><t>three</t></is></c></row>"), 0 },
	};
	const struct book bk = {
		.workbook = "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\"><sheets>"
			    "<sheet name=\"Tổng hợp\" sheetId=\"3\" r:id=\"rId9\"/>"
			    "<sheet name=\"Sản phẩm\" sheetId=\"1\" r:id=\"rId1\"/>"
			    "<sheet name=\"1\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>",
		.rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			"<Relationship Id=\"rId1\" Type=\"" REL_SHEET "\" Target=\"/xl/worksheets/s2.xml\"/>"
			"<Relationship Id=\"rId2\" Type=\"" REL_SHEET "\" Target=\"worksheets/s3.xml\"/>"
			"<Relationship Id=\"rId9\" Type=\"" REL_SHEET "\" Target=\"worksheets/s1.xml\"/>"
			"</Relationships>",
		.extra = sheets,
		.nextra = ARRAY_SIZE(sheets),
	};
	struct diag_list dl = DIAG_LIST_INIT;
	struct strbuf out = STRBUF_INIT;
	struct xlsx_book *b;

	(void)state;
	assert_int_equal(book_write(path, &bk), 0);
	b = xlsx_open(path, &dl);
	assert_non_null(b);
	assert_int_equal(xlsx_sheet_count(b), 3);
	assert_string_equal(xlsx_sheet_name(b, 0), "Tổng hợp");
	assert_string_equal(xlsx_sheet_name(b, 1), "Sản phẩm");
	assert_string_equal(xlsx_sheet_name(b, 2), "1");
	assert_int_equal(xlsx_find_sheet(b, "Sản phẩm", &dl), 1);
	/* Case is ignored for ASCII letters only. */
	assert_int_equal(xlsx_find_sheet(b, "TỔNG HỢP", &dl), -1);
	assert_int_equal(xlsx_find_sheet(b, "TổNG HợP", &dl), 0);
	/* A sheet named "1" is that sheet; other numbers count from 1. */
	assert_int_equal(xlsx_find_sheet(b, "1", &dl), 2);
	assert_int_equal(xlsx_find_sheet(b, "2", &dl), 1);
	assert_int_equal(xlsx_find_sheet(b, "3", &dl), 2);
	assert_int_equal(dl.nr, 1);
	assert_string_equal(dl.items[0].message, "no sheet named 'TỔNG HỢP'");
	assert_int_equal(xlsx_find_sheet(b, "4", &dl), -1);
	assert_string_equal(dl.items[1].message, "no sheet 4: the workbook has 3");
	assert_int_equal(xlsx_find_sheet(b, "Products", &dl), -1);
	assert_string_equal(dl.items[2].message, "no sheet named 'Products'");
	assert_string_equal(dl.items[2].hint, "the sheets are 'Tổng hợp', 'Sản phẩm', '1'");
	assert_int_equal(xlsx_read_sheet(b, 0, render, &out, &dl), 0);
	assert_int_equal(xlsx_read_sheet(b, 1, render, &out, &dl), 0);
	assert_int_equal(xlsx_read_sheet(b, 2, render, &out, &dl), 0);
	assert_string_equal(out.buf, "1:one\n1:two\n1:three\n");
	xlsx_close(b);
	strbuf_release(&out);
	diag_list_release(&dl);
}

struct tally {
	unsigned rows;
	size_t widest;
};

/* Count rows and the widest; stop at row 2 with 42. */
static int tally_rows(const struct xlsx_row *row, void *ctx)
{
	struct tally *t = ctx;

	t->rows++;
	if (row->ncells > t->widest)
		t->widest = row->ncells;
	return row->number == 2 ? 42 : 0;
}

/* Write and read bk with tally_rows; the read's value.  No diagnostic. */
static int tally(const struct book *bk, struct tally *t)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct xlsx_book *b;
	int ret;

	memset(t, 0, sizeof(*t));
	assert_int_equal(book_write(path, bk), 0);
	b = xlsx_open(path, &dl);
	assert_non_null(b);
	ret = xlsx_read_sheet(b, 0, tally_rows, t, &dl);
	assert_int_equal(dl.nr, 0);
	xlsx_close(b);
	return ret;
}

static void test_callback_stops(void **state)
{
	const struct book bk = { .sheet = SHEET("<row r=\"1\"/><row r=\"2\"/><row r=\"3\"/>") };
	struct tally t;

	(void)state;
	assert_int_equal(tally(&bk, &t), 42);
	assert_int_equal(t.rows, 2);
}

static void test_cell_at_xfd(void **state)
{
	/* The last cell of a sheet: one row of 16,384 cells, not rows × columns. */
	const struct book bk = {
		.sheet = SHEET("<row r=\"1048576\"><c r=\"XFD1048576\"><v>1</v></c></row>"),
	};
	struct tally t;

	(void)state;
	assert_int_equal(tally(&bk, &t), 0);
	assert_int_equal(t.rows, 1);
	assert_int_equal(t.widest, XLSX_MAX_COLUMN);
}

/* ---- hostile workbooks ---- */

static void expect_open_refused(const void *data, size_t len, const char *want,
				const char *hint)
{
	struct diag_list dl = DIAG_LIST_INIT;
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	assert_null(xlsx_open(path, &dl));
	assert_int_equal(dl.nr, 1);
	assert_string_equal(dl.items[0].file, path);
	assert_non_null(strstr(dl.items[0].message, want));
	if (hint)
		assert_string_equal(dl.items[0].hint, hint);
	diag_list_release(&dl);
}

static void test_not_a_workbook(void **state)
{
	static const unsigned char xls[16] = {
		0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0
	};
	static const char csv[] = "Tên sản phẩm,Chủ thể\nTrà,HTX\n";
	struct diag_list dl = DIAG_LIST_INIT;

	(void)state;
	expect_open_refused(xls, sizeof(xls),
			    "an Excel 97-2003 workbook (.xls), which ocop cannot read",
			    "save it as an Excel Workbook (.xlsx) or as CSV UTF-8");
	expect_open_refused(csv, sizeof(csv) - 1, "not an Excel workbook (.xlsx): ", NULL);
	expect_open_refused("", 0, "not an Excel workbook (.xlsx): ", NULL);
	assert_null(xlsx_open(dir, &dl));
	assert_string_equal(dl.items[0].message, "not a file");
	diag_list_release(&dl);
}

static void test_truncated(void **state)
{
	const struct book bk = { .sheet = SHEET("<row r=\"1\"><c><v>1</v></c></row>") };
	static char buf[8192];
	FILE *f;
	size_t len;

	(void)state;
	assert_int_equal(book_write(path, &bk), 0);
	f = fopen(path, "rb");
	assert_non_null(f);
	len = fread(buf, 1, sizeof(buf), f);
	fclose(f);
	assert_true(len > 100 && len < sizeof(buf));
	expect_open_refused(buf, len / 2, "not an Excel workbook (.xlsx): ", NULL);
}

static void test_missing_parts(void **state)
{
	const struct book no_workbook = { .workbook = BOOK_NONE };
	const struct book no_rels = { .rels = BOOK_NONE };
	/* The workbook names a sheet whose part is not in the file. */
	const struct book no_sheet = { .sheet = NULL };
	const struct book no_rel = {
		.rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>",
		.sheet = SHEET(""),
	};
	const struct book external = {
		.rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			"<Relationship Id=\"rId1\" Type=\"" REL_SHEET "\" Target=\"file:///etc/passwd\" TargetMode=\"External\"/>"
			"</Relationships>",
	};
	const struct book up = {
		.rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
			"<Relationship Id=\"rId1\" Type=\"" REL_SHEET "\" Target=\"../../etc/passwd\"/>"
			"</Relationships>",
	};

	(void)state;
	expect_refused(&no_workbook, "xl/workbook.xml is missing from the workbook");
	expect_refused(&no_rels, "xl/_rels/workbook.xml.rels is missing from the workbook");
	expect_refused(&no_sheet, "xl/worksheets/sheet1.xml is missing from the workbook");
	expect_refused(&no_rel, "sheet 'Sheet1' has no part in the workbook");
	expect_refused(&external, "sheet 'Sheet1' has no part in the workbook");
	expect_refused(&up, "sheet 'Sheet1' has no part in the workbook");
}

static void test_unsafe_names(void **state)
{
	static const struct book_entry dotdot[] = { { "../../evil.xml", "<x/>", 0 } };
	static const struct book_entry inner[] = { { "xl/../../evil.xml", "<x/>", 0 } };
	static const struct book_entry absolute[] = { { "/abs/evil.xml", "<x/>", 0 } };
	static const struct book_entry backslash[] = { { "..\\evil.xml", "<x/>", 0 } };
	const struct book a = { .sheet = SHEET(""), .extra = dotdot, .nextra = 1 };
	const struct book b = { .sheet = SHEET(""), .extra = inner, .nextra = 1 };
	const struct book c = { .sheet = SHEET(""), .extra = absolute, .nextra = 1 };
	const struct book d = { .sheet = SHEET(""), .extra = backslash, .nextra = 1 };

	(void)state;
	expect_refused(&a, "unsafe entry name '../../evil.xml' in the workbook");
	expect_refused(&b, "unsafe entry name 'xl/../../evil.xml' in the workbook");
	expect_refused(&c, "unsafe entry name '/abs/evil.xml' in the workbook");
	expect_refused(&d, "unsafe entry name '..\\evil.xml' in the workbook");
}

/* n bytes of a sheet whose text is spaces: deflates about 1000 to 1. */
static char *spaces_sheet(size_t n)
{
	static const char head[] = "<worksheet xmlns=\"" NS_MAIN "\"><sheetData>";
	static const char tail[] = "</sheetData></worksheet>";
	char *s = xmalloc(n + 1);

	memset(s, ' ', n);
	memcpy(s, head, sizeof(head) - 1);
	memcpy(s + n - (sizeof(tail) - 1), tail, sizeof(tail) - 1);
	s[n] = '\0';
	return s;
}

static void test_zip_bomb(void **state)
{
	char *sheet = spaces_sheet(8u << 20);
	const struct book bk = { .sheet = sheet };
	struct diag_list dl = DIAG_LIST_INIT;
	clock_t start = clock();

	(void)state;
	/* The header says 8 MiB in ~8 KiB: refused before inflating. */
	expect_refused(&bk, "xl/worksheets/sheet1.xml: compressed more than 200 to 1, as a zip bomb is");
	/* The header lies (1000 bytes): the counting loop stops it. */
	assert_int_equal(book_write(path, &bk), 0);
	assert_int_equal(book_lie_about_size(path, "xl/worksheets/sheet1.xml", 1000), 0);
	{
		struct xlsx_book *b = xlsx_open(path, &dl);
		struct strbuf out = STRBUF_INIT;

		assert_non_null(b);
		assert_int_equal(xlsx_read_sheet(b, 0, render, &out, &dl), -1);
		assert_true(diag_error_count(&dl) > 0);
		xlsx_close(b);
		strbuf_release(&out);
	}
	assert_true((double)(clock() - start) / CLOCKS_PER_SEC < 5);
	free(sheet);
	diag_list_release(&dl);
}

static void test_entities(void **state)
{
	const struct book laughs = {
		.strings = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"ha\">"
			   "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
			   "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
			   "<sst xmlns=\"" NS_MAIN "\"><si><t>&c;</t></si></sst>",
		.sheet = SHEET("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"),
	};
	const struct book external = {
		.sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
			 "<worksheet xmlns=\"" NS_MAIN "\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&x;</t>"
			 "</is></c></row></sheetData></worksheet>",
	};

	(void)state;
	expect_refused(&laughs, "xl/sharedStrings.xml:1: a DOCTYPE or entity declaration, which a workbook never holds");
	expect_refused(&external, "xl/worksheets/sheet1.xml:1: a DOCTYPE or entity declaration");
}

static void test_malformed(void **state)
{
	const struct book unclosed = { .sheet = SHEET("<row r=\"1\"><c><v>1</v></row>") };
	const struct book undefined = { .sheet = SHEET("<row r=\"1\"><c t=\"inlineStr\"><is><t>&x;</t></is></c></row>") };
	const struct book empty = { .sheet = "" };
	struct strbuf deep = STRBUF_INIT;
	struct book nested = { .sheet = NULL };
	int i;

	(void)state;
	expect_refused(&unclosed, "xl/worksheets/sheet1.xml:1: malformed XML: mismatched tag");
	expect_refused(&undefined, "malformed XML: undefined entity");
	expect_refused(&empty, "xl/worksheets/sheet1.xml:1: malformed XML: no element found");
	strbuf_addstr(&deep, "<worksheet><sheetData>");
	for (i = 0; i < 100000; i++)
		strbuf_addstr(&deep, "<a>");
	nested.sheet = deep.buf;
	expect_refused(&nested, "XML nested deeper than 64 elements");
	strbuf_release(&deep);
}

static void test_bad_cells(void **state)
{
	const struct book past_column = { .sheet = SHEET("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>") };
	const struct book past_row = { .sheet = SHEET("<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>") };
	const struct book not_ref = { .sheet = SHEET("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>") };
	const struct book not_row = { .sheet = SHEET("<row r=\"x1\"/>") };
	const struct book huge_row = { .sheet = SHEET("<row r=\"99999999999999999999\"/>") };
	const struct book backwards = { .sheet = SHEET("<row r=\"2\"><c r=\"B2\"/><c r=\"A2\"/></row>") };
	const struct book rows_back = { .sheet = SHEET("<row r=\"2\"/><row r=\"1\"/>") };
	const struct book strings = {
		.strings = STRINGS("<si><t>a</t></si>"),
		.sheet = SHEET("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>99999</v></c></row>"),
	};
	const struct book minus = { .sheet = SHEET("<row r=\"3\"><c r=\"C3\" t=\"s\"><v>-1</v></c></row>") };

	(void)state;
	expect_refused(&past_column, "Sheet1: cell 'XFE1' is past XFD1048576, the end of a sheet");
	expect_refused(&past_row, "Sheet1: row '1048577' is past 1048576, the end of a sheet");
	expect_refused(&not_ref, "Sheet1: '1A' is not a cell reference");
	expect_refused(&not_row, "Sheet1: 'x1' is not a cell reference");
	expect_refused(&huge_row, "Sheet1: row '99999999999999999999' is past 1048576");
	expect_refused(&backwards, "Sheet1!A2: cell out of order");
	expect_refused(&rows_back, "Sheet1: row 1 comes after row 2");
	expect_refused(&strings, "Sheet1!B1: shared string '99999' does not exist");
	expect_refused(&minus, "Sheet1!C3: shared string '-1' does not exist");
}

static void test_long_text(void **state)
{
	struct strbuf s = STRBUF_INIT, sheet = STRBUF_INIT;
	struct book in_strings = { .sheet = SHEET("") }, inline_text = { .sheet = NULL };

	(void)state;
	strbuf_addstr(&s, "<sst><si><t>");
	strbuf_addchars(&s, 'x', XLSX_MAX_CELL + 1);
	strbuf_addstr(&s, "</t></si></sst>");
	in_strings.strings = s.buf;
	expect_refused(&in_strings, "xl/sharedStrings.xml:1: text longer than 64 KiB");
	strbuf_addstr(&sheet, "<worksheet><sheetData><row r=\"2\"><c r=\"D2\" t=\"inlineStr\"><is><t>");
	strbuf_addchars(&sheet, 'y', XLSX_MAX_CELL + 1);
	strbuf_addstr(&sheet, "</t></is></c></row></sheetData></worksheet>");
	inline_text.sheet = sheet.buf;
	expect_refused(&inline_text, "Sheet1!D2: text longer than 64 KiB");
	strbuf_release(&s);
	strbuf_release(&sheet);
}

static void test_many_merges_bounded(void **state)
{
	struct strbuf sheet = STRBUF_INIT;
	struct book bk = { .sheet = NULL };
	unsigned i;

	(void)state;
	/* Over a thousand rows as wide as the sheet, the ranges overlap: bounded by XLSX_MAX_CELLS. */
	strbuf_addstr(&sheet, "<worksheet><sheetData>");
	for (i = 1; i <= 3000; i++)
		strbuf_addf(&sheet, "<row r=\"%u\"><c r=\"XFD%u\"/></row>", i, i);
	strbuf_addstr(&sheet, "</sheetData><mergeCells>");
	for (i = 0; i < 200; i++)
		strbuf_addstr(&sheet, "<mergeCell ref=\"A1:XFD3000\"/>");
	strbuf_addstr(&sheet, "</mergeCells></worksheet>");
	bk.sheet = sheet.buf;
	expect_refused(&bk, "Sheet1: more than 33554432 cells");
	/* Ranges past every cell still cost their rows: empty rows under 50,000 of them. */
	strbuf_reset(&sheet);
	strbuf_addstr(&sheet, "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"/></row>");
	for (i = 2; i <= 1000; i++)
		strbuf_addf(&sheet, "<row r=\"%u\"/>", i);
	strbuf_addstr(&sheet, "</sheetData><mergeCells>");
	for (i = 0; i < 50000; i++)
		strbuf_addf(&sheet, "<mergeCell ref=\"B1:C%u\"/>", 1000 + i);
	strbuf_addstr(&sheet, "</mergeCells></worksheet>");
	bk.sheet = sheet.buf;
	expect_refused(&bk, "Sheet1: more than 33554432 cells");
	strbuf_release(&sheet);
}

static void test_many_styles_bounded(void **state)
{
	struct strbuf styles = STRBUF_INIT;
	struct book bk = { .sheet = SHEET("<row r=\"1\"><c s=\"65535\"><v>61</v></c><c s=\"3\"><v>61</v></c></row>") };
	clock_t start = clock();
	unsigned i;

	(void)state;
	/* 65,536 date formats and as many cell formats: no 4 G comparisons. */
	strbuf_addstr(&styles, "<styleSheet><numFmts>");
	for (i = 0; i < XLSX_MAX_STYLES; i++)
		strbuf_addf(&styles, "<numFmt numFmtId=\"%u\" formatCode=\"d/m/yy\"/>", 1000 + 2 * i);
	strbuf_addstr(&styles, "</numFmts><cellXfs>");
	for (i = 0; i < XLSX_MAX_STYLES; i++)
		strbuf_addf(&styles, "<xf numFmtId=\"%u\"/>", 1000 + 2 * i + (i == 3));
	strbuf_addstr(&styles, "</cellXfs></styleSheet>");
	bk.styles = styles.buf;
	expect_rows(&bk, "1:1900-03-01|61\n");
	assert_true((double)(clock() - start) / CLOCKS_PER_SEC < 5);
	strbuf_release(&styles);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_dates_1904),
		cmocka_unit_test(test_merges),
		cmocka_unit_test(test_sheets),
		cmocka_unit_test(test_callback_stops),
		cmocka_unit_test(test_cell_at_xfd),
		cmocka_unit_test(test_not_a_workbook),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_missing_parts),
		cmocka_unit_test(test_unsafe_names),
		cmocka_unit_test(test_zip_bomb),
		cmocka_unit_test(test_entities),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_bad_cells),
		cmocka_unit_test(test_long_text),
		cmocka_unit_test(test_many_merges_bounded),
		cmocka_unit_test(test_many_styles_bounded),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
