/* The per-thread last-error message and status descriptions. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* A fixed buffer per thread: reporting an error never allocates, so it works
 * even when the failure being reported is an allocation. */
static _Thread_local char last_error[512];
/* With a field: the message with FOI_FIELD_MARK and FOI_OTHER_MARK where the
 * inputs are named, for foi_error_describe. */
static _Thread_local char last_template[512];
static _Thread_local foi_field last_field, last_other;

const char *foi_error_last(void)
{
    return last_error;
}

foi_field foi_error_field(void)
{
    return last_field;
}

foi_field foi_error_other_field(void)
{
    return last_other;
}

const char *foi_field_name(foi_field field)
{
    static const char *const names[FOI_FIELD_COUNT] = {"",
                                                       "received",
                                                       "clarification_requested",
                                                       "clarification_received",
                                                       "fee_notice",
                                                       "fee_paid",
                                                       "responded",
                                                       "review_requested",
                                                       "review_responded",
                                                       "decision_notice",
                                                       "regime",
                                                       "division",
                                                       "school",
                                                       "pit_extension",
                                                       "receipt_rule",
                                                       "today",
                                                       "rule",
                                                       "public_records",
                                                       "complained",
                                                       "direction"};
    return (unsigned)field < FOI_FIELD_COUNT ? names[field] : "";
}

/* The template with each mark replaced by the name of its field. */
static size_t render(char *buf, size_t size, const char *(*name)(foi_field, void *), void *ctx)
{
    size_t o = 0;
    for (const char *p = last_template; *p; p++) {
        const char *piece = p;
        size_t n = 1;
        if (*p == FOI_FIELD_MARK[0] || *p == FOI_OTHER_MARK[0]) {
            foi_field f = *p == FOI_FIELD_MARK[0] ? last_field : last_other;
            piece = name ? name(f, ctx) : NULL;
            if (!piece || !*piece)
                piece = foi_field_name(f);
            n = strlen(piece);
        }
        for (size_t i = 0; i < n; i++, o++)
            if (o + 1 < size)
                buf[o] = piece[i];
    }
    if (size)
        buf[o < size ? o : size - 1] = '\0';
    return o;
}

size_t foi_error_describe(char *buf, size_t size, const char *(*name)(foi_field, void *), void *ctx)
{
    if (last_field == FOI_FIELD_NONE) {
        if (size)
            snprintf(buf, size, "%s", last_error);
        return strlen(last_error);
    }
    return render(buf, size, name, ctx);
}

static int record(int code, foi_field field, foi_field other, const char *fmt, va_list ap)
    FOI_PRINTF(4, 0);

static int record(int code, foi_field field, foi_field other, const char *fmt, va_list ap)
{
    last_field = (unsigned)field < FOI_FIELD_COUNT ? field : FOI_FIELD_NONE;
    last_other = (unsigned)other < FOI_FIELD_COUNT ? other : FOI_FIELD_NONE;
    if (last_field == FOI_FIELD_NONE) {
        last_other = FOI_FIELD_NONE;
        vsnprintf(last_error, sizeof last_error, fmt, ap);
        return code;
    }
    vsnprintf(last_template, sizeof last_template, fmt, ap);
    render(last_error, sizeof last_error, NULL, NULL);
    return code;
}

int foi_fail(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(code, FOI_FIELD_NONE, FOI_FIELD_NONE, fmt, ap);
    va_end(ap);
    return code;
}

int foi_fail_field(int code, foi_field field, foi_field other, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(code, field, other, fmt, ap);
    va_end(ap);
    return code;
}

int foi_error_tag(int code, foi_field field)
{
    if (last_field == FOI_FIELD_NONE && (unsigned)field < FOI_FIELD_COUNT) {
        /* The message names no input: it stays as it is. */
        snprintf(last_template, sizeof last_template, "%s", last_error);
        last_field = field;
    }
    return code;
}

/* Puts prefix before a message buffer's text, cutting the end if need be. */
static void prepend(char *msg, size_t size, const char *prefix)
{
    size_t p = strlen(prefix), m = strlen(msg);
    if (p >= size)
        p = size - 1;
    if (p + m >= size)
        m = size - 1 - p;
    memmove(msg + p, msg, m);
    memcpy(msg, prefix, p);
    msg[p + m] = '\0';
}

int foi_fail_at_index(int rc, const char *what, size_t i)
{
    char prefix[96];
    snprintf(prefix, sizeof prefix, "%s[%zu]: ", what, i);
    prepend(last_error, sizeof last_error, prefix);
    if (last_field != FOI_FIELD_NONE)
        prepend(last_template, sizeof last_template, prefix);
    return rc;
}

int foi_error_set(int code, const char *fmt, ...)
{
    if (!fmt)
        return foi_error_set(code, "error %d (%s), without a message", code, foi_error_str(code));
    va_list ap;
    va_start(ap, fmt);
    record(code, FOI_FIELD_NONE, FOI_FIELD_NONE, fmt, ap);
    va_end(ap);
    return code;
}

char *foi_quote(char *out, size_t out_size, const char *text, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;
    if (out_size == 0)
        return out;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        int plain = c >= 0x20 && c < 0x7f && c != '\\' && c != '\'';
        size_t need = plain ? 1 : c == '\\' || c == '\'' ? 2 : 4;
        /* Keep room for "..." and the NUL whenever more input follows. */
        size_t reserve = i + 1 < len ? 4 : 1;
        if (o + need + reserve > out_size) {
            if (o + 4 <= out_size) {
                memcpy(out + o, "...", 3);
                o += 3;
            }
            break;
        }
        if (plain) {
            out[o++] = (char)c;
        } else if (need == 2) {
            out[o++] = '\\';
            out[o++] = (char)c;
        } else {
            /* Control bytes and all non-ASCII bytes are shown as escapes, so
             * a message never carries invalid UTF-8 or a split character. */
            out[o++] = '\\';
            out[o++] = 'x';
            out[o++] = hex[c >> 4];
            out[o++] = hex[c & 15];
        }
    }
    out[o] = '\0';
    return out;
}

const char *foi_error_str(int status)
{
    switch (status) {
    case FOI_OK:
        return "success";
    case FOI_EINVAL:
        return "invalid input";
    case FOI_ERANGE:
        return "out of range";
    case FOI_ENOMEM:
        return "out of memory";
    case FOI_ENOTFOUND:
        return "not found";
    case FOI_ECONFLICT:
        return "conflicting inputs";
    case FOI_EIO:
        return "input/output error";
    default:
        return "unknown status";
    }
}
