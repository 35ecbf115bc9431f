/* Shared pieces of the foiclock command-line tool (uses only the public API). */
#ifndef FOICLOCK_CLI_H
#define FOICLOCK_CLI_H

#include <stdio.h>

#include <foiclock/foiclock.h>
#include <foiclock/ical.h>
#include <foiclock/json.h>

enum { EXIT_NO = 1, EXIT_USAGE = 2 };

/* A command function returns this (as EXIT_USAGE) when it has already
 * printed its own error, so that for_each_date does not print another. */
#define EXIT_REPORTED 3

enum format { FORMAT_TEXT, FORMAT_JSON, FORMAT_ICS };

/* Options common to the commands, after parsing. */
struct opts {
    enum format format;
    const foi_calendar *cal;
    const char *cal_name;
    int cal_given;
    const char *pos[4]; /* positional arguments */
    int npos;
};

/* What a command does with one date (possibly one line of standard input).
 * Writes its result record to stdout and returns 0, EXIT_NO or, for bad
 * input, EXIT_USAGE with the message in foi_error_last(). */
typedef int (*date_fn)(const struct opts *o, foi_date d, const char *input);

/* Runs fn over the date argument arg, or over every line of standard input
 * when arg is "-", writing an error record in place of each bad line. */
int for_each_date(const struct opts *o, const char *arg, date_fn fn);

#if defined(__GNUC__)
#define FOI_CLI_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define FOI_CLI_PRINTF(f, a)
#endif

/* Prints "foiclock: message" on standard error and returns EXIT_USAGE. */
int fail(const char *fmt, ...) FOI_CLI_PRINTF(1, 2);

/* FOI_JSON_SCHEMA_VERSION as a string literal, for output built by pieces. */
#define CLI_STRINGIFY_(x) #x
#define CLI_STRINGIFY(x) CLI_STRINGIFY_(x)
#define JSON_SCHEMA_VERSION_TEXT CLI_STRINGIFY(FOI_JSON_SCHEMA_VERSION)

/* Prints a JSON string from the library (rc 0) with a newline and frees it;
 * on failure prints "foiclock: CONTEXT: message". Returns 0 or EXIT_USAGE. */
int json_emit(int rc, char *json, const char *context);
/* Prints a JSON object from the library with the "data" member of
 * holiday_data_json added, and a newline. */
void json_put_data(const char *json);

/* Output helpers (output.c). */
void json_string(FILE *f, const char *s);
/* Writes s for a terminal: control characters, and bytes that do not begin a
 * well-formed UTF-8 character, become \xNN. */
void text_clean(FILE *f, const char *s);
void json_divisions(FILE *f, unsigned divisions);
/* Holidays for people, grouped by day and name, joined by sep; with_date
 * puts the date before each. */
void text_holidays(FILE *f, const foi_holiday *h, size_t n, const char *sep, int with_date);
void json_holidays(FILE *f, const foi_holiday *h, size_t n);
/* The UK civil date today, or FOICLOCK_TODAY when set. */
int today(foi_date *out);

/* The name in cands nearest to s (case ignored) when it is close enough to
 * be a slip of the keyboard, else NULL: for "did you mean" hints. */
const char *nearest_name(const char *s, const char *const *cands, size_t n);
/* " (did you mean NAME?)" when s is a slip for one of cands (a static
 * buffer), else "". */
const char *did_you_mean(const char *s, const char *const *cands, size_t n);
/* s in lower case (a static buffer; s itself when too long), for option
 * values that are names: FOIA, JSON and Scotland mean foia, json, scotland. */
const char *lower_value(const char *s);
/* Parses a date as foi_date_parse does, and also today, yesterday and
 * tomorrow (relative to today()), 15.10.2018, 15-10-2018, 2018/10/15,
 * "October 15, 2018" and a date with a time but no offset (UK local time).
 * Unless quiet, says on standard error when a time was converted or taken
 * as local. 0, or -1 with the message in foi_error_last(). */
int cli_date_parse(foi_date *out, const char *text, size_t len, int quiet);
/* How cli_date_read read a date, for the answer to say so. */
enum date_kind { DATE_PLAIN = 0, DATE_CONVERTED, DATE_LOCAL };
struct date_how {
    enum date_kind kind;
    /* CONVERTED: "23:30 UTC = 00:30 BST on Saturday 11 July 2026";
     * LOCAL: "09:15 UK time on Monday 2 November 2026 (no offset ...)". */
    char text[160];
};
/* cli_date_parse without printing: today, yesterday and tomorrow count
 * from *now (NULL: today()); *how says whether a time was converted or
 * taken as local time. */
int cli_date_read(foi_date *out, const char *text, size_t len, const foi_date *now,
                  struct date_how *how);
/* A date of the input that the answer shows: field names it ("received"),
 * input is the text as given. */
struct date_note {
    const char *field;
    const char *input;
    foi_date date;
    struct date_how how;
};
/* "<indent>Received 23:30 UTC = 00:30 BST on Saturday 11 July 2026.", a
 * line for each note that converted a time or took one as local time. */
void date_notes_text(FILE *f, const struct date_note *notes, size_t n, const char *indent);
/* Prints the library's JSON object json and a newline, with a "converted"
 * array of those notes added when there are any. */
void json_with_date_notes(FILE *f, const char *json, const struct date_note *notes, size_t n);
/* Set by a command whose answer shows how its dates were read, so that
 * for_each_date does not also say it on standard error. */
extern int cli_answer_shows_dates;
/* --today DATE given on the command line (NULL: not given); today() uses it. */
extern const char *cli_today;

/* Commands (commands.c). */
int cmd_add(int argc, char **argv);
int cmd_count(int argc, char **argv);
int cmd_is_working_day(int argc, char **argv);
int cmd_next(int argc, char **argv);
int cmd_prev(int argc, char **argv);
int cmd_holidays(int argc, char **argv);
int cmd_calendars(int argc, char **argv);

/* Deadline commands (deadlines.c). */
int cmd_due(int argc, char **argv);
int cmd_deadline(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_timeline(int argc, char **argv);

/* CSV caseloads (batch.c). */
int cmd_batch(int argc, char **argv);

/* A command-specific option: "--name VALUE" stores VALUE (the last one
 * given) in *value; a flag ("--name") sets *flag to 1. */
struct optspec {
    const char *name;
    const char **value;
    int *flag;
};

/* parse_opts flags: the command takes --calendar; --format ics. */
enum { OPT_CALENDAR = 1, OPT_ICS = 2 };

/* Parses the common options and those in extra (terminated by a NULL name,
 * or extra NULL); prints usage and returns -1 on --help, or EXIT_USAGE on a
 * usage error. minpos/maxpos bound the positionals. */
int parse_opts(struct opts *o, int argc, char **argv, const char *usage, int minpos, int maxpos,
               int flags, const struct optspec *extra);

/* iCalendar (ics.c): the plugin's entry points, loaded on first use (only
 * --holidays needs it: writing calendars is in the core library). */
struct ics_api {
    int (*import_holidays)(foi_calendar_builder *, const char *, unsigned, foi_import_report *);
    int (*import_holidays_text)(foi_calendar_builder *, const char *, size_t, const char *,
                                unsigned, foi_import_report *);
};

/* The plugin, or NULL (after printing why) when it cannot be loaded. */
const struct ics_api *ics_api(void);

/* Holiday data (localdata.c): the files of the local data directories
 * (unless use_local is 0: --no-local-holidays), then --holidays
 * [DIVISION=]FILE, given anywhere on the command line; the calendars built
 * with them (NULL entries: none in force, use built-in). What --holidays
 * files changed, and warnings about stale local files, go to standard
 * error, as JSON when json is set. */
extern const foi_calendar *cli_calendars[FOI_CAL_COUNT];
int load_holiday_files(const char *const *specs, size_t n, int json, int use_local);
void free_holiday_calendars(void);
const foi_calendar *cli_calendar(foi_calendar_id id);
/* The data in force when it is not the built-in data alone, such as
 * "built-in to 2028 + bank-holidays.json (2029)"; NULL otherwise. */
const char *holiday_data_text(void);
/* ,"data":{...} for a JSON answer, when any holiday file was read. */
void holiday_data_json(FILE *out);
/* The same for text: " [holidays: ...]" after a one-line answer, a
 * "Holidays: ...." line of its own, or a "foiclock: holidays: ..." note on
 * standard error (for output that has no place for it); nothing when the
 * built-in data alone are in force. */
void holiday_data_suffix(void);
void holiday_data_line(const char *indent);
void holiday_data_note(void);
/* The directories searched and the files found, for 'calendars'. */
void holiday_data_dirs(int json);
int cmd_install_holidays(int argc, char **argv);
/* A GOV.UK bank-holidays.json feed into b (govuk.c): 0, or -1 with the
 * reason, naming the file and line, in err. */
int govuk_json_import(foi_calendar_builder *b, const char *text, size_t len, const char *name,
                      foi_import_report *report, char *err, size_t errsize);

/* -o FILE: where output goes (NULL: standard output). */
extern const char *ics_output_path;

/* The iCalendar options of a command. */
struct ics_flags {
    const char *remind;    /* --remind 5,1 | none */
    const char *authority; /* --authority NAME */
    const foi_date *today; /* --today, when given */
    int replace;           /* the export owns its -o file (batch) */
};

/* Fills o from flags and the environment; *previous receives the -o file
 * opened for reading back, when there is one (close it with ics_close
 * after the export). */
int ics_options(foi_ics_options *o, FILE **previous, const struct ics_flags *flags);
void ics_close(FILE *previous);
/* Writes an exporter's result (rc, text) to standard output and frees it. */
int ics_emit(int rc, char *text);
/* Warns that n cases or deadlines were written without a reference; how
 * says how to give one. */
void ics_warn_unnamed(size_t n, const char *how);

#endif
