/*
 * Unit tests of two clock rules: advance payment under EIR and EISR reg 8
 * (the time to pay, the pause of the response clock while the payment is
 * awaited, late payment and late notification), and the Information
 * Commissioner's direction under SI 2004/3364 regs 5 and 6 (a later
 * response day, at most the sixtieth working day). Every expected date was
 * counted by hand from the calendar; the comments give the count.
 */
#include <string.h>

#include "testutil.h"

static foi_deadline compute(const char *id, foi_date anchor, const foi_deadline_options *o)
{
    const foi_rule *r = NULL;
    ck_assert_int_eq(foi_rule_find(&r, id), FOI_OK);
    foi_deadline d;
    ck_assert_msg(foi_deadline_compute(&d, r, anchor, o) == FOI_OK, "%s: %s", id, foi_error_last());
    return d;
}

static foi_case mkcase(foi_regime regime, foi_date received)
{
    foi_case c;
    foi_case_init(&c, regime);
    foi_case_set(&c, FOI_EVENT_RECEIVED, received);
    return c;
}

static foi_timeline *timeline(const foi_case *c)
{
    foi_timeline *t = NULL;
    ck_assert_msg(foi_timeline_compute(&t, c) == FOI_OK, "%s", foi_error_last());
    return t;
}

/* The entry of rule id, which the timeline must have. */
static const foi_timeline_entry *get(const foi_timeline *t, const char *id)
{
    for (size_t i = 0; i < foi_timeline_count(t); i++)
        if (strcmp(foi_timeline_entry_at(t, i)->deadline.rule->id, id) == 0)
            return foi_timeline_entry_at(t, i);
    ck_abort_msg("no %s in the timeline", id);
    return NULL;
}

static size_t index_of(const foi_timeline *t, const char *id)
{
    const foi_timeline_entry *e = get(t, id);
    return (size_t)(e - foi_timeline_entry_at(t, 0));
}

static foi_status status(const foi_timeline *t, const char *id, foi_date today)
{
    foi_status s;
    ck_assert_int_eq(foi_timeline_status(&s, t, index_of(t, id), today), FOI_OK);
    return s;
}

/* The kinds of advice for t on today, as one string of names. */
static void advice_kinds(char *out, size_t size, const foi_timeline *t, foi_date today)
{
    foi_advice a[FOI_ADVICE_MAX];
    size_t n = 0;
    ck_assert_int_eq(foi_timeline_advice(a, FOI_ADVICE_MAX, &n, t, today), FOI_OK);
    out[0] = '\0';
    for (size_t i = 0; i < n && i < FOI_ADVICE_MAX; i++) {
        strncat(out, i ? " " : "", size - strlen(out) - 1);
        strncat(out, foi_advice_kind_name(a[i].kind), size - strlen(out) - 1);
    }
}

/* ---- EIR and EISR reg 8: the time to pay ---- */

START_TEST(test_eir_fee_period)
{
    /* EIR reg 8(5): the authority need not make the information available
     * "unless the charge is paid no later than 60 working days after the date
     * on which it gave the notification". Notified Mon 22 Oct 2018: October
     * 23-26 (4), 29-31 (7), November 1-2 (9), 5-9 (14), 12-16 (19), 19-23
     * (24), 26-29 (28; Fri 30 Nov, St Andrew's Day, is a UK non-working day),
     * December 3-7 (33), 10-14 (38), 17-21 (43), 24 (44; 25 and 26 Dec
     * holidays), 27-28 (46), 31 (47), January 3-4 (49; 1 and 2 Jan holidays),
     * 7-11 (54), 14-18 (59), Mon 21 Jan 2019 (60). */
    foi_deadline d = compute("eir.fee-period", D(2018, 10, 22), NULL);
    ck_assert_date_eq(d.due, D(2019, 1, 21));
    ck_assert_uint_eq(d.notes & FOI_NOTE_BEGINNING_WITH, 0);
}
END_TEST

START_TEST(test_fee_period_calendars)
{
    /* Notified Fri 1 Mar 2019. EIR counts holidays in any part of the UK:
     * March 4-8 (5), 11-15 (10), 19-22 (14; Mon 18 Mar, St Patrick's Day
     * substitute, is a Northern Irish holiday), 25-29 (19), April 1-5 (24),
     * 8-12 (29), 15-18 (33; Good Friday 19 Apr), 23-26 (37; Easter Monday 22
     * Apr, not Scottish), 29-30 (39), May 1-3 (42), 7-10 (46; 6 May), 13-17
     * (51), 20-24 (56), 28-31 (60; 27 May): Fri 31 May 2019. EISR counts
     * Scottish holidays only, so 18 Mar and 22 Apr are working days: March
     * 4-8 (5), 11-15 (10), 18-22 (15), 25-29 (20), April 1-5 (25), 8-12 (30),
     * 15-18 (34), 22-26 (39), 29-30 (41), May 1-3 (44), 7-10 (48), 13-17
     * (53), 20-24 (58), 28-29 (60): Wed 29 May 2019. */
    ck_assert_date_eq(compute("eir.fee-period", D(2019, 3, 1), NULL).due, D(2019, 5, 31));
    ck_assert_date_eq(compute("eisr.fee-period", D(2019, 3, 1), NULL).due, D(2019, 5, 29));
}
END_TEST

/* ---- EIR and EISR reg 8: the pause ---- */

START_TEST(test_eir_advance_payment_pause)
{
    /* EIR reg 8(6): "The period beginning with the day on which the
     * notification of the requirement of an advance payment is made and
     * ending on the day on which that payment is received by the public
     * authority is to be disregarded" for reg 5(2). Received Mon 15 Oct 2018,
     * notified Mon 22 Oct, paid Thu 1 Nov: October 16-19 (4), then 22 Oct to
     * 1 Nov disregarded (9 working days), November 2 (5), 5-9 (10), 12-16
     * (15), 19-23 (20): Fri 23 Nov 2018 instead of Mon 12 Nov. */
    foi_case c = mkcase(FOI_REGIME_EIR, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2018, 11, 1));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "eir.response");
    ck_assert_date_eq(e->deadline.due, D(2018, 11, 23));
    ck_assert_int_eq(e->deadline.paused_days, 9);
    ck_assert_date_eq(get(t, "eir.fee-period")->deadline.due, D(2019, 1, 21));
    foi_status s = status(t, "eir.fee-period", D(2018, 11, 5));
    ck_assert_int_eq(s.state, FOI_STATE_MET);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_advance_payment_pause_calendars)
{
    /* Received Mon 1 Apr 2019, notified Wed 3 Apr, paid Wed 10 Apr (3-10
     * April disregarded). EIR: April 2 (1), 11-12 (3), 15-18 (7; Good Friday
     * 19 Apr, Easter Monday 22 Apr), 23-26 (11), 29-30 (13), May 1-3 (16),
     * 7-10 (20; 6 May): Fri 10 May 2019. EISR, where Easter Monday is a
     * working day: April 2 (1), 11-12 (3), 15-18 (7), 22-26 (12), 29-30 (14),
     * May 1-3 (17), 7-9 (20): Thu 9 May 2019. */
    foi_case c = mkcase(FOI_REGIME_EIR, D(2019, 4, 1));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2019, 4, 3));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2019, 4, 10));
    foi_timeline *t = timeline(&c);
    ck_assert_date_eq(get(t, "eir.response")->deadline.due, D(2019, 5, 10));
    foi_timeline_free(t);
    c.regime = FOI_REGIME_EISR;
    t = timeline(&c);
    ck_assert_date_eq(get(t, "eisr.response")->deadline.due, D(2019, 5, 9));
    ck_assert_ptr_nonnull(get(t, "eisr.fee-period"));
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_advance_payment_inside_extension)
{
    /* Reg 8(6) disregards the wait "including any extension to those periods
     * under regulation 7(1)". Received Mon 15 Oct 2018, complex and
     * voluminous (40 working days: Tue 11 Dec), notified Mon 22 Oct, paid
     * Thu 1 Nov: the 9 working days 22 Oct - 1 Nov are added, December
     * 12-14 (3), 17-21 (8), 24 (9): Mon 24 Dec 2018. The 20-day deadline,
     * now the date for the notice of extension, moves likewise to 23 Nov. */
    foi_case c = mkcase(FOI_REGIME_EIR, D(2018, 10, 15));
    c.pit_extension = 1;
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2018, 11, 1));
    foi_timeline *t = timeline(&c);
    ck_assert_date_eq(get(t, "eir.extended")->deadline.due, D(2018, 12, 24));
    ck_assert_int_eq(get(t, "eir.extended")->deadline.paused_days, 9);
    ck_assert_date_eq(get(t, "eir.response")->deadline.due, D(2018, 11, 23));
    ck_assert_int_eq(get(t, "eir.response")->extended, 1);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_awaiting_advance_payment)
{
    /* Notified, not yet paid: the response clock is stopped. */
    foi_case c = mkcase(FOI_REGIME_EISR, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_timeline *t = timeline(&c);
    ck_assert_int_eq(get(t, "eisr.response")->paused, 1);
    ck_assert_int_eq(status(t, "eisr.response", D(2018, 11, 1)).state, FOI_STATE_PAUSED);
    char kinds[200];
    advice_kinds(kinds, sizeof kinds, t, D(2018, 11, 1));
    ck_assert_str_eq(kinds, "pay-fee on-hold");
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_late_advance_payment)
{
    /* Paid Tue 22 Jan 2019, a day after the 60th working day (Mon 21 Jan):
     * reg 8(5) frees the authority. Reg 8(6) does not make the disregard
     * depend on payment in time (unlike FOIA s.10(2), "paid in accordance
     * with section 9(2)"), so the 20 days still run from the payment:
     * October 16-19 (4), January 23-25 (7), 28-31 (11), February 1 (12), 4-8
     * (17), 11-13 (20): Wed 13 Feb 2019. */
    foi_case c = mkcase(FOI_REGIME_EIR, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2019, 1, 22));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "eir.response");
    ck_assert_date_eq(e->deadline.due, D(2019, 2, 13));
    ck_assert_ptr_nonnull(strstr(e->note, "reg 8(5)"));
    foi_status s = status(t, "eir.fee-period", D(2019, 1, 23));
    ck_assert_int_eq(s.state, FOI_STATE_MISSED);
    ck_assert_int_eq(s.late, 1);
    char kinds[200];
    advice_kinds(kinds, sizeof kinds, t, D(2019, 1, 23));
    ck_assert_str_eq(kinds, "fee-late");
    foi_advice a[FOI_ADVICE_MAX];
    size_t n = 0;
    ck_assert_int_eq(foi_timeline_advice(a, FOI_ADVICE_MAX, &n, t, D(2019, 1, 23)), FOI_OK);
    char text[400];
    foi_advice_text(text, sizeof text, &a[0]);
    ck_assert_str_eq(text, "The fee was paid after the time to pay it ended on Monday 21 January "
                           "2019, so the authority is not obliged to make the information "
                           "available (EIR reg 8(5)).");
    foi_timeline_free(t);

    /* Paid on the 60th working day itself: in time. */
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2019, 1, 21));
    t = timeline(&c);
    ck_assert_int_eq(status(t, "eir.fee-period", D(2019, 1, 23)).state, FOI_STATE_MET);
    ck_assert_ptr_null(get(t, "eir.response")->note);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_late_notification)
{
    /* Reg 8(4): the authority notifies the requirement "no later than 20
     * working days after the date of receipt". Received Mon 15 Oct 2018, the
     * twentieth working day is Mon 12 Nov. Notified on Tue 13 Nov: not the
     * notification reg 8(6) speaks of, so nothing is disregarded and the
     * response stays due on 12 Nov. */
    foi_case c = mkcase(FOI_REGIME_EIR, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 11, 13));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "eir.response");
    ck_assert_int_eq(e->paused, 0);
    ck_assert_date_eq(e->deadline.due, D(2018, 11, 12));
    ck_assert_ptr_nonnull(strstr(e->note, "regulation 8(4)"));
    foi_timeline_free(t);
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2018, 11, 20));
    t = timeline(&c);
    ck_assert_date_eq(get(t, "eir.response")->deadline.due, D(2018, 11, 12));
    foi_timeline_free(t);

    /* Notified on the twentieth working day itself, paid Tue 20 Nov: October
     * 16-19 (4), 22-26 (9), October 29 - November 2 (14), November 5-9 (19),
     * 12-20 Nov disregarded (7 working days), 21 Nov (20): Wed 21 Nov 2018. */
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 11, 12));
    t = timeline(&c);
    ck_assert_date_eq(get(t, "eir.response")->deadline.due, D(2018, 11, 21));
    foi_timeline_free(t);

    /* EISR reg 8 is applied without that check, as FOISA s.9 is: notified
     * Tue 13 Nov, paid Tue 20 Nov, 13-20 Nov (6 Scottish working days)
     * disregarded: October 16-19 (4), 22-26 (9), October 29 - November 2
     * (14), November 5-9 (19), 12 (20): Mon 12 Nov 2018 still, the twentieth
     * day coming before the pause. */
    c.regime = FOI_REGIME_EISR;
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 11, 13));
    t = timeline(&c);
    ck_assert_date_eq(get(t, "eisr.response")->deadline.due, D(2018, 11, 12));
    ck_assert_ptr_null(get(t, "eisr.response")->note);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_subject_access_fee_refused)
{
    /* Both subject-access regimes count from the fee's arrival (part of the
     * day of receipt, or the relevant time): no fee event stops a clock. */
    static const foi_regime regimes[] = {FOI_REGIME_SAR, FOI_REGIME_LE_SAR};
    for (size_t i = 0; i < sizeof regimes / sizeof *regimes; i++) {
        foi_case c = mkcase(regimes[i], D(2026, 10, 15));
        foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2026, 10, 22));
        foi_timeline *t = NULL;
        ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
        ck_assert_int_eq(foi_error_field(), FOI_FIELD_FEE_NOTICE);
    }
}
END_TEST

/* ---- SI 2004/3364 regs 5 and 6: the Commissioner's direction ---- */

static foi_case direction_case(foi_date received, int days, foi_direction_ground ground)
{
    foi_case c = mkcase(FOI_REGIME_FOIA, received);
    foi_case_set(&c, FOI_EVENT_DIRECTION, (foi_date){received.serial + 14});
    c.direction_days = days;
    c.direction_ground = ground;
    return c;
}

START_TEST(test_direction_armed_forces)
{
    /* Reg 5(2): s.10(1) reads "as if any reference to the twentieth working
     * day following the date of receipt were a reference to such other day,
     * not being later than the sixtieth working day following the date of
     * receipt, as the Information Commissioner may specify". Received Fri 1
     * Mar 2019, the Commissioner specifying the 45th working day: March 4-8
     * (5), 11-15 (10), 19-22 (14; 18 Mar a Northern Irish holiday), 25-29
     * (19), April 1-5 (24), 8-12 (29), 15-18 (33), 23-26 (37; 19 and 22 Apr),
     * 29-30 (39), May 1-3 (42), 7-9 (45; 6 May): Thu 9 May 2019. The
     * twentieth working day (Mon 1 Apr) no longer applies. */
    foi_case c = direction_case(D(2019, 3, 1), 45, FOI_GROUND_ARMED_FORCES);
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "foia.armed-forces");
    ck_assert_date_eq(e->deadline.due, D(2019, 5, 9));
    ck_assert_int_eq(e->deadline.directed, 45);
    ck_assert_uint_ne(e->deadline.notes & FOI_NOTE_DIRECTED, 0);
    ck_assert_int_eq(e->done_event, FOI_EVENT_RESPONDED);
    const foi_timeline_entry *r = get(t, "foia.response");
    ck_assert_date_eq(r->deadline.due, D(2019, 4, 1));
    ck_assert_int_eq(r->extended, 1);
    ck_assert_int_eq(status(t, "foia.armed-forces", D(2019, 4, 2)).state, FOI_STATE_PENDING);
    char kinds[200];
    advice_kinds(kinds, sizeof kinds, t, D(2019, 4, 2));
    ck_assert_str_eq(kinds, "expect-answer");
    /* The working says which day was specified. */
    char text[1200];
    foi_deadline_text(text, sizeof text, &e->deadline, FOI_RECEIPT_STATUTORY, NULL);
    ck_assert_ptr_nonnull(strstr(text, "45 working days after Friday 1 March 2019"));
    ck_assert_ptr_nonnull(strstr(text, "the day the Information Commissioner specified"));
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_direction_outside_uk_calendar)
{
    /* Reg 6, information held outside the UK, at the ceiling: the 60th
     * working day after Fri 1 Mar 2019 on the UK calendar is Fri 31 May 2019
     * (counted in test_fee_period_calendars: 18 Mar, 19 Apr, 22 Apr, 6 May
     * and 27 May skipped). Counting on the England and Wales holidays only
     * (a working 18 Mar) would give Thu 30 May. */
    foi_case c = direction_case(D(2019, 3, 1), 60, FOI_GROUND_OUTSIDE_UK);
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "foia.outside-uk");
    ck_assert_date_eq(e->deadline.due, D(2019, 5, 31));
    ck_assert_ptr_nonnull(strstr(e->deadline.rule->basis, "reg 6"));
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_direction_with_clarification)
{
    /* The day is counted "following the date of receipt", and a
     * clarification under s.1(3) makes its arrival the date of receipt.
     * Asked Mon 4 Mar 2019, answered Mon 11 Mar; 45th working day from 11
     * Mar: March 12-15 (4), 19-22 (8), 25-29 (13), April 1-5 (18), 8-12
     * (23), 15-18 (27), 23-26 (31), 29-30 (33), May 1-3 (36), 7-10 (40),
     * 13-17 (45): Fri 17 May 2019. */
    foi_case c = direction_case(D(2019, 3, 1), 45, FOI_GROUND_ARMED_FORCES);
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2019, 3, 4));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2019, 3, 11));
    foi_timeline *t = timeline(&c);
    ck_assert_date_eq(get(t, "foia.armed-forces")->deadline.due, D(2019, 5, 17));
    ck_assert_date_eq(get(t, "foia.armed-forces")->deadline.anchor, D(2019, 3, 11));
    foi_timeline_free(t);

    /* Awaiting the clarification: the directed deadline waits with it. */
    c.has[FOI_EVENT_CLARIFICATION_RECEIVED] = 0;
    t = timeline(&c);
    ck_assert_int_eq(get(t, "foia.armed-forces")->paused, 1);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_direction_with_fee)
{
    /* A fees notice Mon 4 Mar 2019, paid Fri 8 Mar: s.10(2) disregards those
     * 5 working days from the specified 30th working day too. Without the
     * fee: March 4-8 (5), 11-15 (10), 19-22 (14), 25-29 (19), April 1-5
     * (24), 8-12 (29), 15 (30): Mon 15 Apr. With it: 16-18 (33), 23-24 (35):
     * Wed 24 Apr 2019. */
    foi_case c = direction_case(D(2019, 3, 1), 30, FOI_GROUND_ARMED_FORCES);
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2019, 3, 4));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2019, 3, 8));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "foia.armed-forces");
    ck_assert_date_eq(e->deadline.due, D(2019, 4, 24));
    ck_assert_int_eq(e->deadline.paused_days, 5);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_direction_with_extension)
{
    /* A public-interest extension adds to the deadline that applies (s.10(3)):
     * the ICO's 20 further working days counted from the specified day (Thu
     * 9 May 2019): May 10 (1), 13-17 (6), 20-24 (11), 28-31 (15; 27 May),
     * June 3-7 (20): Fri 7 Jun 2019. */
    foi_case c = direction_case(D(2019, 3, 1), 45, FOI_GROUND_ARMED_FORCES);
    c.pit_extension = 1;
    foi_timeline *t = timeline(&c);
    ck_assert_int_eq(get(t, "foia.armed-forces")->extended, 1);
    ck_assert_date_eq(get(t, "foia.pit-extension")->deadline.due, D(2019, 6, 7));
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_direction_refused)
{
    foi_timeline *t = NULL;
    /* Not later than the sixtieth working day, and after the twentieth. */
    static const int bad_days[] = {0, 20, 61};
    for (size_t i = 0; i < sizeof bad_days / sizeof *bad_days; i++) {
        foi_case c = direction_case(D(2019, 3, 1), bad_days[i], FOI_GROUND_ARMED_FORCES);
        ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
        ck_assert_int_eq(foi_error_field(), FOI_FIELD_DIRECTION);
    }
    foi_case c = direction_case(D(2019, 3, 1), 21, FOI_GROUND_ARMED_FORCES);
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    foi_timeline_free(t);
    t = NULL;
    /* No ground. */
    c = direction_case(D(2019, 3, 1), 40, FOI_GROUND_NONE);
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "armed-forces"));
    /* FOIA only: the regulations vary s.10. */
    c = direction_case(D(2019, 3, 1), 40, FOI_GROUND_OUTSIDE_UK);
    c.regime = FOI_REGIME_EIR;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_int_eq(foi_error_other_field(), FOI_FIELD_REGIME);
    /* A school's time is reg 3's. */
    c = direction_case(D(2019, 3, 1), 40, FOI_GROUND_OUTSIDE_UK);
    c.school = 1;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    /* Transferred public records have reg 4's thirtieth working day. */
    c = direction_case(D(2019, 3, 1), 40, FOI_GROUND_OUTSIDE_UK);
    c.public_records = 1;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_DIRECTION);
    ck_assert_int_eq(foi_error_other_field(), FOI_FIELD_PUBLIC_RECORDS);
    ck_assert_ptr_null(t);
    /* Days without the direction. */
    c = mkcase(FOI_REGIME_FOIA, D(2019, 3, 1));
    c.direction_days = 40;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_DIRECTION);
    /* A direction before the request. */
    c = direction_case(D(2019, 3, 1), 40, FOI_GROUND_OUTSIDE_UK);
    foi_case_set(&c, FOI_EVENT_DIRECTION, D(2019, 2, 1));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_ECONFLICT);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_DIRECTION);
    ck_assert_ptr_null(t);
    /* A rule computed alone takes a specified day up to its count. */
    const foi_rule *r = NULL;
    ck_assert_int_eq(foi_rule_find(&r, "foia.armed-forces"), FOI_OK);
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.directed = 61;
    foi_deadline d;
    ck_assert_int_eq(foi_deadline_compute(&d, r, D(2019, 3, 1), &o), FOI_EINVAL);
}
END_TEST

START_TEST(test_ground_names)
{
    ck_assert_str_eq(foi_direction_ground_name(FOI_GROUND_ARMED_FORCES), "armed-forces");
    ck_assert_str_eq(foi_direction_ground_name(FOI_GROUND_OUTSIDE_UK), "outside-uk");
    ck_assert_str_eq(foi_direction_ground_name(FOI_GROUND_NONE), "");
    ck_assert_str_eq(foi_direction_ground_name((foi_direction_ground)7), "");
    foi_direction_ground g = FOI_GROUND_NONE;
    ck_assert_int_eq(foi_direction_ground_from_name(&g, "outside-uk"), FOI_OK);
    ck_assert_int_eq(g, FOI_GROUND_OUTSIDE_UK);
    ck_assert_int_eq(foi_direction_ground_from_name(&g, "abroad"), FOI_ENOTFOUND);
    ck_assert_int_eq(foi_direction_ground_from_name(&g, NULL), FOI_EINVAL);
    ck_assert_str_eq(foi_role_name(FOI_ROLE_ARMED_FORCES), "armed-forces");
    ck_assert_str_eq(foi_role_name(FOI_ROLE_OUTSIDE_UK), "outside-uk");
    ck_assert_str_eq(foi_field_name(FOI_FIELD_DIRECTION), "direction");
    ck_assert_str_eq(foi_event_name(FOI_EVENT_DIRECTION), "direction");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("fees_direction");
    TCase *tc = tcase_create("advance payment");
    tcase_add_test(tc, test_eir_fee_period);
    tcase_add_test(tc, test_fee_period_calendars);
    tcase_add_test(tc, test_eir_advance_payment_pause);
    tcase_add_test(tc, test_advance_payment_pause_calendars);
    tcase_add_test(tc, test_advance_payment_inside_extension);
    tcase_add_test(tc, test_awaiting_advance_payment);
    tcase_add_test(tc, test_late_advance_payment);
    tcase_add_test(tc, test_late_notification);
    tcase_add_test(tc, test_subject_access_fee_refused);
    suite_add_tcase(s, tc);
    tc = tcase_create("direction");
    tcase_add_test(tc, test_direction_armed_forces);
    tcase_add_test(tc, test_direction_outside_uk_calendar);
    tcase_add_test(tc, test_direction_with_clarification);
    tcase_add_test(tc, test_direction_with_fee);
    tcase_add_test(tc, test_direction_with_extension);
    tcase_add_test(tc, test_direction_refused);
    tcase_add_test(tc, test_ground_names);
    suite_add_tcase(s, tc);
    Suite *suites[] = {s};
    return run_suites(suites, 1);
}
