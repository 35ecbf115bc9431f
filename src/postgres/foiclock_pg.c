/*
 * The foiclock extension for PostgreSQL: deadlines, working days, holidays
 * and case timelines as SQL functions over PostgreSQL's date type, counted
 * on the calendars compiled into the library (no file is ever read).
 *
 * Every function either returns or raises an ERROR through ereport: the
 * library never aborts, and anything it allocates is freed before an error
 * is raised, since ereport does not return.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/jsonb.h"
#include "utils/tuplestore.h"

#include <string.h>

#include <foiclock/foiclock.h>

PG_MODULE_MAGIC;

/* PostgreSQL counts days from 2000-01-01, foiclock from 1970-01-01. */
#define PG_TO_FOI_DAYS 10957

PG_FUNCTION_INFO_V1(foiclock_due);
PG_FUNCTION_INFO_V1(foiclock_deadline);
PG_FUNCTION_INFO_V1(foiclock_add_working_days);
PG_FUNCTION_INFO_V1(foiclock_working_days);
PG_FUNCTION_INFO_V1(foiclock_is_working_day);
PG_FUNCTION_INFO_V1(foiclock_holidays);
PG_FUNCTION_INFO_V1(foiclock_timeline);
PG_FUNCTION_INFO_V1(foiclock_timeline_json);
PG_FUNCTION_INFO_V1(foiclock_deadline_json);

/* Raises the library's last message for a failed call: a date the
 * calendars do not cover is a bad date, an unknown name or an inconsistent
 * set of arguments a bad parameter. */
static void pg_attribute_noreturn() raise(int rc, const char *context)
{
    int code = rc == FOI_ERANGE   ? ERRCODE_INVALID_DATETIME_FORMAT
               : rc == FOI_ENOMEM ? ERRCODE_OUT_OF_MEMORY
                                  : ERRCODE_INVALID_PARAMETER_VALUE;
    ereport(ERROR, (errcode(code), errmsg("foiclock.%s: %s", context, foi_error_last())));
}

static foi_date to_foi(DateADT d, const char *context)
{
    if (DATE_NOT_FINITE(d))
        ereport(ERROR, (errcode(ERRCODE_INVALID_DATETIME_FORMAT),
                        errmsg("foiclock.%s: date \"%s\" is not a day foiclock can count from",
                               context, DATE_IS_NOBEGIN(d) ? "-infinity" : "infinity")));
    int64 serial = (int64)d + PG_TO_FOI_DAYS;
    if (serial < FOI_DATE_MIN_SERIAL || serial > FOI_DATE_MAX_SERIAL)
        ereport(ERROR,
                (errcode(ERRCODE_INVALID_DATETIME_FORMAT),
                 errmsg("foiclock.%s: date \"%s\" is outside 0001-01-01..9999-12-31", context,
                        DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(d))))));
    foi_date out = {(int32_t)serial};
    return out;
}

static DateADT to_pg(foi_date d)
{
    return (DateADT)(d.serial - PG_TO_FOI_DAYS);
}

/*
 * Names (of a regime, rule, calendar...) are looked up once per call site:
 * a query evaluating due(d) on every row of a table passes the same text
 * every time, and the cache in fn_extra turns the lookup into one compare.
 */
typedef struct name_cache {
    int valid;
    size_t len;
    char name[64];
} name_cache;

static int cache_hit(const name_cache *c, const text *t)
{
    size_t len = VARSIZE_ANY_EXHDR(t);
    return c->valid && c->len == len && memcmp(c->name, VARDATA_ANY(t), len) == 0;
}

static void cache_store(name_cache *c, const text *t)
{
    size_t len = VARSIZE_ANY_EXHDR(t);
    c->valid = len < sizeof c->name;
    c->len = len;
    if (c->valid)
        memcpy(c->name, VARDATA_ANY(t), len);
}

static void *call_cache(FunctionCallInfo fcinfo, size_t size)
{
    if (!fcinfo->flinfo->fn_extra)
        fcinfo->flinfo->fn_extra = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, size);
    return fcinfo->flinfo->fn_extra;
}

static const foi_calendar *calendar_named(text *name, const char *context)
{
    foi_calendar_id id;
    int rc = foi_calendar_id_from_name(&id, text_to_cstring(name));
    if (rc)
        raise(rc, context);
    return foi_calendar_builtin(id);
}

/* A calendar argument, through the call site's cache. */
typedef struct calendar_cache {
    name_cache key;
    const foi_calendar *cal;
} calendar_cache;

static const foi_calendar *calendar_arg(FunctionCallInfo fcinfo, int argno, const char *context)
{
    calendar_cache *c = call_cache(fcinfo, sizeof *c);
    text *name = PG_GETARG_TEXT_PP(argno);
    if (!cache_hit(&c->key, name)) {
        c->cal = calendar_named(name, context);
        cache_store(&c->key, name);
    }
    return c->cal;
}

/*
 * One deadline through the library's batch path (two table reads for a
 * working-day rule). A failure is computed again singly, so that the
 * message is about the date and not about an index into an array.
 */
static Datum one_deadline(const foi_rule *rule, foi_date anchor, const foi_deadline_options *opts,
                          const char *context)
{
    foi_date due;
    if (foi_deadline_batch(&due, NULL, rule, &anchor, 1, opts, NULL)) {
        foi_deadline d;
        int rc = foi_deadline_compute(&d, rule, anchor, opts);
        raise(rc ? rc : FOI_EINVAL, context);
    }
    return DateADTGetDatum(to_pg(due));
}

/* due(received date, regime text) */
typedef struct due_cache {
    name_cache key;
    const foi_rule *rule;
    /* The regime has a response rule in force only for a while: choose by
     * the date of receipt (others choose nothing per row). */
    int banded;
} due_cache;

Datum foiclock_due(PG_FUNCTION_ARGS)
{
    foi_date received = to_foi(PG_GETARG_DATEADT(0), "due");
    due_cache *c = call_cache(fcinfo, sizeof *c);
    text *regime_t = PG_GETARG_TEXT_PP(1);
    if (!cache_hit(&c->key, regime_t)) {
        foi_regime regime;
        int rc = foi_regime_from_name(&regime, text_to_cstring(regime_t));
        if (rc)
            raise(rc, "due");
        if (regime == FOI_REGIME_SAR)
            ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                            errmsg("foiclock.due: subject access has no single response date "
                                   "without a division"),
                            errhint("Use foiclock.deadline('sar.response', received, "
                                    "division => ...).")));
        if (regime == FOI_REGIME_LE_SAR)
            ereport(ERROR,
                    (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                     errmsg("foiclock.due: law-enforcement subject access has no single response "
                            "date without a division"),
                     errhint("Use foiclock.deadline('le-sar.response', received, "
                             "division => ...).")));
        if ((rc = foi_rule_for(&c->rule, regime, FOI_ROLE_RESPONSE)) != 0)
            raise(rc, "due");
        c->banded = 0;
        for (size_t k = 0; k < foi_rules_count(); k++) {
            const foi_rule *r = foi_rule_at(k);
            if (r->regime == regime && r->role == FOI_ROLE_RESPONSE &&
                (r->in_force_from.serial || r->in_force_until.serial))
                c->banded = 1;
        }
        cache_store(&c->key, regime_t);
    }
    /* The regime's response rule in force for that date of receipt (the
     * Coronavirus (Scotland) Act 2020's 60 working days for FOISA requests
     * received from 7 April to 26 May 2020). */
    const foi_rule *in_force = c->rule;
    if (c->banded && foi_rule_for_date(&in_force, c->rule->regime, FOI_ROLE_RESPONSE, received))
        in_force = c->rule;
    return one_deadline(in_force, received, NULL, "due");
}

/* deadline(rule text, start date, receipt_rule text, division text) and
 * deadline_json(the same) */
typedef struct deadline_cache {
    name_cache rule_key, receipt_key, division_key;
    const foi_rule *rule;
    foi_receipt_rule receipt;
    unsigned division;
} deadline_cache;

/* The rule and options of deadline() and deadline_json(). */
static const foi_rule *deadline_args(foi_deadline_options *opts, FunctionCallInfo fcinfo,
                                     const char *context)
{
    deadline_cache *c = call_cache(fcinfo, sizeof *c);
    text *rule_t = PG_GETARG_TEXT_PP(0);
    text *receipt_t = PG_GETARG_TEXT_PP(2);
    text *division_t = PG_GETARG_TEXT_PP(3);
    int rc;
    if (!cache_hit(&c->rule_key, rule_t)) {
        if ((rc = foi_rule_find(&c->rule, text_to_cstring(rule_t))) != 0)
            raise(rc, context);
        cache_store(&c->rule_key, rule_t);
    }
    if (!cache_hit(&c->receipt_key, receipt_t)) {
        if ((rc = foi_receipt_rule_from_name(&c->receipt, text_to_cstring(receipt_t))) != 0)
            raise(rc, context);
        cache_store(&c->receipt_key, receipt_t);
    }
    if (!cache_hit(&c->division_key, division_t)) {
        if ((rc = foi_division_from_name(&c->division, text_to_cstring(division_t))) != 0)
            raise(rc, context);
        cache_store(&c->division_key, division_t);
    }
    foi_deadline_options_init(opts);
    opts->receipt_rule = c->receipt;
    opts->division = c->division;
    return c->rule;
}

Datum foiclock_deadline(PG_FUNCTION_ARGS)
{
    foi_date start = to_foi(PG_GETARG_DATEADT(1), "deadline");
    foi_deadline_options opts;
    const foi_rule *rule = deadline_args(&opts, fcinfo, "deadline");
    return one_deadline(rule, start, &opts, "deadline");
}

/*
 * A string from the library's JSON renderer as jsonb. The library's copy is
 * freed before jsonb_in runs, since that may raise an error.
 */
static Datum library_jsonb(int rc, char *json, const char *context)
{
    if (rc)
        raise(rc, context);
    char *copy = pstrdup(json);
    foi_json_free(json);
    return DirectFunctionCall1(jsonb_in, CStringGetDatum(copy));
}

/* deadline_json(rule text, start date, receipt_rule text, division text) */
Datum foiclock_deadline_json(PG_FUNCTION_ARGS)
{
    foi_date start = to_foi(PG_GETARG_DATEADT(1), "deadline_json");
    foi_deadline_options opts;
    const foi_rule *rule = deadline_args(&opts, fcinfo, "deadline_json");
    foi_deadline d;
    int rc = foi_deadline_compute(&d, rule, start, &opts);
    if (rc)
        raise(rc, "deadline_json");
    char *json = NULL;
    rc = foi_deadline_json(&json, &d, opts.receipt_rule);
    return library_jsonb(rc, json, "deadline_json");
}

/* add_working_days(d date, n integer, calendar text) */
Datum foiclock_add_working_days(PG_FUNCTION_ARGS)
{
    foi_date d = to_foi(PG_GETARG_DATEADT(0), "add_working_days");
    int32 n = PG_GETARG_INT32(1);
    const foi_calendar *cal = calendar_arg(fcinfo, 2, "add_working_days");
    foi_date out;
    int rc = foi_calendar_add(&out, cal, d, n);
    if (rc)
        raise(rc, "add_working_days");
    PG_RETURN_DATEADT(to_pg(out));
}

/* working_days(from_date date, to_date date, calendar text) */
Datum foiclock_working_days(PG_FUNCTION_ARGS)
{
    foi_date from = to_foi(PG_GETARG_DATEADT(0), "working_days");
    foi_date to = to_foi(PG_GETARG_DATEADT(1), "working_days");
    const foi_calendar *cal = calendar_arg(fcinfo, 2, "working_days");
    int n;
    int rc = foi_calendar_count(&n, cal, from, to);
    if (rc)
        raise(rc, "working_days");
    PG_RETURN_INT32(n);
}

/* is_working_day(d date, calendar text) */
Datum foiclock_is_working_day(PG_FUNCTION_ARGS)
{
    foi_date d = to_foi(PG_GETARG_DATEADT(0), "is_working_day");
    const foi_calendar *cal = calendar_arg(fcinfo, 1, "is_working_day");
    int rc = foi_calendar_is_working_day(cal, d);
    if (rc < 0)
        raise(rc, "is_working_day");
    PG_RETURN_BOOL(rc == 1);
}

/* The names of the division bits in a mask, as a text[]. */
static Datum divisions_array(unsigned mask)
{
    Datum names[3];
    int n = 0;
    for (unsigned bit = 1; bit && n < 3; bit <<= 1)
        if (mask & bit && *foi_division_name(bit))
            names[n++] = CStringGetTextDatum(foi_division_name(bit));
    return PointerGetDatum(construct_array(names, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * holidays(from_date date, to_date date, calendar text): one row per day and
 * name, the divisions that keep it under that name merged (the library holds
 * Christmas Day once for Scotland, by statute, and once for the rest of the
 * UK, at common law).
 */
Datum foiclock_holidays(PG_FUNCTION_ARGS)
{
    foi_date from = to_foi(PG_GETARG_DATEADT(0), "holidays");
    foi_date to = to_foi(PG_GETARG_DATEADT(1), "holidays");
    const foi_calendar *cal = calendar_named(PG_GETARG_TEXT_PP(2), "holidays");
    const foi_holiday *h;
    size_t n;
    int rc = foi_calendar_holidays(&h, &n, cal, from, to);
    if (rc)
        raise(rc, "holidays");

    InitMaterializedSRF(fcinfo, 0);
    ReturnSetInfo *rsinfo = (ReturnSetInfo *)fcinfo->resultinfo;
    for (size_t i = 0; i < n;) {
        unsigned mask = h[i].divisions;
        int provisional = h[i].provisional;
        size_t j = i + 1;
        /* Entries of one day sharing a name are next to each other or
         * separated only by other names of that day. */
        for (size_t k = i + 1; k < n && h[k].date.serial == h[i].date.serial; k++)
            if (strcmp(h[k].name, h[i].name) == 0) {
                mask |= h[k].divisions;
                provisional |= h[k].provisional;
            }
        int seen_before = 0;
        for (size_t k = i; k-- > 0 && h[k].date.serial == h[i].date.serial;)
            if (strcmp(h[k].name, h[i].name) == 0)
                seen_before = 1;
        if (!seen_before) {
            Datum values[4] = {DateADTGetDatum(to_pg(h[i].date)), CStringGetTextDatum(h[i].name),
                               divisions_array(mask), BoolGetDatum(provisional)};
            bool nulls[4] = {false, false, false, false};
            tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
        }
        i = j;
    }
    return (Datum)0;
}

/*
 * The case of timeline(received, today, regime, <event dates>..., pit_extension,
 * division, receipt_rule, public_records, audience, direction_days,
 * direction_ground). NULL event dates are events that have not happened.
 * Returns 0 when received, today or regime is NULL (no case),
 * else 1 with *t computed (the caller frees it).
 */
static const foi_event tl_events[] = {FOI_EVENT_CLARIFICATION_REQUESTED,
                                      FOI_EVENT_CLARIFICATION_RECEIVED,
                                      FOI_EVENT_FEE_NOTICE,
                                      FOI_EVENT_FEE_PAID,
                                      FOI_EVENT_RESPONDED,
                                      FOI_EVENT_REVIEW_REQUESTED,
                                      FOI_EVENT_REVIEW_RESPONDED,
                                      FOI_EVENT_DECISION_NOTICE,
                                      FOI_EVENT_COMPLAINED,
                                      FOI_EVENT_DIRECTION};
#define TL_N_EVENTS ((int)(sizeof tl_events / sizeof *tl_events))
#define TL_EVENTS_ARG 3 /* the first event date after received, in tl_events order */
#define TL_PIT_ARG (TL_EVENTS_ARG + TL_N_EVENTS)
#define TL_DIVISION_ARG (TL_PIT_ARG + 1)
#define TL_RECEIPT_ARG (TL_DIVISION_ARG + 1)
#define TL_RECORDS_ARG (TL_RECEIPT_ARG + 1)
#define TL_AUDIENCE_ARG (TL_RECORDS_ARG + 1)
#define TL_DIRECTION_DAYS_ARG (TL_AUDIENCE_ARG + 1)
#define TL_DIRECTION_GROUND_ARG (TL_AUDIENCE_ARG + 2)

static int timeline_case(foi_timeline **t, foi_case *c, foi_date *today, FunctionCallInfo fcinfo,
                         const char *context)
{
    if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
        return 0;
    foi_regime regime;
    int rc = foi_regime_from_name(&regime, text_to_cstring(PG_GETARG_TEXT_PP(2)));
    if (rc)
        raise(rc, context);
    foi_case_init(c, regime);
    foi_case_set(c, FOI_EVENT_RECEIVED, to_foi(PG_GETARG_DATEADT(0), context));
    *today = to_foi(PG_GETARG_DATEADT(1), context);
    for (int i = 0; i < TL_N_EVENTS; i++)
        if (!PG_ARGISNULL(TL_EVENTS_ARG + i))
            foi_case_set(c, tl_events[i], to_foi(PG_GETARG_DATEADT(TL_EVENTS_ARG + i), context));
    c->pit_extension = !PG_ARGISNULL(TL_PIT_ARG) && PG_GETARG_BOOL(TL_PIT_ARG);
    if (!PG_ARGISNULL(TL_DIVISION_ARG) &&
        (rc = foi_division_from_name(&c->division,
                                     text_to_cstring(PG_GETARG_TEXT_PP(TL_DIVISION_ARG)))) != 0)
        raise(rc, context);
    if (!PG_ARGISNULL(TL_RECEIPT_ARG) &&
        (rc = foi_receipt_rule_from_name(&c->receipt_rule,
                                         text_to_cstring(PG_GETARG_TEXT_PP(TL_RECEIPT_ARG)))) != 0)
        raise(rc, context);
    c->public_records = PG_NARGS() > TL_RECORDS_ARG && !PG_ARGISNULL(TL_RECORDS_ARG) &&
                        PG_GETARG_BOOL(TL_RECORDS_ARG);
    if (PG_NARGS() > TL_AUDIENCE_ARG && !PG_ARGISNULL(TL_AUDIENCE_ARG) &&
        (rc = foi_audience_from_name(&c->audience,
                                     text_to_cstring(PG_GETARG_TEXT_PP(TL_AUDIENCE_ARG)))) != 0)
        raise(rc, context);
    if (!PG_ARGISNULL(TL_DIRECTION_DAYS_ARG))
        c->direction_days = PG_GETARG_INT32(TL_DIRECTION_DAYS_ARG);
    if (!PG_ARGISNULL(TL_DIRECTION_GROUND_ARG) &&
        (rc = foi_direction_ground_from_name(
             &c->direction_ground, text_to_cstring(PG_GETARG_TEXT_PP(TL_DIRECTION_GROUND_ARG)))) !=
            0)
        raise(rc, context);
    if ((rc = foi_timeline_compute(t, c)) != 0)
        raise(rc, context);
    return 1;
}

/* Every entry's status, or an error with the timeline freed. */
static foi_status *timeline_statuses(foi_timeline *t, foi_date today, const char *context)
{
    size_t n = foi_timeline_count(t);
    foi_status *s = palloc((n ? n : 1) * sizeof *s);
    for (size_t i = 0; i < n; i++) {
        int rc = foi_timeline_status(&s[i], t, i, today);
        if (rc) {
            foi_timeline_free(t);
            raise(rc, context);
        }
    }
    return s;
}

enum {
    TL_RULE,
    TL_SUMMARY,
    TL_ANCHOR,
    TL_DUE,
    TL_STATUS,
    TL_REMAINING,
    TL_OVERDUE,
    TL_EARLY,
    TL_LATE,
    TL_DONE_BY,
    TL_DONE_ON,
    TL_CALENDAR,
    TL_STATUTORY,
    TL_BASIS,
    TL_PROVISIONAL,
    TL_NOTE,
    TL_NCOLS
};

static void timeline_rows(const foi_timeline *t, const foi_status *s, ReturnSetInfo *rsinfo)
{
    size_t n = foi_timeline_count(t);
    for (size_t i = 0; i < n; i++) {
        const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
        const foi_deadline *d = &e->deadline;
        Datum v[TL_NCOLS];
        bool null[TL_NCOLS];
        memset(null, true, sizeof null);
#define SET(col, value) (v[col] = (value), null[col] = false)
        SET(TL_RULE, CStringGetTextDatum(d->rule->id));
        SET(TL_SUMMARY, CStringGetTextDatum(d->rule->summary));
        SET(TL_ANCHOR, DateADTGetDatum(to_pg(d->anchor)));
        SET(TL_STATUS, CStringGetTextDatum(foi_state_name(s[i].state)));
        SET(TL_STATUTORY, BoolGetDatum(d->rule->statutory != 0));
        SET(TL_BASIS, CStringGetTextDatum(d->rule->basis));
        if (!e->paused) {
            SET(TL_DUE, DateADTGetDatum(to_pg(d->due)));
            SET(TL_CALENDAR, CStringGetTextDatum(foi_calendar_name(d->calendar)));
            SET(TL_PROVISIONAL, BoolGetDatum(d->provisional != 0));
        }
        switch (s[i].state) {
        case FOI_STATE_PENDING:
            SET(TL_REMAINING, Int32GetDatum(s[i].remaining));
            break;
        case FOI_STATE_DUE_TODAY:
            SET(TL_REMAINING, Int32GetDatum(0));
            break;
        case FOI_STATE_OVERDUE:
            SET(TL_OVERDUE, Int32GetDatum(s[i].overdue));
            break;
        case FOI_STATE_MET:
            SET(TL_EARLY, Int32GetDatum(s[i].early));
            break;
        case FOI_STATE_MISSED:
            SET(TL_LATE, Int32GetDatum(s[i].late));
            break;
        default:
            break;
        }
        if (e->has_done_event) {
            SET(TL_DONE_BY, CStringGetTextDatum(foi_event_name(e->done_event)));
            if (e->done)
                SET(TL_DONE_ON, DateADTGetDatum(to_pg(e->done_on)));
        }
        if (e->note)
            SET(TL_NOTE, CStringGetTextDatum(e->note));
#undef SET
        tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, null);
    }
}

Datum foiclock_timeline(PG_FUNCTION_ARGS)
{
    InitMaterializedSRF(fcinfo, 0);
    foi_timeline *t;
    foi_case c;
    foi_date today;
    if (!timeline_case(&t, &c, &today, fcinfo, "timeline"))
        return (Datum)0;
    /* Held in volatile variables across the longjmp of an error. */
    foi_timeline *volatile vt = t;
    const foi_status *volatile s = timeline_statuses(t, today, "timeline");
    PG_TRY();
    {
        timeline_rows(vt, s, (ReturnSetInfo *)fcinfo->resultinfo);
    }
    PG_FINALLY();
    {
        foi_timeline_free(vt);
    }
    PG_END_TRY();
    return (Datum)0;
}

/* timeline_json(the arguments of timeline): the case and its deadlines as
 * the library renders them, the CLI's `timeline --format json`. */
Datum foiclock_timeline_json(PG_FUNCTION_ARGS)
{
    foi_timeline *t;
    foi_case c;
    foi_date today;
    if (!timeline_case(&t, &c, &today, fcinfo, "timeline_json"))
        PG_RETURN_NULL();
    char *json = NULL;
    int rc = foi_timeline_json(&json, &c, t, today);
    foi_timeline_free(t);
    return library_jsonb(rc, json, "timeline_json");
}
