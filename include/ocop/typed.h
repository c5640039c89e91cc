/*
 * typed.h — values an officer types for an option (--date, --to): read,
 * checked, and refused with the option named and a hint.  They edit
 * nothing; commands and the library functions that take typed values
 * share them.
 */
#ifndef OCOP_TYPED_H
#define OCOP_TYPED_H

#include <stdbool.h>

#include "ocop/date.h"
#include "ocop/diag.h"

/*
 * A date typed for option (e.g. "--date"): ISO or dd/mm/yyyy, today when
 * text is NULL, never in the future; YYYY and YYYY-MM too when
 * allow_partial.  Returns 0 or -1 (dl).
 */
int typed_date(const char *text, const char *option, bool allow_partial,
	       struct ocop_date *out, struct diag_list *dl);

/* A step typed for option: 1–6 or its slug.  Returns 0 or -1 (dl). */
int typed_step(const char *text, const char *option, int *step,
	       struct diag_list *dl);

#endif
