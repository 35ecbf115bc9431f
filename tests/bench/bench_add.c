/* Benchmark of working-day arithmetic through the public API: the cost of
 * foi_calendar_add for several N, against a day-by-day walk in the same run.
 * Prints a table of medians over several runs. Not a test: it asserts nothing
 * about time. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <foiclock/foiclock.h>

enum { NANCHORS = 1 << 16, RUNS = 7 };

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return v[n / 2];
}

/* A simple xorshift generator: the same anchors on every run. */
static uint32_t rng_state = 2463534242u;
static uint32_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

/* The obvious implementation, for scale: step a day at a time. */
static foi_date walk(const foi_calendar *cal, foi_date d, int n)
{
    while (n > 0) {
        d.serial++;
        n -= foi_calendar_is_working_day(cal, d) == 1;
    }
    return d;
}

int main(int argc, char **argv)
{
    long iters = argc > 1 ? atol(argv[1]) : 20000000;
    const foi_calendar *uk = foi_calendar_builtin(FOI_CAL_UK);
    static foi_date anchors[NANCHORS];
    foi_date lo, hi;
    foi_date_from_ymd(&lo, 2005, 1, 1);
    foi_date_from_ymd(&hi, 2028, 12, 31);
    for (int i = 0; i < NANCHORS; i++)
        anchors[i].serial = lo.serial + (int32_t)(rng() % (uint32_t)(hi.serial - lo.serial + 1));

    static const int ns[] = {1, 20, 40, 60, 1000};
    printf("foiclock %s: foi_calendar_add on the uk calendar, random anchors 2005-2028,\n"
           "%ld queries per run, median of %d runs\n\n",
           foi_version_string(), iters, RUNS);
    printf("%-22s %12s %14s\n", "query", "ns/query", "Mqueries/s");
    uint64_t sink = 0;
    double base20 = 0;
    /* The values of N take turns within each run, so that a change in the
     * machine's load falls on all of them alike. */
    enum { NN = sizeof ns / sizeof *ns };
    double tn[NN][RUNS];
    for (int r = 0; r < RUNS; r++) {
        for (size_t k = 0; k < NN; k++) {
            double t0 = now_ns();
            for (long i = 0; i < iters; i++) {
                foi_date out;
                foi_calendar_add(&out, uk, anchors[i & (NANCHORS - 1)], ns[k]);
                sink += (uint32_t)out.serial;
            }
            tn[k][r] = (now_ns() - t0) / (double)iters;
        }
    }
    for (size_t k = 0; k < NN; k++) {
        double m = median(tn[k], RUNS);
        if (ns[k] == 20)
            base20 = m;
        char label[32];
        snprintf(label, sizeof label, "add N=%d", ns[k]);
        printf("%-22s %12.2f %14.1f\n", label, m, 1e3 / m);
    }
    /* The day-by-day walk, fewer iterations: it is far slower. */
    for (int n = 20; n <= 40; n += 20) {
        double t[RUNS];
        long witers = iters / 50;
        for (int r = 0; r < RUNS; r++) {
            double t0 = now_ns();
            for (long i = 0; i < witers; i++)
                sink += (uint32_t)walk(uk, anchors[i & (NANCHORS - 1)], n).serial;
            t[r] = (now_ns() - t0) / (double)witers;
        }
        double m = median(t, RUNS);
        char label[32];
        snprintf(label, sizeof label, "day-by-day walk N=%d", n);
        printf("%-22s %12.2f %14.1f   (%.0fx slower than add N=20)\n", label, m, 1e3 / m,
               m / base20);
    }
    {
        double t[RUNS];
        for (int r = 0; r < RUNS; r++) {
            double t0 = now_ns();
            for (long i = 0; i < iters; i++) {
                int c;
                foi_date a = anchors[i & (NANCHORS - 1)];
                foi_date b = anchors[(i + 1) & (NANCHORS - 1)];
                foi_calendar_count(&c, uk, a, b);
                sink += (uint32_t)c;
            }
            t[r] = (now_ns() - t0) / (double)iters;
        }
        double m = median(t, RUNS);
        printf("%-22s %12.2f %14.1f\n", "count", m, 1e3 / m);
    }
    fprintf(stderr, "(checksum %llu)\n", (unsigned long long)sink);
    return 0;
}
