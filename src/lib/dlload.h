/*
 * dlload.h — a library opened at run time, its functions resolved into a
 * table (internal to libocop; zipdl.c and xlsxdl.c use it, icu.c has its
 * own versioned names).
 */
#ifndef OCOP_DLLOAD_H
#define OCOP_DLLOAD_H

#include <stddef.h>

/*
 * The handle of the first of sonames that opens, or NULL with the reason
 * in *error (allocated).
 */
void *dlload_open(const char *const *sonames, size_t n, char **error);
/*
 * Resolve name in h into *slot (a function pointer's storage, as POSIX's
 * dlsym example does); unless *error is already set, set it (allocated)
 * when name is missing.
 */
void dlload_symbol(void *h, const char *name, void **slot, char **error);

#endif
