/* zipdl.c — libzip opened at the first call that needs it (see zipdl.h). */
#include <pthread.h>

#include "dlload.h"
#include "ocop/util.h"
#include "zipdl.h"

struct zipdl zipdl_functions;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static char *load_error;	/* why the last try failed, or NULL */

/*
 * The soname changes with libzip's ABI (4 in Debian 12, 5 after), and the
 * headers do not say it; the Makefile passes the one it built against.
 */
static const char *const sonames[] = {
#ifdef OCOP_ZIP_SONAME
	OCOP_ZIP_SONAME,
#endif
	"libzip.so.5", "libzip.so.4",
};

static void load(void)
{
	void *h = dlload_open(sonames, ARRAY_SIZE(sonames), &load_error);

	if (!h)
		return;
#define ZIP_LOAD(f) dlload_symbol(h, #f, (void **)&zipdl_functions.f, &load_error);
	ZIP_FUNCTIONS(ZIP_LOAD)
#undef ZIP_LOAD
}

const struct zipdl *zipdl_load(struct diag_list *dl)
{
	if (pthread_once(&once, load))
		die(EXIT_ENV, "pthread_once failed");
	if (load_error) {
		diag_env(dl, NULL, _("cannot load libzip, which reads Excel workbooks: %s"),
			 load_error);
		return NULL;
	}
	return &zipdl_functions;
}
