/*
 * gen-latin.c — write src/lib/latin.h, the properties ocop needs of the
 * letters of Vietnamese text, so that reading, folding and writing a
 * record need not load ICU (about 3 ms a process: its libraries' symbols).
 *
 *   make latin-table     (cc tools/gen-latin.c -licuuc; ./gen > src/lib/latin.h)
 *
 * For U+0080..U+02FF and U+1E00..U+1EFF: what the character folds to
 * (text_fold: case fold, NFD, non-spacing marks dropped, đ → d) when that
 * is one printable ASCII character, else 0; and whether ICU calls it
 * alphabetic, alphanumeric, a non-spacing mark.  tests/unit/test_text.c
 * checks every entry against ICU, so a table from another ICU version
 * fails the tests rather than folding differently.
 */
#include <stdio.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

static char fold_one(UChar32 c)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
	UChar a[8], b[16], out[16];
	int32_t na = 0, nb, nn, i = 0, j = 0;
	UChar32 ch;

	U16_APPEND_UNSAFE(a, na, c);
	nb = u_strFoldCase(b, 16, a, na, U_FOLD_CASE_DEFAULT, &err);
	nn = unorm2_normalize(nfd, b, nb, out, 16, &err);
	if (U_FAILURE(err))
		return 0;
	while (i < nn) {
		U16_NEXT(out, i, nn, ch);
		if (u_charType(ch) == U_NON_SPACING_MARK)
			continue;
		if (ch == 0x0111 || ch == 0x0110)
			ch = 'd';
		if (j++ || ch <= ' ' || ch >= 0x7F || u_isUWhiteSpace(ch))
			return 0;
		a[0] = (UChar)ch;
	}
	return j == 1 ? (char)a[0] : 0;
}

static void range(UChar32 first, UChar32 last)
{
	UChar32 c;

	for (c = first; c <= last; c++) {
		char f = fold_one(c);
		int flags = (u_isalpha(c) ? 1 : 0) | (u_isalnum(c) ? 2 : 0) |
			    (u_charType(c) == U_NON_SPACING_MARK ? 4 : 0);

		if (f == '\'' || f == '\\')
			printf("\t{ '\\%c', %d },", f, flags);
		else if (f)
			printf("\t{ '%c', %d },", f, flags);
		else
			printf("\t{ 0, %d },", flags);
		printf("\t/* U+%04X */\n", (unsigned)c);
	}
}

int main(void)
{
	printf("/* latin.h — made by tools/gen-latin.c from ICU %s; do not edit. */\n",
	       U_ICU_VERSION);
	printf("/* U+0080..U+02FF, then U+1E00..U+1EFF: { fold, flags } */\n");
	printf("static const struct latin latin_low[0x300 - 0x80] = {\n");
	range(0x80, 0x2FF);
	printf("};\nstatic const struct latin latin_viet[0x100] = {\n");
	range(0x1E00, 0x1EFF);
	printf("};\n");
	return 0;
}
