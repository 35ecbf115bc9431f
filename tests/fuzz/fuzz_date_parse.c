/* Fuzz target: the date and date-time parser. Besides not crashing, every
 * input must either fail with a clear message or give a valid date that
 * formats and parses back to itself, and the counted and NUL-terminated
 * entry points must agree. */
#include <foiclock/foiclock.h>

#include "fuzz.h"

static void round_trip(foi_date d, const char *text, const char *form)
{
    foi_date back;
    int had_time = -1;
    int rc = foi_date_parse(&back, text, &had_time);
    FUZZ_REQUIRE(rc == FOI_OK && back.serial == d.serial && had_time == 0,
                 "%s form '%s' does not parse back to serial %ld (rc %d: %s)", form, text,
                 (long)d.serial, rc, foi_error_last());
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    foi_date d = {-1}, d2 = {-2};
    int had_time = -1, had_time2 = -1;
    int rc = foi_date_parse_n(&d, text, size, &had_time);

    if (rc != FOI_OK) {
        FUZZ_REQUIRE(rc == FOI_EINVAL || rc == FOI_ERANGE, "unexpected status %d", rc);
        FUZZ_REQUIRE(fuzz_message_ok(foi_error_last()), "bad message '%s'", foi_error_last());
        FUZZ_REQUIRE(d.serial == -1 && had_time == -1, "outputs written on failure");
    } else {
        FUZZ_REQUIRE(d.serial >= FOI_DATE_MIN_SERIAL && d.serial <= FOI_DATE_MAX_SERIAL,
                     "serial %ld out of range", (long)d.serial);
        FUZZ_REQUIRE(had_time == 0 || had_time == 1, "had_time %d", had_time);
        char iso[FOI_DATE_ISO_SIZE], longform[FOI_DATE_LONG_SIZE], uk[16];
        int y, m, dd;
        foi_date_to_ymd(d, &y, &m, &dd);
        round_trip(d, foi_date_format_iso(d, iso), "ISO");
        /* The written form has no leading zeros, and the parser wants a
         * four-digit year: years before 1000 only round-trip in ISO form. */
        if (y >= 1000)
            round_trip(d, foi_date_format_long(d, longform), "long");
        snprintf(uk, sizeof uk, "%d/%d/%04d", dd, m, y);
        round_trip(d, uk, "UK numeric");
    }

    /* The NUL-terminated entry point sees the text up to the first NUL. */
    char *copy = malloc(size + 1);
    if (!copy)
        return 0;
    memcpy(copy, data, size);
    copy[size] = '\0';
    int rc2 = foi_date_parse(&d2, copy, &had_time2);
    if (!memchr(data, '\0', size)) {
        FUZZ_REQUIRE(rc2 == rc, "parse %d but parse_n %d", rc2, rc);
        FUZZ_REQUIRE(rc || (d2.serial == d.serial && had_time2 == had_time),
                     "parse and parse_n disagree");
    } else {
        FUZZ_REQUIRE(rc == FOI_EINVAL, "an embedded NUL byte was accepted");
    }
    free(copy);
    return 0;
}
