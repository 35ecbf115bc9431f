/* The README's embedding example: the FOIA deadline for a request. */
#include <stdio.h>
#include <foiclock/foiclock.h>

int main(void)
{
    foi_date received, due;
    char buf[FOI_DATE_LONG_SIZE];
    if (foi_date_parse(&received, "15 October 2018", NULL) ||
        foi_calendar_add(&due, foi_calendar_builtin(FOI_CAL_UK), received, 20)) {
        fprintf(stderr, "%s\n", foi_error_last());
        return 1;
    }
    printf("FOIA response due %s\n", foi_date_format_long(due, buf)); /* Monday 12 November 2018 */
    return 0;
}
