/*
 * import.c — producers and products from a CSV register (see import.h).
 *
 * The file is read whole (it is bounded), converted to UTF-8 when it is
 * not, and cut into physical lines that are fed to libcsv one at a time:
 * libcsv reports cells, not positions, so the line a row starts on is
 * known from which line was being fed when its first cell began.
 *
 * Then each row is read as the officer meant it: the header says what each
 * column holds; a row's cells are trimmed and checked where they are, so
 * that every refusal names its line and column; the records the row makes
 * or changes are built on copies of their trees and checked by the one
 * validator; only a row whose records all pass is kept.  The store is
 * written at the end, and only when no row was refused (or the caller
 * allowed a partial import).
 */
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csv.h>

#include "ocop/cycle.h"
#include "ocop/edit.h"
#include "ocop/import.h"
#include "ocop/rating.h"
#include "ocop/rules.h"
#include "ocop/smap.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/validate.h"
#include "ocop/yamlio.h"

/* --- small helpers ------------------------------------------------------------ */

/* A value quoted in a message: printable, and cut when it is long. */
static char *excerpt(const char *s)
{
	char *p = text_printable(s);
	size_t cut = text_fit(p, 60);

	if (p[cut]) {
		char *q = xasprintf("%.*s…", (int)cut, p);

		free(p);
		return q;
	}
	return p;
}

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
static char *match_key(const char *s)
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

static bool is_ascii(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

/* --- converting to UTF-8 ----------------------------------------------------- */

/*
 * Convert buf from encoding `from` to UTF-8 with iconv.  An unknown
 * encoding is a usage error (exit 2); a byte that is not of the encoding
 * is refused at its line, counted in what was converted before it.
 */
static int to_utf8(const char *buf, size_t len, const char *from,
		   const char *name, struct strbuf *out, struct diag_list *dl)
{
	iconv_t cd = iconv_open("UTF-8", from);
	char *in = (char *)buf;
	size_t left = len, i;
	unsigned line = 1;

	if (cd == (iconv_t)-1) {
		diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
			 _("--encoding: unknown encoding '%s'"), from);
		diag_hint(dl, _("for example windows-1258, tcvn, latin1 or utf-16; 'iconv -l' lists them"));
		return -1;
	}
	strbuf_grow(out, len + len / 2 + 16);
	while (left) {
		char *o;
		size_t room, r;

		strbuf_grow(out, left * 3 + 16);
		o = out->buf + out->len;
		room = out->alloc - out->len - 1;
		r = iconv(cd, &in, &left, &o, &room);
		strbuf_setlen(out, (size_t)(o - out->buf));
		if (r != (size_t)-1 || errno == E2BIG)
			continue;
		for (i = 0; i < out->len; i++)
			line += out->buf[i] == '\n';
		if (errno == EILSEQ)
			diag_error(dl, name, line, 0,
				   _("byte 0x%02X is not a character of %s"),
				   (unsigned char)*in, from);
		else
			diag_error(dl, name, line, 0,
				   _("the file ends inside a character of %s"), from);
		diag_hint(dl, _("is the file in another encoding? give it with --encoding"));
		iconv_close(cd);
		return -1;
	}
	iconv(cd, NULL, NULL, NULL, NULL);
	iconv_close(cd);
	return 0;
}

static bool names_utf8(const char *enc)
{
	char *k = match_key(enc);
	bool yes = !strcmp(k, "utf 8") || !strcmp(k, "utf8");

	free(k);
	return yes;
}

/* --- finding the separator ------------------------------------------------------ */

/*
 * The separator of a file that does not say: in a real export every row
 * has the same number of separators, and cells (addresses: "Số 38, phường
 * …") may hold the others.  For each candidate, the number of times it
 * appears outside quotes in each of the first rows; the candidate whose
 * most common non-zero count is shared by the most rows wins (then the
 * larger count, then the order , ; TAB).  A file with none has one column.
 */
#define SNIFF_ROWS 20
static int sniff_separator(const char *s, size_t len)
{
	static const char cands[] = { ',', ';', '\t' };
	unsigned counts[ARRAY_SIZE(cands)][SNIFF_ROWS];
	size_t c, r, k, i, rows = 0;
	bool quoted = false, content = false;
	int best = ',';
	unsigned best_freq = 0, best_count = 0;

	memset(counts, 0, sizeof(counts));
	for (i = 0; i < len && rows < SNIFF_ROWS && i < (64u << 10); i++) {
		char ch = s[i];

		if (ch == '"') {
			quoted = !quoted;
		} else if (!quoted && (ch == '\n' || ch == '\r')) {
			rows += content;
			content = false;
			continue;
		} else if (!quoted) {
			for (c = 0; c < ARRAY_SIZE(cands); c++)
				counts[c][rows] += ch == cands[c];
		}
		content = true;
	}
	rows += content && rows < SNIFF_ROWS;
	for (c = 0; c < ARRAY_SIZE(cands); c++)
		for (r = 0; r < rows; r++) {
			unsigned freq = 0, n = counts[c][r];

			if (!n)
				continue;
			for (k = 0; k < rows; k++)
				freq += counts[c][k] == n;
			if (freq > best_freq || (freq == best_freq && n > best_count)) {
				best = cands[c];
				best_freq = freq;
				best_count = n;
			}
		}
	return best;
}

/* --- reading CSV with libcsv ------------------------------------------------------ */

struct reader {
	struct import_table *t;
	const char *name;
	struct diag_list *dl;
	unsigned line;		/* the physical line being fed */
	unsigned start;		/* where the row being read began */
	bool at_start;		/* no byte of a new row fed yet */
	bool row_ended;		/* a row ended while feeding this line */
	bool failed;
	struct import_row cur;
	size_t cur_alloc;
};

/*
 * libcsv grows its cell buffer with this: refusing to grow past a cell's
 * limit bounds the memory an unterminated quote or a huge cell can take.
 */
static void *capped_realloc(void *p, size_t n)
{
	if (n > IMPORT_MAX_CELL + 1024)
		return NULL;
	return realloc(p, n);
}

/*
 * Spaces around a cell are not part of it: a hand-edited file writes
 * `a, "b"`, which strict RFC 4180 refuses.  (A tab is a space only when it
 * does not separate cells.)  The import trims values anyway.
 */
static int space_or_tab(unsigned char c)
{
	return c == ' ' || c == '\t';
}

static int space_only(unsigned char c)
{
	return c == ' ';
}

static void reader_error(struct reader *rd, unsigned line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void reader_error(struct reader *rd, unsigned line, const char *fmt, ...)
{
	struct strbuf msg = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&msg, fmt, ap);
	va_end(ap);
	diag_error(rd->dl, rd->name, line, (unsigned)rd->cur.ncells + 1, "%s",
		   msg.buf);
	strbuf_release(&msg);
	rd->failed = true;
}

/* Say what is wrong with a cell that is not clean UTF-8 text. */
static void bad_bytes(struct reader *rd, const char *s, size_t len,
		      size_t off)
{
	unsigned line = rd->start;
	unsigned char c = (unsigned char)s[off];
	size_t i;

	for (i = 0; i < off; i++)	/* a multi-line cell: the line of the byte */
		line += s[i] == '\n' || (s[i] == '\r' && (i + 1 >= len || s[i + 1] != '\n'));
	if (!c) {
		reader_error(rd, line, _("a NUL byte in the cell"));
		diag_hint(rd->dl, _("is the file UTF-16 (Excel's \"Unicode Text\")? save it as \"CSV UTF-8\""));
	} else if (c < 0x20 || c == 0x7f) {
		reader_error(rd, line, _("control character U+%04X in the cell"), c);
		diag_hint(rd->dl, _("remove it; records hold text only"));
	} else {
		reader_error(rd, line, _("byte 0x%02X is not UTF-8"), c);
		diag_hint(rd->dl, _("save the file as \"CSV UTF-8\", or pass --encoding windows-1258 for an old Vietnamese Excel export"));
	}
}

static void on_cell(void *field, size_t len, void *data)
{
	struct reader *rd = data;
	const char *s = field ? field : "";
	size_t off;

	if (rd->failed)
		return;
	if (!rd->cur.ncells)
		rd->cur.line = rd->start;
	if (rd->cur.ncells >= IMPORT_MAX_COLUMNS) {
		reader_error(rd, rd->start, _("more than %d columns"), IMPORT_MAX_COLUMNS);
		return;
	}
	if (len > IMPORT_MAX_CELL) {
		reader_error(rd, rd->start, _("a cell longer than %u KiB"),
			     IMPORT_MAX_CELL >> 10);
		return;
	}
	/* A BOM at the start of a row: two exports joined with cat. */
	if (!rd->cur.ncells && len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3)) {
		s += 3;
		len -= 3;
	}
	if (!text_utf8_valid(s, len, &off)) {
		bad_bytes(rd, s, len, off);
		return;
	}
	ALLOC_GROW(rd->cur.cells, rd->cur.ncells + 1, rd->cur_alloc);
	rd->cur.cells[rd->cur.ncells++] = is_ascii(s, len) ? xstrndup(s, len) :
					  text_nfc(s);
}

static void on_row(int c, void *data)
{
	struct reader *rd = data;
	struct import_table *t = rd->t;

	(void)c;
	if (rd->failed)
		return;
	rd->row_ended = true;
	rd->at_start = true;
	if (t->nrows >= IMPORT_MAX_ROWS) {
		reader_error(rd, rd->start, _("more than %d rows"), IMPORT_MAX_ROWS);
		return;
	}
	if (!rd->cur.ncells)	/* CSV_EMPTY_IS_NULL is off: cannot happen */
		return;
	ALLOC_GROW(t->rows, t->nrows + 1, t->alloc);
	t->rows[t->nrows++] = rd->cur;
	memset(&rd->cur, 0, sizeof(rd->cur));
	rd->cur_alloc = 0;
}

static void free_row(struct import_row *row)
{
	size_t i;

	for (i = 0; i < row->ncells; i++)
		free(row->cells[i]);
	free(row->cells);
	memset(row, 0, sizeof(*row));
}

static bool blank_line(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != '\r' && s[i] != '\n')
			return false;
	return true;
}

static void parse_error(struct reader *rd, struct csv_parser *p, unsigned line)
{
	if (csv_error(p) == CSV_ENOMEM || csv_error(p) == CSV_ETOOBIG) {
		reader_error(rd, rd->start, _("a cell longer than %u KiB"),
			     IMPORT_MAX_CELL >> 10);
		diag_hint(rd->dl, _("is a quote (\") not closed?"));
	} else {
		reader_error(rd, line, _("a quote (\") inside a cell that does not start with one, or text after a closing quote"));
		diag_hint(rd->dl, _("a cell holding \" must be quoted, its quotes doubled: \"Nước mắm \"\"loại 1\"\"\""));
	}
}

/* Feed the lines of s to libcsv, one at a time, knowing where each row starts. */
static int feed_lines(struct reader *rd, struct csv_parser *p, const char *s,
		      size_t len)
{
	size_t pos = 0, end, n;

	while (pos < len && !rd->failed) {
		for (end = pos; end < len && s[end] != '\n' && s[end] != '\r'; end++)
			;
		if (end < len)
			end += s[end] == '\r' && end + 1 < len && s[end + 1] == '\n' ? 2 : 1;
		if (rd->at_start)
			rd->start = rd->line;
		rd->row_ended = false;
		n = csv_parse(p, s + pos, end - pos, on_cell, on_row, rd);
		if (rd->failed)
			break;
		if (n != end - pos) {
			parse_error(rd, p, rd->line);
			break;
		}
		if (!rd->row_ended && !blank_line(s + pos, end - pos))
			rd->at_start = false;
		rd->line++;
		pos = end;
	}
	if (!rd->failed && csv_fini(p, on_cell, on_row, rd)) {
		if (csv_error(p) == CSV_EPARSE) {
			reader_error(rd, rd->start, _("a quoted cell is not closed before the end of the file"));
			diag_hint(rd->dl, _("a quote (\") is missing"));
		} else if (!rd->failed) {
			parse_error(rd, p, rd->start);
		}
	}
	return rd->failed ? -1 : 0;
}

/* Excel's first line "sep=;" names the separator; return its length or 0. */
static size_t sep_line(const char *s, size_t len, int *sep)
{
	size_t n;

	if (len < 5 || strncasecmp(s, "sep=", 4) || s[4] == '\n' || s[4] == '\r')
		return 0;
	n = 5;
	if (n < len && s[n] != '\n' && s[n] != '\r')
		return 0;
	*sep = (unsigned char)s[4];
	if (n < len && s[n] == '\r')
		n++;
	if (n < len && s[n] == '\n')
		n++;
	return n;
}

static bool sep_allowed(int c)
{
	return c > 0 && c < 0x80 && c != '"' && c != '\n' && c != '\r' &&
	       !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') &&
	       !(c >= 'A' && c <= 'Z') && c != ' ';
}

int import_csv_read(const char *buf, size_t len, const char *name,
		    const struct import_csv_options *o, struct import_table *t,
		    struct diag_list *dl)
{
	struct strbuf conv = STRBUF_INIT;
	struct csv_parser p;
	struct reader rd;
	const char *enc = o ? o->encoding : NULL;
	int sep = o ? o->sep : 0, file_sep = 0;
	size_t skip;
	int ret;

	memset(t, 0, sizeof(*t));
	if (len > IMPORT_MAX_BYTES)
		return diag_error(dl, name, 0, 0, _("larger than the limit of %u MiB"),
				  IMPORT_MAX_BYTES >> 20);
	if (sep && !sep_allowed(sep)) {
		diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
			 _("--sep: '%c' cannot separate cells"), sep);
		return -1;
	}
	if (enc && names_utf8(enc))
		enc = NULL;
	if (!enc && len >= 2 && ((unsigned char)buf[0] == 0xff && (unsigned char)buf[1] == 0xfe)) {
		enc = "UTF-16LE";	/* Excel's "Unicode Text" */
		buf += 2;
		len -= 2;
	} else if (!enc && len >= 2 && (unsigned char)buf[0] == 0xfe &&
		   (unsigned char)buf[1] == 0xff) {
		enc = "UTF-16BE";
		buf += 2;
		len -= 2;
	}
	if (enc) {
		if (to_utf8(buf, len, enc, name, &conv, dl)) {
			strbuf_release(&conv);
			return -1;
		}
		buf = conv.buf;
		len = conv.len;
		t->encoding = enc;
	}
	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) {
		t->bom = true;
		buf += 3;
		len -= 3;
	}
	memset(&rd, 0, sizeof(rd));
	rd.t = t;
	rd.name = name;
	rd.dl = dl;
	rd.line = 1;
	rd.at_start = true;
	skip = sep_line(buf, len, &file_sep);
	if (skip) {
		t->sep_line = true;
		buf += skip;
		len -= skip;
		rd.line = 2;
		if (!sep)
			sep = file_sep;
	}
	if (!sep)
		sep = sniff_separator(buf, len);
	if (!sep_allowed(sep)) {
		strbuf_release(&conv);
		return diag_error(dl, name, 1, 0, _("'sep=%c' names a character that cannot separate cells"),
				  sep);
	}
	t->sep = sep;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL)) {
		strbuf_release(&conv);
		return diag_env(dl, name, _("out of memory"));
	}
	csv_set_delim(&p, (unsigned char)sep);
	csv_set_space_func(&p, sep == '\t' ? space_only : space_or_tab);
	csv_set_realloc_func(&p, capped_realloc);
	csv_set_free_func(&p, free);
	ret = feed_lines(&rd, &p, buf, len);
	free_row(&rd.cur);
	csv_free(&p);
	strbuf_release(&conv);
	return ret;
}

void import_table_release(struct import_table *t)
{
	size_t i;

	for (i = 0; i < t->nrows; i++)
		free_row(&t->rows[i]);
	free(t->rows);
	memset(t, 0, sizeof(*t));
}

/* --- what the columns hold ------------------------------------------------------ */

/* What a column holds.  Producer fields come first: fill-down copies them. */
enum col_field {
	C_NONE = 0,
	C_SKIP,			/* read, not imported */
	C_SEQ,			/* TT: a number; a row with another TT is a heading */
	C_PRODUCER,		/* the producer's name (or id) */
	C_KIND,
	C_TAX_CODE,
	C_REPRESENTATIVE,
	C_PHONE,
	C_ADDRESS,
	C_OLD_ADDRESS,
	C_COMMUNE,
	C_PRODUCER_NOTES,
	C_NAME,			/* the product's name */
	C_CATEGORY,
	C_SET,
	C_ORIGIN,
	C_NOTES,
	C_BARCODE,
	C_TRADEMARK,
	C_CURRENT_STARS,	/* the stars in force: the latest recognition's */
	C_CURRENT_EXPIRES,	/* the end of the latest recognition */
	C_STARS,		/* from here: one per recognition (lần 1, lần 2, …) */
	C_DATE,
	C_YEAR,
	C_DECISION,
	C_AUTHORITY,
	C_EXPIRES,
	C_LEVEL,
	C_COUNT
};
#define C_PRODUCER_FIRST C_PRODUCER
#define C_PRODUCER_LAST C_COMMUNE
#define GROUPS 4		/* recognitions a row may hold */

static bool per_group(enum col_field f)
{
	return f >= C_STARS;
}

/* FIELD names of --map, for each kind; the same names as the records' keys. */
struct field_name {
	const char *name;
	enum col_field products, producers;
};

static const struct field_name field_names[] = {
	{ "name", C_NAME, C_PRODUCER },
	{ "category", C_CATEGORY, C_NONE },
	{ "set", C_SET, C_NONE },
	{ "origin", C_ORIGIN, C_NONE },
	{ "notes", C_NOTES, C_PRODUCER_NOTES },
	{ "barcode", C_BARCODE, C_NONE },
	{ "trademark", C_TRADEMARK, C_NONE },
	{ "producer", C_PRODUCER, C_NONE },
	{ "producer.kind", C_KIND, C_NONE },
	{ "producer.tax_code", C_TAX_CODE, C_NONE },
	{ "producer.representative", C_REPRESENTATIVE, C_NONE },
	{ "producer.phone", C_PHONE, C_NONE },
	{ "producer.address", C_ADDRESS, C_NONE },
	{ "producer.old_address", C_OLD_ADDRESS, C_NONE },
	{ "producer.commune", C_COMMUNE, C_NONE },
	{ "producer.notes", C_PRODUCER_NOTES, C_NONE },
	{ "kind", C_KIND, C_KIND },
	{ "tax_code", C_TAX_CODE, C_TAX_CODE },
	{ "representative", C_REPRESENTATIVE, C_REPRESENTATIVE },
	{ "phone", C_PHONE, C_PHONE },
	{ "address", C_ADDRESS, C_ADDRESS },
	{ "old_address", C_OLD_ADDRESS, C_OLD_ADDRESS },
	{ "commune", C_COMMUNE, C_COMMUNE },
	{ "current_stars", C_CURRENT_STARS, C_NONE },
	{ "current_expires", C_CURRENT_EXPIRES, C_NONE },
	{ "stars", C_STARS, C_NONE },
	{ "date", C_DATE, C_NONE },
	{ "year", C_YEAR, C_NONE },
	{ "decision", C_DECISION, C_NONE },
	{ "authority", C_AUTHORITY, C_NONE },
	{ "expires", C_EXPIRES, C_NONE },
	{ "level", C_LEVEL, C_NONE },
	{ "seq", C_SEQ, C_SEQ },
};

static const char *const product_field_list[] = {
	"name", "category", "set", "origin", "notes", "barcode", "trademark",
	"producer", "producer.kind", "producer.tax_code",
	"producer.representative", "producer.phone", "producer.address",
	"producer.old_address", "producer.commune", "producer.notes",
	"current_stars", "current_expires", "stars", "date", "year",
	"decision", "authority", "expires", "level", "seq", NULL
};
static const char *const producer_field_list[] = {
	"name", "kind", "tax_code", "representative", "phone", "address",
	"old_address", "commune", "notes", "seq", NULL
};

const char *const *import_field_names(enum import_kind kind)
{
	return kind == IMPORT_PRODUCTS ? product_field_list : producer_field_list;
}

static const char *field_name_of(enum import_kind kind, enum col_field f)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(field_names); i++)
		if ((kind == IMPORT_PRODUCTS ? field_names[i].products :
		     field_names[i].producers) == f)
			return field_names[i].name;
	return f == C_SKIP ? "" : NULL;
}

/*
 * The headers officers write, as match keys (see match_key), with what
 * each holds in a products import and in a producers import.  Vietnamese
 * first, as the provincial register and the ward's plan write them
 * (ocop-rules.md §6: TT; Tên sản phẩm; Nhóm sản phẩm; Loại hình kinh
 * doanh; Chủ thể; Xã/phường; Địa chỉ; Người đại diện; Điện thoại; Hạng sao
 * hiện tại; Ngày hết hạn; Lần 1: hạng sao, ngày công nhận, năm, số quyết
 * định, cơ quan ban hành; Lần 2/nâng hạng: the same; Ghi chú; the seed's
 * TT; Sản phẩm; Đơn vị; Địa chỉ cũ; Đạt sao), then English.  A column a
 * kind does not import (a product's name in a producers import) is
 * C_SKIP for it.
 */
struct header_word {
	const char *key;
	enum col_field products, producers;
};

static const struct header_word header_words[] = {
	{ "tt", C_SEQ, C_SEQ },
	{ "stt", C_SEQ, C_SEQ },
	{ "so tt", C_SEQ, C_SEQ },
	{ "so thu tu", C_SEQ, C_SEQ },
	{ "thu tu", C_SEQ, C_SEQ },
	{ "no", C_SEQ, C_SEQ },
	{ "ten san pham", C_NAME, C_SKIP },
	{ "san pham", C_NAME, C_SKIP },
	{ "ten sp", C_NAME, C_SKIP },
	{ "sp", C_NAME, C_SKIP },
	{ "san pham ocop", C_NAME, C_SKIP },
	{ "ten san pham ocop", C_NAME, C_SKIP },
	{ "ten", C_NAME, C_PRODUCER },
	{ "nhom san pham", C_CATEGORY, C_SKIP },
	{ "nhom", C_CATEGORY, C_SKIP },
	{ "nganh", C_CATEGORY, C_SKIP },
	{ "nganh hang", C_CATEGORY, C_SKIP },
	{ "nhom nganh", C_CATEGORY, C_SKIP },
	{ "nhom nganh hang", C_CATEGORY, C_SKIP },
	{ "loai san pham", C_CATEGORY, C_SKIP },
	{ "bo san pham", C_SET, C_SKIP },
	{ "ghi chu", C_NOTES, C_PRODUCER_NOTES },
	{ "ma vach", C_BARCODE, C_SKIP },
	{ "ma so ma vach", C_BARCODE, C_SKIP },
	{ "nhan hieu", C_TRADEMARK, C_SKIP },
	{ "thuong hieu", C_TRADEMARK, C_SKIP },
	{ "chu the", C_PRODUCER, C_PRODUCER },
	{ "ten chu the", C_PRODUCER, C_PRODUCER },
	{ "chu the san xuat", C_PRODUCER, C_PRODUCER },
	{ "chu the san xuat kinh doanh", C_PRODUCER, C_PRODUCER },
	{ "chu the sxkd", C_PRODUCER, C_PRODUCER },
	{ "chu the ocop", C_PRODUCER, C_PRODUCER },
	{ "don vi", C_PRODUCER, C_PRODUCER },
	{ "ten don vi", C_PRODUCER, C_PRODUCER },
	{ "don vi san xuat", C_PRODUCER, C_PRODUCER },
	{ "co so san xuat", C_PRODUCER, C_PRODUCER },
	{ "ten co so", C_PRODUCER, C_PRODUCER },
	{ "ten doanh nghiep", C_PRODUCER, C_PRODUCER },
	{ "nha san xuat", C_PRODUCER, C_PRODUCER },
	{ "loai hinh", C_KIND, C_KIND },
	{ "loai hinh kinh doanh", C_KIND, C_KIND },
	{ "loai hinh chu the", C_KIND, C_KIND },
	{ "loai hinh doanh nghiep", C_KIND, C_KIND },
	{ "loai hinh to chuc", C_KIND, C_KIND },
	{ "loai chu the", C_KIND, C_KIND },
	{ "ma so thue", C_TAX_CODE, C_TAX_CODE },
	{ "mst", C_TAX_CODE, C_TAX_CODE },
	{ "ma so doanh nghiep", C_TAX_CODE, C_TAX_CODE },
	{ "nguoi dai dien", C_REPRESENTATIVE, C_REPRESENTATIVE },
	{ "dai dien", C_REPRESENTATIVE, C_REPRESENTATIVE },
	{ "nguoi dai dien phap luat", C_REPRESENTATIVE, C_REPRESENTATIVE },
	{ "chu co so", C_REPRESENTATIVE, C_REPRESENTATIVE },
	{ "dien thoai", C_PHONE, C_PHONE },
	{ "so dien thoai", C_PHONE, C_PHONE },
	{ "dien thoai lien he", C_PHONE, C_PHONE },
	{ "sdt", C_PHONE, C_PHONE },
	{ "dt", C_PHONE, C_PHONE },
	{ "dia chi", C_ADDRESS, C_ADDRESS },
	{ "dia chi moi", C_ADDRESS, C_ADDRESS },
	{ "dia chi hien nay", C_ADDRESS, C_ADDRESS },
	{ "dia chi chu the", C_ADDRESS, C_ADDRESS },
	{ "dia chi cu", C_OLD_ADDRESS, C_OLD_ADDRESS },
	{ "dia chi truoc sap nhap", C_OLD_ADDRESS, C_OLD_ADDRESS },
	{ "xa phuong", C_COMMUNE, C_COMMUNE },
	{ "phuong xa", C_COMMUNE, C_COMMUNE },
	{ "xa phuong thi tran", C_COMMUNE, C_COMMUNE },
	{ "dia ban", C_COMMUNE, C_COMMUNE },
	{ "hang sao hien tai", C_CURRENT_STARS, C_SKIP },
	{ "sao hien tai", C_CURRENT_STARS, C_SKIP },
	{ "hang sao", C_STARS, C_SKIP },
	{ "dat sao", C_STARS, C_SKIP },
	{ "so sao", C_STARS, C_SKIP },
	{ "sao", C_STARS, C_SKIP },
	{ "hang", C_STARS, C_SKIP },
	{ "xep hang", C_STARS, C_SKIP },
	{ "xep hang sao", C_STARS, C_SKIP },
	{ "hang sao ocop", C_STARS, C_SKIP },
	{ "danh gia", C_STARS, C_SKIP },
	{ "ket qua danh gia", C_STARS, C_SKIP },
	{ "ket qua xep hang", C_STARS, C_SKIP },
	{ "ngay cong nhan", C_DATE, C_SKIP },
	{ "ngay quyet dinh", C_DATE, C_SKIP },
	{ "ngay qd", C_DATE, C_SKIP },
	{ "ngay ky", C_DATE, C_SKIP },
	{ "ngay ky quyet dinh", C_DATE, C_SKIP },
	{ "ngay ban hanh", C_DATE, C_SKIP },
	{ "ngay cap", C_DATE, C_SKIP },
	{ "ngay cap chung nhan", C_DATE, C_SKIP },
	{ "nam cong nhan", C_YEAR, C_SKIP },
	{ "nam", C_YEAR, C_SKIP },
	{ "nam dat", C_YEAR, C_SKIP },
	{ "nam danh gia", C_YEAR, C_SKIP },
	{ "so quyet dinh", C_DECISION, C_SKIP },
	{ "so qd", C_DECISION, C_SKIP },
	{ "quyet dinh", C_DECISION, C_SKIP },
	{ "quyet dinh cong nhan", C_DECISION, C_SKIP },
	{ "so quyet dinh cong nhan", C_DECISION, C_SKIP },
	{ "so qd cong nhan", C_DECISION, C_SKIP },
	{ "co quan ban hanh", C_AUTHORITY, C_SKIP },
	{ "co quan cong nhan", C_AUTHORITY, C_SKIP },
	{ "don vi cong nhan", C_AUTHORITY, C_SKIP },
	{ "co quan cap", C_AUTHORITY, C_SKIP },
	{ "noi cap", C_AUTHORITY, C_SKIP },
	{ "ngay het han", C_EXPIRES, C_SKIP },
	{ "het han", C_EXPIRES, C_SKIP },
	{ "han", C_EXPIRES, C_SKIP },
	{ "thoi han", C_EXPIRES, C_SKIP },
	{ "han chung nhan", C_EXPIRES, C_SKIP },
	{ "thoi han chung nhan", C_EXPIRES, C_SKIP },
	{ "hieu luc den", C_EXPIRES, C_SKIP },
	{ "cap", C_LEVEL, C_SKIP },
	{ "cap cong nhan", C_LEVEL, C_SKIP },
	{ "cap danh gia", C_LEVEL, C_SKIP },
	/* English, and ocop's own CSV */
	{ "id", C_SKIP, C_SKIP },
	{ "name", C_NAME, C_PRODUCER },
	{ "product", C_NAME, C_SKIP },
	{ "product name", C_NAME, C_SKIP },
	{ "category", C_CATEGORY, C_SKIP },
	{ "product category", C_CATEGORY, C_SKIP },
	{ "product group", C_CATEGORY, C_SKIP },
	{ "set", C_SET, C_SKIP },
	{ "product set", C_SET, C_SKIP },
	{ "origin", C_ORIGIN, C_SKIP },
	{ "notes", C_NOTES, C_PRODUCER_NOTES },
	{ "note", C_NOTES, C_PRODUCER_NOTES },
	{ "barcode", C_BARCODE, C_SKIP },
	{ "gtin", C_BARCODE, C_SKIP },
	{ "trademark", C_TRADEMARK, C_SKIP },
	{ "producer", C_PRODUCER, C_PRODUCER },
	{ "producer name", C_PRODUCER, C_PRODUCER },
	{ "kind", C_KIND, C_KIND },
	{ "producer kind", C_KIND, C_KIND },
	{ "business type", C_KIND, C_KIND },
	{ "tax code", C_TAX_CODE, C_TAX_CODE },
	{ "representative", C_REPRESENTATIVE, C_REPRESENTATIVE },
	{ "phone", C_PHONE, C_PHONE },
	{ "phone number", C_PHONE, C_PHONE },
	{ "telephone", C_PHONE, C_PHONE },
	{ "address", C_ADDRESS, C_ADDRESS },
	{ "old address", C_OLD_ADDRESS, C_OLD_ADDRESS },
	{ "commune", C_COMMUNE, C_COMMUNE },
	{ "ward", C_COMMUNE, C_COMMUNE },
	{ "current stars", C_CURRENT_STARS, C_SKIP },
	{ "stars", C_STARS, C_SKIP },
	{ "star rating", C_STARS, C_SKIP },
	{ "rating", C_STARS, C_SKIP },
	{ "date", C_DATE, C_SKIP },
	{ "decision date", C_DATE, C_SKIP },
	{ "recognition date", C_DATE, C_SKIP },
	{ "year", C_YEAR, C_SKIP },
	{ "recognition year", C_YEAR, C_SKIP },
	{ "decision", C_DECISION, C_SKIP },
	{ "decision number", C_DECISION, C_SKIP },
	{ "decision no", C_DECISION, C_SKIP },
	{ "authority", C_AUTHORITY, C_SKIP },
	{ "issued by", C_AUTHORITY, C_SKIP },
	{ "expires", C_EXPIRES, C_SKIP },
	{ "expiry", C_EXPIRES, C_SKIP },
	{ "expiry date", C_EXPIRES, C_SKIP },
	{ "valid until", C_EXPIRES, C_SKIP },
	{ "level", C_LEVEL, C_SKIP },
	/* ocop product list --format csv: derived, not imported */
	{ "step", C_SKIP, C_SKIP },
	{ "status", C_SKIP, C_SKIP },
};

/*
 * Take the recognition a header names out of its key: "lan 2" (lần 2),
 * "lan dau" (the first), "nang hang" (an upgrade: the second), or a last
 * word 1–4 ("hang sao 2").  Returns the group (1-based) or 0; *key is left
 * with the rest.
 */
static int take_group(char *key)
{
	char *p;
	int g = 0;

	if ((p = strstr(key, "lan ")) && (p == key || p[-1] == ' ') &&
	    p[4] >= '1' && p[4] <= '9' && (!p[5] || p[5] == ' ')) {
		g = p[4] - '0';
		memmove(p, p + 5 + (p[5] == ' '), strlen(p + 5 + (p[5] == ' ')) + 1);
	} else if ((p = strstr(key, "lan dau")) && (p == key || p[-1] == ' ') &&
		   (!p[7] || p[7] == ' ')) {
		g = 1;
		memmove(p, p + 7 + (p[7] == ' '), strlen(p + 7 + (p[7] == ' ')) + 1);
	}
	if ((p = strstr(key, "nang hang")) && (p == key || p[-1] == ' ') &&
	    (!p[9] || p[9] == ' ')) {
		if (!g)
			g = 2;
		memmove(p, p + 9 + (p[9] == ' '), strlen(p + 9 + (p[9] == ' ')) + 1);
	}
	p = key + strlen(key);
	while (p > key && p[-1] == ' ')
		*--p = '\0';
	if (!g && p - key >= 2 && p[-2] == ' ' && p[-1] >= '1' && p[-1] <= '0' + GROUPS) {
		g = p[-1] - '0';
		p[-2] = '\0';
	}
	return g;
}

/* What a header holds for kind, and which recognition; C_NONE if unknown. */
static enum col_field header_lookup(enum import_kind kind, const char *header,
				    int *group)
{
	char *key = match_key(header);
	enum col_field f = C_NONE;
	int g = take_group(key);
	size_t i;

	for (i = 0; i < ARRAY_SIZE(header_words); i++)
		if (!strcmp(key, header_words[i].key)) {
			f = kind == IMPORT_PRODUCTS ? header_words[i].products :
			    header_words[i].producers;
			break;
		}
	free(key);
	if (g && f != C_NONE && !per_group(f) && f != C_SKIP) {
		/* "Hạng sao hiện tại" has no "lần"; "Ngày hết hạn lần 2" has */
		if (f == C_CURRENT_EXPIRES || f == C_CURRENT_STARS)
			f = f == C_CURRENT_STARS ? C_STARS : C_EXPIRES;
		else
			return C_NONE;
	}
	if (g > GROUPS)
		return C_NONE;
	*group = g;
	return f;
}

const char *import_header_field(enum import_kind kind, const char *header)
{
	static char buf[64];
	int g = 0;
	enum col_field f = header_lookup(kind, header, &g);
	const char *name = f == C_NONE ? NULL : field_name_of(kind, f);

	if (!name || !per_group(f) || g <= 1)
		return name;
	snprintf(buf, sizeof(buf), "%s.%d", name, g);
	return buf;
}

/* A FIELD of --map for kind: "stars.2" → C_STARS, group 2.  C_NONE if unknown. */
static enum col_field parse_field_name(enum import_kind kind, const char *text,
				       int *group)
{
	const char *dot = strrchr(text, '.');
	size_t len = strlen(text), i;

	*group = 0;
	if (!*text)
		return C_SKIP;
	if (dot && dot[1] >= '1' && dot[1] <= '0' + GROUPS && !dot[2]) {
		*group = dot[1] - '0';
		len = (size_t)(dot - text);
	}
	for (i = 0; i < ARRAY_SIZE(field_names); i++) {
		enum col_field f = kind == IMPORT_PRODUCTS ?
				   field_names[i].products : field_names[i].producers;

		if (f == C_NONE || strlen(field_names[i].name) != len ||
		    strncmp(field_names[i].name, text, len))
			continue;
		if (*group && !per_group(f))
			return C_NONE;
		return f;
	}
	return C_NONE;
}

/* --- the importer ----------------------------------------------------------------- */

#define NONE ((size_t)-1)	/* no record: a new one */
#define AMBIGUOUS ((size_t)-2)	/* two records answer to the key */

struct column {
	enum col_field f;
	int group;		/* 0-based */
	char *title;		/* the header as written, printable */
	bool unnamed;
};

/* The producer's values a row may give, as keys of its record. */
#define NPRODUCER_KEYS 7

/*
 * A record the import reads and may add or change.  A tree costs 4 KiB
 * or more (its arena), so a new record is kept as text once its row
 * passed: the import holds one small text a row, not one tree.  A new
 * product is final then (no later row may name it again); a new producer
 * is made a tree again when a later row changes it (thaw()), and text
 * again when that row passes.
 */
struct entry {
	struct record *r;	/* NULL while a new record is kept as text */
	enum record_type type;
	char *text;		/* a new record's file (none for a product in a dry run) */
	size_t len;
	char *id, *name;	/* while r is NULL */
	char *vals[NPRODUCER_KEYS];	/* a producer's, while r is NULL */
	char *nkey;		/* a producer's name as a match key */
	bool is_new;
	bool used;		/* an accepted row names it */
	struct node *orig;	/* an existing record as read (canonical), once touched */
	unsigned line;		/* the first accepted row that named it */
	unsigned claimed;	/* the row that imported it (duplicates) */
	unsigned given_by[NPRODUCER_KEYS];	/* the row that gave each producer_keys value */
};

struct importer {
	struct store *s;
	const struct import_options *o;
	enum import_kind kind;
	const char *name;		/* the file, as shown */
	char *base;			/* its base name, for notes */
	struct diag_list *dl;
	struct import_result *res;
	struct import_table table;
	size_t header;			/* the header row */
	struct column *cols;
	size_t ncols;
	int where[C_COUNT][GROUPS];	/* column index + 1, 0 when none */
	struct record_set producer_set, product_set;
	struct entry *prod, *item;	/* producers, products */
	size_t nprod, aprod, nitem, aitem;
	struct smap by_tax, by_pname, by_pid, by_key, by_iid;
	char *prev[C_PRODUCER_LAST + 1];	/* fill-down: the row above's producer */
	char *prev_pkey;		/* its name as a match key */
	bool have_prev;
	char **hkeys;			/* the header's cells as match keys */
	struct ocop_date today;
	const char *province;
	bool failed;			/* a new product's file could not be made */
	struct diag_list failures;	/* why, for the end */
	size_t refused;
	size_t noisy;		/* rows that had something to say */
};

/* Rows whose problems are printed; the rest are counted. */
#define ROWS_REPORTED 100

struct row {
	struct importer *im;
	const struct import_row *src;
	char *v[C_COUNT][GROUPS];
	char *pkey;		/* V(C_PRODUCER) as a match key, once asked */
	bool inherited;		/* the producer is the row above's */
	bool refused;
};

#define V(rw, f) ((rw)->v[f][0])

/* The row's producer name as a match key: folded once for the row. */
static const char *row_pkey(struct row *rw)
{
	if (!rw->pkey && V(rw, C_PRODUCER))
		rw->pkey = match_key(V(rw, C_PRODUCER));
	return rw->pkey;
}

static void row_msg(struct row *rw, enum diag_severity sev, enum col_field f,
		    int g, const char *fmt, va_list ap)
{
	struct importer *im = rw->im;
	int col = f < C_COUNT && g < GROUPS ? im->where[f][g] : 0;
	struct strbuf msg = STRBUF_INIT;

	if (col)
		strbuf_addf(&msg, "%s: ", im->cols[col - 1].title);
	strbuf_vaddf(&msg, fmt, ap);
	diag_add(im->dl, sev, EXIT_REFUSED, im->name, rw->src->line,
		 (unsigned)col, "%s", msg.buf);
	strbuf_release(&msg);
	if (sev == DIAG_ERROR)
		rw->refused = true;
}

static int row_error(struct row *rw, enum col_field f, int g, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int row_error(struct row *rw, enum col_field f, int g, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	row_msg(rw, DIAG_ERROR, f, g, fmt, ap);
	va_end(ap);
	return -1;
}

static void row_warn(struct row *rw, enum col_field f, int g, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void row_warn(struct row *rw, enum col_field f, int g, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	row_msg(rw, DIAG_WARNING, f, g, fmt, ap);
	va_end(ap);
}

/* --- the header ------------------------------------------------------------------ */

/* --map COLUMN=FIELD, split and checked. */
struct map_item {
	char *column;		/* match key */
	enum col_field f;
	int group;		/* 1-based, 0 when not given */
	bool used;
};

static int parse_maps(struct importer *im, struct map_item **out, size_t *n)
{
	const struct import_options *o = im->o;
	const char *const *names = import_field_names(im->kind);
	struct map_item *maps = xcalloc(o->nmaps ? o->nmaps : 1, sizeof(*maps));
	size_t i, k;
	int bad = 0;

	for (i = 0; i < o->nmaps; i++) {
		const char *eq = strrchr(o->maps[i], '=');
		char *col;

		if (!eq || eq == o->maps[i]) {
			bad = diag_add(im->dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				       _("--map: '%s' is not COLUMN=FIELD"), o->maps[i]);
			continue;
		}
		col = xstrndup(o->maps[i], (size_t)(eq - o->maps[i]));
		maps[i].column = match_key(col);
		free(col);
		maps[i].f = parse_field_name(im->kind, eq + 1, &maps[i].group);
		if (maps[i].f == C_NONE) {
			struct strbuf all = STRBUF_INIT;

			for (k = 0; names[k]; k++)
				strbuf_addf(&all, "%s%s", k ? ", " : "", names[k]);
			bad = diag_add(im->dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				       _("--map: unknown field '%s'"), eq + 1);
			diag_hint(im->dl, _("the fields are %s (recognitions after the first: stars.2, date.2, …; nothing after '=' skips the column)"),
				  all.buf);
			strbuf_release(&all);
		}
	}
	*out = maps;
	*n = o->nmaps;
	return bad ? -1 : 0;
}

/* What column j of a header row holds, by --map or by its name. */
static enum col_field column_field(struct importer *im, struct map_item *maps,
				   size_t nmaps, const char *cell, int upper,
				   int *group)
{
	char *key = match_key(cell);
	enum col_field f;
	size_t i;

	*group = 0;
	for (i = 0; i < nmaps; i++)
		if (maps[i].column && !strcmp(maps[i].column, key)) {
			maps[i].used = true;
			free(key);
			*group = maps[i].group;
			f = maps[i].f;
			goto grouped;
		}
	free(key);
	f = header_lookup(im->kind, cell, group);
grouped:
	if (per_group(f) && !*group) {
		if (upper)
			*group = upper;
		else if (f == C_EXPIRES)
			f = C_CURRENT_EXPIRES;	/* "Ngày hết hạn": of the latest */
	}
	if (per_group(f) && !*group)
		*group = 1;
	return f;
}

static enum col_field name_field(const struct importer *im)
{
	return im->kind == IMPORT_PRODUCTS ? C_NAME : C_PRODUCER;
}

/* Does row r name the column that identifies a record?  Then it is the header. */
static bool holds_name_column(struct importer *im, const struct import_row *r,
			      struct map_item *maps, size_t nmaps)
{
	size_t j;
	bool found = false;
	int g;

	for (j = 0; j < r->ncells; j++)	/* every cell: it marks the maps used */
		if (column_field(im, maps, nmaps, r->cells[j], 0, &g) == name_field(im))
			found = true;
	return found;
}

/* The recognition each column of the row above the header stands under (merged cells). */
static int *upper_groups(const struct import_row *up, size_t n)
{
	int *g = xcalloc(n ? n : 1, sizeof(*g)), cur = 0;
	size_t j;

	for (j = 0; j < n; j++) {
		if (up && j < up->ncells) {
			char *key = match_key(up->cells[j]);

			if (*key)
				cur = take_group(key);
			free(key);
		}
		g[j] = cur;
	}
	return g;
}

#define HEADER_SEARCH 10	/* title rows an export may have above its header */

/* The COLUMN of "COLUMN=FIELD", in a static buffer for a message. */
static const char *o_map_column(const char *map)
{
	static char buf[256];
	const char *eq = strrchr(map, '=');
	size_t n = eq ? (size_t)(eq - map) : strlen(map);

	snprintf(buf, sizeof(buf), "%.*s", (int)(n < 255 ? n : 255), map);
	return buf;
}

static int unmatched_map(struct importer *im, const char *column, unsigned line)
{
	char *v = excerpt(column);

	diag_add(im->dl, DIAG_ERROR, EXIT_USAGE, im->name, line, 0,
		 _("--map: no column '%s' in the header"), v);
	diag_hint(im->dl, _("the column's name as the header writes it (case and accents do not matter)"));
	free(v);
	return -1;
}

static int map_columns(struct importer *im)
{
	struct import_table *t = &im->table;
	struct map_item *maps;
	const struct import_row *h;
	size_t nmaps, i, j, k;
	int *upper, ret = 0;
	char **keys;

	if (parse_maps(im, &maps, &nmaps))
		goto out_maps;
	for (i = 0; i < t->nrows && i < HEADER_SEARCH; i++)
		if (holds_name_column(im, &t->rows[i], maps, nmaps))
			break;
	for (j = 0; j < nmaps; j++)
		if (!maps[j].used && maps[j].column)
			ret = unmatched_map(im, o_map_column(im->o->maps[j]),
					    t->rows[0].line);
	if (ret)
		goto out_maps;
	if (i == t->nrows || i == HEADER_SEARCH) {
		struct strbuf unknown = STRBUF_INIT;
		int g;

		for (j = 0; j < t->rows[0].ncells; j++)
			if (header_lookup(im->kind, t->rows[0].cells[j], &g) == C_NONE &&
			    *t->rows[0].cells[j]) {
				char *v = excerpt(t->rows[0].cells[j]);

				strbuf_addf(&unknown, "%s'%s'", unknown.len ? ", " : "", v);
				free(v);
			}
		ret = diag_error(im->dl, im->name, t->rows[0].line, 0,
				 im->kind == IMPORT_PRODUCTS ?
				 _("no column holds the product's name") :
				 _("no column holds the producer's name"));
		if (unknown.len)
			diag_hint(im->dl, _("columns not understood: %s; say what they hold with --map 'COLUMN=FIELD'"),
				  unknown.buf);
		else
			diag_hint(im->dl, im->kind == IMPORT_PRODUCTS ?
				  _("the header (the first row) needs a column 'Tên sản phẩm' (or 'Sản phẩm', 'name'), or say which with --map 'COLUMN=name'") :
				  _("the header (the first row) needs a column 'Chủ thể' (or 'Tên', 'Đơn vị', 'name'), or say which with --map 'COLUMN=name'"));
		strbuf_release(&unknown);
		goto out_maps;
	}
	for (j = 0; j < nmaps; j++)
		maps[j].used = false;
	im->header = i;
	h = &t->rows[i];
	upper = upper_groups(i ? &t->rows[i - 1] : NULL, h->ncells);
	im->ncols = h->ncells;
	im->cols = xcalloc(im->ncols, sizeof(*im->cols));
	keys = xcalloc(im->ncols, sizeof(*keys));
	for (j = 0; j < h->ncells; j++) {
		struct column *c = &im->cols[j];
		int g;

		c->title = excerpt(h->cells[j]);
		keys[j] = match_key(h->cells[j]);
		c->unnamed = !*keys[j];
		c->f = c->unnamed ? C_SKIP :
		       column_field(im, maps, nmaps, h->cells[j], upper[j], &g);
		c->group = c->unnamed || !per_group(c->f) ? 0 : g - 1;
		for (k = 0; k < j && !c->unnamed; k++)
			if (!strcmp(keys[k], keys[j]) && upper[k] == upper[j]) {
				ret = diag_error(im->dl, im->name, h->line, (unsigned)j + 1,
						 _("two columns are named '%s' (columns %zu and %zu)"),
						 c->title, k + 1, j + 1);
				diag_hint(im->dl, _("rename one, or skip one with --map"));
				c->f = C_SKIP;
				break;
			}
		if (c->f == C_NONE) {
			diag_warn(im->dl, im->name, h->line, (unsigned)j + 1,
				  _("column '%s' is not imported"), c->title);
			diag_hint(im->dl, _("--map '%s=FIELD' imports it; --map '%s=' says to skip it"),
				  c->title, c->title);
			c->f = C_SKIP;
		}
		if (c->f == C_SKIP || c->f == C_NONE)
			continue;
		if (im->where[c->f][c->group]) {
			k = (size_t)im->where[c->f][c->group] - 1;
			ret = diag_error(im->dl, im->name, h->line, (unsigned)j + 1,
					 _("columns '%s' and '%s' (%zu) hold the same field"),
					 c->title, im->cols[k].title, k + 1);
			diag_hint(im->dl, _("say what each holds with --map, or skip one with --map 'COLUMN='"));
			continue;
		}
		im->where[c->f][c->group] = (int)j + 1;
	}
	for (j = 0; j < nmaps; j++)
		if (!maps[j].used && maps[j].column)
			ret = unmatched_map(im, o_map_column(im->o->maps[j]), h->line);
	for (j = 0; j < im->ncols; j++)
		free(keys[j]);
	free(keys);
	free(upper);
out_maps:
	for (j = 0; j < nmaps; j++)
		free(maps[j].column);
	free(maps);
	return ret || diag_error_count(im->dl) ? -1 : 0;
}

/* --- cells to values ---------------------------------------------------------------- */

/*
 * A cell's value: trimmed, NULL when empty.  One-line fields take a cell
 * that Excel wrapped (Alt+Enter) as one line, runs of white space made one
 * space; notes keep their lines, with LF line ends.
 */
static char *clean_value(const char *raw, bool lines)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p;
	bool space = false;

	for (p = raw; *p; p++) {
		bool nbsp = (unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0;
		char c = *p;

		if (lines && (c == '\r' || c == '\n')) {
			if (c == '\r' && p[1] == '\n')
				p++;
			while (sb.len && sb.buf[sb.len - 1] == ' ')
				strbuf_setlen(&sb, sb.len - 1);
			strbuf_addch(&sb, '\n');
			space = false;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || nbsp) {
			p += nbsp;
			space = true;
			continue;
		}
		if (space && sb.len && sb.buf[sb.len - 1] != '\n')
			strbuf_addch(&sb, ' ');
		space = false;
		strbuf_addch(&sb, c);
	}
	while (sb.len && (sb.buf[sb.len - 1] == '\n' || sb.buf[sb.len - 1] == ' '))
		strbuf_setlen(&sb, sb.len - 1);
	p = sb.buf;
	while (*p == '\n')
		p++;
	if (!*p) {
		strbuf_release(&sb);
		return NULL;
	}
	if (p != sb.buf) {
		char *v = xstrdup(p);

		strbuf_release(&sb);
		return v;
	}
	return strbuf_detach(&sb, NULL);
}

static bool is_text_field(enum col_field f)
{
	return f == C_NOTES || f == C_PRODUCER_NOTES;
}

/* A tax code as a key and a value: "4300 123.456" → "4300123456". */
static char *clean_code(const char *v)
{
	char *out = xmalloc(strlen(v) + 1), *q = out;

	for (; *v; v++)
		if (*v != ' ' && *v != '.')
			*q++ = *v;
	*q = '\0';
	return out;
}

/* "3", "3 sao", "3*", "★★★", "OCOP 4 sao", "4.0" → 1–5; -1 if not stars. */
static int parse_stars(const char *text)
{
	char *key = match_key(text), *p, *tok, *save = NULL;
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

/*
 * A date as registers write it: dd/mm/yyyy (also - and .), ISO, mm/yyyy,
 * yyyy-mm or yyyy; a midnight time Excel adds is dropped.  Returns 0 or -1.
 */
static int parse_date(const char *text, struct ocop_date *d)
{
	char *s = xstrdup(text), *sp = strchr(s, ' ');
	int m, y, ret = -1;
	char sep;

	if (sp && (!strcmp(sp, " 00:00:00") || !strcmp(sp, " 0:00") ||
		   !strcmp(sp, " 00:00")))
		*sp = '\0';
	if (!date_parse_cli(s, d) || !date_parse_iso(s, true, d)) {
		ret = 0;
	} else if (sscanf(s, "%2d%c%4d", &m, &sep, &y) == 3 &&
		   (sep == '/' || sep == '-' || sep == '.')) {
		char iso[16];

		snprintf(iso, sizeof(iso), "%04d-%02d", y, m);
		if (strlen(s) >= 6 && strlen(s) <= 7 && strchr("0123456789", s[strlen(s) - 1]))
			ret = date_parse_iso(iso, true, d);
	}
	free(s);
	return ret;
}

/* Do two dates agree at the coarser of their precisions? */
static bool dates_agree(const struct ocop_date *a, const struct ocop_date *b)
{
	enum date_precision p = a->prec > b->prec ? a->prec : b->prec;

	if (a->year != b->year)
		return false;
	if (p <= DATE_MONTH && a->month != b->month)
		return false;
	return p != DATE_DAY || a->day == b->day;
}

/* The category (and product set) a register's "Nhóm sản phẩm" names. */
static int parse_category(const char *text, enum ocop_category *cat, int *set,
			  const char **suggestion)
{
	char *key;
	int n, ret = -1;

	*set = 0;
	if (!rules_category_parse(text, cat, suggestion))
		return 0;
	key = match_key(text);
	for (n = 1; ret && n <= PRODUCT_SET_COUNT; n++) {
		const struct product_set_info *ps = rules_product_set(n);
		char *name = match_key(ps->name_vi), *group = match_key(ps->group_vi);

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

/* "tỉnh", "cấp tỉnh", "province" / "trung ương", "quốc gia", "central". */
static int parse_level(const char *text, enum eval_level *out)
{
	static const char *const province[] = { "tinh", "cap tinh", "province", "ubnd tinh" };
	static const char *const central[] = {
		"trung uong", "cap trung uong", "quoc gia", "cap quoc gia", "central",
		"national", "bo", "cap bo"
	};
	char *key = match_key(text);
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
	free(key);
	return ret;
}

/* The kind a "Loại hình" cell names: a kind, or a producer's form of name. */
static int parse_kind(const char *text, enum producer_kind *out,
		      const char **suggestion)
{
	if (!rules_kind_parse(text, out, suggestion))
		return 0;
	return rules_kind_from_name(text, out);
}

/* --- what the directory holds -------------------------------------------------------- */

static char *product_key(const char *name, const char *producer)
{
	char *k = match_key(name), *key = xasprintf("%s\x1f%s", k, producer);

	free(k);
	return key;
}

/* Index key → i, or AMBIGUOUS when two records share it. */
static void index_put(struct smap *m, const char *key, size_t i)
{
	size_t old;

	if (!key || !*key)
		return;
	smap_put(m, key, smap_get(m, key, &old) && old != i ? AMBIGUOUS : i);
}

/* A record's value of key, whether it is a tree or kept as text. */
static const char *entry_str(const struct entry *e, const char *key)
{
	if (e->r)
		return node_get_str(e->r->doc.root, key);
	if (!strcmp(key, "id"))
		return e->id;
	if (!strcmp(key, "name"))
		return e->name;
	BUG("entry_str(%s) of a record kept as text", key);
}

/* nkey: the match key of the producer's name, when the caller has it. */
static void index_producer(struct importer *im, size_t i, const char *nkey)
{
	const struct producer *p = &im->prod[i].r->u.producer;
	char *key;

	im->prod[i].nkey = nkey ? xstrdup(nkey) : match_key(p->name);
	index_put(&im->by_pid, p->id, i);
	index_put(&im->by_pname, im->prod[i].nkey, i);
	if (p->tax_code) {
		key = clean_code(p->tax_code);
		index_put(&im->by_tax, key, i);
		free(key);
	}
}

/* key: the product's product_key, when the caller has it. */
static void index_product(struct importer *im, size_t i, const char *key)
{
	const struct product *p = &im->item[i].r->u.product;
	char *made = key ? NULL : product_key(p->name, p->producer);

	index_put(&im->by_iid, p->id, i);
	index_put(&im->by_key, key ? key : made, i);
	free(made);
}

static size_t add_entry(struct entry **v, size_t *n, size_t *alloc,
			struct record *r, bool is_new)
{
	ALLOC_GROW(*v, *n + 1, *alloc);
	memset(&(*v)[*n], 0, sizeof(**v));
	(*v)[*n].r = r;
	(*v)[*n].type = r->type;
	(*v)[*n].is_new = is_new;
	return (*n)++;
}

static int load_store(struct importer *im)
{
	struct diag_list load = DIAG_LIST_INIT;
	size_t i, bad = 0;

	store_read_all(im->s, RECORD_PRODUCER, &im->producer_set, &load);
	store_read_all(im->s, RECORD_PRODUCT, &im->product_set, &load);
	for (i = 0; i < im->producer_set.nr; i++)
		if (im->producer_set.items[i].valid)
			index_producer(im, add_entry(&im->prod, &im->nprod, &im->aprod,
						     &im->producer_set.items[i], false),
				       NULL);
		else
			bad++;
	for (i = 0; i < im->product_set.nr; i++)
		if (im->product_set.items[i].valid)
			index_product(im, add_entry(&im->item, &im->nitem, &im->aitem,
						    &im->product_set.items[i], false),
				      NULL);
		else
			bad++;
	if (!bad && !diag_error_count(&load)) {
		diag_move(im->dl, &load);
		return 0;
	}
	diag_move(im->dl, &load);
	diag_error(im->dl, im->s->root, 0, 0,
		   _("the data directory holds records that do not load, so rows cannot be matched to them"));
	diag_hint(im->dl, _("run 'ocop check' and fix them first"));
	return -1;
}

/* An id for a new record: the slug of its name, made unique. */
static char *new_id(struct importer *im, enum record_type type, const char *name)
{
	struct smap *ids = type == RECORD_PRODUCER ? &im->by_pid : &im->by_iid;
	char *slug = text_slug(name), *id;
	size_t dummy;
	int n;

	if (!*slug) {
		free(slug);
		return NULL;
	}
	id = xstrdup(slug);
	for (n = 2; smap_get(ids, id, &dummy) || store_exists(im->s, type, id); n++) {
		char suffix[16];
		size_t keep = strlen(slug);

		free(id);
		snprintf(suffix, sizeof(suffix), "-%d", n);
		if (keep + strlen(suffix) > 64)
			keep = 64 - strlen(suffix);
		id = xasprintf("%.*s%s", (int)keep, slug, suffix);
	}
	free(slug);
	return id;
}

static struct record *new_record(struct importer *im, enum record_type type,
				 const char *id)
{
	struct record *r = xmalloc(sizeof(*r));
	char *path = store_path(im->s, type, id);

	record_init(r, type, path);
	free(path);
	r->doc.root = node_new_mapping(&r->doc);
	node_set_str(&r->doc, r->doc.root, "id", id, STYLE_PLAIN);
	return r;
}

/* Before a row changes an existing record: keep it as read, work on a copy. */
static struct node *begin_change(struct entry *e)
{
	struct node *saved = e->r->doc.root;

	if (!e->orig) {
		record_canonicalize(e->r);
		saved = e->r->doc.root;
		e->orig = node_copy(&e->r->doc, saved);
	}
	e->r->doc.root = node_copy(&e->r->doc, saved);
	return saved;
}

/* Undo a row's change: back to the tree it started from. */
static void undo_change(struct entry *e, struct node *saved)
{
	struct diag_list ignore = DIAG_LIST_INIT;

	e->r->doc.root = saved;
	record_decode(e->r, &ignore);
	diag_list_release(&ignore);
}

/* The top-level keys whose values differ between two record trees. */
static char *changed_keys(const struct node *a, const struct node *b)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	for (i = 0; i < b->u.map.nr; i++) {
		const char *k = b->u.map.pairs[i].key->u.scalar.value;
		const struct node *old = node_get(a, k);

		if (!old || !node_equal(old, b->u.map.pairs[i].value))
			strbuf_addf(&sb, "%s%s", sb.len ? ", " : "", k);
	}
	for (i = 0; i < a->u.map.nr; i++) {
		const char *k = a->u.map.pairs[i].key->u.scalar.value;

		if (!node_get(b, k))
			strbuf_addf(&sb, "%s%s", sb.len ? ", " : "", k);
	}
	return strbuf_detach(&sb, NULL);
}

/* Is the record now different from what was read? */
static bool entry_changed(struct entry *e)
{
	if (e->is_new || !e->orig)
		return e->is_new;
	record_canonicalize(e->r);
	return !node_equal(e->orig, e->r->doc.root);
}

static void note_change(struct importer *im, struct entry *e, unsigned line)
{
	struct import_result *res = im->res;
	struct import_change *c;

	res->changes = xrealloc(res->changes, (res->nchanges + 1) * sizeof(*c));
	c = &res->changes[res->nchanges++];
	memset(c, 0, sizeof(*c));
	c->action = e->is_new ? IMPORT_ADD : IMPORT_CHANGE;
	c->type = e->type;
	c->id = xstrdup(entry_str(e, "id"));
	c->name = xstrdup(entry_str(e, "name"));
	c->line = line;
	if (!e->is_new)
		c->keys = changed_keys(e->orig, e->r->doc.root);
}

/* --- diagnostics of the validator, moved to the row ------------------------------------ */

/* The key a validator message is about: "category: …", "unknown kind '…'". */
static char *message_key(const char *msg)
{
	size_t n = strcspn(msg, ": '");

	if (!strncmp(msg, "unknown ", 8)) {
		msg += 8;
		n = strcspn(msg, " ");
	} else if (msg[n] != ':') {
		return NULL;
	}
	return xstrndup(msg, n);
}

static enum col_field field_of_key(enum record_type type, const char *key)
{
	static const struct { const char *key; enum col_field product, producer; } keys[] = {
		{ "name", C_NAME, C_PRODUCER },
		{ "producer", C_PRODUCER, C_NONE },
		{ "category", C_CATEGORY, C_NONE },
		{ "set", C_SET, C_NONE },
		{ "origin", C_ORIGIN, C_NONE },
		{ "notes", C_NOTES, C_PRODUCER_NOTES },
		{ "barcode", C_BARCODE, C_NONE },
		{ "readiness", C_BARCODE, C_NONE },
		{ "trademark", C_TRADEMARK, C_NONE },
		{ "evaluations", C_STARS, C_NONE },
		{ "cycle", C_STARS, C_NONE },
		{ "kind", C_NONE, C_KIND },
		{ "tax_code", C_NONE, C_TAX_CODE },
		{ "representative", C_NONE, C_REPRESENTATIVE },
		{ "phone", C_NONE, C_PHONE },
		{ "address", C_NONE, C_ADDRESS },
		{ "old_address", C_NONE, C_OLD_ADDRESS },
	};
	size_t i;

	for (i = 0; key && i < ARRAY_SIZE(keys); i++)
		if (!strcmp(keys[i].key, key))
			return type == RECORD_PRODUCT ? keys[i].product : keys[i].producer;
	return C_NONE;
}

/*
 * Report the validator's findings on a record a row built at the row, in
 * the column the key came from (the name's when none did).  Returns -1
 * when there was an error.
 */
static int relocate(struct row *rw, struct record *r, struct diag_list *found,
		    int group)
{
	struct importer *im = rw->im;
	enum col_field fallback = r->type == RECORD_PRODUCT ? C_NAME : C_PRODUCER;
	int ret = 0;
	size_t i;

	for (i = 0; i < found->nr; i++) {
		const struct diag *d = &found->items[i];
		char *key = message_key(d->message);
		enum col_field f = field_of_key(r->type, key);
		int g = per_group(f) ? group : 0;
		int col;

		if (f == C_ADDRESS && !im->where[C_ADDRESS][0])
			f = C_COMMUNE;
		if (f == C_NONE || !im->where[f][g]) {
			f = fallback;
			g = 0;
		}
		col = im->where[f][g];
		diag_add(im->dl, d->severity, d->status, im->name, rw->src->line,
			 (unsigned)col, "%s%s", r->type == RECORD_PRODUCER &&
			 im->kind == IMPORT_PRODUCTS ? _("producer: ") : "", d->message);
		if (d->hint)
			diag_hint(im->dl, "%s", d->hint);
		if (d->severity == DIAG_ERROR)
			ret = -1;
		free(key);
	}
	diag_list_release(found);
	if (ret)
		rw->refused = true;
	return ret;
}

/* Check a record a row built, as `ocop check` would; report at the row. */
static int check_record(struct row *rw, struct record *r, int group)
{
	struct diag_list found = DIAG_LIST_INIT;

	record_canonicalize(r);
	validate_record(NULL, r, &found);
	return relocate(rw, r, &found, group);
}

/* --- new records kept as text ------------------------------------------------------- */

static void drop_tree(struct entry *e)
{
	record_release(e->r);
	free(e->r);
	e->r = NULL;
}

static void free_frozen(struct entry *e)
{
	size_t k;

	free(e->text);
	free(e->id);
	free(e->name);
	for (k = 0; k < NPRODUCER_KEYS; k++)
		free(e->vals[k]);
	e->text = e->id = e->name = NULL;
	memset(e->vals, 0, sizeof(e->vals));
}

static void freeze_values(struct entry *e);

/*
 * A new record whose row passed: the text of its file, made now as
 * edit_write would make it at the end (the tree is canonical and
 * check_record passed it), and the tree freed.  A dry run needs no text
 * for a product (nothing is written, and no row can change it again).
 */
static void freeze(struct importer *im, struct entry *e)
{
	struct record *r = e->r;

	free_frozen(e);
	if (!im->s->dry_run || e->type == RECORD_PRODUCER) {
		struct strbuf sb = STRBUF_INIT;

		record_canonicalize(r);
		if (yaml_emit(r->doc.root, r->path, &sb, &im->failures)) {
			/* Nothing will be written: keep the tree. */
			strbuf_release(&sb);
			im->failed = true;
			return;
		}
		e->text = strbuf_detach(&sb, &e->len);
	}
	e->id = xstrdup(node_get_str(r->doc.root, "id"));
	e->name = xstrdup(node_get_str(r->doc.root, "name"));
	if (e->type == RECORD_PRODUCER)
		freeze_values(e);
	if (e->text || e->type == RECORD_PRODUCT)
		drop_tree(e);
}

/* A new producer kept as text, a tree again for a row that changes it. */
static void thaw(struct importer *im, struct entry *e)
{
	struct diag_list dl = DIAG_LIST_INIT;
	struct record *r;
	char *path;

	if (e->r)
		return;
	r = xmalloc(sizeof(*r));
	path = store_path(im->s, e->type, e->id);
	record_init(r, e->type, path);
	free(path);
	/* yaml_emit read the text back when it made it: it loads. */
	if (yaml_load(e->text, e->len, r->path, &r->doc, &dl) ||
	    record_decode(r, &dl))
		BUG("a record kept as text does not load: %s",
		    dl.nr ? dl.items[0].message : "?");
	diag_list_release(&dl);
	e->r = r;
}

/* --- producers ---------------------------------------------------------------------- */

/* What a row does to a record: a new one, or a change to an entry. */
struct pending {
	size_t idx;		/* the entry changed, or NONE */
	struct record *fresh;	/* a new record */
	struct node *saved;	/* the entry's tree before the row, or NULL */
	char *key;		/* a product: its product_key */
	bool renamed;		/* a producer: the row gives it a new name */
};

#define PENDING_INIT { NONE, NULL, NULL, NULL, false }

static void pending_undo(struct entry *v, struct pending *p)
{
	if (p->fresh) {
		record_release(p->fresh);
		free(p->fresh);
		p->fresh = NULL;
	}
	if (p->saved && p->idx != NONE) {
		undo_change(&v[p->idx], p->saved);
		/* A producer thawed for the row: its text is still right. */
		if (v[p->idx].text)
			drop_tree(&v[p->idx]);
	}
	p->saved = NULL;
	free(p->key);
	p->key = NULL;
}

static const struct {
	enum col_field f;
	const char *key;
} producer_keys[] = {
	{ C_KIND, "kind" },
	{ C_TAX_CODE, "tax_code" },
	{ C_REPRESENTATIVE, "representative" },
	{ C_PHONE, "phone" },
	{ C_ADDRESS, "address" },
	{ C_OLD_ADDRESS, "old_address" },
	{ C_PRODUCER_NOTES, "notes" },
};
_Static_assert(ARRAY_SIZE(producer_keys) == NPRODUCER_KEYS,
	       "NPRODUCER_KEYS is the size of producer_keys");
#define TAX_KEY 1	/* producer_keys[TAX_KEY] is the tax code */

static void freeze_values(struct entry *e)
{
	size_t k;

	for (k = 0; k < NPRODUCER_KEYS; k++) {
		const char *v = node_get_str(e->r->doc.root, producer_keys[k].key);

		e->vals[k] = v ? xstrdup(v) : NULL;
	}
}

/* A producer's value of producer_keys[k], tree or text. */
static const char *producer_value(const struct entry *e, size_t k)
{
	return e->r ? node_get_str(e->r->doc.root, producer_keys[k].key) :
	       e->vals[k];
}

/* A producer's tax code as record_decode gives it (NULL when empty). */
static const char *producer_tax(const struct entry *e)
{
	const char *v;

	if (e->r)
		return e->r->u.producer.tax_code;
	v = e->vals[TAX_KEY];
	return v && *v ? v : NULL;
}

/*
 * A row's producer cells, made values: a row that names no producer
 * belongs to the one above (the merged cells of a spreadsheet export), and
 * takes the cells it leaves empty from it; the kind becomes its word, the
 * tax code loses its spaces and dots, the commune joins the address.
 */
static int producer_values(struct row *rw)
{
	struct importer *im = rw->im;
	const char *suggestion = NULL;
	enum producer_kind kind;
	int f;

	if (im->kind == IMPORT_PRODUCTS && !V(rw, C_PRODUCER) && !V(rw, C_TAX_CODE)) {
		if (!im->have_prev || (!im->prev[C_PRODUCER] && !im->prev[C_TAX_CODE]))
			return row_error(rw, C_PRODUCER, 0,
					 _("no producer: the cell is empty, and no row above names one"));
		rw->inherited = true;
	}
	if (rw->inherited || (im->have_prev && V(rw, C_PRODUCER) && im->prev_pkey &&
			      !strcmp(row_pkey(rw), im->prev_pkey)))
		for (f = C_PRODUCER_FIRST; f <= C_PRODUCER_LAST; f++)
			if (!rw->v[f][0] && im->prev[f])
				rw->v[f][0] = xstrdup(im->prev[f]);
	for (f = C_PRODUCER_FIRST; f <= C_PRODUCER_LAST; f++) {
		free(im->prev[f]);
		im->prev[f] = rw->v[f][0] ? xstrdup(rw->v[f][0]) : NULL;
	}
	free(im->prev_pkey);
	im->prev_pkey = row_pkey(rw) ? xstrdup(row_pkey(rw)) : NULL;
	im->have_prev = true;
	if (V(rw, C_TAX_CODE)) {
		char *code = clean_code(V(rw, C_TAX_CODE));

		free(V(rw, C_TAX_CODE));
		V(rw, C_TAX_CODE) = code;
	}
	if (V(rw, C_KIND)) {
		if (parse_kind(V(rw, C_KIND), &kind, &suggestion)) {
			char *v = excerpt(V(rw, C_KIND));

			row_error(rw, C_KIND, 0, _("unknown kind of producer '%s'"), v);
			if (suggestion)
				diag_hint(im->dl, _("did you mean '%s'?"), suggestion);
			else
				diag_hint(im->dl, _("doanh nghiệp, hợp tác xã, tổ hợp tác, hộ kinh doanh, cơ sở sản xuất, cá nhân (or enterprise, cooperative, …)"));
			free(v);
			return -1;
		}
		free(V(rw, C_KIND));
		V(rw, C_KIND) = xstrdup(rules_kind(kind)->slug);
	}
	if (V(rw, C_COMMUNE)) {
		const char *addr = V(rw, C_ADDRESS);
		char *a = addr ? match_key(addr) : NULL, *c = match_key(V(rw, C_COMMUNE));

		if (!addr) {
			V(rw, C_ADDRESS) = xstrdup(V(rw, C_COMMUNE));
		} else if (!strstr(a, c)) {
			char *joined = xasprintf("%s, %s", addr, V(rw, C_COMMUNE));

			free(V(rw, C_ADDRESS));
			V(rw, C_ADDRESS) = joined;
		}
		free(a);
		free(c);
	}
	return 0;
}

/*
 * The producer a row names: by tax code, else by id, else by name (folded
 * for case, diacritics and punctuation).  *idx is NONE for a new one.
 */
static int find_producer(struct row *rw, size_t *idx, bool *by_tax)
{
	struct importer *im = rw->im;
	const char *name = V(rw, C_PRODUCER), *tax = V(rw, C_TAX_CODE);
	size_t i = NONE;

	*by_tax = false;
	*idx = NONE;
	if (tax && smap_get(&im->by_tax, tax, &i)) {
		if (i == AMBIGUOUS)
			return row_error(rw, C_TAX_CODE, 0,
					 _("two producers have the tax code %s; run 'ocop check'"), tax);
		*by_tax = true;
		*idx = i;
		return 0;
	}
	if (name && record_id_valid(name) && smap_get(&im->by_pid, name, &i)) {
		*idx = i;
	} else if (name) {
		if (!smap_get(&im->by_pname, row_pkey(rw), &i))
			i = NONE;
		if (i == AMBIGUOUS) {
			char *v = excerpt(name);

			row_error(rw, C_PRODUCER, 0, _("two producers are named '%s'"), v);
			diag_hint(im->dl, _("give the tax code, or the producer's id, in this cell"));
			free(v);
			return -1;
		}
		*idx = i;
	}
	if (*idx != NONE && tax) {
		const char *has = producer_tax(&im->prod[*idx]);

		if (has) {
			char *code = clean_code(has);
			int differs = strcmp(code, tax);

			free(code);
			if (differs)
				return row_error(rw, C_TAX_CODE, 0,
						 _("'%s' has the tax code %s, not %s"),
						 entry_str(&im->prod[*idx], "id"), has, tax);
		}
	}
	return 0;
}

/* The producer's values a row gives that differ from the record's. */
static int producer_conflicts(struct row *rw, struct entry *e, bool rename,
			      bool *changes)
{
	size_t k;
	int ret = 0;

	*changes = rename;
	for (k = 0; k < ARRAY_SIZE(producer_keys); k++) {
		enum col_field f = producer_keys[k].f;
		const char *v = rw->v[f][0], *cur = producer_value(e, k);

		if (!v || (cur && !strcmp(cur, v)))
			continue;
		if (e->given_by[k] && e->given_by[k] != rw->src->line) {
			char *a = excerpt(v), *b = excerpt(cur ? cur : "");

			ret = row_error(rw, f, 0, _("'%s' differs from '%s', given for this producer on line %u"),
					a, b, e->given_by[k]);
			free(a);
			free(b);
			continue;
		}
		*changes = true;
	}
	return ret;
}

static void put_producer_values(struct row *rw, struct record *r)
{
	size_t k;

	for (k = 0; k < ARRAY_SIZE(producer_keys); k++) {
		const char *v = rw->v[producer_keys[k].f][0];

		if (v)
			node_set_str(&r->doc, r->doc.root, producer_keys[k].key, v,
				     STYLE_AUTO);
	}
}

/* Make or change the producer a row names; the change waits in *p. */
static int row_producer(struct row *rw, struct pending *p)
{
	struct importer *im = rw->im;
	const char *name = V(rw, C_PRODUCER);
	enum producer_kind kind;
	bool by_tax, changes, rename;
	struct entry *e;
	char *id;

	if (find_producer(rw, &p->idx, &by_tax))
		return -1;
	if (p->idx != NONE) {
		e = &im->prod[p->idx];
		rename = by_tax && name && strcmp(row_pkey(rw), e->nkey);
		if (producer_conflicts(rw, e, rename, &changes))
			return -1;
		if (!changes)
			return 0;
		if (e->is_new)
			thaw(im, e);
		p->saved = e->is_new ? e->r->doc.root : begin_change(e);
		if (e->is_new)
			e->r->doc.root = node_copy(&e->r->doc, p->saved);
		if (rename)
			node_set_str(&e->r->doc, e->r->doc.root, "name", name, STYLE_AUTO);
		p->renamed = rename;
		put_producer_values(rw, e->r);
		return check_record(rw, e->r, 0);
	}
	if (!name)
		return row_error(rw, C_TAX_CODE, 0,
				 _("no producer has the tax code %s, and the row gives no name for a new one"),
				 V(rw, C_TAX_CODE));
	if (!V(rw, C_KIND)) {
		if (rules_kind_from_name(name, &kind)) {
			char *v = excerpt(name);

			row_error(rw, C_PRODUCER, 0, _("cannot tell what kind of producer '%s' is from its name"), v);
			diag_hint(im->dl, _("add a column 'Loại hình' (doanh nghiệp, hợp tác xã, hộ kinh doanh, cơ sở sản xuất, …)"));
			free(v);
			return -1;
		}
		V(rw, C_KIND) = xstrdup(rules_kind(kind)->slug);
	}
	id = new_id(im, RECORD_PRODUCER, name);
	if (!id)
		return row_error(rw, C_PRODUCER, 0, _("cannot make an id from the name"));
	p->fresh = new_record(im, RECORD_PRODUCER, id);
	free(id);
	node_set_str(&p->fresh->doc, p->fresh->doc.root, "name", name, STYLE_AUTO);
	put_producer_values(rw, p->fresh);
	return check_record(rw, p->fresh, 0);
}

/* The row passed: its producer is kept. Returns the entry's index. */
static size_t commit_producer(struct row *rw, struct pending *p)
{
	struct importer *im = rw->im;
	struct entry *e;
	size_t k, i = p->idx;

	if (p->fresh) {
		i = add_entry(&im->prod, &im->nprod, &im->aprod, p->fresh, true);
		index_producer(im, i, row_pkey(rw));
		p->fresh = NULL;
	}
	e = &im->prod[i];
	if (p->renamed) {	/* not indexed by it: as it was */
		free(e->nkey);
		e->nkey = xstrdup(row_pkey(rw));
	}
	/* A tax code a row gives a known producer finds it from now on, or a
	 * later row with that code would make a second producer. */
	index_put(&im->by_tax, V(rw, C_TAX_CODE), i);
	e->used = true;
	if (!e->line)
		e->line = rw->src->line;
	for (k = 0; k < ARRAY_SIZE(producer_keys); k++)
		if (rw->v[producer_keys[k].f][0] && !e->given_by[k])
			e->given_by[k] = rw->src->line;
	p->saved = NULL;
	if (e->is_new && e->r)
		freeze(im, e);
	return i;
}

/* --- recognitions ---------------------------------------------------------------------- */

struct recognition {
	int group;
	int stars;
	struct ocop_date date;
	const char *decision, *authority;
	enum eval_level level;
};

static bool group_given(const struct row *rw, int g)
{
	int f;

	for (f = C_STARS; f < C_COUNT; f++)
		if (rw->v[f][g])
			return true;
	return false;
}

/* A cell's date, not in the future; -1 (refused) when it is not one. */
static int cell_date(struct row *rw, enum col_field f, int g, struct ocop_date *d)
{
	char buf[DATE_ISO_MAX], *v;

	if (parse_date(rw->v[f][g], d)) {
		v = excerpt(rw->v[f][g]);
		row_error(rw, f, g, _("'%s' is not a date"), v);
		diag_hint(rw->im->dl, _("write it as dd/mm/yyyy, yyyy-mm-dd, or the year alone"));
		free(v);
		return -1;
	}
	if (date_cmp(d, &rw->im->today) > 0) {
		date_format_iso(d, buf);
		return row_error(rw, f, g, _("%s is in the future"), buf);
	}
	return 0;
}

/* Read recognition g (0-based) of a row; latest: it takes the current columns. */
static int read_recognition(struct row *rw, int g, bool latest,
			    struct recognition *out)
{
	struct importer *im = rw->im;
	const char *stars = rw->v[C_STARS][g];
	const char *expires = rw->v[C_EXPIRES][g];
	enum col_field sf = C_STARS, ef = C_EXPIRES;
	struct ocop_date year, exp, want;
	const struct rule_set *rs;
	int eg = g, sg = g;
	char a[DATE_ISO_MAX], b[DATE_ISO_MAX], *v;

	memset(out, 0, sizeof(*out));
	out->group = g;
	if (!stars && latest && V(rw, C_CURRENT_STARS)) {
		stars = V(rw, C_CURRENT_STARS);
		sf = C_CURRENT_STARS;
		sg = 0;
	}
	if (!expires && latest && V(rw, C_CURRENT_EXPIRES)) {
		expires = V(rw, C_CURRENT_EXPIRES);
		ef = C_CURRENT_EXPIRES;
		eg = 0;
	}
	if (!stars)
		return row_error(rw, C_STARS, g, _("a recognition needs its stars"));
	out->stars = parse_stars(stars);
	if (out->stars < 0) {
		v = excerpt(stars);
		row_error(rw, sf, sg, _("'%s' is not a number of stars"), v);
		free(v);
		return -1;
	}
	if (out->stars < CERTIFIED_MIN_STARS) {
		row_error(rw, sf, sg, _("%d stars are not a recognition: OCOP certifies 3 to 5 stars"),
			  out->stars);
		diag_hint(im->dl, _("a product rated 1 or 2 stars gets no decision; leave it out of the register"));
		return -1;
	}
	if (rw->v[C_DATE][g] && cell_date(rw, C_DATE, g, &out->date))
		return -1;
	if (rw->v[C_YEAR][g]) {
		if (date_parse_iso(rw->v[C_YEAR][g], true, &year) || year.prec != DATE_YEAR) {
			v = excerpt(rw->v[C_YEAR][g]);
			row_error(rw, C_YEAR, g, _("'%s' is not a year"), v);
			free(v);
			return -1;
		}
		if (rw->v[C_DATE][g] && year.year != out->date.year)
			return row_error(rw, C_YEAR, g, _("the year %d is not the year of the date (%d)"),
					 year.year, out->date.year);
		if (!rw->v[C_DATE][g] && cell_date(rw, C_YEAR, g, &out->date))
			return -1;
	}
	if (!rw->v[C_DATE][g] && !rw->v[C_YEAR][g]) {
		row_error(rw, sf, sg, _("a recognition needs its date, or at least its year"));
		diag_hint(im->dl, _("add a column 'Ngày công nhận' or 'Năm công nhận'"));
		return -1;
	}
	out->decision = rw->v[C_DECISION][g];
	out->authority = rw->v[C_AUTHORITY][g];
	rs = rules_in_force(&out->date);
	out->level = rs && out->stars > rs->province_max_stars ? LEVEL_CENTRAL :
		     LEVEL_PROVINCE;
	if (rw->v[C_LEVEL][g] && parse_level(rw->v[C_LEVEL][g], &out->level)) {
		v = excerpt(rw->v[C_LEVEL][g]);
		row_error(rw, C_LEVEL, g, _("'%s' is not a level"), v);
		diag_hint(im->dl, _("tỉnh (province) or trung ương (central)"));
		free(v);
		return -1;
	}
	if (expires) {
		if (parse_date(expires, &exp)) {
			v = excerpt(expires);
			row_error(rw, ef, eg, _("'%s' is not a date"), v);
			free(v);
			return -1;
		}
		want = date_add_months(&out->date, CERTIFICATE_MONTHS);
		if (!dates_agree(&exp, &want)) {
			date_format_iso(&exp, a);
			date_format_iso(&want, b);
			row_error(rw, ef, eg, _("%s is not %d months after the recognition (%s)"),
				  a, CERTIFICATE_MONTHS, b);
			diag_hint(im->dl, _("a certificate is valid 36 months from its decision (148/QĐ-TTg); check the dates"));
			return -1;
		}
	}
	return 0;
}

/* The recognitions of a row, in order; -1 when one is refused. */
static int read_recognitions(struct row *rw, struct recognition *out, int *n)
{
	int g, latest = -1, ret = 0;

	*n = 0;
	for (g = 0; g < GROUPS; g++)
		if (group_given(rw, g))
			latest = g;
	if (latest < 0 && (V(rw, C_CURRENT_STARS) || V(rw, C_CURRENT_EXPIRES)))
		latest = 0;
	for (g = 0; g <= latest; g++) {
		if (g != latest && !group_given(rw, g))
			continue;
		if (read_recognition(rw, g, g == latest, &out[*n]))
			ret = -1;
		else
			(*n)++;
	}
	if (latest >= 0 && V(rw, C_CURRENT_STARS) && rw->v[C_STARS][latest]) {
		int cur = parse_stars(V(rw, C_CURRENT_STARS));
		int last = parse_stars(rw->v[C_STARS][latest]);

		if (cur < 0) {
			char *v = excerpt(V(rw, C_CURRENT_STARS));

			ret = row_error(rw, C_CURRENT_STARS, 0, _("'%s' is not a number of stars"), v);
			free(v);
		} else if (last > 0 && cur != last) {
			ret = row_error(rw, C_CURRENT_STARS, 0,
					_("%d stars, but the latest recognition gives %d"),
					cur, last);
		}
	}
	return ret;
}

/* Has p a recognition dated on or after d? */
static bool recognised_since(const struct product *p, const struct ocop_date *d)
{
	size_t i;

	for (i = 0; i < p->nevals; i++)
		if (rating_is_recognition(&p->evals[i]) && date_cmp(&p->evals[i].date, d) >= 0)
			return true;
	return false;
}

static bool same_decision_text(const char *a, const char *b)
{
	char *x = match_key(a), *y = match_key(b);
	bool same = !strcmp(x, y);

	free(x);
	free(y);
	return same;
}

static char *provenance(const struct importer *im, const struct row *rw,
			const struct recognition *rc)
{
	return xasprintf("imported from %s, line %u%s", im->base, rw->src->line,
			 rc->decision ? "" : "; the register gives no decision number");
}

/*
 * The register's recognition is already in the record when one of the
 * same stars has the same decision number or, lacking numbers, a date that
 * agrees.  Then only what the record lacks is added: the number, the
 * authority, a day where it knew only the year (and the certificate's end
 * and the cycle's entry with it).
 */
static void refine(struct row *rw, struct record *r, const struct evaluation *e,
		   const struct recognition *rc)
{
	struct node *n = (struct node *)e->node;
	struct node_doc *doc = &r->doc;
	char old[DATE_ISO_MAX], buf[DATE_ISO_MAX];
	const char *note = node_get_str(n, "note");
	struct node *cycle = node_get(doc->root, "cycle");
	struct ocop_date exp;
	size_t i;

	if (!e->decision && rc->decision) {
		node_set_str(doc, n, "decision", rc->decision, STYLE_AUTO);
		if (note && !strncmp(note, "imported from ", 14)) {
			char *p = provenance(rw->im, rw, rc);

			node_set_str(doc, n, "note", p, STYLE_AUTO);
			free(p);
		}
	}
	if (!e->authority && rc->authority)
		node_set_str(doc, n, "authority", rc->authority, STYLE_AUTO);
	if (e->has_score || rc->date.prec >= e->date.prec)
		return;
	date_format_iso(&e->date, old);
	date_format_iso(&rc->date, buf);
	node_set_str(doc, n, "date", buf, STYLE_PLAIN);
	exp = date_add_months(&rc->date, CERTIFICATE_MONTHS);
	date_format_iso(&exp, buf);
	if (node_get(n, "expires"))
		node_set_str(doc, n, "expires", buf, STYLE_PLAIN);
	for (i = 0; cycle && cycle->kind == NODE_SEQUENCE && i < cycle->u.seq.nr; i++) {
		struct node *c = cycle->u.seq.items[i];
		const char *step = node_get_str(c, "step"), *day = node_get_str(c, "date");

		if (step && !strcmp(step, "5") && day && !strcmp(day, old)) {
			date_format_iso(&rc->date, buf);
			node_set_str(doc, c, "date", buf, STYLE_PLAIN);
		}
	}
}

/*
 * Do different scoring decisions apply within a partial date (2023: 1048
 * until 23 February, then 148)?  Then the register's year does not say
 * which, and none is recorded.
 */
static bool straddles_rules(const struct ocop_date *d)
{
	struct ocop_date last = *d;
	const struct rule_set *a, *b;

	if (d->prec == DATE_DAY)
		return false;
	if (d->prec == DATE_YEAR)
		last.month = 12;
	last.day = date_days_in_month(last.year, last.month);
	last.prec = DATE_DAY;
	a = rules_in_force(d);
	b = rules_in_force(&last);
	return !a || !b || strcmp(a->basis, b->basis);
}

/* Add recognition rc to product r (decoded), unless it holds it already. */
static int add_recognition(struct row *rw, struct record *r,
			   const struct recognition *rc)
{
	struct importer *im = rw->im;
	const struct product *p = &r->u.product;
	struct diag_list found = DIAG_LIST_INIT;
	struct council_input in;
	const struct cycle_entry *last;
	struct node *list;
	char *note;
	size_t i;
	int ret;

	for (i = 0; i < p->nevals; i++) {
		const struct evaluation *e = &p->evals[i];

		if (e->level == LEVEL_WARD || e->stars != rc->stars)
			continue;
		if (rc->decision && e->decision ? same_decision_text(e->decision, rc->decision) :
		    dates_agree(&e->date, &rc->date)) {
			refine(rw, r, e, rc);
			ret = record_decode(r, &found);
			return ret ? relocate(rw, r, &found, rc->group) :
			       (diag_list_release(&found), 0);
		}
	}
	/* The cycle's step 5, unless the product already waits there. */
	last = p->ncycle ? &p->cycle[p->ncycle - 1] : NULL;
	if (!last || last->step != 5 || recognised_since(p, &last->date))
		cycle_append(r, 5, &rc->date, NULL, false);
	memset(&in, 0, sizeof(in));
	in.level = rc->level;
	in.date = rc->date;
	in.stars = rc->stars;
	in.decision = rc->decision;
	in.authority = rc->authority;
	note = provenance(im, rw, rc);
	in.note = note;
	ret = rating_add_council(r, &in, im->province, &found);
	free(note);
	if (!ret) {
		struct node *e;

		list = node_get(r->doc.root, "evaluations");
		e = list->u.seq.items[list->u.seq.nr - 1];
		/* Who recognised it is the register's to say, not a default's. */
		if (!rc->authority)
			node_remove(e, "authority");
		/* A year that two rule sets share names no basis. */
		if (straddles_rules(&rc->date))
			node_remove(e, "basis");
	}
	if (!ret)
		ret = record_decode(r, &found);
	if (ret)
		return relocate(rw, r, &found, rc->group);
	diag_list_release(&found);
	return 0;
}

/* --- products -------------------------------------------------------------------------- */

static void put_readiness(struct record *r, const char *key, const char *v)
{
	struct node *ready = node_get(r->doc.root, "readiness");

	if (!ready || ready->kind != NODE_MAPPING) {
		ready = node_new_mapping(&r->doc);
		node_set(&r->doc, r->doc.root, "readiness", ready);
	}
	node_set_str(&r->doc, ready, key, v, STYLE_AUTO);
}

static void put_if_differs(struct record *r, const char *key, const char *v)
{
	const char *cur = node_get_str(r->doc.root, key);

	if (v && (!cur || strcmp(cur, v)))
		node_set_str(&r->doc, r->doc.root, key, v, STYLE_AUTO);
}

/* The product's own cells: category (and set), set, origin, notes, readiness. */
static int product_cells(struct row *rw, struct record *r, bool is_new)
{
	struct importer *im = rw->im;
	const char *suggestion = NULL;
	enum ocop_category cat;
	enum product_origin origin;
	char num[8], *v;
	int set = 0, n;

	if (V(rw, C_CATEGORY)) {
		if (parse_category(V(rw, C_CATEGORY), &cat, &set, &suggestion)) {
			v = excerpt(V(rw, C_CATEGORY));
			row_error(rw, C_CATEGORY, 0, _("unknown category '%s'"), v);
			if (suggestion)
				diag_hint(im->dl, _("did you mean '%s'?"), suggestion);
			else
				diag_hint(im->dl, _("a ngành (Thực phẩm, Đồ uống, Dược liệu, Thủ công mỹ nghệ, Sinh vật cảnh, Dịch vụ du lịch, or 1–6), a nhóm or a bộ sản phẩm of 148/QĐ-TTg"));
			free(v);
			return -1;
		}
		put_if_differs(r, "category", rules_category(cat)->slug);
	} else if (is_new) {
		row_error(rw, C_CATEGORY, 0, _("a new product needs its category"));
		diag_hint(im->dl, _("add a column 'Nhóm sản phẩm' (Thực phẩm, Đồ uống, Dược liệu, …)"));
		return -1;
	}
	if (V(rw, C_SET)) {
		char *end;
		long l = strtol(V(rw, C_SET), &end, 10);

		if (*end || l < 1 || l > PRODUCT_SET_COUNT) {
			int s2 = 0;

			if (parse_category(V(rw, C_SET), &cat, &s2, NULL) || !s2) {
				v = excerpt(V(rw, C_SET));
				row_error(rw, C_SET, 0, _("'%s' is not a product set (1–26 or its name)"), v);
				free(v);
				return -1;
			}
			l = s2;
		}
		set = (int)l;
	}
	if (set) {
		n = snprintf(num, sizeof(num), "%d", set);
		(void)n;
		put_if_differs(r, "set", num);
	}
	if (V(rw, C_ORIGIN)) {
		if (rules_origin_parse(V(rw, C_ORIGIN), &origin, &suggestion)) {
			v = excerpt(V(rw, C_ORIGIN));
			row_error(rw, C_ORIGIN, 0, _("'%s' is not idea or existing"), v);
			free(v);
			return -1;
		}
		put_if_differs(r, "origin", rules_origin_slug(origin));
	}
	put_if_differs(r, "notes", V(rw, C_NOTES));
	if (V(rw, C_BARCODE))
		put_readiness(r, "barcode", V(rw, C_BARCODE));
	if (V(rw, C_TRADEMARK))
		put_readiness(r, "trademark", V(rw, C_TRADEMARK));
	return 0;
}

/* Make or change the product a row names, of producer pid; waits in *p. */
static int row_product(struct row *rw, const char *pid, struct pending *p)
{
	struct importer *im = rw->im;
	struct recognition recs[GROUPS];
	struct diag_list found = DIAG_LIST_INIT;
	struct record *r;
	char *key, *id;
	int n, i, group;

	if (read_recognitions(rw, recs, &n))
		return -1;
	key = p->key = product_key(V(rw, C_NAME), pid);
	if (!smap_get(&im->by_key, key, &p->idx))
		p->idx = NONE;
	if (p->idx == AMBIGUOUS) {
		p->idx = NONE;
		return row_error(rw, C_NAME, 0, _("two products of this producer have this name; run 'ocop check'"));
	}
	if (p->idx != NONE) {
		struct entry *e = &im->item[p->idx];

		if (e->claimed) {
			p->idx = NONE;
			return row_error(rw, C_NAME, 0, _("the same product as on line %u"),
					 e->claimed);
		}
		p->saved = begin_change(e);
		r = e->r;
	} else {
		id = new_id(im, RECORD_PRODUCT, V(rw, C_NAME));
		if (!id)
			return row_error(rw, C_NAME, 0, _("cannot make an id from the name"));
		r = p->fresh = new_record(im, RECORD_PRODUCT, id);
		free(id);
		node_set_str(&r->doc, r->doc.root, "name", V(rw, C_NAME), STYLE_AUTO);
		node_set_str(&r->doc, r->doc.root, "producer", pid, STYLE_PLAIN);
		node_set_str(&r->doc, r->doc.root, "origin", "existing", STYLE_PLAIN);
	}
	if (product_cells(rw, r, p->fresh != NULL))
		return -1;
	if (p->fresh && !n)	/* registered today, as `product add` does */
		cycle_append(r, 2, &im->today, NULL, false);
	record_canonicalize(r);
	if (record_decode(r, &found))
		return relocate(rw, r, &found, 0);
	diag_list_release(&found);
	for (i = 0; i < n; i++)
		if (add_recognition(rw, r, &recs[i]))
			return -1;
	group = n ? recs[n - 1].group : 0;
	return check_record(rw, r, group);
}

static void commit_product(struct row *rw, struct pending *p)
{
	struct importer *im = rw->im;
	struct import_counts *c = &im->res->rows;
	struct entry *e;
	size_t i = p->idx;

	if (p->fresh) {
		i = add_entry(&im->item, &im->nitem, &im->aitem, p->fresh, true);
		index_product(im, i, p->key);
		p->fresh = NULL;
	}
	free(p->key);
	p->key = NULL;
	e = &im->item[i];
	e->used = true;
	e->claimed = e->line = rw->src->line;
	p->saved = NULL;
	if (e->is_new) {
		c->added++;
		note_change(im, e, rw->src->line);
		freeze(im, e);
	} else if (entry_changed(e)) {
		c->changed++;
		note_change(im, e, rw->src->line);
	} else {
		c->unchanged++;
	}
}

/* --- rows -------------------------------------------------------------------------------- */

static bool is_number(const char *s)
{
	size_t n = strspn(s, "0123456789");

	return n && (!s[n] || (s[n] == '.' && !s[n + 1]));
}

/* Does the row repeat the header (two exports joined)? */
static bool repeats_header(const struct importer *im, const struct import_row *r)
{
	const struct import_row *h = &im->table.rows[im->header];
	size_t j;
	bool same = true;

	if (r->ncells != h->ncells)
		return false;
	for (j = 0; same && j < r->ncells; j++) {
		char *key = match_key(r->cells[j]);

		same = !strcmp(key, im->hkeys[j]);
		free(key);
	}
	return same;
}

static void free_values(struct row *rw)
{
	int f, g;

	for (f = 0; f < C_COUNT; f++)
		for (g = 0; g < GROUPS; g++)
			free(rw->v[f][g]);
	free(rw->pkey);
}

/*
 * The row's cells as values, by column.  Returns 1 for a row to skip
 * (empty, a heading, a total, the header again), 0, or -1 (refused).
 */
static int row_values(struct row *rw)
{
	struct importer *im = rw->im;
	const struct import_row *r = rw->src;
	bool any = false;
	size_t j;
	char *v;

	for (j = 0; j < r->ncells; j++) {
		const struct column *c = j < im->ncols ? &im->cols[j] : NULL;
		char *val = clean_value(r->cells[j], c && is_text_field(c->f));

		if (!val)
			continue;
		any = true;
		if (!c) {
			free(val);
			v = excerpt(r->cells[j]);
			diag_error(im->dl, im->name, r->line, (unsigned)j + 1,
				   _("a cell past the last column of the header ('%s'): the row has %zu cells, the header %zu"),
				   v, r->ncells, im->ncols);
			free(v);
			rw->refused = true;
			return -1;
		}
		if (c->unnamed) {
			free(val);
			diag_error(im->dl, im->name, r->line, (unsigned)j + 1,
				   _("a value under a column with no name"));
			diag_hint(im->dl, _("name the column in the header, or empty it"));
			rw->refused = true;
			return -1;
		}
		if (c->f == C_SKIP || c->f == C_NONE || rw->v[c->f][c->group]) {
			free(val);
			continue;
		}
		rw->v[c->f][c->group] = val;
	}
	if (!any)
		return 1;
	if (repeats_header(im, r)) {
		row_warn(rw, C_NONE, 0, _("the header again: the row is skipped"));
		return 1;
	}
	if (V(rw, C_SEQ) && !is_number(V(rw, C_SEQ))) {
		v = excerpt(V(rw, C_SEQ));
		row_warn(rw, C_SEQ, 0, _("'%s' is not a row number: a heading or a total, skipped"), v);
		free(v);
		return 1;
	}
	return 0;
}

static void import_one_row(struct importer *im, const struct import_row *src)
{
	struct row rw;
	struct pending pp = PENDING_INIT, ip = PENDING_INIT;
	struct entry *pe;
	size_t i;
	int skip;

	memset(&rw, 0, sizeof(rw));
	rw.im = im;
	rw.src = src;
	skip = row_values(&rw);
	if (skip > 0) {
		im->res->skipped++;
		free_values(&rw);
		return;
	}
	if (!skip && im->kind == IMPORT_PRODUCTS && !V(&rw, C_NAME))
		row_error(&rw, C_NAME, 0, _("the product's name is empty"));
	if (!rw.refused && im->kind == IMPORT_PRODUCERS && !V(&rw, C_PRODUCER) &&
	    !V(&rw, C_TAX_CODE))
		row_error(&rw, C_PRODUCER, 0, _("the producer's name is empty"));
	if (!rw.refused && !producer_values(&rw) && !row_producer(&rw, &pp) &&
	    im->kind == IMPORT_PRODUCERS && pp.idx != NONE && im->prod[pp.idx].claimed)
		row_error(&rw, C_PRODUCER, 0, _("the same producer as on line %u"),
			  im->prod[pp.idx].claimed);
	if (!rw.refused && im->kind == IMPORT_PRODUCTS) {
		const char *pid = pp.fresh ? node_get_str(pp.fresh->doc.root, "id") :
				  entry_str(&im->prod[pp.idx], "id");

		row_product(&rw, pid, &ip);
	}
	if (rw.refused) {
		pending_undo(im->item, &ip);
		pending_undo(im->prod, &pp);
		im->res->rows.refused++;
		im->refused++;
		free_values(&rw);
		return;
	}
	i = commit_producer(&rw, &pp);	/* may move im->prod */
	pe = &im->prod[i];
	if (im->kind == IMPORT_PRODUCTS) {
		commit_product(&rw, &ip);
	} else {
		pe->claimed = src->line;
		if (pe->is_new) {
			im->res->rows.added++;
			note_change(im, pe, src->line);
		} else if (entry_changed(pe)) {
			im->res->rows.changed++;
			note_change(im, pe, src->line);
		} else {
			im->res->rows.unchanged++;
		}
	}
	free_values(&rw);
}

/* One row; its messages are kept for the first ROWS_REPORTED rows that have any. */
static void import_row(struct importer *im, const struct import_row *src)
{
	struct diag_list *all = im->dl, mine = DIAG_LIST_INIT;

	im->dl = &mine;
	import_one_row(im, src);
	im->dl = all;
	if (!mine.nr)
		return;
	if (++im->noisy <= ROWS_REPORTED)
		diag_move(all, &mine);
	else
		diag_list_release(&mine);
}

/* --- the whole import ---------------------------------------------------------------------- */

static int compare_changes(const void *a, const void *b)
{
	const struct import_change *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	/* the producer a row makes comes before its product */
	return (x->type == RECORD_PRODUCT) - (y->type == RECORD_PRODUCT);
}

/* Products import: the producers the accepted rows named. */
static void tally_producers(struct importer *im)
{
	struct import_counts *c = &im->res->producers;
	size_t i;

	for (i = 0; i < im->nprod; i++) {
		struct entry *e = &im->prod[i];

		if (!e->used)
			continue;
		if (e->is_new) {
			c->added++;
			note_change(im, e, e->line);
		} else if (entry_changed(e)) {
			c->changed++;
			note_change(im, e, e->line);
		} else {
			c->unchanged++;
		}
	}
}

static int write_entries(struct importer *im, struct entry *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (!v[i].used || !entry_changed(&v[i]))
			continue;
		if (v[i].r ? edit_write(im->s, v[i].r, im->dl) :
		    edit_write_text(im->s, v[i].type, v[i].id, v[i].name,
				    v[i].type == RECORD_PRODUCER ?
				    producer_tax(&v[i]) : NULL,
				    v[i].text, v[i].len, im->dl))
			return -1;
		im->res->written = true;
	}
	return 0;
}

static void importer_release(struct importer *im)
{
	size_t i;

	for (i = 0; i < im->nprod; i++)
		free(im->prod[i].nkey);
	for (i = 0; i < im->nprod; i++)
		if (im->prod[i].is_new) {
			if (im->prod[i].r)
				drop_tree(&im->prod[i]);
			free_frozen(&im->prod[i]);
		}
	for (i = 0; i < im->nitem; i++)
		if (im->item[i].is_new) {
			if (im->item[i].r)
				drop_tree(&im->item[i]);
			free_frozen(&im->item[i]);
		}
	free(im->prod);
	free(im->item);
	record_set_release(&im->producer_set);
	record_set_release(&im->product_set);
	smap_release(&im->by_tax);
	smap_release(&im->by_pname);
	smap_release(&im->by_pid);
	smap_release(&im->by_key);
	smap_release(&im->by_iid);
	for (i = 0; i < im->ncols; i++)
		free(im->cols[i].title);
	free(im->cols);
	for (i = 0; i <= C_PRODUCER_LAST; i++)
		free(im->prev[i]);
	free(im->prev_pkey);
	for (i = 0; im->hkeys && i < im->table.rows[im->header].ncells; i++)
		free(im->hkeys[i]);
	free(im->hkeys);
	import_table_release(&im->table);
	diag_list_release(&im->failures);
	free(im->base);
}

int import_buffer(struct store *s, const char *buf, size_t len,
		  const char *name, const struct import_options *o,
		  struct import_result *res, struct diag_list *dl)
{
	struct importer im;
	const char *slash = strrchr(name, '/');
	size_t i, rows;
	int ret = -1;

	memset(res, 0, sizeof(*res));
	memset(&im, 0, sizeof(im));
	im.s = s;
	im.o = o;
	im.kind = o->kind;
	im.name = name;
	im.base = xstrdup(slash ? slash + 1 : name);
	im.dl = dl;
	im.res = res;
	im.today = date_today();
	im.province = s->office.valid ? s->office.u.office.province : NULL;
	if (import_csv_read(buf, len, name, &o->csv, &im.table, dl))
		goto out;
	if (!im.table.nrows) {
		diag_error(dl, name, 0, 0, _("the file holds no rows"));
		diag_hint(dl, _("a register has a header row, then one row per %s"),
			  o->kind == IMPORT_PRODUCTS ? _("product") : _("producer"));
		goto out;
	}
	if (map_columns(&im) || load_store(&im))
		goto out;
	if (im.header)
		diag_warn(dl, name, im.table.rows[0].line, 0,
			  _("%zu row(s) above the header skipped (a title?)"), im.header);
	rows = im.table.nrows - im.header - 1;
	if (!rows) {
		diag_warn(dl, name, im.table.rows[im.header].line, 0,
			  _("the file holds a header and no rows: nothing to import"));
		ret = 0;
		goto out;
	}
	/* Every row is compared with the header (two exports joined). */
	im.hkeys = xcalloc(im.table.rows[im.header].ncells, sizeof(*im.hkeys));
	for (i = 0; i < im.table.rows[im.header].ncells; i++)
		im.hkeys[i] = match_key(im.table.rows[im.header].cells[i]);
	for (i = im.header + 1; i < im.table.nrows; i++)
		import_row(&im, &im.table.rows[i]);
	if (im.noisy > ROWS_REPORTED)
		diag_warn(dl, name, 0, 0, _("%zu more rows had problems, not shown"),
			  im.noisy - ROWS_REPORTED);
	if (o->kind == IMPORT_PRODUCTS)
		tally_producers(&im);
	if (res->nchanges)
		qsort(res->changes, res->nchanges, sizeof(*res->changes),
		      compare_changes);
	if (im.refused && !o->partial) {
		diag_error(dl, name, 0, 0, _("nothing was imported: %zu of %zu rows refused"),
			   im.refused, rows - res->skipped);
		diag_hint(dl, _("fix them and import again, or pass --partial to import the others"));
		goto out;
	}
	if (im.failed) {
		diag_move(dl, &im.failures);
		goto out;
	}
	ret = 0;
	if (!s->dry_run) {
		/* One sync for the whole import, each record still atomic. */
		store_begin_batch(s);
		if (write_entries(&im, im.prod, im.nprod) ||
		    write_entries(&im, im.item, im.nitem))
			ret = -1;
		if (store_end_batch(s, ret != 0, dl))
			ret = -1;
	}
	if (im.refused)
		ret = -1;
out:
	importer_release(&im);
	return ret;
}

int import_file(struct store *s, const char *path,
		const struct import_options *o, struct import_result *res,
		struct diag_list *dl)
{
	struct strbuf buf = STRBUF_INIT;
	bool is_stdin = !strcmp(path, "-");
	const char *shown = is_stdin ? "<stdin>" : path;
	int fd = is_stdin ? 0 : open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	ssize_t n;
	int ret;

	memset(res, 0, sizeof(*res));
	if (fd < 0)
		return diag_env(dl, shown, _("cannot open: %s"), strerror(errno));
	if (fstat(fd, &st) || S_ISDIR(st.st_mode)) {
		if (!is_stdin)
			close(fd);
		return diag_error(dl, shown, 0, 0, _("not a file"));
	}
	for (;;) {
		strbuf_grow(&buf, 64 << 10);
		n = read(fd, buf.buf + buf.len, buf.alloc - buf.len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		strbuf_setlen(&buf, buf.len + (size_t)n);
		if (buf.len > IMPORT_MAX_BYTES)
			break;
	}
	if (!is_stdin)
		close(fd);
	if (n < 0) {
		ret = diag_env(dl, shown, _("cannot read: %s"), strerror(errno));
	} else if (buf.len > IMPORT_MAX_BYTES) {
		ret = diag_error(dl, shown, 0, 0, _("larger than the limit of %u MiB"),
				 IMPORT_MAX_BYTES >> 20);
	} else {
		ret = import_buffer(s, buf.buf, buf.len, shown, o, res, dl);
	}
	strbuf_release(&buf);
	return ret;
}

void import_result_release(struct import_result *res)
{
	size_t i;

	for (i = 0; i < res->nchanges; i++) {
		free(res->changes[i].id);
		free(res->changes[i].name);
		free(res->changes[i].keys);
	}
	free(res->changes);
	memset(res, 0, sizeof(*res));
}
