/*
 * xlsxdl.h — libxlsxwriter, loaded when first used (internal to libocop).
 *
 * Debian's libxlsxwriter links minizip and libcrypto, and linking them
 * made every ocop process start in 18 ms instead of 1.4 (measured with
 * `make bench`'s start-up line), for a library that only `--format xlsx`
 * needs.  So, as with ICU (icu.h) and libzip (zipdl.h), libocop opens it
 * at the first workbook: call through XLSX(name)(args...) after
 * xlsxdl_load().
 */
#ifndef OCOP_XLSXDL_H
#define OCOP_XLSXDL_H

#include <xlsxwriter.h>

#include "ocop/diag.h"

/* Every libxlsxwriter function libocop calls. */
#define XLSX_FUNCTIONS(X)						\
	X(workbook_new_opt) X(workbook_add_format) X(workbook_add_worksheet) \
	X(workbook_set_properties) X(workbook_close)			\
	X(format_set_align) X(format_set_bold) X(format_set_border)	\
	X(format_set_font_name) X(format_set_font_size)		\
	X(format_set_italic) X(format_set_num_format)			\
	X(format_set_num_format_index) X(format_set_text_wrap)		\
	X(worksheet_autofilter) X(worksheet_fit_to_pages)		\
	X(worksheet_freeze_panes) X(worksheet_merge_range)		\
	X(worksheet_repeat_rows) X(worksheet_set_column)		\
	X(worksheet_set_landscape) X(worksheet_set_margins)		\
	X(worksheet_set_paper) X(worksheet_write_blank)		\
	X(worksheet_write_datetime) X(worksheet_write_number)		\
	X(worksheet_write_string) X(lxw_strerror)

struct xlsxdl {
#define XLSX_MEMBER(f) __typeof__(f) *f;
	XLSX_FUNCTIONS(XLSX_MEMBER)
#undef XLSX_MEMBER
};

/*
 * Open libxlsxwriter once (thread-safe).  Returns the functions, or NULL
 * after adding an environment error (exit 3) to dl when it cannot be
 * loaded.
 */
const struct xlsxdl *xlsxdl_load(struct diag_list *dl);
/* The functions; only after xlsxdl_load() succeeded. */
extern struct xlsxdl xlsxdl_functions;
#define XLSX(f) (xlsxdl_functions.f)

#endif
