/* The calendar API: lookups, working-day arithmetic and custom calendars. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "calbuild.h"
#include "internal.h"

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
    for (int i = 0; name && i < FOI_CAL_COUNT; i++) {
        if (strcmp(name, calendar_names[i]) == 0) {
            *out = (foi_calendar_id)i;
            return FOI_OK;
        }
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

const char *foi_division_name(unsigned division)
{
    static const char *const names[3] = {"england-and-wales", "scotland", "northern-ireland"};
    int i = foi_division_index(division);
    return i < 0 ? "" : names[i];
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
    for (unsigned bit = 1; name && bit <= FOI_DIV_NORTHERN_IRELAND; bit <<= 1) {
        if (strcmp(name, foi_division_name(bit)) == 0) {
            *out = bit;
            return FOI_OK;
        }
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

int foi_calendar_builder_replace(foi_calendar_builder *b, unsigned division, int first_year,
                                 int last_year, const foi_holiday_row *rows, size_t n,
                                 const char *source)
{
    FOI_REQUIRE_ARG(b);
    if (n)
        FOI_REQUIRE_ARG(rows);
    int k = foi_division_index(division);
    if (k < 0)
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
        if (!rows[i].name || !*rows[i].name)
            return foi_fail(FOI_EINVAL, "holiday %s has no name",
                            foi_date_format_iso(rows[i].date, a));
        if (rows[i].basis < -1 || rows[i].basis > FOI_BASIS_LOCAL)
            return foi_fail(FOI_EINVAL, "holiday %s has an unknown basis %d",
                            foi_date_format_iso(rows[i].date, a), rows[i].basis);
    }
    /* Allocate everything first, so that nothing can fail half-way: the new
     * rows are staged after the current ones, then moved into place. */
    if (grow((void **)&b->rows, &b->cap, b->nrows + n, sizeof *b->rows) ||
        grow((void **)&b->names, &b->capnames, b->nnames + n + 1, sizeof *b->names))
        return FOI_ENOMEM;
    size_t base = b->nnames, made = 0;
    char *src = copy_string(source && *source ? source : "imported");
    for (; src && made < n; made++)
        if (!(b->names[base + 1 + made] = copy_string(rows[made].name)))
            break;
    if (!src || made < n) {
        for (size_t i = 0; i < made; i++)
            free(b->names[base + 1 + i]);
        free(src);
        return foi_fail(FOI_ENOMEM, "out of memory in a calendar builder");
    }
    b->names[base] = src;
    b->nnames += n + 1;

    /* Rows that leave their basis or substitute flag open (-1) take them
     * from the row they replace, else from the rules, else count as one-offs. */
    foi_row *staged = b->rows + b->nrows;
    for (size_t i = 0; i < n; i++) {
        int basis = rows[i].basis, subst = rows[i].substitute;
        const foi_row *old = NULL;
        foi_row proj[32];
        for (size_t j = 0; j < b->nrows && !old && (basis < 0 || subst < 0); j++)
            if (b->rows[j].division == division && b->rows[j].serial == rows[i].date.serial)
                old = &b->rows[j];
        if (!old && (basis < 0 || subst < 0)) {
            int y;
            foi_civil_from_days(rows[i].date.serial, &y, NULL, NULL);
            int np = foi_project_year(proj, 32, division, y);
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
    size_t kept = 0;
    for (size_t i = 0; i < b->nrows; i++) {
        const foi_row *r = &b->rows[i];
        if (!(r->division == division && r->serial >= lo && r->serial <= hi))
            b->rows[kept++] = *r;
    }
    memmove(b->rows + kept, staged, n * sizeof *staged);
    b->nrows = kept + n;
    if (b->published_until[k] < hi)
        b->published_until[k] = hi;
    return FOI_OK;
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
