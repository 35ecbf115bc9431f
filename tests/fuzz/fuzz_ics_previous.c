/* Fuzz target: the previous export an iCalendar export is merged with. Any
 * input must either be refused with a clear message naming the file, or
 * give a calendar of UTF-8 text with CR LF lines of at most 75 octets that,
 * read back as the previous export, gives itself again (merged and
 * replaced alike). */
#include <foiclock/foiclock.h>

#include "fuzz.h"

static void check_text(const char *s)
{
    FUZZ_REQUIRE(strncmp(s, "BEGIN:VCALENDAR\r\n", 17) == 0, "does not begin a calendar");
    size_t n = strlen(s);
    FUZZ_REQUIRE(n >= 15 && strcmp(s + n - 15, "END:VCALENDAR\r\n") == 0, "not closed");
    for (const char *p = s; *p;) {
        const char *e = strstr(p, "\r\n");
        FUZZ_REQUIRE(e != NULL, "a line without CR LF");
        FUZZ_REQUIRE(e - p <= 75, "a line of %ld octets", (long)(e - p));
        p = e + 2;
    }
    for (const unsigned char *u = (const unsigned char *)s; *u;) {
        size_t k = *u < 0x80 ? 1 : *u >= 0xF0 ? 4 : *u >= 0xE0 ? 3 : *u >= 0xC2 ? 2 : 0;
        FUZZ_REQUIRE(k > 0, "not UTF-8");
        for (size_t i = 1; i < k; i++)
            FUZZ_REQUIRE((u[i] & 0xC0) == 0x80, "not UTF-8");
        u += k;
    }
}

static int export(char **out, const char *previous, unsigned flags)
{
    foi_case c;
    foi_case_init(&c, FOI_REGIME_FOIA);
    c.ref = "F-1";
    foi_date d;
    foi_date_from_ymd(&d, 2026, 6, 1);
    foi_case_set(&c, FOI_EVENT_RECEIVED, d);
    foi_timeline *t = NULL;
    if (foi_timeline_compute(&t, &c))
        return -1;
    foi_ics_options o;
    foi_ics_options_init(&o);
    o.stamp = 1780000000;
    o.authority = "Anytown Council";
    o.previous = previous;
    o.previous_name = "prev.ics";
    o.flags = flags;
    int rc;
    if (flags & FOI_ICS_REPLACE) {
        foi_ics_writer *w = NULL;
        char *head = NULL, *body = NULL, *tail = NULL;
        rc = foi_ics_writer_new(&w, &head, "FOI deadlines", &o);
        if (!rc)
            rc = foi_ics_writer_case(w, &body, &c, t, NULL, 2);
        if (!rc)
            rc = foi_ics_writer_finish(w, &tail);
        if (!rc) {
            size_t n = strlen(head) + strlen(body) + strlen(tail) + 1;
            *out = malloc(n);
            FUZZ_REQUIRE(*out != NULL, "out of memory");
            snprintf(*out, n, "%s%s%s", head, body, tail);
        }
        foi_ics_free(head);
        foi_ics_free(body);
        foi_ics_free(tail);
        foi_ics_writer_free(w);
    } else {
        const foi_case *cs[1] = {&c};
        const foi_timeline *ts[1] = {t};
        char *text = NULL;
        rc = foi_ics_timelines(&text, cs, ts, 1, &o);
        if (!rc) {
            *out = malloc(strlen(text) + 1);
            FUZZ_REQUIRE(*out != NULL, "out of memory");
            strcpy(*out, text);
            foi_ics_free(text);
        }
    }
    foi_timeline_free(t);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *prev = malloc(size + 1);
    if (!prev)
        return 0;
    memcpy(prev, data, size);
    prev[size] = '\0';
    for (unsigned flags = 0; flags <= FOI_ICS_REPLACE; flags += FOI_ICS_REPLACE) {
        char *out = NULL, *again = NULL;
        int rc = export(&out, prev, flags);
        if (rc) {
            FUZZ_REQUIRE(rc == FOI_EINVAL || rc == FOI_ENOMEM, "status %d", rc);
            FUZZ_REQUIRE(fuzz_message_ok(foi_error_last()), "bad message '%s'", foi_error_last());
            FUZZ_REQUIRE(strncmp(foi_error_last(), "prev.ics", 8) == 0,
                         "message does not name the file: '%s'", foi_error_last());
            continue;
        }
        check_text(out);
        rc = export(&again, out, flags);
        FUZZ_REQUIRE(rc == FOI_OK, "its own output refused: %s", foi_error_last());
        FUZZ_REQUIRE(strcmp(again, out) == 0, "a second export changed the calendar:\n%s\n--\n%s",
                     out, again);
        free(out);
        free(again);
    }
    free(prev);
    return 0;
}
