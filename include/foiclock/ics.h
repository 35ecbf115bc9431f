/* foiclock iCalendar output: deadlines and holidays as RFC 5545 calendars
 * with reminders, written as plain text by the core library (it needs no
 * iCalendar library), and updated against a previous export so that
 * calendar applications update, cancel and keep events rather than
 * duplicating or losing them. Reading holiday files lives in
 * <foiclock/ical.h> (libfoiclock-ical).
 *
 * Events and what makes one the same event across exports:
 *   - a deadline of a case is named by the rule, the case's regime, the
 *     authority and the case reference: its UID is
 *     RULE~REGIME~AUTHORITY~REF@foiclock, with the authority and reference
 *     in a form safe in a UID ([A-Za-z0-9-] kept, any other byte as _XX;
 *     longer than 64 characters: the first 48, '=' and a 64-bit hash);
 *   - a case without a reference cannot be recognised again: its events get
 *     the receipt date and a hash of the export time, the authority, the
 *     case and its place in the export, so that they never collide with
 *     another case's, but a later export makes new events;
 *   - holidays are named by date, name and calendar.
 * SEQUENCE is, for an event new to the previous export (or without one),
 * the minutes from 2020-01-01T00:00Z to the export time (options.stamp); an
 * event whose content changed gets the larger of that and its previous
 * SEQUENCE plus one; an unchanged event keeps its SEQUENCE and
 * LAST-MODIFIED. So SEQUENCE never goes down, and an export without a
 * previous file still supersedes every earlier one.
 *
 * Threads: no global state; a writer is used by one thread at a time.
 */
#ifndef FOICLOCK_ICS_H
#define FOICLOCK_ICS_H

#include <stddef.h>
#include <stdint.h>

#include <foiclock/csv.h>
#include <foiclock/calendar.h>
#include <foiclock/export.h>
#include <foiclock/rules.h>
#include <foiclock/timeline.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Flags for foi_ics_options.flags. */
enum foi_ics_flag {
    /* The export replaces the previous one whole (a caseload export that
     * owns its file): every event of the previous export that is not
     * written again is kept as a cancelled event. Without this flag the
     * export is merged into the previous one: events of other cases are
     * kept as they were, and only the events of the cases (or the holiday
     * calendar and range) written now that are no longer there are
     * cancelled. */
    FOI_ICS_REPLACE = 1u << 0
};

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
     * deadline still to be met, at 09:00 UK time (given in UTC). Default
     * {5, 1}; n_remind 0 for none. Borrowed. */
    const int *remind;
    size_t n_remind;
    /* The export time, as seconds since 1970-01-01T00:00Z: DTSTAMP, the
     * LAST-MODIFIED of new and changed events, and SEQUENCE. 0001-01-01 to
     * 9999-12-31 only. Fixing it makes the output byte-for-byte stable. */
    int64_t stamp;
    /* The authority's name, for titles and UIDs, or NULL. Borrowed. */
    const char *authority;
    /* The previous export of this calendar, or NULL: its text
     * (NUL-terminated), or, when previous is NULL and previous_read is set,
     * read through previous_read(previous_ctx, ...). It must be a calendar
     * foiclock wrote; one that is not, or is not well formed, is refused
     * with its name (previous_name), line and reason. Borrowed. */
    const char *previous;
    foi_read_fn previous_read;
    void *previous_ctx;
    const char *previous_name;
    unsigned flags; /* enum foi_ics_flag */
} foi_ics_options;

FOICLOCK_EXPORT void foi_ics_options_init(foi_ics_options *o);

/*
 * Renders the timelines of n cases (cases[i] and the timelines[i] computed
 * from it) as one VCALENDAR: an all-day VEVENT per deadline whose date is
 * known (not while the clock is stopped), with reminders only on deadlines
 * still to be met. Two cases with the same authority and reference are
 * FOI_EINVAL; so are a reference or authority that is not UTF-8. *out is a
 * NUL-terminated string the caller frees with foi_ics_free.
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

/* Frees a string from any function of this header; NULL is allowed. */
FOICLOCK_EXPORT void foi_ics_free(char *s);

/*
 * Streaming, for calendars too big to hold at once (a whole caseload):
 * foi_ics_writer_new gives the calendar's opening lines in *header; each
 * foi_ics_writer_case / _deadline call gives the VEVENTs of one case or
 * deadline in *events; foi_ics_writer_finish gives the rest (the events
 * the previous export held that are kept or cancelled, and the closing
 * line) in *tail. authority NULL means options.authority. line names where
 * the case came from (a CSV line) in messages, 0 for none. A case whose
 * authority and reference an earlier case of the writer had, or a
 * deadline whose authority, reference and rule an earlier deadline had, is
 * FOI_EINVAL naming the earlier line, and so is a deadline with the
 * authority and reference of a case (or the reverse); nothing is written
 * for it and the writer can go on. Every string is the caller's, freed
 * with foi_ics_free; the writer with foi_ics_writer_free (NULL allowed).
 */
typedef struct foi_ics_writer foi_ics_writer;

FOICLOCK_EXPORT int foi_ics_writer_new(foi_ics_writer **out, char **header, const char *title,
                                       const foi_ics_options *o);
FOICLOCK_EXPORT int foi_ics_writer_case(foi_ics_writer *w, char **events, const foi_case *c,
                                        const foi_timeline *t, const char *authority,
                                        uint64_t line);
FOICLOCK_EXPORT int foi_ics_writer_deadline(foi_ics_writer *w, char **events, const foi_deadline *d,
                                            const char *ref, const char *authority, uint64_t line);
FOICLOCK_EXPORT int foi_ics_writer_finish(foi_ics_writer *w, char **tail);
FOICLOCK_EXPORT void foi_ics_writer_free(foi_ics_writer *w);

/* What a writer did so far (for a report to the user). */
typedef struct foi_ics_counts {
    size_t written;   /* events written by _case and _deadline calls */
    size_t unnamed;   /* cases and deadlines written without a reference */
    size_t cancelled; /* previous events written again as cancelled (by _finish) */
    size_t kept;      /* previous events of other cases kept as they were (by _finish) */
} foi_ics_counts;

FOICLOCK_EXPORT void foi_ics_writer_counts(const foi_ics_writer *w, foi_ics_counts *out);

#ifdef __cplusplus
}
#endif

#endif
