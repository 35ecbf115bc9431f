/* The foiclock batch command: a CSV caseload in, every row back with its
 * deadlines, as CSV or JSON Lines, streaming in constant memory. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char batch_usage[] =
    "usage: foiclock batch [FILE | -] [--format csv|json|ics] [--rule RULE]\n"
    "         [--receipt-rule statutory|next-working-day] [--today DATE] [--summary]\n"
    "         [--remind 5,1|none] [--authority NAME] [--column COLUMN=HEADER]\n"
    "\n"
    "Reads a CSV file (or standard input) whose first line names the columns\n"
    "and writes every row back, in order, with computed columns added:\n"
    "  rule,start             the rule's deadline (column 'due'); --rule gives\n"
    "                         the rule for rows without a rule column or value\n"
    "  received[,responded..] the case: response_due, in_time,\n"
    "                         working_days_taken, working_days_late,\n"
    "                         review_request_by, review_response_due, status\n"
    "                         today, working_days_left, working_days_overdue\n"
    "  responded, review_..,  complaint_by, complaint_status (the regulator),\n"
    "  decision_notice        appeal_by, appeal_status (the tribunal)\n"
    "Case columns: regime, division, ref, clarification_requested,\n"
    "clarification_received, fee_notice, fee_paid, pit_extension (yes/no or a\n"
    "date), public_records (yes/no: transferred records; under FOISA the\n"
    "Keeper's), responded, review_requested, review_responded, complained,\n"
    "decision_notice, direction with direction_days and direction_ground (FOIA;\n"
    "SI 2004/3364).\n"
    "Every row also gets 'provisional' and 'error': a bad row carries its\n"
    "message, the others still come out, and the exit status is then 2.\n"
    "--format json writes JSON Lines; --format ics one calendar with the\n"
    "deadlines of every row: a 'ref' column (and 'authority', or --authority)\n"
    "names each case's events, so that calendar applications update them;\n"
    "a repeated ref is an error for the later row. With -o FILE the calendar\n"
    "owns FILE: events of cases no longer in the caseload stay as cancelled.\n"
    "--summary prints the totals (rows,\n"
    "errors, responded, in time, median and 90th percentile working days\n"
    "taken, overdue now) on standard error, as JSON with --format json.\n"
    "Dates take every form the other commands take; a date-time converted\n"
    "to a UK date is noted on its row (standard error; JSON: warnings).\n"
    "Blank lines are skipped and counted.\n"
    "Header names match in any case, with spaces or underscores, and with\n"
    "'date' or 'case' around them ('Date Received', 'Case Ref');\n"
    "--column received='Date Received' (repeatable) names any other.\n";

/* ---- --column COLUMN=HEADER ---- */

enum { MAX_COLUMN_MAPS = 16 };
struct column_map {
    const char *column; /* a column batch knows */
    size_t column_len;
    const char *header; /* the input's name for it */
};

/* The input columns batch understands besides the case events (the
 * library's, as foi_batch_new documents them). */
static const char *const input_fixed[] = {
    "rule",      "start",         "regime",         "division",       "ref",
    "authority", "pit_extension", "public_records", "direction_days", "direction_ground"};

static int is_input_column(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof input_fixed / sizeof *input_fixed; i++)
        if (strlen(input_fixed[i]) == n && strncmp(input_fixed[i], s, n) == 0)
            return 1;
    for (int e = 0; e < FOI_EVENT_COUNT; e++) {
        const char *name = foi_event_name((foi_event)e);
        if (strlen(name) == n && strncmp(name, s, n) == 0)
            return 1;
    }
    return 0;
}

/* Takes every --column COLUMN=HEADER out of argv (it may be repeated). */
static int take_columns(int *argc, char **argv, struct column_map *m, size_t *n)
{
    int k = 1;
    for (int i = 1; i < *argc; i++) {
        const char *a = argv[i], *val;
        if (strcmp(a, "--") == 0) {
            while (i < *argc)
                argv[k++] = argv[i++];
            break;
        }
        if (strncmp(a, "--column=", 9) == 0)
            val = a + 9;
        else if (strcmp(a, "--column") == 0) {
            if (i + 1 >= *argc)
                return fail("batch: option --column needs a value");
            val = argv[++i];
        } else {
            argv[k++] = argv[i];
            continue;
        }
        const char *eq = strchr(val, '=');
        if (!eq || eq == val || !eq[1])
            return fail("batch: --column takes COLUMN=HEADER (received='Date Received'), not '%s'",
                        val);
        if (!is_input_column(val, (size_t)(eq - val))) {
            enum { NFIXED = sizeof input_fixed / sizeof *input_fixed };
            const char *names[NFIXED + FOI_EVENT_COUNT];
            size_t nn = 0;
            for (size_t f = 0; f < NFIXED; f++)
                names[nn++] = input_fixed[f];
            for (int e = 0; e < FOI_EVENT_COUNT; e++)
                names[nn++] = foi_event_name((foi_event)e);
            char col[64];
            snprintf(col, sizeof col, "%.*s", (int)(eq - val), val);
            return fail("batch: --column: '%.*s' is not a column batch reads (rule, start, "
                        "regime, division, ref, authority, pit_extension, public_records or a "
                        "case event such as received)%s",
                        (int)(eq - val), val, did_you_mean(col, names, nn));
        }
        if (*n >= MAX_COLUMN_MAPS)
            return fail("batch: --column: at most %d", MAX_COLUMN_MAPS);
        m[(*n)++] = (struct column_map){val, (size_t)(eq - val), eq + 1};
    }
    argv[k] = NULL;
    *argc = k;
    return 0;
}

static int same_name(foi_csv_field f, const char *s);

/* Whether a header field is the name of a column batch computes. */
static int is_computed_name(foi_csv_field f)
{
    for (size_t c = 0; c < FOI_COL_COUNT; c++)
        if (same_name(f, foi_batch_column_name((foi_batch_column)c)))
            return 1;
    return 0;
}

/* An input column that batch also computes: when the header ends with
 * computed columns only, down to 'provisional' and 'error' (the output of
 * an earlier run, of this version or of one with fewer columns), the input
 * is batch's own output and those columns are replaced (*keep is the
 * number of fields to keep); any other clash is an error naming the
 * column. */
static int computed_clash(size_t *keep, const foi_csv_record *hdr, const char *name, int json)
{
    /* JSON records also carry these keys of their own. */
    static const char *const json_keys[] = {"schema_version", "line", "warnings"};
    for (size_t i = 0; json && i < hdr->nfields; i++)
        for (size_t k = 0; k < sizeof json_keys / sizeof *json_keys; k++)
            if (same_name(hdr->fields[i], json_keys[k]))
                return fail("batch: %s: the header's column %zu, '%s', is a key every JSON "
                            "record has: rename or remove it",
                            name, i + 1, json_keys[k]);
    *keep = hdr->nfields;
    if (hdr->nfields >= 2 &&
        same_name(hdr->fields[hdr->nfields - 1], foi_batch_column_name(FOI_COL_ERROR)) &&
        same_name(hdr->fields[hdr->nfields - 2], foi_batch_column_name(FOI_COL_PROVISIONAL))) {
        size_t base = hdr->nfields - 1;
        while (base > 0 && is_computed_name(hdr->fields[base - 1]))
            base--;
        *keep = base;
    }
    for (size_t i = 0; i < *keep; i++)
        for (size_t c = 0; c < FOI_COL_COUNT; c++)
            if (same_name(hdr->fields[i], foi_batch_column_name((foi_batch_column)c)))
                return fail("batch: %s: the header's column %zu, '%s', is one batch computes: "
                            "rename or remove it",
                            name, i + 1, foi_batch_column_name((foi_batch_column)c));
    return 0;
}

static int same_name(foi_csv_field f, const char *s)
{
    size_t n = strlen(s);
    if (f.len != n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char a = f.data[i], b = s[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z')
            b = (char)(b - 'A' + 'a');
        if (a != b)
            return 0;
    }
    return 1;
}

/* The header as the library is to read it: each field --column names
 * becomes the column's own name. fields must have hdr->nfields entries. */
static int map_header(foi_csv_record *out, foi_csv_field *fields, const foi_csv_record *hdr,
                      const struct column_map *m, size_t n)
{
    *out = *hdr;
    memcpy(fields, hdr->fields, hdr->nfields * sizeof *fields);
    for (size_t j = 0; j < n; j++) {
        size_t i = 0;
        while (i < hdr->nfields && !same_name(hdr->fields[i], m[j].header))
            i++;
        if (i == hdr->nfields)
            return fail("batch: --column %.*s='%s': the header has no column '%s'",
                        (int)m[j].column_len, m[j].column, m[j].header, m[j].header);
        fields[i].data = m[j].column;
        fields[i].len = m[j].column_len;
    }
    out->fields = fields;
    return 0;
}

/* ---- buffered output ---- */

struct out {
    FILE *f;
    char *buf;
    size_t len, cap;
    int failed;
};

/* Writes out what is buffered. A buffer without a file (one sized in
 * advance) never needs to. */
static void out_flush(struct out *w)
{
    if (w->len && (!w->f || fwrite(w->buf, 1, w->len, w->f) != w->len))
        w->failed = 1;
    w->len = 0;
}

static void put(struct out *w, const char *p, size_t n)
{
    if (w->len + n > w->cap) {
        out_flush(w);
        if (n > w->cap) {
            if (!w->f || fwrite(p, 1, n, w->f) != n)
                w->failed = 1;
            return;
        }
    }
    memcpy(w->buf + w->len, p, n);
    w->len += n;
}

static void put_str(struct out *w, const char *s)
{
    put(w, s, strlen(s));
}

static void put_char(struct out *w, char c)
{
    if (w->len == w->cap)
        out_flush(w);
    w->buf[w->len++] = c;
}

static void put_int(struct out *w, long long v)
{
    char tmp[24];
    int i = sizeof tmp;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--i] = '-';
    put(w, tmp + i, sizeof tmp - (size_t)i);
}

static void put_date(struct out *w, foi_date d)
{
    char iso[FOI_DATE_ISO_SIZE];
    put(w, foi_date_format_iso(d, iso), FOI_DATE_ISO_SIZE - 1);
}

/* ---- CSV and JSON text ---- */

static void csv_field(struct out *w, const char *p, size_t n)
{
    int quote = 0;
    for (size_t i = 0; i < n && !quote; i++)
        quote = p[i] == ',' || p[i] == '"' || p[i] == '\n' || p[i] == '\r';
    /* Blanks at either end survive a round trip only when quoted. */
    if (n && (p[0] == ' ' || p[n - 1] == ' '))
        quote = 1;
    if (!quote) {
        put(w, p, n);
        return;
    }
    put_char(w, '"');
    const char *s = p, *e = p + n;
    for (const char *q; (q = memchr(s, '"', (size_t)(e - s))) != NULL; s = q + 1) {
        put(w, s, (size_t)(q + 1 - s));
        put_char(w, '"');
    }
    put(w, s, (size_t)(e - s));
    put_char(w, '"');
}

/* A JSON string (the library's escaping), straight into the buffer. */
static void json_text(struct out *w, const char *text, size_t n)
{
    size_t need = 6 * n + 3; /* the most it can take, with room for a NUL */
    if (w->len + need > w->cap)
        out_flush(w);
    if (need <= w->cap) {
        w->len += foi_json_escape(w->buf + w->len, w->cap - w->len, text, n);
        return;
    }
    char *tmp = malloc(need);
    if (!tmp) {
        w->failed = 1;
        return;
    }
    size_t len = foi_json_escape(tmp, need, text, n);
    put(w, tmp, len);
    free(tmp);
}

/* ---- dates ---- */

/* The dates of one row that the output is to say were converted from a
 * time, or taken as UK local time. */
enum { MAX_ROW_NOTES = FOI_EVENT_MAX + 2 }; /* every event, start and pit_extension */
struct row_dates {
    foi_date today;
    size_t n;
    struct date_note notes[MAX_ROW_NOTES];
    char inputs[MAX_ROW_NOTES][100];
};

/* Reads a date field as the other commands read a date argument. */
static int read_row_date(void *ctx, foi_date *out, const char *column, const char *text, size_t len)
{
    struct row_dates *rd = ctx;
    struct date_how how;
    if (cli_date_read(out, text, len, &rd->today, &how))
        return FOI_EINVAL;
    if (how.kind != DATE_PLAIN && rd->n < MAX_ROW_NOTES) {
        struct date_note *n = &rd->notes[rd->n];
        snprintf(rd->inputs[rd->n], sizeof rd->inputs[rd->n], "%.*s", (int)len, text);
        *n = (struct date_note){column, rd->inputs[rd->n], *out, how};
        rd->n++;
    }
    return FOI_OK;
}

/* "received 23:30 UTC = 00:30 BST on Saturday 11 July 2026" */
static void note_text(char *buf, size_t size, const struct date_note *n)
{
    snprintf(buf, size, "%s %s", n->field, n->how.text);
}

/* ---- the writers ---- */

struct batch_ctx {
    const foi_batch *batch;
    const foi_batch_column *cols;
    size_t ncols, width;
    const char *eol;
    size_t eol_len;
    char *json_keys; /* "name": for each header field, back to back */
    size_t *json_key_end;
    /* --format ics */
    foi_ics_writer *ics;
    const char *remind, *authority;
    foi_date today;
    /* The input is an earlier output of batch: its computed columns (the
     * last fields of the header) are dropped and computed afresh, and rows
     * are written from their fields. */
    int rewrite;
    int today_given;
    unsigned long long ics_refused; /* rows the calendar would not take */
    struct row_dates dates;         /* the current row's converted dates */
};

/* A computed column as it appears in CSV. */
static void csv_value(struct out *w, foi_batch_column col, const foi_batch_result *r)
{
    const foi_case_result *c = &r->result;
    int is_case = (r->kind & FOI_ROW_CASE) != 0;
    switch (col) {
    case FOI_COL_DUE:
        if (r->kind & FOI_ROW_DEADLINE)
            put_date(w, r->due);
        break;
    case FOI_COL_RESPONSE_DUE:
        if (is_case && (c->has & FOI_CASE_HAS_RESPONSE_DUE))
            put_date(w, c->response_due);
        break;
    case FOI_COL_IN_TIME:
        if (is_case && (c->has & FOI_CASE_HAS_IN_TIME))
            put_str(w, c->in_time ? "true" : "false");
        break;
    case FOI_COL_WORKING_DAYS_TAKEN:
        if (is_case && (c->has & FOI_CASE_HAS_TAKEN))
            put_int(w, c->working_days_taken);
        break;
    case FOI_COL_WORKING_DAYS_LATE:
        if (is_case && (c->has & FOI_CASE_HAS_IN_TIME))
            put_int(w, c->working_days_late);
        break;
    case FOI_COL_REVIEW_REQUEST_BY:
        if (is_case && (c->has & FOI_CASE_HAS_REVIEW_REQUEST_BY))
            put_date(w, c->review_request_by);
        break;
    case FOI_COL_REVIEW_RESPONSE_DUE:
        if (is_case && (c->has & FOI_CASE_HAS_REVIEW_RESPONSE_DUE))
            put_date(w, c->review_response_due);
        break;
    case FOI_COL_STATUS:
        if (is_case)
            put_str(w, foi_case_status_name(c->status));
        break;
    case FOI_COL_WORKING_DAYS_LEFT:
        if (is_case && (c->has & FOI_CASE_HAS_LEFT))
            put_int(w, c->working_days_left);
        break;
    case FOI_COL_WORKING_DAYS_OVERDUE:
        if (is_case && (c->has & FOI_CASE_HAS_OVERDUE))
            put_int(w, c->working_days_overdue);
        break;
    case FOI_COL_COMPLAINT_BY:
        if (is_case && (c->has & FOI_CASE_HAS_COMPLAINT))
            put_date(w, c->complaint_by);
        break;
    case FOI_COL_COMPLAINT_STATUS:
        if (is_case && (c->has & FOI_CASE_HAS_COMPLAINT))
            put_str(w, foi_state_name(c->complaint_state));
        break;
    case FOI_COL_APPEAL_BY:
        if (is_case && (c->has & FOI_CASE_HAS_APPEAL))
            put_date(w, c->appeal_by);
        break;
    case FOI_COL_APPEAL_STATUS:
        if (is_case && (c->has & FOI_CASE_HAS_APPEAL))
            put_str(w, foi_state_name(c->appeal_state));
        break;
    case FOI_COL_PROVISIONAL:
        if (r->kind & (FOI_ROW_DEADLINE | FOI_ROW_CASE))
            put_str(w, r->provisional ? "true" : "false");
        break;
    case FOI_COL_ERROR:
        if (r->error)
            csv_field(w, r->error, strlen(r->error));
        break;
    case FOI_COL_COUNT:
        break;
    }
}

/* Whether a column has a value in this row (else JSON null). */
static int has_value(foi_batch_column col, const foi_batch_result *r)
{
    const unsigned has = (r->kind & FOI_ROW_CASE) ? r->result.has : 0;
    switch (col) {
    case FOI_COL_DUE:
        return (r->kind & FOI_ROW_DEADLINE) != 0;
    case FOI_COL_RESPONSE_DUE:
        return (has & FOI_CASE_HAS_RESPONSE_DUE) != 0;
    case FOI_COL_IN_TIME:
    case FOI_COL_WORKING_DAYS_LATE:
        return (has & FOI_CASE_HAS_IN_TIME) != 0;
    case FOI_COL_WORKING_DAYS_TAKEN:
        return (has & FOI_CASE_HAS_TAKEN) != 0;
    case FOI_COL_REVIEW_REQUEST_BY:
        return (has & FOI_CASE_HAS_REVIEW_REQUEST_BY) != 0;
    case FOI_COL_REVIEW_RESPONSE_DUE:
        return (has & FOI_CASE_HAS_REVIEW_RESPONSE_DUE) != 0;
    case FOI_COL_STATUS:
        return (r->kind & FOI_ROW_CASE) != 0;
    case FOI_COL_WORKING_DAYS_LEFT:
        return (has & FOI_CASE_HAS_LEFT) != 0;
    case FOI_COL_WORKING_DAYS_OVERDUE:
        return (has & FOI_CASE_HAS_OVERDUE) != 0;
    case FOI_COL_COMPLAINT_BY:
    case FOI_COL_COMPLAINT_STATUS:
        return (has & FOI_CASE_HAS_COMPLAINT) != 0;
    case FOI_COL_APPEAL_BY:
    case FOI_COL_APPEAL_STATUS:
        return (has & FOI_CASE_HAS_APPEAL) != 0;
    case FOI_COL_PROVISIONAL:
        return (r->kind & (FOI_ROW_DEADLINE | FOI_ROW_CASE)) != 0;
    case FOI_COL_ERROR:
        return r->error != NULL;
    case FOI_COL_COUNT:
        break;
    }
    return 0;
}

static int csv_header(struct out *w, struct batch_ctx *x, const foi_csv_record *hdr, unsigned flags)
{
    if (flags & FOI_CSV_BOM)
        put(w, "\xEF\xBB\xBF", 3);
    if (x->rewrite)
        for (size_t i = 0; i < hdr->nfields; i++) {
            if (i)
                put_char(w, ',');
            csv_field(w, hdr->fields[i].data, hdr->fields[i].len);
        }
    else
        put(w, hdr->raw, hdr->raw_len);
    for (size_t i = 0; i < x->ncols; i++) {
        put_char(w, ',');
        put_str(w, foi_batch_column_name(x->cols[i]));
    }
    put(w, x->eol, x->eol_len);
    return 0;
}

/* The row's converted dates, on standard error (CSV and iCalendar rows
 * have no room for them). */
static void notes_to_stderr(const struct batch_ctx *x, const foi_batch_result *r)
{
    for (size_t i = 0; i < x->dates.n; i++) {
        char note[256];
        note_text(note, sizeof note, &x->dates.notes[i]);
        fprintf(stderr, "foiclock: batch: line %llu: note: %s\n", (unsigned long long)r->line,
                note);
    }
}

static int csv_row(struct out *w, struct batch_ctx *x, const foi_csv_record *rec,
                   const foi_batch_result *r)
{
    if (!rec->error && rec->nfields <= x->width && !x->rewrite) {
        /* The row as it was written, padded to the header's width. */
        put(w, rec->raw, rec->raw_len);
        for (size_t i = rec->nfields; i < x->width; i++)
            put_char(w, ',');
    } else {
        /* Malformed or too wide: rewrite the fields, quoted afresh. */
        for (size_t i = 0; i < x->width; i++) {
            if (i)
                put_char(w, ',');
            if (i < rec->nfields)
                csv_field(w, rec->fields[i].data, rec->fields[i].len);
        }
    }
    for (size_t i = 0; i < x->ncols; i++) {
        put_char(w, ',');
        csv_value(w, x->cols[i], r);
    }
    put(w, x->eol, x->eol_len);
    /* A CSV row has no room for them: dates after today go to standard
     * error, as the timeline command writes them. */
    const char *warn[4];
    size_t nwarn = r->kase ? foi_case_warnings(warn, 4, r->kase, x->today) : 0;
    for (size_t i = 0; i < nwarn && i < 4; i++)
        fprintf(stderr, "foiclock: batch: line %llu: warning: %s\n", (unsigned long long)r->line,
                warn[i]);
    notes_to_stderr(x, r);
    return 0;
}

static int json_header(struct out *w, struct batch_ctx *x, const foi_csv_record *hdr,
                       unsigned flags)
{
    (void)flags;
    /* Each key once, escaped, ahead of the rows. */
    struct out keys = {NULL, NULL, 0, 0, 0};
    keys.cap = 64;
    for (size_t i = 0; i < hdr->nfields; i++)
        keys.cap += 6 * hdr->fields[i].len + 4;
    keys.buf = malloc(keys.cap);
    x->json_key_end = malloc((hdr->nfields + 1) * sizeof *x->json_key_end);
    if (!keys.buf || !x->json_key_end) {
        free(keys.buf);
        return fail("batch: out of memory");
    }
    for (size_t i = 0; i < hdr->nfields; i++) {
        put_char(&keys, ',');
        json_text(&keys, hdr->fields[i].data, hdr->fields[i].len);
        put_char(&keys, ':');
        x->json_key_end[i] = keys.len;
    }
    x->json_keys = keys.buf;
    (void)w;
    return keys.failed ? fail("batch: the header is too long") : 0;
}

static int json_row(struct out *w, struct batch_ctx *x, const foi_csv_record *rec,
                    const foi_batch_result *r)
{
    put_str(w, "{\"schema_version\":" JSON_SCHEMA_VERSION_TEXT ",\"line\":");
    put_int(w, (long long)r->line);
    for (size_t i = 0, start = 0; i < x->width; start = x->json_key_end[i++]) {
        put(w, x->json_keys + start, x->json_key_end[i] - start);
        if (i < rec->nfields)
            json_text(w, rec->fields[i].data, rec->fields[i].len);
        else
            put(w, "\"\"", 2);
    }
    for (size_t i = 0; i < x->ncols; i++) {
        foi_batch_column col = x->cols[i];
        put_str(w, ",\"");
        put_str(w, foi_batch_column_name(col));
        put(w, "\":", 2);
        if (!has_value(col, r))
            put(w, "null", 4);
        else if (col == FOI_COL_ERROR)
            json_text(w, r->error, strlen(r->error));
        else if (col == FOI_COL_IN_TIME || col == FOI_COL_PROVISIONAL ||
                 col == FOI_COL_WORKING_DAYS_TAKEN || col == FOI_COL_WORKING_DAYS_LATE ||
                 col == FOI_COL_WORKING_DAYS_LEFT || col == FOI_COL_WORKING_DAYS_OVERDUE)
            csv_value(w, col, r); /* true/false and numbers are the same in both */
        else {
            put_char(w, '"');
            csv_value(w, col, r);
            put_char(w, '"');
        }
    }
    /* Dates after today are computed as given but flagged; a date-time
     * converted to a UK date is said so. */
    if (r->kase || x->dates.n) {
        const char *warn[4];
        size_t nwarn = r->kase ? foi_case_warnings(warn, 4, r->kase, x->today) : 0;
        put_str(w, ",\"warnings\":[");
        for (size_t i = 0; i < nwarn && i < 4; i++) {
            if (i)
                put_char(w, ',');
            json_text(w, warn[i], strlen(warn[i]));
        }
        for (size_t i = 0; i < x->dates.n; i++) {
            char note[256];
            note_text(note, sizeof note, &x->dates.notes[i]);
            if (i || nwarn)
                put_char(w, ',');
            json_text(w, note, strlen(note));
        }
        put_char(w, ']');
    }
    put(w, "}\n", 2);
    return 0;
}

/*
 * The output formats. Each writer gets the header once, then every row with
 * what the library computed for it: for a deadline row the rule, start and
 * due date (and, when the writer asks for FOI_BATCH_DETAIL, the full
 * foi_deadline with its skipped holidays); for a case row the foi_case, its
 * foi_timeline and the summary figures. An iCalendar writer plugs in here,
 * as the "ics" entry: header opens the calendar, row adds the events of one
 * row, finish closes it.
 */
struct writer {
    const char *format;
    unsigned batch_flags;
    int (*header)(struct out *, struct batch_ctx *, const foi_csv_record *, unsigned csv_flags);
    int (*row)(struct out *, struct batch_ctx *, const foi_csv_record *, const foi_batch_result *);
    int (*finish)(struct out *, struct batch_ctx *);
};

/* iCalendar: one calendar for the whole caseload, written as it goes. The
 * export owns its -o file: events of cases no longer in the caseload are
 * kept there as cancelled. Rows in error have no events; their messages,
 * and those of rows the calendar refuses (a repeated ref, a ref that is
 * not UTF-8), go to standard error. */
static int ics_header(struct out *w, struct batch_ctx *x, const foi_csv_record *hdr, unsigned flags)
{
    (void)hdr;
    (void)flags;
    foi_ics_options io;
    FILE *previous = NULL;
    char *head = NULL;
    struct ics_flags fl = {x->remind, x->authority, x->today_given ? &x->today : NULL, 1};
    if (ics_options(&io, &previous, &fl)) {
        ics_close(previous);
        return EXIT_USAGE;
    }
    int rc = foi_ics_writer_new(&x->ics, &head, "FOI deadlines", &io);
    ics_close(previous);
    if (rc)
        return fail("batch: %s", foi_error_last());
    put(w, head, strlen(head));
    foi_ics_free(head);
    return 0;
}

static int ics_row(struct out *w, struct batch_ctx *x, const foi_csv_record *rec,
                   const foi_batch_result *r)
{
    (void)rec;
    char *events = NULL;
    int rc = FOI_OK;
    notes_to_stderr(x, r);
    if (r->kind & FOI_ROW_ERROR) {
        fprintf(stderr, "foiclock: batch: %s\n", r->error);
        return 0;
    }
    if ((r->kind & FOI_ROW_CASE) && r->kase && r->timeline)
        rc = foi_ics_writer_case(x->ics, &events, r->kase, r->timeline, r->authority, r->line);
    else if ((r->kind & FOI_ROW_DEADLINE) && r->deadline)
        rc = foi_ics_writer_deadline(x->ics, &events, r->deadline, r->ref, r->authority, r->line);
    if (rc == FOI_EINVAL) {
        fprintf(stderr, "foiclock: batch: ");
        text_clean(stderr, foi_error_last());
        fputc('\n', stderr);
        x->ics_refused++;
        return 0;
    }
    if (rc)
        return fail("batch: %s", foi_error_last());
    put(w, events, strlen(events));
    foi_ics_free(events);
    return 0;
}

static int ics_finish(struct out *w, struct batch_ctx *x)
{
    char *tail = NULL;
    if (foi_ics_writer_finish(x->ics, &tail))
        return fail("batch: %s", foi_error_last());
    put(w, tail, strlen(tail));
    foi_ics_free(tail);
    foi_ics_counts n;
    foi_ics_writer_counts(x->ics, &n);
    ics_warn_unnamed(n.unnamed, "add a ref column");
    return 0;
}

static const struct writer writers[] = {
    {"csv", 0, csv_header, csv_row, NULL},
    {"json", 0, json_header, json_row, NULL},
    {"ics", FOI_BATCH_DETAIL, ics_header, ics_row, ics_finish},
};

/* ---- the summary ---- */

static void summary_text(const foi_totals *t, unsigned long long blank_lines, foi_date today)
{
    typedef unsigned long long ull;
    char day[FOI_DATE_LONG_SIZE];
    foi_date_format_long(today, day);
    const char *lines = blank_lines == 1 ? "line" : "lines";
    fprintf(stderr, "summary: %llu %s read", (ull)t->rows, t->rows == 1 ? "row" : "rows");
    if (t->blank && blank_lines)
        fprintf(stderr, " (and %llu with every field empty; %llu blank %s skipped)", (ull)t->blank,
                blank_lines, lines);
    else if (t->blank)
        fprintf(stderr, " (and %llu with every field empty)", (ull)t->blank);
    else if (blank_lines)
        fprintf(stderr, " (%llu blank %s skipped)", blank_lines, lines);
    fprintf(stderr,
            ", %llu with errors (counted below only for what did compute)\n"
            "  deadlines computed (rows with a rule and a start):  %llu\n"
            "  cases evaluated (rows with a received date):        %llu\n"
            "  cases answered (with a responded date):             %llu",
            (ull)t->errors, (ull)t->deadlines, (ull)t->cases, (ull)t->responded);
    if (t->in_time + t->late)
        fprintf(stderr, ", in time %llu of the %llu judged against a deadline (%.1f%%)",
                (ull)t->in_time, (ull)(t->in_time + t->late), t->percent_in_time);
    fputc('\n', stderr);
    if (t->taken)
        fprintf(stderr,
                "  working days to answer (answered cases):            median %g, 90th "
                "percentile %d\n",
                t->median_working_days, t->p90_working_days);
    fprintf(stderr,
            "  cases awaiting an answer on %s: %llu (%llu not yet due, %llu overdue)\n"
            "  reviews awaiting an answer on %s: %llu (%llu not yet due, %llu overdue)\n"
            "  cases with the clock stopped (clarification or fee awaited): %llu\n",
            day, (ull)(t->pending + t->overdue), (ull)t->pending, (ull)t->overdue, day,
            (ull)(t->review_pending + t->review_overdue), (ull)t->review_pending,
            (ull)t->review_overdue, (ull)t->paused);
}

static void summary_json(const foi_totals *t, unsigned long long blank_lines)
{
    fprintf(stderr,
            "{\"schema_version\":%d,\"summary\":{\"rows\":%llu,\"blank\":%llu,"
            "\"blank_lines\":%llu,\"errors\":%llu,"
            "\"deadlines\":%llu,"
            "\"cases\":%llu,\"responded\":%llu,\"in_time\":%llu,\"late\":%llu,"
            "\"percent_in_time\":",
            FOI_JSON_SCHEMA_VERSION, (unsigned long long)t->rows, (unsigned long long)t->blank,
            blank_lines, (unsigned long long)t->errors, (unsigned long long)t->deadlines,
            (unsigned long long)t->cases, (unsigned long long)t->responded,
            (unsigned long long)t->in_time, (unsigned long long)t->late);
    if (t->in_time + t->late)
        fprintf(stderr, "%.1f", t->percent_in_time);
    else
        fputs("null", stderr);
    fprintf(stderr, ",\"working_days_taken\":{\"count\":%llu", (unsigned long long)t->taken);
    if (t->taken)
        fprintf(stderr, ",\"median\":%g,\"p90\":%d}", t->median_working_days, t->p90_working_days);
    else
        fputs(",\"median\":null,\"p90\":null}", stderr);
    fprintf(stderr,
            ",\"pending\":%llu,\"overdue\":%llu,\"review_pending\":%llu,\"review_overdue\":%llu,"
            "\"paused\":%llu}}\n",
            (unsigned long long)t->pending, (unsigned long long)t->overdue,
            (unsigned long long)t->review_pending, (unsigned long long)t->review_overdue,
            (unsigned long long)t->paused);
}

/* ---- the command ---- */

/* The input, with its lines counted as it is read (so that blank lines
 * at its end are counted too). */
struct input {
    FILE *f;
    uint64_t lines; /* line breaks, and a last line without one */
    int open_line;  /* the last byte read was not a line break */
    int err;        /* errno of a failed read */
};

static ptrdiff_t read_file(void *ctx, char *buf, size_t size)
{
    struct input *in = ctx;
    errno = 0;
    size_t n = fread(buf, 1, size, in->f);
    if (n == 0 && ferror(in->f)) {
        in->err = errno;
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        in->lines += buf[i] == '\n';
    if (n)
        in->open_line = buf[n - 1] != '\n';
    return (ptrdiff_t)n;
}

int cmd_batch(int argc, char **argv)
{
    struct opts o;
    const char *format = NULL, *rule_s = NULL, *receipt_s = NULL, *today_s = NULL;
    const char *remind = NULL, *authority = NULL;
    int summary = 0;
    struct column_map maps[MAX_COLUMN_MAPS];
    size_t nmaps = 0;
    if (take_columns(&argc, argv, maps, &nmaps))
        return EXIT_USAGE;
    const struct optspec extra[] = {
        {"--format", &format, NULL},          {"--rule", &rule_s, NULL},
        {"--receipt-rule", &receipt_s, NULL}, {"--today", &today_s, NULL},
        {"--summary", NULL, &summary},        {"--remind", &remind, NULL},
        {"--authority", &authority, NULL},    {NULL, NULL, NULL}};
    int rc = parse_opts(&o, argc, argv, batch_usage, 0, 1, 0, extra);
    if (rc)
        return rc < 0 ? 0 : rc;
    const struct writer *wr = NULL;
    for (size_t i = 0; i < sizeof writers / sizeof *writers; i++)
        if (strcmp(format ? lower_value(format) : "csv", writers[i].format) == 0)
            wr = &writers[i];
    if (!wr) {
        static const char *const names[] = {"csv", "json", "ics"};
        return fail("batch: unknown format '%s': expected csv, json or ics%s", format,
                    did_you_mean(format, names, 3));
    }

    foi_batch_options bo;
    foi_batch_options_init(&bo);
    bo.flags = wr->batch_flags;
    memcpy(bo.calendars, cli_calendars, sizeof bo.calendars);
    /* Rows have no room for it: which holiday data made them goes to
     * standard error, once. */
    holiday_data_note();
    if (rule_s && foi_rule_find(&bo.rule, lower_value(rule_s))) {
        const char *ids[256];
        size_t n = foi_rules_count() < 256 ? foi_rules_count() : 256;
        for (size_t i = 0; i < n; i++)
            ids[i] = foi_rule_at(i)->id;
        const char *hint = did_you_mean(lower_value(rule_s), ids, n);
        if (*hint)
            return fail("batch: --rule: unknown rule '%s'%s", rule_s, hint);
        return fail("batch: --rule: %s; run 'foiclock rules' for the list", foi_error_last());
    }
    if (receipt_s && foi_receipt_rule_from_name(&bo.receipt_rule, receipt_s)) {
        static const char *const names[] = {"statutory", "next-working-day"};
        return fail("batch: --receipt-rule: %s%s", foi_error_last(),
                    did_you_mean(receipt_s, names, 2));
    }
    if (today_s ? cli_date_parse(&bo.today, today_s, strlen(today_s), 0) != 0
                : today(&bo.today) != 0)
        return today_s ? fail("batch: --today: %s", foi_error_last()) : EXIT_USAGE;

    const char *path = o.npos ? o.pos[0] : "-";
    int from_stdin = strcmp(path, "-") == 0;
    const char *name = from_stdin ? "standard input" : path;
    FILE *in = from_stdin ? stdin : fopen(path, "rb");
    if (!in)
        return fail("batch: cannot open '%s': %s", path, strerror(errno));

    foi_csv_reader *r = NULL;
    foi_batch *b = NULL;
    struct batch_ctx x;
    memset(&x, 0, sizeof x);
    x.remind = remind;
    x.authority = authority;
    x.today = bo.today;
    x.today_given = today_s != NULL || cli_today != NULL;
    x.dates.today = bo.today;
    bo.read_date = read_row_date;
    bo.read_date_ctx = &x.dates;
    struct out w = {stdout, NULL, 0, 1 << 18, 0};
    w.buf = malloc(w.cap);
    foi_csv_record rec;
    uint64_t nrows = 0;
    rc = 0;
    struct input counted = {in, 0, 0, 0};
    if (!w.buf || foi_csv_reader_new(&r, read_file, &counted, name, NULL)) {
        rc = fail("batch: out of memory");
        goto done;
    }
    int got = foi_csv_read(r, &rec);
    if (got < 0) {
        rc = counted.err ? fail("batch: cannot read '%s': %s", name, strerror(counted.err))
                         : fail("batch: %s", foi_error_last());
        goto done;
    }
    if (got == 0) {
        rc = fail("batch: %s is empty: its first line must name the columns", name);
        goto done;
    }
    foi_csv_field *mapped_fields = malloc((rec.nfields ? rec.nfields : 1) * sizeof *mapped_fields);
    foi_csv_record mapped;
    if (!mapped_fields) {
        rc = fail("batch: out of memory");
        goto done;
    }
    if (map_header(&mapped, mapped_fields, &rec, maps, nmaps)) {
        free(mapped_fields);
        rc = EXIT_USAGE;
        goto done;
    }
    int bad = foi_batch_new(&b, &mapped, &bo);
    size_t keep = rec.nfields, full_width = rec.nfields;
    if (!bad) {
        if (computed_clash(&keep, &rec, name, strcmp(wr->format, "json") == 0)) {
            free(mapped_fields);
            rc = EXIT_USAGE;
            goto done;
        }
        if (keep < rec.nfields) {
            foi_batch_free(b);
            b = NULL;
            mapped.nfields = keep;
            rec.nfields = keep;
            x.rewrite = 1;
            bad = foi_batch_new(&b, &mapped, &bo);
        }
    }
    free(mapped_fields);
    if (bad) {
        rc = fail("batch: %s: %s", name, foi_error_last());
        goto done;
    }
    x.batch = b;
    x.cols = foi_batch_columns(b, &x.ncols);
    x.width = foi_batch_width(b);
    int crlf = (foi_csv_reader_flags(r) & FOI_CSV_CRLF) != 0;
    x.eol = crlf ? "\r\n" : "\n";
    x.eol_len = crlf ? 2 : 1;
    if ((rc = wr->header(&w, &x, &rec, foi_csv_reader_flags(r))))
        goto done;
    /* Blank lines are skipped, as DATE '-' skips them, and counted: the
     * reader drops empty ones (seen as gaps in the line numbers); a line
     * of nothing but blanks is dropped here. A row of empty fields (",,")
     * is a row of the caseload and stays. */
    uint64_t next_line = rec.line + 1, blank_lines = 0;
    for (size_t i = 0; i < rec.raw_len; i++)
        next_line += rec.raw[i] == '\n';
    while ((got = foi_csv_read(r, &rec)) > 0) {
        foi_batch_result res;
        if (rec.line > next_line)
            blank_lines += rec.line - next_line;
        next_line = rec.line + 1;
        int blank = !rec.error && rec.raw;
        for (size_t i = 0; i < rec.raw_len; i++) {
            next_line += rec.raw[i] == '\n';
            blank &= rec.raw[i] == ' ' || rec.raw[i] == '\t';
        }
        if (blank) {
            blank_lines++;
            continue;
        }
        /* Drop the earlier run's computed values; a row wider than the
         * earlier output stays too wide, an error. */
        if (x.rewrite && rec.nfields > keep && rec.nfields <= full_width)
            rec.nfields = keep;
        x.dates.n = 0;
        foi_batch_row(&res, b, &rec);
        if ((rc = wr->row(&w, &x, &rec, &res)))
            goto done;
        nrows++;
    }
    if (got == 0 && counted.lines + (uint64_t)counted.open_line >= next_line)
        blank_lines += counted.lines + (uint64_t)counted.open_line - next_line + 1;
    if (wr->finish && (rc = wr->finish(&w, &x)))
        goto done;
    out_flush(&w);
    if (got < 0) {
        rc = counted.err
                 ? fail("batch: cannot read '%s' (after %llu rows): %s", name,
                        (unsigned long long)nrows, strerror(counted.err))
                 : fail("batch: %s (after %llu rows)", foi_error_last(), (unsigned long long)nrows);
        goto done;
    }
    if (w.failed || fflush(stdout)) {
        rc = fail("batch: cannot write to standard output");
        goto done;
    }
    foi_totals t;
    foi_stats_get(&t, foi_batch_stats(b));
    if (summary) {
        if (strcmp(wr->format, "json") == 0)
            summary_json(&t, blank_lines);
        else
            summary_text(&t, blank_lines, bo.today);
    }
    if (t.errors)
        rc = fail("batch: %llu of %llu rows had errors", (unsigned long long)t.errors,
                  (unsigned long long)t.rows);
    if (x.ics_refused)
        rc = fail("batch: %llu of %llu rows were left out of the calendar", x.ics_refused,
                  (unsigned long long)t.rows);
done:
    out_flush(&w);
    free(w.buf);
    free(x.json_keys);
    free(x.json_key_end);
    foi_ics_writer_free(x.ics);
    foi_batch_free(b);
    foi_csv_reader_free(r);
    if (!from_stdin)
        fclose(in);
    return rc;
}
