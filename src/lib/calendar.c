/* The calendar API: lookups, working-day arithmetic and custom calendars. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <foiclock/json.h>

#include "builtin.h"
#include "calbuild.h"
#include "internal.h"
#include "sbuf.h"

static const char *const calendar_names[FOI_CAL_COUNT] = {"uk", "scotland", "england-and-wales",
                                                          "northern-ireland"};

static const char *const calendar_descriptions[FOI_CAL_COUNT] = {
    ("FOIA 2000 s.10(6) and EIR 2004: weekends, Christmas Day, Good Friday and bank "
     "holidays in any part of the UK"),
    "FOISA 2002 s.73 and EISR 2004: weekends, Christmas Day and bank holidays in Scotland",
    "weekends, Christmas Day, Good Friday and bank holidays in England and Wales",
    "weekends, Christmas Day, Good Friday and bank holidays in Northern Ireland"};

const foi_calendar *foi_calendar_builtin(foi_calendar_id id)
{
    if ((unsigned)id >= FOI_CAL_COUNT)
        return NULL;
    return foi_builtin_calendar(id);
}

int foi_calendar_id_from_name(foi_calendar_id *out, const char *name)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(name);
    int i = foi_name_index(calendar_names, FOI_CAL_COUNT, name);
    if (i >= 0) {
        *out = (foi_calendar_id)i;
        return FOI_OK;
    }
    char q[80];
    return foi_fail(FOI_ENOTFOUND,
                    "unknown calendar '%s': expected uk, scotland, england-and-wales or "
                    "northern-ireland",
                    name ? foi_quote(q, sizeof q, name, strlen(name)) : "(null)");
}

foi_calendar_id foi_calendar_get_id(const foi_calendar *cal)
{
    return cal ? cal->id : (foi_calendar_id)-1;
}

const char *foi_calendar_name(const foi_calendar *cal)
{
    return cal ? calendar_names[cal->id] : "";
}

const char *foi_calendar_description(const foi_calendar *cal)
{
    return cal ? calendar_descriptions[cal->id] : "";
}

unsigned foi_calendar_divisions(const foi_calendar *cal)
{
    return cal ? foi_calendar_id_divisions(cal->id) : 0;
}

static const char *const division_names[3] = {"england-and-wales", "scotland", "northern-ireland"};

const char *foi_division_name(unsigned division)
{
    int i = foi_division_index(division);
    return i < 0 ? "" : division_names[i];
}

const char *foi_division_title(unsigned division)
{
    static const char *const titles[3] = {"England and Wales", "Scotland", "Northern Ireland"};
    int i = foi_division_index(division);
    return i < 0 ? "" : titles[i];
}

int foi_division_from_name(unsigned *out, const char *name)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(name);
    int i = foi_name_index(division_names, 3, name);
    if (i >= 0) {
        *out = 1u << i;
        return FOI_OK;
    }
    char q[80];
    return foi_fail(FOI_ENOTFOUND,
                    "unknown division '%s': expected england-and-wales, scotland or "
                    "northern-ireland",
                    name ? foi_quote(q, sizeof q, name, strlen(name)) : "(null)");
}

const char *foi_basis_name(int basis)
{
    static const char *const names[] = {"statute", "common-law", "proclamation", "one-off",
                                        "local"};
    return basis >= 0 && basis <= FOI_BASIS_LOCAL ? names[basis] : "";
}

void foi_calendar_coverage(const foi_calendar *cal, foi_date *first, foi_date *last,
                           foi_date *published_until)
{
    if (!cal)
        return;
    if (first)
        *first = foi_mkdate(cal->first);
    if (last)
        *last = foi_mkdate(cal->first + cal->ndays - 1);
    if (published_until)
        *published_until = foi_mkdate(cal->published_until);
}

foi_date foi_calendar_builtin_date(void)
{
    return foi_mkdate(
        foi_days_from_civil(FOI_BUILTIN_DATA_YEAR, FOI_BUILTIN_DATA_MONTH, FOI_BUILTIN_DATA_DAY));
}

int foi_calendar_is_provisional(const foi_calendar *cal, foi_date from, foi_date to)
{
    FOI_REQUIRE_ARG(cal);
    int32_t hi = from.serial > to.serial ? from.serial : to.serial;
    return hi > cal->published_until;
}

/* Index of d in the tables, or -1 when d is outside the coverage. */
static inline int32_t day_index(const foi_calendar *cal, foi_date d)
{
    int64_t i = (int64_t)d.serial - cal->first;
    return (uint64_t)i < (uint64_t)cal->ndays ? (int32_t)i : -1;
}

static int outside(const foi_calendar *cal, foi_date d)
{
    char a[FOI_DATE_ISO_SIZE], f[FOI_DATE_ISO_SIZE], l[FOI_DATE_ISO_SIZE];
    foi_date first = foi_mkdate(cal->first), last = foi_mkdate(cal->first + cal->ndays - 1);
    if (d.serial < FOI_DATE_MIN_SERIAL || d.serial > FOI_DATE_MAX_SERIAL)
        return foi_fail(FOI_EINVAL, "date serial %ld is not a valid date", (long)d.serial);
    return foi_fail(FOI_ERANGE, "%s is outside the %s calendar, which covers %s to %s",
                    foi_date_format_iso(d, a), calendar_names[cal->id],
                    foi_date_format_iso(first, f), foi_date_format_iso(last, l));
}

static int beyond(const foi_calendar *cal, foi_date d, long n)
{
    char a[FOI_DATE_ISO_SIZE], f[FOI_DATE_ISO_SIZE], l[FOI_DATE_ISO_SIZE];
    foi_date first = foi_mkdate(cal->first), last = foi_mkdate(cal->first + cal->ndays - 1);
    return foi_fail(
        FOI_ERANGE, "%ld working days %s %s falls outside the %s calendar, which covers %s to %s",
        n < 0 ? -n : n, n < 0 ? "before" : "after", foi_date_format_iso(d, a),
        calendar_names[cal->id], foi_date_format_iso(first, f), foi_date_format_iso(last, l));
}

int foi_calendar_is_working_day(const foi_calendar *cal, foi_date d)
{
    FOI_REQUIRE_ARG(cal);
    int32_t i = day_index(cal, d);
    if (i < 0)
        return outside(cal, d);
    return cal->cum[i + 1] != cal->cum[i];
}

int foi_calendar_add(foi_date *out, const foi_calendar *cal, foi_date d, int n)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(cal);
    int32_t i = day_index(cal, d);
    if (i < 0)
        return outside(cal, d);
    if (n == 0) {
        *out = d;
        return FOI_OK;
    }
    /* The nth working day after d is working day number cum[i+1] + n (counting
     * from 1); before d, number cum[i] + n + 1. As a 0-based index: */
    int64_t k = n > 0 ? (int64_t)cal->cum[i + 1] + n - 1 : (int64_t)cal->cum[i] + n;
    if (k < 0 || k >= cal->nworking)
        return beyond(cal, d, n);
    out->serial = cal->first + (int32_t)k + cal->gap[k];
    return FOI_OK;
}

int foi_calendar_next(foi_date *out, const foi_calendar *cal, foi_date d)
{
    return foi_calendar_add(out, cal, d, 1);
}

int foi_calendar_prev(foi_date *out, const foi_calendar *cal, foi_date d)
{
    return foi_calendar_add(out, cal, d, -1);
}

int foi_calendar_count(int *out, const foi_calendar *cal, foi_date from, foi_date to)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(cal);
    int32_t a = day_index(cal, from), b = day_index(cal, to);
    if (a < 0)
        return outside(cal, from);
    if (b < 0)
        return outside(cal, to);
    /* (from, to] = [from+1, to+1); the same formula negates itself when to < from. */
    *out = (int)cal->cum[b + 1] - (int)cal->cum[a + 1];
    return FOI_OK;
}

int foi_calendar_holidays(const foi_holiday **first, size_t *count, const foi_calendar *cal,
                          foi_date from, foi_date to)
{
    FOI_REQUIRE_ARG(first);
    FOI_REQUIRE_ARG(count);
    FOI_REQUIRE_ARG(cal);
    if (to.serial < from.serial) {
        char a[FOI_DATE_ISO_SIZE], b[FOI_DATE_ISO_SIZE];
        return foi_fail(FOI_EINVAL, "the range %s to %s ends before it starts",
                        foi_date_format_iso(from, a), foi_date_format_iso(to, b));
    }
    size_t lo = foi_calendar_lower_bound(cal, from.serial);
    size_t hi =
        to.serial == INT32_MAX ? cal->nholidays : foi_calendar_lower_bound(cal, to.serial + 1);
    foi_builtin_unpack(cal, lo, hi);
    *first = cal->holidays + lo;
    *count = hi - lo;
    return FOI_OK;
}

/* ---- custom calendars ---- */

struct foi_calendar_builder {
    foi_row *rows;
    size_t nrows, cap;
    char **names; /* strings the builder owns */
    size_t nnames, capnames;
    int32_t published_until[3];
};

static int grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return FOI_OK;
    size_t ncap = *cap ? *cap : 16;
    while (ncap < need)
        ncap *= 2;
    void *np = realloc(*p, ncap * elem);
    if (!np)
        return foi_fail(FOI_ENOMEM, "out of memory in a calendar builder");
    *p = np;
    *cap = ncap;
    return FOI_OK;
}

int foi_calendar_builder_new(foi_calendar_builder **out)
{
    FOI_REQUIRE_ARG(out);
    foi_calendar_builder *b = calloc(1, sizeof *b);
    if (!b)
        return foi_fail(FOI_ENOMEM, "out of memory creating a calendar builder");
    int rc = foi_builtin_rows_expand(&b->rows, &b->nrows);
    if (rc) {
        free(b);
        return rc;
    }
    b->cap = b->nrows;
    memcpy(b->published_until, foi_builtin_published_until, sizeof b->published_until);
    *out = b;
    return FOI_OK;
}

void foi_calendar_builder_free(foi_calendar_builder *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->nnames; i++)
        free(b->names[i]);
    free(b->names);
    free(b->rows);
    free(b);
}

static int check_cover(foi_date d)
{
    if (d.serial < FOI_COVER_FIRST || d.serial > FOI_COVER_LAST) {
        char a[FOI_DATE_ISO_SIZE];
        if (d.serial < FOI_DATE_MIN_SERIAL || d.serial > FOI_DATE_MAX_SERIAL)
            return foi_fail(FOI_EINVAL, "date serial %ld is not a valid date", (long)d.serial);
        return foi_fail(FOI_ERANGE, "%s is outside the calendars' coverage (%d to %d)",
                        foi_date_format_iso(d, a), FOI_COVER_FIRST_YEAR, FOI_COVER_LAST_YEAR);
    }
    return FOI_OK;
}

int foi_calendar_builder_add(foi_calendar_builder *b, foi_date d, unsigned divisions,
                             const char *name)
{
    FOI_REQUIRE_ARG(b);
    char a[FOI_DATE_ISO_SIZE];
    int rc = check_cover(d);
    if (rc)
        return rc;
    if (divisions & ~(unsigned)FOI_DIV_ALL)
        return foi_fail(FOI_EINVAL, "division mask %#x has unknown bits", divisions);
    if (foi_serial_weekday(d.serial) >= FOI_SATURDAY)
        return foi_fail(FOI_EINVAL, "%s is a %s: a weekend day is never a working day",
                        foi_date_format_iso(d, a), foi_weekday_name(foi_date_weekday(d)));
    if (!name || !*name)
        return foi_fail(FOI_EINVAL, "a holiday added on %s needs a name",
                        foi_date_format_iso(d, a));
    size_t len = strlen(name);
    size_t nnew =
        divisions ? (size_t)((divisions & 1) + ((divisions >> 1) & 1) + (divisions >> 2)) : 1;
    if (grow((void **)&b->rows, &b->cap, b->nrows + nnew, sizeof *b->rows) ||
        grow((void **)&b->names, &b->capnames, b->nnames + 1, sizeof *b->names))
        return FOI_ENOMEM;
    char *copy = malloc(len + 1);
    if (!copy)
        return foi_fail(FOI_ENOMEM, "out of memory in a calendar builder");
    memcpy(copy, name, len + 1);
    b->names[b->nnames++] = copy;
    if (!divisions) {
        b->rows[b->nrows++] = (foi_row){d.serial, 0, FOI_BASIS_LOCAL, 0, 0, copy, "local"};
        return FOI_OK;
    }
    for (unsigned bit = 1; bit <= FOI_DIV_NORTHERN_IRELAND; bit <<= 1)
        if (divisions & bit)
            b->rows[b->nrows++] =
                (foi_row){d.serial, (unsigned char)bit, FOI_BASIS_LOCAL, 0, 0, copy, "local"};
    return FOI_OK;
}

int foi_calendar_builder_remove(foi_calendar_builder *b, foi_date d, unsigned divisions)
{
    FOI_REQUIRE_ARG(b);
    char a[FOI_DATE_ISO_SIZE];
    int rc = check_cover(d);
    if (rc)
        return rc;
    int y, m, dd;
    foi_date_to_ymd(d, &y, &m, &dd);
    foi_date easter;
    foi_easter_sunday(&easter, y);
    if (m == 12 && dd == 25)
        return foi_fail(FOI_EINVAL,
                        "%s is Christmas Day, a non-working day by statute; it "
                        "cannot be removed",
                        foi_date_format_iso(d, a));
    if (d.serial == easter.serial - 2)
        return foi_fail(FOI_EINVAL,
                        "%s is Good Friday, a non-working day by statute; it "
                        "cannot be removed",
                        foi_date_format_iso(d, a));
    size_t kept = 0, removed = 0;
    for (size_t i = 0; i < b->nrows; i++) {
        const foi_row *r = &b->rows[i];
        int hit = r->serial == d.serial &&
                  (r->division ? (r->division & divisions) != 0 : divisions == FOI_DIV_ALL);
        if (hit)
            removed++;
        else
            b->rows[kept++] = *r;
    }
    b->nrows = kept;
    if (!removed)
        return foi_fail(FOI_ENOTFOUND, "%s is not a holiday of the given divisions",
                        foi_date_format_iso(d, a));
    return FOI_OK;
}

static char *copy_string(const char *s)
{
    size_t len = strlen(s) + 1;
    char *copy = malloc(len);
    return copy ? memcpy(copy, s, len) : NULL;
}

/* ---- import reports ---- */

struct foi_import_report {
    foi_import_note *v;
    size_t n, cap;
};

int foi_import_report_new(foi_import_report **out)
{
    FOI_REQUIRE_ARG(out);
    foi_import_report *r = calloc(1, sizeof *r);
    if (!r)
        return foi_fail(FOI_ENOMEM, "out of memory creating an import report");
    *out = r;
    return FOI_OK;
}

/* Drops the notes after the first n (each note owns one block that starts
 * with its name). */
static void report_truncate(foi_import_report *r, size_t n)
{
    for (size_t i = n; i < r->n; i++)
        free((char *)(uintptr_t)r->v[i].name);
    r->n = n;
}

void foi_import_report_truncate(foi_import_report *r, size_t n)
{
    if (r && n < r->n)
        report_truncate(r, n);
}

void foi_import_report_free(foi_import_report *r)
{
    if (!r)
        return;
    report_truncate(r, 0);
    free(r->v);
    free(r);
}

size_t foi_import_report_count(const foi_import_report *r)
{
    return r ? r->n : 0;
}

const foi_import_note *foi_import_report_at(const foi_import_report *r, size_t i)
{
    return r && i < r->n ? &r->v[i] : NULL;
}

const char *foi_import_kind_name(int kind)
{
    static const char *const names[] = {"added", "removed", "kept", "warning", "skipped"};
    return kind >= 0 && kind <= FOI_IMPORT_SKIPPED ? names[kind] : "";
}

int foi_import_report_add(foi_import_report *r, const foi_import_note *note)
{
    FOI_REQUIRE_ARG(r);
    FOI_REQUIRE_ARG(note);
    if ((unsigned)note->kind > FOI_IMPORT_SKIPPED)
        return foi_fail(FOI_EINVAL, "unknown import note kind %d", (int)note->kind);
    const char *name = note->name ? note->name : "", *text = note->text ? note->text : "",
               *source = note->source ? note->source : "";
    size_t ln = strlen(name) + 1, lt = strlen(text) + 1, ls = strlen(source) + 1;
    if (grow((void **)&r->v, &r->cap, r->n + 1, sizeof *r->v))
        return FOI_ENOMEM;
    char *block = malloc(ln + lt + ls);
    if (!block)
        return foi_fail(FOI_ENOMEM, "out of memory in an import report");
    memcpy(block, name, ln);
    memcpy(block + ln, text, lt);
    memcpy(block + ln + lt, source, ls);
    foi_import_note *v = &r->v[r->n++];
    *v = *note;
    v->name = block;
    v->text = block + ln;
    v->source = block + ln + lt;
    return FOI_OK;
}

int foi_import_report_json(char **out, const foi_import_report *r)
{
    FOI_REQUIRE_ARG(out);
    struct sbuf sb = {0};
    sb_printf(&sb, "{\"schema_version\":%d,\"warnings\":[", FOI_JSON_SCHEMA_VERSION);
    for (size_t i = 0; i < foi_import_report_count(r); i++) {
        const foi_import_note *n = &r->v[i];
        char from[FOI_DATE_ISO_SIZE], until[FOI_DATE_ISO_SIZE];
        sb_puts(&sb, i ? ",{\"source\":" : "{\"source\":");
        sb_json_string(&sb, n->source);
        sb_printf(&sb,
                  ",\"line\":%ld,\"kind\":\"%s\",\"division\":\"%s\",\"date\":\"%s\","
                  "\"until\":\"%s\",\"name\":",
                  n->line, foi_import_kind_name(n->kind), foi_division_name(n->division),
                  foi_date_format_iso(n->date, from), foi_date_format_iso(n->until, until));
        sb_json_string(&sb, n->name);
        sb_puts(&sb, ",\"message\":");
        sb_json_string(&sb, n->text);
        sb_puts(&sb, "}");
    }
    sb_puts(&sb, "]}");
    return sb_take(&sb, out);
}

/* ---- replacing a division's years ---- */

enum { NYEARS = FOI_COVER_LAST_YEAR - FOI_COVER_FIRST_YEAR + 1 };

static int year_of(int32_t serial)
{
    int y;
    foi_civil_from_days(serial, &y, NULL, NULL);
    return y;
}

/* Which statutory day serial is for division: 1 Christmas Day, 2 Good
 * Friday (every division; the caller decides what each means), else 0. */
static int statutory_kind(int32_t serial)
{
    int y, m, d;
    foi_civil_from_days(serial, &y, &m, &d);
    if (m == 12 && d == 25)
        return 1;
    foi_date easter;
    if (foi_easter_sunday(&easter, y) == FOI_OK && serial == easter.serial - 2)
        return 2;
    return 0;
}

/* The law that makes a statutory day non-working on the calendars that
 * count division. */
static const char *statute_for(unsigned division)
{
    return division == FOI_DIV_SCOTLAND ? "FOISA 2002 s.73" : "FOIA 2000 s.10(6)";
}

static int int32_cmp(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static int has_serial(const int32_t *sorted, size_t n, int32_t z)
{
    return n && bsearch(&z, sorted, n, sizeof *sorted, int32_cmp) != NULL;
}

/* The rows of one division by day, then by their order in the builder. */
struct day_index {
    int32_t serial;
    size_t i;
};

static int day_index_cmp(const void *pa, const void *pb)
{
    const struct day_index *a = pa, *b = pb;
    if (a->serial != b->serial)
        return a->serial < b->serial ? -1 : 1;
    return (a->i > b->i) - (a->i < b->i);
}

/* The first row (in builder order) on day z, or NULL. */
static const foi_row *first_on(const foi_row *rows, const struct day_index *idx, size_t n,
                               int32_t z)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (idx[mid].serial < z)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && idx[lo].serial == z ? &rows[idx[lo].i] : NULL;
}

/* A note in the making: text formatted, strings borrowed. */
struct pending {
    foi_import_note note;
    char text[480];
};

static int pending_cmp(const void *pa, const void *pb)
{
    const foi_import_note *a = &((const struct pending *)pa)->note,
                          *b = &((const struct pending *)pb)->note;
    if (a->date.serial != b->date.serial)
        return a->date.serial < b->date.serial ? -1 : 1;
    return (int)a->kind - (int)b->kind;
}

static void day_note(struct pending *p, foi_import_kind kind, unsigned division, int32_t z,
                     const char *name, const char *source, const char *fmt_tail)
{
    char when[FOI_DATE_LONG_SIZE];
    foi_date d = foi_mkdate(z);
    static const char *const verbs[] = {"adds", "removes", "keeps", "", ""};
    memset(&p->note, 0, sizeof p->note);
    p->note = (foi_import_note){kind, division, d, d, name, NULL, source, 0};
    snprintf(p->text, sizeof p->text, "%s %s %s (%s)%s", verbs[kind], foi_date_format_long(d, when),
             name, foi_division_title(division), fmt_tail ? fmt_tail : "");
}

/*
 * The common core of replace and import: the division's holidays in the
 * years flagged in replace_year (index year - FOI_COVER_FIRST_YEAR) become
 * rows (which lie in those years), except that statutory days the rows lack
 * are kept; published data then runs to published_to (if later). Notes go
 * to report (may be NULL), together with extra notes the caller made.
 */
static int set_years(foi_calendar_builder *b, unsigned division, const unsigned char *replace_year,
                     const foi_holiday_row *rows, size_t n, const char *source,
                     int32_t published_to, foi_import_report *report, const struct pending *extra,
                     size_t nextra)
{
    FOI_REQUIRE_ARG(b);
    if (n)
        FOI_REQUIRE_ARG(rows);
    int k = foi_division_index(division);
    char a[FOI_DATE_ISO_SIZE];
    for (size_t i = 0; i < n; i++) {
        foi_date d = rows[i].date;
        int rc = check_cover(d);
        if (rc)
            return rc;
        if (foi_serial_weekday(d.serial) >= FOI_SATURDAY)
            return foi_fail(FOI_EINVAL,
                            "holiday %s is a %s: bank-holiday data list the weekday that "
                            "replaces a holiday falling at a weekend",
                            foi_date_format_iso(d, a), foi_weekday_name(foi_date_weekday(d)));
        if (!rows[i].name || !*rows[i].name)
            return foi_fail(FOI_EINVAL, "holiday %s has no name", foi_date_format_iso(d, a));
        if (rows[i].basis < -1 || rows[i].basis > FOI_BASIS_LOCAL)
            return foi_fail(FOI_EINVAL, "holiday %s has an unknown basis %d",
                            foi_date_format_iso(d, a), rows[i].basis);
    }
    /* The new days, sorted, and how many distinct ones each year has. */
    int32_t *days = malloc((n ? n : 1) * sizeof *days);
    if (!days)
        return foi_fail(FOI_ENOMEM, "out of memory in a calendar builder");
    for (size_t i = 0; i < n; i++)
        days[i] = rows[i].date.serial;
    qsort(days, n, sizeof *days, int32_cmp);
    size_t ndays = 0;
    for (size_t i = 0; i < n; i++)
        if (!ndays || days[ndays - 1] != days[i])
            days[ndays++] = days[i];
    unsigned char per_year[NYEARS];
    memset(per_year, 0, sizeof per_year);
    for (size_t i = 0; i < ndays; i++) {
        int y = year_of(days[i]);
        if (per_year[y - FOI_COVER_FIRST_YEAR]++ == FOI_IMPORT_MAX) {
            size_t count = 0;
            for (size_t j = 0; j < ndays; j++)
                count += year_of(days[j]) == y;
            free(days);
            return foi_fail(FOI_EINVAL,
                            "%zu holidays for %s in %d: no year has had more than %d, and more "
                            "than %d in a year is not bank-holiday data",
                            count, foi_division_title(division), y, FOI_IMPORT_USUAL_MAX,
                            FOI_IMPORT_MAX);
        }
    }

    /* The rows the builder holds for the division in the replaced years:
     * statutory ones the new data lack are kept, the others go. Those rows
     * are always there: the built-in data hold Christmas Day and Good Friday
     * of every year for every division, and no builder function drops them. */
    size_t nkeep = 0, nold = 0;
    for (size_t i = 0; i < b->nrows; i++) {
        const foi_row *r = &b->rows[i];
        if (r->division != division || !replace_year[year_of(r->serial) - FOI_COVER_FIRST_YEAR])
            continue;
        nold++;
        int sk = statutory_kind(r->serial);
        if (sk && !(sk == 2 && division == FOI_DIV_SCOTLAND) && !has_serial(days, ndays, r->serial))
            nkeep++;
    }

    /* Notes: every day removed or added, statutory days kept, years with
     * more days than any real year. */
    size_t cap = (report ? nold + n + NYEARS : 0) + nextra + 1;
    struct pending *notes = malloc(cap * sizeof *notes);
    size_t nnotes = 0;
    int32_t *olddays = malloc((nold ? nold : 1) * sizeof *olddays);
    unsigned char *added = calloc(ndays ? ndays : 1, 1);
    if (!notes || !olddays || !added) {
        free(notes);
        free(olddays);
        free(added);
        free(days);
        return foi_fail(FOI_ENOMEM, "out of memory in a calendar builder");
    }
    size_t nolddays = 0;
    for (size_t i = 0; i < b->nrows; i++) {
        const foi_row *r = &b->rows[i];
        if (r->division == division && replace_year[year_of(r->serial) - FOI_COVER_FIRST_YEAR] &&
            foi_serial_weekday(r->serial) < FOI_SATURDAY)
            olddays[nolddays++] = r->serial;
    }
    qsort(olddays, nolddays, sizeof *olddays, int32_cmp);
    if (report) {
        for (size_t i = 0; i < nextra; i++)
            notes[nnotes++] = extra[i];
        int32_t last_removed = INT32_MIN;
        for (size_t i = 0; i < b->nrows; i++) {
            const foi_row *r = &b->rows[i];
            if (r->division != division ||
                !replace_year[year_of(r->serial) - FOI_COVER_FIRST_YEAR] ||
                foi_serial_weekday(r->serial) >= FOI_SATURDAY || has_serial(days, ndays, r->serial))
                continue;
            int sk = statutory_kind(r->serial);
            const char *src = source ? source : "";
            if (sk == 2 && division == FOI_DIV_SCOTLAND) {
                day_note(&notes[nnotes++], FOI_IMPORT_REMOVED, division, r->serial, r->name, src,
                         ": check the data, as it is a Scottish bank holiday by statute unless a "
                         "proclamation moved it (the uk calendar still counts it, FOIA 2000 "
                         "s.10(6))");
            } else if (sk) {
                char tail[120];
                snprintf(tail, sizeof tail, ", not in the data: non-working by statute (%s)",
                         statute_for(division));
                day_note(&notes[nnotes++], FOI_IMPORT_KEPT, division, r->serial, r->name, src,
                         tail);
            } else if (r->serial != last_removed) {
                day_note(&notes[nnotes++], FOI_IMPORT_REMOVED, division, r->serial, r->name, src,
                         NULL);
            }
            last_removed = r->serial;
        }
        for (size_t i = 0; i < n; i++) {
            int32_t z = rows[i].date.serial;
            if (has_serial(olddays, nolddays, z))
                continue;
            /* One note a day, named after the first row on it. */
            size_t at =
                (size_t)((const int32_t *)bsearch(&z, days, ndays, sizeof *days, int32_cmp) - days);
            if (!added[at]++)
                day_note(&notes[nnotes++], FOI_IMPORT_ADDED, division, z, rows[i].name,
                         source ? source : "", NULL);
        }
        for (int y = 0; y < NYEARS; y++) {
            if (per_year[y] <= FOI_IMPORT_USUAL_MAX)
                continue;
            struct pending *p = &notes[nnotes++];
            foi_date d0 = foi_mkdate(foi_days_from_civil(FOI_COVER_FIRST_YEAR + y, 1, 1));
            foi_date d1 = foi_mkdate(foi_days_from_civil(FOI_COVER_FIRST_YEAR + y, 12, 31));
            p->note = (foi_import_note){FOI_IMPORT_WARNING,   division, d0, d1, "", NULL,
                                        source ? source : "", 0};
            snprintf(p->text, sizeof p->text,
                     "lists %d holidays for %s in %d, more than any year has had since 1971 "
                     "(%d): check the data",
                     per_year[y], foi_division_title(division), FOI_COVER_FIRST_YEAR + y,
                     FOI_IMPORT_USUAL_MAX);
        }
        qsort(notes, nnotes, sizeof *notes, pending_cmp);
    }
    free(olddays);
    free(added);

    /* Allocate everything first, so that nothing can fail half-way: the new
     * rows are staged after the current ones, then moved into place. */
    size_t nstage = n + nkeep, nmine = 0;
    struct day_index *mine = malloc((b->nrows ? b->nrows : 1) * sizeof *mine);
    if (!mine || grow((void **)&b->rows, &b->cap, b->nrows + nstage, sizeof *b->rows) ||
        grow((void **)&b->names, &b->capnames, b->nnames + n + 1, sizeof *b->names)) {
        free(mine);
        free(notes);
        free(days);
        return mine ? FOI_ENOMEM : foi_fail(FOI_ENOMEM, "out of memory in a calendar builder");
    }
    for (size_t i = 0; i < b->nrows; i++)
        if (b->rows[i].division == division)
            mine[nmine++] = (struct day_index){b->rows[i].serial, i};
    qsort(mine, nmine, sizeof *mine, day_index_cmp);
    size_t base = b->nnames, made_names = 0;
    char *src = copy_string(source && *source ? source : "imported");
    for (; src && made_names < n; made_names++)
        if (!(b->names[base + 1 + made_names] = copy_string(rows[made_names].name)))
            break;
    size_t report_mark = foi_import_report_count(report);
    int rc = !src || made_names < n ? foi_fail(FOI_ENOMEM, "out of memory in a calendar builder")
                                    : FOI_OK;
    for (size_t i = 0; !rc && report && i < nnotes; i++) {
        notes[i].note.text = notes[i].text;
        rc = foi_import_report_add(report, &notes[i].note);
    }
    free(notes);
    if (rc) {
        if (report)
            report_truncate(report, report_mark);
        for (size_t i = 0; i < made_names; i++)
            free(b->names[base + 1 + i]);
        free(src);
        free(days);
        free(mine);
        return rc;
    }
    b->names[base] = src;
    b->nnames += n + 1;

    /* Rows that leave their basis or substitute flag open (-1) take them
     * from the row they replace (the first the builder holds on that day),
     * else from the rules, else count as one-offs. */
    foi_row *staged = b->rows + b->nrows;
    for (size_t i = 0; i < n; i++) {
        int basis = rows[i].basis, subst = rows[i].substitute;
        const foi_row *old = NULL;
        foi_row proj[32];
        if (basis < 0 || subst < 0)
            old = first_on(b->rows, mine, nmine, rows[i].date.serial);
        if (!old && (basis < 0 || subst < 0)) {
            int np = foi_project_year(proj, 32, division, year_of(rows[i].date.serial));
            for (int j = 0; j < np && !old; j++)
                if (proj[j].serial == rows[i].date.serial)
                    old = &proj[j];
        }
        if (basis < 0)
            basis = old ? old->basis : FOI_BASIS_ONE_OFF;
        if (subst < 0)
            subst = old ? old->substitute : 0;
        staged[i] = (foi_row){rows[i].date.serial,
                              (unsigned char)division,
                              (unsigned char)basis,
                              subst != 0,
                              0,
                              b->names[base + 1 + i],
                              src};
    }
    /* Statutory days are kept as they were, no longer provisional: statute,
     * not a proclamation, fixes them. */
    size_t s = n;
    for (size_t i = 0; i < b->nrows; i++) {
        foi_row r = b->rows[i];
        if (r.division != division || !replace_year[year_of(r.serial) - FOI_COVER_FIRST_YEAR])
            continue;
        int sk = statutory_kind(r.serial);
        if (sk && !(sk == 2 && division == FOI_DIV_SCOTLAND) &&
            !has_serial(days, ndays, r.serial)) {
            r.provisional = 0;
            staged[s++] = r;
        }
    }
    free(days);
    free(mine);
    size_t kept = 0;
    for (size_t i = 0; i < b->nrows; i++) {
        const foi_row *r = &b->rows[i];
        if (!(r->division == division && replace_year[year_of(r->serial) - FOI_COVER_FIRST_YEAR]))
            b->rows[kept++] = *r;
    }
    memmove(b->rows + kept, staged, s * sizeof *staged);
    b->nrows = kept + s;
    if (b->published_until[k] < published_to)
        b->published_until[k] = published_to;
    return FOI_OK;
}

int foi_calendar_builder_replace(foi_calendar_builder *b, unsigned division, int first_year,
                                 int last_year, const foi_holiday_row *rows, size_t n,
                                 const char *source)
{
    FOI_REQUIRE_ARG(b);
    if (n)
        FOI_REQUIRE_ARG(rows);
    if (foi_division_index(division) < 0)
        return foi_fail(FOI_EINVAL, "division mask %#x is not a single division", division);
    if (first_year < FOI_COVER_FIRST_YEAR || last_year > FOI_COVER_LAST_YEAR ||
        last_year < first_year)
        return foi_fail(FOI_ERANGE, "years %d..%d are outside the calendars' coverage (%d to %d)",
                        first_year, last_year, FOI_COVER_FIRST_YEAR, FOI_COVER_LAST_YEAR);
    int32_t lo = foi_days_from_civil(first_year, 1, 1);
    int32_t hi = foi_days_from_civil(last_year, 12, 31);
    for (size_t i = 0; i < n; i++) {
        char a[FOI_DATE_ISO_SIZE];
        if (rows[i].date.serial < lo || rows[i].date.serial > hi)
            return foi_fail(FOI_EINVAL, "holiday %s lies outside the years %d..%d it replaces",
                            foi_date_format_iso(rows[i].date, a), first_year, last_year);
    }
    unsigned char years[NYEARS];
    memset(years, 0, sizeof years);
    memset(years + (first_year - FOI_COVER_FIRST_YEAR), 1, (size_t)(last_year - first_year + 1));
    return set_years(b, division, years, rows, n, source, hi, NULL, NULL, 0);
}

int foi_calendar_builder_import(foi_calendar_builder *b, unsigned division,
                                const foi_holiday_row *rows, size_t n, const char *source,
                                foi_import_report *report)
{
    FOI_REQUIRE_ARG(b);
    if (n)
        FOI_REQUIRE_ARG(rows);
    int k = foi_division_index(division);
    if (k < 0)
        return foi_fail(FOI_EINVAL, "division mask %#x is not a single division", division);
    if (n == 0)
        return foi_fail(FOI_EINVAL, "no holidays to import for %s", foi_division_title(division));
    unsigned char years[NYEARS];
    memset(years, 0, sizeof years);
    for (size_t i = 0; i < n; i++) {
        int rc = check_cover(rows[i].date);
        if (rc)
            return rc;
        years[year_of(rows[i].date.serial) - FOI_COVER_FIRST_YEAR] = 1;
    }
    /* Years between the first and last with rows that have none are left
     * alone, and said so, run by run. */
    struct pending *gaps = malloc((NYEARS / 2 + 1) * sizeof *gaps);
    size_t ngaps = 0;
    if (!gaps)
        return foi_fail(FOI_ENOMEM, "out of memory in a calendar builder");
    int first = 0, last = NYEARS - 1;
    while (!years[first])
        first++;
    while (!years[last])
        last--;
    const char *src = source && *source ? source : "imported";
    for (int y = first; y <= last; y++) {
        if (years[y])
            continue;
        int z = y;
        while (!years[z + 1])
            z++;
        struct pending *p = &gaps[ngaps++];
        p->note =
            (foi_import_note){FOI_IMPORT_SKIPPED,
                              division,
                              foi_mkdate(foi_days_from_civil(FOI_COVER_FIRST_YEAR + y, 1, 1)),
                              foi_mkdate(foi_days_from_civil(FOI_COVER_FIRST_YEAR + z, 12, 31)),
                              "",
                              NULL,
                              src,
                              0};
        if (z == y)
            snprintf(p->text, sizeof p->text,
                     "holds no holidays for %s in %d, between years it covers: %d is left as it "
                     "was",
                     foi_division_title(division), FOI_COVER_FIRST_YEAR + y,
                     FOI_COVER_FIRST_YEAR + y);
        else
            snprintf(p->text, sizeof p->text,
                     "holds no holidays for %s in %d to %d, between years it covers: those "
                     "years are left as they were",
                     foi_division_title(division), FOI_COVER_FIRST_YEAR + y,
                     FOI_COVER_FIRST_YEAR + z);
        y = z;
    }
    /* Published data runs on through the replaced years that follow it
     * without a gap; a later replaced year stays provisional. */
    int32_t pub = b->published_until[k];
    for (int y = year_of(pub + 1); y <= FOI_COVER_LAST_YEAR && years[y - FOI_COVER_FIRST_YEAR]; y++)
        pub = foi_days_from_civil(y, 12, 31);
    int rc = set_years(b, division, years, rows, n, source, pub, report, gaps, ngaps);
    free(gaps);
    return rc;
}
int foi_calendar_builder_build(foi_calendar **out, const foi_calendar_builder *b,
                               foi_calendar_id id)
{
    FOI_REQUIRE_ARG(out);
    FOI_REQUIRE_ARG(b);
    if ((unsigned)id >= FOI_CAL_COUNT)
        return foi_fail(FOI_EINVAL, "unknown calendar id %d", (int)id);
    return foi_calbuild(out, b->rows, b->nrows, id, b->published_until);
}

void foi_calendar_free(foi_calendar *cal)
{
    if (cal && cal->owned)
        free(cal->storage);
}
