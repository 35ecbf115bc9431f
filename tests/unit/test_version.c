/* The version macros (compiled against) and the run-time calls (linked
 * against) agree, and are what the build says; the public structs that may
 * grow carry a version, their _INIT macros agree with their _init functions,
 * and a version newer than the library's is refused. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <foiclock/batch.h>
#include <foiclock/ics.h>

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

/* The version comes first, where every later version keeps it. */
_Static_assert(offsetof(foi_deadline_options, version) == 0, "version first");
_Static_assert(offsetof(foi_batch_options, version) == 0, "version first");
_Static_assert(offsetof(foi_case, version) == 0, "version first");

START_TEST(test_init_macros_match_init_functions)
{
    foi_deadline_options a = FOI_DEADLINE_OPTIONS_INIT, b;
    memset(&b, 0x5a, sizeof b);
    foi_deadline_options_init(&b);
    ck_assert(memcmp(&a, &b, sizeof a) == 0);
    ck_assert_uint_eq(a.version, FOI_DEADLINE_OPTIONS_VERSION);

    foi_case c = FOI_CASE_INIT, d;
    memset(&d, 0x5a, sizeof d);
    foi_case_init(&d, FOI_REGIME_FOIA);
    ck_assert(memcmp(&c, &d, sizeof c) == 0);
    ck_assert_uint_eq(c.version, FOI_CASE_VERSION);

    /* foi_batch_options_init sets today as well; the rest agrees. */
    foi_batch_options e = FOI_BATCH_OPTIONS_INIT, f;
    foi_batch_options_init(&f);
    ck_assert_uint_eq(f.version, FOI_BATCH_OPTIONS_VERSION);
    f.today = e.today;
    ck_assert(memcmp(&e, &f, sizeof e) == 0);
}
END_TEST

START_TEST(test_newer_versions_are_refused)
{
    /* A struct from a newer header may hold fields this library cannot
     * know: refused, not misread. */
    const foi_rule *rule;
    ck_assert_int_eq(foi_rule_find(&rule, "foia.response"), FOI_OK);
    foi_deadline_options o = FOI_DEADLINE_OPTIONS_INIT;
    o.version = FOI_DEADLINE_OPTIONS_VERSION + 1;
    foi_deadline dl;
    ck_assert_int_eq(foi_deadline_compute(&dl, rule, D(2026, 6, 1), &o), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "version"));
    foi_date due;
    foi_date anchor = D(2026, 6, 1);
    ck_assert_int_eq(foi_deadline_batch(&due, NULL, rule, &anchor, 1, &o, NULL), FOI_EINVAL);

    foi_case c = FOI_CASE_INIT;
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    c.version = FOI_CASE_VERSION + 1;
    foi_timeline *t = NULL;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_ptr_null(t);

    static const char csv[] = "rule,start\n";
    foi_csv_reader *r;
    foi_csv_record header;
    ck_assert_int_eq(foi_csv_reader_new_memory(&r, csv, sizeof csv - 1, "x", NULL), FOI_OK);
    ck_assert_int_eq(foi_csv_read(r, &header), 1);
    foi_batch_options bo = FOI_BATCH_OPTIONS_INIT;
    bo.version = FOI_BATCH_OPTIONS_VERSION + 1;
    foi_batch *b = NULL;
    ck_assert_int_eq(foi_batch_new(&b, &header, &bo), FOI_EINVAL);
    ck_assert_ptr_null(b);
    foi_csv_reader_free(r);
}
END_TEST

START_TEST(test_ics_options_versions)
{
    /* FOI_ICS_OPTIONS_INIT gives what foi_ics_options_init does, and options
     * from a newer header are refused rather than misread. */
    foi_ics_options a = FOI_ICS_OPTIONS_INIT, b;
    foi_ics_options_init(&b);
    ck_assert_uint_eq(a.version, FOI_ICS_OPTIONS_VERSION);
    ck_assert_uint_eq(b.version, FOI_ICS_OPTIONS_VERSION);
    ck_assert_uint_eq(a.n_remind, b.n_remind);
    for (size_t i = 0; i < a.n_remind; i++)
        ck_assert_int_eq(a.remind[i], b.remind[i]);
    const foi_rule *rule;
    ck_assert_int_eq(foi_rule_find(&rule, "foia.response"), FOI_OK);
    foi_deadline d;
    ck_assert_int_eq(foi_deadline_compute(&d, rule, D(2026, 6, 1), NULL), FOI_OK);
    a.version = FOI_ICS_OPTIONS_VERSION + 1;
    char *out = NULL;
    ck_assert_int_eq(foi_ics_deadline(&out, &d, NULL, &a), FOI_EINVAL);
    ck_assert_ptr_null(out);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "version"));
}
END_TEST

START_TEST(test_zeroed_structs_are_version_1)
{
    /* A zeroed struct (a caller that never initialised the version) reads
     * as version 1 with every field zero: the FOIA response to 1 June 2026. */
    const foi_rule *rule;
    ck_assert_int_eq(foi_rule_find(&rule, "foia.response"), FOI_OK);
    foi_deadline_options o;
    memset(&o, 0, sizeof o);
    foi_deadline dl;
    ck_assert_int_eq(foi_deadline_compute(&dl, rule, D(2026, 6, 1), &o), FOI_OK);
    ck_assert_date_eq(dl.due, D(2026, 6, 30)); /* README: Scotland's 15 June skipped */
    foi_case c;
    memset(&c, 0, sizeof c);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2026, 6, 1));
    foi_timeline *t = NULL;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    ck_assert_date_eq(foi_timeline_entry_at(t, 0)->deadline.due, D(2026, 6, 30));
    foi_timeline_free(t);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("version");
    TCase *tc = tcase_create("version");
    tcase_add_test(tc, test_macros_and_library_agree);
    tcase_add_test(tc, test_init_macros_match_init_functions);
    tcase_add_test(tc, test_newer_versions_are_refused);
    tcase_add_test(tc, test_ics_options_versions);
    tcase_add_test(tc, test_zeroed_structs_are_version_1);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
