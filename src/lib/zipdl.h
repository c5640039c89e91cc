/*
 * zipdl.h — libzip, loaded when first used (internal to libocop).
 *
 * Debian's libzip links libcrypto, and linking both costs every ocop
 * process about 2 ms before main (measured: an empty program with -lzip
 * starts in 4.8 ms, without it in 2.6 ms), for a library that only an
 * import of an .xlsx needs.  So, as with ICU (icu.h), libocop opens it at
 * the first call: call through ZIP(name)(args...) after zipdl_load().
 */
#ifndef OCOP_ZIPDL_H
#define OCOP_ZIPDL_H

#include <zip.h>

#include "ocop/diag.h"

/* Every libzip function libocop calls. */
#define ZIP_FUNCTIONS(X)						\
	X(zip_open) X(zip_open_from_source) X(zip_discard)		\
	X(zip_source_buffer_create) X(zip_source_free)			\
	X(zip_error_init) X(zip_error_init_with_code)			\
	X(zip_error_strerror) X(zip_error_fini)			\
	X(zip_get_num_entries) X(zip_get_name) X(zip_name_locate)	\
	X(zip_stat_index) X(zip_fopen_index) X(zip_fread)		\
	X(zip_fclose) X(zip_file_strerror) X(zip_strerror)

struct zipdl {
#define ZIP_MEMBER(f) __typeof__(f) *f;
	ZIP_FUNCTIONS(ZIP_MEMBER)
#undef ZIP_MEMBER
};

/*
 * Open libzip once (thread-safe).  Returns the functions, or NULL after
 * adding an environment error (exit 3) to dl when it cannot be loaded.
 */
const struct zipdl *zipdl_load(struct diag_list *dl);
/* The functions; only after zipdl_load() succeeded. */
extern struct zipdl zipdl_functions;
#define ZIP(f) (zipdl_functions.f)

#endif
