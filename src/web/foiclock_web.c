/* The WebAssembly face of foiclock: exports that take text and give JSON.
 *
 * JavaScript cannot hold C structs, so each export takes its inputs as
 * NUL-terminated strings in the module's memory and returns a malloc'd JSON
 * text (freed with fw_free), or NULL on failure with the library's message in
 * fw_error() and the input at fault in fw_error_field(). Deadlines and
 * timelines come as {"result": the library's JSON, "working": [the working
 * of each deadline in plain English, null where there is none]}; holidays
 * and calendars as the CLI's --format json prints them (src/doc/json-schema.md).
 * Only the public API is used. */
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
    F_SCHOOL_DAYS,      /* ISO dates separated by newlines */
    F_PUBLIC_RECORDS,   /* transferred records: any non-empty value */
    F_DIRECTION_DAYS,   /* with the direction event: the working day specified */
    F_DIRECTION_GROUND, /* armed-forces or outside-uk */
    F_TODAY,
    F_EXTENSION_CLAIMED, /* the day the extension's notice was given (implies it) */
    F_AUDIENCE,          /* neutral (the default), requester or authority */
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
                                                 "complained",
                                                 "direction",
                                                 "regime",
                                                 "division",
                                                 "receipt_rule",
                                                 "ref",
                                                 "pit_extension",
                                                 "school",
                                                 "school_days",
                                                 "public_records",
                                                 "direction_days",
                                                 "direction_ground",
                                                 "today",
                                                 "extension_claimed",
                                                 "audience"};

/* Which input the last failure was about when the failure is the glue's own
 * (a date it parsed for a field): an index into field_names, or -1 when the
 * library says (foi_error_field). */
static int error_field = -1;

EXPORT(fw_error) const char *fw_error(void)
{
    return foi_error_last();
}

EXPORT(fw_error_field) const char *fw_error_field(void)
{
    return error_field >= 0 ? field_names[error_field] : foi_field_name(foi_error_field());
}

/* The input the one at fault conflicts with, or "". */
EXPORT(fw_error_other_field) const char *fw_error_other_field(void)
{
    return error_field >= 0 ? "" : foi_field_name(foi_error_other_field());
}

/* The name of input number i (enum foi_field), or "" past the last. */
EXPORT(fw_field_name) const char *fw_field_name(int i)
{
    return foi_field_name((foi_field)i);
}

static const char *name_from(foi_field field, void *ctx)
{
    const char *const *names = ctx;
    return (unsigned)field < FOI_FIELD_COUNT ? names[field] : NULL;
}

/* The last failure's message with each input named by names[field] (an
 * array of FOI_FIELD_COUNT strings, NULL or "" to keep the library's name),
 * for a page that names its fields in its own words. */
EXPORT(fw_error_describe) char *fw_error_describe(const char *const *names)
{
    if (error_field >= 0)
        return NULL;
    size_t n = foi_error_describe(NULL, 0, name_from, (void *)(uintptr_t)names);
    char *out = malloc(n + 1);
    if (out)
        foi_error_describe(out, n + 1, name_from, (void *)(uintptr_t)names);
    return out;
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

/* A JSON string, escaped by the library. */
static void jstr(struct buf *b, const char *s)
{
    char *q = NULL;
    if (foi_json_quote(&q, s)) {
        b->failed = 1;
        return;
    }
    puts_(b, q);
    foi_json_free(q);
}

/* JSON text the library rendered, handed over to b. */
static void jlib(struct buf *b, int rc, char *json)
{
    if (rc)
        b->failed = 1;
    else
        puts_(b, json);
    foi_json_free(json);
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
    char *json = NULL;
    jlib(b, foi_holidays_json(&json, h, n), json);
}

/* The working in plain English, one fact a line, as the CLI prints it: a
 * JSON string. */
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
    jstr(b, text);
    free(text);
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
    char *json = NULL;
    puts_(&b, "{\"result\":");
    jlib(&b, foi_deadline_json(&json, &d, o.receipt_rule), json);
    puts_(&b, ",\"working\":[");
    jworking(&b, &d, o.receipt_rule);
    puts_(&b, "]}");
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
    if (regime == FOI_REGIME_LE_SAR) {
        foi_error_set(FOI_EINVAL, "for law-enforcement subject access use the deadline of "
                                  "le-sar.response, with the controller's division");
        return fail_on(F_REGIME);
    }
    const foi_rule *rule;
    if (foi_rule_for(&rule, regime, FOI_ROLE_RESPONSE))
        return fail_on(F_REGIME);
    /* The response rule in force for that date of receipt (FOISA: the
     * Coronavirus (Scotland) Act 2020's 60 working days from 7 April to 26
     * May 2020). A date that does not parse keeps the rule; fw_deadline then
     * names the input. */
    foi_date d;
    if (foi_date_parse(&d, received, NULL) == FOI_OK)
        foi_rule_for_date(&rule, regime, FOI_ROLE_RESPONSE, d);
    return fw_deadline(rule->id, received, NULL, receipt_rule, NULL);
}

/* Reads a case from fields (F_COUNT strings, NULL or "" when not given, in
 * enum field order) into *c, with its school days in *school_days (the
 * caller frees them, after any use of *c). 0, or -1 with the error set. */
static int read_case(foi_case *c, foi_date **school_days, const char *const *fields)
{
    *school_days = NULL;
    foi_regime regime = FOI_REGIME_FOIA;
    if (given(fields[F_REGIME]) && foi_regime_from_name(&regime, fields[F_REGIME])) {
        error_field = F_REGIME;
        return -1;
    }
    foi_case_init(c, regime);
    /* The reply alone gives the review and complaint windows. */
    if (!given(fields[F_RECEIVED]) && !given(fields[FOI_EVENT_RESPONDED])) {
        foi_error_set(FOI_EINVAL, "the date of receipt is required");
        error_field = F_RECEIVED;
        return -1;
    }
    for (int e = 0; e < FOI_EVENT_COUNT; e++) {
        foi_date d;
        if (given(fields[e])) {
            if (parse_date(&d, fields[e], e))
                return -1;
            foi_case_set(c, (foi_event)e, d);
        }
    }
    if (parse_division(&c->division, fields[F_DIVISION], F_DIVISION) ||
        parse_receipt(&c->receipt_rule, fields[F_RECEIPT_RULE], F_RECEIPT_RULE))
        return -1;
    c->ref = given(fields[F_REF]) ? fields[F_REF] : NULL;
    c->pit_extension = given(fields[F_PIT_EXTENSION]);
    if (given(fields[F_EXTENSION_CLAIMED])) {
        if (parse_date(&c->extension_claimed, fields[F_EXTENSION_CLAIMED], F_EXTENSION_CLAIMED))
            return -1;
        c->has_extension_claimed = 1;
        c->pit_extension = 1;
    }
    if (given(fields[F_AUDIENCE]) && foi_audience_from_name(&c->audience, fields[F_AUDIENCE])) {
        error_field = F_AUDIENCE;
        return -1;
    }
    if (parse_school_days(school_days, &c->n_school_days, fields[F_SCHOOL_DAYS]))
        return -1;
    c->school_days = *school_days;
    c->school = given(fields[F_SCHOOL]) || c->n_school_days;
    c->public_records = given(fields[F_PUBLIC_RECORDS]);
    if (given(fields[F_DIRECTION_DAYS])) {
        /* A whole number of working days; the case's validation judges it. */
        const char *s = fields[F_DIRECTION_DAYS];
        int n = 0, digits = 0;
        for (; *s >= '0' && *s <= '9' && digits < 4; s++, digits++)
            n = n * 10 + (*s - '0');
        if (*s || !digits) {
            foi_error_set(FOI_EINVAL, "'%s' is not a number of working days",
                          fields[F_DIRECTION_DAYS]);
            error_field = F_DIRECTION_DAYS;
            return -1;
        }
        c->direction_days = n;
    }
    if (given(fields[F_DIRECTION_GROUND]) &&
        foi_direction_ground_from_name(&c->direction_ground, fields[F_DIRECTION_GROUND])) {
        error_field = F_DIRECTION_GROUND;
        return -1;
    }
    return 0;
}

/* Every deadline of a case with its status on today, as the CLI's
 * 'timeline --format json'. fields holds F_COUNT strings (NULL or "" when
 * not given), in enum field order; today is required. */
EXPORT(fw_timeline) char *fw_timeline(const char *const *fields)
{
    error_field = -1;
    foi_case c;
    foi_date *school_days;
    if (read_case(&c, &school_days, fields))
        return NULL;
    foi_date now;
    if (!given(fields[F_TODAY])) {
        free(school_days);
        foi_error_set(FOI_EINVAL, "today's date is required");
        return fail_on(F_TODAY);
    }
    if (parse_date(&now, fields[F_TODAY], F_TODAY)) {
        free(school_days);
        return NULL;
    }

    foi_timeline *t;
    int rc = foi_timeline_compute(&t, &c);
    free(school_days);
    c.school_days = NULL;
    if (rc)
        return NULL;
    char *json = NULL;
    rc = foi_timeline_json(&json, &c, t, now);
    if (rc) {
        foi_timeline_free(t);
        return fail_on(rc == FOI_ERANGE ? F_TODAY : -1);
    }
    /* The working as the library writes it for this case (a rule one regime
     * borrows from another names both in its basis): the lines of each
     * entry's block of foi_timeline_text after its title, status and note. */
    char *text = NULL;
    rc = foi_timeline_text(&text, &c, t, now);
    if (rc) {
        foi_json_free(json);
        foi_timeline_free(t);
        return NULL;
    }
    struct buf b = {0};
    puts_(&b, "{\"result\":");
    jlib(&b, 0, json);
    puts_(&b, ",\"working\":[");
    const char *block = strstr(text, "\n\n");
    for (size_t i = 0; i < foi_timeline_count(t); i++) {
        const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
        if (i)
            put(&b, ",", 1);
        const char *end = block ? strstr(block + 2, "\n\n") : NULL;
        if (!block || e->paused) {
            puts_(&b, "null");
        } else {
            /* Skip the title and status lines, and the note's. */
            const char *p = block + 2;
            for (int skip = e->note ? 3 : 2; skip > 0 && p; skip--) {
                p = strchr(p, '\n');
                p = p ? p + 1 : NULL;
            }
            const char *stop = end ? end + 1 : text + strlen(text);
            struct buf w = {0};
            while (p && p < stop) {
                const char *nl = memchr(p, '\n', (size_t)(stop - p));
                const char *eol = nl ? nl : stop;
                if (w.len)
                    put(&w, "\n", 1);
                put(&w, p + (p[0] == ' ' && p[1] == ' ' ? 2 : 0),
                    (size_t)(eol - p) - (p[0] == ' ' && p[1] == ' ' ? 2 : 0));
                p = nl ? nl + 1 : NULL;
            }
            if (w.failed)
                b.failed = 1;
            jstr(&b, w.s ? w.s : "");
            free(w.s);
        }
        block = end;
    }
    puts_(&b, "]}");
    foi_json_free(text);
    foi_timeline_free(t);
    return finish(&b);
}

/* The deadlines of a case as an iCalendar file, as the CLI's 'timeline
 * --format ics': one all-day event per dated deadline, reminders 5 and 1
 * working days before those still to be met. stamp is the export time in
 * seconds since 1970 (DTSTAMP, LAST-MODIFIED, SEQUENCE); the page passes
 * the clock's. fields as fw_timeline's; today is not used. */
EXPORT(fw_ics) char *fw_ics(const char *const *fields, double stamp)
{
    error_field = -1;
    /* 0001-01-01T00:00Z to 9999-12-31T23:59:59Z, as foi_ics_options says. */
    if (!(stamp >= -62135596800.0 && stamp <= 253402300799.0)) {
        foi_error_set(FOI_EINVAL,
                      "the export time %.17g is not a number of seconds from "
                      "0001-01-01 to 9999-12-31",
                      stamp);
        return NULL;
    }
    foi_case c;
    foi_date *school_days;
    if (read_case(&c, &school_days, fields))
        return NULL;
    foi_timeline *t;
    int rc = foi_timeline_compute(&t, &c);
    if (rc) {
        free(school_days);
        return NULL;
    }
    foi_ics_options o;
    foi_ics_options_init(&o);
    o.stamp = (int64_t)stamp;
    const foi_case *cases[1] = {&c};
    const foi_timeline *timelines[1] = {t};
    char *text = NULL;
    rc = foi_ics_timelines(&text, cases, timelines, 1, &o);
    foi_timeline_free(t);
    free(school_days);
    if (rc)
        return NULL;
    /* The library's string goes to the caller, who frees with fw_free. */
    size_t n = strlen(text) + 1;
    char *out = malloc(n);
    if (out)
        memcpy(out, text, n);
    else
        foi_error_set(FOI_ENOMEM, "out of memory");
    foi_ics_free(text);
    return out;
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
    putf(&b, "{\"schema_version\":%d,\"from\":\"%s\",\"to\":\"%s\"", FOI_JSON_SCHEMA_VERSION,
         iso(a, sa), iso(z, sz));
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
    putf(&b, "{\"schema_version\":%d,\"calendars\":[", FOI_JSON_SCHEMA_VERSION);
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
