/*
 * builtin.h — the commands of the ocop binary and what they share.
 *
 * Each command lives in src/cmd/<name>.c: it parses its arguments with an
 * option table, calls libocop, and prints.  No command reads or writes a
 * file itself, and no rule of the programme lives here.
 */
#ifndef OCOP_BUILTIN_H
#define OCOP_BUILTIN_H

#include "ocop/diag.h"
#include "ocop/output.h"
#include "ocop/parse-options.h"
#include "ocop/store.h"

/* What the global options (before the command) set. */
struct ocop_ctx {
	struct opt_list dirs;	/* -C DIR, in order */
	double wait;		/* --wait SECONDS for the lock */
	const char *lang;	/* --lang vi|en, or NULL */
	const char *color;	/* --color auto|always|never */
};

int cmd_init(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_producer(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_product(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_cycle(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_rate(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_log(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_check(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_import(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_report(int argc, const char **argv, struct ocop_ctx *ctx);

/* Shell completion's values (complete.c): argv is COMMAND [WORD...] [--OPTION]. */
int complete_values(int argc, const char **argv, struct ocop_ctx *ctx);

/* A sub-command: "add", "list", … of a noun. */
struct subcommand {
	const char *name;
	int (*fn)(int argc, const char **argv, struct ocop_ctx *ctx);
};
/* Run the sub-command named by argv[0] (after the noun's own options). */
int run_subcommand(const struct subcommand *subs, int argc, const char **argv,
		   struct ocop_ctx *ctx, const char *const *usage);

enum open_flags {
	OPEN_WRITE = 1 << 0,	/* take the lock before reading */
	OPEN_ANY_DIRS = 1 << 1	/* several -C DIR allowed (reports) */
};

/*
 * Open the data directory the global options name (one, unless
 * OPEN_ANY_DIRS), read ocop.yaml, and lock it for a command that writes.
 * On failure prints the diagnostics and returns their exit status.
 */
int open_store(struct ocop_ctx *ctx, struct store *s, unsigned flags);

/*
 * End a command that writes: commit what it changed (git: commit) unless
 * it failed, close the store, print dl, and return the exit status.
 */
int finish_write(struct store *s, struct diag_list *dl);

/* `producer set` and `product set`: KEY=VALUE on one record. */
int run_set(int argc, const char **argv, struct ocop_ctx *ctx,
	    enum record_type type, const char *const *usage);
/* `producer rm` (with --force) and `product rm`. */
int run_rm(int argc, const char **argv, struct ocop_ctx *ctx,
	   enum record_type type, const char *const *usage);

/* Print dl, release it, and return the exit status it calls for. */
int finish(struct diag_list *dl);

/*
 * Print a table in the format named (or the one -o's extension asks
 * for, else text) to stdout or to the file -o names.
 */
int print_table(const struct table *t, const char *format, const char *out,
		int excel);

/* Resolve the format for show: as print_table does. */
int pick_format(const char *format, const char *out, enum out_format *fmt);
/* Open -o FILE (or stdout); print and return NULL on failure. */
FILE *open_output(const char *out);
int close_output(FILE *f, const char *out);

#endif
