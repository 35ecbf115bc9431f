/*
 * The SQLite extension from C, as an application embedding SQLite would use
 * it: loaded with sqlite3_load_extension into a connection of the system's
 * libsqlite3, then every function, NULLs, errors, and the deterministic
 * flag at work (an expression index in the query plan, a generated column,
 * a CHECK constraint; a function that were not deterministic is refused in
 * all three). Dates are from the project's legal model (src/doc/rules.md).
 *
 * usage: test_sqlite MODULE_PATH
 */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

static int failures, checks;

/* The first column of the first row of sql, as text ("NULL" for NULL), or
 * "error: <message>". */
static const char *query(sqlite3 *db, const char *sql)
{
    static char buf[512];
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
        snprintf(buf, sizeof buf, "error: %s", sqlite3_errmsg(db));
        return buf;
    }
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        const unsigned char *t = sqlite3_column_text(st, 0);
        snprintf(buf, sizeof buf, "%s", t ? (const char *)t : "NULL");
    } else if (rc == SQLITE_DONE) {
        snprintf(buf, sizeof buf, "no row");
    } else {
        snprintf(buf, sizeof buf, "error: %s", sqlite3_errmsg(db));
    }
    sqlite3_finalize(st);
    return buf;
}

static void expect(sqlite3 *db, const char *sql, const char *want)
{
    const char *got = query(db, sql);
    checks++;
    if (strcmp(got, want) != 0) {
        printf("FAIL: %s\n  expected: %s\n  got:      %s\n", sql, want, got);
        failures++;
    }
}

/* got starts with want (for error messages that go on to list choices). */
static void expect_prefix(sqlite3 *db, const char *sql, const char *want)
{
    const char *got = query(db, sql);
    checks++;
    if (strncmp(got, want, strlen(want)) != 0) {
        printf("FAIL: %s\n  expected: %s...\n  got:      %s\n", sql, want, got);
        failures++;
    }
}

static void exec(sqlite3 *db, const char *sql)
{
    char *err = NULL;
    checks++;
    if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
        printf("FAIL: %s\n  %s\n", sql, err);
        failures++;
    }
    sqlite3_free(err);
}

/* The plan's detail lines joined, to look for an index in it. */
static const char *plan(sqlite3 *db, const char *sql)
{
    static char buf[1024];
    char q[512];
    sqlite3_stmt *st;
    buf[0] = 0;
    snprintf(q, sizeof q, "EXPLAIN QUERY PLAN %s", sql);
    if (sqlite3_prepare_v2(db, q, -1, &st, NULL) != SQLITE_OK)
        return sqlite3_errmsg(db);
    while (sqlite3_step(st) == SQLITE_ROW) {
        size_t n = strlen(buf);
        snprintf(buf + n, sizeof buf - n, "%s;", (const char *)sqlite3_column_text(st, 3));
    }
    sqlite3_finalize(st);
    return buf;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_sqlite MODULE_PATH\n");
        return 2;
    }
    sqlite3 *db;
    char *err = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
        fprintf(stderr, "test_sqlite: cannot open a database\n");
        return 1;
    }
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, NULL);
    if (sqlite3_load_extension(db, argv[1], NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "test_sqlite: cannot load %s: %s\n", argv[1], err);
        sqlite3_free(err);
        return 1;
    }

    /* src/doc/rules.md 6: received Thu 29 Mar 2018 (Good Friday 30 Mar, Easter Monday
     * 2 Apr): FOIA due Mon 30 Apr 2018, FOISA Fri 27 Apr 2018. */
    expect(db, "SELECT due('2018-03-29')", "2018-04-30");
    expect(db, "SELECT due('2018-03-29', 'foisa')", "2018-04-27");
    expect(db, "SELECT due('2018-03-29', 'eir')", "2018-04-30");
    expect(db, "SELECT due('2018-03-29', 'eisr')", "2018-04-27");
    /* The ICO's example: received Mon 15 Oct 2018, due Mon 12 Nov 2018. */
    expect(db, "SELECT due('2018-10-15')", "2018-11-12");
    /* A date-time with an offset is the UK civil date (src/doc/rules.md 2):
     * 2018-10-14T23:30Z is 00:30 BST on Mon 15 Oct. */
    expect(db, "SELECT due('2018-10-14T23:30:00Z')", "2018-11-12");
    /* src/doc/rules.md 6: received Sat 5 Jan 2019, statutory Fri 1 Feb, next working
     * day Mon 4 Feb 2019. */
    expect(db, "SELECT deadline('foia.response', '2019-01-05')", "2019-02-01");
    expect(db, "SELECT deadline('foia.response', '2019-01-05', 'next-working-day')", "2019-02-04");
    /* src/doc/rules.md 6: EIR extended from Mon 15 Oct 2018, Tue 11 Dec 2018; SAR
     * received Fri 31 Jan 2025, Fri 28 Feb 2025, extended Wed 30 Apr 2025;
     * received Tue 18 Mar 2025, Tue 22 Apr in England (Good Friday 18 Apr),
     * Mon 21 Apr 2025 in Scotland. */
    expect(db, "SELECT deadline('eir.extended', '2018-10-15')", "2018-12-11");
    expect(db, "SELECT deadline('sar.response', '2025-01-31')", "2025-02-28");
    expect(db, "SELECT deadline('sar.extended', '2025-01-31')", "2025-04-30");
    expect(db, "SELECT deadline('sar.response', '2025-03-18')", "2025-04-22");
    expect(db, "SELECT deadline('sar.response', '2025-03-18', 'statutory', 'scotland')",
           "2025-04-21");
    /* DPA 2018 s.54(2), "one month beginning with the relevant time":
     * received Thu 29 Oct 2026, the period ends Sat 28 Nov 2026 (the day
     * before the corresponding date; not moved), whatever the division.
     * s.54(3A), "two further months" from 5 February 2026: three months
     * beginning with Thu 5 Feb 2026 end Mon 4 May 2026; none the day before. */
    expect(db, "SELECT deadline('le-sar.response', '2026-10-29')", "2026-11-28");
    expect(db, "SELECT deadline('le-sar.response', '2026-10-29', 'statutory', 'scotland')",
           "2026-11-28");
    expect(db, "SELECT deadline('le-sar.extended', '2026-02-05')", "2026-05-04");
    expect_prefix(db, "SELECT deadline('le-sar.extended', '2026-02-04')",
                  "error: deadline: rule 'le-sar.extended' applies only to requests received "
                  "from 5 February 2026");
    expect_prefix(db, "SELECT due('2026-10-29', 'le-sar')",
                  "error: due: law-enforcement subject access depends on the controller's "
                  "division");
    /* src/doc/rules.md 2: 28 days after 1 March is 29 March. */
    expect(db, "SELECT deadline('foia.tribunal-appeal', '2019-03-01')", "2019-03-29");

    /* src/doc/rules.md 1: 2 January (Scotland) is a UK non-working day; not in England. */
    expect(db, "SELECT add_working_days('2018-12-31', 1)", "2019-01-03");
    expect(db, "SELECT add_working_days('2018-12-31', 1, 'england-and-wales')", "2019-01-02");
    expect(db, "SELECT add_working_days('2018-11-12', -20)", "2018-10-15");
    expect(db, "SELECT add_working_days('2018-10-13', 0)", "2018-10-13");
    /* src/doc/rules.md 5: excluding the first day, including the last. */
    expect(db, "SELECT working_days('2018-10-15', '2018-11-12')", "20");
    expect(db, "SELECT working_days('2018-11-12', '2018-10-15')", "-20");
    expect(db, "SELECT typeof(working_days('2018-10-15', '2018-11-12'))", "integer");
    /* Easter Monday 2 Apr 2018: a working day in Scotland only. */
    expect(db, "SELECT working_days('2018-03-29', '2018-04-03')", "1");
    expect(db, "SELECT working_days('2018-03-29', '2018-04-03', 'scotland')", "2");
    /* 12 July (Northern Ireland) is a UK non-working day (src/doc/rules.md 1). */
    expect(db, "SELECT is_working_day('2018-07-12')", "0");
    expect(db, "SELECT is_working_day('2018-07-12', 'scotland')", "1");
    expect(db, "SELECT is_working_day('2018-07-11')", "1");
    expect(db, "SELECT is_working_day('2018-07-14')", "0");

    /* NULL in, NULL out, in any position. */
    expect(db, "SELECT due(NULL)", "NULL");
    expect(db, "SELECT due('2018-10-15', NULL)", "NULL");
    expect(db, "SELECT deadline(NULL, '2018-10-15')", "NULL");
    expect(db, "SELECT deadline('foia.response', '2018-10-15', NULL)", "NULL");
    expect(db, "SELECT add_working_days('2018-10-15', NULL)", "NULL");
    expect(db, "SELECT working_days(NULL, '2018-10-15')", "NULL");
    expect(db, "SELECT is_working_day('2018-10-15', NULL)", "NULL");

    /* Errors carry the library's message and name the function. */
    expect_prefix(db, "SELECT due('2018-02-30')",
                  "error: due: '2018-02-30' is not a valid date: February 2018 has no day 30");
    expect_prefix(db, "SELECT due('')", "error: due: ");
    expect_prefix(db, "SELECT due(20181015)", "error: due: '20181015'");
    expect_prefix(db, "SELECT due('2018-10-15', 'fooa')", "error: due: unknown regime 'fooa'");
    expect_prefix(db, "SELECT due('2018-10-15', 'sar')",
                  "error: due: subject access depends on the controller's division");
    expect_prefix(db, "SELECT deadline('foia.reponse', '2018-10-15')",
                  "error: deadline: unknown rule 'foia.reponse'");
    expect_prefix(db, "SELECT deadline('foia.response', '2018-10-15', 'soon')",
                  "error: deadline: unknown receipt rule 'soon'");
    expect_prefix(db, "SELECT deadline('sar.response', '2018-10-15', 'statutory', 'wales')",
                  "error: deadline: unknown division 'wales'");
    expect_prefix(db, "SELECT add_working_days('2018-10-15', 1, 'mars')",
                  "error: add_working_days: unknown calendar 'mars'");
    expect_prefix(db, "SELECT add_working_days('2018-10-15', 'two')",
                  "error: add_working_days: the number of working days must be an integer, "
                  "not 'two'");
    expect_prefix(db, "SELECT add_working_days('2018-10-15', 4294967296)",
                  "error: add_working_days: the number of working days must be an integer");
    expect_prefix(db, "SELECT add_working_days('2018-10-15', 2147483647)",
                  "error: add_working_days: 2147483647 working days after 2018-10-15 falls "
                  "outside the uk calendar");
    expect_prefix(db, "SELECT working_days('1970-12-31', '2018-10-15')",
                  "error: working_days: 1970-12-31 is outside the uk calendar");
    expect_prefix(db, "SELECT due('2199-12-31')",
                  "error: due: 20 working days after 2199-12-31 falls outside the uk calendar");
    expect_prefix(db, "SELECT is_working_day('2018-10-15', 'UK')",
                  "error: is_working_day: unknown calendar 'UK'");
    expect_prefix(db, "SELECT due()", "error: wrong number of arguments to function due()");
    expect_prefix(db, "SELECT due('2018-10-15', 'foia', 1)",
                  "error: wrong number of arguments to function due()");

    /* Deterministic: usable in an index, a generated column and a CHECK. */
    exec(db, "CREATE TABLE requests (id INTEGER PRIMARY KEY, received TEXT NOT NULL,"
             " regime TEXT NOT NULL DEFAULT 'foia',"
             " due TEXT GENERATED ALWAYS AS (due(received, regime)) VIRTUAL,"
             " CHECK (is_working_day(due(received, regime), 'uk')"
             "        OR regime IN ('foisa', 'eisr')))");
    exec(db, "WITH RECURSIVE d(day) AS (SELECT '2018-01-01' UNION ALL"
             " SELECT date(day, '+1 day') FROM d WHERE day < '2018-12-31')"
             " INSERT INTO requests (received) SELECT day FROM d");
    exec(db, "CREATE INDEX requests_due ON requests (due(received, regime))");
    exec(db, "CREATE INDEX requests_wd ON requests (working_days(received, '2018-12-31'))");
    const char *p = plan(db, "SELECT id FROM requests WHERE due(received, regime) = '2018-11-12'");
    checks++;
    if (!strstr(p, "USING INDEX requests_due")) {
        printf("FAIL: the query does not use the index on due(): %s\n", p);
        failures++;
    }
    /* The generated column and the index agree; Fri 12 to Mon 15 Oct 2018. */
    expect(db,
           "SELECT group_concat(received) FROM requests WHERE due(received, regime) = '2018-11-09'",
           "2018-10-12,2018-10-13,2018-10-14");
    expect(db, "SELECT count(*) FROM requests WHERE due <> due(received, regime)", "0");
    expect(db, "SELECT count(*) FROM requests WHERE due <> add_working_days(received, 20)", "0");
    /* 2018 on the uk calendar: 365 days, 104 weekend days, Christmas Day,
     * Good Friday and the bank holidays of any division on weekdays: New
     * Year's Day, 2 Jan, 17 Mar was a Saturday so its substitute Mon 19 Mar,
     * Good Friday, Easter Monday, 7 May, 28 May, 12 Jul, 6 Aug, 27 Aug, 30
     * Nov, 25 and 26 Dec: 13 days, so 248 working days. */
    expect(db, "SELECT count(*) FROM requests WHERE is_working_day(received)", "248");
    expect(db, "SELECT working_days('2017-12-31', '2018-12-31')", "248");

    /* A function that is not deterministic is refused where these work. */
    expect_prefix(db, "CREATE INDEX r2 ON requests (random() + id)",
                  "error: non-deterministic functions prohibited in index expressions");

    sqlite3_close(db);
    printf("test_sqlite: %d checks, %d failed\n", checks, failures);
    return failures ? 1 : 0;
}
