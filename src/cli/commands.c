/* The foiclock calendar commands: add, count, is-working-day, next, prev,
 * holidays and calendars. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char add_usage[] =
    "usage: foiclock add DATE N [--calendar ID] [--format text|json]\n"
    "\n"
    "The Nth working day after DATE (N > 0) or before it (N < 0). DATE is day 0\n"
    "even when it is itself a working day, so 'add 2018-10-15 20' is the FOIA\n"
    "response deadline for a request received on 15 October 2018. Shows every\n"
    "non-working weekday skipped. DATE '-' reads dates from standard input.\n";

static const char count_usage[] =
    "usage: foiclock count FROM TO [--calendar ID] [--format text|json]\n"
    "\n"
    "Working days after FROM up to and including TO (negative when TO is\n"
    "before FROM). Either date may be '-' to read dates from standard input.\n";

static const char iswd_usage[] =
    "usage: foiclock is-working-day DATE [--calendar ID] [--format text|json]\n"
    "\n"
    "Exit status 0 if DATE is a working day, 1 if not (2 on error). With DATE\n"
    "'-', one answer per input line and exit status 0 unless a line failed.\n";

static const char next_usage[] = "usage: foiclock next DATE [--calendar ID] [--format text|json]\n"
                                 "\n"
                                 "The first working day strictly after DATE.\n";

static const char prev_usage[] = "usage: foiclock prev DATE [--calendar ID] [--format text|json]\n"
                                 "\n"
                                 "The last working day strictly before DATE.\n";

static const char holidays_usage[] =
    "usage: foiclock holidays [YEAR | FROM TO] [--calendar ID] [--format text|json|ics]\n"
    "\n"
    "The non-working weekdays of the calendar (weekends aside) in a year\n"
    "(default: this year) or between two dates inclusive, with title, the\n"
    "divisions whose bank holiday it is, legal basis and provisional flag.\n";

static const char calendars_usage[] =
    "usage: foiclock calendars [--format text|json]\n"
    "\n"
    "The working-day calendars, what each excludes, the days it covers and\n"
    "where the published bank-holiday data ends (later days are provisional).\n";

/* Common tail of every JSON result: the calendar and the provisional flag. */
static void json_tail(const struct opts *o, int provisional)
{
    printf(",\"calendar\":\"%s\",\"provisional\":%s", o->cal_name, provisional ? "true" : "false");
    holiday_data_json(stdout);
}

static void text_provisional(const struct opts *o)
{
    foi_date pub;
    char day[FOI_DATE_LONG_SIZE];
    foi_calendar_coverage(o->cal, NULL, NULL, &pub);
    printf(" [PROVISIONAL: depends on days after %s, beyond the published bank-holiday data]",
           foi_date_format_long(pub, day) + strcspn(day, " ") + 1);
}

/* ---- add, next, prev: a date result with the holidays skipped ---- */

static int show_step(const struct opts *o, foi_date anchor, long n, foi_date result,
                     const char *what)
{
    /* The days examined are (anchor, result] going forward, [result, anchor) back. */
    foi_date lo = n > 0 ? anchor : result, hi = n > 0 ? result : anchor;
    if (n > 0)
        lo.serial += 1;
    else
        hi.serial -= 1;
    const foi_holiday *h = NULL;
    size_t nh = 0;
    if (n != 0 && foi_calendar_holidays(&h, &nh, o->cal, lo, hi))
        return EXIT_USAGE;
    int prov = n != 0 && foi_calendar_is_provisional(o->cal, lo, hi);
    if (o->format == FORMAT_JSON) {
        char iso[FOI_DATE_ISO_SIZE];
        printf("{\"schema_version\":%d,\"date\":\"%s\",\"weekday\":\"%s\"", FOI_JSON_SCHEMA_VERSION,
               foi_date_format_iso(result, iso), foi_weekday_name(foi_date_weekday(result)));
        json_tail(o, prov);
        printf(",\"anchor\":\"%s\",\"anchor_weekday\":\"%s\",\"n\":%ld,\"skipped\":",
               foi_date_format_iso(anchor, iso), foi_weekday_name(foi_date_weekday(anchor)), n);
        json_holidays(stdout, h, nh);
        puts("}");
        return 0;
    }
    char a[FOI_DATE_LONG_SIZE], r[FOI_DATE_LONG_SIZE];
    printf("%s (", foi_date_format_long(result, r));
    if (what)
        printf("%s", what);
    else if (n == 0)
        printf("day 0 is the date itself");
    else
        printf("%ld%s working day %s", labs(n), foi_ordinal_suffix(n), n > 0 ? "after" : "before");
    printf(" %s", foi_date_format_long(anchor, a));
    if (o->cal_given || foi_calendar_get_id(o->cal) != FOI_CAL_UK)
        printf(" on the %s calendar", o->cal_name);
    fputs("; skipped: ", stdout);
    if (nh)
        text_holidays(stdout, h, nh, ", ", 1);
    else
        fputs("no holidays", stdout);
    putchar(')');
    if (prov)
        text_provisional(o);
    holiday_data_suffix();
    putchar('\n');
    return 0;
}

static long add_n;

static int add_one(const struct opts *o, foi_date d, const char *input)
{
    (void)input;
    foi_date r;
    if (foi_calendar_add(&r, o->cal, d, (int)add_n))
        return EXIT_USAGE;
    return show_step(o, d, add_n, r, NULL);
}

static int parse_n(long *out, const char *s)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    /* A count beyond the calendars' 230 years of working days can never be
     * answered; rejecting it here keeps the conversion to int exact. */
    if (!*s || *end || errno || v < -100000 || v > 100000 || s[0] == ' ')
        return fail("N must be a whole number of working days between -100000 and 100000, "
                    "not '%s'",
                    s);
    *out = v;
    return 0;
}

int cmd_add(int argc, char **argv)
{
    struct opts o;
    int rc = parse_opts(&o, argc, argv, add_usage, 2, 2, 1, NULL);
    if (rc)
        return rc < 0 ? 0 : rc;
    if (parse_n(&add_n, o.pos[1]))
        return EXIT_USAGE;
    return for_each_date(&o, o.pos[0], add_one);
}

static int next_one(const struct opts *o, foi_date d, const char *input)
{
    (void)input;
    foi_date r;
    if (foi_calendar_next(&r, o->cal, d))
        return EXIT_USAGE;
    return show_step(o, d, 1, r, "next working day after");
}

static int prev_one(const struct opts *o, foi_date d, const char *input)
{
    (void)input;
    foi_date r;
    if (foi_calendar_prev(&r, o->cal, d))
        return EXIT_USAGE;
    return show_step(o, d, -1, r, "last working day before");
}

int cmd_next(int argc, char **argv)
{
    struct opts o;
    int rc = parse_opts(&o, argc, argv, next_usage, 1, 1, 1, NULL);
    if (rc)
        return rc < 0 ? 0 : rc;
    return for_each_date(&o, o.pos[0], next_one);
}

int cmd_prev(int argc, char **argv)
{
    struct opts o;
    int rc = parse_opts(&o, argc, argv, prev_usage, 1, 1, 1, NULL);
    if (rc)
        return rc < 0 ? 0 : rc;
    return for_each_date(&o, o.pos[0], prev_one);
}

/* ---- count ---- */

static foi_date count_fixed;
static int count_stdin_is_to;

static int count_one(const struct opts *o, foi_date d, const char *input)
{
    (void)input;
    foi_date from = count_stdin_is_to ? count_fixed : d;
    foi_date to = count_stdin_is_to ? d : count_fixed;
    int n;
    if (foi_calendar_count(&n, o->cal, from, to))
        return EXIT_USAGE;
    int prov = foi_calendar_is_provisional(o->cal, from, to);
    char a[FOI_DATE_LONG_SIZE], b[FOI_DATE_LONG_SIZE];
    if (o->format == FORMAT_JSON) {
        char iso[FOI_DATE_ISO_SIZE];
        printf("{\"schema_version\":%d,\"date\":\"%s\",\"weekday\":\"%s\"", FOI_JSON_SCHEMA_VERSION,
               foi_date_format_iso(to, iso), foi_weekday_name(foi_date_weekday(to)));
        json_tail(o, prov);
        printf(",\"from\":\"%s\",\"to\":\"%s\",\"count\":%d}\n", foi_date_format_iso(from, a),
               foi_date_format_iso(to, b), n);
        return 0;
    }
    if (n < 0)
        /* TO before FROM: the count is that of FROM after TO, negated. */
        printf("%d working day%s (TO is the earlier date: %d working day%s after %s up to and "
               "including %s)",
               n, n == -1 ? "" : "s", -n, n == -1 ? "" : "s", foi_date_format_long(to, a),
               foi_date_format_long(from, b));
    else
        printf("%d working day%s after %s up to and including %s", n, n == 1 ? "" : "s",
               foi_date_format_long(from, a), foi_date_format_long(to, b));
    if (o->cal_given)
        printf(" on the %s calendar", o->cal_name);
    if (prov)
        text_provisional(o);
    holiday_data_suffix();
    putchar('\n');
    return 0;
}

int cmd_count(int argc, char **argv)
{
    struct opts o;
    int rc = parse_opts(&o, argc, argv, count_usage, 2, 2, 1, NULL);
    if (rc)
        return rc < 0 ? 0 : rc;
    int from_stdin = strcmp(o.pos[0], "-") == 0, to_stdin = strcmp(o.pos[1], "-") == 0;
    if (from_stdin && to_stdin)
        return fail("count: only one of FROM and TO can be read from standard input");
    if (!from_stdin && !to_stdin) {
        foi_date from;
        if (cli_date_parse(&from, o.pos[0], strlen(o.pos[0]), 0))
            return fail("%s", foi_error_last());
        count_fixed = from;
        count_stdin_is_to = 1;
        return for_each_date(&o, o.pos[1], count_one);
    }
    const char *fixed = from_stdin ? o.pos[1] : o.pos[0];
    if (cli_date_parse(&count_fixed, fixed, strlen(fixed), 0))
        return fail("%s", foi_error_last());
    count_stdin_is_to = to_stdin;
    return for_each_date(&o, "-", count_one);
}

/* ---- is-working-day ---- */

static int iswd_one(const struct opts *o, foi_date d, const char *input)
{
    (void)input;
    int w = foi_calendar_is_working_day(o->cal, d);
    if (w < 0)
        return EXIT_USAGE;
    const foi_holiday *h = NULL;
    size_t nh = 0;
    foi_calendar_holidays(&h, &nh, o->cal, d, d);
    int prov = foi_calendar_is_provisional(o->cal, d, d);
    int weekend = foi_date_weekday(d) >= FOI_SATURDAY;
    if (o->format == FORMAT_JSON) {
        char iso[FOI_DATE_ISO_SIZE];
        printf("{\"schema_version\":%d,\"date\":\"%s\",\"weekday\":\"%s\"", FOI_JSON_SCHEMA_VERSION,
               foi_date_format_iso(d, iso), foi_weekday_name(foi_date_weekday(d)));
        json_tail(o, prov);
        printf(",\"working_day\":%s,\"weekend\":%s,\"holidays\":", w ? "true" : "false",
               weekend ? "true" : "false");
        json_holidays(stdout, h, nh);
        puts("}");
    } else {
        char day[FOI_DATE_LONG_SIZE];
        printf("%s is %sa working day", foi_date_format_long(d, day), w ? "" : "not ");
        if (o->cal_given)
            printf(" on the %s calendar", o->cal_name);
        if (weekend) {
            fputs(": weekend", stdout);
        } else if (nh) {
            fputs(": ", stdout);
            text_holidays(stdout, h, nh, ", ", 0);
        }
        if (prov)
            text_provisional(o);
        holiday_data_suffix();
        putchar('\n');
    }
    return w ? 0 : EXIT_NO;
}

static int iswd_stream(const struct opts *o, foi_date d, const char *input)
{
    int rc = iswd_one(o, d, input);
    return rc == EXIT_NO ? 0 : rc;
}

int cmd_is_working_day(int argc, char **argv)
{
    struct opts o;
    int rc = parse_opts(&o, argc, argv, iswd_usage, 1, 1, 1, NULL);
    if (rc)
        return rc < 0 ? 0 : rc;
    return for_each_date(&o, o.pos[0], strcmp(o.pos[0], "-") ? iswd_one : iswd_stream);
}

/* ---- holidays ---- */

static int parse_year(int *out, const char *s)
{
    size_t n = strlen(s);
    if (n != 4 || strspn(s, "0123456789") != 4)
        return -1;
    *out = atoi(s);
    return 0;
}

int cmd_holidays(int argc, char **argv)
{
    struct opts o;
    const char *remind = NULL;
    const struct optspec extra[] = {{"--remind", &remind, NULL}, {NULL, NULL, NULL}};
    int rc = parse_opts(&o, argc, argv, holidays_usage, 0, 2, OPT_CALENDAR | OPT_ICS, extra);
    if (rc)
        return rc < 0 ? 0 : rc;
    foi_date from, to, first, last;
    foi_calendar_coverage(o.cal, &first, &last, NULL);
    if (o.npos == 2) {
        if (cli_date_parse(&from, o.pos[0], strlen(o.pos[0]), 0) ||
            cli_date_parse(&to, o.pos[1], strlen(o.pos[1]), 0))
            return fail("%s", foi_error_last());
        if (to.serial < from.serial)
            return fail("holidays: TO (%s) is before FROM (%s)", o.pos[1], o.pos[0]);
    } else {
        int year;
        if (o.npos == 1) {
            if (parse_year(&year, o.pos[0]))
                return fail("holidays: '%s' is not a year: give YEAR as four digits, or FROM TO",
                            o.pos[0]);
        } else {
            foi_date now;
            if (today(&now))
                return EXIT_USAGE;
            foi_date_to_ymd(now, &year, NULL, NULL);
        }
        if (foi_date_from_ymd(&from, year, 1, 1) || foi_date_from_ymd(&to, year, 12, 31))
            return fail("holidays: %s", foi_error_last());
    }
    if (to.serial < first.serial || from.serial > last.serial) {
        char a[FOI_DATE_ISO_SIZE], b[FOI_DATE_ISO_SIZE];
        return fail("holidays: the %s calendar covers %s to %s only", o.cal_name,
                    foi_date_format_iso(first, a), foi_date_format_iso(last, b));
    }
    const foi_holiday *h;
    size_t nh;
    if (foi_calendar_holidays(&h, &nh, o.cal, from, to))
        return fail("%s", foi_error_last());
    int prov = foi_calendar_is_provisional(o.cal, from, to);
    char a[FOI_DATE_ISO_SIZE], b[FOI_DATE_ISO_SIZE];
    if (o.format == FORMAT_ICS) {
        foi_ics_options io;
        FILE *previous = NULL;
        char *text = NULL;
        struct ics_flags fl = {remind, NULL, NULL, 0};
        rc = ics_options(&io, &previous, &fl);
        if (!rc) {
            rc = foi_ics_holidays(&text, o.cal, from, to, &io);
            rc = ics_emit(rc, text);
        }
        ics_close(previous);
        return rc;
    }
    if (o.format == FORMAT_JSON) {
        printf("{\"schema_version\":%d,\"from\":\"%s\",\"to\":\"%s\"", FOI_JSON_SCHEMA_VERSION,
               foi_date_format_iso(from, a), foi_date_format_iso(to, b));
        json_tail(&o, prov);
        fputs(",\"holidays\":", stdout);
        json_holidays(stdout, h, nh);
        puts("}");
        return 0;
    }
    char la[FOI_DATE_LONG_SIZE], lb[FOI_DATE_LONG_SIZE];
    size_t days = 0;
    for (size_t i = 0; i < nh; i++)
        days += i == 0 || h[i].date.serial != h[i - 1].date.serial;
    printf("Non-working weekdays on the %s calendar, %s to %s: %zu\n", o.cal_name,
           foi_date_format_long(from, la), foi_date_format_long(to, lb), days);
    text_holidays(stdout, h, nh, "\n", 1);
    if (nh)
        putchar('\n');
    if (prov) {
        foi_date pub;
        foi_calendar_coverage(o.cal, NULL, NULL, &pub);
        printf("Days after %s are projected by rule and provisional.\n",
               foi_date_format_iso(pub, a));
    }
    holiday_data_line("");
    return 0;
}

/* ---- calendars ---- */

int cmd_calendars(int argc, char **argv)
{
    struct opts o;
    int rc = parse_opts(&o, argc, argv, calendars_usage, 0, 0, 0, NULL);
    if (rc)
        return rc < 0 ? 0 : rc;
    if (o.format == FORMAT_JSON)
        printf("{\"schema_version\":%d,\"calendars\":[", FOI_JSON_SCHEMA_VERSION);
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        const foi_calendar *c = cli_calendar((foi_calendar_id)id); /* the data in force */
        foi_date first, last, pub;
        foi_calendar_coverage(c, &first, &last, &pub);
        char a[FOI_DATE_ISO_SIZE], b[FOI_DATE_ISO_SIZE], p[FOI_DATE_ISO_SIZE];
        foi_date_format_iso(first, a);
        foi_date_format_iso(last, b);
        foi_date_format_iso(pub, p);
        if (o.format == FORMAT_JSON) {
            printf("%s{\"id\":\"%s\",\"description\":", id ? "," : "", foi_calendar_name(c));
            json_string(stdout, foi_calendar_description(c));
            printf(",\"divisions\":");
            json_divisions(stdout, foi_calendar_divisions(c));
            printf(",\"first\":\"%s\",\"last\":\"%s\",\"published_until\":\"%s\"}", a, b, p);
        } else {
            printf("%-18s %s\n%-18s covers %s to %s; published data to %s, provisional after\n",
                   foi_calendar_name(c), foi_calendar_description(c), "", a, b, p);
        }
    }
    if (o.format == FORMAT_JSON) {
        putchar(']');
        holiday_data_dirs(1);
        holiday_data_json(stdout);
        puts("}");
    } else {
        holiday_data_dirs(0);
    }
    return 0;
}
