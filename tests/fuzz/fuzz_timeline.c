/* Fuzz target: the case validator and timeline builder. The input is decoded
 * into a foi_case (regime, division, receipt rule, any subset of the events
 * at any dates, extensions, a school calendar, custom calendars); the timeline
 * must be refused with a clear message or come out complete and consistent. */
#include <foiclock/foiclock.h>

#include "fuzz.h"

typedef struct reader {
    const uint8_t *p;
    size_t n;
} reader;

/* The next byte, or 0 once the input is used up. */
static unsigned byte(reader *r)
{
    if (!r->n)
        return 0;
    r->n--;
    return *r->p++;
}

static uint32_t word(reader *r)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++)
        v = v << 8 | byte(r);
    return v;
}

/* Mostly dates near each other, as real cases have them; sometimes anywhere
 * in the calendars, anywhere a date can be, or any serial at all (the
 * library must refuse those without undefined behaviour). */
static foi_date date_from(reader *r, foi_date base)
{
    unsigned mode = byte(r);
    foi_date d = base;
    switch (mode & 3) {
    case 0:
    case 1: {
        unsigned hi = byte(r);
        int64_t z = (int64_t)base.serial + (int16_t)(hi << 8 | byte(r)) % 800;
        d.serial = z < INT32_MIN ? INT32_MIN : z > INT32_MAX ? INT32_MAX : (int32_t)z;
        break;
    }
    case 2:
        d.serial = (int32_t)(word(r) % (FOI_DATE_MAX_SERIAL - FOI_DATE_MIN_SERIAL + 1)) +
                   FOI_DATE_MIN_SERIAL;
        break;
    default:
        d.serial = (int32_t)word(r);
        break;
    }
    return d;
}

static foi_calendar *custom[FOI_CAL_COUNT];

static void build_custom_calendars(void)
{
    foi_calendar_builder *b;
    foi_date extra, gone;
    if (foi_calendar_builder_new(&b) || foi_date_from_ymd(&extra, 2026, 6, 16) ||
        foi_date_from_ymd(&gone, 2026, 6, 15) ||
        foi_calendar_builder_add(b, extra, FOI_DIV_SCOTLAND, "extra day") ||
        foi_calendar_builder_remove(b, gone, FOI_DIV_ALL))
        abort();
    for (int i = 0; i < FOI_CAL_COUNT; i++)
        if (foi_calendar_builder_build(&custom[i], b, (foi_calendar_id)i))
            abort();
    foi_calendar_builder_free(b);
}

static void check_entry(const foi_timeline *t, size_t i, const foi_case *c)
{
    const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
    FUZZ_REQUIRE(e && e->deadline.rule && e->deadline.calendar, "entry %zu incomplete", i);
    const foi_deadline *d = &e->deadline;
    if (!e->paused) {
        FUZZ_REQUIRE(d->due.serial > d->anchor.serial, "entry %zu (%s) due before day 0", i,
                     d->rule->id);
        FUZZ_REQUIRE(d->start.serial >= d->anchor.serial, "entry %zu starts before day 0", i);
        foi_date first, last;
        foi_calendar_coverage(d->calendar, &first, &last, NULL);
        for (size_t k = 0; k < d->n_skipped; k++) {
            int32_t s = d->skipped[k].date.serial;
            FUZZ_REQUIRE(s >= first.serial && s <= last.serial && s <= d->due.serial &&
                             (k == 0 || s >= d->skipped[k - 1].date.serial),
                         "entry %zu skipped holiday %zu misplaced", i, k);
        }
    }
    if (e->has_done_event) {
        FUZZ_REQUIRE((unsigned)e->done_event < FOI_EVENT_COUNT, "done event %d", e->done_event);
        /* Done when the case has the event, or (a complaint) when a
         * decision notice shows it was made. */
        FUZZ_REQUIRE(e->done == (c->has[e->done_event] || e->done_inferred),
                     "done flag disagrees with the case");
        FUZZ_REQUIRE(!e->done_inferred ||
                         (e->done_event == FOI_EVENT_COMPLAINED &&
                          c->has[FOI_EVENT_DECISION_NOTICE] && !c->has[FOI_EVENT_COMPLAINED]),
                     "a complaint inferred without a decision notice");
    }
    /* Status on the day of receipt, on the due date and long after (but
     * still a date: a deadline in 9999 has no day 400 days later). */
    int32_t later =
        d->due.serial > FOI_DATE_MAX_SERIAL - 400 ? FOI_DATE_MAX_SERIAL : d->due.serial + 400;
    foi_date days[3] = {c->events[FOI_EVENT_RECEIVED], d->due, {later}};
    for (int k = 0; k < 3; k++) {
        foi_status s;
        int rc = foi_timeline_status(&s, t, i, days[k]);
        FUZZ_REQUIRE(rc == FOI_OK || rc == FOI_ERANGE, "status of entry %zu: %d %s", i, rc,
                     foi_error_last());
        if (rc == FOI_OK)
            FUZZ_REQUIRE(s.remaining >= 0 && s.early >= 0 && s.late >= 0 && s.overdue >= 0,
                         "entry %zu: negative status counts", i);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!custom[0])
        build_custom_calendars();
    reader r = {data, size};
    static const unsigned divisions[8] = {
        0, FOI_DIV_ENGLAND_WALES, FOI_DIV_SCOTLAND, FOI_DIV_NORTHERN_IRELAND, 3, 8,
        0, FOI_DIV_SCOTLAND};
    unsigned head = byte(&r);
    foi_case c;
    foi_case_init(&c, (foi_regime)(head % 6)); /* 5 is no regime */
    c.division = divisions[(head >> 3) & 7];
    c.receipt_rule = (foi_receipt_rule)((head >> 6) & 1);
    unsigned flags = byte(&r);
    c.pit_extension = flags & 1;
    c.school = (flags >> 1) & 1;
    c.ref = (flags & 4) ? "REF-1" : NULL;
    for (int i = 0; i < FOI_CAL_COUNT; i++)
        if ((flags >> 4) & (1u << i))
            c.calendars[i] = custom[i];
    unsigned present = byte(&r) << 8;
    present |= byte(&r);
    foi_date base = {17819}; /* 2018-10-15 */
    foi_date prev = base;
    for (int e = 0; e < FOI_EVENT_COUNT; e++) {
        if (!(present & (1u << e)))
            continue;
        prev = date_from(&r, prev);
        foi_case_set(&c, (foi_event)e, prev);
    }
    foi_date school[64];
    size_t nschool = byte(&r) % 65;
    for (size_t i = 0; i < nschool; i++)
        school[i] = date_from(&r, i ? school[i - 1] : c.events[FOI_EVENT_RECEIVED]);
    if (c.school && (flags & 8)) {
        c.school_days = school;
        c.n_school_days = nschool;
    }

    foi_timeline *t = NULL;
    int rc = foi_timeline_compute(&t, &c);
    if (rc != FOI_OK) {
        FUZZ_REQUIRE(rc == FOI_EINVAL || rc == FOI_ERANGE || rc == FOI_ECONFLICT,
                     "unexpected status %d", rc);
        FUZZ_REQUIRE(t == NULL, "output written on failure");
        FUZZ_REQUIRE(fuzz_message_ok(foi_error_last()), "bad message '%s'", foi_error_last());
        return 0;
    }
    size_t n = foi_timeline_count(t);
    FUZZ_REQUIRE(n >= 1, "an empty timeline");
    for (size_t i = 0; i < n; i++) {
        check_entry(t, i, &c);
        if (i > 0) {
            const foi_timeline_entry *a = foi_timeline_entry_at(t, i - 1);
            const foi_timeline_entry *b = foi_timeline_entry_at(t, i);
            FUZZ_REQUIRE(
                a->paused < b->paused ||
                    (a->paused == b->paused && a->deadline.due.serial <= b->deadline.due.serial),
                "entries %zu and %zu out of order", i - 1, i);
        }
    }
    foi_status s;
    FUZZ_REQUIRE(foi_timeline_entry_at(t, n) == NULL &&
                     foi_timeline_status(&s, t, n, base) == FOI_EINVAL,
                 "entry past the end");
    foi_timeline_free(t);
    return 0;
}
