/* foiclock calendars: UK bank-holiday data and constant-time working-day arithmetic. */
#ifndef FOICLOCK_CALENDAR_H
#define FOICLOCK_CALENDAR_H

#include <stddef.h>

#include <foiclock/date.h>
#include <foiclock/export.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The statutory working-day calendars.
 *   FOI_CAL_UK       FOIA 2000 s.10(6) and EIR 2004: every day except weekends,
 *                    Christmas Day, Good Friday and a bank holiday in any part
 *                    of the UK.
 *   FOI_CAL_SCOTLAND FOISA 2002 s.73 and EISR 2004: weekends, Christmas Day and
 *                    Scottish bank holidays only.
 *   FOI_CAL_ENGLAND_WALES, FOI_CAL_NORTHERN_IRELAND: weekends, Christmas Day,
 *                    Good Friday and that division's bank holidays.
 */
typedef enum foi_calendar_id {
    FOI_CAL_UK = 0,
    FOI_CAL_SCOTLAND = 1,
    FOI_CAL_ENGLAND_WALES = 2,
    FOI_CAL_NORTHERN_IRELAND = 3
} foi_calendar_id;

#define FOI_CAL_COUNT 4

/* The three bank-holiday divisions of the Banking and Financial Dealings Act
 * 1971, as bits so that a holiday can belong to several. */
enum foi_division {
    FOI_DIV_ENGLAND_WALES = 1u << 0,
    FOI_DIV_SCOTLAND = 1u << 1,
    FOI_DIV_NORTHERN_IRELAND = 1u << 2,
    FOI_DIV_ALL = 7u
};

/* Where a holiday's force comes from. */
typedef enum foi_basis {
    FOI_BASIS_STATUTE = 0,      /* Schedule 1 of the 1971 Act */
    FOI_BASIS_COMMON_LAW = 1,   /* Good Friday, Christmas Day (E&W, NI) */
    FOI_BASIS_PROCLAMATION = 2, /* the annual royal proclamation */
    FOI_BASIS_ONE_OFF = 3,      /* a special proclamation for one year */
    FOI_BASIS_LOCAL = 4         /* added by the caller at run time */
} foi_basis;

/* One non-working weekday of a calendar. All pointers are borrowed from the
 * calendar and live as long as it does. */
typedef struct foi_holiday {
    foi_date date;
    const char *name;          /* UTF-8 title, without any "(substitute day)" */
    const char *source;        /* where the row came from, e.g. "built-in" */
    unsigned divisions;        /* mask of enum foi_division; 0 for a local day */
    unsigned char basis;       /* enum foi_basis */
    unsigned char substitute;  /* 1 for a substitute day for a weekend holiday */
    unsigned char provisional; /* 1 when projected by rule, not published */
} foi_holiday;

typedef struct foi_calendar foi_calendar;

/*
 * The built-in calendar for id, or NULL for an unknown id. Built-in calendars
 * are static, immutable and shared: never free them (foi_calendar_free
 * ignores them). Getting one costs nothing: its tables are compiled in.
 */
FOICLOCK_EXPORT const foi_calendar *foi_calendar_builtin(foi_calendar_id id);

/* Looks an id up by name ("uk", "scotland", "england-and-wales",
 * "northern-ireland"); FOI_ENOTFOUND for any other name, FOI_EINVAL for NULL. */
FOICLOCK_EXPORT int foi_calendar_id_from_name(foi_calendar_id *out, const char *name);

/* The calendar's id, its name as above, and a one-line description (static,
 * borrowed). For a NULL calendar: (foi_calendar_id)-1, "" and "". */
FOICLOCK_EXPORT foi_calendar_id foi_calendar_get_id(const foi_calendar *cal);
FOICLOCK_EXPORT const char *foi_calendar_name(const foi_calendar *cal);
FOICLOCK_EXPORT const char *foi_calendar_description(const foi_calendar *cal);

/* The divisions whose bank holidays the calendar counts (enum foi_division);
 * 0 for NULL. */
FOICLOCK_EXPORT unsigned foi_calendar_divisions(const foi_calendar *cal);

/* The name of a single division bit ("england-and-wales", ...) and its
 * display form ("England and Wales", ...); "" for anything else. */
FOICLOCK_EXPORT const char *foi_division_name(unsigned division);
FOICLOCK_EXPORT const char *foi_division_title(unsigned division);
/* Looks a division up by name; FOI_ENOTFOUND for an unknown name, FOI_EINVAL
 * for NULL. */
FOICLOCK_EXPORT int foi_division_from_name(unsigned *out, const char *name);
/* "statute", "common-law", "proclamation", "one-off", "local". */
FOICLOCK_EXPORT const char *foi_basis_name(int basis);

/*
 * Coverage: the calendar knows every day from *first to *last (1971-01-01 ..
 * 2199-12-31). Days after *published_until come from the rules for future
 * years, not from published data, and are provisional. Any pointer may be
 * NULL; with a NULL calendar nothing is written.
 */
FOICLOCK_EXPORT void foi_calendar_coverage(const foi_calendar *cal, foi_date *first, foi_date *last,
                                           foi_date *published_until);

/*
 * The date of the built-in holiday data: the day it was last brought up to
 * date with the published sources (GOV.UK). A holiday file made after it may
 * know of proclamations the built-in data do not; one made before it is
 * superseded by the built-in data wherever they overlap.
 */
FOICLOCK_EXPORT foi_date foi_calendar_builtin_date(void);

/* 1 if any day of [from, to] (in either order) lies after the published data,
 * 0 if none does, FOI_EINVAL for a NULL calendar. */
FOICLOCK_EXPORT int foi_calendar_is_provisional(const foi_calendar *cal, foi_date from,
                                                foi_date to);

/* 1 if d is a working day, 0 if not, FOI_ERANGE if d is outside the coverage. */
FOICLOCK_EXPORT int foi_calendar_is_working_day(const foi_calendar *cal, foi_date d);

/*
 * The nth working day after d (n > 0) or before it (n < 0), d being day 0
 * whether or not it is a working day; n == 0 gives d itself. Constant time.
 * FOI_ERANGE when d or the answer falls outside the coverage.
 */
FOICLOCK_EXPORT int foi_calendar_add(foi_date *out, const foi_calendar *cal, foi_date d, int n);

/* The first working day strictly after / before d. */
FOICLOCK_EXPORT int foi_calendar_next(foi_date *out, const foi_calendar *cal, foi_date d);
FOICLOCK_EXPORT int foi_calendar_prev(foi_date *out, const foi_calendar *cal, foi_date d);

/*
 * Working days in (from, to]: excluding from, including to. Negative when to
 * is before from (the count of (to, from], negated). Constant time.
 */
FOICLOCK_EXPORT int foi_calendar_count(int *out, const foi_calendar *cal, foi_date from,
                                       foi_date to);

/*
 * The calendar's non-working weekdays in [from, to], in date order, as a
 * borrowed slice: *first points at *count consecutive entries (several
 * entries share a date when the divisions name the day differently). Dates
 * outside the coverage are clipped. Returns 0, or FOI_EINVAL if to < from.
 */
FOICLOCK_EXPORT int foi_calendar_holidays(const foi_holiday **first, size_t *count,
                                          const foi_calendar *cal, foi_date from, foi_date to);

/*
 * Holidays in plain English, as the CLI shows them: "Friday 30 March 2018
 * Good Friday (all of the UK)", entries of one day and name joined, joined
 * by sep (NULL for ", "); with_dates 0 leaves the dates out. snprintf-like:
 * returns the full length, writes at most size bytes.
 */
FOICLOCK_EXPORT size_t foi_holidays_text(char *buf, size_t size, const foi_holiday *h, size_t n,
                                         const char *sep, int with_dates);

/*
 * Custom calendars. A builder starts from the built-in holiday data of all
 * three divisions; days can be added or removed, then any number of calendars
 * built from it. A built calendar is immutable and may be shared between
 * threads; a builder may not be used from two threads at once.
 */
typedef struct foi_calendar_builder foi_calendar_builder;

/* Creates a builder (free with foi_calendar_builder_free). */
FOICLOCK_EXPORT int foi_calendar_builder_new(foi_calendar_builder **out);

/* Frees a builder; NULL is allowed. */
FOICLOCK_EXPORT void foi_calendar_builder_free(foi_calendar_builder *b);

/*
 * Adds d as a holiday of the given divisions (a mask of enum foi_division; 0
 * makes it a local non-working day of every calendar built) under name
 * (copied). FOI_EINVAL for a weekend day, an empty name or bad mask;
 * FOI_ERANGE outside the coverage.
 */
FOICLOCK_EXPORT int foi_calendar_builder_add(foi_calendar_builder *b, foi_date d,
                                             unsigned divisions, const char *name);

/*
 * Removes the holidays of the given divisions (mask, FOI_DIV_ALL for all) on
 * d. FOI_ENOTFOUND if there is none; FOI_EINVAL for Christmas Day or Good
 * Friday, which statute makes non-working whatever the bank-holiday data say
 * (FOIA 2000 s.10(6), FOISA 2002 s.73).
 */
FOICLOCK_EXPORT int foi_calendar_builder_remove(foi_calendar_builder *b, foi_date d,
                                                unsigned divisions);

/* One holiday for foi_calendar_builder_replace. */
typedef struct foi_holiday_row {
    foi_date date;
    const char *name; /* UTF-8, copied */
    int basis;        /* enum foi_basis */
    int substitute;   /* 1 for a substitute day */
} foi_holiday_row;

/*
 * Statute, not data, makes these days non-working, so no builder function
 * ever takes them away: Christmas Day (25 December on a weekday) of every
 * division (FOIA 2000 s.10(6), FOISA 2002 s.73), and Good Friday of England
 * and Wales and of Northern Ireland (FOIA s.10(6); common law there). Good
 * Friday in Scotland is a bank holiday under Schedule 1 of the Banking and
 * Financial Dealings Act 1971, which a proclamation could move, so Scottish
 * data may drop it (an import says so); the uk calendar counts it anyway.
 *
 * Bounds on imported data: no division has had more than
 * FOI_IMPORT_USUAL_MAX holidays (distinct weekdays) in one year since 1971
 * (Northern Ireland, 2022); more is reported as a warning, and more than
 * FOI_IMPORT_MAX in one year is refused as not holiday data.
 */
#define FOI_IMPORT_USUAL_MAX 12
#define FOI_IMPORT_MAX 20

/*
 * Newer data for one division (a single enum foi_division bit): every
 * holiday the builder holds for that division in the years first_year ..
 * last_year (published or projected) is replaced by rows, which must all lie
 * in those years and inside the coverage, on weekdays, marked as coming from
 * source (copied; e.g. a file name). The statutory days above that rows lack
 * are kept. The division's published data then runs to at least the end of
 * last_year, so those years are no longer provisional. A basis or
 * substitute flag of -1 is taken from the row replaced on that day, else
 * from the rules for the year, else it counts as a one-off. FOI_EINVAL for
 * more than FOI_IMPORT_MAX days in a year. On failure the builder is
 * unchanged.
 */
FOICLOCK_EXPORT int foi_calendar_builder_replace(foi_calendar_builder *b, unsigned division,
                                                 int first_year, int last_year,
                                                 const foi_holiday_row *rows, size_t n,
                                                 const char *source);

/*
 * What an import changed or noticed, one note per day (or run of years), for
 * a front end to show. Every note also comes as one English sentence.
 */
typedef enum foi_import_kind {
    FOI_IMPORT_ADDED = 0,   /* a non-working day the builder did not have */
    FOI_IMPORT_REMOVED = 1, /* a holiday the builder had, now a working day */
    FOI_IMPORT_KEPT = 2,    /* a statutory day the data lack, kept non-working */
    FOI_IMPORT_WARNING = 3, /* used as given, but unlike any real year */
    FOI_IMPORT_SKIPPED = 4  /* in the input but not used (said why) */
} foi_import_kind;

typedef struct foi_import_note {
    foi_import_kind kind;
    unsigned division;  /* one enum foi_division bit */
    foi_date date;      /* the day, or the first day of the years concerned */
    foi_date until;     /* the last day concerned (date itself for one day) */
    const char *name;   /* the holiday's name, or "" */
    const char *text;   /* the whole note, e.g. "removes Monday 4 May 2026 Early
                         * May bank holiday (Scotland)"; without the source */
    const char *source; /* where the data came from (a file name) */
    long line;          /* the line of the input it concerns, or 0 */
} foi_import_note;

/* The notes of one or more imports, in the order made. All strings are owned
 * by the report. */
typedef struct foi_import_report foi_import_report;

/* Creates an empty report (free with foi_import_report_free). */
FOICLOCK_EXPORT int foi_import_report_new(foi_import_report **out);
FOICLOCK_EXPORT void foi_import_report_free(foi_import_report *r);
/* The number of notes (0 for NULL) and note i (NULL when out of range). */
FOICLOCK_EXPORT size_t foi_import_report_count(const foi_import_report *r);
FOICLOCK_EXPORT const foi_import_note *foi_import_report_at(const foi_import_report *r, size_t i);
FOICLOCK_EXPORT const char *foi_import_kind_name(int kind); /* "added", "removed", ... */
/* Appends a note (its strings copied; a NULL string counts as ""), for a
 * reader of some file format that has its own things to say. */
FOICLOCK_EXPORT int foi_import_report_add(foi_import_report *r, const foi_import_note *note);
/* Drops every note after the first n (nothing if there are n or fewer; NULL
 * is allowed): how such a reader takes its notes back when its import fails. */
FOICLOCK_EXPORT void foi_import_report_truncate(foi_import_report *r, size_t n);

/*
 * The report as the JSON object front ends print (the CLI on standard error
 * with --format json): {"schema_version":N,"warnings":[{"source","line",
 * "kind","division","date","until","name","message"}, ...]}, one element
 * per note in order; N is FOI_JSON_SCHEMA_VERSION (<foiclock/json.h>). A
 * NULL report gives an empty array. The caller frees *out with
 * foi_json_free.
 */
FOICLOCK_EXPORT int foi_import_report_json(char **out, const foi_import_report *r);

/*
 * Newer data for one division, year by year, as read from a file: for each
 * year in which rows hold at least one day, the division's holidays of that
 * year are replaced by those rows (as foi_calendar_builder_replace does for
 * its years); a year without rows is left exactly as it was, also between
 * the first and last years the rows cover (a note says so). Statutory days
 * are kept (see above). Published data then runs on through the replaced
 * years that follow it without a gap. Rows must lie inside the coverage on
 * weekdays with a name; a year with more than FOI_IMPORT_MAX days is
 * refused. When report is not NULL, a note is appended for every holiday
 * removed, every day added, every statutory day kept, every run of years
 * left alone, Good Friday dropped in Scotland and every year with more than
 * FOI_IMPORT_USUAL_MAX days. On failure the builder and the report are
 * unchanged.
 */
FOICLOCK_EXPORT int foi_calendar_builder_import(foi_calendar_builder *b, unsigned division,
                                                const foi_holiday_row *rows, size_t n,
                                                const char *source, foi_import_report *report);

/* Builds the calendar id from the builder's current holidays. The caller owns
 * the result and frees it with foi_calendar_free. */
FOICLOCK_EXPORT int foi_calendar_builder_build(foi_calendar **out, const foi_calendar_builder *b,
                                               foi_calendar_id id);

/* Frees a calendar made by a builder; NULL and built-in calendars are ignored. */
FOICLOCK_EXPORT void foi_calendar_free(foi_calendar *cal);

#ifdef __cplusplus
}
#endif

#endif
