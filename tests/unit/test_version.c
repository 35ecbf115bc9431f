/* The version macros (compiled against) and the run-time calls (linked
 * against) agree, and are what the build says. */
#include <stdio.h>
#include <string.h>

#include "testutil.h"

START_TEST(test_macros_and_library_agree)
{
    char parts[32];
    snprintf(parts, sizeof parts, "%d.%d.%d", FOICLOCK_VERSION_MAJOR, FOICLOCK_VERSION_MINOR,
             FOICLOCK_VERSION_PATCH);
    ck_assert_str_eq(parts, FOICLOCK_VERSION_STRING);
    ck_assert_str_eq(foi_version_string(), FOICLOCK_VERSION_STRING);
    ck_assert_int_eq(foi_version_number(), FOICLOCK_VERSION_NUMBER);
    ck_assert_int_eq(FOICLOCK_VERSION_NUMBER, FOICLOCK_VERSION_MAJOR * 10000 +
                                                  FOICLOCK_VERSION_MINOR * 100 +
                                                  FOICLOCK_VERSION_PATCH);
    /* The project() version in CMakeLists.txt, passed in by the build. */
    ck_assert_str_eq(foi_version_string(), FOICLOCK_EXPECT_VERSION);
}
END_TEST

#if FOICLOCK_VERSION_NUMBER < 100
#error "FOICLOCK_VERSION_NUMBER must be usable in #if"
#endif

int main(void)
{
    Suite *s = suite_create("version");
    TCase *tc = tcase_create("version");
    tcase_add_test(tc, test_macros_and_library_agree);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
