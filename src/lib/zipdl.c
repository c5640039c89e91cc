/* zipdl.c — libzip opened at the first call that needs it (see zipdl.h). */
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>

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
	void *h = NULL;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(sonames) && !h; i++)
		h = dlopen(sonames[i], RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		load_error = xstrdup(dlerror());
		return;
	}
#define ZIP_LOAD(f)							\
	if (!load_error &&						\
	    !(zipdl_functions.f = (__typeof__(zipdl_functions.f))dlsym(h, #f))) \
		load_error = xstrdup(dlerror());
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
