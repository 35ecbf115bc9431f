/* foiclock dates: a validated civil-date value type, arithmetic, parsing and formatting. */
#ifndef FOICLOCK_DATE_H
#define FOICLOCK_DATE_H

#include <stddef.h>
#include <stdint.h>

#include <foiclock/export.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A date in the proleptic Gregorian calendar, held as a count of days since
 * 1970-01-01 (which is serial 0). Pass it by value. Valid dates run from
 * 0001-01-01 to 9999-12-31 (FOI_DATE_MIN_SERIAL .. FOI_DATE_MAX_SERIAL);
 * construct one with foi_date_from_ymd() or foi_date_parse() so that it is
 * always valid.
 */
typedef struct foi_date {
    int32_t serial;
} foi_date;

#define FOI_DATE_MIN_YEAR 1
#define FOI_DATE_MAX_YEAR 9999
#define FOI_DATE_MIN_SERIAL (-719162) /* 0001-01-01 */
#define FOI_DATE_MAX_SERIAL 2932896   /* 9999-12-31 */

/* ISO weekday numbers. */
enum {
    FOI_MONDAY = 1,
    FOI_TUESDAY,
    FOI_WEDNESDAY,
    FOI_THURSDAY,
    FOI_FRIDAY,
    FOI_SATURDAY,
    FOI_SUNDAY
};

/* Builds a date from year, month (1-12) and day. FOI_EINVAL for an impossible
 * date (30 February, month 13, year 0); nothing is ever "fixed" up. */
FOICLOCK_EXPORT int foi_date_from_ymd(foi_date *out, int year, int month, int day);

/* Splits a date into its parts. Any pointer may be NULL. */
FOICLOCK_EXPORT void foi_date_to_ymd(foi_date d, int *year, int *month, int *day);

/* ISO weekday of d: 1 = Monday .. 7 = Sunday; 0 for a serial that is not a
 * date of 0001..9999. */
FOICLOCK_EXPORT int foi_date_weekday(foi_date d);

/* 1 if year is a Gregorian leap year, else 0. */
FOICLOCK_EXPORT int foi_is_leap_year(int year);

/* Number of days in the month (0 for an invalid month). */
FOICLOCK_EXPORT int foi_days_in_month(int year, int month);

/* d plus n calendar days. FOI_ERANGE if the result leaves 0001..9999,
 * FOI_EINVAL if d is not a valid date. */
FOICLOCK_EXPORT int foi_date_add_days(foi_date *out, foi_date d, int32_t n);

/* d plus n calendar months, clamped to the last day of a shorter month
 * (31 January + 1 month = 28 or 29 February). FOI_ERANGE past 0001..9999,
 * FOI_EINVAL if d is not a valid date. */
FOICLOCK_EXPORT int foi_date_add_months(foi_date *out, foi_date d, int32_t n);

/* b - a in days (exact for valid dates; clamped to the int32_t range for
 * serials that are not). */
FOICLOCK_EXPORT int32_t foi_date_diff(foi_date a, foi_date b);

/* <0, 0, >0 as a is before, equal to or after b. */
FOICLOCK_EXPORT int foi_date_cmp(foi_date a, foi_date b);

/* Easter Sunday of a Gregorian year (1583..9999), FOI_ERANGE otherwise. */
FOICLOCK_EXPORT int foi_easter_sunday(foi_date *out, int year);

/*
 * Parses one date, strictly, after trimming surrounding spaces and tabs.
 * Accepted:
 *   2018-10-15                      ISO 8601 calendar date
 *   15/10/2018  or  5/1/2019        UK numeric, day first, four-digit year
 *   15 October 2018, 15 Oct 2018    written, optionally with a weekday
 *   Monday 15 October 2018, Mon, 15 Oct 2018, 15th October 2018
 *   2018-06-01T23:30:00Z, 2018-06-01T23:30+01:00
 *                                   ISO 8601 date-time with an offset
 *   Tue, 6 Nov 2018 15:34:05 +0000  an e-mail Date: header (RFC 5322)
 * A date-time is converted to the UK civil date (GMT, or BST between 01:00
 * UTC on the last Sunday of March and 01:00 UTC on the last Sunday of
 * October; earlier rules as in force since 1971), so 2018-06-01T23:30:00Z is
 * 2 June 2018. A weekday, when given, must match the date. Anything else,
 * including an impossible date, fails with FOI_EINVAL (FOI_ERANGE for a
 * date-time outside 1971..2199, where UK clock rules are known) and a
 * message that names the input and lists the accepted forms.
 * If had_time is not NULL it is set to 1 when the input carried a time.
 */
FOICLOCK_EXPORT int foi_date_parse(foi_date *out, const char *text, int *had_time);

/* Same as foi_date_parse for a text of len bytes that need not be
 * NUL-terminated (an embedded NUL byte is rejected). */
FOICLOCK_EXPORT int foi_date_parse_n(foi_date *out, const char *text, size_t len, int *had_time);

/*
 * For a text that foi_date_parse reads as a date-time with an offset: the
 * instant it names, in seconds since 1970-01-01T00:00Z. FOI_EINVAL for a
 * date without a time ("'...' is a date without a time") and anything
 * foi_date_parse refuses, with its message. So that an answer can say how
 * a time became a UK date ("23:30 UTC = 00:30 BST").
 */
FOICLOCK_EXPORT int foi_date_parse_instant(int64_t *unix_seconds, const char *text, size_t len);

/*
 * The UK civil date at a UTC instant given as seconds since 1970-01-01T00:00Z.
 * FOI_ERANGE before 1971 or after 2199 (UK clock rules are known in that range).
 */
FOICLOCK_EXPORT int foi_date_from_utc(foi_date *out, int64_t unix_seconds);

/* The UK's offset from UTC in seconds (0 or 3600) at a UTC instant in
 * 1971..2199; FOI_ERANGE outside it. */
FOICLOCK_EXPORT int foi_uk_utc_offset(int *offset_seconds, int64_t unix_seconds);

/* Buffer sizes that always suffice for the formatting functions below. */
#define FOI_DATE_ISO_SIZE 11
#define FOI_DATE_LONG_SIZE 32

/* Writes "2018-10-15" (NUL-terminated) into buf; returns buf (NULL if buf is
 * NULL). A serial that is not a valid date gives a year clamped to
 * 0000..9999, never an overflow. */
FOICLOCK_EXPORT char *foi_date_format_iso(foi_date d, char buf[FOI_DATE_ISO_SIZE]);

/* Writes "Monday 15 October 2018" (NUL-terminated) into buf; returns buf
 * (NULL if buf is NULL). */
FOICLOCK_EXPORT char *foi_date_format_long(foi_date d, char buf[FOI_DATE_LONG_SIZE]);

/* English names: weekday 1..7 (Monday..Sunday), month 1..12; "" when out of range. */
FOICLOCK_EXPORT const char *foi_weekday_name(int iso_weekday);
FOICLOCK_EXPORT const char *foi_month_name(int month);
/* The English ordinal suffix of n: "st" (1, 21, 101), "nd", "rd", or "th"
 * (11, 12, 13, and the rest); n may be negative. */
FOICLOCK_EXPORT const char *foi_ordinal_suffix(long n);

#ifdef __cplusplus
}
#endif

#endif
