/*
 * builtin.h — the commands of the ocop binary and what they share.
 *
 * Each command lives in src/cmd/<name>.c: it parses its arguments with an
 * option table, calls libocop, and prints.  No command reads or writes a
 * file itself, builds a record's tree, or holds a rule of the programme.
 * What they share is in src/common.c; "ocop help" and the command
 * table are ocop.c's, and no command calls into ocop.c.
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
int cmd_hook(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_check(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_import(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_report(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_label(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_site(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_ward(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_sync(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_bundle(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_event(int argc, const char **argv, struct ocop_ctx *ctx);
int cmd_doc(int argc, const char **argv, struct ocop_ctx *ctx);

/* Shell completion's values (complete.c): argv is COMMAND [WORD...] [--OPTION]. */
int complete_values(int argc, const char **argv, struct ocop_ctx *ctx);

/* --- common.c: what the commands share --------------------------------------------- */

/*
 * Errors go to a command's diag_list, printed once by finish() or
 * finish_write().  The helpers below that take no list (a wrong format,
 * an -o FILE that cannot be written) print their error themselves.
 */

/* Print dl, release it, and return the exit status it calls for. */
int finish(struct diag_list *dl);

/*
 * End a command that printed: status non-zero when printing failed (the
 * failure was said; dl is dropped), else as finish(dl).
 */
int finish_printed(int status, struct diag_list *dl);

/*
 * End a command that writes: commit what it changed (git: commit) unless
 * it failed, close the store, print dl, and return the exit status.
 */
int finish_write(struct store *s, struct diag_list *dl);

enum open_flags {
	OPEN_WRITE = 1 << 0,	/* take the lock before reading */
	OPEN_ANY_DIRS = 1 << 1,	/* several -C DIR allowed (reports) */
	OPEN_PROVINCE = 1 << 2	/* a province directory itself (ward add|list|rm) */
};

/*
 * Open the data directory the global options name (one, unless
 * OPEN_ANY_DIRS), read ocop.yaml, and lock it for a command that writes.
 * A province directory (province.h) holds no records: it is refused,
 * pointing to its wards, unless OPEN_PROVINCE.
 * On failure closes s, prints the diagnostics and returns their exit
 * status; 0 leaves s open for the caller to close.
 */
int open_store(struct ocop_ctx *ctx, struct store *s, unsigned flags);

/*
 * open_store for a command that reads one record, *id: in a province
 * directory, the ward that holds it (*id "WARD:ID", or an ID one ward
 * alone has), *id then the bare id.  Returns as open_store.
 */
int open_store_for(struct ocop_ctx *ctx, struct store *s, enum record_type type,
		   const char **id);

/*
 * The format --format names, else the one -o FILE's extension asks for,
 * else text.  Returns 0, or -1 (printed) for an unknown name.
 */
int pick_format(const char *format, const char *out, enum out_format *fmt);
/* The same for show, which prints text or json only. */
int pick_show_format(const char *format, const char *out, enum out_format *fmt);

/*
 * Open -o FILE (or stdout for none or "-"); print and return NULL on
 * failure.  A regular file is written atomically: into a temporary file
 * beside it, which close_output renames over it, so that a failure (a
 * full disk, an interruption, an exit) keeps the old file.
 */
FILE *open_output(const char *out);
/* Close what open_output opened; print and return -1 when writing failed. */
int close_output(FILE *f, const char *out);
/* Close it after a failure already said: the old file is kept. */
void discard_output(FILE *f);

/*
 * The format of a list's or report's data: pick_format's, CSV for
 * --excel alone; refused (printed, -1) when --excel asks for another
 * format, or a workbook would go to a terminal.
 */
int pick_data_format(const char *format, const char *out, int excel,
		     enum out_format *fmt);

/*
 * Print a table in the format picked (pick_format; --excel alone means
 * CSV) to stdout or to the file -o names.  Returns an exit status.
 */
int print_table(const struct table *t, const char *format, const char *out,
		int excel);

/*
 * A list (producer list, product list): as print_table, and with --excel
 * headed in the office's words and its codes by their names
 * (report_list_for_people), in lang ("vi", "en"; NULL: vi).
 */
int print_list(const struct table *t, const char *format, const char *out,
	       int excel, const char *lang);
/* The language of a list for people: --lang, else ocop.yaml's (or NULL). */
const char *list_lang(const struct ocop_ctx *ctx, const struct store *s);
/*
 * table_print's flags for a table bound for f in fmt: TABLE_EXCEL and
 * TABLE_TITLES with --excel, TABLE_TERMINAL for CSV or TSV on a terminal.
 */
unsigned output_flags(FILE *f, enum out_format fmt, int excel);

/* `producer set` and `product set`: KEY=VALUE on one record. */
int run_set(int argc, const char **argv, struct ocop_ctx *ctx,
	    enum record_type type, const char *const *usage);
/* `producer rm` (with --force) and `product rm`. */
int run_rm(int argc, const char **argv, struct ocop_ctx *ctx,
	   enum record_type type, const char *const *usage);

/*
 * End `X add`: print the new record's id (allocated, NULL when nothing
 * was added; freed), then as finish_write.
 */
int finish_add(struct store *s, char *id, struct diag_list *dl);

/*
 * What a noun's `show` prints beyond the record's own fields; every
 * member may be NULL.
 */
struct show_more {
	/* In a province, find the ward that holds the id (open_store_for). */
	bool by_ward;
	/* Once the record is read: what the others print (data), or -1 (dl). */
	int (*load)(struct store *s, const char *id, const struct record *r,
		    void **data, struct diag_list *dl);
	/* JSON: keys after the record's, in its object. */
	void (*json)(struct json_writer *w, const struct record *r, void *data);
	/* Text: the whole of it (show_record_text with extra lines). */
	void (*text)(FILE *f, const struct record *r, void *data);
	void (*release)(void *data);
};

/*
 * `X show ID [--format F] [-o FILE]` of a record of type: the record as
 * text or as a JSON object, with what more adds (NULL: nothing).
 */
int run_show(int argc, const char **argv, struct ocop_ctx *ctx,
	     enum record_type type, const char *const *usage,
	     const struct show_more *more);

/* A sub-command: "add", "list", … of a noun. */
struct subcommand {
	const char *name;
	int (*fn)(int argc, const char **argv, struct ocop_ctx *ctx);
};
/*
 * Run the sub-command named by argv[0] (after the noun's own options);
 * an unknown one is a usage error that suggests the nearest name.
 */
int run_subcommand(const struct subcommand *subs, int argc, const char **argv,
		   struct ocop_ctx *ctx, const char *const *usage);
/* A sub-command of run_noun's, with its usage lines. */
struct noun_subcommand {
	const char *name;
	int (*fn)(int argc, const char **argv, struct ocop_ctx *ctx);
	const char *const *usage;
};
/*
 * A noun's command (`ocop producer …`): its --help, every sub-command's
 * usage lines in the table's order, then run_subcommand.  Each line is
 * written once, in its sub-command's usage, so the two --help agree.
 */
int run_noun(const struct noun_subcommand *subs, int argc, const char **argv,
	     struct ocop_ctx *ctx);

#endif
