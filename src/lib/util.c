/* util.c — allocation wrappers and the die/error/warning messages. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ocop/strbuf.h"
#include "ocop/text.h"
#include "ocop/util.h"

const char *ocop_progname = "ocop";
bool ocop_quiet;
bool ocop_color;

void fput_label(FILE *f, const char *label, const char *color)
{
	if (ocop_color && f == stderr && *label)
		fprintf(f, "%s%s\033[m", color, label);
	else
		fputs(label, f);
}

void strbuf_add_label(struct strbuf *sb, FILE *f, const char *label,
		      const char *color)
{
	if (ocop_color && f == stderr && *label)
		strbuf_addf(sb, "%s%s\033[m", color, label);
	else
		strbuf_addstr(sb, label);
}

/*
 * One write(2) for the whole message when f has a descriptor, so that
 * the lines of commands run at once never interleave (a pipe keeps a
 * write of up to PIPE_BUF bytes whole; a file opened O_APPEND any).
 */
void fput_whole(FILE *f, const char *buf, size_t len)
{
	int fd;
	ssize_t n;

	if (fflush(f) || (fd = fileno(f)) < 0) {
		fwrite(buf, 1, len, f);
		return;
	}
	while (len) {
		n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;	/* nowhere left to say it */
		buf += n;
		len -= (size_t)n;
	}
}

static _Noreturn void out_of_memory(size_t size)
{
	fprintf(stderr, "%s: %s (%zu bytes)\n", ocop_progname, _("out of memory"), size);
	exit(EXIT_ENV);
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		out_of_memory(size);
	return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (!p)
		out_of_memory(nmemb * size);
	return p;
}

void *xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);

	if (!p)
		out_of_memory(size);
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	return strbuf_detach(&sb, NULL);
}

char *xstrconcat(const char *first, ...)
{
	va_list ap;
	const char *part;
	size_t len = 0;
	char *res, *p;

	va_start(ap, first);
	for (part = first; part; part = va_arg(ap, const char *))
		len += strlen(part);
	va_end(ap);
	p = res = xmalloc(len + 1);
	va_start(ap, first);
	for (part = first; part; part = va_arg(ap, const char *)) {
		size_t n = strlen(part);

		memcpy(p, part, n);
		p += n;
	}
	va_end(ap);
	*p = '\0';
	return res;
}

static void vreport(const char *prefix, const char *color, const char *fmt,
		    va_list ap)
{
	struct strbuf line = STRBUF_INIT, msg = STRBUF_INIT;
	char *safe;

	fflush(stdout);
	strbuf_addf(&line, "%s: ", ocop_progname);
	strbuf_add_label(&line, stderr, prefix, color);
	/* A file name or value typed with ESC in it: one line, inert. */
	strbuf_vaddf(&msg, fmt, ap);
	safe = text_printable(msg.buf);
	strbuf_addstr(&line, safe ? safe : msg.buf);
	free(safe);
	strbuf_release(&msg);
	strbuf_addch(&line, '\n');
	fput_whole(stderr, line.buf, line.len);
	strbuf_release(&line);
}

void die(enum ocop_exit status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("", "", fmt, ap);
	va_end(ap);
	exit(status);
}

int error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(_("error: "), COLOR_ERROR, fmt, ap);
	va_end(ap);
	return -1;
}

void warning(const char *fmt, ...)
{
	va_list ap;

	if (ocop_quiet)
		return;
	va_start(ap, fmt);
	vreport(_("warning: "), COLOR_WARNING, fmt, ap);
	va_end(ap);
}

void ocop_bug(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: BUG: %s:%d: ", ocop_progname, file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}
