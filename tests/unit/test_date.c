/* test_date.c — unit tests for src/lib/date.c (cmocka). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ocop/date.h"
#include "ocop/util.h"

#define D(y, m, d) { (y), (m), (d), DATE_DAY }
#define M(y, m) { (y), (m), 1, DATE_MONTH }
#define Y(y) { (y), 1, 1, DATE_YEAR }

static void assert_date(const struct ocop_date *got,
			const struct ocop_date *want, const char *what)
{
	if (got->year != want->year || got->month != want->month ||
	    got->day != want->day || got->prec != want->prec)
		fail_msg("%s: got %d-%d-%d/%d, want %d-%d-%d/%d", what,
			 got->year, got->month, got->day, (int)got->prec,
			 want->year, want->month, want->day, (int)want->prec);
}

static void test_leap_and_month_length(void **state)
{
	static const struct {
		int year;
		bool leap;
	} leap[] = {
		{ 1900, false }, { 2000, true }, { 2023, false },
		{ 2024, true }, { 2025, false }, { 2100, false },
		{ 2400, true }, { 2996, true },
	};
	static const struct {
		int year, month, days;
	} dim[] = {
		{ 2025, 1, 31 }, { 2025, 2, 28 }, { 2024, 2, 29 },
		{ 1900, 2, 28 }, { 2000, 2, 29 }, { 2025, 4, 30 },
		{ 2025, 6, 30 }, { 2025, 7, 31 }, { 2025, 8, 31 },
		{ 2025, 9, 30 }, { 2025, 11, 30 }, { 2025, 12, 31 },
		{ 2025, 0, 0 }, { 2025, 13, 0 }, { 2025, -1, 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(leap); i++)
		if (date_is_leap(leap[i].year) != leap[i].leap)
			fail_msg("leap(%d) wrong", leap[i].year);
	for (i = 0; i < ARRAY_SIZE(dim); i++)
		if (date_days_in_month(dim[i].year, dim[i].month) !=
		    dim[i].days)
			fail_msg("days_in_month(%d, %d) wrong", dim[i].year,
				 dim[i].month);
}

static void test_parse_iso(void **state)
{
	static const struct {
		const char *s;
		int strict, partial;	/* 1: accepted */
		struct ocop_date want;
	} t[] = {
		{ "2025-10-01", 1, 1, D(2025, 10, 1) },
		{ "2024-02-29", 1, 1, D(2024, 2, 29) },
		{ "2000-02-29", 1, 1, D(2000, 2, 29) },
		{ "1900-01-01", 1, 1, D(1900, 1, 1) },
		{ "2999-12-31", 1, 1, D(2999, 12, 31) },
		{ "2025-04-30", 1, 1, D(2025, 4, 30) },
		{ "2025", 0, 1, Y(2025) },
		{ "2025-10", 0, 1, M(2025, 10) },
		{ "2025-02-29", 0, 0, D(0, 0, 0) },
		{ "1900-02-29", 0, 0, D(0, 0, 0) },
		{ "2025-04-31", 0, 0, D(0, 0, 0) },
		{ "2025-4-1", 0, 0, D(0, 0, 0) },
		{ "2025-04-1", 0, 0, D(0, 0, 0) },
		{ "2025-1-01", 0, 0, D(0, 0, 0) },
		{ "2025-10-001", 0, 0, D(0, 0, 0) },
		{ "02025-10-01", 0, 0, D(0, 0, 0) },
		{ "1899-12-31", 0, 0, D(0, 0, 0) },
		{ "3000-01-01", 0, 0, D(0, 0, 0) },
		{ "1899", 0, 0, D(0, 0, 0) },
		{ "2025-00", 0, 0, D(0, 0, 0) },
		{ "2025-13", 0, 0, D(0, 0, 0) },
		{ "2025-10-00", 0, 0, D(0, 0, 0) },
		{ "2025-10-32", 0, 0, D(0, 0, 0) },
		{ "2025-", 0, 0, D(0, 0, 0) },
		{ "2025-10-", 0, 0, D(0, 0, 0) },
		{ "20251001", 0, 0, D(0, 0, 0) },
		{ "2025/10/01", 0, 0, D(0, 0, 0) },
		{ " 2025-10-01", 0, 0, D(0, 0, 0) },
		{ "2025-10-01 ", 0, 0, D(0, 0, 0) },
		{ "2025-10-01T00:00", 0, 0, D(0, 0, 0) },
		{ "+025-10-01", 0, 0, D(0, 0, 0) },
		{ "202", 0, 0, D(0, 0, 0) },
		{ "", 0, 0, D(0, 0, 0) },
		{ "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x95", 0, 0,
		  D(0, 0, 0) },		/* fullwidth ２０２５ */
	};
	static const struct ocop_date sentinel = D(1, 2, 3);
	struct ocop_date out;
	size_t i;
	int pass;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		for (pass = 0; pass < 2; pass++) {
			int ok = pass ? t[i].partial : t[i].strict;

			out = sentinel;
			if (date_parse_iso(t[i].s, pass, &out) != (ok ? 0 : -1))
				fail_msg("parse_iso(\"%s\", %d) wrong", t[i].s,
					 pass);
			/* A refused date leaves *out alone. */
			assert_date(&out, ok ? &t[i].want : &sentinel, t[i].s);
		}
	}
}

static void test_parse_cli(void **state)
{
	static const struct {
		const char *s;
		int ok;
		struct ocop_date want;
	} t[] = {
		{ "1/10/2025", 1, D(2025, 10, 1) },
		{ "01/10/2025", 1, D(2025, 10, 1) },
		{ "1-10-2025", 1, D(2025, 10, 1) },
		{ "01-10-2025", 1, D(2025, 10, 1) },
		{ "01.10.2025", 1, D(2025, 10, 1) },
		{ "31/1/2025", 1, D(2025, 1, 31) },
		{ "29/02/2024", 1, D(2024, 2, 29) },
		{ "2025-10-01", 1, D(2025, 10, 1) },
		{ "29/02/2025", 0, D(0, 0, 0) },
		{ "31/4/2025", 0, D(0, 0, 0) },
		{ "0/10/2025", 0, D(0, 0, 0) },
		{ "1/0/2025", 0, D(0, 0, 0) },
		{ "1/13/2025", 0, D(0, 0, 0) },
		{ "1/10/25", 0, D(0, 0, 0) },
		{ "1/10/02025", 0, D(0, 0, 0) },
		{ "001/10/2025", 0, D(0, 0, 0) },
		{ "1/010/2025", 0, D(0, 0, 0) },
		{ "1/10-2025", 0, D(0, 0, 0) },
		{ "1.10/2025", 0, D(0, 0, 0) },
		{ "1 /10/2025", 0, D(0, 0, 0) },
		{ "1/10/2025x", 0, D(0, 0, 0) },
		{ "1/10/1899", 0, D(0, 0, 0) },
		{ "2025", 0, D(0, 0, 0) },	/* a command names a day */
		{ "2025-10", 0, D(0, 0, 0) },
		{ "10/2025", 0, D(0, 0, 0) },
		{ "1/", 0, D(0, 0, 0) },
		{ "1/10", 0, D(0, 0, 0) },
		{ "1/10/", 0, D(0, 0, 0) },
		{ "/10/2025", 0, D(0, 0, 0) },
		{ "", 0, D(0, 0, 0) },
	};
	static const struct ocop_date sentinel = D(1, 2, 3);
	struct ocop_date out;
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		out = sentinel;
		if (date_parse_cli(t[i].s, &out) != (t[i].ok ? 0 : -1))
			fail_msg("parse_cli(\"%s\") wrong", t[i].s);
		assert_date(&out, t[i].ok ? &t[i].want : &sentinel, t[i].s);
	}
}

static void test_format(void **state)
{
	static const struct {
		struct ocop_date d;
		const char *iso, *vi;
	} t[] = {
		{ D(2025, 10, 1), "2025-10-01", "01/10/2025" },
		{ D(1900, 1, 9), "1900-01-09", "09/01/1900" },
		{ D(2999, 12, 31), "2999-12-31", "31/12/2999" },
		{ M(2025, 10), "2025-10", "10/2025" },
		{ M(2025, 3), "2025-03", "03/2025" },
		{ Y(2025), "2025", "2025" },
	};
	char buf[DATE_ISO_MAX];
	struct ocop_date back;
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		date_format_iso(&t[i].d, buf);
		assert_string_equal(buf, t[i].iso);
		/* What is printed parses back to the same date. */
		assert_int_equal(date_parse_iso(buf, true, &back), 0);
		assert_date(&back, &t[i].d, buf);
		date_format_vi(&t[i].d, buf);
		assert_string_equal(buf, t[i].vi);
	}
}

static void test_cmp(void **state)
{
	static const struct {
		struct ocop_date a, b;
		int want;
	} t[] = {
		{ D(2025, 10, 1), D(2025, 10, 1), 0 },
		{ D(2025, 10, 1), D(2025, 10, 2), -1 },
		{ D(2025, 10, 31), D(2025, 11, 1), -1 },
		{ D(2024, 12, 31), D(2025, 1, 1), -1 },
		{ D(2026, 1, 1), D(2025, 12, 31), 1 },
		{ Y(2025), D(2025, 1, 1), 0 },
		{ Y(2025), D(2025, 1, 2), -1 },
		{ M(2025, 10), D(2025, 10, 1), 0 },
		{ M(2025, 10), D(2025, 9, 30), 1 },
		{ Y(2025), M(2025, 2), -1 },
		{ D(2024, 12, 31), Y(2025), -1 },
		/* unknown fields do not count, whatever they hold */
		{ { 2025, 10, 17, DATE_MONTH }, D(2025, 10, 1), 0 },
		{ { 2025, 7, 17, DATE_YEAR }, D(2025, 1, 1), 0 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		int c = date_cmp(&t[i].a, &t[i].b);

		c = c < 0 ? -1 : c > 0;
		if (c != t[i].want)
			fail_msg("cmp case %zu: %d, want %d", i, c, t[i].want);
		c = date_cmp(&t[i].b, &t[i].a);
		assert_int_equal(c < 0 ? -1 : c > 0, -t[i].want);
	}
}

static void test_days(void **state)
{
	static const struct {
		struct ocop_date d;
		long days;
	} t[] = {
		{ D(1970, 1, 1), 0 },
		{ D(1969, 12, 31), -1 },
		{ D(2000, 3, 1), 11017 },
		{ D(1900, 1, 1), -25567 },
		{ D(2024, 2, 29), 19782 },
		{ D(2025, 10, 1), 20362 },
		{ D(2999, 12, 31), 376199 },
		{ M(2025, 10), 20362 },
		{ Y(1970), 0 },
	};
	struct ocop_date d = D(1900, 1, 1), back;
	long n, expect;
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		assert_int_equal(date_to_days(&t[i].d), t[i].days);
		if (t[i].d.prec == DATE_DAY) {
			back = date_from_days(t[i].days);
			assert_date(&back, &t[i].d, "from_days");
		}
	}
	/*
	 * Walk every day of the years we accept, stepping day and month by
	 * hand: each day is one more than the last and comes back whole.
	 */
	expect = date_to_days(&d);
	while (d.year <= 2999) {
		n = date_to_days(&d);
		if (n != expect)
			fail_msg("to_days(%d-%d-%d) = %ld, want %ld", d.year,
				 d.month, d.day, n, expect);
		back = date_from_days(n);
		assert_date(&back, &d, "round trip");
		expect++;
		if (++d.day > date_days_in_month(d.year, d.month)) {
			d.day = 1;
			if (++d.month > 12) {
				d.month = 1;
				d.year++;
			}
		}
	}
	assert_int_equal(expect, 376200);
}

static void test_add_months(void **state)
{
	static const struct {
		struct ocop_date d;
		int months;
		struct ocop_date want;
	} t[] = {
		{ D(2025, 10, 1), 36, D(2028, 10, 1) },
		{ D(2025, 10, 1), 0, D(2025, 10, 1) },
		{ D(2024, 1, 31), 1, D(2024, 2, 29) },
		{ D(2025, 1, 31), 1, D(2025, 2, 28) },
		{ D(2025, 1, 31), 3, D(2025, 4, 30) },
		{ D(2025, 3, 31), -1, D(2025, 2, 28) },
		{ D(2025, 12, 15), 1, D(2026, 1, 15) },
		{ D(2025, 1, 15), -1, D(2024, 12, 15) },
		{ D(2025, 1, 15), -13, D(2023, 12, 15) },
		{ D(2025, 1, 15), -12, D(2024, 1, 15) },
		{ D(2024, 2, 29), 12, D(2025, 2, 28) },
		{ D(2024, 2, 29), 48, D(2028, 2, 29) },
		{ D(2025, 11, 30), 3, D(2026, 2, 28) },
		{ M(2025, 10), 36, M(2028, 10) },
		{ M(2025, 10), 3, M(2026, 1) },
		{ Y(2025), 36, Y(2028) },
		{ Y(2025), 6, Y(2025) },
		{ Y(2025), -1, Y(2024) },
	};
	struct ocop_date r;
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		r = date_add_months(&t[i].d, t[i].months);
		assert_date(&r, &t[i].want, "add_months");
	}
}

/*
 * A link-time seam: this time() replaces the C library's for date.c, so
 * that the tests can stand on either side of midnight in Hà Nội.  With
 * fake_clock false it reads the real clock.
 */
static bool fake_clock;
static time_t fake_now;

time_t time(time_t *t)
{
	struct timespec ts;
	time_t now = fake_now;

	if (!fake_clock) {
		assert_int_equal(clock_gettime(CLOCK_REALTIME, &ts), 0);
		now = ts.tv_sec;
	}
	if (t)
		*t = now;
	return now;
}

/* Today in UTC+7, computed another way than date.c does it. */
static struct ocop_date clock_today(void)
{
	time_t now = time(NULL) + 7 * 60 * 60;
	struct ocop_date d;
	struct tm tm;

	assert_non_null(gmtime_r(&now, &tm));
	d.year = tm.tm_year + 1900;
	d.month = tm.tm_mon + 1;
	d.day = tm.tm_mday;
	d.prec = DATE_DAY;
	return d;
}

static void check_clock(void)
{
	struct ocop_date before = clock_today(), got = date_today();
	struct ocop_date after = clock_today();

	/* Midnight in Hà Nội may fall between the readings. */
	if (date_cmp(&got, &before) && date_cmp(&got, &after))
		fail_msg("today %d-%d-%d is not the clock's", got.year,
			 got.month, got.day);
}

static void test_today_clock(void **state)
{
	static const struct {
		time_t now;
		struct ocop_date want;
	} t[] = {
		{ 0, D(1970, 1, 1) },
		{ 1759251599, D(2025, 9, 30) },	/* 2025-09-30 16:59:59 UTC */
		{ 1759251600, D(2025, 10, 1) },	/* 17:00 UTC is midnight */
		{ 1759337999, D(2025, 10, 1) },
		{ 1709139600, D(2024, 2, 29) },	/* 2024-02-28 17:00 UTC */
		{ -25200, D(1970, 1, 1) },	/* 1969-12-31 17:00 UTC */
		{ -25201, D(1969, 12, 31) },
	};
	char *saved = getenv("OCOP_TODAY");
	struct ocop_date d;
	size_t i;

	(void)state;
	if (saved)
		saved = xstrdup(saved);
	assert_int_equal(unsetenv("OCOP_TODAY"), 0);
	fake_clock = true;
	for (i = 0; i < ARRAY_SIZE(t); i++) {
		fake_now = t[i].now;
		d = date_today();
		assert_date(&d, &t[i].want, "today at a fixed time");
		/* The test's own reckoning agrees. */
		d = clock_today();
		assert_date(&d, &t[i].want, "gmtime_r");
	}
	fake_clock = false;
	if (saved) {
		setenv("OCOP_TODAY", saved, 1);
		free(saved);
	}
}

static void test_today(void **state)
{
	static const struct ocop_date pinned = D(2025, 10, 1);
	static const char *const not_days[] = {
		"2025-10", "2025", "01/10/2025", "2025-02-30", "",
	};
	char *saved = getenv("OCOP_TODAY");
	struct ocop_date d;
	size_t i;

	(void)state;
	if (saved)
		saved = xstrdup(saved);
	ocop_quiet = true;	/* the warnings for not_days are expected */

	assert_int_equal(setenv("OCOP_TODAY", "2025-10-01", 1), 0);
	d = date_today();
	assert_date(&d, &pinned, "OCOP_TODAY");
	for (i = 0; i < ARRAY_SIZE(not_days); i++) {
		assert_int_equal(setenv("OCOP_TODAY", not_days[i], 1), 0);
		check_clock();
	}
	assert_int_equal(unsetenv("OCOP_TODAY"), 0);
	check_clock();

	ocop_quiet = false;
	if (saved) {
		setenv("OCOP_TODAY", saved, 1);
		free(saved);
	}
}

static struct ocop_date iso(const char *s)
{
	struct ocop_date d;

	assert_int_equal(date_parse_iso(s, true, &d), 0);
	return d;
}

/*
 * A period ends at the end of its last day (Civil Code 147–148): a
 * certificate of 2025-10-01 for 36 months is in force on 2028-10-01 and
 * ended on 2028-10-02; one known to the year, "2028", ends after its 31
 * December, one known to the month after the month's last day.
 */
static void test_ended(void **state)
{
	struct ocop_date exp = iso("2028-10-01"), year = iso("2028");
	struct ocop_date month = iso("2028-02"), d, last;
	char buf[DATE_ISO_MAX];

	(void)state;
	d = iso("2028-10-01");
	assert_false(date_ended(&exp, &d));
	assert_int_equal(date_days_left(&exp, &d), 0);
	d = iso("2028-10-02");
	assert_true(date_ended(&exp, &d));
	assert_int_equal(date_days_left(&exp, &d), -1);
	d = iso("2028-01-01");
	assert_false(date_ended(&year, &d));
	assert_int_equal(date_days_left(&year, &d), 365);	/* 2028 is leap */
	d = iso("2028-12-31");
	assert_false(date_ended(&year, &d));
	d = iso("2029-01-01");
	assert_true(date_ended(&year, &d));
	d = iso("2028-02-29");
	assert_false(date_ended(&month, &d));
	d = iso("2028-03-01");
	assert_true(date_ended(&month, &d));
	last = date_last_day(&month);
	date_format_iso(&last, buf);
	assert_string_equal(buf, "2028-02-29");
	assert_int_equal(last.prec, DATE_DAY);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_leap_and_month_length),
		cmocka_unit_test(test_parse_iso),
		cmocka_unit_test(test_parse_cli),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_cmp),
		cmocka_unit_test(test_days),
		cmocka_unit_test(test_add_months),
		cmocka_unit_test(test_today_clock),
		cmocka_unit_test(test_today),
		cmocka_unit_test(test_ended),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
