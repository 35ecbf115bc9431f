/* foiclock rules: the statutory and advisory time limits, and one deadline
 * computed from one anchor date. */
#ifndef FOICLOCK_RULES_H
#define FOICLOCK_RULES_H

#include <stddef.h>

#include <foiclock/calendar.h>
#include <foiclock/date.h>
#include <foiclock/export.h>

#ifdef __cplusplus
extern "C" {
#endif

/* How a rule counts its period. */
typedef enum foi_unit {
    FOI_UNIT_WORKING_DAYS = 0,
    FOI_UNIT_CALENDAR_DAYS = 1,
    FOI_UNIT_MONTHS = 2,
    /* The earlier of N school days and a working-day backstop (schools). */
    FOI_UNIT_SCHOOL_DAYS = 3
} foi_unit;

/* What day 0 of a rule is. */
typedef enum foi_anchor {
    FOI_ANCHOR_RECEIPT = 0,         /* the request was received */
    FOI_ANCHOR_RESPONSE = 1,        /* the response was sent (or received) */
    FOI_ANCHOR_REVIEW_REQUEST = 2,  /* the review request was received */
    FOI_ANCHOR_REVIEW_OUTCOME = 3,  /* the review outcome was received */
    FOI_ANCHOR_FINAL_CONTACT = 4,   /* final response or last substantive contact */
    FOI_ANCHOR_DECISION_NOTICE = 5, /* the regulator's decision notice was sent */
    FOI_ANCHOR_RESPONSE_PERIOD = 6, /* FOISA s.20(5): see foisa.review-request */
    FOI_ANCHOR_FEES_NOTICE = 7      /* a fees notice was given */
} foi_anchor;

/* The regimes a case can fall under. */
typedef enum foi_regime {
    FOI_REGIME_FOIA = 0,  /* Freedom of Information Act 2000 */
    FOI_REGIME_EIR = 1,   /* Environmental Information Regulations 2004 */
    FOI_REGIME_FOISA = 2, /* Freedom of Information (Scotland) Act 2002 */
    FOI_REGIME_EISR = 3,  /* Environmental Information (Scotland) Regulations 2004 */
    FOI_REGIME_SAR = 4,   /* UK GDPR Art 15 subject access */
    FOI_REGIME_LE_SAR = 5 /* DPA 2018 Part 3 s.45 law-enforcement subject access */
} foi_regime;

#define FOI_REGIME_COUNT 6

/* What a rule is for in a case: the part it plays, whatever its id. Code
 * that needs "the response deadline of this regime" asks foi_rule_for;
 * nothing outside the rules table compares rule ids. */
typedef enum foi_role {
    FOI_ROLE_NONE = 0,        /* a caller's own rule, outside the table */
    FOI_ROLE_RESPONSE,        /* the response deadline */
    FOI_ROLE_EXTENDED,        /* the response deadline when an extension is claimed: FOIA public
                                 interest, EIR/EISR complex and voluminous, subject access */
    FOI_ROLE_PUBLIC_RECORDS,  /* the response deadline for transferred public records */
    FOI_ROLE_SCHOOLS,         /* the response deadline of a school */
    FOI_ROLE_FEE_PERIOD,      /* the time to pay a fee */
    FOI_ROLE_REVIEW_REQUEST,  /* the requester's time to ask for a review */
    FOI_ROLE_REVIEW_RESPONSE, /* the authority's time to answer a review */
    FOI_ROLE_REVIEW_MAX,      /* the outer limit for a complex review */
    FOI_ROLE_COMPLAINT,       /* the time to go to the regulator (ICO, Scottish Commissioner) */
    FOI_ROLE_APPEAL,          /* the time to appeal a decision notice to the tribunal */
    FOI_ROLE_PUBLIC_RECORDS_REVIEW, /* the review deadline for transferred public records */
    FOI_ROLE_SCHOOLS_REVIEW,        /* the review deadline of a school */
    FOI_ROLE_ARMED_FORCES,          /* the response day the Information Commissioner specified:
                                       information from armed forces operations (SI 2004/3364 reg 5) */
    FOI_ROLE_OUTSIDE_UK,            /* the same for information held outside the UK (reg 6) */
    FOI_ROLE_COUNT
} foi_role;

/* One time limit. Every field is static: rules live for the program. */
typedef struct foi_rule {
    const char *id; /* stable id, e.g. "foia.response" */
    foi_regime regime;
    int count; /* the number of units */
    foi_unit unit;
    foi_calendar_id calendar; /* what working days (and roll-forward) count on */
    int division_calendar;    /* 1: the case's division picks the calendar (SAR) */
    int roll_forward;         /* 1: a due date on a non-working day moves to the next working day */
    int grace;                /* for a caller's own rule: the due date stands, but an act on
                                 the next working day is in time when it falls on a
                                 non-working day (the text working says so). No rule of the
                                 table sets it: where the law makes the next working day the
                                 last day in time, the rule rolls (roll_forward) so that due
                                 is the date that matters. */
    int backstop;             /* school days: the working-day backstop, else 0 */
    foi_anchor anchor;
    const char *anchor_text; /* "date of receipt", ... */
    const char *basis;       /* citation, e.g. "FOIA s.10(1)" */
    int statutory;           /* 1 statutory, 0 advisory (guidance or code) */
    const char *summary;     /* a short label: "FOI response due" */
    const char *description; /* one line of plain English */
    foi_role role;           /* the part the rule plays in a case */
    /* The words that set the period, quoted from its source, e.g. "within
     * the period of three months beginning with the day on which the fees
     * notice is given". NULL for a caller's own rule. */
    const char *wording;
    /* 1: the period begins with day 0 ("beginning with"), so a month or
     * calendar-day period ends the day before the corresponding date
     * (three months beginning with 5 June end on 4 September). 0: day 0
     * is not counted ("after", "of") and the period ends on the
     * corresponding date. */
    int beginning_with;
    /* The band: the rule is in force only for what day 0 receives (the
     * request, or the requirement for review) on or after in_force_from and
     * on or before in_force_until; a serial of 0 leaves that side open. A
     * rule with neither bound, as a caller's own rule, is always in force.
     * band says why the band begins or ends (the provisions and their
     * commencement); NULL when the rule has no band. */
    foi_date in_force_from, in_force_until;
    const char *band;
} foi_rule;

/* The rules table, in a stable order; i < foi_rules_count(). */
FOICLOCK_EXPORT size_t foi_rules_count(void);
FOICLOCK_EXPORT const foi_rule *foi_rule_at(size_t i);

/* Looks a rule up by id; FOI_ENOTFOUND for an unknown id (with the known ids
 * in the message), FOI_EINVAL for NULL. */
FOICLOCK_EXPORT int foi_rule_find(const foi_rule **out, const char *id);

/*
 * The rule that plays role in a case under regime: its own regime's rule,
 * or the one it borrows (EIR complaints and appeals follow FOIA's, EISR
 * complaints FOISA's). FOI_ENOTFOUND when the regime has no such rule (FOISA
 * has no extension, subject access no review), FOI_EINVAL for an unknown
 * regime or role.
 */
FOICLOCK_EXPORT int foi_rule_for(const foi_rule **out, foi_regime regime, foi_role role);

/* 1 when rule is in force for something received on received (see
 * foi_rule.in_force_from), 0 when it is not or rule is NULL. */
FOICLOCK_EXPORT int foi_rule_in_force(const foi_rule *rule, foi_date received);

/*
 * As foi_rule_for, for a case whose day 0 was received on received: of the
 * rules that play role under regime, the one in force on that date, a rule
 * with a band before one without. FOI_ENOTFOUND when none is in force (the
 * message names the band of the one that exists), FOI_EINVAL as for
 * foi_rule_for or for a date that is not valid.
 */
FOICLOCK_EXPORT int foi_rule_for_date(const foi_rule **out, foi_regime regime, foi_role role,
                                      foi_date received);

/* The provision by which a case under regime applies another regime's rule
 * ("EIR reg 18" for FOIA s.50 and s.57, "EISR reg 17" for FOISA s.47), or
 * NULL when rule is regime's own (or NULL). Timelines cite a borrowed rule's
 * basis as "BASIS (applied by PROVISION)". */
FOICLOCK_EXPORT const char *foi_rule_applied_by(foi_regime regime, const foi_rule *rule);

/* "response", "extended", "public-records", "schools", "fee-period",
 * "review-request", "review-response", "review-max", "complaint", "appeal",
 * "public-records-review", "schools-review", "armed-forces", "outside-uk";
 * "" for FOI_ROLE_NONE and anything unknown. */
FOICLOCK_EXPORT const char *foi_role_name(foi_role role);

/* "foia", "eir", "foisa", "eisr", "sar", "le-sar", and back (FOI_ENOTFOUND for an
 * unknown name, FOI_EINVAL for NULL, as for every _from_name function). */
FOICLOCK_EXPORT const char *foi_regime_name(foi_regime regime);
FOICLOCK_EXPORT int foi_regime_from_name(foi_regime *out, const char *name);
/* "working days", "calendar days", "months", "school days" (plural forms). */
FOICLOCK_EXPORT const char *foi_unit_name(foi_unit unit);
/* "working day", "calendar day", "month", "school day"; "" for anything else. */
FOICLOCK_EXPORT const char *foi_unit_singular(foi_unit unit);

/* How to treat a request received on a non-working day. */
typedef enum foi_receipt_rule {
    FOI_RECEIPT_STATUTORY = 0,       /* the day it arrived is day 0 (statute, ICO) */
    FOI_RECEIPT_NEXT_WORKING_DAY = 1 /* the next working day is day 0 (s.45 Code) */
} foi_receipt_rule;

FOICLOCK_EXPORT const char *foi_receipt_rule_name(foi_receipt_rule rule);
FOICLOCK_EXPORT int foi_receipt_rule_from_name(foi_receipt_rule *out, const char *name);

/*
 * Inputs to a deadline beyond the rule and its anchor. Initialise with
 * foi_deadline_options_init or FOI_DEADLINE_OPTIONS_INIT, then set fields
 * by name. The struct may grow in later versions: version (first) says which
 * fields the caller knows, and the library reads only those, so a program
 * built against an older header keeps working. A zeroed struct counts as
 * version 1; a version newer than the library's is FOI_EINVAL.
 */
#define FOI_DEADLINE_OPTIONS_VERSION 1
#define FOI_DEADLINE_OPTIONS_INIT                                                                  \
    {                                                                                              \
        .version = FOI_DEADLINE_OPTIONS_VERSION                                                    \
    }
typedef struct foi_deadline_options {
    unsigned version; /* FOI_DEADLINE_OPTIONS_VERSION */
    foi_receipt_rule receipt_rule;
    /* The controller's division for rules whose calendar follows the case
     * (subject access): one enum foi_division bit, 0 for England and Wales. */
    unsigned division;
    /* Calendars to count on instead of the built-in ones (NULL entries mean
     * built-in), e.g. calendars with newer holiday data. Borrowed. */
    const foi_calendar *calendars[FOI_CAL_COUNT];
    /* When has_pause is set, a stretch [pause_from, pause_to] whose working
     * days (calendar days, for month rules) do not count: from a fees notice
     * to the fee's receipt, or a subject-access clarification. */
    int has_pause;
    foi_date pause_from, pause_to;
    /* School days (sorted or not; duplicates allowed) for FOI_UNIT_SCHOOL_DAYS.
     * NULL means no school calendar: only the backstop applies. Borrowed. */
    const foi_date *school_days;
    size_t n_school_days;
    /* FOISA s.20(5): the date the requester received the response, if any. */
    int has_response;
    foi_date response;
    /* For a rule whose count is a ceiling the Information Commissioner sets
     * the day within (FOI_ROLE_ARMED_FORCES, FOI_ROLE_OUTSIDE_UK): the
     * working day specified, 1 to the rule's count; 0 counts the ceiling. */
    int directed;
} foi_deadline_options;

FOICLOCK_EXPORT void foi_deadline_options_init(foi_deadline_options *opts);

/* Notes a deadline can carry (bits of foi_deadline.notes). */
enum foi_deadline_note {
    FOI_NOTE_RECEIPT_NON_WORKING = 1u << 0, /* the anchor was a non-working day */
    FOI_NOTE_ROLLED = 1u << 1,              /* moved forward off a non-working day */
    FOI_NOTE_PAUSED = 1u << 2,              /* a pause pushed the date back */
    FOI_NOTE_SCHOOL_BACKSTOP = 1u << 3,     /* the working-day backstop was earlier */
    FOI_NOTE_NO_SCHOOL_CALENDAR = 1u << 4,  /* no school days given: backstop only */
    FOI_NOTE_LATE_RESPONSE = 1u << 5,       /* FOISA: counted from a late response */
    FOI_NOTE_SAFER_EARLIER = 1u << 6,       /* FOISA: acting by .safer is safer */
    FOI_NOTE_GRACE = 1u << 7,               /* due is a non-working day: .grace is in time */
    FOI_NOTE_BEGINNING_WITH = 1u << 8,      /* the period includes day 0: due is the day
                                               before .corresponding */
    FOI_NOTE_EXTENDS_LATER = 1u << 9,       /* an extension counted from the later deadline it
                                               extends (.start), not from day 0 */
    FOI_NOTE_REGULATOR_READING = 1u << 10,  /* the regulator's published method gives
                                               another date: .regulator_due */
    FOI_NOTE_DIRECTED = 1u << 11            /* the Commissioner specified the day: .directed
                                               working days, at most the rule's count */
};

/*
 * One computed deadline. Pointers are borrowed: the rule is static, the
 * skipped holidays belong to the calendar the deadline was counted on.
 */
typedef struct foi_deadline {
    const foi_rule *rule;
    const foi_calendar *calendar; /* the calendar counted on (or rolled on) */
    foi_date anchor;              /* day 0 as given */
    foi_date start;               /* day 0 as counted (receipt rule, FOISA anchor) */
    foi_date due;
    foi_date unrolled;     /* month/calendar-day rules: the date before any roll */
    foi_date other_due;    /* with FOI_NOTE_RECEIPT_NON_WORKING: the due date
                              under the other receipt rule */
    foi_date safer;        /* with FOI_NOTE_SAFER_EARLIER */
    foi_date grace;        /* with FOI_NOTE_GRACE: the next working day */
    foi_date school_due;   /* school days: the 20th school day, if reached */
    foi_date backstop_due; /* school days: the working-day backstop */
    int paused_days;       /* working (or calendar) days disregarded by the pause */
    unsigned notes;        /* enum foi_deadline_note bits */
    int provisional;       /* depends on a day after the published holiday data */
    /* Non-working weekdays passed over: in (start, due] when counting
     * working days; in [unrolled, due) when a date was rolled forward (the
     * holiday it landed on first). */
    const foi_holiday *skipped;
    size_t n_skipped;
    /* With FOI_NOTE_BEGINNING_WITH: the corresponding date, which a reading
     * that does not count day 0 would give. */
    foi_date corresponding;
    /* With FOI_NOTE_REGULATOR_READING: the last day in time by the
     * regulator's published method where it differs from the statute's
     * words (law-enforcement subject access: the ICO counts from the day
     * after receipt to the corresponding date, moved to a working day;
     * subject access received from 5 February 2026: from the day of receipt
     * to the corresponding date, moved likewise). */
    foi_date regulator_due;
    /* For a rule whose law changed on a date of receipt, or a rule in force
     * only for a period (its foi_rule.band): which version applied, in
     * words (static), e.g. "received from 5 February 2026: ..."; NULL for
     * a rule that has one version only. */
    const char *band;
    /* With FOI_NOTE_DIRECTED: the working day (after day 0) the direction
     * specified, which the rule's count bounds. */
    int directed;
} foi_deadline;

/*
 * Computes rule's deadline from anchor (opts may be NULL for the defaults).
 * FOI_ERANGE when a day needed lies outside the calendars; FOI_EINVAL for an
 * inconsistent pause, a division that is not one bit, a rule with a band
 * that does not cover anchor (see foi_rule_in_force), an anchor, pause or
 * response that is not a valid date, a malformed rule (a caller's own rule
 * with an unknown calendar, unit or anchor, a count below 1, or a school rule
 * without a backstop) or, for school days, a school calendar that ends
 * before the answer is known.
 */
FOICLOCK_EXPORT int foi_deadline_compute(foi_deadline *out, const foi_rule *rule, foi_date anchor,
                                         const foi_deadline_options *opts);

/* Where a deadline stands on a given day. */
typedef enum foi_state {
    FOI_STATE_PENDING = 0, /* still open: remaining units left */
    FOI_STATE_DUE_TODAY = 1,
    FOI_STATE_OVERDUE = 2, /* passed, nothing done */
    FOI_STATE_MET = 3,     /* done on or before the due date */
    FOI_STATE_MISSED = 4,  /* done after the due date */
    FOI_STATE_PAUSED = 5,  /* the clock is stopped (awaiting fee or clarification) */
    FOI_STATE_EXTENDED = 6 /* superseded by an extension claimed (FOIA s.10(3)) */
} foi_state;

FOICLOCK_EXPORT const char *foi_state_name(foi_state state);

typedef struct foi_status {
    foi_state state;
    /* PENDING: units (working or calendar days, as the rule counts) after
     * today up to and including the due date. OVERDUE: working days after
     * the due date up to and including today (calendar days for calendar
     * rules), and overdue_days the calendar days. MET/MISSED: how early or
     * late in the same units. */
    int remaining;
    int overdue;
    int overdue_days;
    int early;
    int late;
} foi_status;

/*
 * The status of d on today; done is the date the thing was done (response
 * sent, review requested...), or NULL if it has not been. FOI_EINVAL for a
 * deadline without a rule or calendar or a date that is not valid;
 * FOI_ERANGE when a day to count lies outside the calendar.
 */
FOICLOCK_EXPORT int foi_deadline_status(foi_status *out, const foi_deadline *d, foi_date today,
                                        const foi_date *done);

/*
 * The working of a deadline in plain English, one line per fact, each
 * prefixed by indent (NULL for none): the count and day 0, the receipt-rule
 * alternative, pauses, roll-forward, the holidays skipped, the legal basis
 * and any provisional warning. Works like snprintf: writes at most size
 * bytes (NUL included) into buf and returns the full length, so a call with
 * size 0 (or buf NULL) measures. Returns 0 (and writes "") if memory ran
 * out or d is NULL or has no rule or calendar.
 */
FOICLOCK_EXPORT size_t foi_deadline_text(char *buf, size_t size, const foi_deadline *d,
                                         foi_receipt_rule receipt_rule, const char *indent);

#ifdef __cplusplus
}
#endif

#endif
