/* foiclock case results: where each case stands on a day, one at a time or over
 * an array.
 * Part of <foiclock/batch.h>. */
#ifndef FOICLOCK_CASES_H
#define FOICLOCK_CASES_H

#include <stddef.h>

#include <foiclock/date.h>
#include <foiclock/export.h>
#include <foiclock/rules.h>
#include <foiclock/timeline.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Where a case stands: the authority's current obligation. Before a review
 * is asked for, that is the response; once it is, the review. */
typedef enum foi_case_status {
    FOI_CASE_PAUSED = 0,    /* the clock is stopped (clarification or fee awaited) */
    FOI_CASE_PENDING = 1,   /* no response yet; the deadline is still ahead */
    FOI_CASE_DUE_TODAY = 2, /* no response yet; today is the last day */
    FOI_CASE_OVERDUE = 3,   /* no response and the deadline has passed */
    FOI_CASE_MET = 4,       /* responded on or before the deadline */
    FOI_CASE_MISSED = 5,    /* responded after the deadline */
    FOI_CASE_RESPONDED = 6, /* responded while the clock was stopped: no deadline to judge */
    FOI_CASE_REVIEW_PENDING = 7,
    FOI_CASE_REVIEW_DUE_TODAY = 8,
    FOI_CASE_REVIEW_OVERDUE = 9,
    FOI_CASE_REVIEW_MET = 10,
    FOI_CASE_REVIEW_MISSED = 11
} foi_case_status;

/* "paused", "pending", "due-today", "overdue", "met", "missed", "responded",
 * "review-pending", "review-due-today", "review-overdue", "review-met",
 * "review-missed"; "" for anything else. */
FOICLOCK_EXPORT const char *foi_case_status_name(foi_case_status status);

/* Which fields of a foi_case_result hold values (bits of .has). */
enum foi_case_field {
    FOI_CASE_HAS_RESPONSE_DUE = 1u << 0,
    FOI_CASE_HAS_IN_TIME = 1u << 1, /* .in_time and .working_days_late */
    FOI_CASE_HAS_TAKEN = 1u << 2,   /* .working_days_taken */
    FOI_CASE_HAS_REVIEW_REQUEST_BY = 1u << 3,
    FOI_CASE_HAS_REVIEW_RESPONSE_DUE = 1u << 4,
    FOI_CASE_HAS_LEFT = 1u << 5,      /* .working_days_left */
    FOI_CASE_HAS_OVERDUE = 1u << 6,   /* .working_days_overdue */
    FOI_CASE_HAS_COMPLAINT = 1u << 7, /* .complaint_by and .complaint_state */
    FOI_CASE_HAS_APPEAL = 1u << 8     /* .appeal_by and .appeal_state */
};

/*
 * The figures a caseload report needs about one case, on a given day. All
 * working-day counts are on the calendar of the response deadline (for a
 * review, of the review deadline) and, as everywhere in foiclock, exclude
 * the first day and include the last.
 */
typedef struct foi_case_result {
    unsigned has;                  /* enum foi_case_field bits */
    const foi_rule *response_rule; /* the response deadline in force (static) */
    foi_date response_due;         /* the extended deadline when an extension is claimed */
    int responded;                 /* 1 if the case has a response date */
    int in_time;                   /* 1 if responded on or before response_due */
    int working_days_late;         /* working days after response_due to the response; 0 in time */
    int working_days_taken;        /* day 0 (as counted) to the response, less days disregarded */
    foi_date review_request_by;    /* the requester's last day to ask for a review */
    foi_date review_response_due;  /* the authority's review deadline */
    foi_case_status status;
    int working_days_left;    /* pending states: after today up to the deadline */
    int working_days_overdue; /* overdue states: after the deadline up to today */
    int provisional;          /* a date above depends on projected holiday data */
    /* The requester's windows that follow the authority's answers, where
     * the case's events open them: the last day to go to the regulator (ICO,
     * Scottish Information Commissioner) and to appeal a decision notice to
     * the tribunal, each with its state on today as the timeline judges it
     * (in the rule's own units). */
    foi_date complaint_by;
    foi_state complaint_state;
    foi_date appeal_by;
    foi_state appeal_state;
} foi_case_result;

/* Evaluates one case on today. Fails as foi_timeline_compute does. */
FOICLOCK_EXPORT int foi_case_evaluate(foi_case_result *out, const foi_case *c, foi_date today);

/* out[i] = foi_case_evaluate(cases[i], today), i < n; status and failed as
 * for foi_deadline_batch (out[i] is zeroed when case i fails). */
FOICLOCK_EXPORT int foi_case_batch(foi_case_result *out, int *status, const foi_case *cases,
                                   size_t n, foi_date today, size_t *failed);

#ifdef __cplusplus
}
#endif

#endif
