/* test_text.c — unit tests for src/lib/text.c (cmocka). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "ocop/text.h"
#include "ocop/util.h"

/* Vietnamese written decomposed (NFD), as some keyboards and macOS give it. */
#define YEN_NFD "Ye\xcc\x82\xcc\x81n"		/* Y e U+0302 U+0301 n */
#define E_CIRC_ACUTE_NFD "e\xcc\x82\xcc\x81"	/* ế */

/* 59 bytes of words, for the slug length limit of 64 */
#define WORDS59 "aaaaaaaaa bbbbbbbbb ccccccccc ddddddddd eeeeeeeee fffffffff"
#define SLUG59 "aaaaaaaaa-bbbbbbbbb-ccccccccc-ddddddddd-eeeeeeeee-fffffffff"
#define X16 "xxxxxxxxxxxxxxxx"

/* The letterhead's upper case follows Vietnamese letters, tones and all. */
static void test_upper(void **state)
{
	static const char *const cases[][2] = {
		{ "UBND phường Nghĩa Lộ", "UBND PHƯỜNG NGHĨA LỘ" },
		{ "đặc khu Lý Sơn", "ĐẶC KHU LÝ SƠN" },
		{ "kt. chủ tịch", "KT. CHỦ TỊCH" },
		{ "", "" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = text_upper(cases[i][0]);

		assert_string_equal(got, cases[i][1]);
		free(got);
	}
}

static void test_utf8_valid(void **state)
{
	static const struct {
		const char *s;
		size_t len;	/* 0: strlen(s) */
		bool ok;
		size_t bad;
	} t[] = {
		{ "", 0, true, 0 },
		{ "abc", 0, true, 0 },
		{ "Yến sào Cù Lao Ré", 0, true, 0 },
		{ "tab\there\r\nline", 0, true, 0 },
		{ "del \x7f is not C0", 0, true, 0 },
		{ "\xf4\x8f\xbf\xbf", 0, true, 0 },		/* U+10FFFF */
		{ "\xf0\x9f\x98\x80", 0, true, 0 },		/* U+1F600 */
		{ "\xef\xbf\xbd", 0, true, 0 },			/* U+FFFD */
		{ "ab\x01", 0, false, 2 },
		{ "\x1b[31m", 0, false, 0 },			/* ESC */
		{ "a\0b", 3, false, 1 },			/* NUL */
		{ "a\x80", 0, false, 1 }, /* lone continuation */
		{ "\xc0\x80", 0, false, 0 }, /* overlong NUL */
		{ "\xc1\xbf", 0, false, 0 },			/* overlong */
		{ "x\xe0\x80\x80", 0, false, 1 }, /* overlong 3-byte */
		{ "\xe0\x9f\xbf", 0, false, 0 }, /* overlong U+07FF */
		{ "\xf0\x8f\xbf\xbf", 0, false, 0 }, /* overlong 4-byte */
		{ "ok\xed\xa0\x80", 0, false, 2 }, /* surrogate D800 */
		{ "\xed\xbf\xbf", 0, false, 0 }, /* surrogate DFFF */
		{ "\xed\x9f\xbf", 0, true, 0 }, /* U+D7FF is fine */
		{ "\xf4\x90\x80\x80", 0, false, 0 },		/* U+110000 */
		{ "\xf5\x80\x80\x80", 0, false, 0 },
		{ "\xff", 0, false, 0 },
		{ "Y\xe1\xba", 0, false, 1 }, /* truncated ế */
		{ "\xe1\xba" "A", 0, false, 0 }, /* bad continuation */
	};
	size_t i, bad, len;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		len = t[i].len ? t[i].len : strlen(t[i].s);
		bad = 9999;
		if (text_utf8_valid(t[i].s, len, &bad) != t[i].ok)
			fail_msg("case %zu: validity wrong", i);
		if (!t[i].ok)
			assert_int_equal(bad, t[i].bad);
		/* bad_offset may be NULL. */
		assert_int_equal(text_utf8_valid(t[i].s, len, NULL), t[i].ok);
	}
	/* A valid prefix: the length bounds the check, not the NUL. */
	assert_true(text_utf8_valid("ab\x01", 2, NULL));
}

static void test_nfc(void **state)
{
	static const struct {
		const char *in, *out;
	} t[] = {
		{ "", "" },
		{ "abc", "abc" },
		{ YEN_NFD, "Yến" },
		{ "Yến", "Yến" },
		/* marks in non-canonical order compose the same way */
		{ "e\xcc\xa3\xcc\x82", "ệ" },
		{ "e\xcc\x82\xcc\xa3", "ệ" },
		{ "\xe1\xbb\x87", "ệ" },
		{ "O\xcc\x9b\xcc\x80", "Ờ" },		/* O + horn + grave */
		{ "\xe2\x84\xab", "Å" },		/* ANGSTROM SIGN → Å */
	};
	size_t i;
	char *r;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		r = text_nfc(t[i].in);
		assert_non_null(r);
		assert_string_equal(r, t[i].out);
		assert_true(text_is_nfc(r));
		free(r);
	}
	assert_false(text_is_nfc(YEN_NFD));
	assert_false(text_is_nfc("e\xcc\x82\xcc\xa3"));
	assert_true(text_is_nfc("Nguyễn Thị Đường"));
	assert_null(text_nfc("a\xff"));
	assert_null(text_nfc("\xed\xa0\x80"));
	assert_false(text_is_nfc("a\xff"));
}

/* The UTF-8 of code point c into buf; its length. */
static size_t put_utf8(uint32_t c, char *buf)
{
	if (c < 0x80) {
		buf[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		buf[0] = (char)(0xC0 | (c >> 6));
		buf[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	buf[0] = (char)(0xE0 | (c >> 12));
	buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
	buf[2] = (char)(0x80 | (c & 0x3F));
	return 3;
}

/*
 * text_nfc_quick says "NFC" without ICU for some code points: each of them
 * must be NFC alone and never compose with the character before it (ICU's
 * view), so that any string of them is NFC.  Every code point of the BMP
 * is tried.
 */
static void test_nfc_quick(void **state)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfc = unorm2_getNFCInstance(&err);
	uint32_t c;
	char buf[4];
	size_t quick = 0;
	UChar u;

	(void)state;
	assert_true(U_SUCCESS(err));
	for (c = 1; c < 0x10000; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		if (!text_nfc_quick(buf, put_utf8(c, buf)))
			continue;
		quick++;
		/* NFC by itself, and never composing with what comes before
		 * it: then a string of such characters is NFC. */
		u = (UChar)c;
		if (!unorm2_hasBoundaryBefore(nfc, (UChar32)c) ||
		    !unorm2_isNormalized(nfc, &u, 1, &err) || U_FAILURE(err))
			fail_msg("U+%04X taken for NFC-inert but ICU disagrees", c);
	}
	/* exactly ASCII and Latin below U+0300, and U+1E00–U+1EFF */
	assert_int_equal(quick, 0x2FF + 0x100);
	assert_true(text_nfc_quick("Nguyễn Thị Đường, Yến sào", 36));
	assert_false(text_nfc_quick(YEN_NFD, strlen(YEN_NFD)));
	assert_false(text_nfc_quick("\xe2\x84\xab", 3));	/* ANGSTROM SIGN */
	assert_false(text_nfc_quick("a\xff", 2));
	assert_false(text_nfc_quick("\xed\xa0\x80", 3));	/* a surrogate */
	assert_false(text_nfc_quick("\xc3", 1));	/* cut short */
	assert_false(text_nfc_quick("\xe1\xbb", 2));
	assert_false(text_nfc_quick("\xe1\xbb\x85", 2));
	assert_false(text_nfc_quick("abcdefgh\xc3\x28", 10));	/* no continuation */
	assert_true(text_nfc_quick("abcdefghi\xc3\xa0jklmnopq\xe1\xbb\x85", 23));
}

/*
 * The oracle for text_fold, straight from text.h's definition through
 * ICU: case fold, NFD, drop non-spacing marks, đ → d, white space runs
 * made one space, trimmed.  (text_fold skips ICU for most letters.)
 */
static char *fold_oracle(const char *s)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
	UChar a[64], b[64], c[128];
	int32_t na, nb, nc, i = 0, j = 0;
	char *out = xmalloc(256);
	bool space = false;
	UChar32 ch;

	u_strFromUTF8(a, 64, &na, s, -1, &err);
	nb = u_strFoldCase(b, 64, a, na, U_FOLD_CASE_DEFAULT, &err);
	nc = unorm2_normalize(nfd, b, nb, c, 128, &err);
	assert_true(U_SUCCESS(err));
	while (i < nc) {
		U16_NEXT(c, i, nc, ch);
		if (u_charType(ch) == U_NON_SPACING_MARK)
			continue;
		if (u_isUWhiteSpace(ch)) {
			space = j > 0;
			continue;
		}
		if (space)
			a[j++] = ' ';
		space = false;
		if (ch == 0x0111 || ch == 0x0110)
			ch = 'd';
		U16_APPEND_UNSAFE(a, j, ch);
	}
	u_strToUTF8(out, 256, NULL, a, j, &err);
	assert_true(U_SUCCESS(err));
	return out;
}

/* Every ASCII byte and every letter text_fold may fold without ICU, in
 * words and among spaces, folds as ICU folds it. */
static void test_fold_quick(void **state)
{
	uint32_t c;
	char ch[4], s[64];
	char *got, *want;
	size_t n;

	(void)state;
	for (c = 1; c < 0x1F00; c++) {
		if (c == 0x300)
			c = 0x1E00;
		n = put_utf8(c, ch);
		ch[n] = '\0';
		snprintf(s, sizeof(s), "X%sy  \t%s%sZ %s", ch, ch, ch, ch);
		got = text_fold(s);
		want = fold_oracle(s);
		assert_non_null(got);
		if (strcmp(got, want))
			fail_msg("U+%04X: text_fold gives '%s', ICU '%s'", c, got, want);
		free(got);
		free(want);
	}
}

/* The properties text.c keeps in its Latin table are ICU's, for every
 * code point of the table and ASCII, and for a few outside it. */
static void test_letter_properties(void **state)
{
	static const uint32_t outside[] = { 0x300, 0x301, 0x3B1, 0x4E2D, 0x2013 };
	uint32_t c;
	size_t i;

	(void)state;
	for (c = 0; c < 0x1F00; c++) {
		if (c == 0x300)
			c = 0x1E00;
		if (text_is_alpha(c) != (bool)u_isalpha((UChar32)c) ||
		    text_is_alnum(c) != (bool)u_isalnum((UChar32)c) ||
		    text_is_mark(c) != (u_charType((UChar32)c) == U_NON_SPACING_MARK))
			fail_msg("U+%04X: the table and ICU differ", c);
	}
	for (i = 0; i < ARRAY_SIZE(outside); i++) {
		c = outside[i];
		assert_int_equal(text_is_alpha(c), (bool)u_isalpha((UChar32)c));
		assert_int_equal(text_is_mark(c),
				 u_charType((UChar32)c) == U_NON_SPACING_MARK);
	}
}

static void test_fold(void **state)
{
	static const struct {
		const char *in, *out;
	} t[] = {
		{ "", "" },
		{ "   ", "" },
		{ "Yến sào Cù Lao Ré", "yen sao cu lao re" },
		{ YEN_NFD " s\xcc\x80" "a\xcc\x80o", "yen sao" },
		{ "ĐƯỜNG", "duong" },
		{ E_CIRC_ACUTE_NFD, "e" },
		{ "đường phèn", "duong phen" },
		{ "Nguyễn Thị Ánh", "nguyen thi anh" },
		{ "ẮẤỐỚỨ ặậộợự", "aaoou aaoou" },
		{ "  Chè \t Thái\n\nNguyên  ", "che thai nguyen" },
		{ "a\xc2\xa0\xc2\xa0" "b", "a b" },	/* NBSP */
		{ "Straße", "strasse" },
		{ "İ", "i" },
		{ "Mật ong 100%", "mat ong 100%" },
		{ "中文", "中文" },
	};
	size_t i;
	char *r;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		r = text_fold(t[i].in);
		assert_non_null(r);
		if (strcmp(r, t[i].out))
			fail_msg("fold(\"%s\") = \"%s\", want \"%s\"", t[i].in,
				 r, t[i].out);
		free(r);
	}
	assert_null(text_fold("\xc0\x80"));
}

static void test_search(void **state)
{
	static const struct {
		const char *hay, *needle;
		bool found;
	} t[] = {
		{ "Yến sào Cù Lao Ré", "yen", true },
		{ "Yến sào Cù Lao Ré", "LAO RE", true },
		{ "Yến sào Cù Lao Ré", "lao  re", true },
		{ "Yến sào Cù Lao Ré", "Yến", true },
		{ "Yến sào Cù Lao Ré", YEN_NFD, true },
		{ YEN_NFD " sào", "yến", true },
		{ "Đường phèn", "duong", true },
		{ "Đường phèn", "đường", true },
		{ "Nguyễn", "nguyen", true },
		{ "Yến sào", "", true },
		{ "", "", true },
		{ "Yến sào", "yen sao cu", false },
		{ "Yến sào", "yenx", false },
		{ "", "a", false },
		{ "abc", "\xff", false },
		{ "\xff", "a", false },
	};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++)
		if (text_search(t[i].hay, t[i].needle) != t[i].found)
			fail_msg("search(\"%s\", \"%s\") wrong", t[i].hay,
				 t[i].needle);
}

static void test_slug(void **state)
{
	static const struct {
		const char *in, *out;
	} t[] = {
		{ "Yến sào Cù Lao Ré", "yen-sao-cu-lao-re" },
		{ "Đường phèn", "duong-phen" },
		{ "  --Công ty TNHH!! ", "cong-ty-tnhh" },
		{ "HTX Nông nghiệp số 3", "htx-nong-nghiep-so-3" },
		{ "Trà_xanh/Thái.Nguyên", "tra-xanh-thai-nguyen" },
		{ YEN_NFD, "yen" },
		{ "!!!", "" },
		{ "", "" },
		{ "中文", "" },
		{ "Cà phê 中文 Robusta", "ca-phe-robusta" },
		/* 64 bytes exactly: kept whole */
		{ WORDS59 " 1234", SLUG59 "-1234" },
		/* 65: the last word goes, and its dash with it */
		{ WORDS59 " 12345", SLUG59 },
		/* a dash falls at byte 64: the 64 bytes before it stay */
		{ WORDS59 " 1234 x", SLUG59 "-1234" },
		/* byte 63 is a dash: cut there, never ending in one */
		{ WORDS59 " 123 xy", SLUG59 "-123" },
		/* one word longer than the limit: cut at 64 */
		{ X16 X16 X16 X16 "xxxxx", X16 X16 X16 X16 },
	};
	size_t i;
	char *r;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		r = text_slug(t[i].in);
		assert_non_null(r);
		if (strcmp(r, t[i].out))
			fail_msg("slug(\"%s\") = \"%s\", want \"%s\"", t[i].in,
				 r, t[i].out);
		assert_true(strlen(r) <= 64);
		assert_true(!*r || (r[0] != '-' && r[strlen(r) - 1] != '-'));
		free(r);
	}
	assert_null(text_slug("\xff"));
}

static void test_width(void **state)
{
	static const struct {
		const char *s;
		size_t w;
	} t[] = {
		{ "", 0 },
		{ "abc", 3 },
		{ "Yến sào", 7 },
		{ YEN_NFD, 3 },
		{ E_CIRC_ACUTE_NFD, 1 },
		{ "ĐƯỜNG", 5 },
		{ "\xcc\x81", 0 }, /* lone combining acute */
		{ "a\xe2\x83\x9d", 1 }, /* enclosing circle U+20DD */
		{ "a\xe2\x80\x8b" "b", 2 },		/* ZWSP */
		{ "a\xe2\x80\x8f" "b", 2 },		/* RLM */
		{ "\xef\xbb\xbf" "a", 1 },		/* BOM */
		{ "\xc2\xad", 1 },			/* soft hyphen */
		{ "a\tb", 2 },				/* controls: 0 */
		{ "中文", 4 },
		{ "ＡＢ", 4 },				/* fullwidth */
		{ "ｱｲ", 2 },				/* halfwidth katakana */
		{ "한", 2 },
		{ "\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab", 2 },	/* 한 as jamo */
		{ "\xf0\x9f\x98\x80", 2 },		/* emoji */
		{ "\xff", 1 },				/* ill-formed: U+FFFD */
	};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++)
		if (text_width(t[i].s) != t[i].w)
			fail_msg("width case %zu: %zu, want %zu", i,
				 text_width(t[i].s), t[i].w);
}

/*
 * The code points text_width counts one column without ICU: ICU says
 * the same (no mark, format, control or separator, no Hangul jamo that
 * joins, not wide), and it is their width.
 */
static void test_width_without_icu(void **state)
{
	static const uint32_t ranges[][2] = {
		{ 0x20, 0x7e }, { 0xa0, 0x2ff }, { 0x1e00, 0x1eff },
	};
	uint32_t c;
	size_t i, n;
	char buf[4];
	int ea;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(ranges); i++) {
		for (c = ranges[i][0]; c <= ranges[i][1]; c++) {
			switch (u_charType((UChar32)c)) {
			case U_NON_SPACING_MARK:
			case U_ENCLOSING_MARK:
			case U_CONTROL_CHAR:
			case U_LINE_SEPARATOR:
			case U_PARAGRAPH_SEPARATOR:
				fail_msg("U+%04X is not one column", c);
				break;
			case U_FORMAT_CHAR:
				if (c != 0xad)	/* the soft hyphen is drawn */
					fail_msg("U+%04X is not one column", c);
				break;
			default:
				break;
			}
			ea = u_getIntPropertyValue((UChar32)c, UCHAR_EAST_ASIAN_WIDTH);
			if (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH)
				fail_msg("U+%04X is wide", c);
			n = put_utf8(c, buf);
			buf[n] = '\0';
			if (text_width(buf) != 1)
				fail_msg("U+%04X: width %zu", c, text_width(buf));
		}
	}
	/* and outside them, ICU still answers */
	assert_int_equal(text_width("\xcc\x81"), 0);
	assert_int_equal(text_width("\xc2\x85"), 0);	/* NEL, a control */
}

static void test_fit(void **state)
{
	static const struct {
		const char *s;
		size_t cols, bytes;
	} t[] = {
		{ "", 5, 0 },
		{ "abc", 0, 0 },
		{ "abc", 2, 2 },
		{ "abc", 3, 3 },
		{ "abc", 10, 3 },
		{ "Yến sào", 2, 4 },		/* "Yế": ế is 3 bytes */
		{ "Yến sào", 3, 5 },
		{ YEN_NFD, 2, 6 },		/* never strip ế's marks */
		{ YEN_NFD, 1, 1 },
		{ "中文", 1, 0 },		/* half a wide char does not fit */
		{ "中文", 3, 3 },
		{ "中文", 4, 6 },
		{ "a中", 2, 1 },
		/* a flag is two regional indicators, one grapheme */
		{ "\xf0\x9f\x87\xbb\xf0\x9f\x87\xb3" "x", 1, 0 },
		{ "\xf0\x9f\x87\xbb\xf0\x9f\x87\xb3" "x", 2, 8 },
		{ "a\r\nb", 1, 3 },		/* CR LF is one grapheme */
	};
	size_t i, n;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		n = text_fit(t[i].s, t[i].cols);
		if (n != t[i].bytes)
			fail_msg("fit case %zu: %zu bytes, want %zu", i, n,
				 t[i].bytes);
	}
}

/* Words in Vietnamese dictionary order, each strictly before the next. */
static const char *const vi_order[] = {
	"a", "à", "ả", "ã", "á", "ạ",
	"anh", "Anh", "Ánh",
	"ă", "Ăn", "â", "Âm",
	"b", "Ba",
	"d", "Dung", "Duong", "đ", "Đào", "Đường",
	"e", "ê",
	"mạ", "mab",		/* tones weigh less than letters */
	"Nguyen", "nguyên", "Nguyễn",
	"o", "ô", "ơ",
	"u", "ư", "z",
};

static void test_collate_order(void **state)
{
	size_t i, j;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(vi_order); i++)
		for (j = 0; j < ARRAY_SIZE(vi_order); j++) {
			int want = i < j ? -1 : i > j;

			if (text_collate(vi_order[i], vi_order[j]) != want)
				fail_msg("collate(\"%s\", \"%s\") != %d",
					 vi_order[i], vi_order[j], want);
		}
	/* NFD sorts as its NFC form. */
	assert_int_equal(text_collate(YEN_NFD, "Yến"), 0);
	/* Marks out of canonical order (not FCD) need ICU to normalise. */
	assert_int_equal(text_collate("ne\xcc\x82\xcc\xa3", "nệ"), 0);
	assert_int_equal(text_collate("ne\xcc\x82\xcc\xa3", "nê"), 1);
	assert_int_equal(text_collate("", ""), 0);
	assert_int_equal(text_collate("", "a"), -1);
}

static int cmp_key(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_collate_key(void **state)
{
	size_t n = ARRAY_SIZE(vi_order), i, j;
	char **keys = xmalloc(n * sizeof(*keys));
	char *k1, *k2;

	(void)state;
	/* Keys sorted in reverse order come back in collation order. */
	for (i = 0; i < n; i++)
		keys[i] = text_collate_key(vi_order[n - 1 - i]);
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++) {
			int c = strcmp(keys[i], keys[j]);

			c = c < 0 ? -1 : c > 0;
			assert_int_equal(c, text_collate(vi_order[n - 1 - i],
							 vi_order[n - 1 - j]));
		}
	qsort(keys, n, sizeof(*keys), cmp_key);
	for (i = 0; i < n; i++) {
		k1 = text_collate_key(vi_order[i]);
		assert_string_equal(keys[i], k1);
		free(k1);
		free(keys[i]);
	}
	free(keys);

	k1 = text_collate_key(YEN_NFD);
	k2 = text_collate_key("Yến");
	assert_string_equal(k1, k2);
	free(k1);
	free(k2);
	/* Ill-formed text still gets a key, agreeing with text_collate. */
	k1 = text_collate_key("a\xff");
	k2 = text_collate_key("b");
	assert_true(strcmp(k1, k2) < 0);
	assert_int_equal(text_collate("a\xff", "b"), -1);
	free(k1);
	free(k2);
}

static void test_distance(void **state)
{
	static const struct {
		const char *a, *b;
		size_t d;
	} t[] = {
		{ "", "", 0 },
		{ "", "abc", 3 },
		{ "abc", "", 3 },
		{ "fod", "food", 1 },
		{ "kitten", "sitting", 3 },
		{ "Yến", "yen", 0 },
		{ YEN_NFD, "yen", 0 },
		{ "đường", "DUONG", 0 },
		{ "nong san", "nông sản", 0 },
		{ "中文", "中", 1 },		/* by code point, not byte */
		{ "中文", "文中", 1 },		/* a transposition is one typo */
		{ "herbal", "hrebal", 1 },	/* swapped letters */
		{ "herbal", "hrbeal", 2 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		if (text_distance(t[i].a, t[i].b) != t[i].d)
			fail_msg("distance(\"%s\", \"%s\") = %zu, want %zu",
				 t[i].a, t[i].b, text_distance(t[i].a, t[i].b),
				 t[i].d);
		assert_int_equal(text_distance(t[i].b, t[i].a), t[i].d);
	}
	assert_int_equal(text_distance("\xff", "a"), SIZE_MAX);
}

static void test_suggest(void **state)
{
	static const char *const cats[] = {
		"food", "beverage", "herbal", "textile", "souvenir", "tourism",
	};
	static const char *const vi[] = { "thực phẩm", "đồ uống", "dược liệu" };
	static const char *const langs[] = { "en", "vi" };
	static const struct {
		const char *word, *want;
	} t[] = {
		{ "fod", "food" },
		{ "FOOD", "food" },
		{ "foods", "food" },
		{ "bevrage", "beverage" },
		{ "beverrrage", "beverage" },	/* 2 ≤ 10/3 */
		{ "bvrg", NULL },		/* 4 > max(1, 4/3) */
		{ "hrbal", "herbal" },
		{ "xyzzy", NULL },
		{ "f", NULL },
		{ "", NULL },
		{ "\xff", NULL },
	};
	size_t i;
	const char *r;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		r = text_suggest(t[i].word, cats, ARRAY_SIZE(cats));
		if (t[i].want ? !r || strcmp(r, t[i].want) : r != NULL)
			fail_msg("suggest(\"%s\") = %s, want %s", t[i].word,
				 r ? r : "NULL",
				 t[i].want ? t[i].want : "NULL");
	}
	/* The pointer is into the candidates. */
	assert_ptr_equal(text_suggest("fod", cats, ARRAY_SIZE(cats)), cats[0]);
	assert_null(text_suggest("fod", cats, 0));
	/* Short words still allow one typo; a tie goes to the first. */
	assert_ptr_equal(text_suggest("vie", langs, 2), langs[1]);
	assert_ptr_equal(text_suggest("vn", langs, 2), langs[0]);
	assert_null(text_suggest("fr", langs, 2));
	assert_ptr_equal(text_suggest("do uong", vi, ARRAY_SIZE(vi)), vi[1]);
	assert_ptr_equal(text_suggest("duoc lieu", vi, ARRAY_SIZE(vi)), vi[2]);
}

static void test_printable(void **state)
{
	static const struct {
		const char *in, *out;
	} t[] = {
		{ "", "" },
		{ "Yến sào", "Yến sào" },
		{ "a\tb", "a\tb" },
		{ "a\nb\r", "a\\x0ab\\x0d" },
		{ "\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m" },
		{ "\x01\x1f", "\\x01\\x1f" },
		{ "del\x7f", "del\\x7f" },
		{ "\xc2\x85nel", "\\u0085nel" },
		{ "\xc2\x9b" "31m", "\\u009b31m" },	/* C1 CSI */
		{ "\xc2\xa0", "\xc2\xa0" },		/* NBSP is printable */
		{ "x\x9by", "x\\x9by" }, /* lone 8-bit CSI byte */
		{ "\xe1\xba", "\\xe1\\xba" },		/* truncated */
		{ "\\x1b", "\\x1b" }, /* backslash kept as is */
	};
	size_t i;
	char *r;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		r = text_printable(t[i].in);
		if (strcmp(r, t[i].out))
			fail_msg("printable case %zu: \"%s\"", i, r);
		free(r);
	}
}

/* The control characters a value may not hold, and where. */
static void test_control_char(void **state)
{
	static const struct {
		const char *s;
		uint32_t c;
		size_t pos;
	} cases[] = {
		{ "", 0, 0 },
		{ "Cơ sở A", 0, 0 },
		{ "dòng 1\n\tdòng 2", 0, 0 },	/* LF is the field's; TAB passes */
		{ "Cơ sở\x1b" "A", 0x1b, 6 },
		{ "x\r\n", 0x0d, 2 },
		{ "\x07", 0x07, 1 },
		{ "ab\x7f", 0x7f, 3 },
		{ "Số 1\xc2\x9b" "A", 0x9b, 5 },	/* C1: CSI */
		{ "\xc2\xa0", 0, 0 },			/* NBSP is text */
	};
	size_t i, pos;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		pos = 0;
		assert_int_equal(text_control_char(cases[i].s, &pos), cases[i].c);
		assert_int_equal(pos, cases[i].pos);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_nfc_quick),
		cmocka_unit_test(test_fold_quick),
		cmocka_unit_test(test_letter_properties),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_search),
		cmocka_unit_test(test_slug),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_width_without_icu),
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_collate_order),
		cmocka_unit_test(test_collate_key),
		cmocka_unit_test(test_distance),
		cmocka_unit_test(test_suggest),
		cmocka_unit_test(test_printable),
		cmocka_unit_test(test_upper),
		cmocka_unit_test(test_control_char),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
