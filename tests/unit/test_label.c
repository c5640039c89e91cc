/* test_label.c — unit tests for barcode.c, label.c and label-png.c (cmocka). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "ocop/barcode.h"
#include "ocop/label.h"
#include "ocop/util.h"

static void test_gtin_check_digit(void **state)
{
	(void)state;
	/* GS1's own examples, and the GTIN. */
	assert_int_equal(gtin_check_digit("400638133393", 12), '1');
	assert_int_equal(gtin_check_digit("893456789012", 12), '0');
	assert_int_equal(gtin_check_digit("9638507", 7), '4');
	assert_int_equal(gtin_check_digit("0001234567890", 13), '5');
	assert_null(gtin_problem("4006381333931"));
	assert_null(gtin_problem("8934567890120"));
	assert_null(gtin_problem("96385074"));
	assert_null(gtin_problem("00012345678905"));
	assert_non_null(gtin_problem("4006381333932"));	/* check digit */
	assert_non_null(gtin_problem("400638133393"));	/* 12 digits, wrong check */
	assert_non_null(gtin_problem("40063813339310"));
	assert_non_null(gtin_problem("400638133393a"));
	assert_non_null(gtin_problem(""));
	assert_non_null(gtin_problem("123456789"));
}

static void test_gtin_to_14(void **state)
{
	char out[GTIN14_LEN + 1];

	(void)state;
	gtin_to_14("8934567890120", out);
	assert_string_equal(out, "08934567890120");
	gtin_to_14("96385074", out);
	assert_string_equal(out, "00000096385074");
	gtin_to_14("00012345678905", out);
	assert_string_equal(out, "00012345678905");
	assert_true(gtin_is_vietnamese("8934567890120"));
	assert_false(gtin_is_vietnamese("4006381333931"));
	assert_false(gtin_is_vietnamese("89345678"));
}

/*
 * 4006381333931, the example of ISO/IEC 15420 and GS1: first digit 4 sets
 * the left half's parity LGLLGG; each group below is copied from the
 * standard's L, G and R tables by hand, not computed.
 */
static void test_ean13_pattern(void **state)
{
	static const char *const want =
		"101"
		"0001101" "0100111" "0101111" "0111101" "0001001" "0110011"	/* 0L 0G 6L 3L 8G 1G */
		"01010"
		"1000010" "1000010" "1000010" "1110100" "1000010" "1100110"	/* 3R 3R 3R 9R 3R 1R */
		"101";
	unsigned char m[EAN13_MODULES];
	char got[EAN13_MODULES + 1];
	size_t i;

	(void)state;
	assert_int_equal(strlen(want), EAN13_MODULES);
	assert_int_equal(ean13_modules("4006381333931", m), 0);
	for (i = 0; i < EAN13_MODULES; i++)
		got[i] = m[i] ? '1' : '0';
	got[EAN13_MODULES] = '\0';
	assert_string_equal(got, want);
	/* First digit 0: all L, as UPC-A. */
	assert_int_equal(ean13_modules("0012345678905", m), 0);
	for (i = 0; i < 7; i++)
		got[i] = m[3 + i] ? '1' : '0';
	got[7] = '\0';
	assert_string_equal(got, "0001101");
	assert_int_equal(ean13_modules("4006381333932", m), -1);
	assert_int_equal(ean13_modules("96385074", m), -1);
}

static void test_qr_text(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	char *s;

	(void)state;
	s = label_qr_text("8934567890120", NULL, "https://x.vn/ocop/{id}.html", "a", &dl);
	assert_string_equal(s, "https://id.gs1.org/01/08934567890120");
	free(s);
	s = label_qr_text("8934567890120", "ocop.nghialo.gov.vn", NULL, "a", &dl);
	assert_string_equal(s, "https://ocop.nghialo.gov.vn/01/08934567890120");
	free(s);
	s = label_qr_text("8934567890120", "https://ocop.nghialo.gov.vn/", NULL, "a", &dl);
	assert_string_equal(s, "https://ocop.nghialo.gov.vn/01/08934567890120");
	free(s);
	s = label_qr_text(NULL, "ocop.nghialo.gov.vn", "https://x.vn/ocop/{id}.html", "che-xanh", &dl);
	assert_string_equal(s, "https://x.vn/ocop/che-xanh.html");
	free(s);
	assert_int_equal(diag_error_count(&dl), 0);
	assert_null(label_qr_text(NULL, NULL, NULL, "che-xanh", &dl));
	assert_int_equal(diag_error_count(&dl), 1);
	assert_null(label_qr_text(NULL, NULL, "https://x.vn/ocop/", "che-xanh", &dl));
	assert_int_equal(diag_error_count(&dl), 2);
	diag_list_release(&dl);
}

static void test_qr_encode(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct qr_code qr;
	int i;

	(void)state;
	assert_int_equal(qr_encode("https://id.gs1.org/01/08934567890120", &qr, &dl), 0);
	/* 36 bytes at level M: version 3, 29 modules a side. */
	assert_int_equal(qr.width, 29);
	/* The finder pattern's dark border, top left: row 0 and column 0, 7 modules. */
	for (i = 0; i < 7; i++) {
		assert_int_equal(qr.modules[i], 1);
		assert_int_equal(qr.modules[i * qr.width], 1);
	}
	assert_int_equal(qr.modules[7], 0);	/* its separator */
	qr_release(&qr);
	diag_list_release(&dl);
}

static char *written(void (*fn)(FILE *, const struct label *, const char *),
		     const struct label *l)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	assert_non_null(f);
	fn(f, l, "vi");
	assert_int_equal(fclose(f), 0);
	return buf;
}

static void test_svg_escapes(void **state)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct label l = {
		.id = "x", .name = "Trà <script>alert(1)</script> & \"Bơ\"", .stars = 4,
		.decision = "12/QĐ-UBND<b>", .authority = "UBND & tỉnh",
	};
	char *svg;

	(void)state;
	assert_int_equal(qr_encode("https://x.vn/ocop/x.html", &l.qr, &dl), 0);
	svg = written(label_write_svg, &l);
	assert_null(strstr(svg, "<script"));
	assert_null(strstr(svg, "<b>"));
	assert_non_null(strstr(svg, "&lt;script&gt;alert(1)&lt;/script&gt;"));
	assert_non_null(strstr(svg, "UBND &amp; tỉnh"));
	assert_non_null(strstr(svg, "&quot;Bơ&quot;"));
	assert_non_null(strstr(svg, "★★★★<"));
	free(svg);
	qr_release(&l.qr);
	diag_list_release(&dl);
}

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* The PNG's rows, inflated by zlib, are the bitmap's: 1 black is bit 0. */
static void test_png(void **state)
{
	unsigned char px[10 * 3] = { 0 }, raw[3 * 3];
	struct bitmap b = { 10, 3, px };
	char *buf = NULL;
	size_t len = 0, at;
	uLongf rawlen = sizeof(raw);
	FILE *f = open_memstream(&buf, &len);
	const unsigned char *p;

	(void)state;
	px[0] = px[9] = 1;		/* row 0: first and last black */
	px[10 + 4] = 1;			/* row 1: the fifth */
	assert_non_null(f);
	assert_int_equal(png_write(f, &b), 0);
	assert_int_equal(fclose(f), 0);
	p = (const unsigned char *)buf;
	assert_memory_equal(p, "\x89PNG\r\n\x1a\n", 8);
	assert_memory_equal(p + 12, "IHDR", 4);
	assert_int_equal(be32(p + 16), 10);
	assert_int_equal(be32(p + 20), 3);
	assert_int_equal(p[24], 1);	/* bit depth */
	assert_int_equal(p[25], 0);	/* grey */
	assert_int_equal(be32(p + 29), crc32(0, p + 12, 17));
	at = 8 + 12 + 13;
	assert_memory_equal(p + at + 4, "IDAT", 4);
	assert_int_equal(uncompress(raw, &rawlen, p + at + 8, be32(p + at)), Z_OK);
	assert_int_equal(rawlen, 9);
	/* filter 0, then 10 pixels in 2 bytes (padding white) */
	assert_int_equal(raw[0], 0);
	assert_int_equal(raw[1], 0x7f);
	assert_int_equal(raw[2], 0xbf);
	assert_int_equal(raw[4], 0xf7);
	assert_int_equal(raw[5], 0xff);
	assert_int_equal(raw[7], 0xff);
	assert_int_equal(be32(p + at + 8 + be32(p + at)), crc32(0, p + at + 4, be32(p + at) + 4));
	assert_memory_equal(p + len - 8, "IEND", 4);
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gtin_check_digit),
		cmocka_unit_test(test_gtin_to_14),
		cmocka_unit_test(test_ean13_pattern),
		cmocka_unit_test(test_qr_text),
		cmocka_unit_test(test_qr_encode),
		cmocka_unit_test(test_svg_escapes),
		cmocka_unit_test(test_png),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
