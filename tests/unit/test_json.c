/* Unit tests of the JSON renderings (json.h): the exact text of a deadline,
 * the parts of a timeline, the rules table, string quoting with bad UTF-8,
 * and the error contract. src/doc/json-schema.md describes the objects. */
#include <stdio.h>
#include <string.h>

#include "testutil.h"

static char *deadline_json(const char *rule, foi_date anchor)
{
    const foi_rule *r;
    foi_deadline d;
    ck_assert_int_eq(foi_rule_find(&r, rule), FOI_OK);
    ck_assert_int_eq(foi_deadline_compute(&d, r, anchor, NULL), FOI_OK);
    char *json = NULL;
    ck_assert_int_eq(foi_deadline_json(&json, &d, FOI_RECEIPT_STATUTORY), FOI_OK);
    ck_assert_ptr_nonnull(json);
    return json;
}

/* README and src/doc/rules.md: a FOIA request received Monday 1 June 2026 is due
 * Tuesday 30 June 2026, Scotland's World Cup bank holiday (Monday 15 June)
 * skipped: 20 working days. */
START_TEST(test_deadline_exact)
{
    char *json = deadline_json("foia.response", D(2026, 6, 1));
    ck_assert_str_eq(
        json,
        "{\"schema_version\":1,\"rule\":\"foia.response\",\"role\":\"response\",\"summary\":"
        "\"FOI response due\","
        "\"anchor\":\"2026-06-01\",\"anchor_meaning\":\"date of receipt\",\"start\":"
        "\"2026-06-01\",\"due\":\"2026-06-30\",\"weekday\":\"Tuesday\",\"count\":20,\"unit\":"
        "\"working days\",\"calendar\":\"uk\",\"statutory\":true,\"basis\":\"FOIA s.10(1)\","
        "\"provisional\":false,\"receipt_rule\":\"statutory\",\"skipped\":[{\"date\":"
        "\"2026-06-15\",\"weekday\":\"Monday\",\"name\":\"World Cup bank holiday\",\"division\":"
        "[\"scotland\"],\"basis\":\"one-off\",\"substitute\":false,\"provisional\":false,"
        "\"source\":\"built-in\"}]}");
    foi_json_free(json);
}
END_TEST

/* Received Saturday 2 June 2018 (src/doc/rules.md section 3): by statute day 0 is
 * the Saturday, due Friday 29 June; under the next-working-day rule day 0 is
 * Monday 4 June, due Monday 2 July. Both appear. */
START_TEST(test_deadline_non_working_receipt)
{
    char *json = deadline_json("foia.response", D(2018, 6, 2));
    ck_assert_ptr_nonnull(strstr(json, "\"due\":\"2018-06-29\""));
    ck_assert_ptr_nonnull(strstr(json, "\"anchor_non_working\":true,\"other_receipt_rule\":"
                                       "\"next-working-day\",\"other_due\":\"2018-07-02\""));
    foi_json_free(json);
}
END_TEST

/* FOIA received Monday 15 October 2018, answered Thursday 1 November (day
 * 13 of 20: due Monday 12 November, 7 early). The review window runs 40 UK
 * working days from 1 November, skipping 30 November, 25 and 26 December, 1
 * and 2 January: Thursday 3 January 2019; on 20 November 27 of them are
 * left (21-23 Nov 3, 26-29 Nov 7, December 19 more, 3 Jan 27). */
START_TEST(test_timeline)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    foi_case_set(&c, FOI_EVENT_RESPONDED, D(2018, 11, 1));
    c.ref = "R \"1\"";
    foi_timeline *t;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    char *json = NULL;
    ck_assert_int_eq(foi_timeline_json(&json, &c, t, D(2018, 11, 20)), FOI_OK);
    const char *head =
        "{\"schema_version\":1,\"case\":{\"regime\":\"foia\",\"title\":\"FOIA request\","
        "\"ref\":\"R \\\"1\\\"\","
        "\"receipt_rule\":\"statutory\",\"received\":\"2018-10-15\",\"responded\":"
        "\"2018-11-01\",\"pit_extension\":false,\"school\":false,\"public_records\":false,"
        "\"today\":"
        "\"2018-11-20\",\"audience\":\"neutral\"},\"deadlines\":[{\"rule\":\"foia.response\","
        "\"role\":"
        "\"response\",";
    ck_assert_int_eq(strncmp(json, head, strlen(head)), 0);
    ck_assert_ptr_nonnull(strstr(json, "\"due\":\"2018-11-12\""));
    ck_assert_ptr_nonnull(strstr(json, "\"status\":\"met\",\"in_time\":true,\"early\":7,"
                                       "\"status_text\":\"met: responded Thursday 1 November "
                                       "2018, 7 working days early\",\"done_by\":\"responded\","
                                       "\"done_on\":\"2018-11-01\"}"));
    ck_assert_ptr_nonnull(strstr(json, "\"due\":\"2019-01-03\""));
    ck_assert_ptr_nonnull(strstr(json, "\"status\":\"pending\",\"remaining\":27,\"status_text\":"
                                       "\"open: 27 working days left\",\"done_by\":"
                                       "\"review_requested\"}],\"advice\":[{\"kind\":"
                                       "\"answered-in-time\",\"audience\":\"neutral\","
                                       "\"entry\":0,\"rule\":\"foia.response\",\"role\":"
                                       "\"response\",\"summary\":\"FOI response due\",\"date\":"
                                       "\"2018-11-12\",\"text\":\"The answer came in time (due "
                                       "Monday 12 November 2018).\"},{\"kind\":\"ask-review\""));
    /* Each entry's deadline fields are those of the deadline object. */
    char *one = deadline_json("foia.response", D(2018, 10, 15));
    size_t prefix = strlen("{\"schema_version\":1,");
    size_t body = strlen(one) - prefix - 1;
    ck_assert_ptr_nonnull(strstr(json, "[{"));
    ck_assert_int_eq(strncmp(strstr(json, "[{") + 2, one + prefix, body), 0);
    foi_json_free(one);
    foi_json_free(json);

    /* A today the calendars cannot count to fails, and writes nothing. */
    json = (char *)&c;
    ck_assert_int_eq(foi_timeline_json(&json, &c, t, D(2200, 1, 1)), FOI_ERANGE);
    ck_assert_ptr_eq(json, (char *)&c);
    foi_timeline_free(t);
}
END_TEST

START_TEST(test_rules)
{
    char *json = NULL;
    ck_assert_int_eq(foi_rules_json(&json), FOI_OK);
    const char *head = "{\"schema_version\":1,\"rules\":[{\"id\":\"";
    ck_assert_int_eq(strncmp(json, head, strlen(head)), 0);
    for (size_t i = 0; i < foi_rules_count(); i++) {
        char key[64];
        snprintf(key, sizeof key, "{\"id\":\"%s\",", foi_rule_at(i)->id);
        const char *p = strstr(json, key);
        ck_assert_msg(p && !strstr(p + 1, key), "%s not listed once", key);
    }
    ck_assert_str_eq(json + strlen(json) - 3, "}]}");
    foi_json_free(json);
}
END_TEST

static void quote_is(const char *in, const char *want)
{
    char *q = NULL;
    ck_assert_int_eq(foi_json_quote(&q, in), FOI_OK);
    ck_assert_msg(strcmp(q, want) == 0, "quote: got %s, want %s", q, want);
    foi_json_free(q);
}

START_TEST(test_quote)
{
    quote_is("", "\"\"");
    quote_is("a\"b\\c", "\"a\\\"b\\\\c\"");
    quote_is("\n\r\t\x01\x1f\x7f", "\"\\n\\r\\t\\u0001\\u001f\\u007f\"");
    quote_is("St Andrew\xe2\x80\x99s \xf0\x9f\x8e\x84",
             "\"St Andrew\xe2\x80\x99s \xf0\x9f\x8e\x84\"");
    /* Not UTF-8: a Latin-1 byte, an overlong '/', a surrogate, a code point
     * past U+10FFFF, a character cut short at the end. */
    quote_is("caf\xe9", "\"caf\\ufffd\"");
    quote_is("\xc0\xaf", "\"\\ufffd\\ufffd\"");
    quote_is("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\"");
    quote_is("\xf4\x90\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");
    quote_is("x\xe2\x82", "\"x\\ufffd\\ufffd\"");
}
END_TEST

START_TEST(test_escape_and_utf8)
{
    /* Bytes with a NUL among them, written into a buffer like snprintf. */
    const char in[] = {'a', '\0', '"', (char)0xff, 'b'};
    char buf[64];
    size_t n = foi_json_escape(buf, sizeof buf, in, sizeof in);
    ck_assert_str_eq(buf, "\"a\\u0000\\\"\\ufffdb\"");
    ck_assert_uint_eq(n, strlen(buf));
    char small[5];
    ck_assert_uint_eq(foi_json_escape(small, sizeof small, in, sizeof in), n);
    ck_assert_str_eq(small, "\"a\\u");
    ck_assert_uint_eq(foi_json_escape(NULL, 0, in, sizeof in), n);
    ck_assert_uint_eq(foi_json_escape(buf, sizeof buf, NULL, 0), 2);
    ck_assert_str_eq(buf, "\"\"");
    /* The most it can take: every byte a control character. */
    const char ctl[3] = {1, 2, 3};
    ck_assert_uint_eq(foi_json_escape(NULL, 0, ctl, 3), 6 * 3 + 2);

    ck_assert_uint_eq(foi_utf8_char("a", 1), 1);
    ck_assert_uint_eq(foi_utf8_char("\xc3\xa9", 2), 2);
    ck_assert_uint_eq(foi_utf8_char("\xc3\xa9", 1), 0); /* cut short */
    ck_assert_uint_eq(foi_utf8_char("\xe2\x80\x99", 3), 3);
    ck_assert_uint_eq(foi_utf8_char("\xf0\x9f\x8e\x84", 4), 4);
    ck_assert_uint_eq(foi_utf8_char("\xc0\xaf", 2), 0);         /* overlong */
    ck_assert_uint_eq(foi_utf8_char("\xe0\x80\xaf", 3), 0);     /* overlong */
    ck_assert_uint_eq(foi_utf8_char("\xed\xa0\x80", 3), 0);     /* surrogate */
    ck_assert_uint_eq(foi_utf8_char("\xf4\x90\x80\x80", 4), 0); /* past U+10FFFF */
    ck_assert_uint_eq(foi_utf8_char("\x80", 1), 0);
    ck_assert_uint_eq(foi_utf8_char(NULL, 4), 0);
    ck_assert_uint_eq(foi_utf8_char("a", 0), 0);
}
END_TEST

START_TEST(test_holidays)
{
    char *json = NULL;
    ck_assert_int_eq(foi_holidays_json(&json, NULL, 0), FOI_OK);
    ck_assert_str_eq(json, "[]");
    foi_json_free(json);
    const foi_holiday *h;
    size_t n;
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, foi_calendar_builtin(FOI_CAL_SCOTLAND),
                                           D(2018, 11, 30), D(2018, 11, 30)),
                     FOI_OK);
    ck_assert_int_eq(foi_holidays_json(&json, h, n), FOI_OK);
    ck_assert_str_eq(json, "[{\"date\":\"2018-11-30\",\"weekday\":\"Friday\",\"name\":\"St "
                           "Andrew\xe2\x80\x99s Day\",\"division\":[\"scotland\"],\"basis\":"
                           "\"statute\",\"substitute\":false,\"provisional\":false,\"source\":"
                           "\"built-in\"}]");
    foi_json_free(json);
}
END_TEST

START_TEST(test_null)
{
    char *json = NULL;
    foi_deadline d;
    memset(&d, 0, sizeof d);
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    ck_assert_int_eq(foi_deadline_json(NULL, &d, FOI_RECEIPT_STATUTORY), FOI_EINVAL);
    ck_assert_int_eq(foi_deadline_json(&json, NULL, FOI_RECEIPT_STATUTORY), FOI_EINVAL);
    ck_assert_int_eq(foi_deadline_json(&json, &d, FOI_RECEIPT_STATUTORY), FOI_EINVAL);
    ck_assert_int_eq(foi_timeline_json(NULL, &c, NULL, D(2018, 1, 1)), FOI_EINVAL);
    ck_assert_int_eq(foi_timeline_json(&json, NULL, NULL, D(2018, 1, 1)), FOI_EINVAL);
    ck_assert_int_eq(foi_timeline_json(&json, &c, NULL, D(2018, 1, 1)), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "foi_timeline_json: t is NULL"));
    ck_assert_int_eq(foi_rules_json(NULL), FOI_EINVAL);
    ck_assert_int_eq(foi_holidays_json(NULL, NULL, 0), FOI_EINVAL);
    ck_assert_int_eq(foi_holidays_json(&json, NULL, 1), FOI_EINVAL);
    ck_assert_int_eq(foi_json_quote(NULL, ""), FOI_EINVAL);
    ck_assert_int_eq(foi_json_quote(&json, NULL), FOI_EINVAL);
    ck_assert_ptr_null(json);
    foi_json_free(NULL);
    ck_assert_int_eq(foi_json_schema_version(), FOI_JSON_SCHEMA_VERSION);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("json");
    TCase *tc = tcase_create("json");
    tcase_add_test(tc, test_deadline_exact);
    tcase_add_test(tc, test_deadline_non_working_receipt);
    tcase_add_test(tc, test_timeline);
    tcase_add_test(tc, test_rules);
    tcase_add_test(tc, test_quote);
    tcase_add_test(tc, test_holidays);
    tcase_add_test(tc, test_escape_and_utf8);
    tcase_add_test(tc, test_null);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
