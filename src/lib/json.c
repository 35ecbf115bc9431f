/* foiclock answers as JSON (src/doc/json-schema.md describes every object):
 * the CLI prints these strings, and so does every other front end. */
#include <stdlib.h>
#include <string.h>

#include <foiclock/calendar.h>
#include <foiclock/json.h>

#include "internal.h"
#include "sbuf.h"
#include "timeline_internal.h"

static const char *json_bool(int b)
{
    return b ? "true" : "false";
}

static void json_iso(struct sbuf *sb, const char *key, foi_date d)
{
    char iso[FOI_DATE_ISO_SIZE];
    sb_printf(sb, ",\"%s\":\"%s\"", key, foi_date_format_iso(d, iso));
}

static void json_divisions(struct sbuf *sb, unsigned divisions)
{
    const char *sep = "";
    sb_puts(sb, "[");
    for (unsigned bit = 1; bit <= FOI_DIV_NORTHERN_IRELAND; bit <<= 1) {
        if (divisions & bit) {
            sb_printf(sb, "%s\"%s\"", sep, foi_division_name(bit));
            sep = ",";
        }
    }
    sb_puts(sb, "]");
}

static void json_holidays(struct sbuf *sb, const foi_holiday *h, size_t n)
{
    sb_puts(sb, "[");
    for (size_t i = 0; i < n; i++) {
        char iso[FOI_DATE_ISO_SIZE];
        sb_printf(sb, "%s{\"date\":\"%s\",\"weekday\":\"%s\",\"name\":", i ? "," : "",
                  foi_date_format_iso(h[i].date, iso),
                  foi_weekday_name(foi_date_weekday(h[i].date)));
        sb_json_string(sb, h[i].name);
        sb_puts(sb, ",\"division\":");
        json_divisions(sb, h[i].divisions);
        sb_printf(sb, ",\"basis\":\"%s\",\"substitute\":%s,\"provisional\":%s,\"source\":",
                  foi_basis_name(h[i].basis), json_bool(h[i].substitute),
                  json_bool(h[i].provisional));
        sb_json_string(sb, h[i].source);
        sb_puts(sb, "}");
    }
    sb_puts(sb, "]");
}

/* "rule" and (for the table's rules) "role", then the "summary" key. */
static void rule_and_role(struct sbuf *sb, const foi_rule *r)
{
    sb_puts(sb, "\"rule\":");
    sb_json_string(sb, r->id ? r->id : "");
    if (r->role > FOI_ROLE_NONE && r->role < FOI_ROLE_COUNT)
        sb_printf(sb, ",\"role\":\"%s\"", foi_role_name(r->role));
    sb_puts(sb, ",\"summary\":");
}

/* The fields of a computed deadline, after an opening brace and before the
 * closing one. */
static void json_basis(struct sbuf *sb, const foi_rule *r, const char *via)
{
    if (!via) {
        sb_json_string(sb, r->basis);
        return;
    }
    struct sbuf b = {0};
    sb_printf(&b, "%s (applied by %s)", r->basis, via);
    char *text = NULL;
    if (sb_take(&b, &text) == FOI_OK) {
        sb_json_string(sb, text);
        free(text);
    } else {
        sb_json_string(sb, r->basis);
    }
}

/* When a rule is in force only for a while: "in_force" with its bounds (null
 * where open) and why. */
static void json_in_force(struct sbuf *sb, const foi_rule *r)
{
    if (!r->band)
        return;
    char iso[FOI_DATE_ISO_SIZE];
    sb_puts(sb, ",\"in_force\":{\"from\":");
    if (r->in_force_from.serial)
        sb_printf(sb, "\"%s\"", foi_date_format_iso(r->in_force_from, iso));
    else
        sb_puts(sb, "null");
    sb_puts(sb, ",\"until\":");
    if (r->in_force_until.serial)
        sb_printf(sb, "\"%s\"", foi_date_format_iso(r->in_force_until, iso));
    else
        sb_puts(sb, "null");
    sb_puts(sb, ",\"why\":");
    sb_json_string(sb, r->band);
    sb_puts(sb, "}");
}

static void deadline_body(struct sbuf *sb, const foi_deadline *d, foi_receipt_rule receipt,
                          const char *via)
{
    const foi_rule *r = d->rule;
    char iso[FOI_DATE_ISO_SIZE];
    rule_and_role(sb, r);
    sb_json_string(sb, r->summary);
    sb_printf(sb, ",\"anchor\":\"%s\",\"anchor_meaning\":", foi_date_format_iso(d->anchor, iso));
    sb_json_string(sb, r->anchor_text);
    json_iso(sb, "start", d->start);
    json_iso(sb, "due", d->due);
    sb_printf(sb, ",\"weekday\":\"%s\"", foi_weekday_name(foi_date_weekday(d->due)));
    sb_printf(sb, ",\"count\":%d,\"unit\":\"%s\",\"calendar\":\"%s\",\"statutory\":%s,\"basis\":",
              r->count, foi_unit_name(r->unit), foi_calendar_name(d->calendar),
              json_bool(r->statutory));
    json_basis(sb, r, via);
    sb_printf(sb, ",\"provisional\":%s,\"receipt_rule\":\"%s\"", json_bool(d->provisional),
              foi_receipt_rule_name(receipt));
    if (d->notes & FOI_NOTE_RECEIPT_NON_WORKING) {
        sb_printf(sb, ",\"anchor_non_working\":true,\"other_receipt_rule\":\"%s\"",
                  foi_receipt_rule_name(receipt == FOI_RECEIPT_STATUTORY
                                            ? FOI_RECEIPT_NEXT_WORKING_DAY
                                            : FOI_RECEIPT_STATUTORY));
        json_iso(sb, "other_due", d->other_due);
    }
    if (d->notes & FOI_NOTE_BEGINNING_WITH) {
        sb_puts(sb, ",\"beginning_with\":true");
        json_iso(sb, "corresponding_date", d->corresponding);
    }
    if (d->notes & FOI_NOTE_REGULATOR_READING)
        json_iso(sb, "regulator_due", d->regulator_due);
    if (d->band) {
        sb_puts(sb, ",\"band\":");
        sb_json_string(sb, d->band);
    }
    if (d->notes & FOI_NOTE_ROLLED)
        json_iso(sb, "rolled_from", d->unrolled);
    if (d->notes & FOI_NOTE_PAUSED)
        sb_printf(sb, ",\"paused_days\":%d", d->paused_days);
    if (d->notes & FOI_NOTE_DIRECTED)
        sb_printf(sb, ",\"directed_day\":%d", d->directed);
    if (d->notes & FOI_NOTE_LATE_RESPONSE)
        sb_puts(sb, ",\"from_late_response\":true");
    if (d->notes & FOI_NOTE_SAFER_EARLIER)
        json_iso(sb, "safer", d->safer);
    if (r->unit == FOI_UNIT_SCHOOL_DAYS) {
        json_iso(sb, "backstop_due", d->backstop_due);
        if (d->school_due.serial && !(d->notes & FOI_NOTE_SCHOOL_BACKSTOP) &&
            !(d->notes & FOI_NOTE_NO_SCHOOL_CALENDAR))
            json_iso(sb, "school_due", d->school_due);
        sb_printf(sb, ",\"school_calendar\":%s",
                  json_bool(!(d->notes & FOI_NOTE_NO_SCHOOL_CALENDAR)));
    }
    sb_puts(sb, ",\"skipped\":");
    json_holidays(sb, d->skipped, d->n_skipped);
}

static void schema_version(struct sbuf *sb)
{
    sb_printf(sb, "{\"schema_version\":%d,", FOI_JSON_SCHEMA_VERSION);
}

int foi_json_schema_version(void)
{
    return FOI_JSON_SCHEMA_VERSION;
}

/* A deadline the library made points at a rule of the table; anything else
 * would print garbage, so it is refused. */
static int check_deadline(const foi_deadline *d)
{
    if (!d->rule)
        return foi_fail(FOI_EINVAL, "deadline has no rule");
    if (!foi_serial_valid(d->due.serial) || !foi_serial_valid(d->anchor.serial))
        return foi_fail(FOI_EINVAL, "deadline holds an invalid date");
    return FOI_OK;
}

int foi_deadline_json(char **out, const foi_deadline *d, foi_receipt_rule receipt_rule)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(d);
    int rc = check_deadline(d);
    if (rc)
        return rc;
    struct sbuf sb = {0};
    schema_version(&sb);
    deadline_body(&sb, d, receipt_rule, NULL);
    sb_puts(&sb, "}");
    return sb_take(&sb, out);
}

static void json_status(struct sbuf *sb, const foi_status *s)
{
    sb_printf(sb, ",\"status\":\"%s\"", foi_state_name(s->state));
    switch (s->state) {
    case FOI_STATE_PENDING:
        sb_printf(sb, ",\"remaining\":%d", s->remaining);
        break;
    case FOI_STATE_DUE_TODAY:
        sb_puts(sb, ",\"remaining\":0");
        break;
    case FOI_STATE_OVERDUE:
        sb_printf(sb, ",\"overdue\":%d,\"overdue_calendar_days\":%d", s->overdue, s->overdue_days);
        break;
    case FOI_STATE_MET:
        sb_printf(sb, ",\"in_time\":true,\"early\":%d", s->early);
        break;
    case FOI_STATE_MISSED:
        sb_printf(sb, ",\"in_time\":false,\"late\":%d", s->late);
        break;
    default:
        break;
    }
}

static void json_case(struct sbuf *sb, const foi_case *c, foi_date today)
{
    sb_printf(sb, "\"case\":{\"regime\":\"%s\",\"title\":", foi_regime_name(c->regime));
    sb_json_string(sb, foi_regime_title(c->regime));
    if (c->division)
        sb_printf(sb, ",\"division\":\"%s\"", foi_division_name(c->division));
    if (c->ref) {
        sb_puts(sb, ",\"ref\":");
        sb_json_string(sb, c->ref);
    }
    sb_printf(sb, ",\"receipt_rule\":\"%s\"", foi_receipt_rule_name(c->receipt_rule));
    for (int e = 0; e < FOI_EVENT_COUNT; e++)
        if (c->has[e])
            json_iso(sb, foi_event_name((foi_event)e), c->events[e]);
    sb_printf(sb, ",\"pit_extension\":%s,\"school\":%s,\"public_records\":%s",
              json_bool(c->pit_extension), json_bool(c->school), json_bool(c->public_records));
    if (c->has[FOI_EVENT_DIRECTION])
        sb_printf(sb, ",\"direction_days\":%d,\"direction_ground\":\"%s\"", c->direction_days,
                  foi_direction_ground_name(c->direction_ground));
    json_iso(sb, "today", today);
    sb_printf(sb, ",\"audience\":\"%s\"}", foi_audience_name(c->audience));
}

static void json_entry(struct sbuf *sb, const foi_case *c, const foi_timeline_entry *e,
                       const foi_status *s)
{
    sb_puts(sb, "{");
    if (e->paused) {
        const foi_rule *r = e->deadline.rule;
        rule_and_role(sb, r);
        sb_json_string(sb, r->summary);
        char iso[FOI_DATE_ISO_SIZE];
        sb_printf(sb, ",\"anchor\":\"%s\",\"due\":null,\"statutory\":%s,\"basis\":",
                  foi_date_format_iso(e->deadline.anchor, iso), json_bool(r->statutory));
        json_basis(sb, r, foi_rule_applied_by(c->regime, r));
    } else {
        deadline_body(sb, &e->deadline, c->receipt_rule,
                      foi_rule_applied_by(c->regime, e->deadline.rule));
    }
    json_status(sb, s);
    struct sbuf text = {0};
    foi_status_words(&text, e, s);
    sb->failed |= text.failed;
    sb_puts(sb, ",\"status_text\":");
    sb_json_string(sb, text.s);
    free(text.s);
    if (e->has_done_event) {
        sb_printf(sb, ",\"done_by\":\"%s\"", foi_event_name(e->done_event));
        if (e->done_inferred)
            sb_puts(sb, ",\"done_inferred\":true");
        else if (e->done)
            json_iso(sb, "done_on", e->done_on);
    }
    if (e->note) {
        sb_puts(sb, ",\"note\":");
        sb_json_string(sb, e->note);
    }
    sb_puts(sb, "}");
}

static void json_advice(struct sbuf *sb, const foi_advice *a, size_t n)
{
    sb_puts(sb, ",\"advice\":[");
    for (size_t i = 0; i < n; i++) {
        sb_printf(sb, "%s{\"kind\":\"%s\",\"audience\":\"%s\",\"entry\":%zu,", i ? "," : "",
                  foi_advice_kind_name(a[i].kind), foi_audience_name(a[i].audience), a[i].entry);
        rule_and_role(sb, a[i].rule);
        sb_json_string(sb, a[i].rule->summary);
        if (a[i].kind != FOI_ADVICE_ON_HOLD)
            json_iso(sb, "date", a[i].date);
        struct sbuf text = {0};
        foi_advice_words(&text, &a[i]);
        sb->failed |= text.failed;
        sb_puts(sb, ",\"text\":");
        sb_json_string(sb, text.s);
        free(text.s);
        sb_puts(sb, "}");
    }
    sb_puts(sb, "]");
}

int foi_timeline_json(char **out, const foi_case *c, const foi_timeline *t, foi_date today)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(c);
    FOI_REQUIRE_ARG(t);
    FOI_REQUIRE_VERSION(c, FOI_CASE_VERSION);
    if (!foi_serial_valid(today.serial))
        return foi_fail(FOI_EINVAL, "today is not a valid date");
    size_t n = foi_timeline_count(t);
    /* Every status before any output: a day the calendars cannot count to
     * fails here, with nothing half written. */
    foi_status *status = malloc((n ? n : 1) * sizeof *status);
    if (!status)
        return foi_fail(FOI_ENOMEM, "out of memory");
    for (size_t i = 0; i < n; i++) {
        int rc = foi_timeline_status(&status[i], t, i, today);
        if (rc) {
            free(status);
            return rc;
        }
    }
    foi_advice advice[FOI_ADVICE_MAX];
    size_t nadvice = 0;
    int rc = foi_timeline_advice(advice, FOI_ADVICE_MAX, &nadvice, t, today);
    if (rc) {
        free(status);
        return rc;
    }
    struct sbuf sb = {0};
    schema_version(&sb);
    json_case(&sb, c, today);
    sb_puts(&sb, ",\"deadlines\":[");
    for (size_t i = 0; i < n; i++) {
        if (i)
            sb_puts(&sb, ",");
        json_entry(&sb, c, foi_timeline_entry_at(t, i), &status[i]);
    }
    sb_puts(&sb, "]");
    json_advice(&sb, advice, nadvice < FOI_ADVICE_MAX ? nadvice : FOI_ADVICE_MAX);
    const char *warn[4];
    size_t nwarn = foi_case_warnings(warn, 4, c, today);
    sb_puts(&sb, ",\"warnings\":[");
    for (size_t i = 0; i < nwarn && i < 4; i++) {
        sb_puts(&sb, i ? "," : "");
        sb_json_string(&sb, warn[i]);
    }
    sb_puts(&sb, "]}");
    free(status);
    return sb_take(&sb, out);
}

int foi_rules_json(char **out)
{
    FOI_REQUIRE_ARG(out);
    struct sbuf sb = {0};
    schema_version(&sb);
    sb_puts(&sb, "\"rules\":[");
    for (size_t i = 0; i < foi_rules_count(); i++) {
        const foi_rule *r = foi_rule_at(i);
        sb_printf(&sb,
                  "%s{\"id\":\"%s\",\"regime\":\"%s\",\"role\":\"%s\",\"count\":%d,"
                  "\"unit\":\"%s\",",
                  i ? "," : "", r->id, foi_regime_name(r->regime), foi_role_name(r->role), r->count,
                  foi_unit_name(r->unit));
        if (r->unit == FOI_UNIT_SCHOOL_DAYS)
            sb_printf(&sb, "\"backstop_working_days\":%d,", r->backstop);
        sb_printf(&sb,
                  "\"calendar\":\"%s\",\"calendar_follows_division\":%s,\"roll_forward\":%s,"
                  "\"anchor\":",
                  foi_calendar_name(foi_calendar_builtin(r->calendar)),
                  json_bool(r->division_calendar), json_bool(r->roll_forward));
        sb_json_string(&sb, r->anchor_text);
        sb_puts(&sb, ",\"basis\":");
        sb_json_string(&sb, r->basis);
        sb_printf(&sb, ",\"statutory\":%s,\"summary\":", json_bool(r->statutory));
        sb_json_string(&sb, r->summary);
        sb_puts(&sb, ",\"description\":");
        sb_json_string(&sb, r->description);
        sb_puts(&sb, ",\"wording\":");
        sb_json_string(&sb, r->wording ? r->wording : "");
        sb_printf(&sb, ",\"beginning_with\":%s", json_bool(r->beginning_with));
        json_in_force(&sb, r);
        sb_puts(&sb, "}");
    }
    sb_puts(&sb, "]}");
    return sb_take(&sb, out);
}

int foi_holidays_json(char **out, const foi_holiday *h, size_t n)
{
    FOI_REQUIRE_ARG(out);
    if (n)
        FOI_REQUIRE_ARG(h);
    struct sbuf sb = {0};
    json_holidays(&sb, h, n);
    return sb_take(&sb, out);
}

int foi_json_quote(char **out, const char *s)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(s);
    struct sbuf sb = {0};
    sb_json_string(&sb, s);
    return sb_take(&sb, out);
}

void foi_json_free(char *s)
{
    free(s);
}
