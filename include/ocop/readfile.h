/*
 * readfile.h — a whole input file read into memory, within a bound: the
 * registers `ocop import` reads (CSV or XLSX).
 */
#ifndef OCOP_READFILE_H
#define OCOP_READFILE_H

#include <stddef.h>

#include "ocop/diag.h"
#include "ocop/strbuf.h"

/*
 * Append the bytes of path ("-": standard input) to out, refusing a
 * folder and a file of more than limit bytes (read past it by one block at
 * most, never trusting the size a file says it has).  shown names it in
 * messages.  Returns 0, or -1 with the reason in dl (out then holds
 * whatever was read: the caller releases it).
 */
int read_file_bounded(const char *path, const char *shown, size_t limit,
		      struct strbuf *out, struct diag_list *dl);

#endif
