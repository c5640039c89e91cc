/*
 * init.h — `ocop init`: making a data directory.
 */
#ifndef OCOP_INIT_H
#define OCOP_INIT_H

#include <stdbool.h>

#include "ocop/diag.h"

/*
 * Make dir (created when missing) a data directory: ocop.yaml for the
 * ward (and province, when given), .gitattributes and .gitignore.  With
 * git, a git repository too (unless dir is in one already), with a first
 * commit of init's own files, "git: commit" in ocop.yaml so that each
 * later write is committed, and the pre-commit hook that checks commits
 * by hand (hook.h).  An existing .gitignore or .gitattributes keeps its
 * lines; ours that it lacks are added after them.  A directory that
 * holds ocop.yaml is refused.  Returns 0 when the directory is made, or
 * -1 (dl), and on -1 leaves no ocop.yaml behind.  A git failure (git
 * missing, no user.name) leaves the directory made, whole without git:
 * 0 is returned with the error in dl, for exit status 3.
 */
int init_data_dir(const char *dir, const char *ward, const char *province,
		  bool git, struct diag_list *dl);

/* What `ocop init` may say of the office beyond its ward and province. */
struct init_options {
	const char *ward, *province;
	const char *unit;	/* as typed: xã, phường, đặc khu, commune, … */
	const char *unit_code;	/* mã đơn vị hành chính: digits */
	bool git;
	bool wards;		/* a province directory: unit province, no ward */
};

/*
 * init_data_dir with every option: a unit or code that ocop.yaml would
 * refuse is refused here, before anything is made.  With wards, the
 * directory is a province (province.h): its name is required, a ward is
 * refused, and `ocop ward add` fills it.
 */
int init_data_dir_with(const char *dir, const struct init_options *o,
		       struct diag_list *dl);

#endif
