/* Fuzz target: the streaming CSV reader and the batch rows built on it. The
 * input is read whole from memory and again in small chunks: both must give
 * the same records, every record must be within its limits, and every row a
 * batch computes must carry either results or a clear error. */
#include <foiclock/foiclock.h>
#include <foiclock/batch.h>

#include "fuzz.h"

struct chunks {
    const uint8_t *data;
    size_t size, pos, step;
};

static ptrdiff_t read_chunk(void *ctx, char *buf, size_t size)
{
    struct chunks *c = ctx;
    size_t n = c->size - c->pos;
    if (n > c->step)
        n = c->step;
    if (n > size)
        n = size;
    memcpy(buf, c->data + c->pos, n);
    c->pos += n;
    return (ptrdiff_t)n;
}

/* A short, fixed summary of a record, to compare two readers. */
static uint64_t digest(const foi_csv_record *r)
{
    uint64_t h = 1469598103934665603u ^ r->nfields ^ (r->line << 20) ^ (r->error ? 7u : 0u);
    for (size_t i = 0; i < r->nfields; i++) {
        for (size_t k = 0; k < r->fields[i].len; k++)
            h = (h ^ (unsigned char)r->fields[i].data[k]) * 1099511628211u;
        h = (h ^ 0xff) * 1099511628211u;
    }
    return h;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    foi_csv_options opts = {4096, 64};
    foi_csv_reader *whole = NULL, *pieces = NULL;
    struct chunks ch = {data, size, 0, 1 + (size % 7)};
    if (foi_csv_reader_new_memory(&whole, (const char *)data, size, "fuzz", &opts) ||
        foi_csv_reader_new(&pieces, read_chunk, &ch, "fuzz", &opts)) {
        foi_csv_reader_free(whole);
        foi_csv_reader_free(pieces);
        return 0;
    }
    foi_batch *b = NULL;
    foi_batch_options bo;
    foi_batch_options_init(&bo);
    foi_date_from_ymd(&bo.today, 2026, 11, 26);
    bo.flags = FOI_BATCH_DETAIL;
    foi_csv_record a, r;
    int ga, gb, first = 1;
    while ((ga = foi_csv_read(whole, &a)) > 0) {
        gb = foi_csv_read(pieces, &r);
        FUZZ_REQUIRE(gb == 1, "chunked reader ended early (%d)", gb);
        FUZZ_REQUIRE(digest(&a) == digest(&r), "readers disagree at line %llu",
                     (unsigned long long)a.line);
        FUZZ_REQUIRE(a.nfields <= opts.max_fields, "%zu fields", a.nfields);
        FUZZ_REQUIRE(!a.error || fuzz_message_ok(a.error), "bad record message '%s'", a.error);
        if (first) {
            first = 0;
            if (foi_batch_new(&b, &a, &bo) != FOI_OK) {
                FUZZ_REQUIRE(fuzz_message_ok(foi_error_last()), "bad header message '%s'",
                             foi_error_last());
                b = NULL;
            }
            continue;
        }
        if (b) {
            foi_batch_result res;
            FUZZ_REQUIRE(foi_batch_row(&res, b, &a) == FOI_OK, "batch row failed outright");
            if (res.kind & FOI_ROW_ERROR)
                FUZZ_REQUIRE(res.error && *res.error, "error row without a message");
            if ((res.kind & FOI_ROW_DEADLINE) && !(res.kind & FOI_ROW_ERROR))
                FUZZ_REQUIRE(res.due.serial >= res.start.serial - 400000,
                             "deadline far before its start");
        }
    }
    FUZZ_REQUIRE(ga == 0, "memory reader failed (%d)", ga);
    FUZZ_REQUIRE(foi_csv_read(pieces, &r) == 0, "chunked reader has more records");
    foi_batch_free(b);
    foi_csv_reader_free(whole);
    foi_csv_reader_free(pieces);
    return 0;
}
