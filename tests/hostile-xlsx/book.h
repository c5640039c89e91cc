/*
 * book.h — write small workbooks with libzip, for the tests of the XLSX
 * reader (tests/unit/test_xlsx.c) and the hostile corpus (gen.c).
 *
 * A book is its parts: book_write() stores the minimal package around
 * them ([Content_Types].xml, _rels/.rels) and, where a part is left NULL,
 * a default (one sheet, "Sheet1", at xl/worksheets/sheet1.xml); a part
 * given as BOOK_NONE is left out.  Extra entries are stored as named.
 */
#ifndef OCOP_TEST_BOOK_H
#define OCOP_TEST_BOOK_H

#include <stdio.h>
#include <string.h>

#include <zip.h>

#define BOOK_NONE ((const char *)1)
#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define REL_SHEET NS_REL "/worksheet"

/* A sheet with rows given as "<row>…</row>" text. */
#define SHEET(rows) "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" \
	"<worksheet xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\"><sheetData>" rows "</sheetData></worksheet>"
#define SHEET_MERGED(rows, merges) "<worksheet xmlns=\"" NS_MAIN "\"><sheetData>" rows \
	"</sheetData><mergeCells>" merges "</mergeCells></worksheet>"
#define STRINGS(si) "<sst xmlns=\"" NS_MAIN "\">" si "</sst>"

struct book_entry {
	const char *name;
	const char *data;
	size_t len;		/* 0: strlen(data) */
};

struct book {
	const char *workbook, *rels, *strings, *styles, *sheet;
	const struct book_entry *extra;
	size_t nextra;
};

static const char book_workbook[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	"<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\"><sheets>"
	"<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char book_rels[] =
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"" REL_SHEET "\" Target=\"worksheets/sheet1.xml\"/>"
	"</Relationships>";
static const char book_types[] =
	"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
	"<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
	"<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
	"vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
static const char book_root_rels[] =
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"" NS_REL "/officeDocument\" Target=\"xl/workbook.xml\"/>"
	"</Relationships>";

static int book_add(zip_t *z, const char *name, const char *data, size_t len)
{
	zip_source_t *src;
	zip_int64_t i;

	if (data == BOOK_NONE)
		return 0;
	src = zip_source_buffer(z, data, len ? len : strlen(data), 0);
	if (!src || (i = zip_file_add(z, name, src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8)) < 0) {
		fprintf(stderr, "book: %s: %s\n", name, zip_strerror(z));
		zip_source_free(src);
		return -1;
	}
	/* The same bytes each time: the corpus is committed. */
	if (zip_file_set_mtime(z, (zip_uint64_t)i, 315532800, 0)) {
		fprintf(stderr, "book: %s: %s\n", name, zip_strerror(z));
		return -1;
	}
	return 0;
}

/* Write the book to path; 0 or -1 (with a message on stderr). */
static int book_write(const char *path, const struct book *bk)
{
	int err = 0;
	zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);
	size_t i;
	int ret = 0;

	if (!z) {
		fprintf(stderr, "book: cannot create %s (libzip error %d)\n", path, err);
		return -1;
	}
	ret |= book_add(z, "[Content_Types].xml", book_types, 0);
	ret |= book_add(z, "_rels/.rels", book_root_rels, 0);
	ret |= book_add(z, "xl/workbook.xml", bk->workbook ? bk->workbook : book_workbook, 0);
	ret |= book_add(z, "xl/_rels/workbook.xml.rels", bk->rels ? bk->rels : book_rels, 0);
	if (bk->strings)
		ret |= book_add(z, "xl/sharedStrings.xml", bk->strings, 0);
	if (bk->styles)
		ret |= book_add(z, "xl/styles.xml", bk->styles, 0);
	if (bk->sheet)
		ret |= book_add(z, "xl/worksheets/sheet1.xml", bk->sheet, 0);
	for (i = 0; i < bk->nextra; i++)
		ret |= book_add(z, bk->extra[i].name, bk->extra[i].data, bk->extra[i].len);
	if (zip_close(z)) {
		fprintf(stderr, "book: %s: %s\n", path, zip_strerror(z));
		zip_discard(z);
		return -1;
	}
	return ret;
}

/*
 * Make the sizes the zip's headers give for entry name lie: set its
 * uncompressed size to size in the local and central headers (the data,
 * and its CRC, stay).  0, or -1 when the entry is not there.
 */
static int book_lie_about_size(const char *path, const char *name, unsigned size)
{
	FILE *f = fopen(path, "r+b");
	static unsigned char buf[1 << 22];
	size_t len, i, nlen = strlen(name);
	int found = 0;

	if (!f)
		return -1;
	len = fread(buf, 1, sizeof(buf), f);
	for (i = 0; i + 46 + nlen <= len; i++) {
		size_t off, name_at;

		if (!memcmp(buf + i, "PK\003\004", 4)) {
			off = 22;
			name_at = 30;
		} else if (!memcmp(buf + i, "PK\001\002", 4)) {
			off = 24;
			name_at = 46;
		} else {
			continue;
		}
		if (buf[i + name_at - (name_at == 30 ? 4 : 18)] != (nlen & 0xff) ||
		    memcmp(buf + i + name_at, name, nlen))
			continue;
		buf[i + off] = size & 0xff;
		buf[i + off + 1] = (size >> 8) & 0xff;
		buf[i + off + 2] = (size >> 16) & 0xff;
		buf[i + off + 3] = (size >> 24) & 0xff;
		found++;
	}
	if (found) {
		rewind(f);
		if (fwrite(buf, 1, len, f) != len)
			found = 0;
	}
	if (fclose(f))
		found = 0;
	return found ? 0 : -1;
}

#endif
