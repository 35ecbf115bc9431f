/* Unit tests of the calendars: worked examples, the data pitfalls, custom
 * calendars, errors, and properties checked over every day of the coverage. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "builtin.h"
#include "calbuild.h"
#include "testutil.h"

/* Every built-in holiday row, published and projected, as the library
 * expands them for a calendar builder. */
static foi_row *data_rows;
static size_t data_nrows;

static const foi_calendar *cal(foi_calendar_id id)
{
    const foi_calendar *c = foi_calendar_builtin(id);
    ck_assert_ptr_nonnull(c);
    return c;
}

static foi_date add(foi_calendar_id id, foi_date d, int n)
{
    foi_date out;
    ck_assert_int_eq(foi_calendar_add(&out, cal(id), d, n), FOI_OK);
    return out;
}

static int working(foi_calendar_id id, foi_date d)
{
    int w = foi_calendar_is_working_day(cal(id), d);
    ck_assert_int_ge(w, 0);
    return w;
}

/* ---- worked examples ---- */

struct example {
    const char *source;
    foi_calendar_id cal;
    int y, m, d, n, ey, em, ed;
};

static const struct example examples[] = {
    /* src/doc/rules.md section 6: Good Friday 30 Mar and Easter Monday 2 Apr skipped. */
    {"src/doc/rules.md s.6 FOIA", FOI_CAL_UK, 2018, 3, 29, 20, 2018, 4, 30},
    /* src/doc/rules.md section 6: Easter Monday is a Scottish working day. */
    {"src/doc/rules.md s.6 FOISA", FOI_CAL_SCOTLAND, 2018, 3, 29, 20, 2018, 4, 27},
    /* src/doc/rules.md section 6: received Saturday 5 Jan 2019, statutory receipt rule. */
    {"src/doc/rules.md s.6 statutory", FOI_CAL_UK, 2019, 1, 5, 20, 2019, 2, 1},
    /* src/doc/rules.md section 6: next-working-day rule makes Monday 7 Jan day 0. */
    {"src/doc/rules.md s.6 next-working-day", FOI_CAL_UK, 2019, 1, 7, 20, 2019, 2, 4},
    /* src/doc/rules.md section 6: EIR extended, 40 working days. */
    {"src/doc/rules.md s.6 EIR 40 WD", FOI_CAL_UK, 2018, 10, 15, 40, 2018, 12, 11},
    /* src/doc/rules.md section 4 fees example: the 20-day deadline without the fee pause. */
    {"src/doc/rules.md s.4", FOI_CAL_UK, 2018, 10, 15, 20, 2018, 11, 12},
    /* Hand count: 2026-06-01 + 20 on uk skips Mon 15 June 2026 (Scottish World
     * Cup holiday), so June 2..12 (9) + 16..26 (9) + 29, 30 = 20. */
    {"src/doc/holidays.md World Cup", FOI_CAL_UK, 2026, 6, 1, 20, 2026, 6, 30},
    /* The same on England-and-Wales, where 15 June is a working day: 29 June. */
    {"src/doc/holidays.md World Cup E&W", FOI_CAL_ENGLAND_WALES, 2026, 6, 1, 20, 2026, 6, 29},
    /* Hand count around Christmas 2022 (uk): Dec 19-23 (5); 26 Boxing Day and
     * 27 Christmas substitute skipped; 28-30 (8); 2 Jan 2023 New Year
     * substitute and 3 Jan (Scotland's New Year substitute, as 2 January fell
     * on the Monday) skipped; Jan 4-6 (11), 9-13 (16), 16-19 (20). */
    {"hand count, Christmas 2022", FOI_CAL_UK, 2022, 12, 16, 20, 2023, 1, 19},
    /* The same New Year on England and Wales, where 3 Jan 2023 is worked:
     * Dec 30 + 10 = Jan 3-6 (4), 9-13 (9), 16 (10). */
    {"hand count, New Year 2023 E&W", FOI_CAL_ENGLAND_WALES, 2022, 12, 30, 10, 2023, 1, 16},
    /* And on uk: Jan 4-6 (3), 9-13 (8), 16-17 (10). */
    {"hand count, New Year 2023 uk", FOI_CAL_UK, 2022, 12, 30, 10, 2023, 1, 17},
    /* Negative N: 20 working days before 12 Nov 2018 is 15 Oct 2018. */
    {"inverse of src/doc/rules.md s.4", FOI_CAL_UK, 2018, 11, 12, -20, 2018, 10, 15},
    /* N = 0 is the anchor itself, even on a holiday. */
    {"day 0 convention", FOI_CAL_UK, 2018, 12, 25, 0, 2018, 12, 25},
};

START_TEST(test_examples)
{
    const struct example *e = &examples[_i];
    foi_date got = add(e->cal, D(e->y, e->m, e->d), e->n);
    char g[FOI_DATE_ISO_SIZE];
    ck_assert_msg(got.serial == D(e->ey, e->em, e->ed).serial, "%s: got %s", e->source,
                  foi_date_format_iso(got, g));
}
END_TEST

START_TEST(test_new_year_2023_by_calendar)
{
    /* 2023: 1 Jan Sunday -> Mon 2 Jan New Year substitute in every division;
     * Scotland's 2nd January falls on the Monday itself, so its substitute
     * goes to Tue 3 Jan (source: GOV.UK feed, curated CSV). */
    ck_assert(!working(FOI_CAL_UK, D(2023, 1, 2)));
    ck_assert(!working(FOI_CAL_UK, D(2023, 1, 3)));
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2023, 1, 3)));
    ck_assert(working(FOI_CAL_ENGLAND_WALES, D(2023, 1, 3)));
    ck_assert(working(FOI_CAL_NORTHERN_IRELAND, D(2023, 1, 3)));
}
END_TEST

/* ---- the pitfalls listed in src/doc/holidays.md ---- */

START_TEST(test_no_scottish_holiday_4_january_2010_2011)
{
    /* No proclamation was made for these, although early official data
     * listed them (src/doc/holidays.md). */
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        ck_assert(working((foi_calendar_id)id, D(2010, 1, 4)));
        ck_assert(working((foi_calendar_id)id, D(2011, 1, 4)));
    }
    /* 3 January 2011 is the New Year substitute everywhere. */
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2011, 1, 3)));
    ck_assert(!working(FOI_CAL_ENGLAND_WALES, D(2011, 1, 3)));
}
END_TEST

START_TEST(test_scotland_specifics)
{
    /* No Easter Monday in Scotland: 2 April 2018. */
    ck_assert(working(FOI_CAL_SCOTLAND, D(2018, 4, 2)));
    ck_assert(!working(FOI_CAL_UK, D(2018, 4, 2)));
    /* First Monday of August in Scotland, last Monday elsewhere (2018). */
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2018, 8, 6)));
    ck_assert(working(FOI_CAL_SCOTLAND, D(2018, 8, 27)));
    ck_assert(working(FOI_CAL_ENGLAND_WALES, D(2018, 8, 6)));
    ck_assert(!working(FOI_CAL_ENGLAND_WALES, D(2018, 8, 27)));
    ck_assert(!working(FOI_CAL_UK, D(2018, 8, 6)));
    ck_assert(!working(FOI_CAL_UK, D(2018, 8, 27)));
    /* St Andrew's Day from 2007 only: Thu 30 Nov 2006 worked, Fri 30 Nov 2007 not. */
    ck_assert(working(FOI_CAL_SCOTLAND, D(2006, 11, 30)));
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2007, 11, 30)));
    /* St Andrew's Day on a Saturday moves to Monday: 30 Nov 2019 -> 2 Dec 2019. */
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2019, 12, 2)));
    ck_assert(!working(FOI_CAL_UK, D(2019, 12, 2)));
    /* 2 January is a Scottish holiday (Friday 2 Jan 2026), and so a FOIA one. */
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2026, 1, 2)));
    ck_assert(!working(FOI_CAL_UK, D(2026, 1, 2)));
    ck_assert(working(FOI_CAL_ENGLAND_WALES, D(2026, 1, 2)));
    /* Northern Ireland only: St Patrick's Day and 12 July move FOIA deadlines
     * but not FOISA ones. */
    ck_assert(!working(FOI_CAL_UK, D(2025, 3, 17)));
    ck_assert(working(FOI_CAL_SCOTLAND, D(2025, 3, 17)));
    ck_assert(!working(FOI_CAL_UK, D(2025, 7, 14))); /* 12 July 2025 is a Saturday */
    ck_assert(working(FOI_CAL_SCOTLAND, D(2025, 7, 14)));
}
END_TEST

START_TEST(test_world_cup_2026)
{
    /* Scotland 15 June 2026: a one-off proclaimed in February 2026. */
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2026, 6, 15)));
    ck_assert(!working(FOI_CAL_UK, D(2026, 6, 15)));
    ck_assert(working(FOI_CAL_ENGLAND_WALES, D(2026, 6, 15)));
    ck_assert(working(FOI_CAL_NORTHERN_IRELAND, D(2026, 6, 15)));
    const foi_holiday *h;
    size_t n;
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, cal(FOI_CAL_UK), D(2026, 6, 15), D(2026, 6, 15)),
                     FOI_OK);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(h->name, "World Cup bank holiday");
    ck_assert_uint_eq(h->divisions, FOI_DIV_SCOTLAND);
    ck_assert_int_eq(h->basis, FOI_BASIS_ONE_OFF);
    ck_assert_int_eq(h->provisional, 0);
}
END_TEST

/* Moved and one-off days (src/doc/holidays.md), with the day each replaced, in England and Wales.
 */
static const struct {
    int y, m, d;
    int working;
} moved[] = {
    {1995, 5, 8, 0},  {1995, 5, 1, 1},  {1999, 12, 31, 0}, {2002, 6, 3, 0}, {2002, 6, 4, 0},
    {2002, 5, 27, 1}, {2011, 4, 29, 0}, {2012, 6, 4, 0},   {2012, 6, 5, 0}, {2012, 5, 28, 1},
    {2020, 5, 8, 0},  {2020, 5, 4, 1},  {2022, 6, 2, 0},   {2022, 6, 3, 0}, {2022, 5, 30, 1},
    {2022, 9, 19, 0}, {2023, 5, 8, 0},
};

START_TEST(test_moved_and_one_off)
{
    ck_assert_int_eq(working(FOI_CAL_ENGLAND_WALES, D(moved[_i].y, moved[_i].m, moved[_i].d)),
                     moved[_i].working);
    ck_assert_int_eq(working(FOI_CAL_UK, D(moved[_i].y, moved[_i].m, moved[_i].d)),
                     moved[_i].working);
}
END_TEST

START_TEST(test_fixed_date_substitutes)
{
    /* src/doc/holidays.md: Scotland 1 Jan Sat + 2 Jan Sun -> Mon 3 + Tue 4 (2022). */
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2022, 1, 3)));
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2022, 1, 4)));
    ck_assert(working(FOI_CAL_SCOTLAND, D(2022, 1, 5)));
    ck_assert(working(FOI_CAL_ENGLAND_WALES, D(2022, 1, 4)));
    /* 25 Dec Sat + 26 Dec Sun -> Mon 27 + Tue 28 (2021). */
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2021, 12, 27)));
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2021, 12, 28)));
    ck_assert(!working(FOI_CAL_ENGLAND_WALES, D(2021, 12, 28)));
    /* 25 Dec Sun -> Mon 26 + Tue 27 (2022). */
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2022, 12, 26)));
    ck_assert(!working(FOI_CAL_SCOTLAND, D(2022, 12, 27)));
    ck_assert(working(FOI_CAL_SCOTLAND, D(2022, 12, 28)));
}
END_TEST

START_TEST(test_christmas_and_good_friday_every_year)
{
    /* FOIA s.10(6) names both; every calendar excludes them every year. */
    for (int y = FOI_COVER_FIRST_YEAR; y <= FOI_COVER_LAST_YEAR; y++) {
        foi_date xmas = D(y, 12, 25), easter;
        ck_assert_int_eq(foi_easter_sunday(&easter, y), FOI_OK);
        foi_date gf = {easter.serial - 2};
        for (int id = 0; id < FOI_CAL_COUNT; id++) {
            ck_assert_msg(!working((foi_calendar_id)id, gf), "Good Friday %d, calendar %d", y, id);
            if (foi_date_weekday(xmas) < FOI_SATURDAY)
                ck_assert_msg(!working((foi_calendar_id)id, xmas), "Christmas %d", y);
        }
    }
}
END_TEST

/* ---- holidays listing, coverage, provisional ---- */

START_TEST(test_holidays_in_range)
{
    const foi_holiday *h;
    size_t n;
    /* Easter 2018 on uk: Good Friday appears under two bases (common law in
     * England, Wales and NI; statute in Scotland), then Easter Monday. */
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, cal(FOI_CAL_UK), D(2018, 3, 29), D(2018, 4, 3)),
                     FOI_OK);
    ck_assert_uint_eq(n, 3);
    unsigned gf = 0;
    for (size_t i = 0; i < 2; i++) {
        ck_assert_str_eq(h[i].name, "Good Friday");
        ck_assert_date_eq(h[i].date, D(2018, 3, 30));
        gf |= h[i].divisions;
    }
    ck_assert_uint_eq(gf, FOI_DIV_ALL);
    ck_assert_str_eq(h[2].name, "Easter Monday");
    ck_assert_uint_eq(h[2].divisions, FOI_DIV_ENGLAND_WALES | FOI_DIV_NORTHERN_IRELAND);
    ck_assert_int_eq(h[2].basis, FOI_BASIS_STATUTE);
    /* An empty range and a reversed one. */
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, cal(FOI_CAL_UK), D(2018, 4, 4), D(2018, 4, 30)),
                     FOI_OK);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, cal(FOI_CAL_UK), D(2018, 4, 4), D(2018, 4, 3)),
                     FOI_EINVAL);
    /* Substitute flag: Boxing Day 2026 is a Saturday, its substitute Mon 28 Dec. */
    ck_assert_int_eq(
        foi_calendar_holidays(&h, &n, cal(FOI_CAL_ENGLAND_WALES), D(2026, 12, 28), D(2026, 12, 28)),
        FOI_OK);
    ck_assert_uint_eq(n, 1);
    ck_assert_str_eq(h->name, "Boxing Day");
    ck_assert_int_eq(h->substitute, 1);
    /* Per-year counts on England and Wales: 8 in an ordinary year (2019), 10
     * in 2022 (Platinum Jubilee, state funeral; source: GOV.UK feed). */
    ck_assert_int_eq(
        foi_calendar_holidays(&h, &n, cal(FOI_CAL_ENGLAND_WALES), D(2019, 1, 1), D(2019, 12, 31)),
        FOI_OK);
    ck_assert_uint_eq(n, 8);
    ck_assert_int_eq(
        foi_calendar_holidays(&h, &n, cal(FOI_CAL_ENGLAND_WALES), D(2022, 1, 1), D(2022, 12, 31)),
        FOI_OK);
    ck_assert_uint_eq(n, 10);
}
END_TEST

START_TEST(test_coverage_and_provisional)
{
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        const foi_calendar *c = cal((foi_calendar_id)id);
        foi_date first, last, pub;
        foi_calendar_coverage(c, &first, &last, &pub);
        ck_assert_date_eq(first, D(1971, 1, 1));
        ck_assert_date_eq(last, D(2199, 12, 31));
        ck_assert_date_eq(pub, D(2028, 12, 31));
        ck_assert(!foi_calendar_is_provisional(c, D(2028, 12, 1), D(2028, 12, 31)));
        ck_assert(foi_calendar_is_provisional(c, D(2028, 12, 1), D(2029, 1, 1)));
        ck_assert(foi_calendar_is_provisional(c, D(2029, 1, 2), D(2028, 12, 1)));
        const foi_holiday *h;
        size_t n;
        ck_assert_int_eq(foi_calendar_holidays(&h, &n, c, D(2028, 1, 1), D(2030, 12, 31)), FOI_OK);
        ck_assert_uint_gt(n, 0);
        for (size_t i = 0; i < n; i++)
            ck_assert_int_eq(h[i].provisional, h[i].date.serial > pub.serial);
    }
}
END_TEST

/* The date of the built-in data: the day holidays/uk-bank-holidays.csv was
 * last brought up to date, the DTSTAMP of the holidays/ iCalendar files (data.ics-from-csv
 * checks those files are what the generator makes), after the last GOV.UK
 * file the data were compared with (tests/data/govuk, DTSTAMP 3 August
 * 2026) and before the end of the published data. */
START_TEST(test_builtin_date)
{
    foi_date d = foi_calendar_builtin_date();
    ck_assert_date_eq(d, D(2026, 11, 26));
    ck_assert_int_gt(d.serial, D(2026, 8, 3).serial);
    foi_date pub;
    foi_calendar_coverage(cal(FOI_CAL_UK), NULL, NULL, &pub);
    ck_assert_int_lt(d.serial, pub.serial);
}
END_TEST

START_TEST(test_names_and_lookup)
{
    static const char *names[] = {"uk", "scotland", "england-and-wales", "northern-ireland"};
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        foi_calendar_id got;
        ck_assert_int_eq(foi_calendar_id_from_name(&got, names[id]), FOI_OK);
        ck_assert_int_eq(got, id);
        ck_assert_str_eq(foi_calendar_name(cal(got)), names[id]);
        ck_assert_int_eq(foi_calendar_get_id(cal(got)), id);
        ck_assert(strlen(foi_calendar_description(cal(got))) > 20);
    }
    foi_calendar_id got;
    ck_assert_int_eq(foi_calendar_id_from_name(&got, "wales"), FOI_ENOTFOUND);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "'wales'"));
    ck_assert_ptr_null(foi_calendar_builtin((foi_calendar_id)4));
    ck_assert_uint_eq(foi_calendar_divisions(cal(FOI_CAL_UK)), FOI_DIV_ALL);
    ck_assert_uint_eq(foi_calendar_divisions(cal(FOI_CAL_SCOTLAND)), FOI_DIV_SCOTLAND);
    unsigned div;
    ck_assert_int_eq(foi_division_from_name(&div, "northern-ireland"), FOI_OK);
    ck_assert_uint_eq(div, FOI_DIV_NORTHERN_IRELAND);
    ck_assert_int_eq(foi_division_from_name(&div, "uk"), FOI_ENOTFOUND);
    ck_assert_str_eq(foi_division_title(FOI_DIV_SCOTLAND), "Scotland");
    ck_assert_str_eq(foi_division_name(FOI_DIV_ALL), "");
    ck_assert_str_eq(foi_basis_name(FOI_BASIS_ONE_OFF), "one-off");
    ck_assert_str_eq(foi_basis_name(99), "");
}
END_TEST

/* ---- errors ---- */

START_TEST(test_range_errors)
{
    const foi_calendar *c = cal(FOI_CAL_UK);
    foi_date out = D(2000, 1, 1);
    int n;
    ck_assert_int_eq(foi_calendar_is_working_day(c, D(1970, 12, 31)), FOI_ERANGE);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "1970-12-31"));
    ck_assert_int_eq(foi_calendar_is_working_day(c, D(2200, 1, 1)), FOI_ERANGE);
    ck_assert_int_eq(foi_calendar_add(&out, c, D(2199, 12, 20), 20), FOI_ERANGE);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "2199-12-20"));
    ck_assert_date_eq(out, D(2000, 1, 1)); /* untouched on failure */
    ck_assert_int_eq(foi_calendar_add(&out, c, D(1971, 1, 5), -20), FOI_ERANGE);
    ck_assert_int_eq(foi_calendar_add(&out, c, D(2000, 1, 1), INT_MAX), FOI_ERANGE);
    ck_assert_int_eq(foi_calendar_add(&out, c, D(2000, 1, 1), INT_MIN), FOI_ERANGE);
    /* A serial that is no date is an invalid argument (error.h), not a range. */
    ck_assert_int_eq(foi_calendar_add(&out, c, (foi_date){INT32_MAX}, 1), FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_count(&n, c, D(1970, 1, 1), D(2000, 1, 1)), FOI_ERANGE);
    ck_assert_int_eq(foi_calendar_count(&n, c, D(2000, 1, 1), D(2300, 1, 1)), FOI_ERANGE);
    ck_assert_int_eq(foi_calendar_next(&out, c, D(2199, 12, 31)), FOI_ERANGE);
    ck_assert_int_eq(foi_calendar_prev(&out, c, D(1971, 1, 1)), FOI_ERANGE);
    /* The very ends still work when the answer is inside. */
    ck_assert_int_eq(foi_calendar_prev(&out, c, D(2199, 12, 31)), FOI_OK);
    ck_assert_date_eq(out, D(2199, 12, 30));
    ck_assert_int_eq(foi_calendar_next(&out, c, D(1971, 1, 1)), FOI_OK);
    ck_assert_date_eq(out, D(1971, 1, 4));
}
END_TEST

START_TEST(test_next_prev_count)
{
    const foi_calendar *c = cal(FOI_CAL_UK);
    foi_date out;
    int n;
    /* Friday 23 Dec 2022 -> next is Wed 28 Dec (26 and 27 are holidays). */
    ck_assert_int_eq(foi_calendar_next(&out, c, D(2022, 12, 23)), FOI_OK);
    ck_assert_date_eq(out, D(2022, 12, 28));
    ck_assert_int_eq(foi_calendar_prev(&out, c, D(2022, 12, 28)), FOI_OK);
    ck_assert_date_eq(out, D(2022, 12, 23));
    /* src/doc/rules.md s.5: a response on working day 16 is 4 working days early. */
    ck_assert_int_eq(foi_calendar_count(&n, c, D(2018, 10, 15), D(2018, 11, 6)), FOI_OK);
    ck_assert_int_eq(n, 16);
    ck_assert_int_eq(foi_calendar_count(&n, c, D(2018, 11, 6), D(2018, 10, 15)), FOI_OK);
    ck_assert_int_eq(n, -16);
    ck_assert_int_eq(foi_calendar_count(&n, c, D(2018, 10, 15), D(2018, 10, 15)), FOI_OK);
    ck_assert_int_eq(n, 0);
    /* Across a weekend: (Fri, Mon] holds one working day. */
    ck_assert_int_eq(foi_calendar_count(&n, c, D(2018, 10, 19), D(2018, 10, 22)), FOI_OK);
    ck_assert_int_eq(n, 1);
}
END_TEST

/* ---- custom calendars ---- */

static void assert_same_calendar(const foi_calendar *a, const foi_calendar *b)
{
    ck_assert_int_eq(a->first, b->first);
    ck_assert_int_eq(a->ndays, b->ndays);
    ck_assert_int_eq(a->nworking, b->nworking);
    ck_assert_int_eq(a->published_until, b->published_until);
    ck_assert(memcmp(a->cum, b->cum, ((size_t)a->ndays + 1) * sizeof *a->cum) == 0);
    ck_assert(memcmp(a->gap, b->gap, (size_t)a->nworking * sizeof *a->gap) == 0);
    ck_assert_uint_eq(a->nholidays, b->nholidays);
    /* Through the public call: a built-in calendar unpacks its holidays as
     * they are asked for. */
    const foi_holiday *ha, *hb;
    size_t na, nb;
    ck_assert_int_eq(foi_calendar_holidays(&ha, &na, a, D(1971, 1, 1), D(2199, 12, 31)), FOI_OK);
    ck_assert_int_eq(foi_calendar_holidays(&hb, &nb, b, D(1971, 1, 1), D(2199, 12, 31)), FOI_OK);
    ck_assert_uint_eq(na, a->nholidays);
    ck_assert_uint_eq(nb, b->nholidays);
    for (size_t i = 0; i < a->nholidays; i++) {
        const foi_holiday *x = &ha[i], *y = &hb[i];
        ck_assert_int_eq(x->date.serial, y->date.serial);
        ck_assert_str_eq(x->name, y->name);
        ck_assert_str_eq(x->source, y->source);
        ck_assert_uint_eq(x->divisions, y->divisions);
        ck_assert_int_eq(x->basis, y->basis);
        ck_assert_int_eq(x->substitute, y->substitute);
        ck_assert_int_eq(x->provisional, y->provisional);
    }
}

START_TEST(test_builder_reproduces_builtin)
{
    /* The compiled-in tables and a run-time build from the same rows agree. */
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        foi_calendar *c;
        ck_assert_int_eq(foi_calendar_builder_build(&c, b, (foi_calendar_id)id), FOI_OK);
        assert_same_calendar(c, cal((foi_calendar_id)id));
        foi_calendar_free(c);
    }
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_builder_add_remove)
{
    foi_calendar_builder *b;
    foi_calendar *uk, *sc, *ew;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    /* A newly proclaimed Scottish holiday on Tuesday 9 July 2030. */
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2030, 7, 9), FOI_DIV_SCOTLAND, "Test day"),
                     FOI_OK);
    /* A local closure on Wednesday 10 July 2030 applies to every calendar built. */
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2030, 7, 10), 0, "Office closed"), FOI_OK);
    /* Remove Easter Monday 2030 (22 April) from England and Wales only. */
    ck_assert_int_eq(foi_calendar_builder_remove(b, D(2030, 4, 22), FOI_DIV_ENGLAND_WALES), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_build(&uk, b, FOI_CAL_UK), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_build(&sc, b, FOI_CAL_SCOTLAND), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_build(&ew, b, FOI_CAL_ENGLAND_WALES), FOI_OK);
    ck_assert_int_eq(foi_calendar_is_working_day(uk, D(2030, 7, 9)), 0);
    ck_assert_int_eq(foi_calendar_is_working_day(sc, D(2030, 7, 9)), 0);
    ck_assert_int_eq(foi_calendar_is_working_day(ew, D(2030, 7, 9)), 1);
    ck_assert_int_eq(foi_calendar_is_working_day(ew, D(2030, 7, 10)), 0);
    ck_assert_int_eq(foi_calendar_is_working_day(ew, D(2030, 4, 22)), 1);
    /* Still a Northern Irish holiday, so still off for FOIA. */
    ck_assert_int_eq(foi_calendar_is_working_day(uk, D(2030, 4, 22)), 0);
    const foi_holiday *h;
    size_t n;
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, uk, D(2030, 7, 9), D(2030, 7, 10)), FOI_OK);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(h[0].name, "Test day");
    ck_assert_int_eq(h[0].basis, FOI_BASIS_LOCAL);
    ck_assert_str_eq(h[1].source, "local");
    ck_assert_uint_eq(h[1].divisions, 0);
    /* The built calendars outlive the builder. */
    foi_calendar_builder_free(b);
    foi_date out;
    ck_assert_int_eq(foi_calendar_add(&out, uk, D(2030, 7, 8), 1), FOI_OK);
    ck_assert_date_eq(out, D(2030, 7, 11));
    foi_calendar_free(uk);
    foi_calendar_free(sc);
    foi_calendar_free(ew);
    foi_calendar_free(NULL);
    /* Built-in calendars are ignored by foi_calendar_free. */
    union {
        const foi_calendar *c;
        foi_calendar *m;
    } builtin = {cal(FOI_CAL_UK)};
    foi_calendar_free(builtin.m);
}
END_TEST

START_TEST(test_builder_errors)
{
    foi_calendar_builder *b;
    foi_calendar *c = NULL;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2030, 7, 6), 0, "Saturday"), FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2030, 7, 8), 0, ""), FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2030, 7, 8), 0, NULL), FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2030, 7, 8), 8, "x"), FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(1970, 7, 8), 0, "x"), FOI_ERANGE);
    ck_assert_int_eq(foi_calendar_builder_remove(b, D(2030, 12, 25), FOI_DIV_ALL), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "Christmas"));
    ck_assert_int_eq(foi_calendar_builder_remove(b, D(2030, 4, 19), FOI_DIV_ALL), FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "Good Friday"));
    ck_assert_int_eq(foi_calendar_builder_remove(b, D(2030, 7, 9), FOI_DIV_ALL), FOI_ENOTFOUND);
    ck_assert_int_eq(foi_calendar_builder_remove(b, D(2200, 7, 9), FOI_DIV_ALL), FOI_ERANGE);
    ck_assert_int_eq(foi_calendar_builder_build(&c, b, (foi_calendar_id)9), FOI_EINVAL);
    ck_assert_ptr_null(c);
    foi_calendar_builder_free(b);
    foi_calendar_builder_free(NULL);
}
END_TEST

/* ---- newer data: statutory days and what an import changes ---- */

/* The 2026 days of one division, as rows, leaving out the dates in skip. */
static size_t rows_2026(foi_holiday_row *rows, size_t cap, unsigned division, const int *skip,
                        size_t nskip)
{
    const foi_holiday *h;
    size_t n, k = 0;
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, cal(FOI_CAL_UK), D(2026, 1, 1), D(2026, 12, 31)),
                     FOI_OK);
    for (size_t i = 0; i < n; i++) {
        int skipped = 0;
        for (size_t j = 0; j < nskip; j++)
            skipped |= h[i].date.serial == skip[j];
        if ((h[i].divisions & division) && !skipped) {
            ck_assert_uint_lt(k, cap);
            rows[k++] = (foi_holiday_row){h[i].date, h[i].name, -1, -1};
        }
    }
    return k;
}

START_TEST(test_replace_keeps_statutory_days)
{
    /* Data for 2026 without Christmas Day (Friday 25 December) and Good
     * Friday (3 April) for every division: statute keeps both off on uk,
     * england-and-wales and northern-ireland (FOIA s.10(6)) and Christmas
     * Day off on scotland (FOISA s.73); Good Friday in Scotland is Scottish
     * bank-holiday data only, so it goes from the scotland calendar. */
    const int skip[2] = {D(2026, 12, 25).serial, D(2026, 4, 3).serial};
    foi_holiday_row rows[16];
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    for (unsigned div = 1; div <= FOI_DIV_NORTHERN_IRELAND; div <<= 1) {
        size_t n = rows_2026(rows, 16, div, skip, 2);
        ck_assert_int_eq(foi_calendar_builder_replace(b, div, 2026, 2026, rows, n, "test.ics"),
                         FOI_OK);
    }
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        foi_calendar *c;
        ck_assert_int_eq(foi_calendar_builder_build(&c, b, (foi_calendar_id)id), FOI_OK);
        ck_assert_int_eq(foi_calendar_is_working_day(c, D(2026, 12, 25)), 0);
        ck_assert_int_eq(foi_calendar_is_working_day(c, D(2026, 4, 3)), id == FOI_CAL_SCOTLAND);
        const foi_holiday *h;
        size_t n;
        ck_assert_int_eq(foi_calendar_holidays(&h, &n, c, D(2026, 12, 25), D(2026, 12, 25)),
                         FOI_OK);
        /* On uk: one entry for Scotland (statute), one for the others
         * (common law). */
        ck_assert_uint_eq(n, id == FOI_CAL_UK ? 2 : 1);
        for (size_t i = 0; i < n; i++) {
            ck_assert_str_eq(h[i].name, "Christmas Day");
            ck_assert_str_eq(h[i].source, "built-in");
            ck_assert_int_eq(h[i].provisional, 0);
        }
        foi_calendar_free(c);
    }
    /* FOISA: received Tuesday 1 December 2026, the 20th working day is
     * Thursday 31 December (counted by hand: 2-4, 7-11, 14-18, 21-24 December
     * are 17 days; Friday 25 and Monday 28 are off; 29, 30, 31 make 20). Had
     * Christmas Day been dropped it would have been Wednesday 30. */
    foi_calendar *sc;
    ck_assert_int_eq(foi_calendar_builder_build(&sc, b, FOI_CAL_SCOTLAND), FOI_OK);
    foi_date due;
    ck_assert_int_eq(foi_calendar_add(&due, sc, D(2026, 12, 1), 20), FOI_OK);
    ck_assert_date_eq(due, D(2026, 12, 31));
    foi_calendar_free(sc);
    foi_calendar_builder_free(b);
}
END_TEST

/* Every day of the years from y0 to y1 is the same on two calendars. */
static void assert_same_years(const foi_calendar *a, const foi_calendar *b, int y0, int y1)
{
    for (int32_t z = D(y0, 1, 1).serial; z <= D(y1, 12, 31).serial; z++)
        REQUIRE(foi_calendar_is_working_day(a, (foi_date){z}) ==
                    foi_calendar_is_working_day(b, (foi_date){z}),
                "day %ld", (long)z);
}

static size_t count_kind(const foi_import_report *r, foi_import_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < foi_import_report_count(r); i++)
        n += foi_import_report_at(r, i)->kind == kind;
    return n;
}

START_TEST(test_import_only_years_with_rows)
{
    /* Scottish rows for 2026 only: the other years keep the built-in data. */
    foi_holiday_row rows[16];
    size_t n = rows_2026(rows, 16, FOI_DIV_SCOTLAND, NULL, 0);
    ck_assert_uint_eq(n, 10);
    /* Plus one for 2019 (New Year's Day, Tuesday 1 January 2019) and one for
     * 2028 (Monday 3 January 2028, the substitute for New Year's Day): the
     * years 2020-2025 and 2027 between them are left alone. */
    rows[n++] = (foi_holiday_row){D(2019, 1, 1), "New Year’s Day", -1, -1};
    rows[n++] = (foi_holiday_row){D(2028, 1, 3), "New Year’s Day", -1, -1};
    foi_calendar_builder *b;
    foi_import_report *r;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_import_report_new(&r), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, rows, n, "scotland.ics", r),
                     FOI_OK);
    foi_calendar *sc;
    ck_assert_int_eq(foi_calendar_builder_build(&sc, b, FOI_CAL_SCOTLAND), FOI_OK);
    assert_same_years(sc, cal(FOI_CAL_SCOTLAND), 1971, 2018);
    assert_same_years(sc, cal(FOI_CAL_SCOTLAND), 2020, 2027);
    assert_same_years(sc, cal(FOI_CAL_SCOTLAND), 2029, 2199);
    /* 2019 and 2028 lost their other days (2 January 2019, Good Friday...). */
    ck_assert_int_eq(foi_calendar_is_working_day(sc, D(2019, 1, 2)), 1);
    ck_assert_int_eq(foi_calendar_is_working_day(sc, D(2019, 12, 25)), 0); /* statute */
    /* Two runs of untouched years, each said: 2020-2025 and 2027. */
    size_t skipped = 0;
    for (size_t i = 0; i < foi_import_report_count(r); i++) {
        const foi_import_note *note = foi_import_report_at(r, i);
        ck_assert_str_eq(note->source, "scotland.ics");
        if (note->kind != FOI_IMPORT_SKIPPED)
            continue;
        if (skipped++ == 0) {
            ck_assert_date_eq(note->date, D(2020, 1, 1));
            ck_assert_date_eq(note->until, D(2025, 12, 31));
            ck_assert_ptr_nonnull(strstr(note->text, "2020 to 2025"));
        } else {
            ck_assert_date_eq(note->date, D(2027, 1, 1));
            ck_assert_date_eq(note->until, D(2027, 12, 31));
        }
    }
    ck_assert_uint_eq(skipped, 2);
    /* Nothing changed in 2026 (the same days), so no note is about it. */
    for (size_t i = 0; i < foi_import_report_count(r); i++) {
        const foi_import_note *note = foi_import_report_at(r, i);
        int y;
        foi_date_to_ymd(note->date, &y, NULL, NULL);
        ck_assert_int_ne(y, 2026);
    }
    /* Published data runs through 2028 as before (2029 is not in the rows). */
    foi_date pub;
    foi_calendar_coverage(sc, NULL, NULL, &pub);
    ck_assert_date_eq(pub, D(2028, 12, 31));
    foi_calendar_free(sc);
    foi_import_report_free(r);
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_import_reports_every_change)
{
    /* Scottish 2026 without New Year's Day, Good Friday and Christmas Day,
     * with one made-up day (Tuesday 7 July 2026). */
    const int skip[3] = {D(2026, 1, 1).serial, D(2026, 4, 3).serial, D(2026, 12, 25).serial};
    foi_holiday_row rows[16];
    size_t n = rows_2026(rows, 16, FOI_DIV_SCOTLAND, skip, 3);
    rows[n++] = (foi_holiday_row){D(2026, 7, 7), "Test day", -1, -1};
    foi_calendar_builder *b;
    foi_import_report *r;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_import_report_new(&r), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, rows, n, "s.ics", r), FOI_OK);
    /* In date order: removed 1 Jan, removed Good Friday (with a caution),
     * added 7 July, kept Christmas Day. */
    ck_assert_uint_eq(foi_import_report_count(r), 4);
    const foi_import_note *x = foi_import_report_at(r, 0);
    ck_assert_int_eq(x->kind, FOI_IMPORT_REMOVED);
    ck_assert_date_eq(x->date, D(2026, 1, 1));
    ck_assert_str_eq(x->name, "New Year’s Day");
    ck_assert_str_eq(x->text, "removes Thursday 1 January 2026 New Year’s Day (Scotland)");
    x = foi_import_report_at(r, 1);
    ck_assert_int_eq(x->kind, FOI_IMPORT_REMOVED);
    ck_assert_date_eq(x->date, D(2026, 4, 3));
    ck_assert_ptr_nonnull(strstr(x->text, "check the data"));
    x = foi_import_report_at(r, 2);
    ck_assert_int_eq(x->kind, FOI_IMPORT_ADDED);
    ck_assert_str_eq(x->text, "adds Tuesday 7 July 2026 Test day (Scotland)");
    x = foi_import_report_at(r, 3);
    ck_assert_int_eq(x->kind, FOI_IMPORT_KEPT);
    ck_assert_date_eq(x->date, D(2026, 12, 25));
    ck_assert_ptr_nonnull(strstr(x->text, "FOISA 2002 s.73"));
    ck_assert_ptr_null(foi_import_report_at(r, 4));
    ck_assert_str_eq(foi_import_kind_name(FOI_IMPORT_KEPT), "kept");
    ck_assert_str_eq(foi_import_kind_name(9), "");
    char *json = NULL;
    ck_assert_int_eq(foi_import_report_json(&json, r), FOI_OK);
    static const char head[] =
        "{\"schema_version\":1,\"warnings\":[{\"source\":\"s.ics\",\"line\":0,\"kind\":\"removed\","
        "\"division\":\"scotland\",\"date\":\"2026-01-01\",\"until\":\"2026-01-01\",\"name\":"
        "\"New Year’s Day\",\"message\":\"removes Thursday 1 January 2026 New Year’s Day "
        "(Scotland)\"},";
    ck_assert_msg(strncmp(json, head, sizeof head - 1) == 0, "%s", json);
    ck_assert_str_eq(json + strlen(json) - 4, "\"}]}");
    foi_json_free(json);
    ck_assert_int_eq(foi_import_report_json(&json, NULL), FOI_OK);
    ck_assert_str_eq(json, "{\"schema_version\":1,\"warnings\":[]}");
    foi_json_free(json);
    /* The same data again: nothing more to say. */
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, rows, n, "s.ics", r), FOI_OK);
    ck_assert_uint_eq(foi_import_report_count(r), 5);
    ck_assert_int_eq(foi_import_report_at(r, 4)->kind, FOI_IMPORT_KEPT);
    foi_import_report_free(r);
    foi_import_report_free(NULL);
    ck_assert_uint_eq(foi_import_report_count(NULL), 0);
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_import_takes_basis_from_what_it_replaces)
{
    /* Scotland 2026 has Christmas Day (Friday 25 December, statute) from the
     * built-in data, and a second name on that day added by hand (a local
     * row of the division, basis local); the import's row for that day takes
     * the basis of the first, the built-in one. Monday 6 July 2026 is new:
     * a one-off. A day the rules give but the builder no longer holds
     * (2 January 2026, after a first import dropped it) takes the rules'
     * basis: statute (Schedule 1 of the 1971 Act, paragraph 2). */
    foi_calendar_builder *b;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_add(b, D(2026, 12, 25), FOI_DIV_SCOTLAND, "Yule"),
                     FOI_OK);
    foi_holiday_row rows[3] = {{D(2026, 12, 25), "Christmas Day", -1, -1},
                               {D(2026, 7, 6), "Test day", -1, -1},
                               {D(2026, 1, 2), "2nd January", -1, -1}};
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, rows, 2, "a.ics", NULL),
                     FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, rows, 3, "b.ics", NULL),
                     FOI_OK);
    foi_calendar *sc;
    ck_assert_int_eq(foi_calendar_builder_build(&sc, b, FOI_CAL_SCOTLAND), FOI_OK);
    const foi_holiday *h;
    size_t n;
    ck_assert_int_eq(foi_calendar_holidays(&h, &n, sc, D(2026, 1, 1), D(2026, 12, 31)), FOI_OK);
    ck_assert_uint_eq(n, 3);
    ck_assert_date_eq(h[0].date, D(2026, 1, 2));
    ck_assert_int_eq(h[0].basis, FOI_BASIS_STATUTE);
    ck_assert_int_eq(h[1].basis, FOI_BASIS_ONE_OFF);
    ck_assert_int_eq(h[2].basis, FOI_BASIS_STATUTE);
    ck_assert_str_eq(h[2].source, "b.ics");
    foi_calendar_free(sc);
    foi_calendar_builder_free(b);
}
END_TEST

START_TEST(test_import_limits)
{
    /* England and Wales 2026 (8 days) plus made-up weekdays from Wednesday
     * 1 July: 13 days is more than any year has had (a warning), 21 is
     * refused. */
    foi_holiday_row rows[32];
    char names[16][16];
    size_t base = rows_2026(rows, 32, FOI_DIV_ENGLAND_WALES, NULL, 0), n = base;
    ck_assert_uint_eq(base, 8);
    for (int32_t z = D(2026, 7, 1).serial; n < 13; z++) {
        if (foi_date_weekday((foi_date){z}) >= FOI_SATURDAY)
            continue;
        char *name = names[n - base];
        snprintf(name, sizeof names[0], "Extra %zu", n - base);
        rows[n++] = (foi_holiday_row){{z}, name, -1, -1};
    }
    foi_calendar_builder *b;
    foi_import_report *r;
    ck_assert_int_eq(foi_calendar_builder_new(&b), FOI_OK);
    ck_assert_int_eq(foi_import_report_new(&r), FOI_OK);
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_ENGLAND_WALES, rows, n, "e.ics", r),
                     FOI_OK);
    ck_assert_uint_eq(count_kind(r, FOI_IMPORT_WARNING), 1);
    ck_assert_uint_eq(count_kind(r, FOI_IMPORT_ADDED), 5);
    ck_assert_ptr_nonnull(strstr(foi_import_report_at(r, 0)->text, "lists 13 holidays"));
    size_t before = foi_import_report_count(r);
    /* 21 in a year: refused, nothing changed, nothing reported. */
    for (int32_t z = D(2026, 8, 3).serial; n < 21; z++) {
        if (foi_date_weekday((foi_date){z}) >= FOI_SATURDAY)
            continue;
        char *name = names[n - base];
        snprintf(name, sizeof names[0], "Extra %zu", n - base);
        rows[n++] = (foi_holiday_row){{z}, name, -1, -1};
    }
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_ENGLAND_WALES, rows, n, "e.ics", r),
                     FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "21 holidays for England and Wales in 2026"));
    ck_assert_int_eq(
        foi_calendar_builder_replace(b, FOI_DIV_ENGLAND_WALES, 2026, 2026, rows, n, "e.ics"),
        FOI_EINVAL);
    ck_assert_uint_eq(foi_import_report_count(r), before);
    foi_calendar *ew;
    ck_assert_int_eq(foi_calendar_builder_build(&ew, b, FOI_CAL_ENGLAND_WALES), FOI_OK);
    ck_assert_int_eq(foi_calendar_is_working_day(ew, D(2026, 7, 7)), 0);
    ck_assert_int_eq(foi_calendar_is_working_day(ew, D(2026, 8, 4)), 1);
    foi_calendar_free(ew);
    /* A weekend day, no rows, bad arguments. */
    foi_holiday_row sat = {D(2026, 12, 26), "Boxing Day", -1, -1};
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, &sat, 1, "s.ics", r),
                     FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "2026-12-26 is a Saturday"));
    ck_assert_int_eq(foi_calendar_builder_replace(b, FOI_DIV_SCOTLAND, 2026, 2026, &sat, 1, "s"),
                     FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, rows, 0, "s.ics", r),
                     FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_ALL, rows, 1, "s.ics", r), FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_import(NULL, FOI_DIV_SCOTLAND, rows, 1, "s.ics", r),
                     FOI_EINVAL);
    /* Rows without a name or with an unknown basis; replace's own checks. */
    foi_holiday_row bad = {D(2026, 7, 7), "", -1, -1};
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, &bad, 1, "s.ics", r),
                     FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "has no name"));
    bad = (foi_holiday_row){D(2026, 7, 7), "x", 9, -1};
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, &bad, 1, "s.ics", r),
                     FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "unknown basis 9"));
    bad.basis = -1;
    ck_assert_int_eq(foi_calendar_builder_replace(b, FOI_DIV_ALL, 2026, 2026, &bad, 1, "s"),
                     FOI_EINVAL);
    ck_assert_int_eq(foi_calendar_builder_replace(b, FOI_DIV_SCOTLAND, 1970, 2026, &bad, 1, "s"),
                     FOI_ERANGE);
    ck_assert_int_eq(foi_calendar_builder_replace(b, FOI_DIV_SCOTLAND, 2027, 2026, &bad, 1, "s"),
                     FOI_ERANGE);
    ck_assert_int_eq(foi_calendar_builder_replace(b, FOI_DIV_SCOTLAND, 2027, 2027, &bad, 1, "s"),
                     FOI_EINVAL);
    ck_assert_ptr_nonnull(strstr(foi_error_last(), "outside the years 2027..2027"));
    foi_holiday_row late = {D(2200, 1, 1), "Late", -1, -1};
    ck_assert_int_eq(foi_calendar_builder_import(b, FOI_DIV_SCOTLAND, &late, 1, "s.ics", r),
                     FOI_ERANGE);
    ck_assert_uint_eq(foi_import_report_count(r), before);
    foi_import_note note = {FOI_IMPORT_SKIPPED,
                            FOI_DIV_SCOTLAND,
                            D(2026, 1, 1),
                            D(2026, 1, 1),
                            NULL,
                            "said by a reader",
                            NULL,
                            7};
    ck_assert_int_eq(foi_import_report_add(r, &note), FOI_OK);
    ck_assert_str_eq(foi_import_report_at(r, before)->name, "");
    ck_assert_str_eq(foi_import_report_at(r, before)->text, "said by a reader");
    foi_import_report_truncate(r, before + 5); /* fewer than that: nothing */
    ck_assert_uint_eq(foi_import_report_count(r), before + 1);
    foi_import_report_truncate(r, before);
    ck_assert_uint_eq(foi_import_report_count(r), before);
    foi_import_report_truncate(NULL, 0);
    ck_assert_int_eq(foi_import_report_add(r, &note), FOI_OK);
    note.kind = (foi_import_kind)7;
    ck_assert_int_eq(foi_import_report_add(r, &note), FOI_EINVAL);
    ck_assert_int_eq(foi_import_report_add(NULL, &note), FOI_EINVAL);
    ck_assert_int_eq(foi_import_report_new(NULL), FOI_EINVAL);
    foi_import_report_free(r);
    foi_calendar_builder_free(b);
}
END_TEST

/* ---- properties over the whole coverage ---- */

/* An independent, slow answer: walk day by day using only the holiday list. */
static int naive_working(const foi_calendar *c, int32_t z)
{
    if (foi_date_weekday((foi_date){z}) >= FOI_SATURDAY)
        return 0;
    const foi_holiday *h;
    size_t n;
    foi_calendar_holidays(&h, &n, c, (foi_date){z}, (foi_date){z});
    return n == 0;
}

START_TEST(test_property_tables_match_walk)
{
    const foi_calendar *c = cal((foi_calendar_id)_i);
    foi_date first, last;
    foi_calendar_coverage(c, &first, &last, NULL);
    /* Every day's working flag agrees with the holiday list. */
    for (int32_t z = first.serial; z <= last.serial; z++)
        REQUIRE(foi_calendar_is_working_day(c, (foi_date){z}) == naive_working(c, z),
                "working flag of serial %ld", (long)z);
    /* And add(d, 20) agrees with a day-by-day walk, for every day. */
    int32_t due = first.serial, seen = 0;
    for (int32_t z = first.serial; z <= last.serial; z++) {
        /* Slide the walk: the 20th working day after z. */
        if (z == first.serial || due <= z) {
            due = z;
            seen = 0;
        } else {
            seen -= naive_working(c, z);
        }
        while (seen < 20 && due < last.serial) {
            due++;
            seen += naive_working(c, due);
        }
        foi_date got;
        int rc = foi_calendar_add(&got, c, (foi_date){z}, 20);
        if (seen < 20)
            REQUIRE(rc == FOI_ERANGE, "serial %ld: expected a range error", (long)z);
        else
            REQUIRE(rc == FOI_OK && got.serial == due, "serial %ld: add 20 gave %ld, walk %ld",
                    (long)z, (long)got.serial, (long)due);
    }
}
END_TEST

START_TEST(test_property_add_count_identity)
{
    static const int ns[] = {1, 2, 5, 20, 30, 40, 60, 1000, -1, -20, -40};
    const foi_calendar *c = cal((foi_calendar_id)_i);
    foi_date first, last;
    foi_calendar_coverage(c, &first, &last, NULL);
    for (size_t k = 0; k < sizeof ns / sizeof *ns; k++) {
        int n = ns[k];
        foi_date prev = {INT32_MIN};
        for (int32_t z = first.serial; z <= last.serial; z++) {
            foi_date d = {z}, r;
            if (foi_calendar_add(&r, c, d, n) != FOI_OK)
                continue;
            /* The answer is a working day, on the right side of d. */
            REQUIRE(foi_calendar_is_working_day(c, r) == 1, "n=%d serial %ld", n, (long)z);
            REQUIRE(n > 0 ? r.serial > z : r.serial < z, "n=%d serial %ld", n, (long)z);
            /* Counting back gives n: add then count is the identity. */
            int cnt;
            REQUIRE(foi_calendar_count(&cnt, c, d, r) == FOI_OK, "count failed");
            if (n > 0) {
                REQUIRE(cnt == n, "n=%d serial %ld: count gave %d", n, (long)z, cnt);
            } else {
                /* (r, d] holds the |n| - 1 working days between them, and d
                 * itself when d is a working day. */
                REQUIRE(-cnt == -n - 1 + foi_calendar_is_working_day(c, d),
                        "n=%d serial %ld: count gave %d", n, (long)z, cnt);
            }
            /* Monotonic: a later anchor never gives an earlier answer. */
            REQUIRE(r.serial >= prev.serial, "n=%d serial %ld: not monotonic", n, (long)z);
            prev = r;
        }
    }
}
END_TEST

START_TEST(test_property_data_rows)
{
    /* Every weekday holiday row of the data is a non-working day on each
     * calendar whose divisions include it, and a working day on the others
     * unless another row of theirs falls on the same date. */
    for (size_t i = 0; i < data_nrows; i++) {
        const foi_row *r = &data_rows[i];
        if (foi_date_weekday((foi_date){r->serial}) >= FOI_SATURDAY)
            continue;
        for (int id = 0; id < FOI_CAL_COUNT; id++) {
            unsigned mask = foi_calendar_id_divisions((foi_calendar_id)id);
            unsigned on_day = 0;
            for (size_t j = 0; j < data_nrows; j++)
                if (data_rows[j].serial == r->serial)
                    on_day |= data_rows[j].division;
            int expect_working = !(on_day & mask);
            REQUIRE(foi_calendar_is_working_day(cal((foi_calendar_id)id), (foi_date){r->serial}) ==
                        expect_working,
                    "%s on serial %ld, calendar %d", r->name, (long)r->serial, id);
        }
    }
}
END_TEST

START_TEST(test_property_projection_matches_published_years)
{
    /* The rules for future years reproduce the published data in the years
     * that had no one-off or moved day: a check of the rules against the
     * data they will stand in for. */
    static const int years[] = {2013, 2014, 2015, 2016, 2017, 2018,
                                2019, 2021, 2024, 2025, 2027, 2028};
    for (size_t k = 0; k < sizeof years / sizeof *years; k++) {
        for (unsigned div = 1; div <= FOI_DIV_NORTHERN_IRELAND; div <<= 1) {
            foi_row proj[32];
            int n = foi_project_year(proj, 32, div, years[k]);
            ck_assert_int_gt(n, 0);
            int32_t lo = D(years[k], 1, 1).serial, hi = D(years[k], 12, 31).serial;
            int m = 0;
            for (size_t i = 0; i < data_nrows; i++) {
                const foi_row *r = &data_rows[i];
                if (r->division != div || r->serial < lo || r->serial > hi)
                    continue;
                ck_assert_msg(m < n, "%d %s: more published days than projected", years[k],
                              foi_division_name(div));
                ck_assert_msg(proj[m].serial == r->serial, "%d %s: %s", years[k],
                              foi_division_name(div), r->name);
                ck_assert_str_eq(proj[m].name, r->name);
                ck_assert_int_eq(proj[m].substitute, r->substitute);
                ck_assert_int_eq(proj[m].provisional, 1);
                m++;
            }
            ck_assert_int_eq(m, n);
        }
    }
}
END_TEST

START_TEST(test_project_errors)
{
    foi_row buf[32];
    ck_assert_int_eq(foi_project_year(buf, 32, 3, 2030), FOI_EINVAL);
    ck_assert_int_eq(foi_project_year(buf, 32, FOI_DIV_SCOTLAND, 1970), FOI_ERANGE);
    ck_assert_int_eq(foi_project_year(buf, 4, FOI_DIV_SCOTLAND, 2030), FOI_ERANGE);
}
END_TEST

static Suite *calendar_suite(void)
{
    Suite *s = suite_create("calendar");
    TCase *tc = tcase_create("examples");
    tcase_add_loop_test(tc, test_examples, 0, (int)(sizeof examples / sizeof *examples));
    tcase_add_test(tc, test_new_year_2023_by_calendar);
    tcase_add_test(tc, test_next_prev_count);
    tcase_add_test(tc, test_names_and_lookup);
    tcase_add_test(tc, test_range_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("pitfalls");
    tcase_add_test(tc, test_no_scottish_holiday_4_january_2010_2011);
    tcase_add_test(tc, test_scotland_specifics);
    tcase_add_test(tc, test_world_cup_2026);
    tcase_add_loop_test(tc, test_moved_and_one_off, 0, (int)(sizeof moved / sizeof *moved));
    tcase_add_test(tc, test_fixed_date_substitutes);
    tcase_add_test(tc, test_christmas_and_good_friday_every_year);
    tcase_add_test(tc, test_holidays_in_range);
    tcase_add_test(tc, test_coverage_and_provisional);
    tcase_add_test(tc, test_builtin_date);
    suite_add_tcase(s, tc);

    tc = tcase_create("builder");
    tcase_add_test(tc, test_builder_reproduces_builtin);
    tcase_add_test(tc, test_builder_add_remove);
    tcase_add_test(tc, test_builder_errors);
    tcase_add_test(tc, test_replace_keeps_statutory_days);
    tcase_add_test(tc, test_import_only_years_with_rows);
    tcase_add_test(tc, test_import_reports_every_change);
    tcase_add_test(tc, test_import_takes_basis_from_what_it_replaces);
    tcase_add_test(tc, test_import_limits);
    suite_add_tcase(s, tc);

    tc = tcase_create("properties");
    tcase_set_timeout(tc, 600);
    tcase_add_loop_test(tc, test_property_tables_match_walk, 0, FOI_CAL_COUNT);
    tcase_add_loop_test(tc, test_property_add_count_identity, 0, FOI_CAL_COUNT);
    tcase_add_test(tc, test_property_data_rows);
    tcase_add_test(tc, test_property_projection_matches_published_years);
    tcase_add_test(tc, test_project_errors);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *s = calendar_suite();
    if (foi_builtin_rows_expand(&data_rows, &data_nrows) != FOI_OK)
        return 1;
    int rc = run_suites(&s, 1);
    free(data_rows);
    return rc;
}
