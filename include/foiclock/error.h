/* foiclock error model: status codes and the per-thread last-error message. */
#ifndef FOICLOCK_ERROR_H
#define FOICLOCK_ERROR_H

#include <stddef.h>

#include <foiclock/export.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The error model. Every foiclock function that can fail returns an int:
 * FOI_OK (0) on success or one of these negative codes. On failure:
 *   - a message naming the offending input (quoted, with any byte that is
 *     not printable ASCII shown as \xNN, and cut short with "..." when long)
 *     is available from foi_error_last() on the same thread;
 *   - output parameters are left as they were.
 * Bad arguments are reported, never trusted: a NULL pointer where a function
 * needs an object or a place for its result fails with FOI_EINVAL (the
 * message names the function and the argument), and so does a foi_date
 * holding a serial outside FOI_DATE_MIN_SERIAL..FOI_DATE_MAX_SERIAL, which no
 * foiclock constructor makes. The few functions without a status (names,
 * accessors, formatting) return "", 0 or NULL for such arguments. foiclock
 * never prints, never exits or aborts, and reports a failed allocation as
 * FOI_ENOMEM.
 */
typedef enum foi_error_code {
    FOI_OK = 0,
    FOI_EINVAL = -1,    /* malformed input or invalid argument */
    FOI_ERANGE = -2,    /* date or count outside what foiclock covers */
    FOI_ENOMEM = -3,    /* out of memory */
    FOI_ENOTFOUND = -4, /* unknown identifier (calendar, rule, ...) */
    FOI_ECONFLICT = -5, /* inputs that contradict each other */
    FOI_EIO = -6        /* a file could not be read or written */
} foi_error_code;

/*
 * The message of the last failure on the calling thread. Never NULL (an empty
 * string when nothing has failed yet). The string is owned by foiclock and
 * stays valid until the next failing call on the same thread.
 */
FOICLOCK_EXPORT const char *foi_error_last(void);

/*
 * Records fmt (printf-style) as the calling thread's last error and returns
 * code (with fmt NULL, a message naming the code). For libraries that extend foiclock
 * (libfoiclock-ical uses it) so that foi_error_last() stays the one place to read a message.
 */
FOICLOCK_EXPORT int foi_error_set(int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/*
 * The input of a case a failure is about, so that each front end can name it
 * in its own words (a command-line option, a keyword argument, the form
 * field beside which to show the message). The first nine are the events of
 * a case (FOI_FIELD_RECEIVED + foi_event); events added later have fields
 * of their own after FOI_FIELD_RULE (foi_event_field maps an event).
 */
typedef enum foi_field {
    FOI_FIELD_NONE = 0, /* the failure is not about one input */
    FOI_FIELD_RECEIVED,
    FOI_FIELD_CLARIFICATION_REQUESTED,
    FOI_FIELD_CLARIFICATION_RECEIVED,
    FOI_FIELD_FEE_NOTICE,
    FOI_FIELD_FEE_PAID,
    FOI_FIELD_RESPONDED,
    FOI_FIELD_REVIEW_REQUESTED,
    FOI_FIELD_REVIEW_RESPONDED,
    FOI_FIELD_DECISION_NOTICE,
    FOI_FIELD_REGIME,
    FOI_FIELD_DIVISION,
    FOI_FIELD_SCHOOL,        /* the school flag or its school days */
    FOI_FIELD_PIT_EXTENSION, /* the extension claim */
    FOI_FIELD_RECEIPT_RULE,
    FOI_FIELD_TODAY, /* the day statuses are judged on */
    FOI_FIELD_RULE,
    FOI_FIELD_PUBLIC_RECORDS, /* the transferred-records flag */
    FOI_FIELD_COMPLAINED,     /* the complaint to the regulator (event FOI_EVENT_COMPLAINED) */
    FOI_FIELD_DIRECTION,      /* the Commissioner's direction: its date, days or ground */
    FOI_FIELD_COUNT
} foi_field;

/*
 * The input the last failure on the calling thread is about, and the one it
 * conflicts with (FOI_FIELD_NONE when there is none): for "fee_paid
 * (2018-10-01) is before fee_notice (2018-10-05)", FOI_FIELD_FEE_PAID and
 * FOI_FIELD_FEE_NOTICE. Every failure sets both, most to FOI_FIELD_NONE.
 */
FOICLOCK_EXPORT foi_field foi_error_field(void);
FOICLOCK_EXPORT foi_field foi_error_other_field(void);

/* "received", ..., "decision_notice" (as foi_event_name), "regime",
 * "division", "school", "pit_extension", "receipt_rule", "today", "rule",
 * "public_records", "direction":
 * the names foi_error_last() uses, and the caseload's column names; "" for
 * FOI_FIELD_NONE and anything unknown. */
FOICLOCK_EXPORT const char *foi_field_name(foi_field field);

/*
 * The last failure's message with the inputs named by name(field, ctx)
 * instead of foi_field_name (a NULL or empty name keeps foi_field_name's);
 * works like snprintf. A front end turns "clarification_received is given
 * without clarification_requested" into "--clarification-received is given
 * without --clarification-requested" this way.
 */
FOICLOCK_EXPORT size_t foi_error_describe(char *buf, size_t size,
                                          const char *(*name)(foi_field field, void *ctx),
                                          void *ctx);

/* A short constant description of a status code, e.g. "invalid input". */
FOICLOCK_EXPORT const char *foi_error_str(int status);

#ifdef __cplusplus
}
#endif

#endif
