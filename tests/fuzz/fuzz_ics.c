/* Fuzz target: iCalendar holiday import. Any input must either load, giving
 * calendars that still answer, or be rejected whole with a clear message,
 * leaving the builder exactly as it was. */
#include <foiclock/foiclock.h>
#include <foiclock/ical.h>

#include "fuzz.h"

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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    foi_calendar_builder *b = NULL;
    if (foi_calendar_builder_new(&b))
        return 0;
    /* Every builder starts from the same built-in data. */
    static uint32_t before;
    if (!before)
        before = fingerprint(b);
    int rc = foi_ics_load_holidays_text(b, (const char *)data, size, "scotland.ics", 0);
    if (rc != FOI_OK) {
        FUZZ_REQUIRE(rc == FOI_EINVAL || rc == FOI_ERANGE || rc == FOI_ENOMEM, "status %d", rc);
        FUZZ_REQUIRE(fuzz_message_ok(foi_error_last()), "bad message '%s'", foi_error_last());
        FUZZ_REQUIRE(strncmp(foi_error_last(), "scotland.ics", 12) == 0,
                     "message does not name the file: '%s'", foi_error_last());
        FUZZ_REQUIRE(fingerprint(b) == before, "a rejected file changed the builder");
    } else {
        /* A loaded file gives working calendars: every day answers. */
        foi_calendar *c = NULL;
        FUZZ_REQUIRE(foi_calendar_builder_build(&c, b, FOI_CAL_SCOTLAND) == FOI_OK, "build: %s",
                     foi_error_last());
        foi_date d, out;
        foi_date_from_ymd(&d, 2026, 6, 1);
        FUZZ_REQUIRE(foi_calendar_add(&out, c, d, 20) == FOI_OK, "add failed");
        FUZZ_REQUIRE(foi_calendar_is_working_day(c, out) == 1, "answer is not a working day");
        foi_calendar_free(c);
    }
    foi_calendar_builder_free(b);
    return 0;
}
