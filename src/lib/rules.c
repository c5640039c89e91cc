/*
 * rules.c — the OCOP programme's rules as data (see rules.h).
 *
 * Each table below is the one place its rule lives, with the decision it
 * comes from; ../shared/ocop-rules.md gives the sources.
 *
 * Input is matched on a "match key": text_fold()'s form with punctuation
 * also made a space (numbers are matched before that).  The word tables
 * are written in that form, so they need no folding at run time and can
 * be handed out as they are for completion and "did you mean" hints.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/rules.h"
#include "ocop/text.h"
#include "ocop/util.h"

/* A table's words in match-key form, each with the id it stands for. */
struct vocabulary {
	const char *const *words;
	const unsigned char *ids;
	size_t nr;
	int numbered;		/* also accept "1".."numbered"; 0 for none */
	bool roman;		/* also accept "i".."vi" up to numbered */
};

#define VOCAB_WORD(id, word) word,
#define VOCAB_ID(id, word) id,

/*
 * Categories: the 6 ngành of 919/QĐ-TTg (programme 2021–2025), kept by
 * Phụ lục I of 148/QĐ-TTg, which numbers them I–VI in this order.
 */
static const struct category_info categories[CATEGORY_COUNT] = {
	{ CATEGORY_FOOD, "food", "Thực phẩm", "Food" },
	{ CATEGORY_BEVERAGE, "beverage", "Đồ uống", "Beverages" },
	{ CATEGORY_HERBAL, "herbal",
	  "Dược liệu và sản phẩm từ dược liệu", "Herbal" },
	{ CATEGORY_HANDICRAFT, "handicraft",
	  "Hàng thủ công mỹ nghệ", "Handicrafts" },
	{ CATEGORY_ORNAMENTAL, "ornamental", "Sinh vật cảnh", "Ornamental" },
	{ CATEGORY_TOURISM, "tourism",
	  "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
	  "Tourism" },
};

/*
 * Every word rules_category_parse() takes besides the numbers: the slugs
 * first, then 148/QĐ-TTg's names and the short forms officers write, then
 * English.  Last come the ngành of 1048/QĐ-TTg, which products certified
 * from 2019 to February 2023 still carry: 148 turned Thảo dược into Dược
 * liệu, merged Vải may mặc and Lưu niệm–nội thất–trang trí into Hàng thủ
 * công mỹ nghệ, and widened rural tourism into today's ngành VI.
 */
#define CATEGORY_WORDS(X)						\
	X(CATEGORY_FOOD, "food")					\
	X(CATEGORY_BEVERAGE, "beverage")				\
	X(CATEGORY_HERBAL, "herbal")					\
	X(CATEGORY_HANDICRAFT, "handicraft")				\
	X(CATEGORY_ORNAMENTAL, "ornamental")				\
	X(CATEGORY_TOURISM, "tourism")					\
	X(CATEGORY_FOOD, "thuc pham")					\
	X(CATEGORY_BEVERAGE, "do uong")					\
	X(CATEGORY_HERBAL, "duoc lieu va san pham tu duoc lieu")	\
	X(CATEGORY_HERBAL, "duoc lieu")					\
	X(CATEGORY_HANDICRAFT, "hang thu cong my nghe")			\
	X(CATEGORY_HANDICRAFT, "thu cong my nghe")			\
	X(CATEGORY_ORNAMENTAL, "sinh vat canh")				\
	X(CATEGORY_TOURISM,						\
	  "dich vu du lich cong dong du lich sinh thai va diem du lich") \
	X(CATEGORY_TOURISM, "dich vu du lich")				\
	X(CATEGORY_TOURISM, "du lich")					\
	X(CATEGORY_TOURISM, "du lich cong dong")			\
	X(CATEGORY_TOURISM, "du lich sinh thai")			\
	X(CATEGORY_BEVERAGE, "beverages")				\
	X(CATEGORY_HANDICRAFT, "handicrafts")

/*
 * The 1048 names: a product dated before 148 keeps the one it was given
 * (category_1048) beside today's category (rules_category_is_1048()).
 */
#define CATEGORY_WORDS_1048(X)						\
	X(CATEGORY_HERBAL, "thao duoc")					\
	X(CATEGORY_HANDICRAFT, "vai va may mac")			\
	X(CATEGORY_HANDICRAFT, "vai may mac")				\
	X(CATEGORY_HANDICRAFT, "luu niem noi that trang tri")		\
	X(CATEGORY_HANDICRAFT, "thu cong my nghe trang tri")		\
	X(CATEGORY_HANDICRAFT, "hang thu cong my nghe trang tri")	\
	X(CATEGORY_TOURISM, "dich vu du lich nong thon va ban hang")	\
	X(CATEGORY_TOURISM, "dich vu du lich nong thon ban hang")

#define VOCAB_ONE(id, word) + 1

static const char *const category_words[] = {
	CATEGORY_WORDS(VOCAB_WORD) CATEGORY_WORDS_1048(VOCAB_WORD)
};
static const unsigned char category_ids[] = {
	CATEGORY_WORDS(VOCAB_ID) CATEGORY_WORDS_1048(VOCAB_ID)
};
/* category_words[] from this index on are 1048's */
enum { CATEGORY_FIRST_1048 = 0 CATEGORY_WORDS(VOCAB_ONE) };

static const struct vocabulary category_vocabulary = {
	category_words, category_ids, ARRAY_SIZE(category_words),
	CATEGORY_COUNT, true
};

/*
 * The 26 bộ sản phẩm of Phụ lục I, 148/QĐ-TTg, in annex order, under
 * their 17 nhóm.  The wording comes from transcriptions of the annex that
 * differ slightly; where they do (bộ 10, 12, 17) it is the fuller one,
 * and bộ 18's "TPCN" is spelled out.
 */
static const struct product_set_info product_sets[PRODUCT_SET_COUNT] = {
	{ 1, CATEGORY_FOOD, "Thực phẩm tươi sống",
	  "Rau, củ, quả, hạt tươi",
	  "Fresh vegetables, tubers, fruit and nuts" },
	{ 2, CATEGORY_FOOD, "Thực phẩm tươi sống",
	  "Thịt, thủy sản, trứng, sữa tươi",
	  "Fresh meat, aquatic products, eggs and milk" },
	{ 3, CATEGORY_FOOD, "Thực phẩm thô, sơ chế",
	  "Gạo, ngũ cốc, hạt sơ chế khác",
	  "Rice, cereals and other pre-processed grains" },
	{ 4, CATEGORY_FOOD, "Thực phẩm thô, sơ chế",
	  "Mật ong, mật khác và nông sản thực phẩm khác",
	  "Honey, other syrups and other agricultural food" },
	{ 5, CATEGORY_FOOD, "Thực phẩm chế biến",
	  "Đồ ăn nhanh",
	  "Convenience food" },
	{ 6, CATEGORY_FOOD, "Thực phẩm chế biến",
	  "Chế biến từ gạo, ngũ cốc",
	  "Processed from rice and cereals" },
	{ 7, CATEGORY_FOOD, "Thực phẩm chế biến",
	  "Chế biến từ rau, củ, quả, hạt",
	  "Processed from vegetables, tubers, fruit and nuts" },
	{ 8, CATEGORY_FOOD, "Thực phẩm chế biến",
	  "Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, "
	  "mật khác và nông sản thực phẩm khác",
	  "Processed meat, aquatic, egg, milk and honey products" },
	{ 9, CATEGORY_FOOD, "Gia vị",
	  "Tương, nước mắm, gia vị dạng lỏng khác",
	  "Sauces, fish sauce and other liquid seasonings" },
	{ 10, CATEGORY_FOOD, "Gia vị",
	  "Gia vị khác (muối, hành, tỏi, tiêu)",
	  "Other seasonings (salt, shallot, garlic, pepper)" },
	{ 11, CATEGORY_FOOD, "Chè",
	  "Chè tươi, chế biến",
	  "Fresh and processed tea" },
	{ 12, CATEGORY_FOOD, "Chè",
	  "Sản phẩm chè/trà từ thực vật khác",
	  "Tea from other plants" },
	{ 13, CATEGORY_FOOD, "Cà phê, ca cao",
	  "Cà phê, ca cao",
	  "Coffee and cocoa" },
	{ 14, CATEGORY_BEVERAGE, "Đồ uống có cồn",
	  "Rượu trắng",
	  "White spirits" },
	{ 15, CATEGORY_BEVERAGE, "Đồ uống có cồn",
	  "Đồ uống có cồn khác",
	  "Other alcoholic drinks" },
	{ 16, CATEGORY_BEVERAGE, "Đồ uống không cồn",
	  "Nước khoáng thiên nhiên, nước uống đóng chai",
	  "Natural mineral water and bottled water" },
	{ 17, CATEGORY_BEVERAGE, "Đồ uống không cồn",
	  "Đồ uống không cồn khác",
	  "Other non-alcoholic drinks" },
	{ 18, CATEGORY_HERBAL,
	  "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
	  "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
	  "Functional foods, herbal and traditional medicines" },
	{ 19, CATEGORY_HERBAL, "Mỹ phẩm có thành phần từ dược liệu",
	  "Mỹ phẩm có thành phần từ dược liệu",
	  "Cosmetics with herbal ingredients" },
	{ 20, CATEGORY_HERBAL, "Tinh dầu và dược liệu khác",
	  "Tinh dầu và dược liệu khác",
	  "Essential oils and other herbal products" },
	{ 21, CATEGORY_HANDICRAFT, "Thủ công mỹ nghệ gia dụng, trang trí",
	  "Thủ công mỹ nghệ gia dụng, trang trí",
	  "Household and decorative handicrafts" },
	{ 22, CATEGORY_HANDICRAFT, "Vải, may mặc",
	  "Vải, may mặc",
	  "Fabrics and garments" },
	{ 23, CATEGORY_ORNAMENTAL, "Hoa", "Hoa", "Flowers" },
	{ 24, CATEGORY_ORNAMENTAL, "Cây cảnh", "Cây cảnh",
	  "Ornamental plants" },
	{ 25, CATEGORY_ORNAMENTAL, "Động vật cảnh", "Động vật cảnh",
	  "Ornamental animals" },
	{ 26, CATEGORY_TOURISM,
	  "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
	  "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
	  "Community tourism, eco-tourism and tourist destinations" },
};

/*
 * Producer kinds: the chủ thể OCOP that 490/QĐ-TTg names (doanh nghiệp,
 * hợp tác xã, tổ hợp tác, hộ sản xuất có đăng ký kinh doanh), plus the
 * production facilities and private persons that provincial lists of
 * certified products also show.
 */
static const struct kind_info kinds[KIND_COUNT] = {
	{ KIND_ENTERPRISE, "enterprise", "Doanh nghiệp", "Enterprise" },
	{ KIND_COOPERATIVE, "cooperative", "Hợp tác xã", "Cooperative" },
	{ KIND_COOPERATIVE_GROUP, "cooperative-group", "Tổ hợp tác",
	  "Cooperative group" },
	{ KIND_HOUSEHOLD, "household", "Hộ sản xuất, kinh doanh",
	  "Household business" },
	{ KIND_FACILITY, "facility", "Cơ sở sản xuất", "Production facility" },
	{ KIND_INDIVIDUAL, "individual", "Cá nhân", "Individual" },
};

/* The slugs, then the Vietnamese names and their usual abbreviations. */
#define KIND_WORDS(X)							\
	X(KIND_ENTERPRISE, "enterprise")				\
	X(KIND_COOPERATIVE, "cooperative")				\
	X(KIND_COOPERATIVE_GROUP, "cooperative-group")			\
	X(KIND_HOUSEHOLD, "household")					\
	X(KIND_FACILITY, "facility")					\
	X(KIND_INDIVIDUAL, "individual")				\
	X(KIND_ENTERPRISE, "doanh nghiep")				\
	X(KIND_COOPERATIVE, "hop tac xa")				\
	X(KIND_COOPERATIVE, "htx")					\
	X(KIND_COOPERATIVE_GROUP, "to hop tac")				\
	X(KIND_COOPERATIVE_GROUP, "tht")				\
	X(KIND_HOUSEHOLD, "ho san xuat kinh doanh")			\
	X(KIND_HOUSEHOLD, "ho kinh doanh")				\
	X(KIND_HOUSEHOLD, "hkd")					\
	X(KIND_HOUSEHOLD, "ho san xuat")				\
	X(KIND_HOUSEHOLD, "ho gia dinh")				\
	X(KIND_FACILITY, "co so san xuat")				\
	X(KIND_FACILITY, "co so")					\
	X(KIND_INDIVIDUAL, "ca nhan")					\
	X(KIND_HOUSEHOLD, "household business")				\
	X(KIND_FACILITY, "production facility")

static const char *const kind_words[] = { KIND_WORDS(VOCAB_WORD) };
static const unsigned char kind_ids[] = { KIND_WORDS(VOCAB_ID) };

static const struct vocabulary kind_vocabulary = {
	kind_words, kind_ids, ARRAY_SIZE(kind_words), 0, false
};

/*
 * Origins: step 2 of the cycle takes a new product idea on mẫu 1 and an
 * existing product on mẫu 2; an existing product may enter the cycle
 * later than a new idea.
 */
static const char *const origin_slugs[] = { NULL, "idea", "existing" };

#define ORIGIN_WORDS(X)							\
	X(ORIGIN_IDEA, "idea")						\
	X(ORIGIN_EXISTING, "existing")					\
	X(ORIGIN_IDEA, "y tuong")					\
	X(ORIGIN_IDEA, "new")						\
	X(ORIGIN_IDEA, "moi")						\
	X(ORIGIN_EXISTING, "hien co")

static const char *const origin_words[] = { ORIGIN_WORDS(VOCAB_WORD) };
static const unsigned char origin_ids[] = { ORIGIN_WORDS(VOCAB_ID) };

static const struct vocabulary origin_vocabulary = {
	origin_words, origin_ids, ARRAY_SIZE(origin_words), 0, false
};

/*
 * The six steps of the yearly OCOP cycle (chu trình OCOP thường niên),
 * named as the commune's OCOP plans name them.
 */
static const struct step_info steps[STEP_COUNT] = {
	{ 1, "guidance", "Tuyên truyền, hướng dẫn", "Guidance" },
	{ 2, "idea", "Nhận đăng ký ý tưởng sản phẩm", "Idea registration" },
	{ 3, "plan", "Nhận phương án/dự án sản xuất kinh doanh",
	  "Business plan" },
	{ 4, "implement", "Triển khai phương án/dự án sản xuất kinh doanh",
	  "Implementation" },
	{ 5, "evaluate", "Đánh giá và phân hạng sản phẩm",
	  "Evaluation and rating" },
	{ 6, "promote", "Xúc tiến thương mại", "Trade promotion" },
};

/* The slugs, the Vietnamese names and their short forms, then English. */
#define STEP_WORDS(X)							\
	X(1, "guidance")						\
	X(2, "idea")							\
	X(3, "plan")							\
	X(4, "implement")						\
	X(5, "evaluate")						\
	X(6, "promote")							\
	X(1, "tuyen truyen huong dan")					\
	X(1, "tuyen truyen")						\
	X(1, "huong dan")						\
	X(2, "nhan dang ky y tuong san pham")				\
	X(2, "dang ky y tuong")						\
	X(2, "y tuong")							\
	X(3, "nhan phuong an du an san xuat kinh doanh")		\
	X(3, "phuong an")						\
	X(4, "trien khai phuong an du an san xuat kinh doanh")		\
	X(4, "trien khai phuong an")					\
	X(4, "trien khai")						\
	X(5, "danh gia va phan hang san pham")				\
	X(5, "danh gia phan hang san pham")				\
	X(5, "danh gia va phan hang")					\
	X(5, "danh gia phan hang")					\
	X(5, "danh gia")						\
	X(6, "xuc tien thuong mai")					\
	X(6, "xuc tien")						\
	X(2, "idea registration")					\
	X(3, "business plan")						\
	X(4, "implementation")						\
	X(5, "evaluation and rating")					\
	X(5, "evaluation")						\
	X(6, "trade promotion")

static const char *const step_words[] = { STEP_WORDS(VOCAB_WORD) };
static const unsigned char step_ids[] = { STEP_WORDS(VOCAB_ID) };

static const struct vocabulary step_vocabulary = {
	step_words, step_ids, ARRAY_SIZE(step_words), STEP_COUNT, false
};

/* Roman numerals as 148/QĐ-TTg numbers the ngành, folded. */
static const char *const roman[] = { "i", "ii", "iii", "iv", "v", "vi" };

/*
 * Bytes of the separator at s: ASCII white space or punctuation, or a
 * Unicode dash U+2010–U+2015 (officers paste "–" and "—" from documents);
 * 0 when s starts a letter, a digit or any other character.
 */
static size_t separator_len(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	if (*u < 0x80)
		return (*u >= 'a' && *u <= 'z') || (*u >= 'A' && *u <= 'Z') ||
		       (*u >= '0' && *u <= '9') ? 0 : 1;
	if (u[0] == 0xe2 && u[1] == 0x80 && u[2] >= 0x90 && u[2] <= 0x95)
		return 3;
	return 0;
}

/*
 * Make folded text a match key in place: every run of punctuation and
 * space becomes one space, so that "Vải, may mặc", "vai may mac" and
 * "vai-may-mac" meet.
 */
static void squeeze_separators(char *key)
{
	const char *src;
	char *dst;
	size_t sep;

	for (src = dst = key; *src; ) {
		sep = separator_len(src);
		if (!sep) {
			*dst++ = *src++;
			continue;
		}
		if (dst > key && dst[-1] != ' ')
			*dst++ = ' ';
		src += sep;
	}
	if (dst > key && dst[-1] == ' ')
		dst--;
	*dst = '\0';
}

/*
 * Does key match a table word?  The words are match keys except that
 * slugs keep their '-', which a key has as ' '.
 */
static bool same_key(const char *key, const char *word)
{
	for (; *key && *word; key++, word++)
		if (*key != *word && !(*key == ' ' && *word == '-'))
			return false;
	return *key == *word;
}

/* A number 1..max written as one digit, or -1. */
static int parse_digit(const char *key, int max)
{
	if (key[0] >= '1' && key[0] <= '0' + max && !key[1])
		return key[0] - '0';
	return -1;
}

static int parse_roman(const char *key, int max)
{
	int i;

	for (i = 0; i < max && i < (int)ARRAY_SIZE(roman); i++)
		if (!strcmp(key, roman[i]))
			return i + 1;
	return -1;
}

/*
 * The id a folded number names, or -1.  Numbers are matched before
 * punctuation is squeezed, so that "-1" is not read as 1.
 */
static int find_number(const struct vocabulary *v, const char *folded)
{
	int id = -1;

	if (v->numbered)
		id = parse_digit(folded, v->numbered);
	if (id < 0 && v->roman)
		id = parse_roman(folded, v->numbered);
	return id;
}

/* The index in v->words of the word key names, or -1. */
static int find_word_index(const struct vocabulary *v, const char *key)
{
	size_t i;

	for (i = 0; i < v->nr; i++)
		if (same_key(key, v->words[i]))
			return (int)i;
	return -1;
}

static int find_word(const struct vocabulary *v, const char *key)
{
	int i = find_word_index(v, key);

	return i < 0 ? -1 : v->ids[i];
}

/*
 * The first word of v naming the same thing as word: the slug, which the
 * lists give first, so "did you mean" offers what files hold.
 */
static const char *canonical_word(const struct vocabulary *v, const char *word)
{
	size_t i, k;

	for (i = 0; word && i < v->nr; i++)
		if (v->words[i] == word)
			for (k = 0; k < v->nr; k++)
				if (v->ids[k] == v->ids[i])
					return v->words[k];
	return word;
}

/*
 * The id text names in v, or -1.  On failure *suggestion (when asked for)
 * is the nearest word of v, or NULL when none is near or there was
 * nothing to go on.
 */
static int parse_vocabulary(const struct vocabulary *v, const char *text,
			    const char **suggestion)
{
	char *key;
	int id;

	if (suggestion)
		*suggestion = NULL;
	if (!text || !(key = text_fold(text)))
		return -1;
	id = find_number(v, key);
	if (id < 0) {
		squeeze_separators(key);
		id = find_word(v, key);
	}
	if (id < 0 && suggestion && *key)
		*suggestion = canonical_word(v, text_suggest(key, v->words, v->nr));
	free(key);
	return id;
}

const struct category_info *rules_category(enum ocop_category c)
{
	if (c < CATEGORY_FOOD || c > CATEGORY_COUNT)
		return NULL;
	return &categories[c - 1];
}

int rules_category_parse(const char *text, enum ocop_category *out,
			 const char **suggestion)
{
	int id = parse_vocabulary(&category_vocabulary, text, suggestion);

	if (id < 0)
		return -1;
	if (out)
		*out = (enum ocop_category)id;
	return 0;
}

bool rules_category_is_1048(const char *text)
{
	char *key;
	int i;

	if (!text || !(key = text_fold(text)))
		return false;
	squeeze_separators(key);
	i = find_word_index(&category_vocabulary, key);
	free(key);
	return i >= CATEGORY_FIRST_1048;
}

bool rules_category_1048_dated(const struct ocop_date *d)
{
	const struct rule_set *rs = rules_in_force_by_end(d);

	return !rs || !strcmp(rs->basis, "1048/QĐ-TTg");
}

const char *const *rules_category_words(size_t *n)
{
	if (n)
		*n = ARRAY_SIZE(category_words);
	return category_words;
}

const struct product_set_info *rules_product_set(int n)
{
	size_t nr;
	const struct rule_set *newest = rules_table(&nr) + nr - 1;

	if (n < 1 || n > newest->product_set_count)
		return NULL;
	return &newest->product_sets[n - 1];
}

const struct kind_info *rules_kind(enum producer_kind k)
{
	if (k < KIND_ENTERPRISE || k > KIND_COUNT)
		return NULL;
	return &kinds[k - 1];
}

int rules_kind_parse(const char *text, enum producer_kind *out,
		     const char **suggestion)
{
	int id = parse_vocabulary(&kind_vocabulary, text, suggestion);

	if (id < 0)
		return -1;
	if (out)
		*out = (enum producer_kind)id;
	return 0;
}

/*
 * Kinds as producers' names show them (ocop-rules.md §5): enterprises are
 * "Công ty TNHH", "TNHH MTV", "Cổ phần", "DNTN" or a branch ("chi
 * nhánh"), and public lists name factories that are branches of a company
 * ("Nhà máy … – Chi nhánh Công ty Cổ phần …"); "Hộ kinh doanh …" is a
 * registered household business, "Cơ sở sản xuất …" a production
 * facility.  A name says its kind by its first words; a branch of a
 * company may be named anywhere in it.  Names of persons ("bà …", "ông …")
 * are not guessed: "Ba Vì …" is a place.
 */
#define KIND_NAME_WORDS(X)						\
	X(KIND_ENTERPRISE, "cong ty")					\
	X(KIND_ENTERPRISE, "cty")					\
	X(KIND_ENTERPRISE, "doanh nghiep")				\
	X(KIND_ENTERPRISE, "dntn")					\
	X(KIND_ENTERPRISE, "chi nhanh")					\
	X(KIND_ENTERPRISE, "nha may")					\
	X(KIND_ENTERPRISE, "xi nghiep")					\
	X(KIND_COOPERATIVE, "hop tac xa")				\
	X(KIND_COOPERATIVE, "lien hiep hop tac xa")			\
	X(KIND_COOPERATIVE, "htx")					\
	X(KIND_COOPERATIVE_GROUP, "to hop tac")				\
	X(KIND_COOPERATIVE_GROUP, "tht")				\
	X(KIND_HOUSEHOLD, "ho kinh doanh")				\
	X(KIND_HOUSEHOLD, "hkd")					\
	X(KIND_HOUSEHOLD, "ho san xuat")				\
	X(KIND_HOUSEHOLD, "ho gia dinh")				\
	X(KIND_FACILITY, "co so")

static const char *const kind_name_words[] = { KIND_NAME_WORDS(VOCAB_WORD) };
static const unsigned char kind_name_ids[] = { KIND_NAME_WORDS(VOCAB_ID) };

/* Does key start with the words of prefix (whole words)? */
static bool starts_with_words(const char *key, const char *prefix)
{
	size_t n = strlen(prefix);

	return !strncmp(key, prefix, n) && (!key[n] || key[n] == ' ');
}

int rules_kind_from_name(const char *name, enum producer_kind *out)
{
	char *key = name ? text_fold(name) : NULL;
	int id = -1;
	size_t i;

	if (!key)
		return -1;
	squeeze_separators(key);
	for (i = 0; id < 0 && i < ARRAY_SIZE(kind_name_words); i++)
		if (starts_with_words(key, kind_name_words[i]))
			id = kind_name_ids[i];
	if (id < 0 && strstr(key, " chi nhanh cong ty"))
		id = KIND_ENTERPRISE;
	free(key);
	if (id < 0)
		return -1;
	if (out)
		*out = (enum producer_kind)id;
	return 0;
}

const char *const *rules_kind_words(size_t *n)
{
	if (n)
		*n = ARRAY_SIZE(kind_words);
	return kind_words;
}

const char *rules_origin_slug(enum product_origin o)
{
	if (o < ORIGIN_IDEA || o > ORIGIN_EXISTING)
		return NULL;
	return origin_slugs[o];
}

int rules_origin_parse(const char *text, enum product_origin *out,
		       const char **suggestion)
{
	int id = parse_vocabulary(&origin_vocabulary, text, suggestion);

	if (id < 0)
		return -1;
	if (out)
		*out = (enum product_origin)id;
	return 0;
}

const struct step_info *rules_step(int n)
{
	if (n < 1 || n > STEP_COUNT)
		return NULL;
	return &steps[n - 1];
}

int rules_step_parse(const char *text, int *out, const char **suggestion)
{
	int id = parse_vocabulary(&step_vocabulary, text, suggestion);

	if (id < 0)
		return -1;
	if (out)
		*out = id;
	return 0;
}

/*
 * Rule sets by decision.  1048/QĐ-TTg (21/8/2019, until 148 replaced it):
 * parts A 35, B 25, C 40.  148/QĐ-TTg (24/02/2023, effective on signing):
 * A 40, B 25, C 35.  Under both the province recognises 3 and 4 stars and
 * the ministry 5, and the star bands are the same (ocop-rules.md §2, "Star
 * bands"); a certificate runs 36 months from its decision (148/QĐ-TTg;
 * Quảng Ngãi "03 năm (36 tháng), kể từ ngày Quyết định được ký").
 * 1489/QĐ-TTg (06/7/2025) amends 148's process: the district level is
 * abolished, the commune (xã/phường) assesses four criteria first, the
 * province recognises 3 and 4 stars.  26/2026/QĐ-TTg is reported with the
 * same parts and bands but is not verified (ocop-rules.md §9), so it is not
 * encoded.  The ministry's decisions are signed as the Bộ Nông nghiệp và
 * Môi trường under every row, as ocop has always written them.
 */
#define OCOP_STAR_BANDS { 0, 3000, 5000, 7000, 9000 }

#define OCOP_LEVELS(ward_first) {					\
	[LEVEL_WARD] = { .evaluates = (ward_first) },			\
	[LEVEL_PROVINCE] = { .evaluates = true, .min_stars = 3, .max_stars = 4, \
			     .authority = "UBND tỉnh", .of_province = true }, \
	[LEVEL_CENTRAL] = { .evaluates = true, .min_stars = 5, .max_stars = 5, \
			    .authority = "Bộ Nông nghiệp và Môi trường" }, \
}

/*
 * Under 148/QĐ-TTg's own process (24/02/2023–05/7/2025) the district's
 * council scored and its People's Committee recognised 3 stars, the
 * province 4 and the ministry 5 (ocop-rules.md §2, "Who evaluates /
 * recognises"; S-QHTV, S-VN24H).  Its decisions are signed "UBND huyện",
 * "UBND thị xã" or "UBND thành phố" with the district's name, which
 * ocop.yaml does not hold: the default names the level, --authority the
 * district.  The province did not recognise 3 stars in that span, so a
 * province's recognition of 3 stars dated in it is refused, naming the
 * district.  Provincial registers of those years list the districts'
 * 3-star products beside their own, often under "tỉnh": the import keeps
 * them as the district's, with a warning (import-product.c).
 */
#define OCOP_LEVELS_148 {						\
	[LEVEL_WARD] = { .evaluates = false },				\
	[LEVEL_DISTRICT] = { .evaluates = true, .min_stars = 3, .max_stars = 3, \
			     .authority = "UBND cấp huyện" },		\
	[LEVEL_PROVINCE] = { .evaluates = true, .min_stars = 4, .max_stars = 4, \
			     .authority = "UBND tỉnh", .of_province = true }, \
	[LEVEL_CENTRAL] = { .evaluates = true, .min_stars = 5, .max_stars = 5, \
			    .authority = "Bộ Nông nghiệp và Môi trường" }, \
}

/*
 * ≥ 30 days before a certificate ends the issuing body notifies the
 * producer, who may file for re-recognition (148/QĐ-TTg, S-DNVDS).
 */
#define OCOP_RENEWAL_NOTICE_DAYS 30

static const struct rule_set decisions[] = {
	{
		.basis = "1048/QĐ-TTg",
		.process = "1048/QĐ-TTg",
		.from = { 2019, 8, 21, DATE_DAY },
		.until = { 2023, 2, 23, DATE_DAY },
		.part_max = { 35, 25, 40 },
		.star_floor = OCOP_STAR_BANDS,
		.certificate_months = 36,
		.renewal_notice_days = OCOP_RENEWAL_NOTICE_DAYS,
		.level = OCOP_LEVELS(false),
		.product_sets = product_sets,
		.product_set_count = PRODUCT_SET_COUNT,
	},
	{
		.basis = "148/QĐ-TTg",
		.process = "148/QĐ-TTg",
		.from = { 2023, 2, 24, DATE_DAY },
		.until = { 2025, 7, 5, DATE_DAY },
		.part_max = { 40, 25, 35 },
		.star_floor = OCOP_STAR_BANDS,
		.certificate_months = 36,
		.renewal_notice_days = OCOP_RENEWAL_NOTICE_DAYS,
		.level = OCOP_LEVELS_148,
		.product_sets = product_sets,
		.product_set_count = PRODUCT_SET_COUNT,
	},
	{
		.basis = "148/QĐ-TTg",
		.process = "1489/QĐ-TTg",
		.from = { 2025, 7, 6, DATE_DAY },
		.until = { 0, 0, 0, DATE_DAY },
		.part_max = { 40, 25, 35 },
		.star_floor = OCOP_STAR_BANDS,
		.certificate_months = 36,
		.renewal_notice_days = OCOP_RENEWAL_NOTICE_DAYS,
		.level = OCOP_LEVELS(true),
		.product_sets = product_sets,
		.product_set_count = PRODUCT_SET_COUNT,
	},
};

/* The table the functions below read: the decisions, or a test's. */
static const struct rule_set *rule_sets = decisions;
static size_t rule_sets_nr = ARRAY_SIZE(decisions);

const struct rule_set *rules_table(size_t *n)
{
	*n = rule_sets_nr;
	return rule_sets;
}

void rules_set_table(const struct rule_set *rows, size_t n)
{
	rule_sets = rows && n ? rows : decisions;
	rule_sets_nr = rows && n ? n : ARRAY_SIZE(decisions);
}

/* A score or a certificate under no known decision: the first one's. */
static const struct rule_set *or_first(const struct rule_set *rs)
{
	return rs ? rs : &rule_sets[0];
}

static bool in_force_on(const struct rule_set *rs, const struct ocop_date *d)
{
	return date_cmp(&rs->from, d) <= 0 &&
	       (!rs->until.year || date_cmp(d, &rs->until) <= 0);
}

const struct rule_set *rules_in_force(const struct ocop_date *d)
{
	const struct rule_set *found = NULL;
	size_t i;

	for (i = 0; i < rule_sets_nr; i++)
		if (in_force_on(&rule_sets[i], d))
			found = &rule_sets[i];
	return found;
}

const struct rule_set *rules_in_force_by_end(const struct ocop_date *d)
{
	struct ocop_date end = date_last_day(d);

	return rules_in_force(&end);
}

bool rules_began_by(const struct rule_set *rs, const struct ocop_date *d)
{
	struct ocop_date end = date_last_day(d);

	return date_cmp(&rs->from, &end) <= 0;
}

const struct rule_set *rules_next(const struct rule_set *rs)
{
	size_t i = (size_t)(rs - rule_sets);

	return i + 1 < rule_sets_nr ? &rule_sets[i + 1] : NULL;
}

const struct rule_set *rules_basis_last(const struct rule_set *rs)
{
	const struct rule_set *next;

	while ((next = rules_next(rs)) && !strcmp(next->basis, rs->basis))
		rs = next;
	return rs;
}

bool rules_level_span(enum eval_level level, struct ocop_date *from,
		      struct ocop_date *until)
{
	bool found = false;
	size_t i;

	for (i = 0; i < rule_sets_nr; i++) {
		if (!rule_sets[i].level[level].min_stars)
			continue;
		if (!found)
			*from = rule_sets[i].from;
		*until = rule_sets[i].until;
		found = true;
	}
	return found;
}

int rules_renewal_notice_days(const struct ocop_date *d)
{
	return or_first(rules_in_force(d))->renewal_notice_days;
}

/* "148/QĐ-TTg", "148/QD-TTg", "148" all name decision 148. */
static bool same_decision(const char *a, const char *b)
{
	char *fa, *fb;
	size_t na, nb;
	bool same;

	if (!strcmp(a, b))	/* as written by ocop: no need to fold */
		return true;
	fa = text_fold(a);
	fb = text_fold(b);

	if (!fa || !fb) {
		free(fa);
		free(fb);
		return false;
	}
	na = strspn(fa, "0123456789");
	nb = strspn(fb, "0123456789");
	same = na && na == nb && !strncmp(fa, fb, na) &&
	       (!fa[na] || !fb[nb] || !strcmp(fa + na, fb + nb));
	free(fa);
	free(fb);
	return same;
}

const struct rule_set *rules_by_basis(const char *basis)
{
	size_t i;

	/* The first row of that decision: when it took effect.  A decision
	 * that changed only the process (1489) names the scoring of its row. */
	for (i = 0; basis && i < rule_sets_nr; i++)
		if (same_decision(rule_sets[i].basis, basis) ||
		    same_decision(rule_sets[i].process, basis))
			return &rule_sets[i];
	return NULL;
}

int rules_stars_for(const struct rule_set *rs, long total)
{
	int stars = 1;

	rs = or_first(rs);
	while (stars < STARS_MAX && total >= rs->star_floor[stars])
		stars++;
	return stars;
}

long rules_stars_floor(const struct rule_set *rs, int n)
{
	return n >= STARS_MIN && n <= STARS_MAX ?
	       or_first(rs)->star_floor[n - 1] : -1;
}

struct ocop_date rules_certificate_expiry(const struct ocop_date *decided,
					  int *months)
{
	const struct rule_set *rs = or_first(rules_in_force_by_end(decided));

	if (months)
		*months = rs->certificate_months;
	return date_add_months(decided, rs->certificate_months);
}

const char *rules_certificate_basis(const struct ocop_date *decided)
{
	return or_first(rules_in_force_by_end(decided))->basis;
}

int rules_recognised_by(const struct rule_set *rs, int stars)
{
	int l;

	for (l = 0; l < LEVEL_COUNT; l++)
		if (rs->level[l].min_stars && stars >= rs->level[l].min_stars &&
		    stars <= rs->level[l].max_stars)
			return l;
	return -1;
}

char *rules_authority_name(const struct rule_set *rs, enum eval_level level,
			   const char *province)
{
	const struct rule_level *l = rs ? &rs->level[level] : NULL;

	if (!l || !l->authority)
		return NULL;
	if (!l->of_province)
		return xstrdup(l->authority);
	return province ? xasprintf("%s %s", l->authority, province) : NULL;
}

/*
 * One decision for rules_bases_list(): "148/QĐ-TTg (from 2023-02-24,
 * amended by 1489/QĐ-TTg from 2025-07-06)", from its first row *i and the
 * rows after it that change only the process; *i is left on the last.
 */
static char *describe_basis(size_t *i)
{
	const struct rule_set *rs = &rule_sets[*i];
	char day[DATE_ISO_MAX], *since, *longer, *text;

	date_format_iso(&rs->from, day);
	since = xstrdup(day);
	while (*i + 1 < rule_sets_nr && !strcmp(rule_sets[*i + 1].basis, rs->basis)) {
		const struct rule_set *amended = &rule_sets[++*i];

		if (!strcmp(amended->process, rule_sets[*i - 1].process))
			continue;
		date_format_iso(&amended->from, day);
		longer = xasprintf(_("%s, amended by %s from %s"), since,
				   amended->process, day);
		free(since);
		since = longer;
	}
	text = xasprintf(_("%s (from %s)"), rs->basis, since);
	free(since);
	return text;
}

char *rules_bases_list(void)
{
	char *list = NULL, *item, *longer;
	size_t i;

	for (i = 0; i < rule_sets_nr; i++) {
		item = describe_basis(&i);
		if (!list) {
			list = item;
			continue;
		}
		if (i + 1 < rule_sets_nr)
			longer = xasprintf("%s, %s", list, item);
		else
			longer = xasprintf(_("%s and %s"), list, item);
		free(list);
		free(item);
		list = longer;
	}
	return list ? list : xstrdup("");
}
