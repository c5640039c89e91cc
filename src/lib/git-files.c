/*
 * git-files.c — what a repository's own files say, read without running
 * git (see git.h): its git directory, a branch's commit, its local
 * configuration.  Each git git would run costs a province's sync some
 * milliseconds a ward; each reader here answers only in the plain cases
 * it understands exactly, and says "ask git" (NULL or -1) otherwise.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocop/git.h"
#include "ocop/readfile.h"
#include "ocop/util.h"

#define GIT_FILE_MAX (1u << 20)	/* a config or packed-refs larger: ask git */

/* The whole of a small file, or -1 (absent, unreadable, too large). */
static int read_small(const char *path, struct strbuf *out)
{
	struct diag_list ignore = DIAG_LIST_INIT;
	int rc = read_file_bounded(path, path, GIT_FILE_MAX, out, &ignore);

	diag_list_release(&ignore);
	return rc ? -1 : 0;
}

static bool is_dir(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

static bool exists(const char *path)
{
	struct stat st;

	return !lstat(path, &st);
}

/*
 * A git directory of its own (not a linked worktree's, which keeps its
 * refs and configuration in another, "commondir"), in the files ref
 * store (not reftable).
 */
static bool plain_git_dir(const char *git_dir)
{
	char *common = xasprintf("%s/commondir", git_dir);
	char *reftable = xasprintf("%s/reftable", git_dir);
	char *objects = xasprintf("%s/objects", git_dir);
	char *head = xasprintf("%s/HEAD", git_dir);
	bool plain = !exists(common) && !exists(reftable) && is_dir(objects) &&
		     exists(head);

	free(common);
	free(reftable);
	free(objects);
	free(head);
	return plain;
}

char *git_file_target(const char *dir, const char *dot_git)
{
	struct strbuf text = STRBUF_INIT;
	char *target = NULL;
	const char *path;
	size_t len;

	if (read_small(dot_git, &text) || strncmp(text.buf, "gitdir: ", 8))
		goto out;
	path = text.buf + 8;
	len = strcspn(path, "\r\n");
	if (!len || path[len + strspn(path + len, "\r\n")])
		goto out;	/* one line only */
	target = *path == '/' ? xstrndup(path, len) :
		 xasprintf("%s/%.*s", dir, (int)len, path);
out:
	strbuf_release(&text);
	return target;
}

char *git_dir_of(const char *dir, bool bare_too)
{
	char *dot_git = xasprintf("%s/.git", dir), *git_dir = NULL;
	struct stat st;
	int found = !lstat(dot_git, &st), absent = !found && errno == ENOENT;

	if (found && S_ISDIR(st.st_mode))
		git_dir = xstrdup(dot_git);
	else if (found && S_ISREG(st.st_mode))
		git_dir = git_file_target(dir, dot_git);
	else if (absent && bare_too)
		git_dir = xstrdup(dir);
	free(dot_git);
	if (git_dir && !plain_git_dir(git_dir)) {
		free(git_dir);
		git_dir = NULL;
	}
	return git_dir;
}

/* A ref name this reader takes: "refs/…", no "..", no empty or dotted part. */
static bool plain_ref_name(const char *ref)
{
	const char *p;

	if (strncmp(ref, "refs/", 5) || strstr(ref, "..") || strstr(ref, "//") ||
	    strstr(ref, "/.") || ref[strlen(ref) - 1] == '/')
		return false;
	for (p = ref; *p; p++)
		if ((unsigned char)*p <= ' ' || strchr("\\~^:?*[\x7f", *p))
			return false;
	return true;
}

/* Is s, for len bytes, an object id (40 or 64 lower-case hex digits)? */
static bool is_oid(const char *s, size_t len)
{
	size_t i;

	if (len != 40 && len != 64)
		return false;
	for (i = 0; i < len; i++)
		if (!isdigit((unsigned char)s[i]) && !(s[i] >= 'a' && s[i] <= 'f'))
			return false;
	return true;
}

/* "OID\n" in a loose ref file: 1 (the id in *oid), 0 no such file, -1 ask git. */
static int loose_ref(const char *git_dir, const char *ref, char **oid)
{
	char *path = xasprintf("%s/%s", git_dir, ref);
	struct strbuf text = STRBUF_INIT;
	struct stat st;
	int ret = -1;

	if (lstat(path, &st)) {
		ret = errno == ENOENT ? 0 : -1;	/* ENOTDIR and the like: ask */
	} else if (S_ISREG(st.st_mode) && !read_small(path, &text)) {
		size_t len = strcspn(text.buf, "\n");

		/* a symbolic ref ("ref: …") or anything else: git knows */
		if (is_oid(text.buf, len) && !text.buf[len + (text.buf[len] == '\n')]) {
			*oid = xstrndup(text.buf, len);
			ret = 1;
		}
	}
	strbuf_release(&text);
	free(path);
	return ret;
}

/* The ref's line "OID REF" in packed-refs: 1, 0 none, -1 ask git. */
static int packed_ref(const char *git_dir, const char *ref, char **oid)
{
	char *path = xasprintf("%s/packed-refs", git_dir);
	struct strbuf text = STRBUF_INIT;
	const char *line, *end, *nl;
	size_t len, reflen = strlen(ref);
	int ret = 0;

	if (read_small(path, &text)) {
		ret = exists(path) ? -1 : 0;
		goto out;
	}
	for (line = text.buf, end = text.buf + text.len; line < end; line = nl + 1) {
		nl = memchr(line, '\n', (size_t)(end - line));
		if (!nl)
			nl = end;
		if (*line == '#' || *line == '^')
			continue;	/* the header, a tag's peeled id */
		len = strcspn(line, " \n");
		if (!is_oid(line, len) || line[len] != ' ') {
			ret = -1;	/* a line this reader does not know */
			break;
		}
		if ((size_t)(nl - line) == len + 1 + reflen &&
		    !memcmp(line + len + 1, ref, reflen)) {
			*oid = xstrndup(line, len);
			ret = 1;
			break;
		}
	}
out:
	strbuf_release(&text);
	free(path);
	return ret;
}

char *git_ref_read(const char *git_dir, const char *ref)
{
	char *oid = NULL;
	int found;

	if (!plain_ref_name(ref))
		return NULL;
	/* a loose ref wins over its packed copy, as in git */
	found = loose_ref(git_dir, ref, &oid);
	if (!found)
		found = packed_ref(git_dir, ref, &oid);
	if (found <= 0) {
		free(oid);
		return NULL;
	}
	return oid;
}

/* --- the local configuration ------------------------------------------ */

static const char *skip_space(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

static bool at_line_end(const char *p)
{
	p = skip_space(p);
	return !*p || *p == '#' || *p == ';' || *p == '\r';
}

/*
 * "[section]" or "[section "subsection"]": the prefix of its keys,
 * "section." or "section.subsection.", in *prefix.  -1 for what this
 * reader leaves to git: an escape, the old "[section.sub]", an include.
 */
static int parse_section(const char *p, struct strbuf *prefix)
{
	const char *name = ++p, *sub, *close;
	size_t i;

	while (isalnum((unsigned char)*p) || *p == '-')
		p++;
	if (p == name)
		return -1;
	strbuf_reset(prefix);
	for (i = 0; name + i < p; i++)
		strbuf_addch(prefix, (char)tolower((unsigned char)name[i]));
	if (!strcmp(prefix->buf, "include") || !strcmp(prefix->buf, "includeif"))
		return -1;
	strbuf_addch(prefix, '.');
	if (*p == ' ' || *p == '\t') {
		sub = skip_space(p);
		if (*sub != '"' || !(close = strchr(sub + 1, '"')) ||
		    memchr(sub + 1, '\\', (size_t)(close - sub - 1)) || close[1] != ']')
			return -1;
		strbuf_add(prefix, sub + 1, (size_t)(close - sub - 1));
		strbuf_addch(prefix, '.');
		p = close + 1;
	}
	if (*p != ']' || !at_line_end(p + 1))
		return -1;
	return 0;
}

/* "key = value" under prefix, added as git config -z --list shows it. */
static int parse_entry(const char *p, const struct strbuf *prefix,
		       struct strbuf *out)
{
	const char *key = p, *value, *end;

	if (!prefix->len || !isalpha((unsigned char)*p))
		return -1;
	while (isalnum((unsigned char)*p) || *p == '-')
		p++;
	strbuf_add(out, prefix->buf, prefix->len);
	while (key < p)
		strbuf_addch(out, (char)tolower((unsigned char)*key++));
	p = skip_space(p);
	if (at_line_end(p)) {
		strbuf_addch(out, '\0');	/* a key with no value: true */
		return 0;
	}
	if (*p != '=')
		return -1;
	value = skip_space(p + 1);
	end = value + strcspn(value, "#;\r");
	if (memchr(value, '"', (size_t)(end - value)) ||
	    memchr(value, '\\', (size_t)(end - value)) || !at_line_end(end))
		return -1;
	while (end > value && (end[-1] == ' ' || end[-1] == '\t'))
		end--;
	strbuf_addch(out, '\n');
	strbuf_add(out, value, (size_t)(end - value));
	strbuf_addch(out, '\0');
	return 0;
}

int git_config_local(const char *git_dir, struct strbuf *out)
{
	char *path = xasprintf("%s/config", git_dir);
	char *worktree = xasprintf("%s/config.worktree", git_dir);
	struct strbuf text = STRBUF_INIT, prefix = STRBUF_INIT;
	char *line, *nl;
	const char *p;
	int ret = -1;

	/* -c given through the environment, or a worktree's own file, come after */
	if (getenv("GIT_CONFIG_COUNT") || exists(worktree) || read_small(path, &text) ||
	    memchr(text.buf, '\0', text.len))
		goto out;
	ret = 0;
	for (line = text.buf; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		p = skip_space(line);
		if (at_line_end(p))
			ret = 0;
		else if (*p == '[')
			ret = parse_section(p, &prefix);
		else
			ret = parse_entry(p, &prefix, out);
		if (ret || !nl)
			break;
	}
	ret = ret ? -1 : 0;
out:
	strbuf_release(&text);
	strbuf_release(&prefix);
	free(path);
	free(worktree);
	return ret;
}
