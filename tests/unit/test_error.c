/* Unit tests of src/lib/error.c: status descriptions, the per-thread message
 * and how untrusted text is quoted into it. */
#include <string.h>

#include "internal.h"
#include "testutil.h"

START_TEST(test_status_strings)
{
    static const struct {
        int status;
        const char *text;
    } all[] = {
        {FOI_OK, "success"},
        {FOI_EINVAL, "invalid input"},
        {FOI_ERANGE, "out of range"},
        {FOI_ENOMEM, "out of memory"},
        {FOI_ENOTFOUND, "not found"},
        {FOI_ECONFLICT, "conflicting inputs"},
        {FOI_EIO, "input/output error"},
        {-7, "unknown status"},
        {42, "unknown status"},
    };
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        ck_assert_str_eq(foi_error_str(all[i].status), all[i].text);
}
END_TEST

START_TEST(test_quote)
{
    char out[16];
    /* Printable ASCII is kept; quote and backslash escaped; the rest \xNN. */
    ck_assert_str_eq(foi_quote(out, sizeof out, "a'b\\c", 5), "a\\'b\\\\c");
    ck_assert_str_eq(foi_quote(out, sizeof out, "\x01\xff", 2), "\\x01\\xff");
    /* Cut to fit, with "..." whenever more input follows. */
    ck_assert_str_eq(foi_quote(out, sizeof out, "0123456789abcdefghij", 20), "0123456789ab...");
    /* Room for "..." is kept while more input follows, so text longer than
     * out_size - 3 is cut even where it would just have fitted. */
    ck_assert_str_eq(foi_quote(out, sizeof out, "0123456789abc", 13), "0123456789abc");
    ck_assert_str_eq(foi_quote(out, sizeof out, "0123456789abcde", 15), "0123456789ab...");
    ck_assert_str_eq(foi_quote(out, 8, "\xff\xff\xff", 3), "\\xff...");
    ck_assert_str_eq(foi_quote(out, 3, "abcdef", 6), "");
    ck_assert_str_eq(foi_quote(out, 1, "abc", 3), "");
    out[0] = 'x';
    ck_assert_ptr_eq(foi_quote(out, 0, "abc", 3), out);
    ck_assert_int_eq(out[0], 'x'); /* nothing written into no room */
}
END_TEST

START_TEST(test_message_names_and_escapes_input)
{
    const foi_rule *r;
    ck_assert_int_eq(foi_rule_find(&r, "a\\b'c"), FOI_ENOTFOUND);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "'a\\\\b\\'c'"));
}
END_TEST

START_TEST(test_long_message_is_cut)
{
    char text[2000];
    memset(text, 'm', sizeof text - 1);
    text[sizeof text - 1] = '\0';
    ck_assert_int_eq(foi_fail(FOI_EINVAL, "%s", text), FOI_EINVAL);
    ck_assert_uint_eq(strlen(foi_error_last()), 511);
}
END_TEST

/* Option names, as a command line would give them. */
static const char *option(foi_field field, void *ctx)
{
    (void)ctx;
    switch (field) {
    case FOI_FIELD_FEE_PAID:
        return "--fee-paid";
    case FOI_FIELD_FEE_NOTICE:
        return "--fee-notice";
    case FOI_FIELD_RECEIVED:
        return "--received";
    default:
        return NULL; /* keep the library's name */
    }
}

static foi_case fee_case(int notice)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    if (notice)
        foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 22));
    foi_case_set(&c, FOI_EVENT_FEE_PAID, D(2018, 10, 20));
    return c;
}

START_TEST(test_fields)
{
    foi_timeline *t = NULL;
    char buf[256];

    /* A fee paid before its notice: the payment is at fault, against the
     * notice. */
    foi_case c = fee_case(1);
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_ECONFLICT);
    ck_assert_str_eq(foi_error_last(), "fee_paid (2018-10-20) is before fee_notice (2018-10-22)");
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_FEE_PAID);
    ck_assert_int_eq(foi_error_other_field(), FOI_FIELD_FEE_NOTICE);
    size_t n = foi_error_describe(buf, sizeof buf, option, NULL);
    ck_assert_str_eq(buf, "--fee-paid (2018-10-20) is before --fee-notice (2018-10-22)");
    ck_assert_uint_eq(n, strlen(buf));
    /* Cut short like snprintf, and the full length still reported. */
    char small[10];
    ck_assert_uint_eq(foi_error_describe(small, sizeof small, option, NULL), n);
    ck_assert_str_eq(small, "--fee-pai");
    ck_assert_uint_eq(foi_error_describe(NULL, 0, option, NULL), n);
    /* Without a namer, or where it gives no name: the library's names. */
    foi_error_describe(buf, sizeof buf, NULL, NULL);
    ck_assert_str_eq(buf, foi_error_last());

    /* A payment with no notice at all. */
    c = fee_case(0);
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_ECONFLICT);
    foi_error_describe(buf, sizeof buf, option, NULL);
    ck_assert_str_eq(buf, "--fee-paid is given without --fee-notice");

    /* A fee where the regime has none: the fee, against the regime. */
    foi_case_init(&c, FOI_REGIME_SAR);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_FEE_NOTICE, D(2018, 10, 20));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_FEE_NOTICE);
    ck_assert_int_eq(foi_error_other_field(), FOI_FIELD_REGIME);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "fee_notice does not stop the clock for sar"));

    /* A date the calendars cannot count from: the event it is about. */
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2199, 12, 20));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_ERANGE);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_RESPONDED);
    ck_assert_int_eq(foi_error_other_field(), FOI_FIELD_NONE);
    /* Its message names no input: describing it changes nothing. */
    foi_error_describe(buf, sizeof buf, option, NULL);
    ck_assert_str_eq(buf, foi_error_last());

    /* A today beyond the calendars. */
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    foi_status st;
    ck_assert_int_eq(foi_timeline_status(&st, t, 0, D(2200, 1, 2)), FOI_ERANGE);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_TODAY);
    foi_timeline_free(t);

    /* An unknown rule: no advice about any command in the message. */
    const foi_rule *r;
    ck_assert_int_eq(foi_rule_find(&r, "foia.nope"), FOI_ENOTFOUND);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_RULE);
    ck_assert_ptr_null(strstr(foi_error_last(), "foiclock"));

    /* Any other failure clears the fields. */
    foi_date d;
    ck_assert_int_eq(foi_date_parse(&d, "nonsense", NULL), FOI_EINVAL);
    ck_assert_int_eq(foi_error_field(), FOI_FIELD_NONE);
    ck_assert_int_eq(foi_error_other_field(), FOI_FIELD_NONE);
    foi_error_describe(buf, sizeof buf, option, NULL);
    ck_assert_str_eq(buf, foi_error_last());

    ck_assert_str_eq(foi_field_name(FOI_FIELD_NONE), "");
    ck_assert_str_eq(foi_field_name(FOI_FIELD_CLARIFICATION_RECEIVED), "clarification_received");
    ck_assert_str_eq(foi_field_name(FOI_FIELD_PIT_EXTENSION), "pit_extension");
    ck_assert_str_eq(foi_field_name(FOI_FIELD_COUNT), "");
    for (int e = 0; e < FOI_EVENT_COUNT; e++)
        ck_assert_str_eq(foi_field_name(foi_event_field((foi_event)e)),
                         foi_event_name((foi_event)e));
    ck_assert_int_eq(foi_event_field(FOI_EVENT_COMPLAINED), FOI_FIELD_COMPLAINED);
    ck_assert_int_eq(foi_event_field(FOI_EVENT_DIRECTION), FOI_FIELD_DIRECTION);
    ck_assert_int_eq(foi_event_field(FOI_EVENT_COUNT), FOI_FIELD_NONE);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("error");
    TCase *tc = tcase_create("error");
    tcase_add_test(tc, test_status_strings);
    tcase_add_test(tc, test_quote);
    tcase_add_test(tc, test_message_names_and_escapes_input);
    tcase_add_test(tc, test_long_message_is_cut);
    tcase_add_test(tc, test_fields);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
