/* The README's shortest program: the FOIA response deadline for a request
 * received on 1 June 2026 (the installed-package tests build it). */
#include <stdio.h>
#include <foiclock/foiclock.h>

int main(void)
{
    foi_date day;
    char text[FOI_DATE_LONG_SIZE];
    if (foi_date_parse(&day, "2026-06-01", NULL) ||
        foi_calendar_add(&day, foi_calendar_builtin(FOI_CAL_UK), day, 20))
        return fprintf(stderr, "%s\n", foi_error_last()), 1;
    puts(foi_date_format_long(day, text)); /* Tuesday 30 June 2026 */
}
