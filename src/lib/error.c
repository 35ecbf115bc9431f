/* The per-thread last-error message and status descriptions. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* A fixed buffer per thread: reporting an error never allocates, so it works
 * even when the failure being reported is an allocation. */
static _Thread_local char last_error[512];

const char *foi_error_last(void)
{
    return last_error;
}

int foi_fail(int code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    return code;
}

int foi_error_set(int code, const char *fmt, ...)
{
    if (!fmt) {
        snprintf(last_error, sizeof last_error, "error %d (%s), without a message", code,
                 foi_error_str(code));
        return code;
    }
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
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
