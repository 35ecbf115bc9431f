/* The README's front-end example: a case, its timeline, and what it means,
 * from the library as data with English text. */
#include <stdio.h>
#include <foiclock/foiclock.h>

int main(void)
{
    foi_case c;
    foi_date received, responded, today;
    foi_timeline *t;
    if (foi_date_parse(&received, "2018-10-15", NULL) ||
        foi_date_parse(&responded, "2018-11-01", NULL) ||
        foi_date_parse(&today, "2018-11-20", NULL))
        return 1;
    foi_case_init(&c, FOI_REGIME_FOIA);
    foi_case_set(&c, FOI_EVENT_RECEIVED, received);
    foi_case_set(&c, FOI_EVENT_RESPONDED, responded);
    c.audience = FOI_AUDIENCE_REQUESTER; /* a requester's page: "you" */
    if (foi_timeline_compute(&t, &c)) {
        fprintf(stderr, "%s\n", foi_error_last());
        return 1;
    }
    foi_advice advice[FOI_ADVICE_MAX];
    size_t n = 0;
    char line[256];
    if (foi_timeline_advice(advice, FOI_ADVICE_MAX, &n, t, today) == 0)
        for (size_t i = 0; i < n; i++) {
            foi_advice_text(line, sizeof line, &advice[i]);
            printf("%s (%s): %s\n", foi_advice_kind_name(advice[i].kind),
                   foi_role_name(advice[i].rule->role), line);
        }
    foi_timeline_free(t);
    return 0;
}
