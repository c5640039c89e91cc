/*
 * rating.h — evaluations: the ward's assessment of four criteria, the
 * council's score and the recognition (stars, decision, certificate), and
 * revocation (DESIGN.md §4, ocop-rules.md §2 and §3).
 *
 * Each command builds the new evaluation in the record's tree; the record
 * is then checked by rating_validate(), the same function `ocop check`
 * runs on every file, so a command can never write what check refuses.
 */
#ifndef OCOP_RATING_H
#define OCOP_RATING_H

#include <stdbool.h>

#include "ocop/diag.h"
#include "ocop/record.h"

/* The ward's assessment: fails[i] is true for each criterion that failed. */
struct ward_input {
	struct ocop_date date;
	const char *report;
	bool fails[CRITERIA_COUNT];
	const char *note;
};

/* One council member's score of the parts, in hundredths; name may be NULL. */
struct member_score {
	char *name;
	long score[3];
};

/* The council's score and the recognition that follows. */
struct council_input {
	enum eval_level level;		/* LEVEL_PROVINCE or LEVEL_CENTRAL */
	struct ocop_date date;		/* may be partial without a score */
	bool has_score;
	long score[3];			/* hundredths */
	int stars;			/* 0: from the score */
	const char *decision, *authority, *basis, *note;
	/*
	 * Not 0: a recognition known only to be in force in this year (date
	 * holds the year); recorded as as_of, without a date or an expiry.
	 */
	int as_of;
	/*
	 * Not 0: the members' scores, instead of score: each part is their
	 * average (rating_average), and they are kept as the evaluation's
	 * members.  A part over its maximum for one member is refused.
	 */
	const struct member_score *members;
	size_t nmembers;
};

/*
 * Read the members' scores of text, one a line: "A,B,C" or "NAME,A,B,C"
 * (';' also separates; decimals with a dot, at most two); blank lines and
 * lines starting with '#' are skipped.  where names the text in messages
 * (a file name, "--member").  Appends to *members and *n (the caller
 * releases them with member_scores_release); returns 0, or -1 (dl).
 */
int rating_parse_members(const char *text, const char *where,
			 struct member_score **members, size_t *n,
			 struct diag_list *dl);
void member_scores_release(struct member_score *members, size_t n);

/*
 * Each part averaged over the n (> 0) members, in hundredths, rounded half
 * up: the score field holds two decimals, so 71.125 becomes 71.13.
 */
void rating_average(const struct member_score *members, size_t n,
		    long average[3]);

/*
 * Append the evaluation to the tree of r (a decoded product).  Returns 0,
 * or -1 with the reason in dl when the input itself is refused (a part
 * over its maximum, stars that disagree with the score, …); the record's
 * own history is judged afterwards by rating_validate().
 */
int rating_add_ward(struct record *r, const struct ward_input *in,
		    struct diag_list *dl);
int rating_add_council(struct record *r, const struct council_input *in,
		       const char *province, struct diag_list *dl);

/* End the recognition in force by a decision.  Returns 0 or -1 (dl). */
int rating_revoke(struct record *r, const struct ocop_date *date,
		  const char *decision, struct diag_list *dl);

/* The total of the parts, in hundredths. */
long rating_total(const struct evaluation *e);
/*
 * The stars e's score earns, by the bands of the rules it is scored by
 * (the basis it names, else those in force on its date).
 */
int rating_score_stars(const struct evaluation *e);
/*
 * The last day of e's certificate: the expires it records, else the one
 * its decision's date gives (rules_certificate_expiry()).
 */
struct ocop_date rating_expires(const struct evaluation *e);

/*
 * Is e a recognition: 3 to 5 stars given by the province or the ministry,
 * with the number of its decision?  A recognition copied from an old
 * register that dates it only to the month or the year and gives no
 * score may lack the number (rating_from_register): the register does not
 * hold it, and ocop does not invent one; its note says so.
 */
bool rating_is_recognition(const struct evaluation *e);
/*
 * Is recognition e in force on day d: decided by then, not revoked by
 * then, and d not past its last day (rating_expires(), date_ended())?
 */
bool rating_in_force_on(const struct evaluation *e, const struct ocop_date *d);
/* Does p hold a recognition in force on day d? */
bool rating_product_in_force_on(const struct product *p,
				const struct ocop_date *d);

/* Is e such a copy from an old register: no score, a partial date? */
bool rating_from_register(const struct evaluation *e);

/*
 * Warnings of data still to find, for `ocop check`: a recognition in
 * force as of a year lacks its decision and its expiry.  Writes do not
 * repeat them.
 */
void rating_notices(const struct record *r, struct diag_list *dl);

/* Check every evaluation of a product; problems at each entry's line. */
int rating_validate(const struct record *r, struct diag_list *dl);

#endif
