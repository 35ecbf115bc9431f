/*
 * Unit tests of law-enforcement subject access (DPA 2018 Part 3): the
 * le-sar.response and le-sar.extended rules, the ICO's reading shown beside
 * the statute's, the two versions of s.54 either side of 5 February 2026,
 * and the extension and clarification events of a case. Every expected date
 * is counted by hand from the wording quoted beside it.
 *
 * s.45(3)(b): the controller must comply "before the end of the applicable
 * time period". s.54(2): "'The applicable time period' means the period of
 * one month beginning with the relevant time, subject to subsection (3A)".
 * s.54(3): "'The relevant time' means the latest of" receipt of the request,
 * of information asked for under s.52(4), and payment of any fee (s.53).
 * A period beginning with a day counts that day, so it ends the day before
 * the corresponding date, or on the last day of the month that has none.
 * Nothing in the Act moves a last day off a weekend or bank holiday.
 *
 * The ICO's Part 3 guidance ("How long do we have to comply?"): "calculate
 * the time limit from the first hour of the first day after you receive the
 * request ... until the last hour of the corresponding calendar date in the
 * next month" ("If you receive a request on 30 June ... the deadline will be
 * 23:59 on 1 August"); the last day of the next month where it has no
 * corresponding date; "If the corresponding date falls on a weekend or
 * public holiday, you have until the last hour of the next working day".
 */
#include <string.h>

#include "testutil.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const foi_rule *rule(const char *id)
{
    const foi_rule *r = NULL;
    ck_assert_int_eq(foi_rule_find(&r, id), FOI_OK);
    return r;
}

static foi_deadline compute(const char *id, foi_date anchor, unsigned division)
{
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.division = division;
    foi_deadline d;
    int rc = foi_deadline_compute(&d, rule(id), anchor, &o);
    ck_assert_msg(rc == FOI_OK, "%s: %s", id, foi_error_last());
    return d;
}

/* The one-month period, by the statute and by the ICO, on each division's
 * calendar. The statute's date is the same everywhere; the ICO's moves off
 * the division's own bank holidays. */
struct response_row {
    int y, m, d;         /* the relevant time */
    unsigned division;   /* 0: England and Wales */
    int sy, sm, sd;      /* the statute: the day before the corresponding date */
    int iy, im, id;      /* the ICO: the day after's corresponding date, rolled */
    const char *holiday; /* a holiday the ICO's date moved off, or NULL */
};
static const struct response_row response_rows[] = {
    /* Tue 30 Jun 2026: the period of one month beginning with it ends Wed 29
     * Jul. The ICO: 1 Jul -> Sat 1 Aug; Mon 3 Aug in England and Wales. */
    {2026, 6, 30, 0, 2026, 7, 29, 2026, 8, 3, NULL},
    /* In Scotland Mon 3 Aug 2026 is the summer bank holiday: Tue 4 Aug. */
    {2026, 6, 30, FOI_DIV_SCOTLAND, 2026, 7, 29, 2026, 8, 4, "Summer bank holiday"},
    /* Thu 29 Oct 2026: corresponding date Sun 29 Nov, so the period ends Sat
     * 28 Nov (a weekend, and nothing moves it). The ICO: 30 Oct -> Mon 30 Nov,
     * a working day in England and Wales... */
    {2026, 10, 29, 0, 2026, 11, 28, 2026, 11, 30, NULL},
    /* ...but St Andrew's Day in Scotland: Tue 1 Dec 2026. */
    {2026, 10, 29, FOI_DIV_SCOTLAND, 2026, 11, 28, 2026, 12, 1, "St Andrew"},
    /* Tue 1 Dec 2026: ends Thu 31 Dec 2026. The ICO: 2 Dec -> Sat 2 Jan
     * 2027, so Mon 4 Jan in England and Wales and Northern Ireland... */
    {2026, 12, 1, 0, 2026, 12, 31, 2027, 1, 4, NULL},
    {2026, 12, 1, FOI_DIV_NORTHERN_IRELAND, 2026, 12, 31, 2027, 1, 4, NULL},
    /* ...and Tue 5 Jan in Scotland, where Mon 4 Jan is the 2nd January
     * substitute day. */
    {2026, 12, 1, FOI_DIV_SCOTLAND, 2026, 12, 31, 2027, 1, 5, "2nd January"},
    /* Fri 30 Jan 2026: February has no 30th, so the period runs to Sat 28
     * Feb. The ICO: 31 Jan -> 28 Feb (no 31st) -> Mon 2 Mar. */
    {2026, 1, 30, 0, 2026, 2, 28, 2026, 3, 2, NULL},
    /* Sun 31 Jan 2027 (a weekend day still starts the period): Sun 28 Feb
     * 2027. The ICO: 1 Feb -> Mon 1 Mar 2027. */
    {2027, 1, 31, 0, 2027, 2, 28, 2027, 3, 1, NULL},
    /* Tue 29 Feb 2028: corresponding date Wed 29 Mar, so Tue 28 Mar. The
     * ICO: 1 Mar -> Sat 1 Apr -> Mon 3 Apr 2028. */
    {2028, 2, 29, 0, 2028, 3, 28, 2028, 4, 3, NULL},
};

START_TEST(test_response_statute_and_ico)
{
    const struct response_row *w = &response_rows[_i];
    foi_deadline d = compute("le-sar.response", D(w->y, w->m, w->d), w->division);
    ck_assert_date_eq(d.due, D(w->sy, w->sm, w->sd));
    ck_assert_date_eq(d.unrolled, d.due);
    ck_assert_uint_eq(d.notes & FOI_NOTE_ROLLED, 0);
    ck_assert_uint_ne(d.notes & FOI_NOTE_BEGINNING_WITH, 0);
    ck_assert_uint_ne(d.notes & FOI_NOTE_REGULATOR_READING, 0);
    ck_assert_date_eq(d.regulator_due, D(w->iy, w->im, w->id));
    ck_assert_ptr_nonnull(d.band);
    /* The working names both readings and the calendar of the second. */
    char buf[4096];
    foi_deadline_text(buf, sizeof buf, &d, FOI_RECEIPT_STATUTORY, "");
    ck_assert_ptr_nonnull(strstr(buf, "beginning with"));
    ck_assert_ptr_nonnull(strstr(buf, "ICO's guidance"));
    ck_assert_ptr_nonnull(strstr(buf, "Version of the law: received "));
    ck_assert_ptr_nonnull(strstr(buf, foi_calendar_name(d.calendar)));
    if (w->holiday) {
        /* The same day on England and Wales's calendar is a working day. */
        foi_deadline ew = compute("le-sar.response", D(w->y, w->m, w->d), 0);
        ck_assert_int_lt(ew.regulator_due.serial, d.regulator_due.serial);
        ck_assert_date_eq(ew.due, d.due);
    }
}
END_TEST

/* s.54(3A): "extend the applicable time period by two further months",
 * so three months beginning with the relevant time. No ICO reading is
 * published for it; the corresponding date is shown as for any period
 * beginning with a day. */
START_TEST(test_extended)
{
    /* Thu 5 Feb 2026: three months beginning with it end Mon 4 May 2026 (the
     * early May bank holiday: the statute does not move it). */
    foi_deadline d = compute("le-sar.extended", D(2026, 2, 5), 0);
    ck_assert_date_eq(d.due, D(2026, 5, 4));
    ck_assert_date_eq(d.corresponding, D(2026, 5, 5));
    ck_assert_uint_eq(d.notes & (FOI_NOTE_REGULATOR_READING | FOI_NOTE_ROLLED), 0);
    /* Sat 31 Oct 2026: corresponding date Sun 31 Jan 2027, so Sat 30 Jan. */
    d = compute("le-sar.extended", D(2026, 10, 31), FOI_DIV_SCOTLAND);
    ck_assert_date_eq(d.due, D(2027, 1, 30));
    /* Mon 30 Nov 2026: February 2027 has no 30th: Sun 28 Feb 2027. */
    d = compute("le-sar.extended", D(2026, 11, 30), 0);
    ck_assert_date_eq(d.due, D(2027, 2, 28));
    /* Beyond the published holiday data the statute's date still needs no
     * calendar (Fri 15 Mar 2030: Fri 14 Jun 2030); the one-month rule's
     * ICO reading does, so that deadline is flagged. */
    d = compute("le-sar.extended", D(2030, 3, 15), 0);
    ck_assert_date_eq(d.due, D(2030, 6, 14));
    ck_assert_int_eq(d.provisional, 0);
    ck_assert_int_eq(compute("le-sar.response", D(2030, 3, 15), 0).provisional, 1);
}
END_TEST

/* Before 5 February 2026 s.54 had no extension and no pause; each deadline
 * says which version applied. */
START_TEST(test_band_of_a_deadline)
{
    /* Wed 4 Feb 2026: one month, ending Tue 3 Mar 2026, as enacted. */
    foi_deadline d = compute("le-sar.response", D(2026, 2, 4), 0);
    ck_assert_date_eq(d.due, D(2026, 3, 3));
    ck_assert_ptr_nonnull(strstr(d.band, "before 5 February 2026"));
    /* Thu 5 Feb 2026: Wed 4 Mar 2026, as amended. */
    d = compute("le-sar.response", D(2026, 2, 5), 0);
    ck_assert_date_eq(d.due, D(2026, 3, 4));
    ck_assert_ptr_nonnull(strstr(d.band, "from 5 February 2026"));
    ck_assert_ptr_nonnull(strstr(d.band, "s.76"));
    /* The extension did not exist the day before. */
    foi_deadline out;
    ck_assert_int_eq(foi_deadline_compute(&out, rule("le-sar.extended"), D(2026, 2, 4), NULL),
                     FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "5 February 2026"));
    /* Nor the pause. */
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.has_pause = 1;
    o.pause_from = D(2026, 2, 6);
    o.pause_to = D(2026, 2, 12);
    ck_assert_int_eq(foi_deadline_compute(&out, rule("le-sar.response"), D(2026, 2, 4), &o),
                     FOI_EINVAL);
    ck_assert_int_eq(foi_deadline_compute(&out, rule("le-sar.response"), D(2026, 2, 5), &o),
                     FOI_OK);
    /* UK GDPR subject access changed on the same day (Art 12A) and says so;
     * the rules of the FOI regimes carry no band. */
    ck_assert_ptr_nonnull(strstr(compute("sar.response", D(2026, 2, 5), 0).band, "Art 12A"));
    ck_assert_ptr_null(compute("foia.response", D(2026, 2, 5), 0).band);
}
END_TEST

/* ---- cases ---- */

static foi_case mkcase(foi_date received)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_LE_SAR);
    foi_case_set(&c, FOI_EVENT_RECEIVED, received);
    return c;
}

static foi_timeline *timeline(const foi_case *c)
{
    foi_timeline *t = NULL;
    int rc = foi_timeline_compute(&t, c);
    ck_assert_msg(rc == FOI_OK, "timeline: %s", foi_error_last());
    return t;
}

static const foi_timeline_entry *get(const foi_timeline *t, const char *id)
{
    for (size_t i = 0; i < foi_timeline_count(t); i++) {
        const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
        if (strcmp(e->deadline.rule->id, id) == 0)
            return e;
    }
    ck_abort_msg("no %s in the timeline", id);
    return NULL;
}

static size_t count_entries(const foi_timeline *t)
{
    return foi_timeline_count(t);
}

/* s.54(3C): where the controller asks for further information, "the period
 * beginning with the day on which the controller makes the request and
 * ending with the day on which the controller receives the information does
 * not count towards (i) the applicable time period, or (ii) the period
 * described in subsection (3B)(a)". Both ends count as paused. Each case:
 * clarification asked two days after receipt and answered six days later
 * (7 days paused). */
START_TEST(test_clarification_either_side_of_the_commencement)
{
    /* Wed 4 Feb 2026, before s.54(3C): no pause, Tue 3 Mar 2026. */
    foi_case c = mkcase(D(2026, 2, 4));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2026, 2, 6));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2026, 2, 12));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "le-sar.response");
    ck_assert_date_eq(e->deadline.due, D(2026, 3, 3));
    ck_assert_int_eq(e->deadline.paused_days, 0);
    ck_assert_ptr_nonnull(strstr(e->note, "did not change the time limit"));
    ck_assert_ptr_nonnull(strstr(e->deadline.band, "before 5 February 2026"));
    foi_timeline_free(t);
    /* Still waiting for it: the clock has not stopped. */
    c.has[FOI_EVENT_CLARIFICATION_RECEIVED] = 0;
    t = timeline(&c);
    ck_assert_int_eq(get(t, "le-sar.response")->paused, 0);
    foi_timeline_free(t);

    /* Thu 5 Feb 2026: Sat 7 to Fri 13 Feb paused (7 days): 4 Mar + 7 = Wed
     * 11 Mar 2026. */
    c = mkcase(D(2026, 2, 5));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2026, 2, 7));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2026, 2, 13));
    t = timeline(&c);
    e = get(t, "le-sar.response");
    ck_assert_date_eq(e->deadline.due, D(2026, 3, 11));
    ck_assert_int_eq(e->deadline.paused_days, 7);
    ck_assert_ptr_nonnull(strstr(e->note, "s.54(3C)"));
    /* The ICO's reading gets the same seven days: 6 Feb -> 6 Mar + 7 = Fri
     * 13 Mar 2026. */
    ck_assert_date_eq(e->deadline.regulator_due, D(2026, 3, 13));
    foi_timeline_free(t);
    /* Still waiting: stopped, with the band on the entry. */
    c.has[FOI_EVENT_CLARIFICATION_RECEIVED] = 0;
    t = timeline(&c);
    e = get(t, "le-sar.response");
    ck_assert_int_eq(e->paused, 1);
    ck_assert_ptr_nonnull(strstr(e->note, "s.54(3C)"));
    ck_assert_ptr_nonnull(strstr(e->deadline.band, "from 5 February 2026"));
    foi_timeline_free(t);
}
END_TEST

/* s.54(3B): the notice "must (a) be given before the end of the period of
 * one month beginning with the relevant time". Received Thu 5 Feb 2026:
 * that month ends Wed 4 Mar 2026. */
START_TEST(test_extension_notice)
{
    foi_case c = mkcase(D(2026, 2, 5));
    c.pit_extension = 1;
    c.has_extension_claimed = 1;
    /* On the last day of the month: extends to Mon 4 May 2026. */
    c.extension_claimed = D(2026, 3, 4);
    foi_timeline *t = timeline(&c);
    ck_assert_uint_eq(count_entries(t), 2);
    ck_assert_int_eq(get(t, "le-sar.response")->extended, 1);
    ck_assert_date_eq(get(t, "le-sar.extended")->deadline.due, D(2026, 5, 4));
    foi_timeline_free(t);
    /* A day later: extends nothing; the response is judged against 4 Mar. */
    c.extension_claimed = D(2026, 3, 5);
    t = timeline(&c);
    ck_assert_uint_eq(count_entries(t), 1);
    const foi_timeline_entry *e = get(t, "le-sar.response");
    ck_assert_int_eq(e->extended, 0);
    ck_assert_ptr_nonnull(strstr(e->note, "s.54(3B)(a)"));
    foi_status s;
    ck_assert_int_eq(foi_timeline_status(&s, t, 0, D(2026, 3, 20)), FOI_OK);
    ck_assert_int_eq(s.state, FOI_STATE_OVERDUE);
    ck_assert_int_eq(s.overdue_days, 16);
    foi_timeline_free(t);

    /* The pause does not count towards the (3B)(a) month either: asked Sat
     * 7 Feb, answered Fri 13 Feb (7 days), the month ends Wed 11 Mar, so a
     * notice on Tue 10 Mar is in time and extends to 4 May + 7 = Mon 11 May
     * 2026. */
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2026, 2, 7));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2026, 2, 13));
    c.extension_claimed = D(2026, 3, 10);
    t = timeline(&c);
    ck_assert_date_eq(get(t, "le-sar.response")->deadline.due, D(2026, 3, 11));
    ck_assert_int_eq(get(t, "le-sar.response")->extended, 1);
    ck_assert_date_eq(get(t, "le-sar.extended")->deadline.due, D(2026, 5, 11));
    foi_timeline_free(t);
}
END_TEST

/* A clarification asked inside the extension, after the first month: it
 * pauses the extended period only. Received Thu 5 Feb 2026, extension
 * claimed Fri 20 Feb; clarification asked Fri 20 Mar, answered Wed 25 Mar
 * (6 days): 4 May + 6 = Sun 10 May 2026, a Sunday the statute does not
 * move. */
START_TEST(test_pause_inside_the_extension)
{
    foi_case c = mkcase(D(2026, 2, 5));
    c.pit_extension = 1;
    c.has_extension_claimed = 1;
    c.extension_claimed = D(2026, 2, 20);
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2026, 3, 20));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2026, 3, 25));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *r = get(t, "le-sar.response");
    ck_assert_date_eq(r->deadline.due, D(2026, 3, 4));
    ck_assert_int_eq(r->deadline.paused_days, 0);
    const foi_timeline_entry *x = get(t, "le-sar.extended");
    ck_assert_date_eq(x->deadline.due, D(2026, 5, 10));
    ck_assert_int_eq(x->deadline.paused_days, 6);
    /* Answered Mon 11 May: a day late by the statute's words. */
    foi_timeline_free(t);
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2026, 5, 11));
    t = timeline(&c);
    foi_status s;
    for (size_t i = 0; i < foi_timeline_count(t); i++)
        if (foi_timeline_entry_at(t, i)->deadline.rule->role == FOI_ROLE_EXTENDED) {
            ck_assert_int_eq(foi_timeline_status(&s, t, i, D(2026, 5, 20)), FOI_OK);
            ck_assert_int_eq(s.state, FOI_STATE_MISSED);
            ck_assert_int_eq(s.late, 1);
        }
    foi_timeline_free(t);
}
END_TEST

/* s.54(3C) keeps the days of waiting out of "the applicable time period": a
 * period that has already ended has none to keep out. Received Thu 5 Feb
 * 2026, the month ended Wed 4 Mar; information asked for on Tue 10 Mar
 * stops nothing. With an extension claimed in time the period runs to Mon 4
 * May, so the same request for information pauses it (asked Tue 10 Mar,
 * answered Sun 15 Mar: 6 days, Sun 10 May); asked on Tue 5 May, after the
 * extended period, it stops nothing again. */
START_TEST(test_clarification_after_the_period)
{
    foi_case c = mkcase(D(2026, 2, 5));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2026, 3, 10));
    foi_timeline *t = timeline(&c);
    const foi_timeline_entry *e = get(t, "le-sar.response");
    ck_assert_int_eq(e->paused, 0);
    ck_assert_date_eq(e->deadline.due, D(2026, 3, 4));
    ck_assert_ptr_nonnull(strstr(e->note, "stops nothing"));
    foi_status s;
    ck_assert_int_eq(foi_timeline_status(&s, t, 0, D(2026, 3, 12)), FOI_OK);
    ck_assert_int_eq(s.state, FOI_STATE_OVERDUE);
    foi_timeline_free(t);
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2026, 3, 15));
    t = timeline(&c);
    e = get(t, "le-sar.response");
    ck_assert_date_eq(e->deadline.due, D(2026, 3, 4));
    ck_assert_int_eq(e->deadline.paused_days, 0);
    foi_timeline_free(t);

    c.pit_extension = 1;
    c.has_extension_claimed = 1;
    c.extension_claimed = D(2026, 2, 20);
    t = timeline(&c);
    ck_assert_date_eq(get(t, "le-sar.extended")->deadline.due, D(2026, 5, 10));
    ck_assert_int_eq(get(t, "le-sar.extended")->deadline.paused_days, 6);
    foi_timeline_free(t);
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_REQUESTED, D(2026, 5, 5));
    foi_case_set(&c, FOI_EVENT_CLARIFICATION_RECEIVED, D(2026, 5, 8));
    t = timeline(&c);
    ck_assert_date_eq(get(t, "le-sar.extended")->deadline.due, D(2026, 5, 4));
    ck_assert_int_eq(get(t, "le-sar.extended")->deadline.paused_days, 0);
    foi_timeline_free(t);
}
END_TEST

/* The extension of s.54(3A) for a request received before 5 February 2026
 * is refused, naming the extension and the date of receipt; so is a fee,
 * which under Part 3 moves the relevant time instead. */
START_TEST(test_refusals)
{
    foi_case c = mkcase(D(2026, 2, 4));
    c.pit_extension = 1;
    foi_timeline *t = NULL;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_PIT_EXTENSION);
    ck_assert_int_eq(foi_error_other_field(), FOI_FIELD_RECEIVED);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "2026-02-04"));
    c = mkcase(D(2026, 3, 2));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2026, 3, 3));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_FEE_NOTICE);
}
END_TEST

/* The regime's name, title and the JSON of a deadline and a timeline. */
START_TEST(test_names_and_json)
{
    foi_regime g;
    ck_assert_int_eq(foi_regime_from_name(&g, "le-sar"), FOI_OK);
    ck_assert_int_eq(g, FOI_REGIME_LE_SAR);
    ck_assert_str_eq(foi_regime_name(FOI_REGIME_LE_SAR), "le-sar");
    ck_assert_str_eq(foi_regime_title(FOI_REGIME_LE_SAR), "Law-enforcement subject access request");
    const foi_rule *r;
    ck_assert_int_eq(foi_rule_for(&r, FOI_REGIME_LE_SAR, FOI_ROLE_RESPONSE), FOI_OK);
    ck_assert_str_eq(r->id, "le-sar.response");
    ck_assert_int_eq(foi_rule_for(&r, FOI_REGIME_LE_SAR, FOI_ROLE_EXTENDED), FOI_OK);
    ck_assert_str_eq(r->id, "le-sar.extended");
    ck_assert_int_eq(foi_rule_for(&r, FOI_REGIME_LE_SAR, FOI_ROLE_REVIEW_REQUEST), FOI_ENOTFOUND);

    foi_deadline d = compute("le-sar.response", D(2026, 10, 29), FOI_DIV_SCOTLAND);
    char *json = NULL;
    ck_assert_int_eq(foi_deadline_json(&json, &d, FOI_RECEIPT_STATUTORY), FOI_OK);
    ck_assert_ptr_nonnull(strstr(json, "\"due\":\"2026-11-28\""));
    ck_assert_ptr_nonnull(strstr(json, "\"regulator_due\":\"2026-12-01\""));
    ck_assert_ptr_nonnull(strstr(json, "\"band\":\"received from 5 February 2026"));
    ck_assert_ptr_nonnull(strstr(json, "\"calendar\":\"scotland\""));
    foi_json_free(json);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("le-sar");
    TCase *tc = tcase_create("rules");
    tcase_add_loop_test(tc, test_response_statute_and_ico, 0, (int)COUNT(response_rows));
    tcase_add_test(tc, test_extended);
    tcase_add_test(tc, test_band_of_a_deadline);
    tcase_add_test(tc, test_names_and_json);
    suite_add_tcase(s, tc);
    tc = tcase_create("cases");
    tcase_add_test(tc, test_clarification_either_side_of_the_commencement);
    tcase_add_test(tc, test_extension_notice);
    tcase_add_test(tc, test_pause_inside_the_extension);
    tcase_add_test(tc, test_clarification_after_the_period);
    tcase_add_test(tc, test_refusals);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
