/* Shared by the fuzz targets: the libFuzzer entry point and the checks each
 * target makes on every input. A failed check aborts, which libFuzzer and the
 * replay driver both report as a crash with the input that caused it. */
#ifndef FOICLOCK_FUZZ_H
#define FOICLOCK_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_REQUIRE(cond, ...)                                                                    \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond);               \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* An error message must say something, fit the per-thread buffer and be
 * printable ASCII: untrusted input is always quoted into escapes. */
static inline int fuzz_message_ok(const char *msg)
{
    size_t n = strlen(msg);
    if (n == 0 || n >= 512)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)msg[i] < 0x20 || (unsigned char)msg[i] > 0x7e)
            return 0;
    return 1;
}

#endif
