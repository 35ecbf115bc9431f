/* foiclock iCalendar: deadlines and holidays as RFC 5545 calendars with
 * reminders, and holiday data read from GOV.UK-style iCalendar files. This
 * part lives in its own library, libfoiclock-ical (link foiclock::ical or
 * pkg-config foiclock-ical), which uses libical; the core library does not.
 * Threads: these functions keep no state of their own, but libical has
 * process-wide caches; call them from one thread at a time (the calendars
 * they build are immutable and may then be shared freely). */
#ifndef FOICLOCK_ICAL_H
#define FOICLOCK_ICAL_H

#include <stddef.h>
#include <stdint.h>

#include <foiclock/calendar.h>
#include <foiclock/export.h>
#include <foiclock/rules.h>
#include <foiclock/timeline.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Options for the exporters. Initialise with foi_ics_options_init (reminders
 * 5 and 1 working days before) or FOI_ICS_OPTIONS_INIT (the same), then set
 * fields by name. Versioned as foi_deadline_options is: the library reads
 * only the fields of the caller's version; a zeroed struct counts as
 * version 1 (and so has no reminders).
 */
#define FOI_ICS_OPTIONS_VERSION 1
#define FOI_ICS_OPTIONS_INIT                                                                       \
    {                                                                                              \
        .version = FOI_ICS_OPTIONS_VERSION, .remind = (const int[]){5, 1}, .n_remind = 2           \
    }
typedef struct foi_ics_options {
    unsigned version; /* FOI_ICS_OPTIONS_VERSION */
    /* Reminders: one alarm per entry, that many working days before each
     * deadline, at 09:00 UK time (given in UTC). Default {5, 1}; n_remind 0
     * for none. Borrowed. */
    const int *remind;
    size_t n_remind;
    /* DTSTAMP (and LAST-MODIFIED of new or changed events), as seconds since
     * 1970-01-01T00:00Z. Fixing it makes the output byte-for-byte stable. */
    int64_t stamp;
    /* The authority's name for SUMMARY lines, or NULL. Borrowed. */
    const char *authority;
    /* A previous export of the same cases (an iCalendar text), or NULL. An
     * event whose UID is in it keeps its SEQUENCE, bumped by one when its date
     * changed, and its LAST-MODIFIED when unchanged. Borrowed. */
    const char *previous;
} foi_ics_options;

FOICLOCK_EXPORT void foi_ics_options_init(foi_ics_options *o);

/*
 * Renders the timelines of n cases (cases[i] and the timelines[i] computed
 * from it) as one VCALENDAR: an all-day VEVENT per deadline that is not on
 * hold, with stable UIDs built from the case reference (or, without one, its
 * receipt date and regime) and the rule id. *out is a NUL-terminated string
 * the caller frees with foi_ics_free.
 */
FOICLOCK_EXPORT int foi_ics_timelines(char **out, const foi_case *const *cases,
                                      const foi_timeline *const *timelines, size_t n,
                                      const foi_ics_options *o);

/* One deadline as a VCALENDAR (ref may be NULL). Caller frees *out. */
FOICLOCK_EXPORT int foi_ics_deadline(char **out, const foi_deadline *d, const char *ref,
                                     const foi_ics_options *o);

/* The holidays of cal in [from, to] as a VCALENDAR of all-day events, one
 * per day and name. Caller frees *out. */
FOICLOCK_EXPORT int foi_ics_holidays(char **out, const foi_calendar *cal, foi_date from,
                                     foi_date to, const foi_ics_options *o);

/* Frees any string this library returns (the calendars above and the
 * writer's *header and *events below); NULL is allowed. */
FOICLOCK_EXPORT void foi_ics_free(char *s);

/*
 * Streaming, for calendars too big to hold at once (a whole caseload):
 * foi_ics_writer_new gives the calendar's opening lines in *header; each
 * foi_ics_writer_case / _deadline call gives the VEVENTs of one case or
 * deadline in *events; foi_ics_writer_end() closes the calendar. key names
 * the case in UIDs (NULL: its reference, else its receipt date and regime);
 * give distinct keys to distinct cases. The strings *header and *events are
 * the caller's, freed with foi_ics_free; the writer with
 * foi_ics_writer_free (NULL allowed).
 */
typedef struct foi_ics_writer foi_ics_writer;

FOICLOCK_EXPORT int foi_ics_writer_new(foi_ics_writer **out, char **header, const char *title,
                                       const foi_ics_options *o);
FOICLOCK_EXPORT int foi_ics_writer_case(foi_ics_writer *w, char **events, const foi_case *c,
                                        const foi_timeline *t, const char *key);
FOICLOCK_EXPORT int foi_ics_writer_deadline(foi_ics_writer *w, char **events, const foi_deadline *d,
                                            const char *ref, const char *key);
/* "END:VCALENDAR\r\n" (static). */
FOICLOCK_EXPORT const char *foi_ics_writer_end(void);
FOICLOCK_EXPORT void foi_ics_writer_free(foi_ics_writer *w);

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
