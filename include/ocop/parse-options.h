/*
 * parse-options.h — option tables for the commands, in the manner of git's
 * parse-options: each command declares its usage lines and a table of
 * options; the same table parses argv, prints --help, and answers the
 * completion helper, so help and completion cannot drift from the code.
 */
#ifndef OCOP_PARSE_OPTIONS_H
#define OCOP_PARSE_OPTIONS_H

#include <stdio.h>

enum opt_type {
	OPTION_END,
	OPTION_BOOL,		/* int *: set to 1 */
	OPTION_STRING,		/* const char **: the argument */
	OPTION_NUMBER,		/* double *: a decimal number */
	OPTION_LIST		/* struct opt_list *: repeatable */
};

struct option {
	enum opt_type type;
	int short_name;		/* 0 for none */
	const char *long_name;	/* NULL for none */
	void *value;
	const char *argh;	/* the argument's name in help: "DIR" */
	const char *help;
};

struct opt_list {
	const char **items;
	size_t nr, alloc;
};

#define OPT_BOOL(s, l, v, h)		{ OPTION_BOOL, (s), (l), (v), NULL, (h) }
#define OPT_STRING(s, l, v, a, h)	{ OPTION_STRING, (s), (l), (v), (a), (h) }
#define OPT_NUMBER(s, l, v, a, h)	{ OPTION_NUMBER, (s), (l), (v), (a), (h) }
#define OPT_LIST(s, l, v, a, h)		{ OPTION_LIST, (s), (l), (v), (a), (h) }
#define OPT_END()			{ OPTION_END, 0, NULL, NULL, NULL, NULL }

enum parse_opt_flags {
	/* Stop at the first argument that is not an option (global options). */
	PARSE_OPT_STOP_AT_NON_OPTION = 1 << 0
};

/*
 * Parse argv (argv[0] is the command's name and is dropped).  Returns the
 * number of arguments left, moved to the front of argv.  -h and --help
 * print the usage on stdout and exit 0; a bad option prints the usage on
 * stderr and exits 2 (EXIT_USAGE).  "--" ends the options.
 */
int parse_options(int argc, const char **argv, const struct option *opts,
		  const char *const *usage, unsigned flags);

/* Print the usage lines and the options table. */
void usage_with_options(const char *const *usage, const struct option *opts,
			FILE *f);
/* Print to stderr, exit 2. */
_Noreturn void usage_error(const char *const *usage, const struct option *opts,
			   const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

void opt_list_release(struct opt_list *l);

#endif
