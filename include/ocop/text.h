/*
 * text.h — Unicode text, through ICU (icu-uc, icu-i18n).
 *
 * Every string in and out is UTF-8.  Records hold NFC; search folds case
 * and Vietnamese diacritics (đ → d included); lists sort by ICU's
 * Vietnamese collation; tables measure display width in columns.
 *
 * Ownership: functions returning char * return memory the caller frees.
 */
#ifndef OCOP_TEXT_H
#define OCOP_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Is s[0..len) valid UTF-8 with no NUL and no C0 control other than
 * TAB, LF and CR?  On failure *bad_offset (if not NULL) is the byte offset
 * of the first offending byte.
 */
bool text_utf8_valid(const char *s, size_t len, size_t *bad_offset);
/*
 * The first control character a record's value may not hold, whatever
 * way it came in (ocop-data(5)): a C0 control other than TAB and LF, DEL,
 * or a C1 control (U+0080–U+009F: CSI and its kin act on a terminal as
 * ESC does).  Returns its code point, with *pos its position in s in
 * characters from 1; 0 when s holds none (or is not valid UTF-8, which
 * other checks refuse).  LF is left to the field: single-line fields
 * refuse it with their own message, notes keep it.
 */
uint32_t text_control_char(const char *s, size_t *pos);

/*
 * Decode the UTF-8 character at s[0..len) into *cp: its length in bytes,
 * or 0 if it is ill-formed (overlong, a surrogate, past U+10FFFF, cut).
 */
size_t text_utf8_decode(const char *s, size_t len, uint32_t *cp);

/*
 * Unicode's Alphabetic, alphanumeric and non-spacing mark (Mn) of c, as
 * ICU's u_isalpha, u_isalnum and u_charType say; without loading ICU for
 * ASCII and the Latin and Vietnamese letters.
 */
bool text_is_alpha(uint32_t c);
bool text_is_alnum(uint32_t c);
bool text_is_mark(uint32_t c);

/* NFC form of a valid UTF-8 string; NULL if s is not valid UTF-8. */
char *text_nfc(const char *s);
/*
 * Is s[0..len) valid UTF-8 that is certainly NFC, decided without ICU
 * (ASCII and precomposed Vietnamese)?  false means "ask text_nfc".
 */
bool text_nfc_quick(const char *s, size_t len);
bool text_is_nfc(const char *s);

/*
 * Folded form for matching: NFD, combining marks removed, đ/Đ → d, case
 * folded, runs of white space made one space, trimmed.
 * "Yến sào Cù Lao Ré" → "yen sao cu lao re".  NULL on invalid UTF-8.
 */
char *text_fold(const char *s);

/* Does haystack contain needle, both folded first?  ("yen" finds "Yến") */
bool text_search(const char *haystack, const char *needle);

/*
 * An id slug from a name: folded, every run of characters other than
 * [a-z0-9] made one '-', no '-' at either end, at most 64 bytes (cut at
 * a '-' where possible).  "Đường phèn" → "duong-phen".  Returns "" (an
 * empty allocated string) when the name has no letter or digit.
 */
char *text_slug(const char *name);

/* Display width in terminal columns (combining marks 0, wide/fullwidth 2). */
size_t text_width(const char *s);

/*
 * The longest prefix of s that fits in `cols` columns, cut on a grapheme
 * boundary; returns its length in bytes.
 */
size_t text_fit(const char *s, size_t cols);

/*
 * Vietnamese collation (ICU "vi"): a < ă < â < b < c < d < đ < e < ê …,
 * tones after base letters.  text_collate_key() returns a NUL-terminated
 * byte string whose strcmp() order is the collation order, so a list can
 * compute each key once and sort with strcmp.
 */
int text_collate(const char *a, const char *b);
char *text_collate_key(const char *s);

/* Levenshtein distance between the folded forms of a and b. */
size_t text_distance(const char *a, const char *b);

/*
 * The candidate nearest to word (folded, by text_distance), if it is near
 * enough to be a likely typo (distance ≤ max(1, strlen/3)), else NULL.
 * Returns a pointer into candidates.
 */
const char *text_suggest(const char *word, const char *const *candidates,
			 size_t n);

/*
 * Make a string safe to print on a terminal: C0 controls, DEL and C1
 * controls (ESC sequences in hostile data) become "\x1b"-style escapes.
 * Returns a new string.
 */
char *text_printable(const char *s);

/*
 * s in upper case by Vietnamese rules (ICU), for the letterhead's headings
 * ("UBND phường Nghĩa Lộ" → "UBND PHƯỜNG NGHĨA LỘ"); a copy of s when ICU
 * cannot.  Allocated.
 */
char *text_upper(const char *s);

#endif
