/*
 * The foiclock extension for SQLite (.load ./foiclock): the scalar deadline
 * and working-day functions over ISO date text ('2018-10-15'), counted on
 * the calendars compiled into the library.
 *
 * Every function is deterministic (its answer depends on its arguments and
 * the built-in data only) and innocuous (no side effects), so it can be used
 * in indexes, generated columns and CHECK constraints. A NULL argument gives
 * NULL; anything else that is not right raises an SQL error with the
 * library's message.
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include <stdio.h>
#include <string.h>

#include <foiclock/foiclock.h>

/* sqlite3_value_text returns unsigned char *: the library takes char *. */
static const char *text_arg(sqlite3_value *v)
{
    return (const char *)sqlite3_value_text(v);
}

static int any_null(int argc, sqlite3_value **argv)
{
    for (int i = 0; i < argc; i++)
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            return 1;
    return 0;
}

static void fail(sqlite3_context *ctx, const char *fn)
{
    char msg[512];
    snprintf(msg, sizeof msg, "%s: %s", fn, foi_error_last());
    sqlite3_result_error(ctx, msg, -1);
}

static int date_arg(foi_date *out, sqlite3_context *ctx, sqlite3_value *v, const char *fn)
{
    const char *s = text_arg(v);
    if (!s) {
        sqlite3_result_error_nomem(ctx);
        return -1;
    }
    if (foi_date_parse_n(out, s, (size_t)sqlite3_value_bytes(v), NULL)) {
        fail(ctx, fn);
        return -1;
    }
    return 0;
}

/* The date as ISO text. */
static void result_date(sqlite3_context *ctx, foi_date d)
{
    char iso[FOI_DATE_ISO_SIZE];
    sqlite3_result_text(ctx, foi_date_format_iso(d, iso), 10, SQLITE_TRANSIENT);
}

/*
 * A calendar named by argument i ('uk' when absent). The lookup is kept as
 * auxiliary data, so a constant name is looked up once per statement.
 */
static const foi_calendar *calendar_arg(sqlite3_context *ctx, int argc, sqlite3_value **argv, int i,
                                        const char *fn)
{
    if (i >= argc)
        return foi_calendar_builtin(FOI_CAL_UK);
    const foi_calendar *cal = sqlite3_get_auxdata(ctx, i);
    if (cal)
        return cal;
    foi_calendar_id id;
    const char *name = text_arg(argv[i]);
    if (!name) {
        sqlite3_result_error_nomem(ctx);
        return NULL;
    }
    if (foi_calendar_id_from_name(&id, name)) {
        fail(ctx, fn);
        return NULL;
    }
    cal = foi_calendar_builtin(id);
    /* Built-in calendars are static: nothing to free. */
    sqlite3_set_auxdata(ctx, i, (void *)(uintptr_t)cal, NULL);
    return cal;
}

/* One deadline through the library's batch path; a failure is computed
 * again singly for a message about the date itself. */
static void deadline_result(sqlite3_context *ctx, const foi_rule *rule, foi_date anchor,
                            const foi_deadline_options *opts, const char *fn)
{
    foi_date due;
    if (foi_deadline_batch(&due, NULL, rule, &anchor, 1, opts, NULL)) {
        foi_deadline d;
        foi_deadline_compute(&d, rule, anchor, opts);
        fail(ctx, fn);
        return;
    }
    result_date(ctx, due);
}

/* due(received [, regime]) */
static void fn_due(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (any_null(argc, argv))
        return;
    foi_date received;
    if (date_arg(&received, ctx, argv[0], "due"))
        return;
    const foi_rule *rule = argc > 1 ? sqlite3_get_auxdata(ctx, 1) : NULL;
    if (!rule) {
        foi_regime regime = FOI_REGIME_FOIA;
        if (argc > 1 && foi_regime_from_name(&regime, text_arg(argv[1]) ? text_arg(argv[1]) : "")) {
            fail(ctx, "due");
            return;
        }
        if (regime == FOI_REGIME_SAR) {
            sqlite3_result_error(ctx,
                                 "due: subject access depends on the controller's division: "
                                 "use deadline('sar.response', received, 'statutory', division)",
                                 -1);
            return;
        }
        if (regime == FOI_REGIME_LE_SAR) {
            sqlite3_result_error(ctx,
                                 "due: law-enforcement subject access depends on the controller's "
                                 "division: use deadline('le-sar.response', received, "
                                 "'statutory', division)",
                                 -1);
            return;
        }
        if (foi_rule_for(&rule, regime, FOI_ROLE_RESPONSE)) {
            fail(ctx, "due");
            return;
        }
        if (argc > 1)
            sqlite3_set_auxdata(ctx, 1, (void *)(uintptr_t)rule, NULL);
    }
    /* The regime's response rule in force for that date of receipt (the
     * Coronavirus (Scotland) Act 2020's 60 working days for FOISA requests
     * received from 7 April to 26 May 2020), looked for only in regimes
     * that have such a rule. */
    const unsigned char *banded = sqlite3_user_data(ctx);
    const foi_rule *in_force = rule;
    if (banded && banded[rule->regime] &&
        foi_rule_for_date(&in_force, rule->regime, FOI_ROLE_RESPONSE, received))
        in_force = rule;
    deadline_result(ctx, in_force, received, NULL, "due");
}

/* deadline(rule, start [, receipt_rule [, division]]) */
static void fn_deadline(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (any_null(argc, argv))
        return;
    const char *rule_s = text_arg(argv[0]);
    const foi_rule *rule = sqlite3_get_auxdata(ctx, 0);
    if (!rule) {
        if (foi_rule_find(&rule, rule_s ? rule_s : "")) {
            fail(ctx, "deadline");
            return;
        }
        sqlite3_set_auxdata(ctx, 0, (void *)(uintptr_t)rule, NULL);
    }
    foi_date start;
    if (date_arg(&start, ctx, argv[1], "deadline"))
        return;
    foi_deadline_options opts;
    foi_deadline_options_init(&opts);
    if (argc > 2 && foi_receipt_rule_from_name(&opts.receipt_rule,
                                               text_arg(argv[2]) ? text_arg(argv[2]) : "")) {
        fail(ctx, "deadline");
        return;
    }
    if (argc > 3 &&
        foi_division_from_name(&opts.division, text_arg(argv[3]) ? text_arg(argv[3]) : "")) {
        fail(ctx, "deadline");
        return;
    }
    deadline_result(ctx, rule, start, &opts, "deadline");
}

/* n as an int, or an error: a count must be an integer, not 1.5 or 'two'. */
static int int_arg(int *out, sqlite3_context *ctx, sqlite3_value *v, const char *fn)
{
    sqlite3_int64 n = sqlite3_value_int64(v);
    if (sqlite3_value_numeric_type(v) != SQLITE_INTEGER || n < -2147483647 - 1 || n > 2147483647) {
        char msg[160];
        snprintf(msg, sizeof msg, "%s: the number of working days must be an integer, not '%.40s'",
                 fn, text_arg(v) ? text_arg(v) : "");
        sqlite3_result_error(ctx, msg, -1);
        return -1;
    }
    *out = (int)n;
    return 0;
}

/* add_working_days(date, n [, calendar]) */
static void fn_add_working_days(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (any_null(argc, argv))
        return;
    foi_date d, out;
    int n;
    if (date_arg(&d, ctx, argv[0], "add_working_days") ||
        int_arg(&n, ctx, argv[1], "add_working_days"))
        return;
    const foi_calendar *cal = calendar_arg(ctx, argc, argv, 2, "add_working_days");
    if (!cal)
        return;
    if (foi_calendar_add(&out, cal, d, n)) {
        fail(ctx, "add_working_days");
        return;
    }
    result_date(ctx, out);
}

/* working_days(from, to [, calendar]) */
static void fn_working_days(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (any_null(argc, argv))
        return;
    foi_date from, to;
    if (date_arg(&from, ctx, argv[0], "working_days") ||
        date_arg(&to, ctx, argv[1], "working_days"))
        return;
    const foi_calendar *cal = calendar_arg(ctx, argc, argv, 2, "working_days");
    if (!cal)
        return;
    int n;
    if (foi_calendar_count(&n, cal, from, to)) {
        fail(ctx, "working_days");
        return;
    }
    sqlite3_result_int(ctx, n);
}

/* is_working_day(date [, calendar]) */
static void fn_is_working_day(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (any_null(argc, argv))
        return;
    foi_date d;
    if (date_arg(&d, ctx, argv[0], "is_working_day"))
        return;
    const foi_calendar *cal = calendar_arg(ctx, argc, argv, 1, "is_working_day");
    if (!cal)
        return;
    int rc = foi_calendar_is_working_day(cal, d);
    if (rc < 0) {
        fail(ctx, "is_working_day");
        return;
    }
    sqlite3_result_int(ctx, rc);
}

/* The one exported symbol (the module is built with hidden visibility, so
 * that sqlite3_api stays private to it when several extensions are loaded). */
__attribute__((visibility("default"))) int sqlite3_foiclock_init(sqlite3 *db, char **errmsg,
                                                                 const sqlite3_api_routines *api);

int sqlite3_foiclock_init(sqlite3 *db, char **errmsg, const sqlite3_api_routines *api)
{
    SQLITE_EXTENSION_INIT2(api);
    (void)errmsg;
    static const struct {
        const char *name;
        int min_args, max_args;
        void (*fn)(sqlite3_context *, int, sqlite3_value **);
    } fns[] = {{"due", 1, 2, fn_due},
               {"deadline", 2, 4, fn_deadline},
               {"add_working_days", 2, 3, fn_add_working_days},
               {"working_days", 2, 3, fn_working_days},
               {"is_working_day", 1, 2, fn_is_working_day}};
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    for (size_t i = 0; i < sizeof fns / sizeof *fns; i++)
        for (int n = fns[i].min_args; n <= fns[i].max_args; n++) {
            /* due: which regimes have a response rule in force only for a
             * while, so that the others choose no rule per row (one copy
             * per registration, freed with it). */
            unsigned char *banded = NULL;
            if (fns[i].fn == fn_due) {
                if (!(banded = sqlite3_malloc(FOI_REGIME_COUNT)))
                    return SQLITE_NOMEM;
                memset(banded, 0, FOI_REGIME_COUNT);
                for (size_t k = 0; k < foi_rules_count(); k++) {
                    const foi_rule *r = foi_rule_at(k);
                    if (r->role == FOI_ROLE_RESPONSE &&
                        (r->in_force_from.serial || r->in_force_until.serial))
                        banded[r->regime] = 1;
                }
            }
            int rc = sqlite3_create_function_v2(db, fns[i].name, n, flags, banded, fns[i].fn, NULL,
                                                NULL, banded ? sqlite3_free : NULL);
            if (rc != SQLITE_OK)
                return rc;
        }
    return SQLITE_OK;
}
