/* Unit tests of src/lib/parse.c: foi_date_parse and foi_date_parse_n. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <check.h>

#include <foiclock/date.h>
#include <foiclock/error.h>

#include "internal.h"

/*
 * Sources named in the tables' `src` column:
 *   SPEC     the parser specification for foi_date_parse (strict forms; date.h comment)
 *   DATE_H   an example given in include/foiclock/date.h
 *   CAL      calendar arithmetic (Gregorian rules, weekdays from python3 datetime)
 *   IANA     IANA tz database, Europe/London: GMT in winter, BST (UTC+1) from
 *            01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 *            Sunday of October (2018: 2018-03-25 and 2018-10-28)
 *   RFC3339  RFC 3339 section 5.6 (date-time syntax), 5.7 (leap seconds)
 *   RFC5322  RFC 5322 section 3.3 (e-mail Date: header syntax)
 */

/* Values no test expects, to show that a failing call left its outputs alone. */
#define UNTOUCHED 123456789
#define HAD_TIME_UNTOUCHED 77

/* Same size as parse.c uses, so the quoted text matches what the message holds. */
#define QUOTE_SIZE 68

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ---- Helpers -------------------------------------------------------------------------------- */

/* Parses text[0..len) from a heap copy of exactly len bytes, so that ASan
 * reports any read past the end. */
static int parse_exact(foi_date *out, const char *text, size_t len, int *had_time)
{
    char *copy = malloc(len ? len : 1);
    ck_assert_ptr_nonnull(copy);
    memcpy(copy, text, len);
    int rc = foi_date_parse_n(out, copy, len, had_time);
    free(copy);
    return rc;
}

/* Checks that the last error names the input, quoted as foi_quote shows it. */
static void assert_names_input(const char *text, size_t len)
{
    char q[QUOTE_SIZE];
    char quoted[QUOTE_SIZE + 2];
    foi_quote(q, sizeof q, text, len);
    snprintf(quoted, sizeof quoted, "'%s'", q);
    ck_assert_msg(strstr(foi_error_last(), quoted) != NULL, "message \"%s\" does not name %s",
                  foi_error_last(), quoted);
}

static void assert_date(foi_date d, int y, int m, int dd, const char *in, const char *src)
{
    int gy, gm, gd;
    foi_date_to_ymd(d, &gy, &gm, &gd);
    ck_assert_msg(gy == y && gm == m && gd == dd,
                  "'%s' gave %04d-%02d-%02d, expected %04d-%02d-%02d (%s)", in, gy, gm, gd, y, m,
                  dd, src);
}

/* Expects rejection with code rc by both entry points, a message naming the
 * input and containing needle, and the outputs untouched. */
static void assert_rejected_n(const char *in, size_t len, int rc, const char *needle,
                              const char *src)
{
    for (int pass = 0; pass < 2; pass++) {
        foi_date out = {UNTOUCHED};
        int had_time = HAD_TIME_UNTOUCHED;
        int got = pass == 0 && strlen(in) == len ? foi_date_parse(&out, in, &had_time)
                                                 : parse_exact(&out, in, len, &had_time);
        ck_assert_msg(got == rc, "'%s' returned %d, expected %d (%s); message: %s", in, got, rc,
                      src, foi_error_last());
        ck_assert_int_eq(out.serial, UNTOUCHED);
        ck_assert_int_eq(had_time, HAD_TIME_UNTOUCHED);
        assert_names_input(in, len);
        if (needle)
            ck_assert_msg(strstr(foi_error_last(), needle) != NULL,
                          "message for '%s' lacks \"%s\" (%s): %s", in, needle, src,
                          foi_error_last());
    }
}

static void assert_rejected(const char *in, int rc, const char *needle, const char *src)
{
    assert_rejected_n(in, strlen(in), rc, needle, src);
}

/* ---- Accepted inputs ------------------------------------------------------------------------ */

static const struct ok_case {
    const char *in;
    int y, m, d;
    int had_time;
    const char *src;
} ok_cases[] = {
    /* ISO 8601 calendar dates. */
    {"2018-10-15", 2018, 10, 15, 0, "DATE_H"},
    {"2019-01-05", 2019, 1, 5, 0, "SPEC ISO"},
    {"2000-02-29", 2000, 2, 29, 0, "SPEC ISO; CAL 2000 is leap"},
    {"2024-02-29", 2024, 2, 29, 0, "SPEC ISO; CAL 2024 is leap"},
    {"0001-01-01", 1, 1, 1, 0, "SPEC years 1..9999"},
    {"9999-12-31", 9999, 12, 31, 0, "SPEC years 1..9999"},
    {"1970-01-01", 1970, 1, 1, 0, "SPEC ISO"},
    /* Surrounding spaces and tabs are trimmed. */
    {"  2018-10-15  ", 2018, 10, 15, 0, "SPEC trimming"},
    {"\t2018-10-15\t", 2018, 10, 15, 0, "SPEC trimming"},
    {" \t 15 October 2018 \t ", 2018, 10, 15, 0, "SPEC trimming"},

    /* UK numeric, day first. */
    {"15/10/2018", 2018, 10, 15, 0, "DATE_H"},
    {"5/1/2019", 2019, 1, 5, 0, "DATE_H (5 January, not 1 May)"},
    {"05/01/2019", 2019, 1, 5, 0, "SPEC D/M/YYYY with leading zeros"},
    {"1/12/2018", 2018, 12, 1, 0, "SPEC day first"},
    {"12/1/2018", 2018, 1, 12, 0, "SPEC day first"},
    {"31/12/1999", 1999, 12, 31, 0, "SPEC D/M/YYYY"},
    {"29/2/2024", 2024, 2, 29, 0, "SPEC; CAL 2024 is leap"},
    {" 15/10/2018 ", 2018, 10, 15, 0, "SPEC trimming"},

    /* Written dates: full and abbreviated month names (every month). */
    {"15 October 2018", 2018, 10, 15, 0, "DATE_H"},
    {"15 Oct 2018", 2018, 10, 15, 0, "DATE_H"},
    {"1 January 2019", 2019, 1, 1, 0, "SPEC full month"},
    {"1 Jan 2019", 2019, 1, 1, 0, "SPEC abbreviated month"},
    {"2 February 2019", 2019, 2, 2, 0, "SPEC full month"},
    {"2 Feb 2019", 2019, 2, 2, 0, "SPEC abbreviated month"},
    {"3 March 2019", 2019, 3, 3, 0, "SPEC full month"},
    {"3 Mar 2019", 2019, 3, 3, 0, "SPEC abbreviated month"},
    {"4 April 2019", 2019, 4, 4, 0, "SPEC full month"},
    {"4 Apr 2019", 2019, 4, 4, 0, "SPEC abbreviated month"},
    {"5 May 2019", 2019, 5, 5, 0, "SPEC full month = abbreviation"},
    {"6 June 2019", 2019, 6, 6, 0, "SPEC full month"},
    {"6 Jun 2019", 2019, 6, 6, 0, "SPEC abbreviated month"},
    {"7 July 2019", 2019, 7, 7, 0, "SPEC full month"},
    {"7 Jul 2019", 2019, 7, 7, 0, "SPEC abbreviated month"},
    {"8 August 2019", 2019, 8, 8, 0, "SPEC full month"},
    {"8 Aug 2019", 2019, 8, 8, 0, "SPEC abbreviated month"},
    {"9 September 2019", 2019, 9, 9, 0, "SPEC full month"},
    {"9 Sep 2019", 2019, 9, 9, 0, "SPEC abbreviated month"},
    {"9 Sept 2019", 2019, 9, 9, 0, "SPEC 'Sept' accepted"},
    {"10 October 2019", 2019, 10, 10, 0, "SPEC full month"},
    {"11 November 2019", 2019, 11, 11, 0, "SPEC full month"},
    {"11 Nov 2019", 2019, 11, 11, 0, "SPEC abbreviated month"},
    {"12 December 2019", 2019, 12, 12, 0, "SPEC full month"},
    {"12 Dec 2019", 2019, 12, 12, 0, "SPEC abbreviated month"},
    {"05 October 2018", 2018, 10, 5, 0, "SPEC day of 1 or 2 digits"},
    /* Case-insensitive. */
    {"15 OCTOBER 2018", 2018, 10, 15, 0, "SPEC case-insensitive"},
    {"15 october 2018", 2018, 10, 15, 0, "SPEC case-insensitive"},
    {"15 oCt 2018", 2018, 10, 15, 0, "SPEC case-insensitive"},
    {"1 SEPT 2018", 2018, 9, 1, 0, "SPEC case-insensitive 'Sept'"},
    /* Ordinal suffixes, each the right one. */
    {"15th October 2018", 2018, 10, 15, 0, "DATE_H"},
    {"1st January 2019", 2019, 1, 1, 0, "SPEC 1st"},
    {"2nd January 2019", 2019, 1, 2, 0, "SPEC 2nd"},
    {"3rd January 2019", 2019, 1, 3, 0, "SPEC 3rd"},
    {"4th January 2019", 2019, 1, 4, 0, "SPEC 4th"},
    {"11th January 2019", 2019, 1, 11, 0, "SPEC 11th"},
    {"12th January 2019", 2019, 1, 12, 0, "SPEC 12th"},
    {"13th January 2019", 2019, 1, 13, 0, "SPEC 13th"},
    {"20th January 2019", 2019, 1, 20, 0, "SPEC 20th"},
    {"21st January 2019", 2019, 1, 21, 0, "SPEC 21st"},
    {"22nd January 2019", 2019, 1, 22, 0, "SPEC 22nd"},
    {"23rd January 2019", 2019, 1, 23, 0, "SPEC 23rd"},
    {"24th January 2019", 2019, 1, 24, 0, "SPEC 24th"},
    {"30th January 2019", 2019, 1, 30, 0, "SPEC 30th"},
    {"31st January 2019", 2019, 1, 31, 0, "SPEC 31st"},
    {"15TH October 2018", 2018, 10, 15, 0, "SPEC case-insensitive suffix"},
    {"2ND Feb 2019", 2019, 2, 2, 0, "SPEC case-insensitive suffix"},
    /* A weekday that matches (CAL: 15..21 October 2018 run Monday..Sunday). */
    {"Monday 15 October 2018", 2018, 10, 15, 0, "DATE_H; CAL Monday"},
    {"Mon, 15 Oct 2018", 2018, 10, 15, 0, "DATE_H; CAL Monday"},
    {"Monday, 15 October 2018", 2018, 10, 15, 0, "SPEC weekday with comma"},
    {"Mon 15 Oct 2018", 2018, 10, 15, 0, "SPEC weekday without comma"},
    {"Mon,15 Oct 2018", 2018, 10, 15, 0, "SPEC comma; RFC5322 FWS after comma optional"},
    {"monday 15th october 2018", 2018, 10, 15, 0, "SPEC case-insensitive"},
    {"MON, 15TH OCT 2018", 2018, 10, 15, 0, "SPEC case-insensitive"},
    {"Tuesday 16 October 2018", 2018, 10, 16, 0, "CAL Tuesday"},
    {"Tue 16 Oct 2018", 2018, 10, 16, 0, "CAL Tuesday"},
    {"Wednesday 17 October 2018", 2018, 10, 17, 0, "CAL Wednesday"},
    {"Wed, 17 Oct 2018", 2018, 10, 17, 0, "CAL Wednesday"},
    {"Thursday 18 October 2018", 2018, 10, 18, 0, "CAL Thursday"},
    {"Thu, 18 Oct 2018", 2018, 10, 18, 0, "CAL Thursday"},
    {"Friday 19 October 2018", 2018, 10, 19, 0, "CAL Friday"},
    {"Fri 19 Oct 2018", 2018, 10, 19, 0, "CAL Friday"},
    {"Saturday 20 October 2018", 2018, 10, 20, 0, "CAL Saturday"},
    {"Sat, 20th Oct 2018", 2018, 10, 20, 0, "CAL Saturday"},
    {"Sunday 21 October 2018", 2018, 10, 21, 0, "CAL Sunday"},
    {"Sun, 21st Oct 2018", 2018, 10, 21, 0, "CAL Sunday"},
    {"Thursday 29 February 2024", 2024, 2, 29, 0, "CAL leap day 2024 is a Thursday"},
    /* Multiple spaces (and tabs) between tokens. */
    {"15   October   2018", 2018, 10, 15, 0, "SPEC multiple spaces"},
    {"Monday    15  October 2018", 2018, 10, 15, 0, "SPEC multiple spaces"},
    {"Mon,   15th   Oct   2018", 2018, 10, 15, 0, "SPEC multiple spaces"},
    {"15\tOctober\t2018", 2018, 10, 15, 0, "SPEC blanks are spaces or tabs"},

    /* ISO 8601 / RFC 3339 date-times with an offset, converted to the UK date. */
    {"2018-06-01T23:30:00Z", 2018, 6, 2, 1, "DATE_H; IANA BST: 00:30 on 2 June"},
    {"2018-06-01T23:30+01:00", 2018, 6, 1, 1, "DATE_H; IANA 22:30Z = 23:30 BST"},
    {"2018-12-31T23:30:00-05:00", 2019, 1, 1, 1, "SPEC; IANA 04:30Z GMT on 1 January"},
    {"2018-10-28T00:30:00Z", 2018, 10, 28, 1, "SPEC; IANA BST ends 01:00Z that day"},
    {"2018-06-01T23:30Z", 2018, 6, 2, 1, "SPEC seconds optional"},
    {"2018-06-01t23:30:00z", 2018, 6, 2, 1, "SPEC lower-case t; RFC3339 z"},
    {"2018-06-01 23:30:00Z", 2018, 6, 2, 1, "SPEC space separator"},
    /* Winter (GMT = UTC) and summer (BST = UTC+1). */
    {"2018-01-15T23:30:00Z", 2018, 1, 15, 1, "IANA winter GMT"},
    {"2018-01-15T23:59:59Z", 2018, 1, 15, 1, "IANA winter GMT"},
    {"2018-01-16T00:00:00Z", 2018, 1, 16, 1, "IANA winter GMT"},
    {"2018-07-15T22:59:59Z", 2018, 7, 15, 1, "IANA summer BST 23:59:59"},
    {"2018-07-15T23:00:00Z", 2018, 7, 16, 1, "IANA summer BST midnight"},
    /* Around the 2018 changes at 01:00 UTC. */
    {"2018-03-25T00:59:59Z", 2018, 3, 25, 1, "IANA last GMT second, 00:59:59 GMT"},
    {"2018-03-25T01:00:00Z", 2018, 3, 25, 1, "IANA first BST second, 02:00 BST"},
    {"2018-03-24T23:30:00Z", 2018, 3, 24, 1, "IANA night before the change: GMT"},
    {"2018-03-25T23:30:00Z", 2018, 3, 26, 1, "IANA first night of BST"},
    {"2018-03-25T01:59:59+01:00", 2018, 3, 25, 1, "IANA 00:59:59Z GMT"},
    {"2018-10-28T00:59:59Z", 2018, 10, 28, 1, "IANA last BST second, 01:59:59 BST"},
    {"2018-10-28T01:00:00Z", 2018, 10, 28, 1, "IANA first GMT second, 01:00 GMT"},
    {"2018-10-27T23:30:00Z", 2018, 10, 28, 1, "IANA last night of BST"},
    {"2018-10-28T23:30:00Z", 2018, 10, 28, 1, "IANA first night of GMT"},
    /* 24:00 is the end of the day = start of the next (ISO 8601). */
    {"2018-10-15T24:00:00Z", 2018, 10, 16, 1, "SPEC 24:00; IANA BST 01:00 on the 16th"},
    {"2018-10-15T24:00Z", 2018, 10, 16, 1, "SPEC 24:00"},
    {"2018-10-15T24:00:00.000Z", 2018, 10, 16, 1, "SPEC 24:00 with a zero fraction"},
    {"2018-12-31T24:00:00Z", 2019, 1, 1, 1, "SPEC 24:00 across a year end; IANA GMT"},
    {"2018-02-28T24:00:00Z", 2018, 3, 1, 1, "SPEC 24:00; CAL 2018 not leap"},
    {"2018-10-15T24:00+01:00", 2018, 10, 16, 1, "SPEC 24:00; 23:00Z = 00:00 BST"},
    /* Fractional seconds are dropped (never round up into the next day). */
    {"2018-06-01T22:59:59.999Z", 2018, 6, 1, 1, "RFC3339 time-secfrac; IANA 23:59:59.999 BST"},
    {"2018-06-01T23:00:00.5Z", 2018, 6, 2, 1, "RFC3339 time-secfrac; IANA BST"},
    {"2018-01-15T23:59:59.123456789Z", 2018, 1, 15, 1, "RFC3339 nine fraction digits"},
    {"2018-01-15T23:59:59.1+00:00", 2018, 1, 15, 1, "RFC3339 one fraction digit"},
    /* A leap second belongs to the day it is written in. */
    {"2016-12-31T23:59:60Z", 2016, 12, 31, 1, "RFC3339 5.7 leap second; IANA GMT"},
    {"2016-12-31T23:59:60.5Z", 2016, 12, 31, 1, "RFC3339 5.7 leap second"},
    /* Every offset spelling: +HH:MM, +HHMM, +HH, and the same with '-'. */
    {"2018-01-15T00:30:00+01:00", 2018, 1, 14, 1, "SPEC +HH:MM; 23:30Z on the 14th, GMT"},
    {"2018-01-15T00:30:00+0100", 2018, 1, 14, 1, "SPEC +HHMM"},
    {"2018-01-15T00:30:00+01", 2018, 1, 14, 1, "SPEC +HH"},
    {"2018-01-14T19:30:00-05:00", 2018, 1, 15, 1, "SPEC -HH:MM; 00:30Z on the 15th"},
    {"2018-01-14T19:30:00-0500", 2018, 1, 15, 1, "SPEC -HHMM"},
    {"2018-01-14T19:30:00-05", 2018, 1, 15, 1, "SPEC -HH"},
    {"2018-01-15T05:29:59+05:30", 2018, 1, 14, 1, "SPEC minutes in the offset: 23:59:59Z"},
    {"2018-01-15T05:30:00+05:30", 2018, 1, 15, 1, "SPEC minutes in the offset: 00:00Z"},
    {"2018-01-15T12:00:00+00:00", 2018, 1, 15, 1, "SPEC +00:00"},
    {"2018-01-15T12:00:00-00:00", 2018, 1, 15, 1, "RFC3339 4.3 -00:00"},
    {"2018-01-15T00:00:00+23:59", 2018, 1, 14, 1, "SPEC offset hours up to 23: 00:01Z on 14th"},
    {"2018-01-14T23:59:00-23:59", 2018, 1, 15, 1, "SPEC offset hours up to 23: 23:58Z on 15th"},
    {"2018-06-01T12:00:00Z", 2018, 6, 1, 1, "SPEC Z"},
    /* The supported range of UK civil time (date.h: 1971..2199). */
    {"1971-01-01T00:00:00Z", 1971, 1, 1, 1, "DATE_H from 1971; IANA BST all year in 1971"},
    {"1971-06-30T23:30:00Z", 1971, 7, 1, 1, "IANA British Standard Time (UTC+1)"},
    {"2199-12-31T23:59:59Z", 2199, 12, 31, 1, "DATE_H to 2199"},

    /* E-mail Date: headers (RFC 5322). */
    {"Tue, 6 Nov 2018 15:34:05 +0000", 2018, 11, 6, 1, "DATE_H"},
    {"6 Nov 2018 15:34:05 +0000", 2018, 11, 6, 1, "RFC5322 weekday optional"},
    {"Tue, 6 Nov 2018 15:34 +0000", 2018, 11, 6, 1, "RFC5322 seconds optional"},
    {"6 Nov 2018 15:34 +0000", 2018, 11, 6, 1, "RFC5322 no weekday, no seconds"},
    {"Tue, 06 Nov 2018 15:34:05 +0000", 2018, 11, 6, 1, "RFC5322 two-digit day"},
    {"Tue, 6 Nov 2018 15:34:05 +0000 (UTC)", 2018, 11, 6, 1, "SPEC trailing comment"},
    {"Tue, 6 Nov 2018 15:34:05 +0000 (GMT Standard Time)", 2018, 11, 6, 1, "SPEC trailing comment"},
    {"Tue, 6 Nov 2018 15:34:05 +0000(UTC)", 2018, 11, 6, 1, "RFC5322 CFWS: no space needed"},
    {"Tue, 6 Nov 2018 15:34:05 +0000 ()", 2018, 11, 6, 1, "RFC5322 empty comment"},
    {"Tue, 6 Nov 2018 15:34:05 GMT", 2018, 11, 6, 1, "SPEC GMT = +0000"},
    {"Tue, 6 Nov 2018 15:34:05 UT", 2018, 11, 6, 1, "SPEC UT = +0000"},
    {"Tue, 6 Nov 2018 15:34:05 UTC", 2018, 11, 6, 1, "SPEC UTC = +0000"},
    {"Tue, 6 Nov 2018 15:34:05 Z", 2018, 11, 6, 1, "SPEC Z = +0000"},
    {"Tue, 6 Nov 2018 15:34:05 gmt", 2018, 11, 6, 1, "RFC5322 zone names case-insensitive"},
    {"Tue, 6 Nov 2018 15:34:05 GMT (GMT)", 2018, 11, 6, 1, "SPEC named zone and comment"},
    {"Tue, 6 Nov 2018 15:34:05 -0000", 2018, 11, 6, 1, "RFC5322 -0000"},
    {"tue, 6 nov 2018 15:34:05 +0000", 2018, 11, 6, 1, "SPEC case-insensitive"},
    {"Tue, 6 November 2018 15:34:05 +0000", 2018, 11, 6, 1, "SPEC full month name"},
    {"Tuesday, 6 Nov 2018 15:34:05 +0000", 2018, 11, 6, 1, "SPEC weekday forms as written"},
    {"Tue,  6  Nov  2018  15:34:05  +0000", 2018, 11, 6, 1, "RFC5322 FWS: several spaces"},
    {"Tue, 6 Nov 2018 15:34:60 +0000", 2018, 11, 6, 1, "RFC5322 second 60"},
    /* Conversion to the UK date. */
    {"Fri, 1 Jun 2018 23:30:00 +0000", 2018, 6, 2, 1, "IANA BST: 00:30 on 2 June"},
    {"Fri, 1 Jun 2018 22:59:59 +0000", 2018, 6, 1, 1, "IANA BST: 23:59:59"},
    {"Sat, 2 Jun 2018 00:30:00 +0100", 2018, 6, 2, 1, "IANA 23:30Z on 1 June = 00:30 BST"},
    {"Mon, 31 Dec 2018 19:30:00 -0500", 2019, 1, 1, 1, "IANA 00:30Z GMT 1 January"},
    {"Mon, 15 Jan 2018 23:30:00 +0000", 2018, 1, 15, 1, "IANA winter GMT"},
    /* The weekday is checked against the date as written, before conversion. */
    {"Tue, 1 Jan 2019 00:30:00 +0100", 2018, 12, 31, 1,
     "SPEC weekday of the written date (CAL Tuesday); IANA 23:30Z GMT on 31 December"},
    {"Sun, 28 Oct 2018 00:59:59 +0000", 2018, 10, 28, 1, "IANA last BST second"},
    {"Sun, 28 Oct 2018 01:00:00 +0000", 2018, 10, 28, 1, "IANA first GMT second"},
    {"Sat, 27 Oct 2018 23:30:00 +0000", 2018, 10, 28, 1, "IANA BST until 01:00Z on the 28th"},
    {"Sun, 25 Mar 2018 23:30:00 +0000", 2018, 3, 26, 1, "IANA BST from 01:00Z on the 25th"},
};

START_TEST(test_accepts)
{
    const struct ok_case *c = &ok_cases[_i];
    size_t len = strlen(c->in);
    for (int pass = 0; pass < 3; pass++) {
        foi_date out = {UNTOUCHED};
        int had_time = HAD_TIME_UNTOUCHED;
        int rc;
        if (pass == 0)
            rc = foi_date_parse(&out, c->in, &had_time);
        else if (pass == 1)
            rc = parse_exact(&out, c->in, len, &had_time);
        else
            rc = foi_date_parse(&out, c->in, NULL); /* had_time may be NULL */
        ck_assert_msg(rc == FOI_OK, "'%s' rejected (%s): %s", c->in, c->src, foi_error_last());
        assert_date(out, c->y, c->m, c->d, c->in, c->src);
        if (pass < 2)
            ck_assert_msg(had_time == c->had_time, "'%s': had_time %d, expected %d", c->in,
                          had_time, c->had_time);
    }
}
END_TEST

/* ---- Rejected inputs ------------------------------------------------------------------------ */

#define NOT_A_DATE "is not a date: expected 2018-10-15, 15/10/2018, 15 October 2018"
#define NO_OFFSET "add Z or an offset such as"
#define TWO_DIGIT_YEAR "two-digit year is ambiguous"
#define ISO_DIGITS "two-digit month and day"
#define OUT_OF_UK_RANGE "1971..2199"

static const struct bad_case {
    const char *in;
    int rc;
    const char *needle; /* a phrase the message must contain */
    const char *src;
} bad_cases[] = {
    /* Nothing there. */
    {"", FOI_EINVAL, "is empty", "SPEC empty"},
    {"   ", FOI_EINVAL, "is empty", "SPEC only whitespace"},
    {"\t \t", FOI_EINVAL, "is empty", "SPEC only whitespace"},

    /* Forms that are not accepted. */
    {"15-10-2018", FOI_EINVAL, NOT_A_DATE, "SPEC dashes need ISO order"},
    {"2018/10/15", FOI_EINVAL, NOT_A_DATE, "SPEC slashes need day first"},
    {"15.10.2018", FOI_EINVAL, NOT_A_DATE, "SPEC no dots"},
    {"20181015", FOI_EINVAL, NOT_A_DATE, "SPEC no basic ISO format"},
    {"2018-10", FOI_EINVAL, NOT_A_DATE, "SPEC month only"},
    {"2018", FOI_EINVAL, NOT_A_DATE, "SPEC year only"},
    {"15 October", FOI_EINVAL, NOT_A_DATE, "SPEC year needed"},
    {"October 2018", FOI_EINVAL, NOT_A_DATE, "SPEC day needed"},
    {"October 15, 2018", FOI_EINVAL, NOT_A_DATE, "SPEC US written order"},
    {"Oct 15 2018", FOI_EINVAL, NOT_A_DATE, "SPEC US written order"},
    {"15 October, 2018", FOI_EINVAL, NOT_A_DATE, "SPEC no comma after the month"},
    {"15 Octobre 2018", FOI_EINVAL, NOT_A_DATE, "SPEC English month names only"},
    {"15 Okt 2018", FOI_EINVAL, NOT_A_DATE, "SPEC English month names only"},
    {"15 Oct. 2018", FOI_EINVAL, NOT_A_DATE, "SPEC abbreviation without a dot"},
    {"15 Octo 2018", FOI_EINVAL, NOT_A_DATE, "SPEC full name or 3 letters"},
    {"15 O 2018", FOI_EINVAL, NOT_A_DATE, "SPEC full name or 3 letters"},
    {"15October 2018", FOI_EINVAL, NOT_A_DATE, "SPEC blank between tokens"},
    {"15 October2018", FOI_EINVAL, NOT_A_DATE, "SPEC blank between tokens"},
    {"Monday15 October 2018", FOI_EINVAL, NOT_A_DATE, "SPEC blank or comma after weekday"},
    {"Mon. 15 Oct 2018", FOI_EINVAL, NOT_A_DATE, "SPEC weekday without a dot"},
    {"Tues 16 Oct 2018", FOI_EINVAL, NOT_A_DATE, "SPEC weekday full or 3 letters"},
    {"Mon ,15 Oct 2018", FOI_EINVAL, NOT_A_DATE, "SPEC comma directly after weekday"},
    {"Mon,, 15 Oct 2018", FOI_EINVAL, NOT_A_DATE, "SPEC a single comma"},
    {"Mon,", FOI_EINVAL, NOT_A_DATE, "SPEC weekday alone"},
    {"Monday", FOI_EINVAL, NOT_A_DATE, "SPEC weekday alone"},
    {"Monday 2018-10-15", FOI_EINVAL, NOT_A_DATE, "SPEC weekday only with written dates"},
    {"today", FOI_EINVAL, NOT_A_DATE, "SPEC no relative dates"},
    {"15 th October 2018", FOI_EINVAL, NOT_A_DATE, "SPEC suffix attached to the day"},
    {"15xx October 2018", FOI_EINVAL, NOT_A_DATE, "SPEC only st/nd/rd/th"},
    {"15t October 2018", FOI_EINVAL, NOT_A_DATE, "SPEC only st/nd/rd/th"},
    {"15the October 2018", FOI_EINVAL, NOT_A_DATE, "SPEC only st/nd/rd/th"},
    {"115 October 2018", FOI_EINVAL, NOT_A_DATE, "SPEC day of 1 or 2 digits"},
    {"15 October 20180", FOI_EINVAL, NOT_A_DATE, "SPEC four-digit year"},
    {"15 October 218", FOI_EINVAL, NOT_A_DATE, "SPEC four-digit year"},
    {"115/10/2018", FOI_EINVAL, NOT_A_DATE, "SPEC day of 1 or 2 digits"},
    {"15/100/2018", FOI_EINVAL, NOT_A_DATE, "SPEC month of 1 or 2 digits"},
    {"15/10/218", FOI_EINVAL, NOT_A_DATE, "SPEC four-digit year"},
    {"15/10/20180", FOI_EINVAL, NOT_A_DATE, "SPEC four-digit year"},
    {"15//2018", FOI_EINVAL, NOT_A_DATE, "SPEC month needed"},
    {"15/10", FOI_EINVAL, NOT_A_DATE, "SPEC year needed"},
    {"15/10/", FOI_EINVAL, NOT_A_DATE, "SPEC year needed"},
    {"2018-10-015", FOI_EINVAL, NOT_A_DATE, "SPEC ISO day of 2 digits"},
    {"2018-010-15", FOI_EINVAL, NOT_A_DATE, "SPEC ISO month of 2 digits"},
    {"02018-10-15", FOI_EINVAL, NOT_A_DATE, "SPEC ISO year of 4 digits"},
    {"218-10-15", FOI_EINVAL, NOT_A_DATE, "SPEC ISO year of 4 digits"},
    {"2018-10-", FOI_EINVAL, NOT_A_DATE, "SPEC ISO day needed"},
    {"2018--15", FOI_EINVAL, NOT_A_DATE, "SPEC ISO month needed"},
    {"2018-10-15/", FOI_EINVAL, NOT_A_DATE, "SPEC trailing junk"},
    /* Trailing or leading junk. */
    {"2018-10-15x", FOI_EINVAL, NOT_A_DATE, "SPEC trailing junk"},
    {"2018-10-15 junk", FOI_EINVAL, NOT_A_DATE, "SPEC trailing junk"},
    {"2018-10-15 2018-10-16", FOI_EINVAL, NOT_A_DATE, "SPEC one date only"},
    {"x2018-10-15", FOI_EINVAL, NOT_A_DATE, "SPEC leading junk"},
    {"15/10/2018.", FOI_EINVAL, NOT_A_DATE, "SPEC trailing junk"},
    {"15 October 2018 junk", FOI_EINVAL, NOT_A_DATE, "SPEC trailing junk"},
    {"15 October 2018,", FOI_EINVAL, NOT_A_DATE, "SPEC trailing junk"},
    {"\"2018-10-15\"", FOI_EINVAL, NOT_A_DATE, "SPEC no quotes"},
    {"2018-10-15\n", FOI_EINVAL, NOT_A_DATE, "SPEC only spaces and tabs are trimmed"},
    {"\r2018-10-15", FOI_EINVAL, NOT_A_DATE, "SPEC only spaces and tabs are trimmed"},
    {"2018-10-15\v", FOI_EINVAL, NOT_A_DATE, "SPEC only spaces and tabs are trimmed"},
    {"2018-10-15\x01", FOI_EINVAL, NOT_A_DATE, "SPEC control byte"},
    /* Signs, hexadecimal, non-ASCII digits and bytes. */
    {"+2018-10-15", FOI_EINVAL, NOT_A_DATE, "SPEC no signs"},
    {"-2018-10-15", FOI_EINVAL, NOT_A_DATE, "SPEC no signs"},
    {"2018-+1-15", FOI_EINVAL, NOT_A_DATE, "SPEC no signs"},
    {"2018-10--5", FOI_EINVAL, NOT_A_DATE, "SPEC no signs"},
    {"+15/10/2018", FOI_EINVAL, NOT_A_DATE, "SPEC no signs"},
    {"15/+10/2018", FOI_EINVAL, NOT_A_DATE, "SPEC no signs"},
    {"15/10/+2018", FOI_EINVAL, NOT_A_DATE, "SPEC no signs"},
    {"-1/10/2018", FOI_EINVAL, NOT_A_DATE, "SPEC no signs"},
    {"+15 October 2018", FOI_EINVAL, NOT_A_DATE, "SPEC no signs"},
    {"0x7E2-10-15", FOI_EINVAL, NOT_A_DATE, "SPEC no hexadecimal"},
    {"0x0F/10/2018", FOI_EINVAL, NOT_A_DATE, "SPEC no hexadecimal"},
    {"0xF October 2018", FOI_EINVAL, NOT_A_DATE, "SPEC no hexadecimal"},
    {"\xef\xbc\x92\xef\xbc\x90\xef\xbc\x91\xef\xbc\x98-10-15", FOI_EINVAL, NOT_A_DATE,
     "SPEC fullwidth digits are not ASCII"},
    {"\xd9\xa2\xd9\xa0\xd9\xa1\xd9\xa8-10-15", FOI_EINVAL, NOT_A_DATE,
     "SPEC Arabic-Indic digits are not ASCII"},
    {"2018\xe2\x80\x90"
     "10\xe2\x80\x90"
     "15",
     FOI_EINVAL, NOT_A_DATE, "SPEC Unicode hyphens are not ASCII"},
    {"\xef\xbb\xbf"
     "2018-10-15",
     FOI_EINVAL, NOT_A_DATE, "SPEC byte-order mark is not trimmed"},
    {"2018-10-15\xc2\xa0", FOI_EINVAL, NOT_A_DATE, "SPEC no-break space is not trimmed"},
    {"15 Octo\xcc\x81"
     "ber 2018",
     FOI_EINVAL, NOT_A_DATE, "SPEC non-ASCII inside a month name"},
    {"\xff\xfe", FOI_EINVAL, NOT_A_DATE, "SPEC invalid UTF-8"},
    /* Overlong digit runs never overflow. */
    {"99999999999999999999-10-15", FOI_EINVAL, NOT_A_DATE, "SPEC overlong digits"},
    {"2018-99999999999999999999-15", FOI_EINVAL, NOT_A_DATE, "SPEC overlong digits"},
    {"2018-10-99999999999999999999", FOI_EINVAL, NOT_A_DATE, "SPEC overlong digits"},
    {"99999999999999999999/10/2018", FOI_EINVAL, NOT_A_DATE, "SPEC overlong digits"},
    {"15/10/99999999999999999999", FOI_EINVAL, NOT_A_DATE, "SPEC overlong digits"},
    {"15/4294967311/2018", FOI_EINVAL, NOT_A_DATE, "SPEC overlong digits (2^32 + 15)"},
    {"4294967311 October 2018", FOI_EINVAL, NOT_A_DATE, "SPEC overlong digits (2^32 + 15)"},
    {"15 October 4294969314", FOI_EINVAL, NOT_A_DATE, "SPEC overlong digits (2^32 + 2018)"},
    {"2018-10-15T99999999999999999999:00Z", FOI_EINVAL, NOT_A_DATE, "SPEC overlong digits"},
    {"2018-10-15T10:00:00+99999999999999999999", FOI_EINVAL, NOT_A_DATE, "SPEC overlong digits"},
    {"2018-10-15T10:00:00.0000000000Z", FOI_EINVAL, NOT_A_DATE,
     "parse.c: at most 9 fraction digits"},
    {"Tue, 6 Nov 2018 99999999999999999999:00 +0000", FOI_EINVAL, NOT_A_DATE,
     "SPEC overlong digits"},

    /* Two-digit years are ambiguous. */
    {"15/10/18", FOI_EINVAL, TWO_DIGIT_YEAR, "SPEC two-digit year"},
    {"5/1/19", FOI_EINVAL, TWO_DIGIT_YEAR, "SPEC two-digit year"},
    {"15 Oct 18", FOI_EINVAL, TWO_DIGIT_YEAR, "SPEC two-digit year"},
    {"Monday 15 October 18", FOI_EINVAL, TWO_DIGIT_YEAR, "SPEC two-digit year"},
    {"Tue, 6 Nov 18 15:34:05 +0000", FOI_EINVAL, TWO_DIGIT_YEAR, "RFC5322 obs-year not accepted"},
    /* ISO needs two-digit months and days. */
    {"2018-1-5", FOI_EINVAL, ISO_DIGITS, "SPEC ISO two digits"},
    {"2018-10-5", FOI_EINVAL, ISO_DIGITS, "SPEC ISO two digits"},
    {"2018-1-15", FOI_EINVAL, ISO_DIGITS, "SPEC ISO two digits"},
    {"2018-1-5T10:00Z", FOI_EINVAL, ISO_DIGITS, "SPEC ISO two digits"},

    /* Impossible dates are never fixed up. */
    {"2018-02-30", FOI_EINVAL, "February 2018 has no day 30", "CAL"},
    {"2023-02-29", FOI_EINVAL, "February 2023 has no day 29", "CAL 2023 not leap"},
    {"1900-02-29", FOI_EINVAL, "February 1900 has no day 29", "CAL 1900 not leap"},
    {"2100-02-29", FOI_EINVAL, "February 2100 has no day 29", "CAL 2100 not leap"},
    {"2018-04-31", FOI_EINVAL, "April 2018 has no day 31", "CAL April has 30 days"},
    {"2018-10-32", FOI_EINVAL, "October 2018 has no day 32", "CAL"},
    {"2018-10-00", FOI_EINVAL, "has no day 0", "CAL days start at 1"},
    {"2018-13-01", FOI_EINVAL, "month 13 does not exist", "CAL"},
    {"2018-00-10", FOI_EINVAL, "month 0 does not exist", "CAL"},
    {"0000-01-01", FOI_EINVAL, "year 0", "SPEC year 0000 rejected"},
    {"0000-12-31", FOI_EINVAL, "year 0", "SPEC year 0000 rejected"},
    {"29/2/2023", FOI_EINVAL, "February 2023 has no day 29", "CAL 2023 not leap"},
    {"31/4/2018", FOI_EINVAL, "April 2018 has no day 31", "CAL"},
    {"0/10/2018", FOI_EINVAL, "has no day 0", "CAL days start at 1"},
    {"00/10/2018", FOI_EINVAL, "has no day 0", "CAL days start at 1"},
    {"15/0/2018", FOI_EINVAL, "month 0 does not exist", "CAL"},
    {"15/13/2018", FOI_EINVAL, "month 13 does not exist", "CAL"},
    {"1/1/0000", FOI_EINVAL, "year 0", "SPEC year 0000 rejected"},
    {"29 February 2023", FOI_EINVAL, "February 2023 has no day 29", "CAL 2023 not leap"},
    {"30 Feb 2024", FOI_EINVAL, "February 2024 has no day 30", "CAL"},
    {"31 April 2018", FOI_EINVAL, "April 2018 has no day 31", "CAL"},
    {"31st June 2018", FOI_EINVAL, "June 2018 has no day 31", "CAL"},
    {"32 October 2018", FOI_EINVAL, "October 2018 has no day 32", "CAL"},
    {"0 October 2018", FOI_EINVAL, "has no day 0", "CAL days start at 1"},
    {"1 January 0000", FOI_EINVAL, "year 0", "SPEC year 0000 rejected"},
    {"2018-02-29T12:00Z", FOI_EINVAL, "February 2018 has no day 29", "CAL"},
    {"2018-02-29T24:00Z", FOI_EINVAL, "February 2018 has no day 29", "SPEC 24:00 not a fix-up"},
    {"Thu, 29 Feb 2018 12:00 +0000", FOI_EINVAL, "February 2018 has no day 29", "CAL"},
    /* US order is not guessed: the month does not exist. */
    {"10/15/2018", FOI_EINVAL, "month 15 does not exist", "SPEC day first, no guessing"},
    {"12/25/2018", FOI_EINVAL, "month 25 does not exist", "SPEC day first, no guessing"},
    {"2/29/2024", FOI_EINVAL, "month 29 does not exist", "SPEC day first, no guessing"},

    /* Ordinal suffixes must be the right one. */
    {"15st October 2018", FOI_EINVAL, "15th, not 15st", "SPEC ordinal"},
    {"1th January 2019", FOI_EINVAL, "1st, not 1th", "SPEC ordinal"},
    {"1nd January 2019", FOI_EINVAL, "1st, not 1nd", "SPEC ordinal"},
    {"2st January 2019", FOI_EINVAL, "2nd, not 2st", "SPEC ordinal"},
    {"2th January 2019", FOI_EINVAL, "2nd, not 2th", "SPEC ordinal"},
    {"3th January 2019", FOI_EINVAL, "3rd, not 3th", "SPEC ordinal"},
    {"4rd January 2019", FOI_EINVAL, "4th, not 4rd", "SPEC ordinal"},
    {"11st January 2019", FOI_EINVAL, "11th, not 11st", "SPEC ordinal 11th"},
    {"12nd January 2019", FOI_EINVAL, "12th, not 12nd", "SPEC ordinal 12th"},
    {"13rd January 2019", FOI_EINVAL, "13th, not 13rd", "SPEC ordinal 13th"},
    {"21th January 2019", FOI_EINVAL, "21st, not 21th", "SPEC ordinal 21st"},
    {"22th January 2019", FOI_EINVAL, "22nd, not 22th", "SPEC ordinal 22nd"},
    {"23th January 2019", FOI_EINVAL, "23rd, not 23th", "SPEC ordinal 23rd"},
    {"31th January 2019", FOI_EINVAL, "31st, not 31th", "SPEC ordinal 31st"},
    {"Mon, 15ST Oct 2018", FOI_EINVAL, "15th, not 15ST", "SPEC ordinal"},

    /* A weekday that does not match (CAL: 15 October 2018 is a Monday). */
    {"Tuesday 15 October 2018", FOI_EINVAL, "': 15 October 2018 is a Monday, not a Tuesday",
     "SPEC weekday mismatch message"},
    {"Sun, 15 Oct 2018", FOI_EINVAL, "15 October 2018 is a Monday, not a Sunday", "SPEC"},
    {"sunday 15th october 2018", FOI_EINVAL, "is a Monday, not a Sunday", "SPEC"},
    {"Fri, 29 Feb 2024", FOI_EINVAL, "29 February 2024 is a Thursday, not a Friday", "CAL"},
    {"Wed, 6 Nov 2018 15:34:05 +0000", FOI_EINVAL, "6 November 2018 is a Tuesday, not a Wednesday",
     "SPEC e-mail weekday checked"},
    {"Mon, 1 Jan 2019 00:30:00 +0100", FOI_EINVAL, "1 January 2019 is a Tuesday, not a Monday",
     "SPEC weekday of the date as written, not the converted 31 December (a Monday)"},

    /* Date-times without an offset. */
    {"2018-06-01T23:30:00", FOI_EINVAL, NO_OFFSET, "SPEC offset required"},
    {"2018-06-01T23:30", FOI_EINVAL, NO_OFFSET, "SPEC offset required"},
    {"2018-06-01 23:30:00", FOI_EINVAL, NO_OFFSET, "SPEC offset required"},
    {"2018-06-01T23:30:00.5", FOI_EINVAL, NO_OFFSET, "SPEC offset required"},
    {"Tue, 6 Nov 2018 15:34:05", FOI_EINVAL, NO_OFFSET, "SPEC zone required"},
    {"6 Nov 2018 15:34", FOI_EINVAL, NO_OFFSET, "SPEC zone required"},
    /* Malformed times and offsets. */
    {"2018-06-01T", FOI_EINVAL, NOT_A_DATE, "SPEC time needed after T"},
    {"2018-06-01T23", FOI_EINVAL, NOT_A_DATE, "SPEC minutes needed"},
    {"2018-06-01T23Z", FOI_EINVAL, NOT_A_DATE, "SPEC minutes needed"},
    {"2018-06-01T2330Z", FOI_EINVAL, NOT_A_DATE, "SPEC colon needed"},
    {"2018-06-01T3:30Z", FOI_EINVAL, NOT_A_DATE, "SPEC two-digit hour"},
    {"2018-06-01T23:3Z", FOI_EINVAL, NOT_A_DATE, "SPEC two-digit minute"},
    {"2018-06-01T23:30:0Z", FOI_EINVAL, NOT_A_DATE, "SPEC two-digit second"},
    {"2018-06-01T23:30:00.Z", FOI_EINVAL, NOT_A_DATE, "RFC3339 fraction needs digits"},
    {"2018-06-01T23:30:00,5Z", FOI_EINVAL, NOT_A_DATE, "RFC3339 decimal point only"},
    {"2018-06-01T23:30.5Z", FOI_EINVAL, NOT_A_DATE, "SPEC fraction only after seconds"},
    {"2018-06-01T23:30:00 Z", FOI_EINVAL, NOT_A_DATE, "SPEC no space before the offset"},
    {"2018-06-01T23:30:00 +01:00", FOI_EINVAL, NOT_A_DATE, "SPEC no space before the offset"},
    {"2018-06-01  23:30:00Z", FOI_EINVAL, NOT_A_DATE, "SPEC a single space separator"},
    {"2018-06-01\t23:30:00Z", FOI_EINVAL, NOT_A_DATE, "SPEC T, t or space"},
    {"2018-06-01X23:30:00Z", FOI_EINVAL, NOT_A_DATE, "SPEC T, t or space"},
    {"2018-06-01T23:30:00ZZ", FOI_EINVAL, NOT_A_DATE, "SPEC trailing junk"},
    {"2018-06-01T23:30:00Z (UTC)", FOI_EINVAL, NOT_A_DATE, "SPEC comments only in e-mail"},
    {"2018-06-01T23:30:00UTC", FOI_EINVAL, NOT_A_DATE, "SPEC Z or a numeric offset"},
    {"2018-06-01T23:30:00GMT", FOI_EINVAL, NOT_A_DATE, "SPEC Z or a numeric offset"},
    {"2018-06-01T23:30:00+1", FOI_EINVAL, NOT_A_DATE, "SPEC +HH two digits"},
    {"2018-06-01T23:30:00+01:0", FOI_EINVAL, NOT_A_DATE, "SPEC +HH:MM"},
    {"2018-06-01T23:30:00+01:", FOI_EINVAL, NOT_A_DATE, "SPEC +HH:MM"},
    {"2018-06-01T23:30:00+010", FOI_EINVAL, NOT_A_DATE, "SPEC +HHMM"},
    {"2018-06-01T23:30:00+01000", FOI_EINVAL, NOT_A_DATE, "SPEC +HHMM"},
    {"2018-06-01T23:30:00+01:00:00", FOI_EINVAL, NOT_A_DATE, "SPEC no offset seconds"},
    {"2018-06-01T23:30:00+", FOI_EINVAL, NOT_A_DATE, "SPEC offset digits needed"},
    {"2018-06-01T23:30:00++01:00", FOI_EINVAL, NOT_A_DATE, "SPEC one sign"},
    {"2018-06-01T23:30:00+-01:00", FOI_EINVAL, NOT_A_DATE, "SPEC one sign"},
    {"2018-06-01T-1:30:00Z", FOI_EINVAL, NOT_A_DATE, "SPEC no signs"},
    /* Out-of-range time fields. */
    {"2018-06-01T25:00:00Z", FOI_EINVAL, "hour 25 does not exist", "SPEC hour 0-23"},
    {"2018-06-01T99:00Z", FOI_EINVAL, "hour 99 does not exist", "SPEC hour 0-23"},
    {"2018-06-01T23:60:00Z", FOI_EINVAL, "minute 60 does not exist", "SPEC minute 0-59"},
    {"2018-06-01T23:59:61Z", FOI_EINVAL, "second 61 does not exist", "SPEC second 0-60"},
    {"2018-06-01T24:00:01Z", FOI_EINVAL, "hour 24", "SPEC only 24:00:00"},
    {"2018-06-01T24:01Z", FOI_EINVAL, "hour 24", "SPEC only 24:00:00"},
    {"2018-06-01T24:00:00.5Z", FOI_EINVAL, "hour 24", "SPEC only 24:00:00"},
    {"2018-06-01T24:00:60Z", FOI_EINVAL, "hour 24", "SPEC only 24:00:00"},
    {"2018-06-01T23:30:00+24:00", FOI_EINVAL, "offset +24:00", "SPEC offset hours 0-23"},
    {"2018-06-01T23:30:00-24", FOI_EINVAL, "offset -24:00", "SPEC offset hours 0-23"},
    {"2018-06-01T23:30:00+01:60", FOI_EINVAL, "offset +01:60", "SPEC offset minutes 0-59"},
    {"2018-06-01T23:30:00+0199", FOI_EINVAL, "offset +01:99", "SPEC offset minutes 0-59"},

    /* E-mail headers: zones and layout. */
    {"Tue, 6 Nov 2018 15:34:05 EST", FOI_EINVAL, "time zone 'EST' is ambiguous",
     "SPEC alphabetic zones other than GMT/UT/UTC/Z"},
    {"Tue, 6 Nov 2018 15:34:05 BST", FOI_EINVAL, "time zone 'BST' is ambiguous", "SPEC"},
    {"Tue, 6 Nov 2018 15:34:05 PDT", FOI_EINVAL, "time zone 'PDT' is ambiguous", "SPEC"},
    {"Tue, 6 Nov 2018 15:34:05 CET (Central European Time)", FOI_EINVAL,
     "time zone 'CET' is ambiguous", "SPEC"},
    {"Tue, 6 Nov 2018 15:34:05 A", FOI_EINVAL, "time zone 'A' is ambiguous",
     "RFC5322 military zones are obsolete"},
    {"Tue, 6 Nov 2018 15:34:05 +00:00", FOI_EINVAL, NOT_A_DATE, "RFC5322 zone is +HHMM"},
    {"Tue, 6 Nov 2018 15:34:05 +00", FOI_EINVAL, NOT_A_DATE, "RFC5322 zone is +HHMM"},
    {"Tue, 6 Nov 2018 15:34:05 +000", FOI_EINVAL, NOT_A_DATE, "RFC5322 zone is +HHMM"},
    {"Tue, 6 Nov 2018 15:34:05 0000", FOI_EINVAL, NOT_A_DATE, "RFC5322 zone has a sign"},
    {"Tue, 6 Nov 2018 15:34:05+0000", FOI_EINVAL, NOT_A_DATE, "RFC5322 FWS before zone"},
    {"Tue, 6 Nov 2018 15:34:05 +0000 (UTC", FOI_EINVAL, NOT_A_DATE, "SPEC closed comment"},
    {"Tue, 6 Nov 2018 15:34:05 +0000 UTC)", FOI_EINVAL, NOT_A_DATE, "SPEC comment in ()"},
    {"Tue, 6 Nov 2018 15:34:05 +0000 (UTC) x", FOI_EINVAL, NOT_A_DATE, "SPEC comment last"},
    {"Tue, 6 Nov 2018 15:34:05 +0000 (a (b) c)", FOI_EINVAL, NOT_A_DATE,
     "parse.c: no nested comments"},
    {"Tue, 6 Nov 2018 15:34:05 +0000 (UTC) (UTC)", FOI_EINVAL, NOT_A_DATE, "SPEC one comment"},
    {"Tue, 6 Nov 2018 15:34:05 +0000 (\x01)", FOI_EINVAL, NOT_A_DATE,
     "parse.c: control bytes in comments"},
    {"Tue, 6 Nov 2018 15:34:05 +0000 (\xc3\xa9)", FOI_EINVAL, NOT_A_DATE, "SPEC non-ASCII bytes"},
    {"Tue, 6 Nov 2018 5:34:05 +0000", FOI_EINVAL, NOT_A_DATE, "RFC5322 two-digit hour"},
    {"Tue, 6 Nov 2018 15:4 +0000", FOI_EINVAL, NOT_A_DATE, "RFC5322 two-digit minute"},
    {"Tue, 6 Nov 2018 15:34:05.5 +0000", FOI_EINVAL, NOT_A_DATE, "RFC5322 no fractions"},
    {"Tue, 6 Nov 2018T15:34:05 +0000", FOI_EINVAL, NOT_A_DATE, "RFC5322 blank before time"},
    {"Tue, 6 Nov 2018 15 +0000", FOI_EINVAL, NOT_A_DATE, "RFC5322 HH:MM"},
    {"Tue, 6 Nov 2018 +0000", FOI_EINVAL, NOT_A_DATE, "RFC5322 time needed"},
    {"Tue, 6th Nov 2018 15:34:05 +0000", FOI_EINVAL, NOT_A_DATE, "SPEC no ordinal in e-mail"},
    {"Sat, 15 Sept 2018 10:00 +0000", FOI_EINVAL, NOT_A_DATE, "SPEC no 'Sept' in e-mail"},
    {"Tue, 6 Nov 2018 24:00:00 +0000", FOI_EINVAL, "hour 24 does not exist", "RFC5322 hour 00-23"},
    {"Tue, 6 Nov 2018 15:60 +0000", FOI_EINVAL, "minute 60 does not exist", "SPEC minute 0-59"},
    {"Tue, 6 Nov 2018 15:34:61 +0000", FOI_EINVAL, "second 61 does not exist", "SPEC second 0-60"},
    {"Tue, 6 Nov 2018 15:34:05 +2400", FOI_EINVAL, "offset +24:00", "SPEC offset hours 0-23"},
    {"Tue, 6 Nov 2018 15:34:05 -0160", FOI_EINVAL, "offset -01:60", "SPEC offset minutes 0-59"},

    /* UK civil time is known only for 1971..2199 (date.h): FOI_ERANGE passed on. */
    {"1970-06-01T12:00:00Z", FOI_ERANGE, OUT_OF_UK_RANGE, "DATE_H foi_date_from_utc range"},
    {"0001-01-01T00:00Z", FOI_ERANGE, OUT_OF_UK_RANGE, "DATE_H foi_date_from_utc range"},
    {"2200-01-01T00:00:00Z", FOI_ERANGE, OUT_OF_UK_RANGE, "DATE_H foi_date_from_utc range"},
    {"9999-12-31T24:00Z", FOI_ERANGE, OUT_OF_UK_RANGE, "DATE_H foi_date_from_utc range"},
    {"9999-12-31T23:59:59-23:59", FOI_ERANGE, OUT_OF_UK_RANGE, "DATE_H range"},
    {"Thu, 1 Jan 1970 00:00:00 +0000", FOI_ERANGE, OUT_OF_UK_RANGE, "DATE_H range"},
};

START_TEST(test_rejects)
{
    const struct bad_case *c = &bad_cases[_i];
    assert_rejected(c->in, c->rc, c->needle, c->src);
}
END_TEST

/* ---- Messages ------------------------------------------------------------------------------- */

START_TEST(test_message_forms)
{
    foi_date out;
    /* SPEC: the exact form of the generic message. */
    ck_assert_int_eq(foi_date_parse(&out, "15-10-2018", NULL), FOI_EINVAL);
    ck_assert_str_eq(foi_error_last(),
                     "'15-10-2018' is not a date: expected 2018-10-15, 15/10/2018, 15 October "
                     "2018, or a date-time with an offset such as 2018-06-01T23:30:00Z");
    /* SPEC: the weekday mismatch message. */
    ck_assert_int_eq(foi_date_parse(&out, "Tuesday 15 October 2018", NULL), FOI_EINVAL);
    ck_assert_str_eq(foi_error_last(),
                     "'Tuesday 15 October 2018': 15 October 2018 is a Monday, not a Tuesday");
    /* SPEC: the no-offset message names Z and an example offset. */
    ck_assert_int_eq(foi_date_parse(&out, "2018-06-01T23:30:00", NULL), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "add Z or an offset such as +01:00"));
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "UK date"));
    /* SPEC: the two-digit year message says why. */
    ck_assert_int_eq(foi_date_parse(&out, "15/10/18", NULL), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "ambiguous"));
    /* The quoted input is the input as given, surrounding blanks included. */
    ck_assert_int_eq(foi_date_parse(&out, "  2018-02-30 ", NULL), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "'  2018-02-30 '"));
}
END_TEST

START_TEST(test_message_quotes_unsafe_bytes)
{
    foi_date out = {UNTOUCHED};
    /* Control bytes are shown as \xNN (foi_quote). */
    ck_assert_int_eq(foi_date_parse(&out, "2018-10-15\n", NULL), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "'2018-10-15\\x0a'"));
    ck_assert_ptr_null(strchr(foi_error_last(), '\n'));
    ck_assert_int_eq(foi_date_parse(&out, "\x1b[31m2018-10-15", NULL), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "'\\x1b[31m2018-10-15'"));
    ck_assert_ptr_null(strchr(foi_error_last(), '\x1b'));
    ck_assert_int_eq(out.serial, UNTOUCHED);
}
END_TEST

START_TEST(test_message_long_input)
{
    /* A long input is cut at about 60 bytes with "..." (foi_quote), and the
     * message still fits (error.c keeps 512 bytes). */
    char in[4096];
    memset(in, '1', sizeof in - 1);
    in[sizeof in - 1] = '\0';
    foi_date out = {UNTOUCHED};
    ck_assert_int_eq(foi_date_parse(&out, in, NULL), FOI_EINVAL);
    ck_assert_int_eq(out.serial, UNTOUCHED);
    const char *msg = foi_error_last();
    ck_assert_ptr_nonnull(strstr(msg, "...' is not a date"));
    ck_assert_uint_lt(strlen(msg), 300);
    assert_names_input(in, strlen(in));
    /* A long input whose start looks like a date. */
    memcpy(in, "2018-10-15", 10);
    ck_assert_int_eq(foi_date_parse(&out, in, NULL), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "'2018-10-15111"));
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "...'"));
    /* Long, but only blanks around a valid date. */
    memset(in, ' ', sizeof in - 1);
    memcpy(in + 2000, "15 October 2018", 15);
    ck_assert_int_eq(foi_date_parse(&out, in, NULL), FOI_OK);
    assert_date(out, 2018, 10, 15, "blanks around 15 October 2018", "SPEC trimming");
}
END_TEST

/* ---- foi_date_parse_n and argument checks ---------------------------------------------------- */

START_TEST(test_parse_n_not_terminated)
{
    /* SPEC: only len bytes are read; the heap copy has no NUL, so ASan
     * catches any read beyond. */
    const char text[] = "2018-10-15XYZ";
    foi_date out = {UNTOUCHED};
    int had_time = HAD_TIME_UNTOUCHED;
    ck_assert_int_eq(parse_exact(&out, text, 10, &had_time), FOI_OK);
    assert_date(out, 2018, 10, 15, "first 10 bytes of 2018-10-15XYZ", "SPEC parse_n");
    ck_assert_int_eq(had_time, 0);
    /* The same bytes with the junk included are rejected, and the message
     * shows exactly the given length. */
    out.serial = UNTOUCHED;
    ck_assert_int_eq(parse_exact(&out, text, 11, &had_time), FOI_EINVAL);
    ck_assert_int_eq(out.serial, UNTOUCHED);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "'2018-10-15X'"));
    /* Cut inside: "2018-10-1" is not a date. */
    ck_assert_int_eq(parse_exact(&out, text, 9, &had_time), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "'2018-10-1'"));
    /* Prefixes of a date-time. */
    const char dt[] = "2018-06-01T23:30:00Z trailing";
    ck_assert_int_eq(parse_exact(&out, dt, 20, &had_time), FOI_OK);
    assert_date(out, 2018, 6, 2, "first 20 bytes of a date-time", "IANA BST");
    ck_assert_int_eq(had_time, 1);
    out.serial = UNTOUCHED;
    ck_assert_int_eq(parse_exact(&out, dt, 19, &had_time), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), NO_OFFSET));
    const char mail[] = "Tue, 6 Nov 2018 15:34:05 +0000 (UTC)garbage";
    ck_assert_int_eq(parse_exact(&out, mail, 36, &had_time), FOI_OK);
    assert_date(out, 2018, 11, 6, "e-mail header prefix", "DATE_H");
    ck_assert_int_eq(parse_exact(&out, mail, 35, &had_time), FOI_EINVAL);
    /* Every prefix of a long valid input is handled without reading past it. */
    const char *all[] = {"Monday, 15th October 2018", "2018-12-31T23:30:00.123-05:00",
                         "Tue, 6 Nov 2018 15:34:05 +0000 (GMT Standard Time)", " 15/10/2018 "};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        for (size_t n = 0; n <= strlen(all[i]); n++)
            (void)parse_exact(&out, all[i], n, NULL);
}
END_TEST

START_TEST(test_parse_n_embedded_nul)
{
    /* SPEC: an embedded NUL byte within len is rejected, and shown as \x00. */
    static const struct {
        const char *text;
        size_t len;
        const char *shown;
    } cases[] = {
        {"2018-10-15\0", 11, "'2018-10-15\\x00'"},
        {"2018\0-10-15", 11, "'2018\\x00-10-15'"},
        {"\0"
         "2018-10-15",
         11, "'\\x002018-10-15'"},
        {"2018-10-15 \0 ", 13, "'2018-10-15 \\x00 '"},
        {"\0", 1, "'\\x00'"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_rejected_n(cases[i].text, cases[i].len, FOI_EINVAL, "NUL", "SPEC embedded NUL");
        ck_assert_ptr_nonnull(strstr(foi_error_last(), cases[i].shown));
    }
    /* foi_date_parse stops at the terminator, so the same text parses there. */
    foi_date out;
    ck_assert_int_eq(foi_date_parse(&out, "2018-10-15\0junk", NULL), FOI_OK);
    assert_date(out, 2018, 10, 15, "2018-10-15 then NUL", "SPEC NUL-terminated");
}
END_TEST

/* The instant behind a date-time, as foiclock shows the conversion:
 * 2026-07-10T23:30:00Z is 1783726200 s after the epoch (20644 days to 10
 * July 2026, 20644 * 86400 + 23.5 * 3600), 00:30 BST on 11 July; the same
 * instant written at +01:00 and in an e-mail header in GMT. */
START_TEST(test_parse_instant)
{
    int64_t t = 0;
    ck_assert_int_eq(foi_date_parse_instant(&t, "2026-07-10T23:30:00Z", 20), FOI_OK);
    ck_assert_int_eq(t, (int64_t)20644 * 86400 + 23 * 3600 + 30 * 60);
    t = 0;
    ck_assert_int_eq(foi_date_parse_instant(&t, "2026-07-11T00:30+01:00", 22), FOI_OK);
    ck_assert_int_eq(t, (int64_t)20644 * 86400 + 23 * 3600 + 30 * 60);
    const char *mail = "Fri, 10 Jul 2026 23:30:00 GMT";
    ck_assert_int_eq(foi_date_parse_instant(&t, mail, strlen(mail)), FOI_OK);
    ck_assert_int_eq(t, (int64_t)20644 * 86400 + 23 * 3600 + 30 * 60);
    t = 7;
    ck_assert_int_eq(foi_date_parse_instant(&t, "2026-07-10", 10), FOI_EINVAL);
    ck_assert_str_eq(foi_error_last(), "'2026-07-10' is a date without a time");
    ck_assert_int_eq(foi_date_parse_instant(&t, "2026-07-10T25:00Z", 17), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "hour 25 does not exist"));
    ck_assert_int_eq(t, 7);
    ck_assert_int_eq(foi_date_parse_instant(NULL, "2026-07-10", 10), FOI_EINVAL);
}
END_TEST

START_TEST(test_null_arguments)
{
    foi_date out = {UNTOUCHED};
    int had_time = HAD_TIME_UNTOUCHED;
    /* SPEC: NULL text is FOI_EINVAL. */
    ck_assert_int_eq(foi_date_parse(&out, NULL, &had_time), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "NULL"));
    ck_assert_int_eq(foi_date_parse_n(&out, NULL, 0, &had_time), FOI_EINVAL);
    ck_assert_int_eq(foi_date_parse_n(&out, NULL, 10, &had_time), FOI_EINVAL);
    ck_assert_int_eq(out.serial, UNTOUCHED);
    ck_assert_int_eq(had_time, HAD_TIME_UNTOUCHED);
    /* Nowhere to store the result. */
    ck_assert_int_eq(foi_date_parse(NULL, "2018-10-15", &had_time), FOI_EINVAL);
    ck_assert_int_eq(foi_date_parse_n(NULL, "2018-10-15", 10, &had_time), FOI_EINVAL);
    ck_assert_int_eq(had_time, HAD_TIME_UNTOUCHED);
    /* Zero length is empty. */
    ck_assert_int_eq(foi_date_parse_n(&out, "2018-10-15", 0, &had_time), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "''"));
    ck_assert_int_eq(out.serial, UNTOUCHED);
}
END_TEST

START_TEST(test_success_keeps_last_error)
{
    /* A success does not disturb an earlier message (error.h: valid until the
     * next failing call). */
    foi_date out;
    ck_assert_int_eq(foi_date_parse(&out, "not a date", NULL), FOI_EINVAL);
    char saved[512];
    snprintf(saved, sizeof saved, "%s", foi_error_last());
    ck_assert_int_eq(foi_date_parse(&out, "2018-10-15", NULL), FOI_OK);
    ck_assert_str_eq(foi_error_last(), saved);
}
END_TEST

START_TEST(test_every_day_round_trips)
{
    /* Every day 1971..2199 formatted by date.c parses back, as ISO, UK
     * numeric, written and long forms (CAL). */
    foi_date first, last;
    ck_assert_int_eq(foi_date_from_ymd(&first, 1971, 1, 1), FOI_OK);
    ck_assert_int_eq(foi_date_from_ymd(&last, 2199, 12, 31), FOI_OK);
    for (int32_t z = first.serial; z <= last.serial; z++) {
        foi_date d = foi_mkdate(z), out;
        int y, m, dd;
        foi_date_to_ymd(d, &y, &m, &dd);
        char buf[64];
        ck_assert_int_eq(foi_date_parse(&out, foi_date_format_iso(d, buf), NULL), FOI_OK);
        ck_assert_int_eq(out.serial, z);
        snprintf(buf, sizeof buf, "%d/%d/%04d", dd, m, y);
        ck_assert_int_eq(foi_date_parse(&out, buf, NULL), FOI_OK);
        ck_assert_int_eq(out.serial, z);
        ck_assert_int_eq(foi_date_parse(&out, foi_date_format_long(d, buf), NULL), FOI_OK);
        ck_assert_int_eq(out.serial, z);
        /* Noon UTC is the same UK date whatever the season. */
        snprintf(buf, sizeof buf, "%04d-%02d-%02dT12:00:00Z", y, m, dd);
        ck_assert_int_eq(foi_date_parse(&out, buf, NULL), FOI_OK);
        ck_assert_int_eq(out.serial, z);
    }
}
END_TEST

static Suite *parse_suite(void)
{
    Suite *s = suite_create("parse");

    TCase *tc = tcase_create("accepts");
    tcase_add_loop_test(tc, test_accepts, 0, COUNT(ok_cases));
    suite_add_tcase(s, tc);

    tc = tcase_create("rejects");
    tcase_add_loop_test(tc, test_rejects, 0, COUNT(bad_cases));
    suite_add_tcase(s, tc);

    tc = tcase_create("messages");
    tcase_add_test(tc, test_message_forms);
    tcase_add_test(tc, test_message_quotes_unsafe_bytes);
    tcase_add_test(tc, test_message_long_input);
    tcase_add_test(tc, test_success_keeps_last_error);
    suite_add_tcase(s, tc);

    tc = tcase_create("api");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_parse_n_not_terminated);
    tcase_add_test(tc, test_parse_n_embedded_nul);
    tcase_add_test(tc, test_parse_instant);
    tcase_add_test(tc, test_null_arguments);
    tcase_add_test(tc, test_every_day_round_trips);
    suite_add_tcase(s, tc);

    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(parse_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed > 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
