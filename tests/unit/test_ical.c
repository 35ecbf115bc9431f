/* Tests of iCalendar export and import (libfoiclock-ical): golden output,
 * a round trip through libical, alarm instants, UID stability, the real
 * GOV.UK files and every kind of bad file. */
#define _POSIX_C_SOURCE 200809L /* mkstemp, fdopen */
#include <stdio.h>
#include <string.h>

#include <libical/ical.h>

#include <foiclock/ical.h>

#include "testutil.h"

static char source_dir[4096];

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(buf);
    ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* The case of the README: received 2 November 2026, answered 24 November. */
static foi_timeline *readme_case(foi_case *c, const char *ref)
{
    foi_case_init(c, FOI_REGIME_FOIA);
    c->ref = ref;
    foi_case_set(c, FOI_EVENT_RECEIVED, D(2026, 11, 2));
    foi_case_set(c, FOI_EVENT_RESPONDED, D(2026, 11, 24));
    foi_timeline *t;
    ck_assert_int_eq(foi_timeline_compute(&t, c), FOI_OK);
    return t;
}

static char *export_case(const foi_case *c, const foi_timeline *t, const char *previous)
{
    foi_ics_options o;
    foi_ics_options_init(&o);
    o.stamp = (int64_t)D(2026, 11, 26).serial * 86400;
    o.authority = "Anytown Council";
    o.previous = previous;
    char *out = NULL;
    const foi_case *cs[1] = {c};
    const foi_timeline *ts[1] = {t};
    ck_assert_int_eq(foi_ics_timelines(&out, cs, ts, 1, &o), FOI_OK);
    ck_assert_ptr_nonnull(out);
    return out;
}

START_TEST(test_golden_case)
{
    /* tests/ical/readme-case.ics was checked by hand: events on 1 December
     * 2026 (20 WD, St Andrew's Day skipped; met, so without alarms) and 26
     * January 2027 (40 WD), alarms 5 and 1 working days before at 09:00 GMT
     * (Tuesday 19 and Monday 25 January). */
    foi_case c;
    foi_timeline *t = readme_case(&c, "FOI-2026-0412");
    char *out = export_case(&c, t, NULL);
    char path[4200];
    snprintf(path, sizeof path, "%s/tests/ical/readme-case.ics", source_dir);
    char *golden = slurp(path);
    ck_assert_msg(golden != NULL, "missing %s", path);
    ck_assert_str_eq(out, golden);
    free(golden);
    foi_ics_free(out);
    foi_timeline_free(t);
}
END_TEST

/* Reads back the VEVENTs with libical: DTSTART of each UID, alarm triggers. */
struct event {
    char uid[128];
    foi_date start, end;
    int sequence, nalarms;
    struct icaltimetype trigger[4];
};

static size_t parse_events(const char *text, struct event *ev, size_t max)
{
    icalcomponent *cal = icalparser_parse_string(text);
    ck_assert_ptr_nonnull(cal);
    ck_assert_int_eq(icalcomponent_count_errors(cal), 0);
    ck_assert_int_eq(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
    size_t n = 0;
    for (icalcomponent *e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
         e && n < max; e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT), n++) {
        struct event *x = &ev[n];
        memset(x, 0, sizeof *x);
        snprintf(x->uid, sizeof x->uid, "%s", icalcomponent_get_uid(e));
        struct icaltimetype s = icalcomponent_get_dtstart(e), t = icalcomponent_get_dtend(e);
        ck_assert(s.is_date && t.is_date);
        x->start = D(s.year, s.month, s.day);
        x->end = D(t.year, t.month, t.day);
        icalproperty *seq = icalcomponent_get_first_property(e, ICAL_SEQUENCE_PROPERTY);
        ck_assert_ptr_nonnull(seq);
        x->sequence = icalproperty_get_sequence(seq);
        for (icalcomponent *a = icalcomponent_get_first_component(e, ICAL_VALARM_COMPONENT);
             a && x->nalarms < 4; a = icalcomponent_get_next_component(e, ICAL_VALARM_COMPONENT)) {
            icalproperty *tr = icalcomponent_get_first_property(a, ICAL_TRIGGER_PROPERTY);
            ck_assert_ptr_nonnull(tr);
            x->trigger[x->nalarms++] = icalproperty_get_trigger(tr).time;
        }
    }
    icalcomponent_free(cal);
    return n;
}

static void assert_utc(struct icaltimetype t, int y, int m, int d, int hour)
{
    ck_assert_msg(icaltime_is_utc(t), "trigger not in UTC");
    ck_assert_msg(t.year == y && t.month == m && t.day == d && t.hour == hour && t.minute == 0,
                  "trigger %04d-%02d-%02dT%02d:%02d, want %04d-%02d-%02dT%02d:00", t.year, t.month,
                  t.day, t.hour, t.minute, y, m, d, hour);
}

START_TEST(test_round_trip_and_winter_alarms)
{
    foi_case c;
    foi_timeline *t = readme_case(&c, "FOI-2026-0412");
    char *out = export_case(&c, t, NULL);
    struct event ev[8];
    ck_assert_uint_eq(parse_events(out, ev, 8), 2);
    ck_assert_str_eq(ev[0].uid, "foia.response~foia~Anytown_20Council~FOI-2026-0412@foiclock");
    ck_assert_date_eq(ev[0].start, D(2026, 12, 1));
    ck_assert_date_eq(ev[0].end, D(2026, 12, 2)); /* DTEND is exclusive */
    /* Answered on 24 November: the deadline was met and rings no more. */
    ck_assert_int_eq(ev[0].nalarms, 0);
    ck_assert_str_eq(ev[1].uid,
                     "foia.review-request~foia~Anytown_20Council~FOI-2026-0412@foiclock");
    ck_assert_date_eq(ev[1].start, D(2027, 1, 26));
    /* 5 working days before Tue 26 Jan 2027 on uk: Mon 25 (1), Fri 22,
     * Thu 21, Wed 20, Tue 19 Jan (5); 1 before: Mon 25 Jan. 09:00 GMT. */
    ck_assert_int_eq(ev[1].nalarms, 2);
    assert_utc(ev[1].trigger[0], 2027, 1, 19, 9);
    assert_utc(ev[1].trigger[1], 2027, 1, 25, 9);
    foi_ics_free(out);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_summer_alarms)
{
    /* FOIA request received Mon 1 June 2026: due Tue 30 June (15 June, the
     * Scottish World Cup holiday, skipped). 5 WD before: Tue 23 June; 1 WD
     * before: Mon 29 June. 09:00 BST is 08:00 UTC. */
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_timeline *t;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    char *out = export_case(&c, t, NULL);
    struct event ev[4];
    ck_assert_uint_eq(parse_events(out, ev, 4), 1);
    /* No reference: an id that no other case can have (a hash after the
     * receipt date), but not one a later export can find again. */
    ck_assert_msg(strncmp(ev[0].uid, "foia.response~foia~Anytown_20Council~+20260601-", 47) == 0,
                  "%s", ev[0].uid);
    ck_assert_date_eq(ev[0].start, D(2026, 6, 30));
    assert_utc(ev[0].trigger[0], 2026, 6, 23, 8);
    assert_utc(ev[0].trigger[1], 2026, 6, 29, 8);
    foi_ics_free(out);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_alarm_across_clock_change)
{
    /* Reminders either side of Sunday 29 March 2026, when BST begins. */
    const foi_calendar *uk = foi_calendar_builtin(FOI_CAL_UK);
    foi_deadline d;
    const foi_rule *r;
    ck_assert_int_eq(foi_rule_find(&r, "foia.response"), FOI_OK);
    /* Received Fri 6 Mar 2026: 20 uk WD skipping Tue 17 Mar (St Patrick's
     * Day): Mar 9-13 (5), 16 (6), 18-20 (9), 23-27 (14), Mar 30-Apr 2 (18);
     * Good Friday 3 Apr and Easter Monday 6 Apr skipped; Apr 7, 8 (20). */
    ck_assert_int_eq(foi_deadline_compute(&d, r, D(2026, 3, 6), NULL), FOI_OK);
    ck_assert_date_eq(d.due, D(2026, 4, 8));
    foi_ics_options o;
    foi_ics_options_init(&o);
    int remind[] = {10, 1};
    o.remind = remind;
    o.n_remind = 2;
    char *out = NULL;
    ck_assert_int_eq(foi_ics_deadline(&out, &d, "X", &o), FOI_OK);
    struct event ev[2];
    ck_assert_uint_eq(parse_events(out, ev, 2), 1);
    /* 10 WD before 8 Apr: Apr 7 (1), 2 (2), 1, Mar 31, 30 (5), 27, 26, 25,
     * 24, 23 (10): Mon 23 March, still GMT: 09:00Z. 1 WD before: Tue 7 April,
     * BST: 08:00Z. */
    assert_utc(ev[0].trigger[0], 2026, 3, 23, 9);
    assert_utc(ev[0].trigger[1], 2026, 4, 7, 8);
    foi_date day;
    ck_assert_int_eq(foi_calendar_add(&day, uk, d.due, -10), FOI_OK);
    ck_assert_date_eq(day, D(2026, 3, 23));
    foi_ics_free(out);
}
END_TEST

START_TEST(test_uid_stability_and_sequence)
{
    foi_case c;
    foi_timeline *t = readme_case(&c, "FOI-2026-0412");
    char *first = export_case(&c, t, NULL);
    foi_timeline_free(t);
    /* The same case with a review requested: the response event keeps its
     * UID, date and SEQUENCE; the review-request event stops ringing (a
     * change, so its SEQUENCE rises); new events start at the export
     * time's SEQUENCE. */
    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2026, 12, 3));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    char *second = export_case(&c, t, first);
    foi_timeline_free(t);
    struct event a[8], b[8];
    size_t na = parse_events(first, a, 8), nb = parse_events(second, b, 8);
    ck_assert_uint_eq(na, 2);
    ck_assert_uint_eq(nb, 4);
    /* 2026-11-26T00:00Z is 3,630,240 minutes after 2020-01-01T00:00Z */
    ck_assert_int_eq(a[0].sequence, 3630240);
    for (size_t i = 0; i < na; i++) {
        int found = 0;
        for (size_t j = 0; j < nb; j++) {
            if (strcmp(a[i].uid, b[j].uid) == 0) {
                found = 1;
                ck_assert_int_eq(a[i].start.serial, b[j].start.serial);
                ck_assert_int_eq(b[j].sequence, a[i].sequence + (b[j].nalarms != a[i].nalarms));
            }
        }
        ck_assert_msg(found, "%s lost on re-export", a[i].uid);
    }
    /* A fees notice moves the response deadline: same UID, SEQUENCE up one. */
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2026, 11, 10));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2026, 11, 12));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    char *third = export_case(&c, t, second);
    foi_timeline_free(t);
    struct event x[8];
    size_t nx = parse_events(third, x, 8);
    int moved = 0;
    for (size_t j = 0; j < nx; j++) {
        if (strcmp(x[j].uid, "foia.response~foia~Anytown_20Council~FOI-2026-0412@foiclock") == 0) {
            moved = 1;
            /* 3 WD paused (10-12 Nov): 1 Dec + 3 WD = Fri 4 Dec 2026. */
            ck_assert_date_eq(x[j].start, D(2026, 12, 4));
            ck_assert_int_eq(x[j].sequence, 3630241);
        }
    }
    ck_assert(moved);
    foi_ics_free(first);
    foi_ics_free(second);
    foi_ics_free(third);
}
END_TEST

START_TEST(test_holidays_export)
{
    foi_ics_options o;
    foi_ics_options_init(&o);
    char *out = NULL;
    ck_assert_int_eq(foi_ics_holidays(&out, foi_calendar_builtin(FOI_CAL_SCOTLAND), D(2026, 1, 1),
                                      D(2026, 12, 31), &o),
                     FOI_OK);
    struct event ev[16];
    /* Scotland 2026: 10 days (GOV.UK, with the World Cup holiday). */
    ck_assert_uint_eq(parse_events(out, ev, 16), 10);
    ck_assert_date_eq(ev[5].start, D(2026, 6, 15));
    ck_assert_int_eq(ev[5].nalarms, 0);
    foi_ics_free(out);
}
END_TEST

/* ---- import ---- */

static foi_calendar *build(foi_calendar_builder *b, foi_calendar_id id)
{
    foi_calendar *c;
    ck_assert_int_eq(foi_calendar_builder_build(&c, b, id), FOI_OK);
    return c;
}

static size_t count_year(const foi_calendar *c, int y)
{
    const foi_holiday *h;
    size_t n, days = 0;
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, c, D(y, 1, 1), D(y, 12, 31)), FOI_OK);
    for (size_t i = 0; i < n; i++)
        days += i == 0 || h[i].date.serial != h[i - 1].date.serial;
    return days;
}

static void load_govuk(foi_calendar_builder *b, const char *file)
{
    char path[4300];
    snprintf(path, sizeof path, "%s/tests/data/govuk/%s", source_dir, file);
    ck_assert_msg(foi_ics_load_holidays(b, path, 0) == FOI_OK, "%s", foi_error_last());
}

START_TEST(test_import_govuk_files)
{
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    load_govuk(b, "england-and-wales-2019-2028.ics");
    load_govuk(b, "scotland-2019-2028.ics");
    load_govuk(b, "northern-ireland-2019-2028.ics");
    load_govuk(b, "england-and-wales-2012-2017.ics");
    foi_calendar *ew = build(b, FOI_CAL_ENGLAND_WALES), *sc = build(b, FOI_CAL_SCOTLAND),
                 *ni = build(b, FOI_CAL_NORTHERN_IRELAND);
    /* Holidays per year, counted from the GOV.UK lists: England and Wales
     * 2012 9 (Diamond Jubilee), 2016 8, 2020 8 (VE day moved), 2022 10
     * (Platinum Jubilee, state funeral), 2023 9 (coronation); Scotland 2022
     * 11, 2026 10 (World Cup); Northern Ireland 2026 10. */
    static const struct {
        int y;
        size_t ew, sc, ni;
    } want[] = {{2012, 9, 0, 0},    {2016, 8, 0, 0},   {2020, 8, 9, 10},
                {2022, 10, 11, 12}, {2023, 9, 10, 11}, {2026, 8, 10, 10}};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        ck_assert_uint_eq(count_year(ew, want[i].y), want[i].ew);
        if (want[i].sc)
            ck_assert_uint_eq(count_year(sc, want[i].y), want[i].sc);
        if (want[i].ni)
            ck_assert_uint_eq(count_year(ni, want[i].y), want[i].ni);
    }
    /* The imported days say where they came from and keep the basis of the
     * rows they replaced; the substitute flag too. */
    const foi_holiday *h;
    size_t n;
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, sc, D(2026, 12, 28), D(2026, 12, 28)), FOI_OK);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(h->source, "scotland-2019-2028.ics");
    ck_assert_int_eq(h->substitute, 1);
    ck_assert_int_eq(h->basis, FOI_BASIS_PROCLAMATION);
    /* Years outside the files keep the built-in data. */
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, ew, D(2018, 12, 25), D(2018, 12, 25)), FOI_OK);
    ck_assert_str_eq(h->source, "built-in");
    /* The same data as built in: every working-day answer agrees. */
    const foi_calendar *builtin = foi_calendar_builtin(FOI_CAL_ENGLAND_WALES);
    for (int32_t z = D(2012, 1, 1).serial; z <= D(2028, 12, 31).serial; z++)
        REQUIRE(foi_calendar_is_working_day(ew, (foi_date){z}) ==
                    foi_calendar_is_working_day(builtin, (foi_date){z}),
                "day %ld", (long)z);
    foi_calendar_free(ew);
    foi_calendar_free(sc);
    foi_calendar_free(ni);
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_import_newer_years)
{
    /* A file that reaches past the published data makes those years firm:
     * a hypothetical Scottish file for 2029 with one extra day. */
    static const char text[] =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20290101T000000Z\r\nDTSTART;VALUE=DATE:20290101\r\n"
        "SUMMARY:New Year’s Day\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20290101T000000Z\r\nDTSTART;VALUE=DATE:20290612\r\n"
        "SUMMARY:Test holiday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(
        foi_ics_load_holidays_text(b, text, sizeof text - 1, "new.ics", FOI_DIV_SCOTLAND), FOI_OK);
    foi_calendar *sc = build(b, FOI_CAL_SCOTLAND);
    foi_date pub;
    foi_calendar_coverage(sc, NULL, NULL, &pub);
    ck_assert_date_eq(pub, D(2029, 12, 31));
    ck_assert_int_eq(foi_calendar_is_working_day(sc, D(2029, 6, 12)), 0);
    /* The file replaces the whole year for Scotland, so Good Friday 30 March
     * 2029, which it does not list, becomes a Scottish working day. */
    ck_assert_int_eq(foi_calendar_is_working_day(sc, D(2029, 3, 30)), 1);
    const foi_holiday *h;
    size_t n;
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, sc, D(2029, 6, 12), D(2029, 6, 12)), FOI_OK);
    ck_assert_int_eq(h->basis, FOI_BASIS_ONE_OFF);
    ck_assert_int_eq(h->provisional, 0);
    foi_calendar_free(sc);
    foi_calendar_builder_free(b);
}
END_TEST

static const struct bad_file {
    const char *what, *text, *message;
} bad_files[] = {
    {"empty", "", "the file is empty"},
    {"blank", "  \r\n\r\n", "the file is empty"},
    {"not iCalendar", "Date,Title\n2026-06-15,World Cup\n", "not an iCalendar file"},
    {"no date",
     "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:"
     "VCALENDAR\r\n",
     ":3: an event without a date"},
    {"date-time",
     "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20260615T090000Z\r\nSUMMARY:"
     "x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     ":4: DTSTART 20260615T090000Z is a date-time"},
    {"impossible date",
     "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:ok\r\nDTSTART;VALUE=DATE:"
     "20260101\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260230\r\nSUMMARY:x\r\nEND:"
     "VEVENT\r\nEND:VCALENDAR\r\n",
     ":8: impossible date 20260230"},
    {"unparseable date",
     "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2026XX30\r\nSUMMARY:"
     "x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     ":4: Can't parse as DATE value in DTSTART property"},
    {"no events", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "holds no events"},
    /* libical would print these to standard error; foiclock rejects them first. */
    {"unbalanced", "BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     ":2: END:VEVENT where END:VCALENDAR was expected"},
    {"END before BEGIN", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n",
     ":3: END without a matching BEGIN"},
    {"unclosed", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260615\r\n",
     "ends before the VEVENT begun at line 2 is closed"},
    {"two calendars", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
     ":3: everything must lie inside one VCALENDAR"},
    {"no title",
     "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260615\r\nEND:"
     "VEVENT\r\nEND:VCALENDAR\r\n",
     "without a title"},
    /* An event left open is reported where the next one begins. */
    {"missing END:VEVENT",
     "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260615\r\nSUMMARY:"
     "x\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260616\r\nSUMMARY:y\r\nEND:VEVENT\r\nEND:"
     "VCALENDAR\r\n",
     ":6: BEGIN:VEVENT inside the VEVENT begun at line 3: END:VEVENT is missing"},
    {"DTEND before DTSTART",
     "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260615\r\nDTEND;VALUE=DATE:"
     "20260615\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     ":4: DTEND 2026-06-15 is not after DTSTART 2026-06-15"},
    {"DTEND date-time",
     "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260615\r\nDTEND:"
     "20260616T000000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     ":4: DTEND is not a date"},
    {"DURATION",
     "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260615\r\nSUMMARY:x\r\n"
     "DURATION:P2D\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     ":5: a DURATION other than one day"},
    {"RDATE",
     "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260615\r\nRDATE;VALUE=DATE:"
     "20270615\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     ":4: a repeating event"},
    {"only cancelled",
     "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260615\r\nSTATUS:CANCELLED\r\n"
     "SUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     "every event in the file is cancelled"},
    {"event inside an alarm",
     "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nBEGIN:VALARM\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:"
     "VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     ":4: BEGIN:VEVENT inside the VALARM begun at line 3: END:VALARM is missing"},
    /* libical would take this for the end of the event, and print. */
    {"END with parameters",
     "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260615\r\nSUMMARY:x\r\n"
     "END;VALUE=DATE:20260616\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     ":5: a BEGIN or END line with parameters"},
    {"outside coverage",
     "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:22000101\r\nSUMMARY:"
     "x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
     "outside the years"},
};

START_TEST(test_bad_files)
{
    const struct bad_file *bf = &bad_files[_i];
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_ics_load_holidays_text(b, bf->text, strlen(bf->text), "scotland.ics", 0),
                     FOI_EINVAL);
    ck_assert_msg(strstr(foi_error_last(), "scotland.ics") != NULL, "%s: %s", bf->what,
                  foi_error_last());
    ck_assert_msg(strstr(foi_error_last(), bf->message) != NULL, "%s: %s", bf->what,
                  foi_error_last());
    /* Nothing half-loaded: the builder still gives the built-in calendar. */
    foi_calendar *sc = build(b, FOI_CAL_SCOTLAND);
    ck_assert_uint_eq(count_year(sc, 2026), 10);
    foi_calendar_free(sc);
    foi_calendar_builder_free(b);
}
END_TEST

/* ---- damaged copies of the real GOV.UK files (tests/data/import, made by
 * damage.py there) ---- */

static foi_import_report *import_damaged(foi_calendar_builder *b, const char *file, int want)
{
    char path[4300];
    snprintf(path, sizeof path, "%s/tests/data/import/%s", source_dir, file);
    foi_import_report *r;
    ck_assert_int_eq(foi_import_report_new(&r), FOI_OK);
    int rc = foi_ics_import_holidays(b, path, 0, r);
    ck_assert_msg(rc == want, "%s: %d: %s", file, rc, rc ? foi_error_last() : "");
    return r;
}

static size_t notes_of(const foi_import_report *r, foi_import_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < foi_import_report_count(r); i++)
        n += foi_import_report_at(r, i)->kind == kind;
    return n;
}

START_TEST(test_damaged_no_statutory_days)
{
    /* GOV.UK files for 2025-2027 without Christmas Day and Good Friday. Before
     * statute was enforced, 25 December 2026 became a working day on every
     * calendar, and FOISA (received Tuesday 1 December 2026) fell due on
     * Wednesday 30 December instead of Thursday 31. */
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    static const char *const files[] = {"england-and-wales-no-statutory.ics",
                                        "scotland-no-statutory.ics",
                                        "northern-ireland-no-statutory.ics"};
    for (int i = 0; i < 3; i++) {
        foi_import_report *r = import_damaged(b, files[i], FOI_OK);
        /* Christmas Day kept in 2025 and 2026 (in 2027 it is a Saturday);
         * Good Friday kept each year outside Scotland, and removed with a
         * caution in Scotland. The damage also took the substitute for
         * Christmas Day 2027, Monday 27 December, which GOV.UK calls
         * "Christmas Day": statute does not fix that day, so it goes. */
        ck_assert_uint_eq(notes_of(r, FOI_IMPORT_KEPT), i == 1 ? 2 : 5);
        ck_assert_uint_eq(notes_of(r, FOI_IMPORT_REMOVED), i == 1 ? 4 : 1);
        ck_assert_uint_eq(foi_import_report_count(r), 6);
        foi_import_report_free(r);
    }
    for (int y = 2025; y <= 2027; y++) {
        foi_date easter;
        ck_assert_int_eq(foi_easter_sunday(&easter, y), FOI_OK);
        foi_date gf = {easter.serial - 2}, xmas = D(y, 12, 25);
        for (int id = 0; id < FOI_CAL_COUNT; id++) {
            foi_calendar *c = build(b, (foi_calendar_id)id);
            if (foi_date_weekday(xmas) < FOI_SATURDAY)
                ck_assert_int_eq(foi_calendar_is_working_day(c, xmas), 0);
            ck_assert_int_eq(foi_calendar_is_working_day(c, gf), id == FOI_CAL_SCOTLAND);
            foi_calendar_free(c);
        }
    }
    foi_calendar *sc = build(b, FOI_CAL_SCOTLAND);
    foi_date due;
    ck_assert_int_eq(foi_calendar_add(&due, sc, D(2026, 12, 1), 20), FOI_OK);
    ck_assert_date_eq(due, D(2026, 12, 31));
    foi_calendar_free(sc);
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_damaged_years_between)
{
    /* The Scottish file with only its 2019 and 2028 events: 2020-2027 used
     * to lose every holiday; now they stay as built in, and a note says so. */
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    foi_import_report *r = import_damaged(b, "scotland-2019-and-2028.ics", FOI_OK);
    ck_assert_uint_eq(foi_import_report_count(r), 1);
    const foi_import_note *note = foi_import_report_at(r, 0);
    ck_assert_int_eq(note->kind, FOI_IMPORT_SKIPPED);
    ck_assert_date_eq(note->date, D(2020, 1, 1));
    ck_assert_date_eq(note->until, D(2027, 12, 31));
    ck_assert_str_eq(note->source, "scotland-2019-and-2028.ics");
    foi_calendar *sc = build(b, FOI_CAL_SCOTLAND);
    const foi_calendar *builtin = foi_calendar_builtin(FOI_CAL_SCOTLAND);
    for (int32_t z = D(1971, 1, 1).serial; z <= D(2199, 12, 31).serial; z++)
        REQUIRE(foi_calendar_is_working_day(sc, (foi_date){z}) ==
                    foi_calendar_is_working_day(builtin, (foi_date){z}),
                "day %ld", (long)z);
    ck_assert_uint_eq(count_year(sc, 2026), 10);
    foi_calendar_free(sc);
    foi_import_report_free(r);
    foi_calendar_builder_free(b);
}
END_TEST

static const struct damaged {
    const char *file, *message;
} damaged[] = {
    /* 21 days in 2026: above the bound. */
    {"scotland-21-in-2026.ics", ": 21 holidays for Scotland in 2026"},
    /* Boxing Day on Saturday 26 December 2026 instead of Monday 28: the
     * DTSTART line. */
    {"scotland-weekend.ics", ":80: 2026-12-26 is a Saturday"},
    {"scotland-rrule.ics", ":9: a repeating event (RRULE or RDATE)"},
    {"scotland-multiday.ics", ":71: the event lasts 4 days"},
    /* Good Friday's END:VEVENT lost: found where the next event begins. */
    {"scotland-missing-end.ics",
     ":29: BEGIN:VEVENT inside the VEVENT begun at line 22: END:VEVENT is missing"},
    /* The DTSTART line, not the BEGIN:VEVENT (line 62). */
    {"scotland-datetime.ics", ":64: DTSTART 20261130T090000Z is a date-time"},
};

START_TEST(test_damaged_rejected)
{
    const struct damaged *x = &damaged[_i];
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    foi_import_report *r = import_damaged(b, x->file, FOI_EINVAL);
    ck_assert_msg(strstr(foi_error_last(), x->message) != NULL, "%s: %s", x->file,
                  foi_error_last());
    ck_assert_ptr_nonnull(strstr(foi_error_last(), x->file));
    ck_assert_uint_eq(foi_import_report_count(r), 0);
    /* Nothing half-loaded. */
    foi_calendar *sc = build(b, FOI_CAL_SCOTLAND);
    const foi_calendar *builtin = foi_calendar_builtin(FOI_CAL_SCOTLAND);
    for (int32_t z = D(2026, 1, 1).serial; z <= D(2026, 12, 31).serial; z++)
        REQUIRE(foi_calendar_is_working_day(sc, (foi_date){z}) ==
                    foi_calendar_is_working_day(builtin, (foi_date){z}),
                "day %ld", (long)z);
    foi_calendar_free(sc);
    foi_import_report_free(r);
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_damaged_used_with_notes)
{
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    /* 13 days in 2026: used, with a warning and the three days added. */
    foi_import_report *r = import_damaged(b, "scotland-13-in-2026.ics", FOI_OK);
    ck_assert_uint_eq(notes_of(r, FOI_IMPORT_WARNING), 1);
    ck_assert_uint_eq(notes_of(r, FOI_IMPORT_ADDED), 3);
    ck_assert_uint_eq(foi_import_report_count(r), 4);
    foi_import_report_free(r);
    foi_calendar *sc = build(b, FOI_CAL_SCOTLAND);
    ck_assert_uint_eq(count_year(sc, 2026), 13);
    foi_calendar_free(sc);
    foi_calendar_builder_free(b);

    /* The World Cup day cancelled (STATUS:CANCELLED on line 49): left out,
     * which removes it, and both said (the reader's note first). */
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    r = import_damaged(b, "scotland-cancelled.ics", FOI_OK);
    ck_assert_uint_eq(foi_import_report_count(r), 2);
    const foi_import_note *skipped = foi_import_report_at(r, 0),
                          *removed = foi_import_report_at(r, 1);
    ck_assert_int_eq(removed->kind, FOI_IMPORT_REMOVED);
    ck_assert_date_eq(removed->date, D(2026, 6, 15));
    ck_assert_int_eq(skipped->kind, FOI_IMPORT_SKIPPED);
    ck_assert_int_eq(skipped->line, 49);
    ck_assert_str_eq(skipped->name, "World Cup bank holiday");
    ck_assert_ptr_nonnull(strstr(skipped->text, "STATUS:CANCELLED"));
    foi_import_report_free(r);
    sc = build(b, FOI_CAL_SCOTLAND);
    ck_assert_int_eq(foi_calendar_is_working_day(sc, D(2026, 6, 15)), 1);
    foi_calendar_free(sc);
    foi_calendar_builder_free(b);
}
END_TEST

/* n one-day events, one per weekday from Monday 4 January 2027 on. */
static char *many_events(size_t n, size_t *len)
{
    size_t cap = 64 + n * 80;
    char *text = malloc(cap);
    ck_assert_ptr_nonnull(text);
    size_t o = (size_t)snprintf(text, cap, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    int32_t z = D(2027, 1, 4).serial;
    for (size_t i = 0; i < n; i++, z++) {
        while (foi_date_weekday((foi_date){z}) >= FOI_SATURDAY || z > D(2199, 12, 31).serial)
            z = z > D(2199, 12, 31).serial ? D(2027, 1, 4).serial : z + 1;
        int y, m, d;
        foi_date_to_ymd((foi_date){z}, &y, &m, &d);
        o += (size_t)snprintf(text + o, cap - o,
                              "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:%04d%02d%02d\r\nSUMMARY:x\r\n"
                              "END:VEVENT\r\n",
                              y, m, d);
    }
    o += (size_t)snprintf(text + o, cap - o, "END:VCALENDAR\r\n");
    *len = o;
    return text;
}

START_TEST(test_too_many_events)
{
    /* 4,581 events: one more than 20 a year over 1971-2199 could hold. The
     * scan stops at the 4,581st BEGIN:VEVENT, on line 3 + 4 x 4,580. */
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    size_t len;
    char *text = many_events(4581, &len);
    ck_assert_int_eq(foi_ics_load_holidays_text(b, text, len, "scotland.ics", 0), FOI_EINVAL);
    ck_assert_str_eq(foi_error_last(), "scotland.ics:18323: more than 4580 events: a holiday file "
                                       "has at most 20 a year for each year from 1971 to 2199");
    /* The same from a file, counted as it is read. */
    char path[] = "/tmp/foiclock-import-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    FILE *f = fdopen(fd, "wb");
    ck_assert_uint_eq(fwrite(text, 1, len, f), len);
    fclose(f);
    ck_assert_int_eq(foi_ics_load_holidays(b, path, FOI_DIV_SCOTLAND), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), ":18323: more than 4580 events"));
    remove(path);
    free(text);
    /* 4,580 events are parsed, then refused by the yearly bound: 2027 has
     * 21 or more of them (they are consecutive weekdays). */
    text = many_events(4580, &len);
    ck_assert_int_eq(foi_ics_load_holidays_text(b, text, len, "scotland.ics", 0), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "holidays for Scotland in 2027"));
    free(text);
    /* Few events but a flood of other lines: bounded too (16 an event). */
    size_t cap = 100 + 73281 * 8;
    text = malloc(cap);
    ck_assert_ptr_nonnull(text);
    len = (size_t)snprintf(text, cap, "BEGIN:VCALENDAR\r\n");
    for (int i = 0; i < 73280; i++)
        len += (size_t)snprintf(text + len, cap - len, "X-A:1\r\n");
    len += (size_t)snprintf(text + len, cap - len, "END:VCALENDAR\r\n");
    ck_assert_int_eq(foi_ics_load_holidays_text(b, text, len, "scotland.ics", 0), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "scotland.ics:73281: more than 73280 content"));
    free(text);
    foi_calendar *sc = build(b, FOI_CAL_SCOTLAND);
    ck_assert_uint_eq(count_year(sc, 2027), 9); /* as built in */
    foi_calendar_free(sc);
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_file_errors)
{
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_ics_load_holidays(b, "/nonexistent/scotland.ics", 0), FOI_EIO);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "/nonexistent/scotland.ics"));
    static const char ok[] = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE="
                             "DATE:20260615\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    ck_assert_int_eq(foi_ics_load_holidays_text(b, ok, sizeof ok - 1, "holidays.ics", 0),
                     FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "cannot tell the division"));
    ck_assert_int_eq(foi_ics_load_holidays_text(b, ok, sizeof ok - 1, "northern-ireland.ics", 0),
                     FOI_OK);
    foi_calendar_builder_free(b);
}
END_TEST

int main(void)
{
    const char *env = getenv("FOICLOCK_SOURCE_DIR");
    snprintf(source_dir, sizeof source_dir, "%s", env && *env ? env : FOICLOCK_TEST_SOURCE_DIR);
    Suite *s = suite_create("ical");
    TCase *tc = tcase_create("export");
    tcase_add_test(tc, test_golden_case);
    tcase_add_test(tc, test_round_trip_and_winter_alarms);
    tcase_add_test(tc, test_summer_alarms);
    tcase_add_test(tc, test_alarm_across_clock_change);
    tcase_add_test(tc, test_uid_stability_and_sequence);
    tcase_add_test(tc, test_holidays_export);
    suite_add_tcase(s, tc);
    tc = tcase_create("import");
    tcase_add_test(tc, test_import_govuk_files);
    tcase_add_test(tc, test_import_newer_years);
    tcase_add_loop_test(tc, test_bad_files, 0, (int)(sizeof bad_files / sizeof *bad_files));
    tcase_add_test(tc, test_file_errors);
    tcase_add_test(tc, test_damaged_no_statutory_days);
    tcase_add_test(tc, test_damaged_years_between);
    tcase_add_loop_test(tc, test_damaged_rejected, 0, (int)(sizeof damaged / sizeof *damaged));
    tcase_add_test(tc, test_damaged_used_with_notes);
    tcase_add_test(tc, test_too_many_events);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
