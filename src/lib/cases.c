/* Case results: where a case stands on a day (the response, then any
 * review), with the working-day figures a caseload report needs. */
#include <stdlib.h>
#include <string.h>

#include <foiclock/cases.h>

#include "internal.h"
#include "timeline_internal.h"

const char *foi_case_status_name(foi_case_status status)
{
    static const char *const names[] = {
        "paused",     "pending",      "due-today",      "overdue",          "met",
        "missed",     "responded",    "review-pending", "review-due-today", "review-overdue",
        "review-met", "review-missed"};
    return (unsigned)status <= FOI_CASE_REVIEW_MISSED ? names[status] : "";
}

/* Where a deadline stands, as foi_deadline_status judges it, in working
 * days whatever the rule counts (the caseload columns are working days).
 * first is the pending state; due today, overdue, met and missed follow it
 * in foi_case_status in foi_state's order, for the response as for the
 * review. */
static int judge(foi_case_result *out, const foi_deadline *d, int done, foi_date done_on,
                 foi_date today, foi_case_status first)
{
    foi_status s;
    int rc = foi_status_judge(&s, d, today, done ? &done_on : NULL,
                              FOI_JUDGE_WORKING_DAYS | FOI_JUDGE_NO_MARGIN);
    if (rc)
        return rc;
    out->status = (foi_case_status)(first + (int)s.state);
    if (s.state == FOI_STATE_PENDING || s.state == FOI_STATE_DUE_TODAY) {
        out->working_days_left = s.remaining;
        out->has |= FOI_CASE_HAS_LEFT;
    } else if (s.state == FOI_STATE_OVERDUE) {
        out->working_days_overdue = s.overdue;
        out->has |= FOI_CASE_HAS_OVERDUE;
    }
    return FOI_OK;
}

/* The working days of (start, responded] that the clock was stopped for,
 * as the timeline counts them: a fee pause, or a subject-access
 * clarification pause. */
static int paused_days(int *out, const foi_case *c, const foi_calendar *cal, foi_date start,
                       foi_date responded)
{
    foi_date from, to;
    *out = 0;
    if (!foi_case_pause(c, &from, &to))
        return FOI_OK;
    foi_date lo = from.serial - 1 > start.serial ? foi_mkdate(from.serial - 1) : start;
    foi_date hi = to.serial < responded.serial ? to : responded;
    if (hi.serial <= lo.serial)
        return FOI_OK;
    return foi_calendar_count(out, cal, lo, hi);
}

int foi_case_evaluate_into(foi_case_result *out, foi_timeline *t, const foi_case *c, foi_date today)
{
    memset(out, 0, sizeof *out);
    int rc = foi_timeline_compute_into(t, c);
    if (rc)
        return rc;
    const foi_timeline_entry *resp = NULL, *rev = NULL;
    for (size_t i = 0; i < t->n; i++) {
        const foi_timeline_entry *e = &t->entries[i];
        if (!e->has_done_event)
            continue;
        if (e->done_event == FOI_EVENT_RESPONDED && !e->extended)
            resp = e;
        else if (e->done_event == FOI_EVENT_REVIEW_REQUESTED && !e->paused) {
            out->review_request_by = e->deadline.due;
            out->has |= FOI_CASE_HAS_REVIEW_REQUEST_BY;
            out->provisional |= e->deadline.provisional;
        } else if (e->done_event == FOI_EVENT_REVIEW_RESPONDED && !e->paused &&
                   (e->deadline.rule->role == FOI_ROLE_REVIEW_RESPONSE ||
                    e->deadline.rule->role == FOI_ROLE_SCHOOLS_REVIEW ||
                    e->deadline.rule->role == FOI_ROLE_PUBLIC_RECORDS_REVIEW)) {
            rev = e;
            out->review_response_due = e->deadline.due;
            out->has |= FOI_CASE_HAS_REVIEW_RESPONSE_DUE;
            out->provisional |= e->deadline.provisional;
        }
    }
    /* The requester's later windows, by role, whatever events opened them. */
    for (size_t i = 0; i < t->n; i++) {
        const foi_timeline_entry *e = &t->entries[i];
        foi_role role = e->deadline.rule->role;
        if (e->paused || (role != FOI_ROLE_COMPLAINT && role != FOI_ROLE_APPEAL))
            continue;
        foi_status s;
        if ((rc = foi_timeline_status(&s, t, i, today)))
            return rc;
        if (role == FOI_ROLE_COMPLAINT) {
            out->complaint_by = e->deadline.due;
            out->complaint_state = s.state;
            out->has |= FOI_CASE_HAS_COMPLAINT;
        } else {
            out->appeal_by = e->deadline.due;
            out->appeal_state = s.state;
            out->has |= FOI_CASE_HAS_APPEAL;
        }
        out->provisional |= e->deadline.provisional;
    }
    if (!resp) /* every regime has a response deadline */
        return foi_fail(FOI_EINVAL, "the case has no response deadline");
    const foi_deadline *d = &resp->deadline;
    int responded = c->has[FOI_EVENT_RESPONDED];
    foi_date on = c->events[FOI_EVENT_RESPONDED];
    out->response_rule = d->rule;
    out->responded = responded;
    if (resp->paused) {
        out->status = responded ? FOI_CASE_RESPONDED : FOI_CASE_PAUSED;
    } else {
        out->response_due = d->due;
        out->has |= FOI_CASE_HAS_RESPONSE_DUE;
        out->provisional |= d->provisional;
        if ((rc = judge(out, d, responded, on, today, FOI_CASE_PENDING)))
            return rc;
        if (responded) {
            int n = 0, paused = 0;
            out->in_time = on.serial <= d->due.serial;
            out->has |= FOI_CASE_HAS_IN_TIME;
            if (!out->in_time &&
                (rc = foi_calendar_count(&out->working_days_late, d->calendar, d->due, on)))
                return rc;
            if (on.serial > d->start.serial &&
                ((rc = foi_calendar_count(&n, d->calendar, d->start, on)) ||
                 (rc = paused_days(&paused, c, d->calendar, d->start, on))))
                return rc;
            out->working_days_taken = on.serial > d->start.serial ? n - paused : 0;
            out->has |= FOI_CASE_HAS_TAKEN;
        }
    }
    if (rev && c->has[FOI_EVENT_REVIEW_REQUESTED]) {
        out->has &= ~(unsigned)(FOI_CASE_HAS_LEFT | FOI_CASE_HAS_OVERDUE);
        out->working_days_left = out->working_days_overdue = 0;
        if ((rc = judge(out, &rev->deadline, c->has[FOI_EVENT_REVIEW_RESPONDED],
                        c->events[FOI_EVENT_REVIEW_RESPONDED], today, FOI_CASE_REVIEW_PENDING)))
            return rc;
    }
    return FOI_OK;
}

int foi_case_evaluate(foi_case_result *out, const foi_case *c, foi_date today)
{
    if (!out || !c)
        return foi_fail(FOI_EINVAL, "foi_case_evaluate: no case or no place for the result");
    foi_timeline t;
    foi_case_result r;
    int rc = foi_case_evaluate_into(&r, &t, c, today);
    if (rc)
        return rc;
    *out = r;
    return FOI_OK;
}

int foi_case_batch(foi_case_result *out, int *status, const foi_case *cases, size_t n,
                   foi_date today, size_t *failed)
{
    if (failed)
        *failed = 0;
    if (n && (!out || !cases))
        return foi_fail(FOI_EINVAL, "foi_case_batch: no cases or no room for the results");
    foi_timeline *t = malloc(sizeof *t);
    if (!t)
        return foi_fail(FOI_ENOMEM, "out of memory evaluating cases");
    size_t nfailed = 0;
    for (size_t i = 0; i < n; i++) {
        int rc = foi_case_evaluate_into(&out[i], t, &cases[i], today);
        if (rc) {
            foi_fail_at_index(rc, "cases", i);
            memset(&out[i], 0, sizeof out[i]);
            if (!status) {
                free(t);
                return rc;
            }
            nfailed++;
        }
        if (status)
            status[i] = rc;
    }
    free(t);
    if (failed)
        *failed = nfailed;
    return FOI_OK;
}
