/* foiclock error model: status codes and the per-thread last-error message. */
#ifndef FOICLOCK_ERROR_H
#define FOICLOCK_ERROR_H

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

/* A short constant description of a status code, e.g. "invalid input". */
FOICLOCK_EXPORT const char *foi_error_str(int status);

#ifdef __cplusplus
}
#endif

#endif
