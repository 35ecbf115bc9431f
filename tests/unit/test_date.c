/* Unit tests of src/lib/date.c: civil dates, arithmetic, Easter, UK civil time, formatting. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include <foiclock/date.h>
#include <foiclock/error.h>

#include "internal.h"

/* A serial that no test expects, to show that a failing call left *out alone. */
#define UNTOUCHED 123456789

static foi_date ymd(int y, int m, int d)
{
    foi_date out = {UNTOUCHED};
    ck_assert_int_eq(foi_date_from_ymd(&out, y, m, d), FOI_OK);
    return out;
}

static void assert_ymd(foi_date d, int y, int m, int dd)
{
    int gy, gm, gd;
    foi_date_to_ymd(d, &gy, &gm, &gd);
    ck_assert_int_eq(gy, y);
    ck_assert_int_eq(gm, m);
    ck_assert_int_eq(gd, dd);
}

/* Seconds since 1970-01-01T00:00Z of a UTC date and time (calendar arithmetic). */
static int64_t utc(int y, int mo, int d, int h, int mi, int s)
{
    return (int64_t)foi_days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
}

/* ---- foi_date_from_ymd validation ---------------------------------------------------------- */

static const struct ymd_case {
    int y, m, d;
    int ok;
    const char *why;
} ymd_cases[] = {
    /* Gregorian leap rule: divisible by 4, except centuries not divisible by 400. */
    {2000, 2, 29, 1, "2000 is a leap year (divisible by 400)"},
    {2024, 2, 29, 1, "2024 is a leap year (divisible by 4)"},
    {1900, 2, 29, 0, "1900 is not a leap year (century not divisible by 400)"},
    {2100, 2, 29, 0, "2100 is not a leap year (century not divisible by 400)"},
    {2023, 2, 29, 0, "2023 is not a leap year"},
    {2023, 2, 28, 1, "28 February always exists"},
    {2024, 2, 30, 0, "February never has 30 days"},
    /* Month lengths (calendar rules). */
    {2018, 4, 30, 1, "April has 30 days"},
    {2018, 4, 31, 0, "April has 30 days"},
    {2018, 6, 31, 0, "June has 30 days"},
    {2018, 9, 31, 0, "September has 30 days"},
    {2018, 11, 31, 0, "November has 30 days"},
    {2018, 1, 31, 1, "January has 31 days"},
    {2018, 12, 31, 1, "December has 31 days"},
    {2018, 1, 32, 0, "no month has 32 days"},
    {2018, 1, 0, 0, "days start at 1"},
    {2018, 1, -1, 0, "negative day"},
    {2018, 0, 1, 0, "months start at 1"},
    {2018, 13, 1, 0, "there is no month 13"},
    {2018, -1, 1, 0, "negative month"},
    /* Year range 0001..9999 (date.h). */
    {0, 1, 1, 0, "year 0 does not exist in the supported range"},
    {-1, 1, 1, 0, "negative year"},
    {1, 1, 1, 1, "first supported date"},
    {9999, 12, 31, 1, "last supported date"},
    {10000, 1, 1, 0, "year 10000 is outside the range"},
    {INT32_MAX, 1, 1, 0, "huge year"},
    {INT32_MIN, 1, 1, 0, "hugely negative year"},
};

START_TEST(test_from_ymd_table)
{
    const struct ymd_case *c = &ymd_cases[_i];
    foi_date out = {UNTOUCHED};
    int rc = foi_date_from_ymd(&out, c->y, c->m, c->d);
    if (c->ok) {
        ck_assert_msg(rc == FOI_OK, "%d-%d-%d should be valid: %s", c->y, c->m, c->d, c->why);
        assert_ymd(out, c->y, c->m, c->d);
    } else {
        ck_assert_msg(rc == FOI_EINVAL, "%d-%d-%d should be rejected: %s", c->y, c->m, c->d,
                      c->why);
        ck_assert_int_eq(out.serial, UNTOUCHED);
        ck_assert_str_ne(foi_error_last(), "");
    }
}
END_TEST

START_TEST(test_from_ymd_messages)
{
    foi_date out;
    /* The message says what is wrong (date.c contract: nothing is fixed up). */
    ck_assert_int_eq(foi_date_from_ymd(&out, 2023, 2, 29), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "February 2023 has no day 29"));
    ck_assert_int_eq(foi_date_from_ymd(&out, 2018, 13, 1), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "month 13"));
    ck_assert_int_eq(foi_date_from_ymd(&out, 0, 1, 1), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "year 0"));
}
END_TEST

START_TEST(test_serial_anchors)
{
    /* date.h: 1970-01-01 is serial 0; 0001-01-01 and 9999-12-31 are the limits.
     * python3: date(1,1,1).toordinal() - date(1970,1,1).toordinal() = -719162,
     * date(9999,12,31) gives 2932896, date(2018,10,15) gives 17819. */
    ck_assert_int_eq(ymd(1970, 1, 1).serial, 0);
    ck_assert_int_eq(ymd(1970, 1, 2).serial, 1);
    ck_assert_int_eq(ymd(1969, 12, 31).serial, -1);
    ck_assert_int_eq(ymd(1, 1, 1).serial, FOI_DATE_MIN_SERIAL);
    ck_assert_int_eq(ymd(9999, 12, 31).serial, FOI_DATE_MAX_SERIAL);
    ck_assert_int_eq(ymd(2018, 10, 15).serial, 17819);
    ck_assert_int_eq(ymd(1900, 1, 1).serial, -25567);
    ck_assert_int_eq(ymd(2199, 12, 31).serial, 84005);
}
END_TEST

START_TEST(test_leap_and_month_lengths)
{
    /* Gregorian leap rule. */
    ck_assert_int_eq(foi_is_leap_year(2000), 1);
    ck_assert_int_eq(foi_is_leap_year(2024), 1);
    ck_assert_int_eq(foi_is_leap_year(1900), 0);
    ck_assert_int_eq(foi_is_leap_year(2100), 0);
    ck_assert_int_eq(foi_is_leap_year(2023), 0);
    ck_assert_int_eq(foi_is_leap_year(1600), 1);
    /* Month lengths; 0 for an invalid month (date.h). */
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int m = 1; m <= 12; m++) {
        ck_assert_int_eq(foi_days_in_month(2023, m), len[m - 1]);
        ck_assert_int_eq(foi_days_in_month(2024, m), len[m - 1] + (m == 2));
    }
    ck_assert_int_eq(foi_days_in_month(2100, 2), 28);
    ck_assert_int_eq(foi_days_in_month(2000, 2), 29);
    ck_assert_int_eq(foi_days_in_month(2024, 0), 0);
    ck_assert_int_eq(foi_days_in_month(2024, 13), 0);
    ck_assert_int_eq(foi_days_in_month(2024, -5), 0);
}
END_TEST

/* ---- Round trips ---------------------------------------------------------------------------- */

START_TEST(test_round_trip_1900_2199)
{
    /* Every day 1900-01-01..2199-12-31, enumerated with calendar rules: the
     * serials are consecutive and to_ymd gives back what from_ymd took. */
    int32_t expect = ymd(1900, 1, 1).serial;
    long days = 0;
    for (int y = 1900; y <= 2199; y++) {
        for (int m = 1; m <= 12; m++) {
            int dim = foi_days_in_month(y, m);
            for (int d = 1; d <= dim; d++) {
                foi_date out;
                ck_assert_int_eq(foi_date_from_ymd(&out, y, m, d), FOI_OK);
                ck_assert_int_eq(out.serial, expect);
                int gy, gm, gd;
                foi_date_to_ymd(out, &gy, &gm, &gd);
                if (gy != y || gm != m || gd != d)
                    ck_abort_msg("%04d-%02d-%02d came back as %04d-%02d-%02d", y, m, d, gy, gm, gd);
                expect++;
                days++;
            }
        }
    }
    /* 300 years with 73 leap years (74 multiples of 4 in 1904..2196, less 2100). */
    ck_assert_int_eq(days, 300L * 365 + 73);
    ck_assert_int_eq(expect, ymd(2200, 1, 1).serial);
}
END_TEST

START_TEST(test_round_trip_extremes)
{
    assert_ymd(foi_mkdate(FOI_DATE_MIN_SERIAL), 1, 1, 1);
    assert_ymd(foi_mkdate(FOI_DATE_MAX_SERIAL), 9999, 12, 31);
    assert_ymd(foi_mkdate(-1), 1969, 12, 31);
    assert_ymd(foi_mkdate(0), 1970, 1, 1);
    /* Any part may be NULL (date.h). */
    int y = 0, m = 0, d = 0;
    foi_date_to_ymd(ymd(2018, 10, 15), &y, NULL, NULL);
    ck_assert_int_eq(y, 2018);
    foi_date_to_ymd(ymd(2018, 10, 15), NULL, &m, NULL);
    ck_assert_int_eq(m, 10);
    foi_date_to_ymd(ymd(2018, 10, 15), NULL, NULL, &d);
    ck_assert_int_eq(d, 15);
    foi_date_to_ymd(ymd(2018, 10, 15), NULL, NULL, NULL);
}
END_TEST

/* ---- Weekdays ------------------------------------------------------------------------------- */

START_TEST(test_weekday)
{
    /* Calendar facts (python3 datetime.date.isoweekday()). */
    ck_assert_int_eq(foi_date_weekday(ymd(2018, 10, 15)), FOI_MONDAY);
    ck_assert_int_eq(foi_date_weekday(ymd(1970, 1, 1)), FOI_THURSDAY);
    ck_assert_int_eq(foi_date_weekday(ymd(2000, 1, 1)), FOI_SATURDAY);
    ck_assert_int_eq(foi_date_weekday(ymd(1900, 1, 1)), FOI_MONDAY);
    ck_assert_int_eq(foi_date_weekday(ymd(1969, 12, 31)), FOI_WEDNESDAY);
    ck_assert_int_eq(foi_date_weekday(ymd(1, 1, 1)), FOI_MONDAY);
    ck_assert_int_eq(foi_date_weekday(ymd(9999, 12, 31)), FOI_FRIDAY);
    ck_assert_int_eq(foi_date_weekday(ymd(2199, 12, 31)), FOI_TUESDAY);
    ck_assert_int_eq(foi_date_weekday(ymd(2018, 11, 6)), FOI_TUESDAY);
    ck_assert_int_eq(foi_date_weekday(ymd(2018, 10, 21)), FOI_SUNDAY);
    /* The weekday advances by one each day, Sunday (7) wrapping to Monday (1). */
    int prev = foi_date_weekday(foi_mkdate(-800));
    for (int32_t z = -799; z <= 800; z++) {
        int w = foi_date_weekday(foi_mkdate(z));
        ck_assert_int_eq(w, prev % 7 + 1);
        prev = w;
    }
}
END_TEST

/* ---- Arithmetic ----------------------------------------------------------------------------- */

START_TEST(test_add_days)
{
    foi_date out = {UNTOUCHED};
    /* Calendar arithmetic. */
    ck_assert_int_eq(foi_date_add_days(&out, ymd(2018, 10, 15), 20), FOI_OK);
    assert_ymd(out, 2018, 11, 4);
    ck_assert_int_eq(foi_date_add_days(&out, ymd(2018, 12, 31), 1), FOI_OK);
    assert_ymd(out, 2019, 1, 1);
    ck_assert_int_eq(foi_date_add_days(&out, ymd(2024, 2, 28), 1), FOI_OK);
    assert_ymd(out, 2024, 2, 29);
    ck_assert_int_eq(foi_date_add_days(&out, ymd(2023, 2, 28), 1), FOI_OK);
    assert_ymd(out, 2023, 3, 1);
    ck_assert_int_eq(foi_date_add_days(&out, ymd(2019, 1, 1), -1), FOI_OK);
    assert_ymd(out, 2018, 12, 31);
    ck_assert_int_eq(foi_date_add_days(&out, ymd(2018, 10, 15), 0), FOI_OK);
    assert_ymd(out, 2018, 10, 15);
    /* Exactly to the limits is fine. */
    ck_assert_int_eq(foi_date_add_days(&out, ymd(9999, 12, 30), 1), FOI_OK);
    ck_assert_int_eq(out.serial, FOI_DATE_MAX_SERIAL);
    ck_assert_int_eq(foi_date_add_days(&out, ymd(1, 1, 2), -1), FOI_OK);
    ck_assert_int_eq(out.serial, FOI_DATE_MIN_SERIAL);
    ck_assert_int_eq(foi_date_add_days(&out, foi_mkdate(FOI_DATE_MIN_SERIAL),
                                       FOI_DATE_MAX_SERIAL - FOI_DATE_MIN_SERIAL),
                     FOI_OK);
    ck_assert_int_eq(out.serial, FOI_DATE_MAX_SERIAL);
}
END_TEST

START_TEST(test_add_days_range)
{
    /* date.h: FOI_ERANGE if the result leaves 0001..9999; *out untouched. */
    const struct {
        int32_t from;
        int32_t n;
    } bad[] = {
        {FOI_DATE_MAX_SERIAL, 1},
        {FOI_DATE_MIN_SERIAL, -1},
        {FOI_DATE_MAX_SERIAL, INT32_MAX},
        {FOI_DATE_MIN_SERIAL, INT32_MIN},
        {0, INT32_MAX},
        {0, INT32_MIN},
        {FOI_DATE_MIN_SERIAL, FOI_DATE_MAX_SERIAL - FOI_DATE_MIN_SERIAL + 1},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        foi_date out = {UNTOUCHED};
        ck_assert_int_eq(foi_date_add_days(&out, foi_mkdate(bad[i].from), bad[i].n), FOI_ERANGE);
        ck_assert_int_eq(out.serial, UNTOUCHED);
        ck_assert_ptr_nonnull(strstr(foi_error_last(), "0001..9999"));
    }
}
END_TEST

static const struct months_case {
    int y, m, d;
    int32_t n;
    int ey, em, ed;
    const char *why;
} months_cases[] = {
    /* Clamping to the end of a shorter month (date.h contract). */
    {2025, 1, 31, 1, 2025, 2, 28, "31 Jan + 1 month, 2025 not leap: clamp to 28 Feb"},
    {2024, 1, 31, 1, 2024, 2, 29, "31 Jan + 1 month, 2024 leap: clamp to 29 Feb"},
    {2025, 3, 31, -1, 2025, 2, 28, "31 Mar - 1 month: clamp to 28 Feb"},
    {2025, 1, 31, 3, 2025, 4, 30, "31 Jan + 3 months: clamp to 30 Apr"},
    {2025, 1, 31, 2, 2025, 3, 31, "31 Jan + 2 months: March has 31 days"},
    {2024, 2, 29, 12, 2025, 2, 28, "29 Feb 2024 + 12 months: clamp to 28 Feb 2025"},
    {2024, 2, 29, 48, 2028, 2, 29, "29 Feb 2024 + 48 months: 2028 is leap"},
    {2000, 2, 29, 1200, 2100, 2, 28, "29 Feb 2000 + 100 years: 2100 not leap"},
    {2018, 10, 15, 0, 2018, 10, 15, "zero months"},
    {2018, 10, 15, 3, 2019, 1, 15, "across a year end"},
    {2018, 1, 15, -1, 2017, 12, 15, "backwards across a year start"},
    {2018, 1, 15, -13, 2016, 12, 15, "backwards more than a year"},
    {2018, 10, 15, 24, 2020, 10, 15, "two years"},
    {1, 1, 1, 0, 1, 1, 1, "first date, zero months"},
    {1, 2, 28, -1, 1, 1, 28, "down to the first month"},
    {9999, 11, 30, 1, 9999, 12, 30, "up to the last month"},
    {1, 1, 31, 119987, 9999, 12, 31, "first month to last month (9998*12 + 11)"},
    {9999, 12, 31, -119987, 1, 1, 31, "last month to first month"},
};

START_TEST(test_add_months_table)
{
    const struct months_case *c = &months_cases[_i];
    foi_date out = {UNTOUCHED};
    ck_assert_int_eq(foi_date_add_months(&out, ymd(c->y, c->m, c->d), c->n), FOI_OK);
    int y, m, d;
    foi_date_to_ymd(out, &y, &m, &d);
    ck_assert_msg(y == c->ey && m == c->em && d == c->ed,
                  "%04d-%02d-%02d %+d months gave %04d-%02d-%02d, expected %04d-%02d-%02d (%s)",
                  c->y, c->m, c->d, (int)c->n, y, m, d, c->ey, c->em, c->ed, c->why);
}
END_TEST

START_TEST(test_add_months_range)
{
    const struct {
        int y, m, d;
        int32_t n;
    } bad[] = {
        {9999, 12, 1, 1},          {1, 1, 1, -1},      {9999, 1, 1, 12}, {2018, 10, 15, INT32_MAX},
        {2018, 10, 15, INT32_MIN}, {1, 1, 31, 119988},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        foi_date out = {UNTOUCHED};
        ck_assert_int_eq(foi_date_add_months(&out, ymd(bad[i].y, bad[i].m, bad[i].d), bad[i].n),
                         FOI_ERANGE);
        ck_assert_int_eq(out.serial, UNTOUCHED);
        ck_assert_ptr_nonnull(strstr(foi_error_last(), "0001..9999"));
    }
}
END_TEST

START_TEST(test_diff_cmp)
{
    /* Calendar arithmetic: 2018 has 365 days; 2018-10-15 to 2018-11-04 is 20 days. */
    ck_assert_int_eq(foi_date_diff(ymd(2018, 10, 15), ymd(2018, 11, 4)), 20);
    ck_assert_int_eq(foi_date_diff(ymd(2018, 11, 4), ymd(2018, 10, 15)), -20);
    ck_assert_int_eq(foi_date_diff(ymd(2018, 1, 1), ymd(2019, 1, 1)), 365);
    ck_assert_int_eq(foi_date_diff(ymd(2024, 1, 1), ymd(2025, 1, 1)), 366);
    ck_assert_int_eq(foi_date_diff(ymd(2018, 1, 1), ymd(2018, 1, 1)), 0);
    ck_assert_int_eq(
        foi_date_diff(foi_mkdate(FOI_DATE_MIN_SERIAL), foi_mkdate(FOI_DATE_MAX_SERIAL)), 3652058);
    ck_assert_int_lt(foi_date_cmp(ymd(2018, 10, 15), ymd(2018, 10, 16)), 0);
    ck_assert_int_gt(foi_date_cmp(ymd(2018, 10, 16), ymd(2018, 10, 15)), 0);
    ck_assert_int_eq(foi_date_cmp(ymd(2018, 10, 15), ymd(2018, 10, 15)), 0);
    ck_assert_int_lt(foi_date_cmp(foi_mkdate(FOI_DATE_MIN_SERIAL), foi_mkdate(FOI_DATE_MAX_SERIAL)),
                     0);
}
END_TEST

/* ---- Easter --------------------------------------------------------------------------------- */

START_TEST(test_easter)
{
    /* Easter Sunday, checked against python-dateutil's dateutil.easter.easter()
     * (Western) and published tables; 2285 and 1818 are the earliest possible
     * date (22 March), 2038 the latest (25 April). */
    const struct {
        int year, m, d;
    } cases[] = {
        {2018, 4, 1},  {2019, 4, 21}, {2025, 4, 20}, {2038, 4, 25}, {2285, 3, 22},
        {1818, 3, 22}, {2000, 4, 23}, {1954, 4, 18}, {1583, 4, 10}, {9999, 3, 28},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        foi_date out = {UNTOUCHED};
        ck_assert_int_eq(foi_easter_sunday(&out, cases[i].year), FOI_OK);
        assert_ymd(out, cases[i].year, cases[i].m, cases[i].d);
    }
}
END_TEST

START_TEST(test_easter_properties)
{
    /* Gregorian computus: always a Sunday between 22 March and 25 April. */
    for (int y = 1583; y <= 9999; y++) {
        foi_date e;
        ck_assert_int_eq(foi_easter_sunday(&e, y), FOI_OK);
        ck_assert_int_eq(foi_date_weekday(e), FOI_SUNDAY);
        ck_assert_int_ge(e.serial, ymd(y, 3, 22).serial);
        ck_assert_int_le(e.serial, ymd(y, 4, 25).serial);
    }
}
END_TEST

START_TEST(test_easter_range)
{
    /* date.h: Gregorian years 1583..9999 only. */
    const int bad[] = {1582, 0, -1, 10000, INT32_MIN, INT32_MAX};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        foi_date out = {UNTOUCHED};
        ck_assert_int_eq(foi_easter_sunday(&out, bad[i]), FOI_ERANGE);
        ck_assert_int_eq(out.serial, UNTOUCHED);
    }
}
END_TEST

/* ---- UK civil time -------------------------------------------------------------------------- */

/*
 * UK clock changes as UTC instants (seconds since 1970-01-01T00:00Z).
 * Source: IANA tz database, Europe/London (tzdata 2025b), read with python3's
 * zoneinfo.ZoneInfo("Europe/London") on the development machine by scanning
 * for utcoffset() changes between 1970 and 2200. At `at` the offset becomes
 * `after`; one second earlier it is `before`.
 */
static const struct uk_change {
    int64_t at;
    int before, after;
    const char *utc; /* the same instant, for messages */
} uk_changes[] = {
    {57722400, 3600, 0, "1971-10-31T02:00:00Z"}, /* end of British Standard Time */
    {69818400, 0, 3600, "1972-03-19T02:00:00Z"},   {89172000, 3600, 0, "1972-10-29T02:00:00Z"},
    {164167200, 0, 3600, "1975-03-16T02:00:00Z"},  {183520800, 3600, 0, "1975-10-26T02:00:00Z"},
    {322020000, 0, 3600, "1980-03-16T02:00:00Z"},  {341373600, 3600, 0, "1980-10-26T02:00:00Z"},
    {354675600, 0, 3600, "1981-03-29T01:00:00Z"},  {372819600, 3600, 0, "1981-10-25T01:00:00Z"},
    {481078800, 0, 3600, "1985-03-31T01:00:00Z"},  {499222800, 3600, 0, "1985-10-27T01:00:00Z"},
    {606877200, 0, 3600, "1989-03-26T01:00:00Z"},  {625626000, 3600, 0, "1989-10-29T01:00:00Z"},
    {638326800, 0, 3600, "1990-03-25T01:00:00Z"},  {657075600, 3600, 0, "1990-10-28T01:00:00Z"},
    {701830800, 0, 3600, "1992-03-29T01:00:00Z"},  {719974800, 3600, 0, "1992-10-25T01:00:00Z"},
    {796179600, 0, 3600, "1995-03-26T01:00:00Z"},  {814323600, 3600, 0, "1995-10-22T01:00:00Z"},
    {828234000, 0, 3600, "1996-03-31T01:00:00Z"},  {846378000, 3600, 0, "1996-10-27T01:00:00Z"},
    {1521939600, 0, 3600, "2018-03-25T01:00:00Z"}, {1540688400, 3600, 0, "2018-10-28T01:00:00Z"},
    {1774746000, 0, 3600, "2026-03-29T01:00:00Z"}, {1792890000, 3600, 0, "2026-10-25T01:00:00Z"},
    {2121901200, 0, 3600, "2037-03-29T01:00:00Z"}, {2140045200, 3600, 0, "2037-10-25T01:00:00Z"},
    {2153350800, 0, 3600, "2038-03-28T01:00:00Z"}, {2172099600, 3600, 0, "2038-10-31T01:00:00Z"},
    {5687802000, 0, 3600, "2150-03-29T01:00:00Z"}, {5705946000, 3600, 0, "2150-10-25T01:00:00Z"},
    {7234275600, 0, 3600, "2199-03-31T01:00:00Z"}, {7252419600, 3600, 0, "2199-10-27T01:00:00Z"},
};

START_TEST(test_uk_changes)
{
    const struct uk_change *c = &uk_changes[_i];
    int off = -1;
    ck_assert_int_eq(foi_uk_utc_offset(&off, c->at - 1), FOI_OK);
    ck_assert_msg(off == c->before, "one second before %s: offset %d, expected %d", c->utc, off,
                  c->before);
    ck_assert_int_eq(foi_uk_utc_offset(&off, c->at), FOI_OK);
    ck_assert_msg(off == c->after, "at %s: offset %d, expected %d", c->utc, off, c->after);
    /* The table's instants agree with calendar arithmetic on their labels. */
    int y, mo, d, h;
    ck_assert_int_eq(sscanf(c->utc, "%d-%d-%dT%d", &y, &mo, &d, &h), 4);
    ck_assert_int_eq(c->at, utc(y, mo, d, h, 0, 0));
    /* The changes are at 01:00 or 02:00 UTC, so the civil date is the same either side. */
    foi_date a = {UNTOUCHED}, b = {UNTOUCHED};
    ck_assert_int_eq(foi_date_from_utc(&a, c->at - 1), FOI_OK);
    ck_assert_int_eq(foi_date_from_utc(&b, c->at), FOI_OK);
    assert_ymd(a, y, mo, d);
    assert_ymd(b, y, mo, d);
}
END_TEST

START_TEST(test_uk_offset_seasons)
{
    /* IANA tz database, Europe/London: British Standard Time (GMT+1) all year
     * from 1968-10-27 until 1971-10-31 02:00 UTC; GMT in winter, BST in summer after. */
    const struct {
        int64_t t;
        int off;
    } cases[] = {
        {utc(1971, 1, 1, 0, 0, 0), 3600},   /* first supported instant, BST all year */
        {utc(1971, 1, 15, 12, 0, 0), 3600}, /* January 1971: still BST */
        {utc(1971, 7, 1, 12, 0, 0), 3600},  /* summer 1971 */
        {utc(1971, 12, 1, 12, 0, 0), 0},    /* after the 1971 change */
        {utc(1975, 1, 15, 12, 0, 0), 0},    /* winter */
        {utc(1975, 7, 15, 12, 0, 0), 3600}, /* summer */
        {utc(1985, 1, 15, 12, 0, 0), 0},    /* winter */
        {utc(1985, 7, 15, 12, 0, 0), 3600}, /* summer */
        {utc(1992, 12, 15, 12, 0, 0), 0},   /* winter */
        {utc(2018, 1, 15, 12, 0, 0), 0},    /* winter */
        {utc(2018, 6, 1, 23, 30, 0), 3600}, /* summer */
        {utc(2026, 8, 1, 0, 0, 0), 3600},   /* summer */
        {utc(2150, 12, 25, 0, 0, 0), 0},    /* winter */
        {utc(2199, 12, 31, 23, 59, 59), 0}, /* last supported instant */
        /* 23:00 UTC on 31 Dec 1970 is already 1 Jan 1971 in the UK (GMT+1 all
         * year until October 1971): the first supported instant. */
        {utc(1970, 12, 31, 23, 0, 0), 3600},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int off = -1;
        ck_assert_int_eq(foi_uk_utc_offset(&off, cases[i].t), FOI_OK);
        ck_assert_int_eq(off, cases[i].off);
    }
}
END_TEST

START_TEST(test_uk_offset_range)
{
    /* date.h: FOI_ERANGE outside 1971..2199; *offset_seconds untouched. */
    const int64_t bad[] = {
        utc(1970, 12, 31, 22, 59, 59), utc(1970, 1, 1, 0, 0, 0),   -1,
        utc(2200, 1, 1, 0, 0, 0),      utc(9999, 12, 31, 0, 0, 0), utc(1, 1, 1, 0, 0, 0),
    };
    foi_date first;
    ck_assert_int_eq(foi_date_from_utc(&first, utc(1970, 12, 31, 23, 30, 0)), FOI_OK);
    ck_assert_int_eq(first.serial, 365); /* 1971-01-01 */
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int off = -1;
        foi_date out = {UNTOUCHED};
        ck_assert_int_eq(foi_uk_utc_offset(&off, bad[i]), FOI_ERANGE);
        ck_assert_int_eq(off, -1);
        ck_assert_ptr_nonnull(strstr(foi_error_last(), "1971..2199"));
        ck_assert_int_eq(foi_date_from_utc(&out, bad[i]), FOI_ERANGE);
        ck_assert_int_eq(out.serial, UNTOUCHED);
    }
}
END_TEST

START_TEST(test_uk_offset_extremes)
{
    /* Instants far outside any calendar must fail cleanly with FOI_ERANGE and
     * without signed overflow (run under UBSan): negating INT64_MIN, or adding
     * to a serial clamped to INT32_MAX, would overflow. */
    const int64_t bad[] = {INT64_MIN, INT64_MIN + 1, (int64_t)INT32_MIN * 86400,
                           (int64_t)INT32_MAX * 86400, INT64_MAX};
    foi_date first;
    ck_assert_int_eq(foi_date_from_utc(&first, utc(1970, 12, 31, 23, 30, 0)), FOI_OK);
    ck_assert_int_eq(first.serial, 365); /* 1971-01-01 */
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int off = -1;
        foi_date out = {UNTOUCHED};
        ck_assert_int_eq(foi_uk_utc_offset(&off, bad[i]), FOI_ERANGE);
        ck_assert_int_eq(off, -1);
        ck_assert_int_eq(foi_date_from_utc(&out, bad[i]), FOI_ERANGE);
        ck_assert_int_eq(out.serial, UNTOUCHED);
    }
}
END_TEST

START_TEST(test_date_from_utc)
{
    /* UK civil date = UTC date shifted by the Europe/London offset (IANA tz). */
    const struct {
        int64_t t;
        int y, m, d;
        const char *why;
    } cases[] = {
        {utc(2018, 6, 1, 23, 30, 0), 2018, 6, 2, "summer: 23:30Z is 00:30 BST next day"},
        {utc(2018, 6, 1, 22, 59, 59), 2018, 6, 1, "summer: 22:59:59Z is 23:59:59 BST"},
        {utc(2018, 6, 1, 23, 0, 0), 2018, 6, 2, "summer: 23:00Z is midnight BST"},
        {utc(2018, 1, 15, 23, 59, 59), 2018, 1, 15, "winter: GMT = UTC"},
        {utc(2018, 1, 16, 0, 0, 0), 2018, 1, 16, "winter: GMT = UTC"},
        {utc(2018, 3, 24, 23, 30, 0), 2018, 3, 24, "night before BST starts: GMT"},
        {utc(2018, 3, 25, 23, 30, 0), 2018, 3, 26, "first night of BST"},
        {utc(2018, 10, 27, 23, 30, 0), 2018, 10, 28, "last night of BST"},
        {utc(2018, 10, 28, 23, 30, 0), 2018, 10, 28, "first night of GMT"},
        {utc(2018, 10, 28, 0, 30, 0), 2018, 10, 28, "BST ends 01:00 UTC that day"},
        {utc(1971, 1, 1, 0, 0, 0), 1971, 1, 1, "BST all year in 1971"},
        {utc(1971, 1, 1, 23, 0, 0), 1971, 1, 2, "BST all year in 1971: 23:00Z is midnight"},
        {utc(1971, 10, 30, 23, 30, 0), 1971, 10, 31, "last night of British Standard Time"},
        {utc(1971, 10, 31, 23, 30, 0), 1971, 10, 31, "GMT from 1971-10-31 02:00Z"},
        {utc(1975, 3, 15, 23, 30, 0), 1975, 3, 15, "1975: BST from 16 March 02:00Z"},
        {utc(1975, 3, 16, 23, 30, 0), 1975, 3, 17, "1975: BST"},
        {utc(1985, 10, 26, 23, 30, 0), 1985, 10, 27, "1985: BST until 27 October 01:00Z"},
        {utc(1985, 10, 27, 23, 30, 0), 1985, 10, 27, "1985: GMT"},
        {utc(1992, 10, 24, 23, 30, 0), 1992, 10, 25, "1992: BST until 25 October 01:00Z"},
        {utc(1992, 10, 25, 23, 30, 0), 1992, 10, 25, "1992: GMT"},
        {utc(2026, 3, 29, 23, 30, 0), 2026, 3, 30, "2026: BST from 29 March"},
        {utc(2150, 10, 25, 23, 30, 0), 2150, 10, 25, "2150: GMT from 25 October"},
        {utc(2150, 7, 1, 23, 30, 0), 2150, 7, 2, "2150: BST in July"},
        {utc(2199, 12, 31, 23, 59, 59), 2199, 12, 31, "last supported instant"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        foi_date out = {UNTOUCHED};
        ck_assert_int_eq(foi_date_from_utc(&out, cases[i].t), FOI_OK);
        int y, m, d;
        foi_date_to_ymd(out, &y, &m, &d);
        ck_assert_msg(y == cases[i].y && m == cases[i].m && d == cases[i].d,
                      "case %zu: got %04d-%02d-%02d, expected %04d-%02d-%02d (%s)", i, y, m, d,
                      cases[i].y, cases[i].m, cases[i].d, cases[i].why);
    }
}
END_TEST

/* ---- Formatting ----------------------------------------------------------------------------- */

START_TEST(test_format)
{
    char iso[FOI_DATE_ISO_SIZE];
    char lng[FOI_DATE_LONG_SIZE];
    /* date.h examples. */
    ck_assert_ptr_eq(foi_date_format_iso(ymd(2018, 10, 15), iso), iso);
    ck_assert_str_eq(iso, "2018-10-15");
    ck_assert_ptr_eq(foi_date_format_long(ymd(2018, 10, 15), lng), lng);
    ck_assert_str_eq(lng, "Monday 15 October 2018");
    /* Zero padding in ISO, none in the long form. */
    ck_assert_str_eq(foi_date_format_iso(ymd(1, 1, 1), iso), "0001-01-01");
    ck_assert_str_eq(foi_date_format_iso(ymd(9999, 12, 31), iso), "9999-12-31");
    ck_assert_str_eq(foi_date_format_iso(ymd(2019, 1, 5), iso), "2019-01-05");
    ck_assert_str_eq(foi_date_format_long(ymd(2019, 1, 5), lng), "Saturday 5 January 2019");
    ck_assert_str_eq(foi_date_format_long(ymd(1, 1, 1), lng), "Monday 1 January 1");
    /* The longest long form fits: Wednesday + September (calendar: 2021-09-29 is a Wednesday). */
    ck_assert_str_eq(foi_date_format_long(ymd(2021, 9, 29), lng), "Wednesday 29 September 2021");
    ck_assert_str_eq(foi_date_format_long(ymd(9999, 12, 31), lng), "Friday 31 December 9999");
    /* Every day of 2024 formats as ISO and parses back through from_ymd. */
    for (int32_t z = ymd(2024, 1, 1).serial; z <= ymd(2024, 12, 31).serial; z++) {
        int y, m, d;
        foi_date_format_iso(foi_mkdate(z), iso);
        ck_assert_uint_eq(strlen(iso), 10);
        ck_assert_int_eq(sscanf(iso, "%4d-%2d-%2d", &y, &m, &d), 3);
        ck_assert_int_eq(ymd(y, m, d).serial, z);
    }
}
END_TEST

START_TEST(test_names)
{
    static const char *const weekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                           "Friday", "Saturday", "Sunday"};
    static const char *const months[] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
    for (int i = 1; i <= 7; i++)
        ck_assert_str_eq(foi_weekday_name(i), weekdays[i - 1]);
    for (int i = 1; i <= 12; i++)
        ck_assert_str_eq(foi_month_name(i), months[i - 1]);
    /* "" when out of range (date.h). */
    ck_assert_str_eq(foi_weekday_name(0), "");
    ck_assert_str_eq(foi_weekday_name(8), "");
    ck_assert_str_eq(foi_weekday_name(-1), "");
    ck_assert_str_eq(foi_month_name(0), "");
    ck_assert_str_eq(foi_month_name(13), "");
    ck_assert_str_eq(foi_month_name(INT32_MIN), "");
}
END_TEST

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static Suite *date_suite(void)
{
    Suite *s = suite_create("date");

    TCase *tc = tcase_create("ymd");
    tcase_add_loop_test(tc, test_from_ymd_table, 0, COUNT(ymd_cases));
    tcase_add_test(tc, test_from_ymd_messages);
    tcase_add_test(tc, test_serial_anchors);
    tcase_add_test(tc, test_leap_and_month_lengths);
    suite_add_tcase(s, tc);

    tc = tcase_create("round_trip");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_round_trip_1900_2199);
    tcase_add_test(tc, test_round_trip_extremes);
    suite_add_tcase(s, tc);

    tc = tcase_create("weekday");
    tcase_add_test(tc, test_weekday);
    suite_add_tcase(s, tc);

    tc = tcase_create("arithmetic");
    tcase_add_test(tc, test_add_days);
    tcase_add_test(tc, test_add_days_range);
    tcase_add_loop_test(tc, test_add_months_table, 0, COUNT(months_cases));
    tcase_add_test(tc, test_add_months_range);
    tcase_add_test(tc, test_diff_cmp);
    suite_add_tcase(s, tc);

    tc = tcase_create("easter");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_easter);
    tcase_add_test(tc, test_easter_properties);
    tcase_add_test(tc, test_easter_range);
    suite_add_tcase(s, tc);

    tc = tcase_create("uk_time");
    tcase_add_loop_test(tc, test_uk_changes, 0, COUNT(uk_changes));
    tcase_add_test(tc, test_uk_offset_seasons);
    tcase_add_test(tc, test_uk_offset_range);
    tcase_add_test(tc, test_uk_offset_extremes);
    tcase_add_test(tc, test_date_from_utc);
    suite_add_tcase(s, tc);

    tc = tcase_create("format");
    tcase_add_test(tc, test_format);
    tcase_add_test(tc, test_names);
    suite_add_tcase(s, tc);

    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(date_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed > 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
