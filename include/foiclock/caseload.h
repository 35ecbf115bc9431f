/* foiclock CSV caseloads: the columns a caseload may have, and each row turned
 * into computed columns.
 * Part of <foiclock/batch.h>. */
#ifndef FOICLOCK_CASELOAD_H
#define FOICLOCK_CASELOAD_H

#include <stddef.h>
#include <stdint.h>

#include <foiclock/calendar.h>
#include <foiclock/cases.h>
#include <foiclock/csv.h>
#include <foiclock/date.h>
#include <foiclock/export.h>
#include <foiclock/rules.h>
#include <foiclock/stats.h>
#include <foiclock/timeline.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A batch reads rows under a header and computes, per row:
 *   - with a start column and a rule (a rule column, or a rule for every
 *     row): the rule's deadline;
 *   - with a received column: the case's response deadline, whether it was
 *     met, the working days taken, the review dates and the status today.
 * Columns are recognised by name, ignoring case and surrounding blanks,
 * with spaces and hyphens read as underscores: rule, start, received,
 * regime, division, ref, authority, the event names of foi_event_name, and
 * pit_extension (empty, or yes/true/y/1 or a date to claim it; no/false/n/0
 * not to), and public_records (yes or no: transferred records, FOIA public
 * records or under FOISA the Keeper's). Other columns are carried along
 * untouched.
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
    /* Reads each date field in place of foi_date_parse_n, or NULL. column
     * is the column as batch knows it ("received", "start", ...), text the
     * field with surrounding blanks trimmed (len bytes, not NUL-terminated).
     * Returns FOI_OK with *out set, or a negative code with the message set
     * by foi_error_set (it becomes the row's error after "column: "). For a
     * front end that reads more forms than the library, or says how a
     * date-time became a date. */
    int (*read_date)(void *ctx, foi_date *out, const char *column, const char *text, size_t len);
    void *read_date_ctx; /* passed to read_date */
} foi_batch_options;

/* Defaults: no rule, statutory receipt, today the UK civil date now. */
FOICLOCK_EXPORT void foi_batch_options_init(foi_batch_options *o);

/* The columns a batch may append to each row (foi_batch_columns gives
 * the order). */
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
    /* With a column for an event from the response on (responded,
     * review_requested, review_responded, decision_notice, ...); written
     * after working_days_overdue: */
    FOI_COL_COMPLAINT_BY,
    FOI_COL_COMPLAINT_STATUS,
    FOI_COL_APPEAL_BY,
    FOI_COL_APPEAL_STATUS,
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

/* The columns this batch appends (a borrowed array of *n entries); NULL
 * with *n = 0 for a NULL batch; n may be NULL. */
FOICLOCK_EXPORT const foi_batch_column *foi_batch_columns(const foi_batch *b, size_t *n);

/* The number of fields in the header: rows are padded to it (0 for NULL). */
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
    /* The row's ref and authority columns, or NULL where empty: what names
     * its case or deadline in a calendar. */
    const char *ref, *authority;
} foi_batch_result;

/*
 * Computes one row (any record after the header). A row that cannot be
 * computed is not a failure of the call: its message is in out->error and
 * FOI_OK is returned; parts of the row that did compute are kept. The row
 * is also counted in the batch's statistics. Returns a negative code only
 * for a NULL argument.
 */
FOICLOCK_EXPORT int foi_batch_row(foi_batch_result *out, foi_batch *b, const foi_csv_record *rec);

/* The statistics of the rows so far (borrowed from the batch); NULL for a
 * NULL batch. */
FOICLOCK_EXPORT const foi_stats *foi_batch_stats(const foi_batch *b);

/* Frees a batch; NULL is allowed. */
FOICLOCK_EXPORT void foi_batch_free(foi_batch *b);

#ifdef __cplusplus
}
#endif

#endif
