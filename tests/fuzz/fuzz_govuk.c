/* Fuzz target: the CLI's reader of GOV.UK's bank-holidays.json feed
 * (src/cli/govuk.c). Any input is read or refused with a message that names
 * the file; a feed that is read keeps what statute fixes (Christmas Day on
 * every calendar, Good Friday on uk, england-and-wales and
 * northern-ireland) and leaves every year without an event as it was. */
#include <foiclock/foiclock.h>

#include "cli.h"
#include "fuzz.h"

#define FIRST_YEAR 1971
#define LAST_YEAR 2199
#define NAME "bank-holidays.json"

static foi_date ymd(int y, int m, int d)
{
    foi_date out = {0};
    foi_date_from_ymd(&out, y, m, d);
    return out;
}

/* Whether any calendar built from b has a holiday from the file in year y. */
static int from_file(const foi_calendar *c, int y)
{
    const foi_holiday *h;
    size_t n;
    if (foi_calendar_holidays(&h, &n, c, ymd(y, 1, 1), ymd(y, 12, 31)))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (strcmp(h[i].source, NAME) == 0)
            return 1;
    return 0;
}

static void check(const foi_calendar_builder *b)
{
    static const foi_calendar_id ids[] = {FOI_CAL_UK, FOI_CAL_SCOTLAND, FOI_CAL_ENGLAND_WALES,
                                          FOI_CAL_NORTHERN_IRELAND};
    for (size_t k = 0; k < sizeof ids / sizeof *ids; k++) {
        foi_calendar *c = NULL;
        FUZZ_REQUIRE(foi_calendar_builder_build(&c, b, ids[k]) == FOI_OK, "build: %s",
                     foi_error_last());
        const foi_calendar *builtin = foi_calendar_builtin(ids[k]);
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            foi_date xmas = ymd(y, 12, 25), easter;
            foi_easter_sunday(&easter, y);
            foi_date gf = {easter.serial - 2};
            FUZZ_REQUIRE(foi_calendar_is_working_day(c, xmas) == 0, "Christmas Day %d works", y);
            if (ids[k] != FOI_CAL_SCOTLAND)
                FUZZ_REQUIRE(foi_calendar_is_working_day(c, gf) == 0, "Good Friday %d works", y);
            if (from_file(c, y))
                continue;
            /* A year the feed does not give is as built in, day by day. */
            for (int32_t z = ymd(y, 1, 1).serial; z <= ymd(y, 12, 31).serial; z += 3)
                FUZZ_REQUIRE(foi_calendar_is_working_day(c, (foi_date){z}) ==
                                 foi_calendar_is_working_day(builtin, (foi_date){z}),
                             "day %ld of a year without events changed", (long)z);
        }
        foi_calendar_free(c);
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
    char err[1024] = "";
    int rc = govuk_json_import(b, (const char *)data, size, NAME, r, err, sizeof err);
    if (rc) {
        FUZZ_REQUIRE(rc == -1, "status %d", rc);
        FUZZ_REQUIRE(strncmp(err, NAME ":", sizeof NAME) == 0,
                     "message does not name the file: '%s'", err);
        FUZZ_REQUIRE(strlen(err) > sizeof NAME + 1, "empty message");
    } else {
        FUZZ_REQUIRE(*err == '\0', "a feed read left a message '%s'", err);
    }
    /* Also after a refusal: divisions read before the fault stay imported,
     * which is why the CLI reads each file on a builder of its own first. */
    check(b);
    foi_import_report_free(r);
    foi_calendar_builder_free(b);
    return 0;
}
