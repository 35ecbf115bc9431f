/*
 * Out of memory: every allocation the library makes is failed in turn (the
 * test links with --wrap for malloc, calloc, realloc and free), and each
 * time the call must fail with FOI_ENOMEM and a message, free whatever it
 * had allocated, leave its outputs alone, and leave objects it was given
 * still usable. The library never aborts on a failed allocation.
 */
#include <stdint.h>
#include <string.h>

#include "testutil.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void __real_free(void *p);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
void __wrap_free(void *p);

/* Armed, the fail_at-th allocation from now fails; live counts the blocks
 * allocated and not yet freed while armed (free of older blocks included). */
static long fail_at = -1, seen;
static int armed, failed;
static long live;

static int should_fail(void)
{
    if (!armed)
        return 0;
    if (seen++ == fail_at) {
        failed = 1;
        return 1;
    }
    return 0;
}

void *__wrap_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    void *p = __real_malloc(n);
    live += armed && p;
    return p;
}

void *__wrap_calloc(size_t n, size_t size)
{
    if (should_fail())
        return NULL;
    void *p = __real_calloc(n, size);
    live += armed && p;
    return p;
}

void *__wrap_realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    void *q = __real_realloc(p, n);
    live += armed && q && !p;
    return q;
}

void __wrap_free(void *p)
{
    live -= armed && p;
    __real_free(p);
}

static void arm(long k)
{
    fail_at = k;
    seen = 0;
    failed = 0;
    live = 0;
    armed = 1;
}

static void disarm(void)
{
    armed = 0;
}

static void assert_enomem(int rc, const char *what, long k)
{
    ck_assert_msg(rc == FOI_ENOMEM, "%s, allocation %ld failed: status %d", what, k, rc);
    ck_assert_msg(strstr(foi_error_last(), "out of memory") != NULL, "%s: message \"%s\"", what,
                  foi_error_last());
}

START_TEST(test_builder_new)
{
    for (long k = 0;; k++) {
        foi_calendar_builder *b = (foi_calendar_builder *)&k;
        arm(k);
        int rc = foi_calendar_builder_new(&b);
        disarm();
        if (!failed) {
            ck_assert_int_eq(rc, FOI_OK);
            foi_calendar_builder_free(b);
            ck_assert_int_gt(k, 0);
            break;
        }
        assert_enomem(rc, "foi_calendar_builder_new", k);
        ck_assert_ptr_eq(b, (foi_calendar_builder *)&k);
        ck_assert_int_eq(live, 0);
    }
}
END_TEST

START_TEST(test_builder_add)
{
    /* Enough additions for the builder's arrays to grow more than once. */
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    int failures = 0;
    foi_date d = D(2030, 1, 7);
    for (int i = 0; i < 3000; i++, d.serial += 7) {
        for (long k = 0;; k++) {
            arm(k);
            int rc = foi_calendar_builder_add(b, d, FOI_DIV_ALL, "Added");
            disarm();
            if (!failed) {
                ck_assert_int_eq(rc, FOI_OK);
                break;
            }
            failures++;
            assert_enomem(rc, "foi_calendar_builder_add", k);
        }
    }
    ck_assert_int_gt(failures, 3000);
    /* Still usable after all those failures: every day was added once. */
    foi_calendar *cal;
    ck_assert_int_eq(foi_calendar_builder_build(&cal, b, FOI_CAL_UK), FOI_OK);
    ck_assert_int_eq(foi_calendar_is_working_day(cal, D(2030, 1, 14)), 0);
    const foi_holiday *h;
    size_t n;
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, cal, D(2030, 1, 14), D(2030, 1, 14)), FOI_OK);
    ck_assert_uint_eq(n, 1);
    foi_calendar_free(cal);
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_builder_build)
{
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    for (long k = 0;; k++) {
        foi_calendar *cal = (foi_calendar *)&k;
        arm(k);
        int rc = foi_calendar_builder_build(&cal, b, FOI_CAL_SCOTLAND);
        disarm();
        if (!failed) {
            ck_assert_int_eq(rc, FOI_OK);
            ck_assert_int_eq(live, 1); /* the calendar's one block */
            foi_calendar_free(cal);
            break;
        }
        assert_enomem(rc, "foi_calendar_builder_build", k);
        ck_assert_ptr_eq(cal, (foi_calendar *)&k);
        ck_assert_int_eq(live, 0);
    }
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_builder_import)
{
    /* Scottish rows for 2026 (built in, without Christmas Day, plus one
     * made-up day) and one for 2028: every kind of note is made. Each failed
     * allocation must leave the builder and the report as they were. */
    const foi_holiday *h;
    size_t nh;
    ck_assert_int_eq(foi_calendar_holidays(&h, &nh, foi_calendar_builtin(FOI_CAL_SCOTLAND),
                                           D(2026, 1, 1), D(2026, 12, 24)),
                     FOI_OK);
    foi_holiday_row rows[16];
    size_t n = 0;
    for (size_t i = 0; i < nh; i++)
        rows[n++] = (foi_holiday_row){h[i].date, h[i].name, -1, -1};
    rows[n++] = (foi_holiday_row){D(2026, 7, 7), "Test day", -1, -1};
    rows[n++] = (foi_holiday_row){D(2028, 1, 3), "New Year’s Day", -1, -1};
    foi_calendar_builder *b;
    foi_import_report *r = (foi_import_report *)&nh;
    arm(0);
    ck_assert_int_eq(foi_import_report_new(&r), FOI_ENOMEM);
    disarm();
    ck_assert_ptr_eq(r, (foi_import_report *)&nh);
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_import_report_new(&r), FOI_OK);
    int failures = 0;
    for (long k = 0;; k++) {
        arm(k);
        int rc = foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, rows, n, "s.ics", r);
        disarm();
        if (!failed) {
            ck_assert_int_eq(rc, FOI_OK);
            break;
        }
        failures++;
        assert_enomem(rc, "foi_calendar_builder_import", k);
        ck_assert_uint_eq(foi_import_report_count(r), 0);
        foi_calendar *cal;
        ck_assert_int_eq(foi_calendar_builder_build(&cal, b, FOI_CAL_SCOTLAND), FOI_OK);
        ck_assert_int_eq(foi_calendar_is_working_day(cal, D(2026, 7, 7)), 1);
        ck_assert_int_eq(foi_calendar_is_working_day(cal, D(2028, 1, 4)), 0);
        foi_calendar_free(cal);
    }
    ck_assert_int_gt(failures, 5);
    /* Added 7 July, kept Christmas Day, removed 2 January 2028 and the rest
     * of 2028, left 2027 alone. */
    ck_assert_uint_gt(foi_import_report_count(r), 4);
    foi_calendar *cal;
    ck_assert_int_eq(foi_calendar_builder_build(&cal, b, FOI_CAL_SCOTLAND), FOI_OK);
    ck_assert_int_eq(foi_calendar_is_working_day(cal, D(2026, 7, 7)), 0);
    ck_assert_int_eq(foi_calendar_is_working_day(cal, D(2026, 12, 25)), 0);
    ck_assert_int_eq(foi_calendar_is_working_day(cal, D(2028, 1, 4)), 1);
    foi_calendar_free(cal);
    foi_import_report_free(r);
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_timeline)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 1));
    for (long k = 0;; k++) {
        foi_timeline *t = (foi_timeline *)&k;
        arm(k);
        int rc = foi_timeline_compute(&t, &c);
        disarm();
        if (!failed) {
            ck_assert_int_eq(rc, FOI_OK);
            ck_assert_uint_eq(foi_timeline_count(t), 2);
            foi_timeline_free(t);
            break;
        }
        assert_enomem(rc, "foi_timeline_compute", k);
        ck_assert_ptr_eq(t, (foi_timeline *)&k);
        ck_assert_int_eq(live, 0);
    }
}
END_TEST

START_TEST(test_json)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 1));
    foi_timeline *t;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    foi_date today = D(2018, 11, 20);
    for (long k = 0;; k++) {
        char *json = (char *)&k;
        arm(k);
        int rc = foi_timeline_json(&json, &c, t, today);
        disarm();
        if (!failed) {
            ck_assert_int_eq(rc, FOI_OK);
            ck_assert_int_eq(live, 1);
            foi_json_free(json);
            ck_assert_int_gt(k, 2); /* the statuses, then the string grew */
            break;
        }
        assert_enomem(rc, "foi_timeline_json", k);
        ck_assert_ptr_eq(json, (char *)&k);
        ck_assert_int_eq(live, 0);
    }
    foi_timeline_free(t);
}
END_TEST

/* A previous export with an event of another case (kept) and one of this
 * case that has left it (cancelled). */
static const char ics_previous[] =
    "BEGIN:VCALENDAR\r\nPRODID:-//foiclock//foiclock 0.1.0//EN\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:foia.fee-period~foia~~R-1@foiclock\r\nSEQUENCE:5\r\n"
    "DTSTART;VALUE=DATE:20181122\r\nSUMMARY:Fees notice lapses - R-1\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:foia.response.OTHER@foiclock\r\nSEQUENCE:0\r\n"
    "DTSTART;VALUE=DATE:20181112\r\nSUMMARY:FOI response due - OTHER\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

START_TEST(test_ics)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = "R-1";
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_timeline *t;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    foi_ics_options o;
    foi_ics_options_init(&o);
    o.stamp = 1780000000;
    o.authority = "Anytown Council";
    o.previous = ics_previous;
    const foi_case *cs[1] = {&c};
    const foi_timeline *ts[1] = {t};
    char *want = NULL;
    ck_assert_int_eq(foi_ics_timelines(&want, cs, ts, 1, &o), FOI_OK);
    for (long k = 0;; k++) {
        char *out = (char *)&k;
        arm(k);
        int rc = foi_ics_timelines(&out, cs, ts, 1, &o);
        disarm();
        if (!failed) {
            ck_assert_int_eq(rc, FOI_OK);
            ck_assert_str_eq(out, want);
            ck_assert_int_eq(live, 1);
            foi_ics_free(out);
            break;
        }
        assert_enomem(rc, "foi_ics_timelines", k);
        ck_assert_ptr_eq(out, (char *)&k);
        ck_assert_int_eq(live, 0);
    }
    /* the streaming writer, owning its file */
    o.flags = FOI_ICS_REPLACE;
    for (long k = 0;; k++) {
        foi_ics_writer *w = NULL;
        char *head = NULL, *body = NULL, *tail = NULL;
        arm(k);
        int rc = foi_ics_writer_new(&w, &head, NULL, &o);
        if (!rc)
            rc = foi_ics_writer_case(w, &body, &c, t, NULL, 2);
        if (!rc)
            rc = foi_ics_writer_finish(w, &tail);
        disarm();
        if (!failed) {
            ck_assert_int_eq(rc, FOI_OK);
            ck_assert_ptr_nonnull(strstr(tail, "STATUS:CANCELLED"));
        } else {
            assert_enomem(rc, "foi_ics_writer", k);
        }
        foi_ics_free(head);
        foi_ics_free(body);
        foi_ics_free(tail);
        foi_ics_writer_free(w);
        if (!failed)
            break;
    }
    /* holidays */
    o.flags = 0;
    o.previous = NULL;
    foi_date jan = D(2026, 1, 1), dec = D(2026, 12, 31);
    for (long k = 0;; k++) {
        char *out = (char *)&k;
        arm(k);
        int rc = foi_ics_holidays(&out, foi_calendar_builtin(FOI_CAL_SCOTLAND), jan, dec, &o);
        disarm();
        if (!failed) {
            ck_assert_int_eq(rc, FOI_OK);
            ck_assert_int_eq(live, 1);
            foi_ics_free(out);
            break;
        }
        assert_enomem(rc, "foi_ics_holidays", k);
        ck_assert_ptr_eq(out, (char *)&k);
        ck_assert_int_eq(live, 0);
    }
    foi_ics_free(want);
    foi_timeline_free(t);
}
END_TEST

/* Everything else allocates nothing at all. */
START_TEST(test_no_allocation_elsewhere)
{
    foi_date d;
    foi_deadline dl;
    const foi_rule *r;
    arm(-1); /* count, fail nothing; assert only once disarmed */
    int rc[5];
    rc[0] = foi_date_parse(&d, "Mon, 15 Oct 2018 23:30:00 +0000", NULL);
    rc[1] = foi_date_parse(&d, "not a date", NULL);
    rc[2] = foi_rule_find(&r, "foisa.review-request");
    rc[3] = foi_deadline_compute(&dl, r, d, NULL);
    rc[4] = foi_calendar_add(&d, foi_calendar_builtin(FOI_CAL_UK), d, 20);
    disarm();
    ck_assert_int_eq(rc[0], FOI_OK);
    ck_assert_int_eq(rc[1], FOI_EINVAL);
    ck_assert_int_eq(rc[2] | rc[3] | rc[4], FOI_OK);
    ck_assert_int_eq(seen, 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("oom");
    TCase *tc = tcase_create("oom");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_builder_new);
    tcase_add_test(tc, test_builder_add);
    tcase_add_test(tc, test_builder_build);
    tcase_add_test(tc, test_builder_import);
    tcase_add_test(tc, test_timeline);
    tcase_add_test(tc, test_json);
    tcase_add_test(tc, test_ics);
    tcase_add_test(tc, test_no_allocation_elsewhere);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
