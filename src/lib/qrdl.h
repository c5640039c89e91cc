/*
 * qrdl.h — libqrencode, loaded when first used (internal to libocop).
 *
 * libqrencode needs only libc, yet linking it made the dynamic loader's
 * work at every start of ocop grow by 20,000 to 200,000 cycles (up to
 * 0.1 ms; LD_DEBUG=statistics, `ocop --version`, the least and the tenth
 * of 100 runs each way), for a library that only `ocop label` and `ocop
 * site` need.  So, as with libzip (zipdl.h) and libxlsxwriter (xlsxdl.h),
 * libocop opens it at the first QR code, and ocop runs without it
 * installed: call through QR(name)(args...) after qrdl_load().
 */
#ifndef OCOP_QRDL_H
#define OCOP_QRDL_H

#include <qrencode.h>

#include "ocop/diag.h"

/* Every libqrencode function libocop calls. */
#define QR_FUNCTIONS(X) X(QRcode_encodeString8bit) X(QRcode_free)

struct qrdl {
#define QR_MEMBER(f) __typeof__(f) *f;
	QR_FUNCTIONS(QR_MEMBER)
#undef QR_MEMBER
};

/*
 * Open libqrencode once (thread-safe).  Returns the functions, or NULL
 * after adding an environment error (exit 3) to dl when it cannot be
 * loaded.
 */
const struct qrdl *qrdl_load(struct diag_list *dl);
/* The functions; only after qrdl_load() succeeded. */
extern struct qrdl qrdl_functions;
#define QR(f) (qrdl_functions.f)

#endif
