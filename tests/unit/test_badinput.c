/*
 * The bad-input catalogue for the library: every public entry point fed the
 * classes of bad input (empty, whitespace, overlong, non-UTF-8, NUL bytes,
 * NULL pointers, impossible dates, out-of-range years, date values no
 * constructor makes, huge and negative counts, unknown ids, conflicting
 * inputs). Each must fail with the documented status, leave its outputs
 * alone and leave a message that is non-empty, printable ASCII and, where
 * there is text, names it. The CLI's half is tests/cli/badinput.sh.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "testutil.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* An output value no call produces, to show that a failure left it alone. */
#define SENTINEL 0x5a5a5a5a

static void assert_message(const char *what)
{
    const char *m = foi_error_last();
    size_t n = strlen(m);
    ck_assert_msg(n > 0 && n < 512, "%s: message of length %zu", what, n);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg((unsigned char)m[i] >= 0x20 && (unsigned char)m[i] < 0x7f,
                      "%s: byte 0x%02x at %zu of message \"%s\"", what, (unsigned char)m[i], i, m);
}

/* ---- text: names, ids and dates ---- */

struct bad_text {
    const char *class;
    const char *text; /* NULL: a NULL pointer */
    size_t len;       /* bytes of text, which may hold NUL bytes */
};

static char overlong[10001];

static const struct bad_text bad_texts[] = {
    {"empty", "", 0},
    {"whitespace", " \t ", 3},
    {"newline", "\n", 1},
    {"overlong", overlong, sizeof overlong - 1},
    {"non-UTF-8", "\xff\xfe", 2},
    {"non-UTF-8 after a valid name", "uk\xff", 3},
    {"overlong UTF-8 encoding", "\xc0\xafuk", 4},
    {"NUL byte inside", "uk\0scotland", 11},
    {"NUL byte first", "\0uk", 3},
    {"control characters", "\x1b[2J", 4},
    {"trailing space", "uk ", 3},
    {"wrong case", "UK", 2},
    {"NULL", NULL, 0},
};

/* A lookup by name: calendar, division, rule, regime, receipt rule, event. */
struct lookup {
    const char *entry;
    int (*call)(int *out, const char *name);
    int want; /* status for an unknown name */
};

static int call_calendar(int *out, const char *name)
{
    foi_calendar_id id = (foi_calendar_id)SENTINEL;
    int rc = foi_calendar_id_from_name(&id, name);
    *out = (int)id;
    return rc;
}

static int call_division(int *out, const char *name)
{
    unsigned d = SENTINEL;
    int rc = foi_division_from_name(&d, name);
    *out = (int)d;
    return rc;
}

static int call_rule(int *out, const char *name)
{
    const foi_rule *r = (const foi_rule *)&bad_texts[0];
    int rc = foi_rule_find(&r, name);
    *out = r == (const foi_rule *)&bad_texts[0] ? SENTINEL : 0;
    return rc;
}

static int call_regime(int *out, const char *name)
{
    foi_regime r = (foi_regime)SENTINEL;
    int rc = foi_regime_from_name(&r, name);
    *out = (int)r;
    return rc;
}

static int call_receipt(int *out, const char *name)
{
    foi_receipt_rule r = (foi_receipt_rule)SENTINEL;
    int rc = foi_receipt_rule_from_name(&r, name);
    *out = (int)r;
    return rc;
}

static int call_event(int *out, const char *name)
{
    foi_event e = (foi_event)SENTINEL;
    int rc = foi_event_from_name(&e, name);
    *out = (int)e;
    return rc;
}

/* Dates: the NUL-terminated parser sees the text up to the first NUL. */
static int call_parse(int *out, const char *text)
{
    foi_date d = {SENTINEL};
    int rc = foi_date_parse(&d, text, NULL);
    *out = d.serial;
    return rc;
}

static const struct lookup lookups[] = {
    {"foi_calendar_id_from_name", call_calendar, FOI_ENOTFOUND},
    {"foi_division_from_name", call_division, FOI_ENOTFOUND},
    {"foi_rule_find", call_rule, FOI_ENOTFOUND},
    {"foi_regime_from_name", call_regime, FOI_ENOTFOUND},
    {"foi_receipt_rule_from_name", call_receipt, FOI_ENOTFOUND},
    {"foi_event_from_name", call_event, FOI_ENOTFOUND},
    {"foi_date_parse", call_parse, FOI_EINVAL},
};

/* The NUL-terminated entry points see up to the first NUL, so "uk\0..."
 * is the valid name "uk" there: skip those for the calendar lookup. */
static int is_valid_prefix(const struct lookup *l, const struct bad_text *t)
{
    return t->text && strlen(t->text) < t->len && l->call == call_calendar &&
           strcmp(t->text, "uk") == 0;
}

START_TEST(test_text_catalogue)
{
    memset(overlong, 'a', sizeof overlong - 1);
    const struct lookup *l = &lookups[_i];
    for (size_t k = 0; k < COUNT(bad_texts); k++) {
        const struct bad_text *t = &bad_texts[k];
        if (is_valid_prefix(l, t))
            continue;
        int out = 0;
        char what[128];
        snprintf(what, sizeof what, "%s, %s", l->entry, t->class);
        int rc = l->call(&out, t->text);
        /* Empty and NULL parse input is FOI_EINVAL like every other bad date;
         * a NULL name is an invalid argument to every lookup (error.h). */
        int want = t->text ? l->want : FOI_EINVAL;
        ck_assert_msg(rc == want, "%s: status %d, want %d", what, rc, want);
        ck_assert_msg(out == SENTINEL, "%s: output written on failure", what);
        assert_message(what);
        if (t->text && t->len > 80)
            ck_assert_msg(strstr(foi_error_last(), "...") != NULL,
                          "%s: overlong input not cut in \"%s\"", what, foi_error_last());
    }
}
END_TEST

/* The counted parser sees every byte, NULs included. */
START_TEST(test_parse_n_catalogue)
{
    memset(overlong, 'a', sizeof overlong - 1);
    for (size_t k = 0; k < COUNT(bad_texts); k++) {
        const struct bad_text *t = &bad_texts[k];
        foi_date d = {SENTINEL};
        int had_time = SENTINEL;
        int rc = foi_date_parse_n(&d, t->text, t->len, &had_time);
        ck_assert_msg(rc == FOI_EINVAL, "%s: status %d", t->class, rc);
        ck_assert_msg(d.serial == SENTINEL && had_time == SENTINEL, "%s: outputs written",
                      t->class);
        assert_message(t->class);
    }
    /* A date followed by a NUL byte and more text is not a date. */
    foi_date d = {SENTINEL};
    ck_assert_int_eq(foi_date_parse_n(&d, "2018-10-15\0x", 12, NULL), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "NUL"));
}
END_TEST

/* ---- impossible dates and out-of-range years ---- */

struct bad_ymd {
    const char *class;
    int y, m, d;
};

static const struct bad_ymd bad_ymds[] = {
    {"29 February in a common year", 2019, 2, 29},
    {"30 February", 2020, 2, 30},
    {"31 April", 2018, 4, 31},
    {"day 0", 2018, 1, 0},
    {"negative day", 2018, 1, -1},
    {"month 0", 2018, 0, 1},
    {"month 13", 2018, 13, 1},
    {"year 0", 0, 1, 1},
    {"year 10000", 10000, 1, 1},
    {"negative year", -2018, 1, 1},
    {"INT_MIN everywhere", INT_MIN, INT_MIN, INT_MIN},
    {"INT_MAX everywhere", INT_MAX, INT_MAX, INT_MAX},
};

START_TEST(test_impossible_dates)
{
    const struct bad_ymd *b = &bad_ymds[_i];
    foi_date d = {SENTINEL};
    ck_assert_int_eq(foi_date_from_ymd(&d, b->y, b->m, b->d), FOI_EINVAL);
    ck_assert_int_eq(d.serial, SENTINEL);
    assert_message(b->class);
}
END_TEST

static const char *const bad_date_texts[] = {
    "30/02/2019",                    /* impossible */
    "2018-02-29",                    /* impossible */
    "31 April 2018",                 /* impossible */
    "Tuesday 15 October 2018",       /* wrong weekday */
    "2018-06-01T25:00:00Z",          /* impossible hour */
    "2018-06-01T23:30:00+24:00",     /* impossible offset */
    "0000-01-01",                    /* year 0 */
    "15/10/18",                      /* two-digit year */
    "99999-01-01",                   /* five-digit year */
    "2018-10-15T10:00",              /* no offset: no UK date */
    "1960-06-01T12:00:00Z",          /* UK clock rules unknown: FOI_ERANGE */
    "2200-01-01T00:30:00Z",          /* likewise */
    "Mon, 15 Oct 2018 10:00:00 EST", /* ambiguous zone */
};

START_TEST(test_bad_date_texts)
{
    foi_date d = {SENTINEL};
    int rc = foi_date_parse(&d, bad_date_texts[_i], NULL);
    ck_assert_msg(rc == FOI_EINVAL || (rc == FOI_ERANGE && strstr(bad_date_texts[_i], "T")),
                  "'%s': status %d", bad_date_texts[_i], rc);
    ck_assert_int_eq(d.serial, SENTINEL);
    assert_message(bad_date_texts[_i]);
    ck_assert_msg(strstr(foi_error_last(), bad_date_texts[_i]) != NULL,
                  "message \"%s\" does not name the input", foi_error_last());
}
END_TEST

/* Dates the calendars do not cover, and values no constructor makes. */
static const int32_t bad_serials[] = {
    364,                     /* 1970-12-31: before the calendars */
    84006,                   /* 2200-01-01: after them */
    FOI_DATE_MIN_SERIAL,     /* 0001-01-01 */
    FOI_DATE_MAX_SERIAL,     /* 9999-12-31 */
    FOI_DATE_MIN_SERIAL - 1, /* not a date */
    FOI_DATE_MAX_SERIAL + 1, /* not a date */
    INT32_MIN,
    INT32_MAX,
};

static int serial_is_date(int32_t s)
{
    return s >= FOI_DATE_MIN_SERIAL && s <= FOI_DATE_MAX_SERIAL;
}

START_TEST(test_dates_outside_the_calendars)
{
    foi_date d = {bad_serials[_i]};
    char what[64];
    snprintf(what, sizeof what, "serial %ld", (long)d.serial);
    /* A date outside the calendars is FOI_ERANGE; a serial that is no date
     * at all is an invalid argument (error.h), FOI_EINVAL. */
    int range = serial_is_date(d.serial) ? FOI_ERANGE : FOI_EINVAL;
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        const foi_calendar *cal = foi_calendar_builtin((foi_calendar_id)id);
        foi_date out = {SENTINEL};
        int n = SENTINEL;
        ck_assert_int_eq(foi_calendar_is_working_day(cal, d), range);
        assert_message(what);
        ck_assert_int_eq(foi_calendar_add(&out, cal, d, 20), range);
        ck_assert_int_eq(foi_calendar_add(&out, cal, d, 0), range);
        ck_assert_int_eq(foi_calendar_next(&out, cal, d), range);
        ck_assert_int_eq(foi_calendar_prev(&out, cal, d), range);
        ck_assert_int_eq(out.serial, SENTINEL);
        ck_assert_int_eq(foi_calendar_count(&n, cal, d, D(2018, 10, 15)), range);
        ck_assert_int_eq(foi_calendar_count(&n, cal, D(2018, 10, 15), d), range);
        ck_assert_int_eq(n, SENTINEL);
        assert_message(what);
    }
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_add(b, d, FOI_DIV_ALL, "x"), range);
    ck_assert_int_eq(foi_calendar_builder_remove(b, d, FOI_DIV_ALL), range);
    assert_message(what);
    foi_calendar_builder_free(b);

    /* Deadlines: outside the calendars FOI_ERANGE, not a date FOI_EINVAL. */
    int want = serial_is_date(d.serial) ? FOI_ERANGE : FOI_EINVAL;
    for (size_t i = 0; i < foi_rules_count(); i++) {
        foi_deadline dl;
        dl.due.serial = SENTINEL;
        int rc = foi_deadline_compute(&dl, foi_rule_at(i), d, NULL);
        /* A month or calendar-day rule needs the calendar only where its due
         * date falls, which may be inside it (28 days after 1970-12-31). */
        const foi_rule *r = foi_rule_at(i);
        if (rc == FOI_OK && serial_is_date(d.serial) && r->unit != FOI_UNIT_WORKING_DAYS &&
            r->unit != FOI_UNIT_SCHOOL_DAYS)
            continue;
        /* An extension the law gave only from 5 February 2026 (DPA 2018
         * s.54(3A)) is refused for an earlier day, whatever the calendars. */
        if (r->regime == FOI_REGIME_LE_SAR && r->role == FOI_ROLE_EXTENDED &&
            serial_is_date(d.serial) && d.serial < D(2026, 2, 5).serial) {
            ck_assert_int_eq(rc, FOI_EINVAL);
            ck_assert_ptr_nonnull(strstr(foi_error_last(), "5 February 2026"));
            continue;
        }
        /* A rule in force only for a while refuses a day 0 outside its band
         * before it looks at the calendars. */
        int outside_band = serial_is_date(d.serial) && !foi_rule_in_force(r, d);
        ck_assert_msg(rc == (outside_band ? FOI_EINVAL : want), "%s from %s: status %d",
                      foi_rule_at(i)->id, what, rc);
        ck_assert_int_eq(dl.due.serial, SENTINEL);
        assert_message(what);
    }
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, d);
    foi_timeline *t = (foi_timeline *)&c;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), want);
    ck_assert_ptr_eq(t, (foi_timeline *)&c);
    assert_message(what);
}
END_TEST

/* Values no constructor makes must not reach undefined behaviour anywhere. */
START_TEST(test_invalid_serials_are_safe)
{
    foi_date d = {bad_serials[_i]};
    char iso[FOI_DATE_ISO_SIZE], longform[FOI_DATE_LONG_SIZE];
    ck_assert_uint_eq(strlen(foi_date_format_iso(d, iso)), 10);
    ck_assert_ptr_nonnull(foi_date_format_long(d, longform));
    /* No weekday for a serial that is no date (error.h: 0 from a function
     * without a status). */
    int w = foi_date_weekday(d);
    ck_assert(serial_is_date(d.serial) ? w >= 1 && w <= 7 : w == 0);
    int y, m, dd;
    foi_date_to_ymd(d, &y, &m, &dd);
    ck_assert(m >= 1 && m <= 12 && dd >= 1 && dd <= 31);
    (void)foi_date_diff(d, (foi_date){INT32_MIN});
    (void)foi_date_diff((foi_date){INT32_MAX}, d);
    (void)foi_date_cmp(d, (foi_date){INT32_MAX});
    if (serial_is_date(d.serial))
        return;
    foi_date out = {SENTINEL};
    ck_assert_int_eq(foi_date_add_days(&out, d, 1), FOI_EINVAL);
    ck_assert_int_eq(foi_date_add_months(&out, d, 1), FOI_EINVAL);
    ck_assert_int_eq(out.serial, SENTINEL);
    assert_message("invalid serial");
    ck_assert_int_eq(foi_calendar_is_provisional(foi_calendar_builtin(FOI_CAL_UK), d, d),
                     d.serial > 0);
}
END_TEST

START_TEST(test_diff_clamps)
{
    ck_assert_int_eq(foi_date_diff((foi_date){INT32_MIN}, (foi_date){INT32_MAX}), INT32_MAX);
    ck_assert_int_eq(foi_date_diff((foi_date){INT32_MAX}, (foi_date){INT32_MIN}), INT32_MIN);
    ck_assert_int_eq(foi_date_diff(D(2018, 10, 15), D(2018, 11, 12)), 28);
}
END_TEST

START_TEST(test_out_of_range_years)
{
    foi_date out = {SENTINEL};
    int off = SENTINEL;
    ck_assert_int_eq(foi_easter_sunday(&out, 1582), FOI_ERANGE);
    ck_assert_int_eq(foi_easter_sunday(&out, 10000), FOI_ERANGE);
    ck_assert_int_eq(foi_easter_sunday(&out, INT_MIN), FOI_ERANGE);
    ck_assert_int_eq(foi_date_from_utc(&out, INT64_MIN), FOI_ERANGE);
    ck_assert_int_eq(foi_date_from_utc(&out, INT64_MAX), FOI_ERANGE);
    ck_assert_int_eq(foi_date_from_utc(&out, 0), FOI_ERANGE); /* 1970 */
    ck_assert_int_eq(foi_uk_utc_offset(&off, INT64_MIN), FOI_ERANGE);
    ck_assert_int_eq(foi_uk_utc_offset(&off, (int64_t)84006 * 86400), FOI_ERANGE);
    ck_assert_int_eq(out.serial, SENTINEL);
    ck_assert_int_eq(off, SENTINEL);
    assert_message("utc");
    /* A range entirely outside the coverage is empty, not an error. */
    const foi_holiday *h = NULL;
    size_t n = SENTINEL;
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, foi_calendar_builtin(FOI_CAL_UK),
                                           (foi_date){INT32_MIN}, D(1970, 12, 31)),
                     FOI_OK);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, foi_calendar_builtin(FOI_CAL_UK), D(2200, 1, 1),
                                           (foi_date){INT32_MAX}),
                     FOI_OK);
    ck_assert_uint_eq(n, 0);
}
END_TEST

/* ---- huge and negative counts ---- */

static const int huge_counts[] = {INT_MAX, INT_MIN, 100000, -100000, 60000, -60000};

START_TEST(test_huge_counts)
{
    int n = huge_counts[_i];
    foi_date out = {SENTINEL};
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        ck_assert_int_eq(
            foi_calendar_add(&out, foi_calendar_builtin((foi_calendar_id)id), D(2018, 10, 15), n),
            FOI_ERANGE);
        ck_assert_int_eq(out.serial, SENTINEL);
        assert_message("huge count");
        ck_assert_ptr_nonnull(strstr(foi_error_last(), "working days"));
    }
    ck_assert_int_eq(foi_date_add_days(&out, D(2018, 10, 15), n > 0 ? INT32_MAX : INT32_MIN),
                     FOI_ERANGE);
    ck_assert_int_eq(foi_date_add_months(&out, D(2018, 10, 15), n > 0 ? INT32_MAX : INT32_MIN),
                     FOI_ERANGE);
    if (n >= 100000 || n <= -60000) /* 5000 years before 2018 is year -2982 */
        ck_assert_int_eq(foi_date_add_months(&out, D(2018, 10, 15), n), FOI_ERANGE);
    ck_assert_int_eq(out.serial, SENTINEL);
}
END_TEST

/* Rules a caller builds: nonsense fields are refused, not used as indexes. */
START_TEST(test_malformed_rules)
{
    const foi_rule *good;
    ck_assert_int_eq(foi_rule_find(&good, "foia.schools"), FOI_OK);
    foi_rule bad[6];
    for (int i = 0; i < 6; i++)
        bad[i] = *good;
    bad[0].calendar = (foi_calendar_id)4;
    bad[1].unit = (foi_unit)9;
    bad[2].anchor = (foi_anchor)-1;
    bad[3].count = 0;
    bad[4].count = -20;
    bad[5].backstop = 0;
    bad[5].id = "my.rule\xff";
    for (int i = 0; i < 6; i++) {
        foi_deadline d;
        d.due.serial = SENTINEL;
        ck_assert_int_eq(foi_deadline_compute(&d, &bad[i], D(2018, 10, 15), NULL), FOI_EINVAL);
        ck_assert_int_eq(d.due.serial, SENTINEL);
        assert_message("malformed rule");
        ck_assert_ptr_nonnull(strstr(foi_error_last(), "malformed"));
    }
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "my.rule\\xff"));
}
END_TEST

/* ---- unknown ids and enum values ---- */

START_TEST(test_unknown_ids)
{
    ck_assert_ptr_null(foi_calendar_builtin((foi_calendar_id)-1));
    ck_assert_ptr_null(foi_calendar_builtin((foi_calendar_id)FOI_CAL_COUNT));
    ck_assert_ptr_null(foi_calendar_builtin((foi_calendar_id)INT_MAX));
    ck_assert_ptr_null(foi_rule_at(foi_rules_count()));
    ck_assert_ptr_null(foi_rule_at((size_t)-1));
    const char *empty[] = {
        foi_division_name(0),
        foi_division_name(3),
        foi_division_name(8),
        foi_division_title(FOI_DIV_ALL),
        foi_basis_name(-1),
        foi_basis_name(5),
        foi_regime_name((foi_regime)FOI_REGIME_COUNT),
        foi_regime_name((foi_regime)-1),
        foi_unit_name((foi_unit)4),
        foi_state_name((foi_state)7),
        foi_state_name((foi_state)-1),
        foi_event_name(FOI_EVENT_COUNT),
        foi_event_name((foi_event)-1),
        foi_weekday_name(0),
        foi_weekday_name(8),
        foi_month_name(0),
        foi_month_name(13),
        foi_calendar_name(NULL),
        foi_calendar_description(NULL),
    };
    for (size_t i = 0; i < COUNT(empty); i++)
        ck_assert_msg(empty[i] && empty[i][0] == '\0', "name %zu is \"%s\"", i, empty[i]);
    ck_assert_str_eq(foi_error_str(-99), "unknown status");
    ck_assert_str_eq(foi_error_str(1), "unknown status");
    ck_assert_uint_eq(foi_calendar_divisions(NULL), 0);
    ck_assert_int_eq((int)foi_calendar_get_id(NULL), -1);

    foi_calendar_builder *b;
    foi_calendar *cal = (foi_calendar *)&b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_build(&cal, b, (foi_calendar_id)FOI_CAL_COUNT),
                     FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_build(&cal, b, (foi_calendar_id)-1), FOI_EINVAL);
    ck_assert_ptr_eq(cal, (foi_calendar *)&b);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2018, 10, 15), 8, "x"), FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2018, 10, 15), ~0u, "x"), FOI_EINVAL);
    assert_message("division mask");
    foi_calendar_builder_free(b);

    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.division = FOI_DIV_ENGLAND_WALES | FOI_DIV_SCOTLAND;
    const foi_rule *sar;
    ck_assert_int_eq(foi_rule_find(&sar, "sar.response"), FOI_OK);
    foi_deadline d;
    ck_assert_int_eq(foi_deadline_compute(&d, sar, D(2018, 10, 15), &o), FOI_EINVAL);
    assert_message("deadline division");

    foi_case c;
    foi_timeline *t = NULL;
    foi_case_init(&c, (foi_regime)FOI_REGIME_COUNT);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, D(2018, 10, 15));
    c.division = 5;
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL);
    /* An unknown event is ignored by foi_case_set, not written out of bounds. */
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_COUNT, D(2018, 10, 15));
    foi_case_set(&c, (foi_event)-1, D(2018, 10, 15));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_EINVAL); /* still no receipt date */
    ck_assert_ptr_null(t);
    assert_message("case");
}
END_TEST

/* ---- conflicting inputs ---- */

struct conflict {
    const char *class;
    foi_regime regime;
    int events[FOI_EVENT_COUNT]; /* day offsets from 2018-10-15, or -999 for none */
    int school;
    int want;
};

#define NO -999

static const struct conflict conflicts[] = {
    {"response before receipt",
     FOI_REGIME_FOIA,
     {0, NO, NO, NO, NO, -1, NO, NO, NO},
     0,
     FOI_ECONFLICT},
    {"fee paid without a fees notice",
     FOI_REGIME_FOIA,
     {0, NO, NO, NO, 5, NO, NO, NO, NO},
     0,
     FOI_ECONFLICT},
    {"fee paid before the notice",
     FOI_REGIME_FOIA,
     {0, NO, NO, 5, 3, NO, NO, NO, NO},
     0,
     FOI_ECONFLICT},
    {"clarification received without a request for it",
     FOI_REGIME_FOIA,
     {0, NO, 4, NO, NO, NO, NO, NO, NO},
     0,
     FOI_ECONFLICT},
    {"review outcome without a review request",
     FOI_REGIME_FOIA,
     {0, NO, NO, NO, NO, 10, NO, 20, NO},
     0,
     FOI_ECONFLICT},
    {"review requested before the response",
     FOI_REGIME_FOIA,
     {0, NO, NO, NO, NO, 10, 5, NO, NO},
     0,
     FOI_ECONFLICT},
    {"decision notice before the review outcome",
     FOI_REGIME_FOIA,
     {0, NO, NO, NO, NO, 10, 12, 30, 20},
     0,
     FOI_ECONFLICT},
    {"fees notice after the response",
     FOI_REGIME_FOIA,
     {0, NO, NO, 12, NO, 10, NO, NO, NO},
     0,
     FOI_ECONFLICT},
    {"clarification sought after the response",
     FOI_REGIME_FOIA,
     {0, 12, NO, NO, NO, 10, NO, NO, NO},
     0,
     FOI_ECONFLICT},
    {"fees notice before the restart",
     FOI_REGIME_FOIA,
     {0, 1, 5, 3, NO, NO, NO, NO, NO},
     0,
     FOI_ECONFLICT},
    {"an EIR advance payment notified before the restart",
     FOI_REGIME_EIR,
     {0, 1, 5, 3, NO, NO, NO, NO, NO},
     0,
     FOI_ECONFLICT},
    {"a fee for subject access", FOI_REGIME_SAR, {0, NO, NO, 3, 5, NO, NO, NO, NO}, 0, FOI_EINVAL},
    {"a school under EISR", FOI_REGIME_EISR, {0, NO, NO, NO, NO, NO, NO, NO, NO}, 1, FOI_EINVAL},
    {"a fees notice without the receipt date",
     FOI_REGIME_FOIA,
     {NO, NO, NO, 3, NO, 10, NO, NO, NO},
     0,
     FOI_ECONFLICT},
};

START_TEST(test_conflicting_cases)
{
    const struct conflict *k = &conflicts[_i];
    foi_case c;
    foi_case_init(&c, k->regime);
    c.school = k->school;
    /* The table gives the first nine events. */
    for (int e = 0; e <= FOI_EVENT_DECISION_NOTICE; e++)
        if (k->events[e] != NO)
            foi_case_set(&c, (foi_event)e, (foi_date){D(2018, 10, 15).serial + k->events[e]});
    foi_timeline *t = NULL;
    int rc = foi_timeline_compute(&t, &c);
    ck_assert_msg(rc == k->want, "%s: status %d (%s)", k->class, rc, foi_error_last());
    ck_assert_ptr_null(t);
    assert_message(k->class);
}
END_TEST

START_TEST(test_conflicting_arguments)
{
    const foi_calendar *uk = foi_calendar_builtin(FOI_CAL_UK);
    const foi_holiday *h = NULL;
    size_t n = SENTINEL;
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, uk, D(2018, 12, 31), D(2018, 1, 1)), FOI_EINVAL);
    ck_assert_uint_eq(n, SENTINEL);
    assert_message("holidays range");

    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2018, 10, 13), FOI_DIV_ALL, "Saturday"),
                     FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2018, 10, 15), FOI_DIV_ALL, ""), FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2018, 10, 15), FOI_DIV_ALL, NULL), FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_remove(b, D(2018, 12, 25), FOI_DIV_ALL), FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_remove(b, D(2018, 3, 30), FOI_DIV_ALL), FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_remove(b, D(2018, 10, 15), FOI_DIV_ALL), FOI_ENOTFOUND);
    assert_message("builder");
    foi_calendar_builder_free(b);

    const foi_rule *r;
    ck_assert_int_eq(foi_rule_find(&r, "foia.response"), FOI_OK);
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    o.has_pause = 1;
    o.pause_from = D(2018, 10, 20);
    o.pause_to = D(2018, 10, 18);
    foi_deadline d;
    ck_assert_int_eq(foi_deadline_compute(&d, r, D(2018, 10, 15), &o), FOI_EINVAL);
    o.pause_from = D(2018, 10, 10);
    o.pause_to = D(2018, 10, 18);
    ck_assert_int_eq(foi_deadline_compute(&d, r, D(2018, 10, 15), &o), FOI_EINVAL);
    o.pause_from = D(2018, 10, 16);
    o.pause_to = (foi_date){INT32_MAX};
    ck_assert_int_eq(foi_deadline_compute(&d, r, D(2018, 10, 15), &o), FOI_EINVAL);
    foi_deadline_options_init(&o);
    o.has_response = 1;
    o.response = (foi_date){INT32_MIN};
    ck_assert_int_eq(foi_deadline_compute(&d, r, D(2018, 10, 15), &o), FOI_EINVAL);
    assert_message("pause");

    /* A status on a day no constructor makes, or with a deadline not computed. */
    ck_assert_int_eq(foi_deadline_compute(&d, r, D(2018, 10, 15), NULL), FOI_OK);
    foi_status s;
    s.state = (foi_state)SENTINEL;
    foi_date bad = {INT32_MIN};
    ck_assert_int_eq(foi_deadline_status(&s, &d, bad, NULL), FOI_EINVAL);
    ck_assert_int_eq(foi_deadline_status(&s, &d, D(2018, 10, 15), &bad), FOI_EINVAL);
    foi_deadline empty;
    memset(&empty, 0, sizeof empty);
    ck_assert_int_eq(foi_deadline_status(&s, &empty, D(2018, 10, 15), NULL), FOI_EINVAL);
    ck_assert_int_eq((int)s.state, SENTINEL);
    assert_message("status");
}
END_TEST

/* ---- NULL pointers ---- */

#define EXPECT_NULL_ARG(call)                                                                      \
    do {                                                                                           \
        int rc_ = (call);                                                                          \
        ck_assert_msg(rc_ == FOI_EINVAL, "%s: status %d", #call, rc_);                             \
        assert_message(#call);                                                                     \
        ck_assert_msg(strstr(foi_error_last(), "NULL") != NULL, "%s: message \"%s\"", #call,       \
                      foi_error_last());                                                           \
    } while (0)

START_TEST(test_null_pointers)
{
    const foi_calendar *uk = foi_calendar_builtin(FOI_CAL_UK);
    foi_date d = D(2018, 10, 15), out;
    int n;
    EXPECT_NULL_ARG(foi_date_from_ymd(NULL, 2018, 10, 15));
    EXPECT_NULL_ARG(foi_date_add_days(NULL, d, 1));
    EXPECT_NULL_ARG(foi_date_add_months(NULL, d, 1));
    EXPECT_NULL_ARG(foi_easter_sunday(NULL, 2018));
    EXPECT_NULL_ARG(foi_date_parse(NULL, "2018-10-15", NULL));
    EXPECT_NULL_ARG(foi_date_parse(&out, NULL, NULL));
    EXPECT_NULL_ARG(foi_date_parse_n(NULL, "2018-10-15", 10, NULL));
    EXPECT_NULL_ARG(foi_date_parse_n(&out, NULL, 10, NULL));
    EXPECT_NULL_ARG(foi_date_from_utc(NULL, 1539561600));
    EXPECT_NULL_ARG(foi_uk_utc_offset(NULL, 1539561600));
    EXPECT_NULL_ARG(foi_calendar_id_from_name(NULL, "uk"));
    EXPECT_NULL_ARG(foi_division_from_name(NULL, "scotland"));
    EXPECT_NULL_ARG(foi_calendar_is_provisional(NULL, d, d));
    EXPECT_NULL_ARG(foi_calendar_is_working_day(NULL, d));
    EXPECT_NULL_ARG(foi_calendar_add(NULL, uk, d, 1));
    EXPECT_NULL_ARG(foi_calendar_add(&out, NULL, d, 1));
    EXPECT_NULL_ARG(foi_calendar_next(&out, NULL, d));
    EXPECT_NULL_ARG(foi_calendar_prev(NULL, uk, d));
    EXPECT_NULL_ARG(foi_calendar_count(NULL, uk, d, d));
    EXPECT_NULL_ARG(foi_calendar_count(&n, NULL, d, d));
    const foi_holiday *h;
    size_t nh;
    EXPECT_NULL_ARG(foi_calendar_holidays(NULL, &nh, uk, d, d));
    EXPECT_NULL_ARG(foi_calendar_holidays(&h, NULL, uk, d, d));
    EXPECT_NULL_ARG(foi_calendar_holidays(&h, &nh, NULL, d, d));
    EXPECT_NULL_ARG(foi_calendar_builder_new(NULL));
    EXPECT_NULL_ARG(foi_calendar_builder_add(NULL, d, FOI_DIV_ALL, "x"));
    EXPECT_NULL_ARG(foi_calendar_builder_remove(NULL, d, FOI_DIV_ALL));
    foi_calendar *cal;
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    EXPECT_NULL_ARG(foi_calendar_builder_build(NULL, b, FOI_CAL_UK));
    EXPECT_NULL_ARG(foi_calendar_builder_build(&cal, NULL, FOI_CAL_UK));
    foi_calendar_builder_free(b);
    const foi_rule *r;
    EXPECT_NULL_ARG(foi_rule_find(NULL, "foia.response"));
    foi_regime regime;
    foi_receipt_rule receipt;
    foi_event event;
    EXPECT_NULL_ARG(foi_regime_from_name(NULL, "foia"));
    EXPECT_NULL_ARG(foi_receipt_rule_from_name(NULL, "statutory"));
    EXPECT_NULL_ARG(foi_event_from_name(NULL, "received"));
    ck_assert_int_eq(foi_rule_find(&r, "foia.response"), FOI_OK);
    foi_deadline dl;
    EXPECT_NULL_ARG(foi_deadline_compute(NULL, r, d, NULL));
    EXPECT_NULL_ARG(foi_deadline_compute(&dl, NULL, d, NULL));
    ck_assert_int_eq(foi_deadline_compute(&dl, r, d, NULL), FOI_OK);
    foi_status s;
    EXPECT_NULL_ARG(foi_deadline_status(NULL, &dl, d, NULL));
    EXPECT_NULL_ARG(foi_deadline_status(&s, NULL, d, NULL));
    foi_case c;
    foi_timeline *t;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, d);
    EXPECT_NULL_ARG(foi_timeline_compute(NULL, &c));
    EXPECT_NULL_ARG(foi_timeline_compute(&t, NULL));
    ck_assert_int_eq(foi_timeline_compute(&t, &c), FOI_OK);
    EXPECT_NULL_ARG(foi_timeline_status(NULL, t, 0, d));
    EXPECT_NULL_ARG(foi_timeline_status(&s, NULL, 0, d));
    foi_timeline_free(t);
    (void)regime;
    (void)receipt;
    (void)event;

    /* Functions without a status accept NULL quietly. */
    ck_assert_ptr_null(foi_date_format_iso(d, NULL));
    ck_assert_ptr_null(foi_date_format_long(d, NULL));
    foi_date_to_ymd(d, NULL, NULL, NULL);
    foi_calendar_coverage(NULL, &out, &out, &out);
    foi_calendar_coverage(uk, NULL, NULL, NULL);
    foi_deadline_options_init(NULL);
    foi_case_init(NULL, FOI_REGIME_FOIA);
    foi_case_set(NULL, FOI_EVENT_RECEIVED, d);
    ck_assert_uint_eq(foi_timeline_count(NULL), 0);
    ck_assert_ptr_null(foi_timeline_entry_at(NULL, 0));
    foi_timeline_free(NULL);
    foi_calendar_free(NULL);
    foi_calendar_builder_free(NULL);
    (void)uk;
}
END_TEST

int main(void)
{
    Suite *s = suite_create("badinput");
    TCase *tc = tcase_create("text");
    tcase_add_loop_test(tc, test_text_catalogue, 0, COUNT(lookups));
    tcase_add_test(tc, test_parse_n_catalogue);
    suite_add_tcase(s, tc);

    tc = tcase_create("dates");
    tcase_add_loop_test(tc, test_impossible_dates, 0, COUNT(bad_ymds));
    tcase_add_loop_test(tc, test_bad_date_texts, 0, COUNT(bad_date_texts));
    tcase_add_loop_test(tc, test_dates_outside_the_calendars, 0, COUNT(bad_serials));
    tcase_add_loop_test(tc, test_invalid_serials_are_safe, 0, COUNT(bad_serials));
    tcase_add_test(tc, test_diff_clamps);
    tcase_add_test(tc, test_out_of_range_years);
    suite_add_tcase(s, tc);

    tc = tcase_create("counts");
    tcase_add_loop_test(tc, test_huge_counts, 0, COUNT(huge_counts));
    tcase_add_test(tc, test_malformed_rules);
    suite_add_tcase(s, tc);

    tc = tcase_create("ids");
    tcase_add_test(tc, test_unknown_ids);
    suite_add_tcase(s, tc);

    tc = tcase_create("conflicts");
    tcase_add_loop_test(tc, test_conflicting_cases, 0, COUNT(conflicts));
    tcase_add_test(tc, test_conflicting_arguments);
    suite_add_tcase(s, tc);

    tc = tcase_create("null");
    tcase_add_test(tc, test_null_pointers);
    suite_add_tcase(s, tc);

    return run_suites(&s, 1);
}
