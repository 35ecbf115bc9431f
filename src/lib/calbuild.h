/* Building calendar tables from holiday rows: shared by the library (custom
 * calendars) and the build-time generator (built-in calendars). */
#ifndef FOICLOCK_CALBUILD_H
#define FOICLOCK_CALBUILD_H

#include <stddef.h>
#include <stdint.h>

#include <foiclock/calendar.h>

/* Every calendar covers the same days. */
#define FOI_COVER_FIRST_YEAR 1971
#define FOI_COVER_LAST_YEAR 2199
#define FOI_COVER_FIRST 365  /* 1971-01-01 */
#define FOI_COVER_LAST 84005 /* 2199-12-31 */
#define FOI_COVER_DAYS (FOI_COVER_LAST - FOI_COVER_FIRST + 1)

/* One holiday of one division (or a local day, division 0), as read from
 * data or added by a caller. */
typedef struct foi_row {
    int32_t serial;
    unsigned char division; /* one enum foi_division bit, or 0 */
    unsigned char basis;    /* enum foi_basis */
    unsigned char substitute;
    unsigned char provisional;
    const char *name;
    const char *source;
} foi_row;

/*
 * The calendar object. Built-in calendars are compiled-in constants (see the
 * generated builtin_tables.c); custom ones own one heap block in storage.
 *   cum[i]  working days in [first, first + i), for i = 0 .. ndays
 *   gap[j]  the (j+1)-th working day is first + j + gap[j], j < nworking
 * so Nth-working-day and counting are two table reads whatever N is. uint16
 * suffices: the coverage holds fewer than 65536 weekdays.
 */
struct foi_calendar {
    foi_calendar_id id;
    unsigned char owned;
    int32_t first;
    int32_t ndays;
    int32_t published_until;
    int32_t nworking;
    const uint16_t *cum;
    const uint16_t *gap;
    const foi_holiday *holidays;
    size_t nholidays;
    void *storage;
};

/* Which divisions' bank holidays each calendar counts. */
unsigned foi_calendar_id_divisions(foi_calendar_id id);

/*
 * Builds calendar id from rows (any order). published_until gives, per
 * division (index 0 E&W, 1 Scotland, 2 NI), the last day of published data.
 * On success *out is a complete calendar owning a single heap block (cum,
 * gap, holidays, and copies of every name and source string).
 */
int foi_calbuild(struct foi_calendar **out, const foi_row *rows, size_t nrows, foi_calendar_id id,
                 const int32_t published_until[3]);

/* The order of a calendar's holidays: by date, then name, then every other
 * field (so that entries it calls equal are identical). */
int foi_holiday_cmp(const foi_holiday *a, const foi_holiday *b);

/* 1 if a row of division (a bit, or 0 for a local day) on serial counts in a
 * calendar of the divisions mask: inside the coverage and on a weekday. */
int foi_row_selected(unsigned mask, int32_t serial, unsigned division);

/* The last day of published data a calendar of id has: the earliest of its
 * divisions'. */
int32_t foi_calendar_published_until(foi_calendar_id id, const int32_t published_until[3]);

/*
 * Makes *cal calendar id from the n holidays at hol (each one division's, in
 * any order; the selected rows of foi_row_selected): sorts them, merges
 * entries that differ only in division (so cal->nholidays <= n), and fills
 * cum (FOI_COVER_DAYS + 1 entries) and gap (room for every working day; at
 * most FOI_COVER_DAYS). cal borrows hol, cum and gap and owns nothing.
 * Cannot fail; allocates nothing.
 */
void foi_calendar_assemble(struct foi_calendar *cal, foi_calendar_id id, foi_holiday *hol, size_t n,
                           uint16_t *cum, uint16_t *gap, const int32_t published_until[3]);

/*
 * Appends to out (capacity cap) the holidays the rules in the holiday data
 * specification give division (one bit) in year, marked provisional, in date
 * order. Returns how many, or a negative status (FOI_ERANGE when cap is too
 * small, which 16 always avoids).
 */
int foi_project_year(foi_row *out, size_t cap, unsigned division, int year);

/* Index 0..2 of a single division bit, or -1. */
int foi_division_index(unsigned division);

#endif
