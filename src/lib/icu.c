/* icu.c — ICU's libraries opened at the first call that needs them (see icu.h). */
#include <dlfcn.h>
#include <pthread.h>

#include <unicode/uvernum.h>

#include "icu.h"
#include "ocop/util.h"

static struct icu functions;
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* A function's name as the library exports it: the headers have made it
 * the versioned one (u_strToUTF8_72) before it is quoted. */
#define ICU_QUOTE(name) #name
#define ICU_NAME(f) ICU_QUOTE(f)

static void *open_library(const char *name)
{
	void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);

	if (!h)
		die(EXIT_ENV, _("cannot load %s (ICU %s): %s"), name,
		    U_ICU_VERSION, dlerror());
	return h;
}

static void *symbol(void *lib, const char *name)
{
	void *p = dlsym(lib, name);

	if (!p)
		die(EXIT_ENV, _("ICU has no %s: %s"), name, dlerror());
	return p;
}

static void load(void)
{
	void *uc = open_library("libicuuc.so." U_ICU_VERSION_SHORT);
	void *i18n = open_library("libicui18n.so." U_ICU_VERSION_SHORT);

#define ICU_LOAD(lib, f) \
	functions.f = (__typeof__(functions.f))symbol(lib, ICU_NAME(f));
	ICU_FUNCTIONS(ICU_LOAD)
#undef ICU_LOAD
}

const struct icu *icu(void)
{
	if (pthread_once(&once, load))
		die(EXIT_ENV, "pthread_once failed");
	return &functions;
}
