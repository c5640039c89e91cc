/*
 * diag.h — located diagnostics.
 *
 * The library never prints: it appends what went wrong to a diag_list,
 * with the file, line and column where there is one, and a hint (the
 * nearest valid word, what to do).  The command prints the list, in the
 * GNU form "ocop: FILE:LINE:COL: error: MESSAGE; HINT", and exits with
 * the most serious status it holds.
 */
#ifndef OCOP_DIAG_H
#define OCOP_DIAG_H

#include <stdio.h>
#include "ocop/util.h"

enum diag_severity { DIAG_ERROR, DIAG_WARNING };

struct diag {
	enum diag_severity severity;
	enum ocop_exit status;	/* for errors: REFUSED, ENV or LOCKED */
	char *file;		/* NULL when the problem has no file */
	unsigned line, col;	/* 1-based; 0 when unknown */
	char *message;
	char *hint;		/* NULL, or e.g. "did you mean 'food'?" */
};

struct diag_list {
	struct diag *items;
	size_t nr, alloc;
};

#define DIAG_LIST_INIT { NULL, 0, 0 }

/* Append a diagnostic; returns -1 so that "return diag_error(...)" reads well. */
int diag_add(struct diag_list *dl, enum diag_severity sev, enum ocop_exit status,
	     const char *file, unsigned line, unsigned col, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

/* Shorthands: a refused (exit 1) error, an environment (exit 3) error. */
int diag_error(struct diag_list *dl, const char *file, unsigned line,
	       unsigned col, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
int diag_env(struct diag_list *dl, const char *file, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_warn(struct diag_list *dl, const char *file, unsigned line,
	       unsigned col, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Attach a hint to the last diagnostic added. */
void diag_hint(struct diag_list *dl, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

size_t diag_error_count(const struct diag_list *dl);
/* EXIT_OK when the list holds no error, else the most serious status. */
enum ocop_exit diag_status(const struct diag_list *dl);
/* Print every entry to f (warnings are skipped when quiet). */
void diag_print(const struct diag_list *dl, FILE *f);
/* Move the entries of src to the end of dst. */
void diag_move(struct diag_list *dst, struct diag_list *src);
void diag_list_release(struct diag_list *dl);

#endif
