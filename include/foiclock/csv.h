/* foiclock streaming CSV (RFC 4180): records from any source, in constant memory.
 * Part of <foiclock/batch.h>. */
#ifndef FOICLOCK_CSV_H
#define FOICLOCK_CSV_H

#include <stddef.h>
#include <stdint.h>

#include <foiclock/export.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Supplies input: copies up to size bytes into buf and returns how many, 0
 * at the end of the input, or a negative number on a read error.
 */
typedef ptrdiff_t (*foi_read_fn)(void *ctx, char *buf, size_t size);

typedef struct foi_csv_options {
    size_t max_record; /* longest record kept, in bytes; 0 means 1 MiB */
    size_t max_fields; /* most fields kept per record; 0 means 4096 */
} foi_csv_options;

/* One field: its text with any quoting removed. Not NUL-terminated. */
typedef struct foi_csv_field {
    const char *data;
    size_t len;
} foi_csv_field;

/* One record. Everything it points to is borrowed from the reader and
 * valid until the next foi_csv_read or foi_csv_reader_free. */
typedef struct foi_csv_record {
    const foi_csv_field *fields;
    size_t nfields;
    uint64_t line;   /* the line it starts on, from 1 */
    const char *raw; /* its text exactly as read, without the line ending */
    size_t raw_len;
    /* NULL, or what is wrong with it (a quoted field never closed, text
     * after a closing quote, too long, too many fields). The fields are then
     * a best effort; an over-long record has none and no raw text. */
    const char *error;
} foi_csv_record;

typedef struct foi_csv_reader foi_csv_reader;

/* Flags from foi_csv_reader_flags: what the input looked like. */
enum foi_csv_flag {
    FOI_CSV_BOM = 1u << 0, /* it began with a UTF-8 byte-order mark (skipped) */
    FOI_CSV_CRLF = 1u << 1 /* its first record ended with CR LF */
};

/*
 * A reader pulling input through read(ctx, ...). name (copied) names the
 * input in messages, e.g. a file name. opts may be NULL. The caller frees
 * the reader with foi_csv_reader_free.
 */
FOICLOCK_EXPORT int foi_csv_reader_new(foi_csv_reader **out, foi_read_fn read, void *ctx,
                                       const char *name, const foi_csv_options *opts);

/* A reader over len bytes at data, borrowed until the reader is freed. */
FOICLOCK_EXPORT int foi_csv_reader_new_memory(foi_csv_reader **out, const char *data, size_t len,
                                              const char *name, const foi_csv_options *opts);

/*
 * Reads the next record into *out: returns 1 when there is one, 0 at the end
 * of the input, or a negative code (FOI_EIO when read fails, FOI_ENOMEM).
 * Line endings are LF or CR LF; quoted fields may hold commas, quotes ("")
 * and line breaks; a leading byte-order mark is skipped; empty lines are
 * skipped (line numbers still count them). A malformed record is still
 * returned, with .error set, and reading carries on after it.
 */
FOICLOCK_EXPORT int foi_csv_read(foi_csv_reader *r, foi_csv_record *out);

FOICLOCK_EXPORT unsigned foi_csv_reader_flags(const foi_csv_reader *r);
/* Frees a reader; NULL is allowed. */
FOICLOCK_EXPORT void foi_csv_reader_free(foi_csv_reader *r);

#ifdef __cplusplus
}
#endif

#endif
