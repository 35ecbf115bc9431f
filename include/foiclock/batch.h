/* foiclock batch processing: deadlines and case results over arrays, a
 * streaming CSV reader, caseload statistics, and a CSV caseload processor. */
#ifndef FOICLOCK_BATCH_H
#define FOICLOCK_BATCH_H

#include <stddef.h>
#include <stdint.h>

#include <foiclock/calendar.h>
#include <foiclock/date.h>
#include <foiclock/export.h>
#include <foiclock/rules.h>
#include <foiclock/timeline.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Arrays ---- */

/*
 * due[i] = the deadline of rule counted from anchors[i], i < n, exactly as
 * foi_deadline_compute gives it (opts as there; NULL for the defaults).
 * Working-day rules without a pause or school calendar take a fast path of
 * two table reads per anchor.
 *
 * With status NULL the first failing anchor stops the call and its code is
 * returned, with a message that names the index. Otherwise every anchor is
 * tried: status[i] gets 0 or the anchor's error code (due[i] is then left
 * as anchors[i]), *failed (when not NULL) the number that failed, the
 * message of the last failure is in foi_error_last(), and the call returns
 * FOI_OK. FOI_EINVAL for a NULL rule, or NULL arrays with n > 0.
 */
FOICLOCK_EXPORT int foi_deadline_batch(foi_date *due, int *status, const foi_rule *rule,
                                       const foi_date *anchors, size_t n,
                                       const foi_deadline_options *opts, size_t *failed);

/* Where a case stands: the authority's current obligation. Before a review
 * is asked for, that is the response; once it is, the review. */
typedef enum foi_case_status {
    FOI_CASE_PAUSED = 0,    /* the clock is stopped (clarification or fee awaited) */
    FOI_CASE_PENDING = 1,   /* no response yet; the deadline is still ahead */
    FOI_CASE_DUE_TODAY = 2, /* no response yet; today is the last day */
    FOI_CASE_OVERDUE = 3,   /* no response and the deadline has passed */
    FOI_CASE_MET = 4,       /* responded on or before the deadline */
    FOI_CASE_MISSED = 5,    /* responded after the deadline */
    FOI_CASE_RESPONDED = 6, /* responded while the clock was stopped: no deadline to judge */
    FOI_CASE_REVIEW_PENDING = 7,
    FOI_CASE_REVIEW_DUE_TODAY = 8,
    FOI_CASE_REVIEW_OVERDUE = 9,
    FOI_CASE_REVIEW_MET = 10,
    FOI_CASE_REVIEW_MISSED = 11
} foi_case_status;

/* "paused", "pending", "due-today", "overdue", "met", "missed", "responded",
 * "review-pending", "review-due-today", "review-overdue", "review-met",
 * "review-missed"; "" for anything else. */
FOICLOCK_EXPORT const char *foi_case_status_name(foi_case_status status);

/* Which fields of a foi_case_result hold values (bits of .has). */
enum foi_case_field {
    FOI_CASE_HAS_RESPONSE_DUE = 1u << 0,
    FOI_CASE_HAS_IN_TIME = 1u << 1, /* .in_time and .working_days_late */
    FOI_CASE_HAS_TAKEN = 1u << 2,   /* .working_days_taken */
    FOI_CASE_HAS_REVIEW_REQUEST_BY = 1u << 3,
    FOI_CASE_HAS_REVIEW_RESPONSE_DUE = 1u << 4,
    FOI_CASE_HAS_LEFT = 1u << 5,   /* .working_days_left */
    FOI_CASE_HAS_OVERDUE = 1u << 6 /* .working_days_overdue */
};

/*
 * The figures a caseload report needs about one case, on a given day. All
 * working-day counts are on the calendar of the response deadline (for a
 * review, of the review deadline) and, as everywhere in foiclock, exclude
 * the first day and include the last.
 */
typedef struct foi_case_result {
    unsigned has;                  /* enum foi_case_field bits */
    const foi_rule *response_rule; /* the response deadline in force (static) */
    foi_date response_due;         /* the extended deadline when an extension is claimed */
    int responded;                 /* 1 if the case has a response date */
    int in_time;                   /* 1 if responded on or before response_due */
    int working_days_late;         /* working days after response_due to the response; 0 in time */
    int working_days_taken;        /* day 0 (as counted) to the response, less days disregarded */
    foi_date review_request_by;    /* the requester's last day to ask for a review */
    foi_date review_response_due;  /* the authority's review deadline */
    foi_case_status status;
    int working_days_left;    /* pending states: after today up to the deadline */
    int working_days_overdue; /* overdue states: after the deadline up to today */
    int provisional;          /* a date above depends on projected holiday data */
} foi_case_result;

/* Evaluates one case on today. Fails as foi_timeline_compute does. */
FOICLOCK_EXPORT int foi_case_evaluate(foi_case_result *out, const foi_case *c, foi_date today);

/* out[i] = foi_case_evaluate(cases[i], today), i < n; status and failed as
 * for foi_deadline_batch (out[i] is zeroed when case i fails). */
FOICLOCK_EXPORT int foi_case_batch(foi_case_result *out, int *status, const foi_case *cases,
                                   size_t n, foi_date today, size_t *failed);

/* ---- Caseload statistics ---- */

/* What a row contributed (bits for foi_stats_add). */
enum foi_row_kind {
    FOI_ROW_BLANK = 1u << 0,    /* every field empty: nothing to compute */
    FOI_ROW_DEADLINE = 1u << 1, /* a deadline was computed from a rule and a start */
    FOI_ROW_CASE = 1u << 2,     /* a case was evaluated */
    FOI_ROW_ERROR = 1u << 3     /* something in the row failed */
};

/* Totals over the rows added so far. */
typedef struct foi_totals {
    uint64_t rows;              /* rows added, blank ones aside */
    uint64_t blank;             /* blank rows */
    uint64_t errors;            /* rows with an error */
    uint64_t deadlines;         /* rows with a deadline */
    uint64_t cases;             /* rows with a case */
    uint64_t responded;         /* cases with a response date */
    uint64_t in_time;           /* responses on or before the deadline in force */
    uint64_t late;              /* responses after it */
    double percent_in_time;     /* 100 * in_time / (in_time + late); 0 when there are none */
    uint64_t taken;             /* cases with working_days_taken */
    double median_working_days; /* of working_days_taken (mean of the middle two when even) */
    int p90_working_days;       /* 90th percentile, nearest rank: the ceil(0.9 n)-th smallest */
    uint64_t paused;            /* cases whose clock is stopped */
    uint64_t pending;           /* awaiting a response, not yet late (due today included) */
    uint64_t overdue;           /* awaiting a response past the deadline, now */
    uint64_t review_pending;    /* awaiting a review outcome, not yet late */
    uint64_t review_overdue;    /* awaiting a review outcome past the deadline, now */
} foi_totals;

/* An accumulator of totals in constant memory (a histogram of working days
 * taken gives the percentiles exactly). Free with foi_stats_free. */
typedef struct foi_stats foi_stats;

FOICLOCK_EXPORT int foi_stats_new(foi_stats **out);
FOICLOCK_EXPORT void foi_stats_free(foi_stats *s);
/* Counts one row: kind is enum foi_row_kind bits; r is its case (with
 * FOI_ROW_CASE), else NULL. */
FOICLOCK_EXPORT void foi_stats_add(foi_stats *s, unsigned kind, const foi_case_result *r);
FOICLOCK_EXPORT void foi_stats_get(foi_totals *out, const foi_stats *s);

/* ---- Streaming CSV (RFC 4180) ---- */

/*
 * Supplies input: copies up to size bytes into buf and returns how many, 0
 * at the end of the input, or a negative number on a read error.
 */
typedef ptrdiff_t (*foi_read_fn)(void *ctx, char *buf, size_t size);

typedef struct foi_csv_options {
    size_t max_record; /* longest record kept, in bytes; 0 means 1 MiB */
    size_t max_fields; /* most fields kept per record; 0 means 4096 */
} foi_csv_options;

/* One field: its text with any quoting removed. Not NUL-terminated. */
typedef struct foi_csv_field {
    const char *data;
    size_t len;
} foi_csv_field;

/* One record. Everything it points to is borrowed from the reader and
 * valid until the next foi_csv_read or foi_csv_reader_free. */
typedef struct foi_csv_record {
    const foi_csv_field *fields;
    size_t nfields;
    uint64_t line;   /* the line it starts on, from 1 */
    const char *raw; /* its text exactly as read, without the line ending */
    size_t raw_len;
    /* NULL, or what is wrong with it (a quoted field never closed, text
     * after a closing quote, too long, too many fields). The fields are then
     * a best effort; an over-long record has none and no raw text. */
    const char *error;
} foi_csv_record;

typedef struct foi_csv_reader foi_csv_reader;

/* Flags from foi_csv_reader_flags: what the input looked like. */
enum foi_csv_flag {
    FOI_CSV_BOM = 1u << 0, /* it began with a UTF-8 byte-order mark (skipped) */
    FOI_CSV_CRLF = 1u << 1 /* its first record ended with CR LF */
};

/*
 * A reader pulling input through read(ctx, ...). name (copied) names the
 * input in messages, e.g. a file name. opts may be NULL. The caller frees
 * the reader with foi_csv_reader_free.
 */
FOICLOCK_EXPORT int foi_csv_reader_new(foi_csv_reader **out, foi_read_fn read, void *ctx,
                                       const char *name, const foi_csv_options *opts);

/* A reader over len bytes at data, borrowed until the reader is freed. */
FOICLOCK_EXPORT int foi_csv_reader_new_memory(foi_csv_reader **out, const char *data, size_t len,
                                              const char *name, const foi_csv_options *opts);

/*
 * Reads the next record into *out: returns 1 when there is one, 0 at the end
 * of the input, or a negative code (FOI_EIO when read fails, FOI_ENOMEM).
 * Line endings are LF or CR LF; quoted fields may hold commas, quotes ("")
 * and line breaks; a leading byte-order mark is skipped; empty lines are
 * skipped (line numbers still count them). A malformed record is still
 * returned, with .error set, and reading carries on after it.
 */
FOICLOCK_EXPORT int foi_csv_read(foi_csv_reader *r, foi_csv_record *out);

FOICLOCK_EXPORT unsigned foi_csv_reader_flags(const foi_csv_reader *r);
/* Frees a reader; NULL is allowed. */
FOICLOCK_EXPORT void foi_csv_reader_free(foi_csv_reader *r);

/* ---- CSV caseloads ---- */

/*
 * A batch reads rows under a header and computes, per row:
 *   - with a start column and a rule (a rule column, or a rule for every
 *     row): the rule's deadline;
 *   - with a received column: the case's response deadline, whether it was
 *     met, the working days taken, the review dates and the status today.
 * Columns are recognised by name, ignoring case and surrounding blanks,
 * with spaces and hyphens read as underscores: rule, start, received,
 * regime, division, ref, the event names of foi_event_name, and
 * pit_extension (empty, or yes/true/y/1 or a date to claim it; no/false/n/0
 * not to). Other columns are carried along untouched.
 */
typedef struct foi_batch foi_batch;

/* Flags for foi_batch_options.flags. */
enum foi_batch_flag {
    /* Also compute the full foi_deadline of deadline rows (skipped holidays
     * and all), for writers that show the working. */
    FOI_BATCH_DETAIL = 1u << 0
};

/*
 * Options of a batch: initialise with foi_batch_options_init (which sets
 * today) or FOI_BATCH_OPTIONS_INIT (today 0001-01-01), then set fields by
 * name. Versioned as foi_deadline_options is: the library reads only the
 * fields of the caller's version; a zeroed struct counts as version 1.
 */
#define FOI_BATCH_OPTIONS_VERSION 1
#define FOI_BATCH_OPTIONS_INIT                                                                     \
    {                                                                                              \
        .version = FOI_BATCH_OPTIONS_VERSION                                                       \
    }
typedef struct foi_batch_options {
    unsigned version;     /* FOI_BATCH_OPTIONS_VERSION */
    const foi_rule *rule; /* the rule of rows without one, or NULL */
    foi_receipt_rule receipt_rule;
    foi_date today; /* the day statuses are judged on */
    unsigned flags; /* enum foi_batch_flag */
    /* Calendars to count on instead of the built-in ones (NULL entries mean
     * built-in). Borrowed for the life of the batch. */
    const foi_calendar *calendars[FOI_CAL_COUNT];
} foi_batch_options;

/* Defaults: no rule, statutory receipt, today the UK civil date now. */
FOICLOCK_EXPORT void foi_batch_options_init(foi_batch_options *o);

/* The columns a batch appends to each row, in this order. */
typedef enum foi_batch_column {
    FOI_COL_DUE = 0, /* with a start column */
    FOI_COL_RESPONSE_DUE,
    FOI_COL_IN_TIME,
    FOI_COL_WORKING_DAYS_TAKEN,
    FOI_COL_WORKING_DAYS_LATE,
    FOI_COL_REVIEW_REQUEST_BY,
    FOI_COL_REVIEW_RESPONSE_DUE,
    FOI_COL_STATUS,
    FOI_COL_WORKING_DAYS_LEFT,
    FOI_COL_WORKING_DAYS_OVERDUE, /* ... with a received column */
    FOI_COL_PROVISIONAL,
    FOI_COL_ERROR, /* always */
    FOI_COL_COUNT
} foi_batch_column;

/* "due", "response_due", "in_time", ..., "provisional", "error". */
FOICLOCK_EXPORT const char *foi_batch_column_name(foi_batch_column col);

/*
 * Starts a batch on the header record. FOI_EINVAL (with a message naming
 * the input) when the header is malformed, names a known column twice, or
 * gives nothing to compute. opts may be NULL for the defaults. The caller
 * frees the batch with foi_batch_free.
 */
FOICLOCK_EXPORT int foi_batch_new(foi_batch **out, const foi_csv_record *header,
                                  const foi_batch_options *opts);

/* The columns this batch appends (a borrowed array of *n entries). */
FOICLOCK_EXPORT const foi_batch_column *foi_batch_columns(const foi_batch *b, size_t *n);

/* The number of fields in the header: rows are padded to it. */
FOICLOCK_EXPORT size_t foi_batch_width(const foi_batch *b);

/* What one row gave. Pointers are borrowed until the next foi_batch_row. */
typedef struct foi_batch_result {
    uint64_t line; /* the row's first line in the input */
    unsigned kind; /* enum foi_row_kind bits */
    /* FOI_ROW_DEADLINE: */
    const foi_rule *rule;
    foi_date start, due;
    const foi_deadline *deadline; /* with FOI_BATCH_DETAIL, else NULL */
    /* FOI_ROW_CASE: */
    foi_case_result result;
    const foi_case *kase;
    const foi_timeline *timeline;
    int provisional;   /* any date given depends on projected holiday data */
    const char *error; /* NULL, or "line N: ..." (with FOI_ROW_ERROR) */
} foi_batch_result;

/*
 * Computes one row (any record after the header). A row that cannot be
 * computed is not a failure of the call: its message is in out->error and
 * FOI_OK is returned; parts of the row that did compute are kept. The row
 * is also counted in the batch's statistics. Returns a negative code only
 * for a NULL argument.
 */
FOICLOCK_EXPORT int foi_batch_row(foi_batch_result *out, foi_batch *b, const foi_csv_record *rec);

/* The statistics of the rows so far (borrowed from the batch). */
FOICLOCK_EXPORT const foi_stats *foi_batch_stats(const foi_batch *b);

/* Frees a batch; NULL is allowed. */
FOICLOCK_EXPORT void foi_batch_free(foi_batch *b);

#ifdef __cplusplus
}
#endif

#endif
