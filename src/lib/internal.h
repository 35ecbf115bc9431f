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
    /* 1970-01-01 was a Thursday (4). */
    int32_t w = (z + 3) % 7;
    if (w < 0)
        w += 7;
    return (int)w + 1;
}

#endif
