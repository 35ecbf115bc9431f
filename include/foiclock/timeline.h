/* foiclock timelines: every deadline of a case, from its dated events. */
#ifndef FOICLOCK_TIMELINE_H
#define FOICLOCK_TIMELINE_H

#include <stddef.h>

#include <foiclock/date.h>
#include <foiclock/export.h>
#include <foiclock/rules.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The dated events of a request. */
typedef enum foi_event {
    FOI_EVENT_RECEIVED = 0,
    FOI_EVENT_CLARIFICATION_REQUESTED,
    FOI_EVENT_CLARIFICATION_RECEIVED,
    FOI_EVENT_FEE_NOTICE,
    FOI_EVENT_FEE_PAID,
    FOI_EVENT_RESPONDED,
    FOI_EVENT_REVIEW_REQUESTED,
    FOI_EVENT_REVIEW_RESPONDED,
    FOI_EVENT_DECISION_NOTICE,
    FOI_EVENT_COUNT
} foi_event;

/* "received", "clarification_requested", ... (as in batch column names). */
FOICLOCK_EXPORT const char *foi_event_name(foi_event event);
FOICLOCK_EXPORT int foi_event_from_name(foi_event *out, const char *name);

/*
 * A case. Initialise with foi_case_init (or FOI_CASE_INIT, for a FOIA case),
 * then set what is known. Pointers are borrowed for the duration of
 * foi_timeline_compute only. The struct may grow in later versions, into its
 * reserved room (its size stays the same): version says which fields the
 * caller knows, and the library reads only those. A zeroed case counts as
 * version 1; a version newer than the library's is FOI_EINVAL.
 */
#define FOI_CASE_VERSION 1
#define FOI_CASE_INIT                                                                              \
    {                                                                                              \
        .version = FOI_CASE_VERSION                                                                \
    }
typedef struct foi_case {
    unsigned version; /* FOI_CASE_VERSION (set by foi_case_init, FOI_CASE_INIT) */
    foi_regime regime;
    unsigned division; /* the authority's / controller's division bit, or 0 */
    const char *ref;   /* the case reference, or NULL */
    foi_receipt_rule receipt_rule;
    foi_date events[FOI_EVENT_COUNT];
    unsigned char has[FOI_EVENT_COUNT]; /* 1 where events[] holds a date */
    int pit_extension;                  /* FOIA s.10(3) public-interest extension claimed,
                                           or for EIR/EISR the complex-and-voluminous one */
    int school;                         /* a school (FOIA regime): 20 school days / 60 WD */
    const foi_date *school_days;        /* school days, or NULL: backstop only */
    size_t n_school_days;
    const foi_calendar *calendars[FOI_CAL_COUNT]; /* NULL entries: built-in */
    /* Room for fields of later versions, so that the size of a case, and the
     * layout of an array of cases, stays the same as the struct grows. */
    void *reserved[8];
} foi_case;

FOICLOCK_EXPORT void foi_case_init(foi_case *c, foi_regime regime);
FOICLOCK_EXPORT void foi_case_set(foi_case *c, foi_event event, foi_date date);

/* One line of a timeline: a deadline, what would satisfy it, and whether
 * the case says that happened. */
typedef struct foi_timeline_entry {
    foi_deadline deadline;
    int paused;           /* the clock is stopped: deadline.due is unknown */
    int extended;         /* superseded by an extension (state EXTENDED) */
    int has_done_event;   /* 1 if some event satisfies this deadline */
    foi_event done_event; /* which one (responded, review_requested, ...) */
    int done;             /* 1 if that event is in the case */
    foi_date done_on;
    const char *note; /* plain-English note, or NULL (static string) */
} foi_timeline_entry;

typedef struct foi_timeline foi_timeline;

/*
 * Every deadline that applies to the case, in date order (paused ones last).
 * FOI_ECONFLICT when events contradict each other (the message names both),
 * FOI_EINVAL for a case without a receipt date, with an event date that is
 * not a valid date, an unknown regime or division, or a fee or school where
 * the regime has none; FOI_ERANGE outside the calendars. The caller owns
 * *out and frees it with foi_timeline_free.
 */
FOICLOCK_EXPORT int foi_timeline_compute(foi_timeline **out, const foi_case *c);
/* The number of entries (0 for NULL). */
FOICLOCK_EXPORT size_t foi_timeline_count(const foi_timeline *t);
/* Entry i, borrowed from t and valid until it is freed; NULL when i is out
 * of range. */
FOICLOCK_EXPORT const foi_timeline_entry *foi_timeline_entry_at(const foi_timeline *t, size_t i);
/* The status of entry i on today; FOI_EINVAL when there is no entry i. */
FOICLOCK_EXPORT int foi_timeline_status(foi_status *out, const foi_timeline *t, size_t i,
                                        foi_date today);
/* Frees a timeline; NULL is allowed. */
FOICLOCK_EXPORT void foi_timeline_free(foi_timeline *t);

#ifdef __cplusplus
}
#endif

#endif
