/*
 * rules-cells.h — the cells of an officer's register, read as the rules'
 * words: stars from "4 sao" or "★★★★", a category or product set from its
 * Vietnamese name, a level, a producer's kind from a word or from the
 * producer's name, a tax code without its spaces and dots.
 *
 * The parsers of rules.h read what ocop writes and what the command line
 * takes; these read what registers hold, with their spellings, and are the
 * import's (import.h).  Dates of registers are date.h's
 * date_parse_register().
 */
#ifndef OCOP_RULES_CELLS_H
#define OCOP_RULES_CELLS_H

#include "ocop/record.h"
#include "ocop/rules.h"

/*
 * A match key: folded (case, diacritics, đ → d) and every run of anything
 * but [a-z0-9] made one space.  "Tên sản phẩm" → "ten san pham",
 * "Lần 2/nâng hạng" → "lan 2 nang hang".  "" when nothing is left.
 * Allocated.  The column aliases of the record schema are match keys.
 */
char *cell_key(const char *s);

/*
 * A producer's name as a match key: cell_key(), its legal forms in their
 * short form ("Công ty TNHH" = "Cty TNHH", "Hợp tác xã" = "HTX", "Cổ
 * phần" = "CP"), so that two spellings of one producer are one key.
 * Allocated.
 */
char *cell_producer_key(const char *name);

/* A tax code as a key and a value: "4300 123.456" → "4300123456".  Allocated. */
char *cell_tax_code(const char *v);

/* "3", "3 sao", "3*", "★★★", "OCOP 4 sao", "4.0" → 1–5; -1 if not stars. */
int cell_stars(const char *text);

/*
 * The category a "Nhóm sản phẩm" cell names: a ngành (as rules_category_parse
 * takes it), a nhóm (its ngành), or a bộ sản phẩm (its ngành, and *set its
 * number; 0 otherwise).  Returns 0 or -1, *suggestion a near word or NULL.
 */
int cell_category(const char *text, enum ocop_category *cat, int *set,
		  const char **suggestion);

/* "tỉnh", "cấp tỉnh", "province" / "trung ương", "quốc gia", "central"; 0 or -1. */
int cell_level(const char *text, enum eval_level *out);

/*
 * The kind a producer's name shows: its Vietnamese form (rules.h's
 * rules_kind_from_name: "Công ty …", "HTX …", "Hộ kinh doanh …"), else an
 * English one anywhere in it ("… Agricultural Cooperative", "… Co., Ltd",
 * "household business …"), else a person's name after "ông", "bà", "anh"
 * or "chị" ("bà Phạm Thị Yến" → individual).  0, or -1 when the name says
 * nothing.
 */
int cell_kind_from_name(const char *name, enum producer_kind *out);

/* The kind a "Loại hình" cell names: a kind, or a producer's form of name. */
int cell_kind(const char *text, enum producer_kind *out,
	      const char **suggestion);

/*
 * The words of a numbered group row ("I. THỰC PHẨM", "II) Đồ uống"): after
 * a Roman numeral, a dot or a parenthesis and a space; NULL when the text
 * is not so numbered.  A pointer into text.
 */
const char *cell_group_words(const char *text);

#endif
