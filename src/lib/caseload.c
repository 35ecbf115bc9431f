/* CSV caseloads: which columns a header has, and each row turned into its
 * deadline or case result and the computed columns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <foiclock/caseload.h>

#include "arrays_internal.h"
#include "calbuild.h"
#include "internal.h"
#include "timeline_internal.h"

/* The columns a batch understands. */
enum known {
    K_RULE,
    K_START,
    K_REGIME,
    K_DIVISION,
    K_REF,
    K_PIT,
    K_AUTHORITY,
    K_RECORDS,
    K_EVENT, /* K_EVENT + foi_event, for every event */
    K_COUNT = K_EVENT + FOI_EVENT_COUNT
};

static const char *known_name(int k)
{
    static const char *const names[K_EVENT] = {"rule",      "start",         "regime",
                                               "division",  "ref",           "pit_extension",
                                               "authority", "public_records"};
    return k < K_EVENT ? names[k] : foi_event_name((foi_event)(k - K_EVENT));
}

const char *foi_batch_column_name(foi_batch_column col)
{
    static const char *const names[FOI_COL_COUNT] = {"due",
                                                     "response_due",
                                                     "in_time",
                                                     "working_days_taken",
                                                     "working_days_late",
                                                     "review_request_by",
                                                     "review_response_due",
                                                     "status",
                                                     "working_days_left",
                                                     "working_days_overdue",
                                                     "provisional",
                                                     "error",
                                                     "complaint_by",
                                                     "complaint_status",
                                                     "appeal_by",
                                                     "appeal_status"};
    return (unsigned)col < FOI_COL_COUNT ? names[col] : "";
}

enum { RULE_CACHE = 32, RULE_TEXT = 48 };

struct foi_batch {
    foi_batch_options o;
    size_t width;
    int col[K_COUNT]; /* field index of each known column, or -1 */
    foi_batch_column cols[FOI_COL_COUNT];
    size_t ncols;
    int deadlines, cases; /* which parts the header asks for */
    foi_stats *stats;
    /* Per-row state, reused so that a row allocates nothing. */
    foi_timeline timeline;
    foi_case kase;
    foi_deadline deadline;
    /* Rules looked up so far, by their text as written: a caseload names
     * a handful of rules a million times. */
    struct {
        char text[RULE_TEXT];
        size_t len;
        const foi_rule *rule;
    } rules[RULE_CACHE];
    size_t nrules;
    char error[1024];
    size_t error_len;
    char ref[512];       /* the row's ref column, NUL-terminated for kase.ref */
    char authority[512]; /* the row's authority column */
};

void foi_batch_options_init(foi_batch_options *o)
{
    if (!o)
        return;
    memset(o, 0, sizeof *o);
    o->version = FOI_BATCH_OPTIONS_VERSION;
    if (foi_date_from_utc(&o->today, (int64_t)time(NULL)))
        o->today = foi_mkdate(0);
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* A field with surrounding blanks trimmed; empty past the record's end. */
static foi_csv_field field(const foi_csv_record *rec, int idx)
{
    foi_csv_field f = {"", 0};
    if (idx < 0 || (size_t)idx >= rec->nfields)
        return f;
    f = rec->fields[idx];
    while (f.len && is_blank(f.data[0])) {
        f.data++;
        f.len--;
    }
    while (f.len && is_blank(f.data[f.len - 1]))
        f.len--;
    return f;
}

/* Copies a name into out (size n) in the form columns and ids are matched
 * in: ASCII lower case, spaces and hyphens as underscores when under is
 * set (else underscores and spaces as hyphens). 0 when it does not fit. */
static int normalise(char *out, size_t n, foi_csv_field f, int under)
{
    if (f.len >= n)
        return 0;
    for (size_t i = 0; i < f.len; i++) {
        char c = f.data[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (under && (c == ' ' || c == '-'))
            c = '_';
        else if (!under && (c == ' ' || c == '_'))
            c = '-';
        out[i] = c;
    }
    out[f.len] = '\0';
    return 1;
}

/* Takes a leading "date_" or "case_" or a trailing "_date" off a
 * normalised name, in place. */
static void strip_word(char *name)
{
    static const char *const lead[] = {"date_", "case_"};
    for (size_t i = 0; i < sizeof lead / sizeof *lead; i++) {
        size_t n = strlen(lead[i]);
        if (strncmp(name, lead[i], n) == 0 && name[n]) {
            memmove(name, name + n, strlen(name + n) + 1);
            return;
        }
    }
    size_t len = strlen(name);
    if (len > 5 && strcmp(name + len - 5, "_date") == 0)
        name[len - 5] = '\0';
}

int foi_batch_new(foi_batch **out, const foi_csv_record *header, const foi_batch_options *opts)
{
    if (!out || !header)
        return foi_fail(FOI_EINVAL, "foi_batch_new: no header or no place for the batch");
    if (opts)
        FOI_REQUIRE_VERSION(opts, FOI_BATCH_OPTIONS_VERSION);
    if (header->error)
        return foi_fail(FOI_EINVAL, "the header (line %llu) is malformed: %s",
                        (unsigned long long)header->line, header->error);
    foi_batch *b = malloc(sizeof *b);
    if (!b)
        return foi_fail(FOI_ENOMEM, "out of memory starting a batch");
    memset(b, 0, sizeof *b);
    if (opts)
        b->o = *opts;
    else
        foi_batch_options_init(&b->o);
    b->width = header->nfields;
    for (int k = 0; k < K_COUNT; k++)
        b->col[k] = -1;
    for (size_t i = 0; i < header->nfields; i++) {
        char name[40];
        if (!normalise(name, sizeof name, field(header, (int)i), 1))
            continue;
        int known = 0;
        for (int k = 0; k < K_COUNT && !known; k++)
            known = strcmp(name, known_name(k)) == 0;
        /* Case systems export "Date Received", "Received Date", "Case Ref":
         * a name that is not a column's may be one with such a word around
         * it. */
        if (!known)
            strip_word(name);
        for (int k = 0; k < K_COUNT; k++) {
            if (strcmp(name, known_name(k)) != 0)
                continue;
            if (b->col[k] >= 0) {
                int first = b->col[k] + 1;
                free(b);
                return foi_fail(FOI_EINVAL,
                                "the header names the column '%s' twice (columns %d and %zu)",
                                known_name(k), first, i + 1);
            }
            b->col[k] = (int)i;
        }
    }
    b->cases = b->col[K_EVENT + FOI_EVENT_RECEIVED] >= 0;
    if (b->col[K_START] >= 0) {
        if (b->col[K_RULE] >= 0 || b->o.rule)
            b->deadlines = 1;
        else if (!b->cases) {
            free(b);
            return foi_fail(FOI_EINVAL, "the header has a 'start' column but no 'rule' column: "
                                        "add one, or give one rule for every row");
        }
    }
    if (!b->deadlines && !b->cases) {
        free(b);
        return foi_fail(FOI_EINVAL,
                        "the header has neither a 'start' column (with 'rule') nor a 'received' "
                        "column, so there is nothing to compute (the first line of the input "
                        "must name the columns)");
    }
    if (b->deadlines)
        b->cols[b->ncols++] = FOI_COL_DUE;
    if (b->cases)
        for (int c = FOI_COL_RESPONSE_DUE; c <= FOI_COL_WORKING_DAYS_OVERDUE; c++)
            b->cols[b->ncols++] = (foi_batch_column)c;
    /* The regulator and the tribunal come after the authority has answered:
     * their columns are there when the header has a column for an event of
     * that stage, which is any event but those of the request itself (so an
     * event added later brings them too). */
    int later = 0;
    for (int e = 0; b->cases && e < FOI_EVENT_COUNT; e++)
        later |= b->col[K_EVENT + e] >= 0 && e != FOI_EVENT_RECEIVED &&
                 e != FOI_EVENT_CLARIFICATION_REQUESTED && e != FOI_EVENT_CLARIFICATION_RECEIVED &&
                 e != FOI_EVENT_FEE_NOTICE && e != FOI_EVENT_FEE_PAID;
    if (later)
        for (int c = FOI_COL_COMPLAINT_BY; c <= FOI_COL_APPEAL_STATUS; c++)
            b->cols[b->ncols++] = (foi_batch_column)c;
    b->cols[b->ncols++] = FOI_COL_PROVISIONAL;
    b->cols[b->ncols++] = FOI_COL_ERROR;
    int rc = foi_stats_new(&b->stats);
    if (rc) {
        free(b);
        return rc;
    }
    *out = b;
    return FOI_OK;
}

void foi_batch_free(foi_batch *b)
{
    if (!b)
        return;
    foi_stats_free(b->stats);
    free(b);
}

const foi_batch_column *foi_batch_columns(const foi_batch *b, size_t *n)
{
    if (n)
        *n = b ? b->ncols : 0;
    return b ? b->cols : NULL;
}

size_t foi_batch_width(const foi_batch *b)
{
    return b ? b->width : 0;
}

const foi_stats *foi_batch_stats(const foi_batch *b)
{
    return b ? b->stats : NULL;
}

/* Adds "column: message" (the last error) to the row's error text. */
static void row_error(foi_batch *b, const foi_batch_result *r, const char *column, const char *msg)
{
    if (!msg)
        msg = foi_error_last();
    size_t n = sizeof b->error;
    if (b->error_len == 0)
        b->error_len = (size_t)snprintf(b->error, n, "line %llu:", (unsigned long long)r->line);
    else if (b->error_len < n)
        b->error_len += (size_t)snprintf(b->error + b->error_len, n - b->error_len, ";");
    if (b->error_len < n)
        b->error_len += (size_t)snprintf(b->error + b->error_len, n - b->error_len, " %s%s%s",
                                         column ? column : "", column ? ": " : "", msg);
}

static int digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A date field: the caller's reader when there is one; else YYYY-MM-DD
 * read directly, anything else by foi_date_parse. */
static int parse_date(const foi_batch *b, foi_date *out, const char *column, foi_csv_field f)
{
    if (b->o.read_date) {
        int rc = b->o.read_date(b->o.read_date_ctx, out, column, f.data, f.len);
        return rc > 0 ? FOI_EINVAL : rc;
    }
    const char *p = f.data;
    if (f.len == 10 && p[4] == '-' && p[7] == '-' && digit(p[0]) && digit(p[1]) && digit(p[2]) &&
        digit(p[3]) && digit(p[5]) && digit(p[6]) && digit(p[8]) && digit(p[9])) {
        int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
        int m = (p[5] - '0') * 10 + (p[6] - '0');
        int d = (p[8] - '0') * 10 + (p[9] - '0');
        if (y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= foi_days_in_month(y, m)) {
            out->serial = foi_days_from_civil(y, m, d);
            return FOI_OK;
        }
    }
    return foi_date_parse_n(out, f.data, f.len, NULL);
}

/* Fails with "<before>'<text of f>'<after>". */
static int quoted_fail(int code, const char *before, foi_csv_field f, const char *after)
{
    char q[80];
    return foi_fail(code, "%s'%s'%s", before, foi_quote(q, sizeof q, f.data, f.len), after);
}

/* The rule of a row: its rule column, else the batch's rule. */
static int row_rule(const foi_rule **out, foi_batch *b, foi_csv_field f)
{
    if (f.len == 0) {
        if (!b->o.rule)
            return foi_fail(FOI_EINVAL, "no rule given for this row");
        *out = b->o.rule;
        return FOI_OK;
    }
    for (size_t i = 0; i < b->nrules; i++) {
        if (b->rules[i].len == f.len && memcmp(b->rules[i].text, f.data, f.len) == 0) {
            *out = b->rules[i].rule;
            return FOI_OK;
        }
    }
    char id[RULE_TEXT];
    int rc;
    if (!normalise(id, sizeof id, f, 0))
        return quoted_fail(FOI_ENOTFOUND, "unknown rule ", f, "");
    if ((rc = foi_rule_find(out, id)))
        return rc;
    if (b->nrules < RULE_CACHE) {
        memcpy(b->rules[b->nrules].text, f.data, f.len); /* it fitted in id */
        b->rules[b->nrules].len = f.len;
        b->rules[b->nrules++].rule = *out;
    }
    return FOI_OK;
}

static int row_division(unsigned *out, foi_csv_field f)
{
    char name[40];
    *out = 0;
    if (f.len == 0)
        return FOI_OK;
    if (!normalise(name, sizeof name, f, 0))
        return quoted_fail(FOI_ENOTFOUND, "unknown division ", f, "");
    return foi_division_from_name(out, name);
}

/* The deadline part of a row. */
static void row_deadline(foi_batch_result *r, foi_batch *b, const foi_csv_record *rec)
{
    foi_csv_field start = field(rec, b->col[K_START]);
    const foi_rule *rule;
    foi_deadline_options o;
    int bad = 0;
    if (row_rule(&rule, b, field(rec, b->col[K_RULE]))) {
        row_error(b, r, "rule", NULL);
        bad = 1;
    }
    if (start.len == 0) {
        row_error(b, r, "start", "it is empty");
        return;
    }
    if (parse_date(b, &r->start, "start", start)) {
        row_error(b, r, "start", NULL);
        bad = 1;
    }
    if (bad)
        return;
    foi_deadline_options_init(&o);
    o.receipt_rule = b->o.receipt_rule;
    memcpy(o.calendars, b->o.calendars, sizeof o.calendars);
    if (rule->division_calendar && row_division(&o.division, field(rec, b->col[K_DIVISION]))) {
        row_error(b, r, "division", NULL);
        return;
    }
    int provisional = 0, rc;
    if (b->o.flags & FOI_BATCH_DETAIL) {
        rc = foi_deadline_compute(&b->deadline, rule, r->start, &o);
        r->due = b->deadline.due;
        provisional = b->deadline.provisional;
        r->deadline = rc ? NULL : &b->deadline;
    } else {
        rc = foi_one_due(&r->due, &provisional, rule, foi_fast_rule(rule, &o),
                         foi_rule_calendar(rule, &o), r->start, &o);
    }
    if (rc) {
        row_error(b, r, NULL, NULL);
        return;
    }
    r->rule = rule;
    r->provisional |= provisional;
    r->kind |= FOI_ROW_DEADLINE;
}

static int word_in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

/* pit_extension: yes or no, or the date the extension was claimed. */
static int row_pit(const foi_batch *b, int *out, int *has_date, foi_date *date, foi_csv_field f)
{
    *has_date = 0;
    static const char *const yes[] = {"yes", "y", "true", "1", "x", NULL};
    static const char *const no[] = {"no", "n", "false", "0", NULL};
    char w[8];
    foi_date d;
    *out = 0;
    if (f.len == 0)
        return FOI_OK;
    if (normalise(w, sizeof w, f, 1)) {
        if (word_in(w, yes))
            *out = 1;
        if (word_in(w, yes) || word_in(w, no))
            return FOI_OK;
    }
    if (parse_date(b, &d, "pit_extension", f) == FOI_OK) {
        *out = 1;
        *has_date = 1;
        *date = d;
        return FOI_OK;
    }
    return quoted_fail(FOI_EINVAL, "expected yes or no, or the date it was claimed, not ", f, "");
}

/* A yes-or-no column (empty: no). */
static int row_flag(int *out, foi_csv_field f)
{
    static const char *const yes[] = {"yes", "y", "true", "1", "x", NULL};
    static const char *const no[] = {"no", "n", "false", "0", NULL};
    char w[8];
    *out = 0;
    if (f.len == 0)
        return FOI_OK;
    if (normalise(w, sizeof w, f, 1) && (word_in(w, yes) || word_in(w, no))) {
        *out = word_in(w, yes);
        return FOI_OK;
    }
    return quoted_fail(FOI_EINVAL, "expected yes or no, not ", f, "");
}

/* The case part of a row. */
static void row_case(foi_batch_result *r, foi_batch *b, const foi_csv_record *rec)
{
    foi_case *c = &b->kase;
    foi_regime regime = FOI_REGIME_FOIA;
    int bad = 0;
    foi_csv_field f = field(rec, b->col[K_REGIME]);
    if (f.len) {
        /* Hyphens, as regime names are written ("le-sar"; "le_sar" and
         * "LE SAR" are taken too). */
        char name[16];
        int rc = normalise(name, sizeof name, f, 0)
                     ? foi_regime_from_name(&regime, name)
                     : quoted_fail(FOI_ENOTFOUND, "unknown regime ", f, "");
        if (rc) {
            row_error(b, r, "regime", NULL);
            bad = 1;
        }
    }
    foi_case_init(c, regime);
    c->ref = r->ref;
    c->receipt_rule = b->o.receipt_rule;
    memcpy(c->calendars, b->o.calendars, sizeof c->calendars);
    for (int e = 0; e < FOI_EVENT_COUNT; e++) {
        f = field(rec, b->col[K_EVENT + e]);
        if (!f.len)
            continue;
        if (parse_date(b, &c->events[e], foi_event_name((foi_event)e), f)) {
            row_error(b, r, foi_event_name((foi_event)e), NULL);
            bad = 1;
            continue;
        }
        c->has[e] = 1;
    }
    if (row_division(&c->division, field(rec, b->col[K_DIVISION]))) {
        row_error(b, r, "division", NULL);
        bad = 1;
    }
    if (row_pit(b, &c->pit_extension, &c->has_extension_claimed, &c->extension_claimed,
                field(rec, b->col[K_PIT]))) {
        row_error(b, r, "pit_extension", NULL);
        bad = 1;
    }
    if (row_flag(&c->public_records, field(rec, b->col[K_RECORDS]))) {
        row_error(b, r, "public_records", NULL);
        bad = 1;
    }
    if (bad)
        return;
    if (foi_case_evaluate_into(&r->result, &b->timeline, c, b->o.today)) {
        row_error(b, r, NULL, NULL);
        return;
    }
    r->kase = c;
    r->timeline = &b->timeline;
    r->provisional |= r->result.provisional;
    r->kind |= FOI_ROW_CASE;
}

int foi_batch_row(foi_batch_result *out, foi_batch *b, const foi_csv_record *rec)
{
    if (!out || !b || !rec)
        return foi_fail(FOI_EINVAL, "foi_batch_row: no batch, record or result");
    memset(out, 0, sizeof *out);
    out->line = rec->line;
    b->error_len = 0;
    int blank = 1;
    for (size_t i = 0; i < rec->nfields && blank; i++)
        blank = field(rec, (int)i).len == 0;
    /* ref and authority name the row's case or deadline (in calendars) */
    foi_csv_field f = field(rec, b->col[K_REF]);
    if (f.len && f.len < sizeof b->ref) {
        memcpy(b->ref, f.data, f.len);
        b->ref[f.len] = '\0';
        out->ref = b->ref;
    } else if (f.len) {
        row_error(b, out, "ref", "longer than 511 bytes");
    }
    f = field(rec, b->col[K_AUTHORITY]);
    if (f.len && f.len < sizeof b->authority) {
        memcpy(b->authority, f.data, f.len);
        b->authority[f.len] = '\0';
        out->authority = b->authority;
    } else if (f.len) {
        row_error(b, out, "authority", "longer than 511 bytes");
    }
    if (rec->error) {
        row_error(b, out, NULL, rec->error);
    } else if (blank) {
        out->kind = FOI_ROW_BLANK;
    } else if (rec->nfields > b->width) {
        /* Which field is out of place is unknown, so nothing is computed
         * from the row. */
        char msg[192];
        snprintf(msg, sizeof msg,
                 "the row has %zu fields but the header %zu: a comma too many or a field "
                 "not quoted? Nothing is computed from it",
                 rec->nfields, b->width);
        row_error(b, out, NULL, msg);
    } else {
        int has_start = b->deadlines && field(rec, b->col[K_START]).len;
        int has_received = b->cases && field(rec, b->col[K_EVENT + FOI_EVENT_RECEIVED]).len;
        int other = 0;
        for (int e = 1; b->cases && !has_received && e < FOI_EVENT_COUNT; e++)
            other |= field(rec, b->col[K_EVENT + e]).len != 0;
        if (has_start || (b->deadlines && !b->cases))
            row_deadline(out, b, rec);
        if (has_received)
            row_case(out, b, rec);
        else if (other)
            row_error(b, out, "received", "it is empty, but the row has other case dates");
        else if (b->cases && !has_start)
            row_error(b, out, NULL,
                      b->deadlines ? "neither start nor received is given"
                                   : "received: it is empty");
    }
    if (b->error_len) {
        out->kind |= FOI_ROW_ERROR;
        out->error = b->error;
    }
    foi_stats_add(b->stats, out->kind, (out->kind & FOI_ROW_CASE) ? &out->result : NULL);
    return FOI_OK;
}
