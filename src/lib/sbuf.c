/* The growing string behind the library's text and JSON renderings. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sbuf.h"

static int sb_reserve(struct sbuf *sb, size_t more)
{
    if (sb->failed)
        return -1;
    if (sb->len + more + 1 <= sb->cap)
        return 0;
    size_t cap = sb->cap ? sb->cap : 256;
    while (cap < sb->len + more + 1)
        cap *= 2;
    char *ns = realloc(sb->s, cap);
    if (!ns) {
        sb->failed = 1;
        return -1;
    }
    sb->s = ns;
    sb->cap = cap;
    return 0;
}

void sb_printf(struct sbuf *sb, const char *fmt, ...)
{
    if (sb->failed)
        return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(sb->s ? sb->s + sb->len : NULL, sb->s ? sb->cap - sb->len : 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        sb->failed = 1;
        return;
    }
    if (sb->len + (size_t)n + 1 > sb->cap) {
        if (sb_reserve(sb, (size_t)n))
            return;
        va_start(ap, fmt);
        vsnprintf(sb->s + sb->len, sb->cap - sb->len, fmt, ap);
        va_end(ap);
    }
    sb->len += (size_t)n;
}

void sb_put(struct sbuf *sb, const char *s, size_t n)
{
    if (sb_reserve(sb, n))
        return;
    memcpy(sb->s + sb->len, s, n);
    sb->len += n;
    sb->s[sb->len] = '\0';
}

void sb_puts(struct sbuf *sb, const char *s)
{
    sb_put(sb, s, strlen(s));
}

size_t foi_utf8_length(const unsigned char *p, size_t n)
{
    size_t k = p[0] < 0xc2 ? 0 : p[0] < 0xe0 ? 2 : p[0] < 0xf0 ? 3 : p[0] < 0xf5 ? 4 : 0;
    if (k > n)
        return 0;
    for (size_t i = 1; i < k; i++)
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    if (k && ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] >= 0xa0) ||
              (p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] >= 0x90)))
        return 0;
    return k;
}

void sb_json_string(struct sbuf *sb, const char *s)
{
    size_t len = strlen(s);
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    sb_put(sb, "\"", 1);
    while (p < end) {
        /* The longest run that needs no escaping goes in one copy. */
        const unsigned char *q = p;
        while (q < end && *q >= 0x20 && *q < 0x7f && *q != '"' && *q != '\\')
            q++;
        if (q > p) {
            sb_put(sb, (const char *)p, (size_t)(q - p));
            p = q;
            continue;
        }
        switch (*p) {
        case '"':
            sb_put(sb, "\\\"", 2);
            break;
        case '\\':
            sb_put(sb, "\\\\", 2);
            break;
        case '\n':
            sb_put(sb, "\\n", 2);
            break;
        case '\r':
            sb_put(sb, "\\r", 2);
            break;
        case '\t':
            sb_put(sb, "\\t", 2);
            break;
        default:
            if (*p < 0x80) {
                sb_printf(sb, "\\u%04x", *p);
            } else {
                size_t n = foi_utf8_length(p, (size_t)(end - p));
                if (n) {
                    sb_put(sb, (const char *)p, n);
                    p += n;
                    continue;
                }
                sb_put(sb, "\\ufffd", 6);
            }
        }
        p++;
    }
    sb_put(sb, "\"", 1);
}

size_t sb_finish(struct sbuf *sb, char *buf, size_t size)
{
    size_t len = sb->failed ? 0 : sb->len;
    if (size && buf) {
        size_t k = len < size - 1 ? len : size - 1;
        if (k)
            memcpy(buf, sb->s, k);
        buf[k] = '\0';
    }
    free(sb->s);
    return len;
}

int sb_take(struct sbuf *sb, char **out)
{
    if (!sb->failed && !sb->s)
        sb_put(sb, "", 0);
    if (sb->failed) {
        free(sb->s);
        return foi_fail(FOI_ENOMEM, "out of memory");
    }
    *out = sb->s;
    return FOI_OK;
}
