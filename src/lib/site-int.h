/*
 * site-int.h — the catalogue's directory, made in DIR.tmp and put in
 * DIR's place (site-dir.c); internal to libocop.
 */
#ifndef OCOP_SITE_INT_H
#define OCOP_SITE_INT_H

#include <stdio.h>

#include "ocop/diag.h"

/* The file that says a directory is a catalogue ocop made. */
#define SITE_MARKER ".ocop-site"

/*
 * Check that dir may be replaced (absent, empty or marked) and make
 * DIR.tmp, empty and marked, removing a marked one a failed run left.
 * Returns its path (allocated), or NULL with dl.
 */
char *site_dir_begin(const char *dir, struct diag_list *dl);
/* Open tmp/rel for writing, making its directory; NULL with dl. */
FILE *site_dir_open(const char *tmp, const char *rel, struct diag_list *dl);
/* Close what site_dir_open opened; -1 with dl when writing failed. */
int site_dir_close(FILE *f, const char *tmp, const char *rel, struct diag_list *dl);
/* Put tmp in dir's place and remove the old catalogue; -1 with dl. */
int site_dir_commit(const char *tmp, const char *dir, struct diag_list *dl);
/* After a failure: remove tmp. */
void site_dir_abort(const char *tmp);

#endif
