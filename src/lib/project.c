/* Bank holidays for years beyond the published data, from the rules of the
 * Banking and Financial Dealings Act 1971 and the usual proclamations. */
#include "calbuild.h"
#include "internal.h"

enum kind { FIXED, EASTER, FIRST_MONDAY, LAST_MONDAY };

/* One recurring holiday. For fixed dates that fall at a weekend, the basis of
 * the substitute weekday depends on whether the day fell on a Saturday or a
 * Sunday: statute provides some Sunday substitutes, proclamation the rest. */
struct rule {
    unsigned char kind;
    signed char month; /* FIXED, FIRST_MONDAY, LAST_MONDAY */
    signed char day;   /* FIXED: day of month; EASTER: offset from Easter Sunday */
    unsigned char basis;
    unsigned char sub_basis_sat;
    unsigned char sub_basis_sun;
    const char *name;
};

#define ST FOI_BASIS_STATUTE
#define CL FOI_BASIS_COMMON_LAW
#define PR FOI_BASIS_PROCLAMATION

static const struct rule england_wales[] = {
    {FIXED, 1, 1, PR, PR, PR, "New Year\u2019s Day"},
    {EASTER, 0, -2, CL, 0, 0, "Good Friday"},
    {EASTER, 0, 1, ST, 0, 0, "Easter Monday"},
    {FIRST_MONDAY, 5, 0, PR, 0, 0, "Early May bank holiday"},
    {LAST_MONDAY, 5, 0, ST, 0, 0, "Spring bank holiday"},
    {LAST_MONDAY, 8, 0, ST, 0, 0, "Summer bank holiday"},
    /* 27 December is statutory whenever 25 or 26 December is a Sunday. */
    {FIXED, 12, 25, CL, ST, ST, "Christmas Day"},
    {FIXED, 12, 26, ST, PR, PR, "Boxing Day"},
};

static const struct rule scotland[] = {
    {FIXED, 1, 1, ST, ST, ST, "New Year\u2019s Day"},
    {FIXED, 1, 2, ST, PR, PR, "2nd January"},
    {EASTER, 0, -2, ST, 0, 0, "Good Friday"},
    {FIRST_MONDAY, 5, 0, ST, 0, 0, "Early May bank holiday"},
    {LAST_MONDAY, 5, 0, PR, 0, 0, "Spring bank holiday"},
    {FIRST_MONDAY, 8, 0, ST, 0, 0, "Summer bank holiday"},
    /* St Andrew's Day Bank Holiday (Scotland) Act 2007: the next Monday. */
    {FIXED, 11, 30, ST, ST, ST, "St Andrew\u2019s Day"},
    {FIXED, 12, 25, ST, PR, PR, "Christmas Day"},
    /* Boxing Day is proclaimed in Scotland, except that statute makes 26
     * December a holiday when Christmas Day is a Sunday (handled below). */
    {FIXED, 12, 26, PR, PR, PR, "Boxing Day"},
};

static const struct rule northern_ireland[] = {
    {FIXED, 1, 1, PR, PR, PR, "New Year\u2019s Day"},
    {FIXED, 3, 17, ST, PR, ST, "St Patrick\u2019s Day"},
    {EASTER, 0, -2, CL, 0, 0, "Good Friday"},
    {EASTER, 0, 1, ST, 0, 0, "Easter Monday"},
    {FIRST_MONDAY, 5, 0, PR, 0, 0, "Early May bank holiday"},
    {LAST_MONDAY, 5, 0, ST, 0, 0, "Spring bank holiday"},
    {FIXED, 7, 12, PR, PR, PR, "Battle of the Boyne (Orangemen\u2019s Day)"},
    {LAST_MONDAY, 8, 0, ST, 0, 0, "Summer bank holiday"},
    {FIXED, 12, 25, CL, ST, ST, "Christmas Day"},
    {FIXED, 12, 26, ST, PR, PR, "Boxing Day"},
};

#undef ST
#undef CL
#undef PR

int foi_division_index(unsigned division)
{
    switch (division) {
    case FOI_DIV_ENGLAND_WALES:
        return 0;
    case FOI_DIV_SCOTLAND:
        return 1;
    case FOI_DIV_NORTHERN_IRELAND:
        return 2;
    default:
        return -1;
    }
}

static int is_weekend(int32_t z)
{
    return foi_serial_weekday(z) >= FOI_SATURDAY;
}

static int taken(const foi_row *rows, size_t n, int32_t z)
{
    for (size_t i = 0; i < n; i++)
        if (rows[i].serial == z)
            return 1;
    return 0;
}

static void sort_rows(foi_row *rows, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        foi_row r = rows[i];
        size_t j = i;
        for (; j > 0 && rows[j - 1].serial > r.serial; j--)
            rows[j] = rows[j - 1];
        rows[j] = r;
    }
}

int foi_project_year(foi_row *out, size_t cap, unsigned division, int year)
{
    const struct rule *rules;
    size_t nrules;
    switch (division) {
    case FOI_DIV_ENGLAND_WALES:
        rules = england_wales;
        nrules = sizeof england_wales / sizeof *england_wales;
        break;
    case FOI_DIV_SCOTLAND:
        rules = scotland;
        nrules = sizeof scotland / sizeof *scotland;
        break;
    case FOI_DIV_NORTHERN_IRELAND:
        rules = northern_ireland;
        nrules = sizeof northern_ireland / sizeof *northern_ireland;
        break;
    default:
        return foi_fail(FOI_EINVAL, "division mask %u is not a single division", division);
    }
    if (year < FOI_COVER_FIRST_YEAR || year > FOI_COVER_LAST_YEAR)
        return foi_fail(FOI_ERANGE, "bank holidays are projected for %d..%d, not %d",
                        FOI_COVER_FIRST_YEAR, FOI_COVER_LAST_YEAR, year);
    if (cap < 2 * nrules)
        return foi_fail(FOI_ERANGE, "room for %zu projected holidays is too small", cap);

    foi_date easter;
    foi_easter_sunday(&easter, year);
    size_t n = 0;

    /* Moveable days first: they always fall on weekdays, and substitutes for
     * fixed days must step around them. */
    for (size_t i = 0; i < nrules; i++) {
        const struct rule *r = &rules[i];
        int32_t z;
        if (r->kind == FIXED)
            continue;
        if (r->kind == EASTER) {
            z = easter.serial + r->day;
        } else if (r->kind == FIRST_MONDAY) {
            z = foi_days_from_civil(year, r->month, 1);
            z += (8 - foi_serial_weekday(z)) % 7;
        } else {
            z = foi_days_from_civil(year, r->month, foi_days_in_month(year, r->month));
            z -= (foi_serial_weekday(z) + 6) % 7;
        }
        out[n++] = (foi_row){z, (unsigned char)division, r->basis, 0, 1, r->name, "projected"};
    }

    /* Fixed dates on weekdays stand on their own date. */
    for (size_t i = 0; i < nrules; i++) {
        const struct rule *r = &rules[i];
        if (r->kind != FIXED)
            continue;
        int32_t z = foi_days_from_civil(year, r->month, r->day);
        if (is_weekend(z))
            continue;
        unsigned char basis = r->basis;
        if (division == FOI_DIV_SCOTLAND && r->month == 12 && r->day == 26 &&
            foi_serial_weekday(z - 1) == FOI_SUNDAY)
            basis = FOI_BASIS_STATUTE;
        out[n++] = (foi_row){z, (unsigned char)division, basis, 0, 1, r->name, "projected"};
    }

    /* Then, in date order, each one that falls at a weekend moves to the next
     * weekday that is not already a holiday. The rules are listed in date
     * order, so walking them in order is walking the dates in order. */
    for (size_t i = 0; i < nrules; i++) {
        const struct rule *r = &rules[i];
        if (r->kind != FIXED)
            continue;
        int32_t z = foi_days_from_civil(year, r->month, r->day);
        if (!is_weekend(z))
            continue;
        unsigned char basis =
            foi_serial_weekday(z) == FOI_SATURDAY ? r->sub_basis_sat : r->sub_basis_sun;
        int32_t s = z + 1;
        while (is_weekend(s) || taken(out, n, s))
            s++;
        out[n++] = (foi_row){s, (unsigned char)division, basis, 1, 1, r->name, "projected"};
    }
    sort_rows(out, n);
    return (int)n;
}
