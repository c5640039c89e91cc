/*
 * gen.c — make a realistic ocop data directory for make bench.
 *
 *   gen -n PRODUCTS [-s SEED] -o DIR [-r FILE.rec] [-y FILE.yaml]
 *       [-c FILE.csv [-R ROWS]] [-i IDS_PREFIX] [-W WARDS]
 *
 * Writes DIR/ocop.yaml, DIR/producers/<id>.yaml (about 0.6 a product) and
 * DIR/products/<id>.yaml in the canonical form ocop itself writes
 * (ocop-data(5)): Vietnamese names with diacritics, all six categories and
 * the 26 product sets, products at every step of the cycle, ideas, rejected
 * ideas, ward assessments, council scores under 1048/QĐ-TTg and 148/QĐ-TTg
 * (and the ward-first process of 1489/QĐ-TTg from 2025-07-06), 3 to 5
 * stars dated 2022–2025, certificates in force, expiring, expired and
 * revoked, renewals and upgrades, promotions, training.  "Today" is
 * 2025-12-01: run ocop with OCOP_TODAY=2025-12-01.
 *
 * The same records go, for the peers, into one recutils file (-r) and one
 * YAML file (-y); -c writes a CSV register of ROWS rows (default
 * PRODUCTS) for ocop import; -i writes PREFIX-advance.txt (products that
 * `ocop cycle advance ID --date 2025-11-30` accepts), PREFIX-product.txt
 * and PREFIX-producer.txt (records for single-record writes; the
 * producers have a tax code).
 *
 * -W WARDS makes a country instead: DIR is a province directory (`ocop
 * init --province --wards`'s layout, `unit: province`) listing WARDS
 * ward directories, DIR/wards/pPP/wWWW, spread over 34 provinces; each
 * holds its own ocop.yaml and a contiguous share of the producers, with
 * their products (a product lives in its producer's ward).  The records
 * are the same bytes as without -W.
 *
 * Deterministic: its own PRNG (splitmix64), no clock, no locale; the same
 * seed gives the same bytes on every machine.
 */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* --- small tools -------------------------------------------------------------- */

static void die(const char *fmt, ...)
{
	va_list ap;

	fputs("gen: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		die("out of memory");
	return p;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

struct buf {
	char *s;
	size_t len, alloc;
};

static void buf_grow(struct buf *b, size_t more)
{
	if (b->len + more + 1 <= b->alloc)
		return;
	b->alloc = (b->len + more + 1) * 2;
	b->s = realloc(b->s, b->alloc);
	if (!b->s)
		die("out of memory");
}

static void buf_add(struct buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = 0;
}

static void buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->s)
		b->s[0] = 0;
}

/* --- the random numbers: splitmix64 ----------------------------------------- */

static uint64_t rng_state;

static uint64_t rnd64(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* 0 .. n-1 */
static int rnd(int n)
{
	return (int)(rnd64() % (uint64_t)n);
}

/* lo .. hi */
static int rnd_in(int lo, int hi)
{
	return lo + rnd(hi - lo + 1);
}

/* true with probability pct % */
static int chance(int pct)
{
	return rnd(1000) < pct * 10;
}

/*
 * Every draw is its own statement, or the only draw of its expression:
 * the order in which C evaluates the arguments of a call is unspecified,
 * and another compiler would draw in another order and write other bytes.
 */
#define PICK(a) ((a)[rnd((int)ARRAY_SIZE(a))])

/* --- dates ------------------------------------------------------------------------ */

/*
 * A date is a day of a calendar of 28-day months: every such day exists,
 * order is kept, and 36 months later is the same day of the month, as a
 * certificate runs (ocop-rate(1) rule 6).
 */
typedef int day_t;

static day_t mkday(int y, int m, int d)
{
	return (y * 12 + (m - 1)) * 28 + (d - 1);
}

#define DAY_MAX 24

static void fmt_day(day_t t, char out[DAY_MAX])
{
	int y = t / (12 * 28), m = t / 28 % 12 + 1, d = t % 28 + 1;

	snprintf(out, DAY_MAX, "%04d-%02d-%02d", y, m, d);
}

/* Days since 1970-01-01 of a real date (H. Hinnant's days_from_civil). */
static long civil_days(day_t t)
{
	long y = t / (12 * 28), m = t / 28 % 12 + 1, d = t % 28 + 1;
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = y / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* A day of a year ylo..yhi, of a month mlo..mhi: drawn in that order. */
static day_t rnd_date(int ylo, int yhi, int mlo, int mhi)
{
	int y = rnd_in(ylo, yhi), m = rnd_in(mlo, mhi), d = rnd_in(1, 28);

	return mkday(y, m, d);
}

static int year_of(day_t t)
{
	return t / (12 * 28);
}

#define TODAY mkday(2025, 12, 1)
#define LAST_DAY mkday(2025, 11, 28)	/* the last day a record is dated */
#define RULES_148 mkday(2023, 2, 24)
#define RULES_1489 mkday(2025, 7, 6)
#define MONTHS(n) ((n) * 28)

/* --- Vietnamese: folding to an id -------------------------------------------- */

static unsigned char fold_table[0x1f00];

static const char *const fold_groups[] = {
	"aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ",
	"eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆ",
	"iìíỉĩịIÌÍỈĨỊ",
	"oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ",
	"uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰ",
	"yỳýỷỹỵYỲÝỶỸỴ",
	"dđDĐ",
};

static unsigned utf8_next(const unsigned char **p)
{
	const unsigned char *s = *p;
	unsigned c = s[0];

	if (c < 0x80) {
		*p += 1;
		return c;
	}
	if ((c & 0xe0) == 0xc0) {
		*p += 2;
		return (c & 0x1f) << 6 | (s[1] & 0x3f);
	}
	if ((c & 0xf0) == 0xe0) {
		*p += 3;
		return (c & 0x0f) << 12 | (s[1] & 0x3f) << 6 | (s[2] & 0x3f);
	}
	*p += 4;
	return (c & 0x07) << 18 | (s[1] & 0x3f) << 12 | (s[2] & 0x3f) << 6 |
	       (s[3] & 0x3f);
}

static void fold_init(void)
{
	size_t g;

	for (g = 0; g < ARRAY_SIZE(fold_groups); g++) {
		const unsigned char *p = (const unsigned char *)fold_groups[g];
		char base = fold_groups[g][0];

		while (*p) {
			unsigned c = utf8_next(&p);

			if (c < sizeof(fold_table))
				fold_table[c] = (unsigned char)base;
		}
	}
}

/* "Yến sào Cù Lao Ré" → "yen-sao-cu-lao-re", at most max bytes. */
static void slug(const char *name, char *out, size_t max)
{
	const unsigned char *p = (const unsigned char *)name;
	size_t n = 0;
	int dash = 0;

	while (*p && n < max) {
		unsigned c = utf8_next(&p);
		char a = 0;

		if (c < 0x80 && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			a = (char)c;
		else if (c >= 'A' && c <= 'Z')
			a = (char)(c - 'A' + 'a');
		else if (c < sizeof(fold_table) && fold_table[c])
			a = (char)fold_table[c];
		if (!a) {
			dash = n > 0;
			continue;
		}
		if (dash && n + 1 < max)
			out[n++] = '-';
		dash = 0;
		out[n++] = a;
	}
	while (n && out[n - 1] == '-')
		n--;
	out[n] = 0;
}

/* --- a set of strings, for unique ids ---------------------------------------- */

struct strset {
	char **slot;
	size_t size, nr;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static void strset_init(struct strset *set, size_t expect)
{
	set->size = 16;
	while (set->size < expect * 2)
		set->size *= 2;
	set->slot = calloc(set->size, sizeof(*set->slot));
	if (!set->slot)
		die("out of memory");
	set->nr = 0;
}

/* Add s; 0 when it was there already. */
static int strset_add(struct strset *set, const char *s)
{
	size_t i = hash(s) & (set->size - 1);

	while (set->slot[i]) {
		if (!strcmp(set->slot[i], s))
			return 0;
		i = (i + 1) & (set->size - 1);
	}
	if (set->nr * 2 >= set->size)
		die("string set full");
	set->slot[i] = xstrdup(s);
	set->nr++;
	return 1;
}

/* --- YAML and recutils writing --------------------------------------------- */

/*
 * A string ocop writes plain (yamlio.c, yaml_plain_safe): starts with a
 * letter; only letters, digits, spaces and "-_.,()/"; no trailing space;
 * not a YAML 1.1 boolean or null.  Every non-ASCII character this
 * generator writes is a Vietnamese letter.  In a flow mapping a comma
 * makes libyaml quote it.
 */
static int plain_ok(const char *s, int flow)
{
	static const char *const words[] = {
		"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"
	};
	const unsigned char *p = (const unsigned char *)s;
	size_t k, len = strlen(s);

	if (!len || s[len - 1] == ' ')
		return 0;
	if (!(p[0] >= 0x80 || (p[0] >= 'a' && p[0] <= 'z') ||
	      (p[0] >= 'A' && p[0] <= 'Z')))
		return 0;
	for (; *p; p++) {
		if (*p >= 0x80 || (*p >= 'a' && *p <= 'z') ||
		    (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9'))
			continue;
		if (*p == ',' && flow)
			return 0;
		if (!strchr(" -_.,()/", *p))
			return 0;
	}
	for (k = 0; k < ARRAY_SIZE(words); k++)
		if (!strcmp(s, words[k]))
			return 0;
	return 1;
}

/* A string value as ocop writes it; flow: inside a {…} entry. */
static void put_str(struct buf *b, const char *s, int flow)
{
	if (plain_ok(s, flow)) {
		buf_puts(b, s);
		return;
	}
	buf_puts(b, "'");
	for (; *s; s++) {
		if (*s == '\'')
			buf_puts(b, "'");
		buf_add(b, s, 1);
	}
	buf_puts(b, "'");
}

/* key: value in block context; text with line breaks as a literal block. */
static void put_key(struct buf *b, const char *indent, const char *key,
		    const char *v)
{
	buf_printf(b, "%s%s: ", indent, key);
	if (strchr(v, '\n')) {
		const char *line = v, *nl;

		buf_puts(b, "|-\n");
		for (;;) {
			nl = strchr(line, '\n');
			buf_printf(b, "%s  ", indent);
			buf_add(b, line, nl ? (size_t)(nl - line) : strlen(line));
			buf_puts(b, "\n");
			if (!nl)
				break;
			line = nl + 1;
		}
		return;
	}
	put_str(b, v, 0);
	buf_puts(b, "\n");
}

static void put_code(struct buf *b, const char *indent, const char *key,
		     const char *v)
{
	buf_printf(b, "%s%s: '%s'\n", indent, key, v);
}

/* The record as one entry of a list in the one-file YAML for the peers. */
static void yaml_entry(struct buf *out, const struct buf *rec)
{
	const char *line = rec->s, *nl;
	int first = 1;

	while (*line) {
		nl = strchr(line, '\n');
		buf_puts(out, first ? "- " : "  ");
		buf_add(out, line, (size_t)(nl - line) + 1);
		line = nl + 1;
		first = 0;
	}
}

/* A recutils field: a value of several lines continues with "+ ". */
static void rec_field(struct buf *b, const char *name, const char *v)
{
	buf_printf(b, "%s: ", name);
	for (; *v; v++) {
		if (*v == '\n')
			buf_puts(b, "\n+ ");
		else
			buf_add(b, v, 1);
	}
	buf_puts(b, "\n");
}

/* snake_case → CamelCase: a recutils field name. */
static void rec_name(struct buf *out, const char *key, size_t len)
{
	size_t i;
	int up = 1;

	for (i = 0; i < len; i++) {
		char c = key[i];

		if (c == '_') {
			up = 1;
			continue;
		}
		if (up && c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		buf_add(out, &c, 1);
		up = 0;
	}
}

/* A value as read back: 'it''s' → it's. */
static void rec_value(struct buf *out, const char *v, size_t len)
{
	size_t i;

	if (len >= 2 && v[0] == '\'' && v[len - 1] == '\'') {
		for (i = 1; i + 1 < len; i++) {
			buf_add(out, v + i, 1);
			if (v[i] == '\'' && v[i + 1] == '\'')
				i++;
		}
		return;
	}
	buf_add(out, v, len);
}

/*
 * The same record as a recutils record: a key a field (readiness' keys
 * too), an entry of a list one field named after the list (Cycle: step: 2,
 * date: 2025-04-10), a literal block continued with "+ ".
 */
static void yaml_to_rec(struct buf *out, const struct buf *rec)
{
	static const struct { const char *list, *field; } lists[] = {
		{ "cycle", "Cycle" }, { "evaluations", "Evaluation" },
		{ "promotion", "Promotion" }, { "training", "Training" },
		{ "targets", "Target" },
	};
	const char *line = rec->s, *nl, *colon;
	const char *list = NULL;
	int block = 0;
	size_t k;

	buf_puts(out, "\n");
	for (; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		if (block && line[0] == ' ' && line[1] == ' ') {
			/* the first line of a block on the field's line */
			if (block++ > 1)
				buf_puts(out, "+ ");
			buf_add(out, line + 2, (size_t)(nl - line) - 2);
			buf_puts(out, "\n");
			continue;
		}
		block = 0;
		if (line[0] == '-' && list) {	/* - {step: 2, date: …} */
			buf_puts(out, list);
			buf_puts(out, ": ");
			buf_add(out, line + 3, (size_t)(nl - line) - 4);
			buf_puts(out, "\n");
			continue;
		}
		while (*line == ' ')
			line++;
		colon = strchr(line, ':');
		if (!colon || colon > nl)
			continue;
		if (colon + 1 == nl) {		/* cycle:, readiness: */
			list = NULL;
			for (k = 0; k < ARRAY_SIZE(lists); k++)
				if (!strncmp(line, lists[k].list, strlen(lists[k].list)) &&
				    line + strlen(lists[k].list) == colon)
					list = lists[k].field;
			continue;
		}
		rec_name(out, line, (size_t)(colon - line));
		buf_puts(out, ": ");
		if (!strncmp(colon + 2, "|-", 2)) {
			block = 1;
			continue;
		}
		rec_value(out, colon + 2, (size_t)(nl - colon - 2));
		buf_puts(out, "\n");
	}
}

/* --- vocabulary ----------------------------------------------------------------- */

static const char *const surnames[] = {
	"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
	"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương",
	"Lương", "Đoàn", "Tạ", "Mai", "Cao", "Lâm",
};
static const char *const middles[] = {
	"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Xuân",
	"Thu", "Kim", "Bảo", "Công", "Đình", "Thành", "Mỹ", "Hoài", "Phước",
};
static const char *const givens[] = {
	"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hường", "Hùng",
	"Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quang",
	"Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Vân", "Yến", "Hoa", "Hiền",
	"Khánh", "Lộc", "Nhung", "Oanh", "Quý", "Sang", "Thủy", "Trinh", "Tùng",
	"Uyên", "Vinh", "Xuyến", "Đạt", "Định", "Ánh", "Ân", "Bích", "Chi",
	"Diệp", "Giang", "Hưng", "Kiên", "Loan", "Minh", "Ngân", "Nhi", "Phát",
	"Quyên", "Thắng", "Thịnh", "Tín", "Trâm", "Tường", "Vy", "Ý",
};
static const char *const brands[] = {
	"Thiên Phúc", "Hồng Vân", "Tuyết Hường", "Minh Tâm", "Phú Quý",
	"Hưng Thịnh", "An Khang", "Thành Đạt", "Kim Ngân", "Bảo Ngọc", "Hòa Bình",
	"Phúc Lộc", "Tân Tiến", "Đồng Tâm", "Quê Hương", "Hương Quê", "Mộc Lan",
	"Trường Sơn", "Sông Trà", "Núi Ấn", "Cù Lao Ré", "Sa Huỳnh", "Thuận Phát",
	"Vạn Phúc", "Ngọc Linh", "Hoàng Gia", "Đại Lộc", "Nhật Minh", "Việt Hương",
	"Xuân Mai", "Hạnh Phúc", "Bình An", "Tâm Đức", "Song Long", "Ba Tơ",
	"Minh Long", "Trà Bồng", "Sơn Hà", "Lý Sơn", "Ngọc Lan", "Kim Phát",
	"Phước Thành", "Thanh Bình", "Hải Đăng", "Mỹ Khê", "Đức Phổ", "Tịnh Phong",
	"Nghĩa Hành", "Tư Nghĩa", "Mộ Đức", "Bình Sơn", "Sơn Tịnh", "Ân Phú",
	"Culaore", "Hoa Sen", "Lúa Vàng", "Cánh Đồng Xanh", "Nắng Mới",
};
static const char *const provinces[] = {
	"Quảng Ngãi", "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ",
	"Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Cao Bằng",
	"Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên",
	"Ninh Bình", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị",
	"Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh",
	"Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
};
static const char *const tax_prefix[] = {
	"43", "01", "03", "02", "04", "18", "33", "62", "56", "55", "49", "48",
	"50", "53", "46", "26", "23", "09", "27", "57", "28", "29", "30", "32",
	"59", "42", "58", "60", "36", "39", "15", "14", "20", "16",
};
static const char *const communes[] = {
	"Tịnh Phong", "Nghĩa Lộ", "Trương Quang Trọng", "Cẩm Thành", "Bình Sơn",
	"Sơn Tịnh", "Tư Nghĩa", "Mộ Đức", "Đức Phổ", "Sa Huỳnh", "Ba Tơ",
	"Minh Long", "Sơn Hà", "Trà Bồng", "Lý Sơn", "An Phú", "Tân Lập",
	"Hòa Bình", "Phú Lộc", "Xuân Phương", "Đông Sơn", "Thạch Thất", "Mai Sơn",
	"Bắc Sơn", "Hòa An", "Yên Thế", "Tân Uyên", "Long Hồ", "Cái Nước",
	"Châu Đốc", "Mỹ Tho", "Bảo Lộc", "Buôn Hồ", "Pleiku",
};
static const char *const hamlets[] = {
	"Thôn An Phú", "Thôn Phú Lộc", "Thôn Trường Thọ", "Thôn Đông", "Thôn Tây",
	"Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn 5", "Tổ 10", "Tổ 7",
	"Bản Lướt", "Bản Mển", "Ấp Bình Thạnh", "Ấp Long Hưng", "Xóm Chùa",
	"Làng Mai", "Khu phố 2", "Khu phố 5",
};
static const char *const streets[] = {
	"Trần Hưng Đạo", "Lê Lợi", "Nguyễn Huệ", "Hai Bà Trưng", "Quang Trung",
	"Phạm Văn Đồng", "Chu Văn An", "Lý Thường Kiệt", "Nguyễn Trãi",
	"Hùng Vương", "Lê Duẩn", "Trường Chinh", "Bà Triệu", "Phan Đình Phùng",
	"Nguyễn Nghiêm", "Điện Biên Phủ",
};
static const char *const coop_trades[] = {
	"Nông nghiệp", "Nông nghiệp dịch vụ", "Chè", "Dược liệu", "Mây tre đan",
	"Rau an toàn", "Thủy sản", "Chăn nuôi", "Nước mắm", "Du lịch cộng đồng",
	"Dệt thổ cẩm", "Quế", "Cà phê", "Mật ong", "Sâm", "Bưởi",
};

/* The product sets of 148/QĐ-TTg: category, and the kinds of products. */
struct set_words {
	int category;		/* 0..5 */
	int weight;		/* share of products, in ‰ of the total weight */
	const char *const *kinds;
	size_t nkinds;
};

#define KINDS(...) (const char *const[]){ __VA_ARGS__ }, \
	ARRAY_SIZE(((const char *const[]){ __VA_ARGS__ }))

static const struct set_words sets[26] = {
	{ 0, 60, KINDS("Bưởi da xanh", "Cam sành", "Xoài cát", "Thanh long ruột đỏ", "Dưa hấu", "Rau má", "Chuối tiêu hồng", "Quýt đường", "Mít Thái", "Sầu riêng", "Măng tây", "Nấm rơm", "Hành tím", "Bơ sáp") },
	{ 0, 40, KINDS("Gà đồi", "Heo đen", "Trứng gà ta", "Cá bống", "Tôm hùm", "Sữa bò tươi", "Vịt xiêm", "Cá lồng bè", "Bò vàng") },
	{ 0, 45, KINDS("Gạo lứt", "Gạo thơm", "Gạo nếp cái hoa vàng", "Đậu phộng", "Mè đen", "Bắp nếp", "Gạo ST25", "Đậu xanh") },
	{ 0, 40, KINDS("Mật ong hoa cà phê", "Mật ong rừng", "Mật mía", "Đường phèn", "Đường phổi", "Mạch nha", "Đường thốt nốt") },
	{ 0, 25, KINDS("Bánh tráng cuốn", "Bún khô", "Phở khô", "Mì Quảng khô", "Cơm cháy chà bông", "Hủ tiếu khô") },
	{ 0, 60, KINDS("Bánh tráng nướng", "Bánh ít lá gai", "Bánh tét", "Bánh đập", "Cốm gạo", "Bánh nổ", "Bánh in", "Kẹo gương", "Bánh phồng") },
	{ 0, 60, KINDS("Mứt gừng", "Tỏi đen", "Chuối sấy", "Hạt điều rang muối", "Mít sấy", "Ớt sấy", "Mứt me", "Khoai lang sấy") },
	{ 0, 90, KINDS("Yến sào", "Yến chưng", "Yến rút lông", "Chả bò", "Chả cá", "Cá cơm khô", "Tôm khô", "Mực một nắng", "Lạp xưởng", "Ruốc tôm", "Nem chua", "Cá bống kho") },
	{ 0, 40, KINDS("Nước mắm", "Nước mắm cá cơm", "Tương ớt", "Nước tương", "Mắm ruốc", "Mắm nêm") },
	{ 0, 35, KINDS("Muối ớt", "Tỏi Lý Sơn", "Tiêu sọ", "Muối tôm", "Hành phi", "Sả sấy") },
	{ 0, 35, KINDS("Chè xanh", "Trà Shan tuyết", "Chè búp", "Trà ô long") },
	{ 0, 40, KINDS("Trà hoa vàng", "Trà atiso", "Trà gừng", "Trà mãng cầu", "Trà sâm dứa", "Trà hoa cúc", "Trà khổ qua") },
	{ 0, 35, KINDS("Cà phê rang xay", "Cà phê hạt", "Ca cao bột", "Sô cô la", "Cà phê chồn") },
	{ 1, 35, KINDS("Rượu Bàu Đá", "Rượu ngô", "Rượu nếp", "Rượu cần", "Rượu men lá") },
	{ 1, 20, KINDS("Rượu sim", "Rượu mơ", "Rượu vang nho", "Rượu chuối hột", "Rượu táo mèo") },
	{ 1, 10, KINDS("Nước khoáng", "Nước uống đóng chai", "Nước suối") },
	{ 1, 25, KINDS("Nước ép chanh dây", "Nước mía", "Sữa hạt sen", "Nước yến", "Nước cốt gừng") },
	{ 2, 35, KINDS("Cao dược liệu", "Viên đông trùng hạ thảo", "Sâm Ngọc Linh", "Tinh bột nghệ", "Cao quế", "Trà túi lọc cà gai leo", "Đông trùng hạ thảo") },
	{ 2, 20, KINDS("Dầu gội bồ kết", "Xà phòng thảo dược", "Son môi dầu gấc", "Kem nghệ", "Sữa tắm thảo mộc") },
	{ 2, 20, KINDS("Tinh dầu quế", "Tinh dầu sả chanh", "Tinh dầu tràm", "Dầu dừa", "Tinh dầu bưởi") },
	{ 3, 40, KINDS("Chiếu cói", "Mây tre đan", "Gốm sứ", "Nón lá", "Tranh gỗ", "Đũa dừa", "Giỏ lục bình", "Đèn lồng") },
	{ 3, 20, KINDS("Thổ cẩm", "Lụa tơ tằm", "Vải dệt Hre", "Khăn dệt", "Áo dài lụa") },
	{ 4, 15, KINDS("Hoa lan", "Hoa cúc", "Hoa mai vàng", "Hoa hồng") },
	{ 4, 15, KINDS("Bonsai", "Cây mai chiếu thủy", "Cây cảnh", "Cây sanh") },
	{ 4, 5, KINDS("Cá cảnh", "Chim cảnh", "Cá Koi") },
	{ 5, 20, KINDS("Du lịch cộng đồng", "Điểm du lịch sinh thái", "Homestay", "Làng nghề du lịch") },
};

static const char *const category_slug[6] = {
	"food", "beverage", "herbal", "handicraft", "ornamental", "tourism",
};
static const char *const category_vi[6] = {
	"Thực phẩm", "Đồ uống", "Dược liệu và sản phẩm từ dược liệu",
	"Hàng thủ công mỹ nghệ", "Sinh vật cảnh",
	"Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
};

static const char *const qualifiers[] = {
	"", "", "", "", "", "loại 1", "hộp 500g", "túi 1kg", "chai 500ml",
	"đặc biệt", "truyền thống", "cao cấp", "hữu cơ", "hũ 200g", "gói 250g",
};

enum kind { K_ENTERPRISE, K_COOPERATIVE, K_COOP_GROUP, K_HOUSEHOLD,
	    K_FACILITY, K_INDIVIDUAL };
static const char *const kind_slug[] = {
	"enterprise", "cooperative", "cooperative-group", "household",
	"facility", "individual",
};
static const char *const kind_vi[] = {
	"Doanh nghiệp", "Hợp tác xã", "Tổ hợp tác", "Hộ kinh doanh",
	"Cơ sở sản xuất", "Cá nhân",
};

static const char *const courses[] = {
	"Tập huấn kiến thức OCOP năm %d",
	"Tập huấn thương mại điện tử năm %d",
	"Tập huấn xây dựng thương hiệu sản phẩm năm %d",
	"Tập huấn truy xuất nguồn gốc, tem điện tử năm %d",
	"Tập huấn hoàn thiện hồ sơ đánh giá OCOP năm %d",
};
static const char *const step_notes[] = {
	"Phương án số %d", "Hồ sơ gửi Hội đồng tỉnh", "Hoàn thiện bao bì, nhãn mác",
	"Đăng ký ý tưởng đợt %d", "Triển khai theo phương án số %d/PA",
	"Bổ sung hồ sơ công bố chất lượng", "Chuẩn bị đánh giá: mẫu sản phẩm gửi ngày %d",
};
static const char *const fairs[] = {
	"Hội chợ OCOP %s %d", "Hội chợ Nông sản và OCOP %s %d",
	"Tuần lễ giới thiệu sản phẩm OCOP %s %d", "Lễ hội trái cây %s %d",
};
static const char *const platforms[] = {
	"Shopee", "Tiki", "Lazada", "Sendo", "TikTok Shop", "Postmart", "Voso",
};
static const char *const shops[] = {
	"Điểm bán sản phẩm OCOP tỉnh %s", "Cửa hàng OCOP %s",
	"Trung tâm giới thiệu sản phẩm OCOP %s",
};
static const char *const media[] = {
	"Phóng sự truyền hình tỉnh %s", "Báo %s điện tử",
	"Chương trình Sản phẩm OCOP quê tôi",
};
static const char *const product_notes[] = {
	"Sản phẩm chủ lực của địa phương.",
	"Đang hoàn thiện hồ sơ nâng hạng; cần hỗ trợ mã vạch.",
	"Nguyên liệu: vùng trồng %s, đạt chuẩn VietGAP.",
	"Xuất khẩu thử nghiệm sang Nhật Bản năm %d.",
	"Chủ thể đề nghị hỗ trợ bao bì.\nĐã đăng ký nhãn hiệu tháng %d.",
	"Sản phẩm tham gia hội chợ: 3 lần.\nCần hỗ trợ xúc tiến thương mại.\nLiên hệ: phòng Kinh tế.",
	"Ghi chú của cán bộ phụ trách: kiểm tra lại #%d",
};
static const char *const producer_notes[] = {
	"Chủ thể tích cực tham gia Chương trình OCOP.",
	"Hai sản phẩm OCOP 3 sao.\nBán tại cửa hàng OCOP của tỉnh.",
	"Đề nghị hỗ trợ vốn vay ưu đãi năm %d.",
	"Đã chuyển địa chỉ sau khi sắp xếp đơn vị hành chính: xem old_address.",
};

#define ID_MAX 80

/* --- producers ------------------------------------------------------------------- */

struct producer {
	char *id;
	char *name;
	const char *brand;
	int province;
	enum kind kind;
	char tax[20];
};

static struct producer *producers;
static size_t nproducers;
static struct strset ids;

static void person(char *out, size_t n)
{
	const char *sur = PICK(surnames), *mid = PICK(middles);
	const char *given = PICK(givens);

	snprintf(out, n, "%s %s %s", sur, mid, given);
}

static void address(struct buf *b, int province)
{
	if (chance(40)) {
		int no = rnd_in(1, 320);
		const char *street = PICK(streets), *ward = PICK(communes);

		buf_printf(b, "Số %d đường %s, phường %s, tỉnh %s", no, street,
			   ward, provinces[province]);
	} else {
		const char *hamlet = PICK(hamlets), *commune = PICK(communes);

		buf_printf(b, "%s, xã %s, tỉnh %s", hamlet, commune,
			   provinces[province]);
	}
}

/*
 * A unique id from name (at most 56 bytes, then "-2", "-3", …); the name
 * gets the same number when its id is taken, so that names are unique too.
 */
static char *unique_name(char *name, size_t cap, char *id)
{
	size_t base = strlen(name);
	char stem[57];
	int k;

	slug(name, stem, sizeof(stem) - 1);
	snprintf(id, ID_MAX, "%s", stem);
	for (k = 2; !strset_add(&ids, id); k++) {
		snprintf(name + base, cap - base, " %d", k);
		snprintf(id, ID_MAX, "%s-%d", stem, k);
	}
	return name;
}

/* The last 8 digits of the i-th tax code: a bijection, so never twice. */
static unsigned long tax_tail(size_t i)
{
	return (unsigned long)((i * 7919UL + 1234567UL) % 100000000UL);
}

static void make_producer(size_t i, struct producer *p)
{
	char name[200], who[80], id[ID_MAX];
	int r = rnd(100);

	p->province = chance(25) ? 0 : rnd((int)ARRAY_SIZE(provinces));
	p->brand = PICK(brands);
	p->kind = r < 20 ? K_ENTERPRISE : r < 38 ? K_COOPERATIVE :
		  r < 43 ? K_COOP_GROUP : r < 83 ? K_HOUSEHOLD :
		  r < 95 ? K_FACILITY : K_INDIVIDUAL;
	const char *trade, *place;

	person(who, sizeof(who));
	switch (p->kind) {
	case K_ENTERPRISE:
		snprintf(name, sizeof(name), "%s %s",
			 PICK(((const char *const[]){ "Công ty TNHH", "Công ty TNHH MTV",
				"Công ty Cổ phần", "Công ty TNHH XNK", "Doanh nghiệp tư nhân" })),
			 p->brand);
		break;
	case K_COOPERATIVE:
		trade = PICK(coop_trades);
		place = PICK(communes);
		snprintf(name, sizeof(name), "Hợp tác xã %s %s", trade, place);
		break;
	case K_COOP_GROUP:
		trade = PICK(coop_trades);
		place = PICK(communes);
		snprintf(name, sizeof(name), "Tổ hợp tác %s %s", trade, place);
		break;
	case K_HOUSEHOLD:
		snprintf(name, sizeof(name), "Hộ kinh doanh %s", who);
		break;
	case K_FACILITY:
		snprintf(name, sizeof(name), "Cơ sở sản xuất %s", p->brand);
		break;
	case K_INDIVIDUAL:
		snprintf(name, sizeof(name), "%s", who);
		break;
	}
	unique_name(name, sizeof(name), id);
	p->id = xstrdup(id);
	p->name = xstrdup(name);
	p->tax[0] = 0;
	if (p->kind <= K_COOPERATIVE || chance(p->kind == K_HOUSEHOLD ? 50 : 20)) {
		unsigned long tail = tax_tail(i);

		if (p->kind == K_ENTERPRISE && chance(3))
			snprintf(p->tax, sizeof(p->tax), "%s%08lu-%03d",
				 tax_prefix[p->province], tail, rnd_in(1, 20));
		else
			snprintf(p->tax, sizeof(p->tax), "%s%08lu",
				 tax_prefix[p->province], tail);
	}
}

static void write_producer(const struct producer *p, struct buf *b,
			   struct buf *rec)
{
	char who[80], v[300];
	struct buf addr = { 0 }, old = { 0 };
	int ntrain = rnd(100) < 30 ? 0 : rnd_in(1, 3), t, year, month;

	buf_reset(b);
	buf_printf(b, "id: %s\n", p->id);
	put_key(b, "", "name", p->name);
	buf_printf(b, "kind: %s\n", kind_slug[p->kind]);
	if (p->tax[0])
		put_code(b, "", "tax_code", p->tax);
	if (p->kind == K_ENTERPRISE || p->kind == K_COOPERATIVE || chance(30)) {
		person(who, sizeof(who));
		put_key(b, "", "representative", who);
	}
	if (chance(70)) {
		int landline = chance(50), x = rnd(1000), y = rnd(1000);
		int z = landline ? rnd_in(203, 299) : rnd(100);

		if (landline)
			snprintf(v, sizeof(v), "0%d %d %03d", z, 3000 + x, y);
		else
			snprintf(v, sizeof(v), "09%02d %03d %03d", z, x, y);
		put_code(b, "", "phone", v);
	}
	address(&addr, p->province);
	put_key(b, "", "address", addr.s);
	if (chance(30)) {
		address(&old, p->province);
		put_key(b, "", "old_address", old.s);
	}
	if (ntrain) {
		buf_puts(b, "training:\n");
		year = 2022;
		for (t = 0; t < ntrain; t++) {
			year += rnd_in(0, 1);
			if (year > 2025)
				break;
			month = rnd_in(3, 11);
			snprintf(v, sizeof(v), PICK(courses), year);
			buf_printf(b, "- {date: %04d-%02d-%02d, course: ", year, month,
				   rnd_in(1, 28));
			put_str(b, v, 1);
			buf_puts(b, "}\n");
			year++;
		}
	}
	if (chance(15)) {
		const char *fmt = PICK(producer_notes);

		snprintf(v, sizeof(v), fmt, rnd_in(2023, 2025));
		put_key(b, "", "notes", v);
	}

	if (rec)
		yaml_to_rec(rec, b);
	free(addr.s);
	free(old.s);
}

/* --- products --------------------------------------------------------------------- */

struct step {
	int step;
	day_t date;
	int rejected;
	char note[120];
};

struct eval {
	int level;			/* 0 ward, 1 province, 2 central, 3 district */
	day_t date;
	char report[32];
	int fail;			/* -1: all pass; else the criterion failed */
	int score2[3];			/* half-points; score2[0] < 0: no score */
	int stars;
	char decision[40];
	char authority[80];
	day_t revoked;			/* 0: not */
	char revoke_decision[40];
	char note[120];
};

struct product {
	char id[ID_MAX];
	char name[200];
	const struct producer *producer;
	int set;			/* 1..26 */
	int has_set;
	int idea;
	struct step steps[16];
	int nsteps;
	struct eval evals[8];
	int nevals;
	int stars_now;			/* the stars in force on TODAY, 0 none */
	const char *status;
};

static day_t last_date(const struct product *p)
{
	return p->nsteps ? p->steps[p->nsteps - 1].date : 0;
}

static int cur_step(const struct product *p)
{
	return p->nsteps ? p->steps[p->nsteps - 1].step : 0;
}

static void add_step(struct product *p, int step, day_t d, int rejected)
{
	struct step *s;

	if (p->nsteps == (int)ARRAY_SIZE(p->steps))
		die("too many steps");
	s = &p->steps[p->nsteps++];
	s->step = step;
	s->date = d;
	s->rejected = rejected;
	s->note[0] = 0;
	if (chance(12)) {
		const char *fmt = PICK(step_notes);

		snprintf(s->note, sizeof(s->note), fmt, rnd_in(1, 40));
	}
}

/* A date from d, later by lo..hi days (of 28-day months), at most until. */
static day_t later(day_t d, int lo, int hi, day_t until)
{
	day_t t = d + rnd_in(lo, hi);

	return t > until ? (until > d ? until : d) : t;
}

static struct eval *add_eval(struct product *p, int level, day_t d)
{
	struct eval *e;

	if (p->nevals == (int)ARRAY_SIZE(p->evals))
		die("too many evaluations");
	e = &p->evals[p->nevals++];
	memset(e, 0, sizeof(*e));
	e->level = level;
	e->date = d;
	e->fail = -1;
	e->score2[0] = -1;
	return e;
}

static void ward_eval(struct product *p, day_t d, int fail)
{
	struct eval *e = add_eval(p, 0, d);

	snprintf(e->report, sizeof(e->report), "%d/BC-UBND", rnd_in(1, 250));
	e->fail = fail;
	if (fail >= 0 && chance(50)) {
		int day = rnd_in(1, 28), month = rnd_in(1, 12);

		snprintf(e->note, sizeof(e->note),
			 "Chưa đạt tiêu chí; đề nghị bổ sung hồ sơ trước ngày %d/%d",
			 day, month);
	}
}

/* Parts' maxima under 1048/QĐ-TTg and 148/QĐ-TTg. */
static const int max_1048[3] = { 35, 25, 40 };
static const int max_148[3] = { 40, 25, 35 };

/* A score in half-points whose total gives the stars. */
static void make_score(int score2[3], int stars, const int max[3])
{
	static const int lo[6] = { 0, 0, 60, 100, 140, 180 };
	static const int hi[6] = { 0, 59, 99, 139, 179, 200 };
	int total = rnd_in(lo[stars], hi[stars]), i, rest;

	for (i = 0; i < 2; i++) {
		int v = max[i] * 2 * total / 200 + rnd_in(-3, 3);

		score2[i] = v < 0 ? 0 : v > max[i] * 2 ? max[i] * 2 : v;
	}
	rest = total - score2[0] - score2[1];
	/* Move what part C cannot hold to A and B, or take it back. */
	for (i = 0; rest > max[2] * 2 && i < 2; i++) {
		int room = max[i] * 2 - score2[i], take = rest - max[2] * 2;

		if (take > room)
			take = room;
		score2[i] += take;
		rest -= take;
	}
	for (i = 0; rest < 0 && i < 2; i++) {
		int take = -rest < score2[i] ? -rest : score2[i];

		score2[i] -= take;
		rest += take;
	}
	score2[2] = rest;
}

/*
 * The council's decision on day d, for a product at step 5 since before
 * d; from 2025-07-06 the ward assesses first.  stars 1–2: a score
 * without a recognition.
 */
static struct eval *council(struct product *p, day_t d, int stars)
{
	struct eval *e;
	const int *max = d < RULES_148 ? max_1048 : max_148;

	if (d >= RULES_1489) {
		day_t w = d - rnd_in(5, 30);

		if (w < last_date(p))
			w = last_date(p);
		if (p->nevals && w < p->evals[p->nevals - 1].date)
			w = p->evals[p->nevals - 1].date;
		ward_eval(p, w, -1);
	}
	/* under 148, until 1489, the district recognised 3 stars */
	e = add_eval(p, stars == 5 ? 2 : stars == 3 && d >= RULES_148 &&
		     d < RULES_1489 ? 3 : 1, d);
	make_score(e->score2, stars, max);
	e->stars = stars;
	if (stars >= 3) {
		if (stars == 5) {
			snprintf(e->decision, sizeof(e->decision), "%d/QĐ-BNN-VPĐP",
				 rnd_in(100, 5999));
			snprintf(e->authority, sizeof(e->authority), "%s",
				 d >= mkday(2025, 3, 1) ? "Bộ Nông nghiệp và Môi trường" :
				 "Bộ Nông nghiệp và Phát triển nông thôn");
		} else {
			snprintf(e->decision, sizeof(e->decision), "%d/QĐ-UBND",
				 rnd_in(100, 3999));
			int prov = p->producer->province;

			/* provinces[1..6] are cities under the centre */
			if (e->level == 3)
				snprintf(e->authority, sizeof(e->authority),
					 "UBND huyện số %d", rnd_in(1, 20));
			else
				snprintf(e->authority, sizeof(e->authority), "UBND %s %s",
					 prov >= 1 && prov <= 6 ? "thành phố" : "tỉnh",
					 provinces[prov]);
		}
	} else if (chance(50)) {
		snprintf(e->note, sizeof(e->note), "Chưa đạt %d sao; hoàn thiện để đánh giá lại",
			 3);
	}
	return e;
}

static int rnd_stars(void)
{
	int r = rnd(100);

	return r < 62 ? 3 : r < 93 ? 4 : 5;
}

/* Walk a product from its current step to step `to`, one step or more. */
static void walk_to(struct product *p, int to, day_t until)
{
	while (cur_step(p) < to) {
		int next = cur_step(p) + 1;

		if (!p->idea && next < to && chance(25))
			next = to;	/* an existing product may skip ahead */
		add_step(p, next, later(last_date(p), 10, 120, until), 0);
	}
}

static void start(struct product *p, day_t d)
{
	int r = rnd(100);

	if (p->idea)
		add_step(p, r < 30 ? 1 : 2, d, 0);
	else
		add_step(p, r < 55 ? 2 : r < 75 ? 3 : r < 88 ? 4 : 5, d, 0);
}

/* Certified in force on day c: step 5, the council, then promotion. */
static void recognise(struct product *p, day_t c, int stars, int then_promote)
{
	day_t d5;

	if (cur_step(p) < 5) {
		d5 = c - rnd_in(20, 150);
		if (d5 < last_date(p))
			d5 = last_date(p);
		/* walk to 4 before d5, then 5 on d5 */
		walk_to(p, 4, d5);
		add_step(p, 5, d5, 0);
	}
	council(p, c, stars);
	if (then_promote && c + 1 <= LAST_DAY)
		add_step(p, 6, later(c, 1, 60, LAST_DAY), 0);
}

/* The stars in force today, and the status (ocop-product(1)). */
static void derive(struct product *p)
{
	const struct eval *rec = NULL;
	int i;

	for (i = 0; i < p->nevals; i++)
		if (p->evals[i].level && p->evals[i].stars >= 3 &&
		    p->evals[i].decision[0])
			rec = &p->evals[i];
	p->stars_now = 0;
	if (rec) {
		day_t end = rec->date + MONTHS(36);

		if (rec->revoked) {
			p->status = "revoked";
		} else if (end <= TODAY) {
			p->status = "expired";
		} else {
			p->stars_now = rec->stars;
			p->status = civil_days(end) - civil_days(TODAY) <= 90 ?
				    "expiring" : "certified";
		}
		return;
	}
	if (p->steps[p->nsteps - 1].rejected)
		p->status = "rejected";
	else if (p->idea && cur_step(p) <= 2)
		p->status = "idea";
	else
		p->status = "in-progress";
}

static void make_product(struct product *p)
{
	char name[200], id[ID_MAX];
	int w = 0, r, s, total = 0, stars;
	day_t c, d;

	memset(p, 0, sizeof(*p));
	p->producer = &producers[rnd((int)nproducers)];
	for (s = 0; s < 26; s++)
		total += sets[s].weight;
	r = rnd(total);
	for (s = 0; s < 26; s++) {
		w += sets[s].weight;
		if (r < w)
			break;
	}
	p->set = s + 1;
	p->has_set = chance(85);
	{
		const char *kind = sets[s].kinds[rnd((int)sets[s].nkinds)];
		const char *by = chance(70) ? p->producer->brand : PICK(communes);

		snprintf(name, sizeof(name), "%s %s", kind, by);
	}
	{
		const char *q = PICK(qualifiers);

		if (*q) {
			strcat(name, " ");
			strcat(name, q);
		}
	}
	unique_name(name, sizeof(name), id);
	snprintf(p->id, sizeof(p->id), "%s", id);
	snprintf(p->name, sizeof(p->name), "%s", name);

	/* What the product's story is (ocop-cycle(1), ocop-rate(1)). */
	r = rnd(1000);
	if (r < 80) {			/* a new idea at step 1 or 2 */
		p->idea = 1;
		start(p, rnd_date(2025, 2025, 1, 11));
		if (cur_step(p) == 1 && chance(50))
			walk_to(p, 2, LAST_DAY);
	} else if (r < 200) {		/* in progress, step 3 or 4 */
		p->idea = chance(40);
		start(p, rnd_date(2023, 2025, 1, 6));
		walk_to(p, rnd_in(3, 4), LAST_DAY);
	} else if (r < 260) {		/* at step 5, waiting for the council */
		p->idea = chance(30);
		start(p, rnd_date(2025, 2025, 1, 4));
		walk_to(p, 5, mkday(2025, 9, 28));
		d = later(last_date(p), 5, 40, LAST_DAY);
		ward_eval(p, d, chance(35) ? rnd(4) : -1);
	} else if (r < 310) {		/* a rejected idea */
		p->idea = 1;
		start(p, rnd_date(2022, 2025, 1, 5));
		walk_to(p, rnd_in(2, 4), LAST_DAY);
		add_step(p, 2, later(last_date(p), 5, 60, LAST_DAY), 1);
		if (year_of(last_date(p)) < 2025 && chance(50)) {
			/* registered again the next year */
			int next = year_of(last_date(p)) + 1;

			add_step(p, 2, rnd_date(next, next, 1, 6), 0);
			if (chance(50))
				walk_to(p, 3, LAST_DAY);
		}
	} else if (r < 330) {		/* scored 1–2 stars: not recognised */
		p->idea = chance(30);
		c = rnd_date(2023, 2025, 1, 11);
		start(p, c - MONTHS(rnd_in(8, 20)));
		recognise(p, c, rnd_in(1, 2), 0);
	} else if (r < 800) {		/* certified, in force or expiring */
		p->idea = chance(25);
		c = mkday(2022, 12, 1) + rnd(TODAY - mkday(2022, 12, 1) - 20);
		start(p, c - MONTHS(rnd_in(6, 18)));
		stars = rnd_stars();
		recognise(p, c, stars, chance(80));
	} else if (r < 880) {		/* recognised in 2022: expired */
		p->idea = chance(25);
		c = rnd_date(2022, 2022, 1, 11);
		start(p, c - MONTHS(rnd_in(6, 18)));
		stars = rnd_stars();
		recognise(p, c, stars, chance(85));
	} else if (r < 960) {		/* renewed or upgraded */
		stars = rnd_in(3, 4);
		p->idea = chance(25);
		c = rnd_date(2022, 2022, 1, 12);
		start(p, c - MONTHS(rnd_in(6, 14)));
		recognise(p, c, stars, 1);
		/* back to step 5, two to three years on */
		d = c + MONTHS(rnd_in(24, 33));
		if (d < last_date(p))
			d = last_date(p);
		if (d > mkday(2025, 9, 1))
			d = mkday(2025, 9, 1);
		add_step(p, 5, d, 0);
		c = later(d, 20, 70, LAST_DAY - 30);
		if (chance(40) && stars < 5)
			stars++;	/* an upgrade (nâng hạng) */
		recognise(p, c, stars, chance(60));
	} else {			/* revoked */
		p->idea = chance(25);
		c = rnd_date(2022, 2024, 1, 12);
		start(p, c - MONTHS(rnd_in(6, 18)));
		stars = rnd_in(3, 4);
		recognise(p, c, stars, chance(80));
		{
			struct eval *e = &p->evals[p->nevals - 1];

			e->revoked = later(c, 60, 600, LAST_DAY);
			snprintf(e->revoke_decision, sizeof(e->revoke_decision),
				 "%d/QĐ-UBND", rnd_in(100, 3999));
		}
	}
	derive(p);
}

static void put_half(struct buf *b, int v2)
{
	if (v2 % 2)
		buf_printf(b, "%d.5", v2 / 2);
	else
		buf_printf(b, "%d", v2 / 2);
}

static const char *const criteria[4] = {
	"local_origin", "local_labour", "idea_origin", "local_identity",
};
static const char *const level_slug[4] = { "ward", "province", "central", "district" };

static void gtin(char out[14])
{
	int i, sum = 0;

	snprintf(out, 14, "893%09d", rnd(1000000000));
	for (i = 0; i < 12; i++)
		sum += (out[i] - '0') * (i % 2 ? 3 : 1);
	out[12] = (char)('0' + (10 - sum % 10) % 10);
	out[13] = 0;
}

static void write_product(const struct product *p, struct buf *b,
			  struct buf *rec)
{
	char d[DAY_MAX], e2[DAY_MAX], v[300];
	int i, k, cat = sets[p->set - 1].category;
	day_t d6 = 0;

	buf_reset(b);
	buf_printf(b, "id: %s\n", p->id);
	put_key(b, "", "name", p->name);
	buf_printf(b, "producer: %s\n", p->producer->id);
	buf_printf(b, "category: %s\n", category_slug[cat]);
	if (p->has_set)
		buf_printf(b, "set: %d\n", p->set);
	buf_printf(b, "origin: %s\n", p->idea ? "idea" : "existing");
	buf_puts(b, "cycle:\n");
	for (i = 0; i < p->nsteps; i++) {
		const struct step *s = &p->steps[i];

		fmt_day(s->date, d);
		buf_printf(b, "- {step: %d, date: %s", s->step, d);
		if (s->rejected)
			buf_puts(b, ", rejected: true");
		if (s->note[0]) {
			buf_puts(b, ", note: ");
			put_str(b, s->note, 1);
		}
		buf_puts(b, "}\n");
		if (s->step == 6)
			d6 = s->date;
	}
	if (p->nevals)
		buf_puts(b, "evaluations:\n");
	for (i = 0; i < p->nevals; i++) {
		const struct eval *e = &p->evals[i];

		fmt_day(e->date, d);
		buf_printf(b, "- {level: %s, date: %s", level_slug[e->level], d);
		if (e->report[0]) {
			buf_puts(b, ", report: ");
			put_str(b, e->report, 1);
		}
		if (e->level == 0) {
			buf_puts(b, ", criteria: {");
			for (k = 0; k < 4; k++)
				buf_printf(b, "%s%s: %s", k ? ", " : "", criteria[k],
					   k == e->fail ? "fail" : "pass");
			buf_puts(b, "}");
		} else {
			buf_printf(b, ", basis: '%s'", e->date < RULES_148 ?
				   "1048/QĐ-TTg" : "148/QĐ-TTg");
			if (e->score2[0] >= 0) {
				buf_puts(b, ", score: {a: ");
				put_half(b, e->score2[0]);
				buf_puts(b, ", b: ");
				put_half(b, e->score2[1]);
				buf_puts(b, ", c: ");
				put_half(b, e->score2[2]);
				buf_puts(b, "}");
			}
			buf_printf(b, ", stars: %d", e->stars);
			if (e->decision[0]) {
				buf_puts(b, ", decision: ");
				put_str(b, e->decision, 1);
			}
			if (e->authority[0]) {
				buf_puts(b, ", authority: ");
				put_str(b, e->authority, 1);
			}
			if (e->stars >= 3 && e->decision[0]) {
				fmt_day(e->date + MONTHS(36), e2);
				buf_printf(b, ", expires: %s", e2);
			}
			if (e->revoked) {
				fmt_day(e->revoked, e2);
				buf_printf(b, ", revoked: %s, revoke_decision: ", e2);
				put_str(b, e->revoke_decision, 1);
			}
		}
		if (e->note[0]) {
			buf_puts(b, ", note: ");
			put_str(b, e->note, 1);
		}
		buf_puts(b, "}\n");
	}
	if (d6 && chance(85)) {
		int n = rnd_in(1, 3);
		day_t t = d6;

		buf_puts(b, "promotion:\n");
		for (i = 0; i < n && t <= LAST_DAY; i++) {
			static const char *const kinds[] = {
				"fair", "fair", "ecommerce", "ecommerce", "shop", "media", "other",
			};
			const char *kind = PICK(kinds);
			const char *prov = provinces[chance(50) ? 0 : rnd((int)ARRAY_SIZE(provinces))];

			fmt_day(t, d);
			if (!strcmp(kind, "fair"))
				snprintf(v, sizeof(v), PICK(fairs), prov, year_of(t));
			else if (!strcmp(kind, "ecommerce"))
				snprintf(v, sizeof(v), "%s", PICK(platforms));
			else if (!strcmp(kind, "shop"))
				snprintf(v, sizeof(v), PICK(shops), prov);
			else if (!strcmp(kind, "media"))
				snprintf(v, sizeof(v), PICK(media), prov);
			else
				snprintf(v, sizeof(v), "Hội nghị kết nối cung cầu %d", year_of(t));
			buf_printf(b, "- {date: %s, kind: %s, name: ", d, kind);
			put_str(b, v, 1);
			buf_puts(b, "}\n");
			t = later(t, 20, 200, LAST_DAY + 1);
		}
	}
	if (cur_step(p) >= 4 || p->nevals) {
		char code[14];
		int any = 0;

		gtin(code);
		buf_puts(b, "readiness:\n");
		if (chance(75))
			put_code(b, "  ", "barcode", code), any = 1;
		if (chance(70))
			buf_printf(b, "  traceability: %s\n", chance(80) ? "true" : "false"), any = 1;
		if (chance(70))
			buf_printf(b, "  quality_declaration: %s\n", chance(85) ? "true" : "false"), any = 1;
		if (cat <= 2 && chance(70))
			buf_printf(b, "  food_safety: %s\n", chance(85) ? "true" : "false"), any = 1;
		if (chance(50) || !any)
			put_key(b, "  ", "trademark", p->producer->brand);
	}
	if (chance(18)) {
		const char *fmt = PICK(product_notes);

		if (strstr(fmt, "%s"))
			snprintf(v, sizeof(v), fmt, PICK(communes));
		else
			snprintf(v, sizeof(v), fmt, rnd_in(2, 12));
		put_key(b, "", "notes", v);
	}

	if (rec) {
		/* with what ocop derives, for recsel to count */
		yaml_to_rec(rec, b);
		snprintf(v, sizeof(v), "%d", p->stars_now);
		rec_field(rec, "Stars", v);
		rec_field(rec, "Status", p->status);
	}
}

/* --- files -------------------------------------------------------------------------- */

static void write_file(const char *path, const struct buf *b)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0 || write(fd, b->s, b->len) != (ssize_t)b->len || close(fd))
		die("%s: %s", path, strerror(errno));
}

static void mkdir_p(const char *path)
{
	if (mkdir(path, 0755) && errno != EEXIST)
		die("%s: %s", path, strerror(errno));
}

static const char office[] =
	"ward: phường Nghĩa Lộ\n"
	"province: Quảng Ngãi\n"
	"authority: UBND phường Nghĩa Lộ\n"
	"department: Phòng Kinh tế, Hạ tầng và Đô thị\n"
	"lang: vi\n"
	"targets:\n"
	"- {year: 2024, new_products_min: 2, new_products_max: 4, trained_percent: 100, fairs_min: 1, fairs_max: 2}\n"
	"- {year: 2025, new_products_min: 3, new_products_max: 5, trained_percent: 100, fairs_min: 1, fairs_max: 2}\n"
	"notes: 'Dữ liệu sinh tự động cho make bench (bench/gen.c); không phải dữ liệu thật.'\n";

/* One row of the CSV register: a product recognised, as a province lists it. */
static void csv_cell(struct buf *b, const char *v, int last)
{
	if (strpbrk(v, ";\"\n")) {
		buf_puts(b, "\"");
		for (; *v; v++) {
			if (*v == '"')
				buf_puts(b, "\"");
			buf_add(b, v, 1);
		}
		buf_puts(b, "\"");
	} else {
		buf_puts(b, v);
	}
	buf_puts(b, last ? "\r\n" : ";");
}

static void usage(void)
{
	fputs("usage: gen -n PRODUCTS [-s SEED] -o DIR [-r FILE.rec] [-y FILE.yaml] "
	      "[-c FILE.csv [-R ROWS]] [-i IDS_PREFIX] [-W WARDS]\n", stderr);
	exit(2);
}

/* The 34 provinces and cities since the 2025 merger. */
#define COUNTRY_PROVINCES 34

static long nwards;	/* -W: a country of this many ward directories */

/* The directory of ward w of the country (DIR itself without -W). */
static void ward_dir(struct buf *out, const char *dir, long w)
{
	buf_reset(out);
	if (!nwards)
		buf_printf(out, "%s", dir);
	else
		buf_printf(out, "%s/wards/p%02ld/w%04ld", dir,
			   w * COUNTRY_PROVINCES / nwards + 1, w + 1);
}

/* The ward of producer i: the producers are shared out in order. */
static long ward_of(size_t i)
{
	return nwards ? (long)(i * (size_t)nwards / nproducers) : 0;
}

/* A directory of records: its folders and what ocop init writes beside. */
static void make_skeleton(const char *d, const char *office_text)
{
	struct buf path = { 0 }, b = { 0 };

	mkdir_p(d);
	buf_printf(&path, "%s/producers", d);
	mkdir_p(path.s);
	buf_reset(&path);
	buf_printf(&path, "%s/products", d);
	mkdir_p(path.s);
	buf_puts(&b, office_text);
	buf_reset(&path);
	buf_printf(&path, "%s/ocop.yaml", d);
	write_file(path.s, &b);
	buf_reset(&b);
	buf_puts(&b, "*.yaml text eol=lf\n");
	buf_reset(&path);
	buf_printf(&path, "%s/.gitattributes", d);
	write_file(path.s, &b);
	buf_reset(&b);
	buf_puts(&b, "/.ocop.lock\n.*.tmp-*\n");
	buf_reset(&path);
	buf_printf(&path, "%s/.gitignore", d);
	write_file(path.s, &b);
	buf_reset(&b);
	buf_reset(&path);
	buf_printf(&path, "%s/.ocop.lock", d);
	write_file(path.s, &b);
	free(path.s);
	free(b.s);
}

/* The country's wards: the province directory's ocop.yaml, and each ward's. */
static void make_country(const char *dir)
{
	struct buf office_text = { 0 }, d = { 0 };
	long w;

	mkdir_p(dir);
	buf_printf(&d, "%s/wards", dir);
	mkdir_p(d.s);
	for (w = 0; w < COUNTRY_PROVINCES; w++) {
		buf_reset(&d);
		buf_printf(&d, "%s/wards/p%02ld", dir, w + 1);
		mkdir_p(d.s);
	}
	buf_puts(&office_text, "province: Cả nước\nunit: province\n"
		 "authority: Văn phòng Điều phối nông thôn mới Trung ương\n"
		 "lang: vi\nwards:\n");
	for (w = 0; w < nwards; w++)
		buf_printf(&office_text, "- {name: p%02ld-w%04ld, path: wards/p%02ld/w%04ld}\n",
			   w * COUNTRY_PROVINCES / nwards + 1, w + 1,
			   w * COUNTRY_PROVINCES / nwards + 1, w + 1);
	buf_puts(&office_text, "notes: 'Dữ liệu sinh tự động cho make bench (bench/gen.c); không phải dữ liệu thật.'\n");
	buf_reset(&d);
	buf_printf(&d, "%s/ocop.yaml", dir);
	write_file(d.s, &office_text);
	for (w = 0; w < nwards; w++) {
		buf_reset(&office_text);
		buf_printf(&office_text, "ward: phường Số %ld\nprovince: Tỉnh số %ld\n"
			   "unit: ward\nlang: vi\n", w + 1,
			   w * COUNTRY_PROVINCES / nwards + 1);
		ward_dir(&d, dir, w);
		make_skeleton(d.s, office_text.s);
	}
	free(office_text.s);
	free(d.s);
}

int main(int argc, char **argv)
{
	const char *dir = NULL, *recpath = NULL, *yamlpath = NULL;
	const char *csvpath = NULL, *idsprefix = NULL;
	long nproducts = 0, rows = -1;
	uint64_t seed = 20251201;
	struct buf b = { 0 }, rec = { 0 }, all = { 0 }, path = { 0 };
	struct buf adv = { 0 }, setids = { 0 }, prodids = { 0 }, wd = { 0 };
	struct product *p;
	size_t i;
	int opt, nadv = 0;

	while ((opt = getopt(argc, argv, "n:s:o:r:y:c:R:i:W:")) != -1) {
		switch (opt) {
		case 'n': nproducts = strtol(optarg, NULL, 10); break;
		case 's': seed = strtoull(optarg, NULL, 10); break;
		case 'o': dir = optarg; break;
		case 'r': recpath = optarg; break;
		case 'y': yamlpath = optarg; break;
		case 'c': csvpath = optarg; break;
		case 'R': rows = strtol(optarg, NULL, 10); break;
		case 'i': idsprefix = optarg; break;
		case 'W': nwards = strtol(optarg, NULL, 10); break;
		default: usage();
		}
	}
	if (nproducts < 1 || !dir || optind != argc || nwards < 0)
		usage();
	fold_init();
	rng_state = seed;
	nproducers = (size_t)(nproducts * 6 + 5) / 10;
	if (!nproducers)
		nproducers = 1;
	strset_init(&ids, nproducers + (size_t)nproducts + 16);

	if (nwards && (size_t)nwards > nproducers)
		die("-W %ld: more wards than the %zu producers", nwards, nproducers);
	if (nwards)
		make_country(dir);
	else
		make_skeleton(dir, office);

	if (yamlpath) {
		buf_puts(&all, "office:\n");
		{
			const char *line = office, *nl;

			while ((nl = strchr(line, '\n'))) {
				buf_puts(&all, "  ");
				buf_add(&all, line, (size_t)(nl - line) + 1);
				line = nl + 1;
			}
		}
		buf_puts(&all, "producers:\n");
	}
	if (recpath)
		buf_puts(&rec, "%rec: Producer\n%key: Id\n");

	producers = xmalloc(nproducers * sizeof(*producers));
	for (i = 0; i < nproducers; i++) {
		make_producer(i, &producers[i]);
		write_producer(&producers[i], &b, recpath ? &rec : NULL);
		buf_reset(&path);
		ward_dir(&wd, dir, ward_of(i));
		buf_printf(&path, "%s/producers/%s.yaml", wd.s, producers[i].id);
		write_file(path.s, &b);
		if (yamlpath)
			yaml_entry(&all, &b);
		if (idsprefix && producers[i].tax[0] && i % 97 == 0)
			buf_printf(&prodids, "%s\n", producers[i].id);
	}

	if (yamlpath)
		buf_puts(&all, "products:\n");
	if (recpath)
		buf_puts(&rec, "\n%rec: Product\n%key: Id\n");
	p = xmalloc(sizeof(*p));
	for (i = 0; i < (size_t)nproducts; i++) {
		make_product(p);
		write_product(p, &b, recpath ? &rec : NULL);
		buf_reset(&path);
		ward_dir(&wd, dir, ward_of((size_t)(p->producer - producers)));
		buf_printf(&path, "%s/products/%s.yaml", wd.s, p->id);
		write_file(path.s, &b);
		if (yamlpath)
			yaml_entry(&all, &b);
		if (idsprefix) {
			const struct step *last = &p->steps[p->nsteps - 1];

			/* cycle advance --date 2025-11-30 takes it one step on */
			if (!last->rejected && last->step >= 2 && last->step <= 3 &&
			    nadv < 200 && i % 3 == 1) {
				buf_printf(&adv, "%s\n", p->id);
				nadv++;
			}
			if (i % 101 == 5)
				buf_printf(&setids, "%s\n", p->id);
		}
	}
	free(p);

	if (recpath)
		write_file(recpath, &rec);
	if (yamlpath)
		write_file(yamlpath, &all);
	if (idsprefix) {
		buf_reset(&path);
		buf_printf(&path, "%s-advance.txt", idsprefix);
		write_file(path.s, &adv);
		buf_reset(&path);
		buf_printf(&path, "%s-product.txt", idsprefix);
		write_file(path.s, &setids);
		buf_reset(&path);
		buf_printf(&path, "%s-producer.txt", idsprefix);
		write_file(path.s, &prodids);
	}
	if (csvpath) {
		/*
		 * A province's register of recognised products, as its Excel
		 * exports it: BOM, ';', CRLF.  Its own rows (a seed of its
		 * own), so that the import makes every record new.
		 */
		struct buf csv = { 0 };
		char num[24], year[16], name[200], id[ID_MAX], who[80];
		long n = rows >= 0 ? rows : nproducts, r;

		rng_state = seed ^ 0x5eed5eedULL;
		strset_init(&ids, (size_t)n * 2 + 16);
		buf_puts(&csv, "\xef\xbb\xbf");
		buf_puts(&csv, "TT;Tên sản phẩm;Chủ thể;Loại hình;Địa chỉ;Mã số thuế;Nhóm sản phẩm;Hạng sao;Năm công nhận\r\n");
		for (r = 0; r < n; r++) {
			/* About 1.7 products a producer, the producer's rows together. */
			static struct producer pr;
			static char addr[300];
			const struct set_words *sw;
			const char *kind, *place;
			int s = rnd(26), stars = rnd_stars();

			if (r == 0 || chance(60)) {
				struct buf a = { 0 };

				make_producer((size_t)r + 500000, &pr);
				address(&a, pr.province);
				snprintf(addr, sizeof(addr), "%s", a.s);
				free(a.s);
				if (!pr.tax[0])
					snprintf(pr.tax, sizeof(pr.tax), "%s%08lu",
						 tax_prefix[pr.province],
						 tax_tail((size_t)r + 500000));
			}
			sw = &sets[s];
			kind = sw->kinds[rnd((int)sw->nkinds)];
			place = PICK(communes);
			snprintf(name, sizeof(name), "%s %s %s", kind, pr.brand, place);
			unique_name(name, sizeof(name), id);
			snprintf(num, sizeof(num), "%ld", r + 1);
			snprintf(year, sizeof(year), "%d", rnd_in(2022, 2025));
			person(who, sizeof(who));
			csv_cell(&csv, num, 0);
			csv_cell(&csv, name, 0);
			csv_cell(&csv, pr.name, 0);
			csv_cell(&csv, kind_vi[pr.kind], 0);
			csv_cell(&csv, addr, 0);
			csv_cell(&csv, pr.tax, 0);
			csv_cell(&csv, category_vi[sw->category], 0);
			snprintf(num, sizeof(num), "%d sao", stars);
			csv_cell(&csv, num, 0);
			csv_cell(&csv, year, 1);
		}
		write_file(csvpath, &csv);
		free(csv.s);
	}
	free(b.s);
	free(rec.s);
	free(all.s);
	free(path.s);
	free(wd.s);
	free(adv.s);
	free(setids.s);
	free(prodids.s);
	return 0;
}
