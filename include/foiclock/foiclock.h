/* foiclock: UK statutory information-rights deadlines. Include this one header. */
#ifndef FOICLOCK_FOICLOCK_H
#define FOICLOCK_FOICLOCK_H

#include <foiclock/version.h>
#include <foiclock/error.h>
#include <foiclock/date.h>
#include <foiclock/calendar.h>
#include <foiclock/rules.h>
#include <foiclock/timeline.h>
#include <foiclock/batch.h>

#endif
