/* test_git_files.c — a repository's files read without git (git.h, git-files.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocop/git.h"
#include "ocop/util.h"

#define OID_A "1111111111111111111111111111111111111111"
#define OID_B "2222222222222222222222222222222222222222"

static char root[64];

static char *in_root(const char *rel)
{
	return xasprintf("%s/%s", root, rel);
}

static void make_dir(const char *rel)
{
	char *path = in_root(rel);

	assert_int_equal(mkdir(path, 0777), 0);
	free(path);
}

static void write_text(const char *rel, const char *text)
{
	char *path = in_root(rel);
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
	free(path);
}

static void remove_file(const char *rel)
{
	char *path = in_root(rel);

	assert_int_equal(unlink(path), 0);
	free(path);
}

/* A repository's skeleton in rel: HEAD, objects/, refs/heads/. */
static void make_git_dir(const char *rel)
{
	char *objects = xasprintf("%s/objects", rel);
	char *refs = xasprintf("%s/refs", rel);
	char *heads = xasprintf("%s/refs/heads", rel);
	char *head = xasprintf("%s/HEAD", rel);

	make_dir(rel);
	make_dir(objects);
	make_dir(refs);
	make_dir(heads);
	write_text(head, "ref: refs/heads/main\n");
	free(objects);
	free(refs);
	free(heads);
	free(head);
}

static int setup(void **state)
{
	(void)state;
	snprintf(root, sizeof(root), "/tmp/ocop-git-files.XXXXXX");
	assert_non_null(mkdtemp(root));
	make_dir("ward");
	make_git_dir("ward/.git");
	make_git_dir("bare.git");
	return 0;
}

static int teardown(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", root);

	(void)state;
	assert_int_equal(system(cmd), 0);
	free(cmd);
	return 0;
}

/* Ends with: the git directory found, or NULL. */
static bool dir_ends(char *found, const char *tail)
{
	bool yes = found && strlen(found) >= strlen(tail) &&
		   !strcmp(found + strlen(found) - strlen(tail), tail);

	free(found);
	return yes;
}

static void test_git_dir_of(void **state)
{
	char *ward = in_root("ward"), *bare = in_root("bare.git");
	char *sub = in_root("sub"), *none = in_root("none");

	(void)state;
	assert_true(dir_ends(git_dir_of(ward, false), "/ward/.git"));
	/* a bare repository only when asked for (a remote), never a ward */
	assert_null(git_dir_of(bare, false));
	assert_true(dir_ends(git_dir_of(bare, true), "/bare.git"));
	/* a submodule's .git file, relative to its folder */
	make_dir("sub");
	write_text("sub/.git", "gitdir: ../ward/.git\n");
	assert_true(dir_ends(git_dir_of(sub, false), "/sub/../ward/.git"));
	write_text("sub/.git", "gitdir: ../ward/.git\nmore\n");
	assert_null(git_dir_of(sub, false));
	write_text("sub/.git", "not a git file\n");
	assert_null(git_dir_of(sub, false));
	/* a linked worktree keeps its refs elsewhere, reftable elsewhere too: git */
	write_text("ward/.git/commondir", "../..\n");
	assert_null(git_dir_of(ward, false));
	remove_file("ward/.git/commondir");
	make_dir("ward/.git/reftable");
	assert_null(git_dir_of(ward, false));
	{
		char *reftable = in_root("ward/.git/reftable");

		assert_int_equal(rmdir(reftable), 0);
		free(reftable);
	}
	make_dir("none");
	assert_null(git_dir_of(none, false));
	assert_null(git_dir_of(none, true));
	free(ward);
	free(bare);
	free(sub);
	free(none);
}

static void test_ref_read(void **state)
{
	char *git_dir = in_root("bare.git"), *oid;

	(void)state;
	assert_null(git_ref_read(git_dir, "refs/heads/main"));
	write_text("bare.git/packed-refs",
		   "# pack-refs with: peeled fully-peeled sorted \n"
		   OID_B " refs/heads/main\n"
		   OID_A " refs/tags/v1\n^" OID_B "\n");
	oid = git_ref_read(git_dir, "refs/heads/main");
	assert_string_equal(oid, OID_B);
	free(oid);
	assert_null(git_ref_read(git_dir, "refs/heads/mai"));
	/* the loose file wins over its packed copy, as in git */
	write_text("bare.git/refs/heads/main", OID_A "\n");
	oid = git_ref_read(git_dir, "refs/heads/main");
	assert_string_equal(oid, OID_A);
	free(oid);
	/* what git resolves otherwise: a symbolic ref, a short id, an odd name */
	write_text("bare.git/refs/heads/main", "ref: refs/heads/other\n");
	assert_null(git_ref_read(git_dir, "refs/heads/main"));
	write_text("bare.git/refs/heads/main", "1111111\n");
	assert_null(git_ref_read(git_dir, "refs/heads/main"));
	assert_null(git_ref_read(git_dir, "refs/heads/../../HEAD"));
	assert_null(git_ref_read(git_dir, "main"));
	/* a packed-refs line it does not know: git */
	remove_file("bare.git/refs/heads/main");
	write_text("bare.git/packed-refs", "garbage refs/heads/main\n");
	assert_null(git_ref_read(git_dir, "refs/heads/main"));
	remove_file("bare.git/packed-refs");
	free(git_dir);
}

/* The value of key in a config list, or NULL. */
static const char *value_of(const struct strbuf *list, const char *key)
{
	const char *p, *value = NULL;
	size_t len = strlen(key);

	for (p = list->buf; p < list->buf + list->len; p += strlen(p) + 1)
		if (!strncmp(p, key, len) && p[len] == '\n')
			value = p + len + 1;
	return value;
}

/* Does the list hold the entry, whole (a key with no value)? */
static bool has_entry(const struct strbuf *list, const char *entry)
{
	const char *p;

	for (p = list->buf; p < list->buf + list->len; p += strlen(p) + 1)
		if (!strcmp(p, entry))
			return true;
	return false;
}

static void test_config_local(void **state)
{
	char *git_dir = in_root("ward/.git");
	struct strbuf list = STRBUF_INIT;

	(void)state;
	write_text("ward/.git/config",
		   "[core]\n\trepositoryformatversion = 0\n\tbare\n"
		   "# a comment\n"
		   "[Remote \"origin\"]\n\tURL = /srv/wards/Nghia-Lo ; the ward's\n"
		   "[branch \"Main\"]\n\tremote = origin\n\tmerge = refs/heads/Main\n"
		   "[branch \"Main\"]\n\tmerge = refs/heads/other\n");
	assert_int_equal(git_config_local(git_dir, &list), 0);
	/* names in lower case but the subsection; the comment gone; the last wins */
	assert_string_equal(value_of(&list, "remote.origin.url"), "/srv/wards/Nghia-Lo");
	assert_string_equal(value_of(&list, "branch.Main.remote"), "origin");
	assert_string_equal(value_of(&list, "branch.Main.merge"), "refs/heads/other");
	assert_null(value_of(&list, "branch.main.remote"));
	assert_null(value_of(&list, "core.bare"));	/* no value: "core.bare\0" */
	assert_true(has_entry(&list, "core.bare"));
	/* what only git reads right */
	static const char *const refused[] = {
		"[include]\n\tpath = other\n",
		"[includeIf \"gitdir:/x\"]\n\tpath = other\n",
		"[remote \"origin\"]\n\turl = \"/srv/a b\"\n",
		"[remote \"origin\"]\n\turl = /srv/a\\\n/b\n",
		"[remote.origin]\n\turl = /srv/a\n",
		"[remote \"o\\\"x\"]\n\turl = /srv/a\n",
		"\turl = /srv/a\n",
	};
	for (size_t i = 0; i < ARRAY_SIZE(refused); i++) {
		strbuf_reset(&list);
		write_text("ward/.git/config", refused[i]);
		assert_int_equal(git_config_local(git_dir, &list), -1);
	}
	/* a worktree's own configuration is read after: git */
	strbuf_reset(&list);
	write_text("ward/.git/config", "[core]\n\tbare = false\n");
	write_text("ward/.git/config.worktree", "[core]\n\tbare = true\n");
	assert_int_equal(git_config_local(git_dir, &list), -1);
	remove_file("ward/.git/config.worktree");
	strbuf_release(&list);
	free(git_dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_git_dir_of),
		cmocka_unit_test(test_ref_read),
		cmocka_unit_test(test_config_local),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
