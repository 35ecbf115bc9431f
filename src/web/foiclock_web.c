/* The WebAssembly face of foiclock: exports that take text and give JSON.
 *
 * JavaScript cannot hold C structs, so each export takes its inputs as
 * NUL-terminated strings in the module's memory and returns a malloc'd JSON
 * text (freed with fw_free), or NULL on failure with the library's message in
 * fw_error() and the input at fault in fw_error_field(). The JSON has the
 * shape of the CLI's --format json output, so that one description serves
 * both front ends. Only the public API is used. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <foiclock/foiclock.h>

#include "foiclock_web.h"

#define EXPORT(name) __attribute__((export_name(#name)))

/* The inputs of a case, in the order fw_timeline takes them. The JavaScript
 * module holds the same list. */
enum field {
    F_RECEIVED = 0, /* the events, in enum foi_event order */
    F_REGIME = FOI_EVENT_COUNT,
    F_DIVISION,
    F_RECEIPT_RULE,
    F_REF,
    F_PIT_EXTENSION,
    F_SCHOOL,
    F_SCHOOL_DAYS, /* ISO dates separated by newlines */
    F_TODAY,
    F_COUNT
};

static const char *const field_names[F_COUNT] = {"received",
                                                 "clarification_requested",
                                                 "clarification_received",
                                                 "fee_notice",
                                                 "fee_paid",
                                                 "responded",
                                                 "review_requested",
                                                 "review_responded",
                                                 "decision_notice",
                                                 "regime",
                                                 "division",
                                                 "receipt_rule",
                                                 "ref",
                                                 "pit_extension",
                                                 "school",
                                                 "school_days",
                                                 "today"};

/* Which input the last failure was about: an index into field_names, or -1. */
static int error_field = -1;

EXPORT(fw_error) const char *fw_error(void)
{
    return foi_error_last();
}

EXPORT(fw_error_field) const char *fw_error_field(void)
{
    return error_field >= 0 ? field_names[error_field] : "";
}

EXPORT(fw_alloc) void *fw_alloc(size_t n)
{
    return malloc(n ? n : 1);
}

EXPORT(fw_free) void fw_free(void *p)
{
    free(p);
}

/* ---- a growing JSON text ---- */

struct buf {
    char *s;
    size_t len, cap;
    int failed;
};

static void put(struct buf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 1024;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *p = realloc(b->s, cap);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void puts_(struct buf *b, const char *s)
{
    put(b, s, strlen(s));
}

__attribute__((format(printf, 2, 3))) static void putf(struct buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = 1;
    } else if ((size_t)n < sizeof small) {
        put(b, small, (size_t)n);
    } else {
        char *big = malloc((size_t)n + 1);
        if (!big) {
            b->failed = 1;
            return;
        }
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        put(b, big, (size_t)n);
        free(big);
    }
}

/* The length of the well-formed UTF-8 character at p, or 0. */
static size_t utf8_length(const unsigned char *p)
{
    size_t n = p[0] < 0xc2 ? 0 : p[0] < 0xe0 ? 2 : p[0] < 0xf0 ? 3 : p[0] < 0xf5 ? 4 : 0;
    for (size_t i = 1; i < n; i++)
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    if ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] >= 0xa0) ||
        (p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] >= 0x90))
        return 0;
    return n;
}

/* A JSON string, escaped as the CLI escapes it. */
static void jstr(struct buf *b, const char *s)
{
    put(b, "\"", 1);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"') {
            puts_(b, "\\\"");
        } else if (*p == '\\') {
            puts_(b, "\\\\");
        } else if (*p == '\n') {
            puts_(b, "\\n");
        } else if (*p == '\r') {
            puts_(b, "\\r");
        } else if (*p == '\t') {
            puts_(b, "\\t");
        } else if (*p < 0x20 || *p == 0x7f) {
            putf(b, "\\u%04x", *p);
        } else if (*p < 0x80) {
            put(b, (const char *)p, 1);
        } else {
            size_t n = utf8_length(p);
            if (n) {
                put(b, (const char *)p, n);
                p += n - 1;
            } else {
                puts_(b, "\\ufffd");
            }
        }
    }
    put(b, "\"", 1);
}

static const char *iso(foi_date d, char buf[FOI_DATE_ISO_SIZE])
{
    return foi_date_format_iso(d, buf);
}

static const char *tf(int x)
{
    return x ? "true" : "false";
}

/* Hands the text over, or fails with FOI_ENOMEM. */
static char *finish(struct buf *b)
{
    if (b->failed || !b->s) {
        free(b->s);
        foi_error_set(FOI_ENOMEM, "out of memory");
        return NULL;
    }
    return b->s;
}

static char *fail_on(int field)
{
    error_field = field;
    return NULL;
}

/* ---- pieces of output ---- */

static void jdivisions(struct buf *b, unsigned divisions)
{
    const char *sep = "";
    put(b, "[", 1);
    for (unsigned bit = 1; bit <= FOI_DIV_NORTHERN_IRELAND; bit <<= 1) {
        if (divisions & bit) {
            putf(b, "%s\"%s\"", sep, foi_division_name(bit));
            sep = ",";
        }
    }
    put(b, "]", 1);
}

static void jholidays(struct buf *b, const foi_holiday *h, size_t n)
{
    put(b, "[", 1);
    for (size_t i = 0; i < n; i++) {
        char d[FOI_DATE_ISO_SIZE];
        putf(b, "%s{\"date\":\"%s\",\"weekday\":\"%s\",\"name\":", i ? "," : "", iso(h[i].date, d),
             foi_weekday_name(foi_date_weekday(h[i].date)));
        jstr(b, h[i].name);
        puts_(b, ",\"division\":");
        jdivisions(b, h[i].divisions);
        putf(b, ",\"basis\":\"%s\",\"substitute\":%s,\"provisional\":%s,\"source\":",
             foi_basis_name(h[i].basis), tf(h[i].substitute), tf(h[i].provisional));
        jstr(b, h[i].source);
        put(b, "}", 1);
    }
    put(b, "]", 1);
}

/* The working in plain English, one fact a line, as the CLI prints it. */
static void jworking(struct buf *b, const foi_deadline *d, foi_receipt_rule receipt)
{
    size_t n = foi_deadline_text(NULL, 0, d, receipt, NULL);
    char *text = malloc(n + 1);
    if (!text) {
        b->failed = 1;
        return;
    }
    foi_deadline_text(text, n + 1, d, receipt, NULL);
    /* Drop the final newline: lines are separated, not terminated. */
    if (n && text[n - 1] == '\n')
        text[n - 1] = '\0';
    puts_(b, ",\"working\":");
    jstr(b, text);
    free(text);
}

static void jdeadline(struct buf *b, const foi_deadline *d, foi_receipt_rule receipt)
{
    const foi_rule *r = d->rule;
    char s[FOI_DATE_ISO_SIZE];
    putf(b, "\"rule\":\"%s\",\"summary\":", r->id);
    jstr(b, r->summary);
    putf(b, ",\"anchor\":\"%s\",\"anchor_meaning\":", iso(d->anchor, s));
    jstr(b, r->anchor_text);
    putf(b, ",\"start\":\"%s\"", iso(d->start, s));
    putf(b, ",\"due\":\"%s\",\"weekday\":\"%s\"", iso(d->due, s),
         foi_weekday_name(foi_date_weekday(d->due)));
    putf(b,
         ",\"count\":%d,\"unit\":\"%s\",\"calendar\":\"%s\",\"statutory\":%s,\"basis\":", r->count,
         foi_unit_name(r->unit), foi_calendar_name(d->calendar), tf(r->statutory));
    jstr(b, r->basis);
    putf(b, ",\"provisional\":%s,\"receipt_rule\":\"%s\"", tf(d->provisional),
         foi_receipt_rule_name(receipt));
    if (d->notes & FOI_NOTE_RECEIPT_NON_WORKING)
        putf(b, ",\"anchor_non_working\":true,\"other_receipt_rule\":\"%s\",\"other_due\":\"%s\"",
             foi_receipt_rule_name(receipt == FOI_RECEIPT_STATUTORY ? FOI_RECEIPT_NEXT_WORKING_DAY
                                                                    : FOI_RECEIPT_STATUTORY),
             iso(d->other_due, s));
    if (d->notes & FOI_NOTE_ROLLED)
        putf(b, ",\"rolled_from\":\"%s\"", iso(d->unrolled, s));
    if (d->notes & FOI_NOTE_GRACE)
        putf(b, ",\"next_working_day_in_time\":\"%s\"", iso(d->grace, s));
    if (d->notes & FOI_NOTE_PAUSED)
        putf(b, ",\"paused_days\":%d", d->paused_days);
    if (d->notes & FOI_NOTE_LATE_RESPONSE)
        puts_(b, ",\"from_late_response\":true");
    if (d->notes & FOI_NOTE_SAFER_EARLIER)
        putf(b, ",\"safer\":\"%s\"", iso(d->safer, s));
    if (r->unit == FOI_UNIT_SCHOOL_DAYS) {
        putf(b, ",\"backstop_due\":\"%s\"", iso(d->backstop_due, s));
        if (d->school_due.serial && !(d->notes & FOI_NOTE_SCHOOL_BACKSTOP) &&
            !(d->notes & FOI_NOTE_NO_SCHOOL_CALENDAR))
            putf(b, ",\"school_due\":\"%s\"", iso(d->school_due, s));
        putf(b, ",\"school_calendar\":%s", tf(!(d->notes & FOI_NOTE_NO_SCHOOL_CALENDAR)));
    }
    puts_(b, ",\"skipped\":");
    jholidays(b, d->skipped, d->n_skipped);
}

static void jstatus(struct buf *b, const foi_status *s)
{
    putf(b, ",\"status\":\"%s\"", foi_state_name(s->state));
    switch (s->state) {
    case FOI_STATE_PENDING:
        putf(b, ",\"remaining\":%d", s->remaining);
        break;
    case FOI_STATE_DUE_TODAY:
        puts_(b, ",\"remaining\":0");
        break;
    case FOI_STATE_OVERDUE:
        putf(b, ",\"overdue\":%d,\"overdue_calendar_days\":%d", s->overdue, s->overdue_days);
        break;
    case FOI_STATE_MET:
        putf(b, ",\"in_time\":true,\"early\":%d", s->early);
        break;
    case FOI_STATE_MISSED:
        putf(b, ",\"in_time\":false,\"late\":%d", s->late);
        break;
    default:
        break;
    }
}

/* ---- inputs ---- */

static int given(const char *s)
{
    return s && *s;
}

static int parse_date(foi_date *out, const char *text, int field)
{
    if (foi_date_parse(out, text, NULL)) {
        error_field = field;
        return -1;
    }
    return 0;
}

static int parse_receipt(foi_receipt_rule *out, const char *s, int field)
{
    *out = FOI_RECEIPT_STATUTORY;
    if (given(s) && foi_receipt_rule_from_name(out, s)) {
        error_field = field;
        return -1;
    }
    return 0;
}

static int parse_division(unsigned *out, const char *s, int field)
{
    *out = 0;
    if (given(s) && foi_division_from_name(out, s)) {
        error_field = field;
        return -1;
    }
    return 0;
}

/* School days: ISO or other accepted dates, one a line. */
static int parse_school_days(foi_date **out, size_t *n, const char *text)
{
    *out = NULL;
    *n = 0;
    if (!given(text))
        return 0;
    size_t lines = 1;
    for (const char *p = text; *p; p++)
        lines += *p == '\n';
    foi_date *v = malloc(lines * sizeof *v);
    if (!v) {
        foi_error_set(FOI_ENOMEM, "out of memory");
        return -1;
    }
    size_t k = 0;
    for (const char *p = text; *p;) {
        size_t len = strcspn(p, "\n");
        size_t lead = strspn(p, " \t\r");
        if (lead < len && foi_date_parse_n(&v[k], p, len - (p[len - 1] == '\r'), NULL) == 0) {
            k++;
        } else if (lead < len) {
            free(v);
            error_field = F_SCHOOL_DAYS;
            return -1;
        }
        p += len + (p[len] == '\n');
    }
    *out = v;
    *n = k;
    return 0;
}

/* ---- exports ---- */

/* The UK civil date at a UTC instant (seconds since 1970), as ISO text. */
EXPORT(fw_today) char *fw_today(double unix_seconds)
{
    error_field = -1;
    foi_date d;
    if (!(unix_seconds > -1e15 && unix_seconds < 1e15)) {
        foi_error_set(FOI_ERANGE, "the clock reads an impossible time");
        return NULL;
    }
    if (foi_date_from_utc(&d, (int64_t)unix_seconds))
        return NULL;
    struct buf b = {0};
    char s[FOI_DATE_ISO_SIZE];
    puts_(&b, iso(d, s));
    return finish(&b);
}

/* Any accepted form of date, as ISO text. */
EXPORT(fw_parse_date) char *fw_parse_date(const char *text)
{
    error_field = -1;
    foi_date d;
    if (foi_date_parse(&d, text, NULL))
        return NULL;
    struct buf b = {0};
    char s[FOI_DATE_ISO_SIZE];
    puts_(&b, iso(d, s));
    return finish(&b);
}

/* One rule's deadline from its anchor, as the CLI's 'deadline --format json'.
 * responded: the date the response arrived (foisa.review-request only). */
EXPORT(fw_deadline)
char *fw_deadline(const char *rule_id, const char *anchor, const char *division,
                  const char *receipt_rule, const char *responded)
{
    error_field = -1;
    const foi_rule *rule;
    foi_deadline_options o;
    foi_date day;
    foi_deadline_options_init(&o);
    if (foi_rule_find(&rule, rule_id))
        return NULL;
    if (parse_date(&day, anchor, F_RECEIVED) ||
        parse_receipt(&o.receipt_rule, receipt_rule, F_RECEIPT_RULE) ||
        parse_division(&o.division, division, F_DIVISION))
        return NULL;
    if (given(responded)) {
        if (rule->anchor != FOI_ANCHOR_RESPONSE_PERIOD) {
            foi_error_set(FOI_EINVAL, "a response date applies to foisa.review-request only");
            return fail_on(FOI_EVENT_RESPONDED);
        }
        if (parse_date(&o.response, responded, FOI_EVENT_RESPONDED))
            return NULL;
        o.has_response = 1;
    }
    foi_deadline d;
    if (foi_deadline_compute(&d, rule, day, &o))
        return NULL;
    struct buf b = {0};
    put(&b, "{", 1);
    jdeadline(&b, &d, o.receipt_rule);
    jworking(&b, &d, o.receipt_rule);
    put(&b, "}", 1);
    return finish(&b);
}

/* The response deadline of a regime, as the CLI's 'due --format json'. */
EXPORT(fw_due) char *fw_due(const char *received, const char *regime_name, const char *receipt_rule)
{
    error_field = -1;
    foi_regime regime = FOI_REGIME_FOIA;
    if (given(regime_name) && foi_regime_from_name(&regime, regime_name))
        return fail_on(F_REGIME);
    if (regime == FOI_REGIME_SAR) {
        foi_error_set(FOI_EINVAL, "for subject access use the deadline of sar.response, with the "
                                  "controller's division");
        return fail_on(F_REGIME);
    }
    static const char *const ids[] = {"foia.response", "eir.response", "foisa.response",
                                      "eisr.response"};
    return fw_deadline(ids[regime], received, NULL, receipt_rule, NULL);
}

/* Finds which event a case-level failure is about: the library's message
 * names the event at fault first. */
static int event_in_message(const char *msg)
{
    int best = -1;
    const char *at = NULL;
    for (int e = 0; e < FOI_EVENT_COUNT; e++) {
        const char *name = field_names[e];
        for (const char *p = strstr(msg, name); p; p = strstr(p + 1, name)) {
            /* A whole word: "received" is also the tail of other names. */
            int before = p > msg && (p[-1] == '_' || (p[-1] >= 'a' && p[-1] <= 'z'));
            char c = p[strlen(name)];
            int after = c == '_' || (c >= 'a' && c <= 'z');
            if (!before && !after) {
                if (!at || p < at) {
                    at = p;
                    best = e;
                }
                break;
            }
        }
    }
    return best;
}

/* Every deadline of a case with its status on today, as the CLI's
 * 'timeline --format json'. fields holds F_COUNT strings (NULL or "" when
 * not given), in enum field order; today is required. */
EXPORT(fw_timeline) char *fw_timeline(const char *const *fields)
{
    error_field = -1;
    foi_regime regime = FOI_REGIME_FOIA;
    if (given(fields[F_REGIME]) && foi_regime_from_name(&regime, fields[F_REGIME]))
        return fail_on(F_REGIME);
    foi_case c;
    foi_case_init(&c, regime);
    if (!given(fields[F_RECEIVED])) {
        foi_error_set(FOI_EINVAL, "the date of receipt is required");
        return fail_on(F_RECEIVED);
    }
    for (int e = 0; e < FOI_EVENT_COUNT; e++) {
        foi_date d;
        if (given(fields[e])) {
            if (parse_date(&d, fields[e], e))
                return NULL;
            foi_case_set(&c, (foi_event)e, d);
        }
    }
    if (parse_division(&c.division, fields[F_DIVISION], F_DIVISION) ||
        parse_receipt(&c.receipt_rule, fields[F_RECEIPT_RULE], F_RECEIPT_RULE))
        return NULL;
    foi_date now;
    if (!given(fields[F_TODAY])) {
        foi_error_set(FOI_EINVAL, "today's date is required");
        return fail_on(F_TODAY);
    }
    if (parse_date(&now, fields[F_TODAY], F_TODAY))
        return NULL;
    c.ref = given(fields[F_REF]) ? fields[F_REF] : NULL;
    c.pit_extension = given(fields[F_PIT_EXTENSION]);
    foi_date *school_days;
    if (parse_school_days(&school_days, &c.n_school_days, fields[F_SCHOOL_DAYS]))
        return NULL;
    c.school_days = school_days;
    c.school = given(fields[F_SCHOOL]) || c.n_school_days;

    foi_timeline *t;
    int rc = foi_timeline_compute(&t, &c);
    free(school_days);
    c.school_days = NULL;
    if (rc)
        return fail_on(event_in_message(foi_error_last()));
    size_t n = foi_timeline_count(t);
    foi_status *status = malloc((n ? n : 1) * sizeof *status);
    if (!status) {
        foi_timeline_free(t);
        foi_error_set(FOI_ENOMEM, "out of memory");
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        if (foi_timeline_status(&status[i], t, i, now)) {
            free(status);
            foi_timeline_free(t);
            return fail_on(F_TODAY);
        }
    }

    struct buf b = {0};
    char s[FOI_DATE_ISO_SIZE];
    putf(&b, "{\"case\":{\"regime\":\"%s\"", foi_regime_name(c.regime));
    if (c.division)
        putf(&b, ",\"division\":\"%s\"", foi_division_name(c.division));
    if (c.ref) {
        puts_(&b, ",\"ref\":");
        jstr(&b, c.ref);
    }
    putf(&b, ",\"receipt_rule\":\"%s\"", foi_receipt_rule_name(c.receipt_rule));
    for (int e = 0; e < FOI_EVENT_COUNT; e++)
        if (c.has[e])
            putf(&b, ",\"%s\":\"%s\"", foi_event_name((foi_event)e), iso(c.events[e], s));
    putf(&b, ",\"pit_extension\":%s,\"school\":%s", tf(c.pit_extension), tf(c.school));
    putf(&b, ",\"today\":\"%s\"},\"deadlines\":[", iso(now, s));
    for (size_t i = 0; i < n; i++) {
        const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
        put(&b, i ? ",{" : "{", i ? 2 : 1);
        if (e->paused) {
            putf(&b, "\"rule\":\"%s\",\"summary\":", e->deadline.rule->id);
            jstr(&b, e->deadline.rule->summary);
            putf(&b, ",\"anchor\":\"%s\",\"due\":null,\"statutory\":%s,\"basis\":",
                 iso(e->deadline.anchor, s), tf(e->deadline.rule->statutory));
            jstr(&b, e->deadline.rule->basis);
        } else {
            jdeadline(&b, &e->deadline, c.receipt_rule);
        }
        jstatus(&b, &status[i]);
        if (e->has_done_event) {
            putf(&b, ",\"done_by\":\"%s\"", foi_event_name(e->done_event));
            if (e->done)
                putf(&b, ",\"done_on\":\"%s\"", iso(e->done_on, s));
        }
        if (e->note) {
            puts_(&b, ",\"note\":");
            jstr(&b, e->note);
        }
        if (!e->paused)
            jworking(&b, &e->deadline, c.receipt_rule);
        put(&b, "}", 1);
    }
    puts_(&b, "]}");
    free(status);
    foi_timeline_free(t);
    return finish(&b);
}

/* A calendar's non-working weekdays in [from, to], as the CLI's
 * 'holidays FROM TO --format json'. */
EXPORT(fw_holidays) char *fw_holidays(const char *calendar, const char *from, const char *to)
{
    error_field = -1;
    foi_calendar_id id = FOI_CAL_UK;
    if (given(calendar) && foi_calendar_id_from_name(&id, calendar))
        return NULL;
    const foi_calendar *cal = foi_calendar_builtin(id);
    foi_date a, z, first, last;
    if (foi_date_parse(&a, from, NULL) || foi_date_parse(&z, to, NULL))
        return NULL;
    char sa[FOI_DATE_ISO_SIZE], sz[FOI_DATE_ISO_SIZE];
    if (z.serial < a.serial) {
        foi_error_set(FOI_EINVAL, "the end (%s) is before the start (%s)", iso(z, sz), iso(a, sa));
        return NULL;
    }
    foi_calendar_coverage(cal, &first, &last, NULL);
    if (z.serial < first.serial || a.serial > last.serial) {
        foi_error_set(FOI_ERANGE, "the %s calendar covers %s to %s only", foi_calendar_name(cal),
                      iso(first, sa), iso(last, sz));
        return NULL;
    }
    const foi_holiday *h;
    size_t nh;
    if (foi_calendar_holidays(&h, &nh, cal, a, z))
        return NULL;
    struct buf b = {0};
    putf(&b, "{\"from\":\"%s\",\"to\":\"%s\"", iso(a, sa), iso(z, sz));
    putf(&b, ",\"calendar\":\"%s\",\"provisional\":%s,\"holidays\":", foi_calendar_name(cal),
         tf(foi_calendar_is_provisional(cal, a, z) == 1));
    jholidays(&b, h, nh);
    put(&b, "}", 1);
    return finish(&b);
}

/* The built-in calendars, as the CLI's 'calendars --format json'. */
EXPORT(fw_calendars) char *fw_calendars(void)
{
    error_field = -1;
    struct buf b = {0};
    puts_(&b, "{\"calendars\":[");
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        const foi_calendar *c = foi_calendar_builtin((foi_calendar_id)id);
        foi_date first, last, pub;
        char a[FOI_DATE_ISO_SIZE], z[FOI_DATE_ISO_SIZE], p[FOI_DATE_ISO_SIZE];
        foi_calendar_coverage(c, &first, &last, &pub);
        putf(&b, "%s{\"id\":\"%s\",\"description\":", id ? "," : "", foi_calendar_name(c));
        jstr(&b, foi_calendar_description(c));
        puts_(&b, ",\"divisions\":");
        jdivisions(&b, foi_calendar_divisions(c));
        putf(&b, ",\"first\":\"%s\",\"last\":\"%s\",\"published_until\":\"%s\"}", iso(first, a),
             iso(last, z), iso(pub, p));
    }
    puts_(&b, "]}");
    return finish(&b);
}

/* The Nth working day after each of n anchors (days since 1970-01-01), into
 * out: the batched form of foi_calendar_add for callers with many dates.
 * Returns 0, or the library's error code with the index of the first
 * failing anchor in *failed. */
EXPORT(fw_add_many)
int fw_add_many(int32_t *out, const int32_t *anchors, size_t n, int days, int calendar,
                size_t *failed)
{
    error_field = -1;
    const foi_calendar *cal = foi_calendar_builtin((foi_calendar_id)calendar);
    if (!cal)
        return foi_error_set(FOI_ENOTFOUND, "no calendar number %d", calendar);
    for (size_t i = 0; i < n; i++) {
        foi_date d = {anchors[i]}, r;
        int rc = foi_calendar_add(&r, cal, d, days);
        if (rc) {
            *failed = i;
            return rc;
        }
        out[i] = r.serial;
    }
    return 0;
}

/* The calendar number of a name, or -1 with the message in fw_error(). */
EXPORT(fw_calendar_id) int fw_calendar_id(const char *name)
{
    foi_calendar_id id;
    return foi_calendar_id_from_name(&id, name) ? -1 : (int)id;
}

/* The library's version, e.g. "0.1.0". */
EXPORT(fw_version) const char *fw_version(void)
{
    return foi_version_string();
}
