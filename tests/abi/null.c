/*
 * The NULL contract (error.h): every exported function, called with NULL for
 * each of its pointer arguments in turn (the others valid), does what the
 * headers say: FOI_EINVAL from a function with a status, with the output
 * left as it was, unless the argument is documented as optional; "", 0 or
 * NULL from the functions without one; and never a crash. A free function
 * accepts NULL.
 *
 * Each checked call is printed before it runs, so that a crash names it.
 * With --covered the program prints the name of every function it checked;
 * tests/abi/null-contract.sh compares that list with the functions the
 * headers export, so that a new function cannot go without its NULL cases.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <foiclock/foiclock.h>
#include <foiclock/ical.h>

static int failures;
static int list_covered;
static char covered[256][64];
static size_t ncovered;

/* Records the function a checked call names (the first foi_ identifier). */
static void note(const char *call, int line)
{
    const char *p = strstr(call, "foi_");
    size_t n = p ? strcspn(p, " (") : 0;
    if (n && n < sizeof covered[0]) {
        size_t i = 0;
        while (i < ncovered && (strlen(covered[i]) != n || strncmp(covered[i], p, n) != 0))
            i++;
        if (i == ncovered && ncovered < sizeof covered / sizeof *covered) {
            memcpy(covered[ncovered], p, n);
            covered[ncovered++][n] = '\0';
        }
    }
    if (!list_covered) {
        printf("line %d: %s\n", line, call);
        fflush(stdout);
    }
}

static void fail(int line, const char *call, const char *what)
{
    failures++;
    printf("FAIL line %d: %s: %s\n", line, call, what);
}

/* A status call: want is FOI_EINVAL, or FOI_OK for an optional argument. */
#define STATUS(call, want)                                                                         \
    do {                                                                                           \
        note(#call, __LINE__);                                                                     \
        int got_ = (call);                                                                         \
        if (got_ != (want)) {                                                                      \
            char m_[160];                                                                          \
            snprintf(m_, sizeof m_, "returned %d (%s), want %d", got_, foi_error_last(), (want));  \
            fail(__LINE__, #call, m_);                                                             \
        } else if (got_ == FOI_EINVAL && !*foi_error_last()) {                                     \
            fail(__LINE__, #call, "no message");                                                   \
        }                                                                                          \
    } while (0)
#define EINVAL(call) STATUS(call, FOI_EINVAL)
/* Functions without a status. */
#define STR_EMPTY(call)                                                                            \
    do {                                                                                           \
        note(#call, __LINE__);                                                                     \
        const char *got_ = (call);                                                                 \
        if (!got_ || *got_)                                                                        \
            fail(__LINE__, #call, "want \"\"");                                                    \
    } while (0)
#define IS_NULL(call)                                                                              \
    do {                                                                                           \
        note(#call, __LINE__);                                                                     \
        if ((call) != NULL)                                                                        \
            fail(__LINE__, #call, "want NULL");                                                    \
    } while (0)
#define IS_ZERO(call)                                                                              \
    do {                                                                                           \
        note(#call, __LINE__);                                                                     \
        if ((call) != 0)                                                                           \
            fail(__LINE__, #call, "want 0");                                                       \
    } while (0)
#define RUNS(call)                                                                                 \
    do {                                                                                           \
        note(#call, __LINE__);                                                                     \
        call;                                                                                      \
    } while (0)
/* An output left as it was by a failed call. */
#define UNCHANGED(var, sentinel)                                                                   \
    do {                                                                                           \
        if (memcmp(&(var), &(sentinel), sizeof(var)) != 0)                                         \
            fail(__LINE__, #var, "output changed by a failed call");                               \
    } while (0)

static ptrdiff_t read_nothing(void *ctx, char *buf, size_t size)
{
    (void)ctx;
    (void)buf;
    (void)size;
    return 0;
}

static void dates(void)
{
    foi_date d, keep = {-12345}, out = keep;
    int64_t instant = 0;
    foi_date_from_ymd(&d, 2026, 6, 1);
    EINVAL(foi_date_from_ymd(NULL, 2026, 6, 1));
    RUNS(foi_date_to_ymd(d, NULL, NULL, NULL));
    /* Functions without pointer arguments are listed as checked too. */
    IS_ZERO(foi_date_weekday((foi_date){-99999999}));
    RUNS(foi_is_leap_year(2024));
    IS_ZERO(foi_days_in_month(2026, 13));
    EINVAL(foi_date_add_days(NULL, d, 1));
    EINVAL(foi_date_add_months(NULL, d, 1));
    IS_ZERO(foi_date_diff(d, d));
    IS_ZERO(foi_date_cmp(d, d));
    EINVAL(foi_easter_sunday(NULL, 2026));
    EINVAL(foi_date_parse(NULL, "2026-06-01", NULL));
    EINVAL(foi_date_parse(&out, NULL, NULL));
    UNCHANGED(out, keep);
    STATUS(foi_date_parse(&out, "2026-06-01", NULL), FOI_OK);
    out = keep;
    EINVAL(foi_date_parse_n(NULL, "2026-06-01", 10, NULL));
    EINVAL(foi_date_parse_n(&out, NULL, 10, NULL));
    UNCHANGED(out, keep);
    STATUS(foi_date_parse_n(&out, "2026-06-01", 10, NULL), FOI_OK);
    EINVAL(foi_date_parse_instant(NULL, "2026-06-01T00:00Z", 17));
    EINVAL(foi_date_parse_instant(&instant, NULL, 17));
    EINVAL(foi_date_parse_instant(&instant, "2026-06-01", 10));
    EINVAL(foi_date_from_utc(NULL, 0));
    EINVAL(foi_uk_utc_offset(NULL, 0));
    IS_NULL(foi_date_format_iso(d, NULL));
    IS_NULL(foi_date_format_long(d, NULL));
    STR_EMPTY(foi_weekday_name(0));
    STR_EMPTY(foi_month_name(0));
    RUNS(foi_ordinal_suffix(-1));
}

static void errors(void)
{
    /* foi_error_last takes nothing and is never NULL. */
    note("foi_error_last()", __LINE__);
    if (!foi_error_last())
        fail(__LINE__, "foi_error_last()", "NULL");
    STATUS(foi_error_set(FOI_EINVAL, "%s", "set by the test"), FOI_EINVAL);
    STATUS(foi_error_set(FOI_EIO, NULL), FOI_EIO);
    note("foi_error_set(FOI_EIO, NULL)", __LINE__);
    if (!strstr(foi_error_last(), "-6"))
        fail(__LINE__, "foi_error_set(FOI_EIO, NULL)", "the message does not name the code");
    RUNS(foi_error_field());
    RUNS(foi_error_other_field());
    STR_EMPTY(foi_field_name((foi_field)9999));
    char dbuf[64];
    /* A NULL namer keeps foi_field_name's names; a NULL buffer measures. */
    note("foi_error_describe(NULL, 0, NULL, NULL)", __LINE__);
    if (foi_error_describe(NULL, 0, NULL, NULL) != strlen(foi_error_last()))
        fail(__LINE__, "foi_error_describe(NULL, 0, NULL, NULL)", "want the message's length");
    RUNS(foi_error_describe(dbuf, sizeof dbuf, NULL, NULL));
    note("foi_error_str(12345)", __LINE__);
    if (!foi_error_str(12345))
        fail(__LINE__, "foi_error_str(12345)", "NULL");
}

static void calendars(void)
{
    const foi_calendar *uk = foi_calendar_builtin(FOI_CAL_UK);
    foi_date d, keep = {-12345}, out = keep;
    foi_date_from_ymd(&d, 2026, 6, 1);
    IS_NULL(foi_calendar_builtin((foi_calendar_id)99));
    foi_calendar_id id = FOI_CAL_SCOTLAND;
    EINVAL(foi_calendar_id_from_name(NULL, "uk"));
    EINVAL(foi_calendar_id_from_name(&id, NULL));
    if (id != FOI_CAL_SCOTLAND)
        fail(__LINE__, "foi_calendar_id_from_name", "output changed by a failed call");
    note("foi_calendar_get_id(NULL)", __LINE__);
    if (foi_calendar_get_id(NULL) != (foi_calendar_id)-1)
        fail(__LINE__, "foi_calendar_get_id(NULL)", "want -1");
    STR_EMPTY(foi_calendar_name(NULL));
    STR_EMPTY(foi_calendar_description(NULL));
    IS_ZERO(foi_calendar_divisions(NULL));
    STR_EMPTY(foi_division_name(0));
    STR_EMPTY(foi_division_title(0));
    unsigned div = 7;
    EINVAL(foi_division_from_name(NULL, "scotland"));
    EINVAL(foi_division_from_name(&div, NULL));
    if (div != 7)
        fail(__LINE__, "foi_division_from_name", "output changed by a failed call");
    STR_EMPTY(foi_basis_name(-1));
    RUNS(foi_calendar_coverage(NULL, &out, &out, &out));
    UNCHANGED(out, keep);
    RUNS(foi_calendar_coverage(uk, NULL, NULL, NULL));
    RUNS(foi_calendar_builtin_date()); /* no pointer argument */
    EINVAL(foi_calendar_is_provisional(NULL, d, d));
    EINVAL(foi_calendar_is_working_day(NULL, d));
    EINVAL(foi_calendar_add(NULL, uk, d, 1));
    EINVAL(foi_calendar_add(&out, NULL, d, 1));
    UNCHANGED(out, keep);
    EINVAL(foi_calendar_next(NULL, uk, d));
    EINVAL(foi_calendar_next(&out, NULL, d));
    EINVAL(foi_calendar_prev(NULL, uk, d));
    EINVAL(foi_calendar_prev(&out, NULL, d));
    UNCHANGED(out, keep);
    int count = -7;
    EINVAL(foi_calendar_count(NULL, uk, d, d));
    EINVAL(foi_calendar_count(&count, NULL, d, d));
    if (count != -7)
        fail(__LINE__, "foi_calendar_count", "output changed by a failed call");
    const foi_holiday *h = NULL;
    size_t n = 99;
    EINVAL(foi_calendar_holidays(NULL, &n, uk, d, d));
    EINVAL(foi_calendar_holidays(&h, NULL, uk, d, d));
    EINVAL(foi_calendar_holidays(&h, &n, NULL, d, d));
    if (h || n != 99)
        fail(__LINE__, "foi_calendar_holidays", "output changed by a failed call");
    foi_date y0, y1;
    foi_date_from_ymd(&y0, 2026, 1, 1);
    foi_date_from_ymd(&y1, 2026, 12, 31);
    foi_calendar_holidays(&h, &n, uk, y0, y1);
    char buf[64];
    note("foi_holidays_text(NULL, 0, h, n, NULL, 1)", __LINE__);
    if (foi_holidays_text(NULL, 0, h, n, NULL, 1) == 0)
        fail(__LINE__, "foi_holidays_text(NULL, 0, ...)", "want the length it would write");
    IS_ZERO(foi_holidays_text(buf, sizeof buf, NULL, 3, NULL, 1));
    note("foi_holidays_text(buf, sizeof buf, h, 1, NULL, 1)", __LINE__);
    if (foi_holidays_text(buf, sizeof buf, h, 1, NULL, 1) == 0)
        fail(__LINE__, "foi_holidays_text with sep NULL", "want the default separator");

    foi_calendar_builder *b = NULL;
    EINVAL(foi_calendar_builder_new(NULL));
    foi_calendar_builder_new(&b);
    RUNS(foi_calendar_builder_free(NULL));
    EINVAL(foi_calendar_builder_add(NULL, d, FOI_DIV_SCOTLAND, "Extra"));
    EINVAL(foi_calendar_builder_add(b, d, FOI_DIV_SCOTLAND, NULL));
    EINVAL(foi_calendar_builder_remove(NULL, d, FOI_DIV_ALL));
    foi_holiday_row row = {d, "Extra", -1, -1};
    EINVAL(foi_calendar_builder_replace(NULL, FOI_DIV_SCOTLAND, 2026, 2026, &row, 1, "x"));
    EINVAL(foi_calendar_builder_replace(b, FOI_DIV_SCOTLAND, 2026, 2026, NULL, 1, "x"));
    STATUS(foi_calendar_builder_replace(b, FOI_DIV_SCOTLAND, 2026, 2026, NULL, 0, "x"), FOI_OK);
    STATUS(foi_calendar_builder_replace(b, FOI_DIV_SCOTLAND, 2026, 2026, &row, 1, NULL), FOI_OK);
    foi_calendar *built = NULL;
    EINVAL(foi_calendar_builder_build(NULL, b, FOI_CAL_UK));
    EINVAL(foi_calendar_builder_build(&built, NULL, FOI_CAL_UK));
    IS_NULL(built);
    RUNS(foi_calendar_free(NULL));

    foi_import_report *rep = NULL;
    EINVAL(foi_import_report_new(NULL));
    foi_import_report_new(&rep);
    RUNS(foi_import_report_free(NULL));
    IS_ZERO(foi_import_report_count(NULL));
    IS_NULL(foi_import_report_at(NULL, 0));
    STR_EMPTY(foi_import_kind_name(-1));
    foi_import_note imp = {FOI_IMPORT_WARNING, FOI_DIV_SCOTLAND, d, d, NULL, NULL, NULL, 0};
    EINVAL(foi_import_report_add(NULL, &imp));
    EINVAL(foi_import_report_add(rep, NULL));
    STATUS(foi_import_report_add(rep, &imp), FOI_OK); /* NULL strings count as "" */
    RUNS(foi_import_report_truncate(NULL, 0));
    char *json = NULL;
    EINVAL(foi_import_report_json(NULL, rep));
    STATUS(foi_import_report_json(&json, NULL), FOI_OK); /* an empty array */
    foi_json_free(json);
    EINVAL(foi_calendar_builder_import(NULL, FOI_DIV_SCOTLAND, &row, 1, "x", rep));
    EINVAL(foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, NULL, 1, "x", rep));
    STATUS(foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, &row, 1, NULL, NULL), FOI_OK);
    foi_import_report_free(rep);
    foi_calendar_builder_free(b);
}

static void rules(foi_deadline *dl)
{
    const foi_rule *rule = NULL;
    EINVAL(foi_rule_find(NULL, "foia.response"));
    EINVAL(foi_rule_find(&rule, NULL));
    IS_NULL(rule);
    foi_rule_find(&rule, "foia.response");
    note("foi_rules_count()", __LINE__);
    if (foi_rules_count() == 0)
        fail(__LINE__, "foi_rules_count()", "no rules");
    IS_NULL(foi_rule_at((size_t)-1));
    STR_EMPTY(foi_regime_name((foi_regime)99));
    STR_EMPTY(foi_regime_title((foi_regime)99));
    STR_EMPTY(foi_role_name((foi_role)99));
    STR_EMPTY(foi_unit_singular((foi_unit)99));
    EINVAL(foi_rule_for(NULL, FOI_REGIME_FOIA, FOI_ROLE_RESPONSE));
    {
        foi_date d2020 = {18359}; /* 2020-04-07 */
        EINVAL(foi_rule_for_date(NULL, FOI_REGIME_FOISA, FOI_ROLE_RESPONSE, d2020));
        IS_ZERO(foi_rule_in_force(NULL, d2020));
    }
    IS_NULL(foi_rule_applied_by(FOI_REGIME_EIR, NULL));
    foi_regime regime = FOI_REGIME_EIR;
    EINVAL(foi_regime_from_name(NULL, "foia"));
    EINVAL(foi_regime_from_name(&regime, NULL));
    if (regime != FOI_REGIME_EIR)
        fail(__LINE__, "foi_regime_from_name", "output changed by a failed call");
    STR_EMPTY(foi_unit_name((foi_unit)99));
    STR_EMPTY(foi_receipt_rule_name((foi_receipt_rule)99));
    foi_receipt_rule rr = FOI_RECEIPT_NEXT_WORKING_DAY;
    EINVAL(foi_receipt_rule_from_name(NULL, "statutory"));
    EINVAL(foi_receipt_rule_from_name(&rr, NULL));
    if (rr != FOI_RECEIPT_NEXT_WORKING_DAY)
        fail(__LINE__, "foi_receipt_rule_from_name", "output changed by a failed call");
    RUNS(foi_deadline_options_init(NULL));
    foi_date d;
    foi_date_from_ymd(&d, 2026, 6, 1);
    foi_deadline keep;
    memset(&keep, 0x5a, sizeof keep);
    foi_deadline out = keep;
    EINVAL(foi_deadline_compute(NULL, rule, d, NULL));
    EINVAL(foi_deadline_compute(&out, NULL, d, NULL));
    UNCHANGED(out, keep);
    STATUS(foi_deadline_compute(dl, rule, d, NULL), FOI_OK);
    STR_EMPTY(foi_state_name((foi_state)99));
    foi_status st, st_keep;
    memset(&st_keep, 0x5a, sizeof st_keep);
    st = st_keep;
    EINVAL(foi_deadline_status(NULL, dl, d, NULL));
    EINVAL(foi_deadline_status(&st, NULL, d, NULL));
    UNCHANGED(st, st_keep);
    STATUS(foi_deadline_status(&st, dl, d, NULL), FOI_OK);
    char buf[32];
    IS_ZERO(foi_deadline_text(buf, sizeof buf, NULL, FOI_RECEIPT_STATUTORY, NULL));
    note("foi_deadline_text(NULL, 0, dl, FOI_RECEIPT_STATUTORY, NULL)", __LINE__);
    if (foi_deadline_text(NULL, 0, dl, FOI_RECEIPT_STATUTORY, NULL) == 0)
        fail(__LINE__, "foi_deadline_text(NULL, 0, ...)", "want the length it would write");
}

static foi_timeline *timelines(foi_case *c)
{
    STR_EMPTY(foi_event_name((foi_event)99));
    foi_event ev = FOI_EVENT_RESPONDED;
    EINVAL(foi_event_from_name(NULL, "received"));
    EINVAL(foi_event_from_name(&ev, NULL));
    if (ev != FOI_EVENT_RESPONDED)
        fail(__LINE__, "foi_event_from_name", "output changed by a failed call");
    STR_EMPTY(foi_direction_ground_name((foi_direction_ground)99));
    foi_direction_ground ground = FOI_GROUND_OUTSIDE_UK;
    EINVAL(foi_direction_ground_from_name(NULL, "outside-uk"));
    EINVAL(foi_direction_ground_from_name(&ground, NULL));
    if (ground != FOI_GROUND_OUTSIDE_UK)
        fail(__LINE__, "foi_direction_ground_from_name", "output changed by a failed call");
    foi_date d;
    foi_date_from_ymd(&d, 2026, 6, 1);
    RUNS(foi_case_init(NULL, FOI_REGIME_FOIA));
    RUNS(foi_case_set(NULL, FOI_EVENT_RECEIVED, d));
    foi_case_init(c, FOI_REGIME_FOIA);
    foi_case_set(c, FOI_EVENT_RECEIVED, d);
    IS_ZERO(foi_case_warnings(NULL, 0, NULL, d));
    RUNS(foi_case_warnings(NULL, 3, c, d));
    foi_timeline *t = NULL;
    EINVAL(foi_timeline_compute(NULL, c));
    EINVAL(foi_timeline_compute(&t, NULL));
    IS_NULL(t);
    foi_timeline_compute(&t, c);
    IS_ZERO(foi_timeline_count(NULL));
    IS_NULL(foi_timeline_entry_at(NULL, 0));
    foi_status st;
    EINVAL(foi_timeline_status(NULL, t, 0, d));
    EINVAL(foi_timeline_status(&st, NULL, 0, d));
    RUNS(foi_timeline_free(NULL));
    char buf[64];
    foi_timeline_status(&st, t, 0, d);
    IS_ZERO(foi_status_text(buf, sizeof buf, NULL, &st));
    IS_ZERO(foi_status_text(buf, sizeof buf, foi_timeline_entry_at(t, 0), NULL));
    STR_EMPTY(foi_advice_kind_name((foi_advice_kind)99));
    STR_EMPTY(foi_audience_name((foi_audience)99));
    foi_audience who = FOI_AUDIENCE_AUTHORITY;
    EINVAL(foi_audience_from_name(NULL, "requester"));
    EINVAL(foi_audience_from_name(&who, NULL));
    if (who != FOI_AUDIENCE_AUTHORITY)
        fail(__LINE__, "foi_audience_from_name", "output changed by a failed call");
    IS_ZERO(foi_event_field((foi_event)99)); /* FOI_FIELD_NONE */
    foi_advice adv[8];
    size_t nadv = 77;
    EINVAL(foi_timeline_advice(adv, 8, NULL, t, d));
    EINVAL(foi_timeline_advice(adv, 8, &nadv, NULL, d));
    if (nadv != 77)
        fail(__LINE__, "foi_timeline_advice", "output changed by a failed call");
    EINVAL(foi_timeline_advice(NULL, 8, &nadv, t, d));
    STATUS(foi_timeline_advice(NULL, 0, &nadv, t, d), FOI_OK); /* counts only */
    IS_ZERO(foi_advice_text(buf, sizeof buf, NULL));
    char *text = NULL;
    EINVAL(foi_timeline_text(NULL, c, t, d));
    EINVAL(foi_timeline_text(&text, NULL, t, d));
    EINVAL(foi_timeline_text(&text, c, NULL, d));
    IS_NULL(text);
    return t;
}

static void json(const foi_deadline *dl, const foi_case *c, const foi_timeline *t)
{
    char *out = NULL;
    foi_date d;
    foi_date_from_ymd(&d, 2026, 6, 1);
    note("foi_json_schema_version()", __LINE__);
    if (foi_json_schema_version() < 1)
        fail(__LINE__, "foi_json_schema_version()", "below 1");
    EINVAL(foi_deadline_json(NULL, dl, FOI_RECEIPT_STATUTORY));
    EINVAL(foi_deadline_json(&out, NULL, FOI_RECEIPT_STATUTORY));
    EINVAL(foi_timeline_json(NULL, c, t, d));
    EINVAL(foi_timeline_json(&out, NULL, t, d));
    EINVAL(foi_timeline_json(&out, c, NULL, d));
    EINVAL(foi_rules_json(NULL));
    EINVAL(foi_holidays_json(NULL, NULL, 0));
    EINVAL(foi_holidays_json(&out, NULL, 1));
    EINVAL(foi_json_quote(NULL, "x"));
    EINVAL(foi_json_quote(&out, NULL));
    IS_NULL(out);
    RUNS(foi_json_free(NULL));
    char buf[16];
    IS_ZERO(foi_utf8_char(NULL, 3));
    note("foi_json_escape(NULL, 0, \"x\", 1)", __LINE__);
    if (foi_json_escape(NULL, 0, "x", 1) != 3)
        fail(__LINE__, "foi_json_escape(NULL, 0, \"x\", 1)", "want 3, the length it would write");
    note("foi_json_escape(buf, sizeof buf, NULL, 3)", __LINE__);
    if (foi_json_escape(buf, sizeof buf, NULL, 3) != 2 || strcmp(buf, "\"\"") != 0)
        fail(__LINE__, "foi_json_escape(buf, sizeof buf, NULL, 3)", "want \"\" (an empty string)");
}

static void batches(const foi_case *c)
{
    const foi_rule *rule;
    foi_rule_find(&rule, "foia.response");
    foi_date d, due[1];
    foi_date_from_ymd(&d, 2026, 6, 1);
    int status[1];
    size_t failed = 0;
    EINVAL(foi_deadline_batch(due, status, NULL, &d, 1, NULL, &failed));
    EINVAL(foi_deadline_batch(NULL, status, rule, &d, 1, NULL, &failed));
    EINVAL(foi_deadline_batch(due, status, rule, NULL, 1, NULL, &failed));
    STATUS(foi_deadline_batch(due, NULL, rule, &d, 1, NULL, NULL), FOI_OK);
    STATUS(foi_deadline_batch(NULL, NULL, rule, NULL, 0, NULL, NULL), FOI_OK);
    STR_EMPTY(foi_case_status_name((foi_case_status)99));
    foi_case_result r;
    EINVAL(foi_case_evaluate(NULL, c, d));
    EINVAL(foi_case_evaluate(&r, NULL, d));
    EINVAL(foi_case_batch(NULL, status, c, 1, d, &failed));
    EINVAL(foi_case_batch(&r, status, NULL, 1, d, &failed));
    STATUS(foi_case_batch(&r, NULL, c, 1, d, NULL), FOI_OK);

    foi_stats *s = NULL;
    EINVAL(foi_stats_new(NULL));
    foi_stats_new(&s);
    RUNS(foi_stats_free(NULL));
    RUNS(foi_stats_add(NULL, 0, &r));
    RUNS(foi_stats_add(s, 0, NULL));
    foi_totals totals;
    RUNS(foi_stats_get(NULL, s));
    RUNS(foi_stats_get(&totals, NULL));
    foi_stats_free(s);

    static const char csv[] = "rule,start\nfoia.response,2026-06-01\n";
    foi_csv_reader *reader = NULL;
    EINVAL(foi_csv_reader_new(NULL, read_nothing, NULL, "x", NULL));
    EINVAL(foi_csv_reader_new(&reader, NULL, NULL, "x", NULL));
    STATUS(foi_csv_reader_new(&reader, read_nothing, NULL, NULL, NULL), FOI_OK);
    foi_csv_reader_free(reader);
    reader = NULL;
    EINVAL(foi_csv_reader_new_memory(NULL, csv, sizeof csv - 1, "x", NULL));
    EINVAL(foi_csv_reader_new_memory(&reader, NULL, 5, "x", NULL));
    STATUS(foi_csv_reader_new_memory(&reader, csv, sizeof csv - 1, NULL, NULL), FOI_OK);
    foi_csv_record header, row;
    EINVAL(foi_csv_read(NULL, &header));
    EINVAL(foi_csv_read(reader, NULL));
    foi_csv_read(reader, &header);
    IS_ZERO(foi_csv_reader_flags(NULL));
    RUNS(foi_csv_reader_free(NULL));

    RUNS(foi_batch_options_init(NULL));
    STR_EMPTY(foi_batch_column_name((foi_batch_column)999));
    foi_batch *batch = NULL;
    EINVAL(foi_batch_new(NULL, &header, NULL));
    EINVAL(foi_batch_new(&batch, NULL, NULL));
    IS_NULL(batch);
    STATUS(foi_batch_new(&batch, &header, NULL), FOI_OK);
    size_t ncols = 77;
    IS_NULL(foi_batch_columns(NULL, &ncols));
    if (ncols != 0)
        fail(__LINE__, "foi_batch_columns(NULL, &n)", "want *n == 0");
    note("foi_batch_columns(batch, NULL)", __LINE__);
    foi_batch_columns(batch, NULL);
    IS_ZERO(foi_batch_width(NULL));
    foi_csv_read(reader, &row);
    foi_batch_result br;
    EINVAL(foi_batch_row(NULL, batch, &row));
    EINVAL(foi_batch_row(&br, NULL, &row));
    EINVAL(foi_batch_row(&br, batch, NULL));
    IS_NULL(foi_batch_stats(NULL));
    RUNS(foi_batch_free(NULL));
    foi_batch_free(batch);
    foi_csv_reader_free(reader);
}

static void ical(const foi_deadline *dl, const foi_case *c, const foi_timeline *t)
{
    foi_date y0, y1;
    foi_date_from_ymd(&y0, 2026, 1, 1);
    foi_date_from_ymd(&y1, 2026, 12, 31);
    const foi_calendar *uk = foi_calendar_builtin(FOI_CAL_UK);
    char *out = NULL;
    RUNS(foi_ics_options_init(NULL));
    const foi_case *cs[1] = {c};
    const foi_timeline *ts[1] = {t};
    EINVAL(foi_ics_timelines(NULL, cs, ts, 1, NULL));
    EINVAL(foi_ics_timelines(&out, NULL, ts, 1, NULL));
    EINVAL(foi_ics_timelines(&out, cs, NULL, 1, NULL));
    STATUS(foi_ics_timelines(&out, cs, ts, 1, NULL), FOI_OK);
    foi_ics_free(out);
    out = NULL;
    EINVAL(foi_ics_deadline(NULL, dl, "ref", NULL));
    EINVAL(foi_ics_deadline(&out, NULL, "ref", NULL));
    STATUS(foi_ics_deadline(&out, dl, NULL, NULL), FOI_OK);
    foi_ics_free(out);
    out = NULL;
    EINVAL(foi_ics_holidays(NULL, uk, y0, y1, NULL));
    EINVAL(foi_ics_holidays(&out, NULL, y0, y1, NULL));
    IS_NULL(out);
    RUNS(foi_ics_free(NULL));
    foi_ics_writer *w = NULL;
    char *header = NULL, *events = NULL;
    EINVAL(foi_ics_writer_new(NULL, &header, "t", NULL));
    EINVAL(foi_ics_writer_new(&w, NULL, "t", NULL));
    STATUS(foi_ics_writer_new(&w, &header, NULL, NULL), FOI_OK);
    EINVAL(foi_ics_writer_case(NULL, &events, c, t, NULL, 1));
    EINVAL(foi_ics_writer_case(w, NULL, c, t, NULL, 1));
    EINVAL(foi_ics_writer_case(w, &events, NULL, t, NULL, 1));
    EINVAL(foi_ics_writer_case(w, &events, c, NULL, NULL, 1));
    EINVAL(foi_ics_writer_deadline(NULL, &events, dl, NULL, NULL, 1));
    EINVAL(foi_ics_writer_deadline(w, NULL, dl, NULL, NULL, 1));
    EINVAL(foi_ics_writer_deadline(w, &events, NULL, NULL, NULL, 1));
    IS_NULL(events);
    char *tail = NULL;
    EINVAL(foi_ics_writer_finish(NULL, &tail));
    EINVAL(foi_ics_writer_finish(w, NULL));
    IS_NULL(tail);
    foi_ics_counts counts;
    RUNS(foi_ics_writer_counts(NULL, &counts));
    RUNS(foi_ics_writer_counts(w, NULL));
    RUNS(foi_ics_writer_free(NULL));
    foi_ics_writer_free(w);
    foi_ics_free(header);
    foi_calendar_builder *b;
    foi_calendar_builder_new(&b);
    EINVAL(foi_ics_load_holidays(NULL, "scotland.ics", 0));
    EINVAL(foi_ics_load_holidays(b, NULL, 0));
    EINVAL(foi_ics_load_holidays_text(NULL, "x", 1, "scotland.ics", 0));
    EINVAL(foi_ics_load_holidays_text(b, NULL, 1, "scotland.ics", 0));
    EINVAL(foi_ics_import_holidays(NULL, "scotland.ics", 0, NULL));
    EINVAL(foi_ics_import_holidays(b, NULL, 0, NULL));
    EINVAL(foi_ics_import_holidays_text(NULL, "x", 1, "scotland.ics", 0, NULL));
    EINVAL(foi_ics_import_holidays_text(b, NULL, 1, "scotland.ics", 0, NULL));
    foi_calendar_builder_free(b);
}

static void versions(void)
{
    note("foi_version_number()", __LINE__);
    if (foi_version_number() <= 0)
        fail(__LINE__, "foi_version_number()", "not positive");
    note("foi_version_string()", __LINE__);
    if (!foi_version_string() || !*foi_version_string())
        fail(__LINE__, "foi_version_string()", "empty");
}

int main(int argc, char **argv)
{
    list_covered = argc > 1 && strcmp(argv[1], "--covered") == 0;
    foi_deadline dl;
    foi_case c;
    dates();
    errors();
    calendars();
    rules(&dl);
    foi_timeline *t = timelines(&c);
    json(&dl, &c, t);
    batches(&c);
    ical(&dl, &c, t);
    versions();
    foi_timeline_free(t);
    if (list_covered) {
        for (size_t i = 0; i < ncovered; i++)
            printf("%s\n", covered[i]);
        return failures ? 1 : 0;
    }
    printf("%zu functions checked, %d failures\n", ncovered, failures);
    return failures ? 1 : 0;
}
