/* A growing string for the library's text and JSON renderings. */
#ifndef FOICLOCK_SBUF_H
#define FOICLOCK_SBUF_H

#include <stddef.h>

#include <foiclock/json.h>

#include "internal.h"

/* On allocation failure it stops growing and remembers (failed). */
struct sbuf {
    char *s;
    size_t len, cap;
    int failed;
};

void sb_printf(struct sbuf *sb, const char *fmt, ...) FOI_PRINTF(2, 3);
void sb_put(struct sbuf *sb, const char *s, size_t n);
void sb_puts(struct sbuf *sb, const char *s);
/* s as a JSON string, quotes included. A byte that does not begin a
 * well-formed UTF-8 character becomes U+FFFD, so the result is always valid
 * JSON whatever the input's encoding. NULL is written as "". */
void sb_json_string(struct sbuf *sb, const char *s);
/* Copies the result snprintf-style and releases the buffer. */
size_t sb_finish(struct sbuf *sb, char *buf, size_t size);
/* Hands the string to *out (FOI_OK) or, after a failed allocation, frees it
 * and returns FOI_ENOMEM. */
int sb_take(struct sbuf *sb, char **out);

#endif
