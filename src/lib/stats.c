/* Caseload statistics in constant memory: totals, the in-time rate, and
 * a histogram of working days taken for exact percentiles. */
#include <stdlib.h>
#include <string.h>

#include <foiclock/stats.h>

#include "internal.h"

/* Working days taken are below the tables' size; larger values (none can
 * arise) would share the last bucket. */
#define TAKEN_BUCKETS 65536

struct foi_stats {
    foi_totals t;
    uint64_t *taken; /* histogram of working_days_taken */
};

int foi_stats_new(foi_stats **out)
{
    if (!out)
        return foi_fail(FOI_EINVAL, "foi_stats_new: no place for the result");
    foi_stats *s = calloc(1, sizeof *s);
    /* calloc gives zero pages untouched until used: a caseload that took
     * at most a few hundred working days touches a few kilobytes. */
    if (s)
        s->taken = calloc(TAKEN_BUCKETS, sizeof *s->taken);
    if (!s || !s->taken) {
        foi_stats_free(s);
        return foi_fail(FOI_ENOMEM, "out of memory creating statistics");
    }
    *out = s;
    return FOI_OK;
}

void foi_stats_free(foi_stats *s)
{
    if (!s)
        return;
    free(s->taken);
    free(s);
}

void foi_stats_add(foi_stats *s, unsigned kind, const foi_case_result *r)
{
    if (!s)
        return;
    foi_totals *t = &s->t;
    if (kind & FOI_ROW_BLANK) {
        t->blank++;
        return;
    }
    t->rows++;
    t->errors += (kind & FOI_ROW_ERROR) != 0;
    t->deadlines += (kind & FOI_ROW_DEADLINE) != 0;
    if (!(kind & FOI_ROW_CASE) || !r)
        return;
    t->cases++;
    t->responded += r->responded != 0;
    if (r->has & FOI_CASE_HAS_IN_TIME) {
        t->in_time += r->in_time != 0;
        t->late += r->in_time == 0;
    }
    if (r->has & FOI_CASE_HAS_TAKEN) {
        int v = r->working_days_taken;
        s->taken[v < 0 ? 0 : v >= TAKEN_BUCKETS ? TAKEN_BUCKETS - 1 : v]++;
        t->taken++;
    }
    switch (r->status) {
    case FOI_CASE_PAUSED:
        t->paused++;
        break;
    case FOI_CASE_PENDING:
    case FOI_CASE_DUE_TODAY:
        t->pending++;
        break;
    case FOI_CASE_OVERDUE:
        t->overdue++;
        break;
    case FOI_CASE_REVIEW_PENDING:
    case FOI_CASE_REVIEW_DUE_TODAY:
        t->review_pending++;
        break;
    case FOI_CASE_REVIEW_OVERDUE:
        t->review_overdue++;
        break;
    default:
        break;
    }
}

/* The value of the rank-th smallest (from 1) working-days-taken entry. */
static int taken_rank(const foi_stats *s, uint64_t rank)
{
    uint64_t seen = 0;
    for (int v = 0; v < TAKEN_BUCKETS; v++) {
        seen += s->taken[v];
        if (seen >= rank)
            return v;
    }
    return TAKEN_BUCKETS - 1;
}

void foi_stats_get(foi_totals *out, const foi_stats *s)
{
    if (!out)
        return;
    if (!s) {
        memset(out, 0, sizeof *out);
        return;
    }
    *out = s->t;
    uint64_t judged = out->in_time + out->late;
    out->percent_in_time = judged ? 100.0 * (double)out->in_time / (double)judged : 0.0;
    uint64_t n = out->taken;
    if (n) {
        int lo = taken_rank(s, (n + 1) / 2), hi = taken_rank(s, n / 2 + 1);
        out->median_working_days = n % 2 ? lo : (lo + hi) / 2.0;
        out->p90_working_days = taken_rank(s, (9 * n + 9) / 10);
    }
}
