/* foiclock timelines: every deadline of a case, from its dated events. */
#ifndef FOICLOCK_TIMELINE_H
#define FOICLOCK_TIMELINE_H

#include <stddef.h>

#include <foiclock/date.h>
#include <foiclock/error.h>
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
    FOI_EVENT_COMPLAINED, /* a complaint was made to the regulator (ICO or Scottish
                             Commissioner); a decision notice implies one */
    FOI_EVENT_DIRECTION,  /* the Information Commissioner specified a later response day
                             (SI 2004/3364 reg 5 or 6; see foi_case.direction_days) */
    FOI_EVENT_COUNT
} foi_event;

/* Whom "what this means" speaks to. */
typedef enum foi_audience {
    FOI_AUDIENCE_NEUTRAL = 0,   /* either side: "the requester can ..." */
    FOI_AUDIENCE_REQUESTER = 1, /* the person who asked (the data subject, for SAR) */
    FOI_AUDIENCE_AUTHORITY = 2  /* the authority (the controller, for SAR) */
} foi_audience;

/* Why the Information Commissioner may specify a later response day (SI
 * 2004/3364, the authority applying within 20 working days of receipt). */
typedef enum foi_direction_ground {
    FOI_GROUND_NONE = 0,
    FOI_GROUND_ARMED_FORCES = 1, /* reg 5: information from people in armed forces operations */
    FOI_GROUND_OUTSIDE_UK = 2    /* reg 6: information held outside the United Kingdom */
} foi_direction_ground;

/* "armed-forces", "outside-uk" ("" otherwise), and back (FOI_ENOTFOUND for
 * an unknown name, FOI_EINVAL for NULL). */
FOICLOCK_EXPORT const char *foi_direction_ground_name(foi_direction_ground ground);
FOICLOCK_EXPORT int foi_direction_ground_from_name(foi_direction_ground *out, const char *name);

/* Room for events in a case: more than there are, so that events added in
 * later versions fit without changing the layout of foi_case. */
#define FOI_EVENT_MAX 16

/* "received", "clarification_requested", ... (as in batch column names). */
FOICLOCK_EXPORT const char *foi_event_name(foi_event event);
FOICLOCK_EXPORT int foi_event_from_name(foi_event *out, const char *name);
/* The input field (foi_error_field) of an event; FOI_FIELD_NONE for an
 * unknown one. */
FOICLOCK_EXPORT foi_field foi_event_field(foi_event event);

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
    foi_date events[FOI_EVENT_MAX];   /* indexed by foi_event */
    unsigned char has[FOI_EVENT_MAX]; /* 1 where events[] holds a date */
    int pit_extension;                /* FOIA s.10(3) public-interest extension claimed,
                                         or for EIR/EISR the complex-and-voluminous one;
                                         for FOISA the Coronavirus (Scotland) Act 2020
                                         one, for an answer given from 7 April to 26 May
                                         2020 */
    int school; /* a school: 20 school days / 60 WD (FOIA; FOISA for grant-aided and
                   independent special schools, requests received from 1 December 2016) */
    const foi_date *school_days; /* school days, or NULL: backstop only */
    size_t n_school_days;
    const foi_calendar *calendars[FOI_CAL_COUNT]; /* NULL entries: built-in */
    /* When has_extension_claimed is set (with pit_extension), the day the
     * authority or controller gave notice of the extension. A notice given
     * after the time for compliance extends nothing (FOIA s.17(1), EIR and
     * EISR reg 7, UK GDPR Art 12(3)); one before receipt is an error. */
    int has_extension_claimed;
    foi_date extension_claimed;
    /* The request is for information in transferred records: FOIA public
     * records (SI 2004/3364 reg 4, 30 working days) or, under FOISA, a record
     * transferred to the Keeper of the Records of Scotland (s.22: 30 working
     * days for the request and for a review). */
    int public_records;
    /* Whom the advice speaks to (foi_timeline_advice, foi_timeline_text,
     * foi_timeline_json); 0, FOI_AUDIENCE_NEUTRAL, serves both sides. */
    foi_audience audience;
    /* With the FOI_EVENT_DIRECTION event (FOIA only): the working day
     * following the date of receipt that the Information Commissioner
     * specified, at most the sixtieth, and the ground of the direction. */
    int direction_days;
    foi_direction_ground direction_ground;
    /* Room for fields of later versions, so that the size of a case, and the
     * layout of an array of cases, stays the same as the struct grows. */
    void *reserved[8];
} foi_case;

/*
 * Warnings about a case's dates, judged on today: a date received or
 * responded after today is almost always a typing error, so it is computed
 * as given but flagged. Writes up to cap messages (static strings) to out
 * and returns how many there are; out may be NULL when cap is 0.
 */
FOICLOCK_EXPORT size_t foi_case_warnings(const char **out, size_t cap, const foi_case *c,
                                         foi_date today);

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
    int done;             /* 1 if that event is in the case, or implied by it */
    foi_date done_on;     /* the event's date (unset when done_inferred) */
    const char *note;     /* plain-English note, or NULL (static string) */
    /* 1 when done is implied by a later event whose date is not that of the
     * act: a decision notice shows a complaint was made (FOIA s.50(1)) on a
     * day the case does not give. The status is met, with no date. */
    int done_inferred;
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

/* ---- what the case means, as data with an English rendering ---- */

/* A case as people call it: "FOIA request", "EIR request", "FOISA request",
 * "EISR request", "Subject access request"; "" for an unknown regime. */
FOICLOCK_EXPORT const char *foi_regime_title(foi_regime regime);

/*
 * Where entry e stands (its status s, from foi_timeline_status) in English,
 * e.g. "open: 3 working days left", "met: responded Thursday 1 November
 * 2018, 7 working days early", "paused: the clock is stopped". Works like
 * snprintf: returns the length of the whole text, writes at most size bytes.
 */
FOICLOCK_EXPORT size_t foi_status_text(char *buf, size_t size, const foi_timeline_entry *e,
                                       const foi_status *s);

/* What an advice item tells its reader. */
typedef enum foi_advice_kind {
    FOI_ADVICE_ON_HOLD = 0,      /* the clock is stopped; .note says until what */
    FOI_ADVICE_EXPECT_ANSWER,    /* no answer yet: expect one by .date, else it is late */
    FOI_ADVICE_ANSWER_LATE,      /* no answer, and it was due by .date */
    FOI_ADVICE_ANSWERED_LATE,    /* the answer came after .date */
    FOI_ADVICE_ANSWERED_IN_TIME, /* the answer came by .date */
    FOI_ADVICE_ASK_REVIEW,       /* to challenge the outcome, ask for a review by .date */
    FOI_ADVICE_REVIEW_EXPECTED,  /* the review should be answered by .date */
    FOI_ADVICE_REVIEW_LATE,      /* the review answer is late: it was due by .date */
    FOI_ADVICE_COMPLAIN,         /* apply to the regulator by .date */
    FOI_ADVICE_APPEAL,      /* appeal the decision notice: the tribunal must have it by .date */
    FOI_ADVICE_PAY_FEE,     /* pay the fee by .date or the authority need not answer */
    FOI_ADVICE_FEE_LATE,    /* the fee came after its period ended on .date: no duty to answer */
    FOI_ADVICE_FEE_EXPIRED, /* the time to pay ended on .date unpaid: no duty to answer */
    FOI_ADVICE_KIND_COUNT
} foi_advice_kind;

/* One item of "what this means" for a case on a given day. */
typedef struct foi_advice {
    foi_advice_kind kind;
    foi_audience audience;
    size_t entry;         /* the timeline entry it is about */
    const foi_rule *rule; /* that entry's rule; rule->role says which deadline */
    foi_date date;        /* the date it names: the entry's due date (not ON_HOLD) */
    foi_regime regime;    /* the case's regime: who the regulator is, what comes next */
    const char *note;     /* ON_HOLD: why the clock is stopped (static); else NULL */
} foi_advice;

/* No timeline has more advice items than this. */
#define FOI_ADVICE_MAX 16

/*
 * What the timeline t means on today, in timeline order, in the words of the
 * case's audience:
 * at most one item per entry, none for an entry superseded by an extension,
 * for a requester's own window that has closed, or with nothing to do.
 * Writes min(cap, total) items to out and the total to *n. Fails as
 * foi_timeline_status does.
 */
FOICLOCK_EXPORT int foi_timeline_advice(foi_advice *out, size_t cap, size_t *n,
                                        const foi_timeline *t, foi_date today);

/* An advice item as one English sentence (no list mark, no newline); works
 * like snprintf. */
FOICLOCK_EXPORT size_t foi_advice_text(char *buf, size_t size, const foi_advice *a);

/*
 * The whole timeline for people, as `foiclock timeline` prints it: the case,
 * each deadline with its status and working, and "What this means". Fails
 * as foi_timeline_status does, with *out untouched. The caller frees *out
 * with foi_json_free (which frees every string foiclock returns through a
 * char **).
 */
FOICLOCK_EXPORT int foi_timeline_text(char **out, const foi_case *c, const foi_timeline *t,
                                      foi_date today);

/* "on-hold", "expect-answer", "answer-late", "answered-late",
 * "answered-in-time", "ask-review", "review-expected", "review-late",
 * "complain", "appeal", "pay-fee"; "" for anything else. */
FOICLOCK_EXPORT const char *foi_advice_kind_name(foi_advice_kind kind);
/* "neutral", "requester", "authority"; "" for anything else. */
FOICLOCK_EXPORT const char *foi_audience_name(foi_audience audience);
/* And back: FOI_ENOTFOUND for an unknown name, FOI_EINVAL for NULL. */
FOICLOCK_EXPORT int foi_audience_from_name(foi_audience *out, const char *name);

#ifdef __cplusplus
}
#endif

#endif
