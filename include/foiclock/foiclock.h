/*
 * foiclock: UK statutory information-rights deadlines. Include this one header
 * and link -lfoiclock (pkg-config foiclock; CMake foiclock::foiclock).
 *
 * Errors: functions that can fail return FOI_OK or a negative foi_error_code
 * and leave a message for foi_error_last() (error.h has the whole model).
 * Ownership: the caller owns only what a function returns through a **out
 * parameter (a calendar builder, a built calendar, a timeline, a JSON string),
 * each freed by its own _free function, which accepts NULL; everything else
 * (built-in calendars, rules, names, holidays, timeline entries) is borrowed.
 * Threads: there is no mutable global state; calendars, rules and timelines
 * are immutable and may be shared by any number of threads; a builder must
 * not be used by two threads at once; error messages are per thread.
 */
#ifndef FOICLOCK_FOICLOCK_H
#define FOICLOCK_FOICLOCK_H

#include <foiclock/version.h>
#include <foiclock/error.h>
#include <foiclock/date.h>
#include <foiclock/calendar.h>
#include <foiclock/rules.h>
#include <foiclock/timeline.h>
#include <foiclock/batch.h>
#include <foiclock/ics.h>
#include <foiclock/json.h>

#endif
