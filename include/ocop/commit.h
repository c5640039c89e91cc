/*
 * commit.h — the git commit of what a command changed, and its message.
 *
 * The store notes which files a command wrote or removed
 * (store.h's s->changes); this module puts them in words, one line a
 * change ("product: add ID \"NAME\"", "producer ID: set phone"), and,
 * with "git: commit" in ocop.yaml, commits them (git.h) as pass(1) does.
 */
#ifndef OCOP_COMMIT_H
#define OCOP_COMMIT_H

#include "ocop/diag.h"
#include "ocop/store.h"

/*
 * Say what the next writes do ("to step 3 (plan)"), so that the commit
 * message says it rather than "change".
 */
void commit_set_action(struct store *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * The command's own first line for the commit ("ocop: import"), the
 * changes then listed in its body.  subject must outlive the store.
 */
void commit_set_subject(struct store *s, const char *subject);

/*
 * Put into words the changes from s->changes[first] on, made by a record
 * write: title is the record's name, said when it is added.  A change
 * left undescribed gets the plain words ("product: change ID").
 */
void commit_describe(struct store *s, size_t first, const char *title);

/* Note a file a command wrote itself (init's), with its line. */
void commit_note_file(struct store *s, const char *relpath, const char *line);

/*
 * With "git: commit" in ocop.yaml, make one git commit of what this
 * command changed, with a message that says what it did; never a push.
 * Without changes, in a dry run, or without "git: commit", does nothing.
 * Returns 0 or -1 (dl).
 */
int commit_changes(struct store *s, struct diag_list *dl);

#endif
