/* Strict parsing of one date, or of a date-time with an offset, given as text. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Room for about 60 bytes of quoted input plus "..." (see foi_quote). */
#define QUOTE_SIZE 68

/* Longest fraction of a second accepted (nanoseconds); the digits are never converted. */
#define MAX_FRACTION_DIGITS 9

static const char expected_forms[] =
    "expected 2018-10-15, 15/10/2018, 15 October 2018, or a date-time with an offset such "
    "as 2018-06-01T23:30:00Z";

/* The input as given (for messages) and a cursor over its trimmed text. */
typedef struct scanner {
    const char *text;
    size_t len;
    const char *p;
    const char *e;
    int64_t utc; /* a date-time's instant, once converted */
} scanner;

/* The fields of a time of day and its offset from UTC, as written. */
typedef struct clock_time {
    int hour, minute, second;
    int fraction_nonzero;
    int offset_sign, offset_hours, offset_minutes;
} clock_time;

static int reject(const scanner *s, int code, const char *fmt, ...) FOI_PRINTF(3, 4);

/* Fails with "'<input>'" followed by the formatted text. */
static int reject(const scanner *s, int code, const char *fmt, ...)
{
    char q[QUOTE_SIZE];
    char rest[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(rest, sizeof rest, fmt, ap);
    va_end(ap);
    foi_quote(q, sizeof q, s->text, s->len);
    return foi_fail(code, "'%s'%s", q, rest);
}

static int not_a_date(const scanner *s)
{
    return reject(s, FOI_EINVAL, " is not a date: %s", expected_forms);
}

/* Copies the last error message, so that it can be quoted in a new one. */
static void save_last_error(char *buf, size_t size)
{
    snprintf(buf, size, "%s", foi_error_last());
}

static int is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static int is_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_blank(int c)
{
    return c == ' ' || c == '\t';
}

static int ascii_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int at_end(const scanner *s)
{
    return s->p == s->e;
}

/* The character at the cursor plus ahead, or -1 past the end. */
static int peek(const scanner *s, size_t ahead)
{
    return (size_t)(s->e - s->p) > ahead ? (unsigned char)s->p[ahead] : -1;
}

static int eat(scanner *s, char c)
{
    if (peek(s, 0) == (unsigned char)c) {
        s->p++;
        return 1;
    }
    return 0;
}

static size_t skip_blanks(scanner *s)
{
    size_t n = 0;
    while (is_blank(peek(s, 0))) {
        s->p++;
        n++;
    }
    return n;
}

/* Lengths of the runs of ASCII digits and letters at the cursor; nothing is converted. */
static size_t digit_run(const scanner *s)
{
    size_t n = 0;
    while (is_digit(peek(s, n)))
        n++;
    return n;
}

static size_t alpha_run(const scanner *s)
{
    size_t n = 0;
    while (is_alpha(peek(s, n)))
        n++;
    return n;
}

/* Converts and consumes n (at most 4, checked by the caller) digits. */
static int take_digits(scanner *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s->p[i] - '0');
    s->p += n;
    return v;
}

/* Takes exactly n digits when the run at the cursor has exactly n; else -1. */
static int take_exact(scanner *s, size_t n)
{
    return digit_run(s) == n ? take_digits(s, n) : -1;
}

/* 1 if the n bytes at p spell word, ignoring ASCII case. */
static int word_eq(const char *p, size_t n, const char *word)
{
    if (strlen(word) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (ascii_lower((unsigned char)p[i]) != ascii_lower((unsigned char)word[i]))
            return 0;
    return 1;
}

/* Full name or three-letter abbreviation: 1..count, or 0. */
static int name_lookup(const char *p, size_t n, const char *(*name)(int), int count)
{
    for (int i = 1; i <= count; i++) {
        const char *full = name(i);
        char abbr[4] = {full[0], full[1], full[2], '\0'};
        if (word_eq(p, n, full) || word_eq(p, n, abbr))
            return i;
    }
    return 0;
}

/* A month name (full, abbreviated, or "Sept"); 0 if the word is none. */
static int month_lookup(const char *p, size_t n, int *is_sept)
{
    *is_sept = word_eq(p, n, "sept");
    return *is_sept ? 9 : name_lookup(p, n, foi_month_name, 12);
}

/* Builds the date or fails naming the input and the reason from foi_date_from_ymd. */
static int make_date(const scanner *s, foi_date *out, int y, int m, int d)
{
    if (foi_date_from_ymd(out, y, m, d) == FOI_OK)
        return FOI_OK;
    char why[256];
    save_last_error(why, sizeof why);
    return reject(s, FOI_EINVAL, " is not a valid date: %s", why);
}

/* Reads a signed offset: +HHMM, and when colon_ok also +HH:MM and +HH. 0 if there is none. */
static int read_offset(scanner *s, clock_time *t, int colon_ok)
{
    int c = peek(s, 0);
    if (c != '+' && c != '-')
        return 0;
    s->p++;
    t->offset_sign = c == '-' ? -1 : 1;
    size_t n = digit_run(s);
    if (n == 4) {
        t->offset_hours = take_digits(s, 2);
        t->offset_minutes = take_digits(s, 2);
        return 1;
    }
    if (n != 2 || !colon_ok)
        return 0;
    t->offset_hours = take_digits(s, 2);
    if (eat(s, ':')) {
        t->offset_minutes = take_exact(s, 2);
        if (t->offset_minutes < 0)
            return 0;
    }
    return 1;
}

/* Checks the ranges of the time fields and converts date + time - offset to the UK date. */
static int finish_date_time(scanner *s, foi_date *out, foi_date date, const clock_time *t,
                            int allow_24)
{
    const char *what = " is not a valid date-time:";
    if (t->hour > 24 || (t->hour == 24 && !allow_24))
        return reject(s, FOI_EINVAL, "%s hour %02d does not exist (hours run 00..23%s)", what,
                      t->hour, allow_24 ? ", or 24:00 for the end of the day" : "");
    if (t->hour == 24 && (t->minute != 0 || t->second != 0 || t->fraction_nonzero))
        return reject(s, FOI_EINVAL, "%s after hour 24 only :00 may follow (24:00 is midnight)",
                      what);
    if (t->minute > 59)
        return reject(s, FOI_EINVAL, "%s minute %02d does not exist (minutes run 00..59)", what,
                      t->minute);
    if (t->second > 60)
        return reject(s, FOI_EINVAL, "%s second %02d does not exist (seconds run 00..60)", what,
                      t->second);
    if (t->offset_hours > 23 || t->offset_minutes > 59)
        return reject(s, FOI_EINVAL,
                      "%s the offset %c%02d:%02d is impossible (at most 23 hours and 59 minutes)",
                      what, t->offset_sign < 0 ? '-' : '+', t->offset_hours, t->offset_minutes);
    /* A leap second belongs to the minute it is written in, not the next one. */
    int second = t->second == 60 ? 59 : t->second;
    int64_t utc = (int64_t)date.serial * 86400 + (int64_t)t->hour * 3600 + t->minute * 60 + second -
                  (int64_t)t->offset_sign * (t->offset_hours * 3600 + t->offset_minutes * 60);
    int rc = foi_date_from_utc(out, utc);
    if (rc == FOI_OK) {
        s->utc = utc;
        return FOI_OK;
    }
    char why[256];
    save_last_error(why, sizeof why);
    return reject(s, rc, ": cannot tell its UK date: %s", why);
}

static int missing_offset(const scanner *s, const char *example)
{
    return reject(s, FOI_EINVAL,
                  " has a time but no offset from UTC, so its UK date cannot be known: add Z or "
                  "an offset such as %s",
                  example);
}

/* YYYY-MM-DD, optionally followed by THH:MM[:SS[.fraction]] and Z or an offset. */
static int parse_iso(scanner *s, foi_date *out, int *had_time)
{
    int y = take_digits(s, 4);
    s->p++; /* the '-' the caller saw */
    size_t nm = digit_run(s);
    if (nm < 1 || nm > 2)
        return not_a_date(s);
    int m = take_digits(s, nm);
    if (!eat(s, '-'))
        return not_a_date(s);
    size_t nd = digit_run(s);
    if (nd < 1 || nd > 2)
        return not_a_date(s);
    int d = take_digits(s, nd);
    if (nm != 2 || nd != 2)
        return reject(s, FOI_EINVAL,
                      " is not a date: an ISO 8601 date has a four-digit year and a two-digit "
                      "month and day, as in 2018-01-05");
    if (at_end(s)) {
        *had_time = 0;
        return make_date(s, out, y, m, d);
    }

    int sep = peek(s, 0);
    if (sep != 'T' && sep != 't' && sep != ' ')
        return not_a_date(s);
    s->p++;
    clock_time t = {0, 0, 0, 0, 1, 0, 0};
    if ((t.hour = take_exact(s, 2)) < 0 || !eat(s, ':') || (t.minute = take_exact(s, 2)) < 0)
        return not_a_date(s);
    if (eat(s, ':')) {
        if ((t.second = take_exact(s, 2)) < 0)
            return not_a_date(s);
        if (eat(s, '.')) {
            size_t nf = digit_run(s);
            if (nf < 1 || nf > MAX_FRACTION_DIGITS)
                return not_a_date(s);
            for (size_t i = 0; i < nf; i++)
                t.fraction_nonzero |= s->p[i] != '0';
            s->p += nf;
        }
    }
    if (at_end(s))
        return missing_offset(s, "+01:00");
    if (!eat(s, 'Z') && !eat(s, 'z') && !read_offset(s, &t, 1))
        return not_a_date(s);
    if (!at_end(s))
        return not_a_date(s);

    foi_date date;
    int rc = make_date(s, &date, y, m, d);
    if (rc)
        return rc;
    *had_time = 1;
    return finish_date_time(s, out, date, &t, 1);
}

/* D/M/YYYY, day first. */
static int parse_uk_numeric(scanner *s, foi_date *out, int *had_time)
{
    int d = take_digits(s, digit_run(s)); /* 1 or 2 digits, checked by the caller */
    s->p++;                               /* and the '/' after them */
    size_t nm = digit_run(s);
    if (nm < 1 || nm > 2)
        return not_a_date(s);
    int m = take_digits(s, nm);
    if (!eat(s, '/'))
        return not_a_date(s);
    size_t ny = digit_run(s);
    if (ny == 2 && (size_t)(s->e - s->p) == 2)
        return reject(s, FOI_EINVAL,
                      " is not a date: a two-digit year is ambiguous; write the year in full, as "
                      "in 15/10/2018");
    if (ny != 4)
        return not_a_date(s);
    int y = take_digits(s, 4);
    if (!at_end(s))
        return not_a_date(s);
    if (m < 1 || m > 12)
        return reject(s, FOI_EINVAL,
                      " is not a valid date: month %d does not exist (UK dates put the day first, "
                      "as in 15/10/2018)",
                      m);
    *had_time = 0;
    return make_date(s, out, y, m, d);
}

/* The zone of an e-mail Date header: +HHMM, -HHMM, GMT, UT, UTC or Z. */
static int parse_email_zone(scanner *s, clock_time *t)
{
    size_t n = alpha_run(s);
    if (n == 0)
        return read_offset(s, t, 0) ? FOI_OK : not_a_date(s);
    if (word_eq(s->p, n, "GMT") || word_eq(s->p, n, "UT") || word_eq(s->p, n, "UTC") ||
        word_eq(s->p, n, "Z")) {
        s->p += n;
        return FOI_OK;
    }
    return reject(s, FOI_EINVAL,
                  " is not a date: the time zone '%.*s' is ambiguous; use a numeric offset such "
                  "as +0000 or +0100",
                  (int)(n > 16 ? 16 : n), s->p);
}

/*
 * [Weekday[,]] D[suffix] Month YYYY, optionally followed (without a suffix or
 * "Sept") by the rest of an e-mail Date header: HH:MM[:SS] zone [(comment)].
 */
static int parse_written(scanner *s, foi_date *out, int *had_time)
{
    int weekday = 0;
    size_t n = alpha_run(s);
    if (n > 0) {
        weekday = name_lookup(s->p, n, foi_weekday_name, 7);
        if (!weekday)
            return not_a_date(s);
        s->p += n;
        if (eat(s, ','))
            skip_blanks(s);
        else if (!skip_blanks(s))
            return not_a_date(s);
    }

    size_t nd = digit_run(s);
    if (nd < 1 || nd > 2)
        return not_a_date(s);
    int d = take_digits(s, nd);
    const char *suffix = s->p;
    size_t nsuffix = alpha_run(s);
    s->p += nsuffix;
    if (nsuffix != 0 && (nsuffix != 2 || !(word_eq(suffix, 2, "st") || word_eq(suffix, 2, "nd") ||
                                           word_eq(suffix, 2, "rd") || word_eq(suffix, 2, "th"))))
        return not_a_date(s);
    if (!skip_blanks(s))
        return not_a_date(s);

    int is_sept;
    n = alpha_run(s);
    int m = month_lookup(s->p, n, &is_sept);
    if (!m)
        return not_a_date(s);
    s->p += n;
    if (!skip_blanks(s))
        return not_a_date(s);

    size_t ny = digit_run(s);
    if (ny == 2 && (peek(s, 2) == -1 || is_blank(peek(s, 2))))
        return reject(s, FOI_EINVAL,
                      " is not a date: a two-digit year is ambiguous; write the year in full, as "
                      "in 15 October 2018");
    if (ny != 4)
        return not_a_date(s);
    int y = take_digits(s, 4);

    int timed = !at_end(s);
    clock_time t = {0, 0, 0, 0, 1, 0, 0};
    if (timed) {
        if (!skip_blanks(s) || nsuffix != 0 || is_sept)
            return not_a_date(s);
        if ((t.hour = take_exact(s, 2)) < 0 || !eat(s, ':') || (t.minute = take_exact(s, 2)) < 0)
            return not_a_date(s);
        if (eat(s, ':') && (t.second = take_exact(s, 2)) < 0)
            return not_a_date(s);
        if (at_end(s))
            return missing_offset(s, "+0100");
        if (!skip_blanks(s))
            return not_a_date(s);
        int rc = parse_email_zone(s, &t);
        if (rc)
            return rc;
        skip_blanks(s);
        if (eat(s, '(')) {
            /* Printable ASCII or tabs, not nested. */
            for (int c = peek(s, 0); ((c >= 0x20 && c < 0x7f) || c == '\t') && c != '(' && c != ')';
                 c = peek(s, 0))
                s->p++;
            if (!eat(s, ')'))
                return not_a_date(s);
        }
        if (!at_end(s))
            return not_a_date(s);
    }

    foi_date date;
    int rc = make_date(s, &date, y, m, d);
    if (rc)
        return rc;
    if (nsuffix != 0 && !word_eq(suffix, 2, foi_ordinal_suffix(d)))
        return reject(s, FOI_EINVAL, " is not a valid date: day %d is written %d%s, not %d%.2s", d,
                      d, foi_ordinal_suffix(d), d, suffix);
    int actual = foi_date_weekday(date);
    if (weekday && weekday != actual)
        return reject(s, FOI_EINVAL, ": %d %s %04d is a %s, not a %s", d, foi_month_name(m), y,
                      foi_weekday_name(actual), foi_weekday_name(weekday));
    *had_time = timed;
    if (!timed) {
        *out = date;
        return FOI_OK;
    }
    return finish_date_time(s, out, date, &t, 0);
}

static int parse_text(foi_date *out, const char *text, size_t len, int *had_time, int64_t *utc);

int foi_date_parse_n(foi_date *out, const char *text, size_t len, int *had_time)
{
    if (!out)
        return foi_fail(FOI_EINVAL, "foi_date_parse: no place to store the date (out is NULL)");
    if (!text)
        return foi_fail(FOI_EINVAL, "foi_date_parse: no date text given (text is NULL)");
    return parse_text(out, text, len, had_time, NULL);
}

int foi_date_parse_instant(int64_t *unix_seconds, const char *text, size_t len)
{
    if (!unix_seconds)
        return foi_fail(FOI_EINVAL, "foi_date_parse_instant: no place to store the instant");
    if (!text)
        return foi_fail(FOI_EINVAL, "foi_date_parse_instant: no date text given (text is NULL)");
    foi_date d;
    int timed = 0;
    int64_t utc = 0;
    int rc = parse_text(&d, text, len, &timed, &utc);
    if (rc)
        return rc;
    if (!timed) {
        char q[QUOTE_SIZE];
        foi_quote(q, sizeof q, text, len);
        return foi_fail(FOI_EINVAL, "'%s' is a date without a time", q);
    }
    *unix_seconds = utc;
    return FOI_OK;
}

static int parse_text(foi_date *out, const char *text, size_t len, int *had_time, int64_t *utc)
{
    scanner s = {text, len, text, text + len, 0};
    if (memchr(text, '\0', len))
        return reject(&s, FOI_EINVAL, " is not a date: it contains a NUL byte");
    while (s.p < s.e && is_blank((unsigned char)*s.p))
        s.p++;
    while (s.e > s.p && is_blank((unsigned char)s.e[-1]))
        s.e--;
    if (at_end(&s))
        return reject(&s, FOI_EINVAL, " is not a date: it is empty");

    foi_date result = {0};
    int timed = 0;
    int rc;
    size_t n = digit_run(&s);
    if (n == 4 && peek(&s, 4) == '-')
        rc = parse_iso(&s, &result, &timed);
    else if ((n == 1 || n == 2) && peek(&s, n) == '/')
        rc = parse_uk_numeric(&s, &result, &timed);
    else if ((n == 1 || n == 2) && (is_alpha(peek(&s, n)) || is_blank(peek(&s, n))))
        rc = parse_written(&s, &result, &timed);
    else if (n == 0 && is_alpha(peek(&s, 0)))
        rc = parse_written(&s, &result, &timed);
    else
        rc = not_a_date(&s);
    if (rc)
        return rc;
    *out = result;
    if (had_time)
        *had_time = timed;
    if (utc)
        *utc = s.utc;
    return FOI_OK;
}

int foi_date_parse(foi_date *out, const char *text, int *had_time)
{
    if (!text)
        return foi_fail(FOI_EINVAL, "foi_date_parse: no date text given (text is NULL)");
    return foi_date_parse_n(out, text, strlen(text), had_time);
}
