/*
 * foiclock._foiclock: the CPython binding of the foiclock library.
 *
 * The working-day arithmetic (due, add, count, ...) and the array functions
 * are used as they are; the functions whose names start with an underscore
 * return plain tuples that foiclock/__init__.py turns into classes. Dates go
 * in as datetime.date (an aware datetime is converted to the UK civil date)
 * or as text in any form foi_date_parse accepts, and come out as
 * datetime.date. Every library failure becomes foiclock.Error (a ValueError)
 * carrying the library's message. NumPy is imported only by the array
 * functions, and reached through its Python API and __array_interface__, so
 * that the module neither needs NumPy's headers to build nor NumPy to run.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <datetime.h>

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <foiclock/foiclock.h>

#include "ical_api.h"

static PyObject *Error;
static PyObject *numpy_mod;
static const struct foiclock_ical_api *ical_api;
/* The response rule of each regime, looked up once. */
static const foi_rule *response_rule[FOI_REGIME_COUNT];

/* ---- errors ---- */

static const char *code_name(int code)
{
    switch (code) {
    case FOI_EINVAL:
        return "EINVAL";
    case FOI_ERANGE:
        return "ERANGE";
    case FOI_ENOTFOUND:
        return "ENOTFOUND";
    case FOI_ECONFLICT:
        return "ECONFLICT";
    case FOI_EIO:
        return "EIO";
    default:
        return "ERROR";
    }
}

/* Raises foiclock.Error with msg (prefixed by "prefix: " when given), the
 * code's name in .code and the inputs it is about in .field and
 * .other_field; returns NULL. */
static PyObject *raise_full(int code, const char *prefix, const char *msg, foi_field field,
                            foi_field other)
{
    if (code == FOI_ENOMEM)
        return PyErr_NoMemory();
    PyObject *text = PyUnicode_DecodeUTF8(msg, (Py_ssize_t)strlen(msg), "replace");
    if (text && prefix) {
        PyObject *t = PyUnicode_FromFormat("%s: %U", prefix, text);
        Py_DECREF(text);
        text = t;
    }
    if (!text)
        return NULL;
    PyObject *exc = PyObject_CallOneArg(Error, text);
    Py_DECREF(text);
    if (!exc)
        return NULL;
    PyObject *name = PyUnicode_FromString(code_name(code));
    if (!name || PyObject_SetAttrString(exc, "code", name) < 0) {
        Py_XDECREF(name);
        Py_DECREF(exc);
        return NULL;
    }
    Py_DECREF(name);
    /* The inputs of a case the failure is about, by their keyword names
     * (which are the library's field names), or None. */
    foi_field fields[2] = {field, other};
    static const char *const attrs[2] = {"field", "other_field"};
    for (int i = 0; i < 2; i++) {
        const char *fname = foi_field_name(fields[i]);
        PyObject *v = *fname ? PyUnicode_FromString(fname) : Py_NewRef(Py_None);
        if (!v || PyObject_SetAttrString(exc, attrs[i], v) < 0) {
            Py_XDECREF(v);
            Py_DECREF(exc);
            return NULL;
        }
        Py_DECREF(v);
    }
    PyErr_SetObject(Error, exc);
    Py_DECREF(exc);
    return NULL;
}

/* A failure found here rather than by the library: about no one input. */
static PyObject *raise_msg(int code, const char *prefix, const char *msg)
{
    return raise_full(code, prefix, msg, FOI_FIELD_NONE, FOI_FIELD_NONE);
}

static const char *marker_name(foi_field field, void *ctx)
{
    (void)field;
    (void)ctx;
    return "\x01";
}

/* The same with the library's last message on this thread. A message about
 * one input of a case that does not name it is prefixed with its name (the
 * keyword argument's), as the CLI prefixes the option. */
static PyObject *raise_code(int code, const char *prefix)
{
    const char *msg = foi_error_last();
    const char *field = foi_field_name(foi_error_field());
    if (!prefix && *field) {
        char marked[640];
        foi_error_describe(marked, sizeof marked, marker_name, NULL);
        if (strcmp(marked, msg) == 0)
            prefix = field;
    }
    return raise_full(code, prefix, msg, foi_error_field(), foi_error_other_field());
}

/* ---- arguments ---- */

/*
 * Maps fast-call arguments onto out[] by position and by the keywords in
 * names (NULL-terminated); at most maxpos may be positional. Unset slots
 * stay NULL. Borrowed references.
 */
static int parse_args(const char *fn, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                      const char *const *names, Py_ssize_t minpos, Py_ssize_t maxpos,
                      PyObject **out)
{
    Py_ssize_t nnames = 0;
    while (names[nnames])
        nnames++;
    for (Py_ssize_t i = 0; i < nnames; i++)
        out[i] = NULL;
    if (nargs > maxpos) {
        PyErr_Format(PyExc_TypeError, "%s() takes at most %zd positional arguments (%zd given)", fn,
                     maxpos, nargs);
        return -1;
    }
    for (Py_ssize_t i = 0; i < nargs; i++)
        out[i] = args[i];
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, k);
        Py_ssize_t i = 0;
        while (i < nnames && PyUnicode_CompareWithASCIIString(key, names[i]) != 0)
            i++;
        if (i == nnames) {
            PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%U'", fn, key);
            return -1;
        }
        if (out[i]) {
            PyErr_Format(PyExc_TypeError, "%s() got multiple values for argument '%s'", fn,
                         names[i]);
            return -1;
        }
        out[i] = args[nargs + k];
    }
    for (Py_ssize_t i = 0; i < minpos; i++) {
        if (!out[i]) {
            PyErr_Format(PyExc_TypeError, "%s() missing required argument '%s'", fn, names[i]);
            return -1;
        }
    }
    return 0;
}

static int is_none(PyObject *o)
{
    return !o || o == Py_None;
}

/* The UTF-8 text of a str argument, refusing embedded NUL characters. */
static const char *text_arg(PyObject *o, const char *what)
{
    if (!PyUnicode_Check(o)) {
        PyErr_Format(PyExc_TypeError, "%s must be a str, not %.100s", what, Py_TYPE(o)->tp_name);
        return NULL;
    }
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(o, &n);
    if (s && strlen(s) != (size_t)n) {
        raise_msg(FOI_EINVAL, what, "contains a NUL character");
        return NULL;
    }
    return s;
}

/*
 * A date argument: a datetime.date; a datetime.datetime (an aware one is
 * converted to the UK civil date at that instant, a naive one is taken as UK
 * civil time); text in any form foi_date_parse accepts; or a NumPy
 * datetime64 scalar. what prefixes messages (NULL: the library's message
 * alone).
 */
/* pandas' NaT (a datetime subclass) or NumPy's datetime64('NaT'): a
 * missing date, which an optional argument takes as None. */
static int is_nat(PyObject *o)
{
    const char *name = Py_TYPE(o)->tp_name;
    size_t n = strlen(name);
    if (n >= 7 && strcmp(name + n - 7, "NaTType") == 0)
        return 1;
    if (strcmp(name, "numpy.datetime64") == 0) {
        /* Not PyObject_RichCompareBool, which takes o == o for granted. */
        PyObject *eq = PyObject_RichCompare(o, o, Py_EQ);
        int same = eq ? PyObject_IsTrue(eq) : -1;
        Py_XDECREF(eq);
        PyErr_Clear();
        return same == 0;
    }
    return 0;
}

static int get_date(foi_date *out, PyObject *o, const char *what)
{
    int rc;
    if (is_nat(o)) {
        raise_msg(FOI_EINVAL, what, "NaT is not a date");
        return -1;
    }
    if (PyDate_Check(o)) {
        if (PyDateTime_Check(o) && PyDateTime_DATE_GET_TZINFO(o) != Py_None) {
            PyObject *ts = PyObject_CallMethod(o, "timestamp", NULL);
            if (!ts)
                return -1;
            double secs = PyFloat_AsDouble(ts);
            Py_DECREF(ts);
            if (secs == -1.0 && PyErr_Occurred())
                return -1;
            rc = foi_date_from_utc(out, (int64_t)floor(secs));
            if (rc) {
                raise_code(rc, what);
                return -1;
            }
            return 0;
        }
        rc = foi_date_from_ymd(out, PyDateTime_GET_YEAR(o), PyDateTime_GET_MONTH(o),
                               PyDateTime_GET_DAY(o));
        if (rc) {
            raise_code(rc, what);
            return -1;
        }
        return 0;
    }
    if (PyUnicode_Check(o)) {
        Py_ssize_t n;
        const char *s = PyUnicode_AsUTF8AndSize(o, &n);
        if (!s)
            return -1;
        rc = foi_date_parse_n(out, s, (size_t)n, NULL);
        if (rc) {
            raise_code(rc, what);
            return -1;
        }
        return 0;
    }
    if (strcmp(Py_TYPE(o)->tp_name, "numpy.datetime64") == 0) {
        PyObject *s = PyObject_Str(o);
        if (!s)
            return -1;
        rc = get_date(out, s, what);
        Py_DECREF(s);
        return rc;
    }
    if (what)
        PyErr_Format(PyExc_TypeError, "%s must be a date or a str, not %.100s", what,
                     Py_TYPE(o)->tp_name);
    else
        PyErr_Format(PyExc_TypeError, "expected a date or a str, not %.100s", Py_TYPE(o)->tp_name);
    return -1;
}

/* An optional date: *has is 0 for None. */
static int get_opt_date(foi_date *out, int *has, PyObject *o, const char *what)
{
    *has = 0;
    if (is_none(o) || is_nat(o))
        return 0;
    if (get_date(out, o, what))
        return -1;
    *has = 1;
    return 0;
}

/*
 * Dates the calendars cover come back as shared objects, made on first use:
 * a date is immutable, and making a new one costs about as much as the
 * rest of a due() call. Indexed by serial from 1971-01-01; filled only with
 * the GIL held.
 */
#define CACHE_FIRST 365  /* 1971-01-01 */
#define CACHE_DAYS 83565 /* to 2199-12-31 */
static PyObject **date_cache;

static PyObject *date_obj(foi_date d)
{
    uint32_t k = (uint32_t)(d.serial - CACHE_FIRST);
    if (k < CACHE_DAYS && date_cache && date_cache[k])
        return Py_NewRef(date_cache[k]);
    int y, m, day;
    foi_date_to_ymd(d, &y, &m, &day);
    PyObject *o = PyDate_FromDate(y, m, day);
    if (o && k < CACHE_DAYS && date_cache)
        date_cache[k] = Py_NewRef(o);
    return o;
}

static PyObject *opt_date_obj(int has, foi_date d)
{
    if (!has)
        Py_RETURN_NONE;
    return date_obj(d);
}

static int get_calendar(const foi_calendar **out, PyObject *o)
{
    if (is_none(o)) {
        *out = foi_calendar_builtin(FOI_CAL_UK);
        return 0;
    }
    const char *s = text_arg(o, "calendar");
    if (!s)
        return -1;
    foi_calendar_id id;
    int rc = foi_calendar_id_from_name(&id, s);
    if (rc) {
        raise_code(rc, NULL);
        return -1;
    }
    *out = foi_calendar_builtin(id);
    return 0;
}

static int get_int(int *out, PyObject *o, const char *what)
{
    if (!PyLong_Check(o) || PyBool_Check(o)) {
        PyErr_Format(PyExc_TypeError, "%s must be an int, not %.100s", what, Py_TYPE(o)->tp_name);
        return -1;
    }
    int overflow;
    long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (overflow || v < INT32_MIN + 1 || v > INT32_MAX) {
        PyObject *r = PyObject_Repr(o);
        if (r) {
            char msg[160];
            snprintf(msg, sizeof msg, "%s %s is out of range", what, PyUnicode_AsUTF8(r));
            Py_DECREF(r);
            raise_msg(FOI_ERANGE, NULL, msg);
        }
        return -1;
    }
    *out = (int)v;
    return 0;
}

static int get_regime(foi_regime *out, PyObject *o)
{
    if (is_none(o)) {
        *out = FOI_REGIME_FOIA;
        return 0;
    }
    const char *s = text_arg(o, "regime");
    if (!s)
        return -1;
    int rc = foi_regime_from_name(out, s);
    if (rc) {
        raise_code(rc, NULL);
        return -1;
    }
    return 0;
}

static int get_receipt(foi_receipt_rule *out, PyObject *o)
{
    if (is_none(o)) {
        *out = FOI_RECEIPT_STATUTORY;
        return 0;
    }
    const char *s = text_arg(o, "receipt_rule");
    if (!s)
        return -1;
    int rc = foi_receipt_rule_from_name(out, s);
    if (rc) {
        raise_code(rc, NULL);
        return -1;
    }
    return 0;
}

static int get_division(unsigned *out, PyObject *o)
{
    *out = 0;
    if (is_none(o))
        return 0;
    const char *s = text_arg(o, "division");
    if (!s)
        return -1;
    int rc = foi_division_from_name(out, s);
    if (rc) {
        raise_code(rc, NULL);
        return -1;
    }
    return 0;
}

static int get_rule(const foi_rule **out, PyObject *o)
{
    const char *s = text_arg(o, "rule");
    if (!s)
        return -1;
    int rc = foi_rule_find(out, s);
    if (rc) {
        raise_code(rc, NULL);
        return -1;
    }
    return 0;
}

/* A sequence of dates (school days) into a malloc'd array. */
static int get_dates(foi_date **out, size_t *n, PyObject *o, const char *what)
{
    *out = NULL;
    *n = 0;
    if (is_none(o))
        return 0;
    PyObject *seq = PySequence_Fast(o, "school_days must be a sequence of dates");
    if (!seq)
        return -1;
    Py_ssize_t len = PySequence_Fast_GET_SIZE(seq);
    foi_date *v = malloc((size_t)(len ? len : 1) * sizeof *v);
    if (!v) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < len; i++) {
        if (get_date(&v[i], PySequence_Fast_GET_ITEM(seq, i), what)) {
            free(v);
            Py_DECREF(seq);
            return -1;
        }
    }
    Py_DECREF(seq);
    *out = v;
    *n = (size_t)len;
    return 0;
}

/* ---- scalar arithmetic ---- */

PyDoc_STRVAR(due_doc,
             "due($module, received, regime='foia', *, receipt_rule='statutory', division=None)\n"
             "--\n\n"
             "The response deadline for a request received on *received*.\n\n"
             "*regime* is 'foia' (20 working days on the uk calendar, which counts a\n"
             "bank holiday in any part of the UK), 'eir', 'foisa' or 'eisr' (Scottish\n"
             "holidays only), 'sar' (one month, rolled forward on the calendar of\n"
             "*division*, default England and Wales), or 'le-sar' (DPA 2018 Part 3:\n"
             "one month beginning with the relevant time, not rolled). *receipt_rule*\n"
             "is 'statutory'\n"
             "(the day of receipt is day 0 even when it is not a working day) or\n"
             "'next-working-day' (the s.45 Code's reading).\n\n"
             "*received* may be a datetime.date, an aware datetime (converted to the\n"
             "UK date), or text: '2018-10-15', '15/10/2018', '15 October 2018',\n"
             "'Mon 15 Oct 2018', '2018-06-01T23:30:00Z' or an e-mail Date: header.\n"
             "Returns a datetime.date; raises foiclock.Error for a bad date or a date\n"
             "outside the calendars (1971-2199).\n\n"
             ">>> foiclock.due('2018-10-15')\n"
             "datetime.date(2018, 11, 12)\n");

static PyObject *py_due(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"received", "regime", "receipt_rule", "division", NULL};
    PyObject *v[4];
    foi_date received, due;
    /* due(date): the common call, with every option at its default. */
    if (nargs == 1 && !kwnames && PyDate_CheckExact(args[0])) {
        if (foi_date_from_ymd(&received, PyDateTime_GET_YEAR(args[0]),
                              PyDateTime_GET_MONTH(args[0]), PyDateTime_GET_DAY(args[0])) == 0 &&
            foi_deadline_batch(&due, NULL, response_rule[FOI_REGIME_FOIA], &received, 1, NULL,
                               NULL) == 0)
            return date_obj(due);
    }
    if (parse_args("due", args, nargs, kwnames, names, 1, 2, v))
        return NULL;
    foi_regime regime;
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    if (get_date(&received, v[0], NULL) || get_regime(&regime, v[1]) ||
        get_receipt(&o.receipt_rule, v[2]) || get_division(&o.division, v[3]))
        return NULL;
    /* The response rule in force for that date of receipt. */
    const foi_rule *rule = response_rule[regime];
    if (foi_rule_for_date(&rule, regime, FOI_ROLE_RESPONSE, received))
        rule = response_rule[regime];
    int rc = foi_deadline_batch(&due, NULL, rule, &received, 1, &o, NULL);
    if (rc) {
        /* The batch names the index; the single computation gives the
         * message as the other functions do. */
        foi_deadline d;
        rc = foi_deadline_compute(&d, rule, received, &o);
        return raise_code(rc ? rc : FOI_ERANGE, NULL);
    }
    return date_obj(due);
}

PyDoc_STRVAR(add_doc, "add($module, date, n, calendar='uk')\n"
                      "--\n\n"
                      "The *n*th working day after *date* (before it when n < 0), *date*\n"
                      "being day 0 whether or not it is a working day; n == 0 gives *date*.\n"
                      "*calendar* is 'uk', 'scotland', 'england-and-wales' or\n"
                      "'northern-ireland'. Returns a datetime.date.\n\n"
                      ">>> foiclock.add('2026-06-01', 20)\n"
                      "datetime.date(2026, 6, 30)\n");

static PyObject *py_add(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"date", "n", "calendar", NULL};
    PyObject *v[3];
    if (parse_args("add", args, nargs, kwnames, names, 2, 3, v))
        return NULL;
    foi_date d, r;
    int n;
    const foi_calendar *cal;
    if (get_date(&d, v[0], NULL) || get_int(&n, v[1], "n") || get_calendar(&cal, v[2]))
        return NULL;
    int rc = foi_calendar_add(&r, cal, d, n);
    if (rc)
        return raise_code(rc, NULL);
    return date_obj(r);
}

PyDoc_STRVAR(count_doc, "count($module, start, end, calendar='uk')\n"
                        "--\n\n"
                        "Working days after *start* up to and including *end* (negative when\n"
                        "*end* is before *start*): a response on working day 16 of 20 is\n"
                        "count(received, responded) == 16.\n\n"
                        ">>> foiclock.count('2018-10-15', '2018-11-12')\n"
                        "20\n");

static PyObject *py_count(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                          PyObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"start", "end", "calendar", NULL};
    PyObject *v[3];
    if (parse_args("count", args, nargs, kwnames, names, 2, 3, v))
        return NULL;
    foi_date a, b;
    const foi_calendar *cal;
    if (get_date(&a, v[0], NULL) || get_date(&b, v[1], NULL) || get_calendar(&cal, v[2]))
        return NULL;
    int n;
    int rc = foi_calendar_count(&n, cal, a, b);
    if (rc)
        return raise_code(rc, NULL);
    return PyLong_FromLong(n);
}

PyDoc_STRVAR(is_working_day_doc, "is_working_day($module, date, calendar='uk')\n"
                                 "--\n\n"
                                 "True if *date* is a working day on *calendar*.\n\n"
                                 ">>> foiclock.is_working_day('2026-06-15')  # Scotland's World "
                                 "Cup holiday\n"
                                 "False\n");

static PyObject *py_is_working_day(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                                   PyObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"date", "calendar", NULL};
    PyObject *v[2];
    if (parse_args("is_working_day", args, nargs, kwnames, names, 1, 2, v))
        return NULL;
    foi_date d;
    const foi_calendar *cal;
    if (get_date(&d, v[0], NULL) || get_calendar(&cal, v[1]))
        return NULL;
    int rc = foi_calendar_is_working_day(cal, d);
    if (rc < 0)
        return raise_code(rc, NULL);
    return PyBool_FromLong(rc);
}

static PyObject *step(const char *fn, int dir, PyObject *const *args, Py_ssize_t nargs,
                      PyObject *kwnames)
{
    static const char *const names[] = {"date", "calendar", NULL};
    PyObject *v[2];
    if (parse_args(fn, args, nargs, kwnames, names, 1, 2, v))
        return NULL;
    foi_date d, r;
    const foi_calendar *cal;
    if (get_date(&d, v[0], NULL) || get_calendar(&cal, v[1]))
        return NULL;
    int rc = dir > 0 ? foi_calendar_next(&r, cal, d) : foi_calendar_prev(&r, cal, d);
    if (rc)
        return raise_code(rc, NULL);
    return date_obj(r);
}

PyDoc_STRVAR(next_doc, "next_working_day($module, date, calendar='uk')\n"
                       "--\n\n"
                       "The first working day strictly after *date*, on *calendar* ('uk',\n"
                       "'scotland', 'england-and-wales' or 'northern-ireland').\n\n"
                       ">>> foiclock.next_working_day('2018-03-29')  # Good Friday, Easter Monday\n"
                       "datetime.date(2018, 4, 3)\n");

static PyObject *py_next(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self;
    return step("next_working_day", 1, args, nargs, kwnames);
}

PyDoc_STRVAR(prev_doc, "previous_working_day($module, date, calendar='uk')\n"
                       "--\n\n"
                       "The last working day strictly before *date*, on *calendar* ('uk',\n"
                       "'scotland', 'england-and-wales' or 'northern-ireland').\n\n"
                       ">>> foiclock.previous_working_day('2018-04-03')\n"
                       "datetime.date(2018, 3, 29)\n");

static PyObject *py_prev(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    (void)self;
    return step("previous_working_day", -1, args, nargs, kwnames);
}

PyDoc_STRVAR(parse_date_doc,
             "parse_date($module, text)\n"
             "--\n\n"
             "*text* as a datetime.date, read as every foiclock function reads a date:\n"
             "'2018-10-15', '15/10/2018' (day first), '15 October 2018',\n"
             "'Mon 15 Oct 2018', an ISO 8601 date-time with an offset (converted to\n"
             "the UK date: '2018-06-01T23:30:00Z' is 2 June) or an e-mail Date:\n"
             "header. An impossible date such as '30/02/2019' raises foiclock.Error.\n");

static PyObject *py_parse_date(PyObject *self, PyObject *arg)
{
    (void)self;
    foi_date d;
    if (get_date(&d, arg, NULL))
        return NULL;
    return date_obj(d);
}

/* ---- tables: holidays, calendars, rules ---- */

/* The part a rule plays in a case ("response", ...), or None for a rule
 * outside the table. */
static PyObject *role_obj(const foi_rule *r)
{
    const char *name = foi_role_name(r->role);
    if (!*name)
        Py_RETURN_NONE;
    return PyUnicode_FromString(name);
}

static PyObject *divisions_tuple(unsigned mask)
{
    int n = 0;
    for (unsigned b = 1; b <= FOI_DIV_NORTHERN_IRELAND; b <<= 1)
        n += (mask & b) != 0;
    PyObject *t = PyTuple_New(n);
    if (!t)
        return NULL;
    int k = 0;
    for (unsigned b = 1; b <= FOI_DIV_NORTHERN_IRELAND; b <<= 1) {
        if (!(mask & b))
            continue;
        PyObject *s = PyUnicode_FromString(foi_division_name(b));
        if (!s) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, k++, s);
    }
    return t;
}

/* (date, name, divisions, basis, substitute, provisional, source) */
static PyObject *holiday_tuple(const foi_holiday *h)
{
    return Py_BuildValue("(NsNsNNs)", date_obj(h->date), h->name, divisions_tuple(h->divisions),
                         foi_basis_name(h->basis), PyBool_FromLong(h->substitute),
                         PyBool_FromLong(h->provisional), h->source);
}

static PyObject *holidays_list(const foi_holiday *h, size_t n)
{
    PyObject *l = PyList_New((Py_ssize_t)n);
    if (!l)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        PyObject *t = holiday_tuple(&h[i]);
        if (!t) {
            Py_DECREF(l);
            return NULL;
        }
        PyList_SET_ITEM(l, (Py_ssize_t)i, t);
    }
    return l;
}

static PyObject *py_holidays(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (nargs != 3) {
        PyErr_SetString(PyExc_TypeError, "_holidays(calendar, start, end)");
        return NULL;
    }
    const foi_calendar *cal;
    foi_date a, b;
    if (get_calendar(&cal, args[0]) || get_date(&a, args[1], "start") ||
        get_date(&b, args[2], "end"))
        return NULL;
    const foi_holiday *h;
    size_t n;
    int rc = foi_calendar_holidays(&h, &n, cal, a, b);
    if (rc)
        return raise_code(rc, NULL);
    return holidays_list(h, n);
}

static PyObject *py_calendars(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    PyObject *l = PyList_New(FOI_CAL_COUNT);
    if (!l)
        return NULL;
    for (int i = 0; i < FOI_CAL_COUNT; i++) {
        const foi_calendar *c = foi_calendar_builtin((foi_calendar_id)i);
        foi_date first, last, published;
        foi_calendar_coverage(c, &first, &last, &published);
        PyObject *t = Py_BuildValue("(ssNNNN)", foi_calendar_name(c), foi_calendar_description(c),
                                    divisions_tuple(foi_calendar_divisions(c)), date_obj(first),
                                    date_obj(last), date_obj(published));
        if (!t) {
            Py_DECREF(l);
            return NULL;
        }
        PyList_SET_ITEM(l, i, t);
    }
    return l;
}

/* A rule in force only for a period: (from, until, why), a bound None
 * where open; None for a rule without a band. */
static PyObject *in_force_obj(const foi_rule *r)
{
    if (!r->band)
        return Py_NewRef(Py_None);
    return Py_BuildValue(
        "(NNs)", r->in_force_from.serial ? date_obj(r->in_force_from) : Py_NewRef(Py_None),
        r->in_force_until.serial ? date_obj(r->in_force_until) : Py_NewRef(Py_None), r->band);
}

static PyObject *py_rules(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    size_t n = foi_rules_count();
    PyObject *l = PyList_New((Py_ssize_t)n);
    if (!l)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        const foi_rule *r = foi_rule_at(i);
        PyObject *backstop =
            r->unit == FOI_UNIT_SCHOOL_DAYS ? PyLong_FromLong(r->backstop) : Py_NewRef(Py_None);
        PyObject *band = in_force_obj(r);
        if (!band) {
            Py_DECREF(backstop);
            Py_DECREF(l);
            return NULL;
        }
        PyObject *t = Py_BuildValue(
            "(sNsisNsNNNssNsssNN)", r->id, role_obj(r), foi_regime_name(r->regime), r->count,
            foi_unit_name(r->unit), backstop, foi_calendar_name(foi_calendar_builtin(r->calendar)),
            PyBool_FromLong(r->division_calendar), PyBool_FromLong(r->roll_forward),
            PyBool_FromLong(r->grace), r->anchor_text, r->basis, PyBool_FromLong(r->statutory),
            r->summary, r->description, r->wording ? r->wording : "",
            PyBool_FromLong(r->beginning_with), band);
        if (!t) {
            Py_DECREF(l);
            return NULL;
        }
        PyList_SET_ITEM(l, (Py_ssize_t)i, t);
    }
    return l;
}

/* ---- deadlines ---- */

static PyObject *working_text(const foi_deadline *d, foi_receipt_rule receipt)
{
    char small[1024];
    size_t n = foi_deadline_text(small, sizeof small, d, receipt, NULL);
    if (n == 0 && d->rule)
        return PyErr_NoMemory();
    if (n < sizeof small)
        return PyUnicode_DecodeUTF8(small, (Py_ssize_t)n, "replace");
    char *big = malloc(n + 1);
    if (!big)
        return PyErr_NoMemory();
    foi_deadline_text(big, n + 1, d, receipt, NULL);
    PyObject *s = PyUnicode_DecodeUTF8(big, (Py_ssize_t)n, "replace");
    free(big);
    return s;
}

/*
 * A computed deadline as the tuple foiclock.Deadline is made from, with the
 * fields and conditions of the CLI's JSON:
 * (rule, role, summary, anchor, anchor_meaning, start, due, count, unit, calendar,
 *  statutory, basis, provisional, receipt_rule, other_receipt_rule,
 *  other_due, beginning_with, corresponding_date, regulator_due, band,
 *  rolled_from, paused_days, directed_day,
 *  from_late_response, safer, backstop_due, school_due, school_calendar,
 *  skipped, text)
 */
/* A rule's basis as a case under regime cites it: with the provision that
 * applies a borrowed rule (foi_rule_applied_by), as the library's JSON and
 * text do. */
static PyObject *basis_obj(const foi_rule *r, foi_regime regime)
{
    const char *via = foi_rule_applied_by(regime, r);
    return via ? PyUnicode_FromFormat("%s (applied by %s)", r->basis, via)
               : PyUnicode_FromString(r->basis);
}

static PyObject *deadline_tuple(const foi_deadline *d, foi_receipt_rule receipt, foi_regime regime)
{
    const foi_rule *r = d->rule;
    unsigned nt = d->notes;
    int school = r->unit == FOI_UNIT_SCHOOL_DAYS;
    PyObject *other_rule = Py_NewRef(Py_None);
    if (nt & FOI_NOTE_RECEIPT_NON_WORKING) {
        Py_DECREF(other_rule);
        other_rule = PyUnicode_FromString(foi_receipt_rule_name(receipt == FOI_RECEIPT_STATUTORY
                                                                    ? FOI_RECEIPT_NEXT_WORKING_DAY
                                                                    : FOI_RECEIPT_STATUTORY));
    }
    PyObject *paused =
        (nt & FOI_NOTE_PAUSED) ? PyLong_FromLong(d->paused_days) : Py_NewRef(Py_None);
    PyObject *directed =
        (nt & FOI_NOTE_DIRECTED) ? PyLong_FromLong(d->directed) : Py_NewRef(Py_None);
    int has_school_due = school && d->school_due.serial && !(nt & FOI_NOTE_SCHOOL_BACKSTOP) &&
                         !(nt & FOI_NOTE_NO_SCHOOL_CALENDAR);
    PyObject *school_cal =
        school ? PyBool_FromLong(!(nt & FOI_NOTE_NO_SCHOOL_CALENDAR)) : Py_NewRef(Py_None);
    return Py_BuildValue(
        "(sNsNsNNissNNNsNNNNNzNNNNNNNNNN)", r->id, role_obj(r), r->summary, date_obj(d->anchor),
        r->anchor_text, date_obj(d->start), date_obj(d->due), r->count, foi_unit_name(r->unit),
        foi_calendar_name(d->calendar), PyBool_FromLong(r->statutory), basis_obj(r, regime),
        PyBool_FromLong(d->provisional), foi_receipt_rule_name(receipt), other_rule,
        opt_date_obj(nt & FOI_NOTE_RECEIPT_NON_WORKING, d->other_due),
        PyBool_FromLong((nt & FOI_NOTE_BEGINNING_WITH) != 0),
        opt_date_obj(nt & FOI_NOTE_BEGINNING_WITH, d->corresponding),
        opt_date_obj(nt & FOI_NOTE_REGULATOR_READING, d->regulator_due), d->band,
        opt_date_obj(nt & FOI_NOTE_ROLLED, d->unrolled), paused, directed,
        PyBool_FromLong((nt & FOI_NOTE_LATE_RESPONSE) != 0),
        opt_date_obj(nt & FOI_NOTE_SAFER_EARLIER, d->safer), opt_date_obj(school, d->backstop_due),
        opt_date_obj(has_school_due, d->school_due), school_cal,
        holidays_list(d->skipped, d->n_skipped), working_text(d, receipt));
}

/* A string from one of the foi_*_json functions, freed here. */
static PyObject *json_result(int rc, char *text)
{
    if (rc)
        return raise_code(rc, NULL);
    PyObject *s = PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "replace");
    foi_json_free(text);
    return s;
}

static int is_json(PyObject *o)
{
    return o && PyUnicode_Check(o) && PyUnicode_CompareWithASCIIString(o, "json") == 0;
}

/* Loads foiclock._ical on first use. */
static int need_ical(void)
{
    if (ical_api)
        return 0;
    /* PyCapsule_Import looks attributes up but imports only the package. */
    PyObject *m = PyImport_ImportModule("foiclock._ical");
    if (!m)
        return -1;
    Py_DECREF(m);
    ical_api = PyCapsule_Import(FOICLOCK_ICAL_CAPSULE, 0);
    return ical_api ? 0 : -1;
}

/* iCalendar options from the tuple (remind, stamp, authority, previous);
 * remind is a sequence of ints and the rest may be None. The strings are
 * borrowed from the tuple, the reminders written into remind_buf. */
static int get_ics_options(foi_ics_options *o, PyObject *t, int *remind_buf, size_t remind_cap,
                           foi_date today)
{
    ical_api->options_init(o);
    if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 4) {
        PyErr_SetString(PyExc_TypeError,
                        "ics options must be (remind, stamp, authority, previous)");
        return -1;
    }
    PyObject *remind = PyTuple_GET_ITEM(t, 0), *stamp = PyTuple_GET_ITEM(t, 1),
             *authority = PyTuple_GET_ITEM(t, 2), *previous = PyTuple_GET_ITEM(t, 3);
    if (!is_none(remind)) {
        PyObject *seq = PySequence_Fast(remind, "remind must be a sequence of ints");
        if (!seq)
            return -1;
        Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
        if ((size_t)n > remind_cap) {
            Py_DECREF(seq);
            raise_msg(FOI_EINVAL, "remind", "too many reminders");
            return -1;
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            if (get_int(&remind_buf[i], PySequence_Fast_GET_ITEM(seq, i), "remind")) {
                Py_DECREF(seq);
                return -1;
            }
            if (remind_buf[i] < 0) {
                Py_DECREF(seq);
                raise_msg(FOI_EINVAL, "remind",
                          "a reminder is a number of working days before, "
                          "0 or more");
                return -1;
            }
        }
        Py_DECREF(seq);
        o->remind = remind_buf;
        o->n_remind = (size_t)n;
    }
    if (is_none(stamp)) {
        o->stamp = (int64_t)today.serial * 86400;
    } else {
        long long s = PyLong_AsLongLong(stamp);
        if (s == -1 && PyErr_Occurred())
            return -1;
        o->stamp = s;
    }
    if (!is_none(authority) && !(o->authority = text_arg(authority, "authority")))
        return -1;
    if (!is_none(previous) && !(o->previous = text_arg(previous, "previous")))
        return -1;
    return 0;
}

/* Call as rc = render(&text, ...); ics_result(rc, text): the text is only
 * set by the call. */
static PyObject *ics_result(int rc, char *text)
{
    if (rc)
        return raise_msg(rc, NULL, ical_api->error_last());
    PyObject *s = PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "replace");
    ical_api->free(text);
    return s;
}

static int today_date(foi_date *out)
{
    int rc = foi_date_from_utc(out, (int64_t)time(NULL));
    if (rc) {
        raise_code(rc, "today");
        return -1;
    }
    return 0;
}

/*
 * _deadline(rule, start, receipt_rule, division, pause_from, pause_to,
 *           responded, school_days, ics, ref)
 * The deadline's tuple; with ics "json", the library's JSON rendering; with
 * an ics options tuple (see get_ics_options), its iCalendar text.
 */
static PyObject *py_deadline(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (nargs != 10) {
        PyErr_SetString(PyExc_TypeError, "_deadline takes 10 arguments");
        return NULL;
    }
    const foi_rule *rule;
    foi_date start;
    foi_deadline_options o;
    foi_deadline_options_init(&o);
    int has_from, has_to;
    foi_date *school = NULL;
    if (get_rule(&rule, args[0]) || get_date(&start, args[1], NULL) ||
        get_receipt(&o.receipt_rule, args[2]) || get_division(&o.division, args[3]) ||
        get_opt_date(&o.pause_from, &has_from, args[4], "pause") ||
        get_opt_date(&o.pause_to, &has_to, args[5], "pause") ||
        get_opt_date(&o.response, &o.has_response, args[6], "responded") ||
        get_dates(&school, &o.n_school_days, args[7], "school_days"))
        return NULL;
    if (has_from != has_to) {
        free(school);
        return raise_msg(FOI_EINVAL, NULL, "a pause needs both its first and its last day");
    }
    o.has_pause = has_from;
    if (o.has_response && rule->anchor != FOI_ANCHOR_RESPONSE_PERIOD) {
        free(school);
        return raise_msg(FOI_EINVAL, NULL, "responded applies to foisa.review-request only");
    }
    if (school && rule->unit != FOI_UNIT_SCHOOL_DAYS) {
        free(school);
        return raise_msg(FOI_EINVAL, NULL, "school_days applies to foia.schools only");
    }
    o.school_days = school;
    foi_deadline d;
    int rc = foi_deadline_compute(&d, rule, start, &o);
    PyObject *res;
    if (rc) {
        res = raise_code(rc, NULL);
    } else if (is_none(args[8])) {
        res = deadline_tuple(&d, o.receipt_rule, d.rule->regime);
    } else if (is_json(args[8])) {
        char *text = NULL;
        int jrc = foi_deadline_json(&text, &d, o.receipt_rule);
        res = json_result(jrc, text);
    } else {
        foi_ics_options io;
        int remind[32];
        foi_date now;
        const char *ref = NULL;
        char *text = NULL;
        if (need_ical() || today_date(&now) || get_ics_options(&io, args[8], remind, 32, now) ||
            (!is_none(args[9]) && !(ref = text_arg(args[9], "ref"))))
            res = NULL;
        else {
            int irc = ical_api->deadline(&text, &d, ref, &io);
            res = ics_result(irc, text);
        }
    }
    free(school);
    return res;
}

/* ---- timelines ---- */

static PyObject *int_or_none(int has, int v)
{
    if (!has)
        Py_RETURN_NONE;
    return PyLong_FromLong(v);
}

/* (state, remaining, overdue, overdue_calendar_days, in_time, early, late),
 * each None where the state has no such figure (as in the CLI's JSON). */
static PyObject *status_obj(const foi_status *s)
{
    foi_state st = s->state;
    int met = st == FOI_STATE_MET, missed = st == FOI_STATE_MISSED;
    return Py_BuildValue("(sNNNNNN)", foi_state_name(st),
                         int_or_none(st == FOI_STATE_PENDING || st == FOI_STATE_DUE_TODAY,
                                     st == FOI_STATE_PENDING ? s->remaining : 0),
                         int_or_none(st == FOI_STATE_OVERDUE, s->overdue),
                         int_or_none(st == FOI_STATE_OVERDUE, s->overdue_days),
                         met || missed ? PyBool_FromLong(met) : Py_NewRef(Py_None),
                         int_or_none(met, s->early), int_or_none(missed, s->late));
}

/* A str from an snprintf-like rendering that first wrote into small. */
static PyObject *text_obj(const char *small, size_t n, size_t cap, char *(*again)(size_t, void *),
                          void *ctx)
{
    if (n < cap)
        return PyUnicode_DecodeUTF8(small, (Py_ssize_t)n, "replace");
    char *big = again(n + 1, ctx);
    if (!big)
        return PyErr_NoMemory();
    PyObject *o = PyUnicode_DecodeUTF8(big, (Py_ssize_t)n, "replace");
    free(big);
    return o;
}

struct status_ctx {
    const foi_timeline_entry *e;
    const foi_status *s;
};

static char *status_again(size_t size, void *ctx)
{
    const struct status_ctx *x = ctx;
    char *buf = malloc(size);
    if (buf)
        foi_status_text(buf, size, x->e, x->s);
    return buf;
}

/* Where entry e stands, in the library's words. */
static PyObject *status_text_obj(const foi_timeline_entry *e, const foi_status *s)
{
    char small[256];
    struct status_ctx x = {e, s};
    return text_obj(small, foi_status_text(small, sizeof small, e, s), sizeof small, status_again,
                    &x);
}

static char *advice_again(size_t size, void *ctx)
{
    char *buf = malloc(size);
    if (buf)
        foi_advice_text(buf, size, ctx);
    return buf;
}

/* "What this means" for t on today, as tuples (kind, audience, entry, rule,
 * role, summary, date or None, text). */
static PyObject *advice_list(const foi_timeline *t, foi_date today)
{
    foi_advice a[FOI_ADVICE_MAX];
    size_t n = 0;
    int rc = foi_timeline_advice(a, FOI_ADVICE_MAX, &n, t, today);
    if (rc)
        return raise_code(rc, NULL);
    if (n > FOI_ADVICE_MAX)
        n = FOI_ADVICE_MAX;
    PyObject *list = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; list && i < n; i++) {
        char small[512];
        size_t len = foi_advice_text(small, sizeof small, &a[i]);
        PyObject *item = Py_BuildValue("(ssnsNsNN)", foi_advice_kind_name(a[i].kind),
                                       foi_audience_name(a[i].audience), (Py_ssize_t)a[i].entry,
                                       a[i].rule->id, role_obj(a[i].rule), a[i].rule->summary,
                                       opt_date_obj(a[i].kind != FOI_ADVICE_ON_HOLD, a[i].date),
                                       text_obj(small, len, sizeof small, advice_again, &a[i]));
        if (!item)
            Py_CLEAR(list);
        else
            PyList_SET_ITEM(list, (Py_ssize_t)i, item);
    }
    return list;
}

/*
 * _timeline(regime, events, division, ref, receipt_rule, pit_extension,
 *           extension_claimed, school, school_days, public_records, audience,
 *           direction_days, direction_ground, today, ics, index, deadline_ref)
 * events: a tuple of FOI_EVENT_COUNT dates or None, in foi_event order.
 * Returns (today, [(deadline tuple or None, rule, role, summary, anchor,
 * statutory, basis, status tuple, status text, done_by, done_on, note,
 * paused, extended, done_inferred), ...], the event dates as read (None where not given),
 * the regime's title, the advice (see advice_list), the whole timeline in
 * words and the warnings about the case's dates on today); with ics, the iCalendar text of
 * the whole case, or with an index too, of that entry's deadline alone (named deadline_ref); with
 * ics "json", the library's JSON rendering of the timeline on today (with
 * an index, of that entry's deadline alone).
 */
static PyObject *py_timeline(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (nargs != 17) {
        PyErr_SetString(PyExc_TypeError, "_timeline takes 17 arguments");
        return NULL;
    }
    foi_regime regime;
    if (get_regime(&regime, args[0]))
        return NULL;
    foi_case c;
    foi_case_init(&c, regime);
    PyObject *events = args[1];
    if (!PyTuple_Check(events) || PyTuple_GET_SIZE(events) != FOI_EVENT_COUNT) {
        PyErr_SetString(PyExc_TypeError, "events must be a tuple of one entry per event");
        return NULL;
    }
    for (int e = 0; e < FOI_EVENT_COUNT; e++) {
        foi_date d;
        int has;
        if (get_opt_date(&d, &has, PyTuple_GET_ITEM(events, e), foi_event_name((foi_event)e)))
            return NULL;
        if (has)
            foi_case_set(&c, (foi_event)e, d);
    }
    /* The reply alone gives the review and complaint windows. */
    if (!c.has[FOI_EVENT_RECEIVED] && !c.has[FOI_EVENT_RESPONDED])
        return raise_msg(FOI_EINVAL, NULL, "received: the date of receipt is required");
    if (!is_none(args[10])) {
        const char *who = text_arg(args[10], "audience");
        if (!who || foi_audience_from_name(&c.audience, who))
            return who ? raise_code(FOI_ENOTFOUND, NULL) : NULL;
    }
    if (get_division(&c.division, args[2]))
        return NULL;
    if (!is_none(args[3]) && !(c.ref = text_arg(args[3], "ref")))
        return NULL;
    if (get_receipt(&c.receipt_rule, args[4]))
        return NULL;
    c.pit_extension = PyObject_IsTrue(args[5]);
    c.school = PyObject_IsTrue(args[7]);
    c.public_records = PyObject_IsTrue(args[9]);
    if (c.pit_extension < 0 || c.school < 0 || c.public_records < 0)
        return NULL;
    if (get_opt_date(&c.extension_claimed, &c.has_extension_claimed, args[6], "pit_extension"))
        return NULL;
    if (!is_none(args[11])) {
        long days = PyLong_AsLong(args[11]);
        if (days == -1 && PyErr_Occurred())
            return NULL;
        /* Out of range is the case validation's to report. */
        c.direction_days = days < 0 || days > 1000 ? 1000 : (int)days;
    }
    if (!is_none(args[12])) {
        const char *g = text_arg(args[12], "direction_ground");
        if (!g)
            return NULL;
        if (foi_direction_ground_from_name(&c.direction_ground, g))
            return raise_code(FOI_ENOTFOUND, NULL);
    }
    foi_date now;
    int has_today;
    if (get_opt_date(&now, &has_today, args[13], "today") || (!has_today && today_date(&now)))
        return NULL;
    foi_date *school = NULL;
    if (get_dates(&school, &c.n_school_days, args[8], "school_days"))
        return NULL;
    if (school)
        c.school = 1;
    c.school_days = school;

    foi_timeline *t;
    int rc = foi_timeline_compute(&t, &c);
    free(school);
    c.school_days = NULL;
    if (rc)
        return raise_code(rc, NULL);
    PyObject *res = NULL;
    if (is_json(args[14])) {
        char *text = NULL;
        if (is_none(args[15])) {
            rc = foi_timeline_json(&text, &c, t, now);
        } else {
            Py_ssize_t i = PyLong_AsSsize_t(args[15]);
            const foi_timeline_entry *e = i >= 0 ? foi_timeline_entry_at(t, (size_t)i) : NULL;
            if (!e || e->paused) {
                foi_timeline_free(t);
                PyErr_SetString(PyExc_IndexError, "no such deadline in the timeline");
                return NULL;
            }
            rc = foi_deadline_json(&text, &e->deadline, c.receipt_rule);
        }
        foi_timeline_free(t);
        return json_result(rc, text);
    }
    if (!is_none(args[14])) {
        foi_ics_options io;
        int remind[32];
        char *text = NULL;
        if (!need_ical() && !get_ics_options(&io, args[14], remind, 32, now)) {
            const foi_case *cases[1] = {&c};
            const foi_timeline *tls[1] = {t};
            if (is_none(args[15])) {
                {
                    int irc = ical_api->timelines(&text, cases, tls, 1, &io);
                    res = ics_result(irc, text);
                }
            } else {
                Py_ssize_t i = PyLong_AsSsize_t(args[15]);
                const foi_timeline_entry *e = i >= 0 ? foi_timeline_entry_at(t, (size_t)i) : NULL;
                const char *ref = NULL;
                int ok = 1;
                if (!e || e->paused) {
                    PyErr_SetString(PyExc_IndexError, "no such deadline in the timeline");
                    ok = 0;
                } else if (!is_none(args[16])) {
                    ok = (ref = text_arg(args[16], "ref")) != NULL;
                }
                if (ok) {
                    int irc = ical_api->deadline(&text, &e->deadline, ref, &io);
                    res = ics_result(irc, text);
                }
            }
        }
        foi_timeline_free(t);
        return res;
    }
    size_t n = foi_timeline_count(t);
    PyObject *list = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; list && i < n; i++) {
        const foi_timeline_entry *e = foi_timeline_entry_at(t, i);
        foi_status s;
        rc = foi_timeline_status(&s, t, i, now);
        if (rc) {
            Py_CLEAR(list);
            raise_code(rc, NULL);
            break;
        }
        const foi_rule *r = e->deadline.rule;
        PyObject *dl =
            e->paused ? Py_NewRef(Py_None) : deadline_tuple(&e->deadline, c.receipt_rule, c.regime);
        PyObject *item = Py_BuildValue(
            "(NsNsNNNNNNNNNNN)", dl, r->id, role_obj(r), r->summary, date_obj(e->deadline.anchor),
            PyBool_FromLong(r->statutory), basis_obj(r, c.regime), status_obj(&s),
            status_text_obj(e, &s),
            e->has_done_event ? PyUnicode_FromString(foi_event_name(e->done_event))
                              : Py_NewRef(Py_None),
            opt_date_obj(e->has_done_event && e->done && !e->done_inferred, e->done_on),
            e->note ? PyUnicode_FromString(e->note) : Py_NewRef(Py_None),
            PyBool_FromLong(e->paused), PyBool_FromLong(e->extended),
            PyBool_FromLong(e->done_inferred));
        if (!item) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, item);
    }
    PyObject *advice = list ? advice_list(t, now) : NULL;
    PyObject *text = NULL;
    if (advice) {
        char *words = NULL;
        rc = foi_timeline_text(&words, &c, t, now);
        text = json_result(rc, words);
    }
    foi_timeline_free(t);
    if (!text) {
        Py_XDECREF(list);
        Py_XDECREF(advice);
        return NULL;
    }
    PyObject *given = PyTuple_New(FOI_EVENT_COUNT);
    for (int e = 0; given && e < FOI_EVENT_COUNT; e++) {
        PyObject *d = opt_date_obj(c.has[e], c.events[e]);
        if (!d)
            Py_CLEAR(given);
        else
            PyTuple_SET_ITEM(given, e, d);
    }
    if (!given) {
        Py_DECREF(list);
        Py_DECREF(advice);
        Py_DECREF(text);
        return NULL;
    }
    const char *warn[8];
    size_t nwarn = foi_case_warnings(warn, 8, &c, now);
    PyObject *warnings = PyList_New(0);
    for (size_t i = 0; warnings && i < nwarn && i < 8; i++) {
        PyObject *w = PyUnicode_FromString(warn[i]);
        if (!w || PyList_Append(warnings, w) < 0)
            Py_CLEAR(warnings);
        Py_XDECREF(w);
    }
    if (!warnings) {
        Py_DECREF(list);
        Py_DECREF(advice);
        Py_DECREF(text);
        Py_DECREF(given);
        return NULL;
    }
    return Py_BuildValue("(NNNsNNN)", date_obj(now), list, given, foi_regime_title(c.regime),
                         advice, text, warnings);
}

/* ---- arrays ---- */

#define NAT INT64_MIN

static PyObject *get_numpy(void)
{
    if (!numpy_mod) {
        numpy_mod = PyImport_ImportModule("numpy");
        if (!numpy_mod) {
            PyObject *type, *value, *tb;
            PyErr_Fetch(&type, &value, &tb);
            PyErr_Format(PyExc_ImportError,
                         "foiclock's array functions need NumPy (Debian: python3-numpy)");
            Py_XDECREF(type);
            Py_XDECREF(value);
            Py_XDECREF(tb);
        }
    }
    return numpy_mod;
}

/* An array's data pointer and shape from its __array_interface__, checking
 * that it is C-contiguous with the given type string. */
static int array_view(PyObject *arr, const char *typestr, void **data, PyObject **shape)
{
    PyObject *ai = PyObject_GetAttrString(arr, "__array_interface__");
    if (!ai)
        return -1;
    int ok = 0;
    PyObject *ts = PyDict_GetItemString(ai, "typestr");
    PyObject *dt = PyDict_GetItemString(ai, "data");
    PyObject *st = PyDict_GetItemString(ai, "strides");
    PyObject *sh = PyDict_GetItemString(ai, "shape");
    if (ts && dt && sh && PyTuple_Check(dt) && PyTuple_GET_SIZE(dt) >= 1 && PyUnicode_Check(ts) &&
        PyUnicode_CompareWithASCIIString(ts, typestr) == 0 && (!st || st == Py_None)) {
        *data = PyLong_AsVoidPtr(PyTuple_GET_ITEM(dt, 0));
        if (!PyErr_Occurred()) {
            *shape = Py_NewRef(sh);
            ok = 1;
        }
    } else if (!PyErr_Occurred()) {
        PyErr_Format(PyExc_TypeError, "expected a C-contiguous %s array", typestr);
    }
    Py_DECREF(ai);
    return ok ? 0 : -1;
}

/* obj as a C-contiguous NumPy array of dtype, shape kept (0-d included). */
static PyObject *as_array(PyObject *np, PyObject *obj, const char *dtype, const char *typestr,
                          void **data, PyObject **shape)
{
    PyObject *arr = PyObject_CallMethod(np, "asarray", "Os", obj, dtype);
    if (!arr)
        return NULL;
    PyObject *ai = PyObject_GetAttrString(arr, "__array_interface__");
    if (!ai) {
        Py_DECREF(arr);
        return NULL;
    }
    PyObject *st = PyDict_GetItemString(ai, "strides");
    int contiguous = !st || st == Py_None;
    Py_DECREF(ai);
    if (!contiguous) {
        PyObject *c = PyObject_CallMethod(arr, "copy", NULL);
        Py_DECREF(arr);
        if (!(arr = c))
            return NULL;
    }
    if (array_view(arr, typestr, data, shape)) {
        Py_DECREF(arr);
        return NULL;
    }
    return arr;
}

static Py_ssize_t shape_size(PyObject *shape)
{
    Py_ssize_t n = 1;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(shape); i++) {
        Py_ssize_t k = PyLong_AsSsize_t(PyTuple_GET_ITEM(shape, i));
        if (k < 0)
            return -1;
        n *= k;
    }
    return n;
}

/* The index of flat element i in an array of this shape: an int for 1-D,
 * else a tuple. */
static PyObject *unravel(Py_ssize_t i, PyObject *shape)
{
    Py_ssize_t nd = PyTuple_GET_SIZE(shape);
    if (nd == 1)
        return PyLong_FromSsize_t(i);
    PyObject *t = PyTuple_New(nd);
    if (!t)
        return NULL;
    for (Py_ssize_t k = nd - 1; k >= 0; k--) {
        Py_ssize_t dim = PyLong_AsSsize_t(PyTuple_GET_ITEM(shape, k));
        PyObject *v = PyLong_FromSsize_t(dim ? i % dim : 0);
        if (!v) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, k, v);
        i = dim ? i / dim : 0;
    }
    return t;
}

enum { ERRORS_NAT, ERRORS_RAISE, ERRORS_RETURN };

static int get_errors_mode(int *out, PyObject *o)
{
    *out = ERRORS_NAT;
    if (is_none(o))
        return 0;
    const char *s = text_arg(o, "errors");
    if (!s)
        return -1;
    if (strcmp(s, "nat") == 0)
        *out = ERRORS_NAT;
    else if (strcmp(s, "raise") == 0)
        *out = ERRORS_RAISE;
    else if (strcmp(s, "return") == 0)
        *out = ERRORS_RETURN;
    else {
        PyErr_Format(PyExc_ValueError, "errors must be 'nat', 'raise' or 'return', not '%s'", s);
        return -1;
    }
    return 0;
}

/* What one array call needs to report its failures: it recomputes a failed
 * element alone to get its message. */
struct many {
    int kind; /* 0 add_many, 1 due_many */
    const foi_calendar *cal;
    const int64_t *n;
    int n_scalar;
    int scalar_n;
    const foi_rule *rule;
    foi_deadline_options opts;
    /* due_many by regime: the response rule in force on each date of
     * receipt (a rule with a band, such as the Coronavirus (Scotland) Act
     * 2020's, for the dates it covers). */
    int by_date;
    foi_regime regime;
};

static const foi_rule *rule_on(const struct many *m, foi_date d)
{
    const foi_rule *r = m->rule;
    if (m->by_date && foi_rule_for_date(&r, m->regime, FOI_ROLE_RESPONSE, d))
        r = m->rule;
    return r;
}

static int one_element(const struct many *m, int64_t v, Py_ssize_t i)
{
    if (v < FOI_DATE_MIN_SERIAL || v > FOI_DATE_MAX_SERIAL)
        return foi_error_set(FOI_ERANGE, "%lld days after 1970-01-01 is outside 0001..9999",
                             (long long)v);
    foi_date d = {(int32_t)v}, r;
    if (m->kind == 0) {
        int64_t n = m->n_scalar ? m->scalar_n : m->n[i];
        if (n < INT32_MIN + 1 || n > INT32_MAX)
            return foi_error_set(FOI_ERANGE, "n %lld is out of range", (long long)n);
        return foi_calendar_add(&r, m->cal, d, (int)n);
    }
    foi_deadline dl;
    return foi_deadline_compute(&dl, rule_on(m, d), d, &m->opts);
}

/* Runs the computation over n elements without the GIL; status[i] gets 0 or
 * the element's error code. Returns the number that failed. */
static size_t run_many(const struct many *m, const int64_t *in, int64_t *out, signed char *status,
                       size_t n)
{
    size_t failed = 0;
    if (m->kind == 0) {
        for (size_t i = 0; i < n; i++) {
            int64_t v = in[i];
            status[i] = 0;
            if (v == NAT) {
                out[i] = NAT;
                continue;
            }
            int64_t k = m->n_scalar ? m->scalar_n : m->n[i];
            foi_date r;
            int rc = FOI_ERANGE;
            if (v >= FOI_DATE_MIN_SERIAL && v <= FOI_DATE_MAX_SERIAL && k > INT32_MIN &&
                k <= INT32_MAX)
                rc = foi_calendar_add(&r, m->cal, (foi_date){(int32_t)v}, (int)k);
            if (rc) {
                out[i] = NAT;
                status[i] = (signed char)rc;
                failed++;
            } else {
                out[i] = r.serial;
            }
        }
        return failed;
    }
    enum { CHUNK = 4096 };
    foi_date a[CHUNK], due[CHUNK];
    int st[CHUNK];
    for (size_t base = 0; base < n; base += CHUNK) {
        size_t len = n - base < CHUNK ? n - base : CHUNK;
        for (size_t j = 0; j < len; j++) {
            int64_t v = in[base + j];
            /* NaT and dates past 0001..9999 go in as a date the calendars
             * do not cover; their results are replaced below. */
            a[j].serial = v >= FOI_DATE_MIN_SERIAL && v <= FOI_DATE_MAX_SERIAL
                              ? (int32_t)v
                              : FOI_DATE_MIN_SERIAL;
        }
        foi_deadline_batch(due, st, m->rule, a, len, &m->opts, NULL);
        for (size_t j = 0; j < len; j++) {
            int64_t v = in[base + j];
            size_t i = base + j;
            status[i] = 0;
            if (v == NAT) {
                out[i] = NAT;
            } else if (m->by_date && !st[j] && rule_on(m, a[j]) != m->rule) {
                foi_deadline dl;
                int rc = foi_deadline_compute(&dl, rule_on(m, a[j]), a[j], &m->opts);
                out[i] = rc ? NAT : dl.due.serial;
                status[i] = (signed char)rc;
                failed += rc != 0;
            } else if (v < FOI_DATE_MIN_SERIAL || v > FOI_DATE_MAX_SERIAL || st[j]) {
                out[i] = NAT;
                status[i] = (signed char)(st[j] ? st[j] : FOI_ERANGE);
                failed++;
            } else {
                out[i] = due[j].serial;
            }
        }
    }
    return failed;
}

/* The shared body of add_many and due_many once m is set up. */
static PyObject *many(struct many *m, PyObject *np, PyObject *dates, int mode, PyObject *n_obj)
{
    void *in_data, *n_data = NULL, *out_data;
    PyObject *shape = NULL, *n_shape = NULL, *n_arr = NULL, *out = NULL, *res = NULL;
    PyObject *arr = as_array(np, dates, "datetime64[D]", "<M8[D]", &in_data, &shape);
    if (!arr)
        return NULL;
    Py_ssize_t size = shape_size(shape);
    if (size < 0)
        goto done;
    if (m->kind == 0 && !m->n_scalar) {
        PyObject *b = PyObject_CallMethod(np, "broadcast_to", "OO", n_obj, shape);
        if (!b)
            goto done;
        n_arr = as_array(np, b, "int64", "<i8", &n_data, &n_shape);
        Py_DECREF(b);
        if (!n_arr)
            goto done;
        m->n = n_data;
    }
    out = PyObject_CallMethod(np, "empty", "Os", shape, "datetime64[D]");
    if (!out) {
        goto done;
    }
    PyObject *out_shape;
    if (array_view(out, "<M8[D]", &out_data, &out_shape))
        goto done;
    Py_DECREF(out_shape);
    signed char *status = malloc((size_t)(size ? size : 1));
    if (!status) {
        PyErr_NoMemory();
        goto done;
    }
    size_t failed;
    PyThreadState *ts = PyEval_SaveThread();
    failed = run_many(m, in_data, out_data, status, (size_t)size);
    PyEval_RestoreThread(ts);

    if (failed && mode == ERRORS_RAISE) {
        Py_ssize_t i = 0;
        while (!status[i])
            i++;
        int rc = one_element(m, ((const int64_t *)in_data)[i], i);
        PyObject *idx = unravel(i, shape);
        if (idx) {
            PyObject *r = PyObject_Repr(idx);
            if (r) {
                char prefix[96];
                snprintf(prefix, sizeof prefix, "element %s", PyUnicode_AsUTF8(r));
                raise_code(rc ? rc : status[i], prefix);
                Py_DECREF(r);
            }
            Py_DECREF(idx);
        }
        free(status);
        goto done;
    }
    if (mode == ERRORS_RETURN) {
        PyObject *errs = PyDict_New();
        for (Py_ssize_t i = 0; errs && failed && i < size; i++) {
            if (!status[i])
                continue;
            int rc = one_element(m, ((const int64_t *)in_data)[i], i);
            const char *msg = rc ? foi_error_last() : "out of range";
            PyObject *idx = unravel(i, shape);
            PyObject *text = PyUnicode_DecodeUTF8(msg, (Py_ssize_t)strlen(msg), "replace");
            if (!idx || !text || PyDict_SetItem(errs, idx, text) < 0)
                Py_CLEAR(errs);
            Py_XDECREF(idx);
            Py_XDECREF(text);
        }
        free(status);
        if (errs)
            res = Py_BuildValue("(ON)", out, errs);
        goto done;
    }
    free(status);
    res = Py_NewRef(out);
done:
    Py_XDECREF(out);
    Py_XDECREF(arr);
    Py_XDECREF(n_arr);
    Py_XDECREF(shape);
    Py_XDECREF(n_shape);
    return res;
}

PyDoc_STRVAR(add_many_doc,
             "add_many($module, dates, n, calendar='uk', *, errors='nat')\n"
             "--\n\n"
             "add() over a NumPy array: the *n*th working day after each of *dates*.\n\n"
             "*dates* is anything numpy.asarray(dates, 'datetime64[D]') accepts (an\n"
             "array, a pandas Series, a list of ISO strings); *n* an int or an integer\n"
             "array broadcast to the shape of *dates*. Returns a datetime64[D] array of\n"
             "the same shape. The loop runs in C with the GIL released. NaT stays NaT;\n"
             "an element that cannot be computed (outside 1971-2199) gives NaT, or with\n"
             "errors='raise' raises foiclock.Error naming the first such element, or\n"
             "with errors='return' the result is (dates, {index: message}).\n");

static PyObject *py_add_many(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                             PyObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"dates", "n", "calendar", "errors", NULL};
    PyObject *v[4];
    if (parse_args("add_many", args, nargs, kwnames, names, 2, 3, v))
        return NULL;
    struct many m;
    memset(&m, 0, sizeof m);
    int mode;
    if (get_calendar(&m.cal, v[2]) || get_errors_mode(&mode, v[3]))
        return NULL;
    PyObject *np = get_numpy();
    if (!np)
        return NULL;
    if (PyLong_Check(v[1])) {
        if (get_int(&m.scalar_n, v[1], "n"))
            return NULL;
        m.n_scalar = 1;
    }
    return many(&m, np, v[0], mode, v[1]);
}

PyDoc_STRVAR(due_many_doc,
             "due_many($module, received, regime='foia', *, rule=None, receipt_rule='statutory',\n"
             "         division=None, errors='nat')\n"
             "--\n\n"
             "due() over a NumPy array of dates of receipt, or with *rule* (any id\n"
             "of rules(), e.g. 'eir.extended') that rule's deadline from each date.\n"
             "Returns a datetime64[D] array of the same shape; the loop runs in C\n"
             "with the GIL released. NaT and errors as for add_many.\n");

static PyObject *py_due_many(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                             PyObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"received", "regime", "rule", "receipt_rule",
                                        "division", "errors", NULL};
    PyObject *v[6];
    if (parse_args("due_many", args, nargs, kwnames, names, 1, 2, v))
        return NULL;
    struct many m;
    memset(&m, 0, sizeof m);
    m.kind = 1;
    foi_deadline_options_init(&m.opts);
    int mode;
    foi_regime regime;
    if (get_regime(&regime, v[1]) || get_receipt(&m.opts.receipt_rule, v[3]) ||
        get_division(&m.opts.division, v[4]) || get_errors_mode(&mode, v[5]))
        return NULL;
    m.rule = response_rule[regime];
    /* Only a regime with a response rule in force for a while chooses per
     * element. */
    for (size_t k = 0; k < foi_rules_count(); k++) {
        const foi_rule *r = foi_rule_at(k);
        if (r->regime == regime && r->role == FOI_ROLE_RESPONSE &&
            (r->in_force_from.serial || r->in_force_until.serial))
            m.by_date = 1;
    }
    m.regime = regime;
    if (!is_none(v[2])) {
        m.by_date = 0;
        if (!is_none(v[1])) {
            PyErr_SetString(PyExc_TypeError, "due_many() takes a regime or a rule, not both");
            return NULL;
        }
        if (get_rule(&m.rule, v[2]))
            return NULL;
    }
    PyObject *np = get_numpy();
    if (!np)
        return NULL;
    return many(&m, np, v[0], mode, NULL);
}

/* ---- the module ---- */

static PyMethodDef methods[] = {
    {"due", (PyCFunction)(void (*)(void))py_due, METH_FASTCALL | METH_KEYWORDS, due_doc},
    {"add", (PyCFunction)(void (*)(void))py_add, METH_FASTCALL | METH_KEYWORDS, add_doc},
    {"count", (PyCFunction)(void (*)(void))py_count, METH_FASTCALL | METH_KEYWORDS, count_doc},
    {"is_working_day", (PyCFunction)(void (*)(void))py_is_working_day,
     METH_FASTCALL | METH_KEYWORDS, is_working_day_doc},
    {"next_working_day", (PyCFunction)(void (*)(void))py_next, METH_FASTCALL | METH_KEYWORDS,
     next_doc},
    {"previous_working_day", (PyCFunction)(void (*)(void))py_prev, METH_FASTCALL | METH_KEYWORDS,
     prev_doc},
    {"parse_date", py_parse_date, METH_O, parse_date_doc},
    {"add_many", (PyCFunction)(void (*)(void))py_add_many, METH_FASTCALL | METH_KEYWORDS,
     add_many_doc},
    {"due_many", (PyCFunction)(void (*)(void))py_due_many, METH_FASTCALL | METH_KEYWORDS,
     due_many_doc},
    {"_holidays", (PyCFunction)(void (*)(void))py_holidays, METH_FASTCALL, NULL},
    {"_calendars", py_calendars, METH_NOARGS, NULL},
    {"_rules", py_rules, METH_NOARGS, NULL},
    {"_deadline", (PyCFunction)(void (*)(void))py_deadline, METH_FASTCALL, NULL},
    {"_timeline", (PyCFunction)(void (*)(void))py_timeline, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT,
    "foiclock._foiclock",
    "The C part of foiclock; use the foiclock package.",
    -1,
    methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

PyMODINIT_FUNC PyInit__foiclock(void);

PyMODINIT_FUNC PyInit__foiclock(void)
{
    /* The C module behind datetime: importing it directly spares every
     * import of foiclock the pure-Python datetime.py around it (the types
     * are the same ones). */
    PyObject *dt = PyImport_ImportModule("_datetime");
    if (!dt)
        return NULL;
    PyObject *capi = PyObject_GetAttrString(dt, "datetime_CAPI");
    Py_DECREF(dt);
    if (!capi)
        return NULL;
    PyDateTimeAPI = PyCapsule_GetPointer(capi, PyDateTime_CAPSULE_NAME);
    Py_DECREF(capi);
    if (!PyDateTimeAPI)
        return NULL;
    for (int r = 0; r < FOI_REGIME_COUNT; r++) {
        int rc = foi_rule_for(&response_rule[r], (foi_regime)r, FOI_ROLE_RESPONSE);
        if (rc)
            return raise_code(rc, NULL);
    }
    date_cache = PyMem_RawCalloc(CACHE_DAYS, sizeof *date_cache);
    if (!date_cache)
        return PyErr_NoMemory();
    PyObject *m = PyModule_Create(&module);
    if (!m)
        return NULL;
    Error = PyErr_NewExceptionWithDoc(
        "foiclock.Error",
        "A foiclock failure: a bad date or argument, a date outside the calendars,\n"
        "or events that contradict each other. str() is the library's message,\n"
        "which names the offending input; .code is 'EINVAL', 'ERANGE',\n"
        "'ENOTFOUND', 'ECONFLICT' or 'EIO'.",
        PyExc_ValueError, NULL);
    if (!Error || PyModule_AddObjectRef(m, "Error", Error) < 0 ||
        PyModule_AddStringConstant(m, "library_version", foi_version_string()) < 0 ||
        PyModule_AddIntConstant(m, "json_schema_version", foi_json_schema_version()) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
