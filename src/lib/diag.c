/* diag.c — located diagnostics (see diag.h). */
#include <stdarg.h>
#include <stdlib.h>

#include "ocop/diag.h"
#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

static int vadd(struct diag_list *dl, enum diag_severity sev,
		enum ocop_exit status, const char *file, unsigned line,
		unsigned col, const char *fmt, va_list ap)
{
	struct strbuf msg = STRBUF_INIT;
	struct diag *d;

	strbuf_vaddf(&msg, fmt, ap);
	ALLOC_GROW(dl->items, dl->nr + 1, dl->alloc);
	d = &dl->items[dl->nr++];
	d->severity = sev;
	d->status = status;
	d->file = file ? xstrdup(file) : NULL;
	d->line = line;
	d->col = col;
	d->message = strbuf_detach(&msg, NULL);
	d->hint = NULL;
	return -1;
}

int diag_add(struct diag_list *dl, enum diag_severity sev,
	     enum ocop_exit status, const char *file, unsigned line,
	     unsigned col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vadd(dl, sev, status, file, line, col, fmt, ap);
	va_end(ap);
	return -1;
}

int diag_error(struct diag_list *dl, const char *file, unsigned line,
	       unsigned col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vadd(dl, DIAG_ERROR, EXIT_REFUSED, file, line, col, fmt, ap);
	va_end(ap);
	return -1;
}

int diag_env(struct diag_list *dl, const char *file, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vadd(dl, DIAG_ERROR, EXIT_ENV, file, 0, 0, fmt, ap);
	va_end(ap);
	return -1;
}

void diag_warn(struct diag_list *dl, const char *file, unsigned line,
	       unsigned col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vadd(dl, DIAG_WARNING, EXIT_OK, file, line, col, fmt, ap);
	va_end(ap);
}

void diag_hint(struct diag_list *dl, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	struct diag *d;
	va_list ap;

	if (!dl->nr)
		BUG("diag_hint with no diagnostic");
	d = &dl->items[dl->nr - 1];
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	free(d->hint);
	d->hint = strbuf_detach(&sb, NULL);
}

size_t diag_error_count(const struct diag_list *dl)
{
	size_t i, n = 0;

	for (i = 0; i < dl->nr; i++)
		n += dl->items[i].severity == DIAG_ERROR;
	return n;
}

/* Which status wins when a list holds several: the one a script must see. */
static int status_rank(enum ocop_exit s)
{
	switch (s) {
	case EXIT_LOCKED:
		return 4;
	case EXIT_ENV:
		return 3;
	case EXIT_USAGE:
		return 2;
	case EXIT_REFUSED:
		return 1;
	default:
		return 0;
	}
}

enum ocop_exit diag_status(const struct diag_list *dl)
{
	enum ocop_exit best = EXIT_OK;
	size_t i;

	for (i = 0; i < dl->nr; i++) {
		const struct diag *d = &dl->items[i];

		if (d->severity == DIAG_ERROR &&
		    status_rank(d->status) > status_rank(best))
			best = d->status;
	}
	return best;
}

/* Values from hostile files appear in messages: one line, inert. */
static void add_escaped(struct strbuf *sb, const char *s)
{
	char *safe = text_printable(s);

	strbuf_addstr(sb, safe ? safe : s);
	free(safe);
}

/* Each diagnostic is one buffer and one write: see fput_whole. */
void diag_print(const struct diag_list *dl, FILE *f)
{
	struct strbuf line = STRBUF_INIT;
	size_t i;

	fflush(stdout);
	for (i = 0; i < dl->nr; i++) {
		const struct diag *d = &dl->items[i];

		if (d->severity == DIAG_WARNING && ocop_quiet)
			continue;
		strbuf_reset(&line);
		strbuf_addf(&line, "%s: ", ocop_progname);
		if (d->file) {
			add_escaped(&line, d->file);
			if (d->line)
				strbuf_addf(&line, ":%u", d->line);
			if (d->line && d->col)
				strbuf_addf(&line, ":%u", d->col);
			strbuf_addstr(&line, ": ");
		}
		if (d->severity == DIAG_ERROR)
			strbuf_add_label(&line, f, _("error: "), COLOR_ERROR);
		else
			strbuf_add_label(&line, f, _("warning: "), COLOR_WARNING);
		add_escaped(&line, d->message);
		if (d->hint) {
			strbuf_addstr(&line, "; ");
			add_escaped(&line, d->hint);
		}
		strbuf_addch(&line, '\n');
		fput_whole(f, line.buf, line.len);
	}
	strbuf_release(&line);
}

void diag_move(struct diag_list *dst, struct diag_list *src)
{
	size_t i;

	for (i = 0; i < src->nr; i++) {
		ALLOC_GROW(dst->items, dst->nr + 1, dst->alloc);
		dst->items[dst->nr++] = src->items[i];
	}
	free(src->items);
	src->items = NULL;
	src->nr = src->alloc = 0;
}

void diag_list_release(struct diag_list *dl)
{
	size_t i;

	for (i = 0; i < dl->nr; i++) {
		free(dl->items[i].file);
		free(dl->items[i].message);
		free(dl->items[i].hint);
	}
	free(dl->items);
	dl->items = NULL;
	dl->nr = dl->alloc = 0;
}
