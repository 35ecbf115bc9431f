/* Prints every answer the built-in calendars give, through the public API
 * only: for each calendar, its coverage, then for every day 1971-2199
 * whether it is a working day, the working days 1 and 20 after and 1 before
 * it and the count from the first day, then every holiday with all its
 * fields, then the same holidays as a calendar builder rebuilds them. Built
 * once against a library with precomputed tables and once against a compact
 * one, whose outputs must be identical (tests/compact/compare.sh). */
#include <stdio.h>

#include <foiclock/foiclock.h>

static int dump_holidays(const foi_calendar *cal, foi_date first, foi_date last)
{
    const foi_holiday *h;
    size_t n;
    if (foi_calendar_holidays(&h, &n, cal, first, last))
        return 1;
    printf("%zu holidays\n", n);
    for (size_t i = 0; i < n; i++)
        printf("%ld|%s|%s|%u|%u|%u|%u\n", (long)h[i].date.serial, h[i].name, h[i].source,
               h[i].divisions, h[i].basis, h[i].substitute, h[i].provisional);
    return 0;
}

int main(void)
{
    foi_calendar_builder *b;
    if (foi_calendar_builder_new(&b))
        return 1;
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        const foi_calendar *cal = foi_calendar_builtin((foi_calendar_id)id);
        foi_date first, last, pub;
        foi_calendar_coverage(cal, &first, &last, &pub);
        printf("calendar %s %ld %ld %ld\n", foi_calendar_name(cal), (long)first.serial,
               (long)last.serial, (long)pub.serial);
        for (int32_t z = first.serial; z <= last.serial; z++) {
            foi_date d = {z}, a1 = {0}, a20 = {0}, p1 = {0};
            int count = 0;
            int rc1 = foi_calendar_add(&a1, cal, d, 1);
            int rc20 = foi_calendar_add(&a20, cal, d, 20);
            int rcp = foi_calendar_add(&p1, cal, d, -1);
            int rcc = foi_calendar_count(&count, cal, first, d);
            printf("%ld %d %d:%ld %d:%ld %d:%ld %d:%d\n", (long)z,
                   foi_calendar_is_working_day(cal, d), rc1, (long)a1.serial, rc20,
                   (long)a20.serial, rcp, (long)p1.serial, rcc, count);
        }
        if (dump_holidays(cal, first, last))
            return 1;
        foi_calendar *built;
        if (foi_calendar_builder_build(&built, b, (foi_calendar_id)id))
            return 1;
        printf("rebuilt\n");
        int rc = dump_holidays(built, first, last);
        foi_calendar_free(built);
        if (rc)
            return 1;
    }
    foi_calendar_builder_free(b);
    return ferror(stdout) ? 1 : 0;
}
