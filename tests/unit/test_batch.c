/* Tests of the batch API: deadlines over arrays against one-at-a-time
 * computation, case results on worked examples, totals on a hand-checked
 * set, and CSV caseloads row by row. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

/* ---- deadlines over arrays ---- */

/* Every rule, both receipt rules and every division, over anchors that
 * include weekends, holidays, the edge of published data and the ends of the
 * calendars: the batch gives exactly what foi_deadline_compute gives. */
START_TEST(test_deadline_batch_matches_compute)
{
    enum { N = 1200 };
    static foi_date anchors[N], due[N];
    static int status[N];
    size_t k = 0;
    for (int i = 0; i < 400; i++) /* every day from 24 November 2017 */
        anchors[k++].serial = D(2017, 11, 24).serial + i;
    for (int i = 0; i < 300; i++) /* across the end of published data */
        anchors[k++].serial = D(2028, 9, 1).serial + i;
    for (int i = 0; i < 200; i++) /* up to and past the end of the calendars */
        anchors[k++].serial = D(2199, 9, 1).serial + i;
    for (int i = 0; i < 200; i++) /* before and after the start */
        anchors[k++].serial = D(1970, 11, 1).serial + i;
    for (int i = 0; i < 100; i++)
        anchors[k++].serial = D(2005, 1, 1).serial + i * 97;
    ck_assert_int_eq(k, N);
    static const unsigned divisions[] = {0, FOI_DIV_ENGLAND_WALES, FOI_DIV_SCOTLAND,
                                         FOI_DIV_NORTHERN_IRELAND};
    for (size_t ri = 0; ri < foi_rules_count(); ri++) {
        const foi_rule *rule = foi_rule_at(ri);
        for (int rr = 0; rr < 2; rr++) {
            for (int di = 0; di < 4; di++) {
                foi_deadline_options o;
                foi_deadline_options_init(&o);
                o.receipt_rule = (foi_receipt_rule)rr;
                o.division = divisions[di];
                size_t failed = 99;
                ck_assert_int_eq(foi_deadline_batch(due, status, rule, anchors, N, &o, &failed),
                                 FOI_OK);
                size_t nf = 0;
                for (size_t i = 0; i < N; i++) {
                    foi_deadline d;
                    int rc = foi_deadline_compute(&d, rule, anchors[i], &o);
                    REQUIRE(rc == status[i], "%s anchor %zu: status %d, want %d", rule->id, i,
                            status[i], rc);
                    REQUIRE(rc || d.due.serial == due[i].serial, "%s anchor %zu: %d, want %d",
                            rule->id, i, due[i].serial, d.due.serial);
                    REQUIRE(!rc || due[i].serial == anchors[i].serial, "failed entries keep "
                                                                       "the anchor");
                    nf += rc != 0;
                }
                REQUIRE(nf == failed, "%s: failed %zu, want %zu", rule->id, failed, nf);
            }
        }
    }
}
END_TEST

START_TEST(test_deadline_batch_errors)
{
    const foi_rule *rule;
    ck_assert_int_eq(foi_rule_find(&rule, "foia.response"), FOI_OK);
    foi_date anchors[3] = {D(2018, 10, 15), D(2199, 12, 20), D(2018, 3, 29)}, due[3];
    int status[3];
    size_t failed;
    /* Without a status array the first failure stops the call. */
    ck_assert_int_eq(foi_deadline_batch(due, NULL, rule, anchors, 3, NULL, &failed), FOI_ERANGE);
    ck_assert_date_eq(due[0], D(2018, 11, 12));
    ck_assert_str_eq(foi_error_last(), "anchors[1]: 20 working days after 2199-12-20 falls outside "
                                       "the uk calendar, which covers 1971-01-01 to 2199-12-31");
    /* With one, every anchor is tried. */
    ck_assert_int_eq(foi_deadline_batch(due, status, rule, anchors, 3, NULL, &failed), FOI_OK);
    ck_assert_int_eq(failed, 1);
    ck_assert_int_eq(status[0], 0);
    ck_assert_int_eq(status[1], FOI_ERANGE);
    ck_assert_int_eq(status[2], 0);
    ck_assert_date_eq(due[2], D(2018, 4, 30)); /* src/doc/rules.md section 6 */
    ck_assert_int_eq(foi_deadline_batch(due, status, NULL, anchors, 3, NULL, NULL), FOI_EINVAL);
    ck_assert_int_eq(foi_deadline_batch(NULL, status, rule, anchors, 3, NULL, NULL), FOI_EINVAL);
    ck_assert_int_eq(foi_deadline_batch(NULL, NULL, rule, NULL, 0, NULL, NULL), FOI_OK);
    /* An invalid division fails every anchor, as one at a time. */
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.division = 3;
    ck_assert_int_eq(foi_deadline_batch(due, status, rule, anchors, 3, &o, &failed), FOI_OK);
    ck_assert_int_eq(failed, 3);
}
END_TEST

/* ---- one case ---- */

static foi_case_result eval(const foi_case *c, foi_date today)
{
    foi_case_result r;
    int rc = foi_case_evaluate(&r, c, today);
    ck_assert_msg(rc == FOI_OK, "%s", foi_error_last());
    return r;
}

START_TEST(test_case_fees_example)
{
    /* src/doc/rules.md section 4: received Mon 15 Oct 2018, fees notice Mon 22 Oct,
     * fee received Thu 1 Nov: due Fri 23 Nov 2018. */
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2018, 11, 1));
    foi_case_result r = eval(&c, D(2018, 11, 20));
    ck_assert_date_eq(r.response_due, D(2018, 11, 23));
    ck_assert_int_eq(r.status, FOI_CASE_PENDING);
    ck_assert_str_eq(foi_case_status_name(r.status), "pending");
    /* 21, 22 and 23 November are left (timeline.t: "3 working days left"). */
    ck_assert_uint_eq(r.has, FOI_CASE_HAS_RESPONSE_DUE | FOI_CASE_HAS_LEFT);
    ck_assert_int_eq(r.working_days_left, 3);
    ck_assert_int_eq(r.responded, 0);
    /* Answered on the last day: 29 working days after 15 October, less the
     * 9 from 22 October to 1 November, is 20. */
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 23));
    r = eval(&c, D(2018, 11, 26));
    ck_assert_int_eq(r.status, FOI_CASE_MET);
    ck_assert_int_eq(r.in_time, 1);
    ck_assert_int_eq(r.working_days_taken, 20);
    ck_assert_int_eq(r.working_days_late, 0);
    /* A day later it is one working day late (Monday 26). */
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 26));
    r = eval(&c, D(2018, 11, 26));
    ck_assert_int_eq(r.status, FOI_CASE_MISSED);
    ck_assert_int_eq(r.in_time, 0);
    ck_assert_int_eq(r.working_days_late, 1);
    ck_assert_int_eq(r.working_days_taken, 21);
    /* Answered while the fee was still awaited: nothing to judge it by. */
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    r = eval(&c, D(2018, 11, 20));
    ck_assert_int_eq(r.status, FOI_CASE_PAUSED);
    ck_assert_uint_eq(r.has, 0);
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 10, 30));
    r = eval(&c, D(2018, 11, 20));
    ck_assert_int_eq(r.status, FOI_CASE_RESPONDED);
    ck_assert_int_eq(r.responded, 1);
    /* The requester's review window runs from the response all the same. */
    ck_assert_uint_eq(r.has, FOI_CASE_HAS_REVIEW_REQUEST_BY);
}
END_TEST

START_TEST(test_case_whole)
{
    /* tests/cli/timeline.t: response on working day 16 (6 November 2018),
     * review asked Saturday 10 November, answered 20 December: review
     * request window to Tuesday 8 January 2019, review due Monday 10
     * December, so the review was 8 working days late. */
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 6));
    foi_case_result r = eval(&c, D(2018, 11, 8));
    ck_assert_int_eq(r.status, FOI_CASE_MET);
    ck_assert_date_eq(r.response_due, D(2018, 11, 12));
    ck_assert_int_eq(r.working_days_taken, 16);
    ck_assert_date_eq(r.review_request_by, D(2019, 1, 8));
    ck_assert_str_eq(r.response_rule->id, "foia.response");
    foi_case_set(&c, FOI_EVENT_REVIEW_REQUESTED, D(2018, 11, 10));
    r = eval(&c, D(2018, 12, 10));
    ck_assert_int_eq(r.status, FOI_CASE_REVIEW_DUE_TODAY);
    ck_assert_date_eq(r.review_response_due, D(2018, 12, 10));
    ck_assert_int_eq(r.working_days_left, 0);
    r = eval(&c, D(2018, 12, 12));
    ck_assert_int_eq(r.status, FOI_CASE_REVIEW_OVERDUE);
    ck_assert_int_eq(r.working_days_overdue, 2);
    ck_assert(!(r.has & FOI_CASE_HAS_LEFT));
    foi_case_set(&c, FOI_EVENT_REVIEW_RESPONDED, D(2018, 12, 20));
    r = eval(&c, D(2019, 5, 10));
    ck_assert_int_eq(r.status, FOI_CASE_REVIEW_MISSED);
    ck_assert_str_eq(foi_case_status_name(r.status), "review-missed");
    ck_assert_int_eq(r.in_time, 1);
    ck_assert_uint_eq(r.has, FOI_CASE_HAS_RESPONSE_DUE | FOI_CASE_HAS_IN_TIME | FOI_CASE_HAS_TAKEN |
                                 FOI_CASE_HAS_REVIEW_REQUEST_BY | FOI_CASE_HAS_REVIEW_RESPONSE_DUE |
                                 FOI_CASE_HAS_COMPLAINT);
    /* The review outcome of 20 December gives the ICO 42 calendar days
     * (foia.ico-complaint): Thursday 31 January 2019, passed by May. */
    ck_assert_date_eq(r.complaint_by, D(2019, 1, 31));
    ck_assert_int_eq(r.complaint_state, FOI_STATE_OVERDUE);
}
END_TEST

START_TEST(test_case_readme)
{
    /* README: received Monday 2 November 2026, answered the 24th: due
     * Tuesday 1 December (St Andrew's Day, Monday 30 November, skipped),
     * 4 working days early; review by Tuesday 26 January 2027. */
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 11, 2));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2026, 11, 24));
    foi_case_result r = eval(&c, D(2026, 11, 26));
    ck_assert_date_eq(r.response_due, D(2026, 12, 1));
    ck_assert_int_eq(r.working_days_taken, 16);
    ck_assert_date_eq(r.review_request_by, D(2027, 1, 26));
    ck_assert_int_eq(r.provisional, 0);
    /* Unanswered, the same request is overdue from 2 December: on 4
     * December by 3 working days. */
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 11, 2));
    r = eval(&c, D(2026, 12, 4));
    ck_assert_int_eq(r.status, FOI_CASE_OVERDUE);
    ck_assert_int_eq(r.working_days_overdue, 3);
    ck_assert_uint_eq(r.has, FOI_CASE_HAS_RESPONSE_DUE | FOI_CASE_HAS_OVERDUE);
}
END_TEST

START_TEST(test_case_regimes)
{
    foi_case c;
    /* A public-interest extension: the 40-working-day date is in force.
     * src/doc/rules.md section 6: EIR extended from Mon 15 Oct 2018 is Tue 11 Dec. */
    foi_case_init(&c, FOI_REGIME_EIR);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    c.pit_extension = 1;
    foi_case_result r = eval(&c, D(2018, 11, 20));
    ck_assert_date_eq(r.response_due, D(2018, 12, 11));
    ck_assert_str_eq(r.response_rule->id, "eir.extended");
    /* FOISA from Thu 29 Mar 2018: due Fri 27 Apr (Easter Monday works). */
    foi_case_init(&c, FOI_REGIME_FOISA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 3, 29));
    r = eval(&c, D(2018, 3, 29));
    ck_assert_date_eq(r.response_due, D(2018, 4, 27));
    ck_assert(r.has & FOI_CASE_HAS_REVIEW_REQUEST_BY); /* FOISA: before any response */
    /* Subject access, controller in Scotland: from Tue 18 Mar 2025, due
     * Mon 21 Apr 2025. */
    foi_case_init(&c, FOI_REGIME_SAR);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2025, 3, 18));
    c.division = FOI_DIV_SCOTLAND;
    r = eval(&c, D(2025, 3, 18));
    ck_assert_date_eq(r.response_due, D(2025, 4, 21));
    /* Projected holiday data makes a date provisional. */
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2028, 12, 20));
    r = eval(&c, D(2028, 12, 20));
    ck_assert_int_eq(r.provisional, 1);
    /* Contradictions are reported as timelines report them. */
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2028, 12, 1));
    ck_assert_int_eq(foi_case_evaluate(&r, &c, D(2028, 12, 20)), FOI_ECONFLICT);
    ck_assert_str_eq(foi_error_last(), "responded (2028-12-01) is before received (2028-12-20)");
}
END_TEST

START_TEST(test_case_batch)
{
    foi_case cases[3];
    foi_case_result out[3];
    int status[3];
    size_t failed;
    for (int i = 0; i < 3; i++) {
        foi_case_init(&cases[i], FOI_REGIME_FOIA);
        foi_case_set(&cases[i], FOI_EVENT_RECEIVED, D(2018, 10, 15 + i));
    }
    cases[1].has[FOI_EVENT_RECEIVED] = 0;
    ck_assert_int_eq(foi_case_batch(out, status, cases, 3, D(2018, 10, 20), &failed), FOI_OK);
    ck_assert_int_eq(failed, 1);
    ck_assert_int_eq(status[1], FOI_EINVAL);
    ck_assert_str_eq(foi_error_last(),
                     "cases[1]: a case needs the date the request was received (or, for the review "
                     "and complaint windows alone, the date of the response)");
    ck_assert_date_eq(out[0].response_due, D(2018, 11, 12));
    ck_assert_date_eq(out[2].response_due, D(2018, 11, 14));
    ck_assert_uint_eq(out[1].has, 0);
    ck_assert_int_eq(foi_case_batch(out, NULL, cases, 3, D(2018, 10, 20), NULL), FOI_EINVAL);
}
END_TEST

/* ---- totals ---- */

static void add_taken(foi_stats *s, int taken, int in_time)
{
    foi_case_result r;
    memset(&r, 0, sizeof r);
    r.responded = 1;
    r.has = FOI_CASE_HAS_IN_TIME | FOI_CASE_HAS_TAKEN | FOI_CASE_HAS_RESPONSE_DUE;
    r.in_time = in_time;
    r.working_days_taken = taken;
    r.status = in_time ? FOI_CASE_MET : FOI_CASE_MISSED;
    foi_stats_add(s, FOI_ROW_CASE, &r);
}

START_TEST(test_stats)
{
    foi_stats *s;
    foi_totals t;
    ck_assert_int_eq(foi_stats_new(&s), FOI_OK);
    foi_stats_get(&t, s);
    ck_assert_int_eq(t.rows, 0);
    ck_assert(t.percent_in_time == 0.0);
    /* 10, 1, 20, 3 and 22 working days: sorted 1 3 10 20 22, median 10; the
     * 90th percentile is the ceil(4.5) = 5th, 22. Four of five in time. */
    add_taken(s, 10, 1);
    add_taken(s, 1, 1);
    add_taken(s, 20, 1);
    add_taken(s, 3, 1);
    add_taken(s, 22, 0);
    foi_stats_add(s, FOI_ROW_DEADLINE, NULL);
    foi_stats_add(s, FOI_ROW_ERROR, NULL);
    foi_stats_add(s, FOI_ROW_BLANK, NULL);
    foi_case_result r;
    memset(&r, 0, sizeof r);
    r.status = FOI_CASE_OVERDUE;
    foi_stats_add(s, FOI_ROW_CASE, &r);
    r.status = FOI_CASE_REVIEW_OVERDUE;
    foi_stats_add(s, FOI_ROW_CASE, &r);
    r.status = FOI_CASE_DUE_TODAY;
    foi_stats_add(s, FOI_ROW_CASE, &r);
    r.status = FOI_CASE_PAUSED;
    foi_stats_add(s, FOI_ROW_CASE | FOI_ROW_ERROR, &r);
    foi_stats_get(&t, s);
    ck_assert_int_eq(t.rows, 11);
    ck_assert_int_eq(t.blank, 1);
    ck_assert_int_eq(t.errors, 2);
    ck_assert_int_eq(t.deadlines, 1);
    ck_assert_int_eq(t.cases, 9);
    ck_assert_int_eq(t.responded, 5);
    ck_assert_int_eq(t.in_time, 4);
    ck_assert_int_eq(t.late, 1);
    ck_assert(t.percent_in_time == 80.0);
    ck_assert_int_eq(t.taken, 5);
    ck_assert(t.median_working_days == 10.0);
    ck_assert_int_eq(t.p90_working_days, 22);
    ck_assert_int_eq(t.overdue, 1);
    ck_assert_int_eq(t.review_overdue, 1);
    ck_assert_int_eq(t.pending, 1);
    ck_assert_int_eq(t.paused, 1);
    /* An even count: the median is the mean of the middle two (10 and 20),
     * and the 90th percentile the ceil(5.4) = 6th smallest. */
    add_taken(s, 40, 0);
    foi_stats_get(&t, s);
    ck_assert(t.median_working_days == 15.0);
    ck_assert_int_eq(t.p90_working_days, 40);
    foi_stats_free(s);
    foi_stats_free(NULL);
}
END_TEST

/* ---- CSV caseloads ---- */

struct run {
    foi_csv_reader *r;
    foi_batch *b;
    foi_batch_result res;
    foi_csv_record rec;
};

static int start(struct run *x, const char *csv, const foi_batch_options *o)
{
    ck_assert_int_eq(foi_csv_reader_new_memory(&x->r, csv, strlen(csv), "test.csv", NULL), FOI_OK);
    ck_assert_int_eq(foi_csv_read(x->r, &x->rec), 1);
    foi_batch_options def;
    foi_batch_options_init(&def);
    def.today = D(2026, 11, 26);
    int rc = foi_batch_new(&x->b, &x->rec, o ? o : &def);
    if (rc)
        foi_csv_reader_free(x->r);
    return rc;
}

static const foi_batch_result *next(struct run *x)
{
    ck_assert_int_eq(foi_csv_read(x->r, &x->rec), 1);
    ck_assert_int_eq(foi_batch_row(&x->res, x->b, &x->rec), FOI_OK);
    return &x->res;
}

static void finish(struct run *x, foi_totals *t)
{
    ck_assert_int_eq(foi_csv_read(x->r, &x->rec), 0);
    if (t)
        foi_stats_get(t, foi_batch_stats(x->b));
    foi_batch_free(x->b);
    foi_csv_reader_free(x->r);
}

START_TEST(test_batch_header)
{
    struct run x;
    ck_assert_int_eq(start(&x, "ref,notes\n", NULL), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "nothing to compute"));
    ck_assert_int_eq(start(&x, "start,ref\n", NULL), FOI_EINVAL);
    ck_assert_str_eq(foi_error_last(), "the header has a 'start' column but no 'rule' column: "
                                       "add one, or give one rule for every row");
    ck_assert_int_eq(start(&x, "Received,ref, RECEIVED \n", NULL), FOI_EINVAL);
    ck_assert_str_eq(foi_error_last(),
                     "the header names the column 'received' twice (columns 1 and 3)");
    ck_assert_int_eq(start(&x, "a,\"b\"c\n", NULL), FOI_EINVAL);
    ck_assert_str_eq(foi_error_last(),
                     "the header (line 1) is malformed: field 2: text follows the closing quote");
    /* Names match whatever their case, blanks, hyphens or spaces. */
    ck_assert_int_eq(start(&x, " Rule ,Start,Review Requested,received,Fee-Paid\n", NULL), FOI_OK);
    size_t n;
    const foi_batch_column *cols = foi_batch_columns(x.b, &n);
    /* due, the nine case columns, the regulator's and the tribunal's four
     * (a review_requested column is there), provisional and error. */
    ck_assert_int_eq(n, 16);
    ck_assert_int_eq(cols[0], FOI_COL_DUE);
    ck_assert_int_eq(cols[10], FOI_COL_COMPLAINT_BY);
    ck_assert_int_eq(cols[13], FOI_COL_APPEAL_STATUS);
    ck_assert_int_eq(cols[15], FOI_COL_ERROR);
    ck_assert_int_eq(foi_batch_width(x.b), 5);
    for (size_t i = 0; i < n; i++)
        ck_assert_str_ne(foi_batch_column_name(cols[i]), "");
    ck_assert_str_eq(foi_batch_column_name(FOI_COL_WORKING_DAYS_OVERDUE), "working_days_overdue");
    ck_assert_str_eq(foi_batch_column_name(FOI_COL_COMPLAINT_STATUS), "complaint_status");
    ck_assert_str_eq(foi_batch_column_name(FOI_COL_APPEAL_BY), "appeal_by");
    ck_assert_ptr_eq(foi_batch_columns(x.b, NULL), cols);
    finish(&x, NULL);
    /* No batch: no columns, no width, no crash. */
    n = 7;
    ck_assert_ptr_null(foi_batch_columns(NULL, &n));
    ck_assert_uint_eq(n, 0);
    ck_assert_ptr_null(foi_batch_columns(NULL, NULL));
    ck_assert_uint_eq(foi_batch_width(NULL), 0);
    /* A start column alone is just another column when cases are there. */
    ck_assert_int_eq(start(&x, "start,received\n", NULL), FOI_OK);
    cols = foi_batch_columns(x.b, &n);
    ck_assert_int_eq(n, 11);
    ck_assert_int_eq(cols[0], FOI_COL_RESPONSE_DUE);
    finish(&x, NULL);
}
END_TEST

/* The regulator's and the tribunal's windows, where the events open them.
 * FOIA: a review outcome on Fri 20 Feb 2026 gives the ICO 42 calendar days
 * (foia.ico-complaint): Fri 3 Apr 2026, passed on Wed 10 Jun; a decision
 * notice sent Mon 1 Jun 2026 gives 28 days to the tribunal (GRC Rules
 * r.22(1)(b)): Mon 29 Jun, still open. FOISA: a review asked for on Mon 2
 * Mar 2026 and not answered: s.21(1) gives 20 Scottish working days, to
 * Mon 30 Mar, and s.47(4)(b) six months after that: Wed 30 Sep 2026. */
START_TEST(test_batch_complaint_appeal)
{
    struct run x;
    foi_batch_options o;
    foi_batch_options_init(&o);
    o.today = D(2026, 6, 10);
    ck_assert_int_eq(start(&x,
                           "ref,regime,received,responded,review_requested,review_responded,"
                           "decision_notice\n"
                           "A,foia,2026-01-05,2026-01-20,2026-02-02,2026-02-20,2026-06-01\n"
                           "B,foisa,2026-01-05,,2026-03-02,,\n"
                           "C,foia,2026-03-02,,,,\n",
                           &o),
                     FOI_OK);
    size_t n;
    const foi_batch_column *cols = foi_batch_columns(x.b, &n);
    ck_assert_int_eq(n, 15);
    ck_assert_int_eq(cols[9], FOI_COL_COMPLAINT_BY);
    ck_assert_int_eq(cols[10], FOI_COL_COMPLAINT_STATUS);
    ck_assert_int_eq(cols[11], FOI_COL_APPEAL_BY);
    ck_assert_int_eq(cols[12], FOI_COL_APPEAL_STATUS);
    const foi_batch_result *r = next(&x);
    ck_assert_uint_eq(r->result.has & (FOI_CASE_HAS_COMPLAINT | FOI_CASE_HAS_APPEAL),
                      FOI_CASE_HAS_COMPLAINT | FOI_CASE_HAS_APPEAL);
    ck_assert_date_eq(r->result.complaint_by, D(2026, 4, 3));
    /* The decision notice of 1 June shows the complaint was made (FOIA
     * s.50(1)): the window is met, though its date is not given. */
    ck_assert_int_eq(r->result.complaint_state, FOI_STATE_MET);
    ck_assert_date_eq(r->result.appeal_by, D(2026, 6, 29));
    ck_assert_int_eq(r->result.appeal_state, FOI_STATE_PENDING);
    r = next(&x);
    ck_assert_uint_eq(r->result.has & (FOI_CASE_HAS_COMPLAINT | FOI_CASE_HAS_APPEAL),
                      FOI_CASE_HAS_COMPLAINT);
    ck_assert_date_eq(r->result.complaint_by, D(2026, 9, 30));
    ck_assert_int_eq(r->result.complaint_state, FOI_STATE_PENDING);
    r = next(&x);
    ck_assert_uint_eq(r->result.has & (FOI_CASE_HAS_COMPLAINT | FOI_CASE_HAS_APPEAL), 0);
    finish(&x, NULL);
    /* Events of the request alone open neither window: no columns. */
    ck_assert_int_eq(start(&x, "received,clarification_requested,fee_notice\n", &o), FOI_OK);
    foi_batch_columns(x.b, &n);
    ck_assert_int_eq(n, 11);
    finish(&x, NULL);
}
END_TEST

/* A caller's date reader: "day N" is the Nth of June 2026; anything else
 * fails with a message naming the column. Records the columns it saw. */
static char seen_columns[256];
static int june_reader(void *ctx, foi_date *out, const char *column, const char *text, size_t len)
{
    int *calls = ctx;
    ++*calls;
    strncat(seen_columns, column, sizeof seen_columns - strlen(seen_columns) - 2);
    strcat(seen_columns, " ");
    if (len > 4 && strncmp(text, "day ", 4) == 0)
        return foi_date_from_ymd(out, 2026, 6, atoi(text + 4));
    return foi_error_set(FOI_EINVAL, "'%.*s' is no day of June", (int)len, text);
}

/* The reader replaces the library's for every date field: start, the case
 * events and a pit_extension date; its error becomes the row's, after the
 * column. Received Monday 1 June 2026: the FOIA response is due Tuesday 30
 * June (20 working days on the uk calendar, which skips Scotland's World
 * Cup holiday of 15 June); from Friday 5 June, Monday 6 July (8-12, 16-19,
 * 22-26 June, 29 June-3 July, 6 July). */
START_TEST(test_batch_read_date)
{
    struct run x;
    int calls = 0;
    foi_batch_options o;
    foi_batch_options_init(&o);
    o.today = D(2026, 6, 10);
    o.rule = NULL;
    o.read_date = june_reader;
    o.read_date_ctx = &calls;
    seen_columns[0] = '\0';
    ck_assert_int_eq(start(&x,
                           "rule,start,received,responded,pit_extension\n"
                           "foia.response, day 5 ,day 1,,\n"
                           ",,2026-06-01,,day 2\n",
                           &o),
                     FOI_OK);
    const foi_batch_result *r = next(&x);
    ck_assert_ptr_null(r->error);
    ck_assert_date_eq(r->due, D(2026, 7, 6));
    ck_assert_date_eq(r->result.response_due, D(2026, 6, 30));
    ck_assert_str_eq(seen_columns, "start received ");
    r = next(&x);
    /* The reader's message, after the column; the pit_extension date it read. */
    ck_assert_str_eq(r->error, "line 3: received: '2026-06-01' is no day of June");
    ck_assert_int_eq(calls, 4);
    ck_assert_str_eq(seen_columns, "start received received pit_extension ");
    finish(&x, NULL);
}
END_TEST

START_TEST(test_batch_deadline_rows)
{
    struct run x;
    ck_assert_int_eq(start(&x,
                           "ref,rule,start,division\n"
                           "A,foia.response,2018-10-15\n"
                           "B,FOISA.Response, 29 March 2018 ,\n"
                           "C,nope,2018-02-30\n"
                           "D,sar.response,2025-03-18,scotland\n"
                           ",,,\n"
                           "E,foia.response,,\n"
                           "F,foia.response,2018-10-15,x,y\n"
                           "G,sar.response,2025-03-18,Wales\n"
                           "H,foia.response,2028-12-20\n",
                           NULL),
                     FOI_OK);
    const foi_batch_result *r = next(&x);
    ck_assert_uint_eq(r->kind, FOI_ROW_DEADLINE);
    ck_assert_date_eq(r->due, D(2018, 11, 12));
    ck_assert_str_eq(r->rule->id, "foia.response");
    ck_assert_ptr_null(r->error);
    ck_assert_int_eq(r->line, 2);
    r = next(&x); /* src/doc/rules.md section 6 */
    ck_assert_date_eq(r->due, D(2018, 4, 27));
    r = next(&x);
    ck_assert_uint_eq(r->kind, FOI_ROW_ERROR);
    ck_assert_str_eq(r->error,
                     "line 4: rule: unknown rule 'nope' (e.g. "
                     "foia.response, foisa.review-request, sar.response); start: '2018-02-30' is "
                     "not a valid date: "
                     "February 2018 has no day 30 (it has 28 days)");
    r = next(&x); /* src/doc/rules.md section 6: Scotland */
    ck_assert_date_eq(r->due, D(2025, 4, 21));
    r = next(&x);
    ck_assert_uint_eq(r->kind, FOI_ROW_BLANK);
    ck_assert_ptr_null(r->error);
    r = next(&x);
    ck_assert_str_eq(r->error, "line 7: start: it is empty");
    r = next(&x);
    /* Too many fields: which one is out of place is unknown, so nothing is
     * computed. */
    ck_assert_uint_eq(r->kind, FOI_ROW_ERROR);
    ck_assert_str_eq(r->error, "line 8: the row has 5 fields but the header 4: a comma too many "
                               "or a field not quoted? Nothing is computed from it");
    r = next(&x);
    ck_assert_str_eq(r->error, "line 9: division: unknown division 'wales': expected "
                               "england-and-wales, scotland or northern-ireland");
    r = next(&x);
    ck_assert_int_eq(r->provisional, 1);
    foi_totals t;
    finish(&x, &t);
    ck_assert_int_eq(t.rows, 8);
    ck_assert_int_eq(t.blank, 1);
    ck_assert_int_eq(t.errors, 4);
    ck_assert_int_eq(t.deadlines, 4); /* not the row with too many fields */
}
END_TEST

START_TEST(test_batch_rule_for_all)
{
    struct run x;
    foi_batch_options o;
    foi_batch_options_init(&o);
    ck_assert_int_eq(foi_rule_find(&o.rule, "eir.extended"), FOI_OK);
    o.receipt_rule = FOI_RECEIPT_NEXT_WORKING_DAY;
    o.flags = FOI_BATCH_DETAIL;
    ck_assert_int_eq(start(&x, "start,rule\n2018-10-15,\n2019-01-05,foia.response\n", &o), FOI_OK);
    const foi_batch_result *r = next(&x); /* src/doc/rules.md section 6 */
    ck_assert_date_eq(r->due, D(2018, 12, 11));
    ck_assert_ptr_nonnull(r->deadline);
    ck_assert_date_eq(r->deadline->due, D(2018, 12, 11));
    r = next(&x); /* src/doc/rules.md section 6: next-working-day from Sat 5 Jan 2019 */
    ck_assert_date_eq(r->due, D(2019, 2, 4));
    ck_assert_uint_eq(r->deadline->n_skipped, 0);
    ck_assert(r->deadline->notes & FOI_NOTE_RECEIPT_NON_WORKING);
    ck_assert_date_eq(r->deadline->other_due, D(2019, 2, 1)); /* the statutory date */
    finish(&x, NULL);
}
END_TEST

START_TEST(test_batch_case_rows)
{
    struct run x;
    ck_assert_int_eq(start(&x,
                           "ref,regime,received,responded,pit_extension,clarification_requested\n"
                           "X,,2026-11-02,2026-11-24,,\n"
                           "Y,EIR,2018-10-15,,yes,\n"
                           "Z,foia,2026-11-02,,maybe,\n"
                           "W,foia,,2026-11-02,,\n"
                           "V,foia,2026-11-10,,,2026-11-12\n"
                           "U,scots,2026-11-99,,,\n",
                           NULL),
                     FOI_OK);
    const foi_batch_result *r = next(&x);
    ck_assert_uint_eq(r->kind, FOI_ROW_CASE);
    ck_assert_date_eq(r->result.response_due, D(2026, 12, 1));
    ck_assert_int_eq(r->result.status, FOI_CASE_MET);
    ck_assert_ptr_nonnull(r->timeline);
    ck_assert_ptr_nonnull(r->kase);
    r = next(&x);
    ck_assert_date_eq(r->result.response_due, D(2018, 12, 11));
    ck_assert_int_eq(r->result.status, FOI_CASE_OVERDUE);
    r = next(&x);
    ck_assert_str_eq(r->error, "line 4: pit_extension: expected yes or no, or the date it was "
                               "claimed, not 'maybe'");
    r = next(&x);
    ck_assert_str_eq(r->error, "line 5: received: it is empty, but the row has other case dates");
    r = next(&x);
    ck_assert_int_eq(r->result.status, FOI_CASE_PAUSED);
    r = next(&x);
    ck_assert_uint_eq(r->kind, FOI_ROW_ERROR);
    ck_assert_str_eq(
        r->error, "line 7: regime: unknown regime 'scots': expected foia, eir, foisa, eisr, sar "
                  "or le-sar; received: '2026-11-99' is not a valid date: November 2026 has no day "
                  "99 (it has 30 days)");
    foi_totals t;
    finish(&x, &t);
    ck_assert_int_eq(t.rows, 6);
    ck_assert_int_eq(t.cases, 3);
    ck_assert_int_eq(t.errors, 3);
    ck_assert_int_eq(t.responded, 1);
    ck_assert_int_eq(t.overdue, 1);
    ck_assert_int_eq(t.paused, 1);
}
END_TEST

START_TEST(test_batch_malformed_row)
{
    struct run x;
    ck_assert_int_eq(
        start(&x, "rule,start\nfoia.response,\"2018-10-15\"x\nfoia.response,2018-10-15", NULL),
        FOI_OK);
    const foi_batch_result *r = next(&x);
    ck_assert_uint_eq(r->kind, FOI_ROW_ERROR);
    ck_assert_str_eq(r->error, "line 2: field 2: text follows the closing quote");
    r = next(&x);
    ck_assert_uint_eq(r->kind, FOI_ROW_DEADLINE);
    finish(&x, NULL);
    ck_assert_int_eq(foi_batch_row(NULL, NULL, NULL), FOI_EINVAL);
    ck_assert_int_eq(foi_batch_new(NULL, NULL, NULL), FOI_EINVAL);
    foi_batch_free(NULL);
}
END_TEST

/* The fast path of CSV rows flags provisional dates as the full
 * computation does, across the end of published data, for both receipt
 * rules (the other rule's date counts too). */
START_TEST(test_batch_provisional_matches_detail)
{
    static char csv[200000];
    size_t n = (size_t)sprintf(csv, "rule,start\n");
    static const char *const rules[] = {"foia.response",  "foia.review-request",
                                        "foisa.response", "eir.extended",
                                        "sar.response",   "foia.ico-complaint"};
    for (int i = 0; i < 120; i++) {
        char iso[FOI_DATE_ISO_SIZE];
        foi_date d = {D(2028, 10, 20).serial + i};
        for (size_t k = 0; k < sizeof rules / sizeof *rules; k++)
            n += (size_t)sprintf(csv + n, "%s,%s\n", rules[k], foi_date_format_iso(d, iso));
    }
    for (int rr = 0; rr < 2; rr++) {
        struct run fast, full;
        foi_batch_options o;
        foi_batch_options_init(&o);
        o.receipt_rule = (foi_receipt_rule)rr;
        ck_assert_int_eq(start(&fast, csv, &o), FOI_OK);
        o.flags = FOI_BATCH_DETAIL;
        ck_assert_int_eq(start(&full, csv, &o), FOI_OK);
        int provisional = 0;
        for (int i = 0; i < 120 * 6; i++) {
            const foi_batch_result *a = next(&fast), *b = next(&full);
            REQUIRE(a->kind == FOI_ROW_DEADLINE && b->kind == FOI_ROW_DEADLINE, "row %d", i);
            REQUIRE(a->due.serial == b->due.serial, "row %d: due differs", i);
            REQUIRE(a->provisional == b->provisional, "row %d: provisional differs", i);
            REQUIRE(a->provisional == b->deadline->provisional, "row %d", i);
            provisional += a->provisional;
        }
        ck_assert_int_gt(provisional, 0);
        ck_assert_int_lt(provisional, 120 * 6);
        finish(&fast, NULL);
        finish(&full, NULL);
    }
}
END_TEST

static Suite *batch_suite(void)
{
    Suite *s = suite_create("batch");
    TCase *tc = tcase_create("arrays");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_deadline_batch_matches_compute);
    tcase_add_test(tc, test_deadline_batch_errors);
    tcase_add_test(tc, test_case_fees_example);
    tcase_add_test(tc, test_case_whole);
    tcase_add_test(tc, test_case_readme);
    tcase_add_test(tc, test_case_regimes);
    tcase_add_test(tc, test_case_batch);
    tcase_add_test(tc, test_stats);
    suite_add_tcase(s, tc);
    tc = tcase_create("csv");
    tcase_add_test(tc, test_batch_header);
    tcase_add_test(tc, test_batch_complaint_appeal);
    tcase_add_test(tc, test_batch_read_date);
    tcase_add_test(tc, test_batch_deadline_rows);
    tcase_add_test(tc, test_batch_rule_for_all);
    tcase_add_test(tc, test_batch_case_rows);
    tcase_add_test(tc, test_batch_malformed_row);
    tcase_add_test(tc, test_batch_provisional_matches_detail);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *s = batch_suite();
    return run_suites(&s, 1);
}
