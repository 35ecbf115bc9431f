/* Library-private helpers shared by the foiclock modules and build-time tools. */
#ifndef FOICLOCK_INTERNAL_H
#define FOICLOCK_INTERNAL_H

#include <stdint.h>

#include <foiclock/error.h>
#include <foiclock/date.h>

#if defined(__GNUC__)
#define FOI_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define FOI_PRINTF(f, a)
#endif

/* Records a formatted message as the calling thread's last error and returns code. */
int foi_fail(int code, const char *fmt, ...) FOI_PRINTF(2, 3);

/* Fails the calling function with FOI_EINVAL when a pointer argument it
 * needs is NULL: a message naming both beats a crash in the caller's server. */
#define FOI_REQUIRE_ARG(p)                                                                         \
    do {                                                                                           \
        if (!(p))                                                                                  \
            return foi_fail(FOI_EINVAL, "%s: %s is NULL", __func__, #p);                           \
    } while (0)

/* The version field of a public options struct or case: 0 (a zeroed
 * struct, read as version 1) up to current are accepted; a newer one means
 * the caller was built against a later foiclock: FOI_EINVAL. */
#define FOI_REQUIRE_VERSION(p, current)                                                            \
    do {                                                                                           \
        if ((p)->version > (current))                                                              \
            return foi_fail(FOI_EINVAL, "%s: %s->version is %u; this foiclock knows up to %u",     \
                            __func__, #p, (p)->version, (unsigned)(current));                      \
    } while (0)

/* 1 if serial is a date of 0001..9999, the only ones the date functions
 * construct; a caller can still write any serial into a foi_date. */
static inline int foi_serial_valid(int32_t serial)
{
    return serial >= FOI_DATE_MIN_SERIAL && serial <= FOI_DATE_MAX_SERIAL;
}

/* Quotes untrusted text for a message: printable ASCII kept (backslash and
 * apostrophe escaped), every other byte as \xNN, cut with "..." so that the
 * result fits out_size. Returns out. */
char *foi_quote(char *out, size_t out_size, const char *text, size_t len);

/* Serial day number of a proleptic Gregorian date (no validation). */
int32_t foi_days_from_civil(int y, int m, int d);
void foi_civil_from_days(int32_t z, int *y, int *m, int *d);

static inline foi_date foi_mkdate(int32_t serial)
{
    foi_date d = {serial};
    return d;
}

/* The ISO weekday of a serial (1 = Monday). */
static inline int foi_serial_weekday(int32_t z)
{
    /* 1970-01-01 was a Thursday (4). z % 7 is in -6..6, so nothing can
     * overflow whatever serial a caller passes. */
    return (int)((z % 7 + 10) % 7) + 1;
}

#endif
