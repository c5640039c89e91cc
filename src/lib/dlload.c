/* dlload.c — libraries opened at run time (see dlload.h). */
#include <dlfcn.h>

#include "dlload.h"
#include "ocop/util.h"

void *dlload_open(const char *const *sonames, size_t n, char **error)
{
	void *h = NULL;
	size_t i;

	for (i = 0; i < n && !h; i++)
		h = dlopen(sonames[i], RTLD_NOW | RTLD_LOCAL);
	if (!h)
		*error = xstrdup(dlerror());
	return h;
}

void dlload_symbol(void *h, const char *name, void **slot, char **error)
{
	if (*error)
		return;
	*slot = dlsym(h, name);
	if (!*slot)
		*error = xstrdup(dlerror());
}
