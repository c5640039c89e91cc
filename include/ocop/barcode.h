/*
 * barcode.h — GTINs, the EAN-13 symbol and the QR code of a label.
 *
 * GTIN (GS1 General Specifications §7.9): 8, 12, 13 or 14 digits, the
 * last a mod-10 check digit weighted 3, 1, 3, … from the right.  A
 * GTIN-13 is drawn as an EAN-13 symbol (ISO/IEC 15420): 95 modules made
 * from the L, G and R tables, the first digit carried by the pattern of
 * L and G in the left half.  The QR code comes from libqrencode.
 */
#ifndef OCOP_BARCODE_H
#define OCOP_BARCODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "ocop/diag.h"

#define GTIN14_LEN 14
#define EAN13_MODULES 95

/* The check digit ('0'–'9') of the n digits of s, which precede it. */
char gtin_check_digit(const char *s, size_t n);
/*
 * NULL when s is a GTIN of 8, 12, 13 or 14 digits whose check digit is
 * right, else why not (an untranslated message for _()).
 */
const char *gtin_problem(const char *s);
/* A valid GTIN zero-padded to the 14 digits of GS1 Digital Link, into out. */
void gtin_to_14(const char *s, char out[GTIN14_LEN + 1]);
/* Does a GTIN-13 carry GS1 Vietnam's prefix, 893? */
bool gtin_is_vietnamese(const char *s);

/*
 * The 95 modules (1 a bar, 0 a space) of the EAN-13 symbol of a valid
 * GTIN-13, quiet zones not included.  Returns 0, or -1 when s is not one.
 */
int ean13_modules(const char *s, unsigned char modules[EAN13_MODULES]);

/* A QR code: width × width modules, row-major, 1 dark. */
struct qr_code {
	int width;
	unsigned char *modules;
};

/*
 * Encode text (UTF-8, 8-bit mode, error correction level M) into qr.
 * Returns 0, or -1 with an environment error in dl; qr_release() after 0.
 */
int qr_encode(const char *text, struct qr_code *qr, struct diag_list *dl);
void qr_release(struct qr_code *qr);
/*
 * The dark modules of qr as one SVG <path> at (x, y), each module size
 * user units wide: run-length rectangles, one "M…h…v…h…z" a run.
 */
void qr_write_svg_path(FILE *f, const struct qr_code *qr, double x, double y,
		       double size);

#endif
