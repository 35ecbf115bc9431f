/* Tests of the streaming CSV reader: RFC 4180 quoting, line endings, the
 * byte-order mark, empty lines, malformed and over-long records, and the
 * same records whatever size the input arrives in. */
#include <stdio.h>
#include <string.h>

#include "testutil.h"

/* Input served a few bytes at a time, to cross every buffer boundary. */
struct chunks {
    const char *data;
    size_t len, pos, step;
    int fail_at; /* fail once pos reaches this (0: never) */
};

static ptrdiff_t read_chunks(void *ctx, char *buf, size_t size)
{
    struct chunks *c = ctx;
    if (c->fail_at && c->pos >= (size_t)c->fail_at)
        return -1;
    size_t n = c->len - c->pos;
    if (n > c->step)
        n = c->step;
    if (n > size)
        n = size;
    memcpy(buf, c->data + c->pos, n);
    c->pos += n;
    return (ptrdiff_t)n;
}

/* Every record of an input as text: "line|field|field...|!error" lines. */
static char *dump(foi_csv_reader *r)
{
    size_t cap = 1 << 16, len = 0;
    char *out = malloc(cap);
    ck_assert_ptr_nonnull(out);
    foi_csv_record rec;
    int got;
    while ((got = foi_csv_read(r, &rec)) == 1) {
        size_t need = 64 + rec.raw_len * 2 + (rec.error ? strlen(rec.error) : 0);
        for (size_t i = 0; i < rec.nfields; i++)
            need += rec.fields[i].len + 1;
        while (len + need >= cap) {
            cap *= 2;
            out = realloc(out, cap);
            ck_assert_ptr_nonnull(out);
        }
        len += (size_t)sprintf(out + len, "%llu", (unsigned long long)rec.line);
        for (size_t i = 0; i < rec.nfields; i++) {
            out[len++] = '|';
            memcpy(out + len, rec.fields[i].data, rec.fields[i].len);
            len += rec.fields[i].len;
        }
        if (rec.error)
            len += (size_t)sprintf(out + len, "|!%s", rec.error);
        out[len++] = '\n';
    }
    ck_assert_int_eq(got, 0);
    out[len] = '\0';
    return out;
}

static char *dump_memory(const char *text, size_t len, const foi_csv_options *o)
{
    foi_csv_reader *r;
    ck_assert_int_eq(foi_csv_reader_new_memory(&r, text, len, "test", o), FOI_OK);
    char *s = dump(r);
    foi_csv_reader_free(r);
    return s;
}

static char *dump_chunks(const char *text, size_t len, size_t step, const foi_csv_options *o)
{
    struct chunks c = {text, len, 0, step, 0};
    foi_csv_reader *r;
    ck_assert_int_eq(foi_csv_reader_new(&r, read_chunks, &c, "test", o), FOI_OK);
    char *s = dump(r);
    foi_csv_reader_free(r);
    return s;
}

/* The records must be the same from memory and in chunks of any size. */
static void check(const char *text, const char *want)
{
    size_t len = strlen(text);
    char *got = dump_memory(text, len, NULL);
    ck_assert_str_eq(got, want);
    free(got);
    static const size_t steps[] = {1, 2, 3, 5, 7, 64, 1 << 20};
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
        got = dump_chunks(text, len, steps[i], NULL);
        ck_assert_msg(strcmp(got, want) == 0, "in chunks of %zu: got\n%s\nwant\n%s", steps[i], got,
                      want);
        free(got);
    }
}

START_TEST(test_plain)
{
    check("a,b,c\n1,2,3\n", "1|a|b|c\n2|1|2|3\n");
    /* No final line ending; empty fields anywhere. */
    check("a,b,c\n,2,\n,,", "1|a|b|c\n2||2|\n3|||\n");
    /* One column; a lone field. */
    check("x", "1|x\n");
    check("", "");
}
END_TEST

START_TEST(test_line_endings)
{
    check("a,b\r\n1,2\r\n", "1|a|b\n2|1|2\n");
    /* A CR alone is text, also at the very end. */
    check("a\rb,c\n1,2\r", "1|a\rb|c\n2|1|2\r\n");
    /* Mixed endings: each record ends at its own. */
    check("a,b\n1,2\r\n3,4\n", "1|a|b\n2|1|2\n3|3|4\n");
}
END_TEST

START_TEST(test_flags)
{
    foi_csv_reader *r;
    foi_csv_record rec;
    const char crlf[] = "\xEF\xBB\xBFname,start\r\nx,2018-10-15\r\n";
    ck_assert_int_eq(foi_csv_reader_new_memory(&r, crlf, sizeof crlf - 1, "t", NULL), FOI_OK);
    ck_assert_int_eq(foi_csv_read(r, &rec), 1);
    ck_assert_uint_eq(foi_csv_reader_flags(r), FOI_CSV_BOM | FOI_CSV_CRLF);
    ck_assert_uint_eq(rec.nfields, 2);
    ck_assert_uint_eq(rec.fields[0].len, 4);
    ck_assert_int_eq(memcmp(rec.fields[0].data, "name", 4), 0);
    ck_assert_uint_eq(rec.raw_len, 10);
    ck_assert_int_eq(memcmp(rec.raw, "name,start", 10), 0);
    foi_csv_reader_free(r);
    ck_assert_int_eq(foi_csv_reader_new_memory(&r, "a\nb\r\n", 5, "t", NULL), FOI_OK);
    ck_assert_int_eq(foi_csv_read(r, &rec), 1);
    ck_assert_int_eq(foi_csv_read(r, &rec), 1);
    ck_assert_uint_eq(foi_csv_reader_flags(r), 0); /* the first record decides */
    ck_assert_int_eq(foi_csv_read(r, &rec), 0);
    ck_assert_int_eq(foi_csv_read(r, &rec), 0); /* and stays at the end */
    foi_csv_reader_free(r);
}
END_TEST

START_TEST(test_bom)
{
    check("\xEF\xBB\xBF"
          "a,b\n1,2\n",
          "1|a|b\n2|1|2\n");
    /* Only at the very start; a partial mark is text. */
    check("a,\xEF\xBB\xBF\n", "1|a|\xEF\xBB\xBF\n");
    check("\xEF\xBB", "1|\xEF\xBB\n");
}
END_TEST

START_TEST(test_quotes)
{
    /* Commas, doubled quotes and line breaks inside quotes. */
    check("id,note\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\"\"\n5,x\n",
          "1|id|note\n2|1|a, b\n3|2|say \"hi\"\n4|3|two\nlines\n6|4|\n7|5|x\n");
    /* CR LF inside quotes is kept; line numbers count the LF. */
    check("\"a\r\nb\",\"\"\"\"\r\nz\r\n", "1|a\r\nb|\"\n3|z\n");
    /* Several escaped fields in one record, quoted fields at the end. */
    check("\"a\"\"\",\"b\"\"\"\"c\",\"\"\"\"", "1|a\"|b\"\"c|\"\n");
    /* A quote inside an unquoted field is only text. */
    check("5'10\",x\n", "1|5'10\"|x\n");
}
END_TEST

START_TEST(test_empty_lines)
{
    /* Empty lines are no records, but they are counted. */
    check("\n\na,b\n\n1,2\r\n\r\n\n3,4\n\n", "3|a|b\n5|1|2\n8|3|4\n");
    /* A line of empty fields is a record. */
    check("a,b\n,\n", "1|a|b\n2||\n");
}
END_TEST

START_TEST(test_malformed)
{
    /* Text after a closing quote: the field as written, the problem named,
     * and the next record is read as usual. */
    check("a,\"b\"c,d\n1,2,3\n",
          "1|a|\"b\"c|d|!field 2: text follows the closing quote\n2|1|2|3\n");
    /* A quote never closed takes the rest of the input. */
    check("a,b\n1,\"open\n2,3\n",
          "1|a|b\n2|1|open\n2,3\n|!field 2: the quoted field is never closed before the end of "
          "the input\n");
}
END_TEST

START_TEST(test_long_fields)
{
    /* A field of 300,000 bytes, quoted with escapes, between ordinary rows. */
    size_t n = 300000;
    char *text = malloc(n + 100), *want = malloc(n + 100);
    ck_assert_ptr_nonnull(text);
    ck_assert_ptr_nonnull(want);
    size_t t = 0, w = 0;
    t += (size_t)sprintf(text, "a,b\n1,\"");
    w += (size_t)sprintf(want, "1|a|b\n2|1|");
    for (size_t i = 0; i < n / 2; i++) {
        char c = i % 1000 == 999 ? '"' : (char)('a' + i % 26);
        text[t++] = c;
        if (c == '"')
            text[t++] = '"';
        want[w++] = c;
    }
    t += (size_t)sprintf(text + t, "\"\n3,x\n");
    w += (size_t)sprintf(want + w, "\n3|3|x\n");
    text[t] = want[w] = '\0';
    check(text, want);
    free(text);
    free(want);
}
END_TEST

START_TEST(test_too_long)
{
    /* A record past max_record has no fields and an error; the line count
     * follows its quoted line breaks and the next record is whole. */
    foi_csv_options o = {100, 0};
    char text[1000];
    int n = sprintf(text, "a,b\n1,\"");
    for (int i = 0; i < 300; i++)
        text[n++] = i % 50 == 49 ? '\n' : 'x';
    n += sprintf(text + n, "\"\"\"\n5,z\n");
    const char *want =
        "1|a|b\n2|!the record is longer than 100 bytes, the most kept: its fields are left "
        "out\n9|5|z\n";
    static const size_t steps[] = {1, 3, 16, 4096};
    for (size_t i = 0; i < sizeof steps / sizeof *steps; i++) {
        char *got = dump_chunks(text, (size_t)n, steps[i], &o);
        ck_assert_msg(strcmp(got, want) == 0, "in chunks of %zu: got\n%s", steps[i], got);
        free(got);
    }
    /* From memory the whole input is already held: nothing is cut. */
    char *got = dump_memory(text, (size_t)n, &o);
    ck_assert_ptr_null(strstr(got, "!"));
    free(got);
}
END_TEST

START_TEST(test_too_many_fields)
{
    foi_csv_options o = {0, 3};
    check("a,b\n", "1|a|b\n");
    char *got = dump_memory("a,b,c,d,e\n1,2\n", 14, &o);
    ck_assert_str_eq(got, "1|a|b|c|!the record has 5 fields, more than the 3 kept\n2|1|2\n");
    free(got);
}
END_TEST

START_TEST(test_read_error)
{
    const char text[] = "a,b\n1,2\n3,4\n";
    struct chunks c = {text, sizeof text - 1, 0, 4, 8};
    foi_csv_reader *r;
    foi_csv_record rec;
    ck_assert_int_eq(foi_csv_reader_new(&r, read_chunks, &c, "caseload.csv", NULL), FOI_OK);
    ck_assert_int_eq(foi_csv_read(r, &rec), 1);
    ck_assert_int_eq(foi_csv_read(r, &rec), 1);
    ck_assert_int_eq(foi_csv_read(r, &rec), FOI_EIO);
    ck_assert_str_eq(foi_error_last(), "cannot read caseload.csv");
    foi_csv_reader_free(r);
}
END_TEST

START_TEST(test_arguments)
{
    foi_csv_reader *r;
    foi_csv_record rec;
    ck_assert_int_eq(foi_csv_reader_new(&r, NULL, NULL, "x", NULL), FOI_EINVAL);
    ck_assert_int_eq(foi_csv_reader_new_memory(&r, NULL, 3, "x", NULL), FOI_EINVAL);
    ck_assert_int_eq(foi_csv_read(NULL, &rec), FOI_EINVAL);
    ck_assert_int_eq(foi_csv_reader_new_memory(&r, NULL, 0, NULL, NULL), FOI_OK);
    ck_assert_int_eq(foi_csv_read(r, &rec), 0);
    foi_csv_reader_free(r);
    foi_csv_reader_free(NULL);
    ck_assert_uint_eq(foi_csv_reader_flags(NULL), 0);
}
END_TEST

/* Random inputs from a small alphabet rich in commas, quotes and line
 * breaks: chunked reading must always give what memory reading gives. */
START_TEST(test_property_chunking)
{
    static const char alphabet[] = "ab,\"\"\n\r ";
    uint32_t x = 12345u + (uint32_t)_i;
    char text[200];
    for (int round = 0; round < 400; round++) {
        size_t n = 0;
        x = x * 1103515245u + 12345u;
        size_t len = (x >> 16) % sizeof text;
        for (; n < len; n++) {
            x = x * 1103515245u + 12345u;
            text[n] = alphabet[(x >> 16) % (sizeof alphabet - 1)];
        }
        char *want = dump_memory(text, n, NULL);
        for (size_t step = 1; step <= 9; step += 4) {
            char *got = dump_chunks(text, n, step, NULL);
            REQUIRE(strcmp(got, want) == 0, "round %d, chunks of %zu:\n%s\nvs\n%s", round, step,
                    got, want);
            free(got);
        }
        free(want);
    }
}
END_TEST

static Suite *csv_suite(void)
{
    Suite *s = suite_create("csv");
    TCase *tc = tcase_create("rfc4180");
    tcase_add_test(tc, test_plain);
    tcase_add_test(tc, test_line_endings);
    tcase_add_test(tc, test_flags);
    tcase_add_test(tc, test_bom);
    tcase_add_test(tc, test_quotes);
    tcase_add_test(tc, test_empty_lines);
    suite_add_tcase(s, tc);
    tc = tcase_create("limits");
    tcase_add_test(tc, test_malformed);
    tcase_add_test(tc, test_long_fields);
    tcase_add_test(tc, test_too_long);
    tcase_add_test(tc, test_too_many_fields);
    tcase_add_test(tc, test_read_error);
    tcase_add_test(tc, test_arguments);
    suite_add_tcase(s, tc);
    tc = tcase_create("properties");
    tcase_add_loop_test(tc, test_property_chunking, 0, 8);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    Suite *s = csv_suite();
    return run_suites(&s, 1);
}
