/*
 * foiclock-holidaygen: the build-time tool behind holidays/.
 *
 *   foiclock-holidaygen tables DIR OUT.c
 *       reads DIR/{england-and-wales,scotland,northern-ireland}.ics, adds the
 *       rule-projected years after the published data, builds the four
 *       calendars and writes them as C tables (run by CMake on every build).
 *   foiclock-holidaygen compact DIR OUT.c
 *       writes only the published holidays, for a library that derives the
 *       calendars when first used (FOICLOCK_TABLES=OFF).
 *   foiclock-holidaygen from-csv CSV DIR
 *       turns the curated bank-holiday table (holidays/uk-bank-holidays.csv)
 *       into the three .ics files (run when the table is revised; a test
 *       checks that the files match it).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include "builtin.h"
#include "calbuild.h"
#include "internal.h"

static const char *const division_files[3] = {"england-and-wales", "scotland", "northern-ireland"};
static const char *const division_codes[3] = {"ew", "sc", "ni"};
static const char *const division_titles[3] = {"England and Wales", "Scotland", "Northern Ireland"};
static const char *const basis_names[] = {"statute", "common-law", "proclamation", "one-off"};

#define SUBSTITUTE_SUFFIX " (substitute day)"

static _Noreturn void die(const char *fmt, ...) FOI_PRINTF(1, 2);

static _Noreturn void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("foiclock-holidaygen: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("cannot open %s: %s", path, strerror(errno));
    size_t cap = 1 << 16, len = 0;
    char *buf = xmalloc(cap);
    size_t got;
    while ((got = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += got;
        if (cap - len < 2) {
            cap *= 2;
            buf = realloc(buf, cap);
            if (!buf)
                die("out of memory");
        }
    }
    if (ferror(f))
        die("cannot read %s", path);
    fclose(f);
    buf[len] = '\0';
    return buf;
}

static int basis_from_name(const char *s)
{
    for (int i = 0; i < 4; i++)
        if (strcmp(s, basis_names[i]) == 0)
            return i;
    return -1;
}

static int parse_iso(const char *s, int32_t *serial)
{
    foi_date d;
    int y, m, dd;
    char tail;
    if (sscanf(s, "%4d-%2d-%2d%c", &y, &m, &dd, &tail) != 3 || strlen(s) != 10)
        return -1;
    if (foi_date_from_ymd(&d, y, m, dd))
        return -1;
    *serial = d.serial;
    return 0;
}

/* ---------------------------------------------------------------- tables */

struct rows {
    foi_row *v;
    size_t n, cap;
};

static void push(struct rows *r, foi_row row)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? 2 * r->cap : 1024;
        r->v = realloc(r->v, r->cap * sizeof *r->v);
        if (!r->v)
            die("out of memory");
    }
    r->v[r->n++] = row;
}

static const char *x_prop(icalcomponent *c, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY))
        if (strcmp(icalproperty_get_x_name(p), name) == 0)
            return icalproperty_get_x(p);
    return NULL;
}

/* Reads one division's file; returns the last year of published data. */
static int read_division(struct rows *out, const char *dir, int idx)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s.ics", dir, division_files[idx]);
    char *text = read_file(path);
    icalcomponent *cal = icalparser_parse_string(text);
    free(text);
    if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT)
        die("%s: not an iCalendar VCALENDAR", path);
    if (icalcomponent_count_errors(cal))
        die("%s: %d iCalendar errors", path, icalcomponent_count_errors(cal));
    const char *until = x_prop(cal, "X-FOICLOCK-PUBLISHED-UNTIL");
    int32_t until_serial;
    if (!until || parse_iso(until, &until_serial))
        die("%s: missing or bad X-FOICLOCK-PUBLISHED-UNTIL", path);
    int last_year;
    foi_civil_from_days(until_serial, &last_year, NULL, NULL);

    unsigned bit = 1u << idx;
    int32_t prev = INT32_MIN;
    size_t count = 0;
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        struct icaltimetype t = icalcomponent_get_dtstart(ev);
        const char *summary = icalcomponent_get_summary(ev);
        const char *basis = x_prop(ev, "X-FOICLOCK-BASIS");
        const char *subst = x_prop(ev, "X-FOICLOCK-SUBSTITUTE");
        const char *uid = icalcomponent_get_uid(ev);
        if (icaltime_is_null_time(t) || !t.is_date)
            die("%s: event %s has no all-day DTSTART", path, uid ? uid : "?");
        foi_date d;
        if (foi_date_from_ymd(&d, t.year, t.month, t.day))
            die("%s: event %s: %s", path, uid ? uid : "?", foi_error_last());
        if (!summary || !*summary)
            die("%s: event %s has no SUMMARY", path, uid ? uid : "?");
        int b = basis ? basis_from_name(basis) : -1;
        if (b < 0)
            die("%s: event %s has a missing or unknown X-FOICLOCK-BASIS", path, uid ? uid : "?");
        if (!subst || (strcmp(subst, "TRUE") && strcmp(subst, "FALSE")))
            die("%s: event %s needs X-FOICLOCK-SUBSTITUTE TRUE or FALSE", path, uid ? uid : "?");
        if (d.serial > until_serial || t.year < FOI_COVER_FIRST_YEAR)
            die("%s: event %s lies outside %d..%d", path, uid ? uid : "?", FOI_COVER_FIRST_YEAR,
                last_year);
        if (d.serial < prev)
            die("%s: events must be in date order (%s)", path, uid ? uid : "?");
        prev = d.serial;
        push(out, (foi_row){d.serial, (unsigned char)bit, (unsigned char)b,
                            strcmp(subst, "TRUE") == 0, 0, xstrdup(summary), "built-in"});
        count++;
    }
    icalcomponent_free(cal);
    if (count == 0)
        die("%s: no holidays", path);
    return last_year;
}

static void emit_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(f, "\\%c", *p);
        else if (*p < 0x20 || *p >= 0x7f)
            fprintf(f, "\\%03o", *p); /* octal: never swallows a following digit */
        else
            fputc(*p, f);
    }
    fputc('"', f);
}

static void emit_u16(FILE *f, const uint16_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fprintf(f, "%s%u,", i % 16 ? "" : "\n", v[i]);
}

/* The distinct strings of the data, each stored once in one pool that the
 * tables name by offset: offsets need no relocation when the library loads. */
struct strings {
    const char **v;
    size_t n, cap, bytes;
};

static uint16_t string_offset(struct strings *s, const char *text)
{
    size_t off = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (strcmp(s->v[i], text) == 0)
            return (uint16_t)off;
        off += strlen(s->v[i]) + 1;
    }
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 64;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v)
            die("out of memory");
    }
    s->v[s->n++] = text;
    s->bytes = off + strlen(text) + 1;
    if (s->bytes > UINT16_MAX)
        die("the holiday names need more than 64 KiB");
    return (uint16_t)off;
}

static void emit_packed(FILE *f, struct strings *pool, int32_t serial, const char *name,
                        const char *source, unsigned divisions, unsigned basis, unsigned substitute,
                        unsigned provisional)
{
    fprintf(f, "{%ld,%u,%u,%u,%u,%u,%u},\n", (long)serial, string_offset(pool, name),
            string_offset(pool, source), divisions, basis, substitute, provisional);
}

/* Writes the built-in data as C. With tables (compact 0): every row,
 * published and projected, and each calendar's cumulative tables and merged
 * holidays. Compact: the published rows only, and the room each calendar
 * needs when the library derives it. */
static int cmd_tables(const char *dir, const char *out_path, int compact)
{
    struct rows rows = {0};
    int32_t published_until[3];
    size_t npublished = 0;
    for (int k = 0; k < 3; k++) {
        int last = read_division(&rows, dir, k);
        published_until[k] = foi_days_from_civil(last, 12, 31);
        for (int y = last + 1; y <= FOI_COVER_LAST_YEAR; y++) {
            foi_row buf[32];
            int n = foi_project_year(buf, 32, 1u << k, y);
            if (n < 0)
                die("projecting %d: %s", y, foi_error_last());
            for (int i = 0; i < n; i++) {
                buf[i].source = "rules";
                push(&rows, buf[i]);
            }
        }
    }
    for (size_t i = 0; i < rows.n; i++)
        npublished += !rows.v[i].provisional;

    /* The body goes to a scratch file first: the string pool, which comes
     * first in the output, is only complete once every table is written. */
    FILE *body = tmpfile();
    if (!body)
        die("cannot create a temporary file: %s", strerror(errno));
    struct strings pool = {0};
    size_t nemit = compact ? npublished : rows.n;
    fprintf(body, "const foi_packed_holiday foi_builtin_rows[%zu] = {\n", nemit);
    for (size_t i = 0; i < rows.n; i++) {
        const foi_row *r = &rows.v[i];
        if (!compact || !r->provisional)
            emit_packed(body, &pool, r->serial, r->name, r->source, r->division, r->basis,
                        r->substitute, r->provisional);
    }
    fprintf(body, "};\nconst size_t foi_builtin_nrows = %zu;\n", nemit);
    fprintf(body, "const int foi_builtin_rows_projected = %d;\n", !compact);
    fprintf(body, "const int32_t foi_builtin_published_until[3] = {%ld, %ld, %ld};\n\n",
            (long)published_until[0], (long)published_until[1], (long)published_until[2]);

    struct foi_calendar *cals[FOI_CAL_COUNT];
    size_t nsel[FOI_CAL_COUNT];
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        if (foi_calbuild(&cals[id], rows.v, rows.n, (foi_calendar_id)id, published_until))
            die("building calendar %d: %s", id, foi_error_last());
        nsel[id] = 0;
        for (size_t i = 0; i < rows.n; i++)
            nsel[id] += (size_t)foi_row_selected(foi_calendar_id_divisions((foi_calendar_id)id),
                                                 rows.v[i].serial, rows.v[i].division);
    }
    size_t hol_total = 0, gap_total = 0;
    fputs("const foi_builtin_desc foi_builtin_descs[FOI_CAL_COUNT] = {\n", body);
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        size_t n = compact ? nsel[id] : cals[id]->nholidays;
        fprintf(body, "{%zu, %zu, %zu, %ld},\n", hol_total, n, gap_total, (long)cals[id]->nworking);
        hol_total += n;
        gap_total += (size_t)cals[id]->nworking;
    }
    fputs("};\n\n", body);
    if (compact) {
        fprintf(body, "foi_holiday foi_lazy_holidays[%zu];\n", hol_total);
        fprintf(body, "uint16_t foi_lazy_cum[%d];\n", FOI_CAL_COUNT * (FOI_COVER_DAYS + 1));
        fprintf(body, "uint16_t foi_lazy_gap[%zu];\n", gap_total);
    } else {
        fprintf(body, "const uint16_t foi_builtin_cum[%d] = {",
                FOI_CAL_COUNT * (FOI_COVER_DAYS + 1));
        for (int id = 0; id < FOI_CAL_COUNT; id++)
            emit_u16(body, cals[id]->cum, (size_t)FOI_COVER_DAYS + 1);
        fprintf(body, "\n};\n\nconst uint16_t foi_builtin_gap[%zu] = {", gap_total);
        for (int id = 0; id < FOI_CAL_COUNT; id++)
            emit_u16(body, cals[id]->gap, (size_t)cals[id]->nworking);
        fprintf(body, "\n};\n\nconst foi_packed_holiday foi_builtin_holidays[%zu] = {\n",
                hol_total);
        for (int id = 0; id < FOI_CAL_COUNT; id++)
            for (size_t i = 0; i < cals[id]->nholidays; i++) {
                const foi_holiday *h = &cals[id]->holidays[i];
                emit_packed(body, &pool, h->date.serial, h->name, h->source, h->divisions, h->basis,
                            h->substitute, h->provisional);
            }
        fprintf(body, "};\nconst size_t foi_builtin_nholidays_total = %zu;\n\n", hol_total);
        fprintf(body, "foi_holiday foi_lazy_holidays[%zu];\n", hol_total);
        fprintf(body, "atomic_int foi_lazy_chunks[%zu];\n",
                (hol_total + FOI_BUILTIN_CHUNK - 1) / FOI_BUILTIN_CHUNK);
    }

    FILE *f = fopen(out_path, "w");
    if (!f)
        die("cannot write %s: %s", out_path, strerror(errno));
    fputs("/* Generated by foiclock-holidaygen from the files in holidays/: do not edit. */\n"
          "#include \"builtin.h\"\n\n",
          f);
    fprintf(f, "#%s FOICLOCK_COMPACT\n#error \"%s\"\n#endif\n\n", compact ? "ifndef" : "ifdef",
            compact ? "compact data in a build with tables" : "tables in a compact build");
    fprintf(f, "const char foi_builtin_strings[%zu] =", pool.bytes + 1);
    for (size_t i = 0; i < pool.n; i++) {
        fputs("\n    ", f);
        emit_string(f, pool.v[i]);
        fputs(" \"\\0\"", f);
    }
    fputs(";\n\n", f);
    rewind(body);
    char buf[65536];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, body)) > 0)
        if (fwrite(buf, 1, got, f) != got)
            die("cannot write %s", out_path);
    fclose(body);
    if (fclose(f))
        die("cannot write %s", out_path);
    for (int id = 0; id < FOI_CAL_COUNT; id++)
        free(cals[id]->storage);
    free(pool.v);
    /* Names read from the files were copied; projected ones are static. */
    for (size_t i = 0; i < rows.n; i++)
        if (!rows.v[i].provisional)
            free((void *)(uintptr_t)rows.v[i].name);
    free(rows.v);
    return 0;
}

/* -------------------------------------------------------------- from-csv */

/* Splits one RFC 4180 record from *p into at most max fields (in place). */
static int csv_record(char **p, char **fields, int max)
{
    char *s = *p;
    if (!*s)
        return -1;
    int n = 0;
    for (;;) {
        char *out = s, *start = s;
        if (*s == '"') {
            s++;
            for (;;) {
                if (!*s)
                    die("unterminated quoted CSV field");
                if (*s == '"' && s[1] == '"') {
                    *out++ = '"';
                    s += 2;
                } else if (*s == '"') {
                    s++;
                    break;
                } else {
                    *out++ = *s++;
                }
            }
        } else {
            while (*s && *s != ',' && *s != '\n' && *s != '\r')
                *out++ = *s++;
        }
        char end = *s;
        *out = '\0';
        if (n < max)
            fields[n++] = start;
        if (end == ',') {
            s++;
            continue;
        }
        /* The terminator itself may have been overwritten by the NUL above. */
        if (end == '\r')
            s++;
        if (end == '\n' || *s == '\n')
            s++;
        break;
    }
    *p = s;
    return n;
}

/* Curated titles mix spellings; settle on GOV.UK's current style. */
static char *normalise_title(const char *raw, int *substitute)
{
    static const char *const recase[][2] = {
        {"Early May Bank Holiday", "Early May bank holiday"},
        {"Spring Bank Holiday", "Spring bank holiday"},
        {"Summer Bank Holiday", "Summer bank holiday"},
        {"Royal Wedding", "Royal wedding"},
    };
    char *t = xmalloc(strlen(raw) * 3 + 1);
    char *o = t;
    for (const char *p = raw; *p; p++) {
        if (*p == '\'') {
            memcpy(o, "\u2019", 3);
            o += 3;
        } else {
            *o++ = *p;
        }
    }
    *o = '\0';
    size_t len = strlen(t), sl = strlen(SUBSTITUTE_SUFFIX);
    *substitute = len > sl && strcmp(t + len - sl, SUBSTITUTE_SUFFIX) == 0;
    if (*substitute)
        t[len - sl] = '\0';
    for (size_t i = 0; i < sizeof recase / sizeof *recase; i++)
        if (strcmp(t, recase[i][0]) == 0)
            strcpy(t, recase[i][1]);
    return t;
}

static icalproperty *x_new(const char *name, const char *value)
{
    icalproperty *p = icalproperty_new_x(value);
    icalproperty_set_x_name(p, name);
    return p;
}

static int cmd_from_csv(const char *csv_path, const char *dir)
{
    char *text = read_file(csv_path);
    char *p = text;
    char *f[16];
    int n = csv_record(&p, f, 16);
    static const char *const want[] = {"division", "date",  "title",     "source",
                                       "agree",    "basis", "confidence"};
    for (int i = 0; i < 7; i++)
        if (n <= i || strcmp(f[i], want[i]))
            die("%s: header must start division,date,title,source,agree,basis,confidence",
                csv_path);

    icalcomponent *cals[3];
    int last_year[3] = {0, 0, 0};
    for (int k = 0; k < 3; k++) {
        cals[k] = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
        icalcomponent_add_property(cals[k],
                                   icalproperty_new_prodid("-//foiclock//bank holiday data//EN"));
        icalcomponent_add_property(cals[k], icalproperty_new_version("2.0"));
        icalcomponent_add_property(cals[k], icalproperty_new_calscale("GREGORIAN"));
        icalcomponent_add_property(cals[k], icalproperty_new_method(ICAL_METHOD_PUBLISH));
        char title[96];
        snprintf(title, sizeof title, "%s bank holidays", division_titles[k]);
        icalcomponent_add_property(cals[k], x_new("X-WR-CALNAME", title));
        icalcomponent_add_property(cals[k], x_new("X-FOICLOCK-DIVISION", division_files[k]));
    }

    int line = 1;
    while ((n = csv_record(&p, f, 16)) >= 0) {
        line++;
        if (n == 1 && !*f[0])
            continue;
        if (n < 7)
            die("%s:%d: expected at least 7 fields", csv_path, line);
        int k = -1;
        for (int i = 0; i < 3; i++)
            if (strcmp(f[0], division_files[i]) == 0)
                k = i;
        int32_t serial;
        if (k < 0)
            die("%s:%d: unknown division '%s'", csv_path, line, f[0]);
        if (parse_iso(f[1], &serial))
            die("%s:%d: bad date '%s'", csv_path, line, f[1]);
        if (basis_from_name(f[5]) < 0)
            die("%s:%d: unknown basis '%s'", csv_path, line, f[5]);
        int y, m, d, substitute;
        foi_civil_from_days(serial, &y, &m, &d);
        if (y > last_year[k])
            last_year[k] = y;
        char *title = normalise_title(f[2], &substitute);

        icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        char uid[160], slug[96];
        size_t s = 0;
        /* Short enough that no UID line needs folding. */
        for (const char *q = title; *q && s + 1 < 40; q++) {
            unsigned char c = (unsigned char)*q;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                slug[s++] = (char)c;
            else if (c >= 'A' && c <= 'Z')
                slug[s++] = (char)(c - 'A' + 'a');
            else if (c == ' ' && s && slug[s - 1] != '-')
                slug[s++] = '-';
        }
        slug[s] = '\0';
        if (s && slug[s - 1] == '-')
            slug[--s] = '\0';
        snprintf(uid, sizeof uid, "%04d%02d%02d-%s-%s@foiclock", y, m, d, division_codes[k], slug);
        struct icaltimetype start = icaltime_null_date();
        start.year = y;
        start.month = m;
        start.day = d;
        struct icaltimetype end = icaltime_add(start, icaldurationtype_from_int(86400));
        icalcomponent_add_property(ev, icalproperty_new_uid(uid));
        /* DTSTAMP is the date of the data, fixed so that regenerating the
         * files changes nothing that did not change. */
        struct icaltimetype stamp = icaltime_null_time();
        stamp.year = FOI_BUILTIN_DATA_YEAR;
        stamp.month = FOI_BUILTIN_DATA_MONTH;
        stamp.day = FOI_BUILTIN_DATA_DAY;
        stamp.zone = icaltimezone_get_utc_timezone();
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(ev, icalproperty_new_dtstart(start));
        icalcomponent_add_property(ev, icalproperty_new_dtend(end));
        icalcomponent_add_property(ev, icalproperty_new_summary(title));
        icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_property(ev, x_new("X-FOICLOCK-BASIS", f[5]));
        icalcomponent_add_property(ev,
                                   x_new("X-FOICLOCK-SUBSTITUTE", substitute ? "TRUE" : "FALSE"));
        icalcomponent_add_property(ev, x_new("X-FOICLOCK-CONFIDENCE", f[6]));
        icalcomponent_add_property(ev, x_new("X-FOICLOCK-SOURCE", f[3]));
        icalcomponent_add_component(cals[k], ev);
        free(title);
    }
    free(text);

    for (int k = 0; k < 3; k++) {
        char until[16], path[4096];
        snprintf(until, sizeof until, "%04d-12-31", last_year[k]);
        icalcomponent_add_property(cals[k], x_new("X-FOICLOCK-PUBLISHED-UNTIL", until));
        snprintf(path, sizeof path, "%s/%s.ics", dir, division_files[k]);
        char *out = icalcomponent_as_ical_string_r(cals[k]);
        FILE *fp = fopen(path, "wb");
        if (!fp || fputs(out, fp) < 0 || fclose(fp))
            die("cannot write %s", path);
        icalmemory_free_buffer(out);
        icalcomponent_free(cals[k]);
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "tables") == 0)
        return cmd_tables(argv[2], argv[3], 0);
    if (argc == 4 && strcmp(argv[1], "compact") == 0)
        return cmd_tables(argv[2], argv[3], 1);
    if (argc == 4 && strcmp(argv[1], "from-csv") == 0)
        return cmd_from_csv(argv[2], argv[3]);
    fprintf(stderr, "usage: foiclock-holidaygen tables|compact DIR OUT.c\n"
                    "       foiclock-holidaygen from-csv CSV DIR\n");
    return 2;
}
