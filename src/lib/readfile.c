/* readfile.c — a whole input file within a bound (see readfile.h). */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocop/readfile.h"
#include "ocop/util.h"

int read_file_bounded(const char *path, const char *shown, size_t limit,
		      struct strbuf *out, struct diag_list *dl)
{
	bool is_stdin = !strcmp(path, "-");
	int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	size_t start = out->len;
	struct stat st;
	ssize_t n = 0;

	if (fd < 0)
		return diag_env(dl, shown, _("cannot open: %s"), strerror(errno));
	if (fstat(fd, &st) || S_ISDIR(st.st_mode)) {
		if (!is_stdin)
			close(fd);
		return diag_error(dl, shown, 0, 0, _("not a file"));
	}
	while (out->len - start <= limit) {
		strbuf_grow(out, 64 << 10);
		n = read(fd, out->buf + out->len, out->alloc - out->len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		strbuf_setlen(out, out->len + (size_t)n);
	}
	if (!is_stdin)
		close(fd);
	if (n < 0)
		return diag_env(dl, shown, _("cannot read: %s"), strerror(errno));
	if (out->len - start > limit)
		return diag_error(dl, shown, 0, 0, _("larger than the limit of %u MiB"),
				  (unsigned)(limit >> 20));
	return 0;
}
