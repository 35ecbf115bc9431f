/*
 * Unit tests of src/lib/deadline.c: deadlines from every kind of rule, with
 * the clock stopped, received on a non-working day, for schools, under FOISA
 * s.20(5), near the ends of the calendars, and their status on a day. Where
 * a value is not a worked example, it is checked against a plain day-by-day
 * walk over the calendar (the oracle below), not against the tables.
 */
#include <string.h>

#include "testutil.h"

static const foi_rule *rule(const char *id)
{
    const foi_rule *r = NULL;
    ck_assert_msg(foi_rule_find(&r, id) == FOI_OK, "no rule %s", id);
    return r;
}

static const foi_calendar *cal(foi_calendar_id id)
{
    return foi_calendar_builtin(id);
}

static int working(const foi_calendar *c, foi_date d)
{
    int w = foi_calendar_is_working_day(c, d);
    ck_assert_int_ge(w, 0);
    return w;
}

/* The oracle: the nth working day after start, not counting working days
 * in [from, to] (no pause when from > to). */
static foi_date walk(const foi_calendar *c, foi_date start, int n, foi_date from, foi_date to)
{
    foi_date d = start;
    while (n > 0) {
        d.serial++;
        if (working(c, d) && !(d.serial >= from.serial && d.serial <= to.serial))
            n--;
    }
    return d;
}

static foi_date no_pause_from(void)
{
    return (foi_date){1};
}

static foi_date no_pause_to(void)
{
    return (foi_date){0};
}

static foi_deadline compute(const char *id, foi_date anchor, const foi_deadline_options *o)
{
    foi_deadline d;
    int rc = foi_deadline_compute(&d, rule(id), anchor, o);
    ck_assert_msg(rc == FOI_OK, "%s: %s", id, foi_error_last());
    return d;
}

/* ---- working-day rules ---- */

START_TEST(test_every_working_day_rule_matches_the_walk)
{
    /* Every working-day rule from every day of 2018-2019 on its calendar. */
    for (size_t i = 0; i < foi_rules_count(); i++) {
        const foi_rule *r = foi_rule_at(i);
        if (r->unit != FOI_UNIT_WORKING_DAYS || r->anchor == FOI_ANCHOR_RESPONSE_PERIOD)
            continue;
        /* A rule in force only for a while: every third day of its band. */
        foi_date first = r->in_force_from.serial ? r->in_force_from : D(2018, 1, 1);
        foi_date last =
            r->in_force_until.serial ? r->in_force_until : (foi_date){first.serial + 729};
        for (foi_date a = first; a.serial <= last.serial; a.serial += 3) {
            foi_deadline d = compute(r->id, a, NULL);
            foi_date want = walk(d.calendar, a, r->count, no_pause_from(), no_pause_to());
            REQUIRE(d.due.serial == want.serial, "%s from %ld", r->id, (long)a.serial);
            REQUIRE(d.start.serial == a.serial && d.anchor.serial == a.serial, "%s start", r->id);
            REQUIRE(!d.provisional, "%s provisional", r->id);
        }
    }
}
END_TEST

START_TEST(test_receipt_on_a_non_working_day)
{
    /* src/doc/rules.md section 6: received Saturday 5 January 2019. */
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    foi_deadline d = compute("foia.response", D(2019, 1, 5), &o);
    ck_assert_date_eq(d.due, D(2019, 2, 1));
    ck_assert_date_eq(d.other_due, D(2019, 2, 4));
    ck_assert_uint_ne(d.notes & FOI_NOTE_RECEIPT_NON_WORKING, 0);
    o.receipt_rule = FOI_RECEIPT_NEXT_WORKING_DAY;
    d = compute("foia.response", D(2019, 1, 5), &o);
    ck_assert_date_eq(d.start, D(2019, 1, 7));
    ck_assert_date_eq(d.due, D(2019, 2, 4));
    ck_assert_date_eq(d.other_due, D(2019, 2, 1));
    /* Response-anchored rules count from the day itself, working or not. */
    d = compute("eir.review-request", D(2019, 1, 5), NULL);
    ck_assert_uint_eq(d.notes & FOI_NOTE_RECEIPT_NON_WORKING, 0);
    ck_assert_date_eq(d.start, D(2019, 1, 5));
}
END_TEST

START_TEST(test_fees_pause)
{
    const foi_calendar *uk = cal(FOI_CAL_UK);
    foi_date a = D(2018, 10, 15);
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.has_pause = 1;

    /* Paused from working day 5 for a week: the deadline moves on a week. */
    o.pause_from = D(2018, 10, 22);
    o.pause_to = D(2018, 10, 26);
    foi_deadline d = compute("foia.response", a, &o);
    ck_assert_date_eq(d.due, walk(uk, a, 20, o.pause_from, o.pause_to));
    ck_assert_date_eq(d.due, D(2018, 11, 19));
    ck_assert_int_eq(d.paused_days, 5);
    ck_assert_uint_ne(d.notes & FOI_NOTE_PAUSED, 0);

    /* From day 0 itself. */
    o.pause_from = a;
    o.pause_to = D(2018, 10, 17);
    d = compute("foia.response", a, &o);
    ck_assert_date_eq(d.due, walk(uk, a, 20, (foi_date){a.serial + 1}, o.pause_to));
    ck_assert_int_eq(d.paused_days, 2);

    /* A pause of day 0 alone stops nothing. */
    o.pause_to = a;
    d = compute("foia.response", a, &o);
    ck_assert_date_eq(d.due, D(2018, 11, 12));
    ck_assert_int_eq(d.paused_days, 0);

    /* A pause of a weekend alone disregards no working day. */
    o.pause_from = D(2018, 10, 20);
    o.pause_to = D(2018, 10, 21);
    d = compute("foia.response", a, &o);
    ck_assert_date_eq(d.due, D(2018, 11, 12));
    ck_assert_uint_eq(d.notes & FOI_NOTE_PAUSED, 0);

    /* A pause after the deadline has passed changes nothing. */
    o.pause_from = D(2018, 11, 20);
    o.pause_to = D(2018, 11, 30);
    d = compute("foia.response", a, &o);
    ck_assert_date_eq(d.due, D(2018, 11, 12));
    ck_assert_int_eq(d.paused_days, 0);

    /* A pause beyond the calendars cannot be counted. */
    foi_deadline out;
    o.pause_from = D(2199, 12, 1);
    o.pause_to = D(2200, 1, 31);
    ck_assert_int_eq(foi_deadline_compute(&out, rule("foia.response"), D(2199, 11, 28), &o),
                     FOI_ERANGE);
    o.pause_from = D(2250, 1, 1);
    o.pause_to = D(2250, 1, 2);
    ck_assert_int_eq(foi_deadline_compute(&out, rule("foia.response"), D(2199, 11, 28), &o),
                     FOI_ERANGE);
}
END_TEST

START_TEST(test_near_the_ends_of_the_calendars)
{
    /* Every rule, from each of the last days of the coverage and a few days
     * before its start: a result inside the calendars, or FOI_ERANGE. */
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.has_response = 1;
    for (size_t i = 0; i < foi_rules_count(); i++) {
        const foi_rule *r = foi_rule_at(i);
        if (r->in_force_until.serial) /* a band that ended long before */
            continue;
        for (int k = -5; k < 120; k++) {
            foi_date a = {D(2199, 12, 31).serial - k};
            o.response.serial = a.serial + k % 7;
            foi_deadline d;
            int rc = foi_deadline_compute(&d, r, a, k % 2 ? &o : NULL);
            REQUIRE(rc == FOI_OK || rc == FOI_ERANGE, "%s from %ld: %d", r->id, (long)a.serial, rc);
            if (rc == FOI_OK)
                REQUIRE(d.due.serial <= D(2199, 12, 31).serial || r->unit == FOI_UNIT_MONTHS ||
                            r->unit == FOI_UNIT_CALENDAR_DAYS,
                        "%s from %ld: due %ld", r->id, (long)a.serial, (long)d.due.serial);
            if (rc == FOI_OK && r->unit == FOI_UNIT_WORKING_DAYS)
                REQUIRE(d.provisional, "%s in 2199 is not provisional", r->id);
        }
        /* From just before the calendars: only a rule counted in calendar
         * days or months can still have a date. */
        foi_deadline d;
        int rc = foi_deadline_compute(&d, r, D(1970, 12, 30), NULL);
        if (r->in_force_from.serial) /* before the band: not in force */
            ck_assert_int_eq(rc, FOI_EINVAL);
        else if (r->regime == FOI_REGIME_LE_SAR && r->role == FOI_ROLE_EXTENDED)
            ck_assert_int_eq(rc, FOI_EINVAL); /* s.54(3A) applies from 5 February 2026 */
        else if (r->unit == FOI_UNIT_WORKING_DAYS || r->unit == FOI_UNIT_SCHOOL_DAYS)
            ck_assert_int_eq(rc, FOI_ERANGE);
        else
            ck_assert_int_eq(rc, FOI_OK);
    }
    /* Month rules from the last months a date can have. */
    foi_deadline d;
    ck_assert_int_eq(foi_deadline_compute(&d, rule("foia.fee-period"), D(9999, 11, 1), NULL),
                     FOI_ERANGE);
}
END_TEST

/* Both receipt rules from every day of the last months of the calendars,
 * for the rules that give the date under the other rule too: that second
 * count can be the one that leaves the calendars. */
START_TEST(test_receipt_rules_at_the_end)
{
    static const char *const ids[] = {"foia.response", "foia.schools", "foisa.review-request"};
    int outside = 0;
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        for (int k = 0; k < 150; k++) {
            for (int rr = 0; rr < 2; rr++) {
                foi_deadline_options o;
                foi_deadline_options_init(&o);
                o.receipt_rule = (foi_receipt_rule)rr;
                foi_deadline d;
                int rc = foi_deadline_compute(&d, rule(ids[i]),
                                              (foi_date){D(2199, 12, 31).serial - k}, &o);
                REQUIRE(rc == FOI_OK || rc == FOI_ERANGE, "%s: %d", ids[i], rc);
                outside += rc == FOI_ERANGE;
            }
        }
    }
    ck_assert_int_gt(outside, 0);
}
END_TEST

/* A calendar whose last day is not a working day: nothing comes after it. */
START_TEST(test_calendar_ending_on_a_holiday)
{
    foi_calendar_builder *b;
    foi_calendar *uk, *ew;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2199, 12, 31), 0, "Last day"), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_build(&uk, b, FOI_CAL_UK), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_build(&ew, b, FOI_CAL_ENGLAND_WALES), FOI_OK);
    foi_calendar_builder_free(b);
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.calendars[FOI_CAL_UK] = uk;
    o.calendars[FOI_CAL_ENGLAND_WALES] = ew;
    foi_deadline d;
    /* Received on that day: there is no next working day to start from. */
    ck_assert_int_eq(foi_deadline_compute(&d, rule("foia.response"), D(2199, 12, 31), &o),
                     FOI_ERANGE);
    /* An appeal due on that day: there is no next working day for grace. */
    ck_assert_int_eq(foi_deadline_compute(&d, rule("foia.tribunal-appeal"), D(2199, 12, 3), &o),
                     FOI_ERANGE);
    foi_calendar_free(uk);
    foi_calendar_free(ew);
}
END_TEST

/*
 * Received at a weekend, statutory rule: the deadline counted from the day of
 * arrival can be the calendars' last working day, Tuesday 31 December 2199,
 * while the date under the other rule, one working day later, lies beyond.
 * That needs a weekend right before the right working day: on a calendar
 * without the St Andrew's Day substitute of Monday 2 December 2199, Saturday
 * 30 November is 20 working days before the end and Saturday 5 October 60
 * (and, on the Scottish one, 20 + 40).
 */
START_TEST(test_other_receipt_rule_leaves_the_calendar)
{
    foi_calendar_builder *b;
    foi_calendar *uk, *scot;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_remove(b, D(2199, 12, 2), FOI_DIV_SCOTLAND), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_build(&uk, b, FOI_CAL_UK), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_build(&scot, b, FOI_CAL_SCOTLAND), FOI_OK);
    foi_calendar_builder_free(b);
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.calendars[FOI_CAL_UK] = uk;
    o.calendars[FOI_CAL_SCOTLAND] = scot;
    foi_date last = D(2199, 12, 31);
    ck_assert_date_eq(walk(uk, D(2199, 11, 30), 20, no_pause_from(), no_pause_to()), last);
    ck_assert_date_eq(walk(uk, D(2199, 10, 5), 60, no_pause_from(), no_pause_to()), last);
    foi_deadline d;
    ck_assert_int_eq(foi_deadline_compute(&d, rule("foia.response"), D(2199, 11, 30), &o),
                     FOI_ERANGE);
    ck_assert_int_eq(foi_deadline_compute(&d, rule("foia.schools"), D(2199, 10, 5), &o),
                     FOI_ERANGE);
    ck_assert_int_eq(foi_deadline_compute(&d, rule("foisa.review-request"), D(2199, 10, 5), &o),
                     FOI_ERANGE);
    foi_calendar_free(uk);
    foi_calendar_free(scot);
}
END_TEST

/* ---- schools ---- */

/* Every weekday of [from, to] that is a working day, as school days. */
static size_t school_term(foi_date *out, size_t cap, foi_date from, foi_date to)
{
    size_t n = 0;
    for (foi_date d = from; d.serial <= to.serial && n < cap; d.serial++)
        if (working(cal(FOI_CAL_UK), d))
            out[n++] = d;
    return n;
}

START_TEST(test_schools)
{
    static foi_date days[400];
    foi_deadline_options o;
    foi_deadline_options_init(&o);

    /* No school calendar: the 60th working day. */
    foi_deadline d = compute("foia.schools", D(2018, 10, 15), &o);
    ck_assert_date_eq(d.due,
                      walk(cal(FOI_CAL_UK), D(2018, 10, 15), 60, no_pause_from(), no_pause_to()));
    ck_assert_uint_ne(d.notes & FOI_NOTE_NO_SCHOOL_CALENDAR, 0);

    /* Term every working day: the 20th school day is the 20th working day. */
    o.school_days = days;
    o.n_school_days = school_term(days, 400, D(2018, 9, 3), D(2019, 7, 19));
    d = compute("foia.schools", D(2018, 10, 15), &o);
    ck_assert_date_eq(d.due, D(2018, 11, 12));
    ck_assert_date_eq(d.school_due, d.due);
    ck_assert_uint_eq(d.notes & (FOI_NOTE_SCHOOL_BACKSTOP | FOI_NOTE_NO_SCHOOL_CALENDAR), 0);

    /* Half term 22-26 October: a week later. School days need not be sorted. */
    size_t n = school_term(days, 400, D(2018, 10, 29), D(2019, 7, 19));
    n += school_term(days + n, 400 - n, D(2018, 9, 3), D(2018, 10, 19));
    o.n_school_days = n;
    d = compute("foia.schools", D(2018, 10, 15), &o);
    ck_assert_date_eq(d.due, D(2018, 11, 19));

    /* Summer holidays: fewer than 20 school days before the 60th working day. */
    o.n_school_days = school_term(days, 400, D(2018, 9, 3), D(2018, 9, 10));
    n = o.n_school_days;
    n += school_term(days + n, 400 - n, D(2019, 1, 7), D(2019, 3, 29));
    o.n_school_days = n;
    d = compute("foia.schools", D(2018, 7, 20), &o);
    ck_assert_uint_ne(d.notes & FOI_NOTE_SCHOOL_BACKSTOP, 0);
    ck_assert_date_eq(d.due, d.backstop_due);

    /* A school calendar that stops before the answer is known. */
    foi_deadline out;
    o.n_school_days = school_term(days, 400, D(2018, 9, 3), D(2018, 10, 19));
    ck_assert_int_eq(foi_deadline_compute(&out, rule("foia.schools"), D(2018, 10, 15), &o),
                     FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "2018-10-19"));
    o.n_school_days = 0;
    ck_assert_int_eq(foi_deadline_compute(&out, rule("foia.schools"), D(2018, 10, 15), &o),
                     FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "(empty)"));

    /* Received on a Saturday: both receipt rules counted in school days. */
    o.n_school_days = school_term(days, 400, D(2018, 9, 3), D(2019, 7, 19));
    d = compute("foia.schools", D(2018, 10, 13), &o);
    ck_assert_date_eq(d.due, D(2018, 11, 9));
    ck_assert_date_eq(d.other_due, D(2018, 11, 12));

    /* A fees pause stops school days too. */
    o.has_pause = 1;
    o.pause_from = D(2018, 10, 22);
    o.pause_to = D(2018, 10, 26);
    d = compute("foia.schools", D(2018, 10, 15), &o);
    ck_assert_date_eq(d.due, D(2018, 11, 19));

    /* Too near the end of the calendars for the backstop. */
    o.has_pause = 0;
    ck_assert_int_eq(foi_deadline_compute(&out, rule("foia.schools"), D(2199, 11, 1), &o),
                     FOI_ERANGE);
    o.school_days = NULL;
    ck_assert_int_eq(foi_deadline_compute(&out, rule("foia.schools"), D(2199, 11, 2), &o),
                     FOI_ERANGE);
}
END_TEST

/* ---- FOISA s.20(5) ---- */

START_TEST(test_foisa_review_request)
{
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    /* The worked example of tests/cli/deadline.t. */
    foi_deadline d = compute("foisa.review-request", D(2018, 3, 29), &o);
    ck_assert_date_eq(d.start, D(2018, 4, 27));
    ck_assert_date_eq(d.due, D(2018, 6, 26));
    o.has_response = 1;
    o.response = D(2018, 5, 10);
    d = compute("foisa.review-request", D(2018, 3, 29), &o);
    ck_assert_date_eq(d.due, D(2018, 7, 6));
    ck_assert_uint_ne(d.notes & FOI_NOTE_LATE_RESPONSE, 0);

    /* An early response: the period still counts, acting 40 days after the
     * response is the safer course. */
    o.response = D(2018, 4, 10);
    d = compute("foisa.review-request", D(2018, 3, 29), &o);
    ck_assert_date_eq(d.due, D(2018, 6, 26));
    ck_assert_uint_ne(d.notes & FOI_NOTE_SAFER_EARLIER, 0);
    ck_assert_date_eq(d.safer,
                      walk(cal(FOI_CAL_SCOTLAND), o.response, 40, no_pause_from(), no_pause_to()));

    /* Received on a Sunday: the other receipt rule's date is given too. */
    o.has_response = 0;
    d = compute("foisa.review-request", D(2018, 4, 1), &o);
    ck_assert_uint_ne(d.notes & FOI_NOTE_RECEIPT_NON_WORKING, 0);
    ck_assert_int_gt(d.other_due.serial, d.due.serial);
    /* A late response makes the receipt rule irrelevant. */
    o.has_response = 1;
    o.response = D(2018, 6, 1);
    d = compute("foisa.review-request", D(2018, 4, 1), &o);
    ck_assert_uint_eq(d.notes & FOI_NOTE_RECEIPT_NON_WORKING, 0);
}
END_TEST

/* ---- calendar-day and month rules ---- */

START_TEST(test_subject_access)
{
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    /* Divisions pick the roll-forward calendar (tests/cli/deadline.t). */
    foi_deadline d = compute("sar.response", D(2025, 3, 18), &o);
    ck_assert_date_eq(d.due, D(2025, 4, 22));
    ck_assert_int_eq(foi_calendar_get_id(d.calendar), FOI_CAL_ENGLAND_WALES);
    o.division = FOI_DIV_SCOTLAND;
    d = compute("sar.response", D(2025, 3, 18), &o);
    ck_assert_date_eq(d.due, D(2025, 4, 21));
    o.division = FOI_DIV_NORTHERN_IRELAND;
    d = compute("sar.response", D(2025, 3, 18), &o);
    ck_assert_int_eq(foi_calendar_get_id(d.calendar), FOI_CAL_NORTHERN_IRELAND);
    ck_assert_uint_ne(d.notes & FOI_NOTE_ROLLED, 0);
    ck_assert_date_eq(d.unrolled, D(2025, 4, 18));

    /* A clarification stops the clock: the paused days, both ends included,
     * are added to the month. */
    o.division = 0;
    o.has_pause = 1;
    o.pause_from = D(2025, 1, 10);
    o.pause_to = D(2025, 1, 19);
    d = compute("sar.response", D(2025, 1, 6), &o);
    ck_assert_int_eq(d.paused_days, 10);
    ck_assert_date_eq(d.due, D(2025, 2, 17));
    /* A pause after the due date changes nothing. */
    o.pause_from = D(2025, 3, 1);
    o.pause_to = D(2025, 3, 5);
    d = compute("sar.response", D(2025, 1, 6), &o);
    ck_assert_date_eq(d.due, D(2025, 2, 6));
    ck_assert_uint_eq(d.notes & FOI_NOTE_PAUSED, 0);

    /* Rolling past the end of the calendars, or a pause off the dates. */
    foi_deadline out;
    o.has_pause = 0;
    ck_assert_int_eq(foi_deadline_compute(&out, rule("sar.response"), D(2199, 12, 10), &o),
                     FOI_ERANGE);
    o.has_pause = 1;
    o.pause_from = D(9999, 12, 1);
    o.pause_to = D(9999, 12, 31);
    ck_assert_int_eq(foi_deadline_compute(&out, rule("sar.response"), D(9999, 11, 15), &o),
                     FOI_ERANGE);
}
END_TEST

START_TEST(test_custom_calendars_in_options)
{
    /* A holiday added on 16 October 2018 moves a FOIA deadline by a day. */
    foi_calendar_builder *b;
    foi_calendar *uk2;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2018, 10, 16), 0, "Local day"), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_build(&uk2, b, FOI_CAL_UK), FOI_OK);
    foi_calendar_builder_free(b);
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.calendars[FOI_CAL_UK] = uk2;
    foi_deadline d = compute("foia.response", D(2018, 10, 15), &o);
    ck_assert_date_eq(d.due, D(2018, 11, 13));
    ck_assert_ptr_eq(d.calendar, uk2);
    ck_assert_uint_eq(d.n_skipped, 1);
    ck_assert_str_eq(d.skipped[0].name, "Local day");
    foi_calendar_free(uk2);
}
END_TEST

/* ---- status ---- */

START_TEST(test_status)
{
    foi_deadline d = compute("foia.response", D(2018, 10, 15), NULL); /* due 12 November */
    foi_status s;
    ck_assert_int_eq(foi_deadline_status(&s, &d, D(2018, 11, 6), NULL), FOI_OK);
    ck_assert_int_eq(s.state, FOI_STATE_PENDING);
    ck_assert_int_eq(s.remaining, 4);
    ck_assert_int_eq(foi_deadline_status(&s, &d, D(2018, 11, 12), NULL), FOI_OK);
    ck_assert_int_eq(s.state, FOI_STATE_DUE_TODAY);
    ck_assert_int_eq(foi_deadline_status(&s, &d, D(2018, 11, 19), NULL), FOI_OK);
    ck_assert_int_eq(s.state, FOI_STATE_OVERDUE);
    ck_assert_int_eq(s.overdue, 5);
    ck_assert_int_eq(s.overdue_days, 7);
    foi_date done = D(2018, 11, 6);
    ck_assert_int_eq(foi_deadline_status(&s, &d, D(2018, 12, 1), &done), FOI_OK);
    ck_assert_int_eq(s.state, FOI_STATE_MET);
    ck_assert_int_eq(s.early, 4);
    done = D(2018, 11, 14);
    ck_assert_int_eq(foi_deadline_status(&s, &d, D(2018, 12, 1), &done), FOI_OK);
    ck_assert_int_eq(s.state, FOI_STATE_MISSED);
    ck_assert_int_eq(s.late, 2);
    /* A day the calendar cannot count to. */
    s.state = (foi_state)99;
    ck_assert_int_eq(foi_deadline_status(&s, &d, D(2300, 1, 1), NULL), FOI_ERANGE);
    ck_assert_int_eq(s.state, 99);

    /* Calendar-day rules count calendar days. */
    d = compute("foia.ico-complaint", D(2019, 3, 1), NULL); /* due 12 April */
    ck_assert_int_eq(foi_deadline_status(&s, &d, D(2019, 4, 2), NULL), FOI_OK);
    ck_assert_int_eq(s.remaining, 10);
    ck_assert_int_eq(foi_deadline_status(&s, &d, D(2019, 4, 15), NULL), FOI_OK);
    ck_assert_int_eq(s.overdue, 3);
    done = D(2019, 4, 10);
    ck_assert_int_eq(foi_deadline_status(&s, &d, D(2019, 4, 15), &done), FOI_OK);
    ck_assert_int_eq(s.early, 2);
    done = D(2019, 4, 20);
    ck_assert_int_eq(foi_deadline_status(&s, &d, D(2019, 4, 25), &done), FOI_OK);
    ck_assert_int_eq(s.late, 8);
}
END_TEST

START_TEST(test_names)
{
    ck_assert_str_eq(foi_unit_name(FOI_UNIT_WORKING_DAYS), "working days");
    ck_assert_str_eq(foi_unit_name(FOI_UNIT_SCHOOL_DAYS), "school days");
    ck_assert_str_eq(foi_state_name(FOI_STATE_DUE_TODAY), "due-today");
    ck_assert_str_eq(foi_receipt_rule_name(FOI_RECEIPT_NEXT_WORKING_DAY), "next-working-day");
    foi_receipt_rule rr = FOI_RECEIPT_NEXT_WORKING_DAY;
    ck_assert_int_eq(foi_receipt_rule_from_name(&rr, "statutory"), FOI_OK);
    ck_assert_int_eq(rr, FOI_RECEIPT_STATUTORY);
    ck_assert_int_eq(foi_receipt_rule_from_name(&rr, "next-working-day"), FOI_OK);
    ck_assert_int_eq(rr, FOI_RECEIPT_NEXT_WORKING_DAY);
    for (int r = 0; r < FOI_REGIME_COUNT; r++) {
        foi_regime back;
        ck_assert_int_eq(foi_regime_from_name(&back, foi_regime_name((foi_regime)r)), FOI_OK);
        ck_assert_int_eq(back, r);
    }
    for (size_t i = 0; i < foi_rules_count(); i++) {
        const foi_rule *r;
        ck_assert_int_eq(foi_rule_find(&r, foi_rule_at(i)->id), FOI_OK);
        ck_assert_ptr_eq(r, foi_rule_at(i));
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("deadline");
    TCase *tc = tcase_create("working days");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_every_working_day_rule_matches_the_walk);
    tcase_add_test(tc, test_receipt_on_a_non_working_day);
    tcase_add_test(tc, test_fees_pause);
    tcase_add_test(tc, test_near_the_ends_of_the_calendars);
    tcase_add_test(tc, test_receipt_rules_at_the_end);
    tcase_add_test(tc, test_calendar_ending_on_a_holiday);
    tcase_add_test(tc, test_other_receipt_rule_leaves_the_calendar);
    suite_add_tcase(s, tc);

    tc = tcase_create("special rules");
    tcase_add_test(tc, test_schools);
    tcase_add_test(tc, test_foisa_review_request);
    tcase_add_test(tc, test_subject_access);
    tcase_add_test(tc, test_custom_calendars_in_options);
    suite_add_tcase(s, tc);

    tc = tcase_create("status");
    tcase_add_test(tc, test_status);
    tcase_add_test(tc, test_names);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
