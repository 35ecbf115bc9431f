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

size_t foi_utf8_char(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    if (!p || n == 0)
        return 0;
    if (p[0] < 0x80)
        return 1;
    size_t k = p[0] < 0xc2 ? 0 : p[0] < 0xe0 ? 2 : p[0] < 0xf0 ? 3 : p[0] < 0xf5 ? 4 : 0;
    if (k == 0 || k > n)
        return 0;
    for (size_t i = 1; i < k; i++)
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    /* No overlong forms, no surrogates, nothing past U+10FFFF. */
    if ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] >= 0xa0) ||
        (p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] >= 0x90))
        return 0;
    return k;
}

size_t foi_json_escape(char *buf, size_t size, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;
#define EMIT(c)                                                                                    \
    do {                                                                                           \
        if (o + 1 < size)                                                                          \
            buf[o] = (c);                                                                          \
        o++;                                                                                       \
    } while (0)
    EMIT('"');
    for (size_t i = 0; s && i < len;) {
        unsigned char c = (unsigned char)s[i];
        /* A run that needs no escaping goes in one copy when it fits. */
        size_t run = i;
        while (run < len && (unsigned char)s[run] >= 0x20 && (unsigned char)s[run] < 0x7f &&
               s[run] != '"' && s[run] != '\\')
            run++;
        if (run > i) {
            size_t k = run - i;
            if (o + k < size) {
                memcpy(buf + o, s + i, k);
                o += k;
            } else {
                for (size_t j = 0; j < k; j++)
                    EMIT(s[i + j]);
            }
            i = run;
            continue;
        }
        const char *esc = c == '"'    ? "\\\""
                          : c == '\\' ? "\\\\"
                          : c == '\n' ? "\\n"
                          : c == '\r' ? "\\r"
                          : c == '\t' ? "\\t"
                                      : NULL;
        if (esc) {
            EMIT(esc[0]);
            EMIT(esc[1]);
            i++;
        } else if (c < 0x20 || c == 0x7f) {
            const char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            for (int k = 0; k < 6; k++)
                EMIT(u[k]);
            i++;
        } else {
            /* A byte that does not begin a well-formed character (input in
             * another encoding, say) becomes U+FFFD. */
            size_t k = foi_utf8_char(s + i, len - i);
            if (k == 0) {
                for (const char *r = "\\ufffd"; *r; r++)
                    EMIT(*r);
                i++;
            } else {
                for (size_t j = 0; j < k; j++)
                    EMIT(s[i + j]);
                i += k;
            }
        }
    }
    EMIT('"');
#undef EMIT
    if (size)
        buf[o < size ? o : size - 1] = '\0';
    return o;
}

void sb_json_string(struct sbuf *sb, const char *s)
{
    if (!s)
        s = "";
    size_t len = strlen(s);
    /* At most six bytes for each byte of input, two quotes and a NUL. */
    if (sb_reserve(sb, 6 * len + 2))
        return;
    sb->len += foi_json_escape(sb->s + sb->len, sb->cap - sb->len, s, len);
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
