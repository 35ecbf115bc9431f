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

int main(void)
{
    Suite *s = suite_create("error");
    TCase *tc = tcase_create("error");
    tcase_add_test(tc, test_status_strings);
    tcase_add_test(tc, test_quote);
    tcase_add_test(tc, test_message_names_and_escapes_input);
    tcase_add_test(tc, test_long_message_is_cut);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
