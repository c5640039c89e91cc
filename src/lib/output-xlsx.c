/*
 * output-xlsx.c — tables as an XLSX workbook, with libxlsxwriter (see
 * output.h).
 *
 * What an office files and prints: codes stay text, full dates are dates
 * shown dd/mm/yyyy, counts are numbers; the header row is bold, frozen,
 * filtered and printed on every page; the page is A4 with the margins of
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, in Times New Roman 13.
 *
 * Same tables, same bytes: the document's creation time is fixed (the
 * library would put the clock there), and nothing here reads the locale.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ocop/date.h"
#include "ocop/diag.h"
#include "ocop/output.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "xlsxdl.h"

/* Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
#define MM_PER_INCH 25.4
#define MARGIN_TOP_MM 20.0
#define MARGIN_BOTTOM_MM 20.0
#define MARGIN_LEFT_MM 30.0
#define MARGIN_RIGHT_MM 15.0
#define A4_SHORT_MM 210.0
#define A4_LONG_MM 297.0
#define PAPER_A4 9		/* worksheet_set_paper's code */

#define BODY_FONT "Times New Roman"
#define BODY_SIZE 13
#define RECIPIENTS_HEAD_SIZE 12	/* "Nơi nhận:" */
#define RECIPIENTS_SIZE 11	/* its entries */

/*
 * Column widths are counted in the width of a digit of the workbook's
 * default font (Calibri 11, 7 px); a character of Times New Roman 13 is
 * about 1.25 of them.  Past MAX_WIDTH a cell wraps instead.
 */
#define CHAR_SCALE 1.25
#define WIDTH_PAD 2.0
#define MIN_WIDTH 6.0
#define MAX_WIDTH 60.0
#define PX_PER_UNIT 7.0
#define PX_PER_COLUMN 5.0	/* the padding Excel adds to every column */
#define MM_PER_PX (MM_PER_INCH / 96.0)

/* 2000-01-01T00:00:00Z: docProps/core.xml gets this, never the clock. */
#define FIXED_CREATED ((time_t)946684800)

#define SHEET_NAME_MAX 31	/* Excel's limit, in characters */

struct styles {
	lxw_format *header, *text, *code, *number, *date;
	lxw_format *issuer, *motto, *number_line, *place_date, *title;
	lxw_format *recipients_head, *recipients, *signature;
};

static lxw_format *body_format(lxw_workbook *wb)
{
	lxw_format *f = XLSX(workbook_add_format)(wb);

	XLSX(format_set_font_name)(f, BODY_FONT);
	XLSX(format_set_font_size)(f, BODY_SIZE);
	return f;
}

static lxw_format *cell_format(lxw_workbook *wb)
{
	lxw_format *f = body_format(wb);

	XLSX(format_set_border)(f, LXW_BORDER_THIN);
	XLSX(format_set_align)(f, LXW_ALIGN_VERTICAL_TOP);
	return f;
}

static lxw_format *frame_format(lxw_workbook *wb, int align, double size)
{
	lxw_format *f = body_format(wb);

	XLSX(format_set_font_size)(f, size);
	XLSX(format_set_align)(f, align);
	XLSX(format_set_align)(f, LXW_ALIGN_VERTICAL_TOP);
	return f;
}

static void make_styles(lxw_workbook *wb, struct styles *st)
{
	st->header = cell_format(wb);
	XLSX(format_set_bold)(st->header);
	XLSX(format_set_text_wrap)(st->header);
	XLSX(format_set_align)(st->header, LXW_ALIGN_CENTER);
	XLSX(format_set_align)(st->header, LXW_ALIGN_VERTICAL_CENTER);

	st->text = cell_format(wb);
	XLSX(format_set_text_wrap)(st->text);
	/* "@": a code typed over in Excel stays text too */
	st->code = cell_format(wb);
	XLSX(format_set_num_format_index)(st->code, 49);	/* builtin "@" */
	st->number = cell_format(wb);
	st->date = cell_format(wb);
	XLSX(format_set_num_format)(st->date, "dd/mm/yyyy");
	XLSX(format_set_align)(st->date, LXW_ALIGN_CENTER);

	st->issuer = frame_format(wb, LXW_ALIGN_CENTER, BODY_SIZE);
	st->motto = frame_format(wb, LXW_ALIGN_CENTER, BODY_SIZE);
	XLSX(format_set_bold)(st->motto);
	st->number_line = frame_format(wb, LXW_ALIGN_CENTER, BODY_SIZE);
	st->place_date = frame_format(wb, LXW_ALIGN_CENTER, BODY_SIZE);
	XLSX(format_set_italic)(st->place_date);
	st->title = frame_format(wb, LXW_ALIGN_CENTER, BODY_SIZE + 1);
	XLSX(format_set_bold)(st->title);
	XLSX(format_set_text_wrap)(st->title);
	st->recipients_head = frame_format(wb, LXW_ALIGN_LEFT, RECIPIENTS_HEAD_SIZE);
	XLSX(format_set_bold)(st->recipients_head);
	XLSX(format_set_italic)(st->recipients_head);
	st->recipients = frame_format(wb, LXW_ALIGN_LEFT, RECIPIENTS_SIZE);
	st->signature = frame_format(wb, LXW_ALIGN_CENTER, BODY_SIZE);
	XLSX(format_set_bold)(st->signature);
}

/* --- reading a cell's value ------------------------------------------ */

/*
 * A decimal number: optional '-', digits, optionally '.' and digits.
 * Parsed by hand because strtod reads the locale's decimal point.
 */
static int parse_number(const char *s, double *out)
{
	double v = 0, scale = 1;
	int neg = *s == '-', digits = 0;

	if (neg)
		s++;
	for (; *s >= '0' && *s <= '9'; s++, digits++)
		v = v * 10 + (*s - '0');
	if (*s == '.') {
		for (s++; *s >= '0' && *s <= '9'; s++, digits++) {
			scale /= 10;
			v += (*s - '0') * scale;
		}
	}
	if (*s || !digits)
		return -1;
	*out = neg ? -v : v;
	return 0;
}

/* A full ISO date; a date known to the month or the year is not one. */
static int parse_full_date(const char *s, lxw_datetime *out)
{
	struct ocop_date d;

	if (date_parse_iso(s, false, &d) || d.prec != DATE_DAY)
		return -1;
	*out = (lxw_datetime){ .year = d.year, .month = d.month, .day = d.day };
	return 0;
}

static lxw_error write_cell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
			    const char *s, enum cell_kind kind,
			    const struct styles *st)
{
	lxw_datetime dt;
	double v;

	if (!s || !*s)
		return XLSX(worksheet_write_blank)(ws, row, col,
					     kind == CELL_CODE ? st->code : st->text);
	switch (kind) {
	case CELL_NUMBER:
		if (!parse_number(s, &v))
			return XLSX(worksheet_write_number)(ws, row, col, v, st->number);
		break;
	case CELL_DATE:
		if (!parse_full_date(s, &dt))
			return XLSX(worksheet_write_datetime)(ws, row, col, &dt, st->date);
		break;
	case CELL_CODE:
		return XLSX(worksheet_write_string)(ws, row, col, s, st->code);
	case CELL_TEXT:
		break;
	}
	return XLSX(worksheet_write_string)(ws, row, col, s, st->text);
}

/* --- layout ---------------------------------------------------------- */

/* The widest line of s, in display columns. */
static size_t widest_line(const char *s)
{
	size_t best = 0, w;
	const char *nl;
	char *line;

	while ((nl = strchr(s, '\n'))) {
		line = xstrndup(s, (size_t)(nl - s));
		w = text_width(line);
		free(line);
		if (w > best)
			best = w;
		s = nl + 1;
	}
	w = text_width(s);
	return w > best ? w : best;
}

static double column_width(const struct table *t, size_t col)
{
	size_t widest = widest_line(t->cols[col].title), r, w;
	double width;

	if (t->cols[col].kind == CELL_DATE)
		widest = widest > 10 ? widest : 10;	/* dd/mm/yyyy */
	for (r = 0; r < t->nrows; r++) {
		const char *s = t->cells[r * t->ncols + col];

		if (s && (w = widest_line(s)) > widest)
			widest = w;
	}
	width = (double)widest * CHAR_SCALE + WIDTH_PAD;
	if (width < MIN_WIDTH)
		width = MIN_WIDTH;
	return width > MAX_WIDTH ? MAX_WIDTH : width;
}

static double width_mm(double units)
{
	return (units * PX_PER_UNIT + PX_PER_COLUMN) * MM_PER_PX;
}

static lxw_error set_widths(lxw_worksheet *ws, const struct table *t,
			    const struct styles *st, double *total_mm)
{
	lxw_error err;
	size_t c;

	*total_mm = 0;
	for (c = 0; c < t->ncols; c++) {
		double w = column_width(t, c);

		*total_mm += width_mm(w);
		err = XLSX(worksheet_set_column)(ws, (lxw_col_t)c, (lxw_col_t)c, w,
					   t->cols[c].kind == CELL_CODE ? st->code : NULL);
		if (err)
			return err;
	}
	return LXW_NO_ERROR;
}

static void page_setup(lxw_worksheet *ws, double total_mm)
{
	double portrait = A4_SHORT_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;
	double landscape = A4_LONG_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM;

	XLSX(worksheet_set_paper)(ws, PAPER_A4);
	XLSX(worksheet_set_margins)(ws, MARGIN_LEFT_MM / MM_PER_INCH,
			      MARGIN_RIGHT_MM / MM_PER_INCH,
			      MARGIN_TOP_MM / MM_PER_INCH,
			      MARGIN_BOTTOM_MM / MM_PER_INCH);
	if (total_mm > portrait)
		XLSX(worksheet_set_landscape)(ws);
	/* wider still: shrink to the page's width rather than cut columns */
	if (total_mm > landscape)
		XLSX(worksheet_fit_to_pages)(ws, 1, 0);
}

/* --- the frame ------------------------------------------------------- */

/* The n-th line of s (from 0), copied, or NULL past its last line. */
static char *nth_line(const char *s, size_t n)
{
	const char *nl;

	if (!s)
		return NULL;
	for (; n; n--) {
		if (!(nl = strchr(s, '\n')))
			return NULL;
		s = nl + 1;
	}
	nl = strchr(s, '\n');
	return nl ? xstrndup(s, (size_t)(nl - s)) : xstrdup(s);
}

static size_t line_count(const char *s)
{
	size_t n;

	if (!s)
		return 0;
	for (n = 1; (s = strchr(s, '\n')); s++)
		n++;
	return n;
}

/* Write s across the columns first..last of row (merged when more than one). */
static lxw_error put_span(lxw_worksheet *ws, lxw_row_t row, lxw_col_t first,
			  lxw_col_t last, const char *s, lxw_format *f)
{
	if (!s || !*s)
		return LXW_NO_ERROR;
	if (first == last)
		return XLSX(worksheet_write_string)(ws, row, first, s, f);
	return XLSX(worksheet_merge_range)(ws, row, first, row, last, s, f);
}

/*
 * Two blocks side by side, line by line: left over the left half of the
 * table's columns, right over the right half; the left block's first line
 * in left_first.  Moves *row past the longer block.
 */
static lxw_error put_pair(lxw_worksheet *ws, lxw_row_t *row, size_t ncols,
			  const char *left, lxw_format *left_first,
			  lxw_format *lf, const char *right, lxw_format *rf)
{
	size_t n = line_count(left), i;
	lxw_col_t mid = (lxw_col_t)(ncols > 1 ? ncols / 2 : 1);
	lxw_col_t last = (lxw_col_t)(ncols > 1 ? ncols - 1 : 1);
	lxw_error err = LXW_NO_ERROR;

	if (line_count(right) > n)
		n = line_count(right);
	for (i = 0; i < n && !err; i++) {
		char *l = nth_line(left, i), *r = nth_line(right, i);

		err = put_span(ws, *row, 0, mid - 1, l, i ? lf : left_first);
		if (!err)
			err = put_span(ws, *row, mid, last, r, rf);
		free(l);
		free(r);
		(*row)++;
	}
	return err;
}

static lxw_error frame_above(lxw_worksheet *ws, lxw_row_t *row, size_t ncols,
			     const struct xlsx_frame *fr, const struct styles *st)
{
	lxw_col_t last = (lxw_col_t)(ncols ? ncols - 1 : 0);
	size_t i, n = line_count(fr->title);
	lxw_error err;

	if ((err = put_pair(ws, row, ncols, fr->issuer, st->issuer,
			    st->issuer, fr->motto, st->motto)) ||
	    (err = put_pair(ws, row, ncols, fr->number, st->number_line,
			    st->number_line, fr->place_date, st->place_date)))
		return err;
	(*row)++;
	for (i = 0; i < n; i++) {
		char *line = nth_line(fr->title, i);

		err = put_span(ws, *row, 0, last, line, st->title);
		free(line);
		if (err)
			return err;
		(*row)++;
	}
	if (n)
		(*row)++;
	return LXW_NO_ERROR;
}

static lxw_error frame_below(lxw_worksheet *ws, lxw_row_t *row, size_t ncols,
			     const struct xlsx_frame *fr, const struct styles *st)
{
	if (!fr->recipients && !fr->signature)
		return LXW_NO_ERROR;
	(*row)++;
	/* the recipients' first line ("Nơi nhận:") is their heading */
	return put_pair(ws, row, ncols, fr->recipients, st->recipients_head,
			st->recipients, fr->signature, st->signature);
}

/* --- a sheet ---------------------------------------------------------- */

/*
 * Excel refuses []:*?/\ in a tab name and more than 31 characters; a name
 * too long is cut at its last space that fits, so that no word is cut.
 */
static char *sheet_name(const char *name, size_t index)
{
	size_t i, n = 0, len, space = 0;
	char *s;

	if (!name || !*name)
		return xasprintf("Sheet%zu", index + 1);
	s = xstrdup(name);
	len = strlen(s);
	for (i = 0; i < len; n++) {
		uint32_t cp;
		size_t step = text_utf8_decode(s + i, len - i, &cp);

		if (n == SHEET_NAME_MAX) {
			s[s[i] != ' ' && space ? space : i] = '\0';
			break;
		}
		if (s[i] == ' ')
			space = i;
		if (step == 1 && strchr("[]:*?/\\", s[i]))
			s[i] = '_';
		i += step ? step : 1;
	}
	return s;
}

static lxw_error write_rows(lxw_worksheet *ws, lxw_row_t first,
			    const struct table *t, const struct styles *st)
{
	lxw_error err;
	size_t r, c;

	for (c = 0; c < t->ncols; c++)
		if ((err = XLSX(worksheet_write_string)(ws, first, (lxw_col_t)c,
						  t->cols[c].title, st->header)))
			return err;
	for (r = 0; r < t->nrows; r++)
		for (c = 0; c < t->ncols; c++)
			if ((err = write_cell(ws, (lxw_row_t)(first + 1 + r),
					      (lxw_col_t)c,
					      t->cells[r * t->ncols + c],
					      t->cols[c].kind, st)))
				return err;
	return LXW_NO_ERROR;
}

static lxw_error write_sheet(lxw_workbook *wb, const struct xlsx_sheet *sh,
			     size_t index, const struct xlsx_frame *frame,
			     const struct styles *st)
{
	const struct table *t = sh->table;
	char *name = sheet_name(sh->name, index);
	lxw_worksheet *ws = XLSX(workbook_add_worksheet)(wb, name);
	lxw_row_t row = 0, header;
	lxw_error err;
	double total_mm;

	free(name);
	if (!ws)
		return LXW_ERROR_MEMORY_MALLOC_FAILED;
	if ((err = set_widths(ws, t, st, &total_mm)))
		return err;
	page_setup(ws, total_mm);
	if (frame && (err = frame_above(ws, &row, t->ncols, frame, st)))
		return err;
	header = row;
	if ((err = write_rows(ws, header, t, st)))
		return err;
	if (t->ncols) {
		XLSX(worksheet_freeze_panes)(ws, header + 1, 0);
		if ((err = XLSX(worksheet_repeat_rows)(ws, header, header)) ||
		    (err = XLSX(worksheet_autofilter)(ws, header, 0,
						(lxw_row_t)(header + t->nrows),
						(lxw_col_t)(t->ncols - 1))))
			return err;
	}
	row = (lxw_row_t)(header + 1 + t->nrows);
	if (frame)
		return frame_below(ws, &row, t->ncols, frame, st);
	return LXW_NO_ERROR;
}

/* --- the workbook ---------------------------------------------------- */

static int lxw_errno(lxw_error err)
{
	switch (err) {
	case LXW_ERROR_MEMORY_MALLOC_FAILED:
		return ENOMEM;
	case LXW_ERROR_CREATING_XLSX_FILE:
	case LXW_ERROR_CREATING_TMPFILE:
	case LXW_ERROR_READING_TMPFILE:
		return errno ? errno : EIO;
	default:
		return EIO;
	}
}

int xlsx_write_tables(const char *path, const struct xlsx_sheet *sheets,
		      size_t n, const struct xlsx_frame *frame,
		      struct diag_list *dl)
{
	/* row by row, in little memory; merged frame cells need the rows kept */
	lxw_workbook_options opts = { .constant_memory = frame ? LXW_FALSE : LXW_TRUE,
				      .tmpdir = getenv("TMPDIR") };
	lxw_doc_properties props = { .created = FIXED_CREATED };
	lxw_error err = LXW_NO_ERROR;
	struct styles st;
	lxw_workbook *wb;
	size_t i;

	if (!n)
		BUG("xlsx_write_tables: no sheet");
	if (!xlsxdl_load(dl)) {
		errno = ELIBACC;
		return -1;
	}
	errno = 0;
	wb = XLSX(workbook_new_opt)(path, &opts);
	if (!wb) {
		err = LXW_ERROR_MEMORY_MALLOC_FAILED;
		goto fail;
	}
	make_styles(wb, &st);
	err = XLSX(workbook_set_properties)(wb, &props);
	for (i = 0; i < n && !err; i++)
		err = write_sheet(wb, &sheets[i], i, frame, &st);
	if (err) {
		/* still closed, to free it; the file is not worth keeping */
		XLSX(workbook_close)(wb);
		unlink(path);
		goto fail;
	}
	errno = 0;
	err = XLSX(workbook_close)(wb);
	if (err)
		goto fail;
	return 0;
fail:
	errno = lxw_errno(err);
	if (dl)
		diag_env(dl, path, _("cannot write the workbook: %s"),
			 errno == EIO ? XLSX(lxw_strerror)(err) : strerror(errno));
	return -1;
}

static int copy_file(const char *path, FILE *f)
{
	char buf[BUFSIZ];
	FILE *in = fopen(path, "rb");
	size_t got;
	int ret = 0;

	if (!in)
		return -1;
	while ((got = fread(buf, 1, sizeof(buf), in)) > 0)
		if (fwrite(buf, 1, got, f) != got) {
			ret = -1;
			break;
		}
	if (ferror(in))
		ret = -1;
	if (fclose(in))
		ret = -1;
	if (!ret && fflush(f))
		ret = -1;
	return ret;
}

int xlsx_print_tables(FILE *f, const struct xlsx_sheet *sheets, size_t n,
		      const struct xlsx_frame *frame, struct diag_list *dl)
{
	const char *dir = getenv("TMPDIR");
	char *path = xasprintf("%s/ocop-xlsx.XXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkstemp(path), ret = -1, saved;

	if (fd < 0) {
		if (dl)
			diag_env(dl, path, _("cannot write the workbook: %s"),
				 strerror(errno));
		goto out;
	}
	close(fd);
	if (!xlsx_write_tables(path, sheets, n, frame, dl))
		ret = copy_file(path, f);
out:
	saved = errno;
	if (fd >= 0)
		unlink(path);
	free(path);
	errno = saved;
	return ret;
}
