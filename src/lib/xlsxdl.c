/* xlsxdl.c — libxlsxwriter opened at the first workbook (see xlsxdl.h). */
#include <pthread.h>

#include "dlload.h"
#include "ocop/util.h"
#include "xlsxdl.h"

struct xlsxdl xlsxdl_functions;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static char *load_error;	/* why the try failed, or NULL */

/* The Makefile passes the soname it built against; then the known ones. */
static const char *const sonames[] = {
#ifdef OCOP_XLSX_SONAME
	OCOP_XLSX_SONAME,
#endif
	"libxlsxwriter.so.4", "libxlsxwriter.so.5", "libxlsxwriter.so.6",
};

static void load(void)
{
	void *h = dlload_open(sonames, ARRAY_SIZE(sonames), &load_error);

	if (!h)
		return;
#define XLSX_LOAD(f) dlload_symbol(h, #f, (void **)&xlsxdl_functions.f, &load_error);
	XLSX_FUNCTIONS(XLSX_LOAD)
#undef XLSX_LOAD
}

const struct xlsxdl *xlsxdl_load(struct diag_list *dl)
{
	if (pthread_once(&once, load))
		die(EXIT_ENV, "pthread_once failed");
	if (load_error) {
		if (dl)
			diag_env(dl, NULL, _("cannot load libxlsxwriter, which writes Excel workbooks: %s"),
				 load_error);
		return NULL;
	}
	return &xlsxdl_functions;
}
