/* Import of holiday files through libical: the one part of foiclock's
 * iCalendar support that parses, and so the one that needs libical (the
 * export, <foiclock/ics.h>, is plain text written by the core library).
 * Uses only foiclock's public API, so that the CLI can load it on demand
 * and commands that never read iCalendar never load libical. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include <foiclock/foiclock.h>
#include <foiclock/ical.h>

/* ---- import ---- */

static int prefix_ci(const char *p, const char *end, const char *word);

/* The line of each BEGIN:VEVENT, in order (unfolded lines only). */
static size_t event_lines(const char *text, size_t len, long *lines, size_t max)
{
    size_t n = 0;
    long line = 1;
    for (size_t i = 0; i < len; i++) {
        int at_start = i == 0 || text[i - 1] == '\n';
        if (at_start && prefix_ci(text + i, text + len, "BEGIN:VEVENT") && n < max)
            lines[n++] = line;
        if (text[i] == '\n')
            line++;
    }
    return n;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static int division_from_file(unsigned *out, const char *name)
{
    const char *b = base_name(name);
    for (unsigned bit = 1; bit <= FOI_DIV_NORTHERN_IRELAND; bit <<= 1) {
        size_t len = strlen(foi_division_name(bit));
        if (strncmp(b, foi_division_name(bit), len) == 0 && (b[len] == '.' || b[len] == '-')) {
            *out = bit;
            return FOI_OK;
        }
    }
    return foi_error_set(FOI_EINVAL,
                         "%s: cannot tell the division from the file name: name it "
                         "england-and-wales.ics, scotland.ics or northern-ireland.ics, or give "
                         "the division",
                         name);
}

/* Text from the file (or its name) made safe for a message: printable
 * ASCII kept, other bytes as \xNN, cut short with "...". */
static const char *printable(char *out, size_t size, const char *text)
{
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (o + 8 >= size) {
            memcpy(out + o, "...", 3);
            o += 3;
            break;
        }
        if (*p >= 0x20 && *p < 0x7f) {
            out[o++] = (char)*p;
        } else {
            out[o++] = '\\';
            out[o++] = 'x';
            out[o++] = hex[*p >> 4];
            out[o++] = hex[*p & 15];
        }
    }
    out[o] = '\0';
    return out;
}

static int reject(const char *name, long line, const char *msg)
{
    char n[160], m[240];
    printable(n, sizeof n, name);
    printable(m, sizeof m, msg);
    if (line > 0)
        return foi_error_set(FOI_EINVAL, "%s:%ld: %s", n, line, m);
    return foi_error_set(FOI_EINVAL, "%s: %s", n, m);
}

static int prefix_ci(const char *p, const char *end, const char *word)
{
    for (; *word; word++, p++)
        if (p >= end || (*p >= 'a' && *p <= 'z' ? *p - 32 : *p) != *word)
            return 0;
    return 1;
}

/*
 * Checks that BEGIN and END lines pair up, one VCALENDAR holding the rest,
 * before libical sees the text: libical reports such faults by printing to
 * standard error, which a library must never do.
 */
static int check_structure(const char *text, size_t len, const char *name, long first_line)
{
    enum { DEPTH = 8, NAME = 32 };
    char stack[DEPTH][NAME];
    int depth = 0, calendars = 0;
    long line = first_line;
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        const char *e = eol ? eol : end;
        const char *v = e > p && e[-1] == '\r' ? e - 1 : e;
        int begin = prefix_ci(p, v, "BEGIN:"), finish = !begin && prefix_ci(p, v, "END:");
        if (begin || finish) {
            const char *n = p + (begin ? 6 : 4);
            size_t nl = (size_t)(v - n);
            char msg[96];
            if (nl == 0 || nl >= NAME) {
                snprintf(msg, sizeof msg, "a %s line without a component name",
                         begin ? "BEGIN" : "END");
                return reject(name, line, msg);
            }
            if (begin) {
                if (depth == 0 && (calendars++ || !(nl == 9 && prefix_ci(n, v, "VCALENDAR"))))
                    return reject(name, line, "everything must lie inside one VCALENDAR");
                if (depth == DEPTH)
                    return reject(name, line, "components nested too deeply");
                memcpy(stack[depth], n, nl);
                stack[depth][nl] = '\0';
                depth++;
            } else {
                char want[NAME];
                if (depth == 0)
                    return reject(name, line, "END without a matching BEGIN");
                memcpy(want, n, nl);
                want[nl] = '\0';
                for (char *c = want; *c; c++)
                    *c = (char)(*c >= 'a' && *c <= 'z' ? *c - 32 : *c);
                for (char *c = stack[depth - 1]; *c; c++)
                    *c = (char)(*c >= 'a' && *c <= 'z' ? *c - 32 : *c);
                if (strcmp(want, stack[depth - 1]) != 0) {
                    snprintf(msg, sizeof msg, "END:%s where END:%s was expected", want,
                             stack[depth - 1]);
                    return reject(name, line, msg);
                }
                depth--;
            }
        } else if (depth == 0 && v > p && *p != ' ' && *p != '\t') {
            return reject(name, line, "text outside the VCALENDAR");
        }
        line++;
        p = eol ? eol + 1 : end;
    }
    if (depth)
        return reject(name, 0, "the file ends before its VCALENDAR is closed");
    return FOI_OK;
}

int foi_ics_load_holidays_text(foi_calendar_builder *b, const char *text, size_t len,
                               const char *name, unsigned division)
{
    if (!name)
        name = "(iCalendar text)";
    int rc;
    if (!division && (rc = division_from_file(&division, name)))
        return rc;
    size_t i = 0;
    if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
        i = 3;
    while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        i++;
    if (i == len)
        return reject(name, 0, "the file is empty");
    if (memchr(text, '\0', len))
        return reject(name, 0, "the file holds a NUL byte: it is not iCalendar text");
    if (len - i < 15 || strncmp(text + i, "BEGIN:VCALENDAR", 15) != 0)
        return reject(name, 0, "not an iCalendar file (it does not start with BEGIN:VCALENDAR)");
    long first_line = 1;
    for (size_t k = 0; k < i; k++)
        first_line += text[k] == '\n';
    if ((rc = check_structure(text + i, len - i, name, first_line)))
        return rc;
    char *copy = malloc(len + 1);
    if (!copy)
        return foi_error_set(FOI_ENOMEM, "out of memory reading %s", name);
    memcpy(copy, text + i, len - i);
    copy[len - i] = '\0';
    icalcomponent *root = icalparser_parse_string(copy);
    /* Size everything by the events libical found (it matches names without
     * regard to case, so counting the text would not do). */
    size_t nev_max = 0;
    if (root && icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT)
        nev_max = (size_t)icalcomponent_count_components(root, ICAL_VEVENT_COMPONENT);
    long *lines = malloc((nev_max ? nev_max : 1) * sizeof *lines);
    foi_holiday_row *rows = malloc((nev_max ? nev_max : 1) * sizeof *rows);
    char **names = calloc(nev_max ? nev_max : 1, sizeof *names);
    size_t nlines = lines ? event_lines(copy, len - i, lines, nev_max) : 0;
    /* Lines count from the start of the file, which the BOM and blank lines
     * before BEGIN:VCALENDAR do not change much; count those too. */
    long skipped_lines = 0;
    for (size_t k = 0; k < i; k++)
        skipped_lines += text[k] == '\n';
    size_t n = 0;
    rc = FOI_OK;
    if (!lines || !rows || !names) {
        rc = foi_error_set(FOI_ENOMEM, "out of memory reading %s", name);
        goto done;
    }
    if (!root || icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT) {
        rc = reject(name, 0,
                    root ? "more than one calendar, or no VCALENDAR, in the file"
                         : "not a valid iCalendar file");
        goto done;
    }
    int y0 = 9999, y1 = 0;
    size_t k = 0;
    for (icalcomponent *ev = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT), k++) {
        long line = k < nlines ? lines[k] + skipped_lines : 0;
        icalproperty *err = icalcomponent_get_first_property(ev, ICAL_XLICERROR_PROPERTY);
        if (err) {
            rc = reject(name, line, icalproperty_get_xlicerror(err));
            goto done;
        }
        icalproperty *ds = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
        if (!ds) {
            rc = reject(name, line, "an event without a date (no DTSTART)");
            goto done;
        }
        struct icaltimetype t = icalproperty_get_dtstart(ds);
        char *raw = icalproperty_get_value_as_string_r(ds);
        if (!t.is_date) {
            char msg[200];
            snprintf(msg, sizeof msg, "DTSTART %s is a date-time; a holiday needs an all-day date",
                     raw ? raw : "");
            icalmemory_free_buffer(raw);
            rc = reject(name, line, msg);
            goto done;
        }
        foi_date d;
        if (foi_date_from_ymd(&d, t.year, t.month, t.day)) {
            char msg[300];
            snprintf(msg, sizeof msg, "impossible date %s (%s)", raw ? raw : "", foi_error_last());
            icalmemory_free_buffer(raw);
            rc = reject(name, line, msg);
            goto done;
        }
        icalmemory_free_buffer(raw);
        const char *summary = icalcomponent_get_summary(ev);
        if (!summary || !*summary) {
            rc = reject(name, line, "an event without a title (no SUMMARY)");
            goto done;
        }
        foi_date first, last;
        foi_calendar_coverage(foi_calendar_builtin(FOI_CAL_UK), &first, &last, NULL);
        if (d.serial < first.serial || d.serial > last.serial) {
            char iso[FOI_DATE_ISO_SIZE];
            char msg[120];
            snprintf(msg, sizeof msg, "%s is outside the years 1971..2199 that foiclock covers",
                     foi_date_format_iso(d, iso));
            rc = reject(name, line, msg);
            goto done;
        }
        if (n == nev_max) {
            rc = reject(name, line, "more events than the calendar holds");
            goto done;
        }
        size_t sl = strlen(summary) + 1;
        if (!(names[n] = malloc(sl))) {
            rc = foi_error_set(FOI_ENOMEM, "out of memory reading %s", name);
            goto done;
        }
        memcpy(names[n], summary, sl);
        rows[n] = (foi_holiday_row){d, names[n], -1, -1};
        n++;
        int y;
        foi_date_to_ymd(d, &y, NULL, NULL);
        if (y < y0)
            y0 = y;
        if (y > y1)
            y1 = y;
    }
    if (n == 0) {
        rc = reject(name, 0, "the calendar holds no events");
        goto done;
    }
    rc = foi_calendar_builder_replace(b, division, y0, y1, rows, n, base_name(name));
    if (rc) {
        char msg[300];
        snprintf(msg, sizeof msg, "%s", foi_error_last());
        rc = foi_error_set(rc, "%s: %s", name, msg);
    }
done:
    for (size_t j = 0; names && j < n; j++)
        free(names[j]);
    free(names);
    free(rows);
    free(lines);
    if (root)
        icalcomponent_free(root);
    free(copy);
    return rc;
}

int foi_ics_load_holidays(foi_calendar_builder *b, const char *path, unsigned division)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return foi_error_set(FOI_EIO, "%s: cannot open the file", path);
    size_t cap = 1 << 16, len = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            if (cap >= (64u << 20)) {
                free(buf);
                fclose(f);
                return foi_error_set(FOI_EINVAL, "%s: larger than 64 MiB: not a holiday file",
                                     path);
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    int code = !buf ? FOI_ENOMEM : ferror(f) ? FOI_EIO : FOI_OK;
    fclose(f);
    if (code) {
        free(buf);
        return foi_error_set(code, "%s: cannot read the file", path);
    }
    int rc = foi_ics_load_holidays_text(b, buf, len, path, division);
    free(buf);
    return rc;
}
