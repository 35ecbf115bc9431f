/* Unit tests of what a case means (timeline.h): regime titles, statuses in
 * words, the advice items and their English, and the whole timeline text.
 * Expected dates are counted by hand in the comments (rules.md sections 4
 * and 6; Scottish holidays 7 and 28 May 2018). */
#include <string.h>

#include "testutil.h"

static foi_timeline *compute(const foi_case *c)
{
    foi_timeline *t = NULL;
    ck_assert_msg(foi_timeline_compute(&t, c) == FOI_OK, "%s", foi_error_last());
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
}
END_TEST

/* rules.md section 4: received Monday 15 October 2018, fees notice Monday 22
 * October, fee paid Thursday 1 November: due Friday 23 November 2018. On
 * Tuesday 20 November 3 working days are left; the fee (due in three months,
 * Tuesday 22 January 2019) was paid 82 days early. The only advice: expect
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
    ck_assert_str_eq(buf, "met: fee paid Thursday 1 November 2018, 82 days early");

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
    ck_assert_date_eq(a[0].date, D(2019, 1, 22));
    text_is(&a[0], "Pay the fee by Tuesday 22 January 2019 or the authority need not answer.");
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
    tcase_add_test(tc, test_fee_case);
    tcase_add_test(tc, test_scottish_review_late);
    tcase_add_test(tc, test_sar_late);
    tcase_add_test(tc, test_timeline_text);
    tcase_add_test(tc, test_null);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
