/*
 * gen.c — write the workbooks of tests/hostile-xlsx/corpus/ (hostile) and
 * tests/fuzz/seeds/xlsx/ (valid): run tests/hostile-xlsx/make.sh.
 *
 *   gen HOSTILE-DIR SEED-DIR
 *
 * Each hostile workbook is a valid one with one thing made hostile; the
 * XLSX reader must refuse each with an error, in bounded time and memory
 * (make check replays them all through tests/fuzz/fuzz_xlsx.c, plain and
 * under ASan+UBSan).  The seeds are what a province's register looks like.
 */
#include <stdlib.h>
#include <string.h>

#include "book.h"

static const char *hostile_dir, *seed_dir;
static int status;

static void put(const char *dir, const char *name, const struct book *bk)
{
	char path[512];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (book_write(path, bk))
		status = 1;
}

static void put_raw(const char *name, const void *data, size_t len)
{
	char path[512];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", hostile_dir, name);
	f = fopen(path, "wb");
	if (!f || fwrite(data, 1, len, f) != len || fclose(f))
		status = 1;
}

static char *repeat(const char *head, const char *unit, size_t n, const char *tail)
{
	size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail), i;
	char *s = malloc(hl + ul * n + tl + 1), *p;

	if (!s)
		exit(3);
	memcpy(s, head, hl);
	p = s + hl;
	for (i = 0; i < n; i++, p += ul)
		memcpy(p, unit, ul);
	memcpy(p, tail, tl + 1);
	return s;
}

#define STYLES "<styleSheet xmlns=\"" NS_MAIN "\"><numFmts count=\"1\">"	\
	"<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"	\
	"<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"	\
	"<xf numFmtId=\"164\"/></cellXfs></styleSheet>"
#define IS(text) "t=\"inlineStr\"><is><t>" text "</t></is></c>"

static void seeds(void)
{
	/* A province's register: a title, a group row, a producer merged over its products, a total. */
	const struct book reg = {
		.strings = STRINGS("<si><t>TT</t></si><si><t>Tên sản phẩm</t></si><si><t>Chủ thể</t></si>"
				   "<si><t>Địa chỉ</t></si><si><t>Mã số thuế</t></si><si><t>Ngày công nhận</t></si>"
				   "<si><r><t>HTX </t></r><r><rPr><b/></rPr><t>Nông nghiệp Tân An</t></r></si>"),
		.styles = STYLES,
		.sheet = SHEET_MERGED(
			"<row r=\"1\"><c r=\"A1\" " IS("DANH SÁCH SẢN PHẨM OCOP TỈNH QUẢNG NGÃI") "</row>"
			"<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\" t=\"s\"><v>1</v></c>"
			"<c r=\"C3\" t=\"s\"><v>2</v></c><c r=\"D3\" t=\"s\"><v>3</v></c>"
			"<c r=\"E3\" t=\"s\"><v>4</v></c><c r=\"F3\" t=\"s\"><v>5</v></c></row>"
			"<row r=\"4\"><c r=\"A4\" " IS("I. THỰC PHẨM") "</row>"
			"<row r=\"5\"><c r=\"A5\"><v>1</v></c><c r=\"B5\" " IS("Trà xanh Tân An")
			"<c r=\"C5\" t=\"s\"><v>6</v></c><c r=\"D5\" " IS("Xã Tân An")
			"<c r=\"E5\"><v>4301234567</v></c><c r=\"F5\" s=\"2\"><v>45658</v></c></row>"
			"<row r=\"6\"><c r=\"A6\"><v>2</v></c><c r=\"B6\" " IS("Bánh tráng")
			"<c r=\"C6\" s=\"0\"/><c r=\"D6\" s=\"0\"/><c r=\"E6\"/><c r=\"F6\" s=\"1\"><v>45000.5</v></c></row>"
			"<row r=\"7\"><c r=\"A7\" " IS("Tổng cộng") "<c r=\"B7\" t=\"str\"><f>COUNTA(B5:B6)</f><v>2</v></c></row>",
			"<mergeCell ref=\"A1:F1\"/><mergeCell ref=\"C5:C6\"/><mergeCell ref=\"D5:D6\"/>"),
	};
	const struct book b1904 = {
		.workbook = "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\"><workbookPr date1904=\"true\"/>"
			    "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
		.styles = STYLES,
		.sheet = SHEET("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"2\"><v>44196</v></c>"
			       "<c r=\"C1\" t=\"b\"><v>1</v></c><c r=\"D1\" t=\"e\"><v>#DIV/0!</v></c></row>"),
	};

	put(seed_dir, "register.xlsx", &reg);
	put(seed_dir, "dates-1904.xlsx", &b1904);
}

static void hostile(void)
{
	static const unsigned char ole2[512] = {
		0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1
	};
	static const struct book_entry dotdot[] = { { "../../evil.xml", "<x/>", 0 } };
	static const struct book_entry absolute[] = { { "/abs/evil.xml", "<x/>", 0 } };
	const struct book one = { .sheet = SHEET("<row r=\"1\"><c><v>1</v></c></row>") };
	char *spaces = repeat("<worksheet xmlns=\"" NS_MAIN "\"><sheetData>", " ", 64u << 20,
			      "</sheetData></worksheet>");
	char *deep = repeat("<worksheet><sheetData>", "<a>", 100000, "");
	char *long_string = repeat("<sst><si><t>", "x", 70000, "</t></si></sst>");
	char *wide = repeat("<worksheet><sheetData>", "<row><c r=\"XFD1\"/></row>", 1,
			    "</sheetData><mergeCells>");
	struct book bk;
	char path[512];

	put_raw("xls-ole2.xlsx", ole2, sizeof(ole2));
	put_raw("empty.xlsx", "", 0);

	bk = (struct book){ .sheet = spaces };
	put(hostile_dir, "zip-bomb-64MiB.xlsx", &bk);
	put(hostile_dir, "zip-bomb-lying-size.xlsx", &bk);
	snprintf(path, sizeof(path), "%s/zip-bomb-lying-size.xlsx", hostile_dir);
	if (book_lie_about_size(path, "xl/worksheets/sheet1.xml", 1000))
		status = 1;

	bk = (struct book){ .sheet = one.sheet, .extra = dotdot, .nextra = 1 };
	put(hostile_dir, "entry-dotdot.xlsx", &bk);
	bk = (struct book){ .sheet = one.sheet, .extra = absolute, .nextra = 1 };
	put(hostile_dir, "entry-absolute.xlsx", &bk);

	bk = (struct book){
		.strings = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"ha\">"
			   "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
			   "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
			   "<sst xmlns=\"" NS_MAIN "\"><si><t>&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</t></si></sst>",
		.sheet = SHEET("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"),
	};
	put(hostile_dir, "entity-laughs.xlsx", &bk);
	bk = (struct book){
		.sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
			 "<worksheet xmlns=\"" NS_MAIN "\"><sheetData><row r=\"1\"><c " IS("&x;")
			 "</row></sheetData></worksheet>",
	};
	put(hostile_dir, "entity-external.xlsx", &bk);

	bk = (struct book){ .sheet = SHEET("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>") };
	put(hostile_dir, "cell-past-XFD.xlsx", &bk);
	bk = (struct book){ .sheet = SHEET("<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>") };
	put(hostile_dir, "row-past-1048576.xlsx", &bk);
	bk = (struct book){ .strings = STRINGS("<si><t>a</t></si>"),
			    .sheet = SHEET("<row r=\"1\"><c t=\"s\"><v>99999</v></c></row>") };
	put(hostile_dir, "shared-string-index-bad.xlsx", &bk);
	bk = (struct book){ .sheet = deep };
	put(hostile_dir, "xml-nest-100000.xlsx", &bk);
	bk = (struct book){ .strings = long_string, .sheet = one.sheet };
	put(hostile_dir, "shared-string-70000.xlsx", &bk);
	bk = (struct book){ .sheet = SHEET("<row r=\"1\"><c><v>1</v></row>") };
	put(hostile_dir, "xml-mismatched-tag.xlsx", &bk);
	bk = (struct book){ .sheet = NULL };
	put(hostile_dir, "sheet-missing.xlsx", &bk);

	/* 100,001 merged ranges, each its own: one past XLSX_MAX_MERGES. */
	{
		size_t len = strlen(wide), i;
		char *merges = malloc(len + 100001 * 48 + 64);

		if (!merges)
			exit(3);
		memcpy(merges, wide, len);
		for (i = 1; i <= 100001; i++)
			len += (size_t)sprintf(merges + len, "<mergeCell ref=\"A%zu:C%zu\"/>", i, i);
		strcpy(merges + len, "</mergeCells></worksheet>");
		bk = (struct book){ .sheet = merges };
		put(hostile_dir, "merges-100001.xlsx", &bk);
		free(merges);
	}
	free(spaces);
	free(deep);
	free(long_string);
	free(wide);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: gen HOSTILE-DIR SEED-DIR\n");
		return 2;
	}
	hostile_dir = argv[1];
	seed_dir = argv[2];
	seeds();
	hostile();
	return status;
}
