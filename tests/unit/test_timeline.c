/* Unit tests of timelines (timeline.h): which deadlines each regime's case
 * produces, the clock events (clarification, fees, public-interest and
 * complex-and-voluminous extensions, SAR clarification pause), their
 * combinations, contradictions, ordering and status.
 *
 * Every expected date was counted by hand from src/doc/rules.md and the holiday data
 * in holidays/uk-bank-holidays.csv; the comments list the working days counted, with the
 * running total in brackets. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "testutil.h"

/* ---- helpers ---- */

static foi_case mkcase(foi_regime regime, foi_date received)
{
    foi_case c;
    memset(&c, 0x5A, sizeof c);
    foi_case_init(&c, regime);
    foi_case_set(&c, FOI_EVENT_RECEIVED, received);
    return c;
}

static foi_timeline *timeline(const foi_case *c)
{
    foi_timeline *t = NULL;
    int rc = foi_timeline_compute(&t, c);
    ck_assert_msg(rc == FOI_OK, "timeline: %d %s", rc, foi_error_last());
    ck_assert_ptr_nonnull(t);
    return t;
}

/* The entry for rule id, or NULL; never two. */
static const foi_timeline_entry *find(const foi_timeline *t, const char *id)
{
    const foi_timeline_entry *found = NULL;
    for (size_t i = 0; i < foi_timeline_count(t); i++) {
        const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
        ck_assert_ptr_nonnull(e);
        ck_assert_ptr_nonnull(e->deadline.rule);
        if (strcmp(e->deadline.rule->id, id) == 0) {
            ck_assert_msg(found == NULL, "%s listed twice", id);
            found = e;
        }
    }
    return found;
}

static const foi_timeline_entry *get(const foi_timeline *t, const char *id)
{
    const foi_timeline_entry *e = find(t, id);
    ck_assert_msg(e != NULL, "no %s entry", id);
    return e;
}

static size_t index_of(const foi_timeline *t, const char *id)
{
    for (size_t i = 0; i < foi_timeline_count(t); i++)
        if (strcmp(foi_timeline_entry_at(t, i)->deadline.rule->id, id) == 0)
            return i;
    ck_abort_msg("no %s entry", id);
    return 0;
}

/* The rule ids of the timeline, in order, space-separated. */
static void ids_of(const foi_timeline *t, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < foi_timeline_count(t); i++) {
        int w = snprintf(out + n, size - n, "%s%s", i ? " " : "",
                         foi_timeline_entry_at(t, i)->deadline.rule->id);
        ck_assert(w > 0 && (size_t)w < size - n);
        n += (size_t)w;
    }
}

static void check_ids(const foi_timeline *t, const char *want)
{
    char got[512];
    ids_of(t, got, sizeof got);
    ck_assert_msg(strcmp(got, want) == 0, "entries [%s], want [%s]", got, want);
}

/* Due-date order, paused entries last. */
static int well_ordered(const foi_timeline *t)
{
    int seen_paused = 0;
    int32_t last = INT32_MIN;
    for (size_t i = 0; i < foi_timeline_count(t); i++) {
        const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
        if (e->paused) {
            seen_paused = 1;
            continue;
        }
        if (seen_paused || e->deadline.due.serial < last)
            return 0;
        last = e->deadline.due.serial;
    }
    return 1;
}

static void check_entry(const foi_timeline_entry *e, foi_date anchor, foi_date due)
{
    ck_assert_msg(!e->paused, "%s paused", e->deadline.rule->id);
    ck_assert_date_eq(e->deadline.anchor, anchor);
    ck_assert_date_eq(e->deadline.due, due);
}

static void check_done(const foi_timeline_entry *e, foi_event ev, int done, foi_date on)
{
    ck_assert_msg(e->has_done_event, "%s: no done event", e->deadline.rule->id);
    ck_assert_msg(e->done_event == ev, "%s: done event %s", e->deadline.rule->id,
                  foi_event_name(e->done_event));
    ck_assert_msg(!!e->done == done, "%s: done %d", e->deadline.rule->id, e->done);
    if (done)
        ck_assert_date_eq(e->done_on, on);
}

static foi_status tstatus(const foi_timeline *t, const char *id, foi_date today)
{
    foi_status s;
    memset(&s, 0x5A, sizeof s);
    ck_assert_int_eq(foi_timeline_status(&s, t, index_of(t, id), today), FOI_OK);
    return s;
}

/* ---- events ---- */

static const char *const event_names[FOI_EVENT_COUNT] = {"received",
                                                         "clarification_requested",
                                                         "clarification_received",
                                                         "fee_notice",
                                                         "fee_paid",
                                                         "responded",
                                                         "review_requested",
                                                         "review_responded",
                                                         "decision_notice",
                                                         "complained",
                                                         "direction"};

START_TEST(test_event_names)
{
    for (int i = 0; i < FOI_EVENT_COUNT; i++) {
        ck_assert_str_eq(foi_event_name((foi_event)i), event_names[i]);
        foi_event e = FOI_EVENT_COUNT;
        ck_assert_int_eq(foi_event_from_name(&e, event_names[i]), FOI_OK);
        ck_assert_int_eq((int)e, i);
    }
    foi_event e;
    ck_assert_int_lt(foi_event_from_name(&e, "sent"), 0);
    ck_assert_int_lt(foi_event_from_name(&e, ""), 0);
    ck_assert_int_lt(foi_event_from_name(&e, "Received"), 0);
}
END_TEST

START_TEST(test_case_init_and_set)
{
    foi_case c;
    memset(&c, 0x5A, sizeof c);
    foi_case_init(&c, FOI_REGIME_EISR);
    ck_assert_int_eq(c.regime, FOI_REGIME_EISR);
    ck_assert_uint_eq(c.division, 0);
    ck_assert_ptr_null(c.ref);
    ck_assert_int_eq(c.receipt_rule, FOI_RECEIPT_STATUTORY);
    for (int i = 0; i < FOI_EVENT_COUNT; i++)
        ck_assert_int_eq(c.has[i], 0);
    ck_assert_int_eq(c.pit_extension, 0);
    ck_assert_int_eq(c.school, 0);
    ck_assert_ptr_null(c.school_days);
    for (int i = 0; i < FOI_CAL_COUNT; i++)
        ck_assert_ptr_null(c.calendars[i]);
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 8));
    ck_assert_int_eq(c.has[FOI_EVENT_RESPONDED], 1);
    ck_assert_date_eq(c.events[FOI_EVENT_RESPONDED], D(2018, 11, 8));
    ck_assert_int_eq(c.has[FOI_EVENT_RECEIVED], 0);
}
END_TEST

START_TEST(test_needs_received)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_timeline *t = NULL;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    /* The reply alone is enough for the windows that follow it... */
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 8));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    ck_assert_uint_eq(foi_timeline_count(t), 1);
    ck_assert_int_eq(foi_timeline_entry_at(t, 0)->deadline.rule->role, FOI_ROLE_REVIEW_REQUEST);
    foi_timeline_free(t);
    /* ...but an event before the reply needs the date received. */
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_ECONFLICT);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_FEE_NOTICE);
    ck_assert_int_eq(foi_error_other_field(), FOI_FIELD_RECEIVED);
    /* FOISA from the reply alone (Fri 20 Apr 2018): 40 Scottish working days
     * after it, Tue 19 Jun 2018 (7 and 28 May skipped), the safe date; s.20(5)
     * counts from the end of the response period when the reply was in time,
     * which can only be later. */
    foi_case_init(&c, FOI_REGIME_FOISA);
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 4, 20));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    ck_assert_uint_eq(foi_timeline_count(t), 1);
    ck_assert_date_eq(foi_timeline_entry_at(t, 0)->deadline.due, D(2018, 6, 19));
    ck_assert_ptr_nonnull(strstr(foi_timeline_entry_at(t, 0)->note, "safe date"));
    foi_timeline_free(t);
}
END_TEST

/* ---- FOIA ---- */

START_TEST(test_foia_received_only)
{
    /* Received Mon 15 Oct 2018: Oct 16-19 (4), 22-26 (9), Oct 29-Nov 2 (14),
     * 5-9 (19), Mon 12 Nov (20). */
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 15));
    foi_timeline *t = timeline(&c);
    check_ids(t, "foia.response");
    const foi_timeline_entry *e = get(t, "foia.response");
    check_entry(e, D(2018, 10, 15), D(2018, 11, 12));
    check_done(e, FOI_EVENT_RESPONDED, 0, D(2018, 1, 1));
    ck_assert_int_eq(e->extended, 0);
    /* Mon 5 Nov: 6, 7, 8, 9, 12 Nov left. */
    foi_status s = tstatus(t, "foia.response", D(2018, 11, 5));
    ck_assert_int_eq(s.state, FOI_STATE_PENDING);
    ck_assert_int_eq(s.remaining, 5);
    s = tstatus(t, "foia.response", D(2018, 11, 12));
    ck_assert_int_eq(s.state, FOI_STATE_DUE_TODAY);
    s = tstatus(t, "foia.response", D(2018, 11, 14));
    ck_assert_int_eq(s.state, FOI_STATE_OVERDUE);
    ck_assert_int_eq(s.overdue, 2);
    ck_assert_int_eq(s.overdue_days, 2);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_foia_full_case)
{
    /* Received Mon 15 Oct 2018 -> response due Mon 12 Nov.
     * Responded Thu 8 Nov -> review request (40 WD, uk): Nov 9 (1), 12-16
     * (6), 19-23 (11), 26-29 (15), Fri 30 Nov skipped, Dec 3-7 (20), 10-14
     * (25), 17-21 (30), 24 (31), 25-26 skipped, 27-28 (33), 31 (34), Jan 1-2
     * skipped, 3-4 (36), 7-10 (40) -> Thu 10 Jan 2019.
     * Review requested Mon 3 Dec -> review response (20 WD): Dec 4-7 (4),
     * 10-14 (9), 17-21 (14), 24 (15), 27-28 (17), 31 (18), Jan 3-4 (20) ->
     * Fri 4 Jan 2019; review max (40 WD): ... Jan 7-11 (25), 14-18 (30),
     * 21-25 (35), Jan 28-Feb 1 (40) -> Fri 1 Feb 2019.
     * Review responded Thu 20 Dec -> ICO complaint: + 42 days = Thu 31 Jan
     * 2019. Decision notice Mon 1 Jul 2019 -> tribunal: + 28 = Mon 29 Jul. */
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 8));
    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2018, 12, 3));
    foi_case_set(&c, FOI_EVENT_REVIEW_RESPONDED, D(2018, 12, 20));
    foi_case_set(&c, FOI_EVENT_DECISION_NOTICE, D(2019, 7, 1));
    foi_timeline *t = timeline(&c);
    check_ids(t, "foia.response foia.review-response foia.review-request foia.ico-complaint "
                 "foia.review-max foia.tribunal-appeal");

    const foi_timeline_entry *e = get(t, "foia.response");
    check_entry(e, D(2018, 10, 15), D(2018, 11, 12));
    check_done(e, FOI_EVENT_RESPONDED, 1, D(2018, 11, 8));
    /* Met; early by Nov 9 and 12 = 2 working days. */
    foi_status s = tstatus(t, "foia.response", D(2019, 8, 1));
    ck_assert_int_eq(s.state, FOI_STATE_MET);
    ck_assert_int_eq(s.early, 2);

    e = get(t, "foia.review-request");
    check_entry(e, D(2018, 11, 8), D(2019, 1, 10));
    check_done(e, FOI_EVENT_REVIEW_REQUESTED, 1, D(2018, 12, 3));

    e = get(t, "foia.review-response");
    check_entry(e, D(2018, 12, 3), D(2019, 1, 4));
    check_done(e, FOI_EVENT_REVIEW_RESPONDED, 1, D(2018, 12, 20));
    /* Answered Thu 20 Dec: Dec 21, 24, 27, 28, 31, Jan 3, 4 = 7 early. */
    s = tstatus(t, "foia.review-response", D(2019, 8, 1));
    ck_assert_int_eq(s.state, FOI_STATE_MET);
    ck_assert_int_eq(s.early, 7);

    e = get(t, "foia.review-max");
    check_entry(e, D(2018, 12, 3), D(2019, 2, 1));
    check_done(e, FOI_EVENT_REVIEW_RESPONDED, 1, D(2018, 12, 20));

    /* The decision notice shows a complaint was made (FOIA s.50(1)): met,
     * with no date of its own. */
    e = get(t, "foia.ico-complaint");
    check_entry(e, D(2018, 12, 20), D(2019, 1, 31));
    ck_assert_int_eq(e->has_done_event, 1);
    ck_assert_int_eq(e->done_event, FOI_EVENT_COMPLAINED);
    ck_assert_int_eq(e->done, 1);
    ck_assert_int_eq(e->done_inferred, 1);

    e = get(t, "foia.tribunal-appeal");
    check_entry(e, D(2019, 7, 1), D(2019, 7, 29));
    ck_assert_int_eq(e->has_done_event, 0);
    /* On Fri 26 Jul 2019: Sat 27, Sun 28, Mon 29 Jul = 3 calendar days. */
    s = tstatus(t, "foia.tribunal-appeal", D(2019, 7, 26));
    ck_assert_int_eq(s.state, FOI_STATE_PENDING);
    ck_assert_int_eq(s.remaining, 3);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_foia_stages_appear_with_events)
{
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 8));
    foi_timeline *t = timeline(&c);
    check_ids(t, "foia.response foia.review-request");
    check_done(get(t, "foia.review-request"), FOI_EVENT_REVIEW_REQUESTED, 0, D(2018, 1, 1));
    foi_timeline_free(t);

    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2018, 12, 3));
    t = timeline(&c);
    check_ids(t, "foia.response foia.review-response foia.review-request foia.review-max");
    check_done(get(t, "foia.review-max"), FOI_EVENT_REVIEW_RESPONDED, 0, D(2018, 1, 1));
    /* The review is overdue on Mon 7 Jan 2019 by Jan 7 = 1 working day
     * (Jan 5, 6 weekend), 3 days. */
    foi_status s = tstatus(t, "foia.review-response", D(2019, 1, 7));
    ck_assert_int_eq(s.state, FOI_STATE_OVERDUE);
    ck_assert_int_eq(s.overdue, 1);
    ck_assert_int_eq(s.overdue_days, 3);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_foia_pit_extension)
{
    /* Received Mon 15 Oct 2018 with a public-interest extension: the
     * response (12 Nov) is superseded; the 40-WD cap: Oct 16-19 (4), 22-26
     * (9), Oct 29-Nov 2 (14), 5-9 (19), 12-16 (24), 19-23 (29), 26-29 (33),
     * St Andrew's Day skipped, Dec 3-7 (38), 10-11 (40) -> Tue 11 Dec. */
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 15));
    c.pit_extension = 1;
    foi_timeline *t = timeline(&c);
    check_ids(t, "foia.response foia.pit-extension");
    const foi_timeline_entry *e = get(t, "foia.response");
    check_entry(e, D(2018, 10, 15), D(2018, 11, 12));
    ck_assert_int_eq(e->extended, 1);
    ck_assert_int_eq(tstatus(t, "foia.response", D(2018, 11, 20)).state, FOI_STATE_EXTENDED);
    e = get(t, "foia.pit-extension");
    check_entry(e, D(2018, 10, 15), D(2018, 12, 11));
    check_done(e, FOI_EVENT_RESPONDED, 0, D(2018, 1, 1));
    ck_assert_int_eq(e->extended, 0);
    foi_status s = tstatus(t, "foia.pit-extension", D(2018, 12, 10));
    ck_assert_int_eq(s.state, FOI_STATE_PENDING);
    ck_assert_int_eq(s.remaining, 1);
    foi_timeline_free(t);

    /* Responded Wed 5 Dec: the extension is met, Dec 6, 7, 10, 11 = 4 early. */
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 12, 5));
    t = timeline(&c);
    s = tstatus(t, "foia.pit-extension", D(2018, 12, 20));
    ck_assert_int_eq(s.state, FOI_STATE_MET);
    ck_assert_int_eq(s.early, 4);
    ck_assert_int_eq(tstatus(t, "foia.response", D(2018, 12, 20)).state, FOI_STATE_EXTENDED);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_foia_school)
{
    /* A school without a school calendar: the 60-WD backstop from Mon 15 Oct
     * 2018: Oct 16-19 (4), 22-26 (9), Oct 29-Nov 2 (14), 5-9 (19), 12-16
     * (24), 19-23 (29), 26-29 (33), Fri 30 Nov skipped, Dec 3-7 (38), 10-14
     * (43), 17-21 (48), 24 (49), 25-26 skipped, 27-28 (51), 31 (52), Jan 1-2
     * skipped, 3-4 (54), 7-11 (59), Mon 14 Jan 2019 (60). */
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 15));
    c.school = 1;
    foi_timeline *t = timeline(&c);
    check_ids(t, "foia.schools");
    const foi_timeline_entry *e = get(t, "foia.schools");
    check_entry(e, D(2018, 10, 15), D(2019, 1, 14));
    ck_assert(e->deadline.notes & FOI_NOTE_NO_SCHOOL_CALENDAR);
    check_done(e, FOI_EVENT_RESPONDED, 0, D(2018, 1, 1));
    foi_timeline_free(t);

    /* With a school calendar: autumn term 2024 (2 Sep - 20 Dec, half term 28
     * Oct - 1 Nov). From Mon 14 Oct 2024: Oct 15-18 (4), 21-25 (9), Nov 4-8
     * (14), 11-15 (19), Mon 18 Nov (20). */
    foi_date days[120];
    size_t n = 0;
    for (foi_date d = D(2024, 9, 2); d.serial <= D(2024, 12, 20).serial; d.serial++)
        if (foi_date_weekday(d) <= FOI_FRIDAY &&
            (d.serial < D(2024, 10, 28).serial || d.serial > D(2024, 11, 1).serial))
            days[n++] = d;
    c = mkcase(FOI_REGIME_FOIA, D(2024, 10, 14));
    c.school = 1;
    c.school_days = days;
    c.n_school_days = n;
    t = timeline(&c);
    check_ids(t, "foia.schools");
    check_entry(get(t, "foia.schools"), D(2024, 10, 14), D(2024, 11, 18));
    foi_timeline_free(t);
}
END_TEST

/* A school with a public-interest extension. SI 2004/3364 reg 3 makes a
 * school's time for compliance the twentieth working day that is a school
 * day (or the sixtieth working day, if earlier), and FOIA s.10(3) lets the
 * authority take a reasonable time beyond "the time for compliance": the
 * extension adds to the school's deadline and never ends before it. Summer
 * 2019: school days Mon 15 - Fri 19 Jul, then from Wed 4 Sep. Received Mon 15
 * Jul: Jul 16-19 (4), Sep 4-6 (7), 9-13 (12), 16-20 (17), 23-25 (20) ->
 * Wed 25 Sep 2019. 40 working days from receipt would end Wed 11 Sep (5 Aug,
 * Scottish, and 26 Aug, English, skipped): before the deadline it extends.
 * The ICO's no-more-than-20-working-days reading, counted from the school
 * deadline: Sep 26-27 (2), Sep 30 - Oct 4 (7), 7-11 (12), 14-18 (17), 21-23
 * (20) -> Wed 23 Oct 2019. */
START_TEST(test_school_pit_extension)
{
    foi_date days[200];
    size_t n = 0;
    for (foi_date d = D(2019, 7, 15); d.serial <= D(2019, 12, 20).serial; d.serial++)
        if (foi_date_weekday(d) <= FOI_FRIDAY &&
            (d.serial <= D(2019, 7, 19).serial || d.serial >= D(2019, 9, 4).serial))
            days[n++] = d;
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2019, 7, 15));
    c.school = 1;
    c.school_days = days;
    c.n_school_days = n;
    c.pit_extension = 1;
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *s = get(t, "foia.schools");
    check_entry(s, D(2019, 7, 15), D(2019, 9, 25));
    ck_assert_int_eq(s->extended, 1);
    const foi_timeline_entry *e = get(t, "foia.pit-extension");
    ck_assert_date_eq(e->deadline.due, D(2019, 10, 23));
    ck_assert_date_eq(e->deadline.start, D(2019, 9, 25));
    ck_assert(e->deadline.notes & FOI_NOTE_EXTENDS_LATER);
    ck_assert_uint_eq(e->deadline.n_skipped, 0);
    /* The advice names the extension's end, not 11 September. */
    foi_advice a[FOI_ADVICE_MAX];
    size_t na = 0;
    ck_assert_int_eq(foi_timeline_advice(a, FOI_ADVICE_MAX, &na, t, D(2019, 9, 1)), FOI_OK);
    ck_assert_uint_eq(na, 1);
    ck_assert_int_eq(a[0].kind, FOI_ADVICE_EXPECT_ANSWER);
    ck_assert_date_eq(a[0].date, D(2019, 10, 23));
    foi_timeline_free(t);

    /* Without a school calendar the school deadline is the 60th working
     * day: Jul 16-19 (4), 22-26 (9), Jul 29 - Aug 2 (14), 6-9 (18, 5 Aug
     * skipped), 12-16 (23), 19-23 (28), 27-30 (32, 26 Aug skipped), Sep 2-6
     * (37), 9-13 (42), 16-20 (47), 23-27 (52), Sep 30 - Oct 4 (57), 7-9 (60)
     * -> Wed 9 Oct 2019; the extension runs 20 working days on: Oct 10-11
     * (2), 14-18 (7), 21-25 (12), Oct 28 - Nov 1 (17), 4-6 (20) -> Wed 6 Nov. */
    c.school_days = NULL;
    c.n_school_days = 0;
    t = timeline(&c);
    ck_assert_date_eq(get(t, "foia.schools")->deadline.due, D(2019, 10, 9));
    ck_assert_date_eq(get(t, "foia.pit-extension")->deadline.due, D(2019, 11, 6));
    foi_timeline_free(t);
}
END_TEST

/* FOISA s.10(1): the authority must comply "promptly, and in any event by
 * not later than the twentieth working day after" receipt; FOISA has no
 * counterpart of FOIA s.10(3), so a claimed public-interest extension is
 * refused with that explanation instead of being ignored. */
START_TEST(test_foisa_pit_extension_refused)
{
    foi_case c = mkcase(FOI_REGIME_FOISA, D(2019, 7, 15));
    c.pit_extension = 1;
    foi_timeline *t = NULL;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_ptr_null(t);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_PIT_EXTENSION);
    ck_assert_int_eq(foi_error_other_field(), FOI_FIELD_REGIME);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "FOISA has no public-interest extension"));
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "s.10(1)"));
    /* EISR has one (reg 7), as does FOIA. */
    c = mkcase(FOI_REGIME_EISR, D(2019, 7, 15));
    c.pit_extension = 1;
    t = timeline(&c);
    foi_timeline_free(t);
}
END_TEST

/* EIR reg 9(2): a request for more particulars must come "as soon as
 * possible and in any event no later than 20 working days after the date of
 * receipt of the request"; only such a request restarts the 20 working days
 * from the particulars' arrival (reg 9(4)). FOIA s.1(3) sets no limit.
 * Received Mon 7 Jan 2019: the 20th working day is Mon 4 Feb. Asked Tue 5
 * Feb, answered Fri 8 Feb: too late for EIR (due stays Mon 4 Feb); FOIA
 * restarts from 8 Feb: Feb 11-15 (5), 18-22 (10), Feb 25 - Mar 1 (15), Mar
 * 4-8 (20) -> Fri 8 Mar 2019, with a warning. Asked on Mon 4 Feb itself: in
 * time for EIR, which restarts to Fri 8 Mar too. */
START_TEST(test_late_clarification)
{
    foi_case c = mkcase(FOI_REGIME_EIR, D(2019, 1, 7));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2019, 2, 5));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2019, 2, 8));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "eir.response");
    check_entry(e, D(2019, 1, 7), D(2019, 2, 4));
    ck_assert_ptr_nonnull(strstr(e->note, "does not restart the clock (reg 9(4))"));
    foi_timeline_free(t);

    /* still awaiting the late particulars: the clock is not stopped */
    c.has[FOI_EVENT_CLARIFICATION_RECEIVED] = 0;
    t = timeline(&c);
    e = get(t, "eir.response");
    ck_assert_int_eq(e->paused, 0);
    ck_assert_date_eq(e->deadline.due, D(2019, 2, 4));
    foi_timeline_free(t);

    /* asked on the 20th working day: in time, and the clock restarts */
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2019, 2, 4));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2019, 2, 8));
    t = timeline(&c);
    check_entry(get(t, "eir.response"), D(2019, 2, 8), D(2019, 3, 8));
    foi_timeline_free(t);

    /* FOIA: restarts, with a warning */
    c = mkcase(FOI_REGIME_FOIA, D(2019, 1, 7));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2019, 2, 5));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2019, 2, 8));
    t = timeline(&c);
    e = get(t, "foia.response");
    check_entry(e, D(2019, 2, 8), D(2019, 3, 8));
    ck_assert_ptr_nonnull(strstr(e->note, "Warning"));
    foi_timeline_free(t);
}
END_TEST

/* ---- clock events ---- */

START_TEST(test_clarification_restarts)
{
    /* Received Mon 1 Oct 2018, clarification asked Wed 3 Oct, received Mon
     * 15 Oct: the clock restarts from 15 Oct -> Mon 12 Nov (the working days
     * of 1-15 Oct are lost). */
    static const struct {
        foi_regime regime;
        const char *id;
    } regimes[] = {{FOI_REGIME_FOIA, "foia.response"},
                   {FOI_REGIME_EIR, "eir.response"},
                   {FOI_REGIME_FOISA, "foisa.response"},
                   {FOI_REGIME_EISR, "eisr.response"}};
    for (size_t i = 0; i < sizeof regimes / sizeof *regimes; i++) {
        foi_case c = mkcase(regimes[i].regime, D(2018, 10, 1));
        foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2018, 10, 3));
        foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2018, 10, 15));
        foi_timeline *t = timeline(&c);
        check_entry(get(t, regimes[i].id), D(2018, 10, 15), D(2018, 11, 12));
        if (regimes[i].regime == FOI_REGIME_FOISA) {
            /* s.20(5) from the restarted response period: 12 Nov + 40 WD on
             * scotland = Mon 14 Jan 2019 (derived in test_foisa). */
            const foi_timeline_entry *e = get(t, "foisa.review-request");
            ck_assert_date_eq(e->deadline.start, D(2018, 11, 12));
            ck_assert_date_eq(e->deadline.due, D(2019, 1, 14));
        }
        foi_timeline_free(t);
    }
}
END_TEST

START_TEST(test_clarification_pending)
{
    /* Clarification asked, not answered: the response clock is stopped. */
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 1));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2018, 10, 3));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "foia.response");
    ck_assert_int_eq(e->paused, 1);
    ck_assert_int_eq(tstatus(t, "foia.response", D(2018, 12, 1)).state, FOI_STATE_PAUSED);
    ck_assert(well_ordered(t));
    foi_timeline_free(t);

    c.regime = FOI_REGIME_EISR;
    t = timeline(&c);
    ck_assert_int_eq(get(t, "eisr.response")->paused, 1);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_clarification_on_weekend)
{
    /* The clarification arrives Sat 13 Oct 2018: it is the new date of
     * receipt. statutory: Oct 15-19 (5), 22-26 (10), Oct 29-Nov 2 (15), 5-9
     * (20) -> Fri 9 Nov. next-working-day: from Mon 15 Oct -> Mon 12 Nov. */
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 1));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2018, 10, 3));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2018, 10, 13));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "foia.response");
    check_entry(e, D(2018, 10, 13), D(2018, 11, 9));
    ck_assert(e->deadline.notes & FOI_NOTE_RECEIPT_NON_WORKING);
    ck_assert_date_eq(e->deadline.other_due, D(2018, 11, 12));
    foi_timeline_free(t);

    c.receipt_rule = FOI_RECEIPT_NEXT_WORKING_DAY;
    t = timeline(&c);
    e = get(t, "foia.response");
    check_entry(e, D(2018, 10, 13), D(2018, 11, 12));
    ck_assert_date_eq(e->deadline.start, D(2018, 10, 15));
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_fees)
{
    /* src/doc/rules.md s.4: received Mon 15 Oct 2018, fees notice Mon 22 Oct, fee
     * Thu 1 Nov: 4 used, 9 disregarded, 16 after 1 Nov: Nov 2 (1), 5-9 (6),
     * 12-16 (11), 19-23 (16) -> Fri 23 Nov. */
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2018, 11, 1));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "foia.response");
    check_entry(e, D(2018, 10, 15), D(2018, 11, 23));
    ck_assert_int_eq(e->deadline.paused_days, 9);
    ck_assert(e->deadline.notes & FOI_NOTE_PAUSED);
    /* If a fee-period entry is listed once the fee is paid, it is done. */
    e = find(t, "foia.fee-period");
    if (e)
        check_done(e, FOI_EVENT_FEE_PAID, 1, D(2018, 11, 1));
    ck_assert(well_ordered(t));
    foi_timeline_free(t);

    /* Fees notice, no fee yet: the response clock stops, and the requester
     * has "three months beginning with the day on which the fees notice is
     * given" (FOIA s.9(2)): Mon 22 Oct 2018 -> Mon 21 Jan 2019, the day before
     * the corresponding date. */
    c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    t = timeline(&c);
    check_ids(t, "foia.fee-period foia.response");
    ck_assert_int_eq(get(t, "foia.response")->paused, 1);
    e = get(t, "foia.fee-period");
    check_entry(e, D(2018, 10, 22), D(2019, 1, 21));
    check_done(e, FOI_EVENT_FEE_PAID, 0, D(2018, 1, 1));
    /* Sun 20 Jan 2019: one calendar day left, Mon 21 Jan being the last. */
    foi_status s = tstatus(t, "foia.fee-period", D(2019, 1, 20));
    ck_assert_int_eq(s.state, FOI_STATE_PENDING);
    ck_assert_int_eq(s.remaining, 1);
    ck_assert_int_eq(tstatus(t, "foia.response", D(2019, 1, 20)).state, FOI_STATE_PAUSED);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_fees_across_christmas)
{
    /* Received Mon 3 Dec 2018, fees notice Mon 10 Dec, fee Fri 4 Jan 2019:
     * used Dec 4-7 (4); 16 left after 4 Jan: Jan 7-11 (5), 14-18 (10), 21-25
     * (15), Mon 28 Jan (16). */
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 12, 3));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 12, 10));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2019, 1, 4));
    foi_timeline *t = timeline(&c);
    check_entry(get(t, "foia.response"), D(2018, 12, 3), D(2019, 1, 28));
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_clarification_and_fee)
{
    /* Received Mon 1 Oct, clarification Oct 3 -> Mon 15 Oct (restart), fees
     * notice Mon 22 Oct, fee Thu 1 Nov: as src/doc/rules.md s.4 -> Fri 23 Nov. */
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 1));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2018, 10, 3));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2018, 11, 1));
    foi_timeline *t = timeline(&c);
    check_entry(get(t, "foia.response"), D(2018, 10, 15), D(2018, 11, 23));
    foi_timeline_free(t);

    /* The same under FOISA: scotland has no holiday Oct 16 - Nov 23 either
     * -> Fri 23 Nov; s.20(5) from it: Nov 26-29 (4), Fri 30 Nov skipped, Dec
     * 3-7 (9), 10-14 (14), 17-21 (19), 24 (20), 27-28 (22), 31 (23), Jan 3-4
     * (25), 7-11 (30), 14-18 (35), 21-25 (40) -> Fri 25 Jan 2019. */
    c.regime = FOI_REGIME_FOISA;
    t = timeline(&c);
    check_entry(get(t, "foisa.response"), D(2018, 10, 15), D(2018, 11, 23));
    const foi_timeline_entry *e = get(t, "foisa.review-request");
    ck_assert_date_eq(e->deadline.start, D(2018, 11, 23));
    ck_assert_date_eq(e->deadline.due, D(2019, 1, 25));
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_fee_and_pit)
{
    /* The s.4 fee pause with a public-interest extension: response Fri 23
     * Nov (extended); the 40-WD cap, unpaused Tue 11 Dec, + the 9 working
     * days disregarded: Dec 12-14 (3), 17-21 (8), Mon 24 Dec (9). */
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 15));
    c.pit_extension = 1;
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2018, 11, 1));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "foia.response");
    check_entry(e, D(2018, 10, 15), D(2018, 11, 23));
    ck_assert_int_eq(e->extended, 1);
    check_entry(get(t, "foia.pit-extension"), D(2018, 10, 15), D(2018, 12, 24));
    foi_timeline_free(t);

    /* Fee not yet paid: both clocks stop. */
    c.has[FOI_EVENT_FEE_PAID] = 0;
    t = timeline(&c);
    ck_assert_int_eq(get(t, "foia.pit-extension")->paused, 1);
    ck_assert(well_ordered(t));
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_clarification_and_pit)
{
    /* Restart on Mon 15 Oct 2018 with the extension: cap Tue 11 Dec. */
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 1));
    c.pit_extension = 1;
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2018, 10, 3));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2018, 10, 15));
    foi_timeline *t = timeline(&c);
    check_entry(get(t, "foia.pit-extension"), D(2018, 10, 15), D(2018, 12, 11));
    ck_assert_int_eq(get(t, "foia.response")->extended, 1);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_fee_events_rejected)
{
    /* Fees notices exist under FOIA and FOISA, advance payment under EIR and
     * EISR reg 8; a subject-access fee is part of the day of receipt. */
    static const foi_regime regimes[] = {FOI_REGIME_SAR};
    for (size_t i = 0; i < sizeof regimes / sizeof *regimes; i++) {
        foi_case c = mkcase(regimes[i], D(2018, 10, 15));
        foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
        foi_timeline *t = NULL;
        ck_assert_msg(foi_timeline_compute(&t, &c) == FOI_EINVAL, "%s: fee notice accepted",
                      foi_regime_name(regimes[i]));
        foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2018, 11, 1));
        ck_assert_msg(foi_timeline_compute(&t, &c) == FOI_EINVAL, "%s: fee accepted",
                      foi_regime_name(regimes[i]));
    }
}
END_TEST

/* ---- EIR ---- */

START_TEST(test_eir)
{
    /* Received Mon 15 Oct 2018 -> 12 Nov; responded Mon 10 Dec (late by Nov
     * 13-16 (4), 19-23 (9), 26-29 (13), Dec 3-7 (18), 10 (19) working days;
     * St Andrew's Day is not one). Representations by 40 WD after 10 Dec:
     * Dec 11-14 (4), 17-21 (9), 24 (10), 27-28 (12), 31 (13), Jan 3-4 (15),
     * 7-11 (20), 14-18 (25), 21-25 (30), Jan 28-Feb 1 (35), 4-8 (40) -> Fri 8
     * Feb 2019. Made Mon 4 Feb -> reconsideration within 40 WD: Feb 5-8 (4),
     * 11-15 (9), 18-22 (14), Feb 25-Mar 1 (19), 4-8 (24), 11-15 (29), Mon 18
     * Mar (NI) skipped, 19-22 (33), 25-29 (38), Apr 1-2 (40) -> Tue 2 Apr. */
    foi_case c = mkcase(FOI_REGIME_EIR, D(2018, 10, 15));
    foi_timeline *t = timeline(&c);
    check_ids(t, "eir.response");
    foi_timeline_free(t);

    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 12, 10));
    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2019, 2, 4));
    t = timeline(&c);
    check_ids(t, "eir.response eir.review-request eir.review-response");
    const foi_timeline_entry *e = get(t, "eir.response");
    check_entry(e, D(2018, 10, 15), D(2018, 11, 12));
    check_done(e, FOI_EVENT_RESPONDED, 1, D(2018, 12, 10));
    foi_status s = tstatus(t, "eir.response", D(2019, 3, 1));
    ck_assert_int_eq(s.state, FOI_STATE_MISSED);
    ck_assert_int_eq(s.late, 19);
    e = get(t, "eir.review-request");
    check_entry(e, D(2018, 12, 10), D(2019, 2, 8));
    check_done(e, FOI_EVENT_REVIEW_REQUESTED, 1, D(2019, 2, 4));
    e = get(t, "eir.review-response");
    check_entry(e, D(2019, 2, 4), D(2019, 4, 2));
    check_done(e, FOI_EVENT_REVIEW_RESPONDED, 0, D(2018, 1, 1));
    foi_timeline_free(t);

    /* Reconsideration given Fri 15 Mar 2019, decision notice Mon 1 Jul 2019:
     * ICO complaint by Fri 15 Mar + 42 = Fri 26 Apr; tribunal by Mon 29 Jul. */
    foi_case_set(&c, FOI_EVENT_REVIEW_RESPONDED, D(2019, 3, 15));
    foi_case_set(&c, FOI_EVENT_DECISION_NOTICE, D(2019, 7, 1));
    t = timeline(&c);
    check_ids(t, "eir.response eir.review-request eir.review-response foia.ico-complaint "
                 "foia.tribunal-appeal");
    check_entry(get(t, "foia.ico-complaint"), D(2019, 3, 15), D(2019, 4, 26));
    check_entry(get(t, "foia.tribunal-appeal"), D(2019, 7, 1), D(2019, 7, 29));
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_eir_extended)
{
    /* Complex and voluminous: eir.extended 40 WD from Mon 15 Oct 2018 = Tue
     * 11 Dec (src/doc/rules.md s.6); eir.response is superseded. */
    foi_case c = mkcase(FOI_REGIME_EIR, D(2018, 10, 15));
    c.pit_extension = 1;
    foi_timeline *t = timeline(&c);
    check_ids(t, "eir.response eir.extended");
    ck_assert_int_eq(get(t, "eir.response")->extended, 1);
    ck_assert_int_eq(tstatus(t, "eir.response", D(2018, 11, 1)).state, FOI_STATE_EXTENDED);
    const foi_timeline_entry *e = get(t, "eir.extended");
    check_entry(e, D(2018, 10, 15), D(2018, 12, 11));
    check_done(e, FOI_EVENT_RESPONDED, 0, D(2018, 1, 1));
    foi_timeline_free(t);
}
END_TEST

/* ---- FOISA and EISR ---- */

START_TEST(test_foisa)
{
    /* Received Mon 15 Oct 2018: response Mon 12 Nov (scotland, no holiday in
     * between); s.20(5) with no response: 40 WD after 12 Nov: Nov 13-16 (4),
     * 19-23 (9), 26-29 (13), Fri 30 Nov skipped, Dec 3-7 (18), 10-14 (23),
     * 17-21 (28), 24 (29), 27-28 (31), 31 (32), Jan 3-4 (34), 7-11 (39), Mon
     * 14 Jan 2019 (40). */
    foi_case c = mkcase(FOI_REGIME_FOISA, D(2018, 10, 15));
    foi_timeline *t = timeline(&c);
    check_ids(t, "foisa.response foisa.review-request");
    const foi_timeline_entry *e = get(t, "foisa.review-request");
    ck_assert_date_eq(e->deadline.start, D(2018, 11, 12));
    ck_assert_date_eq(e->deadline.due, D(2019, 1, 14));
    check_done(e, FOI_EVENT_REVIEW_REQUESTED, 0, D(2018, 1, 1));
    ck_assert_uint_eq(e->deadline.notes & (FOI_NOTE_SAFER_EARLIER | FOI_NOTE_LATE_RESPONSE), 0);
    foi_timeline_free(t);

    /* An early response (Thu 1 Nov): safer to act 40 WD after it, Thu 3 Jan
     * 2019 (Nov 2 (1), 5-9 (6), 12-16 (11), 19-23 (16), 26-29 (20), Dec 3-7
     * (25), 10-14 (30), 17-21 (35), 24 (36), 27-28 (38), 31 (39), Jan 3 (40)). */
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 1));
    t = timeline(&c);
    e = get(t, "foisa.review-request");
    ck_assert_date_eq(e->deadline.due, D(2019, 1, 14));
    ck_assert(e->deadline.notes & FOI_NOTE_SAFER_EARLIER);
    ck_assert_date_eq(e->deadline.safer, D(2019, 1, 3));
    check_done(get(t, "foisa.response"), FOI_EVENT_RESPONDED, 1, D(2018, 11, 1));
    foi_timeline_free(t);

    /* A late response (Tue 20 Nov; late by Nov 13-16, 19-20 = 6 working
     * days): 40 WD after it, Tue 22 Jan 2019 (Nov 21-23 (3), 26-29 (7), Dec
     * 3-7 (12), 10-14 (17), 17-21 (22), 24 (23), 27-28 (25), 31 (26), Jan 3-4
     * (28), 7-11 (33), 14-18 (38), 21-22 (40)). */
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 20));
    t = timeline(&c);
    e = get(t, "foisa.review-request");
    ck_assert_date_eq(e->deadline.start, D(2018, 11, 20));
    ck_assert_date_eq(e->deadline.due, D(2019, 1, 22));
    ck_assert(e->deadline.notes & FOI_NOTE_LATE_RESPONSE);
    foi_status s = tstatus(t, "foisa.response", D(2018, 12, 1));
    ck_assert_int_eq(s.state, FOI_STATE_MISSED);
    ck_assert_int_eq(s.late, 6);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_foisa_review_and_sic)
{
    /* Responded Thu 1 Nov 2018; review required Mon 7 Jan 2019 -> review
     * response (20 WD, scotland): Jan 8-11 (4), 14-18 (9), 21-25 (14), Jan
     * 28-Feb 1 (19), Mon 4 Feb (20). With no outcome yet, the SIC application
     * runs from the expiry of the review period: 4 Feb + 6 months = Sun 4 Aug
     * 2019 (not rolled). */
    foi_case c = mkcase(FOI_REGIME_FOISA, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 1));
    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2019, 1, 7));
    foi_timeline *t = timeline(&c);
    check_ids(t, "foisa.response foisa.review-request foisa.review-response "
                 "foisa.sic-application");
    check_done(get(t, "foisa.review-request"), FOI_EVENT_REVIEW_REQUESTED, 1, D(2019, 1, 7));
    const foi_timeline_entry *e = get(t, "foisa.review-response");
    check_entry(e, D(2019, 1, 7), D(2019, 2, 4));
    check_done(e, FOI_EVENT_REVIEW_RESPONDED, 0, D(2018, 1, 1));
    e = get(t, "foisa.sic-application");
    check_entry(e, D(2019, 2, 4), D(2019, 8, 4));
    foi_timeline_free(t);

    /* Outcome received Fri 1 Feb 2019: + 6 months = Thu 1 Aug 2019. */
    foi_case_set(&c, FOI_EVENT_REVIEW_RESPONDED, D(2019, 2, 1));
    t = timeline(&c);
    check_entry(get(t, "foisa.sic-application"), D(2019, 2, 1), D(2019, 8, 1));
    check_done(get(t, "foisa.review-response"), FOI_EVENT_REVIEW_RESPONDED, 1, D(2019, 2, 1));
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_foisa_fees)
{
    /* Fees notice Mon 22 Oct 2018, not paid: response stopped; 3 months to
     * pay, beginning with the notice day (FOISA s.9(3)) -> Mon 21 Jan 2019.
     * The s.20(5) date cannot be known either. */
    foi_case c = mkcase(FOI_REGIME_FOISA, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_timeline *t = timeline(&c);
    ck_assert_int_eq(get(t, "foisa.response")->paused, 1);
    const foi_timeline_entry *e = get(t, "foisa.fee-period");
    check_entry(e, D(2018, 10, 22), D(2019, 1, 21));
    check_done(e, FOI_EVENT_FEE_PAID, 0, D(2018, 1, 1));
    e = find(t, "foisa.review-request");
    ck_assert_msg(e == NULL || e->paused, "s.20(5) date given while the fee is unpaid");
    ck_assert(well_ordered(t));
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_eisr)
{
    /* Received Mon 15 Oct 2018: eisr.response Mon 12 Nov. Responded Thu 8
     * Nov -> representations (40 WD, scotland): Nov 9 (1), 12-16 (6), 19-23
     * (11), 26-29 (15), Fri 30 Nov skipped, Dec 3-7 (20), 10-14 (25), 17-21
     * (30), 24 (31), 27-28 (33), 31 (34), Jan 3-4 (36), 7-10 (40) -> Thu 10
     * Jan 2019. Made Mon 7 Jan -> reconsideration (20 WD): Mon 4 Feb 2019;
     * SIC from its expiry: Sun 4 Aug 2019. */
    foi_case c = mkcase(FOI_REGIME_EISR, D(2018, 10, 15));
    foi_timeline *t = timeline(&c);
    check_ids(t, "eisr.response");
    check_entry(get(t, "eisr.response"), D(2018, 10, 15), D(2018, 11, 12));
    foi_timeline_free(t);

    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 8));
    t = timeline(&c);
    check_ids(t, "eisr.response eisr.review-request");
    check_entry(get(t, "eisr.review-request"), D(2018, 11, 8), D(2019, 1, 10));
    foi_timeline_free(t);

    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2019, 1, 7));
    t = timeline(&c);
    check_ids(t, "eisr.response eisr.review-request eisr.review-response "
                 "foisa.sic-application");
    check_entry(get(t, "eisr.review-response"), D(2019, 1, 7), D(2019, 2, 4));
    check_entry(get(t, "foisa.sic-application"), D(2019, 2, 4), D(2019, 8, 4));
    foi_timeline_free(t);

    /* Extended: 40 WD on scotland from 15 Oct = Tue 11 Dec 2018 (Fri 30 Nov
     * skipped, as on uk). */
    c = mkcase(FOI_REGIME_EISR, D(2018, 10, 15));
    c.pit_extension = 1;
    t = timeline(&c);
    check_ids(t, "eisr.response eisr.extended");
    ck_assert_int_eq(get(t, "eisr.response")->extended, 1);
    check_entry(get(t, "eisr.extended"), D(2018, 10, 15), D(2018, 12, 11));
    foi_timeline_free(t);
}
END_TEST

/* ---- SAR ---- */

START_TEST(test_sar)
{
    /* src/doc/rules.md s.6: Tue 18 Mar 2025 + 1 month = Good Friday 18 Apr; England
     * and Wales (and Northern Ireland) roll past Easter Monday to Tue 22 Apr,
     * Scotland to Mon 21 Apr. */
    static const struct {
        unsigned division;
        int day;
    } divs[] = {{0, 22},
                {FOI_DIV_ENGLAND_WALES, 22},
                {FOI_DIV_SCOTLAND, 21},
                {FOI_DIV_NORTHERN_IRELAND, 22}};
    for (size_t i = 0; i < sizeof divs / sizeof *divs; i++) {
        foi_case c = mkcase(FOI_REGIME_SAR, D(2025, 3, 18));
        c.division = divs[i].division;
        foi_timeline *t = timeline(&c);
        check_ids(t, "sar.response");
        const foi_timeline_entry *e = get(t, "sar.response");
        check_entry(e, D(2025, 3, 18), D(2025, 4, divs[i].day));
        check_done(e, FOI_EVENT_RESPONDED, 0, D(2018, 1, 1));
        foi_timeline_free(t);
    }

    /* Extended: 18 Mar + 3 months = Wed 18 Jun 2025, a working day. */
    foi_case c = mkcase(FOI_REGIME_SAR, D(2025, 3, 18));
    c.pit_extension = 1;
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "sar.extended");
    check_entry(e, D(2025, 3, 18), D(2025, 6, 18));
    check_done(e, FOI_EVENT_RESPONDED, 0, D(2018, 1, 1));
    e = find(t, "sar.response");
    ck_assert_msg(e == NULL || e->extended, "sar.response neither dropped nor superseded");
    foi_timeline_free(t);

    /* Answered Tue 15 Apr 2025: met, 7 calendar days early. */
    c = mkcase(FOI_REGIME_SAR, D(2025, 3, 18));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2025, 4, 15));
    t = timeline(&c);
    foi_status s = tstatus(t, "sar.response", D(2025, 5, 1));
    ck_assert_int_eq(s.state, FOI_STATE_MET);
    ck_assert_int_eq(s.early, 7);
    foi_timeline_free(t);
}
END_TEST

/* Row i's subject-access response: due, paused days and a phrase of its
 * note. */
static void check_sar_response(const foi_timeline *t, size_t i, foi_date due, int paused_days,
                               const char *note)
{
    const foi_timeline_entry *e = get(t, "sar.response");
    ck_assert_msg(e->deadline.due.serial == due.serial, "row %zu: due", i);
    ck_assert_msg(e->deadline.paused_days == paused_days, "row %zu: paused %d", i,
                  e->deadline.paused_days);
    ck_assert_msg(e->note && strstr(e->note, note), "row %zu: note %s", i,
                  e->note ? e->note : "(none)");
}

/* What a subject-access clarification does depends on when the request was
 * received. Before 21 October 2020 nothing let the clock stop (the ICO's
 * right of access guidance published that day first allowed it); until 4
 * February 2026 the pause rests on that guidance (advisory); from 5 February
 * 2026 UK GDPR Art 12A, inserted by the Data (Use and Access) Act 2025 s.76
 * ("time limits for responding to data subjects' requests") and brought into
 * force that day by SI 2026/82 reg 2(h), makes it law. Each case: received
 * on a Monday, clarification asked 2 days later and answered 7 days after
 * that (8 days paused). */
START_TEST(test_sar_clarification_bands)
{
    static const struct {
        int y, m, d;     /* received */
        int dy, dm, dd;  /* due */
        int paused_days; /* 0: the clock did not stop */
        const char *note;
    } rows[] = {
        /* Mon 2 Mar 2020 + 1 month = Thu 2 Apr 2020, no pause */
        {2020, 3, 2, 2020, 4, 2, 0, "did not change the time limit"},
        /* Mon 19 Oct 2020, two days before the guidance: Thu 19 Nov 2020 */
        {2020, 10, 19, 2020, 11, 19, 0, "did not change the time limit"},
        /* Wed 21 Oct 2020, the guidance's day: 21 Nov + 8 = Sun 29 Nov, rolled to Mon
         * 30 Nov 2020 */
        {2020, 10, 21, 2020, 11, 30, 8, "advisory"},
        /* Mon 1 Mar 2021: 1 Apr + 8 = Fri 9 Apr 2021 */
        {2021, 3, 1, 2021, 4, 9, 8, "advisory"},
        /* Wed 4 Feb 2026, the day before Art 12A: 4 Mar + 8 = Thu 12 Mar 2026 */
        {2026, 2, 4, 2026, 3, 12, 8, "advisory"},
        /* Thu 5 Feb 2026, under Art 12A: one month beginning with 5 Feb ends Wed 4 Mar;
         * + 8 = Thu 12 Mar 2026 */
        {2026, 2, 5, 2026, 3, 12, 8, "UK GDPR Art 12A"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        foi_date rx = D(rows[i].y, rows[i].m, rows[i].d);
        foi_case c = mkcase(FOI_REGIME_SAR, rx);
        foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, (foi_date){rx.serial + 2});
        foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, (foi_date){rx.serial + 9});
        foi_timeline *t = timeline(&c);
        check_sar_response(t, i, D(rows[i].dy, rows[i].dm, rows[i].dd), rows[i].paused_days,
                           rows[i].note);
        foi_timeline_free(t);
        /* Awaiting the clarification: stopped only where a pause applies. */
        c.has[FOI_EVENT_CLARIFICATION_RECEIVED] = 0;
        t = timeline(&c);
        ck_assert_msg(get(t, "sar.response")->paused == (rows[i].paused_days != 0),
                      "row %zu: awaiting", i);
        foi_timeline_free(t);
    }
}
END_TEST

/* A subject-access clarification asked for after the response period ends
 * stops nothing. From 5 February 2026 UK GDPR Art 12A (as DPA 2018 s.54(3C),
 * both inserted by the Data (Use and Access) Act 2025 s.76) discounts "the
 * period beginning with the day on which the controller makes the request and
 * ending with the day on which the controller receives the information" from
 * "the applicable time period": a period already ended has nothing to
 * discount. Before then the ICO's guidance stops the clock "until" the
 * clarification arrives, which presumes a clock still running: asked later,
 * the response is already late.
 * - Guidance: received Mon 1 Mar 2021, the month ends Thu 1 Apr. Asked on
 *   the last day, answered Tue 6 Apr: 1-6 Apr, 6 days, Wed 7 Apr 2021. Asked
 *   Fri 2 Apr: no pause, due Thu 1 Apr, overdue on 6 Apr.
 * - Art 12A: received Thu 5 Feb 2026, the month ends Wed 4 Mar. Asked on
 *   the last day, answered Mon 9 Mar: 4-9 Mar, 6 days, Tue 10 Mar 2026.
 *   Asked Thu 5 Mar: no pause, due Wed 4 Mar, overdue on 6 Mar. With an
 *   extension claimed in time (Fri 20 Feb) the period runs to Mon 4 May, so
 *   the same request (5-9 Mar, 5 days) pauses it: Sat 9 May 2026 (Art 12A
 *   does not roll). */
START_TEST(test_sar_clarification_after_the_period)
{
    static const struct {
        int y, m, d;      /* received */
        int ay, am, ad;   /* clarification asked */
        int ry, rm, rd;   /* clarification received */
        int dy, dm, dd;   /* response due */
        int paused_days;  /* 0: the clock did not stop */
        int ty, tm, td;   /* a day after the deadline */
        const char *note; /* from the response entry */
    } rows[] = {
        {2021, 3, 1, 2021, 4, 1, 2021, 4, 6, 2021, 4, 7, 6, 2021, 4, 8, "advisory"},
        {2021, 3, 1, 2021, 4, 2, 2021, 4, 6, 2021, 4, 1, 0, 2021, 4, 6, "cannot revive"},
        {2026, 2, 5, 2026, 3, 4, 2026, 3, 9, 2026, 3, 10, 6, 2026, 3, 11, "UK GDPR Art 12A"},
        {2026, 2, 5, 2026, 3, 5, 2026, 3, 9, 2026, 3, 4, 0, 2026, 3, 6, "stops nothing"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        foi_case c = mkcase(FOI_REGIME_SAR, D(rows[i].y, rows[i].m, rows[i].d));
        foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(rows[i].ay, rows[i].am, rows[i].ad));
        foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(rows[i].ry, rows[i].rm, rows[i].rd));
        foi_timeline *t = timeline(&c);
        check_sar_response(t, i, D(rows[i].dy, rows[i].dm, rows[i].dd), rows[i].paused_days,
                           rows[i].note);
        ck_assert_int_eq(tstatus(t, "sar.response", D(rows[i].ty, rows[i].tm, rows[i].td)).state,
                         FOI_STATE_OVERDUE);
        foi_timeline_free(t);
        /* Awaiting the clarification: on hold only where it was asked in time. */
        c.has[FOI_EVENT_CLARIFICATION_RECEIVED] = 0;
        t = timeline(&c);
        const foi_timeline_entry *e = get(t, "sar.response");
        ck_assert_msg(e->paused == (rows[i].paused_days != 0), "row %zu: awaiting", i);
        if (!e->paused) {
            ck_assert_date_eq(e->deadline.due, D(rows[i].dy, rows[i].dm, rows[i].dd));
            ck_assert_int_eq(
                tstatus(t, "sar.response", D(rows[i].ty, rows[i].tm, rows[i].td)).state,
                FOI_STATE_OVERDUE);
        }
        foi_timeline_free(t);
    }

    /* Inside an extension claimed in time the late-for-the-month request
     * still pauses. */
    foi_case c = mkcase(FOI_REGIME_SAR, D(2026, 2, 5));
    c.pit_extension = 1;
    c.has_extension_claimed = 1;
    c.extension_claimed = D(2026, 2, 20);
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2026, 3, 5));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2026, 3, 9));
    foi_timeline *t = timeline(&c);
    ck_assert_date_eq(get(t, "sar.extended")->deadline.due, D(2026, 5, 9));
    ck_assert_int_eq(get(t, "sar.extended")->deadline.paused_days, 5);
    foi_timeline_free(t);
}
END_TEST

/* An extension must be claimed within the time it extends. FOIA s.17(1):
 * the notice must be given "within the time for complying with section
 * 1(1)"; EIR reg 7 likewise within the 20 working days; UK GDPR Art 12(3):
 * "The controller shall inform the data subject of any such extension
 * within one month of receipt of the request". Received Mon 15 Jul 2019:
 * Jul 16-19 (4), 22-26 (9), Jul 29 - Aug 2 (14), 6-9 (18, 5 Aug skipped),
 * 12-13 (20) -> Tue 13 Aug 2019. */
START_TEST(test_extension_claim_dates)
{
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2019, 7, 15));
    c.pit_extension = 1;
    c.has_extension_claimed = 1;
    /* on the last day: it extends */
    c.extension_claimed = D(2019, 8, 13);
    foi_timeline *t = timeline(&c);
    check_ids(t, "foia.response foia.pit-extension");
    ck_assert_int_eq(get(t, "foia.response")->extended, 1);
    foi_timeline_free(t);
    /* a week later: it extends nothing, and the entry says why */
    c.extension_claimed = D(2019, 8, 20);
    t = timeline(&c);
    check_ids(t, "foia.response");
    const foi_timeline_entry *e = get(t, "foia.response");
    check_entry(e, D(2019, 7, 15), D(2019, 8, 13));
    ck_assert_int_eq(e->extended, 0);
    ck_assert_ptr_nonnull(strstr(e->note, "FOIA s.17(1)"));
    ck_assert_int_eq(tstatus(t, "foia.response", D(2019, 8, 30)).state, FOI_STATE_OVERDUE);
    foi_timeline_free(t);
    /* before receipt: an error naming the claim and the receipt */
    c.extension_claimed = D(2019, 7, 10);
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_ECONFLICT);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_PIT_EXTENSION);
    ck_assert_int_eq(foi_error_other_field(), FOI_FIELD_RECEIVED);

    /* EIR reg 7: the same 20 working days */
    c = mkcase(FOI_REGIME_EIR, D(2019, 7, 15));
    c.pit_extension = 1;
    c.has_extension_claimed = 1;
    c.extension_claimed = D(2019, 8, 14);
    t = timeline(&c);
    check_ids(t, "eir.response");
    ck_assert_ptr_nonnull(strstr(get(t, "eir.response")->note, "regulation 7"));
    foi_timeline_free(t);

    /* Subject access received Mon 2 Mar 2026: the month ends Thu 2 Apr; an
     * extension notice on Fri 10 Apr comes too late. */
    c = mkcase(FOI_REGIME_SAR, D(2026, 3, 2));
    c.pit_extension = 1;
    c.has_extension_claimed = 1;
    c.extension_claimed = D(2026, 4, 10);
    t = timeline(&c);
    check_ids(t, "sar.response");
    ck_assert_ptr_nonnull(strstr(get(t, "sar.response")->note, "Art 12(3)"));
    foi_timeline_free(t);
    c.extension_claimed = D(2026, 3, 20);
    t = timeline(&c);
    check_ids(t, "sar.response sar.extended");
    foi_timeline_free(t);
}
END_TEST

/* Dates after today: computed as given, but flagged. */
START_TEST(test_case_warnings)
{
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2026, 12, 2));
    const char *w[4];
    ck_assert_uint_eq(foi_case_warnings(w, 4, &c, D(2026, 12, 2)), 0);
    ck_assert_uint_eq(foi_case_warnings(w, 4, &c, D(2026, 12, 1)), 1);
    ck_assert_ptr_nonnull(strstr(w[0], "received is after today"));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2026, 12, 10));
    ck_assert_uint_eq(foi_case_warnings(w, 4, &c, D(2026, 12, 1)), 2);
    ck_assert_ptr_nonnull(strstr(w[1], "responded is after today"));
    /* the count without room for any */
    ck_assert_uint_eq(foi_case_warnings(NULL, 0, &c, D(2026, 12, 5)), 1);
    ck_assert_uint_eq(foi_case_warnings(NULL, 0, NULL, D(2026, 12, 5)), 0);
}
END_TEST

START_TEST(test_sar_clarification_pauses)
{
    /* Received Mon 3 Mar 2025; clarification asked Mon 10 Mar, answered Fri
     * 14 Mar: 5 days do not count, the month resumes: 3 Apr + 5 = Tue 8 Apr
     * 2025. Not a restart: a restart would give 14 Apr. */
    foi_case c = mkcase(FOI_REGIME_SAR, D(2025, 3, 3));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2025, 3, 10));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2025, 3, 14));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "sar.response");
    check_entry(e, D(2025, 3, 3), D(2025, 4, 8));
    ck_assert_int_eq(e->deadline.paused_days, 5);
    foi_timeline_free(t);

    /* Extended with the same pause: 3 Jun + 5 = Sun 8 Jun, rolled to Mon 9
     * Jun 2025. */
    c.pit_extension = 1;
    t = timeline(&c);
    check_entry(get(t, "sar.extended"), D(2025, 3, 3), D(2025, 6, 9));
    foi_timeline_free(t);

    /* Asked, not yet answered: stopped. */
    c = mkcase(FOI_REGIME_SAR, D(2025, 3, 3));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2025, 3, 10));
    t = timeline(&c);
    ck_assert_int_eq(get(t, "sar.response")->paused, 1);
    ck_assert_int_eq(tstatus(t, "sar.response", D(2025, 5, 1)).state, FOI_STATE_PAUSED);
    foi_timeline_free(t);
}
END_TEST

/* ---- contradictions ---- */

struct conflict {
    foi_regime regime;
    /* events as (event, y, m, d); received is always Mon 15 Oct 2018 unless
     * given; terminated by -1 */
    struct {
        int ev, y, m, d;
    } ev[6];
    foi_event a, b; /* the two events the message must name */
};

static const struct conflict conflicts[] = {
    {FOI_REGIME_FOIA,
     {{FOI_EVENT_RESPONDED, 2018, 10, 10}, {-1, 0, 0, 0}},
     FOI_EVENT_RESPONDED,
     FOI_EVENT_RECEIVED},
    {FOI_REGIME_FOIA,
     {{FOI_EVENT_CLARIFICATION_REQUESTED, 2018, 10, 12}, {-1, 0, 0, 0}},
     FOI_EVENT_CLARIFICATION_REQUESTED,
     FOI_EVENT_RECEIVED},
    {FOI_REGIME_FOIA,
     {{FOI_EVENT_FEE_NOTICE, 2018, 10, 1}, {-1, 0, 0, 0}},
     FOI_EVENT_FEE_NOTICE,
     FOI_EVENT_RECEIVED},
    {FOI_REGIME_FOIA,
     {{FOI_EVENT_DECISION_NOTICE, 2018, 9, 1}, {-1, 0, 0, 0}},
     FOI_EVENT_DECISION_NOTICE,
     FOI_EVENT_RECEIVED},
    {FOI_REGIME_FOISA,
     {{FOI_EVENT_CLARIFICATION_REQUESTED, 2018, 10, 14},
      {FOI_EVENT_CLARIFICATION_RECEIVED, 2018, 10, 20},
      {-1, 0, 0, 0}},
     FOI_EVENT_CLARIFICATION_REQUESTED,
     FOI_EVENT_RECEIVED},
    {FOI_REGIME_FOIA,
     {{FOI_EVENT_CLARIFICATION_RECEIVED, 2018, 10, 20}, {-1, 0, 0, 0}},
     FOI_EVENT_CLARIFICATION_RECEIVED,
     FOI_EVENT_CLARIFICATION_REQUESTED},
    {FOI_REGIME_FOIA,
     {{FOI_EVENT_CLARIFICATION_REQUESTED, 2018, 10, 20},
      {FOI_EVENT_CLARIFICATION_RECEIVED, 2018, 10, 16},
      {-1, 0, 0, 0}},
     FOI_EVENT_CLARIFICATION_RECEIVED,
     FOI_EVENT_CLARIFICATION_REQUESTED},
    {FOI_REGIME_SAR,
     {{FOI_EVENT_CLARIFICATION_REQUESTED, 2018, 10, 20},
      {FOI_EVENT_CLARIFICATION_RECEIVED, 2018, 10, 16},
      {-1, 0, 0, 0}},
     FOI_EVENT_CLARIFICATION_RECEIVED,
     FOI_EVENT_CLARIFICATION_REQUESTED},
    {FOI_REGIME_FOIA,
     {{FOI_EVENT_FEE_PAID, 2018, 10, 25}, {-1, 0, 0, 0}},
     FOI_EVENT_FEE_PAID,
     FOI_EVENT_FEE_NOTICE},
    {FOI_REGIME_FOISA,
     {{FOI_EVENT_FEE_NOTICE, 2018, 10, 30}, {FOI_EVENT_FEE_PAID, 2018, 10, 25}, {-1, 0, 0, 0}},
     FOI_EVENT_FEE_PAID,
     FOI_EVENT_FEE_NOTICE},
    {FOI_REGIME_FOIA,
     {{FOI_EVENT_RESPONDED, 2018, 11, 5}, {FOI_EVENT_REVIEW_REQUESTED, 2018, 11, 1}, {-1, 0, 0, 0}},
     FOI_EVENT_REVIEW_REQUESTED,
     FOI_EVENT_RESPONDED},
    {FOI_REGIME_EIR,
     {{FOI_EVENT_RESPONDED, 2018, 11, 5},
      {FOI_EVENT_REVIEW_RESPONDED, 2018, 11, 20},
      {-1, 0, 0, 0}},
     FOI_EVENT_REVIEW_RESPONDED,
     FOI_EVENT_REVIEW_REQUESTED},
    {FOI_REGIME_FOIA,
     {{FOI_EVENT_RESPONDED, 2018, 11, 5},
      {FOI_EVENT_REVIEW_REQUESTED, 2018, 11, 15},
      {FOI_EVENT_REVIEW_RESPONDED, 2018, 11, 10},
      {-1, 0, 0, 0}},
     FOI_EVENT_REVIEW_RESPONDED,
     FOI_EVENT_REVIEW_REQUESTED},
    {FOI_REGIME_FOIA,
     {{FOI_EVENT_RESPONDED, 2018, 11, 5},
      {FOI_EVENT_REVIEW_REQUESTED, 2018, 11, 15},
      {FOI_EVENT_REVIEW_RESPONDED, 2018, 12, 10},
      {FOI_EVENT_DECISION_NOTICE, 2018, 12, 1},
      {-1, 0, 0, 0}},
     FOI_EVENT_DECISION_NOTICE,
     FOI_EVENT_REVIEW_RESPONDED},
    {FOI_REGIME_FOIA,
     {{FOI_EVENT_RESPONDED, 2018, 11, 5}, {FOI_EVENT_FEE_NOTICE, 2018, 11, 10}, {-1, 0, 0, 0}},
     FOI_EVENT_FEE_NOTICE,
     FOI_EVENT_RESPONDED},
    {FOI_REGIME_FOIA,
     {{FOI_EVENT_RESPONDED, 2018, 11, 5},
      {FOI_EVENT_CLARIFICATION_REQUESTED, 2018, 11, 10},
      {-1, 0, 0, 0}},
     FOI_EVENT_CLARIFICATION_REQUESTED,
     FOI_EVENT_RESPONDED},
    {FOI_REGIME_EISR,
     {{FOI_EVENT_RESPONDED, 2018, 11, 5},
      {FOI_EVENT_CLARIFICATION_REQUESTED, 2018, 11, 10},
      {FOI_EVENT_CLARIFICATION_RECEIVED, 2018, 11, 12},
      {-1, 0, 0, 0}},
     FOI_EVENT_CLARIFICATION_REQUESTED,
     FOI_EVENT_RESPONDED},
};

/* 1 if msg contains name as a whole word ("responded" does not match inside
 * "review_responded"). */
static int names(const char *msg, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = strstr(msg, name); p; p = strstr(p + 1, name)) {
        int before = p == msg || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
        int after = !(isalnum((unsigned char)p[n]) || p[n] == '_');
        if (before && after)
            return 1;
    }
    return 0;
}

START_TEST(test_contradictions)
{
    const struct conflict *k = &conflicts[_i];
    foi_case c = mkcase(k->regime, D(2018, 10, 15));
    for (int i = 0; k->ev[i].ev >= 0; i++)
        foi_case_set(&c, (foi_event)k->ev[i].ev, D(k->ev[i].y, k->ev[i].m, k->ev[i].d));
    foi_timeline *t = NULL;
    int rc = foi_timeline_compute(&t, &c);
    const char *msg = foi_error_last();
    ck_assert_msg(rc == FOI_ECONFLICT, "case %d: %d (%s)", _i, rc, rc ? msg : "accepted");
    ck_assert_msg(names(msg, foi_event_name(k->a)) && names(msg, foi_event_name(k->b)),
                  "case %d: message does not name %s and %s: %s", _i, foi_event_name(k->a),
                  foi_event_name(k->b), msg);
}
END_TEST

START_TEST(test_same_day_events_are_consistent)
{
    /* Events on the same day never contradict each other. */
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_REVIEW_RESPONDED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_DECISION_NOTICE, D(2018, 10, 15));
    foi_timeline *t = NULL;
    int rc = foi_timeline_compute(&t, &c);
    ck_assert_msg(rc == FOI_OK, "%d %s", rc, foi_error_last());
    /* Response from Mon 15 Oct, nothing disregarded: Mon 12 Nov; met 20
     * working days early. */
    check_entry(get(t, "foia.response"), D(2018, 10, 15), D(2018, 11, 12));
    ck_assert(well_ordered(t));
    foi_timeline_free(t);
}
END_TEST

/* ---- calendars, ordering, properties ---- */

START_TEST(test_case_calendars)
{
    /* A uk calendar with a local closure on Mon 22 Oct 2018: Oct 16-19 (4),
     * 23-26 (8), Oct 29-Nov 2 (13), 5-9 (18), 12-13 (20) -> Tue 13 Nov. */
    foi_calendar_builder *b = NULL;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2018, 10, 22), 0, "Closure"), FOI_OK);
    foi_calendar *uk = NULL;
    ck_assert_int_eq(foi_calendar_builder_build(&uk, b, FOI_CAL_UK), FOI_OK);
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 15));
    c.calendars[FOI_CAL_UK] = uk;
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "foia.response");
    check_entry(e, D(2018, 10, 15), D(2018, 11, 13));
    ck_assert_ptr_eq(e->deadline.calendar, uk);
    foi_timeline_free(t);
    foi_calendar_free(uk);
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_status_errors)
{
    foi_case c = mkcase(FOI_REGIME_FOIA, D(2018, 10, 15));
    foi_timeline *t = timeline(&c);
    foi_status s;
    ck_assert_int_lt(foi_timeline_status(&s, t, foi_timeline_count(t), D(2018, 11, 1)), 0);
    ck_assert_ptr_null(foi_timeline_entry_at(t, foi_timeline_count(t)));
    foi_timeline_free(t);
}
END_TEST

/* Over every receipt day of 2019-2028, a full FOIA, FOISA and SAR case: the
 * entries are in order, each agrees with foi_deadline_compute, and adding a
 * fee pause never makes the response earlier. */
START_TEST(test_property_timelines)
{
    static const foi_regime regimes[] = {FOI_REGIME_FOIA, FOI_REGIME_EIR, FOI_REGIME_FOISA,
                                         FOI_REGIME_EISR, FOI_REGIME_SAR};
    foi_regime regime = regimes[_i];
    for (foi_date rx = D(2019, 1, 1); rx.serial <= D(2028, 12, 31).serial; rx.serial++) {
        char b[FOI_DATE_ISO_SIZE];
        const char *rs = foi_date_format_iso(rx, b);
        foi_case c;
        foi_case_init(&c, regime);
        foi_case_set(&c, FOI_EVENT_RECEIVED, rx);
        foi_case_set(&c, FOI_EVENT_RESPONDED, (foi_date){rx.serial + 25});
        if (regime != FOI_REGIME_SAR) {
            foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, (foi_date){rx.serial + 40});
            foi_case_set(&c, FOI_EVENT_REVIEW_RESPONDED, (foi_date){rx.serial + 60});
        }
        if (regime == FOI_REGIME_FOIA || regime == FOI_REGIME_EIR)
            foi_case_set(&c, FOI_EVENT_DECISION_NOTICE, (foi_date){rx.serial + 200});
        foi_timeline *t = NULL;
        REQUIRE(foi_timeline_compute(&t, &c) == FOI_OK, "%s: %s", rs, foi_error_last());
        REQUIRE(well_ordered(t), "%s: out of order", rs);
        size_t n = foi_timeline_count(t);
        REQUIRE(n >= 1, "%s: empty", rs);
        foi_date first_due = foi_timeline_entry_at(t, 0)->deadline.due;
        for (size_t i = 0; i < n; i++) {
            const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
            foi_deadline_options o;
            foi_deadline_options_init(&o);
            o.division = c.division;
            if (e->deadline.rule->anchor == FOI_ANCHOR_RESPONSE_PERIOD) {
                o.has_response = 1;
                o.response = c.events[FOI_EVENT_RESPONDED];
            }
            /* The Coronavirus (Scotland) Act 2020 limits governed an answer
             * given in their band to a request received before and pending
             * (tests/unit/test_bands.c); foi_deadline_compute holds day 0
             * to the band, so such an entry is not recomputed here. */
            if (!foi_rule_in_force(e->deadline.rule, e->deadline.anchor)) {
                REQUIRE(e->deadline.rule->in_force_until.serial &&
                            e->deadline.anchor.serial < e->deadline.rule->in_force_from.serial,
                        "%s: %s out of its band", rs, e->deadline.rule->id);
                continue;
            }
            foi_deadline d;
            REQUIRE(foi_deadline_compute(&d, e->deadline.rule, e->deadline.anchor, &o) == FOI_OK,
                    "%s: recompute", rs);
            REQUIRE(d.due.serial == e->deadline.due.serial, "%s: %s differs from the rule", rs,
                    e->deadline.rule->id);
            REQUIRE(!e->paused && e->deadline.due.serial > rx.serial, "%s: %s", rs,
                    e->deadline.rule->id);
        }
        foi_timeline_free(t);

        if (regime == FOI_REGIME_FOIA || regime == FOI_REGIME_FOISA) {
            foi_case_set(&c, FOI_EVENT_FEE_NOTICE, (foi_date){rx.serial + 3});
            foi_case_set(&c, FOI_EVENT_FEE_PAID, (foi_date){rx.serial + 10});
            REQUIRE(foi_timeline_compute(&t, &c) == FOI_OK, "%s fee: %s", rs, foi_error_last());
            REQUIRE(well_ordered(t), "%s fee: out of order", rs);
            const foi_timeline_entry *e = NULL;
            for (size_t i = 0; i < foi_timeline_count(t); i++) {
                const foi_timeline_entry *x = foi_timeline_entry_at(t, i);
                if (x->deadline.rule->anchor == FOI_ANCHOR_RECEIPT)
                    e = x;
            }
            REQUIRE(e && e->deadline.due.serial >= first_due.serial,
                    "%s: fee pause made the response earlier", rs);
            foi_timeline_free(t);
        }
    }
}
END_TEST

static Suite *timeline_suite(void)
{
    Suite *s = suite_create("timeline");
    TCase *tc = tcase_create("events");
    tcase_add_test(tc, test_event_names);
    tcase_add_test(tc, test_case_init_and_set);
    tcase_add_test(tc, test_needs_received);
    suite_add_tcase(s, tc);

    tc = tcase_create("foia");
    tcase_add_test(tc, test_foia_received_only);
    tcase_add_test(tc, test_foia_full_case);
    tcase_add_test(tc, test_foia_stages_appear_with_events);
    tcase_add_test(tc, test_foia_pit_extension);
    tcase_add_test(tc, test_foia_school);
    suite_add_tcase(s, tc);

    tc = tcase_create("clock");
    tcase_add_test(tc, test_clarification_restarts);
    tcase_add_test(tc, test_clarification_pending);
    tcase_add_test(tc, test_clarification_on_weekend);
    tcase_add_test(tc, test_fees);
    tcase_add_test(tc, test_fees_across_christmas);
    tcase_add_test(tc, test_clarification_and_fee);
    tcase_add_test(tc, test_fee_and_pit);
    tcase_add_test(tc, test_school_pit_extension);
    tcase_add_test(tc, test_foisa_pit_extension_refused);
    tcase_add_test(tc, test_late_clarification);
    tcase_add_test(tc, test_sar_clarification_bands);
    tcase_add_test(tc, test_sar_clarification_after_the_period);
    tcase_add_test(tc, test_extension_claim_dates);
    tcase_add_test(tc, test_case_warnings);
    tcase_add_test(tc, test_clarification_and_pit);
    tcase_add_test(tc, test_fee_events_rejected);
    suite_add_tcase(s, tc);

    tc = tcase_create("regimes");
    tcase_add_test(tc, test_eir);
    tcase_add_test(tc, test_eir_extended);
    tcase_add_test(tc, test_foisa);
    tcase_add_test(tc, test_foisa_review_and_sic);
    tcase_add_test(tc, test_foisa_fees);
    tcase_add_test(tc, test_eisr);
    tcase_add_test(tc, test_sar);
    tcase_add_test(tc, test_sar_clarification_pauses);
    suite_add_tcase(s, tc);

    tc = tcase_create("conflicts");
    tcase_add_loop_test(tc, test_contradictions, 0, (int)(sizeof conflicts / sizeof *conflicts));
    tcase_add_test(tc, test_same_day_events_are_consistent);
    suite_add_tcase(s, tc);

    tc = tcase_create("misc");
    tcase_add_test(tc, test_case_calendars);
    tcase_add_test(tc, test_status_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("properties");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_property_timelines, 0, 5);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *s[] = {timeline_suite()};
    return run_suites(s, 1);
}
