/* Checks the compiled-in holiday data against the curated table it was made
 * from (the CSV files in holidays/) and the real GOV.UK files in tests/data/govuk. */
#include <stdio.h>
#include <string.h>

#include <libical/ical.h>

#include <foiclock/batch.h>

#include "builtin.h"
#include "calbuild.h"
#include "testutil.h"

/* Every built-in holiday row, published and projected, as the library
 * expands them for a calendar builder. */
static foi_row *data_rows;
static size_t data_nrows;

static char source_dir[4096];

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(buf);
    ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Reads the next CSV record with the library's reader into NUL-terminated
 * copies of its fields; returns the field count, or -1 at the end. */
static int next_record(foi_csv_reader *r, char f[][256], int max)
{
    foi_csv_record rec;
    int got = foi_csv_read(r, &rec);
    ck_assert_int_ge(got, 0);
    if (got == 0)
        return -1;
    ck_assert_msg(rec.error == NULL, "line %llu: %s", (unsigned long long)rec.line, rec.error);
    int n = (int)rec.nfields < max ? (int)rec.nfields : max;
    for (int i = 0; i < n; i++) {
        ck_assert_uint_lt(rec.fields[i].len, 256);
        memcpy(f[i], rec.fields[i].data, rec.fields[i].len);
        f[i][rec.fields[i].len] = '\0';
    }
    return n;
}

static unsigned division_bit(const char *name)
{
    unsigned bit = 0;
    ck_assert_int_eq(foi_division_from_name(&bit, name), FOI_OK);
    return bit;
}

static int basis_of(const char *s)
{
    for (int b = 0; b <= FOI_BASIS_ONE_OFF; b++)
        if (strcmp(s, foi_basis_name(b)) == 0)
            return b;
    ck_abort_msg("unknown basis %s", s);
    return -1;
}

/* Finds the built-in row for a division and date. */
static const foi_row *find_row(unsigned div, int32_t serial)
{
    for (size_t i = 0; i < data_nrows; i++)
        if (data_rows[i].division == div && data_rows[i].serial == serial)
            return &data_rows[i];
    return NULL;
}

static int apostrophe_insensitive_prefix(const char *csv_title, const char *name)
{
    /* The data normalises ' to a typographic apostrophe and "Bank Holiday" to
     * sentence case; compare ignoring both. */
    char a[256], b[256];
    size_t i = 0, j = 0;
    for (const char *s = csv_title; *s && i + 1 < sizeof a; s++)
        if (*s != '\'' && (unsigned char)*s < 0x80)
            a[i++] = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
    for (const char *s = name; *s && j + 1 < sizeof b; s++)
        if ((unsigned char)*s < 0x80)
            b[j++] = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
    a[i] = b[j] = '\0';
    return strncmp(a, b, j) == 0;
}

/* Every row of a curated CSV appears in the built-in rows with the same
 * basis and title, and (for the published file) nothing else does. */
static void compare_csv(const char *file, int provisional)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/holidays/%s", source_dir, file);
    char *text = slurp(path), f[12][256];
    foi_csv_reader *reader;
    ck_assert_int_eq(foi_csv_reader_new_memory(&reader, text, strlen(text), file, NULL), FOI_OK);
    ck_assert_int_ge(next_record(reader, f, 12), 7);
    size_t rows = 0;
    int n;
    while ((n = next_record(reader, f, 12)) >= 0) {
        ck_assert_int_ge(n, 7);
        int y, m, d;
        ck_assert_int_eq(sscanf(f[1], "%d-%d-%d", &y, &m, &d), 3);
        unsigned div = division_bit(f[0]);
        const foi_row *r = find_row(div, D(y, m, d).serial);
        ck_assert_msg(r != NULL, "%s: %s %s missing", file, f[0], f[1]);
        ck_assert_msg(r->basis == basis_of(f[5]), "%s: %s %s basis", file, f[0], f[1]);
        ck_assert_msg(apostrophe_insensitive_prefix(f[2], r->name), "%s: %s %s title %s vs %s",
                      file, f[0], f[1], f[2], r->name);
        ck_assert_int_eq(r->substitute, strstr(f[2], "(substitute day)") != NULL);
        ck_assert_int_eq(r->provisional, provisional);
        rows++;
    }
    foi_csv_reader_free(reader);
    free(text);
    if (!provisional) {
        /* Published rows are exactly the CSV's. */
        size_t published = 0;
        for (size_t i = 0; i < data_nrows; i++)
            published += !data_rows[i].provisional;
        ck_assert_uint_eq(published, rows);
    }
}

START_TEST(test_curated_csv)
{
    compare_csv("uk-bank-holidays.csv", 0);
}
END_TEST

START_TEST(test_projected_csv)
{
    /* The reference projection for 2029-2035 agrees with the built-in rules. */
    compare_csv("uk-bank-holidays-projected.csv", 1);
    size_t n = 0;
    for (size_t i = 0; i < data_nrows; i++) {
        int y;
        foi_date_to_ymd((foi_date){data_rows[i].serial}, &y, NULL, NULL);
        n += y >= 2029 && y <= 2035;
    }
    ck_assert_uint_eq(n, 189);
}
END_TEST

/* The real GOV.UK per-division iCalendar files list exactly our dates for
 * the years they cover. */
static void compare_govuk(const char *file, const char *division, int y0, int y1,
                          int missing_world_cup)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/tests/data/govuk/%s", source_dir, file);
    char *text = slurp(path);
    icalcomponent *cal = icalparser_parse_string(text);
    free(text);
    ck_assert_ptr_nonnull(cal);
    unsigned div = division_bit(division);
    size_t seen = 0;
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        struct icaltimetype t = icalcomponent_get_dtstart(ev);
        ck_assert(t.is_date);
        const foi_row *r = find_row(div, D(t.year, t.month, t.day).serial);
        ck_assert_msg(r != NULL, "%s: %04d-%02d-%02d %s missing", file, t.year, t.month, t.day,
                      icalcomponent_get_summary(ev));
        seen++;
    }
    icalcomponent_free(cal);
    size_t ours = 0;
    int32_t lo = D(y0, 1, 1).serial, hi = D(y1, 12, 31).serial;
    for (size_t i = 0; i < data_nrows; i++) {
        const foi_row *r = &data_rows[i];
        ours += r->division == div && r->serial >= lo && r->serial <= hi;
    }
    ck_assert_uint_eq(ours, seen + (size_t)missing_world_cup);
}

START_TEST(test_govuk_files)
{
    /* The current files date from February 2026 and include the World Cup day. */
    compare_govuk("england-and-wales-2019-2028.ics", "england-and-wales", 2019, 2028, 0);
    compare_govuk("scotland-2019-2028.ics", "scotland", 2019, 2028, 0);
    compare_govuk("northern-ireland-2019-2028.ics", "northern-ireland", 2019, 2028, 0);
    compare_govuk("england-and-wales-2012-2017.ics", "england-and-wales", 2012, 2017, 0);
}
END_TEST

int main(void)
{
    const char *env = getenv("FOICLOCK_SOURCE_DIR");
    snprintf(source_dir, sizeof source_dir, "%s", env && *env ? env : FOICLOCK_TEST_SOURCE_DIR);
    Suite *s = suite_create("data");
    TCase *tc = tcase_create("reference");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_curated_csv);
    tcase_add_test(tc, test_projected_csv);
    tcase_add_test(tc, test_govuk_files);
    suite_add_tcase(s, tc);
    if (foi_builtin_rows_expand(&data_rows, &data_nrows) != FOI_OK)
        return 1;
    int rc = run_suites(&s, 1);
    free(data_rows);
    return rc;
}
