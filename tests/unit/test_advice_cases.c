/* The advice follows the case: every status a deadline can have, with the
 * events that matter, under each regime. The expected statuses and advice
 * were written from the legal text (quoted below) and hand-counted dates
 * before the code was changed to give them; they are not a record of what
 * the code printed.
 *
 * Sources and the dates counted from them:
 * - FOIA s.10(1): an answer "not later than the twentieth working day
 *   following the date of receipt". Received Mon 15 Oct 2018: Mon 12 Nov.
 *   s.10(3) public-interest extension, ICO: 40 working days in all: Tue 11
 *   Dec (St Andrew's Day, Fri 30 Nov, is a UK non-working day). s.17(1): the
 *   notice of it is due within the time for compliance, so a notice after 12
 *   Nov extends nothing.
 * - FOIA s.9(2): no duty to comply "unless the fee is paid within the period
 *   of three months beginning with the day on which the fees notice is
 *   given": notice Mon 22 Oct 2018, last day Mon 21 Jan 2019. s.10(2)
 *   disregards the days from notice to payment only for a fee paid so: paid
 *   Thu 1 Nov, the answer is due Fri 23 Nov 2018 (rules.md section 4).
 * - FOIA s.1(3): a clarification restarts the clock from its arrival (Mon 22
 *   Oct: 20 working days, Mon 19 Nov); s.1(3) sets no time limit for asking,
 *   so a late request for clarification still restarts it (Thu 15 Nov: Fri
 *   14 Dec).
 * - s.45 Code: a review asked for within 40 working days of the response (9
 *   Nov: Fri 11 Jan 2019; 14 Nov: Wed 16 Jan 2019; 5 Dec: Tue 5 Feb 2019),
 *   answered within 20 (asked Tue 20 Nov: Wed 19 Dec) and at most 40 (Tue 22
 *   Jan 2019). ICO: a complaint within six weeks of the review's outcome (14
 *   Dec: Fri 25 Jan 2019).
 * - FOIA s.50(1) and s.50(3)(b): a decision notice is the Commissioner's
 *   answer to "a complaint", so it shows that one was made, whatever its
 *   date; s.57 and GRC Rules r.22(1)(b): appeal "within 28 days of the date
 *   on which notice of the act or decision ... was sent" (1 Jul 2019: Mon 29
 *   Jul).
 * - Schools, SI 2004/3364 reg 3 without school days: the 60th working day
 *   after Mon 15 Jul 2019 is Wed 9 Oct 2019.
 * - EIR reg 5(2): "no later than 20 working days after the date of receipt"
 *   (Wed 2 Jan 2019: Wed 30 Jan); reg 7(1): 40 (Wed 27 Feb). reg 9(2)
 *   particulars asked "no later than 20 working days after the date of
 *   receipt", and reg 9(4) restarts the clock only then: asked Tue 5 Feb, too
 *   late, the answer stays due 30 Jan; asked Thu 10 Jan, received Tue 15 Jan:
 *   Tue 12 Feb. reg 11(2) representations within 40 working days (20 Jan:
 *   Fri 15 Mar), reg 11(4) reconsideration within 40 (1 Feb: Mon 1 Apr).
 *   reg 18 applies FOIA s.50 and s.57: complain within six weeks of 15 Mar
 *   (Fri 26 Apr), appeal a notice of 1 Jul by 29 Jul.
 * - FOISA s.10(1), Scottish working days (s.73): received Thu 29 Mar 2018,
 *   due Fri 27 Apr. s.20(5): a requirement for review "not later than the
 *   fortieth working day after" the expiry of that period (Tue 26 Jun) or,
 *   for a late response, its receipt (Thu 10 May: Fri 6 Jul). s.21(1): the
 *   review "not later than the twentieth working day after receipt" (Tue 1
 *   May: Thu 31 May; an answer on 15 Jun is late). s.47(4)(a): apply to the Commissioner "before
 * the expiry of six months after" the review outcome or the time for it (31 May: Fri 30 Nov; 15
 * Jun: Sat 15 Dec). s.9(3): fee within three months beginning with the notice (Mon 2 Apr: Sun 1 Jul
 * 2018).
 * - EISR reg 5(2) and 7(1): 20 and 40 Scottish working days (Tue 29 May
 *   2018); reg 16(2) representations within 40 working days of the response
 *   (20 Apr: Tue 19 Jun), reg 16(4) an answer within 20 (1 May: Thu 31 May);
 *   reg 17 applies FOISA s.47.
 * - Subject access, UK GDPR Art 12(3) before 5 Feb 2026: "within one month
 *   of receipt", counted by the ICO to the corresponding date (31 Jan 2025:
 *   Fri 28 Feb; three months: Wed 30 Apr). From 5 Feb 2026 Art 12(3) reads
 *   "before the end of the applicable time period (see Article 12A)", the
 *   period of one month beginning with the relevant time, which ends the day
 *   before the corresponding date and is not rolled: received Tue 3 Mar 2026,
 *   Thu 2 Apr; Thu 5 Feb 2026, Wed 4 Mar; three months from 3 Mar, Tue 2
 *   Jun; a controller in Scotland receiving on Sat 16 May 2026 has to Mon 15
 *   Jun (a Scottish holiday: the statute does not move it). The days from
 *   asking for clarification to receiving it, both included, do not count
 *   (asked Thu 5 Mar, answered Mon 9 Mar: five days, Tue 7 Apr). Notice of an
 *   extension "before the end of the period of one month beginning with the
 *   relevant time": given Fri 3 Apr, it extends nothing. A request received
 *   in June 2019 predates the ICO's October 2020 guidance: clarification did
 *   not stop the clock (3 Jun 2019: Wed 3 Jul). Art 12A discounts days only
 *   from a period still running: clarification asked Fri 3 Apr 2026, after
 *   the month to Thu 2 Apr, puts nothing on hold; nor, under the ICO's
 *   guidance, does one asked Fri 2 Apr 2021 for a request of Mon 1 Mar 2021
 *   (due Thu 1 Apr).
 */
#include <stdio.h>
#include <string.h>

#include <check.h>

#include <foiclock/foiclock.h>

#include "testutil.h"

struct row {
    const char *regime;
    /* name=YYYY-MM-DD for each event (names as foi_event_name gives them),
     * and the words pit, school, ext=DATE (the extension notice),
     * div=NAME. */
    const char *events;
    const char *today;
    /* role:state for each entry, in timeline order. */
    const char *states;
    /* kind:date (kind alone for on-hold) for each advice item, in order. */
    const char *advice;
};

static const struct row rows[] = {
    /* FOIA: the response in each state. */
    {"foia", "received=2018-10-15", "2018-11-01", "response:pending", "expect-answer:2018-11-12"},
    {"foia", "received=2018-10-15", "2018-11-12", "response:due-today", "expect-answer:2018-11-12"},
    {"foia", "received=2018-10-15", "2018-11-20", "response:overdue", "answer-late:2018-11-12"},
    {"foia", "received=2018-10-15 responded=2018-11-09", "2018-11-20",
     "response:met review-request:pending", "answered-in-time:2018-11-12 ask-review:2019-01-11"},
    {"foia", "received=2018-10-15 responded=2018-11-14", "2018-11-20",
     "response:missed review-request:pending", "answered-late:2018-11-12 ask-review:2019-01-16"},
    /* The requester's review window has closed: nothing left to advise on it. */
    {"foia", "received=2018-10-15 responded=2018-11-09", "2019-01-14",
     "response:met review-request:overdue", "answered-in-time:2018-11-12"},
    /* Fees: awaited, paid in time, on the last day, expired, paid late. */
    {"foia", "received=2018-10-15 fee_notice=2018-10-22", "2018-10-30",
     "fee-period:pending response:paused", "pay-fee:2019-01-21 on-hold"},
    {"foia", "received=2018-10-15 fee_notice=2018-10-22 fee_paid=2018-11-01", "2018-11-20",
     "response:pending fee-period:met", "expect-answer:2018-11-23"},
    {"foia", "received=2018-10-15 fee_notice=2018-10-22", "2019-01-21",
     "fee-period:due-today response:paused", "pay-fee:2019-01-21 on-hold"},
    {"foia", "received=2018-10-15 fee_notice=2018-10-22", "2019-01-22",
     "fee-period:overdue response:paused", "fee-expired:2019-01-21"},
    {"foia", "received=2018-10-15 fee_notice=2018-10-22 fee_paid=2019-01-23", "2019-01-30",
     "response:overdue fee-period:missed", "fee-late:2019-01-21"},
    /* Public-interest extension: claimed in time, claimed late, answered. */
    {"foia", "received=2018-10-15 pit ext=2018-11-09", "2018-11-20",
     "response:extended extended:pending", "expect-answer:2018-12-11"},
    {"foia", "received=2018-10-15 pit ext=2018-11-14", "2018-11-20", "response:overdue",
     "answer-late:2018-11-12"},
    {"foia", "received=2018-10-15 pit responded=2018-12-05", "2018-12-10",
     "response:extended extended:met review-request:pending",
     "answered-in-time:2018-12-11 ask-review:2019-02-05"},
    /* Clarification: awaited, received, asked late (FOIA: still restarts). */
    {"foia", "received=2018-10-15 clarification_requested=2018-10-17", "2018-10-20",
     "response:paused", "on-hold"},
    {"foia",
     "received=2018-10-15 clarification_requested=2018-10-17 clarification_received=2018-10-22",
     "2018-11-01", "response:pending", "expect-answer:2018-11-19"},
    {"foia",
     "received=2018-10-15 clarification_requested=2018-11-14 clarification_received=2018-11-15",
     "2018-11-20", "response:pending", "expect-answer:2018-12-14"},
    /* Reviews: awaited, late, answered. */
    {"foia", "received=2018-10-15 responded=2018-11-09 review_requested=2018-11-20", "2018-11-25",
     "response:met review-response:pending review-request:met review-max:pending",
     "answered-in-time:2018-11-12 review-expected:2018-12-19"},
    {"foia", "received=2018-10-15 responded=2018-11-09 review_requested=2018-11-20", "2019-01-10",
     "response:met review-response:overdue review-request:met review-max:pending",
     "answered-in-time:2018-11-12 review-late:2018-12-19"},
    {"foia",
     "received=2018-10-15 responded=2018-11-09 review_requested=2018-11-20 "
     "review_responded=2018-12-14",
     "2018-12-20",
     "response:met review-response:met review-request:met review-max:met complaint:pending",
     "answered-in-time:2018-11-12 complain:2019-01-25"},
    /* The complaint: made in time, made late, shown by a decision notice. */
    {"foia",
     "received=2018-10-15 responded=2018-11-09 review_requested=2018-11-20 "
     "review_responded=2018-12-14 complained=2019-01-10",
     "2019-01-20",
     "response:met review-response:met review-request:met review-max:met complaint:met",
     "answered-in-time:2018-11-12"},
    {"foia",
     "received=2018-10-15 responded=2018-11-09 review_requested=2018-11-20 "
     "review_responded=2018-12-14 complained=2019-02-01",
     "2019-02-05",
     "response:met review-response:met review-request:met review-max:met complaint:missed",
     "answered-in-time:2018-11-12"},
    {"foia",
     "received=2018-10-15 responded=2018-11-09 review_requested=2018-11-20 "
     "review_responded=2018-12-14 decision_notice=2019-07-01",
     "2019-07-05",
     "response:met review-response:met review-request:met review-max:met complaint:met "
     "appeal:pending",
     "answered-in-time:2018-11-12 appeal:2019-07-29"},
    {"foia",
     "received=2018-10-15 responded=2018-11-09 review_requested=2018-11-20 "
     "review_responded=2018-12-14 complained=2019-01-10 decision_notice=2019-07-01",
     "2019-07-05",
     "response:met review-response:met review-request:met review-max:met complaint:met "
     "appeal:pending",
     "answered-in-time:2018-11-12 appeal:2019-07-29"},
    /* Schools without school days: the backstop. */
    {"foia", "received=2019-07-15 school", "2019-07-20", "schools:pending",
     "expect-answer:2019-10-09"},

    /* EIR. */
    {"eir", "received=2019-01-02", "2019-01-10", "response:pending", "expect-answer:2019-01-30"},
    {"eir", "received=2019-01-02 pit ext=2019-01-20", "2019-02-10",
     "response:extended extended:pending", "expect-answer:2019-02-27"},
    {"eir",
     "received=2019-01-02 clarification_requested=2019-02-05 clarification_received=2019-02-07",
     "2019-02-10", "response:overdue", "answer-late:2019-01-30"},
    {"eir",
     "received=2019-01-02 clarification_requested=2019-01-10 clarification_received=2019-01-15",
     "2019-01-20", "response:pending", "expect-answer:2019-02-12"},
    {"eir",
     "received=2019-01-02 responded=2019-01-20 review_requested=2019-02-01 "
     "review_responded=2019-03-15",
     "2019-03-20", "response:met review-request:met review-response:met complaint:pending",
     "answered-in-time:2019-01-30 complain:2019-04-26"},
    {"eir",
     "received=2019-01-02 responded=2019-01-20 review_requested=2019-02-01 "
     "review_responded=2019-03-15 decision_notice=2019-07-01",
     "2019-07-05",
     "response:met review-request:met review-response:met complaint:met appeal:pending",
     "answered-in-time:2019-01-30 appeal:2019-07-29"},

    /* FOISA. */
    {"foisa", "received=2018-03-29", "2018-04-10", "response:pending review-request:pending",
     "expect-answer:2018-04-27 ask-review:2018-06-26"},
    {"foisa", "received=2018-03-29 responded=2018-04-20", "2018-05-01",
     "response:met review-request:pending", "answered-in-time:2018-04-27 ask-review:2018-06-26"},
    {"foisa", "received=2018-03-29 responded=2018-05-10", "2018-05-15",
     "response:missed review-request:pending", "answered-late:2018-04-27 ask-review:2018-07-06"},
    {"foisa", "received=2018-03-29 responded=2018-04-20 review_requested=2018-05-01", "2018-05-25",
     "response:met review-response:pending review-request:met complaint:pending",
     "answered-in-time:2018-04-27 review-expected:2018-05-31 complain:2018-11-30"},
    {"foisa", "received=2018-03-29 fee_notice=2018-04-02", "2018-04-10",
     "fee-period:pending response:paused review-request:paused",
     "pay-fee:2018-07-01 on-hold on-hold"},
    {"foisa",
     "received=2018-03-29 responded=2018-04-20 review_requested=2018-05-01 "
     "review_responded=2018-06-15 complained=2018-07-01",
     "2018-07-05", "response:met review-response:missed review-request:met complaint:met",
     "answered-in-time:2018-04-27"},
    {"foisa",
     "received=2018-03-29 responded=2018-04-20 review_requested=2018-05-01 "
     "review_responded=2018-06-15 decision_notice=2018-10-01",
     "2018-10-05", "response:met review-response:missed review-request:met complaint:met",
     "answered-in-time:2018-04-27"},

    /* EISR. */
    {"eisr", "received=2018-03-29 pit ext=2018-04-20", "2018-04-25",
     "response:extended extended:pending", "expect-answer:2018-05-29"},
    {"eisr", "received=2018-03-29 responded=2018-04-20", "2018-05-01",
     "response:met review-request:pending", "answered-in-time:2018-04-27 ask-review:2018-06-19"},
    {"eisr", "received=2018-03-29 responded=2018-04-20 review_requested=2018-05-01", "2018-06-10",
     "response:met review-response:overdue review-request:met complaint:pending",
     "answered-in-time:2018-04-27 review-late:2018-05-31 complain:2018-11-30"},

    /* Subject access before 5 February 2026: the ICO's month. */
    {"sar", "received=2025-01-31", "2025-02-10", "response:pending", "expect-answer:2025-02-28"},
    {"sar", "received=2025-01-31", "2025-03-10", "response:overdue", "answer-late:2025-02-28"},
    {"sar", "received=2025-01-31 pit ext=2025-02-20", "2025-03-10",
     "response:extended extended:pending", "expect-answer:2025-04-30"},
    {"sar", "received=2025-01-31 pit ext=2025-03-03", "2025-03-10", "response:overdue",
     "answer-late:2025-02-28"},
    {"sar", "received=2025-01-31 responded=2025-02-20", "2025-03-10", "response:met",
     "answered-in-time:2025-02-28"},
    {"sar",
     "received=2019-06-03 clarification_requested=2019-06-05 clarification_received=2019-06-10",
     "2019-06-20", "response:pending", "expect-answer:2019-07-03"},
    /* From 5 February 2026: one month beginning with the relevant time. */
    {"sar", "received=2026-02-04", "2026-02-10", "response:pending", "expect-answer:2026-03-04"},
    {"sar", "received=2026-02-05", "2026-02-10", "response:pending", "expect-answer:2026-03-04"},
    {"sar", "received=2026-03-03", "2026-03-10", "response:pending", "expect-answer:2026-04-02"},
    {"sar", "received=2026-03-03", "2026-04-02", "response:due-today", "expect-answer:2026-04-02"},
    {"sar", "received=2026-03-03", "2026-04-03", "response:overdue", "answer-late:2026-04-02"},
    {"sar", "received=2026-05-16 div=scotland", "2026-05-20", "response:pending",
     "expect-answer:2026-06-15"},
    {"sar", "received=2026-03-03 pit ext=2026-03-20", "2026-03-25",
     "response:extended extended:pending", "expect-answer:2026-06-02"},
    {"sar", "received=2026-03-03 pit ext=2026-04-03", "2026-04-05", "response:overdue",
     "answer-late:2026-04-02"},
    {"sar", "received=2026-03-03 clarification_requested=2026-03-05", "2026-03-06",
     "response:paused", "on-hold"},
    {"sar",
     "received=2026-03-03 clarification_requested=2026-03-05 clarification_received=2026-03-09",
     "2026-03-10", "response:pending", "expect-answer:2026-04-07"},
    /* Clarification asked after the month: no hold, the answer is late. */
    {"sar", "received=2026-03-03 clarification_requested=2026-04-03", "2026-04-05",
     "response:overdue", "answer-late:2026-04-02"},
    {"sar", "received=2021-03-01 clarification_requested=2021-04-02", "2021-04-06",
     "response:overdue", "answer-late:2021-04-01"},
};

static foi_date parse_date(const char *s, size_t len)
{
    foi_date d = {0};
    ck_assert_msg(foi_date_parse_n(&d, s, len, NULL) == FOI_OK, "bad date '%.*s'", (int)len, s);
    return d;
}

/* Reads a row's events into c; a name the library does not know fails. */
static void read_events(foi_case *c, const char *spec)
{
    const char *p = spec;
    while (*p) {
        size_t n = strcspn(p, " ");
        const char *eq = memchr(p, '=', n);
        if (n == 3 && !strncmp(p, "pit", 3)) {
            c->pit_extension = 1;
        } else if (n == 6 && !strncmp(p, "school", 6)) {
            c->school = 1;
        } else if (eq && eq - p == 3 && !strncmp(p, "ext", 3)) {
            c->has_extension_claimed = 1;
            c->extension_claimed = parse_date(eq + 1, n - 4);
        } else if (eq && eq - p == 3 && !strncmp(p, "div", 3)) {
            char name[32];
            snprintf(name, sizeof name, "%.*s", (int)(n - 4), eq + 1);
            ck_assert_int_eq(foi_division_from_name(&c->division, name), FOI_OK);
        } else {
            ck_assert_msg(eq != NULL, "bad event '%.*s'", (int)n, p);
            char name[40];
            snprintf(name, sizeof name, "%.*s", (int)(eq - p), p);
            foi_event e;
            ck_assert_msg(foi_event_from_name(&e, name) == FOI_OK, "no event '%s': %s", name,
                          foi_error_last());
            size_t len = n - (size_t)(eq + 1 - p);
            foi_case_set(c, e, parse_date(eq + 1, len));
        }
        p += n;
        while (*p == ' ')
            p++;
    }
}

START_TEST(test_advice_cases)
{
    const struct row *w = &rows[_i];
    foi_case c;
    foi_regime regime;
    ck_assert_int_eq(foi_regime_from_name(&regime, w->regime), FOI_OK);
    foi_case_init(&c, regime);
    read_events(&c, w->events);
    foi_date today = parse_date(w->today, strlen(w->today));
    foi_timeline *t = NULL;
    ck_assert_msg(foi_timeline_compute(&t, &c) == FOI_OK, "row %d (%s %s): %s", _i, w->regime,
                  w->events, foi_error_last());

    char got[512] = "";
    for (size_t i = 0; i < foi_timeline_count(t); i++) {
        const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
        foi_status s;
        ck_assert_int_eq(foi_timeline_status(&s, t, i, today), FOI_OK);
        size_t len = strlen(got);
        snprintf(got + len, sizeof got - len, "%s%s:%s", i ? " " : "",
                 foi_role_name(e->deadline.rule->role), foi_state_name(s.state));
    }
    ck_assert_msg(strcmp(got, w->states) == 0, "row %d (%s %s on %s): states\n  got  %s\n  want %s",
                  _i, w->regime, w->events, w->today, got, w->states);

    foi_advice a[FOI_ADVICE_MAX];
    size_t n = 0;
    ck_assert_int_eq(foi_timeline_advice(a, FOI_ADVICE_MAX, &n, t, today), FOI_OK);
    got[0] = '\0';
    for (size_t k = 0; k < n && k < FOI_ADVICE_MAX; k++) {
        char iso[FOI_DATE_ISO_SIZE];
        size_t len = strlen(got);
        if (a[k].kind == FOI_ADVICE_ON_HOLD)
            snprintf(got + len, sizeof got - len, "%s%s", k ? " " : "",
                     foi_advice_kind_name(a[k].kind));
        else
            snprintf(got + len, sizeof got - len, "%s%s:%s", k ? " " : "",
                     foi_advice_kind_name(a[k].kind), foi_date_format_iso(a[k].date, iso));
    }
    ck_assert_msg(strcmp(got, w->advice) == 0, "row %d (%s %s on %s): advice\n  got  %s\n  want %s",
                  _i, w->regime, w->events, w->today, got, w->advice);
    foi_timeline_free(t);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("advice_cases");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_advice_cases, 0, (int)(sizeof rows / sizeof *rows));
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *s[] = {suite()};
    return run_suites(s, 1);
}
