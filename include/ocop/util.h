/*
 * util.h — allocation that never returns NULL, small macros, and the
 * die/error/warning idiom of git's usage.c.
 *
 * Ownership: x*alloc and xstr*dup return memory the caller frees.
 * An allocation failure is not recoverable for a command-line tool; it
 * ends the process with exit status 3 (environment).
 */
#ifndef OCOP_UTIL_H
#define OCOP_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Exit statuses of every ocop command (DESIGN.md §7). */
enum ocop_exit {
	EXIT_OK = 0,
	EXIT_REFUSED = 1,	/* the data or the request was refused */
	EXIT_USAGE = 2,		/* the command line was wrong */
	EXIT_ENV = 3,		/* no data directory, permission, disk full */
	EXIT_LOCKED = 4		/* another command holds the lock: retry */
};

void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The strings up to a NULL, joined: paths made for every record read,
 * where printf's parsing of a format would cost more than the copy. */
char *xstrconcat(const char *first, ...) __attribute__((sentinel));

/*
 * Grow the array x (with nr used and *alloc allocated elements) so that it
 * holds at least nr_wanted elements.
 */
#define ALLOC_GROW(x, nr_wanted, alloc)                                      \
	do {                                                                 \
		if ((nr_wanted) > (alloc)) {                                 \
			(alloc) = (alloc) ? (alloc) * 2 : 8;                  \
			if ((alloc) < (nr_wanted))                           \
				(alloc) = (nr_wanted);                       \
			(x) = xrealloc((x), (alloc) * sizeof(*(x)));         \
		}                                                            \
	} while (0)

/* The program name used in messages ("ocop"). */
extern const char *ocop_progname;

/* Messages on stderr, prefixed "ocop: ".  error() returns -1. */
_Noreturn void die(enum ocop_exit status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void ocop_bug(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#define BUG(...) ocop_bug(__FILE__, __LINE__, __VA_ARGS__)

/* Quiet mode (-q) silences warnings and notes, never errors. */
extern bool ocop_quiet;

/*
 * Colour of the "error:" and "warning:" labels on standard error: set once
 * by main from --color, NO_COLOR, TERM and whether stderr is a terminal.
 */
extern bool ocop_color;
#define COLOR_ERROR "\033[1;31m"
#define COLOR_WARNING "\033[1;33m"
/* Print label ("error: ") to f: in color when f is stderr and ocop_color. */
void fput_label(FILE *f, const char *label, const char *color);
/* The same, appended to sb. */
struct strbuf;
void strbuf_add_label(struct strbuf *sb, FILE *f, const char *label,
		      const char *color);
/* Write buf to f whole: one write(2) when f has a descriptor. */
void fput_whole(FILE *f, const char *buf, size_t len);

/* gettext: messages a user sees go through _(); N_() marks a table entry. */
#ifdef ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
#else
#define _(s) (s)
#endif
#define N_(s) (s)

#endif
