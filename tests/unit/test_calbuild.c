/* Unit tests of src/lib/calbuild.c and project.c through their internal
 * interface, which the holiday generator also uses: rows in any order,
 * merged across divisions, unnamed, duplicated, outside the coverage or at
 * weekends, and the tables checked against the rows day by day. */
#include <stdio.h>
#include <string.h>

#include "calbuild.h"
#include "internal.h"
#include "testutil.h"

static const int32_t published[3] = {21549, 21549, 21549}; /* 2028-12-31 */

static foi_row row(foi_date d, unsigned division, const char *name)
{
    return (foi_row){d.serial, (unsigned char)division, FOI_BASIS_STATUTE, 0, 0, name, "test"};
}

START_TEST(test_rows_become_holidays)
{
    foi_row rows[16];
    size_t n = 0;
    foi_date mon = D(2018, 10, 15), tue = D(2018, 10, 16);
    rows[n++] = row(tue, FOI_DIV_SCOTLAND, "B");
    rows[n++] = row(mon, FOI_DIV_ENGLAND_WALES, "A");
    rows[n++] = row(mon, FOI_DIV_NORTHERN_IRELAND, "A"); /* merged with the one above */
    rows[n++] = row(mon, FOI_DIV_SCOTLAND, NULL);        /* unnamed: "" */
    rows[n] = row(tue, FOI_DIV_ENGLAND_WALES, "B");
    rows[n++].provisional = 1; /* differs only in being provisional */
    rows[n] = row(tue, FOI_DIV_NORTHERN_IRELAND, "B");
    rows[n++].source = NULL;                                        /* differs only in its source */
    rows[n++] = row(D(2018, 10, 13), FOI_DIV_ALL, "Saturday");      /* a weekend changes nothing */
    rows[n++] = row(D(1970, 6, 1), FOI_DIV_ENGLAND_WALES, "Early"); /* outside the coverage */
    rows[n++] = row(D(2200, 6, 2), FOI_DIV_ENGLAND_WALES, "Late");
    rows[n++] = row(D(2018, 10, 17), 0, "Local"); /* every calendar */

    struct foi_calendar *cal;
    ck_assert_int_eq(foi_calbuild(&cal, rows, n, FOI_CAL_UK, published), FOI_OK);
    const foi_holiday *h = cal->holidays;
    ck_assert_uint_eq(cal->nholidays, 6);
    ck_assert_int_eq(h[0].date.serial, mon.serial); /* "" sorts first */
    ck_assert_str_eq(h[0].name, "");
    ck_assert_str_eq(h[1].name, "A");
    ck_assert_uint_eq(h[1].divisions, FOI_DIV_ENGLAND_WALES | FOI_DIV_NORTHERN_IRELAND);
    ck_assert_str_eq(h[2].name, "B");
    ck_assert_str_eq(h[2].source, "");
    ck_assert_str_eq(h[3].name, "B");
    ck_assert_uint_eq(h[3].divisions, FOI_DIV_SCOTLAND);
    ck_assert_int_eq(h[4].provisional, 1);
    ck_assert_str_eq(h[5].name, "Local");
    ck_assert_ptr_eq(h[2].name, h[3].name); /* strings are stored once */
    ck_assert_int_eq(foi_calendar_is_working_day(cal, mon), 0);
    ck_assert_int_eq(foi_calendar_is_working_day(cal, D(2018, 10, 18)), 1);
    foi_calendar_free(cal);

    /* Scotland's calendar takes its own rows and the local day only. */
    ck_assert_int_eq(foi_calbuild(&cal, rows, n, FOI_CAL_SCOTLAND, published), FOI_OK);
    ck_assert_uint_eq(cal->nholidays, 3);
    foi_calendar_free(cal);

    ck_assert_int_eq(foi_calbuild(&cal, rows, 0, FOI_CAL_UK, published), FOI_OK);
    ck_assert_uint_eq(cal->nholidays, 0);
    ck_assert_int_eq(cal->nworking, 59743); /* every weekday of 1971-2199 (python3 datetime) */
    foi_calendar_free(cal);
    ck_assert_int_eq(foi_calbuild(&cal, rows, n, (foi_calendar_id)7, published), FOI_EINVAL);
    ck_assert_uint_eq(foi_calendar_id_divisions((foi_calendar_id)7), 0);
}
END_TEST

/* Many names, so that the string pool's hash table has collisions, and the
 * tables checked against a plain walk over the rows. */
START_TEST(test_many_rows_against_a_walk)
{
    enum { N = 3000 };
    static foi_row rows[N];
    static char names[N][12];
    static unsigned char off[FOI_COVER_DAYS];
    memset(off, 0, sizeof off);
    uint32_t seed = 7;
    for (int i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        int32_t z = FOI_COVER_FIRST + (int32_t)(seed >> 8) % FOI_COVER_DAYS;
        snprintf(names[i], sizeof names[i], "h%d", i % 700);
        rows[i] = row((foi_date){z}, 1u << (i % 3), names[i]);
        if (foi_serial_weekday(z) < FOI_SATURDAY)
            off[z - FOI_COVER_FIRST] = 1;
    }
    struct foi_calendar *cal;
    ck_assert_int_eq(foi_calbuild(&cal, rows, N, FOI_CAL_UK, published), FOI_OK);
    int working = 0;
    for (int32_t i = 0; i < FOI_COVER_DAYS; i++) {
        foi_date d = {FOI_COVER_FIRST + i};
        int w = !off[i] && foi_serial_weekday(d.serial) < FOI_SATURDAY;
        REQUIRE(foi_calendar_is_working_day(cal, d) == w, "day %ld", (long)d.serial);
        if (w) {
            working++;
            REQUIRE(cal->first + (working - 1) + cal->gap[working - 1] == d.serial,
                    "working day %d", working);
        }
        REQUIRE(cal->cum[i + 1] == working, "count at %ld", (long)i);
    }
    ck_assert_int_eq(cal->nworking, working);
    for (size_t i = 1; i < cal->nholidays; i++)
        REQUIRE(cal->holidays[i - 1].date.serial <= cal->holidays[i].date.serial, "order");
    foi_calendar_free(cal);
}
END_TEST

START_TEST(test_projection_arguments)
{
    foi_row out[32];
    ck_assert_int_eq(foi_project_year(out, 32, FOI_DIV_ALL, 2030), FOI_EINVAL);
    ck_assert_int_eq(foi_project_year(out, 32, 0, 2030), FOI_EINVAL);
    ck_assert_int_eq(foi_project_year(out, 32, FOI_DIV_SCOTLAND, 1970), FOI_ERANGE);
    ck_assert_int_eq(foi_project_year(out, 32, FOI_DIV_SCOTLAND, 2200), FOI_ERANGE);
    ck_assert_int_eq(foi_project_year(out, 4, FOI_DIV_SCOTLAND, 2030), FOI_ERANGE);
    ck_assert_int_gt(foi_project_year(out, 32, FOI_DIV_SCOTLAND, 2030), 0);
    ck_assert_int_eq(foi_division_index(FOI_DIV_ALL), -1);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("calbuild");
    TCase *tc = tcase_create("calbuild");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_rows_become_holidays);
    tcase_add_test(tc, test_many_rows_against_a_walk);
    tcase_add_test(tc, test_projection_arguments);
    suite_add_tcase(s, tc);
    return run_suites(&s, 1);
}
