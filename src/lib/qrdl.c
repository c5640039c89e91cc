/* qrdl.c — libqrencode opened at the first QR code (see qrdl.h). */
#include <pthread.h>

#include "dlload.h"
#include "ocop/util.h"
#include "qrdl.h"

struct qrdl qrdl_functions;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static char *load_error;	/* why the try failed, or NULL */

/* The Makefile passes the soname it built against; then the known ones. */
static const char *const sonames[] = {
#ifdef OCOP_QR_SONAME
	OCOP_QR_SONAME,
#endif
	"libqrencode.so.4", "libqrencode.so.3",
};

static void load(void)
{
	void *h = dlload_open(sonames, ARRAY_SIZE(sonames), &load_error);

	if (!h)
		return;
#define QR_LOAD(f) dlload_symbol(h, #f, (void **)&qrdl_functions.f, &load_error);
	QR_FUNCTIONS(QR_LOAD)
#undef QR_LOAD
}

const struct qrdl *qrdl_load(struct diag_list *dl)
{
	if (pthread_once(&once, load))
		die(EXIT_ENV, "pthread_once failed");
	if (load_error) {
		if (dl)
			diag_env(dl, NULL, _("cannot load libqrencode, which makes QR codes: %s"),
				 load_error);
		return NULL;
	}
	return &qrdl_functions;
}
