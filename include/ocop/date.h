/*
 * date.h — calendar dates, without the locale and without time zones.
 *
 * Files hold ISO dates (YYYY-MM-DD).  A recognition copied from an old
 * register may be known only to the month (YYYY-MM) or the year (YYYY):
 * the date then carries that precision, and so does anything computed
 * from it.  The command line also takes dd/mm/yyyy, as Vietnamese
 * paperwork writes dates.
 */
#ifndef OCOP_DATE_H
#define OCOP_DATE_H

#include <stdbool.h>

enum date_precision { DATE_DAY = 0, DATE_MONTH, DATE_YEAR };

struct ocop_date {
	int year, month, day;	/* month/day are 1 when not known */
	enum date_precision prec;
};

#define DATE_ISO_MAX 11		/* "YYYY-MM-DD" and its NUL */

/*
 * Parse an ISO date: YYYY-MM-DD, or (when allow_partial) YYYY-MM or YYYY.
 * Years 1900–2999; the day must exist in that month.  Returns 0 or -1.
 */
int date_parse_iso(const char *s, bool allow_partial, struct ocop_date *out);

/* Parse a command-line date: ISO, or d/m/yyyy (also d-m-yyyy, d.m.yyyy). */
int date_parse_cli(const char *s, struct ocop_date *out);

/* ISO text at the date's own precision. */
void date_format_iso(const struct ocop_date *d, char buf[DATE_ISO_MAX]);
/* dd/mm/yyyy (or mm/yyyy, yyyy) for Vietnamese text output. */
void date_format_vi(const struct ocop_date *d, char buf[DATE_ISO_MAX]);

/* Order by calendar day (a partial date counts as its first day). */
int date_cmp(const struct ocop_date *a, const struct ocop_date *b);

/* The last day a date may mean: 2028-12-31 for "2028", a whole day itself. */
struct ocop_date date_last_day(const struct ocop_date *d);
/*
 * Has a period that runs through its last day `last` ended on day `d`?
 * A period counted in months ends at the end of its matching day (Civil
 * Code articles 147–148), so a certificate expiring 2028-10-01 is in force
 * on that day and ended from 2028-10-02; one known to expire only in
 * "2028" ends after 2028-12-31 (its latest day: ocop never calls a
 * certificate ended before it may have).
 */
bool date_ended(const struct ocop_date *last, const struct ocop_date *d);
/* Days from d to the last day of last: 0 on that day, negative after. */
long date_days_left(const struct ocop_date *last, const struct ocop_date *d);

/* Days since 1970-01-01 of the date's first day. */
long date_to_days(const struct ocop_date *d);
struct ocop_date date_from_days(long days);

/* The same day n months later (clamped to the month's end); keeps precision. */
struct ocop_date date_add_months(const struct ocop_date *d, int months);

/* Today, from the clock in UTC+7, or from $OCOP_TODAY (YYYY-MM-DD) for tests and scripts. */
struct ocop_date date_today(void);

bool date_is_leap(int year);
int date_days_in_month(int year, int month);

/*
 * A date as registers write it: dd/mm/yyyy (also - and .), ISO, mm/yyyy,
 * yyyy-mm or yyyy; a midnight time Excel adds is dropped.  Returns 0 or -1.
 */
int date_parse_register(const char *text, struct ocop_date *out);

/* Do two dates agree at the coarser of their precisions? */
bool date_agree(const struct ocop_date *a, const struct ocop_date *b);

#endif
