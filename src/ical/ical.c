/* Import of holiday files through libical: the one part of foiclock's
 * iCalendar support that parses, and so the one that needs libical (the
 * export, <foiclock/ics.h>, is plain text written by the core library).
 * Uses only foiclock's public API, so that the CLI can load it on demand
 * and commands that never read iCalendar never load libical. */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libical/ical.h>

#include <foiclock/foiclock.h>
#include <foiclock/ical.h>

/* ---- import ---- */

/* At most this many events: FOI_IMPORT_MAX a year over every year covered
 * (1971..2199). A longer file is refused before it is parsed, so that
 * memory stays proportional to what could be kept. */
#define MAX_EVENTS (FOI_IMPORT_MAX * (2199 - 1971 + 1))
/* A holiday file for every covered year is well under a megabyte, and a
 * GOV.UK event takes 8 content lines: 16 an event leaves room for more. */
#define MAX_FILE_BYTES (16u << 20)
#define MAX_LINES (16 * MAX_EVENTS)

/* Where an event and the properties foiclock reads stand in the file (0:
 * absent), from a scan of the text before libical parses it. */
struct ev_lines {
    long begin, dtstart, dtend, duration, summary, rrule, rdate, status;
};

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
    char n[160], m[400];
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

/* Whether the content line [p, v) is the property name: NAME followed by
 * ';' or ':'. */
static int is_property(const char *p, const char *v, const char *name)
{
    size_t n = strlen(name);
    return prefix_ci(p, v, name) && p + n < v && (p[n] == ';' || p[n] == ':');
}

/* Counts the lines that begin with BEGIN:VEVENT in text[*pos, len), moving
 * *pos on to where a match could still start once more text arrives. */
static void count_events(const char *text, size_t len, size_t *pos, size_t *count, long *line,
                         long *over_line)
{
    size_t i = *pos;
    for (; i + 12 <= len; i++) {
        if ((i == 0 || text[i - 1] == '\n') && prefix_ci(text + i, text + len, "BEGIN:VEVENT") &&
            ++*count == MAX_EVENTS + 1 && !*over_line)
            *over_line = *line;
        if (text[i] == '\n')
            ++*line;
    }
    *pos = i;
}

static int too_many_events(const char *name, long line)
{
    char msg[200];
    snprintf(msg, sizeof msg,
             "more than %d events: a holiday file has at most %d a year for each year from 1971 "
             "to 2199",
             MAX_EVENTS, FOI_IMPORT_MAX);
    return reject(name, line, msg);
}

static void upper(char *s)
{
    for (; *s; s++)
        *s = (char)(*s >= 'a' && *s <= 'z' ? *s - 32 : *s);
}

/*
 * Checks that BEGIN and END lines pair up, one VCALENDAR holding the rest,
 * before libical sees the text: libical reports such faults by printing to
 * standard error, which a library must never do. A component that is not
 * closed is reported where the next component begins inside it. Records in
 * *events (the caller frees it) the lines of each event's properties, and
 * stops at MAX_EVENTS events.
 */
static int check_structure(const char *text, size_t len, const char *name, long first_line,
                           struct ev_lines **events, size_t *nevents)
{
    enum { DEPTH = 8, NAME = 32 };
    char stack[DEPTH][NAME];
    long begun[DEPTH];
    int depth = 0, calendars = 0;
    long line = first_line;
    size_t nev = 0, cap = 0;
    long content = 0;
    struct ev_lines *ev = NULL;
    const char *p = text, *end = text + len;
    int rc = FOI_OK;
    char msg[200];
    while (p < end && !rc) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        const char *e = eol ? eol : end;
        const char *v = e > p && e[-1] == '\r' ? e - 1 : e;
        int begin = prefix_ci(p, v, "BEGIN:"), finish = !begin && prefix_ci(p, v, "END:");
        /* libical makes an object of every content line: bound them too. */
        if (*p != ' ' && *p != '\t' && ++content > MAX_LINES) {
            snprintf(msg, sizeof msg,
                     "more than %d content lines: a holiday file has about 8 an event and at "
                     "most %d events",
                     MAX_LINES, MAX_EVENTS);
            rc = reject(name, line, msg);
            break;
        }
        if (begin || finish) {
            const char *n = p + (begin ? 6 : 4);
            size_t nl = (size_t)(v - n);
            char comp[NAME];
            if (nl == 0 || nl >= NAME) {
                snprintf(msg, sizeof msg, "a %s line without a component name",
                         begin ? "BEGIN" : "END");
                rc = reject(name, line, msg);
                break;
            }
            memcpy(comp, n, nl);
            comp[nl] = '\0';
            upper(comp);
            if (begin) {
                const char *parent = depth ? stack[depth - 1] : "";
                if (depth == 0 && (calendars++ || strcmp(comp, "VCALENDAR") != 0)) {
                    rc = reject(name, line, "everything must lie inside one VCALENDAR");
                } else if ((strcmp(parent, "VEVENT") == 0 && strcmp(comp, "VALARM") != 0) ||
                           (strcmp(comp, "VEVENT") == 0 && strcmp(parent, "VCALENDAR") != 0)) {
                    snprintf(msg, sizeof msg,
                             "BEGIN:%s inside the %s begun at line %ld: END:%s is missing", comp,
                             parent, begun[depth - 1], parent);
                    rc = reject(name, line, msg);
                } else if (depth == DEPTH) {
                    rc = reject(name, line, "components nested too deeply");
                } else {
                    if (depth == 1 && strcmp(comp, "VEVENT") == 0) {
                        if (nev == MAX_EVENTS) {
                            rc = too_many_events(name, line);
                            break;
                        }
                        if (nev == cap) {
                            size_t ncap = cap ? 2 * cap : 64;
                            struct ev_lines *nv = realloc(ev, ncap * sizeof *nv);
                            if (!nv) {
                                rc = foi_error_set(FOI_ENOMEM, "out of memory reading %s", name);
                                break;
                            }
                            ev = nv;
                            cap = ncap;
                        }
                        memset(&ev[nev], 0, sizeof *ev);
                        ev[nev++].begin = line;
                    }
                    memcpy(stack[depth], comp, nl + 1);
                    begun[depth] = line;
                    depth++;
                }
            } else if (depth == 0) {
                rc = reject(name, line, "END without a matching BEGIN");
            } else if (strcmp(comp, stack[depth - 1]) != 0) {
                snprintf(msg, sizeof msg,
                         "END:%s where END:%s was expected (the %s begun at line %ld is not "
                         "closed)",
                         comp, stack[depth - 1], stack[depth - 1], begun[depth - 1]);
                rc = reject(name, line, msg);
            } else {
                depth--;
            }
        } else if (is_property(p, v, "BEGIN") || is_property(p, v, "END")) {
            /* libical takes "END;X=Y:..." for a component boundary too. */
            rc = reject(name, line, "a BEGIN or END line with parameters");
        } else if (depth == 0 && v > p && *p != ' ' && *p != '\t') {
            rc = reject(name, line, "text outside the VCALENDAR");
        } else if (depth == 2 && nev && *p != ' ' && *p != '\t' &&
                   strcmp(stack[1], "VEVENT") == 0) {
            struct ev_lines *x = &ev[nev - 1];
            static const struct {
                const char *name;
                size_t offset;
            } props[] = {{"DTSTART", offsetof(struct ev_lines, dtstart)},
                         {"DTEND", offsetof(struct ev_lines, dtend)},
                         {"DURATION", offsetof(struct ev_lines, duration)},
                         {"SUMMARY", offsetof(struct ev_lines, summary)},
                         {"RRULE", offsetof(struct ev_lines, rrule)},
                         {"RDATE", offsetof(struct ev_lines, rdate)},
                         {"STATUS", offsetof(struct ev_lines, status)}};
            for (size_t k = 0; k < sizeof props / sizeof *props; k++) {
                long *slot = (long *)(void *)((char *)x + props[k].offset);
                if (!*slot && is_property(p, v, props[k].name))
                    *slot = line;
            }
        }
        line++;
        p = eol ? eol + 1 : end;
    }
    if (!rc && depth) {
        snprintf(msg, sizeof msg, "the file ends before the %s begun at line %ld is closed",
                 stack[depth - 1], begun[depth - 1]);
        rc = reject(name, 0, msg);
    }
    if (rc) {
        free(ev);
        return rc;
    }
    *events = ev;
    *nevents = nev;
    return FOI_OK;
}

/* The line of the property an X-LIC-ERROR complains of ("... in DTSTART
 * property ..."), else the event's first line. */
static long error_line(const struct ev_lines *x, const char *err)
{
    static const char *const names[] = {"DTSTART", "DTEND", "DURATION", "SUMMARY",
                                        "RRULE",   "RDATE", "STATUS"};
    const long lines[] = {x->dtstart, x->dtend, x->duration, x->summary,
                          x->rrule,   x->rdate, x->status};
    for (size_t k = 0; err && k < sizeof names / sizeof *names; k++) {
        char pat[32];
        snprintf(pat, sizeof pat, "in %s property", names[k]);
        if (strstr(err, pat) && lines[k])
            return lines[k];
    }
    return x->begin;
}

/* An event's DTSTART as a date, or a rejection at its line. */
static int event_date(foi_date *out, icalcomponent *ev, const struct ev_lines *x, const char *name)
{
    icalproperty *ds = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
    if (!ds)
        return reject(name, x->begin, "an event without a date (no DTSTART)");
    struct icaltimetype t = icalproperty_get_dtstart(ds);
    char *raw = icalproperty_get_value_as_string_r(ds);
    char msg[300];
    int rc = FOI_OK;
    if (!t.is_date) {
        snprintf(msg, sizeof msg, "DTSTART %s is a date-time; a holiday needs an all-day date",
                 raw ? raw : "");
        rc = reject(name, x->dtstart, msg);
    } else if (foi_date_from_ymd(out, t.year, t.month, t.day)) {
        snprintf(msg, sizeof msg, "impossible date %s (%s)", raw ? raw : "", foi_error_last());
        rc = reject(name, x->dtstart, msg);
    }
    icalmemory_free_buffer(raw);
    if (rc)
        return rc;
    foi_date first, last;
    char iso[FOI_DATE_ISO_SIZE];
    foi_calendar_coverage(foi_calendar_builtin(FOI_CAL_UK), &first, &last, NULL);
    if (out->serial < first.serial || out->serial > last.serial) {
        snprintf(msg, sizeof msg, "%s is outside the years 1971..2199 that foiclock covers",
                 foi_date_format_iso(*out, iso));
        return reject(name, x->dtstart, msg);
    }
    int wd = foi_date_weekday(*out);
    if (wd >= FOI_SATURDAY) {
        snprintf(msg, sizeof msg,
                 "%s is a %s: a holiday file gives the weekday that replaces a holiday "
                 "falling at a weekend (a weekend is never a working day)",
                 foi_date_format_iso(*out, iso), foi_weekday_name(wd));
        return reject(name, x->dtstart, msg);
    }
    return FOI_OK;
}

/* Only single all-day events: no repetition, no end after the next day. */
static int event_span(icalcomponent *ev, const struct ev_lines *x, foi_date d, const char *name)
{
    char msg[300], iso[FOI_DATE_ISO_SIZE];
    if (icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY) ||
        icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY))
        return reject(name, x->rrule ? x->rrule : x->rdate,
                      "a repeating event (RRULE or RDATE): foiclock reads one holiday per event, "
                      "as GOV.UK publishes them; list each day as its own event");
    icalproperty *de = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY);
    if (de) {
        struct icaltimetype t = icalproperty_get_dtend(de);
        foi_date e;
        if (!t.is_date || foi_date_from_ymd(&e, t.year, t.month, t.day))
            return reject(name, x->dtend,
                          "DTEND is not a date; an all-day holiday ends on the "
                          "next day (DTEND;VALUE=DATE)");
        long days = (long)e.serial - d.serial;
        if (days < 1) {
            char iso2[FOI_DATE_ISO_SIZE];
            snprintf(msg, sizeof msg, "DTEND %s is not after DTSTART %s",
                     foi_date_format_iso(e, iso), foi_date_format_iso(d, iso2));
            return reject(name, x->dtend, msg);
        }
        if (days > 1) {
            snprintf(msg, sizeof msg,
                     "the event lasts %ld days (DTEND is the day after the last): foiclock reads "
                     "one holiday per event, as GOV.UK publishes them; list each day as its own "
                     "event",
                     days);
            return reject(name, x->dtend, msg);
        }
    }
    icalproperty *du = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY);
    if (du && icaldurationtype_as_int(icalproperty_get_duration(du)) != 86400)
        return reject(name, x->duration,
                      "a DURATION other than one day (P1D): foiclock reads one holiday per event; "
                      "list each day as its own event");
    return FOI_OK;
}

int foi_ics_import_holidays_text(foi_calendar_builder *b, const char *text, size_t len,
                                 const char *name, unsigned division, foi_import_report *report)
{
    if (!name)
        name = "(iCalendar text)";
    if (!b || (!text && len))
        return foi_error_set(FOI_EINVAL, "foi_ics_import_holidays_text: %s is NULL",
                             !b ? "b" : "text");
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
    /* Lines count from the start of the file, blank lines before
     * BEGIN:VCALENDAR included. */
    long first_line = 1;
    for (size_t k = 0; k < i; k++)
        first_line += text[k] == '\n';
    struct ev_lines *lines = NULL;
    size_t nlines = 0;
    if ((rc = check_structure(text + i, len - i, name, first_line, &lines, &nlines)))
        return rc;
    char *copy = malloc(len - i + 1);
    if (!copy) {
        free(lines);
        return foi_error_set(FOI_ENOMEM, "out of memory reading %s", name);
    }
    memcpy(copy, text + i, len - i);
    copy[len - i] = '\0';
    icalcomponent *root = icalparser_parse_string(copy);
    free(copy);
    size_t nev = 0;
    if (root && icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT)
        nev = (size_t)icalcomponent_count_components(root, ICAL_VEVENT_COMPONENT);
    foi_holiday_row *rows = malloc((nev ? nev : 1) * sizeof *rows);
    char **names = calloc(nev ? nev : 1, sizeof *names);
    struct ev_lines *cancelled = malloc((nev ? nev : 1) * sizeof *cancelled);
    foi_date *cancelled_day = malloc((nev ? nev : 1) * sizeof *cancelled_day);
    size_t n = 0, ncancelled = 0;
    rc = FOI_OK;
    if (!rows || !names || !cancelled || !cancelled_day) {
        rc = foi_error_set(FOI_ENOMEM, "out of memory reading %s", name);
        goto done;
    }
    if (!root || icalcomponent_isa(root) != ICAL_VCALENDAR_COMPONENT) {
        rc = reject(name, 0,
                    root ? "more than one calendar, or no VCALENDAR, in the file"
                         : "not a valid iCalendar file");
        goto done;
    }
    /* The scan and libical see the same events in the same order; should
     * they not, lines are left out rather than wrong. */
    const struct ev_lines none = {0, 0, 0, 0, 0, 0, 0, 0};
    size_t k = 0;
    for (icalcomponent *ev = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT), k++) {
        const struct ev_lines *x = nlines == nev && k < nlines ? &lines[k] : &none;
        icalproperty *err = icalcomponent_get_first_property(ev, ICAL_XLICERROR_PROPERTY);
        if (err) {
            const char *what = icalproperty_get_xlicerror(err);
            rc = reject(name, error_line(x, what), what ? what : "a property libical cannot read");
            goto done;
        }
        foi_date d;
        if ((rc = event_date(&d, ev, x, name)) || (rc = event_span(ev, x, d, name)))
            goto done;
        const char *summary = icalcomponent_get_summary(ev);
        if (!summary || !*summary) {
            rc = reject(name, x->begin, "an event without a title (no SUMMARY)");
            goto done;
        }
        icalproperty *st = icalcomponent_get_first_property(ev, ICAL_STATUS_PROPERTY);
        if (st && icalproperty_get_status(st) == ICAL_STATUS_CANCELLED) {
            /* A cancelled event is no holiday: it is left out, and said so. */
            cancelled[ncancelled] = *x;
            cancelled_day[ncancelled] = d;
            char *title = malloc(strlen(summary) + 1);
            if (!title) {
                rc = foi_error_set(FOI_ENOMEM, "out of memory reading %s", name);
                goto done;
            }
            strcpy(title, summary);
            /* Kept after the rows in use (n + ncancelled <= nev), and freed
             * apart from them. */
            rows[nev - 1 - ncancelled] = (foi_holiday_row){d, title, -1, -1};
            ncancelled++;
            continue;
        }
        size_t sl = strlen(summary) + 1;
        if (!(names[n] = malloc(sl))) {
            rc = foi_error_set(FOI_ENOMEM, "out of memory reading %s", name);
            goto done;
        }
        memcpy(names[n], summary, sl);
        rows[n] = (foi_holiday_row){d, names[n], -1, -1};
        n++;
    }
    if (n == 0) {
        rc = reject(name, 0,
                    ncancelled ? "every event in the file is cancelled (STATUS:CANCELLED): "
                                 "nothing to use"
                               : "the calendar holds no events");
        goto done;
    }
    /* Cancelled events are noted first, and taken back if the import fails. */
    size_t mark = foi_import_report_count(report);
    for (size_t c = 0; report && c < ncancelled && !rc; c++) {
        char when[FOI_DATE_LONG_SIZE], what[400];
        const char *title = rows[nev - 1 - c].name;
        snprintf(what, sizeof what,
                 "leaves out %s %s (%s): the event is cancelled (STATUS:CANCELLED)",
                 foi_date_format_long(cancelled_day[c], when), title, foi_division_title(division));
        foi_import_note note = {
            FOI_IMPORT_SKIPPED, division,           cancelled_day[c], cancelled_day[c], title, what,
            base_name(name),    cancelled[c].status};
        rc = foi_import_report_add(report, &note);
    }
    if (!rc)
        rc = foi_calendar_builder_import(b, division, rows, n, base_name(name), report);
    if (rc) {
        foi_import_report_truncate(report, mark);
        char msg[400];
        snprintf(msg, sizeof msg, "%s", foi_error_last());
        rc = foi_error_set(rc, "%s: %s", name, msg);
    }
done:
    for (size_t j = 0; names && j < n; j++)
        free(names[j]);
    for (size_t c = 0; rows && c < ncancelled; c++)
        free((char *)(uintptr_t)rows[nev - 1 - c].name);
    free(names);
    free(rows);
    free(cancelled);
    free(cancelled_day);
    free(lines);
    if (root)
        icalcomponent_free(root);
    return rc;
}

int foi_ics_load_holidays_text(foi_calendar_builder *b, const char *text, size_t len,
                               const char *name, unsigned division)
{
    return foi_ics_import_holidays_text(b, text, len, name, division, NULL);
}

int foi_ics_import_holidays(foi_calendar_builder *b, const char *path, unsigned division,
                            foi_import_report *report)
{
    if (!b || !path)
        return foi_error_set(FOI_EINVAL, "foi_ics_import_holidays: %s is NULL", !b ? "b" : "path");
    FILE *f = fopen(path, "rb");
    if (!f)
        return foi_error_set(FOI_EIO, "%s: cannot open the file: %s", path, strerror(errno));
    /* Events are counted as the file is read, so that an absurd file is
     * refused after reading a little more than the most that is kept. */
    size_t cap = 1 << 16, len = 0, got, pos = 0, events = 0;
    long line = 1, over_line = 0;
    char *buf = malloc(cap);
    int code = FOI_OK;
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        count_events(buf, len, &pos, &events, &line, &over_line);
        if (events > MAX_EVENTS) {
            free(buf);
            fclose(f);
            return too_many_events(path, over_line);
        }
        if (len == cap) {
            if (cap >= MAX_FILE_BYTES) {
                free(buf);
                fclose(f);
                return foi_error_set(FOI_EINVAL, "%s: larger than %u MiB: not a holiday file", path,
                                     MAX_FILE_BYTES >> 20);
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
    int err = errno;
    code = !buf ? FOI_ENOMEM : ferror(f) ? FOI_EIO : FOI_OK;
    fclose(f);
    if (code) {
        free(buf);
        if (code == FOI_EIO)
            return foi_error_set(code, "%s: cannot read the file: %s", path, strerror(err));
        return foi_error_set(code, "%s: cannot read the file: out of memory", path);
    }
    int rc = foi_ics_import_holidays_text(b, buf, len, path, division, report);
    free(buf);
    return rc;
}

int foi_ics_load_holidays(foi_calendar_builder *b, const char *path, unsigned division)
{
    return foi_ics_import_holidays(b, path, division, NULL);
}
