/* Holiday data for the CLI: files from the local data directories and from
 * --holidays, which of their years are used, what every answer says about
 * them, and install-holidays, which validates a downloaded file and puts it
 * where the CLI finds it. The library itself never reads these directories. */
#define _POSIX_C_SOURCE 200809L /* mkstemp, fsync, fchmod, strdup */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

#ifndef FOICLOCK_SYSCONFDIR
#define FOICLOCK_SYSCONFDIR "/usr/local/etc"
#endif

#define SYSTEM_DIR FOICLOCK_SYSCONFDIR "/foiclock/holidays"
/* The same bound as the iCalendar import's own reader. */
#define MAX_FILE (16L << 20)
#define MAX_FILES 16
#define FIRST_YEAR 1971
#define NYEARS (2199 - FIRST_YEAR + 1)

static const foi_calendar_id div_cal[3] = {FOI_CAL_ENGLAND_WALES, FOI_CAL_SCOTLAND,
                                           FOI_CAL_NORTHERN_IRELAND};
static const unsigned div_bit[3] = {FOI_DIV_ENGLAND_WALES, FOI_DIV_SCOTLAND,
                                    FOI_DIV_NORTHERN_IRELAND};

struct hfile {
    char *path;        /* as opened */
    const char *name;  /* as shown and as the holidays' source */
    int local;         /* from a data directory, not --holidays */
    int json;          /* a GOV.UK bank-holidays.json feed, else iCalendar */
    unsigned division; /* iCalendar: DIVISION= given, else 0 (from the name) */
    int has_stamp;
    foi_date stamp;       /* the data's own date (iCalendar DTSTAMP) */
    int newer;            /* newer than the built-in data (see decide) */
    foi_calendar *cal[3]; /* the division calendars with this file alone */
    unsigned char held[3][NYEARS], used[3][NYEARS], differ[3][NYEARS];
    char warning[1024];
    int superseded; /* a later file gives some of the years it was used for */
};

static struct hfile files[MAX_FILES];
static size_t nfiles;
static foi_calendar *custom[FOI_CAL_COUNT];
const foi_calendar *cli_calendars[FOI_CAL_COUNT];
static int any_used;
static int local_read; /* the directories were read (no --no-local-holidays) */

static int has_suffix(const char *s, const char *suffix);

static int year_of(foi_date d)
{
    int y;
    foi_date_to_ymd(d, &y, NULL, NULL);
    return y;
}

static int builtin_published_year(int k)
{
    foi_date pub;
    foi_calendar_coverage(foi_calendar_builtin(div_cal[k]), NULL, NULL, &pub);
    return year_of(pub);
}

/* ---- reading ---- */

static int read_text(const char *path, char **text, size_t *len, char *err, size_t errsize)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errsize, "%s: cannot open the file: %s", path, strerror(errno));
        return -1;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap)
            break;
        if (cap >= (size_t)MAX_FILE) {
            snprintf(err, errsize, "%s: larger than 16 MiB: not a holiday file", path);
            free(buf);
            fclose(f);
            return -1;
        }
        char *nb = realloc(buf, 2 * cap + 1);
        if (!nb) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    int failed = !buf || ferror(f), why = errno;
    fclose(f);
    if (failed) {
        snprintf(err, errsize, "%s: cannot read the file: %s", path,
                 buf ? strerror(why) : "out of memory");
        free(buf);
        return -1;
    }
    buf[n] = '\0';
    *text = buf;
    *len = n;
    return 0;
}

/* A feed begins with '{' (after spaces or a byte-order mark), or is named
 * *.json; iCalendar begins with BEGIN:VCALENDAR. */
static int looks_json(const char *t, size_t n)
{
    size_t i = n >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < n && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n'))
        i++;
    return i < n && t[i] == '{';
}

/* The latest DTSTAMP date of an iCalendar text: GOV.UK stamps every event
 * with the time it generated the file. */
static int ics_stamp(const char *t, size_t n, foi_date *out)
{
    int found = 0;
    for (size_t i = 0; i + 8 < n; i++) {
        if ((i && t[i - 1] != '\n') || strncmp(t + i, "DTSTAMP", 7) != 0 ||
            (t[i + 7] != ':' && t[i + 7] != ';'))
            continue;
        const char *colon = memchr(t + i + 7, ':', n - i - 7);
        const char *eol = memchr(t + i, '\n', n - i);
        if (!colon || (eol && colon > eol) || (size_t)(t + n - colon) < 9)
            continue;
        int y, m, d;
        foi_date day;
        if (sscanf(colon + 1, "%4d%2d%2d", &y, &m, &d) == 3 && !foi_date_from_ymd(&day, y, m, d) &&
            (!found || day.serial > out->serial)) {
            *out = day;
            found = 1;
        }
    }
    return found;
}

/* Imports f's text into b: 0, or -1 with the reason in err. */
static int import_text(foi_calendar_builder *b, const struct hfile *f, const char *text, size_t len,
                       foi_import_report *report, char *err, size_t errsize)
{
    if (f->json)
        return govuk_json_import(b, text, len, f->name, report, err, errsize);
    const struct ics_api *a = ics_api();
    if (!a) {
        snprintf(err, errsize, "%s: iCalendar support is not available", f->name);
        return -1;
    }
    if (a->import_holidays_text(b, text, len, f->name, f->division, report)) {
        snprintf(err, errsize, "%s", foi_error_last());
        return -1;
    }
    return 0;
}

/* ---- which years a file is used for ---- */

/* The distinct non-working weekdays of cal in year y. */
static size_t year_days(const foi_calendar *cal, int y, int32_t *out, size_t cap)
{
    foi_date from, to;
    const foi_holiday *h;
    size_t n, k = 0;
    foi_date_from_ymd(&from, y, 1, 1);
    foi_date_from_ymd(&to, y, 12, 31);
    if (foi_calendar_holidays(&h, &n, cal, from, to))
        return 0;
    for (size_t i = 0; i < n && k < cap; i++)
        if (!k || out[k - 1] != h[i].date.serial)
            out[k++] = h[i].date.serial;
    return k;
}

static int same_year(const foi_calendar *a, const foi_calendar *b, int y)
{
    int32_t da[64], db[64];
    size_t na = year_days(a, y, da, 64), nb = year_days(b, y, db, 64);
    return na == nb && memcmp(da, db, na * sizeof *da) == 0;
}

/*
 * Reads and checks f on a builder of its own, then decides which of its
 * years to use. A local file is used
 *   - for every year after the built-in published data of a division (it
 *     adds those: the built-in days there are projections);
 *   - for a year the built-in data also publish, only when the two differ
 *     and the file is newer than the built-in data: its DTSTAMP (the day
 *     GOV.UK generated it) is after foi_calendar_builtin_date(), or, for a
 *     file without a date of its own (bank-holidays.json), it reaches
 *     beyond the built-in published data (GOV.UK's rolling window has moved
 *     on since the built-in data was made).
 * A year that differs from the built-in data in an older file is not used
 * and makes the file stale; so does an older file that adds nothing. A
 * --holidays file is used for every year it holds, as given.
 */
static int examine(struct hfile *f, char *err, size_t errsize)
{
    char *text = NULL;
    size_t len = 0;
    if (read_text(f->path, &text, &len, err, errsize))
        return -1;
    f->json = looks_json(text, len) || has_suffix(f->name, ".json");
    f->has_stamp = !f->json && ics_stamp(text, len, &f->stamp);
    foi_calendar_builder *b = NULL;
    int rc = foi_calendar_builder_new(&b) ? -1 : 0;
    if (rc)
        snprintf(err, errsize, "%s", foi_error_last());
    if (!rc)
        rc = import_text(b, f, text, len, NULL, err, errsize);
    free(text);
    for (int k = 0; k < 3 && !rc; k++) {
        if (foi_calendar_builder_build(&f->cal[k], b, div_cal[k])) {
            snprintf(err, errsize, "%s: %s", f->name, foi_error_last());
            rc = -1;
        }
    }
    foi_calendar_builder_free(b);
    if (rc)
        return -1;
    int beyond = 0;
    for (int k = 0; k < 3; k++) {
        foi_date first, last;
        const foi_holiday *h;
        size_t n;
        foi_calendar_coverage(f->cal[k], &first, &last, NULL);
        foi_calendar_holidays(&h, &n, f->cal[k], first, last);
        for (size_t i = 0; i < n; i++)
            if ((h[i].divisions & div_bit[k]) && strcmp(h[i].source, f->name) == 0)
                f->held[k][year_of(h[i].date) - FIRST_YEAR] = 1;
        for (int y = builtin_published_year(k) + 1; y < FIRST_YEAR + NYEARS; y++)
            beyond |= f->held[k][y - FIRST_YEAR];
    }
    foi_date builtin = foi_calendar_builtin_date();
    f->newer = f->has_stamp ? f->stamp.serial > builtin.serial : beyond;
    for (int k = 0; k < 3; k++) {
        int pub = builtin_published_year(k);
        const foi_calendar *bc = foi_calendar_builtin(div_cal[k]);
        for (int y = FIRST_YEAR; y < FIRST_YEAR + NYEARS; y++) {
            int i = y - FIRST_YEAR;
            if (!f->held[k][i])
                continue;
            if (!f->local || y > pub)
                f->used[k][i] = 1;
            else if (!same_year(f->cal[k], bc, y))
                (f->newer ? f->used : f->differ)[k][i] = 1;
        }
    }
    return 0;
}

/* Appends "2019, 2021-2023" for the marked years of set (any division). */
static void years_text(char *buf, size_t size, const unsigned char *set, int only)
{
    size_t n = strlen(buf);
    int first = 1;
    for (int i = 0; i < NYEARS; i++) {
        int on = 0;
        for (int k = 0; k < 3; k++) {
            if (only >= 0 && k != only)
                continue;
            on |= set[k * NYEARS + i];
        }
        if (!on)
            continue;
        int j = i;
        for (;;) {
            int more = 0;
            for (int k = 0; k < 3; k++)
                if ((only < 0 || k == only) && j + 1 < NYEARS && set[k * NYEARS + j + 1])
                    more = 1;
            if (!more)
                break;
            j++;
        }
        if (j > i)
            n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s%d-%d", first ? "" : ", ",
                                  FIRST_YEAR + i, FIRST_YEAR + j);
        else
            n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s%d", first ? "" : ", ",
                                  FIRST_YEAR + i);
        first = 0;
        i = j;
        if (n >= size)
            return;
    }
}

static int any_year(const unsigned char *set)
{
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < NYEARS; i++)
            if (set[k * NYEARS + i])
                return 1;
    return 0;
}

static void stale_warning(struct hfile *f)
{
    char when[FOI_DATE_LONG_SIZE], built[FOI_DATE_LONG_SIZE], why[256];
    foi_date_format_long(foi_calendar_builtin_date(), built);
    if (f->has_stamp)
        snprintf(why, sizeof why, "its data are of %s, the built-in data of %s",
                 foi_date_format_long(f->stamp, when), built);
    else
        snprintf(why, sizeof why,
                 "it has no date of its own and reaches no further than the built-in data, "
                 "which are of %s",
                 built);
    if (any_year(f->differ[0])) {
        char where[400] = "";
        for (int k = 0; k < 3; k++) {
            int has = 0;
            for (int i = 0; i < NYEARS; i++)
                has |= f->differ[k][i];
            if (!has)
                continue;
            size_t n = strlen(where);
            snprintf(where + n, sizeof where - n, "%s%s ", n ? "; " : "",
                     foi_division_title(div_bit[k]));
            years_text(where, sizeof where, f->differ[0], k);
        }
        snprintf(f->warning, sizeof f->warning,
                 "older than the built-in data (%s): where the two differ (%s) the built-in "
                 "data are used; install a newer download, remove the file, or give it with "
                 "--holidays to use it anyway",
                 why, where);
    } else if (!any_year(f->used[0])) {
        snprintf(f->warning, sizeof f->warning,
                 "adds nothing to the built-in data (%s): it is not used; remove it or install "
                 "a newer download",
                 why);
    }
}

/* ---- the data directories ---- */

/* The directories searched, in the order their files are applied (later
 * ones win where two files give the same year): the system directory, then
 * the user's; FOICLOCK_HOLIDAYS_DIR alone when set. */
static size_t data_dirs(char dirs[2][4096])
{
    const char *env = getenv("FOICLOCK_HOLIDAYS_DIR");
    if (env && *env) {
        snprintf(dirs[0], sizeof dirs[0], "%s", env);
        return 1;
    }
    size_t n = 0;
    snprintf(dirs[n++], sizeof dirs[0], "%s", SYSTEM_DIR);
    const char *xdg = getenv("XDG_DATA_HOME");
    const char *home = getenv("HOME");
    /* The XDG base directory rules: a relative XDG_DATA_HOME is ignored. */
    if (xdg && xdg[0] == '/')
        snprintf(dirs[n++], sizeof dirs[0], "%s/foiclock/holidays", xdg);
    else if (home && home[0] == '/')
        snprintf(dirs[n++], sizeof dirs[0], "%s/.local/share/foiclock/holidays", home);
    return n;
}

static int user_dir(char *out, size_t size)
{
    char dirs[2][4096];
    size_t n = data_dirs(dirs);
    const char *env = getenv("FOICLOCK_HOLIDAYS_DIR");
    if ((env && *env) || n == 2) {
        snprintf(out, size, "%s", dirs[n - 1]);
        return 0;
    }
    return -1;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n > k && strcmp(s + n - k, suffix) == 0;
}

/* Adds the holiday files of dir (*.ics and *.json, not hidden, in name
 * order). A directory that does not exist holds none. */
static int scan_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        if (errno == ENOENT || errno == ENOTDIR)
            return 0;
        return fail("cannot read the holiday directory %s: %s (run with --no-local-holidays "
                    "to use the built-in data alone)",
                    dir, strerror(errno));
    }
    char *names[MAX_FILES + 1];
    size_t n = 0;
    struct dirent *e;
    int rc = 0;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' ||
            !(has_suffix(e->d_name, ".ics") || has_suffix(e->d_name, ".json")))
            continue;
        if (n + nfiles >= MAX_FILES) {
            rc = fail("more than %d holiday files in %s and on the command line", MAX_FILES, dir);
            break;
        }
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        if (!(names[n] = malloc(len))) {
            rc = fail("out of memory");
            break;
        }
        snprintf(names[n++], len, "%s/%s", dir, e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, name_cmp);
    for (size_t i = 0; i < n; i++) {
        if (rc) {
            free(names[i]);
            continue;
        }
        struct hfile *f = &files[nfiles++];
        f->path = names[i];
        f->name = strrchr(names[i], '/') + 1;
        f->local = 1;
    }
    return rc;
}

/* ---- loading ---- */

/* What the imports changed, on standard error: a line per note, or with
 * --format json the library's {"warnings":[...]} object, so that standard
 * output keeps only the command's own records. */
static void print_notes(const foi_import_report *r, int json)
{
    size_t n = foi_import_report_count(r);
    if (!n)
        return;
    if (json) {
        char *text = NULL;
        if (foi_import_report_json(&text, r) == FOI_OK)
            fprintf(stderr, "%s\n", text);
        foi_json_free(text);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const foi_import_note *note = foi_import_report_at(r, i);
        fputs("foiclock: note: ", stderr);
        text_clean(stderr, note->source);
        if (note->line)
            fprintf(stderr, ":%ld", note->line);
        fputs(": ", stderr);
        text_clean(stderr, note->text);
        fputc('\n', stderr);
    }
}

/* The rows of f's division k in the years it is used for. */
static int apply_local(foi_calendar_builder *b, struct hfile *f, int k)
{
    foi_date first, last;
    const foi_holiday *h;
    size_t n, m = 0;
    foi_calendar_coverage(f->cal[k], &first, &last, NULL);
    foi_calendar_holidays(&h, &n, f->cal[k], first, last);
    foi_holiday_row *rows = malloc((n ? n : 1) * sizeof *rows);
    if (!rows)
        return fail("out of memory");
    for (size_t i = 0; i < n; i++) {
        if (!f->used[k][year_of(h[i].date) - FIRST_YEAR])
            continue;
        if (m && rows[m - 1].date.serial == h[i].date.serial)
            continue;
        rows[m].date = h[i].date;
        rows[m].name = h[i].name;
        rows[m].basis = h[i].basis;
        rows[m].substitute = h[i].substitute;
        m++;
    }
    int rc = 0;
    if (m && foi_calendar_builder_import(b, div_bit[k], rows, m, f->name, NULL))
        rc = fail("%s: %s", f->path, foi_error_last());
    free(rows);
    return rc;
}

/* File i replaces the years it is used for whole: the files before it are
 * no longer used for them. */
static void supersede(size_t i)
{
    for (size_t j = 0; j < i; j++)
        for (int k = 0; k < 3; k++)
            for (int y = 0; y < NYEARS; y++)
                if (files[i].used[k][y] && files[j].used[k][y]) {
                    files[j].used[k][y] = 0;
                    files[j].superseded = 1;
                }
}

int load_holiday_files(const char *const *specs, size_t n, int json, int use_local)
{
    char err[1024];
    local_read = use_local;
    if (use_local) {
        char dirs[2][4096];
        size_t nd = data_dirs(dirs);
        for (size_t i = 0; i < nd; i++)
            if (scan_dir(dirs[i]))
                return EXIT_USAGE;
    }
    for (size_t i = 0; i < nfiles; i++) {
        if (examine(&files[i], err, sizeof err))
            return fail("local holiday file %s is not usable: %s (install a good download with "
                        "'foiclock install-holidays', remove the file, or run with "
                        "--no-local-holidays)",
                        files[i].path, err);
        stale_warning(&files[i]);
    }
    size_t nlocal = nfiles;
    if (n > MAX_FILES - nfiles)
        return fail("--holidays: at most %d holiday files in all", MAX_FILES);
    for (size_t i = 0; i < n; i++) {
        /* DIVISION=FILE names the division; a bare FILE takes it from its name. */
        struct hfile *f = &files[nfiles++];
        const char *spec = specs[i], *file = spec;
        const char *eq = strchr(spec, '=');
        if (eq) {
            char div[32];
            size_t len = (size_t)(eq - spec);
            if (len < sizeof div) {
                memcpy(div, spec, len);
                div[len] = '\0';
                if (foi_division_from_name(&f->division, div) == FOI_OK)
                    file = eq + 1;
            }
        }
        f->path = strdup(file);
        if (!f->path)
            return fail("out of memory");
        f->name = f->path;
    }
    int rc = 0;
    foi_calendar_builder *b = NULL;
    foi_import_report *report = NULL;
    if (foi_calendar_builder_new(&b) || foi_import_report_new(&report)) {
        foi_calendar_builder_free(b);
        return fail("%s", foi_error_last());
    }
    for (size_t i = 0; i < nlocal && !rc; i++) {
        for (int k = 0; k < 3 && !rc; k++)
            if (any_year(files[i].used[0]))
                rc = apply_local(b, &files[i], k);
        supersede(i);
        if (files[i].warning[0]) {
            /* The note spans the years concerned: those where the file
             * differs, else all it holds. */
            const unsigned char *set =
                any_year(files[i].differ[0]) ? files[i].differ[0] : files[i].held[0];
            int lo = -1, hi = -1;
            unsigned div = 0;
            for (int k = 0; k < 3; k++)
                for (int y = 0; y < NYEARS; y++)
                    if (set[k * NYEARS + y]) {
                        lo = lo < 0 || y < lo ? y : lo;
                        hi = y > hi ? y : hi;
                        div = div ? div : div_bit[k];
                    }
            foi_import_note note;
            memset(&note, 0, sizeof note);
            note.kind = FOI_IMPORT_WARNING;
            note.division = div;
            note.name = "";
            note.text = files[i].warning;
            note.source = files[i].path;
            foi_date_from_ymd(&note.date, FIRST_YEAR + (lo < 0 ? 0 : lo), 1, 1);
            foi_date_from_ymd(&note.until, FIRST_YEAR + (hi < 0 ? 0 : hi), 12, 31);
            if (json && foi_import_report_add(report, &note))
                rc = fail("%s", foi_error_last());
            if (!json) {
                fputs("foiclock: warning: ", stderr);
                text_clean(stderr, files[i].path);
                fputs(": ", stderr);
                text_clean(stderr, files[i].warning);
                fputc('\n', stderr);
            }
        }
        any_used |= any_year(files[i].used[0]);
    }
    /* --holidays files last, in full: the user's explicit choice. */
    for (size_t i = nlocal; i < nfiles && !rc; i++) {
        struct hfile *f = &files[i];
        char *text = NULL;
        size_t len = 0;
        if (read_text(f->path, &text, &len, err, sizeof err)) {
            rc = fail("--holidays: %s", err);
            break;
        }
        f->json = looks_json(text, len) || has_suffix(f->name, ".json");
        f->has_stamp = !f->json && ics_stamp(text, len, &f->stamp);
        /* What the file holds, for the answers: the years it replaces. */
        foi_calendar_builder *alone = NULL;
        if (foi_calendar_builder_new(&alone) ||
            import_text(alone, f, text, len, NULL, err, sizeof err) ||
            import_text(b, f, text, len, report, err, sizeof err))
            rc = fail("--holidays: %s", err);
        for (int k = 0; k < 3 && !rc; k++) {
            foi_date first, last;
            const foi_holiday *h;
            size_t nh;
            if (foi_calendar_builder_build(&f->cal[k], alone, div_cal[k])) {
                rc = fail("--holidays: %s", foi_error_last());
                break;
            }
            foi_calendar_coverage(f->cal[k], &first, &last, NULL);
            foi_calendar_holidays(&h, &nh, f->cal[k], first, last);
            for (size_t j = 0; j < nh; j++)
                if ((h[j].divisions & div_bit[k]) && strcmp(h[j].source, f->name) == 0)
                    f->held[k][year_of(h[j].date) - FIRST_YEAR] =
                        f->used[k][year_of(h[j].date) - FIRST_YEAR] = 1;
        }
        foi_calendar_builder_free(alone);
        free(text);
        supersede(i);
        any_used = 1;
    }
    for (int id = 0; id < FOI_CAL_COUNT && !rc && any_used; id++) {
        if (foi_calendar_builder_build(&custom[id], b, (foi_calendar_id)id))
            rc = fail("%s", foi_error_last());
        cli_calendars[id] = custom[id];
    }
    if (!rc)
        print_notes(report, json);
    foi_import_report_free(report);
    foi_calendar_builder_free(b);
    return rc;
}

void free_holiday_calendars(void)
{
    for (int id = 0; id < FOI_CAL_COUNT; id++) {
        foi_calendar_free(custom[id]);
        custom[id] = NULL;
        cli_calendars[id] = NULL;
    }
    for (size_t i = 0; i < nfiles; i++) {
        for (int k = 0; k < 3; k++)
            foi_calendar_free(files[i].cal[k]);
        free(files[i].path);
        memset(&files[i], 0, sizeof files[i]);
    }
    nfiles = 0;
    any_used = 0;
}

const foi_calendar *cli_calendar(foi_calendar_id id)
{
    return cli_calendars[id] ? cli_calendars[id] : foi_calendar_builtin(id);
}

/* ---- what the answers say ---- */

const char *holiday_data_text(void)
{
    static char text[1024];
    if (!any_used)
        return NULL;
    int pub = builtin_published_year(0);
    for (int k = 1; k < 3; k++)
        if (builtin_published_year(k) < pub)
            pub = builtin_published_year(k);
    snprintf(text, sizeof text, "built-in to %d", pub);
    for (size_t i = 0; i < nfiles; i++) {
        if (!any_year(files[i].used[0]))
            continue;
        size_t n = strlen(text);
        snprintf(text + n, sizeof text - n, " + %s (", files[i].name);
        years_text(text, sizeof text, files[i].used[0], -1);
        n = strlen(text);
        snprintf(text + n, sizeof text - n, ")");
    }
    return text;
}

static void json_years(FILE *out, const unsigned char *set)
{
    int first = 1;
    putc('[', out);
    for (int i = 0; i < NYEARS; i++) {
        if (!(set[i] | set[NYEARS + i] | set[2 * NYEARS + i]))
            continue;
        fprintf(out, "%s%d", first ? "" : ",", FIRST_YEAR + i);
        first = 0;
    }
    putc(']', out);
}

void holiday_data_json(FILE *out)
{
    if (!nfiles)
        return;
    char iso[FOI_DATE_ISO_SIZE], pub[FOI_DATE_ISO_SIZE];
    foi_date p;
    foi_calendar_coverage(foi_calendar_builtin(FOI_CAL_UK), NULL, NULL, &p);
    fprintf(out, ",\"data\":{\"builtin\":{\"date\":\"%s\",\"published_until\":\"%s\"},\"files\":[",
            foi_date_format_iso(foi_calendar_builtin_date(), iso), foi_date_format_iso(p, pub));
    for (size_t i = 0; i < nfiles; i++) {
        const struct hfile *f = &files[i];
        fprintf(out, "%s{\"path\":", i ? "," : "");
        json_string(out, f->path);
        fprintf(out,
                ",\"origin\":\"%s\",\"format\":\"%s\",\"date\":", f->local ? "local" : "option",
                f->json ? "govuk-json" : "icalendar");
        if (f->has_stamp) {
            fprintf(out, "\"%s\"", foi_date_format_iso(f->stamp, iso));
        } else {
            fputs("null", out);
        }
        fputs(",\"years\":", out);
        json_years(out, f->held[0]);
        fputs(",\"used\":", out);
        json_years(out, f->used[0]);
        fprintf(out, ",\"stale\":%s}", f->warning[0] ? "true" : "false");
    }
    fputs("],\"text\":", out);
    const char *t = holiday_data_text();
    if (t)
        json_string(out, t);
    else
        fputs("\"built-in\"", out);
    fputc('}', out);
}

void holiday_data_suffix(void)
{
    const char *t = holiday_data_text();
    if (t)
        printf(" [holidays: %s]", t);
}

void holiday_data_line(const char *indent)
{
    const char *t = holiday_data_text();
    if (t)
        printf("%sHolidays: %s.\n", indent, t);
}

void holiday_data_note(void)
{
    const char *t = holiday_data_text();
    if (t)
        fprintf(stderr, "foiclock: holidays: %s\n", t);
}

/* The directories and the files found, for 'calendars'. */
void holiday_data_dirs(int json)
{
    char dirs[2][4096];
    size_t nd = data_dirs(dirs);
    if (json) {
        fputs(",\"holiday_dirs\":[", stdout);
        for (size_t i = 0; i < nd; i++) {
            if (i)
                putchar(',');
            json_string(stdout, dirs[i]);
        }
        putchar(']');
        return;
    }
    char built[FOI_DATE_ISO_SIZE];
    printf("\nBuilt-in holiday data of %s. Holiday files are read from",
           foi_date_format_iso(foi_calendar_builtin_date(), built));
    for (size_t i = 0; i < nd; i++)
        printf("%s%s", i ? (i + 1 == nd ? " and " : ", ") : " ", dirs[i]);
    printf("%s%s\n", nd == 1 ? " (FOICLOCK_HOLIDAYS_DIR)" : "",
           local_read ? "." : "; not read now (--no-local-holidays).");
    for (size_t i = 0; i < nfiles; i++) {
        const struct hfile *f = &files[i];
        char years[512] = "";
        years_text(years, sizeof years, f->used[0], -1);
        printf("  %s%s: %s%s\n", f->path, f->local ? "" : " (--holidays)",
               *years ? "used for " : "not used",
               *years          ? years
               : f->warning[0] ? " (older than the built-in data)"
               : f->superseded ? " (a later file gives its years)"
                               : " (it holds what the built-in data hold)");
    }
    if (!nfiles)
        puts("  No holiday files are in force: the built-in data alone.");
}

/* ---- install-holidays ---- */

static const char install_usage[] =
    "usage: foiclock install-holidays [DIVISION=]FILE [--system] [--format text|json]\n"
    "\n"
    "Checks a bank-holiday file downloaded from GOV.UK (bank-holidays.json, or\n"
    "a division's .ics file) as --holidays would read it, shows what it changes\n"
    "against the built-in data, and installs it where every later run finds it:\n"
    "FOICLOCK_HOLIDAYS_DIR when set, else $XDG_DATA_HOME/foiclock/holidays\n"
    "(~/.local/share/foiclock/holidays); --system installs into\n"
    "  " SYSTEM_DIR ".\n"
    "A feed is installed as bank-holidays.json, an iCalendar file as\n"
    "DIVISION.ics (the division from DIVISION= or the file's name), replacing\n"
    "an earlier one at once. A file that fails the checks is not installed, nor\n"
    "one older than the built-in data over one that later runs use.\n";

static int make_dirs(char *path)
{
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        int bad = mkdir(path, 0755) && errno != EEXIST;
        *p = '/';
        if (bad)
            return -1;
    }
    return mkdir(path, 0755) && errno != EEXIST ? -1 : 0;
}

int cmd_install_holidays(int argc, char **argv)
{
    struct opts o;
    int system = 0;
    struct optspec extra[] = {{"--system", NULL, &system}, {NULL, NULL, NULL}};
    int rc = parse_opts(&o, argc, argv, install_usage, 1, 1, 0, extra);
    if (rc)
        return rc < 0 ? 0 : rc;
    struct hfile f;
    memset(&f, 0, sizeof f);
    const char *spec = o.pos[0], *file = spec, *eq = strchr(spec, '=');
    if (eq) {
        char div[32];
        size_t len = (size_t)(eq - spec);
        if (len < sizeof div) {
            memcpy(div, spec, len);
            div[len] = '\0';
            if (foi_division_from_name(&f.division, div) == FOI_OK)
                file = eq + 1;
        }
    }
    const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;

    f.name = base;
    char *text = NULL, err[1024];
    size_t len = 0;
    if (read_text(file, &text, &len, err, sizeof err))
        return fail("install-holidays: %s; nothing installed", err);
    f.json = looks_json(text, len) || has_suffix(base, ".json");
    char target[64];
    if (f.json) {
        snprintf(target, sizeof target, "bank-holidays.json");
    } else {
        unsigned div = f.division;
        for (int k = 0; k < 3 && !div; k++) {
            const char *dn = foi_division_name(div_bit[k]);
            if (strncmp(base, dn, strlen(dn)) == 0)
                div = div_bit[k];
        }
        if (!div) {
            free(text);
            return fail("install-holidays: %s: cannot tell the division from the file's name: "
                        "give it as DIVISION=FILE (england-and-wales, scotland, "
                        "northern-ireland); nothing installed",
                        file);
        }
        f.division = div;
        snprintf(target, sizeof target, "%s.ics", foi_division_name(div));
    }
    /* The checks --holidays makes, on a builder of the file's own, with
     * the report shown now rather than on every run. */
    foi_calendar_builder *b = NULL;
    foi_import_report *report = NULL;
    if (foi_calendar_builder_new(&b) || foi_import_report_new(&report)) {
        free(text);
        foi_calendar_builder_free(b);
        return fail("%s", foi_error_last());
    }
    rc = import_text(b, &f, text, len, report, err, sizeof err);
    foi_calendar_builder_free(b);
    if (rc) {
        free(text);
        foi_import_report_free(report);
        return fail("install-holidays: %s; nothing installed", err);
    }
    /* How later runs will take it, decided now, under the name it gets. */
    struct hfile *now = &files[nfiles++];
    memset(now, 0, sizeof *now);
    now->path = strdup(file);
    now->name = target;
    now->local = 1;
    now->division = f.division;
    if (!now->path || examine(now, err, sizeof err)) {
        free(text);
        foi_import_report_free(report);
        return fail("install-holidays: %s", now->path ? err : "out of memory");
    }
    stale_warning(now);
    /* Where it goes. */
    char dir[4096];
    const char *env = getenv("FOICLOCK_HOLIDAYS_DIR");
    int make = 0;
    if (system && env && *env)
        rc = fail("install-holidays: --system and FOICLOCK_HOLIDAYS_DIR both name the directory: "
                  "unset FOICLOCK_HOLIDAYS_DIR to install into %s",
                  SYSTEM_DIR);
    else if (system)
        snprintf(dir, sizeof dir, "%s", SYSTEM_DIR), make = 1;
    else if (user_dir(dir, sizeof dir))
        rc = fail("install-holidays: neither FOICLOCK_HOLIDAYS_DIR, XDG_DATA_HOME nor HOME is set "
                  "to an absolute path: no directory to install into");
    else
        make = !(env && *env);
    if (!rc && make && make_dirs(dir))
        rc = fail("install-holidays: cannot create %s: %s", dir, strerror(errno));
    char dest[4200], temp[4300];
    int fd = -1;
    if (!rc)
        snprintf(dest, sizeof dest, "%s/%s", dir, target);
    /* A stale file never replaces one that later runs use: that would lose
     * newer data for an older download. */
    if (!rc && now->warning[0] && access(dest, F_OK) == 0) {
        struct hfile *old = &files[nfiles++];
        memset(old, 0, sizeof *old);
        old->path = strdup(dest);
        old->name = target;
        old->local = 1;
        old->division = f.division;
        if (old->path && examine(old, err, sizeof err) == 0 && any_year(old->used[0]))
            rc = fail("install-holidays: %s is older than the built-in data, and %s, which later "
                      "runs use, is not: not replaced (remove %s first to install it anyway)",
                      file, dest, dest);
    }
    if (!rc) {
        snprintf(temp, sizeof temp, "%s/.%s.tmp-XXXXXX", dir, target);
        fd = mkstemp(temp);
        if (fd < 0)
            rc = fail("install-holidays: cannot create a file in %s: %s", dir, strerror(errno));
    }
    if (!rc) {
        /* The whole file in a temporary name, then renamed over the old one:
         * a run at the same moment reads the old file or the new, never half. */
        size_t off = 0;
        int ok = fchmod(fd, 0644) == 0;
        while (ok && off < len) {
            ssize_t w = write(fd, text + off, len - off);
            if (w < 0 && errno == EINTR)
                continue;
            ok = w > 0;
            off += ok ? (size_t)w : 0;
        }
        ok = ok && fsync(fd) == 0;
        int err_no = errno;
        ok = close(fd) == 0 && ok;
        if (!ok || rename(temp, dest) != 0) {
            err_no = ok ? errno : err_no;
            unlink(temp);
            rc = fail("install-holidays: cannot write %s: %s", dest, strerror(err_no));
        }
    }
    free(text);
    if (rc) {
        foi_import_report_free(report);
        return rc;
    }
    /* What it will do from now on: the data member names the new file. */
    char *installed = strdup(dest);
    if (installed) {
        free(now->path);
        now->path = installed;
    }
    if (nfiles > 1) { /* the file replaced is no part of it */
        for (int k = 0; k < 3; k++)
            foi_calendar_free(files[1].cal[k]);
        free(files[1].path);
        memset(&files[1], 0, sizeof files[1]);
        nfiles = 1;
    }
    int pos = 0;
    char used[512] = "";
    years_text(used, sizeof used, now->used[0], -1);
    any_used = any_year(now->used[0]);
    if (o.format == FORMAT_JSON) {
        char *json = NULL;
        printf("{\"schema_version\":%d,\"installed\":", FOI_JSON_SCHEMA_VERSION);
        json_string(stdout, dest);
        fputs(",\"source\":", stdout);
        json_string(stdout, file);
        if (foi_import_report_json(&json, report) == FOI_OK) {
            /* The report's own array: {"schema_version":N,"warnings":[...]}. */
            char *arr = strstr(json, "\"warnings\":");
            if (arr) {
                fputs(",\"changes\":", stdout);
                fwrite(arr + 11, 1, strlen(arr + 11) - 1, stdout);
            }
        }
        foi_json_free(json);
        fprintf(stdout, ",\"warning\":");
        if (files[pos].warning[0])
            json_string(stdout, files[pos].warning);
        else
            fputs("null", stdout);
        holiday_data_json(stdout);
        puts("}");
    } else {
        printf("Installed %s as %s.\n", file, dest);
        size_t nn = foi_import_report_count(report);
        if (nn)
            printf("Against the built-in data it:\n");
        for (size_t i = 0; i < nn; i++) {
            const foi_import_note *note = foi_import_report_at(report, i);
            fputs("  ", stdout);
            text_clean(stdout, note->text);
            putchar('\n');
        }
        if (!nn)
            puts("It holds the same holidays as the built-in data.");
        if (*used)
            printf("Later runs use it for %s.\n", used);
        else
            puts(files[pos].warning[0]
                     ? "Later runs do not use it: the built-in data are newer."
                     : "Later runs do not use it: it holds what the built-in data hold.");
        if (files[pos].warning[0]) {
            fflush(stdout);
            fputs("foiclock: warning: ", stderr);
            text_clean(stderr, dest);
            fputs(": ", stderr);
            text_clean(stderr, files[pos].warning);
            fputc('\n', stderr);
        }
    }
    foi_import_report_free(report);
    return 0;
}
