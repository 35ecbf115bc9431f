/* foiclock caseload statistics: totals, in-time rate and working days taken,
 * in constant memory.
 * Part of <foiclock/batch.h>. */
#ifndef FOICLOCK_STATS_H
#define FOICLOCK_STATS_H

#include <stdint.h>

#include <foiclock/cases.h>
#include <foiclock/export.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What a row contributed (bits for foi_stats_add). */
enum foi_row_kind {
    FOI_ROW_BLANK = 1u << 0,    /* every field empty: nothing to compute */
    FOI_ROW_DEADLINE = 1u << 1, /* a deadline was computed from a rule and a start */
    FOI_ROW_CASE = 1u << 2,     /* a case was evaluated */
    FOI_ROW_ERROR = 1u << 3     /* something in the row failed */
};

/* Totals over the rows added so far. */
typedef struct foi_totals {
    uint64_t rows;              /* rows added, blank ones aside */
    uint64_t blank;             /* blank rows */
    uint64_t errors;            /* rows with an error */
    uint64_t deadlines;         /* rows with a deadline */
    uint64_t cases;             /* rows with a case */
    uint64_t responded;         /* cases with a response date */
    uint64_t in_time;           /* responses on or before the deadline in force */
    uint64_t late;              /* responses after it */
    double percent_in_time;     /* 100 * in_time / (in_time + late); 0 when there are none */
    uint64_t taken;             /* cases with working_days_taken */
    double median_working_days; /* of working_days_taken (mean of the middle two when even) */
    int p90_working_days;       /* 90th percentile, nearest rank: the ceil(0.9 n)-th smallest */
    uint64_t paused;            /* cases whose clock is stopped */
    uint64_t pending;           /* awaiting a response, not yet late (due today included) */
    uint64_t overdue;           /* awaiting a response past the deadline, now */
    uint64_t review_pending;    /* awaiting a review outcome, not yet late */
    uint64_t review_overdue;    /* awaiting a review outcome past the deadline, now */
} foi_totals;

/* An accumulator of totals in constant memory (a histogram of working days
 * taken gives the percentiles exactly). Free with foi_stats_free. */
typedef struct foi_stats foi_stats;

FOICLOCK_EXPORT int foi_stats_new(foi_stats **out);
FOICLOCK_EXPORT void foi_stats_free(foi_stats *s);
/* Counts one row: kind is enum foi_row_kind bits; r is its case (with
 * FOI_ROW_CASE), else NULL. */
FOICLOCK_EXPORT void foi_stats_add(foi_stats *s, unsigned kind, const foi_case_result *r);
FOICLOCK_EXPORT void foi_stats_get(foi_totals *out, const foi_stats *s);

#ifdef __cplusplus
}
#endif

#endif
