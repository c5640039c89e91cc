/* init.c — making a data directory (see init.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ocop/commit.h"
#include "ocop/edit.h"
#include "ocop/git.h"
#include "ocop/hook.h"
#include "ocop/init.h"
#include "ocop/store.h"
#include "ocop/strbuf.h"
#include "ocop/util.h"

static const char gitattributes[] =
	"# Written by ocop init: records are UTF-8 text with LF line ends.\n"
	"*.yaml text eol=lf\n"
	"# The copies of the dossiers' documents (ocop doc add): scans, never diffed.\n"
	"files/** binary\n";
static const char gitignore[] =
	"# Written by ocop init: the lock file of running ocop commands.\n"
	"/" STORE_LOCK "\n"
	".*.tmp-*\n";

/* The git files init writes, and whether this init wrote them. */
struct git_file {
	const char *name;
	const char *ours;
	size_t len;
	bool written;
};

/* Read the file name of the directory; 0 and *absent when it is not there. */
static int read_dir_file(struct store *s, const char *name, struct strbuf *sb,
			 bool *absent, struct diag_list *dl)
{
	char buf[4096];
	ssize_t n;
	int fd = openat(s->rootfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);

	*absent = fd < 0 && errno == ENOENT;
	if (*absent)
		return 0;
	if (fd < 0)
		return diag_env(dl, name, _("cannot read: %s"), strerror(errno));
	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			diag_env(dl, name, _("cannot read: %s"), strerror(errno));
			close(fd);
			return -1;
		}
		strbuf_add(sb, buf, (size_t)n);
	}
	close(fd);
	return 0;
}

/* Does text hold line (len bytes, no '\n') as a whole line, trailing blanks aside? */
static bool has_line(const char *text, const char *line, size_t len)
{
	const char *p = text;
	size_t n;

	while (*p) {
		n = strcspn(p, "\n");
		while (n && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t'))
			n--;
		if (n == len && !memcmp(p, line, len))
			return true;
		p += strcspn(p, "\n");
		if (*p)
			p++;
	}
	return false;
}

/*
 * Write a git file of ours: whole when there is none; in a directory or
 * repository that has one, the user's lines stay as they are and ours
 * that are missing are added after them (a .gitignore that kept
 * secrets.env out of git still does).  Nothing is written when every
 * line is there.
 */
static int add_our_lines(struct store *s, struct git_file *gf,
			 struct diag_list *dl)
{
	struct strbuf text = STRBUF_INIT;
	const char *line = gf->ours, *end;
	size_t old_len;
	bool absent, first = true;
	int ret = -1;

	if (read_dir_file(s, gf->name, &text, &absent, dl))
		goto out;
	if (absent) {
		strbuf_add(&text, gf->ours, gf->len);
	} else {
		old_len = text.len;
		for (; *line; line = end + 1) {
			end = strchr(line, '\n');
			if (*line == '#' || has_line(text.buf, line, (size_t)(end - line)))
				continue;
			if (first && text.len && text.buf[text.len - 1] != '\n')
				strbuf_addch(&text, '\n');
			if (first)	/* our comment line says whose they are */
				strbuf_add(&text, gf->ours, strcspn(gf->ours, "\n") + 1);
			first = false;
			strbuf_add(&text, line, (size_t)(end - line) + 1);
		}
		if (text.len == old_len) {
			ret = 0;
			goto out;
		}
	}
	ret = store_write_file(s, s->rootfd, gf->name, text.buf, text.len, dl);
	gf->written = !ret;
out:
	strbuf_release(&text);
	return ret;
}

/*
 * ocop init --git: a repository (unless already in one) and a first
 * commit of init's own files only: the user's other files, staged or
 * not, are left for them to commit.
 */
static int init_git(struct store *s, const char *dir,
		    const struct git_file *files, size_t nfiles,
		    struct diag_list *dl)
{
	static const char *const init_args[] = { "init", "-q", NULL };
	enum hook_result hook;
	char *line, *hook_path;
	size_t i;
	int rc, ret;

	if (!git_in_work_tree(dir)) {
		rc = git_run(dir, init_args, NULL, false, dl);
		if (rc)
			return rc > 0 ? diag_env(dl, dir, _("git init failed (exit %d)"), rc) : -1;
	}
	for (i = 0; i < nfiles; i++) {
		if (!files[i].written)
			continue;
		line = xasprintf("ocop: %s", files[i].name);
		commit_note_file(s, files[i].name, line);
		free(line);
	}
	if (store_read_office(s, dl))
		return -1;
	commit_set_subject(s, _("ocop: init"));
	ret = commit_changes(s, dl);
	/* Every later commit by hand is checked, as ocop checks its own. */
	if (hook_install(dir, &hook, &hook_path, dl))
		ret = -1;
	free(hook_path);
	return ret;
}

int init_data_dir(const char *dir, const char *ward, const char *province,
		  bool git, struct diag_list *dl)
{
	struct init_options o = {
		.ward = ward, .province = province, .git = git
	};

	return init_data_dir_with(dir, &o, dl);
}

/* Refuse what the office could not hold, before anything is made. */
static int check_options(const struct init_options *o, struct diag_list *dl)
{
	if (o->wards && !o->province)
		return diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				_("a province directory needs --province NAME"));
	if (o->wards && o->ward)
		return diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				_("--wards makes a province directory; it takes no --ward"));
	if (o->wards && o->unit && office_unit_parse(o->unit) != UNIT_PROVINCE - 1)
		return diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
				_("--wards makes a province directory; its unit is the province, not '%s'"),
				o->unit);
	if (o->unit && office_unit_parse(o->unit) < 0) {
		diag_add(dl, DIAG_ERROR, EXIT_USAGE, NULL, 0, 0,
			 _("--unit: '%s' is not xã, phường, đặc khu or tỉnh"), o->unit);
		diag_hint(dl, _("in ocop.yaml: commune, ward, special-zone or province"));
		return -1;
	}
	return 0;
}

/* The unit ocop.yaml says: --unit's, or the province's for --wards. */
static const char *unit_word_of(const struct init_options *o)
{
	if (o->wards)
		return office_unit_slug(UNIT_PROVINCE);
	if (o->unit)
		return office_unit_slug((enum office_unit)(office_unit_parse(o->unit) + 1));
	return NULL;
}

int init_data_dir_with(const char *dir, const struct init_options *o,
		       struct diag_list *dl)
{
	const char *ward = o->ward, *province = o->province, *unit;
	bool git = o->git;
	struct git_file files[] = {
		{ .name = ".gitattributes", .ours = gitattributes,
		  .len = sizeof(gitattributes) - 1 },
		{ .name = ".gitignore", .ours = gitignore,
		  .len = sizeof(gitignore) - 1 },
	};
	struct store s;
	struct record office;
	int ret = -1;

	if (check_options(o, dl))
		return -1;
	unit = unit_word_of(o);
	if (mkdir(dir, 0777) && errno != EEXIST)
		return diag_env(dl, dir, _("cannot create the directory: %s"),
				strerror(errno));
	if (store_marked(dir)) {
		diag_error(dl, dir, 0, 0, _("already an ocop data directory (%s exists)"),
			   STORE_MARKER);
		return -1;
	}
	/* Create the marker first so that store_open accepts the directory;
	 * it is rewritten in full, atomically, below. */
	{
		char *marker = xasprintf("%s/%s", dir, STORE_MARKER);
		int fd = open(marker, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);

		if (fd < 0) {
			diag_env(dl, marker, _("cannot create: %s"), strerror(errno));
			free(marker);
			return -1;
		}
		close(fd);
		free(marker);
	}
	if (store_open(&s, dir, dl) || store_lock(&s, 0, dl))
		goto out;
	record_init(&office, RECORD_OFFICE, s.office.path);
	office.doc.root = node_new_mapping(&office.doc);
	if (!o->wards)
		node_set_str(&office.doc, office.doc.root, "ward",
			     ward ? ward : _("(ward name)"), STYLE_AUTO);
	if (province)
		node_set_str(&office.doc, office.doc.root, "province", province,
			     STYLE_AUTO);
	if (unit)
		node_set_str(&office.doc, office.doc.root, "unit", unit, STYLE_AUTO);
	if (o->unit_code)
		node_set_str(&office.doc, office.doc.root, "unit_code", o->unit_code,
			     STYLE_QUOTED);
	node_set_str(&office.doc, office.doc.root, "lang", "vi", STYLE_PLAIN);
	if (git)
		node_set_str(&office.doc, office.doc.root, "git", "commit", STYLE_PLAIN);
	if (record_decode(&office, dl) == 0 &&
	    edit_write(&s, &office, dl) == 0 &&
	    add_our_lines(&s, &files[0], dl) == 0 &&
	    add_our_lines(&s, &files[1], dl) == 0)
		ret = 0;
	record_release(&office);
	/* The directory is whole without git: a git failure (no user.name,
	 * say) is an error the command exits 3 for, as ocop-init(1) says,
	 * but the directory is kept, not undone. */
	if (!ret && git)
		init_git(&s, dir, files, ARRAY_SIZE(files), dl);
out:
	store_close(&s);
	if (ret) {
		/* Leave no half-made directory that looks like a real one. */
		char *marker = xasprintf("%s/%s", dir, STORE_MARKER);

		unlink(marker);
		free(marker);
	}
	return ret;
}
