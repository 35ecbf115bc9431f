/* Unit tests of what a case means (timeline.h): regime titles, statuses in
 * words, the advice items and their English, and the whole timeline text.
 * Expected dates are counted by hand in the comments (rules.md sections 4
 * and 6; Scottish holidays 7 and 28 May 2018). */
#include <stdio.h>
#include <string.h>

#include "testutil.h"

/* The texts below speak to the requester, as a case asks with its
 * audience; test_audiences has the other two. */
static foi_timeline *compute(const foi_case *c)
{
    foi_case r = *c;
    if (r.audience == FOI_AUDIENCE_NEUTRAL)
        r.audience = FOI_AUDIENCE_REQUESTER;
    foi_timeline *t = NULL;
    ck_assert_msg(foi_timeline_compute(&t, &r) == FOI_OK, "%s", foi_error_last());
    return t;
}

static size_t advice(foi_advice *out, const foi_timeline *t, foi_date today)
{
    size_t n = 99;
    ck_assert_int_eq(foi_timeline_advice(out, FOI_ADVICE_MAX, &n, t, today), FOI_OK);
    ck_assert_uint_le(n, FOI_ADVICE_MAX);
    return n;
}

static void text_is(const foi_advice *a, const char *want)
{
    char buf[512];
    size_t n = foi_advice_text(buf, sizeof buf, a);
    ck_assert_str_eq(buf, want);
    ck_assert_uint_eq(n, strlen(want));
}

START_TEST(test_titles)
{
    ck_assert_str_eq(foi_regime_title(FOI_REGIME_FOIA), "FOIA request");
    ck_assert_str_eq(foi_regime_title(FOI_REGIME_EIR), "EIR request");
    ck_assert_str_eq(foi_regime_title(FOI_REGIME_FOISA), "FOISA request");
    ck_assert_str_eq(foi_regime_title(FOI_REGIME_EISR), "EISR request");
    ck_assert_str_eq(foi_regime_title(FOI_REGIME_SAR), "Subject access request");
    ck_assert_str_eq(foi_regime_title((foi_regime)FOI_REGIME_COUNT), "");
    ck_assert_str_eq(foi_advice_kind_name(FOI_ADVICE_ON_HOLD), "on-hold");
    ck_assert_str_eq(foi_advice_kind_name(FOI_ADVICE_PAY_FEE), "pay-fee");
    ck_assert_str_eq(foi_advice_kind_name(FOI_ADVICE_KIND_COUNT), "");
    ck_assert_str_eq(foi_audience_name(FOI_AUDIENCE_REQUESTER), "requester");
    ck_assert_str_eq(foi_audience_name((foi_audience)7), "");
    ck_assert_str_eq(foi_audience_name(FOI_AUDIENCE_NEUTRAL), "neutral");
    ck_assert_str_eq(foi_audience_name(FOI_AUDIENCE_AUTHORITY), "authority");
    foi_audience a = FOI_AUDIENCE_NEUTRAL;
    ck_assert_int_eq(foi_audience_from_name(&a, "authority"), FOI_OK);
    ck_assert_int_eq(a, FOI_AUDIENCE_AUTHORITY);
    ck_assert_int_eq(foi_audience_from_name(&a, "lawyer"), FOI_ENOTFOUND);
}
END_TEST

/* One open FOIA case (received Mon 15 Oct 2018, due Mon 12 Nov) in the
 * words of each audience: the requester is told what to expect, the
 * authority what to do, and the neutral words name both sides. */
START_TEST(test_audiences)
{
    static const struct {
        foi_audience who;
        const char *text;
    } want[] = {
        {FOI_AUDIENCE_NEUTRAL,
         "The answer is due by Monday 12 November 2018. If none has come by then, it is late: "
         "the requester can ask for a review and then go to the ICO."},
        {FOI_AUDIENCE_REQUESTER,
         "Expect an answer by Monday 12 November 2018. If none has come by then, the authority "
         "is late: you can ask it for a review and then go to the ICO."},
        {FOI_AUDIENCE_AUTHORITY,
         "Answer by Monday 12 November 2018. After that the answer is late, and the requester "
         "can ask for a review and then go to the ICO."},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        foi_case c;
        foi_case_init(&c, FOI_REGIME_FOIA);
        foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
        c.audience = want[i].who;
        foi_timeline *t = NULL;
        ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
        foi_advice a[FOI_ADVICE_MAX];
        ck_assert_uint_eq(advice(a, t, D(2018, 11, 1)), 1);
        ck_assert_int_eq(a[0].audience, want[i].who);
        text_is(&a[0], want[i].text);
        char *json = NULL;
        ck_assert_int_eq(foi_timeline_json(&json, &c, t, D(2018, 11, 1)), FOI_OK);
        char key[40];
        snprintf(key, sizeof key, "\"audience\":\"%s\"}", foi_audience_name(want[i].who));
        ck_assert_ptr_nonnull(strstr(json, key));
        foi_json_free(json);
        foi_timeline_free(t);
    }
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    c.audience = (foi_audience)3;
    foi_timeline *t = NULL;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
}
END_TEST

/* rules.md section 4: received Monday 15 October 2018, fees notice Monday 22
 * October, fee paid Thursday 1 November: due Friday 23 November 2018. On
 * Tuesday 20 November 3 working days are left; the fee (due within three
 * months beginning with the notice day, FOIA s.9(2): by Monday 21 January
 * 2019) was paid 81 days early. The only advice: expect
 * the answer by 23 November. */
START_TEST(test_fee_case)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2018, 11, 1));
    foi_timeline *t = compute(&c);
    foi_date today = D(2018, 11, 20);
    ck_assert_uint_eq(foi_timeline_count(t), 2);
    char buf[160];
    foi_status s;
    ck_assert_int_eq(foi_timeline_status(&s, t, 0, today), FOI_OK);
    foi_status_text(buf, sizeof buf, foi_timeline_entry_at(t, 0), &s);
    ck_assert_str_eq(buf, "open: 3 working days left");
    ck_assert_int_eq(foi_timeline_status(&s, t, 1, today), FOI_OK);
    foi_status_text(buf, sizeof buf, foi_timeline_entry_at(t, 1), &s);
    ck_assert_str_eq(buf, "met: fee paid Thursday 1 November 2018, 81 days early");

    foi_advice a[FOI_ADVICE_MAX];
    ck_assert_uint_eq(advice(a, t, today), 1);
    ck_assert_int_eq(a[0].kind, FOI_ADVICE_EXPECT_ANSWER);
    ck_assert_int_eq(a[0].audience, FOI_AUDIENCE_REQUESTER);
    ck_assert_uint_eq(a[0].entry, 0);
    ck_assert_int_eq(a[0].rule->role, FOI_ROLE_RESPONSE);
    ck_assert_date_eq(a[0].date, D(2018, 11, 23));
    text_is(&a[0], "Expect an answer by Friday 23 November 2018. If none has come by then, the "
                   "authority is late: you can ask it for a review and then go to the ICO.");

    /* Before the fee is paid: the clock is stopped, and the fee is due. */
    c.has[FOI_EVENT_FEE_PAID] = 0;
    foi_timeline_free(t);
    t = compute(&c);
    size_t n = advice(a, t, D(2018, 10, 30));
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(a[0].kind, FOI_ADVICE_PAY_FEE);
    ck_assert_date_eq(a[0].date, D(2019, 1, 21));
    text_is(&a[0], "Pay the fee by Monday 21 January 2019 or the authority need not answer.");
    ck_assert_int_eq(a[1].kind, FOI_ADVICE_ON_HOLD);
    ck_assert_ptr_nonnull(a[1].note);
    text_is(&a[1], "On hold (FOI response due): The clock is stopped until the fee arrives; the "
                   "days from the fees notice to its arrival do not count.");

    /* Room for one: the count is still the total, and only one is written. */
    foi_advice one[1];
    n = 0;
    ck_assert_int_eq(foi_timeline_advice(one, 1, &n, t, D(2018, 10, 30)), FOI_OK);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(one[0].kind, FOI_ADVICE_PAY_FEE);
    ck_assert_int_eq(foi_timeline_advice(NULL, 0, &n, t, D(2018, 10, 30)), FOI_OK);
    ck_assert_uint_eq(n, 2);
    foi_timeline_free(t);
}
END_TEST

/* A fee paid after the fee period. FOIA s.9(2): "the public authority is not
 * obliged to comply with section 1(1) unless the fee is paid within the
 * period of three months beginning with the day on which the fees notice is
 * given to the applicant"; s.10(2) disregards the days from the notice to
 * payment only "where ... the fee is paid in accordance with section 9(2)".
 * Notice Mon 22 Oct 2018: the period ends Mon 21 Jan 2019; paid Wed 23 Jan
 * 2019, late. Nothing is paused: the s.10(1) date stays Mon 12 Nov 2018
 * (20 WD from Mon 15 Oct), not 14 Feb 2019, and the only advice says the
 * authority need not answer. */
START_TEST(test_fee_paid_late)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2019, 1, 23));
    foi_timeline *t = compute(&c);
    const foi_timeline_entry *resp = NULL, *fee = NULL;
    for (size_t i = 0; i < foi_timeline_count(t); i++) {
        const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
        if (e->deadline.rule->role == FOI_ROLE_RESPONSE)
            resp = e;
        if (e->deadline.rule->role == FOI_ROLE_FEE_PERIOD)
            fee = e;
    }
    ck_assert_ptr_nonnull(resp);
    ck_assert_ptr_nonnull(fee);
    ck_assert_date_eq(resp->deadline.due, D(2018, 11, 12));
    ck_assert_int_eq(resp->deadline.paused_days, 0);
    ck_assert_uint_eq(resp->deadline.notes & FOI_NOTE_PAUSED, 0);
    ck_assert_ptr_nonnull(resp->note);
    ck_assert_ptr_nonnull(strstr(resp->note, "not obliged to answer (FOIA s.9(2))"));
    ck_assert_date_eq(fee->deadline.due, D(2019, 1, 21));

    foi_advice a[FOI_ADVICE_MAX];
    ck_assert_uint_eq(advice(a, t, D(2019, 1, 30)), 1);
    ck_assert_int_eq(a[0].kind, FOI_ADVICE_FEE_LATE);
    ck_assert_date_eq(a[0].date, D(2019, 1, 21));
    text_is(&a[0], "The fee was paid after the time to pay it ended on Monday 21 January 2019, "
                   "so the authority is not obliged to answer (FOIA s.9(2)), and no days are "
                   "added to its time.");
    ck_assert_str_eq(foi_advice_kind_name(FOI_ADVICE_FEE_LATE), "fee-late");

    /* Paid on the period's last day: in time, and the days are disregarded
     * (Mon 22 Oct to Mon 21 Jan: 20 WD resume after it). */
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2019, 1, 21));
    foi_timeline_free(t);
    t = compute(&c);
    for (size_t i = 0; i < foi_timeline_count(t); i++) {
        const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
        if (e->deadline.rule->role == FOI_ROLE_RESPONSE) {
            ck_assert(e->deadline.notes & FOI_NOTE_PAUSED);
            ck_assert_ptr_null(e->note);
        }
    }
    foi_timeline_free(t);
}
END_TEST

/* The fee period over, nothing paid: "Pay the fee by" would name a day
 * already gone. FOIA s.9(2) (above): the authority is no longer obliged to
 * comply, and the clock it stopped has no reason to restart. */
START_TEST(test_fee_period_expired)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_timeline *t = compute(&c);
    foi_advice a[FOI_ADVICE_MAX];
    /* On the last day: still time to pay. */
    ck_assert_uint_eq(advice(a, t, D(2019, 1, 21)), 2);
    ck_assert_int_eq(a[0].kind, FOI_ADVICE_PAY_FEE);
    /* The day after: expired, and no "on hold" advice for the response. */
    ck_assert_uint_eq(advice(a, t, D(2019, 1, 22)), 1);
    ck_assert_int_eq(a[0].kind, FOI_ADVICE_FEE_EXPIRED);
    text_is(&a[0], "The time to pay the fee ended on Monday 21 January 2019 without payment, so "
                   "the authority is not obliged to answer this request (FOIA s.9(2)).");
    foi_timeline_free(t);
}
END_TEST

/* What the advice must say for a case on a day, written from the law before
 * the code: each row names the events, the day, and the advice kinds in
 * timeline order.
 * - FOIA s.10(1): an answer "not later than the twentieth working day
 *   following the date of receipt" (received Mon 15 Oct 2018: Mon 12 Nov).
 * - FOIA s.9(2): no duty to comply "unless the fee is paid within the period
 *   of three months beginning with the day on which the fees notice is
 *   given" (notice Mon 22 Oct 2018: last day Mon 21 Jan 2019); s.10(2)
 *   disregards the waiting days only for a fee so paid.
 * - FOIA s.50(1): a complaint to the Commissioner is what a decision notice
 *   answers, so a case with one needs no advice to complain; s.57 and GRC
 *   r.22(1)(b): appeal within 28 days of the notice. EIR reg 18 applies both
 *   to EIR cases. */
struct advice_row {
    foi_regime regime;
    int rx[3], fee_notice[3], fee_paid[3], responded[3], review_req[3], review_resp[3], decision[3],
        today[3];
    foi_advice_kind want[4];
    size_t n;
};
static const struct advice_row advice_rows[] = {
    /* open: expect the answer by 12 Nov */
    {FOI_REGIME_FOIA,
     {2018, 10, 15},
     {0},
     {0},
     {0},
     {0},
     {0},
     {0},
     {2018, 11, 1},
     {FOI_ADVICE_EXPECT_ANSWER},
     1},
    /* past 12 Nov, no answer: late */
    {FOI_REGIME_FOIA,
     {2018, 10, 15},
     {0},
     {0},
     {0},
     {0},
     {0},
     {0},
     {2018, 11, 20},
     {FOI_ADVICE_ANSWER_LATE},
     1},
    /* answered 9 Nov: in time, and a review may be asked for */
    {FOI_REGIME_FOIA,
     {2018, 10, 15},
     {0},
     {0},
     {2018, 11, 9},
     {0},
     {0},
     {0},
     {2018, 11, 20},
     {FOI_ADVICE_ANSWERED_IN_TIME, FOI_ADVICE_ASK_REVIEW},
     2},
    /* fee awaited, period open: pay by 21 Jan; the response is on hold */
    {FOI_REGIME_FOIA,
     {2018, 10, 15},
     {2018, 10, 22},
     {0},
     {0},
     {0},
     {0},
     {0},
     {2018, 10, 30},
     {FOI_ADVICE_PAY_FEE, FOI_ADVICE_ON_HOLD},
     2},
    /* fee awaited, period over: no duty to answer, nothing on hold */
    {FOI_REGIME_FOIA,
     {2018, 10, 15},
     {2018, 10, 22},
     {0},
     {0},
     {0},
     {0},
     {0},
     {2019, 1, 22},
     {FOI_ADVICE_FEE_EXPIRED},
     1},
    /* fee paid late: no duty to answer, no answer expected */
    {FOI_REGIME_FOIA,
     {2018, 10, 15},
     {2018, 10, 22},
     {2019, 1, 23},
     {0},
     {0},
     {0},
     {0},
     {2019, 1, 30},
     {FOI_ADVICE_FEE_LATE},
     1},
    /* decision notice: the complaint was made; only the appeal remains */
    {FOI_REGIME_FOIA,
     {2019, 1, 2},
     {0},
     {0},
     {2019, 1, 20},
     {2019, 2, 1},
     {2019, 3, 15},
     {2019, 7, 1},
     {2019, 7, 5},
     {FOI_ADVICE_ANSWERED_IN_TIME, FOI_ADVICE_APPEAL},
     2},
    {FOI_REGIME_EIR,
     {2019, 1, 2},
     {0},
     {0},
     {2019, 1, 20},
     {2019, 2, 1},
     {2019, 3, 15},
     {2019, 7, 1},
     {2019, 7, 5},
     {FOI_ADVICE_ANSWERED_IN_TIME, FOI_ADVICE_APPEAL},
     2},
    /* review answered, no decision notice: complain */
    {FOI_REGIME_EIR,
     {2019, 1, 2},
     {0},
     {0},
     {2019, 1, 20},
     {2019, 2, 1},
     {2019, 3, 15},
     {0},
     {2019, 3, 20},
     {FOI_ADVICE_ANSWERED_IN_TIME, FOI_ADVICE_COMPLAIN},
     2},
};

static void set_if(foi_case *c, foi_event e, const int ymd[3])
{
    if (ymd[0])
        foi_case_set(c, e, D(ymd[0], ymd[1], ymd[2]));
}

START_TEST(test_advice_table)
{
    const struct advice_row *w = &advice_rows[_i];
    foi_case c;
    foi_case_init(&c, w->regime);
    set_if(&c, FOI_EVENT_RECEIVED, w->rx);
    set_if(&c, FOI_EVENT_FEE_NOTICE, w->fee_notice);
    set_if(&c, FOI_EVENT_FEE_PAID, w->fee_paid);
    set_if(&c, FOI_EVENT_RESPONDED, w->responded);
    set_if(&c, FOI_EVENT_REVIEW_REQUESTED, w->review_req);
    set_if(&c, FOI_EVENT_REVIEW_RESPONDED, w->review_resp);
    set_if(&c, FOI_EVENT_DECISION_NOTICE, w->decision);
    foi_timeline *t = compute(&c);
    foi_advice a[FOI_ADVICE_MAX];
    size_t n = advice(a, t, D(w->today[0], w->today[1], w->today[2]));
    ck_assert_msg(n == w->n, "row %d: %zu advice items, want %zu", _i, n, w->n);
    for (size_t k = 0; k < n; k++)
        ck_assert_msg(a[k].kind == w->want[k], "row %d item %zu: %s, want %s", _i, k,
                      foi_advice_kind_name(a[k].kind), foi_advice_kind_name(w->want[k]));
    foi_timeline_free(t);
}
END_TEST

/* EIR reg 18 applies FOIA s.50 and s.57 to EIR cases: the borrowed rules
 * say so in their basis, in the text working and the JSON. */
START_TEST(test_eir_basis_reg18)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_EIR);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2019, 1, 2));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2019, 1, 20));
    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2019, 2, 1));
    foi_case_set(&c, FOI_EVENT_REVIEW_RESPONDED, D(2019, 3, 15));
    foi_case_set(&c, FOI_EVENT_DECISION_NOTICE, D(2019, 7, 1));
    foi_timeline *t = compute(&c);
    char *text = NULL;
    ck_assert_int_eq(foi_timeline_text(&text, &c, t, D(2019, 7, 5)), FOI_OK);
    ck_assert_ptr_nonnull(strstr(text, "FOIA s.50 (applied by EIR reg 18)"));
    ck_assert_ptr_nonnull(strstr(text, "(FOIA s.57) (applied by EIR reg 18)"));
    ck_assert_ptr_nonnull(strstr(text, "so a complaint was made"));
    ck_assert_ptr_null(strstr(text, "apply to the ICO"));
    free(text);
    foi_timeline_free(t);
}
END_TEST

/* FOISA received Thursday 29 March 2018, due Friday 27 April (README);
 * answered Friday 20 April; review required Tuesday 1 May: 20 Scottish
 * working days (7 and 28 May skipped) end Thursday 31 May 2018. On Sunday 1
 * July the review answer is late, the Scottish Commissioner is named, and the
 * application window runs six months from 31 May: Friday 30 November 2018. */
START_TEST(test_scottish_review_late)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOISA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 3, 29));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 4, 20));
    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2018, 5, 1));
    foi_timeline *t = compute(&c);
    foi_advice a[FOI_ADVICE_MAX];
    ck_assert_uint_eq(advice(a, t, D(2018, 7, 1)), 3);
    ck_assert_int_eq(a[0].kind, FOI_ADVICE_ANSWERED_IN_TIME);
    text_is(&a[0], "The answer came in time (due Friday 27 April 2018).");
    ck_assert_int_eq(a[1].kind, FOI_ADVICE_REVIEW_LATE);
    ck_assert_int_eq(a[1].rule->role, FOI_ROLE_REVIEW_RESPONSE);
    text_is(&a[1], "The review answer is late: it was due by Thursday 31 May 2018. You can go to "
                   "the Scottish Information Commissioner.");
    ck_assert_int_eq(a[2].kind, FOI_ADVICE_COMPLAIN);
    ck_assert_int_eq(a[2].rule->role, FOI_ROLE_COMPLAINT);
    text_is(&a[2], "If you are still unhappy, apply to the Scottish Information Commissioner by "
                   "Friday 30 November 2018.");
    /* Earlier, on Friday 25 May, the review was still to come. */
    ck_assert_uint_eq(advice(a, t, D(2018, 5, 25)), 3);
    ck_assert_int_eq(a[1].kind, FOI_ADVICE_REVIEW_EXPECTED);
    text_is(&a[1], "The review should be answered by Thursday 31 May 2018.");
    foi_timeline_free(t);
}
END_TEST

/* Subject access received Friday 31 January 2025: due Friday 28 February
 * (rules.md section 6). Unanswered on Monday 10 March: the next step is a
 * complaint to the controller, then the ICO. */
START_TEST(test_sar_late)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_SAR);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2025, 1, 31));
    foi_timeline *t = compute(&c);
    foi_advice a[FOI_ADVICE_MAX];
    ck_assert_uint_eq(advice(a, t, D(2025, 3, 10)), 1);
    ck_assert_int_eq(a[0].kind, FOI_ADVICE_ANSWER_LATE);
    text_is(&a[0], "The answer is late: it was due by Friday 28 February 2025. You can complain "
                   "to the controller and then go to the ICO.");
    foi_status s;
    char buf[160];
    ck_assert_int_eq(foi_timeline_status(&s, t, 0, D(2025, 3, 10)), FOI_OK);
    foi_status_text(buf, sizeof buf, foi_timeline_entry_at(t, 0), &s);
    ck_assert_str_eq(buf, "overdue by 10 days");
    foi_timeline_free(t);
}
END_TEST

/* The whole text: the CLI prints exactly this (tests/cli/timeline.t). */
START_TEST(test_timeline_text)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 11, 2));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2026, 11, 4));
    foi_timeline *t = compute(&c);
    char *text = NULL;
    ck_assert_int_eq(foi_timeline_text(&text, &c, t, D(2026, 11, 26)), FOI_OK);
    ck_assert_str_eq(text,
                     "FOIA request, received Monday 2 November 2026; today is Thursday 26 "
                     "November 2026.\n\n(on hold)  FOI response due [foia.response]\n  The clock "
                     "is stopped until the requester's clarification arrives; it then starts "
                     "again from that day.\n\nWhat this means:\n- On hold (FOI response due): The "
                     "clock is stopped until the requester's clarification arrives; it then "
                     "starts again from that day.\n");
    foi_json_free(text);
    foi_timeline_free(t);
    /* A today the calendars cannot count to fails, and writes nothing. */
    c.has[FOI_EVENT_CLARIFICATION_REQUESTED] = 0;
    t = compute(&c);
    text = (char *)&c;
    ck_assert_int_eq(foi_timeline_text(&text, &c, t, D(2200, 1, 1)), FOI_ERANGE);
    ck_assert_ptr_eq(text, (char *)&c);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_null)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_timeline *t = compute(&c);
    size_t n;
    foi_advice a[1];
    char *text = NULL, buf[8] = "x";
    ck_assert_int_eq(foi_timeline_advice(a, 1, NULL, t, D(2018, 11, 1)), FOI_EINVAL);
    ck_assert_int_eq(foi_timeline_advice(a, 1, &n, NULL, D(2018, 11, 1)), FOI_EINVAL);
    ck_assert_int_eq(foi_timeline_advice(NULL, 1, &n, t, D(2018, 11, 1)), FOI_EINVAL);
    ck_assert_int_eq(foi_timeline_text(NULL, &c, t, D(2018, 11, 1)), FOI_EINVAL);
    ck_assert_int_eq(foi_timeline_text(&text, NULL, t, D(2018, 11, 1)), FOI_EINVAL);
    ck_assert_int_eq(foi_timeline_text(&text, &c, NULL, D(2018, 11, 1)), FOI_EINVAL);
    ck_assert_uint_eq(foi_advice_text(buf, sizeof buf, NULL), 0);
    ck_assert_str_eq(buf, "");
    ck_assert_uint_eq(foi_status_text(buf, sizeof buf, NULL, NULL), 0);
    ck_assert_uint_eq(foi_status_text(NULL, 0, NULL, NULL), 0);
    foi_timeline_free(t);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("advice");
    TCase *tc = tcase_create("advice");
    tcase_add_test(tc, test_titles);
    tcase_add_test(tc, test_audiences);
    tcase_add_test(tc, test_fee_case);
    tcase_add_test(tc, test_fee_paid_late);
    tcase_add_test(tc, test_fee_period_expired);
    tcase_add_loop_test(tc, test_advice_table, 0, (int)(sizeof advice_rows / sizeof *advice_rows));
    tcase_add_test(tc, test_eir_basis_reg18);
    tcase_add_test(tc, test_scottish_review_late);
    tcase_add_test(tc, test_sar_late);
    tcase_add_test(tc, test_timeline_text);
    tcase_add_test(tc, test_null);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
