/*
 * barcode.c — GTIN check digits, the EAN-13 symbol, the QR code (see
 * barcode.h).  libqrencode is opened at the first QR code (qrdl.h).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ocop/barcode.h"
#include "ocop/util.h"
#include "qrdl.h"

static bool all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

char gtin_check_digit(const char *s, size_t n)
{
	int sum = 0;
	size_t i;

	/* Weights 3, 1, 3, … from the digit next to the check digit. */
	for (i = 0; i < n; i++)
		sum += (s[n - 1 - i] - '0') * (i % 2 ? 1 : 3);
	return (char)('0' + (10 - sum % 10) % 10);
}

const char *gtin_problem(const char *s)
{
	size_t n = strlen(s);

	if ((n != 8 && n != 12 && n != 13 && n != 14) || !all_digits(s, n))
		return N_("a GTIN has 8, 12, 13 or 14 digits");
	if (gtin_check_digit(s, n - 1) != s[n - 1])
		return N_("the GTIN's check digit is wrong");
	return NULL;
}

void gtin_to_14(const char *s, char out[GTIN14_LEN + 1])
{
	size_t n = strlen(s);

	if (n > GTIN14_LEN)
		BUG("gtin_to_14 of %zu digits", n);
	memset(out, '0', GTIN14_LEN - n);
	memcpy(out + GTIN14_LEN - n, s, n + 1);
}

bool gtin_is_vietnamese(const char *s)
{
	return strlen(s) == 13 && !strncmp(s, "893", 3);
}

/*
 * ISO/IEC 15420's tables, each digit's 7 modules from the left, 1 a bar.
 * The left half codes each digit with set L (odd parity) or set G (even
 * parity), the right half with set R.
 */
enum { SET_L, SET_G };
static const char *const ean_left[2][10] = {
	[SET_L] = { "0001101", "0011001", "0010011", "0111101", "0100011",
		    "0110001", "0101111", "0111011", "0110111", "0001011" },
	[SET_G] = { "0100111", "0110011", "0011011", "0100001", "0011101",
		    "0111001", "0000101", "0010001", "0001001", "0010111" },
};
static const char *const ean_r[10] = {
	"1110010", "1100110", "1101100", "1000010", "1011100",
	"1001110", "1010000", "1000100", "1001000", "1110100",
};
/* The first digit: which of the six left digits use L and which G. */
static const char *const ean_parity[10] = {
	"LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
	"LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL",
};

static unsigned char *put_modules(unsigned char *m, const char *bits)
{
	for (; *bits; bits++)
		*m++ = *bits == '1';
	return m;
}

int ean13_modules(const char *s, unsigned char modules[EAN13_MODULES])
{
	const char *parity;
	unsigned char *m = modules;
	int i;

	if (strlen(s) != 13 || gtin_problem(s))
		return -1;
	parity = ean_parity[s[0] - '0'];
	m = put_modules(m, "101");
	for (i = 1; i <= 6; i++)
		m = put_modules(m, ean_left[parity[i - 1] == 'G'][s[i] - '0']);
	m = put_modules(m, "01010");
	for (i = 7; i <= 12; i++)
		m = put_modules(m, ean_r[s[i] - '0']);
	put_modules(m, "101");
	return 0;
}

int qr_encode(const char *text, struct qr_code *qr, struct diag_list *dl)
{
	QRcode *code;
	size_t i, n;

	qr->width = 0;
	qr->modules = NULL;
	if (!qrdl_load(dl))
		return -1;
	errno = 0;
	code = QR(QRcode_encodeString8bit)(text, 0, QR_ECLEVEL_M);
	if (!code) {
		diag_env(dl, NULL, _("cannot make the QR code of '%s': %s"), text,
			 strerror(errno ? errno : EINVAL));
		return -1;
	}
	n = (size_t)code->width * (size_t)code->width;
	qr->width = code->width;
	qr->modules = xmalloc(n);
	for (i = 0; i < n; i++)
		qr->modules[i] = code->data[i] & 1;	/* bit 0: dark */
	QR(QRcode_free)(code);
	return 0;
}

void qr_release(struct qr_code *qr)
{
	free(qr->modules);
	qr->modules = NULL;
	qr->width = 0;
}

void qr_write_svg_path(FILE *f, const struct qr_code *qr, double x, double y,
		       double size)
{
	int r, c, run;

	fputs("<path d=\"", f);
	for (r = 0; r < qr->width; r++)
		for (c = 0; c < qr->width; c += run ? run : 1) {
			for (run = 0; c + run < qr->width &&
				      qr->modules[r * qr->width + c + run]; run++)
				;
			if (run)
				fprintf(f, "M%g %gh%gv%gh-%gz", x + c * size,
					y + r * size, run * size, size, run * size);
		}
	fputs("\"/>\n", f);
}
