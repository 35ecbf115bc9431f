/* The deadline fast path, shared by the array functions and the caseload
 * rows. */
#ifndef FOICLOCK_ARRAYS_INTERNAL_H
#define FOICLOCK_ARRAYS_INTERNAL_H

#include <foiclock/rules.h>

/* The calendar a rule counts on, when it does not depend on the case. */
const foi_calendar *foi_rule_calendar(const foi_rule *rule, const foi_deadline_options *o);

/* Whether rule can take the table-only path under o: a plain working-day
 * count that needs neither a pause, a school calendar nor the case. */
int foi_fast_rule(const foi_rule *rule, const foi_deadline_options *o);

/* One deadline's due date and provisional flag: the fast path when fast
 * (from foi_fast_rule) and the tables reach, else foi_deadline_compute. */
int foi_one_due(foi_date *due, int *provisional, const foi_rule *rule, int fast,
                const foi_calendar *cal, foi_date anchor, const foi_deadline_options *o);

#endif
