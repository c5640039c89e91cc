/*
 * test_output_xlsx.c — the XLSX writer (output-xlsx.c): the workbook is
 * unzipped here (zlib, which libxlsxwriter links) and its XML read back.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zlib.h>

#include "ocop/diag.h"
#include "ocop/output.h"
#include "ocop/util.h"

/* --- a small zip reader ------------------------------------------------ */

struct blob {
	unsigned char *data;
	size_t len;
};

static struct blob slurp(const char *path)
{
	struct blob b = { NULL, 0 };
	FILE *f = fopen(path, "rb");
	long n;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	assert_true(n > 0);
	rewind(f);
	b.len = (size_t)n;
	b.data = xmalloc(b.len);
	assert_int_equal(fread(b.data, 1, b.len, f), b.len);
	assert_int_equal(fclose(f), 0);
	return b;
}

static unsigned le16(const unsigned char *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static unsigned long le32(const unsigned char *p)
{
	return (unsigned long)le16(p) | (unsigned long)le16(p + 2) << 16;
}

/* The member name of the zip in z, inflated, as a string (NULL if absent). */
static char *zip_member(const struct blob *z, const char *name)
{
	size_t eocd = z->len - 22, at, i, count;

	while (le32(z->data + eocd) != 0x06054b50UL) {
		assert_true(eocd > 0);
		eocd--;
	}
	count = le16(z->data + eocd + 10);
	at = le32(z->data + eocd + 16);
	for (i = 0; i < count; i++) {
		const unsigned char *cd = z->data + at;
		size_t nlen = le16(cd + 28), comp = le32(cd + 20);
		size_t size = le32(cd + 24), local = le32(cd + 42);
		const unsigned char *lh = z->data + local;

		assert_int_equal(le32(cd), 0x02014b50UL);
		if (nlen == strlen(name) && !memcmp(cd + 46, name, nlen)) {
			z_stream zs = { 0 };
			char *out = xmalloc(size + 1);

			assert_int_equal(le16(cd + 10), 8);	/* deflate */
			zs.next_in = (unsigned char *)lh + 30 + le16(lh + 26) + le16(lh + 28);
			zs.avail_in = (uInt)comp;
			zs.next_out = (unsigned char *)out;
			zs.avail_out = (uInt)size;
			assert_int_equal(inflateInit2(&zs, -MAX_WBITS), Z_OK);
			assert_int_equal(inflate(&zs, Z_FINISH), Z_STREAM_END);
			assert_int_equal(inflateEnd(&zs), Z_OK);
			out[size] = '\0';
			return out;
		}
		at += 46 + nlen + le16(cd + 30) + le16(cd + 32);
	}
	return NULL;
}

/* --- the tables ------------------------------------------------------- */

static void add_row(struct table *t, ...)
{
	va_list ap;
	size_t i;

	table_add_row(t);
	va_start(ap, t);
	for (i = 0; i < t->ncols; i++)
		table_set(t, i, va_arg(ap, const char *));
	va_end(ap);
}

/* name, tax code, GTIN, date, stars: the cases of issue 13 */
static void register_table(struct table *t)
{
	table_init(t);
	table_add_column(t, "name", "Tên", ALIGN_LEFT, COL_STRING);
	table_add_column(t, "tax_code", "Mã số thuế", ALIGN_LEFT, COL_STRING);
	table_add_column(t, "gtin", "GTIN", ALIGN_LEFT, COL_STRING);
	table_add_column(t, "date", "Ngày", ALIGN_LEFT, COL_STRING);
	table_add_column(t, "stars", "Sao", ALIGN_RIGHT, COL_NUMBER);
	table_set_kind(t, 1, CELL_CODE);
	table_set_kind(t, 2, CELL_CODE);
	table_set_kind(t, 3, CELL_DATE);
	add_row(t, "Cơ sở A", "0401234567", "8934567890120", "2025-11-15", "4");
	add_row(t, "12345", "0000000001", NULL, "2024", "—");
}

static char *tmp_path(void)
{
	char *path = xasprintf("%s/ocop-test-xlsx.XXXXXX",
			       getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(close(fd), 0);
	return path;
}

/* Write the sheets to a file and read it back whole. */
static struct blob write_book(const struct xlsx_sheet *sheets, size_t n,
			      const struct xlsx_frame *frame)
{
	struct diag_list dl = DIAG_LIST_INIT;
	char *path = tmp_path();
	struct blob b;

	assert_int_equal(xlsx_write_tables(path, sheets, n, frame, &dl), 0);
	assert_int_equal(dl.nr, 0);
	b = slurp(path);
	assert_int_equal(unlink(path), 0);
	free(path);
	return b;
}

/* The <c> element of cell ref in sheet xml, copied. */
static char *cell_xml(const char *xml, const char *ref)
{
	char *open = xasprintf("<c r=\"%s\"", ref);
	const char *start = strstr(xml, open), *gt;

	free(open);
	assert_non_null(start);
	gt = strchr(start, '>');
	assert_non_null(gt);
	if (gt[-1] == '/')	/* an empty cell closes itself */
		return xstrndup(start, (size_t)(gt + 1 - start));
	gt = strstr(start, "</c>");
	assert_non_null(gt);
	return xstrndup(start, (size_t)(gt + 4 - start));
}

static void assert_has(const char *hay, const char *needle)
{
	if (!strstr(hay, needle))
		fail_msg("'%s' not in: %s", needle, hay);
}

static void assert_lacks(const char *hay, const char *needle)
{
	if (strstr(hay, needle))
		fail_msg("'%s' in: %s", needle, hay);
}

/* The cell ref holds the text want, as a string cell. */
static void assert_text_cell(const char *sheet, const char *ref, const char *want)
{
	char *c = cell_xml(sheet, ref), *t = xasprintf("<t>%s</t>", want);

	assert_has(c, "t=\"inlineStr\"");
	assert_has(c, t);
	assert_lacks(c, "<v>");
	free(t);
	free(c);
}

static void assert_number_cell(const char *sheet, const char *ref, const char *v)
{
	char *c = cell_xml(sheet, ref), *want = xasprintf("<v>%s</v>", v);

	assert_lacks(c, " t=\"");	/* no type: a number */
	assert_has(c, want);
	free(want);
	free(c);
}

/* The numFmt code of the style index in cell ref. */
static char *cell_num_format(const char *sheet, const char *styles, const char *ref)
{
	char *c = cell_xml(sheet, ref), *fmt_id, *want;
	const char *s = strstr(c, " s=\""), *xf;
	int idx, id, i;

	assert_non_null(s);
	idx = atoi(s + 4);
	free(c);
	xf = strstr(styles, "<cellXfs");
	assert_non_null(xf);
	for (i = 0; i <= idx; i++) {
		xf = strstr(xf + 1, "<xf ");
		assert_non_null(xf);
	}
	id = atoi(strstr(xf, "numFmtId=\"") + 10);
	fmt_id = xasprintf("<numFmt numFmtId=\"%d\" formatCode=\"", id);
	s = strstr(styles, fmt_id);
	free(fmt_id);
	if (!s)
		return xasprintf("builtin %d", id);
	s = strchr(s + strlen("<numFmt numFmtId=\"") , 'f') + strlen("formatCode=\"");
	want = xstrndup(s, (size_t)(strchr(s, '"') - s));
	return want;
}

/* --- tests ------------------------------------------------------------ */

static void test_cell_types(void **state)
{
	struct table t;
	struct xlsx_sheet sh = { "Chủ thể", &t };
	struct blob b;
	char *sheet, *styles, *fmt;

	(void)state;
	register_table(&t);
	b = write_book(&sh, 1, NULL);
	sheet = zip_member(&b, "xl/worksheets/sheet1.xml");
	styles = zip_member(&b, "xl/styles.xml");
	assert_non_null(sheet);
	assert_non_null(styles);

	/* the header */
	assert_text_cell(sheet, "B1", "Mã số thuế");
	/* codes stay text, leading zeros and all 13 digits */
	assert_text_cell(sheet, "B2", "0401234567");
	assert_text_cell(sheet, "C2", "8934567890120");
	assert_text_cell(sheet, "B3", "0000000001");
	/* digits in a text column are still text */
	assert_text_cell(sheet, "A3", "12345");
	/* a full date is a number (days since 1899-12-30) shown dd/mm/yyyy */
	assert_number_cell(sheet, "D2", "45976");
	fmt = cell_num_format(sheet, styles, "D2");
	assert_string_equal(fmt, "dd/mm/yyyy");
	free(fmt);
	/* a date known only to the year is text */
	assert_text_cell(sheet, "D3", "2024");
	/* stars are a number; a dash in a number column stays text */
	assert_number_cell(sheet, "E2", "4");
	assert_text_cell(sheet, "E3", "—");
	/* code cells carry the Text format (49, "@") */
	fmt = cell_num_format(sheet, styles, "B2");
	assert_string_equal(fmt, "builtin 49");
	free(fmt);
	/* Times New Roman 13, bold in the header */
	assert_has(styles, "<b/><sz val=\"13\"/><color theme=\"1\"/><name val=\"Times New Roman\"/>");
	free(styles);
	free(sheet);
	free(b.data);
	table_release(&t);
}

static void test_layout(void **state)
{
	struct table t;
	struct xlsx_sheet sh = { "Sổ [1]: 2025/11 — danh sách dài hơn ba mươi mốt", &t };
	struct blob b;
	char *sheet, *book;

	(void)state;
	register_table(&t);
	b = write_book(&sh, 1, NULL);
	sheet = zip_member(&b, "xl/worksheets/sheet1.xml");
	book = zip_member(&b, "xl/workbook.xml");
	/* header frozen, filtered, printed on every page */
	assert_has(sheet, "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>");
	assert_has(sheet, "<autoFilter ref=\"A1:E3\"/>");
	assert_has(book, "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">");
	assert_has(book, "!$1:$1</definedName>");
	/* A4, Phụ lục I margins (30, 15, 20, 20 mm in inches), portrait */
	assert_has(sheet, "<pageMargins left=\"1.181102362204725\" right=\"0.5905511811023623\" "
		   "top=\"0.7874015748031497\" bottom=\"0.7874015748031497\"");
	assert_has(sheet, "<pageSetup paperSize=\"9\" orientation=\"portrait\"/>");
	/* widths follow the text: "8934567890120" (13) is wider than "Sao" */
	assert_has(sheet, "<col min=\"3\" max=\"3\" width=\"19\" style=\"3\"");
	assert_has(sheet, "<col min=\"5\" max=\"5\" width=\"6.7109375\"");
	/* the tab name: Excel's forbidden characters replaced, 31 characters */
	assert_has(book, "name=\"Sổ _1__ 2025_11 — danh sách dài\"");
	free(book);
	free(sheet);
	free(b.data);
	table_release(&t);
}

static void test_landscape(void **state)
{
	struct table t;
	struct xlsx_sheet sh = { NULL, &t };
	char long_text[121];
	struct blob b;
	char *sheet;

	(void)state;
	memset(long_text, 'x', sizeof(long_text) - 1);
	long_text[sizeof(long_text) - 1] = '\0';
	table_init(&t);
	table_add_column(&t, "a", "A", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "b", "B", ALIGN_LEFT, COL_STRING);
	add_row(&t, long_text, long_text);
	b = write_book(&sh, 1, NULL);
	sheet = zip_member(&b, "xl/worksheets/sheet1.xml");
	/* two columns at the 60-unit cap: too wide for portrait's 165 mm */
	assert_has(sheet, "orientation=\"landscape\"");
	assert_lacks(sheet, "fitToPage");
	assert_has(sheet, "<col min=\"1\" max=\"1\" width=\"60.7109375\"");
	free(sheet);
	free(b.data);
	table_release(&t);
}

/* No clock in the file: two writings, the same bytes; core.xml fixed. */
static void test_same_bytes(void **state)
{
	struct table t;
	struct xlsx_sheet sh = { "Chủ thể", &t };
	struct blob a, b, c;
	char *core, *buf = NULL;
	size_t len = 0;
	FILE *f;

	(void)state;
	register_table(&t);
	a = write_book(&sh, 1, NULL);
	sleep(1);	/* a clock would show in a second */
	b = write_book(&sh, 1, NULL);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.data, b.data, a.len);
	core = zip_member(&a, "docProps/core.xml");
	assert_has(core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>");
	/* through a stream, as table_print does: the same bytes again */
	f = open_memstream(&buf, &len);
	assert_non_null(f);
	assert_int_equal(table_print(&t, FMT_XLSX, 0, f), 0);
	assert_int_equal(fclose(f), 0);
	/* table_print names no sheet: "Sheet1" */
	sh.name = NULL;
	c = write_book(&sh, 1, NULL);
	assert_int_equal(len, c.len);
	assert_memory_equal(buf, c.data, len);
	free(buf);
	free(c.data);
	free(core);
	free(a.data);
	free(b.data);
	table_release(&t);
}

static void test_frame(void **state)
{
	struct table t;
	struct xlsx_sheet sheets[2] = { { "Một", &t }, { "Hai", &t } };
	struct xlsx_frame fr = {
		.issuer = "UBND PHƯỜNG NGHĨA LỘ",
		.motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
		.number = "Số: 12/BC-UBND",
		.place_date = "Nghĩa Lộ, ngày 15 tháng 11 năm 2025",
		.title = "BÁO CÁO",
		.recipients = "Nơi nhận:\n- Lưu: VT.",
		.signature = "CHỦ TỊCH",
	};
	struct blob b;
	char *sheet, *book, *strings;

	(void)state;
	register_table(&t);
	b = write_book(sheets, 2, &fr);
	sheet = zip_member(&b, "xl/worksheets/sheet2.xml");
	book = zip_member(&b, "xl/workbook.xml");
	strings = zip_member(&b, "xl/sharedStrings.xml");
	assert_non_null(sheet);
	assert_non_null(strings);
	/*
	 * Rows: 1 issuer | motto, 2 | motto, 3 number | place, 4 blank,
	 * 5 title, 6 blank, 7 the header.
	 */
	assert_has(sheet, "<pane ySplit=\"7\" topLeftCell=\"A8\"");
	assert_has(sheet, "<autoFilter ref=\"A7:E9\"/>");
	assert_has(book, "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">Hai!$7:$7</definedName>");
	/* issuer over columns A:B, motto over C:E, title across */
	assert_has(sheet, "<mergeCell ref=\"A1:B1\"/>");
	assert_has(sheet, "<mergeCell ref=\"C2:E2\"/>");
	assert_has(sheet, "<mergeCell ref=\"A5:E5\"/>");
	/* below the table (rows 8, 9), a blank row, then recipients | signature */
	assert_has(sheet, "<mergeCell ref=\"A11:B11\"/>");
	assert_has(sheet, "<mergeCell ref=\"C11:E11\"/>");
	assert_has(sheet, "<mergeCell ref=\"A12:B12\"/>");
	assert_has(strings, "Độc lập - Tự do - Hạnh phúc");
	assert_has(strings, "Nơi nhận:");
	/* still a code */
	assert_has(strings, "<t>0401234567</t>");
	free(strings);
	free(book);
	free(sheet);
	free(b.data);
	table_release(&t);
}

static void test_write_error(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct table t;
	struct xlsx_sheet sh = { NULL, &t };

	(void)state;
	register_table(&t);
	assert_int_equal(xlsx_write_tables("/nonexistent/dir/x.xlsx", &sh, 1,
					   NULL, &dl), -1);
	assert_int_equal(dl.nr, 1);
	assert_int_equal(diag_status(&dl), EXIT_ENV);
	diag_list_release(&dl);
	table_release(&t);
}

static void test_format_name(void **state)
{
	enum out_format f;

	(void)state;
	assert_int_equal(out_format_parse("xlsx", &f), 0);
	assert_int_equal(f, FMT_XLSX);
	assert_string_equal(out_format_name(FMT_XLSX), "xlsx");
	assert_int_equal(out_format_from_path("dir.v2/Sổ.XLSX", &f), 0);
	assert_int_equal(f, FMT_XLSX);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_name),
		cmocka_unit_test(test_cell_types),
		cmocka_unit_test(test_layout),
		cmocka_unit_test(test_landscape),
		cmocka_unit_test(test_same_bytes),
		cmocka_unit_test(test_frame),
		cmocka_unit_test(test_write_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
