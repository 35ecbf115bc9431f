/* Civil-date arithmetic, UK civil time and date formatting. */
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Days from 1970-01-01 for a proleptic Gregorian date, using 400-year eras
 * that start on 1 March so that the leap day falls at the end of the year. */
int32_t foi_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    const int32_t era = (y >= 0 ? y : y - 399) / 400;
    const int32_t yoe = y - era * 400;
    const int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void foi_civil_from_days(int32_t serial, int *y, int *m, int *d)
{
    /* 64-bit, so that any serial a caller writes into a foi_date converts
     * without overflow (to a year outside 1..9999 when it is not valid). */
    const int64_t z = (int64_t)serial + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int32_t doe = (int32_t)(z - era * 146097);
    const int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int32_t mp = (5 * doy + 2) / 153;
    const int32_t dd = doy - (153 * mp + 2) / 5 + 1;
    const int32_t mm = mp < 10 ? mp + 3 : mp - 9;
    const int32_t yy = (int32_t)(yoe + era * 400 + (mm <= 2));
    if (y)
        *y = (int)yy;
    if (m)
        *m = (int)mm;
    if (d)
        *d = (int)dd;
}

int foi_is_leap_year(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int foi_days_in_month(int year, int month)
{
    static const unsigned char len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return len[month - 1] + (month == 2 && foi_is_leap_year(year));
}

int foi_date_from_ymd(foi_date *out, int year, int month, int day)
{
    FOI_REQUIRE_ARG(out);
    if (year < FOI_DATE_MIN_YEAR || year > FOI_DATE_MAX_YEAR)
        return foi_fail(FOI_EINVAL, "year %d is outside %d..%d", year, FOI_DATE_MIN_YEAR,
                        FOI_DATE_MAX_YEAR);
    if (month < 1 || month > 12)
        return foi_fail(FOI_EINVAL, "month %d does not exist (months run 1..12)", month);
    int dim = foi_days_in_month(year, month);
    if (day < 1 || day > dim)
        return foi_fail(FOI_EINVAL, "%s %04d has no day %d (it has %d days)", foi_month_name(month),
                        year, day, dim);
    out->serial = foi_days_from_civil(year, month, day);
    return FOI_OK;
}

void foi_date_to_ymd(foi_date d, int *year, int *month, int *day)
{
    foi_civil_from_days(d.serial, year, month, day);
}

int foi_date_weekday(foi_date d)
{
    return foi_serial_valid(d.serial) ? foi_serial_weekday(d.serial) : 0;
}

/* Fails for a foi_date that holds no valid date. */
static int check_date(foi_date d, const char *func)
{
    if (foi_serial_valid(d.serial))
        return FOI_OK;
    return foi_fail(FOI_EINVAL, "%s: date serial %ld is not a valid date", func, (long)d.serial);
}

int foi_date_add_days(foi_date *out, foi_date d, int32_t n)
{
    FOI_REQUIRE_ARG(out);
    int rc = check_date(d, __func__);
    if (rc)
        return rc;
    int64_t r = (int64_t)d.serial + n;
    if (r < FOI_DATE_MIN_SERIAL || r > FOI_DATE_MAX_SERIAL)
        return foi_fail(FOI_ERANGE, "%ld days from the date leaves the years 0001..9999", (long)n);
    out->serial = (int32_t)r;
    return FOI_OK;
}

int foi_date_add_months(foi_date *out, foi_date d, int32_t n)
{
    FOI_REQUIRE_ARG(out);
    int rc = check_date(d, __func__);
    if (rc)
        return rc;
    int y, m, dd;
    foi_civil_from_days(d.serial, &y, &m, &dd);
    int64_t months = (int64_t)y * 12 + (m - 1) + n;
    int64_t ny = months >= 0 ? months / 12 : -((-months + 11) / 12);
    int nm = (int)(months - ny * 12) + 1;
    if (ny < FOI_DATE_MIN_YEAR || ny > FOI_DATE_MAX_YEAR)
        return foi_fail(FOI_ERANGE, "%ld months from the date leaves the years 0001..9999",
                        (long)n);
    int dim = foi_days_in_month((int)ny, nm);
    out->serial = foi_days_from_civil((int)ny, nm, dd > dim ? dim : dd);
    return FOI_OK;
}

int32_t foi_date_diff(foi_date a, foi_date b)
{
    /* Exact for valid dates; clamped, not overflowing, for any others. */
    int64_t diff = (int64_t)b.serial - a.serial;
    return diff > INT32_MAX ? INT32_MAX : diff < INT32_MIN ? INT32_MIN : (int32_t)diff;
}

int foi_date_cmp(foi_date a, foi_date b)
{
    return (a.serial > b.serial) - (a.serial < b.serial);
}

int foi_easter_sunday(foi_date *out, int year)
{
    FOI_REQUIRE_ARG(out);
    if (year < 1583 || year > FOI_DATE_MAX_YEAR)
        return foi_fail(FOI_ERANGE, "Easter is computed for Gregorian years 1583..9999, not %d",
                        year);
    /* The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    int a = year % 19, b = year / 100, c = year % 100;
    int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    out->serial = foi_days_from_civil(year, month, day);
    return FOI_OK;
}

/* Serial of the last Sunday of a month, and of the first Sunday on or after a day. */
static int32_t last_sunday(int y, int m)
{
    int32_t z = foi_days_from_civil(y, m, foi_days_in_month(y, m));
    return z - (foi_serial_weekday(z) % 7);
}

static int32_t sunday_on_or_after(int y, int m, int d)
{
    int32_t z = foi_days_from_civil(y, m, d);
    return z + (7 - foi_serial_weekday(z)) % 7;
}

#define UK_FIRST_YEAR 1971
#define UK_LAST_YEAR 2199

/*
 * UK clock changes (Summer Time Acts and the Summer Time Order 2002, as
 * recorded for Europe/London in the IANA time zone database):
 *   until 1971-10-31 02:00 UTC  British Standard Time, GMT+1 all year
 *   1972-1980  from the Sunday after the third Saturday of March (Sun >= 16)
 *              to the Sunday after the fourth Saturday of October (Sun >= 23),
 *              both at 02:00 UTC
 *   1981-1995  from the last Sunday of March 01:00 UTC to Sunday >= 23
 *              October (1981-1989) or >= 22 October (1990-1995), 01:00 UTC
 *   1996-      last Sunday of March to last Sunday of October, 01:00 UTC
 */
int foi_uk_utc_offset(int *offset_seconds, int64_t t)
{
    FOI_REQUIRE_ARG(offset_seconds);
    /* The UK dates 1971-01-01 .. 2199-12-31: the first began at 23:00 UTC the
     * evening before (British Standard Time, GMT+1), the last ends at midnight
     * UTC (GMT). Checked first, so nothing below can overflow. */
    const int64_t lo = (int64_t)foi_days_from_civil(UK_FIRST_YEAR, 1, 1) * 86400 - 3600;
    const int64_t hi = (int64_t)foi_days_from_civil(UK_LAST_YEAR + 1, 1, 1) * 86400;
    if (t < lo || t >= hi)
        return foi_fail(FOI_ERANGE, "UK civil time is known for the years %d..%d only",
                        UK_FIRST_YEAR, UK_LAST_YEAR);
    int64_t day = t / 86400 - (t % 86400 < 0);
    int y;
    foi_civil_from_days((int32_t)day, &y, NULL, NULL);
    if (y < UK_FIRST_YEAR)
        y = UK_FIRST_YEAR; /* the last hour of 1970 UTC is already 1971 in the UK */
    int64_t start, end;
    if (y == 1971) {
        start = INT64_MIN;
        end = (int64_t)foi_days_from_civil(1971, 10, 31) * 86400 + 2 * 3600;
    } else if (y <= 1980) {
        start = (int64_t)sunday_on_or_after(y, 3, 16) * 86400 + 2 * 3600;
        end = (int64_t)sunday_on_or_after(y, 10, 23) * 86400 + 2 * 3600;
    } else {
        start = (int64_t)last_sunday(y, 3) * 86400 + 3600;
        if (y <= 1989)
            end = (int64_t)sunday_on_or_after(y, 10, 23) * 86400 + 3600;
        else if (y <= 1995)
            end = (int64_t)sunday_on_or_after(y, 10, 22) * 86400 + 3600;
        else
            end = (int64_t)last_sunday(y, 10) * 86400 + 3600;
    }
    *offset_seconds = (t >= start && t < end) ? 3600 : 0;
    return FOI_OK;
}

int foi_date_from_utc(foi_date *out, int64_t t)
{
    FOI_REQUIRE_ARG(out);
    int off;
    int rc = foi_uk_utc_offset(&off, t);
    if (rc)
        return rc;
    int64_t local = t + off;
    int64_t day = local / 86400 - (local % 86400 < 0);
    out->serial = (int32_t)day;
    return FOI_OK;
}

static const char *const weekday_names[8] = {"",         "Monday", "Tuesday",  "Wednesday",
                                             "Thursday", "Friday", "Saturday", "Sunday"};
static const char *const month_names[13] = {
    "",     "January", "February",  "March",   "April",    "May",     "June",
    "July", "August",  "September", "October", "November", "December"};

const char *foi_weekday_name(int iso_weekday)
{
    return iso_weekday >= 1 && iso_weekday <= 7 ? weekday_names[iso_weekday] : "";
}

const char *foi_month_name(int month)
{
    return month >= 1 && month <= 12 ? month_names[month] : "";
}

char *foi_date_format_iso(foi_date d, char buf[FOI_DATE_ISO_SIZE])
{
    if (!buf)
        return NULL;
    int y, m, dd;
    foi_civil_from_days(d.serial, &y, &m, &dd);
    /* Years are 1..9999 for valid dates; clamp so the buffer always suffices. */
    if (y < 0 || y > 9999)
        y = y < 0 ? 0 : 9999;
    /* Digit by digit: front ends format a date per row of scans of millions
     * of rows, where printf would cost more than the deadline itself. */
    const char iso[FOI_DATE_ISO_SIZE] = {(char)('0' + y / 1000),
                                         (char)('0' + y / 100 % 10),
                                         (char)('0' + y / 10 % 10),
                                         (char)('0' + y % 10),
                                         '-',
                                         (char)('0' + m / 10),
                                         (char)('0' + m % 10),
                                         '-',
                                         (char)('0' + dd / 10),
                                         (char)('0' + dd % 10),
                                         '\0'};
    memcpy(buf, iso, sizeof iso);
    return buf;
}

char *foi_date_format_long(foi_date d, char buf[FOI_DATE_LONG_SIZE])
{
    if (!buf)
        return NULL;
    int y, m, dd;
    foi_civil_from_days(d.serial, &y, &m, &dd);
    if (y < 0 || y > 9999)
        y = y < 0 ? 0 : 9999;
    snprintf(buf, FOI_DATE_LONG_SIZE, "%s %d %s %d", foi_weekday_name(foi_date_weekday(d)), dd,
             foi_month_name(m), y);
    return buf;
}

const char *foi_ordinal_suffix(long n)
{
    long t = (n < 0 ? -(n % 100) : n % 100);
    if (t >= 11 && t <= 13)
        return "th";
    switch (t % 10) {
    case 1:
        return "st";
    case 2:
        return "nd";
    case 3:
        return "rd";
    default:
        return "th";
    }
}
