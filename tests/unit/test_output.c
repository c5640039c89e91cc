/* test_output.c — the table writers and the JSON writer (output.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csv.h>

#include "ocop/output.h"
#include "ocop/util.h"

/* Everything table_print() writes for t, as one string. */
static char *render(const struct table *t, enum out_format fmt,
		    unsigned flags)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	assert_int_equal(table_print(t, fmt, flags, f), 0);
	assert_int_equal(fclose(f), 0);
	return buf;
}

static void assert_renders(const struct table *t, enum out_format fmt,
			   unsigned flags, const char *want)
{
	char *got = render(t, fmt, flags);

	assert_string_equal(got, want);
	free(got);
}

/* One row of a table, cells given as arguments (NULL = empty). */
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

/* --- formats ------------------------------------------------------- */

static void test_format_parse(void **state)
{
	static const char *const names[] = {
		"text", "csv", "tsv", "json", "md", "html"
	};
	enum out_format f;
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(names); i++) {
		assert_int_equal(out_format_parse(names[i], &f), 0);
		assert_string_equal(out_format_name(f), names[i]);
	}
	assert_int_equal(out_format_parse("json", &f), 0);
	assert_int_equal(f, FMT_JSON);
	assert_int_equal(out_format_parse("xml", &f), -1);
	assert_int_equal(out_format_parse("CSV", &f), -1);
	assert_int_equal(out_format_parse("", &f), -1);
}

static void test_format_from_path(void **state)
{
	static const struct {
		const char *path;
		int fmt;
	} cases[] = {
		{ "report.csv", FMT_CSV },
		{ "REPORT.CSV", FMT_CSV },
		{ "out/q1.Tsv", FMT_TSV },
		{ "../a.b/c.json", FMT_JSON },
		{ "notes.md", FMT_MD },
		{ "page.html", FMT_HTML },
		{ "page.HTM", FMT_HTML },
		{ "plain.txt", FMT_TEXT },
		{ "/tmp/báo-cáo.quý.csv", FMT_CSV },
		{ "noext", -1 },
		{ "dir.csv/file", -1 },
		{ ".csv", -1 },
		{ "book.xlsx", FMT_XLSX },
		{ "old.xls", -1 },
		{ "trailing.", -1 },
	};
	enum out_format f;
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		f = FMT_TEXT;
		if (cases[i].fmt < 0) {
			assert_int_equal(out_format_from_path(cases[i].path, &f),
					 -1);
		} else {
			assert_int_equal(out_format_from_path(cases[i].path, &f),
					 0);
			assert_int_equal(f, cases[i].fmt);
		}
	}
}

/* --- the table ----------------------------------------------------- */

static void test_table_cells(void **state)
{
	struct table t;
	char buf[16];

	(void)state;
	table_init(&t);
	table_add_column(&t, "id", "Mã", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "n", NULL, ALIGN_RIGHT, COL_NUMBER);
	assert_int_equal(t.ncols, 2);
	assert_string_equal(t.cols[1].title, "n");	/* title defaults to key */

	assert_int_equal(table_add_row(&t), 0);
	strcpy(buf, "P0001");
	table_set(&t, 0, buf);
	buf[0] = 'X';		/* the table holds its own copy */
	table_setf(&t, 1, "%d/%s", 42, "x");
	assert_int_equal(table_add_row(&t), 1);
	table_set(&t, 0, "first");
	table_set(&t, 0, "second");	/* replacing frees the old value */
	table_set(&t, 1, "gone");
	table_set(&t, 1, NULL);

	assert_string_equal(table_get(&t, 0, 0), "P0001");
	assert_string_equal(table_get(&t, 0, 1), "42/x");
	assert_string_equal(table_get(&t, 1, 0), "second");
	assert_null(table_get(&t, 1, 1));
	table_release(&t);
	assert_int_equal(t.ncols, 0);
	assert_int_equal(t.nrows, 0);
	assert_null(t.cells);
	table_release(&t);	/* releasing twice is harmless */
}

static void test_table_many_rows(void **state)
{
	struct table t;
	size_t i;

	(void)state;
	table_init(&t);
	table_add_column(&t, "i", "i", ALIGN_RIGHT, COL_NUMBER);
	table_add_column(&t, "sq", "sq", ALIGN_RIGHT, COL_NUMBER);
	for (i = 0; i < 1000; i++) {
		table_add_row(&t);
		table_setf(&t, 0, "%zu", i);
		table_setf(&t, 1, "%zu", i * i);
	}
	assert_string_equal(table_get(&t, 999, 1), "998001");
	assert_string_equal(table_get(&t, 500, 0), "500");
	table_release(&t);
}

/* --- text ---------------------------------------------------------- */

static void products(struct table *t)
{
	table_init(t);
	table_add_column(t, "id", "Mã", ALIGN_LEFT, COL_STRING);
	table_add_column(t, "name", "Tên", ALIGN_LEFT, COL_STRING);
	table_add_column(t, "score", "Điểm", ALIGN_RIGHT, COL_NUMBER);
	add_row(t, "P001", "Yến sào Cù Lao Ré", "92");
	add_row(t, "P002", "Đường phèn", "7.5");
	/* "Ré" decomposed: e + U+0301 is one column wide */
	add_row(t, "P003", "Re\xcc\x81", NULL);
}

static void test_text_vietnamese(void **state)
{
	struct table t;

	(void)state;
	products(&t);
	assert_renders(&t, FMT_TEXT, 0,
		       "Mã    Tên                Điểm\n"
		       "P001  Yến sào Cù Lao Ré    92\n"
		       "P002  Đường phèn          7.5\n"
		       "P003  Re\xcc\x81\n");
	assert_renders(&t, FMT_TEXT, TABLE_NO_HEADER,
		       "P001  Yến sào Cù Lao Ré   92\n"
		       "P002  Đường phèn         7.5\n"
		       "P003  Re\xcc\x81\n");
	table_release(&t);
}

static void test_text_wide(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "name", "Name", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "n", "N", ALIGN_RIGHT, COL_NUMBER);
	add_row(&t, "茶叶", "1");	/* two wide characters: 4 columns */
	add_row(&t, "abcdef", "10");
	assert_renders(&t, FMT_TEXT, 0,
		       "Name     N\n"
		       "茶叶     1\n"
		       "abcdef  10\n");
	table_release(&t);
}

static void test_text_blank_cells(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "a", "A", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "b", "Bee", ALIGN_RIGHT, COL_NUMBER);
	table_add_column(&t, "c", "C", ALIGN_LEFT, COL_STRING);
	add_row(&t, "xx", NULL, NULL);
	add_row(&t, NULL, "1", "long value");
	add_row(&t, "", "", "");
	assert_renders(&t, FMT_TEXT, 0,
		       "A   Bee  C\n"
		       "xx\n"
		       "      1  long value\n"
		       "\n");
	table_release(&t);
}

static void test_text_controls(void **state)
{
	struct table t;
	char *got;

	(void)state;
	table_init(&t);
	table_add_column(&t, "v", "V\x1b]0;title\x07", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "w", "W", ALIGN_LEFT, COL_STRING);
	add_row(&t, "\x1b[31mred", "x");
	add_row(&t, "a\nb\tc\x7f", "y");
	add_row(&t, "csi\xc2\x9b" "2J", "z");
	got = render(&t, FMT_TEXT, 0);
	assert_null(strchr(got, '\x1b'));
	assert_null(strchr(got, '\t'));
	assert_null(strstr(got, "\xc2\x9b"));
	assert_string_equal(got,
			    "V\\x1b]0;title\\x07  W\n"
			    "\\x1b[31mred        x\n"
			    "a\\x0ab\\x09c\\x7f    y\n"
			    "csi\\u009b2J        z\n");
	free(got);
	table_release(&t);
}

static void test_empty_tables(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	assert_renders(&t, FMT_TEXT, 0, "");
	assert_renders(&t, FMT_CSV, 0, "");
	assert_renders(&t, FMT_TSV, 0, "");
	assert_renders(&t, FMT_JSON, 0, "[]\n");
	assert_renders(&t, FMT_MD, 0, "");
	table_add_column(&t, "k", "K", ALIGN_LEFT, COL_STRING);
	assert_renders(&t, FMT_TEXT, 0, "K\n");
	assert_renders(&t, FMT_CSV, 0, "k\n");
	assert_renders(&t, FMT_CSV, TABLE_EXCEL, "\xef\xbb\xbfk\r\n");
	assert_renders(&t, FMT_TSV, 0, "k\n");
	assert_renders(&t, FMT_JSON, 0, "[]\n");
	table_release(&t);
}

/* A table of no rows says its sentence to people; scripts get its shape. */
static void test_empty_sentence(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "id", "ID", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "n", "N", ALIGN_RIGHT, COL_NUMBER);
	table_set_empty(&t, "Không có sản phẩm nào <ở đây>.");
	assert_renders(&t, FMT_TEXT, 0, "Không có sản phẩm nào <ở đây>.\n");
	assert_renders(&t, FMT_MD, 0, "Không có sản phẩm nào &lt;ở đây&gt;.\n");
	assert_renders(&t, FMT_HTML, 0,
		       "<p class=\"empty\">Không có sản phẩm nào &lt;ở đây&gt;.</p>\n");
	assert_renders(&t, FMT_CSV, 0, "id,n\n");
	assert_renders(&t, FMT_TSV, 0, "id\tn\n");
	assert_renders(&t, FMT_JSON, 0, "[]\n");
	/* a row, and the grid is back */
	add_row(&t, "a", "1");
	assert_renders(&t, FMT_TEXT, 0, "ID  N\na   1\n");
	table_set_empty(&t, NULL);
	table_release(&t);
	/* a hostile sentence does not drive the terminal either */
	table_init(&t);
	table_add_column(&t, "id", "ID", ALIGN_LEFT, COL_STRING);
	table_set_empty(&t, "no\x1b[2J");
	assert_renders(&t, FMT_TEXT, 0, "no\\x1b[2J\n");
	table_release(&t);
}

/*
 * CSV and TSV on a terminal: an ESC or another control character in a
 * value is shown escaped, as text output shows it; to a file, as it is.
 */
static void test_delimited_on_terminal(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "v", "V", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "w", "W", ALIGN_LEFT, COL_STRING);
	add_row(&t, "\x1b[31mred", "a\tb\\c");
	add_row(&t, "csi\xc2\x9b" "2J", "x\x07");
	assert_renders(&t, FMT_CSV, TABLE_TERMINAL,
		       "v,w\n\\x1b[31mred,a\tb\\c\ncsi\\u009b2J,x\\x07\n");
	assert_renders(&t, FMT_TSV, TABLE_TERMINAL,
		       "v\tw\n\\x1b[31mred\ta\\tb\\\\c\ncsi\\u009b2J\tx\\x07\n");
	/* a file gets the bytes */
	assert_renders(&t, FMT_CSV, 0,
		       "v,w\n\x1b[31mred,a\tb\\c\ncsi\xc2\x9b" "2J,x\x07\n");
	assert_renders(&t, FMT_TSV, 0,
		       "v\tw\n\x1b[31mred\ta\\tb\\\\c\ncsi\xc2\x9b" "2J\tx\x07\n");
	table_release(&t);
}

/* --- CSV ----------------------------------------------------------- */

static void test_csv_quoting(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "id", "Mã", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "name", "Tên", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "n", "N", ALIGN_RIGHT, COL_NUMBER);
	add_row(&t, "P001", "Yến sào, Cù Lao Ré", "92");
	add_row(&t, "P002", "say \"hi\"", NULL);
	add_row(&t, "P003", "line 1\nline 2", "-5");
	add_row(&t, " lead", "trail\t", "=1+1");
	add_row(&t, "0012", "", "3.5");
	assert_renders(&t, FMT_CSV, 0,
		       "id,name,n\n"
		       "P001,\"Yến sào, Cù Lao Ré\",92\n"
		       "P002,\"say \"\"hi\"\"\",\n"
		       "P003,\"line 1\nline 2\",-5\n"
		       "\" lead\",\"trail\t\",=1+1\n"
		       "0012,,3.5\n");
	assert_renders(&t, FMT_CSV, TABLE_NO_HEADER,
		       "P001,\"Yến sào, Cù Lao Ré\",92\n"
		       "P002,\"say \"\"hi\"\"\",\n"
		       "P003,\"line 1\nline 2\",-5\n"
		       "\" lead\",\"trail\t\",=1+1\n"
		       "0012,,3.5\n");
	table_release(&t);
}

static void test_csv_single_empty_column(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "note", "Note", ALIGN_LEFT, COL_STRING);
	add_row(&t, "a");
	add_row(&t, NULL);
	add_row(&t, "b");
	/* a bare empty line would be skipped by readers: the row is "" */
	assert_renders(&t, FMT_CSV, 0, "note\na\n\"\"\nb\n");
	table_release(&t);
}

/* Rows of fields read back by libcsv's parser. */
struct csv_read {
	char *field[16][8];
	size_t nrows, nfields;
};

static void read_field(void *s, size_t len, void *data)
{
	struct csv_read *rd = data;

	assert_true(rd->nrows < 16 && rd->nfields < 8);
	rd->field[rd->nrows][rd->nfields++] = xstrndup(s ? s : "", len);
}

static void read_row(int c, void *data)
{
	struct csv_read *rd = data;

	(void)c;
	rd->nrows++;
	rd->nfields = 0;
}

static void csv_read_back(const char *text, struct csv_read *rd)
{
	struct csv_parser p;
	size_t len = strlen(text);

	memset(rd, 0, sizeof(*rd));
	assert_int_equal(csv_init(&p, CSV_STRICT | CSV_STRICT_FINI), 0);
	assert_int_equal(csv_parse(&p, text, len, read_field, read_row, rd),
			 len);
	assert_int_equal(csv_fini(&p, read_field, read_row, rd), 0);
	csv_free(&p);
}

static void csv_read_release(struct csv_read *rd)
{
	size_t r, i;

	for (r = 0; r < 16; r++)
		for (i = 0; i < 8; i++)
			free(rd->field[r][i]);
}

static void assert_reads_back(const struct table *t, unsigned flags)
{
	struct csv_read rd;
	char *text = render(t, FMT_CSV, flags);
	const char *body = text, *want;
	size_t r, i;

	if (flags & TABLE_EXCEL) {
		assert_memory_equal(body, "\xef\xbb\xbf", 3);
		body += 3;
	}
	csv_read_back(body, &rd);
	assert_int_equal(rd.nrows, t->nrows + 1);
	for (i = 0; i < t->ncols; i++)
		assert_string_equal(rd.field[0][i], t->cols[i].key);
	for (r = 0; r < t->nrows; r++)
		for (i = 0; i < t->ncols; i++) {
			want = table_get(t, r, i);
			assert_string_equal(rd.field[r + 1][i],
					    want ? want : "");
		}
	csv_read_release(&rd);
	free(text);
}

static void test_csv_read_back(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "id", "Mã", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "name", "Tên", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "note", "Ghi chú", ALIGN_LEFT, COL_STRING);
	add_row(&t, "P001", "Yến sào Cù Lao Ré", "a, b, \"c\"");
	add_row(&t, "P002", "Đường phèn", "two\r\nlines");
	add_row(&t, "  spaced  ", NULL, "\"");
	add_row(&t, "", ",", " space and tab \t");
	add_row(&t, "x", "y", "");
	assert_reads_back(&t, 0);
	assert_reads_back(&t, TABLE_EXCEL);	/* no cell needs the guard */
	table_release(&t);
}

static void test_csv_excel(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "text", "Text", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "n", "N", ALIGN_RIGHT, COL_NUMBER);
	add_row(&t, "=HYPERLINK(\"http://x.example/?a\",\"click\")", "-5");
	add_row(&t, "@x", "3.5");
	add_row(&t, "+1", "-0.25");
	add_row(&t, "-5", "-1+cmd|' /C calc'!A0");
	add_row(&t, "\tx", "+1");
	add_row(&t, "\rx", "=1");
	add_row(&t, "Cù Lao Ré", "12");
	add_row(&t, "a=b", NULL);
	assert_renders(&t, FMT_CSV, TABLE_EXCEL,
		       "\xef\xbb\xbf"
		       "text,n\r\n"
		       "\"'=HYPERLINK(\"\"http://x.example/?a\"\","
		       "\"\"click\"\")\",-5\r\n"
		       "'@x,3.5\r\n"
		       "'+1,-0.25\r\n"
		       "'-5,'-1+cmd|' /C calc'!A0\r\n"
		       "'\tx,'+1\r\n"
		       "\"'\rx\",'=1\r\n"
		       "Cù Lao Ré,12\r\n"
		       "a=b,\r\n");
	/* without the flag the data is written as it is */
	assert_renders(&t, FMT_CSV, 0,
		       "text,n\n"
		       "\"=HYPERLINK(\"\"http://x.example/?a\"\","
		       "\"\"click\"\")\",-5\n"
		       "@x,3.5\n"
		       "+1,-0.25\n"
		       "-5,-1+cmd|' /C calc'!A0\n"
		       "\"\tx\",+1\n"
		       "\"\rx\",=1\n"
		       "Cù Lao Ré,12\n"
		       "a=b,\n");
	table_release(&t);
}

/*
 * Codes of digits that a spreadsheet would make a number of are written
 * ="..." for Excel: a leading zero, 12 digits and more.  Numbers, short
 * codes and codes with other characters are left alone; the header can
 * be the titles.
 */
static void test_csv_excel_codes(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "code", "Mã số thuế", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "n", "Số", ALIGN_RIGHT, COL_NUMBER);
	add_row(&t, "0401234567", "0401234567");
	add_row(&t, "8934567890120", "8934567890120");
	add_row(&t, "12345678901234567", "12");
	add_row(&t, "12345678901", "0");
	add_row(&t, "0", "07");
	add_row(&t, "0905 123 456", NULL);
	add_row(&t, "040123456A", NULL);
	assert_renders(&t, FMT_CSV, TABLE_EXCEL | TABLE_TITLES,
		       "\xef\xbb\xbf"
		       "Mã số thuế,Số\r\n"
		       "\"=\"\"0401234567\"\"\",0401234567\r\n"
		       "\"=\"\"8934567890120\"\"\",8934567890120\r\n"
		       "\"=\"\"12345678901234567\"\"\",12\r\n"
		       "12345678901,0\r\n"
		       "0,07\r\n"
		       "0905 123 456,\r\n"
		       "040123456A,\r\n");
	/* for scripts, the codes as they are */
	assert_renders(&t, FMT_CSV, 0,
		       "code,n\n"
		       "0401234567,0401234567\n"
		       "8934567890120,8934567890120\n"
		       "12345678901234567,12\n"
		       "12345678901,0\n"
		       "0,07\n"
		       "0905 123 456,\n"
		       "040123456A,\n");
	table_release(&t);
}

/* --- TSV ----------------------------------------------------------- */

static void test_tsv(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "id", "Mã", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "note", "Ghi chú", ALIGN_LEFT, COL_STRING);
	add_row(&t, "P001", "a\tb");
	add_row(&t, "P002", "line 1\nline 2\r\n");
	add_row(&t, "P003", "C:\\dir\\n");
	add_row(&t, NULL, "Đường, \"phèn\"");
	assert_renders(&t, FMT_TSV, 0,
		       "id\tnote\n"
		       "P001\ta\\tb\n"
		       "P002\tline 1\\nline 2\\r\\n\n"
		       "P003\tC:\\\\dir\\\\n\n"
		       "\tĐường, \"phèn\"\n");
	assert_renders(&t, FMT_TSV, TABLE_NO_HEADER | TABLE_EXCEL,
		       "P001\ta\\tb\n"
		       "P002\tline 1\\nline 2\\r\\n\n"
		       "P003\tC:\\\\dir\\\\n\n"
		       "\tĐường, \"phèn\"\n");
	table_release(&t);
}

/* --- JSON ---------------------------------------------------------- */

static void test_json_table(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "id", "Mã", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "score", "Điểm", ALIGN_RIGHT, COL_NUMBER);
	table_add_column(&t, "ok", "Đạt", ALIGN_LEFT, COL_BOOL);
	table_add_column(&t, "note", "Ghi chú", ALIGN_LEFT, COL_STRING);
	add_row(&t, "P001", "92.50", "true", "say \"hi\"\\\n\r\t\b\f\x01\x1f\x7f");
	add_row(&t, "P002", "007", "false", NULL);
	add_row(&t, "0012", "-1e-3", "maybe", "");
	add_row(&t, "Đường phèn", "NaN", NULL, "</script>");
	assert_renders(&t, FMT_JSON, 0,
		       "[\n"
		       "  {\n"
		       "    \"id\": \"P001\",\n"
		       "    \"score\": 92.50,\n"
		       "    \"ok\": true,\n"
		       "    \"note\": \"say \\\"hi\\\"\\\\\\n\\r\\t\\b\\f"
		       "\\u0001\\u001f\\u007f\"\n"
		       "  },\n"
		       "  {\n"
		       "    \"id\": \"P002\",\n"
		       "    \"score\": \"007\",\n"
		       "    \"ok\": false,\n"
		       "    \"note\": null\n"
		       "  },\n"
		       "  {\n"
		       "    \"id\": \"0012\",\n"
		       "    \"score\": -1e-3,\n"
		       "    \"ok\": \"maybe\",\n"
		       "    \"note\": null\n"
		       "  },\n"
		       "  {\n"
		       "    \"id\": \"Đường phèn\",\n"
		       "    \"score\": \"NaN\",\n"
		       "    \"ok\": null,\n"
		       "    \"note\": \"</script>\"\n"
		       "  }\n"
		       "]\n");
	table_release(&t);
}

static char *json_doc(void (*build)(struct json_writer *))
{
	struct json_writer w;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	json_init(&w, f);
	build(&w);
	json_finish(&w);
	assert_int_equal(fclose(f), 0);
	return buf;
}

static void build_nested(struct json_writer *w)
{
	json_begin_object(w);
	json_key(w, "name");
	json_string(w, "Yến sào \"Cù Lao\" Ré");
	json_key(w, "empty_object");
	json_begin_object(w);
	json_end_object(w);
	json_key(w, "empty_array");
	json_begin_array(w);
	json_end_array(w);
	json_key(w, "ints");
	json_begin_array(w);
	json_int(w, 0);
	json_int(w, -42);
	json_int(w, 2147483647L);
	json_end_array(w);
	json_key(w, "mixed");
	json_begin_array(w);
	json_begin_object(w);
	json_key(w, "k\ty");
	json_null(w);
	json_end_object(w);
	json_string(w, NULL);
	json_bool(w, false);
	json_raw_number(w, "1.10");
	json_raw_number(w, "1,5");	/* not a number: a string */
	json_end_array(w);
	json_end_object(w);
}

static void build_scalar(struct json_writer *w)
{
	json_string(w, "x");
}

static void build_empty_array(struct json_writer *w)
{
	json_begin_array(w);
	json_end_array(w);
}

static void test_json_writer(void **state)
{
	char *got;

	(void)state;
	got = json_doc(build_nested);
	assert_string_equal(got,
			    "{\n"
			    "  \"name\": \"Yến sào \\\"Cù Lao\\\" Ré\",\n"
			    "  \"empty_object\": {},\n"
			    "  \"empty_array\": [],\n"
			    "  \"ints\": [\n"
			    "    0,\n"
			    "    -42,\n"
			    "    2147483647\n"
			    "  ],\n"
			    "  \"mixed\": [\n"
			    "    {\n"
			    "      \"k\\ty\": null\n"
			    "    },\n"
			    "    null,\n"
			    "    false,\n"
			    "    1.10,\n"
			    "    \"1,5\"\n"
			    "  ]\n"
			    "}\n");
	free(got);
	got = json_doc(build_scalar);
	assert_string_equal(got, "\"x\"\n");
	free(got);
	got = json_doc(build_empty_array);
	assert_string_equal(got, "[]\n");
	free(got);
}

static void nest(struct json_writer *w, int n)
{
	int i;

	for (i = 0; i < n; i++)
		json_begin_array(w);
	for (i = 0; i < n; i++)
		json_end_array(w);
}

static void build_deepest(struct json_writer *w)
{
	nest(w, 63);
}

/* Does nesting n arrays end the process (BUG → abort)? */
static int nesting_aborts(int n)
{
	struct rlimit no_core = { 0, 0 };
	struct json_writer w;
	pid_t pid;
	int status;
	FILE *f;

	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (!pid) {
		setrlimit(RLIMIT_CORE, &no_core);
		if (!freopen("/dev/null", "w", stderr))
			_exit(2);
		f = fopen("/dev/null", "w");
		if (!f)
			_exit(2);
		json_init(&w, f);
		nest(&w, n);
		_exit(0);
	}
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

static void test_json_depth(void **state)
{
	char *got = json_doc(build_deepest);
	char innermost[130];

	(void)state;
	/* the innermost of 63 is empty, 62 levels (124 spaces) in */
	innermost[0] = '\n';
	memset(innermost + 1, ' ', 124);
	strcpy(innermost + 125, "[]\n");
	assert_non_null(strstr(got, innermost));
	assert_memory_equal(got, "[\n  [\n    [\n", 12);
	assert_int_equal(got[strlen(got) - 2], ']');
	free(got);
	assert_false(nesting_aborts(63));
	assert_true(nesting_aborts(64));
}

/* --- Markdown and HTML --------------------------------------------- */

static void test_md(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "name", "Tên | Name", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "n", "Điểm", ALIGN_RIGHT, COL_NUMBER);
	add_row(&t, "<script>alert('x')</script>", "1");
	add_row(&t, "a|b\\c & d", NULL);
	add_row(&t, "line 1\nline 2\r\nline 3", "2");
	add_row(&t, "esc\x1b[2J", "3");
	assert_renders(&t, FMT_MD, 0,
		       "| Tên \\| Name | Điểm |\n"
		       "| --- | ---: |\n"
		       "| &lt;script&gt;alert('x')&lt;/script&gt; | 1 |\n"
		       "| a\\|b\\\\c &amp; d |  |\n"
		       "| line 1<br>line 2<br>line 3 | 2 |\n"
		       "| esc\\x1b[2J | 3 |\n");
	table_release(&t);
}

static void test_html(void **state)
{
	struct table t;

	(void)state;
	table_init(&t);
	table_add_column(&t, "name", "Tên <b>", ALIGN_LEFT, COL_STRING);
	table_add_column(&t, "n", "Điểm", ALIGN_RIGHT, COL_NUMBER);
	add_row(&t, "<script>alert(\"x\" & 'y')</script>", "1");
	add_row(&t, "Đường phèn\nCù Lao Ré", NULL);
	assert_renders(&t, FMT_HTML, 0,
		       "<table>\n"
		       "<thead>\n"
		       "<tr><th>Tên &lt;b&gt;</th><th class=\"num\">Điểm</th>"
		       "</tr>\n"
		       "</thead>\n"
		       "<tbody>\n"
		       "<tr><td>&lt;script&gt;alert(&quot;x&quot; &amp; "
		       "&#39;y&#39;)&lt;/script&gt;</td>"
		       "<td class=\"num\">1</td></tr>\n"
		       "<tr><td>Đường phèn<br>Cù Lao Ré</td>"
		       "<td class=\"num\"></td></tr>\n"
		       "</tbody>\n"
		       "</table>\n");
	assert_renders(&t, FMT_HTML, TABLE_NO_HEADER,
		       "<table>\n"
		       "<tbody>\n"
		       "<tr><td>&lt;script&gt;alert(&quot;x&quot; &amp; "
		       "&#39;y&#39;)&lt;/script&gt;</td>"
		       "<td class=\"num\">1</td></tr>\n"
		       "<tr><td>Đường phèn<br>Cù Lao Ré</td>"
		       "<td class=\"num\"></td></tr>\n"
		       "</tbody>\n"
		       "</table>\n");
	table_release(&t);
}

static void test_html_escape(void **state)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	(void)state;
	assert_non_null(f);
	html_escape(f, "a<b>&\"c\"'d' Đ\x01\n");
	assert_int_equal(fclose(f), 0);
	assert_string_equal(buf, "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39; Đ"
			    "\xef\xbf\xbd\n");
	free(buf);
}

/* --- errors -------------------------------------------------------- */

static void test_write_error(void **state)
{
	enum out_format fmt;
	struct table t;
	FILE *f;

	(void)state;
	products(&t);
	for (fmt = FMT_TEXT; fmt <= FMT_HTML; fmt++) {
		f = fopen("/dev/full", "w");
		if (!f)
			skip();
		assert_int_equal(table_print(&t, fmt, 0, f), -1);
		fclose(f);
	}
	table_release(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_parse),
		cmocka_unit_test(test_format_from_path),
		cmocka_unit_test(test_table_cells),
		cmocka_unit_test(test_table_many_rows),
		cmocka_unit_test(test_text_vietnamese),
		cmocka_unit_test(test_text_wide),
		cmocka_unit_test(test_text_blank_cells),
		cmocka_unit_test(test_text_controls),
		cmocka_unit_test(test_empty_tables),
		cmocka_unit_test(test_empty_sentence),
		cmocka_unit_test(test_delimited_on_terminal),
		cmocka_unit_test(test_csv_quoting),
		cmocka_unit_test(test_csv_single_empty_column),
		cmocka_unit_test(test_csv_read_back),
		cmocka_unit_test(test_csv_excel),
		cmocka_unit_test(test_csv_excel_codes),
		cmocka_unit_test(test_tsv),
		cmocka_unit_test(test_json_table),
		cmocka_unit_test(test_json_writer),
		cmocka_unit_test(test_json_depth),
		cmocka_unit_test(test_md),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_html_escape),
		cmocka_unit_test(test_write_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
