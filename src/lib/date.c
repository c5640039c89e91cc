/*
 * date.c — calendar dates (see date.h).
 *
 * Proleptic Gregorian arithmetic on plain integers: no struct tm, no
 * mktime(), no locale, so that a date means the same thing on every
 * machine and in every time zone the officer's laptop happens to be set to.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ocop/date.h"
#include "ocop/util.h"

#define YEAR_MIN 1900
#define YEAR_MAX 2999
#define UTC_OFFSET (7L * 60 * 60)	/* Vietnam: UTC+7, no summer time */
#define SECS_PER_DAY 86400L

bool date_is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int date_days_in_month(int year, int month)
{
	static const int days[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (month < 1 || month > 12)
		return 0;
	return month == 2 && date_is_leap(year) ? 29 : days[month - 1];
}

/*
 * Read min to max ASCII digits at *s into *val, advancing *s; false if
 * there are fewer than min.  A digit beyond max is left for the caller,
 * which refuses it as it refuses any other character out of place.  Not
 * isdigit(): that follows the locale.
 */
static bool read_digits(const char **s, int min, int max, int *val)
{
	const char *p = *s;
	int n = 0, v = 0;

	while (n < max && *p >= '0' && *p <= '9') {
		v = v * 10 + (*p++ - '0');
		n++;
	}
	if (n < min)
		return false;
	*s = p;
	*val = v;
	return true;
}

/* Store the date in *out if it exists and lies in the years we accept. */
static int make_date(int y, int m, int d, enum date_precision prec,
		     struct ocop_date *out)
{
	if (y < YEAR_MIN || y > YEAR_MAX || m < 1 || m > 12 || d < 1 ||
	    d > date_days_in_month(y, m))
		return -1;
	out->year = y;
	out->month = m;
	out->day = d;
	out->prec = prec;
	return 0;
}

int date_parse_iso(const char *s, bool allow_partial, struct ocop_date *out)
{
	enum date_precision prec = DATE_YEAR;
	int y, m = 1, d = 1;

	if (!read_digits(&s, 4, 4, &y))
		return -1;
	if (*s == '-') {
		s++;
		if (!read_digits(&s, 2, 2, &m))
			return -1;
		prec = DATE_MONTH;
		if (*s == '-') {
			s++;
			if (!read_digits(&s, 2, 2, &d))
				return -1;
			prec = DATE_DAY;
		}
	}
	if (*s || (prec != DATE_DAY && !allow_partial))
		return -1;
	return make_date(y, m, d, prec, out);
}

/*
 * A date given on the command line names a day: partial dates are for
 * old registers, not for new events.  dd-mm-yyyy cannot be mistaken for
 * ISO, whose first field has four digits.
 */
int date_parse_cli(const char *s, struct ocop_date *out)
{
	int y, m, d;
	char sep;

	if (date_parse_iso(s, false, out) == 0)
		return 0;
	if (!read_digits(&s, 1, 2, &d))
		return -1;
	sep = *s;
	if (sep != '/' && sep != '-' && sep != '.')
		return -1;
	s++;
	if (!read_digits(&s, 1, 2, &m) || *s != sep)
		return -1;
	s++;
	if (!read_digits(&s, 4, 4, &y) || *s)
		return -1;
	return make_date(y, m, d, DATE_DAY, out);
}

/* snprintf() keeps even a struct that no parser made within the buffer. */
void date_format_iso(const struct ocop_date *d, char buf[DATE_ISO_MAX])
{
	int y = d->year, m = d->month, dd = d->day;

	switch (d->prec) {
	case DATE_YEAR:
		snprintf(buf, DATE_ISO_MAX, "%04d", y);
		break;
	case DATE_MONTH:
		snprintf(buf, DATE_ISO_MAX, "%04d-%02d", y, m);
		break;
	default:
		snprintf(buf, DATE_ISO_MAX, "%04d-%02d-%02d", y, m, dd);
		break;
	}
}

void date_format_vi(const struct ocop_date *d, char buf[DATE_ISO_MAX])
{
	int y = d->year, m = d->month, dd = d->day;

	switch (d->prec) {
	case DATE_YEAR:
		snprintf(buf, DATE_ISO_MAX, "%04d", y);
		break;
	case DATE_MONTH:
		snprintf(buf, DATE_ISO_MAX, "%02d/%04d", m, y);
		break;
	default:
		snprintf(buf, DATE_ISO_MAX, "%02d/%02d/%04d", dd, m, y);
		break;
	}
}

/*
 * The first day a date may mean.  Unknown fields are read as 1 even if a
 * struct built by hand holds something else there.
 */
static void first_day(const struct ocop_date *d, int *y, int *m, int *dd)
{
	*y = d->year;
	*m = d->prec == DATE_YEAR ? 1 : d->month;
	*dd = d->prec == DATE_DAY ? d->day : 1;
}

int date_cmp(const struct ocop_date *a, const struct ocop_date *b)
{
	int ay, am, ad, by, bm, bd;

	first_day(a, &ay, &am, &ad);
	first_day(b, &by, &bm, &bd);
	if (ay != by)
		return ay < by ? -1 : 1;
	if (am != bm)
		return am < bm ? -1 : 1;
	if (ad != bd)
		return ad < bd ? -1 : 1;
	return 0;
}

struct ocop_date date_last_day(const struct ocop_date *d)
{
	struct ocop_date end = *d;

	if (d->prec == DATE_YEAR)
		end.month = 12;
	if (d->prec != DATE_DAY)
		end.day = date_days_in_month(end.year, end.month);
	end.prec = DATE_DAY;
	return end;
}

bool date_ended(const struct ocop_date *last, const struct ocop_date *d)
{
	struct ocop_date end = date_last_day(last);

	return date_cmp(d, &end) > 0;
}

long date_days_left(const struct ocop_date *last, const struct ocop_date *d)
{
	struct ocop_date end = date_last_day(last);

	return date_to_days(&end) - date_to_days(d);
}

/*
 * Howard Hinnant's days_from_civil: counts in 400-year eras of 146097
 * days, with the year starting on 1 March so that the leap day is last.
 */
long date_to_days(const struct ocop_date *d)
{
	int year, month, day;
	long y, era, yoe, doy, doe;

	first_day(d, &year, &month, &day);
	y = (long)year - (month <= 2);
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* civil_from_days, the inverse of date_to_days. */
struct ocop_date date_from_days(long days)
{
	struct ocop_date r;
	long z = days + 719468, era, doe, yoe, doy, mp;

	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.day = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.month = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.year = (int)(yoe + era * 400 + (r.month <= 2));
	r.prec = DATE_DAY;
	return r;
}

/* a / b rounded down, for b > 0. */
static long long floor_div(long long a, long long b)
{
	return a / b - (a % b < 0);
}

/*
 * Fields the precision does not know stay 1: a date known to the year,
 * moved by six months, is still known only to the year.
 */
struct ocop_date date_add_months(const struct ocop_date *d, int months)
{
	struct ocop_date r = *d;
	long total = (long)d->year * 12 + (d->month - 1) + months;
	int dim;

	r.year = (int)floor_div(total, 12);
	r.month = (int)(total - (long)r.year * 12) + 1;
	dim = date_days_in_month(r.year, r.month);
	if (r.day > dim)
		r.day = dim;
	if (r.prec == DATE_YEAR)
		r.month = 1;
	if (r.prec != DATE_DAY)
		r.day = 1;
	return r;
}

/*
 * POSIX counts time_t in days of exactly 86400 seconds, so the day in
 * UTC+7 is plain division: no gmtime(), no TZ.
 */
struct ocop_date date_today(void)
{
	const char *env = getenv("OCOP_TODAY");
	struct ocop_date d;
	time_t now;

	if (env && *env) {
		if (date_parse_iso(env, false, &d) == 0)
			return d;
		/* Say so: a test pinned to a date must not drift silently. */
		warning(_("OCOP_TODAY='%s' is not a YYYY-MM-DD date; "
			  "using the clock"), env);
	}
	now = time(NULL);
	return date_from_days((long)floor_div((long long)now + UTC_OFFSET,
					      SECS_PER_DAY));
}

/* --- dates as registers write them ------------------------------------------ */

/* The import's cells (see date.h); Excel adds a midnight time to a date. */
int date_parse_register(const char *text, struct ocop_date *d)
{
	char *s = xstrdup(text), *sp = strchr(s, ' ');
	int m, y, ret = -1;
	char sep;

	if (sp && (!strcmp(sp, " 00:00:00") || !strcmp(sp, " 0:00") ||
		   !strcmp(sp, " 00:00")))
		*sp = '\0';
	if (!date_parse_cli(s, d) || !date_parse_iso(s, true, d)) {
		ret = 0;
	} else if (sscanf(s, "%2d%c%4d", &m, &sep, &y) == 3 &&
		   (sep == '/' || sep == '-' || sep == '.')) {
		char iso[16];

		snprintf(iso, sizeof(iso), "%04d-%02d", y, m);
		if (strlen(s) >= 6 && strlen(s) <= 7 && strchr("0123456789", s[strlen(s) - 1]))
			ret = date_parse_iso(iso, true, d);
	}
	free(s);
	return ret;
}

bool date_agree(const struct ocop_date *a, const struct ocop_date *b)
{
	enum date_precision p = a->prec > b->prec ? a->prec : b->prec;

	if (a->year != b->year)
		return false;
	if (p <= DATE_MONTH && a->month != b->month)
		return false;
	return p != DATE_DAY || a->day == b->day;
}
