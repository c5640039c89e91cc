/*
 * xlsx-read.c — the rows of an Excel workbook (see xlsx.h).
 *
 * libzip (opened at run time, zipdl.h) reads the zip from memory; expat
 * reads each part as it is inflated, 64 KiB at a time, so that no part is
 * held whole.  A sheet with merged ranges is parsed twice: its ranges
 * come after its rows in the file, and a row must carry them when it is
 * handed out; the first pass only looks at start tags (the ranges, the
 * widest column), the second builds the rows.  Whether there are any is
 * seen first by a plain search of the inflated bytes for "mergeCell",
 * which costs a tenth of a parse (20,000 rows of 10 columns: 0.09 s of
 * CPU without merged ranges, 0.17 s with).
 */
#define _GNU_SOURCE	/* memmem() */
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <expat.h>

#include "ocop/date.h"
#include "ocop/readfile.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"
#include "ocop/xlsx.h"
#include "zipdl.h"

struct sheet_entry {
	char *name;
	char *rid;	/* its relationship in workbook.xml.rels */
	char *part;	/* "xl/worksheets/sheet1.xml", or NULL */
};

struct xlsx_book {
	char *file;
	char *owned;		/* the bytes, when xlsx_open() read them */
	zip_t *zip;
	locale_t c_numeric;	/* numbers are read and written in it */
	size_t inflated;	/* bytes inflated so far, all parts */
	bool date1904;

	struct sheet_entry *sheets;
	size_t nsheets, sheets_alloc;

	struct strbuf strings;	/* shared strings, each ended by a NUL */
	size_t *string_at;
	size_t nstrings, strings_alloc;

	bool *xf_date;		/* cell format i shows a date */
	size_t nxf;
};

/* Reading one part: what every part's handlers share. */
struct xml {
	XML_Parser p;
	struct xlsx_book *b;
	const char *part;
	struct diag_list *dl;
	unsigned depth;
	bool failed;		/* stopped: an error was added, or the caller stopped */
	bool collect;		/* character data goes to text */
	bool overflow;		/* text went past text_max */
	const char *needle;	/* set: only look for it in the bytes */
	bool found;
	size_t text_max;
	struct strbuf text;
	void (*start)(struct xml *x, const char *name, const char **atts);
	void (*end)(struct xml *x, const char *name);
};

static const char *local_name(const char *name)
{
	const char *colon = strrchr(name, ':');

	return colon ? colon + 1 : name;
}

/* The value of the attribute whose local name is name, or NULL. */
static const char *attr(const char **atts, const char *name)
{
	for (; *atts; atts += 2)
		if (!strcmp(local_name(atts[0]), name))
			return atts[1];
	return NULL;
}

static unsigned long xml_line(const struct xml *x)
{
	return (unsigned long)XML_GetCurrentLineNumber(x->p);
}

static void xml_stop(struct xml *x)
{
	if (!x->failed)
		XML_StopParser(x->p, XML_FALSE);
	x->failed = true;
}

/* An error at the parser's place in the part; stops it. */
static void part_error(struct xml *x, const char *msg)
{
	diag_error(x->dl, x->b->file, 0, 0, "%s:%lu: %s", x->part, xml_line(x), msg);
	xml_stop(x);
}

static void XMLCALL on_start(void *data, const char *name, const char **atts)
{
	struct xml *x = data;

	if (x->failed)
		return;
	if (++x->depth > XLSX_MAX_DEPTH) {
		char *msg = xasprintf(_("XML nested deeper than %u elements"), XLSX_MAX_DEPTH);

		part_error(x, msg);
		free(msg);
		return;
	}
	x->start(x, local_name(name), atts);
}

static void XMLCALL on_end(void *data, const char *name)
{
	struct xml *x = data;

	if (x->failed)
		return;
	x->depth--;
	if (x->end)
		x->end(x, local_name(name));
}

static void XMLCALL on_text(void *data, const char *s, int len)
{
	struct xml *x = data;

	if (x->failed || !x->collect || x->overflow)
		return;
	if (x->text.len + (size_t)len > x->text_max) {
		x->overflow = true;
		return;
	}
	strbuf_add(&x->text, s, (size_t)len);
}

/*
 * A workbook never declares a DOCTYPE; refusing any keeps every entity,
 * internal or external, from being declared, expanded or fetched.
 */
static void XMLCALL on_doctype(void *data, const char *name, const char *sysid,
			       const char *pubid, int has_internal_subset)
{
	struct xml *x = data;

	(void)name;
	(void)sysid;
	(void)pubid;
	(void)has_internal_subset;
	if (!x->failed)
		part_error(x, _("a DOCTYPE or entity declaration, which a workbook never holds"));
}

static void XMLCALL on_entity(void *data, const char *name, int is_param,
			      const char *value, int value_len, const char *base,
			      const char *sysid, const char *pubid,
			      const char *notation)
{
	(void)name;
	(void)is_param;
	(void)value;
	(void)value_len;
	(void)base;
	(void)sysid;
	(void)pubid;
	(void)notation;
	on_doctype(data, NULL, NULL, NULL, 0);
}

static bool zip_name_unsafe(const char *name)
{
	const char *seg = name;

	if (*name == '/' || strchr(name, '\\'))
		return true;
	for (;;) {
		size_t n = strcspn(seg, "/");

		if (n == 2 && seg[0] == '.' && seg[1] == '.')
			return true;
		if (!seg[n])
			return false;
		seg += n + 1;
	}
}

/*
 * Is x->needle in buf[0..len), whose first keep bytes are the end of the
 * chunk before?  Text that is not UTF-8 (UTF-16 has NULs) cannot be
 * searched bytewise: it counts as found.
 */
static bool scan_chunk(struct xml *x, const char *buf, size_t keep, size_t len)
{
	if (!keep && len >= 2 && (!buf[0] || !buf[1] || (unsigned char)buf[0] >= 0xFE))
		return true;
	return memmem(buf, len, x->needle, strlen(x->needle)) != NULL;
}

/*
 * Inflate the entry, counting what comes out, and feed it to x's parser,
 * or (when x->needle is set) look for the needle in it.
 */
static int inflate_into(struct xml *x, zip_int64_t index, zip_uint64_t packed)
{
	enum { CHUNK = 64 << 10, KEEP = 32 };
	struct xlsx_book *b = x->b;
	zip_file_t *f = ZIP(zip_fopen_index)(b->zip, (zip_uint64_t)index, 0);
	char *scan = x->needle ? xmalloc(KEEP + CHUNK) : NULL;
	size_t total = 0, keep = 0;
	int ret = 0;

	if (!f) {
		free(scan);
		return diag_error(x->dl, b->file, 0, 0, "%s: %s", x->part,
				  ZIP(zip_strerror)(b->zip));
	}
	for (;;) {
		char *buf = scan ? scan + keep : XML_GetBuffer(x->p, CHUNK);
		zip_int64_t n;

		if (!buf)
			die(EXIT_ENV, "out of memory");
		n = ZIP(zip_fread)(f, buf, CHUNK);
		if (n < 0) {
			ret = diag_error(x->dl, b->file, 0, 0, "%s: %s", x->part,
					 ZIP(zip_file_strerror)(f));
			break;
		}
		total += (size_t)n;
		b->inflated += (size_t)n;
		if (total > XLSX_MAX_PART) {
			ret = diag_error(x->dl, b->file, 0, 0,
					 _("%s: larger than %u MiB uncompressed"),
					 x->part, XLSX_MAX_PART >> 20);
			break;
		}
		if (total > XLSX_RATIO_FROM && total / (packed ? packed : 1) > XLSX_MAX_RATIO) {
			ret = diag_error(x->dl, b->file, 0, 0,
					 _("%s: compressed more than %u to 1, as a zip bomb is"),
					 x->part, XLSX_MAX_RATIO);
			break;
		}
		if (b->inflated > XLSX_MAX_INFLATED) {
			ret = diag_error(x->dl, b->file, 0, 0,
					 _("the workbook inflates to more than %u MiB"),
					 XLSX_MAX_INFLATED >> 20);
			break;
		}
		if (scan) {
			if (scan_chunk(x, scan, keep, keep + (size_t)n)) {
				x->found = true;
				break;
			}
			if (!n)
				break;
			/* The needle may straddle two chunks. */
			if (keep + (size_t)n > KEEP) {
				memmove(scan, scan + keep + (size_t)n - KEEP, KEEP);
				keep = KEEP;
			} else {
				keep += (size_t)n;
			}
			continue;
		}
		if (XML_ParseBuffer(x->p, (int)n, n == 0) != XML_STATUS_OK) {
			if (!x->failed)
				diag_error(x->dl, b->file, 0, 0, _("%s:%lu: malformed XML: %s"),
					   x->part, xml_line(x),
					   XML_ErrorString(XML_GetErrorCode(x->p)));
			ret = -1;
			break;
		}
		if (!n)
			break;
	}
	ZIP(zip_fclose)(f);
	free(scan);
	return ret || x->failed ? -1 : 0;
}

/*
 * Read the part named x->part through x's handlers.  1 when it is absent
 * and !required, else 0 or -1.
 */
static int read_part(struct xml *x, bool required)
{
	struct xlsx_book *b = x->b;
	zip_int64_t i = ZIP(zip_name_locate)(b->zip, x->part, 0);
	zip_stat_t st;
	zip_uint64_t packed = 0;
	int ret;

	if (i < 0) {
		if (!required)
			return 1;
		return diag_error(x->dl, b->file, 0, 0, _("%s is missing from the workbook"),
				  x->part);
	}
	/* The header's sizes refuse a bomb at once; the counting loop, one that lies. */
	if (ZIP(zip_stat_index)(b->zip, (zip_uint64_t)i, 0, &st))
		return diag_error(x->dl, b->file, 0, 0, "%s: %s", x->part,
				  ZIP(zip_strerror)(b->zip));
	if (st.valid & ZIP_STAT_COMP_SIZE)
		packed = st.comp_size;
	if ((st.valid & ZIP_STAT_SIZE) && st.size > XLSX_MAX_PART)
		return diag_error(x->dl, b->file, 0, 0, _("%s: larger than %u MiB uncompressed"),
				  x->part, XLSX_MAX_PART >> 20);
	if ((st.valid & ZIP_STAT_SIZE) && st.size > XLSX_RATIO_FROM &&
	    st.size / (packed ? packed : 1) > XLSX_MAX_RATIO)
		return diag_error(x->dl, b->file, 0, 0,
				  _("%s: compressed more than %u to 1, as a zip bomb is"),
				  x->part, XLSX_MAX_RATIO);

	x->depth = 0;
	x->failed = false;
	if (x->needle)
		return inflate_into(x, i, packed);
	x->p = XML_ParserCreate(NULL);
	if (!x->p)
		die(EXIT_ENV, "out of memory");
	XML_SetUserData(x->p, x);
	XML_SetElementHandler(x->p, on_start, on_end);
	XML_SetCharacterDataHandler(x->p, on_text);
	XML_SetStartDoctypeDeclHandler(x->p, on_doctype);
	XML_SetEntityDeclHandler(x->p, on_entity);
	XML_SetParamEntityParsing(x->p, XML_PARAM_ENTITY_PARSING_NEVER);
	ret = inflate_into(x, i, packed);
	XML_ParserFree(x->p);
	x->p = NULL;
	return ret;
}

static void xml_init(struct xml *x, struct xlsx_book *b, const char *part,
		     struct diag_list *dl)
{
	memset(x, 0, sizeof(*x));
	x->b = b;
	x->part = part;
	x->dl = dl;
	x->text_max = XLSX_MAX_CELL;
	strbuf_init(&x->text, 0);
}

static int hex_digit(char c)
{
	return c >= '0' && c <= '9' ? c - '0' :
	       c >= 'A' && c <= 'F' ? c - 'A' + 10 :
	       c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * Excel writes a character XML cannot hold, and "_x" itself, as _xHHHH_
 * (ECMA-376 ST_Xstring): "_x000D_" for the CR of a line break typed in a
 * cell, "_x005F_" for "_".  Decoded where the result is text ocop keeps
 * (TAB, LF, CR, printable); another control character stays as written.
 */
static void add_unescaped(struct strbuf *out, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		unsigned cp = 0;
		int k, d = 0;

		if (s[i] == '_' && i + 7 <= len && s[i + 1] == 'x' && s[i + 6] == '_') {
			for (k = 2; k < 6 && (d = hex_digit(s[i + k])) >= 0; k++)
				cp = cp * 16 + (unsigned)d;
			if (d >= 0 && (cp == '\t' || cp == '\n' || cp == '\r' ||
				       (cp >= 0x20 && cp != 0x7F && (cp < 0x80 || cp > 0x9F) &&
					(cp < 0xD800 || cp > 0xDFFF) && cp < 0xFFFE))) {
				char u[4];

				if (cp < 0x80) {
					strbuf_addch(out, (int)cp);
				} else if (cp < 0x800) {
					u[0] = (char)(0xC0 | cp >> 6);
					u[1] = (char)(0x80 | (cp & 0x3F));
					strbuf_add(out, u, 2);
				} else {
					u[0] = (char)(0xE0 | cp >> 12);
					u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
					u[2] = (char)(0x80 | (cp & 0x3F));
					strbuf_add(out, u, 3);
				}
				i += 7;
				continue;
			}
		}
		strbuf_addch(out, s[i++]);
	}
}

/* Text as a cell hands it out: unescaped, in NFC as the CSV reader's. */
static void add_text(struct strbuf *out, const char *s, size_t len)
{
	struct strbuf plain = STRBUF_INIT;
	char *nfc;

	if (memmem(s, len, "_x", 2)) {
		add_unescaped(&plain, s, len);
		s = plain.buf;
		len = plain.len;
	}
	if (text_nfc_quick(s, len)) {
		strbuf_add(out, s, len);
	} else {
		nfc = text_nfc(s);
		strbuf_addstr(out, nfc ? nfc : s);
		free(nfc);
	}
	strbuf_release(&plain);
}

/* ---- xl/workbook.xml ---- */

static void workbook_start(struct xml *x, const char *name, const char **atts)
{
	struct xlsx_book *b = x->b;

	if (!strcmp(name, "workbookPr")) {
		const char *v = attr(atts, "date1904");

		b->date1904 = v && (!strcmp(v, "1") || !strcmp(v, "true"));
	} else if (!strcmp(name, "sheet")) {
		const char *sheet = attr(atts, "name"), *rid = attr(atts, "id");
		struct sheet_entry *e;

		if (!sheet || !rid) {
			part_error(x, _("a sheet without a name or an r:id"));
			return;
		}
		if (b->nsheets >= XLSX_MAX_SHEETS) {
			char *msg = xasprintf(_("more than %u sheets"), XLSX_MAX_SHEETS);

			part_error(x, msg);
			free(msg);
			return;
		}
		ALLOC_GROW(b->sheets, b->nsheets + 1, b->sheets_alloc);
		e = &b->sheets[b->nsheets++];
		e->name = xstrdup(sheet);
		e->rid = xstrdup(rid);
		e->part = NULL;
	}
}

/* ---- xl/_rels/workbook.xml.rels ---- */

static void rels_start(struct xml *x, const char *name, const char **atts)
{
	const char *id = attr(atts, "Id"), *target = attr(atts, "Target");
	const char *mode = attr(atts, "TargetMode");
	struct xlsx_book *b = x->b;
	char *part;
	size_t i;

	if (strcmp(name, "Relationship") || !id || !target ||
	    (mode && strcmp(mode, "Internal")))
		return;
	/* Targets are relative to xl/, or absolute in the package. */
	part = *target == '/' ? xstrdup(target + 1) : xstrconcat("xl/", target, NULL);
	if (zip_name_unsafe(part)) {
		free(part);
		return;
	}
	for (i = 0; i < b->nsheets; i++)
		if (!b->sheets[i].part && !strcmp(b->sheets[i].rid, id))
			b->sheets[i].part = xstrdup(part);
	free(part);
}

/* ---- xl/sharedStrings.xml ---- */

struct strings_state {
	struct xml x;
	bool in_si, in_rph;
};

static void strings_start(struct xml *x, const char *name, const char **atts)
{
	struct strings_state *s = (struct strings_state *)x;

	(void)atts;
	if (!strcmp(name, "si")) {
		s->in_si = true;
		strbuf_reset(&x->text);
		x->overflow = false;
	} else if (!strcmp(name, "rPh")) {
		s->in_rph = true;
	} else if (!strcmp(name, "t") && s->in_si && !s->in_rph) {
		x->collect = true;
	}
}

static void strings_end(struct xml *x, const char *name)
{
	struct strings_state *s = (struct strings_state *)x;
	struct xlsx_book *b = x->b;
	char *msg = NULL;

	if (!strcmp(name, "t")) {
		x->collect = false;
	} else if (!strcmp(name, "rPh")) {
		s->in_rph = false;
	} else if (!strcmp(name, "si")) {
		s->in_si = false;
		if (x->overflow)
			msg = xasprintf(_("text longer than %u KiB"), XLSX_MAX_CELL >> 10);
		else if (b->nstrings >= XLSX_MAX_STRINGS)
			msg = xasprintf(_("more than %u shared strings"), XLSX_MAX_STRINGS);
		else if (b->strings.len + x->text.len > XLSX_MAX_STRING_BYTES)
			msg = xasprintf(_("shared strings longer than %u MiB in all"),
					XLSX_MAX_STRING_BYTES >> 20);
		if (msg) {
			part_error(x, msg);
			free(msg);
			return;
		}
		ALLOC_GROW(b->string_at, b->nstrings + 1, b->strings_alloc);
		b->string_at[b->nstrings++] = b->strings.len;
		add_text(&b->strings, x->text.buf, x->text.len);
		strbuf_addch(&b->strings, '\0');
	}
}

/* ---- xl/styles.xml ---- */

struct styles_state {
	struct xml x;
	bool in_xfs;
	unsigned *xf_format;		/* numFmtId of each cell format */
	size_t nxf, xf_alloc;
	unsigned *date_formats;		/* custom numFmtIds that show dates */
	size_t ndates, dates_alloc;
};

/* Excel's built-in date and time formats. */
static bool builtin_date(unsigned id)
{
	return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

/*
 * Does a custom format show a date?  It does when its first section has a
 * day or a year, or a month that is not minutes (no hours nor seconds);
 * quoted text, escaped characters and [bracketed] colours and locales
 * say nothing.
 */
static bool format_is_date(const char *code)
{
	bool day = false, month = false, year = false, time = false;
	const char *p;

	for (p = code; *p && *p != ';'; p++) {
		switch (*p) {
		case '"':
			while (p[1] && p[1] != '"')
				p++;
			if (p[1])
				p++;
			break;
		case '[':
			while (p[1] && p[1] != ']')
				p++;
			break;
		case '\\': case '_': case '*':
			if (p[1])
				p++;
			break;
		case 'd': case 'D': day = true; break;
		case 'm': case 'M': month = true; break;
		case 'y': case 'Y': year = true; break;
		case 'h': case 'H': case 's': case 'S': time = true; break;
		default: break;
		}
	}
	return day || year || (month && !time);
}

static bool parse_uint(const char *s, unsigned max, unsigned *out)
{
	unsigned long v = 0;

	if (!s || !*s)
		return false;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return false;
		v = v * 10 + (unsigned)(*s - '0');
		if (v > max)
			return false;
	}
	*out = (unsigned)v;
	return true;
}

static void styles_start(struct xml *x, const char *name, const char **atts)
{
	struct styles_state *s = (struct styles_state *)x;
	unsigned id = 0;
	char *msg;

	if (!strcmp(name, "cellXfs")) {
		s->in_xfs = true;
	} else if (!strcmp(name, "numFmt")) {
		const char *code = attr(atts, "formatCode");

		if (!parse_uint(attr(atts, "numFmtId"), 1u << 20, &id) || !code ||
		    !format_is_date(code))
			return;
		if (s->ndates >= XLSX_MAX_STYLES)
			goto too_many;
		ALLOC_GROW(s->date_formats, s->ndates + 1, s->dates_alloc);
		s->date_formats[s->ndates++] = id;
	} else if (!strcmp(name, "xf") && s->in_xfs) {
		if (!parse_uint(attr(atts, "numFmtId"), 1u << 20, &id))
			id = 0;
		if (s->nxf >= XLSX_MAX_STYLES)
			goto too_many;
		ALLOC_GROW(s->xf_format, s->nxf + 1, s->xf_alloc);
		s->xf_format[s->nxf++] = id;
	}
	return;
too_many:
	msg = xasprintf(_("more than %u cell formats"), XLSX_MAX_STYLES);
	part_error(x, msg);
	free(msg);
}

static void styles_end(struct xml *x, const char *name)
{
	if (!strcmp(name, "cellXfs"))
		((struct styles_state *)x)->in_xfs = false;
}

static int cmp_unsigned(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;

	return x < y ? -1 : x > y;
}

/* Which cell formats show dates; sorted, as both lists may hold 65,536. */
static void resolve_styles(struct xlsx_book *b, struct styles_state *s)
{
	size_t i;

	if (s->ndates)
		qsort(s->date_formats, s->ndates, sizeof(*s->date_formats), cmp_unsigned);
	b->nxf = s->nxf;
	b->xf_date = xcalloc(s->nxf ? s->nxf : 1, sizeof(*b->xf_date));
	for (i = 0; i < s->nxf; i++)
		b->xf_date[i] = builtin_date(s->xf_format[i]) ||
				(s->ndates && bsearch(&s->xf_format[i], s->date_formats, s->ndates,
						      sizeof(*s->date_formats), cmp_unsigned));
}

/* ---- opening ---- */

bool xlsx_is_ole2(const void *data, size_t size)
{
	static const unsigned char magic[8] = {
		0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1
	};

	return size >= sizeof(magic) && !memcmp(data, magic, sizeof(magic));
}

static int check_entries(struct xlsx_book *b, struct diag_list *dl)
{
	zip_int64_t n = ZIP(zip_get_num_entries)(b->zip, 0), i;

	if (n < 0 || (zip_uint64_t)n > XLSX_MAX_ENTRIES)
		return diag_error(dl, b->file, 0, 0, _("the workbook has more than %u entries"),
				  XLSX_MAX_ENTRIES);
	for (i = 0; i < n; i++) {
		const char *name = ZIP(zip_get_name)(b->zip, (zip_uint64_t)i, 0);

		if (!name)
			return diag_error(dl, b->file, 0, 0, "%s", ZIP(zip_strerror)(b->zip));
		if (zip_name_unsafe(name)) {
			char *shown = text_printable(name);

			diag_error(dl, b->file, 0, 0, _("unsafe entry name '%s' in the workbook"),
				   shown);
			free(shown);
			return -1;
		}
	}
	return 0;
}

static int read_parts(struct xlsx_book *b, struct diag_list *dl)
{
	struct xml wb, rels;
	struct strings_state ss;
	struct styles_state st;
	int ret;

	xml_init(&wb, b, "xl/workbook.xml", dl);
	wb.start = workbook_start;
	ret = read_part(&wb, true);
	strbuf_release(&wb.text);
	if (ret)
		return -1;

	xml_init(&rels, b, "xl/_rels/workbook.xml.rels", dl);
	rels.start = rels_start;
	ret = read_part(&rels, true);
	strbuf_release(&rels.text);
	if (ret)
		return -1;

	memset(&ss, 0, sizeof(ss));
	xml_init(&ss.x, b, "xl/sharedStrings.xml", dl);
	ss.x.start = strings_start;
	ss.x.end = strings_end;
	ret = read_part(&ss.x, false);
	strbuf_release(&ss.x.text);
	if (ret < 0)
		return -1;

	memset(&st, 0, sizeof(st));
	xml_init(&st.x, b, "xl/styles.xml", dl);
	st.x.start = styles_start;
	st.x.end = styles_end;
	ret = read_part(&st.x, false);
	if (ret >= 0)
		resolve_styles(b, &st);
	strbuf_release(&st.x.text);
	free(st.xf_format);
	free(st.date_formats);
	return ret < 0 ? -1 : 0;
}

struct xlsx_book *xlsx_open_buffer(const void *data, size_t size,
				   const char *file, struct diag_list *dl)
{
	struct xlsx_book *b;
	zip_source_t *src = NULL;
	zip_error_t err;

	if (xlsx_is_ole2(data, size)) {
		diag_error(dl, file, 0, 0, _("an Excel 97-2003 workbook (.xls), which ocop cannot read"));
		diag_hint(dl, _("save it as an Excel Workbook (.xlsx) or as CSV UTF-8"));
		return NULL;
	}
	if (!zipdl_load(dl))
		return NULL;
	b = xcalloc(1, sizeof(*b));
	b->file = xstrdup(file);
	strbuf_init(&b->strings, 0);
	b->c_numeric = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	ZIP(zip_error_init)(&err);
	/* libzip takes an empty file for an empty archive; a workbook starts with an entry. */
	if (size < 4 || memcmp(data, "PK\003\004", 4))
		ZIP(zip_error_init_with_code)(&err, ZIP_ER_NOZIP);
	else
		src = ZIP(zip_source_buffer_create)(data, size, 0, &err);
	if (src) {
		b->zip = ZIP(zip_open_from_source)(src, ZIP_RDONLY, &err);
		if (!b->zip)
			ZIP(zip_source_free)(src);
	}
	if (!b->zip) {
		diag_error(dl, file, 0, 0, _("not an Excel workbook (.xlsx): %s"),
			   ZIP(zip_error_strerror)(&err));
		ZIP(zip_error_fini)(&err);
		goto fail;
	}
	ZIP(zip_error_fini)(&err);
	if (check_entries(b, dl) || read_parts(b, dl))
		goto fail;
	return b;
fail:
	xlsx_close(b);
	return NULL;
}

struct xlsx_book *xlsx_open(const char *path, struct diag_list *dl)
{
	struct strbuf buf = STRBUF_INIT;
	struct xlsx_book *b = NULL;

	if (!read_file_bounded(path, path, XLSX_MAX_FILE, &buf, dl)) {
		b = xlsx_open_buffer(buf.buf, buf.len, path, dl);
		if (b) {
			b->owned = strbuf_detach(&buf, NULL);
			return b;
		}
	}
	strbuf_release(&buf);
	return NULL;
}

void xlsx_close(struct xlsx_book *b)
{
	size_t i;

	if (!b)
		return;
	if (b->zip)
		ZIP(zip_discard)(b->zip);
	for (i = 0; i < b->nsheets; i++) {
		free(b->sheets[i].name);
		free(b->sheets[i].rid);
		free(b->sheets[i].part);
	}
	free(b->sheets);
	strbuf_release(&b->strings);
	free(b->string_at);
	free(b->xf_date);
	if (b->c_numeric)
		freelocale(b->c_numeric);
	free(b->owned);
	free(b->file);
	free(b);
}

size_t xlsx_sheet_count(const struct xlsx_book *b)
{
	return b->nsheets;
}

const char *xlsx_sheet_name(const struct xlsx_book *b, size_t index)
{
	if (index >= b->nsheets)
		BUG("sheet %zu of %zu", index, b->nsheets);
	return b->sheets[index].name;
}

int xlsx_find_sheet(const struct xlsx_book *b, const char *which,
		    struct diag_list *dl)
{
	struct strbuf names = STRBUF_INIT;
	unsigned n;
	size_t i;

	/* A name first: a sheet may be called "2024". */
	for (i = 0; i < b->nsheets; i++)
		if (!strcmp(b->sheets[i].name, which))
			return (int)i;
	if (parse_uint(which, XLSX_MAX_SHEETS, &n)) {
		if (n >= 1 && n <= b->nsheets)
			return (int)n - 1;
		return diag_error(dl, b->file, 0, 0, _("no sheet %s: the workbook has %zu"),
				  which, b->nsheets);
	}
	for (i = 0; i < b->nsheets; i++)
		if (!strcasecmp(b->sheets[i].name, which))
			return (int)i;
	diag_error(dl, b->file, 0, 0, _("no sheet named '%s'"), which);
	for (i = 0; i < b->nsheets; i++)
		strbuf_addf(&names, "%s'%s'", i ? ", " : "", b->sheets[i].name);
	if (b->nsheets)
		diag_hint(dl, _("the sheets are %s"), names.buf);
	strbuf_release(&names);
	return -1;
}

/* ---- a sheet ---- */

enum cell_type { T_NUMBER, T_SHARED, T_INLINE, T_TEXT, T_BOOL };

struct merge {
	struct xlsx_merge pub;
	char *text;
};

struct row_cell {
	unsigned col;
	size_t at;		/* in sheet.row_text */
};

struct sheet {
	struct xml x;
	const char *name;
	bool scan;		/* the first pass: merges and the widest column */
	unsigned row, col;	/* the current row, its last cell's column */
	bool in_row, in_cell, in_is, in_rph;
	unsigned widest;	/* the first pass's widest column */

	/* the cell being read */
	enum cell_type type;
	unsigned style;
	struct strbuf value;

	/* the row being read */
	struct strbuf row_text;
	struct row_cell *cells;
	size_t ncells, cells_alloc;
	const char **out;
	const struct xlsx_merge **out_merge;
	size_t out_alloc;
	size_t handed_out;	/* cells, against XLSX_MAX_CELLS */
	unsigned warnings;

	struct merge *merges;	/* by first row, after the first pass */
	size_t nmerges, merges_alloc, next_merge;
	size_t *active;		/* the merges over the current row */
	size_t nactive, active_alloc;

	xlsx_row_fn *fn;
	void *ctx;
	int stopped;		/* fn's value when it stopped the sheet */
};

/* "B7": a cell's name in messages. */
static void cell_name(unsigned row, unsigned col, char buf[16])
{
	char letters[4];
	int n = 0, i;

	while (col && n < 3) {
		letters[n++] = (char)('A' + (col - 1) % 26);
		col = (col - 1) / 26;
	}
	for (i = 0; i < n; i++)
		buf[i] = letters[n - 1 - i];
	snprintf(buf + n, (size_t)(16 - n), "%u", row);
}

/* An error or a warning located at a cell: "Sheet1!B7: MESSAGE". */
static void cell_diag(struct sheet *s, bool warn, unsigned row, unsigned col,
		      const char *msg)
{
	char ref[16];

	cell_name(row, col, ref);
	if (!warn) {
		diag_error(s->x.dl, s->x.b->file, 0, 0, "%s!%s: %s", s->name, ref, msg);
		xml_stop(&s->x);
	} else if (s->warnings++ < XLSX_MAX_WARNINGS) {
		diag_warn(s->x.dl, s->x.b->file, 0, 0, "%s!%s: %s", s->name, ref, msg);
	}
}

/*
 * Parse a cell reference ("B7", or "B" alone when want_row is false).
 * 0, or -1 when it is no reference, -2 when it is past XFD1048576.
 */
static int parse_ref(const char *s, bool want_row, unsigned *row, unsigned *col)
{
	unsigned long c = 0, r = 0;
	int letters = 0, digits = 0;

	for (; *s >= 'A' && *s <= 'Z'; s++, letters++)
		if (letters < 4)
			c = c * 26 + (unsigned)(*s - 'A' + 1);
	for (; *s >= '0' && *s <= '9'; s++, digits++)
		if (digits < 8)
			r = r * 10 + (unsigned)(*s - '0');
	if (*s || !letters || (want_row && !digits) || (!want_row && digits))
		return -1;
	if (letters > 3 || c > XLSX_MAX_COLUMN || (want_row && (digits > 7 || !r || r > XLSX_MAX_ROW)))
		return -2;
	*col = (unsigned)c;
	*row = (unsigned)r;
	return 0;
}

/* An error of the sheet as a whole (msg names it); stops the parser. */
static void sheet_error(struct sheet *s, char *msg)
{
	diag_error(s->x.dl, s->x.b->file, 0, 0, "%s", msg);
	xml_stop(&s->x);
	free(msg);
}

static void bad_ref(struct sheet *s, const char *ref, int why)
{
	char *shown = text_printable(ref), *msg;

	msg = why == -2 ? xasprintf(_("%s: cell '%s' is past XFD1048576, the end of a sheet"),
				    s->name, shown)
			: xasprintf(_("%s: '%s' is not a cell reference"), s->name, shown);
	sheet_error(s, msg);
	free(shown);
}

static void add_merge(struct sheet *s, const char *ref)
{
	char *first = ref ? xstrdup(ref) : xstrdup(""), *colon = strchr(first, ':');
	unsigned r1, c1, r2, c2;
	struct merge *m;
	int why;

	if (!colon) {
		why = -1;
		goto bad;
	}
	*colon = '\0';
	why = parse_ref(first, true, &r1, &c1);
	if (!why)
		why = parse_ref(colon + 1, true, &r2, &c2);
	*colon = ':';
	if (why)
		goto bad;
	if (s->nmerges >= XLSX_MAX_MERGES) {
		char *msg = xasprintf(_("more than %u merged ranges"), XLSX_MAX_MERGES);

		part_error(&s->x, msg);
		free(msg);
		free(first);
		return;
	}
	ALLOC_GROW(s->merges, s->nmerges + 1, s->merges_alloc);
	m = &s->merges[s->nmerges++];
	memset(m, 0, sizeof(*m));
	m->pub.first_row = r1 < r2 ? r1 : r2;
	m->pub.last_row = r1 < r2 ? r2 : r1;
	m->pub.first_col = c1 < c2 ? c1 : c2;
	m->pub.last_col = c1 < c2 ? c2 : c1;
	m->pub.text = "";
	free(first);
	return;
bad:
	bad_ref(s, first, why);
	free(first);
}

static void start_row(struct sheet *s, const char **atts)
{
	const char *r = attr(atts, "r");
	unsigned n = s->row + 1;

	if (r && !parse_uint(r, XLSX_MAX_ROW, &n)) {
		char *shown;

		if (!*r || r[strspn(r, "0123456789")]) {
			bad_ref(s, r, -1);
			return;
		}
		shown = text_printable(r);
		sheet_error(s, xasprintf(_("%s: row '%s' is past 1048576, the end of a sheet"),
					 s->name, shown));
		free(shown);
		return;
	}
	if (!n || n <= s->row || n > XLSX_MAX_ROW) {
		sheet_error(s, xasprintf(_("%s: row %u comes after row %u"), s->name, n, s->row));
		return;
	}
	s->row = n;
	s->col = 0;
	s->in_row = true;
	s->ncells = 0;
	strbuf_reset(&s->row_text);
}

static void start_cell(struct sheet *s, const char **atts)
{
	const char *r = attr(atts, "r"), *t = attr(atts, "t"), *style = attr(atts, "s");
	unsigned row = s->row, col = s->col + 1;
	int why;

	if (r && (why = parse_ref(r, true, &row, &col))) {
		bad_ref(s, r, why);
		return;
	}
	if (s->scan) {
		if (col > s->widest && col <= XLSX_MAX_COLUMN)
			s->widest = col;
		s->col = col;
		return;
	}
	if (row != s->row || col <= s->col || col > XLSX_MAX_COLUMN) {
		cell_diag(s, false, row, col > XLSX_MAX_COLUMN ? XLSX_MAX_COLUMN : col,
			  _("cell out of order: the sheet's cells go row by row, left to right"));
		return;
	}
	s->col = col;
	s->in_cell = true;
	s->type = !t || !strcmp(t, "n") ? T_NUMBER :
		  !strcmp(t, "s") ? T_SHARED :
		  !strcmp(t, "inlineStr") ? T_INLINE :
		  !strcmp(t, "b") ? T_BOOL : T_TEXT;
	if (!style || !parse_uint(style, XLSX_MAX_STYLES, &s->style))
		s->style = 0;
	strbuf_reset(&s->x.text);
	s->x.overflow = false;
}

static void sheet_start(struct xml *x, const char *name, const char **atts)
{
	struct sheet *s = (struct sheet *)x;

	if (!strcmp(name, "mergeCell")) {
		if (s->scan)
			add_merge(s, attr(atts, "ref"));
	} else if (!strcmp(name, "row")) {
		start_row(s, atts);
	} else if (!strcmp(name, "c") && s->in_row) {
		start_cell(s, atts);
	} else if (s->in_cell) {
		if (!strcmp(name, "v"))
			x->collect = true;
		else if (!strcmp(name, "is"))
			s->in_is = true;
		else if (!strcmp(name, "rPh"))
			s->in_rph = true;
		else if (!strcmp(name, "t") && s->in_is && !s->in_rph)
			x->collect = true;
	}
}

static bool is_numeral(const char *s)
{
	bool digits = false;

	if (*s == '-' || *s == '+')
		s++;
	for (; *s >= '0' && *s <= '9'; s++)
		digits = true;
	if (*s == '.')
		for (s++; *s >= '0' && *s <= '9'; s++)
			digits = true;
	if (!digits)
		return false;
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '-' || *s == '+')
			s++;
		if (*s < '0' || *s > '9')
			return false;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return !*s;
}

static double read_number(const struct xlsx_book *b, const char *v)
{
	locale_t old = b->c_numeric ? uselocale(b->c_numeric) : (locale_t)0;
	double x = strtod(v, NULL);

	if (old)
		uselocale(old);
	return x;
}

/* As Excel's General format: integers exactly, others to 15 digits. */
static void format_number(const struct xlsx_book *b, double x, struct strbuf *out)
{
	locale_t old;
	char buf[64];

	if (x == 0) {
		strbuf_addch(out, '0');
		return;
	}
	if (x > -9007199254740992.0 && x < 9007199254740992.0 && (double)(long long)x == x) {
		snprintf(buf, sizeof(buf), "%lld", (long long)x);
	} else {
		old = b->c_numeric ? uselocale(b->c_numeric) : (locale_t)0;
		snprintf(buf, sizeof(buf), "%.15g", x);
		if (old)
			uselocale(old);
	}
	strbuf_addstr(out, buf);
}

/*
 * The ISO date of a serial number; false when it is no day.  1900 system:
 * 1 is 1900-01-01, and 60 the 1900-02-29 that Lotus 1-2-3 believed in and
 * Excel kept, so from 61 on the days are one fewer.  1904 system: 0 is
 * 1904-01-01.  The time of day (the fraction) is dropped.
 */
static bool serial_date(double x, bool date1904, char iso[DATE_ISO_MAX])
{
	struct ocop_date base = { 1899, 12, 31, DATE_DAY }, d;
	long day;

	if (!(x >= (date1904 ? 0 : 1)) || x >= 3e6)
		return false;
	day = (long)x;
	if (date1904) {
		base.year = 1904;
		base.month = 1;
		base.day = 1;
	} else if (day == 60) {
		memcpy(iso, "1900-02-29", DATE_ISO_MAX);
		return true;
	} else if (day > 60) {
		day--;
	}
	d = date_from_days(date_to_days(&base) + day);
	if (d.year > 9999)
		return false;
	date_format_iso(&d, iso);
	return true;
}

static void number_value(struct sheet *s, const char *v, struct strbuf *out)
{
	const struct xlsx_book *b = s->x.b;
	bool date = s->style < b->nxf && b->xf_date[s->style];
	char iso[DATE_ISO_MAX];
	double x;

	if (!is_numeral(v)) {
		strbuf_addstr(out, v);	/* not Excel's; kept as written */
		return;
	}
	x = read_number(b, v);
	if (date && serial_date(x, b->date1904, iso)) {
		strbuf_addstr(out, iso);
		return;
	}
	format_number(b, x, out);
	if (date) {
		char *msg = xasprintf(_("%s, in a date format, is no day; kept as a number"),
				      out->buf);

		cell_diag(s, true, s->row, s->col, msg);
		free(msg);
	}
}

bool xlsx_serial_date(const struct xlsx_book *b, const char *number,
		      char iso[DATE_ISO_MAX])
{
	return is_numeral(number) &&
	       serial_date(read_number(b, number), b->date1904, iso);
}

/* The cell's text, from what its <v> or <is> held. */
static int cell_value(struct sheet *s, struct strbuf *out)
{
	const struct xlsx_book *b = s->x.b;
	const char *v = s->x.text.buf;
	unsigned i;

	if (s->x.overflow) {
		char *msg = xasprintf(_("text longer than %u KiB"), XLSX_MAX_CELL >> 10);

		cell_diag(s, false, s->row, s->col, msg);
		free(msg);
		return -1;
	}
	switch (s->type) {
	case T_SHARED:
		if (!parse_uint(v, XLSX_MAX_STRINGS, &i) || i >= b->nstrings) {
			char *shown = text_printable(v);
			char *msg = xasprintf(_("shared string '%s' does not exist"), shown);

			cell_diag(s, false, s->row, s->col, msg);
			free(msg);
			free(shown);
			return -1;
		}
		strbuf_addstr(out, b->strings.buf + b->string_at[i]);
		break;
	case T_BOOL:
		strbuf_addstr(out, !strcmp(v, "1") ? "TRUE" : !strcmp(v, "0") ? "FALSE" : v);
		break;
	case T_NUMBER:
		if (*v)
			number_value(s, v, out);
		break;
	case T_INLINE:
	case T_TEXT:
		add_text(out, v, s->x.text.len);
		break;
	}
	return 0;
}

static void end_cell(struct sheet *s)
{
	struct row_cell *c;

	s->in_cell = s->in_is = s->in_rph = false;
	s->x.collect = false;
	strbuf_reset(&s->value);
	if (cell_value(s, &s->value))
		return;
	ALLOC_GROW(s->cells, s->ncells + 1, s->cells_alloc);
	c = &s->cells[s->ncells++];
	c->col = s->col;
	c->at = s->row_text.len;
	strbuf_add(&s->row_text, s->value.buf, s->value.len + 1);
}

static int cmp_merge(const void *a, const void *b)
{
	const struct merge *x = a, *y = b;

	return x->pub.first_row < y->pub.first_row ? -1 : x->pub.first_row > y->pub.first_row;
}

/* The merges over row r: those that start by r and have not ended. */
static void update_active(struct sheet *s, unsigned r)
{
	size_t i, n = 0;

	for (i = 0; i < s->nactive; i++)
		if (s->merges[s->active[i]].pub.last_row >= r)
			s->active[n++] = s->active[i];
	s->nactive = n;
	for (; s->next_merge < s->nmerges &&
	       s->merges[s->next_merge].pub.first_row <= r; s->next_merge++) {
		if (s->merges[s->next_merge].pub.last_row < r)
			continue;
		ALLOC_GROW(s->active, s->nactive + 1, s->active_alloc);
		s->active[s->nactive++] = s->next_merge;
	}
}

static void end_row(struct sheet *s)
{
	size_t width = s->ncells ? s->cells[s->ncells - 1].col : 0, cost, i, c;
	struct xlsx_row row;

	s->in_row = false;
	if (s->scan)
		return;
	update_active(s, s->row);
	/* A merged range widens the row, up to the sheet's widest row. */
	for (i = 0; i < s->nactive; i++) {
		const struct xlsx_merge *m = &s->merges[s->active[i]].pub;
		size_t last = m->last_col < s->widest ? m->last_col : s->widest;

		if (m->first_col <= last && last > width)
			width = last;
	}
	/* The work of a row: its cells, and each range over it (even one past its cells). */
	cost = width + s->nactive;
	for (i = 0; i < s->nactive; i++)
		cost += s->merges[s->active[i]].pub.last_col < width ?
			s->merges[s->active[i]].pub.last_col : width;
	s->handed_out += cost;
	if (s->handed_out > XLSX_MAX_CELLS) {
		sheet_error(s, xasprintf(_("%s: more than %u cells"), s->name, XLSX_MAX_CELLS));
		return;
	}
	if (width > s->out_alloc) {
		s->out_alloc = width;
		s->out = xrealloc(s->out, width * sizeof(*s->out));
		s->out_merge = xrealloc(s->out_merge, width * sizeof(*s->out_merge));
	}
	for (c = 0; c < width; c++) {
		s->out[c] = "";
		s->out_merge[c] = NULL;
	}
	for (i = 0; i < s->ncells; i++)
		s->out[s->cells[i].col - 1] = s->row_text.buf + s->cells[i].at;
	for (i = 0; i < s->nactive; i++) {
		struct merge *m = &s->merges[s->active[i]];

		for (c = m->pub.first_col; c <= m->pub.last_col && c <= width; c++)
			s->out_merge[c - 1] = &m->pub;
		if (m->pub.first_row == s->row && m->pub.first_col <= width) {
			m->text = xstrdup(s->out[m->pub.first_col - 1]);
			m->pub.text = m->text;
		}
	}
	row.number = s->row;
	row.ncells = width;
	row.cells = s->out;
	row.merge = s->out_merge;
	s->stopped = s->fn(&row, s->ctx);
	if (s->stopped)
		xml_stop(&s->x);
}

static void sheet_end(struct xml *x, const char *name)
{
	struct sheet *s = (struct sheet *)x;

	if (!strcmp(name, "row") && s->in_row)
		end_row(s);
	else if (!strcmp(name, "c") && s->in_cell)
		end_cell(s);
	else if (!strcmp(name, "v") || !strcmp(name, "t"))
		x->collect = false;
	else if (!strcmp(name, "is"))
		s->in_is = false;
	else if (!strcmp(name, "rPh"))
		s->in_rph = false;
}

static void sheet_release(struct sheet *s)
{
	size_t i;

	for (i = 0; i < s->nmerges; i++)
		free(s->merges[i].text);
	free(s->merges);
	free(s->active);
	free(s->cells);
	free(s->out);
	free(s->out_merge);
	strbuf_release(&s->row_text);
	strbuf_release(&s->value);
	strbuf_release(&s->x.text);
}

int xlsx_read_sheet(struct xlsx_book *b, size_t index, xlsx_row_fn *fn,
		    void *ctx, struct diag_list *dl)
{
	const struct sheet_entry *e;
	struct sheet s;
	int ret;

	if (index >= b->nsheets)
		BUG("sheet %zu of %zu", index, b->nsheets);
	e = &b->sheets[index];
	if (!e->part)
		return diag_error(dl, b->file, 0, 0,
				  _("sheet '%s' has no part in the workbook"), e->name);
	memset(&s, 0, sizeof(s));
	xml_init(&s.x, b, e->part, dl);
	s.x.start = sheet_start;
	s.x.end = sheet_end;
	s.name = e->name;
	s.fn = fn;
	s.ctx = ctx;
	strbuf_init(&s.row_text, 0);
	strbuf_init(&s.value, 0);

	/*
	 * Most sheets have no merged range: a look at the bytes (no XML
	 * parse) spares them the first pass.
	 */
	s.x.needle = "mergeCell";
	ret = read_part(&s.x, true);
	s.x.needle = NULL;
	s.scan = true;
	if (!ret && s.x.found)
		ret = read_part(&s.x, true);
	if (!ret) {
		if (s.nmerges)
			qsort(s.merges, s.nmerges, sizeof(*s.merges), cmp_merge);
		s.scan = false;
		s.row = s.col = 0;
		s.in_row = false;
		ret = read_part(&s.x, true);
	}
	if (s.stopped)
		ret = s.stopped;
	sheet_release(&s);
	return ret;
}
