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
 * publishes, in the 2016 or the current format) into a builder with
 * foi_calendar_builder_import: for each year in which the file holds
 * events, they replace the builder's data for the division; other years,
 * also those between the first and last years of the file, are left as they
 * were; Christmas Day and Good Friday stay non-working as statute requires
 * (see <foiclock/calendar.h>). division is one enum foi_division bit, or 0
 * to take it from the file name (england-and-wales*.ics, scotland*.ics,
 * northern-ireland*.ics).
 *
 * Each event must be one all-day holiday on a weekday: a DTSTART date, a
 * SUMMARY, no DTEND later than the next day (nor DURATION other than P1D),
 * no RRULE or RDATE. An event with STATUS:CANCELLED is left out (a note says
 * so). A file that is not iCalendar, is empty, has more than 4,580 events
 * (FOI_IMPORT_MAX a year over 1971..2199) or 73,280 content lines (16 an
 * event; both refused before the file is parsed), is larger than 16 MiB, has
 * an event that breaks these rules, a date-time instead of a date, an
 * impossible date, or more than FOI_IMPORT_MAX holidays in a year, is
 * rejected with a message naming the file, the line where known (that of
 * the faulty property; for a component left open, that of the next BEGIN)
 * and the reason, and the builder and report are left unchanged.
 *
 * When report is not NULL, notes are appended to it: every holiday removed,
 * every day added, statutory days kept, years left alone, cancelled events,
 * unusually many holidays in a year.
 */
FOICLOCK_EXPORT int foi_ics_import_holidays(foi_calendar_builder *b, const char *path,
                                            unsigned division, foi_import_report *report);

/* The same from text in memory; name is used in messages and as the source
 * of the holidays. */
FOICLOCK_EXPORT int foi_ics_import_holidays_text(foi_calendar_builder *b, const char *text,
                                                 size_t len, const char *name, unsigned division,
                                                 foi_import_report *report);

/* foi_ics_import_holidays(b, path, division, NULL), and the same for text. */
FOICLOCK_EXPORT int foi_ics_load_holidays(foi_calendar_builder *b, const char *path,
                                          unsigned division);
FOICLOCK_EXPORT int foi_ics_load_holidays_text(foi_calendar_builder *b, const char *text,
                                               size_t len, const char *name, unsigned division);

#ifdef __cplusplus
}
#endif

#endif
