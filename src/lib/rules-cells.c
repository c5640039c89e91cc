/*
 * rules-cells.c — a register's cells read as the rules' words (see
 * rules-cells.h).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/rules-cells.h"
#include "ocop/text.h"
#include "ocop/util.h"

static bool is_ascii_str(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return false;
	return true;
}

/*
 * A match key: folded (case, diacritics, đ → d) and every run of anything
 * but [a-z0-9] made one space.  "Tên sản phẩm" → "ten san pham",
 * "Lần 2/nâng hạng" → "lan 2 nang hang".  "" when nothing is left.
 */
char *cell_key(const char *s)
{
	char *k, *src, *dst;

	/*
	 * ASCII (a row number, "4 sao", a code) folds to its lower case: no
	 * need for ICU's case folding and decomposition.
	 */
	if (is_ascii_str(s)) {
		k = xstrdup(s);
		for (dst = k; *dst; dst++)
			if (*dst >= 'A' && *dst <= 'Z')
				*dst = (char)(*dst - 'A' + 'a');
	} else {
		k = text_fold(s);
	}
	if (!k)
		return xstrdup("");
	for (src = dst = k; *src; src++) {
		unsigned char c = (unsigned char)*src;

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			*dst++ = (char)c;
		} else if (dst > k && dst[-1] != ' ') {
			*dst++ = ' ';
		}
	}
	if (dst > k && dst[-1] == ' ')
		dst--;
	*dst = '\0';
	return k;
}

/* A tax code as a key and a value: "4300 123.456" → "4300123456". */
char *cell_tax_code(const char *v)
{
	char *out = xmalloc(strlen(v) + 1), *q = out;

	for (; *v; v++)
		if (*v != ' ' && *v != '.')
			*q++ = *v;
	*q = '\0';
	return out;
}

/* "3", "3 sao", "3*", "★★★", "OCOP 4 sao", "4.0" → 1–5; -1 if not stars. */
int cell_stars(const char *text)
{
	char *key = cell_key(text), *p, *tok, *save = NULL;
	int n = -1, marks = 0;
	const char *s;

	for (s = text; *s; s++) {
		if (*s == '*')
			marks++;
		else if (!strncmp(s, "\xE2\x98\x85", 3))	/* ★ */
			marks++;
	}
	for (p = key; (tok = strtok_r(p, " ", &save)); p = NULL) {
		if (!strcmp(tok, "sao") || !strcmp(tok, "ocop") || !strcmp(tok, "star") ||
		    !strcmp(tok, "stars") || !strcmp(tok, "hang"))
			continue;
		if (n < 0 && tok[0] >= '0' && tok[0] <= '9' && !tok[1])
			n = tok[0] - '0';
		else if (n >= 0 && strspn(tok, "0") == strlen(tok))
			continue;	/* "4.0" from a number cell */
		else
			n = -2;
	}
	free(key);
	if (n == -1 && marks)
		n = marks;
	return n >= STARS_MIN && n <= STARS_MAX ? n : -1;
}

/* The category (and product set) a register's "Nhóm sản phẩm" names. */
int cell_category(const char *text, enum ocop_category *cat, int *set,
		  const char **suggestion)
{
	char *key;
	int n, ret = -1;

	*set = 0;
	if (!rules_category_parse(text, cat, suggestion))
		return 0;
	key = cell_key(text);
	for (n = 1; ret && n <= PRODUCT_SET_COUNT; n++) {
		const struct product_set_info *ps = rules_product_set(n);
		char *name = cell_key(ps->name_vi), *group = cell_key(ps->group_vi);

		if (!strcmp(key, name)) {
			*cat = ps->category;
			*set = n;
			ret = 0;
		} else if (!strcmp(key, group)) {
			*cat = ps->category;	/* a nhóm: its ngành, not one set */
			ret = 0;
		}
		free(name);
		free(group);
	}
	free(key);
	return ret;
}

/*
 * "tỉnh", "cấp tỉnh", "province" / "trung ương", "quốc gia", "central" /
 * "huyện", "cấp huyện", "district": the district recognised 3 stars
 * from 2023-02-24 to 2025-07-05, and registers of those years say so.
 */
int cell_level(const char *text, enum eval_level *out)
{
	static const char *const district[] = {
		"huyen", "cap huyen", "district", "ubnd huyen", "ubnd cap huyen"
	};
	static const char *const province[] = { "tinh", "cap tinh", "province", "ubnd tinh" };
	static const char *const central[] = {
		"trung uong", "cap trung uong", "quoc gia", "cap quoc gia", "central",
		"national", "bo", "cap bo"
	};
	char *key = cell_key(text);
	size_t i;
	int ret = -1;

	for (i = 0; i < ARRAY_SIZE(province); i++)
		if (!strcmp(key, province[i])) {
			*out = LEVEL_PROVINCE;
			ret = 0;
		}
	for (i = 0; i < ARRAY_SIZE(central); i++)
		if (!strcmp(key, central[i])) {
			*out = LEVEL_CENTRAL;
			ret = 0;
		}
	for (i = 0; i < ARRAY_SIZE(district); i++)
		if (!strcmp(key, district[i])) {
			*out = LEVEL_DISTRICT;
			ret = 0;
		}
	free(key);
	return ret;
}

/* The kind a "Loại hình" cell names: a kind, or a producer's form of name. */
int cell_kind(const char *text, enum producer_kind *out,
	      const char **suggestion)
{
	if (!rules_kind_parse(text, out, suggestion))
		return 0;
	return cell_kind_from_name(text, out);
}

const char *cell_group_words(const char *text)
{
	size_t n = strspn(text, "IVXLC");

	if (!n || (text[n] != '.' && text[n] != ')') || text[n + 1] != ' ')
		return NULL;
	text += n + 2;
	text += strspn(text, " ");
	return *text ? text : NULL;
}

/*
 * The legal forms a producer's name is written with, in full and cut
 * short, as match keys: each long form is replaced by its short one.
 * Longer forms first ("cong ty co phan" before "cong ty").
 */
static const struct {
	const char *full, *shortened;
} legal_forms[] = {
	{ .full = "trach nhiem huu han", .shortened = "tnhh" },
	{ .full = "mot thanh vien", .shortened = "mtv" },
	{ .full = "doanh nghiep tu nhan", .shortened = "dntn" },
	{ .full = "hop tac xa", .shortened = "htx" },
	{ .full = "to hop tac", .shortened = "tht" },
	{ .full = "co phan", .shortened = "cp" },
	{ .full = "cong ty", .shortened = "cty" },
	{ .full = "xuat nhap khau", .shortened = "xnk" },
};

/* Where words stand in key from p on, as whole words; NULL when they do not. */
static const char *find_words(const char *key, const char *p, const char *words)
{
	size_t n = strlen(words);

	for (; (p = strstr(p, words)); p++)
		if ((p == key || p[-1] == ' ') && (!p[n] || p[n] == ' '))
			return p;
	return NULL;
}

/* Replace the words full by shortened in key, in place (shortened is shorter). */
static void shorten_words(char *key, const char *full, const char *shortened)
{
	size_t fl = strlen(full), sl = strlen(shortened);
	char *p = key;
	const char *at;

	while ((at = find_words(key, p, full))) {
		p = key + (at - key);
		memcpy(p, shortened, sl);
		memmove(p + sl, p + fl, strlen(p + fl) + 1);
		p += sl;
	}
}

char *cell_producer_key(const char *name)
{
	char *key = cell_key(name);
	size_t i;

	for (i = 0; i < ARRAY_SIZE(legal_forms); i++)
		shorten_words(key, legal_forms[i].full, legal_forms[i].shortened);
	return key;
}

/*
 * The English forms of a name's kind, as match keys: registers translated
 * for investors write them, most often after the name ("Đồng Tiến
 * Agricultural Cooperative").  Anywhere in the name, as whole words; the
 * longer first.
 */
static const struct {
	const char *words;
	enum producer_kind kind;
} english_kinds[] = {
	{ .words = "cooperative group", .kind = KIND_COOPERATIVE_GROUP },
	{ .words = "cooperative", .kind = KIND_COOPERATIVE },
	{ .words = "co operative", .kind = KIND_COOPERATIVE },
	{ .words = "household business", .kind = KIND_HOUSEHOLD },
	{ .words = "household", .kind = KIND_HOUSEHOLD },
	{ .words = "production facility", .kind = KIND_FACILITY },
	{ .words = "company", .kind = KIND_ENTERPRISE },
	{ .words = "co ltd", .kind = KIND_ENTERPRISE },
	{ .words = "ltd", .kind = KIND_ENTERPRISE },
	{ .words = "limited", .kind = KIND_ENTERPRISE },
	{ .words = "corporation", .kind = KIND_ENTERPRISE },
	{ .words = "jsc", .kind = KIND_ENTERPRISE },
};

/* Does the word start with a capital letter, and hold only letters? */
static bool capitalised(const char *w, size_t len)
{
	size_t at, n, first = 0;
	uint32_t cp;
	bool upper;

	for (at = 0; at < len; at += n) {
		n = text_utf8_decode(w + at, len - at, &cp);
		if (!n || !text_is_alpha(cp))
			return false;
		if (!at)
			first = n;
	}
	if (first == 1)
		return w[0] >= 'A' && w[0] <= 'Z';
	{
		char *c = xstrndup(w, first), *u = text_upper(c);

		upper = !strcmp(c, u);
		free(c);
		free(u);
	}
	return upper;
}

/*
 * A person's name after the title an officer writes before it: "bà Phạm
 * Thị Yến", "Ông Lê Văn Vinh", "Bà Tư" — a private person (ocop-rules.md
 * §5).  The title as written, accents and all ("Ba Vì" is a place, not
 * "bà"); then one to four capitalised words of letters.
 */
static bool names_a_person(const char *name)
{
	static const char *const titles[] = {
		"ông", "Ông", "ÔNG", "bà", "Bà", "BÀ",
		"anh", "Anh", "ANH", "chị", "Chị", "CHỊ",
	};
	const char *p = name, *sp = strchr(name, ' ');
	size_t i, words = 0, n;
	bool title = false;

	for (i = 0; sp && i < ARRAY_SIZE(titles); i++)
		if (strlen(titles[i]) == (size_t)(sp - name) &&
		    !strncmp(name, titles[i], (size_t)(sp - name)))
			title = true;
	if (!title)
		return false;
	for (p = sp; *p; p += n) {
		p += strspn(p, " ");
		n = strcspn(p, " ");
		if (!n)
			break;
		if (++words > 4 || !capitalised(p, n))
			return false;
	}
	return words > 0;
}

int cell_kind_from_name(const char *name, enum producer_kind *out)
{
	char *key;
	size_t i;
	int ret = -1;

	if (!rules_kind_from_name(name, out))
		return 0;
	key = cell_key(name);
	for (i = 0; ret && i < ARRAY_SIZE(english_kinds); i++)
		if (find_words(key, key, english_kinds[i].words)) {
			if (out)
				*out = english_kinds[i].kind;
			ret = 0;
		}
	free(key);
	if (ret && names_a_person(name)) {
		if (out)
			*out = KIND_INDIVIDUAL;
		ret = 0;
	}
	return ret;
}
