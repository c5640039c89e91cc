/*
 * text.c — Unicode text through ICU (see text.h).
 *
 * ICU works in UTF-16, so most functions convert UTF-8 in, do their work,
 * and convert back.  Every conversion is preflighted: ICU is first asked
 * for the length it needs (U_BUFFER_OVERFLOW_ERROR is then expected), and
 * the second call fills a buffer of exactly that size.
 *
 * UTF-8 well-formedness is decided here, not by ICU, so that every function
 * refuses the same inputs whatever ICU's version does with them.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ucol.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include "icu.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

#define SLUG_MAX 64

/*
 * Decode the UTF-8 sequence at s[0..len) into *cp; return its length, or 0
 * if it is ill-formed.  The second byte's range depends on the lead byte
 * (Unicode Table 3-7): that alone excludes overlongs (C0, C1, E0 80..9F,
 * F0 80..8F), surrogates (ED A0..BF) and code points above U+10FFFF
 * (F4 90.., F5..FF).
 */
static size_t utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	unsigned char lo = 0x80, hi = 0xbf;
	uint32_t c = s[0];
	size_t n, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xc2 || c > 0xf4)
		return 0;
	if (c < 0xe0) {
		n = 2;
		c &= 0x1f;
	} else if (c < 0xf0) {
		n = 3;
		c &= 0x0f;
		if (s[0] == 0xe0)
			lo = 0xa0;
		else if (s[0] == 0xed)
			hi = 0x9f;
	} else {
		n = 4;
		c &= 0x07;
		if (s[0] == 0xf0)
			lo = 0x90;
		else if (s[0] == 0xf4)
			hi = 0x8f;
	}
	for (i = 1; i < n; i++) {
		if (i >= len || s[i] < lo || s[i] > hi)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
		lo = 0x80;
		hi = 0xbf;
	}
	*cp = c;
	return n;
}

size_t text_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	return len ? utf8_decode((const unsigned char *)s, len, cp) : 0;
}

static bool utf8_wellformed(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t c;
	size_t i = 0, n;

	while (i < len) {
		if (p[i] < 0x80) {	/* ASCII, most of a record: no call */
			i++;
			continue;
		}
		if (!(n = utf8_decode(p + i, len - i, &c)))
			return false;
		i += n;
	}
	return true;
}

bool text_utf8_valid(const char *s, size_t len, size_t *bad_offset)
{
	const unsigned char *p = (const unsigned char *)s;
	uint32_t c;
	size_t i = 0, n;

	while (i < len) {
		/* Printable ASCII is most of every file: skip it without a call. */
		if (p[i] >= 0x20 && p[i] < 0x80) {
			i++;
			continue;
		}
		n = utf8_decode(p + i, len - i, &c);
		if (!n || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
			if (bad_offset)
				*bad_offset = i;
			return false;
		}
		i += n;
	}
	return true;
}

uint32_t text_control_char(const char *s, size_t *pos)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n, len = strlen(s), chars = 0;
	uint32_t c;

	while (i < len) {
		chars++;
		if (p[i] >= 0x20 && p[i] < 0x7f) {
			i++;
			continue;
		}
		if (!(n = utf8_decode(p + i, len - i, &c)))
			return 0;
		if ((c < 0x20 && c != '\t' && c != '\n') ||
		    (c >= 0x7f && c <= 0x9f)) {
			*pos = chars;
			return c;
		}
		i += n;
	}
	return 0;
}

/*
 * A new NUL-terminated UTF-16 copy of s, its length in *len; NULL if s is
 * ill-formed or too long for ICU's int32_t lengths.
 */
static UChar *u16_from_utf8(const char *s, int32_t *len)
{
	UErrorCode err = U_ZERO_ERROR;
	size_t n = strlen(s);
	int32_t need;
	UChar *u;

	if (n > INT32_MAX - 1 || !utf8_wellformed(s, n))
		return NULL;
	ICU(u_strFromUTF8)(NULL, 0, &need, s, (int32_t)n, &err);
	if (U_FAILURE(err) && err != U_BUFFER_OVERFLOW_ERROR)
		return NULL;
	err = U_ZERO_ERROR;
	u = xmalloc(((size_t)need + 1) * sizeof(*u));
	ICU(u_strFromUTF8)(u, need + 1, len, s, (int32_t)n, &err);
	if (U_FAILURE(err)) {
		free(u);
		return NULL;
	}
	return u;
}

/* A new NUL-terminated UTF-8 copy of u[0..len); NULL if ICU fails. */
static char *u16_to_utf8(const UChar *u, int32_t len)
{
	UErrorCode err = U_ZERO_ERROR;
	int32_t need;
	char *s;

	ICU(u_strToUTF8)(NULL, 0, &need, u, len, &err);
	if (U_FAILURE(err) && err != U_BUFFER_OVERFLOW_ERROR)
		return NULL;
	if (need == INT32_MAX)
		return NULL;
	err = U_ZERO_ERROR;
	s = xmalloc((size_t)need + 1);
	ICU(u_strToUTF8)(s, need + 1, NULL, u, len, &err);
	if (U_FAILURE(err)) {
		free(s);
		return NULL;
	}
	return s;
}

/* u[0..len) normalised by nf, as a new string; NULL if ICU fails. */
static UChar *u16_normalize(const UNormalizer2 *nf, const UChar *u,
			    int32_t len, int32_t *outlen)
{
	UErrorCode err = U_ZERO_ERROR;
	int32_t need;
	UChar *r;

	need = ICU(unorm2_normalize)(nf, u, len, NULL, 0, &err);
	if (U_FAILURE(err) && err != U_BUFFER_OVERFLOW_ERROR)
		return NULL;
	if (need == INT32_MAX)
		return NULL;
	err = U_ZERO_ERROR;
	r = xmalloc(((size_t)need + 1) * sizeof(*r));
	*outlen = ICU(unorm2_normalize)(nf, u, len, r, need + 1, &err);
	if (U_FAILURE(err)) {
		free(r);
		return NULL;
	}
	return r;
}

/* u[0..len) case-folded, as a new string; NULL if ICU fails. */
static UChar *u16_fold_case(const UChar *u, int32_t len, int32_t *outlen)
{
	UErrorCode err = U_ZERO_ERROR;
	int32_t need;
	UChar *r;

	need = ICU(u_strFoldCase)(NULL, 0, u, len, U_FOLD_CASE_DEFAULT, &err);
	if (U_FAILURE(err) && err != U_BUFFER_OVERFLOW_ERROR)
		return NULL;
	if (need == INT32_MAX)
		return NULL;
	err = U_ZERO_ERROR;
	r = xmalloc(((size_t)need + 1) * sizeof(*r));
	*outlen = ICU(u_strFoldCase)(r, need + 1, u, len, U_FOLD_CASE_DEFAULT, &err);
	if (U_FAILURE(err)) {
		free(r);
		return NULL;
	}
	return r;
}

/*
 * Folding a letter that folds to one ASCII character (ế → e, Đ → d) is
 * the same in a string as alone: case folding is a code point at a time,
 * and the marks NFD splits off never move across a base letter.  So the
 * folds of the Latin and Vietnamese letters are a table (latin.h, made
 * from ICU by tools/gen-latin.c and checked against it by test_text),
 * with the properties yaml_plain_safe asks of them: no ICU is loaded to
 * read, fold or write Vietnamese text.
 */
struct latin {
	char fold;		/* one ASCII character, or 0 */
	unsigned char flags;
};
#define LATIN_ALPHA 1
#define LATIN_ALNUM 2
#define LATIN_MARK 4
#include "latin.h"

static const struct latin *latin(uint32_t c)
{
	if (c >= 0x80 && c < 0x300)
		return &latin_low[c - 0x80];
	if (c >= 0x1E00 && c <= 0x1EFF)
		return &latin_viet[c - 0x1E00];
	return NULL;
}

/*
 * The code points of the table and ASCII are NFC alone and never compose
 * with the character before them (ICU: unorm2_hasBoundaryBefore;
 * test_text checks every one against ICU), so that a string of them only
 * is NFC: everything below U+0300, where the combining marks start, and
 * Latin Extended Additional, which holds Vietnamese's precomposed letters
 * (ế, ộ, ữ).  A letter here may compose with a mark after it, but the
 * mark is not here.
 *
 * They are found by their bytes, since the two ranges are two byte
 * patterns: C2–CB and a continuation byte (U+0080–U+02FF), E1 B8–BB and
 * a continuation byte (U+1E00–U+1EFF).  Anything else that is not ASCII
 * is left unsettled, well-formed or not; ASCII goes eight bytes at a time.
 */
bool text_nfc_quick(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	uint64_t w;

	while (i < len) {
		if (p[i] < 0x80) {
			/* a run of ASCII: by words while they are whole, then
			 * by bytes (Vietnamese's runs are a syllable long) */
			for (; len - i >= 8; i += 8) {
				memcpy(&w, p + i, sizeof(w));
				if (w & 0x8080808080808080ULL)
					break;
			}
			while (i < len && p[i] < 0x80)
				i++;
		} else if (p[i] >= 0xc2 && p[i] <= 0xcb && len - i >= 2 &&
			   (p[i + 1] & 0xc0) == 0x80) {
			i += 2;
		} else if (p[i] == 0xe1 && len - i >= 3 && p[i + 1] >= 0xb8 &&
			   p[i + 1] <= 0xbb && (p[i + 2] & 0xc0) == 0x80) {
			i += 3;
		} else {
			return false;
		}
	}
	return true;
}

char *text_nfc(const char *s)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfc;
	UChar *u, *n;
	int32_t len;
	char *res;

	if (text_nfc_quick(s, strlen(s)))
		return xstrdup(s);	/* already NFC: no round trip through UTF-16 */
	nfc = ICU(unorm2_getNFCInstance)(&err);
	if (U_FAILURE(err) || !(u = u16_from_utf8(s, &len)))
		return NULL;
	n = u16_normalize(nfc, u, len, &len);
	free(u);
	if (!n)
		return NULL;
	res = u16_to_utf8(n, len);
	free(n);
	return res;
}

bool text_is_nfc(const char *s)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfc = ICU(unorm2_getNFCInstance)(&err);
	UChar *u;
	int32_t len;
	UBool yes;

	if (U_FAILURE(err) || !(u = u16_from_utf8(s, &len)))
		return false;
	yes = ICU(unorm2_isNormalized)(nfc, u, len, &err);
	free(u);
	return U_SUCCESS(err) && yes;
}

/*
 * The last step of folding, in place on case-folded NFD text (the result
 * is never longer): drop the combining marks that NFD split off, make đ
 * a d (it has a stroke, not a mark, so NFD leaves it whole), and make
 * every run of white space one space with none at either end.  Returns
 * the new length.
 */
static int32_t strip_marks(UChar *u, int32_t len)
{
	int32_t i = 0, j = 0;
	bool space = false;
	UChar32 c;

	while (i < len) {
		U16_NEXT(u, i, len, c);
		if (ICU(u_charType)(c) == U_NON_SPACING_MARK)
			continue;
		if (ICU(u_isUWhiteSpace)(c)) {
			space = j > 0;
			continue;
		}
		if (space)
			u[j++] = ' ';
		space = false;
		if (c == 0x0111 || c == 0x0110)
			c = 'd';
		U16_APPEND_UNSAFE(u, j, c);
	}
	u[j] = 0;
	return j;
}

static char *fold_icu(const char *s)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = ICU(unorm2_getNFDInstance)(&err);
	UChar *u, *f;
	int32_t len;
	char *res;

	if (U_FAILURE(err) || !(u = u16_from_utf8(s, &len)))
		return NULL;
	/*
	 * Fold case before NFD: folding can itself produce a combining mark
	 * (İ folds to i + U+0307), which NFD then leaves for strip_marks.
	 */
	f = u16_fold_case(u, len, &len);
	free(u);
	if (!f)
		return NULL;
	u = u16_normalize(nfd, f, len, &len);
	free(f);
	if (!u)
		return NULL;
	len = strip_marks(u, len);
	res = u16_to_utf8(u, len);
	free(u);
	return res;
}

static bool is_ascii_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* What c folds to, when that is one ASCII character other than a space; else 0. */
static char fold_letter(uint32_t c)
{
	const struct latin *l = latin(c);

	return l ? l->fold : 0;
}

static bool is_ascii_alpha(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool text_is_alpha(uint32_t c)
{
	const struct latin *l = latin(c);

	if (c < 0x80)
		return is_ascii_alpha(c);
	return l ? l->flags & LATIN_ALPHA : ICU(u_isalpha)((UChar32)c);
}

bool text_is_alnum(uint32_t c)
{
	const struct latin *l = latin(c);

	if (c < 0x80)
		return is_ascii_alpha(c) || (c >= '0' && c <= '9');
	return l ? l->flags & LATIN_ALNUM : ICU(u_isalnum)((UChar32)c);
}

bool text_is_mark(uint32_t c)
{
	const struct latin *l = latin(c);

	if (c < 0x80)
		return false;
	return l ? l->flags & LATIN_MARK :
	       ICU(u_charType)((UChar32)c) == U_NON_SPACING_MARK;
}

/* text_fold without ICU for ASCII and letters that fold to ASCII; NULL
 * when s holds anything else. */
static char *fold_quick(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, j = 0, n;
	char *res = xmalloc(len + 1), c;
	bool space = false;
	uint32_t cp;

	while (i < len) {
		if (p[i] < 0x80) {
			if (is_ascii_space(p[i])) {
				space = j > 0;
				i++;
				continue;
			}
			c = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] + 32) : (char)p[i];
			i++;
		} else if ((n = utf8_decode(p + i, len - i, &cp)) &&
			   (c = fold_letter(cp))) {
			i += n;
		} else {
			free(res);
			return NULL;
		}
		if (space)
			res[j++] = ' ';
		space = false;
		res[j++] = c;
	}
	res[j] = '\0';
	return res;
}

char *text_fold(const char *s)
{
	char *f = fold_quick(s);

	return f ? f : fold_icu(s);
}

bool text_search(const char *haystack, const char *needle)
{
	char *h = text_fold(haystack), *n = text_fold(needle);
	bool found = h && n && strstr(h, n);

	free(h);
	free(n);
	return found;
}

/*
 * Cut a slug longer than SLUG_MAX at its last '-' within the limit, so
 * that no word is cut in half unless the first word is itself too long.
 */
static void slug_cut(struct strbuf *sb)
{
	size_t cut = SLUG_MAX;

	if (sb->len <= SLUG_MAX)
		return;
	if (sb->buf[SLUG_MAX] != '-') {
		while (cut > 0 && sb->buf[cut - 1] != '-')
			cut--;
		cut = cut > 1 ? cut - 1 : SLUG_MAX;
	}
	strbuf_setlen(sb, cut);
}

char *text_slug(const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	char *f = text_fold(name);
	bool dash = false;
	const char *p;

	if (!f)
		return NULL;
	for (p = f; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) {
			if (dash)
				strbuf_addch(&sb, '-');
			strbuf_addch(&sb, *p);
			dash = false;
		} else {
			dash = sb.len > 0;
		}
	}
	free(f);
	slug_cut(&sb);
	return strbuf_detach(&sb, NULL);
}

/* Columns a terminal gives one code point. */
static size_t cp_width(uint32_t cp)
{
	UChar32 c = (UChar32)cp;
	int ea, hst;

	/*
	 * Printable ASCII, and the Latin letters and signs of Vietnamese
	 * (U+00A0–U+02FF, U+1E00–U+1EFF) hold no mark, control or wide
	 * character: one column each, known without ICU, whose loading is
	 * a report's cost when no other text needs it.  test_text checks
	 * them against the rules below.  glibc's wcwidth() and terminals
	 * draw the soft hyphen.
	 */
	if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x300) ||
	    (c >= 0x1e00 && c <= 0x1eff))
		return 1;
	switch (ICU(u_charType)(c)) {
	case U_NON_SPACING_MARK:
	case U_ENCLOSING_MARK:
	case U_FORMAT_CHAR:		/* U+200B..U+200F, U+2060, U+FEFF */
	case U_CONTROL_CHAR:
	case U_LINE_SEPARATOR:
	case U_PARAGRAPH_SEPARATOR:
		return 0;
	default:
		break;
	}
	/* Hangul medial vowels and final consonants join the syllable. */
	hst = ICU(u_getIntPropertyValue)(c, UCHAR_HANGUL_SYLLABLE_TYPE);
	if (hst == U_HST_VOWEL_JAMO || hst == U_HST_TRAILING_JAMO)
		return 0;
	ea = ICU(u_getIntPropertyValue)(c, UCHAR_EAST_ASIAN_WIDTH);
	return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

/* Width of s[0..len); an ill-formed byte shows as one U+FFFD column. */
static size_t width_n(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n, w = 0;
	uint32_t c;

	while (i < len) {
		n = utf8_decode(p + i, len - i, &c);
		if (n) {
			w += cp_width(c);
			i += n;
		} else {
			w++;
			i++;
		}
	}
	return w;
}

size_t text_width(const char *s)
{
	return width_n(s, strlen(s));
}

/*
 * The grapheme break iterator and the "vi" collator are opened once and
 * kept: text_fit runs for every table cell, text_collate for every
 * comparison of a sort.  They are closed at exit, because valgrind counts
 * the break iterator's rule string (held by an interior pointer) as
 * "possibly lost" otherwise.
 */
static UBreakIterator *grapheme_iter;
static UCollator *vi_collator;

static void close_cached(void)
{
	ICU(ubrk_close)(grapheme_iter);
	grapheme_iter = NULL;
	ICU(ucol_close)(vi_collator);
	vi_collator = NULL;
}

static void close_at_exit(void)
{
	static bool registered;

	if (!registered)
		registered = atexit(close_cached) == 0;
}

/*
 * The iterator keeps a pointer to the last text it was given; that text
 * is never read again before the next ubrk_setUText().
 */
static UBreakIterator *graphemes(void)
{
	UErrorCode err = U_ZERO_ERROR;

	if (!grapheme_iter) {
		close_at_exit();
		grapheme_iter = ICU(ubrk_open)(UBRK_CHARACTER, "", NULL, 0, &err);
		if (U_FAILURE(err)) {
			ICU(ubrk_close)(grapheme_iter);
			grapheme_iter = NULL;
		}
	}
	return grapheme_iter;
}

size_t text_fit(const char *s, size_t cols)
{
	UErrorCode err = U_ZERO_ERROR;
	UText ut = UTEXT_INITIALIZER;
	UBreakIterator *bi = graphemes();
	size_t len = strlen(s), fit = 0, w = 0, cw;
	int32_t end;

	/* Nothing is printed rather than a mark torn from its letter. */
	if (!bi || len > INT32_MAX)
		return 0;
	/* UText over UTF-8 makes the iterator's indices byte offsets. */
	ICU(utext_openUTF8)(&ut, s, (int64_t)len, &err);
	if (U_SUCCESS(err))
		ICU(ubrk_setUText)(bi, &ut, &err);
	if (U_FAILURE(err)) {
		ICU(utext_close)(&ut);
		return 0;
	}
	ICU(ubrk_first)(bi);
	while ((end = ICU(ubrk_next)(bi)) != UBRK_DONE) {
		cw = width_n(s + fit, (size_t)end - fit);
		if (w + cw > cols)
			break;
		w += cw;
		fit = (size_t)end;
	}
	ICU(utext_close)(&ut);
	return fit;
}

/*
 * The collator's normalisation mode is on so that NFD input sorts as its
 * NFC form; the "vi" tailoring turns it on itself in ICU 72, but that is
 * its data's choice, not a promise.  Should the "vi" data be missing, ICU
 * falls back to the root order (U_USING_DEFAULT_WARNING), which still
 * sorts a Vietnamese list sensibly.
 */
static UCollator *collator(void)
{
	UErrorCode err = U_ZERO_ERROR;

	if (vi_collator)
		return vi_collator;
	close_at_exit();
	vi_collator = ICU(ucol_open)("vi", &err);
	if (U_SUCCESS(err))
		ICU(ucol_setAttribute)(vi_collator, UCOL_NORMALIZATION_MODE, UCOL_ON,
				  &err);
	if (U_FAILURE(err)) {
		ICU(ucol_close)(vi_collator);
		vi_collator = NULL;
	}
	return vi_collator;
}

/*
 * Both collation functions fall back to byte order when there is no
 * collator, so that a list still sorts the same way every time; and both
 * read ill-formed UTF-8 as U+FFFD, so that text_collate and strcmp of
 * the keys always agree.
 */
int text_collate(const char *a, const char *b)
{
	UErrorCode err = U_ZERO_ERROR;
	UCollator *coll = collator();
	UCollationResult r;
	int c;

	if (coll) {
		r = ICU(ucol_strcollUTF8)(coll, a, -1, b, -1, &err);
		if (U_SUCCESS(err))
			return r == UCOL_LESS ? -1 : r == UCOL_GREATER;
	}
	c = strcmp(a, b);
	return c < 0 ? -1 : c > 0;
}

/* s as UTF-16 with U+FFFD for ill-formed bytes, as ucol_strcollUTF8 reads. */
static UChar *u16_from_utf8_lenient(const char *s, int32_t *len)
{
	UErrorCode err = U_ZERO_ERROR;
	size_t n = strlen(s);
	int32_t need;
	UChar *u;

	if (n > INT32_MAX - 1)
		return NULL;
	ICU(u_strFromUTF8WithSub)(NULL, 0, &need, s, (int32_t)n, 0xfffd, NULL, &err);
	if (U_FAILURE(err) && err != U_BUFFER_OVERFLOW_ERROR)
		return NULL;
	err = U_ZERO_ERROR;
	u = xmalloc(((size_t)need + 1) * sizeof(*u));
	ICU(u_strFromUTF8WithSub)(u, need + 1, len, s, (int32_t)n, 0xfffd, NULL,
			     &err);
	if (U_FAILURE(err)) {
		free(u);
		return NULL;
	}
	return u;
}

char *text_collate_key(const char *s)
{
	UCollator *coll = collator();
	UChar *u;
	uint8_t *key;
	int32_t len, need, got;

	if (!coll || !(u = u16_from_utf8_lenient(s, &len)))
		return xstrdup(s);
	/* A sort key ends in its only NUL byte; the length counts it. */
	need = ICU(ucol_getSortKey)(coll, u, len, NULL, 0);
	if (need <= 0) {
		free(u);
		return xstrdup(s);
	}
	key = xmalloc((size_t)need);
	got = ICU(ucol_getSortKey)(coll, u, len, key, need);
	free(u);
	if (got != need || key[need - 1] != '\0') {
		free(key);
		return xstrdup(s);
	}
	return (char *)key;
}

/* The code points of well-formed UTF-8 s, their number in *n. */
static uint32_t *code_points(const char *s, size_t *n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, k;
	uint32_t *cps = xmalloc((len + 1) * sizeof(*cps));

	*n = 0;
	while (i < len) {
		k = utf8_decode(p + i, len - i, &cps[*n]);
		if (!k)
			BUG("code_points: ill-formed UTF-8 from ICU");
		i += k;
		(*n)++;
	}
	return cps;
}

/*
 * Edit distance with adjacent transpositions (optimal string alignment):
 * "nmae" is one typo from "name", as officers' typos usually are.
 */
static size_t levenshtein(const char *a, const char *b)
{
	size_t na, nb, i, j, best;
	uint32_t *ca = code_points(a, &na), *cb = code_points(b, &nb);
	size_t *prev2 = xcalloc(nb + 1, sizeof(size_t));
	size_t *prev = xmalloc((nb + 1) * sizeof(size_t));
	size_t *row = xmalloc((nb + 1) * sizeof(size_t));
	size_t *tmp;

	for (j = 0; j <= nb; j++)
		prev[j] = j;
	for (i = 1; i <= na; i++) {
		row[0] = i;
		for (j = 1; j <= nb; j++) {
			best = prev[j - 1] + (ca[i - 1] != cb[j - 1]);
			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			if (i > 1 && j > 1 && ca[i - 1] == cb[j - 2] &&
			    ca[i - 2] == cb[j - 1] && prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			row[j] = best;
		}
		tmp = prev2;
		prev2 = prev;
		prev = row;
		row = tmp;
	}
	best = prev[nb];
	free(prev2);
	free(prev);
	free(row);
	free(ca);
	free(cb);
	return best;
}

size_t text_distance(const char *a, const char *b)
{
	char *fa = text_fold(a), *fb = text_fold(b);
	size_t d = SIZE_MAX;	/* ill-formed text is near nothing */

	if (fa && fb)
		d = levenshtein(fa, fb);
	free(fa);
	free(fb);
	return d;
}

const char *text_suggest(const char *word, const char *const *candidates,
			 size_t n)
{
	char *fw = text_fold(word), *fc;
	const char *best = NULL;
	size_t len, limit, d, dbest = SIZE_MAX, i;

	if (!fw)
		return NULL;
	/* Count code points: "nôg" is as near "nông" as "fod" is "food". */
	free(code_points(fw, &len));
	limit = len / 3 > 1 ? len / 3 : 1;
	for (i = 0; len && i < n; i++) {
		if (!(fc = text_fold(candidates[i])))
			continue;
		d = levenshtein(fw, fc);
		free(fc);
		/* On a tie the first wins, so that messages are stable. */
		if (d < dbest) {
			dbest = d;
			best = candidates[i];
		}
	}
	free(fw);
	return dbest <= limit ? best : NULL;
}

char *text_printable(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, n;
	uint32_t c;

	while (i < len) {
		n = utf8_decode(p + i, len - i, &c);
		if (!n) {
			/* A lone byte such as 0x9b is CSI to some terminals. */
			strbuf_addf(&sb, "\\x%02x", p[i]);
			n = 1;
		} else if ((c < 0x20 && c != '\t') || c == 0x7f) {
			strbuf_addf(&sb, "\\x%02x", (unsigned)c);
		} else if (c >= 0x80 && c <= 0x9f) {
			strbuf_addf(&sb, "\\u%04x", (unsigned)c);
		} else {
			strbuf_add(&sb, p + i, n);
		}
		i += n;
	}
	return strbuf_detach(&sb, NULL);
}

char *text_upper(const char *s)
{
	UErrorCode err = U_ZERO_ERROR;
	int32_t n16, m16, n8;
	UChar *u, *v;
	char *out;

	ICU(u_strFromUTF8)(NULL, 0, &n16, s, -1, &err);
	if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err))
		return xstrdup(s);
	err = U_ZERO_ERROR;
	u = xcalloc((size_t)n16 + 1, sizeof(*u));
	ICU(u_strFromUTF8)(u, n16 + 1, NULL, s, -1, &err);
	m16 = ICU(u_strToUpper)(NULL, 0, u, n16, "vi", &(UErrorCode){ U_ZERO_ERROR });
	v = xcalloc((size_t)m16 + 1, sizeof(*v));
	ICU(u_strToUpper)(v, m16 + 1, u, n16, "vi", &err);
	ICU(u_strToUTF8)(NULL, 0, &n8, v, m16, &(UErrorCode){ U_ZERO_ERROR });
	out = xcalloc((size_t)n8 + 1, 1);
	ICU(u_strToUTF8)(out, n8 + 1, NULL, v, m16, &err);
	free(u);
	free(v);
	if (U_FAILURE(err)) {
		free(out);
		return xstrdup(s);
	}
	return out;
}
