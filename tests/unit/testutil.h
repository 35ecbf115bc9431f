/* Small helpers shared by the foiclock unit tests. */
#ifndef FOICLOCK_TESTUTIL_H
#define FOICLOCK_TESTUTIL_H

#include <check.h>
#include <stdlib.h>

#include <foiclock/foiclock.h>

static inline foi_date D(int y, int m, int d)
{
    foi_date out = {0};
    ck_assert_msg(foi_date_from_ymd(&out, y, m, d) == FOI_OK, "bad test date %04d-%02d-%02d", y, m,
                  d);
    return out;
}

#define ck_assert_date_eq(got, want)                                                               \
    do {                                                                                           \
        char g_[FOI_DATE_ISO_SIZE], w_[FOI_DATE_ISO_SIZE];                                         \
        foi_date_format_iso((got), g_);                                                            \
        foi_date_format_iso((want), w_);                                                           \
        ck_assert_msg((got).serial == (want).serial, "got %s, want %s", g_, w_);                   \
    } while (0)

/* An assertion for hot loops: Check's own ck_assert reports every passing
 * check to the parent process, which dominates a loop over 80,000 days. */
#define REQUIRE(cond, ...)                                                                         \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ck_abort_msg(__VA_ARGS__);                                                             \
    } while (0)

/* Runs the suites and turns the result into an exit status for CTest. */
static inline int run_suites(Suite **suites, int n)
{
    SRunner *sr = srunner_create(suites[0]);
    for (int i = 1; i < n; i++)
        srunner_add_suite(sr, suites[i]);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
