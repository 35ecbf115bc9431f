/* Fuzz target: iCalendar holiday import. Any input must either load or be
 * rejected whole with a clear message, leaving the builder exactly as it
 * was. A load must keep what statute fixes (Christmas Day on every calendar,
 * Good Friday on uk, england-and-wales and northern-ireland), leave every
 * year in which the file has no event as it was, and report every day it
 * made a working or a non-working day. */
#include <foiclock/foiclock.h>
#include <foiclock/ical.h>

#include "fuzz.h"

#define FIRST_YEAR 1971
#define LAST_YEAR 2199

static uint32_t fingerprint(const foi_calendar_builder *b)
{
    foi_calendar *c = NULL;
    if (foi_calendar_builder_build(&c, b, FOI_CAL_UK))
        return 0;
    foi_date from = {0}, to = {0}, d;
    foi_date_from_ymd(&from, 1971, 1, 4);
    foi_date_from_ymd(&to, 2199, 12, 1);
    uint32_t h = 0;
    int n = 0;
    for (int32_t z = from.serial; z <= to.serial; z += 997) {
        d.serial = z;
        if (foi_calendar_count(&n, c, from, d) == FOI_OK)
            h = h * 31u + (uint32_t)n;
    }
    foi_calendar_free(c);
    return h;
}

static foi_date ymd(int y, int m, int d)
{
    foi_date out = {0};
    foi_date_from_ymd(&out, y, m, d);
    return out;
}

/* Christmas Day and Good Friday of every year stay off on every calendar
 * statute names them for, whatever the file said. The file is Scottish, so
 * uk and scotland are the calendars it can touch. */
static void check_statutory(const foi_calendar *uk, const foi_calendar *sc)
{
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        foi_date xmas = ymd(y, 12, 25), easter;
        foi_easter_sunday(&easter, y);
        foi_date gf = {easter.serial - 2};
        FUZZ_REQUIRE(foi_calendar_is_working_day(uk, xmas) == 0, "Christmas Day %d works on uk", y);
        FUZZ_REQUIRE(foi_calendar_is_working_day(sc, xmas) == 0,
                     "Christmas Day %d works on scotland", y);
        FUZZ_REQUIRE(foi_calendar_is_working_day(uk, gf) == 0, "Good Friday %d works on uk", y);
    }
}

/* Whether the report has a note of kind on day z. */
static int noted(const foi_import_report *r, foi_import_kind kind, int32_t z)
{
    for (size_t i = 0; i < foi_import_report_count(r); i++) {
        const foi_import_note *n = foi_import_report_at(r, i);
        if (n->kind == kind && n->date.serial == z)
            return 1;
    }
    return 0;
}

/* Scotland after the import against Scotland built in: a year with no
 * holiday from the file is unchanged; in a year with one, each day that
 * changed is in the report. */
static void check_years(const foi_calendar *c, const foi_import_report *r)
{
    const foi_calendar *builtin = foi_calendar_builtin(FOI_CAL_SCOTLAND);
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
        const foi_holiday *h;
        size_t n;
        FUZZ_REQUIRE(foi_calendar_holidays(&h, &n, c, ymd(y, 1, 1), ymd(y, 12, 31)) == FOI_OK,
                     "holidays %d", y);
        int from_file = 0;
        for (size_t i = 0; i < n; i++)
            from_file |= strcmp(h[i].source, "scotland.ics") == 0;
        const foi_holiday *bh;
        size_t bn;
        foi_calendar_holidays(&bh, &bn, builtin, ymd(y, 1, 1), ymd(y, 12, 31));
        if (!from_file) {
            FUZZ_REQUIRE(n == bn, "year %d without events changed: %zu holidays, %zu built in", y,
                         n, bn);
            for (size_t i = 0; i < n; i++)
                FUZZ_REQUIRE(h[i].date.serial == bh[i].date.serial &&
                                 strcmp(h[i].name, bh[i].name) == 0,
                             "year %d without events changed", y);
            continue;
        }
        for (int32_t z = ymd(y, 1, 1).serial; z <= ymd(y, 12, 31).serial; z++) {
            int now = foi_calendar_is_working_day(c, (foi_date){z});
            int was = foi_calendar_is_working_day(builtin, (foi_date){z});
            FUZZ_REQUIRE(now == was || noted(r, now ? FOI_IMPORT_REMOVED : FOI_IMPORT_ADDED, z),
                         "day %ld changed without a note", (long)z);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    foi_calendar_builder *b = NULL;
    foi_import_report *r = NULL;
    if (foi_calendar_builder_new(&b))
        return 0;
    if (foi_import_report_new(&r)) {
        foi_calendar_builder_free(b);
        return 0;
    }
    /* Every builder starts from the same built-in data. */
    static uint32_t before;
    if (!before)
        before = fingerprint(b);
    int rc = foi_ics_import_holidays_text(b, (const char *)data, size, "scotland.ics", 0, r);
    if (rc != FOI_OK) {
        FUZZ_REQUIRE(rc == FOI_EINVAL || rc == FOI_ERANGE || rc == FOI_ENOMEM, "status %d", rc);
        FUZZ_REQUIRE(fuzz_message_ok(foi_error_last()), "bad message '%s'", foi_error_last());
        FUZZ_REQUIRE(strncmp(foi_error_last(), "scotland.ics", 12) == 0,
                     "message does not name the file: '%s'", foi_error_last());
        FUZZ_REQUIRE(fingerprint(b) == before, "a rejected file changed the builder");
        FUZZ_REQUIRE(foi_import_report_count(r) == 0, "a rejected file left notes");
    } else {
        /* A loaded file gives working calendars: every day answers. */
        foi_calendar *c = NULL;
        FUZZ_REQUIRE(foi_calendar_builder_build(&c, b, FOI_CAL_SCOTLAND) == FOI_OK, "build: %s",
                     foi_error_last());
        foi_date d = ymd(2026, 6, 1), out;
        FUZZ_REQUIRE(foi_calendar_add(&out, c, d, 20) == FOI_OK, "add failed");
        FUZZ_REQUIRE(foi_calendar_is_working_day(c, out) == 1, "answer is not a working day");
        foi_calendar *uk = NULL;
        FUZZ_REQUIRE(foi_calendar_builder_build(&uk, b, FOI_CAL_UK) == FOI_OK, "build: %s",
                     foi_error_last());
        check_statutory(uk, c);
        check_years(c, r);
        foi_calendar_free(uk);
        foi_calendar_free(c);
        for (size_t i = 0; i < foi_import_report_count(r); i++) {
            const foi_import_note *n = foi_import_report_at(r, i);
            FUZZ_REQUIRE(*n->text && n->division == FOI_DIV_SCOTLAND, "bad note");
            FUZZ_REQUIRE(strcmp(n->source, "scotland.ics") == 0, "note source '%s'", n->source);
        }
    }
    foi_import_report_free(r);
    foi_calendar_builder_free(b);
    return 0;
}
