/*
 * label-png.c — a 1-bit PNG written by hand (see label.h's png_write).
 *
 * The image data goes in deflate's stored blocks (RFC 1951 §3.2.4), so
 * that ocop needs neither zlib nor libpng for it: a label's codes at one
 * bit a pixel are a few kilobytes uncompressed, and a printer or zbarimg
 * reads them alike.  CRC-32 (ISO 3309, as PNG's chunks use) and Adler-32
 * (RFC 1950) are computed here.
 */
#include <stdint.h>
#include <string.h>

#include "ocop/label.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"

static uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n)
{
	static uint32_t table[256];
	uint32_t c;
	int k;
	size_t i;

	if (!table[1])
		for (i = 0; i < 256; i++) {
			c = (uint32_t)i;
			for (k = 0; k < 8; k++)
				c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
			table[i] = c;
		}
	crc = ~crc;
	for (i = 0; i < n; i++)
		crc = table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
	return ~crc;
}

static uint32_t adler32(const unsigned char *p, size_t n)
{
	uint32_t a = 1, b = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		a = (a + p[i]) % 65521;
		b = (b + a) % 65521;
	}
	return b << 16 | a;
}

static void put_be32(struct strbuf *sb, uint32_t v)
{
	unsigned char b[4] = { v >> 24, v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff };

	strbuf_add(sb, b, 4);
}

static void put_chunk(struct strbuf *out, const char *type,
		      const void *data, size_t n)
{
	size_t start;

	put_be32(out, (uint32_t)n);
	start = out->len;
	strbuf_add(out, type, 4);
	strbuf_add(out, data, n);
	put_be32(out, crc32_update(0, (unsigned char *)out->buf + start, n + 4));
}

/* The rows as PNG wants them: a filter byte (none), then 8 pixels a byte, 1 white. */
static void raw_rows(struct strbuf *raw, const struct bitmap *b)
{
	int x, y;
	unsigned char byte;

	for (y = 0; y < b->height; y++) {
		strbuf_addch(raw, 0);
		for (x = 0; x < b->width; x += 8) {
			int i;

			byte = 0;
			for (i = 0; i < 8; i++)
				if (x + i >= b->width || !b->px[y * b->width + x + i])
					byte |= (unsigned char)(0x80 >> i);
			strbuf_addch(raw, byte);
		}
	}
}

/* A zlib stream of stored blocks of at most 65,535 bytes. */
static void zlib_stored(struct strbuf *z, const struct strbuf *raw)
{
	size_t off = 0, n;
	unsigned char head[5];

	strbuf_add(z, "\x78\x01", 2);	/* deflate, 32K window, no dictionary */
	do {
		n = raw->len - off > 65535 ? 65535 : raw->len - off;
		head[0] = off + n == raw->len;	/* BFINAL, BTYPE 00 */
		head[1] = n & 0xff;
		head[2] = n >> 8;
		head[3] = ~n & 0xff;
		head[4] = ~n >> 8 & 0xff;
		strbuf_add(z, head, 5);
		strbuf_add(z, raw->buf + off, n);
		off += n;
	} while (off < raw->len);
	put_be32(z, adler32((unsigned char *)raw->buf, raw->len));
}

int png_write(FILE *f, const struct bitmap *b)
{
	struct strbuf out = STRBUF_INIT, raw = STRBUF_INIT, z = STRBUF_INIT, ihdr = STRBUF_INIT;
	int ret;

	strbuf_add(&out, "\x89PNG\r\n\x1a\n", 8);
	put_be32(&ihdr, (uint32_t)b->width);
	put_be32(&ihdr, (uint32_t)b->height);
	strbuf_add(&ihdr, "\x01\x00\x00\x00\x00", 5);	/* 1 bit, grey, deflate, no filter, no interlace */
	put_chunk(&out, "IHDR", ihdr.buf, ihdr.len);
	raw_rows(&raw, b);
	zlib_stored(&z, &raw);
	put_chunk(&out, "IDAT", z.buf, z.len);
	put_chunk(&out, "IEND", "", 0);
	ret = fwrite(out.buf, 1, out.len, f) == out.len ? 0 : -1;
	strbuf_release(&out);
	strbuf_release(&raw);
	strbuf_release(&z);
	strbuf_release(&ihdr);
	return ret;
}
