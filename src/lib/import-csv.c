/*
 * import-csv.c — the CSV row source (see import.h).
 *
 * The file is read whole (it is bounded), converted to UTF-8 when it is
 * not, and cut into physical lines that are fed to libcsv one at a time:
 * libcsv reports cells, not positions, so the line a row starts on is
 * known from which line was being fed when its first cell began.
 */
#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>

#include "ocop/import.h"
#include "ocop/rules-cells.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

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
	char *k = cell_key(enc);
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

static int read_csv(const char *buf, size_t len, const char *name,
		    const struct import_options *o, struct import_table *t,
		    struct diag_list *dl)
{
	return import_csv_read(buf, len, name, &o->csv, t, dl);
}

const struct import_source import_source_csv = {
	.name = "csv",
	.read = read_csv,
};
