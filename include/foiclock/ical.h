/* foiclock iCalendar input: holiday data read from GOV.UK-style iCalendar
 * files. This part lives in its own library, libfoiclock-ical (link
 * foiclock::ical or pkg-config foiclock-ical), which uses libical; the core
 * library does not. Writing calendars needs no libical: it is in the core
 * library, <foiclock/ics.h>, included here for programs written against
 * earlier versions of this header.
 * Threads: these functions keep no state of their own, but libical has
 * process-wide caches; call them from one thread at a time (the calendars
 * they build are immutable and may then be shared freely). */
#ifndef FOICLOCK_ICAL_H
#define FOICLOCK_ICAL_H

#include <stddef.h>
#include <stdint.h>

#include <foiclock/calendar.h>
#include <foiclock/export.h>
#include <foiclock/ics.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Reads bank holidays from an iCalendar file (such as those GOV.UK
 * publishes, in the 2016 or the current format) into a builder: for the years
 * the file covers, its events replace the builder's data for the division.
 * division is one enum foi_division bit, or 0 to take it from the file name
 * (england-and-wales*.ics, scotland*.ics, northern-ireland*.ics). A file that
 * is not iCalendar, is empty, or has an event without a date, with a
 * date-time instead of a date or with an impossible date is rejected with a
 * message naming the file, the line where known and the reason, and the
 * builder is left unchanged.
 */
FOICLOCK_EXPORT int foi_ics_load_holidays(foi_calendar_builder *b, const char *path,
                                          unsigned division);

/* The same from text in memory; name is used in messages and as the source
 * of the holidays. */
FOICLOCK_EXPORT int foi_ics_load_holidays_text(foi_calendar_builder *b, const char *text,
                                               size_t len, const char *name, unsigned division);

#ifdef __cplusplus
}
#endif

#endif
