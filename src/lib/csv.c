/* A streaming RFC 4180 CSV reader over a pull callback or a memory block. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <foiclock/batch.h>

#include "internal.h"

enum { DEFAULT_MAX_RECORD = 1 << 20, DEFAULT_MAX_FIELDS = 4096, FIRST_BUFFER = 1 << 16 };

struct foi_csv_reader {
    foi_read_fn read;
    void *ctx;
    const char *mem; /* memory mode: the input, read without copying */
    size_t mem_len;
    char *buf; /* callback mode: bytes [start, end) are unread */
    size_t cap, start, end;
    int eof;
    size_t max_record, max_fields;
    foi_csv_field *fields;
    size_t fcap;
    char *scratch; /* fields whose doubled quotes had to be undone */
    size_t scap;
    uint64_t line; /* the line of the next unread byte */
    unsigned flags;
    int started;
    char *name;
    char error[200];
};

/* What parse_record found. */
enum { PARSED, NEED_MORE };

static const char *src(const foi_csv_reader *r)
{
    return r->mem ? r->mem : r->buf;
}

int foi_csv_reader_new(foi_csv_reader **out, foi_read_fn read, void *ctx, const char *name,
                       const foi_csv_options *opts)
{
    if (!out || !read)
        return foi_fail(FOI_EINVAL, "foi_csv_reader_new: no place for the reader or no read "
                                    "function");
    foi_csv_reader *r = calloc(1, sizeof *r);
    if (!r)
        return foi_fail(FOI_ENOMEM, "out of memory creating a CSV reader");
    const char *n = name ? name : "(input)";
    size_t nlen = strlen(n);
    r->name = malloc(nlen + 1);
    r->cap = FIRST_BUFFER;
    r->buf = malloc(r->cap);
    r->fcap = 64;
    r->fields = malloc(r->fcap * sizeof *r->fields);
    if (!r->name || !r->buf || !r->fields) {
        foi_csv_reader_free(r);
        return foi_fail(FOI_ENOMEM, "out of memory creating a CSV reader");
    }
    memcpy(r->name, n, nlen + 1);
    r->read = read;
    r->ctx = ctx;
    r->max_record = opts && opts->max_record ? opts->max_record : DEFAULT_MAX_RECORD;
    r->max_fields = opts && opts->max_fields ? opts->max_fields : DEFAULT_MAX_FIELDS;
    r->line = 1;
    *out = r;
    return FOI_OK;
}

/* Memory mode never calls read: the whole input is already there. */
static ptrdiff_t read_nothing(void *ctx, char *buf, size_t size)
{
    (void)ctx;
    (void)buf;
    (void)size;
    return 0;
}

int foi_csv_reader_new_memory(foi_csv_reader **out, const char *data, size_t len, const char *name,
                              const foi_csv_options *opts)
{
    if (!data && len)
        return foi_fail(FOI_EINVAL, "foi_csv_reader_new_memory: no data");
    int rc = foi_csv_reader_new(out, read_nothing, NULL, name, opts);
    if (rc)
        return rc;
    foi_csv_reader *r = *out;
    free(r->buf);
    r->buf = NULL;
    r->cap = 0;
    r->mem = data ? data : "";
    r->mem_len = len;
    r->end = len;
    r->eof = 1;
    /* The record limit guards memory, which a memory block has already paid. */
    if (len > r->max_record)
        r->max_record = len;
    return FOI_OK;
}

void foi_csv_reader_free(foi_csv_reader *r)
{
    if (!r)
        return;
    free(r->buf);
    free(r->fields);
    free(r->scratch);
    free(r->name);
    free(r);
}

unsigned foi_csv_reader_flags(const foi_csv_reader *r)
{
    return r ? r->flags : 0;
}

/* Reads more input after the unread bytes, moving them to the front and
 * growing the buffer when it is full. */
static int fill(foi_csv_reader *r)
{
    if (r->eof)
        return FOI_OK;
    if (r->start > 0) {
        memmove(r->buf, r->buf + r->start, r->end - r->start);
        r->end -= r->start;
        r->start = 0;
    }
    if (r->end == r->cap) {
        size_t ncap = r->cap * 2;
        char *nb = realloc(r->buf, ncap);
        if (!nb)
            return foi_fail(FOI_ENOMEM, "out of memory reading %s", r->name);
        r->buf = nb;
        r->cap = ncap;
    }
    ptrdiff_t n = r->read(r->ctx, r->buf + r->end, r->cap - r->end);
    if (n < 0 || (size_t)n > r->cap - r->end)
        return foi_fail(FOI_EIO, "cannot read %s", r->name);
    if (n == 0)
        r->eof = 1;
    r->end += (size_t)n;
    return FOI_OK;
}

static int add_field(foi_csv_reader *r, size_t *nf, const char *data, size_t len)
{
    if (*nf >= r->max_fields) {
        (*nf)++;
        return FOI_OK;
    }
    if (*nf == r->fcap) {
        size_t ncap = r->fcap * 2;
        foi_csv_field *nfld = realloc(r->fields, ncap * sizeof *nfld);
        if (!nfld)
            return foi_fail(FOI_ENOMEM, "out of memory reading %s", r->name);
        r->fields = nfld;
        r->fcap = ncap;
    }
    r->fields[*nf].data = data;
    r->fields[*nf].len = len;
    (*nf)++;
    return FOI_OK;
}

/* Appends n bytes to the scratch text of the record being parsed. */
static int scratch_add(foi_csv_reader *r, size_t *slen, const char *p, size_t n)
{
    if (*slen + n > r->scap) {
        size_t ncap = r->scap ? r->scap : 256;
        while (ncap < *slen + n)
            ncap *= 2;
        char *ns = realloc(r->scratch, ncap);
        if (!ns)
            return foi_fail(FOI_ENOMEM, "out of memory reading %s", r->name);
        r->scratch = ns;
        r->scap = ncap;
    }
    memcpy(r->scratch + *slen, p, n);
    *slen += n;
    return FOI_OK;
}

/* Bytes that end an unquoted field. */
static const unsigned char special[256] = {['\n'] = 1, ['\r'] = 1, [','] = 1};

/* The end of unquoted text from p: a comma, an LF, a CR before an LF, or
 * the end of the input. NULL when more input is needed to tell. */
static const char *unquoted_end(const char *p, const char *e, int eof)
{
    for (;;) {
        while (p < e && !special[(unsigned char)*p])
            p++;
        if (p == e)
            return eof ? p : NULL;
        if (*p != '\r')
            return p;
        if (p + 1 == e)
            return eof ? p + 1 : NULL; /* a CR at the very end is text */
        if (p[1] == '\n')
            return p;
        p++; /* a CR alone is text */
    }
}

/*
 * Parses the record at the unread bytes. NEED_MORE when they end before the
 * record does and more input may come; otherwise PARSED with *len the bytes
 * consumed (line ending included), *raw_len the record's own text and
 * *lines the line breaks consumed. Fields whose doubled quotes are undone
 * live in scratch, which may move as it grows: they are given NULL data
 * while parsing and pointed into scratch at the end.
 */
static int parse_record(foi_csv_reader *r, foi_csv_record *rec, size_t *len, size_t *raw_len,
                        uint64_t *lines, int *rc)
{
    const char *base = src(r) + r->start;
    const char *p = base, *e = src(r) + r->end;
    size_t nf = 0, slen = 0;
    uint64_t nl = 0;
    const char *problem = NULL;
    size_t problem_field = 0;
    *rc = FOI_OK;
    for (;;) {
        const char *fs = p;
        if (p < e && *p == '"') {
            /* A quoted field: find the closing quote, undoing doubled ones. */
            const char *q = p + 1, *seg = q;
            size_t sstart = slen;
            int escaped = 0;
            for (;;) {
                const char *quote = memchr(q, '"', (size_t)(e - q));
                const char *stop = quote ? quote : e;
                if (!quote && !r->eof)
                    return NEED_MORE;
                for (const char *c = q; c < stop; c++)
                    nl += *c == '\n';
                if (!quote) {
                    problem = "the quoted field is never closed before the end of the input";
                    problem_field = nf + 1;
                    q = e;
                    break;
                }
                if (quote + 1 == e && !r->eof)
                    return NEED_MORE;
                if (quote + 1 < e && quote[1] == '"') {
                    if ((*rc = scratch_add(r, &slen, seg, (size_t)(quote + 1 - seg))))
                        return PARSED;
                    escaped = 1;
                    q = seg = quote + 2;
                    continue;
                }
                q = quote;
                break;
            }
            const char *data = fs + 1;
            size_t dlen = (size_t)(q - data);
            if (escaped) {
                if ((*rc = scratch_add(r, &slen, seg, (size_t)(q - seg))))
                    return PARSED;
                data = NULL;
                dlen = slen - sstart;
            }
            p = q < e ? q + 1 : q;
            const char *after = unquoted_end(p, e, r->eof);
            if (!after)
                return NEED_MORE;
            if (after != p) {
                /* Text after the closing quote: keep the field as written. */
                if (!problem) {
                    problem = "text follows the closing quote";
                    problem_field = nf + 1;
                }
                slen = sstart;
                data = fs;
                dlen = (size_t)(after - fs);
                p = after;
            }
            if ((*rc = add_field(r, &nf, data, dlen)))
                return PARSED;
        } else {
            p = unquoted_end(p, e, r->eof);
            if (!p)
                return NEED_MORE;
            if ((*rc = add_field(r, &nf, fs, (size_t)(p - fs))))
                return PARSED;
        }
        if (p < e && *p == ',') {
            p++;
            continue;
        }
        break;
    }
    /* p is at an LF, a CR LF, or the end of the input. */
    *raw_len = (size_t)(p - base);
    if (p < e) {
        if (*p == '\r') {
            if (!r->started)
                r->flags |= FOI_CSV_CRLF;
            p++;
        }
        p++;
        nl++;
    }
    *len = (size_t)(p - base);
    *lines = nl;
    size_t kept = nf < r->max_fields ? nf : r->max_fields;
    const char *s = r->scratch;
    for (size_t i = 0; i < kept; i++) {
        if (!r->fields[i].data) {
            r->fields[i].data = s;
            s += r->fields[i].len;
        }
    }
    rec->error = NULL;
    if (nf > r->max_fields) {
        snprintf(r->error, sizeof r->error, "the record has %zu fields, more than the %zu kept", nf,
                 r->max_fields);
        rec->error = r->error;
    } else if (problem) {
        snprintf(r->error, sizeof r->error, "field %zu: %s", problem_field, problem);
        rec->error = r->error;
    }
    rec->fields = r->fields;
    rec->nfields = kept;
    rec->raw = base;
    return PARSED;
}

/* Skips an over-long record, following quotes so that a line break inside
 * one does not end it. Returns the line breaks passed. */
static int skip_record(foi_csv_reader *r, uint64_t *lines)
{
    int quoted = 0, field_start = 1;
    *lines = 0;
    for (;;) {
        const char *s = src(r);
        while (r->start < r->end) {
            char c = s[r->start++];
            if (quoted) {
                if (c == '"') {
                    if (r->start == r->end && !r->eof) {
                        r->start--; /* decide once the next byte is known */
                        break;
                    }
                    if (r->start < r->end && s[r->start] == '"')
                        r->start++;
                    else
                        quoted = 0;
                } else if (c == '\n') {
                    ++*lines;
                }
                continue;
            }
            if (c == '"' && field_start) {
                quoted = 1;
                continue;
            }
            field_start = c == ',';
            if (c == '\n') {
                ++*lines;
                return FOI_OK;
            }
        }
        if (r->eof)
            return FOI_OK;
        /* Keep nothing of the record: only a possible pending quote. */
        int rc = fill(r);
        if (rc)
            return rc;
    }
}

/* The record in place of one longer than max_record. */
static int too_long(foi_csv_reader *r, foi_csv_record *out, uint64_t line)
{
    snprintf(r->error, sizeof r->error,
             "the record is longer than %zu bytes, the most kept: its fields are left out",
             r->max_record);
    memset(out, 0, sizeof *out);
    out->fields = r->fields;
    out->raw = "";
    out->line = line;
    out->error = r->error;
    r->started = 1;
    return 1;
}

int foi_csv_read(foi_csv_reader *r, foi_csv_record *out)
{
    if (!r || !out)
        return foi_fail(FOI_EINVAL, "foi_csv_read: no reader or no record");
    int rc;
    if (!r->started) {
        while (r->end - r->start < 3 && !r->eof)
            if ((rc = fill(r)))
                return rc;
        if (r->end - r->start >= 3 && memcmp(src(r) + r->start, "\xEF\xBB\xBF", 3) == 0) {
            r->start += 3;
            r->flags |= FOI_CSV_BOM;
        }
    }
    for (;;) {
        if (r->start == r->end) {
            if (r->eof)
                return 0;
            if ((rc = fill(r)))
                return rc;
            continue;
        }
        size_t len, raw_len;
        uint64_t lines;
        int prc;
        int st = parse_record(r, out, &len, &raw_len, &lines, &prc);
        if (prc)
            return prc;
        if (st == NEED_MORE) {
            if (r->end - r->start >= r->max_record) {
                uint64_t line = r->line;
                if ((rc = skip_record(r, &lines)))
                    return rc;
                r->line += lines;
                return too_long(r, out, line);
            }
            /* Parsing restarts from the record's start: at least double
             * what is held first, so a long record costs linear time
             * however small the reads. */
            size_t want = 2 * (r->end - r->start) + 4096;
            do {
                if ((rc = fill(r)))
                    return rc;
            } while (!r->eof && r->end - r->start < want && r->end - r->start < r->max_record);
            continue;
        }
        out->line = r->line;
        out->raw_len = raw_len;
        r->start += len;
        r->line += lines;
        if (raw_len > r->max_record) /* it arrived whole, but is still too long */
            return too_long(r, out, out->line);
        r->started = 1;
        /* An empty line is no record. */
        if (raw_len == 0 && len > 0)
            continue;
        return 1;
    }
}
