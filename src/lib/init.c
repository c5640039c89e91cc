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
#include "ocop/init.h"
#include "ocop/store.h"
#include "ocop/util.h"

static const char gitattributes[] =
	"# Written by ocop init: records are UTF-8 text with LF line ends.\n"
	"*.yaml text eol=lf\n";
static const char gitignore[] =
	"# Written by ocop init: the lock file of running ocop commands.\n"
	"/" STORE_LOCK "\n"
	".*.tmp-*\n";

/* ocop init --git: a repository (unless already in one) and a first commit. */
static int init_git(struct store *s, const char *dir, struct diag_list *dl)
{
	static const char *const init_args[] = { "init", "-q", NULL };
	int rc;

	if (!git_in_work_tree(dir)) {
		rc = git_run(dir, init_args, NULL, false, dl);
		if (rc)
			return rc > 0 ? diag_env(dl, dir, _("git init failed (exit %d)"), rc) : -1;
	}
	commit_note_file(s, ".gitattributes", "ocop: .gitattributes");
	commit_note_file(s, ".gitignore", "ocop: .gitignore");
	if (store_read_office(s, dl))
		return -1;
	commit_set_subject(s, _("ocop: init"));
	return commit_changes(s, dl);
}

int init_data_dir(const char *dir, const char *ward, const char *province,
		  bool git, struct diag_list *dl)
{
	struct store s;
	struct record office;
	int ret = -1;

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
	node_set_str(&office.doc, office.doc.root, "ward",
		     ward ? ward : _("(ward name)"), STYLE_AUTO);
	if (province)
		node_set_str(&office.doc, office.doc.root, "province", province,
			     STYLE_AUTO);
	node_set_str(&office.doc, office.doc.root, "lang", "vi", STYLE_PLAIN);
	if (git)
		node_set_str(&office.doc, office.doc.root, "git", "commit", STYLE_PLAIN);
	if (record_decode(&office, dl) == 0 &&
	    edit_write(&s, &office, dl) == 0 &&
	    store_write_file(&s, s.rootfd, ".gitattributes", gitattributes,
			     sizeof(gitattributes) - 1, dl) == 0 &&
	    store_write_file(&s, s.rootfd, ".gitignore", gitignore,
			     sizeof(gitignore) - 1, dl) == 0)
		ret = 0;
	record_release(&office);
	if (!ret && git) {
		/* The directory is whole without git: a git failure (no
		 * user.name, say) is told, not undone. */
		struct diag_list gitdl = DIAG_LIST_INIT;
		size_t i;

		init_git(&s, dir, &gitdl);
		for (i = 0; i < gitdl.nr; i++)
			gitdl.items[i].severity = DIAG_WARNING;
		diag_move(dl, &gitdl);
	}
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
