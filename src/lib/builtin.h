/* The compiled-in holiday data and calendars, generated from the files in holidays/. */
#ifndef FOICLOCK_BUILTIN_H
#define FOICLOCK_BUILTIN_H

#include "calbuild.h"

/* Every holiday row of the three divisions: published data, then projected. */
extern const foi_row foi_builtin_rows[];
extern const size_t foi_builtin_nrows;
/* Last day of published data per division (index as foi_division_index). */
extern const int32_t foi_builtin_published_until[3];
/* The four calendars, indexed by foi_calendar_id. */
extern const struct foi_calendar foi_builtin_calendars[FOI_CAL_COUNT];

#endif
