/* Input for the benchmarks, from a fixed seed: caseload CSV files, random
 * anchors, the uk calendar's non-working weekdays, and foiclock's own
 * answers so that other libraries can be checked against them.
 *
 *   foiclock_benchgen rules N      N rows of rule,start
 *   foiclock_benchgen cases N      N case rows (received, responded, reviews...)
 *   foiclock_benchgen anchors N    N random dates 2005-2028, one per line
 *   foiclock_benchgen expect K N   the Kth working day after each of those N dates
 *   foiclock_benchgen holidays     the uk calendar's non-working weekdays
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <foiclock/foiclock.h>

static uint64_t rng_state = 0x9E3779B97F4A7C15ull;

static uint32_t rng(void)
{
    /* xorshift64*: fast, and the same sequence everywhere. */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 0x2545F4914F6CDD1Dull) >> 32);
}

static foi_date lo_date, hi_date;

static foi_date random_anchor(void)
{
    foi_date d = {lo_date.serial +
                  (int32_t)(rng() % (uint32_t)(hi_date.serial - lo_date.serial + 1))};
    return d;
}

static void put_date(FILE *f, foi_date d)
{
    int y, m, dd;
    foi_date_to_ymd(d, &y, &m, &dd);
    fprintf(f, "%04d-%02d-%02d", y, m, dd);
}

/* Rules in the proportions a mixed caseload might have: mostly FOI and EIR
 * responses, some reviews, a few subject-access and calendar-day rules. */
static const char *const rule_mix[] = {
    "foia.response",  "foia.response",       "foia.response",        "foia.response",
    "foia.response",  "foia.response",       "eir.response",         "eir.response",
    "foisa.response", "foia.review-request", "foia.review-response", "foia.pit-extension",
    "eir.extended",   "sar.response",        "foia.ico-complaint",   "foisa.review-response"};

static void gen_rules(long n)
{
    puts("rule,start");
    for (long i = 0; i < n; i++) {
        fputs(rule_mix[rng() % (sizeof rule_mix / sizeof *rule_mix)], stdout);
        putchar(',');
        put_date(stdout, random_anchor());
        putchar('\n');
    }
}

/* A working day a few working days after d. */
static foi_date after(foi_date d, int wd)
{
    foi_date out = d;
    foi_calendar_add(&out, foi_calendar_builtin(FOI_CAL_UK), d, wd);
    return out;
}

static void gen_cases(long n)
{
    static const char *const regimes[] = {"foia", "foia", "foia", "foia",  "foia",
                                          "foia", "eir",  "eir",  "foisa", "sar"};
    puts("ref,regime,received,clarification_requested,clarification_received,fee_notice,"
         "fee_paid,pit_extension,responded,review_requested,review_responded");
    for (long i = 0; i < n; i++) {
        const char *regime = regimes[rng() % 10];
        foi_date rec = random_anchor();
        uint32_t u = rng();
        printf("REQ-%07ld,%s,", i + 1, regime);
        put_date(stdout, rec);
        putchar(',');
        foi_date start = rec;
        if (u % 20 == 0) { /* a clarification */
            foi_date asked = after(rec, 2), got = after(rec, 2 + (int)(u >> 8) % 10);
            put_date(stdout, asked);
            putchar(',');
            put_date(stdout, got);
            start = got;
        } else {
            putchar(',');
        }
        putchar(',');
        int foi = strcmp(regime, "foia") == 0 || strcmp(regime, "foisa") == 0;
        if (foi && u % 25 == 1) { /* a fee */
            put_date(stdout, after(start, 3));
            putchar(',');
            put_date(stdout, after(start, 3 + (int)(u >> 9) % 15));
            start = after(start, 18);
        } else {
            putchar(',');
        }
        putchar(',');
        int pit = strcmp(regime, "sar") != 0 && u % 16 == 2;
        fputs(pit ? "yes," : ",", stdout);
        if (u % 10 != 9) { /* most are answered: usually in time, some late */
            int wd = (int)(rng() % 100);
            wd = wd < 80 ? 1 + wd / 4 : 20 + (wd - 80);
            foi_date resp = after(start, wd);
            put_date(stdout, resp);
            putchar(',');
            if (u % 7 == 0) {
                foi_date req = after(resp, 1 + (int)(u >> 12) % 30);
                put_date(stdout, req);
                putchar(',');
                if (u % 14 == 0)
                    put_date(stdout, after(req, 5 + (int)(u >> 16) % 30));
            } else {
                putchar(',');
            }
        } else {
            fputs(",,", stdout);
        }
        putchar('\n');
    }
}

int main(int argc, char **argv)
{
    foi_date_from_ymd(&lo_date, 2005, 1, 1);
    foi_date_from_ymd(&hi_date, 2028, 12, 31);
    static char obuf[1 << 16];
    setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
    const char *what = argc > 1 ? argv[1] : "";
    long n = argc > 2 ? atol(argv[argc - 1]) : 0;
    if (strcmp(what, "rules") == 0 && argc == 3) {
        gen_rules(n);
    } else if (strcmp(what, "cases") == 0 && argc == 3) {
        gen_cases(n);
    } else if (strcmp(what, "anchors") == 0 && argc == 3) {
        for (long i = 0; i < n; i++) {
            put_date(stdout, random_anchor());
            putchar('\n');
        }
    } else if (strcmp(what, "expect") == 0 && argc == 4) {
        const foi_calendar *uk = foi_calendar_builtin(FOI_CAL_UK);
        int k = atoi(argv[2]);
        for (long i = 0; i < n; i++) {
            foi_date d;
            if (foi_calendar_add(&d, uk, random_anchor(), k)) {
                fprintf(stderr, "%s\n", foi_error_last());
                return 1;
            }
            put_date(stdout, d);
            putchar('\n');
        }
    } else if (strcmp(what, "holidays") == 0 && argc == 2) {
        const foi_calendar *uk = foi_calendar_builtin(FOI_CAL_UK);
        foi_date first, last;
        const foi_holiday *h;
        size_t nh;
        foi_calendar_coverage(uk, &first, &last, NULL);
        foi_calendar_holidays(&h, &nh, uk, first, last);
        for (size_t i = 0; i < nh; i++) {
            if (i && h[i].date.serial == h[i - 1].date.serial)
                continue;
            put_date(stdout, h[i].date);
            putchar('\n');
        }
    } else {
        fputs("usage: foiclock_benchgen rules N | cases N | anchors N | expect K N | holidays\n",
              stderr);
        return 2;
    }
    return fflush(stdout) ? 1 : 0;
}
