/*
 * The compiled-in holiday data, generated from the files in holidays/ into
 * builtin_tables.c, and the built-in calendars made from it.
 *
 * The generated data holds no pointers, only offsets and indices, so that
 * loading the shared library relocates none of it. Names live in one string
 * pool, foi_builtin_strings, and rows and holidays name them by offset. A
 * build with precomputed tables (FOICLOCK_TABLES, the default) compiles in
 * every calendar's cumulative tables and holidays; a compact build only the
 * published holidays, from which each calendar is derived on first use.
 */
#ifndef FOICLOCK_BUILTIN_H
#define FOICLOCK_BUILTIN_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "calbuild.h"

/* One holiday of one or more divisions, its strings as offsets into
 * foi_builtin_strings. */
typedef struct foi_packed_holiday {
    int32_t serial;
    uint16_t name;
    uint16_t source;
    unsigned char divisions; /* one bit in the rows; the merged mask in a calendar */
    unsigned char basis;
    unsigned char substitute;
    unsigned char provisional;
} foi_packed_holiday;

/* Where one built-in calendar's parts lie in the flat arrays below. */
typedef struct foi_builtin_desc {
    uint32_t holidays; /* first index into the holiday arrays */
    uint32_t nholidays;
    uint32_t gap; /* first index into the gap array */
    int32_t nworking;
} foi_builtin_desc;

extern const char foi_builtin_strings[];

/* The published holidays of the three divisions; in a build with tables,
 * the projected years follow (foi_builtin_rows_projected is then 1). */
extern const foi_packed_holiday foi_builtin_rows[];
extern const size_t foi_builtin_nrows;
extern const int foi_builtin_rows_projected;
/* Last day of published data per division (index as foi_division_index). */
extern const int32_t foi_builtin_published_until[3];

/* The date of the built-in data: the day the curated table in holidays/ was
 * last brought up to date with the published sources. holidaygen stamps the
 * iCalendar files it writes with it (DTSTAMP), and foi_calendar_builtin_date
 * returns it, so that a front end can tell a holiday file made later from
 * one the built-in data already supersedes. Change it with the table. */
#define FOI_BUILTIN_DATA_YEAR 2026
#define FOI_BUILTIN_DATA_MONTH 11
#define FOI_BUILTIN_DATA_DAY 26

/* Per calendar, indexed by foi_calendar_id. With tables, nholidays is the
 * number of merged holidays; in a compact build, the number of division
 * rows the calendar selects before merging (the room it needs). */
extern const foi_builtin_desc foi_builtin_descs[FOI_CAL_COUNT];

#ifdef FOICLOCK_COMPACT
/* Room the calendars are derived into on first use. */
extern foi_holiday foi_lazy_holidays[];
extern uint16_t foi_lazy_cum[];
extern uint16_t foi_lazy_gap[];
#else
extern const uint16_t foi_builtin_cum[]; /* FOI_COVER_DAYS + 1 per calendar */
extern const uint16_t foi_builtin_gap[]; /* nworking per calendar */
extern const foi_packed_holiday foi_builtin_holidays[];
extern const size_t foi_builtin_nholidays_total;
/* The holidays unpacked into the public struct when first asked for, in
 * chunks of FOI_BUILTIN_CHUNK, each with its own fill state: a query about
 * one year touches a page or two, not every calendar's every holiday. */
extern foi_holiday foi_lazy_holidays[];
extern atomic_int foi_lazy_chunks[];
#endif

#define FOI_BUILTIN_CHUNK 64

/* Makes holidays [lo, hi) of a calendar ready to read: with tables, unpacks
 * the chunks of a built-in calendar that hold them; otherwise nothing. */
void foi_builtin_unpack(const struct foi_calendar *cal, size_t lo, size_t hi);

/* The first holiday of cal dated on or after serial. */
size_t foi_calendar_lower_bound(const struct foi_calendar *cal, int32_t serial);

/* The built-in calendar id (valid), made ready on first use. Never fails. */
const struct foi_calendar *foi_builtin_calendar(foi_calendar_id id);

/* Every built-in holiday row, published and projected, as foi_row (names
 * point into the string pool): a heap array the caller frees. FOI_ENOMEM. */
int foi_builtin_rows_expand(foi_row **out, size_t *count);

#endif
